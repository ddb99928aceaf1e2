"""The knowledge base: dated roles, case rules, former states, dated organisations, the user file, the index."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import KnowledgeBase
from eventwire.actors.kb import FILES, INDEX, _index_rows, _signature
from eventwire.errors import ConfigError


def _first(kb: KnowledgeBase, name: str, on: date) -> tuple[str | None, str | None, str | None, str | None]:
    r = kb.lookup(name, on=on)[0]
    return r.actor.name, r.code, r.sector, r.role


def test_a_person_resolves_to_the_role_held_on_the_date(kb: KnowledgeBase) -> None:
    assert _first(kb, "Abe", date(2018, 9, 13)) == ("Shinzo Abe", "JPN", "GOV", "Prime Minister of Japan")
    assert _first(kb, "Suga", date(2018, 9, 13))[1:3] == ("JPN", "GOV")
    assert _first(kb, "Suga", date(2021, 1, 1))[3] == "Prime Minister of Japan"
    assert _first(kb, "Vladimir Putin", date(2010, 1, 1))[3] == "Prime Minister of Russia"
    assert _first(kb, "Vladimir Putin", date(2018, 1, 1))[3] == "President of Russia"


def test_between_roles_a_person_is_a_former_official(kb: KnowledgeBase) -> None:
    assert _first(kb, "Shinzo Abe", date(2010, 6, 1))[1:3] == ("JPN", "ELI")


def test_states_seats_and_former_states(kb: KnowledgeBase) -> None:
    assert _first(kb, "Russian Federation", date(2018, 1, 1))[1:3] == ("RUS", None)
    assert _first(kb, "Beijing", date(2018, 1, 1))[1:3] == ("CHN", "GOV")
    assert _first(kb, "Downing Street", date(2018, 1, 1))[1:3] == ("GBR", "GOV")
    soviet = kb.lookup("Soviet Union")[0]
    assert soviet.code == "RUS" and {"SUN", "USR"} <= set(soviet.actor.alt_codes)
    assert {r.code for r in kb.lookup("Yugoslavia")} == {"SRB"}


def test_organisations_use_contract_codes_with_sector_igo(kb: KnowledgeBase) -> None:
    unsc = kb.lookup("UN Security Council")[0]
    assert (unsc.code, unsc.sector, unsc.actor.alt_codes) == ("UNO", "IGO", ("UNSC", "IGO"))
    expected = {"NATO": "NATO", "European Commission": "EU", "European Parliament": "EU", "ECB": "EU",
                "World Bank": "WB", "WHO": "WHO", "IMF": "IMF", "Arab League": "ARL", "African Union": "AU",
                "ASEAN": "ASEAN", "OPEC": "OPEC", "ICC": "ICC", "OSCE": "OSCE", "GCC": "GCC", "OIC": "OIC",
                "UNHCR": "UNO", "IAEA": "UNO", "APEC": "APEC", "ECOWAS": "ECOWAS"}
    for name, code in expected.items():
        found = kb.lookup(name)[0]
        assert (found.code, found.sector) == (code, "IGO"), name
        assert "IGO" in found.actor.alt_codes, name
    assert kb.lookup("Boko Haram")[0].code == "NGA" and kb.lookup("Boko Haram")[0].sector == "REB"


def test_ngos_are_code_and_sector_ngo(kb: KnowledgeBase) -> None:
    for name in ("Amnesty International", "Red Cross", "Human Rights Watch", "Doctors Without Borders"):
        found = kb.lookup(name)[0]
        assert (found.code, found.sector) == ("NGO", "NGO"), name


def test_igo_office_holders_take_the_organisation_code(kb: KnowledgeBase) -> None:
    cases = [("Antonio Guterres", date(2020, 1, 1), "UNO"), ("Jens Stoltenberg", date(2020, 1, 1), "NATO"),
             ("Mark Rutte", date(2025, 1, 1), "NATO"), ("Ursula von der Leyen", date(2022, 1, 1), "EU"),
             ("Tedros Adhanom Ghebreyesus", date(2021, 1, 1), "WHO")]
    for name, on, code in cases:
        found = kb.lookup(name, on=on)[0]
        assert (found.code, found.sector) == (code, "IGO"), name
    assert kb.lookup("Mark Rutte", on=date(2020, 1, 1))[0].code == "NLD"


def test_dated_organisations(kb: KnowledgeBase) -> None:
    sectors = {r.actor.id: r.sector for r in kb.lookup("Taliban", on=date(2022, 1, 1))}
    assert sectors == {"TALIBAN": "REB", "TALIBAN-GOV": "GOV"}
    assert kb.actor_valid("TALIBAN-GOV", date(2022, 1, 1)) and not kb.actor_valid("TALIBAN", date(2022, 1, 1))


def test_case_rule(kb: KnowledgeBase) -> None:
    assert [h.start for h in kb.find("Let us see what the US does")] == [20]
    assert not any(a.actor >= 0 and kb.actor(a.actor).id == "WHO" for h in kb.find("who said that") for a in h.aliases)
    assert any(kb.actor(a.actor).id == "WHO" for h in kb.find("the WHO said") for a in h.aliases if a.actor >= 0)


def test_find_is_leftmost_longest(kb: KnowledgeBase) -> None:
    hits = kb.find("South Korean government officials")
    assert (hits[0].start, hits[0].end) == (0, 12)


def test_user_file_extends_and_comes_first(tmp_path: Path) -> None:
    user = tmp_path / "actors.jsonl"
    user.write_text("# my actors\n" + json.dumps({
        "id": "user:zed", "type": "PERSON", "name": "Zed Quux", "code": "JPN", "surnames": ["Quux"],
        "roles": [{"code": "JPN", "sector": "GOV", "title": "Minister of Tests", "office": "FM",
                   "valid_from": "2020-01-01"}]}) + "\n", "utf-8")
    kb = KnowledgeBase.load(user_file=user)
    assert kb.lookup("Quux", on=date(2021, 1, 1))[0].role == "Minister of Tests"
    assert kb.get("user:zed") is not None and kb.lookup("Abe", on=date(2018, 1, 1))[0].actor.name == "Shinzo Abe"


def test_bad_user_file_is_a_config_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text("{not json\n", "utf-8")
    with pytest.raises(ConfigError):
        KnowledgeBase.load(user_file=bad)
    with pytest.raises(ConfigError):
        KnowledgeBase.load(user_file=tmp_path / "missing.jsonl")


def test_packaged_index_matches_the_jsonl_files() -> None:
    """index.tsv must be rebuilt (scripts/build_actors.py) whenever the JSONL files change."""
    folder = Path(__file__).resolve().parents[2] / "src" / "eventwire" / "data" / "actors"
    texts = [(folder / name).read_text("utf-8") for name in FILES]
    stored = (folder / INDEX).read_text("utf-8").splitlines()
    assert stored[0] == _signature(texts)
    lines = [line for t in texts for line in t.splitlines() if line]
    assert len(stored) - 1 == sum(1 for _ in _index_rows(lines))


@pytest.mark.parametrize(("name", "on", "code", "office_title"), [
    ("Peter Struck", date(2004, 5, 1), "DEU", "Defence Minister of Germany"),
    ("Silvan Shalom", date(2004, 5, 1), "ISR", "Foreign Minister of Israel"),
    ("Lawrence Cannon", date(2010, 5, 1), "CAN", "Foreign Minister of Canada"),
    ("Shigeru Ishiba", date(2003, 5, 1), "JPN", "Defence Minister of Japan"),
    ("Nkosazana Dlamini-Zuma", date(2005, 5, 1), "ZAF", "Foreign Minister of South Africa"),
    ("Denys Shmyhal", date(2025, 9, 1), "UKR", "Defence Minister of Ukraine"),
])
def test_foreign_and_defence_ministers_are_dated(kb: KnowledgeBase, name: str, on: date, code: str,
                                                  office_title: str) -> None:
    found = kb.lookup(name, on=on)[0]
    assert (found.code, found.sector, found.role) == (code, "GOV", office_title)
