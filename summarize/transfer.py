"""`brief cache export` and `brief cache import`: translations and summaries moved between machines
as a Parquet file, keyed exactly as the memory keys them (kind, namespace of model and decoding
settings, normalised source text), so a cluster run can warm a laptop's memory and the reverse.

Every row carries the memory's own checksum; a row whose checksum does not match its content is
refused on import, never stored. pyarrow is imported on first use (`pip install 'brief[ray]'`).
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from summarize import __version__
from summarize.display import quoted
from summarize.errors import BriefError, InputError, UsageError
from summarize.memory import WorkMemory, intact
from summarize.output import replace_atomically

COLUMNS = ("kind", "ns", "key", "value", "checksum")
KINDS = ("translation", "summary")  # whole briefings depend on this machine's paths: not moved
FORMAT = "brief-memory/1"


@dataclass(frozen=True)
class ImportResult:
    added: int
    already: int
    refused: int  # rows whose checksum does not match their content


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise BriefError("moving the memory needs pyarrow: pip install 'brief[ray]' (or pip install pyarrow)") from None
    return pyarrow, pyarrow.parquet


def export_memory(memory: WorkMemory, target: Path) -> int:
    """Write every intact translation and summary to `target` (replaced atomically); returns the row count."""
    pa, pq = _pyarrow()
    _refuse_to_replace(target, pq)
    rows = memory.entries(KINDS)
    table = pa.table({name: [row[i] for row in rows] for i, name in enumerate(COLUMNS)})
    table = table.replace_schema_metadata({"format": FORMAT, "brief": __version__})
    replace_atomically(target, lambda temporary: pq.write_table(table, temporary, compression="zstd"))
    return len(rows)


def _is_regular_file(path: Path) -> bool:
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except OSError:
        return False


def _refuse_to_replace(target: Path, pq: Any) -> None:
    """An export replaces only an earlier export: never an article, the memory itself or a folder."""
    if not os.path.lexists(target):
        return
    if _is_regular_file(target):
        try:
            metadata = pq.read_schema(target).metadata or {}
        except Exception:  # not Parquet at all
            metadata = {}
        if metadata.get(b"format") == FORMAT.encode():
            return
    raise UsageError(f"{quoted(str(target))} exists and is not a memory export; refusing to replace it (choose another name)")


def import_memory(memory: WorkMemory, source: Path) -> ImportResult:
    """Add the rows of an exported file to `memory`; entries already there are kept as they are."""
    _, pq = _pyarrow()
    if source.exists() and not _is_regular_file(source):  # a folder is read as a dataset, a pipe waits for a writer
        raise InputError(str(source), "not a regular file; give the .parquet file `brief cache export` wrote")
    try:
        table = pq.read_table(source)
    except OSError as error:
        raise InputError(str(source), f"not a readable memory export ({error})") from None
    except Exception as error:  # pyarrow raises its own types for a damaged or foreign file
        raise InputError(str(source), f"not a memory export written by brief ({type(error).__name__}: {error})") from None
    metadata = {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items()}
    if metadata.get("format") != FORMAT or not set(COLUMNS) <= set(table.column_names):
        raise InputError(str(source), f"not a memory export written by brief (expected format {FORMAT} with columns {', '.join(COLUMNS)})")
    columns = [table.column(name).to_pylist() for name in COLUMNS]
    by_place: dict[tuple[str, str], dict[str, str]] = {}
    refused = 0
    for kind, ns, key, value, digest in zip(*columns, strict=True):
        if kind not in KINDS or not intact(kind, ns, key, value, digest):
            refused += 1
            continue
        by_place.setdefault((kind, ns), {})[key] = value
    added = already = 0
    for (kind, ns), items in sorted(by_place.items()):
        known = memory.get_many(kind, ns, items)
        new = {key: value for key, value in items.items() if key not in known}
        memory.put_many(kind, ns, new)
        added += len(new)
        already += len(items) - len(new)
    return ImportResult(added, already, refused)
