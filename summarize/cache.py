"""Translation memory: a SQLite file of model outputs keyed by model, revision, decoding and input.

Safe for concurrent runs (WAL journal, busy timeout, short transactions); a damaged file is
moved aside with a warning and rebuilt, never trusted.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from summarize.errors import CacheError

CACHE_DIR_ENV = "BRIEF_CACHE_DIR"
CACHE_FILE = "memory.sqlite3"
SCHEMA_VERSION = 1
BUSY_TIMEOUT_MS = 30_000
_SQL_CHUNK = 500


def default_cache_dir() -> Path:
    if os.environ.get(CACHE_DIR_ENV):
        return Path(os.environ[CACHE_DIR_ENV]).expanduser()
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "brief"


def namespace(**settings: Any) -> str:
    """A short stable key for a model + settings combination."""
    blob = json.dumps(settings, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(blob.encode()).hexdigest()[:24]


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    model_calls: int = 0

    def as_dict(self) -> dict[str, int]:
        return {"hits": self.hits, "misses": self.misses, "model_calls": self.model_calls}


@dataclass
class TranslationMemory:
    """Key-value store of model outputs. `kind` separates translations from summaries."""

    path: Path
    warnings: list[str] = field(default_factory=list)
    _connection: sqlite3.Connection | None = None

    @classmethod
    def open(cls, folder: Path) -> TranslationMemory:
        memory = cls(folder / CACHE_FILE)
        memory._connect()
        return memory

    def _connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CacheError(f"cache folder {self.path.parent} cannot be created: {error.strerror or error}") from None
        try:
            self._connection = self._open_checked()
        except sqlite3.DatabaseError as error:
            aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
            for suffix in ("", "-wal", "-shm"):
                source = Path(str(self.path) + suffix)
                if source.exists():
                    source.replace(Path(str(aside) + suffix))
            self.warnings.append(f"cache {self.path} was damaged ({error}); moved to {aside.name} and rebuilt")
            try:
                self._connection = self._open_checked()
            except sqlite3.DatabaseError as again:
                raise CacheError(f"cache {self.path} cannot be rebuilt: {again}") from None
        except sqlite3.OperationalError as error:
            raise CacheError(f"cache {self.path} cannot be opened: {error}") from None

    def _open_checked(self) -> sqlite3.Connection:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        try:
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            connection.execute("PRAGMA journal_mode=WAL")
            connection.execute("PRAGMA synchronous=NORMAL")
            if connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
            connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
            connection.execute(
                "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, ns TEXT NOT NULL, key TEXT NOT NULL,"
                " value TEXT NOT NULL, PRIMARY KEY (kind, ns, key)) WITHOUT ROWID"
            )
            connection.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))
            row = connection.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if row[0] != str(SCHEMA_VERSION):
                raise sqlite3.DatabaseError(f"unknown schema version {row[0]}")
        except sqlite3.DatabaseError:
            connection.close()
            raise
        return connection

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise CacheError("cache is closed")
        return self._connection

    def get_many(self, kind: str, ns: str, keys: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(keys))
        found: dict[str, str] = {}
        for start in range(0, len(wanted), _SQL_CHUNK):
            chunk = wanted[start : start + _SQL_CHUNK]
            marks = ",".join("?" * len(chunk))
            rows = self.connection.execute(f"SELECT key, value FROM entries WHERE kind=? AND ns=? AND key IN ({marks})", (kind, ns, *chunk))
            found.update(rows.fetchall())
        return found

    def put_many(self, kind: str, ns: str, items: dict[str, str]) -> None:
        """Store items in one short transaction (so an interrupted run keeps what it finished)."""
        if not items:
            return
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?)", [(kind, ns, k, v) for k, v in items.items()])

    def counts(self) -> dict[str, int]:
        rows = self.connection.execute("SELECT kind, COUNT(*) FROM entries GROUP BY kind ORDER BY kind")
        return {kind: count for kind, count in rows.fetchall()}

    def clear(self) -> int:
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            removed = self.connection.execute("DELETE FROM entries").rowcount
        self.connection.execute("VACUUM")
        return int(removed)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
