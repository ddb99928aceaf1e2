"""Modality of a trigger's clause (negated, hypothetical, future/intended, content of another act) and its date."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Token

from ..model import Precision, Timex
from .lexicon import Lexicon
from .mentions import DocIndex, clause_tokens

__all__ = ["Modality", "EventDate", "event_date", "modality"]

_CLIMB = ("xcomp", "ccomp", "conj", "pcomp", "acomp", "dobj", "prep", "pobj", "aux", "advcl")
_FUTURE_ADJ = frozenset({"upcoming", "planned", "proposed", "next", "future", "forthcoming", "scheduled"})


@dataclass(frozen=True, slots=True)
class Modality:
    negated: bool
    hypothetical: bool
    intended: bool  # future tense or the complement of an intention ("wants to meet")
    content: bool  # the complement of a coded act ("agreed to end", "threatened to attack"): not an event
    proposal: bool  # imperative proposal ("Let's conclude")
    willed: bool = False  # an explicit intention verb ("wants to", "seeks to"), not just the future tense
    failed: bool = False  # negated by a verb of failing or refusing ("failed to reach agreement")


def _neg(tok: Token, lex: Lexicon) -> bool:
    if any(c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ == "no") or
           (c.dep_ == "advmod" and c.lower_ == "never") for c in tok.children):
        return True
    # "has given no formal order", "held no talks": a negated object negates a light verb's event.
    if any(c.dep_ == "dobj" and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
           for c in tok.children):
        return True
    return tok.dep_ == "pcomp" and tok.head.lower_ == "without"


def _aux_words(tok: Token) -> set[str]:
    return {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}


@dataclass(slots=True)
class _Walk:
    """What the walk up one trigger's clause chain has seen so far (local to one ``modality`` call)."""

    negated: bool = False
    modal: bool = False
    conditional: bool = False
    intended: bool = False
    content: bool = False
    proposal: bool = False
    reported: bool = False
    willed: bool = False
    failed: bool = False
    possible: bool = False  # a modal of possibility ("could", "might")


def modality(head: Token, lex: Lexicon, coded: set[int]) -> Modality:
    """Walk from the trigger up its clause chain, stopping at a verb of speech (reported speech)."""
    walk = _Walk()
    tok = head
    for _ in range(8):
        aux = _aux_words(tok)
        walk.negated = walk.negated or _neg(tok, lex)
        walk.modal = walk.modal or bool(aux & lex.words["modal_hypothetical"])
        walk.possible = walk.possible or bool(aux & lex.words["possibility"])
        walk.conditional = walk.conditional or _conditional(tok, lex)
        walk.intended = walk.intended or bool(aux & lex.words["future_aux"]) or _going_to(tok)
        walk.proposal = walk.proposal or _lets(tok)
        if _requested(tok, lex):
            walk.content = True  # "rejected a request to interrogate detainees": asked for, not done
            break
        if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON") and _background(tok):
            walk.content = True  # "the faction that controls Afghanistan": a description, not a new report
            break
        if tok.dep_ not in _CLIMB or tok.head.i == tok.i or _step(tok, aux, lex, coded, walk):
            break
        tok = tok.head
    question = head.sent.text.rstrip().rstrip('"\'”’').endswith("?")
    # "said they would boycott": a modal in reported speech is the speaker's stated intention (future in
    # the past, or a threat), not a hypothesis of the reporter.
    if walk.modal and walk.reported and not walk.conditional and not walk.possible:
        walk.intended, walk.modal = True, False
    hypothetical = walk.modal or walk.conditional or question
    return Modality(walk.negated, hypothetical, walk.intended or _future_noun(head), walk.content,
                    walk.proposal, walk.willed, walk.failed)


def _step(tok: Token, aux: set[str], lex: Lexicon, coded: set[int], walk: _Walk) -> bool:
    """Read what the governing word says about ``tok``'s clause; True when the walk must stop there."""
    parent = tok.head
    lemma = lex.verb_lemma(parent.lemma_.lower(), parent.lower_)
    if tok.dep_ == "ccomp" and lemma in lex.words["epistemic"]:
        walk.content = True  # "is hopeful the Government will help": a belief, not an act
        return True
    if tok.dep_ in ("xcomp", "ccomp", "pcomp", "dobj") or (tok.dep_ == "conj" and parent.i in coded):
        # "is prepared to lift": the adjective, not the verb its form deinflects to, frames the clause.
        framing = lemma in lex.words["content"] or lemma in lex.words["intent_adjectives"] or \
            parent.lower_ in lex.words["intent_adjectives"] or lemma in lex.words["request_wants"]
        if lemma in lex.words["negating"]:
            # "failed to reach agreement" reports a failure (a refusal); "denied negotiating" a non-event.
            walk.negated = True
            walk.failed = walk.failed or lemma == "fail"
        elif parent.i in coded and framing and tok.dep_ != "conj":
            walk.content = True
        elif lemma in lex.words["intent"]:
            walk.intended = walk.willed = True
        elif lemma in lex.words["future_verbs"]:
            walk.intended = True
        if lemma in lex.words["speech"] and tok.dep_ == "ccomp":
            walk.reported = True
            # "said Sudan must return the helicopter": the demand is the event (a REQUEST frame).
            walk.content = walk.content or bool(aux & lex.words["deontic"])
            return True
    elif tok.dep_ == "advcl" and parent.i in coded and any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        walk.content = True  # "pushing for the US to support the plan": what the act asks of another
    elif tok.dep_ == "advcl" and parent.i in coded and _nonfinite(tok):
        # "staged a strike to demand reforms", "demonstrated, calling for...": the purpose of an act
        # is its topic, not a second event (manual, PROTEST).
        walk.content = True
    return False


def _requested(tok: Token, lex: Lexicon) -> bool:
    """The clause of a noun of request, offer, threat or entitlement ("its demand that Israel ease
    restrictions", "an offer to host a summit", "the right of troops to fire") names an act that has not
    happened: the noun's content, like the complement of "asked" or "offered"."""
    noun = tok.head
    if tok.dep_ == "pcomp" and noun.dep_ == "prep" and noun.lower_ in ("of", "for"):
        noun = noun.head  # "their request for sending observers"
    elif tok.dep_ not in ("acl", "ccomp"):
        return False
    return noun.pos_ == "NOUN" and noun.i != tok.i and noun.lemma_.lower() in lex.words["request_nouns"]


_RELATIVE = frozenset({"who", "which", "that", "whom", "whose", "where", "when"})


def _background(clause: Token) -> bool:
    """A relative or participial clause without a subject of its own describes its noun (an infinitive
    does not: "an attempt to assassinate the governor" reports the attempt)."""
    if clause.dep_ == "acl" and clause.tag_ == "VB":
        return False
    if clause.dep_ == "acl" and _existential(clause.head):
        return False  # "there were ten soldiers killed": the participle is what the sentence reports
    subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass", "agent")]
    return not subjects or all(s.lower_ in _RELATIVE for s in subjects if s.dep_ != "agent") and \
        not any(s.dep_ == "agent" for s in subjects)


def _existential(noun: Token) -> bool:
    return noun.dep_ == "attr" and any(c.dep_ == "expl" for c in noun.head.children)


def _nonfinite(tok: Token) -> bool:
    return tok.tag_ in ("VBG", "VB") and not any(c.dep_ == "nsubj" for c in tok.children)


def _conditional(tok: Token, lex: Lexicon) -> bool:
    if tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.words["conditional_marks"]
                                   for c in tok.children):
        return True
    # "before signing any treaty", "until it withdraws": the act has not happened.
    if tok.dep_ == "pcomp" and tok.head.lower_ in lex.words["unrealized_marks"]:
        return True
    return tok.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in lex.words["unrealized_marks"]
                                       for c in tok.children)


def _going_to(tok: Token) -> bool:
    head = tok.head
    return tok.dep_ == "xcomp" and head.lower_ == "going" and any(c.dep_ == "aux" for c in head.children)


def _lets(tok: Token) -> bool:
    return tok.dep_ == "ccomp" and tok.head.lower_ == "let" or any(
        c.lower_ == "let" and c.dep_ in ("aux", "ROOT") for c in tok.children)


def _future_noun(head: Token) -> bool:
    return head.pos_ == "NOUN" and any(c.lower_ in _FUTURE_ADJ for c in head.children)


@dataclass(frozen=True, slots=True)
class EventDate:
    value: str | None
    precision: Precision
    historical: bool
    future: bool


def _parse(value: str) -> tuple[date, date, Precision] | None:
    """First and last day of a TIMEX value (2018-09-10, 2018-W37, 2018-06, 2018)."""
    try:
        if len(value) == 10:
            day = date.fromisoformat(value)
            return day, day, "day"
        if "-W" in value:
            year, week = value.split("-W")
            first = date.fromisocalendar(int(year), int(week), 1)
            return first, date.fromisocalendar(int(year), int(week), 7), "week"
        if len(value) == 7:
            yr, mon = int(value[:4]), int(value[5:])
            return date(yr, mon, 1), date(yr, mon, calendar.monthrange(yr, mon)[1]), "month"
        if len(value) == 4 and value.isdigit():
            return date(int(value), 1, 1), date(int(value), 12, 31), "year"
    except ValueError:
        return None
    return None


_OTHER_CLAUSE = frozenset({"conj", "ccomp", "advcl", "relcl", "parataxis", "acl", "cc"})


def _own_clause(head: Token) -> list[Token]:
    return clause_tokens(head, _OTHER_CLAUSE)


def _clause_timex(head: Token, idx: DocIndex) -> Timex | None:
    best: tuple[int, Timex] | None = None
    for tok in _own_clause(head):
        tx = idx.timex_by_token.get(tok.i)
        if tx is not None and tx.value and (best is None or abs(tok.i - head.i) < best[0]):
            best = (abs(tok.i - head.i), tx)
    if best is not None:
        return best[1]
    tok = head
    while tok.head.i != tok.i:
        tok = tok.head
        for child in tok.children:
            if child.dep_ in ("prep", "npadvmod", "advmod", "tmod", "obl"):
                for sub in child.subtree:
                    tx = idx.timex_by_token.get(sub.i)
                    if tx is not None and tx.value:
                        return tx
    return None


def event_date(head: Token, idx: DocIndex, publish_date: date | None, historical_days: int) -> EventDate:
    """The date of the timex attached to the clause, else the publication date; flag old events historical."""
    tx = _clause_timex(head, idx)
    parsed = _parse(tx.value) if tx is not None and tx.value else None
    if parsed is None or tx is None or tx.value is None:
        if publish_date is None:
            return EventDate(None, "unknown", False, False)
        return EventDate(publish_date.isoformat(), "day", False, False)
    first, last, precision = parsed
    historical = publish_date is not None and (publish_date - last).days > historical_days
    future = publish_date is not None and first > publish_date
    return EventDate(tx.value, precision, historical, future)
