"""`make eval-second-opinion`: could a learned line model, judging the lines the rules keep, catch
the boilerplate that unseen sites bring?

The lines are first sight's (`bench/first_sight.py`): each batch's training pages cleaned by the
rules as they stood before the batch came in, so what the rules kept is what they keep on a site
they have never seen. A logistic regression over general signals of a line (length, closing
punctuation, function words, digits, Latin letters, links, its place on the page and beside the
body's long lines, its words' overlap with the body) is fitted on the kept lines of every batch but
one and scores the held-back batch's, for each batch in turn. Prints how many of the kept
boilerplate lines the model would catch if allowed to drop that many kept content lines:

    allowing 0 content lines lost: 6 of 94 boilerplate lines caught

Deterministic (plain gradient descent from zeros, numpy only); needs the git history, about 20 s.
"""

from __future__ import annotations

import math
import re
import sys
from collections import Counter

import numpy as np

from bench.first_sight import FIRST_BATCH, ROOT, SITES, batch_commits, batch_lines, training_pages_by_batch
from summarize.arabic import STOPWORDS, content_keys, words

LONG_LINE_WORDS = 15  # a body paragraph's line, for the line's place beside the body
ALLOWED_LOSSES = (0, 1, 3, 5, 10, 20)
CLOSING = re.compile(r"[.!?؟…»\"”)]\s*$")
LINK = re.compile(r"@|https?:|www\.|\.com")


def page_signals(texts: list[str]) -> dict[int, list[float]]:
    """General signals of each non-empty line of a page, by position: no phrase list, nothing a site
    names. The page's own figures (its lines, its long lines and their words) are worked out once."""
    filled = [p for p, t in enumerate(texts) if t.strip()]
    counts = {p: len(words(texts[p])) for p in filled}
    long_lines = [p for p in filled if counts[p] >= LONG_LINE_WORDS]
    long_keys = {p: set(content_keys(texts[p])) for p in long_lines}
    in_long_lines = Counter(key for keys in long_keys.values() for key in keys)  # a line's own words aside below
    signals = {}
    for rank, position in enumerate(filled):
        own = long_keys.get(position, set())
        keys = content_keys(texts[position])
        in_body = sum(1 for key in keys if in_long_lines[key] - (key in own) > 0)
        previous = counts[filled[rank - 1]] if rank > 0 else 0
        following = counts[filled[rank + 1]] if rank + 1 < len(filled) else 0
        place = [
            in_body / max(1, len(keys)),
            rank / max(1, len(filled) - 1),
            float(bool(long_lines) and position < long_lines[0]),
            float(bool(long_lines) and position > long_lines[-1]),
            math.log1p(previous),
            math.log1p(following),
            float(previous >= LONG_LINE_WORDS and following >= LONG_LINE_WORDS),
        ]
        text = texts[position]
        signals[position] = [*_shape(text), *place, float(bool(LINK.search(text))), float("|" in text or " - " in text)]
    return signals


def _shape(text: str) -> list[float]:
    """The line's own signals: length, punctuation, function words, digits, Latin letters."""
    tokens = words(text)
    count = len(tokens)
    letters = max(1, len(text))
    function_words = sum(1 for token in tokens if token in STOPWORDS) / max(1, count)
    return [
        math.log1p(count),
        float(count <= 3),
        float(count <= 6),
        float(count >= LONG_LINE_WORDS),
        float(bool(CLOSING.search(text))),
        float(text.rstrip().endswith(":")),
        float("،" in text),
        sum(c.isdigit() for c in text) / letters,
        sum("a" <= c.lower() <= "z" for c in text) / letters,
        function_words,
        float(function_words == 0),
    ]


def fit(signals: np.ndarray, labels: np.ndarray, steps: int = 3000, rate: float = 0.1, l2: float = 1.0) -> np.ndarray:
    """Class-balanced, L2-regularised logistic regression by gradient descent from zeros."""
    weights = np.zeros(signals.shape[1])
    balance = np.where(labels == 1, (1 - labels.mean()) / labels.mean(), 1.0)
    penalty = np.r_[0.0, np.ones(signals.shape[1] - 1)] * l2  # the bias goes unpenalised
    for _ in range(steps):
        predicted = 1 / (1 + np.exp(-(signals @ weights)))
        weights -= rate * (signals.T @ ((predicted - labels) * balance) + penalty * weights) / len(labels)
    return weights


def caught_at(scores: np.ndarray, labels: np.ndarray, allowed: int) -> int:
    """Boilerplate lines above the threshold that lets through at most `allowed` content lines."""
    caught = lost = 0
    for index in np.argsort(-scores, kind="stable"):
        if labels[index]:
            caught += 1
        elif (lost := lost + 1) > allowed:
            break
    return caught


def main(argv: list[str] | None = None) -> None:
    pages = training_pages_by_batch((ROOT / SITES).read_text(encoding="utf-8"))
    commits = batch_commits()
    rows: list[list[float]] = []
    labels: list[int] = []
    groups: list[int] = []
    for batch in sorted(b for b in pages if b >= FIRST_BATCH and b in commits):
        for page in batch_lines(commits[batch], pages[batch]):
            signals_of = page_signals([text for _, _, text in page])
            for position, (label, kept, text) in enumerate(page):
                if kept and label in ("T", "C", "B") and text.strip():
                    rows.append(signals_of[position])
                    labels.append(int(label == "B"))
                    groups.append(batch)
    signals = np.array(rows)
    signals = (signals - signals.mean(0)) / (signals.std(0) + 1e-9)
    signals = np.c_[np.ones(len(signals)), signals]
    target = np.array(labels, dtype=float)
    batches = np.array(groups)
    scores = np.zeros(len(target))
    for batch in np.unique(batches):
        held = batches == batch
        scores[held] = signals[held] @ fit(signals[~held], target[~held])
    boilerplate = int(target.sum())
    print(f"lines the rules kept at first sight: {boilerplate} boilerplate, {len(target) - boilerplate} content")
    for allowed in ALLOWED_LOSSES:
        print(f"allowing {allowed} content lines lost: {caught_at(scores, target, allowed)} of {boilerplate} boilerplate lines caught")


if __name__ == "__main__":
    main(sys.argv[1:])
