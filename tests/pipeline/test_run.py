"""End to end: corpus in, Parquet tables out; incremental; workers; offsets."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest

from vnie.cli import main
from vnie.run.stages import run_pipeline
from vnie.run.settings import load_settings
from vnie.run.tables import SCHEMAS
from tests.conftest import SAMPLES, SEEDS
from tests.pipeline.legacy_text import to_cp1258

SENTENCE_SOC_TRANG = "Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị biểu dương các mô hình."

# Required columns from ../shared/spec/OUTPUTS.md.
# fmt: off
REQUIRED = {
    "articles":   ["article_id", "source", "url", "title", "published", "authors", "text", "n_chars", "run_id", "pipeline_version"],
    "dates":      ["article_id", "start", "end", "text", "value", "kind", "date_start", "date_end"],
    "officials":  ["article_id", "start", "end", "text", "name", "rank", "titles", "person_key"],
    "provinces":  ["article_id", "start", "end", "text", "province", "province_2025"],
    "regions":    ["article_id", "start", "end", "text", "region"],
    "models":     ["article_id", "start", "end", "text", "name", "province"],
    "numbers":    ["article_id", "start", "end", "text", "value", "unit", "qualifier"],
    "people":     ["article_id", "person_key", "name", "rank", "titles", "n_mentions"],
    "quotes":     ["article_id", "start", "end", "text", "kind", "speaker"],
    "localities": ["article_id", "start", "end", "text", "name", "level", "province"],
    "rejects":    ["source", "reason", "detail", "run_id"],
    "runs":       ["run_id", "started_at", "finished_at", "n_inputs", "n_new", "n_skipped", "n_rejected", "pipeline_version"],
}
# fmt: on
SPAN_TABLES = [t for t, cols in REQUIRED.items() if "start" in cols]


@pytest.fixture(scope="module")
def seeds_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    assert main(["run", str(SEEDS), "--out", str(out), "--no-progress"]) == 0
    return out


def test_every_table_has_its_required_columns(seeds_out: Path) -> None:
    assert set(REQUIRED) <= set(SCHEMAS)
    for table, columns in REQUIRED.items():
        parts = list((seeds_out / table).glob("part-*.parquet"))
        assert len(parts) == 1, table
        names = pq.read_schema(parts[0]).names
        assert [c for c in columns if c not in names] == [], table


def test_seed_articles_and_their_metadata(seeds_out: Path) -> None:
    articles = pd.read_parquet(seeds_out / "articles").set_index("source")
    assert len(articles) == 5
    tz = "Asia/Ho_Chi_Minh"
    assert articles.loc["000_f78b71d28ef61c78.txt", "published"] == pd.Timestamp("2024-08-08 11:43", tz=tz)
    assert articles.loc["001_f9807e427c47bfdc.txt", "published"] == pd.Timestamp("2022-11-10 22:22", tz=tz)
    assert list(articles.loc["000_f78b71d28ef61c78.txt", "authors"]) == ["Văn Thành"]
    assert list(articles.loc["004_6740aeb9a20d6ac6.txt", "authors"]) == ["Quỳnh Vinh", "Phạm Tâm"]
    assert (articles["n_chars"] == articles["text"].str.len()).all()


def test_second_run_adds_no_article(seeds_out: Path) -> None:
    assert main(["run", str(SEEDS), "--out", str(seeds_out), "--no-progress"]) == 0
    articles = pd.read_parquet(seeds_out / "articles")
    runs = pd.read_parquet(seeds_out / "runs").sort_values("started_at")
    assert len(articles) == 5
    assert runs[["n_inputs", "n_new", "n_skipped", "n_rejected"]].values.tolist()[-1] == [5, 0, 5, 0]


def test_every_span_is_the_text_at_its_offsets(seeds_out: Path) -> None:
    texts = pd.read_parquet(seeds_out / "articles").set_index("article_id")["text"]
    for table in SPAN_TABLES:
        for row in pd.read_parquet(seeds_out / table).itertuples():
            assert texts[row.article_id][row.start:row.end] == row.text, (table, row)


def test_mixed_folder_gives_two_articles_and_two_rejects(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    sentence = "Sáng 8/8, tại TP Buôn Ma Thuột, tỉnh Đắk Lắk, Bộ Công an tổ chức Hội nghị."
    (inputs / "a.txt").write_bytes(to_cp1258(sentence))
    (inputs / "b.txt").write_bytes(("Thứ trưởng Lê Quốc Hùng chủ trì. " + sentence).encode("utf-16"))
    (inputs / "c.txt").write_bytes(b"")
    (inputs / "d.txt").write_bytes(bytes(range(256)) * 4)
    summary = run_pipeline([inputs], tmp_path / "out", load_settings())
    assert (summary.n_new, summary.n_rejected) == (2, 2)
    rejects = pd.read_parquet(tmp_path / "out" / "rejects")
    assert sorted(zip(rejects["source"], rejects["reason"].astype(str))) == [("c.txt", "empty"), ("d.txt", "binary")]
    texts = sorted(pd.read_parquet(tmp_path / "out" / "articles")["text"])
    assert texts[0] == sentence


def test_two_workers_write_the_same_tables_as_one(tmp_path: Path) -> None:
    one = run_pipeline([SEEDS, SAMPLES], tmp_path / "one", load_settings(workers=1, batch_size=4))
    two = run_pipeline([SEEDS, SAMPLES], tmp_path / "two", load_settings(workers=2, batch_size=4))
    assert one.n_new == two.n_new == 5 + sum(1 for p in SAMPLES.glob("*.jsonl") for _ in p.open())
    for table in SCHEMAS:
        if table in ("runs", "rejects"):
            continue
        a = pd.read_parquet(tmp_path / "one" / table).drop(columns=["run_id"], errors="ignore")
        b = pd.read_parquet(tmp_path / "two" / table).drop(columns=["run_id"], errors="ignore")
        pd.testing.assert_frame_equal(a, b, obj=table)


def test_same_text_twice_in_one_run_is_written_once(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    for name in ("x.txt", "copy_of_x.txt"):
        (inputs / name).write_text("Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị.", encoding="utf-8")
    summary = run_pipeline([inputs], tmp_path / "out", load_settings())
    assert (summary.n_new, summary.n_skipped) == (1, 1)


def test_published_from_record_is_local_time(tmp_path: Path) -> None:
    src = tmp_path / "r.jsonl"
    src.write_text('{"id": "r1", "published": "20210429", "text": "Chiều 30/4, UBND tỉnh Hà Nam họp."}\n', encoding="utf-8")
    run_pipeline([src], tmp_path / "out", load_settings())
    published = pd.read_parquet(tmp_path / "out" / "articles")["published"].iloc[0]
    assert published.to_pydatetime() == dt.datetime(2021, 4, 29, tzinfo=published.tzinfo)
    assert str(published.tz) == "Asia/Ho_Chi_Minh"


def test_a_record_day_takes_the_time_of_the_texts_dateline(tmp_path: Path) -> None:
    # the header of https://nld.com.vn (corpus/samples/blind-s5-u.jsonl u-022): the crawler gives the day only
    text = ("Đưa sĩ quan quân đội chính quy về ban chỉ huy quân sự cấp xã\n\nNam Long\n13/01/2026 14:41 GMT+7\n\n"
            "Đảng ủy quân sự Vĩnh Long vừa có thông báo nhân sự.")
    src = tmp_path / "r.jsonl"
    src.write_text(json.dumps({"id": "r1", "published": "2026-01-13", "text": text}, ensure_ascii=False) + "\n",
                   encoding="utf-8")
    run_pipeline([src], tmp_path / "out", load_settings())
    row = pd.read_parquet(tmp_path / "out" / "articles").iloc[0]
    assert row["published"].to_pydatetime().replace(tzinfo=None) == dt.datetime(2026, 1, 13, 14, 41)
    assert list(row["authors"]) == ["Nam Long"]


def test_missing_input_folder_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")]) == 2
    assert "no such file or folder" in capsys.readouterr().err


# Real page text: https://amp.cand.com.vn/Cong-an/canh-sat-nhan-dan-viet-nam-muu-tri-dung-cam-vi-nuoc-vi-dan-quen-than-phuc-vu-i660692
CAND_TEXT = ("11:10 18/07/2022\n\nNhân kỷ niệm 60 năm Ngày truyền thống lực lượng CSND (20/7/1962 - 20/7/2022), "
             "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bộ trưởng Bộ Công an đã trả lời phỏng vấn Báo CAND.")


def test_out_of_range_published_keeps_the_run_and_the_article(tmp_path: Path) -> None:
    """Issue 10: `99999-01-01` and a huge negative epoch crashed the run with OverflowError."""
    src = tmp_path / "r.jsonl"
    records = [{"id": "far", "published": "99999-01-01", "text": CAND_TEXT},
               {"id": "neg", "published": -10**20, "text": SENTENCE_SOC_TRANG},
               {"id": "ok", "published": "15/03/2025 08:30", "text": "Chiều 30/4, UBND tỉnh Hà Nam họp."}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    summary = run_pipeline([src], tmp_path / "out", load_settings())
    assert summary.n_new == 3
    articles = pd.read_parquet(tmp_path / "out" / "articles").set_index("source")
    assert articles.loc["far", "published"].to_pydatetime().replace(tzinfo=None) == dt.datetime(2022, 7, 18, 11, 10)
    assert pd.isna(articles.loc["neg", "published"])
    assert articles.loc["ok", "published"].to_pydatetime().replace(tzinfo=None) == dt.datetime(2025, 3, 15, 8, 30)
    rejects = pd.read_parquet(tmp_path / "out" / "rejects")
    assert sorted(zip(rejects["source"], rejects["reason"])) == [("far", "bad_field"), ("neg", "bad_field")]
    assert all(d.startswith("published: ") for d in rejects["detail"])


def test_a_run_process_does_not_import_pandas_yet_reads_back_with_it(tmp_path: Path) -> None:
    """`vnie run` hides pandas from pyarrow's first conversion (its import is a fifth of a
    short run's start-up); the tables are the same, and pyarrow still hands them to pandas."""
    import subprocess
    import sys

    script = f"""
import sys
from vnie.cli import main
code = main(["run", {str(SEEDS)!r}, "--out", {str(tmp_path / "out")!r}, "-q"])
assert code == 0, code
assert "pandas" not in sys.modules, "pandas imported by the run"
import pyarrow.parquet as pq
frame = pq.read_table({str(tmp_path / "out" / "articles")!r}).to_pandas()
print(len(frame), type(frame).__name__)
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    n, kind = done.stdout.split()
    assert kind == "DataFrame" and int(n) == len(pd.read_parquet(tmp_path / "out" / "articles")) > 0
