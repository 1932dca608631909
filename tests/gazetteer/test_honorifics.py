"""The one honorifics table: its kinds and columns as the officials stage reads them, and its checks."""

from __future__ import annotations

from pathlib import Path

import pytest

from vnie.extractors.officials.lexicon import load_lexicon
from vnie.gazetteer import honorifics, load
from vnie.gazetteer.load import DataError


def test_each_word_has_its_kind_and_uses() -> None:
    rows = {h.word: h for h in honorifics.load_honorifics()}
    assert (rows["ông"].kind, rows["ông"].name_words, rows["ông"].role) == ("honorific", 1, None)
    assert (rows["anh"].kind, rows["anh"].name_words) == ("honorific", 2)
    assert (rows["HLV"].kind, rows["HLV"].name_words, rows["HLV"].role) == ("honorific", 1, "HLV")
    assert (rows["ĐBQH"].kind, rows["ĐBQH"].role) == ("full_name", "Đại biểu Quốc hội")
    assert (rows["samdech"].kind, rows["samdech"].name_words) == ("foreign", None)
    assert (rows["TS"].name_words, rows["TS"].role) == (None, None)


def test_officials_lexicon_reads_each_use_from_the_table() -> None:
    lex = load_lexicon()
    assert lex.cue_kind["ông"] == lex.cue_kind["đại biểu"] == "honorific"
    assert "samdech" not in lex.cue_kind and "samdech" in lex.foreign_honorifics
    assert lex.name_only_honorifics == {"đbqh", "đại biểu"}
    assert lex.post_honorifics == {"đại biểu": "Đại biểu", "đbqh": "Đại biểu Quốc hội", "hlv": "HLV",
                                   "huấn luyện viên": "HLV", "già làng": "Già làng", "vua": "Vua",
                                   "hoàng đế": "Hoàng đế", "nữ hoàng": "Nữ hoàng"}
    assert lex.name_honorifics["bà"] is True and lex.name_honorifics["đối tượng"] is False
    assert "cô" not in lex.name_honorifics  # kinship words that open names of things


@pytest.fixture()
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(load, "DATA_DIR", tmp_path)

    def write(body: str) -> None:
        (tmp_path / honorifics.FILE).write_text("# test\nword\tkind\tname_words\trole\n" + body, encoding="utf-8")
        load.load_tsv.cache_clear()
        honorifics.load_honorifics.cache_clear()

    yield write
    load.load_tsv.cache_clear()
    honorifics.load_honorifics.cache_clear()


@pytest.mark.parametrize(("body", "message"), [
    ("ông\ttitle\t1\t\n", "unknown kind 'title' for 'ông'"),
    ("ông\thonorific\t3\t\n", "name_words of 'ông' is '3'"),
    ("HLV\thonorific\t1\tHLV\nhlv\thonorific\t\t\n", "'hlv' is listed twice"),
    ("Mr\tforeign\t\t\n", "foreign honorific 'Mr' must be lower case"),
])
def test_bad_rows_are_refused_by_name(table, body: str, message: str) -> None:
    table(body)
    with pytest.raises(DataError, match=message):
        honorifics.load_honorifics()
