"""Seed article: every actor resolution listed in gold.json appears in the resolver's entities."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import ActorResolver


@pytest.fixture(scope="module")
def seed(shared_dir: Path, nlp, resolver: ActorResolver):  # type: ignore[no-untyped-def]
    gold = json.loads((shared_dir / "seed" / "gold.json").read_text("utf-8"))
    text = (shared_dir / "seed" / "article.txt").read_text("utf-8")
    mentions = resolver.resolve(nlp(text), publish_date=date.fromisoformat(gold["publish_date"]))
    return gold, mentions


def test_every_gold_actor_is_resolved(seed) -> None:  # type: ignore[no-untyped-def]
    gold, mentions = seed
    for g in gold["actors"]:
        found = [m for m in mentions if g["mention"].lower() in m.text.lower() or m.text.lower() in g["mention"].lower()]
        ok = [m for m in found if m.code == g["code"] and m.sector == g["sector"] and m.name == g["name"]]
        assert ok, f"{g['mention']!r}: wanted {g['code']} {g['sector']} {g['name']}, got {found}"
        if "alt_codes" in g:
            assert set(g["alt_codes"]) <= set(ok[0].alt_codes)
        if "role" in g:
            assert any(m.role == g["role"] for m in ok), (g, ok)


def test_mentions_are_sorted_and_point_into_the_text(seed, shared_dir: Path) -> None:  # type: ignore[no-untyped-def]
    _, mentions = seed
    text = (shared_dir / "seed" / "article.txt").read_text("utf-8")
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)
    for m in mentions:
        assert text[m.start:m.end] == m.text
