"""`vnie.extract`: every table's rows for one text, without files or folders.

The same code path as `vnie run` (normalise, metadata, every extractor, the
rows of `vnie.run.tables`), so a text gives here the rows a run would write.
"""

from __future__ import annotations

import datetime as dt
import functools
from typing import Any

from vnie.extractors.metadata import read_datetime
from vnie.extractors.registry import Extraction
from vnie.run.read import RawArticle
from vnie.run.stages import build_extraction, process_article
from vnie.run.tables import TABLES, to_table

# Tables `extract` fills: those one article has rows in. `persons` links people
# across every article of an output folder, `rejects` and `runs` describe runs.
ARTICLE_TABLES: tuple[str, ...] = tuple(t for t in TABLES if t not in ("persons", "rejects", "runs"))
# The `run_id` of rows made by `extract` (no run wrote them).
RUN_ID = "extract"
SOURCE = "<text>"


@functools.cache
def _extraction() -> Extraction:
    """Every stage, built once per process (the gazetteer loads in ~0.5 s)."""
    return build_extraction()


def _published(value: dt.datetime | dt.date | str | int | float | None) -> dt.datetime | None:
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day)
    try:
        return read_datetime(value)
    except ValueError as exc:
        raise ValueError(f"published: {exc}") from None


def extract(text: str, published: dt.datetime | dt.date | str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one article text.

    Args:
        text: the article (headline, body, and any dateline or byline lines),
            in any Unicode form; it is normalised as `vnie run` does, and every
            span's `start`/`end` points into `result["articles"][0]["text"]`.
        published: the publication date or time, as a datetime (naive means
            Vietnam time), a date, or a string in the forms `vnie run` reads
            (`2024-08-08`, `08/08/2024 10:30`, `20240808`, ISO 8601). It
            anchors relative dates ("hôm qua", "ngày 5/8"); when None, the
            text's own dateline is used if it has one.

    Returns:
        `{table: [row, ...]}` for every table an article has rows in (`articles`,
        `dates`, `officials`, `people`, `positions`, `provinces`, ...; `vnie
        schema` describes them). Each row is a dict of exactly the table's
        columns, in order, with the types the Parquet files hold (timestamps
        as aware datetimes, date32 as `datetime.date`, lists as lists). A
        table without rows is an empty list; a blank text gives every table
        empty. `persons`, `rejects` and `runs` are not included: they describe
        an output folder and its runs. `run_id` is "extract".

    Raises:
        TypeError: `text` is not a string.
        ValueError: `published` is not a readable date.
        vnie.extractors.registry.StageError: an extractor failed (a bug; please report it).
    """
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    when = _published(published)
    tables: dict[str, list[dict[str, Any]]] = {name: [] for name in ARTICLE_TABLES}
    if not text.strip():
        return tables
    done = process_article(RawArticle(SOURCE, text, published=when), _extraction(), RUN_ID)
    for name, rows in done.rows.items():
        tables[name] = to_table(name, rows).to_pylist()
    return tables
