"""Persistence across runs with the real store and engine: a reprint in a later run links to the first copy."""

from __future__ import annotations

from pathlib import Path

from eventwire.config import DedupSettings
from eventwire.model import content_id
from eventwire.runner import run
from eventwire.store import Store

from .stories import OTHER_STORY, STORY, reprint


def test_a_reprint_in_a_later_run_is_linked_and_its_events_are_not_counted(tmp_path: Path, engine: object) -> None:
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    (first / "story.txt").write_text(STORY, encoding="utf-8")
    copy = reprint(STORY, byline="By our Moscow correspondent", ending="(c) 2018 Example News. All rights reserved.")
    (second / "copy.txt").write_text(copy, encoding="utf-8")
    (second / "other.txt").write_text(OTHER_STORY, encoding="utf-8")
    db = tmp_path / "ew.duckdb"
    with Store(db) as store:
        one = run([first], store=store, engine=engine)  # type: ignore[arg-type]
        counted = store.summary()["events"]
    with Store(db) as store:
        two = run([second], store=store, engine=engine)  # type: ignore[arg-type]
        links = dict(store.con.execute("SELECT id, duplicate_of FROM articles").fetchall())
        marked = store.con.execute("SELECT count(*) FROM events WHERE article_id = ? AND NOT duplicate",
                                   [content_id(copy)]).fetchone()
        assert store.summary()["events"] == counted + sum(1 for e in store.events() if e["article_id"] ==
                                                          content_id(OTHER_STORY))
    assert counted > 0
    assert (one.duplicates, two.duplicates, two.articles) == (0, 1, 2)
    assert links[content_id(copy)] == content_id(STORY)
    assert links[content_id(OTHER_STORY)] is None
    assert marked == (0,)


def test_dedup_can_be_switched_off(tmp_path: Path, engine: object) -> None:
    from eventwire.config import Settings

    (tmp_path / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "b.txt").write_text(reprint(STORY, byline="By a reporter", ending="The end."), encoding="utf-8")
    with Store(tmp_path / "ew.duckdb") as store:
        report = run([tmp_path / "a.txt", tmp_path / "b.txt"], store=store, engine=engine,  # type: ignore[arg-type]
                     settings=Settings(dedup=DedupSettings(enabled=False)))
        assert report.duplicates == 0
        assert store.summary()["duplicate_articles"] == 0
