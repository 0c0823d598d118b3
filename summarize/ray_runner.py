"""The `ray` runner: the same stages on a Ray cluster, or on a local Ray instance when no address is given.

- Cleaning and segmenting run as a Ray Data transform over the documents (the driver has read and
  hashed every input: the briefing memo and `--check` need the hashes).
- Translation and summarization run in pools of model actors: each actor builds its backend from
  the `Recipe` once, loads the weights on its first batch and then takes batch after batch.
- The driver answers what it can from its translation memory before anything is dispatched and
  saves every batch as it comes back (see `translate.translate_texts`), so a failed run resumes
  without retranslating. An actor that dies is restarted by Ray and its batch retried.
- Stories, merge and render run on the driver, exactly as locally.
"""

from __future__ import annotations

import logging
import pickle
import socket
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from typing import Any, TypeVar

from summarize.config import RunnerConfig
from summarize.dispatch import Dispatch, Work
from summarize.errors import BriefError, UsageError, first_line
from summarize.runners import Progress, Recipe

T = TypeVar("T")
U = TypeVar("U")
ACTOR_RESTARTS = 3  # a worker killed mid-batch is restarted (its model reloaded) and the batch retried this often
DOCUMENTS_PER_TASK = 16  # documents per Ray Data batch in the clean and segment transform
CONNECT_TIMEOUT_S = 5.0  # an --address that does not answer within this is refused


class ModelWorker:
    """One model actor: builds its backend once, then applies the stage's `Work` to batch after batch."""

    def __init__(self, recipe: Recipe, threads: int) -> None:
        self.backend = recipe.build(threads=threads)

    def run(self, work: Work, job: tuple[int, list[Any]]) -> tuple[int, list[Any]]:
        number, items = job
        return number, work(self.backend, items)


class RayRunner:
    """Runs the per-article and model stages on Ray; see the module docstring."""

    def __init__(self, config: RunnerConfig) -> None:
        try:
            import ray
        except ImportError:
            raise UsageError("--runner ray needs Ray: pip install 'brief[ray]'") from None
        self.config = config
        self.started = False
        if not ray.is_initialized():
            where = config.address or "a new local Ray instance"
            if config.address:
                _check_reachable(config.address)
            try:
                ray.init(
                    address=config.address,
                    include_dashboard=False,
                    log_to_driver=False,
                    logging_level=logging.ERROR,
                    configure_logging=True,
                )
            except Exception as error:  # ConnectionError, TimeoutError, RuntimeError, ValueError, ... by version
                raise BriefError(f"could not start or reach Ray ({where}): {first_line(error)}") from None
            self.started = True
        self.cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
        self.pools: dict[Recipe, list[Any]] = {}
        self.version = ray.__version__

    def map(self, function: Callable[[T], U], items: Sequence[T], progress: Progress | None = None) -> list[U]:
        """`function` over `items` as a Ray Data transform (items travel pickled, so any dataclass does)."""
        if not items:
            return []
        import ray

        context = ray.data.DataContext.get_current()
        logging.getLogger("ray.data").setLevel(logging.ERROR)  # no per-dataset log lines among brief's own (after ray.data's own setup)
        context.enable_progress_bars = False
        context.print_on_execution_start = False
        rows = [{"number": number, "item": pickle.dumps(item)} for number, item in enumerate(items)]
        apply: Callable[[Any], Any] = partial(_apply, function=function)
        dataset = ray.data.from_items(rows).map_batches(apply, batch_size=DOCUMENTS_PER_TASK, batch_format="numpy")
        results: list[Any] = [None] * len(items)
        done = 0
        for batch in dataset.iter_batches(batch_size=None, batch_format="numpy"):
            for number, result in zip(batch["number"], batch["result"], strict=True):
                results[int(number)] = pickle.loads(result)
                done += 1
            if progress:
                progress(done, len(items))
        return results

    def dispatch(self, recipe: Recipe, backend: Any) -> Dispatch:
        del backend  # the actors build their own from the recipe
        size = self.config.batch_size if recipe.kind == "translator" else 1

        def dispatch(work: Work, items: Sequence[Any]) -> Iterator[tuple[list[Any], list[Any]]]:
            batches = [list(items[start : start + size]) for start in range(0, len(items), size)]
            if batches:
                yield from self._spread(recipe, work, batches)

        return dispatch

    def _spread(self, recipe: Recipe, work: Work, batches: list[list[Any]]) -> Iterator[tuple[list[Any], list[Any]]]:
        """Keep every actor of the pool busy with one batch; yield each batch's outputs as it finishes."""
        import ray

        actors = self._pool(recipe)
        waiting = list(enumerate(batches))
        waiting.reverse()
        running: dict[Any, Any] = {}
        idle = list(actors)
        try:
            while waiting or running:
                while waiting and idle:
                    actor = idle.pop()
                    running[actor.run.remote(work, waiting.pop())] = actor
                finished, _ = ray.wait(list(running), num_returns=1)
                for reference in finished:
                    idle.append(running.pop(reference))
                    number, outputs = _result(reference)
                    yield batches[number], outputs
        except BaseException:  # a failed batch, or the caller gave up: stop the others and free the CPUs they hold
            self.release(recipe)
            raise

    def _pool(self, recipe: Recipe) -> list[Any]:
        """The recipe's actors, started on first use. Each reserves as many CPUs as it runs threads: --threads
        if given (then the output equals a local run's with the same --threads: the thread count can move a
        near-tie in beam search), else its share of the cluster; --actors, else as many as the CPUs allow."""
        if recipe not in self.pools:
            import ray

            threads = recipe.threads or max(1, self.cpus // (self.config.actors or self.cpus))
            count = self.config.actors or max(1, self.cpus // threads)
            # More actors than the cluster has CPUs for would wait for CPUs forever: then they share them.
            worker = ray.remote(num_cpus=min(threads, self.cpus / count), max_restarts=ACTOR_RESTARTS, max_task_retries=ACTOR_RESTARTS)(
                ModelWorker
            )
            self.pools[recipe] = [worker.remote(recipe, threads) for _ in range(count)]
        return self.pools[recipe]

    def release(self, recipe: Recipe) -> None:
        import ray

        for actor in self.pools.pop(recipe, []):
            ray.kill(actor)

    def describe(self) -> dict[str, Any]:
        return {"name": "ray", "ray": self.version}

    def close(self) -> None:
        for recipe in list(self.pools):
            self.release(recipe)
        if self.started:
            import ray

            ray.shutdown()


def _apply(batch: dict[str, Any], function: Callable[[Any], Any]) -> dict[str, Any]:
    """One Ray Data batch: unpickle each item, apply the stage function, pickle the result."""
    results = [pickle.dumps(function(pickle.loads(item))) for item in batch["item"]]
    return {"number": batch["number"], "result": results}


def _result(reference: Any) -> Any:
    """The value of a finished actor call; an exception raised on the worker is raised here as itself."""
    import ray

    try:
        return ray.get(reference)
    except ray.exceptions.RayTaskError as error:
        cause = getattr(error, "cause", None)
        if isinstance(cause, Exception):
            raise cause from None
        raise
    except ray.exceptions.RayActorError as error:
        raise BriefError(f"a Ray model worker died {ACTOR_RESTARTS + 1} times: {first_line(error)}") from None


def _check_reachable(address: str) -> None:
    """Fail in seconds, with one line, when a cluster address does not answer (Ray itself retries for minutes)."""
    host_port = address.removeprefix("ray://").rsplit("/", 1)[0]
    host, _, port = host_port.rpartition(":")
    if address == "auto" or not host or not port.isdigit():
        return
    try:
        socket.create_connection((host.strip("[]"), int(port)), timeout=CONNECT_TIMEOUT_S).close()
    except OSError as error:
        raise BriefError(
            f"no Ray cluster answers at {address} ({first_line(error)} within {CONNECT_TIMEOUT_S:.0f} s): "
            "start one with `ray start --head` there, or leave out --address for a local Ray instance"
        ) from None
