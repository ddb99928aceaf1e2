"""HTML pages to documents: trafilatura's main-text extraction (comments excluded) plus page metadata."""

from __future__ import annotations

import trafilatura
from lxml import html as lxml_html
from lxml.etree import ParserError
from trafilatura.settings import set_date_params

from ..errors import InputError, Reason
from ..model import Origin, RawDocument
from .dates import parse_date
from .decode import check_not_empty, looks_binary

__all__ = ["extract_text", "fragment_text", "html_document"]

_META_KEYS = ("author", "sitename", "hostname", "description")



def extract_text(page: str | bytes) -> str | None:
    """The article body, exactly as the extraction benchmark calls trafilatura (comments excluded)."""
    return trafilatura.extract(page, include_comments=False)


# Dates come only from the page's markup (meta tags, JSON-LD, <time>, URL): htmldate's extensive search
# also reads free text and turns a "Copyright 2019" footer into a 2019-01-01 publication date.
def html_document(data: bytes, origin: Origin, *, url: str | None = None, fmt: str = "html") -> RawDocument:
    """One page to a RawDocument; raises InputError when the page is empty, binary or has no body text."""
    check_not_empty(data)
    if looks_binary(data):
        raise InputError("the page is binary, not HTML", reason=Reason.BINARY)
    doc = trafilatura.bare_extraction(data, url=url, include_comments=False, with_metadata=True,
                                      date_extraction_params=set_date_params(extensive=False))
    text = getattr(doc, "text", None)
    if doc is None or not text or not text.strip():
        raise InputError("the HTML page has no extractable body text", reason=Reason.NO_TEXT)
    metadata = {key: str(v) for key in _META_KEYS if (v := getattr(doc, key, None))}
    return RawDocument(
        text=text,
        origin=origin,
        title=getattr(doc, "title", None) or None,
        url=url or getattr(doc, "url", None) or None,
        publish_date=parse_date(getattr(doc, "date", None)),
        fmt=fmt,
        metadata=metadata,
    )


def fragment_text(fragment: str) -> str:
    """Text of an HTML fragment (a feed item's content): trafilatura first, plain element text as fallback."""
    text = trafilatura.extract(f"<html><body>{fragment}</body></html>", include_comments=False)
    if text:
        return text
    try:
        root = lxml_html.fragment_fromstring(fragment, create_parent="div")
    except (ParserError, ValueError):
        return fragment.strip()
    return "\n\n".join(t.strip() for t in root.itertext() if t.strip())
