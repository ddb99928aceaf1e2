"""Scoring temporal expressions on TimeML gold: TempEval-3 ``.tml`` files and MEANTIME ``.xml`` files.

Metrics follow the TempEval-3 task: a system timex matches a gold one when their spans overlap
(relaxed) or are identical (strict); the value F1 counts a match as correct only when the TIMEX3
values are equal (P = correct / system timexes, R = correct / gold timexes). The document creation
time is the anchor and is not itself scored. Durations are scored (TimeML annotates them) even though
the pipeline leaves them out of its records.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, Reason
from ..time import Reading, default_tagger, normalize
from .report import Counts, Report, Table

__all__ = ["GoldTimex", "TimexDoc", "detect", "read_meantime", "read_tml", "score", "score_docs"]

_TAG = re.compile(r"<(/?)(\w+)([^>]*?)(/?)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass(frozen=True, slots=True)
class GoldTimex:
    start: int
    end: int
    value: str


@dataclass(frozen=True, slots=True)
class TimexDoc:
    name: str
    text: str
    anchor: date | None
    gold: tuple[GoldTimex, ...]
    ignore: tuple[tuple[int, int], ...] = ()  # spans not scored (the creation-time line in MEANTIME)
    scored_until: int | None = None  # MEANTIME annotates only the first sentences of each article


def _parse_date(value: str) -> date | None:
    m = re.match(r"(\d{4})-(\d\d)-(\d\d)", value)
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def read_tml(path: Path) -> TimexDoc:
    """A TempEval-3 document: the text inside <TEXT> with tags removed, gold offsets into it."""
    raw = path.read_text("utf-8")
    dct_tag = re.search(r'<TIMEX3[^>]*functionInDocument="CREATION_TIME"[^>]*>', raw)
    dct_value = dict(_ATTR.findall(dct_tag[0])).get("value", "") if dct_tag else ""
    body = re.search(r"<TEXT>(.*)</TEXT>", raw, re.S)
    if body is None:
        raise InputError(f"{path}: no <TEXT> element", reason=Reason.MALFORMED)
    text: list[str] = []
    gold: list[GoldTimex] = []
    open_at: int | None = None
    value, length = "", 0
    for m in _iter_tags(body[1]):
        if isinstance(m, str):
            chunk = html.unescape(m)
            text.append(chunk)
            length += len(chunk)
            continue
        closing, name, attrs = m
        if name == "TIMEX3" and not closing:
            open_at, value = length, dict(_ATTR.findall(attrs)).get("value", "")
        elif name == "TIMEX3" and closing and open_at is not None:
            gold.append(GoldTimex(open_at, length, value))
            open_at = None
    return TimexDoc(path.name, "".join(text), _parse_date(dct_value), tuple(gold))


def _iter_tags(body: str) -> Iterator[str | tuple[bool, str, str]]:
    """Text chunks and (closing, name, attributes) tags; empty elements (``<TIMEX3 .../>``) carry no text."""
    last = 0
    for m in _TAG.finditer(body):
        if m.start() > last:
            yield body[last:m.start()]
        if m[4] != "/":
            yield (m[1] == "/", m[2], m[3])
        last = m.end()
    if last < len(body):
        yield body[last:]


_NO_SPACE_BEFORE = frozenset({",", ".", ":", ";", "!", "?", ")", "'s", "n't", "%", "'", "''"})


def _detokenize(tokens: list[tuple[str, str, str]]) -> tuple[str, dict[str, tuple[int, int]]]:
    """Text from (t_id, sentence, token) triples: a newline between sentences, spaces between tokens
    except before closing punctuation; returns the character span of every token id."""
    parts: list[str] = []
    spans: dict[str, tuple[int, int]] = {}
    length, sentence = 0, None
    for t_id, sent, word in tokens:
        sep = "" if sentence is None else "\n" if sent != sentence else "" if word in _NO_SPACE_BEFORE else " "
        parts.append(sep + word)
        spans[t_id] = (length + len(sep), length + len(sep) + len(word))
        length += len(sep) + len(word)
        sentence = sent
    return "".join(parts), spans


def read_meantime(path: Path) -> TimexDoc:
    """A MEANTIME document: tokens joined into text, TIMEX3 markables anchored to token spans."""
    root = ET.parse(path).getroot()  # noqa: S314 - local gold files shipped with the project
    tokens = [(t.get("t_id", ""), t.get("sentence", ""), t.text or "") for t in root.iter("token")]
    text, spans = _detokenize(tokens)
    gold, ignore, anchor = [], [], None
    for tx in root.iter("TIMEX3"):
        ids = [a.get("t_id", "") for a in tx.iter("token_anchor")]
        creation = tx.get("functionInDocument") == "CREATION_TIME"
        if creation:
            anchor = anchor or _parse_date(tx.get("value", ""))
        if not ids:
            continue  # empty timexes (implicit anchors, some creation times) have no text to find
        start, end = spans[ids[0]][0], spans[ids[-1]][1]
        if creation:
            ignore = [(start, end)]
        else:
            gold.append(GoldTimex(start, end, tx.get("value", "")))
    if anchor is None:  # a few articles lack a usable creation time: read their dateline instead
        anchor = _dateline(text)
    annotated = [spans[a.get("t_id", "")][1] for a in root.iter("token_anchor") if a.get("t_id") in spans]
    return TimexDoc(path.name, text, anchor, tuple(gold), tuple(ignore), max(annotated, default=None))


def _dateline(text: str) -> date | None:
    """The date Wikinews prints under the headline ("March 01, 2008"), normalised without an anchor."""
    for line in text.split("\n")[:3]:
        norm = normalize(line, anchor=None)
        if norm is not None and norm.kind == "day" and norm.value and not norm.value.startswith("X"):
            return _parse_date(norm.value)
    return None


def detect(path: Path) -> bool:
    """A TempEval-3 folder of .tml files, or a MEANTIME folder (XML documents with TIMEX3 markables)."""
    return _dataset(path) is not None


def _dataset(path: Path) -> str | None:
    if not path.is_dir():
        return None
    if any(path.glob("*.tml")):
        return "te3"
    for xml in path.rglob("*.xml"):
        head = xml.read_text("utf-8", errors="replace")[:400]
        return "meantime" if "<Document" in head and "doc_name=" in head else None
    return None


def _documents(path: Path, dataset: str) -> Iterator[TimexDoc]:
    if dataset == "te3":
        yield from (read_tml(p) for p in sorted(path.glob("*.tml")))
        return
    # MEANTIME ships every article twice (intra-doc and cross-doc annotation): score the intra-doc copy.
    files = sorted(path.rglob("*.xml"))
    intra = [p for p in files if "intra-doc_annotation" in p.parts] or files
    yield from (read_meantime(p) for p in intra)


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


@dataclass(slots=True)
class _Tally:
    strict: Counts
    relaxed: Counts
    value: Counts


def _score_doc(doc: TimexDoc, found: list[Reading], tally: _Tally) -> list[tuple[str, ...]]:
    limit = len(doc.text) if doc.scored_until is None else doc.scored_until
    system = [r for r in found if r.timex.start < limit
              and not any(_overlaps((r.timex.start, r.timex.end), s) for s in doc.ignore)]
    unmatched = list(doc.gold)
    errors: list[tuple[str, ...]] = []
    for r in system:
        span = (r.timex.start, r.timex.end)
        hit = next((g for g in unmatched if _overlaps(span, (g.start, g.end))), None)
        if hit is None:
            tally.relaxed.fp += 1
            tally.strict.fp += 1
            tally.value.fp += 1
            errors.append((doc.name, r.timex.text, str(r.timex3), "-"))
            continue
        unmatched.remove(hit)
        tally.relaxed.tp += 1
        exact = (hit.start, hit.end) == span
        tally.strict.tp += exact
        tally.strict.fp += not exact
        tally.strict.fn += not exact
        good = r.timex3 == hit.value
        tally.value.tp += good
        tally.value.fp += not good
        tally.value.fn += not good
        if not good:
            errors.append((doc.name, r.timex.text, str(r.timex3), hit.value))
    for g in unmatched:
        tally.relaxed.fn += 1
        tally.strict.fn += 1
        tally.value.fn += 1
        errors.append((doc.name, doc.text[g.start:g.end], "-", g.value))
    return errors


def score_docs(docs: Iterable[TimexDoc], *, nlp: Any, name: str) -> Report:
    """Run the TIME stage on each document (anchored at its creation time) and score it."""
    tagger = default_tagger()
    tally = _Tally(Counts(), Counts(), Counts())
    errors: list[tuple[str, ...]] = []
    for doc in docs:
        found = tagger.read_doc(nlp(doc.text), publish_date=doc.anchor, durations=True)
        errors.extend(_score_doc(doc, found, tally))
    metrics = {**tally.value.as_dict(f"{name}_value"), **tally.relaxed.as_dict(f"{name}_relaxed"),
               **tally.strict.as_dict(f"{name}_strict")}
    table = Table(f"{name}: timex errors (system value / gold value)", ("doc", "text", "system", "gold"),
                  tuple(errors))
    return Report(name, metrics, (table,), (f"{tally.value.tp} values right of {tally.value.tp + tally.value.fn} gold",))


def score(path: Path, *, engine: Any) -> Report:
    """Score the TIME stage on a TempEval-3 or MEANTIME folder (uses ``engine.nlp``)."""
    dataset = _dataset(path)
    if dataset is None:
        raise InputError(f"{path}: not a TempEval-3 or MEANTIME folder", reason=Reason.UNKNOWN_FORMAT)
    return score_docs(_documents(path, dataset), nlp=engine.nlp, name=dataset)
