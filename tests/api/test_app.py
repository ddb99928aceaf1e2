"""The HTTP API: JSON views of the store and coding through the same per-document function."""

from __future__ import annotations

from datetime import date

import pytest
from fastapi.testclient import TestClient

from eventwire.api import create_app
from eventwire.model import ActorMention, Article, Event, Origin, Result, content_id
from eventwire.store import Store

TEXT = "Russia attacked Ukraine on Monday."


@pytest.fixture()
def client(engine: object) -> TestClient:
    store = Store(":memory:")
    aid = content_id(TEXT)
    rus, ukr = ActorMention("Russia", 0, 6, "RUS", "GOV"), ActorMention("Ukraine", 16, 23, "UKR")
    ev = Event(id="e1", article_id=aid, event="ASSAULT", actor=(rus,), recipient=(ukr,), event_text="attacked",
               trigger_start=7, trigger_end=15, sentence_start=0, sentence_end=len(TEXT), date="2022-02-28")
    art = Article(id=aid, text=TEXT, origin=Origin("t.txt"), publish_date=date(2022, 3, 1), title="War")
    store.write([Result(article=art, events=(ev,), entities=(rus, ukr))])
    return TestClient(create_app(store=store, engine=engine))  # type: ignore[arg-type]


def test_store_views(client: TestClient) -> None:
    summary = client.get("/api/summary").json()
    assert summary["events_by_type"] == [{"event": "ASSAULT", "n": 1}]
    events = client.get("/api/events", params={"actor": "RUS"}).json()
    assert [e["recipient_code"] for e in events] == ["UKR"]
    assert client.get("/api/events", params={"type": "AGREE"}).json() == []
    art = client.get(f"/api/articles/{content_id(TEXT)}").json()
    assert art["events"][0]["sentence"] == TEXT
    assert client.get("/api/articles/nope").status_code == 404
    assert client.get("/api/events", params={"since": "not-a-date"}).status_code == 422


def test_dashboard_reads_through_the_api(client: TestClient) -> None:
    page = client.get("/")
    assert page.status_code == 200
    for view in ("/api/summary", "/api/events", "/api/articles/", "/api/quarantine"):
        assert view in page.text


def test_analyze_returns_the_contract(client: TestClient) -> None:
    text = "Japan and Russia agreed to resume peace talks."
    out = client.post("/api/analyze", json={"id": "x1", "text": text, "publish_date": "2018-09-13"}).json()
    assert out["id"] == "x1"
    for ev in out["events"]:
        span = ev["text_info"]
        assert text[span["start"]:span["end"]].strip()
    assert client.post("/api/analyze", json={"text": ""}).status_code == 422


def test_documents_are_stored_and_bad_ones_quarantined(client: TestClient) -> None:
    docs = [{"id": "ok", "text": "Rebels attacked an army post near Goma on Tuesday, the army said."},
            {"id": "short", "text": "hi"}]
    out = client.post("/api/documents", json=docs).json()
    assert len(out["stored"]) == 1
    assert [q["id"] for q in out["quarantined"]] == ["short"]
    assert client.get("/api/summary").json()["articles"] == 2


def test_a_near_duplicate_posted_later_is_linked(client: TestClient) -> None:
    story = ("Rebels attacked an army post near Goma on Tuesday, killing four soldiers, the Congolese army said. "
             "The United Nations condemned the attack and called on Rwanda to withdraw its troops from the area.")
    first = client.post("/api/documents", json=[{"id": "a", "text": story}]).json()
    second = client.post("/api/documents", json=[{"id": "b", "text": story + " Reporting by our staff."}]).json()
    assert first["near_duplicates"] == 0
    assert second["near_duplicates"] == 1
    assert client.get("/api/summary").json()["duplicate_articles"] == 1


def test_events_page_with_offset(client: TestClient) -> None:
    first = client.get("/api/events", params={"limit": 1}).json()
    assert len(first) == 1
    assert client.get("/api/events", params={"limit": 1, "offset": 1}).json() == []
    assert client.get("/api/events", params={"offset": -1}).status_code == 422
