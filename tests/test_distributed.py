"""Dask scale-out: shards → parts + markers → store; the same rows as a sequential run; reruns skip shards."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.config import Settings
from eventwire.distributed import merge_parts, plan_shards, run_distributed, run_shard
from eventwire.runner import run
from eventwire.store import Store

TEXTS = [
    "Russia and Japan agreed on Monday to resume peace talks.",
    "Rebels attacked an army post in eastern Congo on Tuesday, the army said.",
    "The European Union imposed new sanctions on Iran.",
]


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    for i, text in enumerate(TEXTS):
        record = {"id": f"d{i}", "text": text, "publish_date": "2024-03-14"}
        (folder / f"part{i}.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (folder / "broken.bin").write_bytes(b"\x00\x01\x02" * 50)
    return folder


def _table(store: Store, sql: str) -> list[tuple[object, ...]]:
    return sorted(store.con.execute(sql).fetchall())


def test_plan_shards_is_stable_and_groups_files(tmp_path: Path) -> None:
    folder = _inputs(tmp_path / "in")
    shards = plan_shards([folder], files_per_shard=2)
    assert [len(s.inputs) for s in shards] == [2, 2]
    assert plan_shards([folder], files_per_shard=2) == shards


def test_shards_merge_to_the_same_rows_as_a_sequential_run(tmp_path: Path, engine: object) -> None:
    folder = _inputs(tmp_path / "in")
    parts = tmp_path / "parts"
    settings = Settings()
    summaries = [run_shard(s, settings=settings, out_dir=str(parts)) for s in plan_shards([folder])]
    assert sum(s.articles for s in summaries) == 3 and sum(s.discards for s in summaries) == 1
    again = [run_shard(s, settings=settings, out_dir=str(parts)) for s in plan_shards([folder])]
    assert all(s.skipped for s in again)
    with Store(tmp_path / "dask.duckdb") as merged, Store(tmp_path / "seq.duckdb") as seq:
        assert merge_parts(parts, merged) == 4
        assert merge_parts(parts, merged) == 4  # merging twice duplicates nothing
        run([folder], store=seq, engine=engine)  # type: ignore[arg-type]
        for sql in ("SELECT id, n_events FROM articles", "SELECT id, event, actor_code FROM events",
                    "SELECT reason FROM quarantine", "SELECT id FROM entities"):
            assert _table(merged, sql) == _table(seq, sql)


@pytest.mark.slow
def test_local_cluster_run(tmp_path: Path) -> None:
    folder = _inputs(tmp_path / "in")
    with Store(tmp_path / "ew.duckdb") as store:
        summaries = run_distributed([folder], store=store, settings=Settings(), out_dir=tmp_path / "parts",
                                    workers=1)
        assert len(summaries) == 4
        assert store.count("articles") == 3
        assert store.count("quarantine") == 1
