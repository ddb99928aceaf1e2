"""Precision of the events stage on the hand-judged Lee dev sample (not a test: needs a coded Lee store).

    .venv/bin/python scripts/fetch_lee.py
    .venv/bin/eventwire run .cache/lee/lee_background.jsonl --db /tmp/lee.duckdb
    .venv/bin/python tests/events/lee_dev_precision.py /tmp/lee.duckdb

``data/lee_dev_judgements.jsonl`` holds 90 events sampled (seed 4) from the store before the precision work,
each judged against PLOVER_MANUAL.tex: ``correct`` (right type and dyad), ``partial`` (a real event of that
type with an actor or recipient missing or wrong) or ``wrong`` (no event, or another type). Only offsets and
short labels are stored, not the third-party text. An event still counts as emitted when the store has an
event of the same type at the same trigger offset of the same article; events the sample never saw are not
judged (listed with --new).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import duckdb

DATA = Path(__file__).parent / "data" / "lee_dev_judgements.jsonl"


def main(db: str, show_new: bool) -> None:
    rows = [json.loads(line) for line in DATA.read_text("utf-8").splitlines() if line.strip()]
    con = duckdb.connect(db, read_only=True)
    have = {(a, s, e): c for a, s, e, c in con.execute(
        "select article_id, trigger_start, event, max(confidence) from events group by 1, 2, 3").fetchall()}
    kept = [r for r in rows if (r["article_id"], r["trigger_start"], r["event"]) in have]
    sure = [r for r in kept if have[(r["article_id"], r["trigger_start"], r["event"])] >= 0.6]
    for name, rs in (("before", rows), ("after", kept), ("after, confidence >= 0.6", sure)):
        if not rs:
            continue
        n = len(rs)
        ok = sum(r["judgement"] == "correct" for r in rs)
        part = sum(r["judgement"] == "partial" for r in rs)
        print(f"{name}: {n} events, strict precision {ok / n:.3f}, lenient (with partial) {(ok + part) / n:.3f}")
    lost = [r for r in rows if r not in kept and r["judgement"] != "wrong"]
    print(f"dropped correct/partial: {len(lost)}", *(f"  {r['judgement']} {r['event']} {r['reason']}" for r in lost),
          sep="\n")
    if show_new:
        sents = {(r["article_id"], r["sentence_start"]) for r in rows}
        seen = {(r["article_id"], r["trigger_start"], r["event"]) for r in rows}
        for a, s, t, e, ac, rc, txt in con.execute(
                "select article_id, sentence_start, trigger_start, event, actor_code, recipient_code, event_text"
                " from events").fetchall():
            if (a, s) in sents and (a, t, e) not in seen:
                print("new:", a, t, e, ac, rc, txt)


if __name__ == "__main__":
    main(sys.argv[1], "--new" in sys.argv)
