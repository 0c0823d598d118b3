"""`make eval-first-sight`: each batch's training pages, cleaned by the package as it was when the batch came in."""

from __future__ import annotations

import subprocess

import numpy as np
import pytest

from bench.first_sight import ROOT, batch_commits, score_batch, training_pages_by_batch
from bench.second_opinion import caught_at, fit, page_signals


def _has_history() -> bool:
    done = subprocess.run(["git", "rev-list", "--count", "HEAD"], cwd=ROOT, capture_output=True, text=True)
    return done.returncode == 0 and int(done.stdout or 0) > 1


@pytest.mark.skipif(not _has_history(), reason="needs the repository's git history")
def test_a_batch_is_scored_by_the_rules_from_before_it_not_by_todays() -> None:
    """Batch 56's title lost to a breadcrumb and its three kept lines are first-sight misses that
    today's rules no longer make: the old package must reproduce them."""
    pages = training_pages_by_batch((ROOT / "tests/fixtures/news-pages/sites.tsv").read_text(encoding="utf-8"))
    commits = batch_commits()
    assert commits[56] != commits[57] and min(commits) == 1
    score = score_batch(commits[56], pages[56])
    assert score == {"pages": 6, "content": 26, "content_kept": 25, "boilerplate": 10, "boilerplate_dropped": 7}


@pytest.mark.parametrize(
    ("scores", "labels", "allowed", "caught"),
    [
        ([0.9, 0.8, 0.7, 0.1], [1, 1, 0, 1], 0, 2),  # the first content line stops it
        ([0.9, 0.8, 0.7, 0.1], [1, 1, 0, 1], 1, 3),
        ([0.9, 0.8], [0, 1], 0, 0),  # a content line on top: nothing can be dropped for free
        ([0.5, 0.4], [1, 1], 0, 2),
    ],
)
def test_second_opinion_counts_boilerplate_caught_before_the_allowed_content_losses(
    scores: list[float], labels: list[int], allowed: int, caught: int
) -> None:
    assert caught_at(np.array(scores), np.array(labels), allowed) == caught


def test_second_opinion_signals_are_general_and_the_fit_separates_what_they_separate() -> None:
    body = "وقالت وزارة الدفاع في بيان إنها أرسلت 150 جنديا إلى كازاخستان لحماية المرافق الاستراتيجية للدولة المجاورة."
    page = ["التعليقات: 0", body, body, "تابعنا على https://example.com"]
    by_position = page_signals(page)
    signals = [by_position[position] for position in range(len(page))]
    assert len({len(row) for row in signals}) == 1
    assert signals[1][4] == 1.0 and signals[0][4] == 0.0  # closing punctuation
    assert signals[3][18] == 1.0 and signals[1][18] == 0.0  # a link
    features = np.c_[np.ones(4), [[0.0], [1.0], [1.0], [0.0]]]
    weights = fit(features, np.array([1.0, 0.0, 0.0, 1.0]))
    assert (features @ weights)[0] > 0 > (features @ weights)[1]
