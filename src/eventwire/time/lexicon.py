"""The temporal lexicon (``data/time/lexicon.toml``) loaded into one immutable object."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from types import MappingProxyType

from ..errors import ConfigError

__all__ = ["Lexicon", "load_lexicon"]


@dataclass(frozen=True, slots=True)
class Lexicon:
    months: Mapping[str, int]
    ambiguous_months: frozenset[str]
    weekdays: Mapping[str, int]
    seasons: Mapping[str, str]
    day_parts: Mapping[str, str]
    numbers: Mapping[str, int]
    vague_numbers: frozenset[str]
    ordinals: Mapping[str, int]
    units: Mapping[str, str]
    clock_units: frozenset[str]
    vague: Mapping[str, str]


def _frozen(table: object) -> Mapping[str, object]:
    if not isinstance(table, dict):
        raise ConfigError("time lexicon: expected a table")
    return MappingProxyType(dict(table))


@cache  # the packaged file never changes during a run: read and parse it once
def load_lexicon() -> Lexicon:
    """Read the packaged lexicon (raises ``ConfigError`` when the file is malformed)."""
    text = resources.files("eventwire.data").joinpath("time/lexicon.toml").read_text("utf-8")
    try:
        raw = tomllib.loads(text)
        return Lexicon(
            months=_frozen(raw["months"]),  # type: ignore[arg-type]
            ambiguous_months=frozenset(raw["ambiguous_months"]["names"]),
            weekdays=_frozen(raw["weekdays"]),  # type: ignore[arg-type]
            seasons=_frozen(raw["seasons"]),  # type: ignore[arg-type]
            day_parts=_frozen(raw["day_parts"]),  # type: ignore[arg-type]
            numbers=_frozen({k.lower(): v for k, v in raw["numbers"].items()}),  # type: ignore[arg-type]
            vague_numbers=frozenset(raw["vague_numbers"]["words"]),
            ordinals=_frozen(raw["ordinals"]),  # type: ignore[arg-type]
            units=_frozen(raw["units"]),  # type: ignore[arg-type]
            clock_units=frozenset(raw["clock_units"]["names"]),
            vague=_frozen(raw["vague"]),  # type: ignore[arg-type]
        )
    except (KeyError, TypeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"time lexicon is malformed: {exc}") from exc
