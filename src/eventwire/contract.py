"""The machine contract of ``eventwire analyze``: one JSON object per document, PLOVER 2.0 field names.

Every offset indexes the input text exactly as given.
"""

from __future__ import annotations

from typing import Any

from .model import ActorMention, Discard, Event, EventLocation, Place, Quote, Result, Timex

__all__ = ["actor_json", "discard_json", "event_json", "result_json"]


def actor_json(m: ActorMention) -> dict[str, Any]:
    return {"text": m.text, "code": m.code, "sector": m.sector, "name": m.name, "start": m.start, "end": m.end}


def _loc_json(loc: EventLocation | None) -> dict[str, Any] | None:
    if loc is None:
        return None
    return {"name": loc.name, "country": loc.country, "lat": loc.lat, "lon": loc.lon}


def event_json(e: Event) -> dict[str, Any]:
    return {
        "id": e.id,
        "event": e.event,
        "mode": e.mode,
        "context": list(e.context),
        "actor": [actor_json(a) for a in e.actor],
        "recipient": [actor_json(r) for r in e.recipient],
        "date": e.date,
        "date_precision": e.date_precision,
        "negated": e.negated,
        "hypothetical": e.hypothetical,
        "historical": e.historical,
        "quad_code": e.quad_code,
        "cameo_root": e.cameo_root,
        "goldstein": e.goldstein,
        "event_text": e.event_text,
        "text_info": {"start": e.sentence_start, "end": e.sentence_end,
                      "trigger_start": e.trigger_start, "trigger_end": e.trigger_end},
        "confidence": round(e.confidence, 3),
        "event_loc": _loc_json(e.event_loc),
    }


def _quote_json(q: Quote) -> dict[str, Any]:
    return {"text": q.text, "start": q.start, "end": q.end, "speaker": q.speaker, "speaker_code": q.speaker_code,
            "speaker_sector": q.speaker_sector, "kind": q.kind}


def _timex_json(t: Timex) -> dict[str, Any]:
    return {"text": t.text, "start": t.start, "end": t.end, "value": t.value, "kind": t.kind, "mod": t.mod}


def _entity_json(m: ActorMention) -> dict[str, Any]:
    return {"text": m.text, "start": m.start, "end": m.end, "name": m.name, "code": m.code, "sector": m.sector,
            "type": m.type, "role": m.role}


def _place_json(p: Place) -> dict[str, Any]:
    return {"text": p.text, "start": p.start, "end": p.end, "name": p.name, "country": p.country, "lat": p.lat,
            "lon": p.lon, "geonames_id": p.geonames_id}


def result_json(result: Result, *, doc_id: str | None = None) -> dict[str, Any]:
    art = result.article
    return {
        "id": doc_id or art.external_id or art.id,
        "article_id": art.id,
        "publish_date": art.publish_date.isoformat() if art.publish_date else None,
        "events": [event_json(e) for e in result.events],
        "quotes": [_quote_json(q) for q in result.quotes],
        "timexes": [_timex_json(t) for t in result.timexes],
        "entities": [_entity_json(m) for m in result.entities],
        "places": [_place_json(p) for p in result.places],
    }


def discard_json(d: Discard) -> dict[str, Any]:
    return {"id": d.doc_id, "error": {"reason": d.reason, "message": d.message, "origin": d.origin.describe()},
            "events": [], "quotes": [], "timexes": [], "entities": [], "places": []}
