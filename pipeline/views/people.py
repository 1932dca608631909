"""`vnie people [NAME]`: persons across articles, with their posts over time and their articles.

Without NAME: the persons named in most articles. With NAME: every person whose name,
alias or name key contains it (case and tone marks as `key()` folds them), each with
the posts seen (role and organisation, first and last date, how many mentions) and the
articles that name them.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import pandas as pd

from vnie.errors import UsageError
from vnie.extractors.keys import key
from vnie.views.query import read_table

# Persons listed without a NAME, and articles listed per person.
TOP_N = 30
ARTICLES_N = 20
# A career chart shows at most this many posts (the most-mentioned dated ones), labels cut to this length.
CHART_POSTS = 10
CHART_LABEL_CHARS = 48


def find_persons(persons: pd.DataFrame, name: str) -> pd.DataFrame:
    """Persons whose name, aliases or keys contain `key(name)`, most articles first."""
    k = key(name)

    def matches(row: Any) -> bool:
        names = [row["name"], *list(row["aliases"] if row["aliases"] is not None else [])]
        keys = [key(n) for n in names] + list(row["keys"] if row["keys"] is not None else [])
        return any(k in n for n in keys)

    found = persons[persons.apply(matches, axis=1)] if len(persons) else persons
    return found.sort_values(["n_articles", "name"], ascending=[False, True])


def career(positions: pd.DataFrame, articles: pd.DataFrame, person_id: str) -> pd.DataFrame:
    """The posts of one person: (qualifier, role, organisation) with first and last dates seen and
    mentions, one row per post however its organisation is spelt, dated posts first by date."""
    rows = positions[positions.person_id == person_id].merge(articles, on="article_id", how="left")
    if rows.empty:
        return pd.DataFrame(columns=["role", "organisation", "qualifier", "first", "last", "mentions"])
    rows = rows.assign(day=rows["published"].dt.date, organisation=rows["organisation"].fillna(""),
                       qualifier=rows["qualifier"].astype(object).fillna(""), role=rows["role"].astype(str))
    rows = rows.assign(org_key=rows["organisation"].map(key))
    grouped = rows.groupby(["qualifier", "role", "org_key"], dropna=False).agg(
        organisation=("organisation", lambda s: s.mode().iloc[0]), first=("day", "min"), last=("day", "max"),
        mentions=("article_id", "size")).reset_index()
    return grouped.sort_values(["first", "mentions"], ascending=[True, False], na_position="last")


def top_officials(persons: pd.DataFrame, n: int) -> pd.DataFrame:
    """The `n` officials named in most articles."""
    officials = persons[persons["kind"] == "official"]
    return officials.sort_values(["n_articles", "name"], ascending=[False, True]).head(n)


def careers(out: Path, person_ids: list[str]) -> dict[str, pd.DataFrame]:
    """`career()` of each person in `person_ids`, reading only the columns it needs."""
    positions = read_table(out, "positions", ["article_id", "person_id", "role", "organisation", "qualifier"])
    articles = read_table(out, "articles", ["article_id", "published"])
    return {pid: career(positions, articles, pid) for pid in person_ids}


def post_label(post: Any) -> str:
    """A career row as "qualifier role organisation"."""
    return " ".join(x for x in (_text(post["qualifier"]), _text(post["role"]), _text(post["organisation"])) if x)


def career_figure(posts: pd.DataFrame, title: str, size: tuple[float, float] = (10, 4)):
    """A career as a timeline: one bar per dated post from its first to its last day seen,
    in a figure of fixed `size` (inches) whatever the number of posts or years.

    Returns:
        a matplotlib `Figure` (no pyplot state): save it as SVG or PNG.
    """
    import matplotlib.dates as mdates
    from matplotlib.figure import Figure

    dated = posts[posts["first"].notna()] if len(posts) else posts
    dated = dated.sort_values("mentions", ascending=False, kind="stable").head(CHART_POSTS)
    dated = dated.sort_values(["first", "mentions"], ascending=[True, False], kind="stable")
    fig = Figure(figsize=size, layout="constrained")
    ax = fig.subplots()
    ax.set_title(title, loc="left", fontsize=11, fontweight="bold")
    if dated.empty:
        ax.text(0.5, 0.5, "no dated posts yet", ha="center", va="center", color="#888", transform=ax.transAxes)
        ax.set_axis_off()
        return fig
    first = mdates.date2num(pd.to_datetime(dated["first"]))
    last = mdates.date2num(pd.to_datetime(dated["last"]))
    ys = list(range(len(dated)))
    # A post seen on one day still gets a visible bar: 0.5 % of the axis.
    least = max(last.max() - first.min(), 30) * 0.005
    ax.barh(ys, [max(b - a, least) for a, b in zip(first, last)], left=first, height=0.55, color="#3b6fb6")
    for y, end, n in zip(ys, last, dated["mentions"]):
        ax.annotate(f"{n}×", (end, y), xytext=(4, 0), textcoords="offset points", va="center", fontsize=8)
    labels = [post_label(p) for _, p in dated.iterrows()]
    ax.set_yticks(ys, [x if len(x) <= CHART_LABEL_CHARS else x[:CHART_LABEL_CHARS - 1] + "…" for x in labels],
                  fontsize=9)
    ax.set_ylim(max(len(ys), 5) - 0.5, -0.5)  # top to bottom; few posts keep thin bars
    ax.set_xlabel("first to last day seen (publication dates); × mentions", fontsize=9)
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=8))
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.margins(x=0.08)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _articles_of(people: pd.DataFrame, articles: pd.DataFrame, person_id: str) -> pd.DataFrame:
    rows = people[people.person_id == person_id][["article_id"]].drop_duplicates().merge(
        articles, on="article_id", how="left")
    return rows.sort_values("published", na_position="last")


def _date(value: Any) -> str:
    return "?" if value is None or pd.isna(value) else str(value)[:10]


def _text(value: Any) -> str:
    """A cell as text, "" for a null (pandas reads a null string as NaN)."""
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)


def cmd_people(args: argparse.Namespace) -> int:
    """Print persons (top ones, or those matching NAME) with their careers and articles."""
    out = Path(args.out)
    if not out.is_dir():
        raise UsageError(f"no output folder {out}: run `vnie run` first")
    persons = read_table(out, "persons")
    if persons.empty:
        print(f"no persons in {out} (tables written before persons existed: run `vnie run` on new inputs)")
        return 1
    if not args.name:
        top = persons.sort_values(["n_articles", "name"], ascending=[False, True]).head(args.limit or TOP_N)
        for _, p in top.iterrows():
            post = " ".join(x for x in (_text(p["current_role"]), _text(p["current_organisation"])) if x)
            print(f"{p['person_id']}  {p['n_articles']:>4} articles  {p['kind']:<8}  {p['name']}"
                  + (f"  — {post}" if post else ""))
        return 0
    found = find_persons(persons, args.name)
    if found.empty:
        print(f"no person matches {args.name!r}", file=sys.stderr)
        return 1
    positions = read_table(out, "positions")
    people = read_table(out, "people")
    articles = read_table(out, "articles")[["article_id", "source", "title", "published"]]
    for _, p in found.head(args.limit or TOP_N).iterrows():
        aliases = ", ".join(a for a in (p["aliases"] if p["aliases"] is not None else []))
        ranks = ", ".join(p["ranks"] if p["ranks"] is not None else [])
        print(f"\n{p['name']}  ({p['person_id']}, {p['kind']}, {p['n_articles']} articles, "
              f"{_date(p['first_seen'])} .. {_date(p['last_seen'])})")
        if aliases:
            print(f"  also written: {aliases}")
        if ranks:
            print(f"  ranks: {ranks}")
        posts = career(positions, articles, p["person_id"])
        if not posts.empty:
            print("  posts:")
            for _, c in posts.iterrows():
                when = _date(c["first"]) if c["first"] == c["last"] else f"{_date(c['first'])} .. {_date(c['last'])}"
                print(f"    {when:<24} {post_label(c)}  ({c['mentions']}x)")
        print("  articles:")
        arts = _articles_of(people, articles, p["person_id"])
        for _, a in arts.head(ARTICLES_N).iterrows():
            title = _text(a["title"])[:90]
            print(f"    {_date(a['published']):<10} {a['source']:<24} {title}")
        if len(arts) > ARTICLES_N:
            print(f"    ... and {len(arts) - ARTICLES_N} more")
    return 0
