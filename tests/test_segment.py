"""Stage 3: sentence splitting, and token-budget chunking that never drops or truncates a word."""

from __future__ import annotations

import time

import pytest

from summarize.arabic import words
from summarize.briefing import CleanArticle, Line, Source
from summarize.segment import fits_word_budget, segment, split_sentences, split_to_fit


@pytest.mark.parametrize(
    ("line", "sentences"),
    [
        ("جملة أولى. جملة ثانية؟ جملة ثالثة!", ["جملة أولى.", "جملة ثانية؟", "جملة ثالثة!"]),
        ("قال المتحدث؛ ثم غادر القاعة.", ["قال المتحدث؛", "ثم غادر القاعة."]),
        ('وقال: "ما نوع المفاوضات؟ يجب تدميرهم". ثم غادر.', ['وقال: "ما نوع المفاوضات؟ يجب تدميرهم".', "ثم غادر."]),
        ("وقال «هذا خطأ. وسنرد» أمس. انتهى.", ["وقال «هذا خطأ. وسنرد» أمس.", "انتهى."]),
        ("ارتفع النمو إلى 3.5 في المئة. وتراجع التضخم.", ["ارتفع النمو إلى 3.5 في المئة.", "وتراجع التضخم."]),
        ("تدخل روسي سريع بكازاخستان.. ومعارض يدعو الغرب", ["تدخل روسي سريع بكازاخستان.. ومعارض يدعو الغرب"]),
        ("The talks failed. Both sides left?", ["The talks failed.", "Both sides left?"]),
        ("بلا نقطة في النهاية", ["بلا نقطة في النهاية"]),
        # a title's or a name's initials end no sentence (from a training page: "الإمام الأكبر أ.د. أحمد الطيب")
        ("وقال د. محمد علي إن الوضع مستقر. وغادر.", ["وقال د. محمد علي إن الوضع مستقر.", "وغادر."]),
        ("دعا الإمام الأكبر أ.د. أحمد الطيب إلى الحوار.", ["دعا الإمام الأكبر أ.د. أحمد الطيب إلى الحوار."]),
        ("John F. Kennedy was shot. It was 1963.", ["John F. Kennedy was shot.", "It was 1963."]),
        ("تم ذلك في عام 2020 م. وبعدها بدأ العمل.", ["تم ذلك في عام 2020 م.", "وبعدها بدأ العمل."]),  # an era's letter after a year
        ("نحو 1350 ق. م. وقبل الميلاد بقرون.", ["نحو 1350 ق. م.", "وقبل الميلاد بقرون."]),  # an era of two letters (a training page's)
        # a list's numbers end no sentence; a figure after words does
        ("1. البند الأول من الاتفاق", ["1. البند الأول من الاتفاق"]),
        ("• 3. تشكيل لجنة. وقال الوزير إنها ستجتمع.", ["• 3. تشكيل لجنة.", "وقال الوزير إنها ستجتمع."]),
        ("وتشمل الخطة: 1. البند الأول 2. البند الثاني.", ["وتشمل الخطة: 1. البند الأول 2. البند الثاني."]),
        ("بلغ عدد الضحايا 15. وأكد الوزير ذلك.", ["بلغ عدد الضحايا 15.", "وأكد الوزير ذلك."]),
        # Latin letters spelt out and dotted in a row (a training page's "(إف. بي. أي)" had been cut in three)
        ("تقرير من مكتب التحقيقات (إف. بي. أي) حول الانفجار. وأضاف.", ["تقرير من مكتب التحقيقات (إف. بي. أي) حول الانفجار.", "وأضاف."]),
        ("وتوقع بنك جيه. بي. مورغان ارتفاع الأسعار.", ["وتوقع بنك جيه. بي. مورغان ارتفاع الأسعار."]),
        ("اشترى سهم بي. وقال إنه رابح.", ["اشترى سهم بي.", "وقال إنه رابح."]),  # one spelt letter alone ends a sentence
        # an ellipsis inside a line is a pause, not an end (training pages': a column's "من اليأس ... الى الرجاء")
        ("إشاعة على شكل خبر... أو الأخبار «الزائفة».", ["إشاعة على شكل خبر... أو الأخبار «الزائفة»."]),
        ("أزمة المياه تضرب الزراعة… والمزارعون يناشدون الدولة", ["أزمة المياه تضرب الزراعة… والمزارعون يناشدون الدولة"]),
        ("من اليأس ... الى الرجاء. وبعد ذلك", ["من اليأس ... الى الرجاء.", "وبعد ذلك"]),
        ("والسورية، حيث… اقرأ المزيد", ["والسورية، حيث…", "اقرأ المزيد"]),  # before an excerpt's "read more" link it ends
        ("انتهى الأمر. ... وبعد", ["انتهى الأمر.", "... وبعد"]),
        # a full stop a scrape glued to the next sentence ends it (training pages'); initials' dots do not
        ("في إقليم دارفور.وقالت القوات في بيان", ["في إقليم دارفور.", "وقالت القوات في بيان"]),
        ('والمخابرات".وأضاف أن الأمر انتهى', ['والمخابرات".', "وأضاف أن الأمر انتهى"]),
        ("هل انتهى؟قال لا", ["هل انتهى؟", "قال لا"]),
        ("الفنان د.عزت ابو عوف والمواطن (س.ش.) ومراجعة من بي.بي أمس", ["الفنان د.عزت ابو عوف والمواطن (س.ش.) ومراجعة من بي.بي أمس"]),
        ("موقع alyaum.com نشر الخبر", ["موقع alyaum.com نشر الخبر"]),
        ("يقول «إنه هنا.وقد» ثم غادر", ["يقول «إنه هنا.وقد» ثم غادر"]),  # inside a quotation
    ],
)
def test_split_sentences(line: str, sentences: list[str]) -> None:
    assert split_sentences(line) == sentences


def _fits(max_words: int):  # type: ignore[no-untyped-def]
    return lambda text: len(words(text)) <= max_words


LONG_CASES = {
    "3000 words, no punctuation": " ".join(f"كلمة{i % 7}" for i in range(3000)),
    "wa-clauses": " ".join(f"وقال المسؤول رقم {i} إن الوضع هادئ" for i in range(60)),
    "commas": "، ".join(f"وصلت القوات إلى المدينة {i}" for i in range(80)),
    "quoted sentences": '"' + " ".join(f"هذه الجملة رقم {i} من التصريح." for i in range(50)) + '"',
}


@pytest.mark.parametrize("text", LONG_CASES.values(), ids=LONG_CASES.keys())
@pytest.mark.parametrize("budget", [5, 20, 80])
def test_split_to_fit_reassembles_and_fits(text: str, budget: int) -> None:
    pieces = split_to_fit(text, _fits(budget))
    assert all(len(words(p)) <= budget for p in pieces)
    assert " ".join(pieces) == " ".join(text.split())  # every word exactly once, in order


def test_split_prefers_clause_boundaries() -> None:
    text = "وصلت القوات إلى المدينة الأولى، وانتشرت في الشوارع الرئيسية، ثم عادت إلى القاعدة العسكرية"
    assert split_to_fit(text, _fits(7)) == [
        "وصلت القوات إلى المدينة الأولى،",
        "وانتشرت في الشوارع الرئيسية،",
        "ثم عادت إلى القاعدة العسكرية",
    ]


def test_single_oversized_word_is_cut_not_dropped() -> None:
    blob = "ا" * 2000
    pieces = split_to_fit(blob, lambda t: len(t) <= 600)
    assert "".join(pieces) == blob and all(len(p) <= 600 for p in pieces)


def test_segment_numbers_sentences_and_marks_language() -> None:
    article = CleanArticle(
        Source("a.txt", "0" * 64, "utf-8"),
        "عنوان الخبر",
        (
            Line(0, "عنوان الخبر", "title"),
            Line(2, "جملة أولى. جملة ثانية.", "body"),
            Line(3, "This paragraph is already English.", "body"),
        ),
        (),
    )
    result = segment(article)
    assert [(s.n, s.line, s.kind, s.lang) for s in result.sentences] == [
        (1, 0, "title", "ar"),
        (2, 2, "body", "ar"),
        (3, 2, "body", "ar"),
        (4, 3, "body", "en"),
    ]


def test_segment_long_sentence_pieces_fit_default_budget() -> None:
    text = " ".join(["كلمة"] * 500) + "."
    result = segment(CleanArticle(Source("a.txt", "0" * 64, "utf-8"), None, (Line(0, text, "body"),), ()))
    (sentence,) = result.sentences
    assert len(sentence.pieces) > 1 and all(fits_word_budget(p) for p in sentence.pieces)
    assert " ".join(sentence.pieces) == text


def test_punctuation_only_sentences_are_dropped_with_a_reason() -> None:
    article = CleanArticle(
        Source("a.txt", "0" * 64, "utf-8"), None, (Line(0, "أعلن الرئيس أن الحكومة ستجتمع. ... ***", "body"), Line(1, "—", "body")), ()
    )
    segmented = segment(article)
    assert [s.text for s in segmented.sentences] == ["أعلن الرئيس أن الحكومة ستجتمع."]
    assert [(d.line, d.text, d.reason) for d in segmented.dropped] == [
        (0, "... ***", "no words (punctuation only)"),
        (1, "—", "no words (punctuation only)"),
    ]


END_MARK = "boilerplate: an agency's end mark"
RUN_ON_LINK = "boilerplate: a link run on after the text"
DATELINE = "boilerplate: source-line (opening the paragraph)"
READ_ALSO = "boilerplate: read-also (another article's headline and date, run into the paragraph)"


@pytest.mark.parametrize(
    ("line", "kept", "reason"),
    [
        # a news agency's sign-off after the last sentence (KUNA's, from a training page; SPA's)
        ("وكانت المدينة محاصرة منذ أشهر. (النهاية)م ع م / م ع ع", ["وكانت المدينة محاصرة منذ أشهر."], END_MARK),
        ("وكانت المدينة محاصرة منذ أشهر. //انتهى// 15:25 ت م", ["وكانت المدينة محاصرة منذ أشهر."], END_MARK),
        ("وكانت المدينة محاصرة منذ أشهر. انتهى.", ["وكانت المدينة محاصرة منذ أشهر.", "انتهى."], None),  # a word, not a mark
        ("وكانت المدينة محاصرة منذ أشهر./انتهى", ["وكانت المدينة محاصرة منذ أشهر."], END_MARK),  # glued, unclosed (NINA's)
        ("وكانت المدينة محاصرة منذ أشهر/انتهى", ["وكانت المدينة محاصرة منذ أشهر/انتهى"], None),  # no full stop: not cut
        ("وكانت المدينة محاصرة. (النهاية) فيلم جديد للمخرج.", ["وكانت المدينة محاصرة.", "(النهاية) فيلم جديد للمخرج."], None),
        # an excerpt's "read more" link (a training page's)
        (
            "قطع خط الإمداد عبر الأراضي العراقية والسورية، حيث… اقرأ المزيد",
            ["قطع خط الإمداد عبر الأراضي العراقية والسورية، حيث…"],
            RUN_ON_LINK,
        ),
        ("وأعلنت الوزارة إغلاق المعبر. أكمل القراءة", ["وأعلنت الوزارة إغلاق المعبر."], RUN_ON_LINK),
        ("مجلس الأمن يدين الضربات على قطر... المزيد |", ["مجلس الأمن يدين الضربات على قطر..."], RUN_ON_LINK),  # a training page's
        ("ثم قال... المزيد من الجنود سيصلون", ["ثم قال... المزيد من الجنود سيصلون"], None),  # "more" inside a sentence
        ("وأعلنت الوزارة إغلاق المعبر. اقرأ المزيد عن القرار.", ["وأعلنت الوزارة إغلاق المعبر.", "اقرأ المزيد عن القرار."], None),
        # a dateline naming a source opens the paragraph (a training page's)
        ("أفريقيا برس – المغرب. تشير الأرقام إلى 48 مظاهرة يوميا.", ["تشير الأرقام إلى 48 مظاهرة يوميا."], DATELINE),
        ("شفق نيوز- بغداد. أعلنت الوزارة فتح المعبر.", ["أعلنت الوزارة فتح المعبر."], DATELINE),
        ("الأهلي – الزمالك. انتهت المباراة بالتعادل.", ["الأهلي – الزمالك.", "انتهت المباراة بالتعادل."], None),  # no source's word
        ("وأعلنت الوزارة فتح المعبر. شفق نيوز- بغداد.", ["وأعلنت الوزارة فتح المعبر.", "شفق نيوز- بغداد."], None),  # not opening
        # a related post's link, headline and date run into the paragraph (a training page's: libyaalahrar)
        (
            "وأصدر التعليمات حسب قوله. إقرأ أيضاًأبوشحمة: سرت مازالت تحت سيطرة القوات الأجنبية27 فبراير، 2021"
            " يذكر أن عدد الطلاب بلغ 35 ألفا.",
            ["وأصدر التعليمات حسب قوله.", "يذكر أن عدد الطلاب بلغ 35 ألفا."],
            READ_ALSO,
        ),
        (
            "أعلنت الوزارة النتائج. اقرأ أيضا: الحكومة تقر الميزانية 3 أيلول 2024 وقال الوزير إن النتائج جيدة.",
            ["أعلنت الوزارة النتائج.", "وقال الوزير إن النتائج جيدة."],
            READ_ALSO,
        ),
        # no date ends it, or it opens the line (the cleaner's), or nothing follows it: left as written
        (
            "أعلنت الوزارة النتائج. اقرأ أيضا الحكومة تقر الميزانية وقال الوزير إن النتائج جيدة.",
            ["أعلنت الوزارة النتائج.", "اقرأ أيضا الحكومة تقر الميزانية وقال الوزير إن النتائج جيدة."],
            None,
        ),
        (
            "أعلنت الوزارة النتائج في 3 أيلول 2024. وقال الوزير أيضا إن النتائج جيدة.",
            ["أعلنت الوزارة النتائج في 3 أيلول 2024.", "وقال الوزير أيضا إن النتائج جيدة."],
            None,
        ),
        (
            "اقرأ أيضا: الحكومة تقر الميزانية 3 أيلول 2024 وقال الوزير إن النتائج جيدة.",
            ["اقرأ أيضا: الحكومة تقر الميزانية 3 أيلول 2024 وقال الوزير إن النتائج جيدة."],
            None,
        ),
    ],
)
def test_furniture_inside_a_paragraph_is_dropped_with_a_reason(line: str, kept: list[str], reason: str | None) -> None:
    segmented = segment(CleanArticle(Source("a.txt", "0" * 64, "utf-8"), None, (Line(0, line, "body"),), ()))
    assert [s.text for s in segmented.sentences] == kept
    assert [d.reason for d in segmented.dropped] == ([reason] if reason else [])


def test_keep_boilerplate_keeps_furniture_inside_a_paragraph_marked_with_its_reason() -> None:
    line = Line(0, "أفريقيا برس – المغرب. تشير الأرقام إلى 48 مظاهرة يوميا. (النهاية)م ع م / م ع ع", "body")
    article = CleanArticle(Source("a.txt", "0" * 64, "utf-8"), None, (line,), ())
    kept = segment(article, keep_boilerplate=True)
    assert [s.text for s in kept.sentences] == split_sentences(line.text) and kept.dropped == ()
    assert [s.unsure for s in kept.sentences] == [
        f"kept by --keep-boilerplate; the cleaner would drop it ({DATELINE})",
        "",
        f"kept by --keep-boilerplate; the cleaner would drop it ({END_MARK})",
    ]
    assert [(u.line, u.reason) for u in kept.unsure] == [(0, kept.sentences[0].unsure), (0, kept.sentences[2].unsure)]
    assert [d.reason for d in segment(article).dropped] == [DATELINE, END_MARK]


def test_a_megabyte_of_initials_list_numbers_ellipses_or_glued_stops_is_split_in_linear_time() -> None:
    """Each full stop looks back a bounded stretch for initials ("د.", "بي.") or a list's number, so a
    hostile line of a megabyte of them is split in linear time."""
    line = "د. " * 150_000 + "بي. " * 150_000 + "وانتهى الاجتماع. " * 10_000
    start = time.monotonic()
    sentences = split_sentences(line)
    assert time.monotonic() - start < 60  # a hang bound, not a speed target (about 1 s here)
    assert len(sentences) == 10_000 and sentences[0].startswith("د. د. ")
    numbered = "1. بند " + "2. بند " * 400_000  # every "2." asks whether a list goes on: nothing before it is copied
    start = time.monotonic()
    sentences = split_sentences(numbered)
    assert time.monotonic() - start < 60  # a hang bound (this took minutes when each check copied the sentence so far)
    assert " ".join(sentences) == numbered.strip() and sentences[:2] == ["1. بند 2. بند 2.", "بند 2."]
    paused = "كلمة ... " * 200_000 + "النهاية.كلمة" * 50_000  # each ellipsis asks whether a link ends the line
    start = time.monotonic()
    sentences = split_sentences(paused)
    assert time.monotonic() - start < 60  # a hang bound (a copy of the rest at every ellipsis would be quadratic)
    assert len(sentences) == 50_001 and sentences[0].startswith("كلمة ... كلمة")
    related = "اقرأ أيضاً" * 100_000 + "قال. " + "اقرأ أيضا خبر 12 " * 50_000  # each "also" looks ahead a bounded stretch for a date
    start = time.monotonic()
    sentences = split_sentences(related)
    assert time.monotonic() - start < 60  # a hang bound (about 3 s here)
    assert len(sentences) == 2
