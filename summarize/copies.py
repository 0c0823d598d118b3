"""Stage 5, copies: republished articles (byte copies, a new title, trimmed or lightly edited wire
text) are found so that they are listed as copies, never summarized twice and never counted as
independent sources.

Each article's body (titles aside: they are what republishers change first) becomes a set of word
4-gram shingles after spelling folding. Two articles are copies when the shingles they share are
at least COPY_MIN_JACCARD of both sets together, or at least COPY_MIN_CONTAINMENT of the smaller
one (a trimmed copy, or a copy with a paragraph added). A reworded ("spun") copy keeps few word
sequences but nearly all its content words: two articles whose stemmed content-word sets have a
Jaccard similarity of COPY_MIN_KEY_JACCARD are copies too (independent reports of one event stay
below 0.35 on the tune set, spun copies above 0.7). Candidates come from MinHash LSH on both
sets, so the stage grows linearly with the number of articles. Of a group of copies, the one with the most
text stands for the group (no sentence is lost); the others name it as their original.

Thresholds were set on the 'tune' stories of tests/fixtures/stories (see `make eval-stories`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from summarize.arabic import content_keys, fold_text, normalise_text, words
from summarize.briefing import TranslatedArticle
from summarize.matching import DisjointSets, jaccard, lsh_candidates, overlap

SHINGLE_WORDS = 4
COPY_MIN_JACCARD = 0.5
COPY_MIN_CONTAINMENT = 0.8
COPY_MIN_SHINGLES = 8  # below this, two short articles sharing a sentence are not called copies
COPY_MIN_KEY_JACCARD = 0.55
COPY_MIN_KEYS = 12
LSH_BANDS = 20
LSH_ROWS = 3  # a pair of Jaccard 0.3 becomes a candidate with probability 0.42, of 0.5 with 0.93


@dataclass(frozen=True)
class CopyMatch:
    """Article `copy` republishes article `original`; `jaccard` and `containment` of their shingles."""

    copy: int
    original: int
    jaccard: float
    containment: float


def settings() -> dict[str, float]:
    """The thresholds, for the briefing's provenance."""
    return {
        "shingle_words": SHINGLE_WORDS,
        "min_jaccard": COPY_MIN_JACCARD,
        "min_containment": COPY_MIN_CONTAINMENT,
        "min_content_word_jaccard": COPY_MIN_KEY_JACCARD,
    }


def _body(article: TranslatedArticle) -> list[str]:
    """The article's body sentences (titles are what republishers change first), or all of it when it has none."""
    return [s.ar for s in article.sentences if s.kind != "title"] or [s.ar for s in article.sentences]


def shingles(article: TranslatedArticle) -> frozenset[str]:
    """Word 4-grams of the article's body, spelling folded."""
    tokens = words(fold_text(normalise_text(" ".join(_body(article)))))
    if len(tokens) < SHINGLE_WORDS:
        return frozenset([" ".join(tokens)]) if tokens else frozenset()
    return frozenset(" ".join(tokens[i : i + SHINGLE_WORDS]) for i in range(len(tokens) - SHINGLE_WORDS + 1))


def similarity(a: frozenset[str], b: frozenset[str]) -> tuple[float, float]:
    """(Jaccard, containment in the smaller set) of two shingle sets."""
    return jaccard(a, b), overlap(a, b)


def content_words(article: TranslatedArticle) -> frozenset[str]:
    """Stemmed content words of the article's body."""
    return frozenset(key for text in _body(article) for key in content_keys(text))


def is_copy(a: frozenset[str], b: frozenset[str], keys_a: frozenset[str] = frozenset(), keys_b: frozenset[str] = frozenset()) -> bool:
    """Whether two articles with these shingles (and content words) are copies of one text."""
    if min(len(a), len(b)) < COPY_MIN_SHINGLES:
        return a == b and bool(a)
    if jaccard(a, b) >= COPY_MIN_JACCARD or overlap(a, b) >= COPY_MIN_CONTAINMENT:
        return True
    return min(len(keys_a), len(keys_b)) >= COPY_MIN_KEYS and jaccard(keys_a, keys_b) >= COPY_MIN_KEY_JACCARD


def find_copies(articles: Sequence[TranslatedArticle]) -> list[CopyMatch]:
    """Every article that copies another, with the article that stands for its group of copies."""
    sets = [shingles(article) for article in articles]
    keys = [content_words(article) for article in articles]
    # Identical sets have identical signatures, so byte copies are among the candidates too.
    candidates = {*lsh_candidates(sets, LSH_BANDS, LSH_ROWS), *lsh_candidates(keys, LSH_BANDS, LSH_ROWS)}
    groups: DisjointSets[int] = DisjointSets(range(len(articles)))
    for i, j in sorted(candidates):
        if is_copy(sets[i], sets[j], keys[i], keys[j]):
            groups.union(i, j)
    matches = []
    for members in groups.groups():
        if len(members) < 2:
            continue
        lead = max(members, key=lambda m: (len(sets[m]), -m))
        for member in sorted(members):
            if member != lead:
                shared, contained = similarity(sets[member], sets[lead])
                matches.append(CopyMatch(articles[member].id, articles[lead].id, round(shared, 3), round(contained, 3)))
    return sorted(matches, key=lambda m: m.copy)
