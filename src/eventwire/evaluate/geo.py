"""Scoring toponym resolution on GeoWebNews (``GWN.xml``: 200 news articles, toponyms with coordinates).

Only gold toponyms with coordinates are scored (the dataset's other annotations are expressions such as
"citizens" or "lot"). A predicted place matches a gold toponym when their character spans overlap.

- ``recall``: matched gold toponyms / gold toponyms; ``recall_nouns`` leaves out gold demonyms
  ("Russian", annotated as adjectival toponyms), which eventwire deliberately does not treat as places.
- ``country_accuracy`` and ``acc_161km``: over matched toponyms, the share whose predicted country equals
  the gold one, and whose predicted point lies within 161 km (100 miles) of the gold point, the usual
  geocoding threshold. ``acc_161km_all`` counts unmatched gold toponyms as errors.
- ``precision``: predicted places that overlap any gold toponym with coordinates / predicted places.

The gold country is that of the gazetteer entry with the gold GeoNames id, else of the nearest
gazetteer town within 100 km of the gold point, else none (seas, oceans).
"""

from __future__ import annotations

import math
import statistics
import xml.etree.ElementTree as ET
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Reason
from ..model import Place
from ..places import Entry, Gazetteer, PlaceResolver
from .report import Report, Table

__all__ = ["GoldArticle", "GoldToponym", "detect", "haversine_km", "read_gwn", "score", "score_articles"]

THRESHOLD_KM = 161.0
NEAREST_TOWN_KM = 100.0


@dataclass(frozen=True, slots=True)
class GoldToponym:
    text: str
    start: int
    end: int
    lat: float
    lon: float
    geonames_id: int | None
    kind: str  # GWN type: Literal, Metonymic, Non_Literal_Modifier, ...


@dataclass(frozen=True, slots=True)
class GoldArticle:
    name: str
    text: str
    toponyms: tuple[GoldToponym, ...]


@dataclass(frozen=True, slots=True)
class Outcome:
    gold: GoldToponym
    gold_country: str | None
    predicted: Place | None

    @property
    def error_km(self) -> float | None:
        p = self.predicted
        if p is None or p.lat is None or p.lon is None:
            return None
        return haversine_km(p.lat, p.lon, self.gold.lat, self.gold.lon)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def detect(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() != ".xml":
        return False
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        head = fh.read(4000)
    return "<articles" in head and ("GeoWebNews" in head or "<toponyms" in head)


def read_gwn(path: Path) -> list[GoldArticle]:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise InputError(f"{path}: not readable GeoWebNews XML: {exc}", reason=Reason.MALFORMED) from exc
    return [_article(node) for node in root.iter("article")]


def _article(node: ET.Element) -> GoldArticle:
    text = node.findtext("text") or ""
    toponyms = tuple(t for t in (_toponym(x, text) for x in node.iter("toponym")) if t is not None)
    return GoldArticle(name=node.get("file", ""), text=text, toponyms=toponyms)


def _toponym(node: ET.Element, text: str) -> GoldToponym | None:
    lat, lon = node.findtext("latitude"), node.findtext("longitude")
    start, end = int(node.findtext("start") or 0), int(node.findtext("end") or 0)
    name = node.findtext("extractedName") or ""
    if not lat or not lon or text[start:end] != name:  # two gold spans are misaligned: skip them
        return None
    gid = node.findtext("geonamesID")
    return GoldToponym(name, start, end, float(lat), float(lon), int(gid) if gid else None,
                       node.findtext("type") or "")


class _CountryOracle:
    """Gold countries: by GeoNames id, else the nearest town within 100 km (a one-degree grid)."""

    def __init__(self, gaz: Gazetteer) -> None:
        self.by_id = {e.geonames_id: e for e in gaz.entries if e.geonames_id is not None}
        self.grid: dict[tuple[int, int], list[Entry]] = defaultdict(list)
        for e in gaz.entries:
            if e.feature == "city" and e.country:
                self.grid[(math.floor(e.lat), math.floor(e.lon))].append(e)

    def country(self, gold: GoldToponym) -> str | None:
        entry = self.by_id.get(gold.geonames_id) if gold.geonames_id else None
        if entry is not None:
            return entry.country
        cells = ((math.floor(gold.lat) + i, math.floor(gold.lon) + j) for i in (-1, 0, 1) for j in (-1, 0, 1))
        near = [(haversine_km(e.lat, e.lon, gold.lat, gold.lon), e) for c in cells for e in self.grid.get(c, ())]
        best = min(near, key=lambda x: x[0], default=None)
        return best[1].country if best and best[0] <= NEAREST_TOWN_KM else None


def score(path: Path, *, engine: object | None = None) -> Report:
    """Run the places stage (spaCy + resolver, not the whole engine) on every article and score it.

    ``engine`` (optional) lends its loaded spaCy pipeline (``.nlp``), place resolver (``.places``) and actor
    resolver (``.resolver``, whose mentions block person/organisation spans and vote for the country context).
    """
    from ..config import Settings
    from ..nlp import load_pipeline

    nlp = getattr(engine, "nlp", None) or load_pipeline(Settings().model)
    loaded = getattr(engine, "places", None)  # the engine's resolver: no second gazetteer load
    resolver = loaded if isinstance(loaded, PlaceResolver) else PlaceResolver(Gazetteer.load())
    gaz = resolver.gazetteer
    actors = getattr(engine, "resolver", None)  # the engine's actor resolver, as in the real pipeline
    articles = read_gwn(path)
    predicted = [resolver.extract(doc, entities=actors.resolve(doc, publish_date=None) if actors else ())
                 for doc in nlp.pipe(a.text for a in articles)]
    report = score_articles(articles, predicted, gaz)
    used = "with the engine's actor mentions" if actors else "without actor mentions (no engine)"
    return Report(name=report.name, metrics=report.metrics, tables=report.tables, notes=(*report.notes, used))


def score_articles(articles: Sequence[GoldArticle], predicted: Sequence[Sequence[Place]], gaz: Gazetteer) -> Report:
    oracle = _CountryOracle(gaz)
    outcomes: list[Outcome] = []
    n_pred = n_pred_matched = 0
    for article, places in zip(articles, predicted, strict=True):
        outcomes.extend(_match(article, places, oracle))
        n_pred += len(places)
        n_pred_matched += sum(any(_overlap(p, g) for g in article.toponyms) for p in places)
    metrics = _metrics(outcomes, gaz)
    metrics["precision"] = n_pred_matched / n_pred if n_pred else 0.0
    return Report(name="geo", metrics=metrics, tables=(_by_type(outcomes),),
                  notes=(f"{len(articles)} articles, {len(outcomes)} gold toponyms with coordinates, "
                         f"{n_pred} predicted places",
                         "accuracies are over matched toponyms; acc_161km_all counts unmatched ones as errors"))


def _overlap(p: Place, g: GoldToponym) -> bool:
    return p.start < g.end and g.start < p.end


def _match(article: GoldArticle, places: Sequence[Place], oracle: _CountryOracle) -> Iterator[Outcome]:
    for gold in article.toponyms:
        hit = next((p for p in places if _overlap(p, gold)), None)
        yield Outcome(gold=gold, gold_country=oracle.country(gold), predicted=hit)


def _metrics(outcomes: Sequence[Outcome], gaz: Gazetteer) -> dict[str, float]:
    matched = [o for o in outcomes if o.predicted is not None]
    errors = [e for e in (o.error_km for o in matched) if e is not None]
    near = sum(e <= THRESHOLD_KM for e in errors)
    nouns = [o for o in outcomes if not gaz.is_demonym(o.gold.text)]
    return {
        "recall": len(matched) / len(outcomes) if outcomes else 0.0,
        "recall_nouns": sum(o.predicted is not None for o in nouns) / len(nouns) if nouns else 0.0,
        "country_accuracy": _share(sum(o.predicted.country == o.gold_country for o in matched if o.predicted),
                                   len(matched)),
        "acc_161km": _share(near, len(matched)),
        "acc_161km_all": _share(near, len(outcomes)),
        "median_error_km": statistics.median(errors) if errors else 0.0,
    }


def _near(outcome: Outcome) -> bool:
    error = outcome.error_km
    return error is not None and error <= THRESHOLD_KM


def _share(n: int, total: int) -> float:
    return n / total if total else 0.0


def _by_type(outcomes: Sequence[Outcome]) -> Table:
    groups: dict[str, list[Outcome]] = defaultdict(list)
    for o in outcomes:
        groups[o.gold.kind].append(o)
    rows = []
    for kind, group in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        matched = [o for o in group if o.predicted is not None]
        near = sum(_near(o) for o in matched)
        country = sum(o.predicted is not None and o.predicted.country == o.gold_country for o in matched)
        rows.append((kind, str(len(group)), f"{_share(len(matched), len(group)):.3f}",
                     f"{_share(country, len(matched)):.3f}", f"{_share(near, len(matched)):.3f}"))
    return Table(title="GeoWebNews by toponym type", columns=("type", "gold", "recall", "country acc", "acc@161km"),
                 rows=tuple(rows))

