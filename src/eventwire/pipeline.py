"""One function processes one document; ``run`` is a list of steps over a stream.

The CLI, the HTTP API and the Dask shard runner all call ``Engine.analyze`` (through ``process``), so a
document is coded the same way wherever it runs.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from datetime import date
from typing import TYPE_CHECKING

from .config import Settings
from .errors import EventwireError, Reason
from .model import Article, Discard, Event, Origin, RawDocument, Result

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = ["Engine", "code_stream", "prepare_stream", "process"]

# Quote marks and the common inflected reporting verbs (the quotes stage reads speakers off the parse).
_SPEECH = re.compile(r"[\"“”‘’]|\b(?:said|says|say|told|tells|added|adds|warned|according to|stated|declared)\b",
                     re.IGNORECASE)


class Engine:
    """Everything loaded once (spaCy pipeline, knowledge base, lexicons, gazetteer), then reused per document.

    Holds no per-document state: ``analyze`` is a pure function of the document and the loaded data.
    """

    def __init__(self, settings: Settings | None = None) -> None:
        from .actors import ActorResolver, KnowledgeBase
        from .events import EventCoder
        from .nlp import load_pipeline
        from .places import Gazetteer, PlaceResolver

        self.settings = settings or Settings()
        self.kb = KnowledgeBase.load(user_file=self.settings.actors_user_file or None)
        self.resolver = ActorResolver(self.kb)
        self.coder = EventCoder.load()
        self.places = PlaceResolver(Gazetteer.load())
        candidate = self.needs_parse if self.settings.prefilter else None
        self.nlp: Language = load_pipeline(self.settings.model, candidate=candidate)

    def needs_parse(self, sentence: str) -> bool:
        """Prefilter before the parser: an event candidate, or a sentence whose speaker the quotes stage
        finds through the parse (a quote mark or a reporting verb)."""
        return self.coder.is_candidate(sentence) or _SPEECH.search(sentence) is not None

    def prepare(self, raw: RawDocument) -> Article:
        from .clean import prepare

        return prepare(raw, settings=self.settings)

    def analyze(self, raw: RawDocument) -> Result:
        """Clean, parse and code one document. Raises ``EventwireError`` for a document that cannot be coded."""
        return self.analyze_article(self.prepare(raw))

    def analyze_article(self, article: Article) -> Result:
        return self._code(article, self.nlp(article.masked_text))

    def analyze_text(self, text: str, *, publish_date: date | str | None = None, doc_id: str | None = None,
                     title: str | None = None, url: str | None = None) -> Result:
        """Code one text. ``publish_date`` anchors relative dates and dated roles: a ``date`` or an ISO string."""
        if isinstance(publish_date, str):
            try:
                publish_date = date.fromisoformat(publish_date)
            except ValueError:
                raise ValueError(f"publish_date must be an ISO date (YYYY-MM-DD), not {publish_date!r}") from None
        raw = RawDocument(text=text, origin=Origin("<text>"), doc_id=doc_id, title=title, url=url,
                          publish_date=publish_date)
        return self.analyze(raw)

    def analyze_articles(self, articles: Iterable[Article]) -> Iterator[Result | Discard]:
        """Batched coding: spaCy's ``pipe`` over prepared articles; a failing article becomes a Discard."""
        pairs = self.nlp.pipe(((a.masked_text, a) for a in articles), as_tuples=True,
                              batch_size=self.settings.batch_size)
        for doc, article in pairs:
            try:
                yield self._code(article, doc)
            except EventwireError as exc:
                yield Discard(article.origin, str(exc.reason), exc.message, article.external_id)

    def _code(self, article: Article, doc: Doc) -> Result:
        from .quotes import extract_quotes
        from .time import extract_timexes

        when = article.publish_date
        timexes = extract_timexes(doc, publish_date=when)
        entities = self.resolver.resolve(doc, publish_date=when)
        quotes = extract_quotes(doc, entities=entities)
        places = self.places.extract(doc, entities=entities)
        events = self.coder.code(doc, article_id=article.id, entities=entities, timexes=timexes,
                                 quotes=quotes, publish_date=when,
                                 historical_days=self.settings.historical_days)
        located = tuple(self._locate(e, places, doc) for e in events
                        if e.confidence >= self.settings.min_confidence)
        return Result(article=article, events=located, entities=tuple(entities), quotes=tuple(quotes),
                      timexes=tuple(timexes), places=tuple(places))

    def _locate(self, event: Event, places: list, doc: Doc) -> Event:  # type: ignore[type-arg]
        loc = self.places.locate(sentence_start=event.sentence_start, sentence_end=event.sentence_end,
                                 places=places, doc=doc)
        return dataclasses.replace(event, event_loc=loc) if loc is not None else event


def process(raw: RawDocument, *, engine: Engine) -> Result | Discard:
    """The per-document function: a Result, or a Discard with a reason code. Never raises for bad input."""
    try:
        return engine.analyze(raw)
    except EventwireError as exc:
        return Discard(raw.origin, str(exc.reason), exc.message, raw.doc_id)
    except (ValueError, IndexError, KeyError, AttributeError) as exc:  # a stage bug must not stop the batch
        return Discard(raw.origin, str(Reason.PROCESSING), f"{type(exc).__name__}: {exc}", raw.doc_id)


def prepare_stream(items: Iterable[RawDocument | Discard], *, engine: Engine) -> Iterator[Article | Discard]:
    """Step: clean each raw document; discards pass through, cleaning failures become Discards."""
    for item in items:
        if isinstance(item, Discard):
            yield item
            continue
        try:
            yield engine.prepare(item)
        except EventwireError as exc:
            yield Discard(item.origin, str(exc.reason), exc.message, item.doc_id)


def code_stream(items: Iterable[Article | Discard], *, engine: Engine) -> Iterator[Result | Discard]:
    """Step: code articles in spaCy batches; discards pass through in order."""
    batch: list[Article] = []
    for item in items:
        if isinstance(item, Discard):
            yield item
            continue
        batch.append(item)
        if len(batch) >= engine.settings.batch_size:
            yield from _code_batch(engine, batch)
            batch = []
    if batch:
        yield from _code_batch(engine, batch)


def _code_batch(engine: Engine, batch: list[Article]) -> Iterator[Result | Discard]:
    try:
        yield from list(engine.analyze_articles(batch))
    except (ValueError, IndexError, KeyError, AttributeError):
        # A bug in a stage must not cost the batch: retry one at a time to isolate the document.
        for article in batch:
            try:
                yield engine.analyze_article(article)
            except (EventwireError, ValueError, IndexError, KeyError, AttributeError) as exc:
                yield Discard(article.origin, str(Reason.PROCESSING), f"{type(exc).__name__}: {exc}",
                              article.external_id)
