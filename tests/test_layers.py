"""Imports go only downward: cli/commands > evaluation, views > run > extractors > gazetteer."""

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Each layer (a folder of the repository) and the vnie modules it must never import.
FORBIDDEN = {
    "gazetteer": ("vnie.extractors", "vnie.run", "vnie.evaluation", "vnie.views", "vnie.cli", "vnie.commands"),
    "extractors": ("vnie.run", "vnie.evaluation", "vnie.views", "vnie.cli", "vnie.commands"),
    "pipeline/run": ("vnie.evaluation", "vnie.views", "vnie.cli", "vnie.commands", "vnie.bench"),
    "pipeline/views": ("vnie.evaluation", "vnie.cli", "vnie.commands", "vnie.bench"),
    "pipeline/evaluation": ("vnie.views", "vnie.cli", "vnie.commands", "vnie.bench"),
}


def _imports(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
        elif isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
    return names


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_layer_imports_only_downward(layer):
    bad = [f"{path.relative_to(ROOT)} imports {name}"
           for path in sorted((ROOT / layer).rglob("*.py"))
           for name in _imports(path)
           if name.startswith(FORBIDDEN[layer])]
    assert bad == []


def test_evaluate_does_not_import_its_commands():
    # the old circle: evaluate -> baseline/report -> evaluate
    names = _imports(ROOT / "pipeline/evaluation/evaluate.py")
    assert not names & {"vnie.evaluation.baseline", "vnie.evaluation.report", "vnie.evaluation.command"}
