"""Numeric facts: a quantity, what it counts (unit) and its hedge (qualifier).

`find.py` finds number expressions; `interpret.py` reads value, unit and
qualifier or says why the number is not a fact. This module drops numbers that
other stages already own: dates (`found["dates"]`), model names
(`found["models"]`, and quoted names right after `mô hình`), and keeps `một`
("a/an") only where it is a count (`trong đó có một bác sĩ`). It also reads
bracketed per-place breakdowns of a count (`numbers.breakdown`).
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import replace
from collections import Counter
from collections.abc import Iterator
from typing import Any

import regex

from vnie.extractors.base import (Candidate, DateValue, Found, Mention, ModelValue, NormalisedDoc, NumberValue,
                                  ProvinceValue)
from vnie.extractors.numbers.find import RULE_DIGITS, RULE_RANGE, compile_finders, find_numbers
from vnie.extractors.numbers.interpret import MONEY_SIGN, NumberInterpreter, Outcome, Reading
from vnie.extractors.numbers.lexicon import NumberLexicon, load_lexicon
from vnie.extractors.periods import report_periods

# A tentative "một" is kept when a digit count of the same noun is this close
# (characters). Calibrated on corpus/gold ("có một trường hợp ..., 2 trường hợp
# còn lại" is 60 characters apart).
ONE_WINDOW = 200
# Characters from the end of a count to a "một" joined to it ("… giám đốc sở và một"): two words and "và".
ONE_JOIN_CHARS = 24
# The parts of a breakdown of a count lie within this many characters of its
# opening (gold: "Hà Giang (42), Bắc Cạn (19), ... Thanh Hóa (12)" is 190 long).
BREAKDOWN_WINDOW = 300
# Characters between a count and the bracket or "gồm:" opening its breakdown (gold:
# "317 nhà hư hỏng trong đợt thiên tai này gồm:" is 40).
BREAKDOWN_LEAD = 60
# Earlier counts looked at for the noun a count after a name repeats.
BREAKDOWN_LOOKBACK = 8
# A breakdown has parts; one place with a number in brackets is an address
# ("(đường Lê Thánh Tông, phường Đông Hải 1, Hải An)").
BREAKDOWN_MIN_PARTS = 2
# A list after "gồm:" is a breakdown when most of its items carry a number.
BREAKDOWN_NUMBERED = 0.8
RULE_BREAKDOWN = "numbers.breakdown"
# Units of a duration after "sau/suốt/đúng một" ("Sau một ngày xét xử").
TIME_UNITS = frozenset(("giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm", "thập kỷ"))
QUOTE_OPENS = '"“'
WORD_TRAILERS = ',.;:!?)…"”'  # punctuation glued to a word's end ("làm một người tử vong.")
QUOTE_CLOSES = '"”'
# Plain words between a fact opening a quote and its closing mark: "“6 tư duy cốt lõi”" (up to three, as a unit's
# describing words; "“5 không, 3 sạch”" is a list, left to the models stage).
QUOTED_TAIL_RE = regex.compile(r"(?: \p{Ll}+){0,3}[" + QUOTE_CLOSES + "]")
SENTENCE_END_RE = regex.compile(r"[.!?…](?=\s)|\n")
LETTER_RUN_RE = regex.compile(r"\p{L}+")  # the words of a text, as a word written elsewhere is looked for
# Tails of the cues of numbers.yaml sport_event ("nội dung", "Cự ly", "chung kết") and sport_stroke (a stroke, a weapon,
# "thuyền"), any case of the first letter: a cheap test before each regex runs.
SPORT_CUES = ("ội dung", "ự ly", "hung kết")
# "100m", "5.000 m", "20km": a cheap test before the sport patterns. `regex` skips to the digits twice as fast as
# `re` did with `\d ?k?m(?![^\W\d_])` (0.08 -> 0.04 s on the 5,000 bench articles); `_has_distance` applies that
# pattern's tests to each hit, so it answers as it did.
DISTANCE_RE = regex.compile(r"\d ?k?m")
STROKE_CUES = ("ngửa", "ếch", "bướm", "m tự do", "m hỗn hợp", "iếp sức", "ượt rào", "ượt chướng", "úng ngắn",
               "úng trường", "huyền đ", "huyền bốn", "huyền tám", "m rào", "m chướng")
# Cues of numbers.yaml sport_sex ("1.500m nam (…)") and sport_after_stroke ("bơi tự do 400m, 800m và 1.500m").
SEX_CUES = ("m nam", "m nữ")
COUNTER_CUES = ("ượt xem", "ượt đọc")  # numbers.yaml page_counter: a cheap test before it runs
BADGE_CUES = ("uy hiệu", "UY HIỆU")  # numbers.yaml badge_grade: a cheap test before it runs
RACE_CUES = ("ự ly", "arathon", "ường chạy")  # numbers.yaml sport_race ("cự ly 42km", "marathon (42,195km)")
AFTER_STROKE_CUES = ("ngửa", "ếch", "bướm", "tự do", "hỗn hợp", "ượt rào", "hướng ngại vật")
# What may close a list item after its bare head ("1.766 ca, Tây Ninh 938 ca, ... Lai Châu 5 ca."); the text's end too.
LIST_ITEM_ENDS = frozenset((",", ".", ";", ")", "\n", ""))
# Between the two ends of a range written with a unit on each ("từ 12 năm đến 20 năm").
RANGE_JOIN_RE = regex.compile(r"\s*(?:đến|tới|-|–)\s*")
# Between two numbers sharing the unit written after the second ("2 và 3 ngày").
SHARED_JOIN_RE = regex.compile(r"\s+(?:và|hoặc|hay)\s+")
# A number and a comma right before another ("Quyết định 217, 218"): its list.
LIST_BEFORE_RE = regex.compile(r"(?<![\p{L}\p{N}.,])(\d[\d.,]*\d|\d)\s*,\s*$")
# Reasons a number is a label, a name or a date part (interpret.py REASONS).
LABEL_REASONS = frozenset(("blocked", "name", "year", "time"))
DIGIT_NEXT_RE = regex.compile(r"\s+\d")

__all__ = ["build", "explain"]


class _Context:
    """Compiled once by `build`: the finder, the interpreter, the quote patterns."""

    def __init__(self) -> None:
        self.lex: NumberLexicon = load_lexicon()
        self.finders = compile_finders(self.lex)
        self.interpreter = NumberInterpreter(self.lex)
        self.quoted = regex.compile(self.lex.patterns["quoted"])
        self.model_cue = regex.compile(self.lex.patterns["model_cue"])
        self.breakdown = regex.compile(self.lex.patterns["breakdown_item"])
        self.breakdown_open = regex.compile(self.lex.patterns["breakdown_open"])
        self.breakdown_end = regex.compile(self.lex.patterns["breakdown_end"])
        self.breakdown_next = regex.compile(self.lex.patterns["breakdown_next"])
        self.one_split = regex.compile(self.lex.patterns["one_split"])
        self.one_duration = regex.compile(self.lex.patterns["one_duration"])
        self.one_joined = regex.compile(self.lex.patterns["one_joined"])
        self.one_within = regex.compile(self.lex.patterns["one_within"])
        self.one_within_after = regex.compile(self.lex.patterns["one_within_after"])
        self.model_unquoted = regex.compile(self.lex.patterns["model_unquoted"])
        self.sport_event = regex.compile(self.lex.patterns["sport_event"])
        self.sport_stroke = regex.compile(self.lex.patterns["sport_stroke"])
        self.sport_sex = regex.compile(self.lex.patterns["sport_sex"])
        self.sport_after_stroke = regex.compile(self.lex.patterns["sport_after_stroke"])
        self.sport_race = regex.compile(self.lex.patterns["sport_race"])
        self.page_counter = regex.compile(self.lex.patterns["page_counter"])
        self.badge_grade = regex.compile(self.lex.patterns["badge_grade"])
        self.cut_word = regex.compile(self.lex.patterns["cut_word"])
        # every syllable of the unit lexicons: a unit's last word among them is whole even where the text ends
        lex = self.lex
        self.unit_words = frozenset(itertools.chain(
            lex.number_words, (MONEY_SIGN,), (w for table in (lex.heads, lex.stops, lex.compounds, lex.coordinates, lex.affiliations,
                                                lex.money_nouns, lex.capitalised_nouns) for p in table for w in p),
            (w for head in lex.heads.values() for p in head.complements for w in p)))
        # each list head -> its kinds written after it ("ca mắc mới", "ca trong nước"), longest first
        self.list_named = {
            head: regex.compile(r"(?<![\p{L}\p{N}])(?i:" + regex.escape(head) + r") (?:" + "|".join(
                regex.escape(" ".join(c)) for c in sorted(self.lex.heads[tuple(head.split())].complements, key=len, reverse=True)
            ) + r")(?![\p{L}\p{N}])")
            for head in self.lex.list_heads
        }

    @staticmethod
    def may_break_down(text: str, end: int) -> bool:
        """A cheap test before `find_breakdown`: a bracket, a colon or "trong đó" soon after a count."""
        window = text[end:end + BREAKDOWN_LEAD + 12]
        return "(" in window or ":" in window or "trong đó" in window


def _excluded_spans(ctx: _Context, doc: NormalisedDoc, found: Found) -> list[tuple[int, int]]:
    """Sorted spans whose numbers belong to other fact types, name a race by its distance or a badge by its grade, count
    a page's views or are the months of a year."""
    spans = [
        (m.start, m.end)
        for name, kind in (("dates", DateValue), ("models", ModelValue))
        for m in found.get(name, ())
        if isinstance(m.value, kind)  # the models stage also yields quotes, which do not own numbers
    ]
    text = doc.text
    if "mô hình" in text or "Mô hình" in text:
        for q in ctx.quoted.finditer(text):
            body = q.group("body").lstrip()
            if body[:7].lower() == "mô hình" or ctx.model_cue.search(text, max(0, q.start() - 60), q.start()):
                spans.append((q.start(), q.end()))
        spans += [(m.start(), m.end()) for m in ctx.model_unquoted.finditer(text)]
    if _has_distance(text) or "huyền" in text:  # a race by its distance in metres, or a boat class ("thuyền")
        if any(cue in text for cue in SPORT_CUES):
            spans += [(m.start(), m.end()) for m in ctx.sport_event.finditer(text)]
        if any(cue in text for cue in STROKE_CUES):
            spans += [(m.start(), m.end()) for m in ctx.sport_stroke.finditer(text)]
        if any(cue in text for cue in SEX_CUES):
            spans += [(m.start(), m.end()) for m in ctx.sport_sex.finditer(text)]
        if any(cue in text for cue in AFTER_STROKE_CUES):
            spans += [(m.start(), m.end()) for m in ctx.sport_after_stroke.finditer(text)]
        if any(cue in text for cue in RACE_CUES):
            spans += [(m.start(), m.end()) for m in ctx.sport_race.finditer(text)]
    if " tháng" in text:
        spans += report_periods(text, doc.published)  # searched once with the dates extractor
    if any(cue in text for cue in COUNTER_CUES):
        spans += [(m.start(), m.end()) for m in ctx.page_counter.finditer(text)]
    if any(cue in text for cue in BADGE_CUES):
        spans += [(m.start(), m.end()) for m in ctx.badge_grade.finditer(text)]
    spans.sort()
    return spans


def _has_distance(text: str) -> bool:
    """Whether `text` holds a distance: a decimal digit (`str.isdecimal`, as `re`'s `\\d`: `regex` knows a newer
    Unicode), "m" or "km" after it, and no letter right after the unit (`re`'s `[^\\W\\d_]`)."""
    for m in DISTANCE_RE.finditer(text):
        after = text[m.end():m.end() + 1]
        if text[m.start()].isdecimal() and not (after.isalnum() and not after.isdecimal()):
            return True
    return False


def _overlaps(starts: list[int], reach: list[int], start: int, end: int) -> bool:
    """True when [start, end) overlaps a span; `reach[i]` is the furthest end of spans[:i + 1]."""
    i = bisect.bisect_right(starts, end - 1)
    return i > 0 and reach[i - 1] > start


def explain(ctx: _Context, doc: NormalisedDoc, found: Found) -> Iterator[tuple[Candidate, Outcome]]:
    """Every candidate with its outcome (a reason when it yields nothing).

    Overlapping candidates (inside the unit of an earlier fact) and numbers in
    spans owned by dates or models get the reasons `inside_fact` and `owned`.
    """
    text = doc.text
    spans = _excluded_spans(ctx, doc, found)
    starts = [s for s, _ in spans]
    reach = list(itertools.accumulate((e for _, e in spans), max))
    last_end = 0
    # A count right after a province ("Sơn La 48 nhà") is no number inside a name.
    place_ends = {m.end for m in found.get("provinces", ()) if isinstance(m.value, ProvinceValue)}
    for cand in find_numbers(text, ctx.finders):
        if cand.start < last_end:
            yield cand, Outcome((), "inside_fact")
            continue
        if spans and _overlaps(starts, reach, cand.start, cand.end):
            yield cand, Outcome((), "owned")
            continue
        outcome = ctx.interpreter.interpret(text, cand, cand.start - 1 in place_ends)
        if outcome.readings and _quoted_whole(ctx, text, outcome.readings[0]):
            outcome = Outcome((), "name")  # nguyên tắc "3 bậc": a quoted name, not a count
        elif outcome.readings and outcome.readings[-1].end == len(text) and text[-1:].isalpha():
            outcome = _uncut(ctx, text, outcome)  # "Mỗi CLB có từ 20 - 25 t": the excerpt ends inside the unit
        if outcome.readings and not outcome.readings[0].after_name:
            last_end = outcome.readings[0].end
        yield cand, outcome


def _quoted_whole(ctx: _Context, text: str, reading: Reading) -> bool:
    """Whether quotes enclose the fact (`"3 bậc"`, `“3 an toàn”`), or it opens a short quote whose last plain words
    describe it (`Tinh thần “6 tư duy cốt lõi”`, blind-s11-c-020; `“4 tại chỗ”`, `“3 không”` with no unit): then it is
    a name; not a short sentence, a counted unit and a stop word after it (`“3 người đã tử vong”`, `“20 triệu đồng
    thì quá ít”`: review 17)."""
    start, end = reading.start, reading.end
    if start == 0 or text[start - 1] not in QUOTE_OPENS:
        return False
    tail = QUOTED_TAIL_RE.match(text, end)
    return tail is not None and not (reading.value.unit and any(
        word in ctx.lex.quote_clause_words for word in tail.group().lower().split()))


def _uncut(ctx: _Context, text: str, outcome: Outcome) -> Outcome:
    """The readings of a fact whose unit runs into the end of the text, without a last word the excerpt cut (`… với
    điểm nhấn là 6 căn nh`, `xã đạt 17/19 tiê`): a unit of that word alone is not written, and the gold leaves such a
    fact out (GUIDELINES.md, rounds 22-27: cut units). A last word that reads whole stays (`… thu giữ 8 gói`)."""
    unit = outcome.readings[-1].value.unit or ""
    rest, _, word = unit.rpartition(" ")
    if not _cut_word(ctx, text, word.rpartition("/")[2]):  # "66.000 đồng/kg"
        return outcome
    rest = rest.rstrip(" ,")
    if not rest:
        return Outcome((), "cut")
    end = len(text[:len(text) - len(word)].rstrip(" ,"))
    return Outcome(tuple(replace(r, value=replace(r.value, unit=rest), end=end) for r in outcome.readings),
                   outcome.reason)


def _cut_word(ctx: _Context, text: str, word: str) -> bool:
    """Whether the word ending the text is cut: a word the unit lexicons know is whole; one with no vowel or an open
    vowel pair is cut (numbers.yaml cut_word); of the rest, two letters the text writes nowhere else as a word."""
    if word.lower() in ctx.unit_words:
        return False
    if ctx.cut_word.fullmatch(word):
        return True
    return len(word) <= 2 and word not in LETTER_RUN_RE.findall(text, 0, len(text) - len(word))


def _keep_one(ctx: _Context, text: str, reading: Reading, counted: list[tuple[int, str]], ends: set[int]) -> bool:
    """Keep a tentative `một` when it splits a count, follows a count in a tally (`ends`: where counts end) or
    repeats a noun counted in the same sentence."""
    after = tuple(w.strip(WORD_TRAILERS) for w in text[reading.end:reading.end + 24].lower().split()[:2])  # "tử vong." 
    inner = tuple((reading.value.unit or "").lower().split()[1:3])  # the unit may hold them: "người đàn ông"
    if any(w[:1] in ctx.lex.indefinite_after or w in ctx.lex.indefinite_after for w in (after, inner)):
        return False  # "một người đàn ông", "cho một người bạn": the article "a", not a count
    if (after[:1] in ctx.lex.one_count_after or after in ctx.lex.one_count_after) and _closed(ctx, reading):
        return True  # "khiến một người tử vong": a casualty count of a counting noun (người, trường hợp)
    if ctx.one_split.search(text, max(0, reading.start - 20), reading.start):
        return True
    if any(ctx.one_joined.fullmatch(text, e, reading.start) for e in ends if 0 < reading.start - e <= ONE_JOIN_CHARS):
        return True  # "20 phó giám đốc sở và một giám đốc trung tâm": one count of a tally
    if ctx.one_duration.search(text, max(0, reading.start - 8), reading.start) and _timed(ctx, reading):
        return True
    if ctx.one_within.search(text, max(0, reading.start - 8), reading.start) and _timed(ctx, reading) and \
            ctx.one_within_after.match(text, reading.end):
        return True  # "diễn ra trong một ngày và", "trong một tuần qua": a duration
    head = (reading.value.unit or "").split()[0:1]
    for pos, unit in counted:
        if abs(pos - reading.start) <= ONE_WINDOW and unit.split()[0:1] == head:
            lo, hi = sorted((pos, reading.start))
            if not SENTENCE_END_RE.search(text, lo, hi):
                return True
    return False


def _closed(ctx: _Context, reading: Reading) -> bool:
    """Whether a reading's unit is a closed counting noun alone (`người`, `trường hợp`, `nạn nhân`)."""
    head = ctx.lex.heads.get(tuple((reading.value.unit or "").lower().split()))
    return head is not None and head.kind == "closed"


def _repeats_count(ctx: _Context, text: str, reading: Reading, kept: list[tuple[Candidate, Reading]]) -> bool:
    """Whether a number right after a name counts the noun of a count just before it in the
    same sentence (`19 nhà bị sạt lở (xã Khao Mang 7 nhà; Kim Nọi 6 nhà`): a per-place part."""
    unit = reading.value.unit
    if not unit or not unit[0].islower():
        return False  # "Xperia 5 III ... Xperia 1 III": a model name, not a count
    for _, earlier in reversed(kept[-BREAKDOWN_LOOKBACK:]):
        if reading.start - earlier.end > ONE_WINDOW:
            break
        counted = earlier.value.unit or ""
        if (counted == unit or counted.endswith(" " + unit)) and _same_count(ctx, text, earlier.end, reading.start):
            return True  # "14 ngôi nhà bị ngập úng … Trong đó, huyện Lâm Bình 11 nhà": a classifier's noun
    return False


def _same_count(ctx: _Context, text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` stays in one sentence, or the sentence `end` is in opens with "Trong đó" (it
    breaks down a count made shortly before)."""
    last = None
    for last in SENTENCE_END_RE.finditer(text, start, end):
        pass
    return last is None or ctx.breakdown_next.match(text, last.start(), end) is not None


def _list_units(ctx: _Context, text: str, kept: list[tuple[Candidate, Reading]]) -> list[tuple[Candidate, Reading]]:
    """A bare list head (unit_list_heads.txt) closing a list item takes the kind last written with it in the
    paragraph, counted or not: `13.873 ca trong nước tại 60 tỉnh, thành phố. Hà Nội ghi nhận 1.766 ca, Tây Ninh
    938 ca` -> `ca trong nước`; `số ca bệnh nặng (từ độ 2b trở lên) là 40 ca` -> `ca bệnh nặng`."""
    out = []
    for cand, reading in kept:
        unit = reading.value.unit or ""
        named = ctx.list_named.get(unit.lower()) if text[reading.end:reading.end + 1] in LIST_ITEM_ENDS else None
        if named is not None:
            para = text.rfind("\n", 0, reading.start) + 1
            last = None
            for last in named.finditer(text, para, reading.start):
                pass
            if last is not None:
                reading = replace(reading, value=replace(reading.value, unit=last.group()))
        out.append((cand, reading))
    return out


def _join_ranges(text: str, kept: list[tuple[Candidate, Reading]]) -> list[tuple[str, Reading]]:
    """Rules and readings, a range written with its unit on both ends one reading:
    `từ 12 năm đến 20 năm`, `từ ba năm đến mười năm tù` (OUTPUTS.md: one row a range,
    `value_high` its upper end). The first end opens with `từ`, both count the same
    noun and the second is the larger. `từ` is no hedge, so it is written just before the span."""
    out: list[tuple[str, Reading]] = []
    for cand, reading in kept:
        if out and _range_end(text, out[-1][1], reading):
            low = out[-1][1]
            value = NumberValue(low.value.value, reading.value.unit, low.value.qualifier, reading.value.value)
            out[-1] = (RULE_RANGE, Reading(value, low.start, reading.end))
        else:
            out.append((cand.rule, reading))
    return out


def _range_end(text: str, low: Reading, high: Reading) -> bool:
    """Whether `high` closes a range opened by `low` (`từ 12 năm` + ` đến ` + `20 năm`, or
    without `từ` when both ends have the same unit: `3% đến 6%`)."""
    lv, hv = low.value, high.value
    if lv.value_high is not None or hv.value_high is not None or hv.qualifier or not hv.value > lv.value:
        return False
    if not RANGE_JOIN_RE.fullmatch(text, low.end, high.start):
        return False
    rated = lv.unit == "%" and (hv.unit or "").startswith("%/")  # "từ 9% đến 10%/năm": the rate ends the range
    low_unit = hv.unit if rated else lv.unit
    if "từ " not in (text[low.start:low.start + 3].lower(), text[max(0, low.start - 3):low.start].lower()):
        return low_unit == hv.unit  # "có tới 3% đến 6% DNA": the same unit on both ends, no "từ"
    return (low_unit or "").split()[:1] == (hv.unit or "").split()[:1] != []


def _shared_unit(ctx: _Context, text: str, bare: list[Candidate], cand: Candidate,
                 reading: Reading) -> list[tuple[Candidate, Reading]]:
    """Readings of numbers sharing the unit of the next (`2 và 3 ngày`, `15.500 và 15.000 đồng/kg`, `45 và 49 triệu
    khách`: a fact each, gold blind-s8-e-012, blind-news-1), when the next has no hedge of its own and is no date
    (`các ngày 9, 10, 11 và 17 tháng 5`)."""
    if reading.start != cand.start or reading.value.value_high is not None or _digit_follows(text, reading.end):
        return []
    unit = reading.value.unit
    return [(b, Reading(NumberValue(_bare_value(ctx, b, cand), unit, None), b.start, b.end)) for b in bare]


def _bare_value(ctx: _Context, bare: Candidate, cand: Candidate) -> float:
    """The value of a number sharing the next one's unit, with its own magnitude or else the next's (`45 và 49
    triệu khách` is 45 million)."""
    value = ctx.interpreter.number_value(bare.groups["num"])
    mag = bare.groups.get("mag1") or cand.groups.get("mag1") or cand.groups.get("mag")
    return float(value * int(ctx.lex.number_words[mag.lower()][0]) if mag else value)


def _in_label_list(text: str, start: int, labels: set[int], ends: set[int]) -> bool:
    """Whether the number at `start` follows a comma after a number that is a label or a name, or that was no
    candidate at all (`Quyết định 217, 218`: "217" is a document's number)."""
    before = LIST_BEFORE_RE.search(text, max(0, start - 24), start)
    return before is not None and (before.end(1) in labels or before.end(1) not in ends)


def _digit_follows(text: str, end: int) -> bool:
    return DIGIT_NEXT_RE.match(text, end) is not None


def _bare(text: str, cand: Candidate) -> bool:
    """Whether `cand` is one plain number in digits (no range) that a `và` joins to the next."""
    return cand.rule == RULE_DIGITS and not cand.groups.get("num2") and SHARED_JOIN_RE.match(text, cand.end) is not None


def _after_name(text: str, start: int) -> bool:
    """Whether a capitalised word (not opening a sentence) is right before `start`: `Bệnh viện Nhi Đồng 1 và`."""
    words = text[max(0, start - 40):start].split()
    if not words:
        return False
    last = words[-1].strip("()[]")  # "bệnh nhân (BN) 2910 và 2 người": an id after its acronym
    return last[:1].isupper() and (len(words) == 1 or words[-1][:1] == "(" or words[-2][-1:] not in ".!?:")


def _timed(ctx: _Context, reading: Reading) -> bool:
    """Whether a reading's unit is a unit of time (`ngày`, `năm`, `tháng`: a measure head), with its complement too
    (`suốt một tuần lễ`)."""
    head = ctx.lex.heads.get(tuple((reading.value.unit or "").lower().split()[:1]))
    return head is not None and head.kind == "measure" and head.text in TIME_UNITS


def find_breakdown(ctx: _Context, text: str, total: Reading) -> list[Candidate]:
    """Parts of a per-place breakdown of a count.

    `359 trường hợp F1 (Lý Nhân 337, Bình Lục 15, ...)`, `317 nhà hư hỏng ... gồm:
    Hà Giang (42), Bắc Cạn (19)`, `19.251 ha lúa bị ngập (Hà Giang: 166, ...)`: each
    place with its number is a fact with the count's unit (corpus/gold/notes-news-b.md);
    the span starts at the place name. The list opens in the count's clause (a bracket
    or `gồm:`) and ends at its bracket or at the end of the sentence.
    """
    lead = ctx.breakdown_open.match(text, total.end, total.end + BREAKDOWN_LEAD)
    if lead is None:
        return []
    opened = lead.end()
    if lead.group("bracket"):
        closed = _closing(text, opened)
    else:
        end = ctx.breakdown_end.search(text, opened, opened + BREAKDOWN_WINDOW)
        closed = end.start() if end else -1
    if closed < 0:
        return []
    parts = [
        Candidate(m.start(), m.end(), RULE_BREAKDOWN, {"num": m.group("num"), "unit": total.value.unit})
        for m in ctx.breakdown.finditer(text, opened, closed + 1)
        if " " in m.group("name")  # "Hải Phòng 42": a place name ends in the word, no address
        or ctx.lex.blockers.get((m.group("name").lower(),)) != "block"  # "Thôn 2": an address
    ]
    if len(parts) < BREAKDOWN_MIN_PARTS:
        return []
    if not lead.group("bracket") and len(parts) < BREAKDOWN_NUMBERED * (text.count(",", opened, closed) + 1):
        return []  # "13 phường, gồm: Cổ Nhuế 1, Cổ Nhuế 2, Đông Ngạc, ...": a list of names
    return parts


def _closing(text: str, opened: int) -> int:
    """The bracket closing the one opened before `opened` (inner `(42)` pairs skipped), or -1."""
    depth = 0
    for i in range(opened, min(len(text), opened + BREAKDOWN_WINDOW)):
        ch = text[i]
        if ch == "(":
            depth += 1
        elif ch == ")":
            if not depth:
                return i
            depth -= 1
        elif ch == "\n":
            return -1
    return -1


def interpret_breakdown(cand: Candidate) -> Reading:
    """The reading of a breakdown part: its number, the unit of its total, no hedge."""
    value = float(cand.groups["num"].replace(".", "").replace(",", "."))  # "125,17" is a decimal
    return Reading(NumberValue(value, cand.groups["unit"], None), cand.start, cand.end)


def build():
    """The numbers extractor.

    Returns:
        `extract(doc, found) -> list[Mention[NumberValue]]`; `found` holds the
        mentions of the `dates`, `models` and `provinces` stages.

    Raises:
        DataError: when a data file under gazetteer/data is malformed.
    """
    ctx = _Context()

    def extract(doc: NormalisedDoc, found: Found) -> list[Mention[Any]]:
        if not doc.text:
            return []
        kept: list[tuple[Candidate, Reading]] = []
        tentative: list[tuple[Candidate, Reading]] = []
        bare: list[Candidate] = []  # numbers with no unit of their own, joined, which the next may share
        labels: set[int] = set()  # ends of numbers that are labels or names ("Quyết định 217, 218 và 2 năm")
        ends: set[int] = set()
        for cand, outcome in explain(ctx, doc, found):
            if bare and not SHARED_JOIN_RE.fullmatch(doc.text, bare[-1].end, cand.start):
                bare = []
            if bare and outcome.readings:
                kept += _shared_unit(ctx, doc.text, bare, cand, outcome.readings[0])
            if outcome.reason in LABEL_REASONS:
                labels.add(cand.end)
            if outcome.reason != "no_unit" or not _bare(doc.text, cand):
                bare = []
            elif _in_label_list(doc.text, cand.start, labels, ends):
                labels.add(cand.end)  # "217, 218, 219 và": the list goes on
                bare = []
            elif bare or cand.start == 0 or not _after_name(doc.text, cand.start):
                bare.append(cand)
            ends.add(cand.end)
            for reading in outcome.readings:
                if reading.after_name:
                    if _repeats_count(ctx, doc.text, reading, kept):
                        kept.append((cand, reading))
                    continue
                (tentative if reading.tentative else kept).append((cand, reading))
            if outcome.readings and not outcome.readings[-1].tentative and \
                    ctx.may_break_down(doc.text, outcome.readings[-1].end):
                parts = find_breakdown(ctx, doc.text, outcome.readings[-1])
                kept += [(part, interpret_breakdown(part)) for part in parts]
        if tentative:
            counted = [(r.start, r.value.unit or "") for _, r in kept]
            count_ends = {r.end for _, r in kept}
            kept += [(c, r) for c, r in tentative if _keep_one(ctx, doc.text, r, counted, count_ends)]
            kept.sort(key=lambda cr: cr[1].start)
        kept = _list_units(ctx, doc.text, kept)
        return [Mention.at(doc, r.start, r.end, rule, r.value) for rule, r in _join_ranges(doc.text, kept)]

    return extract


def outcome_counts(docs: list[NormalisedDoc], found_of=lambda doc: {}) -> Counter[tuple[str, str]]:
    """How each rule's candidates ended, for reports: where precision is lost.

    Args:
        docs: the documents to run on.
        found_of: the `found` mapping (dates, models) for a document.

    Returns:
        Counts keyed by (rule, `ok` or the reason the candidate gave nothing).
    """
    ctx = _Context()
    counts: Counter[tuple[str, str]] = Counter()
    for doc in docs:
        for cand, outcome in explain(ctx, doc, found_of(doc)):
            counts[(cand.rule, "ok" if outcome.readings else outcome.reason or "?")] += 1
    return counts


