"""Randomly initialised models with the exact shapes of the default models (see shared reference:
Helsinki-NLP/opus-mt-ar-en and csebuetnlp/mT5_multilingual_XLSum). The compute is real even though
the words are not. Built once into bench/.models/ (git-ignored) and loaded like any model folder.
"""

from __future__ import annotations

import json
from pathlib import Path

from summarize.testing import _train_sentencepiece

MARIAN_VOCAB = 62834
MARIAN_PAD = 62833
MT5_VOCAB = 250112
TOKENIZER_PIECES = 4000
SEED = 0


def _padded(proto: bytes, size: int) -> bytes:
    """The trained SentencePiece model with unused pieces appended up to `size`, so that every id the
    random model can emit decodes (the real vocabularies have exactly these sizes)."""
    from sentencepiece import sentencepiece_model_pb2

    model = sentencepiece_model_pb2.ModelProto()
    model.ParseFromString(proto)
    lowest = min(p.score for p in model.pieces)
    for index in range(len(model.pieces), size):
        piece = model.pieces.add()
        piece.piece = f"▁x{index}"
        piece.score = lowest - 1.0
        piece.type = sentencepiece_model_pb2.ModelProto.SentencePiece.Type.NORMAL
    return bytes(model.SerializeToString())


def build_marian(folder: Path, corpus: list[str]) -> Path:
    """opus-mt-ar-en shape: transformer-base, 6+6 layers, d_model 512, vocab 62834 shared."""
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MarianConfig, MarianMTModel, MarianTokenizer

    if (folder / "config.json").is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    proto = _padded(_train_sentencepiece(corpus, TOKENIZER_PIECES, unk_id=0, pad_id=-1, bos_id=-1, eos_id=-1), MARIAN_PAD - 1)
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes(proto)
    processor = spm.SentencePieceProcessor(model_proto=proto)
    vocab = {"</s>": 0, "<unk>": 1}
    for index in range(processor.get_piece_size()):
        vocab.setdefault(processor.id_to_piece(index), len(vocab))
    vocab["<pad>"] = len(vocab)
    assert vocab["<pad>"] == MARIAN_PAD, vocab["<pad>"]
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(
        source_spm=str(folder / "source.spm"), target_spm=str(folder / "target.spm"), vocab=str(folder / "vocab.json"), model_max_length=512
    )
    config = MarianConfig(
        vocab_size=MARIAN_VOCAB,
        d_model=512,
        encoder_layers=6,
        decoder_layers=6,
        encoder_attention_heads=8,
        decoder_attention_heads=8,
        encoder_ffn_dim=2048,
        decoder_ffn_dim=2048,
        activation_function="swish",
        max_position_embeddings=512,
        static_position_embeddings=True,
        scale_embedding=True,
        share_encoder_decoder_embeddings=True,
        pad_token_id=MARIAN_PAD,
        decoder_start_token_id=MARIAN_PAD,
        eos_token_id=0,
    )
    torch.manual_seed(SEED)
    model = MarianMTModel(config)
    # The real generation defaults, except max_length: random weights never emit </s>, so a full
    # pipeline run with them would write 512 tokens per sentence. Benchmarks force lengths explicitly.
    model.generation_config = GenerationConfig(
        num_beams=4, max_length=64, bad_words_ids=[[MARIAN_PAD]], pad_token_id=MARIAN_PAD, eos_token_id=0, decoder_start_token_id=MARIAN_PAD
    )
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder


def build_mt5(folder: Path, corpus: list[str]) -> Path:
    """mT5_multilingual_XLSum shape: mT5-base, 12+12 layers, d_model 768, vocab 250112, untied."""
    import sentencepiece as spm
    import torch
    from transformers import GenerationConfig, MT5Config, MT5ForConditionalGeneration, T5Tokenizer

    if (folder / "config.json").is_file():
        return folder
    folder.mkdir(parents=True, exist_ok=True)
    proto = _padded(_train_sentencepiece(corpus, TOKENIZER_PIECES, pad_id=0, eos_id=1, unk_id=2, bos_id=-1), MT5_VOCAB)
    processor = spm.SentencePieceProcessor(model_proto=proto)
    pieces = [(processor.id_to_piece(i), processor.get_score(i)) for i in range(processor.get_piece_size())]
    tokenizer = T5Tokenizer(vocab=pieces, extra_ids=0, model_max_length=512)
    config = MT5Config(
        vocab_size=MT5_VOCAB,
        d_model=768,
        d_kv=64,
        d_ff=2048,
        num_layers=12,
        num_decoder_layers=12,
        num_heads=12,
        feed_forward_proj="gated-gelu",
        tie_word_embeddings=False,
        relative_attention_num_buckets=32,
        relative_attention_max_distance=128,
        pad_token_id=0,
        eos_token_id=1,
        decoder_start_token_id=0,
    )
    torch.manual_seed(SEED)
    model = MT5ForConditionalGeneration(config)
    # transformers 5 always ties lm_head to the shared embedding when it builds an mT5 (its config
    # forces tie_word_embeddings), but the real checkpoint has a separate lm_head, which it loads
    # untied because the two differ. Give ours its own random lm_head: 580M parameters, 2.33 GB.
    model.lm_head.weight = torch.nn.Parameter(torch.randn_like(model.shared.weight) * model.config.d_model**-0.5)
    model.config.tie_word_embeddings = False
    model.generation_config = GenerationConfig(
        num_beams=4, max_length=84, no_repeat_ngram_size=2, length_penalty=0.6, pad_token_id=0, eos_token_id=1, decoder_start_token_id=0
    )
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    (folder / "spiece.model").write_bytes(proto)
    return folder
