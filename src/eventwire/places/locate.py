"""An event's location: a locative place in its clause, else the article's dateline, else unknown.

A place that fills an argument slot ("Beijing said", "Russia attacked Ukraine") names an actor by
metonymy, not where the event happened; the actor's capital is never a default location. The clause rule
uses the dependency parse: a place counts when its chain of heads reaches a locative preposition
("in Moscow", "at a Gaza hospital", "in the Syrian city of Aleppo").
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc, Token

from ..model import EventLocation, Place
from ..nlp.components import doc_text
from .dateline import find_dateline

__all__ = ["LOCATIVE_PREPS", "locate", "to_location"]

LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "from", "inside", "outside", "across", "throughout", "within", "around", "off",
    "into", "along",
})
ORIGIN_PREPS = frozenset({"from"})
# "talks on Syria", "a dispute over the islands", "cooperation between Japan and Russia": the place is
# what the event is about, not where it happened.
TOPIC_PREPS = frozenset({
    "on", "about", "over", "against", "with", "for", "between", "toward", "towards", "regarding",
    "concerning", "by", "than", "like", "among", "amid", "despite", "including",
})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent", "csubj", "attr"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})
# Dependencies through which a place still belongs to a larger noun phrase: "Gaza hospital", "city of Aleppo",
# "Moscow, Russia", "Idlib and Hama".
PHRASE_DEPS = MODIFIER_DEPS | frozenset({"appos", "pobj", "conj", "npadvmod", "pcomp"})
MAX_CHAIN = 6
# More specific places first: the event happened in the city, not just somewhere in the country.
SPECIFICITY = {"city": 0, "territory": 1, "admin1": 1, "country": 2, "sea": 2, "region": 3, "continent": 4}
# A place that is or modifies a participant ("a Gaza hospital was hit", "shells hit Donetsk") locates the
# event unless it is a country or a national capital: "U.S. officials", "Beijing said" name actors.
LITERAL_FEATURES = frozenset({"city", "admin1", "territory", "region", "sea"})


# Head nouns that make a modifying place a topic or an actor, not a scene: "the Northern Territories issue",
# "Texas officials" (but "a Gaza hospital", "the Donbas conflict" locate).
NON_SCENE_NOUNS = frozenset({
    "issue", "issues", "dispute", "disputes", "question", "problem", "policy", "policies", "crisis", "talks",
    "deal", "agreement", "treaty", "relations", "sanctions", "claim", "claims", "situation", "matter",
    "debate", "strategy", "plan", "envoy", "ambassador", "embassy", "government", "officials",
})


def to_location(place: Place) -> EventLocation:
    return EventLocation(name=place.name, country=place.country, lat=place.lat, lon=place.lon)


def locate(*, sentence_start: int, sentence_end: int, places: Sequence[Place], doc: Doc,
           capitals: frozenset[int] = frozenset()) -> EventLocation | None:
    """Tiers: a locative place in the clause; another place in it that names no actor; the dateline; unknown.

    ``capitals``: GeoNames ids of national capitals (never a location by metonymy alone).
    """
    in_clause = [p for p in places if sentence_start <= p.start and p.end <= sentence_end]
    ranked = [(tier, p) for p in in_clause if (tier := _tier(_role(doc, p), p, capitals)) is not None]
    if ranked:
        best = min(ranked, key=lambda tp: (tp[0], SPECIFICITY.get(tp[1].feature or "", 5), tp[1].start))
        return to_location(best[1])
    dateline = find_dateline(doc_text(doc))
    if dateline:  # the place filed from, else its state or country ("CAMP MURRAY, Wash.")
        for place in places:
            if place.start < dateline.region_end and dateline.start < place.end:
                return to_location(place)
    return None


def _tier(role: str, place: Place, capitals: frozenset[int]) -> int | None:
    literal = place.feature in LITERAL_FEATURES and place.geonames_id not in capitals
    tiers = {"locative": 0, "other": 1, "modifier": 2 if literal else None, "argument": 3 if literal else None}
    return tiers.get(role)  # a topic ("talks on Syria") never locates


def _role(doc: Doc, place: Place) -> str:
    """locative | argument | modifier | topic | other, from the parse (or the preceding word without one)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "other"
    token: Token = span.root
    if not doc.has_annotation("DEP") or not token.dep_:  # a sentence the parser skipped
        return _role_without_parse(doc, span.start)
    modifier = False
    for _ in range(MAX_CHAIN):
        head = token.head
        if token.dep_ == "pobj" and head.dep_ in {"prep", "agent"}:
            # "fired from Gaza" is where; "officials from Japan" is who (the phrase modifies a noun).
            origin = head.lower_ in ORIGIN_PREPS and head.head.pos_ in {"NOUN", "PROPN", "PRON"}
            if head.lower_ in LOCATIVE_PREPS and not origin:
                return "locative"
            if head.lower_ in TOPIC_PREPS:
                return "topic"
        if token.dep_ in ARGUMENT_DEPS:
            return "modifier" if modifier else "argument"
        if token.dep_ not in PHRASE_DEPS and not (token.dep_ == "prep" and head.pos_ in {"NOUN", "PROPN"}):
            return "other"
        if head.i == token.i:
            return "other"
        if token.dep_ in MODIFIER_DEPS and head.lower_ in NON_SCENE_NOUNS:
            return "topic"
        modifier = modifier or token.dep_ in MODIFIER_DEPS
        token = head
    return "other"


def _role_without_parse(doc: Doc, first: int) -> str:
    """Without a parse only "in/at/... (the) PLACE" is known; anything else may be a metonymic actor."""
    i = first - 1
    while i >= 0 and doc[i].pos_ in {"DET", "ADJ"}:
        i -= 1
    return "locative" if i >= 0 and doc[i].lower_ in LOCATIVE_PREPS else "argument"
