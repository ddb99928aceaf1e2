"""CI floor on the seed gold set (issue 4): every metric in quality/seed.toml must stay at or above its floor."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate import seed
from eventwire.evaluate.floors import below_floors, load_floors

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.shared
@pytest.mark.slow
def test_seed_floors(shared_dir: Path, engine) -> None:  # type: ignore[no-untyped-def]
    path = shared_dir / "seed/gold.json"
    assert seed.detect(path)
    report = seed.score(path, engine=engine)
    low = below_floors(report, load_floors(ROOT / "quality" / "seed.toml"))
    assert not low, low


@pytest.mark.shared
@pytest.mark.slow
def test_seed_flags(shared_dir: Path, engine) -> None:  # type: ignore[no-untyped-def]
    """Negated sentence yields nothing countable; dated past agreements and summits are historical."""
    from datetime import date

    text = (shared_dir / "seed" / "article.txt").read_text("utf-8")
    events = engine.analyze_text(text, publish_date=date(2018, 9, 13)).events

    def in_sentence(start: int, end: int) -> list:  # type: ignore[type-arg]
        return [e for e in events if e.sentence_start < end and start < e.sentence_end]

    assert not [e for e in in_sentence(1635, 1663) if e.countable]  # "Abe did not give a response."
    agreed = [e for e in in_sentence(1664, 1766) if e.event == "AGREE"]
    assert agreed and all(e.historical and e.date == "1956" for e in agreed)
    summit = [e for e in in_sentence(1019, 1074) if e.event == "CONSULT"]
    assert summit and all(e.historical and e.date == "2016-12" for e in summit)


@pytest.mark.shared
def test_seed_reader_required_events(shared_dir: Path) -> None:
    _, events, _ = seed.read_gold(shared_dir / "seed" / "gold.json")
    assert sum(e.required for e in events) == 8
    assert any(e.negated for e in events)
