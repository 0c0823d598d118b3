"""`make bench-ray`: the Ray runner's overhead on one machine, with the tiny models.

Writes 1,000 synthetic articles (the generator of `bench/scale.py`: real Arabic sentences, invented
names and figures, one article in ten a copy), builds the tiny Marian and mT5 models, and briefs
the folder with `brief --no-cache` in a fresh process, alternately with `--runner local` and
`--runner ray` (which starts its own local Ray instance, as a user's first run does). Each round
checks that both briefings have the same translations, copies and stories, and counts the key
points that differ: the local run's models use both cores in one process, each Ray actor one, and
the thread count can move a near-tie in beam search (with `--threads 1` on both the briefings are
equal; tests/test_ray.py checks that on the seeds). Prints one line:

    ray: 1000 articles local L s, ray R s, overhead O%

(medians over the rounds; the overhead is the median of the per-round ratios ray/local - 1). Target: at
most 30% on 2 cores. Settings: BENCH_RAY_ARTICLES (1000), BENCH_RAY_ROUNDS (2), BENCH_RAY_BATCH (the default).
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ARTICLES = int(os.environ.get("BENCH_RAY_ARTICLES", "1000"))
ROUNDS = int(os.environ.get("BENCH_RAY_ROUNDS", "2"))
BATCH = os.environ.get("BENCH_RAY_BATCH")


def brief(folder: Path, models: Path, out: Path, runner: str) -> float:
    """Seconds for one `brief` process (its start, and Ray's, included)."""
    command = [str(Path(sys.executable).with_name("brief")), str(folder), "--mt-model", str(models / "marian")]
    command += ["--sum-model", str(models / "mt5"), "--no-cache", "--format", "json", "-o", str(out), "-q", "--runner", runner]
    if runner == "ray" and BATCH:
        command += ["--batch-size", BATCH]
    start = time.perf_counter()
    subprocess.run(command, check=True, env={**os.environ, "HF_HUB_OFFLINE": "1"})
    return time.perf_counter() - start


def compare(local_path: Path, ray_path: Path) -> int:
    """The number of key points (and set-aside sentences) that differ; anything else that differs is an error."""
    local, ray = (json.loads(path.read_text(encoding="utf-8")) for path in (local_path, ray_path))
    if local["sources"] != ray["sources"]:
        raise SystemExit("bench-ray: the Ray run's translations, copies or stories differ from the local run's")
    if [story["sources"] for story in local["stories"]] != [story["sources"] for story in ray["stories"]]:
        raise SystemExit("bench-ray: the Ray run's stories differ from the local run's")
    points = [
        (a, b)
        for x, y in zip(local["stories"], ray["stories"], strict=True)
        for key in ("points", "unsupported")
        for a, b in zip(x[key], y[key], strict=False)
    ]
    total = sum(len(story["points"]) + len(story["unsupported"]) for story in local["stories"])
    return sum(1 for a, b in points if a != b) + abs(total - sum(len(s["points"]) + len(s["unsupported"]) for s in ray["stories"]))


def main() -> None:
    from bench.scale import write_corpus
    from summarize.testing import build_tiny_marian, build_tiny_mt5, corpus_from

    with tempfile.TemporaryDirectory(prefix="brief-bench-ray-") as temp:
        work = Path(temp)
        folder = work / "articles"
        folder.mkdir()
        write_corpus(folder, ARTICLES)
        corpus = corpus_from(sorted((ROOT / "seeds").glob("*.txt")))
        build_tiny_marian(work / "models" / "marian", corpus)
        build_tiny_mt5(work / "models" / "mt5", corpus)
        times: dict[str, list[float]] = {"local": [], "ray": []}
        differing: list[int] = []
        for round_number in range(ROUNDS):
            order = ("local", "ray") if round_number % 2 == 0 else ("ray", "local")  # alternate: the machine is shared
            for runner in order:
                times[runner].append(brief(folder, work / "models", work / f"{runner}.json", runner))
                print(f"  round {round_number + 1}: {runner} {times[runner][-1]:.1f} s", file=sys.stderr)
            differing.append(compare(work / "local.json", work / "ray.json"))
        ratios = [ray / local for local, ray in zip(times["local"], times["ray"], strict=True)]
        local, ray = statistics.median(times["local"]), statistics.median(times["ray"])
        print(f"  same translations, copies and stories; key points differing (thread-count ties): {max(differing)}", file=sys.stderr)
        print(f"ray: {ARTICLES} articles local {local:.1f} s, ray {ray:.1f} s, overhead {100 * (statistics.median(ratios) - 1):.0f}%")


if __name__ == "__main__":
    main()
