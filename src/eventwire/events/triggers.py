"""Trigger finding on a spaCy dependency parse: what in a sentence may report an event.

A trigger is a verb of the lexicon (its object words may pick a more specific CAMEO code), a light verb
whose object is an event noun ("held talks", "imposed sanctions"), or an event noun with its own
participants ("talks between A and B", "a summit in Japan"). Who did it to whom is ``clauses.py``.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span, Token

from .lexicon import Lexicon

__all__ = ["Trigger", "find_triggers", "light_code", "noun_code", "verb_code"]

_COMPLEMENTS = ("xcomp", "ccomp", "pcomp")


@dataclass(frozen=True, slots=True)
class Trigger:
    head: Token  # the token whose clause carries the event (verb, or noun for noun triggers)
    start: int  # token span of the trigger words
    end: int
    code: str
    kind: str  # verb | pattern | light | noun | stance
    anchor: int | None = None  # stance triggers: the token of the stance noun ("Japan's position")


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


def _is_setting(noun: Token, lex: Lexicon) -> bool:
    head = noun.head
    if noun.dep_ == "pobj" and head.lower_ in lex.words["setting_preps"]:
        return True
    return noun.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in lex.words["setting_heads"]
