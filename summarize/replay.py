"""Replaying an unchanged `brief run` without loading the command-line parser.

An unchanged rerun (the pre-commit case) spends most of its time starting Python and importing
typer and click. So each successful run records what its command line meant (the paths,
settings, output file and format) under a key made of the exact arguments, the working folder,
the environment variables brief reads and brief's own code. The next identical command line
looks that up, and then goes through the same briefing memo as a full run (`cached_briefing`:
inputs re-hashed, model folders re-fingerprinted). Anything else falls back to the full CLI:
a miss, a changed input, a problem or warning to report, and every option whose output the
replay does not reproduce (`--check`, `--stats`, `--verbose`, `--no-cache`, `--cache-dir`,
stdin, help and the other commands).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from summarize.config import BriefConfig

KIND = "invocation"
NAMESPACE = "v1"
# Arguments after which the full CLI must run: what they print or decide is not replayed.
NOT_REPLAYED = (
    "--check",
    "--stats",
    "--verbose",
    "-v",
    "--no-cache",
    "--cache-dir",
    "--help",
    "-h",
    "--version",
    "--runner",  # the memo key names the runner; a Ray run is long enough not to need the shortcut
    "--address",
    "--actors",
    "--batch-size",
)
# Options of `brief run` whose whole effect is in the recorded `Invocation` (a test checks that every
# option of the command is in one of these two lists, so a new option cannot be forgotten here).
REPLAYED = (
    "--lang",
    "--summarizer",
    "--mt-model",
    "--mt-revision",
    "--sum-model",
    "--sum-revision",
    "--format",
    "--out",
    "-o",
    "--points",
    "--fast",
    "--threads",
    "--max-bytes",
    "--follow-external-links",
    "--keep-boilerplate",
    "--engine",
    "--offline",
    "--unsupported",
    "--fail-on-change",
    "--quiet",
    "-q",
)
_OTHER_COMMANDS = ("segment", "cache", "models")
# Environment variables that can change what a run means (cache and model locations, offline mode).
_ENV_PREFIXES = ("BRIEF_", "HF_", "HUGGINGFACE_", "TRANSFORMERS_", "XDG_CACHE_HOME", "HOME")


@dataclass(frozen=True)
class Invocation:
    """What a `brief run` command line resolved to: enough to redo its output from the memo."""

    paths: tuple[str, ...]
    config: BriefConfig
    output_format: str
    out: str | None
    fail_on_change: bool

    def to_json(self) -> str:
        return json.dumps({**asdict(self), "config": asdict(self.config)}, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Invocation:
        data: dict[str, Any] = json.loads(text)
        return cls(tuple(data["paths"]), BriefConfig(**data["config"]), data["output_format"], data["out"], data["fail_on_change"])


def invocation_key(argv: list[str]) -> str | None:
    """The replay key of a command line, or None when this command line is never replayed."""
    if not argv or argv[0] in _OTHER_COMMANDS or "-" in argv:
        return None
    if any(arg == name or arg.startswith(name + "=") for arg in argv for name in NOT_REPLAYED):
        return None
    from summarize.briefing_memo import code_fingerprint

    environment = {name: value for name, value in os.environ.items() if name.startswith(_ENV_PREFIXES)}
    blob = json.dumps([argv, os.getcwd(), sorted(environment.items()), code_fingerprint()])
    return hashlib.sha256(blob.encode()).hexdigest()


def remember(key: str, invocation: Invocation) -> None:
    """Record what the command line with this key meant (only for runs in the default cache)."""
    if not invocation.config.use_cache or invocation.config.cache_dir is not None:
        return
    from summarize.memory import WorkMemory, default_cache_dir

    with WorkMemory.open(default_cache_dir()) as memory:
        memory.put_many(KIND, NAMESPACE, {key: invocation.to_json()})


def replay(key: str) -> int | None:
    """Redo an unchanged run from the memo and return its exit code; None: run the full CLI."""
    import sys

    from summarize.briefing_memo import cached_briefing
    from summarize.errors import BriefError, ExitCode, OutputError
    from summarize.memory import WorkMemory, default_cache_dir
    from summarize.output import deliver, updated_message

    try:
        memory = WorkMemory.open(default_cache_dir())
        try:
            recorded = memory.get_many(KIND, NAMESPACE, [key]).get(key)
            if recorded is None:
                return None
            invocation = Invocation.from_json(recorded)
            out = Path(invocation.out) if invocation.out else None
            result = cached_briefing(invocation.paths, invocation.config, invocation.output_format, memory, out)
        finally:
            memory.close()
            for warning in memory.warnings:  # damage found and repaired here is not seen again by the full run
                sys.stderr.write(f"brief: warning: {warning}\n")
    except (BriefError, ValueError, KeyError, TypeError, OSError):
        return None  # the full CLI reports whatever is wrong, the way it always does
    if result is None or result.problems or result.warnings:
        return None
    try:
        changed = deliver(result.text, out)
    except OutputError as error:  # part may be written already: report it rather than write it again
        sys.stderr.write(f"brief: {error}\n")
        return error.exit_code
    if invocation.fail_on_change and changed and out is not None:
        sys.stderr.write(updated_message(out) + "\n")
        return ExitCode.STALE
    return 0
