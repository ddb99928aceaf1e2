"""Near-duplicate detection: signature throughput, LSH query cost and accuracy on a synthetic 10k-article set.

    .venv/bin/python scripts/fetch_lee.py && .venv/bin/python bench/bench_dedup.py

The 300 Lee articles are the originals; the rest of the set are seeded edits of them, as republishing sites
make: a byline on top, a footer below, a dropped sentence, a few replaced words (light edits, expected to be
duplicates) or half the story rewritten away (heavy edits, expected not to be). Truth is the exact Jaccard of
the shingle sets against the original (>= threshold: a duplicate). Reports signatures per second, the cost of
``check`` + ``add`` with an in-memory index and with the DuckDB store answering by band hash (flushed every 32
articles, as ``eventwire run`` does), candidates per query, and precision/recall of the duplicate links.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

from eventwire.config import DedupSettings
from eventwire.dedup import Deduped, NearDuplicateIndex, shingle_hashes
from eventwire.model import Article, Origin, Result
from eventwire.store import Store

BYLINES = ("By Staff Writer", "From our correspondent", "AAP", "Reuters staff", "By the news desk")
FOOTERS = ("All rights reserved.", "Read more on our website.", "Copyright 2001 Example Media.",
           "Follow us for updates.", "Additional reporting by agencies.")


@dataclass(frozen=True, slots=True)
class Link:
    root: str
    matched: str


@dataclass(frozen=True, slots=True)
class Doc:
    id: str
    text: str
    base: int  # index of the original it was made from
    original: bool


def _edit(text: str, rng: random.Random, heavy: bool) -> str:
    sentences = [s for s in text.split(". ") if s]
    if heavy:
        keep = sentences[: max(1, len(sentences) // 3)]
        return ". ".join(keep) + ". " + " ".join(rng.choice(FOOTERS) for _ in range(6))
    if len(sentences) > 4:
        sentences.pop(rng.randrange(len(sentences)))
    words = ". ".join(sentences).split(" ")
    for _ in range(3):
        words[rng.randrange(len(words))] = rng.choice(("said", "reported", "told", "the"))
    return f"{rng.choice(BYLINES)}\n\n{' '.join(words)}\n{rng.choice(FOOTERS)}"


def synthetic(texts: list[str], n: int, seed: int = 7) -> list[Doc]:
    rng = random.Random(seed)
    docs = [Doc(f"orig-{i}", t, i, True) for i, t in enumerate(texts)]
    while len(docs) < n:
        base = rng.randrange(len(texts))
        docs.append(Doc(f"copy-{len(docs)}", _edit(texts[base], rng, heavy=rng.random() < 0.2), base, False))
    return docs


def _exact(a: str, b: str, size: int) -> float:
    x, y = set(shingle_hashes(a, size).tolist()), set(shingle_hashes(b, size).tolist())
    return len(x & y) / len(x | y) if x | y else 1.0


def _run(docs: list[Doc], index: NearDuplicateIndex, store: Store | None
         ) -> tuple[float, float, dict[str, Link]]:
    """Seconds spent in check + add, seconds spent writing signatures, and the links found."""
    links: dict[str, Link] = {}
    pending: list[Deduped] = []
    checking = writing = 0.0
    for doc in docs:
        signature = index.signature(doc.text)
        assert signature is not None
        start = time.perf_counter()
        dup = index.check(doc.id, signature)
        index.add(doc.id, signature, root_id=dup.article_id if dup else None)
        checking += time.perf_counter() - start
        if dup:
            links[doc.id] = Link(dup.article_id, dup.matched_id)
        if store is not None:
            pending.append(Deduped(Result(Article(id=doc.id, text="", origin=Origin("bench"))), signature, dup))
            if len(pending) >= 32:
                start = time.perf_counter()
                store.record_duplicates(pending)
                writing += time.perf_counter() - start
                index.clear_pending()
                pending = []
    return checking, writing, links


def _accuracy(docs: list[Doc], links: dict[str, Link], texts: list[str], settings: DedupSettings
              ) -> dict[str, float]:
    """Recall: copies whose exact Jaccard with their original reaches the threshold and that were linked.
    Precision: links to an article of the same story (the Lee set itself holds a few repeated articles);
    ``exact_jaccard_below_0.7``: links whose exact similarity with the matched article is below 0.7."""
    by_id = {d.id: d for d in docs}
    truth = {d.id for d in docs if not d.original and _exact(d.text, texts[d.base], settings.shingle)
             >= settings.threshold}
    same = sum(1 for a, link in links.items()
               if _exact(texts[by_id[a].base], texts[by_id[link.root].base], settings.shingle) >= 0.8)
    loose = sum(1 for a, link in links.items() if _exact(by_id[a].text, by_id[link.matched].text, settings.shingle)
                < 0.7)
    return {"true_duplicates": len(truth), "linked": len(links), "precision": round(same / max(1, len(links)), 4),
            "recall": round(sum(1 for a in links if a in truth) / max(1, len(truth)), 4),
            "exact_jaccard_below_0.7": loose}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=Path(".cache/lee/lee_background.jsonl"))
    parser.add_argument("--n", type=int, default=10_000)
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} is missing: run scripts/fetch_lee.py first")
    texts = [json.loads(line)["text"] for line in args.corpus.read_text("utf-8").splitlines() if line.strip()]
    docs, settings = synthetic(texts, args.n), DedupSettings()
    index = NearDuplicateIndex(settings)
    start = time.perf_counter()
    for doc in docs:
        index.signature(doc.text)
    sign = time.perf_counter() - start
    mem_check, _, mem_links = _run(docs, NearDuplicateIndex(settings), None)
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.duckdb") as store:
        db_check, db_write, db_links = _run(docs, NearDuplicateIndex(settings, lookup=store), store)
        sigs = [s for s in (index.signature(d.text) for d in docs[-500:]) if s]
        start = time.perf_counter()
        probes = [store.signature_candidates(s.bands) for s in sigs]
        query = time.perf_counter() - start
    n = len(docs)
    print(json.dumps({
        "articles": n, "mean_words": round(sum(len(d.text.split()) for d in docs) / n),
        "signatures_per_s": round(n / sign), "memory_check_ms_per_article": round(1000 * mem_check / n, 3),
        "store_check_ms_per_article": round(1000 * db_check / n, 3),
        "store_write_ms_per_article": round(1000 * db_write / n, 3),
        "store_query_ms_full_index": round(1000 * query / len(sigs), 3),
        "store_candidates_per_query": round(sum(map(len, probes)) / max(1, len(probes)), 2),
        "memory": _accuracy(docs, mem_links, texts, settings), "store": _accuracy(docs, db_links, texts, settings),
        "same_links": mem_links == db_links}, indent=2))


if __name__ == "__main__":
    main()
