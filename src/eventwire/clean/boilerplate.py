"""Boilerplate lines: page chrome recorded as spans (never deleted), by rules loaded from data/clean."""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from importlib import resources

from ..errors import ConfigError
from ..model import Span

__all__ = ["BoilerplateRules", "Line", "find_boilerplate", "iter_lines"]

_TOKEN_SPLIT = re.compile(r"[\s|/•·]+")
_NUMBER = re.compile(r"\(?\d+[kKmM]?\)?")


@dataclass(frozen=True, slots=True)
class Line:
    """One line of the text: its offsets without the newline, and its stripped content."""

    start: int
    end: int
    content: str


@dataclass(frozen=True, slots=True)
class Pattern:
    name: str
    regex: re.Pattern[str]
    max_len: int


@dataclass(frozen=True, slots=True)
class BoilerplateRules:
    core: frozenset[str]
    filler: frozenset[str]
    chrome_max_len: int
    patterns: tuple[Pattern, ...]

    @classmethod
    def load(cls) -> BoilerplateRules:
        source = resources.files("eventwire").joinpath("data/clean/boilerplate.toml")
        try:
            raw = tomllib.loads(source.read_text("utf-8"))
            patterns = tuple(Pattern(p["name"], re.compile(p["regex"]), int(p["max_len"]))
                             for p in raw["patterns"])
            chrome = raw["chrome"]
            return cls(frozenset(chrome["core"]), frozenset(chrome["filler"]), int(chrome["max_len"]), patterns)
        except (OSError, KeyError, TypeError, ValueError, re.error, tomllib.TOMLDecodeError) as exc:
            raise ConfigError(f"invalid data/clean/boilerplate.toml: {exc}") from exc

    def is_chrome(self, content: str) -> bool:
        if not content or len(content) > self.chrome_max_len:
            return False
        tokens = [t.lower() for t in _TOKEN_SPLIT.split(content) if t]
        if not any(t in self.core for t in tokens):
            return False
        return all(t in self.core or t in self.filler or _NUMBER.fullmatch(t) for t in tokens)

    def matches(self, content: str) -> str | None:
        """The name of the rule that marks this line as boilerplate, or None for prose."""
        if self.is_chrome(content):
            return "chrome"
        for pattern in self.patterns:
            if len(content) <= pattern.max_len and pattern.regex.fullmatch(content):
                return pattern.name
        return None


def iter_lines(text: str) -> Iterator[Line]:
    """Lines with offsets into ``text``; the span covers the stripped content only."""
    pos = 0
    for raw in text.splitlines(keepends=True):
        body = raw.rstrip("\r\n")
        content = body.strip()
        lead = len(body) - len(body.lstrip())
        yield Line(pos + lead, pos + lead + len(content), content)
        pos += len(raw)


def find_boilerplate(text: str, rules: BoilerplateRules) -> tuple[Span, ...]:
    return tuple(Span(line.start, line.end) for line in iter_lines(text)
                 if line.content and rules.matches(line.content))
