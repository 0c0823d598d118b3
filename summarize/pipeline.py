"""The pipeline: ingest → clean → segment → translate → copies → stories → summarize → merge.
Returns dataclasses.

Models are loaded one after the other and freed between stages; nothing heavy is imported
unless a model actually has to run (answers from the translation memory need no model).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

from summarize import copies, stories
from summarize.arabic import persian_or_urdu_letters
from summarize.briefing import Briefing, Document, Point, SegmentedArticle, TranslatedArticle
from summarize.checks import LENGTH_RATIO_BAND
from summarize.clean import clean
from summarize.config import BriefConfig, RunnerConfig
from summarize.copies import find_copies
from summarize.display import visible
from summarize.errors import BriefError, InputError, NoInputError, UsageError
from summarize.ingest import IngestResult, ingest
from summarize.memory import CacheStats, WorkMemory, default_cache_dir
from summarize.merge import build_stories, headline, split_unsupported
from summarize.modelstore import resolve_model
from summarize.provenance import provenance
from summarize.repeated_lines import repeated_lines
from summarize.runners import LocalRunner, Recipe, Runner
from summarize.segment import segment
from summarize.stories import group_stories
from summarize.summarizer import (
    SUMMARIZERS,
    TextSummarizer,
    abstractive_points,
    abstractive_to_points,
    extractive_points,
)
from summarize.translate import TRANSLATORS, Translator, translate_articles, translate_texts

Progress = Callable[[str, int, int], None]


def _ray_runner(config: RunnerConfig) -> Runner:
    from summarize.ray_runner import RayRunner  # Ray is an optional extra, imported only when asked for

    return RayRunner(config)


RUNNERS: dict[str, Callable[[RunnerConfig], Runner]] = {"local": LocalRunner, "ray": _ray_runner}


def open_runner(config: RunnerConfig) -> Runner:
    """The runner `config` names, started (a Ray runner connects to or starts Ray); close it after use."""
    if config.name not in RUNNERS:
        raise UsageError(f"unknown runner '{config.name}' (known: {', '.join(RUNNERS)})")
    return RUNNERS[config.name](config)


@dataclass(frozen=True)
class SegmentResult:
    """Stages 1-3 for `brief segment`: what will be translated, what was dropped, what was skipped."""

    articles: tuple[SegmentedArticle, ...]
    problems: tuple[InputError, ...]
    warnings: tuple[str, ...] = ()

    def as_dict(self) -> dict[str, Any]:
        """The `brief segment --json` form (file names as shown, see display.visible)."""
        return {
            "articles": [
                {
                    "path": visible(a.path),
                    "title": a.title,
                    "sentences": [
                        {"n": s.n, "text": s.text, "line": s.line, "kind": s.kind, "lang": s.lang, "pieces": list(s.pieces)}
                        for s in a.sentences
                    ],
                    "dropped": [{"line": d.line, "text": d.text, "reason": d.reason} for d in a.dropped],
                    "unsure": [{"line": u.line, "text": u.text, "reason": u.reason} for u in a.unsure],
                }
                for a in self.articles
            ],
            "problems": [{"path": visible(p.path), "problem": p.problem} for p in self.problems],
            "warnings": list(self.warnings),
        }


@dataclass(frozen=True)
class RunResult:
    briefing: Briefing
    stats: CacheStats
    warnings: tuple[str, ...] = field(default_factory=tuple)
    notes: tuple[str, ...] = field(default_factory=tuple)  # what was done, for --verbose


def segment_inputs(
    inputs: Sequence[str],
    max_bytes: int,
    stdin: bytes | None = None,
    exclude: Sequence[str] = (),
    ingested: IngestResult | None = None,
    follow_external_links: bool = False,
    runner: Runner | None = None,
    progress: Progress | None = None,
    keep_boilerplate: bool = False,
) -> tuple[SegmentResult, tuple[Document, ...]]:
    """Stages 1-3: read (unless `ingested` is given), clean and segment (on `runner`, default here).
    Lines that recur on the pages of different articles in the folder are boilerplate (see
    `repeated_lines`). Inputs that are not Arabic articles (no article text left, English only,
    Persian or Urdu) become problems. With `keep_boilerplate`, nothing is dropped (see `clean`)."""
    ingested = ingested or ingest(inputs, max_bytes=max_bytes, stdin=stdin, exclude=exclude, follow_external_links=follow_external_links)
    repeats = repeated_lines(ingested.documents)
    in_folder = [(document, repeated, keep_boilerplate) for document, repeated in zip(ingested.documents, repeats, strict=True)]
    segmented = (runner or LocalRunner()).map(
        segment_in_folder, in_folder, (lambda done, total: progress("segment", done, total)) if progress else None
    )
    articles: list[SegmentedArticle] = []
    documents: list[Document] = []
    problems = list(ingested.problems)
    for document, article in zip(ingested.documents, segmented, strict=True):
        if isinstance(article, str):
            problems.append(InputError(document.path, article))
            continue
        articles.append(article)
        documents.append(document)
    return SegmentResult(tuple(articles), tuple(problems), ingested.warnings), tuple(documents)


def segment_in_folder(task: tuple[Document, dict[str, int], bool]) -> SegmentedArticle | str:
    """Stages 2-3 for one document, its lines that recur across the folder and whether to keep
    boilerplate: its segmented article, or why it cannot be briefed."""
    document, repeated, keep_boilerplate = task
    article = segment(clean(document, repeated, keep_boilerplate), keep_boilerplate=keep_boilerplate)
    return _not_an_arabic_article(article) or article


def _not_an_arabic_article(article: SegmentedArticle) -> str | None:
    """Why `article` cannot be briefed, or None: brief translates Arabic, and says so rather than guess."""
    if not article.sentences:
        return (
            f"no article text left after removing boilerplate ({len(article.dropped)} line(s) dropped; "
            "`brief segment` shows why, --keep-boilerplate keeps them)"
        )
    arabic = [s.text for s in article.sentences if s.lang == "ar"]
    if not arabic:
        return f"no Arabic text ({len(article.sentences)} sentence(s), none in Arabic script); brief translates Arabic articles"
    foreign = persian_or_urdu_letters(" ".join(arabic))
    if foreign:
        return f"looks like Persian or Urdu, not Arabic ({foreign} letters Arabic does not use); the translator is Arabic to English"
    return None


def run(
    inputs: Sequence[str],
    config: BriefConfig,
    progress: Progress | None = None,
    stdin: bytes | None = None,
    exclude: Sequence[str] = (),
    ingested: IngestResult | None = None,
    memory: WorkMemory | None = None,
    translator: Translator | None = None,
    runner: Runner | None = None,
) -> RunResult:
    """Make the briefing for `inputs` (never reading the files in `exclude`).

    `ingested` passes inputs already read; `memory` an open translation memory (left open);
    `translator` a backend to use instead of the configured model (benchmarks of the other stages);
    `runner` where the per-article and model stages run (default: here; left open).
    """
    runner = runner or LocalRunner()
    segmented, documents = segment_inputs(
        inputs, config.max_bytes, stdin, exclude, ingested, runner=runner, progress=progress, keep_boilerplate=config.keep_boilerplate
    )
    if not segmented.articles:
        raise NoInputError.after(segmented.problems)
    stats = CacheStats()
    own_memory = memory is None and config.use_cache
    if own_memory:
        memory = WorkMemory.open(config.cache_dir or default_cache_dir())
    try:
        recipe = None
        if translator is None:
            recipe = _translator_recipe(config)
            translator = recipe.build()
        dispatch = runner.dispatch(recipe, translator) if recipe else None
        notes = [
            f"read {len(documents)} article(s), {sum(len(a.sentences) for a in segmented.articles)} sentences; "
            f"{len(segmented.problems)} input(s) skipped",
            f"translator: {_describe(translator.signature())}",
            f"runner: {_describe(runner.describe())}",
            f"cache: {memory.path if memory else 'off (--no-cache)'}",
        ]
        articles = translate_articles(
            segmented.articles,
            translator,
            memory,
            stats,
            progress=(lambda done, total: progress("translate", done, total)) if progress else None,
            dispatch=dispatch,
        )
        _unload(translator, recipe, runner)
        notes.append(f"translated: {stats.hits} from the cache, {stats.misses} by the model in {stats.model_calls} call(s)")
        original_of = {match.copy: match.original for match in find_copies(articles)}
        articles = [replace(a, duplicate_of=original_of.get(a.id)) for a in articles]
        originals = [a for a in articles if a.duplicate_of is None]
        groups = group_stories(originals)
        notes.append(f"stories: {len(groups)}; copies: {len(original_of)} (listed, not summarized, not counted as sources)")
        points, summarizer_signature = _summarize(originals, config, translator, memory, stats, progress, runner, recipe)
        notes.append(f"summarizer: {_describe(summarizer_signature)}")
        candidates, unsupported = split_unsupported(points, config.unsupported)
        briefed = build_stories(articles, groups, candidates, unsupported, config.lang)
        briefing = Briefing(
            lang=config.lang,
            headline=headline(briefed, articles),
            stories=tuple(briefed),
            sources=tuple(articles),
            problems=segmented.problems,
            date_range=_span(story.date_range for story in briefed),  # every source is in exactly one story
            provenance=provenance(
                config.lang,
                translator.signature(),
                summarizer_signature,
                _checks_summary(articles),
                {"copies": copies.settings(), "stories": stories.settings()},
                runner.describe(),
                config.keep_boilerplate,
            ),
        )
        notes.append(
            f"briefing: {len(briefed)} story(ies), {len(briefing.points)} key point(s), "
            f"{len(briefing.discrepancies)} discrepancy(ies), {len(briefing.unsupported)} set aside"
        )
        return RunResult(briefing, stats, tuple(memory.warnings) if memory else (), tuple(notes))
    finally:
        if own_memory and memory:
            memory.close()


def _span(ranges: Iterable[tuple[str, str] | None]) -> tuple[str, str] | None:
    """The earliest and latest of several date ranges (ISO dates sort as text)."""
    known = [dates for dates in ranges if dates]
    return (min(d[0] for d in known), max(d[1] for d in known)) if known else None


def _checks_summary(articles: Sequence[TranslatedArticle]) -> dict[str, object]:
    """How many translations still fail a check and how many were retranslated clause by clause."""
    pairs = [pair for article in articles for pair in article.sentences if pair.translated]
    return {
        "checked": len(pairs),
        "flagged": sum(1 for pair in pairs if pair.checks),
        "repaired": sum(1 for pair in pairs if pair.repair),
        "length_ratio_band": list(LENGTH_RATIO_BAND),
    }


def _describe(signature: dict[str, object]) -> str:
    return ", ".join(f"{key}={value}" for key, value in signature.items() if key != "decoding")


def _translator_recipe(config: BriefConfig) -> Recipe:
    model = resolve_model(config.mt_model, "translator", config.mt_revision, config.allow_download, config.engine)
    if config.translator not in TRANSLATORS:
        raise BriefError(f"unknown translator '{config.translator}' (known: {', '.join(TRANSLATORS)})")
    return Recipe("translator", config.translator, model, fast=config.fast, threads=config.threads)


def _summarize(
    articles: Sequence[TranslatedArticle],
    config: BriefConfig,
    translator: Translator,
    memory: WorkMemory | None,
    stats: CacheStats,
    progress: Progress | None,
    runner: Runner,
    translator_recipe: Recipe | None,
) -> tuple[list[Point], dict[str, object]]:
    if config.summarizer not in SUMMARIZERS:
        raise BriefError(f"unknown summarizer '{config.summarizer}' (known: {', '.join(SUMMARIZERS)})")
    if SUMMARIZERS[config.summarizer] is None:
        points = [p for a in articles for p in extractive_points(a, config.lang, config.points_per_article)]
        return points, {"method": "extractive", "points_per_article": config.points_per_article}
    model = resolve_model(config.sum_model, "summarizer", config.sum_revision, config.allow_download, config.engine)
    recipe = Recipe("summarizer", config.summarizer, model, threads=config.threads)
    summarizer: TextSummarizer = recipe.build()
    summaries = abstractive_points(
        articles,
        config.lang,
        summarizer,
        memory,
        stats,
        (lambda done, total: progress("summarize", done, total)) if progress else None,
        runner.dispatch(recipe, summarizer),
    )
    _unload(summarizer, recipe, runner)
    alt_of: dict[str, str] = {}
    if config.lang == "ar":
        arabic = [sentence.text for sentences in summaries.values() for sentence in sentences]
        dispatch = runner.dispatch(translator_recipe, translator) if translator_recipe else None
        alt_of = dict(zip(arabic, translate_texts(arabic, translator, memory, stats, dispatch=dispatch), strict=True))
        _unload(translator, translator_recipe, runner)
    points = [p for a in articles for p in abstractive_to_points(a, summaries[a.id], config.lang, alt_of)]
    return points, {"method": "abstractive", **summarizer.signature()}


def _unload(model: object, recipe: Recipe | None, runner: Runner) -> None:
    """Free a model here and on the runner's workers, before the next one is loaded."""
    unload = getattr(model, "unload", None)
    if callable(unload):
        unload()
    if recipe:
        runner.release(recipe)
