"""Untrusted text made safe to show: on a terminal, in one-line messages, and in Markdown.

Article text and file names come from whoever wrote the input folder. Nothing from them may
move the cursor, recolour or retitle a terminal, forge a line of a message, reverse the reading
order of what follows it, or become live Markdown (a heading, a link, an image, raw HTML).
"""

from __future__ import annotations

import re

# Bidi controls reorder what follows them on screen: a file name "abc\u202etxt.exe" reads "abcexe.txt".
BIDI_CONTROLS = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_UNSAFE_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_SURROGATE = re.compile(r"[\ud800-\udfff]")
_UNSAFE_IN_TEXT = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff]")
# Markdown syntax that has a meaning anywhere in a line (CommonMark lets any of them be backslash-escaped).
# An underscore inside a word ("file_name") is never emphasis, so it is left as it is.
_MARKDOWN_ANYWHERE = re.compile(r"([\\`*\[\]<>&|~$]|(?<!\w)_|_(?!\w))")
# Autolinks (GFM): scheme:// and www. stay text when their punctuation is escaped; an e-mail address
# (user@host) is found after escapes are resolved, so its "@" is put in an element of its own.
_AUTOLINK_PUNCTUATION = re.compile(r"(?i):(?=/)|(?<=www)\.|(?<=mailto):|(?<=xmpp):")
_EMAIL_AT = re.compile(r"@")
# What starts a heading, quote, list item, rule or setext underline at the start of a line.
_LINE_START_SYNTAX = re.compile(r"^(\s*)(?:([#>+=\-])|(\d{1,9})([.)]))")


def _escape_char(char: str) -> str:
    code = ord(char)
    if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte of a file name (surrogateescape)
        return f"\\x{code - 0xDC00:02x}"
    if code < 0x100:
        return {"\n": "\\n", "\r": "\\r", "\t": "\\t"}.get(char, f"\\x{code:02x}")
    return f"\\u{code:04x}"


def no_surrogates(text: str) -> str:
    """`text` with the undecodable bytes of file names shown as \\xNN, so that it can be written as UTF-8."""
    return _SURROGATE.sub(lambda m: _escape_char(m.group()), text)


def visible(text: str) -> str:
    """One line with every control, bidi and undecodable character shown as an escape (\\n, \\x1b, \\u202e)."""
    return _UNSAFE_IN_LINE.sub(lambda m: _escape_char(m.group()), text)


def strip_controls(text: str) -> str:
    """Article text without terminal controls (ESC, BEL, backspace, C1): they have no place in prose.

    Line breaks and tabs are kept; bidi controls are removed by the Arabic normaliser.
    """
    return _UNSAFE_IN_TEXT.sub("", text)


def quoted(path: str) -> str:
    """A file name for a message: made visible, and quoted when it has spaces or quotes."""
    shown = visible(path)
    return f"'{shown}'" if not shown or any(c.isspace() or c in "'\"" for c in shown) else shown


def markdown_text(text: str) -> str:
    """Untrusted text as inert Markdown: no link, image, HTML, emphasis, heading or list comes of it.

    Backslash escapes render as the character itself, so the reader sees the text as written;
    letters (Arabic included), digits and ordinary punctuation are left alone.
    """
    text = _MARKDOWN_ANYWHERE.sub(r"\\\1", visible(text))
    text = _AUTOLINK_PUNCTUATION.sub(lambda m: "\\" + m.group(), text)
    text = _EMAIL_AT.sub("<span>@</span>", text)
    return _LINE_START_SYNTAX.sub(lambda m: m.group(1) + (f"\\{m.group(2)}" if m.group(2) else f"{m.group(3)}\\{m.group(4)}"), text)


def markdown_code(text: str) -> str:
    """A Markdown code span holding `text` literally (a file name): fenced by more backticks than it has."""
    text = visible(text)
    longest = max((len(run) for run in re.findall(r"`+", text)), default=0)
    fence = "`" * (longest + 1)
    pad = " " if text.startswith("`") or text.endswith("`") or not text.strip() else ""
    return f"{fence}{pad}{text}{pad}{fence}"
