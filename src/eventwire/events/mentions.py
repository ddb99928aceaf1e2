"""Token-level views of the actors stage's mentions and the time stage's expressions for one document."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import ActorMention, Timex

__all__ = ["DocIndex", "FIRST_PERSON", "clause_tokens"]

# Dependency labels that stay inside a noun phrase's core (the head's name, title and modifiers).
_CORE = frozenset({"compound", "flat", "nmod", "appos", "amod", "det", "nn", "npadvmod", "nummod", "poss"})
_CONJ_STOP = frozenset({"prep", "relcl", "acl", "advcl", "ccomp", "xcomp", "punct", "cc"})
_GROUP_PREPS = frozenset({"of", "from", "in", "throughout", "across"})
FIRST_PERSON = frozenset({"we", "i", "us", "our", "me", "my", "ours", "let", "'s"})


@dataclass(frozen=True, slots=True)
class DocIndex:
    """Mentions and timexes per token index (an explicit per-document object, built once per ``code``)."""

    by_token: dict[int, tuple[ActorMention, ...]]
    timex_by_token: dict[int, Timex]
    uncoded: dict[int, tuple[ActorMention, ...]]  # mentions the actors stage could not code ("officials")

    @classmethod
    def build(cls, doc: Doc, entities: Sequence[ActorMention], timexes: Sequence[Timex]) -> DocIndex:
        by_token: dict[int, list[ActorMention]] = {}
        uncoded: dict[int, list[ActorMention]] = {}
        for mention in entities:
            target = by_token if mention.code else uncoded
            for i in _token_range(doc, mention.start, mention.end):
                target.setdefault(i, []).append(mention)
        timex_by_token: dict[int, Timex] = {}
        for timex in timexes:
            for i in _token_range(doc, timex.start, timex.end):
                timex_by_token.setdefault(i, timex)
        return cls({k: tuple(v) for k, v in by_token.items()}, timex_by_token,
                   {k: tuple(v) for k, v in uncoded.items()})

    def on(self, token: Token) -> tuple[ActorMention, ...]:
        return self.by_token.get(token.i, ())

    def phrase(self, head: Token, *, uncoded: bool = False) -> list[ActorMention]:
        """Mentions naming the noun phrase headed by ``head`` and by each of its conjuncts; with ``uncoded``,
        an uncoded mention of the head itself when nothing coded names the phrase (an actor of unknown code
        still makes the event: "foreign ministers agreed ...")."""
        found: list[ActorMention] = []
        for member in [head, *head.conjuncts]:
            found.extend(self._core(member))
        if not found and uncoded:
            found = [m for member in [head, *head.conjuncts] for t in [member, *_core_tokens(member, _CORE)]
                     for m in self.uncoded.get(t.i, ())]
            # "Leaders of the opposition coalition": the group the head belongs to.
            found = found or [m for c in head.children if c.dep_ == "prep" and c.lower_ in _GROUP_PREPS
                              for p in c.children if p.dep_ == "pobj"
                              for t in [p, *_core_tokens(p, _CORE)] for m in self.uncoded.get(t.i, ())]
        return _unique(found)

    def _core(self, head: Token) -> list[ActorMention]:
        direct = list(self.on(head))
        if direct:
            # "French and Egyptian warships": conjoined modifiers name further members.
            extra = [m for c in head.children if c.dep_ in ("amod", "compound", "nmod")
                     for t in (c, *c.conjuncts) for m in self.on(t) if m not in direct]
            return direct + extra
        inner = [m for t in _with_conjuncts(_core_tokens(head, _CORE)) for m in self.on(t)]
        # "his Greek counterpart", "their Afghan allies": the modifier says who the noun is; the possessor
        # only whose it is.
        owned = {t.i for c in head.children if c.dep_ == "poss" for t in c.subtree}
        named = [m for t in _with_conjuncts(_core_tokens(head, _CORE)) if t.i not in owned for m in self.on(t)]
        if named:
            return named
        if inner:
            return inner
        # "Japan's position": the possessor stands for the phrase when the head names no actor.
        owner = [m for c in head.children if c.dep_ == "poss" for t in c.subtree for m in self.on(t)]
        if owner:
            return owner
        # "thousands of Kurds", "rebels in the Ivory Coast", "activists from the Fatah party".
        return [m for c in head.children if c.dep_ == "prep" and c.lower_ in _GROUP_PREPS
                for p in c.children if p.dep_ == "pobj" for m in self._core(p)]


def _core_tokens(head: Token, deps: frozenset[str]) -> list[Token]:
    out: list[Token] = []
    stack = [c for c in head.children if c.dep_ in deps]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in deps)
    return out


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """Modifiers and their conjoined modifiers: "Italian and German vessels" names both states."""
    seen = {t.i for t in tokens}
    extra = [c for t in tokens if t.dep_ in ("amod", "compound", "nmod") for c in t.conjuncts if c.i not in seen]
    return tokens + sorted(set(extra), key=lambda t: t.i)


def _token_range(doc: Doc, start: int, end: int) -> range:
    span = doc.char_span(start, end, alignment_mode="expand")
    return range(span.start, span.end) if span is not None else range(0)


def _unique(mentions: list[ActorMention]) -> list[ActorMention]:
    seen: set[tuple[int, int, str | None]] = set()
    out: list[ActorMention] = []
    for m in mentions:
        key = (m.start, m.end, m.code)
        if key not in seen:
            seen.add(key)
            out.append(m)
    return out


def clause_tokens(head: Token, stop: frozenset[str]) -> list[Token]:
    """``head`` and its dependents, not descending into dependents whose relation is in ``stop`` (the
    clauses embedded in it)."""
    out = [head]
    stack = [c for c in head.children if c.dep_ not in stop]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ not in stop)
    return out
