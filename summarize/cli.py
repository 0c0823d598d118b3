"""The `brief` command line: parses options, calls the pipeline, writes output.

Errors are turned into exit codes in one place, `BriefGroup.main` (codes in `errors.ExitCode`):
a `BriefError` or a usage error is one line on stderr, never a traceback (`BRIEF_DEBUG=1` shows it).

No `from __future__ import annotations` here: typer would then eval every option's annotation
string when it builds the commands, about 10 ms of every command. (An unchanged rerun does not
load this module at all: see `replay`.)
"""

import contextlib
import json
import os
import sys
from collections.abc import Sequence
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import click
import typer
from typer.core import TyperGroup

from summarize import __version__
from summarize.briefing import LANGS, as_lang, is_kept_anyway
from summarize.config import (
    DEFAULT_ENGINE,
    DEFAULT_LANG,
    DEFAULT_MT_MODEL,
    DEFAULT_RAY_BATCH,
    DEFAULT_RUNNER,
    DEFAULT_SUM_MODEL,
    DEFAULT_SUMMARIZER,
    MAX_INPUT_BYTES,
    POINTS_PER_ARTICLE,
    RUNNER_NAMES,
    BriefConfig,
    RunnerConfig,
)
from summarize.display import visible
from summarize.errors import DEBUG_ENV, BriefError, ExitCode, InputError, UsageError
from summarize.modelstore import ENGINES
from summarize.output import deliver, stale_reason, updated_message
from summarize.render import FORMATS

MAX_BYTES_LIMIT = 10**12  # --max-bytes above a terabyte is a typo
MAX_THREADS = 1024


class BriefGroup(TyperGroup):
    """`brief PATH...` means `brief run PATH...`, and every error ends here as one line and an exit code."""

    def parse_args(self, ctx: Any, args: list[str]) -> list[str]:
        if args and not self._is_command(args) and args[0] not in ("--help", "-h", "--version"):
            args = ["run", *args]
        return super().parse_args(ctx, args)

    def _is_command(self, args: list[str]) -> bool:
        """A subcommand's name, unless it names an existing folder or file and what follows is no subcommand
        of it (`brief models` briefs ./models when it exists; `brief models list` lists the models)."""
        command = self.commands.get(args[0])
        if command is None:
            return False
        if not os.path.exists(args[0]):
            return True
        if isinstance(command, click.Group):
            return len(args) > 1 and (args[1] in command.commands or args[1] in ("--help", "-h"))
        return len(args) > 1

    def main(  # always handles errors itself, whatever standalone_mode says
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        try:
            code = super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        except click.exceptions.NoArgsIsHelpError as error:
            click.echo(error.ctx.get_help() if error.ctx else str(error), err=True)
            code = ExitCode.USAGE
        except click.UsageError as error:
            click.echo(f"brief: {visible(error.format_message()).rstrip('.')} (see brief --help)", err=True)
            code = ExitCode.USAGE
        except click.ClickException as error:
            click.echo(f"brief: {visible(error.format_message())}", err=True)
            code = error.exit_code
        except click.Abort:
            click.echo("brief: interrupted", err=True)
            code = ExitCode.INTERRUPTED
        except BriefError as error:
            if os.environ.get(DEBUG_ENV):
                raise
            click.echo(f"brief: {error}", err=True)
            code = error.exit_code
        except Exception as error:  # a bug: still one line, unless asked for the traceback
            if os.environ.get(DEBUG_ENV):
                raise
            detail = visible(f"{type(error).__name__}: {error}")
            click.echo(f"brief: internal error: {detail} ({DEBUG_ENV}=1 shows the traceback)", err=True)
            code = ExitCode.INTERNAL
        code = int(code or 0)
        if standalone_mode:
            sys.exit(code)
        return code


KEEP_BOILERPLATE_HELP = "Keep the lines the cleaner would drop, marked unsure (for text that is already clean)."

app = typer.Typer(
    cls=BriefGroup, add_completion=False, no_args_is_help=True, help="Turn Arabic news articles into one bilingual, attributed briefing."
)
cache_app = typer.Typer(help="Inspect, clear, export or import the translation memory.", no_args_is_help=True)
models_app = typer.Typer(help="List and locate the models brief uses.", no_args_is_help=True)
app.add_typer(cache_app, name="cache")
app.add_typer(models_app, name="models")


Lang = StrEnum("Lang", {lang: lang for lang in LANGS})  # type: ignore[misc]  # choices from the data model


class Summarizer(StrEnum):
    mt5 = "mt5"
    extractive = "extractive"


class Unsupported(StrEnum):
    mark = "mark"
    drop = "drop"


OutputFormat = StrEnum("OutputFormat", {name: name for name in FORMATS})  # type: ignore[misc]  # choices from the renderer registry


DEFAULT_LANG_CHOICE = Lang(DEFAULT_LANG)
DEFAULT_FORMAT_CHOICE = OutputFormat(FORMATS[0])
EngineChoice = StrEnum("EngineChoice", {name: name for name in ENGINES})  # type: ignore[misc]
DEFAULT_ENGINE_CHOICE = EngineChoice(DEFAULT_ENGINE)
RunnerChoice = StrEnum("RunnerChoice", {name: name for name in RUNNER_NAMES})  # type: ignore[misc]
DEFAULT_RUNNER_CHOICE = RunnerChoice(DEFAULT_RUNNER)
DEFAULT_SUMMARIZER_CHOICE = Summarizer(DEFAULT_SUMMARIZER)
DEFAULT_UNSUPPORTED_CHOICE = Unsupported(BriefConfig.unsupported)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"brief {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version.")] = False,
) -> None:
    """Turn Arabic news articles into one bilingual, attributed briefing."""


def _report_problems(problems: tuple[InputError, ...]) -> None:
    for problem in problems:
        typer.echo(f"brief: skipped {problem}", err=True)


def _report_warnings(warnings: tuple[str, ...]) -> None:
    for warning in warnings:
        typer.echo(f"brief: warning: {visible(warning)}", err=True)


@app.command("run")
def run_command(
    context: typer.Context,
    paths: Annotated[
        list[str], typer.Argument(help="Article files or folders (searched recursively for .txt, .md, .html), or - for stdin.")
    ],
    lang: Annotated[Lang, typer.Option(help="Briefing language; the other language is shown beside it.")] = DEFAULT_LANG_CHOICE,
    summarizer: Annotated[Summarizer, typer.Option(help="mt5 (abstractive) or extractive (no model).")] = DEFAULT_SUMMARIZER_CHOICE,
    mt_model: Annotated[str, typer.Option(help="Translator: hub id or local model folder.")] = DEFAULT_MT_MODEL,
    mt_revision: Annotated[str | None, typer.Option(help="Translator revision (default: the pinned one).")] = None,
    sum_model: Annotated[str, typer.Option(help="Summarizer: hub id or local model folder.")] = DEFAULT_SUM_MODEL,
    sum_revision: Annotated[str | None, typer.Option(help="Summarizer revision (default: the pinned one).")] = None,
    output_format: Annotated[OutputFormat, typer.Option("--format", help="Output format.")] = DEFAULT_FORMAT_CHOICE,
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Write to FILE (atomically) instead of stdout.")] = None,
    points: Annotated[int, typer.Option(min=1, max=20, help="Extractive key points per article.")] = POINTS_PER_ARTICLE,
    fast: Annotated[bool, typer.Option(help="Greedy decoding on int8 weights: much faster, slightly lower quality.")] = False,
    threads: Annotated[
        int | None, typer.Option(min=1, max=MAX_THREADS, help="CPU threads for the models (default: the engine's choice).")
    ] = None,
    engine: Annotated[
        EngineChoice,
        typer.Option(
            help="Inference engine: auto (CTranslate2 when the model is converted), ctranslate2, or transformers (the reference)."
        ),
    ] = DEFAULT_ENGINE_CHOICE,
    runner: Annotated[
        RunnerChoice, typer.Option(help="Where cleaning and the models run: local, or ray (a Ray cluster; pip install 'brief\\[ray]').")
    ] = DEFAULT_RUNNER_CHOICE,
    address: Annotated[
        str | None, typer.Option(help="With --runner ray: the cluster (host:6379 or ray://host:10001); default: a new local Ray instance.")
    ] = None,
    actors: Annotated[
        int | None, typer.Option(min=1, max=MAX_THREADS, help="With --runner ray: model actors per model (default: one per cluster CPU).")
    ] = None,
    batch_size: Annotated[
        int, typer.Option(min=1, max=100_000, help="With --runner ray: sentences per batch sent to a translation actor.")
    ] = DEFAULT_RAY_BATCH,
    max_bytes: Annotated[int, typer.Option(min=1, max=MAX_BYTES_LIMIT, help="Skip input files larger than this.")] = MAX_INPUT_BYTES,
    follow_external_links: Annotated[
        bool, typer.Option(help="Read symbolic links in input folders that lead outside them (skipped by default).")
    ] = False,
    keep_boilerplate: Annotated[bool, typer.Option(help=KEEP_BOILERPLATE_HELP)] = False,
    cache_dir: Annotated[Path | None, typer.Option(help="Translation memory folder (default $BRIEF_CACHE_DIR or ~/.cache/brief).")] = None,
    no_cache: Annotated[bool, typer.Option("--no-cache", help="Neither read nor write the translation memory.")] = False,
    offline: Annotated[bool, typer.Option(help="Never download models (same as HF_HUB_OFFLINE=1).")] = False,
    stats: Annotated[bool, typer.Option(help="Print cache hits, misses and model calls to stderr.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress or warnings on stderr (errors still).")] = False,
    unsupported: Annotated[
        Unsupported, typer.Option(help="Abstractive sentences not supported by their source: mark them, or drop them from the key points.")
    ] = DEFAULT_UNSUPPORTED_CHOICE,
    fail_on_change: Annotated[
        bool, typer.Option(help="With --out: exit 1 when FILE was changed (the pre-commit convention for generated files).")
    ] = False,
    verbose: Annotated[
        bool, typer.Option("--verbose", "-v", help="Say on stderr what was read, which models ran, and the cache use.")
    ] = False,
    check: Annotated[
        bool, typer.Option(help="With --out: exit 1 if FILE would change (naming stale sources), 0 if up to date; never write.")
    ] = False,
) -> None:
    """Make the briefing for PATHS (the default command: `brief PATHS...`)."""
    from summarize.briefing_memo import make_briefing

    config = BriefConfig(
        lang=as_lang(lang.value),
        mt_model=mt_model,
        mt_revision=mt_revision,
        summarizer=summarizer.value,
        sum_model=sum_model,
        sum_revision=sum_revision,
        points_per_article=points,
        fast=fast,
        threads=threads,
        max_bytes=max_bytes,
        use_cache=not no_cache,
        cache_dir=cache_dir,
        allow_download=not offline,
        unsupported=unsupported.value,
        follow_external_links=follow_external_links,
        engine=engine.value,
        keep_boilerplate=keep_boilerplate,
    )
    if (check or fail_on_change) and out is None:
        raise UsageError("--check and --fail-on-change need --out FILE (the briefing file)")
    if runner.value == "local" and (address or actors):
        raise UsageError("--address and --actors need --runner ray")
    where = RunnerConfig(runner.value, address, actors, batch_size)
    progress = None if quiet or not sys.stderr.isatty() else _progress
    try:
        result = make_briefing(paths, config, output_format.value, out=out, progress=progress, with_stats=stats, runner=where)
        if check and out is not None:
            raise typer.Exit(_check_output(out, result.text, result.sources))
        changed = deliver(result.text, out)
    except KeyboardInterrupt:
        typer.echo("brief: interrupted; the cache and the previous output are intact", err=True)
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    if not quiet:
        _report_warnings(result.warnings)
    if verbose:
        for note in result.notes:
            typer.echo(f"brief: {visible(note)}", err=True)
    _report_problems(result.problems)
    if stats and result.stats:
        typer.echo("brief: stats " + json.dumps(result.stats.as_dict(), sort_keys=True), err=True)
    if result.problems:
        raise typer.Exit(ExitCode.SKIPPED_INPUTS)
    replayable = not (stats or verbose or result.warnings or "-" in paths)
    if isinstance(context.obj, str) and replayable:
        from summarize.replay import Invocation, remember

        invocation = Invocation(tuple(paths), config, output_format.value, str(out) if out else None, fail_on_change)
        with contextlib.suppress(BriefError):  # only the next rerun's shortcut would be lost
            remember(context.obj, invocation)
    if fail_on_change and changed and out is not None:
        typer.echo(updated_message(out), err=True)
        raise typer.Exit(ExitCode.STALE)


def _check_output(out: Path, text: str, sources: dict[str, str]) -> int:
    """--check: exit 0 when FILE is up to date, else name what made it stale and exit 1."""
    reason = stale_reason(out, text, sources)
    if reason is None:
        return ExitCode.OK
    typer.echo(f"brief: {visible(str(out))} is stale: {reason}", err=True)
    return ExitCode.STALE


def _progress(stage: str, done: int, total: int) -> None:
    sys.stderr.write(f"\r{stage}: {done}/{total}" + ("\n" if done >= total else ""))
    sys.stderr.flush()


@app.command("segment")
def segment_command(
    paths: Annotated[list[str], typer.Argument(help="Article files or folders, or - for stdin.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of text.")] = False,
    max_bytes: Annotated[int, typer.Option(min=1, max=MAX_BYTES_LIMIT, help="Skip input files larger than this.")] = MAX_INPUT_BYTES,
    follow_external_links: Annotated[bool, typer.Option(help="Read symbolic links in input folders that lead outside them.")] = False,
    keep_boilerplate: Annotated[bool, typer.Option(help=KEEP_BOILERPLATE_HELP)] = False,
) -> None:
    """Show the sentences that will be sent to the translator, the dropped lines with reasons, and the
    lines kept although the cleaner was unsure (marked ?)."""
    from summarize.pipeline import segment_inputs

    result, _ = segment_inputs(paths, max_bytes, follow_external_links=follow_external_links, keep_boilerplate=keep_boilerplate)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=2))
    else:
        for article in result.articles:
            typer.echo(f"== {visible(article.path)}" + (f" — {article.title}" if article.title else ""))
            unsure_lines = {u.line for u in article.unsure}
            for s in article.sentences:
                marker = "" if s.lang == "ar" else f" [{s.lang}, not translated]"
                marker += " [unsure: see ? below]" if s.line in unsure_lines else ""
                typer.echo(f"{s.n:4d} L{s.line:<4d} {s.text}{marker}")
                if len(s.pieces) > 1:
                    for piece in s.pieces:
                        typer.echo(f"           ↳ {piece}")
            for d in article.dropped:
                typer.echo(f"   - L{d.line:<4d} ({d.reason}) {d.text}")
            for u in article.unsure:
                why = u.reason if is_kept_anyway(u.reason) else f"kept; {u.reason}"
                typer.echo(f"   ? L{u.line:<4d} ({why}) {u.text}")
    _report_warnings(result.warnings)
    _report_problems(result.problems)
    if not result.articles:
        raise typer.Exit(ExitCode.NO_INPUT)
    if result.problems:
        raise typer.Exit(ExitCode.SKIPPED_INPUTS)


@cache_app.command("path")
def cache_path(cache_dir: Annotated[Path | None, typer.Option(help="Cache folder.")] = None) -> None:
    """Print the translation memory file."""
    from summarize.memory import CACHE_FILE, default_cache_dir

    typer.echo(str((cache_dir or default_cache_dir()) / CACHE_FILE))


@cache_app.command("stats")
def cache_stats(cache_dir: Annotated[Path | None, typer.Option(help="Cache folder.")] = None) -> None:
    """Print how many translations and summaries are cached."""
    from summarize.memory import WorkMemory, default_cache_dir

    with WorkMemory.open(cache_dir or default_cache_dir()) as memory:
        counts = memory.counts()
        size = memory.path.stat().st_size if memory.path.exists() else 0
    entries = f"{counts.get('translation', 0)} translations, {counts.get('summary', 0)} summaries, {counts.get('briefing', 0)} briefings"
    typer.echo(f"{memory.path}: {entries}, {size} bytes")


@cache_app.command("clear")
def cache_clear(cache_dir: Annotated[Path | None, typer.Option(help="Cache folder.")] = None) -> None:
    """Remove every cached translation and summary."""
    from summarize.memory import WorkMemory, default_cache_dir

    with WorkMemory.open(cache_dir or default_cache_dir()) as memory:
        removed = memory.clear()
    typer.echo(f"removed {removed} entries from {memory.path}")


@cache_app.command("export")
def cache_export(
    target: Annotated[Path, typer.Argument(help="Parquet file to write.")],
    cache_dir: Annotated[Path | None, typer.Option(help="Cache folder.")] = None,
) -> None:
    """Write every cached translation and summary to a Parquet file, for another machine's memory."""
    from summarize.memory import WorkMemory, default_cache_dir
    from summarize.transfer import export_memory

    with WorkMemory.open(cache_dir or default_cache_dir()) as memory:
        rows = export_memory(memory, target)
    typer.echo(f"exported {rows} entries from {memory.path} to {target}")


@cache_app.command("import")
def cache_import(
    source: Annotated[Path, typer.Argument(help="Parquet file written by `brief cache export`.")],
    cache_dir: Annotated[Path | None, typer.Option(help="Cache folder.")] = None,
) -> None:
    """Add the translations and summaries of an exported file to the memory (existing entries are kept)."""
    from summarize.memory import WorkMemory, default_cache_dir
    from summarize.transfer import import_memory

    with WorkMemory.open(cache_dir or default_cache_dir()) as memory:
        result = import_memory(memory, source)
    refused = f"; {result.refused} damaged row(s) refused" if result.refused else ""
    typer.echo(f"imported {result.added} new entries into {memory.path} ({result.already} already there{refused})")


@models_app.command("list")
def models_list() -> None:
    """Show each known model: role, hub id, pinned revision, size, and where it is found locally."""
    from summarize.errors import ModelError
    from summarize.modelstore import known_models, resolve_model

    for model in known_models():
        try:
            where = str(resolve_model(model.hub_id, model.role, allow_download=False).path)
        except ModelError:
            where = "not present"
        default = " (default)" if model.default else ""
        typer.echo(f"{model.role:<11} {model.hub_id}{default}")
        typer.echo(f"{'':<11} revision {model.revision}, {model.size_mb} MB, {where}")
        typer.echo(f"{'':<11} {model.quality}")


@models_app.command("pull")
def models_pull(
    names: Annotated[list[str] | None, typer.Argument(help="Model names, hub ids or roles (default: the default models).")] = None,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress bar.")] = False,
) -> None:
    """Download pinned model revisions into the store (resumable) and verify their hashes."""
    from summarize.ct2 import PULL_QUANTIZATION, convert
    from summarize.download import pull
    from summarize.modelstore import ctranslate2_available, locate, pinned

    for hub_id, revision in pinned(names):
        folder = pull(hub_id, revision, show_progress=not quiet and sys.stderr.isatty())
        typer.echo(f"{hub_id} {revision[:12]}: {folder}")
        if ctranslate2_available():  # the default engine runs the conversion; the original stays as the reference
            source = locate(hub_id, revision, engine="transformers")
            quantization = PULL_QUANTIZATION[source.role]
            converted = convert(source, folder / f"ctranslate2-{quantization}", quantization)
            typer.echo(f"{hub_id} {revision[:12]}: converted for CTranslate2 ({quantization}): {converted}")


@models_app.command("verify")
def models_verify(
    names: Annotated[list[str] | None, typer.Argument(help="Model names, hub ids or roles (default: the default models).")] = None,
) -> None:
    """Check the files of pulled models against the sizes and sha256 recorded when they were pulled."""
    from summarize.download import verify
    from summarize.modelstore import pinned, store_folder

    failed = False
    for hub_id, revision in pinned(names):
        result = verify(store_folder(hub_id, revision))
        if result.problems:
            failed = True
            for problem in result.problems:
                typer.echo(f"brief: {hub_id}: {problem}", err=True)
        else:
            typer.echo(f"{hub_id} {revision[:12]}: ok ({result.folder})")
    if failed:
        raise typer.Exit(ExitCode.MODEL)


@models_app.command("convert")
def models_convert(
    source: Annotated[Path, typer.Argument(help="A transformers model folder (MarianMT or mT5).")],
    destination: Annotated[Path, typer.Argument(help="The CTranslate2 folder to write.")],
    quantization: Annotated[str, typer.Option(help="float32 (same output as transformers) or int8 (smaller, faster).")] = "float32",
) -> None:
    """Convert a transformers model folder for the CTranslate2 engine (needs torch and transformers once)."""
    from summarize.ct2 import convert
    from summarize.modelstore import locate

    converted = convert(locate(str(source), engine="transformers"), destination, quantization)
    typer.echo(f"{source}: converted for CTranslate2 ({quantization}): {converted}")


@models_app.command("path")
def models_path(name: Annotated[str, typer.Argument(help="Model name, hub id or role.")]) -> None:
    """Print the local folder of a model (to copy it to an offline machine)."""
    from summarize.modelstore import CONVERTED_FOLDERS, locate

    path = locate(name).path
    typer.echo(str(path.parent if path.name in CONVERTED_FOLDERS else path))  # the revision folder, with its conversion
