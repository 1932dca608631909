"""Every difference between a run's tables and the gold, one line each, in one file per fact type.

Usage:
    .venv/bin/python scripts/errors.py OUT ERRDIR GOLD [GOLD ...]

OUT holds a run of the gold's articles (`vnie run corpus/samples/X.jsonl --out OUT`). Writes
ERRDIR/<type>.txt (dates, officials, provinces, regions, models, numbers), titles.txt and units.txt
(attribute mismatches of officials' titles and numbers' units) and fields.txt (title, published,
authors), each line `source<TAB>FN|FP|ATTR name<TAB>match key<TAB>details`: FN a gold fact missed, FP a
predicted fact the gold lacks, ATTR a matched fact with another attribute. Matching is `vnie eval`'s
(ANNOTATION.md), so the FN and FP lines of a type add up to its false negatives and positives.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from vnie.evaluation.evaluate import load_gold, load_predictions
from vnie.evaluation.scoring import FACT_RULES, TYPES, ArticleResult, score_article

FILES = (*TYPES, "titles", "units", "fields")
ATTRIBUTE_FILES = {"titles": "titles", "unit": "units"}


def _shown(value: Any) -> Any:
    return sorted(str(v) for v in value) if isinstance(value, (set, frozenset)) else value


def article_errors(result: ArticleResult) -> dict[str, list[str]]:
    """One scored article's differences, by file name."""
    lines: dict[str, list[str]] = {name: [] for name in FILES}
    src = result.source
    for type_name, gold in result.gold.items():
        pred = result.pred[type_name]
        for side, keys, facts in (("FN", gold.keys() - pred.keys(), gold), ("FP", pred.keys() - gold.keys(), pred)):
            for k in sorted(keys, key=str):
                lines[type_name].append(f"{src}\t{side}\t{k}\t{ {a: _shown(v) for a, v in facts[k].items()} }")
        for k in sorted(gold.keys() & pred.keys(), key=str):
            for attribute in FACT_RULES[type_name][1]:
                if gold[k][attribute] != pred[k][attribute]:
                    name = ATTRIBUTE_FILES.get(attribute, type_name)
                    lines[name].append(f"{src}\tATTR {attribute}\t{k}\tgold={_shown(gold[k][attribute])}"
                                       f"\tpred={_shown(pred[k][attribute])}")
    for field, (gold_value, pred_value, ok) in result.fields.items():
        if not ok:
            lines["fields"].append(f"{src}\t{field}\tgold={gold_value!r}\tpred={pred_value!r}")
    return lines


def errors(out: Path, gold_paths: list[Path]) -> dict[str, list[str]]:
    """The differences of every gold article found in `out`, by file name."""
    records = [record for gold in load_gold(gold_paths) for record in gold.records]
    predictions = load_predictions(out, [record["source"] for record in records])
    found: dict[str, list[str]] = {name: [] for name in FILES}
    for record in records:
        prediction = predictions.get(record["source"])
        result = score_article(record, prediction.record if prediction is not None else {})
        for name, lines in article_errors(result).items():
            found[name] += lines
    return found


def main(argv: list[str]) -> int:
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    out, errdir, golds = Path(argv[0]), Path(argv[1]), [Path(p) for p in argv[2:]]
    errdir.mkdir(parents=True, exist_ok=True)
    for name, lines in errors(out, golds).items():
        (errdir / f"{name}.txt").write_text("".join(line + "\n" for line in lines), encoding="utf-8")
        print(f"{name:<10} {len(lines)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
