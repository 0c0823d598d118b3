"""Stage 3, segment: split cleaned lines into sentences and each sentence into model-sized inputs.

Sentences end at . ! ? ؟ ؛ and at line breaks, never inside quoted speech, nor at an ellipsis
inside a line (a pause in Arabic prose, as "X.. Y" is in a headline). A sentence longer
than the input budget is split at clause boundaries (sentence marks inside quotes, ؛ ; :, then
، , then before a و-clause, then between words); the pieces are translated in order and joined,
so no sentence is ever truncated or dropped.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from summarize.arabic import is_arabic, words
from summarize.briefing import CleanArticle, DroppedLine, SegmentedArticle, Sentence, UnsureLine, kept_anyway
from summarize.clean import DATELINE_REASON, END_MARK_REASON, FULL_STOPS, READ_ALSO_RUN_IN_REASON, RUN_ON_LINK_REASON, is_source_dateline
from summarize.clean_cues import END_MARK, READ_ALSO_DATED_RUN_IN, end_mark_start, is_bare_link

# A conservative budget that keeps any Arabic input far below Marian's 512 tokens
# (opus-mt-ar-en uses about 1.5-2.5 pieces per Arabic word). The translator re-checks
# every input with the model's own tokenizer and splits further if ever needed.
MAX_WORDS_PER_INPUT = 80
MAX_CHARS_PER_INPUT = 600

# Each run of marks is matched once, from its first mark (a search from every mark of a long run of
# dots would make splitting quadratic in the run's length). Second branch: a mark a scrape glued to
# the next sentence ("في دارفور.وقالت القوات"), after a word of three letters or a closing quote and
# before a letter; initials ("د.عزت", "(س.ش.)", "بي.بي") have one or two letters before their dots.
# The pattern opens with the mark itself, so the search skips from mark to mark.
_SENTENCE_END = re.compile(
    r"[.!?؟؛…](?:"
    r"(?<![.!?؟؛…]{2})[.!?؟؛…]*+[\"'”’»)]*+(?=\s+\S)"
    r"|(?:(?<=[\u0621-\u064a]{3}[.!?؟])|(?<=[\u0621-\u064a][\"”»)][.!?؟]))(?=[\u0621-\u064a]))"
)
_LINK_MAX_CHARS = 40  # a "read more" link ending the line after an ellipsis; bounded, so no copy of a long rest
_QUOTED = re.compile(r"\"[^\"]*\"|«[^«»]*»|“[^“”]*”")  # a quote never spans another opening mark
_DECIMAL = re.compile(r"\d\.\d")
# A title's or a name's initials before the full stop ("د. محمد", "أ.د. أحمد", "م. خالد", "John F. Kennedy"):
# no sentence ends there. After a figure, the letter is an era's ("عام 2020 م. وبعدها"): it may.
_INITIALS_BEFORE = re.compile(r"(?:^|(?<=[\s(«\"“]))(?:[A-Za-z\u0621-\u064a]\.)*[A-Za-z\u0621-\u064a]$")
_FIGURE_BEFORE = re.compile(r"\d\s*(?:[\u0621-\u064a]\.\s*)?$")  # "2020 م", "1350 ق. م"
_ERA_GOES_ON = re.compile(r"\s*[\u0621-\u064a]\.")  # "1350 ق. م.": the era's first letter of two
_LIST_BULLETS = " -–•*·"  # what may stand before a list's number at the start of a line
_LIST_NUMBER_BEFORE = re.compile(r"(?:^|(?<=[\s:：(]))(\d{1,2})$")  # "1" of "1." (two digits at most: no year)
# Latin letters spelt out in Arabic ("إف. بي. أي" for the FBI): initials when dotted in a row.
_LETTER_NAMES = "إيه|ايه|آيه|بي|سي|دي|إي|إف|اف|جي|إتش|اتش|آي|أي|جيه|كيه|إل|إم|ام|إن|أو|تي|يو|في|دبليو|إكس|اكس|واي|زد|آر|إس|اس|كيو"
_SPELT_LETTER_BEFORE = re.compile(rf"(?:^|(?<=[\s(«\"“]))(?:{_LETTER_NAMES})$")
_SPELT_INITIALS_BEFORE = re.compile(rf"(?:{_LETTER_NAMES}|[\u0621-\u064a])\.\s*(?:{_LETTER_NAMES})$")
_SPELT_INITIAL_AFTER = re.compile(rf"\s*(?:{_LETTER_NAMES}|[\u0621-\u064a])(?=[.)»\"”]|\s|$)")

# Clause boundaries, strongest first: each pattern matches the gap where a cut may go.
CLAUSE_BOUNDARIES = (
    re.compile(r"(?:(?<=[.!?؟…])|(?<=[.!?؟…][\"'”’»)]))\s+"),
    re.compile(r"(?<=[؛;:])\s+"),
    re.compile(r"(?<=[،,])\s+"),
    re.compile(r"\s+(?=و[\u0621-\u064a]{2,})"),
    re.compile(r"\s+"),
)


def fits_word_budget(text: str) -> bool:
    return len(words(text)) <= MAX_WORDS_PER_INPUT and len(text) <= MAX_CHARS_PER_INPUT


def segment(article: CleanArticle, fits: Callable[[str], bool] = fits_word_budget, keep_boilerplate: bool = False) -> SegmentedArticle:
    """Number the sentences of `article` (1-based) and cut each into inputs that `fits`. Furniture
    inside a paragraph (an end mark, a source's dateline, a run-on link) is dropped with a reason,
    unless `keep_boilerplate`; punctuation alone always goes (there is nothing to translate)."""
    sentences: list[Sentence] = []
    untranslated: list[DroppedLine] = []
    kept_furniture: list[UnsureLine] = []
    for line in article.lines:
        offset = 0
        pieces_of_line = split_sentences(line.text)
        for text in pieces_of_line:
            start = line.text.find(text, offset)
            offset = start + len(text) if start >= 0 else offset
            number = line.line_at(max(start, 0))  # a hard-wrapped paragraph: the line the sentence starts on
            if not words(text):  # "...", "***", "—": nothing to translate or to cite
                untranslated.append(DroppedLine(number, text, "no words (punctuation only)"))
                continue
            furniture = _furniture(text, start, len(pieces_of_line))
            if furniture and not keep_boilerplate:
                untranslated.append(DroppedLine(number, text, furniture))
                continue
            doubt = line.unsure
            if furniture:  # kept all the same, with --keep-boilerplate
                doubt = kept_anyway(furniture)
                kept_furniture.append(UnsureLine(number, text, doubt))
            lang = "ar" if is_arabic(text) else "en"
            pieces = tuple(split_to_fit(text, fits))
            sentences.append(Sentence(len(sentences) + 1, text, number, line.kind, lang, pieces, doubt))
    dropped = tuple(sorted((*article.dropped, *untranslated), key=lambda d: d.line))
    unsure_lines = [UnsureLine(line.line, line.text, line.unsure) for line in article.lines if line.unsure]
    unsure = tuple(sorted((*unsure_lines, *kept_furniture), key=lambda u: u.line))
    return SegmentedArticle(article.source, article.title, tuple(sentences), dropped, unsure)


def _furniture(text: str, start: int, sentences_in_line: int) -> str | None:
    """Why the sentence `text`, at `start` in its line, is a page's furniture, or None."""
    if END_MARK.match(text):  # "... في أبريل 2023. (النهاية)م ع م / م ع ع": the wire's sign-off
        return END_MARK_REASON
    if start == 0 and sentences_in_line > 1 and is_source_dateline(text):  # "أفريقيا برس – المغرب. تشير ..."
        return DATELINE_REASON
    if start > 0 and is_bare_link(text):  # "... حيث… اقرأ المزيد": an excerpt's link (alone, the cleaner's)
        return RUN_ON_LINK_REASON
    if start > 0 and READ_ALSO_DATED_RUN_IN.fullmatch(text):  # "... قوله. إقرأ أيضاً<headline><date> يذكر أن ..."
        return READ_ALSO_RUN_IN_REASON
    return None


def split_sentences(text: str) -> list[str]:
    """Split one line into sentences; quoted speech and decimal numbers stay whole."""
    protected = [m.span() for m in _QUOTED.finditer(text)]  # disjoint and in order
    starts = [start for start, _ in protected]
    cuts: list[int] = []
    listed = 0  # the last list number in the current sentence ("1." of "الخطة: 1. ... 2. ..."), 0 for none
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        inside = bisect.bisect_left(starts, match.start()) - 1  # the last quote opening before the mark
        if inside >= 0 and match.start() < protected[inside][1] - 1:
            continue
        if _DECIMAL.match(text, max(0, match.start() - 1)):
            continue
        if match.group()[0] == "." and _after_initials(text, match.start()):
            continue
        if match.group() == "." and (number := _list_number(text, match.start(), cuts[-1] if cuts else 0, listed)):
            listed = number
            continue
        if match.group().startswith(("..", "…")) and not _link_ends_line(text, end):
            continue  # an ellipsis inside a line is a pause ("إشاعة على شكل خبر... أو الأخبار", "X.. Y")
        cuts.append(end)
        listed = 0
    mark = end_mark_start(text)
    if mark and text[mark - 1] == "." and mark not in cuts:  # "... ورفعته./انتهى": the sign-off glued to the full stop
        cuts.append(mark)
    cuts.extend(_read_also_ends(text, cuts))
    pieces, start = [], 0
    for cut in sorted(cuts):
        pieces.append(text[start:cut].strip())
        start = cut
    pieces.append(text[start:].strip())
    return [p for p in pieces if p]


def _read_also_ends(text: str, cuts: list[int]) -> list[int]:
    """Where a related-post link run into the paragraph after a sentence ends: after its date, so the
    link is a sentence of its own (dropped as furniture) and the text after it one too."""
    if "يض" not in text:  # every "also" spelling has it: most lines cost one substring test
        return []
    ends = []
    for match in READ_ALSO_DATED_RUN_IN.finditer(text):
        before = text[: match.start()].rstrip()
        if before and before[-1] in FULL_STOPS and match.end() < len(text.rstrip()) and match.end() not in cuts:
            ends.append(match.end())
    return ends


def _link_ends_line(text: str, start: int) -> bool:
    """The rest of the line from `start` is a "read more" link (looked at only when short)."""
    return len(text) - start <= _LINK_MAX_CHARS and is_bare_link(text[start:])


def _after_initials(text: str, stop: int) -> bool:
    """The full stop at `stop` closes a title's or a name's initials, not a sentence."""
    before = text[max(0, stop - 12) : stop]  # initials are short: a bounded look back keeps splitting linear
    initials = _INITIALS_BEFORE.search(before)
    if initials is not None:
        after_a_figure = _FIGURE_BEFORE.search(before[: initials.start()])
        return not after_a_figure or bool(_ERA_GOES_ON.match(text, stop + 1))
    return bool(
        _SPELT_LETTER_BEFORE.search(before)
        and (_SPELT_INITIALS_BEFORE.search(before) or _SPELT_INITIAL_AFTER.match(text[stop + 1 : stop + 12]))
    )


def _list_number(text: str, stop: int, sentence_start: int, previous: int) -> int:
    """The list number the full stop at `stop` closes, or 0 when it ends a sentence: "1." opening the
    line (after a bullet) or after a colon ("الخطة: 1. ..."), or the number after `previous`, the last
    one in the same sentence ("... 1. X 2. Y"). A figure after words ("بلغ عدد الضحايا 15.") ends its
    sentence. Nothing before the number is copied, so a line of a million numbers is split in linear time."""
    number = _LIST_NUMBER_BEFORE.search(text, max(sentence_start, stop - 40), stop)
    if number is None:
        return 0
    value = int(number.group(1))
    if previous and value == previous + 1:
        return value
    opening = number.start()  # back over bullets and spaces to the sentence's start or the word before
    while opening > sentence_start and text[opening - 1] in _LIST_BULLETS:
        opening -= 1
    return value if opening == sentence_start or text[opening - 1] in ":：" else 0


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


def split_clauses(text: str) -> list[str]:
    """`text` cut at its strongest clause boundary that gives more than one part (sentence marks inside
    quotes, then ؛ ; :, then ، , then before a و-clause); [text] when it has none."""
    for boundary in CLAUSE_BOUNDARIES[:-1]:
        parts = _cut_at(text.strip(), boundary)
        if len(parts) > 1:
            return parts
    return [text.strip()]


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
    """Cut a text with no usable boundary into the longest prefixes that fit (at least one character each).

    Each prefix is found by doubling then halving its length, so a long text costs time in proportion
    to its length (times a logarithm), never to its length squared.
    """
    pieces: list[str] = []
    while text:
        size = 1
        while size < len(text) and fits(text[: min(2 * size, len(text))]):
            size = min(2 * size, len(text))
        low, high = size, min(2 * size, len(text))  # text[:low] fits (or is one character); text[:high] does not
        while high - low > 1:
            middle = (low + high) // 2
            if fits(text[:middle]):
                low = middle
            else:
                high = middle
        if high == len(text) and fits(text):
            low = high
        pieces.append(text[:low])
        text = text[low:]
    return pieces
