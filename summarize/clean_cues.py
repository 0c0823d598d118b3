"""The cleaner's vocabulary: cue phrases of web boilerplate (read-also markers, related-list headers,
widgets, bylines, credits, notices) and the word sets its rules test lines against (share bars,
dates and times, counters, pagination, words a sentence cannot end on). Data for `clean`, which
holds the rules; spelling variants are folded as `normalise_for_match` folds them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarize.arabic import MONTHS, normalise_for_match


def folded(vocabulary: list[str]) -> frozenset[str]:
    return frozenset(normalise_for_match(w) for w in vocabulary)


@dataclass(frozen=True)
class Cue:
    """A cue whose patterns are of both kinds: those anchored at the line's start are tried there only,
    the others anywhere. (One regex of both kinds would try every anchored pattern at every position.)"""

    at_start: re.Pattern[str]
    anywhere: re.Pattern[str]

    def search(self, text: str) -> re.Match[str] | None:
        return self.at_start.match(text) or self.anywhere.search(text)

    def match(self, text: str) -> re.Match[str] | None:
        return self.at_start.match(text) or self.anywhere.match(text)


def cue(*patterns: str) -> re.Pattern[str] | Cue:
    """One case-blind pattern for `patterns`; split in two (a `Cue`) when some are anchored at the
    line's start (every top-level alternative beginning with "^") and some are not."""
    anchored = [p for p in patterns if _anchored(p)]
    others = [p for p in patterns if not _anchored(p)]
    if not anchored or not others:
        return _compiled(patterns)
    return Cue(_compiled(anchored), _compiled(others))


def _compiled(patterns: list[str] | tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)


def _anchored(pattern: str) -> bool:
    """Every top-level alternative of `pattern` starts with "^" (brackets and escapes respected)."""
    depth, in_class, start = 0, False, 0
    alternatives = []
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            alternatives.append(pattern[start:index])
            start = index + 1
        index += 1
    alternatives.append(pattern[start:])
    return all(alternative.startswith("^") for alternative in alternatives)


# The accusative ending in every spelling sites use: "ا", "اً", and the tanween before the alif, "ًا".
_AN = "(?:اً?|ًا)"
_ALSO = rf"[أا]يض{_AN}"  # "also": ايضا, أيضاً, أيضًا
READ_VERB = "[إاأ]?قر[أا]"  # "read", the imperative as sites spell it: اقرأ, إقرأ, أقرأ, اقرا, قرأ
_GO_AHEAD = r"(?:قم|قومي|قوموا)"  # "قم ب...", the imperative sites put before a verbal noun: "قم بمشاركة"
READ_ALSO = cue(
    rf"^(?:{READ_VERB}|[إاأ]قراء)\s*(?:{_ALSO}?|المزيد)?\s*(?:[:：\-–|.…]|$)",  # "أقراء أيضاً:" misspelt; not "قراء" (readers)
    rf"^(?:طالع|شاهد|[إا]طلع|تابع)\s*(?:{_ALSO}?|المزيد)\s*(?:[:：\-–|.…]|$)",
    r"^(?:لل|ل)مزيد\s*(?:من\s*الأخبار)?\s*[:：]?\s*$",
    r"^(?:read|see|check)\s+(?:also|more)\b\s*[:：\-–|]?",  # "Check Also": a WordPress theme's box
    r"^(?:ذو|ذات)\s*صلة\s*[:：]",
)
# "Watch" opening a headline: below the text, a link to a video ("شاهد الحكم يلغي هدفًا ..."), not an
# eyewitness ("شاهد عيان").
WATCH_TEASER = cue(r"^(?:شاهد|شاهدوا|شاهدي|بالفيديو|فيديو)\s*[:：|\-–]?\s+(?!عيان)(?=\S)")
# The marker run into the other article's headline ("اقرأ أيضا اعتقال 30 مواطن"): only on a headline-like line.
READ_ALSO_RUN_IN = cue(rf"^{READ_VERB}\s*{_ALSO}?\s+(?=\S)")


def _loose(name: str) -> str:
    """`name` as a pattern that takes it as people type it: any alif or hamza seat, a final ta marbuta
    or ha, any space."""
    return re.sub(r"[أإآا]", "[أإآا]", re.sub(r"[ةه]$", "[ةه]", name)).replace(" ", r"\s+")


# longest first, ties in a fixed order: the same pattern in every process, whatever the set's order
_MONTH = "(?:" + "|".join(sorted({_loose(name) for names in MONTHS for name in names}, key=lambda p: (-len(p), p))) + ")"
# A date written out ("13 ابريل 2020م", "27 فبراير، 2021"): day, month's name, year.
_WRITTEN_DATE = rf"\d{{1,2}}\s+{_MONTH}\s*[,،]?\s*\d{{4}}"
# A date in figures, day or year first ("28/11/2021", "2021-11-28", "1.4.19").
_FIGURES_DATE = r"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}"
_CALENDAR_DATE = rf"(?:{_WRITTEN_DATE}|\b{_FIGURES_DATE}\b)"
# A date written out ("13 ابريل 2020") or in figures, perhaps with the time ("28/11/2021 02:32:14").
DATE = re.compile(rf"{_CALENDAR_DATE}|\b\d{{1,2}}:\d{{2}}(?::\d{{2}})?\b")
DATE_MAX_WORDS = 6  # "28/11/2021 02:32:14": three numbers each; "13 كانون الثاني 2020": a Levantine month's name has two words
# A phone number in figures, its groups parted by spaces or dashes ("96171010310+", "+962 6 5552244");
# PHONE_MIN_DIGITS digits at least, more than a date or a year has.
PHONE_NUMBER = re.compile(r"\+?\d[\d \-]{6,}\d\+?")
PHONE_MIN_DIGITS = 8
# A related-post link run into a paragraph: "read also", the other article's headline, its date, then
# the text goes on ("... حسب قوله. إقرأ أيضاًأبوشحمة: سرت مازالت تحت سيطرة القوات الأجنبية27 فبراير، 2021 يذكر أن ...").
READ_ALSO_DATED_RUN_IN = re.compile(rf"{READ_VERB}\s*{_ALSO}\s*[:：]?\s*[^\s.!?؟][^.!?؟]{{4,200}}?{_WRITTEN_DATE}\b")
RELATED_HEADER = cue(
    r"^(?:إظهار|اظهار|عرض)\s+(?:أخبار|اخبار|مقالات|مواضيع)\s+(?:متعلقة|ذات\s+صلة|مشابهة)",
    r"^(?:مقالات|أخبار|اخبار|مواضيع|موضوعات|قصص|روابط|فيديو|فيديوهات)\s+(?:ذات\s+صلة|ذات\s+علاقة|مشابهة|متعلقة|قد\s+تهمك)",
    r"^(?:آخر|اخر|أحدث|احدث)\s+(?:المقالات|الأخبار|الاخبار|الموضوعات|المواضيع|المنشورات|التدوينات)\b",
    r"^(?:latest|recent)\s+(?:news|posts|articles|stories)\b",
    r"ذات\s+صلة.{0,80}related",
    r"^(?:related|similar)\s+(?:posts|articles|stories|news)\b",
    r"^(?:الأكثر|الاكثر)\s+(?:قراءة|مشاهدة|تداولا|تفاعلا|تعليقا|شعبية|شيوعا|مشاركة|بحثا)",
    rf"^(?:يهمك|يهمكم|يعجبك|يعجبكم)\s+(?:{_ALSO})",
    r"^(?:مواضيع|موضوعات|أخبار|اخبار|مقالات|قصص)\s+(?:أخرى|اخرى|مقترحة|مختارة)\s*[:：]?$",
    r"^(?:مقترح|مقترحة|مقترحات)\s+(?:لك|لكم)\s*[:：]?$",
    r"^most\s+(?:read|popular|viewed)\b",
    r"^(?:قد\s+يهمك|ننصحك\s+بقراءة|يحتوي\s+هذا\s+القسم)",
    r"^(?:اقرأ|إقرأ|اقرا)\s+(?:في|عن)\s+(?:هذا\s+الموضوع|نفس\s+الموضوع|الموضوع\s+نفسه)\s*[:：]?$",
    r"^(?:قد\s+(?:يعجبك|تعجبك|يهمكم|تهمك|تهمكم)|(?:إ|ا)خترنا\s+(?:لك|لكم)|لا\s+(?:يفوتك|تفوتك|يفوتكم|تفوتكم))\b",
    r"^(?:المزيد\s+من\s+)?(?:مقالات|أخبار|اخبار|كتابات)\s+(?:(?:أخرى|اخرى)\s+)?(?:للكاتب|للكاتبة|الكاتب|الكاتبة|لنفس\s+الكاتب)\b",
    r"^you\s+may\s+also\s+like",
)
# "more from ...", and "read more about ..." ("قراءة المزيد بشأن ما هو مطلوب ..."): a link to other pages
SECTION_FOOTER = cue(
    rf"^(?:(?:{READ_VERB}|قراءة)\s+)?المزيد\s+(?:من|عن|بشأن|حول)\s+\S",
    r"^more\s+(?:from|in|on)\s+\S",
    r"^(?:عودة|العودة)\s+(?:إلى|الى)\s+",
)
JS_NOTICE = cue(
    r"javascript",
    r"جافا\s*سكريبت",
    r"enable\s+cookies",
    r"your\s+browser\s+(?:is|does)",
    r"\bbrowser\s+does\s+not\s+support\b",
    r"متصفحك\s+لا\s+يدعم",
)
COOKIE_NOTICE = cue(r"تعريف\s+الارتباط", r"\bcookies?\b", r"الكوكيز")
# The site's own banner, in the first person, whatever its length: "نستخدم ملفات الكوكيز لنسهل عليك ..."
COOKIE_BANNER = cue(r"^(?:نحن\s+)?(?:نستخدم|يستخدم\s+(?:هذا\s+)?(?:الموقع|موقعنا))\s+(?:ملفات\s+)?(?:الكوكيز|تعريف\s+الارتباط|cookies)")
# Links that lead away from the article: "click here", "redirecting", "for the full report ...".
LINK_PROMPT = cue(
    r"(?:اضغط|انقر|إضغط|النقر|الضغط)\s+هنا",
    r"(?:بالضغط|اضغط|انقر)\s+على\s+الرابط",
    r"^redirecting\b",
    r"\bclick\s+here\b",
    r"^find\s+out\s+more$",
    rf"^(?:{READ_VERB}|تابع|طالع)\s+(?:الخبر|المقال|الموضوع|التفاصيل|القصة)\s+(?:كامل{_AN}?\s+)?(?:من|في|على|عبر)\s+(?:المصدر|الموقع|موقع)",
    r"^(?:رابط|الرابط)\s+(?:المصدر|الأصلي|الاصلي|الخبر\s+الأصلي)\s*[:：]?",
)
# A publication's kind, opening its tagline: "صحيفة ...", "موقع ...".
_PUBLICATION = r"(?:صحيفة|جريدة|موقع|شبكة|بوابة|مجلة)"
# A masthead role: "رئيس التحرير", "مدير مجلس الإدارة".
_ROLE = r"(?:رئيس|رئيسة|مدير|مديرة)\s+(?:التحرير|تحرير|مجلس\s+الإدارة|مجلس\s+الادارة)"
# The editor's (or another masthead role's) line: "رئيس التحرير:", "المدير المسؤول :".
_EDITOR_LINE = rf"^{_ROLE}(?:\s+المسؤول)?\s*[:：]"
MASTHEAD = cue(
    _EDITOR_LINE,
    rf"^{_ROLE}(?=[^\W\d_])",  # the holder's name run in: "رئيس التحريرمحمد رجب"
    r"^editor[-\s]in[-\s]chief\b",
    r"^(?:فريق|هيئة|أسرة|اسرة)\s+التحرير$",  # the masthead's heading
    # the publication's tagline: "صحيفة الأمم اليومية الشاملة", "موقع إخباري مستقل"
    rf"^{_PUBLICATION}\s+(?:\S+\s+){{0,3}}(?:ال)?(?:يومية|إلكترونية|الكترونية|إخبارية|اخبارية|شاملة|مستقلة)$",
    rf"^{_PUBLICATION}\s+(?:إخباري|اخباري|إخبارية|اخبارية|إلكتروني|الكتروني|إلكترونية|الكترونية)(?:\s+\S+){{0,3}}$",
    # a specialist's: "موقع متخصص بالشؤون الصينية", "مجلة متخصصة في الاقتصاد"
    rf"^{_PUBLICATION}\s+(?:متخصص|متخصصة|مختص|مختصة)\s+(?:في\s+|ب)\S+(?:\s+\S+){{0,2}}$",
)
# The editor's line running into the paper's founding and the issue's date: "رئيس التحرير: عبدالله
# محمد النيباري صدر العدد الاول في 22 يونيو 1962 ..." (batch 353's taleea), longer than a masthead's line.
MASTHEAD_FIRST_ISSUE = re.compile(rf"{_EDITOR_LINE}.*صدر\s+العدد\s+(?:الأول|الاول)\s")
# A digest's item numbered in words: "الخبر الاول – دخان يجتاح «مترو برلين»" (batch 399's
# germanyinarabic), "القصة الثانية: ..." heads one item of a bulletin, never the page.
NUMBERED_ITEM_HEADING = re.compile(
    r"^(?:الخبر|الحدث|القصة)\s+(?:(?:الأول|الاول)ى?|(?:الثاني|الثالث|الرابع|الخامس|السادس|السابع|الثامن|التاسع|العاشر)ة?)(?!\w)"
)
# An issue's number alone: "العدد 1707", "العدد رقم: 52".
ISSUE_NUMBER = re.compile(r"^(?:العدد|عدد)\s*(?:رقم)?\s*[:：]?\s*\d+$")
# Two of the masthead's roles on one line, the names run in: "رئيس مجلس الإدارة ورئيس التحريرأسامة شرشر".
MASTHEAD_ROLE = re.compile(rf"{_ROLE}|المدير\s+العام")
# The site's own editor and, after a space, two to four words that may be a name: "رئيس التحرير أحمد
# الحضري" (a headline, "رئيس التحرير يلتقي وزير الدفاع", shares words with its text; see clean.py).
MASTHEAD_ROLE_AND_NAME = re.compile(
    r"^(?:رئيس|رئيسة|مدير|مديرة)\s+(?:التحرير|مجلس\s+الإدارة|مجلس\s+الادارة)(?:\s+المسؤول|\s+التنفيذي)?((?:\s+[^\W\d_]+){2,4})$"
)
# A masthead role alone on its line, its holder's name on the next: "رئيس التحرير" / "عصام كامل".
MASTHEAD_ROLE_ALONE = re.compile(rf"^(?:{_ROLE}(?:\s+المسؤول)?|المدير\s+العام|الإشراف\s+العام|الاشراف\s+العام)\s*[:：]?$")
# The staff signing as one, above the text: a team's or a family's word and the site's name, not "the"
# team ("فريق برليننا", batch 447's berlinuna; "أسرة منبر الدفاع الإفريقي", batch 415's adf-magazine), group 1
# the name; "فريق الإنقاذ" names a team in the news. See clean.py for the test on the text's words.
_STAFF = r"(?:فريق|أسرة|اسرة)"  # a team's or a family's word, for the staff signing as one
STAFF_NAME = re.compile(rf"^{_STAFF}\s+(?:تحرير\s+)?((?!ال)[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}})$")
# The staff's name and, after a dash, what they do ("فريق تحرير برليننا - نقدم لكم أحدث الأخبار ..."):
# an author box's line, however long.
STAFF_NOTE = re.compile(rf"^{_STAFF}\s+(?:ال)?تحرير(?:\s+[^\W\d_]+){{0,3}}\s+[-–]\s+\S")
TWEET_ATTRIBUTION = cue(r"pic\.twitter\.com/", r"\(@\w{1,30}\)\s*(?:[A-Za-z]+\s+\d{1,2},\s*\d{4}|\d)")
# Another article's date run into its headline, as a list below the text prints them:
# "- 2025-09-26الشعلة يدعو لتحصين الجبهة الداخلية ...".
DATED_HEADLINE = re.compile(r"^[-–•*·]?\s*\d{4}-\d{1,2}-\d{1,2}\s*(?=[^\W\d_])")
# A news feed's item: the time, a mark, then the headline ("10:53 . وفاة والدة ... المزيد |"). A
# wrapped sentence's next line may open with a time, but not with a time and such a mark.
TIMED_ITEM = re.compile(r"^[-–•*·]?\s*\d{1,2}:\d{2}\s*[.|•·\-–]\s+(?=[^\W\d_])")
# A search or listing snippet: text cut off with an ellipsis, then the date of another article.
DATED_SNIPPET = re.compile(rf"(?:\.{{3}}|…)\s*{_FIGURES_DATE}\b[^.!?؟]{{0,40}}$")
# A line of markup a scrape left behind: an element with its closing tag, or a lone tag.
MARKUP_LINE = re.compile(r"^\s*(?:<([a-zA-Z][\w-]*)\b[^>]*>.*</\1\s*>|<[a-zA-Z/!][^<>]*>)\s*$")
# The tail of a tag a scrape cut in two: attributes and the closing bracket opening the line
# ('crossorigin="anonymous"> ...'), followed by the page's <title> text: no line of the text.
MARKUP_TAIL = re.compile(r'^\s*(?:[a-zA-Z][\w:-]{0,30}\s*=\s*"[^"<>]{0,200}"\s*){1,8}/?>')
# The value of an attribute whose tag a scrape cut off before it, closing the line with the tag's
# end ('... وعقد اجتماعًا بمقر إدارة..." />'): a meta description, which copies the text's opening.
ATTRIBUTE_VALUE_TAIL = re.compile(r"""^[^<>"']+["']\s*/?>\s*$""")
# A template's widget settings printed as text ("#buttons=(Accept !) #days=(20)", Blogger's cookie bar)
WIDGET_SETTINGS = re.compile(r"^(?:\s*#\w+=\([^()]*\))+\s*$")
URL_LINE = re.compile(r"^(?:https?://|www\.)\S+$", re.IGNORECASE)
# Words of an address still percent-encoded, opening with an escape and with no letter of Arabic
# script ("%d8%a7%d8%b3%d8%aa ..."): an image's name or alternative text taken from the address.
PERCENT_ENCODED = re.compile(r"^%[0-9A-Fa-f]{2}(?:%[0-9A-Fa-f]{2}|[\s\w.-])*$", re.ASCII)
PERCENT_ESCAPES_MIN = 4  # two Arabic letters at least
# An address's words joined by hyphens, alone on the line ("وفد-سلطنة-عمان-في-اجتماع-المنظمة-العربية"):
# an image's name or alternative text taken from the address. Four words at least, the first a
# word, not a number (a date's parts are read as a date).
HYPHENATED_SLUG = re.compile(r"^[^\W\d_][^\s-]*(?:-[^\s-]+){3,}$")


def is_percent_encoded(text: str) -> bool:
    """An address's words left percent-encoded (`PERCENT_ENCODED`), with PERCENT_ESCAPES_MIN escapes
    or more; most lines fail the first character's test and are read no further."""
    return text.startswith("%") and text.count("%") >= PERCENT_ESCAPES_MIN and PERCENT_ENCODED.match(text) is not None


COMMENT = cue(
    r"^(?:ليست|لا\s+توجد|لا\s+يوجد)\s+(?:هناك\s+)?(?:أي\s+)?تعليقات",  # a blog's "no comments:"
    rf"^(?:إرسال|ارسال|أرسل|ارسل|اكتب|أكتب)\s+(?:تعليق|تعليق{_AN}|تعليقك)(?:\s+[A-Za-z]+){{0,3}}$",  # "... Blogger Facebook"
    r"(?:uses|يستخدم)\s+akismet\s+(?:to\s+reduce\s+spam|للحد)",  # WordPress's notice, in English or Arabic
    r"^leave\s+a\s+(?:comment|reply)",
    rf"^(?:اترك|أترك|أضف|اضف|إضافة|اضافة)\s+(?:تعليق|رد{_AN})",
    # "التعليقات: 0", "0 تعليقات الزوار", "التعليقات الأخيرة", "أحدث التعليقات"
    r"^(?:\d+\s+|(?:أحدث|احدث|آخر|اخر)\s+)?(?:comments?|تعليقات?|التعليقات)(?:\s+(?:الزوار|القراء|القرّاء|الأخيرة|الاخيرة))?"
    r"\s*(?:\(\d+\)|[:：]\s*\d+)?\s*:?$",
    r"^(?:التعليقات|comments\s+are)\s+(?:مغلقة|closed)",
    r"^(?:wordpress|facebook|disqus)\s*(?:[:：]\s*\d+|\(\d+\))$",  # a comment system's tab and its count: "WORDPRESS: 0"
    r"email\s+address\s+will\s+not\s+be\s+published",
    r"adresse\s+(?:e-?mail|de\s+messagerie)\s+ne\s+sera\s+pas\s+publi",  # a French theme's comment form
    r"^laisser\s+une?\s+(?:commentaire|r[ée]ponse)",
    r"لن\s+يتم\s+نشر\s+عنوان\s+بريدك",
    # a comment form's instruction: "لإرسال تعليق,الرجاء تعبئة الحقول التالية"
    r"^(?:لإرسال|لارسال|لكتابة|لإضافة|لاضافة|لترك)\s+(?:تعليق|تعليقك|رد)\b",
    r"^(?:الرجاء|يرجى)\s+(?:تعبئة|ملء|ملئ)\s+(?:جميع\s+)?الحقول",
    # a comment form's check: "الرجاء إدخال عنوان بريد إلكتروني صالح."
    r"^(?:الرجاء|يرجى)\s+(?:إدخال|ادخال)\s+(?:عنوان\s+)?(?:بريد|البريد)\s+(?:إلكتروني|الإلكتروني|الكتروني|الالكتروني)",
    r"^(?:نقاش|ناقش|النقاش)\s+(?:حول|في|عن)\s+(?:هذا|هذه)\s+(?:المنشور|المقال|الخبر|الموضوع|التدوينة)",
    # the comment policy: "only constructive comments are published ... thank you for understanding"
    r"(?:لا|لن)\s+(?:يتم|تتم)\s+(?:إدراج|ادراج|نشر)\s+(?:سوى\s+|إلا\s+|الا\s+)?التعليقات",
    r"^و?\s*(?:نشكر|نشكركم)\s+(?:لكم\s+)?(?:على\s+)?تفهمكم",
    r"^(?:احفظ|إحفظ|حفظ)\s+(?:اسمي|إسمي)",
    r"^save\s+my\s+name\b",
    r"^(?:إلغاء|الغاء)\s+الرد$|^cancel\s+reply$",
    r"^(?:الاسم|الإسم|البريد\s+(?:الإلكتروني|الالكتروني)|الموقع\s+(?:الإلكتروني|الالكتروني)|التعليق|name|e-?mail|website|comment)\s*\*\s*$",
    r"^(?:كن|كوني|كونوا)\s+(?:أول|اول)\s+(?:من\s+)?(?:يعلق|يعلّق|تعلق|المعلقين)",  # "be the first to comment"
    # "write the first comment", a theme's prompt over an empty comment box
    rf"^{_GO_AHEAD}\s+(?:بكتابة|بإضافة|باضافة|بترك|بإرسال|بارسال)\s+(?:(?:أول|اول)\s+)?(?:تعليق|تعليق{_AN}|رد)"
    r"(?:\s+(?:على|علي|حول)\s+(?:الخبر|المقال|الموضوع|المقالة))?\s*[.!]?$",
    # a comment box's counter: "1000 / 1000 (عدد الأحرف المتبقية)", "500 characters left"
    r"(?:عدد\s+)?(?:الأحرف|الاحرف|الحروف)\s+(?:المتبقية|المتبقيه|المتاحة)",
    r"\bcharacters?\s+(?:left|remaining)\b",
    # "would you like to comment on the topic?", "don't hesitate to give your comment"
    r"^هل\s+(?:ترغب|تود|تريد|ترغبون|تودون)\s+(?:ب|في\s+)?(?:التعليق|المشاركة\s+برأيك)(?:\s+على\s+(?:الموضوع|الخبر|المقال|المقالة))?\s*[?؟]?$",
    r"^(?:شاركنا|شاركونا)\s+(?:بتعليقك|بتعليقاتكم|تعليقك|تعليقاتكم)(?:\s+(?:على|علي|حول)\s+(?:الخبر|المقال|الموضوع|المقالة))?\s*[:：.]?$",
    # a comment box's house rules: "- الرجاء عدم إرسال التعليق أكثر من مرة", "- الرجاء معاملة الآخرين باحترام."
    r"^[-–•*]?\s*(?:الرجاء|يرجى|نرجو)\s+(?:عدم\s+(?:إرسال|ارسال|تكرار)\s+التعليق|معاملة\s+الآخرين\s+باحترام)",
    r"^(?:لا|ولا)\s+(?:تتردد|تترددوا)\s+في\s+(?:إعطاء|اعطاء|ترك|كتابة|إضافة|اضافة|مشاركة)\s+(?:تعليقك|تعليقاتكم|رأيك|رايك|آرائكم)",
    r"^(?:مسجل|مسجّل)\s+(?:الدخول\s+)?(?:باسم|بإسم|كـ?)\s.{1,60}تسجيل\s+الخروج",  # "logged in as ... log out?"
    # a comment box's terms: "شروط التعليق :", "عدم الإساءة للكاتب أو للأشخاص أو للمقدسات ..."
    r"^(?:شروط|قواعد|سياسة|ضوابط|معايير)\s+(?:التعليق|التعليقات|النشر)\s*[:：]?$",
    r"^[-–•*]?\s*(?:عدم|يمنع|يُمنع)\s+(?:الإساءة|الاساءة)\s+(?:للكاتب|للكتاب|للأشخاص|للاشخاص)",
    rf"(?:يجب|ينبغي)\s+(?:أن|ان)\s+(?:تكون|تقوم)\s+(?:مسجل|مسجل{_AN}|بتسجيل)\s+(?:الدخول\s+)?(?:لتنشر|لنشر|لكتابة|لإضافة|لاضافة|لتضع)\s+(?:تعليق|التعليق)",
)
BYLINE = cue(
    r"^(?:كتب|كتبت|بقلم|تحرير|إعداد|اعداد|متابعة|ترجمة)\s*[-–:|/]\s*\S",
    r"^(?:كتب|كتبت|كتبها|كتبه|بقلم)\s+\S+(?:\s+\S+){0,3}$",
    r"^by\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}$",
    r"^(?:يحرره|يحررها|حرره|حررته|يعده|تعده)(?:\s+اليوم)?\s*[:：]",
    r"^(?:نشر|نشرت|كتب|كتبت|أضيف|اضيف|posted|written)\s+(?:بواسطة|من\s+قبل|by)\s*[:：]?\s*\S",
    r"^بواسطة\s*[:：]\s*\S",
    r"^about\s+[a-z][\w.\-]*$",  # a WordPress theme's author box: "About mohamed666"
    # who translated the text or prepared it for publishing, after the town and the day ("طشقند 30/6/2020
    # ترجمه وأعده للنشر أ.د. محمد البخاري.", batch 421's blog of the Uzbek agencies' news)
    rf"^(?:[^\W\d_]+\s+)?(?:{_CALENDAR_DATE}\s+)?(?:ترجم|أعد|اعد)(?:ه|ها)(?:\s+و(?:ترجم|أعد|اعد)(?:ه|ها))?\s+للنشر",
)
# The writer, a dash and the date, perhaps with the time, site and town after it ("كتب باسل النجار -
# الاثنين 17 أبريل 2023 08:33 مساءً - حال الخليج – مسقط"): a byline of a line's length only, since
# a scrape may run the first paragraph on after it.
DATED_BYLINE = cue(rf"^(?:كتب|كتبت|بقلم)\s+\S+(?:\s+\S+){{0,3}}\s*[-–|/]\s*(?:\S+\s+)?{_CALENDAR_DATE}")
# The heading a content-management theme puts over an article's tags or categories.
_TAGS_HEADING = r"(?:الكلمات\s+(?:المفتاحية|الدلالية)|كلمات\s+(?:مفتاحية|دلالية)|وسوم|الوسوم|التصنيفات|تصنيفات|tags|topics)"
TAGS = cue(
    rf"^{_TAGS_HEADING}\s*(?:[:：]|$)",  # with the tags after a colon, or alone above them
    r"^(?:مواضيع|موضوعات|المواضيع|الموضوعات|تصنيفات|التصنيفات|categories)\s*[:：]\s*\S",
    r"^(?:كلمات\s+البحث|موسومة\s+(?:بـ?|ب)|موسوم\s+(?:بـ?|ب))\s*[:：]\s*\S",  # a CMS's search words, "tagged with:"
)
LEGAL = cue(
    r"©",
    r"(?:جميع|كافة|كل)\s+الحقوق\s+محفوظة",
    r"all\s+rights\s+reserved",
    r"^(?:اشترك|subscribe)\b",
    # the subscription box's heading over that call: "اكتشاف المزيد من موقع UZ", "Discover more from ..."
    r"^(?:اكتشاف|اكتشف)\s+المزيد\s+من\s+\S+(?:\s+\S+){0,4}$",
    r"^discover\s+more\s+from\s+\S+(?:\s+\S+){0,4}$",
    r"النشرة\s+البريدية",
    r"newsletter",
    # the site's makers: "تصميم وتطوير ...", "powered by ..."
    r"^(?:تصميم|برمجة|تطوير)\s+و\s*(?:تطوير|برمجة|استضافة|تصميم)\b",
    r"^(?:powered|designed|developed|hosted)\s+by\b",
)
# The opinion page's disclaimer: "articles express their writers' views, not necessarily the site's".
# Tried only on lines holding one of DISCLAIMER_WORDS, since body lines of any length are tested.
DISCLAIMER_WORDS = re.compile("تعبر|يعبر|تعكس|يعكس|يتحمل|تتحمل|views")
DISCLAIMER = cue(
    r"(?:تعبر|يعبر|تعكس|يعكس)\s+(?:عن\s+)?(?:رأي|راي|آراء|اراء|وجهة\s+نظر|وجهات\s+نظر)\s+(?:كاتبها|كاتبيها|كتابها|أصحابها|اصحابها|صاحبها|كاتبه|الكاتب|الكتاب|المؤلف|مؤلفيها)",
    r"(?:لا|ولا)\s+(?:تعبر|يعبر|تعكس|يعكس)\s+(?:بالضرورة\s+)?(?:عن\s+)?(?:رأي|راي|سياسة|وجهة\s+نظر|توجهات)\s+(?:الموقع|الصحيفة|الجريدة|القناة|المجلة|الشبكة|التحرير|البوابة|إدارة|ادارة)",
    r"(?:لا\s+(?:يتحمل|تتحمل))\s+(?:الموقع|الصحيفة|الجريدة|إدارة\s+الموقع|ادارة\s+الموقع)\s+(?:أي\s+|اي\s+)?(?:مسؤولية|مسئولية)",
    r"views\s+expressed\s+.{0,60}(?:are|is)\s+(?:those|that)\s+of\s+the\s+(?:author|writer)",
)
# A reuse notice: copyright words and a request or a ban in one line ("use of the content under
# section 27a of the copyright law: please write to ...", "no copying without permission").
COPYRIGHT = cue(r"(?:حقوق|الحقوق)\s+(?:الطبع|النشر|الأدبية|الادبية|الملكية\s+الفكرية)", r"copyright")
REUSE_REQUEST = cue(
    r"يرجى", r"الرجاء", r"يمنع", r"يحظر", r"لا\s+يجوز", r"(?:دون|بدون)\s+(?:إذن|اذن)", r"\bplease\b", r"without\s+permission"
)
# An aggregator's words to its readers around a copied article ("you are following the news ...
# from the world section, and now we leave you with the details"; "thank you for reading").
READER_NOTE = cue(
    r"(?:تتابعون|تابعتم)\s+(?:معنا\s+)?(?:خبر|الخبر)",
    r"نترككم\s+مع",
    rf"(?:شكر{_AN})\s+(?:لكم\s+)?(?:لقراءتكم|لقرائتكم|لمتابعتكم|على\s+(?:قراءة|متابعة))",
    r"نعرض\s+لكم\s+(?:زوارنا|متابعينا|متابعي)",
)
# "This story was taken from ...": tried only on lines holding one of TAKEN_FROM_WORDS (a cheap search first).
TAKEN_FROM = cue(
    r"(?:الخبر|المحتوى|المقال|الموضوع)\s+(?:منقول|تم\s+نقله|مأخوذ|ماخوذ)\s+(?:من|عن)\s",
    # a republisher's note: "the content of this story was written by <paper> ... copied as it is from <paper>"
    r"(?:مضمون|محتوى)\s+هذا\s+(?:الخبر|المقال|الموضوع)\s+(?:تم\s+)?(?:كتابته|نشره)\s+(?:بواسطة|من\s+قبل)\s",
    r"تم\s+نقله\s+بمحتواه",
)
TAKEN_FROM_WORDS = re.compile("منقول|نقله|مأخوذ|ماخوذ|كتابته|نشره")
# A news agency's end mark, between brackets, slashes or dashes ("(النهاية)", "//انتهى//", "-انتهى-", "/انتهى" last),
# perhaps with its editors' initials or the time after it ("م ع م / م ع ع", "15:25 ت م"): the
# wire copy's last words, alone on a line or run on after the last sentence. Nothing to translate.
_END_MARK_TOKEN = r"(?:[\u0621-\u064a]|\d{1,2}:\d{2})"
_END_MARK = (
    r"[(\[/\-–—*]+\s*(?:النهاية|انتهى|إنتهى|انتهي)\s*(?:[)\]/\-–—*]+"
    rf"(?:\s*{_END_MARK_TOKEN}(?:[\s/.,،\-–—]+{_END_MARK_TOKEN})*)?[\s/.,،\-–—]*"
    r"|[\s.]*)$"  # or unclosed at the very end ("... ورفعته./انتهى")
)
END_MARK = re.compile(r"^\s*" + _END_MARK)
_ENDS_IN_END_MARK = re.compile(r"(?:^|(?<=[\s.]))" + _END_MARK)


def end_mark_start(text: str) -> int | None:
    """Where an agency's end mark run on after the last sentence of `text` starts ("... البلاد. (انتهى) م ع",
    "... ورفعته./انتهى"), or None."""
    if "نته" not in text and "نهاية" not in text:  # the mark's words first: cheap
        return None
    match = _ENDS_IN_END_MARK.search(text)
    return match.start() if match else None


def ends_in_end_mark(text: str) -> bool:
    """`text` ends in an agency's end mark run on after its last sentence."""
    return end_mark_start(text) is not None


# A photo credit in brackets at the end of a short line: the line is a caption.
PHOTO_CREDIT = cue(
    r"[(\[]\s*(?:صورة\s*[:：]?\s*)?(?:الإنترنت|الانترنت|إنترنت|انترنت|أرشيفية|ارشيفية|أرشيف|ارشيف|تعبيرية|مواقع\s+التواصل(?:\s+الاجتماعي)?"
    r"|فيسبوك|فيس\s+بوك|تويتر|إكس|رويترز|أ\s?ف\s?ب|ا\s?ف\s?ب|الأناضول|الاناضول|getty(?:\s+images)?|afp|reuters|epa|shutterstock"
    r"|(?:جيتي|غيتي)(?:\s+(?:إيميجز|ايميجز|إيماجز|ايماجز))?)\s*[)\]]\s*$",  # Getty spelt in Arabic
    r"\S\s*[-–|]\s*(?:صورة\s+)?(?:أرشيفية|ارشيفية|تعبيرية)$",  # "... - أرشيفية"
)
# A caption's source after a dash, where it names no agency but where the photo was found: "نازحين
# فارين من نيالا ... - المصدر وسائل التواصل الاجتماعي" (batch 355's dabangasudan). A headline closing
# on a source's name ("... - المصدر أونلاين") names a site, not these.
SOURCED_PHOTO = cue(
    r"\S\s*[-–|]\s*(?:المصدر|مصدر\s+الصورة|الصورة)\s*[:：]?\s*"
    r"(?:(?:وسائل|مواقع)\s+التواصل(?:\s+الاجتماعي)?|الإنترنت|الانترنت|أرشيف|ارشيف)$",
)
# Photos credited in brackets closing a line: "... / جديد انفو ( الصور من قناة تاودا تيفي)".
PHOTOS_CREDITED = re.compile(r"[(\[]\s*(?:ال)?(?:صور|صورة|تصوير)\s[^()\[\]]*[)\]]\s*$")
# A photographer's credit in a Latin-script caption, as agencies and stock libraries write it:
# "Foto: Thomas Johansson / TT", "(Photo by Name/AFP via Getty Images)", "REUTERS/Name", "AFP PHOTO".
LATIN_PHOTO_CREDIT = cue(
    r"\b(?:photo|foto|photograph|picture|image|bild|credit)s?\s*(?:by\s+|[:：]\s*)[^\W\d_]",
    r"\b(?:reuters|afp|epa|ap|anadolu|getty\s+images)\s*/\s*[^\W\d_]",
    r"\bafp\s+photo\b",
)
# The same credit in brackets closing an Arabic caption: "الوزير ... - (Photo by Name/AFP via Getty Images)".
BRACKETED_LATIN_PHOTO_CREDIT = cue(
    r"[(\[]\s*(?:photo|foto|photograph|picture|image)s?\s*(?:by\s+|[:：]\s*)[^()\[\]]+[)\]]\s*$",
    r"[(\[][^()\[\]]*\bvia\s+getty\s+images\s*[)\]]\s*$",
)
# A caption pointing at the picture above it: "أعلاه صورة من المعرض ...", "في الصورة أعلاه: الوزير ...".
PICTURE_ABOVE = cue(r"^(?:(?:أعلاه|اعلاه)\s*(?:[:：]|صورة|صور|الصورة)|(?:في\s+)?(?:الصورة|الصور)\s+(?:أعلاه|اعلاه))\s*[:：،,-]?\s*\S")
# A photo's caption naming its people "(from left to right)", as agencies' captions do.
LEFT_TO_RIGHT = re.compile(r"\(\s*من\s+(?:اليسار|اليمين)\s+(?:إلى|الى|ل)\s*(?:اليمين|اليسار)\s*\)")
LABEL = cue(
    r"^(?:عاجل|خاص|حصري|فيديو|صور|بالصور|بالفيديو|إعلان|اعلان|breaking|exclusive|advertisement|ad|video|photos|live|مباشر)\s*[:|]?$",
    r"^(?:مساحة\s+إعلانية|مساحة\s+اعلانية|محتوى\s+مدفوع|محتوى\s+ممول|sponsored)$",
    r"^(?:أخبار|اخبار|أنباء|انباء)\s+عاجلة$",
    r"^(?:أهم|اهم|أبرز|ابرز)\s+(?:الأخبار|الاخبار)\s*[:：]?$",  # "top news": a widget's label (the list may be cut off)
    r"^(?:أرشيف|ارشيف)\s+(?:الأخبار|الاخبار|الأنباء|الانباء|المقالات)\s*[:：]?$",  # "news archive": a section's link (phy.du.edu.eg)
    # a key-points box's label ("النقاط الأساسية"; the points below it are the text's)
    r"^(?:(?:أهم|اهم|أبرز|ابرز)\s+)?النقاط(?:\s+(?:الأساسية|الاساسية|الرئيسية))?\s*[:：]?$",
    # a summary box's label ("في كلمات قليلة", batch 143's newsar; "ملخص"): the summary below it is the text's
    r"^(?:في\s+كلمات\s+قليلة|باختصار|ملخص(?:\s+(?:الخبر|المقال))?)\s*[:：]?$",
)
# A news ticker's label: "شريط الأخبار"; the headlines it runs together follow (see clean.py).
# A poll's header alone on its line ("شاركنا برأيك", "  • استطلاع رأى" as a list's item): the question
# below it is the poll's.
POLL_HEADER = cue(
    r"^(?:[•·]\s*)?(?:شاركنا|شاركونا|شارك)\s+(?:برأيك|برأيكم|برايك|رأيك)\s*[:：]?$",
    r"^(?:[•·]\s*)?(?:استطلاع|إستطلاع)\s+(?:رأي|الرأي|راي|رأى)\s*[:：]?$",
    r"^(?:صوت|صوّت|صوتوا)\s+(?:الآن|الان)\s*[:：]?$",
    r"^(?:poll|vote\s+now)\s*[:：]?$",
)
# A date archive's heading, WordPress's in English or Arabic, and the date alone after it ("Daily
# Archives: 3 يوليو، 2021", "الأرشيف الشهري: يوليو 2021", "Yearly Archives: 2021").
_ARCHIVE_DATE = rf"(?:(?:\d{{1,2}}\s+)?[^\W\d_]+(?:\s+[^\W\d_]+)?[,،]?\s+(?:\d{{1,2}}[,،]?\s+)?)?(?:19|20)\d{{2}}|{_CALENDAR_DATE}"
ARCHIVE_HEADING = re.compile(
    r"^(?:(?:(?:daily|monthly|yearly)\s+)?archives?|(?:ال)?(?:أرشيف|ارشيف)\s+(?:ال)?(?:يومي|شهري|سنوي))"
    rf"\s*[:：]\s*(?:{_ARCHIVE_DATE})\s*$",
    re.IGNORECASE,
)
# A tag's, category's or writer's archive heading, WordPress's in Arabic or English, and the name after
# it ("أرشيف الوسم : الاستخبارات", "Category Archives: سياسة").
TAXONOMY_ARCHIVE_HEADING = cue(
    r"^(?:أرشيف|ارشيف|أرشيفات|ارشيفات)\s+(?:ال)?(?:وسم|وسوم|تصنيف|تصنيفات|قسم|كاتب|كاتبة|مؤلف|الكلمة\s+الدلالية)\s*[:：]",
    r"^(?:tag|category|author)\s+archives?\s*[:：]",
)
TICKER_LABEL = cue(r"^(?:شريط\s+(?:الأخبار|الاخبار|الأنباء|الانباء|الأخبار\s+العاجلة|العاجل)|news\s+ticker)\s*[:：]?$")
_HOME = r"(?:الرئيسية|الصفحة[\s_]+الرئيسية|home)"
HOME_LINK = cue(rf"^(?:[-–•*]\s*)?{_HOME}$")  # alone on its line (a list's item): a link, never a wrapped sentence's end
# WordPress's "read more" mark closing an excerpt of the text ("... التي سيكون […]")
EXCERPT_MORE = cue(r"\[\s*(?:…|\.{3}|&hellip;)\s*\]\s*$")
BREAKING_TICKER = cue(r"^(?:عاجل|breaking)\s*[:|\-–]\s*\S")
CREDIT = cue(
    r"^(?:المصدر|مصدر\s+الخبر|مصدر\s+الصورة|الصورة|تصوير|حقوق\s+الصورة|source|photo|image)\s*(?:[:：|]|$)",  # "المصدر |": left empty
    # "مصدر الخبر فرانس 24", "مصدر الخبر / صحيفة الصدى": the label and a name, no sentence
    r"^مصدر\s+(?:الخبر|المقال|النص)\s*(?:[/\-–]\s*)?[^\W\d_][^.!?؟،:]*$",
    # "نقلاً عن موقع «إيران الحرة»": the site the text was taken from, alone on its line
    rf"^نقل{_AN}\s*عن\s+(?:موقع|صحيفة|جريدة|مجلة|وكالة|قناة|شبكة)\s+[^.!?؟]{{1,50}}$",
    # a news agency alone on its line, as a photo or text credit
    r"^[(\[]?(?:رويترز|أ\s?ف\s?ب|ا\s?ف\s?ب|د\s?ب\s?أ|الأناضول|الاناضول|وكالات|واس|وام|قنا|كونا|سانا|بترا|وفا|ومع|سونا|reuters|afp|ap|getty(?:\s+images)?|epa)[)\]]?$",
)
# A feed's footer naming the site the post first appeared on, whatever the title's length:
# "The post ... appeared first on اخبار السودان.", "ظهرت المقالة ... أولاً على ...", and
# "هذا الخبر ... ظهر أولاً في Cedar News.", whose verb comes after the title.
_FIRST_ON = r"(?:أولا|أولاً|اولا|أولًا) (?:على|في) \S"
_FEED_FOOTER_OPENINGS = ("the post ", "ظهرت المقالة ", "ظهرت المقال ", "ظهرت التدوينة ")
_FEED_FOOTER_CLOSING = re.compile(rf" appeared first on \S| {_FIRST_ON}")
_FEED_FOOTER_OPENINGS_VERB_LATER = ("هذا الخبر ", "هذا المقال ")
_FEED_FOOTER_CLOSING_VERB_LATER = re.compile(rf" (?:ظهر|ظهرت) {_FIRST_ON}")


def is_feed_footer(text: str) -> bool:
    """A feed's "appeared first on" footer; read with string tests, linear in the line's length."""
    opening = " ".join(text[:40].split()).lower()
    if opening.startswith(_FEED_FOOTER_OPENINGS):
        closing = _FEED_FOOTER_CLOSING
    elif opening.startswith(_FEED_FOOTER_OPENINGS_VERB_LATER):
        closing = _FEED_FOOTER_CLOSING_VERB_LATER
    else:  # most lines: read no further
        return False
    return closing.search(" ".join(text.split()).lower()) is not None


# A promo's parts: "the latest" news, the news, and the call to follow or join a channel.
_LATEST = r"(?:آخر|اخر|أحدث|احدث|أهم|اهم)"
_NEWS = r"(?:الأخبار|الاخبار|أخبار|اخبار|المستجدات)"
_JOIN_CALL = r"(?:تابعونا|تابعوا|اشترك|انضم|حمل|تطبيق|قناة|قناتنا|صفحتنا|حسابنا)"
_SHARE = r"(?:شارك|شاركوا|انشر|انشروا)"  # "share"
_SHARE_THE_ARTICLE = rf"{_SHARE}\s+(?:المقال|الخبر|الموضوع)"  # "share the article"
_ON_SOCIAL_MEDIA = r"(?:على|علي|عبر)\s+(?:منصات|مواقع|وسائل|شبكات)\s+التواصل"
PROMO = cue(
    r"^(?:تابعوا|تابعونا|follow\s+us)\b",
    r"^تابعنا\s*(?:$|على|عبر|في|فى|:)",
    # "تابع بلادنا 24 على Bladna24 News": the site on a channel, the channel ending the line
    r"^تابع(?:وا)?\s+(?:\S+\s+){1,3}(?:على|عبر)\s+(?:\S+\s+){0,2}(?:news|نيوز|تطبيق|فيسبوك|فيس\s+بوك|تويتر|إكس|واتساب|تيليجرام|تلغرام|يوتيوب|انستغرام|إنستغرام)$",
    r"^(?:حمل|حمّل|نزل|نزّل|تحميل|تنزيل)\s+(?:تطبيق|التطبيق)",
    r"^(?:تفعيل|فعل|فعّل|تلقى|تلق)\s+(?:الإشعارات|الاشعارات|التنبيهات|إشعارات|اشعارات|تنبيهات)",
    rf"^(?:ل|و)?متابعة\s+{_LATEST}\s+{_NEWS}\s+.{{0,40}}{_JOIN_CALL}",
    # "ليصلك المزيد من الأخبار اشترك بقناتنا على التليغرام": news sent to the reader, then the call
    rf"^ل(?:يصلك|تصلك|يصلكم|تصلكم)\s+(?:المزيد\s+من\s+|{_LATEST}\s+|كل\s+)?{_NEWS}\s+.{{0,40}}(?:{_JOIN_CALL}|تابع)",
    r"^(?:احصل|حمل|حمّل)\s+(?:على\s+)?(?:آخر|اخر|تطبيق)",
    # "اخبار ليبانون فايلز متوفرة الآن مجاناً عبر خدمة واتساب...": the site's news offered on a channel
    rf"^{_NEWS}\s+.{{0,40}}(?:متوفرة|متوافرة|متاحة)\s+(?:الآن\s+|الان\s+)?(?:مجان{_AN}\s+)?(?:عبر|على|علي)\s+(?:خدمة\s+|تطبيق\s+|قناة\s+)?(?:واتساب|واتس\s*اب|تيليجرام|تلغرام|تليغرام|whatsapp|telegram)",
    r"^للمزيد\s*[:：]\s*(?:موقع|زوروا|زوروا\s+موقع|تابعوا|تابعونا)\s",  # "للمزيد: موقع خليجيون نيوز، ..."
    r"^(?:انضم|انضموا|اشترك|اشتركوا)\s+(?:إلى|الى|ل|في|فى)?\s*(?:قناتنا|قناة|مجموعتنا|مجموعة)",
    r"^تابع(?:وا)?\s+(?:آخر|اخر|أحدث|احدث|أهم|اهم)\s+(?:الأخبار|الاخبار|أخبار|اخبار)(?:\s+(?:عبر|على|من\s+خلال)|\s*$)",
    rf"^{_SHARE_THE_ARTICLE}\s+(?:و|مع)",  # "شارك المقال وأخبر به أصدقائك الآن"
    # "شارك الخبر علي منصات التواصل": the share buttons' label
    rf"^{_SHARE_THE_ARTICLE}\s+{_ON_SOCIAL_MEDIA}",
    # "شارك على مواقع التواصل" alone: the label without its object (past-tense "shared" goes on)
    rf"^{_SHARE}\s+{_ON_SOCIAL_MEDIA}(?:\s+الاجتماعي)?\s*[:：]?$",
    rf"^{_SHARE}\s+(?:هذه\s+الصفحة|هذا\s+(?:المقال|الخبر|الموضوع))$",
    rf"^{_SHARE}(?:ها|ه)?\s+(?:مع\s+)?(?:أصدقائك|اصدقائك|أصدقاءك|اصدقاءك)(?:م)?\s*[:：]?$",  # "شارك مع أصدقائك" (batch 262, australiatoday)
    # "قم بمشاركة المقال", "يمكنكم مشاركة المقال على منصتكم المفضلة": the share buttons' invitation
    rf"^{_GO_AHEAD}\s+ب(?:مشاركة|نشر)\s+(?:المقال|الخبر|الموضوع)",
    r"^(?:يمكنك|يمكنكم|بإمكانك|بإمكانكم|بامكانك|بامكانكم)\s+(?:مشاركة|نشر)\s+(?:المقال|الخبر|الموضوع)"
    r"(?:\s+(?:على|عبر|مع)\s+[^.!?؟]{0,40})?[.!]?$",
    # "هل أعجبك المحتوى وتريد المزيد منه ...": the newsletter's question to the reader
    r"^هل\s+(?:أعجبك|اعجبك|أعجبتك|اعجبتك|أعجبكم|اعجبكم)\s+(?:هذا\s+|هذه\s+)?(?:المحتوى|المقال|المقالة|الخبر|الموضوع)",
)
# The site's own links at the foot of a page: two or more on one line, or one alone (found anywhere,
# counted and cut out: one plain pattern).
FOOTER_LINK = _compiled(
    (
        r"سياسة\s+(?:الخصوصية|الاستخدام)",
        r"اتصل\s+بنا",
        r"من\s+نحن",
        r"^(?:عن|حول)\s+(?:الموقع|الجريدة|الصحيفة)$",  # "about the site" alone (in a sentence it is prose)
        r"شروط\s+(?:الاستخدام|الخدمة)",
        r"أعلن\s+معنا|اعلن\s+معنا",
        r"تواصل\s+معنا",
        r"خريطة\s+الموقع",
        r"روابط\s+(?:سريعة|مهمة|هامة)",
        r"الشروط\s+والأحكام",
        r"(?:إخلاء|اخلاء)\s+(?:المسؤولية|المسئولية)",
        r"اتفاقية\s+(?:الاستخدام|المستخدم)",
        r"privacy\s+policy",
        r"contact\s+us",
        r"about\s+us",
        r"terms\s+of\s+(?:use|service)",
    )
)
# A paywall: "this article is for subscribers", "join us to read it", "have an account? log in".
PAYWALL = cue(
    r"(?:مخصص|متاح|متاحة|مخصصة)\s+(?:فقط\s+)?(?:للمشتركين|للمشتركات|للأعضاء)",
    r"للوصول\s+(?:إلى|الى)\s+(?:هذا\s+)?(?:المقال|المحتوى|الخبر)",
    r"^(?:لديك|هل\s+لديك)\s+حساب",
    r"^مقال\s+مؤرشف",
    r"\bsubscribers?\s+only\b",
)
# A breadcrumb from the home page: "الرئيسية » أخبار » ...", or its label, "أنت هنا" ("you are here"), alone or before it.
BREADCRUMB = cue(rf"^{_HOME}\s*[-»>/|›]\s*\S", rf"^(?:(?:أنت|انت)\s+هنا|you\s+are\s+here)\s*[:：]?\s*(?:$|{_HOME})")
# A field of the page's template: "المحور: مواضيع سياسية", "التصنيف: أخبار".
FIELD = cue(
    r"^(?:القسم|التصنيف|المحور|الفئة|الباب|التبويب|الركن|category|section)\s*[:：]\s*\S",
    r"^(?:نشر|نشرت|نُشر|نُشرت)\s+في\s*[:：](?=\D*$)\s*[^\W\d_]",  # "published in: local news" (a section; a date is a timestamp)
)
_MORE = r"(?:المزيد|more)[\s.…»|]*$"  # "المزيد |": a bar a template set after the link
MORE_LINK = cue(rf"^{_MORE}")
# A teaser cut off before its "more" link ("... المزيد |", "… اقرأ المزيد"): a link to another article.
MORE_LINK_AFTER_CUT = cue(rf"(?:…|\.\.\.)\s*(?:(?:اقرأ|إقرأ|اقرا)\s+)?{_MORE}")
# "Continue reading", "load more", "show more": a link or a button alone on its line.
CONTINUE_LINK = cue(
    r"^(?:أكمل|اكمل|إكمال|اكمال|تابع|متابعة|مواصلة|واصل)\s+(?:القراءة|قراءة\s+(?:المقال|الخبر|الموضوع))\s*[.…»«›\-–]*$",
    r"^(?:تحميل|عرض|إظهار|اظهار|تصفح)\s+(?:المزيد|مزيد)(?:\s+من\s+(?:الأخبار|الاخبار|المقالات|الموضوعات))?\s*[.…»]*$",
    r"^(?:continue|keep)\s+reading\b.{0,3}$|^(?:load|show)\s+more$",
    r"^(?:عرض|مشاهدة|شاهد)\s+(?:الكل|الجميع)$|^(?:جميع|كل)\s+(?:الأخبار|الاخبار|المقالات)$|^(?:view|see)\s+all$",
    r"^(?:النسخة|عرض\s+النسخة)\s+(?:الكاملة|المحمولة|الكلاسيكية|العادية)$",
    # "أظهر المقالة بالكامل": the button that unfolds the rest of the text
    rf"^(?:أظهر|اظهر|إظهار|اظهار|عرض|{READ_VERB}|قراءة)\s+(?:المقال|المقالة|الخبر|الموضوع|النص)\s+(?:بالكامل|كامل{_AN}|كاملة)\s*[.…»]*$",
)


def is_bare_link(text: str) -> bool:
    """A "read more", "more" or "continue reading" link's words and nothing else."""
    text = text.strip()
    read_also = READ_ALSO.match(text)
    return bool((read_also and not text[read_also.end() :].strip(" :：-–|.…")) or MORE_LINK.match(text) or CONTINUE_LINK.match(text))


# A photo's caption: "جانب من الاجتماع", "لقطة من الحفل", "من فعاليات المعرض".
CAPTION_OPENING = cue(r"^(?:جانب|لقطة|صورة|صور)\s+من\s+\S", r"^من\s+(?:حفل|فعاليات|مراسم)\s+\S")
ACCOUNT = cue(
    r"^(?:تسجيل\s+(?:الدخول|الخروج)|إنشاء\s+حساب|انشاء\s+حساب|حسابي|log\s*in|sign\s+(?:in|up)|register|my\s+account)$",
    r"^(?:هل\s+)?نسيت\s+(?:كلمة\s+(?:المرور|السر)|كلمة\s+مرورك)\s*[?؟]?$|^forgot\s+(?:your\s+)?password\s*\??$",
    # the log-out dialog's question ("هل تريد حقاً تسجيل الخروج؟")
    rf"^هل\s+(?:تريد|تود|ترغب)\s+(?:(?:حق|فعل){_AN}\s+)?(?:في\s+)?(?:تسجيل\s+الخروج|الخروج)\s*[?؟]$|^(?:are\s+you\s+sure\s+)?(?:you\s+)?want\s+to\s+log\s*out\s*\?$",
)
# one button of a text-size control: "زيادة حجم الخط", "إنقاص حجم الخط", "مسح" (back to the default size)
_FONT_SIZE_BUTTON = r"(?:زيادة|إنقاص|انقاص|تكبير|تصغير|تقليل)\s+(?:حجم\s+)?الخط|مسح|إعادة\s+(?:تعيين|ضبط)|الحجم\s+الافتراضي"
WIDGET = cue(
    r"^(?:صورة|الصورة)\s+(?:أرشيفية|ارشيفية|تعبيرية|توضيحية)$",
    r"^(?:file\s+photo|archive\s+photo)$",
    r"^(?:\d+\s+)?(?:حجم\s+الخط|تكبير\s+الخط|تصغير\s+الخط|font\s+size|a\+?\s*a-?)$",  # after a counter
    # a text-size control's buttons: "زيادة حجم الخط مسح إنقاص حجم الخط" (larger, reset, smaller),
    # "تكبير الخط تصغير الخط"
    rf"^(?=.*الخط)(?:{_FONT_SIZE_BUTTON})(?:\s+(?:{_FONT_SIZE_BUTTON}))*$",
    # a share or print button's label: "انقر للمشاركة على فيسبوك (فتح في نافذة جديدة)"
    r"\((?:فتح|يفتح|تفتح|يُفتح)\s+في\s+(?:نافذة|علامة\s+تبويب|لسان)\s+(?:جديدة|جديد)\)|\(opens\s+in\s+new\s+window\)",
    r"^(?:إعجاب|اعجاب|أعجبني)\s+(?:تحميل|جار\s+التحميل|جاري\s+التحميل)",  # a like button while it loads
    r"^(?:التنقل|التنقّل|الانتقال|الإنتقال|تصفح|تصفّح)\s+(?:بين\s+)?(?:المقالات|المقالة|التدوينات|المنشورات|الأخبار|الاخبار|المقال|التعليقات)$|^post\s+navigation$",
    r"^هل\s+(?:أعجبك|اعجبك|استفدت\s+من)\s+(?:هذا\s+)?(?:المقال|الخبر|الموضوع)",
    r"^(?:نعم\s+لا|yes\s+no)$",
    r"^(?:was\s+this\s+(?:article|page)\s+helpful)",
    # "تم نسخ الرابط", "- تم نسخ عنوان المقال إلى الحافظة": a copy button's notice
    r"^(?:تم\s+)?نسخ\s+(?:الرابط|(?:رابط|عنوان)\s+(?:الخبر|المقال))(?:\s+المختصر)?(?:\s+(?:إلى|الى)\s+الحافظة)?$",
    r"^(?:جدول\s+المحتويات|محتويات\s+(?:المقال|الموضوع)|فهرس\s+(?:المقال|المحتويات)|table\s+of\s+contents)$",
    # back to the top: "العودة للأعلى", the button's label "زر الذهاب إلى الأعلى"
    r"^(?:زر\s+)?(?:العودة|الرجوع|عودة|ارجع|إرجع|الذهاب|اذهب|إذهب|انتقل)\s+(?:إلى|الى|لل|ل)\s*(?:الأعلى|الاعلى|أعلى|اعلى)(?:\s+الصفحة)?$|^back\s+to\s+top$",
    r"^(?:ابحث|إبحث|بحث|البحث|search)(?:\s+(?:عن|في\s+الموقع|هنا|\.\.\.))?\s*[:.…]*$",
    r"^(?:اكتب|أكتب|أدخل|ادخل)\s+(?:كلمة|كلمات)\s+(?:البحث|للبحث)",
    r"^(?:الرابط\s+المختصر|رابط\s+مختصر|short\s*link)\b",
    # a print page's link and number labels: "رابط العنوان :", "رقم: 256367", "رمز الخبر: 12345"
    r"^(?:رابط|الرابط)\s+(?:العنوان|الخبر|المقال|الصفحة|الموضوع)\s*(?:[:：]\s*)?(?:(?:https?://|www\.)\S+)?$",
    r"^(?:رقم|رمز|كود)(?:\s+(?:الخبر|المقال|الموضوع))?\s*[:：]\s*\d{4,}$",
    r"^[(\[/\-–—*]*\s*(?:يتبع|يُتبع)\s*[)\]/\-–—*.…]*$",  # a wire copy's "to follow", alone on its line
    r"^(?:جاري|جار)\s+(?:التحميل|تحميل)|^loading\b",
    r"^(?:استمع|إستمع)\s+(?:إلى|الى|لل|ل)\s*(?:هذا\s+)?(?:المقال|الخبر|الموضوع|القصة)|^listen\s+to\s+(?:this\s+)?(?:article|story)",
    r"^(?:أضف|اضف|إضافة|اضافة)\s+(?:إلى|الى|لل|ل)\s*(?:المفضلة|قائمة\s+القراءة)|^(?:حفظ|احفظ)\s+(?:المقال|الخبر)$",
    r"^(?:مواقيت|أوقات|اوقات)\s+الصلاة(?:\s+(?:اليوم|في\s+\S+))?$|^الصلاة\s+القادمة\b",
    # a theme's controls: skip to the content, the menu, the dark mode, closing a panel
    r"^(?:تخطى|تخطي|التخطي|تجاوز|انتقل|الانتقال)\s+(?:إلى|الى|لل|ل)\s*(?:المحتوى|المحتوي)(?:\s+الرئيسي)?$|^skip\s+to\s+(?:the\s+)?(?:main\s+)?content$",
    r"^(?:القائمة|القائمة\s+الرئيسية|فتح\s+القائمة|إغلاق\s+القائمة|اغلاق\s+القائمة|إغلاق|اغلاق)$",
    r"^(?:الوضع|الوضع\s+ال)(?:\s*)(?:المظلم|الليلي|الداكن|النهاري)$",
    r"^(?:البحث\s+عن|ابحث\s+عن)\s*[:：]$",
    r"^(?:حول|عن)\s+(?:الكاتب|الكاتبة|المؤلف)$",
    rf"^(?:تحقق|شاهد|تصفح)\s+(?:{_ALSO})$",  # a theme's "check also" box
    r"^(?:أدخل|ادخل|اكتب)\s+(?:بريدك|عنوان\s+بريدك)\s+(?:الإلكتروني|الالكتروني)",  # a newsletter's field
    r"^(?:أرسل|ارسل|إرسال|ارسال)\s+(?:إلى|الى)\s+صديق$",  # "send to a friend" ("أرسل لصديق" is a share button)
    # "report an error" (in this article), the whole line
    r"^(?:أبلغ|ابلغ|الإبلاغ|الابلاغ|إبلاغ|ابلاغ|بلغ)\s+عن\s+(?:خطأ|خطا|محتوى)(?:\s+(?:في\s+)?(?:هذا\s+)?(?:المقال|الخبر|الصفحة))?$",
    r"^(?:كل|جميع)\s+(?:مقالات|أخبار|اخبار|مواضيع)\s+(?:الكاتب|الكاتبة|المحرر|المؤلف)$",
    # the previous or next article's link label: "المقال السابق", "الخبر التالي"
    r"^(?:المقال|المقالة|الخبر|المادة|الموضوع|المنشور|التدوينة|الصفحة)\s+(?:السابق|التالي|السابقة|التالية)$"
    r"|^(?:previous|next)\s+(?:article|post|story)$",
    # content-management themes' labels alone on a line, wherever they fall (an ad's box inside the text, too)
    r"^(?:إرسال|ارسال)\s+(?:التعليق|تعليق)$|^(?:إغلاق|اغلاق)\s+(?:الإعلان|الاعلان)$|^(?:وقت|مدة)\s+القراءة\s*[:：]?$",
    rf"^(?:أرسل|ارسل)\s+(?:خبر{_AN}|خبرك)$|^رأيك\s+يهمنا$|^(?:{READ_VERB})\s+التالي$|^تم\s+الاشتراك\s+بنجاح",
    r"^(?:محتوى|مادة)\s+(?:إعلاني|اعلاني|إعلانية|اعلانية)$|^برعاية$",
    r"^(?:إضافة|اضافة)\s+(?:إعلان|اعلان)$",  # an ad slot's placeholder ("add an ad", batch 260's twasul)
    r"^(?:نشر|نشرت|كتب|كتبت)\s+بواسطة\s*[:：]?$|^(?:الكاتب|الكاتبة)\s*[:：]?$|^(?:تاريخ\s+النشر|آخر\s+تحديث|اخر\s+تحديث)\s*[:：]?$",
    r"^(?:نشر|نشرت|نُشر|نُشرت)\s+(?:في|فى)\s*[:：]$",  # "published in:" with its date left out
)
PAGINATION_WORDS = folded(["التالي", "السابق", "الأولى", "الأخيرة", "next", "previous", "prev", "first", "last", "page", "صفحة"])
# "page 2 of 5": joins a page number to the count, on a line of pagination words and figures
PAGINATION_OF = folded(["من", "of"])
# "City - Agency" or "City - Reporter" datelines: a few words around a dash, no sentence.
# A relative time, perhaps in several units, after a section's name or followed by the source: "منذ 3
# ساعات", "أكثر من 6 سنوات فى التحرير", "الجنوب - منذ 18 يوم و 12 ساعة و 58 دقيقة".
# A time zone after a date or time: "بتوقيت القدس", "توقيت غرينتش", "+2GMT", "UTC+3" (words folded).
TIME_ZONE_WORD = re.compile(r"^ب?توقيت$")
TIME_ZONE_CODE = re.compile(r"^[+-]?\d{0,2}(?:gmt|utc)(?:[+-]?\d{1,2})?$")
_TIME_UNIT = r"(?:ثانية|ثوان|ثواني|دقيقة|دقائق|ساعة|ساعات|يوم|[أا]يام|[أا]سبوع|[أا]سابيع|شهر|[أا]شهر|شهور|سنة|سنوات|سنين|عام|[أا]عوام)"
RELATIVE_TIME = re.compile(
    rf"^(?:\S+(?:\s+\S+)?\s+[-–|]\s+)?(?:منذ|قبل|[أا]كثر\s+من)\s+\d+\s+{_TIME_UNIT}(?:\s+و\s*\d+\s+{_TIME_UNIT})*"
    r"(?:\s+\S+){0,2}$"
)
# The same in words alone, the whole line: "منذ ساعتين", "منذ دقيقة".
RELATIVE_TIME_IN_WORDS = re.compile(
    r"^منذ\s+(?:ثانية|دقيقة|دقيقتين|ساعة|ساعتين|يوم|يومين|[أا]سبوع|[أا]سبوعين|شهر|شهرين|سنة|سنتين|عام|عامين)$"
)
# A reading time in words alone on its line ("دقيقة واحدة", "ثلاث دقائق للقراءة"): a widget under the title
# or after the text (with digits, "3 دقائق", it is a counter).
READING_TIME_IN_WORDS = re.compile(
    r"^(?:(?:وقت|مدة)\s+القراءة\s*[:：]?\s*)?(?:دقيقة\s+واحدة|دقيقتان|دقيقتين|(?:ثلاث|ثلاثة|[أا]ربع|خمس|ست|سبع|ثماني|ثمان|تسع|عشر)\s+دقائق)"
    r"(?:\s+(?:للقراءة|قراءة))?$"
)
# A reading time in figures, alone or after the byline ("كتب فريق التحرير 0 دقيقة للقراءة", "3 min read")
READING_TIME_IN_FIGURES = re.compile(r"\b\d+\s*(?:دقيقة|دقائق|دقيقتان|دقيقتين|min|mins|minutes?)\s+(?:للقراءة|قراءة|read)\b", re.IGNORECASE)
# Words that name a news source: a line of a date and such a name is a dateline; such a name alone
# after the text is a signature.
SOURCE_WORDS = folded(
    [
        "وكالة",
        "الوكالة",
        "للأنباء",
        "أنباء",
        "الأنباء",
        "نيوز",
        "برس",
        "بريس",
        "صحيفة",
        "جريدة",
        "قناة",
        "إذاعة",
        "راديو",
        "radio",
        "شبكة",
        "بوابة",
        "بالعربي",  # a brand's Arabic edition: "تركيا بالعربي", "سي إن إن بالعربية"
        "بالعربية",
        "ديجيتال",  # a broadcaster's web desk: "رووداو ديجيتال"
        "news",
        "agency",
        "press",
    ]
)
# A publication date announced as such, with whatever the template puts beside it (a byline, a
# source): "sport 360 بواسطة: sport 360 تاريخ النشر: الأربعاء، 20 مايو 2015".
_DATE_LABEL = r"(?:تاريخ\s+(?:النشر|التحديث)|آخر\s+تحديث|اخر\s+تحديث|updated(?:\s+on)?)"  # "date published", "last updated"
PUBLISHED_ON = cue(
    rf"(?:{_DATE_LABEL}|نشر\s+(?:في|بتاريخ)|published(?:\s+on)?)\s*[:：]\s*\S",
    r"^(?:نشر|نُشر)\s*[:：]\s*\S",  # "نشر: الاء. 11 مايو 2023 الساعة 02:15 صباحاً", the writer and the date
    r"^\(?\s*last\s+(?:modified|updated)\b",  # "(last modified Mon, 17 Aug 2015 01:40:48 GMT )"
    # the label closing a dated line, its time lost ("فريق التحرير6 أبريل 2016آخر تحديث :")
    rf"{_DATE_LABEL}\s*[:：]\s*$",
    # a theme's "posted on" with a date after it ("كتب في 21 مارس 2023 - 15:59"); a sentence says more
    rf"كتب(?:ه|ت|ها)?\s+في\s*[:：]?\s*(?:\d{{1,2}}\s+\S+\s+\d{{4}}|{_FIGURES_DATE})",
)
DATELINE = re.compile(r"^\S+(?:\s\S+){0,2}\s[-–]\s\S+(?:\s\S+){0,3}$")
# "بورسودان : خاص للحاكم نيوز", "القاهرة - خاص", "المكلا (نداء حضرموت) خاص": a place, a separator
# or the site's name in brackets, and "exclusive" for the site.
EXCLUSIVE_DATELINE = re.compile(r"^\S+(?:\s\S+)?\s*(?:[:：/\-–|]|\([^()]{1,30}\))\s*خاص(?:\s|$)")
SHARE_WORDS = folded(
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
        "تبليغ",  # report the post, delete it, comment on it: a post's buttons
        "حذف",
        "تعليق",
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
        "youtube",
        "يوتيوب",
        "instagram",
        "انستجرام",
        "انستقرام",
        "tiktok",
        "snapchat",
        "threads",
        "rss",
        "apple",
        "google",
        "play",
        "store",
        "app",
    ]
)
TIME_WORDS = folded(
    [
        *(word for names in MONTHS[:2] for name in names for word in name.split()),  # the Egyptian and Levantine months
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
        "الساعة",
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
        # Maghreb month names (Algeria and Tunisia; Morocco) and Hijri months
        "جانفي",
        "فيفري",
        "أفريل",
        "افريل",
        "ماي",
        "جوان",
        "جويلية",
        "أوت",
        "اوت",
        "يوليوز",
        "غشت",
        "شتنبر",
        "نونبر",
        "دجنبر",
        "محرم",
        "صفر",
        "ربيع",
        "جمادى",
        "رجب",
        "شعبان",
        "رمضان",
        "شوال",
        "القعدة",
        "الحجة",
        "ذو",
        "هـ",
        "ه",
        "ميلادي",
        "هجري",
        "ميلاديا",  # the accusative: "1440 هجريا، الموافق 14 ديسمبر 2018 ميلاديا"
        "هجريا",
        "ميلادية",
        "هجرية",
        "الموافق",
        "اول",  # "ربيع اول"
        "الآخر",
        "الاخر",
        "الآخرة",
        "الاخرة",
        "لـ",
        "ل",
        # dates announced as such, and relative times
        "تاريخ",
        "التاريخ",
        "النشر",
        "ثانية",
        "ثوان",
        "ثواني",
        "أسبوع",
        "اسبوع",
        "أسابيع",
        "اسابيع",
        "شهر",
        "أشهر",
        "اشهر",
        "سنة",
        "سنوات",
        "second",
        "seconds",
        "minute",
        "mins",
        "min",
        "hour",
        "hrs",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "read",
    ]
)
# The word a section's name opens with: "أخبار الشرقية", "أخبار الرياضة", "القسم العام" (the section).
SECTION_WORDS = folded(["أخبار", "اخبار", "أنباء", "انباء", "news", "القسم"])
# The words a report names its own parts with ("المقدمة", "الخاتمة"): alone on a line above body text,
# such a word heads that text, though it shares no word with it.
TEXT_PART_HEADINGS = folded(
    """مقدمة المقدمة تمهيد التمهيد خلاصة الخلاصة خاتمة الخاتمة ملخص الملخص خلفية الخلفية توصيات التوصيات النتائج
    الاستنتاجات""".split()  # noqa: SIM905 (reads better as text)
)
# The words news sites name their sections with ("محليات", "قضايا وآراء", "عربي ودولي", "الاقتصاد"):
# a short line of these alone, outside the text, is a section's label or a menu's item.
SECTION_NAME_WORDS = folded(
    """سياسة سياسي سياسية اقتصاد اقتصادي اقتصادية رياضة رياضي رياضية ثقافة ثقافي ثقافية فن فنون منوعات
    محليات محلي محلية دولي دولية دوليات عربي عربية عالمي عالمية عالم مقالات مقال آراء اراء رأي قضايا تحقيقات
    تقارير حوارات صحة تكنولوجيا تقنية علوم سيارات مرأة أسرة اسرة حوادث جرائم تعليم أعمال اعمال مال بورصة
    أسواق اسواق سياحة طقس ملفات متابعات أخبار اخبار كاريكاتير برلمان مجتمع شؤون""".split()  # noqa: SIM905 (reads better as text)
)
# A form's anti-spam check and its notices ("The reCAPTCHA verification period has expired"): a plain
# substring test, so that the anchored WIDGET patterns stay cheap on every line.
CAPTCHA = "captcha"
# Common Arabic given names: a line that is a writer's name above the text starts with one ("القضارف
# سليمان مختار", "عبد المنعم الاعسم"). Compounds with عبد are matched by their first word; أبو is left
# out, as it opens places too ("أبو كبير"); so are names that open headlines as common words ("نجم",
# "نجاة", "هاجر", "زينة", "أمينة", "رجاء"). Extended in session 30 from common names, not from pages.
GIVEN_NAMES = folded(
    """محمد أحمد محمود مصطفى علي حسن حسين عمر عثمان خالد سعيد سعد سعود فهد فيصل عبد إبراهيم ابراهيم
    إسماعيل اسماعيل يوسف يونس يحيى زكريا موسى عيسى سليمان داود صالح هشام هاني ناصر نصر منصور طارق طلال طه
    ياسر ياسين ماجد مجدي حمدي حمد حمزة حامد حاتم حازم جمال كمال عادل عماد عمرو وليد وائل سامي سامح سمير سليم
    رامي رائد رياض رضا رشيد زياد زيد زهير صلاح صبري شريف شادي فتحي فؤاد فادي فارس فراس قاسم كريم مازن مراد
    مروان معاذ منير مهدي نبيل نادر نزار هيثم وسام بلال بشير بشار جلال جميل جهاد حسام حيدر خليل رمضان سالم سلمان
    سلطان شوقي عاطف عصام علاء غسان قيس ماهر مهند أيمن ايمن أسامة اسامة أنور انور أشرف اشرف إيهاب ايهاب أكرم
    اكرم منى مريم فاطمة عائشة خديجة زينب ليلى سارة سلمى هدى هند هبة رنا ريم رشا دعاء إيمان ايمان أمل امل فرح
    أسماء اسماء سعاد سناء سهى شيماء صفاء عبير غادة لبنى لينا مها نادية نجلاء نهى نوال هالة هناء وفاء ياسمين
    رحاب انتصار ابتسام إبتسام إسراء اسراء آمال منال مروة رانيا دينا مدحت رأفت رافت طلعت حكمت عصمت رفعت بهجت نشأت
    شوكت عزت عفت ميرفت مرفت أمين امين أنس انس أيوب ايوب باسم باسل بكر تامر توفيق ثامر جابر جاسم جعفر حبيب حسان
    حسني حمادة حميد خميس راشد رجب رشاد رفيق رمزي رؤوف زاهر سامر سراج سفيان سيف شاكر شعبان صابر صبحي صفوت
    ضياء ظافر عاصم عامر عباس عدنان عرفات عقيل فاروق فاضل فرج فهمي فواز فوزي لؤي لطفي مأمون محسن مرتضى مسعود
    معتز ممدوح منذر مؤمن نعمان نوري همام وجدي يزيد يعقوب إدريس ادريس إلياس الياس أنيس انيس حمدان دياب ساجد شهاب
    صهيب عبيدة عدي عمار غانم قصي لقمان منتصر نضال نواف رضوان مؤيد أسعد اسعد إياد اياد آية اية أسيل اسيل أميرة
    اميرة آمنة امنة بشرى تسنيم حنان حليمة خلود رباب رغد رقية روان ريهام زهراء سلوى سميرة سوسن شذى عبلة علا عفاف
    فدوى لمياء مايا منار ميساء نادين نسرين نورا هديل وداد يسرى سماح نجوى هيام إيناس ايناس داليا نرمين سمر سهام
    نهاد ولاء نيفين شيرين بسمة تغريد جيهان رزان كوثر لميس هيفاء يارا أمجد امجد بهاء تميم جواد رامز زكي
    عوض غازي مالك مصعب ناجي نايف هاشم فكري حارث حمود خليفة دريد سهيل عياد فايز قحطان كاظم كنان مشعل معن
    مقداد ميسرة ناظم نجيب نديم نصار وديع وسيم وضاح وفيق إسحاق اسحاق أيهم ايهم بسام جبريل خضر صفوان شكري عبود
    حسونة هزاع حمادي نوح مؤنس قتيبة أنمار حسنين رهف ريما رولا ربى عزة نبيلة سهير أروى اروى بتول غدير لطيفة صفية
    نسيبة إلهام الهام سوزان ميار سجى سندس وجدان نهلة ثريا فيروز""".split()  # noqa: SIM905 (reads better as text)
)
# Titles before a person's name: such a line names the story's subject, not its writer.
HONORIFICS = folded(
    """الملك الرئيس الأمير الشيخ السيد السيدة الدكتور الدكتورة الوزير الوزيرة اللواء العميد الفريق العقيد المهندس
    الأستاذ الاستاذ السلطان الإمام الامام الحاج النائب السفير المستشار القاضي المطران البابا الفنان الفنانة الشهيد
    الراحل الراحلة المرحوم""".split()  # noqa: SIM905 (reads better as text)
)
# An office named after a person's name ("عبد المالك سلال رئيس الوزراء الجزائري", "سامح شكري وزير
# الخارجية"): such a line alone above the text is the lead picture's caption or a byline with its role.
OFFICE_WORDS = folded(
    """رئيس رئيسة نائب وزير وزيرة محافظ سفير سفيرة مدير مديرة أمين امين قائد عضو مستشار مستشارة عميد نقيب
    المتحدث الناطق الرئيس الوزير الوزيرة الأمين الامين المدير المحافظ السفير القائد النائب المستشار""".split()  # noqa: SIM905 (reads better as text)
)
# Words that make an office word before them an office, not a given name: "أمين عام حزب الله",
# "أمين سر اللجنة", "مدير عام الشركة".
OFFICE_QUALIFIERS = folded("""عام العام سر""".split())  # noqa: SIM905 (reads better as text)
# What a writer works for, named early in a long author-box line ("محرر صحفي لدى بوابة ...").
OUTLET_WORDS = SOURCE_WORDS | folded(["موقع", "الموقع", "مجلة"])
# A profession that opens an author box's line after the text ("كاتب صحفي ورئيس تحرير ...").
PROFESSION_WORDS = folded(
    [
        "كاتب",
        "كاتبة",
        "صحفي",
        "صحفية",
        "صحافي",
        "صحافية",
        "محرر",
        "محررة",
        "مراسل",
        "مراسلة",
        "إعلامي",
        "إعلامية",
        "اعلامي",
        "اعلامية",
        "باحث",
        "باحثة",
    ]
)
# Words that count a page's readers or reactions beside a number ("1,234 مشاهدة", "قراءة 3 دقائق").
COUNTER_WORDS = folded(
    [
        "مشاهدة",
        "مشاهدات",
        "المشاهدات",
        "عدد",
        "قراءة",
        "قراءات",
        "القراءات",
        "دقائق",
        "دقيقة",
        "views",
        "view",
        "reads",
        "min",
        "read",
        "تعليق",
        "تعليقات",
        "إعجاب",
        "اعجاب",
        "likes",
        "shares",
        "مشاركة",
        "مشاركات",
        "زيارة",
        "زيارات",
        "الزيارات",
        "visits",
        # reading time: "وقت القراءة: 3 دقائق", "3 دقائق للقراءة"
        "وقت",
        "مدة",
        "زمن",
        "القراءة",
        "للقراءة",
    ]
)
NAV_SEPARATORS = re.compile(r"\s[|»>›/·•]{1,3}\s|\s-\s")  # "||" and "»»" too
# Words a sentence (or a headline) cannot end on, spelling folded: prepositions, conjunctions,
# relatives and verbs of saying ("على" is left out: folded, it is also the name علي).
# "As follows": a line ending in a colon with one of these introduces what comes after it.
AS_FOLLOWS = folded(["التالي", "التالية", "كالتالي", "الآتي", "الاتي", "الآتية", "كالآتي", "كالاتي", "يلي"])
CONTINUATION_WORDS = folded(
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
        "أما",
        "إما",
        "قال",
        "وقال",
        "قالت",
        "وقالت",
        "أضاف",
        "وأضاف",
        "أضافت",
        "وأضافت",
        "أكد",
        "وأكد",
        "أكدت",
        "وأكدت",
        "أوضح",
        "وأوضح",
        "قالوا",  # the plural ("مواطنون قالوا", batch 353's freeposts cut short)
        "وقالوا",
        "أكدوا",
        "وأكدوا",
        "أضافوا",
        "وأضافوا",
        "أوضحت",
        "وأوضحت",
        "أشار",
        "وأشار",
        "أشارت",
        "وأشارت",
        "كشف",
        "وكشف",
        "كشفت",
        "وكشفت",
        "أعلن",
        "وأعلن",
        "أعلنت",
        "وأعلنت",
        "حيث",
        "فيما",
        "بينما",
        "كما",
        "إذ",
    ]
)
