"""`--runner ray` on a local Ray instance (2 CPUs) with the tiny models: the same briefing as the local
runner, a killed model worker retried with nothing lost, a failed run resumed from the memory, and
a memory exported from a Ray run answering a rerun with no model call."""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import SEED_FILES
from test_cli import _models, _run

from summarize import translate
from summarize.config import BriefConfig, RunnerConfig
from summarize.errors import BriefError
from summarize.pipeline import open_runner, run

ray = pytest.importorskip("ray")
pytestmark = pytest.mark.slow
SEEDS = str(SEED_FILES[0].parent)


@pytest.fixture(scope="module", autouse=True)
def local_ray() -> Iterator[None]:
    """One local Ray instance for the module: `--runner ray` joins it instead of starting its own."""
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False, logging_level="ERROR")
    yield
    ray.shutdown()


def _briefing(tiny: dict[str, Path], *options: str) -> dict[str, object]:
    result = _run(SEEDS, *_models(tiny), "--format", "json", *options)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _without_runner(briefing: dict[str, object]) -> dict[str, object]:
    provenance = dict(briefing["provenance"])  # type: ignore[call-overload]
    provenance.pop("runner")
    return {**briefing, "provenance": provenance}


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_ray_gives_the_local_briefing(tiny_models: dict[str, Path], lang: str) -> None:
    local = _briefing(tiny_models, "--lang", lang, "--no-cache")
    on_ray = _briefing(tiny_models, "--lang", lang, "--no-cache", "--runner", "ray", "--batch-size", "7")
    assert on_ray["provenance"]["runner"] == {"name": "ray", "ray": ray.__version__}  # type: ignore[index]
    assert local["provenance"]["runner"] == {"name": "local"}  # type: ignore[index]
    assert _without_runner(on_ray) == _without_runner(local)


def _config(tiny: dict[str, Path], cache: Path) -> BriefConfig:
    return BriefConfig(mt_model=str(tiny["marian"]), sum_model=str(tiny["mt5"]), cache_dir=cache)


def test_a_killed_worker_is_restarted_and_its_batch_retried(
    tiny_models: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    marker = tmp_path / "killed"
    translate_fitting = translate.translate_fitting

    def killed_once(translator: object, texts: list[str]) -> list[str]:  # shipped to the workers by value
        if not marker.exists():
            marker.write_text(str(os.getpid()))
            os._exit(1)  # the worker process dies mid-batch, as on a lost node
        return translate_fitting(translator, texts)  # type: ignore[arg-type]

    expected = run([SEEDS], _config(tiny_models, tmp_path / "local")).briefing
    monkeypatch.setattr(translate, "translate_fitting", killed_once)
    runner = open_runner(RunnerConfig("ray", batch_size=16))
    try:
        result = run([SEEDS], _config(tiny_models, tmp_path / "ray"), runner=runner)
    finally:
        runner.close()
    assert marker.exists()  # a worker was killed
    assert [a.sentences for a in result.briefing.sources] == [a.sentences for a in expected.sources]  # every sentence, translated
    assert result.briefing.stories == expected.stories


def test_a_failed_run_resumes_without_retranslating(tiny_models: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    translate_fitting = translate.translate_fitting
    calls = tmp_path / "calls"

    def fails_after_two_batches(translator: object, texts: list[str]) -> list[str]:
        with calls.open("a") as log:
            log.write(f"{len(texts)}\n")
        if len(calls.read_text().splitlines()) > 2:
            raise BriefError("the model server went away")
        return translate_fitting(translator, texts)  # type: ignore[arg-type]

    config = _config(tiny_models, tmp_path / "cache")
    monkeypatch.setattr(translate, "translate_fitting", fails_after_two_batches)
    runner = open_runner(RunnerConfig("ray", actors=1, batch_size=20))
    try:
        with pytest.raises(BriefError, match="went away"):  # the worker's own error, raised on the driver
            run([SEEDS], config, runner=runner)
        monkeypatch.setattr(translate, "translate_fitting", translate_fitting)
        resumed = run([SEEDS], config, runner=runner)
    finally:
        runner.close()
    assert resumed.stats.hits == 40  # the two batches done before the failure were saved as they came back
    fresh = run([SEEDS], _config(tiny_models, tmp_path / "fresh"))
    assert resumed.stats.hits + resumed.stats.misses == fresh.stats.misses
    assert resumed.briefing.stories == fresh.briefing.stories


def test_a_memory_exported_from_a_ray_run_warms_a_local_rerun(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    cold = _briefing(tiny_models, "--runner", "ray", "--cache-dir", str(tmp_path / "cluster"), "--stats")
    assert cold["provenance"]["run"]["misses"] > 0  # type: ignore[index]
    exported = tmp_path / "memory.parquet"
    assert _run("cache", "export", str(exported), "--cache-dir", str(tmp_path / "cluster")).exit_code == 0
    assert _run("cache", "import", str(exported), "--cache-dir", str(tmp_path / "laptop")).exit_code == 0
    warm = _briefing(tiny_models, "--cache-dir", str(tmp_path / "laptop"), "--stats")
    assert warm["provenance"]["run"]["model_calls"] == 0 and warm["provenance"]["run"]["misses"] == 0  # type: ignore[index]
    assert warm["stories"] == cold["stories"] and warm["sources"] == cold["sources"]


def test_segment_on_ray_keeps_order_and_problems(tmp_path: Path) -> None:
    from summarize.ingest import ingest
    from summarize.pipeline import segment_inputs

    (tmp_path / "english.txt").write_text("Only English here.\n", encoding="utf-8")
    inputs = [*map(str, SEED_FILES), str(tmp_path / "english.txt")]
    local, _ = segment_inputs(inputs, 10**6, ingested=ingest(inputs, max_bytes=10**6))
    runner = open_runner(RunnerConfig("ray"))
    try:
        seen: list[tuple[int, int]] = []
        on_ray, _ = segment_inputs(
            inputs,
            10**6,
            ingested=ingest(inputs, max_bytes=10**6),
            runner=runner,
            progress=lambda _, done, total: seen.append((done, total)),
        )
    finally:
        runner.close()
    assert on_ray.articles == local.articles
    assert [str(p) for p in on_ray.problems] == [str(p) for p in local.problems] and len(local.problems) == 1
    assert seen[-1] == (3, 3)
