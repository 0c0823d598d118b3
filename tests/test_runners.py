"""Runners without Ray running: the local runner's order and chunks, and the one-line errors of `--runner`."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from conftest import SEED_FILES
from test_cli import _models, _run

from summarize.config import RunnerConfig
from summarize.dispatch import in_chunks
from summarize.errors import UsageError
from summarize.pipeline import open_runner
from summarize.runners import LocalRunner


def test_local_map_keeps_order_and_reports_progress() -> None:
    seen: list[tuple[int, int]] = []
    assert LocalRunner().map(str.upper, ["b", "a", "c"], lambda done, total: seen.append((done, total))) == ["B", "A", "C"]
    assert seen == [(1, 3), (2, 3), (3, 3)]


@pytest.mark.parametrize(
    ("size", "chunks"), [(2, [["a", "b"], ["c", "d"], ["e"]]), (5, [["a", "b", "c", "d", "e"]]), (1, [[c] for c in "abcde"])]
)
def test_in_chunks_yields_every_item_once_with_its_output(size: int, chunks: list[list[str]]) -> None:
    def work(backend: str, items: list[str]) -> list[str]:
        return [backend + item for item in items]

    done = list(in_chunks(">", size)(work, list("abcde")))
    assert [chunk for chunk, _ in done] == chunks
    assert [output for _, outputs in done for output in outputs] == [">" + c for c in "abcde"]


def test_ray_runner_without_ray_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    with pytest.raises(UsageError, match=r"pip install 'brief\[ray\]'"):
        open_runner(RunnerConfig("ray"))


@pytest.mark.parametrize("option", [["--address", "127.0.0.1:6379"], ["--actors", "2"]])
def test_ray_options_need_the_ray_runner(option: list[str]) -> None:
    result = _run(str(SEED_FILES[0].parent), "--summarizer", "extractive", *option)
    assert result.exit_code == 2
    assert result.stderr.strip() == "brief: --address and --actors need --runner ray"


@pytest.mark.slow
def test_an_address_with_no_cluster_fails_in_seconds_with_one_line(tiny_models: dict[str, Path]) -> None:
    pytest.importorskip("ray")
    import socket

    with socket.socket() as unused:  # a port nothing listens on
        unused.bind(("127.0.0.1", 0))
        port = unused.getsockname()[1]
    address = f"127.0.0.1:{port}"
    result = _run(str(SEED_FILES[0].parent), *_models(tiny_models), "--no-cache", "--runner", "ray", "--address", address)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"brief: no Ray cluster answers at 127.0.0.1:{port} (") and result.stderr.count("\n") == 1
