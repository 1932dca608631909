"""`vnie eval --html DIR`: how well real news pages become articles.

Truth is `corpus/html/truth.jsonl`, one object per page, written by hand
before vnie ever ran on the page: `file` (path under DIR), `outlet`, `url`,
`headline`, `published` (ISO, to the minute when the page states it),
`authors`, `first` and `last` (the first and last main paragraphs; the lead
counts as the first). The pages themselves stay outside git (they come from
public repositories): DIR defaults to `$VNIE_HTML_DIR`, else `../shared/html`.

Per page, for vnie and for trafilatura alone (the peer row, same extractors on
its text): the share of kept lines that are page furniture (outside the span
from the first to the last main paragraph, headline, dateline, byline and
photo-caption lines excepted: the article's text holds its captions, and pages
print some after the last paragraph), the main paragraphs lost (of first and
last), title / published / authors right, and the share of fact rows that start
on furniture.
"""

from __future__ import annotations

import datetime as dt
import functools
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import regex
import trafilatura

from vnie.extractors.keys import key
from vnie.extractors.metadata import find_authors, find_dateline
from vnie.gazetteer.load import load_patterns
from vnie.run.pages import PageError, read_page
from vnie.run.read import InputError, RawArticle, decode_bytes
from vnie.run.stages import LOCAL, build_extraction, process_article

TRUTH = Path(__file__).resolve().parents[2] / "corpus" / "html" / "truth.jsonl"
SHARED_HTML = Path(__file__).resolve().parents[3] / "shared" / "html"
# A truth paragraph is found when this many of its first characters (after key()) are in a line.
PARAGRAPH_PROBE_CHARS = 60


def html_dir(given: Path | None = None) -> Path:
    """Where the dev pages are: `given`, else `$VNIE_HTML_DIR`, else ../shared/html."""
    return given or Path(os.environ.get("VNIE_HTML_DIR") or SHARED_HTML)


def load_truth(path: Path = TRUTH) -> list[dict[str, Any]]:
    """The truth records, in file order."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@dataclass(slots=True)
class PageScore:
    """One page as one system read it."""

    file: str
    system: str
    lines: int = 0
    furniture: int = 0
    lost: int = 0
    whole_article_lost: bool = False
    title: bool = False
    published: bool = False
    authors: bool = False
    facts: int = 0
    facts_on_furniture: int = 0
    notes: list[str] = field(default_factory=list)


def _probe(text: str) -> str:
    return key(text)[:PARAGRAPH_PROBE_CHARS]


def _line_of(lines: list[str], paragraph: str) -> int | None:
    probe = _probe(paragraph)
    for i, line in enumerate(lines):
        if probe and probe in key(line):
            return i
    return None


def score_text(truth: dict[str, Any], system: str, raw: RawArticle, date_only: bool = False,
               fallbacks: bool = True) -> PageScore:
    """Score one system's reading of a page against its truth.

    Args:
        raw: the article as the system read it (text, title, published, authors).
        date_only: compare `published` on its date (trafilatura's htmldate gives no time).
        fallbacks: fill a missing title, date or byline from the text, as `vnie run` does.
    """
    if not _EXTRACTION:
        _EXTRACTION.append(build_extraction())
    done = process_article(raw, _EXTRACTION[0], "eval")
    row = done.rows["articles"][0]
    text = row["text"]
    title, published, authors = (row["title"], row["published"], tuple(row["authors"])) if fallbacks \
        else (raw.title, raw.published, raw.authors)
    raw_lines = text.split("\n")
    lines = [line for line in raw_lines if line.strip()]
    score = PageScore(truth["file"], system, lines=len(lines))
    first, last = _line_of(lines, truth["first"]), _line_of(lines, truth["last"])
    score.lost = (first is None) + (last is None)
    score.whole_article_lost = first is None and last is None
    low = first if first is not None else 0
    high = last if last is not None else len(lines) - 1
    headline = key(truth.get("headline") or "")
    on_furniture = [not (low <= i <= high) and key(line) != headline and not find_dateline(line)
                    and not find_authors(line) and not _is_caption(line) for i, line in enumerate(lines)]
    score.furniture = sum(on_furniture)
    score.title = key(title or "") == headline
    score.published = _same_time(truth.get("published"), published, date_only)
    score.authors = {key(a) for a in authors} == {key(a) for a in truth.get("authors") or []}
    score.facts, score.facts_on_furniture = _facts(done, raw_lines, on_furniture)
    return score


@functools.cache
def _caption_credit() -> regex.Pattern[str]:
    return regex.compile(load_patterns("metadata.yaml")["photo_credit_tail"])


def _is_caption(line: str) -> bool:
    """A photo caption: a line ending with its credit ("… Ảnh: THUẬN VĂN")."""
    return _caption_credit().search(line) is not None


def _same_time(expected: str | None, found: dt.datetime | None, date_only: bool = False) -> bool:
    """Equal in Vietnam time: to the minute when the truth has a time, else the date."""
    if not expected:
        return found is None
    if found is None:
        return False
    local = found.astimezone(LOCAL).replace(tzinfo=None) if found.tzinfo else found
    want = dt.datetime.fromisoformat(expected)
    if "T" in expected and not date_only:
        return local.strftime("%Y-%m-%dT%H:%M") == want.strftime("%Y-%m-%dT%H:%M")
    return local.date() == want.date()


_EXTRACTION: list[Any] = []


def _facts(done: Any, raw_lines: list[str], on_furniture: list[bool]) -> tuple[int, int]:
    """(fact rows, fact rows starting on a furniture line) of one processed article."""
    spans: list[tuple[int, int, bool]] = []
    offset = 0
    kept = iter(on_furniture)
    for line in raw_lines:
        if line.strip():
            spans.append((offset, offset + len(line), next(kept)))
        offset += len(line) + 1
    starts = [row["start"] for table, rows in done.rows.items() if table not in ("articles", "people")
              for row in rows]
    on = sum(1 for s in starts for a, b, f in spans if a <= s < b and f)
    return len(starts), on


def score_page(truth: dict[str, Any], folder: Path) -> list[PageScore]:
    """vnie's and trafilatura's scores for one page (empty when the page is absent)."""
    path = folder / truth["file"]
    if not path.exists():
        return []
    html = decode_bytes(path.read_bytes())
    try:
        page = read_page(html)
        meta = page.meta
        ours = score_text(truth, "vnie", RawArticle(truth["file"], page.text, meta.url, meta.title,
                                                     meta.published, meta.authors, site=meta.site))
    except (PageError, InputError) as exc:
        ours = PageScore(truth["file"], "vnie", lost=2, whole_article_lost=True, notes=[str(exc)])
    peer = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    peer_date = None
    if peer is not None and peer.date:
        try:
            peer_date = dt.datetime.fromisoformat(peer.date)
        except ValueError:
            peer_date = None
    peer_authors = tuple(a.strip() for a in (peer.author or "").split(";") if a.strip()) if peer else ()
    text = (peer.text or "") if peer else ""
    theirs = score_text(truth, "trafilatura", RawArticle(truth["file"], text or "-", None,
                                                         peer.title if peer else None, peer_date, peer_authors),
                        date_only=True, fallbacks=False)
    return [ours, theirs]


def totals(scores: list[PageScore]) -> dict[str, float]:
    """Summed rates over pages: furniture share, paragraphs lost, accuracies, facts on furniture."""
    n = len(scores) or 1
    lines = sum(s.lines for s in scores) or 1
    facts = sum(s.facts for s in scores) or 1
    return {
        "pages": len(scores),
        "furniture_share": sum(s.furniture for s in scores) / lines,
        "paragraphs_lost": sum(s.lost for s in scores) / (2 * n),
        "articles_lost": sum(s.whole_article_lost for s in scores),
        "title": sum(s.title for s in scores) / n,
        "published": sum(s.published for s in scores) / n,
        "authors": sum(s.authors for s in scores) / n,
        "facts_on_furniture": sum(s.facts_on_furniture for s in scores) / facts,
    }


def evaluate_pages(folder: Path, truth_path: Path = TRUTH) -> dict[str, Any]:
    """Every truth page found under `folder`, scored; with totals per system."""
    truths = load_truth(truth_path)
    scores = [s for truth in truths for s in score_page(truth, folder)]
    by_system: dict[str, list[PageScore]] = {}
    for s in scores:
        by_system.setdefault(s.system, []).append(s)
    found = {s.file for s in scores}
    outlets = {t.get("outlet") for t in truths if t["file"] in found}
    return {"folder": str(folder), "scores": scores, "outlets": len(outlets),
            "totals": {k: totals(v) for k, v in by_system.items()}}


def print_pages(result: dict[str, Any]) -> None:
    """The per-page table, then one total row per system."""
    head = f"{'page':38} {'system':11} {'lines':>5} {'furn.':>5} {'lost':>4} {'title':>5} {'publ.':>5} {'auth.':>5} {'facts':>5} {'on f.':>5}"
    print(head)
    for s in result["scores"]:
        print(f"{s.file[:38]:38} {s.system:11} {s.lines:5d} {s.furniture:5d} {s.lost:4d} {int(s.title):5d} "
              f"{int(s.published):5d} {int(s.authors):5d} {s.facts:5d} {s.facts_on_furniture:5d}"
              + (f"  {'; '.join(s.notes)}" if s.notes else ""))
    for system, t in result["totals"].items():
        print(f"{'TOTAL (' + str(t['pages']) + ' pages, ' + str(result.get('outlets', '?')) + ' outlets)':38} "
              f"{system:11} furniture {t['furniture_share']:.1%}  "
              f"paragraphs lost {t['paragraphs_lost']:.1%} (articles lost {t['articles_lost']})  "
              f"title {t['title']:.0%}  published {t['published']:.0%}  authors {t['authors']:.0%}  "
              f"facts on furniture {t['facts_on_furniture']:.1%}")
