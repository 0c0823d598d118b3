"""Stage 4, translate: every Arabic sentence to English, through the translation memory.

Backends implement `Translator` (one batch method). The stage deduplicates inputs, answers what
it can from the memory, checks the rest against the model's own token limit (splitting further
at clause boundaries, never truncating), and translates the misses in length-sorted batches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from summarize.arabic import normalise_text
from summarize.cache import CacheStats, TranslationMemory, namespace
from summarize.clean import DroppedLine
from summarize.modelstore import ResolvedModel
from summarize.segment import SegmentedArticle, split_to_fit
from summarize.seq2seq import Seq2SeqModel

FAST_DECODING = {"num_beams": 1}
# Marian's plain ("eager") attention beats SDPA by about 16% for batched beam search of sentence-
# length inputs on 2 CPU cores, with identical output tokens (measured with bench/, `make bench`).
MARIAN_ATTENTION = "eager"
MEMORY_COMMIT_EVERY = 64  # inputs translated between two cache commits


class Translator(Protocol):
    """A translation backend: one batch method plus what the stage needs to key and split inputs."""

    def translate_batch(self, texts: list[str]) -> list[str]: ...

    def count_tokens(self, text: str) -> int: ...

    def max_input_tokens(self) -> int: ...

    def signature(self) -> dict[str, Any]: ...


@dataclass
class MarianTranslator:
    """MarianMT through transformers; `fast` switches to greedy decoding on int8 weights."""

    model: ResolvedModel
    fast: bool = False
    threads: int | None = None

    def __post_init__(self) -> None:
        overrides = dict(FAST_DECODING) if self.fast else {}
        self.engine = Seq2SeqModel(self.model, overrides=overrides, threads=self.threads, quantize=self.fast, attention=MARIAN_ATTENTION)

    def translate_batch(self, texts: list[str]) -> list[str]:
        return self.engine.generate_batch(texts)

    def count_tokens(self, text: str) -> int:
        return self.engine.count_tokens(text)

    def max_input_tokens(self) -> int:
        return self.engine.max_input_tokens()

    def signature(self) -> dict[str, Any]:
        return {
            "backend": "marian",
            "model": self.model.spec,
            "revision": self.model.revision,
            "decoding": self.engine.decoding,
            "int8": self.fast,
        }

    def unload(self) -> None:
        self.engine.unload()


TRANSLATORS: dict[str, Callable[..., Translator]] = {"marian": MarianTranslator}


@dataclass(frozen=True)
class SentencePair:
    n: int
    line: int
    kind: str
    lang: str
    ar: str
    en: str
    translated: bool

    def sides(self, lang: str) -> tuple[str, str]:
        """(text in `lang`, text in the other language)."""
        return (self.en, self.ar) if lang == "en" else (self.ar, self.en)


def other_language(lang: str) -> str:
    return "ar" if lang == "en" else "en"


@dataclass(frozen=True)
class TranslatedArticle:
    id: int
    path: str
    sha256: str
    encoding: str
    title: str | None
    sentences: tuple[SentencePair, ...]
    dropped: tuple[DroppedLine, ...]

    def sentence(self, n: int) -> SentencePair:
        return self.sentences[n - 1]

    def title_in(self, lang: str) -> str | None:
        """The article's title sentence in `lang`, if it has one."""
        title = next((s for s in self.sentences if s.kind == "title"), None)
        return title.sides(lang)[0] if title else None


def translate_texts(
    texts: Sequence[str],
    translator: Translator,
    memory: TranslationMemory | None,
    stats: CacheStats,
    progress: Callable[[int, int], None] | None = None,
) -> list[str]:
    """Translate `texts` (any order, duplicates allowed), using and filling the memory."""
    ns = namespace(**translator.signature())
    unique = list(dict.fromkeys(normalise_text(t) for t in texts))
    known = memory.get_many("translation", ns, unique) if memory else {}
    stats.hits += sum(1 for t in unique if t in known)
    missing = [t for t in unique if t not in known]
    stats.misses += len(missing)
    if missing:
        limit = translator.max_input_tokens() - 2
        for start in range(0, len(missing), MEMORY_COMMIT_EVERY):
            chunk = missing[start : start + MEMORY_COMMIT_EVERY]
            done = _translate_within_limit(chunk, translator, limit, stats)
            known.update(done)
            if memory:
                memory.put_many("translation", ns, done)
            if progress:
                progress(min(start + MEMORY_COMMIT_EVERY, len(missing)), len(missing))
    return [known[normalise_text(t)] for t in texts]


def _translate_within_limit(texts: list[str], translator: Translator, limit: int, stats: CacheStats) -> dict[str, str]:
    """Translate texts; any text over the model's token limit is split and its pieces joined."""
    pieces_of = {t: split_to_fit(t, lambda piece: translator.count_tokens(piece) <= limit) for t in texts}
    inputs = list(dict.fromkeys(piece for pieces in pieces_of.values() for piece in pieces))
    outputs = dict(zip(inputs, translator.translate_batch(inputs), strict=True))
    stats.model_calls += 1
    return {t: " ".join(outputs[p] for p in pieces) for t, pieces in pieces_of.items()}


def translate_articles(
    articles: Sequence[SegmentedArticle],
    hashes: Sequence[tuple[str, str]],
    translator: Translator,
    memory: TranslationMemory | None,
    stats: CacheStats,
    progress: Callable[[int, int], None] | None = None,
) -> list[TranslatedArticle]:
    """Pair every sentence of every article with its English; `hashes` gives (sha256, encoding)."""
    inputs = [piece for article in articles for s in article.sentences if s.lang == "ar" for piece in s.pieces]
    english = dict(zip(inputs, translate_texts(inputs, translator, memory, stats, progress), strict=True))
    result = []
    for number, (article, (sha256, encoding)) in enumerate(zip(articles, hashes, strict=True), start=1):
        pairs = tuple(
            SentencePair(
                n=s.n,
                line=s.line,
                kind=s.kind,
                lang=s.lang,
                ar=s.text,
                en=" ".join(english[p] for p in s.pieces) if s.lang == "ar" else s.text,
                translated=s.lang == "ar",
            )
            for s in article.sentences
        )
        result.append(TranslatedArticle(number, article.path, sha256, encoding, article.title, pairs, article.dropped))
    return result
