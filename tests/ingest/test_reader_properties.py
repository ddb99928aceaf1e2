"""Property tests: readers never crash on arbitrary bytes and round-trip what they are given."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.errors import InputError
from eventwire.ingest import iter_documents
from eventwire.ingest.decode import decode_text
from eventwire.model import Discard, RawDocument

EXTENSIONS = (".txt", ".html", ".json", ".jsonl", ".csv", ".rss", ".warc", ".warc.gz", ".gz", ".zip")
# Text without NUL/control characters (those make a file binary on purpose).
TEXT = st.text(st.characters(blacklist_categories=("Cc", "Cs")), min_size=1, max_size=200)
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _run(name: str, data: bytes) -> list[RawDocument | Discard]:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(data)
        return list(iter_documents([path]))


@FAST
@given(data=st.binary(max_size=2000), ext=st.sampled_from(EXTENSIONS))
def test_arbitrary_bytes_never_crash(data: bytes, ext: str) -> None:
    items = _run("input" + ext, data)
    assert all(isinstance(i, RawDocument | Discard) for i in items)
    for item in items:
        if isinstance(item, Discard):
            assert item.reason and item.message


@FAST
@given(texts=st.lists(st.one_of(TEXT, st.none()), max_size=12))
def test_jsonl_yields_each_record_in_order(texts: list[str | None]) -> None:
    lines = [json.dumps({"id": i, "text": t} if t is not None else {"id": i}) for i, t in enumerate(texts)]
    items = _run("batch.jsonl", ("\n".join(lines) + "\n").encode("utf-8"))
    assert len(items) == len(texts)
    for i, (item, text) in enumerate(zip(items, texts, strict=True)):
        assert item.origin.offset == i + 1
        if text is not None and text.strip():
            assert isinstance(item, RawDocument) and item.text == text and item.doc_id == str(i)
        else:
            assert isinstance(item, Discard)


@FAST
@given(texts=st.lists(TEXT.filter(lambda t: t.strip() != ""), min_size=1, max_size=8))
def test_csv_round_trip(texts: list[str]) -> None:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["id", "text"])
    writer.writerows([i, t] for i, t in enumerate(texts))
    items = _run("batch.csv", out.getvalue().encode("utf-8"))
    assert [i.text for i in items if isinstance(i, RawDocument)] == texts


@FAST
@given(text=TEXT.filter(lambda t: t.strip() != ""))
def test_utf8_text_decodes_to_itself(text: str) -> None:
    try:
        assert decode_text(text.encode("utf-8")) == text.removeprefix("\ufeff")
    except InputError:
        # Only a text that happens to start with a binary signature may be refused.
        assert text.encode("utf-8")[:4] in (b"%PDF", b"GIF8") or text.startswith(("\x7fELF",))


def _valid_inputs() -> dict[str, bytes]:
    import gzip
    import zipfile

    from ingest_fixtures import page, rss, rss_item, warc_bytes

    pages = [(f"http://news.example/{i}", page(f"Story {i}")) for i in range(2)]
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("a.txt", "Zipped text document.")
        archive.writestr("b.jsonl", '{"text": "Zipped JSON line."}\n')
    return {
        "x.warc": warc_bytes(pages), "x.warc.gz": warc_bytes(pages, gzip=True), "x.zip": packed.getvalue(),
        "x.jsonl.gz": gzip.compress(b'{"text": "one"}\n{"text": "two"}\n'),
        "x.rss": rss([rss_item("A", "http://x/a", content="<p>Body text.</p>")]).encode(),
        "x.html": page("Story").encode(), "x.csv": b"id,text\n1,hello\n2,world\n",
    }


VALID = _valid_inputs()


@FAST
@given(name=st.sampled_from(sorted(VALID)), cut=st.floats(0.0, 1.0), flips=st.lists(
    st.tuples(st.floats(0.0, 1.0), st.integers(0, 255)), max_size=4))
def test_damaged_inputs_never_crash(name: str, cut: float, flips: list[tuple[float, int]]) -> None:
    data = bytearray(VALID[name][: max(1, int(len(VALID[name]) * cut))])
    for where, value in flips:
        data[min(len(data) - 1, int(len(data) * where))] = value
    items = _run(name, bytes(data))
    assert all(isinstance(i, RawDocument | Discard) for i in items)
