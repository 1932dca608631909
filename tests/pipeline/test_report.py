"""`vnie report`: the page's numbers, its charts, empty folders, and a headless screenshot."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from vnie.cli import main
from vnie.views.report import CAREERS_N, bar_chart_svg, gather, official_careers, render_report
from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline
from vnie.run.write import RunWriter
from tests.conftest import SAMPLES, SEEDS

CHROMIUM = Path("/usr/bin/chromium")
# Generous: a cold headless start in a container takes a few seconds.
SCREENSHOT_TIMEOUT_S = 90


@pytest.fixture(scope="module")
def empty_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder after one run that found nothing: every table has an empty part."""
    out = tmp_path_factory.mktemp("empty")
    RunWriter(out, "20261101T000000Z-eeeeee").commit()
    return out


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real run over the bundled seeds and samples (about 2 s)."""
    out = tmp_path_factory.mktemp("corpus") / "out"
    run_pipeline([SEEDS, SAMPLES], out, load_settings(None))
    return out


def _rows(table: str) -> list[list[str]]:
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)]
            for row in re.findall(r"<tr>(.*?)</tr>", table, re.S)]


def _row(page: str, table_id: str, first_cell: str) -> list[str]:
    """The cells of the row starting with `first_cell` in the table with id `table_id`."""
    table = re.search(rf'<table id="{table_id}">(.*?)</table>', page, re.S).group(1)
    for cells in _rows(table):
        if cells and cells[0] == first_cell:
            return cells
    raise AssertionError(f"no row {first_cell!r} in #{table_id}")


def test_gather(out: Path) -> None:
    data = gather(out)
    assert {c.table: c.rows for c in data["counts"]}["provinces"] == 4
    assert [(o["name"], o["rank"], o["articles"], o["mentions"]) for o in data["officials"]] == [
        ("Lê Quốc Hùng", "Trung tướng", 2, 2), ("Lâm Văn Mẫn", None, 1, 1)]
    assert [(r["province_2025"], r["facts"]) for r in data["numbers_by_province"]] == [("Cần Thơ", 1), ("Hà Nội", 1)]
    assert [(r["province"], r["models"]) for r in data["models_by_province"]] == [("Sóc Trăng", 1)]
    assert {r["reason"]: r["n"] for r in data["reject_reasons"]} == {"empty": 1, "bad_json": 1}
    assert data["runs"][0]["run_id"] == "20261102T000000Z-bbbbbb"  # newest first


def test_page_has_counts_tables_and_charts(out: Path) -> None:
    page = render_report(out)
    assert _row(page, "counts", "provinces") == ["provinces", "4", "2", "2"]
    assert _row(page, "counts", "articles") == ["articles", "2", "", "2"]
    assert _row(page, "officials", "Lê Quốc Hùng")[:4] == ["Lê Quốc Hùng", "Trung tướng", "2", "2"]
    assert _row(page, "numbers", "Cần Thơ") == ["Cần Thơ", "1", "1"]
    assert _row(page, "models", "Sóc Trăng")[:2] == ["Sóc Trăng", "1"]
    assert _row(page, "rejects", "news.jsonl:7")[1] == "bad_json"
    assert page.count("<svg") == 2 and "<?xml" not in page
    assert "No officials across articles yet." in page  # the sample tables predate persons


def test_empty_folder_still_makes_a_page(empty_out: Path) -> None:
    page = render_report(empty_out)
    assert _row(page, "counts", "officials") == ["officials", "0", "0", "1"]
    assert "No officials extracted yet." in page and "No rejects." in page
    assert "No officials across articles yet." in page
    assert page.count("<svg") == 2


def test_charts_are_deterministic() -> None:
    first = bar_chart_svg(["Hà Nội", "Cần Thơ"], [3, 1], "t", "x", "none")
    assert first == bar_chart_svg(["Hà Nội", "Cần Thơ"], [3, 1], "t", "x", "none")
    assert first.startswith("<svg")


def test_cli_writes_the_page(out: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--out", str(out)]) == 0
    assert (out / "report.html").read_text(encoding="utf-8").startswith("<!doctype html>")
    page = tmp_path / "nightly" / "r.html"
    assert main(["report", "--out", str(out), "--html", str(page)]) == 0
    assert "<svg" in page.read_text(encoding="utf-8")
    assert str(page) in capsys.readouterr().out


def test_cli_missing_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["report", "--out", str(tmp_path / "nothing")]) == 2
    assert "vnie run" in capsys.readouterr().err


@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs /usr/bin/chromium for a headless screenshot")
def test_headless_screenshot(out: Path, tmp_path: Path) -> None:
    page = tmp_path / "report.html"
    page.write_text(render_report(out), encoding="utf-8")
    png = tmp_path / "report.png"
    subprocess.run(
        [str(CHROMIUM), "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}",
         "--window-size=1280,1600", f"--screenshot={png}", page.as_uri()],
        check=True, capture_output=True, timeout=SCREENSHOT_TIMEOUT_S,
    )
    data = png.read_bytes()
    assert data.startswith(b"\x89PNG\r\n\x1a\n") and len(data) > 10_000


# --- careers of the top officials, from a real run -------------------------------------------


def test_careers_of_the_top_officials(corpus_out: Path) -> None:
    careers = official_careers(corpus_out)
    assert len(careers) == CAREERS_N
    # "Thủ tướng Chính phủ Phạm Minh Chính" in the samples; blind-s16-d-032 (dateline "Ngày đăng: 06/04/2021" glued to
    # its lead, the day after his election) is the first dated article naming him so.
    chinh = careers[0]
    assert (chinh["name"], chinh["current_role"]) == ("Phạm Minh Chính", "Thủ tướng")
    posts = {(p["role"], p["organisation"]): p for p in chinh["posts"]}
    assert posts[("Thủ tướng", "Chính phủ")]["first"] == "2021-04-06"
    # "Ủy viên Bộ Chính trị, Bí thư Trung ương Đảng, Trưởng ban Tổ chức Trung ương Phạm Minh Chính" in blind-s28-e-006,
    # whose dateline "21:42' - 27/04/2018" is read since 858ef37 (before it, blind-s6-c-004, a May 2020 page, was first)
    assert posts[("Ủy viên", "Bộ Chính trị")]["first"] == "2018-04-27"
    assert all(c["chart"].startswith("<svg") for c in careers)


def test_page_shows_the_careers_as_timelines(corpus_out: Path) -> None:
    page = render_report(corpus_out)
    careers = re.findall(r'<div class="career" id="career-(p-[0-9a-f]+)">(.*?)</table>', page, re.S)
    assert len(careers) == CAREERS_N
    _, chinh = careers[0]
    assert "<h3>Phạm Minh Chính · Thủ tướng Chính phủ</h3>" in chinh  # his latest bare "Thủ tướng" names its body
    assert chinh.count("<svg") == 1
    assert ["Thủ tướng", "Chính phủ", "2021-04-06"] in [r[:3] for r in _rows(chinh)]
    assert page.count("<svg") == 2 + CAREERS_N
