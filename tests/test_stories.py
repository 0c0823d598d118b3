"""Stories and copies: the rules one by one, the labelled real articles pinned, and a mixed folder end to end."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from conftest import SEED_FILES

from summarize.briefing import SentencePair, Source, TranslatedArticle
from summarize.copies import find_copies, is_copy, shingles
from summarize.eval_stories import evaluate_stories, untranslated
from summarize.facts import discrepancies
from summarize.matching import DisjointSets, lsh_candidates, pairs_to_compare
from summarize.pipeline import segment_inputs
from summarize.stories import group_stories

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = ROOT / "tests" / "fixtures" / "stories" / "articles"
LABELS = ROOT / "tests" / "fixtures" / "stories" / "labels.tsv"


def _article(number: int, *sentences: str, title: str | None = None) -> TranslatedArticle:
    texts = ([title] if title else []) + list(sentences)
    pairs = tuple(
        SentencePair(n, n - 1, "title" if title and n == 1 else "body", "ar", text, text, False) for n, text in enumerate(texts, start=1)
    )
    return TranslatedArticle(number, Source(f"{number}.txt", "0" * 64, "utf-8"), title, pairs, ())


def _read(*names: str) -> list[TranslatedArticle]:
    segmented, _ = segment_inputs([str(ARTICLES / name) if "/" not in name else name for name in names], 10**7)
    assert len(segmented.articles) == len(names)
    return untranslated(segmented.articles)


# --- matching -----------------------------------------------------------------------------------


def test_disjoint_sets_join_transitively_and_list_groups_in_order() -> None:
    sets: DisjointSets[int] = DisjointSets(range(5))
    sets.union(3, 4)
    sets.union(0, 3)
    assert sets.groups() == [[0, 3, 4], [1], [2]]


def test_small_inputs_are_compared_exhaustively() -> None:
    keys = [frozenset({str(i)}) for i in range(5)]
    assert len(list(pairs_to_compare(keys))) == 10


def test_lsh_pairs_grow_linearly_with_identical_items() -> None:
    """A thousand copies of one set cost a thousand candidate pairs, not half a million."""
    keys = [frozenset({"a", "b", "c", "d"})] * 1000 + [frozenset({"x", "y", "z"})] * 1000
    pairs = list(pairs_to_compare(keys, exhaustive_limit=10))
    assert len(pairs) == 1998 and len(set(pairs)) == len(pairs)
    assert all(keys[i] == keys[j] for i, j in pairs)


def test_lsh_finds_similar_sets_and_ignores_empty_ones() -> None:
    base = frozenset(f"w{i}" for i in range(40))
    near = (base - {"w0", "w1"}) | {"v0", "v1"}  # Jaccard 0.9
    far = frozenset(f"u{i}" for i in range(40))
    pairs = set(lsh_candidates([base, near, far, frozenset()], bands=20, rows=3))
    assert (0, 1) in pairs and not any(3 in pair or 2 in pair for pair in pairs)


# --- copies -------------------------------------------------------------------------------------


BODY = [
    "أعلنت وزارة الداخلية المغربية مقتل 632 شخصا وإصابة 329 آخرين جراء الزلزال الذي ضرب إقليم الحوز.",
    "وسجل وقوع الضحايا في أقاليم وعمالات الحوز ومراكش وورزازات وأزيلال وشيشاوة وتارودانت.",
    "وقال مسؤول محلي إن معظم الوفيات كانت في مناطق الجبال التي يصعب الوصول إليها.",
    "وأفاد المعهد الوطني للجيوفيزياء بأن قوة الزلزال بلغت سبع درجات على مقياس ريختر.",
]


@pytest.mark.parametrize(
    ("name", "other", "copy"),
    [
        ("byte copy", _article(2, *BODY), True),
        ("new title", _article(2, *BODY, title="الحوز تحت الأنقاض بعد أعنف زلزال"), True),
        ("trimmed", _article(2, *BODY[:3]), True),
        ("agency dateline and a paragraph added", _article(2, "الرباط (وكالات) - " + BODY[0], *BODY[1:], "وأعلنت الحكومة الحداد."), True),
        ("same event, own words", _article(2, "ضرب زلزال بقوة 7 درجات جنوب غرب مراكش ليلة الجمعة.", "وتسابق فرق الإنقاذ الزمن."), False),
        ("one shared sentence only", _article(2, BODY[0], "وأعلنت مصر تضامنها مع المغرب.", "وتواصل فرق الإنقاذ البحث."), False),
    ],
)
def test_copy_rules(name: str, other: TranslatedArticle, copy: bool) -> None:
    original = _article(1, *BODY)
    found = find_copies([original, other])
    assert bool(found) is copy, name
    if copy:
        (match,) = found
        assert {match.copy, match.original} == {1, 2}


def test_the_copy_with_most_text_stands_for_the_group() -> None:
    (match,) = find_copies([_article(1, *BODY[:3]), _article(2, *BODY)])
    assert (match.copy, match.original) == (1, 2)


def test_short_articles_are_copies_only_when_identical() -> None:
    a, b = _article(1, "توفيت الملكة إليزابيث."), _article(2, "توفيت الملكة إليزابيث الثانية.")
    assert not is_copy(shingles(a), shingles(b))
    assert is_copy(shingles(a), shingles(replace(a, id=2)))


def test_real_wire_copy_and_reworded_copy_are_found() -> None:
    articles = _read("37-alwakaai.txt", "38-sarahanews.txt", "18-masrmix.txt", "19-pagearab.txt", "20-telquel.txt")
    assert {frozenset((m.copy, m.original)) for m in find_copies(articles)} == {frozenset((1, 2)), frozenset((3, 4))}


# --- stories ------------------------------------------------------------------------------------


def test_the_seeds_are_one_story_with_what_they_share() -> None:
    (story,) = group_stories(_read(*(str(p) for p in SEED_FILES)))
    assert story.articles == (1, 2)
    assert "كازاخستان" in story.shared


@pytest.mark.parametrize(
    ("names", "stories"),
    [
        (("07-batrounnews.txt", "08-ekhbareeat.txt", "03-i24news.txt", "04-al-ain.txt"), [(1, 2), (3, 4)]),  # two earthquakes
        pytest.param(
            ("27-sondagemr.txt", "52-rimaltv.txt", "28-machahid24.txt", "53-elaph.txt"),
            [(1, 3), (2, 4)],
            marks=pytest.mark.xfail(strict=True, reason="two matches of one tournament merge in a run of four (apart in the full set)"),
        ),
        (("24-hapijournal.txt", "47-alwasatia.txt", "42-masress-shorouk.txt"), [(1,), (2,), (3,)]),  # unrelated
    ],
)
def test_stories_of_real_articles(names: tuple[str, ...], stories: list[tuple[int, ...]]) -> None:
    assert [group.articles for group in group_stories(_read(*names))] == stories


def test_grouping_does_not_depend_on_the_order_of_the_folder() -> None:
    names = ["07-batrounnews.txt", "03-i24news.txt", "08-ekhbareeat.txt", "04-al-ain.txt", "11-anasaudia.txt", "05-kbs.txt"]
    forward = _read(*names)
    backward = [replace(a, id=len(forward) + 1 - a.id) for a in reversed(forward)]
    as_paths = {frozenset(forward[i - 1].path for i in g.articles) for g in group_stories(forward)}
    assert as_paths == {frozenset(a.path for a in backward if a.id in g.articles) for g in group_stories(backward)}


def test_no_discrepancy_between_figures_about_different_groups() -> None:
    police = _article(1, "وأعلنت الشرطة سقوط 18 قتيلاً في صفوفها.")
    everyone = _article(2, "وأسفرت الاحتجاجات عن سقوط 26 قتيلاً.")
    assert discrepancies([police, everyone]) == []
    assert len(discrepancies([everyone, replace(everyone, id=3, sentences=(replace(everyone.sentences[0], ar="سقوط 30 قتيلاً."),))])) == 1


def test_a_discrepancy_quotes_each_source_once() -> None:
    a = _article(1, "واعتقل أكثر من 3800 شخص.", "وقالت الوزارة إنها اعتقلت 3800 شخص في المدن.")
    b = _article(2, "واعتقل 4266 شخصا في أنحاء البلاد.")
    (arrests,) = discrepancies([a, b])
    assert [(f.ref.source, f.value) for f in arrests] == [(1, 3800), (2, 4266)]


# --- the labelled set (`make eval-stories`) ---------------------------------------------------------


def test_labelled_stories_meet_their_targets() -> None:
    """Pinned so the figures in the README cannot silently regress (66 real articles from 60 sites, the seeds and 4 derived copies)."""
    score = evaluate_stories(LABELS, ROOT)
    assert score.mixed_discrepancies == 0
    for split in score.splits:
        assert split.bcubed_precision == 1.0, score.errors
        assert split.bcubed_recall >= 0.94, score.errors
        assert split.copy_precision == 1.0 and split.copy_recall == 1.0, score.errors
    assert all(pair.merged == 0 for pair in score.pairs)


# --- end to end -----------------------------------------------------------------------------------


@pytest.mark.slow
def test_mixed_folder_counts_independent_sources_and_keeps_stories_apart(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    from test_cli import _briefing, _models, _run

    folder = tmp_path / "day"
    folder.mkdir()
    for seed in SEED_FILES:
        (folder / seed.name).write_bytes(seed.read_bytes())
    (folder / "wire-copy.txt").write_bytes(SEED_FILES[1].read_bytes())
    (folder / "wire-retitled.txt").write_text("عنوان جديد للخبر نفسه\n" + SEED_FILES[1].read_text(encoding="utf-8"), encoding="utf-8")
    for name in ("24-hapijournal.txt", "25-elfann.txt", "47-alwasatia.txt"):
        (folder / name).write_bytes((ARTICLES / name).read_bytes())
    data = _briefing(tiny_models, "--summarizer", "extractive", paths=(str(folder),))
    by_name = {Path(s["path"]).name: s for s in data["sources"]}
    original = by_name[SEED_FILES[1].name]["id"]
    assert by_name["wire-copy.txt"]["duplicate_of"] == original and by_name["wire-retitled.txt"]["duplicate_of"] == original
    stories = data["stories"]
    assert [len(s["independent_sources"]) for s in stories] == [2, 2, 1]  # ordered by independent sources
    story_of = {source: story["id"] for story in stories for source in story["sources"]}
    for story in stories:
        for point in story["points"]:
            assert {story_of[c["id"]] for c in point["sources"]} == {story["id"]}  # no point cites two stories
            assert point["reported_by"] <= len(story["independent_sources"])
            copies = {by_name["wire-copy.txt"]["id"], by_name["wire-retitled.txt"]["id"]}
            assert not copies & {c["id"] for c in point["sources"]}
        for discrepancy in story["discrepancies"]:
            assert {story_of[v["source"]] for v in discrepancy["values"]} == {story["id"]}
    kazakhstan = next(s for s in stories if original in s["sources"])
    assert max(p["reported_by"] for p in kazakhstan["points"]) == 2  # two outlets, however many copies
    (arrests,) = kazakhstan["discrepancies"]  # reported once, not once per copy
    assert len(arrests["values"]) == 2
    markdown = _run(str(folder), *_models(tiny_models), "--summarizer", "extractive")
    assert markdown.exit_code == 0
    text = markdown.stdout
    assert "## Contents" in text and "## Story 3" in text and f"copy of [{original}]" in text
    json.dumps(data)  # the whole briefing stays plain JSON
