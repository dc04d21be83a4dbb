"""Near-duplicate reports: one wire story republished by many outlets.

Each document's text becomes a set of word shingles (``SHINGLE`` words, lower
case), summarised by a MinHash signature (``NUM_PERM`` permutations, datasketch).
MinHash LSH finds candidate pairs without comparing all pairs; a candidate is a
duplicate when its estimated Jaccard similarity is at least ``THRESHOLD``.
Duplicates form clusters (union-find); each cluster's *canonical* document is
the earliest published (then the smallest id), and the others point to it.
Incident source counts and contradictions count a cluster as one source.

Signatures are plain bytes (``signature_bytes``) so the ledger can store them
once per document and re-cluster without re-reading texts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
SHINGLE = 5
SCHEME = "affine32"  # datasketch >= 2 permutation scheme; signatures are uint32
THRESHOLD = 0.6  # estimated Jaccard of word 5-shingles

_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, k: int = SHINGLE) -> set[bytes]:
    """Word ``k``-grams of the lower-cased text, as UTF-8 bytes."""
    words = _WORD.findall(text.lower())
    if len(words) < k:
        return {" ".join(words).encode("utf-8")} if words else set()
    return {" ".join(words[i : i + k]).encode("utf-8") for i in range(len(words) - k + 1)}


def signature(text: str) -> MinHash:
    m = MinHash(num_perm=NUM_PERM, scheme=SCHEME)
    sh = shingles(text)
    if sh:
        m.update_batch(list(sh))
    return m


def signature_bytes(text: str) -> bytes:
    return signature(text).hashvalues.astype(np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    return MinHash(num_perm=NUM_PERM, scheme=SCHEME, hashvalues=np.frombuffer(data, dtype=np.uint32).copy())


@dataclass(frozen=True)
class DocSig:
    id: str
    published: str | None
    signature: bytes


@dataclass(frozen=True)
class Duplicate:
    document: str
    canonical: str
    similarity: float


def cluster(docs: Iterable[DocSig], threshold: float = THRESHOLD) -> list[Duplicate]:
    """Near-duplicate clusters: one :class:`Duplicate` per non-canonical document."""
    items = list(docs)
    lsh = MinHashLSH(threshold=threshold, num_perm=NUM_PERM)
    mins: list[MinHash] = []
    parent = list(range(len(items)))
    best: dict[int, float] = {}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index = {}
    for i, d in enumerate(items):
        m = from_bytes(d.signature)
        mins.append(m)
        if d.id in index:
            continue
        for key in lsh.query(m):
            j = index[key]
            sim = m.jaccard(mins[j])
            if sim >= threshold:
                best[i] = max(best.get(i, 0.0), sim)
                best[j] = max(best.get(j, 0.0), sim)
                ri, rj = find(i), find(j)
                if ri != rj:
                    parent[ri] = rj
        lsh.insert(d.id, m)
        index[d.id] = i

    clusters: dict[int, list[int]] = {}
    for i in index.values():
        clusters.setdefault(find(i), []).append(i)
    out: list[Duplicate] = []
    for members in clusters.values():
        if len(members) < 2:
            continue
        members.sort(key=lambda i: (items[i].published or "9999", items[i].id))
        head = members[0]
        for i in members[1:]:
            sim = mins[i].jaccard(mins[head])
            out.append(Duplicate(items[i].id, items[head].id, round(max(sim, 0.0), 3)))
    out.sort(key=lambda d: (d.canonical, d.document))
    return out


def find_duplicates(docs: Iterable[tuple[str, str, str | None]], threshold: float = THRESHOLD) -> list[Duplicate]:
    """``(id, text, published)`` triples to near-duplicate links (convenience)."""
    return cluster((DocSig(i, p, signature_bytes(t)) for i, t, p in docs), threshold)
