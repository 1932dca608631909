"""`vnie run --dask ADDRESS`: the same pipeline with extraction on a Dask cluster.

The client (the machine running `vnie run`) reads the inputs, sends them to
the workers in batches, and gets each batch back as Arrow tables, in input
order; it writes them with the same `RunWriter` under the same lock, so the
run is published atomically as one run and the tables equal those of a local
run. Workers need the same vnie version installed (they build the extractors
from their own copy of the gazetteer), but no access to the inputs or to the
output folder. At most a few batches per worker thread are in flight, so the
client's memory stays bounded.

`--dask local` starts a `LocalCluster` of worker processes on this machine
(`--workers N`, default 2), which is also how the equality test runs it.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from vnie.errors import ClusterError, UsageError
from vnie.version import pipeline_version
from vnie.run.read import RawArticle, Reject
from vnie.run.stages import IN_FLIGHT_PER_WORKER, BatchResult, Engine, RunSummary, build_extraction, process_batch, run_pipeline
from vnie.run.settings import Settings

log = logging.getLogger("vnie")

LOCAL = "local"
# Worker processes of `--dask local` when --workers is not given (this machine has 2 cores).
LOCAL_WORKERS = 2

# Per worker thread: the built extractors and their timings.
_STATE = threading.local()


# How long the client tries to reach a scheduler before giving up (a scheduler
# that is up but slow to answer) ...
CONNECT_TIMEOUT = "20s"
# ... after a plain TCP connection succeeded within this many seconds; a refused
# connection (nothing listening) fails at once.
PROBE_SECONDS = 5.0


class VersionMismatch(RuntimeError):
    """A Dask worker runs a different vnie version than the client."""


def dask_batch(batch: list[RawArticle | Reject], run_id: str, strict: bool, version: str) -> BatchResult:
    """Process one batch on a Dask worker (extractors built once per worker thread).

    Raises:
        VersionMismatch: the worker's vnie differs from the client's.
        StageError: with `strict`, when a stage raises.
    """
    if version != pipeline_version():
        raise VersionMismatch(f"worker runs vnie {pipeline_version()}, client {version}; install the same version")
    if not hasattr(_STATE, "extraction"):
        _STATE.seconds = {}
        _STATE.extraction = build_extraction(_STATE.seconds)
    try:
        return process_batch(batch, _STATE.extraction, run_id, strict, _STATE.seconds)
    finally:
        _STATE.seconds.clear()


def dask_engine(client: Any) -> Engine:
    """An engine that runs each batch as one Dask task and yields results in order."""

    def engine(batches: Iterator[list[RawArticle | Reject]], run_id: str, strict: bool) -> Iterator[BatchResult]:
        threads = max(1, sum(client.nthreads().values()))
        limit = IN_FLIGHT_PER_WORKER * threads
        window: deque[Any] = deque()
        for i, batch in enumerate(batches):
            # Earlier batches first: the client consumes them in order.
            window.append(client.submit(dask_batch, batch, run_id, strict, pipeline_version(),
                                        pure=False, priority=-i, key=f"vnie-batch-{run_id}-{i}"))
            while len(window) > limit:
                yield window.popleft().result()
        while window:
            yield window.popleft().result()

    return engine


def connect(address: str, workers: int) -> tuple[Any, Any]:
    """A Dask client for `address`, and the LocalCluster it started (or None).

    Raises:
        ClusterError: if the scheduler cannot be reached.
    """
    from dask.distributed import Client, LocalCluster

    if not log.isEnabledFor(logging.DEBUG):  # Dask logs every worker start and stop at INFO
        for name in ("distributed", "dask"):
            logging.getLogger(name).setLevel(logging.WARNING)
    if address == LOCAL:
        cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                               dashboard_address=":0", silence_logs=logging.WARNING)
        return Client(cluster), cluster
    probe(address)
    try:
        return Client(address, timeout=CONNECT_TIMEOUT), None
    except (OSError, TimeoutError) as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} within {CONNECT_TIMEOUT} "
                           f"({type(exc).__name__}: {exc}); is `dask scheduler` running there?") from exc


def probe(address: str) -> None:
    """Open and close a TCP connection to a `tcp://host:port` (or `host:port`) scheduler.

    Other protocols (tls://, ucx://, inproc://) are left to Dask.

    Raises:
        UsageError: the address has no port.
        ClusterError: the connection is refused or times out.
    """
    scheme, _, rest = address.rpartition("://")
    if scheme not in ("", "tcp"):
        return
    host, _, port = rest.rpartition(":")
    if not port.isdigit():
        raise UsageError(f"--dask {address}: give the scheduler as tcp://HOST:PORT (e.g. tcp://10.0.0.5:8786) "
                           f"or 'local'")
    try:
        socket.create_connection((host.strip("[]") or "localhost", int(port)), timeout=PROBE_SECONDS).close()
    except OSError as exc:
        raise ClusterError(f"cannot reach the Dask scheduler at {address} ({exc.strerror or exc}); "
                           f"is `dask scheduler` running there?") from None


def run_dask(inputs: list[Path], out: Path, settings: Settings, address: str, strict: bool = False) -> RunSummary:
    """Run the pipeline with extraction on a Dask cluster; write locally as one run.

    Args:
        inputs: files and folders to read (read by this process).
        out: output folder (written by this process only).
        settings: limits and batch size; `workers` sizes `--dask local`.
        address: scheduler address (`tcp://host:8786`) or `local`.
        strict: re-raise extractor errors instead of recording them.

    Returns:
        Counts for the run, as `run_pipeline`.

    Raises:
        LockedError: another run holds `out`.
        ClusterError: the scheduler cannot be reached.
    """
    workers = settings.workers if settings.workers > 1 else LOCAL_WORKERS
    client, cluster = connect(address, workers)
    try:
        log.info("dask: %s, %d worker thread(s)", address, sum(client.nthreads().values()))
        return run_pipeline(inputs, out, settings, strict=strict, engine=dask_engine(client))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
