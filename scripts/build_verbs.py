"""Derive eventwire's verb lexicon, CAMEO->PLOVER map and Goldstein table from ../shared.

Usage: python scripts/build_verbs.py [SHARED_DIR]

Writes src/eventwire/data/events/{verbs.jsonl, cameo_plover.tsv, goldstein.tsv}. Sources:
- dictionaries/CAMEO.2.0.txt (petrarch2, MIT): verb synonym blocks and their object patterns;
- ontology/CAMEO2PLOVER-2021.txt (CC BY-SA 4.0): mode and contexts per CAMEO code;
- ontology/PLOVER_MANUAL.tex table "PLOVER equivalents to CAMEO cue categories": the event type of each
  CAMEO root. The manual wins over the conversion file where they disagree (163 imposing sanctions is
  SANCTION, 175/1712 are COERCE, 191/192 are ASSAULT, 201 is ASSAULT), so the type always follows the root;
- ontology/CAMEO.goldsteinscale.txt (GDELT lookup): Goldstein score per code.
"""

from __future__ import annotations

import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "eventwire" / "data" / "events"

# PLOVER_MANUAL.tex, table tab:xlate. 01 (statements) is dropped. 02 (APPEAL) is also "dropped" as a cue
# category, but the manual's REQUEST covers "all requests" and says SUPPORT differs from CAMEO APPEAL "where
# the actor simply requested support": we code appeals as REQUEST, keeping cameo_root "02".
ROOT_TYPE = {
    "02": "REQUEST", "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN", "14": "PROTEST",
    "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT", "19": "ASSAULT", "20": "ASSAULT",
}
CODE_RE = re.compile(r"\[([^\]]*)\]")


def plover_type(code: str) -> str | None:
    if code[:2] == "08":
        # YIELD split: 081-083 verbal (CONCEDE), 084-087 material (RETREAT).
        return "CONCEDE" if len(code) < 3 or code[2] in "0123" else "RETREAT"
    return ROOT_TYPE.get(code[:2])


@dataclass
class VerbEntry:
    lemma: str
    code: str | None
    patterns: list[dict[str, object]] = field(default_factory=list)


def first_code(text: str) -> str | None:
    match = CODE_RE.search(text)
    if not match:
        return None
    for part in match.group(1).split(":"):
        digits = re.sub(r"\D", "", part)
        if digits:
            return digits
    return None


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("&"):
            current = line[1:].rstrip("_").upper()
            synsets[current] = []
        elif line.startswith("+") and current:
            synsets[current].append(line[1:].rstrip("_").replace("_", " ").lower())
        elif not line:
            current = None
        if "VERB PATTERNS" in raw:
            break
    return synsets


def pattern_words(body: str, synsets: dict[str, list[str]]) -> list[list[str]] | None:
    """The words of a pattern (both sides of '*'), each a list of alternatives; None if one is unusable."""
    body = CODE_RE.sub("", body.split("#", 1)[0])
    slots: list[list[str]] = []
    for tok in re.split(r"[\s{}()]+", body):
        tok = tok.strip()
        if not tok or tok in {"-", "*", "$", "^", "%", "+", "@"}:
            continue
        if tok.startswith("&"):
            alts = synsets.get(tok[1:].rstrip("_").upper())
            if not alts:
                return None
            slots.append(sorted({a.split()[-1] for a in alts}))
            continue
        words = [w.strip("+$^%@").rstrip("_").lower() for w in tok.split("/")]
        # A word we cannot read would weaken the pattern (PETRARCH's "(IN FAVOUR/FAVOR)" is not "(IN)").
        if not all(re.fullmatch(r"[a-z][a-z'\-]*", w) for w in words):
            return None
        slots.append(words)
    return slots


def read_verbs(lines: list[str], synsets: dict[str, list[str]]) -> dict[str, VerbEntry]:
    entries: dict[str, VerbEntry] = {}
    block_code: str | None = None
    block: list[VerbEntry] = []
    started = False
    for raw in lines:
        if "VERB PATTERNS" in raw:
            started = True
            continue
        if not started:
            continue
        line = raw.strip()
        if line.startswith("---"):
            block_code, block = first_code(line), []
        elif line.startswith("- ") and "*" in line:
            code = first_code(line)
            words = pattern_words(line[2:], synsets)
            if code and words is not None and words:
                for entry in block:
                    entry.patterns.append({"words": words, "code": code})
        elif line and not line.startswith("#") and not line.startswith("-"):
            entry = _verb_line(line, block_code, entries)
            if entry:
                block.append(entry)
    return entries


def _verb_line(line: str, block_code: str | None, entries: dict[str, VerbEntry]) -> VerbEntry | None:
    head = re.split(r"[\s{\[#]", line.lstrip("+"), maxsplit=1)[0].rstrip("_").lower()
    if not head or not re.fullmatch(r"[a-z][a-z_\-]*", head):
        return None
    code = first_code(line.split("#", 1)[0]) if "[" in line.split("#", 1)[0] else block_code
    words = head.split("_")
    lemma = words[0]
    entry = entries.setdefault(lemma, VerbEntry(lemma, None))
    if len(words) > 1:
        # A phrasal verb ("+ASK_FOR") becomes a pattern on its head verb; "[---]" cancels the code.
        if code:
            entry.patterns.append({"words": [[w] for w in words[1:]], "code": code})
        return None
    if code and not entry.code:
        entry.code = code
    return entry


def read_plover_map(path: Path) -> list[tuple[str, str, str, str]]:
    rows: dict[str, tuple[str, str, str, str]] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        match = re.match(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,]*),?(.*)$", line)
        if not match:
            continue
        code, file_type, mode, contexts = match.groups()
        ptype = plover_type(code)
        if ptype is None:
            continue
        # The manual wins: keep the file's mode only when it agrees on the type.
        mode = mode.strip() if file_type == ptype else ""
        ctx = ";".join(c.strip() for c in contexts.split(";") if c.strip())
        rows[code] = (code, ptype, mode, ctx)
    for root in list(ROOT_TYPE) + ["08"]:
        rows.setdefault(root, (root, plover_type(root) or "", "", ""))
    return sorted(rows.values())


def main(shared: Path) -> None:
    lines = (shared / "dictionaries" / "CAMEO.2.0.txt").read_text(encoding="latin-1").splitlines()
    synsets = read_synsets(lines)
    verbs = read_verbs(lines, synsets)
    OUT.mkdir(parents=True, exist_ok=True)
    with (OUT / "verbs.jsonl").open("w", encoding="utf-8") as fh:
        for lemma in sorted(verbs):
            entry = verbs[lemma]
            if entry.code or entry.patterns:
                fh.write(json.dumps({"lemma": lemma, "code": entry.code, "patterns": entry.patterns}) + "\n")
    with (OUT / "cameo_plover.tsv").open("w", encoding="utf-8") as fh:
        fh.write("cameo\tplover\tmode\tcontexts\n")
        for row in read_plover_map(shared / "ontology" / "CAMEO2PLOVER-2021.txt"):
            fh.write("\t".join(row) + "\n")
    gold = (shared / "ontology" / "CAMEO.goldsteinscale.txt").read_text(encoding="utf-8").splitlines()
    with (OUT / "goldstein.tsv").open("w", encoding="utf-8") as fh:
        fh.write("cameo\tgoldstein\n")
        for raw in gold[1:]:
            parts = raw.split()
            if len(parts) == 2:
                fh.write(f"{parts[0]}\t{float(parts[1])}\n")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared")
