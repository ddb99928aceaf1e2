"""From the subject of a cue to a speaker: the actor mention at that span, or the text itself."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import ActorMention
from ..nlp.components import doc_text

__all__ = ["Speaker", "paragraph_bounds", "speaker_for"]

_PERSONAL = frozenset({"he", "she", "him", "her", "i"})
_PRONOUN_TYPES = ("PRONOUN", "DESCRIPTION")


@dataclass(frozen=True, slots=True)
class Speaker:
    name: str
    code: str | None
    sector: str | None
    start: int
    end: int


def paragraph_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _subject_span(subject: Token) -> tuple[int, int]:
    """The subject's words up to its head ("Yoshihide Suga", not the appositive after the comma)."""
    left = subject.left_edge
    return left.idx, subject.idx + len(subject.text)


def _overlapping(entities: Sequence[ActorMention], start: int, end: int, head: Token) -> ActorMention | None:
    hits = [e for e in entities if e.start < end and start < e.end]
    on_head = [e for e in hits if e.start <= head.idx < e.end]
    best = on_head or hits
    return best[0] if best else None


def _from_mention(mention: ActorMention, start: int, end: int) -> Speaker:
    return Speaker(mention.name or mention.text, mention.code, mention.sector, start, end)


def _antecedent(doc: Doc, entities: Sequence[ActorMention], before: int) -> ActorMention | str | None:
    """Nearest person named earlier: in the paragraph first, then in the article so far (news prose
    names a speaker once and goes on with "she said"). The actors stage's mentions win over spaCy's."""
    para_start, _ = paragraph_bounds(doc_text(doc), before)
    for since in (para_start, 0):
        people = [e for e in entities if e.type == "PERSON" and since <= e.start < before]
        if people:
            return max(people, key=lambda e: e.start)
        ents = [e for e in doc.ents if e.label_ == "PERSON" and since <= e.start_char < before]
        if ents:
            return max(ents, key=lambda e: e.start_char).text
    return None


def _by_surname(entities: Sequence[ActorMention], subject: Token) -> ActorMention | None:
    """"Lavrov said" after "Foreign Minister Sergei Lavrov" was resolved: the same person by surname."""
    earlier = [e for e in entities if e.type == "PERSON" and e.name and e.start < subject.idx
               and e.name.split()[-1] == subject.text]
    return max(earlier, key=lambda e: e.start, default=None)


def speaker_for(subject: Token, doc: Doc, entities: Sequence[ActorMention]) -> Speaker | None:
    """The speaker a cue's subject names; ``None`` when it names nobody the article identifies."""
    if subject.tag_ in ("WP", "WDT") and subject.head.dep_ == "relcl":
        subject = subject.head.head  # "Van Jackson, who said ...": the relative pronoun's antecedent
    start, end = _subject_span(subject)
    mention = _overlapping(entities, start, end, subject)
    if mention is not None and mention.start <= subject.idx < mention.end:
        return _from_mention(mention, start, end)
    if mention is not None and subject.ent_type_ == "PERSON":
        # "EU foreign policy chief Federica Mogherini": an unlisted person speaking for the resolved
        # actor in front of the name; the person is the speaker, coded by that affiliation.
        person = next(e for e in subject.doc.ents if e.start <= subject.i < e.end)
        return Speaker(person.text, mention.code, mention.sector, start, end)
    if mention is not None:
        return _from_mention(mention, start, end)
    if subject.pos_ == "PRON":
        if subject.lower_ not in _PERSONAL:
            return None
        found = _antecedent(doc, entities, subject.idx)
        if isinstance(found, ActorMention):
            return _from_mention(found, start, end)
        return Speaker(found, None, None, start, end) if found else None
    if subject.is_title:
        named = _by_surname(entities, subject)
        if named is not None:
            return _from_mention(named, start, end)
    # No actor matched: the subject's own words ("Mr. Hale", "a government spokesman") still say who.
    return Speaker(doc_text(doc)[start:end], None, None, start, end)
