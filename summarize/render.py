"""Stage 9, render: the briefing as Markdown (default), JSON (schema `brief/2`, see README) or HTML, from one registry."""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable, Sequence
from typing import Any

from summarize.briefing import Briefing, Citation, Point, Story, TranslatedArticle, other_language
from summarize.checks import CHECK_MARK, check_flag, cited_checks, cited_unsure, describe, unsure_flag, unsure_note
from summarize.dates import date_span
from summarize.display import markdown_code, markdown_text, no_surrogates, visible
from summarize.errors import UsageError
from summarize.render_html import independent_sources, render_html

SCHEMA = "brief/2"
UNSUPPORTED_MARK = "⚠ unsupported"


def briefing_to_dict(briefing: Briefing) -> dict[str, Any]:
    other = other_language(briefing.lang)
    story_of = {source: story.id for story in briefing.stories for source in story.sources}
    return {
        "schema": SCHEMA,
        "lang": briefing.lang,
        "lang_alt": other,
        "headline": briefing.headline,
        "date_range": _dates_dict(briefing.date_range),
        "stories": [_story_dict(story, briefing.sources) for story in briefing.stories],
        "sources": [_source_dict(a, story_of.get(a.id)) for a in briefing.sources],
        "problems": [{"path": visible(e.path), "problem": e.problem} for e in briefing.problems],
        "provenance": briefing.provenance,
    }


def _dates_dict(dates: tuple[str, str] | None) -> dict[str, str] | None:
    return {"from": dates[0], "to": dates[1]} if dates else None


def _story_dict(story: Story, sources: Sequence[TranslatedArticle]) -> dict[str, Any]:
    return {
        "id": story.id,
        "headline": story.headline,
        "headline_alt": story.headline_alt,
        "date_range": _dates_dict(story.date_range),
        "sources": list(story.sources),
        "independent_sources": list(story.independent),
        "shared": list(story.shared),
        "points": [
            {
                "text": p.text,
                "text_alt": p.text_alt,
                "method": p.method,
                "supported": p.supported,
                "reported_by": p.source_count,
                "sources": [{"id": c.source, "sentences": list(c.sentences)} for c in p.citations],
                "checks": [
                    {"source": source, "sentence": n, "check": check.check, "detail": check.detail}
                    for source, n, check in cited_checks(p, sources)
                ],
            }
            | _unsure_dict(p, sources)
            for p in story.points
        ],
        "discrepancies": [
            {
                "about": d.about,
                "values": [
                    {"source": q.source, "sentence": q.sentence, "value": q.value, "text": q.text, "text_alt": q.text_alt} for q in d.values
                ],
            }
            for d in story.discrepancies
        ],
        "unsupported": [
            {
                "text": p.text,
                "text_alt": p.text_alt,
                "source": p.citations[0].source if p.citations else None,
                "sentences": list(p.citations[0].sentences) if p.citations else [],
            }
            for p in story.unsupported
        ],
    }


def _source_dict(article: TranslatedArticle, story: int | None) -> dict[str, Any]:
    return {
        "id": article.id,
        "path": visible(article.path),
        "sha256": article.sha256,
        "encoding": article.encoding,
        "title": article.title,
        "duplicate_of": article.duplicate_of,
        "story": story,
        "sentences": [
            {
                "n": s.n,
                "line": s.line,
                "kind": s.kind,
                "lang": s.lang,
                "ar": s.ar,
                "en": s.en,
                "translated": s.translated,
                "checks": [{"check": c.check, "detail": c.detail} for c in s.checks],
                "repair": s.repair,
            }
            | ({"unsure": s.unsure} if s.unsure else {})
            for s in article.sentences
        ],
        "dropped": [{"line": d.line, "text": d.text, "reason": d.reason} for d in article.dropped],
    }


def _unsure_dict(point: Point, sources: Sequence[TranslatedArticle]) -> dict[str, Any]:
    """The cited sentences whose lines the cleaner was unsure about; present only when there are some."""
    cited = [{"source": source, "sentence": n, "reason": reason} for source, n, reason in cited_unsure(point, sources)]
    return {"unsure": cited} if cited else {}


def render_json(briefing: Briefing) -> str:
    return json.dumps(briefing_to_dict(briefing), ensure_ascii=False, indent=2) + "\n"


def _rtl(text: str) -> str:
    return f'<div dir="rtl" lang="ar">{html.escape(text, quote=False)}</div>'


def _side(text: str, lang: str) -> str:
    """A line of its own: Arabic in an HTML block (where Markdown is not parsed), English as inert Markdown."""
    return _rtl(text) if lang == "ar" else markdown_text(text)


def cite(citation: Citation) -> str:
    numbers = ",".join(str(n) for n in citation.sentences)
    return f"[{citation.source}]" + (f" §{numbers}" if numbers else "")


def _point_markdown(index: int, point: Point, lang: str, sources: Sequence[TranslatedArticle]) -> list[str]:
    alt_lang = other_language(lang)
    citations = "; ".join(cite(c) for c in point.citations) or "no source"
    mark = f" **{UNSUPPORTED_MARK}**" if not point.supported else ""
    reported = f" (reported by {point.source_count} sources)" if point.source_count > 1 else ""
    flag = "; ".join(f for f in (check_flag(point, sources), unsure_flag(point, sources)) if f)
    flag = f" **{markdown_text(flag)}**" if flag else ""
    lines = [f"{index}. {_inline(point.text, lang)} — {citations}{reported}{mark}{flag}"]
    if point.text_alt:
        lines.append(f"   {_side(point.text_alt, alt_lang)}")
    return lines


def _inline(text: str, lang: str) -> str:
    """Untrusted text inside a Markdown line: Markdown is parsed inside the span too, so it is escaped as Markdown."""
    return f'<span dir="rtl" lang="ar">{markdown_text(text)}</span>' if lang == "ar" else markdown_text(text)


def render_markdown(briefing: Briefing) -> str:
    lang = briefing.lang
    out = [f"# Briefing: {_inline(briefing.headline, lang)}", ""]
    if briefing.date_range:
        out.append(f"Dates in the sources: {date_span(briefing.date_range)}")
        out.append("")
    copies = sum(1 for a in briefing.sources if a.duplicate_of is not None)
    out.append(
        f"{len(briefing.stories)} story(ies) from {len(briefing.sources)} source(s)"
        + (f" ({copies} of them copies of another source)" if copies else "")
        + f", {sum(len(a.sentences) for a in briefing.sources)} sentences. Citations: [source] §sentence."
    )
    out.append("")
    out.append("## Contents")
    out.append("")
    if not briefing.stories:
        out.append("No stories.")
    for story in briefing.stories:
        out.append(f"{story.id}. [Story {story.id}](#story-{story.id}): {_inline(story.headline, lang)} — {independent_sources(story)}")
    out.append("")
    for story in briefing.stories:
        out.extend(_story_markdown(story, briefing))
    for article in briefing.sources:
        out.append(f"## [{article.id}] {_inline(_title(article, lang), lang)}")
        out.append("")
        out.append(markdown_code(article.path) + (f" — copy of [{article.duplicate_of}]" if article.duplicate_of is not None else ""))
        out.append("")
        for s in article.sentences:
            first, second = s.sides(lang)
            note = "" if s.translated else " *(not translated: already English)*"
            if s.checks:
                note += f" **{markdown_text(CHECK_MARK + ' ' + describe(s.checks))}**"
            if s.unsure:
                note += f" **{markdown_text(unsure_note(s.unsure))}**"
            out.append(f"{s.n}. {_inline(first, lang)}{note}")
            if s.translated:
                out.append(f"   {_side(second, other_language(lang))}")
        out.append("")
    out.append("## Sources")
    out.append("")
    for article in briefing.sources:
        dropped = f", {len(article.dropped)} boilerplate line(s) removed" if article.dropped else ""
        copy = f", copy of [{article.duplicate_of}]" if article.duplicate_of is not None else ""
        title = _inline(_title(article, lang), lang)
        counts = f"{len(article.sentences)} sentences{dropped}{copy}"
        out.append(f"- [{article.id}] {markdown_code(article.path)} — {title} — {counts}; sha256 `{article.sha256}`")
    if briefing.problems:
        out.append("")
        out.append("## Skipped inputs")
        out.append("")
        out.extend(f"- {markdown_code(e.path)}: {markdown_text(e.problem)}" for e in briefing.problems)
    out.append("")
    out.append("## Provenance")
    out.append("")
    out.append("```json")
    out.append(json.dumps(briefing.provenance, ensure_ascii=False, indent=2, sort_keys=True))
    out.append("```")
    return "\n".join(out) + "\n"


def _story_markdown(story: Story, briefing: Briefing) -> list[str]:
    lang, alt_lang = briefing.lang, other_language(briefing.lang)
    out = [f"## Story {story.id}", "", f"**{_inline(story.headline, lang)}**", ""]
    if story.headline_alt:
        out.extend([_side(story.headline_alt, alt_lang), ""])
    by_id = {a.id: a for a in briefing.sources}
    listed = ", ".join(
        f"[{source}]" + (f" (copy of [{by_id[source].duplicate_of}])" if by_id[source].duplicate_of is not None else "")
        for source in story.sources
    )
    out.append(f"Sources: {listed} — {independent_sources(story)}.")
    if story.shared:
        out.append(f"Shared by its articles: {_inline('، '.join(story.shared), 'ar')}")
    if story.date_range:
        out.append(f"Dates: {date_span(story.date_range)}")
    out.append("")
    out.append("### Key points")
    out.append("")
    if not story.points:
        out.append("No key points.")
    for index, point in enumerate(story.points, start=1):
        out.extend(_point_markdown(index, point, lang, briefing.sources))
    out.append("")
    if story.discrepancies:
        out.append("### Discrepancies")
        out.append("")
        for d in story.discrepancies:
            out.append(f"- **{markdown_text(d.about)}**: sources give different figures ({', '.join(str(q.value) for q in d.values)})")
            for q in d.values:
                out.append(f"  - [{q.source}] §{q.sentence} gives {q.value}: {_inline(q.text, lang)}")
                out.append(f"    {_side(q.text_alt, alt_lang)}")
        out.append("")
    if story.unsupported:
        out.append("### Summary sentences not supported by the sources")
        out.append("")
        out.append("The summarizer wrote these, but their words or figures are not in the cited article; they are not key points.")
        out.append("")
        for aside in story.unsupported:
            source = f"[{aside.citations[0].source}]" if aside.citations else "[?]"
            out.append(f"- {source} {_inline(aside.text, lang)}")
        out.append("")
    return out


def _title(article: TranslatedArticle, lang: str) -> str:
    title = article.title_in(lang)
    return title if title is not None else visible(article.path).rsplit("/", 1)[-1]


_MARKDOWN_SOURCE = re.compile(r"^- \[\d+\] (?P<fence>`+) ?(?P<path>.*?) ?(?P=fence) — .* sha256 `(?P<sha>[0-9a-f]{64})`$", re.MULTILINE)
_HTML_SOURCE = re.compile(
    r'^<li><a href="#source-\d+">\[\d+\]</a> <code>(?P<path>[^<]*)</code>, .* sha256 <code>(?P<sha>[0-9a-f]{64})</code></li>$',
    re.MULTILINE,
)


def recorded_sources(text: str) -> dict[str, str]:
    """Source path (as shown, see `display.visible`) → sha256 recorded in a previously written briefing."""
    try:
        data = json.loads(text)
        return {s["path"]: s["sha256"] for s in data.get("sources", [])}
    except (ValueError, TypeError, KeyError, AttributeError):
        pass
    if text.startswith("<!DOCTYPE html>"):
        return {html.unescape(m["path"]): m["sha"] for m in _HTML_SOURCE.finditer(text)}
    return {m["path"]: m["sha"] for m in _MARKDOWN_SOURCE.finditer(text)}


RENDERERS: dict[str, Callable[[Briefing], str]] = {"markdown": render_markdown, "json": render_json, "html": render_html}
FORMATS = tuple(RENDERERS)  # the --format choices


def render(briefing: Briefing, output_format: str) -> str:
    """The briefing in `output_format` (a key of RENDERERS), always encodable as UTF-8."""
    renderer = RENDERERS.get(output_format)
    if renderer is None:
        raise UsageError(f"unknown output format '{output_format}' (known: {', '.join(FORMATS)})")
    return no_surrogates(renderer(briefing))
