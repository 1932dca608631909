"""`vnie compact`: each table's part files merged into one, atomically.

A year of nightly runs is 365 parts per table; readers open every one. Merging
does not change what any table holds, so a reader must see either the old
parts or the merged one, never both or neither:

- Under the output folder's lock, after finishing any interrupted run, each
  table with two or more parts is merged into `DIR/_staging/compact-<id>/<table>/`
  (row groups of `row_group_rows`, memory bounded whatever the table's size),
  fsynced, then swapped with `DIR/<table>` in one atomic step (Linux
  `renameat2(RENAME_EXCHANGE)`); the old parts are deleted afterwards. A kill
  at any moment leaves every table whole; what remains in `_staging` has no
  `COMMITTED` marker, so the next run or compaction just deletes it.
- Where the swap is not available, the merged parts are published like a
  run's: staged, `REPLACES` listing the old parts, the `COMMITTED` marker,
  then moved into place and the old parts deleted. A kill between the two
  leaves both until the next run or compaction rolls it forward.

Parts written before a column existed are read with nulls there (and
`articles.published_date` computed from `published`), so the merged part has
today's schema.
"""

from __future__ import annotations

import ctypes
import os
import shutil
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from vnie.errors import VnieError
from vnie.run.tables import PART_TABLES, SCHEMAS, TZ
from vnie.run.write import STAGING, OutputLock, RunWriter, _fsync, new_run_id, recover

# renameat2 flag: exchange the two paths atomically.
RENAME_EXCHANGE = 2
AT_FDCWD = -100


@dataclass(frozen=True, slots=True)
class Compacted:
    """One table merged: how many parts it had and how many rows it holds."""

    table: str
    parts: int
    rows: int


class CompactError(VnieError, RuntimeError):
    """A table cannot be merged without losing data (a column this version does not know)."""


def compact(out: Path, lock_timeout: float = 0.0, row_group_rows: int = 50_000,
            atomic_swap: bool = True) -> list[Compacted]:
    """Merge each table's parts under `out` into one part.

    Args:
        out: the output folder of `vnie run`.
        lock_timeout: seconds to wait for a run holding the folder.
        row_group_rows: rows per row group of the merged parts.
        atomic_swap: swap each table folder in one step when the system can
            (False: always publish like a run; for tests of that path).

    Returns:
        The tables merged (tables with fewer than two parts are left alone).

    Raises:
        LockedError: another run holds `out`.
        CompactError: a part has a column this version does not know.
    """
    done: list[Compacted] = []
    with OutputLock(out, lock_timeout):
        recover(out)
        cid = new_run_id()
        tables = {t: sorted((out / t).glob("part-*.parquet")) for t in PART_TABLES}  # persons is one file
        tables = {t: parts for t, parts in tables.items() if len(parts) > 1}
        for table, parts in tables.items():
            _check_columns(table, parts)
        if atomic_swap and _can_exchange(out):
            for table, parts in tables.items():
                done.append(_swap_in(out, table, parts, cid, row_group_rows))
            shutil.rmtree(out / STAGING / cid, ignore_errors=True)
        else:
            done = _publish_like_a_run(out, tables, cid, row_group_rows)
        _remove_if_empty(out / STAGING)
    return done


def _check_columns(table: str, parts: list[Path]) -> None:
    folders = [p for p in parts[0].parent.iterdir() if p.is_dir()]
    if folders:
        raise CompactError(f"{parts[0].parent} holds folder(s) {[f.name for f in folders]}; move them out first")
    known = set(SCHEMAS[table].names)
    for part in parts:
        extra = sorted(set(pq.read_schema(part).names) - known)
        if extra:
            raise CompactError(f"{part} has column(s) {extra} that this vnie version does not know; "
                               f"compact with the version that wrote it")


def conformed_batches(table: str, parts: list[Path]) -> Iterator[pa.Table]:
    """The rows of `parts`, in order, one record batch at a time, with the schema of `table`."""
    schema = SCHEMAS[table]
    for part in parts:
        for batch in pq.ParquetFile(part).iter_batches(batch_size=8192):
            yield _conform(table, pa.Table.from_batches([batch]), schema)


def _conform(table: str, data: pa.Table, schema: pa.Schema) -> pa.Table:
    columns = []
    for field in schema:
        if field.name in data.column_names:
            columns.append(data[field.name].cast(field.type))
        elif table == "articles" and field.name == "published_date" and "published" in data.column_names:
            local = pc.local_timestamp(data["published"].cast(pa.timestamp("us", tz=TZ)))
            columns.append(local.cast(pa.date32()))
        else:
            columns.append(pa.nulls(data.num_rows, field.type))
    return pa.Table.from_arrays(columns, schema=schema)


def _merge(table: str, parts: list[Path], writer: RunWriter) -> int:
    rows = 0
    for data in conformed_batches(table, parts):
        writer.add_table(table, data)
        rows += data.num_rows
    return rows


def _swap_in(out: Path, table: str, parts: list[Path], cid: str, row_group_rows: int) -> Compacted:
    """Merge one table into a new folder, swap it with the table's folder, delete the old parts.

    The new folder is staged as an uncommitted run (`DIR/_staging/<cid>/<table>/`),
    so whatever a kill leaves there, before or after the swap, is deleted by
    the next `recover`.
    """
    writer = RunWriter(out, cid, row_group_rows, schema_parts=False)
    try:
        rows = _merge(table, parts, writer)
        writer.close_table(table)
    except BaseException:
        writer.abort()
        raise
    fresh = writer.run_dir / table
    for extra in (out / table).iterdir():  # any other file stays in the folder
        if extra not in parts and extra.is_file() and not (fresh / extra.name).exists():
            os.link(extra, fresh / extra.name)
    _fsync(fresh)
    _exchange(fresh, out / table)
    _fsync(out)
    shutil.rmtree(fresh)  # it now holds the old parts
    return Compacted(table, len(parts), rows)


def _publish_like_a_run(out: Path, tables: dict[str, list[Path]], cid: str, row_group_rows: int) -> list[Compacted]:
    writer = RunWriter(out, cid, row_group_rows, schema_parts=False)
    try:
        done = [Compacted(table, len(parts), _merge(table, parts, writer)) for table, parts in tables.items()]
        replaces = [f"{table}/{p.name}" for table, parts in tables.items() for p in parts]
        writer.commit(replaces=replaces)
    except BaseException:
        writer.abort()
        raise
    return done


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass


def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    return function


def _exchange(a: Path, b: Path) -> None:
    """Swap two paths in one atomic step.

    Raises:
        OSError: when the system or the file system cannot.
    """
    function = _renameat2()
    if function is None:
        raise OSError("renameat2 is not available")
    if function(AT_FDCWD, os.fsencode(a), AT_FDCWD, os.fsencode(b), RENAME_EXCHANGE) != 0:
        errno = ctypes.get_errno()
        raise OSError(errno, f"renameat2({a}, {b}): {os.strerror(errno)}")


def _can_exchange(out: Path) -> bool:
    """Whether the folder's file system swaps folders atomically (tried on two empty ones)."""
    probe = out / STAGING / f".probe-{os.getpid()}"
    try:
        (probe / "a").mkdir(parents=True)
        (probe / "b").mkdir()
        _exchange(probe / "a", probe / "b")
        return True
    except OSError:
        return False
    finally:
        shutil.rmtree(probe, ignore_errors=True)
