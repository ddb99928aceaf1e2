"""Check hand-written people sources before a rebuild: coverage, gaps and overlapping holders per office.

    .venv/bin/python scripts/check_people.py [--code UGA ...] [--checked] [FILE ...]

Reads ``src/eventwire/data/actors/sources/people/*.tsv`` (or the files given) directly, without rebuilding the
knowledge base, so several people can edit different files at once. Prints, per state and office, the share of
2000-today with a dated holder, the uncovered spans longer than a month, and holders of one office whose dates
overlap by more than a month (usually a wrong date; rival governments and acting ministers are the exceptions).
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path

from eventwire.actors.coverage import (
    START,
    Absence,
    Span,
    _clip,
    absence,
    coverage,
    mean_shares,
    required_countries,
)
from eventwire.actors.kb import KnowledgeBase, _index_rows

PEOPLE = Path(__file__).resolve().parents[1] / "src" / "eventwire" / "data" / "actors" / "sources" / "people"
SINGLE = ("HOS", "HOG", "FM", "DM")  # offices one person holds at a time


def read_rows(files: list[Path]) -> list[list[str]]:
    rows = []
    for path in files:
        for line in path.read_text("utf-8").splitlines():
            if line.strip() and not line.startswith("#"):
                rows.append([c.strip() for c in line.split("\t")] + [""] * 10)
    return rows


def as_people(rows: list[list[str]]) -> list[str]:
    """One JSONL person per row (names need not merge: coverage counts roles, not people)."""
    lines = []
    for i, row in enumerate(rows):
        if row[0] == "-":
            continue
        role = {"code": row[3], "sector": row[4] or "GOV", "title": row[5] or row[6], "office": row[6],
                "valid_from": row[7] or None, "valid_to": row[8] or None, "source": row[9]}
        lines.append(json.dumps({"id": f"{row[0]}#{i}", "type": "PERSON", "name": row[0], "code": row[3],
                                 "roles": [role]}))
    return lines


def absent(rows: list[list[str]]) -> list[Absence]:
    return [absence(r[3], r[6], r[7], r[8], r[5], r[9]) for r in rows if r[0] == "-"]


def overlaps(rows: list[list[str]], until: date) -> list[str]:
    window = Span(START, until)
    spans: dict[tuple[str, str], list[tuple[str, Span]]] = {}
    for row in rows:
        if row[0] != "-" and row[6] in SINGLE:
            span = _clip(Span(date.fromisoformat(row[7]) if row[7] else date.min,
                              date.fromisoformat(row[8]) if row[8] else date.max), window)
            if span:
                spans.setdefault((row[3], row[6]), []).append((row[0], span))
    out = []
    for (code, office), held in sorted(spans.items()):
        held.sort(key=lambda h: h[1].start)
        for (a, sa), (b, sb) in zip(held, held[1:], strict=False):
            days = (min(sa.end, sb.end) - sb.start).days
            if days > 31 and a != b:
                out.append(f"{code} {office}: {a} ({sa.start}..{sa.end}) and {b} ({sb.start}..{sb.end}) overlap "
                           f"{days} days")
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--code", action="append", help="Only this state (repeatable)")
    parser.add_argument("--checked", action="store_true",
                        help="Count only rows checked against a stored page, not 'public record' ones")
    args = parser.parse_args()
    files = args.files or sorted(PEOPLE.glob("*.tsv"))
    rows = read_rows(files)
    codes = args.code or sorted({r[3] for r in rows} & set(required_countries()))
    lines = as_people(rows)
    kb = KnowledgeBase(lines, list(_index_rows(lines)), [])
    until = date.today()
    found = coverage(kb, codes, until=until, absent_offices=absent(rows), checked_only=args.checked)
    for c in found:
        gaps = "; ".join(f"{g.start}..{g.end}" for g in c.gaps)
        print(f"{c.code} {c.office:3} {c.share:6.1%}  {gaps}")
    for office, mean in mean_shares(found).items():
        print(f"{office}: mean {mean:.1%} over {len(codes)} states")
    for line in overlaps(rows, until):
        print("OVERLAP", line)


if __name__ == "__main__":
    main()
