"""Stage 4: deduplication, translation memory, token-limit splitting, and the real Marian code path."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from summarize.memory import CacheStats, WorkMemory
from summarize.modelstore import resolve_model
from summarize.translate import MarianTranslator, translate_texts


@dataclass
class RecordingTranslator:
    """A stand-in backend: 'translates' by tagging, counts one token per word."""

    limit: int = 50
    revision: str = "r1"
    batches: list[list[str]] = field(default_factory=list)

    def translate_batch(self, texts: list[str]) -> list[str]:
        self.batches.append(list(texts))
        return [f"<{t}>" for t in texts]

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 1

    def max_input_tokens(self) -> int:
        return self.limit

    def signature(self) -> dict[str, Any]:
        return {"backend": "recording", "revision": self.revision}


def test_duplicates_translated_once_and_order_kept() -> None:
    backend = RecordingTranslator()
    stats = CacheStats()
    out = translate_texts(["ب", "أ", "ب", "ج"], backend, None, stats)
    assert out == ["<ب>", "<أ>", "<ب>", "<ج>"]
    assert backend.batches == [["ب", "أ", "ج"]]
    assert stats.as_dict() == {"hits": 0, "misses": 3, "model_calls": 1, "flagged": 0, "repaired": 0}


def test_memory_answers_repeat_runs_and_is_keyed_by_revision(tmp_path: Path) -> None:
    memory = WorkMemory.open(tmp_path)
    translate_texts(["أ", "ب"], RecordingTranslator(), memory, CacheStats())
    backend, stats = RecordingTranslator(), CacheStats()
    assert translate_texts(["ب", "أ", "ج"], backend, memory, stats) == ["<ب>", "<أ>", "<ج>"]
    assert backend.batches == [["ج"]] and stats.hits == 2 and stats.misses == 1
    other = RecordingTranslator(revision="r2")
    translate_texts(["أ"], other, memory, CacheStats())
    assert other.batches == [["أ"]]  # a new revision never reuses old translations
    memory.close()


def test_input_over_model_limit_is_split_not_truncated() -> None:
    backend = RecordingTranslator(limit=12)
    text = "، ".join(f"وصلت القوات إلى المدينة {i}" for i in range(6))
    (out,) = translate_texts([text], backend, None, CacheStats())
    pieces = backend.batches[0]
    assert len(pieces) > 1 and all(backend.count_tokens(p) <= 10 for p in pieces)
    assert out == " ".join(f"<{p}>" for p in pieces)
    assert " ".join(pieces) == text


@pytest.mark.slow
def test_tiny_marian_batches_match_single_sentences(tiny_models: dict[str, Path]) -> None:
    translator = MarianTranslator(resolve_model(str(tiny_models["marian"]), "translator"))
    texts = ["أعلن الكرملين في بيان.", "وقالت وكالة سبوتنيك كازاخستان إن إطلاق نار واشتباكات شهدتها مدينة قيزلادا.", "مرحبا"]
    batched = translator.translate_batch(texts)
    single = [translator.translate_batch([t])[0] for t in texts]
    assert batched == single
    assert len(set(batched)) == 3 and all(batched)
    assert translator.signature()["decoding"]["num_beams"] == 2
    fast = MarianTranslator(resolve_model(str(tiny_models["marian"]), "translator"), fast=True)
    assert fast.signature()["decoding"]["num_beams"] == 1 and len(fast.translate_batch(texts)) == 3
