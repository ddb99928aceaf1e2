"""The disambiguation score on hand-made candidates: feature, population, capitals, context, aliases."""

from __future__ import annotations

from eventwire.places.gazetteer import Candidate, Entry
from eventwire.places.mentions import Mention
from eventwire.places.resolve import EMPTY_CONTEXT, Context, build_context, choose

GEORGIA_COUNTRY = Entry("Georgia", "country", "GEO", 42.0, 43.5, 3_700_000, 614540)
GEORGIA_STATE = Entry("Georgia", "admin1", "USA", 32.7, -83.4, 10_000_000, 4197000, admin1="GA")
ATLANTA = Entry("Atlanta", "city", "USA", 33.75, -84.39, 500_000, 4180439, admin1="GA")
TBILISI = Entry("Tbilisi", "city", "GEO", 41.69, 44.83, 1_100_000, 611717, capital=True)
PARIS = Entry("Paris", "city", "FRA", 48.85, 2.35, 2_100_000, 2988507, capital=True)
PARIS_TX = Entry("Paris", "city", "USA", 33.66, -95.56, 25_000, 4717560, admin1="TX")
HARARE = Entry("Harare", "city", "ZWE", -17.83, 31.05, 1_500_000, 890299, capital=True)
SALISBURY = Entry("Salisbury", "city", "GBR", 51.07, -1.79, 40_000, 2638664)


def _mention(text: str, *candidates: Candidate) -> Mention:
    return Mention(text, 0, len(text), "ner", "GPE", candidates)


def test_a_country_wins_without_context_and_a_state_with_it() -> None:
    georgia = _mention("Georgia", Candidate(GEORGIA_COUNTRY, False), Candidate(GEORGIA_STATE, False))
    assert choose(georgia, EMPTY_CONTEXT) is GEORGIA_COUNTRY
    us = Context(countries={"USA": 1.0}, admin1=frozenset({("USA", "GA")}))
    assert choose(georgia, us) is GEORGIA_STATE


def test_capitals_beat_small_namesakes_unless_their_region_is_named() -> None:
    paris = _mention("Paris", Candidate(PARIS, False), Candidate(PARIS_TX, False))
    assert choose(paris, EMPTY_CONTEXT) is PARIS
    assert choose(paris, Context(countries={"USA": 1.0}, admin1=frozenset())) is PARIS
    assert choose(paris, Context(countries={"USA": 1.0}, admin1=frozenset({("USA", "TX")}))) is PARIS_TX


def test_an_old_name_is_weaker_than_a_current_one() -> None:
    salisbury = _mention("Salisbury", Candidate(HARARE, True), Candidate(SALISBURY, False))
    assert choose(salisbury, Context(countries={"GBR": 1.0}, admin1=frozenset())) is SALISBURY


def test_context_leaves_each_name_out_of_its_own_vote() -> None:
    mentions = [
        _mention("Georgia", Candidate(GEORGIA_COUNTRY, False), Candidate(GEORGIA_STATE, False)),
        _mention("Georgia", Candidate(GEORGIA_COUNTRY, False), Candidate(GEORGIA_STATE, False)),
        _mention("Atlanta", Candidate(ATLANTA, False)),
    ]
    contexts = build_context(mentions)
    assert contexts["georgia"].countries == {"USA": 1.0}  # only Atlanta votes for Georgia
    assert choose(mentions[0], contexts["georgia"]) is GEORGIA_STATE
    caucasus = build_context([mentions[0], _mention("Tbilisi", Candidate(TBILISI, False))])
    assert choose(mentions[0], caucasus["georgia"]) is GEORGIA_COUNTRY
