"""Stage 1, ingest: find the input files, read and decode them, turn HTML into lines of text.

Every problem with one input becomes an `InputError` in `IngestResult.problems`; the other
inputs are still read.
"""

from __future__ import annotations

import hashlib
import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from summarize.config import MAX_INPUT_BYTES
from summarize.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
STDIN_NAME = "-"


@dataclass(frozen=True)
class Document:
    """One decoded input: its lines carry their 0-based line index in the decoded input."""

    path: str
    sha256: str
    encoding: str
    lines: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class IngestResult:
    documents: tuple[Document, ...]
    problems: tuple[InputError, ...]


def ingest(
    inputs: Sequence[str], max_bytes: int = MAX_INPUT_BYTES, stdin: bytes | None = None, exclude: Sequence[str] = ()
) -> IngestResult:
    """Read every article named by `inputs` (folders recursively, files, or '-' for stdin).

    Files in `exclude` (such as the briefing being written) are never read as articles.
    """
    documents: list[Document] = []
    problems: list[InputError] = []
    seen: set[str] = {os.path.realpath(path) for path in exclude}
    for path, data_or_error in _iter_inputs(inputs, max_bytes, stdin):
        if isinstance(data_or_error, InputError):
            problems.append(data_or_error)
            continue
        key = path if path == STDIN_NAME else os.path.realpath(path)
        if key in seen:
            continue
        seen.add(key)
        try:
            documents.append(decode_document(path, data_or_error))
        except InputError as error:
            problems.append(error)
    return IngestResult(tuple(documents), tuple(problems))


def _iter_inputs(inputs: Sequence[str], max_bytes: int, stdin: bytes | None) -> Iterator[tuple[str, bytes | InputError]]:
    for name in inputs:
        if name == STDIN_NAME:
            data = stdin if stdin is not None else sys.stdin.buffer.read()
            yield name, _check_size(name, data, max_bytes)
            continue
        path = Path(name)
        if path.is_dir():
            for file_path_or_error in _walk(path):
                if isinstance(file_path_or_error, InputError):
                    yield file_path_or_error.path, file_path_or_error
                else:
                    yield str(file_path_or_error), _read(file_path_or_error, max_bytes)
        elif path.is_symlink() and not path.exists():
            yield name, InputError(name, "broken symbolic link")
        elif not path.exists():
            yield name, InputError(name, "no such file or folder")
        else:
            yield name, _read(path, max_bytes)


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Article files below `root`, sorted, following links but never into a loop."""
    visited: set[str] = set()

    def visit(folder: Path) -> Iterator[Path | InputError]:
        real = os.path.realpath(folder)
        if real in visited:
            yield InputError(str(folder), "symbolic link loop, skipped")
            return
        visited.add(real)
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            yield InputError(str(folder), f"cannot list folder: {error.strerror or error}")
            return
        for entry in entries:
            child = Path(entry.path)
            if entry.name.startswith("."):
                continue
            if entry.is_dir(follow_symlinks=True):
                yield from visit(child)
            elif child.suffix.lower() in ARTICLE_SUFFIXES:
                if entry.is_symlink() and not child.exists():
                    yield InputError(str(child), "broken symbolic link")
                else:
                    yield child

    yield from visit(root)


def _read(path: Path, max_bytes: int) -> bytes | InputError:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return InputError(str(path), f"file is {_megabytes(size)}, over the {_megabytes(max_bytes)} limit (--max-bytes)")
        with path.open("rb") as handle:
            return _check_size(str(path), handle.read(max_bytes + 1), max_bytes)
    except IsADirectoryError:
        return InputError(str(path), "is a folder")
    except OSError as error:
        return InputError(str(path), f"cannot read: {error.strerror or error}")


def _check_size(name: str, data: bytes, max_bytes: int) -> bytes | InputError:
    if len(data) > max_bytes:
        return InputError(name, f"input is over the {_megabytes(max_bytes)} limit (--max-bytes)")
    return data


def _megabytes(size: int) -> str:
    return f"{size / 1_000_000:.1f} MB"


def decode_document(path: str, data: bytes) -> Document:
    """Decode `data` and split it into numbered lines; raise `InputError` if it is not article text."""
    text, encoding = decode_bytes(path, data)
    if not text.strip():
        raise InputError(path, "empty file" if not data else "file has no text (only white space)")
    if path.lower().endswith((".html", ".htm")) or _looks_like_html(text):
        from summarize.html_text import html_to_lines  # only pages pay for the HTML parser

        lines = tuple(html_to_lines(text))
    else:
        lines = tuple(enumerate(text.splitlines()))
    return Document(path=path, sha256=hashlib.sha256(data).hexdigest(), encoding=encoding, lines=lines)


def decode_bytes(path: str, data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 with BOM, or Windows-1256."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(path, data[3:], "utf-8", "UTF-8 with BOM"), "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(path, data, "utf-16", "UTF-16"), "utf-16"
    if b"\x00" in data:
        offset = data.index(b"\x00")
        raise InputError(path, f"binary file (NUL byte at offset {offset}), skipped")
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_cp1256(text):
        return text, "windows-1256"
    raise InputError(path, "unknown text encoding (expected UTF-8, UTF-16 with BOM or Windows-1256), skipped")


def _strict(path: str, data: bytes, codec: str, label: str) -> str:
    try:
        return data.decode(codec)
    except UnicodeDecodeError as error:
        raise InputError(path, f"invalid {label} at byte {error.start}, skipped") from None


def _plausible_cp1256(text: str) -> bool:
    """Windows-1256 decodes almost any bytes: accept it only when the result reads as Arabic text."""
    letters = sum(1 for c in text if "\u0621" <= c <= "\u064a")
    odd = sum(1 for c in text if (ord(c) < 32 and c not in "\r\n\t") or c in "\u0192\u2020\u2021\u02c6\u2030")
    return letters >= 0.3 * len(text.replace(" ", "")) and odd <= 0.01 * len(text)


def _looks_like_html(text: str) -> bool:
    head = text.lstrip()[:200].lower()
    return head.startswith(("<!doctype html", "<html"))
