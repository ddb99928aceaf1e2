"""Accuracy floors of the QUOTES stage on the PolNeAR test split (quality/quotes.toml)."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace
from typing import Any

from eventwire.evaluate.floors import below_floors, load_floors
from eventwire.evaluate.quotes import detect, gold_quotes, read_ann, score

FLOORS = load_floors(Path(__file__).resolve().parents[2] / "quality" / "quotes.toml")


def _engine(nlp: Any) -> Any:
    """The parse plus the actors stage when it has landed (speakers then carry canonical names)."""
    try:
        from eventwire.actors import ActorResolver, KnowledgeBase
    except ImportError:
        return SimpleNamespace(nlp=nlp)
    return SimpleNamespace(nlp=nlp, resolver=ActorResolver(KnowledgeBase.load()))


def test_quote_floors(nlp: Any, shared_dir: Path) -> None:
    path = shared_dir / "eval" / "quotes" / "polnear-test"
    assert detect(path)
    report = score(path, engine=_engine(nlp))
    low = below_floors(report, FLOORS)
    assert not low, low


def test_gold_reader(shared_dir: Path) -> None:
    path = shared_dir / "eval" / "quotes" / "polnear-test"
    ann = sorted((path / "attributions").glob("*.ann"))[0]
    attributions = read_ann(ann)
    assert attributions and all(a.content for a in attributions)
    assert not detect(shared_dir / "eval" / "dates" / "te3-platinum")
    assert gold_quotes  # the gold definition is importable for other reports
