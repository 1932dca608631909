"""The dates extractor: calendar references as EDTF values (ANNOTATION.md "dates").

`find.py` finds candidate spans with one compiled pattern; `interpret.py`
turns each into a `DateValue`. This module ties them together and supplies
the anchor for dates written without a year.
"""

from __future__ import annotations

import bisect
from collections import Counter
from typing import Any

from vnie.extractors.base import Candidate, DateValue, Found, Mention, NormalisedDoc
from vnie.extractors.dates.find import Finder, compile_finder, find_dateline_candidate, find_dates, sentence_bounds
from vnie.extractors.dates.interpret import (
    ANCHORING_RULES, YEARLESS_RULES, Anchor, NumberWords, anchor_year, interpret_date,
)


def candidates(doc: NormalisedDoc, finder: Finder) -> list[Candidate]:
    """The dateline (if any) and every candidate that does not overlap it."""
    dateline = find_dateline_candidate(doc.text)
    found = find_dates(doc.text, finder)
    if dateline is None:
        return found
    rest = [c for c in found if c.end <= dateline.start or c.start >= dateline.end]
    return [dateline, *rest]


def _sentence_years(text: str, found: list[Candidate]) -> list[int | None]:
    """For each candidate, the year of the nearest anchoring date in its sentence."""
    ends = sentence_bounds(text)
    anchors = [(c.start, anchor_year(c)) for c in found if c.rule in ANCHORING_RULES]
    years: list[int | None] = []
    for c in found:
        i = bisect.bisect_right(ends, c.start)
        lo = ends[i - 1] if i else 0
        hi = ends[i] if i < len(ends) else len(text)
        near = [(abs(pos - c.start), year) for pos, year in anchors if lo <= pos < hi]
        years.append(min(near)[1] if near else None)
    return years


def interpret_all(doc: NormalisedDoc, found: list[Candidate], words: NumberWords) -> list[DateValue | None]:
    """The value of each candidate (None where interpretation fails)."""
    published = doc.published.date() if doc.published else None
    if published is None and any(c.rule in YEARLESS_RULES for c in found):
        years = _sentence_years(doc.text, found)
    else:
        years = [None] * len(found)
    return [interpret_date(c, Anchor(published, y), words) for c, y in zip(found, years)]


def build():
    """Compile the date patterns and load number words once.

    Returns:
        `extract(doc, found) -> list[Mention[DateValue]]`.
    """
    finder = compile_finder()
    words = NumberWords.load()

    def extract(doc: NormalisedDoc, found: Found) -> list[Mention[Any]]:
        if not doc.text:
            return []
        cands = candidates(doc, finder)
        values = interpret_all(doc, cands, words)
        return [Mention.at(doc, c.start, c.end, c.rule, v) for c, v in zip(cands, values) if v is not None]

    return extract


def failures(doc: NormalisedDoc, finder: Finder, words: NumberWords) -> Counter[str]:
    """How many candidates of each rule could not be interpreted (for tuning)."""
    cands = candidates(doc, finder)
    return Counter(c.rule for c, v in zip(cands, interpret_all(doc, cands, words)) if v is None)
