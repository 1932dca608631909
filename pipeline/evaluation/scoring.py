"""The scorer of ANNOTATION.md "Scores": pure functions over gold-format records.

Gold and predictions have the same shape (one dict per article, the JSONL
format of ANNOTATION.md), so peers and vnie are scored by the same code.
Each fact type becomes, per article, a set of match keys (duplicates count
once), each carrying the attribute values seen with it; sets are compared
per article and the counts summed over articles (micro-average).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from zoneinfo import ZoneInfo

from vnie.extractors.keys import first_word, key, word_set
from vnie.run.tables import TZ

TYPES: tuple[str, ...] = ("dates", "officials", "provinces", "regions", "models", "numbers")
FIELDS: tuple[str, ...] = ("title", "published", "authors")
# Two model names match leniently when their word sets overlap by at least this
# much (Jaccard), as ANNOTATION.md fixes it.
LENIENT_JACCARD = 0.8
# Numbers are compared after rounding, so 15.3 and 15.299999999 are one value.
VALUE_DIGITS = 6

LOCAL = ZoneInfo(TZ)

MatchKey = Any
Facts = dict[MatchKey, dict[str, set[Any]]]


# ---------------------------------------------------------------- counts


@dataclass(slots=True)
class Counts:
    """True positives, false positives and false negatives, with P/R/F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def defined(self) -> bool:
        """False when there was nothing to find and nothing was found (P, R, F1 undefined)."""
        return self.tp + self.fp + self.fn > 0

    def add(self, other: Counts) -> None:
        self.tp += other.tp
        self.fp += other.fp
        self.fn += other.fn

    def to_dict(self) -> dict[str, Any]:
        if not self.defined:
            return {"tp": 0, "fp": 0, "fn": 0, "precision": None, "recall": None, "f1": None}
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(slots=True)
class Accuracy:
    """Correct out of total; the attribute and article-field scores."""

    correct: int = 0
    total: int = 0

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 0.0

    @property
    def defined(self) -> bool:
        return self.total > 0

    def add(self, other: Accuracy) -> None:
        self.correct += other.correct
        self.total += other.total

    def to_dict(self) -> dict[str, Any]:
        return {"correct": self.correct, "total": self.total,
                "accuracy": round(self.accuracy, 4) if self.defined else None}


@dataclass(slots=True)
class TypeScore:
    """One fact type: the match counts and the attribute scores over matched facts."""

    counts: Counts = field(default_factory=Counts)
    attributes: dict[str, Counts | Accuracy] = field(default_factory=dict)

    def add(self, other: TypeScore) -> None:
        self.counts.add(other.counts)
        for name, score in other.attributes.items():
            self.attributes.setdefault(name, type(score)()).add(score)  # type: ignore[arg-type]

    def to_dict(self) -> dict[str, Any]:
        return {**self.counts.to_dict(),
                "attributes": {name: score.to_dict() for name, score in self.attributes.items()}}


@dataclass(slots=True)
class Scores:
    """Scores of a set of articles: per type, per article field, and how many articles."""

    types: dict[str, TypeScore] = field(default_factory=dict)
    fields: dict[str, Accuracy] = field(default_factory=dict)
    n_articles: int = 0

    def add(self, other: Scores) -> None:
        for name, score in other.types.items():
            self.types.setdefault(name, TypeScore()).add(score)
        for name, acc in other.fields.items():
            self.fields.setdefault(name, Accuracy()).add(acc)
        self.n_articles += other.n_articles

    def headline(self, name: str) -> float | None:
        """The one number a floor is set on: F1 for a type, accuracy for a field.

        `models_lenient` is the lenient model F1. None when `name` was not
        scored, or had nothing to find and found nothing.
        """
        score: Counts | Accuracy | None = None
        if name == "models_lenient" and "models" in self.types:
            score = self.types["models"].attributes.get("lenient")
        elif name in self.types:
            score = self.types[name].counts
        elif name in self.fields:
            score = self.fields[name]
        if score is None or not score.defined:
            return None
        return score.f1 if isinstance(score, Counts) else score.accuracy

    def to_dict(self) -> dict[str, Any]:
        return {"n_articles": self.n_articles,
                "types": {name: self.types[name].to_dict() for name in TYPES if name in self.types},
                "fields": {name: self.fields[name].to_dict() for name in FIELDS if name in self.fields}}


# ---------------------------------------------------------------- facts


def _value(number: Any) -> float | int | None:
    """A number's comparison form: rounded, and integral values as int (478.0 -> 478)."""
    if number is None or isinstance(number, bool):
        return None
    value = round(float(number), VALUE_DIGITS)
    return int(value) if value.is_integer() else value


def _collect(items: Iterable[Mapping[str, Any]], match: Callable[[Mapping[str, Any]], MatchKey],
             attributes: Mapping[str, Callable[[Mapping[str, Any]], Any]]) -> Facts:
    """Match key -> attribute name -> every value seen with that key (empty keys dropped)."""
    facts: Facts = {}
    for item in items:
        k = match(item)
        if k in ("", None) or (isinstance(k, tuple) and k[0] is None):
            continue
        attrs = facts.setdefault(k, {name: set() for name in attributes})
        for name, get in attributes.items():
            value = get(item)
            if isinstance(value, (set, frozenset)):
                attrs[name] |= value
            else:
                attrs[name].add(value)
    return facts


def _date_key(item: Mapping[str, Any]) -> str:
    return str(item.get("value") or "").strip()


# ANNOTATION.md is silent on a former post: the blind batches split on writing `nguyên Bộ trưởng X`
# or `Bộ trưởng X` (GUIDELINES.md, scoring); a title is compared without it.
FORMER_WORDS = ("nguyên ", "cựu ")


def _title_key(title: str | None) -> str:
    k = key(title)
    for word in FORMER_WORDS:
        if k.startswith(word):
            return k[len(word):]
    return k


def _number_key(item: Mapping[str, Any]) -> tuple[Any, str]:
    return (_value(item.get("value")), first_word(item.get("unit")))


# type -> (match key, {attribute: value getter})
FACT_RULES: dict[str, tuple[Callable[[Mapping[str, Any]], MatchKey], dict[str, Callable[[Mapping[str, Any]], Any]]]] = {
    "dates": (_date_key, {}),
    "officials": (lambda i: key(i.get("name")), {
        "rank": lambda i: key(i.get("rank")),
        "titles": lambda i: frozenset(_title_key(t) for t in i.get("titles") or () if _title_key(t)),
    }),
    "provinces": (lambda i: key(i.get("province")), {"province_2025": lambda i: key(i.get("province_2025"))}),
    "regions": (lambda i: key(i.get("region")), {}),
    "models": (lambda i: key(i.get("name")), {"province": lambda i: key(i.get("province"))}),
    "numbers": (_number_key, {"unit": lambda i: key(i.get("unit")), "qualifier": lambda i: key(i.get("qualifier"))}),
}


def range_ends(items: Iterable[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """Number items with a range row (`value` .. `value_high`) expanded into its two facts.

    ANNOTATION.md counts `3-4 tháng` as two facts; OUTPUTS.md writes it as one
    row with `value_high`, so `sum(value)` does not count it twice.
    """
    expanded: list[Mapping[str, Any]] = []
    for item in items:
        expanded.append(item)
        if item.get("value_high") is not None:
            expanded.append({**item, "value": item["value_high"], "value_high": None})
    return expanded


def facts_of(type_name: str, items: Iterable[Mapping[str, Any]] | None) -> Facts:
    """The facts of one type in one article record (gold or predicted).

    Args:
        type_name: one of TYPES.
        items: the record's list for that type (None counts as empty); a
            number with `value_high` counts as two facts, one per end.

    Returns:
        Match key -> attribute -> set of values; duplicates collapse into one key.
    """
    match, attributes = FACT_RULES[type_name]
    if type_name == "numbers":
        items = range_ends(items or ())
    return _collect(items or (), match, attributes)


def _alternatives(value: Any) -> list[str]:
    """A gold date's `alt` (one value or a list) as a list of keys."""
    values = value if isinstance(value, list) else [value]
    return [str(v).strip() for v in values if v]


def with_alternatives(gold: Iterable[Mapping[str, Any]], predicted: Facts) -> list[Mapping[str, Any]]:
    """Gold dates with an `alt` value re-keyed to it when only the alternative was predicted.

    ANNOTATION.md: where the year can only be reasoned out, gold may list the
    reasoned value as `alt`, and either value matches.
    """
    resolved = []
    for item in gold:
        if _date_key(item) not in predicted:
            alt = next((a for a in _alternatives(item.get("alt")) if a in predicted), None)
            if alt is not None:
                item = {**item, "value": alt}
        resolved.append(item)
    return resolved


# ---------------------------------------------------------------- matching


def _agree(gold: set[Any], pred: set[Any]) -> Accuracy:
    """An exact attribute: correct when a value given with the gold fact was also predicted."""
    return Accuracy(int(bool(gold & pred)), 1)


def _overlap(gold: set[Any], pred: set[Any]) -> Counts:
    return Counts(len(gold & pred), len(pred - gold), len(gold - pred))


def lenient_pairs(gold: Iterable[str], pred: Iterable[str],
                  threshold: float = LENIENT_JACCARD) -> list[tuple[str, str]]:
    """One-to-one lenient matches of model names, best Jaccard first (greedy).

    Args:
        gold: gold model names (keys).
        pred: predicted model names (keys).
        threshold: least word-set Jaccard for a match.

    Returns:
        (gold, pred) pairs; each name appears in at most one pair.
    """
    candidates = []
    for g in sorted(set(gold)):
        gw = word_set(g)
        for p in sorted(set(pred)):
            pw = word_set(p)
            union = gw | pw
            jaccard = len(gw & pw) / len(union) if union else 0.0
            if jaccard >= threshold:
                candidates.append((-jaccard, g, p))
    pairs: list[tuple[str, str]] = []
    used_g: set[str] = set()
    used_p: set[str] = set()
    for _, g, p in sorted(candidates):
        if g not in used_g and p not in used_p:
            pairs.append((g, p))
            used_g.add(g)
            used_p.add(p)
    return pairs


def score_facts(type_name: str, gold: Facts, pred: Facts) -> TypeScore:
    """Compare one type's gold and predicted facts in one article.

    Returns:
        The counts, and each attribute's score over the matched facts
        (`titles` as set-overlap counts, the others as exact accuracy;
        for models also `lenient` counts).
    """
    matched = gold.keys() & pred.keys()
    score = TypeScore(Counts(len(matched), len(pred.keys() - matched), len(gold.keys() - matched)))
    for name in FACT_RULES[type_name][1]:
        total: Counts | Accuracy = Counts() if name == "titles" else Accuracy()
        for k in matched:
            g, p = gold[k][name], pred[k][name]
            total.add(_overlap(g, p) if name == "titles" else _agree(g, p))  # type: ignore[arg-type]
        score.attributes[name] = total
    if type_name == "models":
        n = len(lenient_pairs(gold, pred))
        score.attributes["lenient"] = Counts(n, len(pred) - n, len(gold) - n)
    return score


# ---------------------------------------------------------------- article fields


def iso_local(when: dt.datetime | None) -> str | None:
    """A timestamp as local (Vietnam) ISO date-time without offset, or None."""
    if when is None:
        return None
    if when.tzinfo is not None:
        when = when.astimezone(LOCAL).replace(tzinfo=None)
    return when.isoformat(timespec="seconds")


def published_matches(gold: str | None, pred: str | None) -> bool:
    """`published` agrees at the gold's precision (`2024-08-08T11:43` vs `...T11:43:00`).

    A gold value with an offset is converted to local time first; a null gold
    only agrees with a null prediction.
    """
    if not gold:
        return not pred
    if not pred:
        return False
    gold = gold.strip().replace(" ", "T", 1)
    try:
        parsed = dt.datetime.fromisoformat(gold)
    except ValueError:
        parsed = None
    if parsed is not None and parsed.tzinfo is not None:
        gold = iso_local(parsed) or gold
        gold = gold[:16] if parsed.second == 0 else gold
    return pred.startswith(gold)


def field_matches(name: str, gold: Any, pred: Any) -> bool:
    """Whether an article field agrees: title by key, authors as a set of keys, published by prefix."""
    if name == "published":
        return published_matches(gold, pred)
    if name == "authors":
        return {key(a) for a in gold or ()} - {""} == {key(a) for a in pred or ()} - {""}
    return key(gold) == key(pred)


# ---------------------------------------------------------------- articles


@dataclass(slots=True)
class ArticleResult:
    """One article scored: per scored type its gold and predicted facts, and the fields."""

    source: str
    gold: dict[str, Facts] = field(default_factory=dict)
    pred: dict[str, Facts] = field(default_factory=dict)
    types: dict[str, TypeScore] = field(default_factory=dict)
    fields: dict[str, tuple[Any, Any, bool]] = field(default_factory=dict)

    def scores(self) -> Scores:
        """This article's scores, ready to be summed with others."""
        fields = {name: Accuracy(int(ok), 1) for name, (_, _, ok) in self.fields.items()}
        return Scores({name: _copy(s) for name, s in self.types.items()}, fields, 1)


def _copy(score: TypeScore) -> TypeScore:
    total = TypeScore()
    total.add(score)
    return total


def score_article(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> ArticleResult:
    """Score one predicted record against its gold record.

    A type or field whose key is absent from the gold is not scored; one whose
    key is absent from the prediction counts as predicted empty.

    Args:
        gold: a gold line (ANNOTATION.md format).
        pred: the prediction for the same article, same format.

    Returns:
        The article's facts and scores.
    """
    result = ArticleResult(str(gold.get("source", "")))
    for name in TYPES:
        if name not in gold:
            continue
        p = facts_of(name, pred.get(name))
        g = facts_of(name, with_alternatives(gold[name] or (), p) if name == "dates" else gold[name])
        result.gold[name], result.pred[name] = g, p
        result.types[name] = score_facts(name, g, p)
    for name in FIELDS:
        if name in gold:
            result.fields[name] = (gold[name], pred.get(name), field_matches(name, gold[name], pred.get(name)))
    return result


def total_scores(results: Iterable[ArticleResult]) -> Scores:
    """Micro-averaged scores of many articles."""
    total = Scores()
    for result in results:
        total.add(result.scores())
    return total
