"""The cleaner's learned second look: a logistic regression over a line's shape, place and words.

The rules in `clean` name what they saw on the training pages; this model generalises their
vocabulary and shapes to sites they never saw. It only looks at the short lines the rules kept
outside the article's text (above its first or below its last paragraph), never at the title, a
line with a comma, the page's last line or a line inside the text, and it marks a line unsure
(kept, shown by `brief segment`) when it is sure (`threshold`): it never drops one, since at its
first scorings on held-out sites, allowed to drop, it caught two boilerplate lines and dropped one
content line there. Its weights are `line_model.json`, written by `make train-cleaner`
(`summarize.train_line_model`) from the training sites of the labelled pages alone; scoring is
plain Python, with no run-time dependency.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

MODEL_FILE = "line_model.json"
WORD_PREFIX = "w:"  # lexical features are "w:" and a word's folded light stem
DESCRIPTIONS = {  # the shape and place features, as a dropped line's reason names them
    "log_words": "length",
    "short": "three words or fewer",
    "ends_sentence": "ends like a sentence",
    "comma": "a comma",
    "function_words": "function words",
    "digits": "digits",
    "latin": "Latin letters",
    "headline_like": "no closing punctuation",
    "colon": "ends in a colon",
    "above_title": "above the title",
    "before_text": "above the text",
    "after_text": "below the text",
    "shares_title": "the title's words",
    "repeated": "repeated on the page",
}


@dataclass(frozen=True)
class LineModel:
    bias: float
    weights: Mapping[str, float]
    threshold: float  # a line is marked unsure at this probability of being boilerplate or above
    max_words: int  # longer lines are never judged by the model
    trained_on: str  # what the weights were fitted on, for provenance

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability that a line with these features is boilerplate."""
        score = self.bias + sum(self.weights.get(name, 0.0) * value for name, value in features.items())
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, score))))

    def strongest(self, features: Mapping[str, float], count: int = 2) -> list[str]:
        """The features that pushed hardest towards boilerplate, in words ("below the text", "«التعليقات»")."""
        pushes = sorted(((self.weights.get(name, 0.0) * value, name) for name, value in features.items()), reverse=True)
        return [_describe(name) for push, name in pushes[:count] if push > 0]


def _describe(name: str) -> str:
    return f"«{name[len(WORD_PREFIX) :]}»" if name.startswith(WORD_PREFIX) else DESCRIPTIONS.get(name, name)


@lru_cache(maxsize=1)
def load_line_model() -> LineModel:
    """The model shipped in the package (read once per process)."""
    data = json.loads(resources.files("summarize").joinpath(MODEL_FILE).read_text(encoding="utf-8"))
    return LineModel(
        bias=float(data["bias"]),
        weights={str(name): float(weight) for name, weight in data["weights"].items()},
        threshold=float(data["threshold"]),
        max_words=int(data["max_words"]),
        trained_on=str(data["trained_on"]),
    )
