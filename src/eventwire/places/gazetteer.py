"""The offline gazetteer: GeoNames countries, admin-1 regions, cities and continents plus our own aliases.

``gazetteer.tsv.gz`` is derived by ``scripts/build_gazetteer.py`` from registry packages (GeoNames data,
CC BY 4.0); ``aliases.toml`` adds disputed and maritime places, regions, abbreviations and demonyms.
Loaded once into an immutable object: names are looked up by a folded key (case, accents, dots, a
leading "the" ignored).
"""

from __future__ import annotations

import gzip
import io
import re
import sys
import tomllib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from importlib import resources
from types import MappingProxyType
from typing import Any

from ..errors import ConfigError

__all__ = ["Candidate", "Entry", "Gazetteer", "name_key"]

DATA_DIR = "data/places"
_DOTS = re.compile(r"[.\u2019']")
_SPACES = re.compile(r"[\s\-]+")
# "St. Petersburg" and "Saint Petersburg" are one name; only a leading word, since "Victoria St" is a street.
_ABBREVIATED = {"st": "saint", "ste": "sainte", "mt": "mount", "ft": "fort"}


def _fold(text: str) -> str:
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def name_key(text: str) -> str:
    """Lookup key: accents folded, lower case, dots and apostrophes dropped, no leading article."""
    text = _fold(_fold(text).casefold())  # twice: case folding can yield combining marks ("İ")
    key = _SPACES.sub(" ", _DOTS.sub("", text)).strip()
    while key.startswith("the "):
        key = key[4:]
    head, _, rest = key.partition(" ")
    return f"{_ABBREVIATED[head]} {rest}" if rest and head in _ABBREVIATED else key


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer place. ``feature``: country | admin1 | city | continent | region | sea | territory."""

    name: str
    feature: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float
    lon: float
    population: int = 0
    geonames_id: int | None = None
    admin1: str | None = None  # GeoNames admin-1 code, for cities and regions
    capital: bool = False


@dataclass(frozen=True, slots=True)
class Candidate:
    """An entry a name may refer to; ``alias`` is true when matched through an alternate name."""

    entry: Entry
    alias: bool


@dataclass(frozen=True, slots=True)
class Gazetteer:
    """Immutable name index over the entries, with the demonyms that must not be read as places."""

    entries: tuple[Entry, ...]
    index: Mapping[str, tuple[int, ...]]  # key -> entry position * 2 + 1 if through an alternate name
    demonyms: frozenset[str]
    countries: Mapping[str, Entry]  # ISO3 -> country entry
    exact: Mapping[str, tuple[int, ...]]  # surface forms matched only as written ("Calif.")
    capitals: frozenset[int]  # GeoNames ids of national capitals

    @classmethod
    def load(cls, *, min_city_population: int = 0) -> Gazetteer:
        """Read the packaged data files (a second or two; load once and share).

        Rows are indexed as they stream in, so the alternate names are never all held at once.
        """
        aliases = _read_aliases()
        builder = _IndexBuilder()
        for entry, names in _read_rows(min_city_population):
            builder.add(_moved(entry, aliases.points), names)
        for entry, names in aliases.places:
            builder.add(entry, names)
        entries = builder.entries
        countries = {e.country: e for e in entries if e.feature == "country" and e.country}
        strict = min_city_population <= 0  # a smaller gazetteer may lack an alias's town
        position = {id(entry): pos for pos, entry in enumerate(entries)}
        exact: dict[str, list[int]] = defaultdict(list)
        for link, target in _alias_targets(aliases.links, entries, countries, strict):
            for name in (str(n) for n in link.get("names", ())):
                if link.get("exact"):
                    exact[name].append(position[id(target)] * 2)
                else:  # our own aliases count as primary names
                    builder.put(name_key(name), position[id(target)], alias=False)
        return cls(
            entries=tuple(entries),
            index=builder.freeze(),
            exact=MappingProxyType({k: tuple(v) for k, v in exact.items()}),
            capitals=frozenset(e.geonames_id for e in entries if e.capital and e.geonames_id is not None),
            demonyms=frozenset(_demonym_keys(aliases.demonyms)),
            countries=MappingProxyType(countries),
        )

    def lookup(self, text: str) -> tuple[Candidate, ...]:
        codes = self.exact.get(text.strip(), ()) + self.index.get(name_key(text), ())
        return tuple(Candidate(self.entries[code >> 1], bool(code & 1)) for code in dict.fromkeys(codes))

    def is_demonym(self, text: str) -> bool:
        return name_key(text) in self.demonyms


@dataclass(frozen=True, slots=True)
class _Aliases:
    places: tuple[tuple[Entry, tuple[str, ...]], ...]
    links: tuple[Mapping[str, Any], ...]
    demonyms: tuple[str, ...]
    points: Mapping[str, tuple[float, float]]  # ISO3 -> representative point replacing the packaged one


def _data_text(name: str) -> str:
    return resources.files("eventwire").joinpath(DATA_DIR, name).read_text("utf-8")


def _read_rows(min_city_population: int) -> Iterator[tuple[Entry, tuple[str, ...]]]:
    raw = resources.files("eventwire").joinpath(DATA_DIR, "gazetteer.tsv.gz").read_bytes()
    with io.TextIOWrapper(gzip.GzipFile(fileobj=io.BytesIO(raw)), encoding="utf-8") as fh:
        next(fh)  # header
        for line in fh:
            feature, gid, name, country, admin1, lat, lon, pop, capital, aliases = line.rstrip("\n").split("\t")
            if feature == "city" and int(pop) < min_city_population and not capital:
                continue
            # Interned codes: 170,000 rows share a few hundred country, feature and admin-1 strings.
            entry = Entry(name=name, feature=sys.intern(feature), country=sys.intern(country) if country else None,
                          lat=float(lat), lon=float(lon), population=int(pop), geonames_id=int(gid),
                          admin1=sys.intern(admin1) if admin1 else None, capital=capital == "1")
            yield entry, tuple(a for a in aliases.split("|") if a)


def _read_aliases() -> _Aliases:
    try:
        data = tomllib.loads(_data_text("aliases.toml"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"places/aliases.toml is invalid: {exc}") from exc
    places = tuple(_alias_place(item) for item in data.get("place", []))
    demonyms = tuple(data.get("demonyms", {}).get("extra", ())) + tuple(_packaged_demonyms())
    try:
        points = {str(p["country"]): (float(p["lat"]), float(p["lon"])) for p in data.get("point", [])}
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"places/aliases.toml: bad [[point]]: {exc}") from exc
    return _Aliases(places=places, links=tuple(data.get("alias", [])), demonyms=demonyms, points=points)


def _moved(entry: Entry, points: Mapping[str, tuple[float, float]]) -> Entry:
    """A country whose packaged point is replaced by a ``[[point]]`` table."""
    point = points.get(entry.country or "") if entry.feature == "country" else None
    return replace(entry, lat=point[0], lon=point[1]) if point else entry


def _alias_place(item: Mapping[str, Any]) -> tuple[Entry, tuple[str, ...]]:
    try:
        entry = Entry(name=str(item["name"]), feature=str(item.get("feature", "region")),
                      country=str(item["country"]) or None if item.get("country") else None,
                      lat=float(item["lat"]), lon=float(item["lon"]),
                      population=int(item.get("population", 0)),
                      geonames_id=int(item["geonames_id"]) if item.get("geonames_id") else None)
    except (KeyError, TypeError, ValueError) as exc:
        raise ConfigError(f"places/aliases.toml: bad [[place]] {item!r}: {exc}") from exc
    return entry, tuple(str(a) for a in item.get("aliases", ()))


def _packaged_demonyms() -> Iterator[str]:
    for line in _data_text("demonyms.tsv").splitlines()[1:]:
        if line.strip():
            yield line.split("\t")[0]


def _demonym_keys(words: Iterable[str]) -> Iterator[str]:
    for word in words:
        key = name_key(word)
        yield key
        yield key + "s"  # plural nouns: "Russians", "Americans"


def _alias_targets(links: Iterable[Mapping[str, Any]], entries: list[Entry], countries: Mapping[str, Entry],
                   strict: bool) -> Iterator[tuple[Mapping[str, Any], Entry]]:
    """``[[alias]]`` tables add names to an existing entry, found by ISO3 country or GeoNames id."""
    by_id = {e.geonames_id: e for e in entries if e.geonames_id is not None}
    for link in links:
        target = countries.get(str(link.get("country", ""))) if "geonames_id" not in link else by_id.get(
            int(link["geonames_id"]))
        if target is None and strict:
            raise ConfigError(f"places/aliases.toml: [[alias]] target not in the gazetteer: {dict(link)!r}")
        if target is not None:
            yield link, target


class _IndexBuilder:
    """Accumulates entries and their name keys; a primary name wins over an alternate one for one entry."""

    __slots__ = ("entries", "keys")

    def __init__(self) -> None:
        self.entries: list[Entry] = []
        self.keys: dict[str, list[int]] = {}

    def add(self, entry: Entry, aliases: Iterable[str]) -> None:
        pos = len(self.entries)
        self.entries.append(entry)
        self.put(name_key(entry.name), pos, alias=False)
        for alias in aliases:
            self.put(name_key(alias), pos, alias=True)

    def put(self, key: str, pos: int, *, alias: bool) -> None:
        codes = self.keys.setdefault(key, [])
        for i, code in enumerate(codes):
            if code >> 1 == pos:
                if not alias:
                    codes[i] = pos * 2
                return
        codes.append(pos * 2 + int(alias))

    def freeze(self) -> Mapping[str, tuple[int, ...]]:
        frozen: dict[str, tuple[int, ...]] = {}
        for key in list(self.keys):
            frozen[key] = tuple(self.keys.pop(key))
        return MappingProxyType(frozen)
