"""`make eval-first-sight`: each batch's training pages, cleaned by the package as it was when the batch came in."""

from __future__ import annotations

import subprocess

import pytest

from bench.first_sight import ROOT, batch_commits, score_batch, training_pages_by_batch


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
