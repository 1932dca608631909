"""Inputs: files and folders of .txt, .html, .jsonl(.gz) become `RawArticle`s;
anything that cannot be read becomes a `Reject` with a specific reason.

Reading never raises for a bad input: the run goes on and the reject is a row.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import viparse
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from vnie.extractors.metadata import read_datetime

# A JSON line may hold up to this many bytes per character of article text
# (\uXXXX escapes take 6), so longer lines are over max_chars for sure.
JSON_BYTES_PER_CHAR = 6
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz")
RECORD_KEYS = ("id", "url", "title", "published", "author", "text")

# A text whose share of control characters exceeds this is binary, not prose
# (real articles have none after decoding; 1% leaves room for stray \x08).
BINARY_CONTROL_SHARE = 0.01
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
# Letters only Vietnamese uses; a cp1258 reading that yields none is suspect.
_VIET_LETTER = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|\p{M}")


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read, before normalisation."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    meta: dict[str, str] = field(default_factory=dict)
    bad_fields: tuple[str, ...] = ()  # fields left out as unreadable, each "name: why"


@dataclass(frozen=True, slots=True)
class Reject:
    """An input that could not be read, and why."""

    source: str
    reason: str
    detail: str


class InputError(ValueError):
    """Raised inside the readers; carries a reject `reason`."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


def decode_bytes(data: bytes) -> str:
    """Decode article bytes: BOMs, UTF-8, legacy Vietnamese encodings, cp1258.

    Raises:
        InputError: `empty`, `binary` or `undecodable`.
    """
    if not data.strip():
        raise InputError("empty", f"{len(data)} bytes, no text")
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
                       (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec))
            except UnicodeDecodeError as exc:
                raise InputError("undecodable", f"{codec} BOM but {exc.reason} at byte {exc.start}") from exc
    if b"\x00" in data:
        raise InputError("binary", "NUL bytes and no UTF-16/32 byte-order mark")
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _check_text(_decode_legacy(data))


def _decode_legacy(data: bytes) -> str:
    """Single-byte Vietnamese text: a font encoding viparse recognises, else cp1258."""
    latin = data.decode("latin-1")
    encoding = viparse.detect_text_encoding(latin)
    if encoding:
        return viparse.fix(latin, encoding=encoding)
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError as exc:
        raise InputError("undecodable", f"not UTF-8, not a legacy Vietnamese encoding ({exc.reason})") from exc
    if not _VIET_LETTER.search(text):
        raise InputError("undecodable", "not UTF-8 and no Vietnamese letters in any legacy reading")
    return unicodedata.normalize("NFC", text)


def _check_text(text: str) -> str:
    if not text.strip():
        raise InputError("empty", "only whitespace")
    controls = len(_CONTROL.findall(text))
    if controls > BINARY_CONTROL_SHARE * len(text):
        raise InputError("binary", f"{controls} control characters in {len(text)}")
    return text


def html_text(html: str) -> tuple[str | None, str]:
    """Title and body text of an HTML page, one block element per line."""
    tree = HTMLParser(html)
    tree.strip_tags(["script", "style", "noscript", "nav", "header", "footer", "aside", "form"])
    title_node = tree.css_first("h1") or tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    root = tree.css_first("article") or tree.body or tree.root
    if root is None:
        return title, ""
    blocks = [b for b in root.css(_BLOCKS) if not _inside_block(b)]
    lines = [" ".join(b.text().split()) for b in blocks]
    if not any(lines):
        lines = [root.text(separator="\n", strip=True)]
    return title, "\n".join(line for line in lines if line)


_BLOCKS = "h1, h2, h3, h4, p, li, figcaption, blockquote, td"
_BLOCK_TAGS = frozenset(t.strip() for t in _BLOCKS.split(","))


def _inside_block(node) -> bool:
    """True when an ancestor is itself a block we take whole (avoids doubled text)."""
    parent = node.parent
    while parent is not None:
        if parent.tag in _BLOCK_TAGS:
            return True
        parent = parent.parent
    return False


def parse_published(value: Any) -> dt.datetime | None:
    """A record's `published` field as a datetime (forms: `read_datetime`).

    Raises:
        InputError: `bad_field` for a value that is not a date or is out of range.
    """
    try:
        return read_datetime(value)
    except ValueError as exc:
        raise InputError("bad_field", f"published: {exc}") from exc


def _authors(value: Any) -> tuple[str, ...]:
    if not value:
        return ()
    if isinstance(value, str):
        return tuple(a.strip() for a in regex.split(r"\s*[,;]\s*|\s+-\s+", value) if a.strip())
    if isinstance(value, list) and all(isinstance(a, str) for a in value):
        return tuple(a for a in value if a)
    raise InputError("bad_field", f"author: a JSON {type(value).__name__}, not a string or a list of strings")


def _optional_text(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise InputError("bad_field", f"{key}: a JSON {type(value).__name__}, not a string")
    return value


def _field(read: Callable[[], Any], bad: list[InputError], empty: Any = None) -> Any:
    """`read()`, or `empty` with the error kept in `bad` when the field cannot be read."""
    try:
        return read()
    except InputError as exc:
        bad.append(exc)
        return empty


def with_headline(title: str | None, text: str) -> str:
    """The article as read on the page: headline, blank line, body.

    Records keep the headline apart from `text`; putting it back makes facts in
    the headline extractable, as they are for `.txt` and HTML articles.
    """
    if not title or not title.strip() or text.lstrip().startswith(title.strip()):
        return text
    return f"{title.strip()}\n\n{text}"


def record_article(record: Any, source: str, max_chars: int) -> RawArticle:
    """One JSONL record as a `RawArticle`.

    A field other than `text` that cannot be read (`published: "99999-01-01"`,
    `title: 5`) is left out and noted in `RawArticle.bad_fields`: the article
    is kept, its date then comes from the text.

    Raises:
        InputError: `bad_record`, `empty` or `too_large`.
    """
    if not isinstance(record, dict):
        raise InputError("bad_record", f"a JSON {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("bad_record", "no string field 'text'")
    if not text.strip():
        raise InputError("empty", "field 'text' is empty")
    if len(text) > max_chars:
        raise InputError("too_large", f"{len(text)} characters, limit {max_chars}")
    meta = {k: json.dumps(v, ensure_ascii=False) for k, v in record.items() if k not in RECORD_KEYS}
    bad: list[InputError] = []
    title = _field(lambda: _optional_text(record, "title"), bad)
    return RawArticle(
        source=str(record.get("id") or source),
        text=_check_text(with_headline(title, text)),
        url=_field(lambda: _optional_text(record, "url"), bad),
        title=title,
        published=_field(lambda: parse_published(record.get("published")), bad),
        authors=_field(lambda: _authors(record.get("author")), bad, ()),
        meta=meta,
        bad_fields=tuple(exc.detail for exc in bad),
    )


def _bounded_lines(handle: Any, limit: int) -> Iterator[bytes | None]:
    """Lines of `handle`; a line longer than `limit` bytes is skipped unread and yields None."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _read_jsonl(path: Path, source: str, max_chars: int) -> Iterator[RawArticle | Reject]:
    opener = gzip.open if path.name.endswith(".gz") else open
    limit = JSON_BYTES_PER_CHAR * max_chars
    try:
        with opener(path, "rb") as handle:
            for lineno, line in enumerate(_bounded_lines(handle, limit), 1):
                where = f"{source}:{lineno}"
                if line is None:
                    yield Reject(where, "too_large", f"JSON line over {limit} bytes, skipped unread")
                    continue
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except (json.JSONDecodeError, UnicodeDecodeError) as exc:
                    yield Reject(where, "bad_json", str(exc))
                    continue
                try:
                    article = record_article(record, where, max_chars)
                    for detail in article.bad_fields:
                        yield Reject(article.source, "bad_field", detail)
                    yield article
                except InputError as exc:
                    rid = record.get("id") if isinstance(record, dict) else None
                    yield Reject(str(rid or where), exc.reason, exc.detail)
    except (OSError, EOFError) as exc:
        yield Reject(source, "unreadable", f"{type(exc).__name__}: {exc}")


def _read_file(path: Path, source: str, max_bytes: int) -> RawArticle:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError("too_large", f"{size} bytes, limit {max_bytes}")
    text = decode_bytes(path.read_bytes())
    if path.suffix.lower() in (".html", ".htm"):
        title, body = html_text(text)
        if not body.strip():
            raise InputError("empty", "HTML page without body text")
        return RawArticle(source=source, text=body, title=title)
    return RawArticle(source=source, text=text)


def list_inputs(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Each input file with its `source` name (relative to the folder given), sorted."""
    for root in paths:
        if root.is_dir():
            for path in sorted(p for p in root.rglob("*") if p.is_file()):
                if path.name.lower().endswith(SUFFIXES) and not path.name.startswith("."):
                    yield path, path.relative_to(root).as_posix()
        else:
            yield root, root.name


def read_inputs(paths: list[Path], max_bytes: int, max_chars: int) -> Iterator[RawArticle | Reject]:
    """Every article (or reject) in `paths`, in a stable order.

    Args:
        paths: files and folders (folders are searched recursively).
        max_bytes: larger files are rejected as `too_large` unread.
        max_chars: longer JSONL texts are rejected as `too_large`.
    """
    for path, source in list_inputs(paths):
        if not path.exists():
            yield Reject(source, "missing", f"{path} does not exist")
        elif path.name.lower().endswith((".jsonl", ".jsonl.gz")):
            yield from _read_jsonl(path, source, max_chars)
        else:
            try:
                yield _read_file(path, source, max_bytes)
            except InputError as exc:
                yield Reject(source, exc.reason, exc.detail)
            except OSError as exc:
                yield Reject(source, "unreadable", f"{type(exc).__name__}: {exc}")
