"""The briefing memo: a rerun whose inputs, models, settings and brief code are all unchanged
gets the previous briefing back from the cache without cleaning, translating or rendering.

This is what makes brief cheap as a pre-commit hook: an unchanged run reads and hashes the
inputs, resolves the model folders (no torch, no transformers) and finds the rendered text.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any, BinaryIO

from summarize.config import BriefConfig, RunnerConfig
from summarize.display import no_surrogates, visible
from summarize.errors import InputError, NoInputError
from summarize.ingest import IngestResult, ingest
from summarize.memory import CACHE_FILE, CacheStats, WorkMemory, default_cache_dir
from summarize.modelstore import hf_hub_cache, manifest_path, resolve_model, store_dir
from summarize.output import check_output_target

KIND = "briefing"
NAMESPACE = "v1"
# Settings that decide where things are, not what the briefing says.
_NOT_IN_KEY = ("cache_dir", "use_cache", "allow_download")


@dataclass(frozen=True)
class BriefOutput:
    """A rendered briefing and what the CLI reports about it."""

    text: str
    problems: tuple[InputError, ...]
    sources: dict[str, str]  # path (as shown, see display.visible) -> sha256 of every briefed source
    warnings: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()
    stats: CacheStats | None = None


@cache  # one process runs one version of brief; the replay key and the memo key both need it
def code_fingerprint() -> str:
    """Hash of brief's own source and data files (every module and JSON file of the package, in any
    subpackage, and the model manifest): a new brief version never reuses a memo."""
    package = Path(__file__).parent
    files = sorted({*package.rglob("*.py"), *package.rglob("*.json"), manifest_path()})
    digest = hashlib.sha256()
    for path in files:
        name = path.relative_to(package).as_posix() if path.is_relative_to(package) else path.name
        digest.update(name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def briefing_key(ingested: IngestResult, config: BriefConfig, output_format: str, runner: str = "local") -> str:
    models = [resolve_model(config.mt_model, "translator", config.mt_revision, config.allow_download, config.engine).revision]
    if config.summarizer != "extractive":
        models.append(resolve_model(config.sum_model, "summarizer", config.sum_revision, config.allow_download, config.engine).revision)
    settings = {k: v for k, v in asdict(config).items() if k not in _NOT_IN_KEY}
    blob = {
        "code": code_fingerprint(),
        "config": settings,
        "format": output_format,
        "runner": runner,  # named in the provenance
        "models": models,
        "inputs": [[d.source.path, d.source.sha256] for d in ingested.documents],
        "problems": [[p.path, p.problem] for p in ingested.problems],
    }
    return hashlib.sha256(json.dumps(blob, sort_keys=True, default=str).encode()).hexdigest()


def read_inputs(inputs: Sequence[str], config: BriefConfig, out: Path | None, stdin: BinaryIO | bytes | None = None) -> IngestResult:
    """Stage 1 for a run that writes to `out`: `out` itself is never read as an article, and an `out`
    that would overwrite an input article, the translation memory or a model file is refused."""
    exclude = [str(out)] if out is not None else []
    ingested = ingest(inputs, max_bytes=config.max_bytes, stdin=stdin, exclude=exclude, follow_external_links=config.follow_external_links)
    if out is not None:
        named = [found.path for found in ingested.excluded if found.named]
        walked = [found.path for found in ingested.excluded if not found.named]
        check_output_target(out, named, walked, _protected_places(config))
    return ingested


def _protected_places(config: BriefConfig) -> list[Path]:
    memory = (config.cache_dir or default_cache_dir()) / CACHE_FILE
    local_models = [Path(spec).expanduser() for spec in (config.mt_model, config.sum_model) if Path(spec).expanduser().is_dir()]
    sidecars = [memory.with_name(memory.name + suffix) for suffix in ("-wal", "-shm", "-journal")]
    return [memory, *sidecars, store_dir(), hf_hub_cache(), *local_models]


def make_briefing(
    inputs: Sequence[str],
    config: BriefConfig,
    output_format: str,
    *,
    out: Path | None = None,
    stdin: BinaryIO | bytes | None = None,
    progress: Callable[[str, int, int], None] | None = None,
    with_stats: bool = False,
    runner: RunnerConfig | None = None,
) -> BriefOutput:
    """Render the briefing for `inputs`, from the memo when nothing that decides it has changed.

    With `with_stats` the run statistics go into the provenance, so the memo is bypassed. `runner`
    says where the stages run (default: here); it is started only when something has to run.
    """
    runner = runner or RunnerConfig()
    ingested = read_inputs(inputs, config, out, stdin)
    if not ingested.documents:
        raise NoInputError.after(ingested.problems)
    memory = WorkMemory.open(config.cache_dir or default_cache_dir()) if config.use_cache else None
    try:
        key = briefing_key(ingested, config, output_format, runner.name) if memory and not with_stats else None
        found = _lookup(memory, key) if memory and key else None
        if found is not None:
            return replace(found, warnings=ingested.warnings + found.warnings)
        output = _make(ingested, config, output_format, memory, progress, with_stats, runner)
        if memory and key:
            memory.put_many(KIND, NAMESPACE, {key: json.dumps(_to_memo(output), ensure_ascii=False)})
        return output
    finally:
        if memory:
            memory.close()


def cached_briefing(
    inputs: Sequence[str], config: BriefConfig, output_format: str, memory: WorkMemory, out: Path | None = None
) -> BriefOutput | None:
    """The memoised briefing in the open `memory` when nothing that decides it has changed, else None.

    Never runs a model and never downloads: a missing model is a miss, left to the full run to report.
    """
    ingested = read_inputs(inputs, config, out)
    if not ingested.documents or ingested.warnings:
        return None
    return _lookup(memory, briefing_key(ingested, replace(config, allow_download=False), output_format))


def _lookup(memory: WorkMemory, key: str) -> BriefOutput | None:
    found = memory.get_many(KIND, NAMESPACE, [key]).get(key)
    if found is None:
        return None
    try:
        return _from_memo(json.loads(found), tuple(memory.warnings))
    except (ValueError, KeyError, TypeError):  # an entry of an older brief, or damage its checksum missed: redo it
        return None


def _make(
    ingested: IngestResult,
    config: BriefConfig,
    output_format: str,
    memory: WorkMemory | None,
    progress: Callable[[str, int, int], None] | None,
    with_stats: bool,
    runner_config: RunnerConfig,
) -> BriefOutput:
    from summarize.pipeline import open_runner, run
    from summarize.render import render

    runner = open_runner(runner_config)
    try:
        result = run([], config, progress=progress, ingested=ingested, memory=memory, runner=runner)
    finally:
        runner.close()
    briefing = result.briefing
    if with_stats:  # run statistics go into the output only when asked: reruns stay byte-identical
        briefing = replace(briefing, provenance={**briefing.provenance, "run": result.stats.as_dict()})
    return BriefOutput(
        text=render(briefing, output_format),
        problems=briefing.problems,
        sources={visible(a.path): a.sha256 for a in briefing.sources},
        warnings=ingested.warnings + result.warnings,
        notes=result.notes,
        stats=result.stats,
    )


def _to_memo(output: BriefOutput) -> dict[str, Any]:
    # File names are stored as shown (undecodable bytes as \xNN): the memo is UTF-8 text, and they are only ever shown.
    return {"text": output.text, "problems": [[no_surrogates(p.path), p.problem] for p in output.problems], "sources": output.sources}


def _from_memo(data: dict[str, Any], warnings: tuple[str, ...]) -> BriefOutput:
    return BriefOutput(
        text=data["text"],
        problems=tuple(InputError(path, problem) for path, problem in data["problems"]),
        sources=data["sources"],
        warnings=warnings,
        notes=("briefing unchanged (same inputs, models, settings and brief version): taken from the cache, no model run",),
    )
