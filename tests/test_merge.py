"""Stage 6: shared facts found across sources, figures that disagree, and the support check."""

from __future__ import annotations

import pytest
from conftest import SEED_FILES

from summarize.briefing import SentencePair, TranslatedArticle
from summarize.facts import SentenceRef, _clause_figures, discrepancies, shared_facts
from summarize.pipeline import segment_inputs
from summarize.summarizer import attribute


def _articles(english: dict[tuple[int, int], str] | None = None) -> list[TranslatedArticle]:
    """The seeds, segmented, with placeholder (or given) English."""
    segmented, _ = segment_inputs([str(p) for p in SEED_FILES], 10**6)
    english = english or {}
    return [
        TranslatedArticle(
            i,
            a.source,
            a.title,
            tuple(SentencePair(s.n, s.line, s.kind, s.lang, s.text, english.get((i, s.n), f"en {i}.{s.n}"), True) for s in a.sentences),
            (),
        )
        for i, a in enumerate(segmented.articles, start=1)
    ]


# The four facts both seeds report, each by one sentence per seed that must be grouped together.
SHARED_FACTS = {
    "Nazarbayev calls to rally behind the president": ((1, 12), (2, 14)),
    "Massimov detained on suspicion of treason": ((1, 8), (2, 5)),
    "President refuses to negotiate with protesters": ((1, 18), (2, 9)),
    "CSTO troops arrive": ((1, 14), (2, 11)),
}


@pytest.mark.parametrize(("fact", "refs"), SHARED_FACTS.items(), ids=SHARED_FACTS.keys())
def test_each_shared_fact_is_one_group_with_both_sources(fact: str, refs: tuple[tuple[int, int], ...]) -> None:
    groups = shared_facts(_articles())
    holding = [g for g in groups if any((r.source, r.n) in refs for r in g)]
    assert len(holding) == 1, fact
    assert {(r.source, r.n) for r in holding[0]} >= set(refs)


def test_no_group_mixes_unrelated_facts() -> None:
    groups = shared_facts(_articles())
    for fact_a, refs_a in SHARED_FACTS.items():
        for fact_b, refs_b in SHARED_FACTS.items():
            if fact_a < fact_b:
                assert not any({(r.source, r.n) for r in g} >= {refs_a[0], refs_b[0]} for g in groups)


def test_arrest_figures_disagree_between_seeds() -> None:
    (arrests,) = discrepancies(_articles())
    assert [(f.about.split(" (")[0], f.value, f.ref) for f in arrests] == [
        ("arrests", 3800, SentenceRef(1, 20)),
        ("arrests", 4266, SentenceRef(2, 3)),
    ]


@pytest.mark.parametrize(
    ("clause", "expected"),
    [
        ("وأعلنت الشرطة سقوط 18 قتيلاً و748 جريحاً في صفوفها", [("deaths (police)", 18), ("injuries (police)", 748)]),
        ("واعتقل أكثر من 3800 شخص في مختلف أنحاء البلاد", [("arrests", 3800)]),
        ("إنها أرسلت 150 جنديا و8 مركبات مدرعة و11 مركبة محملة بمعدات", [("troops", 150)]),
        ("إن المواطن الإسرائيلي يبلغ من العمر 22 عاماً", []),
        ("وعزل ماسيموف الذي شغل المنصب عام 2016", []),
        ("عن مقتل 26 محتجا وإصابة المئات", [("deaths (protesters)", 26)]),
    ],
)
def test_figures_in_a_clause(clause: str, expected: list[tuple[str, int]]) -> None:
    assert [(f.about, f.value) for f in _clause_figures(clause, SentenceRef(1, 1))] == expected


def test_figures_about_different_groups_are_not_a_discrepancy() -> None:
    articles = _articles()
    deaths = [f for f in discrepancies(articles) for f in f if f.about.startswith("deaths")]
    assert deaths == []


ARRESTS_EN = "More than 3,800 people were arrested across the country, according to the latest figures."


@pytest.mark.parametrize(
    ("summary_sentence", "supported"),
    [
        ("More than 3,800 people were arrested across the country.", True),
        ("More than 5,000 people were arrested across the country.", False),  # invented number
        ("The United Nations condemned the elections in Brazil yesterday.", False),  # invented event
        ("Police arrested people in Paris during a football match.", False),  # mostly invented
        ("More than 3,800 people were arrested across the country by Macron.", False),  # invented name
        ("More than 3,800 people were arrested across the country in March.", False),  # invented date
    ],
)
def test_unsupported_summary_sentences_are_flagged(summary_sentence: str, supported: bool) -> None:
    article = _articles({(1, 20): ARRESTS_EN})[0]
    cited, ok = attribute(summary_sentence, article, "en")
    assert ok is supported
    if supported:
        assert cited == (20,)
