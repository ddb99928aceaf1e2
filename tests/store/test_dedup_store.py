"""Store side of dedup: signatures persist, duplicates are linked and not counted, clusters are maintained."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import duckdb

from eventwire.config import DedupSettings
from eventwire.dedup import Deduped, NearDuplicateIndex
from eventwire.model import ActorMention, Article, Event, Origin, Result, content_id
from eventwire.runner import dedup_backlog
from eventwire.store import Store

STORY = ("Russia attacked Ukrainian positions near Mariupol on Monday, the Ukrainian army said, in the heaviest "
         "shelling since the ceasefire was agreed in the spring. Two soldiers were wounded, a spokesman said, and "
         "several houses in a nearby village were damaged. Moscow denied that its forces were involved and blamed "
         "separatist fighters. Monitors from the OSCE said they would visit the area on Tuesday to count the "
         "craters and talk to residents about what they had heard during the night.")


def _result(text: str, *, event: str = "ASSAULT", when: str = "2018-09-10", published: date = date(2018, 9, 11),
            recipient: str = "UKR") -> Result:
    aid = content_id(text)
    rus, other = ActorMention("Russia", 0, 6, "RUS"), ActorMention("Ukrainian", 16, 25, recipient)
    ev = Event(id=Event.make_id(aid, event, 7, ("RUS",), (recipient,)), article_id=aid, event=event, actor=(rus,),
               recipient=(other,), event_text="attacked", trigger_start=7, trigger_end=15, sentence_start=0,
               sentence_end=40, date=when, date_precision="day")
    art = Article(id=aid, text=text, origin=Origin("t.txt"), publish_date=published)
    return Result(article=art, events=(ev,), entities=(rus, other))


def _signed(index: NearDuplicateIndex, result: Result) -> Deduped:
    signature = index.signature(result.article.text)
    assert signature is not None
    dup = index.check(result.article.id, signature)
    index.add(result.article.id, signature, root_id=dup.article_id if dup else None)
    return Deduped(result, signature, dup)


def test_duplicates_persist_across_store_sessions_and_are_not_counted(tmp_path: Path) -> None:
    db = tmp_path / "ew.duckdb"
    orig, copy = _result(STORY), _result("By a staff reporter. " + STORY + " Copyright 2018.")
    with Store(db) as store:
        store.write([_signed(NearDuplicateIndex(DedupSettings(), lookup=store), orig)])
    with Store(db) as store:  # a later run: a fresh index sees the earlier article through the store
        item = _signed(NearDuplicateIndex(DedupSettings(), lookup=store), copy)
        assert item.duplicate_of is not None and item.duplicate_of.article_id == orig.article.id
        store.write([item])
        dup_of = store.con.execute("SELECT duplicate_of FROM articles WHERE id = ?", [copy.article.id]).fetchone()
        assert dup_of == (orig.article.id,)
        assert store.summary()["events"] == 1
        assert store.summary()["duplicate_articles"] == 1
        assert len(store.events()) == 1
        assert len(store.events(include_duplicates=True)) == 2
        [cluster] = store.clusters()
        assert (cluster["n_articles"], cluster["n_mentions"], cluster["n_copies"]) == (1, 2, 1)


def test_clusters_count_articles_and_follow_rewrites() -> None:
    one = _result(STORY)
    two = _result("Ukraine said Russian artillery shelled its troops near Mariupol overnight into Monday.")
    elsewhere = _result("Russia shelled Ukrainian towns again a week later.", when="2018-09-17")
    with Store(":memory:") as store:
        store.write([one, two])
        store.write([elsewhere])
        rows = store.clusters()
        assert [(r["n_articles"], r["date"]) for r in rows] == [(2, date(2018, 9, 10)), (1, date(2018, 9, 17))]
        ids = {row[0] for row in store.con.execute(
            "SELECT event_cluster FROM events WHERE article_id IN (?, ?)", [one.article.id, two.article.id]
        ).fetchall()}
        assert len(ids) == 1
        store.write([two])  # a rerun rewrites the article: same cluster, same counts
        assert [r["n_articles"] for r in store.clusters()] == [2, 1]
        assert store.count("event_clusters") == 2
        assert store.clusters(min_articles=2)[0]["cluster_id"] in ids


def test_a_version_1_store_is_migrated_in_place(tmp_path: Path) -> None:
    db = tmp_path / "old.duckdb"
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE articles (id VARCHAR PRIMARY KEY, external_id VARCHAR, title VARCHAR, url VARCHAR,"
                " publish_date DATE, source VARCHAR, member VARCHAR, fmt VARCHAR, language VARCHAR, text VARCHAR,"
                " n_events INTEGER, run_id VARCHAR, stored_at TIMESTAMP)")
    con.execute("INSERT INTO articles VALUES ('old1', NULL, NULL, NULL, DATE '2018-09-11', 'x', NULL, 'text', 'en',"
                " ?, 0, 'r0', TIMESTAMP '2018-09-11 10:00:00')", [STORY])
    con.close()
    with Store(db) as store:
        assert store.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone() == ("2",)
        store.write([_result(STORY + " Reprinted with permission.")])
        assert dedup_backlog(store) == 1
        dup_of = store.con.execute("SELECT duplicate_of FROM articles WHERE id <> 'old1'").fetchone()
        assert dup_of == ("old1",)
        assert dedup_backlog(store) == 0


def test_rewriting_a_signed_article_keeps_one_signature_and_one_set_of_bands() -> None:
    with Store(":memory:") as store:
        index = NearDuplicateIndex(DedupSettings(), lookup=store)
        item = _signed(index, _result(STORY))
        store.write([item])
        store.write([item])
        assert store.count("signatures") == 1
        assert store.con.execute("SELECT count(*) FROM signature_bands").fetchone() == (16,)
        assert [s.article_id for s in store.signature_candidates(item.signature.bands[:1])] == [  # type: ignore[union-attr]
            item.result.article.id]
