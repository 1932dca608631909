"""Inputs: files and folders of .txt, .html, .jsonl(.gz) become `RawArticle`s;
anything that cannot be read becomes a `Reject` with a specific reason.

Reading never raises for a bad input: the run goes on and the reject is a row.
"""

from __future__ import annotations

import codecs
import datetime as dt
import gzip
import json
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex

from vnie.extractors.metadata import read_datetime
from vnie.run.limits import InputTimeout, disarm, time_limit
from vnie.run.pages import PageError, read_page

# A JSON line may hold up to this many bytes per character of article text
# (\uXXXX escapes take 6), so longer lines are over max_chars for sure.
JSON_BYTES_PER_CHAR = 6
SUFFIXES = (".txt", ".html", ".htm", ".jsonl", ".jsonl.gz")
RECORD_KEYS = ("id", "url", "title", "published", "author", "text")
# Keys a crawler may name the outlet by (kept in `meta` too).
SITE_KEYS = ("site", "site_name", "outlet", "publisher", "source")
# An input named "-" is JSONL read from standard input; its rejects say "stdin:LINE".
STDIN = "-"

# A text whose share of control characters exceeds this is binary, not prose
# (real articles have none after decoding; 1% leaves room for stray \x08).
BINARY_CONTROL_SHARE = 0.01
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")  # an ASCII class: `re` scans it twice as fast as `regex`
# Letters only Vietnamese uses; a cp1258 reading that yields none is suspect.
_VIET_LETTER = regex.compile(r"[ăâđêôơưĂÂĐÊÔƠƯ]|\p{M}")
# UTF-16 without a byte-order mark: in Vietnamese (and any Latin-script) text
# most characters are below U+0100 (letters, digits, spaces) or in U+1Exx, so
# one byte of each pair is NUL in at least this share of the pairs ...
UTF16_NUL_SHARE = 0.3
# ... and the other byte is NUL in at most this share (U+0100, U+1E00, U+2000 ...).
UTF16_OTHER_NUL_SHARE = 0.01
# Unpaired UTF-16 surrogates: a JSON escape such as "\udfff" decodes to one, and
# a file name that is not UTF-8 holds them (Python's surrogateescape). UTF-8,
# hence Parquet, cannot store them.
_SURROGATE = re.compile("[\ud800-\udfff]")
REPLACEMENT = "\ufffd"


@dataclass(frozen=True, slots=True)
class RawArticle:
    """One article as read, before normalisation."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    meta: dict[str, str | None] = field(default_factory=dict)
    record_id: str | None = None
    site: str | None = None
    bad_fields: tuple[str, ...] = ()  # fields left out as unreadable or repaired, each "name: why"


# Reasons of a `rejects` row about a field or a name of an input whose article
# is still read and written: a note, not a rejected input.
KEPT_REASONS = frozenset({"bad_field", "bad_path"})


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
        codec = _utf16_without_bom(data)
        if codec is None:
            raise InputError("binary", "NUL bytes and no UTF-16/32 byte-order mark")
        try:
            return _check_text(data.decode(codec))
        except UnicodeDecodeError as exc:
            raise InputError("undecodable", f"{codec} without BOM but {exc.reason} at byte {exc.start}") from exc
    try:
        return _check_text(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    return _check_text(_decode_legacy(data))


def _utf16_without_bom(data: bytes) -> str | None:
    """`utf-16-le` or `utf-16-be` when the NUL bytes fall on one side of each byte pair, else None."""
    pairs = len(data) // 2
    if len(data) % 2 or not pairs:
        return None
    nul_low, nul_high = data[1::2].count(0), data[0::2].count(0)
    for codec, main, other in (("utf-16-le", nul_low, nul_high), ("utf-16-be", nul_high, nul_low)):
        if main >= UTF16_NUL_SHARE * pairs and other <= UTF16_OTHER_NUL_SHARE * pairs:
            return codec
    return None


def _decode_legacy(data: bytes) -> str:
    """Single-byte Vietnamese text: a font encoding viparse recognises, else cp1258."""
    import viparse  # here, not at start-up: only legacy files need it (see extractors/normalise.py)

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


def repair_surrogates(text: str) -> tuple[str, int]:
    """`text` with every unpaired surrogate replaced by U+FFFD, and how many there were."""
    try:
        text.encode("utf-8")  # the fast path: a few times quicker than a regex scan
        return text, 0
    except UnicodeEncodeError:
        return _SURROGATE.subn(REPLACEMENT, text)


def printable_name(name: str) -> str:
    """A file name as UTF-8 text: bytes that are not UTF-8 become `\\xNN` escapes."""
    return os.fsencode(name).decode("utf-8", "backslashreplace") if _SURROGATE.search(name) else name


def record_source(record: Any, where: str) -> str:
    """The record's `id` as its source when it is a usable one, else `where` (file:line)."""
    rid = record.get("id") if isinstance(record, dict) else None
    if isinstance(rid, str) and rid and not _SURROGATE.search(rid):
        return rid
    if isinstance(rid, int) and not isinstance(rid, bool):
        return str(rid)
    return where


def _repaired(record: dict[str, Any], notes: list[str]) -> dict[str, Any]:
    """The record with unpaired surrogates in its article fields replaced by U+FFFD (a note each)."""
    fixed = dict(record)
    for key in RECORD_KEYS[1:]:
        value = record.get(key)
        if isinstance(value, str):
            fixed[key], n = repair_surrogates(value)
        elif isinstance(value, list) and all(isinstance(v, str) for v in value):
            repaired = [repair_surrogates(v) for v in value]
            fixed[key], n = [v for v, _ in repaired], sum(k for _, k in repaired)
        else:
            n = 0
        if n:
            notes.append(f"{key}: {n} unpaired UTF-16 surrogate(s) replaced by U+FFFD; the article is kept")
    return fixed


def _meta(record: dict[str, Any], notes: list[str]) -> dict[str, str | None]:
    """The record's other keys: strings as they are, other JSON values as JSON text."""
    meta: dict[str, str | None] = {}
    for key, value in record.items():
        if key in RECORD_KEYS:
            continue
        name, n = repair_surrogates(key)
        if value is None or isinstance(value, str):
            text = value
        else:
            try:
                text = json.dumps(value, ensure_ascii=False)
            except RecursionError:
                notes.append(f"meta {name!r}: value nested too deeply; key dropped, the article is kept")
                continue
        if text is not None:
            text, k = repair_surrogates(text)
            n += k
        if n:
            notes.append(f"meta {name!r}: {n} unpaired UTF-16 surrogate(s) replaced by U+FFFD; the article is kept")
        meta[name] = text
    return meta


def record_article(record: Any, source: str, max_chars: int) -> RawArticle:
    """One JSONL record as a `RawArticle`.

    A field other than `text` that cannot be read (`published: "99999-01-01"`,
    `title: 5`) is left out and noted in `RawArticle.bad_fields`: the article
    is kept, its date then comes from the text. Unpaired UTF-16 surrogates (a
    JSON escape such as `"\\udfff"`) are replaced by U+FFFD and noted there
    too; an `id` that is not a usable name gives way to `source` (file:line).

    Raises:
        InputError: `bad_record`, `empty` or `too_large`.
    """
    if not isinstance(record, dict):
        raise InputError("bad_record", f"a JSON {type(record).__name__}, not an object")
    notes: list[str] = []
    where, source = source, record_source(record, source)
    if record.get("id") not in (None, "") and source == where:
        notes.append(f"id: not a usable name ({_describe(record['id'])}); the article is kept with source {where!r}")
    record = _repaired(record, notes)
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError("bad_record", "no string field 'text'")
    if not text.strip():
        raise InputError("empty", "field 'text' is empty")
    if len(text) > max_chars:
        raise InputError("too_large", f"{len(text)} characters, limit {max_chars}")
    meta = _meta(record, notes)
    bad: list[InputError] = []
    title = _field(lambda: _optional_text(record, "title"), bad)
    return RawArticle(
        source=source,
        text=_check_text(with_headline(title, text)),
        url=_field(lambda: _optional_text(record, "url"), bad),
        title=title,
        published=_field(lambda: parse_published(record.get("published")), bad),
        authors=_field(lambda: _authors(record.get("author")), bad, ()),
        meta=meta,
        record_id=source if source != where else None,  # the record's own id, when usable
        site=next((v.strip() for k in SITE_KEYS if isinstance(v := record.get(k), str) and v.strip()), None),
        bad_fields=(*notes, *(exc.detail for exc in bad)),
    )


def _describe(value: Any) -> str:
    """A short, printable description of a JSON value for a reject's detail."""
    if isinstance(value, str):
        return repr(value[:40])  # repr escapes surrogates
    return f"a JSON {type(value).__name__}"


def _bounded_lines(handle: Any, limit: int) -> Iterator[bytes | None]:
    """Lines of `handle`; a line longer than `limit` bytes is skipped unread and yields None."""
    while line := handle.readline(limit + 1):
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line


def _read_record(line: bytes, where: str, max_chars: int) -> list[RawArticle | Reject]:
    """One JSON line as an article (after any `bad_field` notes), or a reject."""
    try:
        record = json.loads(line)
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        return [Reject(where, "bad_json", str(exc))]
    except RecursionError:
        return [Reject(where, "bad_json", f"nested deeper than the JSON reader allows "
                                          f"(about {sys.getrecursionlimit()} levels)")]
    try:
        article = record_article(record, where, max_chars)
    except InputError as exc:
        return [Reject(record_source(record, where), exc.reason, exc.detail)]
    return [*(Reject(article.source, "bad_field", detail) for detail in article.bad_fields), article]


def _open_jsonl(path: Path) -> Any:
    """A binary handle on a JSONL file, a gzipped one, or standard input."""
    if str(path) == STDIN:
        return open(sys.stdin.fileno(), "rb", closefd=False)
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


def _read_jsonl(path: Path, source: str, max_chars: int, timeout: float = 0.0) -> Iterator[RawArticle | Reject]:
    limit = JSON_BYTES_PER_CHAR * max_chars
    try:
        with _open_jsonl(path) as handle:
            for lineno, line in enumerate(_bounded_lines(handle, limit), 1):
                where = f"{source}:{lineno}"
                if line is None:
                    yield Reject(where, "too_large", f"JSON line over {limit} bytes, skipped unread")
                    continue
                if not line.strip():
                    continue
                try:
                    with time_limit(timeout):  # never across a yield: the consumer's time is not ours
                        items = _read_record(line, where, max_chars)
                except InputTimeout as exc:
                    disarm()
                    items = [Reject(where, "timeout", f"reading the record {exc}")]
                yield from items
    except (OSError, EOFError) as exc:
        yield Reject(source, "unreadable", f"{type(exc).__name__}: {exc}")


def _read_file(path: Path, source: str, max_bytes: int) -> RawArticle:
    size = path.stat().st_size
    if size > max_bytes:
        raise InputError("too_large", f"{size} bytes, limit {max_bytes}")
    text = decode_bytes(path.read_bytes())
    if path.suffix.lower() in (".html", ".htm"):
        try:
            page = read_page(text)
        except PageError as exc:
            raise InputError(exc.reason, exc.detail) from exc
        meta = page.meta
        return RawArticle(source=source, text=page.text, url=meta.url, title=meta.title,
                          published=meta.published, authors=meta.authors, site=meta.site)
    return RawArticle(source=source, text=text)


def input_root(paths: list[Path]) -> Path:
    """The folder every `source` is relative to: the deepest folder holding all inputs.

    One folder given: that folder (`vnie run nightly/` gives `day1/article.txt`);
    one file: its folder; `day1 day2`: their parent, so the two `article.txt`
    stay apart as `day1/article.txt` and `day2/article.txt`.
    """
    folders = [os.path.abspath(p if p.is_dir() else p.parent) for p in paths]
    try:
        return Path(os.path.commonpath(folders)) if folders else Path.cwd()
    except ValueError:  # different drives: no common folder
        return Path(os.path.abspath(os.sep))


def source_name(path: Path, root: Path) -> str:
    """`path` relative to `root`, with forward slashes (absolute when outside it)."""
    full = Path(os.path.abspath(path))
    try:
        return full.relative_to(root).as_posix()
    except ValueError:
        return full.as_posix()


def list_inputs(paths: list[Path]) -> Iterator[tuple[Path, str]]:
    """Each input file with its `source`: its path relative to `input_root(paths)`, sorted.

    Sources are unique within a run (the same file given twice is one source).
    """
    root = input_root([p for p in paths if str(p) != STDIN])
    seen: set[str] = set()
    for given in paths:
        if str(given) == STDIN:
            yield given, "stdin"
            continue
        files = (sorted(p for p in given.rglob("*") if p.is_file()
                        and p.name.lower().endswith(SUFFIXES) and not p.name.startswith("."))
                 if given.is_dir() else [given])
        for path in files:
            source = source_name(path, root)
            if source not in seen:
                seen.add(source)
                yield path, source


def read_inputs(paths: list[Path], max_bytes: int, max_chars: int,
                timeout: float = 0.0) -> Iterator[RawArticle | Reject]:
    """Every article (or reject) in `paths`, in a stable order.

    A file name that is not UTF-8 gives a `bad_path` note and its article is
    read with the name's bytes escaped (`b\\xe1o.txt`) as its source.

    Args:
        paths: files and folders (folders are searched recursively).
        max_bytes: larger files are rejected as `too_large` unread.
        max_chars: longer JSONL texts are rejected as `too_large`.
        timeout: seconds allowed to read one file or JSONL record (0: no
            limit); a slower one is rejected as `timeout`.
    """
    for path, source in list_inputs(paths):
        if printable_name(source) != source:
            source = printable_name(source)
            yield Reject(source, "bad_path", "file name is not UTF-8; its bytes are kept as \\x escapes "
                                             "in the source name and the file is read")
        if str(path) == STDIN:
            yield from _read_jsonl(path, source, max_chars, timeout)
        elif not path.exists():
            yield Reject(source, "missing", f"{printable_name(str(path))} does not exist")
        elif path.name.lower().endswith((".jsonl", ".jsonl.gz")):
            yield from _read_jsonl(path, source, max_chars, timeout)
        else:
            yield _read_one_file(path, source, max_bytes, timeout)


def _read_one_file(path: Path, source: str, max_bytes: int, timeout: float) -> RawArticle | Reject:
    try:
        with time_limit(timeout):
            return _read_file(path, source, max_bytes)
    except InputError as exc:
        return Reject(source, exc.reason, exc.detail)
    except InputTimeout as exc:
        disarm()
        return Reject(source, "timeout", f"reading the file {exc}")
    except OSError as exc:
        return Reject(source, "unreadable", f"{type(exc).__name__}: {printable_name(str(exc))}")


def count_inputs(paths: list[Path]) -> int | None:
    """How many items (articles and rejects) `read_inputs` will yield; None for standard input.

    One per file, one per non-blank JSONL line: a quick pass that reads no text
    (the 5,000-article bench file takes 0.1 s), for progress totals.
    """
    if any(str(p) == STDIN for p in paths):
        return None
    total = 0
    for path, _ in list_inputs(paths):
        if not path.name.lower().endswith((".jsonl", ".jsonl.gz")):
            total += 1
            continue
        try:
            with _open_jsonl(path) as handle:
                total += sum(1 for line in handle if line.strip())
        except (OSError, EOFError):
            total += 1  # read as one `unreadable` reject
    return total
