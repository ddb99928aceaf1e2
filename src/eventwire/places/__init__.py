"""Places stage: offline toponym resolution and event locations.

    gaz = Gazetteer.load()                          # immutable; load once
    resolver = PlaceResolver(gaz)
    places = resolver.extract(doc, entities=mentions)
    loc = resolver.locate(sentence_start=s, sentence_end=e, places=places, doc=doc)
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from spacy.tokens import Doc

from ..model import ActorMention, EventLocation, Place
from .dateline import Dateline, dateline_span, find_dateline
from .gazetteer import Candidate, Entry, Gazetteer, name_key
from .locate import locate
from .mentions import Mention, find_mentions
from .resolve import build_context, choose

__all__ = [
    "Candidate", "Dateline", "Entry", "Gazetteer", "PlaceResolver", "dateline_span", "find_dateline", "name_key",
]


class PlaceResolver:
    """Finds toponyms in a parsed document and resolves them against the gazetteer."""

    __slots__ = ("gazetteer",)

    def __init__(self, gazetteer: Gazetteer) -> None:
        self.gazetteer = gazetteer

    def extract(self, doc: Doc, *, entities: Iterable[ActorMention] = ()) -> list[Place]:
        """Place mentions in text order (character offsets into ``doc.text``)."""
        actors = list(entities)
        mentions = find_mentions(doc, self.gazetteer, entities=actors)
        contexts = build_context(mentions, votes=self._actor_countries(actors, mentions))
        return [_to_place(m, choose(m, contexts[name_key(m.text)])) for m in mentions]

    def _actor_countries(self, actors: Sequence[ActorMention], mentions: Sequence[Mention]) -> list[str]:
        """Countries of actors that are not themselves place mentions (people, "Russian officials")."""
        return [a.code for a in actors
                if a.code is not None and a.code in self.gazetteer.countries and not _overlaps_any(a, mentions)]

    def locate(self, *, sentence_start: int, sentence_end: int, places: Sequence[Place],
               doc: Doc) -> EventLocation | None:
        """A locative place in the sentence, else another place there that names no actor (not a country
        or capital in a subject/object slot), else the dateline's place, else ``None``."""
        return locate(sentence_start=sentence_start, sentence_end=sentence_end, places=places, doc=doc,
                      capitals=self.gazetteer.capitals)


def _overlaps_any(actor: ActorMention, mentions: Sequence[Mention]) -> bool:
    return any(actor.start < m.end and m.start < actor.end for m in mentions)


def _to_place(mention: Mention, entry: Entry) -> Place:
    return Place(text=mention.text, start=mention.start, end=mention.end, name=entry.name, country=entry.country,
                 lat=entry.lat, lon=entry.lon, geonames_id=entry.geonames_id, feature=entry.feature)
