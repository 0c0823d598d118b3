"""The pre-commit hook for real: pre-commit installs brief from a repository and runs it on a newsroom repo."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED_FILES

pytestmark = pytest.mark.slow
HOOK_REPO_FILES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml", "summarize", "models/manifest.json")


def _git(folder: Path, *args: str) -> str:
    command = ["git", "-c", "user.email=test@example.com", "-c", "user.name=test", "-c", "commit.gpgsign=false", *args]
    return subprocess.run(command, cwd=folder, check=True, capture_output=True, text=True).stdout.strip()


def _hook_repo(folder: Path) -> str:
    """This working tree's package and hook manifest as a git repository; returns its commit."""
    for name in HOOK_REPO_FILES:
        source, target = ROOT / name, folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy2(source, target)
    _git(folder, "init", "-q")
    _git(folder, "add", "-A")
    _git(folder, "commit", "-q", "-m", "brief")
    return _git(folder, "rev-parse", "HEAD")


def _pre_commit(newsroom: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pre_commit", "run", "--all-files", "--color", "never"],
        cwd=newsroom,
        capture_output=True,
        text=True,
        env={**os.environ, "PRE_COMMIT_HOME": str(newsroom.parent / "pre-commit-home")},
        timeout=1200,
    )


def test_pre_commit_regenerates_briefing_and_fails_only_when_it_changed(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    rev = _hook_repo(tmp_path / "brief-hook")
    newsroom = tmp_path / "newsroom"
    (newsroom / "news").mkdir(parents=True)
    for seed in SEED_FILES:
        shutil.copy2(seed, newsroom / "news" / seed.name)
    (newsroom / ".pre-commit-config.yaml").write_text(
        f"""repos:
  - repo: {tmp_path / "brief-hook"}
    rev: {rev}
    hooks:
      - id: brief
        args: [news/, --mt-model, "{tiny_models["marian"]}", --summarizer, extractive]
""",
        encoding="utf-8",
    )
    _git(newsroom, "init", "-q")
    _git(newsroom, "add", "-A")

    created = _pre_commit(newsroom)
    assert created.returncode == 1, created.stdout + created.stderr
    assert "Failed" in created.stdout and "was updated" in created.stdout
    briefing = newsroom / "BRIEFING.md"
    assert "2 source(s)" in briefing.read_text(encoding="utf-8")

    _git(newsroom, "add", "-A")
    current = _pre_commit(newsroom)
    assert current.returncode == 0, current.stdout + current.stderr
    assert "Passed" in current.stdout

    article = newsroom / "news" / SEED_FILES[1].name
    article.write_text(article.read_text(encoding="utf-8") + "\nوأعلنت السلطات رفع حالة الطوارئ في البلاد.\n", encoding="utf-8")
    _git(newsroom, "add", "-A")
    before = briefing.read_text(encoding="utf-8")
    changed = _pre_commit(newsroom)
    assert changed.returncode == 1 and "Failed" in changed.stdout
    assert briefing.read_text(encoding="utf-8") != before and "رفع حالة الطوارئ" in briefing.read_text(encoding="utf-8")
