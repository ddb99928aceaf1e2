"""Store stage: DuckDB tables for articles, events, entities, quotes, timexes, places, quarantine and runs."""

from __future__ import annotations

from .db import EXPORT_FORMATS, TABLES, Store, StoreError

__all__ = ["EXPORT_FORMATS", "TABLES", "Store", "StoreError"]
