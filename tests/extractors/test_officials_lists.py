"""Officials: stage names and foreign names in lists of people, crossings named by streets, foreign
name words and ranks.

Sentences from ../shared/bench/news-real.jsonl.gz (record id in the comment), not from the gold
articles whose misses the rules fix (corpus/gold blind-s9-e, blind-s10-b, blind-s10-e). The whole
pipeline runs (`vnie.extract`), so the provinces stage marks the places the officials stage reads.
"""

from __future__ import annotations

import pytest

from vnie.api import extract


def names(text: str) -> set[str]:
    """Full names of the persons found in `text`."""
    return {row["name"] for row in extract(text)["officials"]}


# fmt: off
# (sentence, names it must give, names it must not give)
LISTS = [
    # an artist's title and a show-business cue before a stage name with no surname of ours
    ("Ngoài ra, nhiều nghệ sĩ trong showbiz như NSƯT Kim Xuân, NSND Hồng Vân, nhạc sĩ Nguyễn Văn Chung, Tú Vi, "
     "Nam Thư, Mạc Văn Khoa...", {"Kim Xuân", "Hồng Vân", "Nguyễn Văn Chung", "Tú Vi", "Nam Thư", "Mạc Văn Khoa"}, set()),
    # dantri-entertainment-168
    ("Tết Trung thu 2020, MC Quyền Linh đã đến Sóc Trăng tặng quà cho học sinh nghèo",
     {"Quyền Linh"}, set()),  # dantri-entertainment-008
    # a plural group of people right before the list: every item is a name
    ("Phim quy tụ các diễn viên Hữu Tài, Gold Trần, Lý Bình, Nguyễn Lê Thủy Tiên, Thanh Trúc, Tú Hảo, Hải Triều… "
     "cùng những “cameo\" lão làng vô cùng quen mặt như nghệ sĩ Hữu Châu, diễn viên Đại Nghĩa…",
     {"Hữu Tài", "Gold Trần", "Thanh Trúc", "Tú Hảo", "Hữu Châu", "Đại Nghĩa"}, set()),  # dantri-entertainment-009
    # where the person is from is no name
    ("Đặc biệt, nữ diễn viên Malaysia đã hoàn thành vai diễn trong loạt phim Star Trek: Discovery của Netflix",
     set(), {"Malaysia"}),  # dantri-entertainment-085
    # lists of brands, cars and countries are no lists of people
    ("Aishwarya Rai từng là gương mặt quảng cáo của nhiều nhãn hiệu danh tiếng như Titan, Longines, L'Oréal, "
     "Coca-Cola, Lakmé, Casio, Philips, Palmolive, Lux, Pepsi", set(), {"Titan", "Longines", "Casio"}),
    # dantri-entertainment-110
    ("Các thương hiệu xe được người Việt yêu thích, đam mê nhất hiện nay là Vios, Innova, Altis, CRV, City, Civic, "
     "rồi Mazda 3, Mazda CX5, Hyundai SantaFe", set(), {"Vios", "Innova", "Altis"}),  # dantri-business-009
    ("Thứ hai, động thái trên của EU còn được coi là \"lời đáp\", sau khi các nước thành viên gồm Pháp, Đức và "
     "Hà Lan công bố chiến lược với khu vực trong năm 2020", set(), {"Pháp", "Đức", "Hà Lan"}),  # dantri-world-263
    # a nickname in quotes, cue and all, is no name
    ("Trận đấu giữa Hàn Phi Long, người được mệnh danh là \"Đệ nhất Thái Cực\" với \"Vua Muay Thái\", Wacharalek",
     set(), {"Muay Thái"}),  # dantri-sport-092
    # a crossing is named by its streets
    ("Tại ngã tư Lê Văn Lương - Tố Hữu, ùn tắc theo cả 4 hướng đường, các phương tiện di chuyển rất khó khăn",
     set(), {"Lê Văn Lương", "Tố Hữu"}),  # dantri-society-133
    ("Đang đào hố ga tại ngã tư Tân Thành - Đỗ Ngọc Thạnh (Q.5, TP.HCM), đội công nhân thi công bất ngờ phát hiện",
     set(), {"Đỗ Ngọc Thạnh"}),  # baomoi-22493052
]
# fmt: on


@pytest.mark.parametrize(("text", "found", "not_found"), LISTS)
def test_names_of_a_list(text, found, not_found):
    got = names(text)
    assert found <= got
    assert not (not_found & got)


def test_foreign_name_word_with_an_inner_capital():
    # baomoi-22265331: "McCabe" is one word of the name, not where it ends
    text = ("Các ứng cử viên tiếp theo là quyền Giám đốc FBI Andrew McCabe hay Thượng nghị sĩ của bang Texas "
            "John Cornyn")
    assert "Andrew McCabe" in names(text)
    assert "Andrew" not in names(text)


@pytest.mark.parametrize(("text", "name"), [
    # dantri-world-172, dantri-world-205: the service (and the country) between the rank and the name
    ("Phát biểu điều trần trước quốc hội Mỹ ngày 20/4, Đô đốc Hải quân Charles Richard, người đứng đầu Bộ Chỉ huy "
     "Chiến lược của Mỹ cho biết", "Charles Richard"),
    ("\"Có thể nó sẽ vỡ tan\", Đô đốc Hải quân Pháp Antoine Beaussant bình luận với AFP", "Antoine Beaussant"),
])
def test_rank_before_a_service_and_a_country(text, name):
    ranks = {row["name"]: row["rank"] for row in extract(text)["people"]}
    assert ranks.get(name) == "Đô đốc"
