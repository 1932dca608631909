"""`vnie eval`: score the tables against annotated samples (ANNOTATION.md).

Gold files are JSONL, one article per line; predictions are read from the
tables in `--out` and joined to gold by `articles.source`. Articles missing
from `--out` are extracted first (the run is incremental). When the tables are
older than the extractor code, a fresh run of the gold's articles in a
temporary folder is scored instead, so the scores always describe the code.

Exit codes: 0 whatever the scores; 1 when a `--min-f1` floor is not met (or
`--pin-baseline` refuses); 2 on bad input (gold file, missing folder, lock).

The command itself (`vnie eval`, `python -m vnie.evaluation.command --pin`) is
in `command.py`; this module imports neither it, the baseline nor the report.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow.compute as pc
import pyarrow.dataset as ds

from vnie.evaluation.scoring import (FACT_RULES, FIELDS, LOCAL, TYPES, Accuracy, ArticleResult, Counts, Scores,
                              iso_local, score_article, total_scores)
from vnie.run.tables import SCHEMAS

log = logging.getLogger("vnie")

REPO = Path(__file__).resolve().parents[2]
EXIT_BELOW_FLOOR = 1
EXIT_BAD_INPUT = 2
# The code whose changes make existing tables stale (their mtimes are compared with the run's end).
CODE_PATHS = ("extractors", "gazetteer", "pipeline/run/read.py", "pipeline/run/stages.py", "pipeline/run/tables.py")
# Tables whose rows are spans of a fact type, with the type they score as.
SPAN_TABLES: dict[str, str] = {t: t for t in TYPES}


class GoldError(ValueError):
    """A gold file that cannot be read; the message names file and line."""


# ---------------------------------------------------------------- gold


@dataclass(slots=True)
class GoldFile:
    path: Path
    records: list[dict[str, Any]]


def gold_paths(paths: Iterable[Path]) -> list[Path]:
    """Gold JSONL files: the files given, and every `*.jsonl` under the folders given (but `linking*.jsonl`).

    Raises:
        GoldError: when a path does not exist or a folder holds no JSONL.
    """
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            # linking*.jsonl holds cross-article person pairs (scored by evaluation.linking), not articles
            found = sorted(p for p in path.rglob("*.jsonl") if not p.name.startswith("linking"))
            if not found:
                raise GoldError(f"{path}: no *.jsonl gold files in this folder")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise GoldError(f"{path}: no such gold file or folder")
    return list(dict.fromkeys(files))


def load_gold(paths: Iterable[Path]) -> list[GoldFile]:
    """Read gold files (ANNOTATION.md format).

    Raises:
        GoldError: on bad JSON, a line that is not an object, a missing `source`,
            or a list-valued type that is not a list.
    """
    result = []
    for path in gold_paths(paths):
        records = []
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise GoldError(f"{path}:{lineno}: not JSON: {exc}") from exc
            if not isinstance(record, dict) or not record.get("source"):
                raise GoldError(f"{path}:{lineno}: a gold line must be an object with a 'source'")
            bad = [t for t in TYPES + ("authors",) if t in record and not isinstance(record[t], list)]
            if bad:
                raise GoldError(f"{path}:{lineno}: {', '.join(bad)} must be lists")
            records.append(record)
        result.append(GoldFile(path, records))
    return result


# ---------------------------------------------------------------- predictions


@dataclass(frozen=True, slots=True)
class Span:
    """A predicted span, with the match key it is scored under."""

    start: int
    end: int
    type: str
    match: Any
    label: str


@dataclass(slots=True)
class Prediction:
    """One article as the pipeline saw it: gold-format record plus its spans."""

    article_id: str
    source: str
    text: str
    run_id: str
    published: dt.datetime | None
    record: dict[str, Any] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)


def _rows(out: Path, table: str, column: str, values: Iterable[str]) -> list[dict[str, Any]]:
    """Rows of `out/<table>` whose `column` is one of `values` (none if the table is absent)."""
    folder = out / table
    wanted = sorted(set(values))
    if not wanted or not folder.is_dir() or not any(folder.glob("*.parquet")):
        return []
    dataset = ds.dataset(folder, format="parquet", schema=SCHEMAS[table])
    return dataset.to_table(filter=pc.field(column).isin(wanted)).to_pylist()


def gold_source(source: str, wanted: set[str]) -> str | None:
    """The gold source a table's `source` stands for: itself, or a path ending in it.

    A run over several inputs names files by their path from the inputs' common
    folder (`articles/000_x.txt`); gold names them as given (`000_x.txt`).
    """
    parts = source.split("/")
    for i in range(len(parts)):
        candidate = "/".join(parts[i:])
        if candidate in wanted:
            return candidate
    return None


def _gold_source_rows(out: Path, sources: Iterable[str]) -> list[dict[str, Any]]:
    """Articles rows of `out` for the gold `sources`, each with `source` set to its gold source."""
    wanted = set(sources)
    folder = out / "articles"
    if not wanted or not folder.is_dir() or not any(folder.glob("*.parquet")):
        return []
    index = ds.dataset(folder, format="parquet", schema=SCHEMAS["articles"]).to_table(
        columns=["source", "article_id"]).to_pylist()
    ids = {r["article_id"]: gold for r in index if (gold := gold_source(r["source"], wanted))}
    rows = _rows(out, "articles", "article_id", ids) if ids else []
    for row in rows:
        row["source"] = ids[row["article_id"]]
    return rows


def _latest_by_source(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """One articles row per source: the one of the latest run (run ids sort by time)."""
    chosen: dict[str, dict[str, Any]] = {}
    for row in sorted(rows, key=lambda r: r["run_id"]):
        chosen[row["source"]] = row
    return chosen


def _people(officials: list[dict[str, Any]], people: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    """person_key -> person (name, rank, titles): the people table, else officials rows grouped."""
    found = {p["person_key"]: {"name": p["name"], "rank": p["rank"], "titles": list(p["titles"] or [])}
             for p in people}
    grouped: dict[str, dict[str, Any]] = {}
    for row in officials:
        if row["person_key"] in found:
            continue
        person = grouped.setdefault(row["person_key"], {"name": row["name"], "rank": None, "titles": []})
        if len(row["name"] or "") > len(person["name"] or ""):
            person["name"] = row["name"]
        person["rank"] = person["rank"] or row["rank"]
        person["titles"] = list(dict.fromkeys([*person["titles"], *(row["titles"] or [])]))
    return {**found, **grouped}


FIELDS_OF_TABLE: dict[str, tuple[str, ...]] = {
    "dates": ("value",),
    "officials": ("name", "rank", "titles"),
    "provinces": ("province", "province_2025"),
    "regions": ("region",),
    "models": ("name", "province"),
    "numbers": ("value", "value_high", "unit", "qualifier"),
}


def _spans_label(table: str, item: dict[str, Any]) -> str:
    return ", ".join(f"{k}={item[k]}" for k in FIELDS_OF_TABLE[table] if item.get(k) not in (None, [], ""))


def load_predictions(out: Path, sources: Iterable[str]) -> dict[str, Prediction]:
    """The pipeline's output for the given sources, as gold-format records.

    Args:
        out: the output folder (`OUT/<table>/*.parquet`).
        sources: gold sources to look for.

    Returns:
        source -> prediction; sources not in `out` are absent.
    """
    articles = _latest_by_source(_gold_source_rows(out, sources))
    ids = [row["article_id"] for row in articles.values()]
    tables = {t: _rows(out, t, "article_id", ids) for t in (*TYPES, "people")}
    by_article: dict[str, dict[str, list[dict[str, Any]]]] = {i: {} for i in ids}
    for table, rows in tables.items():
        for row in rows:
            by_article[row["article_id"]].setdefault(table, []).append(row)
    predictions = {}
    for source, row in articles.items():
        rows = by_article[row["article_id"]]
        predictions[source] = _prediction(row, rows)
    return predictions


def _prediction(article: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> Prediction:
    people = _people(rows.get("officials", []), rows.get("people", []))
    record: dict[str, Any] = {
        "source": article["source"], "title": article["title"],
        "published": iso_local(article["published"]), "authors": list(article["authors"] or []),
        "officials": [{"name": p["name"], "rank": p["rank"], "titles": list(p["titles"] or [])}
                      for p in people.values()],
    }
    spans = []
    for table in TYPES:
        items = []
        for row in sorted(rows.get(table, []), key=lambda r: (r["start"], r["end"])):
            item = {k: row.get(k) for k in FIELDS_OF_TABLE[table]}
            if table == "officials":
                item = {**item, **{k: people[row["person_key"]][k] for k in ("name", "rank", "titles")}}
            items.append(item)
            match = FACT_RULES[table][0](item)  # a range's span is labelled with its lower end
            spans.append(Span(row["start"], row["end"], table, match, f"{row['rule']}: {_spans_label(table, item)}"))
        if table != "officials":
            record[table] = items
    published = article["published"]
    if published is not None and published.tzinfo is not None:
        published = published.astimezone(LOCAL).replace(tzinfo=None)
    return Prediction(article["article_id"], article["source"], article["text"], article["run_id"],
                      published, record, spans)


# ---------------------------------------------------------------- running the pipeline


def _newest_code() -> tuple[float, str]:
    """(mtime, path) of the most recently changed extraction code or data file."""
    newest = (0.0, "")
    for name in CODE_PATHS:
        path = REPO / name
        files = [path] if path.is_file() else [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else []
        for f in files:
            if "__pycache__" not in f.parts and f.stat().st_mtime > newest[0]:
                newest = (f.stat().st_mtime, str(f.relative_to(REPO)))
    return newest


def stale_reason(out: Path, predictions: Iterable[Prediction]) -> str | None:
    """Why the tables for these predictions are older than the code, or None if they are not."""
    run_ids = {p.run_id for p in predictions}
    runs = _rows(out, "runs", "run_id", run_ids)
    if not runs:
        return None
    oldest = min(r["finished_at"] for r in runs)
    mtime, path = _newest_code()
    if mtime > oldest.timestamp():
        changed = dt.datetime.fromtimestamp(mtime, dt.timezone.utc)
        return f"{path} changed at {changed:%Y-%m-%d %H:%M:%S}Z, after run {min(run_ids)} wrote {out}"
    return None


def run_inputs(inputs: list[Path], out: Path) -> list[str]:
    """Run the pipeline (incremental) on `inputs` into `out`.

    Returns:
        One message per article an extractor failed on (those articles are not written).

    Raises:
        FileNotFoundError: an input does not exist.
        LockedError: another run holds `out`.
    """
    from vnie.run.stages import run_pipeline
    from vnie.run.settings import load_settings

    missing = [str(p) for p in inputs if not p.exists()]
    if missing:
        raise FileNotFoundError(f"no such input: {', '.join(missing)}")
    summary = run_pipeline(inputs, out, load_settings(), strict=False)
    log.info("ran the pipeline on %s into %s: %d new, %d skipped", ", ".join(map(str, inputs)), out,
             summary.n_new, summary.n_skipped)
    if not summary.n_failed:
        return []
    rejects = _rows(out, "rejects", "run_id", [summary.run_id])
    return [f"{r['source']}: {r['detail']}" for r in rejects if r["reason"] == "extractor_error"]


def gather_predictions(out: Path | None, inputs: list[Path], sources: list[str], fresh: bool,
                       notes: list[str]) -> dict[str, Prediction]:
    """Predictions for every gold source; never writes into `out`.

    Args:
        out: tables to score, only read (a gold article missing there is scored
            as predicting nothing; tables from older code are scored as they
            are, with a note). None: extract `inputs` into a temporary folder,
            deleted afterwards.
        inputs: where the gold's articles are, for the temporary run.
        sources: the gold's sources.
        fresh: a temporary run even when `out` is given.
        notes: receives what the report should say about the predictions.
    """
    errors: list[str] = []
    if out is None or fresh:
        with tempfile.TemporaryDirectory(prefix="vnie-eval-") as tmp:
            errors += run_inputs(inputs, Path(tmp))
            predictions = load_predictions(Path(tmp), sources)
    else:
        predictions = load_predictions(out, sources)
        reason = stale_reason(out, predictions.values())
        if reason:
            notes.append(f"tables in {out} are older than the code ({reason}); scored as they are "
                         f"(without --out, vnie eval scores a fresh extraction)")
    if errors:
        notes.append(f"extractor errors on {len(errors)} article(s) (not scored as extracted): "
                     + " | ".join(errors[:3]) + (" ..." if len(errors) > 3 else ""))
    missing = sorted(set(sources) - predictions.keys())
    if missing:
        where = f"the tables in {out} (vnie eval only reads them: `vnie run --out {out}` adds articles)" \
            if out is not None and not fresh else "the inputs"
        notes.append(f"{len(missing)} gold article(s) not found in {where}, scored as predicting nothing: "
                     + ", ".join(missing[:10]) + (" ..." if len(missing) > 10 else ""))
    return predictions


# ---------------------------------------------------------------- evaluation


@dataclass(slots=True)
class Evaluation:
    """Everything `vnie eval` reports."""

    files: dict[str, list[ArticleResult]]
    predictions: dict[str, Prediction]
    scores: dict[str, Scores]
    gold: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    peers: dict[str, dict[str, Scores]] = field(default_factory=dict)
    throughput: dict[str, float] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {
            "scores": {name: s.to_dict() for name, s in self.scores.items()},
            "peers": {peer: {name: s.to_dict() for name, s in by_file.items()} for peer, by_file in self.peers.items()},
            "throughput_kb_per_s": {k: round(v, 1) for k, v in self.throughput.items()},
            "notes": self.notes,
        }


ALL = "all"


def evaluate(gold_files: list[GoldFile], predictions: dict[str, Prediction]) -> Evaluation:
    """Score every gold file (and all of them together) against the predictions."""
    files: dict[str, list[ArticleResult]] = {}
    for gold in gold_files:
        files[str(gold.path)] = [score_article(g, predictions[g["source"]].record if g["source"] in predictions
                                               else {}) for g in gold.records]
    scores = {name: total_scores(results) for name, results in files.items()}
    scores[ALL] = total_scores(r for results in files.values() for r in results)
    return Evaluation(files, predictions, scores, {str(g.path): g.records for g in gold_files})


def add_peers(evaluation: Evaluation, gold_files: list[GoldFile]) -> None:
    """Run and score underthesea and dateparser on the same articles, with vnie's throughput beside them."""
    from vnie.extractors.base import NormalisedDoc
    from vnie.evaluation import peers

    preds = [evaluation.predictions[s] for s in dict.fromkeys(
        g["source"] for f in gold_files for g in f.records) if s in evaluation.predictions]
    docs = [(p.source, p.text) for p in preds]
    runs = [peers.run_underthesea(docs), peers.run_dateparser(docs)]
    vnie = peers.time_vnie(NormalisedDoc(p.article_id, p.text, p.published) for p in preds)
    evaluation.throughput = {"vnie": vnie.kb_per_s, **{run.name: run.kb_per_s for run in runs}}
    for run in runs:
        evaluation.peers[run.name] = _peer_scores(run.records, peers.PEER_TYPES[run.name], gold_files)


def _peer_scores(records: dict[str, dict[str, Any]], types: tuple[str, ...],
                 gold_files: list[GoldFile]) -> dict[str, Scores]:
    """A peer's scores per gold file and in all, on the types it is scored on only."""
    def results(gold: GoldFile) -> list[ArticleResult]:
        return [score_article({"source": g["source"], **{t: g[t] for t in types if t in g}},
                              records.get(g["source"], {})) for g in gold.records]

    by_file = {str(gold.path): results(gold) for gold in gold_files}
    scores = {name: total_scores(r) for name, r in by_file.items()}
    scores[ALL] = total_scores(r for rs in by_file.values() for r in rs)
    return scores


# ---------------------------------------------------------------- the score table


def _attribute_text(name: str, score: Counts | Accuracy) -> str:
    if not score.defined:
        return f"{name} —"
    if isinstance(score, Counts):
        return f"{name} F1 {score.f1:.3f}"
    return f"{name} {score.accuracy:.3f} ({score.correct}/{score.total})"


def table_rows(evaluation: Evaluation, scope: str) -> list[dict[str, Any]]:
    """The rows of one score table (one gold file, or `all`): types, fields, then peers."""
    scores = evaluation.scores[scope]
    vnie_kbps = evaluation.throughput.get("vnie")
    rows: list[dict[str, Any]] = []
    for name in TYPES:
        if name not in scores.types:
            continue
        s = scores.types[name]
        rows.append({"name": name, **s.counts.to_dict(), "kb_per_s": vnie_kbps,
                     "attributes": " · ".join(_attribute_text(n, a) for n, a in s.attributes.items())})
    for name in FIELDS:
        if name in scores.fields:
            acc = scores.fields[name]
            blank = dict.fromkeys(("tp", "fp", "fn", "precision", "recall", "f1", "kb_per_s"))
            rows.append({"name": name, **blank,
                         "attributes": f"accuracy {acc.accuracy:.3f} ({acc.correct}/{acc.total})"})
    for peer, by_file in evaluation.peers.items():
        for name, s in by_file[scope].types.items():
            rows.append({"name": f"{name} ({peer})", **s.counts.to_dict(),
                         "kb_per_s": evaluation.throughput.get(peer), "attributes": ""})
    return rows


def _fmt(value: Any, width: int, digits: int = 3) -> str:
    if value is None:
        return " " * width
    if isinstance(value, float):
        return f"{value:{width}.{digits}f}"
    return f"{value:>{width}}"


def format_table(rows: list[dict[str, Any]]) -> str:
    """The score table as fixed-width text."""
    width = max([len(r["name"]) for r in rows] + [4])
    lines = [f"{'type':<{width}}  {'tp':>5} {'fp':>5} {'fn':>5} {'P':>6} {'R':>6} {'F1':>6} {'KB/s':>8}  attributes"]
    for r in rows:
        lines.append(f"{r['name']:<{width}}  {_fmt(r['tp'], 5)} {_fmt(r['fp'], 5)} {_fmt(r['fn'], 5)} "
                     f"{_fmt(r['precision'], 6)} {_fmt(r['recall'], 6)} {_fmt(r['f1'], 6)} "
                     f"{_fmt(r['kb_per_s'], 8, 1)}  {r['attributes']}".rstrip())
    return "\n".join(lines)


def scopes(evaluation: Evaluation) -> list[str]:
    """Table scopes in print order: each gold file, then `all` when there are several."""
    names = list(evaluation.files)
    return names + [ALL] if len(names) > 1 else names


def print_tables(evaluation: Evaluation) -> None:
    for scope in scopes(evaluation):
        n = evaluation.scores[scope].n_articles
        print(f"\n== {scope} ({n} article{'s' if n != 1 else ''})")
        print(format_table(table_rows(evaluation, scope)))
    for note in evaluation.notes:
        print(f"\nnote: {note}")


# ---------------------------------------------------------------- floors


def parse_floors(specs: Iterable[str]) -> dict[str, float]:
    """`TYPE=0.9` options as a mapping.

    Raises:
        ValueError: on a malformed option or a name that is not scored.
    """
    known = set(TYPES) | set(FIELDS) | {"models_lenient"}
    floors = {}
    for spec in specs:
        name, sep, value = spec.partition("=")
        name = name.strip()
        if not sep or name not in known:
            raise ValueError(f"--min-f1 {spec!r}: expected TYPE=F1 with TYPE one of {sorted(known)}")
        try:
            floors[name] = float(value)
        except ValueError as exc:
            raise ValueError(f"--min-f1 {spec!r}: {value!r} is not a number") from exc
    return floors


def below_floors(scores: Scores, floors: dict[str, float]) -> list[str]:
    """One message per floor that `scores` does not reach."""
    failures = []
    for name, floor in floors.items():
        value = scores.headline(name)
        if value is None:
            failures.append(f"{name}: not scored by this gold (floor {floor:.3f})")
        elif value < floor:
            failures.append(f"{name}: {value:.4f} < floor {floor:.3f}")
    return failures
