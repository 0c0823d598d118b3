"""Tiny stand-ins for the real models, built locally: a SentencePiece vocabulary trained on given
text and randomly initialised Marian / MT5 weights, saved with `save_pretrained` so that they load
through exactly the same code path as downloaded models. Used by the tests and the demo target.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

TINY_VOCAB_SIZE = 400
TINY_SEED = 0


def _train_sentencepiece(lines: Iterable[str], vocab_size: int, **special: Any) -> bytes:
    import sentencepiece as spm

    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(list(lines)),
        model_writer=model,
        vocab_size=vocab_size,
        model_type="unigram",
        character_coverage=1.0,
        hard_vocab_limit=False,
        minloglevel=2,
        num_threads=1,
        seed_sentencepiece_size=100_000,
        **special,
    )
    return model.getvalue()


def pad_vocabulary(proto: bytes, size: int) -> bytes:
    """The SentencePiece model with unused pieces appended up to `size` pieces, so that a model with
    a real-sized vocabulary can decode every id it emits."""
    from sentencepiece import sentencepiece_model_pb2

    model = sentencepiece_model_pb2.ModelProto()  # type: ignore[attr-defined]
    model.ParseFromString(proto)
    lowest = min(p.score for p in model.pieces)
    for index in range(len(model.pieces), size):
        piece = model.pieces.add()
        piece.piece = f"▁x{index}"
        piece.score = lowest - 1.0
        piece.type = sentencepiece_model_pb2.ModelProto.SentencePiece.Type.NORMAL  # type: ignore[attr-defined]
    return bytes(model.SerializeToString())


def build_marian(
    folder: Path, corpus: list[str], generation: dict[str, Any], vocab_size: int | None = None, pieces: int = TINY_VOCAB_SIZE, **shape: Any
) -> Path:
    """A MarianMT folder (source.spm, target.spm, vocab.json, config, weights) with random weights.

    `shape` is passed to MarianConfig; `vocab_size` pads the vocabulary to a real model's size
    (the last id is <pad>); `generation` sets the generation defaults (bad words, pad, eos added).
    """
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    proto = _train_sentencepiece(corpus, pieces, unk_id=0, pad_id=-1, bos_id=-1, eos_id=-1)
    if vocab_size is not None:
        proto = pad_vocabulary(proto, vocab_size - 2)  # + </s> and <pad>
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes(proto)
    processor = spm.SentencePieceProcessor(model_proto=proto)
    vocab = {"</s>": 0, "<unk>": 1}
    for index in range(processor.get_piece_size()):
        vocab.setdefault(processor.id_to_piece(index), len(vocab))
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(folder / "source.spm"), target_spm=str(folder / "target.spm"), vocab=str(folder / "vocab.json"), model_max_length=512
    )
    pad = vocab["<pad>"]
    config = MarianConfig(
        vocab_size=len(vocab),
        max_position_embeddings=512,
        pad_token_id=pad,
        decoder_start_token_id=pad,
        eos_token_id=0,
        activation_function="swish",
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        **shape,
    )
    torch.manual_seed(TINY_SEED)
    model = MarianMTModel(config)
    model.generation_config = GenerationConfig(
        bad_words_ids=[[pad]], pad_token_id=pad, eos_token_id=0, decoder_start_token_id=pad, **generation
    )
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def build_mt5(
    folder: Path,
    corpus: list[str],
    generation: dict[str, Any],
    vocab_size: int | None = None,
    pieces: int = TINY_VOCAB_SIZE,
    untie_lm_head: bool = False,
    **shape: Any,
) -> Path:
    """An MT5 folder (tokenizer built from a trained SentencePiece vocabulary) with random weights.

    `untie_lm_head` gives the output layer its own weights, as in the real checkpoint: transformers
    5 ties it to the embedding whenever it builds an mT5 (its config forces tie_word_embeddings),
    and loads the real checkpoint untied only because the two differ.
    """
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MT5Config, MT5ForConditionalGeneration, T5Tokenizer

    folder.mkdir(parents=True, exist_ok=True)
    proto = _train_sentencepiece(corpus, pieces, pad_id=0, eos_id=1, unk_id=2, bos_id=-1)
    if vocab_size is not None:
        proto = pad_vocabulary(proto, vocab_size)
    processor = spm.SentencePieceProcessor(model_proto=proto)
    vocabulary = [(processor.id_to_piece(i), processor.get_score(i)) for i in range(processor.get_piece_size())]
    tokenizer = T5Tokenizer(vocab=vocabulary, extra_ids=0, model_max_length=512)
    config = MT5Config(
        vocab_size=len(tokenizer), feed_forward_proj="gated-gelu", pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, **shape
    )
    torch.manual_seed(TINY_SEED)
    model = MT5ForConditionalGeneration(config)
    if untie_lm_head:
        model.lm_head.weight = torch.nn.Parameter(torch.randn_like(model.shared.weight) * config.d_model**-0.5)
        model.config.tie_word_embeddings = False
    model.generation_config = GenerationConfig(pad_token_id=0, eos_token_id=1, decoder_start_token_id=0, **generation)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    (folder / "spiece.model").write_bytes(proto)
    return folder


def build_tiny_marian(folder: Path, corpus: list[str], max_length: int = 24, num_beams: int = 2) -> Path:
    """A tiny Marian: 1+1 layers, d_model 16, with large random weights so outputs depend on inputs."""
    return build_marian(
        folder,
        corpus,
        generation={"num_beams": num_beams, "max_length": max_length},
        d_model=16,
        encoder_layers=1,
        decoder_layers=1,
        encoder_attention_heads=2,
        decoder_attention_heads=2,
        encoder_ffn_dim=32,
        decoder_ffn_dim=32,
        init_std=0.5,
    )


def build_tiny_mt5(folder: Path, corpus: list[str], max_length: int = 20, num_beams: int = 2) -> Path:
    """A tiny MT5: 1+1 layers, d_model 16, the real model's decoding defaults (beam, n-gram, length)."""
    return build_mt5(
        folder,
        corpus,
        generation={"num_beams": num_beams, "max_length": max_length, "no_repeat_ngram_size": 2, "length_penalty": 0.6},
        d_model=16,
        d_kv=8,
        d_ff=32,
        num_layers=1,
        num_decoder_layers=1,
        num_heads=2,
        initializer_factor=20.0,
    )


def corpus_from(paths: Iterable[Path]) -> list[str]:
    """Training lines for the tiny vocabularies: the given files plus a little English."""
    lines = [line for path in paths for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    english = [
        "The president called on citizens to rally behind the government.",
        "Security forces detained the former security chief on suspicion of treason.",
        "More than 3,800 people were arrested across the country, the police said.",
    ]
    return lines + english * 3


def main(argv: list[str] | None = None) -> None:
    """`python -m summarize.testing build FOLDER SEEDS...`: build tiny models for a demo run."""
    import sys

    args = list(sys.argv[1:] if argv is None else argv)
    if len(args) < 3 or args[0] != "build":
        raise SystemExit("usage: python -m summarize.testing build FOLDER ARTICLE_FILES_OR_FOLDERS...")
    folder = Path(args[1])
    files = sorted(p for arg in args[2:] for p in ([Path(arg)] if Path(arg).is_file() else Path(arg).rglob("*.txt")))
    corpus = corpus_from(files)
    build_tiny_marian(folder / "marian", corpus)
    build_tiny_mt5(folder / "mt5", corpus)
    print(folder)


if __name__ == "__main__":
    main()
