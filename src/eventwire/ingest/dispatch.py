"""One named byte stream to documents: pick the reader by extension (or by content for stdin), unpack archives.

Every reader runs inside ``guarded``: an ``InputError`` or a read failure ends that input with one Discard and
the stream of the whole batch goes on.
"""

from __future__ import annotations

import gzip
import zipfile
import zlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from ..config import IngestSettings
from ..errors import InputError, Reason
from ..model import Discard, Origin, RawDocument
from .decode import decode_text
from .feeds import FeedLinks, iter_feed, looks_like_feed
from .html import html_document
from .limits import LimitedReader, Readable, archive_budget, buffered, read_limited
from .records import iter_csv, iter_json, iter_jsonl
from .warc import iter_warc

__all__ = ["Context", "detect_format", "guarded", "read_stream", "sniff_format"]

Item = RawDocument | Discard

_SUFFIXES: tuple[tuple[str, str], ...] = (
    (".warc.gz", "warc"), (".warc", "warc"), (".arc.gz", "warc"),
    (".gz", "gzip"), (".zip", "zip"),
    (".txt", "text"), (".text", "text"), (".md", "text"),
    (".html", "html"), (".htm", "html"), (".xhtml", "html"),
    (".jsonl", "jsonl"), (".ndjson", "jsonl"), (".json", "json"),
    (".csv", "csv"), (".tsv", "tsv"),
    (".rss", "feed"), (".atom", "feed"), (".xml", "feed"),
)
# Archives inside archives are followed this deep (a.zip!b.tar.gz!...), no deeper.
_MAX_DEPTH = 3


@dataclass(frozen=True, slots=True)
class Context:
    settings: IngestSettings
    links: FeedLinks
    depth: int = 0

    def deeper(self) -> Context:
        return Context(self.settings, self.links, self.depth + 1)


def detect_format(name: str) -> str | None:
    lowered = name.lower()
    return next((fmt for suffix, fmt in _SUFFIXES if lowered.endswith(suffix)), None)


def sniff_format(head: bytes) -> str:
    """Guess a format from the first bytes (for stdin and extension-less archive members)."""
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if head.startswith(b"\x1f\x8b"):
        return "gzip"
    if head.startswith(b"PK\x03\x04"):
        return "zip"
    if stripped.startswith(b"WARC/"):
        return "warc"
    if stripped.startswith(b"<"):
        return "feed" if looks_like_feed(stripped) else "html"
    if stripped.startswith(b"{"):
        return "jsonl"
    if stripped.startswith(b"["):
        return "json"
    return "text"


def guarded(items: Iterator[Item], origin: Origin) -> Iterator[Item]:
    """Turn a failure inside one input into a Discard for it; the items before the failure stay yielded."""
    try:
        yield from items
    except InputError as exc:
        yield Discard(origin, exc.reason, exc.message)
    except (EOFError, zlib.error, gzip.BadGzipFile, zipfile.BadZipFile) as exc:
        yield Discard(origin, Reason.MALFORMED, f"truncated or corrupt compressed data: {exc or type(exc).__name__}")
    except UnicodeDecodeError as exc:
        yield Discard(origin, Reason.ENCODING, f"invalid UTF-8 at byte {exc.start}")
    except OSError as exc:
        yield Discard(origin, Reason.UNREADABLE, f"cannot read: {exc}")
    # Last resort at the stage boundary: a third-party parser (lxml, trafilatura, feedparser, warcio) failing
    # on an input it cannot handle must cost that input, not the batch.
    except (ValueError, TypeError, LookupError, RecursionError) as exc:
        yield Discard(origin, Reason.PROCESSING, f"reader failed: {type(exc).__name__}: {exc}")


def read_stream(stream: BinaryIO, name: str, origin: Origin, ctx: Context, *,
                size: int | None = None, fmt: str | None = None) -> Iterator[Item]:
    """Documents from one stream; ``size`` is its on-disk (compressed) size when known."""
    fmt = fmt or detect_format(name)
    if fmt is None:
        yield Discard(origin, Reason.UNKNOWN_FORMAT, f"unknown file type {name!r}")
        return
    yield from guarded(_read(stream, name, origin, ctx, fmt, size), origin)


def _read(stream: BinaryIO, name: str, origin: Origin, ctx: Context, fmt: str,
          size: int | None) -> Iterator[Item]:
    settings = ctx.settings
    if fmt in ("gzip", "zip") and ctx.depth >= _MAX_DEPTH:
        raise InputError(f"archive nested deeper than {_MAX_DEPTH} levels", reason=Reason.ARCHIVE_LIMIT)
    readers: dict[str, Callable[[], Iterator[Item]]] = {
        "text": lambda: iter([_text_document(stream, origin, settings)]),
        "html": lambda: iter([html_document(read_limited(stream, settings.max_document_bytes), origin)]),
        "jsonl": lambda: iter_jsonl(stream, origin, settings),
        "json": lambda: iter_json(stream, origin, settings),
        "csv": lambda: iter_csv(stream, origin, settings),
        "tsv": lambda: iter_csv(stream, origin, settings, delimiter="\t"),
        "feed": lambda: iter_feed(stream, origin, settings, ctx.links),
        # warcio decompresses .warc.gz record by record; each payload read is bounded by max_document_bytes.
        "warc": lambda: iter_warc(stream, origin, settings),
        "gzip": lambda: _read_gzip(stream, name, origin, ctx, size),
        "zip": lambda: _read_zip(stream, origin, ctx),
    }
    yield from readers[fmt]()


def _text_document(stream: BinaryIO, origin: Origin, settings: IngestSettings) -> RawDocument:
    text = decode_text(read_limited(stream, settings.max_document_bytes))
    return RawDocument(text=text, origin=origin, fmt="text")


def _guard_stream(stream: Readable, size: int | None, settings: IngestSettings, label: str) -> BinaryIO:
    budget = archive_budget(size, max_bytes=settings.max_archive_bytes, max_ratio=settings.max_archive_ratio)
    return buffered(LimitedReader(stream, budget, label=label))


def _read_gzip(stream: BinaryIO, name: str, origin: Origin, ctx: Context, size: int | None) -> Iterator[Item]:
    inner_name = name[:-3] if name.lower().endswith(".gz") else name
    unpacked = _guard_stream(gzip.GzipFile(fileobj=stream, mode="rb"), size, ctx.settings, name)
    fmt = detect_format(inner_name) or sniff_format(unpacked.peek(4096)[:4096])  # type: ignore[attr-defined]
    yield from _read(unpacked, inner_name, origin, ctx.deeper(), fmt, None)


def _read_zip(stream: BinaryIO, origin: Origin, ctx: Context) -> Iterator[Item]:
    try:
        archive = zipfile.ZipFile(stream)
    except (zipfile.BadZipFile, ValueError) as exc:
        raise InputError(f"not a readable zip archive: {exc}", reason=Reason.MALFORMED) from exc
    with archive:
        # zipfile never unpacks more than a member's declared size, so the declared sizes bound the total.
        unpacked = 0
        for info in sorted(archive.infolist(), key=lambda i: (detect_format(i.filename) != "feed", i.filename)):
            if info.is_dir():
                continue
            member = f"{origin.member}!{info.filename}" if origin.member else info.filename
            unpacked += info.file_size
            if unpacked > ctx.settings.max_archive_bytes:
                yield Discard(Origin(origin.source, member), Reason.ARCHIVE_LIMIT,
                              f"archive unpacks to more than max_archive_bytes ({ctx.settings.max_archive_bytes:,});"
                              " this and later members skipped")
                return
            yield from _zip_member(archive, info, Origin(origin.source, member), ctx)


def _zip_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, origin: Origin, ctx: Context) -> Iterator[Item]:
    settings = ctx.settings
    if (info.external_attr >> 16) & 0o170000 == 0o120000:
        yield Discard(origin, Reason.SYMLINK, "symbolic link inside a zip archive is not followed")
        return
    budget = archive_budget(info.compress_size, max_bytes=settings.max_archive_bytes,
                            max_ratio=settings.max_archive_ratio)
    if info.file_size > budget:
        yield Discard(origin, Reason.ARCHIVE_LIMIT,
                      f"member declares {info.file_size:,} bytes from {info.compress_size:,} (possible zip bomb)")
        return
    try:
        raw = archive.open(info)
    except (zipfile.BadZipFile, NotImplementedError, RuntimeError) as exc:
        yield Discard(origin, Reason.MALFORMED, f"cannot open zip member: {exc}")
        return
    with raw:
        guarded_stream = buffered(LimitedReader(raw, budget, label=info.filename))
        yield from read_stream(guarded_stream, info.filename, origin, ctx.deeper(), size=info.compress_size)
