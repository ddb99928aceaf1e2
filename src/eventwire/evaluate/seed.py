"""Scoring events on the seed gold (seed/gold.json: sentences with PLOVER events and flags).

A gold event is matched by a predicted event whose sentence overlaps the gold sentence, with the same
PLOVER type, every gold actor code among the predicted actor codes (a gold code matches through any of its
``alt_codes``) and every gold recipient code among the predicted recipient codes. Required events are those
with ``optional`` and ``negated`` false. Recall counts required events; a prediction matching an optional
event is not a false positive; an unflagged prediction in a sentence whose gold event is negated is one.
Predictions in sentences the gold does not list are reported, not scored.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import InputError, Reason
from ..model import Event
from .plover import confusion_table, mention_codes, norm
from .report import Counts, Report, Table

if TYPE_CHECKING:
    from ..pipeline import Engine

__all__ = ["SeedEvent", "detect", "match", "read_gold", "score"]


@dataclass(frozen=True, slots=True)
class SeedEvent:
    start: int
    end: int
    event: str
    actor: tuple[frozenset[str], ...]  # each gold actor: its code and alt codes
    recipient: tuple[frozenset[str], ...]
    date: str | None
    negated: bool
    historical: bool
    optional: bool

    @property
    def required(self) -> bool:
        return not (self.optional or self.negated)


def _members(items: list[dict[str, Any]]) -> tuple[frozenset[str], ...]:
    return tuple(frozenset({norm(a["code"]), *(norm(c) for c in a.get("alt_codes", []))})
                 for a in items if a.get("code"))


def read_gold(path: Path) -> tuple[dict[str, Any], list[SeedEvent], list[tuple[int, int, bool]]]:
    """The gold document, its events, and its sentences as (start, end, boilerplate)."""
    try:
        gold = json.loads(path.read_text("utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"{path}: not a seed gold file: {exc}", reason=Reason.MALFORMED) from exc
    events: list[SeedEvent] = []
    sentences: list[tuple[int, int, bool]] = []
    for s in gold.get("sentences", []):
        sentences.append((s["start"], s["end"], bool(s.get("boilerplate"))))
        for e in s.get("events", []):
            events.append(SeedEvent(s["start"], s["end"], e["event"], _members(e.get("actor", [])),
                                    _members(e.get("recipient", [])), e.get("date"), bool(e.get("negated")),
                                    bool(e.get("historical")), bool(e.get("optional"))))
    return gold, events, sentences


def detect(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() != ".json":
        return False
    head = path.read_text("utf-8", errors="replace")[:3000]
    return '"sentences"' in head and '"publish_date"' in head


def _overlaps(g: SeedEvent, e: Event) -> bool:
    return e.sentence_start < g.end and g.start < e.sentence_end


def match(g: SeedEvent, e: Event) -> bool:
    if e.event != g.event or not _overlaps(g, e):
        return False
    actors, recipients = mention_codes(e.actor), mention_codes(e.recipient)
    return all(m & actors for m in g.actor) and all(m & recipients for m in g.recipient)


def _flags_ok(g: SeedEvent, e: Event) -> bool:
    return e.historical == g.historical and (g.date is None or e.date == g.date)


def score(path: Path, *, engine: Engine) -> Report:
    gold, events, sentences = read_gold(path)
    text_path = path.with_name("article.txt")
    text = text_path.read_text("utf-8") if text_path.exists() else str(gold.get("text", ""))
    published = date.fromisoformat(gold["publish_date"]) if gold.get("publish_date") else None
    predicted = list(engine.analyze_text(text, publish_date=published, title=gold.get("title")).events)
    inside = [e for e in predicted if any(e.sentence_start < b and a < e.sentence_end for a, b, _ in sentences)]
    countable = [e for e in inside if e.countable]
    positives = [g for g in events if not g.negated]
    counts, flags, rows = Counts(), Counts(), []
    counts.fp = sum(1 for e in countable if not any(match(g, e) for g in positives))
    required = [g for g in events if g.required]
    for g in required:
        hit: Event | None = next((e for e in countable if match(g, e)), None)
        counts.tp += hit is not None
        counts.fn += hit is None
        if hit is not None:
            ok = _flags_ok(g, hit)
            flags.tp += ok
            flags.fp += not ok
        rows.append((text[g.start:g.end][:60], g.event, "yes" if hit else "no",
                     f"{hit.date} hist={hit.historical}" if hit else ""))
    negated_ok = all(not any(_overlaps(g, e) and e.countable for e in inside) for g in events if g.negated)
    hist = [g for g in events if g.historical and g.date]
    hist_ok = sum(1 for g in hist if any(
        _overlaps(g, e) and e.event == g.event and e.historical and e.date == g.date for e in inside))
    metrics = {**counts.as_dict("event"), "required_found": float(counts.tp),
               "required_total": float(len(required)), "flags_accuracy": flags.precision,
               "negation_ok": float(negated_ok), "historical_ok": hist_ok / len(hist) if hist else 1.0}
    pairs = [(g.event, next((e.event for e in countable if match(g, e)), None)
              or next((e.event for e in inside if _overlaps(g, e)), "NONE")) for g in required]
    table = Table("required events", ("sentence", "type", "found", "date/flags"), tuple(rows))
    notes = (f"{len(predicted) - len(inside)} predictions outside the gold sentences (not scored)",)
    return Report("seed", metrics, (table, confusion_table(pairs)), notes)
