"""Stage 2 across the folder: lines that recur on the pages of different articles.

One page alone cannot tell a site's tagline, its section labels, its "most read" headlines or its
footer from a subheading; a day's folder can, because they recur on every page the site serves.
Wire copies repeat their text too, so pages that share a paragraph count as one: a line counts
when it recurs on at least REPEAT_MIN_ARTICLES pages that share no paragraph. Only headline-like
lines count (a short line that does not end a sentence); `clean` drops them with the number of
pages, and never the page's own title.
"""

from __future__ import annotations

from collections.abc import Sequence

from summarize.briefing import Document
from summarize.clean import is_headline_like, line_key, page_lines

REPEAT_MIN_ARTICLES = 3
HEADLINE_MAX_CHARS = 250  # longer lines have more words than a headline: not worth counting them
PARAGRAPH_MIN_CHARS = 60  # shorter lines are too common to tell copies apart


def repeated_lines(documents: Sequence[Document]) -> list[dict[str, int]]:
    """Per document (in order), its headline-like lines (as `line_key`s) that recur on at least
    REPEAT_MIN_ARTICLES pages sharing no paragraph, with that number of pages."""
    parent = list(range(len(documents)))

    def root(item: int) -> int:
        while parent[item] != item:
            parent[item] = parent[parent[item]]
            item = parent[item]
        return item

    short: list[set[str]] = []
    canonical: dict[str, str] = {}  # one string per distinct line, however many pages repeat it
    first_with_paragraph: dict[int, int] = {}  # by hash: only this process compares them
    for number, document in enumerate(documents):
        keys: set[str] = set()
        for text in page_lines(document):
            if len(text) <= HEADLINE_MAX_CHARS and is_headline_like(text):
                key = line_key(text)
                if key:
                    keys.add(canonical.setdefault(key, key))
            elif len(text) >= PARAGRAPH_MIN_CHARS:  # a paragraph: pages sharing one are copies of a text
                other = first_with_paragraph.setdefault(hash(text), number)
                parent[root(number)] = root(other)
        short.append(keys)
    pages: dict[str, set[int]] = {}
    for number, keys in enumerate(short):
        for key in keys:
            pages.setdefault(key, set()).add(root(number))
    counts = {key: len(groups) for key, groups in pages.items() if len(groups) >= REPEAT_MIN_ARTICLES}
    return [{key: counts[key] for key in keys if key in counts} for keys in short]
