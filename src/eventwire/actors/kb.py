"""The actor knowledge base: states, organisations, armed groups, people with dated roles, agent nouns.

Loaded once from the packaged JSONL files (``src/eventwire/data/actors``) plus an optional user file. Every
alias goes into one Aho-Corasick automaton, so finding mentions costs O(1) per character of text whatever the
size of the base. To load in well under a second, the alias index is precomputed (``index.tsv``, written by
``scripts/build_actors.py``; rebuilt in memory when it does not match the JSONL files) and an actor's record
is parsed only when it is first used.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import ahocorasick

from ..errors import ConfigError
from .records import KIND_ORDER, Actor, Alias, Hit, Resolution, Role, Title, actor_from_dict, fold, readings

__all__ = ["FILES", "Actor", "Alias", "Hit", "KnowledgeBase", "Resolution", "Role", "Title", "data_lines", "fold",
           "read_jsonl", "write_index"]

FILES = ("states.jsonl", "organisations.jsonl", "people.jsonl", "agents.jsonl")
INDEX = "index.tsv"
STOP = "surname_stop.txt"
NOT_ACTORS = "not_actors.txt"
BIRTHS = "state_births.tsv"
INDEX_VERSION = "eventwire-actor-index-1"


def _folder() -> Any:
    return resources.files("eventwire").joinpath("data", "actors")


def _signature(texts: Iterable[str]) -> str:
    return INDEX_VERSION + "\t" + "\t".join(f"{len(t)}:{t.count(chr(10))}" for t in texts)


def _index_rows(lines: list[str]) -> Iterator[tuple[str, int, str, str]]:
    """(kind, actor line, sector, alias text) for every alias, and (HOLDER, line, code, '') for office holders."""
    for i, line in enumerate(lines):
        actor = actor_from_dict(json.loads(line))
        for alias in readings(i, actor):
            yield alias.kind, i, alias.sector or "", alias.text
        for code in sorted({r.code for r in actor.roles if r.curated and r.code}):
            yield "HOLDER", i, code, ""


def write_index(folder: Path) -> Path:
    """Write ``index.tsv`` for the JSONL files in ``folder`` (called by scripts/build_actors.py)."""
    texts = [(folder / name).read_text("utf-8") for name in FILES]
    lines = [line for t in texts for line in t.splitlines() if line]
    out = folder / INDEX
    with out.open("w", encoding="utf-8") as fh:
        fh.write(_signature(texts) + "\n")
        for kind, i, sector, text in _index_rows(lines):
            fh.write(f"{kind}\t{i}\t{sector}\t{text}\n")
    return out


class KnowledgeBase:
    """Immutable once loaded (actor records are parsed on first use and memoised). Use ``KnowledgeBase.load()``."""

    __slots__ = ("_automaton", "_births", "_by_id", "_cache", "_exact", "_holders", "_lines", "_stop", "_surnames",
                 "_titles")

    def __init__(self, lines: list[str], rows: Iterable[tuple[str, int, str, str]], titles: Iterable[Title],
                 stop: Iterable[str] = (), blocked: Iterable[str] = (),
                 births: Mapping[str, tuple[date, str]] | None = None) -> None:
        self._lines = lines
        self._births = MappingProxyType(dict(births or {}))
        self._stop = frozenset(fold(w) for w in stop)
        self._cache: dict[int, Actor] = {}
        self._by_id: dict[str, int] = {}
        self._titles = MappingProxyType({fold(t.title): t for t in titles})
        # Readings are kept as plain tuples (kind, actor, sector, text) until a hit needs them: ~100k
        # dataclass instances would cost a third of the load time.
        exact: dict[str, list[tuple[str, int, str, str]]] = {}
        surnames: dict[str, list[int]] = {}
        holders: dict[str, list[int]] = {}
        for row in rows:
            kind, i, sector, text = row
            if kind == "HOLDER":
                holders.setdefault(sector, []).append(i)
                continue
            key = fold(text)
            exact.setdefault(key, []).append(row)
            if kind == "SURNAME":
                surnames.setdefault(key, []).append(i)
        for key, title in self._titles.items():
            exact.setdefault(key, []).append(("TITLE", -1, title.sector, title.title))
        for phrase in blocked:
            exact.setdefault(fold(phrase), []).insert(0, ("BLOCK", -1, "", phrase.lower()))
        automaton = ahocorasick.Automaton()
        for key, found in exact.items():
            if len(found) > 1:
                found.sort(key=lambda r: KIND_ORDER.get(r[0], 9))
            automaton.add_word(key, (len(key), found))
        automaton.make_automaton()
        self._automaton = automaton
        self._exact = MappingProxyType(exact)
        self._surnames = MappingProxyType(surnames)
        self._holders = MappingProxyType(holders)

    # ------------------------------------------------------------------ loading
    @classmethod
    def load(cls, user_file: str | Path | None = None) -> KnowledgeBase:
        """The packaged base, plus the actors of ``user_file`` (JSONL, same schema; see the data README).

        A user actor comes first among the readings of an alias it shares with a packaged one.
        """
        folder = _folder()
        texts = [folder.joinpath(name).read_text("utf-8") for name in FILES]
        user = [json.dumps(row, ensure_ascii=False) for row in read_jsonl(Path(user_file))] if user_file else []
        lines = user + [line for t in texts for line in t.splitlines() if line]
        index = folder.joinpath(INDEX)
        rows: list[tuple[str, int, str, str]] = list(_index_rows(user))
        stored = index.read_text("utf-8").splitlines() if index.is_file() else []
        if stored and stored[0] == _signature(texts):
            offset = len(user)
            for row in stored[1:]:
                kind, i, sector, text = row.split("\t", 3)
                rows.append((kind, int(i) + offset, sector, text))
        else:  # the JSONL files were edited without rerunning the build: index them now (slower)
            rows = list(_index_rows(lines))
        titles = [Title(t["title"], tuple(t["offices"]), t["sector"])
                  for t in map(json.loads, folder.joinpath("titles.jsonl").read_text("utf-8").splitlines()) if t]
        return cls(lines, rows, titles, _word_list(folder, STOP), _word_list(folder, NOT_ACTORS), _births(folder))

    # ------------------------------------------------------------------ access
    @property
    def actors(self) -> tuple[Actor, ...]:
        return tuple(self.actor(i) for i in range(len(self._lines)))

    def __len__(self) -> int:
        return len(self._lines)

    def actor(self, index: int) -> Actor:
        found = self._cache.get(index)
        if found is None:
            try:
                found = actor_from_dict(json.loads(self._lines[index]))
            except json.JSONDecodeError as exc:
                raise ConfigError(f"actor record {index} is not JSON: {exc}") from exc
            self._cache[index] = found
        return found

    def get(self, actor_id: str) -> Actor | None:
        if not self._by_id:  # ids sit at the start of each line: no need to parse the records
            for n, line in enumerate(self._lines):
                if line.startswith('{"id": "'):
                    self._by_id.setdefault(line[8:line.index('"', 8)], n)
        i = self._by_id.get(actor_id)
        if i is None:  # a user record written with other key order
            i = next((n for n in range(len(self._lines)) if f'"id": "{actor_id}"' in self._lines[n]
                      and self.actor(n).id == actor_id), None)
        return None if i is None else self.actor(i)

    def search(self, *, code: str | None = None, kind: str | None = None, on: date | None = None) -> list[Resolution]:
        """Actors coded ``code`` (as of ``on`` for people) and of type ``kind``: what ``actors list`` shows."""
        out = []
        for i in range(len(self._lines)):
            actor = self.actor(i)
            if kind and actor.type != kind.upper():
                continue
            res = self.resolve_alias(Alias(i, "NAME", actor.name), on)
            if code and code.upper() not in {res.code, actor.code, *actor.alt_codes}:
                continue
            out.append(res)
        return out

    def actor_valid(self, actor_id: str, on: date | None) -> bool:
        actor = self.get(actor_id)
        return actor is not None and actor.valid_on(on)

    def state_code(self, actor: Actor, on: date | None) -> str | None:
        """A state's code on ``on``: a former state's successor; before its independence (``state_births.tsv``)
        the state it left ("Juba" in 2005 is Sudan)."""
        born = self._births.get(actor.id)
        if born is not None and on is not None and on < born[0]:
            return born[1]
        return actor.successor or actor.code

    def title(self, text: str) -> Title | None:
        return self._titles.get(fold(text))

    def common_word(self, surname: str) -> bool:
        """A surname that alone names nobody (``surname_stop.txt``: "May", "Store", "Lee")."""
        return fold(surname) in self._stop

    def with_surname(self, surname: str) -> Sequence[int]:
        return self._surnames.get(fold(surname), ())

    def office_holders(self, code: str, offices: Sequence[str], on: date | None) -> list[tuple[int, Role]]:
        """People holding one of ``offices`` for ``code`` on ``on``, each with that role (hand-checked roles
        only; see ``office_role``)."""
        found = ((i, self.office_role(i, code, offices, on)) for i in self._holders.get(code, ()))
        return [(i, role) for i, role in found if role is not None]

    def office_role(self, index: int, code: str, offices: Sequence[str], on: date | None) -> Role | None:
        """The hand-checked role of one of ``offices`` (earlier ones first) that person ``index`` holds for
        ``code`` on ``on``. A person may hold several at once: a prime minister who keeps the foreign ministry,
        a president who is his own defence minister. Without a date, only the person's latest role counts."""
        actor = self.actor(index)
        if on is None:
            latest = actor.role_on(None)
            held = [latest] if latest is not None else []
        else:
            held = [r for r in actor.roles if r.holds(on)]
        found = [r for r in held if r.curated and r.code == code and r.office in offices]
        return min(found, key=lambda r: offices.index(r.office or "")) if found else None

    # ------------------------------------------------------------------ matching
    def find(self, text: str) -> list[Hit]:
        """Every alias in ``text`` on word boundaries with a compatible case, leftmost-longest, no overlaps."""
        folded = fold(text)
        candidates: list[Hit] = []
        for end, (length, aliases) in self._automaton.iter(folded):
            start, stop = end - length + 1, end + 1
            if (start > 0 and folded[start - 1].isalnum()) or (stop < len(folded) and folded[stop].isalnum()):
                continue
            found = text[start:stop]
            ok = tuple(a for a in map(_alias, aliases)
                       if a.case_ok(found) and not (a.kind == "SURNAME" and _hyphenated(text, start, stop)))
            if ok:
                candidates.append(Hit(start, stop, ok))
        candidates.sort(key=lambda h: (h.start, -(h.end - h.start)))
        chosen: list[Hit] = []
        for hit in candidates:
            if not chosen or hit.start >= chosen[-1].end:
                chosen.append(hit)
        return chosen

    def has_alias(self, text: str, *, kinds: frozenset[str] | None = None) -> bool:
        """Does ``text`` hold an alias (of one of ``kinds``: NAME, SEAT, DEMONYM, PLACE, SURNAME, AGENT, TITLE)?"""
        return any((kinds is None and a.kind != "BLOCK") or (kinds is not None and a.kind in kinds)
                   for hit in self.find(text) for a in hit.aliases)

    # ------------------------------------------------------------------ lookup (CLI)
    def lookup(self, name: str, on: date | None = None) -> list[Resolution]:
        """Every actor that ``name`` can denote, coded as of ``on`` (exact alias, any case)."""
        return [self.resolve_alias(_alias(r), on) for r in self._exact.get(fold(name.strip()), ()) if r[1] >= 0]

    def resolve_alias(self, alias: Alias, on: date | None) -> Resolution:
        actor = self.actor(alias.actor)
        if actor.type == "PERSON":
            role = actor.role_on(on)
            if role is None:
                return Resolution(actor, alias.kind, actor.code, None, None)
            return Resolution(actor, alias.kind, role.code, role.sector, role.title)
        sector = alias.sector if alias.kind in {"SEAT", "AGENT"} else actor.sector
        code = self.state_code(actor, on) if actor.type == "STATE" else actor.code
        return Resolution(actor, alias.kind, code, sector, None)


def data_lines(name: str) -> list[str]:
    """The lines of a hand-written file of the packaged ``data/actors`` folder, comments and blank lines left out."""
    return _word_list(_folder(), name)


def _word_list(folder: Any, name: str) -> list[str]:
    return [w.strip() for w in folder.joinpath(name).read_text("utf-8").splitlines() if w.strip() and not w.startswith("#")]


def _births(folder: Any) -> dict[str, tuple[date, str]]:
    rows = (line.split("\t") for line in _word_list(folder, BIRTHS))
    try:
        return {r[0]: (date.fromisoformat(r[1]), r[2]) for r in rows}
    except (IndexError, ValueError) as exc:
        raise ConfigError(f"bad row in {BIRTHS}: {exc}") from exc


def _alias(row: tuple[str, int, str, str]) -> Alias:
    return Alias(row[1], row[0], row[3], row[2] or None)


def _hyphenated(text: str, start: int, stop: int) -> bool:
    """A surname inside a hyphenated word ("Jean" of "Jean-Bertrand") is not a surname on its own."""
    return (start > 0 and text[start - 1] == "-") or (stop < len(text) and text[stop:stop + 1] == "-"
                                                       and text[stop + 1:stop + 2].isalpha())


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
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ConfigError(f"{path}:{n}: not JSON: {exc}") from exc
            if not isinstance(row, dict) or "id" not in row or "name" not in row:
                raise ConfigError(f"{path}:{n}: an actor needs at least an id and a name")
            rows.append(row)
    return rows
