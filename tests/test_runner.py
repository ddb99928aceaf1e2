"""``eventwire run`` end to end: bad inputs quarantined, valid siblings stored, reruns safe after kill -9."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from eventwire.cli import main
from eventwire.store import Store

GOOD = "Russia and Japan agreed on Monday to resume peace talks, the Japanese foreign ministry said.\n"


def _bad_batch(folder: Path) -> None:
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    (folder / "empty.txt").write_text("", encoding="utf-8")
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "latin.txt").write_bytes(b"\xff\xfe\xfa caf\xe9 \x80\x81\x82 " * 3)
    (folder / "notes.xyz").write_text("what is this", encoding="utf-8")


def test_bad_inputs_are_quarantined_and_the_batch_goes_on(tmp_path: Path, engine: object) -> None:
    _bad_batch(tmp_path / "in")
    db = tmp_path / "ew.duckdb"
    result = CliRunner().invoke(main, ["run", str(tmp_path / "in"), "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    with Store(db) as store:
        assert store.count("articles") == 1
        reasons = {Path(r["source"]).name: r["reason"] for r in store.quarantine()}
    assert reasons.keys() == {"empty.txt", "binary.txt", "latin.txt", "notes.xyz"}
    assert reasons["empty.txt"] == "empty"
    assert reasons["notes.xyz"] == "unknown-format"


def test_nothing_processable_exits_non_zero(tmp_path: Path, engine: object) -> None:
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    result = CliRunner().invoke(main, ["run", str(tmp_path / "empty.txt"), "--db", str(tmp_path / "x.duckdb")])
    assert result.exit_code != 0


def _corpus(path: Path, n: int) -> None:
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            text = f"Report {i}: officials in Moscow said Russia would send {i} observers to Syria on Monday."
            fh.write(json.dumps({"id": f"doc-{i}", "text": text, "publish_date": "2020-03-04"}) + "\n")


def _eventwire(*args: str) -> list[str]:
    return [sys.executable, "-m", "eventwire", *args]


@pytest.mark.slow
def test_rerun_after_kill_finishes_without_loss_or_duplicates(tmp_path: Path) -> None:
    n = 1000
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "ew.duckdb"
    _corpus(corpus, n)
    proc = subprocess.Popen(_eventwire("run", str(corpus), "--db", str(db)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    wal = Path(str(db) + ".wal")
    deadline = time.monotonic() + 300
    # Kill once the first batches are committed (the WAL grows), well before the run can finish.
    while time.monotonic() < deadline and proc.poll() is None:
        if wal.exists() and wal.stat().st_size > 200_000:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run finished before it could be killed"
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    with Store(db) as store:
        partial = store.count("articles")
    assert 0 < partial < n
    rerun = subprocess.run(_eventwire("run", str(corpus), "--db", str(db), "--json"), capture_output=True,
                           text=True, check=True)
    assert json.loads(rerun.stdout)["run"]["skipped"] == partial
    with Store(db) as store:
        assert store.count("articles") == n
        ids = store.con.execute("SELECT count(DISTINCT external_id) FROM articles").fetchone()
        assert ids == (n,)
        stored = store.con.execute("SELECT sum(n_events) FROM articles").fetchone()
        events = store.con.execute("SELECT count(*) FROM events WHERE NOT negated AND NOT hypothetical").fetchone()
        assert stored == events
