"""Provenance: what made a briefing (tool and package versions, models, revisions, decoding)."""

from __future__ import annotations

import platform
from importlib import metadata
from typing import Any

from summarize import __version__
from summarize.segment import MAX_CHARS_PER_INPUT, MAX_WORDS_PER_INPUT

PACKAGES = ("torch", "transformers", "sentencepiece", "tokenizers")


def package_versions() -> dict[str, str]:
    """Installed versions, read from package metadata (nothing is imported)."""
    versions = {}
    for name in PACKAGES:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    return versions


def provenance(
    lang: str,
    translator: dict[str, Any],
    summarizer: dict[str, Any],
    checks: dict[str, Any],
    grouping: dict[str, Any] | None = None,
    runner: dict[str, Any] | None = None,
    keep_boilerplate: bool = False,
) -> dict[str, Any]:
    """What made a briefing. The cleaning entry appears only when the cleaner was told to keep
    boilerplate (briefings made the default way keep their bytes)."""
    cleaning = {"cleaning": {"keep_boilerplate": True}} if keep_boilerplate else {}
    return {
        "brief": __version__,
        "python": platform.python_version(),
        "packages": package_versions(),
        "lang": lang,
        **cleaning,
        "segmentation": {"max_words_per_input": MAX_WORDS_PER_INPUT, "max_chars_per_input": MAX_CHARS_PER_INPUT},
        "translator": translator,
        "summarizer": summarizer,
        "checks": checks,
        "grouping": grouping or {},
        "runner": runner or {"name": "local"},
    }
