"""The headline: the RawDocument's own title when the text starts with it, else a headline-shaped first line."""

from __future__ import annotations

import re

from ..model import Span
from .boilerplate import BoilerplateRules, Line, iter_lines

__all__ = ["find_title", "looks_like_headline", "same_title"]

# Headlines are short: English news headlines run 5-15 words; 25 words / 200 characters leaves room for
# long wire-service titles while keeping a first paragraph out.
_MAX_WORDS = 25
_MAX_CHARS = 200
_NOT_FINAL = (".", ",", ";", ":")
# A first paragraph that is one short sentence with a period is a headline in corpora that punctuate them
# ("Obama says Trump modeling policies on Putin."); news ledes run 20-35 words, headlines rarely pass 14.
_MAX_WORDS_WITH_PERIOD = 14
_SENTENCE_BREAK = re.compile(r"[a-z]{3}[.!?][\"'’”]?\s+[A-Z]")  # "failed. Ministers", not "U.S. Elections"
# Page titles often append the site: "Headline | Site", "Headline - Site", "Headline — Site".
_SITE_SEPARATORS = frozenset("|-–—:·•")
_MAX_SUFFIX = 60


def _normalise(text: str) -> str:
    return " ".join(text.split()).casefold()


def _first_lines(text: str) -> tuple[Line | None, bool, bool]:
    """The first non-empty line, whether any text follows it, and whether a blank line comes right after it."""
    first: Line | None = None
    blank_after = False
    for line in iter_lines(text):
        if first is None:
            first = line if line.content else None
            continue
        if line.content:
            return first, True, blank_after
        blank_after = True
    return first, False, False


def same_title(line: str, title: str) -> bool:
    """The line is the title, or the title is the line plus a site suffix ("Headline | Site", "Headline - Site")."""
    line_n, title_n = _normalise(line), _normalise(title)
    if not line_n:
        return False
    if line_n == title_n:
        return True
    rest = title_n[len(line_n):].lstrip() if title_n.startswith(line_n) else ""
    return rest[:1] in _SITE_SEPARATORS and len(rest) < _MAX_SUFFIX


def looks_like_headline(content: str, *, blank_after: bool = False) -> bool:
    """Short, starts like a title, and no final period, unless it stands alone as a paragraph and is short
    enough that it cannot be a lede (some corpora end every headline with a period)."""
    words = content.split()
    if not (0 < len(words) <= _MAX_WORDS and len(content) <= _MAX_CHARS):
        return False
    if not (content[0].isupper() or content[0].isdigit() or content[0] in "\"'‘“"):
        return False
    if not content.endswith(_NOT_FINAL):
        return True
    return (blank_after and content.endswith(".") and len(words) <= _MAX_WORDS_WITH_PERIOD
            and _SENTENCE_BREAK.search(content[:-1]) is None)


def find_title(text: str, title: str | None, rules: BoilerplateRules) -> tuple[Span | None, str | None]:
    """The title span (or None) and the title text: the given title wins; a first line may stand in for it."""
    first, more, blank_after = _first_lines(text)
    if first is None:
        return None, title
    if title is not None:
        return (Span(first.start, first.end) if same_title(first.content, title) else None), title
    if more and looks_like_headline(first.content, blank_after=blank_after) and rules.matches(first.content) is None:
        return Span(first.start, first.end), first.content
    return None, None
