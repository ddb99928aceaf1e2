"""CI floor on the plover gold set (issue 4): every metric in quality/plover.toml must stay at or above its floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import plover
from eventwire.evaluate.floors import below_floors, load_floors

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.shared
@pytest.mark.slow
def test_plover_floors(shared_dir: Path, engine) -> None:  # type: ignore[no-untyped-def]
    path = shared_dir / "eval/events/PLOVER_GSR_CAMEO.txt"
    assert plover.detect(path)
    report = plover.score(path, engine=engine)
    low = below_floors(report, load_floors(ROOT / "quality" / "plover.toml"))
    assert not low, low


@pytest.mark.shared
def test_plover_reader_maps_v05_labels(shared_dir: Path) -> None:
    records = plover.read_records(shared_dir / "eval" / "events" / "PLOVER_GSR_CAMEO.txt")
    labels = {r.event for r in records}
    assert len(records) == 322
    assert not labels & {"DEMAND", "DISAPPROVE", "INVESTIGATE", "FIGHT", "DOCUMENT"}
    assert {"REQUEST", "ACCUSE", "ASSAULT"} <= labels
    assert plover.codes_match(frozenset({"IGO"}), frozenset({"UNO"}))
    assert not plover.codes_match(frozenset({"IGO"}), frozenset({"FRA"}))
