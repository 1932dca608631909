"""Integrity of the province gazetteer: 63 -> 34 mapping, canonical names, aliases, regions."""

from __future__ import annotations

import unicodedata

import pytest

from vnie.extractors.base import NormalisedDoc, ProvinceValue, RegionValue
from vnie.extractors.provinces import build
from vnie.gazetteer.load import DATA_DIR, load_tsv
from vnie.gazetteer.provinces import load_gazetteer, load_localities, province_names_2025

# fmt: off
CANONICAL = [
    ("L01", "Hà Nội", "Hà Nội"), ("L79", "Hồ Chí Minh", "Hồ Chí Minh"),
    ("L46", "Thừa Thiên Huế", "Huế"), ("L77", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"),
    ("L66", "Đắk Lắk", "Đắk Lắk"), ("L17", "Hòa Bình", "Phú Thọ"),
    ("L94", "Sóc Trăng", "Cần Thơ"), ("L62", "Kon Tum", "Quảng Ngãi"),
    ("L15", "Yên Bái", "Lào Cai"), ("L44", "Quảng Bình", "Quảng Trị"),
]
# fmt: on


@pytest.fixture(scope="module")
def gazetteer():
    return load_gazetteer()


def test_63_units_map_into_the_34(gazetteer):
    legacy = [u for u in gazetteer.units.values() if u.era == "legacy"]
    new = {u.id for u in gazetteer.units.values() if u.era == "2025"}
    assert len(legacy) == 63 and len(new) == 34
    assert {u.successor for u in legacy} == new
    assert len({u.name for u in legacy}) == 63


@pytest.mark.parametrize("uid, name, name_2025", CANONICAL, ids=[c[1] for c in CANONICAL])
def test_canonical_names(gazetteer, uid, name, name_2025):
    unit = gazetteer.units[uid]
    assert (unit.name, gazetteer.unit_2025(unit).name) == (name, name_2025)


def test_entries_are_nfc_and_ids_unique():
    for name in ("provinces.tsv", "aliases.tsv", "regions.tsv", "locality_levels.tsv", "localities.tsv"):
        text = (DATA_DIR / name).read_text(encoding="utf-8")
        assert unicodedata.normalize("NFC", text) == text, name
        assert text.startswith("#"), f"{name} needs its source header"
    load_tsv("provinces.tsv", key="id")
    load_tsv("regions.tsv", key="alias")


def test_tsv_matches_the_package():
    pytest.importorskip("vietnamadminunits")
    from vnie.gazetteer.build_provinces import HEADER, package_rows

    rows = [tuple(r[h] for h in HEADER) for r in load_tsv("provinces.tsv")]
    assert rows == package_rows(), "provinces.tsv drifted: rerun python -m gazetteer.build_provinces"


def test_localities_tsv_matches_the_package():
    pytest.importorskip("vietnamadminunits")
    from vnie.gazetteer.build_provinces import LOCALITY_HEADER, locality_rows

    rows = [tuple(r[h] for h in LOCALITY_HEADER) for r in load_tsv("localities.tsv")]
    assert rows == locality_rows(), "localities.tsv drifted: rerun python -m vnie.gazetteer.build_provinces"


@pytest.mark.parametrize("level, name, units", [
    ("district", "Lý Nhân", ("L35",)),           # Hà Nam before 2025
    ("district", "Tuy Đức", ("L67",)),           # Đắk Nông
    ("ward", "Thảo Điền", ("L79",)),             # Hồ Chí Minh, merged away in 2025
    ("commune", "Quế Sơn", ("N48",)),            # the 2025 commune of Đà Nẵng
])
def test_load_localities(level, name, units):
    assert load_localities()[(level, name)] == units


@pytest.fixture(scope="module")
def extract():
    return build()


def _found(extract, text, kind):
    return [m.value for m in extract(NormalisedDoc("t", text, None), {}) if isinstance(m.value, kind)]


def test_every_alias_has_a_positive_case(gazetteer, extract):
    for s in gazetteer.surfaces:
        unit = gazetteer.units[s.target]
        got = _found(extract, f"Đoàn công tác đã đến {s.text} hôm qua.", ProvinceValue)
        assert got == [ProvinceValue(unit.name, gazetteer.unit_2025(unit).name)], s.text


def test_every_region_alias_has_a_positive_case(gazetteer, extract):
    for s in gazetteer.regions:
        got = _found(extract, f"Mưa lớn ở khu vực {s.text}, nhiều nơi ngập.", RegionValue)
        assert got == [RegionValue(s.target)], s.text


def test_province_names_2025():
    names = province_names_2025()
    assert (names["Quảng Nam"], names["Đà Nẵng"], names["Sóc Trăng"]) == ("Đà Nẵng", "Đà Nẵng", "Cần Thơ")
