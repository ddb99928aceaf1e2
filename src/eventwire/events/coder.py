"""EventCoder: sentences of a parsed article -> PLOVER events (type, mode, actors, date, flags, scores)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc, Span, Token

from ..model import ActorMention, Event, Quote, Timex
from ..nlp.components import doc_text
from .clauses import (
    Arguments,
    accused_in,
    arguments,
    condition_subject,
    deep_recipient,
    other_mentions,
    unlocated,
)
from .filters import (
    agentless_place_only,
    audience_only,
    background_noun,
    competition,
    disaster,
    non_agentive_subject,
    travel_without_host,
)
from .flags import EventDate, Modality, event_date, modality
from .frames import complement_is_conflict, frame_triggers
from .lexicon import Lexicon, quad_class
from .locative import in_city, venue_act
from .mentions import FIRST_PERSON, DocIndex
from .stance import stance_triggers
from .triggers import Trigger, find_triggers, light_code, verb_code

__all__ = ["EventCoder"]

_WORD = re.compile(r"[a-z][a-z'\-]*")
# A capitalised word that does not open the text: a name (the actors stage finds which).
_CAPITAL = re.compile(r"(?<=[\w,;:)\"'’] )[A-Z]|\b(?:I|We|They|He|She)\b")
# The manual: future or intended cooperation is AGREE; announced retreats are CONCEDE.
_FUTURE_TYPE = {"CONSULT": "AGREE", "SUPPORT": "AGREE", "COOPERATE": "AGREE", "AID": "AGREE",
                "RETREAT": "CONCEDE"}
# A stated future protest is not a threat unless the text says so ("slated to hold rallies").
_THREAT_TYPES = frozenset({"SANCTION", "COERCE", "MOBILIZE", "ASSAULT"})
_INTENT_CODE = {"CONSULT": "036", "SUPPORT": "032", "COOPERATE": "031", "AID": "033", "RETREAT": "035"}
_THREAT_CODE = {"SANCTION": "131", "COERCE": "132", "PROTEST": "133", "MOBILIZE": "138", "ASSAULT": "138"}
# Acts of force, and protests, whose unnamed author is the state (its people) where they happen (CAMEO
# practice); a deployment or sanction is a state's own decision and needs its actor named.
_UNCLAIMED = frozenset({"ASSAULT", "COERCE", "PROTEST"})
_PERSONAL = frozenset({"it", "they", "he", "she", "we", "you", "i"})
# Types whose recipient the manual requires: a compound actor with no recipient is reciprocal.
_NEEDS_RECIPIENT = frozenset({"COOPERATE", "AID", "SANCTION"})


@dataclass(frozen=True, slots=True)
class _Draft:
    trigger: Trigger
    event: str
    code: str
    args: Arguments
    mod: Modality
    when: EventDate


class EventCoder:
    """Codes events clause by clause. Load once with ``EventCoder.load()``; holds only immutable data."""

    __slots__ = ("lexicon",)

    def __init__(self, lexicon: Lexicon) -> None:
        self.lexicon = lexicon

    @classmethod
    def load(cls) -> EventCoder:
        return cls(Lexicon.load())

    def is_candidate(self, text: str) -> bool:
        """Cheap prefilter on raw sentence text: a word that looks like an event trigger and a word that
        looks like an actor (a capitalised word after the first, or an agent noun such as "officials")."""
        words = _WORD.findall(text.lower())
        if not any(w in self.lexicon.surface for w in words):
            return False
        agents = self.lexicon.words["agent_words"]
        return any(w in agents for w in words) or _CAPITAL.search(text) is not None

    def code(self, doc: Doc, *, article_id: str, entities: Sequence[ActorMention] = (),
             timexes: Sequence[Timex] = (), quotes: Sequence[Quote] = (), publish_date: date | None = None,
             historical_days: int = 30) -> list[Event]:
        idx = DocIndex.build(doc, entities, timexes)
        events: list[Event] = []
        spoken = [q for q in quotes if q.speaker_code]
        for sent in doc.sents:
            has_actor = any(t.i in idx.by_token or t.i in idx.uncoded for t in sent) or any(
                q.start < sent.end_char and sent.start_char < q.end for q in spoken)
            if not has_actor or not self.is_candidate(sent.text):
                continue
            drafts = self._drafts(sent, idx, quotes, publish_date, historical_days)
            events.extend(self._finish(d, sent, article_id) for d in _merge(drafts))
        return events

    def _drafts(self, sent: Span, idx: DocIndex, quotes: Sequence[Quote], publish_date: date | None,
                historical_days: int) -> list[_Draft]:
        lex = self.lexicon
        frames = frame_triggers(sent, lex)
        # A stance adjective ("is opposed to") overrides the plain reading of the same word.
        stances = {t.head.i for t in frames if t.kind == "pattern"}
        triggers = [t for t in find_triggers(sent, lex) if t.head.i not in stances]
        triggers += stance_triggers(sent, lex) + frames
        # "Speaking to reporters after meeting with Schroeder": addressing the public is no event, so the
        # meeting under it is not its content.
        triggers = [t for t in triggers if t.kind not in ("verb", "pattern", "light") or not audience_only(t.head, lex)]
        coded = {t.head.i for t in triggers}
        drafts: list[_Draft] = []
        for trig in triggers:
            mod = modality(trig.head, lex, coded)
            if trig.kind == "stance":  # "has not changed" is the refusal itself, not its negation
                mod = replace(mod, negated=False)
            if mod.content:
                continue
            args = _speaker_args(trig, arguments(trig, idx, lex), quotes)
            if (not args.actor and not args.recipient) or self._spurious(trig, idx):
                continue
            if trig.kind == "deontic" and _coded(args.recipient) is None and not _pronoun_addressee(trig):
                continue  # "says those facing uncertain futures should head to Centrelink": advice, no demand
            when = event_date(trig.head, idx, publish_date, historical_days)
            trig, mod = self._refusal(self._commissive(trig), mod)
            event, code = self._type(trig, mod, when)
            # "Three soldiers were killed", "X has been accused of": conflict is reported without its
            # author; cooperation needs an actor.
            event, code = _exercise(event, code, args, trig)
            args = unlocated(args, sent.doc, lex, code=code)  # "talks in the German city of Bonn"
            if _coded(args.actor) is None and (disaster(sent, lex) or agentless_place_only(
                    trig.head, {m.start for m in args.recipient}, idx, lex)):
                continue  # damage by bushfires, floods or crashes, or to no named victim, is nobody's act
            if event == "CONSULT" and trig.kind in ("verb", "pattern") and travel_without_host(
                    trig.head, {m.code for m in args.actor}, idx, lex):
                continue
            args = _place_sectors(self._implicit_recipient(event, trig, args, idx), sent.doc, lex)
            if event is not None and _has_source(event, args, trig.head):
                drafts.append(_Draft(trig, event, code, _shape(event, args), mod, when))
        return drafts

    def _spurious(self, trig: Trigger, idx: DocIndex) -> bool:
        """Triggers that report no act of an actor (see events/filters.py)."""
        lex = self.lexicon
        if competition(trig.head, lex):
            return True
        if trig.kind == "noun":
            return background_noun(trig.head, lex, idx)
        if trig.kind in ("verb", "pattern") and (self._empty_vow(trig.head) or self._helps_violence(trig.head)):
            return True
        return trig.kind in ("verb", "pattern", "light") and non_agentive_subject(trig.head, idx, lex)

    def _helps_violence(self, head: Token) -> bool:
        """"helped to plan and carry out killings", "contributed to planning the massacres": taking part in
        violence is no aid (AID needs a beneficiary); the violence is coded from its own words if at all."""
        lex = self.lexicon
        if lex.verb_lemma(head.lemma_.lower(), head.lower_) not in lex.words["assist_verbs"]:
            return False
        if any(c.dep_ in ("dobj", "dative", "iobj") for c in head.children):
            return False  # "helped Mali to fight the rebels" aids Mali
        comps = [c for c in head.children if c.dep_ in ("xcomp", "ccomp")]
        comps += [g for c in head.children if c.dep_ == "prep" and c.lower_ == "to" for g in c.children
                  if g.dep_ == "pcomp"]
        for tok in (t for c in comps for t in c.subtree):
            lemma = tok.lemma_.lower()
            entry = lex.verbs.get(lex.verb_lemma(lemma, tok.lower_)) or lex.verbs.get(lex.verb_lemma(lemma, lemma))
            info = lex.info(entry.code) if entry is not None and entry.code else None
            if info is not None and quad_class(info.plover) == 4:
                return True
        return False

    def _empty_vow(self, head: Token) -> bool:
        """"vowed never to forget the victims": a promise to refrain from what is no event promises no act."""
        lex = self.lexicon
        if lex.verb_lemma(head.lemma_.lower(), head.lower_) not in lex.words["commissive"]:
            return False
        for comp in head.children:
            if comp.dep_ == "xcomp" and any(c.dep_ == "neg" or c.lower_ == "never" for c in comp.children):
                return not verb_code(comp, lex)[0] and light_code(comp, lex) is None
        return False

    def _commissive(self, trig: Trigger) -> Trigger:
        """"vowed to fight" threatens; "vowed to help" agrees: a commissive takes its complement's quad."""
        lemma = self.lexicon.verb_lemma(trig.head.lemma_.lower(), trig.head.lower_)
        refrain = any(c.dep_ == "xcomp" and any(n.dep_ == "neg" or n.lower_ == "never" for n in c.children)
                      for c in trig.head.children)  # "vowed never to attack" promises restraint
        if trig.kind in ("verb", "pattern") and lemma in self.lexicon.words["commissive"] and not refrain and \
                complement_is_conflict(trig.head, self.lexicon):
            return replace(trig, code="130")
        return trig

    def _refusal(self, trig: Trigger, mod: Modality) -> tuple[Trigger, Modality]:
        """A negated acceptance ("did not accept refugees") or a negated promise of cooperation ("said he would
        not provide support") is a refusal: REJECT. A past non-event ("did not give a response") stays negated."""
        if not mod.negated or mod.hypothetical or trig.kind not in ("verb", "pattern", "light", "intent"):
            return trig, mod
        lemma = self.lexicon.verb_lemma(trig.head.lemma_.lower(), trig.head.lower_)
        info = self.lexicon.info(trig.code)
        cooperative = info is not None and (quad_class(info.plover) or 0) <= 2
        # "were not prepared to negotiate": refused readiness to cooperate is a refusal too.
        refused = trig.kind == "intent" and any(c.dep_ == "neg" for t in (trig.head, trig.head.head) for c in t.children)
        if trig.kind == "intent" and not refused:
            return trig, mod  # negated only by a governing clause: no refusal of the readiness' owner
        if lemma in self.lexicon.words["acceptance"] or ((mod.intended or mod.failed or refused) and cooperative):
            # A refused readiness names the act refused ("not willing to negotiate": negotiate).
            start = trig.anchor if refused and trig.anchor is not None else trig.start
            end = start + 1 if start != trig.start else trig.end
            return replace(trig, code="120", kind="verb", start=start, end=end), \
                replace(mod, negated=False, intended=False)
        return trig, mod

    def _implicit_recipient(self, event: str | None, trig: Trigger, args: Arguments, idx: DocIndex) -> Arguments:
        """Recipients the clause implies: a threat's condition ("unless Israel rescinds"), else the nearest
        other actor of the sentence (a protest addresses the state where it happens, an attack the side
        named around it). Such a guessed recipient lowers the confidence."""
        if event == "MOBILIZE" and not args.actor and args.recipient and all(m.sector == "MIL" for m in args.recipient):
            # "1,000 US Marines are deployed near Kandahar": the forces deployed are the mobilizing side.
            return replace(args, actor=args.recipient, recipient=())
        if not args.actor and args.recipient and event in _UNCLAIMED:
            # An unclaimed bombing is attributed to the place where it happened, as CAMEO-coded data does;
            # a deployment without its actor is nobody's ("sent his police" is no act of Israel).
            place = [m for m in other_mentions(trig.head, idx, args.recipient, self.lexicon, places=True) if m.type == "STATE"]
            return replace(args, actor=tuple(place), guessed=True) if place else args
        if event == "ACCUSE" and trig.kind in ("verb", "pattern"):
            accused = accused_in(trig.head, idx)
            if accused:
                return replace(args, recipient=tuple(accused))
        if args.recipient or not args.actor or len({m.code for m in args.actor}) > 1:
            return args  # a compound actor with no recipient is reciprocal (manual, CONSULT and ASSAULT)
        found = condition_subject(trig.head, idx, self.lexicon) if event == "THREATEN" else []
        found = found or deep_recipient(trig.head, idx)
        if found:
            return replace(args, recipient=tuple(found))
        # The nearest other mention of the actor's own code and sector is the actor's own side ("the
        # Australian Government is investigating reports that another Australian..."), not a counterpart.
        own = {(m.code, m.sector) for m in args.actor}
        found = [m for m in other_mentions(trig.head, idx, args.actor, self.lexicon, venue=venue_act(trig.code))
                 if (m.code, m.sector) not in own]
        return replace(args, recipient=tuple(found), guessed=True) if found else args

    def _type(self, trig: Trigger, mod: Modality, when: EventDate) -> tuple[str | None, str]:
        info = self.lexicon.info(trig.code)
        if info is None:
            return None, trig.code
        future = mod.intended or mod.proposal or (when.future and not mod.negated)
        # An explicit intention ("wants to help", "seeks to deepen") is CAMEO's own act (03x intent to
        # cooperate, 13x threat); the bare future tense ("will meet") changes the PLOVER type but not the CAMEO
        # code of the act (what a CAMEO coder such as PETRARCH-2 assigns to the verb).
        if future and not mod.negated and _ultimatum(trig.head):
            # "will withdraw its force from Chad unless Oueddei arranges a ceasefire": an act announced on
            # a condition the other side must meet is a threat (CAMEO 139, ultimatum), whatever the act.
            return "THREATEN", "139"
        if future and info.plover in _FUTURE_TYPE:
            code = _INTENT_CODE.get(info.plover, trig.code) if mod.willed else trig.code
            return _FUTURE_TYPE[info.plover], code
        if future and info.plover in _THREAT_TYPES and not mod.negated:
            # A stated future act of conflict is a threat (manual: THREATEN ~ ASSAULT + future).
            return "THREATEN", _THREAT_CODE[info.plover] if mod.willed else trig.code
        return info.plover, trig.code

    def _finish(self, d: _Draft, sent: Span, article_id: str) -> Event:
        lex = self.lexicon
        doc = sent.doc
        info = lex.info(d.code)
        start, end = doc[d.trigger.start].idx, doc[d.trigger.end - 1].idx + len(doc[d.trigger.end - 1])
        actor_codes = tuple(m.code for m in d.args.actor)
        recipient_codes = tuple(m.code for m in d.args.recipient)
        mode = info.mode if info and info.plover == d.event else ""
        return Event(
            id=Event.make_id(article_id, d.event, start, actor_codes, recipient_codes),
            article_id=article_id, event=d.event, actor=d.args.actor, recipient=d.args.recipient,
            event_text=doc_text(doc)[start:end], trigger_start=start, trigger_end=end,
            sentence_start=sent.start_char, sentence_end=sent.end_char, mode=mode,
            context=info.contexts if info else (), date=d.when.value, date_precision=d.when.precision,
            negated=d.mod.negated, hypothetical=d.mod.hypothetical, historical=d.when.historical,
            quad_code=quad_class(d.event), cameo_root=d.code[:2], goldstein=lex.goldstein_of(d.code),
            confidence=_confidence(d))


def _ultimatum(head: Token) -> bool:
    """The trigger's own clause sets an "unless" condition."""
    return any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children)
               for c in head.children)


def _pronoun_addressee(trig: Trigger) -> bool:
    """"a reminder to Iraq that it must cooperate": a pronoun addressee stands for a named actor."""
    comp = trig.head.doc[trig.anchor] if trig.anchor is not None else trig.head
    # A personal pronoun stands for a named actor; "those facing uncertain futures should" names nobody.
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PRON" and c.lower_ in _PERSONAL
               for c in comp.children)


def _coded(mentions: tuple[ActorMention, ...]) -> str | None:
    return next((m.code for m in mentions if m.code), None)


def _has_source(event: str, args: Arguments, head: Token) -> bool:
    """PLOVER requires a source actor. Without a coded one, an event stands only when its recipient is coded:
    the act of a named but uncoded source ("foreign ministers agreed with Japan"), an unclaimed act of
    material conflict ("three soldiers were killed"), or a verbal conflict reported in the passive ("was
    accused of") or by a subject the actors stage could not name ("the forum concluded that the US must").
    A verbal act with no speaker in its clause (a participle or infinitive whose subject is unknown) is none."""
    if _coded(args.actor) is not None:
        return True
    if _coded(args.recipient) is None:
        return False
    quad = quad_class(event) or 0
    speaker = any(c.dep_ in ("nsubj", "nsubjpass", "auxpass", "csubj") for c in head.children)
    return bool(args.actor) or quad == 4 or (quad == 3 and (speaker or head.pos_ == "NOUN"))


def _exercise(event: str | None, code: str, args: Arguments, trig: Trigger) -> tuple[str | None, str]:
    """Manual, MOBILIZE: joint exercises are COOPERATE, a single country's exercises are MOBILIZE."""
    joint = any(t.lower_ in ("joint", "with", "together", "combined") for t in trig.head.subtree)
    if code != "062" or joint or len({m.code for m in args.actor}) > 1:
        return event, code
    return "MOBILIZE", "152"


def _speaker_args(trig: Trigger, args: Arguments, quotes: Sequence[Quote]) -> Arguments:
    """Inside a quote, first-person or missing actors are the quote's speaker."""
    pos = trig.head.idx
    quote = next((q for q in quotes if q.start <= pos < q.end and q.speaker_code), None)
    if quote is None:
        return args
    if not _first_person(trig, args):
        return args
    start = quote.speaker_start if quote.speaker_start is not None else quote.start
    end = quote.speaker_end if quote.speaker_end is not None else quote.start
    speaker = ActorMention(text=quote.speaker or "", start=start, end=end, code=quote.speaker_code,
                           sector=quote.speaker_sector, name=quote.speaker, type="PERSON")
    return Arguments((speaker,), args.recipient, True)


def _first_person(trig: Trigger, args: Arguments) -> bool:
    """The speaker acts when the clause's subject (or a stance's possessor) is "we"/"I", or in "let's"."""
    if args.actor:
        return all(m.text.lower() in FIRST_PERSON for m in args.actor)
    head = trig.head
    if trig.anchor is not None:
        return any(c.dep_ == "poss" and c.lower_ in FIRST_PERSON for c in head.doc[trig.anchor].children)
    subjects = [c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not subjects:
        return any(c.lower_ == "let" for c in head.head.children) or head.head.lower_ == "let"
    owners = [subjects[0], *(c for c in subjects[0].children if c.dep_ == "poss")]
    return any(t.lower_ in FIRST_PERSON for t in owners) and not any(
        c.dep_ == "nsubjpass" for c in head.children)


def _place_sectors(args: Arguments, doc: Doc, lex: Lexicon) -> Arguments:
    """A capital kept as a side only because it is where the act happened ("killed 12 people at a market in
    Baghdad") stands for the place and its people, not for the government seated there: no GOV sector."""
    def plain(ms: tuple[ActorMention, ...]) -> tuple[ActorMention, ...]:
        return tuple(replace(m, sector=None) if m.type == "STATE" and m.sector == "GOV" and in_city(m, doc, lex)
                     else m for m in ms)

    return replace(args, actor=plain(args.actor), recipient=plain(args.recipient))


def _shape(event: str, args: Arguments) -> Arguments:
    """Drop recipients that are the actor; split a reciprocal compound actor when a recipient is required."""
    recipient = tuple(m for m in args.recipient if not any(_same_entity(m, a) for a in args.actor))
    actor = args.actor
    codes = [m.code for m in actor]
    if event in _NEEDS_RECIPIENT and not recipient and len(set(codes)) > 1:
        first = codes[0]
        recipient = tuple(m for m in actor if m.code != first)
        actor = tuple(m for m in actor if m.code == first)
    return Arguments(actor, recipient, args.inherited, args.guessed)


def _same_entity(m: ActorMention, actor: ActorMention) -> bool:
    """The recipient names the actor itself: the same mention, or the same person or organisation of the
    knowledge base ("Fidan met his counterpart": "his" is Fidan; "the two sides" includes Fidan). A state's
    own people, parties or government are other participants than the state ("Iraqi police arrested Iraqi
    militants"), as CAMEO codes them."""
    if (m.start, m.code) == (actor.start, actor.code):
        return True
    person = m.actor_id is not None and m.actor_id != m.code and not m.actor_id.startswith("agent:")
    return person and m.actor_id == actor.actor_id and m.sector == actor.sector


def _merge(drafts: list[_Draft]) -> list[_Draft]:
    """One event per actor-action-recipient clause: same type and actors in a sentence are one event."""
    out: dict[tuple[str, frozenset[str | None]], _Draft] = {}
    for d in drafts:
        key = (d.event, frozenset(m.code for m in d.args.actor))
        old = out.get(key)
        if old is None or _rank(d) > _rank(old):
            out[key] = d
    return sorted(out.values(), key=lambda d: d.trigger.start)


def _rank(d: _Draft) -> tuple[bool, int, float]:
    return (not (d.mod.negated or d.mod.hypothetical), len(d.args.recipient), _confidence(d))


def _depth(trig: Trigger) -> int:
    tok, depth = trig.head, 0
    while tok.head.i != tok.i and depth < 10:
        tok, depth = tok.head, depth + 1
    return depth


_FINITE_TAGS = frozenset({"VBD", "VBZ", "VBP", "MD"})


def _main_finite(trig: Trigger) -> bool:
    """The trigger is the verb of a finite main clause, or of a clause reported by one ("X said Y attacked Z")."""
    head = trig.head
    if head.dep_ == "acomp":  # "is prepared to lift": the copula carries the clause
        head = head.head
    if head.pos_ not in ("VERB", "AUX"):
        return False
    finite = head.tag_ in _FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") for c in head.children)
    clause = head.head if head.dep_ == "conj" else head
    main = clause.dep_ == "ROOT" or (clause.dep_ in ("ccomp", "parataxis") and clause.head.dep_ == "ROOT")
    return finite and main


def _confidence(d: _Draft) -> float:
    """0.9: both sides coded from the syntax and the trigger a finite main (or reported) verb; about 0.7:
    one side missing or a construction (readiness, demand, stance); about 0.5: fallbacks (event noun,
    inherited or guessed participant, embedded clause); at most 0.3: no coded source."""
    score = 0.45
    actor_coded = any(m.code for m in d.args.actor)
    if actor_coded:
        score += 0.2
    if any(m.code for m in d.args.recipient) and not d.args.guessed:
        score += 0.15
    if _main_finite(d.trigger):
        score += 0.1
    if d.trigger.kind in ("pattern", "light"):
        score += 0.05  # an object pattern or event noun confirms the verb's sense
    score -= 0.1 * sum((d.args.inherited, d.args.guessed, d.trigger.kind in ("noun", "stance")))
    if {m.code for m in d.args.actor} & {m.code for m in d.args.recipient}:
        score -= 0.15  # a dyad of one country with itself is more often a parsing artefact than a domestic act
    if d.event in _NEEDS_RECIPIENT and not d.args.recipient:
        score -= 0.1
    score -= 0.03 * min(5, _depth(d.trigger))  # embedded clauses more often report background
    if not actor_coded:
        score = min(score, 0.3)
    return round(max(0.05, min(0.9, score)), 3)
