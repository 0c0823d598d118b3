"""Checks of each translation against its own Arabic, with no reference translation.

The failure modes an editor fears most in Arabic-to-English MT: a figure or date that changes or
disappears, a clause silently dropped, a repetition loop, untranslated Arabic, an empty line.
Each check reads only the Arabic sentence and its English; a failure is a `Check` (name and a
detail a person can read) shown beside the sentence and every key point that cites it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache

from summarize.arabic import ENGLISH_MONTHS, longest_first, month_numbers, normalise_for_match, normalise_text
from summarize.briefing import Check, Point, TranslatedArticle, is_kept_anyway

# English characters per Arabic character (both counted without spaces). Calibrated on 53 real
# news sentences (the two seed articles and four pages of other sites) with reference English written
# for them (tests/fixtures/parallel/news.tsv): over the 49 of at least LENGTH_CHECK_MIN_CHARS, ratios
# 0.97-1.61, median 1.28. The band runs from two thirds of the smallest to 1.5 times the largest, so a
# typical sentence must lose about half its content, or grow by two thirds, to fall outside it.
LENGTH_RATIO_BAND = (0.65, 2.4)
LENGTH_CHECK_MIN_CHARS = 25  # shorter sentences (titles, datelines) vary too much to judge by length
# A loop: the same word four times in a row, or the same 2-6 word phrase three times in a row.
LOOP_SINGLE_REPEATS = 4
LOOP_PHRASE_REPEATS = 3
LOOP_MAX_PHRASE = 6
CHECK_MARK = "⚠"
UNSURE_MARK = "?"  # a sentence from a line the cleaner kept although a rule nearly dropped it

_ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u0671-\u06d3]")
_TOKEN = re.compile(r"\w+", re.UNICODE)
# 4,266 / 4٬266 / 4266 / 3.5 / 3٫5 / 20% (digits already made Western by normalise_text)


def _folded(words: dict[str, float]) -> dict[str, float]:
    return {normalise_for_match(word): value for word, value in words.items()}


# Arabic number words. One and two are left out: they are mostly expressed by the noun itself
# ("أحد", duals) and English rarely writes them as numbers, so they would only raise false flags.
ARABIC_NUMBER_WORDS = _folded(
    {
        "ثلاث": 3,
        "ثلاثة": 3,
        "أربع": 4,
        "أربعة": 4,
        "خمس": 5,
        "خمسة": 5,
        "ستة": 6,
        "سبعة": 7,
        "ثماني": 8,
        "ثمانية": 8,
        "تسع": 9,
        "تسعة": 9,
        "عشرة": 10,
        "عشرون": 20,
        "عشرين": 20,
        "ثلاثون": 30,
        "ثلاثين": 30,
        "أربعون": 40,
        "أربعين": 40,
        "خمسون": 50,
        "خمسين": 50,
        "ستون": 60,
        "ستين": 60,
        "سبعون": 70,
        "سبعين": 70,
        "ثمانون": 80,
        "ثمانين": 80,
        "تسعون": 90,
        "تسعين": 90,
        "مئة": 100,
        "مائة": 100,
        "مئتان": 200,
        "مئتين": 200,
        "مائتان": 200,
        "مائتين": 200,
        "ألف": 1000,
        "ألفا": 1000,
        "ألفان": 2000,
        "ألفين": 2000,
        "مليون": 1e6,
        "مليونا": 1e6,
        "مليونان": 2e6,
        "مليونين": 2e6,
        "مليار": 1e9,
        "مليارا": 1e9,
        "ملياران": 2e9,
        "مليارين": 2e9,
        "بليون": 1e9,
    }
)
# A scale after a number multiplies it: "3 ملايين" is 3 million, "ثلاثة آلاف" 3,000.
ARABIC_SCALES = _folded({"ألف": 1e3, "آلاف": 1e3, "الف": 1e3, "مليون": 1e6, "ملايين": 1e6, "مليار": 1e9, "مليارات": 1e9, "بليون": 1e9})
ENGLISH_NUMBER_WORDS = {
    **{w: float(i) for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"])},
    **{w: float(i) for i, w in enumerate(["eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"], start=11)},
    "seventeen": 17.0,
    "eighteen": 18.0,
    "nineteen": 19.0,
    **{w: float(10 * i) for i, w in enumerate(["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"], start=2)},
    "hundred": 100.0,
    "thousand": 1e3,
    "million": 1e6,
    "billion": 1e9,
    "dozen": 12.0,
}
ENGLISH_SCALES = {"hundred": 100.0, "thousand": 1e3, "thousands": 1e3, "million": 1e6, "millions": 1e6, "billion": 1e9, "bn": 1e9}
_CLITICS = ("و", "ب", "ل", "ف")


@cache
def _month_pattern() -> re.Pattern[str]:
    """Months as an editor would check them: the Arabic names (Egyptian/Gulf, Levantine, Maghrebi), built
    on first use."""
    arabic_months = [name for name in month_numbers() if name not in ENGLISH_MONTHS]
    return re.compile(r"(?<!\w)(" + longest_first(arabic_months) + r")(?!\w)")


@dataclass(frozen=True)
class Number:
    """A number as written (`text`) and its value."""

    text: str
    value: float


def _digit_value(text: str) -> float:
    return float(text.replace(",", "").replace("٬", "").replace("٫", "."))


def _strip_clitic(word: str, table: dict[str, float]) -> str:
    if word in table:
        return word
    for clitic in _CLITICS:
        if word.startswith(clitic) and word[len(clitic) :] in table:
            return word[len(clitic) :]
    return word


def read_numbers(text: str) -> list[Number]:
    """The numbers written in `text`, Arabic or English: digits of either script, thousands and decimal
    separators, percentages, and number words with their scales ("3 ملايين", "ثلاثة آلاف", "4.5 million")."""
    text = normalise_text(text)
    tokens = [(m.group(), m.start()) for m in re.finditer(r"\d{1,3}(?:[,٬]\d{3})+(?:[.٫]\d+)?|\d+(?:[.٫]\d+)?|[^\W\d_]+", text)]
    found: list[Number] = []
    index = 0
    while index < len(tokens):
        token, _ = tokens[index]
        following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        if token[0].isdigit():
            value, written = _digit_value(token), token
        else:
            folded = normalise_for_match(token)
            arabic = _strip_clitic(folded, ARABIC_NUMBER_WORDS)
            english = token.lower()
            if arabic in ARABIC_NUMBER_WORDS:
                value, written = ARABIC_NUMBER_WORDS[arabic], token
            elif english in ENGLISH_NUMBER_WORDS:
                value, written = ENGLISH_NUMBER_WORDS[english], token
            else:
                index += 1
                continue
        compound = _compound(value, token, following)
        if compound is not None:  # "twenty-six", "ستة وعشرون" (six and twenty)
            value, written = compound, f"{written} {following}"
            index += 1
            following = tokens[index + 1][0] if index + 1 < len(tokens) else ""
        scale = ARABIC_SCALES.get(_strip_clitic(normalise_for_match(following), ARABIC_SCALES)) or ENGLISH_SCALES.get(following.lower())
        if scale and value < scale:
            found.append(Number(f"{written} {following}", value * scale))
            index += 2
            continue
        found.append(Number(written, value))
        index += 1
    return found


def _compound(value: float, token: str, following: str) -> float | None:
    """The value of a two-word number: English tens then a unit, or an Arabic unit then و and tens."""
    if not following or token[0].isdigit():
        return None
    unit = ENGLISH_NUMBER_WORDS.get(following.lower())
    if token.lower() in ENGLISH_NUMBER_WORDS and value in _TENS and unit is not None and 1 <= unit <= 9:
        return value + unit
    folded = normalise_for_match(following)
    tens = ARABIC_NUMBER_WORDS.get(folded[1:]) if folded.startswith("و") else None
    if 3 <= value <= 9 and tens in _TENS:
        return value + tens
    return None


_TENS = frozenset(float(10 * i) for i in range(2, 10))


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def missing_numbers(source: str, target: str) -> list[str]:
    """Numbers of `source` whose value is not in `target` (as written in `source`), in order, once each."""
    values = [number.value for number in read_numbers(target)]
    missing: list[str] = []
    for number in read_numbers(source):
        # "4.266" may be a decimal or (European style) 4,266: either reading is found.
        readings = [number.value]
        if re.fullmatch(r"\d+\.\d{3}", number.text):
            readings.append(number.value * 1000)
        if not any(_same(reading, value) for reading in readings for value in values) and number.text not in missing:
            missing.append(number.text)
    return missing


def missing_months(arabic: str, english: str) -> list[str]:
    """English names of the months named in `arabic` (in any of its naming systems) that `english` lacks."""
    folded = " ".join(normalise_for_match(word) for word in normalise_text(arabic).split())
    english_words = set(re.findall(r"[a-z]+", english.lower()))
    missing = []
    for match in _month_pattern().finditer(folded):
        month = ENGLISH_MONTHS[month_numbers()[match.group(1)] - 1]
        if month not in english_words and month[:3] not in english_words and month.title() not in missing:
            missing.append(month.title())
    return missing


def length_ratio(arabic: str, english: str) -> float:
    return len(english.replace(" ", "")) / max(1, len(arabic.replace(" ", "")))


def repetition_loop(english: str) -> str | None:
    """The repeated word or phrase when the English loops, else None."""
    tokens = [t.lower() for t in _TOKEN.findall(english)]
    for size in range(1, LOOP_MAX_PHRASE + 1):
        needed = LOOP_SINGLE_REPEATS if size == 1 else LOOP_PHRASE_REPEATS
        for start in range(len(tokens) - size * needed + 1):
            phrase = tokens[start : start + size]
            if all(tokens[start + k * size : start + (k + 1) * size] == phrase for k in range(1, needed)):
                return " ".join(phrase)
    return None


def check_translation(arabic: str, english: str) -> tuple[Check, ...]:
    """Every check `english` fails as a translation of `arabic` (empty when all pass)."""
    if not english.strip():
        return (Check("empty", "no English"),)
    failed: list[Check] = []
    failed += [Check("number", text) for text in missing_numbers(arabic, english)]
    failed += [Check("date", month) for month in missing_months(arabic, english)]
    if _ARABIC_LETTER.search(english):
        failed.append(Check("untranslated", "Arabic left in the English"))
    loop = repetition_loop(english)
    if loop:
        failed.append(Check("loop", f'"{loop}" repeated'))
    if len(arabic.replace(" ", "")) >= LENGTH_CHECK_MIN_CHARS:
        ratio = length_ratio(arabic, english)
        low, high = LENGTH_RATIO_BAND
        if not low <= ratio <= high:
            failed.append(Check("length", f"{ratio:.2f}x the Arabic, outside {low}-{high}"))
    return tuple(failed)


def describe(checks: Sequence[Check]) -> str:
    """A short flag for a reader: 'check: 4266 missing; loop "the" repeated'."""
    parts = []
    for check in checks:
        if check.check in ("number", "date"):
            parts.append(f"{check.detail} missing")
        elif check.check == "length":
            parts.append(f"length {check.detail}")
        else:
            parts.append(check.detail)
    return "check: " + "; ".join(parts)


def cited_checks(point: Point, sources: Sequence[TranslatedArticle]) -> list[tuple[int, int, Check]]:
    """The translation checks failed by the sentences `point` cites, as (source, sentence, check)."""
    return [
        (citation.source, n, check)
        for citation in point.citations
        for n in citation.sentences
        for check in sources[citation.source - 1].sentence(n).checks
    ]


def check_flag(point: Point, sources: Sequence[TranslatedArticle]) -> str:
    """'⚠ check: [2] §3 4266 missing' for a point citing flagged sentences, else ''."""
    flagged: dict[tuple[int, int], list[Check]] = {}
    for source, n, check in cited_checks(point, sources):
        flagged.setdefault((source, n), []).append(check)
    return "; ".join(f"{CHECK_MARK} [{source}] §{n} {describe(checks)}" for (source, n), checks in flagged.items())


def unsure_note(reason: str) -> str:
    """'? kept although the cleaner was unsure: <why>' for a sentence's line the cleaner nearly dropped."""
    return f"{UNSURE_MARK} {_kept_although(reason)}"


def _kept_although(reason: str) -> str:
    """Why a line was kept, in words: a doubt of the cleaner's, or --keep-boilerplate's mark as it is."""
    return reason if is_kept_anyway(reason) else f"kept although the cleaner was unsure: {reason.removeprefix('unsure: ')}"


def cited_unsure(point: Point, sources: Sequence[TranslatedArticle]) -> list[tuple[int, int, str]]:
    """The sentences `point` cites whose lines the cleaner nearly dropped, as (source, sentence, why)."""
    cited = (
        (citation.source, n, sources[citation.source - 1].sentence(n).unsure) for citation in point.citations for n in citation.sentences
    )
    return [(source, n, reason) for source, n, reason in cited if reason]


def unsure_flag(point: Point, sources: Sequence[TranslatedArticle]) -> str:
    """'? [1] §12 kept although the cleaner was unsure: ...' for a point citing such sentences, else ''."""
    return "; ".join(f"{UNSURE_MARK} [{source}] §{n} {_kept_although(reason)}" for source, n, reason in cited_unsure(point, sources))
