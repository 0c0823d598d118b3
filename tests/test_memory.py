"""Translation memory: round trip, concurrent writers, and a damaged file rebuilt with a warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from summarize.memory import CACHE_FILE, WorkMemory

WRITER = """
import sys
from pathlib import Path
from summarize.memory import WorkMemory
memory = WorkMemory.open(Path(sys.argv[1]))
tag = sys.argv[2]
for batch in range(40):
    memory.put_many("translation", "ns", {f"{tag}-{batch}-{i}": f"value {i}" for i in range(25)})
    assert len(memory.get_many("translation", "ns", [f"{tag}-{batch}-0"])) == 1
memory.close()
"""


def test_round_trip_and_counts(tmp_path: Path) -> None:
    memory = WorkMemory.open(tmp_path)
    memory.put_many("translation", "ns1", {"مرحبا": "hello", "شكرا": "thanks"})
    memory.put_many("summary", "ns1", {"sha:en": "summary"})
    assert memory.get_many("translation", "ns1", ["مرحبا", "غير موجود", "مرحبا"]) == {"مرحبا": "hello"}
    assert memory.get_many("translation", "other-model", ["مرحبا"]) == {}
    assert memory.counts() == {"summary": 1, "translation": 2}
    assert memory.clear() == 3 and memory.counts() == {}
    memory.close()


@pytest.mark.parametrize("attempt", range(8))  # the first use of a new file is the racy moment: try it often
def test_two_processes_write_at_once(tmp_path: Path, attempt: int) -> None:
    writers = [
        subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), tag], stderr=subprocess.PIPE, text=True) for tag in ("a", "b")
    ]
    errors = [w.communicate(timeout=120)[1] for w in writers]
    assert [w.returncode for w in writers] == [0, 0], errors
    memory = WorkMemory.open(tmp_path)
    assert memory.counts() == {"translation": 2 * 40 * 25}
    memory.close()


def test_damaged_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    memory = WorkMemory.open(tmp_path)
    memory.put_many("translation", "ns", {f"k{i}": "v" * 200 for i in range(500)})
    memory.close()
    path = tmp_path / CACHE_FILE
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00garbage" * 100)  # truncated and overwritten
    rebuilt = WorkMemory.open(tmp_path)
    assert rebuilt.warnings and "moved to" in rebuilt.warnings[0]
    assert rebuilt.get_many("translation", "ns", ["k1"]) == {}
    rebuilt.put_many("translation", "ns", {"k1": "fresh"})
    assert rebuilt.get_many("translation", "ns", ["k1"]) == {"k1": "fresh"}
    rebuilt.close()
    assert any(p.name.startswith(f"{CACHE_FILE}.corrupt-") for p in tmp_path.iterdir())


PAGE = 4096  # SQLite's default page size


def _filled_memory(folder: Path) -> Path:
    """A closed memory of several pages: kind 'translation' sorts after kind 'a' in the table."""
    memory = WorkMemory.open(folder)
    memory.put_many("translation", "ns", {f"k{i:04d}": "v" * 200 for i in range(500)})
    memory.close()
    return folder / CACHE_FILE


def _overwrite_pages(path: Path, first: int, last: int | None = None) -> None:
    """Fill pages first..last (1-based, inclusive; default: to the end) with garbage, same length."""
    data = bytearray(path.read_bytes())
    end = len(data) if last is None else last * PAGE
    data[(first - 1) * PAGE : end] = (b"\xffgarbage" * (end // 8 + 1))[: end - (first - 1) * PAGE]
    path.write_bytes(bytes(data))


def test_damage_met_by_a_read_is_never_returned(tmp_path: Path) -> None:
    """Open checks only the schema pages; the lookup that meets damaged pages rebuilds and misses."""
    path = _filled_memory(tmp_path)
    _overwrite_pages(path, first=5)  # schema, meta and the entries root survive; the leaves do not
    memory = WorkMemory.open(tmp_path)
    assert memory.warnings == []
    assert memory.get_many("translation", "ns", ["k0001", "k0400"]) == {}
    assert len(memory.warnings) == 1 and "moved to" in memory.warnings[0]
    memory.put_many("translation", "ns", {"k0001": "fresh"})
    assert memory.get_many("translation", "ns", ["k0001"]) == {"k0001": "fresh"}
    memory.close()


def test_damage_no_read_meets_is_found_before_the_first_write(tmp_path: Path) -> None:
    path = _filled_memory(tmp_path)
    _overwrite_pages(path, first=len(path.read_bytes()) // PAGE)  # only the last page
    memory = WorkMemory.open(tmp_path)
    memory.put_many("a", "ns", {"key": "value"})  # lands in the first leaf: the insert alone would not notice
    assert len(memory.warnings) == 1 and "was damaged" in memory.warnings[0]
    assert memory.get_many("a", "ns", ["key"]) == {"key": "value"}
    assert memory.counts() == {"a": 1}
    memory.close()


def test_not_a_database_at_all(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_text("this is not sqlite")
    memory = WorkMemory.open(tmp_path)
    assert memory.warnings and memory.counts() == {}
    memory.close()


@pytest.mark.parametrize(
    ("edit", "what"),
    [
        ("UPDATE entries SET value = 'edited' WHERE key = 'a'", "an edited value"),
        ("UPDATE entries SET key = 'b' WHERE key = 'a'", "a value moved to another key"),
        ("UPDATE entries SET digest = '0' WHERE key = 'a'", "a damaged checksum"),
        ("UPDATE entries SET value = CAST(x'ff00fe' AS TEXT) WHERE key = 'a'", "bytes that are not UTF-8"),
    ],
)
def test_a_damaged_entry_is_discarded_with_a_warning(tmp_path: Path, edit: str, what: str) -> None:
    import sqlite3

    memory = WorkMemory.open(tmp_path)
    memory.put_many("translation", "ns", {"a": "first", "c": "kept"})
    memory.close()
    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:
        connection.execute(edit)
    memory = WorkMemory.open(tmp_path)
    assert memory.get_many("translation", "ns", ["a", "b", "c"]) == {"c": "kept"}, what
    assert "damaged" in memory.warnings[0]
    assert memory.counts() == {"translation": 1}  # discarded, so the next run recomputes it quietly
    memory.close()


def test_a_version_1_memory_is_upgraded_in_place(tmp_path: Path) -> None:
    import sqlite3

    with sqlite3.connect(tmp_path / CACHE_FILE) as connection:
        connection.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        connection.execute(
            "CREATE TABLE entries (kind TEXT NOT NULL, ns TEXT NOT NULL, key TEXT NOT NULL, value TEXT NOT NULL,"
            " PRIMARY KEY (kind, ns, key)) WITHOUT ROWID"
        )
        connection.execute("INSERT INTO meta VALUES ('schema', '1')")
        connection.execute("INSERT INTO entries VALUES ('translation', 'ns', 'مرحبا', 'hello')")
    memory = WorkMemory.open(tmp_path)
    assert memory.get_many("translation", "ns", ["مرحبا"]) == {"مرحبا": "hello"} and not memory.warnings
    memory.close()


@pytest.mark.slow
@pytest.mark.parametrize("seed", range(24))
def test_random_damage_never_serves_a_changed_value_nor_stops_the_run(tmp_path: Path, seed: int) -> None:
    """Flipped bytes, a page of noise, or a truncated file: every operation still works, and what is
    read back is either the original value or nothing."""
    import random

    items = {f"key{i}": f"value {i} " * (i % 40 + 1) for i in range(1500)}
    memory = WorkMemory.open(tmp_path / "original")
    memory.put_many("translation", "ns", items)
    memory.close()
    data = bytearray((tmp_path / "original" / CACHE_FILE).read_bytes())
    rng = random.Random(seed)
    if seed % 3 == 0:
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
    elif seed % 3 == 1:
        page = rng.randrange(len(data) // 4096)
        data[page * 4096 : (page + 1) * 4096] = rng.randbytes(4096)
    else:
        data = data[: rng.randrange(len(data))]
    (tmp_path / "damaged").mkdir()
    (tmp_path / "damaged" / CACHE_FILE).write_bytes(bytes(data))
    memory = WorkMemory.open(tmp_path / "damaged")
    for _ in range(2):
        found = memory.get_many("translation", "ns", list(items))
        assert all(items[key] == value for key, value in found.items())
        memory.put_many("translation", "ns", {"new": "value"})
        memory.counts()
    memory.close()
