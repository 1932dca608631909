"""`pipeline_version`: the release plus a fingerprint of the installed code and data, and the warning when a
rerun skips articles whose rows other code wrote."""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq
import pytest

import vnie
from vnie.cli import main
from vnie.version import __version__, pipeline_version
from tests.conftest import SEEDS

ROOT = Path(__file__).resolve().parents[2]
OLD = "0.1.0+00000000"
# corpus/articles/000_f78b71d28ef61c78.txt opens with this headline and sentence.
FIRST_TITLE = "Nhân rộng mô hình phong trào toàn dân bảo vệ ANTQ ở Tây Nguyên"


def _run_json(out: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    capsys.readouterr()
    assert main(["run", str(SEEDS), "--out", str(out), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_rows_carry_the_release_and_a_fingerprint(tmp_path: Path) -> None:
    assert main(["run", str(SEEDS), "--out", str(tmp_path), "-q"]) == 0
    articles = pq.read_table(tmp_path / "articles", columns=["title", "pipeline_version"]).to_pylist()
    assert FIRST_TITLE in [row["title"] for row in articles]
    assert {row["pipeline_version"] for row in articles} == {pipeline_version()}
    release, fingerprint = pipeline_version().split("+")
    assert release == __version__ and len(fingerprint) == 8 and int(fingerprint, 16) >= 0
    runs = pq.read_table(tmp_path / "runs", columns=["pipeline_version"]).column(0).to_pylist()
    assert runs == [pipeline_version()]


def test_a_rerun_over_rows_of_other_code_says_so(tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str],
                                                 caplog: pytest.LogCaptureFixture) -> None:
    with monkeypatch.context() as patch:
        patch.setattr("vnie.run.stages.pipeline_version", lambda: OLD)
        first = _run_json(tmp_path, capsys)
    assert (first["n_new"], first["skipped_other_versions"]) == (5, {})
    with caplog.at_level(logging.WARNING, logger="vnie"):
        again = _run_json(tmp_path, capsys)
    assert (again["n_new"], again["n_skipped"], again["skipped_other_versions"]) == (0, 5, {OLD: 5})
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    assert f"5 skipped article(s) in {tmp_path}" in warnings[0] and OLD in warnings[0]
    assert "new --out folder" in warnings[0]
    # the old rows stay: the skipped articles were not re-extracted
    kept = pq.read_table(tmp_path / "articles", columns=["pipeline_version"]).column(0).to_pylist()
    assert kept == [OLD] * 5


def test_a_rerun_over_rows_of_this_code_does_not_warn(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      caplog: pytest.LogCaptureFixture) -> None:
    _run_json(tmp_path, capsys)
    with caplog.at_level(logging.WARNING, logger="vnie"):
        again = _run_json(tmp_path, capsys)
    assert (again["n_skipped"], again["skipped_other_versions"]) == (5, {})
    assert not [r for r in caplog.records if r.levelno >= logging.WARNING]


def _version_in(path: str, cwd: Path) -> tuple[str, str]:
    """vnie's file and pipeline version in a new process importing vnie from `path` first."""
    env = {**os.environ, "PYTHONPATH": path}
    done = subprocess.run([sys.executable, "-c", "import vnie, vnie.version as v; print(vnie.__file__); "
                           "print(v.pipeline_version())"], cwd=cwd, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    file, version = done.stdout.split()
    return file, version


def _wheel_layout(site: Path) -> Path:
    """The three package folders copied as a wheel installs them: vnie/, vnie/extractors/, vnie/gazetteer/."""
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(Path(vnie.__file__).parent, site / "vnie", ignore=ignore)
    shutil.copytree(ROOT / "extractors", site / "vnie" / "extractors", ignore=ignore)
    shutil.copytree(ROOT / "gazetteer", site / "vnie" / "gazetteer", ignore=ignore)
    return site / "vnie"


def test_one_code_gives_one_version_in_every_process_and_layout(tmp_path: Path) -> None:
    # another process of this (editable) install
    assert _version_in("", tmp_path)[1] == pipeline_version()
    # the same files laid out as a wheel installs them
    package = _wheel_layout(tmp_path / "site")
    file, version = _version_in(str(tmp_path / "site"), tmp_path)
    assert Path(file).parent == package
    assert version == pipeline_version()


def test_a_changed_gazetteer_file_changes_the_version(tmp_path: Path) -> None:
    package = _wheel_layout(tmp_path / "site")
    posts = package / "gazetteer" / "data" / "known_person_posts.tsv"
    posts.write_text(posts.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    version = _version_in(str(tmp_path / "site"), tmp_path)[1]
    assert version.startswith(f"{__version__}+") and version != pipeline_version()
