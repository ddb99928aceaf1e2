"""Rules that tell a political event from prose that only looks like one.

Each rule is a general property of English news prose, not of a sentence:

- a clause whose subject is not an agent ("the crisis deepened", "a scandal has damaged") reports no act of an
  actor: PLOVER requires a source actor;
- acts inside a competition ("beaten in the final", "won the title") are sport, not conflict or agreement;
- damage by natural forces or accidents ("destroyed by bushfires", "a fireworks cache exploded") has no actor;
- an event noun that dates or motivates another report ("since the attacks", "after the bombing") refers
  back to an event already reported, not a new one;
- an agentless act whose only named actor is where it happened ("homes were destroyed in the Hawkesbury
  area") has no participant; travel with no host named at the verb is no visit;
- speaking to an audience ("speaking to reporters") is communication to the public, not a consultation.
"""

from __future__ import annotations

import re

from spacy.tokens import Span, Token  # noqa: F401

from .lexicon import Lexicon
from .mentions import DocIndex, clause_tokens

__all__ = ["agentless_place_only", "audience_only", "travel_without_host", "background_noun", "competition", "disaster", "non_agentive_subject", "own_clause"]

_SUBJECTS = ("nsubj", "csubj")
_SCORE = re.compile(r"^\d{1,3}-\d{1,3}$")  # a scoreline ("beat Switzerland 3-0")
_HUMAN_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ers", "ors", "ists", "ians", "ants")
_CLAUSE_DEPS = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "acl", "xcomp"})


def _is_agent(head: Token, idx: DocIndex, lex: Lexicon) -> bool:
    """Whether a subject noun can name an actor: a name or pronoun, a mention of the actors stage on the head
    or its compounds, a person or group noun, or an instrument of violence ("Israeli shelling killed")."""
    if head.pos_ in ("PROPN", "PRON", "NUM", "DET") or head.ent_type_ in ("PERSON", "ORG", "NORP", "GPE"):
        return True
    core = [head, *(c for c in head.children if c.dep_ in ("compound", "flat", "appos", "amod", "nmod"))]
    if any(idx.on(t) or idx.uncoded.get(t.i) for t in core):
        return True
    lemma = head.lemma_.lower()
    if lemma in lex.words["agent_words"] or head.lower_ in lex.words["agent_words"]:
        return True
    if lemma in lex.words["agent_nouns"] or lemma in lex.nouns or lemma in lex.words["instrument_nouns"]:
        return True
    return lemma.endswith(_HUMAN_SUFFIXES) and lemma not in lex.words["non_agent_nouns"]


def non_agentive_subject(verb: Token, idx: DocIndex, lex: Lexicon) -> bool:
    """"Argentina's crisis has deepened", "the condition of Suharto improved", "destroyed by bushfires in
    Kenya": the clause names its subject (or passive agent) and it is no agent; an actor only inside a
    modifier of that noun does not act."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    subj = next((c for c in verb.children if c.dep_ in _SUBJECTS), None)
    subj = subj if subj is not None else next(
        (p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"), None)
    if subj is None or subj.lower_ in ("who", "which", "that"):
        return False
    return subj.pos_ == "NOUN" and not _is_agent(subj, idx, lex)


def competition(head: Token, lex: Lexicon) -> bool:
    """An act within a sporting competition: a competition noun ("final", "championship", "cup") in the
    trigger's own clause ("beaten in the final", "began its Hopman Cup campaign"); a competition named
    only in another clause ("near the stadium where the Olympics will open") is a setting."""
    words = lex.words["competition_nouns"]
    return any((t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words) or _SCORE.match(t.text) is not None
               for t in own_clause(head))


def own_clause(head: Token) -> list[Token]:
    """The trigger and its dependents, without the clauses embedded in it."""
    return clause_tokens(head, _CLAUSE_DEPS)


def disaster(sent: Span, lex: Lexicon) -> bool:
    """Damage by natural forces or accidents (bushfires, floods, crashes): nobody's act."""
    words = lex.words["disaster_nouns"]
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in words for t in sent)


def background_noun(noun: Token, lex: Lexicon, idx: DocIndex) -> bool:
    """An event noun that places another report in time or cause ("since the attacks", "after a bombing",
    "charged over the attacks") refers back to a known event: it is not reported here. (A dated event noun
    with its own participant, "Putin was late for a December 2016 summit", is a historical event.)"""
    return noun.dep_ == "pobj" and noun.head.lower_ in lex.words["background_preps"]


def audience_only(verb: Token, lex: Lexicon) -> bool:
    """"Speaking to reporters", "told a news conference": addressing the public is no consultation."""
    if verb.lemma_.lower() not in lex.words["address_verbs"]:
        return False
    audience = lex.words["audience_nouns"]
    for child in verb.children:
        if child.dep_ in ("prep", "dative") and child.lower_ in ("to", "with") and any(
                p.dep_ == "pobj" and p.lemma_.lower() in audience for p in child.children):
            return True
        if child.dep_ in ("dobj", "dative") and child.lemma_.lower() in audience:
            return True
    return False


_TRAVEL_PREPS = frozenset({"to", "in", "at", "for", "into", "from"})
_PLACE_PREPS = frozenset({"in", "at", "near", "across", "throughout", "around", "outside", "inside"})


def _prep_mentions(verb: Token, preps: frozenset[str], idx: DocIndex) -> list[str | None]:
    return [m.code for c in verb.children if c.dep_ == "prep" and c.lower_ in preps
            for p in c.children if p.dep_ == "pobj" for m in idx.phrase(p)]


def travel_without_host(verb: Token, actor_codes: set[str | None], idx: DocIndex, lex: Lexicon) -> bool:
    """Travel is a visit (CONSULT) only to a host: "arrived in Amman" is a visit to Jordan, but "the team
    arrived in Adelaide" (its own country), "police arrived to detain him" or "left open the possibility"
    name no host."""
    if verb.lemma_.lower() not in lex.words["travel_verbs"]:
        return False
    hosts = [m.code for c in verb.children if c.dep_ == "dobj" for m in idx.phrase(c)]
    hosts += _prep_mentions(verb, _TRAVEL_PREPS, idx)
    return not any(code and code not in actor_codes for code in hosts)


def _is_instrument(tok: Token, lex: Lexicon) -> bool:
    """"killed in a suicide attack by Taliban supporters": the phrase names the act, not a place."""
    lemma = tok.lemma_.lower()
    return lemma in lex.words["instrument_nouns"] or lemma in lex.nouns


def agentless_place_only(verb: Token, recipient_starts: set[int], idx: DocIndex, lex: Lexicon) -> bool:
    """"Fourteen homes have been destroyed in the Hawkesbury area": without an agent, the only actor named
    is where it happened; the victims are no actor. Such an event has no participant at all."""
    if verb.pos_ not in ("VERB", "AUX"):
        return False
    if any(c.dep_ in ("nsubj", "agent") for c in verb.children):
        return False  # "helicopters blasted targets in Gaza City": an unnamed agent acts on the place
    patient = [c for c in verb.children if c.dep_ in ("nsubjpass", "dobj")]
    if not patient or any(m.start in recipient_starts for c in patient for m in idx.phrase(c)):
        return False  # no patient slot ("prisoners rioted in Dili"), or the victims are an actor
    places = {m.start for c in verb.children if c.dep_ == "prep" and c.lower_ in _PLACE_PREPS
              for p in c.children if p.dep_ == "pobj" and not _is_instrument(p, lex)
              for t in p.subtree for m in idx.on(t)}
    return bool(recipient_starts) and recipient_starts <= places
