"""Toponym extraction and disambiguation on sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from eventwire.model import ActorMention, Place
from eventwire.places import PlaceResolver


def _places(nlp, resolver: PlaceResolver, text: str, **kw) -> list[Place]:  # type: ignore[no-untyped-def]
    return resolver.extract(nlp(text), **kw)


def _by_text(places: list[Place]) -> dict[str, Place]:
    return {p.text: p for p in places}


def test_offsets_index_the_text_and_countries_are_iso3(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "Talks between officials from Japan and Russia took place in Vladivostok on Tuesday."
    places = _places(nlp, resolver, text)
    assert {p.text for p in places} >= {"Japan", "Russia", "Vladivostok"}
    for p in places:
        assert text[p.start:p.end] == p.text
    got = _by_text(places)
    assert (got["Japan"].country, got["Russia"].country, got["Vladivostok"].country) == ("JPN", "RUS", "RUS")
    assert got["Vladivostok"].feature == "city" and got["Vladivostok"].geonames_id


def test_demonyms_are_not_places(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    places = _places(nlp, resolver, "Russian and Chinese diplomats met American officials and Europeans.")
    assert places == []


def test_country_context_disambiguates(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    us = _by_text(_places(nlp, resolver, "Voters in Atlanta, Georgia and in Florida went to the polls."))
    assert us["Georgia"].country == "USA" and us["Georgia"].feature == "admin1"
    caucasus = _by_text(_places(nlp, resolver, "Troops from Georgia crossed into Armenia near Tbilisi."))
    assert caucasus["Georgia"].country == "GEO"
    mass = _by_text(_places(nlp, resolver, "Students in Cambridge and Boston, Massachusetts marched on Friday."))
    assert mass["Cambridge"].country == "USA"
    eng = _by_text(_places(nlp, resolver, "Students in Cambridge and Oxford, England marched on Friday."))
    assert eng["Cambridge"].country == "GBR"


def test_population_and_capitals_win_without_context(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(_places(nlp, resolver, "The envoy flew from Paris to Washington and then to Moscow."))
    assert got["Paris"].country == "FRA"
    assert got["Washington"].name == "Washington" and got["Washington"].feature == "city"
    assert abs(got["Washington"].lat - 38.9) < 0.2  # the capital, not the state
    assert got["Moscow"].country == "RUS"


def test_disputed_and_maritime_names_resolve_to_our_aliases(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = ("Ships patrolled the East China Sea and the South China Sea, while the dispute over the Northern "
            "Territories and Crimea dragged on.")
    got = _by_text(_places(nlp, resolver, text))
    names = {p.name for p in got.values()}
    assert {"East China Sea", "South China Sea", "Northern Territories", "Crimea"} <= names
    assert all(p.lat is not None for p in got.values())


def test_person_actor_spans_are_not_places(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "Jordan Peterson spoke in Toronto."
    actor = ActorMention(text="Jordan Peterson", start=0, end=15, code=None, type="PERSON")
    places = _places(nlp, resolver, text, entities=[actor])
    assert [p.text for p in places] == ["Toronto"]


def test_seed_article_places(nlp, resolver: PlaceResolver, shared_dir: Path) -> None:  # type: ignore[no-untyped-def]
    text = (shared_dir / "seed" / "article.txt").read_text("utf-8")
    places = _places(nlp, resolver, text)
    names = {p.name for p in places}
    assert {"Korean Peninsula", "East China Sea", "Northern Territories", "Japan", "China"} <= names
    assert not any(p.text.startswith("Russian") and p.text != "Russian Federation" for p in places)
    assert "Surprise" not in {p.text for p in places}  # Surprise, Arizona, but in a Title Case headline
    assert all(text[p.start:p.end] == p.text for p in places)


def test_gazetteer_lookups_find_what_ner_missed_but_not_in_headlines(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    assert [p.name for p in _places(nlp, resolver, "Artillery shells hit Donetsk on Sunday.")] == ["Donetsk"]
    assert _places(nlp, resolver, "In Surprise Move, Leaders Agree To Meet Again") == []


def test_ap_state_abbreviations_match_only_with_their_dots(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    got = _by_text(_places(nlp, resolver, "The rally in Oakland, Calif. drew thousands."))
    assert got["Calif."].name == "California" and got["Oakland"].country == "USA"
    assert "Miss" not in {p.text for p in _places(nlp, resolver, "Miss Universe was crowned in Manila.")}


def test_actor_countries_vote_for_the_context(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "Carter spoke to farmers in Georgia about the harvest."
    doc = nlp(text)
    alone = _by_text(resolver.extract(doc))
    assert alone["Georgia"].country == "GEO"
    carter = ActorMention(text="Carter", start=0, end=6, code="USA", type="PERSON")
    with_actor = _by_text(resolver.extract(doc, entities=[carter]))
    assert with_actor["Georgia"].country == "USA"


def test_a_blank_pipeline_gives_no_places_and_no_error(resolver: PlaceResolver) -> None:
    import spacy

    doc = spacy.blank("en")("MOSCOW (Reuters) - Officials met in Geneva.")
    places = resolver.extract(doc)
    assert [p.name for p in places] == ["Moscow"]  # the dateline needs no model
    assert resolver.locate(sentence_start=0, sentence_end=len(doc.text), places=places, doc=doc) is not None


def test_actor_spans_block_names_not_metonyms_or_title_modifiers(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "U.S. President Donald Trump said Brussels had failed, the Washington Post reported."
    trump = ActorMention(text="U.S. President Donald Trump", start=0, end=27, code="USA", type="PERSON")
    brussels = ActorMention(text="Brussels", start=33, end=41, code="EUR", type="ORG")
    post = ActorMention(text="Washington Post", start=59, end=74, code=None, type="ORG")
    places = resolver.extract(nlp(text), entities=[trump, brussels, post])
    assert [(p.text, p.country) for p in places] == [("U.S.", "USA"), ("Brussels", "BEL")]
