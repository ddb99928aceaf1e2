"""Resolve actor mentions in a spaCy ``Doc`` as of the publication date.

One pass over the alias hits builds named mentions (people, states, capitals, organisations, groups) and
compounds ("Russian troops", "Japan's chief cabinet secretary", "Prime Minister Lee"); a second pass
(``coref``) links surnames, descriptions, pronouns and plural references to what the article named before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from ..model import ActorMention
from ..nlp.components import doc_text
from .coref import SPOKES_NOUN, TOP_OFFICES, resolve_references, unknown_person
from .kb import Alias, Hit, KnowledgeBase, Title, data_lines, fold

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["ActorResolver"]

MODIFIER_KINDS = {"DEMONYM", "NAME", "SEAT", "PLACE"}
# Words that may stand between a country word and the agent noun it qualifies ("Liberian riot police",
# "Algerian government forces", "Russian civilian advisers"): lower-case, at most two of them.
GAP = re.compile(r"^(?:[\s-]+|\s+(?:[a-z][a-z.-]*\s+){1,2})$")
POSSESSIVE = re.compile(r"^'s?\s+(?:(?:new|own|top|former|interim|acting|deputy|exiled|political|spiritual|military|senior|chief)\s+)?$")
# A run of capitalised name tokens with Arabic/European particles: "Omar Hassan al-Bashir", "Jean-Bertrand Aristide".
PARTICLE = r"(?:al|el|bin|ibn|ben|de|da|van|von|der|le|la|du|dos|abu)"
NAME_TOKEN = rf"(?:{PARTICLE}[-\s])?[A-Z][\w'\u2019.]*(?:-[A-Za-z][\w'\u2019]*)*"
NAME_RUN = re.compile(rf"{NAME_TOKEN}(?:\s+{NAME_TOKEN}){{0,3}}")
LEFT_WORD = re.compile(r"([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\s+$")
NOT_GIVEN = frozenset({"The", "A", "An", "In", "On", "At", "But", "And", "After", "Before", "When", "While", "As",
                       "If", "For", "With", "From", "By", "Of", "To", "Mr", "Mrs", "Ms", "Dr", "Sir", "Said"})
MONTHS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January",
                    "February", "March", "April", "May", "June", "July", "August", "September", "October",
                    "November", "December", "Today", "Yesterday", "Tomorrow"})
DETERMINER = re.compile(r"(?<![\w'-])(?:the|an|a)[ \t]+$", re.IGNORECASE)
# Words naming someone who acts for an intergovernmental organisation ("UN mediator", "EU special envoy").
IGO_OFFICES = frozenset({"envoy", "mediator", "negotiator", "spokesman", "spokeswoman", "spokesperson", "official",
                         "chief", "commissioner", "rapporteur", "coordinator", "administrator", "inspector",
                         "investigator", "monitor", "observer", "secretary-general"})
# "rebels in eastern Congo", "troops in the south of Lebanon": a compass word may qualify the place.
COMPASS = r"(?:(?:north|south)(?:-?(?:east|west))?|east|west|central)(?:ern)?"
OF_IN = re.compile(rf"^\s+(?:in|of|from)\s+(?:the\s+)?(?:{COMPASS}\s+(?:(?:part\s+)?of\s+(?:the\s+)?)?)?$",
                   re.IGNORECASE)
SPOKES_WORD = re.compile(rf"{SPOKES_NOUN}$", re.IGNORECASE)
FOR_GAP = re.compile(r"\s+for\s+(?:the\s+)?")  # "a spokesman for the Kremlin"
OF_STATE = re.compile(r"^\s+of\s+(?:the\s+)?$", re.IGNORECASE)  # "the President of (the) France"
# "anti-Syria journalist", "pro-Russian separatists": an attitude towards the state, not the state's people.
ATTITUDE = re.compile(r"(?<![\w-])(?:anti|pro)-$", re.IGNORECASE)
# "Iranian-backed militias", "Russian-backed separatists": a sponsor, not the agent's country (nor the actor).
SPONSORED = re.compile(r"-(?:backed|supported|sponsored|funded|financed|armed|trained|allied|aligned|affiliated|"
                       r"linked|inspired)\b", re.IGNORECASE)


# Parts of speech that may stand between a country word and the agent, title or name it qualifies
# ("Syrian opposition leader", "Russian former President", "Algerian armed forces"); a preposition, a verb or a
# conjunction there means two separate mentions ("Damascus suburbs against President Assad", "Russia urged
# President Obama", "Aleppo and rebels"), not one.
GAP_POS = frozenset({"ADJ", "NOUN", "PROPN", "NUM"})
GAP_VERB_TAGS = frozenset({"VBN", "VBG"})  # "armed forces", "ruling party"
# Without a tagger (``resolve_text``): closed-class words that never qualify an agent.
GAP_STOP = frozenset({"a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "by", "to", "for", "from",
                      "with", "against", "into", "onto", "over", "under", "after", "before", "during", "about",
                      "near", "across", "between", "among", "through", "toward", "towards", "as", "than", "that",
                      "which", "who", "whom", "whose", "he", "she", "it", "they", "we", "i", "you", "his", "her",
                      "its", "their", "our", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will",
                      "would", "could", "should", "may", "might", "must", "can", "said", "says", "say", "told",
                      "not", "no", "also", "while", "when", "where", "if", "so", "since", "because"})
RANKS = frozenset({"deputy", "deputies", "assistant", "vice", "acting"})  # ranks of an office, not bodies
RANK_OF = re.compile(r"[ \t]+(?!and\b|or\b|said\b|says\b|who\b|from\b|of\b|in\b|to\b|for\b)[A-Za-z]")
GAP_ED = frozenset({"armed", "united", "red", "embattled", "beleaguered"})  # -ed words that qualify a noun


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    on: date | None
    blocked: frozenset[int] = frozenset()  # start offsets of tokens that cannot sit inside a compound's gap


def _blocked_tokens(doc: Doc) -> frozenset[int]:
    tagged = doc.has_annotation("TAG")
    return frozenset(
        t.idx for t in doc if t.is_alpha and t.is_lower and (
            (t.pos_ not in GAP_POS and t.tag_ not in GAP_VERB_TAGS) if tagged
            else t.lower_ in GAP_STOP or (t.lower_.endswith("ed") and t.lower_ not in GAP_ED))
    )


def _head_agent(chain: list[Alias]) -> Alias:
    """The agent of a compound ("army spokesman", "police officials", "opposition spokesman"): the head noun,
    unless the head only says a government voice (GOV: spokesman, officials) and a word before it names the
    body they speak for, whose sector wins (MIL, COP, OPP)."""
    head = chain[-1]
    if head.sector == "GOV":  # a rank ("deputy minister", "assistant secretary") names no body
        return next((a for a in reversed(chain[:-1]) if a.sector and a.sector != "GOV"
                     and RANKS.isdisjoint(a.text.lower().split())), head)
    return head


@cache
def _name_places() -> dict[str, str]:
    """``name_places.tsv``: folded place name -> the other state it is a region of ("" when none)."""
    rows = [line.split("\t") for line in data_lines("name_places.tsv")]
    return {fold(r[0].strip()): (r[1].strip() if len(r) > 1 else "") for r in rows}


CAP_BEFORE = re.compile(r"(?<![\w'-])([A-Z][a-z]+)[ \t]+$")
CAP_AFTER = re.compile(r"[ \t]+([A-Z][a-z]+)\b")
NAME_HONORIFICS = frozenset({"Sheikh", "Sheik", "Shaikh", "Mr", "Mrs", "Ms", "Dr", "Sir", "Prince", "Princess",
                             "Lord", "Lady", "Mullah", "Ayatollah", "Imam", "Maulana", "Gen", "General"})
MONARCHS = frozenset({"king", "queen", "emir", "sultan", "monarch"})  # titles that take a given name
HONORIFICS = NAME_HONORIFICS & NOT_GIVEN  # Mr, Mrs, Ms, Dr, Sir: no given name, yet part of a person's name
# Words that make a place of a place ("Downtown Kabul", "Inner Sydney", "Free Tibet"), not a person's name.
PLACE_QUALIFIERS = frozenset({"Downtown", "Inner", "Outer", "Metropolitan", "Old", "Suburban", "Rural", "Coastal",
                              "Occupied", "Regional", "Far", "Mid", "Provincial", "Rebel", "Capital", "Free",
                              "Independent", "Autonomous", "Liberated", "Historic", "Ancient", "Modern", "Federal"})
NOT_NAME_WORDS = NOT_GIVEN | MONTHS | frozenset({
    "North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Central", "Upper", "Lower",
    "Greater", "Meanwhile", "However", "Also", "Now", "Then", "Still", "Later", "Earlier", "Separately", "Instead",
    "Thus", "So", "Neither", "Both", "Even", "Only", "Last", "Next", "This", "That", "These", "Those", "Its", "Their",
    "His", "Her", "Our", "Why", "How", "What", "Where", "Which", "Who", "Did", "Does", "Will", "Would", "Can", "Could",
    "Should", "Has", "Have", "Had", "Is", "Was", "Were", "Are", "Says", "Said", "Told", "Under", "Against", "Between",
    "Across", "Inside", "Outside", "Within", "Without", "Near", "Since", "Until", "During", "Unlike", "Like"})


class ActorResolver:
    """Finds and resolves actor mentions; stateless between documents (safe to share across threads)."""

    __slots__ = ("kb",)

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # ------------------------------------------------------------------ public
    def has_actor(self, text: str) -> bool:
        """Cheap prefilter (one automaton pass, no parse): does ``text`` hold a state, capital, demonym,
        organisation, group, known name or surname, title or agent noun ("officials")? Pronouns are not
        counted: a sentence whose only actor is "he" is judged by its neighbours."""
        return self.kb.has_alias(text)

    def resolve_text(self, text: str, publish_date: date | None = None) -> list[ActorMention]:
        """``resolve`` on plain text (a blank tokenizer, no parser: pronouns are found by their form only)."""
        import spacy

        return self.resolve(spacy.blank("en")(text), publish_date=publish_date)

    def resolve(self, doc: Doc, publish_date: date | None = None) -> list[ActorMention]:
        ctx = _Ctx(doc_text(doc), publish_date, _blocked_tokens(doc))
        hits = self.kb.find(doc_text(doc))
        mentions = self._named(hits, ctx)
        mentions = resolve_references(doc, mentions, self.kb, publish_date)
        return sorted(mentions, key=lambda m: (m.start, m.end))

    # ------------------------------------------------------------------ named mentions
    def _named(self, hits: list[Hit], ctx: _Ctx) -> list[ActorMention]:
        out: list[ActorMention] = []
        used: set[int] = set()
        for i in range(len(hits)):
            if i in used:
                continue
            mention, consumed = self._compound(hits, i, ctx)
            if mention is None:
                continue
            used.update(consumed)
            out.extend(_with_determiner(m, ctx.text) for m in mention)
        return self._spoken_for(self._regions(out, ctx), ctx)

    def _spoken_for(self, mentions: list[ActorMention], ctx: _Ctx) -> list[ActorMention]:
        """"A spokesman for the Russian Foreign Ministry", "the spokeswoman for the Kremlin", "a spokesman for
        Hamas": the voice belongs to the actor named right after "for" (its state or group and sector); a
        spokesman for a person speaks for that person's state. The one mention spans both, as "officials of Iran"."""
        out: list[ActorMention] = []
        for owner in mentions:
            m = out[-1] if out else None
            if (m is None or m.type != "AGENT" or m.code or not SPOKES_WORD.search(m.text) or not owner.code
                    or not FOR_GAP.fullmatch(ctx.text, m.end, owner.start)):
                out.append(owner)
                continue
            state = self.kb.get(owner.code) if owner.type in {"PERSON", "DESCRIPTION"} else None
            name, actor_id = (state.name, state.id) if state else (owner.name, owner.actor_id)
            sector = owner.sector if owner.type not in {"STATE", "PERSON", "DESCRIPTION"} and owner.sector else "GOV"
            out[-1] = replace(m, text=ctx.text[m.start:owner.end], end=owner.end, code=owner.code, sector=sector,
                              name=name, actor_id=actor_id, alt_codes=owner.alt_codes)
        return out

    def _regions(self, mentions: list[ActorMention], ctx: _Ctx) -> list[ActorMention]:
        """"Atlanta, Georgia", "the state of Georgia": a state's name that is also a region of another state
        (``name_places.tsv``) is that region after a place of that state, or after "state of"."""
        out = list(mentions)
        for k, m in enumerate(out):
            other = _name_places().get(fold(m.text), "")
            if not other or m.code == other or m.type != "STATE":
                continue
            after_place = k > 0 and out[k - 1].code == other and re.fullmatch(r",\s*", ctx.text[out[k - 1].end:m.start])
            if after_place or re.search(r"\bstate\s+of\s+$", ctx.text[max(0, m.start - 12):m.start], re.IGNORECASE):
                state = self.kb.get(other)
                out[k] = replace(m, code=other, sector=None, name=state.name if state else other, actor_id=other,
                                 alt_codes=())
        return out

    def _compound(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[list[ActorMention] | None, set[int]]:
        hit = hits[i]
        kinds = {a.kind for a in hit.aliases}
        if "BLOCK" in kinds:  # "East China Sea": contains a name, names no actor
            return None, {i}
        if kinds & MODIFIER_KINDS and (ATTITUDE.search(ctx.text, max(0, hit.start - 5), hit.start)
                                       or SPONSORED.match(ctx.text, hit.end)):
            return None, {i}  # "pro-Russian separatists", "Iranian-backed militias": neither is that state
        if kinds & MODIFIER_KINDS and self._in_a_name(hits, i, ctx):
            return None, {i}  # "Jim Jordan", "Chad Wolf", "Lake Chad": a name, not the state
        person = self._person_alias(hit, ctx)
        if "SURNAME" in kinds and self._outdated_name(hit, person, ctx):
            return self._surname_run(hits, i, ctx)
        if person is not None and "NAME" in kinds:
            if self._bare_given_name(hit, person, ctx):  # "Abdullah" in 2023 is not the late Saudi king
                return None, {i}
            return [self._person(hit.start, hit.end, person, ctx)], {i}
        if "TITLE" in kinds:
            return self._titled(hits, i, ctx)
        if kinds & MODIFIER_KINDS:
            return self._modified(hits, i, ctx)
        if "AGENT" in kinds:
            return self._agent_of(hits, i, ctx)
        if "SURNAME" in kinds:
            return self._surname_run(hits, i, ctx)
        return None, set()

    @staticmethod
    def _in_a_name(hits: list[Hit], i: int, ctx: _Ctx) -> bool:
        """Is a place word that is also a person's name (``name_places.tsv``) part of a longer name here: after a
        capitalised word that is not an actor, title, weekday, month or compass word ("Jim Jordan", "Lake Chad"), or
        before a known surname ("Chad Wolf")? A capitalised word after it is more often a national body's name
        ("Kenya Anti-Corruption Commission")."""
        hit = hits[i]
        if fold(ctx.text[hit.start:hit.end]) not in _name_places():
            return ActorResolver._place_in_a_name(hits, i, ctx)
        def name_word(word: re.Match[str] | None, j: int) -> bool:
            return word is not None and word.group(1) not in NOT_NAME_WORDS and _no_actor_word(hits, j, word.start(1))

        before = CAP_BEFORE.search(ctx.text, max(0, hit.start - 30), hit.start)
        after = CAP_AFTER.match(ctx.text, hit.end)  # after it, only a known surname: "Chad Wolf", "Jordan Peterson"
        known = after is not None and i + 1 < len(hits) and hits[i + 1].start == after.start(1)  # not "Kenya Airways"
        return name_word(before, i - 1) or (known and name_word(after, i + 1))

    @staticmethod
    def _place_in_a_name(hits: list[Hit], i: int, ctx: _Ctx) -> bool:
        """Is a town or region word (a PLACE, not a state, capital or demonym) a person's name here: after an
        honorific ("Mr Murray") or a capitalised word that is no actor word ("Peter Murray", "Boyd Hunter")?"""
        hit = hits[i]
        if any(a.kind in {"NAME", "SEAT", "DEMONYM"} for a in hit.aliases):
            return False
        before = CAP_BEFORE.search(ctx.text, max(0, hit.start - 30), hit.start)
        if before is None or before.group(1) in NOT_NAME_WORDS - HONORIFICS or before.group(1) in PLACE_QUALIFIERS:
            return False
        return _no_actor_word(hits, i - 1, before.start(1))

    def _bare_given_name(self, hit: Hit, person: Alias, ctx: _Ctx) -> bool:
        """One word that names a person only by a given name (a king's "Abdullah", "Fahd"), on a date when they
        hold no role: too common a name to stand for someone out of office."""
        word = ctx.text[hit.start:hit.end]
        if ctx.on is None or " " in word:
            return False
        actor = self.kb.actor(person.actor)
        if fold(word) in {fold(s) for s in actor.surnames} or len(actor.name.split()) < 2:
            return False
        return not actor.in_office(ctx.on)

    def _outdated_name(self, hit: Hit, person: Alias | None, ctx: _Ctx) -> bool:
        """Is ``hit`` the surname of someone in a checked top office on the date, while its name reading is a
        person with no checked role then ("Hussein" in 2023 is not the late King Hussein, whose Phoenix roles are
        all the base knows of him) or a group named after that office holder ("Assad": the Assad government)?
        Then it is read as a surname, which coreference resolves (or leaves unresolved when several fit)."""
        if ctx.on is None:
            return False
        holders = [self.kb.actor(a.actor) for a in hit.aliases if a.kind == "SURNAME" and a.actor >= 0]
        holders = [h for h in holders if h.in_office(ctx.on, TOP_OFFICES, checked=True)]
        if not holders:
            return False
        if person is not None:
            return not self.kb.actor(person.actor).in_office(ctx.on, checked=True)
        names = {fold(n) for a in hit.aliases if a.kind == "NAME" and a.actor >= 0
                 and (org := self.kb.actor(a.actor)).type == "ORG" for n in org.names}
        return any(fold(h.name) in names for h in holders)

    def _run_end(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[int, set[int]]:
        """Where the name run starting at hit ``i`` ends, and the hits inside it."""
        m = NAME_RUN.match(ctx.text, hits[i].start)
        end = max(m.end() if m else hits[i].end, hits[i].end)
        end = end - 1 if ctx.text[end - 1] == "." and end - hits[i].start > 2 else end
        inside = {i}
        for j in range(i + 1, len(hits)):
            if hits[j].start >= end:
                break
            if self._person_alias(hits[j], ctx) is None and any(a.kind not in {"SURNAME", "PLACE"}
                                                                 for a in hits[j].aliases):
                end = hits[j].start  # a state, title or agent word ends the name ("Young Algerians"); a
                break  # person's name goes on it ("Mohamed Abdullahi Farmaajo", known as "Farmaajo")
            inside.add(j)
            end = max(end, hits[j].end)
        end = _sentence_end(ctx.text, hits[i].start, len(ctx.text[:end].rstrip()))
        inside = {j for j in inside if hits[j].start < end}
        return _before_possessive(ctx.text, hits[i].start, end), inside

    def _surname_run(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[list[ActorMention] | None, set[int]]:
        """A name we know only by its surname or part of it: resolved later (coreference, office on the date)."""
        end, inside = self._run_end(hits, i, ctx)
        start = hits[i].start
        left = LEFT_WORD.search(ctx.text, max(0, start - 25), start)
        if left and left.group(1) not in NOT_GIVEN and (i == 0 or hits[i - 1].end <= left.start(1)):
            before = ctx.text[max(0, left.start(1) - 2):left.start(1)]
            if before and not re.search(r"[.!?\n\"]\s*$|^$", before):
                start = left.start(1)
        for j in sorted(inside):  # "Sheikh Mohammed bin Zayed": a full name (of two words or more) ending the run wins
            person = self._person_alias(hits[j], ctx) if j > i and hits[j].end >= end else None
            if person is not None and " " in ctx.text[hits[j].start:hits[j].end]:
                return [self._person(start, hits[j].end, person, ctx)], inside
        mention = ActorMention(text=ctx.text[start:end], start=start, end=end, code=None, type="SURNAME")
        return [mention], inside

    def _person_alias(self, hit: Hit, ctx: _Ctx) -> Alias | None:
        """The person a name denotes; of namesakes ("Andris Berzins", prime minister 2000-02 and president
        2011-15), the one whose role is nearest the date, hand-checked roles first."""
        people = [a for a in hit.aliases if a.kind == "NAME" and self.kb.actor(a.actor).type == "PERSON"]
        on = ctx.on
        if len(people) < 2 or on is None:
            return people[0] if people else None
        return min(people, key=lambda a: self._nearness(a.actor, on))

    def _nearness(self, index: int, on: date) -> tuple[int, int, int]:
        roles = self.kb.actor(index).roles
        if not roles:
            return (1, 1, 0)
        best = min(roles, key=lambda r: (r.distance(on), not r.curated))
        return (0 if best.holds(on) else 1, 0 if best.curated else 1, best.distance(on))

    def _person(self, start: int, end: int, alias: Alias, ctx: _Ctx, kind: str = "PERSON") -> ActorMention:
        res = self.kb.resolve_alias(alias, ctx.on)
        return ActorMention(text=ctx.text[start:end], start=start, end=end, code=res.code, sector=res.sector,
                            name=res.actor.name, type=kind, actor_id=res.actor.id, role=res.role,
                            alt_codes=res.actor.alt_codes)

    def _entity(self, start: int, end: int, alias: Alias, ctx: _Ctx, sector: str | None = None,
                kind: str | None = None) -> ActorMention:
        actor = self.kb.actor(alias.actor)
        res = self.kb.resolve_alias(alias, ctx.on)
        return ActorMention(text=ctx.text[start:end], start=start, end=end, code=res.code,
                            sector=sector if sector is not None else res.sector, name=actor.name,
                            type=kind or actor.type, actor_id=actor.id, role=res.role, alt_codes=actor.alt_codes)

    def _best(self, hit: Hit, ctx: _Ctx, kinds: set[str]) -> Alias | None:
        """The reading of ``hit`` to use: valid on the date if one is, named actors before places."""
        readings = [a for a in hit.aliases if a.kind in kinds and a.actor >= 0
                    and self.kb.actor(a.actor).type not in {"AGENT", "PERSON"}]
        valid = [a for a in readings if self.kb.actor(a.actor).valid_on(ctx.on) or self.kb.actor(a.actor).successor]
        chosen = valid or readings
        return chosen[0] if chosen else None

    # ------------------------------------------------------------------ compounds
    def _next(self, hits: list[Hit], i: int, kinds: set[str], ctx: _Ctx, gap: re.Pattern[str]) -> int | None:
        if i + 1 < len(hits) and {a.kind for a in hits[i + 1].aliases} & kinds:
            between = ctx.text[hits[i].end:hits[i + 1].start]
            if gap.match(between) and (gap is not GAP or not self._blocked_gap(hits[i].end, hits[i + 1].start, ctx)):
                return i + 1
        return None

    @staticmethod
    def _blocked_gap(start: int, end: int, ctx: _Ctx) -> bool:
        """Does a word that cannot qualify a noun (a preposition, a verb) stand between ``start`` and ``end``?"""
        return any(start <= k < end for k in ctx.blocked) if end - start > 1 else False

    def _modified(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[list[ActorMention] | None, set[int]]:
        """A state/organisation word, alone or qualifying an agent, a title or a person."""
        hit = hits[i]
        base = self._best(hit, ctx, {"NAME", "SEAT", "DEMONYM", "PLACE"})
        if base is None:
            return self._surname_run(hits, i, ctx) if any(a.kind == "SURNAME" for a in hit.aliases) else (None, set())
        gap = POSSESSIVE if ctx.text[hit.end:hit.end + 1] == "'" else GAP
        j = self._next(hits, i, {"AGENT", "TITLE", "NAME"}, ctx, gap)
        if j is not None:
            nxt = hits[j]
            person = self._person_alias(nxt, ctx)
            if person is not None:  # "Russian President Vladimir Putin"
                found = self._person(hit.start, nxt.end, person, ctx)
                return [self._acting_for(found, base, ctx.text[hit.end:nxt.start])], {i, j}
            if any(a.kind == "TITLE" for a in nxt.aliases):
                return self._titled(hits, j, ctx, lead=(hit.start, base))
            agent = next((a for a in nxt.aliases if a.kind == "AGENT"), None)
            if agent is not None:
                k, chain = j, [agent]
                while (k2 := self._next(hits, k, {"AGENT"}, ctx, re.compile(r"^\s*$"))) is not None:
                    k = k2
                    chain.append(next(a for a in hits[k].aliases if a.kind == "AGENT"))
                agent = _head_agent(chain)
                named = self._next(hits, k, {"NAME"}, ctx, re.compile(r"^\s+$"))
                person = self._person_alias(hits[named], ctx) if named is not None else None
                if named is not None and person is not None:  # "Chinese Foreign Ministry spokesman Geng Shuang"
                    found = self._person(hit.start, hits[named].end, person, ctx)
                    return [self._acting_for(found, base, ctx.text[hit.end:hits[named].start])], set(range(i, named + 1))
                sector = self._agent_sector(base, agent.sector)
                mention = self._entity(hit.start, hits[k].end, base, ctx, sector=sector, kind="AGENT")
                return [mention], set(range(i, k + 1))
        sector = base.sector if base.kind == "SEAT" else self.kb.actor(base.actor).sector
        kind = None if self.kb.actor(base.actor).type != "PERSON" else "PERSON"
        return [self._entity(hit.start, hit.end, base, ctx, sector=sector, kind=kind)], {i}

    def _acting_for(self, person: ActorMention, base: Alias, words: str) -> ActorMention:
        """"UN mediator Diego Cordovez", "EU envoy X": a person named as an IGO's envoy, mediator or official acts
        for it (sector IGO) whatever the role the base gives them on the date; a "UN ambassador" represents a
        state and keeps it."""
        org = self.kb.actor(base.actor)
        acting = any(w in IGO_OFFICES or w[:-1] in IGO_OFFICES for w in re.findall(r"[a-z-]+", words.lower()))
        if org.sector != "IGO" or not acting or person.code in {org.code, *org.alt_codes}:
            return person
        return replace(person, code=org.code, sector="IGO", alt_codes=org.alt_codes, role=None)

    def _agent_sector(self, base: Alias, sector: str | None) -> str | None:
        """An IGO's own officials ("UN envoy", "EU officials") are sector IGO; its troops, police or courts keep
        the agent's sector ("UN peacekeepers" UNO MIL). A group's or body's voice ("Taliban spokesman", "IDF
        spokesman", "Hamas officials", "Pentagon spokesman") is of the group's or the seat's own sector (REB, MIL)."""
        actor = self.kb.actor(base.actor)
        if sector in {"GOV", None} and actor.sector == "IGO":
            return "IGO"
        if sector == "GOV" and actor.type in {"GROUP", "ORG"} and actor.sector:
            return actor.sector
        if sector == "GOV" and base.kind == "SEAT" and base.sector:  # "Pentagon spokesman": MIL
            return base.sector
        return sector

    def _agent_of(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[list[ActorMention] | None, set[int]]:
        """A bare agent ("officials"), or one placed by a country after it ("rebels in Darfur")."""
        hit = hits[i]
        agent = next(a for a in hit.aliases if a.kind == "AGENT")
        if fold(ctx.text[hit.start:hit.end]) in RANKS and RANK_OF.match(ctx.text, hit.end):
            return None, {i}  # "deputy director", "Deputy Premier Paul Lennon": a rank of another office
        j = self._next(hits, i, {"NAME", "PLACE", "SEAT"}, ctx, OF_IN)
        if j is not None:
            base = self._best(hits[j], ctx, {"NAME", "PLACE", "SEAT"})
            if base is not None and self.kb.actor(base.actor).type in {"STATE", "ORG"}:
                sector = self._agent_sector(base, agent.sector)
                return [self._entity(hit.start, hits[j].end, base, ctx, sector=sector, kind="AGENT")], {i, j}
        actor = self.kb.actor(agent.actor)
        mention = ActorMention(text=ctx.text[hit.start:hit.end], start=hit.start, end=hit.end, code=None,
                               sector=agent.sector, name=actor.name, type="AGENT", actor_id=actor.id)
        unknown = self._unknown_name(hits, i, ctx)
        if unknown is not None and not unknown[1] and not mention.text.lower().endswith("s"):
            name = ctx.text[hit.end:unknown[0]].split()
            if len(name) >= 2 and len(name[-1]) > 1 and name[-1] not in COLLECTIVE:  # "Archbishop Desmond Tutu": a person the base does not know (names it does know,
                return [unknown_person(ctx.text, mention, unknown[0])], {i}  # even by surname, are left to coref)
        return [mention], {i}

    def _titled(self, hits: list[Hit], i: int, ctx: _Ctx,
                lead: tuple[int, Alias] | None = None) -> tuple[list[ActorMention] | None, set[int]]:
        """A title before a name ("Prime Minister Lee"), or a description ("the Russian leader")."""
        hit = hits[i]
        title = self.kb.title(ctx.text[hit.start:hit.end])
        start = lead[0] if lead else hit.start
        consumed = {i} | ({i - 1} if lead else set())
        j = self._next(hits, i, {"NAME", "SURNAME"}, ctx, re.compile(r"^\s+$"))
        if j is not None and title is not None:
            crown = fold(title.title)
            end, inside = self._run_end(hits, j, ctx)
            if self._person_alias(hits[j], ctx) is not None:
                end, inside = hits[j].end, {j}
            found = self._titled_person(hits[j], ctx.text[hits[j].start:end], title.offices,
                                        lead[1] if lead else None, ctx, crown=crown)
            if found is not None:
                # A plural title ("Presidents Moon Jae-in and Putin") belongs to the whole list: keep the name.
                first = hits[j].start if ctx.text[hit.start:hit.end].lower().endswith("s") else start
                return [self._person(first, end, found, ctx)], consumed | inside
            if crown in MONARCHS and lead is None:  # "King George" (of 1930): a monarch the base lacks
                return [ActorMention(text=ctx.text[start:end], start=start, end=end, code=None, sector=title.sector,
                                     name=ctx.text[start:end], type="PERSON", role=title.title)], consumed | inside
        misspelt = self._misspelt(hits, i, ctx, title, lead) if title is not None else None
        if misspelt is not None:  # "President Abdelaziz Bouteflicka": one letter off a known head of state
            end, inside, alias = misspelt
            return [self._person(start, end, alias, ctx)], consumed | inside
        of = self._of_state(hits, i, ctx) if lead is None and title is not None else None
        if of is not None:  # "the Prime Minister of Japan", "the Emir of Qatar": the state's office holder
            k, base = of
            described = self._titled(hits, i, ctx, lead=(hit.start, base))[0] or []
            return [replace(m, text=ctx.text[hit.start:hits[k].end], end=hits[k].end) for m in described], {i, k}
        if lead is None:  # "the president said": linked to a person of that office by coreference, or dropped
            if title is None or ctx.text[max(0, hit.start - 4):hit.start].lower() != "the ":
                return None, set()
            return [ActorMention(text=ctx.text[hit.start - 4:hit.end], start=hit.start - 4, end=hit.end, code=None,
                                 sector=title.sector, type="DESCRIPTION", role=title.title)], {i}
        state = self.kb.actor(lead[1].actor)
        igo = state.sector == "IGO"
        if state.type != "STATE" and not igo:
            # "the Hamas spiritual leader", "Al Qaeda leader": the group's own sector; an IGO (the UN, the EU,
            # NATO) has office holders of its own ("the EU's foreign policy chief"), all of sector IGO
            return [ActorMention(text=ctx.text[start:hit.end], start=start, end=hit.end, code=state.code,
                                 sector=state.sector or (title.sector if title else None), name=state.name,
                                 type="DESCRIPTION", actor_id=state.id, role=ctx.text[hit.start:hit.end].lower(),
                                 alt_codes=state.alt_codes)], consumed
        code, role = self.kb.state_code(state, ctx.on), ctx.text[hit.start:hit.end]
        sector = "IGO" if igo else title.sector if title else "GOV"
        unknown = self._unknown_name(hits, i, ctx)
        if unknown is not None:  # "Chilean President Foo Bar": not in the base, still a Chilean official
            end, inside = unknown
            return [ActorMention(text=ctx.text[start:end], start=start, end=end, code=code, sector=sector,
                                 name=ctx.text[hit.end:end].strip(), type="PERSON", role=role,
                                 alt_codes=state.alt_codes)], consumed | inside
        return [ActorMention(text=ctx.text[start:hit.end], start=start, end=hit.end, code=code, sector=sector,
                             name=None, type="DESCRIPTION", role=role.lower(), alt_codes=state.alt_codes)], consumed

    def _of_state(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[int, Alias] | None:
        """The state or organisation named by "of" after the title at ``i`` ("the President of the United States",
        "the Secretary-General of NATO"), when no possessive goes on past it ("the chief of Russia's army")."""
        k = self._next(hits, i, {"NAME"}, ctx, OF_STATE)
        if k is None or ctx.text[hits[k].end:hits[k].end + 1] in {"'", "\u2019"}:
            return None
        base = self._best(hits[k], ctx, {"NAME"})
        if base is None or self.kb.actor(base.actor).type not in {"STATE", "ORG", "GROUP"}:
            return None
        return k, base

    def _unknown_name(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[int, set[int]] | None:
        """A capitalised name right after a title that the base does not know: its end and the hits inside."""
        gap = re.compile(r"[ \t]+").match(ctx.text, hits[i].end)
        run = NAME_RUN.match(ctx.text, gap.end()) if gap else None
        if run is None or run.group(0).split()[0].strip(".,") in NOT_GIVEN | MONTHS:
            return None
        end = _sentence_end(ctx.text, run.start(), run.end())
        inside = {j for j in range(i + 1, len(hits)) if hits[j].start < end}
        if any(a.kind not in {"SURNAME", "PLACE"} for j in inside for a in hits[j].aliases):
            return None
        return _before_possessive(ctx.text, run.start(), len(ctx.text[:end].rstrip(".,"))), inside

    def _misspelt(self, hits: list[Hit], i: int, ctx: _Ctx, title: Title,
                  lead: tuple[int, Alias] | None) -> tuple[int, set[int], Alias] | None:
        """A titled given name and surname the base does not know, one letter off a person with that given name
        who held an office of the title ("President Laurent Gbago", "President Francois Mitterand")."""
        unknown = self._unknown_name(hits, i, ctx)
        if unknown is None:
            return None
        end, inside = unknown
        run = ctx.text[hits[i].end:end].split()
        if len(run) < 2 or len(run[-1]) < 5:
            return None
        state = self.kb.actor(lead[1].actor) if lead is not None else None
        code = self.kb.state_code(state, ctx.on) if state is not None else None
        known = sorted(v for v in near_spellings(run[-1]) if self.kb.with_surname(v))  # cheap look-ups first
        found = [c for v in known for c in name_candidates(self.kb, f"{run[0]} {v}")
                 if self._held_office(c, title.offices, code)]
        best = self._rank_holders(sorted(set(found)), title.offices, code, ctx.on)
        return None if best is None else (end, inside, Alias(best, "SURNAME", " ".join(run)))

    def _held_office(self, index: int, offices: tuple[str, ...], code: str | None) -> bool:
        return any((r.office in offices if r.office else r.sector == "GOV") and (code is None or r.code == code)
                   for r in self.kb.actor(index).roles)

    def _titled_person(self, hit: Hit, run: str, offices: tuple[str, ...], lead: Alias | None,
                       ctx: _Ctx, crown: str = "") -> Alias | None:
        person = self._person_alias(hit, ctx)
        if person is not None and (ctx.on is None or self.kb.actor(person.actor).in_office(ctx.on)):
            return person
        code = None
        if lead is not None:
            state = self.kb.actor(lead.actor)
            code = self.kb.state_code(state, ctx.on)
        candidates = self.candidates(run)
        if crown in MONARCHS:  # "King George": a monarch's given name, never the surname of a minister
            candidates = [c for c in candidates if self._crowned(c, crown)]
        best = self._rank_holders(candidates, offices, code, ctx.on)
        if person is not None and (best is None or ctx.on is None
                                   or not self.kb.actor(best).in_office(ctx.on, offices, checked=True)):
            return person  # a name with no role on the date, and nobody else of that name in the office then
        return None if best is None else Alias(best, "SURNAME", run)

    def _crowned(self, index: int, crown: str) -> bool:
        """Can a monarch's title name this person: a head of state by a checked role, or a person the base names
        with that title ("King Hussein")? A monarch goes by a given name, so a surname match of anyone else is
        wrong: Trinidad's security minister Emmanuel George is no "King George", Sudan's Yahiya Hamad no "King
        Hamad"."""
        actor = self.kb.actor(index)
        return (any(r.curated and r.office == "HOS" for r in actor.roles)
                or any(crown in fold(n).split() for n in actor.names))

    def candidates(self, run: str) -> list[int]:
        """People a name run can denote: by its last token (the surname), narrowed by its first (a given name)."""
        return name_candidates(self.kb, run)

    def _rank_holders(self, candidates: list[int], offices: tuple[str, ...], code: str | None,
                      on: date | None) -> int | None:
        """Who a titled surname names: the holder of that office on the date, else the nearest holder; never
        someone who held only other offices ("King George" is no minister named George)."""
        scored = []
        for i in candidates:
            for role in self.kb.actor(i).roles:
                fits = role.office in offices if role.office else role.sector == "GOV"
                if fits and (not code or role.code == code):
                    score = (0 if on is None or role.holds(on) else 1, 0 if role.curated else 1,
                             role.distance(on) if on else 0)
                    scored.append((score, i))
        return min(scored)[1] if scored else None



def _no_actor_word(hits: list[Hit], j: int, start: int) -> bool:
    """Is the word at offset ``start`` (where hit ``j`` may lie) no actor word: no hit there, or only a surname's?"""
    there = hits[j] if 0 <= j < len(hits) and hits[j].start <= start < hits[j].end else None
    return there is None or all(a.kind == "SURNAME" for a in there.aliases)


def _with_determiner(m: ActorMention, text: str) -> ActorMention:
    """A description or agent phrase starts at its article: "a Japanese government spokesman", "the Russian
    leader" (the noun phrase the gold sets and readers quote); names and states do not ("the UN" is "UN")."""
    if m.type not in {"AGENT", "DESCRIPTION"}:
        return m
    window = text[max(0, m.start - 6):m.start]
    found = DETERMINER.search(window)
    if found is None:
        return m
    start = m.start - (len(window) - found.start())
    return replace(m, text=text[start:m.end], start=start)


POSSESSIVE_END = re.compile(r"['\u2019]s?$")


# Last words of the name of a body, not a person ("the militant Democratic Front", "PR company Jour J").
COLLECTIVE = frozenset({"Front", "Party", "Union", "Movement", "Group", "Council", "Company", "Association", "Army",
                        "Alliance", "League", "Organization", "Organisation", "Committee", "Corporation", "Brigade",
                        "Brigades", "Forces", "Institute", "Agency", "Bank", "Court", "Commission", "Network"})
SENTENCE_END = re.compile(r"(?<=[^\W\d_]{2})\.\s+(?=[A-Z])")


def _sentence_end(text: str, start: int, end: int) -> int:
    """A name run stops at a full stop after a word ("envoy Anthony Zinni. After two weeks"); an initial's
    full stop ("F. W. de Klerk", "George W. Bush") does not end it."""
    found = SENTENCE_END.search(text, start, end)
    return found.start() if found else end


def _before_possessive(text: str, start: int, end: int) -> int:
    """Where a name run ends without its possessive: "President Bouteflika's government" names Bouteflika."""
    found = POSSESSIVE_END.search(text, start, end)
    return found.start() if found and found.start() > start else end


def near_spellings(word: str) -> set[str]:
    """Every spelling one deletion, insertion, substitution or swap of adjacent letters away from ``word``."""
    low, letters = fold(word), "abcdefghijklmnopqrstuvwxyz"
    splits = [(low[:k], low[k:]) for k in range(len(low) + 1)]
    out = {a + b[1:] for a, b in splits if b} | {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    out |= {a + c + b[1:] for a, b in splits if b for c in letters} | {a + c + b for a, b in splits for c in letters}
    out.discard(low)
    return out


def name_candidates(kb: KnowledgeBase, run: str) -> list[int]:
    tokens = run.split()
    if tokens and tokens[0].rstrip(".") in NAME_HONORIFICS:  # "Sheikh Sabah al-Ahmad": no given name
        tokens = tokens[1:]
        if len(tokens) < 2:  # "Lord Krishna", "Sheikh Hamad": a title and one name say too little
            return []
    last = tokens[-1].rstrip(".,")
    keys = {last, re.sub(rf"^{PARTICLE}-", "", last, flags=re.IGNORECASE)}
    found = [i for key in keys for i in kb.with_surname(key) if kb.actor(i).type == "PERSON"]
    if len(tokens) > 1:
        given = re.split(r"[-\s]", fold(tokens[0]))[0]
        return [i for i in found if given in re.split(r"[-\s]", fold(kb.actor(i).name))]
    return found

