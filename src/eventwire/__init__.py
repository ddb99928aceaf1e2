"""eventwire: an offline engine that turns news articles into a database of coded political events."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from .config import Settings
from .model import ActorMention, Article, Discard, Event, Place, Quote, RawDocument, Result, Timex

try:
    __version__ = version("eventwire")
except PackageNotFoundError:  # running from a source tree without installation
    __version__ = "0.0.0"

__all__ = [
    "ActorMention",
    "Article",
    "Discard",
    "Event",
    "Place",
    "Quote",
    "RawDocument",
    "Result",
    "Settings",
    "Timex",
    "__version__",
]
