"""The Python API: `vnie.extract`, `vnie.connect`, `vnie.read_tables`."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import vnie
from vnie.cli import main
from vnie.run.tables import SCHEMAS
from tests.conftest import SEEDS

# Three sentences of a real article (../shared/bench/news-real.jsonl.gz, dantri-business-002).
TEXT = ("Bình quân mỗi tháng cả nước có hơn 8.700 doanh nghiệp rút khỏi thị trường.\n"
        "Trong đó, riêng TPHCM mỗi tháng có khoảng hơn 3.000 doanh nghiệp giải thể, ngừng hoạt động.\n"
        "Ngày 1/10, trao đổi với Dân trí, ông Lê Duy Minh, Cục trưởng Cục Thuế TPHCM cho biết, trong 8 tháng qua "
        "đã có hơn 24.400 doanh nghiệp đã giải thể, ngừng hoạt động.")
SEED = "000_f78b71d28ef61c78.txt"


@pytest.fixture(scope="module")
def rows() -> dict[str, list[dict]]:
    return vnie.extract(TEXT, published="2020-10-01")


def test_extract_gives_the_rows_of_every_table(rows: dict[str, list[dict]]) -> None:
    (article,) = rows["articles"]
    assert article["published"] == dt.datetime(2020, 10, 1, tzinfo=article["published"].tzinfo)
    assert str(article["published"].tzinfo) == "Asia/Ho_Chi_Minh" and article["n_chars"] == len(TEXT)
    # "trong 8 tháng qua" before a report's figures is the year's first eight months, a date, no count
    # (GUIDELINES.md round 13)
    assert [(r["text"], r["value"], r["date_start"]) for r in rows["dates"]] == [
        ("Ngày 1/10", "2020-10-01", dt.date(2020, 10, 1)), ("trong 8 tháng", "2020-01/2020-08", dt.date(2020, 1, 1))]
    assert [(r["text"], r["province_2025"]) for r in rows["provinces"]] == [("TPHCM", "Hồ Chí Minh")] * 2
    assert [(r["name"], r["titles"]) for r in rows["officials"]] == [("Lê Duy Minh", ["Cục trưởng Cục Thuế TPHCM"])]
    assert [(r["person_key"], r["n_mentions"]) for r in rows["people"]] == [("lê duy minh", 1)]
    assert [(r["role"], r["organisation"]) for r in rows["positions"]] == [
        ("Cục trưởng", "Cục Thuế Thành phố Hồ Chí Minh")]
    # "trong 8 tháng qua" before a report's figures is the year's period, no count (GUIDELINES.md round 13);
    # "khoảng hơn" is one hedge (round 19)
    assert [(r["value"], r["qualifier"]) for r in rows["numbers"]] == [
        (8700.0, "hơn"), (3000.0, "khoảng hơn"), (24400.0, "hơn")]
    assert rows["models"] == [] and rows["quotes"] == [] and rows["regions"] == []


def test_each_row_has_exactly_its_table_columns_and_offsets_hold(rows: dict[str, list[dict]]) -> None:
    text = rows["articles"][0]["text"]
    assert set(rows) == set(SCHEMAS) - {"persons", "rejects", "runs"}
    for table, table_rows in rows.items():
        for row in table_rows:
            assert list(row) == SCHEMAS[table].names, table
            if "start" in row:
                assert text[row["start"]:row["end"]] == row["text"]


def test_published_anchors_the_year_and_takes_dates_and_datetimes() -> None:
    assert [r["value"] for r in vnie.extract(TEXT)["dates"]] == ["XXXX-10-01", "XXXX-01/XXXX-08"]  # no year known
    for published in (dt.date(2020, 10, 1), dt.datetime(2020, 10, 1, 8, 30), "01/10/2020", "20201001"):
        assert [r["value"] for r in vnie.extract(TEXT, published)["dates"]] == ["2020-10-01", "2020-01/2020-08"], published


def test_extract_gives_what_a_run_writes(tmp_path: Path) -> None:
    assert main(["run", str(SEEDS), "--out", str(tmp_path), "-q"]) == 0
    frames = vnie.read_tables(tmp_path)
    text = (SEEDS / SEED).read_text(encoding="utf-8")
    rows = vnie.extract(text)
    (article,) = rows["articles"]
    assert article["article_id"] in set(frames["articles"]["article_id"])
    for table in ("dates", "officials", "provinces", "models", "numbers", "quotes"):
        written = frames[table][frames[table]["article_id"] == article["article_id"]]
        assert sorted(zip(written["start"], written["end"], written["rule"])) == sorted(
            (r["start"], r["end"], r["rule"]) for r in rows[table]), table
    assert ("Lê Quốc Hùng", "Trung tướng") in {(r["name"], r["rank"]) for r in rows["officials"]}


def test_blank_text_gives_empty_tables_and_bad_arguments_raise() -> None:
    assert vnie.extract(" \n ") == {name: [] for name in SCHEMAS if name not in ("persons", "rejects", "runs")}
    with pytest.raises(TypeError, match="text must be a str, not bytes"):
        vnie.extract(TEXT.encode())
    with pytest.raises(ValueError, match="published: 'hôm qua' is not a date"):
        vnie.extract(TEXT, published="hôm qua")


def test_connect_and_read_tables_over_a_run(tmp_path: Path) -> None:
    assert main(["run", str(SEEDS), "--out", str(tmp_path), "-q"]) == 0
    con = vnie.connect(tmp_path)
    ranks = con.sql("SELECT DISTINCT rank FROM officials WHERE name = 'Lê Quốc Hùng'").fetchall()
    assert ranks == [("Trung tướng",)]
    frames = vnie.read_tables(tmp_path, ["articles", "dates"])
    assert set(frames) == {"articles", "dates"} and len(frames["articles"]) == 5
    assert SEED in set(frames["articles"]["source"])
    with pytest.raises(KeyError):
        vnie.read_tables(tmp_path, ["nope"])
