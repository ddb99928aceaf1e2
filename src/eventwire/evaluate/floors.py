"""Accuracy floors (``quality/*.toml``, table ``[floors]``): the minimum each metric may score in CI."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from pathlib import Path

from ..errors import ConfigError
from .report import Report

__all__ = ["below_floors", "load_floors"]


def load_floors(path: str | Path) -> dict[str, float]:
    try:
        data = tomllib.loads(Path(path).read_text("utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"cannot read floors file {path}: {exc}") from exc
    floors = data.get("floors")
    if not isinstance(floors, dict):
        raise ConfigError(f"{path} has no [floors] table")
    return {str(k): float(v) for k, v in floors.items()}


def below_floors(report: Report, floors: Mapping[str, float]) -> list[str]:
    """One line per metric under its floor (or missing from the report); empty when all pass."""
    problems = []
    for metric, floor in sorted(floors.items()):
        value = report.metrics.get(metric)
        if value is None:
            problems.append(f"{metric}: not reported (floor {floor})")
        elif value < floor:
            problems.append(f"{metric}: {value:.4f} < floor {floor}")
    return problems
