"""Cross-source facts: sentences of different articles that report the same thing, and figures
that disagree. Used by the merge stage; everything works on the Arabic side.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from summarize.arabic import STOPWORDS, content_keys, normalise_for_match, normalise_text, words
from summarize.briefing import SentencePair, TranslatedArticle
from summarize.matching import DisjointSets, distinct, jaccard, overlap, pairs_to_compare

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
# Words after which a group is part of the count, not who was counted ("بما فيهم أجانب": including foreigners).
INCLUDING = frozenset(["بما", "بينهم", "منهم", "including", "among"])
_CLAUSE = re.compile(r"[،,؛;:]")
_INTEGER = re.compile(r"^\d+$")
_PERSON = re.compile(r"^(?:ال)?(?:شخص|اشخاص|افراد|فرد|مواطن|بما|people|persons?)")


@dataclass(frozen=True)
class SentenceRef:
    source: int
    n: int

    def pair_in(self, articles: Mapping[int, TranslatedArticle]) -> SentencePair:
        """The sentence this refers to, in the articles by id."""
        return articles[self.source].sentence(self.n)


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

    Two sentences of different articles are linked when they share enough content words; a fact
    holds at most one sentence per article, so matches cannot chain through a whole story. Groups
    whose sentences are consecutive in every source they share are one passage and are merged.
    Identical sentences are matched once, and large inputs are compared through MinHash LSH
    (`matching.pairs_to_compare`), so the cost grows about linearly with the sentences.
    """
    refs = [SentenceRef(a.id, s.n) for a in articles for s in a.sentences if s.lang == "ar" or s.kind != "title"]
    by_id = {a.id: a for a in articles}
    key_sets, of_ref = distinct([frozenset(content_keys(ref.pair_in(by_id).ar)) for ref in refs])
    members: list[list[int]] = [[] for _ in key_sets]  # positions in `refs`: ints hash faster than refs
    for position, index in enumerate(of_ref):
        members[index].append(position)
    facts: DisjointSets[int] = DisjointSets(range(len(refs)))
    sources_of: dict[int, set[int]] = {position: {ref.source} for position, ref in enumerate(refs)}

    def join(a: int, b: int) -> None:
        root_a, root_b = facts.find(a), facts.find(b)
        if root_a == root_b or sources_of[root_a] & sources_of[root_b]:
            return  # one sentence per article and fact
        if len(sources_of[root_a]) < len(sources_of[root_b]):
            root_a, root_b = root_b, root_a
        facts.union(root_a, root_b)
        sources_of[root_a] |= sources_of.pop(root_b)

    for index, same in enumerate(members):
        if len(key_sets[index]) >= FACT_MIN_SHARED_KEYS:
            for position in same[1:]:
                join(same[0], position)
    matches = [(i, j) for i, j in pairs_to_compare(key_sets) if _same_fact(key_sets[i], key_sets[j])]
    matches.sort(key=lambda pair: (-jaccard(key_sets[pair[0]], key_sets[pair[1]]), pair))  # the closest pairs claim first
    for i, j in matches:
        join(members[i][0], members[j][0])
    grouped = [[refs[position] for position in group] for group in facts.groups()]
    multi = [sorted(g, key=lambda r: (r.source, r.n)) for g in grouped if len({r.source for r in g}) > 1]
    return sorted(_merge_passages(multi), key=lambda g: (g[0].source, g[0].n))


def _same_fact(a: frozenset[str], b: frozenset[str]) -> bool:
    shared = len(a & b)
    return shared >= FACT_STRONG_SHARED_KEYS or (shared >= FACT_MIN_SHARED_KEYS and overlap(a, b) >= FACT_MIN_OVERLAP)


def _merge_passages(groups: list[list[SentenceRef]]) -> list[list[SentenceRef]]:
    """Join groups that are consecutive sentences in every source they share (at least two)."""
    passages: DisjointSets[int] = DisjointSets(range(len(groups)))
    group_of = {ref: index for index, group in enumerate(groups) for ref in group}
    for index, group in enumerate(groups):
        neighbours = {group_of[nxt] for ref in group if (nxt := SentenceRef(ref.source, ref.n + 1)) in group_of} - {index}
        for other in sorted(neighbours):
            if _adjacent(group, groups[other]):
                passages.union(index, other)
    return [sorted((ref for index in members for ref in groups[index]), key=lambda r: (r.source, r.n)) for members in passages.groups()]


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
    counted = tokens[: next((i for i, t in enumerate(tokens) if t in INCLUDING), len(tokens))]  # "4266, including foreigners"
    groups = frozenset(name for name, pattern in GROUPS.items() if any(pattern.search(t) for t in counted))
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
    """Figures that differ between sources about the same quantity of the same group of people
    (police injured are not all injured): one discrepancy per quantity and group, each source's
    value quoted once (its first sentence giving it), in source order."""
    buckets: dict[tuple[str, frozenset[str]], dict[tuple[int, int], Figure]] = {}
    for figure in figures(articles):
        buckets.setdefault((figure.quantity, figure.groups), {}).setdefault((figure.ref.source, figure.value), figure)
    result = []
    for quantity, groups in sorted(buckets, key=lambda item: (item[0], sorted(item[1]))):
        quotes = sorted(buckets[(quantity, groups)].values(), key=lambda f: (f.ref.source, f.ref.n, f.value))
        if len({f.ref.source for f in quotes}) > 1 and len({f.value for f in quotes}) > 1:
            result.append(quotes)
    return result
