"""Accuracy floors of the TIME stage on TempEval-3 platinum and MEANTIME (quality/timex.toml)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.evaluate.floors import below_floors, load_floors
from eventwire.evaluate.timex import detect, read_tml, score

FLOORS = load_floors(Path(__file__).resolve().parents[2] / "quality" / "timex.toml")


@pytest.mark.parametrize(("folder", "prefix"), [("te3-platinum", "te3"), ("meantime-en", "meantime")])
def test_timex_floors(nlp: Any, shared_dir: Path, folder: str, prefix: str) -> None:
    path = shared_dir / "eval" / "dates" / folder
    assert detect(path)
    report = score(path, engine=SimpleNamespace(nlp=nlp))
    floors = {k: v for k, v in FLOORS.items() if k.startswith(prefix + "_")}
    assert floors, f"no floors for {prefix}"
    low = below_floors(report, floors)
    assert not low, low


def test_detect_rejects_other_folders(shared_dir: Path) -> None:
    assert not detect(shared_dir / "eval" / "quotes" / "polnear-test")


def test_tml_reader_offsets(tmp_path: Path) -> None:
    tml = tmp_path / "doc.tml"
    tml.write_text(
        '<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2013-03-22" functionInDocument="CREATION_TIME">'
        "March 22, 2013</TIMEX3></DCT><TEXT>Sales rose &amp; fell <TIMEX3 tid=\"t1\" type=\"DATE\" "
        'value="2013-W11">last week</TIMEX3><TIMEX3 tid="t9" type="DATE" value="2013"/>.</TEXT></TimeML>',
        "utf-8")
    doc = read_tml(tml)
    assert doc.anchor is not None and doc.anchor.isoformat() == "2013-03-22"
    assert [(doc.text[g.start:g.end], g.value) for g in doc.gold] == [("last week", "2013-W11")]
