"""Size limits: bounded reads for single documents and a byte budget for decompressed archive streams."""

from __future__ import annotations

import io
from typing import BinaryIO, Protocol

from ..errors import InputError, Reason

__all__ = ["LimitedReader", "Readable", "archive_budget", "buffered", "read_limited"]

# Below this many decompressed bytes the ratio test is not applied: small, very repetitive files
# (a feed of identical items, a page of whitespace) legitimately compress 200x+ without being bombs.
RATIO_FLOOR = 4_000_000


def read_limited(stream: BinaryIO, limit: int, *, what: str = "document") -> bytes:
    """Read the whole stream, refusing (without reading further) anything over ``limit`` bytes."""
    data = stream.read(limit + 1)
    if len(data) > limit:
        raise InputError(f"{what} is larger than max_document_bytes ({limit:,} bytes)", reason=Reason.TOO_LARGE)
    return data


def archive_budget(compressed: int | None, *, max_bytes: int, max_ratio: int) -> int:
    """How many decompressed bytes an archive stream of ``compressed`` bytes may produce."""
    if compressed is None:
        return max_bytes
    return min(max_bytes, max(RATIO_FLOOR, compressed * max_ratio))


class Readable(Protocol):
    def read(self, size: int = -1, /) -> bytes: ...


class LimitedReader(io.RawIOBase):
    """A read-only stream that raises ``InputError(ARCHIVE_LIMIT)`` once more than ``budget`` bytes came out.

    Declared sizes in archives can lie, so the guard counts what is actually decompressed.
    """

    def __init__(self, inner: Readable, budget: int, *, label: str) -> None:
        super().__init__()
        self._inner = inner
        self._budget = budget
        self._label = label
        self.consumed = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        want = min(len(buffer), self._budget - self.consumed + 1)
        chunk = self._inner.read(want)
        self.consumed += len(chunk)
        if self.consumed > self._budget:
            raise InputError(
                f"{self._label} unpacks to more than {self._budget:,} bytes (archive limit: possible bomb)",
                reason=Reason.ARCHIVE_LIMIT,
            )
        buffer[: len(chunk)] = chunk
        return len(chunk)


def buffered(raw: io.RawIOBase) -> BinaryIO:
    return io.BufferedReader(raw, buffer_size=1 << 16)
