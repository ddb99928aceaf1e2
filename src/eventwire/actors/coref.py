"""In-article coreference: surnames, descriptions, pronouns and plural references (a resolver of our own).

Rules, in order of reliability:
- a bare surname names the person the article named in full ("Putin" after "Vladimir Putin"; also a surname
  that is a place or a noun too: "Hague" after "William Hague", "Bishop" after "Julie Bishop"), else the one
  person with that surname holding a top office (head of state or government, foreign or defence minister,
  spokesperson) on the publication date ("Abe" in 2018);
- a description ("the Russian leader", "Japan's chief cabinet secretary") names the person of that country
  and office the article already mentioned, else the office holder on the date; "leader" is the head of
  government where that office leads (``data/actors/leaders.tsv``: "the German leader" is the Chancellor);
- a definite spokesperson ("the Kremlin spokesman", "Iran's foreign ministry spokesman", "the White House press
  secretary") names the one spokesperson of that state on the date whose title fits the description's words
  (``data/actors/spokespeople.tsv``); with several candidates, or "a spokesman", it stays the state's agent;
- "his Kenyan counterpart": the holder, in that country, of the office of the person the sentence named
  before it (the Kenyan foreign minister after "Uganda's foreign minister"), else that person's sector;
- he/she/him/his/her: the last person mentioned, within the last three sentences;
- they/them/their: the last plural antecedent (a coordination "Abe and Putin", a plural agent, a pair);
- "the pair", "the two (leaders|men|sides|countries)", "both leaders": the last two distinct people (or states);
- a domestic agent no country qualifies ("police", "the opposition", "Islamic fundamentalists") takes the one
  state its sentence names, when every coded mention on its side of any quotation marks has that state's code;
- "ethnic Albanians", "ethnic Turkish guerrillas": a minority, coded as the state it lives in, the first state the
  sentence names after it (else the last before it) other than its own ("in Serbia", "Macedonia's border").
A plural reference yields one ActorMention per member, all on the reference's span.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from datetime import date
from functools import cache
from typing import TYPE_CHECKING

from ..model import ActorMention
from ..nlp.components import doc_text
from .kb import KnowledgeBase, data_lines, fold
from .records import Role

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["resolve_references", "unknown_person"]

TOP_OFFICES = frozenset({"HOS", "HOG", "FM", "DM", "SPK", "VP"})
SINGULAR = frozenset({"he", "him", "his", "she", "her"})
PLURAL = frozenset({"they", "them", "their"})
PAIR = re.compile(r"\b(?:the pair|the two(?: (?P<n1>leaders|men|women|sides|countries|nations|governments))?"
                  r"|both (?P<n2>leaders|men|sides|countries|nations|governments))\b", re.IGNORECASE)
STATE_NOUNS = frozenset({"sides", "countries", "nations", "governments"})
WINDOW = 3  # sentences a pronoun may look back
NAMED = frozenset({"PERSON", "STATE", "ORG", "GROUP", "AGENT", "DESCRIPTION"})


class _Sentences:
    """Sentence index of a character offset (bisect over sentence starts)."""

    def __init__(self, doc: Doc) -> None:
        try:
            self.starts = [s.start_char for s in doc.sents]
        except ValueError:  # no sentence boundaries set: one sentence
            self.starts = [0]

    def of(self, char: int) -> int:
        return max(0, bisect_right(self.starts, char) - 1)


def resolve_references(doc: Doc, mentions: list[ActorMention], kb: KnowledgeBase,
                       on: date | None) -> list[ActorMention]:
    mentions = sorted(mentions, key=lambda m: m.start)
    mentions = _surnames(doc_text(doc), mentions, kb, on)
    mentions = _descriptions(mentions, kb, on)
    mentions = _spokespeople(mentions, kb, on)
    mentions = _the_minister(mentions, kb, on)
    sents = _Sentences(doc)
    mentions = _counterparts(doc_text(doc), mentions, kb, on, sents)
    mentions = _minorities(doc_text(doc), mentions, kb, sents)
    mentions = _owned_agents(doc_text(doc), mentions)
    mentions = _placed_by_sentence(doc_text(doc), mentions, kb, sents)
    extra = _pronouns(doc, mentions, sents) + _pairs(doc, mentions, sents)
    return mentions + extra


def _surnames(text: str, mentions: list[ActorMention], kb: KnowledgeBase, on: date | None) -> list[ActorMention]:
    out: list[ActorMention] = []
    people = [m for m in mentions if m.type == "PERSON" and m.actor_id]
    for m in mentions:
        if m.type in {"STATE", "GROUP", "AGENT"} and " " not in m.text and m.text[:1].isupper():
            # "Hague" after "William Hague" is him, not The Hague; "Bishop" after "Julie Bishop", not a cleric
            out.append(_place_as_surname(m, people, kb) or m)
            continue
        if m.type != "SURNAME":
            out.append(m)
            continue
        found = _named_before(m, people, kb) or _given_and_surname(m, kb, on) or _office_holder(m, kb, on)
        if found is None and GOVERNED.match(text, m.end):
            found = _government_head(m, kb, on)
        if found is not None:
            out.append(found)
        elif out and _titles(text, out[-1], m):  # "Judge Alejandro Rivera": someone the base does not know
            out[-1] = unknown_person(text, out[-1], m.end)
    return out


def _place_as_surname(m: ActorMention, people: list[ActorMention], kb: KnowledgeBase) -> ActorMention | None:
    """A one-word place, group or agent noun that is the surname of a person the article named before it."""
    for p in reversed([p for p in people if p.end <= m.start]):
        actor = kb.get(p.actor_id or "")
        if actor is not None and fold(m.text) in {fold(s) for s in actor.surnames}:  # "Mélenchon" = "Melenchon"
            return replace(p, text=m.text, start=m.start, end=m.end)
    return None


def _titles(text: str, agent: ActorMention, m: ActorMention) -> bool:
    """Is ``agent`` a singular role noun right before the name ``m`` ("Judge", "opposition leader")?"""
    from .resolver import COLLECTIVE

    words = m.text.split()
    return (agent.type == "AGENT" and not agent.text.lower().endswith("s") and len(words) >= 2
            and words[-1] not in COLLECTIVE and re.fullmatch(r"[ \t]+", text[agent.end:m.start]) is not None)


def unknown_person(text: str, agent: ActorMention, end: int) -> ActorMention:
    """A role noun and a name the base does not know: one person, of the noun's sector (and country, if any)."""
    return replace(agent, text=text[agent.start:end], end=end, name=text[agent.end:end].strip(), type="PERSON",
                   actor_id=None, role=text[agent.start:agent.end].lower())


def _person_mention(m: ActorMention, kb: KnowledgeBase, index: int, on: date | None) -> ActorMention:
    actor = kb.actor(index)
    role = actor.role_on(on)
    return replace(m, code=role.code if role else actor.code, sector=role.sector if role else None, name=actor.name,
                   type="PERSON", actor_id=actor.id, role=role.title if role else None, alt_codes=actor.alt_codes)


def _given_and_surname(m: ActorMention, kb: KnowledgeBase, on: date | None) -> ActorMention | None:
    """A first name and a surname together ("Jean-Bertrand Aristide"): strong enough for anyone in the base."""
    from .resolver import name_candidates

    if len(m.text.split()) < 2 or kb.with_surname(m.text):  # "Rebelo de Sousa": a surname of several words
        return None
    found = name_candidates(kb, m.text)
    if not found:
        return None
    best = min(found, key=lambda i: _closeness(kb, i, on))
    return _person_mention(m, kb, best, on)


def _closeness(kb: KnowledgeBase, index: int, on: date | None) -> tuple[int, int]:
    roles = kb.actor(index).roles
    if not roles or on is None:
        return (1, 0)
    return (0 if any(r.curated for r in roles) else 1, min(r.distance(on) for r in roles))


def _named_before(m: ActorMention, people: list[ActorMention], kb: KnowledgeBase) -> ActorMention | None:
    key = re.sub(r"^(?:al|el)-", "", m.text.split()[-1].lower())
    ordered = sorted(people, key=lambda p: (p.start > m.start, -p.start if p.start < m.start else p.start))
    for p in ordered:
        actor = kb.get(p.actor_id or "")
        tokens = {t.lower() for n in ((p.name or ""), *(actor.surnames if actor else ())) for t in re.split(r"[\s]+", n)}
        if key in tokens:
            return replace(p, text=m.text, start=m.start, end=m.end)
    return None


def _office_holder(m: ActorMention, kb: KnowledgeBase, on: date | None) -> ActorMention | None:
    if on is None or kb.common_word(m.text):
        return None
    holders = []
    for i in kb.with_surname(m.text):
        actor = kb.actor(i)
        role = actor.role_on(on)
        if actor.type == "PERSON" and role and role.curated and role.holds(on) and role.office in TOP_OFFICES:
            holders.append((actor, role))
    if not holders:
        return _former_holder(m, kb, on)
    if len({a.id for a, _ in holders}) != 1:
        return None
    actor, role = holders[0]
    return replace(m, code=role.code, sector=role.sector, name=actor.name, type="PERSON", actor_id=actor.id,
                   role=role.title, alt_codes=actor.alt_codes)


# "the Bush administration", "the Abe government", "Putin's regime": a surname that heads a government.
GOVERNED = re.compile(r"(?:['\u2019]s)?[ \t]+(?:administration|government|regime|cabinet)\b", re.IGNORECASE)
HEADS = frozenset({"HOS", "HOG"})


def _government_head(m: ActorMention, kb: KnowledgeBase, on: date | None) -> ActorMention | None:
    """A surname before "administration"/"government" names a head of state or government: the one such person
    of that surname, or the nearest to the date if they all led the same state (both Bushes: USA)."""
    heads = [i for i in kb.with_surname(m.text)
             if any(r.curated and r.office in HEADS for r in kb.actor(i).roles)]
    codes = {r.code for i in heads for r in kb.actor(i).roles if r.curated and r.office in HEADS}
    if len(codes) != 1:
        return None
    code = next(iter(codes))
    best = min(heads, key=lambda i: _closeness(kb, i, on))
    found = _person_mention(m, kb, best, on)
    return found if found.code == code else replace(found, code=code)


COUNTERPART = re.compile(r"[ \t]+counterparts?\b", re.IGNORECASE)
OFFICE_ORDER = ("FM", "DM", "HOG", "HOS", "SPK", "VP")  # a minister meets ministers before heads


def _counterparts(text: str, mentions: list[ActorMention], kb: KnowledgeBase, on: date | None,
                  sents: _Sentences) -> list[ActorMention]:
    """"met his Kenyan counterpart": Kenya's holder of the office of the sentence's earlier person."""
    out: list[ActorMention] = []
    for m in mentions:
        after = COUNTERPART.match(text, m.end)
        if after is None or m.type != "STATE" or not m.code or m.sector:
            out.append(m)
            continue
        anchor = next((p for p in reversed(out) if p.type in {"PERSON", "DESCRIPTION", "AGENT"} and p.code
                       and p.code != m.code and sents.of(p.start) == sents.of(m.start)), None)
        span = replace(m, text=text[m.start:after.end()], end=after.end(), type="DESCRIPTION")
        out.append(_counterpart(span, anchor, kb, on) if anchor else span)
    return out


def _counterpart(m: ActorMention, anchor: ActorMention, kb: KnowledgeBase, on: date | None) -> ActorMention:
    actor = kb.get(anchor.actor_id or "") if anchor.type != "AGENT" else None
    mine = [r for r in actor.roles if r.curated and r.code == anchor.code and (on is None or r.holds(on))] if actor else []
    office = next((r.office for r in mine if r.title == anchor.role), mine[0].office if mine else None)
    title = kb.title(anchor.role or "") if office is None else None
    if title is not None and len(title.offices) == 1:  # "Nicaragua's foreign minister" (two at once): an FM
        office = title.offices[0]
    m = replace(m, sector=anchor.sector or "GOV")
    if office not in OFFICE_ORDER or on is None:
        return m
    if office in {"HOS", "HOG"} and office == _leading(anchor.code or "", on):
        office = _leading(m.code or "", on)  # Macron's German counterpart is the Chancellor, Merkel's French one Macron
    sole = _sole_holder(kb, m.code or "", (office,), on)
    if sole is None:
        return m
    index, role = sole
    person = kb.actor(index)
    return replace(m, name=person.name, actor_id=person.id, role=role.title, sector=role.sector or m.sector)


def _owned_agents(text: str, mentions: list[ActorMention]) -> list[ActorMention]:
    """A bare agent right after a person takes the person's country: "the Bush administration", "Putin's government"."""
    out = list(mentions)
    for k in range(1, len(out)):
        prev, m = out[k - 1], out[k]
        after_person = m.type == "AGENT" and m.code is None and prev.type == "PERSON" and prev.code
        if after_person and re.fullmatch(r"(?:'s?)?\s+", text[prev.end:m.start]):
            out[k] = replace(m, code=prev.code, name=prev.name, alt_codes=prev.alt_codes)
    return out


# Only the sectors of a country's own institutions and groups are placed by the sentence ("police", "the
# opposition", "parliament", "the court", "Islamic fundamentalists"): soldiers, diplomats, envoys, news agencies
# and fighters are often abroad or the other side, civilians foreigners (the PETRARCH-2 gold codes ---REB, ---CVL).
DOMESTIC = frozenset({"OPP", "PTY", "LEG", "JUD", "COP", "REL", "LAB", "EDU"})
# An unknown person with a domestic office ("Judge Alejandro Rivera", "opposition leader X"); clerics and
# activists comment on other states' affairs too often ("Archbishop Desmond Tutu ... Nigeria").
OFFICIALS = frozenset({"JUD", "LEG", "OPP", "PTY", "COP"})
QUOTES = re.compile(r'"|\u201c|\u201d|``|\'\'')


def _placed_by_sentence(text: str, mentions: list[ActorMention], kb: KnowledgeBase,
                        sents: _Sentences) -> list[ActorMention]:
    """"Egyptian police dispersed Moslem fundamentalist demonstrators": a domestic agent (police, opposition,
    courts, religious groups) no country qualifies acts where its sentence is, when every coded mention on its
    side of any quotation marks is of one state (an organisation, a second state or a person of another state
    there and it stays uncoded; civilians of a nationality may be foreigners and do not count). So is an
    unknown official ("Judge Alejandro Rivera"), not an unknown cleric ("Archbishop Desmond Tutu")."""
    codes: dict[tuple[int, bool], set[str]] = {}
    for m in mentions:
        if m.code and m.type in NAMED and not (m.type == "AGENT" and m.sector in {"CVL", "REF"}):
            codes.setdefault(_side(text, m.start, sents), set()).add(m.code)
    out = []
    for m in mentions:
        found = codes.get(_side(text, m.start, sents), set())
        state = kb.get(next(iter(found))) if len(found) == 1 else None
        placeable = m.sector in DOMESTIC if m.type == "AGENT" else m.type == "PERSON" and m.sector in OFFICIALS
        if (not placeable or m.code or (m.type == "PERSON" and m.actor_id) or state is None or state.type != "STATE"
                or re.match(r"[ \t]+[A-Z]", text[m.end:m.end + 3])):
            out.append(m)
            continue
        if m.type == "PERSON":  # an unknown official keeps his own name
            out.append(replace(m, code=state.code, alt_codes=state.alt_codes))
        else:
            out.append(replace(m, code=state.code, actor_id=state.id, name=state.name, alt_codes=state.alt_codes))
    return out


def _side(text: str, char: int, sents: _Sentences) -> tuple[int, bool]:
    """The sentence of ``char`` and whether it stands inside quotation marks there."""
    n = sents.of(char)
    return n, len(QUOTES.findall(text, sents.starts[n], char)) % 2 == 1


ETHNIC = re.compile(r"(?<![\w-])ethnic[ \t]+$", re.IGNORECASE)


def _minorities(text: str, mentions: list[ActorMention], kb: KnowledgeBase, sents: _Sentences) -> list[ActorMention]:
    """"ethnic Albanians ... in Serbia": the minority is coded as the state it lives in (CAMEO and PLOVER code
    people by where they act), the first state named after it in the sentence, else the last one before it;
    with no other state named it keeps the demonym's code."""
    out = list(mentions)
    for k, m in enumerate(out):
        if not m.code or m.type not in {"STATE", "AGENT"} or not ETHNIC.search(text, max(0, m.start - 10), m.start):
            continue
        home = _home_state(out, k, kb, sents)
        if home is not None:
            sector = m.sector or "CVL"  # bare "ethnic Albanians": civilians
            out[k] = replace(m, code=home.code, sector=sector, type="AGENT", actor_id=home.actor_id,
                             name=f"{m.text} ({home.name})", alt_codes=home.alt_codes, role=None)
    return out


def _home_state(mentions: list[ActorMention], k: int, kb: KnowledgeBase, sents: _Sentences) -> ActorMention | None:
    m = mentions[k]
    here = sents.of(m.start)
    states = [s for s in mentions if s.type == "STATE" and s.code and s.code != m.code and sents.of(s.start) == here
              and not _demonym(s, kb)]
    after = [s for s in states if s.start >= m.end]
    before = [s for s in states if s.end <= m.start]
    return after[0] if after else before[-1] if before else None


def _demonym(m: ActorMention, kb: KnowledgeBase) -> bool:
    actor = kb.get(m.actor_id or "")
    return actor is not None and m.text in actor.demonyms


def _former_holder(m: ActorMention, kb: KnowledgeBase, on: date) -> ActorMention | None:
    """Nobody of that surname in office on the date: the nearest holder of a top office, if all share a code
    ("Obama" in a text dated 2000, "Clinton" for Bill or Hillary: USA either way)."""
    # Only people whose top office lies before the date: a surname does not name a future office holder.
    found = [i for i in kb.with_surname(m.text)
             if any(r.curated and r.office in TOP_OFFICES and r.valid_to and r.valid_to < on for r in kb.actor(i).roles)
             and not any(r.curated and r.valid_from and r.valid_from > on for r in kb.actor(i).roles)]
    codes = {r.code for i in found for r in kb.actor(i).roles if r.curated}
    if not found or len(codes) != 1:
        return None
    best = min(found, key=lambda i: _closeness(kb, i, on))
    return _person_mention(m, kb, best, on)


def _descriptions(mentions: list[ActorMention], kb: KnowledgeBase, on: date | None) -> list[ActorMention]:
    out: list[ActorMention] = []
    for m in mentions:
        if m.type != "DESCRIPTION" or m.actor_id:
            out.append(m)
            continue
        title = kb.title(m.role or "")
        offices = title.offices if title else ("HOS", "HOG")
        if offices == ("HOS", "HOG") and m.code and _leading(m.code, on) == "HOG":
            offices = ("HOG", "HOS")  # "the German leader" is the Chancellor
        person = _described(m, out, kb, offices, on) if m.code else _bare_title(m, out, kb, offices, on)
        if person is not None or m.code:  # a bare "the president" nobody holds in the article is dropped
            out.append(person or m)
    return out


def _bare_title(m: ActorMention, before: list[ActorMention], kb: KnowledgeBase, offices: tuple[str, ...],
                on: date | None) -> ActorMention | None:
    """"the president" after "Donald Trump": the last person named in the article whose role has that title
    ("President of the United States"), else the last one holding that office."""
    word = (m.role or "").lower().rstrip("s")
    people = [p for p in reversed(before) if p.type in {"PERSON", "DESCRIPTION"} and p.actor_id]
    for exact in (True, False):
        for p in people:
            actor = kb.get(p.actor_id or "")
            role = actor.role_on(on) if actor else None
            if role is None or (exact and word not in (role.title or "").lower()) or role.office not in offices:
                continue
            return _as(m, p)
    return None


def _described(m: ActorMention, before: list[ActorMention], kb: KnowledgeBase, offices: tuple[str, ...],
               on: date | None) -> ActorMention | None:
    for p in reversed(before):
        if p.type in {"PERSON", "DESCRIPTION"} and p.actor_id and p.code == m.code:
            actor = kb.get(p.actor_id)
            role = actor.role_on(on) if actor else None
            if role is not None and (role.office in offices or not role.curated):
                return replace(m, name=p.name, actor_id=p.actor_id, role=p.role, sector=p.sector)
    if offices == ("SPK",):  # several spokespeople at once: the one the description's words pick
        return _spokesperson(m, kb, on)
    sole = _sole_holder(kb, m.code or "", offices, on)
    if sole is None:
        return None
    actor = kb.actor(sole[0])
    return replace(m, name=actor.name, actor_id=actor.id, role=sole[1].title)


def _sole_holder(kb: KnowledgeBase, code: str, offices: tuple[str, ...], on: date | None) -> tuple[int, Role] | None:
    """The one holder of the first of ``offices`` anyone holds for ``code`` on the date; None when nobody does,
    or when two do (Libya's rival prime ministers, Nicaragua's co-presidents): the description stays the state."""
    held = kb.office_holders(code, offices, on)
    if not held:
        return None
    rank = min(offices.index(role.office or "") for _, role in held)
    first = [(i, role) for i, role in held if offices.index(role.office or "") == rank]
    return first[0] if len({i for i, _ in first}) == 1 else None


@cache
def _leaders() -> dict[str, list[tuple[date | None, date | None]]]:
    """``leaders.tsv``: the spans in which a state's head of government, not its head of state, leads it."""
    out: dict[str, list[tuple[date | None, date | None]]] = {}
    for line in data_lines("leaders.tsv"):
        code, start, end, *_ = line.split("\t")
        out.setdefault(code, []).append((date.fromisoformat(start) if start else None,
                                         date.fromisoformat(end) if end else None))
    return out


def _leading(code: str, on: date | None) -> str:
    """The office that leads ``code`` on the date: HOG in the parliamentary systems of ``leaders.tsv``, else HOS."""
    day = on or date.today()
    spans = _leaders().get(code, ())
    return "HOG" if any((start is None or start <= day) and (end is None or day <= end) for start, end in spans) else "HOS"


SPOKES_NOUN = r"\b(?:spokes(?:man|woman|person)|press secretary)"
SPOKES = re.compile(rf"{SPOKES_NOUN}(?:$|\s+for\s)", re.IGNORECASE)
DEFINITE = re.compile(r"^the\b|['\u2019]s?\s", re.IGNORECASE)


@cache
def _spoke_words() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``spokespeople.tsv``: (qualifier, title words), longest qualifier first."""
    rows = [line.split("\t") for line in data_lines("spokespeople.tsv")]
    return tuple(sorted(((q.lower(), tuple(w.lower().split("|"))) for q, w in rows), key=lambda r: -len(r[0])))


def _spokespeople(mentions: list[ActorMention], kb: KnowledgeBase, on: date | None) -> list[ActorMention]:
    """"The Kremlin spokesman", "Iran's foreign ministry spokesman": a state's spokesperson agent, made definite
    by its article or a possessive, is the one spokesperson of that state on the date its words fit."""
    out = []
    for m in mentions:
        if m.type == "AGENT" and m.code and SPOKES.search(m.text) and DEFINITE.search(m.text):
            m = _spokesperson(m, kb, on) or m
        out.append(m)
    return out


def _spokesperson(m: ActorMention, kb: KnowledgeBase, on: date | None) -> ActorMention | None:
    if on is None or re.match(r"an?\s", m.text, re.IGNORECASE):  # "a spokesman": one of several
        return None
    text = f" {m.text.lower()} "
    wanted = []
    for qualifier, words in _spoke_words():
        if f" {qualifier} " in text:
            wanted.append(words)
            text = text.replace(f" {qualifier} ", " ")
    if not wanted and m.sector not in {None, "GOV"}:
        return None  # "the Syrian opposition spokesman", "the Taliban spokesman": not the government's voice
    held = [(i, role) for i, role in kb.office_holders(m.code or "", ("SPK",), on)
            if all(any(w in (role.title or "").lower() for w in words) for words in wanted)]
    if len({i for i, _ in held}) != 1:
        return None
    index, role = held[0]
    actor = kb.actor(index)
    return replace(m, name=actor.name, actor_id=actor.id, role=role.title, sector=role.sector or m.sector,
                   type="DESCRIPTION")


THE_MINISTER = re.compile(r"the[ \t]+minister", re.IGNORECASE)


def _the_minister(mentions: list[ActorMention], kb: KnowledgeBase, on: date | None) -> list[ActorMention]:
    """"Putin had confidence in the minister" after "the Russian defence minister ... Shoigu": a bare "the
    minister" is the last person the article named in a minister's role on the date (not a prime minister)."""
    out: list[ActorMention] = []
    for m in mentions:
        if m.type == "AGENT" and m.code is None and THE_MINISTER.fullmatch(m.text):
            m = next((_as(m, p) for p in reversed(out) if _minister(p, kb, on)), m)
        out.append(m)
    return out


def _minister(p: ActorMention, kb: KnowledgeBase, on: date | None) -> bool:
    actor = kb.get(p.actor_id or "") if p.type in {"PERSON", "DESCRIPTION"} else None
    role = actor.role_on(on) if actor is not None else None
    title = (role.title or "").lower() if role is not None else ""
    return "minister" in title and "prime minister" not in title


def _as(m: ActorMention, p: ActorMention) -> ActorMention:
    return replace(m, code=p.code, sector=p.sector, name=p.name, type="DESCRIPTION", actor_id=p.actor_id,
                   role=p.role, alt_codes=p.alt_codes)


def _pronouns(doc: Doc, mentions: list[ActorMention], sents: _Sentences) -> list[ActorMention]:
    out: list[ActorMention] = []
    for token in doc:
        low = token.lower_
        if low not in SINGULAR and low not in PLURAL:
            continue
        if token.pos_ not in {"PRON", "DET", ""} and token.tag_ not in {"PRP", "PRP$"}:
            continue
        here = sents.of(token.idx)
        before = [m for m in mentions if m.end <= token.idx and here - sents.of(m.start) <= WINDOW]
        group = _singular(before) if low in SINGULAR else _plural(doc_text(doc), before, sents)
        for m in group:
            out.append(replace(m, text=token.text, start=token.idx, end=token.idx + len(token.text), type="PRONOUN"))
    return out


def _singular(before: list[ActorMention]) -> list[ActorMention]:
    for m in reversed(before):
        if m.type in {"PERSON", "DESCRIPTION"} and m.actor_id:
            return [m]
    return []


def _plural(text: str, before: list[ActorMention], sents: _Sentences) -> list[ActorMention]:
    """The last plural antecedent: a coordination of named actors, or a plural agent."""
    named = [m for m in before if m.type in NAMED and m.code]
    for k in range(len(named) - 1, -1, -1):
        m = named[k]
        group = _coordination(text, named, k, sents)
        if len(group) >= 2:
            return group
        if m.type == "AGENT" and m.text.lower().endswith("s"):
            # "Russian officials met Ukrainian negotiators. They ...": the plural agents of one sentence
            same = [a for a in named if a.type == "AGENT" and a.text.lower().endswith("s")
                    and sents.of(a.start) == sents.of(m.start)]
            return list({a.code: a for a in same}.values())
    return []


def _coordination(text: str, named: list[ActorMention], k: int, sents: _Sentences) -> list[ActorMention]:
    group = [named[k]]
    j = k
    while j > 0:
        prev = named[j - 1]
        between = text[prev.end:group[0].start]
        if sents.of(prev.start) != sents.of(group[0].start) or not re.fullmatch(r"\s*(?:,|and|&|,\s*and)\s*", between):
            break
        group.insert(0, prev)
        j -= 1
    return group if len(group) >= 2 else []


def _pairs(doc: Doc, mentions: list[ActorMention], sents: _Sentences) -> list[ActorMention]:
    out: list[ActorMention] = []
    for match in PAIR.finditer(doc_text(doc)):
        noun = (match.group("n1") or match.group("n2") or "").lower()
        kinds = {"STATE"} if noun in STATE_NOUNS else {"PERSON", "DESCRIPTION"}
        members = _last_two(mentions, match.start(), kinds)
        for m in members:
            out.append(replace(m, text=match.group(0), start=match.start(), end=match.end(), type="PRONOUN"))
    return out


def _last_two(mentions: list[ActorMention], before: int, kinds: set[str]) -> list[ActorMention]:
    seen: dict[str, ActorMention] = {}
    for m in sorted((m for m in mentions if m.end <= before and m.type in kinds), key=lambda m: -m.start):
        key = m.actor_id or m.code or ""
        if key and key not in seen:
            seen[key] = m
        if len(seen) == 2:
            break
    return list(reversed(seen.values())) if len(seen) == 2 else []
