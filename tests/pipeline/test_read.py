"""Readers: every input becomes an article or a reject with a specific reason."""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import unicodedata
from pathlib import Path

import pytest

from vnie.run.read import RawArticle, Reject, decode_bytes, read_inputs
from tests.pipeline.legacy_text import to_cp1258, to_legacy_font

SENTENCE = "Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị biểu dương các mô hình."
LOWER = SENTENCE.lower()  # TCVN3 has no upper-case accented letters


def _read(paths: list[Path]) -> list[RawArticle | Reject]:
    return list(read_inputs(paths, max_bytes=1_000_000, max_chars=1_000_000))


# fmt: off
ENCODED = [
    ("utf8",       SENTENCE.encode("utf-8"),                        SENTENCE),
    ("utf8_bom",   codecs.BOM_UTF8 + SENTENCE.encode("utf-8"),      SENTENCE),
    ("utf16_le",   SENTENCE.encode("utf-16"),                       SENTENCE),
    ("utf16_be",   codecs.BOM_UTF16_BE + SENTENCE.encode("utf-16-be"), SENTENCE),
    ("cp1258",     to_cp1258(SENTENCE),                             SENTENCE),
    ("tcvn3",      to_legacy_font(LOWER * 3, "tcvn3"),              LOWER * 3),
    ("vni",        to_legacy_font(LOWER * 3, "vni"),                LOWER * 3),
    ("viscii",     to_legacy_font(LOWER * 3, "viscii"),             LOWER * 3),
]
REJECTED = [
    ("empty",      b"",                          "empty"),
    ("blank",      b"  \n\t\n",                  "empty"),
    ("binary",     b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
    ("controls",   bytes(range(1, 9)) * 50,      "binary"),
]
# fmt: on


@pytest.mark.parametrize("data,expected", [(d, e) for _, d, e in ENCODED], ids=[i for i, _, _ in ENCODED])
def test_decode_bytes_reads_every_encoding(data: bytes, expected: str) -> None:
    assert unicodedata.normalize("NFC", decode_bytes(data)) == expected


@pytest.mark.parametrize("data,reason", [(d, r) for _, d, r in REJECTED], ids=[i for i, _, _ in REJECTED])
def test_decode_bytes_rejects_with_reason(data: bytes, reason: str) -> None:
    from vnie.run.read import InputError

    with pytest.raises(InputError) as info:
        decode_bytes(data)
    assert info.value.reason == reason


def test_folder_of_mixed_files_gives_articles_and_rejects(tmp_path: Path) -> None:
    (tmp_path / "a_cp1258.txt").write_bytes(to_cp1258(SENTENCE))
    (tmp_path / "b_utf16.txt").write_bytes(SENTENCE.encode("utf-16"))
    (tmp_path / "c_empty.txt").write_bytes(b"")
    (tmp_path / "d_binary.txt").write_bytes(b"\x00\x01\x02\xff" * 100)
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")  # not an input suffix: ignored
    items = _read([tmp_path])
    articles = [i for i in items if isinstance(i, RawArticle)]
    rejects = {i.source: i.reason for i in items if isinstance(i, Reject)}
    assert [a.source for a in articles] == ["a_cp1258.txt", "b_utf16.txt"]
    assert all(unicodedata.normalize("NFC", a.text) == SENTENCE for a in articles)
    assert rejects == {"c_empty.txt": "empty", "d_binary.txt": "binary"}


def test_nested_folders_give_relative_sources(tmp_path: Path) -> None:
    (tmp_path / "2024" / "08").mkdir(parents=True)
    (tmp_path / "2024" / "08" / "x.txt").write_text(SENTENCE, encoding="utf-8")
    assert [i.source for i in _read([tmp_path])] == ["2024/08/x.txt"]


def test_jsonl_gz_records_and_bad_lines(tmp_path: Path) -> None:
    path = tmp_path / "batch.jsonl.gz"
    lines = [
        json.dumps({"id": "r1", "url": "https://x.vn/1", "title": "Tiêu đề", "published": "20210429",
                    "author": "Văn Thành", "text": SENTENCE, "section": "xa-hoi", "tags": ["an ninh", "Tây Nguyên"],
                    "views": 1200, "lead": None}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "r3", "text": ""}),
        json.dumps({"id": "r4", "text": SENTENCE, "published": "tomorrow"}),
        json.dumps(["a", "list"]),
    ]
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    items = _read([path])
    first = items[0]
    assert isinstance(first, RawArticle)
    assert (first.source, first.url, first.title, first.authors) == ("r1", "https://x.vn/1", "Tiêu đề", ("Văn Thành",))
    assert first.text == f"Tiêu đề\n\n{SENTENCE}"  # the headline heads the text, as on the page
    assert first.published.date().isoformat() == "2021-04-29"
    # strings as they are, other JSON values as JSON text (a map<string, string> column)
    assert first.meta == {"section": "xa-hoi", "tags": '["an ninh", "Tây Nguyên"]', "views": "1200", "lead": None}
    assert [(i.source, getattr(i, "reason", "article")) for i in items[1:]] == [
        ("batch.jsonl.gz:2", "bad_json"), ("r3", "empty"), ("r4", "bad_field"), ("r4", "article"),
        ("batch.jsonl.gz:5", "bad_record"),
    ]
    assert items[3].detail.startswith("published: 'tomorrow'")
    assert items[4].published is None  # the article is kept; its date comes from its text


def test_too_large_file_is_rejected_unread(tmp_path: Path) -> None:
    (tmp_path / "big.txt").write_text(SENTENCE * 100, encoding="utf-8")
    items = list(read_inputs([tmp_path], max_bytes=1000, max_chars=1_000_000))
    assert [(i.source, i.reason) for i in items] == [("big.txt", "too_large")]


def test_missing_input_is_a_reject(tmp_path: Path) -> None:
    assert [(i.source, i.reason) for i in _read([tmp_path / "nope.txt"])] == [("nope.txt", "missing")]


def test_overlong_jsonl_line_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    huge = json.dumps({"id": "huge", "text": "Bộ Công an " * 2000}, ensure_ascii=False)
    small = json.dumps({"id": "small", "text": SENTENCE}, ensure_ascii=False)
    path.write_text(f"{huge}\n{small}\n", encoding="utf-8")
    items = list(read_inputs([path], max_bytes=1_000_000, max_chars=1000))
    assert [(i.source, getattr(i, "reason", None)) for i in items] == [("big.jsonl:1", "too_large"), ("small", None)]


def test_headline_is_not_doubled_when_the_text_already_starts_with_it() -> None:
    from vnie.run.read import with_headline

    assert with_headline("Tin mới vụ 120 côn đồ", "Tin mới vụ 120 côn đồ\nNội dung.") == "Tin mới vụ 120 côn đồ\nNội dung."
    assert with_headline(None, "Nội dung.") == "Nội dung."
    assert with_headline("8 người chết khi chạy thận", "Nội dung.") == "8 người chết khi chạy thận\n\nNội dung."


# Issue 10: a record's `published` in the forms crawlers write.
# fmt: off
RECORD_DATES = [
    ("15/03/2025",                 dt.datetime(2025, 3, 15)),
    ("15/03/2025 08:30",           dt.datetime(2025, 3, 15, 8, 30)),
    ("15-03-2025",                 dt.datetime(2025, 3, 15)),
    ("Thứ Ba, 12/03/2024 - 09:15", dt.datetime(2024, 3, 12, 9, 15)),
    ("15:42 ngày 02/01/2024",      dt.datetime(2024, 1, 2, 15, 42)),
    ("2024-03-15T08:30:00+07:00",  dt.datetime(2024, 3, 15, 8, 30, tzinfo=dt.timezone(dt.timedelta(hours=7)))),
    ("2024-03-15",                 dt.datetime(2024, 3, 15)),
    ("20240315",                   dt.datetime(2024, 3, 15)),
    (20240315,                     dt.datetime(2024, 3, 15)),
    (1710000000,                   dt.datetime(2024, 3, 9, 16, 0, tzinfo=dt.timezone.utc)),
    ("1710000000000",              dt.datetime(2024, 3, 9, 16, 0, tzinfo=dt.timezone.utc)),
]
BAD_RECORD_DATES = ["99999-01-01", -10**20, 10**30, "31/02/2024", "hôm qua", "1850-01-01", True, {"y": 2024}]
# fmt: on


@pytest.mark.parametrize("value,expected", RECORD_DATES, ids=[str(v) for v, _ in RECORD_DATES])
def test_record_published_forms(tmp_path: Path, value: object, expected: dt.datetime) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "r1", "published": value, "text": SENTENCE}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    [article] = _read([path])
    assert article.published == expected


@pytest.mark.parametrize("value", BAD_RECORD_DATES, ids=str)
def test_unreadable_published_is_a_bad_field_and_the_article_is_kept(tmp_path: Path, value: object) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "r1", "published": value, "text": SENTENCE}, ensure_ascii=False) + "\n",
                    encoding="utf-8")
    reject, article = _read([path])
    assert (reject.source, reject.reason) == ("r1", "bad_field")
    assert reject.detail.startswith("published: ")
    assert (article.source, article.published, article.text) == ("r1", None, SENTENCE)


def test_each_bad_field_is_named_and_the_good_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    record = {"id": "r1", "title": 7, "url": ["x"], "author": {"n": 1}, "published": "15/03/2025", "text": SENTENCE}
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    *rejects, article = _read([path])
    assert [(r.reason, r.detail.split(":")[0]) for r in rejects] == [
        ("bad_field", "title"), ("bad_field", "url"), ("bad_field", "author")]
    assert (article.title, article.url, article.authors, article.published) == (
        None, None, (), dt.datetime(2025, 3, 15))
