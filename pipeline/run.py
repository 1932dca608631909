"""Orchestration: read -> normalise -> extract -> write, and the error policy.

- A bad input is a `rejects` row; the run goes on.
- An extractor exception is a bug: with `strict` it propagates; otherwise the
  article becomes a `rejects` row naming the stage (it is not written, so the
  next run retries it), and the run reports a non-zero failure count.
- Articles already in the output folder (same `article_id`) are skipped.
- `workers > 1` extracts in worker processes; results are consumed in input
  order, so the tables equal those of one process.
"""

from __future__ import annotations

import concurrent.futures as cf
import datetime as dt
import itertools
import logging
import multiprocessing
import os
import secrets
import sys
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from extractors.base import Mention, NormalisedDoc, OfficialValue
from extractors.metadata import extract_metadata
from extractors.normalise import article_id, normalise_text
from extractors.registry import Extraction, StageError
from pipeline import __version__
from pipeline.read import RawArticle, Reject, read_inputs
from pipeline.settings import Settings
from pipeline.tables import TZ, mention_row
from pipeline.write import OutputLock, RunWriter, existing_ids, recover

log = logging.getLogger("vnie")
LOCAL = ZoneInfo(TZ)


@dataclass(slots=True)
class Processed:
    """One article after normalisation and extraction: its rows per table."""

    source: str
    article_id: str
    rows: dict[str, list[dict[str, Any]]]


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


def new_run_id(now: dt.datetime | None = None) -> str:
    """A sortable, unique run id: UTC time plus random hex."""
    now = now or dt.datetime.now(dt.timezone.utc)
    return f"{now:%Y%m%dT%H%M%S}Z-{secrets.token_hex(3)}"


def _local(when: dt.datetime | None) -> dt.datetime | None:
    if when is None:
        return None
    return when.replace(tzinfo=LOCAL) if when.tzinfo is None else when.astimezone(LOCAL)


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


def process_article(raw: RawArticle, extraction: Extraction, run_id: str) -> Processed:
    """Normalise and extract one article.

    Raises:
        StageError: when an extractor raises.
    """
    text = normalise_text(raw.text)
    aid = article_id(text)
    meta = extract_metadata(text)
    published = raw.published or meta.published
    doc = NormalisedDoc(aid, text, published.replace(tzinfo=None) if published else None)
    found = extraction(doc)
    rows: dict[str, list[dict[str, Any]]] = {"articles": [{
        "article_id": aid, "source": raw.source, "url": raw.url or meta.url,
        "title": raw.title or meta.title, "published": _local(published),
        "authors": list(raw.authors or meta.authors), "text": text, "n_chars": len(text),
        "meta": raw.meta or None, "run_id": run_id, "pipeline_version": __version__,
    }]}
    for mentions in found.values():
        for mention in mentions:
            table, row = mention_row(mention)
            rows.setdefault(table, []).append(row)
    officials = [m for m in found.get("officials", []) if isinstance(m.value, OfficialValue)]
    if officials:
        rows["people"] = people_rows(officials)
    return Processed(raw.source, aid, rows)


# Per-process state for worker processes (built once by the initializer).
_WORKER: dict[str, Any] = {}


def _init_worker(run_id: str) -> None:
    _WORKER["extraction"] = Extraction()
    _WORKER["run_id"] = run_id


def _process_batch(batch: list[RawArticle]) -> list[Processed | Reject]:
    return [_process_or_reject(raw, _WORKER["extraction"], _WORKER["run_id"], strict=False) for raw in batch]


def _process_or_reject(raw: RawArticle, extraction: Extraction, run_id: str, strict: bool) -> Processed | Reject:
    try:
        return process_article(raw, extraction, run_id)
    except StageError as exc:
        if strict:
            raise
        return Reject(raw.source, "extractor_error", str(exc))


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    it = iter(items)
    while batch := list(itertools.islice(it, size)):
        yield batch


def _results(
    batches: Iterator[list[RawArticle | Reject]], settings: Settings, run_id: str, strict: bool
) -> Iterator[Processed | Reject]:
    """Processed articles and rejects, in input order, with at most a few batches in flight."""
    if settings.workers <= 1:
        extraction = Extraction()
        for batch in batches:
            for item in batch:
                yield item if isinstance(item, Reject) else _process_or_reject(item, extraction, run_id, strict)
        return
    context = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
    with cf.ProcessPoolExecutor(settings.workers, mp_context=context,
                                initializer=_init_worker, initargs=(run_id,)) as pool:
        window: deque[tuple[list[Reject], cf.Future[list[Processed | Reject]], list[int]]] = deque()
        limit = 2 * settings.workers
        for batch in itertools.chain(batches, [None]):
            if batch is not None:
                order = [i for i, item in enumerate(batch) if isinstance(item, Reject)]
                rejects = [batch[i] for i in order]
                raws = [item for item in batch if not isinstance(item, Reject)]
                window.append((rejects, pool.submit(_process_batch, raws), order))
            while window and (batch is None or len(window) > limit):
                rejects, future, order = window.popleft()
                yield from _merge(rejects, order, future.result())


def _merge(rejects: list[Reject], order: list[int], processed: list[Processed | Reject]) -> Iterator[Processed | Reject]:
    """Put read rejects back at their input positions among the processed items."""
    items: list[Processed | Reject] = []
    pending = iter(processed)
    total = len(rejects) + len(processed)
    reject_at = dict(zip(order, rejects))
    for i in range(total):
        items.append(reject_at[i] if i in reject_at else next(pending))
    return iter(items)


def run_pipeline(
    inputs: list[Path],
    out: Path,
    settings: Settings,
    *,
    strict: bool = False,
    progress: Callable[[int], None] | None = None,
) -> RunSummary:
    """Extract every input into new part files under `out`.

    Args:
        inputs: files and folders to read.
        out: output folder (created if missing).
        settings: limits, batch size, workers.
        strict: re-raise extractor errors instead of recording them.
        progress: called with the number of inputs done so far.

    Returns:
        Counts for the run; `n_failed` > 0 means some articles hit extractor errors.

    Raises:
        LockedError: another run holds `out`.
    """
    started = dt.datetime.now(dt.timezone.utc)
    clock = time.perf_counter()
    summary = RunSummary(new_run_id(started), out)
    with OutputLock(out, settings.lock_timeout):
        summary.rolled_forward = recover(out)
        done = existing_ids(out)
        writer = RunWriter(out, summary.run_id, settings.row_group_rows)
        try:
            items = read_inputs(inputs, settings.max_bytes, settings.max_chars)
            for item in _results(_batches(items, settings.batch_size), settings, summary.run_id, strict):
                summary.n_inputs += 1
                _record(item, writer, done, summary)
                if progress:
                    progress(summary.n_inputs)
            writer.add("runs", [{
                "run_id": summary.run_id, "started_at": started,
                "finished_at": dt.datetime.now(dt.timezone.utc), "n_inputs": summary.n_inputs,
                "n_new": summary.n_new, "n_skipped": summary.n_skipped,
                "n_rejected": summary.n_rejected, "pipeline_version": __version__,
            }])
            summary.rows = dict(writer.counts)
            writer.commit()
            summary.rows = {t: writer.counts[t] for t in writer.counts}
        except BaseException:
            writer.abort()
            raise
    summary.seconds = time.perf_counter() - clock
    return summary


def _record(item: Processed | Reject, writer: RunWriter, done: set[str], summary: RunSummary) -> None:
    if isinstance(item, Reject):
        summary.n_rejected += 1
        summary.n_failed += item.reason == "extractor_error"
        writer.add("rejects", [{"source": item.source, "reason": item.reason,
                                "detail": item.detail, "run_id": summary.run_id}])
        return
    if item.article_id in done:
        summary.n_skipped += 1
        return
    done.add(item.article_id)
    summary.n_new += 1
    summary.n_chars += item.rows["articles"][0]["n_chars"]
    for table, rows in item.rows.items():
        writer.add(table, rows)


def default_workers() -> int:
    return max(1, min(4, os.cpu_count() or 1))
