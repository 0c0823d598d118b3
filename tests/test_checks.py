"""Translation checks: the number reader, the calibration on real sentence pairs, and a scripted
translator whose planted faults must all be flagged or repaired while its good output never is."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from summarize.briefing import SegmentedArticle, Sentence, Source
from summarize.checks import LENGTH_CHECK_MIN_CHARS, LENGTH_RATIO_BAND, check_translation, length_ratio, missing_numbers, read_numbers
from summarize.memory import CacheStats
from summarize.segment import fits_word_budget, split_to_fit
from summarize.summarizer import attribute
from summarize.translate import translate_articles

PARALLEL = Path(__file__).resolve().parent / "fixtures" / "parallel" / "news.tsv"


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("ارتفع العدد إلى 4266 شخصا", [4266]),
        ("ارتفع العدد إلى ٤٢٦٦ شخصا", [4266]),
        ("rose to 4,266 people", [4266]),
        ("بلغ ٤٬٢٦٦ شخصا", [4266]),
        ("نمو بنسبة 3.5% و٢٫٥٪", [3.5, 2.5]),
        ("3 ملايين دولار", [3e6]),
        ("1.5 مليار دولار", [1.5e9]),
        ("ثلاثة آلاف جندي", [3000]),
        ("خمسة أشخاص وعشرون سيارة", [5, 20]),
        ("وثلاثة جنود", [3]),
        ("مليونين من السكان", [2e6]),
        ("أكثر من مئة شخص", [100]),
        ("بين 10 و15 قتيلا", [10, 15]),
        ("three million people and 4.5 billion dollars", [3e6, 4.5e9]),
        ("twenty-six protesters", [26]),
        ("ستة وعشرون محتجا", [26]),
        ("three hundred soldiers", [300]),
        ("في عام 2016", [2016]),
        ("قال أحد المسؤولين في آن واحد", []),  # one and two are not read as figures
    ],
)
def test_read_numbers(text: str, values: list[float]) -> None:
    assert [n.value for n in read_numbers(text)] == values


@pytest.mark.parametrize(
    ("arabic", "english", "missing"),
    [
        ("ارتفع إلى ٤٢٦٦ شخصا", "rose to 4,266 people", []),
        ("3 ملايين دولار", "3 million dollars", []),
        ("ثلاثة آلاف جندي", "three thousand soldiers", []),
        ("ثلاثة آلاف جندي", "3,000 soldiers", []),
        ("أكثر من 3800 شخص", "more than 380 people", ["3800"]),
        ("18 قتيلا و748 جريحا", "18 dead and wounded", ["748"]),
        ("نسبة 4.266", "a rate of 4,266", []),
        ("مقتل ستة وعشرين محتجا", "26 protesters were killed", []),
        ("مقتل 26 محتجا", "twenty-six protesters were killed", []),  # a European thousands point is read either way
    ],
)
def test_missing_numbers_compares_values(arabic: str, english: str, missing: list[str]) -> None:
    assert missing_numbers(arabic, english) == missing


def _pairs() -> list[tuple[str, str, str]]:
    rows = [line.rstrip("\n").split("\t") for line in PARALLEL.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]
    return [(source, arabic, english) for source, arabic, english in rows]


def test_reference_translations_pass_every_check() -> None:
    """The false-flag rate on real sentences with good English is zero."""
    flagged = [(source, arabic[:40], check_translation(arabic, english)) for source, arabic, english in _pairs()]
    assert [row for row in flagged if row[2]] == []
    assert len(flagged) >= 50 and len({source for source, _, _ in _pairs()}) >= 6


def test_length_band_is_the_documented_function_of_the_calibration_set() -> None:
    ratios = [length_ratio(a, e) for _, a, e in _pairs() if len(a.replace(" ", "")) >= LENGTH_CHECK_MIN_CHARS]
    low, high = LENGTH_RATIO_BAND
    assert low == pytest.approx(2 / 3 * min(ratios), abs=0.01) and high == pytest.approx(1.5 * max(ratios), abs=0.02)


# A sentence long enough for the length check, with a figure, a month and clauses.
LONG = "وأعلنت الشرطة سقوط 18 قتيلا و748 جريحا في صفوفها، واعتقل أكثر من 3800 شخص في مختلف أنحاء البلاد في يناير."
LONG_EN = (
    "The police announced 18 dead and 748 wounded in their ranks, and more than 3,800 people were arrested across the country in January."
)
CLAUSES_EN = {
    "وأعلنت الشرطة سقوط 18 قتيلا و748 جريحا في صفوفها،": "The police announced 18 dead and 748 wounded in their ranks,",
    "واعتقل أكثر من 3800 شخص في مختلف أنحاء البلاد في يناير.": "and more than 3,800 people were arrested across the country in January.",
}
GOOD = {
    "وصل الوفد إلى العاصمة صباح الخميس لإجراء محادثات مع الحكومة.": (
        "The delegation arrived in the capital on Thursday morning for talks with the government."
    ),
    "ارتفع عدد الموقوفين إلى 4266 شخصا بينهم أجانب.": "The number of detainees rose to 4,266, including foreigners.",
    "وبلغت قيمة الصفقة 3 ملايين دولار.": "The deal was worth $3 million.",
    "وقالت الوزارة إن خمسة أشخاص أصيبوا.": "The ministry said five people were injured.",
    LONG: LONG_EN,
}
BAD = {  # Arabic -> (whole-sentence English with a planted fault, the check that must catch it)
    "أعلنت الوزارة أن عدد القتلى بلغ 26 شخصا.": ("The ministry announced that the death toll reached people.", "number"),
    "وأصدرت إسرائيل في السادس من يناير تحذيرا من السفر إلى كازاخستان بسبب الاضطرابات.": (
        "Israel issued a travel warning to Kazakhstan because of the unrest.",
        "date",
    ),
    "وتهز كازاخستان أكبر دولة في آسيا الوسطى حركة احتجاج بدأت في المقاطعات بعد زيادة أسعار الغاز ثم امتدت إلى مدن أخرى.": (
        "Protests shook Kazakhstan.",
        "length",
    ),
    "وقال المتحدث إن المحادثات ستستأنف الأسبوع المقبل في جنيف.": ("The the the the the spokesman said talks would resume.", "loop"),
    "وقالت الحكومة إن الوضع تحت السيطرة الآن في كل المدن.": ("The government said الوضع تحت السيطرة in all cities.", "untranslated"),
    "وأكد الرئيس أن البلاد ستتجاوز الأزمة قريبا جدا.": ("", "empty"),
}


@dataclass
class ScriptedTranslator:
    """A `Translator` that answers from scripts: whole sentences get their scripted (maybe faulty)
    English, clauses their correct English; it records what it was asked."""

    script: dict[str, str]
    asked: list[str] = field(default_factory=list)

    def translate_batch(self, texts: list[str]) -> list[str]:
        self.asked += texts
        return [self.script[text] for text in texts]

    def count_tokens(self, text: str) -> int:
        return len(text.split())

    def max_input_tokens(self) -> int:
        return 512

    def signature(self) -> dict[str, Any]:
        return {"backend": "scripted"}


def _article(sentences: list[str]) -> SegmentedArticle:
    return SegmentedArticle(
        Source("a.txt", "0" * 64, "utf-8"),
        None,
        tuple(Sentence(n, text, n, "body", "ar", tuple(split_to_fit(text, fits_word_budget))) for n, text in enumerate(sentences, 1)),
        (),
    )


def test_scripted_faults_are_flagged_and_good_output_is_not() -> None:
    script = {**GOOD, **{arabic: english for arabic, (english, _) in BAD.items()}}
    translator = ScriptedTranslator(script)
    stats = CacheStats()
    [article] = translate_articles([_article([*GOOD, *BAD])], translator, None, stats)
    by_text = {pair.ar: pair for pair in article.sentences}
    for arabic in GOOD:
        assert by_text[arabic].checks == () and by_text[arabic].repair is None, arabic
    for arabic, (_, check) in BAD.items():
        assert check in {c.check for c in by_text[arabic].checks}, (arabic, by_text[arabic].checks)
    assert stats.flagged == len(BAD) and stats.repaired == 0


def test_a_failed_sentence_is_retranslated_by_clauses_and_the_better_english_kept() -> None:
    dropped = "The police announced 18 dead in their ranks, and more than 3,800 people were arrested across the country in January."
    translator = ScriptedTranslator({LONG: dropped, **CLAUSES_EN})
    stats = CacheStats()
    [article] = translate_articles([_article([LONG])], translator, None, stats)
    [pair] = article.sentences
    assert pair.repair == "split" and pair.checks == ()
    assert pair.en == " ".join(CLAUSES_EN.values())
    assert stats.repaired == 1 and stats.flagged == 0


def test_the_retry_is_kept_only_when_it_is_better() -> None:
    looped = {clause: "arrested arrested arrested arrested" for clause in CLAUSES_EN}
    translator = ScriptedTranslator({LONG: "The police announced 18 dead.", **looped})
    [article] = translate_articles([_article([LONG])], translator, None, CacheStats())
    [pair] = article.sentences
    assert pair.repair is None and pair.en == "The police announced 18 dead."
    assert {c.detail for c in pair.checks if c.check == "number"} == {"748", "3800"}


def test_summary_support_matches_numbers_by_value() -> None:
    from summarize.briefing import SentencePair, TranslatedArticle

    source = TranslatedArticle(
        1,
        Source("a.txt", "0" * 64, "utf-8"),
        None,
        (SentencePair(1, 0, "body", "ar", "ارتفع عدد الموقوفين إلى ٤٢٦٦ شخصا", "The number of detainees rose to 4266", True),),
        (),
    )
    cited, supported = attribute("The number of detainees rose to 4,266", source, "en")
    assert cited == (1,) and supported
