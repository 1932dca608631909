"""Officials: names of round 18 (blind-s16, s17): a person named by the given name only, clan names of
ethnic minorities, and the places, funds and bylines that look like them.

Each sentence is verbatim from ../shared/bench/news-real.jsonl.gz or corpus/samples (the article id in
the comment), a bench or other-batch one wherever the rule reaches past the article it was made for; the
whole pipeline runs (`vnie.extract`), so the provinces stage marks the places the officials stage reads.
"""

from __future__ import annotations

import pytest

from vnie.api import extract


def people(text: str) -> dict[str, list[str]]:
    """Person name -> titles, from the people table of `text`."""
    return {row["name"]: list(row["titles"]) for row in extract(text)["people"]}


# fmt: off
# (sentence, names it must give, names it must not give)
CASES = [
    # a given name after a person honorific, with no full name in the article, is the person's name
    ("tình cảm với người thợ hồ nên giữa 2 người nảy sinh mâu thuẫn. Khi cự cãi lên đỉnh điểm, chị Thuận dùng gậy gỗ "
     "tràm lao vao đánh chồng.", {"Thuận"}, set()),  # bench baomoi-22257234
    ("\"Lửa bùng lên nhanh lắm. Ai cũng hoảng sợ bỏ chạy\", ông Tư chạy xe ôm gần hiện trường kể.",
     {"Tư"}, set()),  # bench dantri-society-144
    ("i nhậu về thì anh Ngôn xảy ra mâu thuẫn với vợ là chị Trường nên hai bên lời qua tiếng lại.",
     {"Ngôn", "Trường"}, set()),  # bench baomoi-21494851
    ("Ông Chanh – Làng Chrơng 2, xã Đak Ta Ley, huyện Mang Yang bày tỏ: “Mình nhắc nhở con cháu đừng quậy phá.",
     {"Chanh"}, set()),  # blind-s17-a-009
    # ... but not a degree, a byline or photo credit, a place with its cue, a river, a plural, or a name
    # written whole elsewhere that no rule found
    ("Chủ tịch Hội đồng quản trị Hanoi Telecom, ông Tiến sĩ Phạm Ngọc Lãng cho biết: “Ngay sau khi",
     {"Phạm Ngọc Lãng"}, {"Tiến"}),  # bench baomoi-22263063
    ("tỉnh Đắk Lắk đốt lửa trại truyền thống theo nghi thức của đồng bào Tây Nguyên. (Ảnh: Anh Dũng/TTXVN)\n\nTối 7/8,",
     set(), {"Dũng"}),  # blind-s17-a
    (", Nhuận Đức, Củ Chi, Thái Mỹ, Bình Mỹ, Bà Điểm, Đông Thạnh, Xuân Thới Sơn, Phú", set(), {"Điểm"}),  # blind-s14-c
    ("được xác định là do tác động của dòng chảy tạo hố xoáy phía lòng sông ông Chưởng, thêm vào đó, trên bờ sông có",
     set(), {"Chưởng"}),  # blind-s7-e
    ("tra nhưng nước sâu quá, không thể nào kiếm được. May nhờ có các anh Công an nên vợ tôi mới được cứu sống.",
     set(), {"Công"}),  # blind-s5-y
    ("Trang kết bạn qua mạng xã hội facebook với chị N.X.V.Loan (30 tuổi, trú quận Hải Châu, TP Đà Nẵng) rồi đặt mua "
     "hàng quần áo trẻ em. Tin tưởng Trang nên chị Loan vẫn tiếp tục gửi hàng", set(), {"Loan"}),  # blind-s11-b-008
    # clan names written first (official_surnames_more.txt), and a clan name with Văn or Thị and no cue
    ("Các đối tượng bị bắt là: Sồng A Trắng, 23 tuổi, trú tại xã Phiêng Pằn, huyện Mai Sơn",
     {"Sồng A Trắng"}, set()),  # bench baomoi-22565789
    ("Đây là ngôi nhà của ông Rah Lan Druai (SN 1953) có tầng trệt là nhà xây bằng gạch",
     {"Rah Lan Druai"}, set()),  # bench
    ("Gần đây nhất, ngày 9/6/2025, Vàng Văn Thịnh, một đối tượng nguy hiểm khác, cũng đã sa lưới.",
     {"Vàng Văn Thịnh"}, set()),  # blind-s17-a-023
    # a name that another name of the article opens, written on in lower case, or without Thị, is that person
    ("ông Đinh La Thăng bị truy tố cùng với 21 bị can khác. Với cáo trạng buộc tội trên, ông Đinh La thăng có thể "
     "phải đối diện với mức", {"Đinh La Thăng"}, {"Đinh La"}),  # blind-s5-x-013
    ("phiếu kín bầu bà Huỳnh Thị Thúy Vân giữ chức Trưởng ban Dân tộc HĐND tỉnh khóa XII, nhiệm kỳ 2021 - 2026.\n\nBà "
     "Huỳnh Thúy Vân được bầu giữ chức Trưởng ban Dân tộc HĐND tỉnh Gia Lai", {"Huỳnh Thị Thúy Vân"},
     {"Huỳnh Thúy Vân"}),  # blind-s16-c-009
    # ... not a name run into the next capitalised word
    ("Tiểu sử tân Chủ tịch nước Trần Đại Quang Tiểu sử tân Chủ tịch nước Trần Đại Quang\n\nVTV.vn - Ngày 2/4/2016",
     {"Trần Đại Quang"}, set()),  # blind-s16-d-015
    # a given name before a lower-case name particle opens a longer name
    ("Thái tử Arabia Saudi, ông Mohammad bin Salman Al Saud, vừa được Quốc vương sắc phong", set(), {"Mohammad"}),
    # (bench 19ac00abe3191d93)
    # a fund named after a person is no person
    ("Quỹ khuyến học Nguyễn Hữu Cảnh trao học bổng và xe lăn cho sinh viên hiếu học", set(),
     {"Nguyễn Hữu Cảnh"}),  # blind-s16-e-013
]
# fmt: on


@pytest.mark.parametrize(("text", "found", "not_found"), CASES)
def test_round18_names(text: str, found: set[str], not_found: set[str]) -> None:
    names = people(text)
    assert found <= names.keys()
    assert not (not_found & names.keys())
