"""Turning a matched temporal expression into a value relative to the publication date.

Values carry their own precision (``2018-09-10``, ``2018-W37``, ``2018-06``, ``2018``, ``2018-SU``,
``2018-Q3``, ``201`` for the 2010s); nothing is filled in from the anchor that the text did not say.
``Normalized.timex3`` is the TIMEX3 value a TimeML annotator would write (``PAST_REF``, ``P3Y``,
``2018-09-10TAF``), used for evaluation and kept apart from the contract's ``value``.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta

from .calendar import (
    SEASON_ORDER,
    Tense,
    add_months,
    day_value,
    infer_month_year,
    infer_year,
    month_value,
    quarter_of,
    season_of,
    valid_day,
    week_value,
    weekday_near,
)
from .lexicon import Lexicon

__all__ = ["Context", "Normalized", "resolve"]


@dataclass(frozen=True, slots=True)
class Normalized:
    value: str | None
    kind: str
    mod: str | None = None
    timex3: str | None = None


@dataclass(frozen=True, slots=True)
class Context:
    anchor: date | None
    tense: Tense | None
    lexicon: Lexicon


Groups = Mapping[str, str]
Handler = Callable[[Groups, Context], Normalized | None]

_MODS = {"early": "START", "the beginning of": "START", "the start of": "START", "late": "END",
         "the end of": "END", "end of": "END", "mid": "MID", "mid-": "MID", "the middle of": "MID",
         "the turn of": "START"}
_SHIFT = {"last": -1, "previous": -1, "past": -1, "latest": -1, "this": 0, "current": 0, "next": 1,
          "coming": 1}


def _mod(groups: Groups, key: str = "mod") -> str | None:
    return _MODS.get(" ".join(groups.get(key, "").lower().split()))


def _same(value: str | None, kind: str, mod: str | None = None, timex3: str | None = None) -> Normalized:
    timex3 = timex3 if timex3 is not None else value
    if value is not None and value.startswith("XXXX"):
        value = None  # "in June" without a publication date: TIMEX3 can say XXXX-06, a date cannot
    return Normalized(value, kind, mod, timex3)


def _month(groups: Groups, ctx: Context) -> int:
    name = groups["mon"]
    return ctx.lexicon.months.get(name) or ctx.lexicon.months[name + "."]


def _full_date(groups: Groups, ctx: Context) -> Normalized | None:
    month, day = (int(groups["m"]), int(groups["d"])) if "m" in groups else (_month(groups, ctx), int(groups["d"]))
    year: int | None = int(groups["y"]) if "y" in groups else None
    if year is None and ctx.anchor is not None:
        year = infer_year(month, day, ctx.anchor, ctx.tense)
    if year is None:
        return _same(f"XXXX-{month:02d}-{day:02d}", "day") if 1 <= month <= 12 and 1 <= day <= 31 else None
    return _same(day_value(date(year, month, day)), "day") if valid_day(year, month, day) else None


def _month_year(groups: Groups, ctx: Context) -> Normalized:
    return _same(month_value(int(groups["y"]), _month(groups, ctx)), "month", _mod(groups))


def _bare_month(groups: Groups, ctx: Context) -> Normalized | None:
    name, rel = groups["mon"], groups.get("rel", "").lower()
    mod = _mod(groups) or _mod(groups, "mod0")
    if name in ctx.lexicon.ambiguous_months and not (rel or mod or groups.get("prep")):
        return None  # "Theresa May", "March on Washington"
    if ctx.anchor is None:
        return _same(f"XXXX-{_month(groups, ctx):02d}", "month", mod)
    month, a = _month(groups, ctx), ctx.anchor
    if rel in ("last", "past", "previous"):
        year = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming"):
        year = a.year if month > a.month else a.year + 1
    elif rel == "this":
        year = a.year
    else:
        year = infer_month_year(month, a, ctx.tense)
    return _same(month_value(year, month), "month", mod)


def _weekday(groups: Groups, ctx: Context) -> Normalized | None:
    if ctx.anchor is None:
        return _same(None, "day")
    rel, weekday = groups.get("rel", "").lower(), ctx.lexicon.weekdays[groups["wd"]]
    if rel in ("last", "past", "previous"):
        day = weekday_near(ctx.anchor, weekday, forward=False, strict=True)
    elif rel in ("next", "coming"):
        day = weekday_near(ctx.anchor, weekday, forward=True, strict=True)
    else:
        day = weekday_near(ctx.anchor, weekday, forward=ctx.tense == "future")
    part = ctx.lexicon.day_parts.get(groups.get("part", "").lower())
    return _same(day_value(day), "day", None, f"{day_value(day)}T{part}" if part else None)


def _weekend(groups: Groups, ctx: Context) -> Normalized:
    """"the weekend": the one just past in a past-tense clause, the coming one otherwise."""
    if ctx.anchor is None:
        return _same(None, "week")
    saturday = weekday_near(ctx.anchor, 5, forward=ctx.tense != "past")
    return _same(week_value(saturday) + "-WE", "week")


def _year(groups: Groups, ctx: Context) -> Normalized:
    mod = _mod(groups) or ("APPROX" if groups.get("fiscal") else None)
    return _same(groups["y"], "year", mod)


def _decade(groups: Groups, ctx: Context) -> Normalized:
    if "dec" in groups:
        return _same(groups["dec"], "decade", _mod(groups))
    digit = groups["dec2"]  # '90s: the twentieth century unless that lies in the future of the anchor
    century = "20" if ctx.anchor and int(f"20{digit}0") <= ctx.anchor.year and digit < "3" else "19"
    return _same(f"{century}{digit}", "decade", _mod(groups))


def _century(groups: Groups, ctx: Context) -> Normalized | None:
    word = groups["ord"].lower()
    number = ctx.lexicon.ordinals.get(word) or int("".join(c for c in word if c.isdigit()) or 0)
    return _same(f"{number - 1:02d}", "century") if 1 <= number <= 21 else None


def _season(groups: Groups, ctx: Context) -> Normalized | None:
    name, det = groups["season"].lower(), groups.get("det", "").lower()
    code = ctx.lexicon.seasons[name]
    if "y" in groups:
        return _same(f"{groups['y']}-{code}", "season", _mod(groups))
    if not (det or groups.get("prep")) or (name == "fall" and det in ("", "the")):
        return None  # "summer camp", "the fall of the government"
    if ctx.anchor is None:
        return _same(f"XXXX-{code}", "season", _mod(groups))
    here, there, year = season_of(ctx.anchor.month), SEASON_ORDER.index(code), ctx.anchor.year
    if det in ("last", "past") or (det in ("", "the") and ctx.tense == "past" and there > here):
        year -= 1 if there >= here else 0
    elif det in ("next", "coming") or (det in ("", "the") and ctx.tense == "future" and there < here):
        year += 1 if there <= here else 0
    return _same(f"{year}-{code}", "season", _mod(groups))


def _quarter(groups: Groups, ctx: Context) -> Normalized | None:
    if "q" in groups:
        return _same(f"{groups['y2']}-Q{groups['q']}", "quarter")
    word = groups["ord"].lower()
    ordinal = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}
    if "y" in groups and word in ordinal:
        return _same(f"{groups['y']}-Q{ordinal[word]}", "quarter")
    if ctx.anchor is None:
        return _same(None, "quarter")
    year, here = ctx.anchor.year + _SHIFT.get(groups.get("yrel", "this").lower(), 0), quarter_of(ctx.anchor.month)
    if word in ordinal:
        quarter = ordinal[word]
        if "yrel" not in groups and ctx.tense == "past" and quarter > here:
            year -= 1
    else:
        year, month = add_months(year, (here - 1) * 3 + 1, 3 * _SHIFT.get(word, 0))
        quarter = quarter_of(month)
    return _same(f"{year}-Q{quarter}", "quarter")


def _shifted(unit: str, shift: int, anchor: date) -> Normalized | None:
    """The calendar unit containing the anchor, moved by ``shift`` units."""
    if unit in ("week", "weekend"):
        value = week_value(anchor + timedelta(weeks=shift))
        return _same(value + "-WE" if unit == "weekend" else value, "week")
    if unit == "month":
        return _same(month_value(*add_months(anchor.year, anchor.month, shift)), "month")
    if unit == "year":
        return _same(f"{anchor.year + shift:04d}", "year")
    if unit == "decade":
        return _same(f"{anchor.year // 10 + shift:03d}", "decade")
    if unit == "century":
        return _same(f"{anchor.year // 100 + shift:02d}", "century")
    return None


def _relative(groups: Groups, ctx: Context) -> Normalized | None:
    unit, rel = groups["unit"].lower(), groups.get("rel", "this").lower()
    if unit != "weekend" and (rel == "past" or (rel == "next" and unit in ("decade", "century")
                                               and groups.get("the"))):
        # "the past year", "the next decade": a stretch of time (TimeML duration), not a calendar unit.
        return _same(_period(1.0, unit, ctx), "duration")
    shift = _SHIFT.get(rel, 0)
    mod = _mod(groups)
    if ctx.anchor is None:
        return _same(None, "week" if unit == "weekend" else unit, mod)
    if "rel" not in groups and mod == "END" and ctx.tense == "past" and unit in ("year", "month"):
        # "peaked by the end of the year" written in March: the end of this year has not come yet.
        shift = -1
    found = _shifted(unit, shift, ctx.anchor)
    if found is None:
        return None
    # "earlier this year" and "later this month" point inside the unit without fixing a part of it.
    return _same(found.value, found.kind, mod)


def _count(word: str, ctx: Context) -> float | None:
    word = " ".join(word.lower().split())
    if word in ctx.lexicon.vague_numbers:
        return None
    if word in ctx.lexicon.numbers:
        return float(ctx.lexicon.numbers[word])
    return float(word)


def _unit(word: str) -> str:
    word = word.lower()
    return "century" if word.startswith("centur") else word.rstrip("s")


def _ago(groups: Groups, ctx: Context) -> Normalized | None:
    count, unit = _count(groups["n"], ctx), _unit(groups["unit"])
    future = groups["dir"].lower() != "ago"
    if count is None or ctx.anchor is None or count != int(count):
        return _same(None, "vague", None, "FUTURE_REF" if future else "PAST_REF")
    n, a = int(count) * (1 if future else -1), ctx.anchor
    if unit in ("second", "minute", "hour", "day"):
        days = n if unit == "day" else 0
        return _same(day_value(a + timedelta(days=days)), "day")
    if unit == "week":
        return _same(week_value(a + timedelta(weeks=n)), "week")
    if unit == "month":
        return _same(month_value(*add_months(a.year, a.month, n)), "month")
    years = {"year": 1, "decade": 10, "century": 100}[unit] * n
    return _same(f"{a.year + years:04d}", "year")


_QUANT = {"nearly": "LESS_THAN", "almost": "LESS_THAN", "less than": "LESS_THAN", "under": "LESS_THAN",
          "more than": "MORE_THAN", "over": "MORE_THAN", "at least": "EQUAL_OR_MORE", "about": "APPROX",
          "around": "APPROX", "roughly": "APPROX", "approximately": "APPROX"}


def _period(count: float | None, unit: str, ctx: Context) -> str:
    letter = ctx.lexicon.units[unit]
    if unit in ("decade", "century") and count is not None:
        count, letter = count * (10 if unit == "decade" else 100), "Y"
    number = "X" if count is None else (str(int(count)) if count == int(count) else str(count))
    return f"PT{number}{letter}" if unit in ctx.lexicon.clock_units else f"P{number}{letter}"


def _duration(groups: Groups, ctx: Context) -> Normalized | None:
    if "old" in groups:
        return None  # ages ("45 years old") are not times
    count, unit = _count(groups["n"], ctx), _unit(groups["unit"])
    period = _period(count, unit, ctx)
    if count is None:
        return _same(None, "vague", None, period)  # "the past few years": no value, but a span
    return _same(period, "duration", _QUANT.get(groups.get("q", "").lower()))


def _plural(groups: Groups, ctx: Context) -> Normalized:
    return _same(None, "vague", None, _period(None, _unit(groups["unit"]), ctx))


def _day_relative(groups: Groups, ctx: Context) -> Normalized | None:
    word, part = groups["w"].lower(), ctx.lexicon.day_parts.get(groups.get("part", "").lower())
    if word in ("this", "last") and part is None:
        return None
    if word == "tonight":
        part = "NI"
    shift = {"yesterday": -1, "tomorrow": 1, "last": -1}.get(word, 0)
    if word == "last" and part != "NI":
        return None  # "last morning" is not an expression; "last night" is yesterday night
    if ctx.anchor is None:
        return _same(None, "day")
    day = day_value(ctx.anchor + timedelta(days=shift))
    return _same(day, "day", None, f"{day}T{part}" if part else None)


def _vague(groups: Groups, ctx: Context) -> Normalized:
    return _same(None, "vague", None, ctx.lexicon.vague[" ".join(groups["v"].lower().split())])


def _clock(groups: Groups, ctx: Context) -> Normalized | None:
    hour = int(groups["h"]) % 12 + (12 if groups["ampm"].lower().startswith("p") else 0)
    if hour > 23 or ctx.anchor is None:
        return _same(None, "time")
    return _same(None, "time", None, f"{day_value(ctx.anchor)}T{hour:02d}:{groups.get('min', '00')}")


HANDLERS: Mapping[str, Handler] = {
    "iso": _full_date, "mdy": _full_date, "dmy": _full_date, "my": _month_year, "mon": _bare_month,
    "wd": _weekday, "weekend": _weekend, "year": _year, "decade": _decade, "century": _century, "season": _season,
    "quarter": _quarter, "rel": _relative, "rel_the": _relative, "ago": _ago, "dur": _duration,
    "plural": _plural, "dayrel": _day_relative, "vague": _vague, "clock": _clock,
}


def resolve(rule: str, groups: Groups, ctx: Context) -> Normalized | None:
    """The value of one match, or ``None`` when the match is not a temporal expression after all."""
    try:
        return HANDLERS[rule](groups, ctx)
    except (ValueError, KeyError, OverflowError):
        return None  # an impossible date ("February 30") or an unknown word: not a timex
