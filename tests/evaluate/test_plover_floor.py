"""CI floor on the plover gold set (issue 4): every metric in quality/plover.toml must stay at or above its floor."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from eventwire.evaluate import plover

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.shared
@pytest.mark.slow
def test_plover_floors(shared_dir: Path, engine) -> None:  # type: ignore[no-untyped-def]
    floors = tomllib.loads((ROOT / "quality" / "plover.toml").read_text("utf-8"))["floors"]
    path = shared_dir / "eval/events/PLOVER_GSR_CAMEO.txt"
    assert plover.detect(path)
    report = plover.score(path, engine=engine)
    low = {k: (round(report.metrics.get(k, 0.0), 3), v) for k, v in floors.items()
           if report.metrics.get(k, 0.0) < v}
    assert not low, f"below floor (measured, floor): {low}"


@pytest.mark.shared
def test_plover_reader_maps_v05_labels(shared_dir: Path) -> None:
    records = plover.read_records(shared_dir / "eval" / "events" / "PLOVER_GSR_CAMEO.txt")
    labels = {r.event for r in records}
    assert len(records) == 322
    assert not labels & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= labels
    assert plover.codes_match(frozenset({"IGO"}), frozenset({"UNO"}))
    assert not plover.codes_match(frozenset({"IGO"}), frozenset({"FRA"}))
