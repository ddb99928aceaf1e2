"""Places in a clause: when a named place is only where an act happened, and which acts have a venue."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from ..model import ActorMention
from .lexicon import Lexicon

__all__ = ["in_city", "located", "venue_act"]


def located(mention: ActorMention, doc: Doc, lex: Lexicon, *, venue: bool = False) -> bool:
    """A place named as where the act happens: a location, not a recipient, unless the verb takes its
    recipient with that preposition ("arrived in Amman", "fired rockets at Kabul"). A capital stands for its
    government only as a subject or object ("Washington accused Moscow"), never in a locative phrase ("signed
    a deal in Vienna", "returned from Ankara"). With ``venue`` (a cooperative act) any place is only where
    it happened ("talks in the German city of Bonn"); the state where an act of conflict happens stays its
    target, as CAMEO codes it ("fighting in Iraq")."""
    capital = mention.type == "STATE" and mention.sector == "GOV"
    if not (capital or (venue and mention.type == "STATE")):
        return False
    root = _phrase_root(mention, doc, lex, venue=venue)
    if root is None or root.dep_ != "pobj" or root.pos_ not in ("PROPN", "NOUN") or (root.pos_ == "NOUN" and not venue):
        return False
    return _locative(root.head, lex)


def in_city(mention: ActorMention, doc: Doc, lex: Lexicon) -> bool:
    """A capital that names the place, not its government: "a market in Baghdad", "offices in Kabul", or
    where the act happened (``located``)."""
    root = _phrase_root(mention, doc, lex)
    if root is None or root.dep_ != "pobj" or root.head.lower_ not in lex.words["locative_preps"]:
        return False
    return root.head.head.pos_ in ("NOUN", "PROPN") or located(mention, doc, lex)


def _phrase_root(mention: ActorMention, doc: Doc, lex: Lexicon, *, venue: bool = False) -> Token | None:
    """The token that attaches the mention's phrase to the sentence ("in Paris and Berlin": Paris)."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return None
    root = _place_phrase(span.root, lex) if venue else span.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root


def _place_phrase(tok: Token, lex: Lexicon) -> Token:
    """"the German city of Bonn", "the Afghan capital, Kabul": the place noun the name belongs to."""
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in lex.words["place_nouns"]:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.words["place_nouns"]:
        return tok.head.head
    return tok


def _locative(prep: Token, lex: Lexicon) -> bool:
    gov = prep.head
    if gov.pos_ in ("NOUN", "PROPN"):
        # "a deal in Vienna" is where the deal was made; "offices in Kabul" belong to Kabul.
        if gov.lemma_.lower() not in lex.light_nouns or gov.lemma_.lower() in lex.words["agent_nouns"]:
            return False
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    lemma = lex.verb_lemma(gov.lemma_.lower(), gov.lower_)
    if prep.lower_ == "from":
        return lemma in lex.words["travel_verbs"]
    return prep.lower_ in lex.words["locative_preps"] and lemma not in lex.words["locative_recipient_verbs"]


def venue_act(code: str) -> bool:
    """CAMEO 01-06: statements, appeals, meetings and agreements happen at a venue; aid, concessions and
    conflict reach the people of the place ("lifted a curfew in Montenegro")."""
    return code[:2].isdigit() and int(code[:2]) <= 6
