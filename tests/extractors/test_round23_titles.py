"""Title classes of round 23 (the errors of corpus/gold blind-s22-*, blind-s23-* and the officials audit of round 14).

The sentences are from the gold batches (source in a comment) and from ../shared/bench/news-real.jsonl.gz (article id in
a comment), each copied verbatim.
"""

from __future__ import annotations

import pytest

from tests.extractors.title_cases import case_params, titles


# fmt: off
# (sentence, {name: titles}) with every person the sentence yields, () meaning no titles
CASES = {
    # after a bare unit word a lower-case stretch goes on only into a district, city or province it names
    "unit_run_on": [
        # corpus/gold blind-s22-c-020 (the class)
        ("Trong thời gian ông Đỗ Minh Tuấn - Chủ tịch UBND tỉnh và ông Nguyễn Văn Thi - Phó Chủ tịch UBND tỉnh vắng "
         "mặt, Tỉnh ủy Thanh Hóa phân công nhân sự phụ trách, điều hành công việc một số vị trí cho đến khi có chỉ đạo "
         "mới.",
         {"Đỗ Minh Tuấn": ("Chủ tịch UBND tỉnh",), "Nguyễn Văn Thi": ("Phó Chủ tịch UBND tỉnh",)}),
        # corpus/gold blind-s5-u-002
        ("Ban Thường vụ Tỉnh ủy Vĩnh Long phân công đồng chí Lữ Quang Ngời, Ủy viên Thường vụ Tỉnh ủy, Phó Chủ tịch "
         "UBND tỉnh phụ trách UBND tỉnh đến khi bầu bổ sung chức danh Chủ tịch UBND tỉnh Vĩnh Long.",
         {"Lữ Quang Ngời": ("Ủy viên Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh")}),
        # corpus/gold blind-s15-c-006
        ("Tại kỳ họp, Thượng tá Trịnh Vũ Ngàn, Ủy viên BTV Huyện ủy, Trưởng Công an huyện phụ trách Đảng bộ xã Vũ "
         "Muộn đã khẳng định kỳ họp thứ nhất HĐND xã là kỳ họp quan trọng.",
         {"Trịnh Vũ Ngàn": ("Ủy viên BTV Huyện ủy", "Trưởng Công an huyện")}),
        # bench baomoi-21480006: an island district's name goes on
        ("Đại tá Bùi Đình Dương, Chủ tịch UBND huyện đảo Trường Sa cho biết, chuyến thăm Tết vừa qua, các tàu mang hơn "
         "500 tấn hàng.",
         {"Bùi Đình Dương": ("Chủ tịch UBND huyện đảo Trường Sa",)}),
    ],
}
# fmt: on


@pytest.mark.parametrize("text, expected", case_params(CASES))
def test_round23_titles(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert titles(text) == expected
