"""Stage 6, merge: one briefing from all articles' points, each fact once with all its sources.

Points are grouped on the Arabic side (normalised, stemmed content words and numbers), so a
weak translation cannot split a group. Ordering is deterministic: most sources first, then the
most central, then source order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from summarize.arabic import content_keys
from summarize.errors import InputError
from summarize.summarizer import Citation, Point, overlap
from summarize.translate import TranslatedArticle

GROUP_MIN_OVERLAP = 0.5
GROUP_MIN_KEYS = 3


@dataclass(frozen=True)
class KeyPoint:
    text: str
    text_alt: str
    citations: tuple[Citation, ...]
    method: str
    supported: bool
    score: float

    @property
    def source_count(self) -> int:
        return len({c.source for c in self.citations})


@dataclass(frozen=True)
class Briefing:
    lang: str
    headline: str
    points: tuple[KeyPoint, ...]
    sources: tuple[TranslatedArticle, ...]
    problems: tuple[InputError, ...]
    provenance: dict[str, Any] = field(default_factory=dict)


def merge_points(points: Sequence[Point]) -> list[KeyPoint]:
    """Group points that state the same fact and order the groups."""
    keys = [set(content_keys(p.arabic)) for p in points]
    parent = list(range(len(points)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(points)):
        for j in range(i + 1, len(points)):
            if min(len(keys[i]), len(keys[j])) >= GROUP_MIN_KEYS and overlap(keys[i], keys[j]) >= GROUP_MIN_OVERLAP:
                parent[root(j)] = root(i)
    groups: dict[int, list[Point]] = {}
    for i, point in enumerate(points):
        groups.setdefault(root(i), []).append(point)
    merged = [_merge_group(members) for members in groups.values()]
    return sorted(merged, key=lambda p: (-p.source_count, -p.score, _first_citation(p)))


def _merge_group(members: list[Point]) -> KeyPoint:
    lead = max(members, key=lambda p: (p.score, -_first_citation(p)[0], -_first_citation(p)[1]))
    by_source: dict[int, set[int]] = {}
    for member in members:
        for citation in member.citations:
            by_source.setdefault(citation.source, set()).update(citation.sentences)
    citations = tuple(Citation(source, tuple(sorted(ns))) for source, ns in sorted(by_source.items()))
    return KeyPoint(lead.text, lead.text_alt, citations, lead.method, lead.supported, lead.score)


def _first_citation(point: Point | KeyPoint) -> tuple[int, int]:
    if not point.citations:
        return (10**9, 10**9)
    first = point.citations[0]
    return (first.source, first.sentences[0] if first.sentences else 0)


def headline(points: Sequence[KeyPoint], sources: Sequence[TranslatedArticle]) -> str:
    """The briefing's one-line lead: its best-corroborated point."""
    if points:
        return points[0].text
    return "No key points" if sources else "No articles"
