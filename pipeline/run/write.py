"""Atomic part files: a run's tables appear all together or not at all.

Layout: `DIR/<table>/part-<run_id>.parquet`. A run writes a part for each
table it has rows for (and for a table that has no part yet, so every table
reads with its columns); a run with nothing new adds only its `runs` row. It
writes every part under
`DIR/_staging/<run_id>/`, then writes a `COMMITTED` marker (atomic rename),
then moves each part into place. A run that dies before the marker leaves only
staging, which the next run deletes; one that dies after it is rolled forward
by the next run. Readers skip `_staging` (pyarrow ignores `_`-prefixed paths).
A committed staging folder may also list, in `REPLACES`, parts that its parts
replace (`vnie compact` without an atomic folder swap); publishing deletes them.
Only one run writes into a folder at a time (an `flock` on `DIR/.lock`).

Part files are fsynced before the marker, so a committed run survives a power
cut as well as a SIGKILL. The writer buffers Arrow tables and flushes a row
group when a table reaches `row_group_rows` rows or `BUFFER_BYTES`, so memory
stays bounded whatever the input size; a row group written during the run is
compressed and written by one writing thread (pyarrow releases the GIL) while the
run goes on, and commit waits for it.
"""

from __future__ import annotations

import datetime as dt
import errno
import hashlib
import fcntl
import itertools
import json
import os
import secrets
import shutil
import tempfile
import time
from collections.abc import Iterable, Mapping
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

from vnie.errors import LockedError, UsageError
from vnie.run.tables import SCHEMAS, TABLES, WHOLE_TABLES, to_table

STAGING = "_staging"

MARKER = "COMMITTED"
REPLACES = "REPLACES"
# A table's buffered Arrow data is written as a row group beyond this size
# (article text dominates: ~16 MB is ~4,000 bench articles) ...
BUFFER_BYTES = 16 * 2**20
# ... and the largest buffer is written whenever all of them together exceed
# this, so the writer holds at most ~64 MB however many tables there are.
TOTAL_BUFFER_BYTES = 64 * 2**20
# Row groups queued for the writing thread at most (it compresses one while the run
# extracts the next articles); one more waits for the oldest, so memory stays bounded.
MAX_PENDING_WRITES = 2
# Lock file descriptors held by this process; forked workers close their copies
# so that a SIGKILLed run's orphans cannot keep the folder locked.
_HELD_LOCKS: set[int] = set()


def new_run_id(now: dt.datetime | None = None) -> str:
    """A sortable, unique run id: UTC time plus random hex."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}"


def has_parts(out: Path, table: str) -> bool:
    """Whether `table` has a published Parquet file under `out` (a part, or a whole table's one file)."""
    return any((out / table).glob("*.parquet"))


class OutputLock:
    """An exclusive `flock` on `DIR/.lock`; the kernel drops it if the process dies."""

    def __init__(self, out: Path, timeout: float = 0.0):
        self.path = out / ".lock"
        self.timeout = timeout
        self._fd: int | None = None

    def __enter__(self) -> OutputLock:
        make_output_folder(self.path.parent)
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
        _HELD_LOCKS.add(fd)
        return self

    def __exit__(self, *exc: object) -> None:
        if self._fd is not None:
            _HELD_LOCKS.discard(self._fd)
            fcntl.flock(self._fd, fcntl.LOCK_UN)
            os.close(self._fd)
            self._fd = None


def make_output_folder(out: Path) -> None:
    """Create `out` if missing.

    Raises:
        UsageError: `out` is a file, cannot be created, or is not writable.
    """
    if out.exists() and not out.is_dir():
        raise UsageError(f"output folder {out} is a file; give --out a folder (it is created if missing)")
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"cannot create output folder {out} ({exc.strerror}); "
                         f"give --out a folder you can write to") from None
    if not os.access(out, os.W_OK | os.X_OK):
        raise UsageError(f"output folder {out} is not writable; give --out a folder you can write to")


def close_inherited_locks() -> None:
    """In a forked child: close the parent's lock descriptors (the parent keeps its lock)."""
    for fd in list(_HELD_LOCKS):
        try:
            os.close(fd)
        except OSError:
            pass
    _HELD_LOCKS.clear()


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
    """Move every staged part into its table folder, then delete the parts it replaces (idempotent)."""
    for table in TABLES:
        part = run_dir / table / f"part-{run_dir.name}.parquet"
        if part.exists():
            # A whole table (persons) is one file, replaced: readers see the old one or the new one.
            target = out / table / (f"{table}.parquet" if table in WHOLE_TABLES else part.name)
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(part, target)
    _fsync(out)
    replaces = run_dir / REPLACES
    if replaces.exists():
        for name in json.loads(replaces.read_text(encoding="utf-8")):
            (out / name).unlink(missing_ok=True)
        for table in TABLES:
            if (out / table).is_dir():
                _fsync(out / table)


def _remove_if_empty(path: Path) -> None:
    try:
        path.rmdir()
    except OSError:
        pass


def _fsync(path: Path) -> None:
    """Flush a file or a folder's entries to disk (renames are durable only then)."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _id_int(aid: str) -> int | None:
    """A 16-hex-digit article_id as an int, None for any other form."""
    if len(aid) != 16:
        return None
    try:
        return int(aid, 16)
    except ValueError:
        return None


class IdSet:
    """A set of article_ids in ~8 bytes each: a sorted uint64 array plus recent additions.

    Ids that are not 16 hex digits (none are, today) fall back to a plain set.
    """

    # Recent additions kept in a Python set before merging into the array.
    MERGE_AT = 200_000

    def __init__(self, ids: Iterable[str] = ()):
        self._sorted = np.empty(0, dtype=np.uint64)
        self._recent: set[int] = set()
        self._other: set[str] = set()
        self.update(ids)

    def __len__(self) -> int:
        return len(self._sorted) + len(self._recent) + len(self._other)

    def __contains__(self, aid: str) -> bool:
        return self.contains_many([aid])[0]

    def contains_many(self, ids: list[str]) -> list[bool]:
        """For each id, whether it is in the set."""
        out: list[bool] = []
        for aid in ids:
            key = _id_int(aid)
            if key is None:
                out.append(aid in self._other)
            elif key in self._recent:
                out.append(True)
            else:
                i = int(np.searchsorted(self._sorted, np.uint64(key)))
                out.append(i < len(self._sorted) and int(self._sorted[i]) == key)
        return out

    def add(self, aid: str) -> None:
        self.update([aid])

    def update(self, ids: Iterable[str]) -> None:
        for aid in ids:
            key = _id_int(aid)
            if key is None:
                self._other.add(aid)
            else:
                self._recent.add(key)
        if len(self._recent) >= self.MERGE_AT:
            self._merge()

    def _merge(self) -> None:
        recent = np.fromiter(self._recent, dtype=np.uint64, count=len(self._recent))
        self._sorted = np.union1d(self._sorted, recent)
        self._recent = set()


def known_ids(out: Path, current: str = "") -> tuple[IdSet, dict[str, IdSet]]:
    """`article_id`s already published in `out`, compactly (see `IdSet`), and those written by a
    `pipeline_version` other than `current`, per version (skipping them keeps the old code's rows)."""
    ids = IdSet()
    others: dict[str, IdSet] = {}
    folder = out / "articles"
    for part in sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []:
        table = pq.read_table(part, columns=["article_id", "pipeline_version"], read_dictionary=["pipeline_version"])
        for batch in table.to_batches():  # a version column is a few distinct strings: compare their codes
            batch_ids = batch.column(0).to_pylist()
            ids.update(batch_ids)
            codes = batch.column(1).indices.to_numpy(zero_copy_only=False)
            for code, version in enumerate(batch.column(1).dictionary.to_pylist()):
                if version != current and (mask := codes == code).any():
                    others.setdefault(version, IdSet()).update(itertools.compress(batch_ids, mask))
    return ids, others


def _identity(row: dict) -> list[str]:
    """What makes two articles versions of one: its url and record id, else its source."""
    keys = [f"url:{row['url']}"] if row.get("url") else []
    keys += [f"id:{row['record_id']}"] if row.get("record_id") else []
    return keys or ([f"source:{row['source']}"] if row.get("source") else [])


class Versions:
    """The latest article of each url and record id in an output folder, to number
    re-crawled articles: same url or record id, other text -> version n + 1. An
    article with neither (a plain text file) is known by its `source`, the path
    from the input root, so a file re-read with other text is a new version too.

    Keys are 64-bit hashes of `url:<url>` / `id:<record id>` / `source:<source>`,
    so memory stays small.
    """

    def __init__(self) -> None:
        self._latest: dict[int, tuple[str, int]] = {}

    @classmethod
    def of(cls, out: Path) -> Versions:
        """The versions already published in `out`."""
        versions = cls()
        folder = out / "articles"
        for part in sorted(folder.glob("part-*.parquet")) if folder.is_dir() else []:
            names = set(pq.read_schema(part).names)
            columns = [c for c in ("article_id", "url", "record_id", "source", "version") if c in names]
            for row in pq.read_table(part, columns=columns).to_pylist():
                versions._note(_identity(row), row["article_id"], row.get("version") or 1)
        return versions

    @staticmethod
    def _keys(identity: list[str]) -> list[int]:
        return [int.from_bytes(hashlib.blake2b(k.encode("utf-8", "surrogatepass"), digest_size=8).digest(), "big")
                for k in identity]

    def _note(self, identity: list[str], article_id: str, version: int) -> None:
        for key in self._keys(identity):
            if version >= self._latest.get(key, ("", 0))[1]:
                self._latest[key] = (article_id, version)

    def assign(self, articles: pa.Table) -> pa.Table:
        """`articles` (new rows, in input order) with `version` and `supersedes` set."""
        if not articles.num_rows:
            return articles
        numbers: list[int] = []
        previous: list[str | None] = []
        columns = articles.select(["article_id", "url", "record_id", "source"]).to_pylist()
        for row in columns:
            identity = _identity(row)
            before = max((self._latest[k] for k in self._keys(identity) if k in self._latest),
                         key=lambda v: v[1], default=None)
            version = before[1] + 1 if before else 1
            numbers.append(version)
            previous.append(before[0] if before else None)
            self._note(identity, row["article_id"], version)
        at = articles.schema.get_field_index
        articles = articles.set_column(at("version"), articles.schema.field("version"), pa.array(numbers, pa.int32()))
        return articles.set_column(at("supersedes"), articles.schema.field("supersedes"), pa.array(previous, pa.string()))


class RunWriter:
    """Streams a run's rows into staged part files, one per table, then publishes."""

    def __init__(self, out: Path, run_id: str, row_group_rows: int = 50_000, schema_parts: bool = True):
        """`schema_parts`: at commit, write an empty part for a table that has none yet."""
        self.out = out
        self.schema_parts = schema_parts
        self.run_id = run_id
        self.run_dir = out / STAGING / run_id
        self.row_group_rows = row_group_rows
        self._buffers: dict[str, list[pa.Table]] = {t: [] for t in TABLES}
        self._rows: dict[str, int] = {t: 0 for t in TABLES}
        self._bytes: dict[str, int] = {t: 0 for t in TABLES}
        self._writers: dict[str, pq.ParquetWriter] = {}  # touched by the writing thread only
        self._opened: set[str] = set()  # tables with a part file (or one on its way)
        self._pool: ThreadPoolExecutor | None = None
        self._pending: list[Future[None]] = []
        self.counts: dict[str, int] = {t: 0 for t in TABLES}

    def add(self, table: str, rows: Iterable[Mapping[str, Any]]) -> None:
        """Queue rows for `table`; a full buffer is written as one row group."""
        rows = list(rows)
        if rows:
            self.add_table(table, to_table(table, rows))

    def add_table(self, table: str, data: pa.Table) -> None:
        """Queue an Arrow table with the schema of `table` (see `tables.to_table`).

        Raises:
            KeyError: if `table` is not a table.
        """
        if data.num_rows == 0:
            return
        self._buffers[table].append(data)
        self._rows[table] += data.num_rows
        self._bytes[table] += data.nbytes
        if self._rows[table] >= self.row_group_rows or self._bytes[table] >= BUFFER_BYTES:
            self._flush(table, wait=False)
        elif sum(self._bytes.values()) >= TOTAL_BUFFER_BYTES:
            self._flush(max(self._bytes, key=self._bytes.__getitem__), wait=False)

    def _flush(self, table: str, wait: bool = True) -> None:
        """Write what is buffered for `table` as one row group: now (after every write
        already queued), or with `wait=False` in the writing thread while the run goes on."""
        parts = self._buffers[table]
        if not parts and table in self._opened:
            return
        self._opened.add(table)
        self.counts[table] += self._rows[table]
        self._buffers[table] = []
        self._rows[table] = 0
        self._bytes[table] = 0
        if wait:
            self._drain()
            self._write(table, parts)
            return
        if self._pool is None:  # made at the first flush, after any worker processes are forked
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="vnie-write")
        while self._pending and (self._pending[0].done() or len(self._pending) >= MAX_PENDING_WRITES):
            self._pending.pop(0).result()  # a failed write raises here, in the run's thread
        self._pending.append(self._pool.submit(self._write, table, parts))

    def _write(self, table: str, parts: list[pa.Table]) -> None:
        data = pa.concat_tables(parts).combine_chunks() if parts else to_table(table, [])
        writer = self._writers.get(table)
        if writer is None:
            path = self.run_dir / table / f"part-{self.run_id}.parquet"
            path.parent.mkdir(parents=True, exist_ok=True)
            writer = pq.ParquetWriter(path, SCHEMAS[table], compression="zstd")
            self._writers[table] = writer
        writer.write_table(data, row_group_size=max(1, data.num_rows))

    def _drain(self) -> None:
        """Wait for every queued write; the first that failed raises."""
        while self._pending:
            self._pending.pop(0).result()

    def _stop_thread(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True)
            self._pool = None

    def commit(self, replaces: list[str] | None = None) -> None:
        """Close and fsync every part file, mark the run committed, and publish it.

        Args:
            replaces: part files (`table/part-….parquet`, relative to `out`) the
                new parts replace; deleted once the new ones are in place.
        """
        for table in TABLES:
            if self._buffers[table] or table in self._opened or (self.schema_parts and not has_parts(self.out, table)):
                self._flush(table)  # no empty part beside existing ones
        self._stop_thread()
        self.run_dir.mkdir(parents=True, exist_ok=True)
        for table in list(self._writers):
            self.close_table(table)
        if replaces:
            _write_durably(self.run_dir / REPLACES, json.dumps(replaces))
        marker = self.run_dir / MARKER
        tmp = self.run_dir / f".{MARKER}.tmp"
        tmp.write_text(self.run_id)
        os.replace(tmp, marker)
        _fsync(self.run_dir)
        _publish(self.out, self.run_dir)
        shutil.rmtree(self.run_dir, ignore_errors=True)
        _remove_if_empty(self.out / STAGING)

    def close_table(self, table: str) -> Path | None:
        """Write what is buffered for `table`, close and fsync its part; the part's path, if any."""
        self._flush(table)
        self._drain()
        self._opened.discard(table)
        writer = self._writers.pop(table, None)
        if writer is None:
            return None
        writer.close()
        path = self.run_dir / table / f"part-{self.run_id}.parquet"
        _fsync(path)
        return path

    def abort(self) -> None:
        """Drop everything staged by this run."""
        for pending in self._pending:
            pending.cancel()
        for pending in self._pending:
            try:
                pending.result()
            except BaseException:  # noqa: BLE001 - the run is failing already; its own error goes up
                pass
        self._pending = []
        self._stop_thread()
        for writer in self._writers.values():
            try:
                writer.close()
            except (OSError, pa.ArrowException):
                pass
        shutil.rmtree(self.run_dir, ignore_errors=True)


def _write_durably(path: Path, text: str) -> None:
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


def write_text_atomic(path: Path, text: str) -> None:
    """Write `text` to `path` so readers see the old file or the new one, never a part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=path.parent, prefix=f".{path.name}.",
                                     suffix=".tmp", delete=False) as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())
    os.chmod(handle.name, 0o644)  # NamedTemporaryFile makes 0600; a report is for sharing
    os.replace(handle.name, path)
