"""The floors check behind ``eventwire eval --floors``."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.errors import ConfigError
from eventwire.evaluate.floors import below_floors, load_floors
from eventwire.evaluate.report import Report

QUALITY = Path(__file__).resolve().parents[2] / "quality"


def test_every_quality_file_has_floors_between_zero_and_one() -> None:
    files = sorted(QUALITY.glob("*.toml"))
    assert files
    for path in files:
        floors = load_floors(path)
        assert floors, path
        assert all(0.0 <= v <= 1.0 or k.endswith(("_found", "_total")) for k, v in floors.items()), path


def test_below_floors_names_each_problem() -> None:
    report = Report("x", {"f1": 0.5, "recall": 0.9})
    assert below_floors(report, {"recall": 0.8}) == []
    assert below_floors(report, {"f1": 0.6, "precision": 0.1}) == [
        "f1: 0.5000 < floor 0.6", "precision: not reported (floor 0.1)"]


def test_a_file_without_floors_is_an_error(tmp_path: Path) -> None:
    bad = tmp_path / "q.toml"
    bad.write_text("[other]\nx = 1\n", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_floors(bad)
