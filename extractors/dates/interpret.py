"""Interpret date candidates as EDTF values with first and last day covered.

Dispatch is on `candidate.rule`; the text is not matched again. Every
interpreter returns a `DateValue` or None when the pieces do not make a real
date (31/2, a range that ends before it starts). Day-months, months and
periods written without a year take it from the publication date (the one such
date from 10 months before to 2 months after it, ANNOTATION.md; the earliest
not before it when the text says `tới`, "coming"). Without a publication date:
the end of the period a meeting in the same sentence reviews (the nearest such
date to it), else a year written in the same sentence, else a full date in the
text before it, the nearest (as if it were the publication date), else `XXXX`.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
from collections.abc import Callable, Mapping
from dataclasses import dataclass

from vnie.extractors.base import Candidate, DateValue
from vnie.gazetteer.load import load_tsv

UNKNOWN_YEAR = "XXXX"
# Year used only to check that a day-month exists when the year is unknown
# (a leap year, so 29/2 stays valid).
CHECK_YEAR = 2000
QUARTER_NUMBERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# The window a yearless day-month falls in, around the publication date (ANNOTATION.md).
MONTHS_BEFORE = 10
MONTHS_AFTER = 2
# How far past the window's end a yearless date may still fall when its sentence writes the publication's year
# ("Năm nay, kỳ thi tốt nghiệp THPT diễn ra trong hai ngày 26-27/6" of April 2025 is 2025, not 2024: blind s27-e-017;
# GUIDELINES.md round 20: a year written in the same sentence wins over the window). Not a year on: "Ngày 28/12, …
# triển khai nhiệm vụ năm 2024" of 5 January 2024 is 2023's December.
WRITTEN_YEAR_AHEAD = 6


@dataclass(frozen=True, slots=True)
class Anchor:
    """What a yearless date is anchored on: the publication date, else what the text gives nearby.

    `period` is the first and last day of the period a meeting in the same sentence
    reviews; `reference` the nearest full date written before.
    """

    published: dt.date | None
    sentence_year: int | None
    period: tuple[dt.date, dt.date] | None = None
    reference: dt.date | None = None
    same_period: int | None = None  # the year of a period written before with its year that holds this one
    present: int | None = None  # the year of `reference` when it reads as the story's own date (`_present`)


@dataclass(frozen=True, slots=True)
class NumberWords:
    """Values of Vietnamese number words (gazetteer/data/number_words.tsv) and
    month names (date_month_names.tsv)."""

    value: Mapping[str, int]
    kind: Mapping[str, str]
    months: Mapping[str, int]

    @classmethod
    def load(cls) -> NumberWords:
        rows = load_tsv("number_words.tsv", key="word")
        months = {r["word"]: int(r["month"]) for r in load_tsv("date_month_names.tsv", key="word")}
        return cls({r["word"]: int(float(r["value"])) for r in rows}, {r["word"]: r["kind"] for r in rows}, months)

    def parse(self, words: str) -> int | None:
        """`mười lăm` -> 15, `hai mươi mốt` -> 21, `tư` -> 4; None unless 1-99."""
        tokens = words.lower().split()
        kinds = [self.kind.get(t) for t in tokens]
        if not tokens or None in kinds:
            return None
        if len(tokens) == 1:
            # "tháng tư" is April: "tư" stands alone only as a month or day.
            ok = kinds[0] in ("digit", "ten") or tokens[0] == "tư"
            return self.value[tokens[0]] or None if ok else None
        if kinds[0] == "ten":
            tens, rest = 10, tokens[1:]
        elif kinds[0] == "digit" and kinds[1] == "tens":
            tens, rest = self.value[tokens[0]] * 10, tokens[2:]
        else:
            return None
        if not rest:
            return tens
        if len(rest) == 1 and self.kind[rest[0]] in ("digit", "inner") and self.value[rest[0]] > 0:
            return tens + self.value[rest[0]]
        return None

    def month(self, words: str) -> int | None:
        """`tám` -> 8, `Giêng` -> 1, `mười hai` -> 12; None unless 1-12."""
        number = self.months.get(words.lower()) or self.parse(words)
        return number if number and number <= 12 else None


# ---- values --------------------------------------------------------------

def _day(year: int | None, month: int, day: int) -> str:
    return f"{UNKNOWN_YEAR if year is None else f'{year:04d}'}-{month:02d}-{day:02d}"


def _month(year: int | None, month: int) -> str:
    return f"{UNKNOWN_YEAR if year is None else f'{year:04d}'}-{month:02d}"


def _exists(year: int | None, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year or CHECK_YEAR, month)[1]


def last_day(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(when: dt.date, months: int) -> dt.date:
    """`when` moved by whole months, the day clipped to the month's length."""
    index = when.year * 12 + when.month - 1 + months
    year, month = divmod(index, 12)
    return dt.date(year, month + 1, min(when.day, calendar.monthrange(year, month + 1)[1]))


def window_year(month: int, day: int, reference: dt.date, future: bool = False) -> int:
    """The year of the one such day-month from 10 months before to 2 months after `reference`.

    With `future` ("ngày 23/5 tới"), the earliest such date not before it.
    The window's last day is in it and its first day is not: a month-only publication date stands as the
    1st ("2024-05-01" for May 2024), so "ngày 1/7" two months on is the coming one (blind s10-a-019).
    A 29 February takes the latest leap year not after the window's end.
    """
    if future:
        return reference.year if (month, day) >= (reference.month, reference.day) else reference.year + 1
    lower, upper = _add_months(reference, -MONTHS_BEFORE), _add_months(reference, MONTHS_AFTER)
    for year in (reference.year - 1, reference.year, reference.year + 1):
        if _exists(year, month, day) and lower < dt.date(year, month, day) <= upper:
            return year
    year = upper.year
    while not calendar.isleap(year) or dt.date(year, 2, 29) > upper:
        year -= 1
    return year


def _period_year(first: int, last: int, reference: dt.date) -> int:
    """The year whose months `first`..`last` overlap most the window around `reference` (10 months before, 2 after):
    "Lũy kế 9 tháng" of 1 November 2020 is 2020's, though the window's first day, 1 January 2020, leaves its
    January out (bench dantri-business-017). Only for periods from January: a later quarter keeps the window of its
    first day ("quý 3 này" of 1 May 2021 is 2021's, blind s10-a-019)."""
    lower, upper = _add_months(reference, -MONTHS_BEFORE), _add_months(reference, MONTHS_AFTER)

    def overlap(year: int) -> int:
        start, end = dt.date(year, first, 1), last_day(year, last)
        return (min(end, upper) - max(start, lower)).days

    return max((reference.year - 1, reference.year, reference.year + 1), key=overlap)


def nearest_year(month: int, day: int, end: dt.date) -> int:
    """The year of the such day-month nearest to `end` (a full date written before)."""
    years = [y for y in (end.year - 1, end.year, end.year + 1) if _exists(y, month, day)]
    return min(years, key=lambda y: abs((dt.date(y, month, day) - end).days))


# How long after a period of several years ends a meeting may still review it ("Sáng 15/1, … tổng kết giai đoạn
# 2016-2020" is 2021-01-15).
REVIEW_AFTER = dt.timedelta(days=120)


def reviewed_year(month: int, day: int, first: dt.date, last: dt.date) -> int:
    """The year of a meeting's day-month that reviews the period `first`..`last`: the such day nearest to its end
    (ANNOTATION.md: "Sáng 20/1, … tổng kết công tác năm 2022" is 2023-01-20; a year's results are also reviewed and
    awarded months later, bench baomoi-22292460, baomoi-22496420). A period of several years is reviewed as it
    closes: the latest such day from its last year's start to `REVIEW_AFTER` past its end ("Ngày 20/6, … vinh danh 80
    gương điển hình … giai đoạn 2020-2025" is 2025-06-20, blind s14-a-017), else the nearest."""
    if last.year > first.year:
        years = [y for y in (last.year, last.year + 1)
                 if _exists(y, month, day) and dt.date(last.year, 1, 1) <= dt.date(y, month, day) <= last + REVIEW_AFTER]
        if years:
            return max(years)
    return nearest_year(month, day, last)


@functools.cache
def relative_year_offsets() -> Mapping[str, int]:
    """The year after the publication's each relative-year word names ("nay" 0, "ngoái" -1; date_relative_years.tsv)."""
    return {r["word"]: int(r["offset"]) for r in load_tsv("date_relative_years.tsv", key="word")}


def _year_of(month: int, day: int, anchor: Anchor, future: bool, relative: str | None = None,
             last_month: int | None = None) -> int | None:
    """The year of a yearless day-month (day 1 for a month alone), or None for `XXXX`.

    A period (`last_month` its last month) is placed by its end against a full date before it: "ngày
    20/7/2016 ... 7 tháng đầu năm" is 2016, though its January is nearer to 2017 (blind s9-d-011).
    """
    pub = anchor.published
    if relative:
        # "năm nay" is the publication year; "năm ngoái" and "năm qua" the one before, "năm tới" the one after.
        if pub is None:  # "9 tháng đầu năm 2023 … 9 tháng đầu năm nay" (blind s18-c-028)
            if relative.split()[-1].lower() != "nay":
                return None
            # The story's own full date before anchors as a publication date would (ANNOTATION.md): "Sáng ngày
            # 7/5/2019 … từ tháng tư năm nay" is 2019-04 (blind s28-c-028); a historical one does not ("Ngày 2/9/1945").
            return anchor.same_period if anchor.same_period is not None else anchor.present
        return pub.year + relative_year_offsets()[relative.split()[-1].lower()]
    if pub is not None:
        if month == 1 and last_month is not None and last_month > 1:
            return _period_year(month, last_month, pub)  # the first months of a year, as reports count them
        year = window_year(month, day, pub, future)
        if anchor.sentence_year == pub.year == year + 1 and dt.date(pub.year, month, min(day, 28)) <= _add_months(
                pub, WRITTEN_YEAR_AHEAD):
            return pub.year
        return year
    if anchor.period is not None:
        return reviewed_year(month, day, *anchor.period)
    if anchor.sentence_year is not None:
        return anchor.sentence_year
    if anchor.same_period is not None:
        return anchor.same_period
    if anchor.reference is not None:
        # A full date in the body is the story's, not the publication: the yearless date may
        # follow it by months ("ngày 8/11/2016 ... Ngày 27/1 ... chiều ngày 7/2"), so the nearest.
        if future:
            return window_year(month, day, anchor.reference, True)
        return nearest_year(last_month or month, day, anchor.reference)
    return None


def day_value(year: int | None, month: int, day: int) -> DateValue | None:
    """A single day; None if it does not exist."""
    if not _exists(year, month, day):
        return None
    when = dt.date(year, month, day) if year is not None else None
    return DateValue(_day(year, month, day), "mention", when, when)


def month_value(year: int | None, month: int) -> DateValue | None:
    """A calendar month; None if `month` is not 1-12."""
    if not 1 <= month <= 12:
        return None
    if year is None:
        return DateValue(_month(None, month), "mention", None, None)
    return DateValue(_month(year, month), "mention", dt.date(year, month, 1), last_day(year, month))


def year_value(year: int) -> DateValue:
    return DateValue(f"{year:04d}", "mention", dt.date(year, 1, 1), dt.date(year, 12, 31))


def range_value(first: DateValue, last: DateValue) -> DateValue | None:
    """`first/last`; None when it ends before it starts or covers one point only."""
    if first.value == last.value:
        return None
    if first.date_start and last.date_end and first.date_start > last.date_end:
        return None
    return DateValue(f"{first.value}/{last.value}", "mention", first.date_start, last.date_end)


# ---- one interpreter per rule --------------------------------------------

def _int(groups: Mapping[str, str], key: str) -> int | None:
    text = groups.get(key)
    return int(text) if text is not None else None


# Leads that open a range up to the date at a sentence start too: "Trước tháng 6/2019, toàn tỉnh có 182 xã" (blind
# s23-a-022); "Tính đến hết tháng 10/2020 đã có 16 xã" counts a running total (blind s34-a-032; gold 28 of 30 sentence-
# opening "Tính đến/tới" dates hold the open range as value or alt).
RUNNING_TOTAL_LEADS = ("trước", "tính")


def up_to(value: DateValue | None, groups: Mapping[str, str]) -> DateValue | None:
    """`../value` when a lead such as "tính đến ngày" opens a range up to the date.

    At a sentence start the lead tells when something happened ("Đến ngày
    8/11/2017, ông Trump đặt chân tới Bắc Kinh"), as "Đến năm 1978" does; not
    `RUNNING_TOTAL_LEADS`.
    """
    lead = groups.get("until")
    if value is None or lead is None or lead[:1].isupper() and not lead.lower().startswith(RUNNING_TOTAL_LEADS):
        return value
    return DateValue(f"../{value.value}", "mention", None, value.date_end)


def _dmy(c: Candidate, anchor: Anchor) -> DateValue | None:
    return up_to(day_value(_int(c.groups, "y1"), _int(c.groups, "m1"), _int(c.groups, "d1")), c.groups)


def _dateline(c: Candidate, anchor: Anchor) -> DateValue | None:
    value = _dmy(c, anchor)
    return None if value is None else DateValue(value.value, "published", value.date_start, value.date_end)


def _dm(c: Candidate, anchor: Anchor) -> DateValue | None:
    g = c.groups
    day, month = _int(g, "d1"), _int(g, "m1")
    if "yearly" in g:
        return day_value(None, month, day)
    return up_to(day_value(_year_of(month, day, anchor, "future" in g, g.get("rel_year")), month, day), g)


def _day_listed(c: Candidate, anchor: Anchor) -> DateValue | None:
    """"13" in "ngày 13 và 14-10" (as _dm) or in "ngày 12 và 13/12/2023" (the year written after the list)."""
    return _dmy(c, anchor) if "y1" in c.groups else _dm(c, anchor)


def _dmy_words(c: Candidate, anchor: Anchor, words: NumberWords) -> DateValue | None:
    day, month = words.parse(c.groups["dw"]), words.month(c.groups["mw"])
    if day is None or month is None:
        return None
    year = _int(c.groups, "y1")
    if year is None:
        year = _year_of(month, day, anchor, False)
    return day_value(year, month, day)


def _month_year(c: Candidate, anchor: Anchor) -> DateValue | None:
    return up_to(month_value(_int(c.groups, "y1"), _int(c.groups, "m1")), c.groups)


def _month_alone(c: Candidate, anchor: Anchor) -> DateValue | None:
    month = _int(c.groups, "m1")
    if "yearly" in c.groups:
        return month_value(None, month)
    g = c.groups
    if "y1" in g:
        return month_value(int(g["y1"]), month)
    pub = anchor.published
    if "future" in g and pub is not None:
        return month_value(pub.year if month >= pub.month else pub.year + 1, month)
    return up_to(month_value(_year_of(month, 1, anchor, False, g.get("rel_year")), month), g)


def month_range(year: int | None, first: int, last: int) -> DateValue:
    """Months `first`..`last` of one year: `2023-01/2023-06` (ANNOTATION.md: periods inside a year)."""
    value = f"{_month(year, first)}/{_month(year, last)}"
    if year is None:
        return DateValue(value, "mention", None, None)
    return DateValue(value, "mention", dt.date(year, first, 1), last_day(year, last))


def _month_name(c: Candidate, anchor: Anchor, words: NumberWords) -> DateValue | None:
    """`tháng Bảy vừa qua`, `tháng Mười năm 2020`: a month named in words."""
    month = words.month(" ".join(c.groups["mw"].split()))
    if month is None:
        return None
    return _month_alone(Candidate(c.start, c.end, "dates.month", {**c.groups, "m1": str(month)}), anchor)


def _month_range(c: Candidate, anchor: Anchor) -> DateValue | None:
    """`từ tháng 4 đến tháng 6` -> 2021-04/2021-06: the first month's year, the second's the same or next."""
    g = c.groups
    m1, m2 = int(g["m1"]), int(g["m2"])
    year1 = None if "yearly" in g else _year_of(m1, 1, anchor, False, g.get("rel_year"))
    year2 = year1 if year1 is None or m2 >= m1 else year1 + 1
    first, last = month_value(year1, m1), month_value(year2, m2)
    return range_value(first, last) if first and last else None


def quarter_number(c: Candidate) -> int | None:
    """1-4 for a quarter candidate's `q` ("III", "03"), or None."""
    q = c.groups["q"].lower()
    return QUARTER_NUMBERS.get(q.lstrip("0") if q.isdigit() else q)


def _quarter(c: Candidate, anchor: Anchor) -> DateValue | None:
    """`quý III/2024` -> 2024-07/2024-09; a yearless `quý II` takes the year of its first month."""
    quarter = quarter_number(c)
    if quarter is None:
        return None
    first = 3 * quarter - 2
    year = _int(c.groups, "y1")
    if year is None:
        year = _year_of(first, 1, anchor, False, c.groups.get("rel_year"), first + 2)
    return month_range(year, first, first + 2)


def _period(c: Candidate, anchor: Anchor) -> DateValue | None:
    """`6 tháng đầu năm 2023` -> 2023-01/2023-06, `6 tháng cuối năm` -> ...-07/...-12, `3 quý của năm 2014` ->
    2014-01/2014-09."""
    n = int(c.groups["n"]) if "n" in c.groups else 3 * int(c.groups["nq"])
    if "past" in c.groups and anchor.published is not None and n > anchor.published.month:
        # "trong 10 tháng qua" of 31 August: the last ten months, a duration (a number, periods.py `report_periods`),
        # not January to October (review 20 item 7; blind s27-d-014)
        return None
    first, last = (1, n) if c.groups.get("part", "đầu").lower() == "đầu" else (13 - n, 12)
    year = _int(c.groups, "y1")
    if year is None:
        year = _year_of(first, 1, anchor, False, c.groups.get("rel_year"), last)
    return month_range(year, first, last)


def _year(c: Candidate, anchor: Anchor) -> DateValue | None:
    return year_value(_int(c.groups, "y1"))


def _decade(c: Candidate, anchor: Anchor) -> DateValue | None:
    """`những năm 1990` -> 1990/1999, the decade's range (GUIDELINES.md round 20; the EDTF `199X` is the gold's alt)."""
    year = _int(c.groups, "y1")
    return DateValue(f"{year:04d}/{year + 9:04d}", "mention", dt.date(year, 1, 1), dt.date(year + 9, 12, 31))


def _range_dmy(c: Candidate, anchor: Anchor) -> DateValue | None:
    g = c.groups
    d1, y2 = _int(g, "d1"), _int(g, "y2")
    d2, m2 = _int(g, "d2"), _int(g, "m2")
    m1 = _int(g, "m1") or m2  # "25-28/6/2023"
    y1 = _int(g, "y1")
    if y1 is None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    first, last = day_value(y1, m1, d1), day_value(y2, m2, d2)
    return range_value(first, last) if first and last else None


def _range_dm(c: Candidate, anchor: Anchor) -> DateValue | None:
    """`từ 23/4 đến 27/4`, `từ 16-25/4 hàng năm`; `từ 24/4 đến hết tháng 7` ends with its month."""
    g = c.groups
    d2, m2 = _int(g, "d2"), _int(g, "m2")
    d1, m1 = _int(g, "d1"), _int(g, "m1") or m2
    if d2 is None:
        year1 = _year_of(m1, d1, anchor, False)
        year2 = year1 if year1 is None or m1 <= m2 else year1 + 1
        first, last = day_value(year1, m1, d1), month_value(year2, m2)
        return range_value(first, last) if first and last and (year1 is not None or m1 < m2) else None
    if "yearly" in g:
        # "từ 16-25/4 hàng năm": a yearly recurrence has no year.
        year1 = year2 = None
    elif "rel_year" in g:
        # "từ 30-4 đến 3-5 năm nay": the relative year names the end's year.
        year2 = _year_of(m2, d2, anchor, False, g["rel_year"])
        year1 = year2 if year2 is None or (m1, d1) <= (m2, d2) else year2 - 1
    else:
        year1 = _year_of(m1, d1, anchor, False)
        year2 = year1 if year1 is None or (m1, d1) <= (m2, d2) else year1 + 1
    first, last = day_value(year1, m1, d1), day_value(year2, m2, d2)
    if not first or not last or (year1 is None and (m1, d1) >= (m2, d2)):
        return None
    return range_value(first, last)


def _range_month(c: Candidate, anchor: Anchor) -> DateValue | None:
    g = c.groups
    m1, m2, y2 = _int(g, "m1"), _int(g, "m2"), _int(g, "y2")
    y1 = _int(g, "y1")
    if y1 is None:
        y1 = y2 if m1 <= m2 else y2 - 1
    elif y2 is None:  # "từ tháng 3/2024 đến 25/7": the last day in the first end's year, or the next
        y2 = y1 if m1 <= m2 else y1 + 1
    first = month_value(y1, m1)
    last = month_value(y2, m2) if "d2" not in g else day_value(y2, m2, _int(g, "d2"))  # "đến ngày 26/12/2023"
    return range_value(first, last) if first and last else None


def _range_year(c: Candidate, anchor: Anchor) -> DateValue | None:
    y1, y2, m2 = _int(c.groups, "y1"), _int(c.groups, "y2"), _int(c.groups, "m2")
    if "season" in c.groups:  # "2019/2020", "2017/18", "1999/00": a season runs into the next year only
        if y2 is None:
            y2 = y1 - y1 % 100 + int(c.groups["y2s"]) + (100 if c.groups["y2s"] == "00" else 0)
        return range_value(year_value(y1), year_value(y2)) if y2 == y1 + 1 else None
    if "d2" in c.groups:  # "từ năm 2016 đến hết ngày 31/12/2028" -> 2016/2028-12-31
        last = day_value(y2, m2, _int(c.groups, "d2"))
    else:  # "1985 đến tháng 12/2016" -> 1985/2016-12
        last = year_value(y2) if m2 is None else month_value(y2, m2)
    if last is None:
        return None
    return range_value(year_value(y1), last) if y1 < y2 or y1 == y2 and m2 is not None else None


def _since(c: Candidate, anchor: Anchor) -> DateValue | None:
    g = c.groups
    year, month, day = _int(g, "y1"), _int(g, "m1"), _int(g, "d1")
    if day is not None:
        first = day_value(year, month, day)
    elif month is not None:
        first = month_value(year, month)
    else:
        first = year_value(year)
    if first is None:
        return None
    return DateValue(f"{first.value}/..", "mention", first.date_start, None)


def _open(value: DateValue | None) -> DateValue | None:
    """`value/..`: a range from `value` on."""
    return None if value is None else DateValue(f"{value.value}/..", "mention", value.date_start, None)


def _since_dm(c: Candidate, anchor: Anchor) -> DateValue | None:
    """`hôm 8/11 tới nay` -> 2016-11-08/..: the start's year is read as for a lone day-month."""
    return _open(_dm(c, anchor))


def _since_month(c: Candidate, anchor: Anchor) -> DateValue | None:
    """`(tháng 2 đến nay)` -> 2021-02/..."""
    return _open(_month_alone(c, anchor))


def _until(c: Candidate, anchor: Anchor) -> DateValue | None:
    year = _int(c.groups, "y1")
    lead = c.groups["lead"]
    # "Đến năm 1978, Trường ... được công nhận": a sentence opening with
    # Đến/Tới năm X tells when something happened (notes-news-b.md), unless X
    # is still ahead of publication (a target).
    # Not "Đến cuối năm 2021" or "Đến hết năm 2017": those are `../X` (ANNOTATION.md).
    narrative = lead[:1].isupper() and lead.lower().split() in (["đến", "năm"], ["tới", "năm"])
    if narrative and (anchor.published is None or year <= anchor.published.year):
        return year_value(year)
    # "mãi đến 2015 mới …" tells when; a bare "đến 2015" before the publication year too ("… nên đến 2015 bà chính thức
    # bị mù", bench baomoi-22468000), unless it counts a running total or a target ("Đến 2020, toàn tỉnh đã có …");
    # one still ahead is a target ("mục tiêu đến 2030 Hòa Phát thành …", dantri-business-229). Cues: find.py `_until_cues`.
    if "then" in c.groups:
        return year_value(year)
    if ("total" not in c.groups and lead.lower() in ("đến", "tới") and anchor.published is not None
            and year < anchor.published.year):
        return year_value(year)
    return DateValue(f"../{year:04d}", "mention", None, dt.date(year, 12, 31))


Interpreter = Callable[[Candidate, Anchor], DateValue | None]

INTERPRETERS: dict[str, Interpreter] = {
    "dates.dateline": _dateline,
    "dates.range_dmy": _range_dmy,
    "dates.range_dm": _range_dm,
    "dates.range_month": _range_month,
    "dates.range_year": _range_year,
    "dates.range_year_day": _range_year,
    "dates.since": _since,
    "dates.since_dm": _since_dm,
    "dates.since_month": _since_month,
    "dates.until": _until,
    "dates.dmy": _dmy,
    "dates.quarter": _quarter,
    "dates.period": _period,
    "dates.month_range": _month_range,
    "dates.month_year": _month_year,
    "dates.dm": _dm,
    "dates.dm_listed": _dm,
    "dates.day_listed": _day_listed,
    "dates.month": _month_alone,
    "dates.birth_year": _year,
    "dates.decade": _decade,
    "dates.year": _year,
    "dates.name_year": _year,
}
# Rules whose value has no year of its own: they need an `Anchor`.
YEARLESS_RULES = frozenset({"dates.dm", "dates.since_dm", "dates.since_month", "dates.dm_listed", "dates.day_listed", "dates.month", "dates.month_name",
                            "dates.month_range",
                            "dates.range_dm",
                            "dates.dmy_words", "dates.quarter", "dates.period"})
# Rules that give the year of their sentence to yearless dates (GUIDELINES.md:
# "a full date or year"). A range of full dates gives its end's year
# (`anchor_year`). Not month-years ("tháng 11/2016 ... họp báo ngày 27/6 vừa
# qua" is 2017), year ranges (review periods, notes-seeds.md) or birth years.
# A period or quarter lends its year only when it has one written. A year in a name lends it only
# to the dates after it (extractors/dates/__init__.py).
NAME_YEAR = "dates.name_year"
ANCHORING_RULES = frozenset({"dates.dmy", "dates.year", NAME_YEAR, "dates.range_dmy", "dates.range_year_day",
                             "dates.period", "dates.quarter"})
# Periods a meeting may review ("tổng kết công tác năm 2022", "sơ kết 6 tháng đầu năm
# 2023", "giai đoạn 2013 – 2023"): a yearless date in the sentence takes the year
# nearest the period's end (ANNOTATION.md).
PERIOD_RULES = frozenset({"dates.year", "dates.range_year", "dates.period", "dates.quarter", "dates.month_year",
                          "dates.range_month"})
# Full dates that anchor a yearless date in the same or the next sentence like a
# publication date ("tối 5-2-2017 … Sáng 6-2"), a range's full end too ("từ năm 2015 đến ngày 8/6/2017 … Đến ngày
# 27/6", bench baomoi-22643232).
REFERENCE_RULES = frozenset({"dates.dmy", "dates.dateline", "dates.range_dmy", "dates.range_year_day"})


def anchor_year(candidate: Candidate) -> int:
    """The year an anchoring candidate lends to its sentence."""
    return int(candidate.groups.get("y2") or candidate.groups["y1"])


def interpret_date(candidate: Candidate, anchor: Anchor, words: NumberWords) -> DateValue | None:
    """The EDTF value of one candidate, or None when it is not a real date.

    Args:
        candidate: a candidate from `find_dates` (or the dateline).
        anchor: the publication date and the year written in the candidate's sentence.
        words: number words, for dates spelt out.

    Returns:
        The value, kind `published` for the dateline and `mention` otherwise.

    Raises:
        KeyError: for a rule with no interpreter (a bug in RULES).
    """
    if candidate.rule == "dates.period" and "nw" in candidate.groups:
        n = words.parse(candidate.groups["nw"])  # "sáu tháng đầu năm"
        if n is None or n > 11:
            return None
        candidate = Candidate(candidate.start, candidate.end, candidate.rule, {**candidate.groups, "n": str(n)})
    if candidate.rule == "dates.dmy_words":
        return _dmy_words(candidate, anchor, words)
    if candidate.rule == "dates.month_name":
        return _month_name(candidate, anchor, words)
    return INTERPRETERS[candidate.rule](candidate, anchor)
