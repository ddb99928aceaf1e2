"""Records of the actor knowledge base: actors, dated roles, alias readings, hits, titles, resolutions."""

from __future__ import annotations

import unicodedata
from collections.abc import Container, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..errors import ConfigError

__all__ = ["KIND_ORDER", "Actor", "Alias", "Hit", "Resolution", "Role", "Title", "actor_from_dict", "fold", "readings"]

# Alias kinds, in the order a resolver prefers them when one span has several readings.
KIND_ORDER = {"BLOCK": -1, "NAME": 0, "SEAT": 1, "DEMONYM": 2, "PLACE": 3, "TITLE": 4, "AGENT": 5, "SURNAME": 6}
# Sector preference when a person holds several roles at once (a president who is also a party leader).
SECTOR_ORDER = {"GOV": 0, "MIL": 1, "LEG": 2, "JUD": 3, "REB": 4, "OPP": 5, "PTY": 6}


def fold(text: str) -> str:
    """Lower-case without accents, a hyphen as a space ("al-Zarqawi" is "al Zarqawi", "Kim Jong-un" "Kim Jong Un"),
    keeping the length (so offsets in folded text are offsets in text)."""
    if text.isascii():
        return text.lower().replace("-", " ")
    out = []
    for ch in text:
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = unicodedata.normalize("NFKD", low)[:1] if not low.isascii() else low
        out.append(base if len(base) == 1 else low)
    return "".join(out).replace("\u2019", "'").replace("-", " ")


def _date(value: Any) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ConfigError(f"bad date {value!r} in the actor knowledge base") from exc


@dataclass(frozen=True, slots=True)
class Role:
    """A dated role: from ``valid_from`` to ``valid_to`` (either open) the person acts as ``code`` ``sector``."""

    code: str | None
    sector: str | None
    title: str | None = None
    office: str | None = None  # HOS, HOG, FM, DM, SPK, VP, OTH
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = ""

    @property
    def curated(self) -> bool:
        return self.title is not None

    @property
    def dated(self) -> bool:
        return self.valid_from is not None or self.valid_to is not None

    def holds(self, on: date) -> bool:
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on <= self.valid_to)

    def distance(self, on: date) -> int:
        if self.valid_from and on < self.valid_from:
            return (self.valid_from - on).days
        if self.valid_to and on > self.valid_to:
            return (on - self.valid_to).days
        return 0


@dataclass(frozen=True, slots=True)
class Actor:
    id: str
    type: str  # STATE, ORG, GROUP, PERSON, AGENT
    name: str
    code: str | None
    sector: str | None = None
    names: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    seats: tuple[tuple[str, str], ...] = ()
    places: tuple[str, ...] = ()
    surnames: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    alt_codes: tuple[str, ...] = ()
    successor: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    source: str = ""

    def in_office(self, on: date, offices: Container[str] | None = None, *, checked: bool = False) -> bool:
        """Does one of the person's roles hold on ``on``: of ``offices`` if given, hand-checked only if ``checked``?"""
        return any(r.holds(on) and (not checked or r.curated) and (offices is None or r.office in offices)
                   for r in self.roles)

    def valid_on(self, on: date | None) -> bool:
        if on is None:
            return True
        return (self.valid_from is None or self.valid_from <= on) and (self.valid_to is None or on <= self.valid_to)

    def role_on(self, on: date | None) -> Role | None:
        """The role held on ``on``: a hand-checked role first, then Phoenix's, then the nearest one.

        Outside every dated role a person is coded as in their undated default role (Phoenix's ``[JPNELI]``),
        or failing that with the code of their nearest role: after it they are a former official (ELI).
        """
        if not self.roles:
            return None
        if on is None:
            return max(self.roles, key=lambda r: (r.curated, r.valid_from or date.min))
        current = [r for r in self.roles if r.dated and r.holds(on)]
        if current:
            return min(current, key=lambda r: (not r.curated, SECTOR_ORDER.get(r.sector or "", 9)))
        default = [r for r in self.roles if not r.dated]
        if default:
            return default[0]
        nearest = min(self.roles, key=lambda r: (r.distance(on), not r.curated))
        if nearest.valid_to and on > nearest.valid_to:
            return Role(nearest.code, "ELI", None, None, nearest.valid_from, nearest.valid_to, nearest.source)
        return nearest


@dataclass(frozen=True, slots=True)
class Alias:
    """One reading of an alias: which actor, as what (NAME, DEMONYM, SEAT, ...), with which sector."""

    actor: int
    kind: str
    text: str
    sector: str | None = None

    def case_ok(self, found: str) -> bool:
        # Every capital in the alias must be a capital in the text: "US" is not "us", "WHO" is not "Who",
        # "Abe" is not "abe"; lower-case aliases (agents, titles) match in any case.
        if len(found) != len(self.text):
            return True
        return all(not a.isupper() or b.isupper() for a, b in zip(self.text, found, strict=True))


@dataclass(frozen=True, slots=True)
class Hit:
    """A found alias: span in the text and its readings (already checked for case and word boundaries)."""

    start: int
    end: int
    aliases: tuple[Alias, ...]


@dataclass(frozen=True, slots=True)
class Title:
    title: str
    offices: tuple[str, ...]
    sector: str


@dataclass(frozen=True, slots=True)
class Resolution:
    """An actor as of a date: what ``lookup`` returns."""

    actor: Actor
    kind: str
    code: str | None
    sector: str | None
    role: str | None

    def as_dict(self) -> dict[str, Any]:
        return {"id": self.actor.id, "name": self.actor.name, "type": self.actor.type, "kind": self.kind,
                "code": self.code, "sector": self.sector, "role": self.role, "alt_codes": list(self.actor.alt_codes),
                "source": self.actor.source}


def actor_from_dict(row: Mapping[str, Any]) -> Actor:
    roles = tuple(
        Role(r.get("code"), r.get("sector"), r.get("title"), r.get("office"), _date(r.get("valid_from")),
             _date(r.get("valid_to")), r.get("source", ""))
        for r in row.get("roles", ())
    )
    try:
        return Actor(
            id=str(row["id"]), type=str(row.get("type", "STATE")), name=str(row["name"]), code=row.get("code"),
            sector=row.get("sector"), names=tuple(row.get("names", ())) or (str(row["name"]),),
            demonyms=tuple(row.get("demonyms", ())), seats=tuple((s[0], s[1]) for s in row.get("seats", ())),
            places=tuple(row.get("places", ())), surnames=tuple(row.get("surnames", ())), roles=roles,
            alt_codes=tuple(row.get("alt_codes", ())), successor=row.get("successor"),
            valid_from=_date(row.get("valid_from")), valid_to=_date(row.get("valid_to")),
            source=str(row.get("source", "")),
        )
    except (KeyError, TypeError, IndexError) as exc:
        raise ConfigError(f"bad actor record {dict(row)!r}: {exc}") from exc


def readings(index: int, actor: Actor) -> Iterator[Alias]:
    kind = "AGENT" if actor.type == "AGENT" else "NAME"
    for name in actor.names:
        yield Alias(index, kind, name, actor.sector)
    for name in actor.demonyms:
        yield Alias(index, "DEMONYM", name)
    for name, sector in actor.seats:
        yield Alias(index, "SEAT", name, sector)
    for name in actor.places:
        yield Alias(index, "PLACE", name)
    for name in actor.surnames:
        yield Alias(index, "SURNAME", name)
