"""Choosing the gazetteer entry a mention refers to: feature type, population and the article's context.

Two passes: each mention is first resolved alone; the countries and admin-1 regions of those first picks
make the article's context, and the second pass prefers candidates inside it ("Cambridge" in a story
about Massachusetts). No state survives between documents: the context is built and dropped per call.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .gazetteer import Candidate, Entry, name_key
from .mentions import Mention

__all__ = ["Context", "build_context", "choose", "score"]

# Base preference by feature: a name that is a country almost always means the country ("Georgia" needs
# a strong US context to be the state); named seas, regions and continents are rarely anything else.
FEATURE_BASE = {"country": 10.0, "territory": 9.5, "continent": 9.0, "region": 9.0, "sea": 9.0}
ADMIN1_BASE = 5.0
ADMIN1_POP_WEIGHT = 0.4
CAPITAL_BONUS = 2.5  # "Washington", "Paris": national capitals dominate news usage
NAMESAKE_CITY_BONUS = 3.0  # "New York", "Donetsk", "Luhansk": a city beats its namesake region
NAMESAKE_MIN_POPULATION = 100_000
ALIAS_PENALTY = {"city": 3.0, "admin1": 1.0}  # old and foreign names: "Salisbury" is rarely Harare now
COUNTRY_CONTEXT = 2.0  # plus up to 2.0 more for the article's dominant country
ADMIN1_CONTEXT = 2.0
LOC_LABEL_BONUS = 1.0  # spaCy's LOC (not GPE) is seas, mountains, regions


@dataclass(frozen=True, slots=True)
class Context:
    """Countries (ISO3 -> share of first-pass picks) and (country, admin-1) pairs named in the article."""

    countries: Mapping[str, float]
    admin1: frozenset[tuple[str, str]]


EMPTY_CONTEXT = Context(countries={}, admin1=frozenset())


def score(candidate: Candidate, mention: Mention, context: Context) -> float:
    entry = candidate.entry
    value = _base(entry, mention)
    if candidate.alias:
        value -= ALIAS_PENALTY.get(entry.feature, 0.5)
    if entry.country and entry.country in context.countries:
        value += COUNTRY_CONTEXT + 2.0 * context.countries[entry.country]
    # A town in a region named elsewhere, or a region whose towns are named ("Washington" with Seattle).
    if entry.feature in {"city", "admin1"} and entry.country and entry.admin1 \
            and (entry.country, entry.admin1) in context.admin1:
        value += ADMIN1_CONTEXT
    return value


def _base(entry: Entry, mention: Mention) -> float:
    if entry.feature in FEATURE_BASE:
        bonus = LOC_LABEL_BONUS if mention.label == "LOC" and entry.feature != "country" else 0.0
        return FEATURE_BASE[entry.feature] + bonus
    log_pop = math.log10(entry.population + 1)
    if entry.feature == "admin1":
        return ADMIN1_BASE + ADMIN1_POP_WEIGHT * log_pop
    value = log_pop + (CAPITAL_BONUS if entry.capital else 0.0)
    if entry.population >= NAMESAKE_MIN_POPULATION and _has_namesake_region(entry, mention.candidates):
        value += NAMESAKE_CITY_BONUS
    return value


def _has_namesake_region(city: Entry, candidates: Sequence[Candidate]) -> bool:
    return any(c.entry.feature == "admin1" and c.entry.country == city.country and c.entry.admin1 == city.admin1
               for c in candidates)


def choose(mention: Mention, context: Context) -> Entry:
    """The best candidate; ties go to the larger population, then the smaller GeoNames id (stable)."""
    best = max(mention.candidates, key=lambda c: (score(c, mention, context), c.entry.population,
                                                  -(c.entry.geonames_id or 0)))
    return best.entry


def build_context(mentions: Sequence[Mention], *, votes: Sequence[str] = ()) -> dict[str, Context]:
    """Per name, the context its mentions are resolved in: the first-pass picks of the *other* names,
    plus ``votes`` (ISO3 countries of the article's actors: "Modi" makes "Punjab" India's).

    Leaving a name's own picks out keeps a wrong first guess ("Georgia" the country in a story about
    Atlanta) from voting for itself.
    """
    picks = [(name_key(m.text), choose(m, EMPTY_CONTEXT)) for m in mentions]
    return {key: _context([entry for k, entry in picks if k != key], votes)
            for key in dict.fromkeys(k for k, _ in picks)}


def _context(picks: Sequence[Entry], votes: Sequence[str]) -> Context:
    counts = Counter(p.country for p in picks if p.country) + Counter(votes)
    total = sum(counts.values())
    shares = {country: n / total for country, n in counts.items()} if total else {}
    admin1 = frozenset((p.country, p.admin1) for p in picks if p.country and p.admin1)
    return Context(countries=shares, admin1=admin1)
