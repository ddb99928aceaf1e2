"""Scale-out on a Dask cluster: shards → the same per-document pipeline → Parquet parts + markers → store.

Each shard (a group of input files) runs ``runner.analyze`` on a worker, writes its tables as Parquet parts
and then a completion marker. A rerun skips every shard whose marker exists, and merging parts into the
store is an upsert by deterministic id, so a crash anywhere loses nothing and duplicates nothing. Near-duplicate
articles are found after merging (``runner.dedup_backlog``): shards never see each other's articles.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator, Sequence
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from distributed import WorkerPlugin

from .config import DedupSettings, Settings
from .model import Discard
from .store import Store

__all__ = ["ShardSummary", "Shard", "merge_parts", "plan_shards", "run_distributed", "run_shard"]

MARKER = "done.json"


@dataclass(frozen=True, slots=True)
class Shard:
    index: int
    inputs: tuple[str, ...]

    @property
    def name(self) -> str:
        return f"shard-{self.index:05d}"


@dataclass(frozen=True, slots=True)
class ShardSummary:
    shard: int
    articles: int
    events: int
    discards: int
    skipped: bool = False


def _files(paths: Sequence[str | Path]) -> Iterator[str]:
    for path in map(Path, paths):
        if path.is_dir():
            yield from (str(p) for p in sorted(path.rglob("*")) if p.is_file() and not p.is_symlink())
        else:
            yield str(path)


def plan_shards(paths: Sequence[str | Path], *, files_per_shard: int = 1) -> list[Shard]:
    """Group the input files into shards (stable order, so shard numbers survive a rerun)."""
    files = list(_files(paths))
    step = max(1, files_per_shard)
    return [Shard(i // step, tuple(files[i:i + step])) for i in range(0, len(files), step)]


def _engine(settings: Settings) -> Any:
    """The worker's engine (loaded once per worker by ``EnginePlugin``), or a fresh one off-cluster."""
    try:
        from distributed import get_worker

        engine = getattr(get_worker(), "eventwire_engine", None)
    except ValueError:  # not running on a Dask worker
        engine = None
    if engine is None:
        from .pipeline import Engine

        engine = Engine(settings)
    return engine


def run_shard(shard: Shard, *, settings: Settings, out_dir: str) -> ShardSummary:
    """Code one shard into ``out_dir/<shard>/`` Parquet parts; skipped when its marker exists."""
    from .runner import analyze

    folder = Path(out_dir) / shard.name
    marker = folder / MARKER
    if marker.exists():
        return ShardSummary(**{**json.loads(marker.read_text("utf-8")), "skipped": True})
    items = list(analyze(list(shard.inputs), engine=_engine(settings)))
    folder.mkdir(parents=True, exist_ok=True)
    with Store(":memory:") as mem:
        mem.write(items, run_id=shard.name)
        mem.export_parts(folder)
        summary = ShardSummary(shard.index, mem.count("articles"), mem.count("events"),
                               sum(isinstance(i, Discard) for i in items))
    tmp = folder / (MARKER + ".tmp")
    tmp.write_text(json.dumps(asdict(summary)), "utf-8")
    os.replace(tmp, marker)  # the marker appears only once every part is complete
    return summary


def merge_parts(out_dir: str | Path, store: Store, *, dedup: DedupSettings | None = None) -> int:
    """Upsert every completed shard's parts into ``store``, then link near-duplicates among the new articles
    (unless ``dedup.enabled`` is false); returns the number of shards merged."""
    merged = 0
    for marker in sorted(Path(out_dir).glob(f"shard-*/{MARKER}")):
        store.import_parts(marker.parent)
        merged += 1
    _dedup(store, dedup or DedupSettings())
    return merged


def _dedup(store: Store, settings: DedupSettings) -> None:
    if settings.enabled:
        from .runner import dedup_backlog

        dedup_backlog(store, settings=settings)


def run_distributed(paths: Sequence[str | Path], *, store: Store, settings: Settings, out_dir: str | Path,
                    scheduler: str | None = None, workers: int = 2, files_per_shard: int = 1
                    ) -> list[ShardSummary]:
    """Run every shard on a Dask cluster (``scheduler`` address, or a local cluster of ``workers``)."""
    from distributed import Client, LocalCluster, as_completed

    shards = plan_shards(paths, files_per_shard=files_per_shard)
    Path(out_dir).mkdir(parents=True, exist_ok=True)
    cluster = None
    if not scheduler:
        cluster = LocalCluster(  # type: ignore[no-untyped-call]
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None)
    summaries: list[ShardSummary] = []
    with Client(scheduler or cluster) as client:  # type: ignore[no-untyped-call]
        client.register_plugin(EnginePlugin(settings))
        futures = client.map(run_shard, shards, settings=settings, out_dir=str(out_dir), pure=False)
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            summary = future.result()
            store.import_parts(Path(out_dir) / Shard(summary.shard, ()).name)
            summaries.append(summary)
    if cluster is not None:
        cluster.close()
    _dedup(store, settings.dedup)
    return sorted(summaries, key=lambda s: s.shard)


class EnginePlugin(WorkerPlugin):
    """Dask worker plugin: loads the engine once per worker process, not once per task."""

    name = "eventwire-engine"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        from .pipeline import Engine

        worker.eventwire_engine = Engine(self.settings)

    def teardown(self, worker: Any) -> None:
        worker.eventwire_engine = None
