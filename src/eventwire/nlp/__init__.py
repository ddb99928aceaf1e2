"""NLP stage: loads the configured spaCy pipeline and adds eventwire's own components."""

from __future__ import annotations

from .components import PARAGRAPH_BREAKS, doc_text
from .loader import load_pipeline

__all__ = ["PARAGRAPH_BREAKS", "doc_text", "load_pipeline"]
