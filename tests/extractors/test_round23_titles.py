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
    # callings written with the name are titles (titles.tsv roles; GUIDELINES.md rounds 19-23)
    "calling": [
        # corpus/gold blind-s23-e-012 (the class)
        ("Nhà văn Nguyễn Huy Thiệp qua đời", {"Nguyễn Huy Thiệp": ("Nhà văn",)}),
        # corpus/gold blind-s6-e-022
        ("Nhiều em nhỏ ngày đầu tiên đến trường, được \"mẹ dắt tay từng bước\" trong cảnh sắc nên thơ \"hương rừng thơm "
         "đồi vắng, nước suối trong thầm thì\" như trong bài hát Đi Học (nhạc của tác giả Bùi Đình Thảo, lời của nhà thơ Hoàng Minh Chính).",
         {"Hoàng Minh Chính": ("nhà thơ",)}),
        # bench dantri-education-150 (the officials audit of round 14)
        ("Chuyên gia Nguyễn Quốc Cường cho rằng, với 4 nguyên nhân trên, xác định được mục tiêu và công việc yêu thích "
         "sẽ là bước quyết định quan trọng.",
         {"Nguyễn Quốc Cường": ("Chuyên gia",)}),
        # bench dantri-tech-061 (the audit)
        ("Mới đây, trong bài trả lời phỏng vấn với nhà báo Kara Swisher của tờ báo The New York Times, CEO Tim Cook đã "
         "có những hé lộ về tương lai của mình tại Apple.",
         {"Kara Swisher": ("nhà báo",)}),
        # bench dantri-education-265
        ("Cũng theo Luật sư Đặng Văn Cường, theo kết luận của nhà trường, có rất nhiều đơn thư của phụ huynh.",
         {"Đặng Văn Cường": ("Luật sư",)}),
        # bench dantri-entertainment-013
        ("Siêu mẫu Hà Anh chọn cách sống lặng lẽ hơn, không thiết sân si.", {"Hà Anh": ("Siêu mẫu",)}),
        # corpus/gold blind-s23-e-029
        ("Chủ tịch Hội đồng Giáo phẩm Hội thánh Tin lành Việt Nam (miền Nam) Mục sư Mã Phúc Hiệp và các chức sắc đến "
         "dự.",
         {"Mã Phúc Hiệp": ("Mục sư",)}),
    ],
    # a bare calling that cues the name after it, after a comma, is no apposition of the name before
    "calling_cues_next": [
        # bench baomoi-21487189 (the text ends with the byline)
        ("Được biết, Hội đồng Viện gồm có một số tên tuổi như nguyên Phó Chủ tịch nước Nguyễn Thị Bình, nhà văn Nguyên "
         "Ngọc, ông Nguyễn Sự (nguyên Bí thư Thành ủy Hội An), PGS. TS. Chu Hảo…",
         {"Nguyễn Thị Bình": ("nguyên Phó Chủ tịch nước",), "Nguyên Ngọc": ("nhà văn",),
          "Nguyễn Sự": ("nguyên Bí thư Thành ủy Hội An",)}),
        # bench baomoi-22724156
        ("Trong các phiên xử, diễn viên Ngọc Trinh đã được đông đảo diễn viên đồng nghiệp đến tòa ủng hộ như diễn viên "
         "Hoài Linh, MC Đại Nghĩa, Lý Thanh Thảo, diễn viên Quý Bình, Biggio, NSUT Đàm Loan, Trịnh Kim Chi, Công Ninh.",
         {"Ngọc Trinh": ("diễn viên",), "Hoài Linh": ("diễn viên",), "Đại Nghĩa": ("MC",), "Lý Thanh Thảo": (),
          "Quý Bình": ("diễn viên",), "Biggio": (), "Đàm Loan": (), "Trịnh Kim Chi": (), "Công Ninh": ()}),
    ],
}
# fmt: on


@pytest.mark.parametrize("text, expected", case_params(CASES))
def test_round23_titles(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert titles(text) == expected
