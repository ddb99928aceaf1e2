"""Finding temporal expressions in text: one regular expression per rule, longest match wins.

Each rule names what it found through named groups; ``normalize`` turns a ``Candidate`` into a value.
A leading "in"/"on" belongs to the expression ("in June", "On Monday") as in the project's gold;
other prepositions ("by", "before", "over") do not.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from .lexicon import Lexicon

__all__ = ["Candidate", "Scanner"]

# "The Sunday Times", "Sunday School": a weekday that names a paper or an institution is no date.
_NOT_TITLE = r"(?!\s+(?-i:Times|Telegraph|Mirror|Express|Herald|Post|Independent|Star|Tribune|Observer|Mail|School))"
_UNIT = r"(?:second|minute|hour|day|week|month|year|decade|centur(?:y|ie))s?"
_MOD = r"early|late|mid-|mid|the end of|the beginning of|the start of|the middle of|end of|the turn of"
_REL = r"last|this|next|coming|past|previous"
# A year is 1600-2099, never part of a longer number, an amount ("2,000", "2000%") or a decimal.
_YEAR = r"(?<![\d$£€#.,])(?:1[6-9]|20)\d\d(?![\d%]|[.,]\d|\s*(?:percent|per cent)\b)"


@dataclass(frozen=True, slots=True)
class Candidate:
    """A match of one rule: the span it covers and the text of its named groups."""

    start: int
    end: int
    rule: str
    groups: Mapping[str, str]

    @property
    def length(self) -> int:
        return self.end - self.start


def _alt(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


def _rules(lex: Lexicon) -> dict[str, str]:
    mon = f"(?-i:{_alt(lex.months)})"
    # Outlets that drop the abbreviation dot ("Sept 12") only do it before a day number.
    mon_day = f"(?-i:{_alt([*lex.months, *(m.rstrip('.') for m in lex.months if m.endswith('.'))])})"
    wd = f"(?-i:{_alt(lex.weekdays)})"
    num = rf"\d+(?:\.\d+)?|{_alt(lex.numbers)}"
    vn = _alt(lex.vague_numbers)
    part = _alt(lex.day_parts)
    year = f"(?P<y>{_YEAR})"
    return {
        "iso": r"(?<![\d-])(?P<y>\d{4})-(?P<m>[01]\d)-(?P<d>[0-3]\d)(?![\d-])",
        "mdy": rf"(?:(?P<prep>on)\s+)?(?:(?P<wd>{wd}),?\s+)?(?P<mon>{mon_day})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?(?!\d)"
        rf"(?:,?\s+{year})?",
        "dmy": rf"(?:(?P<prep>on)\s+)?(?:the\s+)?(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<mon>{mon})"
        rf"(?:,?\s+{year})?",
        "my": rf"(?:(?P<prep>in)\s+)?(?:(?P<mod>{_MOD})\s*)?(?P<mon>{mon}),?\s+(?:of\s+)?{year}",
        "mon": rf"(?:(?P<prep>in)\s+)?(?:(?P<mod0>{_MOD})\s+)?(?:(?P<rel>{_REL})\s+)?(?:(?P<mod>{_MOD})\s*)?(?P<mon>{mon})(?![\w-])",
        "wd": rf"(?:(?P<prep>on)\s+)?(?:(?P<rel>{_REL})\s+)?(?P<wd>{wd})(?:\s+(?P<part>{part}))?{_NOT_TITLE}",
        "weekend": r"(?:(?P<prep>on)\s+)?the\s+weekend",
        "year": rf"(?:(?P<prep>in)\s+)?(?:(?P<mod>{_MOD})\s*)?(?:(?P<fiscal>fiscal(?: year)?|FY)\s*)?{year}",
        "decade": rf"(?:(?P<prep>in)\s+)?(?:the\s+)?(?:(?P<mod>{_MOD})\s*)?"
        r"(?:(?P<dec>(?:1[6-9]|20)\d)0|'(?P<dec2>\d)0)s\b",
        "century": rf"(?:the\s+)?(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{_alt(lex.ordinals)})[\s-]+century\b",
        "season": rf"(?:(?P<prep>in)\s+)?(?:(?P<det>the|this|last|next|coming|past)\s+)?(?:(?P<mod>{_MOD})\s*)?"
        rf"(?P<season>{_alt(lex.seasons)})\b(?:\s+(?:of\s+)?{year})?",
        "quarter": r"(?:the\s+)?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th|last|this|next|current|"
        rf"previous|latest)\s+(?:fiscal\s+)?quarter\b(?:\s+(?:of\s+)?(?:(?:fiscal\s+)?{year}|"
        r"(?P<yrel>this|last|next)\s+year))?|\bQ(?P<q>[1-4])\s+(?P<y2>" + _YEAR + ")",
        "rel": rf"(?:(?P<mod>{_MOD}|earlier|later)\s+)?(?:(?P<the>the)\s+)?(?P<rel>{_REL}|current)\s+"
        r"(?:fiscal\s+)?(?P<unit>week|month|year|decade|century|weekend)\b",
        "rel_the": rf"(?P<mod>{_MOD})\s+(?:the\s+)?(?P<unit>week|month|year|decade|century)\b",
        "ago": rf"(?P<n>{num}|{vn})\s+(?P<unit>{_UNIT})\s+(?P<dir>ago|from now|hence)\b",
        "dur": rf"(?:(?P<the>the)\s+)?(?:(?P<rel>past|last|next|first|coming|previous|following|final)\s+)?"
        r"(?:(?P<q>nearly|almost|about|around|more than|over|less than|under|at least|roughly|"
        rf"approximately)\s+)?(?P<n>{num}|{vn})[\s-]+(?P<unit>{_UNIT})(?P<old>[\s-]+old)?\b",
        "plural": r"(?:(?P<pre>in recent|recent|the coming|in coming|the past|the last)\s+|(?<=\bfor ))"
        r"(?P<unit>days|weeks|months|years|decades)\b",
        "dayrel": rf"(?P<w>today|tonight|yesterday|tomorrow|this|last)(?:\s+(?P<part>{part}))?",
        "vague": rf"(?P<v>{_alt(lex.vague)})",
        "clock": r"(?P<h>[01]?\d)(?::(?P<min>[0-5]\d))?\s*(?P<ampm>a\.m\.|p\.m\.|am|pm)(?!\w)",
    }


@dataclass(frozen=True, slots=True)
class Scanner:
    """Compiled rules; build once with ``Scanner.build(lexicon)`` and reuse for every document."""

    lexicon: Lexicon
    patterns: Mapping[str, re.Pattern[str]]

    @classmethod
    def build(cls, lexicon: Lexicon) -> Scanner:
        compiled = {
            name: re.compile(rf"(?<![\w'])(?:{rx})(?![\w])", re.IGNORECASE)
            for name, rx in _rules(lexicon).items()
        }
        return cls(lexicon, MappingProxyType(compiled))

    def candidates(self, text: str) -> list[Candidate]:
        """Every match of every rule (overlapping)."""
        found = []
        for name, pattern in self.patterns.items():
            for m in pattern.finditer(text):
                if m.end() > m.start():
                    groups = {k: v for k, v in m.groupdict().items() if v is not None}
                    found.append(Candidate(m.start(), m.end(), name, MappingProxyType(groups)))
        return found

    def scan(self, text: str) -> list[Candidate]:
        """Non-overlapping candidates, preferring the longest (then the earliest rule)."""
        order = {name: i for i, name in enumerate(self.patterns)}
        ranked = sorted(self.candidates(text), key=lambda c: (-c.length, c.start, order[c.rule]))
        taken: list[Candidate] = []
        for cand in ranked:
            if all(cand.end <= t.start or cand.start >= t.end for t in taken):
                taken.append(cand)
        return sorted(taken, key=lambda c: c.start)
