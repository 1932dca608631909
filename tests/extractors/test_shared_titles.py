"""Titles written once for several names, and titles of bodies named by their remit
(issues 11 and 13). Real sentences from ../shared/bench and from gold articles other than
the ones that showed the error (source in the comment)."""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc, OfficialValue
from vnie.extractors.normalise import normalise_text
from vnie.extractors.officials import build
from vnie.extractors.provinces import build as build_provinces

BUILT = build()
PROVINCES = build_provinces()


def people(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """name -> (rank, titles) of every person in `text`, with provinces run first."""
    doc = NormalisedDoc("t", normalise_text(text), None)
    found = {"provinces": PROVINCES(doc, {})}
    return {m.value.name: (m.value.rank, m.value.titles) for m in BUILT(doc, found) if isinstance(m.value, OfficialValue)}


def test_counted_title_before_a_list_goes_to_each_name():
    # corpus/samples fin-nat-005 (the rule came from fin-nat-002: "có 6 Thứ trưởng, Phó chủ nhiệm: ...")
    found = people("Hiện nay Bộ VH-TT-DL có 5 Thứ trưởng gồm: ông Huỳnh Vĩnh Ái, ông Lê Khánh Hải, bà Đặng Thị "
                   "Bích Liên, ông Vương Duy Biên và bà Trịnh Thị Thủy.")
    names = ["Huỳnh Vĩnh Ái", "Lê Khánh Hải", "Đặng Thị Bích Liên", "Vương Duy Biên", "Trịnh Thị Thủy"]
    assert {n: found[n][1] for n in names} == {n: ("Thứ trưởng",) for n in names}


def test_post_given_to_a_named_person_by_doi_voi():
    # dantri-business-200: "chức danh X đối với ông Y" gives Y the post; the next clause's name does not get it
    found = people("Eximbank đã có tới 2 Nghị quyết quyết định về chức danh Chủ tịch HĐQT với nội dung miễn nhiệm "
                   "chức danh Chủ tịch HĐQT đối với ông Yasuhiro Saitoh và bầu ông Nguyễn Quang Thông tạm thời giữ "
                   "chức danh Chủ tịch HĐQT Eximbank.\nTheo Nghị quyết số 156, HĐQT Eximbank đã thông qua việc miễn "
                   "nhiệm chức danh Chủ tịch HĐQT đối với ông Yasuhiro Saitoh.")
    assert "Chủ tịch HĐQT" in found["Yasuhiro Saitoh"][1]
    assert "Chủ tịch HĐQT" not in found["Nguyễn Quang Thông"][1]


@pytest.mark.parametrize("text,name,title", [
    # corpus/samples sec-031 (fin-loc-002 showed "Ban chỉ đạo | 138 tỉnh Thanh Hóa" cut)
    ("Dự chương trình có ông Lê Hồng Sơn - Ủy viên Ban Thường vụ Thành ủy, Phó Chủ tịch Thường trực UBND, Trưởng "
     "ban chỉ đạo 138 thành phố; Trung tướng Nguyễn Thanh Tùng - Ủy viên Ban Thường vụ Thành ủy.",
     "Lê Hồng Sơn", "Trưởng ban chỉ đạo 138 thành phố"),
    # baomoi-21511481: a remit with a comma, and the short name in brackets left out
    ("Phó Thủ tướng Thường trực Chính phủ Trương Hòa Bình, Trưởng Ban Chỉ đạo quốc gia chống buôn lậu, gian lận "
     "thương mại và hàng giả (Ban Chỉ đạo 389 quốc gia) biểu dương các đơn vị chức năng",
     "Trương Hòa Bình", "Trưởng Ban Chỉ đạo quốc gia chống buôn lậu, gian lận thương mại và hàng giả"),
    # baomoi-22440742: "phòng, chống" is one remit
    ("Về việc này, Phó Thủ tướng Thường trực Trương Hòa Bình, Trưởng Ban Chỉ đạo phòng, chống tội phạm của Chính "
     "phủ yêu cầu Bộ Công an, UBND TP.HCM khẩn trương chỉ đạo",
     "Trương Hòa Bình", "Trưởng Ban Chỉ đạo phòng, chống tội phạm của Chính phủ"),
    # baomoi-22405297: an organisation in brackets is kept though it was named earlier in the sentence
    ("Về phía Bộ Y tế, PGS.TS Lương Ngọc Khuê, Cục trưởng Cục Quản lý Khám chữa bệnh (Bộ Y tế) cho biết",
     "Lương Ngọc Khuê", "Cục trưởng Cục Quản lý Khám chữa bệnh Bộ Y tế"),
])
def test_steering_committee_title_is_whole(text, name, title):
    assert title in people(text)[name][1]
