"""Stage 8, merge: each story's key points, each fact once with all its independent sources, and
its discrepancies; then the stories in order.

Points are grouped on the Arabic side (normalised, stemmed content words and numbers), so a
weak translation cannot split a group. Facts and discrepancies are looked for inside a story
only, among articles that are not copies. Ordering is deterministic: within a story, most
sources first, then the most central, then source order; stories by independent sources, then
the latest date they give, then their first article.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from summarize.arabic import content_keys
from summarize.briefing import Citation, Discrepancy, FigureQuote, Point, Story, TranslatedArticle
from summarize.dates import date_range
from summarize.facts import Figure, SentenceRef, discrepancies, shared_facts
from summarize.matching import DisjointSets, overlap, pairs_to_compare
from summarize.stories import StoryGroup

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


def build_stories(
    articles: Sequence[TranslatedArticle],
    groups: Sequence[StoryGroup],
    points: Sequence[Point],
    unsupported: Sequence[Point],
    lang: str,
) -> list[Story]:
    """The stories of a briefing, ordered and numbered from 1. `articles` are all of the run's articles
    (copies included, see `TranslatedArticle.duplicate_of`); `groups` hold the originals; `points`
    are the key-point candidates and `unsupported` the summary sentences set aside."""
    by_id = {a.id: a for a in articles}
    story_of = {member: index for index, group in enumerate(groups) for member in group.articles}
    copies: dict[int, list[int]] = {}
    for article in articles:
        if article.duplicate_of is not None:
            copies.setdefault(article.duplicate_of, []).append(article.id)
    points_of: dict[int, list[Point]] = {}
    aside_of: dict[int, list[Point]] = {}
    for bucket, candidates in ((points_of, points), (aside_of, unsupported)):
        for point in candidates:
            if point.citations and point.citations[0].source in story_of:
                bucket.setdefault(story_of[point.citations[0].source], []).append(point)
    stories = []
    for index, group in enumerate(groups):
        members = [by_id[member] for member in group.articles]
        key_points, disagreements = merge(members, points_of.get(index, []), lang)
        sources = tuple(sorted([*group.articles, *(c for member in group.articles for c in copies.get(member, ()))]))
        texts = [text for source in sources for text in _dated_texts(by_id[source])]
        lead = key_points[0] if key_points else None
        title = members[0].title_in(lang) or members[0].sentences[0].sides(lang)[0]
        stories.append(
            Story(
                id=0,
                headline=lead.text if lead else title,
                headline_alt=lead.text_alt if lead else "",
                sources=sources,
                independent=group.articles,
                shared=group.shared,
                points=tuple(key_points),
                discrepancies=tuple(disagreements),
                unsupported=tuple(aside_of.get(index, [])),
                date_range=date_range(texts),
            )
        )
    stories.sort(key=lambda s: s.sources[0])  # stable sorts: the last one decides first
    stories.sort(key=lambda s: s.date_range[1] if s.date_range else "", reverse=True)
    stories.sort(key=lambda s: len(s.independent), reverse=True)
    return [replace(story, id=number) for number, story in enumerate(stories, start=1)]


def _dated_texts(article: TranslatedArticle) -> list[str]:
    return [s.ar for s in article.sentences] + [d.text for d in article.dropped]


def merge(articles: Sequence[TranslatedArticle], points: Sequence[Point], lang: str) -> tuple[list[Point], list[Discrepancy]]:
    """Key points (summary points and facts shared across sources, each once) and discrepancies of
    one story's independent articles."""
    groups = shared_facts(articles)
    by_id = {a.id: a for a in articles}
    group_of = {(ref.source, ref.n): index for index, group in enumerate(groups) for ref in group}
    fact_points = [_fact_point(by_id, group, lang) for group in groups]
    others: list[Point] = []
    for point in points:
        cited = [(c.source, n) for c in point.citations for n in c.sentences]
        hit = next((group_of[ref] for ref in cited if ref in group_of), None)
        if hit is None or point.method != "extractive":
            others.append(point)
        else:  # an extracted sentence of a shared fact: the fact, once, with all its sources
            fact_points[hit] = replace(fact_points[hit], score=max(fact_points[hit].score, point.score))
    return merge_points([*fact_points, *others]), [_discrepancy(by_id, figures, lang) for figures in discrepancies(articles)]


def _fact_point(articles: Mapping[int, TranslatedArticle], group: list[SentenceRef], lang: str) -> Point:
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


def _discrepancy(articles: Mapping[int, TranslatedArticle], figures: Sequence[Figure], lang: str) -> Discrepancy:
    quotes = []
    for figure in figures:
        sentence = figure.ref.pair_in(articles)
        text, alt = sentence.sides(lang)
        quotes.append(FigureQuote(figure.ref.source, figure.ref.n, figure.value, text, alt))
    return Discrepancy(figures[0].quantity, tuple(quotes))


def merge_points(points: Sequence[Point]) -> list[Point]:
    """Group points that state the same fact and order the groups."""
    keys = [frozenset(content_keys(p.arabic)) for p in points]
    groups: DisjointSets[int] = DisjointSets(range(len(points)))
    for i, j in pairs_to_compare(keys):
        if min(len(keys[i]), len(keys[j])) >= GROUP_MIN_KEYS and overlap(keys[i], keys[j]) >= GROUP_MIN_OVERLAP:
            groups.union(min(i, j), max(i, j))
    merged = [_merge_group([points[i] for i in members]) for members in groups.groups()]
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


def headline(stories: Sequence[Story], sources: Sequence[TranslatedArticle]) -> str:
    """The briefing's one-line lead: the first story's headline."""
    if stories:
        return stories[0].headline
    return "No key points" if sources else "No articles"
