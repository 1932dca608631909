"""Positions (issue 11): one row per title mention as a post, on real bench sentences."""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc, PositionValue
from vnie.extractors.normalise import normalise_text
from vnie.extractors.officials import build
from vnie.extractors.officials.positions import expand_organisation, load_positions
from vnie.extractors.provinces import build as build_provinces

OFFICIALS = build()
PROVINCES = build_provinces()


def positions(text: str) -> list[tuple[str, PositionValue]]:
    doc = NormalisedDoc("t", normalise_text(text), None)
    found = {"provinces": PROVINCES(doc, {})}
    return [(m.text, m.value) for m in OFFICIALS(doc, found) if isinstance(m.value, PositionValue)]


# fmt: off
CASES = [
    # baomoi-22353343: three posts of one man, abbreviations none
    ("0% đại biểu Quốc hội Thành phố Hồ Chí Minh đã bỏ phiếu bầu ông Nguyễn Thiện Nhân, Ủy viên Bộ Chính trị, "
     "Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, Bí thư Thành ủy Thành phố Hồ Chí Minh làm Trưởng đoàn",
     [("nguyễn thiện nhân", "Ủy viên", "Bộ Chính trị", "party", None, None),
      ("nguyễn thiện nhân", "Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front", None, None),
      ("nguyễn thiện nhân", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "party", "Hồ Chí Minh", None),
      ("nguyễn thiện nhân", "Trưởng đoàn", None, "other", None, None)]),  # "... làm Trưởng đoàn": his role
    # baomoi-22339414: the same post in abbreviations
    ("Đoàn do ông Nguyễn Thiện Nhân, Chủ tịch UB TƯ MTTQ VN dẫn đầu đã đến thăm",
     [("nguyễn thiện nhân", "Chủ tịch", "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front", None, None)]),
    # dantri-society-082 (bench): a police-style rank with a border-guard post
    ("Thượng tá Trần Tuấn Anh, Phó Chỉ huy trưởng Bộ đội Biên phòng Quảng Trị cho biết",
     [("trần tuấn anh", "Phó Chỉ huy trưởng", "Bộ đội Biên phòng Quảng Trị", "military", "Quảng Trị", None)]),
    # baomoi-22644908: a foreign holder's post is foreign
    ("Chủ tịch nước Trần Đại Quang hội kiến Thủ tướng Chính phủ Liên bang Nga Dmitry Medvedev Chủ tịch nước "
     "Trần Đại Quang bày tỏ vui mừng",
     [("trần đại quang", "Chủ tịch nước", None, "government", None, None),
      ("dmitry medvedev", "Thủ tướng", "Chính phủ Liên bang Nga", "foreign", None, None),
      ("trần đại quang", "Chủ tịch nước", None, "government", None, None)]),  # one row per mention
    # a qualifier and a standing deputy (baomoi-22229320 style)
    ("ông Đinh La Thăng, nguyên Bí thư Thành ủy TP.HCM, và ông Trương Hòa Bình, Phó Thủ tướng Thường trực Chính phủ",
     [("đinh la thăng", "Bí thư", "Thành ủy Thành phố Hồ Chí Minh", "party", "Hồ Chí Minh", "nguyên"),
      ("trương hòa bình", "Phó Thủ tướng", "Chính phủ", "government", None, "thường trực")]),
]
# fmt: on


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_positions_rows(text, expected):
    got = [(v.person_key, v.role, v.organisation, v.org_kind, v.province, v.qualifier) for _, v in positions(text)]
    assert got == expected


def test_position_span_is_the_title_as_written():
    text = "Ông Nguyễn Thiện Nhân, Chủ tịch UB TƯ MTTQ VN dẫn đầu"
    [(span, value)] = positions(text)
    assert span == "Chủ tịch UB TƯ MTTQ VN"
    assert value.organisation == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"


def test_province_of_a_bare_unit_comes_from_its_paragraph():
    # baomoi (bench) style: the province is named before "UBND tỉnh" in the same paragraph
    text = "Ngày 6/2, tại tỉnh Đồng Tháp, ông Nguyễn Thanh Hùng, Phó Chủ tịch UBND tỉnh cho biết"
    [(_, value)] = positions(text)
    assert (value.organisation, value.province) == ("Ủy ban nhân dân tỉnh", "Đồng Tháp")


def test_abbreviations_are_whole_words():
    lex = load_positions()
    assert expand_organisation("UBND TP.HCM", lex) == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    assert expand_organisation("Công an huyện CATALINA", lex) == "Công an huyện CATALINA"
