"""``eventwire run``: ingest → clean → skip what is stored → code → store, as a list of steps over a stream.

Resumable: results are written in batches, one transaction each, and articles whose id (a content hash) is
already stored are skipped before the parser, so a rerun after a crash finishes the job without losing or
duplicating rows.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from .config import Settings
from .model import Article, Discard, RawDocument, Result
from .pipeline import Engine, code_stream, prepare_stream
from .store import Store

__all__ = ["RunReport", "SeenArticles", "analyze", "run"]

Progress = Callable[[Result | Discard | None], None]


@dataclass(slots=True)
class RunReport:
    run_id: str
    articles: int = 0
    skipped: int = 0
    events: int = 0
    discards: list[Discard] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """False when nothing at all could be processed (every input quarantined)."""
        return self.articles + self.skipped > 0 or not self.discards


@dataclass(slots=True)
class SeenArticles:
    """Explicit dedup memory for one run: ids stored before the run, plus ids seen in this run."""

    store: Store
    seen: set[str] = field(default_factory=set)

    def is_new(self, article_id: str) -> bool:
        if article_id in self.seen or self.store.has_article(article_id):
            return False
        self.seen.add(article_id)
        return True


def skip_known(items: Iterable[Article | Discard], *, seen: SeenArticles, report: RunReport,
               progress: Progress | None = None) -> Iterator[Article | Discard]:
    """Step: drop articles already in the store or earlier in this run (same content hash)."""
    for item in items:
        if isinstance(item, Article) and not seen.is_new(item.id):
            report.skipped += 1
            if progress:
                progress(None)
            continue
        yield item


def with_default_date(items: Iterable[RawDocument | Discard], default: date | None
                      ) -> Iterator[RawDocument | Discard]:
    """Step: give documents without a publication date the one the user named (``--date``)."""
    for item in items:
        if default and isinstance(item, RawDocument) and item.publish_date is None:
            item = dataclasses.replace(item, publish_date=default)
        yield item


def analyze(paths: Sequence[str | Path], *, settings: Settings | None = None, engine: Engine | None = None,
            default_date: date | None = None) -> Iterator[Result | Discard]:
    """Code every document under ``paths`` without a store: one Result or Discard per input document."""
    from .ingest import iter_documents

    settings = settings or (engine.settings if engine else Settings())
    engine = engine or Engine(settings)
    raws = with_default_date(iter_documents(paths, settings=settings.ingest), default_date)
    yield from code_stream(prepare_stream(raws, engine=engine), engine=engine)


def run(paths: Sequence[str | Path], *, store: Store, settings: Settings | None = None,
        engine: Engine | None = None, default_date: date | None = None, progress: Progress | None = None,
        write_every: int = 32) -> RunReport:
    """Process every input under ``paths`` into ``store``; returns the counts of the run."""
    from .ingest import iter_documents

    settings = settings or (engine.settings if engine else Settings())
    engine = engine or Engine(settings)
    report = RunReport(run_id=store.start_run([str(p) for p in paths]))
    stream: Iterable[object] = with_default_date(iter_documents(paths, settings=settings.ingest), default_date)
    stream = prepare_stream(stream, engine=engine)  # type: ignore[arg-type]
    stream = skip_known(stream, seen=SeenArticles(store), report=report, progress=progress)
    pending: list[Result | Discard] = []
    status = "failed"
    try:
        for item in code_stream(stream, engine=engine):
            _count(item, report)
            pending.append(item)
            if progress:
                progress(item)
            if len(pending) >= write_every:
                store.write(pending, run_id=report.run_id)
                pending = []
        status = "done"
    finally:
        store.write(pending, run_id=report.run_id)
        store.finish_run(report.run_id, articles=report.articles, skipped=report.skipped, events=report.events,
                         discards=len(report.discards), status=status)
    return report


def _count(item: Result | Discard, report: RunReport) -> None:
    if isinstance(item, Discard):
        report.discards.append(item)
    else:
        report.articles += 1
        report.events += sum(e.countable for e in item.events)
