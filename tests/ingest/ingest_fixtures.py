"""Builders for test inputs (pages, feeds, WARC records), written by the tests themselves."""

from __future__ import annotations

import io
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

PARAGRAPH = ("The foreign ministers of Turkey and Ukraine agreed on Tuesday to reopen the grain corridor "
             "through the Black Sea, officials in Ankara said after a meeting that lasted late into the night.")


def page(title: str, body: str = PARAGRAPH, *, canonical: str | None = None) -> str:
    link = f'<link rel="canonical" href="{canonical}">' if canonical else ""
    paragraphs = "".join(f"<p>{body} ({title}, part {i}).</p>" for i in range(3))
    return (f"<html><head><title>{title}</title>{link}</head><body><article><h1>{title}</h1>"
            f"{paragraphs}</article></body></html>")


def warc_bytes(pages: list[tuple[str, str]], *, gzip: bool = False, extra_image: bool = True) -> bytes:
    """A WARC with a request and an HTML response per page (and one image response)."""
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=gzip)
    for url, html in pages:
        request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
        writer.write_record(request)
        headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
        data = html.encode("utf-8")
        writer.write_record(writer.create_warc_record(url, "response", payload=io.BytesIO(data),
                                                      http_headers=headers, length=len(data)))
    if extra_image:
        headers = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("http://example.org/a.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG..."), http_headers=headers))
    return out.getvalue()


def rss(items: list[str]) -> str:
    return ('<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">'
            f"<channel><title>Wire</title>{''.join(items)}</channel></rss>")


def rss_item(title: str, link: str, content: str | None = None, date: str = "Tue, 05 Mar 2024 10:00:00 GMT") -> str:
    body = f"<content:encoded><![CDATA[{content}]]></content:encoded>" if content else ""
    return f"<item><title>{title}</title><link>{link}</link><pubDate>{date}</pubDate>{body}</item>"


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path
