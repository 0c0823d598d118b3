"""`brief cache export` / `brief cache import`: a memory moved to another machine answers a rerun with no model call."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SEED_FILES
from test_cli import _models, _run

from summarize.memory import WorkMemory, checksum
from summarize.transfer import export_memory, import_memory

pytestmark = pytest.mark.slow


def _brief(tiny: dict[str, Path], cache: Path) -> dict[str, object]:
    result = _run(
        str(SEED_FILES[0].parent), *_models(tiny), "--summarizer", "extractive", "--cache-dir", str(cache), "--stats", "--format", "json"
    )
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_export_then_import_gives_a_warm_rerun_with_no_model_calls(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    cold = _brief(tiny_models, tmp_path / "cluster")
    assert cold["provenance"]["run"]["misses"] > 0  # type: ignore[index]
    exported = tmp_path / "memory.parquet"
    result = _run("cache", "export", str(exported), "--cache-dir", str(tmp_path / "cluster"))
    assert result.exit_code == 0 and "exported" in result.stdout
    result = _run("cache", "import", str(exported), "--cache-dir", str(tmp_path / "laptop"))
    assert result.exit_code == 0 and "imported" in result.stdout and "0 already there" in result.stdout
    warm = _brief(tiny_models, tmp_path / "laptop")
    assert warm["provenance"]["run"]["misses"] == 0 and warm["provenance"]["run"]["model_calls"] == 0  # type: ignore[index]
    assert {k: v for k, v in warm.items() if k != "provenance"} == {k: v for k, v in cold.items() if k != "provenance"}
    again = _run("cache", "import", str(exported), "--cache-dir", str(tmp_path / "laptop"))
    assert "imported 0 new entries" in again.stdout  # importing twice changes nothing


def test_a_tampered_row_is_refused_and_the_rest_imported(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    with WorkMemory.open(tmp_path / "a") as memory:
        memory.put_many("translation", "ns1", {"مرحبا": "hello", "شكرا": "thanks"})
        export_memory(memory, tmp_path / "m.parquet")
    table = pq.read_table(tmp_path / "m.parquet")
    values = table.column("value").to_pylist()
    values[0] = "goodbye"  # changed in transit: its checksum no longer matches
    tampered = table.set_column(table.column_names.index("value"), "value", pa.array(values))
    pq.write_table(tampered.replace_schema_metadata(table.schema.metadata), tmp_path / "t.parquet")
    with WorkMemory.open(tmp_path / "b") as memory:
        result = import_memory(memory, tmp_path / "t.parquet")
        assert (result.added, result.refused) == (1, 1)
        assert len(memory.get_many("translation", "ns1", ["مرحبا", "شكرا"])) == 1


def test_existing_entries_are_kept_on_import(tmp_path: Path) -> None:
    with WorkMemory.open(tmp_path / "a") as memory:
        memory.put_many("translation", "ns", {"مرحبا": "hello (cluster)"})
        export_memory(memory, tmp_path / "m.parquet")
    with WorkMemory.open(tmp_path / "b") as memory:
        memory.put_many("translation", "ns", {"مرحبا": "hello (laptop)"})
        result = import_memory(memory, tmp_path / "m.parquet")
        assert (result.added, result.already) == (0, 1)
        assert memory.get_many("translation", "ns", ["مرحبا"]) == {"مرحبا": "hello (laptop)"}
    assert checksum("translation", "ns", "مرحبا", "hello (laptop)")  # the memory's own checksum keys every row


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        (b"not parquet at all", "not a memory export written by brief"),
        (None, "not a readable memory export"),
    ],
)
def test_bad_import_file_is_one_line(tmp_path: Path, content: bytes | None, problem: str) -> None:
    path = tmp_path / "x.parquet"
    if content is not None:
        path.write_bytes(content)
    result = _run("cache", "import", str(path), "--cache-dir", str(tmp_path / "c"))
    assert result.exit_code != 0 and "Traceback" not in result.output
    assert problem in result.stderr and len(result.stderr.strip().splitlines()) == 1


def test_foreign_parquet_is_refused(tmp_path: Path) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    pq.write_table(pa.table({"a": [1, 2]}), tmp_path / "other.parquet")
    result = _run("cache", "import", str(tmp_path / "other.parquet"), "--cache-dir", str(tmp_path / "c"))
    assert result.exit_code != 0 and "not a memory export written by brief" in result.stderr


def test_export_never_replaces_what_is_not_an_export(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_text("مقال\n", encoding="utf-8")
    cache = tmp_path / "c"
    with WorkMemory.open(cache) as memory:
        memory.put_many("translation", "ns", {"مرحبا": "hello"})
        memory_file = memory.path
    for target in (article, memory_file, tmp_path):
        before = target.read_bytes() if target.is_file() else None
        result = _run("cache", "export", str(target), "--cache-dir", str(cache))
        assert result.exit_code == 2 and "refusing to replace it" in result.stderr and "Traceback" not in result.output
        assert before is None or target.read_bytes() == before
    exported = tmp_path / "m.parquet"
    assert _run("cache", "export", str(exported), "--cache-dir", str(cache)).exit_code == 0
    assert _run("cache", "export", str(exported), "--cache-dir", str(cache)).exit_code == 0  # an earlier export is replaced


def test_import_refuses_a_pipe_and_a_folder_without_waiting(tmp_path: Path) -> None:
    import os

    pipe = tmp_path / "pipe.parquet"
    os.mkfifo(pipe)
    for source in (pipe, tmp_path):
        result = _run("cache", "import", str(source), "--cache-dir", str(tmp_path / "c"))
        assert result.exit_code != 0 and "not a regular file" in result.stderr
