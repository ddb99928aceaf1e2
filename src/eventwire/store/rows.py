"""Records → table rows (pure functions; column order matches schema.sql)."""

from __future__ import annotations

import json
from datetime import date
from typing import Any

from ..contract import actor_json
from ..model import ActorMention, Discard, Event, Result, stable_id

__all__ = ["ROW_BUILDERS", "article_row", "event_date", "quarantine_row"]

Row = tuple[Any, ...]


def article_row(result: Result, run_id: str, now: Any, previous_version: str | None = None) -> Row:
    a = result.article
    return (a.id, a.external_id, a.title, a.url, a.publish_date, a.origin.source, a.origin.member, a.fmt,
            a.language, a.text, sum(e.countable for e in result.events), run_id, now, None, previous_version)


def event_date(value: str | None) -> date | None:
    """The first day an event date stands for (``2018-06`` → 2018-06-01); None for weeks and vague dates."""
    if not value or "W" in value:
        return None
    parts = value.split("-")
    try:
        if len(parts) == 1 and len(parts[0]) == 4:
            return date(int(parts[0]), 1, 1)
        if len(parts) == 2:
            return date(int(parts[0]), int(parts[1]), 1)
        if len(parts) == 3:
            return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except ValueError:
        return None
    return None


def _first(ms: tuple[ActorMention, ...]) -> tuple[str | None, str | None, str | None]:
    if not ms:
        return None, None, None
    codes = sorted({m.code for m in ms if m.code})
    return ("+".join(codes) or None), ms[0].sector, " & ".join(m.name or m.text for m in ms)


def event_row(e: Event, text: str) -> Row:
    loc = e.event_loc
    return (e.id, e.article_id, e.event, e.mode, list(e.context), *_first(e.actor), *_first(e.recipient),
            json.dumps([actor_json(a) for a in e.actor]), json.dumps([actor_json(r) for r in e.recipient]),
            e.date, e.date_precision, event_date(e.date), e.negated, e.hypothetical, e.historical, e.quad_code,
            e.cameo_root, e.goldstein, e.event_text, e.trigger_start, e.trigger_end, e.sentence_start,
            e.sentence_end, text[e.sentence_start:e.sentence_end], e.confidence,
            loc.name if loc else None, loc.country if loc else None, loc.lat if loc else None,
            loc.lon if loc else None, False, None)


def _span_id(article_id: str, kind: str, start: int, end: int, extra: object = None) -> str:
    return stable_id(article_id, kind, start, end, extra)


def entity_rows(r: Result) -> list[Row]:
    aid = r.article.id
    return [(_span_id(aid, "ent", m.start, m.end, m.code), aid, m.text, m.start, m.end, m.code, m.sector, m.name,
             m.type, m.role) for m in r.entities]


def quote_rows(r: Result) -> list[Row]:
    aid = r.article.id
    return [(_span_id(aid, "quote", q.start, q.end, q.kind), aid, q.text, q.start, q.end, q.speaker, q.speaker_code,
             q.speaker_sector, q.kind) for q in r.quotes]


def timex_rows(r: Result) -> list[Row]:
    aid = r.article.id
    return [(_span_id(aid, "timex", t.start, t.end), aid, t.text, t.start, t.end, t.value, t.kind, t.mod)
            for t in r.timexes]


def place_rows(r: Result) -> list[Row]:
    aid = r.article.id
    return [(_span_id(aid, "place", p.start, p.end), aid, p.text, p.start, p.end, p.name, p.country, p.lat, p.lon,
             p.geonames_id) for p in r.places]


def event_rows(r: Result) -> list[Row]:
    return [event_row(e, r.article.text) for e in r.events]


ROW_BUILDERS = {"events": event_rows, "entities": entity_rows, "quotes": quote_rows, "timexes": timex_rows,
                "places": place_rows}


def quarantine_row(d: Discard, run_id: str, now: Any) -> Row:
    o = d.origin
    return (stable_id(o.source, o.member, o.offset, d.reason), o.source, o.member, o.offset, d.reason, d.message,
            d.doc_id, run_id, now)
