"""`vnie compact` (issue 12): each table's parts merged into one, the same rows,
the incremental contract kept, and a kill at any step leaves the folder valid."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from vnie.cli import main
from vnie.run.compact import CompactError, compact
from vnie.run.settings import load_settings
from vnie.run.stages import run_pipeline
from vnie.run.tables import TABLES
from vnie.run.write import STAGING
from tests.conftest import ROOT, SAMPLES, SEEDS

# Runs that build the folder: the seeds one by one, then three sample files.
N_SAMPLE_FILES = 3


def _snapshot(out: Path) -> dict[str, list[str]]:
    """Every table's rows, as sorted text (part order and dictionaries do not matter)."""
    rows = {}
    for table in TABLES:
        parts = sorted((out / table).glob("*.parquet"))
        rows[table] = sorted(json.dumps(r, ensure_ascii=False, sort_keys=True, default=str)
                             for p in parts for r in pq.read_table(p).to_pylist())
    return rows


def _parts(out: Path) -> dict[str, int]:
    return {t: len(list((out / t).glob("*.parquet"))) for t in TABLES}


@pytest.fixture(scope="module")
def many_parts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An output folder of several runs: one per seed article, per sample file, and one with nothing new."""
    out = tmp_path_factory.mktemp("parts") / "out"
    for seed in sorted(SEEDS.glob("*.txt")):
        run_pipeline([seed], out, load_settings())
    for sample in sorted(SAMPLES.glob("*.jsonl"))[:N_SAMPLE_FILES]:
        run_pipeline([sample], out, load_settings())
    run_pipeline([SEEDS], out, load_settings())  # nothing new: a runs part only
    return out


@pytest.fixture
def folder(many_parts: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    shutil.copytree(many_parts, out)
    return out


@pytest.mark.parametrize("atomic_swap", [True, False], ids=["folder swap", "published like a run"])
def test_compact_merges_each_table_into_one_part_with_the_same_rows(folder: Path, atomic_swap: bool) -> None:
    before = _snapshot(folder)
    parts = _parts(folder)
    assert parts["articles"] == 5 + N_SAMPLE_FILES and parts["runs"] == 5 + N_SAMPLE_FILES + 1
    done = compact(folder, atomic_swap=atomic_swap)
    assert {d.table: d.parts for d in done} == {t: n for t, n in parts.items() if n > 1}
    assert {d.table: d.rows for d in done} == {t: len(before[t]) for t, n in parts.items() if n > 1}
    assert _snapshot(folder) == before
    assert all(n == 1 for t, n in _parts(folder).items() if parts[t])
    assert not (folder / STAGING).exists()
    assert compact(folder, atomic_swap=atomic_swap) == []  # nothing left to merge


def test_after_compact_runs_stay_incremental(folder: Path) -> None:
    compact(folder)
    again = run_pipeline([SEEDS, *sorted(SAMPLES.glob("*.jsonl"))[:N_SAMPLE_FILES]], folder, load_settings())
    assert again.n_new == 0 and again.n_skipped == again.n_inputs
    more = sorted(SAMPLES.glob("*.jsonl"))[N_SAMPLE_FILES]
    new = run_pipeline([more], folder, load_settings())
    assert new.n_new > 0
    assert _parts(folder)["articles"] == 2


def test_vnie_compact_command(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["compact", "--out", str(folder)]) == 0
    printed = capsys.readouterr().out
    assert f"articles: {5 + N_SAMPLE_FILES} parts -> 1" in printed
    assert main(["compact", "--out", str(folder)]) == 0
    assert "nothing to merge" in capsys.readouterr().out


def test_old_parts_get_todays_columns(folder: Path) -> None:
    # A part written before published_date existed: the merged part computes it from published.
    old = next(p for p in sorted((folder / "articles").glob("*.parquet"))
               if pq.read_table(p)["published_date"].null_count == 0)
    table = pq.read_table(old)
    expected = table["published_date"].to_pylist()
    pq.write_table(table.drop(["published_date"]), old)
    compact(folder)
    merged = pq.read_table(next((folder / "articles").glob("*.parquet")))
    ids = table["article_id"].to_pylist()
    got = dict(zip(merged["article_id"].to_pylist(), merged["published_date"].to_pylist()))
    assert [got[i] for i in ids] == expected and any(expected)


def test_a_column_this_version_does_not_know_stops_compact(folder: Path) -> None:
    old = sorted((folder / "dates").glob("*.parquet"))[0]
    table = pq.read_table(old)
    pq.write_table(table.append_column("future", pa.array(["x"] * table.num_rows)), old)
    before = _snapshot(folder)
    with pytest.raises(CompactError, match="future"):
        compact(folder)
    assert _snapshot(folder) == before


# A compaction that dies (SIGKILL) at the N-th step: each write of a row group,
# fsync, rename, folder swap, unlink or folder removal is a step.
KILL_AT_STEP = textwrap.dedent("""
    import json, os, shutil, signal, sys
    from pathlib import Path
    import pyarrow.parquet as pq
    import vnie.run.compact as compact_module
    import vnie.run.write as write_module

    stop_at, steps = int(sys.argv[2]), []

    def step(function):
        def wrapped(*args, **kwargs):
            steps.append(function.__name__)
            if len(steps) == stop_at:
                os.kill(os.getpid(), signal.SIGKILL)
            return function(*args, **kwargs)
        return wrapped

    write_module._fsync = compact_module._fsync = step(write_module._fsync)
    compact_module._exchange = step(compact_module._exchange)
    pq.ParquetWriter.write_table = step(pq.ParquetWriter.write_table)
    os.replace = step(os.replace)
    shutil.rmtree = step(shutil.rmtree)
    Path.unlink = step(Path.unlink)
    done = compact_module.compact(Path(sys.argv[1]), atomic_swap=sys.argv[3] == "swap")
    print(json.dumps(steps))
""")


def _compact_killed_at(out: Path, step: int, mode: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", KILL_AT_STEP, str(out), str(step), mode], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("mode", ["swap", "run"])
def test_a_compaction_killed_at_any_step_leaves_the_folder_valid(many_parts: Path, tmp_path: Path,
                                                                  mode: str) -> None:
    expected = _snapshot(many_parts)
    probe = tmp_path / "probe"
    shutil.copytree(many_parts, probe)
    finished = _compact_killed_at(probe, 0, mode)  # step 0: never killed; counts the steps
    assert finished.returncode == 0, finished.stderr[-2000:]
    names = json.loads(finished.stdout.splitlines()[-1])
    assert len(names) > 20
    # Kills around each atomic step (folder swap, rename into place) and at an
    # even spread of the rest (row group writes, fsyncs, deletions).
    pivots = [i + 1 for i, name in enumerate(names) if name in ("_exchange", "replace")][:2]
    steps = sorted({s for p in pivots for s in (p - 1, p, p + 1) if s >= 1} | set(range(1, len(names) + 1, len(names) // 8)))
    for step in steps:
        out = tmp_path / f"killed-{step}"
        shutil.copytree(many_parts, out)
        killed = _compact_killed_at(out, step, mode)
        assert killed.returncode == -9, (step, killed.stderr[-2000:])
        if mode == "swap":
            assert _snapshot(out) == expected, f"rows differ right after a kill at step {step}"
        compact(out)  # recovers (rolls forward or discards), then merges what is left
        assert _snapshot(out) == expected, f"rows differ after recovering from a kill at step {step}"
        assert all(n <= 1 for n in _parts(out).values()) and not (out / STAGING).exists()
        shutil.rmtree(out)
