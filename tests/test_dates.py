"""Dates for the briefing's date range: Arabic (Egyptian, Levantine, Maghrebi month names), English, numeric."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from summarize.dates import date_range, dates_in


@pytest.mark.parametrize(
    ("text", "dates"),
    [
        ("الأحد، 16 يناير 2022 11:30 ص", [dt.date(2022, 1, 16)]),
        ("الثلاثاء 18 كانون الثاني 2022", [dt.date(2022, 1, 18)]),
        ("الأربعاء ١٢ جانفي ٢٠٢٢", [dt.date(2022, 1, 12)]),
        ("نشر في 3 أغسطس، 2021", [dt.date(2021, 8, 3)]),
        ("Published 14 January 2022", [dt.date(2022, 1, 14)]),
        ("2022/1/20", [dt.date(2022, 1, 20)]),
        ("31-12-2021", [dt.date(2021, 12, 31)]),
        ("السادس من يناير (كانون الثاني)", []),  # no year: not a full date
        ("99/99/2022", []),
        ("أرسلت 150 جنديا و8 مركبات", []),
    ],
)
def test_dates_in(text: str, dates: list[dt.date]) -> None:
    assert dates_in(text) == dates


def test_date_range() -> None:
    assert date_range(["2022/1/20", "نص", "الأحد، 16 يناير 2022"]) == ("2022-01-16", "2022-01-20")
    assert date_range(["لا تاريخ هنا"]) is None


def test_briefing_shows_date_range(tiny_models: dict[str, Path], tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from summarize.cli import app

    body = "أعلنت الحكومة خطة لخفض الدين العام خلال ثلاث سنوات.\nوقال الوزير إن الخطة تستهدف زيادة الصادرات.\n"
    (tmp_path / "a.txt").write_text("الأحد، 16 يناير 2022 11:30 ص\n" + body, encoding="utf-8")
    (tmp_path / "b.txt").write_text("2022/1/20\n" + body.replace("الحكومة", "الوزارة"), encoding="utf-8")
    args = [str(tmp_path), "--mt-model", str(tiny_models["marian"]), "--summarizer", "extractive"]
    markdown = CliRunner().invoke(app, args)
    assert "Dates in the sources: 2022-01-16 to 2022-01-20" in markdown.stdout
    data = json.loads(CliRunner().invoke(app, [*args, "--format", "json"]).stdout)
    assert data["date_range"] == {"from": "2022-01-16", "to": "2022-01-20"}
