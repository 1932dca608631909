"""The `vnie` command line: argument parsing only.

Each command dispatches to `main(args) -> int` in its own module, imported
only when that command runs (so `vnie run` never imports DuckDB or Dask).
"""

from __future__ import annotations

import argparse
import importlib
import logging
import sys
from pathlib import Path

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
}


def _out(p: argparse.ArgumentParser) -> None:
    p.add_argument("--out", type=Path, default=DEFAULT_OUT, help="output folder (default: outputs)")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="vnie", description="Information extraction from Vietnamese press articles into Parquet tables."
    )
    parser.add_argument("--version", action="version", version=f"vnie {__version__}")
    parser.add_argument("-v", "--verbose", action="store_true", help="debug logging")
    sub = parser.add_subparsers(dest="command", required=True)

    p = sub.add_parser("run", help="extract articles into tables (incremental)")
    p.add_argument("inputs", nargs="*", type=Path, help="files or folders (default: corpus/articles)")
    _out(p)
    p.add_argument("--workers", type=int, help="extraction processes (default 1)")
    p.add_argument("--batch-size", type=int, help="articles per worker task")
    p.add_argument("--lock-timeout", type=float, help="seconds to wait for another run on the same --out")
    p.add_argument("--config", type=Path, help="TOML file overriding pipeline/run/defaults.toml")
    p.add_argument("--strict", action="store_true", help="stop at the first extractor error")
    p.add_argument("--dask", metavar="ADDRESS", help="run on a Dask cluster (tcp://host:8786, or 'local')")
    p.add_argument("--no-progress", action="store_true", help="plain log lines even on a terminal")

    p = sub.add_parser("eval", help="score the tables against annotated samples")
    p.add_argument("--gold", type=Path, nargs="+", default=[DEFAULT_GOLD], help="gold JSONL files or folders")
    _out(p)
    p.add_argument("--input", type=Path, nargs="+", default=[Path("corpus/articles"), Path("corpus/samples")],
                   help="where the gold's articles are (run first if missing)")
    p.add_argument("--report", type=Path, help="HTML report path (default: OUT/eval.html)")
    p.add_argument("--json", action="store_true", help="print the scores as JSON")
    p.add_argument("--min-f1", action="append", default=[], metavar="TYPE=F1", help="fail below this F1")
    p.add_argument("--peers", action="store_true", help="also score underthesea.ner and dateparser (slow)")
    p.add_argument("--fresh", action="store_true",
                   help="score a new run of --input in a temporary folder instead of the tables in --out")
    p.add_argument("--pin-baseline", action="store_true",
                   help="re-pin the gate's F1 floors in corpus/baseline.json to the current scores")
    p.add_argument("--allow-lower", action="store_true", help="with --pin-baseline: let floors go down")
    p.add_argument("--first-look", type=Path, metavar="GOLD",
                   help="record a new blind gold file's scores once, before any fix (corpus/baseline.json)")
    p.add_argument("--reason", help="with --allow-lower: why (stored in the baseline file)")
    p.add_argument("--baseline", type=Path, help="baseline file (default: corpus/baseline.json)")

    p = sub.add_parser("show", help="show one article with every extracted span marked")
    p.add_argument("source", help="the article's source (file name or record id) or article_id")
    _out(p)
    p.add_argument("--html", type=Path, metavar="PATH", help="write an HTML page instead")

    p = sub.add_parser("bench", help="benchmark the whole pipeline")
    p.add_argument("--input", type=Path, default=Path("../shared/bench/news-real.jsonl.gz"))
    p.add_argument("--limit", type=int, help="first N articles only")
    p.add_argument("--workers", type=int, default=1)
    p.add_argument("--peers", action="store_true", help="also time underthesea.ner and dateparser")
    p.add_argument("--json", type=Path, metavar="PATH", help="write the results as JSON too")

    p = sub.add_parser("query", help="SQL (DuckDB) over the tables; each table is a view")
    p.add_argument("sql")
    _out(p)
    fmt = p.add_mutually_exclusive_group()
    fmt.add_argument("--csv", action="store_true")
    fmt.add_argument("--json", action="store_true")

    p = sub.add_parser("schema", help="print the data dictionary of every table")
    p.add_argument("--markdown", action="store_true", help="as Markdown (the text of outputs/README.md)")

    p = sub.add_parser("report", help="static HTML summary of the tables")
    _out(p)
    p.add_argument("--html", type=Path, help="page path (default: OUT/report.html)")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(levelname)s %(message)s", stream=sys.stderr)
    handler = importlib.import_module(HANDLERS[args.command])
    return int(getattr(handler, f"cmd_{args.command}")(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
