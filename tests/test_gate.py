"""The accuracy gate: the pipeline on corpus/ must stay at or above the pinned floors.

Floors and a digest of corpus/ live in corpus/baseline.json. Raise the floors
after an extractor improves, or re-pin after the corpus changes, with one
command (lowering a floor needs --allow-lower --reason):

    .venv/bin/python -m vnie.evaluation.command --pin
"""

from __future__ import annotations

import pytest

from vnie.evaluation.baseline import (DEFAULT_BASELINE, FLOOR_NAMES, PIN_COMMAND, corpus_digest, corpus_evaluation,
                               load_baseline)
from vnie.evaluation.evaluate import Evaluation

BASELINE = load_baseline(DEFAULT_BASELINE)
FLOORS = BASELINE.get("floors", {})


@pytest.fixture(scope="module")
def evaluation() -> Evaluation:
    """One fresh run of the pipeline on corpus/, scored against corpus/gold."""
    return corpus_evaluation()


def test_baseline_exists() -> None:
    assert DEFAULT_BASELINE.exists(), f"no {DEFAULT_BASELINE}; create it with `{PIN_COMMAND}`"


def test_corpus_matches_pinned_digest() -> None:
    pinned = BASELINE.get("corpus_digest")
    assert corpus_digest() == pinned, (
        f"corpus/ (articles, samples or gold) changed since the floors were pinned ({pinned}); "
        f"check the scores and re-pin with `{PIN_COMMAND}` "
        f"(add --allow-lower --reason \"...\" if the change lowers a floor)"
    )


def test_every_gold_article_extracted(evaluation: Evaluation) -> None:
    assert evaluation.notes == [], "; ".join(evaluation.notes)


@pytest.mark.parametrize("name", [n for n in FLOOR_NAMES if n in FLOORS])
def test_score_at_or_above_floor(evaluation: Evaluation, name: str) -> None:
    score = evaluation.scores["all"].headline(name)
    floor = FLOORS[name]
    assert score is not None and score + 1e-9 >= floor, (
        f"{name}: {score} is below the pinned floor {floor} in {DEFAULT_BASELINE.name}; "
        f"fix the regression, or if it is intended run `{PIN_COMMAND} --allow-lower --reason \"...\"`"
    )
