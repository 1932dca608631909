"""Typed, validated, cached loaders for the files under `gazetteer/data/`.

Every data file opens with `#` comment lines giving its source, date and
licence. Loaders raise `DataError` naming the file and line on: a non-NFC
entry, a duplicate id, an empty alternative or group, an unknown reference.
"""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex
import yaml

DATA_DIR = Path(__file__).parent / "data"

# libyaml's safe loader when PyYAML has it (its wheels do): the same data, a tenth of the
# start-up time of the pure-Python loader (24 -> 2.5 ms for the seven pattern files).
_YAML_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_REFERENCE = regex.compile(r"\{\{(\w+)\}\}")
_EMPTY_GROUP = regex.compile(r"\((?:\?(?:[:>=!]|<[=!]|P?<\w+>))?\)|\(\?:\||\|\||\|\)|\(\|")


class DataError(ValueError):
    """A data file that breaks its format; the message names file and line."""


def _check_nfc(path: Path, lineno: int, text: str) -> None:
    if unicodedata.normalize("NFC", text) != text:
        raise DataError(f"{path.name}:{lineno}: entry is not NFC: {text!r}")


@functools.cache
def load_tsv(name: str, key: str | None = None) -> tuple[dict[str, str], ...]:
    """Rows of `data/<name>` as dicts keyed by the header line.

    Args:
        name: file name under `gazetteer/data/`, e.g. `"ranks.tsv"`.
        key: a column whose values must be unique (checked), or None.

    Returns:
        The rows in file order; empty cells are `""`.

    Raises:
        DataError: on a non-NFC cell, a short row or a duplicate key.
    """
    path = DATA_DIR / name
    header: list[str] | None = None
    rows: list[dict[str, str]] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        _check_nfc(path, lineno, line)
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            continue
        if len(cells) > len(header):
            raise DataError(f"{path.name}:{lineno}: {len(cells)} cells, header has {len(header)}")
        row = dict(zip(header, cells + [""] * (len(header) - len(cells))))
        if key is not None:
            if not row[key]:
                raise DataError(f"{path.name}:{lineno}: empty {key}")
            if row[key] in seen:
                raise DataError(
                    f"{path.name}:{lineno}: duplicate {key} {row[key]!r} (first at line {seen[row[key]]})"
                )
            seen[row[key]] = lineno
        rows.append(row)
    if header is None:
        raise DataError(f"{path.name}: no header line")
    return tuple(rows)


@functools.cache
def load_words(name: str, quoted: bool = False) -> tuple[str, ...]:
    """One entry per line of `data/<name>` (comments and blanks skipped), unique and NFC.

    Args:
        name: file name under `gazetteer/data/`, e.g. `"surnames.txt"`.
        quoted: every entry is written in double quotes, which are taken off; the spaces inside them are kept
            (`" tháng"`, `"/ "`: what follows a number, spaces included).

    Raises:
        DataError: on a non-NFC or duplicate entry, or with `quoted`, an entry not in double quotes.
    """
    path = DATA_DIR / name
    words: list[str] = []
    seen: dict[str, int] = {}
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        word = line.strip()
        if not word or word.startswith("#"):
            continue
        _check_nfc(path, lineno, word)
        if quoted:
            if len(word) < 3 or word[0] != '"' or word[-1] != '"':
                raise DataError(f"{path.name}:{lineno}: entry is not written in double quotes: {word!r}")
            word = word[1:-1]
        if word in seen:
            raise DataError(f"{path.name}:{lineno}: duplicate entry {word!r} (first at line {seen[word]})")
        seen[word] = lineno
        words.append(word)
    return tuple(words)


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex alternation of `words`, longest first, escaped.

    Raises:
        DataError: if `words` is empty or holds an empty string.
    """
    items = sorted(set(words), key=lambda w: (-len(w), w))
    if not items or "" in items:
        raise DataError("alternation needs at least one non-empty word")
    return "(?:" + "|".join(regex.escape(w) for w in items) + ")"


def prefix_alternation(words: Iterable[str], ignore_case: bool = False) -> str:
    """`alternation(words)` written as a prefix tree ("Phó (?:Chủ tịch|Giám đốc)"): the engine
    reads each character once instead of trying every word in turn (a case-insensitive
    alternation of 250 titles costs 6 µs a try as a list, 2 µs as a tree, and compiles faster).

    Matched forwards, it finds what `alternation` finds, in the same order: the words that
    match at a position are prefixes of one another, so they lie on one path of the tree,
    and the greedy `?` after each word that goes on tries the longer first. Not for a
    backwards match (a lookbehind whose groups are read, a REVERSE pattern), where the
    order differs. With `ignore_case` (for a pattern that ignores case) the tree is built
    on lower-cased words, so that no two branches match the same character; words with a
    character whose lower case is not its case folding (`ß`, `İ`) get the plain alternation.

    Raises:
        DataError: if `words` is empty or holds an empty string.
    """
    items = set(words)
    if not items or "" in items:
        raise DataError("alternation needs at least one non-empty word")
    if ignore_case:
        if any(w.lower() != w.casefold() or len(w.lower()) != len(w) for w in items):
            return alternation(items)
        items = {w.lower() for w in items}
    tree: dict[str, dict] = {}
    for word in items:
        node = tree
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    body = _branches(tree)
    return body if len(tree) > 1 else "(?:" + body + ")"


_escape = functools.cache(regex.escape)  # one character at a time: regex.escape is slow per call


def _branches(node: dict[str, dict]) -> str:
    """The alternation of a prefix-tree node's children; a word that ends here makes it optional."""
    alts = [_escape(char) + _branches(child) for char, child in sorted(node.items()) if char]
    if not alts:
        return ""
    if "" in node:
        return "(?:" + "|".join(alts) + ")?"
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


class Gated:
    """A compiled pattern each of whose matches opens with one of `words`, with a cheap test
    before `match` and `fullmatch`: the one or two characters at the position must open one of
    the words. The answers are the pattern's own; a position that fails the test costs a set
    lookup instead of a try of every alternative (the officials stage tries country names and
    stop words at most words of a title, and almost all fail).

    Case: when the pattern ignores case, the test compares lower-cased text; characters whose
    lower case is not their case folding (`ß`, `ſ`, `İ`) always go on to the pattern.
    """

    __slots__ = ("pattern", "match", "fullmatch")

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str]):
        self.pattern = pattern
        fold = bool(pattern.flags & regex.IGNORECASE)
        heads = [w[:2].lower() if fold else w[:2] for w in words]
        if not heads or "" in heads:
            raise DataError("a gated pattern needs non-empty words")
        if fold and any(h != h.casefold() for h in heads):  # a word opening with such a character
            self.match, self.fullmatch = pattern.match, pattern.fullmatch
            return
        self.match = _gate(pattern.match, heads, fold)
        self.fullmatch = _gate(pattern.fullmatch, heads, fold)


def _gate(method, heads: list[str], fold: bool):
    """`method` (a pattern's match or fullmatch) behind the test of `Gated` (a closure: the test
    runs at every word of a title, so it is kept to a slice and a set lookup)."""
    two = frozenset(h for h in heads if len(h) == 2)
    one = frozenset(h for h in heads if len(h) < 2)

    def gated(string: str, pos: int = 0, endpos: int | None = None):
        if endpos is None:
            head = string[pos : pos + 2]
            if fold:
                low = head.lower()
                if low != head.casefold():
                    return method(string, pos, endpos)
                head = low
            if head not in two and (not one or head[:1] not in one):
                return None
        return method(string, pos, endpos)

    return gated


class Needing:
    """A compiled pattern each of whose matches holds one of `words` (as written): `search` and
    `finditer` on a text that holds none of them find nothing at once, after a `str` search
    for each word instead of a regex scan of the whole text."""

    __slots__ = ("pattern", "words")

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str]):
        self.pattern = pattern
        self.words = tuple(words)
        if not self.words or "" in self.words:
            raise DataError("a pattern needing words needs non-empty words")

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> regex.Match[str] | None:
        """`pattern.search(string, pos, endpos)`, or None at once when `string` holds none of the words."""
        if not any(w in string for w in self.words):
            return None
        return self.pattern.search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[regex.Match[str]]:
        """`pattern.finditer(string, pos, endpos)`, or nothing when `string` holds none of the words."""
        if not any(w in string for w in self.words):
            return iter(())
        return self.pattern.finditer(string, pos, endpos)


@functools.lru_cache(maxsize=8)  # lower_view, and the officials' lists, promotions and demotions, read one article
def lowered(text: str) -> str:
    """`text.lower()`, made once per article."""
    return text.lower()


# Lower-case letters that a case-insensitive pattern also matches in characters whose `str.lower` is another letter
# ("ſ" for "s", "ς" for "σ", "µ" for "μ"): words holding one are not searched in the lower-cased text.
_FOLDED_FROM_OTHERS = frozenset("sβθφπκρειμσṡ")


class Opening:
    """A compiled pattern each of whose (non-empty) matches opens with one of `words`, in any case:
    `finditer` tries `match` only where the lower-cased text holds one of the words, instead of a
    regex scan of every position (a case-insensitive word behind a lookbehind gets no fast scan:
    `promotion` took 1 % of a run for one match in 1,500 articles). The matches are `finditer`'s:
    in text order, each tried at or after the end of the one before.

    `closing`: words (any case) one of which every match also holds; a text with none of them has
    no match, and its openings are not tried (`demotion` opens with "hạ", in one article in four,
    but always holds "xuống")."""

    __slots__ = ("pattern", "words", "closing")

    def __init__(self, pattern: regex.Pattern[str], words: Iterable[str], closing: Iterable[str] = ()):
        self.pattern = pattern
        self.words = tuple(dict.fromkeys(w.lower() for w in words))
        self.closing = tuple(dict.fromkeys(w.lower() for w in closing))
        if not self.words or "" in self.words or "" in self.closing:
            raise DataError("a pattern opening with words needs non-empty words")
        if any(c in _FOLDED_FROM_OTHERS for w in self.words for c in w):
            self.words = ()  # found by the pattern's own scan
        if any(c in _FOLDED_FROM_OTHERS for w in self.closing for c in w):
            self.closing = ()  # not a test on the lower-cased text

    def finditer(self, string: str) -> Iterator[regex.Match[str]]:
        """`pattern.finditer(string)`."""
        low = lowered(string)
        if self.closing and not any(w in low for w in self.closing):
            return
        if not self.words or len(low) != len(string):  # "İ" lowers to two characters: offsets would shift
            yield from self.pattern.finditer(string)
            return
        starts = set()
        for word in self.words:
            at = low.find(word)
            while at >= 0:
                starts.add(at)
                at = low.find(word, at + 1)
        end = 0
        for at in sorted(starts):
            if at >= end and (m := self.pattern.match(string, at)) is not None:
                end = m.end()
                yield m


@functools.cache
def load_patterns(name: str) -> dict[str, str]:
    """Named regex fragments of `data/patterns/<name>`, references resolved.

    A fragment refers to another as `{{other}}`; references may nest. A key
    `lexicons` maps fragment names to word-list files whose alternation becomes
    that fragment (or a list of files, merged), so lexicons stay in their own
    files and a list is never copied into a second one; `file.tsv:column` takes
    one column of a table (`ranks.tsv:rank`). A key `imports` lists other
    pattern files whose fragments this one may refer to, so a shape two fact
    types read (`date_shapes.yaml`) is written once.

    Raises:
        DataError: on an unknown or cyclic reference, an empty group or
            alternative, a non-NFC fragment, a fragment that does not compile,
            or a fragment defined both here and in an imported file.
    """
    path = DATA_DIR / "patterns" / name
    raw = yaml.load(path.read_text(encoding="utf-8"), Loader=_YAML_LOADER) or {}
    lexicons = raw.pop("lexicons", {}) or {}
    fragments: dict[str, str] = {
        k: alternation(w for name in ([v] if isinstance(v, str) else v) for w in _lexicon_words(name))
        for k, v in lexicons.items()
    }
    for other in raw.pop("imports", []) or []:
        for key, text in load_patterns(other).items():
            if key in raw or key in fragments:
                raise DataError(f"{path.name}: fragment {key!r} is defined here and in the imported {other}")
            fragments[key] = text
    for key, value in raw.items():
        if not isinstance(value, str):
            raise DataError(f"{path.name}: fragment {key!r} is not a string")
        if not unicodedata.is_normalized("NFC", value):  # the line is looked up for the message only (16 ms a run)
            _check_nfc(path, _line_of(path, key), value)
        if _EMPTY_GROUP.search(value):
            raise DataError(f"{path.name}:{_line_of(path, key)}: empty group or alternative in {key!r}")
    resolved: dict[str, str] = dict(fragments)

    def resolve(key: str, stack: tuple[str, ...]) -> str:
        if key in resolved:
            return resolved[key]
        if key not in raw:
            where = stack[-1] if stack else "?"
            raise DataError(f"{path.name}: unknown reference {{{{{key}}}}} in {where!r}")
        if key in stack:
            raise DataError(f"{path.name}: cyclic reference {' -> '.join(stack + (key,))}")
        text = _REFERENCE.sub(lambda m: resolve(m.group(1), stack + (key,)), raw[key])
        resolved[key] = text
        return text

    for key in raw:
        resolve(key, ())
    # A fragment written inside others compiles as part of them: compiling the outermost ones
    # checks the file (every fragment alone cost 0.09 s of CPU per process); only when one
    # fails is every fragment compiled, to name the first that does not compile.
    inner = {ref for text in raw.values() for ref in _REFERENCE.findall(text)}
    try:
        for key, text in resolved.items():
            if key not in inner:
                regex.compile(text)
    except regex.error:
        _refuse_uncompiled(path, resolved)
        raise
    return resolved


def _lexicon_words(name: str) -> tuple[str, ...]:
    """The entries of a `lexicons` file: a word list, or one column of a table (`ranks.tsv:rank`)."""
    if ":" not in name:
        return load_words(name)
    table, column = name.split(":", 1)
    return tuple(row[column] for row in load_tsv(table, key=column))


def _refuse_uncompiled(path: Path, fragments: dict[str, str]) -> None:
    """Raise DataError naming the first of `fragments` that does not compile alone."""
    for key, text in fragments.items():
        try:
            regex.compile(text)
        except regex.error as exc:
            raise DataError(f"{path.name}:{_line_of(path, key)}: {key!r} does not compile: {exc}") from exc


def _line_of(path: Path, key: str) -> int:
    """The line where YAML key `key` is defined (for messages)."""
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith(f"{key}:"):
            return lineno
    return 0
