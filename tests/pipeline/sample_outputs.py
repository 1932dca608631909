"""A small, known output folder for the query, show and report tests.

Two runs, so every table has two part files and the dictionary columns have a
different dictionary in each part. Mentions are built with `Mention.at` over
real sentences (corpus/articles/002_3c0f1b4e4c4086f6.txt and the news
samples), so the rows go through the same code as `vnie run`'s.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from vnie.extractors.base import (
    DateValue,
    Mention,
    ModelValue,
    NormalisedDoc,
    NumberValue,
    OfficialValue,
    ProvinceValue,
    QuoteValue,
    RegionValue,
)
from vnie.run.stages import people_rows
from vnie.run.tables import mention_row
from vnie.run.write import RunWriter

LOCAL = ZoneInfo("Asia/Ho_Chi_Minh")

# fmt: off
SOC_TRANG = (
    "Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị biểu dương các mô hình "
    "khu vực Tây Nam Bộ, giai đoạn 2018-2024.\n\n"
    "Thứ trưởng Bộ Công an Lê Quốc Hùng và Bí thư Tỉnh ủy Sóc Trăng Lâm Văn Mẫn trao tuyên dương.\n\n"
    "Nhân dân khu vực Tây Nam Bộ đã cung cấp cho lực lượng công an hơn 181.000 nguồn tin. "
    "Tại Sóc Trăng có mô hình \"Camera an ninh\" [thí điểm]."
)
HA_NOI = (
    "Sáng 8/8, tại Hà Nội, Trung tướng Lê Quốc Hùng, Thứ trưởng Bộ Công an, dự hội nghị. "
    "Toàn thành phố có 33 trường hợp được khen thưởng."
)
# fmt: on

SOURCE_1 = "002_3c0f1b4e4c4086f6.txt"
SOURCE_2 = "baomoi-1"
PUBLISHED_2 = dt.datetime(2024, 8, 8, 11, 43, tzinfo=LOCAL)


def _at(doc: NormalisedDoc, needle: str, rule: str, value: Any, nth: int = 0) -> Mention[Any]:
    """The mention of the `nth` occurrence of `needle` in the doc."""
    start = -1
    for _ in range(nth + 1):
        start = doc.text.index(needle, start + 1)
    return Mention.at(doc, start, start + len(needle), rule, value)


def _article_row(doc: NormalisedDoc, source: str, run_id: str, published: dt.datetime | None) -> dict[str, Any]:
    return {"article_id": doc.article_id, "source": source, "url": None, "title": None, "published": published,
            "published_date": published.date() if published else None, "authors": ["Văn Thành"],
            "text": doc.text, "n_chars": len(doc.text), "meta": None,
            "version": 1, "run_id": run_id, "pipeline_version": "0.1.0"}


def _mentions_1(doc: NormalisedDoc) -> list[Mention[Any]]:
    hung = OfficialValue("Lê Quốc Hùng", None, ("Thứ trưởng Bộ Công an",), "lê quốc hùng")
    man = OfficialValue("Lâm Văn Mẫn", None, ("Bí thư Tỉnh ủy Sóc Trăng",), "lâm văn mẫn")
    soc_trang = ProvinceValue("Sóc Trăng", "Cần Thơ")
    return [
        _at(doc, "Ngày 15/8", "dates.dm", DateValue("XXXX-08-15", "mention", None, None)),
        _at(doc, "giai đoạn 2018-2024", "dates.period",
            DateValue("2018/2024", "mention", dt.date(2018, 1, 1), dt.date(2024, 12, 31))),
        _at(doc, "tỉnh Sóc Trăng", "provinces.name", soc_trang),
        _at(doc, "Sóc Trăng", "provinces.name", soc_trang, nth=1),
        _at(doc, "Sóc Trăng", "provinces.name", soc_trang, nth=2),
        _at(doc, "Tây Nam Bộ", "regions.name", RegionValue("Tây Nam Bộ")),
        _at(doc, "Tây Nam Bộ", "regions.name", RegionValue("Tây Nam Bộ"), nth=1),
        _at(doc, "Lê Quốc Hùng", "officials.title_name", hung),
        _at(doc, "Lâm Văn Mẫn", "officials.title_name", man),
        _at(doc, "hơn 181.000 nguồn tin", "numbers.count", NumberValue(181000.0, "nguồn tin", "hơn")),
        _at(doc, "\"Camera an ninh\"", "models.quoted", ModelValue("Camera an ninh", "Sóc Trăng")),
        _at(doc, "\"Camera an ninh\"", "quotes.model", QuoteValue("model", None)),
    ]


def _mentions_2(doc: NormalisedDoc) -> list[Mention[Any]]:
    hung = OfficialValue("Lê Quốc Hùng", "Trung tướng", ("Thứ trưởng Bộ Công an",), "lê quốc hùng")
    return [
        _at(doc, "Sáng 8/8", "dates.dm_part_of_day",
            DateValue("2024-08-08", "mention", dt.date(2024, 8, 8), dt.date(2024, 8, 8))),
        _at(doc, "Hà Nội", "provinces.name", ProvinceValue("Hà Nội", "Hà Nội")),
        _at(doc, "Lê Quốc Hùng", "officials.rank_name", hung),
        _at(doc, "33 trường hợp", "numbers.count", NumberValue(33.0, "trường hợp", None)),
    ]


def _write_run(out: Path, run_id: str, docs: list[tuple[NormalisedDoc, str, Any, list[Mention[Any]]]],
               rejects: list[tuple[str, str, str]], started: dt.datetime) -> None:
    writer = RunWriter(out, run_id)
    for doc, source, published, mentions in docs:
        writer.add("articles", [_article_row(doc, source, run_id, published)])
        for mention in mentions:
            table, row = mention_row(mention)
            writer.add(table, [row])
        officials = [m for m in mentions if isinstance(m.value, OfficialValue)]
        writer.add("people", people_rows(officials))
    writer.add("rejects", [{"source": s, "reason": r, "detail": d, "run_id": run_id} for s, r, d in rejects])
    writer.add("runs", [{"run_id": run_id, "started_at": started, "finished_at": started + dt.timedelta(seconds=2),
                         "n_inputs": len(docs) + len(rejects), "n_new": len(docs), "n_skipped": 0,
                         "n_rejected": len(rejects), "pipeline_version": "0.1.0"}])
    writer.commit()


def write_sample_outputs(out: Path) -> Path:
    """Write the two-run sample folder into `out` and return it."""
    doc_1 = NormalisedDoc("a1soctrang", SOC_TRANG)
    doc_2 = NormalisedDoc("a2hanoi", HA_NOI, PUBLISHED_2.replace(tzinfo=None))
    _write_run(out, "20261101T000000Z-aaaaaa", [(doc_1, SOURCE_1, None, _mentions_1(doc_1))],
               [("bad/empty.txt", "empty", "file has 0 bytes")],
               dt.datetime(2026, 11, 1, tzinfo=dt.timezone.utc))
    _write_run(out, "20261102T000000Z-bbbbbb", [(doc_2, SOURCE_2, PUBLISHED_2, _mentions_2(doc_2))],
               [("news.jsonl:7", "bad_json", "line 7: Expecting value")],
               dt.datetime(2026, 11, 2, tzinfo=dt.timezone.utc))
    return out
