"""Ingest: every input a user has (files, folders, archives, feeds, WARC, stdin) to ``RawDocument``s.

``iter_documents`` streams lazily in bounded memory; a bad input becomes a ``Discard`` with a reason code and
the stream goes on.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from ..config import IngestSettings
from ..model import Discard, RawDocument
from .dispatch import Context, detect_format, sniff_format
from .feeds import FeedLinks
from .html import extract_text
from .walk import STDIN, iter_path, iter_stdin

__all__ = ["detect_format", "extract_text", "iter_documents", "sniff_format"]


def iter_documents(paths: Iterable[str | Path], *,
                   settings: IngestSettings | None = None) -> Iterator[RawDocument | Discard]:
    """Yield a RawDocument or a Discard for everything found under ``paths`` ("-" reads standard input)."""
    ctx = Context(settings or IngestSettings(), FeedLinks())
    for path in paths:
        items = iter_stdin(ctx) if str(path) == STDIN else iter_path(Path(path), ctx)
        for item in items:
            yield ctx.links.resolve(item) if isinstance(item, RawDocument) else item
    yield from ctx.links.unresolved()
