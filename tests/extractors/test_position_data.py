"""Positions: the gazetteer data it reads (review 13, items 3b and 3d)."""

from __future__ import annotations

from vnie.extractors.officials import positions
from vnie.extractors.officials.positions import expand_organisation, load_positions, org_kind
from vnie.gazetteer.load import load_tsv


def test_private_bodies_are_org_kinds_keys_of_no_public_kind():
    rows = {row["word"]: row for row in load_tsv("org_kinds.tsv", key="word")}
    private = [w for w, row in rows.items() if row["private"] == "yes"]
    assert sorted(private) == sorted(["Hiệp hội", "Bệnh viện", "Trường", "Đại học", "Học viện", "Câu lạc bộ"])
    assert {rows[w]["kind"] for w in private} == {"other"}
    assert load_positions().private_bodies == frozenset(w.casefold() for w in private)


def test_a_foreign_holder_at_a_private_body_holds_its_kind():
    lex = load_positions()
    # bench (chủ tịch CLB Tottenham Daniel Levy; Federico Gianechini thuộc Đại học Quốc gia San Luis ở Argentina)
    assert org_kind("Chủ tịch", "Câu lạc bộ Tottenham", True, lex) == "other"
    assert org_kind("Giám đốc", "Đại học Quốc gia San Luis", True, lex) == "foreign"  # not the state's kind
    assert org_kind("Giám đốc", "Học viện Quốc phòng", True, lex) == "foreign"


def test_the_abbreviation_replacement_is_built_once(monkeypatch):
    lex = load_positions()

    def built_again(expansion):
        raise AssertionError("expand_organisation built its replacement again")

    # review 14 item 11: expand_organisation must use the replacement load_positions stored, never build one per call
    monkeypatch.setattr(positions, "_expansion", built_again)
    assert expand_organisation("UBND TP.HCM", lex) == "Ủy ban nhân dân Thành phố Hồ Chí Minh"
    # one in brackets after the name it abbreviates is kept (bench)
    assert expand_organisation("Trung tâm Kiểm soát bệnh tật tỉnh (CDC) Nghệ An", lex) == (
        "Trung tâm Kiểm soát bệnh tật tỉnh (CDC) Nghệ An")
