"""WARC and WARC.gz (including the Common Crawl News layout): HTTP responses carrying HTML, record by record."""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from dataclasses import replace
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from ..config import IngestSettings
from ..errors import InputError, Reason
from ..model import Discard, Origin, RawDocument
from .html import html_document

__all__ = ["iter_warc"]

Item = RawDocument | Discard
_HTML_TYPES = ("text/html", "application/xhtml")


def iter_warc(stream: BinaryIO, origin: Origin, settings: IngestSettings) -> Iterator[Item]:
    """Yield one item per HTML response record; other records (requests, metadata, images) are skipped."""
    records = ArchiveIterator(stream, check_digests=False)
    offset = 0
    try:
        for record in records:
            offset = records.get_record_offset()
            if _is_html_response(record):
                yield _record_item(record, Origin(origin.source, origin.member, offset), settings)
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError) as exc:
        where = Origin(origin.source, origin.member, offset)
        yield Discard(where, Reason.MALFORMED, f"WARC is malformed or truncated after offset {offset}: {exc}")


def _is_html_response(record: Any) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    content_type = (record.http_headers.get_header("Content-Type") or "").lower()
    return any(kind in content_type for kind in _HTML_TYPES)


def _record_item(record: Any, origin: Origin, settings: IngestSettings) -> Item:
    url = record.rec_headers.get_header("WARC-Target-URI")
    payload = record.content_stream().read(settings.max_document_bytes + 1)
    if len(payload) > settings.max_document_bytes:
        return Discard(origin, Reason.TOO_LARGE, f"WARC record {url} is larger than max_document_bytes")
    try:
        doc = html_document(payload, origin, url=url, fmt="warc")
    except InputError as exc:
        return Discard(origin, exc.reason, f"{url}: {exc.message}")
    crawl = record.rec_headers.get_header("WARC-Date")
    return doc if not crawl else _with_meta(doc, crawl_date=crawl)


def _with_meta(doc: RawDocument, **extra: str) -> RawDocument:
    return replace(doc, metadata={**doc.metadata, **extra})
