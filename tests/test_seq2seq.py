"""The shared generation engine: batched beam search gives exactly what plain generate() gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from summarize.modelstore import resolve_model
from summarize.seq2seq import Seq2SeqModel

TEXTS = [
    "أعلن الكرملين في بيان.",
    "وقالت وكالة سبوتنيك كازاخستان إن إطلاق نار واشتباكات شهدتها مدينة قيزلادا.",
    "مرحبا",
    "قالت وزارة الداخلية إن عدد الموقوفين بلغ 3800 شخص في عدة مدن.",
]


# The tiny MT5's large random weights leave near-tied beams that padding's last-bit float
# differences can flip, so it is compared one input at a time; Marian also in one padded batch.
@pytest.mark.parametrize(("kind", "role", "batched"), [("marian", "translator", True), ("mt5", "summarizer", False)])
def test_engine_matches_plain_generate(tiny_models: dict[str, Path], kind: str, role: str, batched: bool) -> None:
    """Length-sorted batches and the beam cache that leaves encoder states in place change no token."""
    import torch
    from transformers import AutoModelForSeq2SeqLM

    engine = Seq2SeqModel(resolve_model(str(tiny_models[kind]), role))
    plain = AutoModelForSeq2SeqLM.from_pretrained(str(tiny_models[kind])).eval()
    assert plain.generation_config.num_beams > 1
    expected = []
    with torch.inference_mode():
        for text in TEXTS:
            row = plain.generate(**engine.tokenizer(text, return_tensors="pt"))[0].tolist()
            expected.append([t for t in row[1:] if t != plain.generation_config.pad_token_id])
    if batched:
        assert engine.generate_ids(TEXTS) == expected
        assert engine.calls == 1
    else:
        assert [engine.generate_ids([text])[0] for text in TEXTS] == expected
    engine.unload()
    assert engine.generate_ids(TEXTS[:1]) == expected[:1]  # reloads after unload
