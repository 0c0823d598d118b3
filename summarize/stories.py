"""Stage 6, stories: the articles of a run grouped by the event they report, from their Arabic.

Single-pass clustering as in Topic Detection and Tracking (Allan et al., 1998): each article
becomes a TF-IDF vector of stemmed content words, names, places and figures (its title counted
twice), keeps its STORY_VECTOR_KEYS heaviest keys, and joins the most similar story (cosine with
the story's centroid) when that similarity reaches STORY_MIN_SIMILARITY; otherwise it starts a
story. A second pass moves each article to its best story, so the input order matters less.
Candidate stories come from an inverted index on the articles' keys, and keys held by more than
STORY_MAX_POSTINGS stories are not looked up: the stage grows linearly with the articles.

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
from summarize.places import place_keys

STORY_MIN_SIMILARITY = 0.25
STORY_VECTOR_KEYS = 40
IDF_MIN_ARTICLES = 50
STORY_MAX_POSTINGS = 200
STORY_MAX_CANDIDATES = 50
TITLE_WEIGHT = 2  # the title and the lead (first body sentence) name the event
PLACE_WEIGHT = 3
SHARED_TERMS = 6


@dataclass(frozen=True)
class StoryGroup:
    """Articles (ids, in input order) reporting one story, and the words they share."""

    articles: tuple[int, ...]
    shared: tuple[str, ...]


@dataclass
class _Story:
    members: list[int]
    centroid: dict[str, float]
    norm_squared: float = 0.0

    def add(self, vector: dict[str, float], member: int) -> None:
        self.members.append(member)
        for key, value in vector.items():
            old = self.centroid.get(key, 0.0)
            self.centroid[key] = old + value
            self.norm_squared += (old + value) ** 2 - old * old

    def remove(self, vector: dict[str, float], member: int) -> None:
        self.members.remove(member)
        for key, value in vector.items():
            old = self.centroid[key]
            new = old - value
            self.norm_squared += new * new - old * old
            if abs(new) < 1e-12:
                del self.centroid[key]
            else:
                self.centroid[key] = new

    def similarity(self, vector: dict[str, float], without: dict[str, float] | None = None) -> float:
        """Cosine of `vector` with the centroid (leaving `without` out of the centroid)."""
        centroid, norm_squared = self.centroid, self.norm_squared
        if without is None:
            dot = sum(value * centroid.get(key, 0.0) for key, value in vector.items())
        else:
            dot = sum(value * (centroid.get(key, 0.0) - without.get(key, 0.0)) for key, value in vector.items())
            norm_squared = norm_squared - 2 * sum(v * centroid.get(k, 0.0) for k, v in without.items()) + 1.0
        return dot / math.sqrt(norm_squared) if norm_squared > 1e-12 else 0.0


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
    stories: list[_Story] = []
    story_of: list[int] = []
    postings: dict[str, list[int]] = {}
    for index, vector in enumerate(vectors):
        best, score = _best_story(vector, stories, postings)
        if best is None or score < STORY_MIN_SIMILARITY:
            best = len(stories)
            stories.append(_Story([], {}))
        stories[best].add(vector, index)
        story_of.append(best)
        for key in vector:
            posting = postings.setdefault(key, [])
            if not posting or posting[-1] != best:
                posting.append(best)
    for index, vector in enumerate(vectors):  # second pass: move each article to its best story
        current = stories[story_of[index]]
        stay = current.similarity(vector, without=vector) if len(current.members) > 1 else 0.0
        best, score = _best_story(vector, stories, postings, exclude=story_of[index])
        if best is not None and score >= STORY_MIN_SIMILARITY and score > stay + 1e-9:
            current.remove(vector, index)
            stories[best].add(vector, index)
            story_of[index] = best
    groups = []
    for story in stories:
        if story.members:
            members = sorted(story.members)
            shared = _shared_terms([counted[m] for m in members], document_frequency, total)
            groups.append(StoryGroup(tuple(articles[m].id for m in members), shared))
    return sorted(groups, key=lambda g: g.articles[0])


def idf(document_frequency: int, total: int) -> float:
    """Inverse document frequency, as if the run held at least IDF_MIN_ARTICLES articles: in a run of
    two, a word both articles use would otherwise weigh less than any word only one of them uses."""
    return math.log((1 + max(total, IDF_MIN_ARTICLES)) / (1 + document_frequency)) + 1


def _vector(counts: Counter[str], document_frequency: Counter[str], total: int) -> dict[str, float]:
    weights = {key: (1 + math.log(count)) * idf(document_frequency[key], total) for key, count in counts.items()}
    top = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:STORY_VECTOR_KEYS]
    norm = math.sqrt(sum(w * w for _, w in top)) or 1.0
    return {key: weight / norm for key, weight in top}


def _best_story(
    vector: dict[str, float], stories: list[_Story], postings: dict[str, list[int]], exclude: int | None = None
) -> tuple[int | None, float]:
    votes: dict[int, float] = {}
    for key, weight in vector.items():
        posting = postings.get(key, ())
        if len(posting) <= STORY_MAX_POSTINGS:
            for story in posting:
                votes[story] = votes.get(story, 0.0) + weight
    best, best_score = None, 0.0
    for story, _ in sorted(votes.items(), key=lambda item: (-item[1], item[0]))[:STORY_MAX_CANDIDATES]:
        if story == exclude or not stories[story].members:
            continue
        score = stories[story].similarity(vector)
        if score > best_score + 1e-12 or (abs(score - best_score) <= 1e-12 and best is not None and story < best):
            best, best_score = story, score
    return best, best_score


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
