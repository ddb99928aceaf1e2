"""``eventwire actors``: lookup (exact names, then phrases), list, add to the user file."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli.actors import actors_group


def test_lookup_by_date() -> None:
    out = CliRunner().invoke(actors_group, ["lookup", "Abe", "--date", "2018-09-13", "--json"])
    assert out.exit_code == 0, out.output
    row = json.loads(out.output.splitlines()[0])
    assert (row["name"], row["code"], row["sector"], row["role"]) == ("Shinzo Abe", "JPN", "GOV", "Prime Minister of Japan")


def test_lookup_a_phrase_and_an_unknown_name() -> None:
    out = CliRunner().invoke(actors_group, ["lookup", "Prime Minister Lee", "--date", "2018-09-13"])
    assert out.exit_code == 0 and "Lee Nak-yon" in out.output
    missing = CliRunner().invoke(actors_group, ["lookup", "Nobody Atall"])
    assert missing.exit_code != 0 and "no actor" in missing.output


def test_list_by_code() -> None:
    out = CliRunner().invoke(actors_group, ["list", "--code", "UNO", "--type", "ORG", "--json"])
    ids = {json.loads(line)["id"] for line in out.output.splitlines()}
    assert {"UNO", "UNSC", "UNHCR"} <= ids


def test_add_appends_to_the_user_file_and_lookup_sees_it(tmp_path: Path) -> None:
    user = tmp_path / "mine.jsonl"
    runner = CliRunner()
    out = runner.invoke(actors_group, ["add", "Jane Roe", "--code", "jpn", "--sector", "gov", "--role",
                                       "Minister of Tests", "--office", "OTH", "--from", "2020-01-01",
                                       "--user-file", str(user)])
    assert out.exit_code == 0, out.output
    record = json.loads(user.read_text("utf-8"))
    assert record["code"] == "JPN" and record["roles"][0]["sector"] == "GOV"
    found = runner.invoke(actors_group, ["lookup", "Roe", "--date", "2021-01-01", "--user-file", str(user), "--json"])
    assert json.loads(found.output.splitlines()[0])["role"] == "Minister of Tests"


def test_add_without_a_user_file_fails_cleanly(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("EVENTWIRE_CONFIG", raising=False)
    out = CliRunner().invoke(actors_group, ["add", "X", "--code", "JPN"])
    assert out.exit_code == 1 and "user actors file" in out.output
