"""Report periods: the months a report covers ("Lũy kế 6 tháng", "Trong 11 tháng qua", "GDP 9 tháng ước đạt").

The dates extractor reads them as that year's period (GUIDELINES.md round 13) and the numbers extractor
drops them as counts; both ask this module, which searches `periods.yaml` `year_period` once per text.
"""

from __future__ import annotations

import datetime as dt
import functools

import regex

from vnie.gazetteer.load import load_patterns

# How far before and after " tháng" a report period may reach ("Tính chung mười một tháng", "tháng 12 năm 2018"): the
# pattern has no literal to skip by, so it is searched around each " tháng" only.
REPORT_REACH = 30
REPORT_AFTER = 24


@functools.cache
def _year_period() -> regex.Pattern[str]:
    return regex.compile(load_patterns("periods.yaml")["year_period"])


@functools.lru_cache(maxsize=8)  # the dates and the numbers extractors ask for the same text
def find_year_periods(text: str) -> tuple[tuple[int, int], ...]:
    """Spans of `year_period` in text order.

    Args:
        text: the normalised article text.

    Returns:
        (start, end) of each report period ("Lũy kế 6 tháng", "Trong 11 tháng qua") and of each day before a month
        ("13,14 tháng 12", which the pattern also matches: a date's part, no count); `()` when there is none.
    """
    pattern = _year_period()
    spans: set[tuple[int, int]] = set()
    i = text.find(" tháng")
    while i >= 0:
        for m in pattern.finditer(text, max(0, i - REPORT_REACH), i + REPORT_AFTER):
            spans.add(m.span())
        i = text.find(" tháng", i + 1)
    return tuple(sorted(spans))


@functools.cache
def _looks_back() -> tuple[regex.Pattern[str], regex.Pattern[str]]:
    """periods.yaml `looks_back` ("N tháng qua", "N tháng vừa qua") and `period_count` (the N of a period)."""
    patterns = load_patterns("periods.yaml")
    return regex.compile(patterns["looks_back"]), regex.compile(patterns["period_count"])


def looks_back(text: str, end: int) -> bool:
    """Whether the period ending at `end` is followed by "qua" ("Trong 5 tháng qua"): months already past."""
    return _looks_back()[0].match(text, end) is not None


def report_periods(text: str, published: dt.datetime | None) -> tuple[tuple[int, int], ...]:
    """`find_year_periods` less the periods that look back over more months than the publication's year has had
    ("trong 10 tháng qua" in an article of 31 August 2025, blind s27-d-014): the last N months, a duration and so a
    number, not January to month N (review 20 item 7).

    Args:
        text: the normalised article text.
        published: the publication datetime, or None (then every period stays).
    """
    spans = find_year_periods(text)
    if published is None:
        return spans
    return tuple(s for s in spans if not _beyond(text, s, published.month))


def _beyond(text: str, span: tuple[int, int], month: int) -> bool:
    start, end = span
    if not looks_back(text, end):
        return False
    count = _looks_back()[1].search(text, start, end)
    if count is None:
        return False
    n = int(count["n"]) if count["n"].isdigit() else _words().parse(count["n"])
    return n is not None and n > month


@functools.cache
def _words():
    from vnie.extractors.dates.interpret import NumberWords
    return NumberWords.load()
