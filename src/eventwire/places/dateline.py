"""Wire-story datelines: "MOSCOW (Reuters) -", "KIEV, Ukraine (AP) —", "SPRINGFIELD, Ill. (AP) -", "CAIRO -".

The dateline says where the story was filed, the fallback location of its events.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Dateline", "dateline_span", "find_dateline"]

_WORD = r"[A-Z][A-Za-z.'\-]*"
DATELINE = re.compile(
    rf"^[ \t]*(?P<lead>(?:{_WORD}[ ])*?)(?P<place>{_WORD}(?:[ ]{_WORD}){{0,3}})"
    rf"(?:,[ ](?P<qualifier>{_WORD}(?:[ ]{_WORD}){{0,2}}))?"
    r"(?:,[ ][A-Z][a-z]{2,8}\.?[ ]\d{1,2})?"  # a date: "Paris, June 3 -"
    r"[ ]*(?P<credit>\([A-Za-z0-9 .&]+\)[ ]*)?"
    r"(?:(?:-|--)[ ]|[\u2014\u2013][ ]?)",
    re.MULTILINE,
)
DATELINE_WINDOW = 600  # characters from the top of the article (after a headline and a byline)


@dataclass(frozen=True, slots=True)
class Dateline:
    start: int  # the place name
    end: int
    qualifier_start: int | None = None  # the state or country after a comma: "Ill.", "South Korea"
    qualifier_end: int | None = None

    @property
    def region_end(self) -> int:
        return self.qualifier_end if self.qualifier_end is not None else self.end


def find_dateline(text: str) -> Dateline | None:
    """The dateline near the top of ``text``: an ALL-CAPS place, or any place followed by an agency credit
    (which tells a dateline from a headline with a dash in it)."""
    for match in DATELINE.finditer(text[:DATELINE_WINDOW]):
        start, end = _caps_tail(match)
        if start is None and match.group("credit") and not match.group("lead"):
            start, end = match.start("place"), match.end("place")
        if start is not None and end is not None:
            q = match.span("qualifier") if match.group("qualifier") else (None, None)
            return Dateline(start, end, q[0], q[1])
    return None


def _caps_tail(match: re.Match[str]) -> tuple[int | None, int | None]:
    """The trailing ALL-CAPS words of the place ("By Jane Roe. BOSTON" -> "BOSTON")."""
    place, offset = match.group("place"), match.start("place")
    words = place.split(" ")
    keep = 0
    while keep < len(words) and _all_caps(words[len(words) - 1 - keep]):
        keep += 1
    if keep == 0:
        return None, None
    tail = " ".join(words[len(words) - keep:])
    return offset + len(place) - len(tail), offset + len(place)


def _all_caps(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def dateline_span(text: str) -> tuple[int, int] | None:
    """Character span of the dateline's place name, if the text has a dateline."""
    found = find_dateline(text)
    return (found.start, found.end) if found else None
