"""`brief models pull` and `brief models verify`: fetch pinned model revisions into the store, and
check every file against the hashes the hub publishes.

The transfer is `huggingface_hub.snapshot_download` into the store folder (resume from partial
files, retries, progress bars, `HF_TOKEN` auth, `HF_ENDPOINT`). brief does not trust it blindly:
it lists the revision's files itself (`HfApi.list_repo_tree`: size, git blob id, and for large
files the LFS sha256), checks every downloaded file against them, discards a file that does not
match, and records size and sha256 in `.brief-files.json`, so that `brief models verify` can check
the folder later with no network at all (air-gapped copies included).
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from summarize.errors import ModelError, first_line
from summarize.modelstore import hub_endpoint, store_folder

RECORD_FILE = ".brief-files.json"
DOWNLOAD_WORKERS = 2  # files fetched at once (the machines this runs on have 2 cores and one link)


@dataclass(frozen=True)
class RemoteFile:
    path: str
    size: int
    sha256: str | None  # LFS files
    git_sha1: str | None  # small files: the git blob id


def list_files(hub_id: str, revision: str) -> list[RemoteFile]:
    """The files of `hub_id` at `revision`, with the hashes the hub publishes for them."""
    from huggingface_hub import HfApi
    from huggingface_hub.hf_api import RepoFile

    try:
        entries = list(HfApi(endpoint=hub_endpoint()).list_repo_tree(hub_id, revision=revision, recursive=True))
    except Exception as error:  # huggingface_hub and its HTTP client raise many kinds; each becomes one line
        raise _hub_error(error, hub_id, revision, "the file list") from None
    files = [
        RemoteFile(e.path, e.lfs.size if e.lfs else e.size, e.lfs.sha256 if e.lfs else None, None if e.lfs else e.blob_id)
        for e in entries
        if isinstance(e, RepoFile)
    ]
    if not files:
        raise ModelError(f"model '{hub_id}' revision {revision[:12]} lists no files on {hub_endpoint()}")
    unsafe = next((f.path for f in files if not _inside_folder(f.path)), None)
    if unsafe is not None:  # a hostile mirror must not make brief write, read or delete outside the store
        raise ModelError(
            f"model '{hub_id}' revision {revision[:12]}: {hub_endpoint()} lists a file outside the model folder ({unsafe!r}); not pulled"
        )
    return sorted(files, key=lambda f: f.path)


def _inside_folder(path: str) -> bool:
    """Whether a listed path stays inside the model folder: relative, no '..' or empty parts."""
    parts = path.replace("\\", "/").split("/")
    return bool(path) and not path.startswith("/") and ":" not in parts[0] and all(part not in ("", ".", "..") for part in parts)


def _hub_error(error: BaseException, hub_id: str, revision: str, what: str) -> ModelError:
    """One line for the user, saying what to do, from whatever huggingface_hub raised."""
    import httpx2  # huggingface_hub's HTTP client
    from huggingface_hub.errors import GatedRepoError, HfHubHTTPError, OfflineModeIsEnabled, RepositoryNotFoundError, RevisionNotFoundError

    where = f"model '{hub_id}' revision {revision[:12]}"
    if isinstance(error, OfflineModeIsEnabled):
        return ModelError(f"{where}: HF_HUB_OFFLINE is set, so the hub is not asked; unset it to pull, or pass a local model folder")
    if isinstance(error, GatedRepoError):
        return ModelError(f"{where}: the hub requires accepting the model's terms; accept them on the hub and set HF_TOKEN")
    if isinstance(error, RepositoryNotFoundError):
        return ModelError(f"{where}: no such model on {hub_endpoint()} (or it is private: set HF_TOKEN)")
    if isinstance(error, RevisionNotFoundError):
        return ModelError(f"{where}: the hub has no such revision")
    if isinstance(error, HfHubHTTPError):
        status = error.response.status_code if error.response is not None else "an error"
        return ModelError(f"{where}: the hub answered {status} for {what}")
    if not isinstance(error, OSError | httpx2.TransportError):
        return ModelError(f"{where}: unexpected answer from {hub_endpoint()} for {what} ({type(error).__name__}: {first_line(error)})")
    if what == "the file list":
        return ModelError(f"{where}: cannot reach {hub_endpoint()} ({first_line(error)}); check the network or HF_ENDPOINT")
    return ModelError(f"{where}: download interrupted ({first_line(error)}); run `brief models pull` again to resume")


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


def pull(hub_id: str, revision: str, show_progress: bool = False) -> Path:
    """Download `hub_id` at `revision` into the store (resuming partial files) and verify every file
    against the hub's hashes; a file that does not match is discarded and the pull fails."""
    files = list_files(hub_id, revision)
    folder = store_folder(hub_id, revision)
    folder.mkdir(parents=True, exist_ok=True)
    _download(hub_id, revision, folder, [f.path for f in files], show_progress)
    record = {}
    for remote in files:
        target = folder / remote.path
        if not target.is_file():
            raise ModelError(f"model '{hub_id}': {remote.path}: missing after the download; run `brief models pull` again")
        if not _matches(remote, target):
            target.unlink()
            expected = remote.sha256 or remote.git_sha1
            raise ModelError(f"model '{hub_id}': {remote.path}: hash mismatch (expected {expected}); the file was discarded, pull again")
        record[remote.path] = {"size": remote.size, "sha256": sha256_of(target)}
    (folder / RECORD_FILE).write_text(json.dumps(record, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return folder


def _download(hub_id: str, revision: str, folder: Path, paths: list[str], show_progress: bool) -> None:
    from huggingface_hub import snapshot_download
    from huggingface_hub.utils import are_progress_bars_disabled, disable_progress_bars, enable_progress_bars

    was_disabled = are_progress_bars_disabled()
    if not show_progress:
        disable_progress_bars()
    try:
        snapshot_download(
            hub_id,
            revision=revision,
            local_dir=folder,
            allow_patterns=paths,  # exactly the files listed and checked here
            endpoint=hub_endpoint(),
            token=os.environ.get("HF_TOKEN") or None,
            max_workers=DOWNLOAD_WORKERS,
        )
    except Exception as error:  # see `_hub_error`
        raise _hub_error(error, hub_id, revision, "a file") from None
    finally:
        if not show_progress and not was_disabled:
            enable_progress_bars()


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
