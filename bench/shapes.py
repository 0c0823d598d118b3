"""Randomly initialised models with the exact shapes of the default models (see the shared
reference: Helsinki-NLP/opus-mt-ar-en and csebuetnlp/mT5_multilingual_XLSum). The compute is real
even though the words are not. Built once into bench/.models/ (git-ignored) by the same builders
as the tests' tiny models, and loaded like any model folder.
"""

from __future__ import annotations

from pathlib import Path

from summarize.testing import build_marian, build_mt5

TOKENIZER_PIECES = 4000


def build_marian_shape(folder: Path, corpus: list[str]) -> Path:
    """opus-mt-ar-en: transformer-base, 6+6 layers, d_model 512, 8 heads, ffn 2048, vocab 62834 shared."""
    if (folder / "config.json").is_file():
        return folder
    # The real generation defaults except max_length (512): random weights never emit </s>, so a
    # whole pipeline run would decode 512 tokens per sentence. Benchmarks force lengths explicitly.
    return build_marian(
        folder,
        corpus,
        generation={"num_beams": 4, "max_length": 64},
        vocab_size=62834,
        pieces=TOKENIZER_PIECES,
        d_model=512,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=8,
        decoder_attention_heads=8,
        encoder_ffn_dim=2048,
        decoder_ffn_dim=2048,
        static_position_embeddings=True,
    )


def build_mt5_shape(folder: Path, corpus: list[str]) -> Path:
    """mT5_multilingual_XLSum: mT5-base, 12+12 layers, d_model 768, vocab 250112, untied: 580M parameters."""
    if (folder / "config.json").is_file():
        return folder
    return build_mt5(
        folder,
        corpus,
        generation={"num_beams": 4, "max_length": 84, "no_repeat_ngram_size": 2, "length_penalty": 0.6},
        vocab_size=250112,
        pieces=TOKENIZER_PIECES,
        untie_lm_head=True,
        d_model=768,
        d_kv=64,
        d_ff=2048,
        num_layers=12,
        num_decoder_layers=12,
        num_heads=12,
        relative_attention_num_buckets=32,
        relative_attention_max_distance=128,
    )
