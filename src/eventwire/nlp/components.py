"""spaCy components registered by eventwire (one module registers every factory)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

__all__ = ["PARAGRAPH_BREAKS", "doc_text", "paragraph_breaks"]

PARAGRAPH_BREAKS = "eventwire_paragraphs"


def _is_break(text: str) -> bool:
    # A blank line (two newlines) ends a paragraph; scraped text also puts headlines and page chrome on
    # their own lines, so a single newline after text ends the sentence too.
    return "\n" in text


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, and make whitespace-only tokens not start one."""
    for i, token in enumerate(doc[:-1]):
        nxt = doc[i + 1]
        if nxt.is_space:
            # Whitespace stays with the sentence before it (as the parser attaches it), never opens one.
            nxt.is_sent_start = False
        elif token.is_space and _is_break(token.text) or _is_break(token.whitespace_):
            nxt.is_sent_start = True
    return doc


_TEXT_KEY = "eventwire.text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, computed once per Doc: spaCy rebuilds ``Doc.text`` from every token on each access,
    which made repeated look-ups the largest cost of the coding stages."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)
