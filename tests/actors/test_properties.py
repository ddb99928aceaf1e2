"""Property tests: on any text, hits and mentions are well-formed spans of that text."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.actors import ActorResolver, KnowledgeBase
from eventwire.actors.records import fold

WORDS = st.sampled_from(["Russian", "troops", "Putin", "Vladimir", "the", "pair", "he", "they", "Japan's", "US",
                         "us", "Prime", "Minister", "Lee", "and", "Beijing", "said", ",", ".", "East", "China",
                         "Sea", "al-Bashir", "Omar", "President", "Abe", "officials", "Hamas", "leader", "É", "İ"])
TEXTS = st.one_of(st.text(max_size=80), st.lists(WORDS, max_size=25).map(" ".join))


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_hits_are_sorted_disjoint_and_match_an_alias(kb: KnowledgeBase, text: str) -> None:
    hits = kb.find(text)
    for a, b in zip(hits, hits[1:], strict=False):
        assert a.end <= b.start
    for h in hits:
        assert 0 <= h.start < h.end <= len(text)
        assert all(fold(text[h.start:h.end]) == fold(a.text) for a in h.aliases)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_mentions_point_into_the_text(resolver: ActorResolver, text: str) -> None:
    for m in resolver.resolve_text(text, publish_date=date(2018, 9, 13)):
        assert text[m.start:m.end] == m.text
        assert m.type in {"PERSON", "STATE", "ORG", "GROUP", "AGENT", "PRONOUN", "DESCRIPTION"}
