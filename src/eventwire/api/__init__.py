"""HTTP API (FastAPI): JSON views of the store, ``/api/analyze`` and ``/api/documents`` over the same pipeline."""

from __future__ import annotations

from .app import create_app

__all__ = ["create_app"]
