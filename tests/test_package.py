"""The installed package: one `vnie` namespace, no top-level `pipeline`/`extractors`/`gazetteer`."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

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


def test_every_python_package_is_listed_for_the_wheel():
    # An editable install finds any folder; a wheel carries only the listed packages
    # (vnie.extractors.models was missing from the list after its split into a package).
    import tomllib

    setup = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    dirs = {name: ROOT / folder for name, folder in setup["package-dir"].items()}
    found = set()
    for name, folder in dirs.items():
        for init in folder.rglob("__init__.py"):
            parts = init.parent.relative_to(folder).parts
            found.add(".".join((name, *parts)))
    assert sorted(found - set(setup["packages"])) == []

# --- dependencies: upper bounds, the lock file, the Makefile's Python ---------------------------


def _requirements() -> list:
    import tomllib

    from packaging.requirements import Requirement

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = [*project["dependencies"], *(r for extra in project["optional-dependencies"].values() for r in extra)]
    return [Requirement(r) for r in names]


def _pins() -> dict[str, str]:
    from packaging.utils import canonicalize_name

    lines = (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines()
    pairs = [line.split("==") for line in lines if line.strip() and not line.startswith("#")]
    return {canonicalize_name(name): version for name, version in pairs}


def test_every_dependency_has_an_upper_bound():
    unbounded = [str(r) for r in _requirements() if not any(s.operator in ("<", "<=", "~=", "==")
                                                            for s in r.specifier)]
    assert unbounded == []


def test_constraints_pin_every_installed_dependency_within_its_bounds():
    from importlib.metadata import PackageNotFoundError, version

    from packaging.utils import canonicalize_name

    pins = _pins()
    for requirement in _requirements():
        name = canonicalize_name(requirement.name)
        try:
            installed = version(requirement.name)
        except PackageNotFoundError:  # an extra that `make test` does not install (spacy, notebook)
            continue
        assert name in pins, f"{name} is not in constraints.txt; run `make lock`"
        assert requirement.specifier.contains(pins[name], prereleases=True), (name, pins[name])
        assert installed == pins[name], f"{name} {installed} installed, {pins[name]} pinned; run `make`"


def test_duckdb_is_the_major_version_the_code_is_written_for():
    import duckdb

    con = duckdb.connect()
    # 2.0 removed DuckDBPyRelation.fetchone() and keeps a result open until it is fetched to the end:
    # vnie fetches with fetchall(), and the next query on the connection works.
    assert con.execute("SELECT 42").fetchall() == [(42,)]
    assert con.sql("SELECT 43").fetchall() == [(43,)]
    assert int(duckdb.__version__.split(".")[0]) in (1, 2)


def _fake_python(folder: Path, name: str, version: tuple[int, int]) -> None:
    """A `name` on PATH that reports `version` to the Makefile's check."""
    script = folder / name
    script.write_text(f"#!/bin/sh\nexec {sys.executable} -c 'import sys; sys.exit({version} < (3, 11))'\n")
    script.chmod(0o755)


def _make_python(path: str) -> str:
    done = subprocess.run([shutil.which("make"), "-s", "-C", str(ROOT), "which-python"], capture_output=True,
                          text=True, env={"PATH": path})
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_makefile_finds_any_python_from_3_11(tmp_path):
    if shutil.which("make") is None:
        pytest.skip("no make")
    (tmp_path / "echo").symlink_to(shutil.which("echo"))  # the only other program the rule runs
    _fake_python(tmp_path, "python3.11", (3, 10))  # a python3.11 name that is too old is passed over
    _fake_python(tmp_path, "python3.13", (3, 13))
    _fake_python(tmp_path, "python3", (3, 12))
    assert _make_python(str(tmp_path)) == "python3.13"
    (tmp_path / "python3.13").unlink()
    assert _make_python(str(tmp_path)) == "python3"
    (tmp_path / "python3").unlink()
    assert _make_python(str(tmp_path)) == ""


def test_make_notebook_installs_the_extra_and_opens_the_notebook():
    if shutil.which("make") is None:
        pytest.skip("no make")
    done = subprocess.run([shutil.which("make"), "-n", "--no-print-directory", "-C", str(ROOT), "notebook"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert "-c constraints.txt -e '.[test,notebook]'" in done.stdout
    assert done.stdout.rstrip().endswith(".venv/bin/jupyter lab notebooks/explore.ipynb")
    import tomllib

    extras = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["optional-dependencies"]
    assert [r for r in extras["notebook"] if r.startswith("jupyterlab")] and not any(
        r.startswith("jupyterlab") for r in extras["test"])  # `make test` does not install it
