"""Direct and indirect quotes of a spaCy ``Doc`` with their speakers.

A quoted segment is a quote when it is someone's words: a clause (it has a verb), a long phrase, or a
short phrase that a speech cue governs ("Putin said it 'would be naive'"). One- and two-word quoted
phrases ("nine bridges", "friends") are scare quotes or titles, and title-cased verbless phrases are
titles. The speaker is the subject of the cue that governs the quote, else of the cue right after it
("...", Putin said), else of a cue that introduces it with a colon.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import ActorMention, Quote
from ..nlp.components import doc_text
from .cues import INDIRECT_LEMMAS, Cue, find_cues
from .marks import Segment, find_segments, word_count
from .speakers import Speaker, paragraph_bounds, speaker_for

__all__ = ["extract_quotes"]

_AFTER_GAP = 60  # chars between a closing mark and a following cue ("...," the senator from Ohio said)
_BEFORE_GAP = 120  # chars between a cue and an opening mark it introduces with a colon or comma
_TRAIL = " \t\n,;:"


@dataclass(frozen=True, slots=True)
class _Found:
    segment: Segment
    start: int
    end: int
    cue: Cue | None


def _trimmed(text: str, seg: Segment) -> tuple[int, int]:
    start, end = seg.start, seg.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    return start, end


def _span(doc: Doc, start: int, end: int) -> Span | None:
    return doc.char_span(start, end, alignment_mode="expand") if end > start else None


def _governs(cue: Cue, span: Span) -> bool:
    return any(cue.token in t.ancestors for t in span) and not (span.start <= cue.token.i < span.end)


def _is_title(span: Span) -> bool:
    words = [t for t in span if t.is_alpha]
    content = [t for t in words if not t.is_stop]
    return (len(content) >= 2 and all(t.is_title or t.is_upper for t in content) and words[0].is_title
            and all(t.is_title or t.is_stop for t in words))


def _is_quote(span: Span, words: int, cues: Sequence[Cue], near: bool) -> bool:
    if words <= 2:
        return False
    if _is_title(span) and not near:
        # A title-cased phrase is a title, a show or a slogan ('told "Meet the Press"', "The Art of the
        # Deal") unless a cue right after it says someone said it.
        return False
    has_verb = any(t.pos_ in ("VERB", "AUX") for t in span)
    return has_verb or words >= 6 or near or any(_governs(c, span) for c in cues)


def _inside(pos: int, found: Sequence[tuple[int, int]]) -> bool:
    return any(a - 1 <= pos <= b for a, b in found)


def _close_after(c: Cue, end: int) -> bool:
    """The cue, or the subject it follows ("...," Lisa Monaco, the adviser on ..., said), is near."""
    if c.token.idx < end:
        return False
    return c.token.idx <= end + _AFTER_GAP or (
        c.subject is not None and end <= c.subject.left_edge.idx <= end + 6 and c.token.idx <= end + 3 * _AFTER_GAP)


def _cue_after(text: str, end: int, cands: Sequence[Cue]) -> Cue | None:
    after = [c for c in cands if _close_after(c, end) and not any(m in text[end + 1:c.token.idx] for m in '"“”')]
    return min(after, key=lambda c: c.token.idx, default=None)


def _cue_before(text: str, start: int, cands: Sequence[Cue]) -> Cue | None:
    before = [c for c in cands if start - _BEFORE_GAP <= c.token.idx < start]
    best = max(before, key=lambda c: c.token.idx, default=None)
    if best is None:
        return None
    gap = text[best.token.idx:start].rstrip(' "“‘\'')
    return best if gap.endswith((":", ",")) or best.token.lower_ == "according" else None


def _previous_paragraph_cue(doc: Doc, para_start: int, cues: Sequence[Cue], taken: Sequence[tuple[int, int]]) -> Cue | None:
    """A quote opening a paragraph may be introduced by the previous one ("He said:")."""
    prev_text = doc_text(doc)[:para_start].rstrip()
    if not prev_text.endswith(":"):
        return None
    prev_start, _ = paragraph_bounds(doc_text(doc), len(prev_text) - 1)
    cands = [c for c in cues if prev_start <= c.token.idx < len(prev_text) and not _inside(c.token.idx, taken)]
    return max(cands, key=lambda c: c.token.idx, default=None)


def _cue_for(doc: Doc, seg: Segment, cues: Sequence[Cue], taken: Sequence[tuple[int, int]]) -> Cue | None:
    """The cue of a quote; positions are the segment's own (the marks sit at start - 1 and end)."""
    start, end = seg.start, seg.end
    para_start, para_end = paragraph_bounds(doc_text(doc), start)
    cands = [c for c in cues if para_start <= c.token.idx < para_end and not _inside(c.token.idx, taken)]
    span = _span(doc, *_trimmed(doc_text(doc), seg))
    governing = [c for c in cands if span is not None and _governs(c, span)]
    if governing:
        return min(governing, key=lambda c: abs(c.token.idx - start))
    return (_cue_after(doc_text(doc), end, cands) or _cue_before(doc_text(doc), start, cands)
            or (_previous_paragraph_cue(doc, para_start, cues, taken) if doc_text(doc)[para_start:start].strip(' "“') == ""
                else None))


def _colon_subject(doc: Doc, start: int) -> Token | None:
    """'Jeremy Lott, author: "..."' and 'Trump deflected: "..."': who the text before a colon names."""
    before = doc_text(doc)[:start].rstrip(' "“‘\'')
    if not before.endswith(":"):
        return None
    para_start, _ = paragraph_bounds(doc_text(doc), start)
    head = doc.char_span(para_start, len(before) - 1, alignment_mode="contract")
    if head is None or len(head) == 0:
        return None
    sent = doc[head[-1].i].sent
    clause = doc[max(sent.start, head.start):head.end]
    root = clause.root
    if root.pos_ in ("VERB", "AUX"):
        return next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    # Headlines tag a bare name as a common noun ("Trump: 'Mexico will pay'"): a capitalised head will do.
    named = root.pos_ == "PROPN" or root.ent_type_ == "PERSON" or (root.pos_ == "NOUN" and root.is_title)
    return root if named else None


def _colon_at(text: str, start: int) -> tuple[int, int]:
    colon = text.rfind(":", 0, start)
    return colon, colon + 1


def _ends_clause(text: str, seg: Segment) -> bool:
    """'"...," he said' ends the quoted clause at the mark; '"axis of evil" rhetoric' does not."""
    inner = text[seg.start:seg.end].rstrip()
    return inner.endswith((",", ".", "!", "?", "…")) or text[seg.end + 1:seg.end + 2] in (",", ":")


def _direct(doc: Doc, cues: Sequence[Cue]) -> list[_Found]:
    kept: list[tuple[Segment, int, int]] = []
    spans = []
    for seg in find_segments(doc_text(doc)):
        start, end = _trimmed(doc_text(doc), seg)
        span = _span(doc, start, end)
        if span is None:
            continue
        # A short verbless phrase is someone's words when a cue follows it or it goes on from a quote
        # earlier in the paragraph ("We are ready to talk," said Lavrov. "But not under pressure.").
        para_start, _ = paragraph_bounds(doc_text(doc), seg.start)
        near = _ends_clause(doc_text(doc), seg) and _cue_after(doc_text(doc), seg.end, cues) is not None
        near = near or bool(kept and kept[-1][0].start >= para_start)
        if _is_quote(span, word_count(doc_text(doc)[start:end]), cues, near):
            kept.append((seg, start, end))
            spans.append((seg.start, seg.end))
    found = []
    for seg, s, e in kept:
        cue = _cue_for(doc, seg, cues, spans)
        subject = _colon_subject(doc, seg.start - 1) if cue is None else None
        if subject is not None:
            colon = doc.char_span(*_colon_at(doc_text(doc), seg.start - 1), alignment_mode="expand")
            cue = Cue(colon[0], subject) if colon is not None and len(colon) else None
        found.append(_Found(seg, s, e, cue))
    return found


def _preceding_cue(doc: Doc, start: int, cues: Sequence[Cue], taken: Sequence[tuple[int, int]]) -> Cue | None:
    para_start, _ = paragraph_bounds(doc_text(doc), start)
    before = [c for c in cues if para_start <= c.token.idx < start and c.subject is not None
              and not _inside(c.token.idx, taken)]
    return max(before, key=lambda c: c.token.idx, default=None)


def _inherit(found: Sequence[_Found], speakers: list[Speaker | None], i: int, doc: Doc) -> Speaker | None:
    """A quote without a cue of its own continues the last speaker of its paragraph, or of the previous
    paragraph when it opens its own ("...," Coale said. "And now ..."); otherwise nobody is named."""
    para_start, _ = paragraph_bounds(doc_text(doc), found[i].start)
    for j in range(i - 1, -1, -1):
        if found[j].start >= para_start and speakers[j] is not None:
            return speakers[j]
    opens_paragraph = doc_text(doc)[para_start:found[i].segment.start].strip(' "“‘\'') == ""
    if not opens_paragraph or i == 0 or speakers[i - 1] is None:
        return None
    prev_start, prev_end = paragraph_bounds(doc_text(doc), found[i - 1].start)
    between = doc_text(doc)[prev_end:para_start]
    return speakers[i - 1] if prev_start < para_start and between.strip() == "" else None


def _speakers(found: Sequence[_Found], doc: Doc, cues: Sequence[Cue],
              entities: Sequence[ActorMention]) -> list[Speaker | None]:
    taken = [(f.segment.start, f.segment.end) for f in found]
    speakers: list[Speaker | None] = []
    for i, f in enumerate(found):
        cue = f.cue or _preceding_cue(doc, f.start, cues, taken)
        if cue is not None and cue.subject is not None:
            speakers.append(speaker_for(cue.subject, doc, entities))
        else:
            speakers.append(None if cue is not None else _inherit(found, speakers, i, doc))
    # A quote running over several paragraphs has one speaker: share it along the chain.
    for _ in range(2):
        for i in range(1, len(found)):
            if found[i].segment.continued and found[i - 1].segment.continues:
                speakers[i] = speakers[i] or speakers[i - 1]
                speakers[i - 1] = speakers[i - 1] or speakers[i]
    return speakers


def _quote(doc: Doc, start: int, end: int, speaker: Speaker | None, cue: Cue | None, kind: str) -> Quote:
    cue_text = None if cue is None else ("according to" if cue.token.lower_ == "according" else cue.token.text)
    if speaker is None:
        return Quote(doc_text(doc)[start:end], start, end, kind=kind, cue=cue_text)
    return Quote(doc_text(doc)[start:end], start, end, speaker.name, speaker.code, speaker.sector, kind, cue_text,
                 speaker.start, speaker.end)


def _indirect(doc: Doc, cues: Sequence[Cue], used: set[int], taken: Sequence[tuple[int, int]],
              entities: Sequence[ActorMention]) -> list[Quote]:
    quotes = []
    for cue in cues:
        if cue.token.i in used or cue.token.lemma_.lower() not in INDIRECT_LEMMAS or cue.subject is None:
            continue
        clause = next((c for c in cue.token.children if c.dep_ == "ccomp" and c.i > cue.token.i), None)
        if clause is None:
            continue
        left = clause.left_edge if clause.left_edge.lower_ != "that" else clause.left_edge.nbor(1)
        span = doc[left.i:clause.right_edge.i + 1]
        start, end = span.start_char, span.end_char
        while end > start and not doc_text(doc)[end - 1].isalnum():
            end -= 1
        if word_count(doc_text(doc)[start:end]) >= 3 and not any(a < end and start < b for a, b in taken):
            quotes.append(_quote(doc, start, end, speaker_for(cue.subject, doc, entities), cue, "indirect"))
    return quotes


def extract_quotes(doc: Doc, *, entities: Sequence[ActorMention] = (), indirect: bool = True) -> list[Quote]:
    """Quotes of ``doc`` (offsets into doc_text(doc)), speakers resolved through the actors stage's mentions."""
    cues = find_cues(doc)
    found = _direct(doc, cues)
    quotes = [_quote(doc, f.start, f.end, sp, f.cue, "direct") for f, sp in zip(found, _speakers(found, doc, cues, entities), strict=True)]
    if indirect:
        used = {f.cue.token.i for f in found if f.cue is not None}
        taken = [(f.segment.start, f.segment.end) for f in found]
        quotes.extend(_indirect(doc, cues, used, taken, entities))
    return sorted(quotes, key=lambda q: q.start)
