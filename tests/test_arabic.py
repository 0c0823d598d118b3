import pytest

from summarize.arabic import (
    content_keys,
    from_persian_keyboard,
    is_arabic,
    normalise_text,
    numbers,
    read_back_mojibake,
    typed_on_persian_keyboard,
)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("كازاخـــستان", "كازاخستان"),  # tatweel
        ("مشار إليها بـ * و1442هـ", "مشار إليها ب * و1442ه"),  # tatweel after a letter
        ("الدوحة ـ واس", "الدوحة \u2013 واس"),  # a tatweel standing alone is a dash (a dateline's)
        ("ـــ بند أول", "\u2013 بند أول"),
        ("\ufefb\ufe8e", "لاا"),  # presentation forms (lam-alef ligature, alef final)
        ("عام ٢٠١٦ و۱۵۰", "عام 2016 و150"),  # Arabic-Indic and extended digits
        ("قال\u200f \u202bنزارباييف\u202c\u200b", "قال نزارباييف"),  # bidi controls, zero-width space
        ("  كلمة\u00a0\u00a0أخرى \t ", "كلمة أخرى"),  # non-breaking and repeated spaces
        ('وقال: "ما نوع المفاوضات؟"', 'وقال: "ما نوع المفاوضات؟"'),  # quotes untouched
    ],
)
def test_normalise_text(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(
    ("text", "arabic"),
    [("أعلن الكرملين في بيان", True), ("The Kremlin said in a statement", False), ("قال مراسل وكالة Reuters إن", True), ("2022", False)],
)
def test_is_arabic(text: str, arabic: bool) -> None:
    assert is_arabic(text) is arabic


# A Sudanese page typed with a Persian keyboard's letters (alwarifa-1), and real Persian and Urdu news text.
SUDANESE = "قامت حاضرة الولایة محلیة کسلا بزیارة تفقدیة للوقوف علی صیانة ونظافة الطرق برٸاسة المدیر التنفیذی"
PERSIAN = "سخنگوی وزارت امور خارجه کشورمان در خصوص بیانه اخیر اتحادیه عرب گفت"
URDU = "مہر خبررساں ایجنسی کی رپورٹ کے مطابق تہران کے ڈپٹی کمشنر نے کہا ہے"


@pytest.mark.parametrize(
    ("text", "typed"),
    [
        (SUDANESE, True),
        ("كلمات دلالية: الهلال الحزم الدوري السعودي اخبار الدوري السعودی", True),  # one word on an Arabic page
        ("تقریر : طارق عوض الکریم محمد طه", True),
        (PERSIAN, False),
        (URDU, False),
        ("أعلن الكرملين في بيان", False),  # no Persian letter at all
        ("", False),
    ],
)
def test_typed_on_persian_keyboard(text: str, typed: bool) -> None:
    assert typed_on_persian_keyboard(text) is typed


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("الولایة محلیة کسلا", "الولاية محلية كسلا"),  # yeh inside a word has its dots, kaf
        ("علی صیانة المدیر التنفیذی", "على صيانة المدير التنفيذى"),  # dotless at a word's end: alef maqsura
        ("برٸاسة الشٶون", "برئاسة الشؤون"),  # high-hamza yeh and waw
        ("فیٌ", "فىٌ"),  # a diacritic after the yeh does not make it medial
        (PERSIAN, PERSIAN),  # gaf: a Persian quotation on the page stays as written
        ("أعلن الكرملين", "أعلن الكرملين"),
    ],
)
def test_from_persian_keyboard(line: str, expected: str) -> None:
    assert from_persian_keyboard(line) == expected


def test_content_keys_fold_spelling_and_clitics() -> None:
    assert content_keys("الشرطة") == content_keys("والشرطه")
    assert content_keys("أكبر دولة") == content_keys("اكبر دوله")
    assert "في" not in content_keys("في كازاخستان")
    assert content_keys("ماسيموف") == content_keys("وماسيموف")


def test_numbers_normalised() -> None:
    assert numbers("اعتقل أكثر من ٣٨٠٠ شخص و4,266 آخرين") == ["3800", "4266"]


@pytest.mark.parametrize(
    ("word", "read"),
    [
        ("ÑãÖÜÜÇä", "رمضان"),  # Windows-1256 read as Latin-1, the tatweel dropped (thiqar's date line)
        ("ÊãÜÜæÒ", "تموز"),
        ("été", "été"),  # French stays French
        ("à", "à"),
        ("Ôóèá", "Ôóèá"),  # read back, not all Arabic letters: left as written
        ("رمضان", "رمضان"),
    ],
)
def test_read_back_mojibake(word: str, read: str) -> None:
    assert read_back_mojibake(word) == read
