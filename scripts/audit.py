"""Random-row audit of a run's tables: draw rows, judge them against the text, score the judgements.

An audit asks of each drawn row two questions, answered by a person reading the
sentence: is the span a real fact of its table (`span_ok`), and is every
attribute of the row right (`attrs_ok`: name, rank, titles, value, unit,
province, speaker …)? A worksheet line carries the row and the sentence it
came from, with the span between « »; the judge fills in the two answers and
an optional `note`.

Usage:
    .venv/bin/python scripts/audit.py draw OUT --n 40 --seed 13 > worksheet.jsonl
    .venv/bin/python scripts/audit.py draw-persons OUT --n 40 --seed 13 > persons.jsonl
    .venv/bin/python scripts/audit.py score judged.jsonl

`draw` takes every table with `start`/`end` offsets (and `people`/`persons`/
`positions` where present), `draw-persons` takes `persons` rows, each with up to
three passages naming the person (from the `officials` spans) for judging
`kind` and every column; `score` prints one line per table: rows judged, span
right, all attributes right.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any, Iterator

SPAN_TABLES = ("dates", "officials", "provinces", "regions", "localities", "models", "numbers", "quotes",
               "positions")
CONTEXT = 220  # characters each side of the span: about one sentence of press text
SKIP = {"article_id", "start", "end", "text", "run_id", "pipeline_version", "rule"}


def _plain(value: Any) -> Any:
    """A Parquet cell as JSON: arrays to lists, numpy scalars and dates to Python values."""
    if hasattr(value, "tolist"):
        value = value.tolist()  # a numpy float NaN stays NaN here: checked below
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, float) and value != value:  # NaN: a null number, which JSON writes as null
        return None
    return value


def _context(text: str, start: int, end: int) -> str:
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    left, right = max(left, start - CONTEXT), min(right, end + CONTEXT)
    return text[left:start] + "«" + text[start:end] + "»" + text[end:right]


def draw(out: Path, n: int, seed: int) -> Iterator[dict[str, Any]]:
    """`n` random rows of each span table of `out`, each with its sentence."""
    from vnie import read_tables

    frames = read_tables(out)
    texts = dict(zip(frames["articles"]["article_id"], frames["articles"]["text"]))
    rng = random.Random(seed)
    for table in SPAN_TABLES:
        frame = frames.get(table)
        if frame is None or frame.empty:
            continue
        for index in sorted(rng.sample(range(len(frame)), min(n, len(frame)))):
            row = frame.iloc[index]
            attrs = {k: _plain(row[k]) for k in frame.columns if k not in SKIP}
            yield {"table": table, "article_id": row["article_id"], "text": row["text"], "attrs": attrs,
                   "context": _context(texts[row["article_id"]], int(row["start"]), int(row["end"])),
                   "span_ok": None, "attrs_ok": None, "note": ""}


def draw_persons(out: Path, n: int, seed: int, passages: int = 3) -> Iterator[dict[str, Any]]:
    """`n` random rows of `persons`, each with up to `passages` sentences naming the person (one per article)."""
    from vnie import read_tables

    frames = read_tables(out)
    texts = dict(zip(frames["articles"]["article_id"], frames["articles"]["text"]))
    mentions = frames["officials"].sort_values(["article_id", "start"])
    persons = frames["persons"].sort_values("person_id", ignore_index=True)
    rng = random.Random(seed)
    for index in sorted(rng.sample(range(len(persons)), min(n, len(persons)))):
        row = persons.iloc[index]
        seen = mentions[mentions["person_id"] == row["person_id"]].drop_duplicates("article_id").head(passages)
        yield {"table": "persons", "text": row["name"], "kind": row["kind"],
               "attrs": {k: _plain(row[k]) for k in persons.columns if k != "person_id"},
               "passages": [_context(texts[m.article_id], int(m.start), int(m.end)) for m in seen.itertuples()],
               "span_ok": None, "kind_ok": None, "attrs_ok": None, "note": ""}


def score(lines: Iterator[dict[str, Any]]) -> dict[str, dict[str, int]]:
    """Per table: rows judged, spans right, rows whose every attribute is right (only right spans count)."""
    totals: dict[str, dict[str, int]] = defaultdict(lambda: {"n": 0, "span_ok": 0, "all_ok": 0})
    for line in lines:
        if line.get("span_ok") is None:
            continue
        total = totals[line["table"]]
        total["n"] += 1
        total["span_ok"] += bool(line["span_ok"])
        total["all_ok"] += bool(line["span_ok"]) and bool(line["attrs_ok"])
    return dict(totals)


def format_scores(totals: dict[str, dict[str, int]]) -> str:
    rows = [f"{'table':<11} {'n':>3}  {'span right':>10}  {'all attributes right':>20}"]
    for table, t in sorted(totals.items()):
        rows.append(f"{table:<11} {t['n']:>3}  {t['span_ok'] / t['n']:>10.1%}  {t['all_ok'] / t['n']:>20.1%}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("draw", help="draw rows to judge (JSONL on stdout)")
    d.add_argument("out", type=Path)
    d.add_argument("--n", type=int, default=40)
    d.add_argument("--seed", type=int, default=13)
    p = sub.add_parser("draw-persons", help="draw persons rows with their passages (JSONL on stdout)")
    p.add_argument("out", type=Path)
    p.add_argument("--n", type=int, default=40)
    p.add_argument("--seed", type=int, default=13)
    s = sub.add_parser("score", help="score a judged worksheet")
    s.add_argument("judged", type=Path)
    args = parser.parse_args(argv)
    if args.command in ("draw", "draw-persons"):
        drawn = draw if args.command == "draw" else draw_persons
        for line in drawn(args.out, args.n, args.seed):
            print(json.dumps(line, ensure_ascii=False, default=str))
        return 0
    with args.judged.open(encoding="utf-8") as handle:
        print(format_scores(score(json.loads(line) for line in handle if line.strip())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
