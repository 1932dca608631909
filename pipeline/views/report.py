"""`vnie report`: a static HTML summary of an output folder, for the morning check.

The page holds: the latest runs, rows per table, the most-mentioned officials,
the careers of the top officials across articles (timeline charts and tables of posts),
numeric facts per province (2025 units) and models per province as bar charts
(matplotlib, inlined as SVG, no maps), and the rejects with their reasons.
Every section copes with empty tables, so the page also works while
extractors find nothing.
"""

from __future__ import annotations

import argparse
import io
import re
import sys
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from vnie.errors import UsageError
from vnie.views.people import _date, _text, career_figure, careers, top_officials
from vnie.views.query import connect, format_cell, part_files, read_table
from vnie.run.tables import TABLES


# Bars per chart and rows per list: a glance, not an inventory.
TOP_N = 15
RECENT_RUNS = 5
CAREERS_N = 3  # officials whose careers are charted
MAX_REJECTS_LISTED = 50
NO_PROVINCE = "(no province)"
NO_PROVINCE_COLOUR = "#aaaaaa"

# fmt: off
SQL_OFFICIALS = """
    SELECT arg_max(name, length(name)) AS name,
           mode(rank) AS rank,
           count(DISTINCT article_id) AS articles,
           CAST(sum(n_mentions) AS INTEGER) AS mentions,
           list_sort(list_distinct(flatten(list(titles)))) AS titles
    FROM people GROUP BY person_key
    ORDER BY articles DESC, mentions DESC, name LIMIT ?
"""
# Persons across articles (officials only) with the posts seen, canonical (positions).
SQL_PERSONS = """
    SELECT p.name, p.person_id, p.n_articles AS articles, p.ranks,
           concat_ws(' ', p.current_role, p.current_organisation) AS current_post,
           list_sort(list_distinct(list(concat_ws(' ', CAST(q.role AS VARCHAR), q.organisation))
                                   FILTER (WHERE q.role IS NOT NULL))) AS posts
    FROM persons p LEFT JOIN positions q USING (person_id)
    WHERE p.kind = 'official'
    GROUP BY ALL ORDER BY articles DESC, p.name LIMIT ?
"""
SQL_NUMBERS_BY_PROVINCE = f"""
    SELECT coalesce(p.province_2025, '{NO_PROVINCE}') AS province_2025,
           count(*) AS facts, count(DISTINCT n.article_id) AS articles
    FROM numbers n LEFT JOIN article_province p USING (article_id)
    GROUP BY 1 ORDER BY facts DESC, 1
"""
SQL_MODELS_BY_PROVINCE = f"""
    SELECT coalesce(CAST(province AS VARCHAR), '{NO_PROVINCE}') AS province,
           count(*) AS mentions, count(DISTINCT name) AS models,
           list_sort(list_distinct(list(name))) AS names
    FROM models GROUP BY 1 ORDER BY models DESC, mentions DESC, 1
"""
SQL_REJECT_REASONS = "SELECT reason, count(*) AS n FROM rejects GROUP BY 1 ORDER BY n DESC, 1"
# `*`: columns added later (the failing stage) show up without a change here.
SQL_REJECTS = "SELECT * FROM rejects ORDER BY run_id DESC, source LIMIT ?"
SQL_RUNS = """
    SELECT run_id, started_at, finished_at, n_inputs, n_new, n_skipped, n_rejected, pipeline_version
    FROM runs ORDER BY started_at DESC LIMIT ?
"""
# fmt: on


@dataclass(frozen=True, slots=True)
class TableCount:
    table: str
    rows: int
    parts: int
    articles: int | None  # articles with at least one row; None for tables without article_id


def _rows(con, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
    cursor = con.execute(sql, params or [])
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row)) for row in cursor.fetchall()]


def table_counts(con, out: Path) -> list[TableCount]:
    """Rows, part files and covered articles of every table."""
    result = []
    for table in TABLES:
        columns = {r[0] for r in con.execute(f'DESCRIBE "{table}"').fetchall()}
        has_article = "article_id" in columns and table != "articles"
        sql = f'SELECT count(*), {"count(DISTINCT article_id)" if has_article else "NULL"} FROM "{table}"'
        ((rows, articles),) = con.execute(sql).fetchall()  # DuckDB 2: fetchone() leaves the result open
        result.append(TableCount(table, rows, len(part_files(out, table)), articles))
    return result


def gather(out: Path) -> dict[str, Any]:
    """Everything the page shows, read from the tables in `out`."""
    con = connect(out)
    try:
        return {
            "counts": table_counts(con, out),
            "runs": _rows(con, SQL_RUNS, [RECENT_RUNS]),
            "officials": _rows(con, SQL_OFFICIALS, [TOP_N]),
            "persons": _rows(con, SQL_PERSONS, [TOP_N]),
            "numbers_by_province": _rows(con, SQL_NUMBERS_BY_PROVINCE),
            "models_by_province": _rows(con, SQL_MODELS_BY_PROVINCE),
            "reject_reasons": _rows(con, SQL_REJECT_REASONS),
            "rejects": _rows(con, SQL_REJECTS, [MAX_REJECTS_LISTED]),
        }
    finally:
        con.close()


def official_careers(out: Path, n: int = CAREERS_N) -> list[dict[str, Any]]:
    """The `n` officials in most articles, each with their posts (the career of `vnie people NAME`)."""
    top = top_officials(read_table(out, "persons"), n)
    posts = careers(out, list(top["person_id"]))
    result = []
    for _, p in top.iterrows():
        career = posts[p["person_id"]]
        rows = [{"role": " ".join(x for x in (_text(c["qualifier"]), _text(c["role"])) if x),
                 "organisation": _text(c["organisation"]), "first": _date(c["first"]), "last": _date(c["last"]),
                 "mentions": c["mentions"]} for _, c in career.head(TOP_N).iterrows()]
        result.append({"person_id": p["person_id"], "name": p["name"], "articles": p["n_articles"],
                       "current_role": _text(p["current_role"]),
                       "current_organisation": _text(p["current_organisation"]),
                       "first_seen": p["first_seen"], "last_seen": p["last_seen"], "posts": rows,
                       "more_posts": len(career) - len(rows),
                       "chart": figure_svg(career_figure(career, f"{p['name']}: posts over time", (7.5, 3.2)))})
    return result


# --- charts -------------------------------------------------------------------

_SVG_PROLOGUE = re.compile(r"^.*?(?=<svg)", re.S)


def bar_chart_svg(labels: list[str], values: list[float], title: str, xlabel: str,
                  empty_note: str, colour: str = "#3b6fb6") -> str:
    """A horizontal bar chart as an inline `<svg>` element (largest bar on top).

    Args:
        labels: one per bar.
        values: bar lengths, same length as `labels`.
        title: chart title.
        xlabel: what the bars count.
        empty_note: text drawn instead of bars when there are none.
        colour: bar colour.

    Returns:
        SVG markup without the XML prologue, ready to inline in HTML.
    """
    import matplotlib
    from matplotlib.figure import Figure
    from matplotlib.ticker import MaxNLocator

    labels, values = labels[:TOP_N], values[:TOP_N]
    height = 1.2 + 0.32 * max(len(labels), 3)
    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "vnie", "font.size": 10}):
        fig = Figure(figsize=(7.5, height), layout="constrained")  # no pyplot: no global figure state
        ax = fig.subplots()
        ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
        if labels:
            ys = range(len(labels))
            colours = [NO_PROVINCE_COLOUR if label == NO_PROVINCE else colour for label in labels]
            ax.barh(list(ys), values, color=colours)
            ax.set_yticks(list(ys), labels)
            ax.invert_yaxis()
            ax.set_xlabel(xlabel)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            for y, v in zip(ys, values):
                ax.annotate(format_cell(float(v)), (v, y), xytext=(3, 0), textcoords="offset points",
                            va="center", fontsize=9)
            ax.spines[["top", "right"]].set_visible(False)
            ax.margins(x=0.12)
        else:
            ax.text(0.5, 0.5, empty_note, ha="center", va="center", color="#888", transform=ax.transAxes)
            ax.set_axis_off()
    return figure_svg(fig)


def figure_svg(fig) -> str:
    """A matplotlib figure as deterministic SVG markup without the XML prologue."""
    import matplotlib

    with matplotlib.rc_context({"svg.fonttype": "path", "svg.hashsalt": "vnie"}):
        buf = io.StringIO()
        fig.savefig(buf, format="svg", metadata={"Date": None})
    return _SVG_PROLOGUE.sub("", buf.getvalue(), count=1)


def charts(data: dict[str, Any]) -> dict[str, str]:
    """The page's charts as inline SVG, keyed by name."""
    numbers = data["numbers_by_province"]
    models = data["models_by_province"]
    return {
        "numbers": bar_chart_svg([r["province_2025"] for r in numbers], [r["facts"] for r in numbers],
                                 "Numeric facts per province (2025 units)", "numeric facts",
                                 "no numeric facts yet"),
        "models": bar_chart_svg([r["province"] for r in models], [r["models"] for r in models],
                                "Models per province", "distinct models", "no models yet", colour="#c98a12"),
    }


# --- page ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def _environment():
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape

    env = Environment(loader=PackageLoader("vnie", "templates"),
                      autoescape=select_autoescape(["html", "j2"]), undefined=StrictUndefined,
                      trim_blocks=True, lstrip_blocks=True)
    env.filters["cell"] = format_cell
    return env


def render_template(name: str, **context: Any) -> str:
    """Render `pipeline/templates/<name>` (package `vnie`) with autoescaping.

    Raises:
        jinja2.TemplateNotFound: if there is no such template.
    """
    return _environment().get_template(name).render(**context)


def render_report(out: Path) -> str:
    """The whole report page for the tables in `out`."""
    from markupsafe import Markup

    data = gather(out)
    svg = {k: Markup(v) for k, v in charts(data).items()}  # our own matplotlib output, safe to inline
    data["careers"] = [{**c, "chart": Markup(c["chart"])} for c in official_careers(out)]
    counts = {c.table: c.rows for c in data["counts"]}
    return render_template("report.html.j2", out=str(out), data=data, charts=svg, counts=counts,
                           latest=data["runs"][0] if data["runs"] else None, top_n=TOP_N)


def cmd_report(args: argparse.Namespace) -> int:
    """`vnie report [--out DIR] [--html PATH]`."""
    out = Path(args.out)
    if not (out / "articles").is_dir():
        raise UsageError(f"no tables in {out}; run `vnie run --out {out}` first")
    path = args.html or out / "report.html"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_report(out), encoding="utf-8")
    print(f"wrote {path}")
    return 0
