"""`brief models pull/verify` against a local server that speaks the hub's HTTP layout (the file tree,
and HEAD and ranged GET on files, as huggingface_hub asks for them)."""

from __future__ import annotations

import hashlib
import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import huggingface_hub.constants
import pytest
from typer.testing import CliRunner

from summarize import config
from summarize.cli import app
from summarize.modelstore import CONVERTED_FOLDERS, default_model, resolve_model, store_folder
from summarize.translate import MarianTranslator

pytestmark = pytest.mark.slow
LFS_MIN_BYTES = 10_000  # files this large are served as LFS (sha256); smaller ones by git blob id


@dataclass
class FakeHub:
    """Serves one model folder as repository `repo` at any revision."""

    folder: Path
    repo: str
    cut_after: dict[str, int] = field(default_factory=dict)  # path -> bytes sent before dropping the connection
    cuts_left: dict[str, int] = field(default_factory=dict)  # path -> how many more requests to cut (default 1)
    corrupt: set[str] = field(default_factory=set)
    ranges: list[str] = field(default_factory=list)
    extra_tree: list[dict[str, object]] = field(default_factory=list)  # entries a hostile mirror adds to the listing

    def etag(self, name: str) -> tuple[str, bool]:
        """The file's etag as the hub gives it (sha256 for LFS files, the git blob id otherwise)."""
        data = (self.folder / name).read_bytes()
        if len(data) >= LFS_MIN_BYTES:
            return hashlib.sha256(data).hexdigest(), True
        return hashlib.sha1(f"blob {len(data)}\0".encode() + data, usedforsecurity=False).hexdigest(), False

    def tree(self) -> list[dict[str, object]]:
        entries: list[dict[str, object]] = []
        for path in sorted(self.folder.iterdir()):
            data = path.read_bytes()
            entry: dict[str, object] = {"type": "file", "path": path.name, "size": len(data)}
            if len(data) >= LFS_MIN_BYTES:
                entry["lfs"] = {"oid": hashlib.sha256(data).hexdigest(), "size": len(data), "pointerSize": 134}
                entry["oid"] = "0" * 40
            else:
                entry["oid"] = hashlib.sha1(f"blob {len(data)}\0".encode() + data, usedforsecurity=False).hexdigest()
            entries.append(entry)
        return entries + self.extra_tree


@pytest.fixture
def hub(tiny_models: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> Iterator[FakeHub]:
    state = FakeHub(tiny_models["marian"], config.DEFAULT_MT_MODEL)

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            tree_prefix = f"/api/models/{state.repo}/tree/"
            resolve_prefix = f"/{state.repo}/resolve/"
            if self.path.startswith(tree_prefix):
                body = json.dumps(state.tree()).encode()
                self.send_response(200)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            if not self.path.startswith(resolve_prefix):
                self.send_error(404)
                return
            name = self.path.rsplit("/", 1)[-1]
            data = self._file(name)
            start = 0
            if "Range" in self.headers:
                state.ranges.append(f"{name}:{self.headers['Range']}")
                start = int(self.headers["Range"].split("=")[1].rstrip("-"))
                self.send_response(206)
            else:
                self.send_response(200)
            self.send_header("Content-Length", str(len(data) - start))
            self.end_headers()
            cut = state.cut_after.get(name)
            if cut is not None:
                state.cuts_left[name] = state.cuts_left.get(name, 1) - 1
                if state.cuts_left[name] <= 0:
                    del state.cut_after[name]
            self.wfile.write(data[start:cut] if cut is not None and cut > start else data[start:])
            if cut is not None:
                self.wfile.flush()
                self.connection.shutdown(2)

        def do_HEAD(self) -> None:
            name = self.path.split("?")[0].rsplit("/", 1)[-1]
            if not self.path.startswith(f"/{state.repo}/resolve/") or not (state.folder / name).is_file():
                self.send_error(404)
                return
            etag, lfs = state.etag(name)
            size = len(self._file(name))
            self.send_response(200)
            self.send_header("X-Repo-Commit", self.path.split("/resolve/")[1].split("/")[0])
            self.send_header("ETag", f'"{etag}"')
            if lfs:
                self.send_header("X-Linked-Etag", f'"{etag}"')
                self.send_header("X-Linked-Size", str(size))
            self.send_header("Content-Length", str(size))
            self.end_headers()

        def _file(self, name: str) -> bytes:
            data = (state.folder / name).read_bytes()
            return data[:-1] + bytes([data[-1] ^ 0xFF]) if name in state.corrupt else data

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{server.server_address[1]}")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)  # `make test` sets HF_HUB_OFFLINE=1 for everything else
    monkeypatch.setattr(huggingface_hub.constants, "DOWNLOAD_CHUNK_SIZE", 4096)  # tiny files: resume at a finer grain than 10 MB
    yield state
    server.shutdown()
    server.server_close()


def _pull() -> object:
    return CliRunner().invoke(app, ["models", "pull", "translator"])


def test_pull_then_use_offline(hub: FakeHub) -> None:
    result = _pull()
    assert result.exit_code == 0, result.output
    revision = default_model("translator").revision
    folder = store_folder(config.DEFAULT_MT_MODEL, revision)
    assert str(folder) in result.stdout
    pulled = sorted(p.name for p in folder.iterdir() if not p.name.startswith("."))
    assert pulled == sorted([*(p.name for p in hub.folder.iterdir()), CONVERTED_FOLDERS[0]])  # converted (float32) after downloading
    reference = resolve_model(config.DEFAULT_MT_MODEL, "translator", engine="transformers")  # HF_HUB_OFFLINE=1: from the store
    assert (reference.source, reference.revision, reference.engine) == ("store", revision, "transformers")
    converted = resolve_model(config.DEFAULT_MT_MODEL, "translator")  # the default engine takes the conversion
    assert converted.engine == "ctranslate2" and converted.revision.startswith(revision + "+ct2-") and converted.path.parent == folder
    sentence = ["أعلن الكرملين في بيان."]
    assert MarianTranslator(reference).translate_batch(sentence) == MarianTranslator(converted).translate_batch(sentence)
    verified = CliRunner().invoke(app, ["models", "verify", "translator"])
    assert verified.exit_code == 0 and "ok" in verified.stdout
    assert CliRunner().invoke(app, ["models", "path", "translator"]).stdout.strip() == str(folder)


def test_cut_connection_resumes_with_range(hub: FakeHub) -> None:
    """A dropped connection is retried from where it stopped, within the same pull."""
    weights = "model.safetensors"
    size = (hub.folder / weights).stat().st_size
    hub.cut_after[weights] = size // 2
    result = _pull()
    assert result.exit_code == 0, result.output
    (resumed,) = hub.ranges  # one ranged request, from the last whole chunk before the cut
    assert resumed.startswith(f"{weights}:bytes=") and 0 < int(resumed.split("=")[1].rstrip("-")) <= size // 2
    folder = store_folder(config.DEFAULT_MT_MODEL, default_model("translator").revision)
    assert (folder / weights).read_bytes() == (hub.folder / weights).read_bytes()


def test_pull_that_keeps_failing_resumes_on_the_next_run(hub: FakeHub, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the connection drops more often than the retries allow, the pull fails in one line that
    says to run it again, and the next run resumes from the bytes already there."""
    monkeypatch.setattr("time.sleep", lambda _: None)  # huggingface_hub waits a second between retries
    weights = "model.safetensors"
    size = (hub.folder / weights).stat().st_size
    hub.cut_after[weights] = size // 2
    hub.cuts_left[weights] = 50
    first = _pull()
    assert first.exit_code == 5 and "interrupted" in first.stderr and "again to resume" in first.stderr
    assert "Traceback" not in first.output and first.stderr.count("\n") == 1
    hub.cut_after.clear()
    second = _pull()
    assert second.exit_code == 0, second.output
    assert 0 < int(hub.ranges[-1].split("=")[1].rstrip("-")) <= size // 2
    folder = store_folder(config.DEFAULT_MT_MODEL, default_model("translator").revision)
    assert (folder / weights).read_bytes() == (hub.folder / weights).read_bytes()


def test_hash_mismatch_rejected(hub: FakeHub) -> None:
    hub.corrupt = {"model.safetensors", "vocab.json"}
    result = _pull()
    assert result.exit_code == 5 and "hash mismatch" in result.stderr
    folder = store_folder(config.DEFAULT_MT_MODEL, default_model("translator").revision)
    assert not (folder / "model.safetensors").exists()


@pytest.mark.parametrize("path", ["../escape.txt", "sub/../../escape.txt", "/tmp/escape.txt", "C:/escape.txt", "a//b"])
def test_listed_path_outside_the_folder_is_refused(hub: FakeHub, path: str) -> None:
    """A mirror that lists a file outside the model folder gets nothing written, read or deleted."""
    hub.extra_tree = [{"type": "file", "path": path, "size": 3, "oid": "0" * 40}]
    result = _pull()
    assert result.exit_code == 5 and "lists a file outside the model folder" in result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.output
    folder = store_folder(config.DEFAULT_MT_MODEL, default_model("translator").revision)
    assert not folder.exists() and not (folder.parent / "escape.txt").exists()


def test_verify_detects_tampering(hub: FakeHub) -> None:
    assert _pull().exit_code == 0
    folder = store_folder(config.DEFAULT_MT_MODEL, default_model("translator").revision)
    (folder / "vocab.json").write_text("{}", encoding="utf-8")
    result = CliRunner().invoke(app, ["models", "verify", "translator"])
    assert result.exit_code == 5 and "vocab.json: size" in result.stderr


def test_server_down_gives_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", False)
    monkeypatch.setattr(time, "sleep", lambda seconds: None)  # huggingface_hub's retries would wait about 20 s
    result = _pull()
    assert result.exit_code == 5
    assert result.stderr.startswith("brief: model 'Helsinki-NLP/opus-mt-ar-en' revision f830c0f12152: cannot reach http://127.0.0.1:9")
    assert "Traceback" not in result.output and result.stderr.count("\n") == 1


def test_offline_setting_is_respected_and_named(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(huggingface_hub.constants, "HF_HUB_OFFLINE", True)
    result = _pull()
    assert result.exit_code == 5 and "HF_HUB_OFFLINE is set" in result.stderr and result.stderr.count("\n") == 1


def test_unknown_model_name() -> None:
    result = CliRunner().invoke(app, ["models", "pull", "no-such-model"])  # neither a known name nor org/name
    assert result.exit_code == 2 and "unknown model" in result.stderr


def test_models_list_shows_presence_revision_size_and_quality(hub: FakeHub) -> None:
    before = CliRunner().invoke(app, ["models", "list"]).stdout
    assert before.count("not present") == 3 and "opus-mt-tc-big-ar-en" in before and "BLEU 42.8" in before
    assert _pull().exit_code == 0
    after = CliRunner().invoke(app, ["models", "list"]).stdout
    assert after.count("not present") == 2
    revision = default_model("translator").revision
    assert f"revision {revision}, 308 MB, {store_folder(config.DEFAULT_MT_MODEL, revision)}" in after
