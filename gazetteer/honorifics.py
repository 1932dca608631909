"""The honorifics table (`data/official_honorifics.tsv`): one row per word, with its kind.

Read by the officials stage (cues before names, name shapes, posts named by an
honorific, foreign honorifics inside names) and by the speakers of quotes.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

from vnie.gazetteer.load import DataError, load_tsv

FILE = "official_honorifics.tsv"
KINDS = ("honorific", "full_name", "foreign")


@dataclass(frozen=True, slots=True)
class Honorific:
    """One honorific and how it is used (see the file's header)."""

    word: str
    kind: str  # honorific, full_name (a cue only before a full name) or foreign (inside a foreign name)
    name_words: int | None  # 1 or 2: the fewest capitalised words after it that make a name; None: no such cue
    role: str | None  # the post it names before one full name, if any


@functools.cache
def load_honorifics() -> tuple[Honorific, ...]:
    """The rows of `official_honorifics.tsv`, in file order.

    Raises:
        DataError: on an unknown kind, a bad `name_words`, a word listed twice in
            another case, or a foreign row that is not lower case or names a post.
    """
    out: list[Honorific] = []
    seen: set[str] = set()
    for row in load_tsv(FILE, key="word"):
        word, kind = row["word"], row["kind"]
        if kind not in KINDS:
            raise DataError(f"{FILE}: unknown kind {kind!r} for {word!r} (one of {', '.join(KINDS)})")
        if row["name_words"] not in ("", "1", "2"):
            raise DataError(f"{FILE}: name_words of {word!r} is {row['name_words']!r}, not 1, 2 or empty")
        if word.casefold() in seen:
            raise DataError(f"{FILE}: {word!r} is listed twice (case aside)")
        if kind == "foreign" and (word != word.casefold() or row["name_words"] or row["role"]):
            raise DataError(f"{FILE}: foreign honorific {word!r} must be lower case, with no name_words or role")
        seen.add(word.casefold())
        out.append(Honorific(word, kind, int(row["name_words"]) if row["name_words"] else None, row["role"] or None))
    return tuple(out)


def honorific_words(*kinds: str) -> tuple[str, ...]:
    """The words of the given kinds, as written, in file order."""
    return tuple(h.word for h in load_honorifics() if h.kind in kinds)
