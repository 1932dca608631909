"""Find date candidates; interpret nothing.

Two passes, each starting on a fixed token so that the scan stays fast:

- `digit_core` (dates.yaml) matches date-shaped digits ("8/8", "2018-2024",
  "23/9/2019"); the words just before them are looked up in
  `date_prefixes.tsv` and decide the rule ("Sáng 8/8" is a date, a bare "1/3"
  is not; "đến năm 2030" is an open range) and where the span starts;
- the `keyword_*` patterns are tried where the text has "tháng", "quý" or
  "ngày" (a month alone, a quarter in Roman numerals, a date in words).

Each candidate carries its rule id (`dates.dm`, ...) and the named pieces
(`d1`, `m1`, `y1`, ...) that `interpret.py` reads.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import regex

from vnie.extractors.base import Candidate
from vnie.extractors.metadata import find_dateline
from vnie.extractors.periods import find_year_periods, looks_back
from vnie.gazetteer.load import DataError, load_patterns, load_tsv, load_words

CORES: tuple[str, ...] = (
    "period", "range_dmy", "range_dm", "since", "range_month", "range_year", "dmy", "month_year", "day_listed", "dm", "year",
)
# The cores of `year_core` (dates.yaml), the only ones that can match on a run of three or more bare digits.
YEAR_CORES: tuple[str, ...] = ("since", "range_year", "dmy", "year")
# Keyword passes: the literal that triggers a try, and the pattern tried there.
KEYWORDS: tuple[tuple[str, str], ...] = (
    ("tháng", "keyword_month_any"), ("Tháng", "keyword_month_any"), ("THÁNG", "keyword_month"),
    ("quý", "keyword_quarter"), ("Quý", "keyword_quarter"), ("Qúy", "keyword_quarter"),  # "Qúy I/2024" (blind s8-d-013)
    ("ngày", "keyword_words"), ("Ngày", "keyword_words"),
)
# Digit runs ("8/8", "2018-2024", "1.616"); only date-shaped ones are handed to
# `digit_core`, which keeps the scan at C speed over the many other numbers.
DIGIT_RUN = regex.compile(r"\d+(?:[/.\-]\d+)*")
YEAR_HEADS = ("18", "19", "20")
# What must follow a keyword and a space for its pattern to be worth trying.
_DIGITS = tuple("0123456789")
KEYWORD_NEXT = {
    "tháng": _DIGITS + ("Mười", "Một", "Hai", "Ba", "Tư", "tư", "Năm", "Sáu", "Bảy", "Tám", "Chín"),
    "quý": ("I", "V", "0", "1", "2", "3", "4"),
    "qúy": ("I", "V", "0", "1", "2", "3", "4"),
    "ngày": ("mùng", "mồng", "một", "hai", "ba", "bốn", "tư", "năm", "sáu", "bảy", "bẩy", "tám", "chín", "mười",
             "Mùng", "Mồng", "Một", "Hai", "Ba", "Bốn", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười"),
}
# Every role date_prefixes.tsv may give a phrase (see the file's header).
PREFIX_ROLES = frozenset({"day", "year", "birth", "until", "span", "since", "from", "month", "quarter", "loose",
                          "decade", "bare_year", "bare_until"})
PART_OF_DAY_TAILS = ("", " nay", " qua", " mai", " hôm qua", " ngày")
# Prefixes hold at most this many words and sit within this many characters.
PREFIX_MAX_WORDS = 4
PREFIX_MAX_CHARS = 40
# Characters that may open a prefix word and are left out of the span: "(năm 2011)".
# A dash glued to the lead after a site tag counts as an opener too ("(ANTV) -Sáng 28/7").
OPENERS = "(“\"'‘[-–—"
# A quarter after the first in a list: ", II", " và quý III".
QUARTER_ITEM = regex.compile(r"(?:quý\s+|Quý\s+)?(?P<q>IV|III|II|I)(?![\p{L}\d])")
# A stop or comma glued between a word (or a number, an abbreviation) and the next sentence's or clause's first word,
# which may be a date's lead ("theo lệnh truy nã.Ngày 25-5, TAND", "cho biết mới đây,ngày 20/4": blind s30-d-028,
# bench; "SARS-CoV-2,chiều 1/5": bench dantri-society-254), or a time of day glued to it ("khoảng 11hngày 10.5", bench
# baomoi-22323815).
GLUED_STOP = regex.compile(r"(?<=[\p{L}\d])[.,;:](?=\p{L}+$)|(?<=\d[hg]\d{0,2})(?=\p{Ll}+$)")
# After the first year of a bracketed list: "(2014, 2015".
YEAR_LIST_NEXT = regex.compile(r"\s*[,;]\s*(?:1[89]|20)\d\d(?!\d)")
# A day between the first and the last of a list of days ("12" in "các ngày 8, 12 và 21/4").
DAY_ITEM = regex.compile(r"(?<![\d/.-])\d{1,2}(?!\d)")
# After the first day-month opening a bracket: the next one ("(18/10, 27/10").
DM_LIST_NEXT = regex.compile(r"\s*,\s*\d{1,2}/\d{1,2}(?![\d/])")
# Between two listed dates: "30/4 và 1/5", "22/4, 23/4", "29 & 30.5" (blind s27-d-004).
LIST_JOIN = regex.compile(r"\s*(?:,|và|hoặc|&)\s*")
# What may follow a year opened by a `bare_*` prefix ("Riêng 2019,", "phấn đấu đến 2025,"):
# punctuation or the end of a line, so "sau 2000 người" stays a count.
BARE_YEAR_ENDS = ",.;:)!?…\n"
# Sentence ends: a full stop, question or exclamation mark before a space, or a
# line break. Used for the same-sentence year rule (GUIDELINES.md).
# A stop glued to the next sentence's capital ("… xã hội năm 2017.Tại buổi làm việc", bench audit at 794b29b) ends
# one too; not inside an abbreviation ("TP.HCM", "Q.Đông": a capital before the stop).
SENTENCE_END = regex.compile(r"[.!?…]+(?=\s)|(?<=[\p{Ll}\d])[.!?…]+(?=\p{Lu}\p{Ll})|\n")
# A dateline sits within the first few lines (extractors/metadata.py looks at 4
# non-empty lines); only this head of the text is handed to it.
DATELINE_HEAD_LINES = 8


@dataclass(frozen=True, slots=True)
class Finder:
    """Compiled patterns and the prefix table, built once by `compile_finder`."""

    digits: regex.Pattern[str]
    keywords: Mapping[str, regex.Pattern[str]]
    period_words: regex.Pattern[str]
    named_period: regex.Pattern[str]
    comma_day_lead: regex.Pattern[str]
    name_year_after: regex.Pattern[str]
    now_after: regex.Pattern[str]  # "đến nay" after a date opened by "từ" (dates.yaml `now_after`)
    year_switch: regex.Pattern[str]  # "sang năm 2015" after "từ năm 2014" (dates.yaml `year_switch`)
    name_year_blockers: tuple[str, ...]  # " quyết định", " điều" ...: lower-case, a space before
    prefixes: Mapping[str, frozenset[str]]
    core_index: tuple[int, ...]  # index in `match.groups()` of each `c_<core>` group
    piece_index: tuple[tuple[str, int], ...]  # (name, index) of the other named groups
    year_digits: regex.Pattern[str]  # `year_core`: `digits` on a run of bare digits ("2024"), same match
    year_core_index: tuple[int, ...]
    year_piece_index: tuple[tuple[str, int], ...]
    lunar_after: regex.Pattern[str]  # "âm lịch" after a date: a lunar date, not annotated
    name_year_tails: tuple[str, ...]  # " quốc gia", " quốc tế" ...: an event's name ends, a space before
    back_after: regex.Pattern[str]  # "trở về trước" after "từ năm 2019" (dates.yaml `back_after`)
    quantity_lead: regex.Pattern[str]  # "lên", "tăng" … before a bare "đến" (dates.yaml `quantity_lead`)
    start_verb_clause: regex.Pattern[str]  # "triển khai" … before a bare "từ" (dates.yaml `start_verb_clause`)
    day_followers: tuple[str, ...]  # " tháng", " đến", "-" ...: what lets one or two digits open a date
    until_cues: tuple[tuple[str, regex.Pattern[str], bool], ...]  # (group, pattern, before the lead?): `_until_cues`
    target_lead: regex.Pattern[str]  # "đến", "tới" as a plan's target lead (dates.yaml `target_lead`)
    count_before_lead: regex.Pattern[str]  # "từ 1000 | đến 2000": a count before the lead (dates.yaml)
    clause_until: regex.Pattern[str]  # "đến ngày" … that a clause may open (`_until`)
    clause_before: regex.Pattern[str]  # ", ", "nhưng" … before "đến ngày": no range's end (`_until`)
    day_switch: regex.Pattern[str]  # " sang " between a day and the day it is moved to (`_switched`)
    day_switch_from: regex.Pattern[str]  # "từ" opening the day moved (`_switched`)
    glued_year_lead: regex.Pattern[str]  # "năm", "DL." glued before a year's digits


# The dates.yaml fragments compiled as they are into the Finder field of the same name.
COMPILED_FRAGMENTS = ("period_words", "named_period", "comma_day_lead", "name_year_after", "now_after", "year_switch",
                      "lunar_after", "back_after", "quantity_lead", "start_verb_clause", "target_lead",
                      "count_before_lead", "clause_until", "clause_before", "day_switch", "day_switch_from",
                      "glued_year_lead")


def compile_finder() -> Finder:
    """Compile `dates.yaml` and load `date_prefixes.tsv`, `date_parts_of_day.txt` and `date_day_followers.txt`.

    Raises:
        DataError: if a data file is malformed.
    """
    fragments = load_patterns("dates.yaml")
    prefixes: dict[str, frozenset[str]] = {}
    for row in load_tsv("date_prefixes.tsv", key="phrase"):
        roles = frozenset(row["roles"].split(","))
        if roles - PREFIX_ROLES:
            raise DataError(f"date_prefixes.tsv: unknown role {sorted(roles - PREFIX_ROLES)} for {row['phrase']!r}")
        prefixes[row["phrase"]] = roles
    for part in load_words("date_parts_of_day.txt"):
        for tail in PART_OF_DAY_TAILS:
            prefixes[part + tail] = prefixes.get(part + tail, frozenset()) | {"day"}
    keywords = {literal: regex.compile(fragments[name]) for literal, name in KEYWORDS}
    digits = regex.compile(fragments["digit_core"])
    year_digits = regex.compile(fragments["year_core"])
    core_index, piece_index = _group_indices(digits, CORES)
    year_core_index, year_piece_index = _group_indices(year_digits, YEAR_CORES)
    compiled = {name: regex.compile(fragments[name]) for name in COMPILED_FRAGMENTS}
    return Finder(
        digits=digits, keywords=keywords, prefixes=prefixes,
        name_year_blockers=tuple(" " + w for w in load_words("date_name_year_blockers.txt")),
        core_index=core_index, piece_index=piece_index,
        year_digits=year_digits, year_core_index=year_core_index, year_piece_index=year_piece_index,
        name_year_tails=tuple(" " + w for w in load_words("date_name_year_tails.txt")),
        day_followers=load_words("date_day_followers.txt", quoted=True),
        until_cues=tuple((group, regex.compile(fragments[f"until_{group}_{side}"]), side == "before")
                         for group in ("then", "total") for side in ("before", "after")),
        **compiled,
    )


def _group_indices(pattern: regex.Pattern[str], cores: tuple[str, ...]) -> tuple[tuple[int, ...], tuple[tuple[str, int], ...]]:
    """Where in `match.groups()` each `c_<core>` group is, and (name, index) of the other named groups."""
    index = pattern.groupindex
    return (tuple(index[f"c_{core}"] - 1 for core in cores),
            tuple((name, i - 1) for name, i in index.items() if not name.startswith("c_")))


def _prefix(text: str, start: int, prefixes: Mapping[str, frozenset[str]], wanted: frozenset[str]) -> tuple[int, str, frozenset[str]] | None:
    """The longest known phrase right before `start` with a role in `wanted`.

    Returns:
        (where the phrase starts, the phrase as written, its roles), or None.
    """
    lo = max(0, start - PREFIX_MAX_CHARS)
    if start == 0 or not text[start - 1].isspace():
        return None
    words: list[int] = []  # start offsets of the words before `start`, nearest first
    i = start
    while len(words) < PREFIX_MAX_WORDS:
        j = i
        while j > lo and text[j - 1] in " \t":
            j -= 1
        k = j
        while k > lo and not text[k - 1].isspace():
            k -= 1
        if k == j or (k == lo and lo > 0):
            break
        dots = max(text.rfind("...", k, j), text.rfind("…", k, j), text.rfind("”", k, j))
        if dots >= 0:  # "trật tự...Sáng 8-12", "“…giáo dục”sáng 10/2": the word after an ellipsis or a quote
            k = dots + (3 if text.startswith("...", dots) else 1)
        elif (glued := GLUED_STOP.search(text, k, j)) is not None:  # "truy nã.Ngày 25-5", "mới đây,ngày 20/4"
            words.append(glued.end())
            break
        tag = text.rfind(")", k, j)
        if tag >= 0 and text[tag + 1:tag + 2] in DASHES:  # "(GLO)-Sáng 15-10": a site tag glued (blind s27-b-012)
            k = tag + 1
        while k < j and text[k] in OPENERS:
            k += 1
        if k == j:
            break
        words.append(k)
        i = k
        if text[k - 1:k] in OPENERS and k > 0:
            break
    for n in range(len(words), 0, -1):
        begin = words[n - 1]
        phrase = text[begin:start].rstrip()
        roles = prefixes.get(" ".join(phrase.lower().split()))
        if roles and roles & wanted:
            return begin, phrase, roles
    return None


DAY = frozenset({"day"})
SPAN = frozenset({"span"})
SINCE = frozenset({"since"})
MONTH_OR_LOOSE = frozenset({"month", "quarter", "loose"})
YEAR_ROLES = frozenset({"year", "birth", "until", "from", "decade", "bare_year", "bare_until"})
BARE_ROLES = frozenset({"bare_year", "bare_until"})
UNTIL = frozenset({"until"})
FROM = frozenset({"from"})
# "từ 1/5 tới đây", "Từ 17-6, 23 tỉnh", "từ 21/4 này": a bare "từ" opens a day-month when one of these
# follows (not "giảm từ 1/3 xuống", a fraction); so does a bare "vào" ("ở ngoài cộng đồng vào 22/2, tình hình", "ra
# mắt vào 27/4 và lên kệ": bench dantri-health-150, dantri-tech-053; not "rót vốn vào 2/3 số ngành").
FROM_BARE = regex.compile(r"(?<![\p{L}\d])(?:[Tt]ừ|[Vv]ào) $")
# After a bare "từ 1/7", "đến 31/10": a clause or sentence ends, or the date looks ahead ("từ 1/10 tới").
FROM_BARE_AFTER = regex.compile(r"(?:\s+(?:tới|này|sẽ)(?!\p{L})|[,.;)]|\s*(?:\n|$))")
# Not after a number: "15 đến 23-9", "từ 2.7 đến 3.7" are ranges and magnitudes.
# Capitalised, it opens a clause that tells when ("Đến 6/6, Nguyễn Q. V. bị triệu tập", bench baomoi-22479709).
UNTIL_BARE = regex.compile(r"(?<![\p{L}\d])(?<![\d%]\s)(?:[Đđ]ến|[Tt]ới) $")


def _groups(match: regex.Match[str]) -> dict[str, str]:
    return {k: v for k, v in match.groupdict().items() if v is not None and not k.startswith("c_")}


# How far before the lead phrase `clause_before` looks (dates.yaml: "the 8 characters before it").
CLAUSE_BEFORE_CHARS = 8


def _until(groups: dict[str, str], hit: tuple[int, str, frozenset[str]] | None, text: str,
           finder: Finder) -> dict[str, str]:
    """The pieces, with the lead phrase as `until` when it opens a range up to the date."""
    if hit is None or "until" not in hit[2]:
        return groups
    if (finder.clause_until.fullmatch(" ".join(hit[1].lower().split()))
            and finder.clause_before.search(text, max(0, hit[0] - CLAUSE_BEFORE_CHARS), hit[0])):
        return groups
    return {**groups, "until": hit[1]}


def _switched(text: str, previous: Candidate, start: int, finder: Finder) -> bool:
    """Whether the day-month at `start` is the one `previous` ("từ ngày 18-11") is moved to ("sang 15-12"): dates.yaml
    `day_switch`, `day_switch_from`."""
    return (finder.day_switch.fullmatch(text, previous.end, start) is not None
            and finder.day_switch_from.match(text, previous.start, previous.end) is not None)

# "ngày Nhà giáo Việt Nam 20.11", "Ngày Sách và Văn hóa đọc Việt Nam 21/4" (blind s13-e-025): how many words a day's
# name may have.
NAMED_DAY_WORDS = 8
DASHES = ("-", "–", "—")


def _lower_day_name(words: list[str], n: int) -> bool:
    """Whether the `n - 1` words after "ngày" (at `words[-n]`) name a day though they open in lower case ("ngày
    doanh nhân Việt Nam 13/10", "ngày độc lập của Venezuela 5-7", blind s8-d-030; bench): words only, one
    capitalised, and no count of days before ("3 ngày và tước GPLX từ 2-4 tháng", "37 ngày nồng độ PM 2.5")."""
    name = words[-n + 1:]
    counted = n < len(words) and any(c.isdigit() for c in words[-n - 1])
    return not counted and all(w.isalpha() for w in name) and any(w[:1].isupper() for w in name)


def _named_day_lead(text: str, start: int) -> int | None:
    """Where "ngày" opens a named day just before `start` ("Ngày Thương binh – Liệt sỹ 27/7", "ngày Nhà giáo
    Việt Nam 20.11", "Ngày BHYT Việt Nam 1/7"): the name holds a capital and no punctuation."""
    if start < 1 or text[start - 1] != " ":
        return None
    words = text[max(0, start - 80):start - 1].split(" ")
    if len(words) < 2 or not words[-1]:
        return None
    for n in range(2, min(NAMED_DAY_WORDS + 1, len(words)) + 1):
        word = words[-n]
        if word.lower() == "ngày":
            if not words[-n + 1][:1].isupper() and not _lower_day_name(words, n):
                return None
            return start - 1 - len(" ".join(words[-n:]))
        if word in DASHES:
            continue
        if not word or not word[-1].isalnum() or not word[0].isalnum():
            return None
    return None


# How far before a bare "đến"/"từ" a quantity's verb may start ("giảm "), and a verb of time ("được triển khai ").
QUANTITY_LEAD_CHARS = 8
START_VERB_REACH = 60


def _after_quantity(text: str, at: int, finder: Finder) -> bool:
    """Whether a quantity's verb stands right before `at` ("lên đến 10.1,": a decimal)."""
    return finder.quantity_lead is not None and finder.quantity_lead.search(text, max(0, at - QUANTITY_LEAD_CHARS), at) is not None


def _dotted_date_lead(text: str, at: int, finder: Finder) -> bool:
    """Whether a verb of time stands in the clause before a bare lead at `at`, so a dotted day.month after it is a
    date ("được triển khai từ 29.4,"), not a decimal ("Lãi suất cho vay dao động từ 6.5,")."""
    return (finder.start_verb_clause is not None
            and finder.start_verb_clause.search(text, max(0, at - START_VERB_REACH), at) is not None)


def _day_above_month(text: str, start: int, end: int, groups: dict[str, str]) -> bool:
    """Whether a slashed day-month has its day above its month ("9/6"): no fraction can be meant."""
    return "/" in text[start:end] and "d1" in groups and "m1" in groups and int(groups["d1"]) > int(groups["m1"])


def _rising_dash(groups: dict[str, str]) -> bool:
    """Whether the shared-month days of a range are joined by a dash and rise ("24 - 25/05/2018")."""
    return groups["shared"].strip() in DASHES and int(groups["d1"]) < int(groups["d2"])


def _date_shaped(text: str, run: str, end: int, followers: tuple[str, ...]) -> bool:
    """Whether a digit run can open a date (cheap test before the full pattern; `followers`: Finder.day_followers)."""
    if len(run) <= 2:
        return text.startswith(followers, end)
    if "/" in run or "-" in run:
        return True
    # Dotted: "13.6.2005", "19.8", "27.1", "10.2020" but not "1.616" or "4.700".
    if "." in run:
        parts = run.split(".")
        return all(len(part) <= 2 for part in parts[:2]) or (len(parts) == 2 and len(parts[0]) <= 2
                                                               and len(parts[1]) == 4 and parts[1][:2] in YEAR_HEADS)
    return len(run) == 4 and run[:2] in YEAR_HEADS


# A day-month alone in brackets, dashed or dotted: "(28-11)", "(3.2)".
BRACKETED_DAY = regex.compile(r"\((?:0?[1-9]|[12]\d|3[01])[-.](?:0?[1-9]|1[0-2])\)")


def _core_candidate(text: str, match: regex.Match[str], core: str, groups: dict[str, str],
                    finder: Finder, previous: Candidate | None) -> Candidate | None:
    """The candidate a digit core makes with the words before it, or None."""
    start, end = match.span()
    prefixes = finder.prefixes
    in_brackets = start > 0 and text[start - 1] == "(" and text[end:end + 1] == ")"
    if core == "period":
        return Candidate(start, end, "dates.period", groups)
    if core == "range_dmy":
        hit = _prefix(text, start, prefixes, DAY | SPAN)
        if hit is None and "shared" in groups and not in_brackets and not _rising_dash(groups):
            # "25-28/6/2023" after "ngày", "từ ngày" ... or in brackets ("SEA Games 33 (9-20/12/2025)"), or rising days
            # joined by a dash ("diễn ra vào 24 - 25/05/2018", "trong khoảng thời gian 6-9.10.2021": blind s29-c-033,
            # s28-d-015); not "tháng 6 đến ngày 8/7/2021" (s26-b-019), where the 6 is a month
            return None
        return Candidate(hit[0] if hit else start, end, "dates.range_dmy", groups)
    if core == "range_dm":
        hit = _prefix(text, start, prefixes, DAY | SPAN)
        if hit is None and not in_brackets and ("m1" not in groups or "dashed" in groups):
            return None  # "12 đến 16/5" and "1-2 đến 3-4" alone may be counts
        if "dotted" in groups and (hit is None or "day" not in hit[2]):
            return None  # "ngày 23.8 đến ngày 24.8", not "từ 2.7 đến 3.7" (magnitudes)
        return Candidate(hit[0] if hit else start, end, "dates.range_dm", groups)
    if core == "since":
        hit = _prefix(text, start, prefixes, SINCE | frozenset({"month"}))
        if "close" in groups and not (start > 0 and text[start - 1] == "("):
            return None
        begin = hit[0] if hit else start - 1 if "close" in groups else start
        return Candidate(begin, end, "dates.since", groups)
    if core == "range_month":
        hit = _prefix(text, start, prefixes, frozenset({"month", "since"}))
        if hit is None and "y1" not in groups:
            return None
        return Candidate(hit[0] if hit else start, end, "dates.range_month", groups)
    if core == "range_year":
        hit = _prefix(text, start, prefixes, SPAN)
        rule = "dates.range_year_day" if "d2" in groups else "dates.range_year"  # its end is a full date
        return Candidate(hit[0] if hit else start, end, rule, groups)
    if core == "dmy":
        hit = _prefix(text, start, prefixes, DAY)
        if hit is not None and "from" in hit[2] and finder.now_after.match(text, end):
            # "từ ngày 24 tháng 8 năm 2009 đến nay" -> 2009-08-24/.. (blind s27-c-006), as "từ 1/1/2020 đến nay"
            return Candidate(hit[0], end, "dates.since", groups)
        # A full date after "tính đến ngày" stays a date (news gold dantri-society-041); only a
        # yearless one opens a range up to it.
        return Candidate(hit[0] if hit else start, end, "dates.dmy", groups)
    if core == "month_year":
        hit = _prefix(text, start, prefixes, MONTH_OR_LOOSE)
        if hit is None:
            # "(10-2022)": a month and year in brackets after a visit, an event
            return Candidate(start, end, "dates.month_year", groups) if in_brackets else None
        if "quarter" in hit[2]:
            return Candidate(hit[0], end, "dates.quarter", {**groups, "q": groups["m1"]})
        if "from" in hit[2] and finder.now_after.match(text, end):
            return Candidate(hit[0], end, "dates.since", groups)  # "từ tháng 10-2024 đến nay" -> 2024-10/..
        if "month" not in hit[2] and not regex.match(r"\d+/\d", text[start:end]):
            return None  # a loose "từ 9 năm 2016" is not a month
        return Candidate(hit[0], end, "dates.month_year", _until(groups, hit, text, finder))
    if core == "day_listed":
        # "trong 2 ngày (18 và 19-8)": the day word may stand before the bracket
        hit = _prefix(text, start - 1 if start > 0 and text[start - 1] == "(" else start, prefixes, DAY)
        return Candidate(start, end, "dates.day_listed", groups) if hit else None
    if core == "dm":
        hit = _prefix(text, start, prefixes, DAY)
        # A bare "từ"/"đến" before a day/month: a date when no fraction can be meant (the day above the
        # month, "đến 31/10") or a clause ends after it ("hoạt động từ 1/7."); "đến 1/3 tổng chi phí" is one.
        bare = not_fraction = None
        if hit is None:
            bare = FROM_BARE.search(text, max(0, start - 4), start) or UNTIL_BARE.search(text, max(0, start - 5), start)
            not_fraction = ("/" in text[start:end] and "d1" in groups and "m1" in groups
                            and int(groups["d1"]) > int(groups["m1"]))  # "2.1" may be a decimal
        dotted = "." in text[start:end]
        if bare is not None and (_dotted_date_lead(text, bare.start(), finder) if dotted else
                                 not_fraction or not _after_quantity(text, bare.start(), finder)) and (
                "future" in groups or not_fraction or FROM_BARE_AFTER.match(text, end)):
            # a dotted one only after a verb of time in its clause ("được triển khai từ 29.4, huy động", "kéo dài đến
            # 30.8.", "(công chiếu từ 28.4)": blind s27-a-032, s18-e-023), not "dao động từ 6.5," (a decimal); a slashed
            # one not after a quantity's verb unless its day is above its month ("giảm đến 1/3." is a fraction)
            # "đến 31/10", "từ 1/7" read as the day itself (GUIDELINES.md: either reading of a date after "đến", "từ")
            hit = (bare.start(), bare.group().strip(), DAY)
        if hit is not None and ("now" in groups or "from" in hit[2] and finder.now_after.match(text, end)):
            # "hôm 8/11 tới nay", "Từ ngày 20 tháng 12 năm đến nay" (blind s6-d-016) -> XXXX-12-20/..
            return Candidate(hit[0], end, "dates.since_dm", groups)
        if hit is not None:
            return Candidate(hit[0], end, "dates.dm", _until(groups, hit, text, finder))
        named = _named_day_lead(text, start - 1 if in_brackets else start)
        if named is not None and finder.name_year_after.match(text, end):  # not "mỗi ngày Mai Phương gọi 3-4 lần"
            # "Ngày Thương binh – Liệt sỹ 27/7", "ngày Thương binh liệt sĩ (27-7)"
            return Candidate(named, end + 1 if in_brackets else end, "dates.dm", groups)
        opens_list = start > 0 and text[start - 1] == "(" and DM_LIST_NEXT.match(text, end) is not None
        if (in_brackets or opens_list) and _prefix(text, start - 1, prefixes, DAY) is not None:
            # "Hôm nay (23-5)", "Trong 3 ngày (18/10, 27/10, 30/10)" (blind s20-b-033)
            return Candidate(start, end, "dates.dm_listed", groups)
        lead = finder.comma_day_lead.search(text, max(0, start - 16), start)
        if lead is not None and (FROM_BARE_AFTER.match(text, end) or _day_above_month(text, start, end, groups)):
            return Candidate(lead.start(), end, "dates.dm", groups)  # "Sáng nay, 12-11"
        listed = previous is not None and (LIST_JOIN.fullmatch(text, previous.end, start) or _switched(
            text, previous, start, finder)) and previous.rule in ("dates.dm", "dates.dm_listed", "dates.dmy", "dates.day_listed")
        # A dashed day-month only after a listed day ("các ngày 13 và 14-10") or a dashed day-month
        # ("lễ 30-4 và 1-5"), both with their day word.
        if (listed or in_brackets) and ("/" in text[start:end] or listed and (
                previous.rule == "dates.day_listed" or "-" in text[previous.start:previous.end])):
            return Candidate(start, end, "dates.dm_listed", groups)
        if in_brackets and BRACKETED_DAY.fullmatch(text, start - 1, end + 1):
            # a day-month alone in brackets after what it dates: "“Chuyện phố mùa đông” (28-11)", "Hội Cựu chiến binh
            # tỉnh (10-7)", "ngày sinh nhật của ông (1-10)" (blind s26-e-015, s28-c-027; bench: no score or count
            # written so)
            return Candidate(start, end, "dates.dm_listed", groups)
        return None
    # core == "year"
    # "(SN1969)": a year of birth glued to its lead (dates.yaml `left`); not the end of a word ("MSN2019")
    if start >= 2 and text.startswith("SN", start - 2) and (start == 2 or not text[start - 3].isalnum()):
        return Candidate(start - 2, end, "dates.birth_year", groups)
    glued = finder.glued_year_lead.search(text, max(0, start - 4), start)
    if glued is not None:  # "sinh năm1968", "DL.2023": glued to its lead (dates.yaml `left`); a birth anchors no event
        born = text[max(0, glued.start() - 5):glued.start()].lower() == "sinh "
        return Candidate(glued.start() - 5 if born else glued.start(), end, "dates.birth_year" if born else "dates.year",
                         groups)
    hit = _prefix(text, start, prefixes, YEAR_ROLES)
    if (hit is not None and hit[2] & YEAR_ROLES <= BARE_ROLES and not (end == len(text) or text[end] in BARE_YEAR_ENDS)
            and not _target_year(text, end, hit, finder)):
        hit = None
    if hit is None:
        # "năm 2014, 2015 và 2016": a year listed after a year (a decade after a decade, "những năm 1930 và
        # 1950", a birth year after one, "sinh năm 2021 và 2023"); "Luật Công an nhân dân (2018)".
        listed = previous is not None and previous.rule in LISTED_YEAR_RULES and LIST_JOIN.fullmatch(
            text, previous.end, start)
        if listed and previous.rule == "dates.decade" and groups["y1"].endswith("0"):
            return Candidate(start, end, "dates.decade", groups)
        if previous is not None and previous.rule == "dates.until" and LIST_JOIN.fullmatch(text, previous.end, start):
            # "các mục tiêu … đến năm 2025, 2030, 2045": each listed year is a target like the first (blind s15-d-025)
            return Candidate(start, end, "dates.until", {**groups, "lead": previous.groups["lead"]})
        # "(2014, 2015, 2017, 2018)": a list of years in brackets
        opens_list = start > 0 and text[start - 1] == "(" and YEAR_LIST_NEXT.match(text, end) is not None
        if listed or in_brackets or opens_list:
            return Candidate(start, end, "dates.year", groups)
        if _birth_in_brackets(text, start, end):
            return Candidate(start, end, "dates.birth_year", groups)
        if ((_after_name(text, start) or _after_event_tail(text, start, finder)) and finder.name_year_after.match(text, end)
                and _name_year_free(text, start, finder)):
            return Candidate(start, end, "dates.name_year", groups)  # "SEA Games 1997", "Euro 2020"
        return None
    begin, phrase, roles = hit
    if "decade" in roles:
        if "from" in roles and groups["y1"].endswith("0") and not finder.year_switch.match(text, end):
            return Candidate(begin, end, "dates.since", groups)  # "kể từ những năm 1980" -> 1980/.. (round 20)
        return Candidate(begin, end, "dates.decade" if groups["y1"].endswith("0") else "dates.year", groups)
    back = finder.back_after.match(text, end) if "from" in roles and finder.back_after is not None else None
    if back is not None:
        return Candidate(begin, back.end(), "dates.until", {**groups, "lead": phrase})  # "Từ năm 2019 trở về trước"
    if "from" in roles and not finder.year_switch.match(text, end):
        return Candidate(begin, end, "dates.since", groups)  # "kể từ đầu năm 2022" -> 2022/..
    if roles & {"until", "bare_until"}:
        return Candidate(begin, end, "dates.until", {**groups, "lead": phrase, **_until_cues(text, begin, end, finder)})
    return Candidate(begin, end, "dates.birth_year" if "birth" in roles else "dates.year", groups)


# Words before an "until" lead that `until_*_before` may read: "mãi ", "mục tiêu ".
UNTIL_CUE_BEFORE_CHARS = 12


def _until_cues(text: str, begin: int, end: int, finder: Finder) -> dict[str, str]:
    """`then` ("mãi đến 2015 mới …": tells when) and `total` ("Đến 2020, toàn tỉnh đã có …": a running total or a
    target) for an "until" year, as dates.yaml `until_*` read them around the lead at `begin` and the year ending at `end`."""
    cues: dict[str, str] = {}
    for group, pattern, before in finder.until_cues:
        hit = pattern.search(text, max(0, begin - UNTIL_CUE_BEFORE_CHARS), begin) if before else pattern.match(text, end)
        if hit is not None and group not in cues:
            cues[group] = hit.group()
    return cues


LISTED_YEAR_RULES = ("dates.year", "dates.birth_year", "dates.decade")
# How far before a target's lead `count_before_lead` looks: a number and one word ("1.000 cán bộ ") fit.
COUNT_LOOKBACK_CHARS = 16


def _target_year(text: str, end: int, hit: tuple[int, str, frozenset[str]], finder: Finder) -> bool:
    """Whether a year after a bare "đến"/"tới" (dates.yaml `target_lead`), followed by a word, is the target year of a
    plan, not the end of a range of counts (`count_before_lead`) nor a count (a unit after: `name_year_after`)."""
    begin, phrase, _ = hit
    return (finder.target_lead.fullmatch(phrase) is not None and text[end:end + 1] == " "
            and finder.name_year_after.match(text, end) is not None
            and finder.count_before_lead.search(text, max(0, begin - COUNT_LOOKBACK_CHARS), begin) is None)


# "Nguyễn Thị Tâm (1978, cùng trú tại …)", "anh Nguyễn Đình Trường (1995, Cảnh sát biển …)" (bench, blind
# s13-b-019): a year opening a bracket after a name, then a comma, is the person's year of birth.
NAME_BEFORE_BRACKET = regex.compile(r"\p{Lu}\p{Ll}*\s\($")


def _birth_in_brackets(text: str, start: int, end: int) -> bool:
    """Whether the year at `start` opens "(1978, …" right after a capitalised word."""
    return text[end:end + 1] == "," and NAME_BEFORE_BRACKET.search(text, max(0, start - 12), start) is not None


# A name may end in lower-case words after its capitalised one ("Tết Nguyên đán 2017", "Luật Quảng
# cáo 2012", "Năm Du lịch Quốc gia 2021"): how many words back the capital may be.
NAME_TAIL_WORDS = 5


def _after_name(text: str, start: int) -> bool:
    """Whether the words before `start` end a name: one of the last few has a capital letter and
    none opens its sentence ("World Cup 2022", "iPad Pro 2021", "Tết Nguyên đán 2017"; not
    "Khoảng 2000" at a sentence start)."""
    end = start - 1
    for _ in range(NAME_TAIL_WORDS + 1):
        if end < 1 or text[end] != " ":
            return False
        k = end
        while k > 0 and not text[k - 1].isspace():
            k -= 1
        word = text[k:end].lstrip(OPENERS)
        if not word or not word[-1].isalnum() or k > 0 and text[k - 1] != " " or k == 0:
            return False
        j = k - 1
        while j > 0 and text[j - 1] in " \t":
            j -= 1
        if j == 0 or text[j - 1] in ".!?:\n…":
            return False
        if any(ch.isupper() for ch in word):
            return True
        end = k - 1
    return False


def _after_event_tail(text: str, start: int, finder: Finder) -> bool:
    """Whether the words before `start` end an event's name in lower case ("kỳ thi học sinh giỏi quốc gia
    2016", "Diễn đàn Du lịch Nội địa toàn quốc 2021"; date_name_year_tails.txt)."""
    before = " " + " ".join(text[max(0, start - PREFIX_MAX_CHARS):start].lower().split())
    return before.endswith(finder.name_year_tails)


def _name_year_free(text: str, start: int, finder: Finder) -> bool:
    """Whether nothing right before `start` makes the number something else than a name's year: a
    document or address word ("Quyết định 2032", date_name_year_blockers.txt) or a date word the
    prefix table knows ("đến 2030 giảm", "để từ 2018 sẽ": not a name)."""
    before = " " + " ".join(text[max(0, start - PREFIX_MAX_CHARS):start].lower().split())
    if before.endswith(finder.name_year_blockers):
        return False
    return before.rsplit(" ", 1)[-1] not in finder.prefixes


def _last_listed_day(match: regex.Match[str], groups: dict[str, str]) -> Candidate:
    """The last day of a listed-days match as a date of its own, read from the listed day's groups: after a glued comma
    ("13,14 tháng 12 năm 2018"), or after days out of order, which are no list ("các ngày 12, 8 và 21/4")."""
    last = "y1" if "y1" in groups else "m1"
    pieces = {"d1": groups["d2"], "m1": groups["m1"], **({"y1": groups["y1"]} if "y1" in groups else {})}
    return Candidate(match.start("d2"), match.end(last), "dates.dmy" if "y1" in groups else "dates.dm_listed", pieces)


def _without_lunar(text: str, found: list[Candidate], lunar_after: regex.Pattern[str]) -> list[Candidate]:
    """Drop lunar dates, and a listed day before one ("ngày 18, 19.1 (âm lịch)", blind s11-e-008)."""
    kept: list[Candidate] = []
    lunar_start = -1
    for c in sorted(found, key=lambda c: -c.start):
        if lunar_after.match(text, c.end) or (c.rule == "dates.day_listed" and lunar_start >= 0
                                               and LIST_JOIN.fullmatch(text, c.end, lunar_start)):
            lunar_start = c.start
            continue
        kept.append(c)
    return kept[::-1]


def _days_increase(text: str, match) -> bool:
    """Whether the days of a listed-days match ("các ngày 8, 12 và 21/4") are written in increasing order."""
    days = [int(match.group("d1")), *(int(d.group()) for d in DAY_ITEM.finditer(text, match.end(), match.start("d2"))),
            int(match.group("d2"))]
    return all(a < b for a, b in zip(days, days[1:]))


def find_dates(text: str, finder: Finder) -> list[Candidate]:
    """Non-overlapping date candidates in `text`, left to right.

    Args:
        text: the normalised article text.
        finder: from `compile_finder`.

    Returns:
        Candidates with rule ids `dates.<rule>`; `[]` when there are none.
    """
    found: list[Candidate] = []
    previous: Candidate | None = None
    done = 0
    for run in DIGIT_RUN.finditer(text):
        start = run.start()
        if start < done or not _date_shaped(text, run.group(), run.end(), finder.day_followers):
            continue
        if run.end() - start > 2 and run.group().isdigit():  # "2024": `year_core`, the same match in a third of the time
            match, cores, core_index, piece_index = (finder.year_digits.match(text, start), YEAR_CORES,
                                                     finder.year_core_index, finder.year_piece_index)
        else:
            match, cores, core_index, piece_index = (finder.digits.match(text, start), CORES, finder.core_index,
                                                     finder.piece_index)
        if match is None:
            continue
        values = match.groups()
        core = next(c for c, i in zip(cores, core_index) if values[i] is not None)
        groups = {name: values[i] for name, i in piece_index if values[i] is not None}
        candidate = _core_candidate(text, match, core, groups, finder, previous)
        if candidate is not None and candidate.rule == "dates.day_listed" and not _days_increase(text, match):
            candidate = _last_listed_day(match, groups)  # "các ngày 12, 8 và 21/4": no list, "21/4" stands (review 14)
        if candidate is not None:
            done = match.end()
            found.append(candidate)
            previous = candidate
            if candidate.rule == "dates.day_listed":
                # "các ngày 8, 12 và 21/4", "các đêm 28,29,30 và 31/8": the days between the first and the last
                for day in DAY_ITEM.finditer(text, match.end(), match.start("d2")):
                    previous = Candidate(day.start(), day.end(), "dates.day_listed", {**groups, "d1": day.group()})
                    found.append(previous)
                    done = previous.end
                if text[match.start("d2") - 1] == ",":
                    # "ngày 13,14 tháng 12 năm 2018": the glued last day is no digit run of its own (`left`)
                    previous = _last_listed_day(match, groups)
                    found.append(previous)
                    done = previous.end
        elif core == "month_year":
            done = match.start("y1")  # "đợt 2 năm 2019": not a month, but the year stands on its own
        elif core in ("range_dm", "range_dmy"):
            # "khoảng 5-6h ngày 30.5", "quận 3, đến ngày 21.11.2016": not a range, but the day stands on its own
            done = match.start("d2")
        else:
            done = match.end()
    found.extend(_keyword_candidates(text, finder))
    found.extend(_period_word_candidates(text, finder))
    found.extend(_named_period_candidates(text, finder))
    if " tháng" in text:
        found.extend(_report_period_candidates(text, finder, found))
    if finder.lunar_after is not None:  # "âm lịch", "năm Quý Mão" after it: GUIDELINES.md, not annotated
        found = _without_lunar(text, found, finder.lunar_after)
    return _in_that_year(_without_overlaps(found))


def _in_that_year(found: list[Candidate]) -> list[Candidate]:
    """A month "năm đó" ("that year") takes the year of the last candidate written with one before it ("Đầu 1963 …
    Tháng 3 năm đó" -> 1963-03, blind s21-a-018); with none, it stays a month alone."""
    out: list[Candidate] = []
    year: str | None = None
    for c in found:
        if "that_year" in c.groups:
            groups = {k: v for k, v in c.groups.items() if k != "that_year"}
            c = Candidate(c.start, c.end, c.rule, {**groups, "y1": year} if year else groups)
        elif c.groups.get("y2") or c.groups.get("y1"):
            year = c.groups.get("y2") or c.groups["y1"]
        out.append(c)
    return out


# Where a period in words may be ("sáu tháng đầu năm", "tám tháng năm 2019"), and how far back its number word starts.
PERIOD_WORD_TAILS = (" tháng đầu", " tháng cuối", " tháng năm", " tháng của năm")
PERIOD_WORD_REACH = 16


def _period_word_candidates(text: str, finder: Finder) -> list[Candidate]:
    """Periods with the count in words; `interpret` reads the word (`nw`)."""
    found: list[Candidate] = []
    for tail in PERIOD_WORD_TAILS:
        i = text.find(tail)
        while i >= 0:
            for m in finder.period_words.finditer(text, max(0, i - PERIOD_WORD_REACH), i + 60):
                if m.end("nw") == i:
                    found.append(Candidate(m.start(), m.end(), "dates.period", _groups(m)))
            i = text.find(tail, i + 1)
    return found


# The count of months closing a report period ("Lũy kế 6 tháng", "Trong chín tháng"), and what follows a day before
# a month, the other thing periods.yaml `year_period` matches ("13,14 tháng 12", "25 tháng Chạp": a date's part).
REPORT_COUNT = regex.compile(r"(?<![\p{L}\d])(?:(?P<n>\d{1,2})|(?P<nw>(?:mười\s)?(?:một|hai|ba|bốn|năm|sáu|bảy|tám|chín)"
                             r"|mười))\s+tháng$")
MONTH_AFTER = regex.compile(r"\s+(?:Giêng|Chạp|giêng|chạp|\d)")


def _report_period_candidates(text: str, finder: Finder, found: list[Candidate]) -> list[Candidate]:
    """The first months of the year a report covers, written without the year ("Lũy kế 6 tháng,", "GDP 9 tháng ước
    đạt", "Trong 11 tháng qua, …"): that year's period (GUIDELINES.md round 13). One pattern with the numbers
    extractor, which drops the same spans as counts (`extractors/periods.py`); not where another date candidate
    already stands ("Lũy kế 9 tháng năm 2020" is the digits' period with its year)."""
    taken = [(c.start, c.end) for c in found]
    out: list[Candidate] = []
    for start, end in find_year_periods(text):
        count = REPORT_COUNT.search(text[start:end])
        if count is None or MONTH_AFTER.match(text, end) or any(a < end and start < b for a, b in taken):
            continue
        groups = {"n": count["n"]} if count["n"] else {"nw": count["nw"]}
        if looks_back(text, end):
            groups["past"] = "qua"
        out.append(Candidate(start, end, "dates.period", groups))
    return out


NAMED_PERIOD_HEADS = ("nửa ", "Nửa ", "quý ", "Quý ")
COUNT_BEFORE = regex.compile(r"\d\s*$")


def _named_period_candidates(text: str, finder: Finder) -> list[Candidate]:
    """Halves and quarters in words ("nửa đầu năm 2024", "quý đầu tiên của năm 2024") as a period
    of 6 months or a quarter; `interpret` reads `n`/`part` or `q`."""
    found: list[Candidate] = []
    for head in NAMED_PERIOD_HEADS:
        i = text.find(head)
        while i >= 0:
            counted = COUNT_BEFORE.search(text, max(0, i - 4), i)  # "2 quý đầu năm"
            m = finder.named_period.match(text, i) if (i == 0 or not text[i - 1].isalnum()) and not counted else None
            if m is not None:
                groups = _groups(m)
                if groups.pop("half", None):
                    found.append(Candidate(m.start(), m.end(), "dates.period", {**groups, "n": "6"}))
                else:
                    q = "1" if groups.pop("qpart").lower().startswith("đầu") else "4"
                    found.append(Candidate(m.start(), m.end(), "dates.quarter", {**groups, "q": q}))
            i = text.find(head, i + 1)
    return found


def _keyword_candidates(text: str, finder: Finder) -> list[Candidate]:
    found: list[Candidate] = []
    for literal, pattern in finder.keywords.items():
        after = KEYWORD_NEXT[literal.lower()]
        width = len(literal) + 1
        i = text.find(literal)
        while i >= 0:
            ok = (i == 0 or not text[i - 1].isalnum()) and text.startswith(after, i + width)
            match = pattern.match(text, i) if ok else None
            if match and "q" in match.groupdict():
                found.extend(_quarter_candidates(match))
            elif match and match.groupdict().get("mlisted") is not None:
                found.extend(_month_list_candidates(match))
            elif match:
                groups = _groups(match)
                rule = ("dates.dmy_words" if "dw" in groups else "dates.month_range" if "m2" in groups
                        else "dates.month" if "m1" in groups else "dates.month_name")
                start = match.start()
                if rule in ("dates.month", "dates.month_name", "dates.month_range"):
                    hit = _prefix(text, start, finder.prefixes, UNTIL)  # "tính đến hết tháng 6"
                    groups, start = _until(groups, hit, text, finder), hit[0] if hit else start
                    if "now" in groups and rule == "dates.month":
                        since = _prefix(text, match.start("m1"), finder.prefixes, FROM)  # "(tháng 2 đến nay)"
                        rule, start = "dates.since_month", since[0] if since is not None and since[0] < start else start
                found.append(Candidate(start, match.end(), rule, groups))
            i = text.find(literal, i + 1)
    return found


MONTH_ITEM = regex.compile(r"\d+")


def _month_list_candidates(match: regex.Match[str]) -> list[Candidate]:
    """One candidate per month in "các tháng 4, 5, 6 hàng năm"; the year or recurrence is the list's."""
    groups = _groups(match)
    listed = groups.pop("mlisted")
    first_end = match.end("m1")
    found = [Candidate(match.start(), first_end, "dates.month", groups)]
    items = list(MONTH_ITEM.finditer(listed))
    for n, item in enumerate(items):
        start = match.start("mlisted") + item.start()
        end = match.end() if n == len(items) - 1 else match.start("mlisted") + item.end()
        found.append(Candidate(start, end, "dates.month", {**groups, "m1": item.group()}))
    return found


def _quarter_candidates(match: regex.Match[str]) -> list[Candidate]:
    """One candidate per quarter in "quý I, II, III, IV năm 2020"; the year is the list's."""
    groups = _groups(match)
    listed = groups.pop("listed", "")
    if not listed:
        return [Candidate(match.start(), match.end(), "dates.quarter", groups)]
    first_end = match.end("q")
    found = [Candidate(match.start(), first_end, "dates.quarter", groups)]
    items = list(QUARTER_ITEM.finditer(match.group(0), first_end - match.start(), match.end("listed") - match.start()))
    for n, item in enumerate(items):
        start = match.start() + item.start("q")
        end = match.end() if n == len(items) - 1 else match.start() + item.end()
        found.append(Candidate(start, end, "dates.quarter", {**groups, "q": item.group("q")}))
    return found


def _without_overlaps(found: list[Candidate]) -> list[Candidate]:
    """Keep the earliest, then longest, of overlapping candidates."""
    kept: list[Candidate] = []
    for c in sorted(found, key=lambda c: (c.start, -c.end)):
        if kept and c.start < kept[-1].end:
            continue
        kept.append(c)
    return kept


def find_dateline_candidate(text: str) -> Candidate | None:
    """The dateline of `text` ("Thứ Năm, 08/08/2024, 11:43"), or None (see `find_dateline`)."""
    hit = find_dateline(text)
    if hit is None:
        return None
    start, end, when = hit
    return Candidate(start, end, "dates.dateline", {"y1": str(when.year), "m1": str(when.month), "d1": str(when.day)})


def sentence_bounds(text: str) -> list[int]:
    """Offsets where sentences end (sorted), for `bisect` lookups."""
    return [m.end() for m in SENTENCE_END.finditer(text)]
