"""`vnie query`, `vnie.connect` / `vnie.read_tables`, and the dtypes analysts get.

The sample folder has two runs, so every table has two part files and each
dictionary column a different dictionary per part (sample_outputs.py).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

import vnie
from vnie.cli import main
from vnie.views.query import connect, format_cell, read_tables
from vnie.views.schema_doc import type_names
from vnie.run.tables import PART_TABLES, SCHEMAS, TABLES, WHOLE_TABLES
from tests.pipeline.sample_outputs import SOURCE_1, SOURCE_2


@pytest.fixture(scope="module")
def empty_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("empty")


def _expected_pandas_dtype(field: pa.Field) -> str:
    expected = type_names(field)[1]
    # "object (datetime.date)" and the like: the dtype is object, the note is about the values.
    return expected.split(" (")[0]


def test_every_table_has_a_part_and_each_run_one_where_it_adds_rows(out: Path) -> None:
    parts = {t: len(list((out / t).glob("part-*.parquet"))) for t in PART_TABLES}
    assert all(n >= 1 for n in parts.values()), parts  # the first run gives every table its columns
    assert parts["articles"] == parts["runs"] == 2
    for table in WHOLE_TABLES:  # rebuilt as a whole: one file, replaced at each run
        assert [p.name for p in (out / table).glob("*.parquet")] == [f"{table}.parquet"], table


@pytest.mark.parametrize("table", TABLES)
def test_pandas_read_parquet_over_parts_gives_schema_dtypes(out: Path, table: str) -> None:
    frame = pd.read_parquet(out / table)  # no arguments: what an analyst types
    for field in SCHEMAS[table]:
        expected = _expected_pandas_dtype(field)
        actual = str(frame[field.name].dtype)
        if expected == "str":  # pandas 2 reads strings as object, pandas 3 as str
            assert actual in ("str", "object"), (table, field.name, actual)
        else:
            assert actual == expected, (table, field.name, actual)


def test_dictionary_columns_merge_across_parts(out: Path) -> None:
    provinces = pd.read_parquet(out / "provinces")
    assert isinstance(provinces["province_2025"].dtype, pd.CategoricalDtype)
    assert set(provinces["province_2025"].cat.categories) == {"Cần Thơ", "Hà Nội"}
    assert provinces.groupby("province_2025", observed=True).size().to_dict() == {"Cần Thơ": 3, "Hà Nội": 1}


def test_dates_times_and_lists_keep_their_types(out: Path) -> None:
    dates = pd.read_parquet(out / "dates").set_index("value")
    assert dates.loc["2018/2024", "date_start"] == dt.date(2018, 1, 1)
    assert pd.isna(dates.loc["XXXX-08-15", "date_start"])
    articles = pd.read_parquet(out / "articles").set_index("source")
    assert str(articles["published"].dtype) == "datetime64[us, Asia/Ho_Chi_Minh]"
    assert articles.loc[SOURCE_2, "published"].hour == 11
    assert list(articles.loc[SOURCE_2, "authors"]) == ["Văn Thành"]


def test_duckdb_reads_the_part_glob_with_dictionary_columns(out: Path) -> None:
    glob = (out / "provinces").as_posix() + "/*.parquet"
    rows = duckdb.sql(f"SELECT province_2025, count(*) FROM read_parquet('{glob}') GROUP BY 1 ORDER BY 1").fetchall()
    assert rows == [("Cần Thơ", 3), ("Hà Nội", 1)]


@pytest.mark.parametrize("table", TABLES)
def test_connect_views_have_the_schema_types(out: Path, table: str) -> None:
    con = connect(out)
    described = {name: type_ for name, type_, *_ in con.execute(f'DESCRIBE "{table}"').fetchall()}
    assert described == {f.name: type_names(f)[2] for f in SCHEMAS[table]}


def test_connect_shows_timestamps_in_vietnam_time(out: Path) -> None:
    (published,) = connect(out).execute(
        "SELECT strftime(published, '%H:%M') FROM articles WHERE source = ?", [SOURCE_2]).fetchone()
    assert published == "11:43"


def test_article_province_is_the_most_mentioned(out: Path) -> None:
    rows = connect(out).execute("SELECT article_id, province_2025, n_mentions FROM article_province ORDER BY 1").fetchall()
    assert rows == [("a1soctrang", "Cần Thơ", 3), ("a2hanoi", "Hà Nội", 1)]


def test_empty_folder_gives_empty_typed_views_and_frames(empty_out: Path) -> None:
    con = connect(empty_out)
    assert con.sql("SELECT name, titles FROM officials").fetchall() == []
    assert con.sql("SELECT * FROM article_province").fetchall() == []
    frames = read_tables(empty_out)
    assert set(frames) == set(TABLES)
    assert list(frames["numbers"].columns) == SCHEMAS["numbers"].names
    assert frames["numbers"].empty


def test_parts_written_before_a_column_was_added_still_read(tmp_path: Path) -> None:
    """A part without a later column (OUTPUTS.md: add columns freely) reads with nulls there."""
    schema = SCHEMAS["rejects"]
    old = pa.schema([f for f in schema if f.name != "detail"])
    (tmp_path / "rejects").mkdir()
    pq.write_table(pa.Table.from_pylist([{"source": "x.txt", "reason": "empty", "run_id": "r0"}], schema=old),
                   tmp_path / "rejects" / "part-r0.parquet")
    new = {name: None for name in schema.names} | {"source": "y.txt", "reason": "binary", "detail": "NUL", "run_id": "r1"}
    pq.write_table(pa.Table.from_pylist([new], schema=schema), tmp_path / "rejects" / "part-r1.parquet")
    frame = read_tables(tmp_path, ["rejects"])["rejects"].set_index("source")
    assert pd.isna(frame.loc["x.txt", "detail"]) and frame.loc["y.txt", "detail"] == "NUL"
    rows = connect(tmp_path, ["rejects"]).sql("SELECT source, detail FROM rejects ORDER BY 1").fetchall()
    assert rows == [("x.txt", None), ("y.txt", "NUL")]


def test_package_reexports(out: Path) -> None:
    assert vnie.connect(out).sql("SELECT count(*) FROM articles").fetchall() == [(2,)]
    assert len(vnie.read_tables(out)["officials"]) == 3


# fmt: off
CELLS = [
    (None, ""),
    (3.0, "3"),
    (181000.0, "181000"),
    (0.25, "0.25"),
    (9.49955e15, "9499550000000000"),    # a sum of đồng amounts; was 9.49955e+15
    (1e20, "100000000000000000000"),
    (1234.5678, "1234.57"),              # six significant digits on screen
    (1234567.891, "1234568"),            # the integer part is never rounded
    (0.1 + 0.2, "0.3"),
    (0.000012345, "0.000012345"),
    (["Ủy viên Trung ương Đảng", "Thứ trưởng Bộ Công an"], "Ủy viên Trung ương Đảng | Thứ trưởng Bộ Công an"),
    (dt.date(2024, 8, 8), "2024-08-08"),
    ("hai\ndòng", "hai dòng"),
]
# fmt: on


@pytest.mark.parametrize(("value", "text"), CELLS, ids=[repr(v) for v, _ in CELLS])
def test_format_cell(value, text: str) -> None:
    assert format_cell(value) == text


SQL = "SELECT province_2025, count(*) AS n FROM provinces GROUP BY 1 ORDER BY 1"


def test_cli_prints_a_table(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", SQL, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "province_2025" in printed and "Cần Thơ" in printed and "2 rows" in printed


def test_cli_csv(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", SQL, "--out", str(out), "--csv"]) == 0
    assert capsys.readouterr().out == "province_2025,n\nCần Thơ,3\nHà Nội,1\n"


def test_cli_csv_writes_lists_as_json_arrays_and_exact_numbers(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql = ("SELECT name, rank, titles, 9499550000000000.0::DOUBLE AS total, 0.1::DOUBLE + 0.2::DOUBLE AS x FROM officials "
           "ORDER BY rank NULLS LAST, name")
    assert main(["query", sql, "--out", str(out), "--csv"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert rows[0] == ["name", "rank", "titles", "total", "x"]
    assert rows[1] == ["Lê Quốc Hùng", "Trung tướng", '["Thứ trưởng Bộ Công an"]', "9499550000000000",
                       "0.30000000000000004"]
    assert rows[-1][1] == "" and json.loads(rows[-1][2]) == ["Thứ trưởng Bộ Công an"]  # NULL rank: empty


def test_cli_json_is_one_object_per_line(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql = "SELECT name, rank, titles, date '2024-08-08' AS d FROM officials ORDER BY rank NULLS LAST, name"
    assert main(["query", sql, "--out", str(out), "--json"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 3
    assert json.loads(lines[0]) == {"name": "Lê Quốc Hùng", "rank": "Trung tướng",
                                    "titles": ["Thứ trưởng Bộ Công an"], "d": "2024-08-08"}
    assert json.loads(lines[-1])["rank"] is None


def test_cli_table_shows_null_and_plain_numbers(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    sql = ("SELECT name, rank, 9499550000000000.0::DOUBLE AS total, '' AS blank FROM officials "
           "ORDER BY rank NULLS LAST, name")
    assert main(["query", sql, "--out", str(out)]) == 0
    lines = capsys.readouterr().out.splitlines()
    cells = [[c.strip() for c in line.split("│")[1:-1]] for line in lines if line.startswith("│")]
    assert cells[0] == ["Lê Quốc Hùng", "Trung tướng", "9499550000000000", ""]
    assert cells[-1][1] == "NULL" and cells[-1][3] == ""  # NULL apart from an empty string


def test_cli_bad_sql_names_the_views(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "SELECT nope FROM officials", "--out", str(out)]) == 1
    err = capsys.readouterr().err
    assert "nope" in err and "officials" in err and "vnie schema" in err


def test_cli_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", "SELECT 1", "--out", str(tmp_path / "nothing")]) == 2
    assert "vnie run" in capsys.readouterr().err


def test_cli_source_lookup_example(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["query", f"SELECT count(*) AS n FROM dates JOIN articles USING (article_id) "
                          f"WHERE source = '{SOURCE_1}'", "--out", str(out), "--csv"]) == 0
    assert capsys.readouterr().out == "n\n2\n"
