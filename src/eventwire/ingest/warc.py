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
# Blank lines after the last record are not a record.
_TRAILER = 8


class _QuietArchiveIterator(ArchiveIterator):  # type: ignore[misc]
    """warcio writes a warning to stderr when a record is not followed by a blank line (a wrong
    Content-Length); library code must not print, so the message is empty and ``err_count`` reports it."""

    INC_RECORD = ""


class _Counting:
    """Counts the bytes warcio pulls from the file, to spot a file that ends inside a record's headers."""

    def __init__(self, inner: BinaryIO) -> None:
        self._inner = inner
        self.count = 0

    def read(self, size: int = -1) -> bytes:
        data = self._inner.read(size)
        self.count += len(data)
        return data


def iter_warc(stream: BinaryIO, origin: Origin, settings: IngestSettings) -> Iterator[Item]:
    """Yield one item per HTML response record; other records (requests, metadata, images) are skipped."""
    counted = _Counting(stream)
    records = _QuietArchiveIterator(counted, check_digests=False)
    offset = end = 0
    warned = False
    try:
        for record in records:
            # warcio knows a record's offset only once its payload has been read.
            html = _is_html_response(record)
            payload = record.content_stream().read(settings.max_document_bytes + 1) if html else b""
            offset = records.get_record_offset()
            end = offset + records.get_record_length()
            where = Origin(origin.source, origin.member, offset)
            if _truncated(record):
                yield Discard(where, Reason.MALFORMED, "WARC record is truncated (file ends inside it)")
                return
            if html:
                yield _record_item(record, payload, where, settings)
            if records.err_count and not warned:
                warned = True
                yield Discard(where, Reason.MALFORMED, "WARC record length does not match its Content-Length; "
                              "later records may be misread")
    # warcio raises AttributeError on some garbled headers (a record without a target URI).
    except (ArchiveLoadFailed, EOFError, zlib.error, ValueError, AttributeError) as exc:
        where = Origin(origin.source, origin.member, offset)
        yield Discard(where, Reason.MALFORMED, f"WARC is malformed or truncated after offset {offset}: {exc}")
        return
    yield from _check_ending(counted.count, end, origin)


def _check_ending(consumed: int, end: int, origin: Origin) -> Iterator[Discard]:
    """warcio stops quietly when the file ends inside a record's headers: compare what it read with the
    end of the last complete record."""
    if end == 0:
        reason = Reason.EMPTY if consumed == 0 else Reason.MALFORMED
        yield Discard(origin, reason, "no WARC record in the file")
    elif consumed > end + _TRAILER:
        yield Discard(Origin(origin.source, origin.member, end), Reason.MALFORMED,
                      f"WARC ends with {consumed - end} bytes that are not a complete record (truncated?)")


def _truncated(record: Any) -> bool:
    # After warcio has read a record to its end, its length-limited reader has bytes left only when the
    # file stopped before Content-Length was reached. A record without Content-Length (required by the
    # WARC spec) is one whose header block was cut short.
    return record.length is None or int(getattr(record.raw_stream, "limit", 0) or 0) > 0


def _is_html_response(record: Any) -> bool:
    """An HTTP response with HTML, or a resource record (no HTTP layer) whose WARC Content-Type is HTML."""
    if record.rec_type == "resource":
        content_type = record.rec_headers.get_header("Content-Type") or ""
    elif record.rec_type == "response" and record.http_headers is not None:
        # Redirects and error pages are not articles.
        if not str(record.http_headers.get_statuscode() or "").startswith("2"):
            return False
        content_type = record.http_headers.get_header("Content-Type") or ""
    else:
        return False
    return any(kind in content_type.lower() for kind in _HTML_TYPES)


def _record_item(record: Any, payload: bytes, origin: Origin, settings: IngestSettings) -> Item:
    url = record.rec_headers.get_header("WARC-Target-URI")
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
