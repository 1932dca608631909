"""Crash safety and concurrency (issue 6): SIGKILL at any moment leaves a valid
folder that the next run completes; two runs on one folder never interleave."""

from __future__ import annotations

import importlib.util
import random
import subprocess
import sys
import threading
import time
from pathlib import Path

import pandas as pd
import pytest

from vnie.cli import main
from vnie.run.stages import run_pipeline
from vnie.run.settings import load_settings
from vnie.run.tables import PART_TABLES, TABLES, WHOLE_TABLES
from vnie.run.write import MARKER, STAGING, IdSet, LockedError, OutputLock, RunWriter, recover
from tests.conftest import ROOT, SEEDS

# Articles and kills of the quick version of scripts/kill_resume.py (the full
# one runs 2,000 articles for 10 rounds).
N_ARTICLES = 300
N_KILLS = 3


def _load_script():
    spec = importlib.util.spec_from_file_location("kill_resume", ROOT / "scripts" / "kill_resume.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def kill_resume():
    return _load_script()


def test_killed_runs_resume_without_loss_or_duplicates(tmp_path: Path, bench_path: Path, kill_resume) -> None:
    inputs = kill_resume.sample_input(bench_path, N_ARTICLES, tmp_path)
    clean_seconds, _ = kill_resume.run_to_completion(inputs, tmp_path / "clean", 1)
    expected = set(kill_resume.article_ids(tmp_path / "clean"))
    assert len(expected) == N_ARTICLES
    rows = kill_resume.table_rows(tmp_path / "clean")
    result = kill_resume.play_round(1, inputs, tmp_path, expected, rows, clean_seconds, N_KILLS, 2,
                                    random.Random(6))
    assert result.problems == [], result


def _staged_run(out: Path, run_id: str) -> RunWriter:
    writer = RunWriter(out, run_id)
    writer.add("rejects", [{"source": f"{run_id}.txt", "reason": "empty", "detail": "0 bytes", "run_id": run_id}])
    for table in TABLES:
        writer._flush(table)
    for w in writer._writers.values():
        w.close()
    return writer


def test_recover_rolls_a_committed_run_forward_and_drops_an_uncommitted_one(tmp_path: Path) -> None:
    committed = _staged_run(tmp_path, "20261122T000000Z-aaaaaa")
    (committed.run_dir / MARKER).write_text(committed.run_id)
    # Killed half-way through publishing: one part already moved.
    (tmp_path / "rejects").mkdir()
    part = f"part-{committed.run_id}.parquet"
    (committed.run_dir / "rejects" / part).rename(tmp_path / "rejects" / part)
    _staged_run(tmp_path, "20261122T000001Z-bbbbbb")  # killed before its marker
    assert recover(tmp_path) == [committed.run_id]
    for table in PART_TABLES:
        assert [p.name for p in (tmp_path / table).glob("part-*")] == [part.replace("rejects", table)], table
    for table in WHOLE_TABLES:
        assert [p.name for p in (tmp_path / table).iterdir()] == [f"{table}.parquet"], table
    assert list(pd.read_parquet(tmp_path / "rejects")["source"]) == [f"{committed.run_id}.txt"]
    assert not any((tmp_path / STAGING).iterdir())


def test_second_run_exits_4_with_a_clear_message_while_the_folder_is_locked(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with OutputLock(tmp_path / "out"):
        assert main(["run", str(SEEDS), "--out", str(tmp_path / "out"), "--no-progress"]) == 4
    err = capsys.readouterr().err
    assert "is being written by pid" in err and "--lock-timeout" in err
    assert not (tmp_path / "out" / "articles").exists()


def test_second_run_waits_for_the_lock_with_a_timeout(tmp_path: Path) -> None:
    out = tmp_path / "out"
    lock = OutputLock(out).__enter__()
    threading.Timer(1.0, lock.__exit__).start()
    clock = time.monotonic()
    summary = run_pipeline([SEEDS], out, load_settings(lock_timeout=30))
    assert time.monotonic() - clock >= 0.9
    assert summary.n_new == 5


def test_lock_timeout_expires(tmp_path: Path) -> None:
    with OutputLock(tmp_path), pytest.raises(LockedError, match="being written by"):
        OutputLock(tmp_path, timeout=0.5).__enter__()


def test_two_runs_at_once_never_interleave(tmp_path: Path) -> None:
    out = tmp_path / "out"
    cmd = [sys.executable, "-m", "vnie.cli", "run", str(SEEDS), "--out", str(out),
           "--lock-timeout", "60", "--no-progress"]
    procs = [subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE) for _ in range(2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    articles = pd.read_parquet(out / "articles")
    assert len(articles) == 5 and articles["article_id"].is_unique
    runs = pd.read_parquet(out / "runs")
    assert sorted(runs["n_new"]) == [0, 5] and sorted(runs["n_skipped"]) == [0, 5]
    # The run that added the articles published every table's part file; the
    # one with nothing new only its runs part (issue 12: no empty parts).
    for run_id, n_new in zip(runs["run_id"], runs["n_new"]):
        published = {t for t in PART_TABLES if (out / t / f"part-{run_id}.parquet").exists()}
        assert published == (set(PART_TABLES) if n_new else {"runs"}), (run_id, published)
    for table in WHOLE_TABLES:
        assert [p.name for p in (out / table).iterdir()] == [f"{table}.parquet"], table
    assert set(articles["run_id"]) == set(runs.loc[runs["n_new"] == 5, "run_id"])


def test_id_set_answers_like_a_set() -> None:
    ids = [f"{i * 2654435761 % 2**64:016x}" for i in range(1000)] + ["not-a-hash"]
    known = IdSet(ids[:500])
    known.MERGE_AT = 100  # exercise the merge into the sorted array
    known.update(ids[500:700])
    assert known.contains_many(ids) == [i < 700 for i in range(len(ids))]
    known.add("not-a-hash")
    assert "not-a-hash" in known and len(known) == 701


def test_writer_buffers_stay_bounded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import vnie.run.write as write

    monkeypatch.setattr(write, "BUFFER_BYTES", 4000)
    monkeypatch.setattr(write, "TOTAL_BUFFER_BYTES", 6000)
    writer = RunWriter(tmp_path, "20261122T000000Z-cccccc", row_group_rows=10_000)
    for i in range(200):
        writer.add("rejects", [{"source": f"s{i}", "reason": "empty", "detail": "x" * 50, "run_id": "r"}])
        writer.add("regions", [{"article_id": f"{i:016x}", "start": 0, "end": 1, "text": "x", "rule": "r",
                                "region": "Tây Nguyên"}])
        assert sum(writer._bytes.values()) < 6000 + 1000
    writer.commit()
    assert len(pd.read_parquet(tmp_path / "rejects")) == len(pd.read_parquet(tmp_path / "regions")) == 200
    rows = pd.read_parquet(tmp_path / "rejects")
    assert rows["source"].tolist() == [f"s{i}" for i in range(200)]  # the writing thread keeps the order


def test_a_write_failing_in_the_writing_thread_fails_the_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import pyarrow.parquet as pq

    import vnie.run.write as write

    def broken(self, table, row_group_size=None):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(write, "BUFFER_BYTES", 4000)
    monkeypatch.setattr(pq.ParquetWriter, "write_table", broken)
    writer = RunWriter(tmp_path, "20261122T000000Z-dddddd", row_group_rows=10_000)
    with pytest.raises(OSError, match="No space left"):
        for i in range(200):  # the rows flushed in the background: the failure comes back here or at commit
            writer.add("rejects", [{"source": f"s{i}", "reason": "empty", "detail": "x" * 50, "run_id": "r"}])
        writer.commit()
    writer.abort()
    assert not (tmp_path / STAGING).exists() or not any((tmp_path / STAGING).iterdir())
    assert not (tmp_path / "rejects").exists()
