"""Issue 10: HTML pages. Real pages are read from $VNIE_HTML_DIR or ../shared/html
(they come from public repositories and stay out of git); those tests skip when
the pages are absent. corpus/html/pages.tsv says where each page comes from."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from vnie.evaluation.pages import TRUTH, html_dir, load_truth, score_page
from vnie.run.pages import PageError, _authors, _when, check_complexity
from vnie.run.read import read_inputs
from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline

# A real sentence (corpus/articles/002_3c0f1b4e4c4086f6.txt).
SENTENCE = "Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị biểu dương các mô hình."
# The two hostile inputs of issue 12 (15-18 s each before the guard).
NESTED_DIVS = "<html><body>" + "<div>" * 100_000 + f"<p>{SENTENCE}</p>" + "</div>" * 100_000 + "</body></html>"
UNCLOSED_LI = "<html><body><ul>" + "<li>x" * 100_000 + f"<p>{SENTENCE}</p></ul></body></html>"


@pytest.mark.parametrize("html", [NESTED_DIVS, UNCLOSED_LI], ids=["nested_divs", "unclosed_li"])
def test_pathological_markup_is_refused_before_parsing(html: str) -> None:
    with pytest.raises(PageError) as caught:
        check_complexity(html)
    assert caught.value.reason == "too_complex"


def test_pathological_page_is_a_reject_and_the_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "deep.html").write_text(NESTED_DIVS, encoding="utf-8")
    (tmp_path / "in" / "li.html").write_text(UNCLOSED_LI, encoding="utf-8")
    (tmp_path / "in" / "ok.txt").write_text(SENTENCE, encoding="utf-8")
    items = list(read_inputs([tmp_path / "in"], 10_000_000, 1_000_000))
    assert [(i.source, getattr(i, "reason", "article")) for i in items] == [
        ("deep.html", "too_complex"), ("li.html", "too_complex"), ("ok.txt", "article")]
    assert run_pipeline([tmp_path / "in"], tmp_path / "out", load_settings()).n_new == 1


# Metadata values as real pages state them; each from the page at the URL beside it.
# fmt: off
META_DATES = [
    # <meta name="pubdate"> of https://vnexpress.net/co-thu-do-giua-duong-trung-tam-tp-hcm-un-tac-tu-phia-5129280.html
    ("2026-10-07 07:49 + 07:00", dt.datetime(2026, 10, 7, 7, 49, tzinfo=dt.timezone(dt.timedelta(hours=7)))),
    # its JSON-LD datePublished
    ("2026-10-07T07:49:01+07:00", dt.datetime(2026, 10, 7, 7, 49, 1, tzinfo=dt.timezone(dt.timedelta(hours=7)))),
    # <time datetime> of a dantri.com.vn article page (author-time)
    ("2023-07-15 19:02", dt.datetime(2023, 7, 15, 19, 2)),
]
# fmt: on


@pytest.mark.parametrize("value,expected", META_DATES, ids=[v for v, _ in META_DATES])
def test_page_dates(value: str, expected: dt.datetime) -> None:
    assert _when(value) == expected


def test_the_outlet_is_no_author() -> None:
    # JSON-LD author and meta author of the vnexpress page above: the outlet, not a reporter.
    assert _authors({"@type": "Organization", "name": "VnExpress"}, "Báo VnExpress") == ()
    assert _authors("VnExpress", "Tin nhanh VnExpress") == ()
    # A dantri author block names a person.
    assert _authors({"@type": "Person", "name": "Đức Hoàng"}, "Báo Dân trí") == ("Đức Hoàng",)


def _dev_pages() -> list[dict]:
    return load_truth(TRUTH) if TRUTH.exists() else []


@pytest.mark.parametrize("truth", _dev_pages(), ids=lambda t: t["file"])
def test_dev_page(truth: dict) -> None:
    folder = html_dir()
    if not (folder / truth["file"]).exists():
        pytest.skip(f"dev page {truth['file']} not under {folder} (set VNIE_HTML_DIR)")
    ours, _ = score_page(truth, folder)
    assert not ours.whole_article_lost
    assert (ours.title, ours.published, ours.authors) == (True, True, True)
