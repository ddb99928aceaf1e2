"""Argument extraction on a spaCy dependency parse: the actor and recipient of a trigger (``triggers.py``),
leaving out places that only say where the act happened (``locative.py``).
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Token

from ..model import ActorMention
from .lexicon import Lexicon
from .locative import located, venue_act
from .mentions import DocIndex
from .triggers import Trigger

__all__ = ["Arguments", "accused_in", "arguments", "condition_subject", "deep_recipient", "other_mentions", "unlocated"]

_SUBJ = ("nsubj", "csubj", "expl")
_RECIPIENT_PREPS = ("to", "with", "against", "on", "toward", "towards", "at", "into", "upon", "from")
_NOUN_RECIPIENT_PREPS = ("with", "against", "on", "to", "in", "toward", "towards", "upon")
_COMPLEMENTS = ("xcomp", "ccomp", "pcomp")
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_STATIVE_PASSIVES = frozenset({"engage", "involve", "embroil", "locked", "oppose", "opposed"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


@dataclass(frozen=True, slots=True)
class Arguments:
    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]
    inherited: bool  # the actor came from a governing clause, not the trigger's own subject
    guessed: bool = False  # the recipient is the nearest other actor of the sentence, not a syntactic role


def subject_of(verb: Token, idx: DocIndex, lex: Lexicon | None = None) -> tuple[list[ActorMention], bool]:
    """The actor named by the verb's subject (or the passive's agent), else its controller's subject."""
    if _bare_participle(verb):
        # "Asked about it, Trump said...": a passive participle's controller is acted upon; its actor is
        # only a by-agent ("the embassy, accused by Washington of spying").
        # A participle of a non-actor ("crimes committed by", "a channel disputed by") describes a thing.
        agents = [p for c in verb.children if c.dep_ == "agent" for p in c.children if p.dep_ == "pobj"]
        patient = any(idx.phrase(t) for t in _participle_patient(verb))
        if agents:
            return (idx.phrase(agents[0]) if patient else []), False
        return _instrument(verb, idx), False  # "15 injured in bombing raids by US warplanes"
    hops = 0
    tok: Token = verb
    while hops < 6:
        actor = _own_subject(tok, idx)
        if actor:
            return actor, hops > 0
        if tok.dep_ in ("xcomp", "conj", "advcl", "pcomp", "acl", "relcl", "acomp") and tok.head.i != tok.i:
            shared = _passive_subject(tok)
            if shared is not None:
                # "X has been indicted by the court and will resign": the conjuncts share X, not the agent.
                return idx.phrase(shared, uncoded=True), True
            if tok.dep_ == "advcl" and _nominal_subject(tok):
                # "suspended aid after two of their vehicles were hit": an adverbial clause that names its
                # own subject (or patient) reports another's act, not the main clause's actor.
                return [], False
            if tok.dep_ in ("relcl", "acl") and _own_clause_subject(tok):
                # "Montenegro, where 28 people have been killed", "the journalist who was kidnapped": the
                # clause has its own subject; the noun it describes does not act in it.
                return [], False
            if tok.dep_ in ("relcl", "acl") and tok.head.pos_ in ("NOUN", "PROPN", "PRON"):
                named = idx.phrase(tok.head)
                # "issued a declaration demanding that...": the declaration's issuer demands.
                if named or tok.head.dep_ not in ("dobj", "pobj"):
                    return named, True
            controller = _controller(tok, lex) if tok.dep_ == "xcomp" and lex is not None else None
            if controller is not None:
                # "helped Mali to fight the rebels", "forced the paper to suspend publication": the object
                # of the governing verb does the complement's act.
                return idx.phrase(controller, uncoded=True), True
            if tok.dep_ == "xcomp":
                # "Obama is scheduled / expected to attend": the raised passive subject does the act.
                raised = [c for c in tok.head.children if c.dep_ == "nsubjpass"]
                if raised and idx.phrase(raised[0]):
                    return idx.phrase(raised[0]), True
            tok = tok.head
            hops += 1
            continue
        if tok.dep_ == "pobj" or tok.head.dep_ == "prep":
            tok = tok.head.head if tok.dep_ == "pobj" else tok.head
            hops += 1
            continue
        break
    return [], False


def _passive_subject(conj: Token) -> Token | None:
    """The subject an active conjunct shares with the passive clause it is conjoined to."""
    if conj.dep_ != "conj" or _elliptic_passive(conj) or any(
            c.dep_ in ("auxpass", "nsubjpass", *_SUBJ) for c in conj.children):
        return None
    return next((c for c in conj.head.children if c.dep_ == "nsubjpass"), None)


def _own_clause_subject(clause: Token) -> bool:
    """A relative clause with a subject of its own (a passive one, or any subject after "where"/"when")."""
    if any(c.dep_ == "nsubjpass" for c in clause.children):
        return True
    return any(c.lower_ in ("where", "when") for c in clause.children) and any(
        c.dep_ in _SUBJ for c in clause.children)


def _controller(xcomp: Token, lex: Lexicon) -> Token | None:
    """The object that controls an infinitive complement of a verb of object control ("helped Mali to
    fight"); other verbs' complements are their subject's purpose ("summoned the ambassador to complain")."""
    if lex.verb_lemma(xcomp.head.lemma_.lower(), xcomp.head.lower_) not in lex.words["object_control"]:
        return None
    return next((c for c in xcomp.head.children if c.dep_ in ("dobj", "obj") and c.i < xcomp.i
                 and c.pos_ in ("PROPN", "NOUN", "PRON")), None)


def _nominal_subject(clause: Token) -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN", "NUM") for c in clause.children)


def _bare_participle(verb: Token) -> bool:
    """A passive participle without its own subject or auxiliary, modifying a noun or a clause."""
    return verb.tag_ == "VBN" and verb.dep_ in ("advcl", "acl") and not any(
        c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in verb.children)


def _participle_patient(verb: Token) -> list[Token]:
    """Who a bare passive participle is done to: the noun it modifies ("the embassy, accused by ..."), or
    the subject of the clause it introduces ("Accused by Washington of spying, Russia denied it")."""
    if not _bare_participle(verb) or verb.lemma_.lower() in _STATIVE_PASSIVES:
        return []
    if verb.dep_ == "acl" and verb.head.pos_ in ("NOUN", "PROPN", "PRON", "NUM"):
        return [verb.head]
    if verb.dep_ == "advcl":
        return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return []


def _elliptic_passive(verb: Token) -> bool:
    """"100 were killed and 200 wounded": a bare participle conjoined to a passive shares its voice."""
    return verb.tag_ == "VBN" and verb.dep_ == "conj" and not any(
        c.dep_ in ("aux", "auxpass", "dobj") for c in verb.children) and any(
        c.dep_ == "auxpass" for c in verb.head.children)


def _own_subject(verb: Token, idx: DocIndex) -> list[ActorMention]:
    for child in verb.children:
        if child.dep_ == "agent":
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    return idx.phrase(pobj)
    if _elliptic_passive(verb):
        return _own_subject(verb.head, idx) or _instrument(verb, idx)
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    if passive and verb.lemma_.lower() in _STATIVE_PASSIVES:
        # "Serb forces were engaged in ethnic cleansing": a state of the subject, not an act upon it.
        subj = [c for c in verb.children if c.dep_ == "nsubjpass"]
        # "Peru is opposed to": the parser sometimes hangs the subject on the copula.
        subj = subj or [g for c in verb.children if c.dep_ == "auxpass" for g in c.children if g.dep_ == "nsubj"]
        return idx.phrase(subj[0]) if subj else []
    if passive:
        # "what was agreed between A and B": the passive's participants stand in a between-phrase, which
        # the parser often attaches a little higher up.
        tok = verb
        for _ in range(3):
            found = _prep_objects(tok, ("between", "among"), idx)
            if found or tok.head.i == tok.i:
                return found or _instrument(verb, idx)
            tok = tok.head
        return _instrument(verb, idx)
    for child in verb.children:
        if child.dep_ in _SUBJ:
            if child.pos_ == "VERB" and child.tag_ == "VBG":
                # "The Red Cross operating in Iraq said": a reduced relative parsed as a clausal subject.
                child = next((c for c in child.children if c.dep_ == "nsubj"), child)
            if child.lower_ in _RELATIVE and verb.dep_ == "relcl":
                return idx.phrase(verb.head)
            found = idx.phrase(child)
            if not found and child.lower_ in _PRONOUNS and _reported(verb):
                # "X said they would boycott": an unresolved pronoun in reported speech is the speaker.
                return _own_subject(verb.head, idx)
            return found or idx.phrase(child, uncoded=True)
    return []


def _reported(verb: Token) -> bool:
    return verb.dep_ == "ccomp" and verb.head.pos_ == "VERB" and verb.head.i != verb.i


_INSTRUMENT_NOUNS = frozenset({"shelling", "strike", "airstrike", "attack", "raid", "bombing", "fire",
                               "assault", "offensive", "bombardment", "ambush", "gunfire"})


_AFTER = frozenset({"wake", "aftermath", "result", "outcome", "eve", "run-up", "response", "retaliation"})


def _instrument(verb: Token, idx: DocIndex) -> list[ActorMention]:
    """"killed in Israeli tank shelling": the agent of a passive act of violence named in its instrument."""
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ in ("in", "by", "during", "from"):
            for pobj in child.children:
                # "killed in three nights of US airstrikes": the instrument may be the of-phrase of a span;
                # "in the wake of attacks by Hamas" dates the act by another.
                inner = [p for g in pobj.children if g.dep_ == "prep" and g.lower_ == "of"
                         for p in g.children if p.dep_ == "pobj"] if pobj.lemma_.lower() not in _AFTER else []
                for noun in [pobj, *inner] if pobj.dep_ == "pobj" else []:
                    if noun.lemma_.lower() in _INSTRUMENT_NOUNS:
                        # The modifier or by-phrase names the agent ("in bombing raids by US warplanes");
                        # "raids in Paktika province" only locate it.
                        own = [m for t in (noun, *_modifiers(noun)) for m in idx.on(t)]
                        return _prep_objects(noun, ("by",), idx) or own
    return []


def _modifiers(noun: Token) -> list[Token]:
    """The noun's modifiers, with theirs ("Israeli tank shelling": tank, Israeli)."""
    out, stack = [], [c for c in noun.children if c.dep_ in ("amod", "compound", "nmod", "poss")]
    while stack:
        tok = stack.pop()
        out.append(tok)
        stack.extend(c for c in tok.children if c.dep_ in ("amod", "compound", "nmod", "poss"))
    return out


def _prep_objects(head: Token, preps: tuple[str, ...], idx: DocIndex, *, uncoded: bool = False) -> list[ActorMention]:
    out: list[ActorMention] = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(idx.phrase(pobj, uncoded=uncoded))
    return out


def recipients_of(verb: Token, idx: DocIndex, depth: int = 0, skip: int = -1,
                  taken: frozenset[tuple[int, int]] = frozenset()) -> list[ActorMention]:
    """The verb's object if it names an actor, else actors in its to/with/against... phrases, else the
    recipient of its complement ("agreed to provide aid for Romania"), else an actor named after the verb
    in its own clause ("arrived in Amman")."""
    def free(found: list[ActorMention]) -> list[ActorMention]:
        return [m for m in found if (m.start, m.end) not in taken]

    passive = [c for c in verb.children if c.dep_ == "nsubjpass" and verb.lemma_.lower() not in _STATIVE_PASSIVES]
    passive += _participle_patient(verb)
    passive += [c for c in verb.children if c.dep_ == "nsubj" and _elliptic_passive(verb)]
    for child in passive:
        found = free(idx.phrase(child))
        if found:
            return found
    objects = [c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "iobj", "attr") and c.i != skip]
    for obj in objects:
        found = free(idx.phrase(obj))
        if found:
            return found
    for head in [verb, *objects]:
        found = free(_prep_objects(head, _RECIPIENT_PREPS, idx))
        if found:
            return found
    if depth < 2:
        for comp in verb.children:
            if comp.dep_ == "ccomp":
                # "demanded that the United States match...": the addressee is the clause's subject.
                subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
                found = free(idx.phrase(subj[0])) if subj else []
                if found:
                    return found
            purpose = comp.dep_ == "advcl" and comp.tag_ in ("VB", "VBG")
            if comp.dep_ in _COMPLEMENTS or purpose or (comp.dep_ == "dobj" and comp.tag_ == "VBG"):
                found = recipients_of(comp, idx, depth + 1, taken=taken) or free(_deep_prep_objects(comp, idx))
                if found:
                    return found
    # The trigger's own by-agent is its actor, never its recipient ("an agreement forced on Qatar by Saudi
    # Arabia"); in a reported clause it may be the accused ("alleges the attack was backed by Pakistan").
    stop = _OWN_CLAUSE_STOP | {"agent"} if depth == 0 else _OWN_CLAUSE_STOP
    return _later_in_clause(verb, idx, skip, taken, stop) if depth <= 1 else []


_OWN_CLAUSE_STOP = frozenset({"ccomp", "advcl", "relcl", "parataxis", "conj", "acl", "nsubj", "appos"})


def _later_in_clause(verb: Token, idx: DocIndex, skip: int = -1, taken: frozenset[tuple[int, int]] = frozenset(),
                     stop: frozenset[str] = _OWN_CLAUSE_STOP) -> list[ActorMention]:
    stack = [c for c in verb.children if c.i > verb.i and c.dep_ not in stop and c.i != skip]
    while stack:
        tok = min(stack, key=lambda t: t.i)
        stack.remove(tok)
        found = [m for m in idx.on(tok) if (m.start, m.end) not in taken]
        if found:
            return found
        stack.extend(c for c in tok.children if c.dep_ not in stop)
    return []


def _deep_prep_objects(head: Token, idx: DocIndex) -> list[ActorMention]:
    """with/to-phrases inside a content clause ("proposes signing a pact with Japan")."""
    for tok in head.subtree:
        if tok.dep_ == "prep" and tok.lower_ in ("with", "to", "against"):
            for pobj in tok.children:
                if pobj.dep_ == "pobj":
                    found = idx.phrase(pobj)
                    if found:
                        return found
    return []


def unlocated(args: Arguments, doc: Doc, lex: Lexicon, *, code: str = "") -> Arguments:
    """The arguments without recipients that only name where the act happened; ``code`` is the act's
    final CAMEO code, which decides whether any place is a mere venue."""
    venue = venue_act(code)
    recipient = tuple(m for m in args.recipient if not located(m, doc, lex, venue=venue))
    return args if len(recipient) == len(args.recipient) else Arguments(args.actor, recipient, args.inherited,
                                                                            args.guessed)


def arguments(trigger: Trigger, idx: DocIndex, lex: Lexicon) -> Arguments:
    return unlocated(_arguments(trigger, idx, lex), trigger.head.doc, lex)


def _arguments(trigger: Trigger, idx: DocIndex, lex: Lexicon) -> Arguments:
    if trigger.kind == "noun":
        return _noun_arguments(trigger.head, idx, lex)
    if trigger.kind == "deontic" and trigger.anchor is not None:
        actor, inherited = subject_of(trigger.head, idx, lex)
        comp = trigger.head.doc[trigger.anchor]
        subj = [c for c in comp.children if c.dep_ in ("nsubj", "nsubjpass")]
        subj = subj or [c for c in trigger.head.children if c.dep_ == "dobj"]
        recipient = idx.phrase(subj[0]) if subj else []
        if not recipient and subj and subj[0].pos_ == "PRON":
            # "issued a reminder to Iraq that it must cooperate", "told Sudan that it must withdraw": the
            # pronoun is the addressee of the demand.
            recipient = _addressee(trigger.head, idx)
        return Arguments(tuple(actor), tuple(recipient), inherited)
    if trigger.kind == "intent" and trigger.anchor is not None:
        actor, inherited = subject_of(trigger.head, idx, lex)
        return Arguments(tuple(actor), tuple(recipients_of(trigger.head.doc[trigger.anchor], idx)), inherited)
    if trigger.kind == "stance" and trigger.anchor is not None:
        noun = trigger.head.doc[trigger.anchor]
        return Arguments(tuple(idx.phrase(noun)), tuple(_deep_prep_objects(trigger.head, idx)), False)
    actor, inherited = subject_of(trigger.head, idx, lex)
    if trigger.kind == "light" and trigger.anchor is not None:
        # "held their first meeting with Obama": the event noun is no participant; its phrases are.
        noun = trigger.head.doc[trigger.anchor]
        taken = _own_spans(actor, idx)
        # "held a second round of talks": the noun of measure is the object the event noun stands for.
        measure = noun.head.head if noun.dep_ == "pobj" and noun.head.head.head.i == trigger.head.i else noun
        recipient = _prep_objects(noun, (*_RECIPIENT_PREPS, "between", "of"), idx) or \
            recipients_of(trigger.head, idx, skip=measure.i, taken=taken) or _deep_prep_objects(noun, idx)
        return Arguments(tuple(actor), tuple(recipient), inherited)
    recipient = recipients_of(trigger.head, idx, taken=_own_spans(actor, idx))
    source = _converse_source(trigger, idx, lex)
    if source:
        # "Georgian demonstrators received weapons from the government": the giver acts.
        return Arguments(tuple(source), tuple(actor), inherited)
    return Arguments(tuple(actor), tuple(recipient), inherited)


def _addressee(speaker: Token, idx: DocIndex) -> list[ActorMention]:
    """Whom a verb of speech or the content noun it issues is addressed to (object or to-phrase)."""
    heads = [speaker, *(c for c in speaker.children if c.dep_ == "dobj")]
    for head in heads:
        found = [m for c in head.children if c.dep_ in ("dobj", "dative", "iobj") for m in idx.phrase(c)]
        found = found or _prep_objects(head, ("to",), idx)
        if found:
            return found
    return []


def _own_spans(actor: list[ActorMention], idx: DocIndex) -> frozenset[tuple[int, int]]:
    """Spans naming the actor: its own mentions and those resolved to the same person or organisation
    ("Fidan met his counterpart": "his" is Fidan, no recipient)."""
    ids = {m.actor_id for m in actor if m.actor_id and m.actor_id != m.code and not m.actor_id.startswith("agent:")}
    spans = {(m.start, m.end) for m in actor}
    spans |= {(m.start, m.end) for ms in idx.by_token.values() for m in ms if m.actor_id in ids}
    return frozenset(spans)


def accused_in(head: Token, idx: DocIndex) -> list[ActorMention]:
    """"complained to the UN over Israeli air raids": whoever the complaint is about is its recipient."""
    objects = [head, *(c for c in head.children if c.dep_ == "dobj")]
    for obj in objects:
        found = _prep_objects(obj, ("over", "about", "against", "of"), idx)
        if found:
            return found
    return []


def deep_recipient(head: Token, idx: DocIndex) -> list[ActorMention]:
    """A with/to/against phrase anywhere in the trigger's clause ("reservists for a war against Iraq")."""
    return _deep_prep_objects(head, idx)


def condition_subject(head: Token, idx: DocIndex, lex: Lexicon) -> list[ActorMention]:
    """"threatened to strike unless Israel rescinded...": whoever the condition is about is threatened."""
    for tok in (head, *(c for c in head.children if c.dep_ in ("xcomp", "ccomp"))):
        for clause in tok.children:
            if clause.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in lex.words["conditional_marks"]
                                               for m in clause.children):
                subj = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
                if subj and idx.phrase(subj[0]):
                    return idx.phrase(subj[0])
    return []


def other_mentions(head: Token, idx: DocIndex, actor: tuple[ActorMention, ...],
                   lex: Lexicon, *, places: bool = False, venue: bool = False) -> list[ActorMention]:
    """The nearest coded mention of the sentence that is neither the actor nor a news source ("officials
    said", "according to Reuters"), nor (without ``places``) the place where the act happened."""
    taken = {(m.start, m.end) for m in actor}
    for tok in sorted(head.sent, key=lambda t: abs(t.i - head.i)):
        if _is_source(tok, lex):
            continue
        for m in idx.on(tok):
            if (m.start, m.end) not in taken and (places or not located(m, tok.doc, lex, venue=venue)):
                return [m]
    return []


def _is_source(tok: Token, lex: Lexicon) -> bool:
    for anc in [tok, *tok.ancestors]:
        if anc.dep_ in ("nsubj", "nsubjpass") and anc.head.lemma_.lower() in lex.words["speech"]:
            return True
        if anc.lower_ == "according":
            return True
    return False


def _converse_source(trigger: Trigger, idx: DocIndex, lex: Lexicon) -> list[ActorMention]:
    lemma = lex.verb_lemma(trigger.head.lemma_.lower(), trigger.head.lower_)
    if lemma not in lex.words["converse"] or trigger.code[:2] not in lex.words["converse_roots"]:
        return []
    heads = [trigger.head, *(c for c in trigger.head.children if c.dep_ == "dobj")]
    found = [m for h in heads for m in _prep_objects(h, ("from",), idx)]
    # "faces pressure from Congress": a named giver the actors stage could not code still gives.
    return found or [m for h in heads for m in _prep_objects(h, ("from",), idx, uncoded=True)]


def _noun_arguments(noun: Token, idx: DocIndex, lex: Lexicon) -> Arguments:
    actor = _prep_objects(noun, ("between", "among", "by"), idx)
    actor = actor or [m for c in noun.children if c.dep_ == "poss" for t in c.subtree for m in idx.on(t)]
    # "Palestinian riots", "Israeli air raids", "U.S. sanctions": the noun's own modifier names the actor.
    actor = actor or [m for c in noun.children if c.dep_ in ("amod", "compound", "nmod") for m in idx.on(c)]
    inherited = False
    if not actor:
        verb = _governing_verb(noun)
        if verb is not None and verb.lemma_.lower() in lex.words["participant_verbs"]:
            actor, _ = subject_of(verb, idx, lex)
            inherited = True
    recipient = _prep_objects(noun, _NOUN_RECIPIENT_PREPS, idx)
    return Arguments(tuple(actor), tuple(recipient), inherited)


def _governing_verb(noun: Token) -> Token | None:
    """The verb a noun hangs from, through prepositions and predicate adjectives ("was late for a summit")."""
    tok = noun
    for _ in range(4):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.pos_ in ("VERB", "AUX"):
            return tok
        # "took part in talks": the participation noun passes the event noun on to its verb.
        if tok.pos_ not in ("ADP", "ADJ", "ADV") and tok.lemma_.lower() != "part":
            return None
    return None
