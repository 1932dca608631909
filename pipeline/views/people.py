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
                title = " ".join(x for x in (_text(c["qualifier"]), _text(c["role"]), _text(c["organisation"])) if x)
                print(f"    {when:<24} {title}  ({c['mentions']}x)")
        print("  articles:")
        arts = _articles_of(people, articles, p["person_id"])
        for _, a in arts.head(ARTICLES_N).iterrows():
            title = _text(a["title"])[:90]
            print(f"    {_date(a['published']):<10} {a['source']:<24} {title}")
        if len(arts) > ARTICLES_N:
            print(f"    ... and {len(arts) - ARTICLES_N} more")
    return 0
