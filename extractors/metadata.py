"""Article metadata found in the normalised text: headline, dateline, byline, URL.

Used when the input record does not carry the field itself.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass

import regex

from vnie.gazetteer.load import load_patterns

# A headline is a short first line; calibrated on the seeds and 200 bench
# articles (longest real headline seen: 160 characters).
TITLE_MAX_CHARS = 200
TITLE_MIN_WORDS = 3
# Datelines and bylines sit within the first and last few lines.
DATELINE_FIRST_LINES = 4
BYLINE_LAST_LINES = 3
# A byline run into the last paragraph sits in its last characters (longest
# seen on the bench: "Theo Thế Kha - Tuấn Hợp/Dân Trí", 32 characters).
BYLINE_TAIL_CHARS = 120


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None
    published: dt.datetime | None
    authors: tuple[str, ...]
    url: str | None


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    p = load_patterns("metadata.yaml")
    keys = ("dateline", "byline_line", "byline_trailing", "author", "not_a_name", "url_line")
    return {k: regex.compile(p[k]) for k in keys}


def _lines(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def find_dateline(text: str) -> tuple[int, int, dt.datetime] | None:
    """The dateline near the top of `text`: its span and the datetime it gives."""
    pattern = _patterns()["dateline"]
    offset = 0
    seen = 0
    for line in text.split("\n"):
        if line.strip():
            seen += 1
            match = pattern.fullmatch(line.strip().rstrip("."))
            if match:
                lead = len(line) - len(line.lstrip())
                when = _datetime(match)
                if when is not None:
                    return offset + lead, offset + lead + len(line.strip().rstrip(".")), when
            if seen >= DATELINE_FIRST_LINES:
                break
        offset += len(line) + 1
    return None


def _datetime(match: regex.Match[str]) -> dt.datetime | None:
    try:
        return dt.datetime(
            int(match["year"]), int(match["month"]), int(match["day"]),
            int(match["hour"] or 0), int(match["minute"] or 0),
        )
    except ValueError:
        return None


def find_title(text: str) -> str | None:
    """The first line when it reads as a headline (short, no final stop, not a dateline)."""
    lines = _lines(text)
    if not lines:
        return None
    first = lines[0].strip()
    if (
        len(first) > TITLE_MAX_CHARS
        or len(first.split()) < TITLE_MIN_WORDS
        or first[-1] in ".!?;:,…"
        or _patterns()["dateline"].fullmatch(first)
        or len(lines) == 1
    ):
        return None
    return first


def find_authors(text: str) -> tuple[str, ...]:
    """Byline names from the end of the text (`Quỳnh Vinh - Phạm Tâm` gives two).

    The byline is the last line (URL lines aside), or the tail of the last
    paragraph after its final sentence (`... bạn đọc. Đăng Hậu`).
    """
    tail = [line.strip() for line in _lines(text)[-BYLINE_LAST_LINES:]]
    tail = [line for line in tail if not _patterns()["url_line"].fullmatch(line)]
    if not tail:
        return ()
    last = tail[-1]
    if last.startswith("Theo ") and len(tail) > 1 and _patterns()["byline_line"].fullmatch(tail[-2]):
        last = tail[-2]  # "Trang Phạm / Theo Science Alert": the reporter, not the source
    match = _patterns()["byline_line"].fullmatch(last) or _patterns()["byline_trailing"].search(
        last, pos=max(0, len(last) - BYLINE_TAIL_CHARS)
    )
    if not match:
        return ()
    # Roles and credits go before names are read: "/VOV-Miền Trung" is no author.
    names = _patterns()["not_a_name"].sub(" | ", match["names"])
    return tuple(m.group() for m in _patterns()["author"].finditer(names))


def find_url(text: str) -> str | None:
    """A URL standing alone on one of the last lines."""
    for line in _lines(text)[-BYLINE_LAST_LINES:]:
        if _patterns()["url_line"].fullmatch(line.strip()):
            return line.strip()
    return None


def extract_metadata(text: str) -> Metadata:
    """Headline, dateline time, byline authors and URL of a normalised article."""
    dateline = find_dateline(text)
    return Metadata(
        title=find_title(text),
        published=dateline[2] if dateline else None,
        authors=find_authors(text),
        url=find_url(text),
    )
