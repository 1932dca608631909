"""Compare two output folders table by table: are the rows the same?

A speed change must leave every table identical. Run the pipeline at the old
and the new code into two folders, then compare them:

    zcat ../shared/bench/news-real.jsonl.gz | head -5000 > /tmp/bench5000.jsonl
    .venv/bin/vnie run /tmp/bench5000.jsonl --out /tmp/before -q   # at the old code
    .venv/bin/vnie run /tmp/bench5000.jsonl --out /tmp/after -q    # at the new code
    .venv/bin/python scripts/compare_outputs.py /tmp/before /tmp/after

Rows are compared as sorted multisets, so a change in row order alone is not
a difference. Columns that differ between any two runs (`run_id`, times of
the run, `pipeline_version`) are left out, and the `runs` table is skipped.
Prints one line per table ("identical" or the counts of rows only in one
folder, with a few examples) and exits 1 when any table differs.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pyarrow.dataset as ds

# Columns that change from run to run whatever the code does.
RUN_COLUMNS = {"run_id", "pipeline_version", "started_at", "finished_at"}
SKIP_TABLES = {"runs"}
EXAMPLES = 5  # rows shown per side of a differing table


def _hashable(value: Any) -> Any:
    """A cell as something a Counter can hold (lists to tuples, dicts to sorted tuples)."""
    if isinstance(value, list):
        return tuple(_hashable(v) for v in value)
    if isinstance(value, dict):
        return tuple(sorted((k, _hashable(v)) for k, v in value.items()))
    return value


def read_rows(folder: Path, table: str) -> tuple[list[str], Counter[tuple[Any, ...]]]:
    """The column names (run columns left out) and the rows of one table, as a multiset."""
    dataset = ds.dataset(folder / table, format="parquet")
    columns = [name for name in dataset.schema.names if name not in RUN_COLUMNS]
    rows: Counter[tuple[Any, ...]] = Counter()
    for batch in dataset.to_batches(columns=columns):
        for row in zip(*(batch.column(i).to_pylist() for i in range(len(columns)))):
            rows[tuple(_hashable(v) for v in row)] += 1
    return columns, rows


def _sort_key(row: tuple[Any, ...]) -> tuple[str, ...]:
    return tuple(repr(v) for v in row)


def compare_table(before: Path, after: Path, table: str) -> tuple[bool, list[str]]:
    """Whether `table` is the same in both folders, and lines saying so (with examples of differing rows)."""
    cols_b, rows_b = read_rows(before, table)
    cols_a, rows_a = read_rows(after, table)
    if cols_b != cols_a:
        return False, [f"{table}: columns differ: {cols_b} vs {cols_a}"]
    only_b, only_a = rows_b - rows_a, rows_a - rows_b
    if not only_b and not only_a:
        return True, [f"{table}: identical ({sum(rows_a.values()):,} rows)"]
    lines = [f"{table}: {sum(only_b.values())} rows only before, {sum(only_a.values())} only after"]
    for label, rows in (("-", only_b), ("+", only_a)):
        for row in sorted(rows, key=_sort_key)[:EXAMPLES]:
            lines.append(f"  {label} {dict(zip(cols_b, row))}")
    return False, lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    tables_b = {p.name for p in args.before.iterdir() if p.is_dir() and not p.name.startswith("_")}
    tables_a = {p.name for p in args.after.iterdir() if p.is_dir() and not p.name.startswith("_")}
    differs = False
    for table in sorted((tables_b | tables_a) - SKIP_TABLES):
        if table not in tables_b or table not in tables_a:
            print(f"{table}: only in {'before' if table in tables_b else 'after'}")
            differs = True
            continue
        same, lines = compare_table(args.before, args.after, table)
        print("\n".join(lines))
        differs = differs or not same
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
