"""What the gazetteer build scripts mine: the texts of the bench and corpus/articles, and underthesea's Viet74K words.

Imported by scripts/build_*.py, which run as `python scripts/build_X.py BENCH` (so this folder is on sys.path).
"""

from __future__ import annotations

from collections.abc import Iterator
import gzip
from importlib import resources
import json
from pathlib import Path
import unicodedata


def texts(bench: str) -> Iterator[str]:
    """Every article text of the bench file (JSONL.gz), then of corpus/articles/*.txt."""
    with gzip.open(bench, "rt", encoding="utf-8") as f:
        for line in f:
            yield json.loads(line).get("text", "")
    for p in sorted(Path("corpus/articles").glob("*.txt")):
        yield p.read_text(encoding="utf-8")


def viet74k_two_syllables() -> list[str]:
    """The two-syllable entries of underthesea's offline Viet74K word list, NFC, as written (case kept)."""
    text = resources.files("underthesea").joinpath("corpus/data/Viet74K.txt").read_text(encoding="utf-8")
    return [unicodedata.normalize("NFC", w) for w in text.split("\n") if w.count(" ") == 1]
