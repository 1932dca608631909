"""Peers scored beside vnie: what a user would reach for instead.

- `underthesea.ner`: PER spans become officials (name only), LOC spans that
  name a province become provinces.
- `dateparser.search.search_dates(text, languages=['vi'])`: each returned
  datetime becomes a day-precision date.

Each peer returns gold-format records (ANNOTATION.md), so `pipeline.scoring`
scores them exactly like vnie. Both are slow; they run only behind `--peers`.
"""

from __future__ import annotations

import functools
import json
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from vnie.extractors.base import NormalisedDoc, ProvinceValue
from vnie.extractors.keys import key

# Peer name -> the fact types it is scored on.
PEER_TYPES: dict[str, tuple[str, ...]] = {
    "underthesea": ("officials", "provinces"),
    "dateparser": ("dates",),
}
# Unit words that may open a LOC span before the province name (`tỉnh Đắk Lắk`, `TP. Hà Nội`).
_UNIT_PREFIXES = ("tỉnh ", "thành phố ", "tp. ", "tp ", "tp.")
# vietnamadminunits names Thừa Thiên Huế by its 2025 name; ANNOTATION.md's canonical
# pre-2025 short name is the old one.
_LEGACY_RENAMES = {"thanhphohue": "Thừa Thiên Huế"}
# Each tool runs once on this sentence before timing starts, so model loading and
# lazy compilation are not counted as throughput.
WARMUP = "Sáng 8/8/2024, tại tỉnh Đắk Lắk, Trung tướng Lê Quốc Hùng biểu dương 478 mô hình."
_ALIASES = {"tp.hcm": "Hồ Chí Minh", "tphcm": "Hồ Chí Minh", "tp.hồ chí minh": "Hồ Chí Minh"}


@dataclass(slots=True)
class PeerRun:
    """One peer's predictions on the gold's articles, and how long it took."""

    name: str
    records: dict[str, dict[str, Any]] = field(default_factory=dict)
    seconds: float = 0.0
    n_bytes: int = 0

    @property
    def kb_per_s(self) -> float:
        """Throughput in kilobytes (1,000 bytes of UTF-8 text) per second."""
        return self.n_bytes / 1000 / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------- provinces


@functools.cache
def _admin_units() -> dict[str, tuple[str, str]]:
    """key(name) -> (pre-2025 short name, 2025 short name), from vietnamadminunits."""
    data = resources.files("vietnamadminunits") / "data"
    legacy = json.loads((data / "parser_legacy.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    new = json.loads((data / "parser_from_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    merged = json.loads((data / "converter_2025.json").read_text(encoding="utf-8"))["DICT_PROVINCE"]
    new_of_old = {old: new[new_key]["provinceShort"] for new_key, olds in merged.items() for old in olds}
    table: dict[str, tuple[str, str]] = {}
    for old_key, unit in legacy.items():
        short = _LEGACY_RENAMES.get(old_key, unit["provinceShort"])
        table[key(short)] = (short, new_of_old.get(old_key, short))
    for unit in new.values():
        table.setdefault(key(unit["provinceShort"]), (unit["provinceShort"], unit["provinceShort"]))
    for alias, name in _ALIASES.items():
        table[alias] = table[key(name)]
    return table


def fallback_province(span: str) -> tuple[str, str] | None:
    """(province, province_2025) when the whole span names a province, else None.

    `tỉnh Đắk Lắk`, `TP. Hà Nội`, `Kon Tum` name provinces; `quận Đống Đa` does not.
    """
    table = _admin_units()
    name = key(span)
    if name in table:
        return table[name]
    for prefix in _UNIT_PREFIXES:
        if name.startswith(prefix) and name[len(prefix):].strip() in table:
            return table[name[len(prefix):].strip()]
    return None


def province_mapper() -> Callable[[str], list[tuple[str, str]]]:
    """A function from a LOC span to the provinces it names.

    Uses vnie's provinces extractor (the gazetteer) on the span; where that
    finds nothing (or is still a placeholder), the vietnamadminunits fallback.
    """
    from vnie.extractors import provinces

    extract = provinces.build()

    def provinces_in(span: str) -> list[tuple[str, str]]:
        found = [(m.value.province, m.value.province_2025)
                 for m in extract(NormalisedDoc("peer", span), {}) if isinstance(m.value, ProvinceValue)]
        if found:
            return found
        fallback = fallback_province(span)
        return [fallback] if fallback else []

    return provinces_in


# ---------------------------------------------------------------- underthesea


def entity_spans(tagged: Iterable[tuple[str, ...]]) -> list[tuple[str, str]]:
    """(label, surface) for each BIO entity in underthesea's `ner` output.

    Args:
        tagged: (word, pos, chunk, ner-tag) tuples, tags like `B-PER`, `I-PER`, `O`.

    Returns:
        Entities in order; an `I-` tag without a matching open entity starts one.
    """
    spans: list[tuple[str, list[str]]] = []
    for word, *_, tag in tagged:
        if tag == "O" or "-" not in tag:
            spans.append(("", []))
            continue
        bio, label = tag.split("-", 1)
        if bio == "B" or not spans or spans[-1][0] != label:
            spans.append((label, [word]))
        else:
            spans[-1][1].append(word)
    return [(label, " ".join(words)) for label, words in spans if label]


def _sentences(text: str) -> list[str]:
    from underthesea import sent_tokenize

    return [s for para in text.split("\n") if para.strip() for s in sent_tokenize(para)]


def run_underthesea(docs: Iterable[tuple[str, str]]) -> PeerRun:
    """underthesea.ner on each article, sentence by sentence.

    Args:
        docs: (source, normalised text) pairs.

    Returns:
        Records with `officials` (PER spans) and `provinces` (LOC spans naming a province).
    """
    from underthesea import ner

    provinces_in = province_mapper()
    ner(WARMUP)
    run = PeerRun("underthesea")
    for source, text in docs:
        started = time.perf_counter()
        entities = [e for sentence in _sentences(text) for e in entity_spans(ner(sentence))]
        run.seconds += time.perf_counter() - started
        run.n_bytes += len(text.encode("utf-8"))
        run.records[source] = {
            "officials": [{"name": surface, "rank": None, "titles": []}
                          for label, surface in entities if label == "PER"],
            "provinces": [{"province": p, "province_2025": p25}
                          for label, surface in entities if label == "LOC"
                          for p, p25 in provinces_in(surface)],
        }
    return run


# ---------------------------------------------------------------- dateparser


def run_dateparser(docs: Iterable[tuple[str, str]]) -> PeerRun:
    """dateparser's `search_dates` over each whole article, Vietnamese only.

    Args:
        docs: (source, normalised text) pairs.

    Returns:
        Records with `dates`: each found datetime as a day (`2024-08-08`).
    """
    from dateparser.search import search_dates

    search_dates(WARMUP, languages=["vi"])
    run = PeerRun("dateparser")
    for source, text in docs:
        started = time.perf_counter()
        found = search_dates(text, languages=["vi"]) or []
        run.seconds += time.perf_counter() - started
        run.n_bytes += len(text.encode("utf-8"))
        run.records[source] = {"dates": [{"value": when.date().isoformat()} for _, when in found]}
    return run


# ---------------------------------------------------------------- vnie


def time_vnie(docs: Iterable[NormalisedDoc]) -> PeerRun:
    """vnie's extraction (every stage, built once) over the same articles, timed.

    Returns:
        A run with no records (vnie's predictions come from the tables), only the timing.
    """
    from vnie.extractors.registry import Extraction

    extraction = Extraction()
    extraction(NormalisedDoc("warmup", WARMUP))
    run = PeerRun("vnie")
    for doc in docs:
        started = time.perf_counter()
        extraction(doc)
        run.seconds += time.perf_counter() - started
        run.n_bytes += len(doc.text.encode("utf-8"))
    return run
