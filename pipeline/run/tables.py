"""One explicit pyarrow schema per output table, and the only code that turns
records into rows. Column order here is the column order on disk; pandas never
infers a type.
"""

from __future__ import annotations

import dataclasses
import functools
import sys
from collections.abc import Iterable, Mapping
from typing import Any

import pyarrow as pa

from vnie.extractors.base import (
    DateValue,
    LocalityValue,
    Mention,
    ModelValue,
    NumberValue,
    OfficialValue,
    PositionValue,
    ProvinceValue,
    QuoteValue,
    RegionValue,
)

TZ = "Asia/Ho_Chi_Minh"
STR = pa.string()
CAT = pa.dictionary(pa.int32(), pa.string())  # low-cardinality text: pandas reads it as category
TS = pa.timestamp("us", tz=TZ)


def _f(name: str, type_: pa.DataType, doc: str, example: str = "", nullable: bool = True) -> pa.Field:
    """A field whose metadata carries its meaning and an example (for `vnie schema`)."""
    return pa.field(name, type_, nullable=nullable, metadata={"doc": doc, "example": example})


def _span_fields(start: int, text: str, rule: str) -> list[pa.Field]:
    """The columns every span table starts with; the examples are the table's own
    (a row of seed article 000_f78b71d28ef61c78.txt, checked by tests/test_readme.py)."""
    return [
        _f("article_id", STR, "hash of the normalised text; joins to articles", "3f2a9c0d1e7b6a55", False),
        _f("start", pa.int32(), "start offset into articles.text (inclusive)", str(start), False),
        _f("end", pa.int32(), "end offset into articles.text (exclusive)", str(start + len(text)), False),
        _f("text", STR, "the span, equal to articles.text[start:end]", text, False),
        _f("rule", CAT, "id of the rule that found the span", rule, False),
    ]


SCHEMAS: dict[str, pa.Schema] = {
    "articles": pa.schema([
        _f("article_id", STR, "hash of the normalised text", "3f2a9c0d1e7b6a55", False),
        _f("source", STR, "input path from the deepest folder holding every input of the run, or the record id", "day1/000_f78b71d28ef61c78.txt", False),
        _f("url", STR, "article URL when known", "https://laodongthudo.vn/..."),
        _f("title", STR, "headline", "Nhân rộng mô hình phong trào toàn dân bảo vệ ANTQ ở Tây Nguyên"),
        _f("published", TS, "publication time from the dateline or the record", "2024-08-08 11:43:00+07:00"),
        _f("published_date", pa.date32(), "publication date in Vietnam time (the day of `published` in "
                                          "Asia/Ho_Chi_Minh): group by it in any SQL session, UTC included",
           "2024-08-08"),
        _f("authors", pa.list_(STR), "byline names", "['Văn Thành']"),
        _f("text", STR, "normalised article text; every offset points into it", "Nhân rộng mô hình ...", False),
        _f("n_chars", pa.int32(), "length of text in characters", "7210", False),
        _f("meta", pa.map_(STR, STR), "other keys of the input record: strings as they are, other JSON values "
                                       "as JSON text (parts written before issue 12: every value JSON-encoded)",
           "{'section': 'xa-hoi', 'tags': '[\"an ninh\"]'}"),
        _f("site", CAT, "the outlet: domain of the URL, the page's publisher or the record's site", "laodongthudo.vn"),
        _f("record_id", STR, "the crawler record's `id` (JSONL inputs)", "dantri-business-001"),
        _f("version", pa.int32(), "1, or n when this is the n-th text seen for the same url or record id", "1", False),
        _f("supersedes", STR, "article_id of the previous version (same url, record id or, for a plain file, source; other text)", ""),
        _f("run_id", STR, "run that wrote the row", "20261122T030405Z-1a2b3c", False),
        _f("pipeline_version", STR, "vnie version that wrote the row, with a fingerprint of its code and data", "0.1.0+3f9a1c2d", False),
    ]),
    "dates": pa.schema(_span_fields(92, "Sáng 8/8", "dates.dm") + [
        _f("value", STR, "EDTF date: 2024-08-08, 2024-08, 2018/2024, 2006/.., XXXX-08-15", "2024-08-08", False),
        _f("kind", CAT, "published (the dateline) or mention", "mention", False),
        _f("date_start", pa.date32(), "first day the value covers (null if open or unknown year)", "2024-08-08"),
        _f("date_end", pa.date32(), "last day the value covers (null if open or unknown year)", "2024-08-08"),
    ]),
    "officials": pa.schema(_span_fields(358, "Lê Quốc Hùng", "officials.rank_name") + [
        _f("name", STR, "full name as written", "Lê Quốc Hùng", False),
        _f("rank", CAT, "police or military rank", "Trung tướng"),
        _f("titles", pa.list_(STR), "every title of the person in the article", "['Thứ trưởng Bộ Công an']"),
        _f("person_key", STR, "normalised full name; groups mentions", "lê quốc hùng", False),
        _f("person_id", STR, "the person across articles (persons table); null until linked", "p-3f2a9c0d1e7b"),
    ]),
    "provinces": pa.schema(_span_fields(1757, "tỉnh Kon Tum", "provinces.prefixed") + [
        _f("province", CAT, "canonical name of the unit as the article names it", "Kon Tum", False),
        _f("province_2025", CAT, "the unit it belongs to since 1 July 2025", "Quảng Ngãi", False),
    ]),
    "regions": pa.schema(_span_fields(52, "Tây Nguyên", "regions.name") + [
        _f("region", CAT, "canonical region name", "Tây Nguyên", False),
    ]),
    "models": pa.schema(_span_fields(1779, "“Khu dân cư an toàn, bình yên không có tội phạm”", "models.after_trigger") + [
        _f("name", STR, "model name without quotes or a leading 'Mô hình'",
           "Khu dân cư an toàn, bình yên không có tội phạm", False),
        _f("province", CAT, "province the text ties the model to", "Đắk Lắk"),
    ]),
    "numbers": pa.schema(_span_fields(1108, "478 mô hình", "numbers.digits") + [
        _f("value", pa.float64(), "the quantity", "181000.0", False),
        _f("unit", STR, "shortest noun phrase naming what is counted", "nguồn tin"),
        _f("qualifier", CAT, "hedge word before the number, lower-case", "hơn"),
        _f("value_high", pa.float64(), "upper end of a range (`3-4 tháng`, `từ 750.000 đến 1 triệu đồng`), "
           "`value` being the lower; null otherwise. A range is one row, so sum(value) counts it once", "4.0"),
    ]),
    "people": pa.schema([
        _f("article_id", STR, "article the person appears in", "3f2a9c0d1e7b6a55", False),
        _f("person_key", STR, "normalised full name", "lê quốc hùng", False),
        _f("name", STR, "full name as written", "Lê Quốc Hùng", False),
        _f("rank", CAT, "rank, if any mention gives one", "Trung tướng"),
        _f("titles", pa.list_(STR), "every title over all mentions", "['Thứ trưởng Bộ Công an']"),
        _f("n_mentions", pa.int32(), "mentions of the person in the article", "6", False),
        _f("person_id", STR, "the person across articles (persons table)", "p-3f2a9c0d1e7b"),
    ]),
    "quotes": pa.schema(_span_fields(1523, "“Trở về đức tin, giữ bình yên buôn làng”", "quotes.closed") + [
        _f("kind", CAT, "model, programme, speech or other", "speech", False),
        _f("speaker", STR, "person_key of the speaker, for speech", "lê quốc hùng"),
        _f("person_id", STR, "the speaker across articles, when named anywhere in the article", "p-3f2a9c0d1e7b"),
    ]),
    "positions": pa.schema(_span_fields(397, "Thứ trưởng Bộ Công an", "officials.position") + [
        _f("person_key", STR, "normalised name of the title's holder (joins people)", "lê quốc hùng", False),
        _f("person_id", STR, "the holder across articles (persons table)", "p-3f2a9c0d1e7b"),
        _f("role", CAT, "canonical post (titles.tsv head, Phó kept)", "Thứ trưởng"),
        _f("organisation", STR, "the organisation, abbreviations expanded", "Ủy ban nhân dân tỉnh Gia Lai"),
        _f("org_kind", CAT, "police, party, government, legislature, front, military, court, business, foreign, other",
           "police", False),
        _f("province", CAT, "province of the organisation, when it has one", "Gia Lai"),
        _f("province_2025", CAT, "that province's unit since 1 July 2025", "Gia Lai"),
        _f("qualifier", CAT, "nguyên, quyền, thường trực (comma-joined), else null", "nguyên"),
    ]),
    "persons": pa.schema([
        _f("person_id", STR, "stable id of one real person across runs", "p-3f2a9c0d1e7b", False),
        _f("name", STR, "the fullest name seen", "Trần Tuấn Anh", False),
        _f("aliases", pa.list_(STR), "other names seen for the person (short forms, spellings)", "['Tuấn Anh']"),
        _f("kind", CAT, "official (a rank or public post seen) or person", "official", False),
        _f("n_articles", pa.int32(), "articles that name the person", "16", False),
        _f("first_seen", pa.date32(), "earliest publication date of those articles", "2017-02-06"),
        _f("last_seen", pa.date32(), "latest publication date of those articles", "2017-06-30"),
        _f("ranks", pa.list_(STR), "ranks seen", "['Thượng tá']"),
        _f("current_role", STR, "role of the latest position seen, else the latest calling (`callings`)", "Bộ trưởng"),
        _f("current_organisation", STR, "organisation of the latest position seen", "Bộ Công Thương"),
        _f("roles", pa.list_(STR), "every role seen: posts (linking evidence) and callings", "['Bộ trưởng']"),
        _f("organisations", pa.list_(STR), "every organisation seen (linking evidence)", "['Bộ Công Thương']"),
        _f("provinces", pa.list_(STR), "provinces of those organisations (linking evidence)", "['Hà Nội']"),
        _f("keys", pa.list_(STR), "every person_key linked to the person", "['trần tuấn anh']"),
        _f("org_kinds", pa.list_(STR), "kinds of the organisations seen (linking evidence)", "['government']"),
        _f("elite", pa.bool_(), "a post of the national level seen (linking evidence)", "True"),
        _f("callings", pa.list_(STR), "stated roles written with the name that are no post (in `roles` too)",
           "['ngư dân']"),
        _f("places", pa.list_(STR), "provinces and localities (`level:name`) written right after the name "
           "of a person seen with no post (linking evidence)", "['Bắc Ninh', 'commune:Nhân Hòa']"),
        _f("story_provinces", pa.list_(STR), "provinces (2025 units) the articles of a person of a common name "
           "(a top surname, then a common middle name) seen with no post name anywhere (linking evidence)", "['Huế']"),
        _f("companions", pa.list_(STR), "keys of the other people named in the same articles, one entry an "
           "article (linking evidence)", "['hoàng thị phương anh; nguyễn thu hoài']"),
    ]),
    "localities": pa.schema(_span_fields(106, "TP Buôn Ma Thuột", "localities.level") + [
        _f("name", STR, "name of the sub-province unit", "Đống Đa", False),
        _f("level", CAT, "district, town, city, ward, commune, township", "district", False),
        _f("province", CAT, "province it lies in: the one the text ties it to, else the one province its name lies in (localities.tsv)", "Hà Nội"),
    ]),
    "rejects": pa.schema([
        _f("source", STR, "input path or record id", "bad/empty.txt", False),
        _f("reason", CAT, "empty, binary, undecodable, too_large, bad_json, bad_record, timeout, extractor_error ...; "
                          "bad_field and bad_path are notes on an article that is still written (a field unreadable, "
                          "repaired or dropped; a file name that is not UTF-8)", "empty", False),
        _f("detail", STR, "what exactly went wrong", "file has 0 bytes", False),
        _f("stage", CAT, "for extractor_error: the stage that raised (normalise, metadata, dates ...)", "dates"),
        _f("run_id", STR, "run that met the input", "20261122T030405Z-1a2b3c", False),
    ]),
    "runs": pa.schema([
        _f("run_id", STR, "run id", "20261122T030405Z-1a2b3c", False),
        _f("started_at", TS, "start time", "2026-11-22 10:04:05+07:00", False),
        _f("finished_at", TS, "end time", "2026-11-22 10:04:09+07:00", False),
        _f("n_inputs", pa.int64(), "articles and records read", "5", False),
        _f("n_new", pa.int64(), "articles written", "5", False),
        _f("n_skipped", pa.int64(), "articles already in the output folder", "0", False),
        _f("n_rejected", pa.int64(), "inputs rejected (bad_field and bad_path notes not counted)", "0", False),
        _f("pipeline_version", STR, "vnie version, with a fingerprint of its code and data", "0.1.0+3f9a1c2d", False),
    ]),
}

TABLES: tuple[str, ...] = tuple(SCHEMAS)
# Tables rebuilt as a whole at each run, published as one file `<table>/<table>.parquet`;
# every other table has one part file per run.
WHOLE_TABLES: tuple[str, ...] = ("persons",)
PART_TABLES: tuple[str, ...] = tuple(t for t in TABLES if t not in WHOLE_TABLES)

# Which table a mention goes to, by the type of its value.
TABLE_OF_VALUE: dict[type, str] = {
    DateValue: "dates",
    OfficialValue: "officials",
    PositionValue: "positions",
    ProvinceValue: "provinces",
    RegionValue: "regions",
    LocalityValue: "localities",
    ModelValue: "models",
    NumberValue: "numbers",
    QuoteValue: "quotes",
}


@functools.cache
def _value_fields(cls: type) -> tuple[str, ...]:
    """Field names of a value class (cached: `dataclasses.fields` is slow per mention)."""
    return tuple(f.name for f in dataclasses.fields(cls))


def mention_row(mention: Mention[Any]) -> tuple[str, dict[str, Any]]:
    """The table a mention belongs to, and its row."""
    value = mention.value
    row: dict[str, Any] = {
        "article_id": mention.article_id,
        "start": mention.start,
        "end": mention.end,
        "text": mention.text,
        "rule": mention.rule,
    }
    for name in _value_fields(type(value)):
        item = getattr(value, name)
        row[name] = list(item) if isinstance(item, tuple) else item
    return TABLE_OF_VALUE[type(value)], row


def to_table(name: str, rows: Iterable[Mapping[str, Any]]) -> pa.Table:
    """Rows as a pyarrow table with the schema of `name` (extra keys ignored).

    Raises:
        KeyError: if `name` is not a table.
        pyarrow.ArrowInvalid: if a value does not fit its column's type.
    """
    schema = SCHEMAS[name]
    return pa.Table.from_pylist(list(rows), schema=schema)


class _HidePandas:
    """An import finder under which `import pandas` fails."""

    @staticmethod
    def find_spec(name: str, path: Any = None, target: Any = None) -> None:
        if name == "pandas":
            raise ImportError("pandas hidden from pyarrow's first conversion")


def convert_without_pandas() -> None:
    """Let pyarrow make its one lazy try at importing pandas now, with pandas hidden, unless
    pandas is loaded already. pyarrow imports pandas at the first Python list it converts,
    only to ask whether the list is a pandas object; a run converts lists and dicts, so a
    process that only runs the pipeline (`vnie run`, `vnie bench`) saves pandas' import
    (0.17 s of CPU per process at load 13). pyarrow still imports pandas when asked for it
    (`Table.to_pandas`). Not for a process that goes on to convert pandas objects.
    """
    if "pandas" in sys.modules:
        return
    sys.meta_path.insert(0, _HidePandas)
    try:
        pa.array([], pa.int8())
    finally:
        sys.meta_path.remove(_HidePandas)
