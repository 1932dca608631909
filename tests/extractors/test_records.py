"""The record classes of extractors/base.py: `quick_init` keeps what `dataclass` wrote."""

from __future__ import annotations

import dataclasses

import pytest

from vnie.extractors.base import Candidate, Mention, NormalisedDoc, NumberValue, SpanError, quick_init
from vnie.extractors.numbers.interpret import Outcome


def test_a_candidate_is_built_as_before_and_stays_frozen():
    # ../shared/bench dantri-business-001: "Top 1.000"
    text = "Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á"
    cand = Candidate(17, 22, "numbers.digits", {"num": "1.000"})
    assert (cand.start, cand.end, cand.rule, cand.groups) == (17, 22, "numbers.digits", {"num": "1.000"})
    assert text[cand.start:cand.end] == "1.000"
    assert Candidate(0, 8, "x").groups == {} and Candidate(0, 8, "x").groups is not Candidate(0, 8, "x").groups
    assert Candidate(start=0, end=8, rule="x") == Candidate(0, 8, "x", {})
    with pytest.raises(dataclasses.FrozenInstanceError):
        cand.start = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Candidate(0, 8)  # type: ignore[call-arg]
    assert dataclasses.replace(cand, end=21).end == 21 and cand.end == 22


def test_a_mention_keeps_its_text_and_defaults():
    doc = NormalisedDoc("a1", "Vinamilk lọt Top 1.000 thương hiệu hàng đầu châu Á")
    mention = Mention.at(doc, 17, 34, "numbers.digits", NumberValue(1000.0, "thương hiệu", None))
    assert mention.text == "1.000 thương hiệu"
    assert mention.value.value_high is None and NumberValue(3.0, "tháng", None, 4.0).value_high == 4.0
    assert Outcome(()).reason is None
    with pytest.raises(SpanError):
        Mention.at(doc, 40, 60, "numbers.digits", mention.value)


def test_quick_init_refuses_what_it_cannot_keep():
    @dataclasses.dataclass(slots=True)
    class Plain:
        x: int

    @dataclasses.dataclass(frozen=True, slots=True)
    class Checked:
        x: int

        def __post_init__(self) -> None:
            pass

    for cls in (Plain, Checked):
        with pytest.raises(TypeError):
            quick_init(cls)
