"""``eventwire run``: ingest → clean → skip what is stored → code → mark near-duplicates → store, as a list of
steps over a stream.

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

from .config import DedupSettings, Settings
from .dedup import Deduped, NearDuplicateIndex, Signature
from .model import Article, Discard, Origin, RawDocument, Result
from .pipeline import Engine, code_stream, prepare_stream
from .store import Store

__all__ = ["RunReport", "SeenArticles", "analyze", "dedup_backlog", "mark_duplicates", "run"]

Progress = Callable[[Result | Discard | None], None]


@dataclass(slots=True)
class RunReport:
    run_id: str
    articles: int = 0
    skipped: int = 0
    events: int = 0
    duplicates: int = 0  # near-duplicate articles: stored, linked to their story, events marked duplicate
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


def mark_duplicates(items: Iterable[Result | Discard], *, index: NearDuplicateIndex | None, report: RunReport
                    ) -> Iterator[Result | Deduped | Discard]:
    """Step: sign each result and link it to the story it copies (the index also remembers it).

    Duplicates are coded like any article (their text may differ a little); the store marks their events."""
    for item in items:
        if index is None or not isinstance(item, Result):
            yield item
            continue
        signature = index.signature(item.article.text)
        dup = index.check(item.article.id, signature) if signature else None
        if signature:
            index.add(item.article.id, signature, root_id=dup.article_id if dup else None)
        report.duplicates += dup is not None
        yield Deduped(item, signature, dup)


def dedup_backlog(store: Store, *, settings: DedupSettings | None = None, page: int = 500) -> int:
    """Sign stored articles that have no signature yet (merged Dask parts, stores from before schema 2),
    earliest stored first, linking near-duplicates; returns the number of duplicates found."""
    index = NearDuplicateIndex(settings or DedupSettings(), lookup=store)
    found = 0
    while batch := store.unsigned_articles(limit=page):
        items = []
        for article_id, text in batch:
            stub = Result(Article(id=article_id, text=text, origin=Origin("store")))
            signature = index.signature(text)
            dup = index.check(article_id, signature) if signature else None
            if signature:
                index.add(article_id, signature, root_id=dup.article_id if dup else None)
            found += dup is not None
            items.append(Deduped(stub, signature or Signature(b"", ()), dup))
        store.record_duplicates(items)
        index.clear_pending()
    return found


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
    index = NearDuplicateIndex(settings.dedup, lookup=store) if settings.dedup.enabled else None
    pending: list[Result | Deduped | Discard] = []
    status = "failed"
    try:
        for item in mark_duplicates(code_stream(stream, engine=engine), index=index, report=report):
            _count(item, report)
            pending.append(item)
            if progress:
                progress(item.result if isinstance(item, Deduped) else item)
            if len(pending) >= write_every:
                store.write(pending, run_id=report.run_id)
                pending = []
                if index is not None:
                    index.clear_pending()  # the store now answers for them
        status = "done"
    finally:
        store.write(pending, run_id=report.run_id)
        store.finish_run(report.run_id, articles=report.articles, skipped=report.skipped, events=report.events,
                         discards=len(report.discards), status=status)
    return report


def _count(item: Result | Deduped | Discard, report: RunReport) -> None:
    if isinstance(item, Deduped):
        item = item.result
    if isinstance(item, Discard):
        report.discards.append(item)
    else:
        report.articles += 1
        report.events += sum(e.countable for e in item.events)
