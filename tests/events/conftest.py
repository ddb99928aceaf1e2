"""Helpers for the events tests: hand-built actor mentions on sentences written for these tests."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date

import pytest

from eventwire.events import EventCoder
from eventwire.model import ActorMention, Event, Quote, Timex

Code = Callable[..., list[Event]]


@pytest.fixture(scope="session")
def coder() -> EventCoder:
    return EventCoder.load()


def mentions(text: str, table: dict[str, str]) -> list[ActorMention]:
    found: list[ActorMention] = []
    for name, code in sorted(table.items(), key=lambda kv: -len(kv[0])):
        for m in re.finditer(r"\b" + re.escape(name) + r"\b", text):
            if not any(e.start < m.end() and m.start() < e.end for e in found):
                found.append(ActorMention(name, m.start(), m.end(), code, "GOV", name))
    return sorted(found, key=lambda e: e.start)


def timexes(text: str, table: dict[str, str]) -> list[Timex]:
    out = []
    for phrase, value in table.items():
        start = text.index(phrase)
        kind = {10: "day", 7: "month", 4: "year"}.get(len(value), "week")
        out.append(Timex(phrase, start, start + len(phrase), value, kind))
    return out


@pytest.fixture()
def code(nlp, coder: EventCoder) -> Code:  # type: ignore[no-untyped-def]
    def run(text: str, actors: dict[str, str], *, times: dict[str, str] | None = None,
            quotes: Sequence[Quote] = (), published: date = date(2020, 5, 20)) -> list[Event]:
        doc = nlp(text)
        return coder.code(doc, article_id="t", entities=mentions(text, actors),
                          timexes=timexes(text, times or {}), quotes=quotes, publish_date=published)
    return run
