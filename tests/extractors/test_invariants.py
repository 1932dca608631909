"""Invariants every extraction stage keeps, checked through the registry.

One place for what used to be repeated in each extractor's tests: on the seeds,
on naughty strings and on real bench articles, every mention is a non-empty
span of the document whose text equals `doc.text[start:end]` with no space at
its edges, its value is the stage's declared kind, and nothing raises. (The
1 MB adversarial line through every stage is in tests/pipeline/test_poison.py.)
"""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc
from vnie.extractors.normalise import article_id, normalise_text
from vnie.extractors.registry import STAGES, Extraction
from vnie.run.tables import TABLE_OF_VALUE

# fmt: off
NAUGHTY = [
    "", " ", "\n\n", "“", "”", '"', "“”", "()", "...", "1", "1.", "1.000.000.000.000.000", "12/13/14/15",
    "Thứ trưởng", "Trung tướng", "tỉnh", "mô hình “", "mô hình “”", "như: ;;;", "Nguyễn", "Nguyễn Văn",
    "ngày 31/2", "năm 0000", "tháng 13/2024", "hơn", "gần 1,5", "%", "15,3%", "TP.", "TP.HCM.",
    "Ủy viên Trung ương Đảng,", "\u0301\u0301", "Ｔｈứ ｔｒưởｎｇ", "😀 Hà Nội 😀", "a" * 5000,
    "“" * 300 + "mô hình" + "”" * 300, "Lê Quốc Hùng, " * 200,
]
# fmt: on


@pytest.fixture(scope="module")
def extraction() -> Extraction:
    return Extraction()


def _check(doc: NormalisedDoc, found: dict) -> int:
    n = 0
    for stage in STAGES:
        mentions = found[stage.name]
        assert isinstance(mentions, list), stage.name
        for m in mentions:
            assert 0 <= m.start < m.end <= len(doc.text), (stage.name, m)
            assert m.text == doc.text[m.start:m.end] and m.text == m.text.strip(), (stage.name, m)
            assert m.article_id == doc.article_id
            assert TABLE_OF_VALUE[type(m.value)] in stage.assigns, (stage.name, type(m.value))
            n += 1
    return n


def _doc(raw: str, published=None) -> NormalisedDoc:
    text = normalise_text(raw)
    return NormalisedDoc(article_id(text), text, published)


@pytest.mark.parametrize("raw", NAUGHTY, ids=range(len(NAUGHTY)))
def test_naughty_strings(extraction: Extraction, raw: str) -> None:
    doc = _doc(raw)
    _check(doc, extraction(doc))


def test_empty_text_gives_empty_lists(extraction: Extraction) -> None:
    found = extraction(NormalisedDoc("x", "", None))
    assert found == {stage.name: [] for stage in STAGES}


def test_seeds(extraction: Extraction, seed_texts: dict[str, str]) -> None:
    total = sum(_check(doc, extraction(doc)) for doc in map(_doc, seed_texts.values()))
    assert total > 150  # the five seeds hold about 200 facts; a broken stage shows here


def test_bench_articles(extraction: Extraction, bench_records: list[dict]) -> None:
    from vnie.run.read import parse_published

    for record in bench_records:
        doc = _doc(record["text"], parse_published(record.get("published")))
        _check(doc, extraction(doc))
