"""HTML pages: the article's own text and the page's metadata.

The main text comes from trafilatura (menus, related stories, tags, share and
comment blocks, footers left out; headline, lead, paragraphs and captions in
reading order, one block per line). The metadata comes from the page's own
statements, read with selectolax: JSON-LD `NewsArticle` (`headline`,
`datePublished`, `author`, `publisher`), `article:published_time`, `<time
datetime>`, `meta author`, `og:title`, the canonical URL. A date the page
states in its metadata wins over one found in the text.

Pathological markup (100,000 nested `div`s, unclosed `li`s) makes HTML parsers
slow (lexbor's text walk took 23 s on the first, lxml never finished the
second): `check_complexity` refuses such a page before any parser sees it.
"""

from __future__ import annotations

import datetime as dt
import functools
import html as html_lib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import regex
from selectolax.lexbor import LexborHTMLParser

from vnie.extractors.keys import key as key_of
from vnie.extractors.metadata import find_authors, find_dateline, header_authors, is_byline, read_datetime, site_of
from vnie.gazetteer.load import load_words

# Deepest element nesting a page may have. Real news pages stay under 60
# (vnexpress, dantri, tuoitre article pages); the pathological inputs of issue 12
# have 100,000. Checked on container tags, the ones parsers nest.
HTML_MAX_DEPTH = 500
# Most tags a page may have: a 2 MB article page has about 20,000.
HTML_MAX_TAGS = 100_000
_CONTAINER_TAG = re.compile(r"<(/?)(div|li|ul|ol|section|article|table|tbody|tr|td|span|p|font|blockquote)\b",
                            re.IGNORECASE)
# JSON-LD types that describe the article itself.
ARTICLE_TYPES = frozenset({"NewsArticle", "Article", "ReportageNewsArticle", "AnalysisNewsArticle",
                           "BlogPosting", "WebPage", "LiveBlogPosting"})
# The lead: a block starting like the page's description (first LEAD_PROBE_CHARS
# characters after key()), looked for in these blocks, at least LEAD_MIN_CHARS long,
# and added when the main text's first LEAD_SEARCH_CHARS do not hold it already.
LEAD_BLOCKS = ("h2, p, div[class*=sapo], div[class*=lead], div[class*=description], div[class*=summary], "
               "div[class*=intro]")  # vnexpress.net (2014): <div class="short_intro">
LEAD_MIN_CHARS = 40
LEAD_PROBE_CHARS = 40
LEAD_SEARCH_CHARS = 2000
# A line of the text holding this share of the lead's words already says it.
LEAD_OVERLAP = 0.8
LEAD_TAG_CHARS = 30  # "(chinhphu.vn) - ", "(nlđo)- ", "(dân trí) - "
# The <h1> is the headline when it shares this share of the stated headline's words
# (nld.com.vn reorders a few); a bare <h1> needs this many words.
HEADLINE_OVERLAP = 0.6
HEADLINE_MIN_WORDS = 4
# Lines under the headline where a page prints its dateline and byline, and above it.
HEADER_LINES = 8
HEADER_LINES_BEFORE = 3
# The article's last kept lines after which the page may print its byline alone.
BYLINE_AFTER_LINES = 3
# Trafilatura's balance between keeping furniture and losing paragraphs;
# measured on the dev pages with `vnie eval --html` (see README).
FAVOR = "balanced"
# A page laid out in <table>s (thesaigontimes.vn) comes out of trafilatura as
# table rows ("| … |"), menus and footer among them: when more than this share
# of the kept lines are rows, the tables are layout and the text is taken again
# without them. Pages with a real data table keep one or two rows (baodautu.vn: 1 of 18).
LAYOUT_TABLE_SHARE = 0.5
# A "Mời đọc thêm:" list holds story titles: short lines without a final stop.
READ_MORE_TITLE_MAX = 160
READ_MORE_LAST_LINES = 8
# A hidden block longer than this may be a copy of the article: its lines are kept.
HIDDEN_TEXT_MAX = 1000
# Joins the text nodes of a page's header; no page text holds it.
_NODE_SEPARATOR = "\x1f"
# strict=False: line breaks inside JSON-LD strings (bnews.vn's "description") are let through.
_JSON = json.JSONDecoder(strict=False)
# A date with a 12-hour clock and AM/PM is a .NET server's en-US default, month first:
# nguoiquansat.vn's article:published_time "9/5/2026 10:17:01 PM" is 5 September (its JSON-LD
# says 2026-09-05T22:17:01+07:00); Vietnamese pages print day first on a 24-hour clock.
_US_DATETIME = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4}) (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])")
# Elements a page marks as its author (read when JSON-LD and meta tags name none).
AUTHOR_MARKS = '[data-role="author"], [itemprop="author"]'
# An agency's initials glued to a writer's name in JSON-LD (baotintuc.vn: "Tâm HằngTTXVN").
_GLUED_AGENCY = regex.compile(r"(?<=\p{Ll})\p{Lu}{2,}$")


class PageError(ValueError):
    """A page that cannot be read; carries a reject `reason`."""

    def __init__(self, reason: str, detail: str):
        super().__init__(f"{reason}: {detail}")
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True, slots=True)
class PageMeta:
    """What the page states about its article."""

    title: str | None = None
    published: dt.datetime | None = None
    authors: tuple[str, ...] = ()
    url: str | None = None
    site: str | None = None
    publisher: str | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """The article of an HTML page: its text (headline first) and metadata."""

    text: str
    meta: PageMeta


def check_complexity(html: str) -> None:
    """Refuse markup too deep or too large for a parser to walk in bounded time.

    Raises:
        PageError: `too_complex`, naming the depth or the tag count.
    """
    tags = html.count("<")
    if tags > HTML_MAX_TAGS:
        raise PageError("too_complex", f"{tags} tags, limit {HTML_MAX_TAGS}")
    depth = deepest = 0
    for match in _CONTAINER_TAG.finditer(html):
        depth = depth - 1 if match.group(1) else depth + 1
        if depth > deepest:
            deepest = depth
            if deepest > HTML_MAX_DEPTH:
                raise PageError("too_complex", f"elements nested deeper than {HTML_MAX_DEPTH} "
                                               f"(unclosed or nested <{match.group(2)}>)")


def read_page(html: str, favor: str = FAVOR) -> Page:
    """The article text and metadata of a page.

    Args:
        html: the decoded page.
        favor: `precision`, `recall` or `balanced` (trafilatura's settings).

    Raises:
        PageError: `too_complex` (see `check_complexity`) or `empty` (no article text).
    """
    check_complexity(html)
    tree = LexborHTMLParser(html)
    meta = page_metadata(html, tree)
    hidden = _hidden_texts(tree)
    text = without_read_more(main_text(_without_furniture(html, tree), meta.url, favor))
    text = _without_ad_labels(_without_hidden(text, hidden))
    if not text.strip():
        raise PageError("empty", "HTML page without article text")
    title = meta.title
    lead = _lead(tree, _meta_tags(tree), _json_ld_article(tree))
    if lead and not _said_already(lead, text[:LEAD_SEARCH_CHARS]):
        # trafilatura often leaves out the lead (sapo); the headline goes back above it
        text = f"{lead}\n\n{_without_opening_headline(text, title)}"
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n\n{text}"
    if meta.published is None or not meta.authors:
        kept = [line for line in text.split("\n") if line.strip()]
        meta = _with_header(meta, tree, kept[-BYLINE_AFTER_LINES:])
    return Page(text, meta)


def _said_already(lead: str, opening: str) -> bool:
    """True when the text's `opening` holds the lead: its start, or a line with most of its
    words (vietnamnet.vn, 2017: the description drops "bóng đá" from the first paragraph)."""
    if key_of(lead)[:LEAD_PROBE_CHARS] in key_of(opening):
        return True
    words = set(key_of(lead).split())
    return any(len(words & set(key_of(line).split())) >= LEAD_OVERLAP * len(words) for line in opening.split("\n"))


def _without_opening_headline(text: str, title: str | None) -> str:
    """`text` without its first line when that line is the headline (trafilatura keeps
    vietnambiz.vn's <h1>; the lead it leaves out would go in under it)."""
    if not title:
        return text
    first, _, rest = text.lstrip().partition("\n")
    return rest.lstrip("\n") if key_of(first) == key_of(title) else text


def main_text(html: str, url: str | None = None, favor: str = FAVOR) -> str:
    """The page's main text by trafilatura, one block per line ('' when none);
    a page laid out in tables is read without its tables (`LAYOUT_TABLE_SHARE`)."""
    text = _trafilatura_text(html, url, favor, tables=True)
    if laid_out_in_tables(text):
        text = _trafilatura_text(html, url, favor, tables=False) or text
    return text


def _trafilatura_text(html: str, url: str | None, favor: str, tables: bool) -> str:
    import trafilatura  # 0.3 s to import: only runs that read HTML pay it

    doc = trafilatura.bare_extraction(
        html, url=url, with_metadata=False, include_comments=False, include_tables=tables,
        include_images=False, favor_precision=favor == "precision", favor_recall=favor == "recall",
        deduplicate=False,
    )
    text = getattr(doc, "text", None) if doc is not None else None
    return text or ""


def laid_out_in_tables(text: str) -> bool:
    """True when most kept lines are table rows ("| Báo giấy vẫn thú vị! … |")."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    rows = sum(line.startswith("|") for line in lines)
    return bool(lines) and rows > LAYOUT_TABLE_SHARE * len(lines)


@functools.cache
def _read_more_cue() -> regex.Pattern[str]:
    cues = "|".join(regex.escape(c) for c in load_words("page_read_more_cues.txt"))
    return regex.compile(rf"(?i)(?:{cues})\s*:?")


def without_read_more(text: str) -> str:
    """`text` without a list of other stories at its end: a cue line among the last
    `READ_MORE_LAST_LINES` ("Mời đọc thêm:") and the story titles under it
    (short, no final stop); a line after them (prose, a byline) stays."""
    lines = text.split("\n")
    kept = [i for i, line in enumerate(lines) if line.strip()]
    for n, i in enumerate(kept[-READ_MORE_LAST_LINES:]):
        if not _read_more_cue().fullmatch(lines[i].strip()):
            continue
        titles = kept[len(kept) - min(len(kept), READ_MORE_LAST_LINES) + n + 1:]
        end = next((j for j in titles if len(lines[j]) > READ_MORE_TITLE_MAX
                    or lines[j].rstrip().endswith((".", "!", "?")) or find_authors(lines[j].strip())), None)
        cut = set(range(i, end if end is not None else len(lines)))
        return "\n".join(line for k, line in enumerate(lines) if k not in cut)
    return text


def _hidden_texts(tree: LexborHTMLParser) -> list[str]:
    """key() of the short blocks the page hides (inline `display:none`): a carousel of
    profiles beside the article (vnexpress.net, 2014), a "most read" cell. Long hidden
    blocks are left alone: a page may hide one of two copies of its article."""
    found = []
    for node in tree.css('[style*="display: none"], [style*="display:none"]'):
        text = " ".join((node.text() or "").split())
        if LEAD_MIN_CHARS <= len(text) <= HIDDEN_TEXT_MAX:
            found.append(key_of(text))
    return found


def _without_hidden(text: str, hidden: list[str]) -> str:
    """`text` without the lines a reader never sees (their text is inside a hidden block).
    Cutting them from the page before trafilatura instead changes which container it picks."""
    if not hidden:
        return text
    kept = [line for line in text.split("\n")
            if not (len(line) >= LEAD_MIN_CHARS and any(key_of(line) in block for block in hidden))]
    return "\n".join(kept)


@functools.cache
def _ad_labels() -> frozenset[str]:
    return frozenset(key_of(label) for label in load_words("page_ad_labels.txt"))


def _without_ad_labels(text: str) -> str:
    """`text` without the lines that only label an ad slot ("Q.C": the text's last line
    on vietnamnet.vn, 2017, then read as its byline)."""
    return "\n".join(line for line in text.split("\n") if key_of(line) not in _ad_labels())


@functools.cache
def _furniture_selector() -> str:
    return ", ".join(load_words("page_furniture_selectors.txt"))


@functools.cache
def _story_list_headings() -> frozenset[str]:
    return frozenset(key_of(heading) for heading in load_words("page_story_list_headings.txt"))


def _story_lists(tree: LexborHTMLParser) -> list[Any]:
    """The blocks of other stories a heading opens ("Tin cùng chuyên mục" over story cards,
    bnews.vn; page_story_list_headings.txt): two links or more, no <h1>."""
    blocks = []
    for heading in tree.css("h2, h3, h4"):
        name = key_of(heading.text() or "")
        block = heading.parent
        if name not in _story_list_headings() or block is None or block.css_first("h1") is not None:
            continue
        if key_of(block.text() or "").startswith(name) and len(block.css("a[href]")) >= 2:
            blocks.append(block)
    return blocks


def _without_furniture(html: str, tree: LexborHTMLParser) -> str:
    """`html` without the story cards set inside an article's body (page_furniture_selectors.txt)
    and the lists of other stories under their heading; unchanged, and not re-serialised,
    when the page has none."""
    cards = tree.css(_furniture_selector()) + _story_lists(tree)
    if not cards:
        return html
    for card in cards:
        card.decompose()
    return tree.html or html


def page_metadata(html: str, tree: LexborHTMLParser | None = None) -> PageMeta:
    """Headline, publication time, authors, URL and outlet the page states."""
    tree = tree or LexborHTMLParser(html)
    article = _json_ld_article(tree)
    metas = _meta_tags(tree)
    url = (_first_str(article.get("url")) or _canonical(tree) or metas.get("og:url")
           or _first_str((article.get("mainEntityOfPage") or {}).get("@id")
                         if isinstance(article.get("mainEntityOfPage"), dict) else article.get("mainEntityOfPage")))
    publisher = _name(article.get("publisher")) or metas.get("og:site_name")
    site = site_of(url) or publisher
    # every name the page gives its outlet or owner: none of them is an author ("FPT Online")
    outlets = (publisher, metas.get("og:site_name"), site, metas.get("dc.publisher"), metas.get("copyright"))
    stated = _first_str(article.get("headline")) or _first_str(metas.get("og:title"))
    title = _visible_headline(_h1(tree), stated) or stated or _title_without_site(tree, publisher)
    published = (_when(article.get("datePublished")) or _when(metas.get("article:published_time"))
                 or _when(metas.get("pubdate")) or _when(metas.get("datepublished"))
                 or _when(_time_datetime(tree)))
    authors = (_authors(article.get("author"), *outlets) or _authors(metas.get("author"), *outlets)
               or _marked_authors(tree, outlets))
    return PageMeta(_clean(title), published, authors, url, site, publisher)


def _marked_authors(tree: LexborHTMLParser, outlets: tuple[str | None, ...]) -> tuple[str, ...]:
    """The byline of the first element the page marks as the author (`AUTHOR_MARKS`:
    soha.vn's `<address data-role="author">Hạ Anh</address>`, genk.vn's
    `<span itemprop="author"><span itemprop="name">Thế Duyệt</span>, Đời sống Pháp luật`),
    when it reads as a byline; the outlet is no author."""
    for node in tree.css(AUTHOR_MARKS):
        named = node.css_first('[itemprop="name"]')
        text = " ".join(((named or node).text() or "").split())
        if text and is_byline(text):
            return tuple(name for name in find_authors(text) if not _is_outlet(name, outlets))
    return ()


def _json_ld(tree: LexborHTMLParser) -> Iterator[dict[str, Any]]:
    for node in tree.css('script[type="application/ld+json"]'):
        try:
            # raw_decode: the object even with trash after it (vietnambiz.vn ends its JSON-LD with "};")
            data, _ = _JSON.raw_decode((node.text() or "").strip())
        except ValueError:
            continue  # a page's broken JSON-LD is no reason to lose its text
        stack = data if isinstance(data, list) else [data]
        while stack:
            item = stack.pop(0)
            if isinstance(item, dict):
                if "@graph" in item and isinstance(item["@graph"], list):
                    stack.extend(item["@graph"])
                yield item


def _json_ld_article(tree: LexborHTMLParser) -> dict[str, Any]:
    """The first JSON-LD object of an article type (NewsArticle first), else {}."""
    found = [item for item in _json_ld(tree) if _types(item) & ARTICLE_TYPES]
    found.sort(key=lambda item: "WebPage" in _types(item))  # WebPage only when nothing better
    return found[0] if found else {}


def _types(item: dict[str, Any]) -> set[str]:
    kind = item.get("@type")
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)} if isinstance(kind, list) else set()


def _visible_headline(h1: str | None, stated: str | None) -> str | None:
    """The page's <h1> when it is the article's headline (the one readers see; nld.com.vn's
    JSON-LD headline differs from it), not a logo or section name."""
    if not h1:
        return None
    if not stated:
        return h1 if len(h1.split()) >= HEADLINE_MIN_WORDS else None
    seen, said = set(key_of(h1).split()), set(key_of(stated).split())
    return h1 if seen and len(seen & said) >= HEADLINE_OVERLAP * len(said) else None


def _lead(tree: LexborHTMLParser, metas: dict[str, str], article: dict[str, Any]) -> str | None:
    """The article's lead as the page shows it: the block whose text starts like the page's
    description (JSON-LD, og: or meta description), else that description when it is whole."""
    described = _first_str(article.get("description")) or _first_str(metas.get("og:description")) \
        or _first_str(metas.get("description"))
    described = _without_outlet_suffix(described, metas.get("og:site_name"))
    if not described or len(described) < LEAD_MIN_CHARS:
        return None
    probe = key_of(described)[:LEAD_PROBE_CHARS]
    for node in tree.css(LEAD_BLOCKS):
        shown = " ".join((node.text() or "").split())
        # a site tag may open the shown lead: "(Chinhphu.vn) - Tháng 3/2026 có ..."
        if len(shown) >= LEAD_MIN_CHARS and probe in key_of(shown)[:len(probe) + LEAD_TAG_CHARS]:
            return shown
    return described if described.rstrip().endswith((".", "!", "?", "…", "”", '"')) else None


def _without_outlet_suffix(text: str | None, site_name: str | None) -> str | None:
    """A description without the outlet's name the page appends ("… năm 2000.  - VnExpress Giải Trí")."""
    if text and site_name:
        for sep in (" - ", " | ", " – "):
            if text.rstrip().endswith(sep + site_name.strip()):
                return text.rstrip()[: -len(sep + site_name.strip())].rstrip()
    return text


def _with_header(meta: PageMeta, tree: LexborHTMLParser, last_lines: list[str] | None = None) -> PageMeta:
    """`meta` with the dateline and byline the page prints around its article when its
    metadata lacks them: under the headline (baodautu.vn: "Nguyên Minh - 07/03/2026 08:47"),
    else just above it (vnexpress.net, 2014: "Thứ sáu, 2/5/2014 | 08:54 GMT+7"); a byline
    alone on the page line right after one of the article's `last_lines` ("Tâm Giao": the
    text may end on a line of furniture after the last paragraph)."""
    lines = _page_lines(tree)
    before, after = _around_headline(lines, meta.title)
    published = meta.published
    if published is None:
        hit = find_dateline(after) or find_dateline(before)
        published = hit[2] if hit else None
    authors = meta.authors or (header_authors(after) if published or find_dateline(after) else ())
    for line in reversed(last_lines or []):
        if authors:
            break
        authors = _byline_after(lines, line)
    return PageMeta(meta.title, published, authors, meta.url, meta.site, meta.publisher)


def _page_lines(tree: LexborHTMLParser) -> list[str]:
    """The page's visible text, one line per text node; a node's own line breaks are the
    source's wrapping (a pretty-printed thesaigontimes.vn page breaks its headline in two),
    and a node of separators only ("|" between a date and its time) joins its neighbours."""
    body = tree.body
    if body is None:
        return []
    nodes = [" ".join(node.split()) for node in body.text(separator=_NODE_SEPARATOR).split(_NODE_SEPARATOR)]
    lines: list[str] = []
    glue = False
    for node in nodes:
        if not node:
            continue
        if not any(ch.isalnum() for ch in node) and lines:
            lines[-1] = f"{lines[-1]} {node}"
            glue = True
        elif glue:
            lines[-1] = f"{lines[-1]} {node}"
            glue = False
        else:
            lines.append(node)
    return lines


def _around_headline(lines: list[str], title: str | None) -> tuple[str, str]:
    """(the HEADER_LINES_BEFORE lines above the headline, the HEADER_LINES under it), or ('', '');
    of the lines that print the headline, the first with a dateline around it (vietnamnet.vn,
    2017, prints it in a list of hot stories first, 8 lines above the <h1>)."""
    if not title:
        return "", ""
    probe = key_of(title)[:LEAD_PROBE_CHARS]
    found = [("\n".join(lines[max(0, i - HEADER_LINES_BEFORE):i]), "\n".join(lines[i + 1:i + 1 + HEADER_LINES]))
             for i, line in enumerate(lines) if key_of(line).startswith(probe)]
    dated = (pair for pair in found if find_dateline(pair[1]) or find_dateline(pair[0]))
    return next(dated, found[0] if found else ("", ""))


def _byline_after(lines: list[str], last_line: str) -> tuple[str, ...]:
    """The byline on the page line right after `last_line`, when that line is one whole."""
    probe = key_of(last_line)[-LEAD_PROBE_CHARS:]
    for i, line in enumerate(lines[:-1]):
        if probe and key_of(line).endswith(probe):
            # after a label ("Ảnh:") comes what it labels, the photographer
            labelled = line.rstrip().endswith(":")
            return find_authors(lines[i + 1]) if is_byline(lines[i + 1]) and not labelled else ()
    return ()


def _meta_tags(tree: LexborHTMLParser) -> dict[str, str]:
    """`property`/`name`/`itemprop` -> content of the page's meta tags (first wins), keys lower-case."""
    found: dict[str, str] = {}
    for node in tree.css("meta[content]"):
        content = (node.attributes.get("content") or "").strip()
        for attr in ("property", "name", "itemprop"):
            key = (node.attributes.get(attr) or "").strip().lower()
            if key and content and key not in found:
                found[key] = content
    return found


def _canonical(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first('link[rel="canonical"]')
    href = (node.attributes.get("href") or "").strip() if node else ""
    return href if href.startswith("http") else None


def _h1(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("h1")
    return node.text(strip=True) if node else None


def _title_without_site(tree: LexborHTMLParser, publisher: str | None) -> str | None:
    node = tree.css_first("title")
    title = node.text(strip=True) if node else ""
    if publisher and title.endswith(publisher):
        title = title[: -len(publisher)].rstrip(" -|–")
    return title or None


def _time_datetime(tree: LexborHTMLParser) -> str | None:
    node = tree.css_first("time[datetime]")
    return node.attributes.get("datetime") if node else None


def _first_str(value: Any) -> str | None:
    if isinstance(value, list):
        value = next((v for v in value if isinstance(v, str)), None)
    return _unescaped(value).strip() or None if isinstance(value, str) else None


def _unescaped(text: str) -> str:
    """Text with HTML entities decoded, twice escaped included ("Chi&amp;#7871;n" in tuoitre's JSON-LD)."""
    for _ in range(2):
        if "&" not in text:
            break
        text = html_lib.unescape(text)
    return text


def _name(value: Any) -> str | None:
    if isinstance(value, list):
        value = value[0] if value else None
    if isinstance(value, dict):
        value = value.get("name")
    return _first_str(value)


def _when(value: Any) -> dt.datetime | None:
    """A metadata date ("2026-10-07T07:49:01+07:00", "2026-10-07 07:49 + 07:00", a dateline,
    "9/5/2026 10:17:01 PM") or None."""
    text = _first_str(value)
    if not text:
        return None
    us = _US_DATETIME.fullmatch(text)
    if us:
        return _us_datetime(us)
    iso = re.sub(r"\s*([+-])\s*(\d\d):?(\d\d)$", r"\1\2:\3", text).replace(" ", "T", 1)
    try:
        return read_datetime(iso)
    except ValueError:
        # the dateline as the page prints it (vietnamnet.vn, 2017: "31/08/2017&nbsp;&nbsp;08:30 GMT+7")
        hit = find_dateline(" ".join(text.split()))
        return hit[2] if hit else None


def _us_datetime(found: re.Match[str]) -> dt.datetime | None:
    month, day, year, hour, minute, second, half = found.groups()
    hour = int(hour) % 12 + (12 if half.upper() == "PM" else 0)
    try:
        return dt.datetime(int(year), int(month), int(day), hour, int(minute), int(second or 0))
    except ValueError:
        return None


def _authors(value: Any, *outlets: str | None) -> tuple[str, ...]:
    """Person names in a JSON-LD `author` or a meta author; an organisation or the outlet
    (any of `outlets`: publisher, site name, host) is no author."""
    items = value if isinstance(value, list) else [value]
    names: list[str] = []
    for item in items:
        if isinstance(item, dict):
            if "Organization" in _types(item):
                continue
            item = item.get("name")
        if not isinstance(item, str):
            continue
        # "Văn Giáp/Bnews/vnanet.vn" (bnews.vn): the writer, the outlet, the agency's host
        for name in re.split(r"\s*[,;/]\s*|\s+-\s+|\s+và\s+", _unescaped(item)):
            name = _clean(_GLUED_AGENCY.sub("", re.sub(r"^(?:Theo|Tác giả:?)\s+", "", name.strip())))
            if name and not _is_outlet(name, outlets) and name not in names:
                names.append(name)
    return tuple(names)


def _is_outlet(name: str, outlets: tuple[str | None, ...]) -> bool:
    """True for the outlet's own name in any of its forms ("VietNamNet News" for vietnamnet.vn,
    "Báo VnExpress", "FPT Online" beside the owner "Công ty Cổ Phần Dịch vụ Trực tuyến FPT"):
    its words (generic ones aside) are all words of an outlet name, or they spell a host's
    name, or they hold a whole outlet name; a host name and a "Báo …" name are outlets too."""
    if "." in name or name.casefold().startswith("báo"):
        return True
    words = _outlet_words_of(name)
    if not words:
        return True  # only generic words: "Online", "News"
    joined = "".join(words)
    for outlet in outlets:
        if not outlet:
            continue
        if "." in outlet and " " not in outlet:
            if joined == _host_name(outlet):
                return True
            continue
        theirs = _outlet_words_of(outlet)
        whole = "".join(theirs)
        if theirs and (set(words) <= set(theirs) or joined == whole or (len(whole) >= 4 and whole in joined)):
            return True
    return False


def _outlet_words_of(name: str) -> list[str]:
    """The words of an outlet name without its generic words, case-folded, letters and digits only."""
    return ["".join(ch for ch in word if ch.isalnum()) for word in _outlet_words().sub(" ", name).casefold().split()
            if any(ch.isalnum() for ch in word)]


@functools.cache
def _outlet_words() -> regex.Pattern[str]:
    words = "|".join(regex.escape(w) for w in load_words("page_outlet_words.txt"))
    return regex.compile(rf"(?i)(?<!\w)(?:{words})(?!\w)")


def _host_name(host: str) -> str:
    """The name part of a host: "vietnamnet.vn" -> "vietnamnet", "nld.com.vn" -> "nld"."""
    labels = [label for label in host.casefold().split(".") if label not in ("www", "m", "amp", "vn", "com", "net", "org", "gov", "edu")]
    return labels[0] if labels else host


def _clean(text: str | None) -> str | None:
    if not text:
        return None
    return " ".join(text.split()) or None
