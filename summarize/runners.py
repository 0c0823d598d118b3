"""Runners: where the per-article and model stages run. `local` runs them here; `ray` spreads them
over a Ray cluster (`ray_runner`); `pipeline.RUNNERS` names both. Both run the very same stage
functions; stories, merge and render always run here.

A runner maps a picklable function over documents, and hands model work to a backend built from
a `Recipe` (which a remote worker can build as well as this process can).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, Protocol, TypeVar

from summarize import translate
from summarize.config import RunnerConfig
from summarize.dispatch import Dispatch, in_chunks
from summarize.errors import UsageError
from summarize.modelstore import ResolvedModel
from summarize.summarizer import SUMMARIZERS
from summarize.translate import TRANSLATORS

T = TypeVar("T")
U = TypeVar("U")
Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class Recipe:
    """How to build one model backend: picklable, so that a worker builds what this process would."""

    kind: Literal["translator", "summarizer"]
    name: str  # a key of TRANSLATORS or SUMMARIZERS
    model: ResolvedModel
    fast: bool = False
    threads: int | None = None

    def build(self, threads: int | None = None) -> Any:
        """The backend (its weights load on first use); `threads` overrides the recipe's own."""
        threads = threads or self.threads
        if self.kind == "translator":
            return TRANSLATORS[self.name](self.model, fast=self.fast, threads=threads)
        factory = SUMMARIZERS[self.name]
        if factory is None:
            raise UsageError(f"summarizer '{self.name}' has no model")
        return factory(self.model, threads=threads)


class Runner(Protocol):
    def map(self, function: Callable[[T], U], items: Sequence[T], progress: Progress | None = None) -> list[U]:
        """`function` of every item, in order."""
        ...

    def dispatch(self, recipe: Recipe, backend: Any) -> Dispatch:
        """Model work for the backend `recipe` builds (`backend`: the one built here)."""
        ...

    def release(self, recipe: Recipe) -> None:
        """Free what holds `recipe`'s model (its workers), before the next model is loaded."""
        ...

    def describe(self) -> dict[str, Any]:
        """The provenance's `runner` entry."""
        ...

    def close(self) -> None: ...


class LocalRunner:
    """Everything in this process: documents one after the other, model work in memory-sized chunks."""

    def __init__(self, config: RunnerConfig | None = None) -> None:
        del config  # nothing to set up

    def map(self, function: Callable[[T], U], items: Sequence[T], progress: Progress | None = None) -> list[U]:
        results = []
        for item in items:
            results.append(function(item))
            if progress:
                progress(len(results), len(items))
        return results

    def dispatch(self, recipe: Recipe, backend: Any) -> Dispatch:
        # Translations are saved every MEMORY_COMMIT_EVERY inputs; summaries after each article.
        return in_chunks(backend, translate.MEMORY_COMMIT_EVERY if recipe.kind == "translator" else 1)

    def release(self, recipe: Recipe) -> None:
        del recipe  # the pipeline unloads its own backends

    def describe(self) -> dict[str, Any]:
        return {"name": "local"}

    def close(self) -> None:
        pass
