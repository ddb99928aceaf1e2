"""Records that flow between the stages of eventwire.

Every record is a frozen, slotted dataclass. Character offsets (``start``/``end``) always point into
``Article.text``: the text exactly as the user gave it (for HTML, the text extracted from the page).
Stages never rewrite that text; cleaning only *masks* spans (see ``Article.masked_text``).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal

__all__ = [
    "ActorMention",
    "Article",
    "Discard",
    "Event",
    "EventLocation",
    "Origin",
    "Place",
    "Quote",
    "RawDocument",
    "Result",
    "Span",
    "Timex",
    "content_id",
    "stable_id",
]

Precision = Literal["day", "week", "month", "year", "unknown"]


def stable_id(*parts: object, length: int = 16) -> str:
    """Deterministic id: a hash of the JSON form of ``parts`` (reruns give the same id)."""
    payload = json.dumps(parts, ensure_ascii=False, sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def content_id(text: str) -> str:
    """Article id: hash of the whitespace-normalised text, so the same story ingested twice is one row."""
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Origin:
    """Where an input came from: a file, the member of an archive, the record offset inside it."""

    source: str
    member: str | None = None
    offset: int | None = None

    def describe(self) -> str:
        where = self.source
        if self.member:
            where += f"!{self.member}"
        if self.offset is not None:
            where += f"@{self.offset}"
        return where


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One document as ingest found it, before any cleaning."""

    text: str
    origin: Origin
    doc_id: str | None = None  # the user's own id (JSONL "id"), kept as external_id
    title: str | None = None
    url: str | None = None
    publish_date: date | None = None
    fmt: str = "text"  # text | html | jsonl | csv | rss | warc
    metadata: Mapping[str, str] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Article:
    """A cleaned document: the original text plus the spans that are not article prose."""

    id: str
    text: str
    origin: Origin
    external_id: str | None = None
    title: str | None = None
    title_span: Span | None = None
    url: str | None = None
    publish_date: date | None = None
    language: str = "en"
    boilerplate: tuple[Span, ...] = ()
    fmt: str = "text"
    metadata: Mapping[str, str] = field(default_factory=dict)

    @property
    def masked_text(self) -> str:
        """The text with boilerplate replaced by spaces (newlines kept): same length, same offsets."""
        if not self.boilerplate:
            return self.text
        chars = list(self.text)
        for span in self.boilerplate:
            for i in range(span.start, span.end):
                if chars[i] != "\n":
                    chars[i] = " "
        return "".join(chars)


@dataclass(frozen=True, slots=True)
class ActorMention:
    """A mention resolved to a canonical actor as of the article's publication date.

    ``type`` is PERSON, STATE, ORG, GROUP (armed non-state group), AGENT (generic noun with a sector,
    "officials") or PRONOUN/DESCRIPTION for coreferent mentions resolved to an earlier one.
    """

    text: str
    start: int
    end: int
    code: str | None
    sector: str | None = None
    name: str | None = None
    type: str = "STATE"
    actor_id: str | None = None  # key of the knowledge-base entry
    role: str | None = None  # "President of Russia" when resolved through a dated role
    alt_codes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Timex:
    """A temporal expression with its normalised value (TIMEX3-like: 2018-09-10, 2018-W37, 2018-06, 2018,
    2018-SU, 2018-Q3, decade 201, century 19; null for vague expressions and clock times)."""

    text: str
    start: int
    end: int
    value: str | None
    kind: str  # day | week | month | year | season | quarter | decade | century | time | vague | duration
    mod: str | None = None  # END, START, MID, APPROX ...


@dataclass(frozen=True, slots=True)
class Quote:
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_code: str | None = None
    speaker_sector: str | None = None
    kind: str = "direct"  # direct | indirect
    cue: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None


@dataclass(frozen=True, slots=True)
class Place:
    text: str
    start: int
    end: int
    name: str
    country: str | None  # ISO 3166-1 alpha-3
    lat: float | None = None
    lon: float | None = None
    geonames_id: int | None = None
    feature: str | None = None  # country | admin1 | city | region | sea ...


@dataclass(frozen=True, slots=True)
class EventLocation:
    name: str
    country: str | None
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event, tied to the sentence that reports it (PLOVER 2.0 field names in the contract)."""

    id: str
    article_id: str
    event: str  # PLOVER type: AGREE, CONSULT, ...
    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]
    event_text: str
    trigger_start: int
    trigger_end: int
    sentence_start: int
    sentence_end: int
    mode: str = ""
    context: tuple[str, ...] = ()
    date: str | None = None
    date_precision: Precision = "unknown"
    negated: bool = False
    hypothetical: bool = False
    historical: bool = False
    quad_code: int | None = None
    cameo_root: str | None = None
    goldstein: float | None = None
    confidence: float = 0.5
    event_loc: EventLocation | None = None

    @property
    def countable(self) -> bool:
        """Counted in summaries: something that happened, not negated, hypothetical or merely mentioned."""
        return not (self.negated or self.hypothetical)

    @staticmethod
    def make_id(article_id: str, event: str, trigger_start: int, actor_codes: tuple[str | None, ...],
                recipient_codes: tuple[str | None, ...]) -> str:
        return stable_id(article_id, event, trigger_start, actor_codes, recipient_codes)


@dataclass(frozen=True, slots=True)
class Discard:
    """An input that could not be processed, with a reason code (see ``errors.Reason``)."""

    origin: Origin
    reason: str
    message: str
    doc_id: str | None = None


@dataclass(frozen=True, slots=True)
class Result:
    """Everything eventwire extracted from one article."""

    article: Article
    events: tuple[Event, ...] = ()
    entities: tuple[ActorMention, ...] = ()
    quotes: tuple[Quote, ...] = ()
    timexes: tuple[Timex, ...] = ()
    places: tuple[Place, ...] = ()

    def stats(self) -> dict[str, Any]:
        return {"events": len(self.events), "entities": len(self.entities), "quotes": len(self.quotes)}
