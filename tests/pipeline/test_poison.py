"""Poisoned inputs (issue 6): an article that makes a stage raise, or a huge
line, becomes a `rejects` row naming the stage and error, and the rest of the
run lands; no pattern backtracks catastrophically on an adversarial line."""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pandas as pd
import pytest

from vnie.extractors.registry import STAGES, StageError
from vnie.cli import main
from vnie.run.stages import run_pipeline
from vnie.run.settings import load_settings
from tests.conftest import ROOT

POISON = "THUỐC_ĐỘC"
GOOD = [
    "Sáng 8/8, tại TP Buôn Ma Thuột, tỉnh Đắk Lắk, Bộ Công an tổ chức Hội nghị.",
    "Ngày 15/8, UBND tỉnh Sóc Trăng họp bàn về mô hình \"Camera an ninh\".",
]
# Seconds allowed for normalise + every extractor on the 1 MB adversarial line;
# generous on purpose (a few seconds are expected): the test catches
# catastrophic backtracking, which takes hours, not a slow machine.
ADVERSARIAL_TIMEOUT = 60


def _poison_stage(monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    """Make `stage` raise on any article containing POISON."""
    module = importlib.import_module(next(s.module for s in STAGES if s.name == stage))
    real_build = module.build

    def build():
        extract = real_build()

        def poisoned(doc, found):
            if POISON in doc.text:
                raise ValueError("poisoned article")
            return extract(doc, found)

        return poisoned

    monkeypatch.setattr(module, "build", build)


def _inputs(folder: Path) -> Path:
    folder.mkdir()
    for i, text in enumerate(GOOD):
        (folder / f"good{i}.txt").write_text(text, encoding="utf-8")
    (folder / "bad.txt").write_text(f"Hà Nội {POISON} 8/8.", encoding="utf-8")
    return folder


@pytest.mark.parametrize("stage", [s.name for s in STAGES])
def test_a_stage_that_raises_becomes_a_reject_and_the_rest_lands(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stage: str) -> None:
    _poison_stage(monkeypatch, stage)
    summary = run_pipeline([_inputs(tmp_path / "in")], tmp_path / "out", load_settings())
    assert (summary.n_new, summary.n_rejected, summary.n_failed) == (2, 1, 1)
    rejects = pd.read_parquet(tmp_path / "out" / "rejects")
    row = rejects.iloc[0]
    assert (row["source"], row["reason"], row["stage"]) == ("bad.txt", "extractor_error", stage)
    assert "ValueError: poisoned article" in row["detail"]
    assert len(pd.read_parquet(tmp_path / "out" / "articles")) == 2


def test_a_failing_article_is_retried_by_the_next_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    inputs = _inputs(tmp_path / "in")
    with monkeypatch.context() as patch:
        _poison_stage(patch, "dates")
        run_pipeline([inputs], tmp_path / "out", load_settings())
    summary = run_pipeline([inputs], tmp_path / "out", load_settings())
    assert (summary.n_new, summary.n_skipped, summary.n_failed) == (1, 2, 0)


def test_poison_in_a_worker_process_is_recorded_too(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _poison_stage(monkeypatch, "numbers")
    summary = run_pipeline([_inputs(tmp_path / "in")], tmp_path / "out", load_settings(workers=2, batch_size=1))
    assert (summary.n_new, summary.n_failed) == (2, 1)
    assert list(pd.read_parquet(tmp_path / "out" / "rejects")["stage"]) == ["numbers"]


def test_strict_raises_the_stage_error_even_from_a_worker(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _poison_stage(monkeypatch, "dates")
    with pytest.raises(StageError, match="stage 'dates' failed"):
        run_pipeline([_inputs(tmp_path / "in")], tmp_path / "out", load_settings(workers=2), strict=True)
    assert not (tmp_path / "out" / "articles").exists()  # nothing published


def test_cli_exits_3_when_an_article_failed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                             capsys: pytest.CaptureFixture[str]) -> None:
    _poison_stage(monkeypatch, "officials")
    assert main(["run", str(_inputs(tmp_path / "in")), "--out", str(tmp_path / "out"), "--no-progress"]) == 3
    assert "1 article(s) hit extractor errors" in capsys.readouterr().err


def test_a_5mb_single_line_is_rejected_and_the_rest_lands(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    line = ("Nguyễn Văn A, 1.234.567 đồng, ngày 8/8/2024 " * 120_000)[:5_000_000]
    (inputs / "huge.txt").write_text(line, encoding="utf-8")
    records = [{"id": "huge", "text": line}, {"id": "ok", "text": GOOD[0]}]
    (inputs / "feed.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records),
                                       encoding="utf-8")
    (inputs / "good.txt").write_text(GOOD[1], encoding="utf-8")
    summary = run_pipeline([inputs], tmp_path / "out", load_settings())
    assert (summary.n_new, summary.n_rejected) == (2, 2)
    rejects = pd.read_parquet(tmp_path / "out" / "rejects").set_index("source")
    assert set(rejects["reason"].astype(str)) == {"too_large"}
    assert set(rejects.index) == {"huge.txt", "huge"}


ADVERSARIAL = textwrap.dedent("""
    import random, sys, time
    from vnie.extractors.base import NormalisedDoc
    from vnie.extractors.normalise import article_id, normalise_text
    from vnie.extractors.registry import Extraction

    rng = random.Random(6)
    pieces = ["1", "12", "2024", ".", "..", ",", "/", "-", '"', "“", "”", "'", " ", "  ",
              "Nguyễn", "Văn", "Hà", "Nội", "Ủy", "Ban", "Nhân", "Dân", "TP", "Q.", "Thứ", "Trưởng",
              "A", "B", "Đ", "(", ")", "%", "tỷ", "triệu", "ngày", "tháng", "năm"]
    # Regular shapes first (long runs of one kind), then a random mix.
    shapes = ["1." * 50_000, "Nguyễn Văn " * 10_000, '"' * 50_000, "12/" * 30_000,
              "Ủy Ban Nhân Dân " * 6_000, "1 " * 50_000, "A. " * 30_000, '"Nguyễn ' * 12_000]
    text = "".join(shapes)
    while len(text) < 1_000_000:
        text += "".join(rng.choice(pieces) for _ in range(1000))
    text = text[:1_000_000]
    extraction = Extraction()
    clock = time.perf_counter()
    norm = normalise_text(text)
    found = extraction(NormalisedDoc(article_id(norm), norm, None))
    print(len(norm), sum(map(len, found.values())), round(time.perf_counter() - clock, 2))
""")


def test_a_1mb_adversarial_line_finishes(tmp_path: Path) -> None:
    proc = subprocess.run([sys.executable, "-c", ADVERSARIAL], cwd=ROOT, capture_output=True, text=True,
                          timeout=ADVERSARIAL_TIMEOUT)
    assert proc.returncode == 0, proc.stderr[-2000:]
    n_chars, _, _ = proc.stdout.split()
    assert int(n_chars) > 900_000


def test_a_value_that_does_not_fit_its_column_is_a_rows_reject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnie.extractors.base import Mention, NumberValue

    module = importlib.import_module(next(s.module for s in STAGES if s.name == "numbers"))

    def build():
        def extract(doc, found):
            if POISON not in doc.text:
                return []
            return [Mention.at(doc, 0, 2, "numbers.bad", NumberValue("not a float", None, None))]

        return extract

    monkeypatch.setattr(module, "build", build)
    summary = run_pipeline([_inputs(tmp_path / "in")], tmp_path / "out", load_settings())
    assert (summary.n_new, summary.n_failed) == (2, 1)
    row = pd.read_parquet(tmp_path / "out" / "rejects").iloc[0]
    assert (row["source"], row["stage"]) == ("bad.txt", "rows")
    assert "do not fit the tables" in row["detail"]
    assert pd.read_parquet(tmp_path / "out" / "numbers").empty


def test_a_mention_of_an_unknown_value_type_is_a_rows_reject(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vnie.extractors.base import Mention

    module = importlib.import_module(next(s.module for s in STAGES if s.name == "dates"))
    monkeypatch.setattr(module, "build", lambda: lambda doc, found: (
        [Mention.at(doc, 0, 2, "dates.bad", object())] if POISON in doc.text else []))
    summary = run_pipeline([_inputs(tmp_path / "in")], tmp_path / "out", load_settings())
    assert (summary.n_new, summary.n_failed) == (2, 1)
    assert list(pd.read_parquet(tmp_path / "out" / "rejects")["stage"]) == ["rows"]
