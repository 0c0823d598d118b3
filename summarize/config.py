"""Defaults and the run configuration. The CLI takes its option defaults from here."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from summarize.briefing import Lang

DEFAULT_MT_MODEL = "Helsinki-NLP/opus-mt-ar-en"
DEFAULT_SUM_MODEL = "csebuetnlp/mT5_multilingual_XLSum"
DEFAULT_TRANSLATOR = "marian"
DEFAULT_SUMMARIZER = "mt5"
DEFAULT_LANG: Lang = "en"
DEFAULT_ENGINE = "auto"
MAX_INPUT_BYTES = 1_000_000  # larger input files are skipped with a message
POINTS_PER_ARTICLE = 3  # extractive key points per article
UNSUPPORTED_POLICIES = ("mark", "drop")
RUNNER_NAMES = ("local", "ray")
DEFAULT_RUNNER = "local"
# Sentences per batch handed to a Ray translation actor. 200 articles, tiny models, 2 actors, median of 2
# alternating runs: 16 took 58.0 s, 64 52.9 s, 256 50.9 s. 64 is within 4% of 256 and saves to the memory
# four times as often (a failed run loses less); with real models a batch of 64 is about 20 core-seconds.
DEFAULT_RAY_BATCH = 64


@dataclass(frozen=True)
class BriefConfig:
    """Everything that decides what a run produces (and so what its cache keys are)."""

    lang: Lang = DEFAULT_LANG
    translator: str = DEFAULT_TRANSLATOR
    mt_model: str = DEFAULT_MT_MODEL
    mt_revision: str | None = None
    summarizer: str = DEFAULT_SUMMARIZER
    sum_model: str = DEFAULT_SUM_MODEL
    sum_revision: str | None = None
    points_per_article: int = POINTS_PER_ARTICLE
    fast: bool = False
    threads: int | None = None
    max_bytes: int = MAX_INPUT_BYTES
    use_cache: bool = True
    cache_dir: Path | None = None
    allow_download: bool = True
    unsupported: str = "mark"  # abstractive sentences failing the support check: 'mark' or 'drop'
    follow_external_links: bool = False  # read symbolic links in input folders that lead outside them
    engine: str = DEFAULT_ENGINE  # 'auto' (CTranslate2 when a converted model is there), 'ctranslate2' or 'transformers'
    keep_boilerplate: bool = False  # keep the lines the cleaner would drop, marked unsure (text already clean)


@dataclass(frozen=True)
class RunnerConfig:
    """Where the heavy stages run; none of it changes what the briefing says (see `runners`)."""

    name: str = DEFAULT_RUNNER  # 'local' or 'ray'
    address: str | None = None  # a Ray cluster ('ray://host:10001' or 'host:6379'); None starts a local Ray instance
    actors: int | None = None  # model actors per pool (default: one per CPU of the cluster, within --threads)
    batch_size: int = DEFAULT_RAY_BATCH  # sentences per translation batch sent to an actor
