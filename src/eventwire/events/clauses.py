"""Clause-level trigger finding and argument extraction on a spaCy dependency parse.

A trigger is a verb of the lexicon (its object words may pick a more specific CAMEO code), a light verb
whose object is an event noun ("held talks", "imposed sanctions"), or an event noun with its own
participants ("talks between A and B", "a summit in Japan").
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from ..model import ActorMention
from .lexicon import Lexicon
from .mentions import DocIndex

__all__ = ["Arguments", "Trigger", "accused_in", "arguments", "condition_subject", "deep_recipient", "find_triggers", "light_code",
           "located", "other_mentions", "unlocated", "venue_act", "verb_code"]

_SUBJ = ("nsubj", "csubj", "expl")
_RECIPIENT_PREPS = ("to", "with", "against", "on", "toward", "towards", "at", "into", "upon", "from")
_NOUN_RECIPIENT_PREPS = ("with", "against", "on", "to", "in", "toward", "towards", "upon")
_COMPLEMENTS = ("xcomp", "ccomp", "pcomp")
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_STATIVE_PASSIVES = frozenset({"engage", "involve", "embroil", "locked", "oppose", "opposed"})
_PRONOUNS = frozenset({"he", "she", "it", "they", "we", "i"})


@dataclass(frozen=True, slots=True)
class Trigger:
    head: Token  # the token whose clause carries the event (verb, or noun for noun triggers)
    start: int  # token span of the trigger words
    end: int
    code: str
    kind: str  # verb | pattern | light | noun | stance
    anchor: int | None = None  # stance triggers: the token of the stance noun ("Japan's position")


@dataclass(frozen=True, slots=True)
class Arguments:
    actor: tuple[ActorMention, ...]
    recipient: tuple[ActorMention, ...]
    inherited: bool  # the actor came from a governing clause, not the trigger's own subject
    guessed: bool = False  # the recipient is the nearest other actor of the sentence, not a syntactic role


# Object-side dependents whose words may select a verb pattern (PETRARCH matches inside the verb phrase).
_PATTERN_DEPS = frozenset({"dobj", "obj", "prep", "prt", "dative", "attr", "acomp", "oprd", "xcomp",
                           "npadvmod", "advmod", "neg", "agent", "pcomp", "iobj", "nsubjpass"})
_NP_MODS = frozenset({"compound", "amod", "prt", "nmod", "poss", "nummod", "prep", "pobj"})


def _clause_words(verb: Token) -> set[str]:
    """Words of the verb phrase that patterns may test: the heads of the verb's object-side dependents,
    their modifiers, and the objects of its prepositions (PETRARCH matches within the verb phrase)."""
    words: set[str] = set()
    for child in verb.children:
        if child.dep_ not in _PATTERN_DEPS or (child.i < verb.i and child.dep_ != "neg"):
            continue
        heads = [child, *(g for g in child.children if g.dep_ in ("pobj", "dobj", "prt", "pcomp"))]
        # "lifted a state of emergency", "received a mission of observers", "banned access to its airspace":
        # the object's of- and to-phrase.
        # Only the object's own phrases: "at the start of a regional trip" is no "trip" the verb makes.
        heads += [p for h in list(heads) if child.dep_ != "prep" for g in h.children
                  if g.dep_ == "prep" and g.lower_ in ("of", "to") for p in g.children if p.dep_ == "pobj"]
        for tok in heads:
            for w in (tok, *(m for m in tok.children if m.dep_ in _NP_MODS)):
                words.add(w.lower_)
                words.add(w.lemma_.lower())
    return words


def verb_code(verb: Token, lex: Lexicon) -> tuple[str | None, bool]:
    """The CAMEO code of a lexicon verb: its longest matching object pattern, else its default code."""
    lemma = lex.verb_lemma(verb.lemma_.lower(), verb.lower_)
    entry = lex.verbs.get(lemma)
    if entry is None:
        return None, False
    if lemma in lex.words["manhunt_verbs"] and _hunts_person(verb):
        return "171", True  # "searching for bin Laden": a manhunt is COERCE seize, not an inquiry
    words = _clause_words(verb)
    best: tuple[int, str] | None = None
    for pat in entry.patterns:
        if all(slot & words for slot in pat.words) and (best is None or len(pat.words) > best[0]):
            best = (len(pat.words), pat.code)
    if best is not None:
        return best[1], True
    return entry.code, False


def _hunts_person(verb: Token) -> bool:
    return any(c.dep_ == "prep" and c.lower_ == "for" and any(
        p.dep_ == "pobj" and p.ent_type_ == "PERSON" for p in c.children) for c in verb.children)


def noun_code(noun: Token, lex: Lexicon, light: bool) -> str | None:
    table = lex.light_nouns if light else lex.nouns
    if f"{noun.lemma_.lower()} on" in table and _targeted(noun):
        return table[f"{noun.lemma_.lower()} on"]  # "strikes on Gaza City" are attacks, not a walkout
    # "United States air strikes": the modifier next to the noun makes the compound, not the first one.
    mods = sorted((c for c in noun.children if c.dep_ in ("compound", "amod")), key=lambda c: -c.i)
    for compound in [*(c.lemma_.lower() for c in mods), None]:
        key = lex.noun_key(noun.lemma_.lower(), compound, table)
        if key and (compound is None or key != noun.lemma_.lower()):
            return table[key]
    return None


def _targeted(noun: Token) -> bool:
    """The noun has an on-phrase naming a target, not a date ("strikes on Gaza", not "a strike on Monday")."""
    return any(c.dep_ == "prep" and c.lower_ == "on" and any(
        p.dep_ == "pobj" and p.ent_type_ not in ("DATE", "TIME") for p in c.children) for c in noun.children)


def light_code(verb: Token, lex: Lexicon) -> str | None:
    """The code a light verb takes from its event noun ("continue military aid" -> aid)."""
    found = _light_noun(verb, lex)
    return found[1] if found else None


def _light_noun(verb: Token, lex: Lexicon) -> tuple[Token, str] | None:
    if lex.verb_lemma(verb.lemma_.lower(), verb.lower_) not in lex.words["light_verbs"]:
        return None
    if any(c.dep_ == "prt" and c.lower_ in ("off", "down") for c in verb.children):
        return None  # "called off a strike", "turned down an offer": the particle makes its own verb
    for child in verb.children:
        if child.dep_ in ("dobj", "obj", "nsubjpass"):
            for noun in (child, *_measured(child, lex)):
                code = noun_code(noun, lex, light=True)
                if code:
                    return noun, code
    return None


def _measured(noun: Token, lex: Lexicon) -> list[Token]:
    """"launched ten days of war games", "held a second round of talks": the event is the of-phrase of a
    noun of measure."""
    if noun.lemma_.lower() not in lex.words["measure_nouns"]:
        return []
    return [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]


def _may_trigger(verb: Token, lex: Lexicon) -> bool:
    """Verbs of speech and bare intention verbs frame other events; they are not events themselves."""
    lemma = lex.verb_lemma(verb.lemma_.lower(), verb.lower_)
    if lemma in lex.words["speech"]:
        return False
    framing = lemma in lex.words["negating"] or (
        lemma in lex.words["intent"] and lemma not in lex.words["content"])
    return not (framing and any(c.dep_ in _COMPLEMENTS for c in verb.children))


def find_triggers(sent: Span, lex: Lexicon) -> list[Trigger]:
    """Verb and light-verb triggers of a sentence, then event nouns not already covered by them."""
    found: list[Trigger] = []
    for tok in sent:
        if tok.pos_ not in ("VERB", "AUX") and not (tok.pos_ == "NOUN" and tok.dep_ == "ROOT"):
            continue
        light = _light_noun(tok, lex)
        if light is not None:
            noun, lcode = light
            lo, hi = min(tok.i, noun.i), max(tok.i, noun.i) + 1
            found.append(Trigger(tok, lo, hi, lcode, "light", anchor=noun.i))
            continue
        if not _may_trigger(tok, lex):
            continue
        code, patterned = verb_code(tok, lex)
        if code and lex.info(code) is not None:
            found.append(Trigger(tok, tok.i, tok.i + 1, code, "pattern" if patterned else "verb"))
    verbs = {t.head.i for t in found}
    nouns: list[Trigger] = []
    for tok in sent:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("compound", "amod", "nmod") or _covered(tok, verbs):
            continue
        ncode = noun_code(tok, lex, light=False)
        if ncode:
            nouns.append(Trigger(tok, tok.i, tok.i + 1, ncode, "noun"))
    # A noun naming the setting ("during demonstrations") is the event when nothing else is reported.
    settings = [n for n in nouns if _is_setting(n.head, lex)]
    if found or len(settings) < len(nouns):
        nouns = [n for n in nouns if n not in settings]
    return found + nouns


def _covered(noun: Token, verbs: set[int]) -> bool:
    """An event noun inside a coded verb's clause is that verb's content ("thanked X for its support")."""
    tok = noun
    while tok.head.i != tok.i:
        tok = tok.head
        if tok.i in verbs:
            return True
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ not in ("xcomp", "pcomp", "acl", "ccomp"):
            return False
    return False


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


def _prep_objects(head: Token, preps: tuple[str, ...], idx: DocIndex) -> list[ActorMention]:
    out: list[ActorMention] = []
    for child in head.children:
        if child.dep_ in ("prep", "agent", "dative") and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    out.extend(idx.phrase(pobj))
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


def located(mention: ActorMention, doc: Doc, lex: Lexicon, *, venue: bool = False) -> bool:
    """A place named as where the act happens: a location, not a recipient, unless the verb takes its
    recipient with that preposition ("arrived in Amman", "fired rockets at Kabul"). A capital stands for its
    government only as a subject or object ("Washington accused Moscow"), never in a locative phrase ("signed
    a deal in Vienna", "returned from Ankara"). With ``venue`` (a cooperative act) any place is only where
    it happened ("talks in the German city of Bonn"); the state where an act of conflict happens stays its
    target, as CAMEO codes it ("fighting in Iraq")."""
    capital = mention.type == "STATE" and mention.sector == "GOV"
    if not (capital or (venue and mention.type == "STATE")):
        return False
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    if span is None:
        return False
    root = _place_phrase(span.root, lex) if venue else span.root
    while root.dep_ == "conj" and root.head.i != root.i:  # "in Paris and Berlin"
        root = root.head
    if root.dep_ != "pobj" or root.pos_ not in ("PROPN", "NOUN") or (root.pos_ == "NOUN" and not venue):
        return False
    return _locative(root.head, lex)


def _place_phrase(tok: Token, lex: Lexicon) -> Token:
    """"the German city of Bonn", "the Afghan capital, Kabul": the place noun the name belongs to."""
    if tok.dep_ in ("amod", "compound") and tok.head.lemma_.lower() in lex.words["place_nouns"]:
        return tok.head
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in lex.words["place_nouns"]:
        return tok.head.head
    return tok


def _locative(prep: Token, lex: Lexicon) -> bool:
    gov = prep.head
    if gov.pos_ in ("NOUN", "PROPN"):
        # "a deal in Vienna" is where the deal was made; "offices in Kabul" belong to Kabul.
        if gov.lemma_.lower() not in lex.light_nouns or gov.lemma_.lower() in lex.words["agent_nouns"]:
            return False
        gov = gov.head
    if gov.pos_ not in ("VERB", "AUX"):
        return False
    lemma = lex.verb_lemma(gov.lemma_.lower(), gov.lower_)
    if prep.lower_ == "from":
        return lemma in lex.words["travel_verbs"]
    return prep.lower_ in lex.words["locative_preps"] and lemma not in lex.words["locative_recipient_verbs"]


def venue_act(code: str) -> bool:
    """CAMEO 01-06: statements, appeals, meetings and agreements happen at a venue; aid, concessions and
    conflict reach the people of the place ("lifted a curfew in Montenegro")."""
    return code[:2].isdigit() and int(code[:2]) <= 6


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
    return found or [m for h in heads for c in h.children if c.dep_ == "prep" and c.lower_ == "from"
                     for p in c.children if p.dep_ == "pobj" for m in idx.phrase(p, uncoded=True)]


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


def _is_setting(noun: Token, lex: Lexicon) -> bool:
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in lex.words["setting_preps"]:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.words["setting_heads"]


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
