"""The accuracy gate's baseline: F1 floors per type and a digest of `corpus/`.

`corpus/baseline.json` is read by `tests/test_gate.py`. Re-pin it with one
command after an extractor improves (floors go up) or the corpus changes:

    .venv/bin/python -m vnie.evaluation.command --pin        # or: vnie eval --pin-baseline

Pinning runs the pipeline on `corpus/articles` and `corpus/samples` in a
temporary folder, scores it against `corpus/gold`, and sets each floor to the
score minus `MARGIN`. A floor never goes down unless `--allow-lower --reason
"..."` is given; the reason is kept in the file's `history`.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import math
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from vnie.evaluation.scoring import FIELDS, TYPES, Scores

if TYPE_CHECKING:
    from vnie.evaluation.evaluate import Evaluation

REPO = Path(__file__).resolve().parents[2]
CORPUS = REPO / "corpus"
DEFAULT_BASELINE = CORPUS / "baseline.json"
# Floors sit this far below the pinned score, so harmless reorderings of a
# tie-break do not fail the gate; small enough that a lost fact in the seeds
# (one fact of ~30 moves F1 by ~0.03) still fails it.
MARGIN = 0.02
FLOOR_NAMES: tuple[str, ...] = (*TYPES, "models_lenient", *FIELDS)
PIN_COMMAND = ".venv/bin/python -m vnie.evaluation.command --pin"


def corpus_files(corpus: Path = CORPUS) -> list[Path]:
    """What the digest covers: every file under articles/ and samples/, and gold/*.jsonl."""
    files = [p for part in ("articles", "samples") for p in (corpus / part).rglob("*") if p.is_file()]
    files += list((corpus / "gold").rglob("*.jsonl"))
    return sorted(files, key=lambda p: p.relative_to(corpus).as_posix())


def corpus_digest(corpus: Path = CORPUS) -> str:
    """sha256 over the relative path and bytes of every file in `corpus_files`."""
    digest = hashlib.sha256()
    for path in corpus_files(corpus):
        digest.update(path.relative_to(corpus).as_posix().encode("utf-8") + b"\0")
        digest.update(path.read_bytes() + b"\0")
    return "sha256:" + digest.hexdigest()


def load_baseline(path: Path = DEFAULT_BASELINE) -> dict[str, Any]:
    """The baseline file, or an empty one (every floor 0) when it does not exist yet."""
    if not path.exists():
        return {"corpus_digest": None, "margin": MARGIN, "floors": {}, "history": []}
    return json.loads(path.read_text(encoding="utf-8"))


def corpus_evaluation(corpus: Path = CORPUS) -> Evaluation:
    """A fresh pipeline run (in a temporary folder) on the corpus, scored against all its gold.

    Args:
        corpus: the corpus folder (articles/, samples/, gold/).

    Returns:
        The evaluation; `scores["all"]` covers every gold file, `notes` says
        which articles hit extractor errors or were not found.
    """
    from vnie.evaluation.evaluate import evaluate, gather_predictions, load_gold

    inputs = [corpus / "articles", corpus / "samples"]
    gold = load_gold([corpus / "gold"])
    sources = [g["source"] for f in gold for g in f.records]
    notes: list[str] = []
    evaluation = evaluate(gold, gather_predictions(corpus, inputs, sources, fresh=True, notes=notes))
    evaluation.notes = notes
    return evaluation


# ---------------------------------------------------------------- first looks
# A new blind batch is scored once, before anyone looks at its errors; that
# number is the honest estimate on unseen press and is never overwritten.

FIRST_LOOK = "first_look"
FIRST_LOOK_COLUMNS: tuple[str, ...] = (*TYPES, "titles", "unit", *FIELDS)


def _summary(scores: Scores) -> dict[str, Any]:
    """Headline numbers of a score set: F1 per type, key attributes, field accuracies, counts."""
    out: dict[str, Any] = {"n_articles": scores.n_articles}
    for name in TYPES:
        if name in scores.types:
            counts = scores.types[name].counts
            out[name] = {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn,
                         "f1": round(counts.f1, 4) if counts.defined else None}
    for type_, attr in (("officials", "titles"), ("numbers", "unit"), ("numbers", "qualifier"),
                        ("officials", "rank"), ("provinces", "province_2025"), ("models", "province")):
        score = scores.types.get(type_, None) and scores.types[type_].attributes.get(attr)
        if score is not None and score.defined:
            out[attr] = round(score.f1 if hasattr(score, "f1") else score.accuracy, 4)
    for name in FIELDS:
        if name in scores.fields and scores.fields[name].defined:
            out[name] = round(scores.fields[name].accuracy, 4)
    return out


def first_looks(baseline: dict[str, Any]) -> list[dict[str, Any]]:
    """The first-look entries of the baseline history, oldest first."""
    return [h for h in baseline.get("history", []) if h.get("kind") == FIRST_LOOK]


def _commit() -> str | None:
    try:
        done = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True)
    except OSError:
        return None
    return done.stdout.strip() or None


def record_first_look(gold: Path, path: Path = DEFAULT_BASELINE, note: str | None = None) -> dict[str, Any]:
    """Score one new gold file with the current code and append it to the history as a first look.

    Args:
        gold: the new batch's gold file (under corpus/gold).
        path: the baseline file.
        note: what the batch is (outlets, topics), kept with the entry.

    Returns:
        The entry written.

    Raises:
        ValueError: the file already has a first look (it is recorded once, before any fix).
    """
    from vnie.evaluation.evaluate import evaluate, gather_predictions, load_gold
    from vnie.run.write import write_text_atomic

    name = gold.resolve().relative_to(CORPUS.resolve()).as_posix() if gold.resolve().is_relative_to(
        CORPUS.resolve()) else gold.as_posix()
    baseline = load_baseline(path)
    if any(h.get("gold") == name for h in first_looks(baseline)):
        raise ValueError(f"{name} already has a first look in {path.name}; it is recorded once, before any fix")
    files = load_gold([gold])
    sources = [g["source"] for f in files for g in f.records]
    notes: list[str] = []
    inputs = [CORPUS / "articles", CORPUS / "samples"]
    evaluation = evaluate(files, gather_predictions(CORPUS, inputs, sources, fresh=True, notes=notes))
    if notes:
        raise ValueError("; ".join(notes))
    entry = {"date": dt.date.today().isoformat(), "kind": FIRST_LOOK, "gold": name, "commit": _commit(),
             "note": note, "scores": _summary(evaluation.scores[str(files[0].path)])}
    baseline.setdefault("history", []).append(entry)
    write_text_atomic(path, json.dumps(baseline, ensure_ascii=False, indent=2) + "\n")
    return entry


def format_first_looks(baseline: dict[str, Any]) -> str:
    """The first-look table: one row per blind batch, F1 per type and the key attributes."""
    rows = first_looks(baseline)
    if not rows:
        return ""
    width = max(len(r["gold"]) for r in rows)
    head = f"{'first look':<{width}}  {'n':>3}  " + " ".join(f"{c[:9]:>9}" for c in FIRST_LOOK_COLUMNS)
    lines = [head]
    for r in rows:
        s = r["scores"]
        cells = []
        for c in FIRST_LOOK_COLUMNS:
            v = s.get(c)
            v = v.get("f1") if isinstance(v, dict) else v
            cells.append(f"{v:>9.3f}" if isinstance(v, (int, float)) else f"{'-':>9}")
        lines.append(f"{r['gold']:<{width}}  {s.get('n_articles', 0):>3}  " + " ".join(cells))
    counted = [r["scores"] for r in rows if all("tp" in r["scores"][t] for t in TYPES
                                               if isinstance(r["scores"].get(t), dict))]
    if len(counted) > 1:
        pooled = pool_first_looks(counted)
        cells = [f"{pooled[c]:>9.3f}" if pooled.get(c) is not None else f"{'-':>9}" for c in FIRST_LOOK_COLUMNS]
        label = f"pooled ({len(counted)} batches)"
        lines.append(f"{label:<{width}}  {pooled['n_articles']:>3}  " + " ".join(cells))
    return "\n".join(lines)


# Each attribute is an average over the facts it was scored on: weight it by that type's matches.
_ATTRIBUTE_WEIGHT = {"titles": "officials", "rank": "officials", "unit": "numbers", "qualifier": "numbers",
                     "province_2025": "provinces", "province": "models"}


def pool_first_looks(summaries: list[dict[str, Any]]) -> dict[str, Any]:
    """Several first looks as one: F1 from the summed counts, attributes weighted by matches, fields by articles."""
    pooled: dict[str, Any] = {"n_articles": sum(s.get("n_articles", 0) for s in summaries)}
    for name in TYPES:
        parts = [s[name] for s in summaries if isinstance(s.get(name), dict) and "tp" in s[name]]
        tp, fp, fn = (sum(p[k] for p in parts) for k in ("tp", "fp", "fn"))
        pooled[name] = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None
    for name in (*_ATTRIBUTE_WEIGHT, *FIELDS):
        def weight(s: dict[str, Any]) -> float:
            of = _ATTRIBUTE_WEIGHT.get(name)
            return s[of].get("tp", 0) if of and isinstance(s.get(of), dict) else s.get("n_articles", 0)
        parts = [(s[name], weight(s)) for s in summaries if isinstance(s.get(name), (int, float))]
        total = sum(w for _, w in parts)
        pooled[name] = sum(v * w for v, w in parts) / total if total else None
    return pooled


def _floor(score: float, margin: float) -> float:
    """score - margin, rounded down to 3 decimals, never below 0."""
    return max(0.0, math.floor((score - margin) * 1000 + 1e-9) / 1000)


def pin_floors(old: dict[str, float], scores: Scores, margin: float = MARGIN
               ) -> tuple[dict[str, float], dict[str, tuple[float, float]]]:
    """New floors from current scores, and the floors that would go down.

    A score at or above its old floor keeps the higher of the old floor and
    score - margin (pinning never lowers it); a score below its old floor
    gives score - margin, which is a lowering.

    Returns:
        (new floors, {name: (old, new)} for each lowered floor).
    """
    floors: dict[str, float] = {}
    lowered: dict[str, tuple[float, float]] = {}
    for name in FLOOR_NAMES:
        value = scores.headline(name)
        if value is None:
            continue
        before = float(old.get(name, 0.0))
        if value + 1e-9 >= before:
            floors[name] = max(before, _floor(value, margin))
        else:
            floors[name] = _floor(value, margin)
            lowered[name] = (before, floors[name])
    return floors, lowered


def cmd_pin(args: argparse.Namespace) -> int:
    """Re-pin the floors (and the corpus digest) in the baseline file.

    Returns:
        0 when written; 1 when a floor would go down without `--allow-lower`;
        2 when `--allow-lower` comes without a `--reason`.
    """
    from vnie.run.write import write_text_atomic

    path: Path = getattr(args, "baseline", None) or DEFAULT_BASELINE
    if args.allow_lower and not (args.reason or "").strip():
        print("pin: --allow-lower needs --reason \"why the floors go down\"", file=sys.stderr)
        return 2
    baseline = load_baseline(path)
    evaluation = corpus_evaluation()
    for note in evaluation.notes:
        print(f"note: {note}", file=sys.stderr)
    scores = evaluation.scores["all"]
    floors, lowered = pin_floors(baseline.get("floors", {}), scores, baseline.get("margin", MARGIN))
    if lowered and not args.allow_lower:
        detail = ", ".join(f"{n} {a:.3f} -> {b:.3f}" for n, (a, b) in lowered.items())
        print(f"pin: refusing to lower floors ({detail}). If the drop is intended, run\n"
              f"  {PIN_COMMAND} --allow-lower --reason \"...\"", file=sys.stderr)
        return 1
    old_floors = baseline.get("floors", {})
    changes = {n: f"{old_floors.get(n, 0.0):.3f} -> {v:.3f}" for n, v in floors.items() if old_floors.get(n) != v}
    digest = corpus_digest()
    if changes or digest != baseline.get("corpus_digest"):
        baseline.setdefault("history", []).append({
            "date": dt.date.today().isoformat(), "corpus_digest": digest, "changes": changes,
            "reason": args.reason if lowered else (args.reason or None),
        })
    baseline.update({"corpus_digest": digest, "margin": baseline.get("margin", MARGIN), "floors": floors})
    baseline = {"about": _ABOUT, **{k: v for k, v in baseline.items() if k != "about"}}
    write_text_atomic(path, json.dumps(baseline, ensure_ascii=False, indent=2) + "\n")
    for name in FLOOR_NAMES:
        if name in floors:
            before = old_floors.get(name, 0.0)
            print(f"{name:<15} score {scores.headline(name):.4f}  floor {before:.3f} -> {floors[name]:.3f}")
    print(f"wrote {path}")
    return 0


_ABOUT = (f"Accuracy gate (tests/test_gate.py): per-type F1 floors (accuracy for title/published/authors) "
          f"over corpus/gold, and a digest of corpus/. Re-pin with `{PIN_COMMAND}`; lowering a floor "
          f"needs --allow-lower --reason.")
