"""Coverage of the dated roles (issue 3's list of offices) and the sanity of the hand-written people sources."""

from __future__ import annotations

import json
import tomllib
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import KnowledgeBase
from eventwire.actors.coverage import (
    OFFICES,
    Span,
    _gaps,
    _merge,
    absences,
    checked,
    coverage,
    mean_shares,
    required_countries,
)
from eventwire.actors.kb import _index_rows
from eventwire.evaluate.floors import below_floors
from eventwire.evaluate.report import Report

ROOT = Path(__file__).parents[2]
SOURCES = ROOT / "src" / "eventwire" / "data" / "actors" / "sources" / "people"


def _kb(*people: dict[str, object]) -> KnowledgeBase:
    lines = [json.dumps(p) for p in people]
    return KnowledgeBase(lines, list(_index_rows(lines)), [])


def _person(name: str, *roles: tuple[str, str, str, str | None]) -> dict[str, object]:
    return {"id": name.lower(), "type": "PERSON", "name": name, "code": roles[0][0],
            "roles": [{"code": c, "sector": "GOV", "title": f"{o} of {c}", "office": o, "valid_from": f,
                       "valid_to": t} for c, o, f, t in roles]}


def test_spans_merge_when_they_touch_and_gaps_are_the_rest() -> None:
    a, b = Span(date(2000, 1, 1), date(2000, 1, 10)), Span(date(2000, 1, 11), date(2000, 2, 1))
    assert _merge([b, a]) == [Span(date(2000, 1, 1), date(2000, 2, 1))]
    window = Span(date(2000, 1, 1), date(2000, 12, 31))
    assert list(_gaps([Span(date(2000, 3, 1), date(2000, 3, 31))], window)) == [
        Span(date(2000, 1, 1), date(2000, 2, 29)), Span(date(2000, 4, 1), date(2000, 12, 31))]


def test_coverage_counts_held_days_and_reports_gaps_longer_than_the_tolerance() -> None:
    kb = _kb(_person("A", ("XXX", "FM", "1998-01-01", "2009-12-31")),
             _person("B", ("XXX", "FM", "2010-01-20", None)),
             _person("C", ("XXX", "DM", "2005-01-01", "2005-12-31")))
    fm, dm = coverage(kb, ["XXX"], offices=("FM", "DM"), until=date(2019, 12, 31))
    assert fm.holders == 2 and fm.gaps == () and 0.99 < fm.share < 1.0  # 19 days between them: not a gap
    assert dm.holders == 1 and dm.gaps[0] == Span(date(2000, 1, 1), date(2004, 12, 31))
    assert dm.share == pytest.approx(365 / fm.total_days)


def test_a_role_without_a_title_is_not_hand_checked_and_does_not_count() -> None:
    phoenix = {"id": "p", "type": "PERSON", "name": "P", "code": "XXX",
               "roles": [{"code": "XXX", "sector": "GOV", "valid_from": "2000-01-01"}]}
    (row,) = coverage(_kb(phoenix), ["XXX"], offices=("FM",), until=date(2001, 1, 1))
    assert row.share == 0 and row.holders == 0


def test_the_packaged_base_names_its_required_states_and_reports_on_them(kb: KnowledgeBase) -> None:
    required = required_countries()
    assert {"USA", "RUS", "CHN", "GBR", "FRA", "JPN", "KOR", "PSE", "SDN"} <= set(required)
    assert "G20" in required["JPN"] and "P5" in required["FRA"]
    rows = {(r.code, r.office): r for r in coverage(kb, ["RUS", "JPN"], until=date(2024, 12, 31))}
    assert set(rows) == {(c, o) for c in ("RUS", "JPN") for o in OFFICES}
    assert rows["RUS", "FM"].share > 0.99 and rows["JPN", "HOG"].share > 0.98
    assert all(a.office in OFFICES and a.note for a in absences())


def _source_rows() -> list[tuple[str, int, list[str]]]:
    out = []
    for path in sorted(SOURCES.glob("*.tsv")):
        for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
            if line.strip() and not line.startswith("#"):
                out.append((path.name, n, line.split("\t")))
    return out


def test_every_people_row_is_well_formed() -> None:
    states = {json.loads(x)["id"] for x in (SOURCES.parents[1] / "states.jsonl").read_text("utf-8").splitlines()}
    bad = []
    for fname, n, row in _source_rows():
        where = f"{fname}:{n}"
        if len(row) != 10 or not row[0] or not row[9].strip():
            bad.append(f"{where}: 10 columns with a name and a source")
            continue
        if row[6] not in (*OFFICES, "VP", "OTH"):
            bad.append(f"{where}: office {row[6]!r}")
        if len(row[3]) == 3 and row[3].isalpha() and row[3].isupper() and row[4] == "GOV" and row[3] not in states:
            bad.append(f"{where}: unknown state {row[3]}")
        try:
            start, end = (date.fromisoformat(v) if v else None for v in (row[7], row[8]))
        except ValueError:
            bad.append(f"{where}: dates {row[7]!r} {row[8]!r}")
            continue
        if start and end and end < start:
            bad.append(f"{where}: ends before it starts")
    assert not bad, "\n".join(bad)


def test_coverage_and_verified_rows_hold_their_floors(kb: KnowledgeBase) -> None:
    quality = tomllib.loads((ROOT / "quality" / "actors_coverage.toml").read_text("utf-8"))
    floors, until = quality["floors"], date.fromisoformat(quality["window_end"])
    rows = coverage(kb, list(required_countries()), until=until)
    measured = mean_shares(rows)
    page_checked = coverage(kb, list(required_countries()), until=until, checked_only=True)
    measured |= {f"checked_{office}": share for office, share in mean_shares(page_checked).items()}
    sources = [row[9].strip() for _, _, row in _source_rows()]
    measured["verified_rows"] = sum(checked(s) for s in sources) / len(sources)
    low = below_floors(Report("actors_coverage", measured), floors)
    assert not low, low


def test_nobody_holds_roles_of_two_codes_at_once(kb: KnowledgeBase) -> None:
    """A person is coded by the role held on the date: two codes at once (the Queen as Queen of Australia and
    of the United Kingdom) would code them by file order. Realms record the monarch with a '-' row instead."""
    clashes = []
    for person in (a for a in kb.actors if a.type == "PERSON"):
        roles = [r for r in person.roles if r.curated]
        for i, a in enumerate(roles):
            for b in roles[i + 1:]:
                start = max(a.valid_from or date.min, b.valid_from or date.min)
                end = min(a.valid_to or date.max, b.valid_to or date.max)
                if a.code != b.code and (end - start).days > 31:
                    clashes.append(f"{person.name}: {a.title} / {b.title}")
    assert not clashes, clashes


# People whose public careers really span two states; any other name found under two state codes is two
# people sharing a name, whom the build would merge into one (give one of them a fuller name).
TWO_STATE_CAREERS: frozenset[str] = frozenset()


def test_one_name_is_one_state_s_person() -> None:
    """Rows are merged by name, across files: a name under two state codes is almost always two namesakes."""
    states = {json.loads(x)["id"] for x in (SOURCES.parents[1] / "states.jsonl").read_text("utf-8").splitlines()}
    codes: dict[str, set[str]] = {}
    for _, _, row in _source_rows():
        if len(row) == 10 and row[0] != "-" and row[3] in states:
            codes.setdefault(row[0], set()).add(row[3])
    shared = {name: sorted(c) for name, c in codes.items() if len(c) > 1 and name not in TWO_STATE_CAREERS}
    assert not shared, shared


def test_checked_only_counts_rows_checked_against_a_page() -> None:
    a = _person("A", ("XXX", "FM", "2000-01-01", "2009-12-31"))
    b = _person("B", ("XXX", "FM", "2010-01-01", None))
    a["roles"][0]["source"] = "https://example.org/a"  # type: ignore[index]
    b["roles"][0]["source"] = "public record"  # type: ignore[index]
    kb = _kb(a, b)
    (every,) = coverage(kb, ["XXX"], offices=("FM",), until=date(2019, 12, 31))
    (page,) = coverage(kb, ["XXX"], offices=("FM",), until=date(2019, 12, 31), checked_only=True)
    assert every.share == 1.0 and every.holders == 2
    assert page.holders == 1 and page.gaps == (Span(date(2010, 1, 1), date(2019, 12, 31)),)


def test_a_checked_person_has_no_phoenix_double(kb: KnowledgeBase) -> None:
    """The build merges a Phoenix person into the checked person of the same name (accents, case and hyphens
    aside). A double would split one person's mentions between two ids."""
    from eventwire.actors.records import fold

    people = [a for a in kb.actors if a.type == "PERSON"]
    owners: dict[str, set[str]] = {}
    for a in people:
        if any(r.curated for r in a.roles):
            for n in a.names:
                owners.setdefault(fold(n), set()).add(a.id)
    checked = {n: next(iter(ids)) for n, ids in owners.items() if len(ids) == 1}  # namesakes merge nobody
    doubles = sorted({(checked[fold(n)], a.id) for a in people if not any(r.curated for r in a.roles)
                      for n in a.names if fold(n) in checked})
    assert not doubles, doubles[:20]
