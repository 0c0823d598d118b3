"""The data that flows between the stages, from a read file to the finished briefing.

Every stage takes and returns these frozen dataclasses; none of them imports anything heavy, so
renderers, tests and other tools can use them without loading a model or a cache. A `Source`
(path, sha256, encoding) travels with the text through every stage.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal, get_args

from summarize.errors import InputError, UsageError

Lang = Literal["en", "ar"]
SentenceKind = Literal["title", "heading", "body"]
Method = Literal["extractive", "abstractive", "corroborated"]
LANGS: tuple[Lang, ...] = get_args(Lang)


def as_lang(value: str) -> Lang:
    """`value` as a briefing language, or a UsageError."""
    for lang in LANGS:
        if value == lang:
            return lang
    raise UsageError(f"unknown language '{value}' (known: {', '.join(LANGS)})")


def other_language(lang: str) -> Lang:
    return "ar" if lang == "en" else "en"


KEPT_ANYWAY = "kept by --keep-boilerplate"  # opens the doubt of a line kept although a rule drops it


def kept_anyway(reason: str) -> str:
    """The doubt of a line `--keep-boilerplate` kept although a rule drops it for `reason` (it says
    "kept" itself, so notes print it as it is)."""
    return f"{KEPT_ANYWAY}; the cleaner would drop it ({reason})"


def is_kept_anyway(doubt: str) -> bool:
    """Whether a line's doubt is `kept_anyway`'s rather than the cleaner's own ("unsure: ...")."""
    return doubt.startswith(KEPT_ANYWAY)


@dataclass(frozen=True)
class Source:
    """Where an article came from: its path as given (or '-'), and the hash and encoding of its bytes."""

    path: str
    sha256: str
    encoding: str


@dataclass(frozen=True)
class Document:
    """Stage 1's output: one decoded input; each line carries its 0-based index in the decoded input."""

    source: Source
    lines: tuple[tuple[int, str], ...]

    @property
    def path(self) -> str:
        return self.source.path


@dataclass(frozen=True)
class Line:
    """A kept line: `kind` is 'title', 'heading' or 'body'; `line` is its 0-based input line.

    `wrapped` lists the input lines a hard-wrapped paragraph continued on, each with the offset in
    `text` where it starts (the cleaner joins them before judging the line).
    """

    line: int
    text: str
    kind: SentenceKind
    wrapped: tuple[tuple[int, int], ...] = ()
    unsure: str = ""  # why the cleaner nearly dropped this line, when it did; kept, and shown by `brief segment`

    def line_at(self, offset: int) -> int:
        """The input line holding character `offset` of `text`."""
        line = self.line
        for number, start in self.wrapped:
            if start > offset:
                break
            line = number
        return line


@dataclass(frozen=True)
class DroppedLine:
    """A line left out of the briefing, with the reason a person can read."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class UnsureLine:
    """A line the cleaner kept although a rule nearly dropped it, with why: shown by `brief segment`."""

    line: int
    text: str
    reason: str


@dataclass(frozen=True)
class CleanArticle:
    """Stage 2's output: the article's own lines, and the boilerplate dropped from it."""

    source: Source
    title: str | None
    lines: tuple[Line, ...]
    dropped: tuple[DroppedLine, ...]

    @property
    def path(self) -> str:
        return self.source.path


@dataclass(frozen=True)
class Sentence:
    """One sentence. `pieces` are the model inputs that make it up, in order."""

    n: int
    text: str
    line: int
    kind: SentenceKind
    lang: str  # 'ar' to translate, 'en' (or other) to pass through
    pieces: tuple[str, ...]
    unsure: str = ""  # the cleaner's doubt about the sentence's line ("unsure: ..."), when it had one


@dataclass(frozen=True)
class SegmentedArticle:
    """Stage 3's output: numbered sentences (1-based) cut into model-sized pieces."""

    source: Source
    title: str | None
    sentences: tuple[Sentence, ...]
    dropped: tuple[DroppedLine, ...]
    unsure: tuple[UnsureLine, ...] = ()  # kept lines the cleaner was unsure about

    @property
    def path(self) -> str:
        return self.source.path


@dataclass(frozen=True)
class Check:
    """A check a translation failed (see `checks`): 'number', 'date', 'length', 'loop', 'untranslated' or 'empty'."""

    check: str
    detail: str


@dataclass(frozen=True)
class SentencePair:
    """A sentence with its translation: `ar` holds the source text (English passes through untranslated).

    `checks` are the checks the English still fails; `repair` says how it was retranslated after a
    failed check ('split': clause by clause), or is None.
    """

    n: int
    line: int
    kind: SentenceKind
    lang: str
    ar: str
    en: str
    translated: bool
    checks: tuple[Check, ...] = ()
    repair: str | None = None
    unsure: str = ""  # the cleaner's doubt about the sentence's line: the briefing marks what cites it

    def sides(self, lang: str) -> tuple[str, str]:
        """(text in `lang`, text in the other language)."""
        return (self.en, self.ar) if lang == "en" else (self.ar, self.en)


@dataclass(frozen=True)
class TranslatedArticle:
    """Stage 4's output: an article's sentence pairs; `id` is its number in the briefing (from 1).

    `duplicate_of` is the id of the article this one republishes (see `copies`), or None: a copy is
    listed, but not summarized and not counted as a source of any fact.
    """

    id: int
    source: Source
    title: str | None
    sentences: tuple[SentencePair, ...]
    dropped: tuple[DroppedLine, ...]
    duplicate_of: int | None = None

    @property
    def path(self) -> str:
        return self.source.path

    @property
    def sha256(self) -> str:
        return self.source.sha256

    @property
    def encoding(self) -> str:
        return self.source.encoding

    def sentence(self, n: int) -> SentencePair:
        return self.sentences[n - 1]

    def title_in(self, lang: str) -> str | None:
        """The article's title sentence in `lang`, if it has one."""
        title = next((s for s in self.sentences if s.kind == "title"), None)
        return title.sides(lang)[0] if title else None


@dataclass(frozen=True)
class Citation:
    """Sentences `sentences` (1-based) of source `source`."""

    source: int
    sentences: tuple[int, ...]


@dataclass(frozen=True)
class SummarySentence:
    """One sentence an abstractive summarizer wrote, with the source sentences that support it."""

    text: str
    sentences: tuple[int, ...]
    supported: bool


@dataclass(frozen=True)
class Point:
    """A key point: `text` in the briefing language, `text_alt` in the other one, `arabic` to group it."""

    text: str
    text_alt: str
    arabic: str
    citations: tuple[Citation, ...]
    method: Method
    supported: bool
    score: float

    @property
    def source_count(self) -> int:
        return len({c.source for c in self.citations})


@dataclass(frozen=True)
class FigureQuote:
    """A figure as one source gives it, with the sentence that says so."""

    source: int
    sentence: int
    value: int
    text: str
    text_alt: str


@dataclass(frozen=True)
class Discrepancy:
    """Sources that give different figures for the same quantity."""

    about: str
    values: tuple[FigureQuote, ...]


@dataclass(frozen=True)
class Story:
    """One event or topic: its articles (`sources`: ids, copies included), the words they share, and
    its key points, discrepancies and set-aside summary sentences, all citing its own articles only."""

    id: int
    headline: str
    headline_alt: str
    sources: tuple[int, ...]
    independent: tuple[int, ...]  # the sources that are not copies
    shared: tuple[str, ...]
    points: tuple[Point, ...]
    discrepancies: tuple[Discrepancy, ...] = ()
    unsupported: tuple[Point, ...] = ()  # summary sentences not shown as key points, with their article
    date_range: tuple[str, str] | None = None


@dataclass(frozen=True)
class Briefing:
    """Everything a renderer needs: stories, sources, what was skipped, and provenance."""

    lang: Lang
    headline: str
    stories: tuple[Story, ...]
    sources: tuple[TranslatedArticle, ...]
    problems: tuple[InputError, ...]
    date_range: tuple[str, str] | None = None  # earliest and latest full date written in the sources
    provenance: dict[str, Any] = field(default_factory=dict)

    @property
    def points(self) -> tuple[Point, ...]:
        """Every story's key points, story by story."""
        return tuple(point for story in self.stories for point in story.points)

    @property
    def discrepancies(self) -> tuple[Discrepancy, ...]:
        return tuple(d for story in self.stories for d in story.discrepancies)

    @property
    def unsupported(self) -> tuple[Point, ...]:
        return tuple(p for story in self.stories for p in story.unsupported)
