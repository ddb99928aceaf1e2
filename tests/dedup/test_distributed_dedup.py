"""Dask merge: near-duplicates across shards are linked after merging, as in a sequential run."""

from __future__ import annotations

from pathlib import Path

from eventwire.config import Settings
from eventwire.distributed import merge_parts, plan_shards, run_shard
from eventwire.runner import run
from eventwire.store import Store

from .stories import OTHER_STORY, STORY, reprint

SQL = ("SELECT a.id, a.duplicate_of, e.duplicate, e.event_cluster FROM articles a "
       "LEFT JOIN events e ON e.article_id = a.id")


def test_merged_shards_link_duplicates_like_a_sequential_run(tmp_path: Path, engine: object) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(STORY, encoding="utf-8")
    (folder / "b.txt").write_text(reprint(STORY, byline="By a correspondent", ending="All rights reserved."),
                                  encoding="utf-8")
    (folder / "c.txt").write_text(OTHER_STORY, encoding="utf-8")
    parts = tmp_path / "parts"
    for shard in plan_shards([folder]):
        run_shard(shard, settings=Settings(), out_dir=str(parts))
    with Store(tmp_path / "dask.duckdb") as merged, Store(tmp_path / "seq.duckdb") as seq:
        merge_parts(parts, merged)
        run([folder], store=seq, engine=engine)  # type: ignore[arg-type]
        rows = sorted(merged.con.execute(SQL).fetchall(), key=str)
        assert rows == sorted(seq.con.execute(SQL).fetchall(), key=str)
        assert merged.summary()["duplicate_articles"] == 1
        assert merged.clusters() == seq.clusters()
