"""Find date candidates: one compiled alternation of the rules in `dates.yaml`.

Finding interprets nothing: each match becomes a `Candidate` whose `rule` is
the rule that matched and whose `groups` are the named pieces (`d1`, `m1`,
`y1`, ...) that `interpret.py` reads.
"""

from __future__ import annotations

import regex

from extractors.base import Candidate
from extractors.metadata import find_dateline
from gazetteer.load import load_patterns

# Order matters where two rules match at the same position: the first wins, so
# ranges come before their parts and full dates before day-months.
RULES: tuple[str, ...] = (
    "range_dmy", "range_dm", "range_month", "range_year", "since", "until",
    "dmy", "dmy_words", "quarter", "month_year", "dm", "dm_listed", "day_listed",
    "month", "birth_year", "year",
)
# A dateline sits within the first few lines (extractors/metadata.py looks at 4
# non-empty lines); only this head of the text is handed to it.
DATELINE_HEAD_LINES = 8

# Sentence ends: a full stop, question or exclamation mark before a space, or a
# line break. Used for the same-sentence year rule (GUIDELINES.md).
SENTENCE_END = regex.compile(r"[.!?…]+(?=\s)|\n")


def compile_finder() -> regex.Pattern[str]:
    """The one pattern holding every rule, each as a named group `r_<rule>`.

    Raises:
        DataError: if `dates.yaml` is malformed.
    """
    fragments = load_patterns("dates.yaml")
    branches = [f"(?P<r_{rule}>{fragments['rule_' + rule]})" for rule in RULES]
    return regex.compile("|".join(branches), regex.V0)


def find_dates(text: str, finder: regex.Pattern[str]) -> list[Candidate]:
    """Non-overlapping date candidates in `text`, left to right.

    Args:
        text: the normalised article text.
        finder: the pattern from `compile_finder`.

    Returns:
        Candidates with rule ids `dates.<rule>`; `[]` when there are none.
    """
    found: list[Candidate] = []
    for match in finder.finditer(text):
        rule = next(rule for rule in RULES if match.start(f"r_{rule}") >= 0)
        groups = {k: v for k, v in match.groupdict().items() if v is not None and not k.startswith("r_")}
        found.append(Candidate(match.start(), match.end(), f"dates.{rule}", groups))
    return found


def find_dateline_candidate(text: str) -> Candidate | None:
    """The dateline near the top of `text` ("Thứ Năm, 08/08/2024, 11:43"), or None."""
    head_end = -1
    for _ in range(DATELINE_HEAD_LINES):
        head_end = text.find("\n", head_end + 1)
        if head_end < 0:
            head_end = len(text)
            break
    hit = find_dateline(text[:head_end])
    if hit is None:
        return None
    start, end, when = hit
    return Candidate(start, end, "dates.dateline", {"y1": str(when.year), "m1": str(when.month), "d1": str(when.day)})


def sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences end (sorted), for `bisect` lookups."""
    return [m.end() for m in SENTENCE_END.finditer(text)]
