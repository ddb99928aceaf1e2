"""Property tests for prepare(): never changes the text, spans stay inside it and masking keeps offsets."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.clean import prepare
from eventwire.config import Settings
from eventwire.errors import InputError, Reason
from eventwire.model import Origin, RawDocument, content_id

LINES = st.sampled_from([
    "Adjust Comment Print", "Advertisement", "Follow us on Twitter", "By Jane Roe", "",
    "Ministers agreed on Tuesday to reopen the corridor.", "Talks resumed in Ankara after a pause.",
    "Grain Deal Reached", "Subscribe to our newsletter", "  indented line  ", "Officials said more was needed.",
])


@settings(max_examples=80, deadline=None)
@given(lines=st.lists(LINES, min_size=1, max_size=15), crlf=st.booleans())
def test_prepare_invariants(lines: list[str], crlf: bool) -> None:
    text = ("\r\n" if crlf else "\n").join(lines)
    try:
        article = prepare(RawDocument(text=text, origin=Origin("p")), settings=Settings())
    except InputError as exc:
        assert exc.reason in (Reason.NO_TEXT, Reason.LANGUAGE)
        return
    assert article.text == text and article.id == content_id(text)
    masked = article.masked_text
    assert len(masked) == len(text)
    assert [i for i, c in enumerate(masked) if c == "\n"] == [i for i, c in enumerate(text) if c == "\n"]
    previous_end = -1
    for span in article.boilerplate:
        assert 0 <= span.start < span.end <= len(text) and span.start >= previous_end
        assert "\n" not in text[span.start:span.end]
        previous_end = span.end
    if article.title_span is not None:
        assert text[article.title_span.start:article.title_span.end].strip() != ""


@settings(max_examples=80, deadline=None)
@given(text=st.text(max_size=400), title=st.one_of(st.none(), st.text(max_size=40)))
def test_prepare_never_fails_uncoded(text: str, title: str | None) -> None:
    try:
        article = prepare(RawDocument(text=text, origin=Origin("p"), title=title), settings=Settings())
    except InputError as exc:
        assert exc.reason in (Reason.NO_TEXT, Reason.LANGUAGE)
        return
    assert len(article.masked_text) == len(text)
