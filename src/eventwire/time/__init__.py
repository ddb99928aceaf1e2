"""TIME stage: temporal expressions with values relative to the publication date."""

from __future__ import annotations

from .extract import Reading, TimeTagger, default_tagger, extract_timexes, normalize, tense_of
from .normalize import Normalized

__all__ = ["Normalized", "Reading", "TimeTagger", "default_tagger", "extract_timexes", "normalize", "tense_of"]
