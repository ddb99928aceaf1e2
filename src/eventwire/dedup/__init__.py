"""Dedup stage: near-duplicate articles (MinHash LSH) and clusters of events reported by several articles."""

from __future__ import annotations

from .minhash import MinHasher, NearDuplicateIndex, SignatureLookup, jaccard, shingle_hashes
from .records import Deduped, DuplicateOf, Signature, StoredSignature

__all__ = ["Deduped", "DuplicateOf", "MinHasher", "NearDuplicateIndex", "Signature", "SignatureLookup",
           "StoredSignature", "jaccard", "shingle_hashes"]
