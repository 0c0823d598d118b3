"""Part of stage 1: the visible text of an HTML page, block by block, with source line numbers.

Scripts, styles, navigation, footers and asides are dropped here, by structure, before the cleaner
looks at the text.
"""

from __future__ import annotations

from collections.abc import Iterable
from html.parser import HTMLParser

_SKIPPED_TAGS = frozenset({"script", "style", "noscript", "nav", "footer", "aside", "form", "template", "svg", "iframe"})
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "tr",
        "blockquote",
        "section",
        "article",
        "header",
        "title",
        "ul",
        "ol",
        "table",
        "figcaption",
        "pre",
    }
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[int, str]] = []
        self._parts: list[str] = []
        self._start_line = 0
        self._skip_depth = 0

    def _flush(self) -> None:
        text = " ".join("".join(self._parts).split())
        if text:
            self.lines.append((self._start_line, text))
        self._parts = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        if not self._parts or not "".join(self._parts).strip():
            self._start_line = self.getpos()[0] - 1 + _leading_newlines(data)
        self._parts.append(data)


def _leading_newlines(data: str) -> int:
    stripped = data.lstrip()
    return data[: len(data) - len(stripped)].count("\n")


def html_to_lines(html: str) -> Iterable[tuple[int, str]]:
    """Visible text blocks of an HTML page with their 0-based source line (scripts, nav, footers dropped)."""
    parser = _TextExtractor()
    parser.feed(html)
    parser.close()
    parser._flush()
    return parser.lines
