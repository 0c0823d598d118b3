"""The work memory (`WorkMemory`): one SQLite file of what brief has computed, so it is never computed
twice: translations and summaries keyed by model, revision, decoding and input, finished briefings
(see `briefing_memo`) and invocations (see `replay`). The options and the README call it the
translation memory.

Safe for concurrent runs (WAL journal, busy timeout, short transactions); a damaged file is
moved aside with a warning and rebuilt, never trusted. Every entry carries a checksum of its
kind, namespace, key and value: an entry that fails it (a flipped byte, an edited value, a value
moved to another key) is discarded with a warning and recomputed.
"""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from summarize.errors import CacheError

CACHE_DIR_ENV = "BRIEF_CACHE_DIR"
CACHE_FILE = "memory.sqlite3"
SCHEMA_VERSION = 2  # 2: entries carry a checksum (a version-1 file is upgraded in place)
BUSY_TIMEOUT_MS = 30_000
_SQL_CHUNK = 500
T = TypeVar("T")


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
    """What a run did: translation-memory hits and misses, model calls, and translations that failed a
    check (`flagged`, after any retry) or were retranslated clause by clause (`repaired`)."""

    hits: int = 0
    misses: int = 0
    model_calls: int = 0
    flagged: int = 0
    repaired: int = 0

    def as_dict(self) -> dict[str, int]:
        return {
            "hits": self.hits,
            "misses": self.misses,
            "model_calls": self.model_calls,
            "flagged": self.flagged,
            "repaired": self.repaired,
        }


# Errors that say something about the machine (busy, read-only, full, unreachable), not about the file's
# content: the user has to fix these. Any other error on brief's own fixed statements means the file
# is damaged (a corrupt page, a header that is not SQLite's, a schema table that lost the table).
_ENVIRONMENT_ERRORS = tuple(
    f"SQLITE_{name}" for name in ("BUSY", "LOCKED", "READONLY", "FULL", "CANTOPEN", "PERM", "AUTH", "IOERR", "NOMEM", "INTERRUPT", "NOLFS")
)


def _is_damage(error: sqlite3.DatabaseError) -> bool:
    """The file is damaged or not a database at all (as opposed to locked, full, read-only or unreachable)."""
    name = getattr(error, "sqlite_errorname", "") or ""
    return not name.startswith(_ENVIRONMENT_ERRORS) and "locked" not in str(error)


def _lenient_text(data: bytes) -> str:
    return data.decode("utf-8", errors="replace")


def checksum(kind: str, ns: str, key: str, value: str) -> str:
    """The checksum stored beside each entry: it covers where the value belongs, not only the value."""
    return hashlib.blake2b("\0".join((kind, ns, key, value)).encode("utf-8", "surrogatepass"), digest_size=12).hexdigest()


def intact(kind: object, ns: object, key: object, value: object, digest: object) -> bool:
    """Whether a stored (or imported) entry is text throughout and matches its checksum."""
    if not (isinstance(kind, str) and isinstance(ns, str) and isinstance(key, str) and isinstance(value, str)):
        return False
    return digest == checksum(kind, ns, key, value)


def _retry_while_locked(statement: Callable[[], object]) -> None:
    """Run a statement SQLite refuses at once, without its busy handler, while another connection
    holds the lock: switching a new file to WAL while a second process does the same."""
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    while True:
        try:
            statement()
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.02)


_CREATE_ENTRIES = (
    "CREATE TABLE IF NOT EXISTS entries (kind TEXT NOT NULL, ns TEXT NOT NULL, key TEXT NOT NULL,"
    " value TEXT NOT NULL, digest TEXT NOT NULL, PRIMARY KEY (kind, ns, key)) WITHOUT ROWID"
)


def _schema_version(connection: sqlite3.Connection) -> str | None:
    if not connection.execute("SELECT 1 FROM sqlite_master WHERE name='meta'").fetchone():
        return None
    row = connection.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
    return str(row[0]) if row else None


def _create_or_upgrade(connection: sqlite3.Connection) -> None:
    """Create the schema, or upgrade a version-1 file (no checksums) by computing them; inside a write transaction."""
    version = _schema_version(connection)
    if version == str(SCHEMA_VERSION):
        return  # a concurrent process did it first
    if version is None:
        connection.execute("CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(_CREATE_ENTRIES)
    elif version == "1":
        connection.create_function("brief_checksum", 4, checksum, deterministic=True)
        connection.execute("ALTER TABLE entries RENAME TO entries_v1")
        connection.execute(_CREATE_ENTRIES)
        connection.execute("INSERT INTO entries SELECT kind, ns, key, value, brief_checksum(kind, ns, key, value) FROM entries_v1")
        connection.execute("DROP TABLE entries_v1")
    else:
        raise sqlite3.DatabaseError(f"unknown schema version {version}")
    connection.execute("INSERT OR REPLACE INTO meta VALUES ('schema', ?)", (str(SCHEMA_VERSION),))


@dataclass
class WorkMemory:
    """Key-value store of everything brief computed: `kind` separates translations, summaries,
    briefings and invocations.

    Damage is found where it matters, without reading the whole file on every run (a year of
    translations makes a file of ~80 MB, and `PRAGMA quick_check` on it takes ~65 ms, as long
    as the rest of an unchanged rerun): any read or write that meets a damaged page, and the
    structural check run once before the first write, move the file aside with a warning and
    carry on with a fresh one.
    """

    path: Path
    warnings: list[str] = field(default_factory=list)
    _connection: sqlite3.Connection | None = None
    _verified: bool = False  # quick_check passed (or the file is new) since this process opened it

    @classmethod
    def open(cls, folder: Path) -> WorkMemory:
        memory = cls(folder / CACHE_FILE)
        memory._connect()
        return memory

    def _connect(self) -> None:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise CacheError(f"cache folder {self.path.parent} cannot be created: {error.strerror or error}") from None
        try:
            self._open()
        except sqlite3.DatabaseError as error:
            self._recover(error)

    def _open(self) -> None:
        connection = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
        connection.text_factory = _lenient_text  # a damaged byte in one value fails that entry's checksum, not the file
        try:
            connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
            _retry_while_locked(lambda: connection.execute("PRAGMA journal_mode=WAL"))
            connection.execute("PRAGMA synchronous=NORMAL")
            if _schema_version(connection) != str(SCHEMA_VERSION):
                with connection:  # first use or upgrade: one writer changes the schema, a concurrent one waits
                    connection.execute("BEGIN IMMEDIATE")
                    _create_or_upgrade(connection)
        except sqlite3.DatabaseError:
            connection.close()
            raise
        self._connection = connection

    def _discard_damaged(self, kind: str, ns: str, damaged: list[str]) -> None:
        """Drop entries whose checksum fails; they are recomputed like any other miss."""
        self.warnings.append(
            f"cache {self.path}: {len(damaged)} damaged entr{'y' if len(damaged) == 1 else 'ies'} discarded and recomputed"
        )
        with self.connection:
            self.connection.execute("BEGIN IMMEDIATE")
            self.connection.executemany("DELETE FROM entries WHERE kind=? AND ns=? AND key=?", [(kind, ns, key) for key in damaged])

    def _guarded(self, operation: Callable[[], T]) -> T:
        """Run `operation`; if it meets a damaged file, move the file aside and run it on a fresh one."""
        try:
            return operation()
        except sqlite3.DatabaseError as error:
            self._recover(error)
        try:
            return operation()
        except sqlite3.DatabaseError as again:
            raise CacheError(f"cache {self.path} cannot be used: {again}") from None

    def _recover(self, error: sqlite3.DatabaseError) -> None:
        """Replace a damaged file by a fresh one; any other database error is the user's to fix."""
        if not _is_damage(error):
            raise CacheError(f"cache {self.path} cannot be used: {error}") from None
        self._move_aside(error)
        try:
            self._open()
        except sqlite3.DatabaseError as again:
            raise CacheError(f"cache {self.path} cannot be rebuilt: {again}") from None
        self._verified = True

    def _move_aside(self, error: sqlite3.DatabaseError) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None
        aside = self.path.with_name(f"{self.path.name}.corrupt-{int(time.time())}")
        for suffix in ("", "-wal", "-shm"):
            source = Path(str(self.path) + suffix)
            if source.exists():
                source.replace(Path(str(aside) + suffix))
        self.warnings.append(f"cache {self.path} was damaged ({error}); moved to {aside.name} and rebuilt")

    def _verify(self) -> None:
        """The full structural check, once per process and before the first write into the file."""
        if not self._verified:
            if self.connection.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise sqlite3.DatabaseError("integrity check failed")
            self._verified = True

    @property
    def connection(self) -> sqlite3.Connection:
        if self._connection is None:
            raise CacheError("cache is closed")
        return self._connection

    def get_many(self, kind: str, ns: str, keys: Iterable[str]) -> dict[str, str]:
        wanted = list(dict.fromkeys(keys))

        def read() -> dict[str, str]:
            found: dict[str, str] = {}
            damaged: list[str] = []
            for start in range(0, len(wanted), _SQL_CHUNK):
                chunk = wanted[start : start + _SQL_CHUNK]
                marks = ",".join("?" * len(chunk))
                sql = f"SELECT key, value, digest FROM entries WHERE kind=? AND ns=? AND key IN ({marks})"
                for key, value, digest in self.connection.execute(sql, (kind, ns, *chunk)).fetchall():
                    if intact(kind, ns, key, value, digest):
                        found[key] = value
                    else:
                        damaged.append(key)
            if damaged:
                self._discard_damaged(kind, ns, damaged)
            return found

        return self._guarded(read)

    def put_many(self, kind: str, ns: str, items: dict[str, str]) -> None:
        """Store items in one short transaction (so an interrupted run keeps what it finished)."""
        if not items:
            return
        rows = [(kind, ns, k, v, checksum(kind, ns, k, v)) for k, v in items.items()]

        def write() -> None:
            self._verify()
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                self.connection.executemany("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?)", rows)

        self._guarded(write)

    def entries(self, kinds: Iterable[str] = ("translation", "summary")) -> list[tuple[str, str, str, str, str]]:
        """Every intact entry of `kinds` as (kind, namespace, key, value, checksum), in key order."""
        wanted = list(kinds)

        def read() -> list[tuple[str, str, str, str, str]]:
            marks = ",".join("?" * len(wanted))
            sql = f"SELECT kind, ns, key, value, digest FROM entries WHERE kind IN ({marks}) ORDER BY kind, ns, key"
            return [
                (kind, ns, key, value, digest)
                for kind, ns, key, value, digest in self.connection.execute(sql, wanted).fetchall()
                if intact(kind, ns, key, value, digest)
            ]

        return self._guarded(read)

    def counts(self) -> dict[str, int]:
        def count() -> dict[str, int]:
            rows = self.connection.execute("SELECT kind, COUNT(*) FROM entries GROUP BY kind ORDER BY kind")
            return {kind: number for kind, number in rows.fetchall()}

        return self._guarded(count)

    def clear(self) -> int:
        def delete() -> int:
            with self.connection:
                self.connection.execute("BEGIN IMMEDIATE")
                removed = self.connection.execute("DELETE FROM entries").rowcount
            self.connection.execute("VACUUM")
            return int(removed)

        return self._guarded(delete)

    def close(self) -> None:
        if self._connection is not None:
            self._connection.close()
            self._connection = None

    def __enter__(self) -> WorkMemory:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
