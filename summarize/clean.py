"""Stage 2, clean: keep the article's title, headings and body; drop web boilerplate with a reason.

Hard-wrapped paragraphs are joined first. Rules then work by structure (the title above the main
body, headline and navigation runs, tickers, source lines, repeats and captions, trailing lists),
by cue phrases (their vocabulary is data in `clean_cues`), and, given the lines that recur across
the folder's articles (`repeated_lines`), by repetition across pages. Every dropped line is kept
with its reason, and a line a rule nearly dropped is kept and marked unsure, so that `brief
segment` can show exactly what was removed and what was doubtful.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, pairwise

from summarize import clean_cues as cues
from summarize.arabic import (
    DIACRITIC_CHARS,
    STOPWORDS,
    arabic_ratio,
    content_keys,
    from_persian_keyboard,
    is_arabic,
    normalise_for_match,
    normalise_text,
    typed_on_persian_keyboard,
    without_diacritics,
    words,
)
from summarize.briefing import CleanArticle, Document, DroppedLine, Line, SentenceKind, kept_anyway
from summarize.places import is_place_word

TERMINAL_PUNCTUATION = ".!?؟؛:…"
FULL_STOPS = ".!?؟"  # what closes a sentence proper (a colon or ellipsis may close a line before more)
CLOSING_QUOTES = "\"'”’»)]"
HEADLINE_MAX_WORDS = 20
NAV_ITEM_MAX_WORDS = 3
BULLET_HEADING_MAX_WORDS = 6  # a bulleted heading right above the text ("* مقدمة نشرة أخبار ..."); a ticker's item is longer
NAV_RUN_MIN_LINES = 3
HEADLINE_RUN_MIN_LINES = 3
WRAP_MIN_LINES = 3
WRAP_FILL = 0.85  # a wrapped line fills at least this share of the width (headlines vary more)
WRAP_MIN_WIDTH = 55  # narrower 'columns' are lists of headlines, not a wrap
WRAP_MAX_WIDTH = 120  # longer lines are paragraphs, not a fixed-width wrap
WRAP_RUN_MIN_CHARS = 40  # a hard-wrapped paragraph inside a page of long paragraphs: lines at least this long
FOREIGN_UI_MAX_WORDS = 8  # a short Latin-script line on an Arabic page is a button or a label
FOREIGN_BANNER_MAX_WORDS = 25  # above the Arabic text, a longer Latin-script line may be an English lead
TICKER_MIN_ITEMS = 4  # headlines run together on one line, parted by wide gaps or bars
DECK_MIN_SHARED_WORDS = 3  # a line below the title sharing this many content words with the text below it is its deck
TITLE_MIN_WORDS = 5  # the last headline of a run right above the text, this long, may be the page's title
LEDE_MIN_WORDS = 10  # a line this long opening with a past-tense verb reads like a text's first sentence
SENTENCE_MIN_WORDS = 15  # a "headline" this long, or with a comma inside, may be a sentence: kept, marked unsure
SOURCE_LINE_MAX_WORDS = 6
PHONE_LINE_MAX_WORDS = 16  # three numbers of four groups each, and their places
DATED_BYLINE_MAX_WORDS = 16  # the writer, the date and time, the site and town: a line, not a paragraph run on
DATELINE_MAX_WORDS = 4  # a paragraph's first "sentence" this short naming a source and a place is its dateline
WORD_CACHE_LINES = 4096  # enough for the lines of a long page; small, so that memory stays flat
PAGE_SCRIPT_SAMPLE_LINES = 200  # the page's script is judged on its first lines
ELLIPSIS_TEASER_MAX_WORDS = 30  # a teaser cut off with an ellipsis below a read-also headline; longer lines are text
ELLIPSES = ("…", "...")  # a headline or teaser trailing off with one of these is cut short
TEASER_MIN_WORDS = 6  # a cut-off teaser under a "related" header or a link; shorter lines are headlines
NAME_MAX_WORDS = 5  # a person's name, with its father's and family's
FIGURE_ITEM_MAX_WORDS = 4  # "التفاح 60 جنيها": a list's item naming an amount; headlines with a number are longer
NAME_LINE_MAX_CHARS = 80  # such a name after a town, the paper's name and "تقرير :"
SECTION_NAME_MAX_CHARS = 40  # four of the longest words sections are named with, and spaces
CONTAINED_MIN_WORDS = 8  # a line this long, repeated inside a longer one, is a standfirst or teaser
TITLE_SUFFIX_MAX_WORDS = 3  # the title repeated with at most this many words added is a caption
CREDITED_MAX_CHARS = 300  # longer lines are paragraphs, never a title with a credit
TAIL_CHARS = 1000  # how much of a paragraph's end the rejoining reads
TICKER_RUN_MIN_WORDS = 30  # above the title, a line this long with no comma or full stop is a ticker
MASTHEAD_LINE_MAX_WORDS = 30  # the editor's line with the paper's founding and the issue's date
IMAGE_TEXT_MIN_REPEATS = 3  # an image's text ("logo") this often between Arabic headlines: a ticker
TITLE_REWORDED_MAX_WORDS = 2  # right below the title, the title with at most this many last words changed is an image's text
TITLE_REWORDED_MIN_SHARED = 4  # ... when it opens with at least this many of the title's words
TITLE_BODY_WINDOW = 5  # lines below a listed headline where the text it may title starts (bylines, counters between)
TITLE_PART_WINDOW = 3  # lines below the title that may repeat part of it (a caption, the headline's second half)
MENU_MIN_ITEMS = 5  # short items parted by dashes on one line: a menu (a dateline has two)
MENU_ITEM_MAX_WORDS = 4
SECTION_MENU_MIN_ITEMS = 3  # "أخبار" three times or more on a short line, nothing between the items: a menu
SECTION_MENU_MAX_WORDS = 12  # up to six items of two words
TABLE_ROW_MIN_CELLS = 2  # lines ending in a bar between two bars alone on their lines: a table's row
TABLE_MIN_ROWS = 2
RECORD_FIELD_MIN_LINES = 3  # a field's label on this many lines, with different values: a list of records
ENUMERATION_MIN_ITEMS = 4  # names parted by commas: a list a label may introduce
MARKER_LABELS_MAX = 3  # labels between a bare "read also" marker and the headline it introduces
LONG_TITLE_MAX_WORDS = 40  # a page's first line this long that ends no sentence may still be its headline
PUBLISHED_LINE_MAX_WORDS = 16  # a publication date with a byline or a source beside it
INITIALS_MAX_LETTERS = 4  # an editor's initials after the text ("م،أ"; one letter alone is a word cut off)
AUTHOR_ROLE_MAX_WORDS = 12  # the writer's role in an author box after the text
AUTHOR_BIO_MAX_WORDS = 24  # a longer role that names the outlet the writer works for ...
AUTHOR_BIO_OUTLET_WITHIN = 5  # ... among its first words ("محرر صحفي لدى بوابة ...")
BREADCRUMB_HEADLINE_MIN_WORDS = 4  # a headline a breadcrumb may end in; shorter lines are labels of its own
BREADCRUMB_MAX_LABEL_WORDS = 8  # the words a breadcrumb puts in front of the headline
LATIN_CAPTION_MAX_WORDS = 80  # a Latin-script caption with a photographer's credit, on an Arabic page
TIME_ZONE_MAX_WORDS = 2  # "بتوقيت مكة المكرمة" after a date or time
PHOTO_CAPTION_MAX_WORDS = 10  # a short line ending in a bracketed photo credit is a caption; longer ones may be text
END_MARK_MAX_WORDS = 9  # an agency's end mark with its editors' initials ("(النهاية) م ع م / م ع ع" is 7)
END_MARK_REASON = "boilerplate: an agency's end mark"
RUN_ON_LINK_REASON = "boilerplate: a link run on after the text"
DATELINE_REASON = "boilerplate: source-line (opening the paragraph)"
READ_ALSO_RUN_IN_REASON = "boilerplate: read-also (another article's headline and date, run into the paragraph)"
NAVIGATION_REASON = "boilerplate: navigation"
SHARE_REASON = "boilerplate: share"
OWN_LIST = "unsure: a list right below the text, perhaps the article's own"
UNHEADED_LIST = "unsure: lines right below the text with no header, perhaps its own, written without full stops"
FIGURE_LIST = "unsure: a run of short lines naming figures (prices, results), perhaps the text's own list"
INTRODUCED_LIST = "unsure: short lines below text that ends in a colon: the list it introduces, or a menu"
TABLE_CELL = "unsure: a table's cell (each ends in a bar; a bar alone on its line closes each row)"
TIMESTAMP_REASON = "boilerplate: timestamp"
DUPLICATE_REASON = "duplicate"
RECORD_FIELD = "unsure: a field of a list of records (its label recurs with other values), though it reads like a date or repeats a line"
LIST_LOOKALIKES = (NAVIGATION_REASON, SHARE_REASON)  # what a list's short items are taken for alone
CUT_SHORT_TAIL = "unsure: the page stops mid-sentence below these lines: the text cut short, or a list"
MAYBE_TITLE = "unsure: the last of a run of headlines, right above the text of a page with no title found: perhaps its title"
UNSTOPPED_TEXT = "unsure: in a run of headlines under the title, but the page leaves off its full stops and this shares the text's words"
MAYBE_SUBHEADING = "unsure: the one headline between the title and the text: perhaps its first subheading"


# A markup attribute a scrape glued to the line's first Arabic word: "heightقد يهمك ايضا".
_GLUED_LATIN = re.compile(r"^[A-Za-z][A-Za-z-]{1,20}(?=[\u0600-\u06FF])")
_MARKDOWN_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s*|[*\-+]\s+|\d+[.)]\s+)")
# Bounded, so that long runs of brackets or stars cost linear time, not quadratic.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{1,500})\]\([^()\s]{0,2000}\)")
_EMPHASIS = re.compile(r"(\*\*|__)([^*_]{1,500}?)\1")


@dataclass(frozen=True)
class _Judged:
    """A page after the rules: its lines (wrapped paragraphs joined) and what the rules said of them."""

    entries: list[tuple[int, str]]
    wrapped: dict[int, tuple[tuple[int, int], ...]]
    reasons: dict[int, str]  # by position in `entries`: why the line goes
    unsure: dict[int, str]
    title: int | None  # position of the page's title, as `clean` takes it


def title_text(line: str) -> str:
    """The title as the briefing heads an article with it: a bullet the page printed before it
    ("• سفير لبنان ...", "- يخرجون من مصر ...") goes; the line itself keeps it."""
    return _LIST_ITEM.sub("", line).strip()


def clean(document: Document, repeated: Mapping[str, int] | None = None, keep_boilerplate: bool = False) -> CleanArticle:
    """Split `document` into kept lines (title, headings, body) and dropped boilerplate.

    Hard-wrapped paragraphs are joined first, so that every judgement sees whole sentences. A line
    the rules nearly drop but that reads like article text is kept and marked `unsure`.
    `repeated` names the page's headline-like lines that recur on other articles' pages in the
    folder (see `repeated_lines`), with their number of pages: they go too, unless one is the title.
    With `keep_boilerplate` (text a user has already cleaned), nothing goes: each line the rules
    would drop is kept and marked unsure with their reason.
    """
    judged = _judge(document, repeated)
    entries, reasons, unsure = judged.entries, judged.reasons, judged.unsure
    lines: list[Line] = []
    dropped: list[DroppedLine] = []
    title: str | None = None
    for position, (index, text) in enumerate(entries):
        if position in reasons and not keep_boilerplate:
            dropped.extend(DroppedLine(line, part, reasons[position]) for line, part in _input_lines(index, text, judged.wrapped))
            continue
        doubt = kept_anyway(reasons[position]) if position in reasons else unsure.get(position, "")
        kind: SentenceKind
        if position == judged.title:
            title, kind = title_text(text), "title"  # may end in "!" or "?"
        elif not is_headline_like(text):
            kind = "body"
        else:
            kind = "heading"
        lines.append(Line(index, text, kind, judged.wrapped.get(index, ()), doubt))
    return CleanArticle(document.source, title, tuple(lines), tuple(dropped))


def _input_lines(index: int, text: str, wrapped: Mapping[int, tuple[tuple[int, int], ...]]) -> list[tuple[int, str]]:
    """A joined paragraph back as its input lines, each with its number: a dropped paragraph is
    reported line by line, so that every input line is accounted for under its own number."""
    starts = [(index, 0), *wrapped.get(index, ())]
    ends = [offset - 1 for _, offset in starts[1:]] + [len(text)]
    return [(line, text[start:end]) for (line, start), end in zip(starts, ends, strict=True)]


def _judge(document: Document, repeated: Mapping[str, int] | None) -> _Judged:
    """The rules, in order: each sees what the earlier ones dropped."""
    tickers = {index for index, raw in document.lines if _is_ticker(raw)}
    bulleted = {index for index, raw in document.lines if _LIST_ITEM.match(raw)}
    list_items = bulleted | {index for index, raw in document.lines if _NUMBERED_ITEM.match(raw)}
    entries = list(zip([index for index, _ in document.lines], page_lines(document), strict=True))
    entries, wrapped = _rejoin_wrapped([(index, text) for index, text in entries if text], tickers, list_items)
    reasons: dict[int, str] = {position: "boilerplate: ticker" for position, (index, _) in enumerate(entries) if index in tickers}
    unsure: dict[int, str] = {}
    read_also_titles: set[str] = set()
    arabic_page = is_arabic(" ".join(text for _, text in entries[:PAGE_SCRIPT_SAMPLE_LINES]))

    _mark_cue_lines(entries, reasons, read_also_titles, arabic_page)
    _mark_masthead_roles(entries, reasons)
    _mark_navigation_runs(entries, reasons, unsure)
    _keep_lists_the_text_introduces(entries, reasons, unsure)
    _mark_broadcast_schedule(entries, reasons)
    if arabic_page:
        _mark_foreign_lines_above(entries, reasons, unsure)
    _mark_repeats(entries, reasons, read_also_titles, list_items)
    _mark_site_name_around_text(entries, reasons)
    _mark_author_boxes(entries, reasons)
    _mark_named_title_copies(entries, reasons)
    _mark_breadcrumb_title_copies(entries, reasons)
    _mark_writers_name_opening(entries, reasons)
    _mark_section_names_outside_text(entries, reasons)
    _mark_teaser_above_text(entries, reasons)
    title_position = _find_title(entries, reasons, list_items)
    _mark_list_items_above_text(entries, reasons, title_position, bulleted)
    _mark_headline_runs(entries, reasons, unsure, title_position)
    _mark_labels_above(entries, reasons, unsure, title_position)
    _mark_source_lines(entries, reasons, unsure, title_position)
    _mark_colon_labels_above_text(entries, reasons, unsure, title_position)
    _mark_fields_among_dropped_fields(entries, reasons)
    _mark_site_names_above_text(entries, reasons)
    _mark_trailing_list(entries, reasons, unsure, read_also_titles)
    _mark_headline_above_more_link(entries, reasons)
    _mark_closing_signature(entries, reasons, unsure, title_position, bulleted)
    _mark_closing_colon_label(entries, reasons)
    _mark_closing_video_teaser(entries, reasons)
    _mark_contained_repeats(entries, reasons, title_position)
    _mark_title_repeats(entries, reasons, title_position)
    _mark_captions(entries, reasons, title_position)
    _mark_inserted_headlines(entries, reasons, unsure, title_position)
    _mark_lone_words_above_text(entries, reasons)
    _keep_table_cells(entries, reasons, unsure)
    _keep_record_fields(entries, reasons, unsure)
    if repeated:
        _mark_folder_repeats(entries, reasons, unsure, title_position, repeated)
    return _Judged(entries, wrapped, reasons, unsure, _page_title(entries, reasons, title_position))


def _page_title(entries: list[tuple[int, str]], reasons: dict[int, str], found: int | None) -> int | None:
    """The title `_find_title` found if a rule kept it, else the first kept headline above any body text."""
    if found is not None and found not in reasons:
        return found
    for position, (_, text) in enumerate(entries):
        if position in reasons:
            continue
        if not is_headline_like(text):
            return None  # body text comes first: the page has no title
        if found is None or position >= found:
            return position
    return None


def page_lines(document: Document) -> list[str]:
    """The text of each line of `document` as the rules read it: normalised, markup stripped, and in
    Arabic's letters when the page is Arabic typed on a Persian keyboard."""
    lines = [normalise_text(raw) for _, raw in document.lines]
    if typed_on_persian_keyboard(" ".join(lines)):
        lines = [from_persian_keyboard(line) for line in lines]
    return [_strip_markup(line) for line in lines]


def line_key(text: str) -> str:
    """A line's words, lowercased: lines that differ only in punctuation or spacing share a key."""
    return _key(text)


def _mark_folder_repeats(
    entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], title: int | None, repeated: Mapping[str, int]
) -> None:
    """Headline-like lines that recur on the pages of other articles in the folder, but the title."""
    for position, (_, text) in enumerate(entries):
        pages = repeated.get(_key(text)) if position not in reasons and position != title else None
        if pages and is_headline_like(text):
            reasons[position] = f"boilerplate: recurs on the pages of {pages} different articles in the folder"
            unsure.pop(position, None)


def _rejoin_wrapped(
    entries: list[tuple[int, str]], tickers: AbstractSet[int] = frozenset(), list_items: AbstractSet[int] = frozenset()
) -> tuple[list[tuple[int, str]], dict[int, tuple[tuple[int, int], ...]]]:
    """Join hard-wrapped paragraphs before any line is judged (a wrapped sentence's short last
    fragments would otherwise look like a list of headlines). A line continues on the next input
    line when it does not end a sentence and either ends where a sentence cannot (a preposition,
    conjunction, verb of saying or comma: "وقال" alone on a line), or is too long for a headline,
    or it belongs to a wrapped stretch (the page, or a run of lines, broken at a fixed width). A
    title followed by its first paragraph does none of these, so it stays apart; lines after a
    "related articles" header are never joined (teasers cut off mid-sentence are not one text), nor
    are a read-also widget, a tweet's attribution and the home link (`_starts_apart`), and a line
    ending in a link (an embedded tweet) continues on no other. Nor does a line dropped whole
    whatever its length, a news ticker (input lines `tickers`) or a site's cookie banner: what it
    took in would go with it. A list's item, as the page printed it (input lines `list_items`,
    "2. ..." or "- ..."), never continues an item before it, however long they run.
    Returns the joined entries and, per first line, the continuation lines with their offsets in
    the joined text."""
    width = _wrap_width([text for _, text in entries])
    in_runs = _wrapped_runs(entries)
    apart = set(tickers)  # first lines of paragraphs that take no next line
    paragraphs: list[tuple[int, list[str]]] = []  # first input line, and the lines joined into it
    wrapped: dict[int, list[tuple[int, int]]] = {}
    length = word_count = 0  # of the paragraph being joined: kept as it grows, so a long one stays linear
    previous_index = -2
    in_list = False
    for position, (index, text) in enumerate(entries):
        in_list = in_list and index == previous_index + 1
        read_also = bool(cues.READ_ALSO.search(text))
        continues = (
            paragraphs
            and index == previous_index + 1
            and paragraphs[-1][0] not in apart
            and not in_list
            and not read_also
            and not _starts_apart(text)
            and not _changes_script(paragraphs[-1][1][-1], text)
            and not (index in list_items and paragraphs[-1][0] in list_items)
        )
        if continues and (position - 1 in in_runs or _continues(paragraphs[-1][1], word_count, length, width, first_line=position == 1)):
            first, parts = paragraphs[-1]
            wrapped.setdefault(first, []).append((index, length + 1))
            parts.append(text)
            length += 1 + len(text)
            word_count += len(_words(text))
        else:
            paragraphs.append((index, [text]))
            if cues.COOKIE_BANNER.match(text.strip()):
                apart.add(index)
            length, word_count = len(text), len(_words(text))
        in_list = in_list or read_also or _is_related_header(text)
        previous_index = index
    joined = [(first, " ".join(parts)) for first, parts in paragraphs]
    return joined, {first: tuple(lines) for first, lines in wrapped.items()}


def _wrapped_runs(entries: list[tuple[int, str]]) -> set[int]:
    """Positions of lines that continue on the next one because they belong to a run of at least
    WRAP_MIN_LINES consecutive lines, none ending a sentence, each WRAP_RUN_MIN_CHARS long or more
    and within 10% of the run's longest, followed by a line no longer than them: a paragraph wrapped
    at a fixed width inside a page of long paragraphs (headlines are rarely that even)."""
    runs: set[int] = set()
    start = 0
    while start < len(entries):
        end = start
        while (
            end < len(entries)
            and (end == start or entries[end][0] == entries[end - 1][0] + 1)
            and not ends_sentence(entries[end][1])
            and len(entries[end][1]) >= WRAP_RUN_MIN_CHARS
        ):
            end += 1
        lengths = [len(text) for _, text in entries[start:end]]
        closing = end < len(entries) and entries[end][0] == entries[end - 1][0] + 1 if end > start else False
        if (
            len(lengths) >= WRAP_MIN_LINES
            and closing
            and min(lengths) >= 0.9 * max(lengths)
            and len(entries[end][1]) <= 1.05 * max(lengths)
        ):
            runs.update(range(start, end))
        start = max(end, start + 1)
    return runs


def _wrap_width(texts: list[str]) -> int:
    """The column a hard-wrapped page breaks its lines at, or 0 when it is not wrapped: at least
    WRAP_MIN_LINES lines that do not end a sentence come within WRAP_FILL of the longest lines."""
    if len(texts) < WRAP_MIN_LINES:
        return 0
    lengths = sorted(len(text) for text in texts)
    width = lengths[int(0.9 * (len(lengths) - 1))]
    if width < WRAP_MIN_WIDTH or width > WRAP_MAX_WIDTH:
        return 0
    full = [text for text in texts if not ends_sentence(text) and WRAP_FILL * width <= len(text) <= width * 1.05]
    return width if len(full) >= WRAP_MIN_LINES else 0


def _continues(parts: list[str], word_count: int, length: int, width: int, first_line: bool = False) -> bool:
    """Whether a paragraph, joined so far from `parts` (`word_count` words, `length` characters),
    breaks off mid-sentence (see `_rejoin_wrapped`). Only its end is read, so that joining a long
    hard-wrapped text stays linear."""
    text = _tail(parts)
    if ends_sentence(text) or text.endswith(">") or _is_dash_menu(text):  # a tag or a menu ends no sentence to continue
        return False
    if _ENDS_IN_LINK.search(text):  # an embedded tweet or a shared link ends there
        return False
    if cues.ends_in_end_mark(text):  # a wire copy's "(انتهى) م ع" ends it
        return False
    if text.endswith(("،", ",")):
        # the page's first line, a headline's length and alone, is its title even with a stray comma
        return not (first_line and len(parts) == 1 and word_count <= HEADLINE_MAX_WORDS and width == 0)
    if not word_count:
        return False
    last = words(text)[-1:]
    if (last and normalise_for_match(last[0]) in cues.CONTINUATION_WORDS) or word_count > HEADLINE_MAX_WORDS:
        return True
    return bool(width) and not first_line and length >= WRAP_FILL * width  # the page's first line may be its title


def _starts_apart(text: str) -> bool:
    """A line that is never joined to the one above, besides a "read also" widget (which may cut a
    paragraph off mid-sentence: "... بالإضافة" / "إقرأ أيضا: ..."; the caller tests it): a tweet's
    attribution, the home link ("الرئيسية") below a paragraph written without its full stop, and
    another article's date or time run into its headline (an item of a list: "10:53 . وفاة ..."), and a
    report's writer ("تقرير : عمار النور", below a long title written without its full stop)."""
    return bool(
        cues.TWEET_ATTRIBUTION.search(text)
        or cues.HOME_LINK.match(text.strip())
        or cues.DATED_HEADLINE.match(text)
        or cues.TIMED_ITEM.match(text)
        or _is_report_byline(text)
    )


def _changes_script(line: str, following: str) -> bool:
    """One line is in Latin script only and the other has Arabic letters: a Latin caption or credit
    above an Arabic paragraph (or below it) is never its continuation."""
    if not (_LATIN.search(line) or _LATIN.search(following)):
        return False
    return (
        _ANY_LETTER.search(line) is not None
        and _ANY_LETTER.search(following) is not None
        and (arabic_ratio(line) == 0) != (arabic_ratio(following) == 0)
    )


_ENDS_IN_LINK = re.compile(r"(?:https?://|www\.)\S+\s*$", re.IGNORECASE)


def _tail(parts: list[str]) -> str:
    """The end of a joined paragraph: its last lines, about TAIL_CHARS characters of them."""
    taken: list[str] = []
    size = 0
    for part in reversed(parts):
        taken.append(part)
        size += len(part) + 1
        if size >= TAIL_CHARS:
            break
    return " ".join(reversed(taken))


def _strip_markup(text: str) -> str:
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _MARKDOWN_PREFIX.sub("", text).strip()


@lru_cache(maxsize=WORD_CACHE_LINES)
def _words(text: str) -> tuple[str, ...]:
    """`words(text)`, memoized: every rule asks for the words of the same lines of one page."""
    return tuple(words(text))


def ends_sentence(text: str, marks: str = TERMINAL_PUNCTUATION) -> bool:
    """True when `text` ends with one of `marks`, terminal punctuation by default (possibly inside
    closing quotes, or before a bar)."""
    stripped = text.rstrip(CLOSING_QUOTES + " |")  # "... الحرارة. |": a bar a template left after the sentence
    return bool(stripped) and stripped[-1] in marks


def _closes_a_statement(text: str) -> bool:
    """`text` ends with a full stop, "!" or "?": a paragraph's end (a colon or an ellipsis leads on)."""
    stripped = text.rstrip(CLOSING_QUOTES + " ")
    return bool(stripped) and stripped[-1] in FULL_STOPS


def _ends_with_colon(text: str) -> bool:
    """`text` ends with a colon (or a full-width one): it leads on to what follows."""
    return text.rstrip().endswith((":", "："))


def _is_a_paragraph(text: str) -> bool:
    """`text` closes a statement (see `_closes_a_statement`) or runs longer than a headline without
    doing so (a paragraph whose full stop the page left out); a line ending with a colon leads on."""
    return _closes_a_statement(text) or (len(_words(text)) > HEADLINE_MAX_WORDS and not _ends_with_colon(text))


def is_headline_like(text: str) -> bool:
    """A short line without terminal punctuation: a title, subheading or list entry."""
    return not ends_sentence(text) and len(_words(text)) <= HEADLINE_MAX_WORDS


def _cue_reason(text: str, arabic_page: bool = True) -> str | None:
    """The cue a line matches, in order of precedence, or None. Each cue is tried only on lines short
    enough for it (most body lines are longer than any cue, so they cost one word count)."""
    word_list = [normalise_for_match(w) for w in _words(text)]  # case, diacritics and hamza folded
    count = len(word_list)
    stripped = text.strip()
    if not _WORD_CHARACTER.search(text):
        return "boilerplate: separator"  # a rule of dashes, stars or bars: no letter, no digit
    if text.lstrip().startswith("<") and cues.MARKUP_LINE.match(text):
        return "boilerplate: markup"
    if "=" in text[:300] and cues.MARKUP_TAIL.match(text):
        return "boilerplate: markup (the tail of a tag cut in two)"
    if stripped.endswith(">") and cues.ATTRIBUTE_VALUE_TAIL.match(text):
        return "boilerplate: markup (an attribute's value, its tag cut off)"
    if "=(" in text and cues.WIDGET_SETTINGS.match(text):
        return "boilerplate: markup (a widget's settings)"
    if count <= END_MARK_MAX_WORDS and cues.END_MARK.match(text):
        return END_MARK_REASON
    if count <= 25 and cues.JS_NOTICE.search(text):
        return "boilerplate: javascript-notice"
    if (count <= 25 and cues.COOKIE_NOTICE.search(text)) or cues.COOKIE_BANNER.match(stripped):
        return "boilerplate: cookie-notice"
    if count <= 25 and (cues.URL_LINE.match(text) or cues.LINK_PROMPT.search(text)):
        return "boilerplate: link"
    if cues.is_percent_encoded(stripped):
        return "boilerplate: link (an address's words, percent-encoded)"
    if "-" in stripped and cues.HYPHENATED_SLUG.match(stripped):
        return "boilerplate: link (an address's words, joined by hyphens)"
    if count <= 30 and cues.TWEET_ATTRIBUTION.search(text):
        return "boilerplate: tweet-attribution"
    if (count <= 12 and cues.MASTHEAD.search(text)) or (count <= 25 and len(cues.MASTHEAD_ROLE.findall(text)) >= 2):
        return "boilerplate: masthead"
    if count <= MASTHEAD_LINE_MAX_WORDS and cues.MASTHEAD_FIRST_ISSUE.match(text):
        return "boilerplate: masthead (the editor and the paper's first issue)"
    if count <= 4 and cues.ISSUE_NUMBER.match(stripped):
        return "boilerplate: label (the issue's number)"
    if count <= HEADLINE_MAX_WORDS and cues.SECTION_FOOTER.search(text) and is_headline_like(text):
        return "boilerplate: section-footer"
    if count <= 25 and cues.COMMENT.search(text.lower()):
        return "boilerplate: comments"
    if count <= 25 and cues.PAYWALL.search(text):
        return "boilerplate: paywall"
    if cues.BREADCRUMB.search(text) or (count <= 60 and _is_dash_menu(text)):
        return NAVIGATION_REASON
    if count <= SECTION_MENU_MAX_WORDS and _runs_section_names_together(word_list):
        return "boilerplate: navigation (news sections run together)"
    if count <= 8 and cues.FIELD.search(text):
        return "boilerplate: label"
    if count <= 1 and cues.MORE_LINK.search(stripped):
        return "boilerplate: link"
    if count <= 6 and cues.CONTINUE_LINK.search(stripped):
        return "boilerplate: link (continue reading, load more)"
    if cues.BYLINE.search(without_diacritics(_without_role_in_brackets(text))) and not (
        count > DATED_BYLINE_MAX_WORDS and ends_sentence(text)
    ):
        return "boilerplate: byline"  # "كتبَ :" reads "he wrote"; a paragraph the byline runs into stays
    if count <= DATED_BYLINE_MAX_WORDS and not ends_sentence(text) and cues.DATED_BYLINE.search(without_diacritics(text)):
        return "boilerplate: byline"
    if _is_report_byline(text):
        return "boilerplate: byline"
    if count <= 30 and cues.STAFF_NOTE.match(text):
        return "boilerplate: byline (the staff and what they do)"
    if cues.TAGS.search(text):
        return "boilerplate: tags"
    if count <= 15 and cues.LEGAL.search(text):
        return "boilerplate: footer"
    if count <= 30 and cues.COPYRIGHT.search(text) and cues.REUSE_REQUEST.search(text):
        return "boilerplate: footer (a reuse notice)"
    if count <= 40 and (cues.READER_NOTE.search(text) or (cues.TAKEN_FROM_WORDS.search(text) and cues.TAKEN_FROM.search(text))):
        return "boilerplate: an aggregator's note to its readers"
    if count <= 50 and cues.DISCLAIMER_WORDS.search(text) and cues.DISCLAIMER.search(text):
        return "boilerplate: disclaimer (the writer's views, not the site's)"
    if count <= 4 and (cues.LABEL.search(stripped) or cues.HOME_LINK.match(stripped)):
        return "boilerplate: label"
    if count <= 12 and (cues.ACCOUNT.search(stripped) or cues.WIDGET.search(stripped) or cues.CAPTCHA in stripped.lower()):
        return "boilerplate: widget"
    if count <= HEADLINE_MAX_WORDS and cues.BREAKING_TICKER.search(text) and is_headline_like(text):
        return "boilerplate: breaking-ticker"
    if count <= 8 and cues.CREDIT.search(text):
        return "boilerplate: credit"
    if cues.is_feed_footer(stripped):
        return "boilerplate: credit (a feed's footer: where the post first appeared)"
    if count <= PHOTO_CAPTION_MAX_WORDS and cues.PHOTO_CREDIT.search(text) and is_headline_like(text):
        return "boilerplate: caption (a photo credit)"
    if count <= PHOTO_CAPTION_MAX_WORDS * 3 and cues.SOURCED_PHOTO.search(text) and is_headline_like(text):
        return "boilerplate: caption (a photo and where it was found)"
    if arabic_page and count <= LATIN_CAPTION_MAX_WORDS and cues.LATIN_PHOTO_CREDIT.search(text) and not arabic_ratio(text):
        return "boilerplate: caption (a photographer's credit, in Latin script)"  # "... Foto: Name / TT"
    if count <= PHOTO_CAPTION_MAX_WORDS * 3 and cues.BRACKETED_LATIN_PHOTO_CREDIT.search(text) and is_headline_like(text):
        return "boilerplate: caption (a photographer's credit, in Latin script)"  # "... (Photo by Name/AFP via Getty Images)"
    if count <= 40 and "اليمين" in text and cues.LEFT_TO_RIGHT.search(text):
        return "boilerplate: caption (a photo's people, left to right)"
    if count <= HEADLINE_MAX_WORDS and cues.PICTURE_ABOVE.match(without_diacritics(text)):
        return "boilerplate: caption (pointing at the picture above)"
    if count <= 20 and cues.PROMO.search(text):
        return "boilerplate: promo"
    if count <= 15 and _is_footer_links(stripped):
        return "boilerplate: footer (the site's links)"
    if count <= 8 and cues.DATELINE.match(text) and not ends_sentence(text) and not _names_a_figure(text, word_list):
        return "boilerplate: dateline"
    if count <= 8 and cues.EXCLUSIVE_DATELINE.match(text):
        return "boilerplate: dateline"
    if count <= HEADLINE_MAX_WORDS * 2 and (match := cues.DATED_HEADLINE.match(text)) and not ends_sentence(text[match.end() :]):
        return "boilerplate: teaser (another article's date, then its headline)"
    if cues.DATED_SNIPPET.search(text):
        return "boilerplate: teaser (cut off, then another article's date)"
    if _runs_headlines_together(text) and _repeats_an_image_text(text):
        return "boilerplate: ticker (headlines run together, each after an image's text)"  # "logo بشأن ... logo فيديو لافت ..."
    if count > 24:
        return None  # longer than any of the rules below
    numbered = any(w.isdigit() for w in word_list)  # "of" joins figures only: "صفحة 2 من 5"
    if (
        word_list
        and any(w in cues.PAGINATION_WORDS for w in word_list)
        and all(w.isdigit() or w in cues.PAGINATION_WORDS or (numbered and w in cues.PAGINATION_OF) for w in word_list)
    ):
        return "boilerplate: pagination"
    if (
        count <= 8
        and any(w in cues.SHARE_WORDS for w in word_list)
        and sum(w not in cues.SHARE_WORDS and not w.isdigit() for w in word_list) <= (1 if count >= 3 else 0)
    ):
        return SHARE_REASON  # one other word may be the site's own name ("Ammon on Play Store"); numbers count shares
    has_digit = bool(_DIGIT.search(text))
    if has_digit and _is_timestamp(word_list) and not _WORD_THEN_COLON.search(stripped):  # "الساعة 5:00 مساءً:" heads a fixture
        return TIMESTAMP_REASON
    if (has_digit and cues.RELATIVE_TIME.match(stripped) and is_headline_like(text)) or (
        count <= 2 and cues.RELATIVE_TIME_IN_WORDS.match(stripped)
    ):
        return "boilerplate: timestamp (a relative time)"
    if (
        has_digit
        and count <= PUBLISHED_LINE_MAX_WORDS
        and cues.PUBLISHED_ON.search(text)
        and (not ends_sentence(text) or _ends_with_colon(stripped))
    ):
        return "boilerplate: timestamp (a publication date)"
    if has_digit and (_is_dated_source(word_list) or _is_source_then_date(stripped)):
        return "boilerplate: dateline (a date and the source's name)"
    if has_digit and _is_dated_place(word_list):
        return "boilerplate: dateline (a date and a place: the masthead's)"
    if has_digit and _is_place_then_date(stripped):
        return "boilerplate: dateline (a place, a date and perhaps the source's name)"
    if has_digit and cues.ARCHIVE_HEADING.match(stripped):
        return "boilerplate: label (a date archive's heading)"
    if count <= HEADLINE_MAX_WORDS and cues.TAXONOMY_ARCHIVE_HEADING.search(stripped):
        return "boilerplate: label (a tag's or category's archive heading)"
    if has_digit and count <= 4 and all(w.isdigit() or w in cues.COUNTER_WORDS for w in word_list):
        return "boilerplate: counter"
    if has_digit and count <= PHONE_LINE_MAX_WORDS and _lists_phone_numbers(text):
        return "boilerplate: contact (phone numbers)"
    if (count <= 5 and cues.READING_TIME_IN_WORDS.match(stripped)) or (count <= 12 and cues.READING_TIME_IN_FIGURES.search(stripped)):
        return "boilerplate: counter (a reading time)"
    if arabic_page and not has_digit and _is_foreign_ui(text, word_list):
        return "boilerplate: foreign-ui"
    return None


def _lists_phone_numbers(text: str) -> bool:
    """Phone numbers, each perhaps after one word naming its place or line ("لبنان: 96171010310+
    ديربورن: 13137751171+", "هاتف: 06-5552233"): a site's contacts. A sentence giving a number
    ("اتصل على الرقم 0598802773.") has more words than numbers, or ends."""
    phones = [m for m in cues.PHONE_NUMBER.findall(text) if sum(c.isdigit() for c in m) >= cues.PHONE_MIN_DIGITS]
    return bool(phones) and len(_words(cues.PHONE_NUMBER.sub(" ", text))) <= len(phones) and not ends_sentence(text)


_WORD_THEN_COLON = re.compile(rf"[^\W\d_][{DIACRITIC_CHARS}]*\s*[:：]$")  # a line introducing what follows (not a time cut off: "12:")


def _mark_foreign_lines_above(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str]) -> None:
    """On an Arabic page, Latin-script lines above its first Arabic line: a licence or cookie banner,
    a menu, a sign-in prompt (English text inside the article, below, is kept). A longer one may be
    the English lead of a bilingual page: kept, marked unsure."""
    for position, (_, text) in enumerate(entries):
        if position in reasons:
            continue
        if arabic_ratio(text) > 0:
            return
        if _LATIN.search(text) and len(_words(text)) > FOREIGN_BANNER_MAX_WORDS:
            unsure[position] = "unsure: a Latin-script paragraph above the Arabic text"
        elif _LATIN.search(text):
            reasons[position] = "boilerplate: foreign-ui (above the Arabic text)"


_LATIN = re.compile(r"[A-Za-z]")


def _is_foreign_ui(text: str, word_list: list[str]) -> bool:
    """A short Latin-script line on an Arabic page that is not a sentence: a button, a menu, a label
    (the caller has seen no digit). An English sentence, ending in a full stop, may quote a source
    and is kept."""
    if not word_list or len(word_list) > FOREIGN_UI_MAX_WORDS or arabic_ratio(text) > 0 or _has_nav_separator(text):
        return False
    return not (text.rstrip(CLOSING_QUOTES + " ").endswith(".") and len(word_list) >= 4)


_DIGIT = re.compile(r"\d")
_LETTER = r"[^\W\d_]"
_ANY_LETTER = re.compile(_LETTER)
_WORD_CHARACTER = re.compile(r"\w")
# "2020م", "1442هـ" folded; an era in Latin letters ("2025AH", "1446ah") too
_NUMBER_WITH_UNIT = re.compile(r"^\d+(?:st|nd|rd|th|min|mins|h|hr|hrs|s|d|m|م|ه|ah|ad|ce)?$")


def _is_dash_menu(text: str) -> bool:
    """A menu whose items a template parts with dashes: MENU_MIN_ITEMS or more short items
    ("أخبار عامة - وكالة أنباء المرأة - اخبار الرياضة - ..."), none ending a sentence."""
    if text.count(" - ") < MENU_MIN_ITEMS - 1:
        return False
    items = [item.strip() for item in text.split(" - ")]
    return all(item and len(_words(item)) <= MENU_ITEM_MAX_WORDS and not ends_sentence(item) for item in items)


def _runs_section_names_together(folded_words: list[str]) -> bool:
    """SECTION_MENU_MIN_ITEMS or more news sections one after another with nothing between them ("الأخبار
    أخبار سورية أخبار عربية أخبار دولية"): a menu. Each item opens with "أخبار" and has one word at most
    after it; a headline does not say "news" three times."""
    starts = [i for i, word in enumerate(folded_words) if word.removeprefix("ال") in cues.SECTION_WORDS]
    if len(starts) < SECTION_MENU_MIN_ITEMS or starts[0] != 0:
        return False
    return all(end - start <= 2 for start, end in zip(starts, [*starts[1:], len(folded_words)], strict=True))


def _is_footer_links(text: str) -> bool:
    """Two of the site's own links on one line ("من نحن اتصل بنا"), or one of them alone."""
    found = cues.FOOTER_LINK.findall(text)
    return len(found) >= 2 or (len(found) == 1 and cues.FOOTER_LINK.sub("", text).strip(" |-–•·") == "")


def _names_a_figure(text: str, word_list: list[str]) -> bool:
    """A name, a dash and a figure ("عيار 21 – 3200 جنيه", "الحزب – 200 مقعد"): an entry of a table
    in the text, not a dateline, unless the figure is a date (a month or weekday beside it)."""
    return bool(_FIGURE_AFTER_DASH.search(text)) and not any(w in cues.TIME_WORDS for w in word_list)


_FIGURE_AFTER_DASH = re.compile(r"\s[-–]\s*\d")


def _is_timestamp(word_list: list[str]) -> bool:
    """A date, a time or a relative time ("منذ 3 ساعات", "2min"), alone on its line (the caller has
    seen a digit). One other word is allowed beside two or more numbers (a weekday or month spelled
    another way). A template's underscores around the parts are no words ("الأحد _20 _يوليو _2025")."""
    word_list = _without_time_zone([bare for w in word_list if (bare := w.strip("_"))])
    if len(word_list) > 24:
        return False
    numbers = sum(1 for w in word_list if _NUMBER_WITH_UNIT.match(w))
    others = [w for w in word_list if not _NUMBER_WITH_UNIT.match(w) and w not in cues.TIME_WORDS]
    return not others or (len(others) == 1 and numbers >= 2 and 4 <= len(word_list) <= 12)


def _without_time_zone(word_list: list[str]) -> list[str]:
    """`word_list` without a time zone closing it ("بتوقيت القدس", "توقيت غرينتش", "+2GMT")."""
    end = len(word_list)
    while end and cues.TIME_ZONE_CODE.match(word_list[end - 1]):
        end -= 1
    for zone in range(max(end - TIME_ZONE_MAX_WORDS - 1, 0), end):
        if cues.TIME_ZONE_WORD.match(word_list[zone]):
            return word_list[:zone]
    return word_list[:end]


def _is_dated_source(word_list: list[str]) -> bool:
    """A date of three words or more (two numbers at least), then a news source's name of at most
    SOURCE_LINE_MAX_WORDS words ("الإثنين 13 شوال 1437/ 18 يوليو 2016 وكالة معراج للأنباء")."""
    date, numbers = _date_length(word_list)
    return date >= 3 and numbers >= 2 and _is_source_name(word_list[date:])


def _is_source_name(folded_words: Sequence[str]) -> bool:
    """One to SOURCE_LINE_MAX_WORDS words (folded), one of them a news source's ("وكالة", "نيوز")."""
    return 0 < len(folded_words) <= SOURCE_LINE_MAX_WORDS and any(w in cues.SOURCE_WORDS for w in folded_words)


def _is_source_then_date(text: str) -> bool:
    """A news source's name of at most SOURCE_LINE_MAX_WORDS words, a colon, then only a date
    ("إذاعة إرينا الدولية: 01.10.2024"). Without the colon a short sentence may end on a date."""
    name, colon, date = text.replace("：", ":").partition(":")
    if not colon:
        return False  # most lines: no word list is made
    undated = cues.DATE.sub("", date)
    if undated == date or _WORD_CHARACTER.search(undated):
        return False  # no date after the colon, or words beside it
    return _is_source_name([normalise_for_match(w) for w in _words(name)])


def _date_length(word_list: list[str]) -> tuple[int, int]:
    """How many words open `word_list` as a date (numbers, weekdays, months), and how many of them are numbers."""
    date = 0
    while date < len(word_list) and (_NUMBER_WITH_UNIT.match(word_list[date]) or word_list[date] in cues.TIME_WORDS):
        date += 1
    return date, sum(1 for w in word_list[:date] if _NUMBER_WITH_UNIT.match(w))


def _is_dated_place(word_list: list[str]) -> bool:
    """A date of three words or more (two numbers at least), then only a place's name of one to three
    words: the masthead's day and city ("السبت 20 ابريل 2024 أبوظبي الإمارات"), not a sentence."""
    date, numbers = _date_length(word_list)
    place = word_list[date:]
    return date >= 3 and numbers >= 2 and 0 < len(place) <= 3 and all(is_place_word(w) for w in place)


_COMMA = re.compile(r"[،,]")


def _is_place_then_date(text: str) -> bool:
    """A place of one or two words, a comma, only a date (two words or more, a number among them: "30
    أغسطس"), and perhaps a comma and a name of one or two words without a figure: an agency's
    dateline ("باكو، 30 أغسطس، أذرتاج"; batch 460's azertag). A sentence has more words between its
    commas, or words that are no place."""
    parts = [part.strip() for part in _COMMA.split(text)]
    if not 2 <= len(parts) <= 3 or not all(parts):
        return False
    place, date, *name = (_words(part) for part in parts)
    length, numbers = _date_length([normalise_for_match(w) for w in date])
    return (
        0 < len(place) <= 2
        and all(is_place_word(w) for w in place)
        and length == len(date) >= 2
        and numbers >= 1
        and all(0 < len(words) <= 2 and not _DIGIT.search(" ".join(words)) for words in name)
    )


def _mark_cue_lines(entries: list[tuple[int, str]], reasons: dict[int, str], read_also_titles: set[str], arabic_page: bool) -> None:
    """Cue-phrase lines, plus the headlines that a 'read also' or 'related' header introduces."""
    text_start = next((p for p, (_, text) in enumerate(entries) if not (_may_be_listed(text) or _heads_a_teaser(entries, p))), len(entries))
    position = 0
    while position < len(entries):
        text = entries[position][1]
        match = cues.READ_ALSO.search(text) or (cues.READ_ALSO_RUN_IN.match(text) if is_headline_like(text) else None)
        if match:
            reasons[position] = "boilerplate: read-also"
            rest = text[match.end() :].strip(" :：-–|")
            if rest:
                read_also_titles.add(rest)
                position += 1
                continue
            # A bare marker introduces the headline(s) on the following line(s), perhaps with its teaser.
            position = _mark_following_headlines(entries, position + 1, reasons, "boilerplate: read-also", read_also_titles, 1, text_start)
            position = _mark_ellipsis_teaser(entries, position, reasons, "boilerplate: read-also (the headline's teaser)")
            continue
        if _is_related_header(text) and is_headline_like(text.split(".")[0].rstrip(" :：")):  # "مواضيع ذات صلة :"
            reasons[position] = "boilerplate: related-list"
            after = _mark_following_headlines(entries, position + 1, reasons, "boilerplate: related-list", read_also_titles, 20, text_start)
            after = _mark_cut_off_teasers(entries, after, reasons, "boilerplate: related-list")
            position = _mark_ellipsis_teaser(entries, after, reasons, "boilerplate: related-list (the last headline's teaser)")
            continue
        if cues.POLL_HEADER.match(without_diacritics(text.strip())):
            reasons[position] = "boilerplate: poll"
            question = position + 1
            if (
                question < len(entries)
                and (not ends_sentence(entries[question][1]) or entries[question][1].rstrip().endswith(("?", "؟")))
                and len(_words(entries[question][1])) <= HEADLINE_MAX_WORDS
            ):
                reasons[question] = "boilerplate: poll (its question)"
                position += 1
            position += 1
            continue
        if cues.TICKER_LABEL.match(text.strip()):
            reasons[position] = "boilerplate: label (a news ticker's)"
            if position + 1 < len(entries) and _runs_headlines_together(entries[position + 1][1]):
                reasons[position + 1] = "boilerplate: ticker (headlines run together below its label)"
                position += 1
            position += 1
            continue
        reason = reasons.get(position) or _cue_reason(text, arabic_page)
        if reason:
            reasons[position] = reason
        position += 1
        if reason == "boilerplate: link":
            position = _mark_cut_off_teasers(entries, position, reasons, "boilerplate: teaser after a link")


def _is_related_header(text: str) -> bool:
    """A 'related' or 'most read' list's header, however its words are voweled ("قد يُعجبك أيضاً")."""
    return bool(cues.RELATED_HEADER.search(without_diacritics(_GLUED_LATIN.sub("", text))))


def _mark_masthead_roles(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A masthead role alone on its line ("رئيس التحرير") and, on the next line, its holder's name
    (a few words): the masthead, which the title search would otherwise take for a headline when
    the text names the editor. The role with a name after it ("رئيس التحرير أحمد الحضري") above the text
    is the masthead too, when the name has no function word and the text shares none of its words
    (not "رئيس التحرير يستقيل من منصبه", "رئيس التحرير يلتقي وزير الدفاع"). So is the staff's name
    above the text or above a byline ("فريق برليننا" / "فريق تحرير برليننا - ..."), on the same test
    (not "فريق طبي ينقذ طفلا", a headline)."""
    page_text: tuple[int, set[str]] | None = None  # where the text starts and its words, found once a page
    for position, (_, line) in enumerate(entries):
        stripped = line.strip()
        with_name = cues.MASTHEAD_ROLE_AND_NAME.match(stripped)
        if with_name and position not in reasons:
            page_text = page_text or _text_start_and_words(entries, reasons)
            name_keys = content_keys(with_name.group(1))
            if position < page_text[0] and len(name_keys) == len(_words(with_name.group(1))) and not set(name_keys) & page_text[1]:
                reasons[position] = "boilerplate: masthead"
                continue
        staff = cues.STAFF_NAME.match(stripped)
        if staff and position not in reasons:
            page_text = page_text or _text_start_and_words(entries, reasons)
            above_byline = reasons.get(position + 1, "").startswith("boilerplate: byline")
            if (position < page_text[0] or above_byline) and not set(content_keys(staff.group(1))) & page_text[1]:
                reasons[position] = "boilerplate: byline (the staff, signing as one)"
                continue
        if not cues.MASTHEAD_ROLE_ALONE.match(stripped):
            continue
        reasons[position] = "boilerplate: masthead"
        following = position + 1
        if following < len(entries) and following not in reasons:
            name = entries[following][1]
            if is_headline_like(name) and len(_words(name)) <= NAV_ITEM_MAX_WORDS and not _DIGIT.search(name):
                reasons[following] = "boilerplate: masthead (the role's holder)"


OWN_WORDS_UNSURE = "unsure: a label's or a name's place, but every word of it is in the text (a subheading, or the text cut short?)"


class _TextWords:
    """The content words of the page's text (`_main_body`), worked out on first use: a short line
    made only of them is the text's own (its subheading, its title, a paragraph cut off after a word),
    rarely a section's label or a writer's name, which the text seldom repeats."""

    def __init__(self, entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
        self._entries, self._reasons = entries, reasons
        self._words: set[str] | None = None
        self._quoted: set[str] = set()

    def has_all(self, text: str) -> bool:
        keys = set(content_keys(text))
        return bool(keys) and keys <= self._words_and_quoted()[0]

    def quotes(self, text: str) -> bool:
        """The text names `text` whole in quote marks ("التقطت عدسة 'اليمن العربي' ..."): a name, the
        site's as its reporters cite it, not a subheading."""
        return " ".join(text.split()) in self._words_and_quoted()[1]

    def _words_and_quoted(self) -> tuple[set[str], set[str]]:
        if self._words is None:
            text = _text_start_and_text(self._entries, self._reasons)[1]
            self._words = set(content_keys(text))
            self._quoted = {" ".join(match.group(1).split()) for match in _QUOTED.finditer(text)}
        return self._words, self._quoted


# A short run in quote marks, tried at every quote mark (a lookahead: straight quotes pair either way).
_QUOTED = re.compile(r"(?=['\"«“‘]\s*([^'\"«»“”‘’]{1,80}?)\s*['\"»”’])")  # a name's length, not a quoted speech's


def _text_start_and_text(entries: list[tuple[int, str]], reasons: dict[int, str]) -> tuple[int, str]:
    """Where the page's text starts (see `_main_body`; the end of the page when it has none) and the
    text, its lines joined."""
    body = _main_body(entries, [p for p in range(len(entries)) if p not in reasons])
    return (body[0] if body else len(entries)), " ".join(entries[p][1] for p in body)


def _text_start_and_words(entries: list[tuple[int, str]], reasons: dict[int, str]) -> tuple[int, set[str]]:
    """Where the page's text starts and the content words of the text."""
    start, text = _text_start_and_text(entries, reasons)
    return start, set(content_keys(text))


def _mark_cut_off_teasers(entries: list[tuple[int, str]], start: int, reasons: dict[int, str], reason: str) -> int:
    """After a "related" header or a link away from the page, the lines that stop without ending their
    sentence, in the same block (no empty line between), are teasers of other articles."""
    position = start
    while (
        0 < position < len(entries)
        and entries[position][0] == entries[position - 1][0] + 1
        and position not in reasons
        and not ends_sentence(entries[position][1])
        and len(_words(entries[position][1])) >= TEASER_MIN_WORDS
    ):
        reasons[position] = reason
        position += 1
    return position


def _is_ellipsis_teaser(text: str) -> bool:
    """A short line cut off with an ellipsis: a teaser of the headline above it."""
    stripped = text.rstrip()
    return stripped.endswith(ELLIPSES) and len(_words(stripped)) <= ELLIPSIS_TEASER_MAX_WORDS


def _may_be_listed(text: str) -> bool:
    """A headline, a headline asking a question, or a teaser cut off with an ellipsis: what a
    widget's list of other articles holds, none of it the page's text."""
    return is_headline_like(text) or _is_question_headline(text) or _is_ellipsis_teaser(text)


def _is_question_headline(text: str) -> bool:
    """A headline asking a question ("ماذا دار بين الجلبي وصدام ...؟"): headline-like but for its mark."""
    stripped = text.rstrip()
    if not stripped.endswith(("؟", "?")) or len(_words(stripped)) < 2:  # a lone mark is no headline
        return False
    return is_headline_like(stripped[:-1])


def _heads_a_teaser(entries: list[tuple[int, str]], position: int) -> bool:
    """A short line above a teaser cut off with an ellipsis is a listed headline, whatever mark ends
    it ("لورين بطلة من لبنان: تهميشٌ بالأمس… تكريمٌ اليوم!", batch 261's arabsaustralia)."""
    return (
        position + 1 < len(entries)
        and len(_words(entries[position][1])) <= HEADLINE_MAX_WORDS
        and _is_ellipsis_teaser(entries[position + 1][1])
    )


def _mark_ellipsis_teaser(entries: list[tuple[int, str]], position: int, reasons: dict[int, str], reason: str) -> int:
    """Below a headline a "read also" marker or a "related" header introduces, a short line cut off with
    an ellipsis ("عاد إلى العاصمة نواكشوط، فجر الخميس الشاب ... …") is its teaser, even across an empty line."""
    if 0 < position < len(entries) and position not in reasons and position - 1 in reasons and _is_ellipsis_teaser(entries[position][1]):
        reasons[position] = reason
        return position + 1
    return position


def _mark_following_headlines(
    entries: list[tuple[int, str]], start: int, reasons: dict[int, str], reason: str, titles: set[str], limit: int, text_start: int
) -> int:
    """Mark up to `limit` headlines from `start` as `reason`; `text_start` is the first line that is no
    headline (the page's text). Returns the first position not marked."""
    position = start
    labels = 0  # a bare marker's headline may come under labels ("إقرأ أيضاً", "عاجل", "عاجل", the headline)
    while position < len(entries) and position - start - labels < limit:
        text = entries[position][1]
        cue_reason = _cue_reason(text)
        if limit == 1 and cue_reason == "boilerplate: label" and labels < MARKER_LABELS_MAX:
            reasons[position] = cue_reason
            labels += 1
            position += 1
            continue
        if limit > 1 and position - 1 in reasons and _is_ellipsis_teaser(text):
            # a widget's headline, its teaser, the next; or, first under the header, a headline cut off
            reasons[position] = reason if position == start else reason + " (a headline's teaser)"
            position += 1
            continue
        # a headline above its teaser cut off with an ellipsis, whatever mark ends it, is listed even
        # under a bare marker ("شاهد أيضاً", then "... كيف عادت ماكو مني الى الواجهة بعد 5 سنوات؟")
        listed = is_headline_like(text) or _heads_a_teaser(entries, position) or (limit > 1 and _is_question_headline(text))
        if not listed or cue_reason or cues.READ_ALSO.search(text) or _is_related_header(text):
            break
        # In a list, a headline directly followed by body text on its subject is the article's own
        # subheading, not a list entry. (A bare "read also" marker always introduces one headline.)
        if limit > 1 and (_heads_following_body(entries, reasons, position) or _titles_the_text_below(entries, position, text_start)):
            break
        reasons[position] = reason
        titles.add(text)
        position += 1
    return position


def _titles_the_text_below(entries: list[tuple[int, str]], position: int, text_start: int) -> bool:
    """Above the page's text (`text_start`, its first line that is no headline), the first paragraph
    within TITLE_BODY_WINDOW lines below shares two content words with this headline: the page's own
    title, under a "latest news" header, with its byline and counters between. (Below the text, a
    related headline's teaser shares its words.)"""
    if position > text_start:
        return False
    for below in range(position + 1, min(position + 1 + TITLE_BODY_WINDOW, len(entries))):
        text = entries[below][1]
        if not _may_be_listed(text):  # a teaser cut off with an ellipsis is no paragraph
            return _shared_words(entries[position][1], text) >= 2
    return False


def _shares_words(headline: str, body: str) -> bool:
    return _shared_words(headline, body) > 0


def _shared_words(text: str, other: str) -> int:
    """How many content words (stems) two lines have in common."""
    return len(set(content_keys(text)) & set(content_keys(other)))


_CLOCK_TIME = re.compile(r"^\d{1,2}:\d{2}(?:\s*(?:GMT|UTC|[صم]))?$", re.IGNORECASE)
_DURATION = re.compile(r"^\d{1,3}\s*(?:د|دق|دقيقة|دقائق|min|mins)\.?$", re.IGNORECASE)


def _mark_broadcast_schedule(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A radio or TV schedule: a programme's or an episode's name, a start time and a length in
    minutes below it ("مدار الليل والنهار" / "02:30 GMT" / "150 د", batch 145's sputnikarabic). A short
    line one or two lines above a time that a length follows is the schedule's, questions too; an
    article's paragraph is longer, and a live blog's times head their entries with no length."""
    slots = [(_CLOCK_TIME.match(text.strip()) is not None, _DURATION.match(text.strip()) is not None) for _, text in entries]
    for position in range(len(entries) - 1):
        if not (slots[position][0] and slots[position + 1][1]):
            continue  # a start time with its length right below it
        for line in (position, position + 1):
            reasons.setdefault(line, "boilerplate: schedule (a programme's time and length)")
        for above in (position - 1, position - 2):
            if above >= 0 and above not in reasons and not any(slots[above]) and len(_words(entries[above][1])) <= HEADLINE_MAX_WORDS:
                reasons[above] = "boilerplate: schedule (a programme above its time and length)"


def _mark_navigation_runs(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str]) -> None:
    """Runs of very short lines (menus) and breadcrumb lines joined by separators. The run's last line,
    when a paragraph follows it directly, is that paragraph's title or heading ("رئيس التحرير",
    "عصام كامل", "فيتو.. للكبار فقط", then the text) and stays. A run that names figures, half of its
    lines a word and a number ("التفاح 60 جنيها"), may be the text's own list of prices or results:
    kept, marked unsure."""
    run: list[int] = []
    already = 0  # short lines in the run that an earlier rule dropped (a "home" label inside a menu)
    for position, (_, text) in enumerate([*entries, (-1, "")]):
        short = bool(text) and len(_words(text)) <= NAV_ITEM_MAX_WORDS and not ends_sentence(text) and ":" not in text
        if short:
            if position in reasons:
                already += not (_DIGIT.search(text) and not _ANY_LETTER.search(text))  # a bare number went as a counter: no menu item
            else:
                run.append(position)
            continue
        if run and len(run) + already >= NAV_RUN_MIN_LINES:
            opening = set(content_keys(text))  # the line that ends the run: the text a title would head
            heads_text = bool(text) and not is_headline_like(text) and run[-1] == position - 1
            figures = _names_figures(entries, run)
            for item in run:
                if item == run[-1] and heads_text:
                    continue  # the short line right above a paragraph is its title or heading, not a menu item
                if figures:
                    unsure[item] = FIGURE_LIST
                elif len(set(content_keys(entries[item][1])) & opening) < 2:  # a short title shares two words with it
                    reasons[item] = NAVIGATION_REASON
        run, already = [], 0
    for position, (_, text) in enumerate(entries):
        parts = [p for p in cues.NAV_SEPARATORS.split(text) if p.strip()]
        short_parts = all(len(_words(p)) <= NAV_ITEM_MAX_WORDS for p in parts)
        if position not in reasons and len(parts) >= 2 and short_parts and not ends_sentence(text) and _has_nav_separator(text):
            reasons[position] = NAVIGATION_REASON


def _keep_lists_the_text_introduces(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str]) -> None:
    """Short lines right below body text that ends in a colon ("... منصات عالمية، مثل:") are the list
    it introduces (platforms, names), though each alone reads like a menu item or a share button:
    kept, marked unsure. A run of share names alone is still a share bar."""
    for position in range(1, len(entries)):
        if not _introduced_by_the_text(entries, reasons, position):
            continue
        run: list[int] = []
        for item in range(position, len(entries)):
            if reasons.get(item) not in LIST_LOOKALIKES or len(_words(entries[item][1])) > NAV_ITEM_MAX_WORDS:
                break
            run.append(item)
        if any(reasons[item] != SHARE_REASON for item in run):
            for item in run:
                del reasons[item]
                unsure[item] = INTRODUCED_LIST


def _keep_table_cells(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str]) -> None:
    """A table scraped one cell per line: each cell ends in a bar ("دبي – أبوظبي |") and each row is
    closed by a bar alone on its line. Its cells read like a menu, a dateline or a list of headlines,
    but two rows or more of them are the text's own table (batch 249's arabiceconomy): kept, marked
    unsure. The bars alone still go."""
    bars = [position for position, (_, text) in enumerate(entries) if text.strip() == "|"]
    rows = [
        (opening, closing)
        for opening, closing in pairwise(bars)
        if sum(entries[cell][1].rstrip().endswith("|") for cell in range(opening + 1, closing)) >= TABLE_ROW_MIN_CELLS
    ]
    tables: list[list[tuple[int, int]]] = []
    for row in rows:
        if tables and tables[-1][-1][1] == row[0]:
            tables[-1].append(row)  # the bar that closes one row opens the next
        else:
            tables.append([row])
    for table in tables:
        if len(table) < TABLE_MIN_ROWS:
            continue
        for opening, closing in table:
            for cell in range(opening + 1, closing):
                if reasons.pop(cell, None) is not None:
                    unsure[cell] = TABLE_CELL


# A field: a label of a few words, a colon, its value ("تاريخ الإصدار: 3 مارس 2020", "المنصات: PC").
_FIELD_LINE = re.compile(r"^([^\W\d_][^:：]{0,40}?)\s*[:：]+\s*\S")


def _keep_record_fields(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str]) -> None:
    """A list of records printed one field per line (games, each with "المنصات: ..." and "تاريخ
    الإصدار: 3 مارس 2020"; batch 318's snyar): a label on RECORD_FIELD_MIN_LINES lines or more, with
    different values, some of them kept. Its fields read like timestamps, or repeat one another
    ("المنصات: Xbox One و PC" twice), but they are the text's: kept, marked unsure. A date's own
    label ("تاريخ النشر:", "آخر تحديث:"), recurring under each item of a tag page, is no field."""
    by_label: dict[str, list[int]] = {}
    for position, (_, text) in enumerate(entries):
        match = _FIELD_LINE.match(text)
        if match and len(_words(match.group(1))) <= NAV_ITEM_MAX_WORDS:
            by_label.setdefault(_key(match.group(1)), []).append(position)
    fields = [
        positions
        for label, positions in by_label.items()
        if len(positions) >= RECORD_FIELD_MIN_LINES
        and len({_key(entries[p][1]) for p in positions}) >= 2
        and not all(normalise_for_match(word) in cues.TIME_WORDS for word in label.split())
    ]
    if not any(p not in reasons for positions in fields for p in positions):
        return  # no field of the list is in the text
    for positions in fields:
        for position in positions:
            if reasons.get(position) in (TIMESTAMP_REASON, DUPLICATE_REASON):
                del reasons[position]
                unsure[position] = RECORD_FIELD


def _names_an_amount(text: str) -> bool:
    """A word and a number on a short line ("التفاح 60 جنيها", "الأهلي 2"): an item of a list of figures."""
    word_list = _words(text)
    return (
        len(word_list) <= FIGURE_ITEM_MAX_WORDS
        and bool(_DIGIT.search(text))
        and any(_ANY_LETTER.search(word) and not _DIGIT.search(word) for word in word_list)
    )


def _names_figures(entries: list[tuple[int, str]], run: list[int]) -> bool:
    """Half of the run's lines or more name an amount: a list of prices or results, not of links."""
    return 2 * sum(1 for item in run if _names_an_amount(entries[item][1])) >= len(run)


def _mark_headline_runs(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], title: int | None) -> None:
    """Three or more headlines in a row are a list of other articles (tag pages, teasers, tickers).

    Kept from a run: the page's title (see `_find_title`; without one, a run at the very top keeps
    its first line, unless the page has no body text at all), a headline directly followed by body
    text on its subject (the article's own subheading), a list the text introduces with a colon,
    and, marked unsure, a list right below a paragraph on its subject and a "headline" that reads
    like a sentence.
    """
    remaining = [p for p in range(len(entries)) if p not in reasons]
    first_body = next((p for p in remaining if not is_headline_like(entries[p][1])), -1)
    has_body = first_body >= 0
    text_start = first_body if title is None else -1
    run: list[int] = []
    for position in [*remaining, -1]:
        if position >= 0 and is_headline_like(entries[position][1]):
            run.append(position)
            continue
        dropped_between = sum(1 for p in range(run[0], run[-1]) if p in reasons and is_headline_like(entries[p][1])) if run else 0
        if run and position >= 0:  # inside the text (a trailing list is `_mark_trailing_list`'s)
            dropped_between += _read_also_lines_above(reasons, run[0])
        if len(run) + dropped_between >= HEADLINE_RUN_MIN_LINES and not _introduced_by_the_text(
            entries, reasons, run[0]
        ):  # lines an earlier rule dropped still belong to the run
            keep_first = (  # a page of headlines only has no title, nor has a list whose first item is marked as the rest
                title is None and run[0] == remaining[0] and has_body and not _marked_alike(entries, run)
            )
            follows_text = _follows_the_text(entries, reasons, run[0])
            unheaded = _right_below_the_text(entries, reasons, run[0])
            below = _text_below(entries, reasons, position) if title in run else set()
            figures = _names_figures(entries, run)
            unstopped_text = title in run and position >= 0 and _writes_without_full_stops(entries, reasons)
            deck_goes_on = False  # the lines right below the title, while each is a deck line
            for item in run[1 if keep_first else 0 :]:
                text = entries[item][1]
                if item == title or _heads_following_body(entries, reasons, item):
                    deck_goes_on = item == title or deck_goes_on
                    continue
                deck_goes_on = deck_goes_on and title is not None and _is_deck(text, entries[title][1], below)
                if deck_goes_on:
                    continue
                if follows_text:
                    unsure[item] = OWN_LIST
                    continue
                if figures:
                    unsure[item] = FIGURE_LIST
                    continue
                if unheaded and _may_be_text(text):
                    unsure[item] = UNHEADED_LIST
                    continue
                if _reads_like_sentence(text):
                    unsure[item] = "unsure: in a list of headlines, but reads like a sentence"
                    continue
                if (
                    unstopped_text
                    and title is not None
                    and item > title
                    and _may_be_text(text)
                    and _shares_words(text, entries[position][1])
                ):
                    unsure[item] = UNSTOPPED_TEXT
                    continue
                if item == run[-1] and position == text_start >= 0 and _may_be_the_title(text):
                    unsure[item] = MAYBE_TITLE  # a title need not share a word with its first paragraph
                    continue
                if item == run[-1] and position >= 0 and run[-2:] == [title, item] and not _has_nav_separator(text) and "/" not in text:
                    unsure[item] = MAYBE_SUBHEADING  # a subheading need not share a word with its paragraph
                    continue
                reasons[item] = "boilerplate: headline-list"
        run = []


def _writes_without_full_stops(entries: list[tuple[int, str]], reasons: dict[int, str]) -> bool:
    """The page's kept paragraphs longer than any headline, two at least, none ending in a full stop (a
    colon may end one, before a quotation): its writer leaves them off, so its short paragraphs read
    like headlines (batch 321's se7ral7ya)."""
    paragraphs = [text for position, (_, text) in enumerate(entries) if position not in reasons and len(_words(text)) > HEADLINE_MAX_WORDS]
    return len(paragraphs) >= 2 and not any(ends_sentence(text, FULL_STOPS) for text in paragraphs)


def _marked_alike(entries: list[tuple[int, str]], run: list[int]) -> bool:
    """The run's first two lines opened by the same mark ("v", "-", "*") or closed by the same
    separator ("|", "»"): items of one list, so the first is no title above it. (A run may hold one
    kept line, the lines an earlier rule dropped counting toward it.)"""
    if len(run) < 2:
        return False
    first_words, second_words = entries[run[0]][1].split(), entries[run[1]][1].split()
    opens_alike = first_words[0] == second_words[0] and not arabic_ratio(first_words[0])
    closes_alike = first_words[-1] == second_words[-1] and _has_nav_separator(first_words[-1]) and len(first_words) > 1
    return opens_alike or closes_alike


def _may_be_the_title(text: str) -> bool:
    """A headline of a title's length (TITLE_MIN_WORDS words or more) with no menu's separators."""
    return len(_words(text)) >= TITLE_MIN_WORDS and not _has_nav_separator(text) and _title_like(text)


def _text_below(entries: list[tuple[int, str]], reasons: dict[int, str], position: int, paragraphs: int = 3) -> set[str]:
    """The content words of the first `paragraphs` kept body lines from `position` on (none when
    `position` is -1: the run ends the page)."""
    words_below: set[str] = set()
    if position < 0:
        return words_below
    for later in range(position, len(entries)):
        if later in reasons or is_headline_like(entries[later][1]):
            continue
        words_below.update(content_keys(entries[later][1]))
        paragraphs -= 1
        if not paragraphs:
            break
    return words_below


def _is_deck(text: str, title: str, text_below: set[str]) -> bool:
    """A line between the title and the text that the text takes up (three content words) and that
    is not the title again: the article's deck ("بكين تؤكد أهمية دعم المصالح الجوهرية ..."), not
    another article's headline. Gulf papers set two or three such lines under the title."""
    keys = set(content_keys(text))
    return len(keys & text_below) >= DECK_MIN_SHARED_WORDS and len(keys & set(content_keys(title))) * 2 < len(keys)


def _read_also_lines_above(reasons: dict[int, str], position: int) -> int:
    """How many lines right above `position` went as a "read also" marker and its headline: a run
    of headlines below them, with the text going on after it, continues their list ("اقرأ أيضًا",
    a headline, then another, then the next paragraph)."""
    count = 0
    while reasons.get(position - count - 1, "").startswith("boilerplate: read-also"):
        count += 1
    return count


def _kept_line_above(entries: list[tuple[int, str]], reasons: dict[int, str], position: int) -> str | None:
    """The text of the line just above `position` when it is kept (not the nearest kept one)."""
    above = position - 1
    return entries[above][1] if above >= 0 and above not in reasons else None


def _paragraph_right_above(entries: list[tuple[int, str]], reasons: dict[int, str], position: int) -> str | None:
    """The kept body text just above `position`, with nothing dropped between (past a "read also"
    teaser set between two paragraphs, to the paragraph above it), or None."""
    above = _kept_line_above(entries, reasons, position - 1 if _is_inserted_teaser(entries, reasons, position - 1) else position)
    return above if above is not None and not is_headline_like(above) else None


def _follows_the_text(entries: list[tuple[int, str]], reasons: dict[int, str], position: int) -> bool:
    """The line just above is kept body text, and the list's first line shares a word with it: a
    list with no header, right below a paragraph on its subject, may be the article's own (points,
    features); lists of other articles come under a header or change the subject."""
    above = _paragraph_right_above(entries, reasons, position)
    return above is not None and _shares_words(entries[position][1], above)


def _right_below_the_text(entries: list[tuple[int, str]], reasons: dict[int, str], position: int) -> bool:
    """The line just above is kept body text, with no header, share bar or teaser dropped between:
    lines of more than a menu item's words there may be the text's own, its paragraphs written
    without full stops, though they share no word with the paragraph above."""
    return _paragraph_right_above(entries, reasons, position) is not None


def _is_inserted_teaser(entries: list[tuple[int, str]], reasons: dict[int, str], position: int) -> bool:
    """A dropped "read also" line with its headline on it ("اقرأ أيضًا: ..."), set between two
    paragraphs: a teaser of one article, not the header of a list; the text goes on below it."""
    if position < 0 or reasons.get(position) != "boilerplate: read-also":
        return False
    text = entries[position][1]
    match = cues.READ_ALSO.search(text) or cues.READ_ALSO_RUN_IN.match(text)
    return match is not None and bool(_words(text[match.end() :]))


def _introduced_by_the_text(entries: list[tuple[int, str]], reasons: dict[int, str], position: int) -> bool:
    """The line just above is kept body text ending in a colon ("... كالآتي :"): the lines below are
    the list it introduces (standings, names, steps), not a list of other articles."""
    above = _kept_line_above(entries, reasons, position)
    return above is not None and _ends_with_colon(above) and len(_words(above)) > SOURCE_LINE_MAX_WORDS


def _reads_like_sentence(text: str) -> bool:
    """Long for a headline, or a comma inside or at the end (a clause that goes on; headlines end
    bare), or a lede's opening (see `_opens_like_a_lede`): text that a list rule should not drop on
    its own. A teaser cut off before its "more" link ("... المزيد |") is a link to another article,
    however long."""
    if cues.MORE_LINK_AFTER_CUT.search(text):
        return False
    word_list = _words(text)
    return (
        len(word_list) >= SENTENCE_MIN_WORDS or "،" in text or ", " in text or text.rstrip().endswith(",") or _opens_like_a_lede(word_list)
    )


def _opens_like_a_lede(word_list: Sequence[str]) -> bool:
    """A past-tense verb first ("أصدرت وزارة الخارجية ..."), as a news text's first sentence opens,
    and a sentence's length: headlines favour the present tense or a noun first."""
    if len(word_list) < LEDE_MIN_WORDS:
        return False
    first = normalise_for_match(word_list[0])
    return bool(_PAST_VERB.match(first)) and first not in cues.GIVEN_NAMES


_CUT_MID_WORD = re.compile(r"\s[\u0621-\u064a]$")  # "تظل هناك ت": a lone letter closes the line


def _cut_mid_sentence(text: str) -> bool:
    """The line stops one letter into a word ("تظل هناك ت") or on a word no sentence or headline ends
    on ("يرجع تاريخها إلى"): the page was cut there, mid-sentence."""
    stripped = text.rstrip()
    if _CUT_MID_WORD.search(stripped):
        return True
    last = _words(stripped)[-1:]
    return bool(last) and normalise_for_match(last[0]) in cues.CONTINUATION_WORDS


def _may_be_text(text: str) -> bool:
    """Longer than a menu item, and no teaser cut off before its "more" link: a line without a full
    stop that may still be a paragraph of the text."""
    return len(_words(text)) > NAV_ITEM_MAX_WORDS and not cues.MORE_LINK_AFTER_CUT.search(text)


def _next_kept(entries: list[tuple[int, str]], reasons: dict[int, str], position: int, step: int = 1) -> int | None:
    position += step
    while 0 <= position < len(entries):
        if position not in reasons:
            return position
        position += step
    return None


def _heads_following_body(entries: list[tuple[int, str]], reasons: dict[int, str], position: int) -> bool:
    """A headline whose next kept line is body text sharing a content word with it, or naming a part of
    the text ("المقدمة"): a subheading. Body text cut off with an ellipsis is a teaser: the headline is
    a list entry."""
    following = _next_kept(entries, reasons, position)
    return (
        following is not None
        and not is_headline_like(entries[following][1])
        and not entries[following][1].rstrip().endswith(ELLIPSES)
        and (_shares_words(entries[position][1], entries[following][1]) or _names_a_part_of_the_text(entries[position][1]))
    )


def _names_a_part_of_the_text(text: str) -> bool:
    """One word a report heads its own parts with ("المقدمة", "الخاتمة:"), alone on the line."""
    word_list = _words(text.rstrip().rstrip(":："))
    return len(word_list) == 1 and normalise_for_match(word_list[0]) in cues.TEXT_PART_HEADINGS


def _find_title(entries: list[tuple[int, str]], reasons: dict[int, str], list_items: AbstractSet[int] = frozenset()) -> int | None:
    """The page's own headline among the headline-like lines above the main body (see `_main_body`): the one
    a breadcrumb ends in (see `_mark_breadcrumb_title_copies`); else the first that the page repeats
    (titles recur in breadcrumbs and captions) or that shares two content words with the opening
    paragraphs (one, for the topmost; not a label outshared by a later title, see
    `_outshared_by_a_later_title`); else the last one, when it sits right above the body and shares a
    word with it. A line the page printed as a list's item (input lines `list_items`) or a digest's numbered
    item ("الخبر الاول – ...") is never the title, unless it is the page's only list item and bulleted (a
    headline the template bulleted, batch 417's al-mohajer; a lone "2. ..." is a list's part).
    None when nothing qualifies (the first headline then counts, as before)."""
    kept = [p for p in range(len(entries)) if p not in reasons]
    if kept and _is_long_title(entries, kept):
        return kept[0]
    stopped = _stopped_title(entries, reasons, kept)
    if stopped is not None:
        return stopped
    body = _main_body(entries, kept)
    if not body:
        return None
    candidates = [
        p
        for p in kept
        if p < body[0]
        and _title_like(entries[p][1])
        and len(_words(entries[p][1])) >= 2
        and not _names_a_source(entries[p][1])
        and not _runs_link_texts_together(entries[p][1])
        and (entries[p][0] not in list_items or (len(list_items) == 1 and _LIST_ITEM.match(entries[p][1])))
        and not cues.NUMBERED_ITEM_HEADING.match(entries[p][1])
    ]
    if not candidates:
        return None
    opening = set(content_keys(" ".join(entries[p][1] for p in body[:2])))
    counts: dict[str, int] = {}
    for _, text in entries:
        counts[_key(text)] = counts.get(_key(text), 0) + 1
    credited = _credited_prefixes(entries)
    breadcrumbed = {_next_kept(entries, reasons, p) for p, reason in reasons.items() if reason == BREADCRUMB_COPY}
    named = [p for p in candidates if p in breadcrumbed]
    if named:
        return named[0]
    shared = {p: len(set(content_keys(entries[p][1])) & opening) for p in candidates}
    for rank, position in enumerate(candidates):
        text = entries[position][1]
        if (counts[_key(text)] > 1 and not _is_site_name(text)) or _key(text) in credited:
            return position
        if shared[position] >= 2 and _outshared_by_a_later_title(entries, candidates[rank + 1 :], shared, position):
            continue
        if shared[position] >= 2 or (
            rank == 0
            and shared[position] == 1
            and not _section_label_before_a_title(entries, candidates, shared)
            and not _label_before_a_repeated_title(entries, candidates, counts)
        ):
            return position
    last = candidates[-1]
    if _next_kept(entries, reasons, last) == body[0] and shared[last]:
        return last
    return None


# What sits between a headline and its text, never under a paragraph: the writer, the date, the source.
_BETWEEN_TITLE_AND_TEXT = ("boilerplate: byline", "boilerplate: dateline", "boilerplate: source-line")


def _stopped_title(entries: list[tuple[int, str]], reasons: dict[int, str], kept: list[int]) -> int | None:
    """A headline printed with a full stop ("وزير الصيد: قطاع الصيد التقليدي غير منظم ويحتاج الكثير."),
    the page's first kept line but for a short label or two above it: one sentence of a headline's
    length (TITLE_MIN_WORDS to HEADLINE_MAX_WORDS words). It is the title when the page shows it: by a
    breadcrumb ending in it, or by a byline, dateline or source line right below it, which sit between a
    headline and its text, not under a short first paragraph (unless the page has more of them: a
    live blog dates each entry). A copy proves nothing: a page without a headline may print its
    first paragraph twice (batch 417's lebanontab)."""
    first = next((rank for rank, p in enumerate(kept[:3]) if not _is_short_label(entries[p][1])), None)
    if first is None:
        return None
    position = kept[first]
    text = entries[position][1]
    stripped = text.rstrip(CLOSING_QUOTES + " ")
    if not stripped.endswith(".") or not _title_like(stripped[:-1]) or len(_words(text)) < TITLE_MIN_WORDS:
        return None
    if _INNER_SENTENCE_END.search(stripped[:-1]):
        return None
    key = _key(text)
    if any(p in reasons and _key(entries[p][1]).endswith(" " + key) for p in range(position)):
        return position  # a breadcrumb ending in the headline
    below_reason = reasons.get(position + 1, "")
    if below_reason.startswith(_BETWEEN_TITLE_AND_TEXT) and list(reasons.values()).count(below_reason) == 1:
        return position  # once on the page: a live blog's dated entries each have one
    below = entries[kept[first + 1]][1] if first + 1 < len(kept) else ""
    if _names_a_source(below) and (not ends_sentence(below) or _agency_before_separator(below)):
        return position  # "تعز نيوز- تعز", "وكالة الغيمة الليبية للأخبار- طرابلس."
    return None


_INNER_SENTENCE_END = re.compile(rf"[{re.escape(FULL_STOPS)}](?:\s|$)")  # a full stop inside the line, not its end


def _is_short_label(text: str) -> bool:
    """A headline-like line too short to be a title: a site's or section's label."""
    return is_headline_like(text) and len(_words(text)) < TITLE_MIN_WORDS


def _outshared_by_a_later_title(entries: list[tuple[int, str]], later: list[int], shared: dict[int, int], position: int) -> bool:
    """A label's length (a caption or the site's name above the title: "مقر عمالة تطوان", "صحيفة صدى
    الشعب"), sharing its few words with the opening paragraphs, while a later candidate of a title's
    length shares more: that one is the title."""
    if len(_words(entries[position][1])) > NAV_ITEM_MAX_WORDS:
        return False
    return any(len(_words(entries[p][1])) >= TITLE_MIN_WORDS and shared[p] > shared[position] for p in later)


# A word running on after a final ة, which no Arabic word does: link texts a scrape glued together.
_RUNS_ON_AFTER_TAA_MARBUTA = re.compile(r"ة[\u0621-\u064a]")


def _runs_link_texts_together(text: str) -> bool:
    """A label's length, with a word running on after a final ة: a section and a tag glued together
    ("أجهزة الألعاب المنزليةسوني"), not a headline."""
    return len(_words(text)) <= NAV_ITEM_MAX_WORDS and bool(_RUNS_ON_AFTER_TAA_MARBUTA.search(text))


def _mark_site_names_above_text(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A site's name alone on its line above where the text starts ("هنا بريس", "مأرب برس"): the
    masthead, not a headline, even when no other headline is there to be the title ("رووداو ديجيتال"
    above the first paragraph, batch 295's rudaw). In the text, "قناة السويس" may head a paragraph."""
    for position, (_, text) in enumerate(entries):
        if position in reasons:
            continue
        if not is_headline_like(text):
            return  # the text starts
        if _is_site_name(text, word_at_an_end=True):
            reasons[position] = "boilerplate: the site's name above the text"


def _is_site_name(text: str, word_at_an_end: bool = False) -> bool:
    """A name of a few words with a news source's word ("بوابة البرلمان"): the site's, repeated in its
    masthead and below the title, never the title however often it recurs. With `word_at_an_end`,
    the word must open or close the name ("هنا بريس"); in a headline it may sit inside ("إغلاق قناة
    السويس")."""
    word_list = [normalise_for_match(word) for word in _words(text)]
    if not word_list or len(word_list) > NAV_ITEM_MAX_WORDS:
        return False
    named = (word_list[0], word_list[-1]) if word_at_an_end else word_list
    return any(word in cues.SOURCE_WORDS for word in named)


def _section_label_before_a_title(entries: list[tuple[int, str]], candidates: list[int], shared: dict[int, int]) -> bool:
    """The topmost candidate is a section's name ("أخبار الشرقية" above "محافظ الشرقية يفتتح مدرسة
    ..."), sharing one word with the text, and a later one shares two: that one is the title. (A tag
    page's "وسم: الانتخابات" stays its title.)"""
    return _names_a_news_section(entries[candidates[0]][1]) and any(shared[p] >= 2 for p in candidates[1:])


def _label_before_a_repeated_title(entries: list[tuple[int, str]], candidates: list[int], counts: dict[str, int]) -> bool:
    """The topmost candidate is a label's length ("سياحة و أثار", sharing a word with the text) and a
    later one, a title's length, is repeated by the page: that one is the title."""
    return len(_words(entries[candidates[0]][1])) <= NAV_ITEM_MAX_WORDS and any(
        counts[_key(entries[p][1])] > 1 and _may_be_the_title(entries[p][1]) for p in candidates[1:]
    )


def _is_long_title(entries: list[tuple[int, str]], kept: list[int]) -> bool:
    """The page's first line is a headline too long to look like one (21 to LONG_TITLE_MAX_WORDS
    words, a quotation in it, say): it ends no sentence, runs no headlines together, and the
    paragraphs right below it, which do end their sentences, share two content words with it."""
    text = entries[kept[0]][1]
    if not HEADLINE_MAX_WORDS < len(_words(text)) <= LONG_TITLE_MAX_WORDS or ends_sentence(text) or _runs_headlines_together(text):
        return False
    below = [entries[p][1] for p in kept[1 : 1 + TITLE_PART_WINDOW] if not is_headline_like(entries[p][1])]
    return bool(below) and ends_sentence(below[0]) and _shared_words(text, " ".join(below[:2])) >= 2


def _credited_prefixes(entries: list[tuple[int, str]]) -> set[str]:
    """Lines the page repeats with a few words added (a photo credit: "العنوان ح.م"), as the keys of
    the shorter form. A line naming a source after a separator ("وكالة الكوفة/ بغداد") is no credit."""
    prefixes: set[str] = set()
    for _, text in entries:
        if len(text) <= CREDITED_MAX_CHARS and not _SOURCE_SEPARATOR.search(text):
            tokens = _key(text).split()
            prefixes.update(" ".join(tokens[:-extra]) for extra in range(1, min(TITLE_SUFFIX_MAX_WORDS, len(tokens) - 1) + 1))
    return prefixes


def _title_like(text: str) -> bool:
    """Headline-like, or a short headline ending in "!", "?", an ellipsis or the two dots headlines pause
    with ("... بالعالم 2020.."), which a body line may also do."""
    stripped = text.rstrip(CLOSING_QUOTES + " ").rstrip("!?؟ ")
    if stripped.endswith((*ELLIPSES, "..")):
        stripped = stripped.rstrip(".… ")
    return bool(stripped) and is_headline_like(stripped)


def _main_body(entries: list[tuple[int, str]], kept: list[int]) -> list[int]:
    """The body lines from where the article's text starts: the first body line with another within
    its next two kept lines (a lone teaser sentence among menus above the headline is not it, nor
    is a short exclamation or question, which may be the headline, even when the text is one paragraph).

    On a page cut off a few words into its text, the last line is short but reads like a sentence:
    it is the body, and a ticker run together above it (see `_runs_headlines_together`) is not."""
    body = [p for p in kept if not is_headline_like(entries[p][1])]
    following = {p: kept[i + 1 : i + 3] for i, p in enumerate(kept)}
    for rank, position in enumerate(body):
        if not _title_like(entries[position][1]) and any(not is_headline_like(entries[q][1]) for q in following[position]):
            body = body[rank:]
            break
    else:
        if kept and kept[-1] not in body and _reads_like_sentence(entries[kept[-1]][1]):
            body.append(kept[-1])
        while len(body) > 1 and _title_like(entries[body[0]][1]):  # a question headline above the one paragraph
            body = body[1:]
    while len(body) > 1 and _runs_headlines_together(entries[body[0]][1]):  # a ticker above the headline is no text
        body = body[1:]
    return body


def _mark_labels_above(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], title: int | None) -> None:
    """Very short lines above the page's title (the section, the site's name, "breaking" labels; a
    section of news may take five words: "أخبار السوريين في المهجر"), and between the title and the
    first paragraph (the writer's name, the section, the site's name and city run together: "عنب
    بلديداريا"); a subheading there would be longer. One made only of the text's own words may be
    its subheading or its title: kept, marked (`_TextWords`)."""
    if title is None:
        return
    text_words = _TextWords(entries, reasons)
    for position in range(title):
        text = entries[position][1]
        if position not in reasons and (len(_words(text)) <= NAV_ITEM_MAX_WORDS or _names_a_news_section(text)) and not ends_sentence(text):
            _mark_label(text_words, position, text, reasons, unsure, "boilerplate: label")
        elif position not in reasons and _runs_headlines_together(text):
            reasons[position] = "boilerplate: ticker (headlines run together above the title)"
    below = _next_kept(entries, reasons, title)
    while below is not None and is_headline_like(entries[below][1]):
        text = entries[below][1]
        if _names_a_part_of_the_text(text):
            break  # "المقدمة": the text starts
        if len(_words(text)) <= NAV_ITEM_MAX_WORDS and not _run_of_title_words(text, entries[title][1]):  # that is a caption
            _mark_label(text_words, below, text, reasons, unsure, "boilerplate: label (a byline or section between the title and the text)")
        elif _is_writers_names(text):
            reasons[below] = "boilerplate: byline (writers' names between the title and the text)"
        elif _between_furniture(reasons, below, title) and not ends_sentence(text):
            reasons[below] = "boilerplate: caption (between the page's furniture, under the title)"
        elif _below_a_title_copy(entries, reasons, below, title) and not ends_sentence(text):
            reasons[below] = "boilerplate: caption (below the title's copy: an image's text, then its caption)"
        below = _next_kept(entries, reasons, below)


def _names_a_news_section(text: str) -> bool:
    """ "أخبار" and a word or two, or up to four with no digit: the news of a place or a people, a
    section's name. A digest's title names its day ("أخبار وتقارير يوم ٢٠ مايس")."""
    word_list = _words(text)
    if not word_list or normalise_for_match(word_list[0]) not in cues.SECTION_WORDS:
        return False
    return len(word_list) <= NAV_ITEM_MAX_WORDS or (len(word_list) <= NAV_ITEM_MAX_WORDS + 2 and not _DIGIT.search(text))


def _mark_label(text_words: _TextWords, position: int, text: str, reasons: dict[int, str], unsure: dict[int, str], reason: str) -> None:
    """A short line in a label's place goes as `reason`, unless the text has all its words: then it
    is kept and marked, or goes when the text quotes it whole (a name)."""
    if not text_words.has_all(text):
        reasons[position] = reason
    elif text_words.quotes(text):
        reasons[position] = "boilerplate: a name the text quotes (the site's), in a label's place"
    else:
        unsure[position] = OWN_WORDS_UNSURE


def _below_a_title_copy(entries: list[tuple[int, str]], reasons: dict[int, str], position: int, title: int) -> bool:
    """The line right above `position` is the title printed again and dropped (an image's
    alternative text): what follows it, before the text, is the image's caption."""
    above = position - 1
    return above != title and above in reasons and _key(entries[above][1]) == _key(entries[title][1])


def _between_furniture(reasons: dict[int, str], position: int, title: int) -> bool:
    """The lines right above and right below `position` went as the page's furniture (a share
    widget above, a byline below): not a deck, which sits under the title, nor a subheading, which
    heads the text."""
    return position - 1 != title and position - 1 in reasons and position + 1 in reasons


def _mark_colon_labels_above_text(
    entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], title: int | None
) -> None:
    """A name of a few words and a colon with no body text above it ("اليمن الإقتصادي :", "القسم:"):
    the source or a field left empty. Inside the text, such a line may introduce what follows, and
    so may one above a list of names ("المناطق المتأثرة:" on a page cut off above it): kept, unsure.
    One naming a part of the text ("المقدمة :") heads it: the text starts there."""
    for position, (_, text) in enumerate(entries):
        if position in reasons or position == title:
            continue
        if _names_a_part_of_the_text(text):
            return  # "المقدمة :": the text starts (batch 426's mandaean)
        if _ends_with_colon(text) and len(_words(text)) <= NAV_ITEM_MAX_WORDS:
            following = _next_kept(entries, reasons, position)
            if following is not None and _is_enumeration(entries[following][1]):
                unsure[position] = "unsure: a name and a colon above the text, but a list follows it"
            else:
                reasons[position] = "boilerplate: label (a name and a colon above the text)"
        elif not is_headline_like(text):
            return


def _mark_fields_among_dropped_fields(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A short field ("البلد: 🇲🇾 ماليزيا") between two fields that earlier rules dropped, above the
    text ("المصدر: Malay Mail" above it, "اليوم: السبت 25 مارس 2023" below; batch 361's samapost):
    the page's record of its source, place and day, not the text."""
    for position, (_, text) in enumerate(entries[:-1]):
        if position not in reasons and not is_headline_like(text):
            return  # the text has begun
        if position in reasons or not position or len(_words(text)) > NAV_ITEM_MAX_WORDS + 1 or not _FIELD_LINE.match(text):
            continue
        if all(near in reasons and _FIELD_LINE.match(entries[near][1]) for near in (position - 1, position + 1)):
            reasons[position] = "boilerplate: label (a field among the page's dropped fields)"


def _is_enumeration(text: str) -> bool:
    """Four or more short items parted by commas ("مركز حدود العمري، آبار حمزة، آبار المياه، ...")."""
    items = [item for item in re.split(r"[،,]", text) if item.strip()]
    return len(items) >= ENUMERATION_MIN_ITEMS and sorted(len(_words(item)) for item in items)[len(items) // 2] <= MENU_ITEM_MAX_WORDS


def _repeats_an_image_text(text: str) -> bool:
    """An image's text ("logo", "icon") three times or more between Arabic words: the image before
    each headline of a ticker, printed as its text."""
    return len(_IMAGE_TEXT.findall(text)) >= IMAGE_TEXT_MIN_REPEATS


_IMAGE_TEXT = re.compile(r"(?:^|(?<=\s))(?:logo|icon|img|image|thumbnail)(?=\s[\u0600-\u06ff])", re.IGNORECASE)


def _runs_headlines_together(text: str) -> bool:
    """A long line with no comma and no full stop: headlines a ticker ran together with single spaces
    (a paragraph of that length has a comma or a full stop; a page's opening paragraph may not, so
    only a line above the title is judged this way)."""
    return len(_words(text)) >= TICKER_RUN_MIN_WORDS and "،" not in text and ", " not in text and not _FULL_STOP.search(text)


_FULL_STOP = re.compile(r"(?<!\.)\.(?!\.)")  # a single full stop, not the ".." of a headline


def _names_a_source(text: str) -> bool:
    """A short line joining a source's name and its desk or city with a separator ("شفق نيوز- بغداد"),
    perhaps with its date between ("“الواقع الجديد ” الاثنين 13 ابريل 2020م/خاص")."""
    return _undated_word_count(text) <= SOURCE_LINE_MAX_WORDS and bool(_SOURCE_SEPARATOR.search(text))


def _undated_word_count(text: str) -> int:
    """How many words `text` has outside a date ("13 ابريل 2020", "28/11/2021 02:32:14"). Only a line
    a date could bring down to a source line's length is searched: most lines are body text, far longer."""
    count = len(_words(text))
    if SOURCE_LINE_MAX_WORDS < count <= SOURCE_LINE_MAX_WORDS + cues.DATE_MAX_WORDS:
        return len(_words(cues.DATE.sub(" ", text)))
    return count


def is_source_dateline(text: str) -> bool:
    """A source's name with a news source's word, a separator and a place ("أفريقيا برس – المغرب."):
    the segmenter asks it of a paragraph's first sentence. Without such a word ("الأهلي – الزمالك.")
    the sentence says what the paragraph is about."""
    word_list = _words(text)
    return (
        len(word_list) <= DATELINE_MAX_WORDS
        and _names_a_source(text)
        and any(normalise_for_match(w) in cues.SOURCE_WORDS for w in word_list)
    )


def _mark_source_lines(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], title: int | None) -> None:
    """A short line naming the source above a paragraph ("صوت عدن/ خاص:", "تشرين- سامر الشغري"):
    names joined by a slash, dash or underscore. A short line ending in a colon may introduce the
    text below it, so it is only marked unsure. The source's name alone on another line goes too."""
    names: set[str] = set()
    for position, (_, line) in enumerate(entries):
        if position in reasons or position == title:
            continue
        if _closes_in_brackets(line):
            line = cues.PHOTOS_CREDITED.sub("", line)  # "زايد جرو - الرشيدية / جديد انفو ( الصور من ...)"
        if _undated_word_count(line) > SOURCE_LINE_MAX_WORDS:  # trailing dots are no words
            continue
        text = _without_trailing_dots(_DOTS_AFTER_SEPARATOR.sub(r"\1", line))  # "أنفوبلس/..", "المعلومة/ بغداد..": no sentence's end
        if ends_sentence(text.rstrip(":： ")) and not _agency_before_separator(text):
            continue
        following = _next_kept(entries, reasons, position)
        if following is None or is_headline_like(entries[following][1]):
            continue
        if _names_a_source(text):
            reasons[position] = "boilerplate: source-line"
            names.add(_key(_SEPARATOR.split(text, maxsplit=1)[0]))
        elif _ends_with_colon(text) and not _shares_words(text, entries[following][1]):
            unsure[position] = "unsure: a short line ending in a colon, like a source line"
    for position, (_, text) in enumerate(entries):  # the same source named alone on another line
        if position not in reasons and position != title and _key(text) in names and len(_words(text)) <= SOURCE_LINE_MAX_WORDS:
            reasons[position] = "boilerplate: source-line"


_SEPARATOR = re.compile(r"[/_\-–=]")  # between a source's name and its desk, city or writer
_DOTS_AFTER_SEPARATOR = re.compile(rf"({_SEPARATOR.pattern})\s*[.…]+\s*$")


def _agency_before_separator(text: str) -> bool:
    """A news source's word before the first separator ("وكالة الغيمة الليبية للأخبار- طرابلس."): a
    dateline, whose full stop does not make it a sentence."""
    name = _SEPARATOR.split(text, maxsplit=1)[0]
    return any(normalise_for_match(word) in cues.SOURCE_WORDS for word in _words(name))


def _without_trailing_dots(text: str) -> str:
    """`text` without two dots or more, or an ellipsis, trailing off at its end (linear: no regex
    backtracking over a long run of spaces)."""
    end = text.rstrip()
    if end.endswith("…"):
        return end[:-1].rstrip()
    bare = end.rstrip(".")
    return bare.rstrip() if len(end) - len(bare) >= 2 else text


# "الخرطوم=^المندرة نيوز^": the name may come in marks of its own
_SOURCE_SEPARATOR = re.compile(
    rf"{_LETTER}\s*{_SEPARATOR.pattern}\s*[\^*«“\"]?\s*{_LETTER}|{_LETTER}\.*\s*{_SEPARATOR.pattern}\s*[:：]?\s*$"  # "الثورة نت../"
)


def _mark_contained_repeats(entries: list[tuple[int, str]], reasons: dict[int, str], title: int | None) -> None:
    """A line of CONTAINED_MIN_WORDS words or more whose words all recur, in order, inside a longer
    kept line: a standfirst or teaser repeating the text (nothing is lost by leaving it out). A longer
    line that closes on WordPress's excerpt mark ("[…]") is itself the copy, and goes instead."""
    keys = {p: _key(entries[p][1]) for p in range(len(entries)) if p not in reasons}
    tokens = {p: key.split() for p, key in keys.items()}
    openings: dict[tuple[str, ...], list[int]] = {}  # first words of each line that could be contained
    for position, words_of in tokens.items():
        if position != title and len(words_of) >= CONTAINED_MIN_WORDS:
            openings.setdefault(tuple(words_of[:CONTAINED_MIN_WORDS]), []).append(position)
    if not openings:
        return
    first_words = {opening[0] for opening in openings}
    containers: dict[int, list[int]] = {}  # contained line -> longer lines where its opening recurs
    for other, words_of in tokens.items():
        for start in range(len(words_of) - CONTAINED_MIN_WORDS + 1):
            if words_of[start] in first_words:
                for position in openings.get(tuple(words_of[start : start + CONTAINED_MIN_WORDS]), ()):
                    if position != other and len(keys[other]) > len(keys[position]):
                        containers.setdefault(position, []).append(other)
    for position, others in sorted(containers.items()):
        key = keys[position]
        following = _next_kept(entries, reasons, position)
        heading = is_headline_like(entries[position][1]) and _heads_following_body(entries, reasons, position)
        for other in others:
            if other in reasons or not _contains(keys[other], key):
                continue
            if heading and other != following:
                break  # a subheading may repeat words of a long title: it heads its own text
            if cues.EXCERPT_MORE.search(entries[other][1]):
                reasons[other] = "duplicate: an excerpt of the text, cut off with '[…]'"
                continue  # the longer line is the copy: the text stays
            reasons[position] = "duplicate: repeats part of a longer line"
            break


def _contains(container: str, key: str) -> bool:
    """`key`'s words recur in order inside `container`, or open it with the last one cut short (a
    copy cut off mid-word: "... في طريقها إلى جزي")."""
    return f" {key} " in f" {container} " or container.startswith(key)


def _mark_title_repeats(entries: list[tuple[int, str]], reasons: dict[int, str], title: int | None) -> None:
    """The title again: broken over two lines; right below it, a run of its own words cut short
    ("القمة العربية بشرم", the lead photo's alternative text: a subheading there would say something
    the title does not), or a line or two further, its second half; anywhere, with a few words added
    (a photo credit, the site's name): a caption."""
    if title is None:
        return
    title_key = _key(entries[title][1])
    title_stems = content_keys(entries[title][1])
    for first in range(title + 1, len(entries)):  # the title again, broken over two lines
        if first in reasons:
            continue
        second = _next_kept(entries, reasons, first)  # scans the dropped run after a kept line once: linear
        if second is None or not is_headline_like(entries[second][1]):
            continue
        if content_keys(entries[first][1]) + content_keys(entries[second][1]) == title_stems and content_keys(entries[first][1]):
            reasons[first] = reasons[second] = "duplicate: the title again, over two lines"
    above, below = title, _next_kept(entries, reasons, title)
    for rank in range(TITLE_PART_WINDOW):  # right below: a caption; a line or two further: the headline's second half again
        if below is None:
            break
        text = entries[below][1]
        part = 2 <= len(content_keys(text)) < len(title_stems) and _run_of_title_words(text, entries[title][1])
        # below a paragraph of the text, heading more of it: a subheading, which may repeat the title's words
        subheading = rank > 0 and _is_a_paragraph(entries[above][1]) and _heads_following_body(entries, reasons, below)
        if part and not subheading and (is_headline_like(text) if rank == 0 else _title_like(text)):
            reasons[below] = "boilerplate: caption (part of the title)" if rank == 0 else "duplicate: part of the title"
        elif rank == 0 and is_headline_like(text) and _rewords_the_title_end(content_keys(text), title_stems):
            reasons[below] = "boilerplate: caption (the title again, its last words changed)"
        elif rank == 0 and is_headline_like(text) and _cuts_a_run_from_the_title(content_keys(text), title_stems):
            reasons[below] = "boilerplate: caption (the title again, a run of its words cut out)"
        above, below = below, _next_kept(entries, reasons, below)
    for position, (_, text) in enumerate(entries):
        if position != title and position not in reasons and _adds_a_few_words(title_key, _key(text)):
            reasons[position] = "boilerplate: caption (the title and a credit)"


def _adds_a_few_words(short_key: str, long_key: str) -> bool:
    """`long_key` is `short_key` with one to TITLE_SUFFIX_MAX_WORDS words added at its end (a credit)."""
    return long_key.startswith(f"{short_key} ") and 0 < len(long_key.split()) - len(short_key.split()) <= TITLE_SUFFIX_MAX_WORDS


def _rewords_the_title_end(keys: tuple[str, ...], title_keys: tuple[str, ...]) -> bool:
    """`keys` open with most of the title's, in order, and change or drop at most its last
    TITLE_REWORDED_MAX_WORDS ("... إثر منشوراً على الفيس" under "... إثر منشور على فيسبوك"): the lead
    image's alternative text, not a deck, which says what the title does not."""
    shared = next(
        (i for i, (key, title_key) in enumerate(zip(keys, title_keys, strict=False)) if key != title_key), min(len(keys), len(title_keys))
    )
    return (
        len(keys) <= len(title_keys)
        and shared < len(title_keys)  # the title's very words (with a credit, say) are other rules'
        and shared >= max(TITLE_REWORDED_MIN_SHARED, len(title_keys) - TITLE_REWORDED_MAX_WORDS)
        and len(keys) - shared <= TITLE_REWORDED_MAX_WORDS
    )


def _cuts_a_run_from_the_title(keys: tuple[str, ...], title_keys: tuple[str, ...]) -> bool:
    """`keys` are the title's with one run of words cut from its middle, at least
    TITLE_REWORDED_MIN_SHARED of them opening it ("... يوزع سلات غذائية في العراق" under "... يوزع
    سلات غذائية لـِ 26 ألف مستفيد في العراق"): the lead image's alternative text, which says nothing
    the title does not."""
    cut = len(title_keys) - len(keys)
    return (
        len(keys) > TITLE_REWORDED_MIN_SHARED
        and cut > 0
        and any(keys == title_keys[:opening] + title_keys[opening + cut :] for opening in range(TITLE_REWORDED_MIN_SHARED, len(keys)))
    )


def _run_of_title_words(text: str, title: str) -> bool:
    """`text`'s content words are a run of the title's, in order ("القمة العربية بشرم" in "نص البيان
    الختامي للقمة العربية بشرم الشيخ"): a caption or a repeat of part of the title."""
    return f" {' '.join(content_keys(text))} " in f" {' '.join(content_keys(title))} "


def _mark_captions(entries: list[tuple[int, str]], reasons: dict[int, str], title: int | None) -> None:
    """A short headline-like line opening like a photo caption ("جانب من الاجتماع", "من فعاليات
    المعرض"), but the title: a subheading does not open that way. And a short line repeated on the
    next with a few words more ("برلمان مصر خلال عصر" / "برلمان مصر خلال عصر الملكية، فيتو"): an
    image's cut alternative text above its caption and credit (the title with a credit is kept)."""
    for position, (_, text) in enumerate(entries):
        if position in reasons or position == title or not is_headline_like(text) or len(_words(text)) > PHOTO_CAPTION_MAX_WORDS:
            continue
        if cues.CAPTION_OPENING.search(text):
            reasons[position] = "boilerplate: caption"
    for position in range(len(entries) - 1):  # an image's cut alternative text, then its caption with a credit
        following = position + 1
        if following in reasons or title in (position, following):
            continue  # the cut text may have gone already (with the title, it ran three short lines together)
        short, long = entries[position][1], entries[following][1]
        if not (is_headline_like(short) and is_headline_like(long)) or len(_words(long)) > PHOTO_CAPTION_MAX_WORDS:
            continue
        if _adds_a_few_words(_key(short), _key(long)):
            reasons.setdefault(position, "boilerplate: caption (cut, then whole on the next line)")
            reasons[following] = "boilerplate: caption (with a credit)"


def _mark_inserted_headlines(entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], title: int | None) -> None:
    """A headline between two body paragraphs that shares no word with either: perhaps a link to
    another article placed inside the text. It may also be a subheading, so it is kept, marked."""
    for position, (_, text) in enumerate(entries):
        if position in reasons or position == title or not is_headline_like(text):
            continue
        before, after = _next_kept(entries, reasons, position, -1), _next_kept(entries, reasons, position)
        if before is None or after is None:
            continue
        neighbours = [entries[before][1], entries[after][1]]
        if all(not is_headline_like(n) and not _shares_words(text, n) for n in neighbours):
            unsure[position] = "unsure: a headline inside the text that shares no word with it"


def _is_ticker(raw: str) -> bool:
    """Headlines run together on one line, parted by wide gaps or bars (a scraped news ticker)."""
    items = [item for item in _TICKER_GAP.split(raw.strip()) if item.strip()]
    return len(items) >= TICKER_MIN_ITEMS and sum(is_headline_like(item.strip()) for item in items) >= 0.75 * len(items)


_TICKER_GAP = re.compile(r"\s{3,}|\s*\|\s*")


def _has_nav_separator(text: str) -> bool:
    """Menus and breadcrumbs join items with | / » > and similar marks (a dash alone is a dateline)."""
    return any(mark in text for mark in ("|", "»", ">", "›", " / ", "·", "•"))


def _above_furniture_at_the_top(reasons: dict[int, str], first_kept: int, earlier: int, later: int, copies: int) -> bool:
    """The `earlier` copy of a line printed twice is the page's first kept line and only dropped
    lines (a date, a byline) stand between it and the `later` one: a description the text repeats.
    Printed three times, it is the title and its copies; printed on the next line, a paragraph
    printed twice, whose first copy stays."""
    return copies == 2 and earlier == first_kept and later - earlier >= 2 and all(p in reasons for p in range(earlier + 1, later))


def _mark_repeats(entries: list[tuple[int, str]], reasons: dict[int, str], read_also_titles: set[str], list_items: set[int]) -> None:
    """Lines repeating a 'read also' headline, exact repeats of an earlier kept line, and a short line
    repeated on the very next line (an image's alternative text above its caption) unless it is
    the first kept line of the page, or the first with only labels above it, or printed a third time
    further down: the title, repeated below it as a breadcrumb, a caption or a share line. A paragraph
    repeated across a headline keeps its later copy, in the text (the earlier is a description), and
    so does a line printed first as a list's item (`list_items`, by line number: "4. <headline>", the
    last item of a breadcrumb) and then alone, and a paragraph printed twice, first at the top of the
    page and again below furniture already dropped (its date: batch 417's lebanontab)."""
    titles = {_key(t) for t in read_also_titles}
    seen: dict[str, tuple[int, int]] = {}  # key -> the occurrence kept so far, and the kept headlines up to it
    headlines = 0  # kept headline-like lines passed so far: one between two copies makes the first a description
    first_kept = next((p for p in range(len(entries)) if p not in reasons), -1)  # this pass only marks later lines
    # the first kept line longer than a label: with only labels above it ("أخبار الوشم"), it is the title
    first_long = next((p for p in range(len(entries)) if p not in reasons and len(_words(entries[p][1])) > NAV_ITEM_MAX_WORDS), -1)
    # words a scrape glued together still repeat ("عبدالاميرالركابي")
    keys = [_key(text).replace(" ", "") for _, text in entries]
    copies = Counter(key for position, key in enumerate(keys) if position not in reasons)
    for position, (_, text) in enumerate(entries):
        if position in reasons:
            continue
        key = keys[position]
        headline = is_headline_like(text)
        if _key(text) in titles:
            reasons[position] = "boilerplate: read-also"
        elif key in seen and not headline and headlines > seen[key][1]:
            # a paragraph above the headline that recurs in the text below: the page's description
            reasons[seen[key][0]] = "duplicate: a description above the headline, repeated in the text"
            seen[key] = (position, headlines)
        elif key in seen and not headline and _above_furniture_at_the_top(reasons, first_kept, seen[key][0], position, copies[key]):
            # the page's first line, then only its furniture (a date), then the line again: a description
            reasons[seen[key][0]] = "duplicate: a description above the page's date or byline, repeated in the text"
            seen[key] = (position, headlines)
        elif key in seen and entries[seen[key][0]][0] in list_items and entries[position][0] not in list_items:
            earlier = seen[key][0]
            reasons[earlier] = "duplicate: the line as a list's item (a breadcrumb's last) above it"
            headlines -= is_headline_like(entries[earlier][1])  # counted when passed, dropped now
            seen[key] = (position, headlines + headline)
        elif key in seen:
            reasons[position] = DUPLICATE_REASON
            previous = position - 1
            if (
                previous > first_kept
                and previous != first_long
                and previous not in reasons
                and _key(entries[previous][1]) == _key(text)
                and headline
                and copies[key] < 3
            ):
                reasons[previous] = "boilerplate: caption (repeated on the next line)"
                headlines -= 1  # counted when passed, dropped now
        else:
            seen[key] = (position, headlines + headline)  # itself counted: only a headline after it lies between
        headlines += headline and position not in reasons


def _mark_site_name_around_text(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """The site's name above the text that the page prints again below its last paragraph ("سام برس"
    first and last): a name with a news source's word (`_is_site_name`), never the page's title."""
    body = [p for p in range(len(entries)) if p not in reasons and not is_headline_like(entries[p][1])]
    if not body:
        return
    below = {_key(text) for _, text in entries[body[-1] + 1 :] if _is_site_name(text)}
    for position in range(body[0]):
        text = entries[position][1]
        if position not in reasons and _key(text) in below and _is_site_name(text):
            reasons[position] = "boilerplate: the site's name (above the text and again below it)"


_ITEM_MARKS = "-•*"  # a list item's bullet, as pages print it
_LIST_ITEM = re.compile(rf"^\s*[{re.escape(_ITEM_MARKS)}]\s+(?=\S)")  # a bullet: a list's item, as the page printed it
_NUMBERED_ITEM = re.compile(r"^\s*\d{1,2}[.)]\s+\S")  # a numbered list's item: "4. ..." (a breadcrumb's last)


def _mark_list_items_above_text(entries: list[tuple[int, str]], reasons: dict[int, str], title: int | None, bulleted: set[int]) -> None:
    """A line printed as a list's item ("- ", "• ") above the article's text that shares no content
    word with its opening paragraphs: a menu entry, a ticker item or a widget's, not the title."""
    if not bulleted:
        return
    kept = [p for p in range(len(entries)) if p not in reasons]
    body = _main_body(entries, kept)
    if not body:
        return
    opening = set(content_keys(" ".join(entries[p][1] for p in body[:3])))
    for position in kept:
        if position >= body[0]:
            break
        if (
            position == body[0] - 1 > 0
            and entries[position - 1][0] not in bulleted
            and len(_words(entries[position][1])) <= BULLET_HEADING_MAX_WORDS
        ):
            continue  # one short bullet alone right above the text heads it ("* مقدمة نشرة أخبار ..."), no ticker's item
        if position != title and entries[position][0] in bulleted and not set(content_keys(entries[position][1])) & opening:
            reasons[position] = "boilerplate: a list's item above the text (no word of it in the text)"


def _mark_teaser_above_text(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A headline and, right below it, a teaser cut off with an ellipsis, right above the page's text,
    neither sharing two content words with its opening paragraphs: another article's, listed above
    this one ("الصحفيين الجنوبيين تطالب ..." / "نددت نقابة الصحفيين ... وزارة الشؤون الاجتماعية...",
    batch 294's adnlng). A standfirst cut off that way repeats the text's words; on a listing page,
    where teasers follow one another, they are the page's content."""
    kept = [p for p in range(len(entries)) if p not in reasons]
    teasers = [p for p in kept if _is_ellipsis_teaser(entries[p][1])]
    if len(teasers) != 1:
        return  # most pages have none (the body is not looked for); a listing's teasers follow one another
    body = _main_body(entries, kept)
    rank = kept.index(body[0]) if body else 0
    if rank < 2 or kept[rank - 1] != teasers[0] or not is_headline_like(entries[kept[rank - 2]][1]):
        return
    headline, teaser = kept[rank - 2], teasers[0]
    opening = " ".join(entries[p][1] for p in body[:3])
    if _shared_words(entries[headline][1], opening) < 2 and _shared_words(entries[teaser][1], opening) < 2:
        reasons[headline] = "boilerplate: teaser above the text (another article's headline)"
        reasons[teaser] = "boilerplate: teaser above the text (another article's, cut off)"


def _mark_author_boxes(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A name of a few words (perhaps printed twice) right above a writer's role ("ناصر الصرامي" /
    "إعلامي سعودي وكاتب صحفي"): an author box, wherever it sits, never the page's title."""
    for position, (_, text) in enumerate(entries):
        name = _words(text)
        if position in reasons or not 2 <= len(name) <= NAV_ITEM_MAX_WORDS or not _names_only(text, name):
            continue
        below = position + 1
        while below < len(entries) and _key(entries[below][1]) == _key(text):
            below += 1
        if below < len(entries) and below not in reasons and _is_writers_role(entries[below][1]):
            for line in range(position, below):
                reasons[line] = "boilerplate: the writer's name (an author box)"
            reasons[below] = "boilerplate: the writer's role (an author box)"


# the bar or spaced dash between a document title's headline and the site's name
_NAME_SEPARATOR = re.compile(r"\||\s[-–—]\s")


def _mark_named_title_copies(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A line that is another line of the page with the site's name run on across a bar or a spaced
    dash ("masatalemi|الحكومة: ...", "... | عربي21", "... - صوت الضفتين"): the document's title, a
    copy of the page's headline."""
    separated = {position for position, (_, text) in enumerate(entries) if position not in reasons and _NAME_SEPARATOR.search(text)}
    keys = {_key(text) for position, (_, text) in enumerate(entries) if position not in reasons and position not in separated}
    for position in sorted(separated):
        text = entries[position][1]
        separators = list(_NAME_SEPARATOR.finditer(text))
        head, tail = text[: separators[0].start()], text[separators[0].end() :]
        rest, name = text[: separators[-1].start()], text[separators[-1].end() :]
        if (_is_a_name(head) and _key(tail) in keys) or (_is_a_name(name) and _key(rest) in keys):
            reasons[position] = "duplicate: the headline with the site's name"


def _is_a_name(text: str) -> bool:
    """A few words with a letter: a site's name (a number run on is an id, another rule's)."""
    return len(_words(text)) <= NAV_ITEM_MAX_WORDS and _ANY_LETTER.search(text) is not None


BREADCRUMB_COPY = "duplicate: the headline with a breadcrumb in front"


def _mark_breadcrumb_title_copies(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A line that is the next line's headline with a few labels run on in front, glued or not
    ("الرئيسيةاشراقات عربيةالتعليم والجامعاتتصنيف التايمز ..." above "تصنيف التايمز ..."): a
    breadcrumb ending in the page's headline. The headline stays; the breadcrumb goes. (The labels
    are fewer words than the headline: a title whose second half recurs below is no breadcrumb.)
    Also the headline printed again below it with a section's name put between its parts."""
    upwards = range(len(entries) - 1, -1, -1)  # each line against the next kept line below it
    _mark_copies_of_neighbour(entries, reasons, upwards, _is_breadcrumb_of, BREADCRUMB_COPY)
    downwards = range(len(entries))  # each line against the kept line above it
    reason = "duplicate: the headline again, a section's name between its parts"
    _mark_copies_of_neighbour(entries, reasons, downwards, _is_headline_with_sections_between, reason)


def _mark_copies_of_neighbour(
    entries: list[tuple[int, str]], reasons: dict[int, str], order: Iterable[int], is_copy: Callable[[str, str], bool], reason: str
) -> None:
    """In one linear pass in `order`, drop a kept line that `is_copy` of the last kept line before it."""
    neighbour: int | None = None
    for position in order:
        if position in reasons:
            continue
        if neighbour is not None and is_copy(entries[position][1], entries[neighbour][1]):
            reasons[position] = reason
            continue
        neighbour = position


def _is_headline_with_sections_between(text: str, headline: str) -> bool:
    """`text` holds the parts of `headline` ("جريدة صيدونيانيوز.نت / مقدمات ...") in order, with a few
    words of labels between or around them ("... / أخبار لبنان / ..."): a breadcrumb's copy of it."""
    if not (is_headline_like(text) and is_headline_like(headline) and _has_nav_separator(headline)):
        return False  # most lines are paragraphs: no split for them
    headline_parts = [_key(part) for part in cues.NAV_SEPARATORS.split(headline) if part.strip()]
    text_parts = [_key(part) for part in cues.NAV_SEPARATORS.split(text) if part.strip()]
    if len(headline_parts) < 2 or len(_words(headline)) < BREADCRUMB_HEADLINE_MIN_WORDS or len(text_parts) <= len(headline_parts):
        return False
    remaining = iter(text_parts)
    in_order = all(any(part == later for later in remaining) for part in headline_parts)
    labels = len(_words(text)) - len(_words(headline))
    return in_order and 0 < labels <= BREADCRUMB_MAX_LABEL_WORDS


def _is_breadcrumb_of(text: str, headline: str) -> bool:
    """`text` is `headline` (spaces aside) with fewer words than it in front, both headline-like (or
    title-like: a headline may end in "!" or "?", and its breadcrumb with it; batch 405's adoulis)."""
    headline_words = len(_words(headline))
    if headline_words < BREADCRUMB_HEADLINE_MIN_WORDS or not _title_like(text) or not _title_like(headline):
        return False
    letters, tail = _key(text).replace(" ", ""), _key(headline).replace(" ", "")
    labels = len(_words(text)) - headline_words
    return len(letters) > len(tail) and letters.endswith(tail) and 0 < labels <= min(BREADCRUMB_MAX_LABEL_WORDS, headline_words - 1)


def _mark_lone_words_above_text(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A single word alone on a line above the page's first paragraph: a section, the site's name or
    a widget ("كرونو", "طباعة", "الأخبار"); a headline has more words. (On every training page, each
    such line is boilerplate.)"""
    for position, (_, text) in enumerate(entries):
        if position in reasons:
            continue
        if not is_headline_like(text) or _names_a_part_of_the_text(text):
            return  # the text starts ("المقدمة" heads it)
        if len(_words(text)) == 1:
            reasons[position] = "boilerplate: label (one word above the text)"


def _mark_closing_colon_label(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """The page's last line, a few words ending in a colon below the text, with nothing after it to
    introduce: a widget's label ("عرض المحتوى حسب:"). Words of saying or joining ("وقال الوزير:") and
    "as follows" ("على النحو التالي:") open a quotation or a list that the page cut off: such a line stays."""
    last = _last_line_below_text(entries, reasons)
    if last is None:
        return
    text = entries[last][1]
    folded = [normalise_for_match(word) for word in _words(text)]
    if (
        _ends_with_colon(text)
        and len(folded) <= NAV_ITEM_MAX_WORDS
        and not any(word in cues.CONTINUATION_WORDS or word in cues.AS_FOLLOWS for word in folded)
    ):
        reasons[last] = "boilerplate: label (a colon with nothing after it)"


def _mark_closing_video_teaser(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """The page's last line below the text, a headline opening with "watch" ("شاهد الحكم يلغي هدفًا
    لريال مدريد"): a link to a video of another story. (An eyewitness, "شاهد عيان", is no link.)"""
    last = _last_line_below_text(entries, reasons)
    if last is not None and is_headline_like(entries[last][1]) and cues.WATCH_TEASER.match(entries[last][1]):
        reasons[last] = "boilerplate: read-also (a video's link)"


def _mark_trailing_list(
    entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], read_also_titles: set[str]
) -> None:
    """Headline-like lines after the last body sentence form a related-articles list (with the
    headlines ending in "!" or "?" under a bare bullet, see `_under_a_bare_bullet`)."""
    if not any(p not in reasons and not is_headline_like(entries[p][1]) for p in range(len(entries))):
        return  # no body at all: nothing to call a trailing list
    trailing: list[int] = []
    for position in reversed(range(len(entries))):
        text = entries[position][1]
        if position not in reasons and not is_headline_like(text) and not (_title_like(text) and _under_a_bare_bullet(entries, position)):
            break
        trailing.append(position)
    titles = {_key(t) for t in read_also_titles}
    repeats = any(_key(entries[p][1]) in titles for p in trailing)
    if trailing and _introduced_by_the_text(entries, reasons, trailing[-1]):
        return  # the text introduces what follows ("... نص كلمة الملك:"): the end of the article, not a list
    headlines = [p for p in trailing if p not in reasons and unsure.get(p) != OWN_LIST]
    sentences = [p for p in headlines if _reads_like_sentence(entries[p][1]) and _key(entries[p][1]) not in titles]
    headlines = [p for p in headlines if p not in sentences]  # a paragraph cut short is no list entry
    # the page's last line stopping mid-sentence (one letter into a word, or on "إلى") is where the capture was
    # cut, most often inside a paragraph ("السكان" / "وفق سجلات الأونروا ي"): it makes no list of one line
    # above it; both stay, marked
    if len(headlines) == 2 and not repeats and headlines[0] == len(entries) - 1 and _cut_mid_sentence(entries[-1][1]):
        unsure.update(dict.fromkeys(headlines, CUT_SHORT_TAIL))
        return
    if headlines and ((len(trailing) >= 2 and repeats) or len(headlines) >= 2):
        own = not repeats and _follows_the_text(entries, reasons, trailing[-1])  # no header, on the text's subject
        unheaded = not repeats and not any(p in reasons for p in trailing if p < min(headlines))  # right below the text
        for position in headlines:
            if own:
                unsure[position] = OWN_LIST  # perhaps the text's own end, or its points
            elif unheaded and (
                _may_be_text(entries[position][1]) or (position == len(entries) - 1 and _cut_mid_sentence(entries[position][1]))
            ):
                unsure[position] = UNHEADED_LIST
            else:
                reasons[position] = "boilerplate: related-list"
        for position in sentences:
            unsure[position] = "unsure: in a list of headlines, but reads like a sentence"


def _under_a_bare_bullet(entries: list[tuple[int, str]], position: int) -> bool:
    """The line just above is a list's bullet alone ("-"): this line is a list item, though it ends
    in "!" or "?" as a headline may (a widget of other articles printed one bullet per line)."""
    return position > 0 and entries[position - 1][1].strip() in _BARE_BULLETS


_BARE_BULLETS = frozenset(_ITEM_MARKS)
_BARE_MORE_LINK = re.compile(rf"^(?:{cues.READ_VERB}\s+)?(?:المزيد|مزيد)\s*[.…»«›\-–]*$")  # "اقرأ المزيد" alone


def _mark_headline_above_more_link(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """After the last paragraph, one headline and then a bare "read more" link closing the page: the
    link's article, another than this one (a section page's items have their teaser between the two)."""
    last = len(entries) - 1  # the link: nothing after it is kept
    while last >= 0 and last in reasons and not _BARE_MORE_LINK.match(entries[last][1].strip()):
        last -= 1
    headline = last - 1
    if headline < 0 or last not in reasons or headline in reasons or not is_headline_like(entries[headline][1]):
        return
    above = _next_kept(entries, reasons, headline, -1)
    if above is not None and not is_headline_like(entries[above][1]):
        reasons[headline] = "boilerplate: read-also (a headline above its 'read more' link)"


def _last_line_below_text(entries: list[tuple[int, str]], reasons: dict[int, str]) -> int | None:
    """The page's last kept line when the kept line above it is a paragraph, else None."""
    last = _next_kept(entries, reasons, len(entries), -1)
    before = _next_kept(entries, reasons, last, -1) if last is not None else None
    return last if before is not None and not is_headline_like(entries[before][1]) else None


_LIST_BULLETS = ("•", "·", "▪", "●", "◾", "◦")
_DETACHED_PREFIXES = frozenset("وفبلك")  # a conjunction or preposition written apart ("و قال"): no initial


def _joins_a_sentence(folded_word: str) -> bool:
    """A folded word that only joins a sentence: a continuation word ("حيث", "في"), or one after "و" or
    "ف" ("وفي", "فمن"), which no name is."""
    if folded_word in cues.CONTINUATION_WORDS:
        return True
    rest = folded_word[1:]
    return folded_word[:1] in ("و", "ف") and (rest in cues.CONTINUATION_WORDS or rest in STOPWORDS)


def _mark_closing_signature(
    entries: list[tuple[int, str]], reasons: dict[int, str], unsure: dict[int, str], title: int | None, bulleted: set[int]
) -> None:
    """A name of a few words alone after the last paragraph: the site's or the writer's signature
    ("بيروت نيوز"; up to six words when it names a news source). A subheading would have text below it;
    words all found in the text may be the text cut short ("الفريق"): kept, marked. A line the page
    printed as an item of a kept list ("- مركز القابل الصحي", batch 453's tamol) is its last item. A
    longer author-box line naming the writer's outlet (`_is_writers_bio`) goes below a subheading too."""
    final = _next_kept(entries, reasons, len(entries), -1)
    if final is not None and final != title and _is_writers_bio(entries[final][1]):
        reasons[final] = "boilerplate: signature (the writer's role after the text)"  # below a paragraph or a subheading
        return
    last = _last_line_below_text(entries, reasons)
    if last is None or last == title:
        return
    text = entries[last][1]
    if text.lstrip().startswith(_LIST_BULLETS) or _ends_a_kept_list(entries, reasons, last, bulleted):
        return  # a list's last item (cut short, perhaps), never a name
    word_list = _words(text)
    if _is_writers_role(text):
        reasons[last] = "boilerplate: signature (the writer's role after the text)"
        return
    if 2 <= len(word_list) <= INITIALS_MAX_LETTERS and all(len(word) == 1 and not word.isdigit() for word in word_list):
        reasons[last] = "boilerplate: signature (the editor's initials)"  # "م،أ", "ع.ع"
        return
    folded = [normalise_for_match(word) for word in word_list]
    if len(folded) >= 2 and folded[0][:1] in ("و", "ف") and folded[-1] == "ال":
        return  # "وعاد جسر ال": "and" opening, a bare article closing: the text's next sentence, cut off
    if 2 <= len(word_list) <= NAV_ITEM_MAX_WORDS + 1 and folded[0] in ("عن", "حول") and _names_only(text, word_list[1:]):
        reasons[last] = "boilerplate: signature (the writer's box: about the writer)"  # "عن Z.T"
        return
    longest = SOURCE_LINE_MAX_WORDS if any(word in cues.SOURCE_WORDS for word in folded) else NAV_ITEM_MAX_WORDS  # "وكالة معراج للأنباء"
    if not is_headline_like(text) or len(word_list) > longest or _DIGIT.search(text):
        return
    # no function word: "فيما أك" is a sentence cut short, not a name; nor is "وتعلن نت", a verb after "و".
    # A first name's initial ("ق . أحمد") is no word of its own.
    has_initial = len(word_list) >= 2 and len(word_list[0]) == 1 and folded[0] not in _DETACHED_PREFIXES
    names = word_list[1:] if has_initial else word_list
    if len(content_keys(text)) == len(names) and not any(_joins_a_sentence(word) for word in folded) and not _AND_A_VERB.match(folded[0]):
        if _TextWords(entries, reasons).has_all(text):
            unsure[last] = OWN_WORDS_UNSURE
        elif _PAST_VERB.match(folded[0]) and folded[0] not in cues.GIVEN_NAMES:
            unsure[last] = "unsure: a name's place after the text, but it opens with a verb (the text cut short?)"
        else:
            reasons[last] = "boilerplate: signature (a name after the text)"


def _ends_a_kept_list(entries: list[tuple[int, str]], reasons: dict[int, str], last: int, bulleted: set[int]) -> bool:
    """The line was printed as a list's item and the list's item before it is kept: the text's list
    ends there. After a dropped list (a comment box's rules), the item is that list's."""
    if entries[last][0] not in bulleted:
        return False
    earlier = next((p for p in range(last - 1, -1, -1) if entries[p][0] in bulleted), None)
    return earlier is not None and earlier not in reasons


def _mark_section_names_outside_text(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """A short line made only of the words sections are named with ("قضايا وآراء", "محليات"), above
    the text or below it, or "أخبار" and one more word above it ("اخبار شبوة", a region's news): a
    section's label, never the title. Inside the text it may head a part; below it, "أخبار متعلقة"
    heads a list of related stories."""
    kept = [p for p in range(len(entries)) if p not in reasons]
    names = [p for p in kept if _is_section_name(entries[p][1])]
    news_of = [p for p in kept if _is_news_of(entries[p][1])]
    body = _main_body(entries, kept) if names or news_of else None  # most pages have none: the body is not looked for
    if not body:
        return
    for position in names:
        if position < body[0] or position > body[-1]:
            reasons[position] = "boilerplate: label (a section's name)"
    for position in news_of:
        if position < body[0]:
            reasons[position] = "boilerplate: label (a section's name)"


def _is_news_of(text: str) -> bool:
    """Two words alone, the first a section's word and the second one of letters ("اخبار شبوة")."""
    if len(text) > SECTION_NAME_MAX_CHARS:  # most lines: no word list is made
        return False
    word_list = text.split()
    return len(word_list) == 2 and normalise_for_match(word_list[0]) in cues.SECTION_WORDS and word_list[1].isalpha()


def _is_section_name(text: str) -> bool:
    if len(text) > SECTION_NAME_MAX_CHARS:  # most lines: no word list is made
        return False
    word_list = _words(text)
    if not 1 <= len(word_list) <= NAV_ITEM_MAX_WORDS + 1 or ends_sentence(text):
        return False
    return all(_section_word(normalise_for_match(word)) for word in word_list)


def _section_word(word: str) -> bool:
    """`word` (folded) is a section name's word, perhaps after "و" and the article ("وآراء", "والاقتصاد")."""
    return any(word.startswith(prefix) and word[len(prefix) :] in cues.SECTION_NAME_WORDS for prefix in ("", "و", "ال", "وال"))


def _mark_writers_name_opening(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """The page's first line is a writer's name, perhaps after a place, the paper's name in quotes or
    "تقرير :" ("القضارف سليمان مختار", "> الحوطة «الأيام» هشام عطيري"), and the text follows within
    two lines: a byline, not the title (a headline that is only a person's name is rare)."""
    kept = list(islice((p for p in range(len(entries)) if p not in reasons), 3))
    if len(kept) < 2 or all(is_headline_like(entries[p][1]) for p in kept[1:]):
        return
    first = entries[kept[0]][1]
    if _is_named_with_office(first):
        reasons[kept[0]] = "boilerplate: caption (a person's name and office above the text)"
    elif _is_writers_name(first):
        reasons[kept[0]] = "boilerplate: byline (a writer's name above the text)"


def _is_named_with_office(text: str) -> bool:
    """A person's name (`_is_writers_name`) and then their office (`cues.OFFICE_WORDS`), with no verb,
    digit, function word or full stop: "عبد المالك سلال رئيس الوزراء الجزائري"."""
    if not _could_be_a_name_line(text):
        return False
    word_list = _words(text)
    folded = [normalise_for_match(word) for word in word_list]
    office = next((i for i, word in enumerate(folded) if word in cues.OFFICE_WORDS), None)
    return (
        office is not None
        and 2 <= office <= NAME_MAX_WORDS
        and _is_writers_name(" ".join(word_list[:office]))
        and not any(word in STOPWORDS or _VERB.match(word) for word in folded[office + 1 :])
    )


def _could_be_a_name_line(text: str) -> bool:
    """Short enough for a name and what goes with it, with no digit and no sentence's end."""
    return len(text) <= NAME_LINE_MAX_CHARS and not ends_sentence(text) and not _DIGIT.search(text)


# "report", "coverage", "prepared by", "follow-up", "interview": a writer's name follows, with or without a colon, or a headline
_REPORT_WORDS = "تقرير|تغطية|إعداد|اعداد|متابعة|حوار|المراسل|المراسلة|مراسلنا|مراسلتنا"
_BYLINE_OPENING = re.compile(rf"^(?:>\s*|(?:{_REPORT_WORDS})(?:\s*[:：]\s*|\s+))")
_REPORT_BY = re.compile(rf"^\s*(?:{_REPORT_WORDS})(?:\s*[:：]|\s)")


def _is_report_byline(text: str) -> bool:
    """ "تقرير : عمار النور", "متابعة جمال علم الدين", "المراسل حسن الصديقي": a report's writer, wherever
    the line sits.
    "تقرير: 5 ملايين طفل ..." heads a headline: a writer's name must follow (`_is_writers_name`)."""
    return (
        bool(_REPORT_BY.match(text))
        and len(text) <= NAME_LINE_MAX_CHARS
        and len(_words(text)) <= NAME_MAX_WORDS + 1
        and _is_writers_name(text)
    )


_QUOTED_NAME = re.compile(r"«[^«»]{1,40}»")  # the paper's name ("«الأيام»")


def _is_writers_name(text: str) -> bool:
    """A short line of a person's name: a given name (`cues.GIVEN_NAMES`) and at least one more name,
    after any places; no function word, digit, verb or full stop."""
    if not _could_be_a_name_line(text):
        return False
    word_list = _words(_QUOTED_NAME.sub(" ", _BYLINE_OPENING.sub("", text.strip())))
    folded = [normalise_for_match(word) for word in word_list]
    start = 0
    while start < len(word_list) and is_place_word(word_list[start]):
        start += 1
    if len(folded) > 2 and start == 0 and folded[0].startswith("ال") and folded[0] not in cues.HONORIFICS and _is_given_name(folded[1]):
        start = 1  # a town the places list does not know ("القضارف سليمان مختار"); "الملك عبد الله" names no writer
    name = folded[start:]
    if not 2 <= len(name) <= NAME_MAX_WORDS or not _is_given_name(name[0]) or folded[0] in STOPWORDS:
        return False
    if name[0] in cues.OFFICE_WORDS and name[1] in cues.OFFICE_QUALIFIERS:
        return False  # "أمين عام ...": an office, though "أمين" is a given name too
    return not any(
        word in STOPWORDS or word in cues.CONTINUATION_WORDS or _VERB.match(word) for word in name[1:] if word not in cues.GIVEN_NAMES
    )


_NAMES_SEPARATOR = re.compile(r"\s*[،,]\s*")
_PLACES_IN_BRACKETS = re.compile(r"\s*\(([^()]{1,60})\)\s*$")  # "(أبوظبي، دبي)": where the writers are


def _is_writers_names(text: str) -> bool:
    """One or more writers' names, parted by commas, perhaps with their towns in brackets after them
    ("سامي عبد الرؤوف، منى الحمودي (أبوظبي، دبي)")."""
    if len(text) > 2 * NAME_LINE_MAX_CHARS:
        return False
    places = _PLACES_IN_BRACKETS.search(text)
    if places:
        if not all(is_place_word(word) for word in _words(places.group(1))):
            return False
        text = text[: places.start()]
    parts = _NAMES_SEPARATOR.split(text.strip())
    return all(_is_writers_name(part) for part in parts)


def _is_given_name(word: str) -> bool:
    """A folded word that is a given name and no function word ("علي" folds as "على" does)."""
    return (word in cues.GIVEN_NAMES or word.startswith("عبد")) and word not in STOPWORDS


_VERB = re.compile(r"^(?:[وف]?[يتن][\u0621-\u064a]{3,}|[وف]?(?:قال|أعلن|اعلن|أكد|اكد|كشف))$")


def _names_only(text: str, name: tuple[str, ...]) -> bool:
    """`name` (words of `text`, initials allowed) has no function word, no digit, and `text` ends no sentence."""
    return is_headline_like(text) and not _DIGIT.search(text) and not any(normalise_for_match(word) in STOPWORDS for word in name)


# A past-tense verb with its feminine ending ("أمرت", "قالت", "أكدت"): no name opens with one. Plurals
# ending in "ات" ("أصوات") and given names of that shape ("مدحت", which `cues.GIVEN_NAMES` lists) are not.
_PAST_VERB = re.compile(r"^[وف]?[اأ]?[\u0621-\u064a]{2}(?!ا)[\u0621-\u064a]ت$")
_AND_A_VERB = re.compile(r"^و[تين]\w{3,}$")  # "وتعلن", "ويضيف": "and" with a present-tense verb opens no name


def _author_box_words(text: str) -> tuple[str, ...]:
    """The line's words when a profession opens it and it reads as no sentence (an author box's line), else none."""
    word_list = _words(text)
    if word_list and normalise_for_match(word_list[0]) in cues.PROFESSION_WORDS and is_headline_like(text):
        return word_list
    return ()


def _is_writers_role(text: str) -> bool:
    """An author box's line: a profession first, a few words, no sentence ("كاتب صحفي ورئيس تحرير
    موقع الشرقية توداي"). Only the page's last line below the text is tested."""
    return 0 < len(_author_box_words(text)) <= AUTHOR_ROLE_MAX_WORDS


def _is_writers_bio(text: str) -> bool:
    """A longer author box's line that names the writer's outlet first ("محرر صحفي لدى بوابة مولانا
    الاخبارية اهتم بمتابعة ..."): a profession, the outlet within the first words, no sentence."""
    word_list = _author_box_words(text)
    return AUTHOR_ROLE_MAX_WORDS < len(word_list) <= AUTHOR_BIO_MAX_WORDS and any(
        normalise_for_match(word) in cues.OUTLET_WORDS for word in word_list[1:AUTHOR_BIO_OUTLET_WITHIN]
    )


_ROLE_IN_BRACKETS = re.compile(r"\s*[(\[]([^()\[\]]{1,40})[)\]]\s*$")


def _closes_in_brackets(text: str) -> bool:
    """The line ends in a closing bracket: only then is a bracketed tail (a role, a photo credit) searched for."""
    return text.rstrip().endswith((")", "]"))


def _without_role_in_brackets(text: str) -> str:
    """The line without a writer's role in brackets at its end ("كتب NAME (صحفي متدرب)" -> "كتب NAME");
    other brackets stay, so a sentence's aside is still read as the sentence."""
    if not _closes_in_brackets(text):
        return text  # most lines: no regex search
    match = _ROLE_IN_BRACKETS.search(text)
    if match is None:
        return text
    role_words = _words(match.group(1))
    if not role_words or normalise_for_match(role_words[0]) not in cues.PROFESSION_WORDS:
        return text
    return text[: match.start()]


@lru_cache(maxsize=WORD_CACHE_LINES)
def _key(text: str) -> str:
    return " ".join(_words(text)).lower()
