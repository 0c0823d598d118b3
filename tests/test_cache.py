"""Translation memory: round trip, concurrent writers, and a damaged file rebuilt with a warning."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from summarize.cache import CACHE_FILE, TranslationMemory

WRITER = """
import sys
from pathlib import Path
from summarize.cache import TranslationMemory
memory = TranslationMemory.open(Path(sys.argv[1]))
tag = sys.argv[2]
for batch in range(40):
    memory.put_many("translation", "ns", {f"{tag}-{batch}-{i}": f"value {i}" for i in range(25)})
    assert len(memory.get_many("translation", "ns", [f"{tag}-{batch}-0"])) == 1
memory.close()
"""


def test_round_trip_and_counts(tmp_path: Path) -> None:
    memory = TranslationMemory.open(tmp_path)
    memory.put_many("translation", "ns1", {"مرحبا": "hello", "شكرا": "thanks"})
    memory.put_many("summary", "ns1", {"sha:en": "summary"})
    assert memory.get_many("translation", "ns1", ["مرحبا", "غير موجود", "مرحبا"]) == {"مرحبا": "hello"}
    assert memory.get_many("translation", "other-model", ["مرحبا"]) == {}
    assert memory.counts() == {"summary": 1, "translation": 2}
    assert memory.clear() == 3 and memory.counts() == {}
    memory.close()


def test_two_processes_write_at_once(tmp_path: Path) -> None:
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, str(tmp_path), tag]) for tag in ("a", "b")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    memory = TranslationMemory.open(tmp_path)
    assert memory.counts() == {"translation": 2 * 40 * 25}
    memory.close()


def test_damaged_file_is_moved_aside_and_rebuilt(tmp_path: Path) -> None:
    memory = TranslationMemory.open(tmp_path)
    memory.put_many("translation", "ns", {f"k{i}": "v" * 200 for i in range(500)})
    memory.close()
    path = tmp_path / CACHE_FILE
    data = path.read_bytes()
    path.write_bytes(data[:4096] + b"\x00garbage" * 100)  # truncated and overwritten
    rebuilt = TranslationMemory.open(tmp_path)
    assert rebuilt.warnings and "moved to" in rebuilt.warnings[0]
    assert rebuilt.get_many("translation", "ns", ["k1"]) == {}
    rebuilt.put_many("translation", "ns", {"k1": "fresh"})
    assert rebuilt.get_many("translation", "ns", ["k1"]) == {"k1": "fresh"}
    rebuilt.close()
    assert any(p.name.startswith(f"{CACHE_FILE}.corrupt-") for p in tmp_path.iterdir())


def test_not_a_database_at_all(tmp_path: Path) -> None:
    (tmp_path / CACHE_FILE).write_text("this is not sqlite")
    memory = TranslationMemory.open(tmp_path)
    assert memory.warnings and memory.counts() == {}
    memory.close()
