"""`vnie run` and `vnie schema`."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from vnie.cli import DEFAULT_INPUT
from vnie.run.stages import RunSummary, run_pipeline
from vnie.run.settings import load_settings
from vnie.run.write import LockedError

log = logging.getLogger("vnie")

# Exit codes: 2 usage or lock, 3 some articles hit extractor errors.
EXIT_LOCKED = 2
EXIT_EXTRACTOR_ERRORS = 3


def cmd_run(args: argparse.Namespace) -> int:
    inputs = args.inputs or [DEFAULT_INPUT]
    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        print(f"vnie run: no such file or folder: {', '.join(missing)}", file=sys.stderr)
        return EXIT_LOCKED
    settings = load_settings(args.config, workers=args.workers, batch_size=args.batch_size,
                             lock_timeout=args.lock_timeout)
    try:
        if args.dask:
            from vnie.run.distributed import run_dask

            summary = run_dask(inputs, args.out, settings, address=args.dask, strict=args.strict)
        else:
            summary = _run_with_progress(inputs, args.out, settings, args.strict, not args.no_progress)
    except (LockedError, ConnectionError) as exc:  # ConnectionError: --dask scheduler unreachable
        print(f"vnie run: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    _report(summary)
    if summary.n_failed:
        print(f"vnie run: {summary.n_failed} article(s) hit extractor errors; see {args.out}/rejects",
              file=sys.stderr)
        return EXIT_EXTRACTOR_ERRORS
    return 0


def _run_with_progress(inputs: list[Path], out: Path, settings, strict: bool, bar: bool) -> RunSummary:
    if bar and sys.stderr.isatty():
        from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        with Progress(SpinnerColumn(), TextColumn("{task.description}"), TextColumn("{task.completed} inputs"),
                      TimeElapsedColumn(), transient=True) as progress:
            task = progress.add_task("extracting", total=None)
            return run_pipeline(inputs, out, settings, strict=strict,
                                progress=lambda n: progress.update(task, completed=n))

    def log_every(n: int) -> None:
        if n % 1000 == 0:
            log.info("%d inputs done", n)

    return run_pipeline(inputs, out, settings, strict=strict, progress=log_every)


def _report(s: RunSummary) -> None:
    rate = s.n_chars / s.seconds / 1e6 if s.seconds else 0.0
    if s.rolled_forward:
        print(f"recovered interrupted run(s): {', '.join(s.rolled_forward)}")
    print(f"run {s.run_id}: {s.n_inputs} inputs, {s.n_new} new, {s.n_skipped} skipped, "
          f"{s.n_rejected} rejected in {s.seconds:.1f}s ({rate:.2f} M chars/s) -> {s.out}")
    counts = ", ".join(f"{t} {n}" for t, n in s.rows.items() if n and t not in ("runs",))
    if counts:
        print(f"rows: {counts}")


def cmd_schema(args: argparse.Namespace) -> int:
    from vnie.views.schema_doc import print_dictionary, render_markdown

    if getattr(args, "markdown", False):
        print(render_markdown())
    else:
        print_dictionary()
    return 0
