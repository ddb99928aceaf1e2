"""Scorer for HTML main-text extraction against the article-extraction-benchmark layout.

Layout: ``ground-truth.json`` ({id: {"articleBody": ...}}) and ``html/<id>.html.gz``. The metric is the
benchmark's own: 4-gram shingles of ``\\w+`` tokens, per-document TP/FP/FN normalised to sum to one,
precision and recall averaged over documents, F1 from the two averages (scrapinghub/article-extraction-benchmark
``evaluate.py``, MIT). The extraction scored is ingest's own HTML path, so the score is what users get.
"""

from __future__ import annotations

import gzip
import json
import re
import statistics
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from ..ingest.html import html_document
from ..model import Origin
from .report import Report, Table

__all__ = ["DocScore", "detect", "extract_body", "score", "shingle_scores"]

_TOKEN = re.compile(r"\w+", re.UNICODE)
_NGRAM = 4
_WORST = 10


@dataclass(frozen=True, slots=True)
class DocScore:
    """Normalised shingle TP/FP/FN of one document (they sum to 1 unless both texts are empty)."""

    doc_id: str
    tp: float
    fp: float
    fn: float

    @property
    def precision(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return 0.0 if self.tp == self.fp == 0 else self.tp / (self.tp + self.fp)

    @property
    def recall(self) -> float:
        if self.fp == self.fn == 0:
            return 1.0
        return 0.0 if self.tp == self.fn == 0 else self.tp / (self.tp + self.fn)


def _shingles(text: str) -> Counter[tuple[str, ...]]:
    tokens = _TOKEN.findall(text or "")
    # As in the benchmark: a text shorter than n tokens is one (short) shingle.
    return Counter(tuple(tokens[i:i + _NGRAM]) for i in range(max(1, len(tokens) - _NGRAM + 1))
                   if tokens[i:i + _NGRAM])


def shingle_scores(doc_id: str, true: str, pred: str) -> DocScore:
    gold, guess = _shingles(true), _shingles(pred)
    tp = sum((gold & guess).values())
    fp = sum((guess - gold).values())
    fn = sum((gold - guess).values())
    total = tp + fp + fn
    if total == 0:
        return DocScore(doc_id, 0.0, 0.0, 0.0)
    return DocScore(doc_id, tp / total, fp / total, fn / total)


def extract_body(page: bytes) -> str:
    """The text ingest extracts from a page ("" when it finds none)."""
    try:
        return html_document(page, Origin("eval")).text
    except InputError:
        return ""


def detect(path: Path) -> bool:
    return (path / "ground-truth.json").is_file() and (path / "html").is_dir()


def score(path: Path, *, engine: object = None) -> Report:
    """Shingle precision/recall/F1 of the extracted bodies (``engine`` is unused: extraction is ingest's)."""
    truth = json.loads((path / "ground-truth.json").read_text(encoding="utf-8"))
    scores = []
    for doc_id in sorted(truth):
        page = gzip.decompress((path / "html" / f"{doc_id}.html.gz").read_bytes())
        scores.append(shingle_scores(doc_id, truth[doc_id].get("articleBody", ""), extract_body(page)))
    precision = statistics.mean(s.precision for s in scores if s.tp + s.fp > 0)
    recall = statistics.mean(s.recall for s in scores if s.tp + s.fn > 0)
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    worst = sorted(scores, key=lambda s: s.tp)[:_WORST]
    table = Table("lowest-overlap pages", ("id", "precision", "recall"),
                  tuple((s.doc_id[:16], f"{s.precision:.3f}", f"{s.recall:.3f}") for s in worst))
    return Report(name="extraction", metrics={"precision": precision, "recall": recall, "f1": f1},
                  tables=(table,), notes=(f"{len(scores)} pages; shingle metric of article-extraction-benchmark",))
