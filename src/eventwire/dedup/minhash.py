"""Near-duplicate articles: MinHash signatures over word shingles, LSH bands, an explicit index object.

The index keeps no module state: what it has seen lives in the object (articles added in this run and not
yet written) and behind a ``SignatureLookup`` (the store, queried by band hash). Hash functions are derived
from the seed with SHA-256, not a random generator, so signatures stay identical across NumPy versions and
a signature stored by one run compares with the next run's.
"""

from __future__ import annotations

import hashlib
import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

import numpy as np
import numpy.typing as npt

from ..config import DedupSettings
from ..errors import ConfigError
from .records import DuplicateOf, Signature, StoredSignature

__all__ = ["MinHasher", "NearDuplicateIndex", "SignatureLookup", "jaccard", "shingle_hashes"]

U64 = npt.NDArray[np.uint64]
_MERSENNE = np.uint64((1 << 61) - 1)
_MAX_HASH = np.uint64((1 << 32) - 1)
_WORD = re.compile(r"\w+")


class SignatureLookup(Protocol):
    """Where earlier signatures live (the store): the indexed signatures sharing any of ``bands``."""

    def signature_candidates(self, bands: Sequence[int]) -> list[StoredSignature]: ...


def shingle_hashes(text: str, size: int) -> U64:
    """32-bit hashes of the distinct word ``size``-grams of ``text`` (case-folded; punctuation ignored)."""
    words = _WORD.findall(text.casefold())
    grams = {" ".join(words[i:i + size]) for i in range(max(1, len(words) - size + 1))} if words else set()
    return np.fromiter((zlib.crc32(g.encode("utf-8")) for g in grams), dtype=np.uint64, count=len(grams))


def _seeded(seed: int, label: str, count: int, low: int) -> U64:
    values = [int.from_bytes(hashlib.sha256(f"{seed}:{label}:{i}".encode()).digest()[:4], "little")
              for i in range(count)]
    return np.array([max(low, v) for v in values], dtype=np.uint64)


def jaccard(a: bytes, b: bytes) -> float:
    """Estimated Jaccard similarity: the share of signature slots that agree."""
    left, right = np.frombuffer(a, dtype="<u8"), np.frombuffer(b, dtype="<u8")
    if len(left) != len(right) or not len(left):
        return 0.0
    return float(np.count_nonzero(left == right)) / len(left)


@dataclass(frozen=True, slots=True)
class MinHasher:
    """Seeded universal hashes ``(a*x + b) mod (2^61 - 1)``; inputs and a, b below 2^32 never overflow."""

    num_perm: int = 128
    bands: int = 16
    shingle: int = 5
    seed: int = 1
    _a: U64 = field(init=False, repr=False, compare=False)
    _b: U64 = field(init=False, repr=False, compare=False)
    _salt: bytes = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.num_perm < 1 or self.bands < 1 or self.num_perm % self.bands or self.shingle < 1:
            raise ConfigError(f"[dedup] num_perm ({self.num_perm}) must be a positive multiple of bands "
                              f"({self.bands}), shingle ({self.shingle}) positive")
        object.__setattr__(self, "_a", _seeded(self.seed, "a", self.num_perm, 1))
        object.__setattr__(self, "_b", _seeded(self.seed, "b", self.num_perm, 0))
        # Band hashes carry the parameters, so signatures made with other settings never collide.
        object.__setattr__(self, "_salt", f"{self.num_perm}:{self.bands}:{self.shingle}:{self.seed}:".encode())

    @classmethod
    def from_settings(cls, settings: DedupSettings) -> MinHasher:
        return cls(num_perm=settings.num_perm, bands=settings.bands, shingle=settings.shingle, seed=settings.seed)

    def signature(self, text: str) -> Signature | None:
        """The signature of ``text``, or None when it holds no word at all."""
        hashes = shingle_hashes(text, self.shingle)
        if not len(hashes):
            return None
        mins = (((hashes[:, None] * self._a + self._b) % _MERSENNE) & _MAX_HASH).min(axis=0).astype("<u8")
        return Signature(values=mins.tobytes(), bands=self.band_hashes(mins))

    def band_hashes(self, values: U64) -> tuple[int, ...]:
        rows = self.num_perm // self.bands
        return tuple(int.from_bytes(hashlib.blake2b(self._salt + bytes([i]) + values[i * rows:(i + 1) * rows]
                                                    .tobytes(), digest_size=8).digest(), "little", signed=True)
                     for i in range(self.bands))


@dataclass(slots=True)
class NearDuplicateIndex:
    """MinHash LSH over the articles seen so far: the store's (through ``lookup``) and this run's pending ones.

    ``clear_pending()`` drops this run's signatures once the store holds them, so memory stays bounded by a
    write batch however many articles a run reads.
    """

    settings: DedupSettings = field(default_factory=DedupSettings)
    lookup: SignatureLookup | None = None
    hasher: MinHasher = field(init=False)
    _by_band: dict[int, list[str]] = field(init=False, default_factory=dict)
    _pending: dict[str, StoredSignature] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.hasher = MinHasher.from_settings(self.settings)

    def signature(self, text: str) -> Signature | None:
        return self.hasher.signature(text)

    def check(self, article_id: str, signature: Signature) -> DuplicateOf | None:
        """The story ``signature`` copies: the most similar candidate at or above the threshold.

        Ties go to the smallest (root, article) id, so the answer does not depend on whether a candidate came
        from the store or from this run's pending signatures."""
        best: tuple[float, str, str] | None = None
        for cand in self._candidates(signature.bands):
            if cand.article_id == article_id:
                continue  # its own signature, left by an earlier run that crashed before storing it
            sim = jaccard(signature.values, cand.values)
            key = (-sim, cand.root_id, cand.article_id)
            if sim >= self.settings.threshold and (best is None or key < best):
                best = key
        return DuplicateOf(article_id=best[1], jaccard=-best[0], matched_id=best[2]) if best else None

    def add(self, article_id: str, signature: Signature, *, root_id: str | None = None) -> None:
        self._pending[article_id] = StoredSignature(article_id, root_id or article_id, signature.values)
        for band in signature.bands:
            self._by_band.setdefault(band, []).append(article_id)

    def check_and_add(self, article_id: str, text: str) -> DuplicateOf | None:
        """Is ``text`` a near-duplicate of an article seen before? It is remembered either way."""
        signature = self.signature(text)
        if signature is None:
            return None
        dup = self.check(article_id, signature)
        self.add(article_id, signature, root_id=dup.article_id if dup else None)
        return dup

    def clear_pending(self) -> None:
        self._by_band.clear()
        self._pending.clear()

    def _candidates(self, bands: Sequence[int]) -> list[StoredSignature]:
        stored = self.lookup.signature_candidates(bands) if self.lookup is not None else []
        seen = {s.article_id for s in stored}
        ids = dict.fromkeys(a for b in bands for a in self._by_band.get(b, ()) if a not in seen)
        return stored + [self._pending[a] for a in ids]
