"""Fit the cleaner's line model: `python -m summarize.train_line_model [FOLDER] [--out FILE]` (`make train-cleaner`).

A logistic regression, fitted by full-batch gradient descent (deterministic: the same pages give
the same bytes), on every labelled line of the training sites of a split measure (`sites.tsv`;
held-out pages are never read). Features: a line's shape and place (`clean.page_line_features`)
and the folded stems of its words, for stems found on lines of at least VOCABULARY_MIN_SITES
training sites (a site's own names would not generalise). Classes are weighted equally.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

from summarize.clean import judge_for_training
from summarize.eval_clean import read_labelled_page, read_sites
from summarize.line_model import MODEL_FILE, WORD_PREFIX

VOCABULARY_MIN_SITES = 3
L2 = 10.0
ITERATIONS = 2000
LEARNING_RATE = 0.5
# Chosen on training pages only: fitted on batches 1 to 5, the model at 0.9 took 4 of the 29
# boilerplate lines the session-8-start rules kept on batches 6 to 16's new training sites for
# furniture, and none of their 460 content lines (nor any content line out of fold on batches 1 to 5).
THRESHOLD = 0.9
MAX_WORDS = 8
DEFAULT_FOLDER = Path("tests/fixtures/news-pages")


def training_lines(folder: Path) -> tuple[list[str], list[dict[str, float]], list[int], str]:
    """Per labelled training line: its site, features and label (1: boilerplate), and a digest of the pages."""
    sites: list[str] = []
    features: list[dict[str, float]] = []
    labels: list[int] = []
    digest = hashlib.sha256()
    for row in read_sites(folder):
        if row.split != "train":
            continue
        path = folder / "pages" / row.page
        digest.update(path.read_bytes())
        document, page_labels, _ = read_labelled_page(path)
        judged, by_position = judge_for_training(document)
        for position, values in by_position.items():
            label = page_labels.get(judged.entries[position][0])
            if label is not None:
                sites.append(row.site)
                features.append(values)
                labels.append(1 if label == "boilerplate" else 0)
    return sites, features, labels, digest.hexdigest()


def fit(folder: Path) -> dict[str, Any]:
    """The model file's content, fitted on `folder`'s training sites."""
    import numpy as np  # training only: scoring is plain Python

    sites, features, labels, digest = training_lines(folder)
    sites_of: dict[str, set[str]] = {}
    for site, values in zip(sites, features, strict=True):
        for name in values:
            if name.startswith(WORD_PREFIX):
                sites_of.setdefault(name, set()).add(site)
    shape = sorted({name for values in features for name in values if not name.startswith(WORD_PREFIX)})
    names = shape + sorted(name for name, where in sites_of.items() if len(where) >= VOCABULARY_MIN_SITES)
    column = {name: j for j, name in enumerate(names)}
    x = np.zeros((len(features), len(names)))
    for i, values in enumerate(features):
        for name, value in values.items():
            if name in column:
                x[i, column[name]] = value
    y = np.array(labels, dtype=float)
    mean, spread = x.mean(axis=0), x.std(axis=0) + 1e-9
    z = (x - mean) / spread
    weights, bias = np.zeros(len(names)), 0.0
    class_weight = np.where(y == 1, 0.5 / y.mean(), 0.5 / (1 - y.mean()))
    for _ in range(ITERATIONS):
        gradient = (1 / (1 + np.exp(-(z @ weights + bias))) - y) * class_weight
        weights -= LEARNING_RATE * (z.T @ gradient / len(y) + L2 * weights / len(y))
        bias -= LEARNING_RATE * float(gradient.mean())
    raw = weights / spread  # weights on the raw features, so that scoring needs no scaling
    raw_bias = bias - float((weights * mean / spread).sum())
    return {
        "about": "brief's line model: see summarize/line_model.py; written by `make train-cleaner`",
        "trained_on": f"{len(y)} lines ({int(y.sum())} boilerplate) of {len(set(sites))} training sites, pages sha256 {digest[:16]}",
        "threshold": THRESHOLD,
        "max_words": MAX_WORDS,
        "bias": round(raw_bias, 6),
        "weights": {name: round(float(weight), 6) for name, weight in zip(names, raw, strict=True) if round(float(weight), 6)},
    }


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m summarize.train_line_model", description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", default=DEFAULT_FOLDER, type=Path)
    parser.add_argument("--out", type=Path, default=None, help="where to write the model (default: the package's)")
    args = parser.parse_args(argv)
    out = args.out or Path(str(resources.files("summarize").joinpath(MODEL_FILE)))
    model = fit(args.folder)
    out.write_text(json.dumps(model, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{out}: {len(model['weights'])} weights; {model['trained_on']}")


if __name__ == "__main__":
    main()
