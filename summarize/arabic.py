"""Arabic text helpers shared by the stages: normalisation, script detection, match keys."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

TATWEEL = "\u0640"
# Zero-width characters and bidi controls that web pages leave in text.
INVISIBLE_CHARS = (
    "\u200b\u200c\u200d\u2060\ufeff"  # zero-width space/non-joiner/joiner, word joiner, BOM
    "\u200e\u200f\u061c"  # LRM, RLM, Arabic letter mark
    "\u202a\u202b\u202c\u202d\u202e"  # embeddings and overrides
    "\u2066\u2067\u2068\u2069"  # isolates
)
_INVISIBLE_TABLE = {ord(c): None for c in INVISIBLE_CHARS + TATWEEL}
_DIGIT_TABLE = {
    **{0x0660 + i: str(i) for i in range(10)},  # Arabic-Indic digits
    **{0x06F0 + i: str(i) for i in range(10)},  # Extended (Persian/Urdu) digits
}
_TRANSLATED = re.compile("[" + re.escape(INVISIBLE_CHARS + TATWEEL) + "\u0660-\u0669\u06f0-\u06f9]")
_TATWEEL_AS_DASH = re.compile(r"(?<!\S)\u0640+(?!\S)")  # "الدوحة ـ واس": a tatweel standing alone is a dash
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_PRESENTATION_FORMS = re.compile(r"[\ufb50-\ufdff\ufe70-\ufefe]+")
_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
DIACRITIC_CHARS = "\u064b-\u0652\u0670\u0653-\u065f"  # harakat, superscript alef, other marks (for a [...] class)
_DIACRITICS = re.compile(f"[{DIACRITIC_CHARS}]")
_WORD = re.compile(r"[\w\u0621-\u065f\u0670\u0660-\u0669]+", re.UNICODE)  # letters with their diacritics
_FOLD_TABLE = str.maketrans("أإآٱىةؤئ", "اااايهوي")
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# The months in the three calendars Arabic news writes dates in, January first: Egypt's and the
# Gulf's, the Levant's and Iraq's, the Maghreb's. The one list that dates, checks and cues read.
MONTHS = (
    ("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
    ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول", "تشرين الثاني", "كانون الأول"),
    ("جانفي", "فيفري", "مارس", "أفريل", "ماي", "جوان", "جويلية", "أوت", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"),
)

# Function words that carry no content for matching (after normalise_for_match).
STOPWORDS = frozenset(
    [
        "في",
        "من",
        "الي",
        "علي",
        "عن",
        "مع",
        "ان",
        "او",
        "ثم",
        "قد",
        "لا",
        "لم",
        "لن",
        "ما",
        "ماذا",
        "هذا",
        "هذه",
        "ذلك",
        "تلك",
        "هو",
        "هي",
        "هم",
        "هن",
        "انه",
        "انها",
        "التي",
        "الذي",
        "الذين",
        "اللذين",
        "كان",
        "كانت",
        "يكون",
        "تكون",
        "قال",
        "قالت",
        "وقال",
        "وقالت",
        "حسب",
        "وفق",
        "بعد",
        "قبل",
        "عند",
        "حتي",
        "كل",
        "بين",
        "امس",
        "اليوم",
        "ايضا",
        "كما",
        "لكن",
        "غير",
        "اي",
        "الا",
        "اذا",
        "لقد",
        "منذ",
        "خلال",
        "حول",
        "ضد",
        "دون",
        "عبر",
        "نحو",
        "بشان",
        "وذكر",
        "ذكر",
        "ذكرت",
        "اعلن",
        "اعلنت",
        "واعلن",
        "واعلنت",
        "واضاف",
        "اضاف",
        "بيان",
        "the",
        "a",
        "an",
        "of",
        "to",
        "in",
        "on",
        "and",
        "or",
        "for",
        "with",
        "by",
        "at",
        "from",
        "as",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "that",
        "this",
        "it",
        "its",
        "he",
        "she",
        "they",
        "his",
        "her",
        "their",
        "said",
        "says",
        "has",
        "have",
        "had",
        "not",
        "no",
        "but",
        "which",
        "who",
    ]
)
_PREFIXES = ("وبال", "وال", "بال", "كال", "فال", "لل", "ال", "و", "ف", "ب", "ل", "ك")
_SUFFIXES = ("هما", "كما", "ها", "هم", "ات", "ون", "ين", "ان", "ه", "ي")


def normalise_text(text: str) -> str:
    """Normalise display text: presentation forms, tatweel (a dash when it stands alone), invisible
    characters, digits, spaces.

    Letters, punctuation and quotes are otherwise kept as written.
    """
    text = _PRESENTATION_FORMS.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)
    if _TRANSLATED.search(text):  # most text has none, and translate() with a dict table is slow
        if TATWEEL in text:
            text = _TATWEEL_AS_DASH.sub("\u2013", text)
        text = text.translate(_INVISIBLE_TABLE).translate(_DIGIT_TABLE)
    return _SPACES.sub(" ", text).strip()


def arabic_ratio(text: str) -> float:
    """Share of letters in `text` that are Arabic (0.0 when there are no letters)."""
    arabic = len(_ARABIC_LETTER.findall(text))
    latin = len(_LATIN_LETTER.findall(text))
    return arabic / (arabic + latin) if arabic + latin else 0.0


# Letters of Persian and Urdu that Arabic does not use (peh, tcheh, jeh, gaf, keheh, farsi yeh, and Urdu's
# tteh, ddal, rreh, noon ghunna, yeh barree, heh doachashmee, heh goal).
# Those but keheh and farsi yeh, which Arabic typed on a Persian keyboard uses too (`from_persian_keyboard`):
_PERSIAN_URDU_OWN_LETTERS = "\u067e\u0686\u0698\u06af\u0679\u0688\u0691\u06ba\u06d2\u06be\u06c1"
_PERSIAN_URDU_LETTER = re.compile(f"[\u06a9\u06cc{_PERSIAN_URDU_OWN_LETTERS}]")
PERSIAN_URDU_MIN_LETTERS = 5
PERSIAN_URDU_MIN_SHARE = 0.03


def persian_or_urdu_letters(text: str) -> int:
    """How many letters of `text` are Persian or Urdu letters, when they are frequent enough that the
    text is written in one of those languages rather than in Arabic (0 otherwise)."""
    foreign = len(_PERSIAN_URDU_LETTER.findall(text))
    letters = len(_ARABIC_LETTER.findall(text))
    return foreign if foreign >= PERSIAN_URDU_MIN_LETTERS and foreign >= PERSIAN_URDU_MIN_SHARE * letters else 0


# Arabic typed on a Persian keyboard takes that keyboard's yeh, kaf and high-hamza yeh and waw for its own
# ("تقریر", "الکریم", "برٸاسة"; Sudanese and Iraqi pages). Arabic text puts the article on many of its
# words (0.13 or more of them on every page of the page set), Persian and Urdu text on hardly any (0.0).
_PERSIAN_KEYBOARD_LETTER = re.compile("[\u06cc\u06a9\u0678\u0676]")
_PERSIAN_KEYBOARD_TABLE = str.maketrans({"\u06cc": "\u064a", "\u06a9": "\u0643", "\u0678": "\u0626", "\u0676": "\u0624"})
_FINAL_PERSIAN_YEH = re.compile(r"\u06cc(?![\u064b-\u0652]*[\u0621-\u064a\u066e-\u06d3])")  # dotless at a word's end: ى
_PERSIAN_URDU_ONLY_LETTER = re.compile(f"[{_PERSIAN_URDU_OWN_LETTERS}]")
_ARABIC_SCRIPT_WORD = re.compile(r"[\u0621-\u0652\u066e-\u06d3\u06fa-\u06ff]+")  # with diacritics
_WITH_ARTICLE = re.compile(r"(?:[وفبك]?ال|لل)[\u0621-\u064a\u066e-\u06d3]{2}")
ARABIC_ARTICLE_MIN_SHARE = 0.08


def typed_on_persian_keyboard(text: str) -> bool:
    """True when `text` is Arabic written with a Persian keyboard's letters: it has some, and the Arabic
    article opens at least ARABIC_ARTICLE_MIN_SHARE of its words (so Persian and Urdu text is not)."""
    if not _PERSIAN_KEYBOARD_LETTER.search(text):
        return False
    script_words = _ARABIC_SCRIPT_WORD.findall(text)
    with_article = sum(1 for word in script_words if _WITH_ARTICLE.match(word))
    return with_article >= ARABIC_ARTICLE_MIN_SHARE * len(script_words)


def from_persian_keyboard(line: str) -> str:
    """A line of text that is `typed_on_persian_keyboard` in Arabic's own letters (a yeh ending a word,
    dotless there, becomes alef maqsura). A line with letters only Persian or Urdu use (a quotation) is
    left as written."""
    if not _PERSIAN_KEYBOARD_LETTER.search(line) or _PERSIAN_URDU_ONLY_LETTER.search(line):
        return line
    return _FINAL_PERSIAN_YEH.sub("\u0649", line).translate(_PERSIAN_KEYBOARD_TABLE)


def is_arabic(text: str) -> bool:
    """True when most letters are Arabic."""
    return arabic_ratio(text) >= 0.5


@lru_cache(maxsize=1 << 18)
def normalise_for_match(word: str) -> str:
    """Fold spelling variants (hamza forms, alef maqsura, ta marbuta, diacritics, case) of a word
    (memoized, as `light_stem`; for whole texts use `fold_text`), once `read_back_mojibake` has read it."""
    return fold_text(read_back_mojibake(word))


def read_back_mojibake(word: str) -> str:
    """An Arabic word written in Windows-1256 and read as Latin-1 ("ÑãÖÜÜÇä", the month in an old
    site's date line) read back ("رمضان"); any other word, French "à" or "été" among them, unchanged."""
    if not _MOJIBAKE_WORD.fullmatch(word):
        return word
    arabic = word.encode("latin-1").decode("cp1256", errors="replace").replace(TATWEEL, "")
    return arabic if arabic and all(_ARABIC_LETTER.match(letter) for letter in arabic) else word


_MOJIBAKE_WORD = re.compile("[\u00c0-\u00ff]{3,}")


def without_diacritics(text: str) -> str:
    """`text` without its short vowels and other marks ("قد يُعجبك أيضاً" is "قد يعجبك أيضا"), letters untouched."""
    return _DIACRITICS.sub("", text)


def fold_text(text: str) -> str:
    """`normalise_for_match` for a text of any length (folding never moves a word boundary)."""
    return _DIACRITICS.sub("", text.lower()).translate(_FOLD_TABLE)


ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december")


@cache
def month_numbers() -> dict[str, int]:
    """Each month's name, Arabic in all its naming systems (folded) and English, to its number (1 to 12)."""
    arabic = {normalise_for_match(name): number for names in MONTHS for number, name in enumerate(names, 1)}
    return {**arabic, **{name: number for number, name in enumerate(ENGLISH_MONTHS, 1)}}


def longest_first(names: Iterable[str]) -> str:
    """`names`, escaped, as one regex alternation tried longest first ("ربيع الأول" before "ربيع")."""
    return "|".join(sorted(map(re.escape, names), key=len, reverse=True))


@lru_cache(maxsize=1 << 18)
def light_stem(word: str) -> str:
    """Strip one common clitic prefix and suffix, keeping at least three letters (memoized: a pure
    function of a word, called for every word of every stage's matching)."""
    for prefix in _PREFIXES:
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            word = word[len(prefix) :]
            break
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    return word


def words(text: str) -> list[str]:
    """Word tokens of `text` (letters and digits), in order."""
    return _WORD.findall(text)


@lru_cache(maxsize=1 << 16)
def content_keys(text: str) -> tuple[str, ...]:
    """Match keys of the content words and numbers of `text`: normalised, stemmed, no stopwords
    (memoized: copies, stories, facts and points all match the same sentences)."""
    keys = []
    for folded in words(fold_text(normalise_text(text))):
        if folded in STOPWORDS or (len(folded) < 2 and not folded.isdigit()):
            continue
        keys.append(folded if folded.isdigit() else light_stem(folded))
    return tuple(keys)


def numbers(text: str) -> list[str]:
    """Numbers written in `text` (after digit normalisation), e.g. ['3800', '18']."""
    return [n.replace(",", "") for n in NUMBER.findall(normalise_text(text))]
