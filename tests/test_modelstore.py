"""Model resolution: local folders, the store, the HF cache, and clear errors when a model is missing."""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path

import pytest

from summarize import config
from summarize.errors import ModelError
from summarize.modelstore import default_model, known_models, resolve_model, store_folder

pytestmark = pytest.mark.slow


def test_manifest_defaults_match_cli_defaults() -> None:
    assert default_model("translator").hub_id == config.DEFAULT_MT_MODEL
    assert default_model("summarizer").hub_id == config.DEFAULT_SUM_MODEL
    assert {m.hub_id for m in known_models()} >= {"Helsinki-NLP/opus-mt-tc-big-ar-en"}


def test_local_folder_resolves_with_content_fingerprint(tiny_models: dict[str, Path]) -> None:
    first = resolve_model(str(tiny_models["marian"]), "translator")
    again = resolve_model(str(tiny_models["marian"]), "translator")
    assert first.source == "folder" and first.model_type == "marian"
    assert first.revision == again.revision and first.revision.startswith("local-")


def test_hub_id_found_in_store_and_hf_cache(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    revision = default_model("translator").revision
    shutil.copytree(tiny_models["marian"], store_folder(config.DEFAULT_MT_MODEL, revision))
    found = resolve_model(config.DEFAULT_MT_MODEL, "translator")
    assert (found.source, found.revision) == ("store", revision)

    snapshot = tmp_path / "hf-home" / "hub" / "models--csebuetnlp--mT5_multilingual_XLSum" / "snapshots" / "abc123"
    shutil.copytree(tiny_models["mt5"], snapshot)
    (snapshot.parent.parent / "refs").mkdir()
    (snapshot.parent.parent / "refs" / "main").write_text("abc123")
    found = resolve_model(config.DEFAULT_SUM_MODEL, "summarizer", revision="main")
    assert (found.source, found.path, found.revision) == ("hf-cache", snapshot, "abc123")


def test_offline_error_names_model_places_and_fix() -> None:
    with pytest.raises(ModelError) as raised:
        resolve_model(config.DEFAULT_MT_MODEL, "translator")
    message = str(raised.value)
    assert "Helsinki-NLP/opus-mt-ar-en" in message and "HF_HUB_OFFLINE" in message
    assert "model-store" in message and "hf-home" in message
    assert "--mt-model DIR" in message and "hf download Helsinki-NLP/opus-mt-ar-en" in message and "\n" not in message


def test_unreachable_hub_fails_fast(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "0")
    started = time.monotonic()
    with pytest.raises(ModelError, match="cannot be reached"):
        resolve_model(config.DEFAULT_MT_MODEL, "translator")
    assert time.monotonic() - started < 10


@pytest.mark.parametrize(
    ("role", "model", "remove", "message"),
    [
        ("translator", "mt5", None, "holds a 'mt5' model, but the translator needs marian"),
        ("summarizer", "marian", None, "holds a 'marian' model, but the summarizer needs mt5 or t5"),
        ("translator", "marian", "source.spm", "tokenizer file(s) missing: source.spm"),
        ("translator", "marian", "model.safetensors", "no weights"),
        ("summarizer", "mt5", "config.json", "config.json is missing"),
    ],
)
def test_incomplete_or_wrong_folder(
    tiny_models: dict[str, Path], tmp_path: Path, role: str, model: str, remove: str | None, message: str
) -> None:
    folder = tmp_path / "model"
    shutil.copytree(tiny_models[model], folder)
    if remove:
        (folder / remove).unlink()
    if remove == "source.spm":
        (folder / "tokenizer.json").unlink(missing_ok=True)
    with pytest.raises(ModelError, match=message.replace("(", r"\(").replace(")", r"\)")):
        resolve_model(str(folder), role)


def test_missing_folder_is_not_mistaken_for_hub_id(tmp_path: Path) -> None:
    with pytest.raises(ModelError, match="does not exist"):
        resolve_model(str(tmp_path / "nope"), "translator")


def test_decoding_defaults_come_from_generation_config(tiny_models: dict[str, Path]) -> None:
    from summarize.seq2seq import decoding_options

    resolved = resolve_model(str(tiny_models["mt5"]), "summarizer")
    generation = json.loads((tiny_models["mt5"] / "generation_config.json").read_text())
    options = decoding_options(resolved)
    assert options["num_beams"] == generation["num_beams"]
    assert options["no_repeat_ngram_size"] == 2 and options["length_penalty"] == 0.6
    assert decoding_options(resolved, {"num_beams": 1})["num_beams"] == 1
