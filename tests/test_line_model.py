"""The cleaner's learned second look: which lines it may judge, what it says, and how it is fitted."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from test_clean import BODY, BODY2, _doc

from summarize import train_line_model
from summarize.clean import clean, judge_for_training, page_line_features
from summarize.eval_clean import read_sites
from summarize.line_model import MODEL_FILE, LineModel, load_line_model

TITLE = "كازاخستان ترسل جنودا لحماية المرافق"
LAST = "وختم البيان بالتأكيد على استمرار التعاون بين البلدين."
BELOW = "وفي سياق متصل، أعلن"  # a line cut short, with a comma: no list entry, never judged
NEWS_PAGES = Path(__file__).parent / "fixtures" / "news-pages"


def _judgeable(*lines: str) -> set[str]:
    """The lines of a page the line model may judge (at most 8 words, as shipped)."""
    judged, _ = judge_for_training(_doc(*lines))
    return {judged.entries[position][1] for position in page_line_features(judged, max_words=8)}


@pytest.mark.parametrize(
    ("lines", "judgeable"),
    [
        ((TITLE, BODY, BODY2, "عربي21 نيوز", BELOW), {"عربي21 نيوز"}),  # below the text, not the last line
        ((TITLE, BODY, "الجنود في المطار", BODY2), set()),  # inside the text: a subheading or a caption, never judged
        ((TITLE, BODY, BODY2, "عربي21 نيوز"), set()),  # the page's last line may be a paragraph cut short
        ((TITLE, BODY, BODY2, "عربي21 نيوز، بغداد", BELOW), set()),  # a comma: a clause that goes on
        ((TITLE, BODY, BODY2, "الوزير يؤكد أن الجنود سيعودون إلى بلادهم خلال أيام قليلة", BELOW), set()),  # over 8 words
        (("عربي21 نيوز", BODY, BODY2), set()),  # the title, however it looks
        (("الذهب يرتفع", "المغرب يفوز", "تحطم طائرة"), set()),  # no text to be outside of
    ],
)
def test_the_model_judges_only_short_lines_kept_outside_the_text(lines: tuple[str, ...], judgeable: set[str]) -> None:
    assert _judgeable(*lines) == judgeable


def test_a_sites_name_below_the_text_is_kept_and_marked_with_the_models_reason() -> None:
    page = _doc(TITLE, BODY, BODY2, "عربي21 نيوز", BELOW)
    article = clean(page)
    assert not article.dropped
    unsure = {line.text: line.unsure for line in article.lines}
    assert unsure["عربي21 نيوز"].startswith("unsure: page furniture to the line model (0.9")
    assert "«نيوز»" in unsure["عربي21 نيوز"]
    assert not any(line.unsure for line in clean(page, use_line_model=False).lines)


def test_a_model_that_calls_everything_boilerplate_still_leaves_the_text() -> None:
    """The eligibility rules hold whatever the weights: the title and the text are never judged."""
    page = _doc("شبكة الأخبار", TITLE, BODY, "الجنود في المطار", BODY2, LAST, "مؤتمر صحفي للوزير", BELOW)
    judged, _ = judge_for_training(page)
    everything = LineModel(bias=100.0, weights={}, threshold=0.5, max_words=8, trained_on="test")
    judgeable = page_line_features(judged, everything.max_words)
    assert all(everything.probability(values) >= everything.threshold for values in judgeable.values())
    assert {judged.entries[position][1] for position in judgeable} <= {"شبكة الأخبار", "مؤتمر صحفي للوزير"}


def test_the_shipped_model_is_what_make_train_cleaner_writes() -> None:
    """Reproducible: refitting on the same pages gives the same file (retrain after relabelling)."""
    shipped = json.loads((Path(train_line_model.__file__).parent / MODEL_FILE).read_text(encoding="utf-8"))
    assert train_line_model.fit(NEWS_PAGES) == shipped
    model = load_line_model()
    assert model.threshold == shipped["threshold"] and len(model.weights) == len(shipped["weights"])


def test_fitting_reads_no_held_out_page(monkeypatch: pytest.MonkeyPatch) -> None:
    read: list[str] = []
    original = train_line_model.read_labelled_page

    def recording(path: Path):  # type: ignore[no-untyped-def]
        read.append(path.name)
        return original(path)

    monkeypatch.setattr(train_line_model, "read_labelled_page", recording)
    train_line_model.training_lines(NEWS_PAGES)
    rows = read_sites(NEWS_PAGES)
    assert sorted(read) == sorted(row.page for row in rows if row.split == "train")
