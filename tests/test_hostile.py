"""Hostile and broken input, as an untrusted contributor or a scraper would give it.

Each case: what is on disk, the command line, the exit code, a fragment of the one-line message,
and which files must be unchanged. Every case also checks that no traceback is printed, that
stderr lines are single lines without control characters, and that the run ends within a bound.
Cases that could hang (pipes, huge streams) run `brief` in a subprocess with a timeout.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import cmarkgfm
import pytest
from cmarkgfm.cmark import Options
from conftest import SEED_FILES

pytestmark = pytest.mark.slow

ARTICLE = "أعلنت وزارة الداخلية أن عدد الموقوفين ارتفع إلى 4266 شخصا في المدينة.\nوقالت الشرطة إن الوضع هادئ الآن بعد أيام من الاحتجاجات.\n"
SECRET = "SECRET-TOKEN-8f2a"
HANG_BOUND_S = 120  # generous: a case that takes longer is hung, not slow


@dataclass
class Case:
    """A hostile situation: `setup` builds it in a folder and returns the command line (after `brief`)."""

    name: str
    setup: Callable[[Path, dict[str, Path]], list[str]]
    exit_code: int
    message: str = ""  # a fragment of stderr
    unchanged: tuple[str, ...] = ()  # files (relative to the folder) whose bytes must not change
    absent_from_output: tuple[str, ...] = ()  # text that must not reach stdout or the output file
    stdin: bytes | None = None
    env: dict[str, str] = field(default_factory=dict)
    could_hang: bool = False  # run in a subprocess with a timeout (the others run in-process: no torch import per case)


def _folder(root: Path, name: str = "news") -> Path:
    folder = root / name
    folder.mkdir(exist_ok=True)
    (folder / "a.txt").write_text(ARTICLE, encoding="utf-8")
    return folder


def _model_args(models: dict[str, Path]) -> list[str]:
    return ["--mt-model", str(models["marian"]), "--summarizer", "extractive"]


def _folder_with(name: str, text: str) -> Callable[[Path, dict[str, Path]], list[str]]:
    """A setup: the article folder with one more file, briefed whole."""

    def setup(root: Path, models: dict[str, Path]) -> list[str]:
        folder = _folder(root)
        (folder / name).write_bytes(text.encode("utf-8"))
        return [str(folder), *_model_args(models)]

    return setup


# --- data loss ---------------------------------------------------------------------------------


def out_is_named_input(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    return [str(folder / "a.txt"), *_model_args(models), "--out", str(folder / "a.txt")]


def out_is_article_in_folder(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    return [str(folder), *_model_args(models), "--out", str(folder / "a.txt")]


def out_is_link_to_article(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    (root / "briefing.md").symlink_to(folder / "a.txt")
    return [str(folder), *_model_args(models), "--out", str(root / "briefing.md")]


def out_is_link_to_any_file(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    (root / "bashrc").write_text("export PATH=/usr/bin\n")
    (folder / "BRIEFING.md").symlink_to(root / "bashrc")  # committed by a contributor
    return [str(folder), *_model_args(models), "--out", str(folder / "BRIEFING.md")]


def out_is_the_memory(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    cache = root / "cache"
    cache.mkdir()
    (cache / "memory.sqlite3").write_bytes(b"precious")
    return [str(folder), *_model_args(models), "--cache-dir", str(cache), "--out", str(cache / "memory.sqlite3")]


def out_in_model_store(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    store = Path(os.environ["BRIEF_MODELS_DIR"])
    store.mkdir(parents=True, exist_ok=True)
    return [str(folder), *_model_args(models), "--out", str(store / "briefing.md")]


def out_in_model_folder(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    return [str(folder), *_model_args(models), "--out", str(models["marian"] / "config.json")]


def out_under_a_file(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    (root / "notes").write_text("x\n", encoding="utf-8")
    return [str(folder), *_model_args(models), "--out", str(root / "notes" / "briefing.md")]


# --- hangs and memory -------------------------------------------------------------------------


def fifo_in_folder(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    os.mkfifo(folder / "pipe.txt")
    return [str(folder), *_model_args(models)]


def fifo_named(root: Path, models: dict[str, Path]) -> list[str]:
    os.mkfifo(root / "pipe.txt")
    return [str(root / "pipe.txt"), *_model_args(models)]


def huge_stdin(root: Path, models: dict[str, Path]) -> list[str]:
    return ["-", *_model_args(models), "--max-bytes", "100000"]


# --- leaks -----------------------------------------------------------------------------------


def link_to_outside_file(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    (root / "secret.txt").write_text(f"كلمة السر هي {SECRET} ولا تنشرها أبدا.\n", encoding="utf-8")
    (folder / "leak.txt").symlink_to(root / "secret.txt")
    return [str(folder), *_model_args(models)]


def link_to_outside_folder(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    outside = root / "private"
    outside.mkdir()
    (outside / "notes.txt").write_text(f"ملاحظات خاصة {SECRET} لا تنشر.\n", encoding="utf-8")
    (folder / "etc").symlink_to(outside)
    return [str(folder), *_model_args(models)]


# --- tracebacks ------------------------------------------------------------------------------


def link_loop_pair(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    (folder / "x.txt").symlink_to(folder / "y.txt")
    (folder / "y.txt").symlink_to(folder / "x.txt")
    return [str(folder), *_model_args(models)]


def folder_link_loop(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    (folder / "again").symlink_to(folder)
    return [str(folder), *_model_args(models)]


def non_utf8_file_name(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    with open(os.path.join(os.fsencode(folder), b"caf\xe9.txt"), "wb") as handle:
        handle.write(ARTICLE.encode())
    return [str(folder), *_model_args(models)]


def deep_nesting(root: Path, models: dict[str, Path]) -> list[str]:
    folder = _folder(root)
    deep = os.fsencode(folder)
    for _ in range(1000):  # deeper than Python's recursion limit, within PATH_MAX per step via chdir-free joins
        deep = os.path.join(deep, b"d")
        try:
            os.mkdir(deep)
        except OSError:  # the file system's path limit: deep enough
            break
    return [str(folder), *_model_args(models)]


def max_bytes_overflow(root: Path, models: dict[str, Path]) -> list[str]:
    return [str(_folder(root)), *_model_args(models), "--max-bytes", str(10**30)]


def unknown_option(root: Path, models: dict[str, Path]) -> list[str]:
    return [str(_folder(root)), "--no-such-option"]


def empty_path(root: Path, models: dict[str, Path]) -> list[str]:
    return ["", *_model_args(models)]


# --- smaller ---------------------------------------------------------------------------------


def folder_named_like_a_command(root: Path, models: dict[str, Path]) -> list[str]:
    _folder(root, "models")
    return ["models", *_model_args(models)]


CASES = [
    Case("out-is-named-input", out_is_named_input, 2, "is one of the input articles", unchanged=("news/a.txt",)),
    Case("out-is-article-in-folder", out_is_article_in_folder, 2, "is the input article", unchanged=("news/a.txt",)),
    Case("out-is-link-to-article", out_is_link_to_article, 2, "not a briefing", unchanged=("news/a.txt",)),
    Case("out-is-link-to-any-file", out_is_link_to_any_file, 2, "which is not a briefing", unchanged=("bashrc",)),
    Case("out-is-the-memory", out_is_the_memory, 2, "brief's own data", unchanged=("cache/memory.sqlite3",)),
    Case("out-in-model-store", out_in_model_store, 2, "brief's own data"),
    Case("out-in-model-folder", out_in_model_folder, 2, "brief's own data"),
    Case("out-under-a-file", out_under_a_file, 6, "notes is a file, not a folder", unchanged=("notes",)),
    Case("fifo-in-folder", fifo_in_folder, 3, "not a regular file (named pipe)", could_hang=True),
    Case("fifo-named", fifo_named, 4, "not a regular file (named pipe)", could_hang=True),
    Case("huge-stdin", huge_stdin, 4, "over the 0.1 MB limit", stdin=ARTICLE.encode() * 400_000, could_hang=True),
    Case("link-to-outside-file", link_to_outside_file, 3, "symbolic link to outside the input folders", absent_from_output=(SECRET,)),
    Case("link-to-outside-folder", link_to_outside_folder, 3, "symbolic link to outside the input folders", absent_from_output=(SECRET,)),
    Case(
        "terminal-escapes",
        _folder_with("b.txt", "\x1b]0;pwned\x07\x1b[2J\x1b[31mأعلن الرئيس\x1b[0m أن الحكومة ستجتمع غدا.\x08\x08\n"),
        0,
        absent_from_output=("\x1b", "\x07", "\x08"),
    ),
    Case("newline-in-file-name", _folder_with("x\nbrief: all good.txt", ""), 3, "x\\nbrief: all good.txt"),
    Case("bidi-in-file-name", _folder_with("report\u202etxt.exe.txt", ""), 3, "report\\u202etxt.exe.txt"),
    Case("link-loop-pair", link_loop_pair, 3, "symbolic link loop"),
    Case("folder-link-loop", folder_link_loop, 3, "symbolic link loop"),
    Case("non-utf8-file-name", non_utf8_file_name, 0),
    Case("deep-nesting", deep_nesting, 0),
    Case("max-bytes-overflow", max_bytes_overflow, 2, "--max-bytes"),
    Case("unknown-option", unknown_option, 2, "No such option '--no-such-option' (see brief --help)"),
    Case("empty-path", empty_path, 4, "empty path"),
    Case(
        "english-only", _folder_with("en.txt", "The minister said the situation was calm.\nMore talks are planned.\n"), 3, "no Arabic text"
    ),
    Case(
        "persian",  # a real sentence from a Persian news site (seratnews.com)
        _folder_with(
            "fa.txt",
            "سخنگوی وزارت امور خارجه کشورمان در خصوص بیانه اخیر اتحادیه عرب گفت: موضع گیری اتحادیه عرب قبل از اعلام رسمی"
            " گزارش بازرسان سازمان ملل متحد نشانگر سیاسی بودن نوعی قضاوت از پیش تعیین شده می باشد.\n",
        ),
        3,
        "looks like Persian or Urdu",
    ),
    Case(
        "arabic-on-persian-keyboard",  # a real Sudanese page's paragraph (alwarifa.com): Arabic, typed with Persian yeh and kaf
        _folder_with(
            "sd.txt",
            "قامت حاضرة الولایة محلیة کسلا بزیارة تفقدیة للوقوف علی صیانة ونظافة الطرق وتطهیر المصارف برٸاسة المدیر"
            " التنفیذی لمحلیة كسلا.\n",
        ),
        0,
        absent_from_output=("looks like Persian",),
    ),
    Case("folder-named-models", folder_named_like_a_command, 0),
]


def _remove_deep_folders(root: Path) -> None:
    """Delete `root`'s contents bottom-up without recursion: pytest's own clean-up (shutil.rmtree)
    recurses once per level and fails on the thousand-level tree of the deep-nesting case."""
    folders = [os.fsencode(root)]
    index = 0
    while index < len(folders):
        with os.scandir(folders[index]) as entries:
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(entry.path)
                else:
                    os.unlink(entry.path)
        index += 1
    for folder in reversed(folders[1:]):
        os.rmdir(folder)


@pytest.fixture(autouse=True)
def _no_deep_trees_left(tmp_path: Path) -> Iterator[None]:
    yield
    _remove_deep_folders(tmp_path)


def _digest(path: Path) -> str | None:
    return hashlib.sha256(path.read_bytes()).hexdigest() if path.exists() else None


def _brief(args: list[str], cwd: Path, stdin: bytes | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "summarize", *args],
        cwd=cwd,
        input=stdin,
        stdin=None if stdin is not None else subprocess.DEVNULL,
        capture_output=True,
        timeout=HANG_BOUND_S,
        env={**os.environ, **(env or {})},
    )


def _brief_in_process(args: list[str], cwd: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[int, str, str]:
    """The same command through the typer app in this process (its command group is the error boundary)."""
    from typer.testing import CliRunner

    from summarize.cli import app

    monkeypatch.chdir(cwd)
    result = CliRunner().invoke(app, args, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _assert_clean_stderr(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    for line in stderr.splitlines():
        assert line.startswith("brief: "), stderr  # one line per message: nothing forged, nothing wrapped
        assert not any(ord(c) < 32 or 0x7F <= ord(c) < 0xA0 or c in "\u202a\u202b\u202c\u202d\u202e" for c in line), line


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input(case: Case, tmp_path: Path, tiny_models: dict[str, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    args = case.setup(tmp_path, tiny_models)
    before = {name: _digest(tmp_path / name) for name in case.unchanged}
    if case.could_hang:
        result = _brief(args, tmp_path, case.stdin, case.env)
        code, output, stderr = result.returncode, result.stdout.decode("utf-8"), result.stderr.decode("utf-8")
    else:
        code, output, stderr = _brief_in_process(args, tmp_path, monkeypatch)
    assert code == case.exit_code, stderr
    assert case.message in stderr
    _assert_clean_stderr(stderr)
    for name, digest in before.items():
        assert _digest(tmp_path / name) == digest, f"{name} was changed"
    for text in case.absent_from_output:
        assert text not in output


def test_external_links_are_read_when_asked(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    args = link_to_outside_file(tmp_path, tiny_models)
    result = _brief([*args, "--follow-external-links"], tmp_path)
    assert result.returncode == 0, result.stderr
    assert SECRET in result.stdout.decode()


def test_out_writes_through_a_link_and_keeps_the_mode(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    folder = _folder(tmp_path)
    target = tmp_path / "shared" / "BRIEFING.md"
    target.parent.mkdir()
    target.write_text("# Briefing: yesterday's\n")  # a briefing brief wrote: the link may be written through
    target.chmod(0o644)
    link = tmp_path / "BRIEFING.md"
    link.symlink_to(target)
    result = _brief([str(folder), *_model_args(tiny_models), "--out", str(link)], tmp_path)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and target.read_text().startswith("# Briefing:")
    assert oct(target.stat().st_mode & 0o777) == oct(0o644)
    fresh = tmp_path / "new.md"
    result = _brief([str(folder), *_model_args(tiny_models), "--out", str(fresh)], tmp_path)
    umask = os.umask(0)
    os.umask(umask)
    assert oct(fresh.stat().st_mode & 0o777) == oct(0o666 & ~umask)


def test_previous_briefing_inside_the_folder_is_replaced(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    folder = _folder(tmp_path)
    out = folder / "BRIEFING.md"
    for _ in range(2):  # the second run finds its own briefing among the inputs: not an article, rewritten
        result = _brief([str(folder), *_model_args(tiny_models), "--out", str(out)], tmp_path)
        assert result.returncode == 0, result.stderr


def test_stdout_on_a_full_device(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    folder = _folder(tmp_path)
    with open("/dev/full", "wb") as full:
        result = subprocess.run(
            [sys.executable, "-m", "summarize", str(folder), *_model_args(tiny_models)],
            stdout=full,
            stderr=subprocess.PIPE,
            timeout=HANG_BOUND_S,
        )
    stderr = result.stderr.decode()
    assert result.returncode == 6, stderr
    assert "cannot write to standard output: No space left on device" in stderr
    _assert_clean_stderr(stderr)


def test_usage_error_is_one_line(tmp_path: Path) -> None:
    result = _brief(["seeds/", "--points", "0"], tmp_path)
    stderr = result.stderr.decode()
    assert result.returncode == 2 and len(stderr.splitlines()) == 1 and "--points" in stderr, stderr


def test_debug_variable_shows_the_traceback(tmp_path: Path) -> None:
    result = _brief([str(tmp_path / "missing.txt"), "--summarizer", "extractive"], tmp_path, env={"BRIEF_DEBUG": "1"})
    assert "Traceback" in result.stderr.decode()


def _rendered(markdown: str) -> str:
    return cmarkgfm.github_flavored_markdown_to_html(markdown, options=Options.CMARK_OPT_UNSAFE)


PAYLOADS = [
    "[انقر هنا](javascript:alert(1))",
    "![صورة](http://evil.example/x.png)",
    "[[[متداخل](http://evil.example)]](http://evil.example)",
    '<img src=x onerror="alert(1)">',
    "# عنوان مزور",
    "زوروا www.evil.example أو https://evil.example/path",
    "راسلونا على user@evil.example",
    "<script>alert(1)</script>",
]


def test_markdown_never_becomes_live(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    folder = _folder(tmp_path)
    lines = [f"{payload} قال المتحدث إن الاجتماع سيعقد غدا في العاصمة." for payload in PAYLOADS]
    (folder / "inject.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "![x](javascript:alert(1)) `tick` <b>.txt").write_text(ARTICLE, encoding="utf-8")
    result = _brief([str(folder), *_model_args(tiny_models)], tmp_path)
    assert result.returncode == 0, result.stderr
    page = _rendered(result.stdout.decode())
    links = re.findall(r"<a [^>]*>", page)
    assert all(re.fullmatch(r'<a href="#story-\d+">', link) for link in links), links  # only the contents list's own links
    assert "<img" not in page and "<script" not in page
    assert page.count("<h1>") == 1  # only the briefing's own title
    assert "javascript:alert(1)" in page  # shown as text, not dropped


def test_check_with_html_output_is_up_to_date_after_writing(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    folder = _folder(tmp_path)
    out = tmp_path / "briefing.html"
    args = [str(folder), *_model_args(tiny_models), "--format", "html", "--out", str(out)]
    assert _brief(args, tmp_path).returncode == 0
    result = _brief([*args, "--check"], tmp_path)
    assert result.returncode == 0, result.stderr
    (folder / "a.txt").write_text(ARTICLE + "وأضاف المتحدث أن التحقيق مستمر.\n", encoding="utf-8")
    result = _brief([*args, "--check"], tmp_path)
    assert result.returncode == 1 and "a.txt" in result.stderr.decode()


def test_damaged_memo_entry_is_recomputed(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    import sqlite3

    folder = _folder(tmp_path)
    args = [str(folder), *_model_args(tiny_models), "--format", "json"]
    first = _brief(args, tmp_path)
    memory = Path(os.environ["BRIEF_CACHE_DIR"]) / "memory.sqlite3"
    with sqlite3.connect(memory) as connection:  # an edited value: valid JSON, wrong briefing
        connection.execute("UPDATE entries SET value = replace(value, '4266', '9999')")
    second = _brief(args, tmp_path)
    assert second.returncode == 0 and second.stdout == first.stdout
    assert "damaged" in second.stderr.decode()
    assert "9999" not in second.stdout.decode()
    json.loads(second.stdout)


def test_seeds_still_brief_cleanly(tmp_path: Path, tiny_models: dict[str, Path]) -> None:
    result = _brief([str(SEED_FILES[0].parent), *_model_args(tiny_models)], tmp_path)
    assert result.returncode == 0 and not result.stderr


def _edit_json(name: str, change: Callable[[dict[str, object]], object]) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        data = json.loads((folder / name).read_text())
        result = change(data)
        (folder / name).write_text(json.dumps(data if result is None else result))

    return edit


def _write_file(name: str, data: bytes) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes(data)


def _truncate(name: str, size: int) -> Callable[[Path], None]:
    return lambda folder: (folder / name).write_bytes((folder / name).read_bytes()[:size])


BROKEN_MODELS = [
    ("config-list", _write_file("config.json", b"[]"), "config.json is not a JSON object"),
    ("config-null", _write_file("config.json", b"null"), "config.json is not a JSON object"),
    ("config-bad-json", _write_file("config.json", b'{"model_type": "marian",'), "config.json is unreadable"),
    ("config-d-model-text", _edit_json("config.json", lambda c: c.update(d_model="abc")), "config.json: d_model"),
    ("config-vocab-negative", _edit_json("config.json", lambda c: c.update(vocab_size=-5)), "config.json: vocab_size"),
    ("config-billion-layers", _edit_json("config.json", lambda c: c.update(encoder_layers=10**9)), "config.json: encoder_layers"),
    ("config-pad-out-of-vocab", _edit_json("config.json", lambda c: c.update(pad_token_id=10**6)), "config.json: pad_token_id"),
    ("weights-truncated", _truncate("model.safetensors", 5000), "model.safetensors is truncated"),
    ("weights-random", _write_file("model.safetensors", bytes(range(256)) * 800), "model.safetensors is truncated or not a safetensors"),
    ("weights-empty", _write_file("model.safetensors", b""), "model.safetensors is truncated or not a safetensors"),
    ("tokenizer-spm-garbage", _write_file("source.spm", bytes(range(256)) * 10), "tokenizer files (source.spm"),
    ("tokenizer-vocab-garbage", _write_file("vocab.json", b"garbage"), "tokenizer files (source.spm"),
    ("tokenizer-vocab-list", _write_file("vocab.json", b"[1, 2]"), "tokenizer files (source.spm"),
    ("tokenizer-config-garbage", _write_file("tokenizer_config.json", b"["), "tokenizer_config.json is unreadable"),
    ("generation-beams-0", _edit_json("generation_config.json", lambda c: c.update(num_beams=0)), "generation_config.json: num_beams"),
    ("generation-max-length-negative", _edit_json("generation_config.json", lambda c: c.update(max_length=-1)), "max_length"),
    ("generation-list", _write_file("generation_config.json", b"[]"), "generation_config.json is not a JSON object"),
]


@pytest.mark.parametrize(("name", "damage", "message"), BROKEN_MODELS, ids=[case[0] for case in BROKEN_MODELS])
def test_broken_model_folder_exits_5_naming_folder_and_file(
    name: str, damage: Callable[[Path], None], message: str, tmp_path: Path, tiny_models: dict[str, Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    import shutil

    broken = tmp_path / name
    shutil.copytree(tiny_models["marian"], broken)
    damage(broken)
    folder = _folder(tmp_path)
    code, _, stderr = _brief_in_process([str(folder), "--mt-model", str(broken), "--summarizer", "extractive"], tmp_path, monkeypatch)
    assert code == 5, stderr
    assert f"model folder {broken}" in stderr and message in stderr, stderr
    assert len(stderr.splitlines()) == 1
    _assert_clean_stderr(stderr)
