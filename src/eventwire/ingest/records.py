"""JSON, JSONL and CSV collections: one record per document, mapped through IngestSettings' field names."""

from __future__ import annotations

import codecs
import csv
import io
import json
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from ..config import IngestSettings
from ..errors import InputError, Reason
from ..model import Discard, Origin, RawDocument
from .dates import parse_date

__all__ = ["iter_csv", "iter_json", "iter_jsonl", "record_document"]

Item = RawDocument | Discard
_CHUNK = 1 << 20


def record_document(record: Mapping[str, object], origin: Origin, settings: IngestSettings,
                    fmt: str) -> RawDocument:
    """A mapped record to a RawDocument; raises InputError when the text field is missing or empty."""
    text = record.get(settings.text_field)
    if not isinstance(text, str):
        raise InputError(f"record has no text field {settings.text_field!r}", reason=Reason.MISSING_FIELD)
    if not text.strip():
        raise InputError(f"record's {settings.text_field!r} is empty", reason=Reason.EMPTY)
    if len(text) > settings.max_document_bytes:
        raise InputError("record text is larger than max_document_bytes", reason=Reason.TOO_LARGE)
    mapped = {settings.text_field, settings.id_field, settings.title_field, settings.url_field}
    metadata = {k: str(v) for k, v in record.items()
                if isinstance(k, str) and k not in mapped and isinstance(v, str | int | float | bool) and len(str(v)) < 2000}
    return RawDocument(
        text=text,
        origin=origin,
        doc_id=_optional_str(record.get(settings.id_field)),
        title=_optional_str(record.get(settings.title_field)),
        url=_optional_str(record.get(settings.url_field)),
        publish_date=parse_date(record.get(settings.date_field)),
        fmt=fmt,
        metadata=metadata,
    )


def _optional_str(value: object) -> str | None:
    if value is None or isinstance(value, dict | list) or str(value).strip() == "":
        return None
    return str(value)


def _record_item(record: object, origin: Origin, settings: IngestSettings, fmt: str) -> Item:
    if not isinstance(record, dict):
        return Discard(origin, Reason.MALFORMED, f"record is a JSON {type(record).__name__}, not an object")
    try:
        return record_document(record, origin, settings, fmt)
    except InputError as exc:
        doc_id = _optional_str(record.get(settings.id_field))
        return Discard(origin, exc.reason, exc.message, doc_id=doc_id)


def iter_jsonl(stream: BinaryIO, origin: Origin, settings: IngestSettings) -> Iterator[Item]:
    """One record per line, streamed; a bad line becomes a Discard at its line number, the rest go on."""
    limit = settings.max_document_bytes
    for number, line in enumerate(_lines(stream, limit), start=1):
        where = Origin(origin.source, origin.member, number)
        if line is None:
            yield Discard(where, Reason.TOO_LARGE, f"line {number} is larger than max_document_bytes")
            continue
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
            yield Discard(where, Reason.MALFORMED, f"line {number} is not valid JSON: {exc}")
            continue
        yield _record_item(record, where, settings, "jsonl")


def _lines(stream: BinaryIO, limit: int) -> Iterator[bytes | None]:
    """Lines of at most ``limit`` bytes; a longer line is skipped in chunks (never held) and yields None."""
    while True:
        line = stream.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def iter_json(stream: BinaryIO, origin: Origin, settings: IngestSettings) -> Iterator[Item]:
    """A JSON file: one object, or an array of objects streamed element by element (bounded memory)."""
    text = _chunks(stream)
    buffer = next(text, "").lstrip("\ufeff \t\r\n")
    if not buffer.startswith("["):
        whole = buffer + "".join(_bounded(text, settings.max_document_bytes - len(buffer)))
        yield _record_item(_loads(whole), Origin(origin.source, origin.member, 0), settings, "json")
        return
    for index, record in enumerate(_array_elements(buffer[1:], text, settings.max_document_bytes)):
        yield _record_item(record, Origin(origin.source, origin.member, index), settings, "json")


def _loads(text: str) -> object:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise InputError(f"not valid JSON: {exc}", reason=Reason.MALFORMED) from exc


def _chunks(stream: BinaryIO) -> Iterator[str]:
    decoder = codecs.getincrementaldecoder("utf-8")()
    while chunk := stream.read(_CHUNK):
        yield decoder.decode(chunk)
    yield decoder.decode(b"", final=True)


def _bounded(chunks: Iterator[str], budget: int) -> Iterator[str]:
    for chunk in chunks:
        budget -= len(chunk)
        if budget < 0:
            raise InputError("JSON object is larger than max_document_bytes", reason=Reason.TOO_LARGE)
        yield chunk


def _array_elements(buffer: str, chunks: Iterator[str], limit: int) -> Iterator[object]:
    """Elements of a JSON array whose opening bracket is consumed; reads more text only when needed."""
    decoder, pos = json.JSONDecoder(), 0
    while True:
        pos = _skip_separators(buffer, pos)
        if pos < len(buffer) and buffer[pos] == "]":
            return
        try:
            element, end = decoder.raw_decode(buffer, pos)
        except ValueError:
            end = -1  # incomplete (more text needed) or malformed (more text will not help)
        if end >= 0:
            yield element
            pos = end
            continue
        more = next(chunks, None)
        if more is None:
            raise InputError("JSON array is malformed or truncated", reason=Reason.MALFORMED)
        buffer, pos = buffer[pos:] + more, 0
        if len(buffer) > limit + _CHUNK:
            raise InputError("JSON array element is malformed or larger than max_document_bytes",
                             reason=Reason.MALFORMED)


def _skip_separators(buffer: str, pos: int) -> int:
    while pos < len(buffer) and buffer[pos] in " \t\r\n,":
        pos += 1
    return pos
def iter_csv(stream: BinaryIO, origin: Origin, settings: IngestSettings, *,
             delimiter: str = ",") -> Iterator[Item]:
    """CSV with a header row; a missing text column is one Discard for the file, a bad row one for the row."""
    # csv's field limit is process-wide; raising it to the document limit is idempotent and never lowers it.
    csv.field_size_limit(max(csv.field_size_limit(), settings.max_document_bytes))
    text = io.TextIOWrapper(stream, encoding="utf-8-sig", newline="")
    reader = csv.DictReader(text, delimiter=delimiter)
    header = reader.fieldnames or []
    if settings.text_field not in header:
        raise InputError(f"CSV has no text column {settings.text_field!r} (columns: {', '.join(header)})",
                         reason=Reason.MISSING_FIELD)
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            reason = Reason.TOO_LARGE if "field limit" in str(exc) else Reason.MALFORMED
            yield Discard(Origin(origin.source, origin.member, reader.line_num), reason, f"bad CSV row: {exc}")
            continue
        yield _record_item(dict(row), Origin(origin.source, origin.member, reader.line_num), settings, "csv")
