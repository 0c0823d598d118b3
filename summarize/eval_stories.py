"""Measure story grouping and copy detection on labelled articles:
`python -m summarize.eval_stories tests/fixtures/stories/labels.tsv`.

The labels file has one row per article: path (from the repository root), story, copy_of ('-' for
an original), split ('tune' or 'held-out') and where the text came from. All articles are grouped
together in one run, as a day's folder would be; the figures are reported per split:
- B-cubed precision and recall of the stories (Bagga and Baldwin, 1998), per article averaged;
- precision and recall of copy detection over pairs of articles in one group of copies;
- discrepancies whose figures come from two labelled stories (must be none);
- every run of just two of the originals: pairs of different stories put together, pairs of one
  story kept apart.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from itertools import combinations
from pathlib import Path

from summarize.briefing import SegmentedArticle, SentencePair, TranslatedArticle
from summarize.copies import find_copies
from summarize.facts import discrepancies
from summarize.stories import group_stories

SPLITS = ("tune", "held-out", "fresh")


@dataclass(frozen=True)
class Label:
    path: str
    story: str
    copy_of: str | None
    split: str


@dataclass(frozen=True)
class SplitScore:
    split: str
    articles: int
    stories: int
    bcubed_precision: float
    bcubed_recall: float
    copy_precision: float
    copy_recall: float
    copy_pairs: int


@dataclass(frozen=True)
class PairScore:
    """Every two-article run of a split's originals: how many same-story pairs were split and
    how many different-story pairs were put in one story (small runs have little to go on)."""

    split: str
    same_story: int
    split_apart: int
    different_stories: int
    merged: int

    def line(self) -> str:
        return (
            f"two-article runs ({self.split}): {self.merged} of {self.different_stories} pairs of different stories "
            f"put together, {self.split_apart} of {self.same_story} pairs of one story kept apart"
        )


@dataclass(frozen=True)
class StoryScore:
    splits: tuple[SplitScore, ...]
    mixed_discrepancies: int
    errors: tuple[str, ...]  # articles put with another story or apart from their own, wrong copies
    pairs: tuple[PairScore, ...] = ()

    def line(self, split: SplitScore) -> str:
        return (
            f"stories ({split.split}: {split.articles} articles, {split.stories} stories): B-cubed precision "
            f"{split.bcubed_precision:.3f}, recall {split.bcubed_recall:.3f}; copies precision {split.copy_precision:.3f}, "
            f"recall {split.copy_recall:.3f} ({split.copy_pairs} labelled pairs); discrepancies across stories {self.mixed_discrepancies}"
        )


def read_labels(path: Path) -> list[Label]:
    labels = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        file, story, copy_of, split, _source = line.split("\t")
        labels.append(Label(file, story, None if copy_of == "-" else copy_of, split))
    return labels


def untranslated(articles: Sequence[SegmentedArticle]) -> list[TranslatedArticle]:
    """Segmented articles as the later stages take them, with no translation (grouping reads the Arabic)."""
    return [
        TranslatedArticle(
            number,
            article.source,
            article.title,
            tuple(SentencePair(s.n, s.line, s.kind, s.lang, s.text, s.text, False) for s in article.sentences),
            article.dropped,
        )
        for number, article in enumerate(articles, start=1)
    ]


def evaluate_stories(labels_file: Path, root: Path) -> StoryScore:
    from summarize.clean import clean
    from summarize.ingest import ingest
    from summarize.segment import segment

    labels = read_labels(labels_file)
    ingested = ingest([str(root / label.path) for label in labels], max_bytes=10_000_000)
    if ingested.problems:
        raise SystemExit(f"cannot read {ingested.problems[0].path}: {ingested.problems[0].problem}")
    articles = untranslated([segment(clean(document)) for document in ingested.documents])
    label_of = {article.id: label for article, label in zip(articles, labels, strict=True)}
    copies = {match.copy: match.original for match in find_copies(articles)}
    originals = [a for a in articles if a.id not in copies]
    story_of: dict[int, int] = {}
    groups = group_stories(originals)
    for number, group in enumerate(groups):
        for member in group.articles:
            story_of[member] = number
    for copy, original in copies.items():
        story_of[copy] = story_of[original]
    copy_group = {a.id: copies.get(a.id, a.id) for a in articles}
    gold_root = {label.path: _root(label.path, {lb.path: lb.copy_of for lb in labels}) for label in labels}
    splits = []
    errors: list[str] = []
    for split in SPLITS:
        ids = [a.id for a in articles if label_of[a.id].split == split]
        precision, recall = _bcubed(ids, lambda i: story_of[i], lambda i: label_of[i].story, [a.id for a in articles])
        gold_pairs = {(i, j) for i, j in combinations(ids, 2) if gold_root[label_of[i].path] == gold_root[label_of[j].path]}
        found_pairs = {(i, j) for i, j in combinations(ids, 2) if copy_group[i] == copy_group[j]}
        splits.append(
            SplitScore(
                split,
                len(ids),
                len({label_of[i].story for i in ids}),
                precision,
                recall,
                len(gold_pairs & found_pairs) / len(found_pairs) if found_pairs else 1.0,
                len(gold_pairs & found_pairs) / len(gold_pairs) if gold_pairs else 1.0,
                len(gold_pairs),
            )
        )
        errors.extend(
            f"{split}: {label_of[i].path} and {label_of[j].path} "
            + ("called copies" if (i, j) in found_pairs - gold_pairs else "copies not found")
            for i, j in sorted(found_pairs ^ gold_pairs)
        )
    for group in groups:
        stories = {label_of[i].story for i in group.articles}
        if len(stories) > 1:
            names = ", ".join(label_of[i].path.rsplit("/", 1)[-1] for i in group.articles)
            errors.append(f"one story for {', '.join(sorted(stories))}: {names}")
    gold_stories = {label.story for label in labels}
    for story in sorted(gold_stories):
        found = {story_of[a.id] for a in articles if label_of[a.id].story == story}
        if len(found) > 1:
            errors.append(f"story {story} split into {len(found)}")
    pairs = tuple(_pair_runs(split, [a for a in articles if a.id not in copies], label_of) for split in SPLITS)
    mixed = 0
    by_id = {a.id: a for a in articles}
    for group in groups:
        for figures in discrepancies([by_id[i] for i in group.articles]):
            if len({label_of[f.ref.source].story for f in figures}) > 1:
                mixed += 1
    return StoryScore(tuple(splits), mixed, tuple(errors), pairs)


def _pair_runs(split: str, originals: Sequence[TranslatedArticle], label_of: dict[int, Label]) -> PairScore:
    chosen = [a for a in originals if label_of[a.id].split == split and label_of[a.id].copy_of is None]
    same = apart = different = merged = 0
    for a, b in combinations(chosen, 2):
        together = len(group_stories([replace(a, id=1), replace(b, id=2)])) == 1
        if label_of[a.id].story == label_of[b.id].story:
            same, apart = same + 1, apart + (not together)
        else:
            different, merged = different + 1, merged + together
    return PairScore(split, same, apart, different, merged)


def _root(path: str, copy_of: dict[str, str | None]) -> str:
    while copy_of.get(path):
        path = copy_of[path] or path
    return path


def _bcubed(
    ids: Sequence[int], found_of: Callable[[int], object], gold_of: Callable[[int], object], everyone: Sequence[int]
) -> tuple[float, float]:
    """B-cubed precision and recall averaged over `ids`, clusters taken over `everyone`."""
    if not ids:
        return 1.0, 1.0
    precision = recall = 0.0
    for i in ids:
        same_found = [j for j in everyone if found_of(j) == found_of(i)]
        same_gold = [j for j in everyone if gold_of(j) == gold_of(i)]
        both = sum(1 for j in same_found if gold_of(j) == gold_of(i))
        precision += both / len(same_found)
        recall += both / len(same_gold)
    return precision / len(ids), recall / len(ids)


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    labels = Path(args[0] if args else "tests/fixtures/stories/labels.tsv")
    score = evaluate_stories(labels, Path(args[1]) if len(args) > 1 else Path("."))
    for error in score.errors:
        print(f"  {error}")
    for pair in score.pairs:
        print(pair.line())
    for split in score.splits:
        print(score.line(split))


if __name__ == "__main__":
    main()
