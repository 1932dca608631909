"""Quotes through the whole extraction (officials, then models): kind, speaker and span
on real sentences of ../shared/bench/news-real.jsonl.gz (issues 11 and 13)."""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc, QuoteValue
from vnie.extractors.normalise import normalise_text
from vnie.run.stages import build_extraction


@pytest.fixture(scope="module")
def extraction():
    return build_extraction()


def quotes(extraction, text: str) -> list[tuple[str, str, str | None]]:
    text = normalise_text(text)
    found = extraction(NormalisedDoc("t", text, None))
    return [(m.text, m.value.kind, m.value.speaker) for m in found["models"] if isinstance(m.value, QuoteValue)]


# Bench excerpts: the speaker named in full earlier, then by given name after the quote.
SPEAKER_AFTER = [
    pytest.param(
        "Cũng theo ông Nguyễn Đức Vinh, 2020 vừa qua là năm khó khăn với các công ty tài chính. "
        "Kết quả kinh doanh của FE Credit cũng giảm sút, nhưng nằm trong sự kiểm soát.\n"
        "\"Tuy nhiên, theo đánh giá của các tổ chức trung lập, FE vẫn là công ty tài chính ít bị ảnh hưởng nhất "
        "so với các đối thủ cạnh tranh\", ông Vinh cho hay.\n",
        "nguyễn đức vinh", id="bench-comma-cho-hay"),
    pytest.param(
        "Chiều 27/4, ông Trần Văn Nghìn - Chánh Văn phòng Sở GD&ĐT Hải Dương cho biết, đơn vị này đã nắm được "
        "thông tin.\nHai em còn lại, có thể có một em đã bỏ học. \"Cơ quan công an đang phối hợp điều tra xác minh "
        "thông tin cá nhân, các học sinh này học ra sao, ở trường nào trên địa bàn tỉnh Hải Dương\", ông Nghìn "
        "cho hay.",
        "trần văn nghìn", id="bench-comma-cho-hay-2"),
    pytest.param(
        "Phó Chủ tịch UBND TP Hà Nội Chử Xuân Dũng nêu lại bối cảnh tình hình dịch bệnh đang diễn ra hết sức "
        "phức tạp trên địa bàn Thủ đô.\n\"Chậm giờ nào thì việc đuổi bắt kịp mức độ lây lan càng khó khăn. "
        "Truy vết F1, F2 và thực hiện nghiêm cách ly tập trung F1.\" - ông Dũng cho hay.\n",
        "chử xuân dũng", id="bench-dash-cho-hay"),
]


@pytest.mark.parametrize("text, speaker", SPEAKER_AFTER)
def test_speaker_named_after_the_quote(extraction, text, speaker):
    found = quotes(extraction, text)
    assert [(k, s) for _, k, s in found] == [("speech", speaker)]
