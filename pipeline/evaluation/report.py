"""The HTML report of `vnie eval`: score tables, then each article with spans marked.

Predicted spans carry offsets; gold has none, so each gold fact is located by
searching its `text` surface (its `name` for officials) in the article:
exactly, then case- and dash-insensitively, then word by word. Spans are
coloured matched (gold and predicted), missed (gold only) or spurious
(predicted only); facts of a type the gold does not annotate are grey.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2
import regex

from vnie.extractors.normalise import fix_tone_marks
from vnie.extractors.keys import DASHES, QUOTES, key
from vnie.evaluation.scoring import FACT_RULES, TYPES, ArticleResult

if TYPE_CHECKING:
    from vnie.evaluation.evaluate import Evaluation, Prediction

TEMPLATES = Path(__file__).resolve().parents[1] / "templates"
# Where spans overlap, the segment shows the most telling status.
PRIORITY = ("missed", "spurious", "matched", "unscored")
# The gold field that holds the surface form, per type.
SURFACE = {"dates": "text", "officials": "name", "provinces": "text", "regions": "text",
           "models": "text", "numbers": "text"}
_FOLD = str.maketrans({**{d: "-" for d in DASHES}, **{q: '"' for q in QUOTES}})


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    status: str
    title: str


# ---------------------------------------------------------------- locating gold


def fold(text: str) -> str:
    """A same-length view for loose search: lower case, one dash, one quote, one tone style."""
    lowered = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return fix_tone_marks(lowered.translate(_FOLD))


def locate(text: str, surface: str | None, folded: str | None = None) -> list[tuple[int, int]]:
    """Every occurrence of a gold surface in the article text.

    Args:
        text: the article text.
        surface: the gold `text` (or name) to look for.
        folded: `fold(text)`, when the caller already has it.

    Returns:
        Non-overlapping (start, end) spans; empty when it cannot be found.
    """
    surface = (surface or "").strip()
    if not surface:
        return []
    spans = _find_all(text, surface)
    if spans:
        return spans
    folded = folded if folded is not None else fold(text)
    spans = _find_all(folded, fold(surface))
    if spans:
        return spans
    words = regex.findall(r"\w+", key(surface))
    if not words:
        return []
    pattern = r"(?<!\w)" + r"[\W_]+".join(regex.escape(fold(w)) for w in words) + r"(?!\w)"
    return [m.span() for m in regex.finditer(pattern, folded)]


def _find_all(haystack: str, needle: str) -> list[tuple[int, int]]:
    spans, at = [], haystack.find(needle)
    while at >= 0:
        spans.append((at, at + len(needle)))
        at = haystack.find(needle, at + len(needle))
    return spans


# ---------------------------------------------------------------- marks


def _gold_marks(result: ArticleResult, gold: dict[str, Any], text: str) -> tuple[list[Mark], list[dict[str, str]]]:
    """Marks for the gold facts found in the text, and the facts that could not be found."""
    marks, unlocated = [], []
    folded = fold(text)
    for type_name in result.gold:
        match = FACT_RULES[type_name][0]
        for item in gold.get(type_name) or []:
            status = "matched" if match(item) in result.pred[type_name] else "missed"
            label = f"gold {type_name} ({status}): {_describe(item)}"
            spans = locate(text, item.get(SURFACE[type_name]), folded)
            if not spans:
                unlocated.append({"status": status, "label": label})
            marks += [Mark(s, e, status, label) for s, e in spans]
    return marks, unlocated


def _pred_marks(result: ArticleResult, prediction: Prediction | None) -> list[Mark]:
    marks = []
    for span in prediction.spans if prediction else ():
        if span.type not in result.gold:
            status = "unscored"
        else:
            status = "matched" if span.match in result.gold[span.type] else "spurious"
        marks.append(Mark(span.start, span.end, status, f"vnie {span.type} ({status}) {span.label}"))
    return marks


def _describe(item: dict[str, Any]) -> str:
    return ", ".join(f"{k}={'; '.join(v) if isinstance(v, list) else v}" for k, v in item.items()
                     if k != "text" and v not in (None, [], ""))


def segments(text: str, marks: Iterable[Mark]) -> list[dict[str, str]]:
    """The text cut at every mark boundary; each piece with its status class and tooltip.

    Returns:
        Pieces in order (`text`, `cls`, `title`); unmarked pieces have an empty `cls`.
    """
    marks = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for a, b in itertools.pairwise(bounds):
        covering = [m for m in marks if m.start <= a and m.end >= b]
        cls = min((m.status for m in covering), key=PRIORITY.index, default="")
        title = "\n".join(dict.fromkeys(m.title for m in covering))
        pieces.append({"text": text[a:b], "cls": cls, "title": title})
    return pieces


def article_view(result: ArticleResult, gold: dict[str, Any], prediction: Prediction | None) -> dict[str, Any]:
    """What the template shows for one article."""
    text = prediction.text if prediction else ""
    gold_marks, unlocated = _gold_marks(result, gold, text) if text else ([], [])
    return {
        "source": result.source,
        "anchor": "a-" + regex.sub(r"[^\w-]", "_", result.source),
        "found": prediction is not None,
        "counts": {t: s.counts for t, s in result.types.items()},
        "fields": [{"name": n, "gold": g, "pred": p, "ok": ok} for n, (g, p, ok) in result.fields.items()],
        "segments": segments(text, [*gold_marks, *_pred_marks(result, prediction)]),
        "unlocated": unlocated,
        "spurious": sorted({str(k) for t in result.pred for k in result.pred[t].keys() - result.gold[t].keys()}),
    }


# ---------------------------------------------------------------- page


def render_report(evaluation: Evaluation, tables: list[list[dict[str, Any]]], scopes: list[str]) -> str:
    """The report page as HTML."""
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             trim_blocks=True, lstrip_blocks=True)
    articles = []
    for name, results in evaluation.files.items():
        for result, gold in zip(results, evaluation.gold[name]):
            articles.append({"file": name, **article_view(result, gold, evaluation.predictions.get(result.source))})
    return env.get_template("eval.html.j2").render(
        tables=list(zip(scopes, tables)), scores=evaluation.scores, articles=articles,
        notes=evaluation.notes, types=TYPES, throughput=evaluation.throughput)


def write_report(path: Path, evaluation: Evaluation, tables: list[list[dict[str, Any]]], scopes: list[str]) -> None:
    """Render the report and write it atomically to `path`."""
    from vnie.run.write import write_text_atomic

    write_text_atomic(path, render_report(evaluation, tables, scopes))
