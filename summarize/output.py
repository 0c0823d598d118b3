"""Writing the briefing: to stdout, or atomically to a file and only when its content changed."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from summarize.errors import OutputError

EXIT_STALE = 1  # --check found the file stale, or --fail-on-change rewrote it


def read_or_none(path: Path) -> str | None:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def write_atomically(path: Path, text: str) -> None:
    """Write via a temporary file in the same folder and rename, so readers never see half a file."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        import tempfile

        handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
                stream.write(text)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
    except OSError as error:
        raise OutputError(f"{path}: cannot write: {error.strerror or error}") from None


def deliver(text: str, out: Path | None) -> bool:
    """Print the briefing, or write it to `out` when it differs from what is there; True if `out` changed."""
    if out is None:
        sys.stdout.write(text)
        return False
    if read_or_none(out) == text:
        return False
    write_atomically(out, text)
    return True


def updated_message(out: Path) -> str:
    """What --fail-on-change says when it rewrote the briefing (the pre-commit convention)."""
    return f"brief: {out} was updated; review and stage it"
