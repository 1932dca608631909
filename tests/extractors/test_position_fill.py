"""Positions: a post written bare takes the body of the same person's full post in the article.

Bench sentences copied verbatim (the bench run at 8bac1e9: 134 bare rows of the first 2,000 articles filled).
"""

from __future__ import annotations

import pytest

from tests.extractors.test_positions import positions

# fmt: off
CASES = [
    # bench 9cf21c…: the full form before the bare one
    ("Đánh giá về ca Covid-19 ở Hà Nam, Bộ trưởng Y tế Nguyễn Thanh Long cho rằng tốc độ lây nhiễm nhanh, mức độ "
     "tấn công nhanh.\nđể khi những trường hợp F1 thành F0, chúng ta đã có danh sách sẵn để quản lý\"- Bộ trưởng "
     "Nguyễn Thanh Long yêu cầu.",
     [("Bộ trưởng Y tế", "Bộ trưởng", "Bộ Y tế", "government", None),
      ("Bộ trưởng", "Bộ trưởng", "Bộ Y tế", "government", None)]),
    # bench 5a2a9a…: the full form after the bare one
    ("Đề cập tới việc chia cổ tức năm 2021 chưa tăng tương xứng với lợi nhuận dự kiến, Chủ tịch Đỗ Quang Hiển ví "
     "von \"cơm chưa ăn gạo còn đó.\nÔng Đỗ Quang Hiển, Chủ tịch HĐQT SHB, trả lời cổ đông về cổ phiếu (Ảnh: N.H)",
     [("Chủ tịch", "Chủ tịch", "Hội đồng quản trị SHB", "business", None),
      ("Chủ tịch HĐQT SHB", "Chủ tịch", "Hội đồng quản trị SHB", "business", None)]),
    # bench 94667d…: the nearest full form "Thành ủy" is passed over for the one that names the city
    ("Ông Nguyễn Văn Nên, Bí thư Thành ủy TPHCM chủ trì buổi họp mặt.\nPhát biểu tại cuộc họp mặt, Bí thư Thành ủy "
     "Nguyễn Văn Nên, cho biết: \"Cuộc gặp mặt hôm nay có sự tham gia\".\nBí thư Nguyễn Văn Nên cũng xúc động trước "
     "câu chuyện của những trí thức",
     [("Bí thư Thành ủy TPHCM", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "party", "Hồ Chí Minh"),
      # the bare "Thành ủy" takes the one city the article names (e60e57c, 8365b3d)
      ("Bí thư Thành ủy", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "party", "Hồ Chí Minh"),
      ("Bí thư", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "party", "Hồ Chí Minh")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES, ids=["before", "after", "longest"])
def test_a_bare_post_takes_the_body_of_the_persons_full_post(text, expected):
    got = [(t, v.role, v.organisation, v.org_kind, v.province) for t, v in positions(text)]
    assert got == expected

