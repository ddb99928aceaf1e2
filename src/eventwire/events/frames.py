"""Frames that make an event of a whole construction rather than of one trigger word.

- readiness: "X is ready / willing / prepared to Y" states an intention: AGREE, or THREATEN when Y is a
  conflictual act ("prepared to impose martial law");
- deontic demands in reported speech: "A said B must Y" is A's demand on B (REQUEST), whatever Y is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon, quad_class
from .triggers import Trigger, light_code, verb_code

__all__ = ["complement_is_conflict", "frame_triggers"]

_INTENT_CODE, _THREAT_CODE, _DEMAND_CODE, _APPEAL_CODE = "030", "130", "100", "020"


def complement_is_conflict(head: Token, lex: Lexicon) -> bool | None:
    """Whether the verb complement of ``head`` is a conflictual act (None: no coded complement)."""
    comp = _complement(head)
    if comp is None:
        return None
    code = light_code(comp, lex) or verb_code(comp, lex)[0]
    info = lex.info(code) if code else None
    if info is None:
        return None
    # Only material conflict (and threats) make a commitment a threat: "vowed to fight".
    return (quad_class(info.plover) or 0) == 4 or info.plover == "THREATEN"


def _complement(head: Token) -> Token | None:
    """The verb an intention is about: "ready to send", "committed to opening"."""
    for child in head.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            return child
        if child.dep_ == "advcl" and child.tag_ == "VB" and any(c.lower_ == "to" for c in child.children):
            return child  # "have sworn to fight" parsed as a purpose clause
        if child.dep_ == "prep" and child.lower_ == "to":
            verb = next((g for g in child.children if g.dep_ in ("pcomp", "pobj") and g.tag_ == "VBG"), None)
            if verb is not None:
                return verb
    return None


def _readiness(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in ("ADJ", "VERB") or tok.lemma_.lower() not in lex.words["intent_adjectives"]:
        return None
    if tok.pos_ == "VERB" and not any(c.dep_ in ("auxpass", "aux") for c in tok.children) and tok.dep_ != "acomp":
        return None
    comp = _complement(tok)
    if comp is None:
        return None
    code = _THREAT_CODE if complement_is_conflict(tok, lex) else _INTENT_CODE
    return Trigger(tok, tok.i, tok.i + 1, code, "intent", anchor=comp.i)


def _demander(clause: Token, lex: Lexicon) -> Token | None:
    """The verb whose subject makes the demand: a verb of speech, or the verb issuing a content noun
    ("issued a stern reminder to Iraq that it must cooperate")."""
    head = clause.head
    if clause.dep_ == "ccomp" and head.lemma_.lower() in lex.words["speech"]:
        return head
    if clause.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in lex.words["content_nouns"]:
        verb = head.head
        return verb if verb.pos_ == "VERB" and head.dep_ in ("dobj", "nsubjpass") else None
    return None


def _opposed(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.pos_ not in ("ADJ", "VERB") or tok.lower_ not in lex.words["adjectives_opposed"]:
        return None
    # "is opposed to": a predicate adjective, or a participle with its copula (any clause, "said it is opposed").
    predicate = tok.dep_ in ("acomp", "ROOT") or any(c.dep_ == "auxpass" for c in tok.children)
    if not predicate or not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children):
        return None
    return Trigger(tok, tok.i, tok.i + 1, "120", "pattern")


def _deontic(tok: Token, lex: Lexicon) -> Trigger | None:
    speaker = _demander(tok, lex)
    if speaker is None:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.words["deontic"] for c in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return Trigger(speaker, speaker.i, speaker.i + 1, _DEMAND_CODE, "deontic", anchor=tok.i)


def _wants_other(tok: Token, lex: Lexicon) -> Trigger | None:
    """"Obama wants Putin to attack": wanting another actor to act is a request of it (CAMEO 02, appeal)."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in lex.words["request_wants"]:
        return None
    own = {c.i for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")}
    for comp in tok.children:
        if comp.dep_ not in ("ccomp", "xcomp") or any(c.dep_ == "mark" for c in comp.children):
            continue
        subj = next((c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in own), None)
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None) if comp.dep_ == "xcomp" else None
        addressee = subj if subj is not None else obj
        if addressee is not None and addressee.pos_ in ("PROPN", "NOUN", "PRON"):
            return Trigger(tok, tok.i, tok.i + 1, _APPEAL_CODE, "deontic", anchor=comp.i)
    return None


def frame_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in sent:
        trig = _readiness(tok, lex) or _deontic(tok, lex) or _wants_other(tok, lex) or _opposed(tok, lex)
        if trig is not None:
            found.append(trig)
    return found
