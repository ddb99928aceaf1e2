"""Issue 6: every bad input becomes a Discard with a reason code; every valid sibling is still yielded."""

from __future__ import annotations

import gzip
import json
import os
import zipfile
from pathlib import Path

import pytest
from ingest_fixtures import page, rss, rss_item, warc_bytes, write

from eventwire.config import IngestSettings
from eventwire.errors import Reason
from eventwire.ingest import iter_documents
from eventwire.model import Discard, RawDocument

GOOD_TEXT = "A valid sibling document with enough words to count as text."


def _incompressible_lines(count: int) -> bytes:
    # Distinct lines so that gzip cannot shrink them much (a truncation then cuts real records).
    return b"".join(json.dumps({"id": i, "text": f"Story {i} " + os.urandom(40).hex()}).encode() + b"\n"
                    for i in range(count))


def _zip_bomb(path: Path) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("ok.txt", GOOD_TEXT)
        with archive.open("bomb.txt", "w") as member:
            block = b"\0" * (1 << 20)
            for _ in range(64):
                member.write(block)
    return path


def _bad_batch(root: Path) -> dict[str, set[str]]:
    """Write the bad inputs of issue 6; return each file's expected reason codes."""
    write(root / "good.txt", GOOD_TEXT)
    write(root / "empty.txt", b"")
    write(root / "binary.txt", bytes(range(256)) * 8)
    write(root / "invalid.txt", b"Hello \xc3\x28 world \xa0\xa1 and \xff\xfe\xfa more text here \x81\x8d\x8f" * 3)
    write(root / "utf16-garbage.txt", b"\xff\xfe" + bytes(range(1, 200)) * 4)
    write(root / "latin1.txt", b"The caf\xe9 owners met the minister on Tuesday to discuss the new rules again.")
    write(root / "huge.txt", b"x" * (50 * 1024 * 1024))
    write(root / "huge-line.jsonl", b'{"text": "' + b"y" * (30 * 1024 * 1024) + b'"}\n{"text": "After the huge line."}\n')
    packed = gzip.compress(_incompressible_lines(4000))
    write(root / "truncated.jsonl.gz", packed[: len(packed) // 2])
    pages = [(f"http://news.example/{i}", page(f"Story {i}")) for i in range(3)]
    full = warc_bytes(pages)
    write(root / "truncated.warc", full[: len(full) - 900])
    write(root / "nobody.html", "<html><head><title>Only a head</title></head></html>")
    write(root / "broken.rss", rss([rss_item("A", "http://x/a")])[:-40] + "<item><title>")
    write(root / "mixed.jsonl", '{"text": "Good line one."}\n{"text": \n{"id": 3}\n{"text": "Good line four."}\n')
    write(root / "no-text-column.csv", "id,title\n1,Headline only\n")
    write(root / "strange.docx", b"PK\x03\x04whatever")
    _zip_bomb(root / "bomb.zip")
    write(root / "bomb.txt.gz", gzip.compress(b"\0" * (60 * 1024 * 1024), compresslevel=9))
    return {
        "empty.txt": {Reason.EMPTY}, "binary.txt": {Reason.BINARY}, "invalid.txt": {Reason.ENCODING},
        "utf16-garbage.txt": {Reason.ENCODING},
        "huge.txt": {Reason.TOO_LARGE}, "huge-line.jsonl": {Reason.TOO_LARGE},
        "truncated.jsonl.gz": {Reason.MALFORMED}, "truncated.warc": {Reason.MALFORMED},
        "nobody.html": {Reason.NO_TEXT}, "broken.rss": {Reason.MALFORMED, Reason.NO_TEXT},
        "mixed.jsonl": {Reason.MALFORMED, Reason.MISSING_FIELD},
        "no-text-column.csv": {Reason.MISSING_FIELD}, "strange.docx": {Reason.UNKNOWN_FORMAT},
        "bomb.zip": {Reason.ARCHIVE_LIMIT}, "bomb.txt.gz": {Reason.ARCHIVE_LIMIT},
    }


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, set[str]], list[RawDocument | Discard]]:
    root = tmp_path_factory.mktemp("bad")
    expected = _bad_batch(root)
    return expected, list(iter_documents([root]))


def test_every_bad_input_has_its_reason(batch: tuple[dict[str, set[str]], list[RawDocument | Discard]]) -> None:
    expected, items = batch
    found: dict[str, set[str]] = {}
    for item in items:
        if isinstance(item, Discard):
            found.setdefault(Path(item.origin.source).name, set()).add(item.reason)
            assert item.message and "\n" not in item.message
    assert found == expected


def test_valid_siblings_survive(batch: tuple[dict[str, set[str]], list[RawDocument | Discard]]) -> None:
    _, items = batch
    docs = [i for i in items if isinstance(i, RawDocument)]
    by_file: dict[str, list[str]] = {}
    for doc in docs:
        by_file.setdefault(Path(doc.origin.source).name, []).append(doc.text)
    assert by_file["good.txt"] == [GOOD_TEXT]
    assert by_file["bomb.zip"] == [GOOD_TEXT]  # the archive's sane member
    assert by_file["latin1.txt"][0].startswith("The café owners")  # confident charset fallback
    assert by_file["mixed.jsonl"] == ["Good line one.", "Good line four."]
    assert by_file["huge-line.jsonl"] == ["After the huge line."]
    assert len(by_file["truncated.warc"]) == 2
    assert 0 < len(by_file["truncated.jsonl.gz"]) < 4000


def test_jsonl_bad_lines_carry_their_line_number(
        batch: tuple[dict[str, set[str]], list[RawDocument | Discard]]) -> None:
    _, items = batch
    offsets = [(i.origin.offset, i.reason) for i in items
               if isinstance(i, Discard) and i.origin.source.endswith("mixed.jsonl")]
    assert offsets == [(2, Reason.MALFORMED), (3, Reason.MISSING_FIELD)]


def test_limits_come_from_settings(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", "x" * 2000)
    [item] = list(iter_documents([tmp_path / "a.txt"], settings=IngestSettings(max_document_bytes=1000)))
    assert isinstance(item, Discard) and item.reason == Reason.TOO_LARGE


def test_symlink_out_of_the_folder_is_not_followed(tmp_path: Path) -> None:
    outside = write(tmp_path / "outside" / "secret.txt", "Secret text outside the input folder.")
    inside = tmp_path / "input"
    write(inside / "ok.txt", GOOD_TEXT)
    (inside / "link.txt").symlink_to(outside)
    (inside / "linkdir").symlink_to(outside.parent, target_is_directory=True)
    (inside / "internal.txt").symlink_to(inside / "ok.txt")
    items = list(iter_documents([inside]))
    texts = [i.text for i in items if isinstance(i, RawDocument)]
    assert texts == [GOOD_TEXT, GOOD_TEXT]
    assert sorted((Path(i.origin.source).name, i.reason) for i in items if isinstance(i, Discard)) == [
        ("link.txt", Reason.SYMLINK), ("linkdir", Reason.SYMLINK)]


def test_fifo_and_dangling_link_do_not_block(tmp_path: Path) -> None:
    write(tmp_path / "ok.txt", GOOD_TEXT)
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "missing.txt")
    items = list(iter_documents([tmp_path]))
    assert [i.text for i in items if isinstance(i, RawDocument)] == [GOOD_TEXT]
    assert sorted((Path(i.origin.source).name, i.reason) for i in items if isinstance(i, Discard)) == [
        ("dangling.txt", Reason.UNREADABLE), ("pipe.txt", Reason.UNREADABLE)]


def test_a_pipe_named_on_the_command_line_is_read(tmp_path: Path) -> None:
    import threading

    fifo = tmp_path / "63"
    os.mkfifo(fifo)

    def feed() -> None:
        with fifo.open("wb") as out:
            out.write(b'{"text": "Through a pipe."}\n')

    writer = threading.Thread(target=feed)
    writer.start()
    [doc] = list(iter_documents([fifo]))
    writer.join()
    assert isinstance(doc, RawDocument) and doc.text == "Through a pipe." and doc.fmt == "jsonl"
