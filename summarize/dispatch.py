"""How the model stages hand work to a model: here, chunk by chunk, or spread over a pool of workers
(`ray_runner`), through the same small interface.

A `Work` function takes a backend (a translator or a summarizer) and a list of items and returns one
output per item; it is the same function wherever it runs. A `Dispatch` applies it to many items and
yields each chunk with its outputs as soon as they are done (in any order), so that the caller saves
partial results in the translation memory as it goes and a rerun after a failure resumes from them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, Protocol

Work = Callable[[Any, list[Any]], list[Any]]


class Dispatch(Protocol):
    def __call__(self, work: Work, items: Sequence[Any]) -> Iterator[tuple[list[Any], list[Any]]]: ...


def in_chunks(backend: object, size: int) -> Dispatch:
    """Run `work` here, on `backend`, `size` items at a time."""

    def dispatch(work: Work, items: Sequence[Any]) -> Iterator[tuple[list[Any], list[Any]]]:
        for start in range(0, len(items), size):
            chunk = list(items[start : start + size])
            yield chunk, work(backend, chunk)

    return dispatch


def saved_as_done(
    chunks: Iterator[tuple[list[Any], list[Any]]],
    key: Callable[[Any], str],
    save: Callable[[dict[str, Any]], None] | None,
    progress: Callable[[int, int], None] | None,
    total: int,
) -> Iterator[dict[str, Any]]:
    """Each dispatched chunk's outputs by `key(item)`, saved (the translation memory) and counted in
    `progress` before they are yielded: what a failed run had finished is not lost."""
    done = 0
    for chunk, outputs in chunks:
        made = {key(item): output for item, output in zip(chunk, outputs, strict=True)}
        if save:
            save(made)
        done += len(chunk)
        if progress:
            progress(done, total)
        yield made
