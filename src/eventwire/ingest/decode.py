"""Bytes to text: UTF-8 first, a detected charset only when the detector is confident, else quarantine."""

from __future__ import annotations

import codecs
import unicodedata

from charset_normalizer import from_bytes

from ..errors import InputError, Reason

__all__ = ["decode_text", "looks_binary", "check_not_empty"]

# Magic numbers of common binary formats that are not NUL-heavy in their first bytes.
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"PK\x03\x04", b"\x7fELF", b"\x1f\x8b")
_SNIFF_BYTES = 8192
# charset-normalizer "chaos" (mess ratio) above which a guess is not trusted (0.0 is clean text), and the
# language coherence below which it is not: garbage bytes often decode "cleanly" in some DOS code page.
_MAX_CHAOS = 0.02
_MIN_COHERENCE = 0.5
# Real text has next to no control/unassigned/private-use/surrogate characters; 1% allows stray ones.
_ODD_CATEGORIES = frozenset({"Cc", "Cn", "Co", "Cs"})
_MAX_ODD_SHARE = 0.01


def looks_binary(data: bytes) -> bool:
    """NUL bytes or a known binary signature in the first 8 KB (UTF-16 with a BOM is text)."""
    head = data[:_SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return b"\x00" in head or head.startswith(_BINARY_MAGIC)


def check_not_empty(data: bytes) -> None:
    if not data.strip():
        raise InputError("the input is empty", reason=Reason.EMPTY)


def decode_text(data: bytes) -> str:
    """Decode a document: UTF-8 (BOM stripped), UTF-16 with a BOM, or a confident charset guess."""
    check_not_empty(data)
    if looks_binary(data):
        raise InputError("the input is binary, not text", reason=Reason.BINARY)
    if data.startswith(codecs.BOM_UTF8):
        data = data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _plausible(_strict(data, "utf-16", "starts with a UTF-16 byte-order mark but is not UTF-16"),
                          "utf-16")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        return _fallback(data, exc)


def _strict(data: bytes, encoding: str, what: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise InputError(f"{what} ({exc.reason} at byte {exc.start})", reason=Reason.ENCODING) from exc


def _plausible(text: str, encoding: str) -> str:
    """Reject a decoding full of control, unassigned or private-use characters (bytes read as the wrong code)."""
    sample = text[:100_000]
    odd = sum(1 for ch in sample if ch not in "\t\n\r\f" and unicodedata.category(ch) in _ODD_CATEGORIES)
    if odd > _MAX_ODD_SHARE * max(1, len(sample)):
        raise InputError(f"decoding as {encoding} gives {odd} control or unassigned characters; not text",
                         reason=Reason.ENCODING)
    return text


def _fallback(data: bytes, exc: UnicodeDecodeError) -> str:
    best = from_bytes(data[:1_000_000]).best()
    if best is None or best.chaos > _MAX_CHAOS or best.coherence < _MIN_COHERENCE:
        raise InputError(
            f"invalid UTF-8 at byte {exc.start} and no confident charset guess", reason=Reason.ENCODING
        ) from exc
    try:
        return _plausible(data.decode(best.encoding), best.encoding)
    except (UnicodeDecodeError, LookupError) as err:
        raise InputError(f"invalid UTF-8 at byte {exc.start}; {best.encoding} fails too",
                         reason=Reason.ENCODING) from err
