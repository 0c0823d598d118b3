"""Finding what matches what without comparing every pair: the shared tools of copy detection
and fact and point matching.

Comparing all pairs of n items costs n², and a day's folder has 10,000 articles and 300,000
sentences. Small inputs are compared exhaustively; large ones through MinHash locality-sensitive
hashing (Broder 1997; Leskovec, Rajaraman and Ullman, Mining of Massive Datasets, ch. 3), with
exact duplicates collapsed first and matches joined by a disjoint-set forest.
"""

from __future__ import annotations

import zlib
from collections.abc import Hashable, Iterable, Iterator, Sequence
from typing import Any, Generic, TypeVar

T = TypeVar("T", bound=Hashable)
MINHASH_SEED = 20261123
MINHASH_CHUNK = 512


class DisjointSets(Generic[T]):
    """Union-find with path halving; `groups()` lists the sets in order of their first member."""

    def __init__(self, items: Sequence[T] = ()) -> None:
        self._parent: dict[T, T] = {item: item for item in items}

    def find(self, item: T) -> T:
        parent = self._parent
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    def union(self, a: T, b: T) -> T:
        """Join the sets of `a` and `b`; the root of `a`'s set stays the root."""
        root_a, root_b = self.find(a), self.find(b)
        if root_a != root_b:
            self._parent[root_b] = root_a
        return root_a

    def groups(self) -> list[list[T]]:
        by_root: dict[T, list[T]] = {}
        for item in self._parent:
            by_root.setdefault(self.find(item), []).append(item)
        return list(by_root.values())


def overlap(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """Overlap coefficient: shared keys over the smaller set."""
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def jaccard(a: set[str] | frozenset[str], b: set[str] | frozenset[str]) -> float:
    """Jaccard similarity: shared keys over all keys of both sets."""
    shared = len(a & b)
    return shared / (len(a) + len(b) - shared) if shared else 0.0


def pairs_to_compare(
    key_sets: Sequence[frozenset[str]], exhaustive_limit: int = 400, bands: int = 8, rows: int = 2
) -> Iterator[tuple[int, int]]:
    """Pairs (i, j), i < j, worth comparing: all of them for up to `exhaustive_limit` items, else the
    pairs MinHash locality-sensitive hashing proposes (each produced once).

    With `bands` bands of `rows` hashes, two sets of Jaccard similarity s meet in some band with
    probability 1 - (1 - s^rows)^bands (0.35 gives 0.65, 0.5 gives 0.90, 0.7 gives 0.995 with the
    defaults). Within a bucket each member is paired with the bucket's first member only, so a
    bucket of a thousand paraphrases costs a thousand comparisons, not half a million; the caller
    joins matches transitively.
    """
    count = len(key_sets)
    if count <= exhaustive_limit:
        for i in range(count):
            for j in range(i + 1, count):
                yield i, j
        return
    yield from lsh_candidates(key_sets, bands, rows)


def lsh_candidates(key_sets: Sequence[frozenset[str]], bands: int, rows: int) -> Iterator[tuple[int, int]]:
    """Pairs (first, i) of items whose MinHash signatures agree on all `rows` values of some band,
    `first` being the first item of that band's bucket; each pair once, empty sets never."""
    signatures = minhash_signatures(key_sets, bands * rows)
    seen: set[tuple[int, int]] = set()
    for band in range(bands):
        first_of: dict[bytes, int] = {}
        block = signatures[:, band * rows : (band + 1) * rows]
        for index, keys in enumerate(key_sets):
            if not keys:
                continue
            first = first_of.setdefault(block[index].tobytes(), index)
            if first != index and (first, index) not in seen:
                seen.add((first, index))
                yield first, index


def minhash_signatures(key_sets: Sequence[Iterable[str]], size: int) -> Any:
    """A (len(key_sets), size) array of MinHash values (multiply-shift hashing of CRC-32 key hashes;
    fixed seeds, so signatures are the same in every run). An empty set gets all-maximum values.
    Sets are hashed MINHASH_CHUNK at a time, so memory stays small for any number of them."""
    import numpy as np

    rng = np.random.default_rng(MINHASH_SEED)
    multipliers = rng.integers(1, 2**63, size=size, dtype=np.uint64) | np.uint64(1)
    increments = rng.integers(0, 2**63, size=size, dtype=np.uint64)
    signatures = np.full((len(key_sets), size), np.iinfo(np.uint64).max, dtype=np.uint64)
    for start in range(0, len(key_sets), MINHASH_CHUNK):
        hashes: list[int] = []
        rows: list[int] = []
        offsets: list[int] = []
        for row, keys in enumerate(key_sets[start : start + MINHASH_CHUNK], start=start):
            before = len(hashes)
            hashes.extend(zlib.crc32(key.encode("utf-8", "surrogatepass")) for key in keys)
            if len(hashes) > before:
                rows.append(row)
                offsets.append(before)
        if not hashes:
            continue
        values = np.asarray(hashes, dtype=np.uint64)
        with np.errstate(over="ignore"):
            mixed = (multipliers[:, None] * values[None, :] + increments[:, None]) >> np.uint64(32)
        signatures[rows] = np.minimum.reduceat(mixed, np.asarray(offsets, dtype=np.int64), axis=1).T
    return signatures


def distinct(key_sets: Sequence[frozenset[str]]) -> tuple[list[frozenset[str]], list[int]]:
    """The distinct key sets, and for each input the index of its distinct set."""
    index_of: dict[frozenset[str], int] = {}
    of_input = [index_of.setdefault(keys, len(index_of)) for keys in key_sets]
    return list(index_of), of_input
