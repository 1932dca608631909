"""The `vnie` command line: argument parsing only.

Each command dispatches to `cmd_<name>(args) -> int` in its own module,
imported only when that command runs (so `vnie run` never imports DuckDB or
Dask). `main` turns every error a user can cause into one line on stderr and
an exit code from `vnie.errors`, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import logging
import os
import sys
from pathlib import Path

from vnie import errors
from vnie.version import __version__

DEFAULT_INPUT = Path("corpus/articles")
DEFAULT_OUT = Path("outputs")
DEFAULT_GOLD = Path("corpus/gold")

# command -> module whose main(args) runs it
HANDLERS = {
    "run": "vnie.commands",
    "eval": "vnie.evaluation.command",
    "show": "vnie.views.show",
    "bench": "vnie.bench",
    "query": "vnie.views.query",
    "schema": "vnie.commands",
    "report": "vnie.views.report",
    "people": "vnie.views.people",
    "compact": "vnie.commands",
}


LOG_LEVELS = ("debug", "info", "warning", "error")

EPILOG = """exit codes: 0 done; 1 the command says no (SQL error, article not found,
F1 below --min-f1); 2 bad argument, missing input or output folder, bad --config;
3 the run landed but some articles hit extractor errors (see rejects);
4 another run is writing the output folder; 5 the Dask scheduler cannot be reached;
130 interrupted (Ctrl-C); 141 output pipe closed."""


class Parser(argparse.ArgumentParser):
    """argparse with one-line errors that say where to look."""

    def error(self, message: str):  # type: ignore[override]
        self.exit(errors.USAGE, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _common() -> argparse.ArgumentParser:
    """Logging options, accepted before or after the command (defaults set in `main`)."""
    common = argparse.ArgumentParser(add_help=False, argument_default=argparse.SUPPRESS)
    group = common.add_argument_group("logging (before or after the command)")
    group.add_argument("-q", "--quiet", action="store_true", help="only warnings and errors; no progress or summary")
    group.add_argument("-v", "--verbose", action="store_true", help="debug logging (same as --log-level debug)")
    group.add_argument("--log-level", choices=LOG_LEVELS, type=str.lower, help="default: info")
    group.add_argument("--log-format", choices=("text", "json"), help="json: one object per line (default: text)")
    return common


def _out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs)")


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = Parser(
        prog="vnie", description="Information extraction from Vietnamese press articles into Parquet tables.",
        epilog=EPILOG, parents=[common], formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"vnie {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    p = sub.add_parser("run", parents=[common], help="extract articles into tables (incremental)")
    p.add_argument("inputs", nargs="*", type=Path,
                   help="files or folders (default: corpus/articles); - reads JSONL from standard input")
    _out(p)
    p.add_argument("--workers", type=int, help="extraction processes (default 1)")
    p.add_argument("--batch-size", type=int, help="articles per worker task")
    p.add_argument("--lock-timeout", type=float, help="seconds to wait for another run on the same --out")
    p.add_argument("--config", type=Path, help="TOML file overriding pipeline/run/defaults.toml")
    p.add_argument("--strict", action="store_true", help="stop at the first extractor error")
    p.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (tcp://host:8786, or 'local')")
    p.add_argument("--no-progress", action="store_true", help="plain log lines even on a terminal")
    p.add_argument("--json", action="store_true", help="print the run summary as one JSON object")

    p = sub.add_parser("eval", parents=[common], help="score the extraction against annotated samples")
    p.add_argument("--gold", type=Path, nargs="+", default=[DEFAULT_GOLD], help="gold JSONL files or folders")
    p.add_argument("--out", type=Path, metavar="DIR",
                   help="score the tables in DIR as they are, only reading them (default: extract the gold's "
                        "articles from --input into a temporary folder)")
    p.add_argument("--input", type=Path, nargs="+", default=[Path("corpus/articles"), Path("corpus/samples")],
                   help="where the gold's articles are (extracted into a temporary folder)")
    p.add_argument("--report", type=Path, help="HTML report path (default: eval.html in the current folder)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--min-f1", action="append", default=[], metavar="TYPE=F1", help="fail below this F1")
    p.add_argument("--peers", action="store_true", help="also score underthesea.ner and dateparser (slow)")
    p.add_argument("--fresh", action="store_true",
                   help="with --out: score a new run of --input in a temporary folder instead")
    p.add_argument("--pin-baseline", action="store_true",
                   help="re-pin the gate's F1 floors in corpus/baseline.json to the current scores")
    p.add_argument("--allow-lower", action="store_true", help="with --pin-baseline: let floors go down")
    p.add_argument("--first-look", type=Path, metavar="GOLD",
                   help="record a new blind gold file's scores once, before any fix (corpus/baseline.json)")
    p.add_argument("--reason", help="with --allow-lower: why (stored in the baseline file)")
    p.add_argument("--baseline", type=Path, help="baseline file (default: corpus/baseline.json)")
    p.add_argument("--html", type=Path, nargs="?", const=None, default=False, metavar="DIR",
                   help="score real news pages against corpus/html/truth.jsonl instead "
                        "(DIR default: $VNIE_HTML_DIR, else ../shared/html)")
    p.add_argument("--linking-out", type=Path, metavar="DIR",
                   help="tables holding the linking gold's articles (default: --out), e.g. a run of "
                        "../shared/bench/news-real.jsonl.gz")

    p = sub.add_parser("people", help="persons across articles: posts over time and articles")
    p.add_argument("name", nargs="?", help="a name, alias or part of one (default: the most-named persons)")
    _out(p)
    p.add_argument("--limit", type=int, help="persons listed (default 30)")

    p = sub.add_parser("show", parents=[common], help="show one article with every extracted span marked")
    p.add_argument("source", help="the article's source (file name or record id) or article_id")
    _out(p)
    p.add_argument("--html", type=Path, metavar="PATH", help="write an HTML page instead")

    p = sub.add_parser("bench", parents=[common], help="benchmark the whole pipeline")
    p.add_argument("--input", type=Path, default=Path("../shared/bench/news-real.jsonl.gz"))
    p.add_argument("--limit", type=int, help="first N articles only")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--peers", action="store_true", help="also time underthesea.ner and dateparser")
    p.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON too")
    p.add_argument("--html", type=Path, metavar="DIR", help="time HTML pages instead: pages/s and MB/s")

    p = sub.add_parser("query", parents=[common], help="SQL (DuckDB) over the tables; each table is a view")
    p.add_argument("sql")
    _out(p)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true", help="CSV: lists as JSON arrays, NULL as an empty field")
    fmt.add_argument("--json", action="store_true", help="JSON Lines: one object per row")

    p = sub.add_parser("schema", parents=[common], help="print the data dictionary of every table")
    p.add_argument("--markdown", action="store_true", help="as Markdown (the text of outputs/README.md)")

    p = sub.add_parser("compact", parents=[common], help="merge each table's part files into one, atomically")
    _out(p)
    p.add_argument("--lock-timeout", type=float, default=0.0, help="seconds to wait for a run on the same --out")

    p = sub.add_parser("report", parents=[common], help="static HTML summary of the tables")
    _out(p)
    p.add_argument("--html", type=Path, help="page path (default: OUT/report.html)")
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; return the exit code (see `vnie.errors`)."""
    try:
        args = build_parser().parse_args(argv)
    except SystemExit as exc:  # --help, --version, or a usage error already printed
        return exc.code if isinstance(exc.code, int) else errors.USAGE
    _defaults(args)
    configure_logging(args.log_level, args.log_format)
    command = f"vnie {args.command}"
    try:
        handler = importlib.import_module(HANDLERS[args.command])
        return int(getattr(handler, f"cmd_{args.command}")(args) or 0)
    except errors.VnieError as exc:
        return fail(command, str(exc), exc.exit_code)
    except KeyboardInterrupt:
        return fail(command, "interrupted", errors.INTERRUPTED)
    except BrokenPipeError:
        _silence_stdout()
        return errors.BROKEN_PIPE
    except SystemExit:  # rich, on a closed pipe, points stdout at /dev/null and exits 1
        if _stdout_is_devnull():
            return errors.BROKEN_PIPE
        raise
    except OSError as exc:  # a file the user named cannot be read or written
        logging.getLogger("vnie").debug("traceback", exc_info=True)
        return fail(command, f"{exc}; check the path and its permissions", errors.FAILED)


def _defaults(args: argparse.Namespace) -> None:
    """Fill the logging options (SUPPRESSed so a subcommand's default cannot hide the main one)."""
    args.quiet = getattr(args, "quiet", False)
    level = getattr(args, "log_level", None)
    if level is None:
        level = "debug" if getattr(args, "verbose", False) else "warning" if args.quiet else "info"
    args.log_level = level
    args.log_format = getattr(args, "log_format", "text")


class JsonFormatter(logging.Formatter):
    """One JSON object per record: time (UTC, ISO 8601), level, logger, message."""

    def format(self, record: logging.LogRecord) -> str:
        entry = {"time": self.formatTime(record), "level": record.levelname, "logger": record.name,
                 "message": record.getMessage()}
        for key in ("command", "exit_code"):
            if hasattr(record, key):
                entry[key] = getattr(record, key)
        if record.exc_info:
            entry["exception"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)

    def formatTime(self, record: logging.LogRecord, datefmt: str | None = None) -> str:  # noqa: N802
        import datetime as dt

        return dt.datetime.fromtimestamp(record.created, dt.timezone.utc).isoformat(timespec="milliseconds")


def configure_logging(level: str, fmt: str) -> None:
    """Log to stderr at `level` ("info" ...), as text or JSON lines."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if fmt == "json" else logging.Formatter("%(levelname)s %(message)s"))
    logging.basicConfig(level=level.upper(), handlers=[handler])
    logging.getLogger("vnie").setLevel(level.upper())
    _FORMAT["json"] = fmt == "json"


_FORMAT = {"json": False}


def fail(command: str, message: str, code: int) -> int:
    """Report an error in one line on stderr (a JSON record with --log-format json); return `code`."""
    if _FORMAT["json"]:
        logging.getLogger("vnie").error(message, extra={"command": command, "exit_code": code})
    else:
        print(f"{command}: {message}", file=sys.stderr)
    return code


def _silence_stdout() -> None:
    """Point stdout at /dev/null so the interpreter's final flush does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def _stdout_is_devnull() -> bool:
    try:
        out, null = os.fstat(sys.stdout.fileno()), os.stat(os.devnull)
    except (OSError, ValueError):
        return False
    return (out.st_dev, out.st_ino) == (null.st_dev, null.st_ino)


if __name__ == "__main__":
    sys.exit(main())
