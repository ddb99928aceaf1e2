"""Score records shared by every gold-set scorer: counts, precision/recall/F1, printable tables."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

__all__ = ["Counts", "Report", "Table", "greedy_counts"]

G = TypeVar("G")
P = TypeVar("P")


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with the derived scores."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self, prefix: str) -> dict[str, float]:
        return {f"{prefix}_precision": self.precision, f"{prefix}_recall": self.recall, f"{prefix}_f1": self.f1}


@dataclass(frozen=True, slots=True)
class Table:
    title: str
    columns: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True, slots=True)
class Report:
    """What a scorer returns: a name, flat metrics (floored in CI) and optional tables to print."""

    name: str
    metrics: dict[str, float]
    tables: tuple[Table, ...] = ()
    notes: tuple[str, ...] = field(default=())


def greedy_counts(gold: Sequence[G], predicted: Sequence[P], ok: Callable[[G, P], bool]) -> Counts:
    """Greedy one-to-one matching: each gold item takes the first unmatched prediction ``ok`` accepts."""
    left = list(predicted)
    tp = 0
    for g in gold:
        hit = next((p for p in left if ok(g, p)), None)
        if hit is not None:
            left.remove(hit)
            tp += 1
    return Counts(tp=tp, fp=len(left), fn=len(gold) - tp)
