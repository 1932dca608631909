"""Article metadata found in the normalised text: headline, dateline, byline, URL.

Used when the input record does not carry the field itself.
"""

from __future__ import annotations

import datetime as dt
import functools
from dataclasses import dataclass
from urllib.parse import unquote, urlsplit

import regex

from vnie.extractors.keys import unmarked
from vnie.gazetteer.load import load_patterns, load_words
from vnie.gazetteer.provinces import place_names

# A headline is a short first line; calibrated on the seeds and 200 bench
# articles (longest real headline seen: 160 characters).
TITLE_MAX_CHARS = 200
TITLE_MIN_WORDS = 3
# A headline may end with "?" or "!" (`Vì sao Habeco phải thận trọng?`); a longer question is the body's.
# 30: the longest bench and gold question headlines run 22-26 words (blind s8-e-013, bench baomoi-22462823).
QUESTION_TITLE_MAX_WORDS = 30
# Lines (datelines, "Breaking News", "print") a headline may sit under.
TITLE_SKIP_LINES = 3
# A line this short over a headline-like line twice as long may be a section name ("Thời sự Xã hội"), not a
# short headline over its section ("Bác Hồ của chúng ta" / "Hình sự & tố tụng hình sự" on phapluatplus).
SECTION_MAX_WORDS = 4
# Lines above a dateline read for its header block (headline, byline printed once or twice).
HEADER_LINES = 4
# Characters under a dateline read for the byline and the line under it.
HEADER_READ_CHARS = 600
# Datelines sit within the first few lines (after a headline, a section name,
# a byline) or, on some outlets, in the last ones; bylines in the last lines.
DATELINE_FIRST_LINES = 6
DATELINE_LAST_LINES = 3
BYLINE_LAST_LINES = 3
# A line holding a dateline is short: the longest seen with chrome around it
# ("Hình sự & tố tụng hình sự | 03/09/2019 07:20 | Bình luận") is under 100.
DATELINE_LINE_MAX = 160
# Characters of chrome allowed beside a dateline on its line ("Thời sự - ").
DATELINE_CHROME_MAX = 60
# A byline run into the last paragraph sits in its last characters (longest
# seen on the bench: "Theo Thế Kha - Tuấn Hợp/Dân Trí", 32 characters).
BYLINE_TAIL_CHARS = 120
# A URL's slug names the headline when it has this many words ("to-tu-quan-5-trong-1-o-tam-phu").
SLUG_MIN_WORDS = 4
# A headline shares at least this share of its slug's words; calibrated on the gold's and the bench's first
# lines under a headline slug: subheadings and captions share 0-0.2 (dantri pages open with a subheading), the
# headlines an outlet reworded after publishing 0.23 and up (blind-s5-w-017), two exceptions at 0.07 and 0.
SLUG_SHARE_MIN = 0.2
# A headline slug has at least this share of Vietnamese-shaped syllables (`slug_syllable`). Calibrated on the 4,961
# URLs of the gold and the bench: the English slug "vn-pm-asked-wb-to-have-more-non-refundable-fund-access" has 0.18;
# Vietnamese headlines full of foreign names ("bayern-munich-chinh-thuc-bo-nhiem-hlv-julian-nagelsmann",
# "barcelona-chua-rut-khoi-european-super-league-…") 0.42 and up.
SLUG_VIETNAMESE_MIN = 0.3
# Words of a section name a page may run before the headline on its line ("Quốc phòng - An ninh").
SLUG_LABEL_WORDS = 5
# The headline sits in a line's first characters (a short section name before it): only they are read.
SLUG_LINE_CHARS = TITLE_MAX_CHARS + 60
# Lines above the headline are furniture ("HOTLINE: 0903.343.439 - … ĐẶT MUA BÁO"), never a paragraph.
SLUG_ABOVE_MAX_CHARS = 100
# Years a publication date may have; outside, a record's field is unreadable.
YEAR_MIN, YEAR_MAX = 1900, 2100
# An epoch number above this is in milliseconds (1e11 seconds is the year 5138).
EPOCH_MS_FROM = 10**11


@dataclass(frozen=True, slots=True)
class Metadata:
    title: str | None
    published: dt.datetime | None
    authors: tuple[str, ...]
    url: str | None


@functools.cache
def _patterns() -> dict[str, regex.Pattern[str]]:
    p = load_patterns("metadata.yaml")
    keys = ("dateline", "record_datetime", "byline_line", "byline_trailing", "author", "not_a_name", "tail_furniture",
            "url_line", "photo_credit_line", "dateline_marker", "event_lead", "clock_line", "dateline_hint", "not_author_start",
            "site_tag", "caption_credit", "title_tail", "breadcrumb", "published_cue", "source_line", "question_not_title",
            "slug_id", "generic_slug", "after_slug_title", "acronym", "date_header", "header_widget", "phone_bar", "unit_start",
            "skip_link", "slug_syllable", "line_end_date", "agency_dateline", "title_label", "credit_bracket", "split_title_tail",
            "glued_after", "image_line", "pictograph_start", "labelled_name", "outlet_chrome", "doubled_tail",
            "template_path", "source_lead", "outlet_line", "slug_cut_tail", "section_label", "headline_date", "sentence_break")
    return {k: regex.compile(p[k]) for k in keys}


def _head_spans(text: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of the first `n` non-empty lines, surrounding spaces excluded."""
    spans: list[tuple[int, int]] = []
    start = 0
    while len(spans) < n and start <= len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        _add_span(text, start, end, spans)
        start = end + 1
    return spans


def _tail_spans(text: str, n: int) -> list[tuple[int, int]]:
    """(start, end) of the last `n` non-empty lines, in text order."""
    spans: list[tuple[int, int]] = []
    end = len(text)
    while len(spans) < n and end >= 0:
        start = text.rfind("\n", 0, end) + 1
        _add_span(text, start, end, spans)
        end = start - 1
    return spans[::-1]


def _add_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    line = text[start:end]
    stripped = line.strip()
    if stripped:
        lead = len(line) - len(line.lstrip())
        spans.append((start + lead, start + lead + len(stripped)))


@functools.lru_cache(maxsize=8)  # metadata, dates and officials ask for the same text
def find_dateline(text: str) -> tuple[int, int, dt.datetime] | None:
    """The dateline of `text`: its span and the datetime it gives.

    Looked for in the first `DATELINE_FIRST_LINES` lines, then in the last
    `DATELINE_LAST_LINES`; on a line it may have chrome around it
    (`Thời sự - 14:30, 30/09/2025`). A date alone (no weekday, time, cue or
    time zone) counts only as a whole line (`05/11/2025` under the headline).
    """
    head = _head_spans(text, DATELINE_FIRST_LINES)
    tail = [s for s in _tail_spans(text, DATELINE_LAST_LINES) if s not in head]
    lines = head + tail
    found = None
    for i, (start, end) in enumerate(lines):
        if end - start <= DATELINE_LINE_MAX:
            hit = _dateline_in_line(text[start:end])
            if hit is None and i == 0:
                hit = _headline_date(text[start:end])
        elif i < len(head):  # a long head line: the lead run on after a dateline, with a space or glued
            hit = (_opening_dateline(text) if start == 0 else None) or _glued_dateline(text[start:end])
        else:
            continue
        if hit is not None:
            when = hit[2]
            if when.time() == dt.time() and i + 1 < len(lines):
                when = _with_clock_line(when, text[lines[i + 1][0]:lines[i + 1][1]])
            if found is None:
                found = start + hit[0], start + hit[1], when
                # A page's date header (`Thứ 3, Ngày 16/07/2024 -`, no time) gives way to a
                # labelled publication line below it (`Ngày đăng: 08/07/2024 11:38`).
                if when.time() != dt.time() or i >= len(head) - 1:
                    return found
            elif i < len(head) and (_patterns()["published_cue"].match(text, start + hit[0])
                                    or (when.date() == found[2].date() and when.time() != dt.time())):
                # ... or the same day with its time, where the byline stands ("Thứ Sáu, 10/10/2025" / "Cao Loan
                # 10/10/2025 09:57", baonghean.vn: blind s15-a-016)
                return start + hit[0], start + hit[1], when
    return found or _bracketed_dateline(text, head)


# How far into its line an agency's dated tag may open ("Hà Nội (TTXVN 5/7/2024)").
AGENCY_TAG_REACH = 40


def _bracketed_dateline(text: str, head: list[tuple[int, int]]) -> tuple[int, int, dt.datetime] | None:
    """A date in brackets closing the headline's line ("… cơ sở (14/11/2025)") or an agency's dated tag opening a
    line ("Hà Nội (TTXVN 5/7/2024) Ngày 5/7/2024, …"): the span of the bracket."""
    p = _patterns()
    for i, (start, end) in enumerate(head[:2]):
        # cheap tests first: a bracket closing the line, or one opening near its start
        match = p["line_end_date"].search(text, start, end) if i == 0 and text[end - 1] == ")" else None
        if match is None and "(" in text[start:start + AGENCY_TAG_REACH + 1]:
            match = p["agency_dateline"].search(text, start, min(end, start + AGENCY_TAG_REACH + 30))
        if match is not None and (match.re is p["line_end_date"] or match.start() - start <= AGENCY_TAG_REACH):
            try:
                when = dt.datetime(int(match["year"]), int(match["month"]), int(match["day"]))
            except ValueError:
                continue
            return match.start(), match.end(), when
    return None


def _opening_dateline(text: str) -> tuple[int, int, dt.datetime] | None:
    """A dated time opening the text, its first paragraph run on after it ("21:10 30/09/2019 Vừa qua, tại
    phường Hùng Vương …", blind s9-a-009): the page's dateline, however long the line."""
    match = _patterns()["dateline"].match(text)
    if match is None or match["hour"] is None or not OPENING_AFTER.match(text, match.end()):
        return None
    when = _datetime(match)
    return None if when is None else (0, match.end(), when)


# After a dateline opening the text: its first paragraph, opening with a capital.
OPENING_AFTER = regex.compile(r"\s+[\p{Lu}(“\"]")


def _with_clock_line(when: dt.datetime, line: str) -> dt.datetime:
    """`when` with the time of `line` when that line is only a time ("16:02 (GMT +7)")."""
    match = _patterns()["clock_line"].fullmatch(line)
    if not match:
        return when
    clock = _datetime_parts(match, when.year, when.month, when.day)
    return clock or when


def _headline_date(line: str) -> tuple[int, int, dt.datetime] | None:
    """A bare date closing the text's first line when the rest reads as a headline: the page's date ("Triển vọng phục
    hồi kinh tế 9/5/2022", vusta.gov.vn, blind s33-c-004; "… hai xã Vang Quới Tây và Thạnh Trị 17/08/2022",
    diachinhandao.com, s35-e-017); not an event's ("… được tổ chức vào ngày 20/01/2024", s24-c-013)."""
    match = _patterns()["headline_date"].search(line)
    if match is None:
        return None
    before = line[:match.start()].rstrip()
    if (not _reads_as_title(before) or _patterns()["event_lead"].search(before + " ")
            or any(c.isdigit() for c in before.rsplit(None, 1)[-1])):
        return None  # nor the date of a programme's name ("Bản tin 15h 9/12/2025", s15-c-015)
    try:
        when = dt.datetime(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError:
        return None
    return match.start(), match.end(), when


def _glued_dateline(line: str) -> tuple[int, int, dt.datetime] | None:
    """A timed or labelled dateline opening `line` with the headline or lead glued to it, no space between: "25/04/2019
    13:34Cô gái Việt …" (docnhanh.vn, blind s22-e-015), "22/11/2016 | 14:23(Tổ Quốc)-Tối 21/11, …" (bvhttdl.gov.vn,
    s22-e-003), "Ngày đăng: 06/04/2021Với 462/466 đại biểu …" (btgcp.gov.vn, s16-d-032)."""
    match = _patterns()["dateline"].match(line)
    if match is None or not _patterns()["glued_after"].match(line, match.end()):
        return None
    if match["hour"] is None and not _patterns()["published_cue"].match(line):
        return None
    when = _datetime(match)
    return None if when is None else (0, match.end(), when)


def _dateline_in_line(line: str) -> tuple[int, int, dt.datetime] | None:
    if not _patterns()["dateline_hint"].search(line):
        return None
    glued = _glued_dateline(line)
    if glued is not None:
        return glued
    for match in _patterns()["dateline"].finditer(line):
        when = _datetime(match)
        if when is None:
            continue
        start, end = match.span()
        end = start + len(match.group().rstrip(" ,|-–"))
        before, after = line[:start], line[end:]
        rest = after.strip(" .|-–·•(),;:")
        if COUNTERS.fullmatch(rest):
            rest = ""  # a page's view and comment counters after it ("09/02/2023 824 0", blind s16-e-027)
        if not before.strip(" |-–·•") and not rest:
            return start, end, when  # the whole line
        # an outlet's name before it, or the place of a document's date ("Hải Phòng, ngày 17 tháng 02 năm 2020", s25-c-028)
        outlet = not rest and (_patterns()["outlet_chrome"].fullmatch(before) is not None
                               or before.strip(" ,").casefold() in place_names())
        bare = match["hour"] is None and not _patterns()["dateline_marker"].search(match.group()) and not outlet
        # A headline run into its dateline ("... Thái Lan – Campuchia 19/12/2025 06:00", "… ở Trà Vinh
        # Ngày đăng: 07/12/2016") may be long.
        timed = match["hour"] is not None or _patterns()["published_cue"].search(match.group())
        title_before = not rest and timed and not before.rstrip().endswith((".", ",", ";", ":"))
        if bare or (len(before) + len(after) > DATELINE_CHROME_MAX and not title_before and not outlet):
            continue
        cued = _patterns()["published_cue"].search(match.group()) is not None
        if _patterns()["event_lead"].search(before) or (not cued and rest and (
                after.lstrip().startswith((",", ";")) or after.rstrip().endswith("."))):
            # "Sáng 15/3/2024 lúc 8:00, tại ...", "23h30, 1/11/2020, SVĐ Old Trafford": events; not "Tác giả: … .Ngày
            # đăng: 17/08/2022 .Lượt xem: 296 lượt." (blind s18-a-004)
            continue
        return start, end, when
    return None


COUNTERS = regex.compile(r"[\d\s]+")


def _datetime(match: regex.Match[str]) -> dt.datetime | None:
    """The datetime of a dateline match (naive: Vietnam local time), or None if impossible."""
    try:
        month = int(match["month"]) if match["month"] else _month_of_word(match["mword"])
        return _datetime_parts(match, int(match["year"]), month, int(match["day"])) if month else None
    except ValueError:
        return None


@functools.cache
def _month_names() -> object:
    from vnie.extractors.dates.interpret import NumberWords  # here: the dates extractor imports this module
    return NumberWords.load()


def _month_of_word(words: str | None) -> int | None:
    """`Mười Một` -> 11, `Giêng` -> 1 (gazetteer number_words.tsv and date_month_names.tsv)."""
    return _month_names().month(" ".join(words.split())) if words else None  # type: ignore[attr-defined]


def _datetime_parts(match: regex.Match[str], year: int, month: int, day: int) -> dt.datetime | None:
    try:
        hour = int(match["hour"] or 0)
        ampm = (match["ampm"] or "").upper()
        if ampm in ("PM", "CH") and hour < 12:
            hour += 12
        elif ampm in ("AM", "SA") and hour == 12:
            hour = 0
        when = dt.datetime(
            year, month, day, hour, int(match["minute"] or 0), int(match["second"] or 0),
        )
    except (ValueError, OverflowError):
        return None
    return when - _offset_from_vietnam(match)


VIETNAM_OFFSET = dt.timedelta(hours=7)


def _offset_from_vietnam(match: regex.Match[str]) -> dt.timedelta:
    """How far the time zone written after a dateline (`GMT+08:00`) is ahead of Vietnam's; zero when none is."""
    groups = match.groupdict()
    if not groups.get("tz_hours"):
        return dt.timedelta(0)
    offset = dt.timedelta(hours=int(groups["tz_hours"]), minutes=int(groups.get("tz_minutes") or 0))
    return (offset if groups["tz_sign"] == "+" else -offset) - VIETNAM_OFFSET


def read_datetime(value: object) -> dt.datetime | None:
    """A record's date field as a datetime: day-first Vietnamese forms
    (`15/03/2025`, `15/03/2025 08:30`, `15-03-2025`), ISO 8601, `YYYYMMDD`, or an
    epoch in seconds or milliseconds. Naive results are Vietnam local time.

    Returns:
        None for a missing or empty value.

    Raises:
        ValueError: when the value is not a readable date, or its year is
            outside YEAR_MIN..YEAR_MAX.
    """
    if value is None or value == "":
        return None
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise ValueError(f"a JSON {type(value).__name__}, not a date")
    text = str(value).strip()
    try:
        when = _read_datetime(value, text)
    except (ValueError, OverflowError, OSError) as exc:
        raise ValueError(f"{text[:40]!r} is not a date ({exc})") from exc
    if when is None or not YEAR_MIN <= when.year <= YEAR_MAX:
        raise ValueError(f"{text[:40]!r} is not a date between {YEAR_MIN} and {YEAR_MAX}")
    return when


_EIGHT_DIGITS = regex.compile(r"\d{8}")
_EPOCH = regex.compile(r"-?\d{9,14}(?:\.\d+)?")


def _read_datetime(value: object, text: str) -> dt.datetime | None:
    if _EIGHT_DIGITS.fullmatch(text):
        # `YYYYMMDD` (every bench record): what strptime "%Y%m%d" reads from 8 digits, at a tenth of
        # its cost; it still reads an impossible date, for its message
        try:
            return dt.datetime(int(text[:4]), int(text[4:6]), int(text[6:]))
        except ValueError:
            return dt.datetime.strptime(text, "%Y%m%d")
    if isinstance(value, (int, float)) or _EPOCH.fullmatch(text):
        seconds = float(text)
        if abs(seconds) >= EPOCH_MS_FROM:
            seconds /= 1000
        return dt.datetime.fromtimestamp(seconds, dt.timezone.utc)
    match = _patterns()["record_datetime"].fullmatch(text)
    if match:
        return _datetime(match)
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def find_title(text: str) -> str | None:
    """The headline: the first line when it reads as one (short, no final stop, not a
    dateline, a caption or a lead opening with a site tag), after any dateline or
    short furniture line above it (`Thứ hai, 02/08/2021`, `Breaking News`).

    A view count, a bar or a dateline glued to its end is dropped.
    """
    spans = _head_spans(text, TITLE_SKIP_LINES + 2)
    lines = [text[a:b] for a, b in spans]
    for i, raw in enumerate(lines[:-1]):
        line = _title_line(raw, first=spans[i][0] == 0)
        closed = line.endswith((".", "…")) and (  # the line under it first: most first lines closed by a stop are leads
            _is_dateline(lines[i + 1]) or line.endswith(("...", "…")) and _heads_story(lines[i + 1])
        ) and _reads_as_title(line.rstrip(".…"))
        if _reads_as_title(line) or closed:
            below = _title_line(lines[i + 1])
            if line.endswith("?") and below.startswith(("-", "–")):
                return None  # an interviewer's question over its answer (blind s7-e-021), not a headline
            # A section name over the headline ("Multimedia Đọc Báo in", "Thời sự Xã hội"): the
            # headline is the line over the dateline or byline.
            if (len(line.split()) <= SECTION_MAX_WORDS and i + 2 < len(lines) and not _heads_story(lines[i + 1])
                    and _heads_story(lines[i + 2]) and _reads_as_title(below)
                    and len(below.split()) >= 2 * len(line.split())):
                return below
            return line
        if not (_above_title(raw) or _kicker(raw, lines, i)):
            return None
    return None


# A kicker over a headline is short.
KICKER_MAX_WORDS = 16


def _kicker(line: str, lines: list[str], i: int) -> bool:
    """A kicker ending in a colon over the headline: in capitals ("MÔ HÌNH DÒNG HỌ, KHU DÂN CƯ KHÔNG VI PHẠM PHÁP
    LUẬT:", blind s15-a-008), or with the dateline under the headline ("Mô hình “…” ở Bạc Liêu:" / headline / "11:42
    28/09/2014", blind s14-a-020). On the bench a line ending in a colon otherwise heads a list or a quote."""
    if not line.endswith(":") or len(line.split()) > KICKER_MAX_WORDS:
        return False
    return line.isupper() or (i + 2 < len(lines) and _is_dateline(lines[i + 2]))


def _heads_story(line: str) -> bool:
    """A dateline or a byline: what stands right under a headline."""
    return _is_dateline(line) or is_byline(line)


def _title_line(line: str, first: bool = False) -> str:
    """`line` without the furniture around a headline; `first` when it opens the text (`_headline_date`)."""
    p = _patterns()
    line = p["title_tail"].sub("", p["title_label"].sub("", line, count=1) if p["title_label"].match(line) else line)
    dated = _trailing_dateline(line)
    if dated is not None:
        line = dated
    elif first and (bare := _headline_date(line)) is not None:
        line = line[:bare[0]]
    hit = _dateline_in_line(line) if len(line) <= DATELINE_LINE_MAX else None
    if hit is not None and hit[0] == 0 and line[hit[1]:hit[1] + 1].isupper():
        line = line[hit[1]:]  # a dateline glued to the headline ("28/08/2015 21:49Phép màu nào …?", blind s19-e-008)
    return line.strip()


def _trailing_dateline(line: str) -> str | None:
    """The line without a dateline at its end (`… được giảm án 23/09/2025 16:40`)."""
    hit = _dateline_in_line(line) if len(line) <= DATELINE_LINE_MAX else None
    if hit is None or hit[0] == 0 or line[hit[1]:].strip(" .,;|"):
        return None
    return line[:hit[0]].rstrip(" |-–,")


def _reads_as_title(line: str) -> bool:
    p = _patterns()
    return not (
        not line
        or len(line) > TITLE_MAX_CHARS
        or len(line.split()) < TITLE_MIN_WORDS
        or line[-1] in ".;:,…"
        or line.endswith(('.”', '."'))  # a sentence closing a quote: a lead (blind s6-d-029, bench baomoi-22536322)
        or p["sentence_break"].search(line)  # two sentences: a lead (blind s34-e-014, bench dantri-entertainment-127)
        or (line[-1] in "?!" and (len(line.split()) > QUESTION_TITLE_MAX_WORDS or p["question_not_title"].match(line)))
        or _header_furniture(line)
        or p["site_tag"].match(line)
        or p["caption_credit"].search(line)
        or p["pictograph_start"].match(line)
        or p["image_line"].fullmatch(line)
        or _unclosed_quote(line)
    )


def _open_quote(line: str) -> bool:
    """A quote opened and not closed, curly or straight (`Hiệu quả phong trào "Xứ họ đạo bình yên - … về`)."""
    return line.count('"') % 2 == 1 or line.count("“") > line.count("”")


def _unclosed_quote(line: str) -> bool:
    """A curly quote opened and never closed: a wrapped line of the body (`Mô hình “Tổ`), not a headline.
    Pairs written with the opening mark on both sides (`sau nhiều tháng “trống ghế“`, blind s8-c-013)
    are closed."""
    opened, closed = line.count("“"), line.count("”") + line.count("\"")
    return opened > closed and not (closed == 0 and opened % 2 == 0)


def _above_title(line: str) -> bool:
    """Whether a line may stand above the headline: header furniture or a short line
    (`Breaking News`). A kicker ending in a colon is not: on the bench it heads lists
    and fixtures more often than headlines."""
    return _header_furniture(line) or (len(line.split()) < TITLE_MIN_WORDS and line[-1] not in ".!?;,…")


def _header_furniture(line: str) -> bool:
    """A dateline, a time alone or a breadcrumb: never a headline, and may stand above one."""
    p = _patterns()
    return bool(_is_dateline(line) or p["clock_line"].fullmatch(line) or p["breadcrumb"].match(line)
                or p["date_header"].fullmatch(line) or p["phone_bar"].fullmatch(line) or p["skip_link"].fullmatch(line))


@functools.lru_cache(maxsize=8)
def find_authors(text: str) -> tuple[str, ...]:
    """Byline names (`Quỳnh Vinh - Phạm Tâm` gives two), from the end of the text,
    else from beside the dateline.

    The byline is the last line (URL, photo-credit and dateline lines aside), or
    the tail of the last paragraph after its final sentence (`... bạn đọc. Đăng
    Hậu`). Photo credits (`Ảnh: …`) are never authors. Without a dateline, a byline
    in capitals or introduced on the line under the headline (`LÂM CHÍ CÔNG |` on
    laodong.vn) is one too.
    """
    return (_tail_authors(text) or _head_authors(text) or _under_headline_authors(text) or _barred_authors(text)
            or _lead_byline_authors(text) or _over_lead_authors(text))


def _names(byline: str) -> tuple[str, ...]:
    # Roles and credits go before names are read: "/VOV-Miền Trung" is no author.
    names = _patterns()["not_a_name"].sub(" | ", byline)
    found: list[str] = []
    for match in _patterns()["author"].finditer(names):
        name = match.group().strip()
        if name in _not_author_acronyms():
            break  # what follows an agency is its bureau: "Thanh Hà-VOV- Miền Trung", "Vinh Quang/VOV - TPHCM"
        if _patterns()["unit_start"].match(name):
            return ()  # places listed, not a byline
        if not _patterns()["not_author_start"].match(name):
            found.append(name)
    return tuple(found)


@functools.cache
def _not_author_acronyms() -> frozenset[str]:
    """Capitals that sign for a role or a news agency, not a reporter or desk (`PV`, `TTXVN`)."""
    return frozenset(load_words("byline_not_authors.txt"))


def _tail_authors(text: str) -> tuple[str, ...]:
    p = _patterns()
    tail = [text[a:b] for a, b in _tail_spans(text, BYLINE_LAST_LINES + 1)]
    tail = [line for line in tail if any(c.isalnum() for c in line)]  # a stray "," or "–" line
    tail = [line for line in tail[-BYLINE_LAST_LINES:]
            if not (p["url_line"].fullmatch(line) or p["photo_credit_line"].match(line) or _is_dateline(line)
                    or p["tail_furniture"].fullmatch(line))]
    if not tail:
        return ()
    # "Trang Phạm / Theo Science Alert", "MP / Nguồn. ANHP / Nguồn tin: ANHP", "Hoài Thi / (Đài TT-TH Quảng Trạch)":
    # the reporter, not the source or the affiliation under the names.
    kept = len(tail)
    while kept > 1 and p["source_line"].match(tail[kept - 1]):
        kept -= 1
    if kept < len(tail) and p["byline_line"].fullmatch(tail[kept - 1].strip(" -–")):
        tail = tail[:kept]
    elif _reprint_credit(tail):
        tail = tail[:-1]
    last = tail[-1].strip(" -–|")  # "– CABT –", "Lê Hải |" (thanhgiong.vn, blind s23-b-024)
    doubled = p["doubled_tail"].search(last, pos=max(0, len(last) - BYLINE_TAIL_CHARS))
    if doubled is not None:
        last = last[:doubled.end("once")]
    # "Quang Minh.": a byline line closed with a full stop (blind s8-c-022).
    match = p["byline_line"].fullmatch(last) or (p["byline_line"].fullmatch(last[:-1]) if last.endswith(".") else None)
    if match is None:
        match = p["byline_trailing"].search(last, pos=max(0, len(last) - BYLINE_TAIL_CHARS))
        if match is None or _only_acronyms(match["names"]):
            return ()  # capitals run into a paragraph ("… điều tra. PV") sign nothing certain
    elif last.startswith(("Theo", "Nguồn")) and _only_acronyms(match["names"]):
        return ()  # "Theo HNM", "Theo ANTĐ", "Nguồn tin: ANHP": the outlet a story was taken from
    before = tail[-2].rstrip() if len(tail) > 1 else ""
    above = p["byline_line"].fullmatch(before.rstrip(" -–")) if before.endswith(("-", "–", ")")) else None
    if above and (before.endswith(("-", "–")) or (_dash_before_bracket(before) and p["credit_bracket"].search(above["names"]))):
        # "Khánh An -" / "Việt Hà"; "M. Sơn - (nld.com.vn)" / "T/H: Anh Đức - (dongbang.vn)" (blind s15-b-027); a bracket
        # with no dash before it is a place's or an agency's ("Hà Nội (TTXVN)", "Theo Tuổi Trẻ (tổng hợp)")
        return _names(above["names"]) + _names(match["names"])
    return _names(match["names"])


def _reprint_credit(tail: list[str]) -> bool:
    """Whether the last line names the outlet a story was taken from, under its reporter's credit: "Theo Quang Dân" /
    "Dân Việt", "Theo Minh Phương" / "Tiền Phong" (dantri.com.vn reprints, bench dantri-business-236, dantri-science-061):
    the reporter signs, the outlet (which may read as a name) does not. Decided by what the lines hold, not their
    order: under "Theo Nature.com" or "Theo Tuổi Trẻ" the last line is the reporter (bench dantri-tech-043)."""
    if len(tail) < 2:
        return False
    p = _patterns()
    lead = p["source_lead"].match(tail[-2])
    return (lead is not None and p["byline_line"].fullmatch(tail[-2]) is not None
            and p["outlet_line"].fullmatch(tail[-1].strip()) is not None
            and p["outlet_line"].fullmatch(tail[-2][lead.end():].strip()) is None)


def _dash_before_bracket(line: str) -> bool:
    return line.rsplit("(", 1)[0].rstrip().endswith(("-", "–"))


def _only_acronyms(byline: str) -> bool:
    return all(_patterns()["acronym"].fullmatch(n) for n in _names(byline))


def is_byline(line: str) -> bool:
    """True when the whole line is a byline (`Tâm Giao`, `Tin, ảnh: Minh Anh`, `THỤY QUYÊN (tổng hợp)`)."""
    return _patterns()["byline_line"].fullmatch(line.strip()) is not None


def _is_dateline(line: str) -> bool:
    """True when the whole line is a dateline ("Cập nhật: 15-03-2024 | 08:30:00")."""
    hit = _dateline_in_line(line) if len(line) <= DATELINE_LINE_MAX else None
    return hit is not None and not line[:hit[0]].strip() and not line[hit[1]:].strip(" .,;|-–")


def header_authors(text: str) -> tuple[str, ...]:
    """The byline beside the dateline in a page's header block (the lines under its
    headline): on the dateline's line or on the line next to it, in any case
    (`Minh Chiến` / `07/03/2026 08:06 GMT+7` on nld.com.vn)."""
    return _head_authors(text, strict=False)


def _head_authors(text: str, strict: bool = True) -> tuple[str, ...]:
    """A byline on the dateline's line (`Văn Thành | 08/08/2024 11:43`) or on the line
    next to it when it is written in capitals or introduced (`HÀ QUÂN`, `Tác giả: Minh Anh`);
    without `strict`, any byline-shaped line next to it."""
    hit = find_dateline(text)
    if hit is None:
        return ()
    start, end, _ = hit
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    byline_line = _patterns()["byline_line"]
    for beside in (text[line_start:start], text[end:line_end]):
        beside = beside.strip(" |-–·•")
        match = byline_line.fullmatch(beside)
        # not the place an agency's tag follows ("Hà Nội (TTXVN 5/7/2024)") nor an outlet's code alone ("CP 13/10/2025
        # 11:18", the government's portal: blind s14-d-009; a desk's signature with its credit stays, "NA (T/h) -
        # 23:09, 16/08/2022", s13-a-017)
        if match and beside.casefold() not in place_names() and not _patterns()["acronym"].fullmatch(beside):
            return _names(match["names"])
        single = _patterns()["labelled_name"].fullmatch(beside)
        if single and single["names"] not in _not_author_acronyms():
            return (single["names"],)
    above = [line.strip() for line in text[:line_start].rstrip().split("\n")[-HEADER_LINES:] if line.strip()]
    before = above[-1] if above else ""
    after = text[line_end:].lstrip().split("\n", 1)[0].strip()
    below = [line.strip() for line in text[line_end:line_end + HEADER_READ_CHARS].split("\n") if line.strip()]
    # The byline may be printed twice (`Nhật Tân` / `Nhật Tân` / `GĐXH - Ngày 31/1, …`: blind s13-b-005).
    under_after = next((line for line in below[1:] if line != after), "")
    # A line of names right above a dateline standing alone on its line is the byline, in any case
    # (`Hữu Đại – Xuân Trường` / `28/05/2024 19:37` under the lead: blind s8-c-019, s4-p-015).
    alone = _is_dateline(text[line_start:line_end])
    for line in (after, before):
        match = byline_line.fullmatch(line)
        if match and (not strict or line.isupper() or match.group() != match["names"]
                      or (line is before and (alone or _under_headline(text, above)))
                      or (line is after and _opens_story(under_after))):
            return _names(match["names"])
    return ()


def _under_headline(text: str, above: list[str]) -> bool:
    """Whether the lines above a dateline are the headline and one byline (maybe printed twice):
    `Tiêu đề` / `Nam Long` / `13/01/2026 14:41 GMT+7`, the header block of nld.com.vn and others."""
    byline = above[-1]
    rest = [line for line in above[:-1] if line != byline]
    return bool(rest) and rest[-1] == find_title(text)


def _under_headline_authors(text: str) -> tuple[str, ...]:
    """The byline on the line right under a headline, in any case (`LÂM CHÍ CÔNG |`, `Tác giả: Minh Anh`,
    `Song Hà`): on the bench and the gold, every line of names alone there signs the story (blind-s4-r r-033,
    news-017) unless it names an outlet (`Báo Cà Mau`) or a person with an honorific (a caption)."""
    title = find_title(text)
    if title is None:
        return ()
    lines = [text[a:b] for a, b in _head_spans(text, TITLE_SKIP_LINES + 4)]
    at = next((i for i, line in enumerate(lines) if line.startswith(title)), None)
    if at is None or at + 1 >= len(lines):
        return ()
    line = lines[at + 1].strip(" |-–·•")
    match = _patterns()["byline_line"].fullmatch(line)
    return _names(match["names"]) if match else ()


# How many lines from the top a byline closed by a bar may stand (an ad banner and the headline above it).
BARRED_BYLINE_LINES = TITLE_SKIP_LINES + 4


def _barred_authors(text: str) -> tuple[str, ...]:
    """A line of names closed by a bar near the top (`Kim Linh |` under an ad banner and the headline, soha.vn, blind
    s31-b-022): every such line of the gold's pages signs the story (17 of 17, `ĐĂNG NGUYÊN |`, `T.VY |`, `N.Đ |` …);
    not a place (`Hà Nội |`) nor a site's section (`Pháp Luật |`)."""
    for a, b in _head_spans(text, BARRED_BYLINE_LINES):
        line = text[a:b]
        if line.endswith("|"):
            names = line.rstrip(" |")
            match = _patterns()["byline_line"].fullmatch(names)
            if (match is not None and names.casefold() not in place_names()
                    and not _patterns()["section_label"].fullmatch(names)):
                return _names(match["names"])
    return ()


# How many paragraphs from the top a byline between the lead and the body may stand.
LEAD_BYLINE_PARAGRAPHS = 6
# The body under it opens with a sentence at least this long (not a caption or a short label).
LEAD_BYLINE_BODY_CHARS = 80


def _lead_byline_authors(text: str) -> tuple[str, ...]:
    """A byline standing as its own paragraph between the lead and the body (`…liên quan.` / `Hạo Nhiên` /
    `Ngày 17/01, thông tin từ …`: kienthuc.net.vn and baonghean.vn in blind s11-b-002, s13-c-002; no bench page
    is laid out so): the paragraph before ends a sentence and a long one follows. Not a place standing there (`Cà
    Mau`, a province: blind s4-s-027), the letters of a text-size widget (`A A`: blind s12-c-009, s6-b-003) nor a
    subheading in capitals that the names do not cover."""
    paragraphs = [part.strip() for part in text.split("\n\n", LEAD_BYLINE_PARAGRAPHS)[:LEAD_BYLINE_PARAGRAPHS]]
    for before, line, after in zip(paragraphs, paragraphs[1:], paragraphs[2:]):
        if "\n" in line or not before.endswith((".", "!", "?", "…")) or len(after) < LEAD_BYLINE_BODY_CHARS:
            continue
        match = _patterns()["byline_line"].fullmatch(line)
        if match is None or line.casefold() in place_names() or any(len(w) < 2 for w in line.split()):
            continue
        if line.isupper() and match["names"] != line:
            continue  # a subheading in capitals, not all names ("BÃO MẠNH, MƯA LỚN TRÊN DIỆN RỘNG": blind s20-e-014)
        names = _names(match["names"])
        if line.isupper() and not all(name.split()[0].casefold() in _surnames() for name in names):
            continue  # capitals that name no one ("TÍCH CỰC CỨU HỘ, CỨU NẠN": blind s25-d-026)
        return names
    return ()


@functools.cache
def _surnames() -> frozenset[str]:
    """Casefolded family names (surnames.txt): a name in capitals in the body opens with one."""
    return frozenset(w.casefold() for w in load_words("surnames.txt"))


# Lines from the top where a byline over the lead may stand (a headline, a section name and furniture above it).
OVER_LEAD_LINES = TITLE_SKIP_LINES + 4


def _over_lead_authors(text: str) -> tuple[str, ...]:
    """A line of names right above the lead's site tag (`An Quỳnh` / `(Baonghean.vn) - Từng là …`, blind s24-a-001;
    `Xuân Mai` / `(NLĐO) - Tổng thống …` under a headline the furniture above hides, s25-e-022): the byline. Not a
    place standing there (`Cà Mau`)."""
    lines = [text[a:b] for a, b in _head_spans(text, OVER_LEAD_LINES)]
    for line, after in zip(lines, lines[1:]):
        if not _patterns()["site_tag"].match(after):
            continue
        line = line.strip(" |-–·•")
        match = _patterns()["byline_line"].fullmatch(line)
        if match is not None and line.casefold() not in place_names():
            return _names(match["names"])
        return ()
    return ()


def _opens_story(line: str) -> bool:
    """The line under a byline when the names in plain case are the byline, not the story's first words:
    the lead with its site tag (`(ANTV) - …`, `Kinhtedothi - …`), a dateline, a share button or a short
    widget line (`Chia sẻ Zalo`, `aa`)."""
    p = _patterns()
    return bool(p["site_tag"].match(line) or _is_dateline(line) or p["header_widget"].fullmatch(line))


def title_from_url(text: str, url: str | None) -> str | None:
    """The headline named by the URL's slug, read in the text's first lines.

    Outlets build the slug from the headline without tone marks (`…/to-tu-quan-5-trong-1-o-tam-phu-3137737.html`);
    where those words stand in a row near the top, they are the headline, even when the page
    ran a section name before it and its lead after it on one line (`An ninh trật tự Tổ tự quản
    "5 trong 1" ở Tam Phú Mô hình …`). None when there is no slug of `SLUG_MIN_WORDS` words or
    it is not found.
    """
    words = _slug_words(url)
    if words is None:
        return None
    spans = _head_spans(text, TITLE_SKIP_LINES + 2)
    for i, (start, end) in enumerate(spans):
        line = text[start:end]
        match = _find_words(unmarked(line[:SLUG_LINE_CHARS]), words)
        if match is None:
            split = _split_headline(line, text[slice(*spans[i + 1])], words) if i + 1 < len(spans) else None
            if split is not None:
                return split
            if len(line) > SLUG_ABOVE_MAX_CHARS:
                return None  # a paragraph of the body: the headline is not above it
            continue  # a short line: furniture, a label or a caption over the headline ("Ông … khóa XV." twice, blind
            # s14-c-027; "LONGFORMCác kỳ họp …!", s14-d-015)
        if _patterns()["caption_credit"].search(line):
            return None  # a photo caption repeating the headline
        begin = line.rfind(" ", 0, match[0]) + 1
        stop = _SPACE_OR_END.search(line, match[1]).start()
        title = line[begin:stop].strip(" ,;:|-–")
        label, rest = line[:begin].split(), line[stop:].strip()
        if rest and (_open_quote(title) or rest[0].isdigit()) and _patterns()["slug_cut_tail"].fullmatch(rest):
            title, rest = line[begin:].strip(" ,;:|-–"), ""  # the slug cut short: `… tinh tiến về ANTT"`
        if (len(label) <= SLUG_LABEL_WORDS and not regex.search(r"[.!?:]", line[:begin])
                and (not rest or _patterns()["after_slug_title"].match(line, match[1]))
                and title[:1].isupper() and (_reads_as_title(title) or _spelt_whole(title, line, rest))):
            return _with_place_label(text[slice(*spans[i - 1])], title) if i > 0 and not label else title
        return None
    return None


def _with_place_label(above: str, title: str) -> str:
    """The headline with the province the page printed over it as a label (`Nghệ An:` / `Nguyên Chủ tịch UBND xã lĩnh
    án`, dantri.com.vn, blind s28-d-016, s28-d-023): the slug leaves the place out, the headline starts with it."""
    place = above.strip()
    if place.endswith(":") and place[:-1].strip().casefold() in place_names():
        return f"{place} {title}"
    return title


def _split_headline(line: str, following: str, words: tuple[str, ...]) -> str | None:
    """A headline the page broke over two short lines, which the slug spells from the first word of the first to the
    last of the second ("Chân dung 34 Chủ tịch" / "tỉnh, thành phố hiện nay", vnexpress.net, blind s20-c-006; a kicker
    line "KỲ HỌP THỨ 9 HĐND TỈNH:" over the rest, baoquangnam.vn, s20-c-012): the two lines joined by a space."""
    if len(line) > SLUG_ABOVE_MAX_CHARS or len(following) > SLUG_LINE_CHARS:
        return None
    # The slug's run must open the line and go on past it: the line's words are the slug's first words, all of them and
    # not the last (tested on the line alone, before the two lines are joined and folded).
    folded = unmarked(line)
    opening = _ALNUM.match(folded)
    head = _ALNUM.findall(folded)
    if opening is None or len(head) >= len(words) or tuple(head) != words[:len(head)]:
        return None
    joined = f"{line} {following}"
    match = _find_words(unmarked(joined), words)
    if match is None or match[0] != 0 or match[1] <= len(line) + 1:
        return None
    rest = joined[match[1]:].strip(" .!?")
    return joined if not rest or _patterns()["split_title_tail"].fullmatch(rest) else None


def _spelt_whole(title: str, line: str, rest: str) -> bool:
    """Whether the URL spells a whole line closed by one full stop, which the page printed with its headline
    ("Thủ tướng yêu cầu các nhà ngoại giao thúc đẩy hợp tác kinh tế." under `…/thu-tuong-yeu-cau-…-kinh-te.html`,
    blind s16-d-007; "Cháy lớn tại Công ty chế biến gỗ trên địa bàn xã Xuân Lũng.", s5-y-032; GUIDELINES.md round 18)."""
    return (title == line.strip() and not rest and title.endswith(".") and not title.endswith("..")
            and _reads_as_title(title[:-1]))


def title_fits_url(title: str | None, url: str | None, *, text: str) -> bool:
    """Whether a first line read as the headline agrees with the URL's slug, which outlets build from the headline.

    A line sharing under `SLUG_SHARE_MIN` of a headline slug's words, or of its word pairs, is a subheading or a
    photo caption over a body whose headline was lost (GUIDELINES.md round 18), unless the lead with its site tag or a
    dateline follows it in `text`: a headline the outlet reworded. Examples are in tests/extractors/test_metadata.py.

    Args:
        title: the first line read as the headline, or None.
        url: the article's address, or None.
        text: the article's text, which the line opens; required, since without it no reworded headline is kept.

    Returns:
        True when the line may stand as the headline, and without a headline slug.
    """
    words = _slug_words(url)
    if title is None or words is None or not _headline_slug(words):
        return True
    said = _ALNUM.findall(unmarked(title))
    if len(set(words).intersection(said)) < SLUG_SHARE_MIN * len(set(words)):
        return False
    pairs = set(zip(words, words[1:]))
    return len(pairs.intersection(zip(said, said[1:]))) >= SLUG_SHARE_MIN * len(pairs) or _over_story(title, text)


def _over_story(title: str, text: str) -> bool:
    """Whether the line under the headline's own line opens the story (`_opens_story`): the head lines `find_title`
    reads, the first that gives `title`, not the title's words found anywhere (a breadcrumb, the lead)."""
    lines = [text[a:b] for a, b in _head_spans(text, TITLE_SKIP_LINES + 2)]
    at = next((i for i, line in enumerate(lines[:-1]) if _title_line(line) == title), None)
    return at is not None and _opens_story(lines[at + 1])


def _headline_slug(words: tuple[str, ...]) -> bool:
    """A slug written from Vietnamese words (`du-lich-boi-thu`), not an id (`2be99590-d4a3-…`, `kinh-nghiem1`), a
    page name (`chi-tiet-bai-viet`) or an English headline's words (`vn-pm-asked-wb-to-have-…`)."""
    p = _patterns()
    if not all(w.isalpha() or w.isdigit() for w in words) or p["generic_slug"].fullmatch("-".join(words)):
        return False
    letters = [w for w in words if w.isalpha()]
    return sum(1 for w in letters if p["slug_syllable"].fullmatch(w)) >= SLUG_VIETNAMESE_MIN * len(letters)


@functools.lru_cache(maxsize=8)  # title_from_url and title_fits_url ask for the same URL
def _slug_words(url: str | None) -> tuple[str, ...] | None:
    """The words of a URL's headline slug, without extension and trailing ids (`post365285`, `3299393`): the last
    path segment, or one before ids and furniture (`…/<slug>/c/20500476.epi`, `…/<slug>-738563/index.htm`); None
    when a page or section name follows it."""
    if not url:
        return None
    try:
        path = unmarked(unquote(urlsplit(url.strip()).path))  # "…/huyen-can-loc-%C4%91ang-vien-…" (blind s28-d-020)
    except ValueError:
        return None
    if _patterns()["template_path"].search(path):
        return None
    for segment in reversed(path.split("/")):  # the slug may sit before an id segment ("…/slug/282051.html")
        segment = _EXTENSION.sub("", segment)
        words = [w for w in _SLUG_SEP.split(segment) if w]
        if words and _patterns()["slug_id"].fullmatch(words[-1]):
            words.pop()  # one id only: a year before it is the headline's ("…-quoc-gia-2025-3299497")
        if sum(1 for w in words if not w.isdigit()) >= SLUG_MIN_WORDS and all(_ALNUM.fullmatch(w) for w in words):
            return tuple(words)
        if words and segment not in _url_skip_segments() and not all(
                w.isdigit() or _patterns()["slug_id"].fullmatch(w) for w in words):
            return None  # a page or section name after it ("…/thuong-truc-hoi-dong-nhan-dan-tinh/hdthuongtruc/2020/…")
    return None


@functools.cache
def _url_skip_segments() -> frozenset[str]:
    """Path segments after a slug that name no page (`c`, `index`, `amp`)."""
    return frozenset(load_words("url_skip_segments.txt"))


_ALNUM = regex.compile(r"[a-z0-9]+")
_EXTENSION = regex.compile(r"\.[a-z]\w{1,5}$")
_SLUG_SEP = regex.compile(r"[-_]+")
_SPACE_OR_END = regex.compile(r"\s|$")


def _find_words(folded: str, words: tuple[str, ...]) -> tuple[int, int] | None:
    """(start, end) of the first run of `words` in `folded`, whatever stands between them (spaces,
    punctuation: the slug drops it), or None. A slug word may join pieces the text glues with punctuation
    (`tphcm` for `TP.HCM`: thanhnien.vn, blind s26-c-016)."""
    if not all(w in folded for w in words):
        glued = _GLUE.sub("", folded)
        if not all(w in glued for w in words):
            return None  # most lines: cheaper than reading their words
    tokens = [(m.start(), m.end(), m.group()) for m in _ALNUM.finditer(folded)]
    for i in range(len(tokens)):
        if words[0].startswith(tokens[i][2]):
            end = _run_end(folded, tokens, i, words)
            if end is not None:
                return tokens[i][0], end
    return None


# Punctuation that glues two pieces of one slug word in the text ("TP.HCM").
_GLUE = regex.compile(r"[^\sa-z0-9]+")


def _run_end(folded: str, tokens: list[tuple[int, int, str]], i: int, words: tuple[str, ...]) -> int | None:
    """Where the run of `words` starting at token `i` ends, each word one token or glued tokens; None if it breaks."""
    for word in words:
        if i >= len(tokens):
            return None
        joined, j = tokens[i][2], i
        while joined != word and word.startswith(joined) and j + 1 < len(tokens) \
                and _GLUE.fullmatch(folded, tokens[j][1], tokens[j + 1][0]):
            j += 1
            joined += tokens[j][2]
        if joined != word:
            return None
        i = j + 1
    return tokens[i - 1][1]


def find_url(text: str) -> str | None:
    """A URL standing alone on one of the last lines."""
    for start, end in _tail_spans(text, BYLINE_LAST_LINES):
        if _patterns()["url_line"].fullmatch(text[start:end]):
            return text[start:end]
    return None


# Host labels that name a page's edition, not another outlet ("m.vnexpress.net", "amp.cand.com.vn").
_EDITION_LABELS = ("www.", "m.", "amp.", "mobile.")


def site_of(url: str | None) -> str | None:
    """The outlet of a URL: its host without `www.`/`m.`/`amp.` (`laodongthudo.vn`), or None."""
    if not url:
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:  # "http://[bad" and other unparseable URLs
        return None
    if not host:
        return None
    for label in _EDITION_LABELS:
        if host.startswith(label) and host.count(".") > 1:
            host = host[len(label):]
    return host


def extract_metadata(text: str) -> Metadata:
    """Headline, dateline time, byline authors and URL of a normalised article."""
    dateline = find_dateline(text)
    return Metadata(
        title=find_title(text),
        published=dateline[2] if dateline else None,
        authors=find_authors(text),
        url=find_url(text),
    )
