"""The shape of the package: stages import downwards only, and the replay shortcut knows every option."""

from __future__ import annotations

import ast
from pathlib import Path

import click
from typer.main import get_command

from summarize.cli import app
from summarize.replay import NOT_REPLAYED, REPLAYED

PACKAGE = Path(__file__).resolve().parent.parent / "summarize"
# Lowest first. A module may import only modules of lower layers, lazily or not: the data model and
# helpers at the bottom, then infrastructure, the stages in pipeline order, and the command line on top.
LAYERS = [
    ["__init__", "display", "arabic", "html_text", "kv_cache", "matching", "dispatch"],
    ["errors", "clean_cues"],
    ["briefing"],
    ["config", "dates", "places"],
    ["memory", "modelstore"],
    ["seq2seq", "download"],
    ["ct2"],
    ["ingest"],
    ["clean"],
    ["repeated_lines"],
    ["segment"],
    ["checks"],
    ["translate", "provenance"],
    ["copies", "stories"],
    ["summarizer"],
    ["runners"],
    ["ray_runner"],
    ["facts"],
    ["merge"],
    ["render_html"],
    ["render"],
    ["output", "eval_clean", "eval_stories", "testing"],
    ["transfer"],
    ["pipeline"],
    ["briefing_memo"],
    ["replay"],
    ["cli"],
    ["entry"],
    ["__main__"],
]


def _imports(path: Path) -> set[str]:
    """The package modules `path` imports, at module level or inside functions."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.split(".")[0] == "summarize":
            parts = node.module.split(".")
            found |= {parts[1]} if len(parts) > 1 else {alias.name for alias in node.names if (PACKAGE / f"{alias.name}.py").exists()}
        elif isinstance(node, ast.Import):
            found |= {alias.name.split(".")[1] for alias in node.names if alias.name.startswith("summarize.")}
    return found - {path.stem}


def test_every_module_has_a_layer() -> None:
    placed = [name for layer in LAYERS for name in layer]
    assert sorted(placed) == sorted(p.stem for p in PACKAGE.glob("*.py"))


def test_modules_import_only_lower_layers() -> None:
    rank = {name: index for index, layer in enumerate(LAYERS) for name in layer}
    upward = [
        f"{path.stem} imports {imported}"
        for path in sorted(PACKAGE.glob("*.py"))
        for imported in sorted(_imports(path))
        if rank[imported] >= rank[path.stem]
    ]
    assert not upward


def test_render_imports_no_model_or_cache_module() -> None:
    import subprocess
    import sys

    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, summarize.render; print(' '.join(sorted(m for m in sys.modules if m.startswith('summarize'))))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert not {"summarize.memory", "summarize.modelstore", "summarize.seq2seq", "summarize.pipeline"} & set(loaded)
    assert "torch" not in loaded


def test_every_run_option_is_either_replayed_or_not() -> None:
    """The replay shortcut redoes a run from its recorded meaning: an option it does not know would be ignored."""
    run = get_command(app).commands["run"]  # type: ignore[attr-defined]
    # A flag's --no-X form only switches it off, which the recorded configuration holds: primary names count.
    options = {name for param in run.params if isinstance(param, click.Option) for name in param.opts}
    assert options - {"--help"} <= set(REPLAYED) | set(NOT_REPLAYED)
    assert set(REPLAYED) <= options
    assert not set(REPLAYED) & set(NOT_REPLAYED)
