"""Where models live: the manifest of known models, the local store, the Hugging Face cache.

Resolving a model never imports torch or transformers: a cached rerun needs only the model's
revision and decoding options, which are read from its folder's JSON files.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from summarize.errors import ModelError, first_line

MODELS_DIR_ENV = "BRIEF_MODELS_DIR"
DEFAULT_HUB_ENDPOINT = "https://huggingface.co"
REACHABILITY_TIMEOUT_S = 3.0
_HUB_ID = re.compile(r"^[A-Za-z0-9][\w.-]*/[\w.-]+$")
_COMMIT = re.compile(r"^[0-9a-f]{40}$")
_FINGERPRINT_FULL_BYTES = 8_000_000
_FINGERPRINT_EDGE_BYTES = 1_000_000

CONVERTED_MANIFEST = "brief-ct2.json"  # marks a CTranslate2 folder made by brief (see summarize/ct2.py)
# Where `brief models pull` puts a conversion, inside the model's store folder (the first found is used).
CONVERTED_FOLDERS = ("ctranslate2-float32", "ctranslate2-int8")
ENGINES = ("auto", "ctranslate2", "transformers")
WEIGHT_FILES = ("model.safetensors", "pytorch_model.bin", "model.safetensors.index.json", "pytorch_model.bin.index.json")
# What each role needs in a folder: accepted architectures, and alternative sets of tokenizer files.
ROLE_REQUIREMENTS: dict[str, tuple[frozenset[str], tuple[tuple[str, ...], ...]]] = {
    "translator": (frozenset({"marian"}), (("source.spm", "target.spm", "vocab.json"), ("tokenizer.json",))),
    "summarizer": (frozenset({"mt5", "t5"}), (("spiece.model",), ("tokenizer.json",))),
}


@dataclass(frozen=True)
class KnownModel:
    name: str
    role: str
    hub_id: str
    revision: str
    architecture: str
    size_mb: int
    default: bool
    quality: str
    files: tuple[str, ...]


@dataclass(frozen=True)
class ResolvedModel:
    """A model folder ready to load. `revision` is a commit hash or a content fingerprint."""

    spec: str
    role: str
    path: Path
    revision: str
    source: str  # 'folder', 'store', 'hf-cache' or 'download'
    model_type: str
    engine: str = "transformers"  # or 'ctranslate2' for a converted folder

    def read_json(self, name: str) -> dict[str, Any]:
        """A JSON object file of the folder ({} when absent); anything else is a ModelError naming it."""
        return read_json_object(self.path, name, self.spec)


def is_hub_id(spec: str) -> bool:
    """'org/name' that is not an existing path."""
    return bool(_HUB_ID.match(spec)) and not Path(spec).exists() and not spec.startswith((".", "/", "~"))


def manifest_path() -> Path:
    """The manifest of known models: models/manifest.json, shipped inside the package as manifest.json
    (a link in the checkout, a copy in an installed wheel)."""
    return Path(__file__).parent / "manifest.json"


@cache
def known_models() -> tuple[KnownModel, ...]:
    """The models listed in models/manifest.json."""
    with manifest_path().open(encoding="utf-8") as handle:
        entries = json.load(handle)["models"]
    return tuple(KnownModel(**{**entry, "files": tuple(entry["files"])}) for entry in entries)


def default_model(role: str) -> KnownModel:
    return next(m for m in known_models() if m.role == role and m.default)


def find_known(name_or_id: str) -> KnownModel | None:
    return next((m for m in known_models() if name_or_id in (m.name, m.hub_id, m.role)), None)


def pinned(names: list[str] | None) -> list[tuple[str, str]]:
    """(hub id, revision) for each name: manifest models at their pinned revision, other hub ids at main;
    no names: the default models."""
    from summarize.errors import UsageError

    if not names:
        return [(m.hub_id, m.revision) for m in known_models() if m.default]
    chosen = []
    for name in names:
        known = find_known(name)
        if known is not None:
            chosen.append((known.hub_id, known.revision))
        elif is_hub_id(name):
            chosen.append((name, "main"))
        else:
            raise UsageError(f"unknown model '{name}' (a name from `brief models list` or a hub id like org/name)")
    return chosen


def locate(name: str, revision: str | None = None, engine: str = "auto") -> ResolvedModel:
    """The local folder of a model named by manifest name, role, hub id or folder, never downloading.

    A model the manifest does not know is tried in every role: its folder says which it is.
    """
    known = find_known(name)
    if known is not None:
        return resolve_model(known.hub_id, known.role, revision, allow_download=False, engine=engine)
    first: ModelError | None = None
    for role in ROLE_REQUIREMENTS:
        try:
            return resolve_model(name, role, revision, allow_download=False, engine=engine)
        except ModelError as error:
            first = first or error
    assert first is not None
    raise first


def store_dir() -> Path:
    """The brief model store: $BRIEF_MODELS_DIR, the checkout's models/ folder, or the XDG cache."""
    if os.environ.get(MODELS_DIR_ENV):
        return Path(os.environ[MODELS_DIR_ENV]).expanduser()
    checkout = Path(__file__).resolve().parent.parent / "models"
    if (checkout.parent / "pyproject.toml").is_file() and checkout.is_dir() and os.access(checkout, os.W_OK):
        return checkout
    cache_home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache_home) / "brief" / "models"


def store_folder(hub_id: str, revision: str) -> Path:
    return store_dir() / hub_id.replace("/", "--") / revision


def hf_hub_cache() -> Path:
    """The Hugging Face hub cache, as huggingface_hub computes it from the environment."""
    if os.environ.get("HF_HUB_CACHE"):
        return Path(os.environ["HF_HUB_CACHE"]).expanduser()
    if os.environ.get("HUGGINGFACE_HUB_CACHE"):
        return Path(os.environ["HUGGINGFACE_HUB_CACHE"]).expanduser()
    hf_home = os.environ.get("HF_HOME") or str(Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "huggingface")
    return Path(hf_home).expanduser() / "hub"


def hub_offline() -> bool:
    return any(
        os.environ.get(name, "").strip().lower() in {"1", "true", "yes", "on"} for name in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )


def hub_endpoint() -> str:
    return os.environ.get("HF_ENDPOINT", DEFAULT_HUB_ENDPOINT).rstrip("/")


def is_converted(path: Path) -> bool:
    return (path / CONVERTED_MANIFEST).is_file()


def ctranslate2_available() -> bool:
    import importlib.util

    return importlib.util.find_spec("ctranslate2") is not None


def converted_revision(path: Path, spec: str) -> str:
    """What identifies a converted model in cache keys: its source revision, CTranslate2 version and quantization."""
    manifest = read_json_object(path, CONVERTED_MANIFEST, spec)
    source = str(manifest.get("source_revision") or folder_fingerprint(path))
    return f"{source}+ct2-{manifest.get('ctranslate2')}-{manifest.get('quantization')}"


def _with_engine(path: Path, role: str, spec: str, revision: str | None, source: str, engine: str) -> ResolvedModel:
    """The model in folder `path`, checked against the engine asked for."""
    model_type = check_model_folder(path, role, spec)
    if is_converted(path):
        if engine == "transformers":
            raise ModelError(f"model folder {spec} is a CTranslate2 conversion; --engine transformers needs the original model folder")
        return ResolvedModel(spec, role, path.resolve(), revision or converted_revision(path, spec), source, model_type, "ctranslate2")
    if engine == "ctranslate2":
        flag = "--mt-model" if role == "translator" else "--sum-model"
        raise ModelError(
            f"model folder {spec} is not converted for CTranslate2; run `brief models convert {spec} DEST` and pass {flag} DEST"
        )
    return ResolvedModel(spec, role, path.resolve(), revision or folder_fingerprint(path), source, model_type)


def resolve_model(spec: str, role: str, revision: str | None = None, allow_download: bool = True, engine: str = "auto") -> ResolvedModel:
    """Find the folder of model `spec` (a local folder or a hub id) for `role`, downloading if allowed.

    With `engine` 'auto', a hub model's CTranslate2 conversion in the store is preferred when
    ctranslate2 is installed; 'ctranslate2' requires one, 'transformers' never uses one.
    """
    path = Path(spec).expanduser()
    if path.is_dir():
        return _with_engine(path, role, spec, revision, "folder", engine)
    if not is_hub_id(spec):
        raise ModelError(f"model folder '{spec}' does not exist (give a model folder or a hub id such as {default_model(role).hub_id})")
    known = find_known(spec)
    wanted = revision or (known.revision if known else "main")
    revision_folder = store_folder(spec, wanted)
    converted = next((revision_folder / name for name in CONVERTED_FOLDERS if (revision_folder / name).is_dir()), None)
    if engine != "transformers" and converted is not None and (engine == "ctranslate2" or ctranslate2_available()):
        return _with_engine(converted, role, spec, None, "store", engine)
    if engine == "ctranslate2":
        raise ModelError(
            f"model '{spec}' (revision {wanted[:12]}) has no CTranslate2 conversion in {revision_folder}; run `brief models pull {spec}`"
        )
    looked: list[str] = []
    for source, folder in (("store", revision_folder), ("hf-cache", _hf_cache_snapshot(spec, wanted))):
        if folder is not None and folder.is_dir():
            commit = wanted if _COMMIT.match(wanted) else folder.name
            return _with_engine(folder, role, spec, commit, source, "transformers")
        looked.append(str(folder) if folder is not None else str(hf_hub_cache() / _hf_repo_dir(spec)))
    flag = "--mt-model" if role == "translator" else "--sum-model"
    fix = (
        f"on a connected machine run `brief models pull {spec}` (or `hf download {spec} --revision {wanted}`), copy the folder here "
        f"and pass it with {flag} DIR, or set {MODELS_DIR_ENV} or HF_HOME to where it is"
    )
    missing = f"model '{spec}' (revision {wanted[:12]}) is not available locally"
    where = " and ".join(looked)
    if not allow_download or hub_offline():
        reason = "HF_HUB_OFFLINE is set" if hub_offline() else "downloads are disabled"
        raise ModelError(f"{missing} ({reason}); looked in {where}; fix: {fix}")
    if not endpoint_reachable(hub_endpoint()):
        raise ModelError(f"{missing} and {hub_endpoint()} cannot be reached; looked in {where}; fix: {fix}")
    folder = download_snapshot(spec, wanted)
    return ResolvedModel(spec, role, folder, folder.name, "download", check_model_folder(folder, role, spec))


def _hf_repo_dir(hub_id: str) -> str:
    return "models--" + hub_id.replace("/", "--")


def _hf_cache_snapshot(hub_id: str, revision: str) -> Path | None:
    repo = hf_hub_cache() / _hf_repo_dir(hub_id)
    if _COMMIT.match(revision):
        return repo / "snapshots" / revision
    ref = repo / "refs" / revision
    if ref.is_file():
        return repo / "snapshots" / ref.read_text().strip()
    return None


def endpoint_reachable(endpoint: str, timeout: float = REACHABILITY_TIMEOUT_S) -> bool:
    """One quick TCP connection to the hub, so that an offline machine fails in seconds, not minutes."""
    import socket
    from urllib.parse import urlparse

    url = urlparse(endpoint)
    port = url.port or (443 if url.scheme == "https" else 80)
    try:
        with socket.create_connection((url.hostname or "", port), timeout=timeout):
            return True
    except OSError:
        return False


def download_snapshot(hub_id: str, revision: str) -> Path:
    """Download a model snapshot into the Hugging Face cache (imports huggingface_hub only here)."""
    from huggingface_hub import snapshot_download
    from huggingface_hub.errors import HfHubHTTPError, LocalEntryNotFoundError

    try:
        return Path(snapshot_download(hub_id, revision=revision, cache_dir=str(hf_hub_cache())))
    except (HfHubHTTPError, LocalEntryNotFoundError, OSError) as error:
        raise ModelError(f"model '{hub_id}' (revision {revision[:12]}) could not be downloaded: {first_line(error)}") from None


def read_json_object(folder: Path, name: str, spec: str) -> dict[str, Any]:
    """The JSON object in `folder/name`, {} when the file is absent; a ModelError naming the file otherwise."""
    file = folder / name
    if not file.is_file():
        return {}
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise ModelError(f"model folder {spec}: {name} is unreadable ({error})") from None
    if not isinstance(data, dict):
        raise ModelError(f"model folder {spec}: {name} is not a JSON object (it holds {type(data).__name__})")
    return data


# Shape values a config must hold as whole numbers in a sane range (a typo of 10**9 layers would
# otherwise try to allocate the model before failing).
_CONFIG_SIZES = {
    "vocab_size": 10_000_000,
    "d_model": 65_536,
    "d_ff": 1_000_000,
    "d_kv": 65_536,
    "encoder_layers": 1_000,
    "decoder_layers": 1_000,
    "num_layers": 1_000,
    "num_decoder_layers": 1_000,
    "encoder_attention_heads": 1_024,
    "decoder_attention_heads": 1_024,
    "num_heads": 1_024,
    "encoder_ffn_dim": 1_000_000,
    "decoder_ffn_dim": 1_000_000,
    "max_position_embeddings": 1_000_000,
}
_CONFIG_TOKEN_IDS = ("pad_token_id", "eos_token_id", "decoder_start_token_id", "bos_token_id")
# Decoding values that must be whole numbers of at least this much.
_DECODING_MINIMUMS = {"num_beams": 1, "max_length": 1, "max_new_tokens": 1, "min_length": 0, "no_repeat_ngram_size": 0}


def _is_whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _check_config_values(config: dict[str, Any], spec: str) -> None:
    for key, limit in _CONFIG_SIZES.items():
        value = config.get(key)
        if value is not None and not (_is_whole(value) and 1 <= value <= limit):
            raise ModelError(f"model folder {spec}: config.json: {key} must be a whole number from 1 to {limit}, not {value!r}")
    vocabulary = config.get("vocab_size")
    for key in _CONFIG_TOKEN_IDS:
        value = config.get(key)
        if value is not None and not (_is_whole(value) and 0 <= value < (vocabulary or 1 << 62)):
            raise ModelError(f"model folder {spec}: config.json: {key} must be a token id below vocab_size, not {value!r}")


def check_decoding_values(options: dict[str, Any], source: str) -> None:
    """Decoding options from a model's generation config: whole numbers where generate() needs them."""
    for key, minimum in _DECODING_MINIMUMS.items():
        value = options.get(key)
        if value is not None and not (_is_whole(value) and value >= minimum):
            raise ModelError(f"{source}: {key} must be a whole number of at least {minimum}, not {value!r}")
    penalty = options.get("length_penalty")
    if penalty is not None and not isinstance(penalty, int | float):
        raise ModelError(f"{source}: length_penalty must be a number, not {penalty!r}")


def _check_weights(path: Path, spec: str) -> None:
    """Catch truncated, empty or foreign weight files from their headers, without loading them."""
    safetensors = path / "model.safetensors"
    if safetensors.is_file():
        problem = _safetensors_problem(safetensors)
        if problem:
            raise ModelError(f"model folder {spec}: model.safetensors {problem}")
    bin_file = path / "pytorch_model.bin"
    if bin_file.is_file() and not safetensors.is_file():
        import zipfile

        if not zipfile.is_zipfile(bin_file):
            raise ModelError(f"model folder {spec}: pytorch_model.bin is truncated or not a PyTorch checkpoint")


def _safetensors_problem(file: Path) -> str | None:
    """What is wrong with a safetensors file's header (its 8-byte length, JSON table and data extent), or None."""
    size = file.stat().st_size
    try:
        with file.open("rb") as handle:
            length = int.from_bytes(handle.read(8), "little")
            if size < 8 or length <= 0 or 8 + length > size or length > 100_000_000:
                return "is truncated or not a safetensors file (bad header length)"
            header = json.loads(handle.read(length).decode("utf-8"))
    except (OSError, ValueError) as error:
        return f"is truncated or not a safetensors file ({error})"
    if not isinstance(header, dict):
        return "is not a safetensors file (its header is not a table)"
    ends = [entry.get("data_offsets", [0, 0])[1] for name, entry in header.items() if name != "__metadata__" and isinstance(entry, dict)]
    if any(not _is_whole(end) for end in ends):
        return "is not a safetensors file (bad tensor offsets)"
    needed = 8 + length + max(ends, default=0)
    if needed > size:
        return f"is truncated: {size} bytes, its header describes {needed}"
    return None


def check_model_folder(path: Path, role: str, spec: str) -> str:
    """Check that `path` holds a complete, well-formed model for `role`; return its model_type.

    Reads only JSON files and the weights' headers (no torch): every problem found here is a
    ModelError that names the file at fault.
    """
    if is_converted(path):
        return _check_converted_folder(path, role, spec)
    if not (path / "config.json").is_file():
        raise ModelError(f"model folder {spec} is incomplete: config.json is missing")
    config = read_json_object(path, "config.json", spec)
    model_type = str(config.get("model_type", "unknown"))
    architectures, tokenizer_sets = ROLE_REQUIREMENTS[role]
    if model_type not in architectures:
        wanted = " or ".join(sorted(architectures))
        raise ModelError(f"model folder {spec} holds a '{model_type}' model, but the {role} needs {wanted}")
    if not any((path / name).is_file() for name in WEIGHT_FILES):
        raise ModelError(f"model folder {spec} is incomplete: no weights ({' or '.join(WEIGHT_FILES[:2])})")
    if not any(all((path / name).is_file() for name in files) for files in tokenizer_sets):
        missing = [name for name in tokenizer_sets[0] if not (path / name).is_file()]
        raise ModelError(f"model folder {spec} is incomplete: tokenizer file(s) missing: {', '.join(missing)}")
    _check_config_values(config, spec)
    for name in ("generation_config.json", "tokenizer_config.json", "special_tokens_map.json"):
        read_json_object(path, name, spec)
    check_decoding_values(read_json_object(path, "generation_config.json", spec), f"model folder {spec}: generation_config.json")
    _check_weights(path, spec)
    return model_type


def _check_converted_folder(path: Path, role: str, spec: str) -> str:
    """A CTranslate2 folder made by brief: its manifest, weights, SentencePiece files and decoding settings."""
    manifest = read_json_object(path, CONVERTED_MANIFEST, spec)
    model_type = str(manifest.get("model_type", "unknown"))
    architectures = ROLE_REQUIREMENTS[role][0]
    if model_type not in architectures:
        raise ModelError(
            f"model folder {spec} holds a converted '{model_type}' model, but the {role} needs {' or '.join(sorted(architectures))}"
        )
    needed = ["model.bin", "config.json", *(("source.spm", "target.spm") if model_type == "marian" else ("spiece.model",))]
    missing = [name for name in needed if not (path / name).is_file()]
    if missing:
        raise ModelError(f"model folder {spec} is incomplete: {', '.join(missing)} missing")
    read_json_object(path, "config.json", spec)
    check_decoding_values(read_json_object(path, "generation_config.json", spec), f"model folder {spec}: generation_config.json")
    return model_type


def folder_fingerprint(path: Path) -> str:
    """A content fingerprint of a model folder, cheap even for GB-sized weights."""
    digest = hashlib.sha256()
    files = (p for p in path.rglob("*") if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts))
    for file in sorted(files):  # hidden files and folders (brief's record, huggingface_hub's .cache) are bookkeeping
        size = file.stat().st_size
        digest.update(f"{file.relative_to(path)}\0{size}\0".encode())
        with file.open("rb") as handle:
            if size <= _FINGERPRINT_FULL_BYTES:
                digest.update(handle.read())
            else:
                digest.update(handle.read(_FINGERPRINT_EDGE_BYTES))
                handle.seek(size - _FINGERPRINT_EDGE_BYTES)
                digest.update(handle.read())
    return "local-" + digest.hexdigest()[:16]
