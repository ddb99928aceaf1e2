"""Finding toponym mentions in a parsed document: the dateline, NER places and gazetteer look-ups.

A mention is a character span plus the gazetteer entries its name may refer to; choosing among them is
``resolve``'s job. Demonyms ("Russian", "Americans") are never mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..model import ActorMention
from ..nlp.components import doc_text
from .dateline import find_dateline
from .gazetteer import Candidate, Gazetteer

__all__ = ["Mention", "find_mentions"]

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
# Entities whose inner words are not toponym mentions of their own ("Washington Post", "Paris Hilton").
BLOCKING_LABELS = frozenset({"PERSON", "ORG", "NORP", "WORK_OF_ART", "EVENT", "LAW", "PRODUCT", "LANGUAGE"})
MISLABELLED = frozenset({"ORG", "PERSON", "PRODUCT", "WORK_OF_ART"})
BLOCKING_ACTOR_TYPES = frozenset({"PERSON", "ORG", "GROUP"})
# Look-ups outside NER spans only for names that are rarely anything else (small towns' names often are).
LOOKUP_MIN_CITY_POPULATION = 100_000
LOOKUP_FEATURES = frozenset({"country", "admin1", "continent", "region", "sea", "territory"})
MAX_LOOKUP_TOKENS = 4
# "northern Syria", "Greater London": the modifier is not part of the gazetteer name.
DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "northeast",
    "northwest", "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern",
    "greater", "downtown", "upstate", "rural", "coastal", "mainland",
})
# One-word names that are also ordinary words ("the West", "Centre" is a region of Burkina Faso): never a
# place on their own.
GENERIC_WORDS = DIRECTION_WORDS | frozenset({
    "centre", "center", "coast", "gulf", "valley", "capital", "plateau", "lakes", "littoral", "islands",
    "island", "mountain", "mountains", "river", "delta", "highlands", "lowlands", "border", "upper", "lower",
    "middle", "interior", "wing", "city", "county", "state", "union", "republic", "kingdom", "west",
    "north", "east", "south", "orient", "equator", "savanes", "lagunes", "plains", "hills", "harbour", "bay",
})


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    start: int
    end: int
    source: str  # dateline | ner | lookup
    label: str  # the NER label (GPE, LOC, FAC) or "" for look-ups
    candidates: tuple[Candidate, ...]


def find_mentions(doc: Doc, gaz: Gazetteer, *, entities: Iterable[ActorMention] = ()) -> list[Mention]:
    """All toponym mentions, in text order, with no two overlapping (dateline, then NER, then look-ups)."""
    blocked = [span for actor in entities for span in _blocked_spans(actor)]
    found: list[Mention] = []
    for mention in _all_mentions(doc, gaz):
        if any(_overlaps(mention.start, mention.end, m.start, m.end) for m in found):
            continue
        if not any(_inside(mention, span) for span in blocked):
            found.append(mention)
    return sorted(found, key=lambda m: m.start)


def _inside(mention: Mention, span: tuple[int, int, bool]) -> bool:
    start, end, whole = span
    if (mention.start, mention.end) == (start, end):
        return whole
    return start <= mention.start and mention.end <= end


def _blocked_spans(actor: ActorMention) -> Iterator[tuple[int, int, bool]]:
    """Spans where a place name is part of an actor's name: (start, end, also blocks the whole span).

    A person's name is at the end of the mention ("U.S. President Donald Trump": "U.S." stays a place);
    a whole-span organisation mention that is a place name ("Brussels" for the EU) is a metonym and stays
    a place mention, while words inside a longer name ("Washington Post") are not places.
    """
    if actor.type == "PERSON":
        words = [m.span() for m in re.finditer(r"\S+", actor.text)]
        name_start = words[-2][0] if len(words) > 2 else 0
        yield actor.start + name_start, actor.end, True
    elif actor.type in BLOCKING_ACTOR_TYPES:
        yield actor.start, actor.end, False


def _all_mentions(doc: Doc, gaz: Gazetteer) -> Iterator[Mention]:
    dateline = find_dateline(doc_text(doc))
    if dateline:
        text = doc_text(doc)[dateline.start:dateline.end]
        candidates = gaz.lookup(text)
        if candidates:
            yield Mention(text, dateline.start, dateline.end, "dateline", "", candidates)
    for ent in doc.ents:
        mention = _ner_mention(ent, gaz) if ent.label_ in PLACE_LABELS else _mislabelled(ent, gaz)
        if mention:
            yield mention
    yield from _lookup_mentions(doc, gaz)


def _overlaps(start: int, end: int, other_start: int, other_end: int) -> bool:
    return start < other_end and other_start < end


def _drop_article(span: Span) -> Span:
    start = span.start + 1 if len(span) > 1 and span[0].lower_ in {"the", "a"} else span.start
    end = span.end
    while end > start + 1 and span.doc[end - 1].text in {"'s", "\u2019s", "'", "\u2019", ".", ","}:
        end -= 1
    return span.doc[start:end]


def _trim(span: Span) -> Span:
    """Also drop leading direction words: "northern Syria", "Greater London"."""
    span = _drop_article(span)
    start = span.start
    while start < span.end - 1 and span.doc[start].lower_ in DIRECTION_WORDS:
        start += 1
    return span.doc[start:span.end]


def _generic(span: Span) -> bool:
    words = [t for t in span if not t.is_punct]
    return len(words) == 1 and words[0].lower_ in GENERIC_WORDS


def _ner_mention(ent: Span, gaz: Gazetteer) -> Mention | None:
    if gaz.is_demonym(ent.text):
        return None
    for span in (_drop_article(ent), _trim(ent)):
        if gaz.is_demonym(span.text) or _generic(span):
            return None
        candidates = gaz.lookup(span.text)
        if candidates:
            return Mention(span.text, span.start_char, span.end_char, "ner", ent.label_, candidates)
    return None


def _mislabelled(ent: Span, gaz: Gazetteer) -> Mention | None:
    """A whole ORG/PERSON entity that is a well-known place name: the small model's usual slip ("Crimea" as
    ORG, "Tamil Nadu" as PERSON). A one-word PERSON is left alone: "Jordan" and "Georgia" are also names."""
    if ent.label_ not in MISLABELLED or ent.label_ == "PERSON" and len(ent) < 2:
        return None
    span = _drop_article(ent)
    if gaz.is_demonym(span.text) or _generic(span):
        return None
    strong = tuple(c for c in gaz.lookup(span.text) if _lookup_worthy(c))
    return Mention(span.text, span.start_char, span.end_char, "ner", "", strong) if strong else None


def _lookup_mentions(doc: Doc, gaz: Gazetteer) -> Iterator[Mention]:
    """Gazetteer names the NER missed: capitalised proper-noun runs outside other entities."""
    covered = {t.i for ent in doc.ents if ent.label_ in BLOCKING_LABELS | PLACE_LABELS for t in ent}
    sentences = doc.sents if doc.has_annotation("SENT_START") else ()
    headlines = {t.i for sent in sentences if _headline_case(sent) for t in sent}
    i = 0
    while i < len(doc):
        found = _longest_lookup(doc, i, covered, gaz, towns=i not in headlines)
        if found:
            yield found[0]
            i = found[1]
        else:
            i += 1


def _headline_case(sent: Span) -> bool:
    """Title Case Lines ("In Surprise Move, Putin Proposes ...") make capitals no evidence of a name."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    ends = sent.text.rstrip()[-1:]
    return (len(words) >= 3 and ends not in {".", "!", "?", '"', "\u201d"}
            and sum(t.text[0].isupper() for t in words) >= 0.7 * len(words))


def _longest_lookup(doc: Doc, i: int, covered: set[int], gaz: Gazetteer, *,
                    towns: bool) -> tuple[Mention, int] | None:
    """The longest name starting at token ``i``, and the token after it (towns only outside headlines)."""
    first = doc[i]
    if i in covered or not first.text[:1].isupper() or first.pos_ not in {"PROPN", "NOUN", "ADJ"}:
        return None
    for n in range(min(MAX_LOOKUP_TOKENS, len(doc) - i), 0, -1):
        span = doc[i:i + n]
        if any(t.i in covered or t.is_space for t in span) or span[-1].is_punct and span[-1].text != ".":
            continue
        if gaz.is_demonym(span.text):
            return None
        if _generic(span):
            continue
        strong = tuple(c for c in gaz.lookup(span.text)
                       if _lookup_worthy(c) and (towns or c.entry.feature != "city"))
        if strong and any(t.pos_ == "PROPN" for t in span):
            return Mention(span.text, span.start_char, span.end_char, "lookup", "", strong), span.end
    return None


def _lookup_worthy(candidate: Candidate) -> bool:
    entry = candidate.entry
    if candidate.alias and entry.feature in {"city", "admin1"}:
        return False
    return entry.feature in LOOKUP_FEATURES or entry.capital or entry.population >= LOOKUP_MIN_CITY_POPULATION
