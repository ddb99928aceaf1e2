"""How much of 2000-today the knowledge base covers, per state and office: the measure of issue 3's role list.

A day counts as covered for (state, office) when a hand-checked role of that office and state holds on it, or
when ``absent_offices.jsonl`` says the office did not exist then (the United States has no head of government
apart from the President). Gaps shorter than ``tolerance`` days (the days between a resignation and a
successor's swearing-in) are not reported as gaps but do not count as covered either.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from importlib import resources

from .kb import KnowledgeBase
from .records import Actor

__all__ = ["OFFICES", "Absence", "Coverage", "Span", "absence", "absences", "checked", "coverage", "mean_shares",
           "required_countries"]

OFFICES = ("HOS", "HOG", "FM", "DM", "SPK")
START = date(2000, 1, 1)


@dataclass(frozen=True, slots=True)
class Span:
    start: date
    end: date  # inclusive

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True, slots=True)
class Absence:
    """An office that did not exist (or stood vacant) for a span, with the reason and its source."""

    code: str
    office: str
    span: Span
    note: str
    source: str


@dataclass(frozen=True, slots=True)
class Coverage:
    code: str
    office: str
    covered_days: int
    total_days: int
    gaps: tuple[Span, ...]
    holders: int  # distinct people holding the office in the window

    @property
    def share(self) -> float:
        return self.covered_days / self.total_days if self.total_days else 1.0

    def as_dict(self) -> dict[str, object]:
        return {"code": self.code, "office": self.office, "share": round(self.share, 4), "holders": self.holders,
                "gaps": [[g.start.isoformat(), g.end.isoformat()] for g in self.gaps]}


def _data(name: str) -> str:
    return resources.files("eventwire").joinpath("data", "actors", name).read_text("utf-8")


def required_countries() -> dict[str, tuple[str, ...]]:
    """Code -> why it is required (G20, P5, the gold sets), as written by scripts/build_actors.py."""
    out: dict[str, tuple[str, ...]] = {}
    for line in _data("required_countries.tsv").splitlines():
        if line and not line.startswith("#"):
            code, _, why = line.partition("\t")
            out[code] = tuple(why.split())
    return out


def absence(code: str, office: str, valid_from: str | None, valid_to: str | None, note: str = "",
            source: str = "") -> Absence:
    """An absent office from its ISO dates (either may be empty: open)."""
    span = Span(date.fromisoformat(valid_from or START.isoformat()),
                date.fromisoformat(valid_to) if valid_to else date.max)
    return Absence(code, office, span, note, source)


def absences() -> list[Absence]:
    """The packaged ``absent_offices.jsonl``."""
    rows = (json.loads(line) for line in _data("absent_offices.jsonl").splitlines() if line.strip())
    return [absence(r["code"], r["office"], r.get("valid_from"), r.get("valid_to"), r.get("note", ""),
                    r.get("source", "")) for r in rows]


def mean_shares(rows: Iterable[Coverage]) -> dict[str, float]:
    """Office -> the mean share over the states of ``rows``."""
    shares: dict[str, list[float]] = {}
    for row in rows:
        shares.setdefault(row.office, []).append(row.share)
    return {office: sum(v) / len(v) for office, v in shares.items()}


def _merge(spans: Iterable[Span]) -> list[Span]:
    merged: list[Span] = []
    for s in sorted(spans, key=lambda s: s.start):
        if merged and s.start <= merged[-1].end + timedelta(days=1):
            merged[-1] = Span(merged[-1].start, max(merged[-1].end, s.end))
        else:
            merged.append(s)
    return merged


def _gaps(covered: Sequence[Span], window: Span) -> Iterator[Span]:
    cursor = window.start
    for s in covered:
        if s.start > cursor:
            yield Span(cursor, s.start - timedelta(days=1))
        cursor = max(cursor, s.end + timedelta(days=1))
    if cursor <= window.end:
        yield Span(cursor, window.end)


def _clip(span: Span, window: Span) -> Span | None:
    start, end = max(span.start, window.start), min(span.end, window.end)
    return Span(start, end) if start <= end else None


def checked(source: str) -> bool:
    """Was the row checked against a stored page (its source a URL), not written from memory ("public record")?"""
    return source.startswith(("http://", "https://"))


def _role_spans(people: Iterable[Actor], window: Span,
                checked_only: bool = False) -> dict[tuple[str, str], list[tuple[str, Span]]]:
    spans: dict[tuple[str, str], list[tuple[str, Span]]] = {}
    for person in people:
        for r in person.roles:
            if r.curated and r.code and r.office in OFFICES and (checked(r.source) or not checked_only):
                span = _clip(Span(r.valid_from or date.min, r.valid_to or date.max), window)
                if span:
                    spans.setdefault((r.code, r.office), []).append((person.id, span))
    return spans


def coverage(kb: KnowledgeBase, codes: Iterable[str], *, offices: Sequence[str] = OFFICES,
             until: date | None = None, tolerance: int = 31, absent_offices: Iterable[Absence] | None = None,
             checked_only: bool = False) -> list[Coverage]:
    """Coverage of each (code, office) from 2000-01-01 to ``until`` (default today).

    ``absent_offices`` defaults to the packaged ``absent_offices.jsonl``. With ``checked_only``, only rows checked
    against a stored page count (not the "public record" ones written from memory).
    """
    window = Span(START, until or date.today())
    held = _role_spans((a for a in kb.actors if a.type == "PERSON"), window, checked_only)
    absent: dict[tuple[str, str], list[Span]] = {}
    for a in absences() if absent_offices is None else absent_offices:
        if checked_only and not checked(a.source):
            continue
        span = _clip(a.span, window)
        if span:
            absent.setdefault((a.code, a.office), []).append(span)
    out = []
    for code in codes:
        for office in offices:
            roles = held.get((code, office), [])
            covered = _merge([s for _, s in roles] + absent.get((code, office), []))
            gaps = tuple(g for g in _gaps(covered, window) if g.days > tolerance)
            out.append(Coverage(code, office, sum(s.days for s in covered), window.days, gaps,
                                len({pid for pid, _ in roles})))
    return out
