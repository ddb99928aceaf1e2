"""Scoring direct quotes and their speakers on PolNeAR (brat attributions: source, cue, content).

PolNeAR annotates attributions, not quotes. A gold direct quote here is a quoted segment (a pair of
double quotation marks on one line) of three or more words lying inside an attribution's content;
shorter quoted phrases are scare quotes or titles by the project's definition and are not scored. A
system quote matches a gold one when their spans overlap. Precision counts system quotes overlapping no
gold quote as false positives; a second system quote on an already matched gold quote (an interrupted
quote read in two parts) is neither. Speaker accuracy is over matched quotes: right when the system's
speaker span overlaps the gold source, or the speaker's surname is in the source text, or both are null.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, Reason
from ..model import Quote
from ..quotes import extract_quotes
from ..quotes.marks import word_count
from .report import Counts, Report, Table

__all__ = ["Attribution", "GoldQuote", "PolnearDoc", "detect", "gold_quotes", "read_ann", "score"]

_DOUBLE = re.compile(r"“([^”\n]*)”|\"([^\"\n]*)\"")


@dataclass(frozen=True, slots=True)
class Attribution:
    content: tuple[tuple[int, int], ...]
    source: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class GoldQuote:
    start: int
    end: int
    source: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class PolnearDoc:
    name: str
    text: str
    publish_date: date | None
    attributions: tuple[Attribution, ...]


def _spans(field: str) -> tuple[tuple[int, int], ...]:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in field.split(";")))


def read_ann(path: Path) -> tuple[Attribution, ...]:
    """Attribution relations of a brat ``.ann`` file (``E`` lines linking ``T`` spans)."""
    spans: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, _, where = parts[1].partition(" ")
            spans[parts[0]] = (label, _spans(where))
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(arg.split(":", 1) for arg in parts[1].split() if ":" in arg))
    out = []
    for ev in events:
        content = spans.get(ev.get("Content", ""), ("", ()))[1]
        source = spans.get(ev.get("Source", ""), ("", ()))[1]
        if content:
            out.append(Attribution(content, source))
    return tuple(out)


def gold_quotes(doc: PolnearDoc) -> list[GoldQuote]:
    """Quoted segments of 3+ words inside an attribution's content, with that attribution's source."""
    found = []
    for m in _DOUBLE.finditer(doc.text):
        start, end = m.start() + 1, m.end() - 1
        if word_count(doc.text[start:end]) < 3:
            continue
        for att in doc.attributions:
            inside = sum(max(0, min(end, b) - max(start, a)) for a, b in att.content)
            if inside * 2 >= end - start:
                found.append(GoldQuote(start, end, att.source))
                break
    return found


def detect(path: Path) -> bool:
    """A PolNeAR split: ``text/*.txt`` with ``attributions/*.ann`` beside them."""
    return path.is_dir() and (path / "text").is_dir() and any((path / "attributions").glob("*.ann"))


def _dates(path: Path) -> dict[str, date]:
    meta = path / "metadata.tsv"
    if not meta.is_file():
        return {}
    with meta.open(encoding="utf-8") as fh:
        return {row["filename"]: date.fromisoformat(row["publication_date"])
                for row in csv.DictReader(fh, delimiter="\t") if row.get("publication_date")}


def documents(path: Path) -> Iterator[PolnearDoc]:
    dates = _dates(path)
    for ann in sorted((path / "attributions").glob("*.ann")):
        stem = ann.stem.rsplit("_", 1)[0]  # "<article>_<annotator>.ann"
        txt = path / "text" / f"{stem}.txt"
        if not txt.is_file():
            raise InputError(f"{ann}: no text file {txt.name}", reason=Reason.NOT_FOUND)
        yield PolnearDoc(stem, txt.read_text("utf-8"), dates.get(stem), read_ann(ann))


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _speaker_right(quote: Quote, gold: GoldQuote, text: str) -> bool:
    if not gold.source:
        return quote.speaker is None
    if quote.speaker is None:
        return False
    if quote.speaker_start is not None and quote.speaker_end is not None and any(
            _overlap((quote.speaker_start, quote.speaker_end), s) for s in gold.source):
        return True
    source_words = {w.lower() for a, b in gold.source for w in re.findall(r"\w+", text[a:b])}
    names = re.findall(r"\w+", quote.speaker)
    return bool(names) and names[-1].lower() in source_words


@dataclass(slots=True)
class _Tally:
    quotes: Counts
    speakers_right: int = 0
    matched: int = 0


def _score_doc(doc: PolnearDoc, quotes: Sequence[Quote], tally: _Tally) -> list[tuple[str, ...]]:
    gold = gold_quotes(doc)
    system = [q for q in quotes if q.kind == "direct"]
    errors: list[tuple[str, ...]] = []
    for q in system:
        if not any(_overlap((q.start, q.end), (g.start, g.end)) for g in gold):
            tally.quotes.fp += 1
            errors.append((doc.name, "fp", q.text[:80], str(q.speaker), ""))
    for g in gold:
        hits = [q for q in system if _overlap((q.start, q.end), (g.start, g.end))]
        if not hits:
            tally.quotes.fn += 1
            errors.append((doc.name, "fn", doc.text[g.start:g.end][:80], "", _source_text(doc, g)))
            continue
        tally.quotes.tp += 1
        tally.matched += 1
        best = max(hits, key=lambda q: _overlap((q.start, q.end), (g.start, g.end)))
        if _speaker_right(best, g, doc.text):
            tally.speakers_right += 1
        else:
            errors.append((doc.name, "speaker", best.text[:60], f"{best.speaker} [{best.cue}]", _source_text(doc, g)))
    return errors


def _source_text(doc: PolnearDoc, gold: GoldQuote) -> str:
    return " … ".join(doc.text[a:b] for a, b in gold.source) or "(none)"


def score(path: Path, *, engine: Any) -> Report:
    """Run spaCy, the actors stage (``engine.resolver`` when the engine has one) and the QUOTES stage."""
    if not detect(path):
        raise InputError(f"{path}: not a PolNeAR split", reason=Reason.UNKNOWN_FORMAT)
    resolver = getattr(engine, "resolver", None)
    tally = _Tally(Counts())
    errors: list[tuple[str, ...]] = []
    for doc in documents(path):
        parsed = engine.nlp(doc.text)
        entities = resolver.resolve(parsed, publish_date=doc.publish_date) if resolver is not None else []
        errors.extend(_score_doc(doc, extract_quotes(parsed, entities=entities), tally))
    accuracy = tally.speakers_right / tally.matched if tally.matched else 0.0
    metrics = {**tally.quotes.as_dict("direct_quote"), "speaker_accuracy": accuracy}
    table = Table("PolNeAR quote errors", ("doc", "error", "quote", "system speaker", "gold source"), tuple(errors))
    notes = (f"{tally.matched} matched quotes, speaker right on {tally.speakers_right}",
             "actors stage used" if resolver is not None else "no actors resolver: speakers from the parse only")
    return Report("polnear", metrics, (table,), notes)
