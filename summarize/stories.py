"""Stage 6, stories: the articles of a run grouped by the event they report, from their Arabic.

Each article becomes a TF-IDF vector of stemmed content words, names, places and figures (title
and lead counted twice, place names three times) and keeps its STORY_VECTOR_KEYS heaviest keys.
Every article is linked to its STORY_NEIGHBOURS most similar articles, found through an inverted
index on their keys (a key held by more than STORY_MAX_POSTINGS articles is not looked up, so the
stage grows linearly with the articles). Links are then taken strongest first, and the two stories
they join are merged when the average cosine between their articles (average linkage) reaches
STORY_MIN_SIMILARITY: one story of several reports cannot chain into its neighbour through one
close pair. Ties are broken by content hash, so the stories depend on which articles the folder
holds, never on the order it lists them in.

No model is needed; every story says what its articles share (`shared`, Arabic words in the form
the articles write them most). Thresholds were set on the 'tune' stories of tests/fixtures/stories.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from summarize.arabic import STOPWORDS, light_stem, normalise_for_match, normalise_text, words
from summarize.briefing import TranslatedArticle
from summarize.matching import DisjointSets
from summarize.places import place_keys

STORY_MIN_SIMILARITY = 0.17
STORY_VECTOR_KEYS = 40
IDF_MIN_ARTICLES = 50
STORY_MAX_POSTINGS = 200
STORY_NEIGHBOURS = 10
STORY_MIN_EDGE = 0.05
TITLE_WEIGHT = 2  # the title and the lead (first body sentence) name the event
PLACE_WEIGHT = 3
SHARED_TERMS = 6


@dataclass(frozen=True)
class StoryGroup:
    """Articles (ids, in input order) reporting one story, and the words they share."""

    articles: tuple[int, ...]
    shared: tuple[str, ...]


def settings() -> dict[str, float]:
    """The thresholds, for the briefing's provenance."""
    return {"min_similarity": STORY_MIN_SIMILARITY, "vector_keys": STORY_VECTOR_KEYS, "place_weight": PLACE_WEIGHT}


def story_keys(article: TranslatedArticle) -> tuple[Counter[str], dict[str, Counter[str]]]:
    """Key counts of an article (title counted TITLE_WEIGHT times) and, per key, the surface words."""
    counts: Counter[str] = Counter()
    surfaces: dict[str, Counter[str]] = {}
    places = place_keys()
    lead = next((s.n for s in article.sentences if s.kind == "body"), None)
    for sentence in article.sentences:
        weight = TITLE_WEIGHT if sentence.kind == "title" or sentence.n == lead else 1
        for word in words(normalise_text(sentence.ar)):
            folded = normalise_for_match(word)
            if folded in STOPWORDS or len(folded) < 3:
                continue
            key = folded if folded.isdigit() else light_stem(folded)
            counts[key] += weight * (PLACE_WEIGHT if key in places else 1)
            surfaces.setdefault(key, Counter())[word] += 1
    return counts, surfaces


def group_stories(articles: Sequence[TranslatedArticle]) -> list[StoryGroup]:
    """Stories of `articles` (give originals only: copies follow their original), in order of their first article."""
    if not articles:
        return []
    counted = [story_keys(article) for article in articles]
    document_frequency = Counter(key for counts, _ in counted for key in counts)
    total = len(articles)
    vectors = [_vector(counts, document_frequency, total) for counts, _ in counted]
    rank = sorted(range(total), key=lambda i: (articles[i].sha256, articles[i].path))  # ties broken by content, not position
    position = {index: place for place, index in enumerate(rank)}
    edges = sorted(_neighbour_edges(vectors), key=lambda e: (-e[0], position[e[1]], position[e[2]]))
    stories: DisjointSets[int] = DisjointSets(range(total))
    summed = {index: dict(vector) for index, vector in enumerate(vectors)}  # a story's vector sum
    size = dict.fromkeys(range(total), 1)
    for _, i, j in edges:
        root_i, root_j = stories.find(i), stories.find(j)
        if root_i == root_j or _average_linkage(summed[root_i], size[root_i], summed[root_j], size[root_j]) < STORY_MIN_SIMILARITY:
            continue
        root = stories.union(root_i, root_j)
        size[root] = size.pop(root_i) + size.pop(root_j)
        merged, other = summed.pop(root_i), summed.pop(root_j)
        if len(merged) < len(other):
            merged, other = other, merged
        for key, value in other.items():
            merged[key] = merged.get(key, 0.0) + value
        summed[root] = merged
    groups = []
    for group in stories.groups():
        in_order = sorted(group)
        shared = _shared_terms([counted[m] for m in in_order], document_frequency, total)
        groups.append(StoryGroup(tuple(articles[m].id for m in in_order), shared))
    return sorted(groups, key=lambda g: g.articles[0])


def _neighbour_edges(vectors: Sequence[dict[str, float]]) -> list[tuple[float, int, int]]:
    """(cosine, i, j) for each article and its STORY_NEIGHBOURS most similar candidates (articles
    sharing a key held by at most STORY_MAX_POSTINGS articles) with cosine of at least STORY_MIN_EDGE."""
    postings: dict[str, list[int]] = {}
    for index, vector in enumerate(vectors):
        for key in vector:
            postings.setdefault(key, []).append(index)
    edges: dict[tuple[int, int], float] = {}
    for index, vector in enumerate(vectors):
        dots: dict[int, float] = {}
        for key, weight in vector.items():
            posting = postings[key]
            if len(posting) <= STORY_MAX_POSTINGS:
                for other in posting:
                    if other != index:
                        dots[other] = dots.get(other, 0.0) + weight * vectors[other][key]
        nearest = sorted(dots.items(), key=lambda item: (-item[1], item[0]))[:STORY_NEIGHBOURS]
        for other, cosine in nearest:
            if cosine >= STORY_MIN_EDGE:
                edges[(min(index, other), max(index, other))] = cosine
    return [(cosine, i, j) for (i, j), cosine in edges.items()]


def _average_linkage(sum_a: dict[str, float], size_a: int, sum_b: dict[str, float], size_b: int) -> float:
    """Average cosine between the articles of two stories. Article vectors are unit vectors, so the
    sum of all pairs' dot products is the dot product of the two stories' vector sums: exact, and
    costs one pass over the smaller sum instead of one per pair of articles."""
    if len(sum_a) > len(sum_b):
        sum_a, sum_b = sum_b, sum_a
    return sum(value * sum_b.get(key, 0.0) for key, value in sum_a.items()) / (size_a * size_b)


def idf(document_frequency: int, total: int) -> float:
    """Inverse document frequency, as if the run held at least IDF_MIN_ARTICLES articles: in a run of
    two, a word both articles use would otherwise weigh less than any word only one of them uses."""
    return math.log((1 + max(total, IDF_MIN_ARTICLES)) / (1 + document_frequency)) + 1


def _vector(counts: Counter[str], document_frequency: Counter[str], total: int) -> dict[str, float]:
    weights = {key: (1 + math.log(count)) * idf(document_frequency[key], total) for key, count in counts.items()}
    top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:STORY_VECTOR_KEYS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {key: weight / norm for key, weight in top}


def _shared_terms(
    members: list[tuple[Counter[str], dict[str, Counter[str]]]], document_frequency: Counter[str], total: int
) -> tuple[str, ...]:
    """The words most of the story's articles use and few others do, as the articles write them."""
    held = Counter(key for counts, _ in members for key in counts)
    floor = 2 if len(members) > 1 else 1
    ranked = sorted(
        (key for key, n in held.items() if n >= floor),
        key=lambda key: (-held[key] * idf(document_frequency[key], total), key),
    )
    terms = []
    for key in ranked[:SHARED_TERMS]:
        surface: Counter[str] = Counter()
        for _, surfaces in members:
            surface.update(surfaces.get(key, Counter()))
        terms.append(min(surface, key=lambda word: (-surface[word], word)))
    return tuple(terms)
