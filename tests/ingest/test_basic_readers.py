"""Plain text, HTML, JSONL, JSON, CSV, folders and stdin: the readers the pipeline relies on first."""

from __future__ import annotations

import io
import json
import sys
from datetime import date
from pathlib import Path

import pytest

from eventwire.config import IngestSettings
from eventwire.errors import Reason
from eventwire.ingest import iter_documents
from eventwire.model import Discard, RawDocument

PAGE = """<!doctype html><html><head><title>Ministers agree on grain corridor</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"></head>
<body><nav>Home | World | Politics</nav><article><h1>Ministers agree on grain corridor</h1>
<p>The foreign ministers of Turkey and Ukraine agreed on Tuesday to reopen the grain corridor through the
Black Sea, officials in Ankara said after a meeting that lasted late into the night.</p>
<p>The agreement follows weeks of negotiations mediated by the United Nations, which had warned that food
prices would rise sharply across North Africa if shipments stayed blocked through the spring.</p>
<p>Both governments said inspections of cargo ships would resume in Istanbul next week under the old rules.</p>
</article><footer>Copyright 2024 Example News</footer></body></html>"""


def _docs(items: list[RawDocument | Discard]) -> list[RawDocument]:
    return [i for i in items if isinstance(i, RawDocument)]


def _discards(items: list[RawDocument | Discard]) -> list[Discard]:
    return [i for i in items if isinstance(i, Discard)]


def test_text_file_is_kept_exactly(tmp_path: Path) -> None:
    text = "Headline Here\n\n  Body with  odd   spacing.\r\nSecond line.\n"
    path = tmp_path / "story.txt"
    path.write_bytes(text.encode("utf-8"))
    [doc] = list(iter_documents([path]))
    assert isinstance(doc, RawDocument)
    assert doc.text == text
    assert doc.fmt == "text" and doc.origin.source == str(path)


def test_html_page_extracts_body_and_metadata(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(PAGE, encoding="utf-8")
    [doc] = list(iter_documents([path]))
    assert isinstance(doc, RawDocument)
    assert "reopen the grain corridor" in doc.text
    assert "Home | World" not in doc.text
    assert doc.title == "Ministers agree on grain corridor"
    assert doc.publish_date == date(2024, 3, 5)
    assert doc.fmt == "html"


def test_jsonl_maps_fields_and_keeps_going_after_bad_lines(tmp_path: Path) -> None:
    lines = [
        json.dumps({"id": "a1", "text": "First story text.", "title": "T1", "url": "http://x/1",
                    "publish_date": "2020-01-02T08:00:00", "section": "world"}),
        "{not json",
        json.dumps({"id": "a3", "body": "no text field"}),
        json.dumps(["an", "array"]),
        "",
        json.dumps({"id": "a6", "text": "Sixth story text."}),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    items = list(iter_documents([path]))
    docs, bad = _docs(items), _discards(items)
    assert [d.doc_id for d in docs] == ["a1", "a6"]
    first = docs[0]
    assert (first.title, first.url, first.publish_date) == ("T1", "http://x/1", date(2020, 1, 2))
    assert first.metadata["section"] == "world"
    assert [(d.origin.offset, d.reason) for d in bad] == [
        (2, Reason.MALFORMED), (3, Reason.MISSING_FIELD), (4, Reason.MALFORMED)]
    assert bad[1].doc_id == "a3"


def test_column_mapping_from_settings(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text(json.dumps({"key": "k9", "body": "Mapped body text.", "headline": "H"}) + "\n")
    settings = IngestSettings(text_field="body", id_field="key", title_field="headline")
    [doc] = list(iter_documents([path], settings=settings))
    assert isinstance(doc, RawDocument)
    assert (doc.text, doc.doc_id, doc.title) == ("Mapped body text.", "k9", "H")


def test_json_array(tmp_path: Path) -> None:
    path = tmp_path / "batch.json"
    path.write_text(json.dumps([{"id": 1, "text": "One."}, {"id": 2, "text": "Two."}]))
    docs = _docs(list(iter_documents([path])))
    assert [(d.doc_id, d.text, d.origin.offset) for d in docs] == [("1", "One.", 0), ("2", "Two.", 1)]


def test_csv_rows_and_quoted_newlines(tmp_path: Path) -> None:
    path = tmp_path / "batch.csv"
    path.write_text('id,title,text\n1,First,"Line one,\nline two."\n2,Second,Plain text.\n', encoding="utf-8")
    docs = _docs(list(iter_documents([path])))
    assert [d.text for d in docs] == ["Line one,\nline two.", "Plain text."]
    assert docs[0].title == "First" and docs[0].fmt == "csv"


def test_folder_is_walked_recursively_in_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "two.txt").write_text("Second document text.")
    (tmp_path / "one.txt").write_text("First document text.")
    (tmp_path / ".hidden.txt").write_text("hidden editor file")
    (tmp_path / "notes.docx").write_bytes(b"PK\x03\x04 not really")
    items = list(iter_documents([tmp_path]))
    assert [d.text for d in _docs(items)] == ["First document text.", "Second document text."]
    assert [d.reason for d in _discards(items)] == [Reason.UNKNOWN_FORMAT]


def test_missing_path_is_a_discard(tmp_path: Path) -> None:
    [item] = list(iter_documents([tmp_path / "nope.txt"]))
    assert isinstance(item, Discard) and item.reason == Reason.NOT_FOUND


@pytest.mark.parametrize(("payload", "fmt", "expected"), [
    (b"Plain text from a pipe.\n", "text", "Plain text from a pipe.\n"),
    (b'{"text": "A JSON line from a pipe."}\n', "jsonl", "A JSON line from a pipe."),
])
def test_stdin_is_sniffed(monkeypatch: pytest.MonkeyPatch, payload: bytes, fmt: str, expected: str) -> None:
    fake = io.TextIOWrapper(io.BufferedReader(io.BytesIO(payload)))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", fake)
    [doc] = list(iter_documents(["-"]))
    assert isinstance(doc, RawDocument)
    assert (doc.text, doc.fmt) == (expected, fmt)
    assert doc.origin.source == "<stdin>"


def test_stream_is_lazy(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(json.dumps({"text": f"Story {i}."}) for i in range(1000)))
    stream = iter_documents([path])
    first = next(stream)
    assert isinstance(first, RawDocument) and first.text == "Story 0."


def test_html_date_is_not_guessed_from_a_copyright_line(tmp_path: Path) -> None:
    body = "<p>The talks failed after the ministers left the room in anger on Friday evening.</p>" * 4
    page = f"<html><head><title>T</title></head><body><article>{body}<p>Copyright 2019</p></article></body></html>"
    path = tmp_path / "undated.html"
    path.write_text(page, encoding="utf-8")
    [doc] = list(iter_documents([path]))
    assert isinstance(doc, RawDocument) and doc.publish_date is None


def test_csv_field_over_the_limit_is_one_discard(tmp_path: Path) -> None:
    path = tmp_path / "big.csv"
    path.write_text('id,text\n1,first row\n2,"' + "y" * 5000 + '"\n3,third row\n', encoding="utf-8")
    items = list(iter_documents([path], settings=IngestSettings(max_document_bytes=1000)))
    assert [d.text for d in _docs(items)] == ["first row", "third row"]
    assert [d.reason for d in _discards(items)] == [Reason.TOO_LARGE]
