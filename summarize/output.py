"""Writing the briefing: to stdout, or atomically to a file and only when its content changed.

The output file is guarded: brief never writes over one of its input articles, the translation
memory or a model file. It writes through a symbolic link to the file the link names, and a file
it replaces keeps its permissions (a new one gets the umask's).
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

from summarize.display import quoted
from summarize.errors import OutputError, UsageError

# How a file brief wrote begins, per format: only such a file found among the inputs may be overwritten.
_BRIEFING_MARKS = ("# Briefing:", '{\n  "schema": "brief/', "<!DOCTYPE html>\n<html")
_BRIEFING_HTML_MARK = "<h1>Briefing</h1>"


def read_or_none(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError, ValueError):
        return None


def looks_like_briefing(path: Path) -> bool:
    """True when `path` holds a briefing brief wrote (so it may be replaced by a new one)."""
    try:
        with path.open("rb") as handle:
            head = handle.read(4096).decode("utf-8", errors="replace")
    except OSError:
        return False
    if head.startswith(_BRIEFING_MARKS[2]):
        return _BRIEFING_HTML_MARK in head
    return head.startswith(_BRIEFING_MARKS[:2])


def check_output_target(out: Path, named_inputs: Iterable[str], walked_inputs: Iterable[str], protected: Iterable[Path]) -> None:
    """Refuse an --out that would overwrite an input article, the translation memory, a model file, or
    (through a symbolic link) any existing file that is not a briefing.

    `named_inputs` and `walked_inputs` are the inputs that are `out` itself (same file by any name):
    given on the command line, or found in a folder, where it is the previous briefing when brief
    wrote it and an article otherwise. `protected` are files and folders never to write into.
    """
    target = Path(os.path.realpath(out))
    if target.is_dir():
        raise UsageError(f"--out {quoted(str(out))} is a folder; give a file name")
    if list(named_inputs):
        raise UsageError(f"--out {quoted(str(out))} is one of the input articles; refusing to overwrite it")
    for name in walked_inputs:
        if not looks_like_briefing(Path(name)):
            raise UsageError(f"--out {quoted(str(out))} is the input article {quoted(name)}, not a briefing; refusing to overwrite it")
    for place in protected:
        real = Path(os.path.realpath(place))
        if target == real or real in target.parents:
            raise UsageError(f"--out {quoted(str(out))} is inside {quoted(str(place))}; refusing to overwrite brief's own data")
    # A link committed by someone else (BRIEFING.md -> ~/.bashrc) must not turn the hook into a file clobberer.
    if os.path.islink(out) and target.exists() and not looks_like_briefing(target):
        link = f"--out {quoted(str(out))} is a symbolic link to {quoted(str(target))}"
        raise UsageError(f"{link}, which is not a briefing; refusing to overwrite it")


def _mode_for(target: Path) -> int:
    """The existing file's permission bits, or what a new file gets under the umask."""
    try:
        return stat.S_IMODE(target.stat().st_mode)
    except OSError:
        mask = os.umask(0)
        os.umask(mask)
        return 0o666 & ~mask


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the target's folder and rename, so readers never see half a file.

    A symbolic link is written through (the file it names is replaced, the link stays).
    """

    def write(temporary: str) -> None:
        with open(temporary, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)

    replace_atomically(path, write)


def replace_atomically(path: str | Path, write: Callable[[str], None]) -> None:
    """Let `write` fill a temporary file in the target's folder, then rename it over the target
    (keeping the target's mode; through a symbolic link). A failure is one OutputError line."""
    target = Path(os.path.realpath(path))
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        mode = _mode_for(target)
        handle, temporary = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
        os.close(handle)
        try:
            write(temporary)
            os.chmod(temporary, mode)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        blocking = next((folder for folder in (target.parent, *target.parent.parents) if folder.exists()), None)
        if blocking is not None and not blocking.is_dir():  # mkdir says only "File exists"
            raise OutputError(f"{quoted(str(path))}: cannot write: {quoted(str(blocking))} is a file, not a folder") from None
        raise OutputError(f"{quoted(str(path))}: cannot write: {error.strerror or error}") from None


def write_stdout(text: str) -> None:
    """Print the briefing; a full disk or a closed pipe is one line on stderr, not a traceback."""
    try:
        sys.stdout.write(text)
        sys.stdout.flush()
    except OSError as error:
        _silence_stdout()
        raise OutputError(f"cannot write to standard output: {error.strerror or error}") from None


def _silence_stdout() -> None:
    """Point stdout at /dev/null so that Python's own flush at exit does not fail a second time."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass


def deliver(text: str, out: Path | None) -> bool:
    """Print the briefing, or write it to `out` when it differs from what is there; True if `out` changed."""
    if out is None:
        write_stdout(text)
        return False
    if read_or_none(out) == text:
        return False
    write_atomically(out, text)
    return True


def stale_reason(out: Path, text: str, sources: dict[str, str]) -> str | None:
    """Why the briefing file `out` is stale compared with `text` (the sources whose hash changed), or
    None when it is up to date. `sources` maps each source path, as shown, to its sha256."""
    from summarize.render import recorded_sources

    previous = read_or_none(out)
    if previous is None:
        return "it does not exist yet"
    if previous == text:
        return None
    before = recorded_sources(previous)
    stale = sorted(path for path in sources.keys() | before.keys() if sources.get(path) != before.get(path))
    return ", ".join(stale) if stale else "no source changed; models or settings did"


def updated_message(out: Path) -> str:
    """What --fail-on-change says when it rewrote the briefing (the pre-commit convention)."""
    return f"brief: {quoted(str(out))} was updated; review and stage it"
