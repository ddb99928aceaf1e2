"""Places stage floors on GeoWebNews (quality/geo.toml; issue 5 acceptance: country >= 0.90, 161 km >= 0.80)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.floors import below_floors, load_floors
from eventwire.evaluate.geo import (
    GoldArticle,
    GoldToponym,
    detect,
    haversine_km,
    read_gwn,
    score,
    score_articles,
)
from eventwire.model import Place
from eventwire.places import Gazetteer

ROOT = Path(__file__).resolve().parents[2]


def test_geo_floors(shared_dir: Path, engine) -> None:  # type: ignore[no-untyped-def]
    """As ``eventwire eval`` runs it: the engine's spaCy pipeline, gazetteer and actor mentions."""
    path = shared_dir / "eval" / "geo" / "GWN.xml"
    assert detect(path)
    report = score(path, engine=engine)
    assert report.metrics["country_accuracy"] >= 0.90 and report.metrics["acc_161km"] >= 0.80
    low = below_floors(report, load_floors(ROOT / "quality" / "geo.toml"))
    assert not low, low


def test_reader_keeps_only_aligned_toponyms_with_coordinates(shared_dir: Path) -> None:
    articles = read_gwn(shared_dir / "eval" / "geo" / "GWN.xml")
    assert len(articles) == 200
    toponyms = [t for a in articles for t in a.toponyms]
    assert len(toponyms) == 2599  # 2,601 with coordinates, two of them misaligned in the source
    assert all(a.text[t.start:t.end] == t.text for a in articles for t in a.toponyms)


def test_scoring_arithmetic_on_a_made_up_article() -> None:
    text = "Talks in Paris and Lyon, then Springfield."
    gold = (GoldToponym("Paris", 9, 14, 48.85, 2.35, 2988507, "Literal"),
            GoldToponym("Lyon", 19, 23, 45.75, 4.85, 2996944, "Literal"),
            GoldToponym("Springfield", 30, 41, 39.80, -89.64, 4250542, "Literal"))
    article = GoldArticle("t", text, gold)
    predicted = [Place("Paris", 9, 14, "Paris", "FRA", 48.86, 2.35, 2988507, "city"),
                 Place("Lyon", 19, 23, "Lyon", "FRA", 45.76, 4.83, 2996944, "city"),
                 Place("Talks", 0, 5, "Talks", "XXX", 0.0, 0.0, None, "city")]
    gaz = Gazetteer.load(min_city_population=10**9)  # countries and regions only: fast enough
    report = score_articles([article], [predicted], gaz)
    assert report.metrics["recall"] == pytest.approx(2 / 3)
    assert report.metrics["acc_161km"] == 1.0 and report.metrics["acc_161km_all"] == pytest.approx(2 / 3)
    assert report.metrics["precision"] == pytest.approx(2 / 3)


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.19, abs=0.1)
    assert haversine_km(51.5, -0.13, 48.86, 2.35) == pytest.approx(343, abs=3)


def test_detect_rejects_other_files(tmp_path: Path) -> None:
    other = tmp_path / "x.xml"
    other.write_text("<TimeML></TimeML>")
    assert not detect(other) and not detect(tmp_path)
