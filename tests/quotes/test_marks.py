"""Quotation-mark pairing on plain strings."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.quotes import find_segments


def _texts(text: str) -> list[str]:
    return [text[s.start:s.end] for s in find_segments(text)]


def test_straight_and_curly_double_quotes() -> None:
    text = 'He said "we will win" and she said “we will not”.'
    assert _texts(text) == ["we will win", "we will not"]


def test_quote_over_two_paragraphs_is_chained() -> None:
    text = 'She said: "The first part goes on.\n\n"And the second ends here," she added.'
    first, second = find_segments(text)
    assert text[first.start:first.end] == "The first part goes on."
    assert first.continues and second.continued
    assert text[second.start:second.end] == "And the second ends here,"


def test_single_quotes_are_not_apostrophes() -> None:
    text = "Trump says ‘I will win’ but voters’ minds don’t change, 'it is over' they said."
    assert _texts(text) == ["I will win", "it is over"]


def test_unbalanced_mark_does_not_swallow_the_next_paragraph() -> None:
    text = 'A stray " mark here.\n\nA normal paragraph.'
    assert _texts(text) == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .,:\n\"“”‘’'")), max_size=60))
def test_segments_stay_inside_the_text(text: str) -> None:
    previous_end = -1
    for seg in find_segments(text):
        assert 0 <= seg.start <= seg.end <= len(text)
        assert seg.start > previous_end or seg.start >= previous_end  # ordered
        previous_end = seg.start
