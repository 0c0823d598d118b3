"""`make bench-scale`: a day's folder and more, through every stage but the models.

Synthetic folders of 100, 1,000 and 10,000 articles are written from real Arabic sentences (the
labelled story articles and the seeds): each synthetic story draws its sentences from one real
story and carries its own invented names and figures, so stories are distinct and the number of
distinct sentences grows with the folder; one article in ten is a republished copy (byte copy or
new title). Each folder is briefed in a fresh process by `pipeline.run` with the extractive
summarizer and a model-free translator (a letter-for-letter transliteration, which passes the
translation checks), so everything else runs for real: reading, cleaning, segmentation, checks,
copies, stories, facts, merge and rendering. Prints one line:

    scale: 10000 articles in S s (grouping G s), peak RSS M GB, growth exponent E

(the exponent is the least-squares slope of log time against log articles). Targets: 10,000 articles
in under 120 s on 2 cores, peak RSS under 2 GB, exponent at most 1.2.
"""

from __future__ import annotations

import json
import math
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES = tuple(int(n) for n in os.environ.get("BENCH_SCALE_SIZES", "100,1000,10000").split(","))
ARTICLES_PER_STORY = 8
COPY_SHARE = 0.1
STORY_OWN_WORDS = 0.4  # share of a real story's vocabulary each synthetic story words its own way
REWORDED_SHARE = 0.3  # share of words each article drops from a sentence
LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
TRANSLITERATION = str.maketrans(
    {
        **dict(zip("ابتثجحخدذرزسشصضطظعغفقكلمنهوي", "abtthjhkhddhrzsshsdtzaghfqklmnhwy", strict=False)),
        **{c: "a" for c in "أإآءئؤىة"},
        "،": ",",
        "؛": ";",
        "؟": "?",
    }
)


class TransliteratingTranslator:
    """A translator with no model: Arabic letters to Latin ones, digits and punctuation kept."""

    def translate_batch(self, texts: list[str]) -> list[str]:
        return [_transliterate(text) for text in texts]

    def count_tokens(self, text: str) -> int:
        return len(text.split()) + 1

    def max_input_tokens(self) -> int:
        return 512

    def signature(self) -> dict[str, Any]:
        return {"backend": "transliteration (bench)", "model": "none", "revision": "none", "decoding": {}}


def _transliterate(text: str) -> str:
    out = text.translate(TRANSLITERATION)
    return "".join(c if ord(c) < 0x600 or ord(c) > 0x6FF else "" for c in out)


def real_stories() -> list[tuple[str, list[str]]]:
    """(title, body sentences) of the labelled real articles that are not copies, and of the seeds."""
    from summarize.eval_stories import read_labels
    from summarize.pipeline import segment_inputs

    labels = [label for label in read_labels(ROOT / "tests/fixtures/stories/labels.tsv") if label.copy_of is None]
    segmented, _ = segment_inputs([str(ROOT / label.path) for label in labels], 10**8)
    stories: dict[str, list[str]] = {}
    for label, article in zip(labels, segmented.articles, strict=True):
        stories.setdefault(label.story, []).extend(s.text for s in article.sentences if s.kind == "body" and s.lang == "ar")
    return [(story, sentences) for story, sentences in sorted(stories.items())]


def _name(rng: random.Random) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(rng.randint(4, 7)))


def write_corpus(folder: Path, articles: int, seed: int = 0) -> int:
    """Write `articles` synthetic articles into `folder`; returns how many are copies."""
    rng = random.Random(seed)
    pool = real_stories()
    stories = max(1, articles // ARTICLES_PER_STORY)
    written: list[tuple[int, str]] = []
    copies = 0
    for index in range(articles):
        story = rng.randrange(stories) if index >= stories else index
        if written and rng.random() < COPY_SHARE:
            same = [text for s, text in written if s == story] or [written[-1][1]]
            text = rng.choice(same)
            if rng.random() < 0.5:
                text = f"{_name(rng)} {_name(rng)}\n" + text
            copies += 1
        else:
            text = _article(pool[story % len(pool)], story, rng)
        written.append((story, text))
        (folder / f"{index:05d}.txt").write_text(text, encoding="utf-8")
    return copies


def _article(source: tuple[str, list[str]], story: int, rng: random.Random) -> str:
    """One article of synthetic story `story`: real sentences of `source` in the story's own words
    (a fixed share of the vocabulary replaced by invented words, its names and figure), worded
    afresh for each article (words dropped and added), as independent reports of one event are."""
    story_rng = random.Random(story)  # the same for every article of the story
    _, sentences = source
    vocabulary = sorted({word for sentence in sentences for word in sentence.split()})
    own_words = {word: _name(story_rng) for word in vocabulary if story_rng.random() < STORY_OWN_WORDS}
    names = [_name(story_rng) for _ in range(4)]
    figure = story_rng.randint(12, 9999)
    chosen = rng.sample(sentences, k=min(len(sentences), rng.randint(4, 10)))
    body = []
    for sentence in chosen:
        words = [own_words.get(word, word) for word in sentence.rstrip(".").split() if rng.random() >= REWORDED_SHARE]
        words += [_name(rng) for _ in range(rng.randint(0, 2))]
        body.append(f"{' '.join(words)} وأكد {names[0]} {names[1]} ذلك في {names[2]}.")
    body.insert(rng.randrange(len(body) + 1), f"وأعلن {names[3]} أن عدد القتلى بلغ {figure + rng.choice((0, 0, 3))} قتيلا.")
    title = " ".join(own_words.get(word, word) for word in chosen[0].split()[:6])
    return f"{names[0]} {names[1]}: {title}\n\n" + "\n".join(body) + "\n"


def measure(articles: int) -> dict[str, float]:
    """Brief a fresh folder of `articles` in this process; seconds in all and in grouping, peak RSS."""
    from summarize import pipeline
    from summarize.config import BriefConfig
    from summarize.render import render

    grouping = [0.0]

    def timed(function: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return function(*args, **kwargs)
            finally:
                grouping[0] += time.perf_counter() - start

        return wrapper

    pipeline.find_copies = timed(pipeline.find_copies)  # type: ignore[assignment]
    pipeline.group_stories = timed(pipeline.group_stories)  # type: ignore[assignment]
    pipeline.build_stories = timed(pipeline.build_stories)  # type: ignore[assignment]
    with tempfile.TemporaryDirectory() as temporary:
        folder = Path(temporary)
        copies = write_corpus(folder, articles)
        config = BriefConfig(summarizer="extractive", use_cache=False)
        start = time.perf_counter()
        result = pipeline.run([str(folder)], config, translator=TransliteratingTranslator())
        for output_format in ("markdown", "json"):
            render(result.briefing, output_format)
        seconds = time.perf_counter() - start
    briefing = result.briefing
    return {
        "articles": articles,
        "copies_written": copies,
        "copies_found": sum(1 for a in briefing.sources if a.duplicate_of is not None),
        "stories_written": max(1, articles // ARTICLES_PER_STORY),
        "stories_found": len(briefing.stories),
        "seconds": seconds,
        "grouping_seconds": grouping[0],
        "peak_rss_gb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024**2,
    }


def growth_exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(seconds) against log(articles)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(s) for _, s in points]
    mean_x, mean_y = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mean_x) * (y - mean_y) for x, y in zip(xs, ys, strict=True)) / sum((x - mean_x) ** 2 for x in xs)


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(measure(int(sys.argv[2]))))
        return
    results = []
    for size in SIZES:  # each size in a fresh process, so peak RSS is its own
        output = subprocess.run([sys.executable, __file__, "--one", str(size)], check=True, capture_output=True, text=True).stdout
        result = json.loads(output.strip().splitlines()[-1])
        results.append(result)
        print(
            f"  {size} articles: {result['seconds']:.1f} s (grouping {result['grouping_seconds']:.1f} s), "
            f"{result['stories_found']} stories found for {result['stories_written']} written, "
            f"{result['copies_found']} copies found for {result['copies_written']} written, peak RSS {result['peak_rss_gb']:.2f} GB",
            flush=True,
        )
    exponent = growth_exponent([(r["articles"], r["seconds"]) for r in results]) if len(results) > 1 else float("nan")
    last = results[-1]
    print(
        f"scale: {last['articles']} articles in {last['seconds']:.1f} s (grouping {last['grouping_seconds']:.1f} s), "
        f"peak RSS {max(r['peak_rss_gb'] for r in results):.2f} GB, growth exponent {exponent:.2f}"
    )


if __name__ == "__main__":
    main()
