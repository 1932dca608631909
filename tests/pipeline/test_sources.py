"""Issue 10: source identity in nightly folders, re-crawled versions, the outlet of each article."""

from __future__ import annotations

import json
from pathlib import Path

import pandas as pd
import pytest

from vnie.cli import main
from vnie.run.read import list_inputs
from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline
from vnie.views.query import connect
from vnie.views.show import load_article

# Real sentences: corpus/articles/002_3c0f1b4e4c4086f6.txt and the cand.com.vn page
# https://amp.cand.com.vn/Cong-an/canh-sat-nhan-dan-viet-nam-muu-tri-dung-cam-vi-nuoc-vi-dan-quen-than-phuc-vu-i660692
DAY1 = "Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị biểu dương các mô hình."
DAY2 = ("Nhân kỷ niệm 60 năm Ngày truyền thống lực lượng CSND (20/7/1962 - 20/7/2022), Đại tướng Tô Lâm "
        "đã trả lời phỏng vấn Báo CAND.")


@pytest.fixture()
def nightly(tmp_path: Path) -> Path:
    for day, text in (("day1", DAY1), ("day2", DAY2)):
        (tmp_path / "nightly" / day).mkdir(parents=True)
        (tmp_path / "nightly" / day / "article.txt").write_text(text, encoding="utf-8")
    return tmp_path / "nightly"


def test_same_file_name_in_two_folders_gives_two_sources(nightly: Path) -> None:
    assert [s for _, s in list_inputs([nightly])] == ["day1/article.txt", "day2/article.txt"]
    assert [s for _, s in list_inputs([nightly / "day1", nightly / "day2"])] == ["day1/article.txt", "day2/article.txt"]
    files = [nightly / "day1" / "article.txt", nightly / "day2" / "article.txt"]
    assert [s for _, s in list_inputs(files)] == ["day1/article.txt", "day2/article.txt"]
    assert [s for _, s in list_inputs([nightly / "day1"])] == ["article.txt"]


def test_show_finds_an_article_by_each_of_its_names(nightly: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_pipeline([nightly], out, load_settings())
    articles = pd.read_parquet(out / "articles").set_index("source")
    day2_id = articles.loc["day2/article.txt", "article_id"]
    for key in ("day2/article.txt", str(nightly / "day2" / "article.txt"), "nightly/day2/article.txt",
                day2_id, day2_id[:6]):
        found = load_article(out, key)
        assert found is not None and found.text == DAY2, key
    assert load_article(out, "article.txt") is None  # two articles have that name: none is guessed


def test_show_cli_by_path_given_to_run(nightly: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    assert main(["run", str(nightly / "day1"), str(nightly / "day2"), "--out", str(out)]) == 0
    capsys.readouterr()
    assert main(["show", str(nightly / "day1" / "article.txt"), "--out", str(out)]) == 0
    assert "Sóc Trăng" in capsys.readouterr().out


def _records(path: Path, records: list[dict]) -> Path:
    path.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return path


def test_recrawled_article_is_a_new_version(tmp_path: Path) -> None:
    url = "https://amp.cand.com.vn/Cong-an/canh-sat-nhan-dan-viet-nam-muu-tri-dung-cam-vi-nuoc-vi-dan-quen-than-phuc-vu-i660692"
    out = tmp_path / "out"
    run_pipeline([_records(tmp_path / "a.jsonl", [{"id": "c1", "url": url, "text": DAY2},
                                                  {"id": "s1", "text": DAY1}])], out, load_settings())
    edited = DAY2 + " Báo CAND trân trọng giới thiệu cùng bạn đọc!"
    run_pipeline([_records(tmp_path / "b.jsonl", [{"id": "c1-again", "url": url, "text": edited},
                                                  {"id": "s1", "text": DAY1 + " (cập nhật)"},
                                                  {"id": "s1", "text": DAY1}])], out, load_settings())
    articles = pd.read_parquet(out / "articles")
    by_text = articles.set_index("text")
    first, second = by_text.loc[DAY2], by_text.loc[edited]
    assert (first["version"], second["version"], second["supersedes"]) == (1, 2, first["article_id"])
    assert by_text.loc[DAY1 + " (cập nhật)", "version"] == 2  # same record id, no url
    assert second["site"] == "cand.com.vn"
    con = connect(out)
    assert con.execute("SELECT count(*) FROM articles").fetchall() == [(4,)]
    assert sorted(r[0] for r in con.execute("SELECT text FROM articles_latest").fetchall()) == sorted(
        [edited, DAY1 + " (cập nhật)"])


def test_refetched_text_file_is_a_new_version(nightly: Path, tmp_path: Path) -> None:
    # A plain file has no url or record id: its path from the input root is what it is.
    out = tmp_path / "out"
    run_pipeline([nightly], out, load_settings())
    (nightly / "day1" / "article.txt").write_text(DAY1 + " (cập nhật)", encoding="utf-8")
    run_pipeline([nightly], out, load_settings())
    run_pipeline([nightly], out, load_settings())  # unchanged: nothing new
    articles = pd.read_parquet(out / "articles").set_index("text")
    assert len(articles) == 3
    assert articles.loc[DAY1 + " (cập nhật)", "version"] == 2
    assert articles.loc[DAY1 + " (cập nhật)", "supersedes"] == articles.loc[DAY1, "article_id"]
    assert articles.loc[DAY2, "version"] == 1  # the same file name in another folder is another article
    con = connect(out)
    assert con.execute("SELECT count(*) FROM articles_latest").fetchall() == [(2,)]


def test_query_command_offers_the_latest_view(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    run_pipeline([_records(tmp_path / "a.jsonl", [{"id": "s1", "site": "Sóc Trăng", "text": DAY1}])], out,
                 load_settings())
    capsys.readouterr()
    assert main(["query", "SELECT site, version FROM articles_latest", "--out", str(out), "--csv"]) == 0
    assert capsys.readouterr().out.splitlines()[1] == "Sóc Trăng,1"
