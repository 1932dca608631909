"""Report periods: the months a report covers ("Lũy kế 6 tháng", "Trong 11 tháng qua", "GDP 9 tháng ước đạt").

The dates extractor reads them as that year's period (GUIDELINES.md round 13) and the numbers extractor
drops them as counts; both ask this module, which searches `periods.yaml` `year_period` once per text.
"""

from __future__ import annotations

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
