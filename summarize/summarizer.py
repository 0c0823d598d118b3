"""Stage 5, summarize: condense each article into key points that cite their source sentences.

Two summarizers: `extractive` (no model: the most central sentences, chosen on the Arabic side)
and `mt5` (abstractive, mT5 through transformers). Abstractive input longer than the model's
limit is summarised chunk by chunk and the chunk summaries condensed again, never truncated.
Every abstractive sentence is attributed to the source sentences that support it and marked
unsupported when its content words or numbers are not found there.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from operator import itemgetter
from typing import Any, Protocol

from summarize.arabic import content_keys, words
from summarize.briefing import Citation, Point, SentencePair, SummarySentence, TranslatedArticle
from summarize.checks import missing_numbers
from summarize.config import POINTS_PER_ARTICLE
from summarize.ct2 import CT2Model
from summarize.dispatch import Dispatch, in_chunks, saved_as_done
from summarize.matching import overlap
from summarize.memory import CacheStats, WorkMemory, namespace
from summarize.modelstore import ResolvedModel
from summarize.segment import split_sentences, split_to_fit
from summarize.seq2seq import Engine, Seq2SeqModel

LEAD_BONUS = 0.15  # news leads carry the story: a small prior for the first body sentences
REDUNDANCY_LIMIT = 0.5  # skip a candidate sharing this much with an already chosen point
CITATION_MIN_OVERLAP = 0.2
MAX_CITATIONS = 3
SUPPORT_MIN_COVERAGE = 0.6
MAX_CONDENSE_ROUNDS = 4


class TextSummarizer(Protocol):
    def summarize_batch(self, texts: list[str]) -> list[str]: ...

    def count_tokens(self, text: str) -> int: ...

    def max_input_tokens(self) -> int: ...

    def signature(self) -> dict[str, Any]: ...


@dataclass
class MT5Summarizer:
    """mT5 (XL-Sum) on CTranslate2 (a converted folder) or transformers, with the model's own generation defaults."""

    model: ResolvedModel
    threads: int | None = None

    def __post_init__(self) -> None:
        self.engine: Engine
        if self.model.engine == "ctranslate2":
            self.engine = CT2Model(self.model, threads=self.threads, max_batch=4)
        else:
            self.engine = Seq2SeqModel(self.model, threads=self.threads, max_batch=4)

    def summarize_batch(self, texts: list[str]) -> list[str]:
        return self.engine.generate_batch(texts)

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def max_input_tokens(self) -> int:
        return min(512, self.engine.max_input_tokens()) if self.model.model_type == "mt5" else self.engine.max_input_tokens()

    def signature(self) -> dict[str, Any]:
        return {
            "backend": "mt5",
            "model": self.model.spec,
            "revision": self.model.revision,
            "decoding": self.engine.decoding,
            **self.engine.describe(),
        }

    def unload(self) -> None:
        self.engine.unload()


SUMMARIZERS: dict[str, Callable[..., TextSummarizer] | None] = {"mt5": MT5Summarizer, "extractive": None}


def extractive_points(article: TranslatedArticle, lang: str, count: int = POINTS_PER_ARTICLE) -> list[Point]:
    """The `count` most central body sentences of `article` (degree centrality on Arabic keys)."""
    candidates = [s for s in article.sentences if s.kind == "body"] or list(article.sentences)
    vectors = [Counter(content_keys(s.ar)) for s in candidates]
    document_frequency = Counter(key for vector in vectors for key in vector)
    weighted = [{k: v * math.log(1 + len(vectors) / document_frequency[k]) for k, v in vector.items()} for vector in vectors]
    centrality = _degree_centrality(weighted)
    top = max(centrality, default=0.0) or 1.0
    scores = [c / top + (LEAD_BONUS if i < 2 else 0.0) for i, c in enumerate(centrality)]
    ranked = sorted(range(len(candidates)), key=lambda i: (-scores[i], candidates[i].n))
    chosen: list[int] = []
    for index in ranked:
        if len(chosen) == count:
            break
        if all(overlap(set(vectors[index]), set(vectors[c])) < REDUNDANCY_LIMIT for c in chosen):
            chosen.append(index)
    return [_sentence_point(article.id, candidates[i], lang, scores[i]) for i in sorted(chosen, key=lambda i: candidates[i].n)]


def _sentence_point(source: int, sentence: SentencePair, lang: str, score: float) -> Point:
    text, alt = sentence.sides(lang)
    return Point(text, alt, sentence.ar, (Citation(source, (sentence.n,)),), "extractive", True, round(score, 6))


def _degree_centrality(vectors: Sequence[dict[str, float]]) -> list[float]:
    """For each vector, the sum of its cosine similarities with all the others, in linear time.

    With unit vectors u, sum over j != i of cos(i, j) = u_i . (sum of all u) - u_i . u_i, so one pass
    builds the sum and a second takes the dot products: no pair of sentences is compared (a page of
    10,000 sentences would otherwise cost 50 million comparisons).
    """
    units = []
    for vector in vectors:
        norm = math.sqrt(sum(v * v for v in vector.values()))
        units.append({k: v / norm for k, v in vector.items()} if norm else {})
    total: dict[str, float] = {}
    for unit in units:
        for key, value in unit.items():
            total[key] = total.get(key, 0.0) + value
    return [sum(v * total[k] for k, v in unit.items()) - sum(v * v for v in unit.values()) for unit in units]


def condense(texts: Sequence[str], summarizer: TextSummarizer) -> str:
    """Summarise one article: chunk to the model's limit, summarise chunks, condense again."""
    limit = summarizer.max_input_tokens() - 2

    def fits(text: str) -> bool:
        return summarizer.count_tokens(text) <= limit

    current = [piece for text in texts for piece in split_to_fit(text, fits)]
    for _ in range(MAX_CONDENSE_ROUNDS):
        chunks = _pack(current, fits)
        summaries = [s for s in summarizer.summarize_batch(chunks) if s.strip()]
        if len(chunks) == 1 or not summaries:
            return " ".join(summaries)
        current = summaries
    return " ".join(current)


def _pack(pieces: Sequence[str], fits: Callable[[str], bool]) -> list[str]:
    chunks: list[str] = []
    for piece in pieces:
        if chunks and fits(f"{chunks[-1]} {piece}"):
            chunks[-1] = f"{chunks[-1]} {piece}"
        else:
            chunks.append(piece)
    return chunks


def attribute(sentence: str, article: TranslatedArticle, lang: str) -> tuple[tuple[int, ...], bool]:
    """Source sentences supporting `sentence` (same language), and whether they support all of it.

    Supported means: every number and every name (capitalised word after the first, such as
    people, places, months and weekdays, in English) of the sentence occurs in the cited
    sentences, and at least SUPPORT_MIN_COVERAGE of its content words do.
    """
    keys = set(content_keys(sentence))
    texts = {s.n: s.sides(lang)[0] for s in article.sentences}
    shared = {n: keys & set(content_keys(text)) for n, text in texts.items()}
    scored = sorted(((len(common) / len(keys) if keys else 0.0, n) for n, common in shared.items()), key=lambda item: (-item[0], item[1]))
    cited: list[int] = []
    covered: set[str] = set()
    for score, n in scored:
        if score < CITATION_MIN_OVERLAP or len(cited) == MAX_CITATIONS:
            break
        if shared[n] - covered:
            cited.append(n)
            covered |= shared[n]
    cited_text = " ".join(texts[n] for n in cited)
    numbers_ok = not missing_numbers(sentence, cited_text)  # by value: "4,266" is supported by "٤٢٦٦"
    names_ok = names(sentence) <= {w.lower() for w in words(cited_text)}
    coverage = len(covered) / len(keys) if keys else 0.0
    return tuple(sorted(cited)), bool(cited) and numbers_ok and names_ok and coverage >= SUPPORT_MIN_COVERAGE


def names(sentence: str) -> set[str]:
    """Capitalised Latin words after the first word (names, places, months), lower-cased."""
    return {w.lower() for w in words(sentence)[1:] if w[:1].isupper() and w[:1].isascii()}


def abstractive_points(
    articles: Sequence[TranslatedArticle],
    lang: str,
    summarizer: TextSummarizer,
    memory: WorkMemory | None,
    stats: CacheStats,
    progress: Callable[[int, int], None] | None = None,
    dispatch: Dispatch | None = None,
) -> dict[int, list[SummarySentence]]:
    """Per article id: its summary sentences with citations and support, in the briefing language.

    `dispatch` runs the model work (default: here, one article at a time); each summary is saved in
    the memory as soon as it comes back."""
    ns = namespace(lang=lang, **summarizer.signature())
    keys = {a.id: f"{a.sha256}:{lang}" for a in articles}
    known = memory.get_many("summary", ns, keys.values()) if memory else {}
    missing = [a for a in articles if keys[a.id] not in known]
    stats.hits += len(articles) - len(missing)
    stats.misses += len(missing)
    work = [(keys[a.id], [s.sides(lang)[0] for s in a.sentences if s.kind != "title"]) for a in missing]
    chunks = (dispatch or in_chunks(summarizer, 1))(condense_each, work)
    save = partial(memory.put_many, "summary", ns) if memory else None
    for made in saved_as_done(chunks, itemgetter(0), save, progress, len(missing)):
        stats.model_calls += len(made)
        known.update(made)
    return {a.id: [SummarySentence(s, *attribute(s, a, lang)) for s in split_sentences(known[keys[a.id]])] for a in articles}


def condense_each(summarizer: TextSummarizer, articles: list[tuple[str, list[str]]]) -> list[str]:
    """The summary of each (key, sentences) article: the `Work` of this stage, here or on a Ray worker."""
    return [condense(texts, summarizer) for _, texts in articles]


def abstractive_to_points(article: TranslatedArticle, sentences: list[SummarySentence], lang: str, alt_of: dict[str, str]) -> list[Point]:
    """Turn attributed summary sentences into points; `alt_of` maps Arabic summary text to English."""
    points = []
    for rank, summary in enumerate(sentences):
        cited_ar = " ".join(article.sentence(n).ar for n in summary.sentences)
        alt = cited_ar if lang == "en" else alt_of.get(summary.text, "")
        arabic = cited_ar if lang == "en" else summary.text
        citations = (Citation(article.id, summary.sentences),)  # no sentence numbers: nothing in the source supports it
        points.append(Point(summary.text, alt, arabic, citations, "abstractive", summary.supported, round(1.0 - rank * 0.01, 6)))
    return points
