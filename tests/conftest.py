"""Shared fixtures: tiny models built once per session, and an environment with no network."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SEED_FILES = sorted(SEEDS.glob("*.txt"))
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture(autouse=True)
def isolated_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads the user's caches or reaches a hub: everything points into tmp_path."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HUGGINGFACE_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("BRIEF_MODELS_DIR", str(tmp_path / "model-store"))
    monkeypatch.setenv("BRIEF_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(scope="session")
def tiny_models(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """A tiny Marian translator and a tiny MT5 summarizer, trained/initialised on the seeds."""
    from summarize.testing import build_tiny_marian, build_tiny_mt5, corpus_from

    folder = tmp_path_factory.mktemp("tiny-models")
    corpus = corpus_from(SEED_FILES)
    return {"marian": build_tiny_marian(folder / "marian", corpus), "mt5": build_tiny_mt5(folder / "mt5", corpus)}


@pytest.fixture
def seeds_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    shutil.copytree(SEEDS, folder)
    return folder


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-golden", action="store_true", help="Rewrite the golden briefing files.")
