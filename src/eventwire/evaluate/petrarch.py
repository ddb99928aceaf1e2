"""Scoring CAMEO roots and dyads on the PETRARCH-2 validation records (PETR2_GSR_validation.xml).

The file holds <Sentence> records with <EventCoding eventcode= sourcecode= targetcode=/> (or noevents) and
the sentence <Text>. Metrics: ``root_accuracy`` = share of gold codings whose 2-digit CAMEO root is among
the engine's (countable) events of that sentence; ``root_precision`` = share of predicted events whose root
is among the sentence's gold roots (events in no-event sentences count against it); ``dyad_*`` = root plus
source and target country (the first three letters of the CAMEO actor codes) matched one to one.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, Reason
from ..model import Event
from .plover import codes_match, confusion_table, engine_events, mention_codes, norm
from .report import Counts, Report, greedy_counts

if TYPE_CHECKING:
    from ..pipeline import Engine

__all__ = ["GoldCoding", "GoldSentence", "detect", "read_sentences", "score"]

_SENTENCE = re.compile(r"<Sentence\b([^>]*)>(.*?)(?=<Sentence\b|</Sentences>)", re.S)
_ATTR = re.compile(r'(\w+)="([^"]*)"')
_CODING = re.compile(r"<EventCoding\b([^>]*)/?>")
_TEXT = re.compile(r"<Text>(.*?)</Text>", re.S)


@dataclass(frozen=True, slots=True)
class GoldCoding:
    root: str
    source: str
    target: str


@dataclass(frozen=True, slots=True)
class GoldSentence:
    id: str
    text: str
    date: date | None
    codings: tuple[GoldCoding, ...]


def _date(value: str) -> date | None:
    return date(int(value[:4]), int(value[4:6]), int(value[6:8])) if re.fullmatch(r"\d{8}", value) else None


def read_sentences(path: Path) -> list[GoldSentence]:
    try:
        raw = path.read_text("utf-8")
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc}", reason=Reason.UNREADABLE) from exc
    out: list[GoldSentence] = []
    for head, body in _SENTENCE.findall(raw):
        attrs = dict(_ATTR.findall(head))
        text = _TEXT.search(body)
        if text is None or attrs.get("evaluate", "true") != "true":
            continue
        codings = []
        for coding in _CODING.findall(body):
            c = dict(_ATTR.findall(coding))
            if c.get("eventcode"):
                codings.append(GoldCoding(c["eventcode"][:2], c.get("sourcecode", ""), c.get("targetcode", "")))
        clean = " ".join(html.unescape(text.group(1)).split())
        out.append(GoldSentence(attrs.get("id", ""), clean, _date(attrs.get("date", "")), tuple(codings)))
    return out


def detect(path: Path) -> bool:
    if not path.is_file() or path.suffix.lower() != ".xml":
        return False
    with path.open("r", encoding="utf-8", errors="replace") as fh:
        head = fh.read(3000)
    return "<Validation>" in head or "PETRARCH" in head


def _dyad_ok(g: GoldCoding, e: Event) -> bool:
    if e.cameo_root != g.root or not codes_match(frozenset({norm(g.source)}), mention_codes(e.actor)):
        return False
    return not g.target or codes_match(frozenset({norm(g.target)}), mention_codes(e.recipient))


def _dyads(gold: tuple[GoldCoding, ...], events: list[Event]) -> Counts:
    dyads = [e for e in events if any(m.code for m in e.actor)]  # a dyad needs a coded actor
    return greedy_counts(gold, dyads, _dyad_ok)


def score(path: Path, *, engine: Engine) -> Report:
    sentences = read_sentences(path)
    found = total = hits = predicted = 0
    dyads = Counts()
    pairs: list[tuple[str, str]] = []
    for s in sentences:
        events = [e for e in engine_events(engine, s.text, s.date) if e.countable]
        roots = {e.cameo_root for e in events}
        gold_roots = {g.root for g in s.codings}
        total += len(s.codings)
        found += sum(1 for g in s.codings if g.root in roots)
        predicted += len(events)
        hits += sum(1 for e in events if e.cameo_root in gold_roots)
        dyads.add(_dyads(s.codings, events))
        top = max(events, key=lambda e: e.confidence, default=None)
        for g in s.codings[:1]:
            pairs.append((g.root, top.cameo_root or "NONE" if top else "NONE"))
    metrics = {"root_accuracy": found / total if total else 0.0,
               "root_precision": hits / predicted if predicted else 0.0, **dyads.as_dict("dyad")}
    notes = (f"{len(sentences)} sentences, {total} gold codings, {predicted} predicted events",)
    return Report("petrarch", metrics, (confusion_table(pairs),), notes)
