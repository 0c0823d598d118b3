"""Replaying an unchanged run without the command-line parser: same bytes, same exit codes, and a
full run whenever anything that decides the briefing (or what the command prints) changed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SEED_FILES

from summarize.replay import invocation_key

pytestmark = pytest.mark.slow


@pytest.mark.parametrize(
    ("argv", "replayable"),
    [
        (["seeds/"], True),
        (["run", "seeds/", "--out", "b.md", "--fail-on-change"], True),
        (["seeds/", "--format", "json", "-q"], True),
        ([], False),
        (["seeds/", "--check", "--out", "b.md"], False),
        (["seeds/", "--stats"], False),
        (["seeds/", "-v"], False),
        (["seeds/", "--no-cache"], False),
        (["seeds/", "--cache-dir=/tmp/x"], False),
        (["-"], False),
        (["--help"], False),
        (["segment", "seeds/"], False),
        (["cache", "stats"], False),
        (["models", "list"], False),
    ],
)
def test_which_command_lines_can_be_replayed(argv: list[str], replayable: bool) -> None:
    assert (invocation_key(argv) is not None) is replayable


def test_key_depends_on_arguments_folder_and_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    key = invocation_key(["seeds/"])
    assert key == invocation_key(["seeds/"]) and key != invocation_key(["seeds/", "--lang", "ar"])
    monkeypatch.setenv("BRIEF_MODELS_DIR", str(tmp_path))
    assert invocation_key(["seeds/"]) != key
    monkeypatch.chdir(tmp_path)
    assert invocation_key(["seeds/"]) not in (key, None)


def _brief(*args: str) -> tuple[subprocess.CompletedProcess[str], set[str]]:
    """Run `python -m summarize ARGS` and return it with the top-level packages it imported."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "summarize", *args], capture_output=True, text=True, env=os.environ)
    imported = {line.rsplit("|", 1)[-1].strip().split(".")[0] for line in done.stderr.splitlines() if line.startswith("import time:")}
    return done, imported


def _stderr(done: subprocess.CompletedProcess[str]) -> str:
    return "\n".join(line for line in done.stderr.splitlines() if not line.startswith("import time:"))


def test_unchanged_rerun_is_replayed_and_a_change_is_not(tiny_models: dict[str, Path], seeds_copy: Path) -> None:
    out = seeds_copy.parent / "BRIEFING.md"
    args = [str(seeds_copy), "--mt-model", str(tiny_models["marian"]), "--summarizer", "extractive", "-o", str(out), "--fail-on-change"]
    first, imported = _brief(*args)
    assert first.returncode == 1 and "was updated" in _stderr(first) and "typer" in imported  # a new briefing
    written = out.read_bytes()

    again, imported = _brief(*args)
    assert again.returncode == 0 and _stderr(again) == "" and out.read_bytes() == written
    assert not imported & {"typer", "click", "torch", "transformers"}  # replayed

    out.unlink()  # the output file is recreated by the replay, as by a full run
    recreated, imported = _brief(*args)
    assert recreated.returncode == 1 and "was updated" in _stderr(recreated) and "typer" not in imported
    assert out.read_bytes() == written

    article = seeds_copy / SEED_FILES[1].name
    article.write_text(article.read_text(encoding="utf-8") + "\nوأعلنت السلطات رفع حالة الطوارئ.\n", encoding="utf-8")
    changed, imported = _brief(*args)
    assert changed.returncode == 1 and "typer" in imported and out.read_bytes() != written  # not replayed
    fresh = subprocess.run(
        [sys.executable, "-m", "summarize", *args[:-3], "--no-cache"], capture_output=True, check=True, env=os.environ
    ).stdout
    assert out.read_bytes() == fresh  # the same briefing a run without any cache makes


def test_stdout_replay_and_options_that_always_run_in_full(tiny_models: dict[str, Path], seeds_copy: Path) -> None:
    args = [str(seeds_copy), "--mt-model", str(tiny_models["marian"]), "--summarizer", "extractive", "--format", "json"]
    first, _ = _brief(*args)
    replayed, imported = _brief(*args)
    assert replayed.returncode == 0 and replayed.stdout == first.stdout and "typer" not in imported
    verbose, imported = _brief(*args, "--verbose")
    assert verbose.stdout == first.stdout and "typer" in imported and "taken from the cache" in _stderr(verbose)


def test_code_fingerprint_covers_every_module_and_data_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A change to any module or JSON file of the package, subpackages included, is a new brief."""
    from summarize import briefing_memo as memo

    package = tmp_path / "summarize"
    (package / "stages").mkdir(parents=True)
    (package / "memo.py").write_text("# memo\n")
    (package / "stages" / "clean.py").write_text("# a stage in a subpackage\n")
    (package / "stages" / "weights.json").write_text("{}\n")
    manifest = package / "manifest.json"
    manifest.write_text("{}\n")
    monkeypatch.setattr(memo, "__file__", str(package / "memo.py"))
    monkeypatch.setattr(memo, "manifest_path", lambda: manifest)
    fingerprint = memo.code_fingerprint.__wrapped__  # uncached: the files change within the test
    before = fingerprint()
    for changed in ("stages/clean.py", "stages/weights.json", "manifest.json"):
        (package / changed).write_text((package / changed).read_text() + " ")
        after = fingerprint()
        assert after != before, changed
        before = after
