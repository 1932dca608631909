"""Officials: titles of round 18 (errors of blind-s28, s29): a body's name written on in lower case after its noun.

Each sentence is verbatim from corpus/samples or ../shared/bench/news-real.jsonl.gz (the article id in the
comment); the whole pipeline runs (`vnie.extract`), as the tables are written.
"""

from __future__ import annotations

import pytest

from vnie.api import extract
from vnie.extractors.officials import key


def titles(text: str) -> dict[str, set[str]]:
    """Person name -> the keys of the titles the people table gives `text`'s persons."""
    return {row["name"]: {key(t) for t in row["titles"]} for row in extract(text)["people"]}


# fmt: off
# (sentence, person, the titles the person must have)
CASES = [
    # a body's noun and its lower-case name to the clause's end (GUIDELINES.md: the position up to the end of its
    # organisation)
    ("Tại khu phố Tân Phú 1, phường Tân Đông Hiệp (TPHCM) người dân đã quen thuộc với hình ảnh ông Lại Viết Văn - Tổ "
     "trưởng tổ hòa giải, cần mẫn với công việc “giữ yên lòng người” nơi xóm nhỏ đông dân nhập cư.",
     "Lại Viết Văn", {"Tổ trưởng tổ hòa giải"}),  # blind-s28-a-032
    # ... after a body's noun and one capitalised word
    ("Theo Thượng tá Võ Chí Công - Phó Trưởng phòng Cảnh sát đường thủy, thời gian qua, an ninh, an toàn giao thông "
     "đường thủy là vấn đề quan trọng", "Võ Chí Công", {"Phó Trưởng phòng Cảnh sát đường thủy"}),  # blind-s28-a-007
    ("ông Chu Đức Khương, 45 tuổi, Trưởng Phòng Tài nguyên và Môi trường huyện Quảng Xương; Lê Đình Khoa, 48 tuổi, "
     "Trưởng phòng Kinh tế hạ tầng; Mai Ngọc Tứ, 54 tuổi, Chủ tịch UBND xã Quảng Trung",
     "Lê Đình Khoa", {"Trưởng phòng Kinh tế hạ tầng"}),  # blind-s25-d-031
    # ... not a verb after a longer name
    ("được nghe đồng chí Hà Sơn Nhin-Ủy viên Ban chấp hành Trung ương Đảng-Bí thư Tỉnh ủy phổ biến, quát triệt thời "
     "gian, thành phần", "Hà Sơn Nhin", {"Ủy viên Ban chấp hành Trung ương Đảng", "Bí thư Tỉnh ủy"}),  # blind-s20-c-023
    ("phân công ông Nguyễn Phước Lộc, Phó bí thư Thành ủy, Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM xử lý công việc thường "
     "xuyên, hằng ngày của Đảng bộ", "Nguyễn Phước Lộc",
     {"Phó bí thư Thành ủy", "Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM"}),  # blind-s25-c-020
    # a post given by a body named between "được" and the verb (GUIDELINES.md round 19: a newly appointed post)
    ("Một ngày trước đó, ông Lê Văn Lương, Chủ tịch UBND tỉnh Lai Châu, được Ban Bí thư điều động giữ chức Phó bí thư "
     "Tỉnh ủy Điện Biên.", "Lê Văn Lương",
     {"Chủ tịch UBND tỉnh Lai Châu", "Phó bí thư Tỉnh ủy Điện Biên"}),  # blind-s28-c-003
    ("miễn nhiệm chức vụ Chủ tịch UBND tỉnh Hà Tĩnh đối với ông Võ Trọng Hải, Phó bí thư Tỉnh ủy, Chủ tịch UBND tỉnh "
     "Hà Tĩnh vừa được Ban Bí thư điều động làm Phó bí thư Tỉnh ủy Nghệ An; miễn nhiệm chức vụ", "Võ Trọng Hải",
     {"Chủ tịch UBND tỉnh Hà Tĩnh", "Phó bí thư Tỉnh ủy Nghệ An"}),  # blind-s14-c-019
    # stated roles (GUIDELINES.md rounds 20-21): a role before "tên" / "khai tên" and the name, a court's or
    # procuracy's officer written bare with the name, a treasurer ("quỹ" of "thủ quỹ" names no fund)
    ("Tài xế khai tên Ngô Sỹ Hải (SN 1979, trú xã Diễn Kỹ, huyện Diễn Châu, Nghệ An) và phụ xe tên Nguyễn Quốc Huy (SN "
     "1989, trú cùng địa chỉ trên với Hải).", "Nguyễn Quốc Huy", {"phụ xe"}),  # blind-s28-b-027
    ("Tài xế khai tên Ngô Sỹ Hải (SN 1979, trú xã Diễn Kỹ, huyện Diễn Châu, Nghệ An) và phụ xe tên Nguyễn Quốc Huy (SN "
     "1989, trú cùng địa chỉ trên với Hải).", "Ngô Sỹ Hải", {"Tài xế"}),  # blind-s28-b-027
    ("Kiểm sát viên Thái Thị Thanh Thủy được phân công thực hành quyền công tố và kiểm sát xét xử vụ án này.",
     "Thái Thị Thanh Thủy", {"Kiểm sát viên"}),  # blind-s28-d-005
    ("Trong các lần giao tiền, thủ quỹ Lý Ngọc Phương đều đưa cuốn sổ tay cho bà Hiền ký nhận để theo dõi tạm ứng và "
     "trừ tạm ứng.", "Lý Ngọc Phương", {"thủ quỹ"}),  # blind-s28-d-009
    # a school's head written with "nhà trường", the school (official_org_words.tsv)
    ("Phát biểu tại buổi lễ, Giáo sư Mai Hồng Qùy – Hiệu trưởng nhà trường đã chúc mừng đến các tân cử nhân của Trường "
     "Đại học Hoa Sen", "Mai Hồng Qùy", {"Hiệu trưởng nhà trường"}),  # blind-s29-e-019
    # a post held then ("đang làm"), and the short form of the same post dropped beside it (GUIDELINES.md round 13)
    ("(PLO)- Khi làm chủ tịch xã, ông Dũng nghe cấp dưới lập hồ sơ khống cấp đất cho một hộ dân rồi mua lại lô đất đó "
     "để kiếm lời. \n\nÔng Dương Anh Dũng lúc còn đương chức.\n\nLúc thực "
     "hiện hành vi phạm tội, ông Dũng đang làm chủ tịch UBND xã Lưu Vĩnh Sơn, huyện Thạch Hà, Hà Tĩnh.",
     "Dương Anh Dũng", {"chủ tịch UBND xã Lưu Vĩnh Sơn"}),  # blind-s28-d-013
    # a copula opening a part of the bracket after the name
    ("Công an TP.HCM vừa tống đạt các quyết định khởi tố vụ án, khởi tố bị can đối với bà Bùi Thị Thanh Trang (SN 1988, "
     "ngụ Q.5, là kế toán trung tâm Giám định Y khoa TP.HCM) về tội “tham ô tài sản”.", "Bùi Thị Thanh Trang",
     {"kế toán trung tâm Giám định Y khoa TP.HCM"}),  # blind-s28-d-008
    # a delegation named by its constituency ("đơn vị", official_org_words.tsv)
    ("Ngày 30/9, các đại biểu Quốc hội (ĐBQH) đơn vị tỉnh (đơn vị bầu cử số 2) gồm: Bà Đàng Thị Mỹ Hương, Phó Trưởng Đoàn "
     "ĐBQH đơn vị tỉnh và ông Nguyễn Văn Thuận, Chủ tịch Hội Cựu chiến binh tỉnh có buổi tiếp xúc cử tri",
     "Đàng Thị Mỹ Hương", {"Phó Trưởng Đoàn ĐBQH đơn vị tỉnh"}),  # blind-s28-c-019
]

# (sentence, person, a title the person must have among others): a body's name read on after a two-syllable noun
# ("Đảng ủy", "Trung tâm")
AMONG = [
    ("Ông Vũ Xuân Hùng (Sinh năm 1967), Bí thư Đảng ủy Bộ tham mưu, Đại tá, Phó Tham mưu trưởng Quân khu 4.",
     "Vũ Xuân Hùng", "Bí thư Đảng ủy Bộ tham mưu"),  # ../shared/bench dantri-society-056
]

# (sentence, a person it names)
PERSONS = [
    # an elder of the Central Highlands addressed as "già" (official_honorifics.tsv)
    ("Ở huyện biên giới Sa Thầy (Kon Tum) già A Im, Người có uy tín, Bí thư Chi bộ thôn Rờ Kơi, xã Rờ Kơi được xem là "
     "bóng cây Kơ Nia của làng.", "A Im"),  # blind-s28-a-018
    ("Ngược về thôn Tu Mơ Rông (xã Đăk Hà, huyện Tu Mơ Rông), già A Phênh cũng đang miệt mài đào tạo đội cồng chiêng",
     "A Phênh"),  # blind-s29-a-020
]

# (sentence, a name that is no person of it)
NOT_PERSONS = [
    # a relic named after him (official_memorial_words.txt; GUIDELINES.md: people in names of institutions)
    ("Di tích lịch sử Hệ thống di tích lưu niệm Chủ tịch Hồ Chí Minh tại Thừa Thiên-Huế, Di tích lịch sử An toàn khu "
     "(ATK) II Hiệp Hòa là hai trong số những di tích được xếp hạng di tích quốc gia đặc biệt.",
     "Hồ Chí Minh"),  # blind-s28-e-031
]
# fmt: on


@pytest.mark.parametrize(("text", "name", "expected"), CASES, ids=[c[1] for c in CASES])
def test_titles(text, name, expected):
    found = titles(text)
    assert name in found, found
    assert found[name] == {key(t) for t in expected}


@pytest.mark.parametrize(("text", "name"), NOT_PERSONS, ids=[c[1] for c in NOT_PERSONS])
def test_not_a_person(text, name):
    assert name not in titles(text)


@pytest.mark.parametrize(("text", "name"), PERSONS, ids=[c[1] for c in PERSONS])
def test_a_person(text, name):
    assert name in titles(text)


@pytest.mark.parametrize(("text", "name", "title"), AMONG, ids=[c[1] for c in AMONG])
def test_title_among(text, name, title):
    assert key(title) in titles(text)[name]
