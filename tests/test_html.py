"""The HTML briefing opened in a real headless Chromium: citations resolve, Arabic is laid out right-to-left,
nothing is fetched from the network. A screenshot is left in tests/artifacts/ (git-ignored)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from conftest import SEED_FILES
from typer.testing import CliRunner

from summarize.cli import app

pytestmark = pytest.mark.slow
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
CHROMIUM_FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():  # type: ignore[no-untyped-def]
    if CHROMIUM is None:
        if os.environ.get("CI"):
            pytest.fail("chromium is not installed (.ci/run installs it)")
        pytest.skip("chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS, headless=True)
        yield launched
        launched.close()


def _html_briefing(tiny_models: dict[str, Path], folder: Path, *extra: str) -> Path:
    out = folder / "briefing.html"
    result = CliRunner().invoke(
        app,
        [
            str(SEED_FILES[0].parent),
            "--mt-model",
            str(tiny_models["marian"]),
            "--summarizer",
            "extractive",
            "--format",
            "html",
            "-o",
            str(out),
            *extra,
        ],
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.mark.parametrize("lang", ["en", "ar"])
def test_html_in_headless_chromium(browser, tiny_models: dict[str, Path], tmp_path: Path, lang: str) -> None:  # type: ignore[no-untyped-def]
    page_file = _html_briefing(tiny_models, tmp_path, "--lang", lang)
    text = page_file.read_text(encoding="utf-8")
    assert "http://" not in text and "https://" not in text  # self-contained
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(page_file.as_uri())

    report = page.evaluate(
        """() => {
            const cites = [...document.querySelectorAll('a.cite')];
            const broken = cites.filter(a => !document.getElementById(a.getAttribute('href').slice(1))).map(a => a.href);
            const arabic = [...document.querySelectorAll('body [lang="ar"]')].filter(e => e.textContent.trim().length > 20);
            const misplaced = arabic.filter(e => {
                if (getComputedStyle(e).direction !== 'rtl') return true;
                const range = document.createRange();
                range.setStart(e.firstChild, 0); range.setEnd(e.firstChild, 1);
                const first = range.getBoundingClientRect(), box = e.getBoundingClientRect();
                return first.right < box.right - 0.25 * box.width;  // the first letter must sit at the right edge
            }).map(e => e.textContent.slice(0, 40));
            const english = [...document.querySelectorAll('body [lang="en"]')].filter(e => getComputedStyle(e).direction !== 'ltr');
            return {cites: cites.length, broken, arabic: arabic.length, misplaced, englishNotLtr: english.length};
        }"""
    )
    assert report["cites"] > 10 and report["broken"] == []
    assert report["arabic"] > 50 and report["misplaced"] == []
    assert report["englishNotLtr"] == 0

    first_cite = page.locator("a.cite").first
    target = first_cite.get_attribute("href")
    first_cite.click()
    assert page.evaluate("() => location.hash") == target
    assert page.locator(f"tr{target}").is_visible()
    assert all(url.startswith("file://") for url in requests), requests

    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"briefing-{lang}.png"), full_page=False)
    page.close()
