"""Quotation-mark pairing on raw text: straight and curly, double and single, across paragraphs.

Works line by line (a line is a paragraph or a headline). News style leaves a quote open at the end of
a paragraph when the next paragraph continues it with a fresh opening mark; such a segment is kept and
flagged ``continues``. Single quotes are only read outside double-quoted text (where they would be a
quote inside a quote) and only where they cannot be apostrophes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Segment", "find_segments", "word_count"]

_OPEN, _CLOSE, _BOTH = "“«„", "”»", '"'
_SINGLE_OPEN = re.compile(r"(?:(?<=^)|(?<=[\s(\[—–\-:]))[‘'](?=[^\s'’])")
_SINGLE_CLOSE = re.compile(r"(?<=[^\s‘'])[’'](?=$|[\s,.;:!?)\]—–\-])")


@dataclass(frozen=True, slots=True)
class Segment:
    """Quoted text: ``start``/``end`` exclude the marks; ``continues`` when the paragraph ended open."""

    start: int
    end: int
    continues: bool = False
    continued: bool = False  # this paragraph continues a quote left open by the previous one


def word_count(text: str) -> int:
    """Words with at least one letter (a date or an id in quotation marks is not speech)."""
    return sum(1 for w in re.findall(r"\w+(?:['’]\w+)?", text) if any(c.isalpha() for c in w))


def _double(line: str, offset: int) -> tuple[list[Segment], int | None]:
    """Closed segments of one line and the position of a quote left open at its end."""
    found: list[Segment] = []
    opened: int | None = None
    for i, ch in enumerate(line):
        if ch in _OPEN or (ch in _BOTH and opened is None):
            opened = i + 1  # a second opening mark restarts the quote (the first was unbalanced)
        elif (ch in _CLOSE or ch in _BOTH) and opened is not None:
            found.append(Segment(offset + opened, offset + i))
            opened = None
    return found, opened


def _free(i: int, inside: list[tuple[int, int]]) -> bool:
    return not any(a <= i < b for a, b in inside)


def _single(line: str, offset: int, taken: list[Segment]) -> list[Segment]:
    inside = [(s.start - offset - 1, s.end - offset + 1) for s in taken]
    opens = [m.start() for m in _SINGLE_OPEN.finditer(line) if _free(m.start(), inside)]
    closes = [m.start() for m in _SINGLE_CLOSE.finditer(line) if _free(m.start(), inside)]
    found: list[Segment] = []
    last = -1
    for o in opens:
        if o < last:
            continue
        close = next((c for c in closes if c > o + 1), None)
        if close is None or not all(_free(i, inside) for i in range(o, close)):
            continue
        found.append(Segment(offset + o + 1, offset + close))
        last = close
    return found


def _starts_with_mark(line: str) -> bool:
    stripped = line.lstrip()
    return bool(stripped) and (stripped[0] in _OPEN or stripped[0] in _BOTH)


def find_segments(text: str) -> list[Segment]:
    """Every quoted segment of ``text`` in order (offsets of the text between the marks)."""
    segments: list[Segment] = []
    lines = text.split("\n")
    offset, carried = 0, False
    for n, line in enumerate(lines):
        closed, opened = _double(line, offset)
        if carried and closed and _starts_with_mark(line):
            closed[0] = Segment(closed[0].start, closed[0].end, continued=True)
        nxt = next((rest for rest in lines[n + 1:] if rest.strip()), "")
        if opened is not None and _starts_with_mark(nxt):
            end = offset + len(line.rstrip())
            closed.append(Segment(offset + opened, end, continues=True, continued=carried and not closed))
        segments.extend(closed)
        segments.extend(_single(line, offset, closed))
        carried = opened is not None and _starts_with_mark(nxt) if line.strip() else carried
        offset += len(line) + 1
    return sorted(segments, key=lambda s: s.start)
