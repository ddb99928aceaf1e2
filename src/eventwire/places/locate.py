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
from .mentions import dateline_span

__all__ = ["LOCATIVE_PREPS", "locate", "to_location"]

LOCATIVE_PREPS = frozenset({
    "in", "at", "near", "from", "inside", "outside", "across", "throughout", "within", "around", "off",
    "into", "along", "between", "over",
})
ARGUMENT_DEPS = frozenset({"nsubj", "nsubjpass", "dobj", "iobj", "dative", "poss", "agent", "csubj", "attr"})
# Dependencies through which a place still belongs to a larger noun phrase: "Gaza hospital", "city of Aleppo",
# "Moscow, Russia", "Idlib and Hama".
PHRASE_DEPS = frozenset({"compound", "appos", "pobj", "conj", "nmod", "amod", "npadvmod", "pcomp"})
MAX_CHAIN = 5
# More specific places first: the event happened in the city, not just somewhere in the country.
SPECIFICITY = {"city": 0, "territory": 1, "admin1": 1, "country": 2, "sea": 2, "region": 3, "continent": 4}


def to_location(place: Place) -> EventLocation:
    return EventLocation(name=place.name, country=place.country, lat=place.lat, lon=place.lon)


def locate(*, sentence_start: int, sentence_end: int, places: Sequence[Place], doc: Doc) -> EventLocation | None:
    in_clause = [p for p in places if sentence_start <= p.start and p.end <= sentence_end]
    locatives = [p for p in in_clause if _role(doc, p) == "locative"]
    if locatives:
        return to_location(min(locatives, key=lambda p: (SPECIFICITY.get(p.feature or "", 5), p.start)))
    dateline = dateline_span(doc.text)
    if dateline:
        for place in places:
            if place.start < dateline[1] and dateline[0] < place.end:
                return to_location(place)
    return None


def _role(doc: Doc, place: Place) -> str:
    """locative | argument | other, from the parse (or the preceding word when there is no parse)."""
    span = doc.char_span(place.start, place.end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return "other"
    if not doc.has_annotation("DEP"):
        return _role_without_parse(doc, span.start)
    token: Token = span.root
    for _ in range(MAX_CHAIN):
        head = token.head
        if token.dep_ == "pobj" and head.dep_ in {"prep", "agent"} and head.lower_ in LOCATIVE_PREPS:
            return "locative"
        if token.dep_ in ARGUMENT_DEPS:
            return "argument"
        if token.dep_ not in PHRASE_DEPS and not (token.dep_ == "prep" and head.pos_ in {"NOUN", "PROPN"}):
            return "other"
        if head.i == token.i:
            return "other"
        token = head
    return "other"


def _role_without_parse(doc: Doc, first: int) -> str:
    i = first - 1
    while i >= 0 and doc[i].pos_ in {"DET", "ADJ"}:
        i -= 1
    return "locative" if i >= 0 and doc[i].lower_ in LOCATIVE_PREPS else "other"
