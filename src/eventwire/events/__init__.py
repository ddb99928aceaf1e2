"""Events stage: trigger lexicon + clause-level coder producing PLOVER 2.0 events."""

from __future__ import annotations

from .coder import EventCoder
from .lexicon import Lexicon

__all__ = ["EventCoder", "Lexicon"]
