"""CI floor on the petrarch gold set (issue 4): every metric in quality/petrarch.toml must stay at or above its floor."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from eventwire.evaluate import petrarch

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.shared
@pytest.mark.slow
def test_petrarch_floors(shared_dir: Path, engine) -> None:  # type: ignore[no-untyped-def]
    floors = tomllib.loads((ROOT / "quality" / "petrarch.toml").read_text("utf-8"))["floors"]
    path = shared_dir / "eval/events/PETR2_GSR_validation.xml"
    assert petrarch.detect(path)
    report = petrarch.score(path, engine=engine)
    low = {k: (round(report.metrics.get(k, 0.0), 3), v) for k, v in floors.items()
           if report.metrics.get(k, 0.0) < v}
    assert not low, f"below floor (measured, floor): {low}"


@pytest.mark.shared
def test_petrarch_reader(shared_dir: Path) -> None:
    sentences = petrarch.read_sentences(shared_dir / "eval" / "events" / "PETR2_GSR_validation.xml")
    assert len(sentences) == 78
    assert sum(len(s.codings) for s in sentences) == 80  # the other 13 records say noevents
    assert all(len(c.root) == 2 for s in sentences for c in s.codings)
