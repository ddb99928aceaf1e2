"""The DuckDB store: upserts by deterministic id, quarantine rows, summaries that skip flagged events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.model import ActorMention, Article, Discard, Event, Origin, Result, content_id
from eventwire.store import Store, StoreError
from eventwire.store.rows import event_date

TEXT = "Russia attacked Ukraine. Japan did not respond."


def _result(text: str = TEXT, *, negated: bool = False) -> Result:
    aid = content_id(text)
    rus, ukr = ActorMention("Russia", 0, 6, "RUS"), ActorMention("Ukraine", 16, 23, "UKR")
    ev = Event(id=Event.make_id(aid, "ASSAULT", 7, ("RUS",), ("UKR",)), article_id=aid, event="ASSAULT",
               actor=(rus,), recipient=(ukr,), event_text="attacked", trigger_start=7, trigger_end=15,
               sentence_start=0, sentence_end=24, date="2018-06", date_precision="month", negated=negated)
    art = Article(id=aid, text=text, origin=Origin("t.txt"), publish_date=date(2018, 9, 13))
    return Result(article=art, events=(ev,), entities=(rus, ukr))


def test_rewriting_an_article_keeps_one_copy_of_each_row() -> None:
    with Store(":memory:") as store:
        store.write([_result()], run_id="r1")
        store.write([_result()], run_id="r2")
        assert store.count("articles") == 1
        assert store.count("events") == 1
        assert store.count("entities") == 2
        assert store.events()[0]["sentence"] == "Russia attacked Ukraine."


def test_flagged_events_are_stored_but_not_counted() -> None:
    with Store(":memory:") as store:
        store.write([_result(negated=True)])
        summary = store.summary()
        assert store.count("events") == 1
        assert summary["events"] == 0
        assert summary["flagged"]["negated"] == 1
        assert store.events() == []
        assert len(store.events(include_flagged=True)) == 1


def test_quarantine_rows_are_upserts_with_reason_codes() -> None:
    bad = Discard(Origin("bad.bin", offset=3), "binary", "binary file")
    with Store(":memory:") as store:
        store.write([bad, bad, _result()])
        rows = store.quarantine()
        assert [(r["source"], r["record_offset"], r["reason"]) for r in rows] == [("bad.bin", 3, "binary")]
        assert store.summary()["quarantine_reasons"] == [{"reason": "binary", "n": 1}]


def test_filters_and_article_lookup_by_prefix() -> None:
    with Store(":memory:") as store:
        store.write([_result()])
        assert len(store.events(actor="rus")) == 1
        assert store.events(actor="CHN") == []
        assert store.events(event_type="agree") == []
        assert len(store.events(since=date(2018, 6, 1), until=date(2018, 6, 30))) == 1
        art = store.article(content_id(TEXT)[:6])
        assert art is not None and art["events"][0]["actor_code"] == "RUS"


@pytest.mark.parametrize("fmt", ["parquet", "csv", "jsonl"])
def test_export_formats_round_trip(tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"events.{fmt}"
    with Store(":memory:") as store:
        store.write([_result()])
        assert store.export("events", out, fmt=fmt) == 1
    reader = {"parquet": "read_parquet", "csv": "read_csv", "jsonl": "read_json"}[fmt]
    rows = duckdb.sql(f"SELECT event, actor_code FROM {reader}('{out}')").fetchall()
    assert rows == [("ASSAULT", "RUS")]


def test_export_rejects_unknown_table_and_format(tmp_path: Path) -> None:
    with Store(":memory:") as store, pytest.raises(StoreError):
        store.export("passwords", tmp_path / "x.csv", fmt="csv")
    with Store(":memory:") as store, pytest.raises(StoreError):
        store.export("events", tmp_path / "x.xml", fmt="xml")


def test_store_survives_reopen(tmp_path: Path) -> None:
    db = tmp_path / "ew.duckdb"
    with Store(db) as store:
        run = store.start_run(["a"])
        store.write([_result()], run_id=run)
        store.finish_run(run, articles=1, skipped=0, events=1, discards=0)
    with Store(db) as store:
        assert store.count("events") == 1
        assert store.runs()[0]["status"] == "done"


@settings(max_examples=40, deadline=None)
@given(st.text(min_size=1, max_size=200))
def test_any_text_round_trips_exactly(text: str) -> None:
    art = Article(id=content_id(text), text=text, origin=Origin("x"))
    with Store(":memory:") as store:
        store.write([Result(article=art)])
        got = store.article(art.id)
        assert got is not None and got["text"] == text


@pytest.mark.parametrize(("value", "expected"), [
    ("2018-09-10", date(2018, 9, 10)), ("2018-06", date(2018, 6, 1)), ("1956", date(1956, 1, 1)),
    ("2018-W37", None), (None, None), ("2018-13", None),
])
def test_event_date_is_the_first_day_of_the_period(value: str | None, expected: date | None) -> None:
    assert event_date(value) == expected


def test_gdelt_export_has_61_columns_and_counts_only_real_events(tmp_path: Path) -> None:
    out = tmp_path / "events.gdelt.tsv"
    with Store(":memory:") as store:
        store.write([_result(), _result("Japan did not respond to Russia.", negated=True)])
        assert store.export("events", out, fmt="gdelt") == 1
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1
    cols = lines[0].split("\t")
    assert len(cols) == 61
    assert cols[1] == "20180601" and cols[5] == "RUS" and cols[15] == "UKR"
    with Store(":memory:") as store, pytest.raises(StoreError):
        store.export("quotes", out, fmt="gdelt")


def test_new_text_under_a_known_url_is_a_linked_version() -> None:
    def at(text: str, url: str | None) -> Result:
        art = Article(id=content_id(text), text=text, origin=Origin("t"), url=url)
        return Result(article=art)

    v1, v2, v3 = at("First version.", "https://x.test/a"), at("Second version.", "https://x.test/a"), \
        at("Third version.", "https://x.test/a")
    with Store(":memory:") as store:
        store.write([v1, at("Unrelated.", None)])
        store.write([v2, v3])
        store.write([v2])  # rerun: the same text keeps its link, gains no new version
        rows = dict(store.con.execute("SELECT id, previous_version FROM articles").fetchall())
    assert rows[v1.article.id] is None
    assert rows[v2.article.id] == v1.article.id
    assert rows[v3.article.id] == v2.article.id
    assert rows[content_id("Unrelated.")] is None
