"""Stage 2, clean: keep the article's title, headings and body; drop web boilerplate with a reason.

Rules work by structure first (trailing headline lists, navigation runs, lines repeated from a
"read also" block, duplicates) and by a small set of cue phrases second. Every dropped line is
kept with its reason so that `brief segment` can show exactly what was removed.
"""

from __future__ import annotations

import re

from summarize.arabic import content_keys, normalise_for_match, normalise_text, words
from summarize.briefing import CleanArticle, Document, DroppedLine, Line, SentenceKind

TERMINAL_PUNCTUATION = ".!?؟؛:…"
CLOSING_QUOTES = "\"'”’»)]"
HEADLINE_MAX_WORDS = 20
NAV_ITEM_MAX_WORDS = 3
NAV_RUN_MIN_LINES = 3
HEADLINE_RUN_MIN_LINES = 3
WRAP_MIN_LINES = 3
WRAP_FILL = 0.85  # a wrapped line fills at least this share of the width (headlines vary more)
WRAP_MIN_WIDTH = 55  # narrower 'columns' are lists of headlines, not a wrap
WRAP_MAX_WIDTH = 120  # longer lines are paragraphs, not a fixed-width wrap


def _folded(vocabulary: list[str]) -> frozenset[str]:
    return frozenset(normalise_for_match(w) for w in vocabulary)


def _cue(*patterns: str) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


_READ_ALSO = _cue(
    r"^[إاأ]?قر[أا]\s*(?:[أا]يضا?ً?|المزيد)?\s*(?:[:：\-–|.…]|$)",
    r"^(?:طالع|شاهد|[إا]طلع|تابع)\s*(?:[أا]يضا?ً?|المزيد)\s*(?:[:：\-–|.…]|$)",
    r"^(?:لل|ل)مزيد\s*(?:من\s*الأخبار)?\s*[:：]?\s*$",
    r"^(?:read|see)\s+(?:also|more)\b\s*[:：\-–|]?",
    r"^(?:ذو|ذات)\s*صلة\s*[:：]",
)
_RELATED_HEADER = _cue(
    r"^(?:مقالات|أخبار|اخبار|مواضيع|موضوعات|قصص)\s+(?:ذات\s+صلة|مشابهة|متعلقة|قد\s+تهمك)",
    r"ذات\s+صلة.{0,80}related",
    r"^(?:related|similar)\s+(?:posts|articles|stories|news)\b",
    r"^(?:الأكثر|الاكثر)\s+(?:قراءة|مشاهدة|تداولا)",
    r"^most\s+(?:read|popular|viewed)\b",
    r"^(?:قد\s+يهمك|ننصحك\s+بقراءة|يحتوي\s+هذا\s+القسم)",
    r"^you\s+may\s+also\s+like",
)
_SECTION_FOOTER = _cue(r"^المزيد\s+(?:من|عن)\s+\S", r"^more\s+(?:from|in|on)\s+\S", r"^(?:عودة|العودة)\s+(?:إلى|الى)\s+")
_JS_NOTICE = _cue(r"javascript", r"جافا\s*سكريبت", r"enable\s+cookies", r"your\s+browser\s+(?:is|does)")
_COMMENT = _cue(
    r"^leave\s+a\s+(?:comment|reply)",
    r"^(?:اترك|أترك|أضف|اضف)\s+(?:تعليق|ردا|رداً)",
    r"^(?:\d+\s+)?(?:comments?|تعليقات?|التعليقات)\s*(?:\(\d+\))?$",
    r"email\s+address\s+will\s+not\s+be\s+published",
    r"لن\s+يتم\s+نشر\s+عنوان\s+بريدك",
)
_BYLINE = _cue(
    r"^(?:كتب|كتبت|بقلم|تحرير|إعداد|اعداد|متابعة|ترجمة)\s*[-–:|/]\s*\S",
    r"^(?:كتب|كتبت|بقلم)\s+\S+(?:\s+\S+){0,3}$",
    r"^by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}$",
)
_TAGS = _cue(r"^(?:الكلمات\s+(?:المفتاحية|الدلالية)|كلمات\s+(?:مفتاحية|دلالية)|وسوم|الوسوم|tags|topics)\s*[:：]")
_LEGAL = _cue(r"©", r"جميع\s+الحقوق\s+محفوظة", r"all\s+rights\s+reserved", r"^(?:اشترك|subscribe)\b", r"النشرة\s+البريدية", r"newsletter")
_LABEL = _cue(
    r"^(?:عاجل|خاص|حصري|فيديو|صور|بالصور|بالفيديو|إعلان|اعلان|breaking|exclusive|advertisement|ad|video|photos|live|مباشر)\s*[:|]?$"
)
_BREAKING_TICKER = _cue(r"^(?:عاجل|breaking)\s*[:|\-–]\s*\S")
_CREDIT = _cue(r"^(?:المصدر|مصدر\s+الصورة|الصورة|تصوير|حقوق\s+الصورة|source|photo|image)\s*[:：]")
_PROMO = _cue(r"^(?:تابعوا|تابعونا|follow\s+us)\b", r"^(?:احصل|حمل|حمّل)\s+(?:على\s+)?(?:آخر|اخر|تطبيق)")
_ACCOUNT = _cue(r"^(?:تسجيل\s+(?:الدخول|الخروج)|إنشاء\s+حساب|انشاء\s+حساب|حسابي|log\s*in|sign\s+(?:in|up)|register|my\s+account)$")
_WIDGET = _cue(
    r"^(?:صورة|الصورة)\s+(?:أرشيفية|ارشيفية|تعبيرية|توضيحية)$",
    r"^(?:file\s+photo|archive\s+photo)$",
    r"^هل\s+(?:أعجبك|اعجبك|استفدت\s+من)\s+(?:هذا\s+)?(?:المقال|الخبر|الموضوع)",
    r"^(?:نعم\s+لا|yes\s+no)$",
    r"^(?:was\s+this\s+(?:article|page)\s+helpful)",
)
_PAGINATION_WORDS = _folded(["التالي", "السابق", "الأولى", "الأخيرة", "next", "previous", "prev", "first", "last", "page", "صفحة"])
# "City - Agency" or "City - Reporter" datelines: a few words around a dash, no sentence.
_DATELINE = re.compile(r"^\S+(?:\s\S+){0,2}\s[-–]\s\S+(?:\s\S+){0,3}$")
_SHARE_WORDS = _folded(
    [
        "شارك",
        "شاركها",
        "مشاركة",
        "المقال",
        "الخبر",
        "عبر",
        "على",
        "فيسبوك",
        "فيس",
        "بوك",
        "تويتر",
        "إكس",
        "اكس",
        "واتساب",
        "واتس",
        "اب",
        "تيليجرام",
        "تلغرام",
        "لينكدإن",
        "انستغرام",
        "طباعة",
        "نسخ",
        "الرابط",
        "أرسل",
        "ارسل",
        "لصديق",
        "بريد",
        "تابعونا",
        "share",
        "facebook",
        "twitter",
        "x",
        "whatsapp",
        "telegram",
        "linkedin",
        "email",
        "print",
        "copy",
        "link",
        "tweet",
        "pinterest",
        "reddit",
        "messenger",
        "on",
        "via",
        "this",
        "article",
    ]
)
_TIME_WORDS = _folded(
    [
        "يناير",
        "فبراير",
        "مارس",
        "أبريل",
        "ابريل",
        "مايو",
        "يونيو",
        "يوليو",
        "أغسطس",
        "اغسطس",
        "سبتمبر",
        "أكتوبر",
        "اكتوبر",
        "نوفمبر",
        "ديسمبر",
        "كانون",
        "الثاني",
        "شباط",
        "آذار",
        "اذار",
        "نيسان",
        "أيار",
        "ايار",
        "حزيران",
        "تموز",
        "آب",
        "اب",
        "أيلول",
        "ايلول",
        "تشرين",
        "الأول",
        "الاول",
        "السبت",
        "الأحد",
        "الاحد",
        "الإثنين",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الاربعاء",
        "الخميس",
        "الجمعة",
        "نشر",
        "في",
        "بتاريخ",
        "آخر",
        "اخر",
        "تحديث",
        "تم",
        "التحديث",
        "منذ",
        "ساعة",
        "ساعات",
        "دقيقة",
        "دقائق",
        "يوم",
        "أيام",
        "ص",
        "م",
        "مساء",
        "صباحا",
        "صباحاً",
        "gmt",
        "utc",
        "am",
        "pm",
        "published",
        "updated",
        "on",
        "at",
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "january",
        "february",
        "march",
        "april",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "ago",
        "hours",
        "minutes",
    ]
)
_NAV_SEPARATORS = re.compile(r"\s[|»>›/·•]\s|\s-\s")
# Words a sentence (or a headline) cannot end on, spelling folded: prepositions, conjunctions,
# relatives and verbs of saying ("على" is left out: folded, it is also the name علي).
_CONTINUATION_WORDS = _folded(
    [
        "في",
        "من",
        "إلى",
        "الى",
        "عن",
        "مع",
        "أن",
        "إن",
        "ان",
        "بأن",
        "وأن",
        "التي",
        "الذي",
        "الذين",
        "و",
        "ف",
        "ثم",
        "أو",
        "او",
        "بين",
        "حتى",
        "منذ",
        "خلال",
        "لكن",
        "لأن",
        "قال",
        "وقال",
        "قالت",
        "وقالت",
        "أضاف",
        "وأضاف",
        "أكد",
        "وأكد",
        "أوضح",
        "وأوضح",
        "أشار",
        "وأشار",
        "حيث",
        "بينما",
        "كما",
        "إذ",
    ]
)
_MARKDOWN_PREFIX = re.compile(r"^(?:#{1,6}\s+|>\s*|[*\-+]\s+|\d+[.)]\s+)")
# Bounded, so that long runs of brackets or stars cost linear time, not quadratic.
_MARKDOWN_LINK = re.compile(r"\[([^\[\]]{1,500})\]\([^()\s]{0,2000}\)")
_EMPHASIS = re.compile(r"(\*\*|__)([^*_]{1,500}?)\1")


def clean(document: Document) -> CleanArticle:
    """Split `document` into kept lines (title, headings, body) and dropped boilerplate."""
    entries = [(index, _strip_markup(normalise_text(raw))) for index, raw in document.lines]
    entries, wrapped = _rejoin_wrapped([(index, text) for index, text in entries if text])
    reasons: dict[int, str] = {}
    read_also_titles: set[str] = set()

    _mark_cue_lines(entries, reasons, read_also_titles)
    _mark_navigation_runs(entries, reasons)
    _mark_repeats(entries, reasons, read_also_titles)
    _mark_headline_runs(entries, reasons)
    _mark_trailing_list(entries, reasons, read_also_titles)

    lines: list[Line] = []
    dropped: list[DroppedLine] = []
    seen_body = False
    title: str | None = None
    for position, (index, text) in enumerate(entries):
        if position in reasons:
            dropped.append(DroppedLine(index, text, reasons[position]))
            continue
        headline = is_headline_like(text)
        kind: SentenceKind
        if not headline:
            seen_body = True
            kind = "body"
        elif title is None and not seen_body:
            title, kind = text, "title"
        else:
            kind = "heading"
        lines.append(Line(index, text, kind, wrapped.get(index, ())))
    return CleanArticle(document.source, title, tuple(lines), tuple(dropped))


def _rejoin_wrapped(entries: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, tuple[tuple[int, int], ...]]]:
    """Join hard-wrapped paragraphs before any line is judged (a wrapped sentence's short last
    fragments would otherwise look like a list of headlines). A line continues on the next input
    line when it does not end a sentence and either ends where a sentence cannot (a preposition,
    conjunction, verb of saying or comma: "وقال" alone on a line), or is too long for a headline,
    or the page is wrapped at a fixed width and the line fills it. A title followed by its first
    paragraph does none of these, so it stays apart. Returns the joined entries and, per first
    line, the continuation lines with their offsets in the joined text."""
    width = _wrap_width([text for _, text in entries])
    joined: list[tuple[int, str]] = []
    wrapped: dict[int, tuple[tuple[int, int], ...]] = {}
    previous_index = -2
    for position, (index, text) in enumerate(entries):
        if joined and index == previous_index + 1 and _continues(joined[-1][1], width, first_line=position == 1):
            first, so_far = joined[-1]
            joined[-1] = (first, f"{so_far} {text}")
            wrapped[first] = (*wrapped.get(first, ()), (index, len(so_far) + 1))
        else:
            joined.append((index, text))
        previous_index = index
    return joined, wrapped


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


def _continues(text: str, width: int, first_line: bool = False) -> bool:
    """Whether a line breaks off mid-sentence (see `_rejoin_wrapped`)."""
    if ends_sentence(text):
        return False
    if text.endswith(("،", ",")):
        return True
    tokens = words(text)
    if not tokens:
        return False
    if normalise_for_match(tokens[-1]) in _CONTINUATION_WORDS or len(tokens) > HEADLINE_MAX_WORDS:
        return True
    return bool(width) and not first_line and len(text) >= WRAP_FILL * width  # the page's first line may be its title


def _strip_markup(text: str) -> str:
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _MARKDOWN_PREFIX.sub("", text).strip()


def ends_sentence(text: str) -> bool:
    """True when `text` ends with terminal punctuation (possibly inside closing quotes)."""
    stripped = text.rstrip(CLOSING_QUOTES + " ")
    return bool(stripped) and stripped[-1] in TERMINAL_PUNCTUATION


def is_headline_like(text: str) -> bool:
    """A short line without terminal punctuation: a title, subheading or list entry."""
    return not ends_sentence(text) and len(words(text)) <= HEADLINE_MAX_WORDS


def _cue_reason(text: str) -> str | None:
    lowered = text.lower()
    word_list = [normalise_for_match(w) for w in words(text)]  # case, diacritics and hamza folded
    if _JS_NOTICE.search(text) and len(word_list) <= 25:
        return "boilerplate: javascript-notice"
    if _SECTION_FOOTER.search(text) and is_headline_like(text):
        return "boilerplate: section-footer"
    if _COMMENT.search(lowered):
        return "boilerplate: comments"
    if _BYLINE.search(text):
        return "boilerplate: byline"
    if _TAGS.search(text):
        return "boilerplate: tags"
    if _LEGAL.search(text) and len(word_list) <= 15:
        return "boilerplate: footer"
    if _LABEL.search(text.strip()):
        return "boilerplate: label"
    if _ACCOUNT.search(text.strip()) or _WIDGET.search(text.strip()):
        return "boilerplate: widget"
    if _BREAKING_TICKER.search(text) and is_headline_like(text):
        return "boilerplate: breaking-ticker"
    if _CREDIT.search(text) and len(word_list) <= 8:
        return "boilerplate: credit"
    if _PROMO.search(text) and len(word_list) <= 20:
        return "boilerplate: promo"
    if _DATELINE.match(text) and not ends_sentence(text):
        return "boilerplate: dateline"
    if word_list and any(w in _PAGINATION_WORDS for w in word_list) and all(w.isdigit() or w in _PAGINATION_WORDS for w in word_list):
        return "boilerplate: pagination"
    if word_list and len(word_list) <= 8 and all(w in _SHARE_WORDS for w in word_list):
        return "boilerplate: share"
    if _is_timestamp(text, word_list):
        return "boilerplate: timestamp"
    return None


def _is_timestamp(text: str, word_list: list[str]) -> bool:
    if not any(c.isdigit() for c in text) or len(word_list) > 12:
        return False
    return all(w.isdigit() or w in _TIME_WORDS for w in word_list)


def _mark_cue_lines(entries: list[tuple[int, str]], reasons: dict[int, str], read_also_titles: set[str]) -> None:
    """Cue-phrase lines, plus the headlines that a 'read also' or 'related' header introduces."""
    position = 0
    while position < len(entries):
        text = entries[position][1]
        match = _READ_ALSO.search(text)
        if match:
            reasons[position] = "boilerplate: read-also"
            rest = text[match.end() :].strip(" :：-–|")
            if rest:
                read_also_titles.add(rest)
                position += 1
                continue
            # A bare marker introduces the headline(s) on the following line(s).
            position = _mark_following_headlines(entries, position + 1, reasons, "boilerplate: read-also", read_also_titles, limit=1)
            continue
        if _RELATED_HEADER.search(text) and is_headline_like(text.split(".")[0]):
            reasons[position] = "boilerplate: related-list"
            position = _mark_following_headlines(entries, position + 1, reasons, "boilerplate: related-list", read_also_titles, limit=20)
            continue
        reason = _cue_reason(text)
        if reason:
            reasons[position] = reason
        position += 1


def _mark_following_headlines(
    entries: list[tuple[int, str]], start: int, reasons: dict[int, str], reason: str, titles: set[str], limit: int
) -> int:
    position = start
    while position < len(entries) and position - start < limit:
        text = entries[position][1]
        if not is_headline_like(text) or _cue_reason(text) or _READ_ALSO.search(text) or _RELATED_HEADER.search(text):
            break
        # In a list, a headline directly followed by body text on its subject is the article's own
        # subheading, not a list entry. (A bare "read also" marker always introduces one headline.)
        following = entries[position + 1][1] if position + 1 < len(entries) else ""
        if limit > 1 and following and not is_headline_like(following) and _shares_words(text, following):
            break
        reasons[position] = reason
        titles.add(text)
        position += 1
    return position


def _shares_words(headline: str, body: str) -> bool:
    return bool(set(content_keys(headline)) & set(content_keys(body)))


def _mark_navigation_runs(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """Runs of very short lines (menus) and breadcrumb lines joined by separators."""
    run: list[int] = []
    for position, (_, text) in enumerate([*entries, (-1, "")]):
        short = bool(text) and len(words(text)) <= NAV_ITEM_MAX_WORDS and not ends_sentence(text) and ":" not in text
        if short and position not in reasons:
            run.append(position)
            continue
        if len(run) >= NAV_RUN_MIN_LINES:
            for item in run:
                reasons[item] = "boilerplate: navigation"
        run = []
    for position, (_, text) in enumerate(entries):
        parts = [p for p in _NAV_SEPARATORS.split(text) if p.strip()]
        short_parts = all(len(words(p)) <= NAV_ITEM_MAX_WORDS for p in parts)
        if position not in reasons and len(parts) >= 2 and short_parts and not ends_sentence(text) and _has_nav_separator(text):
            reasons[position] = "boilerplate: navigation"


def _mark_headline_runs(entries: list[tuple[int, str]], reasons: dict[int, str]) -> None:
    """Three or more headlines in a row are a list of other articles (tag pages, teasers).

    A run at the very top keeps its first line: that is the page's own title.
    """
    remaining = [p for p in range(len(entries)) if p not in reasons]
    run: list[int] = []
    for position in [*remaining, -1]:
        if position >= 0 and is_headline_like(entries[position][1]):
            run.append(position)
            continue
        if len(run) >= HEADLINE_RUN_MIN_LINES:
            for item in run[1 if run[0] == remaining[0] else 0 :]:
                reasons[item] = "boilerplate: headline-list"
        run = []


def _has_nav_separator(text: str) -> bool:
    """Menus and breadcrumbs join items with | / » > and similar marks (a dash alone is a dateline)."""
    return any(mark in text for mark in ("|", "»", ">", "›", " / ", "·", "•"))


def _mark_repeats(entries: list[tuple[int, str]], reasons: dict[int, str], read_also_titles: set[str]) -> None:
    """Lines repeating a 'read also' headline, and exact repeats of an earlier kept line."""
    titles = {_key(t) for t in read_also_titles}
    seen: set[str] = set()
    for position, (_, text) in enumerate(entries):
        if position in reasons:
            continue
        key = _key(text)
        if key in titles:
            reasons[position] = "boilerplate: read-also"
        elif key in seen:
            reasons[position] = "duplicate"
        else:
            seen.add(key)


def _mark_trailing_list(entries: list[tuple[int, str]], reasons: dict[int, str], read_also_titles: set[str]) -> None:
    """Headline-like lines after the last body sentence form a related-articles list."""
    if not any(p not in reasons and not is_headline_like(entries[p][1]) for p in range(len(entries))):
        return  # no body at all: nothing to call a trailing list
    trailing: list[int] = []
    for position in reversed(range(len(entries))):
        if position not in reasons and not is_headline_like(entries[position][1]):
            break
        trailing.append(position)
    titles = {_key(t) for t in read_also_titles}
    repeats = any(_key(entries[p][1]) in titles for p in trailing)
    headlines = [p for p in trailing if p not in reasons]
    if headlines and ((len(trailing) >= 2 and repeats) or len(headlines) >= 2):
        for position in headlines:
            reasons[position] = "boilerplate: related-list"


def _key(text: str) -> str:
    return " ".join(words(text)).lower()
