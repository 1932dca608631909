"""scripts/audit.py: rows drawn from a real run carry their sentence; judgements score per table.
scripts/errors.py: a run's differences from the gold, line by line, as `vnie eval` counts them."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline

ROOT = Path(__file__).resolve().parents[1]


def _script(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


audit = _script("audit")
errors_script = _script("errors")


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


def test_drawn_persons_carry_the_passages_naming_them(seed_run: Path) -> None:
    lines = list(audit.draw_persons(seed_run, n=40, seed=1))
    names = {line["text"] for line in lines}
    assert "Lê Quốc Hùng" in names  # the first seed article's Trung tướng, Thứ trưởng Bộ Công an
    hung = next(line for line in lines if line["text"] == "Lê Quốc Hùng")
    assert hung["kind"] == "official" and hung["attrs"]["ranks"] == ["Trung tướng"]
    assert any("«Lê Quốc Hùng»" in passage for passage in hung["passages"])
    for line in lines:
        assert line["passages"] and all("«" in p for p in line["passages"])
    json.dumps(lines, ensure_ascii=False, default=str, allow_nan=False)


def test_score_counts_attributes_only_on_right_spans() -> None:
    judged = [{"table": "numbers", "span_ok": True, "attrs_ok": True},
              {"table": "numbers", "span_ok": True, "attrs_ok": False},
              {"table": "numbers", "span_ok": False, "attrs_ok": True},
              {"table": "dates", "span_ok": None, "attrs_ok": None}]
    assert audit.score(iter(judged)) == {"numbers": {"n": 3, "span_ok": 2, "all_ok": 1}}


def test_a_fact_left_out_of_the_gold_is_one_false_positive(seed_run: Path, tmp_path: Path) -> None:
    records = [json.loads(line) for line in open(ROOT / "corpus" / "gold" / "seeds.jsonl", encoding="utf-8")]
    first = records[0]
    dropped = first["numbers"].pop(0)
    gold = tmp_path / "seeds.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    found = errors_script.errors(seed_run, [gold])
    fp = [line for line in found["numbers"] if line.split("\t")[1] == "FP"]
    assert len(fp) == 1 and fp[0].startswith(first["source"] + "\tFP\t")
    assert str(dropped["value"]) in fp[0].split("\t")[2]


def test_errors_writes_one_file_per_type(seed_run: Path, tmp_path: Path) -> None:
    gold = ROOT / "corpus" / "gold" / "seeds.jsonl"
    assert errors_script.main([str(seed_run), str(tmp_path / "errs"), str(gold)]) == 0
    assert sorted(p.stem for p in (tmp_path / "errs").glob("*.txt")) == sorted(errors_script.FILES)
