"""Gold-set scorers behind ``eventwire eval``. Each module exposes ``detect(path)`` and ``score(path, *, engine)``."""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from ..errors import EventwireError, Reason
from .report import Counts, Report, Table

if TYPE_CHECKING:
    from ..pipeline import Engine

__all__ = ["SCORERS", "Counts", "EvalError", "Report", "Table", "find_scorer", "score"]

# Name → module, in detection order (the first whose detect() accepts the path wins).
SCORERS: dict[str, str] = {
    "seed": "eventwire.evaluate.seed",
    "plover": "eventwire.evaluate.plover",
    "petrarch": "eventwire.evaluate.petrarch",
    "timex": "eventwire.evaluate.timex",
    "quotes": "eventwire.evaluate.quotes",
    "geo": "eventwire.evaluate.geo",
    "extraction": "eventwire.evaluate.extraction",
    "actors": "eventwire.evaluate.actors",
}


class EvalError(EventwireError):
    code = "E400"

    def __init__(self, message: str) -> None:
        super().__init__(message, reason=Reason.UNKNOWN_FORMAT)


def _module(name: str) -> ModuleType:
    return importlib.import_module(SCORERS[name])


def find_scorer(path: Path, kind: str | None = None) -> str:
    """The scorer name for ``path``: ``kind`` when given, else the first scorer that recognises the path."""
    if kind is not None:
        if kind not in SCORERS:
            raise EvalError(f"unknown gold format {kind!r}; choose from {', '.join(SCORERS)}")
        return kind
    for name in SCORERS:
        if name == "actors":  # shares its gold file with plover; only by explicit name
            continue
        if _module(name).detect(path):
            return name
    raise EvalError(f"{path}: not a gold set eventwire knows ({', '.join(SCORERS)})")


def score(path: Path, *, engine: Engine, kind: str | None = None) -> Report:
    if not path.exists():
        raise EvalError(f"{path}: no such file or folder")
    report: Report = _module(find_scorer(path, kind)).score(path, engine=engine)
    return report
