"""The HTTP API. Every dashboard page reads one of these JSON views; nothing else touches the store.

``POST /api/analyze`` returns the ``eventwire analyze`` contract for one document; ``POST /api/documents``
codes documents into the store through the same per-document function as the CLI and the Dask runner.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import date
from importlib import resources
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from ..config import Settings
from ..contract import discard_json, result_json
from ..dedup import NearDuplicateIndex
from ..model import Discard, Origin, RawDocument, Result
from ..pipeline import Engine, process
from ..runner import RunReport, mark_duplicates
from ..store import Store

__all__ = ["Document", "create_app"]


class Document(BaseModel):
    id: str | None = None
    text: str = Field(min_length=1, max_length=5_000_000)
    publish_date: date | None = None
    title: str | None = None
    url: str | None = None

    def raw(self) -> RawDocument:
        return RawDocument(text=self.text, origin=Origin("<api>"), doc_id=self.id, title=self.title,
                           url=self.url, publish_date=self.publish_date, fmt="api")


@dataclass
class _State:
    """The app's explicit state: one store connection (DuckDB serialises writes) and a lazily loaded engine."""

    settings: Settings
    store: Store
    engine: Engine | None = None
    lock: threading.Lock = field(default_factory=threading.Lock)

    def get_engine(self) -> Engine:
        with self.lock:
            if self.engine is None:
                self.engine = Engine(self.settings)
            return self.engine

    def query(self, method: str, *args: Any, **kwargs: Any) -> Any:
        with self.lock:
            return getattr(self.store, method)(*args, **kwargs)


def create_app(*, settings: Settings | None = None, engine: Engine | None = None,
               store: Store | None = None) -> FastAPI:
    settings = settings or Settings()
    state = _State(settings, store or Store(settings.store_path), engine)
    app = FastAPI(title="eventwire", description="Coded political events from news articles (PLOVER 2.0)")
    _add_store_views(app, state)
    _add_coding_views(app, state)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dashboard() -> str:
        return resources.files("eventwire.dashboard").joinpath("index.html").read_text("utf-8")

    return app


def _add_store_views(app: FastAPI, state: _State) -> None:
    @app.get("/api/summary")
    def summary() -> dict[str, Any]:
        result: dict[str, Any] = state.query("summary")
        return result

    @app.get("/api/events")
    def events(actor: str | None = None, type: str | None = None, since: date | None = None,
               until: date | None = None, all: bool = False,
               limit: int = Query(500, ge=1, le=10_000), offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = state.query("events", actor=actor, event_type=type, since=since,
                                                 until=until, include_flagged=all, limit=limit, offset=offset)
        return rows

    @app.get("/api/articles")
    def articles(limit: int = Query(100, ge=1, le=1000), offset: int = Query(0, ge=0)) -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = state.query("articles", limit=limit, offset=offset)
        return rows

    @app.get("/api/articles/{article_id}")
    def article(article_id: str) -> dict[str, Any]:
        art: dict[str, Any] | None = state.query("article", article_id)
        if art is None:
            raise HTTPException(status_code=404, detail=f"no single article matches {article_id!r}")
        return art

    @app.get("/api/quarantine")
    def quarantine() -> list[dict[str, Any]]:
        rows: list[dict[str, Any]] = state.query("quarantine")
        return rows


def _add_coding_views(app: FastAPI, state: _State) -> None:
    @app.post("/api/analyze")
    def analyze(doc: Document) -> dict[str, Any]:
        item = process(doc.raw(), engine=state.get_engine())
        return discard_json(item) if isinstance(item, Discard) else result_json(item, doc_id=doc.id)

    @app.post("/api/documents")
    def ingest(docs: list[Document]) -> dict[str, Any]:
        engine = state.get_engine()
        items = [process(d.raw(), engine=engine) for d in docs]
        report = RunReport(run_id="api")
        with state.lock:  # near-duplicate look-ups and the write see the same store
            index = NearDuplicateIndex(state.settings.dedup, lookup=state.store) if state.settings.dedup.enabled \
                else None
            state.store.write(list(mark_duplicates(items, index=index, report=report)), run_id="api")
        return {"stored": [i.article.id for i in items if isinstance(i, Result)],
                "near_duplicates": report.duplicates,
                "quarantined": [discard_json(i) for i in items if isinstance(i, Discard)]}
