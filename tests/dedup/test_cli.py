"""``eventwire clusters`` over a store with one event reported by two articles."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from click.testing import CliRunner

from eventwire.cli.dedup import clusters_command
from eventwire.model import ActorMention, Article, Event, Origin, Result, content_id
from eventwire.store import Store


def _result(text: str) -> Result:
    aid = content_id(text)
    rus, ukr = ActorMention("Russia", 0, 6, "RUS"), ActorMention("Ukraine", 16, 23, "UKR")
    ev = Event(id=Event.make_id(aid, "ASSAULT", 7, ("RUS",), ("UKR",)), article_id=aid, event="ASSAULT", actor=(rus,),
               recipient=(ukr,), event_text="attacked", trigger_start=7, trigger_end=15, sentence_start=0,
               sentence_end=24, date="2018-09-10", date_precision="day")
    return Result(Article(id=aid, text=text, origin=Origin("t.txt"), publish_date=date(2018, 9, 11)), (ev,))


def test_clusters_lists_one_row_per_event_with_its_article_count(tmp_path: Path) -> None:
    db = tmp_path / "ew.duckdb"
    with Store(db) as store:
        store.write([_result("Russia attacked Ukraine on Monday."), _result("Russia attacked Ukraine, Kyiv said.")])
    out = CliRunner().invoke(clusters_command, ["--db", str(db), "--format", "json", "--backfill"])
    assert out.exit_code == 0, out.output
    [row] = [json.loads(line) for line in out.output.splitlines()]
    assert (row["event"], row["actor_code"], row["recipient_code"], row["n_articles"]) == ("ASSAULT", "RUS", "UKR", 2)
    table = CliRunner().invoke(clusters_command, ["--db", str(db), "--min-articles", "3"])
    assert table.exit_code == 0 and "ASSAULT" not in table.output
