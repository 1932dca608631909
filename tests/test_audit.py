"""scripts/audit.py: rows drawn from a real run carry their sentence; judgements score per table."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("audit", ROOT / "scripts" / "audit.py")
audit = importlib.util.module_from_spec(spec)
spec.loader.exec_module(audit)


@pytest.fixture(scope="module")
def seed_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("audit-out")
    run_pipeline([ROOT / "corpus" / "articles"], out, load_settings())
    return out


def test_drawn_rows_mark_their_span_in_the_sentence(seed_run: Path) -> None:
    lines = list(audit.draw(seed_run, n=5, seed=1))
    tables = {line["table"] for line in lines}
    assert {"dates", "officials", "provinces", "numbers"} <= tables
    for line in lines:
        assert "«" + line["text"] + "»" in line["context"]
        assert line["span_ok"] is None and "article_id" not in line["attrs"]
    json.dumps(lines, ensure_ascii=False, default=str, allow_nan=False)  # strict JSON: no NaN
    again = list(audit.draw(seed_run, n=5, seed=1))
    assert [x["context"] for x in again] == [x["context"] for x in lines]  # the seed fixes the draw


def test_score_counts_attributes_only_on_right_spans() -> None:
    judged = [{"table": "numbers", "span_ok": True, "attrs_ok": True},
              {"table": "numbers", "span_ok": True, "attrs_ok": False},
              {"table": "numbers", "span_ok": False, "attrs_ok": True},
              {"table": "dates", "span_ok": None, "attrs_ok": None}]
    assert audit.score(iter(judged)) == {"numbers": {"n": 3, "span_ok": 2, "all_ok": 1}}
