"""Records of the dedup stage: MinHash signatures, duplicate links, and results that carry them to the store."""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Result

__all__ = ["Deduped", "DuplicateOf", "Signature", "StoredSignature"]


@dataclass(frozen=True, slots=True)
class Signature:
    """A MinHash signature (``num_perm`` little-endian uint64 values) and its LSH band hashes."""

    values: bytes
    bands: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class DuplicateOf:
    """An article is a near-duplicate of ``article_id`` (the earliest stored copy of the story).

    ``matched_id`` is the stored article it resembled most, ``jaccard`` the estimated similarity to it.
    """

    article_id: str
    jaccard: float
    matched_id: str


@dataclass(frozen=True, slots=True)
class StoredSignature:
    """A signature already indexed: its article, the root of that article's story, the signature bytes."""

    article_id: str
    root_id: str
    values: bytes


@dataclass(frozen=True, slots=True)
class Deduped:
    """A coded result with its signature and, for a near-duplicate, the story it copies."""

    result: Result
    signature: Signature | None
    duplicate_of: DuplicateOf | None = None

    @property
    def root_id(self) -> str:
        return self.duplicate_of.article_id if self.duplicate_of else self.result.article.id
