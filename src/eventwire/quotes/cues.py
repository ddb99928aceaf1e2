"""Speech cues ("said", "told", "according to") and the subject that says the words.

The cue lists (reporting verbs) are data: ``data/quotes/cues.toml``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib import resources

from spacy.tokens import Doc, Token

__all__ = ["CUE_LEMMAS", "INDIRECT_LEMMAS", "Cue", "find_cues", "subject_of"]

# Verbs that introduce someone's words (direct or reported), and the narrower set whose clausal complement is
# the speaker's reported words ("X said that ..."): data/quotes/cues.toml.
_LEXICON = tomllib.loads(resources.files("eventwire").joinpath("data", "quotes", "cues.toml").read_text("utf-8"))
CUE_LEMMAS = frozenset(_LEXICON["cue"])
INDIRECT_LEMMAS = frozenset(_LEXICON["indirect"])
_SUBJECTS = ("nsubj", "nsubjpass")


@dataclass(frozen=True, slots=True)
class Cue:
    """A cue token and, when the grammar gives one, the head token of who speaks."""

    token: Token
    subject: Token | None


def _according_to(token: Token) -> Token | None:
    """"according to X": the cue is "according", the source is the object of "to"."""
    if token.lower_ != "according" or token.i + 1 >= len(token.doc) or token.nbor(1).lower_ != "to":
        return None
    to = token.nbor(1)
    return next((c for c in to.children if c.dep_ == "pobj"), None)


# Links a participle or coordinated cue inherits its subject through ("Pence released a statement
# saying ...", "... and added", "using an expletive and telling the US ...").
_INHERIT = frozenset({"conj", "advcl", "xcomp", "ccomp", "acl", "pcomp", "pobj", "prep", "dobj"})
_INVERTED = frozenset({"dobj", "attr", "npadvmod", "appos", "oprd"})


def _inverted_subject(verb: Token) -> Token | None:
    """'"...," responded campaign chairman John Podesta': the parser may not call the name a subject."""
    return next((c for c in verb.rights if c.dep_ in _INVERTED and c.pos_ == "PROPN"), None)


def subject_of(verb: Token) -> Token | None:
    """The verb's subject, inherited through coordination, participles and clauses that lack one."""
    token = verb
    for _ in range(6):
        subject = next((c for c in token.children if c.dep_ in _SUBJECTS), None)
        if subject is not None:
            return subject
        if token is verb and (inverted := _inverted_subject(verb)) is not None:
            return inverted
        if token.dep_ not in _INHERIT or token.head is token:
            return None
        token = token.head
    return None


def find_cues(doc: Doc) -> list[Cue]:
    """Every cue of the document with its subject (or ``None``)."""
    cues = []
    for token in doc:
        source = _according_to(token)
        if source is not None:
            cues.append(Cue(token, source))
        elif token.lemma_.lower() in CUE_LEMMAS and token.pos_ == "VERB":
            cues.append(Cue(token, subject_of(token)))
    return cues
