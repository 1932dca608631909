"""The command line as a user meets it: one line per mistake, distinct exit codes, clean stops.

Most tests run `python -m vnie` in a subprocess, so what is checked is what a
terminal shows: the exit code, stdout, and a stderr without any traceback.
"""

from __future__ import annotations

import gzip
import json
import os
import pty
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

from vnie import errors
from vnie.cli import main
from vnie.commands import Rate
from vnie.run.read import count_inputs
from tests.conftest import BENCH, SEEDS

# Three sentences of a real article (../shared/bench/news-real.jsonl.gz, dantri-business-002).
RECORD = {"id": "dantri-business-002", "published": "2020-10-01T08:00:00+07:00", "text": (
    "Bình quân mỗi tháng cả nước có hơn 8.700 doanh nghiệp rút khỏi thị trường.\n"
    "Trong đó, riêng TPHCM mỗi tháng có khoảng hơn 3.000 doanh nghiệp giải thể, ngừng hoạt động.\n"
    "Ngày 1/10, trao đổi với Dân trí, ông Lê Duy Minh, Cục trưởng Cục Thuế TPHCM cho biết, trong 8 tháng qua "
    "đã có hơn 24.400 doanh nghiệp đã giải thể, ngừng hoạt động.")}


def vnie(*args: str, stdin: str | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "vnie", *args], input=stdin, capture_output=True, text=True,
                          timeout=timeout)


def one_line_error(done: subprocess.CompletedProcess[str], code: int) -> str:
    """Check the exit code and that stderr is one line without a traceback; return it."""
    assert done.returncode == code, done.stderr
    assert "Traceback" not in done.stderr
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    return lines[0]


# --- user errors: one line, exit 2 ----------------------------------------------------------------


def test_out_on_a_file_is_one_line(tmp_path: Path) -> None:
    target = tmp_path / "file.txt"
    target.write_text("x")
    line = one_line_error(vnie("run", str(SEEDS), "--out", str(target)), errors.USAGE)
    assert line == f"vnie run: output folder {target} is a file; give --out a folder (it is created if missing)"


def test_out_that_cannot_be_created_is_one_line(tmp_path: Path) -> None:
    # /proc refuses new folders even to root; a file in the way fails the same way for anyone.
    (tmp_path / "file").write_text("x")
    for out in ("/proc/vnie-test/out", str(tmp_path / "file" / "out")):
        line = one_line_error(vnie("run", str(SEEDS), "--out", out), errors.USAGE)
        assert line.startswith(f"vnie run: cannot create output folder {out} (")
        assert line.endswith("give --out a folder you can write to")


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write anywhere")
def test_out_without_write_permission_is_one_line(tmp_path: Path) -> None:
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    line = one_line_error(vnie("run", str(SEEDS), "--out", str(locked)), errors.USAGE)
    assert "is not writable" in line


# fmt: off
BAD_OPTIONS = [
    (["--workers", "-3"],      "vnie run: --workers must be an integer from 1 to"),
    (["--workers", "0"],       "vnie run: --workers must be an integer from 1 to"),
    (["--workers", "100000"],  "vnie run: --workers must be an integer from 1 to"),
    (["--workers", "two"],     "vnie run: argument --workers: invalid int value: 'two' (see `vnie run --help`)"),
    (["--batch-size", "0"],    "vnie run: --batch-size must be an integer from 1 to 10000, got 0"),
    (["--lock-timeout", "-1"], "vnie run: --lock-timeout must be a number of at least 0, got -1.0"),
]
# fmt: on


@pytest.mark.parametrize(("options", "message"), BAD_OPTIONS, ids=[" ".join(o) for o, _ in BAD_OPTIONS])
def test_bad_option_values_are_one_line(tmp_path: Path, options: list[str], message: str) -> None:
    line = one_line_error(vnie("run", str(SEEDS), "--out", str(tmp_path / "out"), *options), errors.USAGE)
    assert line.startswith(message)
    assert not (tmp_path / "out").exists()


def test_bench_workers_have_the_same_bounds(tmp_path: Path) -> None:
    bench_input = tmp_path / "in.jsonl"
    bench_input.write_text(json.dumps(RECORD, ensure_ascii=False) + "\n", encoding="utf-8")
    line = one_line_error(vnie("bench", "--input", str(bench_input), "--workers", "-3"), errors.USAGE)
    assert line.startswith("vnie bench: --workers must be an integer from 1 to")


# fmt: off
BAD_CONFIGS = [
    (None,                 "does not exist; give the path of a TOML file"),
    ("workers = \n",       "is not valid TOML (Invalid value (at line 1, column 11))"),
    ("batchsize = 8\n",    "unknown setting(s) ['batchsize'] in"),
    ("workers = '2'\n",    "workers in {config} must be an integer from 1 to"),
    ("workers = 1.5\n",    "workers in {config} must be an integer"),
    ("lock_timeout = true\n", "lock_timeout in {config} must be a number of at least 0, got True"),
]
# fmt: on


@pytest.mark.parametrize(("text", "message"), BAD_CONFIGS, ids=["missing", "malformed", "unknown key", "string",
                                                                "float", "bool"])
def test_bad_config_is_one_line(tmp_path: Path, text: str | None, message: str) -> None:
    config = tmp_path / "vnie.toml"
    if text is not None:
        config.write_text(text, encoding="utf-8")
    line = one_line_error(vnie("run", str(SEEDS), "--out", str(tmp_path / "out"), "--config", str(config)),
                          errors.USAGE)
    assert line.startswith("vnie run: ") and message.format(config=config) in line


def test_missing_input_is_exit_2_and_locked_is_exit_4_apart(tmp_path: Path) -> None:
    line = one_line_error(vnie("run", str(tmp_path / "nope"), "--out", str(tmp_path / "out")), errors.USAGE)
    assert line == f"vnie run: no such file or folder: {tmp_path / 'nope'}"
    assert errors.LOCKED == 4 and len({errors.USAGE, errors.LOCKED, errors.EXTRACTOR_ERRORS,
                                       errors.UNREACHABLE, errors.INTERRUPTED, errors.BROKEN_PIPE}) == 6


def test_version() -> None:
    done = vnie("--version")
    assert (done.returncode, done.stdout.strip()) == (0, "vnie 0.1.0")


# --- logging options before or after the command ------------------------------------------------


@pytest.mark.parametrize("where", ["before", "after"])
def test_quiet_prints_nothing_before_or_after_the_command(tmp_path: Path, where: str) -> None:
    run = ["run", str(SEEDS), "--out", str(tmp_path / "out")]
    done = vnie(*(["-q", *run] if where == "before" else [*run, "--quiet"]))
    assert (done.returncode, done.stdout, done.stderr) == (0, "", "")
    assert len(pd.read_parquet(tmp_path / "out" / "articles")) == 5


def test_log_format_json_makes_errors_json_lines(tmp_path: Path) -> None:
    done = vnie("run", str(SEEDS), "--out", str(tmp_path / "out"), "--workers", "0", "--log-format", "json")
    record = json.loads(one_line_error(done, errors.USAGE))
    assert record["level"] == "ERROR" and record["exit_code"] == 2 and record["command"] == "vnie run"
    assert record["message"].startswith("--workers must be an integer from 1 to")


def test_log_level_after_the_command_shows_progress_lines(tmp_path: Path) -> None:
    lines = "".join(json.dumps({**RECORD, "id": f"r{i}", "text": f"{RECORD['text']} ({i})"}, ensure_ascii=False)
                    + "\n" for i in range(1000))
    done = vnie("--log-format", "json", "run", "-", "--out", str(tmp_path / "out"), "--log-level", "info",
                "--no-progress", stdin=lines)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stderr.splitlines()]
    assert [r["message"].split(",")[0] for r in records] == ["1000 inputs"]  # no total on stdin
    assert records[0]["level"] == "INFO"


def test_unknown_log_level_is_one_line() -> None:
    line = one_line_error(vnie("schema", "--log-level", "loud"), errors.USAGE)
    assert line.startswith("vnie schema: argument --log-level: invalid choice: 'loud'")


# --- run summary, progress, standard input ------------------------------------------------------


def test_run_json_prints_the_summary(tmp_path: Path) -> None:
    done = vnie("run", str(SEEDS), "--out", str(tmp_path / "out"), "--json")
    assert done.returncode == 0, done.stderr
    summary = json.loads(done.stdout)
    assert (summary["n_inputs"], summary["n_new"], summary["n_skipped"], summary["n_rejected"]) == (5, 5, 0, 0)
    assert summary["rows"]["articles"] == 5 and summary["out"] == str(tmp_path / "out")
    again = json.loads(vnie("run", str(SEEDS), "--out", str(tmp_path / "out"), "--json").stdout)
    assert (again["n_new"], again["n_skipped"]) == (0, 5)


def test_dash_reads_jsonl_from_standard_input(tmp_path: Path) -> None:
    stdin = json.dumps(RECORD, ensure_ascii=False) + "\n{not json\n"
    done = vnie("run", "-", "--out", str(tmp_path / "out"), "--json", stdin=stdin)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["n_new"] == 1
    articles = pd.read_parquet(tmp_path / "out" / "articles")
    assert list(articles["source"]) == ["dantri-business-002"]
    assert articles["published"].iloc[0].isoformat() == "2020-10-01T08:00:00+07:00"
    assert list(pd.read_parquet(tmp_path / "out" / "provinces")["text"]) == ["TPHCM", "TPHCM"]
    assert list(pd.read_parquet(tmp_path / "out" / "dates")["value"]) == ["2020-10-01", "2020-01/2020-08"]  # "trong 8 tháng qua": a report period
    rejects = pd.read_parquet(tmp_path / "out" / "rejects")
    assert list(zip(rejects["source"], rejects["reason"])) == [("stdin:2", "bad_json")]


def test_count_inputs_counts_files_and_jsonl_lines(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl.gz"
    with gzip.open(src, "wt", encoding="utf-8") as handle:
        handle.write("{}\n\n{}\n{}\n")
    assert count_inputs([SEEDS, src]) == 5 + 3
    assert count_inputs([Path("-")]) is None


def test_rate_describes_total_rate_and_time_left() -> None:
    now = [100.0]
    rate = Rate(5000, clock=lambda: now[0])
    now[0] = 110.0
    rate.done(1000)
    assert rate.describe() == "1000/5000 inputs, 100/s, 40 s left"
    assert Rate(None, clock=lambda: now[0]).describe() == "0 inputs, 0/s"


def test_progress_bar_on_a_terminal_shows_total_rate_and_time_left(tmp_path: Path) -> None:
    leader, follower = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "vnie", "run", str(SEEDS), "--out", str(tmp_path / "out")],
                            stdout=subprocess.PIPE, stderr=follower, env={**os.environ, "COLUMNS": "160"})
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:  # the terminal closed: the process is done
            break
        if not chunk:
            break
        shown += chunk
    assert proc.wait(timeout=120) == 0
    os.close(leader)
    screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", shown.decode("utf-8", errors="replace"))  # no colours
    assert re.search(r"extracting .* [0-5]/5 inputs · \d+/s \d:\d\d:\d\d (\d:\d\d:\d\d|-:--:--) left", screen), screen


# --- clean stops --------------------------------------------------------------------------------


def _sigint_default() -> None:
    # A suite started from a background shell inherits SIGINT ignored, and Python keeps it ignored: the
    # child would never see the Ctrl-C this test sends. Give it the terminal's default, as a user has.
    signal.signal(signal.SIGINT, signal.SIG_DFL)


@pytest.mark.parametrize("workers", ["1", "2"])
def test_ctrl_c_stops_cleanly_and_leaves_the_folder_valid(tmp_path: Path, workers: str) -> None:
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "vnie", "run", "-", "--out", str(out), "--workers", workers,
                             "--no-progress"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True, preexec_fn=_sigint_default)
    for i in range(200):  # then stdin stays open: the run waits for more
        proc.stdin.write(json.dumps({**RECORD, "id": f"r{i}", "text": f"{RECORD['text']} ({i})"},
                                    ensure_ascii=False) + "\n")
    proc.stdin.flush()
    deadline = time.monotonic() + 60
    while not (out / ".lock").exists() or b"pid" not in (out / ".lock").read_bytes():
        assert time.monotonic() < deadline and proc.poll() is None, proc.stderr.read()
        time.sleep(0.05)
    time.sleep(1.0)  # reading and extracting the first batches
    proc.send_signal(signal.SIGINT)
    stdout, stderr = proc.communicate(timeout=60)
    assert proc.returncode == errors.INTERRUPTED, stderr
    assert "Traceback" not in stderr and stdout == ""
    assert stderr.strip().splitlines() == [
        f"vnie run: interrupted; nothing of this run was written, {out} is as it was (run again to do the work)"]
    assert not (out / "_staging").exists() and not (out / "articles").exists()
    # The lock is free and the folder takes the next run.
    assert main(["run", str(SEEDS), "--out", str(out), "--no-progress", "-q"]) == 0
    assert len(pd.read_parquet(out / "articles")) == 5


@pytest.mark.parametrize("args", [["schema"], ["schema", "--markdown"], ["query", "SELECT * FROM range(10)", "--csv"]])
def test_closed_pipe_is_quiet(tmp_path: Path, args: list[str]) -> None:
    if args[0] == "query":
        assert main(["run", str(SEEDS), "--out", str(tmp_path), "-q"]) == 0
        args = [*args, "--out", str(tmp_path)]
    proc = subprocess.Popen([sys.executable, "-m", "vnie", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    proc.stdout.close()  # as `| head` does once it has read enough
    stderr = proc.stderr.read().decode()
    assert proc.wait(timeout=60) == errors.BROKEN_PIPE
    assert stderr == ""


@pytest.mark.skipif(not BENCH.exists(), reason="bench corpus absent")
def test_bench_into_head_is_quiet(tmp_path: Path) -> None:
    done = subprocess.run(f"{sys.executable} -m vnie bench --limit 5 | head -1", shell=True, capture_output=True,
                          text=True, cwd=Path(__file__).resolve().parents[2], timeout=120)
    assert done.stdout.startswith("vnie bench: 5 articles") and "Traceback" not in done.stderr


def test_readme_lists_every_exit_code() -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("Exit codes:", 1)[1].split("\n\n", 2)[1]
    listed = {int(line.split("|")[1]) for line in table.splitlines() if line.startswith("| ") and
              line.split("|")[1].strip().isdigit()}
    codes = {v for k, v in vars(errors).items() if k.isupper() and isinstance(v, int)}
    assert listed == codes


def test_a_page_that_cannot_be_written_is_one_line(tmp_path: Path) -> None:
    assert main(["run", str(SEEDS), "--out", str(tmp_path), "-q"]) == 0
    line = one_line_error(vnie("report", "--out", str(tmp_path), "--html", "/proc/vnie-test/report.html"),
                          errors.FAILED)
    assert line == ("vnie report: [Errno 2] No such file or directory: '/proc/vnie-test'; "
                    "check the path and its permissions")
