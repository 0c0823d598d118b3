"""Dates written in the articles (bylines, timestamps, text), for the briefing's date range."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from functools import cache

from summarize.arabic import longest_first, month_numbers, normalise_for_match, normalise_text

_NUMERIC = re.compile(r"\b(\d{4})[/.-](\d{1,2})[/.-](\d{1,2})\b|\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b")
EARLIEST_YEAR = 1990


@cache
def _day_month_year() -> re.Pattern[str]:
    """The pattern of a written date ("12 مايو 2024"), built on first use."""
    return re.compile(rf"\b(\d{{1,2}})\s+(?:من\s+)?({longest_first(month_numbers())})\s*(?:\([^)]*\)\s*)?[,،]?\s*(\d{{4}})\b")


def dates_in(text: str) -> list[dt.date]:
    """Full dates (day, month, year) written in `text`."""
    folded = " ".join(normalise_for_match(w) for w in normalise_text(text).split())
    found = []
    for day, month, year in _day_month_year().findall(folded):
        found.append((int(year), month_numbers()[month], int(day)))
    for y1, m1, d1, d2, m2, y2 in _NUMERIC.findall(folded):
        found.append((int(y1), int(m1), int(d1)) if y1 else (int(y2), int(m2), int(d2)))
    dates = []
    for year, month, day in found:
        try:
            date = dt.date(year, month, day)
        except ValueError:
            continue
        if date.year >= EARLIEST_YEAR:
            dates.append(date)
    return dates


def date_range(texts: Iterable[str]) -> tuple[str, str] | None:
    """The earliest and latest full date in `texts`, as ISO strings, or None."""
    dates = [date for text in texts for date in dates_in(text)]
    return (min(dates).isoformat(), max(dates).isoformat()) if dates else None


def date_span(dates: tuple[str, str]) -> str:
    """'2022-01-05', or '2022-01-05 to 2022-01-08'."""
    return dates[0] if dates[0] == dates[1] else f"{dates[0]} to {dates[1]}"
