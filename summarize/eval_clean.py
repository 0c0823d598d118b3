"""Measure the cleaner on labelled pages: `python -m summarize.eval_clean tests/fixtures/pages`.

Each page line is `LABEL<TAB>text` (T title, C content, B boilerplate; a line without a tab is an
empty line). Reported: content-line recall (title and content lines kept) and boilerplate-line
removal (boilerplate lines dropped), over all pages.
"""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass
from pathlib import Path

from summarize.briefing import Document, Source
from summarize.clean import clean

LABELS = {"T": "title", "C": "content", "B": "boilerplate"}


@dataclass(frozen=True)
class PageScore:
    path: str
    content_lines: int
    content_kept: int
    boilerplate_lines: int
    boilerplate_dropped: int
    title_found: bool
    errors: tuple[str, ...]  # 'lost: ...' or 'kept: ...' per misclassified line


@dataclass(frozen=True)
class CleaningScore:
    pages: tuple[PageScore, ...]

    @property
    def content_recall(self) -> float:
        return _ratio(sum(p.content_kept for p in self.pages), sum(p.content_lines for p in self.pages))

    @property
    def boilerplate_removal(self) -> float:
        return _ratio(sum(p.boilerplate_dropped for p in self.pages), sum(p.boilerplate_lines for p in self.pages))


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def read_labelled_page(path: Path) -> tuple[Document, dict[int, str], str | None]:
    """The page as the cleaner sees it, the label of each non-empty line, and the labelled title."""
    lines: list[tuple[int, str]] = []
    labels: dict[int, str] = {}
    title = None
    for index, raw in enumerate(path.read_text(encoding="utf-8").splitlines()):
        label, _, text = raw.partition("\t")
        if not _:
            lines.append((index, raw))
            continue
        if label not in LABELS:
            raise ValueError(f"{path}:{index + 1}: unknown label {label!r} (expected T, C or B)")
        lines.append((index, text))
        labels[index] = LABELS[label]
        if label == "T" and title is None:
            title = text
    data = "\n".join(text for _, text in lines).encode()
    return Document(Source(str(path), hashlib.sha256(data).hexdigest(), "utf-8"), tuple(lines)), labels, title


def score_page(path: Path) -> PageScore:
    document, labels, title = read_labelled_page(path)
    article = clean(document)
    kept = {line.line for line in article.lines}
    content = [i for i, label in labels.items() if label in ("title", "content")]
    boilerplate = [i for i, label in labels.items() if label == "boilerplate"]
    text = dict(document.lines)
    errors = tuple([f"lost: {text[i]}" for i in content if i not in kept] + [f"kept: {text[i]}" for i in boilerplate if i in kept])
    return PageScore(
        path=path.name,
        content_lines=len(content),
        content_kept=sum(1 for i in content if i in kept),
        boilerplate_lines=len(boilerplate),
        boilerplate_dropped=sum(1 for i in boilerplate if i not in kept),
        title_found=title is not None and article.title is not None and article.title == title.strip(),
        errors=errors,
    )


def evaluate_cleaning(folder: Path) -> CleaningScore:
    return CleaningScore(tuple(score_page(path) for path in sorted(folder.glob("*.txt"))))


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    folder = Path(args[0] if args else "tests/fixtures/pages")
    score = evaluate_cleaning(folder)
    for page in score.pages:
        title = "ok" if page.title_found else "MISSED"
        content = f"{page.content_kept}/{page.content_lines}"
        boilerplate = f"{page.boilerplate_dropped}/{page.boilerplate_lines}"
        print(f"{page.path:<32} content {content}  boilerplate {boilerplate}  title {title}")
        for error in page.errors:
            print(f"    {error}")
    print(f"pages {len(score.pages)}: content recall {score.content_recall:.3f}, boilerplate removal {score.boilerplate_removal:.3f}")


if __name__ == "__main__":
    main()
