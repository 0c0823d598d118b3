"""The CTranslate2 engine on tiny models: conversion, parity with the transformers path, a run that
imports neither torch nor transformers, engine choice, and cache keys that keep the engines apart."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_FILES
from typer.testing import CliRunner

from summarize.cli import app
from summarize.modelstore import resolve_model
from summarize.pipeline import segment_inputs
from summarize.seq2seq import Seq2SeqModel
from summarize.translate import MARIAN_ATTENTION

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def converted(tiny_models: dict[str, Path], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("ct2")
    for name in ("marian", "mt5"):
        result = CliRunner().invoke(app, ["models", "convert", str(tiny_models[name]), str(folder / name)])
        assert result.exit_code == 0, result.output
    return {"marian": folder / "marian", "mt5": folder / "mt5"}


def _seed_inputs() -> list[str]:
    segmented, _ = segment_inputs([str(p) for p in SEED_FILES], 10**6)
    return [piece for article in segmented.articles for s in article.sentences if s.lang == "ar" for piece in s.pieces]


def test_conversion_writes_a_self_describing_folder(converted: dict[str, Path]) -> None:
    manifest = json.loads((converted["marian"] / "brief-ct2.json").read_text())
    assert manifest["model_type"] == "marian" and manifest["quantization"] == "float32" and manifest["ctranslate2"]
    assert {"model.bin", "source.spm", "target.spm", "generation_config.json"} <= {p.name for p in converted["marian"].iterdir()}
    resolved = resolve_model(str(converted["marian"]), "translator")
    assert resolved.engine == "ctranslate2" and resolved.revision.endswith("+ct2-" + manifest["ctranslate2"] + "-float32")


@pytest.mark.parametrize(("name", "role", "minimum"), [("marian", "translator", 1.0), ("mt5", "summarizer", 0.2)])
def test_same_tokens_as_the_transformers_path(
    name: str, role: str, minimum: float, tiny_models: dict[str, Path], converted: dict[str, Path]
) -> None:
    """Marian (beam search, no n-gram blocking): every seed input gives the same tokens. mT5 blocks
    repeated bigrams in beam search, which CTranslate2 applies before normalising scores: its agreement
    on random weights is only recorded, with greedy decoding checked to be identical instead."""
    from summarize.ct2 import CT2Model

    texts = _seed_inputs()
    attention = MARIAN_ATTENTION if name == "marian" else None
    reference = Seq2SeqModel(resolve_model(str(tiny_models[name]), role), attention=attention)
    fast = CT2Model(resolve_model(str(converted[name]), role))
    same = sum(a == b for a, b in zip(reference.generate_batch(texts), fast.generate_batch(texts), strict=True))
    assert same / len(texts) >= minimum
    greedy = {"num_beams": 1}
    reference = Seq2SeqModel(resolve_model(str(tiny_models[name]), role), overrides=greedy, attention=attention)
    fast = CT2Model(resolve_model(str(converted[name]), role), overrides=greedy)
    assert reference.generate_batch(texts) == fast.generate_batch(texts)


PROBE = """
import sys
from summarize.entry import entry_point
sys.argv = ["brief", *sys.argv[1:]]
try:
    entry_point()
finally:
    heavy = sorted(name for name in sys.modules if name.split(".")[0] in ("torch", "transformers"))
    sys.stderr.write("heavy=" + ",".join(heavy) + "\\n")
"""


def test_a_run_on_converted_models_imports_neither_torch_nor_transformers(converted: dict[str, Path], tmp_path: Path) -> None:
    command = [sys.executable, "-c", PROBE, str(SEED_FILES[0].parent), "--mt-model", str(converted["marian"])]
    command += ["--sum-model", str(converted["mt5"]), "--format", "json", "--no-cache"]
    done = subprocess.run(command, capture_output=True, text=True, env={**os.environ}, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "heavy=\n" in done.stderr
    provenance = json.loads(done.stdout)["provenance"]
    assert provenance["translator"]["engine"] == provenance["summarizer"]["engine"] == "ctranslate2"
    assert provenance["translator"]["compute_type"] == "float32"


def test_fast_is_int8_greedy_on_ctranslate2(converted: dict[str, Path]) -> None:
    result = CliRunner().invoke(
        app, [str(SEED_FILES[0]), "--mt-model", str(converted["marian"]), "--summarizer", "extractive", "--fast", "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    translator = json.loads(result.stdout)["provenance"]["translator"]
    assert translator["compute_type"] == "int8" and translator["decoding"]["num_beams"] == 1


@pytest.mark.parametrize(
    ("model", "engine", "message"),
    [("converted", "transformers", "is a CTranslate2 conversion"), ("tiny", "ctranslate2", "is not converted for CTranslate2")],
)
def test_engine_and_folder_must_agree(
    model: str, engine: str, message: str, tiny_models: dict[str, Path], converted: dict[str, Path]
) -> None:
    folder = (converted if model == "converted" else tiny_models)["marian"]
    result = CliRunner().invoke(app, [str(SEED_FILES[0]), "--mt-model", str(folder), "--summarizer", "extractive", "--engine", engine])
    assert result.exit_code == 5 and message in result.stderr


def test_engines_never_share_translations(tiny_models: dict[str, Path], converted: dict[str, Path]) -> None:
    base = [str(SEED_FILES[0]), "--summarizer", "extractive", "--stats"]
    first = CliRunner().invoke(app, [*base, "--mt-model", str(tiny_models["marian"])])
    second = CliRunner().invoke(app, [*base, "--mt-model", str(converted["marian"])])
    assert first.exit_code == second.exit_code == 0
    assert '"hits": 0' in second.stderr  # keyed by engine, revision, compute type and threads


@pytest.mark.parametrize("where", ["existing-folder", "inside-source", "source-itself"])
def test_convert_never_replaces_a_folder_it_did_not_make(where: str, tiny_models: dict[str, Path], tmp_path: Path) -> None:
    source = tiny_models["marian"]
    destination = {"existing-folder": tmp_path / "home", "inside-source": source / "ct2", "source-itself": source}[where]
    if where == "existing-folder":
        destination.mkdir()
        (destination / "notes.txt").write_text("keep me")
    before = sorted(p.name for p in source.iterdir())
    result = CliRunner().invoke(app, ["models", "convert", str(source), str(destination)])
    assert result.exit_code == 2 and ("refusing" in result.stderr or "overlaps" in result.stderr), result.stderr
    assert sorted(p.name for p in source.iterdir()) == before
    if where == "existing-folder":
        assert (destination / "notes.txt").read_text() == "keep me"
