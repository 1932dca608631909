"""`vnie eval` and `python -m vnie.evaluation.command --pin`: the commands over evaluate, baseline and report.

Exit codes: 0 whatever the scores; 1 when a `--min-f1` floor is not met (or
`--pin-baseline` refuses); 2 on bad input (gold file, missing folder); 4 when
another run holds the folder (LockedError, turned into its code by `vnie.cli`).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

from vnie.evaluation.baseline import DEFAULT_BASELINE, cmd_pin, format_first_looks, load_baseline, record_first_look
from vnie.evaluation.evaluate import (ALL, EXIT_BAD_INPUT, EXIT_BELOW_FLOOR, GoldError, add_peers, below_floors,
                                      evaluate, gather_predictions, load_gold, parse_floors, print_tables, scopes,
                                      table_rows)
from vnie.evaluation.linking import format_linking, linking_score, split_linking
from vnie.evaluation.report import write_report

# Where `vnie eval` writes its HTML report unless told (`--report`).
DEFAULT_REPORT = Path("eval.html")
# Tables the linking gold is scored on without --out or --linking-out (read only).
LINKING_OUT = Path("outputs")


def cmd_eval_pages(folder: Path | None) -> int:
    """`vnie eval --html [DIR]`: the per-page table of the HTML dev pages (see evaluation/pages.py)."""
    from vnie.evaluation.pages import evaluate_pages, html_dir, print_pages

    folder = html_dir(folder)
    if not folder.is_dir():
        print(f"vnie eval: no pages at {folder} (give --html DIR or set VNIE_HTML_DIR)", file=sys.stderr)
        return EXIT_BAD_INPUT
    result = evaluate_pages(folder)
    if not result["scores"]:
        print(f"vnie eval: none of the pages of corpus/html/truth.jsonl is under {folder}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print_pages(result)
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    """`vnie eval`: print the score tables, write the report, check `--min-f1` floors."""
    if getattr(args, "pin_baseline", False):
        return cmd_pin(args)
    if getattr(args, "first_look", None):
        return cmd_first_look(args.first_look, getattr(args, "reason", None))
    if getattr(args, "html", False) is not False:
        return cmd_eval_pages(args.html)
    linking_files, args.gold = split_linking(args.gold)
    try:
        floors = parse_floors(args.min_f1)
        gold_files = load_gold(args.gold) if args.gold else []
    except (ValueError, GoldError) as exc:
        print(f"vnie eval: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    sources = [g["source"] for f in gold_files for g in f.records]
    notes: list[str] = []
    if args.out is not None and not (args.out / "articles").is_dir():
        print(f"vnie eval: no tables in {args.out}; run `vnie run --out {args.out}` first, or drop --out to "
              f"extract the gold's articles into a temporary folder", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        predictions = gather_predictions(args.out, list(args.input), sources, getattr(args, "fresh", False), notes)
    except FileNotFoundError as exc:  # a LockedError goes up: `vnie.cli` gives it exit code 4
        print(f"vnie eval: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    evaluation = evaluate(gold_files, predictions)
    evaluation.notes = notes
    if args.peers:
        add_peers(evaluation, gold_files)
    report = args.report or DEFAULT_REPORT  # never inside --out: vnie eval only reads the tables

    write_report(report, evaluation, [table_rows(evaluation, s) for s in scopes(evaluation)], scopes(evaluation))
    linking = {str(path): score for path in linking_files
               if (score := linking_score(path, getattr(args, "linking_out", None) or args.out or LINKING_OUT)) is not None}
    if args.json:
        print(json.dumps({**evaluation.to_dict(), "report": str(report),
                          "linking": {p: s.to_dict() for p, s in linking.items()}}, ensure_ascii=False, indent=2))
    else:
        print_tables(evaluation)
        for path in linking_files:
            print(f"\n== linking: pairwise precision and recall of person_id ({path})")
            score = linking.get(str(path))
            print(format_linking(score) if score is not None else
                  "  the gold's articles are not in the tables: run `vnie run ../shared/bench/news-real.jsonl.gz "
                  "--out DIR` and pass --linking-out DIR")
        looks = format_first_looks(load_baseline(DEFAULT_BASELINE))
        if looks:
            print("\n== first looks: each blind batch scored once, before any fix (corpus/baseline.json)")
            print(looks)
        print(f"\nreport: {report}")
    failures = below_floors(evaluation.scores[ALL], floors)
    if failures:
        print("vnie eval: below the --min-f1 floor: " + "; ".join(failures), file=sys.stderr)
        return EXIT_BELOW_FLOOR
    return 0


def cmd_first_look(gold: Path, note: str | None) -> int:
    """Record a new blind batch's first-look scores; refuse a second look at the same file."""
    try:
        entry = record_first_look(gold, DEFAULT_BASELINE, note)
    except (ValueError, GoldError, FileNotFoundError) as exc:
        print(f"first look: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(json.dumps(entry, ensure_ascii=False, indent=2))
    return 0


def main(argv: list[str] | None = None) -> int:
    """`python -m vnie.evaluation.command --pin [--allow-lower --reason TEXT]` or `--first-look GOLD [--reason NOTE]`."""

    parser = argparse.ArgumentParser(prog="python -m vnie.evaluation.command",
                                     description="re-pin the F1 floors of the gate test, or record a blind "
                                                 "batch's first look (corpus/baseline.json)")
    what = parser.add_mutually_exclusive_group(required=True)
    what.add_argument("--pin", action="store_true", help="re-pin the floors to the current scores")
    what.add_argument("--first-look", type=Path, metavar="GOLD",
                      help="score a new gold file once, before any fix, and record it in the history")
    parser.add_argument("--allow-lower", action="store_true", help="allow floors to go down (needs --reason)")
    parser.add_argument("--reason", help="why floors go down; stored in the baseline file")
    parser.add_argument("--baseline", type=Path, default=DEFAULT_BASELINE)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(message)s", stream=sys.stderr)
    if args.first_look:
        return cmd_first_look(args.first_look, args.reason)
    return cmd_pin(args)


if __name__ == "__main__":
    sys.exit(main())
