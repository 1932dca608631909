"""`vnie query`, and the Python way in: the output tables as DuckDB views or pandas frames.

    >>> import vnie
    >>> con = vnie.connect("outputs")          # one view per table
    >>> con.sql("SELECT name, titles FROM officials").df()
    >>> frames = vnie.read_tables("outputs")   # {"articles": DataFrame, ...}

A table with no part file yet (a fresh folder, or an extractor that has not
found anything) is still there, empty and typed, so queries and notebooks
never fail on a missing table.
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import decimal
import json
import math
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import duckdb
import numpy as np
import pandas as pd

from vnie.errors import FAILED, UsageError
from vnie.run.tables import SCHEMAS, TABLES, TZ

# `vnie query` prints at most this many rows as a table; --csv / --json print all.
MAX_TABLE_ROWS = 200
# A cell longer than this is cut in the terminal table (article texts are long).
MAX_CELL_CHARS = 120
# Significant digits of a float on screen (the integer part is never rounded).
SIGNIFICANT_DIGITS = 6
# Width of the table when stdout is not a terminal (rich would assume 80 and fold).
PIPE_WIDTH = 200

EXIT_QUERY_ERROR = FAILED

# Derived views created next to the tables, for the questions analysts ask first.
DERIVED_VIEWS: dict[str, str] = {
    # The 2025 province an article is mostly about: the one it mentions most
    # (ties: the one mentioned first). Numbers and models carry no province of
    # their own, so this is how they are counted per province.
    "article_province": """
        SELECT article_id, province_2025, n_mentions
        FROM (
            SELECT article_id, province_2025, count(*) AS n_mentions,
                   row_number() OVER (PARTITION BY article_id
                                      ORDER BY count(*) DESC, min(start)) AS rank_in_article
            FROM provinces
            GROUP BY article_id, province_2025
        )
        WHERE rank_in_article = 1
    """,
}


def part_files(out: Path | str, table: str) -> list[Path]:
    """The published part files of `table` under `out`, oldest run first."""
    return sorted((Path(out) / table).glob("*.parquet"))


def _sql_string(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def connect(out: Path | str = "outputs", tables: Iterable[str] = TABLES) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per output table.

    Each view reads every part file of its table (`union_by_name`, so parts
    written before a column was added still read). A table without parts is an
    empty view with the table's columns. `article_province` is a derived view:
    each article's most-mentioned 2025 province; `articles_latest` is `articles`
    with only the latest version of a re-crawled article (same url or record id).

    Args:
        out: the output folder of `vnie run`.
        tables: which tables to expose (default: all).

    Returns:
        The connection; close it when done (or let it be collected).

    Raises:
        KeyError: if a name in `tables` is not a table.
    """
    con = duckdb.connect()
    con.execute(f"SET TimeZone = {_sql_string(TZ)}")  # show timestamps in the tables' zone
    names = list(tables)
    for name in names:
        schema = SCHEMAS[name]
        parts = part_files(out, name)
        if parts:
            files = ", ".join(_sql_string(str(p.resolve())) for p in parts)
            con.execute(f'CREATE VIEW "{name}" AS SELECT * FROM read_parquet([{files}], union_by_name = true)')
        else:
            con.register(name, schema.empty_table())
    if "provinces" in names:
        for name, sql in DERIVED_VIEWS.items():
            con.execute(f'CREATE VIEW "{name}" AS {sql}')
    if "articles" in names:
        con.execute(f'CREATE VIEW articles_latest AS {_latest_articles_sql(con)}')
    return con


def _latest_articles_sql(con: duckdb.DuckDBPyConnection) -> str:
    """`articles` without the rows a later version supersedes (tables older than versions have none)."""
    columns = {row[0] for row in con.execute("DESCRIBE articles").fetchall()}
    if "supersedes" not in columns:
        return "SELECT * FROM articles"
    return ("SELECT * FROM articles a WHERE NOT EXISTS "
            "(SELECT 1 FROM articles b WHERE b.supersedes = a.article_id)")


def read_table(out: Path | str, name: str, columns: list[str] | None = None) -> pd.DataFrame:
    """One table (or only `columns` of it) as a pandas frame, with the dtypes of its schema.

    Strings come out as `str`, dictionary columns as `category`, lists as
    object columns of arrays, timestamps as `datetime64[us, Asia/Ho_Chi_Minh]`
    and date32 columns as `datetime.date` objects (pandas has no date dtype).

    Raises:
        KeyError: if `name` is not a table.
    """
    schema = SCHEMAS[name]
    if not part_files(out, name):
        empty = schema.empty_table()
        return (empty.select(columns) if columns else empty).to_pandas()
    # The schema makes parts that predate a new column read with nulls there.
    return pd.read_parquet(Path(out) / name, schema=schema, columns=columns)


def read_tables(out: Path | str = "outputs", tables: Iterable[str] = TABLES) -> dict[str, pd.DataFrame]:
    """Every output table as a pandas frame, keyed by table name.

    Args:
        out: the output folder of `vnie run`.
        tables: which tables to read (default: all).

    Returns:
        `{name: DataFrame}`; a table without parts is an empty, typed frame.
    """
    return {name: read_table(out, name) for name in tables}


# --- printing -----------------------------------------------------------------


def _plain(value: Any) -> Any:
    """A JSON-friendly version of a DuckDB value."""
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        return value.isoformat()
    if isinstance(value, dt.timedelta):
        return str(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return value.hex()
    return value


def format_number(value: float | decimal.Decimal, exact: bool = False) -> str:
    """A number in plain digits, never with an exponent (`9499550000000000`, not `9.49955e+15`).

    On screen (`exact` False) a float keeps its whole integer part and at least
    `SIGNIFICANT_DIGITS` significant digits (`1234.5678` -> `1234.57`); `exact`
    gives the shortest digits that read back as the same float (for CSV).
    """
    if isinstance(value, decimal.Decimal):
        return f"{value:f}"
    if not math.isfinite(value):
        return str(value)
    if exact:
        return np.format_float_positional(value, unique=True, trim="-")
    digits = len(str(int(abs(value)))) if abs(value) >= 1 else 0
    return np.format_float_positional(value, precision=max(SIGNIFICANT_DIGITS, digits), unique=True,
                                      fractional=False, trim="-")


def format_cell(value: Any, limit: int | None = MAX_CELL_CHARS) -> str:
    """A value as terminal text: lists joined by ' | ', numbers in plain digits, None as ''."""
    if value is None:
        return ""
    if isinstance(value, (float, decimal.Decimal)):
        return format_number(value)
    if isinstance(value, (list, tuple)):
        text = " | ".join(format_cell(v, None) for v in value)
    elif isinstance(value, dict):
        text = json.dumps(_plain(value), ensure_ascii=False)
    elif isinstance(value, dt.datetime):
        # On screen, seconds are enough; CSV (no limit) keeps the full precision.
        text = value.isoformat(sep=" ", timespec="seconds" if limit is not None else "auto")
    elif isinstance(value, dt.date):
        text = value.isoformat()
    else:
        text = str(value)
    text = text.replace("\n", " ")
    if limit is not None and len(text) > limit:
        text = text[: limit - 1] + "…"
    return text


def csv_cell(value: Any) -> str:
    """A value as a CSV field: lists and maps as JSON, exact numbers, None as '', text unchanged."""
    if value is None:
        return ""
    if isinstance(value, (float, decimal.Decimal)):
        return format_number(value, exact=True)
    if isinstance(value, (list, tuple, dict)):
        return json.dumps(_plain(value), ensure_ascii=False)
    if isinstance(value, str):
        return value
    return format_cell(value, None)


def print_rich(columns: Sequence[str], types: Sequence[str], rows: Sequence[tuple], file=None) -> None:
    """Rows as a rich table, right-aligning numbers; long results are cut."""
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    file = file or sys.stdout
    console = Console(file=file, soft_wrap=False, width=None if file.isatty() else PIPE_WIDTH)
    table = Table(show_lines=False, header_style="bold")
    numeric = ("INTEGER", "BIGINT", "SMALLINT", "TINYINT", "HUGEINT", "DOUBLE", "FLOAT", "DECIMAL", "UBIGINT")
    for name, type_ in zip(columns, types):
        right = str(type_).upper().startswith(numeric)
        table.add_column(Text(name), justify="right" if right else "left", overflow="fold")
    for row in rows[:MAX_TABLE_ROWS]:
        # Text: cells may hold [brackets]; NULL set apart from an empty string.
        table.add_row(*(Text("NULL", style="dim") if v is None else Text(format_cell(v)) for v in row))
    console.print(table)
    more = len(rows) - MAX_TABLE_ROWS
    tail = f" ({more} not shown; use --csv or --json for all)" if more > 0 else ""
    console.print(f"{len(rows)} row{'s' if len(rows) != 1 else ''}{tail}", style="dim")


def print_csv(columns: Sequence[str], rows: Sequence[tuple], file=None) -> None:
    """Rows as CSV with a header; lists as JSON arrays, NULL as an empty field."""
    writer = csv.writer(file or sys.stdout, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(v) for v in row])


def print_json(columns: Sequence[str], rows: Sequence[tuple], file=None) -> None:
    """Rows as JSON Lines: one object per row (UTF-8, lists as arrays, NULL as null)."""
    file = file or sys.stdout
    for row in rows:
        file.write(json.dumps({c: _plain(v) for c, v in zip(columns, row)}, ensure_ascii=False) + "\n")


def run_query(out: Path | str, sql: str) -> tuple[list[str], list[str], list[tuple]]:
    """Run `sql` over the tables in `out`.

    Returns:
        Column names, DuckDB type names and rows (empty for statements without a result).

    Raises:
        duckdb.Error: on a bad query.
    """
    con = connect(out)
    try:
        rel = con.sql(sql)
        if rel is None:
            return [], [], []
        return list(rel.columns), [str(t) for t in rel.types], rel.fetchall()
    finally:
        con.close()


def cmd_query(args: argparse.Namespace) -> int:
    """`vnie query SQL [--out DIR] [--csv | --json]`."""
    out = Path(args.out)
    if not (out / "articles").is_dir():
        raise UsageError(f"no tables in {out}; run `vnie run --out {out}` first")
    try:
        columns, types, rows = run_query(out, args.sql)
    except duckdb.Error as exc:
        views = ", ".join([*TABLES, *DERIVED_VIEWS, "articles_latest"])
        print(f"vnie query: {exc}\n(views: {views}; `vnie schema` lists the columns)", file=sys.stderr)
        return EXIT_QUERY_ERROR
    if not columns:
        return 0
    if args.csv:
        print_csv(columns, rows)
    elif args.json:
        print_json(columns, rows)
    else:
        print_rich(columns, types, rows)
    return 0

