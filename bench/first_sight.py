"""`make eval-first-sight`: the cleaner on each batch's training pages as the rules stood when the
batch came in, before any rule was made from it.

Each batch of `tests/fixtures/news-pages/` was labelled and committed before its one scoring, and
rules were made from its training pages afterwards. So the package at the commit that added a
batch had never seen that batch's sites: cleaning the batch's training pages with it is a second
held-out sample, larger than the held-out split, that needs no look at a held-out page. For every
batch from 3 on, this script finds that commit in the git history, extracts `summarize/` as it was
there, and scores the batch's training pages with today's labels, each in a fresh process. Prints
one line per group of batches, then the whole:

    first sight, batches 3-5: pages 27, boilerplate removal 0.900 (27 of 30), content recall 0.981 (202 of 206)

Content recall counts titles with content, as the README's first-sight table does. Needs the
repository's history (a full clone); takes about a second a batch.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from summarize.eval_clean import parse_sites

ROOT = Path(__file__).resolve().parents[1]
SITES = "tests/fixtures/news-pages/sites.tsv"
PAGES = ROOT / "tests" / "fixtures" / "news-pages" / "pages"
FIRST_BATCH = 3  # batches 1 and 2 were tuned on, or scored after a freeze, not added this way
# the README's rows, by session
GROUPS = (
    (3, 5),
    (6, 16),
    (17, 30),
    (31, 45),
    (46, 55),
    (56, 62),
    (63, 66),
    (67, 76),
    (77, 86),
    (87, 93),
    (94, 105),
    (106, 115),
    (116, 129),
    (130, 141),
    (142, 150),
    (151, 158),
    (159, 169),
    (170, 180),
    (181, 185),
    (186, 190),
    (191, 200),
    (201, 207),
    (208, 219),
    (220, 237),
    (238, 249),
    (250, 259),
    (260, 269),
    (270, 280),
    (281, 292),
    (293, 306),
    (307, 315),
    (316, 323),
    (324, 340),
    (341, 353),
    (354, 373),
    (374, 396),
    (397, 412),
    (413, 429),
    (430, 441),
    (442, 453),
    (454, 470),
    (471, 487),
    (488, 506),
)

# Run with an old package first on sys.path: the API it uses (Document, Source, clean, Line.wrapped)
# is the same in every package version since batch 3. Prints, for each page, its lines as
# [label, kept, text] (label "" for an unlabelled line).
SCORER = r"""
import hashlib, json, sys
from summarize.briefing import Document, Source
from summarize.clean import clean
out = []
for path in sys.argv[1:]:
    lines, labels = [], {}
    for index, raw in enumerate(open(path, encoding="utf-8").read().splitlines()):
        label, sep, text = raw.partition("\t")
        lines.append((index, text if sep else raw))
        if sep:
            labels[index] = label
    data = "\n".join(text for _, text in lines).encode()
    article = clean(Document(Source(path, hashlib.sha256(data).hexdigest(), "utf-8"), tuple(lines)))
    kept = {line.line for line in article.lines} | {x for line in article.lines for x, _ in line.wrapped}
    out.append([[labels.get(index, ""), index in kept, text] for index, text in lines])
print(json.dumps(out, ensure_ascii=False))
"""


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True, check=True).stdout


def training_pages_by_batch(sites_text: str) -> dict[int, list[str]]:
    """Training page file names of each batch in a `sites.tsv` text."""
    pages: dict[int, list[str]] = {}
    for row in parse_sites(sites_text):
        if row.split == "train":
            pages.setdefault(row.batch, []).append(row.page)
    return pages


def batch_commits() -> dict[int, str]:
    """For each batch, the first commit whose `sites.tsv` lists it (the commit that added its pages)."""
    first: dict[int, str] = {}
    for commit in _git("log", "--reverse", "--format=%H", "--", SITES).split():
        for batch in training_pages_by_batch(_git("show", f"{commit}:{SITES}")):
            first.setdefault(batch, commit)
    return first


def batch_lines(commit: str, pages: list[str]) -> list[list[tuple[str, bool, str]]]:
    """Today's labelled `pages` cleaned by the package as it was at `commit`: for each page, its
    lines as (label, kept, text)."""
    with tempfile.TemporaryDirectory() as folder:
        archive = subprocess.run(["git", "archive", commit, "summarize"], cwd=ROOT, capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", folder], input=archive, check=True)
        paths = [str(PAGES / page) for page in pages]
        run = subprocess.run(
            [sys.executable, "-c", f"import sys; sys.path.insert(0, {folder!r})\n{SCORER}", *paths],
            capture_output=True,
            text=True,
            check=True,
        )
    return [[(label, kept, text) for label, kept, text in page] for page in json.loads(run.stdout)]


def score_batch(commit: str, pages: list[str]) -> dict[str, int]:
    """Today's labelled `pages` cleaned by the package as it was at `commit`; totals of the four counts."""
    lines = [line for page in batch_lines(commit, pages) for line in page]
    return {
        "content": sum(1 for label, _, _ in lines if label in ("T", "C")),
        "content_kept": sum(1 for label, kept, _ in lines if label in ("T", "C") and kept),
        "boilerplate": sum(1 for label, _, _ in lines if label == "B"),
        "boilerplate_dropped": sum(1 for label, kept, _ in lines if label == "B" and not kept),
        "pages": len(pages),
    }


def _line(name: str, scores: list[dict[str, int]]) -> str:
    total = {key: sum(score[key] for score in scores) for key in ("pages", "content", "content_kept", "boilerplate", "boilerplate_dropped")}
    removal = total["boilerplate_dropped"] / total["boilerplate"] if total["boilerplate"] else 1.0
    recall = total["content_kept"] / total["content"] if total["content"] else 1.0
    return (
        f"first sight, {name}: pages {total['pages']}, boilerplate removal {removal:.3f} "
        f"({total['boilerplate_dropped']} of {total['boilerplate']}), content recall {recall:.3f} "
        f"({total['content_kept']} of {total['content']})"
    )


def main(argv: list[str] | None = None) -> None:
    batches = [int(arg) for arg in (sys.argv[1:] if argv is None else argv)]
    pages = training_pages_by_batch((ROOT / SITES).read_text(encoding="utf-8"))
    commits = batch_commits()
    wanted = batches or sorted(batch for batch in pages if batch >= FIRST_BATCH and batch in commits)
    scores = {batch: score_batch(commits[batch], pages[batch]) for batch in wanted}
    for low, high in GROUPS:
        group = [scores[batch] for batch in scores if low <= batch <= high]
        if group:
            print(_line(f"batch {low}" if low == high else f"batches {low}-{high}", group))
    print(_line(f"all {len(scores)} batches", list(scores.values())))


if __name__ == "__main__":
    main()
