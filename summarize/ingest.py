"""Stage 1, ingest: find the input files, read and decode them, turn HTML into lines of text.

Every problem with one input becomes an `InputError` in `IngestResult.problems`; the other
inputs are still read.
"""

from __future__ import annotations

import errno
import hashlib
import io
import os
import stat
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import BinaryIO

from summarize.briefing import Document, Source
from summarize.config import MAX_INPUT_BYTES
from summarize.display import quoted, strip_controls
from summarize.errors import InputError

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
STDIN_NAME = "-"
READ_CHUNK = 1 << 20
# A file is read as UTF-8 with its few bad bytes shown as U+FFFD (and a warning) rather than skipped
# whole, when they are at most this many and this share of the text.
MAX_REPLACED_BYTES = 16
MAX_REPLACED_SHARE = 0.01


@dataclass(frozen=True)
class IngestResult:
    documents: tuple[Document, ...]
    problems: tuple[InputError, ...]
    warnings: tuple[str, ...] = ()
    excluded: tuple[InputFile, ...] = ()  # inputs passed over because they are in `exclude` (the briefing itself)


@dataclass(frozen=True)
class InputFile:
    """An input file to read, and whether the user named it (not found by walking a folder)."""

    path: str
    named: bool


def ingest(
    inputs: Sequence[str],
    max_bytes: int = MAX_INPUT_BYTES,
    stdin: BinaryIO | bytes | None = None,
    exclude: Sequence[str] = (),
    follow_external_links: bool = False,
) -> IngestResult:
    """Read every article named by `inputs` (folders recursively, files, or '-' for stdin).

    Only regular files are read. Files in `exclude` (such as the briefing being written) are never
    read as articles. Inside a folder, a symbolic link that leads outside every folder given is
    skipped unless `follow_external_links`.
    """
    documents: list[Document] = []
    problems: list[InputError] = []
    warnings: list[str] = []
    excluded: list[InputFile] = []
    excluded_ids = {identity for identity in map(file_identity, exclude) if identity is not None}
    seen: set[tuple[int, int] | str] = set()
    for found in _iter_inputs(inputs, problems, follow_external_links):
        if found.path == STDIN_NAME:
            data: bytes | InputError = _read_stream(STDIN_NAME, stdin if stdin is not None else sys.stdin.buffer, max_bytes)
            key: tuple[int, int] | str = STDIN_NAME
        else:
            identity = file_identity(found.path)
            if identity is not None and identity in excluded_ids:
                excluded.append(found)
                continue
            key = identity or found.path
            if key in seen:
                continue
            data = _read(found.path, max_bytes)
        seen.add(key)
        if isinstance(data, InputError):
            problems.append(data)
            continue
        try:
            document, warning = _decode(found.path, data)
        except InputError as error:
            problems.append(error)
            continue
        documents.append(document)
        if warning:
            warnings.append(warning)
    return IngestResult(tuple(documents), tuple(problems), tuple(warnings), tuple(excluded))


def file_identity(path: str) -> tuple[int, int] | None:
    """(device, inode) of the file `path` leads to: the same file by any name, link or hard link."""
    try:
        status = os.stat(path)
    except (OSError, ValueError):
        return None
    return (status.st_dev, status.st_ino)


def _iter_inputs(inputs: Sequence[str], problems: list[InputError], follow_external_links: bool) -> Iterator[InputFile]:
    roots = [os.path.realpath(name) for name in inputs if name and name != STDIN_NAME and os.path.isdir(name)]
    for name in inputs:
        if name == STDIN_NAME:
            yield InputFile(name, named=True)
        elif not name:
            problems.append(InputError(name, "empty path (give a file, a folder, or - for standard input)"))
        elif os.path.isdir(name):
            yield from _walk(name, roots, problems, follow_external_links)
        elif os.path.islink(name) and not os.path.exists(name):
            problems.append(InputError(name, _link_problem(name)))
        elif not os.path.lexists(name):
            problems.append(InputError(name, "no such file or folder"))
        else:
            yield InputFile(name, named=True)


def _link_problem(path: str) -> str:
    """Why a symbolic link leads nowhere: a loop, or a missing target."""
    try:
        os.stat(path)
    except OSError as error:
        if error.errno == errno.ELOOP:
            return "symbolic link loop, skipped"
    return "broken symbolic link"


def _inside(path: str, roots: Sequence[str]) -> bool:
    return any(path == root or path.startswith(root.rstrip(os.sep) + os.sep) for root in roots)


def _walk(root: str, roots: Sequence[str], problems: list[InputError], follow_external_links: bool) -> Iterator[InputFile]:
    """Article files below `root`, sorted, depth first; links followed, never into a loop or out of the roots."""
    visited: set[tuple[int, int]] = set()
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            status = os.stat(folder)
            if (status.st_dev, status.st_ino) in visited:
                problems.append(InputError(folder, "symbolic link loop, skipped"))
                continue
            visited.add((status.st_dev, status.st_ino))
            with os.scandir(folder) as listing:
                entries = sorted(listing, key=lambda entry: entry.name)
        except OSError as error:
            problems.append(InputError(folder, f"cannot list folder: {error.strerror or error}"))
            continue
        subfolders: list[str] = []
        for entry in entries:
            if entry.name.startswith("."):
                continue
            if entry.is_symlink():
                target = os.path.realpath(entry.path)
                if not os.path.exists(entry.path):
                    if entry.name.lower().endswith(ARTICLE_SUFFIXES) or os.path.lexists(target):
                        problems.append(InputError(entry.path, _link_problem(entry.path)))
                    continue
                if not follow_external_links and not _inside(target, roots):
                    if os.path.isdir(target) or entry.name.lower().endswith(ARTICLE_SUFFIXES):
                        problems.append(
                            InputError(entry.path, "symbolic link to outside the input folders, skipped (--follow-external-links reads it)")
                        )
                    continue
            try:
                is_folder = entry.is_dir(follow_symlinks=True)
            except OSError as error:
                problems.append(InputError(entry.path, f"cannot read: {error.strerror or error}"))
                continue
            if is_folder:
                subfolders.append(entry.path)
            elif entry.name.lower().endswith(ARTICLE_SUFFIXES):
                yield InputFile(entry.path, named=False)
        stack.extend(reversed(subfolders))


def _read(path: str, max_bytes: int) -> bytes | InputError:
    """The bytes of the regular file `path`, at most `max_bytes` of them (pipes, devices and sockets refused)."""
    try:
        # O_NONBLOCK: opening a named pipe must not wait for a writer; it is refused just below.
        descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_NOCTTY | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        return InputError(path, "is a folder")
    except OSError as error:
        if error.errno == errno.ELOOP:
            return InputError(path, "symbolic link loop, skipped")
        return InputError(path, f"cannot read: {error.strerror or error}")
    try:
        status = os.fstat(descriptor)
        if not stat.S_ISREG(status.st_mode):
            return InputError(path, f"not a regular file ({_file_kind(status.st_mode)}), skipped")
        if status.st_size > max_bytes:
            return InputError(
                path, f"file is {_megabytes(status.st_size)}, over the {_megabytes(max_bytes, limit=True)} limit (--max-bytes)"
            )
        os.set_blocking(descriptor, True)
        with os.fdopen(descriptor, "rb", closefd=False) as handle:
            return _read_stream(path, handle, max_bytes)
    except OSError as error:
        return InputError(path, f"cannot read: {error.strerror or error}")
    finally:
        os.close(descriptor)


def _file_kind(mode: int) -> str:
    kinds = ((stat.S_ISFIFO, "named pipe"), (stat.S_ISCHR, "character device"), (stat.S_ISBLK, "block device"), (stat.S_ISSOCK, "socket"))
    return next((name for test, name in kinds if test(mode)), "not a file")


def _read_stream(name: str, stream: BinaryIO | bytes, max_bytes: int) -> bytes | InputError:
    """Read at most `max_bytes` (one more tells that there was more), in chunks: a huge stream never fills memory."""
    if isinstance(stream, bytes):
        stream = io.BytesIO(stream)
    chunks: list[bytes] = []
    size = 0
    try:
        while size <= max_bytes:
            chunk = stream.read(min(READ_CHUNK, max_bytes + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
    except OSError as error:
        return InputError(name, f"cannot read: {error.strerror or error}")
    if size > max_bytes:
        return InputError(name, f"input is over the {_megabytes(max_bytes, limit=True)} limit (--max-bytes)")
    return b"".join(chunks)


def _megabytes(size: int, limit: bool = False) -> str:
    """A size for a message: in MB, or in bytes below 0.1 MB ("0.0 MB" would say nothing)."""
    if size >= 100_000:
        return f"{size / 1_000_000:.1f} MB"
    return f"{size}-byte" if limit else f"{size} bytes"


def decode_document(path: str, data: bytes) -> Document:
    """Decode `data` and split it into numbered lines; raise `InputError` if it is not article text."""
    return _decode(path, data)[0]


def _decode(path: str, data: bytes) -> tuple[Document, str | None]:
    """The document, and a warning when some bytes could not be decoded and were replaced."""
    text, encoding, replaced = decode_text(path, data)
    if not text.strip():
        raise InputError(path, "empty file" if not data else "file has no text (only white space)")
    text = strip_controls(text)
    if path.lower().endswith((".html", ".htm")) or _looks_like_html(text):
        from summarize.html_text import html_to_lines  # only pages pay for the HTML parser

        lines = tuple(html_to_lines(text))
    else:
        lines = tuple(enumerate(text.splitlines()))
    document = Document(Source(path, hashlib.sha256(data).hexdigest(), encoding), lines)
    warning = f"{quoted(path)}: {replaced} byte(s) are not valid {encoding}; shown as U+FFFD" if replaced else None
    return document, warning


def decode_bytes(path: str, data: bytes) -> tuple[str, str]:
    """Decode UTF-8 (with or without BOM), UTF-16 (with BOM, or without when unmistakable), or Windows-1256."""
    text, encoding, _ = decode_text(path, data)
    return text, encoding


def decode_text(path: str, data: bytes) -> tuple[str, str, int]:
    """(text, encoding, number of undecodable bytes replaced by U+FFFD)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return _strict(path, data[3:], "utf-8", "UTF-8 with BOM"), "utf-8-sig", 0
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return _strict(path, data, "utf-16", "UTF-16"), "utf-16", 0
    if b"\x00" in data:
        unmarked = _utf16_without_bom(data)
        if unmarked is not None:
            return unmarked
        offset = data.index(b"\x00")
        raise InputError(path, f"binary file (NUL byte at offset {offset}), skipped")
    try:
        return data.decode("utf-8"), "utf-8", 0
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    replaced = lenient.count("\ufffd") - data.count("\ufffd".encode())
    if replaced <= MAX_REPLACED_BYTES and replaced <= MAX_REPLACED_SHARE * len(lenient):
        return lenient, "utf-8", replaced
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_cp1256(text):
        return text, "windows-1256", 0
    raise InputError(path, "unknown text encoding (expected UTF-8, UTF-16 or Windows-1256), skipped")


def _utf16_without_bom(data: bytes) -> tuple[str, str, int] | None:
    """UTF-16 with no byte-order mark, recognised by where its NUL bytes fall (ASCII characters
    have one NUL byte, always on the same side) and by decoding to readable text."""
    if len(data) % 2:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if even and odd:
        return None
    codec = "utf-16-le" if odd else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    readable = sum(1 for c in text if c.isprintable() or c in "\r\n\t")
    return (text, codec, 0) if readable >= 0.98 * len(text) else None


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
