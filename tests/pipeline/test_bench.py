"""`vnie bench` runs and reports its keys (issue 6); a benchmark, so no timing asserts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from vnie.cli import main

KEYS = {"articles", "chars", "text_mb", "end_to_end_seconds", "articles_per_s", "chars_per_s", "mb_per_s",
        "startup_seconds", "peak_rss_mb", "stage_seconds", "stage_shares", "cpu_seconds", "workers"}


@pytest.mark.parametrize("workers", [1, 2])
def test_bench_on_20_articles_reports_every_key(tmp_path: Path, bench_path: Path, workers: int,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    report = tmp_path / "bench.json"
    assert main(["bench", "--input", str(bench_path), "--limit", "20", "--workers", str(workers),
                 "--json", str(report)]) == 0
    result = json.loads(report.read_text(encoding="utf-8"))["pipeline"]
    assert KEYS <= set(result)
    assert result["articles"] == 20 and result["workers"] == workers
    assert result["chars_per_s"] > 0 and 0 < result["startup_seconds"] < result["end_to_end_seconds"]
    stages = set(result["stage_shares"])
    assert {"read", "normalise", "rows", "write", "extract:dates", "extract:numbers"} <= stages
    assert sum(result["stage_shares"].values()) == pytest.approx(1.0, abs=0.01)
    printed = capsys.readouterr().out
    for label in ("articles/s", "chars/s", "MB/s", "start-up", "peak RSS", "stage shares"):
        assert label in printed


def test_bench_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    assert main(["bench", "--input", str(tmp_path / "nope.jsonl")]) == 2
