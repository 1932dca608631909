"""Orchestration: read -> normalise -> extract -> write, and the error policy.

- A bad input is a `rejects` row; the run goes on.
- An extractor exception is a bug: with `strict` it propagates; otherwise the
  article becomes a `rejects` row naming the stage (it is not written, so the
  next run retries it), and the run reports a non-zero failure count.
  Normalisation and metadata errors are treated the same way.
- An input slower than `input_timeout` seconds to read, or to normalise and
  extract, is a `timeout` reject (see `limits.py`).
- Articles already in the output folder (same `article_id`) are skipped.
- Inputs are processed in batches; a batch becomes Arrow tables where it is
  processed (this process, a worker process, or a Dask worker), and the
  batches are written in input order by one `RunWriter`, so every engine
  writes the same tables.
- Memory stays bounded whatever the input size: inputs are streamed, at most a
  few batches are in flight, the writer flushes by rows and by bytes, and the
  known ids are kept as 64-bit integers.
"""

from __future__ import annotations

import concurrent.futures as cf
import contextlib
import ctypes
import datetime as dt
import gc
import itertools
import logging
import multiprocessing
import signal
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol
from zoneinfo import ZoneInfo

import pyarrow as pa

from vnie.extractors.base import Mention, NormalisedDoc, OfficialValue
from vnie.extractors.metadata import extract_metadata, site_of, title_fits_url, title_from_url
from vnie.extractors.normalise import article_id, normalise_text
from vnie.extractors.registry import Extraction, StageError
from vnie.version import pipeline_version
from vnie.run.limits import InputTimeout, disarm, time_limit
from vnie.run.persons import Linker, article_days, link_tables
from vnie.run.read import KEPT_REASONS, RawArticle, Reject, read_inputs
from vnie.run.settings import Settings
from vnie.run.tables import TZ, mention_row, to_table
from vnie.run.write import (IdSet, OutputLock, RunWriter, Versions, close_inherited_locks, known_ids, new_run_id,
                             recover)

log = logging.getLogger("vnie")
LOCAL = ZoneInfo(TZ)

# Batches in flight per worker: enough to keep workers busy while the main
# process writes, few enough to bound memory (each batch is ~64 articles).
IN_FLIGHT_PER_WORKER = 2


@dataclass(slots=True)
class Processed:
    """One article after normalisation and extraction: its rows per table."""

    source: str
    article_id: str
    rows: dict[str, list[dict[str, Any]]]


@dataclass(slots=True)
class BatchResult:
    """One batch of inputs after processing, as Arrow tables ready to write.

    `ids` and `n_chars` describe the article rows of `tables["articles"]`, in
    order; copies of an article within the batch are already dropped.
    """

    n_inputs: int
    ids: list[str]
    n_chars: list[int]
    n_duplicates: int
    n_rejected: int
    n_failed: int
    tables: dict[str, pa.Table]
    seconds: dict[str, float]
    first_done: float | None  # epoch seconds when its first article was done


@dataclass(slots=True)
class RunSummary:
    run_id: str
    out: Path
    n_inputs: int = 0
    n_new: int = 0
    n_skipped: int = 0
    n_rejected: int = 0
    n_failed: int = 0
    rolled_forward: list[str] = field(default_factory=list)
    seconds: float = 0.0
    n_chars: int = 0
    rows: dict[str, int] = field(default_factory=dict)
    # Seconds spent per stage (read, normalise, metadata, extract:<name>, rows,
    # write), summed over every process that did the work.
    stage_seconds: dict[str, float] = field(default_factory=dict)
    # Epoch seconds when the first article was done (start-up measurement).
    first_article_at: float | None = None
    # Skipped articles whose rows another pipeline_version wrote: version -> count (they keep the old rows).
    skipped_other_versions: dict[str, int] = field(default_factory=dict)


class Engine(Protocol):
    """Turns batches of inputs into `BatchResult`s, in the same order."""

    def __call__(self, batches: Iterator[list[RawArticle | Reject]], run_id: str,
                 strict: bool) -> Iterator[BatchResult]: ...


def _with_time(given: dt.datetime | None, dateline: dt.datetime | None) -> dt.datetime | None:
    """The record's publication time, or the text's dateline when there is none; a record that
    gives only the day (midnight) takes the time of a dateline of that day (`13/01/2026 14:41`)."""
    if given is None:
        return dateline
    if dateline is not None and given.time() == dt.time() and dateline.date() == given.date():
        return given.replace(hour=dateline.hour, minute=dateline.minute, second=dateline.second)
    return given


def _local(when: dt.datetime | None) -> dt.datetime | None:
    if when is None:
        return None
    return when.replace(tzinfo=LOCAL) if when.tzinfo is None else when.astimezone(LOCAL)


def _add(seconds: dict[str, float], key: str, since: float) -> float:
    """Add the time since `since` to `seconds[key]`; return now."""
    now = time.perf_counter()
    seconds[key] = seconds.get(key, 0.0) + now - since
    return now


def people_rows(officials: list[Mention[OfficialValue]]) -> list[dict[str, Any]]:
    """One row per person in an article, from the article's official mentions."""
    people: dict[str, dict[str, Any]] = {}
    for m in officials:
        v = m.value
        person = people.setdefault(v.person_key, {
            "article_id": m.article_id, "person_key": v.person_key, "name": v.name,
            "rank": None, "titles": [], "n_mentions": 0,
        })
        if len(v.name) > len(person["name"]):
            person["name"] = v.name
        person["rank"] = person["rank"] or v.rank
        person["titles"] += [t for t in v.titles if t not in person["titles"]]
        person["n_mentions"] += 1
    return list(people.values())


def build_extraction(seconds: dict[str, float] | None = None) -> Extraction:
    """Every stage, built once; with `seconds`, each stage's time is added to it."""
    extraction = Extraction()
    if seconds is not None:
        extraction.extractors = [(stage, _timed(extract, f"extract:{stage.name}", seconds))
                                 for stage, extract in extraction.extractors]
    return extraction


def _timed(extract: Callable[..., Any], key: str, seconds: dict[str, float]) -> Callable[..., Any]:
    def timed(doc: NormalisedDoc, found: Any) -> Any:
        start = time.perf_counter()
        try:
            return extract(doc, found)
        finally:
            _add(seconds, key, start)

    return timed


def process_article(raw: RawArticle, extraction: Extraction, run_id: str,
                    seconds: dict[str, float] | None = None) -> Processed:
    """Normalise and extract one article.

    Args:
        raw: the article as read.
        extraction: the built stages.
        run_id: written into the article row.
        seconds: optional per-stage time accumulators.

    Raises:
        StageError: when normalisation, metadata or an extractor raises.
    """
    seconds = {} if seconds is None else seconds
    clock = time.perf_counter()
    try:
        text = normalise_text(raw.text)
        aid = article_id(text)
    except Exception as exc:  # a normalisation bug: recorded with where it happened
        raise StageError("normalise", raw.source, exc) from exc
    clock = _add(seconds, "normalise", clock)
    try:
        meta = extract_metadata(text)
    except Exception as exc:
        raise StageError("metadata", aid, exc) from exc
    clock = _add(seconds, "metadata", clock)
    published = _local(_with_time(raw.published, meta.published))
    doc = NormalisedDoc(aid, text, published.replace(tzinfo=None) if published else None)
    found = extraction(doc)
    clock = time.perf_counter()
    url = raw.url or meta.url
    rows: dict[str, list[dict[str, Any]]] = {"articles": [{
        "article_id": aid, "source": raw.source, "url": url,
        "title": raw.title or title_from_url(text, url) or (meta.title if title_fits_url(meta.title, url, text=text) else None),
        "published": published,
        "published_date": published.date() if published else None,
        "authors": list(raw.authors or meta.authors), "text": text, "n_chars": len(text),
        "meta": raw.meta or None, "site": raw.site or site_of(url), "record_id": raw.record_id,
        "version": 1, "supersedes": None, "run_id": run_id, "pipeline_version": pipeline_version(),
    }]}
    try:
        for mentions in found.values():
            for mention in mentions:
                table, row = mention_row(mention)
                rows.setdefault(table, []).append(row)
        officials = [m for m in found.get("officials", []) if isinstance(m.value, OfficialValue)]
        if officials:
            rows["people"] = people_rows(officials)
    except Exception as exc:  # a mention that is not a Mention of a known value type
        raise StageError("rows", aid, exc) from exc
    _add(seconds, "rows", clock)
    return Processed(raw.source, aid, rows)


def process_batch(batch: list[RawArticle | Reject], extraction: Extraction, run_id: str,
                  strict: bool, seconds: dict[str, float], timeout: float = 0.0) -> BatchResult:
    """Process one batch into Arrow tables (the unit of work of every engine).

    Args:
        batch: articles and read rejects, in input order.
        extraction: the built stages (its timings, if any, go to `seconds`).
        run_id: written into article and reject rows.
        strict: re-raise extractor errors instead of recording them.
        seconds: per-stage time accumulators; the result carries a copy.
        timeout: seconds allowed per article (0: no limit); a slower one is a
            `timeout` reject.

    Raises:
        StageError: with `strict`, when a stage raises.
    """
    processed: list[Processed] = []
    rejects: list[dict[str, Any]] = []
    seen: set[str] = set()
    n_duplicates = n_failed = 0
    first_done: float | None = None
    for item in batch:
        if isinstance(item, Reject):
            rejects.append(_reject_row(item, None, run_id))
            continue
        try:
            with time_limit(timeout):
                done = process_article(item, extraction, run_id, seconds)
        except InputTimeout as exc:
            disarm()
            rejects.append(_reject_row(Reject(item.source, "timeout", f"extraction {exc}"), None, run_id))
            continue
        except StageError as exc:
            if strict:
                raise
            n_failed += 1
            rejects.append(_reject_row(Reject(item.source, "extractor_error", str(exc)), exc.stage, run_id))
            continue
        if first_done is None:
            first_done = time.time()
        if done.article_id in seen:
            n_duplicates += 1
            continue
        seen.add(done.article_id)
        processed.append(done)
    clock = time.perf_counter()
    notes = sum(isinstance(item, Reject) and item.reason in KEPT_REASONS for item in batch)
    n_rejected = len(rejects) - notes  # a note on a kept article is not a rejected input
    tables, bad = _tables(processed, rejects, run_id, strict)
    _add(seconds, "rows", clock)
    kept = [p for p in processed if p.article_id not in bad]
    return BatchResult(len(batch) - notes, [p.article_id for p in kept], [p.rows["articles"][0]["n_chars"] for p in kept],
                       n_duplicates, n_rejected + len(bad), n_failed + len(bad), tables, dict(seconds),
                       first_done)


def _reject_row(reject: Reject, stage: str | None, run_id: str) -> dict[str, Any]:
    return {"source": reject.source, "reason": reject.reason, "detail": reject.detail,
            "stage": stage or None, "run_id": run_id}


def _tables(processed: list[Processed], rejects: list[dict[str, Any]], run_id: str,
            strict: bool) -> tuple[dict[str, pa.Table], set[str]]:
    """The batch's rows as Arrow tables, and the ids of articles whose rows do not fit.

    A value that does not fit its column (an extractor returning the wrong
    type) is a bug like an exception: the article becomes a `rows` reject.
    """
    rows = _merged_rows(processed)
    try:
        tables = {name: to_table(name, table_rows) for name, table_rows in rows.items()}
        if rejects:
            tables["rejects"] = to_table("rejects", rejects)
        return tables, set()
    except (pa.ArrowException, TypeError, ValueError, KeyError):
        if strict:
            raise
    bad: set[str] = set()
    for item in processed:
        try:
            for name, table_rows in item.rows.items():
                to_table(name, table_rows)
        except (pa.ArrowException, TypeError, ValueError, KeyError) as exc:
            bad.add(item.article_id)
            rejects.append(_reject_row(Reject(item.source, "extractor_error",
                                              f"rows of article {item.article_id} do not fit the tables: "
                                              f"{type(exc).__name__}: {exc}"), "rows", run_id))
    rows = _merged_rows([p for p in processed if p.article_id not in bad])
    tables = {name: to_table(name, table_rows) for name, table_rows in rows.items()}
    if rejects:
        tables["rejects"] = to_table("rejects", rejects)
    return tables, bad


def _merged_rows(processed: list[Processed]) -> dict[str, list[dict[str, Any]]]:
    rows: dict[str, list[dict[str, Any]]] = {}
    for item in processed:
        for name, table_rows in item.rows.items():
            rows.setdefault(name, []).extend(table_rows)
    return rows


def _batches(items: Iterable[Any], size: int, seconds: dict[str, float]) -> Iterator[list[Any]]:
    """Items in lists of `size`; time spent producing them goes to `seconds["read"]`."""
    it = iter(items)
    while True:
        clock = time.perf_counter()
        batch = list(itertools.islice(it, size))
        _add(seconds, "read", clock)
        if not batch:
            return
        yield batch


def serial_engine(timeout: float = 0.0) -> Engine:
    """Every batch in this process, each article within `timeout` seconds (0: no limit)."""

    def engine(batches: Iterator[list[RawArticle | Reject]], run_id: str, strict: bool) -> Iterator[BatchResult]:
        seconds: dict[str, float] = {}
        extraction = build_extraction(seconds)
        gc.freeze()  # the built lexicons are never garbage: no collection re-scans them (`_few_collections`)
        for batch in batches:
            yield process_batch(batch, extraction, run_id, strict, seconds, timeout)
            seconds.clear()

    return engine


# Per-process state for worker processes (built once by the initializer).
_WORKER: dict[str, Any] = {}

_PR_SET_PDEATHSIG = 1


def _die_with_parent() -> None:
    """Ask Linux to kill this worker when its parent dies (a SIGKILLed run leaves no orphans)."""
    if not sys.platform.startswith("linux"):
        return
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass


def _init_worker(run_id: str, strict: bool, timeout: float) -> None:
    close_inherited_locks()
    _die_with_parent()
    # Ctrl-C reaches the whole process group: the parent alone stops the run
    # (workers would print a traceback each, and the parent cleans up anyway).
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if "extraction" not in _WORKER:  # not inherited from the parent (spawn)
        seconds: dict[str, float] = {}
        _WORKER.update(extraction=build_extraction(seconds), seconds=seconds)
        gc.freeze()
    _WORKER.update(run_id=run_id, strict=strict, timeout=timeout)


def _worker_batch(batch: list[RawArticle | Reject]) -> BatchResult:
    seconds = _WORKER["seconds"]
    try:
        return process_batch(batch, _WORKER["extraction"], _WORKER["run_id"], _WORKER["strict"], seconds,
                             _WORKER["timeout"])
    finally:
        seconds.clear()


def pool_engine(workers: int, timeout: float = 0.0) -> Engine:
    """Batches on `workers` forked processes, yielded in input order; `timeout` per article."""

    def engine(batches: Iterator[list[RawArticle | Reject]], run_id: str, strict: bool) -> Iterator[BatchResult]:
        to_table("rejects", [])  # pyarrow imports pandas on first use: once here, not in each worker
        context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        _WORKER.clear()
        if context.get_start_method() == "fork":
            # Build once here, per run; forked workers share it (copy-on-write) and start at once.
            seconds: dict[str, float] = {}
            _WORKER.update(extraction=build_extraction(seconds), seconds=seconds)
            gc.freeze()  # out of every collection, and out of the workers' (no copy-on-write of their headers)
        with cf.ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                    initargs=(run_id, strict, timeout)) as pool:
            window: deque[cf.Future[BatchResult]] = deque()
            limit = IN_FLIGHT_PER_WORKER * workers
            try:
                for batch in batches:
                    window.append(pool.submit(_worker_batch, batch))
                    while len(window) > limit:
                        yield window.popleft().result()
                while window:
                    yield window.popleft().result()
            except BaseException:  # Ctrl-C, a strict error: do not wait for the queued batches
                for future in window:
                    future.cancel()
                raise

    return engine


def local_engine(settings: Settings) -> Engine:
    """This process for one worker, a process pool for more."""
    if settings.workers <= 1:
        return serial_engine(settings.input_timeout)
    return pool_engine(settings.workers, settings.input_timeout)


# Allocations between two collections of young objects while a run extracts (Python's
# default is 700). A run makes almost no reference cycles (945 objects collected in all
# of 2,000 bench articles) but many short-lived objects, so the collector mostly re-scans
# live ones: at 10,000 it ran 310 rather than 921 young and 2 rather than 7 full
# collections on the 5,000 bench articles, and took a third of the time (0.9 -> 0.3 s
# at load 8).
GC_YOUNG_THRESHOLD = 10_000


@contextlib.contextmanager
def _few_collections() -> Iterator[None]:
    """Fewer garbage collections for the length of a run (forked workers inherit the
    setting): what is loaded before it is frozen out of them, and young objects are
    collected every `GC_YOUNG_THRESHOLD` allocations; both restored afterwards."""
    old = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(max(old[0], GC_YOUNG_THRESHOLD), *old[1:])
    try:
        yield
    finally:
        gc.set_threshold(*old)
        gc.unfreeze()


def run_pipeline(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    *,
    strict: bool = False,
    progress: Callable[[int], None] | None = None,
    engine: Engine | None = None,
) -> RunSummary:
    """Extract every input into new part files under `out`, published as one run.

    Args:
        inputs: files and folders to read.
        out: output folder (created if missing).
        settings: limits, batch size, workers.
        strict: re-raise extractor errors instead of recording them.
        progress: called with the number of inputs done so far.
        engine: where batches are processed (default: this process, or a pool
            of `settings.workers` processes).

    Returns:
        Counts for the run; `n_failed` > 0 means some articles hit extractor errors.

    Raises:
        LockedError: another run holds `out`.
    """
    started = dt.datetime.now(dt.timezone.utc)
    clock = time.perf_counter()
    summary = RunSummary(new_run_id(started), out)
    engine = engine or local_engine(settings)
    seconds: dict[str, float] = {}
    with OutputLock(out, settings.lock_timeout):
        summary.rolled_forward = recover(out)
        done, others = known_ids(out, pipeline_version())
        versions = Versions.of(out)
        clock_persons = time.perf_counter()
        linker = Linker.load(out)
        _add(seconds, "persons", clock_persons)
        writer = RunWriter(out, summary.run_id, settings.row_group_rows)
        try:
            items = read_inputs(inputs, settings.max_bytes, settings.max_chars, settings.input_timeout)
            batches = _batches(items, max(1, settings.batch_size), seconds)
            with _few_collections():
                for result in engine(batches, summary.run_id, strict):
                    before = summary.n_inputs
                    _record(result, writer, done, versions, summary, seconds, linker, others)
                    if progress:  # once per input, as callers count inputs
                        for n in range(before + 1, summary.n_inputs + 1):
                            progress(n)
            writer.add("runs", [{
                "run_id": summary.run_id, "started_at": started,
                "finished_at": dt.datetime.now(dt.timezone.utc), "n_inputs": summary.n_inputs,
                "n_new": summary.n_new, "n_skipped": summary.n_skipped,
                "n_rejected": summary.n_rejected, "pipeline_version": pipeline_version(),
            }])
            clock_persons = time.perf_counter()
            writer.add_table("persons", linker.table())
            _add(seconds, "persons", clock_persons)
            write_clock = time.perf_counter()
            writer.commit()
            _add(seconds, "write", write_clock)
            summary.rows = dict(writer.counts)
        except BaseException:
            writer.abort()
            raise
    summary.seconds = time.perf_counter() - clock
    summary.stage_seconds = seconds
    _warn_other_versions(summary)
    return summary


def _warn_other_versions(summary: RunSummary) -> None:
    """One log line when skipped articles keep rows that other code wrote."""
    if summary.skipped_other_versions:
        n = sum(summary.skipped_other_versions.values())
        log.warning("%d skipped article(s) in %s keep rows written by another pipeline version (%s; this is %s): "
                    "they were not re-extracted; run into a new --out folder to re-extract them", n, summary.out,
                    ", ".join(sorted(summary.skipped_other_versions)), pipeline_version())


def _count_other_versions(summary: RunSummary, skipped: list[str], others: dict[str, IdSet]) -> None:
    for version, ids in others.items():
        if n := sum(ids.contains_many(skipped)):
            counts = summary.skipped_other_versions
            counts[version] = counts.get(version, 0) + n


def _record(result: BatchResult, writer: RunWriter, done: IdSet, versions: Versions, summary: RunSummary,
            seconds: dict[str, float], linker: Linker | None = None, others: dict[str, IdSet] | None = None) -> None:
    """Count a batch and queue its new articles' rows (skipping known ids)."""
    clock = time.perf_counter()
    for key, value in result.seconds.items():
        seconds[key] = seconds.get(key, 0.0) + value
    if result.first_done is not None and summary.first_article_at is None:
        summary.first_article_at = result.first_done
    summary.n_inputs += result.n_inputs
    summary.n_rejected += result.n_rejected
    summary.n_failed += result.n_failed
    summary.n_skipped += result.n_duplicates
    known = done.contains_many(result.ids)
    new = [aid for aid, seen in zip(result.ids, known) if not seen]
    summary.n_skipped += len(result.ids) - len(new)
    _count_other_versions(summary, [aid for aid, seen in zip(result.ids, known) if seen], others or {})
    summary.n_new += len(new)
    summary.n_chars += sum(n for n, seen in zip(result.n_chars, known) if not seen)
    done.update(new)
    keep = None if len(new) == len(result.ids) else pa.array(new, pa.string())
    tables = {}
    for name, table in result.tables.items():
        if keep is not None and "article_id" in table.column_names:
            import pyarrow.compute as pc  # only for a rerun over known articles: 40-60 ms of start-up otherwise

            table = table.filter(pc.is_in(table["article_id"], value_set=keep))
        if name == "articles":
            table = versions.assign(table)
        tables[name] = table
    if linker is not None:  # person ids, in input order (the same ids whatever the engine)
        clock = _add(seconds, "write", clock)
        tables = link_tables(linker, tables, article_days(tables.get("articles")))
        clock = _add(seconds, "persons", clock)
    for name, table in tables.items():
        writer.add_table(name, table)
    _add(seconds, "write", clock)
