"""`make bench`: brief's translation and summarization paths against the naive way, side by side.

Randomly initialised models of the real shapes (bench/shapes.py) and a workload of Arabic-like
sentences with the seeds' length distribution. Output lengths are forced (min = max new tokens),
so random weights do the real amount of decoding work. Each round runs (a) naive, (b) brief's
default path and (c) brief --fast on the same inputs, alternating; ratios are medians over rounds.
Ends with one summary line; the full result goes to bench/results/ (git-ignored).
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.shapes import build_marian_shape, build_mt5_shape  # noqa: E402
from summarize.modelstore import resolve_model  # noqa: E402
from summarize.pipeline import segment_inputs  # noqa: E402
from summarize.seq2seq import Seq2SeqModel  # noqa: E402
from summarize.testing import build_tiny_marian, corpus_from  # noqa: E402
from summarize.translate import FAST_DECODING, MARIAN_ATTENTION  # noqa: E402

MODELS = ROOT / "bench" / ".models"
RESULTS = ROOT / "bench" / "results"
SENTENCES = int(os.environ.get("BENCH_SENTENCES", "200"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "4"))
SUM_ROUNDS = int(os.environ.get("BENCH_SUM_ROUNDS", "2"))
RERUN_ROUNDS = int(os.environ.get("BENCH_RERUN_ROUNDS", "3"))
WARM_RUNS = 7
# CTranslate2 threads per model: measured on the 2-core machines (see README, "Performance").
CT2_THREADS = int(os.environ.get("BENCH_CT2_THREADS", "0")) or None
SUM_ARTICLES_PER_ROUND = 2
MT_OUTPUT_TOKENS = 40
SUM_INPUT_TOKENS = 512
SUM_OUTPUT_TOKENS = 84


def workload(count: int) -> list[str]:
    """Arabic-like sentences: lengths drawn from the seeds' sentences, words from their vocabulary."""
    segmented, _ = segment_inputs([str(ROOT / "seeds")], 10**7)
    sentences = [s.text for a in segmented.articles for s in a.sentences]
    lengths = [len(s.split()) for s in sentences]
    vocabulary = sorted({w for s in sentences for w in s.split()})
    rng = random.Random(0)
    return [" ".join(rng.choice(vocabulary) for _ in range(rng.choice(lengths))) + "." for _ in range(count)]


def naive_translate(model: Any, tokenizer: Any, texts: list[str], forced: dict[str, int]) -> list[list[int]]:
    """How people write it: one generate() per sentence, the model's default decoding, no extras."""
    outputs = []
    for text in texts:
        generated = model.generate(**tokenizer(text, return_tensors="pt"), **forced)
        outputs.append([t for t in generated[0].tolist()[1:] if t != model.generation_config.pad_token_id])
    return outputs


def timed(function: Any, *args: Any, **kwargs: Any) -> tuple[float, Any]:
    start = time.perf_counter()
    result = function(*args, **kwargs)
    return time.perf_counter() - start, result


def converted(folder: Path, role: str) -> Path:
    """The model's CTranslate2 conversion, made once beside it, quantised as `brief models pull` does it."""
    from summarize.ct2 import PULL_QUANTIZATION, convert

    quantization = PULL_QUANTIZATION[role]
    target = folder.with_name(f"{folder.name}-ct2-{quantization}")
    if not (target / "brief-ct2.json").is_file():
        convert(resolve_model(str(folder), role), target, quantization)
    return target


def bench_translation(folder: Path) -> dict[str, Any]:
    from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

    from summarize.ct2 import CT2Model

    forced = {"min_new_tokens": MT_OUTPUT_TOKENS, "max_new_tokens": MT_OUTPUT_TOKENS, "max_length": None}
    texts = workload(SENTENCES)
    resolved = resolve_model(str(folder), "translator")
    naive_model = AutoModelForSeq2SeqLM.from_pretrained(str(folder)).eval()
    naive_tokenizer = AutoTokenizer.from_pretrained(str(folder))
    default = Seq2SeqModel(resolved, overrides=forced, attention=MARIAN_ATTENTION)
    fast = Seq2SeqModel(resolved, overrides={**forced, **FAST_DECODING}, quantize=True, attention=MARIAN_ATTENTION)
    ct2_model = resolve_model(str(converted(folder, "translator")), "translator")
    ct2 = CT2Model(ct2_model, overrides=forced, threads=CT2_THREADS)
    ct2_fast = CT2Model(ct2_model, overrides={**forced, **FAST_DECODING}, threads=CT2_THREADS, quantize=True)
    warm_up = {**forced, "min_new_tokens": 2, "max_new_tokens": 2}
    naive_translate(naive_model, naive_tokenizer, texts[:1], warm_up)  # load, quantise and warm up every path
    for engine in (default, fast):
        Seq2SeqModel(resolved, overrides=warm_up, _model=engine._loaded_model()).generate_ids(texts[:2])
    for engine_ct2 in (ct2, ct2_fast):
        engine_ct2.generate_pieces(texts[:2])
    paths = {"default": default.generate_ids, "fast": fast.generate_ids, "ct2": ct2.generate_pieces, "ct2_fast": ct2_fast.generate_pieces}
    rounds = []
    same = same_ct2 = 0
    per_round = -(-len(texts) // ROUNDS)
    for number in range(ROUNDS):
        chunk = texts[number * per_round : (number + 1) * per_round]
        if not chunk:
            break
        naive_s, naive_ids = timed(naive_translate, naive_model, naive_tokenizer, chunk, forced)
        seconds: dict[str, float] = {}
        outputs: dict[str, Any] = {}
        order = list(paths) if number % 2 == 0 else list(reversed(paths))  # alternate: no path always runs first
        for name in order:
            seconds[name], outputs[name] = timed(paths[name], chunk)
        same += sum(1 for a, b in zip(naive_ids, outputs["default"], strict=True) if a == b)
        naive_pieces = [naive_tokenizer.convert_ids_to_tokens([t for t in ids if t != naive_tokenizer.eos_token_id]) for ids in naive_ids]
        same_ct2 += sum(1 for a, b in zip(naive_pieces, outputs["ct2"], strict=True) if a == b)
        rounds.append({"sentences": len(chunk), "naive_s": naive_s, **{f"{name}_s": s for name, s in seconds.items()}})
        timings = ", ".join(f"{name} {s:.1f}s" for name, s in [("naive", naive_s), *seconds.items()])
        print(f"  translate round {number + 1}/{ROUNDS}: {len(chunk)} sentences, {timings}", flush=True)
    total = sum(r["sentences"] for r in rounds)
    result: dict[str, Any] = {"sentences": total, "output_tokens_per_sentence": MT_OUTPUT_TOKENS, "rounds": rounds}
    result["ct2_vs_naive"] = statistics.median(r["naive_s"] / r["ct2_s"] for r in rounds)
    result["ct2_fast_vs_naive"] = statistics.median(r["naive_s"] / r["ct2_fast_s"] for r in rounds)
    result["ct2_same_tokens"] = same_ct2 / total
    for path in ("naive", "default", "fast", "ct2", "ct2_fast"):
        seconds = sum(r[f"{path}_s"] for r in rounds)
        result[path] = {
            "wall_s": round(seconds, 2),
            "sentences_per_s": round(total / seconds, 3),
            "output_tokens_per_s": round(total * MT_OUTPUT_TOKENS / seconds, 1),
        }
    result["default_vs_naive"] = statistics.median(r["naive_s"] / r["default_s"] for r in rounds)
    result["fast_vs_naive"] = statistics.median(r["naive_s"] / r["fast_s"] for r in rounds)
    result["same_tokens"] = same / total
    del naive_model, default, fast, ct2, ct2_fast
    return result


def bench_summarizer(folder: Path) -> dict[str, Any]:
    from transformers import AutoModelForSeq2SeqLM

    from summarize.ct2 import CT2Model

    forced = {"min_new_tokens": SUM_OUTPUT_TOKENS, "max_new_tokens": SUM_OUTPUT_TOKENS, "max_length": None}
    resolved = resolve_model(str(folder), "summarizer")
    naive_model = AutoModelForSeq2SeqLM.from_pretrained(str(folder)).eval()
    default = Seq2SeqModel(resolved, overrides=forced, max_batch=4)
    ct2 = CT2Model(resolve_model(str(converted(folder, "summarizer")), "summarizer"), overrides=forced, threads=CT2_THREADS, max_batch=4)
    tokenizer = default.tokenizer
    rng = random.Random(1)
    rounds = []
    for number in range(SUM_ROUNDS):
        # Articles of exactly SUM_INPUT_TOKENS tokens (with </s>), built from vocabulary pieces.
        articles = [tokenizer.decode([rng.randrange(5, 3000) for _ in range(SUM_INPUT_TOKENS * 2)]) for _ in range(SUM_ARTICLES_PER_ROUND)]
        articles = [tokenizer.decode(tokenizer(a)["input_ids"][: SUM_INPUT_TOKENS - 1], skip_special_tokens=True) for a in articles]
        start = time.perf_counter()
        for article in articles:
            encoded = tokenizer(article, return_tensors="pt")
            naive_model.generate(**encoded, **forced)
        naive_s = (time.perf_counter() - start) / len(articles)
        default_s = timed(default.generate_ids, articles)[0] / len(articles)
        ct2_s = timed(ct2.generate_pieces, articles)[0] / len(articles)
        rounds.append(
            {"articles": len(articles), "naive_s_per_article": naive_s, "default_s_per_article": default_s, "ct2_s_per_article": ct2_s}
        )
        timings = f"naive {naive_s:.1f}s/article, default {default_s:.1f}s/article, ct2 {ct2_s:.1f}s/article"
        print(f"  summarize round {number + 1}/{SUM_ROUNDS}: {timings}", flush=True)
    del naive_model, default, ct2
    return {
        "input_tokens": SUM_INPUT_TOKENS,
        "output_tokens": SUM_OUTPUT_TOKENS,
        "rounds": rounds,
        "naive_s_per_article": statistics.median(r["naive_s_per_article"] for r in rounds),
        "default_s_per_article": statistics.median(r["default_s_per_article"] for r in rounds),
        "default_vs_naive": statistics.median(r["naive_s_per_article"] / r["default_s_per_article"] for r in rounds),
        "ct2_s_per_article": statistics.median(r["ct2_s_per_article"] for r in rounds),
        "ct2_vs_naive": statistics.median(r["naive_s_per_article"] / r["ct2_s_per_article"] for r in rounds),
    }


LOAD_PROBE = """
import sys, time
start = time.perf_counter()
from summarize.ct2 import CT2Model
from summarize.modelstore import resolve_model
for folder, role in ((sys.argv[1], "translator"), (sys.argv[2], "summarizer")):
    engine = CT2Model(resolve_model(folder, role))
    engine._loaded(); engine._sentencepiece()
print(time.perf_counter() - start)
"""


def bench_load(marian: Path, mt5: Path) -> float:
    """Seconds for a fresh process to import the engine and load both converted models."""
    command = [sys.executable, "-c", LOAD_PROBE, str(converted(marian, "translator")), str(converted(mt5, "summarizer"))]
    return float(subprocess.run(command, capture_output=True, text=True, check=True).stdout.strip())


# Runs brief and reports its own high-water mark (VmHWM belongs to the process after exec; the
# rusage of a child would also count the pages it shared with this large parent at fork time).
PEAK_WRAPPER = """
import atexit, sys
def report():
    peak = next(line for line in open('/proc/self/status') if line.startswith('VmHWM:'))
    sys.stderr.write('peak_kb=' + peak.split()[1] + chr(10))
atexit.register(report)
from summarize.entry import entry_point
sys.argv = ['brief', *sys.argv[1:]]
entry_point()
"""


def bench_full_run(marian: Path, mt5: Path) -> dict[str, Any]:
    """Peak memory of one real `brief` run with both models (loaded one after the other; the converted
    models, as the default engine takes them)."""
    with tempfile.TemporaryDirectory() as cache:
        command = [sys.executable, "-c", PEAK_WRAPPER, str(ROOT / "seeds" / "000_9d571e4d11d082aa.txt"), "--lang", "ar"]
        command += ["--mt-model", str(marian), "--sum-model", str(mt5), "--no-cache", "--format", "json", "--quiet"]
        env = {**os.environ, "BRIEF_CACHE_DIR": cache}
        seconds, done = timed(subprocess.run, command, capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"bench: the full run failed: {done.stderr.strip()}")
    peak_kb = int(done.stderr.rsplit("peak_kb=", 1)[1].split()[0])
    return {"wall_s": round(seconds, 1), "peak_rss_gb": round(peak_kb / 1024 / 1024, 2)}


def _seconds_to_run(command: list[str], env: dict[str, str]) -> float:
    return float(timed(subprocess.run, command, env=env, check=True, capture_output=True)[0])


def bench_rerun(corpus: list[str]) -> dict[str, Any]:
    """Issue 5's check: a warm rerun of the seeds against the cold run, with tiny models.

    Each round runs brief once on an empty cache (cold), then WARM_RUNS times unchanged (warm);
    the ratio is cold over the median warm run, and the result is the median over rounds (short
    processes on these VMs are the first to slow down when the host is busy).
    brief's bytecode is compiled first, as any pip install does (`make bytecode`): an editable
    install with PYTHONDONTWRITEBYTECODE set would otherwise recompile every module on every run.
    """
    import compileall

    compileall.compile_dir(str(ROOT / "summarize"), quiet=1)
    rounds = []
    with tempfile.TemporaryDirectory() as scratch:
        tiny = build_tiny_marian(Path(scratch) / "marian", corpus)
        command = [sys.executable, "-m", "summarize", str(ROOT / "seeds"), "--mt-model", str(tiny), "--summarizer", "extractive"]
        command += ["-o", str(Path(scratch) / "briefing.md")]
        for number in range(RERUN_ROUNDS):
            env = {**os.environ, "BRIEF_CACHE_DIR": str(Path(scratch) / f"cache-{number}")}
            cold = _seconds_to_run(command, env)
            warm = statistics.median(_seconds_to_run(command, env) for _ in range(WARM_RUNS))
            rounds.append({"cold_s": round(cold, 3), "warm_s": round(warm, 4), "ratio": round(cold / warm, 1)})
            print(f"  rerun round {number + 1}/{RERUN_ROUNDS}: cold {cold:.2f}s, warm {warm:.3f}s, {cold / warm:.1f}x", flush=True)
    return {
        "rounds": rounds,
        "cold_s": statistics.median(r["cold_s"] for r in rounds),
        "warm_s": statistics.median(r["warm_s"] for r in rounds),
        "ratio": statistics.median(r["ratio"] for r in rounds),
    }


def main() -> None:
    warnings.filterwarnings("ignore")
    from transformers.utils import logging as hf_logging

    hf_logging.set_verbosity_error()
    hf_logging.disable_progress_bar()
    started = time.perf_counter()
    files = sorted((ROOT / "seeds").glob("*.txt"))
    pages = sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt"))
    corpus = corpus_from(files) + [line.split("\t", 1)[-1] for page in pages for line in page.read_text(encoding="utf-8").splitlines()]
    print("bench: building models of the real shapes (once, into bench/.models/)", flush=True)
    marian = build_marian_shape(MODELS / "opus-mt-ar-en-shape", corpus)
    mt5 = build_mt5_shape(MODELS / "mt5-xlsum-shape", corpus)
    import torch

    print(f"bench: translation, {SENTENCES} sentences in {ROUNDS} rounds, {torch.get_num_threads()} torch threads", flush=True)
    translation = bench_translation(marian)
    print(f"bench: summarization, {SUM_ROUNDS} rounds of {SUM_ARTICLES_PER_ROUND} articles", flush=True)
    summarizer = bench_summarizer(mt5)
    print("bench: loading both converted models in a fresh process", flush=True)
    load_s = bench_load(marian, mt5)
    print("bench: full run with both models (peak memory)", flush=True)
    full = bench_full_run(converted(marian, "translator"), converted(mt5, "summarizer"))
    full_transformers = bench_full_run(marian, mt5)
    print("bench: cached rerun against a cold run (tiny models)", flush=True)
    rerun = bench_rerun(corpus)
    result = {
        "machine": {
            "cpus": os.cpu_count(),
            "python": platform.python_version(),
            "torch": torch.__version__,
            "threads": torch.get_num_threads(),
        },
        "translation": translation,
        "summarizer": summarizer,
        "load_both_converted_s": round(load_s, 2),
        "full_run": full,
        "full_run_transformers": full_transformers,
        "rerun": rerun,
        "bench_wall_s": round(time.perf_counter() - started, 1),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"bench-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"bench: cached rerun {rerun['ratio']}x faster than cold ({rerun['cold_s']}s vs {rerun['warm_s']}s); result in {out}")
    print(
        f"bench: transformers default {translation['default_vs_naive']:.1f}x naive (same tokens {100 * translation['same_tokens']:.1f}%), "
        f"fast {translation['fast_vs_naive']:.1f}x; summarize {summarizer['default_vs_naive']:.1f}x; "
        f"peak RSS {full_transformers['peak_rss_gb']:.2f} GB"
    )
    print(
        f"bench: translate ct2 {translation['ct2_vs_naive']:.1f}x naive (same tokens {100 * translation['ct2_same_tokens']:.1f}%), "
        f"transformers {translation['default_vs_naive']:.1f}x naive, fast {translation['ct2_fast_vs_naive']:.1f}x naive; "
        f"summarize ct2 {summarizer['ct2_vs_naive']:.1f}x naive; load {load_s:.1f} s; peak RSS {full['peak_rss_gb']:.2f} GB"
    )


if __name__ == "__main__":
    main()
