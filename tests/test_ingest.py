"""Stage 1: every kind of bad input gets a one-line error naming the file; the rest still goes through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from summarize.html_text import html_to_lines
from summarize.ingest import decode_bytes, ingest

ARABIC = "أعلنت وزارة الداخلية أن عدد الموقوفين ارتفع إلى 4266 شخصا.\nوقالت الشرطة إن الوضع هادئ."


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARABIC.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + ARABIC.encode("utf-8"), "utf-8-sig"),
        (ARABIC.encode("utf-16"), "utf-16"),  # with BOM (native order)
        (b"\xfe\xff" + ARABIC.encode("utf-16-be"), "utf-16"),
        (ARABIC.encode("cp1256"), "windows-1256"),
        (ARABIC.encode("utf-16-le"), "utf-16-le"),  # no BOM: known by where its NUL bytes fall
        (ARABIC.encode("utf-16-be"), "utf-16-be"),
    ],
)
def test_decodes_supported_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_bytes("a.txt", data)
    assert found == encoding
    assert text.replace("\r\n", "\n") == ARABIC


def _write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


BAD_INPUTS = [
    ("nul.txt", ARABIC.encode() + b"\x00\x01rest", "binary file (NUL byte"),
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b" \n\n\t \n", "no text"),
    ("big.txt", b"x" * 5_000_000, "file is 5.0 MB, over the 1.0 MB limit (--max-bytes)"),
    ("latin1.txt", "Les élèves ont réussi leurs examens à Paris. Très bien.".encode("latin-1"), "unknown text encoding"),
    ("broken16.txt", b"\xff\xfe\x00\xd8", "invalid UTF-16"),
]


@pytest.mark.parametrize(("name", "data", "message"), BAD_INPUTS, ids=[case[0] for case in BAD_INPUTS])
def test_bad_input_is_reported_and_others_processed(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    _write(tmp_path, "good.txt", ARABIC.encode())
    _write(tmp_path, name, data)
    result = ingest([str(tmp_path)])
    assert [Path(d.path).name for d in result.documents] == ["good.txt"]
    assert len(result.problems) == 1
    problem = str(result.problems[0])
    assert problem.startswith(str(tmp_path / name)) and message in problem
    assert "\n" not in problem


def test_missing_path_and_broken_link(tmp_path: Path) -> None:
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    result = ingest([str(tmp_path / "missing.txt"), str(tmp_path / "dangling.txt")])
    assert [e.problem for e in result.problems] == ["no such file or folder", "broken symbolic link"]


def test_symlink_loop_in_folder(tmp_path: Path) -> None:
    _write(tmp_path, "a.txt", ARABIC.encode())
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path)
    result = ingest([str(tmp_path)])
    assert [Path(d.path).name for d in result.documents] == ["a.txt"]
    assert any("symbolic link loop" in e.problem for e in result.problems)


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = _write(tmp_path, "locked.txt", ARABIC.encode())
    _write(tmp_path, "open.txt", ARABIC.encode())
    if os.geteuid() == 0:  # root reads anything: simulate the permission error instead
        real_open = os.open

        def deny(path: str, *args: int) -> int:
            if str(path).endswith("locked.txt"):
                raise PermissionError(13, "Permission denied")
            return real_open(path, *args)

        monkeypatch.setattr(os, "open", deny)
    else:
        locked.chmod(0)
    result = ingest([str(tmp_path)])
    assert [Path(d.path).name for d in result.documents] == ["open.txt"]
    assert result.problems[0].problem == "cannot read: Permission denied"


def test_folder_walk_is_recursive_sorted_and_filtered(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    _write(tmp_path / "b", "z.md", ARABIC.encode())
    _write(tmp_path, "a.html", f"<html><body><p>{ARABIC}</p></body></html>".encode())
    _write(tmp_path, "notes.pdf", b"%PDF")
    _write(tmp_path, ".hidden.txt", ARABIC.encode())
    result = ingest([str(tmp_path)])
    assert [Path(d.path).name for d in result.documents] == ["a.html", "z.md"]
    assert not result.problems


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    path = _write(tmp_path, "a.txt", ARABIC.encode())
    assert len(ingest([str(path), str(tmp_path)]).documents) == 1


def test_stdin() -> None:
    result = ingest(["-"], stdin=ARABIC.encode())
    assert result.documents[0].path == "-"
    assert result.documents[0].lines[0][1].startswith("أعلنت")


def test_html_keeps_text_with_source_lines_and_drops_scripts_and_navigation() -> None:
    page = "\n".join(
        [
            "<html><head><title>عنوان</title><script>var x = 'لا';</script></head>",
            "<body><nav><a>الرئيسية</a><a>أخبار</a></nav>",
            "<h1>كازاخستان تعتقل قائد الأمن السابق</h1>",
            "<p>أعلن الكرملين، في بيان، السبت،",
            "أن الرئيسين أجريا محادثة.</p>",
            "<footer>جميع الحقوق محفوظة</footer></body></html>",
        ]
    )
    assert list(html_to_lines(page)) == [
        (0, "عنوان"),
        (2, "كازاخستان تعتقل قائد الأمن السابق"),
        (3, "أعلن الكرملين، في بيان، السبت، أن الرئيسين أجريا محادثة."),
    ]


def test_a_few_bad_bytes_are_replaced_with_a_warning_not_a_skipped_file(tmp_path: Path) -> None:
    data = ARABIC.encode() * 20
    cut = data.index(b" ", 100)  # between two characters
    _write(tmp_path, "one-bad-byte.txt", data[:cut] + b"\xff" + data[cut:])
    result = ingest([str(tmp_path)])
    assert len(result.documents) == 1 and not result.problems
    assert "\ufffd" in "".join(text for _, text in result.documents[0].lines)
    assert result.warnings == (f"{tmp_path / 'one-bad-byte.txt'}: 1 byte(s) are not valid utf-8; shown as U+FFFD",)


def test_terminal_controls_never_reach_the_text(tmp_path: Path) -> None:
    _write(tmp_path, "esc.txt", "\x1b[31mأعلن\x1b[0m الرئيس\x07 أن الحكومة\x08 ستجتمع.".encode())
    [(_, text)] = ingest([str(tmp_path)]).documents[0].lines
    assert text == "[31mأعلن[0m الرئيس أن الحكومة ستجتمع."  # the ESC bytes are gone; what remains is inert text


def test_stdin_is_read_with_the_byte_limit() -> None:
    import io

    result = ingest(["-"], max_bytes=1000, stdin=io.BytesIO(ARABIC.encode() * 1000))
    assert not result.documents and "input is over the 1000-byte limit" in result.problems[0].problem  # no "0.0 MB"
