"""Stated roles the titles data lacked (titles.tsv, round 31): callings of all corpus/gold written with a name.

The sentences are from the gold batches (source in a comment), each copied verbatim.
"""

from __future__ import annotations

import pytest

from tests.extractors.title_cases import case_params, titles


# fmt: off
# (sentence, {name: titles}) for the persons named; others in the sentence are not checked
CASES = {
    "calling": [
        # corpus/gold blind-s31-a-021
        ("Linh mục Nguyễn Văn Lợi, giáo xứ Bến Bào, cho biết: “Chúng tôi phấn khởi trước sự quan tâm của các cấp chính "
         "quyền và lực lượng Công an, Mặt trận, đoàn thể trong việc giúp Giáo xứ Bến Bào xây dựng mô hình “Gia đình giáo "
         "dân hạnh phúc, họ đạo bình yên, ATGT và ANTT”.", {"Nguyễn Văn Lợi": ("Linh mục",)}),
        # corpus/gold blind-s21-e-008
        ("Kỳ thủ Nguyễn Ngọc Trường Sơn đứng thứ tư với sáu HC vàng cờ vua.", {"Nguyễn Ngọc Trường Sơn": ("Kỳ thủ",)}),
        # corpus/gold blind-s16-e-014
        ("Trong các cá nhân được trao học bổng có rất nhiều những tấm gương nghị lực, vượt qua nghịch cảnh để có thành "
         "tích học tập tốt Tiêu biểu như Thủ khoa Phí Thị Kim Oanh, dù kém may mắn hơn các bạn đồng trang lứa nhưng em "
         "đã vượt lên trở thành tân sinh viên thuộc top điểm cao của Trường Đại học Công đoàn.",
         {"Phí Thị Kim Oanh": ("Thủ khoa",)}),
        # corpus/gold blind-s9-e-018
        ("Võ sỹ Pencak Silat Vũ Thế Hoàng (phải, đai đỏ) giành huy chương vàng đối kháng hạng cân dưới 80kg tại SEA "
         "Games 22 ở Hà Nội (12.2003)", {"Vũ Thế Hoàng": ("Võ sỹ Pencak Silat",)}),
        # corpus/gold blind-s13-e-012
        ("Tại đây, cô là đồng đội của tay đua Singapore Riyadh Hakim, góp phần giúp đội hình trở nên đa dạng và giàu "
         "kinh nghiệm hơn.", {"Riyadh Hakim": ("tay đua",)}),
        # corpus/gold blind-s14-a-025
        ("Cô giáo Mai Thị Phượng cho biết học sinh nhà trường tham gia mô hình tự quản “Đoạn đường ông cháu cùng chăm” "
         "được trải nghiệm, tham gia hoạt động có ích, là hình thức thiết thực giáo dục giúp các em nâng cao ý thức "
         "trách nhiệm bảo vệ, giữ gìn các công trình trên địa bàn.", {"Mai Thị Phượng": ("Cô giáo",)}),
        # corpus/gold blind-s30-b-006 (the first of the two names still misses the role written after both)
        ("Khi đó, Thiếu tá Lê Quý Tùng và Đại úy Nguyễn Mạnh Huy - cảnh sát khu vực nhận được tin báo về việc một đối "
         "tượng thực hiện hành vi cướp giật trên địa bàn.", {"Nguyễn Mạnh Huy": ("cảnh sát khu vực",)}),
    ],
    # a village's head written the other way round, like "Thôn trưởng"
    "village_head": [
        # corpus/gold blind-s31-a-028
        ("cùng ở huyện Cư Kuin; bà H’liên Niê (buôn trưởng buôn Ea Liăng, xã Cư Pơng, huyện Krông Búk).",
         {"H’liên Niê": ("buôn trưởng buôn Ea Liăng, xã Cư Pơng",)}),
    ],
}
# fmt: on


@pytest.mark.parametrize(("text", "expected"), case_params(CASES))
def test_round31_titles(text, expected):
    got = titles(text)
    assert {name: got.get(name) for name in expected} == expected
