"""vnie: facts from Vietnamese press articles, as tables.

The Python API (the `vnie` command line is `vnie.cli`):

    >>> import vnie
    >>> rows = vnie.extract(text, published="2020-10-01")   # {table: [row dict, ...]} for one text
    >>> con = vnie.connect("outputs")                       # DuckDB, one view per table of a run's folder
    >>> frames = vnie.read_tables("outputs")                # {table: pandas DataFrame}

Heavy modules load on first use, so `import vnie` stays quick.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnie.version import __version__

if TYPE_CHECKING:
    import duckdb
    import pandas as pd

__all__ = ["__version__", "connect", "extract", "read_tables"]


def extract(text: str, published: dt.datetime | dt.date | str | None = None) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows for one article text, as `vnie run` would write them.

    Args:
        text: the article text (normalised as `vnie run` does; offsets point
            into `result["articles"][0]["text"]`).
        published: publication date or time (datetime, date or a string such
            as `2024-08-08`); anchors relative dates. None: the text's dateline.

    Returns:
        `{table: [row, ...]}` for `articles`, `dates`, `officials`, `people`,
        `positions`, `provinces`, `regions`, `localities`, `models`, `numbers`,
        `quotes`: each row a dict of the table's columns (see `vnie schema`);
        an empty list where the text has none.

    Raises:
        TypeError: `text` is not a string.
        ValueError: `published` is not a readable date.

    See `vnie.api.extract` for the details.
    """
    from vnie.api import extract as _extract

    return _extract(text, published)


def connect(out: str | Path = "outputs", tables: Iterable[str] | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per output table.

    Args:
        out: the output folder of `vnie run`.
        tables: which tables to expose (default: all, plus derived views such
            as `article_province` and `articles_latest`, the latest version of
            each re-crawled article).

    Returns:
        The connection (`con.sql("SELECT ...").df()`); a table with no part
        file yet is an empty view with its columns.

    Raises:
        KeyError: a name in `tables` is not a table.

    See `vnie.views.query.connect`.
    """
    from vnie.views.query import TABLES, connect as _connect

    return _connect(out, TABLES if tables is None else tables)


def read_tables(out: str | Path = "outputs", tables: Iterable[str] | None = None) -> dict[str, pd.DataFrame]:
    """Every output table as a pandas frame, keyed by name.

    Args:
        out: the output folder of `vnie run`.
        tables: which tables to read (default: all).

    Returns:
        `{name: DataFrame}` with the dtypes of each table's schema; a table
        without parts is an empty, typed frame.

    Raises:
        KeyError: a name in `tables` is not a table.

    See `vnie.views.query.read_tables`.
    """
    from vnie.views.query import TABLES, read_tables as _read_tables

    return _read_tables(out, TABLES if tables is None else tables)
