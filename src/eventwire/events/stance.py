"""Refusals stated as an unchanged stance: "our position remains unchanged", "its stance has not shifted".

CAMEO 124 ("decline to yield"): a government's position, stance or policy that is said not to change.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from .lexicon import Lexicon
from .triggers import Trigger

__all__ = ["stance_triggers"]

_CODE = "124"


def _stance_noun(verb: Token, lex: Lexicon) -> Token | None:
    """The stance noun the predicate is about: its subject, or (misparsed clauses) a nearby governing noun."""
    nouns = lex.words["stance_nouns"]
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and child.lemma_.lower() in nouns:
            return child
    tok = verb
    for _ in range(3):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.lemma_.lower() in nouns and tok.pos_ == "NOUN":
            return tok
    return None


def _no_change(verb: Token, lex: Lexicon) -> bool:
    negated = any(c.dep_ == "neg" for c in verb.children)
    if verb.lemma_.lower() in lex.words["no_change_words"] and negated:
        return True  # "position has not changed"
    # "position remains unchanged / firm", "position is the same"
    return any(c.dep_ in ("acomp", "attr", "oprd", "xcomp") and c.lemma_.lower() in lex.words["no_change_words"]
               and c.lower_ != "change" for c in verb.children)


def stance_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    found: list[Trigger] = []
    for tok in sent:
        if tok.pos_ in ("VERB", "AUX") and _no_change(tok, lex):
            noun = _stance_noun(tok, lex)
            if noun is not None:
                found.append(Trigger(tok, tok.i, tok.i + 1, _CODE, "stance", anchor=noun.i))
    return found
