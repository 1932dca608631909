"""Where a title ends and whose it is (issues 11 and 13): compounds holding a stop word inside an
organisation ("Tối cao", "giao thông"), a foreign honorific between a title and its holder
("Samdech"), titles listed with commas before the next titled name, a post kept ("tiếp tục giữ
chức"), a verb after a title ("đón"), a bare organisation head read on to a verb of speech.

Round 7's gold (corpus/gold blind-s7-a, b, c, d) showed the classes; the sentences are from
../shared/bench/news-real.jsonl.gz and other gold batches (source in the comment).
"""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc, OfficialValue, PositionValue
from vnie.extractors.normalise import normalise_text
from vnie.extractors.officials import build

BUILT = build()


def found(text: str) -> tuple[dict[str, tuple[str, ...]], list[tuple[str, str]]]:
    """(name -> titles, [(holder key, position text)]) of `text` (provinces not run)."""
    doc = NormalisedDoc("t", normalise_text(text), None)
    mentions = BUILT(doc, {})
    people = {m.value.name: m.value.titles for m in mentions if isinstance(m.value, OfficialValue)}
    posts = [(m.value.person_key, m.text) for m in mentions if isinstance(m.value, PositionValue)]
    return people, posts


# fmt: off
# (sentence, {name: titles})
CASES = {
    # "Tối cao", "giao thông": a compound of official_org_compounds.txt goes on after a capitalised part,
    # and a foreign holder is found after it (bench)
    "compound": [
        ("Ngoài ra, Phó tổng thống Kamala Harris, Chánh án Tòa án Tối cao John Roberts, Đệ nhất phu nhân Jill Biden, "
         "Đệ nhị phu quân Douglas Emhoff cũng tham dự.",
         {"Kamala Harris": ("Phó tổng thống",), "John Roberts": ("Chánh án Tòa án Tối cao",),
          "Jill Biden": ("Đệ nhất phu nhân",)}),
        ("Chánh án Tòa án Nhân dân Tối cao Nguyễn Hòa Bình và Chánh án Tòa án Tối cao Italy Giovanni Canzio.",
         {"Nguyễn Hòa Bình": ("Chánh án Tòa án Nhân dân Tối cao",),
          "Giovanni Canzio": ("Chánh án Tòa án Tối cao Italy",)}),
    ],
    # a Khmer honorific is the holder's, no part of the title (bench)
    "honorific": [
        ("Nhận lời mời của Thủ tướng Vương quốc Campuchia Samdech Techo Hun Sen và Chủ tịch Diễn đàn Kinh tế Thế giới "
         "(WEF) Klaus Schwab, sáng 11/5, Thủ tướng Nguyễn Xuân Phúc dẫn đầu Đoàn đại biểu Việt Nam",
         {"Hun Sen": ("Thủ tướng Vương quốc Campuchia",), "Nguyễn Xuân Phúc": ("Thủ tướng",)}),
    ],
    # titles listed with commas after a titled name, the last right before the next name, are the next
    # name's (bench); after a name with no title before it they stay its own (bench: a temple follows)
    "comma_chain": [
        ("Nhận lời mời của Bộ trưởng Ngoại giao Tây Ban Nha Alfonso Dastis, Phó Thủ tướng, Bộ trưởng Ngoại giao "
         "Phạm Bình Minh đã thăm chính thức Tây Ban Nha từ ngày 23-25/5",
         {"Alfonso Dastis": ("Bộ trưởng Ngoại giao Tây Ban Nha",),
          "Phạm Bình Minh": ("Phó Thủ tướng", "Bộ trưởng Ngoại giao")}),
        ("Trao đổi với phóng viên về vấn đề này qua điện thoại, bà Phạm Thị Oanh, Phó chủ tịch UBND TP Nam Định, "
         "Trưởng ban tổ chức Lễ Khai ấn đền Trần Nam Định thì được bà Oanh cho biết, bà sẽ cho người kiểm tra.",
         {"Phạm Thị Oanh": ("Phó chủ tịch UBND TP Nam Định",)}),
    ],
    # lower-case words after a bare organisation head, up to a verb of speech, name the organisation (bench)
    "bare_org": [
        ("Ông Lê Minh Hải, Phó trưởng Ban quản lý an toàn thực phẩm cho biết, hiện nay ở một số địa bàn vẫn còn nhiều "
         "cơ sở kinh doanh dịch vụ ăn uống không phép hoạt động.",
         {"Lê Minh Hải": ("Phó trưởng Ban quản lý an toàn thực phẩm",)}),
        ("Anh Lê Trí Hướng, Phó Giám đốc khu du lịch cho biết, khu du lịch mang phong cách đồng quê",
         {"Lê Trí Hướng": ("Phó Giám đốc khu du lịch",)}),
    ],
    # "đón" ends a title (corpus/gold news-003)
    "verb": [
        ("Toàn cảnh lễ đón Tổng thống Donald Trump tại Phủ Chủ tịch Sau lễ đón, Chủ tịch nước Trần Đại Quang đã tiến "
         "hành hội đàm với Tổng thống Donald Trump.",
         {"Trần Đại Quang": ("Chủ tịch nước",)}),
    ],
}
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [
    pytest.param(text, expected, id=f"{kind}-{i}") for kind, rows in CASES.items() for i, (text, expected) in enumerate(rows)])
def test_titles_of_the_names(text, expected):
    people, _ = found(text)
    assert {name: people.get(name) for name in expected} == expected, people


def test_a_post_kept_is_a_second_mention_of_it():
    # corpus/gold blind-s5-u-012: "tiếp tục giữ chức danh" gives the post again, one positions row per mention
    _, posts = found("Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ tỉnh Lai Châu nhiệm kỳ 2020-2025 đã bầu đồng chí "
                     "Giàng Páo Mỷ, Bí thư Tỉnh ủy khóa XIII, tiếp tục giữ chức danh Bí thư Tỉnh ủy khóa XIV, nhiệm kỳ "
                     "2020-2025.")
    assert posts == [("giàng páo mỷ", "Bí thư Tỉnh ủy"), ("giàng páo mỷ", "Bí thư Tỉnh ủy")]
