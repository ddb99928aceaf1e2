"""Throughput of ``eventwire run`` against spaCy alone on the same texts, measured in the same run.

    .venv/bin/python scripts/fetch_lee.py && .venv/bin/python bench/bench_run.py --corpus .cache/lee/lee_background.jsonl

Reports articles per second for (a) the spaCy pipeline alone (``nlp.pipe`` with the same model and batch size),
(b) ``Engine.analyze_articles`` (every stage, no store) and (c) the whole ``eventwire run`` into a fresh DuckDB
file, and the ratios b/a and c/a. Absolute numbers depend on the machine; the ratios are what we track
(docs/BENCHMARKS.md).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from eventwire.config import Settings
from eventwire.model import Origin, RawDocument
from eventwire.pipeline import Engine
from eventwire.runner import run
from eventwire.store import Store


def _texts(corpus: Path, limit: int | None) -> list[str]:
    lines = corpus.read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines if line.strip()]
    return texts[:limit] if limit else texts


def _best(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path(".cache/lee/lee_background.jsonl"))
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is missing: run scripts/fetch_lee.py first")
    texts = _texts(args.corpus, args.limit)
    settings = Settings()
    engine = Engine(settings)
    articles = [engine.prepare(RawDocument(text=t, origin=Origin("bench"))) for t in texts]
    masked = [a.masked_text for a in articles]

    def spacy_only() -> None:
        for _ in engine.nlp.pipe(masked, batch_size=settings.batch_size):
            pass

    def engine_only() -> None:
        for _ in engine.analyze_articles(articles):
            pass

    def full_run() -> None:
        with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
            run([str(args.corpus)], store=store, engine=engine)

    spacy_only()  # warm-up: model caches, lazy imports
    t_spacy = _best(spacy_only, args.repeat)
    t_engine = _best(engine_only, args.repeat)
    t_run = _best(full_run, args.repeat) if args.limit is None else float("nan")
    n = len(texts)
    rows = {"articles": n, "spacy_docs_per_s": n / t_spacy, "engine_docs_per_s": n / t_engine,
            "run_docs_per_s": n / t_run, "engine_over_spacy_time": t_engine / t_spacy,
            "run_over_spacy_time": t_run / t_spacy, "model": settings.model,
            "median_chars": statistics.median(len(t) for t in texts)}
    print(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
