"""`vnie run --dask local` writes the same tables as a local run (issue 6)."""

from __future__ import annotations

import gzip
from pathlib import Path

import pandas as pd
import pytest

from vnie.cli import main
from vnie.run.distributed import run_dask
from vnie.run.stages import run_pipeline
from vnie.run.settings import load_settings
from vnie.run.tables import SCHEMAS, PART_TABLES, WHOLE_TABLES

# Bench articles in the equality test: enough for several batches on each
# worker and every table to have rows, small enough to stay under ~30 s.
N_ARTICLES = 200
BATCH = 16


@pytest.fixture(scope="module")
def bench_sample(tmp_path_factory: pytest.TempPathFactory, bench_path: Path) -> Path:
    target = tmp_path_factory.mktemp("in") / "bench200.jsonl"
    with gzip.open(bench_path, "rb") as src, target.open("wb") as dst:
        for n, line in enumerate(src):
            if n == N_ARTICLES:
                break
            dst.write(line)
    return target


def _table(out: Path, table: str) -> pd.DataFrame:
    frame = pd.read_parquet(out / table)
    return frame.drop(columns=[c for c in ("run_id", "started_at", "finished_at") if c in frame])


def test_dask_local_writes_the_same_tables_as_a_local_run(tmp_path: Path, bench_sample: Path) -> None:
    settings = load_settings(batch_size=BATCH)
    local = run_pipeline([bench_sample], tmp_path / "local", settings)
    dask = run_dask([bench_sample], tmp_path / "dask", settings, address="local")
    assert (dask.n_inputs, dask.n_new, dask.n_rejected) == (local.n_inputs, local.n_new, local.n_rejected)
    assert local.n_new == N_ARTICLES
    mentions = sum(n for table, n in local.rows.items() if table not in ("articles", "runs", "rejects"))
    assert mentions > 0  # the comparison covers extracted rows, not only articles
    for table in SCHEMAS:
        pd.testing.assert_frame_equal(_table(tmp_path / "dask", table), _table(tmp_path / "local", table),
                                      obj=table)
    # One run, published atomically: one part per table, no staging left.
    for table in PART_TABLES:
        assert len(list((tmp_path / "dask" / table).glob("part-*.parquet"))) == 1, table
    for table in WHOLE_TABLES:
        assert [p.name for p in (tmp_path / "dask" / table).iterdir()] == [f"{table}.parquet"], table
    assert not (tmp_path / "dask" / "_staging").exists()


def test_cli_dask_local_is_incremental(tmp_path: Path, bench_sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    run_pipeline([bench_sample], out, load_settings())
    assert main(["run", str(bench_sample), "--out", str(out), "--dask", "local", "--no-progress"]) == 0
    assert f"0 new, {N_ARTICLES} skipped" in capsys.readouterr().out


def test_refused_scheduler_fails_at_once_with_a_clear_error(tmp_path: Path,
                                                            capsys: pytest.CaptureFixture[str]) -> None:
    import socket
    import time

    from tests.conftest import SEEDS

    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    clock = time.monotonic()
    assert main(["run", str(SEEDS), "--out", str(tmp_path / "out"), "--dask", f"tcp://127.0.0.1:{port}",
                 "--no-progress"]) == 5
    # Not Dask's 20 s connect timeout: a refused connection is known at once.
    assert time.monotonic() - clock < 10
    assert "cannot reach the Dask scheduler" in capsys.readouterr().err
    assert not (tmp_path / "out" / "articles").exists()


def test_dask_address_without_a_port_is_a_usage_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from tests.conftest import SEEDS

    assert main(["run", str(SEEDS), "--out", str(tmp_path / "out"), "--dask", "tcp://scheduler"]) == 2
    assert "give the scheduler as tcp://HOST:PORT" in capsys.readouterr().err
