"""Whose title it is (issue 11): a title goes to the name written with it; foreign
holders after their country, well-known names, captions and lists. Real sentences
from ../shared/bench (article id in the comment)."""

from __future__ import annotations


import pytest

from vnie.extractors.base import NormalisedDoc, OfficialValue
from vnie.extractors.normalise import normalise_text
from vnie.extractors.officials import build
from vnie.extractors.provinces import build as build_provinces

BUILT = build()


def EXTRACT(doc, found):  # noqa: N802 - the officials rows only (the stage also gives positions)
    return [m for m in BUILT(doc, found) if isinstance(m.value, OfficialValue)]
PROVINCES = build_provinces()


def people(text: str) -> dict[str, tuple[str | None, tuple[str, ...]]]:
    """name -> (rank, titles) of every person in `text`, with provinces run first."""
    doc = NormalisedDoc("t", normalise_text(text), None)
    found = {"provinces": PROVINCES(doc, {})}
    return {m.value.name: (m.value.rank, m.value.titles) for m in EXTRACT(doc, found)}


# fmt: off
CASES = [
    # baomoi-22226533: the Chinese president's title is not Trần Đại Quang's
    ("Nhận lời mời của Tổng Bí thư Ban chấp hành Trung ương Đảng Cộng sản Trung Quốc, Chủ tịch nước Trung Quốc "
     "Tập Cận Bình và Phu nhân, Chủ tịch nước Trần Đại Quang và Phu nhân sẽ có chuyến thăm cấp Nhà nước tới Trung Quốc",
     {"Tập Cận Bình": ("Chủ tịch nước Trung Quốc",), "Trần Đại Quang": ("Chủ tịch nước",)}),
    # baomoi-22644908: a foreign holder after "Chính phủ Liên bang Nga"
    ("Sáng 29-6-2017, tại Thủ đô Mátxcơva, Chủ tịch nước Trần Đại Quang hội kiến Thủ tướng Chính phủ Liên bang Nga "
     "Dmitry Medvedev Chủ tịch nước Trần Đại Quang bày tỏ vui mừng khi trở lại thăm nước Nga",
     {"Trần Đại Quang": ("Chủ tịch nước",), "Dmitry Medvedev": ("Thủ tướng Chính phủ Liên bang Nga",)}),
    # baomoi-22277989: a list of foreign leaders, each with the title before it
    ("Chủ tịch nước Trần Đại Quang đã có các cuộc tiếp xúc ngắn với Tổng Bí thư, Chủ tịch Lào Bounnhang Vorachith, "
     "Tổng thống Nga Vladimir Putin, Tổng thống Belarus Aleksander Lukashenko, Tổng thống Chile Michelle Bachelet, "
     "Thủ tướng Italy Paolo Gentiloni.",
     {"Trần Đại Quang": ("Chủ tịch nước",), "Vladimir Putin": ("Tổng thống Nga",),
      "Aleksander Lukashenko": ("Tổng thống Belarus",), "Michelle Bachelet": ("Tổng thống Chile",),
      "Paolo Gentiloni": ("Thủ tướng Italy",)}),
    # baomoi-22448321: a foreign name without a country, misspelt as printed
    ("Sau hội đàm với Thủ tướng Nguyễn Xuân Phúc, Tổng thống Donal Trump nêu rõ Việt Nam là 1 trong 16 nước "
     "xuất siêu sang Mỹ.",
     {"Nguyễn Xuân Phúc": ("Thủ tướng",), "Donal Trump": ("Tổng thống",)}),
    # baomoi-21477943: a caption, each name with the title before it
    ("Từ trái sang: Tổng Bí thư Trường Chinh, Chủ tịch Hồ Chí Minh, Phó Thủ tướng Phạm Văn Đồng và Đại tướng "
     "Võ Nguyên Giáp ở xã Bản Ngoại, huyện Đại Từ, Thái Nguyên, tháng 9/1954.",
     {"Trường Chinh": ("Tổng Bí thư",), "Hồ Chí Minh": ("Chủ tịch",), "Phạm Văn Đồng": ("Phó Thủ tướng",),
      "Võ Nguyên Giáp": ()}),
    # baomoi-22572807: a surname-only foreign leader after a title and country
    ("Chủ tịch nước Trần Đại Quang và Tổng thống Nga Putin. Ảnh: VOV",
     {"Trần Đại Quang": ("Chủ tịch nước",), "Putin": ("Tổng thống Nga",)}),
    # dantri-world (bench): an organisation after a title is not a foreign holder
    ("Chủ tịch Real Madrid, Florentino Perez (người đứng đầu dự án) cho biết",
     {}),
    ("Ông Nguyễn Đăng Quang - Chủ tịch Masan Group hôm qua đã tăng thêm tài sản",
     {"Nguyễn Đăng Quang": ("Chủ tịch Masan Group",)}),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_title_goes_to_its_own_holder(text, expected):
    found = people(text)
    for name, titles in expected.items():
        assert name in found, (name, found)
        assert found[name][1] == titles, (name, found[name])
    for name, (_, titles) in found.items():
        for title in titles:  # no title holds another person's name
            assert not any(other in title for other in found if other != name), (name, title)


def test_rank_stays_with_its_name():
    found = people(CASES[4][0])
    assert found["Võ Nguyên Giáp"][0] == "Đại tướng"
    assert found["Phạm Văn Đồng"][0] is None


def test_known_foreign_name_alone_is_a_person():
    # baomoi-22382324 / dantri-world: a well-known surname alone names the person
    found = people("Theo kế hoạch, ông Putin sẽ có chuyến thăm chính thức Trung Quốc. Putin nói rằng ông lạc quan.")
    assert "Putin" in found


def test_street_named_after_a_leader_is_not_a_person():
    assert "Trường Chinh" not in people("Vụ tai nạn xảy ra trên đường Trường Chinh, quận Thanh Xuân, Hà Nội.")


@pytest.mark.parametrize("article_id,name,foreign_title", [
    ("baomoi-22226533", "Trần Đại Quang", "Tập Cận Bình"),
    ("baomoi-22644908", "Trần Đại Quang", "Medvedev"),
    ("baomoi-22277989", "Trần Đại Quang", "Lukashenko"),
    ("baomoi-22448321", "Nguyễn Xuân Phúc", "Trump"),
    ("baomoi-21477943", "Hồ Chí Minh", "Trường Chinh"),
])
def test_whole_bench_article_keeps_foreign_titles_off(bench_text, article_id, name, foreign_title):
    found = people(bench_text(article_id))
    assert name in found
    assert not any(foreign_title in t for t in found[name][1]), found[name]


# fmt: off
# Issue 13's officials error classes, on the bench sentences that showed them.
TITLE_EXTENT = [
    # baomoi-22720761: the title stops before the verb
    ("dư luận những ngày qua thông tin việc ông Hoàng Quốc Khánh, Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La sở hữu "
     "một căn biệt thự xa hoa", "Hoàng Quốc Khánh", ("Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Sơn La",)),
    # baomoi-22379437: the title runs to the end of its organisation
    ("Phát biểu tại buổi lễ, ông Lê Nguyễn Minh Quang – Trưởng Ban quản lý dự án đường sắt đô thị TPHCM thông tin, "
     "robot TBM được làm tại Nhật", "Lê Nguyễn Minh Quang", ("Trưởng Ban quản lý dự án đường sắt đô thị TPHCM",)),
    # dantri-society-226: one title, not two
    ("Ông Nguyễn Thiện Thành là thân phụ của ông Nguyễn Thiện Nhân - nguyên ủy viên Bộ Chính trị, nguyên Bí thư "
     "Thành ủy TPHCM, Trưởng đoàn Đại biểu Quốc hội TPHCM.", "Nguyễn Thiện Nhân",
     ("nguyên ủy viên Bộ Chính trị", "nguyên Bí thư Thành ủy TPHCM", "Trưởng đoàn Đại biểu Quốc hội TPHCM")),
    # baomoi-21473958: the same before the name
    ("Theo các quyết định của Ban Thường vụ Thành ủy, Trưởng ban Tuyên giáo Thành ủy, Trưởng đoàn Đại biểu Quốc hội "
     "khóa XIV đơn vị thành phố Đà Nẵng Nguyễn Thanh Quang thôi giữ chức Trưởng ban Tuyên giáo Thành ủy",
     "Nguyễn Thanh Quang",
     ("Trưởng ban Tuyên giáo Thành ủy", "Trưởng đoàn Đại biểu Quốc hội đơn vị thành phố Đà Nẵng")),  # no term (GUIDELINES.md)
    # baomoi-22526361: "Chủ tịch QH mời" is not a title of the person invited
    ("Chủ tịch QH mời Phó Thủ tướng Vũ Đức Đam tranh luận lại ý kiến của ĐBQH Trương Trọng Nghĩa (TP.HCM) chiều qua",
     "Vũ Đức Đam", ("Phó Thủ tướng",)),
    # baomoi (bench): a title once before a list applies to each name
    ("Tham gia Đoàn có các đồng chí Ủy viên T.Ư Đảng: Mai Tiến Dũng, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ; "
     "Nguyễn Xuân Cường, Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn.", "Nguyễn Xuân Cường",
     ("Ủy viên T.Ư Đảng", "Bộ trưởng Bộ Nông nghiệp và Phát triển nông thôn")),
]
# fmt: on


@pytest.mark.parametrize("text,name,titles", TITLE_EXTENT, ids=range(len(TITLE_EXTENT)))
def test_title_is_the_whole_post(text, name, titles):
    found = people(text)
    assert found[name][1] == titles, found


def test_name_stops_before_a_glued_word():
    # baomoi-22692966: "Khu" opens "Khu vực", it is not part of the name
    found = people("Đối tượng Nguyễn An Thạnh Khu vực này có lối đi bí mật và lắp đặt camera dày đặc.")
    assert "Nguyễn An Thạnh" in found and "Nguyễn An Thạnh Khu" not in found


def test_foreign_holder_after_an_organisation_and_its_country():
    # baomoi (bench): "Chủ tịch QH Campuchia Heng Samrin"
    found = people("Tham dự có Chủ tịch QH Campuchia Heng Samrin và Chủ tịch Quốc hội Nguyễn Thị Kim Ngân.")
    assert found["Heng Samrin"][1] == ("Chủ tịch QH Campuchia",)
    assert found["Nguyễn Thị Kim Ngân"][1] == ("Chủ tịch Quốc hội",)


@pytest.mark.parametrize("text,institution", [
    # dantri-education (bench): a university named after a person, inside a title
    ("Theo ông Lê Vinh Danh, Hiệu trưởng trường ĐH Tôn Đức Thắng, trường sẽ tự chủ.", "Tôn Đức Thắng"),
    # dantri-education (bench): a school named after a person
    ("Học sinh Trường THPT chuyên Lê Hồng Phong đoạt giải nhất.", "Lê Hồng Phong"),
    # baomoi (bench): a hospital and a street
    ("Bệnh nhân được chuyển tới Bệnh viện Bạch Mai. Ông Nguyễn Văn An sống trên đường Trần Hưng Đạo.", "Trần Hưng Đạo"),
])
def test_institution_named_after_a_person_is_not_a_person(text, institution):
    found = people(text)
    assert institution not in found and "Bạch Mai" not in found


def test_title_keeps_the_institution_named_after_a_person():
    found = people("Theo ông Lê Vinh Danh, Hiệu trưởng trường ĐH Tôn Đức Thắng, trường sẽ tự chủ.")
    assert found["Lê Vinh Danh"][1] == ("Hiệu trưởng trường ĐH Tôn Đức Thắng",)


def test_a_title_after_la_is_the_subject_s_not_the_next_name_s():
    # baomoi-21511472: "đảng viên là trưởng thôn, Bí thư Huyện ủy ... Ngô Tân Phượng"
    found = people("Trao đổi về kinh nghiệm nâng tỷ lệ đảng viên là trưởng thôn, Bí thư Huyện ủy Thuận Thành "
                   "Ngô Tân Phượng cho biết.")
    assert found["Ngô Tân Phượng"][1] == ("Bí thư Huyện ủy Thuận Thành",)


def test_name_stops_before_a_part_of_the_day_opening_a_date():
    # baomoi-22258156: no full stop between the caption and "Chiều 12.5"
    found = people("Chủ tịch nước Trần Đại Quang hội kiến với Thủ tướng Trung Quốc Lý Khắc Cường Chiều 12.5, "
                   "trong cuộc hội kiến.")
    assert found["Lý Khắc Cường"][1] == ("Thủ tướng Trung Quốc",)


def test_prison_named_like_a_person_is_not_one():
    # baomoi-22266696
    found = people("Lập Hoa mời chị Hà và anh Nguyễn Văn Sơn, SN 1991 là cán bộ trại giam Hoàng Tiến ăn tổ yến.")
    assert "Hoàng Tiến" not in found


@pytest.mark.parametrize("text,name,titles", [
    # baomoi-22245618: "giữ chức vụ" ends the title (the next post is given, not held)
    ("Bộ Chính trị đã quyết định việc phân công ông Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, Chủ tịch Ủy ban TƯ "
     "MTTQ Việt Nam giữ chức vụ Bí thư Thành ủy TP.HCM.", "Nguyễn Thiện Nhân",
     ("Ủy viên Bộ Chính trị", "Chủ tịch Ủy ban TƯ MTTQ Việt Nam")),
    # dantri-education-079
    ("Quyết định công nhận PGS.TS. Huỳnh Văn Chương, Phó Giám đốc Đại học Huế giữ chức vụ Chủ tịch Hội đồng "
     "Đại học Huế nhiệm kỳ 2020-2025.", "Huỳnh Văn Chương", ("Phó Giám đốc Đại học Huế",)),
    # dantri-society (bench, 2021): the standing member of the Secretariat is one post
    ("Ngày 27/4, Thường trực Ban Bí thư Võ Văn Thưởng có công điện gửi Ban Chỉ đạo.", "Võ Văn Thưởng",
     ("Thường trực Ban Bí thư",)),
])
def test_title_ends_before_giu_chuc_and_whole_heads(text, name, titles):
    found = people(text)[name][1]
    assert all(t in found for t in titles), found
    assert not any("giữ chức" in t for t in found), found


@pytest.mark.parametrize("text,name,titles", [
    # baomoi (bench, 2017): a foreign holder after an organisation without a country
    ("Phát ngôn viên Nhà Trắng Sarah Huckabee Sanders tiết lộ ông Trump muốn sa thải ông Comey.",
     "Sarah Huckabee Sanders", ("Phát ngôn viên Nhà Trắng",)),
    ("Mỹ Jeff Sessions và Thứ trưởng Tư pháp Rod Rosenstein. Tại phiên điều trần ngày 3-5, ông Comey nói.",
     "Rod Rosenstein", ("Thứ trưởng Tư pháp",)),
    # baomoi-22329348
    ("Hôm 18-5, Bộ Tư pháp đã bổ nhiệm cựu Giám đốc FBI Robert Mueller giữ chức công tố viên đặc biệt.",
     "Robert Mueller", ("cựu Giám đốc FBI",)),
])
def test_foreign_holder_after_an_organisation(text, name, titles):
    found = people(text)
    assert found[name][1][: len(titles)] == titles, found
    assert "Trump" not in found or not any(name in t for t in found["Trump"][1])


def test_a_title_ending_in_another_persons_name_is_not_the_next_persons(bench_text):
    # bench baomoi-22291653: "Nguyên Tổng Giám đốc … (WTO) Pascal Lamy, Nguyên Bộ trưởng … Mari Elka
    # Pangestu": Pascal Lamy is named again later, so the post before his name is his, not hers
    found = people(bench_text("baomoi-22291653"))
    assert found["Mari Elka Pangestu"][1] == ("Nguyên Bộ trưởng Bộ Thương mại Indonesia",)
    assert found["Pascal Lamy"][1] == ("nguyên Tổng Giám đốc WTO",)
