"""A sequence-to-sequence model from transformers, loaded on first use.

torch and transformers are imported here, inside methods, never at module import, so that
`brief --help` and fully cached runs stay instant.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, Protocol

from summarize.errors import ModelError, first_line
from summarize.modelstore import WEIGHT_FILES, ResolvedModel, check_decoding_values

TOKENIZER_FILES = frozenset({"source.spm", "target.spm", "vocab.json", "spiece.model", "tokenizer.json", "tokenizer_config.json"})

DEFAULT_BATCH_TOKENS = 2048  # padded input tokens per generate() call; best of 1024-32768 measured on 2 cores (bench/)
DEFAULT_MAX_BATCH = 64  # inputs per generate() call; 32 left a short, slow tail batch (bench/)
# glibc mallopt(3) parameters: see _keep_freed_memory.
M_TRIM_THRESHOLD = -1
M_MMAP_MAX = -4
GLIBC_DEFAULT_TRIM_THRESHOLD = 128 * 1024
GLIBC_DEFAULT_MMAP_MAX = 65536
KEPT_MEMORY_TRIM_THRESHOLD = 1 << 30  # free memory glibc may hold before trimming while a model runs
# Decoding settings read from generation_config.json and recorded in provenance and cache keys.
DECODING_KEYS = (
    "num_beams",
    "max_length",
    "max_new_tokens",
    "min_length",
    "no_repeat_ngram_size",
    "length_penalty",
    "repetition_penalty",
    "early_stopping",
    "do_sample",
    "bad_words_ids",
)


def decoding_options(model: ResolvedModel, overrides: dict[str, Any] | None = None) -> dict[str, Any]:
    """The model's own generation defaults (generation_config.json, else config.json) plus overrides."""
    generation = model.read_json("generation_config.json") or model.read_json("config.json")
    options = {key: generation[key] for key in DECODING_KEYS if generation.get(key) is not None}
    options.update(overrides or {})
    check_decoding_values(options, f"model folder {model.spec}: generation settings")
    return dict(sorted(options.items()))


class Engine(Protocol):
    """What a backend needs of an inference engine (this transformers one, or `ct2.CT2Model`)."""

    @property
    def decoding(self) -> dict[str, Any]: ...

    def generate_batch(self, texts: list[str]) -> list[str]: ...

    def count_tokens(self, text: str) -> int: ...

    def max_input_tokens(self) -> int: ...

    def describe(self) -> dict[str, Any]: ...

    def unload(self) -> None: ...


@dataclass
class Seq2SeqModel:
    """Batched generation with a seq2seq model folder: sorted by length, padding-aware batches."""

    model: ResolvedModel
    overrides: dict[str, Any] = field(default_factory=dict)
    batch_tokens: int = DEFAULT_BATCH_TOKENS
    max_batch: int = DEFAULT_MAX_BATCH
    threads: int | None = None
    quantize: bool = False
    attention: str | None = None  # transformers attn_implementation; None: the library's default
    calls: int = 0
    _tokenizer: Any = None
    _model: Any = None

    @property
    def decoding(self) -> dict[str, Any]:
        return decoding_options(self.model, self.overrides)

    @property
    def tokenizer(self) -> Any:
        if self._tokenizer is None:
            self._tokenizer = _load_tokenizer(self.model)
        return self._tokenizer

    def describe(self) -> dict[str, Any]:
        """What the provenance and the cache keys record of this engine."""
        return {"engine": "transformers", "compute_type": "int8" if self.quantize else "float32", "threads": self.threads}

    def max_input_tokens(self) -> int:
        config = self.model.read_json("config.json")
        limits = [int(config.get("max_position_embeddings") or 512), int(getattr(self.tokenizer, "model_max_length", 512) or 512)]
        return min(limit for limit in limits if limit > 0)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=True)["input_ids"])

    def generate_batch(self, texts: list[str]) -> list[str]:
        """Generate one output per input, in input order."""
        ids = self.generate_ids(texts)
        return [text.strip() for text in self.tokenizer.batch_decode(ids, skip_special_tokens=True)] if ids else []

    def generate_ids(self, texts: list[str]) -> list[list[int]]:
        """Output token ids (without padding) per input, in input order: batches of similar length."""
        if not texts:
            return []
        import torch

        model = self._loaded_model()
        tokenizer = self.tokenizer
        lengths = [len(ids) for ids in tokenizer(texts)["input_ids"]]
        order = sorted(range(len(texts)), key=lambda i: (-lengths[i], i))
        outputs: list[list[int]] = [[] for _ in texts]
        options = dict(self.decoding)
        options.pop("bad_words_ids", None)  # already in the model's generation config
        pad = model.generation_config.pad_token_id
        beams = int(options.get("num_beams") or model.generation_config.num_beams or 1)
        with torch.inference_mode():
            for batch in _batches(order, lengths, self.batch_tokens, self.max_batch):
                encoded = tokenizer([texts[i] for i in batch], return_tensors="pt", padding=True)
                generated = model.generate(**encoded, **options, **_beam_search_cache(model, beams))
                self.calls += 1
                for index, row in zip(batch, generated.tolist(), strict=True):
                    outputs[index] = [token for token in row[1:] if token != pad]
        return outputs

    def _loaded_model(self) -> Any:
        if self._model is None:
            self._model = _load_model(self.model, self.threads, self.quantize, self.attention)
        return self._model

    def unload(self) -> None:
        """Free the weights and hand freed memory back (the next stage's model is loaded only after this)."""
        self._model = None
        import gc

        gc.collect()
        _return_freed_memory()


def _batches(order: list[int], lengths: list[int], batch_tokens: int, max_batch: int) -> Iterator[list[int]]:
    """Consecutive groups of the length-sorted inputs whose padded size stays within the budget."""
    batch: list[int] = []
    for index in order:
        longest = lengths[batch[0]] if batch else lengths[index]
        if batch and (len(batch) + 1 > max_batch or longest * (len(batch) + 1) > batch_tokens):
            yield batch
            batch = []
        batch.append(index)
    if batch:
        yield batch


def _beam_search_cache(model: Any, beams: int) -> dict[str, Any]:
    """generate() keyword for a cache that skips reordering the beam-invariant encoder states."""
    if beams <= 1 or not model.config.is_encoder_decoder:
        return {}
    from summarize.kv_cache import SharedEncoderStatesCache

    return {"past_key_values": SharedEncoderStatesCache()}


def _glibc() -> Any:
    """The C library when it is glibc (mallopt and malloc_trim exist), else None."""
    import ctypes
    import platform

    if platform.system() != "Linux" or platform.libc_ver()[0] != "glibc":
        return None
    libc = ctypes.CDLL(None)
    return libc if hasattr(libc, "mallopt") and hasattr(libc, "malloc_trim") else None


def _keep_freed_memory() -> None:
    """Let glibc reuse freed memory instead of returning it to the kernel while a model runs.

    Batched beam search allocates and frees tensors of tens of MB at every step ([rows, vocabulary]
    logits). Above glibc's mmap threshold each one is a fresh mapping whose pages fault in again:
    about 600,000 page faults per 50 sentences, some 8% of batched decoding time on the 2-core
    machines measured (bench/). Process-wide until `_return_freed_memory`.
    """
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_MMAP_MAX, 0)
        libc.mallopt(M_TRIM_THRESHOLD, KEPT_MEMORY_TRIM_THRESHOLD)


def _return_freed_memory() -> None:
    """Undo `_keep_freed_memory` and give the kept memory back, so the next model starts lean."""
    libc = _glibc()
    if libc is not None:
        libc.mallopt(M_MMAP_MAX, GLIBC_DEFAULT_MMAP_MAX)
        libc.mallopt(M_TRIM_THRESHOLD, GLIBC_DEFAULT_TRIM_THRESHOLD)
        libc.malloc_trim(0)


def _quiet_transformers() -> None:
    os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    warnings.filterwarnings("ignore", message=".*sacremoses.*")


def _load_tokenizer(model: ResolvedModel) -> Any:
    _quiet_transformers()
    from transformers import AutoTokenizer

    try:
        return AutoTokenizer.from_pretrained(str(model.path))
    except Exception as error:  # a damaged tokenizer file raises whatever its parser raises
        files = ", ".join(sorted(p.name for p in model.path.iterdir() if p.name in TOKENIZER_FILES)) or "none found"
        raise ModelError(f"model folder {model.spec}: tokenizer files ({files}) could not be loaded: {first_line(error)}") from None


def _load_model(model: ResolvedModel, threads: int | None, quantize: bool, attention: str | None) -> Any:
    _quiet_transformers()
    import torch
    from transformers import AutoModelForSeq2SeqLM

    if threads:
        torch.set_num_threads(threads)
    try:
        extra = {"attn_implementation": attention} if attention else {}
        loaded = AutoModelForSeq2SeqLM.from_pretrained(str(model.path), dtype=torch.float32, **extra)
    except Exception as error:  # weights that do not fit config.json, or that their loader rejects
        weights = next((name for name in WEIGHT_FILES if (model.path / name).is_file()), "weights")
        raise ModelError(f"model folder {model.spec}: {weights} could not be loaded with its config.json: {first_line(error)}") from None
    loaded.eval()
    _keep_freed_memory()
    if quantize:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # torch marks eager dynamic quantisation as deprecated
            loaded = torch.ao.quantization.quantize_dynamic(loaded, {torch.nn.Linear}, dtype=torch.qint8)
    return loaded
