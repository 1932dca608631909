"""Shared fixtures: the bundled corpus, the bench corpus (skipped when absent), `--slow`."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "corpus" / "articles"
SAMPLES = ROOT / "corpus" / "samples"
BENCH = ROOT.parent / "shared" / "bench" / "news-real.jsonl.gz"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", help="also run slow tests on the bench corpus")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five seed articles, raw, by file name."""
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}


@pytest.fixture(scope="session")
def bench_path() -> Path:
    """The bench corpus; tests using it skip when ../shared/bench is absent."""
    if not BENCH.exists():
        pytest.skip(f"bench corpus not found at {BENCH}")
    return BENCH


@pytest.fixture(scope="session")
def bench_records(bench_path: Path) -> list[dict]:
    """The first 300 bench records (enough for robustness tests, quick to load)."""
    records = []
    with gzip.open(bench_path, "rt", encoding="utf-8") as handle:
        for line in handle:
            records.append(json.loads(line))
            if len(records) == 300:
                break
    return records


@pytest.fixture(scope="session")
def bench_text(bench_path: Path):
    """`bench_text(article_id)`: the text of one bench article; the test skips when it is absent."""
    with gzip.open(bench_path, "rt", encoding="utf-8") as handle:
        texts = {record["id"]: record["text"] for record in map(json.loads, handle)}

    def text_of(article_id: str) -> str:
        if article_id not in texts:
            pytest.skip(f"{article_id} not in the bench")
        return texts[article_id]

    return text_of
