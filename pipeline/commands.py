"""`vnie run`, `vnie compact` and `vnie schema`."""

from __future__ import annotations

import argparse
import dataclasses
import json
import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path

from vnie import errors
from vnie.cli import DEFAULT_INPUT, fail
from vnie.run.read import STDIN, count_inputs
from vnie.run.settings import load_settings
from vnie.run.stages import RunSummary, run_pipeline
from vnie.run.tables import convert_without_pandas

log = logging.getLogger("vnie")

# Without a progress bar, a log line every this many inputs.
LOG_EVERY = 1000


def cmd_run(args: argparse.Namespace) -> int:
    """`vnie run`: extract, print the summary; exit 3 when some articles hit extractor errors.

    Raises:
        UsageError, LockedError, ClusterError: turned into one line and an exit code by `vnie.cli`.
        KeyboardInterrupt: as `errors.Interrupted`, once the run's staged files are gone.
    """
    settings = load_settings(args.config, workers=args.workers, batch_size=args.batch_size,
                             lock_timeout=args.lock_timeout)
    inputs = args.inputs or [DEFAULT_INPUT]
    missing = [str(p) for p in inputs if str(p) != STDIN and not p.exists()]
    if missing:
        raise errors.UsageError(f"no such file or folder: {', '.join(missing)}")
    if sum(str(p) == STDIN for p in inputs) > 1:
        raise errors.UsageError("- (standard input) can be given once")
    if STDIN in map(str, inputs) and sys.stdin.isatty():
        log.info("reading JSONL from standard input (end with Ctrl-D)")
    convert_without_pandas()  # this process only runs the pipeline
    try:
        if args.dask:
            from vnie.run.distributed import run_dask

            summary = run_dask(inputs, args.out, settings, address=args.dask, strict=args.strict)
        else:
            show = not (args.quiet or args.json)
            summary = _run_with_progress(inputs, args.out, settings, args.strict, show and not args.no_progress,
                                         show)
    except KeyboardInterrupt:
        raise errors.Interrupted(f"interrupted; nothing of this run was written, {args.out} is as it was "
                                 f"(run again to do the work)") from None
    if args.json:
        print(json.dumps(summary_dict(summary), ensure_ascii=False))
    elif not args.quiet:
        _report(summary)
    if summary.n_failed:
        return fail("vnie run", f"{summary.n_failed} article(s) hit extractor errors; see {args.out}/rejects",
                    errors.EXTRACTOR_ERRORS)
    return errors.OK


def summary_dict(s: RunSummary) -> dict:
    """The run summary as plain JSON values (`vnie run --json`)."""
    out = dataclasses.asdict(s)
    out["out"] = str(s.out)
    out["seconds"] = round(s.seconds, 3)
    out["stage_seconds"] = {k: round(v, 3) for k, v in s.stage_seconds.items()}
    return out


def _run_with_progress(inputs: list[Path], out: Path, settings, strict: bool, bar: bool, lines: bool) -> RunSummary:
    """Run with a progress bar on a terminal, else a log line every `LOG_EVERY` inputs."""
    total = count_inputs(inputs) if (bar or lines) else None
    if bar and sys.stderr.isatty():
        from rich.console import Console
        from rich.progress import (BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)

        columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                   TextColumn("inputs · {task.fields[rate]}"), TimeElapsedColumn()]
        if total is not None:
            columns += [TimeRemainingColumn(), TextColumn("left")]
        with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
            task = progress.add_task("extracting", total=total, rate="")
            rate = Rate(total)

            def update(n: int) -> None:
                rate.done(n)
                progress.update(task, completed=n, rate=f"{rate.per_second():.0f}/s")

            return run_pipeline(inputs, out, settings, strict=strict, progress=update)

    rate = Rate(total)

    def log_every(n: int) -> None:
        rate.done(n)
        if lines and n % LOG_EVERY == 0:
            log.info("%s", rate.describe())

    return run_pipeline(inputs, out, settings, strict=strict, progress=log_every)


class Rate:
    """Inputs done, the rate, and the time left when the total is known."""

    def __init__(self, total: int | None, clock: Callable[[], float] = time.monotonic):
        self.total = total
        self.clock = clock
        self.started = clock()
        self.n = 0

    def done(self, n: int) -> None:
        self.n = n

    def per_second(self) -> float:
        seconds = self.clock() - self.started
        return self.n / seconds if seconds > 0 else 0.0

    def describe(self) -> str:
        """`1000/5000 inputs, 352/s, 11 s left` (without total: `1000 inputs, 352/s`)."""
        rate = self.per_second()
        if self.total is None:
            return f"{self.n} inputs, {rate:.0f}/s"
        left = (self.total - self.n) / rate if rate > 0 else float("nan")
        return f"{self.n}/{self.total} inputs, {rate:.0f}/s, {left:.0f} s left"


def _report(s: RunSummary) -> None:
    rate = s.n_chars / s.seconds / 1e6 if s.seconds else 0.0
    if s.rolled_forward:
        print(f"recovered interrupted run(s): {', '.join(s.rolled_forward)}")
    print(f"run {s.run_id}: {s.n_inputs} inputs, {s.n_new} new, {s.n_skipped} skipped, "
          f"{s.n_rejected} rejected in {s.seconds:.1f}s ({rate:.2f} M chars/s) -> {s.out}")
    counts = ", ".join(f"{t} {n}" for t, n in s.rows.items() if n and t not in ("runs",))
    if counts:
        print(f"rows: {counts}")


def cmd_compact(args: argparse.Namespace) -> int:
    """`vnie compact [--out DIR]`: each table's parts merged into one.

    Raises:
        UsageError, LockedError, CompactError: turned into one line and an exit code by `vnie.cli`.
    """
    from vnie.run.compact import compact

    if not (args.out / "articles").is_dir():
        raise errors.UsageError(f"no tables in {args.out}; run `vnie run --out {args.out}` first")
    if args.lock_timeout < 0:
        raise errors.UsageError(f"--lock-timeout must be 0 or more seconds, got {args.lock_timeout:g}")
    done = compact(args.out, args.lock_timeout, load_settings().row_group_rows)
    if not args.quiet:
        for item in done:
            print(f"{item.table}: {item.parts} parts -> 1 ({item.rows} rows)")
        if not done:
            print(f"nothing to merge in {args.out}: every table has at most one part")
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    from vnie.views.schema_doc import print_dictionary, render_markdown

    if getattr(args, "markdown", False):
        print(render_markdown())
    else:
        print_dictionary()
    return 0
