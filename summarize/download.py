"""`brief models pull` and `brief models verify`: fetch pinned model revisions into the store,
resumably, and check every file against the hashes the hub publishes.

Speaks the hub's HTTP layout directly (`HF_ENDPOINT`, default https://huggingface.co):
`GET /api/models/{repo}/tree/{revision}?recursive=true` lists files with their git blob id
(sha1) and, for large files, their LFS sha256; `GET /{repo}/resolve/{revision}/{path}` serves a
file and honours `Range`, which is how an interrupted download resumes from its `.part` file.
"""

from __future__ import annotations

import hashlib
import json
import os
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from summarize.errors import ModelError
from summarize.modelstore import hub_endpoint, store_folder

RECORD_FILE = ".brief-files.json"
CHUNK_BYTES = 1 << 20
TIMEOUT_S = 30.0
Progress = Callable[[str, int, int], None]


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    sha256: str | None  # LFS files
    git_sha1: str | None  # small files: the git blob id


def _get(url: str, headers: dict[str, str] | None = None) -> urllib.response.addinfourl:
    request = urllib.request.Request(url, headers={"User-Agent": "brief", **(headers or {})})
    token = os.environ.get("HF_TOKEN")
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    return urllib.request.urlopen(request, timeout=TIMEOUT_S)  # the endpoint comes from HF_ENDPOINT


def list_files(hub_id: str, revision: str) -> list[RemoteFile]:
    url = f"{hub_endpoint()}/api/models/{hub_id}/tree/{quote(revision, safe='')}?recursive=true"
    try:
        with _get(url) as response:
            entries = json.load(response)
    except urllib.error.HTTPError as error:
        raise ModelError(f"model '{hub_id}' revision {revision[:12]}: the hub answered {error.code} for the file list") from None
    except (urllib.error.URLError, OSError, ValueError) as error:
        raise ModelError(f"model '{hub_id}': cannot reach {hub_endpoint()} ({_reason(error)}); check the network or HF_ENDPOINT") from None
    files = []
    for entry in entries:
        if entry.get("type") != "file":
            continue
        lfs = entry.get("lfs") or {}
        size = int(lfs.get("size") or entry.get("size") or 0)
        files.append(RemoteFile(entry["path"], size, sha256=lfs.get("oid"), git_sha1=None if lfs else entry.get("oid")))
    if not files:
        raise ModelError(f"model '{hub_id}' revision {revision[:12]} lists no files on {hub_endpoint()}")
    return sorted(files, key=lambda f: f.path)


def _reason(error: BaseException) -> str:
    return str(getattr(error, "reason", "") or error)


def _git_blob_sha1(path: Path) -> str:
    header = f"blob {path.stat().st_size}\0".encode()
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, lambda: hashlib.sha1(header, usedforsecurity=False)).hexdigest()


def sha256_of(path: Path) -> str:
    with path.open("rb") as handle:
        return hashlib.file_digest(handle, "sha256").hexdigest()


def _matches(remote: RemoteFile, path: Path) -> bool:
    if path.stat().st_size != remote.size:
        return False
    if remote.sha256:
        return sha256_of(path) == remote.sha256
    return remote.git_sha1 is None or _git_blob_sha1(path) == remote.git_sha1


def pull(hub_id: str, revision: str, progress: Progress | None = None) -> Path:
    """Download `hub_id` at `revision` into the store, resuming partial files; verify every file."""
    files = list_files(hub_id, revision)
    folder = store_folder(hub_id, revision)
    folder.mkdir(parents=True, exist_ok=True)
    record = {}
    for remote in files:
        target = folder / remote.path
        if not (target.is_file() and _matches(remote, target)):
            _download(hub_id, revision, remote, target, progress)
        record[remote.path] = {"size": remote.size, "sha256": sha256_of(target)}
    (folder / RECORD_FILE).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return folder


def _download(hub_id: str, revision: str, remote: RemoteFile, target: Path, progress: Progress | None) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    have = partial.stat().st_size if partial.exists() else 0
    if have > remote.size:
        partial.unlink()
        have = 0
    url = f"{hub_endpoint()}/{hub_id}/resolve/{quote(revision, safe='')}/{quote(remote.path)}"
    if have < remote.size:
        try:
            with _get(url, {"Range": f"bytes={have}-"} if have else None) as response:
                if have and response.status != 206:  # the server ignored Range: start over
                    have = 0
                with partial.open("ab" if have else "wb") as out:
                    for block in iter(lambda: response.read(CHUNK_BYTES), b""):
                        out.write(block)
                        have += len(block)
                        if progress:
                            progress(remote.path, have, remote.size)
        except urllib.error.HTTPError as error:
            raise ModelError(f"model '{hub_id}': {remote.path}: the hub answered {error.code}") from None
        except (urllib.error.URLError, OSError) as error:
            raise ModelError(
                f"model '{hub_id}': {remote.path}: download interrupted at {have} of {remote.size} bytes ({_reason(error)}); "
                "run `brief models pull` again to resume"
            ) from None
    if partial.stat().st_size < remote.size:
        raise ModelError(
            f"model '{hub_id}': {remote.path}: download interrupted at {partial.stat().st_size} of {remote.size} bytes; "
            "run `brief models pull` again to resume"
        )
    if not _matches(remote, partial):
        partial.unlink()
        expected = remote.sha256 or remote.git_sha1
        raise ModelError(f"model '{hub_id}': {remote.path}: hash mismatch (expected {expected}); the file was discarded, pull again")
    os.replace(partial, target)


@dataclass(frozen=True)
class Verification:
    folder: Path
    problems: tuple[str, ...]


def verify(folder: Path) -> Verification:
    """Check every file recorded at pull time against its size and sha256."""
    record_file = folder / RECORD_FILE
    if not record_file.is_file():
        return Verification(folder, (f"{RECORD_FILE} is missing: pull the model again to record its hashes",))
    record = json.loads(record_file.read_text(encoding="utf-8"))
    problems = []
    for name, expected in sorted(record.items()):
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif path.stat().st_size != expected["size"]:
            problems.append(f"{name}: size {path.stat().st_size}, expected {expected['size']}")
        elif sha256_of(path) != expected["sha256"]:
            problems.append(f"{name}: sha256 differs from the one recorded at pull time")
    return Verification(folder, tuple(problems))
