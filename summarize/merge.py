"""Stage 6, merge: one briefing from all articles' points, each fact once with all its sources.

Points are grouped on the Arabic side (normalised, stemmed content words and numbers), so a
weak translation cannot split a group. Ordering is deterministic: most sources first, then the
most central, then source order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from summarize.arabic import content_keys
from summarize.briefing import Citation, Discrepancy, FigureQuote, Point, TranslatedArticle
from summarize.facts import Figure, SentenceRef, discrepancies, shared_facts
from summarize.summarizer import overlap

GROUP_MIN_OVERLAP = 0.5
GROUP_MIN_KEYS = 3


def split_unsupported(points: Sequence[Point], policy: str) -> tuple[list[Point], list[Point]]:
    """Key-point candidates, and the summary sentences set aside: those citing no source sentence
    at all, and with policy 'drop' every unsupported one. Set-aside sentences are still reported."""
    kept: list[Point] = []
    aside: list[Point] = []
    for point in points:
        cites_sentences = any(c.sentences for c in point.citations)
        (kept if cites_sentences and (point.supported or policy == "mark") else aside).append(point)
    return kept, aside


def merge(articles: Sequence[TranslatedArticle], points: Sequence[Point], lang: str) -> tuple[list[Point], list[Discrepancy]]:
    """Key points (summary points and facts shared across sources, each once) and discrepancies."""
    groups = shared_facts(articles)
    group_of = {(ref.source, ref.n): index for index, group in enumerate(groups) for ref in group}
    fact_points = [_fact_point(articles, group, lang) for group in groups]
    others: list[Point] = []
    for point in points:
        cited = [(c.source, n) for c in point.citations for n in c.sentences]
        hit = next((group_of[ref] for ref in cited if ref in group_of), None)
        if hit is None or point.method != "extractive":
            others.append(point)
        else:  # an extracted sentence of a shared fact: the fact, once, with all its sources
            fact_points[hit] = replace(fact_points[hit], score=max(fact_points[hit].score, point.score))
    return merge_points([*fact_points, *others]), [_discrepancy(articles, figures, lang) for figures in discrepancies(articles)]


def _fact_point(articles: Sequence[TranslatedArticle], group: list[SentenceRef], lang: str) -> Point:
    """A shared fact, worded by its most representative body sentence."""
    sentences = {ref: ref.pair_in(articles) for ref in group}
    keys = {ref: set(content_keys(s.ar)) for ref, s in sentences.items()}

    def representativeness(ref: SentenceRef) -> tuple[bool, float, int, int]:
        others = sum(overlap(keys[ref], keys[o]) for o in group if o.source != ref.source)
        return (sentences[ref].kind == "body", others, -ref.source, -ref.n)

    lead = sentences[max(group, key=representativeness)]
    text, alt = lead.sides(lang)
    by_source: dict[int, list[int]] = {}
    for ref in group:
        by_source.setdefault(ref.source, []).append(ref.n)
    citations = tuple(Citation(source, tuple(sorted(ns))) for source, ns in sorted(by_source.items()))
    return Point(text, alt, lead.ar, citations, "corroborated", True, 1.0)


def _discrepancy(articles: Sequence[TranslatedArticle], figures: Sequence[Figure], lang: str) -> Discrepancy:
    quotes = []
    for figure in figures:
        sentence = figure.ref.pair_in(articles)
        text, alt = sentence.sides(lang)
        quotes.append(FigureQuote(figure.ref.source, figure.ref.n, figure.value, text, alt))
    return Discrepancy(figures[0].quantity, tuple(quotes))


def merge_points(points: Sequence[Point]) -> list[Point]:
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


def _merge_group(members: list[Point]) -> Point:
    lead = max(members, key=lambda p: (p.score, -_first_citation(p)[0], -_first_citation(p)[1]))
    by_source: dict[int, set[int]] = {}
    for member in members:
        for citation in member.citations:
            by_source.setdefault(citation.source, set()).update(citation.sentences)
    citations = tuple(Citation(source, tuple(sorted(ns))) for source, ns in sorted(by_source.items()))
    return Point(lead.text, lead.text_alt, lead.arabic, citations, lead.method, lead.supported, lead.score)


def _first_citation(point: Point) -> tuple[int, int]:
    if not point.citations:
        return (10**9, 10**9)
    first = point.citations[0]
    return (first.source, first.sentences[0] if first.sentences else 0)


def headline(points: Sequence[Point], sources: Sequence[TranslatedArticle]) -> str:
    """The briefing's one-line lead: its best-corroborated point."""
    if points:
        return points[0].text
    return "No key points" if sources else "No articles"
