"""Resolve actor mentions in a spaCy ``Doc`` as of the publication date.

One pass over the alias hits builds named mentions (people, states, capitals, organisations, groups) and
compounds ("Russian troops", "Japan's chief cabinet secretary", "Prime Minister Lee"); a second pass
(``coref``) links surnames, descriptions, pronouns and plural references to what the article named before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date

from spacy.tokens import Doc

from ..model import ActorMention
from .coref import resolve_references
from .kb import Alias, Hit, KnowledgeBase

__all__ = ["ActorResolver"]

MODIFIER_KINDS = {"DEMONYM", "NAME", "SEAT", "PLACE"}
# Words that may stand between a country word and the agent noun it qualifies ("Liberian riot police",
# "Algerian government forces", "Russian civilian advisers"): lower-case, at most two of them.
GAP = re.compile(r"^(?:[\s-]+|\s+(?:[a-z][a-z.-]*\s+){1,2})$")
POSSESSIVE = re.compile(r"^'s?\s+(?:(?:new|own|top|former|interim|military|senior|chief)\s+)?$")
OF_IN = re.compile(r"^\s+(?:in|of|from)\s+(?:the\s+)?$")
# Common words that are also surnames: bare, they name nobody without a first name or a title.
SURNAME_STOP = frozenset({"may", "march", "june", "august", "will", "rice", "brown", "young", "long", "green",
                          "white", "black", "king", "price", "rich", "hope", "bush", "said", "says", "li", "wang",
                          "kim", "lee", "park", "han", "chung", "cho", "zhang", "liu", "chen", "yang", "ali",
                          "khan", "singh", "kan", "carter", "hunt", "gates", "powell", "ivanov", "philippe",
                          "gabriel", "austin", "earnest", "fox", "moon", "wen", "hu", "xi", "abbas", "dong"})


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    on: date | None


class ActorResolver:
    """Finds and resolves actor mentions; stateless between documents (safe to share across threads)."""

    __slots__ = ("kb",)

    def __init__(self, kb: KnowledgeBase) -> None:
        self.kb = kb

    # ------------------------------------------------------------------ public
    def has_actor(self, text: str) -> bool:
        """Cheap prefilter: does ``text`` name a state, capital, organisation, group or known person?"""
        return self.kb.has_alias(text)

    def resolve(self, doc: Doc, publish_date: date | None = None) -> list[ActorMention]:
        ctx = _Ctx(doc.text, publish_date)
        hits = self.kb.find(doc.text)
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
            out.extend(mention)
        return out

    def _compound(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[list[ActorMention] | None, set[int]]:
        hit = hits[i]
        kinds = {a.kind for a in hit.aliases}
        person = self._person_alias(hit, ctx)
        if person is not None and "NAME" in kinds:
            return [self._person(hit.start, hit.end, person, ctx)], {i}
        if "TITLE" in kinds:
            return self._titled(hits, i, ctx)
        if kinds & MODIFIER_KINDS:
            return self._modified(hits, i, ctx)
        if "AGENT" in kinds:
            return self._agent_of(hits, i, ctx)
        if "SURNAME" in kinds:
            return [self._surname_mention(hit, ctx)], {i}
        return None, set()

    def _person_alias(self, hit: Hit, ctx: _Ctx) -> Alias | None:
        for alias in hit.aliases:
            if alias.kind == "NAME" and self.kb.actor(alias.actor).type == "PERSON":
                return alias
        return None

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
        """The reading of ``hit`` to use: valid on the date, named actors before places."""
        for alias in hit.aliases:
            if alias.kind in kinds and alias.actor >= 0:
                actor = self.kb.actor(alias.actor)
                if actor.type != "AGENT" and actor.valid_on(ctx.on) or actor.successor:
                    return alias
        return None

    # ------------------------------------------------------------------ compounds
    def _next(self, hits: list[Hit], i: int, kinds: set[str], ctx: _Ctx, gap: re.Pattern[str]) -> int | None:
        if i + 1 < len(hits) and {a.kind for a in hits[i + 1].aliases} & kinds:
            between = ctx.text[hits[i].end:hits[i + 1].start]
            if gap.match(between):
                return i + 1
        return None

    def _modified(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[list[ActorMention] | None, set[int]]:
        """A state/organisation word, alone or qualifying an agent, a title or a person."""
        hit = hits[i]
        base = self._best(hit, ctx, {"NAME", "SEAT", "DEMONYM", "PLACE"})
        if base is None:
            return ([self._surname_mention(hit, ctx)], {i}) if any(a.kind == "SURNAME" for a in hit.aliases) else (None, set())
        gap = POSSESSIVE if ctx.text[hit.end:hit.end + 1] == "'" else GAP
        j = self._next(hits, i, {"AGENT", "TITLE", "NAME"}, ctx, gap)
        if j is not None:
            nxt = hits[j]
            person = self._person_alias(nxt, ctx)
            if person is not None:  # "Russian President Vladimir Putin"
                return [self._person(hit.start, nxt.end, person, ctx)], {i, j}
            if any(a.kind == "TITLE" for a in nxt.aliases):
                return self._titled(hits, j, ctx, lead=(hit.start, base))
            agent = next((a for a in nxt.aliases if a.kind == "AGENT"), None)
            if agent is not None:
                k = j
                while (k2 := self._next(hits, k, {"AGENT"}, ctx, re.compile(r"^\s*$"))) is not None:
                    k = k2
                agent = next(a for a in hits[k].aliases if a.kind == "AGENT")
                mention = self._entity(hit.start, hits[k].end, base, ctx, sector=agent.sector, kind="AGENT")
                return [mention], set(range(i, k + 1))
        sector = base.sector if base.kind == "SEAT" else self.kb.actor(base.actor).sector
        kind = None if self.kb.actor(base.actor).type != "PERSON" else "PERSON"
        return [self._entity(hit.start, hit.end, base, ctx, sector=sector, kind=kind)], {i}

    def _agent_of(self, hits: list[Hit], i: int, ctx: _Ctx) -> tuple[list[ActorMention] | None, set[int]]:
        """A bare agent ("officials"), or one placed by a country after it ("rebels in Darfur")."""
        hit = hits[i]
        agent = next(a for a in hit.aliases if a.kind == "AGENT")
        j = self._next(hits, i, {"NAME", "PLACE", "SEAT"}, ctx, OF_IN)
        if j is not None:
            base = self._best(hits[j], ctx, {"NAME", "PLACE", "SEAT"})
            if base is not None and self.kb.actor(base.actor).type in {"STATE", "ORG"}:
                return [self._entity(hit.start, hits[j].end, base, ctx, sector=agent.sector, kind="AGENT")], {i, j}
        actor = self.kb.actor(agent.actor)
        return [ActorMention(text=ctx.text[hit.start:hit.end], start=hit.start, end=hit.end, code=None,
                             sector=agent.sector, name=actor.name, type="AGENT", actor_id=actor.id)], {i}

    def _titled(self, hits: list[Hit], i: int, ctx: _Ctx,
                lead: tuple[int, Alias] | None = None) -> tuple[list[ActorMention] | None, set[int]]:
        """A title before a name ("Prime Minister Lee"), or a description ("the Russian leader")."""
        hit = hits[i]
        title = self.kb.title(ctx.text[hit.start:hit.end])
        start = lead[0] if lead else hit.start
        consumed = {i} | ({i - 1} if lead else set())
        j = self._next(hits, i, {"NAME", "SURNAME"}, ctx, re.compile(r"^\s+$"))
        if j is not None and title is not None:
            found = self._titled_person(hits[j], title.offices, lead[1] if lead else None, ctx)
            if found is not None:
                return [self._person(start, hits[j].end, found, ctx)], consumed | {j}
        if lead is None:
            return None, set()
        state = self.kb.actor(lead[1].actor)
        mention = ActorMention(text=ctx.text[start:hit.end], start=start, end=hit.end, code=state.successor or state.code,
                               sector=title.sector if title else "GOV", name=None, type="DESCRIPTION",
                               role=ctx.text[hit.start:hit.end].lower(), alt_codes=state.alt_codes)
        if title is not None and ctx.text[max(0, start - 4):start].lower().strip() in {"the", "'s"}:
            mention = replace(mention, start=start - 4 if ctx.text[start - 4:start].lower() == "the " else start,
                              text=ctx.text[start - 4:hit.end] if ctx.text[start - 4:start].lower() == "the " else mention.text)
        return [mention], consumed

    def _titled_person(self, hit: Hit, offices: tuple[str, ...], lead: Alias | None, ctx: _Ctx) -> Alias | None:
        person = self._person_alias(hit, ctx)
        if person is not None:
            return person
        code = None
        if lead is not None:
            state = self.kb.actor(lead.actor)
            code = state.successor or state.code
        surname = ctx.text[hit.start:hit.end]
        candidates = [i for i in self.kb.with_surname(surname) if self.kb.actor(i).type == "PERSON"]
        best = self._rank_holders(candidates, offices, code, ctx.on)
        return None if best is None else Alias(best, "SURNAME", surname)

    def _rank_holders(self, candidates: list[int], offices: tuple[str, ...], code: str | None,
                      on: date | None) -> int | None:
        """Who a titled surname names: the holder of that office on the date, else the nearest holder."""
        scored = []
        for i in candidates:
            actor = self.kb.actor(i)
            for role in actor.roles:
                if code and role.code != code:
                    continue
                office_ok = role.office in offices if role.office else role.sector == "GOV"
                score = (0 if on is None or role.holds(on) else 1, 0 if office_ok else 1,
                         0 if role.curated else 1, role.distance(on) if on else 0)
                scored.append((score, i))
        return min(scored)[1] if scored else None

    def _surname_mention(self, hit: Hit, ctx: _Ctx) -> ActorMention:
        """A bare surname, resolved later by coreference (or by the office held on the date)."""
        return ActorMention(text=ctx.text[hit.start:hit.end], start=hit.start, end=hit.end, code=None,
                            type="SURNAME")

    @staticmethod
    def stop_surname(text: str) -> bool:
        return text.lower() in SURNAME_STOP
