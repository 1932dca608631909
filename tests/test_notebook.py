"""notebooks/explore.ipynb runs top to bottom against freshly built outputs.

The outputs come from `vnie run corpus/articles corpus/samples` into a temporary
folder, which the notebook finds through `VNIE_OUT`. The kernel is this venv's
Python, whatever kernels the machine has installed.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOK = ROOT / "notebooks" / "explore.ipynb"
KERNEL = "vnie-test"
# Seconds per cell; the whole notebook takes a few seconds on the bundled corpus.
CELL_TIMEOUT_S = 120
MIN_CHARTS = 2


@pytest.fixture(scope="module")
def fresh_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("outputs")
    done = subprocess.run(
        [sys.executable, "-m", "vnie.cli", "run", str(ROOT / "corpus" / "articles"),
         str(ROOT / "corpus" / "samples"), "--out", str(out), "--no-progress"],
        cwd=ROOT, capture_output=True, text=True, timeout=600,
    )
    # 3 = some articles hit extractor errors: a bug for the extractor tests, still tables to explore.
    assert done.returncode in (0, 3), done.stderr
    assert list((out / "articles").glob("part-*.parquet")), done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def kernel_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A Jupyter data dir whose only kernel runs this interpreter."""
    data = tmp_path_factory.mktemp("jupyter")
    spec = data / "kernels" / KERNEL
    spec.mkdir(parents=True)
    spec.joinpath("kernel.json").write_text(json.dumps({
        "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
        "display_name": "vnie test", "language": "python",
    }), encoding="utf-8")
    return data


def test_committed_notebook_has_no_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None, "clear the notebook's outputs before committing"


def test_notebook_runs_top_to_bottom(fresh_out: Path, kernel_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VNIE_OUT", str(fresh_out))
    monkeypatch.setenv("JUPYTER_PATH", str(kernel_dir))
    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(nb, timeout=CELL_TIMEOUT_S, kernel_name=KERNEL,
                                     resources={"metadata": {"path": str(NOTEBOOK.parent)}})
    client.execute()  # raises CellExecutionError on the first failing cell
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    charts = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(charts) >= MIN_CHARTS
    printed = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert f"reading {fresh_out.resolve()}" in printed
