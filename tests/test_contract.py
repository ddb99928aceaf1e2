"""The ``eventwire analyze`` contract on the seed article (issue 2): offsets into the input as given,
no evidence from page chrome, nothing countable from a negated sentence."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from eventwire.cli import main


@pytest.fixture(scope="module")
def seed(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory, engine: object) -> tuple[str, dict[str, Any]]:
    text = (shared_dir / "seed" / "article.txt").read_text(encoding="utf-8")
    folder = tmp_path_factory.mktemp("seed")
    src, out = folder / "seed.jsonl", folder / "out.jsonl"
    src.write_text(json.dumps({"id": "seed", "text": text, "publish_date": "2018-09-13"}) + "\n", "utf-8")
    result = CliRunner().invoke(main, ["analyze", str(src), "-o", str(out)])
    assert result.exit_code == 0, result.output
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    return text, json.loads(lines[0])


def test_every_offset_indexes_the_input_text(seed: tuple[str, dict[str, Any]]) -> None:
    text, doc = seed
    assert doc["id"] == "seed"
    for key in ("entities", "quotes", "timexes", "places"):
        for item in doc[key]:
            assert text[item["start"]:item["end"]] == item["text"], (key, item)
    for event in doc["events"]:
        for who in event["actor"] + event["recipient"]:
            assert text[who["start"]:who["end"]] == who["text"]
        span = event["text_info"]
        assert span["start"] <= span["trigger_start"] < span["trigger_end"] <= span["end"]


def test_no_evidence_from_page_chrome(seed: tuple[str, dict[str, Any]]) -> None:
    text, doc = seed
    for event in doc["events"]:
        assert "Adjust Comment Print" not in text[event["text_info"]["start"]:event["text_info"]["end"]]


def test_negated_sentence_yields_nothing_countable(seed: tuple[str, dict[str, Any]]) -> None:
    text, doc = seed
    start = text.index("Abe did not give a response.")
    inside = [e for e in doc["events"] if e["text_info"]["start"] <= start < e["text_info"]["end"]]
    assert all(e["negated"] or e["hypothetical"] for e in inside)


def test_contract_fields(seed: tuple[str, dict[str, Any]]) -> None:
    _, doc = seed
    assert doc["events"], "the seed article has events"
    expected = {"event", "mode", "context", "actor", "recipient", "date", "date_precision", "negated",
                "hypothetical", "historical", "quad_code", "cameo_root", "goldstein", "event_text", "text_info",
                "confidence", "event_loc"}
    for event in doc["events"]:
        assert expected <= event.keys()
        assert event["date_precision"] in {"day", "week", "month", "year", "unknown"}
        assert event["quad_code"] in {1, 2, 3, 4}
    assert {"speaker", "speaker_code", "speaker_sector"} <= doc["quotes"][0].keys()
