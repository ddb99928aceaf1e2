"""Temporal expressions of a spaCy ``Doc``: find, read the clause's tense, normalise, keep the longest."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import cache

from spacy.tokens import Doc, Span, Token

from ..model import Timex
from ..nlp.components import doc_text
from .calendar import Tense
from .lexicon import load_lexicon
from .normalize import Context, Normalized, resolve
from .patterns import Candidate, Scanner

__all__ = ["Reading", "TimeTagger", "default_tagger", "extract_timexes", "normalize", "tense_of"]

_FUTURE_AUX = frozenset({"will", "shall", "'ll", "wo"})


@dataclass(frozen=True, slots=True)
class Reading:
    """A timex as the contract carries it, plus the TIMEX3 value used by the evaluators."""

    timex: Timex
    timex3: str | None


def _governing_verb(token: Token) -> Token | None:
    seen = 0
    while token.pos_ not in ("VERB", "AUX") and token.head is not token and seen < 12:
        token, seen = token.head, seen + 1
    return token if token.pos_ in ("VERB", "AUX") else None


def tense_of(span: Span) -> Tense | None:
    """Tense of the clause a span belongs to: future with will/shall or "going to", past with a past
    form or a perfect auxiliary, present otherwise; ``None`` without a verb (headlines, fragments)."""
    verb = _governing_verb(span.root)
    if verb is None:
        return None
    # "started in December and peaked by the end of the year": a bare coordinated verb shares the tense
    # of the first one (the tagger often reads such a "peaked" as a participle).
    while verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.tag_ != "VBD" and not any(
            c.dep_ in ("aux", "auxpass") for c in verb.children):
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")] + [verb]
    if any(a.lower_ in _FUTURE_AUX for a in auxes) or any(
        a.lower_ == "going" and a.nbor(1).lower_ == "to" for a in auxes if a.i + 1 < len(a.doc)
    ):
        return "future"
    if any(a.tag_ == "VBD" for a in auxes) or (verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes)):
        return "past"
    return "present"


def _is_count(doc: Doc, cand: Candidate) -> bool:
    """A bare four-digit number counting something plural ("2000 soldiers") is not a year."""
    if cand.rule != "year" or len(cand.groups) > 1:
        return False
    span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
    return span is not None and span.root.dep_ == "nummod" and span.root.head.tag_ in ("NNS", "NNPS")


def _select(readings: Iterable[Reading]) -> list[Reading]:
    ranked = sorted(readings, key=lambda r: (-(r.timex.end - r.timex.start), r.timex.start))
    kept: list[Reading] = []
    for r in ranked:
        if all(r.timex.end <= k.timex.start or r.timex.start >= k.timex.end for k in kept):
            kept.append(r)
    return sorted(kept, key=lambda r: r.timex.start)


@dataclass(frozen=True, slots=True)
class TimeTagger:
    """Compiled rules over the packaged lexicon; build once, reuse for every document."""

    scanner: Scanner

    def read_doc(self, doc: Doc, *, publish_date: date | None, durations: bool = False) -> list[Reading]:
        """Every temporal expression of ``doc``; durations ("for 70 years") only when asked for."""
        found = []
        for cand in self.scanner.candidates(doc_text(doc)):
            span = doc.char_span(cand.start, cand.end, alignment_mode="expand")
            if span is None or _is_count(doc, cand):
                continue
            ctx = Context(publish_date, tense_of(span), self.scanner.lexicon)
            norm = resolve(cand.rule, cand.groups, ctx)
            if norm is not None and (durations or norm.kind != "duration"):
                text = doc_text(doc)[cand.start:cand.end]
                timex = Timex(text, cand.start, cand.end, norm.value, norm.kind, norm.mod)
                found.append(Reading(timex, norm.timex3))
        return _select(found)

    def normalize(self, text: str, *, anchor: date | None, tense: Tense | None = None) -> Normalized | None:
        """The value of the longest temporal expression in ``text`` (``None`` when there is none)."""
        ctx = Context(anchor, tense, self.scanner.lexicon)
        best: tuple[int, Normalized] | None = None
        for cand in self.scanner.candidates(text):
            norm = resolve(cand.rule, cand.groups, ctx)
            if norm is not None and (best is None or cand.length > best[0]):
                best = (cand.length, norm)
        return best[1] if best else None


@cache  # the tagger is immutable: one per process instead of recompiling the rules per document
def default_tagger() -> TimeTagger:
    return TimeTagger(Scanner.build(load_lexicon()))


def extract_timexes(doc: Doc, *, publish_date: date | None, durations: bool = False) -> list[Timex]:
    """Temporal expressions of ``doc`` with values relative to ``publish_date`` (offsets into doc_text(doc))."""
    return [r.timex for r in default_tagger().read_doc(doc, publish_date=publish_date, durations=durations)]


def normalize(text: str, *, anchor: date | None, tense: Tense | None = None) -> Normalized | None:
    """Pure string form of the normaliser: ``normalize("two years ago", anchor=date(2018, 9, 13))``."""
    return default_tagger().normalize(text, anchor=anchor, tense=tense)
