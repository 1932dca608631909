"""The dates extractor: calendar references as EDTF values (ANNOTATION.md "dates").

`find.py` finds candidate spans with one compiled pattern; `interpret.py`
turns each into a `DateValue`. This module ties them together and supplies
the anchor for dates written without a year.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from dataclasses import dataclass
from typing import Any, Callable

import regex

from vnie.extractors.base import Candidate, DateValue, Found, Mention, NormalisedDoc
from vnie.extractors.dates.find import Finder, compile_finder, find_dateline_candidate, find_dates, sentence_bounds
from vnie.extractors.dates.interpret import (
    ANCHORING_RULES, last_day, NAME_YEAR, PERIOD_RULES, REFERENCE_RULES, YEARLESS_RULES, Anchor, NumberWords, anchor_year,
    day_value, interpret_date, month_value, range_value,
)
from vnie.gazetteer.load import load_patterns, load_words


def candidates(doc: NormalisedDoc, finder: Finder) -> list[Candidate]:
    """The dateline (if any) and every candidate that does not overlap it."""
    dateline = find_dateline_candidate(doc.text)
    found = find_dates(doc.text, finder)
    if dateline is None:
        return found
    rest = [c for c in found if c.end <= dateline.start or c.start >= dateline.end]
    return [dateline, *rest]


# Just before a date of birth: "SN 22.4.2004", "(sinh ngày 1/1/1914".
BIRTH_BEFORE = regex.compile(r"(?i)(?<!\p{L})(?:sn|sinh(?:\s+ngày)?)\s*:?\s*$")
BIRTH_LEAD = regex.compile(r"(?i)(?:sn|sinh)(?!\p{L})")


def _quoted(text: str, pos: int, ends: list[int], events: tuple[str, ...] = ()) -> bool:
    """Whether `pos` is inside a quoted name in its sentence ("Nâng bước thủ khoa năm 2023") that names no
    event held on the day (date_event_heads.txt: "tổ chức “Ngày hội toàn dân bảo vệ an ninh tổ quốc năm
    2022”" is the day's event, ANNOTATION.md)."""
    lo, _ = _sentence_of(ends, pos, len(text))
    before = text[lo:pos]
    if before.count("“") > before.count("”"):
        opened = before.rfind("“")
    elif before.count('"') % 2 == 1 and "”" not in before[before.rfind('"'):]:
        opened = before.rfind('"')  # not one a curly mark closed ('Ngày hội "Toàn dân … Tổ quốc” (ANTQ) năm 2024')
    else:
        return False
    name = " ".join(before[opened + 1:].split()).lower() + " "
    return not name.startswith(events)


# How far before a name's year an event word may open the name ("lễ hội ẩm thực 3 miền Bắc - Trung - Nam 2023").
EVENT_REACH = 100


def _event_year(text: str, pos: int, ends: list[int], events: tuple[str, ...]) -> bool:
    """Whether the name whose year is at `pos` names an event (date_event_heads.txt) and stands outside
    brackets: "khai mạc Festival Khèn Mông … 2023", "nhân dịp Tết Chôl Chnăm Thmây 2024"; not "(… Cuộc thi
    Hoa hậu … 2022 …)", "dự án BLHS 2015", "đăng cai Olympic 2024" (bench)."""
    lo, _ = _sentence_of(ends, pos, len(text))
    before = text[lo:pos]
    if before.count("(") > before.count(")"):
        return False
    words = " " + " ".join(before[-EVENT_REACH:].lower().split()) + " "
    return any(" " + head in words for head in events)


def _sentence_of(ends: list[int], pos: int, length: int) -> tuple[int, int]:
    """(start, end) of the sentence holding `pos`."""
    i = bisect.bisect_right(ends, pos)
    return ends[i - 1] if i else 0, ends[i] if i < len(ends) else length


def _reviewed(text: str, lo: int, hi: int, found: list[Candidate], cues: tuple[str, ...],
              words: NumberWords, honours: tuple[str, ...] = (), terms: tuple[str, ...] = ()) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the period a meeting reviews in text[lo:hi], if the sentence has a review cue.

    The period written after the cue wins ("tổng kết năm 2022 và triển khai nhiệm vụ năm 2023"); a term of office
    (date_term_heads.txt: "nhiệm kỳ 2021-2026") is none.
    """
    sentence = text[lo:hi].lower()
    at = min((i for i in (sentence.find(cue) for cue in cues) if i >= 0), default=-1)
    several_years = at < 0  # only an honour cue: the period must span several years (date_honour_cues.txt)
    if several_years:
        at = min((i for i in (sentence.find(cue) for cue in honours) if i >= 0), default=-1)
    if at < 0:
        return None
    periods = [c for c in found if lo <= c.start < hi and c.rule in PERIOD_RULES and "y1" in c.groups
               and not (terms and text[c.start:c.end].lower().startswith(terms))]
    if not periods and not several_years:
        # the period named as the next sentence opens: "Chiều 26/12, Công an tỉnh tổ chức hội nghị tổng kết công tác
        # Công an tỉnh lần thứ 32. … \n\nNăm 2022, Công an tỉnh chủ động …" (blind s26-b-011)
        following = next((c for c in found if c.start >= hi), None)
        if following is not None and following.rule == "dates.year" and _opens_sentence_soon(text, hi, following.start):
            periods = [following]
    if not periods:
        return None
    after = [c for c in periods if c.start >= lo + at]
    chosen = after[0] if after else periods[-1]
    # A yearless period right after the cue is the one reviewed, in the year of the next period written with it
    # ("sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ công tác 6 tháng cuối năm 2018", blind s20-d-030).
    first = next((c for c in found if lo + at <= c.start < hi and c.rule in FIRST_MONTHS_RULES), None)
    if first is not None and first.start < chosen.start and not first.groups.keys() & {"y1", "rel_year"}:
        chosen = Candidate(first.start, first.end, first.rule, {**first.groups, "y1": str(anchor_year(chosen))})
    value = interpret_date(chosen, Anchor(None, None), words)
    if value is None or value.date_start is None or value.date_end is None:
        return None
    if several_years and value.date_start.year == value.date_end.year:
        return None
    return value.date_start, value.date_end


def _opens_sentence_soon(text: str, hi: int, start: int) -> bool:
    """Whether `start`, within `REVIEWED_REACH` characters after `hi`, opens a sentence (a stop or a line break before it)."""
    if not hi <= start <= hi + REVIEWED_REACH:
        return False
    before = text[max(hi, start - 3):start].rstrip(" ")
    return start == hi or not before or before[-1] in ".!?…\n"


# How far after a meeting's sentence the year it reviews may open a sentence, no other date between ("… hội nghị tổng
# kết công tác Công an tỉnh lần thứ 32. Đến dự … \n\nNăm 2022, …": 240 characters, blind s26-b-011).
REVIEWED_REACH = 400


def _reference(text: str, found: list[Candidate], index: int, words: NumberWords,
               lo: int = 0) -> tuple[dt.date, int] | None:
    """The nearest full date before candidate `index`, however far back, or a month-year of its own month in an
    earlier sentence (before `lo`).

    The blind gold anchors on the last full date written before, even paragraphs
    back ("Ngày 6/4/2017 ... [three paragraphs] ... ngày 6/4", "15.12.2021 ...
    Ngày 15/12"), or the full date ending a range of months ("Tính từ tháng 6/2021 đến ngày 26/8/2021 … vào ngày 15/8",
    blind s9-b-024). A date of birth ("SN 22.4.2004", "sinh ngày 1/1/1914") is not
    the story's date; a document's is (gold: "Theo Quyết định số 250/QĐ-TTg ngày 26/3/2024 … Cùng ngày 26/3", blind
    s16-c-008; "Quyết định số 1192-QĐ/UBKTTW ngày 7/6/2019. Quyết định có hiệu lực từ ngày 21/8", s18-c-019). A month
    written again after its month-year is that month ("CPI tháng 11/2018 … trong
    tháng 11", blind s15-d-018); not in its own sentence ("rời EU vào tháng 3-2019, bởi … hồi cuối tháng 3 vừa qua").
    (A bare quarter or period written again after one with its year that holds it: `_same_period`.)
    Returns the date and where its candidate starts.
    """
    target = found[index]
    month = target.groups.get("m1") if target.rule in SAME_MONTH_RULES else None
    for c in reversed(found[:index]):
        if month is not None and c.rule == MONTH_YEAR and c.end <= lo and "y1" in c.groups and int(c.groups["m1"]) == int(month):
            return last_day(int(c.groups["y1"]), int(month)), c.start
        birth = BIRTH_BEFORE.search(text, max(0, c.start - 12), c.start) or BIRTH_LEAD.match(text, c.start)
        if (c.rule in REFERENCE_RULES or c.rule == "dates.range_month" and "d2" in c.groups) and not birth:
            value = interpret_date(c, Anchor(None, None), words)
            if value is not None and value.date_end is not None:
                return value.date_end, c.start
    return None


# How far before a full date's digits a part of the day opening its sentence may start ("Sáng sớm ngày ").
DATELINE_LEAD_CHARS = 20
DIGIT = regex.compile(r"\d")


def _present(text: str, reference: tuple[dt.date, int] | None, dateline_lead: regex.Pattern[str] | None) -> int | None:
    """The year of a full date written before when it reads as the story's own, a sentence opening with a part of
    the day ("Sáng ngày 7/5/2019, …"): the writer's present, which "năm nay" means (review 18 item 8)."""
    if reference is None or dateline_lead is None:
        return None
    date, start = reference
    digit = DIGIT.search(text, start, start + DATELINE_LEAD_CHARS)
    at = digit.start() if digit else start
    return date.year if dateline_lead.search(text, max(0, at - DATELINE_LEAD_CHARS), at) else None


# Yearless periods inside a year that a period written before, or a month-year of their sentence, places.
FIRST_MONTHS_RULES = frozenset({"dates.quarter", "dates.period"})


def _months(c: Candidate, words: NumberWords) -> tuple[int, int] | None:
    """(first, last) month of a quarter or period ("quý II" -> (4, 6), "6 tháng đầu năm 2023" -> (1, 6))."""
    value = interpret_date(c, Anchor(None, None), words)
    if value is None or "/" not in value.value:
        return None
    first, last = value.value.split("/")
    return int(first[5:7]), int(last[5:7])


def _same_period(text: str, found: list[Candidate], index: int, words: NumberWords,
                 comparisons: tuple[str, ...] = ()) -> int | None:
    """The year of the nearest quarter or period written before with its year (not one compared with) that ends no
    earlier than yearless candidate `index` (ANNOTATION.md: "`quý II` (of a stated 2023) -> 2023-04/2023-06"): "quý
    III/2017 … vượt mức của quý II và 5,15 trong quý I" (blind s19-d-028), "6 tháng đầu năm 2025 … GDP quý 2"
    (s18-c-011), "GDP quý IV/2024 … quý IV" (GUIDELINES.md round 14); not a later quarter ("quý III/2017 … quý IV luôn
    là quý đạt tăng trưởng cao nhất", s19-d-028: the usual fourth quarter of any year)."""
    target = found[index]
    if target.rule not in FIRST_MONTHS_RULES or "y1" in target.groups:
        return None
    months = _months(target, words)
    if months is None:
        return None
    for c in reversed(found[:index]):
        if c.rule in FIRST_MONTHS_RULES and "y1" in c.groups and not _compared(text, c, comparisons):
            held = _months(c, words)
            if held is not None and months[1] <= held[1]:
                return int(c.groups["y1"])
    return None


def _document_date(text: str, c: Candidate, heads: tuple[str, ...]) -> bool:
    """Whether full date `c` follows a document's name and number ("Nghị quyết số 18 ngày 25-10-2017",
    date_document_heads.txt): the document's date, not its sentence's event."""
    if c.rule != "dates.dmy" or not heads:
        return False
    before = " ".join(text[max(0, c.start - DOCUMENT_REACH):c.start].lower().split())
    if text[c.start:c.end].lower().startswith("ngày"):
        before += " ngày"
    match = DOCUMENT_NUMBER.search(before)
    return match is not None and match.group("head").endswith(heads)


# How far before a document's date its name and number may start ("Quyết định số 1234/QĐ-UBND ngày").
DOCUMENT_REACH = 60
DOCUMENT_NUMBER = regex.compile(r"(?P<head>\p{L}+(?: \p{L}+)?) (?:số )?\S*\d\S* ngày$")


# How far before a year a law's name may start (dates.yaml `law_before`): "Bộ luật " and the 60 characters of name the
# fragment allows fit.
LAW_REACH = 70


def _law_year(text: str, c: Candidate, cues: Cues) -> bool:
    """Whether the year of `c` names a law or one of its amendments (dates.yaml `law_before`)."""
    return (c.rule == "dates.year" and cues.law_before is not None
            and cues.law_before.search(text, max(0, c.start - LAW_REACH), c.start) is not None)


# How far before a year's digits a comparison cue ("so với cùng kỳ năm") may end.
COMPARISON_REACH = 24


def _compared(text: str, c: Candidate, comparisons: tuple[str, ...]) -> bool:
    """Whether the year of `c` is the one compared with ("so với cùng kỳ 2017", "so với quý 3-2022"), not the story's."""
    digits = next((i for i in range(c.start, c.end) if text[i].isdigit()), c.start)
    before = " ".join(text[max(0, digits - COMPARISON_REACH):digits].lower().split())
    # or before the whole span: "CPI bình quân quý 3 tăng 2,89% so với quý 3-2022" (blind gen-023)
    whole = " ".join(text[max(0, c.start - COMPARISON_REACH):c.start].lower().split())
    return before.endswith(comparisons) or whole.endswith(comparisons)


@dataclass(frozen=True, slots=True)
class Cues:
    """Words that tell what a year in the sentence is: a period a meeting reviews
    (date_review_cues.txt, date_honour_cues.txt), a year compared with (date_comparison_cues.txt), a month-year of
    another event (date_month_anchor_leads.txt)."""

    review: tuple[str, ...] = ()
    comparison: tuple[str, ...] = ()
    month_leads: frozenset[str] = frozenset()
    event_heads: tuple[str, ...] = ()  # lower-case, a space after: "ngày hội ", "lễ hội "
    honour: tuple[str, ...] = ()  # review a period of several years only (date_honour_cues.txt)
    documents: tuple[str, ...] = ()  # a date after their number is theirs (date_document_heads.txt)
    year_shift: tuple[str, ...] = ()  # a repeated day-month after them is another year's (date_year_shift_cues.txt)
    year_name: regex.Pattern[str] | None = None  # a sexagenary year name before a year (dates.yaml `year_name_before`)
    terms: tuple[str, ...] = ()  # a term of office, never a reviewed period (date_term_heads.txt), lower-case
    dateline_lead: regex.Pattern[str] | None = None  # "Sáng ngày " opening a sentence (dates.yaml `dateline_lead`)
    law_before: regex.Pattern[str] | None = None  # a law's name before a year (dates.yaml `law_before`)

    @classmethod
    def load(cls) -> Cues:
        patterns = load_patterns("dates.yaml")
        return cls(load_words("date_review_cues.txt"), load_words("date_comparison_cues.txt"),
                   frozenset(load_words("date_month_anchor_leads.txt")),
                   tuple(w.lower() + " " for w in load_words("date_event_heads.txt")), load_words("date_honour_cues.txt"),
                   load_words("date_document_heads.txt"), tuple(w.lower() for w in load_words("date_year_shift_cues.txt")),
                   regex.compile(patterns["year_name_before"]), tuple(w.lower() for w in load_words("date_term_heads.txt")),
                   regex.compile(patterns["dateline_lead"]), regex.compile(patterns["law_before"]))


# How far before a year's digits its sexagenary name may start ("Giáp Thìn năm ").
YEAR_NAME_REACH = 24


def _named_year(text: str, c: Candidate, cues: Cues) -> bool:
    """Whether a sexagenary year name stands right before the year of `c` ("xuân Giáp Thìn 2024")."""
    return cues.year_name is not None and cues.year_name.search(text, max(0, c.start - YEAR_NAME_REACH), c.start) is not None


# A month-year anchors only a day of its own month ("Ngày 14/7, UBND huyện tổ chức họp ... tháng 7 năm
# 2022"), not another month ("tháng 11/2016 ... họp báo ngày 27/6 vừa qua" is 2017).
MONTH_YEAR = "dates.month_year"


DAY_MONTH_RULES = frozenset({"dates.dm", "dates.dm_listed", "dates.day_listed"})
# A day's first mention, which a later day-month written again follows (`_as_first_mention`).
FIRST_MENTION_RULES = DAY_MONTH_RULES | {"dates.dmy"}
# Yearless dates a month-year of their month written before anchors (`_reference`): a month alone, not a day in it
# (a storm "cuối tháng 8, đầu tháng 9-2023" compared with this year's "ngày 2-9", blind s15-e-021).
SAME_MONTH_RULES = frozenset({"dates.month"})


def _month_only(c: Candidate) -> int | None:
    """The month a month-year anchor is limited to (None for other anchors)."""
    return int(c.groups["m1"]) if c.rule == MONTH_YEAR else None


# What may stand between a month and the month-year it is listed with ("cuối tháng 8, đầu tháng 9-2023").
MONTH_JOINERS = frozenset({",", "và", "hoặc", "hay"})


def _listed_with(text: str, found: list[Candidate], index: int) -> list[tuple[int, int]]:
    """[(0, year)] when a month alone is listed with the month-year right after it, whose year it shares
    ("cuối tháng 8, đầu tháng 9-2023" -> 2023-08, blind s15-e-021); else []."""
    c = found[index]
    if c.rule not in SAME_MONTH_RULES or index + 1 >= len(found):
        return []
    n = found[index + 1]
    gap = text[c.end:n.start].replace(",", " , ").split()
    if n.rule != MONTH_YEAR or "y1" not in n.groups or not 0 < len(gap) <= 2:
        return []
    return [(0, anchor_year(n))] if all(w.lower() in MONTH_JOINERS for w in gap) else []


def _plain_month(text: str, c: Candidate, leads: frozenset[str]) -> bool:
    """Whether a month-year is written "tháng 7/2022" with no time word before it (date_month_anchor_leads.txt);
    the word may open the span ("trong tháng 9-2014") or stand before it."""
    at = text[c.start:c.end].lower().find("tháng ")
    if at < 0:
        return False
    at += c.start
    before = text[max(0, at - 12):at].split()
    return not before or before[-1].lower() not in leads


def _month_before(c: Candidate, pos: int, month: int) -> bool:
    """Whether month alone `c` stands before a month-year of its sentence of the same or a later month, whose year it
    then shares: "tình hình kinh tế - xã hội tháng 02, nhiệm vụ trọng tâm tháng 3 năm 2023" is 2023-02 (blind
    s34-c-012); not a month after it ("tháng 11/2016 … tháng 6 vừa qua")."""
    return c.rule in SAME_MONTH_RULES and c.start < pos and int(c.groups["m1"]) <= month


def _ends_by(c: Candidate, month: int, words: NumberWords) -> bool:
    """Whether yearless period `c` ends by `month` of a month-year in its sentence, which then places it: "Tại Hội nghị
    thường kỳ UBND tỉnh Bắc Giang tháng 6/2024, … 6 tháng đầu năm" is 2024-01/2024-06 (blind s18-c-033)."""
    if c.rule not in FIRST_MONTHS_RULES:
        return False
    months = _months(c, words)
    return months is not None and months[1] <= month


def _anchors(text: str, found: list[Candidate], cues: Cues, words: NumberWords, ends: list[int]) -> list[Anchor]:
    """For each candidate of an undated article, what its sentence and the one before give it.

    The year of the nearest anchoring date in its sentence; the end of a period
    a meeting in the sentence reviews; the nearest full date before it. `ends`: the text's `sentence_bounds`.
    """
    # (where, year, whether it anchors only the dates after it: a year in a name, "VCK U23 châu Á 2024 sẽ diễn
    # ra từ 15/4 đến 3/5"; an event's name anchors the day before it too, "Hôm nay (22/4), khai mạc Festival
    # Khèn Mông ... 2023" (blind s10-e-007, s7-e-007, reg-006), not "Ngày 30/9, TAND ... xét xử ... Hoa hậu ... 2022")
    named = {c.start for c in found if c.rule == NAME_YEAR and _named_year(text, c, cues)}
    anchors_at = [(c.start, anchor_year(c), c.rule == NAME_YEAR and c.start not in named
                   and not _event_year(text, c.start, ends, cues.event_heads), _month_only(c))
                  for c in found
                  if (c.rule in ANCHORING_RULES or c.rule == MONTH_YEAR and _plain_month(text, c, cues.month_leads))
                  and "y1" in c.groups and (c.start in named or not _quoted(text, c.start, ends, cues.event_heads))
                  and not _compared(text, c, cues.comparison) and not _document_date(text, c, cues.documents)
                  and not _law_year(text, c, cues)]
    result: list[Anchor] = []
    reviewed_in: dict[int, tuple[dt.date, dt.date] | None] = {}  # sentence start -> the period reviewed there
    for index, c in enumerate(found):
        if c.rule not in YEARLESS_RULES:
            result.append(Anchor(None, None))
            continue
        lo, hi = _sentence_of(ends, c.start, len(text))
        near = [(abs(pos - c.start), year) for pos, year, before_only, month in anchors_at
                if lo <= pos < hi and not (before_only and pos > c.start)
                and (month is None or c.rule in DAY_MONTH_RULES and month == int(c.groups["m1"])
                     or _ends_by(c, month, words) or _month_before(c, pos, month))]
        near += _listed_with(text, found, index)
        same = _same_period(text, found, index, words, cues.comparison)
        if not near and same is None and c.rule in FIRST_MONTHS_RULES and not _year_in(found, lo, hi):
            near = _year_just_before(found, anchors_at, ends, lo)
        if lo not in reviewed_in:
            reviewed_in[lo] = _reviewed(text, lo, hi, found, cues.review, words, cues.honour, cues.terms)
        # A yearless period is itself what a meeting reviews, not a day after it.
        reviewed = None if c.rule in PERIOD_RULES else reviewed_in[lo]
        reference = _reference(text, found, index, words, lo)
        result.append(Anchor(None, min(near)[1] if near else None, reviewed, reference[0] if reference else None, same,
                             _present(text, reference, cues.dateline_lead)))
    return result


def _year_in(found: list[Candidate], lo: int, hi: int) -> bool:
    """Whether a candidate in text[lo:hi] has a year written, even one compared with ("Trong 4 tháng đầu năm, đất nền
    tăng giá 15-40%, nhưng nếu so với cùng kỳ 2016": that period is not the year before's, bench baomoi-22271594)."""
    return any(lo <= c.start < hi and ("y1" in c.groups or "y2" in c.groups) for c in found)


def _year_just_before(found: list[Candidate], anchors_at: list[tuple[int, int, bool, int | None]], ends: list[int],
                      lo: int) -> list[tuple[int, int]]:
    """[(0, year)] of the last year written alone (`dates.year`, one that anchors) in the sentence before the one starting
    at `lo`, which places a yearless period of the next one: "ngành nông nghiệp sẽ hoàn thành chỉ tiêu Chính phủ giao
    trong năm 2017 … . Bộ trưởng cũng dự báo những khó khăn, thách thức trong 6 tháng cuối năm" is 2017-07/2017-12
    (bench baomoi-22669186, audit r14); not a quarter or period written before ("Quý III/2012 … . … quý IV luôn là quý
    đạt tăng trưởng cao nhất", `_same_period`); else []."""
    if lo == 0:
        return []
    before, _ = _sentence_of(ends, lo - 1, lo)
    anchoring = {pos for pos, _, before_only, month in anchors_at if before <= pos < lo and not before_only and month is None}
    years = [c for c in found if c.start in anchoring and c.rule == "dates.year"]
    return [(0, anchor_year(years[-1]))] if years else []


def interpret_all(doc: NormalisedDoc, found: list[Candidate], words: NumberWords,
                  cues: Cues = Cues()) -> list[DateValue | None]:
    """The value of each candidate (None where interpretation fails)."""
    published = doc.published.date() if doc.published else None
    if published is None and any(c.rule in YEARLESS_RULES for c in found):
        ends = sentence_bounds(doc.text)  # read once for both: a scan of the whole text
        anchors = _anchors(doc.text, found, cues, words, ends)
        shifted = _year_shifted(doc.text, found, cues.year_shift, ends)
        return _as_first_mention(found, [interpret_date(c, a, words) for c, a in zip(found, anchors)], shifted)
    anchors = _dated_anchors(doc.text, found, published, cues)
    return [interpret_date(c, a, words) for c, a in zip(found, anchors)]


def _dated_anchors(text: str, found: list[Candidate], published: dt.date | None,
                   cues: Cues) -> list[Anchor]:
    """The publication date for each candidate of a dated article, with the publication's year as `sentence_year`
    where the candidate is yearless and its sentence writes that year and no other ("Năm nay, …", "… năm 2025 được
    công bố ngày 16/7", blind s27-e-017), not counting a year compared with ("so với cùng kỳ năm 2024")."""
    plain = Anchor(published, None)
    if published is None or not any(c.rule in YEARLESS_RULES for c in found):
        return [plain] * len(found)
    ends = sentence_bounds(text)
    written = [(c.start, anchor_year(c)) for c in found if "y1" in c.groups and not _compared(text, c, cues.comparison)]
    written += [(m.start(), published.year) for m in THIS_YEAR.finditer(text)]
    dated = Anchor(published, published.year)
    out = []
    for c in found:
        if c.rule not in YEARLESS_RULES or not written:
            out.append(plain)
            continue
        lo, hi = _sentence_of(ends, c.start, len(text))
        # only that year: "… từ 1/4/2020 đến 31/3/2021 … quý 3 của năm 2020 (thay vì quý 4 …)" names no one year
        years = {year for pos, year in written if lo <= pos < hi}
        out.append(dated if years == {published.year} else plain)
    return out


# "năm nay" ("this year") standing alone in a sentence, which names the publication's year.
THIS_YEAR = regex.compile(r"(?i)(?<!\p{L})năm\s+nay(?!\p{L})")


# A single day's value, with its year or not ("2017-06-09", "XXXX-06-09").
ONE_DAY = regex.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d")


def _year_shifted(text: str, found: list[Candidate], cues: tuple[str, ...], ends: list[int]) -> list[bool]:
    """For each candidate, whether a year-shift cue (date_year_shift_cues.txt) stands before it in its sentence
    (`ends`: the text's `sentence_bounds`)."""
    if not cues:
        return [False] * len(found)
    out = []
    for c in found:
        lo, _ = _sentence_of(ends, c.start, len(text))
        before = " " + " ".join(text[lo:c.start].lower().split()) + " "
        out.append(any(" " + cue + " " in before or " " + cue + "," in before for cue in cues))
    return out


def _as_first_mention(found: list[Candidate], values: list[DateValue | None],
                      shifted: list[bool] | None = None) -> list[DateValue | None]:
    """In an undated article, a day-month written again is the day its latest dated mention named, whatever year the
    later sentence shows: "ngày 9.6, Quốc hội sẽ thảo luận … năm 2017" … "phiên họp chiều 9.6" (blind s20-d-001),
    "Chiều 9-6, … năm 2013" … "Cũng trong chiều 9-6, … ngân sách nhà nước năm 2012" (s20-d-012). A day-month-year
    written between starts a new reference ("chiều 9-6-2012 và tối 9-6 năm ấy": 2012), and a day-month after a
    year-shift cue keeps its own year ("Một năm trước, sáng 9-6, tại kỳ họp năm 2012"; review 14 item 5)."""
    first: dict[tuple[int, int], DateValue] = {}
    out = list(values)
    for i, (c, v) in enumerate(zip(found, values)):
        if v is None or c.rule not in FIRST_MENTION_RULES or not ONE_DAY.fullmatch(v.value) or "yearly" in c.groups:
            continue
        key = (int(c.groups["d1"]), int(c.groups["m1"]))
        if key not in first or c.rule not in DAY_MONTH_RULES or shifted and shifted[i]:
            first[key] = v
        elif first[key].date_start is not None:  # a first "XXXX" tells nothing
            out[i] = first[key]
    return out


# A day's or a month's value, with its year or not ("XXXX-07-25", "2024-07").
DAY_OR_MONTH = regex.compile(r"(?:XXXX|\d{4})-\d\d(?:-\d\d)?")
# How far before a range's first end its "từ" may stand, a part of the month between ("Từ đầu tháng 6").
LEAD_REACH = 16


@dataclass(frozen=True, slots=True)
class RangeLeads:
    """What opens a range's first end ("từ") and its last ("đến"), dates.yaml `range_first_lead`, `range_last_lead`."""

    first: regex.Pattern[str]
    last: regex.Pattern[str]
    first_before: regex.Pattern[str]  # "Từ đầu " before a month's span ("Từ đầu tháng 6 đến ngày 8/7/2021")


def join_ranges(text: str, found: list[Candidate], values: list[DateValue | None],
                leads: RangeLeads) -> tuple[list[Candidate], list[DateValue | None]]:
    """Candidates with each pair of a range's ends found side by side ("từ ngày 31/12/2023" "đến hết tháng 02/2024")
    made one period (`dates.joined`, 2023-12-31/2024-02: blind s24-c-013, s25-d-021), and their values."""
    out_c: list[Candidate] = []
    out_v: list[DateValue | None] = []
    i = 0
    while i < len(found):
        joined = _joined(text, found[i], values[i], found[i + 1], values[i + 1], leads) if i + 1 < len(found) else None
        if joined is not None:
            out_c.append(Candidate(found[i].start, found[i + 1].end, "dates.joined", {}))
            out_v.append(joined)
            i += 2
            continue
        out_c.append(found[i])
        out_v.append(values[i])
        i += 1
    return out_c, out_v


def _joined(text: str, a: Candidate, first: DateValue | None, b: Candidate, last: DateValue | None,
            leads: RangeLeads) -> DateValue | None:
    """The period from `first` to `last` when `a` opens with "từ" (or follows "từ đầu"), `b` with "đến" and only spaces
    stand between; None when either end is a period already, is a day that its year does not have, or the range would
    end before it starts."""
    if first is None or last is None or text[a.end:b.start].strip() or not leads.last.match(text, b.start):
        return None
    if not (leads.first.match(text, a.start) or leads.first_before.search(text, max(0, a.start - LEAD_REACH), a.start)):
        return None
    first = DateValue(first.value.removesuffix("/.."), first.kind, first.date_start, first.date_end)
    last = DateValue(last.value.removeprefix("../"), last.kind, last.date_start, last.date_end)
    if "/" in first.value or "/" in last.value:
        return None
    if first.value.startswith("XXXX") != last.value.startswith("XXXX"):
        # one end written without its year takes the other's ("từ tháng 3/2024 đến 25/7" -> 2024-03/2024-07-25), or
        # the year next to it when the range would run backwards
        if first.date_start is None and last.date_end is not None:
            ends = last.date_end
            first = _in_year(first.value, ends.year, -1, lambda v: v.date_start <= ends)
        elif last.date_end is None and first.date_start is not None:
            starts = first.date_start
            last = _in_year(last.value, starts.year, 1, lambda v: v.date_end >= starts)
        else:
            return None
    return range_value(first, last) if first is not None and last is not None else None


def _in_year(value: str, year: int, step: int, forwards: Callable[[DateValue], bool]) -> DateValue | None:
    """A yearless day or month ("XXXX-07-25", "XXXX-07") in `year`, or in `year + step` when it is not `forwards` of
    the range's other end there; None when it is neither or is a day `year` does not have ("29/2" in 2023)."""
    if not DAY_OR_MONTH.fullmatch(value):
        return None
    month, day = int(value[5:7]), int(value[8:10]) if len(value) > 7 else None
    dated = _dated(year, month, day)
    return dated if dated is None or forwards(dated) else _dated(year + step, month, day)


def _dated(year: int, month: int, day: int | None) -> DateValue | None:
    return month_value(year, month) if day is None else day_value(year, month, day)


def build():
    """Compile the date patterns and load number words once.

    Returns:
        `extract(doc, found) -> list[Mention[DateValue]]`.
    """
    finder = compile_finder()
    words = NumberWords.load()
    cues = Cues.load()
    patterns = load_patterns("dates.yaml")
    ends = RangeLeads(regex.compile(patterns["range_first_lead"]), regex.compile(patterns["range_last_lead"]),
                      regex.compile(patterns["range_first_before"]))

    def extract(doc: NormalisedDoc, found: Found) -> list[Mention[Any]]:
        if not doc.text:
            return []
        cands = candidates(doc, finder)
        cands, values = join_ranges(doc.text, cands, interpret_all(doc, cands, words, cues), ends)
        return [Mention.at(doc, c.start, c.end, c.rule, v) for c, v in zip(cands, values) if v is not None]

    return extract


def failures(doc: NormalisedDoc, finder: Finder, words: NumberWords) -> Counter[str]:
    """How many candidates of each rule could not be interpreted (for tuning)."""
    cands = candidates(doc, finder)
    return Counter(c.rule for c, v in zip(cands, interpret_all(doc, cands, words, Cues.load())) if v is None)
