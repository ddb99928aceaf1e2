"""Entity-level actor scorer on the PLOVER gold records (PLOVER_GSR_CAMEO.txt).

For each gold ``actorText`` of a record's ``source`` and ``target`` lists: does the resolver produce a mention
overlapping that text with the right code? Metrics:
- ``actor_code_accuracy``: the first source actor of each record (records with a source);
- ``recipient_code_accuracy``: the first target actor (records with a target);
- ``all_code_accuracy``: every gold actor.

Legacy codes of the 2016 gold file are mapped before comparing: JAP→JPN, ITL→ITA, VTN→VNM, USR/SUN→RUS; the
generic classes IGO and NGO accept any international organisation: a mention coded with an organisation code
(UNO, EU, NATO, AU, ASEAN, OPEC, ICC, IMF, WB, WHO, OSCE, ARL, GCC, OIC, or the generic IGO/NGO), of sector
IGO or NGO (an IGO's officials and office holders: Guterres is UNO IGO, APEC is APEC IGO), or carrying IGO/NGO
in its ``alt_codes`` ("UN peacekeepers" UNO MIL). The gold file codes the UN, the EU, NATO and also Amnesty
International and the Red Cross as IGO, so both classes accept both. A mention's ``alt_codes`` count too
(the Soviet Union is RUS with alt SUN). Gold text that does not occur in
the sentence (an ellipsis "Bosnian Serbs ... forces") is matched by its first fragment.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, Reason
from ..model import ActorMention
from .report import Report, Table

if TYPE_CHECKING:
    from ..pipeline import Engine

__all__ = ["GOLD_DATE", "INTERNATIONAL", "ORG_CODES", "GoldActor", "code_ok", "detect", "read_gold", "score", "score_with"]

GOLD_DATE = date(2000, 1, 1)  # the gold file dates every record 2000-01-01

LEGACY = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM", "USR": "RUS", "SUN": "RUS", "GMY": "DEU", "UK": "GBR"}
# The contract's organisation codes (issue 2) and the generic classes; EUR is the pre-contract code of the EU.
ORG_CODES = frozenset({"UNO", "EU", "NATO", "AU", "ASEAN", "OPEC", "ICC", "IMF", "WB", "WHO", "OSCE", "ARL", "GCC",
                       "OIC"})
INTERNATIONAL = ORG_CODES | {"IGO", "NGO", "EUR"}
ORG_SECTORS = frozenset({"IGO", "NGO"})
_TRAILING = re.compile(r",(\s*[\]}])")


@dataclass(frozen=True, slots=True)
class GoldActor:
    record: str
    role: str  # source | target
    first: bool
    text: str
    sentence: str
    code: str
    sector: str | None


def detect(path: Path) -> bool:
    try:
        head = path.read_text("utf-8", errors="replace")[:4000]
    except OSError:
        return False
    return '"actorText"' in head and '"eventText"' in head


def read_gold(path: Path) -> list[GoldActor]:
    try:
        records = json.loads(_TRAILING.sub(r"\1", path.read_text("utf-8")))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError(f"cannot read PLOVER gold file {path}: {exc}", reason=Reason.MALFORMED) from exc
    out = []
    for rec in records:
        text = rec.get("text")
        if not isinstance(text, str):
            continue
        for role in ("source", "target"):
            actors = rec.get(role)
            if not isinstance(actors, list):
                continue
            for n, a in enumerate(actors):
                if isinstance(a, dict) and a.get("actorText") and a.get("code"):
                    sector = a.get("sector") if a.get("sector") not in ("", "***") else None
                    out.append(GoldActor(str(rec.get("id")), role, n == 0, str(a["actorText"]).strip(), text,
                                         str(a["code"]).upper(), sector))
    return out


def code_ok(gold: str, mention: ActorMention) -> bool:
    codes = {c.upper() for c in (mention.code, *mention.alt_codes) if c}
    want = LEGACY.get(gold, gold)
    if want in {"IGO", "NGO"}:
        return bool(codes & INTERNATIONAL) or mention.sector in ORG_SECTORS
    return want in codes or any(LEGACY.get(c) == want for c in codes)


def _span(gold: GoldActor) -> tuple[int, int] | None:
    """Where the gold text is in the sentence: whole words, exact case first, then any case; an ellipsis
    ("Bosnian Serbs ... forces") spans from its first fragment to its last."""
    text = " ".join(gold.text.replace("\u2019", "'").split())
    sentence = gold.sentence.replace("\u2019", "'")
    spans = []
    for fragment in re.split(r"\s*\.\.+\s*", text):
        fragment = fragment.strip()
        if not fragment:
            continue
        pattern = r"(?<!\w)" + r"\s+".join(map(re.escape, fragment.split())) + r"(?!\w)"
        found = re.search(pattern, sentence) or re.search(pattern, sentence, re.IGNORECASE)
        if found:
            spans.append((found.start(), found.end()))
    if spans:
        return min(spans)[0], max(spans)[1]
    return _scattered(text, sentence)


def _scattered(text: str, sentence: str) -> tuple[int, int] | None:
    """Gold text that paraphrases a discontinuous span ("French warships" for "French and Egyptian warships"):
    from the first to the last of its words found in the sentence."""
    spans = []
    for word in re.findall(r"[\w'-]+", text):
        if len(word) > 2 or word[0].isupper():
            found = re.search(r"(?<!\w)" + re.escape(word) + r"(?!\w)", sentence)
            if found:
                spans.append((found.start(), found.end()))
    return (min(spans)[0], max(spans)[1]) if spans else None


def _correct(gold: GoldActor, mentions: Iterable[ActorMention]) -> bool:
    span = _span(gold)
    if span is None:
        return False
    return any(m.start < span[1] and span[0] < m.end and code_ok(gold.code, m) for m in mentions)


def score_with(path: Path, resolve: Callable[[str], list[ActorMention]]) -> Report:
    """Score with any function from a sentence to its mentions (the resolver, or the whole engine)."""
    gold = read_gold(path)
    cache: dict[str, list[ActorMention]] = {}
    hits: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    misses: list[tuple[str, ...]] = []
    for g in gold:
        if g.sentence not in cache:
            cache[g.sentence] = resolve(g.sentence)
        ok = _correct(g, cache[g.sentence])
        for key in _keys(g):
            totals[key] += 1
            hits[key] += ok
        if not ok and g.first:
            found = "; ".join(f"{m.text}={m.code}" for m in cache[g.sentence])
            misses.append((g.role, g.text, g.code, found[:120]))
    metrics = {f"{k}_code_accuracy": hits[k] / totals[k] for k in totals if totals[k]}
    counts = {f"{k}_n": float(totals[k]) for k in totals}
    table = Table("first-position actors not found", ("role", "gold text", "gold code", "resolver found"),
                  tuple(misses))
    return Report("actors", {**metrics, **counts}, (table,),
                  ("entity level: a gold actor counts when a mention overlaps it with the right code",))


def _keys(g: GoldActor) -> list[str]:
    keys = ["all"]
    if g.first:
        keys.append("actor" if g.role == "source" else "recipient")
    return keys


def score(path: Path, *, engine: Engine | None = None, publish_date: date | None = GOLD_DATE) -> Report:
    """Resolve each gold sentence as published on ``publish_date`` (the gold file dates every record 2000-01-01)."""
    if engine is not None:
        nlp, resolver = engine.nlp, engine.resolver
    else:
        from ..actors import ActorResolver, KnowledgeBase
        from ..config import Settings
        from ..nlp import load_pipeline

        nlp, resolver = load_pipeline(Settings().model), ActorResolver(KnowledgeBase.load())
    return score_with(path, lambda text: resolver.resolve(nlp(text), publish_date=publish_date))


