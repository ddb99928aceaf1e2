"""Calendar arithmetic for anchoring relative expressions to a publication date."""

from __future__ import annotations

import calendar as _cal
from datetime import date, timedelta

__all__ = [
    "Tense",
    "add_months",
    "day_value",
    "infer_month_year",
    "infer_year",
    "month_value",
    "quarter_of",
    "season_of",
    "week_value",
    "weekday_near",
]

Tense = str  # "past" | "present" | "future"; None when the clause has no finite verb

SEASON_ORDER = ("SP", "SU", "FA", "WI")


def day_value(d: date) -> str:
    return d.isoformat()


def week_value(d: date) -> str:
    iso = d.isocalendar()
    return f"{iso.year:04d}-W{iso.week:02d}"


def month_value(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def quarter_of(month: int) -> int:
    return (month - 1) // 3 + 1


def season_of(month: int) -> int:
    """Index into SEASON_ORDER (meteorological seasons, northern hemisphere)."""
    return {12: 3, 1: 3, 2: 3}.get(month, (month - 3) // 3)


def valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= _cal.monthrange(year, month)[1]


def infer_year(month: int, day: int, anchor: date, tense: Tense | None) -> int | None:
    """Year of "March 3" written on ``anchor``: reported past events lie on or before the publication
    date, announced ones on or after it; without a tense, the closest date wins."""
    options = [y for y in (anchor.year - 1, anchor.year, anchor.year + 1) if valid_day(y, month, day)]
    if not options:
        return None
    dates = [date(y, month, day) for y in options]
    if tense == "past":
        before = [d for d in dates if d <= anchor]
        return max(before).year if before else None
    if tense == "future":
        after = [d for d in dates if d >= anchor]
        return min(after).year if after else None
    return min(dates, key=lambda d: (abs((d - anchor).days), d > anchor)).year


def infer_month_year(month: int, anchor: date, tense: Tense | None) -> int:
    """Year of a bare month name, by the same rule at month precision."""
    here = anchor.year * 12 + anchor.month
    options = [(y, y * 12 + month) for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    if tense == "past":
        return max((o for o in options if o[1] <= here), key=lambda o: o[1])[0]
    if tense == "future":
        return min((o for o in options if o[1] >= here), key=lambda o: o[1])[0]
    return min(options, key=lambda o: (abs(o[1] - here), o[1] > here))[0]


def weekday_near(anchor: date, weekday: int, *, forward: bool, strict: bool = False) -> date:
    """The given weekday on or before (``forward=False``) or on or after the anchor; ``strict``
    excludes the anchor day itself ("last Monday" said on a Monday is a week earlier)."""
    if forward:
        delta = (weekday - anchor.weekday()) % 7
        if strict and delta == 0:
            delta = 7
        return anchor + timedelta(days=delta)
    delta = (anchor.weekday() - weekday) % 7
    if strict and delta == 0:
        delta = 7
    return anchor - timedelta(days=delta)
