"""The packaged gazetteer: GeoNames-derived entries, our aliases for disputed and maritime places, demonyms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.errors import ConfigError
from eventwire.places import Gazetteer, name_key
from eventwire.places.gazetteer import _alias_place


def _best(gaz: Gazetteer, text: str) -> tuple[str, str | None]:
    entry = max(gaz.lookup(text), key=lambda c: c.entry.population).entry
    return entry.feature, entry.country


@pytest.mark.parametrize(("text", "country"), [
    ("U.S.", "USA"), ("US", "USA"), ("United States", "USA"), ("Britain", "GBR"), ("Russia", "RUS"),
    ("the Netherlands", "NLD"), ("South Korea", "KOR"), ("DPRK", "PRK"), ("Ivory Coast", "CIV"),
])
def test_country_names_and_abbreviations_reach_iso3(gazetteer: Gazetteer, text: str, country: str) -> None:
    assert ("country", country) in {(c.entry.feature, c.entry.country) for c in gazetteer.lookup(text)}


@pytest.mark.parametrize("text", [
    "Northern Territories", "Kuril Islands", "East China Sea", "South China Sea", "Gaza Strip", "West Bank",
    "Crimea", "Donbas", "Kashmir", "Korean Peninsula", "Strait of Hormuz", "Middle East",
])
def test_our_aliases_cover_disputed_and_maritime_places(gazetteer: Gazetteer, text: str) -> None:
    entries = [c.entry for c in gazetteer.lookup(text)]
    assert entries, text
    assert all(-90 <= e.lat <= 90 and -180 <= e.lon <= 180 for e in entries)


def test_disputed_places_carry_the_documented_country(gazetteer: Gazetteer) -> None:
    own = {c.entry.name: c.entry.country for t in ("Crimea", "Gaza Strip", "Kashmir", "East China Sea")
           for c in gazetteer.lookup(t) if c.entry.feature in {"territory", "region", "sea"}}
    assert own == {"Crimea": "UKR", "Gaza Strip": "PSE", "Kashmir": None, "East China Sea": None}


def test_admin1_regions_and_cities_with_accents_and_old_names(gazetteer: Gazetteer) -> None:
    assert _best(gazetteer, "Tamil Nadu") == ("admin1", "IND")
    assert _best(gazetteer, "California") == ("admin1", "USA")
    kiev = [c for c in gazetteer.lookup("Kiev") if c.entry.country == "UKR"]
    assert kiev and kiev[0].entry.name == "Kyiv" and kiev[0].entry.capital


def test_united_states_point_is_the_geonames_convention(gazetteer: Gazetteer) -> None:
    us = gazetteer.countries["USA"]
    assert abs(us.lat - 39.83) < 0.01 and abs(us.lon + 98.58) < 0.01 and us.geonames_id == 6252001


@pytest.mark.parametrize("word", ["Russian", "Russians", "American", "Chinese", "British", "European"])
def test_demonyms_are_known(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.is_demonym(word)
    assert not gazetteer.is_demonym("Russia")


def test_a_bad_alias_place_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        _alias_place({"name": "Nowhere", "lat": "north"})


@given(st.text(max_size=40))
def test_name_key_is_idempotent(text: str) -> None:
    assert name_key(name_key(text)) == name_key(text)


@pytest.mark.parametrize(("text", "key"), [("The U.S.", "us"), ("the the Gambia", "gambia"), ("Tamil Nādu", "tamil nadu"),
                                           ("İzmir", "izmir"), ("Côte d’Ivoire", "cote divoire")])
def test_name_key_examples(text: str, key: str) -> None:
    assert name_key(text) == key
