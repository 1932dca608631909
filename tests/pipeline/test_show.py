"""`vnie show`: finding the article, its spans, the terminal and HTML renderings."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from vnie.cli import main
from vnie.views.show import SPAN_TYPES, counts, describe, load_article, render_html, render_terminal, segments
from tests.pipeline.sample_outputs import SOURCE_1, SOURCE_2


def test_span_types_cover_every_span_table() -> None:
    from vnie.run.tables import SCHEMAS

    span_tables = {name for name, schema in SCHEMAS.items() if {"start", "end", "article_id"} <= set(schema.names)}
    assert {t.table for t in SPAN_TYPES} == span_tables


@pytest.mark.parametrize("key", [SOURCE_1, "a1soctrang"], ids=["source", "article_id"])
def test_load_by_source_or_article_id(out: Path, key: str) -> None:
    article = load_article(out, key)
    assert article is not None and article.source == SOURCE_1


def test_load_by_file_name_under_a_folder(tmp_path: Path) -> None:
    from tests.pipeline.sample_outputs import _write_run  # the same writer, one article in a sub-folder
    from vnie.extractors.base import NormalisedDoc

    doc = NormalisedDoc("sub1", "Sáng 8/8 tại Hà Nội.")
    _write_run(tmp_path, "20261103T000000Z-cccccc", [(doc, "nam/x_1.txt", None, [])], [],
               dt.datetime(2026, 11, 3, tzinfo=dt.timezone.utc))
    assert load_article(tmp_path, "x_1.txt").source == "nam/x_1.txt"
    assert load_article(tmp_path, "x11.txt") is None  # `_` is not a LIKE wildcard here


def test_unknown_source(out: Path) -> None:
    assert load_article(out, "nope.txt") is None


def test_spans_of_an_article(out: Path) -> None:
    article = load_article(out, SOURCE_1)
    assert counts(article) == {"dates": 2, "officials": 2, "provinces": 3, "regions": 2, "localities": 0,
                               "models": 1, "numbers": 1, "quotes": 1,
                               "positions": 0}
    for span in article.spans:
        assert article.text[span.start:span.end] == span.text
    assert [s.start for s in article.spans] == sorted(s.start for s in article.spans)


# fmt: off
DESCRIBED = [
    ("dates", {"value": "2018/2024", "kind": "mention"}, "2018/2024 (mention)"),
    ("officials", {"name": "Lê Quốc Hùng", "rank": "Trung tướng", "titles": ["Thứ trưởng Bộ Công an"]},
     "Trung tướng Lê Quốc Hùng: Thứ trưởng Bộ Công an"),
    ("officials", {"name": "Tô Lâm", "rank": None, "titles": []}, "Tô Lâm"),
    ("provinces", {"province": "Sóc Trăng", "province_2025": "Cần Thơ"}, "Sóc Trăng → Cần Thơ (2025)"),
    ("provinces", {"province": "Hà Nội", "province_2025": "Hà Nội"}, "Hà Nội"),
    ("localities", {"name": "Đống Đa", "level": "district", "province": "Hà Nội"}, "district Đống Đa, Hà Nội"),
    ("numbers", {"value": 181000.0, "unit": "nguồn tin", "qualifier": "hơn"}, "hơn 181000 nguồn tin"),
    ("models", {"name": "Camera an ninh", "province": None}, "Camera an ninh"),
    ("quotes", {"kind": "speech", "speaker": "lê quốc hùng"}, "speech, lê quốc hùng"),
]
# fmt: on


@pytest.mark.parametrize(("table", "row", "text"), DESCRIBED, ids=[f"{t}-{x}" for t, _, x in DESCRIBED])
def test_describe(table: str, row: dict, text: str) -> None:
    assert describe(table, row) == text


def test_segments_cover_the_text_and_nest(out: Path) -> None:
    article = load_article(out, SOURCE_1)
    pieces = segments(article)
    assert "".join(p["text"] for p in pieces) == article.text
    quoted = [p for p in pieces if p["quoted"]]
    assert [(p["text"], p["type"]) for p in quoted] == [('"Camera an ninh"', "models")]
    assert "model: Camera an ninh (Sóc Trăng)" in quoted[0]["title"]


def test_terminal_rendering_colours_spans_and_has_a_legend(out: Path) -> None:
    from rich.console import Console

    buffer = io.StringIO()
    render_terminal(load_article(out, SOURCE_1), Console(file=buffer, width=100))
    plain = buffer.getvalue()
    assert "legend:" in plain and "province 3" in plain and "[thí điểm]" in plain
    assert "Sóc Trăng → Cần Thơ (2025)" in plain
    assert "\x1b[" not in plain

    buffer = io.StringIO()
    render_terminal(load_article(out, SOURCE_1), Console(file=buffer, width=100, force_terminal=True,
                                                         color_system="standard"))
    coloured = buffer.getvalue()
    assert "\x1b[1;32mSóc Trăng" in coloured  # bold green: a province
    assert "\x1b[1;36mNgày 15/8" in coloured  # bold cyan: a date


def test_html_page_marks_and_escapes(out: Path) -> None:
    page = render_html(load_article(out, SOURCE_1))
    assert '<mark class="t-provinces"' in page and ">tỉnh Sóc Trăng</mark>" in page
    assert '<mark class="t-models t-quotes"' in page
    assert "&#34;Camera an ninh&#34;" in page  # quotes escaped, not raw markup
    for kind in SPAN_TYPES:
        assert f'<span class="t-{kind.table}">{kind.label} ' in page


def test_cli_terminal(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", SOURCE_2, "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "33 trường hợp" in printed and "Trung tướng Lê Quốc Hùng" in printed


def test_cli_html(out: Path, tmp_path: Path) -> None:
    page = tmp_path / "show" / "page.html"
    assert main(["show", SOURCE_2, "--out", str(out), "--html", str(page)]) == 0
    assert "<mark" in page.read_text(encoding="utf-8")


def test_cli_unknown_source_suggests(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["show", "002_3c0f1b4e4c4086f", "--out", str(out)]) == 1
    assert SOURCE_1 in capsys.readouterr().err
