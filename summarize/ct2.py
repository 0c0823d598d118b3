"""The CTranslate2 engine: the same MarianMT and mT5 models, converted, run without torch or transformers.

A converted folder (`brief models convert`, or `brief models pull`) holds CTranslate2's `model.bin`,
`config.json` and vocabulary, the model's SentencePiece files and `generation_config.json`, and
`brief-ct2.json` (what it was converted from, with which CTranslate2 and quantization). Running it
needs only `ctranslate2` and `sentencepiece`, imported on first use.

Decoding follows the model's own generation defaults, mapped to CTranslate2's options. For Marian
(beam search, no n-gram blocking) the output is token for token that of the transformers path; with
`no_repeat_ngram_size` and beams (mT5), CTranslate2 blocks n-grams before normalising the scores and
transformers after, so some beams rank differently (`make bench` reports the agreement).
"""

from __future__ import annotations

import json
import shutil
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarize.errors import ModelError, UsageError, first_line
from summarize.modelstore import CONVERTED_MANIFEST, ResolvedModel
from summarize.seq2seq import decoding_options

QUANTIZATIONS = ("float32", "int8")
# What `brief models pull` converts to, per role. The translator stays float32: token for token the
# transformers output. The summarizer is int8: its beam output differs from transformers' anyway
# (n-gram blocking, see above), and its 2.3 GB of float32 weights would otherwise be most of a run's
# memory and load time (make bench: load 10.7 s and peak 2.50 GB in float32).
PULL_QUANTIZATION = {"translator": "float32", "summarizer": "int8"}
DEFAULT_MAX_BATCH = 64
# Tokenizer and decoding files a converted folder keeps from its source, per architecture.
_KEPT_FILES = {"marian": ("source.spm", "target.spm", "generation_config.json"), "mt5": ("spiece.model", "generation_config.json")}
_KEPT_FILES["t5"] = _KEPT_FILES["mt5"]
_SPECIAL_PIECES = frozenset({"<unk>", "<pad>", "</s>", "<s>"})


def ctranslate2_version() -> str:
    from importlib import metadata

    try:
        return metadata.version("ctranslate2")
    except metadata.PackageNotFoundError:
        return "not installed"


def _check_destination(source: ResolvedModel, destination: Path) -> None:
    """Only an absent folder, or an earlier conversion, may become the destination: never an existing
    folder of anything else (a home folder), nor the source model or a folder holding it. Inside the
    source only in brief's own store layout (`<revision>/ctranslate2-<quantization>`): anywhere else it
    would change the source folder's fingerprint."""
    real = destination.resolve()
    inside_store_layout = source.source == "store" and real.parent == source.path
    if real == source.path or real in source.path.parents or (source.path in real.parents and not inside_store_layout):
        raise UsageError(f"{destination} overlaps the model folder {source.spec}; give a folder outside it")
    if destination.exists() and not (destination / CONVERTED_MANIFEST).is_file():
        raise UsageError(f"{destination} exists and is not a CTranslate2 folder made by brief; refusing to replace it")


def convert(source: ResolvedModel, destination: Path, quantization: str = "float32") -> Path:
    """Convert the transformers model folder `source` into a CTranslate2 folder at `destination`.

    Needs torch and transformers (as any conversion does); the result needs neither.
    """
    if quantization not in QUANTIZATIONS:
        raise UsageError(f"unknown quantization '{quantization}' (known: {', '.join(QUANTIZATIONS)})")
    _check_destination(source, destination)
    try:
        from ctranslate2.converters import TransformersConverter
    except ImportError:
        raise ModelError("converting needs the ctranslate2 package: pip install ctranslate2") from None
    config = source.read_json("config.json")
    work = destination.with_name(destination.name + ".converting")
    shutil.rmtree(work, ignore_errors=True)
    try:
        TransformersConverter(str(source.path)).convert(
            str(work), quantization=None if quantization == "float32" else quantization, force=True
        )
    except Exception as error:  # the converter raises whatever the model's loader raises
        shutil.rmtree(work, ignore_errors=True)
        raise ModelError(f"model folder {source.spec} could not be converted: {first_line(error)}") from None
    for name in _KEPT_FILES.get(source.model_type, ()):
        if (source.path / name).is_file():
            shutil.copy2(source.path / name, work / name)
    limits = [
        int(config.get("max_position_embeddings") or 512),
        int(source.read_json("tokenizer_config.json").get("model_max_length") or 512),
    ]
    manifest = {
        "format": 1,
        "model_type": source.model_type,
        "source": source.spec,
        "source_revision": source.revision,
        "ctranslate2": ctranslate2_version(),
        "quantization": quantization,
        "max_input_tokens": min(limit for limit in limits if limit > 0),
    }
    (work / CONVERTED_MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if destination.exists():
        shutil.rmtree(destination)
    work.rename(destination)
    return destination


@dataclass
class CT2Model:
    """Batched generation with a converted model folder, through SentencePiece and CTranslate2 only."""

    model: ResolvedModel
    overrides: dict[str, Any] = field(default_factory=dict)
    threads: int | None = None
    quantize: bool = False  # int8 at load time (--fast), whatever the folder's own quantization
    max_batch: int = DEFAULT_MAX_BATCH
    calls: int = 0
    _translator: Any = None
    _pieces: Any = None  # (source SentencePiece, target SentencePiece)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.model.read_json(CONVERTED_MANIFEST)

    @property
    def decoding(self) -> dict[str, Any]:
        return decoding_options(self.model, self.overrides)

    @property
    def compute_type(self) -> str:
        return "int8" if self.quantize else str(self.manifest.get("quantization", "float32"))

    def describe(self) -> dict[str, Any]:
        """What the provenance and the cache keys record of this engine."""
        return {
            "engine": "ctranslate2",
            "ctranslate2": self.manifest.get("ctranslate2"),
            "compute_type": self.compute_type,
            "threads": self.threads,
        }

    def _sentencepiece(self) -> tuple[Any, Any]:
        if self._pieces is None:
            import sentencepiece

            names = ("source.spm", "target.spm") if self.model.model_type == "marian" else ("spiece.model", "spiece.model")
            try:
                self._pieces = tuple(sentencepiece.SentencePieceProcessor(model_file=str(self.model.path / name)) for name in names)
            except (OSError, RuntimeError) as error:
                raise ModelError(
                    f"model folder {self.model.spec}: tokenizer files ({', '.join(sorted(set(names)))}) could not be loaded: {error}"
                ) from None
        return self._pieces

    def count_tokens(self, text: str) -> int:
        return len(self._sentencepiece()[0].encode(text, out_type=str)) + 1  # + </s>

    def max_input_tokens(self) -> int:
        return int(self.manifest.get("max_input_tokens") or 512)

    def _loaded(self) -> Any:
        if self._translator is None:
            try:
                import ctranslate2
            except ImportError:
                raise ModelError(f"model folder {self.model.spec} is a CTranslate2 model: pip install ctranslate2") from None
            try:
                self._translator = ctranslate2.Translator(
                    str(self.model.path), device="cpu", compute_type=self.compute_type, intra_threads=self.threads or 0, inter_threads=1
                )
            except (RuntimeError, ValueError, OSError) as error:
                raise ModelError(f"model folder {self.model.spec}: model.bin could not be loaded by CTranslate2: {error}") from None
        return self._translator

    def generate_batch(self, texts: list[str]) -> list[str]:
        """Generate one output per input, in input order (CTranslate2 sorts and batches by length itself)."""
        target = self._sentencepiece()[1]
        outputs = self.generate_pieces(texts)
        return [target.decode([piece for piece in pieces if piece not in _SPECIAL_PIECES]).strip() for pieces in outputs]

    def generate_pieces(self, texts: list[str]) -> list[list[str]]:
        """The output pieces per input (the benchmark compares them with the transformers path's tokens)."""
        if not texts:
            return []
        source = self._sentencepiece()[0]
        tokens = [[*source.encode(text, out_type=str), "</s>"] for text in texts]  # Marian and T5 end the input with </s>
        results = self._loaded().translate_batch(tokens, max_batch_size=self.max_batch, **_options(self.decoding))
        self.calls += 1
        return [list(result.hypotheses[0]) for result in results]

    def unload(self) -> None:
        self._translator = None


def _options(decoding: dict[str, Any]) -> dict[str, Any]:
    """transformers generation settings as CTranslate2 translate_batch options.

    transformers' max_length counts the decoder's start token, CTranslate2's max_decoding_length does
    not. bad_words_ids is Marian's ban of <pad>, which the converted vocabulary no longer holds.
    """
    options: dict[str, Any] = {"beam_size": int(decoding.get("num_beams") or 1)}
    if decoding.get("max_new_tokens"):
        options["max_decoding_length"] = int(decoding["max_new_tokens"])
    elif decoding.get("max_length"):
        options["max_decoding_length"] = max(1, int(decoding["max_length"]) - 1)
    if decoding.get("min_new_tokens"):
        options["min_decoding_length"] = int(decoding["min_new_tokens"])
    elif decoding.get("min_length"):
        options["min_decoding_length"] = max(0, int(decoding["min_length"]) - 1)
    for ours, theirs in (("length_penalty", "length_penalty"), ("repetition_penalty", "repetition_penalty")):
        if decoding.get(ours) is not None:
            options[theirs] = float(decoding[ours])
    if decoding.get("no_repeat_ngram_size"):
        options["no_repeat_ngram_size"] = int(decoding["no_repeat_ngram_size"])
    return options
