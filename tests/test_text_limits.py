"""The text stages on pathological input: 1 MB of each shape that used to be quadratic finishes within a
generous bound, and fuzzed text never crashes them, never takes long, and never loses a line silently."""

from __future__ import annotations

import contextlib
import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarize.briefing import SentencePair, TranslatedArticle
from summarize.clean import clean
from summarize.errors import InputError
from summarize.ingest import decode_document
from summarize.segment import segment
from summarize.summarizer import extractive_points

pytestmark = pytest.mark.slow

MEGABYTE = 1_000_000
# Measured at 0.2-2.8 s per shape on the 2-core machines; the bound only catches a return of
# quadratic behaviour (the worst shapes took minutes before).
BOUND_S = 30.0
SENTENCE = "قال الوزير إن الوضع هادئ في المدينة بعد الاحتجاجات."
SHAPES = {
    "quoted-sentences": f'"{SENTENCE}" ',
    "open-brackets": "[",
    "link-openings": "[أ](",
    "bracket-pairs": "](",
    "stars": "**",
    "dots": ".",
    "dot-runs": "." * 1000 + "x",
    "one-long-word": "ب",
    "one-long-line": "كلمة ",
    "guillemets": "«",
    "curly-quotes": "“",
    "straight-quotes": '"',
    "related-cues": "ذات صلة ",
    "short-lines": "خبر عاجل\n",
    "read-also-lines": "اقرأ أيضا\n",
    "numbers": "1.2,",
    "html-nesting": "<div>",
    "sentences": SENTENCE + " ",
    "question-marks": "؟!" * 5 + " ",
    "space-runs": "خبر" + " " * 100_000,  # rules that look for trailing dots must not backtrack over spaces
    "poll-lines": "شاركنا برأيك\nما رأيك في الحكومة\n",
    "price-lines": "التفاح 60 جنيها\n",
    "voweled-related-lines": "قد يُعجبك أيضاً\nعنوان آخر هنا\nنص مقطوع هنا ...\n",
    "source-lines": "المعلومة/ بغداد..\n",
    # "related" headers each over 20 headlines, with no text: each headline once re-read every line above it
    "related-lists": "أخبار ذات صلة\n" + "عنوان خبر عن الاقتصاد\n" * 20,
}


def _stages(data: bytes, path: str = "page.txt") -> int:
    """Ingest, clean, segment and the extractive summarizer (translations stubbed): the text-only path."""
    article = segment(clean(decode_document(path, data)))
    pairs = tuple(SentencePair(s.n, s.line, s.kind, s.lang, s.text, s.text, True) for s in article.sentences)
    translated = TranslatedArticle(1, article.source, article.title, pairs, article.dropped)
    extractive_points(translated, "en")
    return len(article.sentences)


@pytest.mark.parametrize("unit", SHAPES.values(), ids=SHAPES.keys())
def test_a_megabyte_of_each_shape_stays_fast(unit: str) -> None:
    data = (unit * (MEGABYTE // len(unit.encode()) + 1)).encode()[:MEGABYTE]
    data = data.decode("utf-8", errors="ignore").encode()
    start = time.perf_counter()
    _stages(data, "page.html" if unit == "<div>" else "page.txt")
    assert time.perf_counter() - start < BOUND_S


ALPHABET = st.sampled_from(
    [
        *"ابتثجحخدذرسشصعغفقكلمنهويءأإآةى ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩0123456789 \n\t.,،؛:!?؟…\"'«»“”()[]{}<>*_#-|/\\@&`~",
        "اقرأ أيضا",
        "ذات صلة",
        "عاجل",
        "المزيد من ",
        "https://",
        "\u200f",
        "\u202e",
        "\x1b[31m",
        "\ufeff",
        "كتب - ",
    ]
)
TEXTS = st.lists(ALPHABET, max_size=400).map("".join)


@settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])
@given(TEXTS)
def test_fuzzed_text_is_segmented_without_loss(text: str) -> None:
    try:
        document = decode_document("fuzz.txt", text.encode())
    except InputError:  # no text at all: rejected with its one-line reason
        return
    cleaned = clean(document)
    article = segment(cleaned)
    for sentence in article.sentences:
        assert sentence.text and sentence.pieces
        assert "".join(sentence.pieces).replace(" ", "") == sentence.text.replace(" ", "")  # nothing cut off
    # Every line with text is either kept (as sentences) or dropped with a reason: nothing vanishes.
    kept = {s.line for s in article.sentences} | {d.line for d in article.dropped}
    with_text = {line.line for line in cleaned.lines} | {d.line for d in cleaned.dropped}
    assert with_text <= kept
    assert all(d.reason for d in article.dropped)


@settings(max_examples=100, deadline=5000)
@given(st.lists(TEXTS, min_size=1, max_size=30).map("\n".join))
def test_fuzzed_pages_run_the_text_stages(text: str) -> None:
    with contextlib.suppress(InputError):
        _stages(text.encode())
