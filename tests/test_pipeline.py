"""Engine.analyze_text, the Python API's entry point for one text."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.pipeline import Engine

TEXT = "On Monday, Prime Minister Shinzo Abe criticised China. Abe met Russian troops in Tokyo."


def test_publish_date_may_be_an_iso_string(engine: Engine) -> None:
    as_string = engine.analyze_text(TEXT, publish_date="2018-05-09")
    as_date = engine.analyze_text(TEXT, publish_date=date(2018, 5, 9))
    assert as_string.article.publish_date == date(2018, 5, 9)
    assert [t.value for t in as_string.timexes] == [t.value for t in as_date.timexes]
    assert "2018-05-07" in [t.value for t in as_string.timexes]  # "On Monday" before a Wednesday


def test_a_publish_date_that_is_not_iso_is_refused_clearly(engine: Engine) -> None:
    with pytest.raises(ValueError, match="ISO date"):
        engine.analyze_text(TEXT, publish_date="9 May 2018")
