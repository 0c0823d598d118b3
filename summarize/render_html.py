"""Stage 7, HTML form: one self-contained page (no network assets), Arabic right-to-left beside
English left-to-right, citations that link to the cited sentences.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from summarize.briefing import Briefing, Citation, Point, Story, TranslatedArticle, other_language
from summarize.checks import CHECK_MARK, check_flag, describe, unsure_flag, unsure_note
from summarize.dates import date_span
from summarize.display import visible

STYLE = """
body { font-family: "Noto Sans", "Noto Naskh Arabic", "DejaVu Sans", sans-serif; margin: 2rem auto; max-width: 72rem;
       line-height: 1.5; color: #1d1d1f; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; } h2 { font-size: 1.25rem; border-bottom: 1px solid #ddd; padding-bottom: .2rem; }
.meta, .path, .cites { color: #555; font-size: .9rem; }
.pair { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; align-items: start; }
.pair > p { margin: 0; }
[lang="ar"] { font-family: "Noto Naskh Arabic", "Noto Sans Arabic", "DejaVu Sans", serif; font-size: 1.08em; }
[dir="rtl"] { text-align: right; }
ol.points > li { margin-bottom: 1rem; }
.unsupported { border-left: 4px solid #c62828; padding-left: .6rem; }
.badge { background: #c62828; color: #fff; border-radius: .3rem; padding: 0 .35rem; font-size: .8rem; }
.reported { background: #2e7d32; color: #fff; border-radius: .3rem; padding: 0 .35rem; font-size: .8rem; }
table.pairs { border-collapse: collapse; width: 100%; }
table.pairs td { vertical-align: top; padding: .3rem .5rem; border-top: 1px solid #eee; width: 48%; }
table.pairs td.n { width: 3%; color: #777; text-align: right; }
tr:target, li:target { background: #fff8c5; }
a.cite { text-decoration: none; white-space: nowrap; }
pre { background: #f6f8fa; padding: .8rem; overflow-x: auto; font-size: .85rem; }
"""


def _text(text: str, lang: str, tag: str = "p", badge: str = "") -> str:
    """`text` in an element of its language and direction, with an optional badge (already HTML) after it."""
    direction = "rtl" if lang == "ar" else "ltr"
    return f'<{tag} lang="{lang}" dir="{direction}">{html.escape(text)}{badge}</{tag}>'


def sentence_anchor(source: int, n: int) -> str:
    return f"s{source}-{n}"


def _cite(citation: Citation) -> str:
    if not citation.sentences:
        return f'<a class="cite" href="#source-{citation.source}">[{citation.source}]</a>'
    return " ".join(
        f'<a class="cite" href="#{sentence_anchor(citation.source, n)}">[{citation.source} §{n}]</a>' for n in citation.sentences
    )


def _point(story: int, index: int, point: Point, lang: str, sources: Sequence[TranslatedArticle]) -> str:
    alt = other_language(lang)
    classes = "point" if point.supported else "point unsupported"
    badges = ""
    if point.source_count > 1:
        badges += f' <span class="reported">reported by {point.source_count} sources</span>'
    if not point.supported:
        badges += ' <span class="badge">unsupported</span>'
    for flag in (check_flag(point, sources), unsure_flag(point, sources)):
        if flag:
            badges += f' <span class="badge check">{html.escape(flag)}</span>'
    cites = " ".join(_cite(c) for c in point.citations)
    pair = _text(point.text, lang) + (_text(point.text_alt, alt) if point.text_alt else "")
    return f'<li class="{classes}" id="p{story}-{index}"><div class="pair">{pair}</div><p class="cites">Sources: {cites}{badges}</p></li>'


def _source(article: TranslatedArticle, lang: str) -> str:
    rows = []
    for s in article.sentences:
        first, second = s.sides(lang)
        badge = f' <span class="badge check">{html.escape(CHECK_MARK + " " + describe(s.checks))}</span>' if s.checks else ""
        badge += f' <span class="badge check">{html.escape(unsure_note(s.unsure))}</span>' if s.unsure else ""
        if s.translated:
            second_cell = _text(second, other_language(lang), "td", badge)
        else:
            second_cell = f'<td class="note">already English, not translated{badge}</td>'
        rows.append(f'<tr id="{sentence_anchor(article.id, s.n)}"><td class="n">{s.n}</td>{_text(first, lang, "td")}{second_cell}</tr>')
    title = article.title_in(lang)
    heading = _text(title, lang, "span") if title is not None else html.escape(visible(article.path))
    copy = f' — copy of <a href="#source-{article.duplicate_of}">[{article.duplicate_of}]</a>' if article.duplicate_of is not None else ""
    return (
        f'<section class="source" id="source-{article.id}"><h2>[{article.id}] {heading}</h2>'
        f'<p class="path"><code>{html.escape(visible(article.path))}</code>{copy}</p><table class="pairs">{"".join(rows)}</table></section>'
    )


def independent_sources(story: Story) -> str:
    """'2 independent source(s) and 1 copy(ies)': how a story's sources count, in every format."""
    copies = len(story.sources) - len(story.independent)
    return f"{len(story.independent)} independent source(s)" + (f" and {copies} copy(ies)" if copies else "")


def _story(story: Story, briefing: Briefing) -> str:
    lang, alt = briefing.lang, other_language(briefing.lang)
    by_id = {a.id: a for a in briefing.sources}
    listed = ", ".join(
        f'<a href="#source-{source}">[{source}]</a>'
        + (f" (copy of [{by_id[source].duplicate_of}])" if by_id[source].duplicate_of is not None else "")
        for source in story.sources
    )
    parts = [
        f'<section class="story" id="story-{story.id}"><h2>Story {story.id}</h2>',
        f'<div class="pair">{_text(story.headline, lang)}{_text(story.headline_alt, alt) if story.headline_alt else ""}</div>',
        f'<p class="meta">Sources: {listed} — {independent_sources(story)}.'
        + (f" Dates: {date_span(story.date_range)}." if story.date_range else "")
        + "</p>",
    ]
    if story.shared:
        parts.append(f'<p class="meta">Shared by its articles: {_text("، ".join(story.shared), "ar", "span")}</p>')
    parts.append('<h3>Key points</h3><ol class="points">')
    parts.extend(_point(story.id, i, p, lang, briefing.sources) for i, p in enumerate(story.points, start=1))
    parts.append("</ol>")
    if story.discrepancies:
        parts.append("<h3>Discrepancies</h3><ul>")
        for d in story.discrepancies:
            values = "".join(
                f'<li><a class="cite" href="#{sentence_anchor(q.source, q.sentence)}">[{q.source} §{q.sentence}]</a> gives {q.value}'
                f'<div class="pair">{_text(q.text, lang)}{_text(q.text_alt, alt)}</div></li>'
                for q in d.values
            )
            parts.append(f"<li><strong>{html.escape(d.about)}</strong>: sources give different figures<ul>{values}</ul></li>")
        parts.append("</ul>")
    if story.unsupported:
        parts.append("<h3>Summary sentences not supported by the sources</h3><ul>")
        parts.extend(f"<li>{' '.join(_cite(c) for c in p.citations)} {_text(p.text, lang, 'span')}</li>" for p in story.unsupported)
        parts.append("</ul>")
    parts.append("</section>")
    return "\n".join(parts)


def render_html(briefing: Briefing) -> str:
    lang = briefing.lang
    page_dir = "rtl" if lang == "ar" else "ltr"
    dates = f"Dates in the sources: {date_span(briefing.date_range)}. " if briefing.date_range else ""
    copies = sum(1 for a in briefing.sources if a.duplicate_of is not None)
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{page_dir}">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Briefing: {html.escape(briefing.headline)}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        f'<header><h1>Briefing</h1>{_text(briefing.headline, lang)}<p class="meta">{dates}{len(briefing.stories)} story(ies) from '
        f"{len(briefing.sources)} source(s)" + (f" ({copies} of them copies of another source)" if copies else "") + ", "
        f"{sum(len(a.sentences) for a in briefing.sources)} sentences. Citations link to the cited sentences.</p></header>",
        '<nav id="contents"><h2>Contents</h2><ol>',
        *(
            f'<li><a href="#story-{story.id}">Story {story.id}</a>: {_text(story.headline, lang, "span")} — '
            f"{independent_sources(story)}</li>"
            for story in briefing.stories
        ),
        "</ol></nav>",
        *(_story(story, briefing) for story in briefing.stories),
    ]
    parts.extend(_source(a, lang) for a in briefing.sources)
    parts.append('<section id="sources"><h2>Sources</h2><ul>')
    parts.extend(
        f'<li><a href="#source-{a.id}">[{a.id}]</a> <code>{html.escape(visible(a.path))}</code>, {len(a.sentences)} sentences, '
        f"{len(a.dropped)} boilerplate line(s) removed"
        + (f", copy of [{a.duplicate_of}]" if a.duplicate_of is not None else "")
        + f", sha256 <code>{a.sha256}</code></li>"
        for a in briefing.sources
    )
    parts.append("</ul></section>")
    if briefing.problems:
        parts.append('<section id="problems"><h2>Skipped inputs</h2><ul>')
        parts.extend(f"<li><code>{html.escape(visible(e.path))}</code>: {html.escape(e.problem)}</li>" for e in briefing.problems)
        parts.append("</ul></section>")
    provenance = json.dumps(briefing.provenance, ensure_ascii=False, indent=2, sort_keys=True)
    parts.append(f'<section id="provenance"><h2>Provenance</h2><pre dir="ltr">{html.escape(provenance)}</pre></section>')
    parts.append("</body>\n</html>\n")
    return "\n".join(parts)
