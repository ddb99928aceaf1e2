"""The normaliser on strings: values relative to a publication date, with their own precision."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.time import normalize

ANCHOR = date(2018, 9, 13)  # a Thursday, ISO week 37

CASES = [
    # text, tense, value, kind, mod
    ("March 3", "past", "2018-03-03", "day", None),
    ("November 3", "past", "2017-11-03", "day", None),
    ("November 3", "future", "2018-11-03", "day", None),
    ("January 5", "future", "2019-01-05", "day", None),
    ("Sept. 11, 2001", None, "2001-09-11", "day", None),
    ("Sept 12", "past", "2018-09-12", "day", None),
    ("early next week", None, "2018-W38", "week", "START"),
    ("a few days ago", None, None, "vague", None),
    ("3 March 2016", None, "2016-03-03", "day", None),
    ("2013-03-22", None, "2013-03-22", "day", None),
    ("on Monday", "past", "2018-09-10", "day", None),
    ("on Monday", "future", "2018-09-17", "day", None),
    ("Thursday", "past", "2018-09-13", "day", None),
    ("last Thursday", None, "2018-09-06", "day", None),
    ("yesterday", None, "2018-09-12", "day", None),
    ("this week", None, "2018-W37", "week", None),
    ("last week", None, "2018-W36", "week", None),
    ("next month", None, "2018-10", "month", None),
    ("last year", None, "2017", "year", None),
    ("earlier this year", None, "2018", "year", None),
    ("the end of the year", None, "2018", "year", "END"),
    ("before the end of this year", None, "2018", "year", "END"),
    ("early next year", None, "2019", "year", "START"),
    ("two years ago", None, "2016", "year", None),
    ("three months ago", None, "2018-06", "month", None),
    ("in June", "past", "2018-06", "month", None),
    ("in October", "past", "2017-10", "month", None),
    ("in October", "future", "2018-10", "month", None),
    ("last June", None, "2018-06", "month", None),
    ("late last July", None, "2018-07", "month", "END"),
    ("December 2016", None, "2016-12", "month", None),
    ("in 1956", None, "1956", "year", None),
    ("mid-2012", None, "2012", "year", "MID"),
    ("last summer", None, "2018-SU", "season", None),
    ("the summer of 2012", None, "2012-SU", "season", None),
    ("the third quarter", "past", "2018-Q3", "quarter", None),
    ("the fourth quarter", "past", "2017-Q4", "quarter", None),
    ("Q1 2019", None, "2019-Q1", "quarter", None),
    ("the 1990s", None, "199", "decade", None),
    ("the 20th century", None, "19", "century", None),
    ("recently", None, None, "vague", None),
    ("in the past", None, None, "vague", None),
    ("the past few years", None, None, "vague", None),
    ("for 70 years", None, "P70Y", "duration", None),
]


@pytest.mark.parametrize(("text", "tense", "value", "kind", "mod"), CASES)
def test_values(text: str, tense: str | None, value: str | None, kind: str, mod: str | None) -> None:
    norm = normalize(text, anchor=ANCHOR, tense=tense)
    assert norm is not None, text
    assert (norm.value, norm.kind, norm.mod) == (value, kind, mod)


@pytest.mark.parametrize("text", ["We", "Theresa May", "70", "2,000 people", "3.2015", "the fall of Rome",
                                  "a summer camp", "Sat"])
def test_not_timexes(text: str) -> None:
    """What dateparser gets wrong: "We" is no Wednesday, a bare count is no year."""
    assert normalize(text, anchor=ANCHOR) is None


def test_no_anchor_keeps_absolute_values() -> None:
    norm = normalize("in 1956", anchor=None)
    assert norm is not None and norm.value == "1956"
    rel = normalize("last week", anchor=None)
    assert rel is not None and rel.value is None and rel.kind == "week"


def test_timex3_values_for_evaluation() -> None:
    assert normalize("now", anchor=ANCHOR).timex3 == "PRESENT_REF"  # type: ignore[union-attr]
    assert normalize("Friday afternoon", anchor=ANCHOR, tense="past").timex3 == "2018-09-07TAF"  # type: ignore[union-attr]
    assert normalize("the past several months", anchor=ANCHOR).timex3 == "PXM"  # type: ignore[union-attr]


WELL_FORMED = re.compile(
    r"\d{4}(-\d\d(-\d\d)?|-W\d\d(-WE)?|-(SP|SU|FA|WI)|-Q[1-4])?|\d{2,3}|XXXX-\d\d(-\d\d)?|XXXX-(SP|SU|FA|WI)"
    r"|P(T)?(\d+(\.\d+)?|X)[A-Z]{1,2}"
)

_PHRASES = st.sampled_from([
    "{m} {d}", "{m} {d}, {y}", "in {m}", "{m} {y}", "in {y}", "{n} years ago", "{n} months ago", "{n} weeks ago",
    "last {u}", "next {u}", "this {u}", "the end of {u2}", "on {w}", "last {w}", "next {w}", "the {y}s",
    "{s} {y}", "last {s}", "the first quarter", "for {n} days",
])


@settings(max_examples=300, deadline=None)
@given(
    phrase=_PHRASES,
    m=st.sampled_from(["January", "February", "March", "April", "June", "September", "December"]),
    d=st.integers(1, 31), y=st.integers(1900, 2099), n=st.integers(1, 40),
    u=st.sampled_from(["week", "month", "year", "decade"]), u2=st.sampled_from(["the year", "this month"]),
    w=st.sampled_from(["Monday", "Friday", "Sunday"]), s=st.sampled_from(["summer", "winter"]),
    anchor=st.dates(date(1950, 1, 1), date(2090, 12, 31)), tense=st.sampled_from([None, "past", "future"]),
)
def test_values_are_well_formed(phrase: str, m: str, d: int, y: int, n: int, u: str, u2: str, w: str, s: str,
                                anchor: date, tense: str | None) -> None:
    text = phrase.format(m=m, d=d, y=y if phrase != "the {y}s" else y // 10 * 10, n=n, u=u, u2=u2, w=w, s=s)
    norm = normalize(text, anchor=anchor, tense=tense)
    if norm is not None and norm.value is not None:
        assert WELL_FORMED.fullmatch(norm.value), (text, norm)


@settings(max_examples=200, deadline=None)
@given(text=st.text(alphabet=st.sampled_from(list("0123456789 -/,.'abcdeilmnorstuwyADFJMNOSTW")), max_size=40),
       anchor=st.one_of(st.none(), st.dates(date(1900, 1, 1), date(2099, 12, 31))))
def test_arbitrary_text_never_raises(text: str, anchor: date | None) -> None:
    norm = normalize(text, anchor=anchor)
    assert norm is None or norm.value is None or WELL_FORMED.fullmatch(norm.value), (text, norm)


def test_without_anchor_a_partial_date_has_no_value() -> None:
    norm = normalize("in June", anchor=None)
    assert norm is not None and (norm.value, norm.kind, norm.timex3) == (None, "month", "XXXX-06")
