"""CI floor on the petrarch gold set (issue 4): every metric in quality/petrarch.toml must stay at or above its floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import petrarch
from eventwire.evaluate.floors import below_floors, load_floors

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.shared
@pytest.mark.slow
def test_petrarch_floors(shared_dir: Path, engine) -> None:  # type: ignore[no-untyped-def]
    path = shared_dir / "eval/events/PETR2_GSR_validation.xml"
    assert petrarch.detect(path)
    report = petrarch.score(path, engine=engine)
    low = below_floors(report, load_floors(ROOT / "quality" / "petrarch.toml"))
    assert not low, low


@pytest.mark.shared
def test_petrarch_reader(shared_dir: Path) -> None:
    sentences = petrarch.read_sentences(shared_dir / "eval" / "events" / "PETR2_GSR_validation.xml")
    assert len(sentences) == 78
    assert sum(len(s.codings) for s in sentences) == 80  # the other 13 records say noevents
    assert all(len(c.root) == 2 for s in sentences for c in s.codings)
