"""RSS/Atom feeds, WARC (plain and gzip), gzip and zip archives."""

from __future__ import annotations

import gzip
import zipfile
from datetime import date
from pathlib import Path

import pytest
from ingest_fixtures import PARAGRAPH, page, rss, rss_item, warc_bytes, write

from eventwire.errors import Reason
from eventwire.ingest import iter_documents
from eventwire.model import Discard, RawDocument


def _split(items: list[RawDocument | Discard]) -> tuple[list[RawDocument], list[Discard]]:
    return ([i for i in items if isinstance(i, RawDocument)], [i for i in items if isinstance(i, Discard)])


def test_rss_inline_content_and_linked_pages(tmp_path: Path) -> None:
    feed = rss([
        rss_item("Inline story", "http://news.example/inline", content=f"<p>{PARAGRAPH}</p>"),
        rss_item("Linked story", "http://news.example/linked"),
        rss_item("Missing story", "http://news.example/missing"),
    ])
    write(tmp_path / "wire.rss", feed)
    write(tmp_path / "linked.html", page("Linked story", canonical="http://news.example/linked"))
    docs, bad = _split(list(iter_documents([tmp_path])))
    inline = next(d for d in docs if d.fmt == "rss")
    assert inline.text == PARAGRAPH and inline.title == "Inline story"
    assert inline.publish_date == date(2024, 3, 5) and inline.url == "http://news.example/inline"
    linked = next(d for d in docs if d.fmt == "html")
    assert linked.url == "http://news.example/linked"
    assert linked.publish_date == date(2024, 3, 5)  # inherited from the feed item
    assert "feed" in linked.metadata
    assert [(b.reason, "missing" in b.message) for b in bad] == [(Reason.NO_TEXT, True)]


def test_atom_entry_content(tmp_path: Path) -> None:
    atom = ('<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>W</title>'
            '<entry><title>Atom story</title><link href="http://a.example/1"/><id>urn:1</id>'
            '<updated>2023-07-01T00:00:00Z</updated>'
            f'<content type="html">&lt;p&gt;{PARAGRAPH}&lt;/p&gt;</content></entry></feed>')
    [doc] = list(iter_documents([write(tmp_path / "w.atom", atom)]))
    assert isinstance(doc, RawDocument)
    assert doc.text == PARAGRAPH and doc.doc_id == "urn:1" and doc.publish_date == date(2023, 7, 1)


def test_warc_html_responses(tmp_path: Path) -> None:
    pages = [(f"http://news.example/{i}", page(f"Story {i}")) for i in range(3)]
    for name, packed in (("crawl.warc", False), ("CC-NEWS-20240305.warc.gz", True)):
        docs, bad = _split(list(iter_documents([write(tmp_path / name, warc_bytes(pages, gzip=packed))])))
        assert [d.url for d in docs] == [u for u, _ in pages]
        assert all(d.fmt == "warc" and "Story" in d.text for d in docs)
        assert all(d.origin.offset is not None for d in docs)
        assert "crawl_date" in docs[0].metadata
        assert bad == []


def test_gzip_members_use_their_inner_format(tmp_path: Path) -> None:
    write(tmp_path / "a.jsonl.gz", gzip.compress(b'{"text": "Packed JSON line."}\n'))
    write(tmp_path / "b.txt.gz", gzip.compress(b"Packed text."))
    docs, bad = _split(list(iter_documents([tmp_path])))
    assert [d.text for d in docs] == ["Packed JSON line.", "Packed text."]
    assert bad == []


def test_zip_members_are_read_with_member_origin(tmp_path: Path) -> None:
    path = tmp_path / "batch.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("docs/one.txt", "First zipped text.")
        archive.writestr("docs/two.jsonl", '{"text": "Second zipped text."}\n')
        archive.writestr("docs/page.html", page("Zipped page"))
        archive.writestr("docs/readme.pdf", b"%PDF-1.4")
    docs, bad = _split(list(iter_documents([path])))
    assert [d.origin.member for d in docs] == ["docs/one.txt", "docs/page.html", "docs/two.jsonl"]
    assert docs[0].text == "First zipped text." and docs[2].origin.offset == 1
    assert [(b.origin.member, b.reason) for b in bad] == [("docs/readme.pdf", Reason.UNKNOWN_FORMAT)]


def test_json_array_is_streamed_and_a_truncated_tail_is_a_discard(tmp_path: Path) -> None:
    import json

    data = json.dumps([{"id": i, "text": f"Story {i} " + "word " * 50_000} for i in range(12)])
    docs, bad = _split(list(iter_documents([write(tmp_path / "big.json", data[:-1000])])))
    assert [d.doc_id for d in docs] == [str(i) for i in range(11)]  # elements span several 1 MB chunks
    assert [b.reason for b in bad] == [Reason.MALFORMED]


def test_xml_that_is_not_a_feed(tmp_path: Path) -> None:
    [item] = list(iter_documents([write(tmp_path / "config.xml", "<?xml version='1.0'?><config><a>1</a></config>")]))
    assert isinstance(item, Discard) and item.reason == Reason.UNKNOWN_FORMAT


def test_zip_from_stdin_is_spooled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import io
    import sys

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("a.txt", "Text from a zipped pipe.")
    fake = io.TextIOWrapper(io.BufferedReader(io.BytesIO(buffer.getvalue())))  # type: ignore[arg-type]
    monkeypatch.setattr(sys, "stdin", fake)
    [doc] = list(iter_documents(["-"]))
    assert isinstance(doc, RawDocument) and doc.text == "Text from a zipped pipe." and doc.origin.member == "a.txt"


def test_zip_total_size_is_bounded(tmp_path: Path) -> None:
    from eventwire.config import IngestSettings

    path = tmp_path / "many.zip"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for i in range(5):
            archive.writestr(f"{i}.txt", f"Document number {i}. " * 50)
    items = list(iter_documents([path], settings=IngestSettings(max_archive_bytes=2500)))
    docs, bad = _split(items)
    assert len(docs) == 2
    assert [(b.origin.member, b.reason) for b in bad] == [("2.txt", Reason.ARCHIVE_LIMIT)]


def test_long_summary_stands_in_for_a_missing_page(tmp_path: Path) -> None:
    long_summary = " ".join([PARAGRAPH] * 3)
    item = ("<item><title>Summary story</title><link>http://news.example/elsewhere</link>"
            f"<description>{long_summary}</description></item>")
    teaser = ("<item><title>Teaser</title><link>http://news.example/teaser</link>"
              "<description>Ministers met.</description></item>")
    docs, bad = _split(list(iter_documents([write(tmp_path / "w.rss", rss([item, teaser]))])))
    assert [(d.title, d.text, d.metadata.get("feed_text")) for d in docs] == [
        ("Summary story", long_summary, "summary")]
    assert [b.reason for b in bad] == [Reason.NO_TEXT]


def test_warc_skips_redirects_and_error_pages(tmp_path: Path) -> None:
    import io

    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    out = io.BytesIO()
    writer = WARCWriter(out, gzip=False)
    for status, url in (("301 Moved Permanently", "http://x/old"), ("404 Not Found", "http://x/missing"),
                        ("200 OK", "http://x/story")):
        data = page(f"Page {url}").encode()
        headers = StatusAndHeaders(status, [("Content-Type", "text/html")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(data),
                                                      http_headers=headers, length=len(data)))
    docs, bad = _split(list(iter_documents([write(tmp_path / "s.warc", out.getvalue())])))
    assert [d.url for d in docs] == ["http://x/story"] and bad == []


def test_feed_links_remember_a_bounded_number_of_pages() -> None:
    from eventwire.ingest.feeds import FeedLinks, PendingItem
    from eventwire.model import Origin

    links = FeedLinks(max_seen=2)
    for i in range(3):
        links.resolve(RawDocument(text="t", origin=Origin("p"), url=f"http://x/{i}"))
    assert len(links.seen) == 2
    item = PendingItem(url="http://x/2/", origin=Origin("feed"), title="T", publish_date=None)
    assert links.want(item) is False  # the page already went by (trailing slash ignored)
    forgotten = PendingItem(url="http://x/0", origin=Origin("feed"), title="T", publish_date=None)
    assert links.want(forgotten) is True
    assert [d.reason for d in links.unresolved() if isinstance(d, Discard)] == [Reason.NO_TEXT]
