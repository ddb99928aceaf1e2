"""Accuracy floors of the TIME stage on TempEval-3 platinum and MEANTIME (quality/timex.toml)."""

from __future__ import annotations

import tomllib
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest

from eventwire.evaluate.timex import detect, score

FLOORS = tomllib.loads((Path(__file__).resolve().parents[2] / "quality" / "timex.toml").read_text("utf-8"))["floors"]


@pytest.mark.parametrize(("folder", "prefix"), [("te3-platinum", "te3"), ("meantime-en", "meantime")])
def test_timex_floors(nlp: Any, shared_dir: Path, folder: str, prefix: str) -> None:
    path = shared_dir / "eval" / "dates" / folder
    assert detect(path)
    report = score(path, engine=SimpleNamespace(nlp=nlp))
    floors = {k: v for k, v in FLOORS.items() if k.startswith(prefix + "_")}
    assert floors, f"no floors for {prefix}"
    for metric, floor in floors.items():
        assert report.metrics[metric] >= floor, f"{metric} = {report.metrics[metric]:.3f} < floor {floor}"


def test_detect_rejects_other_folders(shared_dir: Path) -> None:
    assert not detect(shared_dir / "eval" / "quotes" / "polnear-test")
