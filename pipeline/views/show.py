"""`vnie show SOURCE`: one article with every extracted span coloured by type.

In the terminal (rich): a legend with counts, the normalised text with the
spans coloured, then the list of mentions with their values. With `--html
PATH`: the same as a page, each span's value in its tooltip.
"""

from __future__ import annotations

import argparse
import difflib
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from vnie.errors import FAILED, UsageError
from vnie.views.query import connect, format_cell

# In the terminal's list of mentions: long spans (quotes) are cut, and a long
# value already listed (an official's titles) is not repeated.
MAX_SPAN_CHARS = 60
DITTO_MIN_CHARS = 40

EXIT_NOT_FOUND = FAILED


@dataclass(frozen=True, slots=True)
class SpanType:
    """How one span table is drawn."""

    table: str
    label: str
    style: str  # rich style in the terminal
    css: str  # CSS declarations in the page


# Drawing order matters only for nesting: a quote is drawn as a line under the
# text so the spans inside it keep their colour.
# fmt: off
SPAN_TYPES: tuple[SpanType, ...] = (
    SpanType("dates",      "date",     "bold cyan",          "background:#c9eefa"),
    SpanType("officials",  "official", "bold magenta",       "background:#f4d0f5"),
    SpanType("positions",  "position", "magenta",            "background:#faeafa;box-shadow:inset 0 -2px #b05cb5"),
    SpanType("provinces",  "province", "bold green",         "background:#c8f0cc"),
    SpanType("regions",    "region",   "bold red",           "background:#eef7dc;box-shadow:inset 0 -2px #7cb342"),
    SpanType("localities", "locality", "bold dark_orange",   "background:#fde0c4"),
    SpanType("models",     "model",    "bold yellow",        "background:#fff0a8"),
    SpanType("numbers",    "number",   "bold bright_blue",   "background:#d3dcfc"),
    SpanType("quotes",     "quote",    "italic underline",   "border-bottom:2px dotted #666;font-style:italic"),
)
# fmt: on
TYPE_OF: dict[str, SpanType] = {t.table: t for t in SPAN_TYPES}
# Spans that wrap others and are drawn as decoration, not colour.
WRAPPERS = frozenset({"quotes"})


@dataclass(frozen=True, slots=True)
class Span:
    table: str
    start: int
    end: int
    text: str
    detail: str
    rule: str


@dataclass(frozen=True, slots=True)
class Article:
    article_id: str
    source: str
    title: str | None
    published: Any
    text: str
    spans: tuple[Span, ...]


def describe(table: str, row: dict[str, Any]) -> str:
    """The value of a mention, in one line, for the legend table and tooltips."""
    get = row.get
    if table == "dates":
        return f"{get('value')} ({get('kind')})"
    if table == "officials":
        head = " ".join(x for x in (get("rank"), get("name")) if x)
        titles = format_cell(list(get("titles") or []), None)
        return f"{head}: {titles}" if titles else head
    if table == "provinces":
        old, new = get("province"), get("province_2025")
        return old if old == new else f"{old} → {new} (2025)"
    if table == "regions":
        return str(get("region"))
    if table == "localities":
        where = f", {get('province')}" if get("province") else ""
        return f"{get('level')} {get('name')}{where}"
    if table == "models":
        return str(get("name")) + (f" ({get('province')})" if get("province") else "")
    if table == "numbers":
        parts = [get("qualifier"), format_cell(get("value")), get("unit")]
        return " ".join(str(p) for p in parts if p)
    if table == "quotes":
        return str(get("kind")) + (f", {get('speaker')}" if get("speaker") else "")
    return ""


def _rows(con, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params)
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


# An article_id prefix must be this long to name an article (ids are 16 hex digits).
ID_PREFIX_MIN = 4
_COLUMNS = "article_id, source, title, published, text"


def _find(con, key: str) -> list[dict[str, Any]]:
    """Rows for `key`, tried in order: exact source, article_id, path given to the run,
    file name, article_id prefix; a key matching several articles finds none."""
    latest = "ORDER BY run_id DESC LIMIT 1"
    exact = _rows(con, f"SELECT {_COLUMNS} FROM articles_latest WHERE source = ? {latest}", [key])
    exact = exact or _rows(con, f"SELECT {_COLUMNS} FROM articles WHERE article_id = ? LIMIT 1", [key])
    if exact:
        return exact
    # A path as given to `vnie run` ends with the stored source ("nightly/day1/a.txt" -> "day1/a.txt").
    path = key.replace("\\", "/")
    suffixes = ["/".join(path.split("/")[i:]) for i in range(1, path.count("/") + 1)]
    for suffix in suffixes:
        rows = _rows(con, f"SELECT {_COLUMNS} FROM articles_latest WHERE source = ? {latest}", [suffix])
        if rows:
            return rows
    like = "%/" + key.replace("%", "\\%").replace("_", "\\_")
    rows = _rows(con, f"SELECT {_COLUMNS} FROM articles_latest WHERE source LIKE ? ESCAPE '\\'", [like])
    if len(rows) == 1:
        return rows
    if len(key) >= ID_PREFIX_MIN and all(c in "0123456789abcdef" for c in key):
        rows = _rows(con, f"SELECT {_COLUMNS} FROM articles WHERE starts_with(article_id, ?) LIMIT 2", [key])
        if len(rows) == 1:
            return rows
    return []


def known_sources(out: Path) -> list[str]:
    """Every article source in `out`."""
    con = connect(out, ["articles"])
    try:
        return [r[0] for r in con.execute("SELECT source FROM articles ORDER BY source").fetchall()]
    finally:
        con.close()


def load_article(out: Path, key: str) -> Article | None:
    """The article `key` names, with its spans.

    Args:
        out: the output folder.
        key: the article's `source` (`day1/article.txt`, a record id), the path
            given to `vnie run` (`nightly/day1/article.txt`, absolute or not), a
            file name when only one source has it, an `article_id` or a prefix of
            one (at least 4 characters). A source names its latest version.

    Returns:
        The article, or None when nothing (or more than one article) matches.
    """
    con = connect(out, [t.table for t in SPAN_TYPES] + ["articles"])
    try:
        found = _find(con, key)
        if not found:
            return None
        head = found[0]
        spans: list[Span] = []
        for kind in SPAN_TYPES:
            for row in _rows(con, f'SELECT * FROM "{kind.table}" WHERE article_id = ? ORDER BY start',
                             [head["article_id"]]):
                spans.append(Span(kind.table, row["start"], row["end"], row["text"],
                                  describe(kind.table, row), str(row.get("rule") or "")))
    finally:
        con.close()
    spans.sort(key=lambda s: (s.start, -s.end))
    return Article(head["article_id"], head["source"], head["title"], head["published"], head["text"],
                   tuple(spans))


def counts(article: Article) -> dict[str, int]:
    """Mentions per span table, in legend order."""
    n = {t.table: 0 for t in SPAN_TYPES}
    for span in article.spans:
        n[span.table] += 1
    return n


def render_terminal(article: Article, console=None, mentions: bool = True) -> None:
    """Print the article with coloured spans, a legend and the list of mentions.

    Args:
        article: what to show.
        console: a `rich.console.Console` (default: stdout, colour when it is a terminal).
        mentions: also print the table of mentions and their values.
    """
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = console or Console(highlight=False)
    published = format_cell(article.published) or "unknown"
    console.print(Text(f"{article.source}  ·  {article.article_id}  ·  published {published}", style="dim"))
    if article.title:
        console.print(Text(article.title, style="bold"))
    legend = Text("legend: ")
    for kind, n in counts(article).items():
        legend.append(f" {TYPE_OF[kind].label} {n} ", style=TYPE_OF[kind].style)
        legend.append(" ")
    console.print(legend)
    console.rule()
    body = Text(article.text)
    # Longest first, so a span nested in another is drawn last and keeps its colour.
    for span in sorted(article.spans, key=lambda s: s.start - s.end):
        body.stylize(TYPE_OF[span.table].style, span.start, span.end)
    console.print(body)
    if mentions and article.spans:
        console.rule()
        table = Table(header_style="bold", show_edge=False)
        for name in ("type", "at", "text", "value"):
            table.add_column(name, overflow="fold", justify="right" if name == "at" else "left")
        shown: set[tuple[str, str]] = set()
        for span in article.spans:
            kind = TYPE_OF[span.table]
            repeat = (span.table, span.detail) in shown and len(span.detail) > DITTO_MIN_CHARS
            shown.add((span.table, span.detail))
            detail = Text("(as above)", style="dim") if repeat else Text(span.detail)
            table.add_row(Text(kind.label, style=kind.style), str(span.start),
                          Text(format_cell(span.text, MAX_SPAN_CHARS)), detail)
        console.print(table)


def segments(article: Article) -> list[dict[str, Any]]:
    """The text cut at every span boundary; each piece knows the spans covering it.

    Returns:
        Dicts with `text`, `type` (innermost non-wrapper span table or None),
        `quoted` (inside a quote) and `title` (the covering spans' values).
    """
    cuts = sorted({0, len(article.text), *(s.start for s in article.spans), *(s.end for s in article.spans)})
    pieces: list[dict[str, Any]] = []
    for a, b in zip(cuts, cuts[1:]):
        covering = [s for s in article.spans if s.start <= a and s.end >= b]
        inner = [s for s in covering if s.table not in WRAPPERS]
        innermost = min(inner, key=lambda s: s.end - s.start) if inner else None
        pieces.append({
            "text": article.text[a:b],
            "type": innermost.table if innermost else None,
            "quoted": any(s.table in WRAPPERS for s in covering),
            "title": "\n".join(f"{TYPE_OF[s.table].label}: {s.detail}" for s in covering),
        })
    return pieces


def render_html(article: Article) -> str:
    """The article as a self-contained HTML page."""
    from vnie.views.report import render_template

    return render_template("show.html.j2", article=article, segments=segments(article), types=SPAN_TYPES,
                  counts=counts(article), labels={t.table: t.label for t in SPAN_TYPES}, published=format_cell(article.published) or "unknown")


def cmd_show(args: argparse.Namespace) -> int:
    """`vnie show SOURCE [--out DIR] [--html PATH]`."""
    out = Path(args.out)
    if not (out / "articles").is_dir():
        raise UsageError(f"no tables in {out}; run `vnie run --out {out}` first")
    article = load_article(out, args.source)
    if article is None:
        close = difflib.get_close_matches(args.source, known_sources(out), n=5, cutoff=0.3)
        hint = f"; did you mean: {', '.join(close)}" if close else ""
        print(f"vnie show: no article with source or article_id {args.source!r} in {out}{hint}", file=sys.stderr)
        return EXIT_NOT_FOUND
    if args.html:
        args.html.parent.mkdir(parents=True, exist_ok=True)
        args.html.write_text(render_html(article), encoding="utf-8")
        print(f"wrote {args.html}")
        return 0
    render_terminal(article)
    return 0
