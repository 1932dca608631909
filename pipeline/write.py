"""Atomic part files: a run's tables appear all together or not at all.

Layout: `DIR/<table>/part-<run_id>.parquet`. A run writes every part under
`DIR/_staging/<run_id>/`, then writes a `COMMITTED` marker (atomic rename),
then moves each part into place. A run that dies before the marker leaves only
staging, which the next run deletes; one that dies after it is rolled forward
by the next run. Readers skip `_staging` (pyarrow ignores `_`-prefixed paths).
Only one run writes into a folder at a time (an `flock` on `DIR/.lock`).
"""

from __future__ import annotations

import errno
import fcntl
import os
import shutil
import time
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.tables import SCHEMAS, TABLES, to_table

STAGING = "_staging"
MARKER = "COMMITTED"


class LockedError(RuntimeError):
    """Another run holds the output folder."""


class OutputLock:
    """An exclusive `flock` on `DIR/.lock`; the kernel drops it if the process dies."""

    def __init__(self, out: Path, timeout: float = 0.0):
        self.path = out / ".lock"
        self.timeout = timeout
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
        deadline = time.monotonic() + self.timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES) or time.monotonic() >= deadline:
                    os.close(fd)
                    holder = self.path.read_text(errors="replace").strip() or "another run"
                    raise LockedError(
                        f"{self.path.parent} is being written by {holder}; "
                        f"wait for it to finish or pass --lock-timeout SECONDS"
                    ) from exc
                time.sleep(0.2)
        os.ftruncate(fd, 0)
        os.write(fd, f"pid {os.getpid()}".encode())
        self._fd = fd
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def recover(out: Path) -> list[str]:
    """Finish committed runs that were interrupted; drop uncommitted staging.

    Call while holding the lock. Returns the run ids rolled forward.
    """
    staging = out / STAGING
    rolled: list[str] = []
    if not staging.is_dir():
        return rolled
    for run_dir in sorted(staging.iterdir()):
        if (run_dir / MARKER).exists():
            _publish(out, run_dir)
            rolled.append(run_dir.name)
        shutil.rmtree(run_dir, ignore_errors=True)
    return rolled


def _publish(out: Path, run_dir: Path) -> None:
    """Move every staged part into its table folder (idempotent)."""
    for table in TABLES:
        part = run_dir / table / f"part-{run_dir.name}.parquet"
        if part.exists():
            target = out / table / part.name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
    _fsync_dir(out)


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def existing_ids(out: Path) -> set[str]:
    """`article_id`s already published in `out`."""
    folder = out / "articles"
    ids: set[str] = set()
    if folder.is_dir():
        for part in sorted(folder.glob("part-*.parquet")):
            ids.update(pq.read_table(part, columns=["article_id"]).column(0).to_pylist())
    return ids


class RunWriter:
    """Streams a run's rows into staged part files, one per table, then publishes."""

    def __init__(self, out: Path, run_id: str, row_group_rows: int = 50_000):
        self.out = out
        self.run_id = run_id
        self.run_dir = out / STAGING / run_id
        self.row_group_rows = row_group_rows
        self._buffers: dict[str, list[Mapping[str, Any]]] = {t: [] for t in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = {t: 0 for t in TABLES}

    def add(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Queue rows for `table`; a full buffer is written as one row group."""
        buffer = self._buffers[table]
        buffer.extend(rows)
        if len(buffer) >= self.row_group_rows:
            self._flush(table)

    def _flush(self, table: str) -> None:
        rows = self._buffers[table]
        if not rows and table in self._writers:
            return
        data = to_table(table, rows)
        writer = self._writers.get(table)
        if writer is None:
            path = self.run_dir / table / f"part-{self.run_id}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = pq.ParquetWriter(path, SCHEMAS[table], compression="zstd")
            self._writers[table] = writer
        writer.write_table(data)
        self.counts[table] += len(rows)
        self._buffers[table] = []

    def commit(self) -> None:
        """Close every part file, mark the run committed, and publish it."""
        for table in TABLES:
            self._flush(table)
        for writer in self._writers.values():
            writer.close()
        marker = self.run_dir / MARKER
        tmp = self.run_dir / f".{MARKER}.tmp"
        tmp.write_text(self.run_id)
        os.replace(tmp, marker)
        _fsync_dir(self.run_dir)
        _publish(self.out, self.run_dir)
        shutil.rmtree(self.run_dir, ignore_errors=True)
        _remove_if_empty(self.out / STAGING)

    def abort(self) -> None:
        """Drop everything staged by this run."""
        for writer in self._writers.values():
            try:
                writer.close()
            except (OSError, pa.ArrowException):
                pass
        shutil.rmtree(self.run_dir, ignore_errors=True)
