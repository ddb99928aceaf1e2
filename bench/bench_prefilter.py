"""Parsing only candidate sentences (``[nlp] prefilter``) against parsing every sentence, in one run.

    .venv/bin/python scripts/fetch_lee.py && .venv/bin/python bench/bench_prefilter.py

For both settings: articles per second of the whole engine on the Lee corpus (spaCy + every stage), the share
of sentences parsed, and the gold-set scores that the parser can move (seed events, PLOVER records, PolNeAR
quotes when ../shared is present). Prints one JSON object.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

from eventwire.config import Settings
from eventwire.evaluate import score
from eventwire.model import Origin, RawDocument
from eventwire.nlp.selective import SELECTIVE_PARSER
from eventwire.pipeline import Engine

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
GOLD = {"seed": SHARED / "seed" / "gold.json", "plover": SHARED / "eval/events/PLOVER_GSR_CAMEO.txt",
        "quotes": SHARED / "eval/quotes/polnear-test"}
KEEP = ("event_f1", "required_found", "type_accuracy", "dyad_f1", "direct_quote_f1", "speaker_accuracy")


def _throughput(engine: Engine, texts: list[str], repeat: int) -> float:
    articles = [engine.prepare(RawDocument(text=t, origin=Origin("bench"))) for t in texts]
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for _item in engine.analyze_articles(articles):
            pass
        best = min(best, time.perf_counter() - start)
    return len(texts) / best


def _measure(prefilter: bool, texts: list[str], repeat: int, gold: bool) -> dict[str, Any]:
    engine = Engine(Settings(prefilter=prefilter))
    out: dict[str, Any] = {"docs_per_s": _throughput(engine, texts, repeat)}
    if prefilter:
        comp = engine.nlp.get_pipe(SELECTIVE_PARSER)
        total = comp.parsed + comp.skipped  # type: ignore[attr-defined]
        out["parsed_share"] = comp.parsed / total if total else 0.0  # type: ignore[attr-defined]
    for name, path in GOLD.items() if gold else ():
        if path.exists():
            metrics = score(path, engine=engine, kind=name).metrics
            out[name] = {k: round(v, 4) for k, v in metrics.items() if k in KEEP}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path(".cache/lee/lee_background.jsonl"))
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--no-gold", action="store_true", help="Throughput only")
    args = parser.parse_args()
    texts = [json.loads(line)["text"] for line in args.corpus.read_text("utf-8").splitlines() if line.strip()]
    result = {"articles": len(texts),
              "parse_all": _measure(False, texts, args.repeat, not args.no_gold),
              "prefilter": _measure(True, texts, args.repeat, not args.no_gold)}
    result["speedup"] = result["prefilter"]["docs_per_s"] / result["parse_all"]["docs_per_s"]
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
