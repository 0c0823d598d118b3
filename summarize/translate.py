"""Stage 4, translate: every Arabic sentence to English, through the translation memory.

Backends implement `Translator` (one batch method). The stage deduplicates inputs, answers what
it can from the memory, checks the rest against the model's own token limit (splitting further
at clause boundaries, never truncating), and translates the misses in length-sorted batches.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any, Protocol

from summarize.arabic import normalise_text
from summarize.briefing import Check, SegmentedArticle, SentencePair, TranslatedArticle
from summarize.checks import check_translation
from summarize.ct2 import CT2Model
from summarize.dispatch import Dispatch, in_chunks, saved_as_done
from summarize.memory import CacheStats, WorkMemory, namespace
from summarize.modelstore import ResolvedModel
from summarize.segment import split_clauses, split_to_fit
from summarize.seq2seq import Engine, Seq2SeqModel

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
    """MarianMT on CTranslate2 (a converted folder) or transformers; `fast` is greedy decoding on int8 weights."""

    model: ResolvedModel
    fast: bool = False
    threads: int | None = None

    def __post_init__(self) -> None:
        overrides = dict(FAST_DECODING) if self.fast else {}
        self.engine: Engine
        if self.model.engine == "ctranslate2":
            self.engine = CT2Model(self.model, overrides=overrides, threads=self.threads, quantize=self.fast)
        else:
            self.engine = Seq2SeqModel(
                self.model, overrides=overrides, threads=self.threads, quantize=self.fast, attention=MARIAN_ATTENTION
            )

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
            **self.engine.describe(),
        }

    def unload(self) -> None:
        self.engine.unload()


TRANSLATORS: dict[str, Callable[..., Translator]] = {"marian": MarianTranslator}


def translate_texts(
    texts: Sequence[str],
    translator: Translator,
    memory: WorkMemory | None,
    stats: CacheStats,
    progress: Callable[[int, int], None] | None = None,
    dispatch: Dispatch | None = None,
) -> list[str]:
    """Translate `texts` (any order, duplicates allowed), using and filling the memory.

    `dispatch` runs the model work (default: here, MEMORY_COMMIT_EVERY inputs at a time); each chunk
    is saved in the memory as soon as it comes back."""
    ns = namespace(**translator.signature())
    unique = list(dict.fromkeys(normalise_text(t) for t in texts))
    known = memory.get_many("translation", ns, unique) if memory else {}
    stats.hits += sum(1 for t in unique if t in known)
    missing = [t for t in unique if t not in known]
    stats.misses += len(missing)
    chunks = (dispatch or in_chunks(translator, MEMORY_COMMIT_EVERY))(translate_fitting, missing)
    save = partial(memory.put_many, "translation", ns) if memory else None
    for translated in saved_as_done(chunks, str, save, progress, len(missing)):
        stats.model_calls += 1
        known.update(translated)
    return [known[normalise_text(t)] for t in texts]


def translate_fitting(translator: Translator, texts: list[str]) -> list[str]:
    """The model's translation of each text; a text over the model's token limit is split and its pieces joined.
    (The `Work` of this stage: the same function runs here or on a Ray worker.)"""
    limit = translator.max_input_tokens() - 2
    pieces_of = [split_to_fit(t, lambda piece: translator.count_tokens(piece) <= limit) for t in texts]
    inputs = list(dict.fromkeys(piece for pieces in pieces_of for piece in pieces))
    outputs = dict(zip(inputs, translator.translate_batch(inputs), strict=True))
    return [" ".join(outputs[p] for p in pieces) for pieces in pieces_of]


def translate_articles(
    articles: Sequence[SegmentedArticle],
    translator: Translator,
    memory: WorkMemory | None,
    stats: CacheStats,
    progress: Callable[[int, int], None] | None = None,
    dispatch: Dispatch | None = None,
) -> list[TranslatedArticle]:
    """Pair every sentence of every article with its English, checked against its Arabic (see `checks`);
    a sentence that fails a check is retranslated once, clause by clause, and the better English kept.
    Articles are numbered from 1 in order."""
    inputs = [piece for article in articles for s in article.sentences if s.lang == "ar" for piece in s.pieces]
    english = dict(zip(inputs, translate_texts(inputs, translator, memory, stats, progress, dispatch), strict=True))
    first = {s.text: " ".join(english[p] for p in s.pieces) for article in articles for s in article.sentences if s.lang == "ar"}
    checked = {arabic: check_translation(arabic, text) for arabic, text in first.items()}
    repaired = _retry_by_clauses([arabic for arabic, failed in checked.items() if failed], translator, memory, stats, dispatch)
    result = []
    for number, article in enumerate(articles, start=1):
        pairs = []
        for s in article.sentences:
            if s.lang != "ar":
                pairs.append(SentencePair(s.n, s.line, s.kind, s.lang, s.text, s.text, False, unsure=s.unsure))
                continue
            text, failed, repair = first[s.text], checked[s.text], None
            retry = repaired.get(s.text)
            if retry is not None and len(retry[1]) < len(failed):
                text, failed, repair = retry[0], retry[1], "split"
            pairs.append(SentencePair(s.n, s.line, s.kind, s.lang, s.text, text, True, failed, repair, s.unsure))
        result.append(TranslatedArticle(number, article.source, article.title, tuple(pairs), article.dropped))
    stats.flagged += sum(1 for a in result for p in a.sentences if p.checks)
    stats.repaired += sum(1 for a in result for p in a.sentences if p.repair)
    return result


def _retry_by_clauses(
    sentences: Sequence[str], translator: Translator, memory: WorkMemory | None, stats: CacheStats, dispatch: Dispatch | None
) -> dict[str, tuple[str, tuple[Check, ...]]]:
    """For each sentence that can be cut at clause boundaries: its English translated clause by clause,
    and the checks that English fails. (Marian drops clauses and loops mostly on long inputs.)"""
    clauses_of = {sentence: clauses for sentence in sentences if len(clauses := split_clauses(sentence)) > 1}
    clauses = [clause for parts in clauses_of.values() for clause in parts]
    english = dict(zip(clauses, translate_texts(clauses, translator, memory, stats), strict=True)) if clauses else {}
    result = {}
    for sentence, parts in clauses_of.items():
        text = " ".join(english[part] for part in parts)
        result[sentence] = (text, check_translation(sentence, text))
    return result
