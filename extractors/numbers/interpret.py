"""Interpret numeric candidates: value, unit and qualifier, or a reason for none.

A candidate becomes zero, one or two readings: a range `30-40 hộ` is one reading
with `value_high` (OUTPUTS.md), a fraction count `45/52 vụ việc` two (the part and
the whole). The unit is read from the words right after the number: a known head
noun (`unit_heads.tsv`) or any lower-case noun, run on until a stop word
(`unit_stops.txt`), a capitalised name, punctuation or another number; a comma
continues it only before a coordinated noun (`tập thể, cá nhân`). A number
with no unit is not a fact, except money written without one (`50 triệu`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

import regex

from vnie.extractors.base import Candidate, NumberValue, quick_init
from vnie.extractors.numbers.find import RULE_DIGITS, RULE_FRACTION, RULE_PERCENT, RULE_RANGE, RULE_WORDS
from vnie.extractors.numbers.lexicon import Head, NumberLexicon, Phrase
from vnie.extractors.numbers.lexicon import phrase as phrase_of
from vnie.gazetteer.load import alternation

# Characters after a number scanned for its unit; the longest gold unit
# ("viện nghiên cứu và ứng dụng khoa học công nghệ") is 47 characters.
UNIT_WINDOW = 100
# Most syllables in a unit. Calibrated on corpus/gold: 8 keeps
# "trung tâm thực hành kỹ thuật mật mã"; longer runs on the bench were
# clauses, not units.
UNIT_MAX_SYLLABLES = 8
# Characters read by the fast path for one-word units, and the punctuation
# that may end such a word ("43 tuổi," "15 phút.").
QUICK_WINDOW = 32
UNIT_TRAILERS = frozenset(",.;:)!?…”\"")
QUOTE_OPENERS = frozenset('“"')
# Words before a number looked at for a hedge or a blocker: the longest
# entries of number_qualifiers.tsv and number_blockers.tsv have 3 words, and
# one more word tells "3 năm 6 tháng" from "tháng 6".
QUALIFIER_WORDS = 3
BLOCKER_WORDS = 3
BEFORE_WORDS = 4
# Longer "words" before a number are not words of a hedge or blocker phrase.
LONGEST_WORD = 24
# Most syllables in a quoted name of what is counted: its quotes end it, so it may be longer than a plain unit
# ("3 “Tổ tự quản dòng tộc về an ninh trật tự”" has 9, round 8 blind s8-a-008); longer quotes are speech.
QUOTED_UNIT_MAX_SYLLABLES = 12
# Syllables of a unit with an unknown head after a numeral in words: two keeps
# "hai tảng đá", "sáu tàu chiến" and stops "cả hai cảm thấy hòa hợp" short
# (calibrated on a sample of 40 bench facts).
WORD_UNIT_MAX_SYLLABLES = 2
# Plain words a classifier takes when no known noun follows it: most nouns
# have one or two syllables ("cây cầu vòm", "chiếc điều hòa", "cái xương sườn";
# corpus/gold and a sample of 40 bench facts).
CLASSIFIED_SYLLABLES = 2
# Syllables after the head of a rated unit whose rate noun is no known head ("đồng/cổ phiếu").
RATE_NOUN_SYLLABLES = 3
# Tokens read after a number: the longest unit plus commas and a rate.
UNIT_MAX_TOKENS = UNIT_MAX_SYLLABLES + 4
# Characters before a bare "triệu/tỷ" searched for a money cue ("trị giá",
# "nhận"). 60 covers the gold cases ("có thu nhập khoảng 230-250 triệu").
MONEY_WINDOW = 60
# Characters before a number searched for an earthquake (numbers.yaml quake_before): "trận động đất mạnh " is 19, and
# "động đất có cường độ " 21; 40 leaves room for a place between (no gold `độ` within 40 of one is counted).
QUAKE_WINDOW = 40
# Characters before a report period searched for a deposit term or a child (numbers.yaml report_months_before):
# "kỳ hạn " is 7, "Bé gái " 7; 20 allows a hedge or a word between.
REPORT_MONTHS_WINDOW = 20
# Plain four-digit numbers in this range are years unless a known head noun follows.
YEAR_RANGE = (1900, 2099)
MONEY_UNIT = "đồng"
MONEY_SIGN = "đ"  # glued to an amount it is the unit đồng: "31.600.000đ" (gold s16-b-014, prov-021)
# A fraction "a/b" is a count of b things (two facts) when b is at least this, or a == b
# ("45/52 vụ việc", "9/11 chuyên ngành", "5/5 hạng mục"); "1/3 dân số", "3/4 diện tích" are ratios.
FRACTION_MIN_WHOLE = 10
# Characters before an amount searched for a noun of unit_before.txt (the longest entry, "dân số", and spaces).
UNIT_BEFORE_CHARS = 12
# The unit head after which a race time may write its hundredths ("15 giây 44", numbers.yaml hundredths).
SECONDS = "giây"
# Kinds of unit head that make a number after a capitalised word a count, not part of a name.
NAMED_COUNT_KINDS = frozenset(("measure", "closed", "classifier"))
# Hours in this range are a time of day even with nothing after them ("khoảng 21 giờ, anh A ...");
# 24 is left out: "24 giờ" is the usual round-the-clock duration.
CLOCK_HOURS = (13, 23)
# How far before an ambiguous numeral its determiner is looked for (numbers.yaml noun_numeral_lead: "hàng chục ", 10).
NOUN_LEAD_CHARS = 16
# "nửa" (half) is an amount only with a magnitude or a hedge: "khoảng nửa tỷ đồng", "Hơn nửa triệu người", "khoảng nửa
# giờ" (gold s8-b-014, o-005, o-011); not "nửa đêm", "một nửa độ dài", "ngập nửa bánh xe" (gold).
HALF = "nửa"
# Characters before a number searched for "chỉ" and the verb after it (numbers.yaml only_verb: "chỉ cứu được ").
ONLY_REACH = 24
# How far before "N giờ" the words that make it a time of day are looked for (numbers.yaml clock_before).
CLOCK_LEAD_CHARS = 32

# Words (joined by "-" or "/": "Covid-19", "mẫu/ngày", "con/1kg", but not "/" and a bare number:
# "944 tổ/17.810 cá nhân" counts two things) and single punctuation marks.
# Words joining two counted nouns into one unit ("tập thể, cá nhân", "cá nhân và tập thể").
COORDINATORS = frozenset((",", "và"))
TOKEN_RE = re.compile(r"[^\W_]+(?:-[^\W_]+|/(?:\d+[^\W\d_]+|(?!\d)[^\W_]+))*|[^\w\s]")
ALNUM_TAIL_RE = re.compile(r"[^\W_]+$")
SENTENCE_ENDS = frozenset('.!?:;\n"“([…')
WORD_RE = regex.compile(r"[\p{L}\p{N}]+")
# Thousands written the English way, "hơn 80,000 người", "212,000 dân" (blind-s26-e-009, s27-e-033): no decimal ends in
# zeros, so a comma before groups of "000" only separates thousands; "91,247 triệu" stays a decimal.
ENGLISH_THOUSANDS_RE = re.compile(r"\d{1,3}(?:,000)+")
DAY_MONTH_END_RE = regex.compile(r"\d[-–/.]\d{1,2}$")  # "3-5", "3/5" before "năm nay": a day and month
DAY_MONTH_AFTER_RE = regex.compile(r"\s+\d{1,2}[/-]\d{1,2}(?!\d)")  # " 13/5" after "ngày"
# A year right after "N tháng": the months are a period of that year, a date's ("8 tháng/2017", "8 tháng 2017"
# like "8 tháng đầu năm 2017", ANNOTATION.md dates), no count of months (round 8 blind s8-d-004); "đầu năm" too.
MONTHS_OF_YEAR_RE = regex.compile(r"(?:\s?/\s?|\s+)(?:19|20)\d{2}(?![\d/.,-]?\d)|\s+(?:đầu|cuối)\s+năm(?![\p{L}])")
# "N tháng (của) năm nay / năm 2014", "N quý của năm 2014": the first months or quarters of that year, a date's
# period ("9 tháng năm 2023" is 2023-01/2023-09; round 9/10 gold s9-d-020, s10-d-005, and gen-023, fin-nat-017
# brought in line); "trong 1 tháng của năm 2010" (bench) is a month of it, no period.
OF_THE_YEAR_RE = regex.compile(r"\s+(?:của\s+)?năm\s+(?:nay|(?:19|20)\d{2})(?![\d\p{L}])")
YEAR_PART_UNITS = frozenset(("tháng", "quý"))
PERIOD_HEADS = frozenset(("tháng", "tuần"))  # "3 tuần đầu năm 2026" is a period like "6 tháng đầu năm" (s8-e-028)
# A name written with a spaced dash before its number ("Covid - 19", round 8 blind s8-c-021).
NAME_DASH_RE = regex.compile(r"\p{Lu}[\p{L}\p{N}]*\s+[-–]\s+$")
RATING_WINDOW = 30  # characters before a number searched for what a grading unit grades
# A rate after a unit: "/tấn", "/tháng", "/người/năm", and a period with its count ("mm/24h", "mm/24 giờ":
# gold blind-s3-o, blind-s5-w; "đồng/3 kỳ/năm": bench); a space may follow the slash ("2.800 USD/ năm", blind-s7-c).
# After a number: a lower-case word, the unit of a count ("kết luận 103 cuộc"; not "Hướng dẫn 19/HD-…", "quyết định 217,").
COUNT_AFTER_RE = regex.compile(r" (\p{Ll}+)(?![\p{L}\p{N}/-])")
RATE_RE = regex.compile(r"(?:/ ?(?:\d+ ?)?\p{L}+(?![\p{L}\p{N}]))+")


@quick_init
@dataclass(frozen=True, slots=True)
class Reading:
    """One numeric fact read from a candidate: its value and its span (hedge to unit)."""

    value: NumberValue
    start: int
    end: int
    tentative: bool = False
    after_name: bool = False  # right after a capitalised name: kept only when its unit repeats a count


@quick_init
@dataclass(frozen=True, slots=True)
class Outcome:
    """The readings of a candidate, or the reason there are none."""

    readings: tuple[Reading, ...]
    reason: str | None = None


@quick_init
@dataclass(frozen=True, slots=True)
class Unit:
    text: str
    end: int
    head: Head | None


REASONS = ("blocked", "name", "no_unit", "ambiguous_word", "year", "time", "ratio")
_NOTHING = {reason: Outcome((), reason) for reason in REASONS}  # immutable, shared


def _nothing(reason: str) -> Outcome:
    """The outcome with no readings for `reason` (one of REASONS)."""
    return _NOTHING[reason]


# How far ahead a lower-case word of a proper name may see the next capitalised word ("Độc lập hạng Ba").
NAME_TAIL_WORDS = 2


def _percent_sign(written: str) -> str:
    """The unit of a percent or per mille as written: "%", or "‰" / "%o" (per mille)."""
    return "‰" if "‰" in written else "%o" if "%o" in written else "%"


def _proper_name_end(toks, n: int) -> int:
    """Where the proper name after a `named` head ends (unit_heads.tsv: "Huân chương Độc lập hạng Ba"):
    capitalised words, and lower-case words with a capitalised one at most NAME_TAIL_WORDS ahead."""
    while n < len(toks) and toks[n][0].isalpha() and toks[n] not in COORDINATORS:
        ahead: list[str] = []
        for t in toks[n + 1:n + 1 + NAME_TAIL_WORDS]:
            if not t[0].isalpha() or t in COORDINATORS:
                break
            ahead.append(t)
        if not (toks[n][0].isupper() or any(t[0].isupper() for t in ahead)):
            break
        n += 1
    return n


def _opens_name(toks, i: int) -> bool:
    """Whether the acronym at `toks[i]` opens a proper name: a capitalised word that is no acronym follows
    (`SEA Games`, `ASEAN Cup`), so it says where or what, not what is counted."""
    nxt = toks[i + 1] if i + 1 < len(toks) else ""
    return nxt[:1].isupper() and not _is_acronym(nxt)


def _is_acronym(tok: str) -> bool:
    """`CMND`, `F1`, `CPU` count as nouns; `Tây`, `Covid-19`, `SARS-CoV-2` do not."""
    return len(tok) >= 2 and tok[0].isupper() and not any(c.islower() for c in tok)


class NumberInterpreter:
    """Turns candidates into readings; built once with the lexicon."""

    def __init__(self, lex: NumberLexicon):
        self.lex = lex
        # For each phrase table: first word -> phrase lengths, longest first,
        # so a lookup costs one dict probe when no phrase starts with the word.
        self.first_words: dict[int, dict[str, tuple[int, ...]]] = {}
        for table in (lex.stops, lex.compounds, lex.heads, lex.coordinates, lex.coordinate_pairs, lex.affiliations,
                      lex.capitalised_nouns, lex.former_titles):
            self._index(table)
        for head in lex.heads.values():
            self._index(head.complements)
        self.one_hedged = regex.compile(lex.patterns["one_hedged"])
        self.one_some = regex.compile(lex.patterns["one_some"])
        self.only_verb = regex.compile(lex.patterns["only_verb"])
        self.noun_numeral_lead = regex.compile(lex.patterns["noun_numeral_lead"])
        self.partitive = regex.compile(lex.patterns["partitive"])
        self.clock_after = regex.compile(lex.patterns["clock_after"])
        self.clock_before = regex.compile(lex.patterns["clock_before"])
        self.clock_half_before = regex.compile(lex.patterns["clock_half_before"])
        self.lasting = regex.compile(lex.patterns["lasting"])
        self.ago_stamp = regex.compile(lex.patterns["ago_stamp"])
        self.difference = regex.compile(lex.patterns["difference"])
        self.comparatives = regex.compile(lex.patterns["comparatives"])
        self.percent_rate = regex.compile(lex.patterns["percent_rate"])
        self.percent_grade = regex.compile(lex.patterns["percent_grade"])
        self.richter_after = regex.compile(lex.patterns["richter_after"])
        self.richter_unit = regex.compile(lex.patterns["richter_unit"])
        self.quake_before = regex.compile(lex.patterns["quake_before"])
        self.report_months_after = regex.compile(lex.patterns["report_months_after"])
        self.report_months_before = regex.compile(lex.patterns["report_months_before"])
        self.above_sea = regex.compile(lex.patterns["above_sea"])
        self.level_comparatives = regex.compile(lex.patterns["level_comparatives"])
        self.height_hedge = regex.compile(lex.patterns["height_hedge"])
        self.height_units = regex.compile(lex.patterns["height_units"])
        self.dot_decimal = regex.compile(lex.patterns["dot_decimal"])
        self.age_after = regex.compile(lex.patterns["age_after"])
        self.quoted_unit = regex.compile(lex.patterns["quoted_unit"])
        self.hundredths = regex.compile(lex.patterns["hundredths"])
        self.spelled_rate = regex.compile(lex.patterns["spelled_rate"])
        self.half_after = regex.compile(lex.patterns["half_after"])
        self.money_per_amount = regex.compile(lex.patterns["money_per_amount"])
        # a magnitude word and the word after it: an amount written with what it counts ("1,5 triệu đồng")
        magnitude = alternation(w for w, (_, k) in lex.number_words.items() if k == "magnitude")
        self.amount_written = regex.compile(r"(?i)(?<![\p{L}])" + magnitude + "(?: " + magnitude + r")* (?P<what>\p{L}+)")
        # Qualifiers written as one symbol: ">", "<", "~" ...
        self.symbols = frozenset(f for f in lex.qualifiers if len(f) == 1 and not f.isalnum())
        # First words of every stop, compound and head phrase.
        self.phrase_starts = frozenset(
            p[0] for table in (lex.heads, lex.compounds, lex.stops, lex.affiliations) for p in table
        )
        # One-word measure and closed heads, each with the words that may
        # follow it inside a longer phrase (a head, compound, stop or complement
        # starting with it): when the next word is none of these, the unit is
        # the head alone.
        self.single_heads: dict[str, tuple[Head, frozenset[str]]] = {}
        for key, head in lex.heads.items():
            if len(key) == 1 and head.kind in ("measure", "closed"):
                nexts = {p[1] for table in (lex.heads, lex.compounds, lex.stops) for p in table
                         if len(p) > 1 and p[0] == key[0]}
                nexts |= {c[0] for c in head.complements}
                self.single_heads[key[0]] = (head, frozenset(nexts))
        # Number words that open a numeral on their own: no unit starts with one. A filler or an inner form
        # ("linh", "lẻ", "tư") is a numeral only inside one, so after digits it opens a noun ("208 linh mục").
        self.numeral_words = frozenset(w for w, (_, k) in lex.number_words.items() if k not in ("filler", "inner"))
        # Number words that end a unit: another count starts there ("4 nghi can
        # hai vụ đánh bom"). Ambiguous ones (`ba`, `năm`) are words too often.
        self.numeral_stops = frozenset(
            w for w, (v, k) in lex.number_words.items() if k in ("digit", "ten") and v and w not in lex.ambiguous_words
        )
        # Last words of every hedge and blocker phrase: only after one of them
        # are more words before a number worth reading.
        self.context_words = frozenset(
            [form.split()[-1] for form in lex.qualifiers] + [p[-1] for p in lex.blockers]
        )

    def _index(self, table) -> None:
        index: dict[str, set[int]] = {}
        for key in table:
            index.setdefault(key[0], set()).add(len(key))
        self.first_words[id(table)] = {w: tuple(sorted(ks, reverse=True)) for w, ks in index.items()}

    # -- values -----------------------------------------------------------

    def digits_value(self, text: str) -> Decimal:
        """`4.700` -> 4700, `1,5` -> 1.5, `253.499,60` -> 253499.6 (exact, so `8,3 triệu` is 8300000);
        `2.5` -> 2.5 (a dot before one or two digits is a decimal point, numbers.yaml dot_decimal);
        `80,000` -> 80000 (thousands written the English way)."""
        if "." in text and self.dot_decimal.fullmatch(text):  # most numbers have no dot: skip the pattern call
            return Decimal(text)
        if "," in text and ENGLISH_THOUSANDS_RE.fullmatch(text):
            return Decimal(text.replace(",", ""))
        return Decimal(text.replace(".", "").replace(",", "."))

    def words_value(self, text: str) -> Decimal:
        """`hai mươi mốt` -> 21, `một trăm linh năm` -> 105."""
        chunk = last = Decimal(0)
        for word in text.lower().split():
            value, kind = self.lex.number_words[word]
            value = Decimal(value)
            if kind in ("digit", "inner"):
                chunk += value
                last = value
            elif kind == "ten":
                chunk += value
                last = Decimal(0)
            elif kind in ("tens", "hundred"):
                chunk += last * (value - 1) if last else value
                last = Decimal(0)
            elif kind == "magnitude":  # a bare "nghìn" after a hedge: "gần nghìn tỷ"
                chunk = (chunk or Decimal(1)) * value
                last = Decimal(0)
        return chunk

    def number_value(self, text: str) -> Decimal | int:
        if text.isdigit():
            return int(text)  # the common case, without Decimal's cost
        return self.digits_value(text) if text[0].isdigit() else self.words_value(text)

    # -- context before the number ---------------------------------------

    def hedge(self, text: str, start: int, before: list[tuple[str, int]]) -> tuple[str | None, int, int]:
        """The qualifier written before the number at `start`.

        Returns:
            (qualifier or None, where the hedge starts, how many words of
            `before` it takes). A compound that only ends in a hedge word
            (`ngân hàng 20 tỷ`) takes its words but gives no qualifier.
        """
        quals = self.lex.qualifiers
        for k in range(min(len(before), QUALIFIER_WORDS), 0, -1):
            form = " ".join(w for w, _ in reversed(before[:k])).lower()
            if form in quals:
                if not quals[form]:
                    return None, start, k  # "ngân hàng 20 tỷ": a compound, not a hedge; the span starts at the number
                qual = quals[form]
                # "độ cao hơn 2.700 m": the phrase only tells "cao hơn" from "độ cao"; the hedge is "hơn"
                own = len(qual.split()) if form.endswith(" " + qual) else k
                return qual, before[own - 1][1], k
        return (*self.symbol_hedge(text, start), 0)

    def glued_hedge(self, text: str, start: int) -> tuple[str | None, int]:
        """A hedge word glued to the number by a typo (`khoảng10 tấn`), and where it starts."""
        k = start
        while k and text[k - 1].isalpha():
            k -= 1
        qual = self.lex.qualifiers.get(text[k:start].lower())
        return (qual, k) if qual else (None, start)

    def symbol_hedge(self, text: str, start: int) -> tuple[str | None, int]:
        """A hedge written as a symbol right before the number (`>30%`), and where it starts."""
        i = start - 1 if start and text[start - 1] != " " else start - 2
        if i >= 0 and text[i] in self.lex.qualifiers:
            return self.lex.qualifiers[text[i]], i
        return None, start

    def _blocked_unless_age(self, text: str, before: list[tuple[str, int]], measured: bool, end: int) -> str | None:
        """`blocked`, except that an age right after the number overrides a blocking word ("nữ bệnh nhân 47 tuổi",
        "năm 18 tuổi", "BN 47 tuổi": an age, not a label or a year)."""
        why = self.blocked(text, before, measured)
        if why == "document":  # "ban hành kết luận 103 cuộc", "đã hướng dẫn 19 người": the verb, then a count
            count = COUNT_AFTER_RE.match(text, end)
            return None if count and count.group(1).lower() not in self.lex.time_heads else "blocked"
        return None if why == "blocked" and self.age_after.match(text, end) else why

    def blocked(self, text: str, before: list[tuple[str, int]], measured: bool) -> str | None:
        """Why the words right before the number make it a non-quantity, or None.

        A capitalised word before the number makes it part of a name
        (`Quân khu 9`, `Tổ 51`) unless the number is `measured` (a percent,
        a glued unit or a magnitude word: `Hưng Yên 10 triệu đồng`).
        """
        if not before:
            return None
        lowered = [w.lower() for w, _ in before]
        blockers = self.lex.blockers
        for k in range(min(len(lowered), BLOCKER_WORDS), 0, -1):
            effect = blockers.get(tuple(reversed(lowered[:k])))
            if effect and k < len(before) and all(w[0].isupper() for w, _ in before[:k + 1]) \
                    and not (effect == "block" and k == 1 and before[0][0].isupper()):
                continue  # "Hải Phòng 271 ca", "Sài Gòn Nha Trang 26 em": the words end a proper name; a blocking
                # acronym does not ("Trưởng BCĐ 138 tỉnh": the committee's number)
            if effect == "allow":
                return None
            if effect == "document":  # a document's name, capitalised ("Kết luận 48"); in lower case maybe a verb
                return "blocked" if before[k - 1][0][0].isupper() else "document"
            if effect == "clock":
                if len(before) > 1 and before[1][0].isdigit() and self._lasting(text, before[1][1], before[1][0]):
                    return None  # "kéo dài 4 giờ 20 phút": the minutes of a duration
                return "time"  # the minutes of "8 giờ 30"
            if effect == "block":
                if k == 1 and len(lowered) > 1 and lowered[1][0].isdigit() and (
                        (lowered[0],) in self.lex.heads or len(lowered) < 3 or (lowered[2],) not in blockers):
                    return None  # "3 năm 6 tháng", "8 tầng 33 phòng": the word has its own number; in "khoản 2
                    # Điều 6" that number is a label's, so the word is one too
                return "blocked"
        word, at = before[0]
        if not measured and word[0].isupper():
            if _is_acronym(word) or not _sentence_start(text, at):
                return "name"
        return None

    def money_context(self, text: str, start: int) -> bool:
        """True when a money cue occurs shortly before `start` in the same sentence."""
        before = text[max(0, start - MONEY_WINDOW):start]
        cut = max(before.rfind("."), before.rfind("\n"), before.rfind(";"))
        words = [w.lower() for w in WORD_RE.findall(before[cut + 1:])]
        cues = self.lex.money_cues
        return any(
            tuple(words[i:i + k]) in cues for i in range(len(words)) for k in (1, 2, 3)
        )

    # -- the unit ---------------------------------------------------------

    def _longest(self, words: list[str], i: int, table) -> Phrase | None:
        """The longest phrase of `table` starting at `words[i]`, or None."""
        if i >= len(words):
            return None
        lengths = self.first_words[id(table)].get(words[i])
        if lengths is None:
            return None
        for k in lengths:
            key = tuple(words[i:i + k])
            if key in table:
                return key
        return None

    def read_unit(self, text: str, pos: int, words: bool = False) -> Unit | None:
        """The unit written from `pos` on, or None when no noun follows.

        After a numeral in `words`, a unit whose head is not a known head noun
        has at most WORD_UNIT_MAX_SYLLABLES (`cả hai cảm thấy` is not a count),
        and a capitalised head takes the name after it (`hai Bộ Quốc phòng`).
        """
        if pos + 1 >= len(text) or text[pos] != " " or not text[pos + 1].isalpha():
            return self._quoted_unit(text, pos)  # a unit is a word after one space: not "5, ", "5)", "5 6"
        after_former = self._after_former(text, pos)
        if after_former is not None:
            return self.read_unit(text, after_former, words)  # "14 cựu cán bộ" -> "cán bộ"
        quick = self._quick_unit(text, pos)
        if quick is not None:
            return quick
        window = text[pos:pos + UNIT_WINDOW]
        nl = window.find("\n")
        if nl >= 0:
            window = window[:nl]
        toks = unit_tokens(window)
        low = [t.lower() for t in toks]
        heads, stops = self.lex.heads, self.lex.stops
        rated = self._rated(low[0])
        if rated is not None:  # "USD/tấn", "người/km2": a known head and its rate, one token
            n = self._rate_end(low, toks)
            end = 1
            for tok in toks[:n]:
                end = window.index(tok, end) + len(tok)
            return Unit(window[1:end], pos + end, rated)
        first = toks[0]
        if low[0] in self.lex.former and (len(toks) == 1 or toks[1][0].isupper()):
            return self._former_title(window, pos, toks, low)
        if low[0] in self.phrase_starts:
            head_key = self._longest(low, 0, heads)
            head = heads.get(head_key) if head_key else None
            compound = self._longest(low, 0, self.lex.compounds)
            n = max(len(head_key or ()), len(compound or ()), 1)
            own = n  # "36 tuổi đời": the head and its own complement, not the stop "tuổi đời"
            if head is not None and head.complements:
                own = max(n, len(head_key) + len(self._longest(low, len(head_key), head.complements) or ()))
            stop = self._longest(low, 0, stops)
            if stop and len(stop) > (own if head or compound else 0):
                if self._duration_now(text, pos, head, stop):
                    return Unit(toks[0], pos + 1 + len(toks[0]), head)  # "Hơn 2 năm nay": for two years now
                return None  # "2013 đồng thời": a longer stop phrase wins over the head "đồng"
        else:
            head = compound = None
            n = 1
        if head is None and compound is None:
            if not first[0].isalpha() or first[0].isupper() and not _is_acronym(first):
                return None
            if low[0] in self.numeral_words:
                return None  # "4 nghi can hai vụ": another count; "linh", "tư" open nouns ("208 linh mục", "linh kiện")
        if head is not None and head.kind == "classifier":
            n = self._classified(low, toks, n)
        elif head is not None and head.kind == "named":
            n = _proper_name_end(toks, n)
        elif head is not None and head.kind != "noun":
            n = self._complements(low, toks, n, head)
        else:
            # "hai Bộ Quốc phòng": an institution's name; after digits a capitalised
            # head is more often a street ("102 Trường Chinh").
            named = words and head is not None and first[0].isupper()
            limit = UNIT_MAX_SYLLABLES if head or compound or not words else WORD_UNIT_MAX_SYLLABLES
            n = self._run_on(low, toks, n, limit, named)
        end = 1
        for tok in toks[:n]:
            end = window.index(tok, end) + len(tok)
        return Unit(window[1:end], pos + end, head)

    def _after_former(self, text: str, pos: int) -> int | None:
        """Where the unit starts after a dropped `cựu` and one space before a lower-case word, or None."""
        word_end = text.find(" ", pos + 1, pos + 10)  # a former word is short
        if word_end < 0 or text[pos + 1:word_end].lower() not in self.lex.former_dropped:
            return None
        if not text[word_end + 1:word_end + 2].islower():
            return None
        low = [t.lower() for t in unit_tokens(text[pos:pos + UNIT_WINDOW])]
        return None if self._longest(low, 0, self.lex.compounds) else word_end  # "cựu chiến binh": veterans

    def _former_title(self, window: str, pos: int, toks: list[str], low: list[str]) -> Unit | None:
        """After `cựu`/`nguyên` a capitalised title is the unit, the position alone (`2 cựu Bộ trưởng` -> `Bộ
        trưởng`); with no listed title there is no unit: `cựu` is never one (review 16 item 4)."""
        key = self._longest(low, 1, self.lex.former_titles)
        if key is None:
            return None
        start = window.index(toks[1], len(toks[0]) + 1)
        end = start
        for tok in toks[1:1 + len(key)]:
            end = window.index(tok, end) + len(tok)
        return Unit(window[start:end], pos + end, self.lex.former_titles[key])

    def _duration_now(self, text: str, pos: int, head: Head | None, stop: Phrase) -> bool:
        """Whether `N năm nay` ending a number at `pos` is a duration up to now (gold: `Hơn 2 năm nay`, `hơn 13
        năm nay` count years; `suốt 3 hôm nay`, `2 hôm qua`, `2 ngày hôm nay`), not the day-month of a date this
        year (`từ 30-4 đến 3-5 năm nay`)."""
        return head is not None and head.text in self.lex.time_heads and (
            stop[-1] == "nay" or stop[-2:] == ("hôm", "qua")) and DAY_MONTH_END_RE.search(text, max(0, pos - 6), pos) is None

    def _magnitude(self, text: str, start: int, unit: Unit) -> bool:
        """An earthquake's magnitude: `độ Richter`, `richter` alone, or a bare `độ` after `động đất` in its sentence."""
        if unit.text.lower() == "độ":
            return bool(self.richter_after.match(text, unit.end)
                        or self.quake_before.search(text, max(0, start - QUAKE_WINDOW), start))
        return (unit.head is not None and unit.head.text == "độ" and bool(self.richter_after.match(text, unit.end))) \
            or bool(self.richter_unit.fullmatch(unit.text))

    def _noun_before(self, text: str, start: int, nouns: tuple[str, ...]) -> str | None:
        """A noun of `nouns` written right before the amount at `start` (`dân số 14 triệu`, `tuổi từ 05`), or None;
        not a noun that is the unit of a number before it (`trên 55 tuổi 176`)."""
        head = text[max(0, start - UNIT_BEFORE_CHARS):start].rstrip().lower()
        if head.endswith(" từ"):
            head = head[:-3]  # "độ tuổi từ 05 đến 11": a range opened after the noun
        for n in nouns:
            if head.endswith(n) and (len(head) == len(n) or not head[-len(n) - 1].isalnum()):
                before = head[:-len(n)].rstrip()
                return None if before[-1:].isdigit() else n
        return None

    def _quoted_unit(self, text: str, pos: int) -> Unit | None:
        """A quoted name of what is counted after the number at `pos` (`500 “móc khóa an ninh”`), or None."""
        if pos + 1 >= len(text) or text[pos] != " " or text[pos + 1] not in QUOTE_OPENERS:
            return None
        m = self.quoted_unit.match(text, pos + 1)
        if m is None or len(m.group("unit").split()) > QUOTED_UNIT_MAX_SYLLABLES:
            return None
        return Unit(m.group("unit"), m.end(), None)

    def _rated(self, token: str) -> Head | None:
        """The head of a unit written as one token with a rate (`usd/tấn`), else None."""
        base, slash, _ = token.partition("/")
        return self.lex.heads.get((base,)) if slash else None

    def _rate_end(self, low: list[str], toks) -> int:
        """Tokens of a rated unit: the rate noun alone when it is a known head (`đồng/tháng`,
        not `đồng/tháng tùy`) unless it starts a longer one (`tỉnh/thành phố`, `đồng/học sinh`);
        any other noun runs on (`đồng/cổ phiếu`, `đồng/sổ tiết kiệm`)."""
        rest = [low[0].rpartition("/")[2], *low[1:]]
        tables = (self.lex.heads, self.lex.compounds, self.lex.coordinates)
        key = max((self._longest(rest, 0, t) or () for t in tables), key=len)
        head = self.lex.heads.get((rest[0],))
        if len(key) > 1 or head is not None:
            more = self._longest(rest, 1, head.complements) if head is not None else None
            return max(len(key), 1 + len(more or ()))  # "m3/ngày đêm"
        return self._run_on(low, toks, 1, RATE_NOUN_SYLLABLES)

    def _quick_unit(self, text: str, pos: int) -> Unit | None:
        """A fast path for the commonest units: one measure or closed head word
        (`tuổi`, `năm`, `đồng`, `người`) that nothing after it extends.

        Otherwise (None) `read_unit` tokenises the window.
        """
        pieces = text[pos + 1:pos + 1 + QUICK_WINDOW].split(" ", 2)
        word = pieces[0]
        end = len(word)
        while end and word[end - 1] in UNIT_TRAILERS:
            end -= 1
        if end < len(word) and word[end] == ",":
            return None  # a comma may coordinate another noun: "tỉnh, thành phố"
        word = word[:end]
        entry = self.single_heads.get(word.lower()) if word.isalnum() else None
        if entry is None:
            return None
        head, nexts = entry
        if end == len(pieces[0]) and len(pieces) > 1:
            nxt = pieces[1].split("\n", 1)[0]  # "năm nay.\nKhông": the next word is "nay."
            if nxt.lower() in nexts or nxt.rstrip(",.;:)").lower() in nexts:
                return None
            if head.kind == "closed" and nxt[:1].isupper() and not any(c.islower() for c in nxt):
                return None  # an acronym may follow: "trường hợp F1"
        return Unit(word, pos + 1 + end, head)

    def _complements(self, low: list[str], toks, n: int, head: Head) -> int:
        """Extend a measure or closed head by a listed complement or acronyms."""
        key = self._longest(low, n, head.complements)
        if key and key[-1].isdigit() and self._counted(low, n + len(key)):
            key = None  # "120 m 2 làn xe": the 2 counts lanes, no exponent (find.py `_exponent`)
        if key:
            n += len(key)
        elif head.kind == "closed" and not self._title(head):  # "4 Phó Chủ tịch UBND tỉnh": the title alone
            while n < len(toks) and _is_acronym(toks[n]) and not _opens_name(toks, n):
                n += 1
        if head.kind == "closed":
            n = self._coordinated(low, toks, n)
        return n

    def _counted(self, low: list[str], i: int) -> bool:
        """Whether `low[i]` opens a counted unit: a unit_heads.tsv head other than a closed one (`làn`, `lần`)."""
        key = self._longest(low, i, self.lex.heads)
        return key is not None and self.lex.heads[key].kind != "closed"

    def _classified(self, low: list[str], toks, n: int) -> int:
        """Extend a classifier by the noun after it.

        The longest known head or compound is taken whole (`chiếc tàu` in `chiếc tàu vỏ
        thép`, `chiếc xe máy`); otherwise up to CLASSIFIED_SYLLABLES plain
        words (`cây cầu vòm`, `chiếc điều hòa`). A measure is not classified:
        `chiếc đồng hồ` is not money.
        """
        key = self._longest(low, n, self.lex.heads)
        if key and self.lex.heads[key].kind == "measure":
            key = None
        compound = self._longest(low, n, self.lex.compounds)
        if compound and len(compound) > len(key or ()):
            key = compound  # `tấm huy chương Vàng`: the compound is longer than the head `huy chương`
        if key:
            return n + len(key)
        end = n
        while end < len(toks) and end - n < CLASSIFIED_SYLLABLES:
            tok = toks[end]
            if not tok[0].isalpha() or tok[0].isupper() and not _is_acronym(tok):
                break
            if low[end] in self.lex.number_words or self._longest(low, end, self.lex.stops):
                break
            compound = self._longest(low, end, self.lex.compounds)
            if compound and end + len(compound) - n > CLASSIFIED_SYLLABLES:
                break  # `cây dao tự chế` -> `cây dao`: never cut inside a compound
            end += 1
        return end

    def _coordinated(self, low: list[str], toks, n: int) -> int:
        """Take `, cá nhân` after `tập thể` when the comma joins two counted nouns, and
        every further one (`xã, phường, thị trấn`); `và` joins only two nouns
        (`tập thể và cá nhân`, but not `xã, thị trấn và cơ quan`)."""
        joined = False
        while n < len(toks) and low[n] in COORDINATORS:
            if low[n] == "và" and joined:
                break
            paired = self._paired(low, n)
            key = self._longest(low, n + 1, self.lex.coordinates) or paired
            after = n + 1 + len(key) if key else 0
            if not key or after < len(toks) and (toks[after][0].isdigit() or toks[after][0].isupper()
                                                 and toks[after] not in self.lex.org_starts):
                break  # not before a number ("tập thể, 122") or a name ("người, bác sĩ Singh"); an organisation
                # may follow ("22 cán bộ, chiến sĩ Đội Chữa cháy")
            if len(key) == 1 and after < len(low) and low[after] in self.lex.coordinate_not_before.get(key, ()):
                break  # "5 tỉnh, thành lập 3 tổ": the word after makes the syllable a verb (unit_coordinate_pairs.tsv)
            if len(key) == 1 and self._word_goes_on(low, toks, after) and paired != key:
                break  # "dạng đá, thành phần": the syllable starts another word; not a listed pair ("63 tỉnh, thành củng cố")
            if low[n] == "và":
                return after
            joined = True
            n = after
        return n

    def _paired(self, low: list[str], n: int) -> Phrase | None:
        """A coordinate of unit_coordinate_pairs.tsv after the comma at `low[n]` whose partner ends the words before it
        (`thôn, khu phố`, not `dự án, lĩnh vực`)."""
        key = self._longest(low, n + 1, self.lex.coordinate_pairs)
        partners = self.lex.coordinate_pairs[key] if key else ()
        return key if any(n >= len(p) and tuple(low[n - len(p):n]) == p for p in partners) else None

    def _word_goes_on(self, low: list[str], toks, i: int) -> bool:
        """Whether a plain lower-case word that starts no stop phrase is at `toks[i]`."""
        return i < len(toks) and toks[i][0].isalpha() and toks[i][0].islower() and not self._longest(low, i, self.lex.stops)

    def _run_on(self, low: list[str], toks, n: int, limit: int, named: bool = False) -> int:
        """Extend an open head over following nouns until a stop or `limit` syllables.

        A number word ends the unit; so does a place or institution noun
        followed by its name (`3 nam sinh trường THCS X`: where they study).
        `named` reads a unit whose head is written capitalised as a name:
        capitalised words, each with at most one lower-case word after it
        (`Bộ Quốc phòng`, `Bộ trưởng Ngoại giao`).
        """
        compounds, stops = self.lex.compounds, self.lex.stops
        syllables = n
        closed = False  # after a closing word or pair (unit_closing_words.txt, `closes` of the pairs) only a compound goes on
        while n < len(toks) and syllables < limit:
            tok = toks[n]
            if n + 1 < len(toks) and toks[n + 1][0].isdigit() and self.lex.blockers.get((low[n],)) == "block":
                break  # "6 triệu lượt khách năm 2025", "446 huy chương năm 2022": the word takes its own number
            if tok in COORDINATORS:
                m = n if closed else self._coordinated(low, toks, n)
                if m == n:
                    break
                closed = closed or self._paired(low, n) in self.lex.closing  # "8 cán bộ, công chức dính trách nhiệm"
                syllables += m - n - 1
                n = m
                continue
            if not tok[0].isalpha():
                break
            if tok[0].isupper() and not named:
                styled = self._longest(low, n, self.lex.capitalised_nouns)
                if styled:  # "2 dự thảo Nghị quyết": a common noun capitalised by house style goes on
                    n += len(styled)
                    syllables += len(styled)
                    continue
                if not _is_acronym(tok) or _opens_name(toks, n):
                    break  # "3 kỷ lục SEA Games": an acronym opening a name is where the counted thing was won
            if named and tok[0].islower() and not toks[n - 1][0].isupper():
                break  # a name is capitalised words, each with its lower-case tail: "Bộ Quốc phòng"
            if low[n] not in self.phrase_starts:
                if low[n] in self.numeral_stops or closed:
                    break
                n += 1  # the common case: a plain word that starts no stop or compound
                syllables += 1
                continue
            stop = self._longest(low, n, stops)
            key = self._longest(low, n, compounds)
            if closed and not key:
                break
            if stop and (not key or len(key) <= len(stop)):
                if self._acts_as_verb(low, toks, n, stop):
                    break
                key = stop  # "3 giường ngủ", "5 điểm kết nối": the verb names what the thing is for
            place = self._longest(low, n, self.lex.affiliations)
            if place and n + len(place) < len(toks) and toks[n + len(place)][0].isupper():
                break
            step = len(key) if key else 1
            n += step
            syllables += step
            closed = closed or key in self.lex.closing  # "1 khẩu súng tự chế bắn bằng đạn"
        return n

    def _acts_as_verb(self, low: list[str], toks, n: int, stop: Phrase) -> bool:
        """Whether the stop at `toks[n]` ends the unit: every stop does but a use verb (unit_use_verbs.txt), which
        ends it after counted people (`2 công nhân ngủ`); after a thing, a verb whose thing takes modifiers
        (unit_use_verbs_modified.txt) ends it only before what it acts on (unit_verb_complements.txt: `kết nối
        với`; not `3 tàu tuần tra đa năng`), any other before a word of its own (`2 khách tắm biển`, `3 phụ huynh
        ngồi tại`) but not before punctuation or a word closing a name (unit_name_closers.txt: `3 giường ngủ và`)."""
        if stop not in self.lex.use_verbs:
            return True
        people = self.lex.people_heads
        if any(tuple(low[:k]) in people or tuple(low[:k]) in self.lex.titles for k in range(1, n + 1)):
            return True
        after = n + len(stop)
        if after >= len(toks) or not toks[after][:1].isalnum():
            return False
        if stop in self.lex.modified_verbs:
            return low[after] in self.lex.verb_complements
        return low[after] not in self.lex.name_closers

    # -- a whole candidate -------------------------------------------------

    def interpret(self, text: str, cand: Candidate, after_place: bool = False) -> Outcome:
        """Readings of `cand` in `text`, or the reason for none.

        Args:
            text: the normalised article text the candidate was found in.
            cand: a candidate from `find_numbers`.

        Returns:
            One reading, two for a range, or none with a reason
            (`blocked`, `name`, `no_unit`, `ambiguous_word`, `year`, `time`).
        """
        g = cand.groups
        num, num2 = g["num"], g.get("num2")
        if cand.rule == RULE_WORDS and num[:1].isupper() and not _sentence_start(text, cand.start):
            return _nothing("name")  # "dì Mười", "anh Hai hào hiệp": a name, not a number
        if cand.rule == RULE_WORDS and num.lower() in self.lex.ambiguous_words and self.noun_numeral_lead.search(
                text, max(0, cand.start - NOUN_LEAD_CHARS), cand.start):
            return _nothing("ambiguous_word")  # "mỗi năm cuốn trôi": a year, not five
        fraction = cand.rule == RULE_FRACTION
        if fraction and not self._fraction_count(num, num2):
            return _nothing("ratio")
        mag_word, mag1_word, glued = g["mag"], g.get("mag1"), g.get("glued")
        percent = cand.rule == RULE_PERCENT
        measured = percent or bool(glued or mag_word or mag1_word)
        if not measured and "." in num and self.dot_decimal.fullmatch(num):
            return _nothing("time")  # "từ 1.7 ảnh": a dotted day.month; a decimal dot needs "%", a glued unit or "triệu"
        start = cand.start
        qualifier = None
        named = False  # a capitalised word right before: a number in a name, unless a counting noun follows
        named_only = False
        nearest = word_before(text, start)
        if nearest is not None and nearest[0].lower() in self.context_words:
            before = words_before(text, start, BEFORE_WORDS)
            qualifier, start, used = self.hedge(text, start, before)
            # a phrase that only looks like a hedge ends the words that could block ("10GB/tháng trong vòng
            # 18 tháng", "San Diego trong vòng ba tuần")
            if qualifier is None and before[used:] and not used and not after_place:  # "Hải Phòng 271 ca": a place
                why = self._blocked_unless_age(text, before[used:], measured, cand.end)
                if why == "blocked" and (mag_word or mag1_word):
                    why = None  # an amount with its magnitude is no address or name: "Quỹ … huyện 20 triệu đồng"
                if why == "blocked" and self._place_then_measure(text, cand, before[used]):
                    why = None  # "cách trung tâm xã 2 km": a place, then a measure
                if why and why != "name":
                    return _nothing(why)
                named = why == "name"
        else:  # the common case: no hedge or blocker phrase ends in this word
            if start and (text[start - 1] in self.symbols or text[start - 2:start - 1] in self.symbols):
                qualifier, start = self.symbol_hedge(text, start)
            elif start and text[start - 1].isalpha():
                qualifier, start = self.glued_hedge(text, start)
            if qualifier is None and nearest is not None and nearest[0][0].isupper() and not after_place:
                why = self._blocked_unless_age(text, [nearest[:2]], measured, cand.end)
                if why and why != "name":
                    return _nothing(why)
                named = why == "name"
        one_word = cand.rule == RULE_WORDS and not num2 and num.lower() == "một"  # "a/an" unless a rule says count
        if qualifier is None and not one_word and "hỉ " in text[max(0, start - ONLY_REACH):start] and self.only_verb.search(
                text, max(0, start - ONLY_REACH), start):
            qualifier = "chỉ"  # "mới chỉ tăng 2,25%": only, across the verb; not for "một" ("chỉ là một con mèo": a)
        tail = self._tail_value(g.get("tail"), mag_word if num2 else mag1_word or mag_word)
        if num2 or mag_word or mag1_word or not num.isdigit():
            mag = int(self.lex.number_words[mag_word.lower()][0]) if mag_word else 1
            if g.get("half"):
                tail += Decimal(mag) / 2  # "Một tỉ rưỡi": and half a billion
            low = self.number_value(num)
            if mag1_word:  # "4,6 triệu", "3 triệu - 4 triệu": the first number's own magnitude
                mag1 = int(self.lex.number_words[mag1_word.lower()][0])
                low = low * mag1 + (Decimal(mag1) / 2 if g.get("half1") else 0)
            if num2:
                high = self.number_value(num2)
                if not mag1_word and not fraction:
                    low = self._low_end(num, num2, low, high, mag)
                values = [float(low), float(high * mag + tail)]  # "từ 1 đến 2 tỷ 500 triệu": 2.5e9 high
            else:
                values = [float(low * mag + tail)]
        else:
            values = [float(num)]  # plain digits: "478", "07"
        end = cand.end
        read: tuple[Unit | None] | None = None  # the unit, when already read after a name
        if named:
            if glued:
                return _nothing("name")
            counted, read = self._counted_after_name(text, cand)
            if not counted:
                if cand.rule != RULE_DIGITS or cand.groups.get("num2"):
                    return _nothing("name")
                named_only = True  # "Kim Nọi 6 nhà": a count only if "nhà" was just counted
        if percent and self.percent_grade.match(text, end):
            return _nothing("name")  # "gạo 5% tấm": a kind of rice
        if percent or glued:  # a rate keeps its rate as written: "3,3%/năm", "5m/s" (GUIDELINES.md)
            rate = self.percent_rate.match(text, end) if percent else self._rate(text, end, glued)
            written = _percent_sign(g.get("pct", "")) if percent else MONEY_UNIT if glued == MONEY_SIGN else glued
            unit_text = written + (_rate_text(rate) if rate else "")
            end = rate.end() if rate else end
        else:
            unit = read[0] if read is not None else self.read_unit(text, end, cand.rule == RULE_WORDS)
            if unit is None and text.startswith(" trong ", end) and values[0] != 1:  # "1 trong 7": "one of", no count
                unit = self._partitive_unit(text, end, values[0])
            noun = None
            if unit is None:  # "dân số khoảng 1,78 triệu" (an amount), "Ở tuổi 22," (a plain number)
                noun = self._noun_before(text, start, self.lex.units_before if mag_word or mag1_word
                                         else self.lex.units_before_bare)
            if noun is not None:
                unit_text = noun  # "dân số khoảng 1,78 triệu": the noun before names what the amount counts
            elif unit is None:
                if not (mag_word or mag1_word) or not self._money_or_rate(text, cand):
                    return _nothing("no_unit")
                unit_text, end = self._money_unit(text, cand)
            elif (mag_word or mag1_word) and self._money_noun(text, cand.end):
                unit_text, end = MONEY_UNIT, cand.end  # "44.059 tỷ doanh thu thuần": an amount in đồng
            else:
                one = values[0] == 1 and not num2
                if cand.rule == RULE_WORDS and not one and num.lower() in self.lex.ambiguous_words and \
                        not _counting(unit.head, num, self.lex.time_heads):
                    return _nothing("ambiguous_word")
                if cand.rule == RULE_WORDS and (num.lower(), *unit.text.lower().split()[:1]) in self.lex.word_nouns:
                    return _nothing("blocked")  # "ba lô": a backpack
                if cand.rule == RULE_WORDS and self._body_part(unit.text):
                    return _nothing("blocked")  # "chống hai tay lên hông": a body part, not a fact
                if _is_year(num) and not num2 and (unit.head is None or self._title(unit.head)):
                    return _nothing("year")  # "năm 2017 Thủ tướng ..."
                if self._title(unit.head) and self._name_after(text, unit.end):
                    return _nothing("name")  # "ảnh 1 Thủ tướng Nguyễn Xuân Phúc": a title and its holder
                if self._magnitude(text, start, unit):
                    return _nothing("blocked")  # "7,4 độ Richter", "động đất mạnh 5,6 độ": a reading on a scale
                if unit.head is not None and unit.head.text in PERIOD_HEADS and MONTHS_OF_YEAR_RE.match(text, unit.end):
                    return _nothing("time")
                if unit.text.lower() == "tháng" and 2 <= values[0] <= 12 and not num2 and qualifier is None and \
                        self.report_months_after.match(text, unit.end) and \
                        not self.report_months_before.search(text, max(0, start - REPORT_MONTHS_WINDOW), start):
                    return _nothing("time")  # "Xuất khẩu nông sản 9 tháng đạt 29,54 tỷ USD": the report's period
                if unit.text.lower() in YEAR_PART_UNITS and values[0] > 1 and not num2 and \
                        OF_THE_YEAR_RE.match(text, unit.end):
                    return _nothing("time")  # "Tính chung 7 tháng của năm nay", "3 quý của năm 2014": a date's period
                if unit.head is not None and unit.head.text in ("ngày", "đêm") and unit.text[0].isupper() \
                        and DAY_MONTH_AFTER_RE.match(text, unit.end):
                    return _nothing("time")  # "Đạ Huoai 3 Đêm 12/8 đến rạng sáng": the next sentence's date
                if unit.head is None and text[start - 2:start] in ("- ", "– ") and NAME_DASH_RE.search(
                        text, max(0, start - LONGEST_WORD), start):
                    return _nothing("name")  # "Covid - 19 diễn biến": a name's number; "Hà Nội - 5 người" counts
                if unit.head is not None and unit.head.text == "giờ" and self._clock(
                        text, cand.start, unit.end, values, num2, fraction):
                    return _nothing("time")
                if unit.head is not None and unit.head.text in ("giờ", "phút") and self.ago_stamp.match(text, unit.end) \
                        and (start == 0 or text[start - 1] == "\n"):
                    return _nothing("time")  # "4 giờ trước" under a headline: when the page was posted
                if one and self.one_some.match(unit.text):
                    return _nothing("blocked")  # "1 số tỉnh": some
                if self._grade(text, cand.start, unit.text):
                    return _nothing("blocked")  # "khách sạn 4-5 sao": a hotel class, not a count
                values, unit_text, end = self._unit_tail(text, unit, values)
        if qualifier and self.comparatives.fullmatch(qualifier):
            if self.above_sea.match(text, end) or self.height_hedge.fullmatch(qualifier) and \
                    self.height_units.fullmatch(unit_text):
                qualifier = qualifier.split()[-1]  # "cao hơn 2.700m so với mực nước biển": more than
            elif self.difference.match(text, end) or self.level_comparatives.fullmatch(qualifier):
                qualifier = None  # "ít hơn 15 vụ so với năm trước", "thấp hơn 3-4 độ": a difference, not a hedge
        if qualifier in self.lex.age_hedges and not self.age_after.match(text, cand.end):
            qualifier, start = None, cand.start  # "Ngoài 6 nguồn kinh phí nêu trên": besides; "ngoài 80 tuổi": over
        if cand.rule == RULE_WORDS and num.lower() == HALF and not (mag_word or qualifier):
            return _nothing("ambiguous_word")  # "nửa đêm" (midnight), "một nửa độ dài": half of, no amount
        tentative = (cand.rule == RULE_WORDS and values[0] == 1 and not num2
                     and not (qualifier and self.one_hedged.fullmatch(qualifier)))
        if len(values) == 1:
            return Outcome((Reading(NumberValue(values[0], unit_text, qualifier), start, end, tentative, named_only),))
        if fraction:  # "12/12 chỉ tiêu" is one fact twice
            return Outcome(tuple(Reading(NumberValue(v, unit_text, qualifier), start, end) for v in dict.fromkeys(values)))
        return Outcome((Reading(NumberValue(values[0], unit_text, qualifier, values[1]), start, end, tentative),))

    def _unit_tail(self, text: str, unit: Unit, values: list[float]) -> tuple[list[float], str, int]:
        """The values, the unit as written and its end once what may follow a read unit is taken in: a race time's
        hundredths, a measure's half, money per amount lent, a measure's rate or money per thing spelled out."""
        unit_text, end = unit.text, unit.end
        if unit.head is not None and unit.head.text == SECONDS and len(values) == 1:
            cs = self.hundredths.match(text, end)  # "15 giây 44": a race time, 15.44 s
            if cs and self.read_unit(text, cs.end()) is None:
                values, end = [values[0] + int(cs.group("cs")) / 100], cs.end()
        if unit.head is not None and unit.head.kind == "measure" and (half := self.half_after.match(text, end)):
            values, end = [*values[:-1], values[-1] + 0.5], half.end()  # "hơn 1 năm rưỡi": 1.5 years
        if unit_text == MONEY_UNIT and (per := self.money_per_amount.match(text, end)):
            unit_text, end = unit_text + per.group(), per.end()  # "3.000 đồng/1 triệu đồng/ngày": interest
        elif unit.head is not None and unit.head.kind == "measure" and text.startswith("/", end):
            rate = self._rate(text, end, unit_text)  # "10 - 30 mm/24 giờ": the token stopped at the digits
            if rate:
                unit_text, end = unit_text + _rate_text(rate), rate.end()
        elif unit_text == MONEY_UNIT and (spelled := self.spelled_rate.match(text, end)):
            unit_text, end = unit_text + spelled.group(), spelled.end()  # "160.000-170.000 đồng một kg"
        return values, unit_text, end

    def _place_then_measure(self, text: str, cand: Candidate, word: tuple[str, int]) -> bool:
        """Whether a number after a lower-case place noun (unit_affiliations.txt: `xã`, `huyện`) measures a distance, an
        area or an amount (`cách trung tâm xã 2 km`), not numbering the place (`xã 2`, `phường 1`, `thôn 25 người`)."""
        if not word[0].islower() or (word[0],) not in self.lex.affiliations or cand.rule != RULE_DIGITS:
            return False
        unit = self.read_unit(text, cand.end)
        head = unit.head if unit is not None else None
        return head is not None and head.kind == "measure" and head.text not in self.lex.time_heads and unit.text[0].islower()

    def _grade(self, text: str, start: int, unit: str) -> bool:
        """Whether `unit` grades the thing named just before the number (number_rating_units.tsv)."""
        contexts = (self.lex.ratings or {}).get(unit.lower())
        if not contexts:
            return False
        window = text[max(0, start - RATING_WINDOW):start].lower()
        return any(c in window for c in contexts)

    def _title(self, head: Head | None) -> bool:
        """Whether a unit head is an official position (titles.tsv)."""
        return head is not None and phrase_of(head.text) in self.lex.titles

    def _name_after(self, text: str, end: int) -> bool:
        """Whether a person's name (a family name, then a capitalised word) starts right after `end`."""
        words = text[end:end + 2 * LONGEST_WORD].split(maxsplit=2)
        return len(words) > 1 and words[0] in self.lex.surnames and words[1][:1].isupper()

    def _counted_after_name(self, text: str, cand: Candidate) -> tuple[bool, tuple[Unit | None] | None]:
        """Whether a number after a capitalised word still counts (`huyện Lệ Thủy 12.361 nhà`,
        `Trịnh Bá Phương 10 năm tù`): digits grouped in thousands (a range's too), or a measure, closed or
        classifier head right after (`Quân khu 9`, `Pixel 5 có` stay names). Also returns
        the unit when it was read, so it is not read twice."""
        if cand.rule not in (RULE_DIGITS, RULE_RANGE):
            return False, None
        if "." in cand.groups["num"]:
            return True, None  # "giống Thái Lan 160.000-170.000 đồng một kg" (blind-s27-e-004): a range too
        if cand.groups.get("num2"):
            return False, None
        unit = self.read_unit(text, cand.end)
        if unit is None or unit.head is None or unit.head.kind not in NAMED_COUNT_KINDS:
            return False, None
        if unit.head.text == "ngày" and DAY_MONTH_AFTER_RE.match(text, unit.end):
            return False, None  # "SEA Games 31 ngày 13/5": the name's number, then the date
        # "thôn Đồi 2 xã Ngọc Lương": a place word after a name is the next address part
        return unit.head.kind != "closed" or self.lex.blockers.get(phrase_of(unit.head.text)) != "block", (unit,)

    def _body_part(self, unit: str) -> bool:
        """Whether a unit names a body part (`tay`, `tay xuôi`), not a compound (`tay đua`)."""
        words = unit.lower().split()
        if tuple(words) in self.lex.compounds or tuple(words) in self.lex.heads:
            return False
        return any(tuple(words[:k]) in self.lex.body_parts for k in (1, 2))

    def _fraction_count(self, num: str, num2: str) -> bool:
        """Whether `num/num2` counts num2 things (not a ratio, a year or a part larger than the whole)."""
        part, whole = self.number_value(num), self.number_value(num2)
        if _is_year(num2) or part > whole:
            return False
        return whole >= FRACTION_MIN_WHOLE or part == whole

    def _low_end(self, num: str, num2: str, low: Decimal | int, high: Decimal | int, mag: int) -> Decimal | int:
        """The lower end of a range, with the multiplier written only on the upper end.

        `230-250 triệu` -> 230 000 000; `250-280.000 đồng/kg` -> 250 000 (the thousands
        written on the upper end only); `từ 750.000 - 1 triệu đồng` -> 750 000 (written out
        in full, larger than the upper's bare number).
        """
        if low > high:
            return low
        if mag == 1 and "." in num2 and "." not in num and "," not in num:
            scale = 1000 ** num2.count(".")
            if low * scale <= high < low * scale * 10:
                return low * scale
        return low * mag

    def _lasting(self, text: str, start: int, hours: str) -> bool:
        """Whether a verb or preposition of duration is right before `hours` at `start` (numbers.yaml lasting); "sau 21
        giờ" (after 9 pm) is a time of day: an evening hour after "sau" is no duration."""
        m = self.lasting.search(text, max(0, start - CLOCK_LEAD_CHARS), start)
        if m is None:
            return False
        evening = hours.isdigit() and CLOCK_HOURS[0] <= int(hours) <= CLOCK_HOURS[1]
        return not (evening and m.group().lower().startswith("sau"))

    def _clock(self, text: str, start: int, end: int, values: list, num2: str | None, fraction: bool) -> bool:
        """Whether `N giờ` from `start` to `end` is a time of day, no count of hours.

        "4 giờ ngày 4/9", "9 giờ sáng", "21 giờ", "từ 12 giờ đến hết ngày 18-10", "Từ 6 giờ đến 22 giờ"
        (both ends), "Đúng 11 giờ,", a window of evening hours "từ 19-22 giờ", and "24/24 giờ"
        (round the clock, like "24/7": GUIDELINES.md).
        """
        if fraction:
            return values[0] == values[-1] == 24
        if text.startswith(" đồng hồ", end):
            return False  # "đúng 12 giờ đồng hồ": hours
        half = self.half_after.match(text, end)  # "9 giờ rưỡi tối": the time reads on past the half
        after = self.clock_after.match(text, half.end() if half else end)
        if not num2 and (after is None or _digit_after(text, end)) and self._lasting(text, start, text[start:end].split()[0]):
            return False  # "kéo dài 4 giờ 20 phút", "sau 3 giờ 11 phút": hours; not "sau 12 giờ đêm"
        lead = max(0, start - CLOCK_LEAD_CHARS)
        if after or self.clock_before.search(text, lead, start) or \
                half and self.clock_half_before.search(text, lead, start):  # "trước 8 giờ rưỡi"
            return True
        if num2:
            return all(v.is_integer() and CLOCK_HOURS[0] <= v <= CLOCK_HOURS[1] for v in map(float, values))
        hours = float(values[0])
        return hours.is_integer() and CLOCK_HOURS[0] <= hours <= CLOCK_HOURS[1]

    def _tail_value(self, tail: str | None, head_word: str | None) -> Decimal | int:
        """The smaller parts after an amount's magnitude: " 560 triệu" after "1 tỷ" is 560e6; 0 when none."""
        if not tail or not head_word:
            return 0
        words = tail.split()
        total, above = 0, int(self.lex.number_words[head_word.lower()][0])
        for num, word in zip(words[::2], words[1::2]):
            size = 100 if word.lower() == "trăm" else int(self.lex.number_words[word.lower()][0])
            if size >= above:
                return 0  # no smaller part: the value is the head's alone, though the span covers the tail
                # (none of the 5 tails on the bench is of this kind)
            total += int(num) * size
            above = size
        return total

    def _money_noun(self, text: str, end: int) -> bool:
        """Whether the words after a magnitude word name what an amount of money is (`tỷ doanh thu`)."""
        words = tuple(WORD_RE.findall(text[end:end + 24].lower()))
        return words[:2] not in self.lex.not_money_nouns and any(words[:k] in self.lex.money_nouns for k in (1, 2, 3))

    def _partitive_unit(self, text: str, end: int, part: float) -> Unit | None:
        """The unit of the whole after `N trong (số) M`, ending at `end` (the part's span is the number); none
        when the whole is smaller or a time frame ("ca bệnh 2899 trong 14 ngày", "31.758 trong 24 giờ qua")."""
        m = self.partitive.match(text, end)
        if m is None or part > self.number_value(m.group("whole")):
            return None
        whole = self.read_unit(text, m.end())
        if whole is None or whole.head is not None and whole.head.text in self.lex.time_heads:
            return None
        return Unit(whole.text, end, whole.head)

    def _rate(self, text: str, end: int, unit: str) -> regex.Match[str] | None:
        """The rate written at `end` after `unit` (`/tấn`, `/24h`, `/3 kg`), or None: a part of a whole of
        the same unit (`222ha/240ha`) or an amount per amount (`đồng/1 tỷ đồng`) is no rate."""
        rate = RATE_RE.match(text, end)
        if rate is None or not rate.group()[1:].lstrip()[:1].isdigit():
            return rate
        per = rate.group().split("/")[1].lstrip("0123456789 ").lower()
        if per == unit.lower() or self.lex.number_words.get(per, (0, ""))[1] == "magnitude":
            return None
        return rate

    def _money_or_rate(self, text: str, cand: Candidate) -> bool:
        return text.startswith("/", cand.end) or self.money_context(text, cand.start) or \
            self._money_paragraph(text, cand.start)

    def _money_paragraph(self, text: str, start: int) -> bool:
        """Whether the last amount of the paragraph before a bare amount that writes what it counts is money in `đồng`
        (`223,82 triệu đồng. Trong đó, Hội đã chi 146,8 triệu; gửi tiết kiệm 50 triệu`, blind-s27-d-022); not after
        a count (`13 triệu lượt khách … đạt con số 13 triệu`, blind-s15-d-029)."""
        last = None
        for last in self.amount_written.finditer(text, text.rfind("\n", 0, start) + 1, start):
            pass
        return last is not None and last.group("what").lower() == MONEY_UNIT

    def _money_unit(self, text: str, cand: Candidate) -> tuple[str, int]:
        """`đồng`, or `đồng/tháng` for a rate written `triệu/tháng`."""
        rate = self._rate(text, cand.end, MONEY_UNIT)
        if rate:
            return MONEY_UNIT + _rate_text(rate), rate.end()
        return MONEY_UNIT, cand.end


def _rate_text(rate: regex.Match[str]) -> str:
    """A rate as part of a unit, without a space after its slash: `/ năm` -> `/năm`."""
    return rate.group().replace("/ ", "/")


def _counting(head: Head | None, word: str, time_heads: frozenset[str]) -> bool:
    """A head strong enough to read an ambiguous word as a number (`ba tỉnh`, not `năm ngành`): a measure, closed
    or classifier head, or a counting noun after a numeral that is no time word itself (`ba cán bộ`, `tối đa ba cầu
    thủ`; but `năm doanh nghiệp` may be a year's)."""
    if head is None:
        return False
    return head.kind in ("measure", "closed", "classifier") or head.kind == "noun" and word.lower() not in time_heads


def unit_tokens(window: str) -> list[str]:
    """The words and punctuation marks of `window`, up to the first mark that ends a unit.

    Plain words are split on spaces (fast); only pieces with punctuation or
    joiners go through `TOKEN_RE` (`thể,` -> `thể` `,`; `Covid-19` stays one).
    """
    out: list[str] = []
    for piece in window.split(" ", UNIT_MAX_TOKENS):
        if piece.isalnum():
            out.append(piece)
            continue
        if not piece:
            continue
        toks = TOKEN_RE.findall(piece)
        out += toks
        if [t for t in toks if t != "," and not t[0].isalnum()]:
            break
    return out


def word_before(text: str, pos: int) -> tuple[str, int, bool] | None:
    """The word right before `pos` across spaces only, as (word, start, clean).

    `clean` is False when punctuation is glued to the word's left
    (`tượng.Hơn`): no word further left belongs to the same phrase.
    """
    if pos == 0 or text[pos - 1] != " ":
        return None
    j = pos - 1
    while j and text[j - 1] == " ":
        j -= 1
    lo = max(0, j - LONGEST_WORD)
    k = text.rfind(" ", lo, j) + 1 or lo
    word = text[k:j]
    if word.isalnum():
        return word, k, True
    tail = ALNUM_TAIL_RE.search(word)
    return (tail.group(), k + tail.start(), False) if tail else None


def words_before(text: str, pos: int, n: int) -> list[tuple[str, int]]:
    """Up to `n` words right before `pos`, nearest first, as (word, start).

    Only words separated by spaces count: punctuation between ends the run
    (`185 tập thể, 122`: no word is right before 122).
    """
    out: list[tuple[str, int]] = []
    while len(out) < n:
        found = word_before(text, pos)
        if found is None:
            break
        word, pos, clean = found
        out.append((word, pos))
        if not clean:
            break
    return out


def _sentence_start(text: str, pos: int) -> bool:
    """True when only spaces separate `pos` from a sentence or clause opening."""
    i = pos - 1
    while i >= 0 and text[i] == " ":
        i -= 1
    return i < 0 or text[i] in SENTENCE_ENDS


def _is_year(num: str) -> bool:
    return len(num) == 4 and num.isdigit() and YEAR_RANGE[0] <= int(num) <= YEAR_RANGE[1]


def _digit_after(text: str, pos: int) -> bool:
    rest = text[pos:pos + 4].lstrip()
    return bool(rest) and rest[0].isdigit()
