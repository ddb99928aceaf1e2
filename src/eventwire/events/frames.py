"""Frames that make an event of a whole construction rather than of one trigger word.

- readiness: "X is ready / willing / prepared to Y" states an intention: AGREE, or THREATEN when Y is a
  conflictual act ("prepared to impose martial law");
- deontic demands in reported speech: "A said B must Y" is A's demand on B (REQUEST), whatever Y is.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .clauses import Trigger, verb_code
from .lexicon import Lexicon, quad_class

__all__ = ["complement_is_conflict", "frame_triggers"]

_INTENT_CODE, _THREAT_CODE, _DEMAND_CODE = "030", "130", "100"


def complement_is_conflict(head: Token, lex: Lexicon) -> bool | None:
    """Whether the verb complement of ``head`` is a conflictual act (None: no coded complement)."""
    for child in head.children:
        if child.dep_ in ("xcomp", "ccomp") and child.pos_ in ("VERB", "AUX"):
            code, _ = verb_code(child, lex)
            info = lex.info(code) if code else None
            if info is not None:
                # Only material conflict (and threats) make a commitment a threat: "vowed to fight".
                return (quad_class(info.plover) or 0) == 4 or info.plover == "THREATEN"
            return None
    return None


def _readiness(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.pos_ != "ADJ" or tok.lemma_.lower() not in lex.words["intent_adjectives"]:
        return None
    comp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if comp is None:
        return None
    code = _THREAT_CODE if complement_is_conflict(tok, lex) else _INTENT_CODE
    return Trigger(tok, tok.i, tok.i + 1, code, "intent", anchor=comp.i)


def _deontic(tok: Token, lex: Lexicon) -> Trigger | None:
    if tok.dep_ != "ccomp" or tok.head.lemma_.lower() not in lex.words["speech"]:
        return None
    if not any(c.dep_ == "aux" and c.lower_ in lex.words["deontic"] for c in tok.children):
        return None
    if not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    return Trigger(tok.head, tok.head.i, tok.head.i + 1, _DEMAND_CODE, "deontic", anchor=tok.i)


def frame_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in sent:
        trig = _readiness(tok, lex) or _deontic(tok, lex)
        if trig is not None:
            found.append(trig)
    return found
