"""RSS and Atom feeds: items with inline content become documents; the others point to their linked page.

An item without content is resolved when its linked page is in the same input (an HTML file or WARC record
whose URL matches); ``FeedLinks`` is the explicit object that remembers those pending links for one run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, BinaryIO

import feedparser

from ..config import IngestSettings
from ..errors import InputError, Reason
from ..model import Discard, Origin, RawDocument
from .html import fragment_text
from .limits import read_limited

__all__ = ["MIN_SUMMARY_CHARS", "FeedLinks", "PendingItem", "iter_feed", "looks_like_feed"]

Item = RawDocument | Discard
_FEED_ROOTS = (b"<rss", b"<feed", b"<rdf:rdf", b"<rdf")
# Many feeds carry the whole story in <description>; below this length a summary is a teaser, not an article.
MIN_SUMMARY_CHARS = 400


def looks_like_feed(head: bytes) -> bool:
    lowered = head[:2048].lower()
    return any(root in lowered for root in _FEED_ROOTS)


@dataclass(frozen=True, slots=True)
class PendingItem:
    """A feed item waiting for its linked page."""

    url: str
    origin: Origin
    title: str | None
    publish_date: date | None
    doc_id: str | None = None
    summary: str | None = None  # the item's own text, used when the page never comes


def _url_key(url: str) -> bytes:
    # Fragment and trailing slash do not change the page; a short digest keeps the seen-set small.
    bare = url.split("#", 1)[0].rstrip("/").lower()
    return hashlib.blake2b(bare.encode("utf-8"), digest_size=8).digest()


@dataclass(slots=True)
class FeedLinks:
    """Pending feed links and the URLs of recent pages, for one ``iter_documents`` run.

    Folders and zips are read feeds first, so a page normally comes after the item that links to it; the
    seen-set only catches pages that came earlier and is capped (oldest forgotten first) so that a crawl of
    millions of pages stays in bounded memory.
    """

    pending: dict[bytes, PendingItem] = field(default_factory=dict)
    seen: dict[bytes, None] = field(default_factory=dict)  # insertion-ordered set
    max_seen: int = 200_000

    def want(self, item: PendingItem) -> bool:
        """Register an item; False when its page already went by (nothing more to do)."""
        key = _url_key(item.url)
        if key in self.seen:
            return False
        self.pending[key] = item
        return True

    def resolve(self, doc: RawDocument) -> RawDocument:
        """A page that a feed item points to inherits the item's title and date when it lacks them."""
        if not doc.url:
            return doc
        key = _url_key(doc.url)
        self._remember(key)
        item = self.pending.pop(key, None)
        if item is None:
            return doc
        return replace(doc, title=doc.title or item.title, publish_date=doc.publish_date or item.publish_date,
                       metadata={**doc.metadata, "feed": item.origin.describe()})

    def _remember(self, key: bytes) -> None:
        self.seen[key] = None
        if len(self.seen) > self.max_seen:
            del self.seen[next(iter(self.seen))]

    def unresolved(self) -> Iterator[Item]:
        """Items whose page never came: their summary when it is article-length, else a Discard."""
        for item in self.pending.values():
            if item.summary and len(item.summary) >= MIN_SUMMARY_CHARS:
                yield RawDocument(text=item.summary, origin=item.origin, doc_id=item.doc_id, title=item.title,
                                  url=item.url, publish_date=item.publish_date, fmt="rss",
                                  metadata={"feed_text": "summary"})
            else:
                yield Discard(item.origin, Reason.NO_TEXT,
                              f"feed item has no inline content and its page {item.url} is not in the input")
        self.pending.clear()


def iter_feed(stream: BinaryIO, origin: Origin, settings: IngestSettings, links: FeedLinks) -> Iterator[Item]:
    data = read_limited(stream, settings.max_document_bytes, what="feed")
    parsed = feedparser.parse(data, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries", [])
    broken = bool(parsed.get("bozo")) and not isinstance(parsed.get("bozo_exception"),
                                                        feedparser.CharacterEncodingOverride)
    if broken and not entries:
        raise InputError(f"feed XML is broken: {parsed.get('bozo_exception')}", reason=Reason.MALFORMED)
    if not entries:
        kind = Reason.NO_TEXT if looks_like_feed(data) else Reason.UNKNOWN_FORMAT
        raise InputError("feed has no items" if kind == Reason.NO_TEXT else "XML file is not an RSS or Atom feed",
                         reason=kind)
    for index, entry in enumerate(entries):
        item = _entry_item(entry, Origin(origin.source, origin.member, index), links)
        if item is not None:
            yield item
    if broken:
        yield Discard(origin, Reason.MALFORMED,
                      f"feed XML is broken after {len(entries)} items: {parsed.get('bozo_exception')}")


def _entry_item(entry: Any, origin: Origin, links: FeedLinks) -> Item | None:
    title = entry.get("title") or None
    published = _entry_date(entry)
    link = entry.get("link") or None
    content = _inline_content(entry, has_link=link is not None)
    if content:
        return RawDocument(text=content, origin=origin, doc_id=entry.get("id") or None, title=title,
                           url=link, publish_date=published, fmt="rss")
    if link is None:
        return Discard(origin, Reason.NO_TEXT, "feed item has neither content nor a link")
    summary = entry.get("summary", "")
    links.want(PendingItem(url=link, origin=origin, title=title, publish_date=published,
                           doc_id=entry.get("id") or None, summary=fragment_text(summary) if summary.strip() else None))
    return None


def _inline_content(entry: Any, *, has_link: bool) -> str | None:
    # A summary is usually a teaser: it stands in for the article only when there is no page to link to.
    blocks = [c.get("value", "") for c in entry.get("content", [])]
    if not any(b.strip() for b in blocks) and not has_link:
        blocks = [entry.get("summary", "")]
    text = "\n\n".join(fragment_text(b) for b in blocks if b.strip())
    return text if text.strip() else None


def _entry_date(entry: Any) -> date | None:
    for key in ("published_parsed", "updated_parsed"):
        parts = entry.get(key)
        if parts:
            try:
                return date(parts[0], parts[1], parts[2])
            except (TypeError, ValueError):
                continue
    return None
