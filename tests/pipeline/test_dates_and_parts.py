"""Issue 12: `articles.published_date` gives the right day in any SQL session
(the README's DuckDB example in a UTC session agrees with `vnie query`), and a
run with nothing new adds no empty part files."""

from __future__ import annotations

import datetime as dt
import json
import re
import shutil
from pathlib import Path

import duckdb
import pytest

from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline
from vnie.run.tables import PART_TABLES, TABLES
from vnie.views.query import run_query
from tests.conftest import ROOT, SAMPLES, SEEDS

README = ROOT / "README.md"


def _readme_day_query() -> str:
    """The SQL of the README's articles-per-day example."""
    blocks = re.findall(r"```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S)
    [block] = [b for b in blocks if "published_date" in b]
    return re.search(r'"""(.*?)"""', block, re.S).group(1)


@pytest.fixture(scope="module")
def outputs(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """`outputs/` of the seeds and three records published between 00:00 and 07:00 in Hà Nội."""
    root = tmp_path_factory.mktemp("days")
    feed = root / "in" / "night.jsonl"
    feed.parent.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))[:3]]
    published = ["2024-03-15T01:30:00+07:00", "20201001", 1710435600]  # the last: 2024-03-15 00:00 in Hà Nội
    feed.write_text("\n".join(json.dumps({"id": f"night-{i}", "published": p, "text": t + f"\n(bản {i})"},
                                         ensure_ascii=False) for i, (p, t) in enumerate(zip(published, texts))),
                    encoding="utf-8")
    run_pipeline([SEEDS, feed.parent], root / "outputs", load_settings())
    return root


def test_published_date_is_the_day_in_vietnam(outputs: Path) -> None:
    _, _, rows = run_query(outputs / "outputs", "SELECT source, published_date FROM articles "
                                                "WHERE source LIKE 'night-%' ORDER BY source")
    assert rows == [("night-0", dt.date(2024, 3, 15)), ("night-1", dt.date(2020, 10, 1)),
                    ("night-2", dt.date(2024, 3, 15))]


def test_readme_day_counts_in_a_utc_session_equal_vnie_query(outputs: Path, monkeypatch) -> None:
    monkeypatch.chdir(outputs)  # the README's paths are relative to the project folder
    con = duckdb.connect()
    con.execute("SET TimeZone = 'UTC'")
    readme = con.sql(_readme_day_query()).fetchall()
    _, _, vnie = run_query(outputs / "outputs", "SELECT published::DATE AS day, count(*) FROM articles "
                                                "GROUP BY 1 ORDER BY 1")
    assert readme == vnie
    assert (dt.date(2024, 3, 15), 2) in readme
    # The trap the column avoids: the timestamp's date in a UTC session is the day before.
    naive = con.sql("SELECT published::DATE, count(*) FROM 'outputs/articles/*.parquet' GROUP BY 1 ORDER BY 1")
    assert naive.fetchall() != readme


def test_a_run_with_nothing_new_adds_only_its_runs_part(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    shutil.copytree(SEEDS, inputs)
    out = tmp_path / "out"
    run_pipeline([inputs], out, load_settings())
    first = {t: sorted(p.name for p in (out / t).glob("*.parquet")) for t in TABLES}
    assert all(len(parts) == 1 for parts in first.values())  # a first run gives every table its columns
    summary = run_pipeline([inputs], out, load_settings())
    second = {t: sorted(p.name for p in (out / t).glob("*.parquet")) for t in TABLES}
    assert summary.n_new == 0
    assert {t for t in TABLES if second[t] != first[t]} == {"runs"}
    assert second["runs"] == sorted(first["runs"] + [f"part-{summary.run_id}.parquet"])


def test_a_run_writes_parts_only_for_tables_it_adds_rows_to(tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_pipeline([SEEDS], out, load_settings())
    record = json.loads(next(open(next(SAMPLES.glob("*.jsonl")), encoding="utf-8")))
    feed = tmp_path / "in" / "one.jsonl"
    feed.parent.mkdir()
    feed.write_text(json.dumps({"id": "one", "text": record["text"]}, ensure_ascii=False) + "\n", encoding="utf-8")
    summary = run_pipeline([feed.parent], out, load_settings())
    added = {t for t in PART_TABLES if (out / t / f"part-{summary.run_id}.parquet").exists()}
    assert {t for t, n in summary.rows.items() if n and t in PART_TABLES} == added  # persons: one whole file
    assert "rejects" not in added and {"articles", "runs"} <= added
