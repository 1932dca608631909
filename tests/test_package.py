"""The installed package: one `vnie` namespace, no top-level `pipeline`/`extractors`/`gazetteer`."""

import subprocess
import sys
from pathlib import Path

import vnie

ROOT = Path(__file__).resolve().parents[1]


def _python(code: str, cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True)


def test_subpackages_live_under_vnie(tmp_path):
    done = _python("import vnie.extractors.dates, vnie.gazetteer.load, vnie.cli; print(vnie.__version__)", tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == vnie.__version__


def test_old_top_level_names_are_not_installed(tmp_path):
    for name in ("pipeline", "extractors", "gazetteer"):
        done = _python(f"import importlib.util as u; print(u.find_spec({name!r}))", tmp_path)
        assert done.stdout.strip() == "None", f"{name} is importable outside the repository"


def test_python_dash_m_vnie_prints_the_version(tmp_path):
    done = subprocess.run([sys.executable, "-m", "vnie", "--version"], cwd=tmp_path, capture_output=True, text=True)
    assert done.returncode == 0
    assert done.stdout.strip() == f"vnie {vnie.__version__}"


def test_py_typed_marker_ships_with_the_package():
    assert (Path(vnie.__file__).parent / "py.typed").is_file()
