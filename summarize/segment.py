"""Stage 3, segment: split cleaned lines into sentences and each sentence into model-sized inputs.

Sentences end at . ! ? ؟ ؛ and at line breaks, never inside quoted speech. A sentence longer
than the input budget is split at clause boundaries (sentence marks inside quotes, ؛ ; :, then
، , then before a و-clause, then between words); the pieces are translated in order and joined,
so no sentence is ever truncated or dropped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from summarize.arabic import is_arabic, words
from summarize.clean import CleanArticle, DroppedLine

# A conservative budget that keeps any Arabic input far below Marian's 512 tokens
# (opus-mt-ar-en uses about 1.5-2.5 pieces per Arabic word). The translator re-checks
# every input with the model's own tokenizer and splits further if ever needed.
MAX_WORDS_PER_INPUT = 80
MAX_CHARS_PER_INPUT = 600

_SENTENCE_END = re.compile(r"(?:[.!?؟؛…]+)[\"'”’»)]*(?=\s+\S)")
_QUOTED = re.compile(r"\"[^\"]*\"|«[^»]*»|“[^”]*”")
_DECIMAL = re.compile(r"\d\.\d")

# Clause boundaries, strongest first: each pattern matches the gap where a cut may go.
CLAUSE_BOUNDARIES = (
    re.compile(r"(?:(?<=[.!?؟…])|(?<=[.!?؟…][\"'”’»)]))\s+"),
    re.compile(r"(?<=[؛;:])\s+"),
    re.compile(r"(?<=[،,])\s+"),
    re.compile(r"\s+(?=و[\u0621-\u064a]{2,})"),
    re.compile(r"\s+"),
)


@dataclass(frozen=True)
class Sentence:
    """One sentence. `pieces` are the model inputs that make it up, in order."""

    n: int
    text: str
    line: int
    kind: str  # 'title', 'heading' or 'body'
    lang: str  # 'ar' to translate, 'en' (or other) to pass through
    pieces: tuple[str, ...]


@dataclass(frozen=True)
class SegmentedArticle:
    path: str
    title: str | None
    sentences: tuple[Sentence, ...]
    dropped: tuple[DroppedLine, ...]


def fits_word_budget(text: str) -> bool:
    return len(words(text)) <= MAX_WORDS_PER_INPUT and len(text) <= MAX_CHARS_PER_INPUT


def segment(article: CleanArticle, fits: Callable[[str], bool] = fits_word_budget) -> SegmentedArticle:
    """Number the sentences of `article` (1-based) and cut each into inputs that `fits`."""
    sentences: list[Sentence] = []
    for line in article.lines:
        for text in split_sentences(line.text):
            lang = "ar" if is_arabic(text) else "en"
            pieces = tuple(split_to_fit(text, fits))
            sentences.append(Sentence(len(sentences) + 1, text, line.line, line.kind, lang, pieces))
    return SegmentedArticle(article.path, article.title, tuple(sentences), article.dropped)


def split_sentences(text: str) -> list[str]:
    """Split one line into sentences; quoted speech and decimal numbers stay whole."""
    protected = [m.span() for m in _QUOTED.finditer(text)]
    cuts = []
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        if any(start < match.start() < stop - 1 for start, stop in protected):
            continue
        if _DECIMAL.match(text, max(0, match.start() - 1)):
            continue
        if match.group().startswith("..") and not match.group().startswith("..."):
            continue  # headline ellipsis "X.. Y" joins two clauses of one headline
        cuts.append(end)
    pieces, start = [], 0
    for cut in cuts:
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def split_to_fit(text: str, fits: Callable[[str], bool], level: int = 0) -> list[str]:
    """Cut `text` into the fewest contiguous pieces that each `fits`, at the strongest boundaries.

    Joining the pieces with single spaces gives back `text` (whitespace-normalised), unless a
    single word is itself too long, in which case it is cut between characters.
    """
    text = text.strip()
    if not text or fits(text):
        return [text] if text else []
    if level == len(CLAUSE_BOUNDARIES):
        return _split_characters(text, fits)
    segments = _cut_at(text, CLAUSE_BOUNDARIES[level])
    if len(segments) == 1:
        return split_to_fit(text, fits, level + 1)
    pieces: list[str] = []
    current = ""
    for part in segments:
        candidate = f"{current} {part}" if current else part
        if fits(candidate):
            current = candidate
            continue
        if current:
            pieces.append(current)
        if fits(part):
            current = part
        else:
            pieces.extend(split_to_fit(part, fits, level + 1))
            current = ""
    if current:
        pieces.append(current)
    return pieces


def _cut_at(text: str, boundary: re.Pattern[str]) -> list[str]:
    parts, start = [], 0
    for match in boundary.finditer(text):
        if match.start() == 0 or match.end() == len(text):
            continue
        parts.append(text[start : match.start()])
        start = match.end()
    parts.append(text[start:])
    return [p for p in parts if p]


def _split_characters(text: str, fits: Callable[[str], bool]) -> list[str]:
    pieces: list[str] = []
    while text:
        size = len(text)
        while size > 1 and not fits(text[:size]):
            size = max(1, size // 2) if not fits(text[: size // 2 or 1]) else size - max(1, size // 8)
        pieces.append(text[:size])
        text = text[size:]
    return pieces
