"""Cross-source facts: sentences of different articles that report the same thing, and figures
that disagree. Used by the merge stage; everything works on the Arabic side.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from summarize.arabic import STOPWORDS, content_keys, normalise_for_match, normalise_text, words
from summarize.briefing import SentencePair, TranslatedArticle
from summarize.summarizer import overlap

FACT_MIN_SHARED_KEYS = 5
FACT_MIN_OVERLAP = 0.4
FACT_STRONG_SHARED_KEYS = 7

# Quantities that news reports count, recognised by word stems (Arabic after spelling folding).
QUANTITIES = {
    "arrests": re.compile(r"اعتقل|اعتقال|معتقل|موقوف|اوقف|توقيف|محتجز|احتجز|احتجاز|arrest|detain"),
    "deaths": re.compile(r"قتيل|قتلي|مقتل|قتل|وفاه|وفيات|توفي|killed|dead|death"),
    "injuries": re.compile(r"جريح|جرحي|اصاب|مصاب|injur|wounded"),
    "troops": re.compile(r"جندي|جنود|troops|soldiers"),
}
# Who was counted: two figures about different groups are not a discrepancy.
GROUPS = {
    "police": re.compile(r"شرط|صفوف|police"),
    "protesters": re.compile(r"محتج|متظاهر|protester"),
    "civilians": re.compile(r"مدني|civilian"),
    "foreigners": re.compile(r"اجانب|اجنبي|foreign"),
}
_CLAUSE = re.compile(r"[،,؛;:]")
_INTEGER = re.compile(r"^\d+$")
_PERSON = re.compile(r"^(?:ال)?(?:شخص|اشخاص|افراد|فرد|مواطن|بما|people|persons?)")


@dataclass(frozen=True)
class SentenceRef:
    source: int
    n: int

    def pair_in(self, articles: Sequence[TranslatedArticle]) -> SentencePair:
        """The sentence this refers to (sources are numbered from 1, in order)."""
        return articles[self.source - 1].sentence(self.n)


@dataclass(frozen=True)
class Figure:
    """A counted figure: what it counts (`quantity`), of whom (`groups`, may be empty), and where."""

    quantity: str
    groups: frozenset[str]
    value: int
    ref: SentenceRef

    @property
    def about(self) -> str:
        return self.quantity + (f" ({', '.join(sorted(self.groups))})" if self.groups else "")


def shared_facts(articles: Sequence[TranslatedArticle]) -> list[list[SentenceRef]]:
    """Groups of sentences from at least two articles that state the same fact, in source order.

    Two sentences of different articles are linked when they share enough content words; groups
    whose sentences are consecutive in every source they share are one passage and are merged.
    """
    refs = [SentenceRef(a.id, s.n) for a in articles for s in a.sentences if s.lang == "ar" or s.kind != "title"]
    keys = {ref: set(content_keys(ref.pair_in(articles).ar)) for ref in refs}
    parent = {ref: ref for ref in refs}

    def root(ref: SentenceRef) -> SentenceRef:
        while parent[ref] != ref:
            parent[ref] = parent[parent[ref]]
            ref = parent[ref]
        return ref

    for i, a in enumerate(refs):
        for b in refs[i + 1 :]:
            if a.source != b.source and _same_fact(keys[a], keys[b]):
                parent[root(b)] = root(a)
    groups: dict[SentenceRef, list[SentenceRef]] = {}
    for ref in refs:
        groups.setdefault(root(ref), []).append(ref)
    multi = [sorted(g, key=lambda r: (r.source, r.n)) for g in groups.values() if len({r.source for r in g}) > 1]
    return sorted(_merge_passages(multi), key=lambda g: (g[0].source, g[0].n))


def _same_fact(a: set[str], b: set[str]) -> bool:
    shared = len(a & b)
    return shared >= FACT_STRONG_SHARED_KEYS or (shared >= FACT_MIN_SHARED_KEYS and overlap(a, b) >= FACT_MIN_OVERLAP)


def _merge_passages(groups: list[list[SentenceRef]]) -> list[list[SentenceRef]]:
    merged = True
    while merged:
        merged = False
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                if _adjacent(groups[i], groups[j]):
                    groups[i] = sorted(set(groups[i]) | set(groups[j]), key=lambda r: (r.source, r.n))
                    del groups[j]
                    merged = True
                    break
            if merged:
                break
    return groups


def _adjacent(a: list[SentenceRef], b: list[SentenceRef]) -> bool:
    sources = {r.source for r in a} & {r.source for r in b}
    if len(sources) < 2:
        return False
    return all(any(abs(x.n - y.n) == 1 for x in a if x.source == s for y in b if y.source == s) for s in sources)


def figures(articles: Sequence[TranslatedArticle]) -> list[Figure]:
    """Every counted figure (arrests, deaths, injuries, troops) with the sentence it is in."""
    found = []
    for article in articles:
        for sentence in article.sentences:
            for clause in _CLAUSE.split(normalise_text(sentence.ar)):
                found.extend(_clause_figures(clause, SentenceRef(article.id, sentence.n)))
    return found


def _clause_figures(clause: str, ref: SentenceRef) -> list[Figure]:
    """Figures in one clause. The counted noun follows the number ("18 قتيلا"); a generic one
    ("3800 شخص") sends us back to the nearest quantity word before it ("اعتقل"), never past
    another number; any other noun ("8 مركبات") means the figure counts something else.
    """
    tokens = [normalise_for_match(w) for w in words(clause)]
    groups = frozenset(name for name, pattern in GROUPS.items() if any(pattern.search(t) for t in tokens))
    result = []
    for position, token in enumerate(tokens):
        number = token.lstrip("و")
        if not _INTEGER.match(number) or 1900 <= int(number) <= 2099:  # years are not counts
            continue
        quantity = _quantity_of(tokens[position + 1]) if position + 1 < len(tokens) else None
        if quantity is None and (position + 1 == len(tokens) or _generic_count_noun(tokens[position + 1])):
            for earlier in reversed(tokens[:position]):
                if _INTEGER.match(earlier.lstrip("و")):
                    break
                quantity = _quantity_of(earlier)
                if quantity:
                    break
        if quantity:
            result.append(Figure(quantity, groups, int(number), ref))
    return result


def _quantity_of(token: str) -> str | None:
    return next((name for name, pattern in QUANTITIES.items() if pattern.search(token)), None)


def _generic_count_noun(token: str) -> bool:
    return token in STOPWORDS or len(token) < 3 or bool(_PERSON.search(token)) or any(pattern.search(token) for pattern in GROUPS.values())


def discrepancies(articles: Sequence[TranslatedArticle]) -> list[list[Figure]]:
    """Figures about the same quantity that differ between sources (counted groups must agree)."""
    by_quantity: dict[str, list[Figure]] = {}
    for figure in figures(articles):
        by_quantity.setdefault(figure.quantity, []).append(figure)
    result = []
    for quantity in sorted(by_quantity):
        items = by_quantity[quantity]
        for first in items:
            rivals = [f for f in items if f.ref.source != first.ref.source and f.value != first.value and _compatible(first, f)]
            if rivals:
                group = sorted({first, *rivals}, key=lambda f: (f.ref.source, f.ref.n, f.value))
                if group not in result:
                    result.append(group)
    return result


def _compatible(a: Figure, b: Figure) -> bool:
    """Figures about different groups of people (police vs protesters) are not rivals."""
    return not a.groups or not b.groups or bool(a.groups & b.groups)
