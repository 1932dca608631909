"""The package version, and the pipeline version written in every row: a leaf module every layer may import.

`__version__` is the release (pyproject's version). `pipeline_version()` adds a short fingerprint of what decides
the output, the extractor and pipeline sources and the gazetteer data files as installed (`0.1.0+3f9a1c2d`), so rows
written by other code are told apart even when the release number did not move. It hashes the installed files, not
git, so it is the same for an editable install and a wheel of one tree.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.util
from collections.abc import Iterator
from pathlib import Path

__version__ = "0.1.0"

# Files that decide the rows: sources and run defaults in every package root, and every gazetteer data file.
_SOURCE_SUFFIXES = (".py", ".toml")
_ROOTS = ("vnie", "vnie.extractors", "vnie.gazetteer")


def _root(package: str) -> Path:
    if package == "vnie":
        return Path(__file__).resolve().parent
    spec = importlib.util.find_spec(package)  # finds the folder without running the package's __init__
    return Path(next(iter(spec.submodule_search_locations))).resolve()


def _files(package: str) -> Iterator[tuple[str, Path]]:
    """(name relative to the package, path) of each file that counts, `vnie/...` roots apart."""
    root = _root(package)
    for path in root.rglob("*"):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        rel = path.relative_to(root)
        if package == "vnie" and rel.parts[0] in ("extractors", "gazetteer"):
            continue  # a subpackage living inside the root is hashed under its own name
        if path.suffix in _SOURCE_SUFFIXES or (package == "vnie.gazetteer" and rel.parts[0] == "data"):
            yield f"{package}/{rel.as_posix()}", path


def fingerprint() -> str:
    """8 hex digits over the names and contents of the files that decide the output."""
    digest = hashlib.blake2b(digest_size=4)
    for name, path in sorted(item for package in _ROOTS for item in _files(package)):
        digest.update(name.encode("utf-8") + b"\0" + hashlib.blake2b(path.read_bytes()).digest())
    return digest.hexdigest()


@functools.cache
def pipeline_version() -> str:
    """`__version__+fingerprint`, computed once per process (the `pipeline_version` column)."""
    return f"{__version__}+{fingerprint()}"
