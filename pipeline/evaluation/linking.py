"""Cross-article linking against `corpus/gold/linking*.jsonl`: pairwise precision and recall of `person_id`.

A gold line names two mentions (`{"source", "name"}` each, the source being the
article's record id or file name) and says whether they are one person (`same`),
with a `kind` (`same_name_different_people`, `same_person_other_post`, ...) and a
reason. Each side is found in the `people` table of the output folder: the person of
that article whose key equals the name's, else the one person whose key ends with it
or that it ends with (`Kim Huệ` / `Phạm Kim Huệ`). A pair is predicted `same` when
both sides are found with one `person_id`; a side not found predicts `different`.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq

from vnie.extractors.keys import key


@dataclass(slots=True)
class LinkingScore:
    pairs: int = 0
    found: int = 0  # pairs whose two sides were both found
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0
    by_kind: dict[str, Counter] = field(default_factory=dict)
    errors: list[dict[str, Any]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def to_dict(self) -> dict[str, Any]:
        return {"pairs": self.pairs, "found": self.found, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "tn": self.tn, "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "by_kind": {k: dict(v) for k, v in self.by_kind.items()}}


def load_pairs(path: Path) -> list[dict[str, Any]]:
    """The gold pairs of a linking file (one JSON object a line).

    Raises:
        ValueError: a line that is not a pair, naming file and line.
    """
    pairs = []
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        pair = json.loads(line)
        if not {"a", "b", "same"} <= set(pair) or not all({"source", "name"} <= set(pair[s]) for s in "ab"):
            raise ValueError(f"{path}:{lineno}: a linking pair needs a, b (source, name) and same")
        pairs.append(pair)
    return pairs


def _people_index(out: Path) -> dict[str, list[tuple[str, str | None]]]:
    """(person_key, person_id) of every person, by article source."""
    articles = pq.read_table(out / "articles", columns=["article_id", "source"]).to_pylist()
    source_of = {a["article_id"]: a["source"] for a in articles}
    people = pq.read_table(out / "people", columns=["article_id", "person_key", "person_id"]).to_pylist()
    index: dict[str, list[tuple[str, str | None]]] = {}
    for row in people:
        source = source_of.get(row["article_id"])
        if source is not None:
            index.setdefault(source, []).append((row["person_key"], row["person_id"]))
    return index


def _person(index: dict[str, list[tuple[str, str | None]]], side: dict[str, str]) -> str | None:
    rows = index.get(side["source"], [])
    k = key(side["name"])
    exact = [pid for pk, pid in rows if pk == k]
    if exact:
        return exact[0]
    near = {pid for pk, pid in rows if pk.endswith(" " + k) or k.endswith(" " + pk)}
    return near.pop() if len(near) == 1 else None


def score_linking(gold: Path, out: Path) -> LinkingScore:
    """Pairwise scores of `out`'s person ids against the pairs in `gold`."""
    index = _people_index(out)
    score = LinkingScore()
    for pair in load_pairs(gold):
        a, b = _person(index, pair["a"]), _person(index, pair["b"])
        score.pairs += 1
        score.found += a is not None and b is not None
        predicted = a is not None and a == b
        outcome = ("tp" if predicted else "fn") if pair["same"] else ("fp" if predicted else "tn")
        setattr(score, outcome, getattr(score, outcome) + 1)
        score.by_kind.setdefault(pair.get("kind", "?"), Counter())[outcome] += 1
        if outcome in ("fp", "fn"):
            score.errors.append({**pair, "outcome": outcome, "found": [a is not None, b is not None]})
    return score


def format_linking(score: LinkingScore) -> str:
    """The linking table as text."""
    lines = [f"pairs {score.pairs} (both sides found {score.found}): precision {score.precision:.3f}, "
             f"recall {score.recall:.3f} (tp {score.tp}, fp {score.fp}, fn {score.fn}, tn {score.tn})"]
    for kind, counts in sorted(score.by_kind.items()):
        lines.append(f"  {kind:<28} " + ", ".join(f"{k} {counts[k]}" for k in ("tp", "fn", "fp", "tn") if counts[k]))
    return "\n".join(lines)


def split_linking(paths: list[Path]) -> tuple[list[Path], list[Path]]:
    """(linking gold files, the other gold paths): `linking*.jsonl` files given or found in the folders given."""
    linking: list[Path] = []
    others: list[Path] = []
    for path in paths:
        if path.is_file() and path.name.startswith("linking"):
            linking.append(path)
            continue
        if path.is_dir():
            linking += sorted(path.rglob("linking*.jsonl"))
        others.append(path)
    return linking, others


def linking_score(gold: Path, out: Path) -> LinkingScore | None:
    """The scores of `gold` on the tables in `out`, or None when `out` holds none of its articles."""
    if not (out / "people").is_dir() or not (out / "articles").is_dir():
        return None
    score = score_linking(gold, out)
    return score if score.found else None
