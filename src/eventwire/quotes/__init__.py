"""QUOTES stage: direct and indirect quotes with speakers resolved through the actors stage."""

from __future__ import annotations

from .extract import extract_quotes
from .marks import Segment, find_segments

__all__ = ["Segment", "extract_quotes", "find_segments"]
