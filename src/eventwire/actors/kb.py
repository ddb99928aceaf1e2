"""The actor knowledge base: states, organisations, armed groups, people with dated roles, agent nouns.

Loaded once from the packaged JSONL files (``src/eventwire/data/actors``) plus an optional user file, into
immutable records and one Aho-Corasick automaton over every alias, so finding mentions costs O(1) per
character of text whatever the size of the base.
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import ahocorasick

from ..errors import ConfigError

__all__ = ["Actor", "Alias", "Hit", "KnowledgeBase", "Resolution", "Role", "Title", "fold"]

FILES = ("states.jsonl", "organisations.jsonl", "people.jsonl", "agents.jsonl")
# Alias kinds, in the order a resolver prefers them when one span has several readings.
KIND_ORDER = {"NAME": 0, "SEAT": 1, "DEMONYM": 2, "PLACE": 3, "TITLE": 4, "AGENT": 5, "SURNAME": 6}
# Sector preference when a person holds several roles at once (a president who is also a party leader).
SECTOR_ORDER = {"GOV": 0, "MIL": 1, "LEG": 2, "JUD": 3, "REB": 4, "OPP": 5, "PTY": 6}


def fold(text: str) -> str:
    """Lower-case without accents, keeping the length (so offsets in folded text are offsets in text)."""
    if text.isascii():
        return text.lower()
    out = []
    for ch in text:
        low = ch.lower()
        if len(low) != 1:
            low = ch
        base = unicodedata.normalize("NFKD", low)[:1] if not low.isascii() else low
        out.append(base if len(base) == 1 else low)
    return "".join(out).replace("\u2019", "'")


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


def _actor(row: Mapping[str, Any]) -> Actor:
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


def _readings(index: int, actor: Actor) -> Iterator[Alias]:
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


def _is_word_char(ch: str) -> bool:
    return ch.isalnum()


class KnowledgeBase:
    """Immutable once loaded: actors, titles and the alias automaton. Load with ``KnowledgeBase.load()``."""

    __slots__ = ("_actors", "_automaton", "_by_id", "_exact", "_holders", "_surnames", "_titles")

    def __init__(self, actors: Iterable[Actor], titles: Iterable[Title]) -> None:
        self._actors: tuple[Actor, ...] = tuple(actors)
        self._titles = MappingProxyType({fold(t.title): t for t in titles})
        self._by_id = MappingProxyType({a.id: i for i, a in reversed(list(enumerate(self._actors)))})
        exact: dict[str, list[Alias]] = {}
        for i, actor in enumerate(self._actors):
            for alias in _readings(i, actor):
                exact.setdefault(fold(alias.text), []).append(alias)
        for key, title in self._titles.items():
            exact.setdefault(key, []).append(Alias(-1, "TITLE", title.title, title.sector))
        automaton = ahocorasick.Automaton()
        for key, aliases in exact.items():
            if len(aliases) > 1:
                aliases.sort(key=lambda a: KIND_ORDER.get(a.kind, 9))
            automaton.add_word(key, (len(key), tuple(aliases)))
        automaton.make_automaton()
        self._automaton = automaton
        self._exact = MappingProxyType({k: tuple(v) for k, v in exact.items()})
        surnames: dict[str, list[int]] = {}
        holders: dict[str, list[int]] = {}
        for i, actor in enumerate(self._actors):
            for surname in actor.surnames:
                surnames.setdefault(fold(surname), []).append(i)
            for code in {r.code for r in actor.roles if r.curated and r.code}:
                holders.setdefault(code, []).append(i)
        self._surnames = MappingProxyType({k: tuple(v) for k, v in surnames.items()})
        self._holders = MappingProxyType({k: tuple(v) for k, v in holders.items()})

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, user_file: str | Path | None = None) -> KnowledgeBase:
        """The packaged base, plus the actors of ``user_file`` (JSONL, same schema; see the data README)."""
        folder = resources.files("eventwire").joinpath("data", "actors")
        rows: list[dict[str, Any]] = []
        if user_file:
            rows.extend(read_jsonl(Path(user_file)))
        for name in FILES:
            rows.extend(json.loads(line) for line in folder.joinpath(name).read_text("utf-8").splitlines() if line)
        titles = [Title(t["title"], tuple(t["offices"]), t["sector"])
                  for t in map(json.loads, folder.joinpath("titles.jsonl").read_text("utf-8").splitlines()) if t]
        return cls((_actor(r) for r in rows), titles)

    # ------------------------------------------------------------------ access
    @property
    def actors(self) -> tuple[Actor, ...]:
        return self._actors

    def __len__(self) -> int:
        return len(self._actors)

    def actor(self, index: int) -> Actor:
        return self._actors[index]

    def get(self, actor_id: str) -> Actor | None:
        i = self._by_id.get(actor_id)
        return None if i is None else self._actors[i]

    def title(self, text: str) -> Title | None:
        return self._titles.get(fold(text))

    def with_surname(self, surname: str) -> tuple[int, ...]:
        return self._surnames.get(fold(surname), ())

    def office_holders(self, code: str, offices: Iterable[str], on: date | None) -> list[int]:
        """People holding one of ``offices`` for ``code`` on ``on`` (hand-checked roles only)."""
        wanted = set(offices)
        found = []
        for i in self._holders.get(code, ()):
            role = self._actors[i].role_on(on)
            if role and role.curated and role.code == code and role.office in wanted:
                found.append(i)
        return found

    # ------------------------------------------------------------------ matching
    def find(self, text: str) -> list[Hit]:
        """Every alias in ``text`` on word boundaries with a compatible case, leftmost-longest, no overlaps."""
        folded = fold(text)
        candidates: list[Hit] = []
        for end, (length, aliases) in self._automaton.iter(folded):
            start, stop = end - length + 1, end + 1
            if (start > 0 and _is_word_char(folded[start - 1])) or (stop < len(folded) and _is_word_char(folded[stop])):
                continue
            if not _is_word_char(folded[start]) and start > 0 and _is_word_char(folded[start - 1]):
                continue
            found = text[start:stop]
            ok = tuple(a for a in aliases if a.case_ok(found))
            if ok:
                candidates.append(Hit(start, stop, ok))
        candidates.sort(key=lambda h: (h.start, -(h.end - h.start)))
        chosen: list[Hit] = []
        for hit in candidates:
            if not chosen or hit.start >= chosen[-1].end:
                chosen.append(hit)
        return chosen

    def has_alias(self, text: str, *, kinds: frozenset[str] = frozenset({"NAME", "SEAT", "DEMONYM", "SURNAME"})) -> bool:
        return any(a.kind in kinds for hit in self.find(text) for a in hit.aliases)

    # ------------------------------------------------------------------ lookup (CLI)
    def lookup(self, name: str, on: date | None = None) -> list[Resolution]:
        """Every actor that ``name`` can denote, coded as of ``on`` (exact alias, case-insensitive)."""
        out = []
        for alias in self._exact.get(fold(name.strip()), ()):
            if alias.actor < 0:
                continue
            actor = self._actors[alias.actor]
            out.append(self.resolve_alias(alias, on))
            del actor
        return out

    def resolve_alias(self, alias: Alias, on: date | None) -> Resolution:
        actor = self._actors[alias.actor]
        if actor.type == "PERSON":
            role = actor.role_on(on)
            if role is None:
                return Resolution(actor, alias.kind, actor.code, None, None)
            return Resolution(actor, alias.kind, role.code, role.sector, role.title)
        sector = alias.sector if alias.kind in {"SEAT", "AGENT"} else actor.sector
        return Resolution(actor, alias.kind, actor.code, sector, None)


def read_jsonl(path: Path) -> list[dict[str, Any]]:
    """A user actors file: one JSON object a line; blank lines and lines starting with # are skipped."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError as exc:
        raise ConfigError(f"cannot read actors file {path}: {exc}") from exc
    rows = []
    for n, line in enumerate(lines, 1):
        if line.strip() and not line.lstrip().startswith("#"):
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{path}:{n}: not JSON: {exc}") from exc
    return rows
