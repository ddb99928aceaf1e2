"""HTML extraction must keep its benchmark score (issue 6 acceptance: shingle F1 >= 0.95)."""

from __future__ import annotations

from pathlib import Path

from eventwire.evaluate.extraction import detect, score, shingle_scores
from eventwire.evaluate.floors import below_floors, load_floors

ROOT = Path(__file__).resolve().parents[2]


def test_extraction_floors(shared_dir: Path) -> None:
    path = shared_dir / "eval" / "extraction"
    assert detect(path)
    report = score(path, engine=None)
    low = below_floors(report, load_floors(ROOT / "quality" / "extraction.toml"))
    assert not low, low


def test_shingle_metric_matches_the_benchmark_definition() -> None:
    same = shingle_scores("a", "one two three four five", "one two three four five")
    assert (same.precision, same.recall) == (1.0, 1.0)
    # 2 gold shingles, 1 predicted and shared: tp=1, fn=1 of 2, normalised to 0.5 each.
    half = shingle_scores("b", "one two three four five", "one two three four")
    assert (half.tp, half.fp, half.fn) == (0.5, 0.0, 0.5)
    assert half.precision == 1.0 and half.recall == 0.5
    empty = shingle_scores("c", "one two three four", "")
    assert empty.precision == 0.0 and empty.recall == 0.0


def test_detect_rejects_other_layouts(tmp_path: Path) -> None:
    assert not detect(tmp_path)
