"""Stage 2 across the folder: lines recurring on the pages of different articles are boilerplate."""

from __future__ import annotations

from summarize.briefing import Document, Source
from summarize.clean import clean
from summarize.repeated_lines import REPEAT_MIN_ARTICLES, repeated_lines

TAGLINE = "الشرق الأوسط جريدة العرب الدولية"
MOST_READ = "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"
STORIES = [
    ("الحكومة تقر موازنة العام المقبل", "أقرت الحكومة اليوم مشروع موازنة العام المقبل بعجز أقل من العام الماضي وفق بيان رسمي."),
    ("الفيضانات تغمر قرى في الجنوب", "غمرت الفيضانات عشرات القرى في الجنوب بعد أمطار غزيرة استمرت ثلاثة أيام متتالية."),
    ("المنتخب يتأهل إلى نهائي البطولة", "تأهل المنتخب الوطني إلى نهائي البطولة بعد فوزه في مباراة مثيرة امتدت إلى الأشواط الإضافية."),
    ("افتتاح معرض الكتاب بمشاركة واسعة", "افتتح معرض الكتاب الدولي أبوابه اليوم بمشاركة أكثر من خمسمائة دار نشر من أنحاء العالم."),
]
SECOND = "وقال مسؤولون إن التفاصيل الكاملة ستعلن خلال الأيام المقبلة بعد استكمال الإجراءات اللازمة."


def _second(number: int) -> str:
    """A second paragraph of its own for each page (pages sharing a paragraph are copies of one text)."""
    return SECOND.replace("الأيام", f"{number + 2} أيام")


def _page(number: int, *lines: str) -> Document:
    return Document(Source(f"page-{number}.txt", f"{number:064d}", "utf-8"), tuple(enumerate(lines)))


def _site_page(number: int, title: str, body: str) -> Document:
    return _page(number, TAGLINE, title, body, _second(number), MOST_READ)


def test_a_tagline_and_a_most_read_headline_on_every_page_go_with_the_number_of_pages() -> None:
    documents = [_site_page(n, title, body) for n, (title, body) in enumerate(STORIES)]
    repeats = repeated_lines(documents)
    for document, repeated in zip(documents, repeats, strict=True):
        article = clean(document, repeated)
        reasons = {d.text: d.reason for d in article.dropped}
        assert reasons[TAGLINE] == reasons[MOST_READ] == "boilerplate: recurs on the pages of 4 different articles in the folder"
        assert article.title == document.lines[1][1]
        assert [line.text for line in article.lines] == [document.lines[1][1], document.lines[2][1], document.lines[3][1]]


def test_fewer_pages_than_the_threshold_change_nothing() -> None:
    documents = [_site_page(n, title, body) for n, (title, body) in enumerate(STORIES[: REPEAT_MIN_ARTICLES - 1])]
    assert repeated_lines(documents) == [{}] * len(documents)


def test_wire_copies_count_as_one_article() -> None:
    """Copies of one text share a paragraph: their shared lines (the title, a subheading) stay."""
    title, body = STORIES[0]
    subheading = "تفاصيل الموازنة الجديدة"
    copies = [_page(n, title, body, subheading, SECOND) for n in range(5)]
    assert repeated_lines(copies) == [{}] * 5
    assert not clean(copies[0], repeated_lines(copies)[0]).dropped


def test_the_title_of_one_page_is_kept_there_though_other_pages_list_it() -> None:
    """An article's headline in other pages' "most read" lists goes there, not on its own page."""
    own_title, own_body = STORIES[0]
    documents = [_page(0, own_title, own_body, _second(0))] + [
        _page(n, title, body, _second(n), own_title) for n, (title, body) in enumerate(STORIES[1:], start=1)
    ]
    repeats = repeated_lines(documents)
    assert clean(documents[0], repeats[0]).title == own_title
    assert {d.text for d in clean(documents[1], repeats[1]).dropped} == {own_title}
