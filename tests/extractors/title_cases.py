"""What the title tests read (test_titles.py): the officials stage's people, titles and positions of one sentence
(provinces found first, as the pipeline does), and their cases, grouped by class, as test parameters."""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc, OfficialValue, PositionValue
from vnie.extractors.normalise import normalise_text
from vnie.extractors.officials import build
from vnie.extractors.provinces import build as build_provinces

BUILT = build()
PROVINCES = build_provinces()


def found(text: str):
    doc = NormalisedDoc("t", normalise_text(text), None)
    return BUILT(doc, {"provinces": PROVINCES(doc, {})})


def titles(text: str) -> dict[str, tuple[str, ...]]:
    return {m.value.name: m.value.titles for m in found(text) if isinstance(m.value, OfficialValue)}


def positions(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(m.value.person_key, m.value.role, m.value.organisation, m.value.qualifier)
            for m in found(text) if isinstance(m.value, PositionValue)]


def case_params(cases: dict[str, list[tuple[str, dict]]]) -> list:
    """(text, expected) of every class's cases, each with the id `<class>-<i>`."""
    return [pytest.param(text, expected, id=f"{kind}-{i}")
            for kind, rows in cases.items() for i, (text, expected) in enumerate(rows)]
