"""Stage 7, HTML form: one self-contained page (no network assets), Arabic right-to-left beside
English left-to-right, citations that link to the cited sentences.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence

from summarize.briefing import Briefing, Citation, Point, TranslatedArticle, other_language
from summarize.checks import CHECK_MARK, check_flag, describe
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


def _text(text: str, lang: str, tag: str = "p") -> str:
    direction = "rtl" if lang == "ar" else "ltr"
    return f'<{tag} lang="{lang}" dir="{direction}">{html.escape(text)}</{tag}>'


def sentence_anchor(source: int, n: int) -> str:
    return f"s{source}-{n}"


def _cite(citation: Citation) -> str:
    if not citation.sentences:
        return f'<a class="cite" href="#source-{citation.source}">[{citation.source}]</a>'
    return " ".join(
        f'<a class="cite" href="#{sentence_anchor(citation.source, n)}">[{citation.source} §{n}]</a>' for n in citation.sentences
    )


def _point(index: int, point: Point, lang: str, sources: Sequence[TranslatedArticle]) -> str:
    alt = other_language(lang)
    classes = "point" if point.supported else "point unsupported"
    badges = ""
    if point.source_count > 1:
        badges += f' <span class="reported">reported by {point.source_count} sources</span>'
    if not point.supported:
        badges += ' <span class="badge">unsupported</span>'
    flag = check_flag(point, sources)
    if flag:
        badges += f' <span class="badge check">{html.escape(flag)}</span>'
    cites = " ".join(_cite(c) for c in point.citations)
    pair = _text(point.text, lang) + (_text(point.text_alt, alt) if point.text_alt else "")
    return f'<li class="{classes}" id="p{index}"><div class="pair">{pair}</div><p class="cites">Sources: {cites}{badges}</p></li>'


def _source(article: TranslatedArticle, lang: str) -> str:
    rows = []
    for s in article.sentences:
        first, second = s.sides(lang)
        second_cell = _text(second, other_language(lang), "td") if s.translated else '<td class="note">already English, not translated</td>'
        if s.checks:
            second_cell = (
                second_cell[: -len("</td>")]
                + f' <span class="badge check">{html.escape(CHECK_MARK + " " + describe(s.checks))}</span></td>'
            )
        rows.append(f'<tr id="{sentence_anchor(article.id, s.n)}"><td class="n">{s.n}</td>{_text(first, lang, "td")}{second_cell}</tr>')
    title = article.title_in(lang)
    heading = _text(title, lang, "span") if title is not None else html.escape(visible(article.path))
    return (
        f'<section class="source" id="source-{article.id}"><h2>[{article.id}] {heading}</h2>'
        f'<p class="path"><code>{html.escape(visible(article.path))}</code></p><table class="pairs">{"".join(rows)}</table></section>'
    )


def render_html(briefing: Briefing) -> str:
    lang = briefing.lang
    page_dir = "rtl" if lang == "ar" else "ltr"
    dates = f"Dates in the sources: {date_span(briefing.date_range)}. " if briefing.date_range else ""
    parts = [
        f'<!DOCTYPE html>\n<html lang="{lang}" dir="{page_dir}">\n<head>\n<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Briefing: {html.escape(briefing.headline)}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        f'<header><h1>Briefing</h1>{_text(briefing.headline, lang)}<p class="meta">{dates}{len(briefing.sources)} source(s), '
        f"{sum(len(a.sentences) for a in briefing.sources)} sentences. Citations link to the cited sentences.</p></header>",
        '<section id="points"><h2>Key points</h2><ol class="points">',
        *(_point(i, p, lang, briefing.sources) for i, p in enumerate(briefing.points, start=1)),
        "</ol></section>",
    ]
    if briefing.discrepancies:
        parts.append('<section id="discrepancies"><h2>Discrepancies</h2><ul>')
        for d in briefing.discrepancies:
            values = "".join(
                f'<li><a class="cite" href="#{sentence_anchor(q.source, q.sentence)}">[{q.source} §{q.sentence}]</a> gives {q.value}'
                f'<div class="pair">{_text(q.text, lang)}{_text(q.text_alt, other_language(lang))}</div></li>'
                for q in d.values
            )
            parts.append(f"<li><strong>{html.escape(d.about)}</strong>: sources give different figures<ul>{values}</ul></li>")
        parts.append("</ul></section>")
    if briefing.unsupported:
        parts.append('<section id="unsupported"><h2>Summary sentences not supported by the sources</h2><ul>')
        parts.extend(f"<li>{' '.join(_cite(c) for c in p.citations)} {_text(p.text, lang, 'span')}</li>" for p in briefing.unsupported)
        parts.append("</ul></section>")
    parts.extend(_source(a, lang) for a in briefing.sources)
    parts.append('<section id="sources"><h2>Sources</h2><ul>')
    parts.extend(
        f'<li><a href="#source-{a.id}">[{a.id}]</a> <code>{html.escape(visible(a.path))}</code>, {len(a.sentences)} sentences, '
        f"{len(a.dropped)} boilerplate line(s) removed, sha256 <code>{a.sha256}</code></li>"
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
