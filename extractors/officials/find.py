"""Find the pieces of official mentions: names, cues and the extent of titles.

Nothing here decides who is a person; `interpret.py` links the pieces.

- `find_names`: a surname and 1-3 capitalised syllables (`Nguyễn Đình Trung`),
  split off a place written before it (`Tỉnh ủy Đắk Lắk Nguyễn Đình Trung`); its surnames
  and `find_known_names`' listed names come from one scan (`scan_names`).
- `find_cues`: ranks, title heads and honorifics (`Trung tướng`, `Thứ trưởng`, `ông`).
- `find_title_end`: where a title's organisation ends (`Thứ trưởng` + `Bộ Công an`).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Container

import regex

from vnie.extractors.base import Candidate
from vnie.extractors.normalise import lower_view
from vnie.extractors.officials.lexicon import KOREAN, NAME_CUES, PREFIXES, SURNAME, Lexicon

# Lower-case syllables taken after a capitalised one as the rest of its word
# ("Công an", "Chống tham"): 1 keeps verbs out ("Bộ Công an | chủ trì"); calibrated on
# the gold titles.
CAP_TAIL_MAX = 1
# A stretch of lower-case words inside an organisation ("Trung tâm Phát triển | quỹ đất |
# tỉnh Yên Bái") is taken only when something organisation-like follows it; the longest
# in the gold has 9 syllables ("Ban Chỉ đạo thực hiện phong trào ... Tổ quốc"), the bench 11 ("Tổ trưởng tổ |
# công tác tuần tra kiểm soát xử lý vi phạm giao thông | của Phòng PC67"; 14 changed no other title there).
LOWER_RUN_MAX = 14
# A lower-case stretch right before a name or cue ends a title only when this short
# ("trưởng đoàn thanh tra - ông ...", "tài xế xe tải Võ Văn Quý").
END_RUN_MAX = 2
# Longest lower-case stretch taken after a head that needs an object ("Cục Kiểm soát |
# hoạt động bảo vệ môi trường"); the stop words end it before that as a rule.
OPEN_RUN_MAX = 6
# A lower-case stretch closed by a dash or comma and a verb is taken up to this length
# ("Công ty cổ phần VTC truyền | thông trực tuyến | - được ra tù").
CLAUSE_RUN_MAX = 4
# How far after a surname a capitalised "Ông"/"Bà" + capitalised word (`name_break`) ends a name the name
# pattern refused ("Võ Văn Hoan Ông Võ Văn Hoan": a caption glued to the sentence after it); a name is shorter.
NAME_BREAK_WINDOW = 40
# Longest bracket looked into after a name or inside a title, in characters
# ("(SN 1986, trú tại phường Đại Phúc, TP Bắc Ninh, tỉnh Bắc Ninh)" is 62).
PAREN_MAX = 160

# What goes on with a title after a term written inside it, the term left out: "Trưởng đoàn đại biểu Quốc hội
# khóa XIII | của tỉnh Bình Thuận", "Trưởng đoàn Đại biểu Quốc hội khóa XIV | đơn vị thành phố Đà Nẵng".
TERM_GOES_ON = ("của ", "đơn vị ")
CAP, TAIL, LOWER, HEAD, UNIT, PLACE, NOUN = "cap", "tail", "lower", "head", "unit", "place", "noun"
# The lower-case object of a head that needs one ("Cục Quản lý | nợ | và tài chính đối ngoại").
OPEN = "open"
# Clause punctuation that may close a lower-case organisation name after a bare
# organisation head ("Tổng cục | giáo dục nghề nghiệp | .").
CLAUSE_END = ".;:)\n"
_SPACES = regex.compile(r"\s+")


def scan_names(text: str, lex: Lexicon) -> tuple[list[tuple[int, int]], list[tuple[int, int, str]]]:
    """One pass of `lex.names` over `text`: the surname hits as (end, length) and the well-known
    name hits as (end, length, kind), `end` the inclusive end in `" " + text`, in text order."""
    surnames: list[tuple[int, int]] = []
    known: list[tuple[int, int, str]] = []
    for end, (length, kind) in lex.names.iter(" " + text):
        if kind == SURNAME:
            surnames.append((end, length))
        else:
            known.append((end, length, kind))
    return surnames, known


def find_names(text: str, lex: Lexicon, hits: list[tuple[int, int]] | None = None) -> list[Candidate]:
    """Surname-initial capitalised names in `text`, without context checks.

    Args:
        text: the normalised article text.
        lex: the compiled lexicon.
        hits: the surname hits of `scan_names`, when already read.

    Returns:
        One candidate per name span, rule `officials.name`.
    """
    names: list[Candidate] = []
    last_end = -1
    for end, length in scan_names(text, lex)[0] if hits is None else hits:
        # `end` is the inclusive index, in " " + text, of the space after the surname.
        start = end - 1 - length
        if start < last_end or end >= len(text) or not text[end].isupper():
            continue  # a name goes on with a capitalised syllable after the surname's space
        if text[start:end - 1] not in lex.main_surnames and _word_at(text, end) in lex.main_surnames:
            continue  # "trường Sen Vàng | Phạm Thị Tân": a common word before a surname
        if text.startswith("Đoàn ", start) and lex.union_lead.search(text, max(0, start - 12), start):
            continue  # "Trung ương Đoàn | Lê Quốc Phong": the Youth Union, the name after it
        m = lex.name.match(text, start)
        if m is None and (h := lex.name_break.search(text, start, start + NAME_BREAK_WINDOW)) is not None:
            m = lex.name.match(text, start, h.start())  # "Võ Văn Hoan | Ông Võ Văn Hoan cho biết": a caption's name
        if m is not None:
            names.append(Candidate(_thi_start(text, start, last_end, lex), m.end(), "officials.name"))
            last_end = m.end()
    return names


def _thi_start(text: str, start: int, last_end: int, lex: Lexicon) -> int:
    """`start`, or the start of the syllable before "Thị" right before it: "Thị" is a woman's
    middle name, so the capitalised syllable before it is her surname, listed or not
    ("bà Văn Thị | Bạch Tuyết", "Ngần Thị | Thu Hà")."""
    if start < 6 or text[start - 5 : start] != " Thị " or start - 5 <= last_end:
        return start
    word = text.rfind(" ", 0, start - 5) + 1
    if word <= last_end or not _is_cap(text[word : start - 5]) or lex.vn_word.fullmatch(text, word, start - 5) is None:
        return start
    return word


def clause_cut(text: str, start: int, end: int, lex: Lexicon) -> int:
    """`end`, or the end of the syllable before the last when the last one opens the next
    clause ("ông Jeremy Corbyn | Hơn 40.000 điểm", "Ông Dương Công Minh | Để củng cố"):
    a word of `official_name_clause_openers.txt` followed by a word or a number,
    where the name without it is written alone elsewhere in the article (so "Ngô Bội Từ hiện
    tại" and "ông Nguyễn Văn Để đi" keep their given name)."""
    last = text.rfind(" ", start, end)
    if last < 0 or text[end : end + 1] != " " or text[last + 1 : end].casefold() not in lex.clause_openers:
        return end
    if not text[end + 1 : end + 2].isalnum():  # "Nguyễn Văn Để (76 tuổi" keeps its given name
        return end
    return last if _written_alone(text, text[start:last]) else end


def _written_alone(text: str, name: str) -> bool:
    """Whether `name` is written somewhere not followed by another capitalised word
    ("Nguyễn Văn" only ever opens longer names: no)."""
    at = text.find(name)
    while at >= 0:
        after = text[at + len(name) : at + len(name) + 2]
        if not (after[:1] == " " and after[1:].isupper()) and not after[:1].isalpha():
            return True
        at = text.find(name, at + 1)
    return False


def honorific_skip(text: str, start: int, end: int, lex: Lexicon) -> int:
    """`start`, or where the name starts after the foreign honorifics opening it
    ("Mr | Jeong Hyung-gon", "Samdech Techo | Hun Sen"; official_honorifics.tsv, kind foreign)."""
    while True:
        space = text.find(" ", start, end)
        if space < 0 or text[start:space].rstrip(".").casefold() not in lex.foreign_honorifics:
            return start
        start = space + 1


def _word_at(text: str, pos: int) -> str:
    """The word starting at `pos` (up to the next space)."""
    stop = text.find(" ", pos)
    return text[pos:] if stop < 0 else text[pos:stop]


def find_cues(text: str, lex: Lexicon) -> list[Candidate]:
    """Ranks, title heads and honorifics, leftmost-longest, case-insensitive.

    `groups["kind"]` says which (rank, position, occupation, honorific), `groups["head"]`
    the head as written (without a `nguyên`/`cựu` prefix).
    """
    low = lower_view(text)
    n = len(text)
    hits = []
    for end, (length, kind) in lex.cues.iter(" " + low):
        if kind in NAME_CUES:
            end -= 1  # the key's trailing space
        start = end - length  # (end + 1) - 1 for the prepended space, minus the word
        stop = end
        if stop < n and (text[stop].isalnum() or unicodedata.combining(text[stop])):
            continue
        if kind in NAME_CUES and not (stop + 1 < n and text[stop] == " " and text[stop + 1].isupper()):
            continue  # only a capitalised word after it can be a name ("ông Hùng", not "ông bà")
        hits.append((start, -stop, kind))
    hits = _drop_word_ends(text, hits)
    hits.sort()
    cues: list[Candidate] = []
    last = -1
    for start, neg_stop, kind in hits:
        stop = -neg_stop
        if start < last:
            continue
        last = stop
        word = text[start:stop]
        first, _, rest = word.partition(" ")
        head = rest if rest and first.casefold() in PREFIXES and kind not in NAME_CUES else word
        if head is rest and _inside_word(text, start):
            start, word = start + len(first) + 1, rest  # "Chính quyền | Tổng thống Joe Biden"
        cues.append(Candidate(start, stop, f"officials.cue.{kind}", {"kind": kind, "head": head}))
    return cues


# Lower-case syllables that make a deputy or a general of the capitalised head after them
# ("phó Chủ tịch", "tổng Thanh tra"), unlike the end of a word ("chức vụ Trưởng Ban").
HEAD_MODIFIERS = frozenset({"phó", "tổng", *PREFIXES})


def _drop_word_ends(text: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """Hits without those whose lower-case first syllable ends the word before and whose
    capitalised second syllable starts another hit: "chức vụ Trưởng Ban" and "giữ chức vụ
    Phó Bí thư" are "Trưởng Ban" and "Phó Bí thư", not "Vụ trưởng" and "Vụ phó"; "trở thành Ủy
    viên" is "Ủy viên"."""
    starts = None
    out = []
    for hit in hits:
        start = hit[0]
        if text[start].islower():
            space = text.find(" ", start, -hit[1])
            if space > start and text[space + 1 : space + 2].isupper():
                starts = starts if starts is not None else {h[0] for h in hits}
                if space + 1 in starts and text[start:space].casefold() not in HEAD_MODIFIERS:
                    continue
        out.append(hit)
    return out


# Words whose second syllable is a prefix of a title ("quyền"): "Chính quyền Tổng thống Joe Biden".
PREFIX_WORDS = frozenset({"chính quyền", "nhân quyền", "chủ quyền", "thẩm quyền", "ủy quyền", "trao quyền"})


def _inside_word(text: str, start: int) -> bool:
    """Whether the prefix at `start` is the second syllable of a word (PREFIX_WORDS)."""
    before = text.rfind(" ", 0, max(0, start - 1)) + 1
    stop = text.find(" ", start)
    return text[before:stop].casefold() in PREFIX_WORDS


def skip_spaces(text: str, pos: int) -> int:
    """The first position at or after `pos` that is not a space or tab."""
    n = len(text)
    while pos < n and text[pos] in " \t":
        pos += 1
    return pos


def _is_cap(word: str) -> bool:
    return word[:1].isupper() or (word[:1].isdigit() and any(c.isalpha() for c in word))


def _role_at(text: str, pos: int, lex: Lexicon) -> tuple[str | None, int]:
    """The organisation-word role of the one- or two-syllable word at `pos`, and its end."""
    first = lex.token.match(text, pos)
    if first is None:
        return None, pos
    q = skip_spaces(text, first.end())
    second = lex.token.match(text, q) if q > first.end() else None
    if second is not None:
        pair = first.group() + " " + second.group()
        if pair in lex.org_word_role:
            return lex.org_word_role[pair], second.end()
        if pair in lex.org_triple_starts:  # "tổ dân | phố"
            q = skip_spaces(text, second.end())
            third = lex.token.match(text, q) if q > second.end() else None
            triple = f"{pair} {third.group()}" if third is not None else ""
            if triple in lex.org_word_role:
                return lex.org_word_role[triple], third.end()
    return lex.org_word_role.get(first.group()), first.end()




def _continues_org(text: str, pos: int, lex: Lexicon, stops: Container[int], count: int = 0,
                   joins: bool = False) -> bool:
    """Whether what follows `pos` reads as more organisation, or as the end of a title.

    More organisation: a capitalised word, a bracket, a unit word and a place
    (`xã Quảng Yên`), a comma or dash and an organisation head; with `joins` (a capitalised organisation read
    already), a connector and lower-case words that go on so (`_joined_lower_goes_on`). The end of a title:
    a name or another cue next, maybe after a comma or dash (`trưởng đoàn thanh tra - ông ...`).
    """
    q = skip_spaces(text, pos)
    if q >= len(text) or text[q] == "\n":
        return False
    if q in stops:
        # Right before a name ("tài xế xe tải | Võ Văn Quý"), not before another capitalised
        # title: "tặng Đại sứ Lào | bức ảnh | Chủ tịch Hồ Chí Minh".
        return count <= END_RUN_MAX and not (text[q].isupper() and title_head_at(text, q, lex))
    m = lex.token.match(text, q)
    if m is None:
        return False
    word = m.group()
    if lex.stop.match(text, q):
        return False
    if _is_cap(word) or word == "(":
        return True
    if word in "-–—,":
        nq = skip_spaces(text, m.end())
        return (nq in stops and count <= END_RUN_MAX) or lex.org_head.match(text, nq) is not None
    role, role_end = _role_at(text, q, lex)
    if role == "numbered":  # "Đội trưởng đội đo đạc | số 1": a numbered unit ends the name
        number = lex.token.match(text, skip_spaces(text, role_end))
        return number is not None and number.group().isdigit()
    if role == "noun":  # "BV đa | khoa tỉnh Hòa Bình": the noun goes on if the organisation does
        return count < LOWER_RUN_MAX and _continues_org(text, role_end, lex, stops, count + 1)
    if role == "connector":  # "... bà mẹ trẻ em | và Kế hoạch hóa gia đình"
        return not lex.stop.match(text, q) and (_cap_next(text, role_end, lex, stops)
                                                or (joins and _joined_lower_goes_on(text, role_end, lex, stops, count)))
    if role != "locality":
        return False
    nq = skip_spaces(text, role_end)
    nm = lex.token.match(text, nq)
    return nm is not None and _is_cap(nm.group())


def _joined_lower_goes_on(text: str, pos: int, lex: Lexicon, stops: Container[int], count: int = 0) -> bool:
    """Whether a lower-case stretch after a connector ending at `pos` goes on as more organisation: a company's
    trade written in lower case before its name, "Công ty CP đầu tư | và | xây dựng | Bình Minh" (corpus/gold
    blind-s30-d-015, s31-d-015)."""
    run_end, n = _lower_run(text, skip_spaces(text, pos), lex, stops)
    return n > 0 and count + n < LOWER_RUN_MAX and _continues_org(text, run_end, lex, stops, count + n)


def _has_cap(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word stands in [start, end): the organisation has a name of its own ("Công ty CP")."""
    return any(w[:1].isupper() for w in text[start:end].split())


def title_head_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a title head ("Chủ tịch", "Bộ trưởng Ngoại giao") starts at `pos`."""
    words = [w.rstrip(".,;:!?)") for w in text[pos : pos + 40].split(None, 4)[:4]]  # "đồng chí | Tổng Bí thư."
    return any(" ".join(words[:k]).casefold() in lex.title_kind for k in range(1, len(words) + 1))


def _ends_clause(text: str, pos: int, lex: Lexicon) -> bool:
    """A dash or comma and then a verb after `pos`: "... VTC truyền thông trực tuyến - được ra tù"."""
    q = skip_spaces(text, pos)
    if q >= len(text) or text[q] not in "-–—,":
        return False
    return lex.stop.match(text, skip_spaces(text, q + 1)) is not None


def _lower_run(text: str, pos: int, lex: Lexicon, stops: Container[int] = ()) -> tuple[int, int]:
    """End and length of the run of plain lower-case words from `pos` (no stop, no role word);
    a word glued by a dash to a cue ends it at the dash ("chi bộ-Trưởng thôn")."""
    end, count = pos, 0
    while count < LOWER_RUN_MAX:
        q = skip_spaces(text, end)
        m = lex.token.match(text, q)
        compound = lex.compounds.match(text, q)
        if compound is None and m is not None and m.group() in lex.org_lower_starts:
            compound = lex.org_lower.match(text, q)
        if compound is not None:  # "việc làm", "hàng không", "bạn đọc": a stop word inside a word
            end, count = compound.end(), count + 1
            continue
        if m is None or not m.group()[:1].islower() or lex.stop.match(text, q):
            break
        glued = _glued_cue(text, q, m.end(), stops) if stops else None
        if glued is not None:
            return (glued, count + 1) if glued > q else (end, count)
        if _role_at(text, q, lex)[0] is not None:
            break
        end, count = m.end(), count + 1
    return end, count


def _lower_start(text: str, q: int, lex: Lexicon) -> bool:
    """Whether a lower-case word at `q` may open an organisation's lower-case noun (official_org_lower_words.txt)."""
    m = lex.token.match(text, q)
    return m is not None and m.group()[:1].islower() and m.group() in lex.org_lower_starts


def parent_end(text: str, end: int, lex: Lexicon, stops: Container[int]) -> int | None:
    """The end of the ministry written after a title that ends at `end` ("Cục trưởng Cục X | ,
    Bộ Công an", "| (Bộ Công an)", "| thuộc Bộ GTVT"; see officials.yaml `parent_ministry`), so
    that a chain of titles reads on over it; None when none follows."""
    lead = lex.parent_lead.match(text, end)
    if lead is None or lex.parent_ministry.match(text, lead.end()) is None:
        return None
    if "(" in lead.group():
        close = text.find(")", lead.end(), lead.end() + PAREN_MAX)
        return close + 1 if close > 0 and "\n" not in text[lead.end() : close] else None
    head = lex.token.match(text, lead.end())  # "Bộ": the ministry's name runs from after it
    stop, _ = find_title_end(text, head.end(), lex, stops, start=lead.end())
    return stop if stop > head.end() else None


def _joins_another(text: str, word: str, role_end: int, prev: str, has_org: bool, lex: Lexicon) -> bool:
    """Whether a connector at the end of an organisation joins another thing, not a part of its
    name: "và" after a bare unit word ("Công an tỉnh | và Huân chương ...") or before another
    organisation named by its head alone ("Bộ Công an | và Cục đã chỉ đạo"; not "Hội đồng Nhà nước | và
    Hội đồng Bộ trưởng"); "thuộc" before the ministry above it
    ("Tổng cục Đường bộ Việt Nam | thuộc Bộ GTVT")."""
    nxt = skip_spaces(text, role_end)
    if word == "và":
        head = lex.org_head.match(text, nxt)  # a bare organisation head, then a verb or the clause's end
        after = skip_spaces(text, head.end()) if head is not None else -1
        return prev == UNIT or (head is not None and (after >= len(text) or text[after] in CLAUSE_END + ","
                                                      or lex.stop.match(text, after) is not None))
    return word == "thuộc" and has_org and lex.parent_ministry.match(text, nxt) is not None


def _dash_to_stop(text: str, start: int, end: int, lex: Lexicon) -> int | None:
    """Where a dash inside the token [start, end) glues a stop word to it ("Klăh-chia sẻ",
    "Ia Mơr-cho biết"), or None."""
    dash = text.find("-", start, end)
    if dash < 0 or not text[dash + 1 : dash + 2].islower():
        return None
    return dash if lex.stop.match(text, dash + 1) else None


def find_title_end(text: str, head_end: int, lex: Lexicon, stops: Container[int],
                   after_org: bool = False, start: int | None = None) -> tuple[int, list[int]]:
    """Where the organisation of a title whose head ends at `head_end` ends.

    Args:
        text: the normalised text.
        head_end: end of the title head (`Thứ trưởng`).
        lex: the compiled lexicon.
        stops: positions where a name or another cue starts; the title stops there.
        after_org: `head_end` ends a listed organisation already ("Trưởng Ban Chỉ đạo"),
            so a number or a unit word may follow ("Ban Chỉ đạo | 138 tỉnh Thanh Hóa").
        start: where the title starts (default `head_end`): a bracket repeating its first
            words is its short name, not more organisation.

    Returns:
        The end of the title (== `head_end` for a bare title) and the positions of
        brackets to drop from its text (an organisation written in brackets).
    """
    end = pos = head_end
    drops: list[int] = []
    prev, tail = (CAP, CAP_TAIL_MAX) if after_org else (HEAD, 0)
    n = len(text)
    level = _head_level(text, head_end if start is None else start, head_end, lex)  # of the last unit read
    if level >= 0 and not after_org:
        prev = UNIT  # a head ending with a unit word, a place next: "Trưởng thôn | Lương Thiện | đúng lúc"
    numbered_head = prev == HEAD and _head_noun(text, head_end, lex)
    while True:
        q = skip_spaces(text, pos)
        if q < n - 1 and text[q] == "\n" and prev == CAP and tail < CAP_TAIL_MAX and text[q + 1].islower():
            q += 1  # a hard-wrapped line inside a word: "Trưởng Ban Dân vận Tỉnh | \n | ủy"
        if q >= n or text[q] == "\n":
            break
        known = lex.known_org.match(text, q)  # before the stops: "Bộ Tư lệnh" holds the cue "Tư lệnh"
        if known:
            end = pos = known.end()
            prev, tail = CAP, CAP_TAIL_MAX
            continue
        if q in stops:
            break
        m = lex.token.match(text, q)
        if m is None:
            break
        glued = _glued_cue(text, q, m.end(), stops)
        if glued is not None:  # "Bí thư chi bộ-Trưởng thôn ...": the next title glued by a dash
            if glued > q and _is_cap(text[q:glued]) or prev in (CAP, UNIT, NOUN, PLACE, LOWER):
                end = glued
            break
        word = m.group()
        first = word[0]
        if word in lex.former_tails and prev in (CAP, PLACE, UNIT) and not _lower_start(text, skip_spaces(text, m.end()), lex):
            drops += range(q, m.end())  # "Bí thư Tỉnh ủy Tuyên Quang | cũ": read over, not written (official_former_tails.txt)
            end = m.end()
            break
        if first in "ảẢ" and lex.photo_number.match(text, q):
            break  # "Bí thư Huyện ủy Hương Sơn | ảnh 1": a photo's number glued after a caption
        if first.isalnum():
            term = lex.term_word.match(text, q) if first in "kK" else None
            if term is not None:  # "Bí thư Tỉnh ủy Bắc Giang | khóa XIX": a term is no part of a title (GUIDELINES.md)
                if not text.startswith(TERM_GOES_ON, skip_spaces(text, term.end())):
                    break
                drops += range(q, term.end())  # "Trưởng đoàn đại biểu Quốc hội | khóa XIII | của tỉnh Bình Thuận"
                pos = term.end()
                continue
            lower = (lex.org_lower.match(text, q) if word.casefold() in lex.org_lower_starts and (prev == CAP or _is_cap(word))
                     else None)
            if lower is not None and (prev == CAP or lower.end() > m.end()):
                end = pos = lower.end()  # "Khu | kinh tế | tỉnh", "Hợp tác xã | Nông nghiệp"
                prev, tail = CAP, CAP_TAIL_MAX
                continue
            if lex.stop.match(text, q):
                compound = lex.compounds.match(text, q) if prev == CAP else None
                if compound is not None:  # "Viện KSND | Tối cao", "TAND | tối cao": no evening
                    end = pos = compound.end()
                    tail = CAP_TAIL_MAX
                    continue
                # "QLHC về TTXH": a connector between capitalised parts, though a stop word.
                if prev == CAP and _role_at(text, q, lex)[0] == "connector" and _cap_next(text, m.end(), lex, stops):
                    pos = m.end()
                    continue
                # "Học viện Ngoại | giao.", "Bộ trưởng Ngoại | giao Bùi Thanh Sơn": a stop word that
                # is the second syllable of a capitalised word, when the title clearly ends after it.
                if prev in (CAP, PLACE, LOWER) and lex.posted_at.match(text, q):
                    end = pos = lex.posted_at.match(text, q).end()
                    prev, tail = PLACE, CAP_TAIL_MAX
                    continue
                if (prev == CAP and tail < CAP_TAIL_MAX and word in lex.stop_tails
                        and _title_closes(text, m.end(), lex, stops)):
                    end = pos = m.end()
                    tail += 1
                    continue
                break
            if _is_cap(word):
                if word.rstrip(".").casefold() in lex.foreign_honorifics:
                    break  # "Chủ tịch Quốc hội Vương quốc Campuchia | Samdech Heng Samrin": the holder's honorific
                dash = _dash_to_stop(text, q, m.end(), lex)
                if dash is not None:  # "Trưởng thôn Klăh-| chia sẻ:": a verb glued by a dash
                    end = dash
                    break
                end = pos = m.end()
                if prev in (UNIT, PLACE):  # a place name takes no lower-case tail: "tỉnh Đồng Tháp | khuyến khích"
                    prev, tail = PLACE, CAP_TAIL_MAX
                    continue
                country = lex.country.match(text, q) if prev == CAP and word in lex.country_starts else None
                if country is not None and " " in country.group():
                    # a country of two words or more takes no lower-case syllable after it: "Ủy ban Hội đồng
                    # Liên bang Nga | chuyên trách" (not "Ban Pháp chế": one word)
                    end = pos = country.end()
                    tail = CAP_TAIL_MAX  # still capitalised parts after a dash: "Ủy ban Đoàn kết Ấn Độ - Việt Nam"
                    continue
                unit_end = _cap_unit_end(text, q, lex)
                if unit_end is not None:  # "UBND Thị xã | Bỉm Sơn | đồng thời", "UBND TP | Đà Nẵng | trần tình"
                    pos, prev = unit_end, UNIT
                    level = lex.unit_rank.get(text[q:unit_end].casefold(), level)
                    end = unit_end - (text[unit_end - 1] == ".")
                    continue
                # Only a Title-case word takes a lower-case second syllable ("Công an", "Y tế");
                # an abbreviation does not ("FC | tên").
                prev, tail = CAP, (0 if word[1:].islower() or len(word) == 1 else CAP_TAIL_MAX)
                continue
            if first.isdigit():
                # "Phòng 2", "quận 1", "Tổng Công ty 3/2" (a day-month as a company's name), "thôn Bình An | 2"
                if prev == PLACE and word.isdigit() and not _YEAR.fullmatch(word) and not _counted_next(text, m.end(), lex):
                    end = pos = m.end()
                    continue
                if (numbered_head and end == head_end and word.isdigit() and not _YEAR.fullmatch(word)
                        and not _counted_next(text, m.end(), lex)):
                    end = pos = m.end()  # a head ending with its body's noun, then its number: "Trưởng phòng | 5 | Cơ quan"
                    prev, tail = CAP, CAP_TAIL_MAX
                    continue
                if prev not in (CAP, UNIT, NOUN) or not (word.isdigit() or _NUMBERED_NAME.fullmatch(word)):
                    break
                if prev == UNIT and _YEAR.fullmatch(word):
                    break  # a term, no unit's number: "Chủ tịch UBND tỉnh | 2016 -2021"
                if prev == CAP and _YEAR.fullmatch(word) and _year_ends(text, m.end(), lex, stops):
                    # an edition's year ending a title is read over, not written: "Chủ tịch ASEAN | 2025"
                    # (GUIDELINES.md round 20), so the name after it still takes the title
                    drops += range(q, m.end())
                    end = m.end()
                    break
                end = pos = m.end()
                prev = PLACE if prev == UNIT else CAP
                continue
            role, role_end = _role_at(text, q, lex)
            if role == "locality" and prev == CAP and tail < CAP_TAIL_MAX and role_end == m.end():
                role = None  # the second syllable of a word: "Nông thôn | Quốc gia"
            if role == "numbered":
                number = lex.token.match(text, skip_spaces(text, role_end))
                if number is not None and _CLASS_NUMBER.fullmatch(number.group()):
                    end = pos = number.end()  # "lớp 8", "số 1", "lớp 7C5", "lớp 6/3"
                    prev, tail = CAP, CAP_TAIL_MAX
                    continue
                role = None
            if role in ("locality", "noun"):
                end = pos = role_end
                prev = UNIT if role == "locality" else NOUN
                level = lex.unit_rank.get(text[q:role_end].casefold(), level)
                continue
            if role == "connector":
                if _joins_another(text, word, role_end, prev, end > head_end or after_org, lex):
                    break
                if prev == OPEN and word == "và":  # "Cục Quản lý nợ | và tài chính đối ngoại"
                    pos = role_end
                    continue
                if word == "của" and prev != PLACE and _place_next(text, role_end, lex, stops):
                    pos = role_end  # "Trưởng đoàn đại biểu Quốc hội khóa XIII | của tỉnh Bình Thuận"
                    continue
                if prev == PLACE or not (_cap_next(text, role_end, lex, stops)
                                         or (prev == CAP and _lower_start(text, skip_spaces(text, role_end), lex)
                                             and lex.org_lower.match(text, skip_spaces(text, role_end)))
                                         or (prev == LOWER and _has_cap(text, head_end, end)
                                             and _joined_lower_goes_on(text, role_end, lex, stops))):
                    break  # "khoa học | và | công nghệ" goes on
                pos = role_end
                continue
            if prev == PLACE:
                break
            if prev == CAP and tail < CAP_TAIL_MAX:
                if _tail_starts_word(text, q, m.end(), lex):
                    break
                end = pos = m.end()
                tail += 1
                continue
            run_end, count = _lower_run(text, q, lex, stops)
            if count and count <= OPEN_RUN_MAX and (prev == OPEN or (prev == CAP and _ends_open(text, end, lex))):
                end = pos = run_end
                prev = OPEN
                continue
            if count and _lower_run_joins(text, q, run_end, count, prev, head_end, end, numbered_head, start, lex, stops):
                end = pos = run_end
                prev = LOWER
                continue
            if prev == CAP and _completes_word(text, end, word, lex):
                end = pos = m.end()  # "Tổ trưởng Tổ công | tác | 368": the tail's word goes on
                continue
            break
        if first == "&" and prev == CAP and _cap_next(text, m.end(), lex, stops):
            pos = m.end()  # "Bộ Tài nguyên & Môi trường": "&" is "và" between capitalised parts
            continue
        if first in "-–—,":
            nq = skip_spaces(text, m.end())
            if first != "," and text[q - 1 : q] == " " and lex.caption.match(text, q - 1):
                break  # a photo's credit after the caption's title: "... Dân vận Trung ương | - Ảnh: TTXVN"
            if prev == PLACE and first != "," and nq not in stops and lex.place_tail.match(text, nq):
                end = pos = nq  # "tỉnh Thừa Thiên - Huế", "Bà Rịa - Vũng Tàu"
                continue
            if nq in stops:
                break
            if first == "," and ((prev == PLACE and _higher_unit(text, nq, level, lex))
                                 or (prev == CAP and end > head_end and _higher_unit(text, nq, -1, lex, VILLAGE_TOP))):
                # "Trưởng ấp Phú Thạnh, | xã Phú Hưng"; where a team, clan or branch is: "Tổ trưởng tổ bảo vệ ANTT, |
                # khu phố Trung Chính, | thị trấn Thường Xuân", "quyền Trưởng dòng họ Nguyễn Hữu, | thôn Lạc Nhuế"
                pos, prev = nq, HEAD
                continue
            if (end > head_end or after_org) and lex.parent_ministry.match(text, nq):
                break  # "Cục trưởng Cục Xây dựng phong trào ..., | Bộ Công an": the ministry above it
            if lex.org_head.match(text, nq) is None and not (first != "," and prev == CAP and _dash_goes_on(text, nq, lex, stops)):
                break
            pos, prev = nq, HEAD
            continue
        if first == "(":
            close = text.find(")", q, q + PAREN_MAX)
            if close < 0 or "\n" in text[q:close]:
                break
            inner = text[q + 1 : close].strip()
            if inner and all(_is_cap(w) and not w[1:].islower() for w in inner.split()):
                # An abbreviation in brackets stays as written inside a title ("Phòng Cảnh sát
                # hình sự (PC45) Công an tỉnh Gia Lai"); at its end it only restates the
                # organisation ("Sở Thông tin và Truyền thông (TT&TT)") and is left out. No lower-case
                # syllable goes on after it ("Tổng Công ty Đường sắt Việt Nam (VNR) | thống kê"). Before the ministry
                # above the organisation it is inside the title: "Tư lệnh Bộ Tư lệnh Cảnh sát Cơ động (K02), Bộ Công an"
                # (corpus/gold blind-s19-c; GUIDELINES.md round 14).
                pos, tail = close + 1, CAP_TAIL_MAX
                if parent_end(text, pos, lex, stops) is not None:
                    end = pos
                continue
            if " ".join(inner.split()[:2]).casefold() in text[head_end if start is None else start : end].casefold():
                break  # the organisation's short name: "Ban Chỉ đạo quốc gia ... (Ban Chỉ đạo 389 quốc gia)"
            if (end > head_end or after_org) and lex.parent_ministry.match(inner):
                break  # "Phó Cục trưởng Cục Truyền thông Công an nhân dân | (Bộ Công an)"
            if lex.org_head.match(inner):
                drops += [q, close]
                end = pos = close + 1
                continue
        break
    return end, drops


# Two capitalised words before a lower-case syllable: the end of a name ("Cúc Phương", "Đồng Tháp"), not an organisation
# noun and its field ("Khoa Ngoại | thần kinh", "Cục Khám | chữa bệnh").
_NAME_END_BACK = regex.compile(r"(?<![\p{L}\p{M}])(\p{Lu}[\p{Ll}\p{M}]*) \p{Lu}[\p{Ll}\p{M}]* $")


def _tail_starts_word(text: str, q: int, end: int, lex: Lexicon) -> bool:
    """Whether the lower-case syllable at `q`..`end` after a capitalised name starts the clause after the title instead
    of ending the name's last word (official_cap_tails.tsv): "Vườn Quốc gia Cúc Phương | giới thiệu", "Phó giám đốc
    Sở GD-ĐT Đồng Tháp | nghiêm túc"; not "Sở Y | tế", "Phó Bí thư Đảng | ủy | nhiệm kỳ", "Khoa Ngoại | thần kinh"."""
    name = _NAME_END_BACK.search(text, max(0, q - 30), q)
    if name is None or lex.org_head.match(text, name.start()) is not None:
        return False
    word = text[text.rfind(" ", 0, q - 1) + 1 : q].strip().casefold()
    if f"{word} {text[q:end]}" in lex.tail_org or f"{name.group(1).casefold()} {word}" in lex.tail_org:
        return False  # "Sở Y | tế"; "Cục Bản Quyền | tác giả" (a common word written capitalised, no name)
    if text[end : end + 1] == ":":
        return True
    nxt = lex.token.match(text, end + 1) if text[end : end + 1] == " " else None
    return nxt is not None and nxt.group().islower() and f"{text[q:end]} {nxt.group()}" in lex.tail_next


def _completes_word(text: str, end: int, word: str, lex: Lexicon) -> bool:
    """Whether `word` completes a two-syllable word with the lower-case syllable ending at `end`
    (official_org_two_syllables.txt: "công tác", "giao dịch")."""
    last = text[max(0, end - 12) : end].rsplit(" ", 1)[-1]
    return last[:1].islower() and f"{last} {word}" in lex.two_syllables


def _head_noun(text: str, head_end: int, lex: Lexicon) -> bool:
    """Whether a title head ends with an organisation noun ("Trưởng phòng", "Đội trưởng đội"; official_org_words.tsv)."""
    return lex.org_word_role.get(text[:head_end].rsplit(" ", 1)[-1].casefold()) == "noun"


# The capitalised words a body's noun may take before a lower-case rest of its name: "Phòng | Kinh tế | hạ tầng".
NOUN_LED_MAX = 2


def _lower_run_joins(text: str, q: int, run_end: int, count: int, prev: str, head_end: int, end: int,
                     numbered_head: bool, start: int | None, lex: Lexicon, stops: Container[int]) -> str | None:
    """Which rule lets the lower-case run [q, run_end) of `count` words join the title ending at `end`, or None.

    `prev` is the kind of the part read last, `head_end` the end of the title head and `start` its start (as in
    `find_title_end`). The rules are tried in this order; the first that holds is named.
    """
    after = skip_spaces(text, run_end)
    at_clause_end = after >= len(text) or text[after] in CLAUSE_END
    if prev != UNIT and _continues_org(text, run_end, lex, stops, count, _has_cap(text, head_end, end)):
        return "continues_org"
    # after a bare unit word only a place named in capitals goes on ("UBND huyện | đảo | Trường Sa"), no
    # other body ("Phó Chủ tịch UBND tỉnh | vắng mặt, Tỉnh ủy ...", "| phụ trách UBND tỉnh"; blind-s22-c)
    if prev == UNIT and _place_name_next(text, run_end, lex, stops):
        return "place_name_next"
    if prev == UNIT and _described_place_next(text, q, run_end, lex, stops):
        return "described_place_next"
    # one syllable then a stop word: "Bộ Ngoại | giao | cho biết"; not after a bare unit word, whose place is
    # named in capitals ("Chủ tịch UBND tỉnh | bầu giữ chức ...", corpus/gold blind-s4-p)
    if count == 1 and (prev != UNIT or text[q:run_end] in UNIT_COMMITTEE) and lex.stop.match(text, after):
        return "syllable_then_stop"
    # a bare unit word's committee at the clause's end: "Phó bí thư thường trực tỉnh | ủy | ;" (blind-s14-c)
    if count == 1 and prev == UNIT and text[q:run_end] in UNIT_COMMITTEE:
        return "unit_committee"
    if count <= CLAUSE_RUN_MAX and _ends_clause(text, run_end, lex):
        return "clause_end"
    # a lower-case body's name after its noun, to the clause's end: "Tổ trưởng tổ | hòa giải | ,"
    # (or after a short capitalised one: "Trưởng phòng Kinh tế | hạ tầng | ;", not "Tỉnh ủy | phổ biến")
    if ((prev == NOUN or (prev == CAP and _noun_led(text, head_end, end, numbered_head, lex)))
            and count <= OPEN_RUN_MAX and (at_clause_end or text[after] == "," or _dash_cap_next(text, after, lex, stops))):
        return "noun_body"
    # a job's field right after its head, then the unit it serves, bare or after "của": "cán bộ | địa chính | xã," "cán
    # bộ | địa chính | của thị trấn Xuân An" (corpus/gold: 12 such titles over blind-s25 ... s35)
    if prev == HEAD and count <= END_RUN_MAX and _unit_served(text, after, lex):
        return "field_unit"
    if (count <= END_RUN_MAX and after in stops and start is not None
            and text[start:head_end].casefold() in lex.aide_heads):
        return "aide_head"  # "Thư ký báo chí | Tổng thống"
    if _bare_org(text, head_end, end, count, lex) and (at_clause_end or _speech_next(text, after, lex)):
        return "bare_org"
    # two lower-case words after a capitalised part, then a verb of speech: "Vụ Giáo dục | đại học |
    # cho biết" (the positions audit of ../shared/bench at seed 3101)
    if count <= END_RUN_MAX and prev == CAP and _after_tail(text, q) and _speech_next(text, after, lex):
        return "speech_after_tail"
    return None


def _unit_served(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a unit word stands at `pos`, maybe after "của", and ends the clause or has its name after it ("xã,",
    "của thị trấn Xuân An")."""
    if text.startswith("của ", pos):
        pos = skip_spaces(text, pos + 4)
    role, role_end = _role_at(text, pos, lex)
    if role != "locality":
        return False
    q = skip_spaces(text, role_end)
    return q >= len(text) or text[q] in CLAUSE_END + ",(" or text[q].isupper()


def _noun_led(text: str, head_end: int, end: int, numbered_head: bool, lex: Lexicon) -> bool:
    """Whether the organisation read so far (`text[head_end:end]`) is a body's noun and at most NOUN_LED_MAX
    capitalised words ("Khoa | Phẫu thuật", or "Kinh tế" after the head "Trưởng phòng"), so that lower-case words
    after it to the clause's end are the rest of its name, no verb after a longer name ("Tỉnh ủy | phổ biến") and no
    description after a committee ("Văn phòng Tỉnh ủy | cơ quan tham mưu")."""
    words = text[head_end:end].casefold().split()
    if not numbered_head:
        noun = next((n for n in (2, 1) if lex.org_word_role.get(" ".join(words[:n])) == "noun"), 0)  # "Khoa", "Trung tâm"
        if not noun:
            return False
        words = words[noun:]
    # a party committee is a whole body: "Chánh Văn phòng Tỉnh ủy | cơ quan tham mưu, ..." describes it
    return 0 < len(words) <= NOUN_LED_MAX and words[-1] not in UNIT_COMMITTEE


def _dash_cap_next(text: str, pos: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether a dash at `pos` joins a capitalised part of the same name: "Trung tâm Giáo dục nghề nghiệp | - Giáo dục
    thường xuyên huyện Hưng Nguyên"."""
    return text[pos : pos + 1] in ("-", "–", "—") and _cap_next(text, pos + 1, lex, stops)


def _after_tail(text: str, q: int) -> bool:
    """Whether the word before `q` is the lower-case syllable of a capitalised word ("Giáo | dục"), not an
    abbreviation or a number ("K38")."""
    word = text[:q].rstrip(" ").rsplit(" ", 1)[-1]
    return word.isalpha() and word.islower()


def _counted_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a lower-case word other than a verb of speech comes next after `pos`: the number before it
    counts it ("xã Tân Phú | 3 năm liền"), it does not number the place ("thôn Bình An 2 | cho biết")."""
    q = skip_spaces(text, pos)
    return q < len(text) and text[q].islower() and lex.speaker.match(text, q) is None


def _head_level(text: str, start: int, head_end: int, lex: Lexicon) -> int:
    """The rank (`lex.unit_rank`) of a unit word ending a title's head ("Trưởng ấp", "Chủ tịch xã"), else -1."""
    words = text[start:head_end].casefold().split(" ")
    for n in (2, 1):
        rank = lex.unit_rank.get(" ".join(words[-n:])) if len(words) > n else None
        if rank is not None:
            return rank
    return -1


# The rank of a district (lexicon.LEVEL_RANKS): the district, town, city or province a commune lies in is not read
# into a title (GUIDELINES.md, settled in round 13: "Trưởng Công an xã Thới An Hội", not "…, huyện Kế Sách", gold 11 : 5;
# "Chủ tịch UBND huyện Chợ Lách", not "…, tỉnh Bến Tre", 6 of 6); a hamlet's commune is ("Trưởng ấp Phú Thạnh, xã Phú
# Hưng").
DISTRICT_RANK = 4


# The rank above a village's (lexicon.LEVEL_RANKS): a team's, clan's or branch's village is read into its title across a
# comma ("Tổ trưởng tổ bảo vệ ANTT, khu phố Trung Chính", corpus/gold blind-s15-a), a school's commune is not
# ("Hiệu trưởng THCS Trần Văn Đang, phường Tân Hòa", blind-s14-e).
VILLAGE_TOP = 1


def _higher_unit(text: str, pos: int, level: int, lex: Lexicon, top: int = DISTRICT_RANK) -> bool:
    """Whether a unit word above `level` (any, for -1: no unit read yet), below `top`, and its capitalised name or
    number come at `pos`: the unit the place just read lies in ("ấp Phú Thạnh, | xã Phú Hưng", "Tổ dân phố 12, |
    Phường 3"; GUIDELINES.md: a title runs to the end of its organisation across the commas inside it)."""
    role, role_end = _role_at(text, pos, lex)
    if role != "locality":
        unit_end = _cap_unit_end(text, pos, lex) if text[pos : pos + 1].isupper() else None
        if unit_end is None:
            return False
        role_end = unit_end
    rank = lex.unit_rank.get(text[pos:role_end].casefold().rstrip("."), lex.unit_rank.get(text[pos:role_end].casefold()))
    if rank is None or rank <= level or rank >= top:
        return False
    after = skip_spaces(text, role_end)
    return after < len(text) and (text[after].isupper() or text[after].isdigit())


# The syllable that makes a unit word its party committee when written in lower case: "Bí thư tỉnh | ủy" (corpus/gold
# blind-s4-r, s8-c).
UNIT_COMMITTEE = ("ủy", "uỷ")
# The number after a numbered word: "số 1", "lớp 8", a class's code "lớp 7C5", "lớp 1A3", "lớp 6/3" (corpus/gold blind-s9-e,
# s10-e).
_CLASS_NUMBER = regex.compile(r"\d{1,3}(?:\p{Lu}\d{0,2}|/\d{1,2})?")
# A number naming a unit after a slash: "Công ty 3/2", "Tổng Công ty 3/2" (corpus/gold).
_NUMBERED_NAME = regex.compile(r"\d{1,2}[/-]\d{1,2}")
# A year: no unit word is numbered so ("tỉnh 2016" is the start of a term; corpus/gold blind-s7-c).
_YEAR = regex.compile(r"(?:19|20)\d{2}")
# The number of a unit written after its word, a word boundary after it ("Phường 3,", "Quận 10 ").
_UNIT_NUMBER = regex.compile(r"\d{1,3}(?![\p{L}\p{N}])")
# Up to three capitalised words: a place's name after "TP.".
_CAP_WORDS = regex.compile(r"\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*){0,2}")
_CAP_NAME_NEXT = regex.compile(r"[ ]\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}|[ ]?[(),;.]|$)")


def _cap_unit_end(text: str, q: int, lex: Lexicon) -> int | None:
    """The end of a capitalised unit word at `q` that a place name follows ("Thị xã Bỉm Sơn",
    "Huyện Đông Anh", "TP Đà Nẵng", "TP. Hà Nội"), else None; "Tỉnh ủy" is no unit word.
    The unit words and abbreviations are `lexicon.unit_words()`."""
    first = lex.token.match(text, q)
    word = first.group()
    end = first.end()
    if word not in lex.unit_abbreviations:
        second = lex.token.match(text, skip_spaces(text, end))
        pair = f"{word} {second.group()}".casefold() if second is not None else ""
        third = lex.token.match(text, skip_spaces(text, second.end())) if pair in lex.org_triple_starts else None
        if pair in lex.unit_words or pair in lex.village_words:
            end = second.end()
        elif third is not None and f"{pair} {third.group()}".casefold() in lex.village_words:
            end = third.end()  # "Tổ dân phố 12"
        elif word.casefold() not in lex.unit_words and word.casefold() not in lex.village_words:
            return None
    elif text[end : end + 1] == ".":
        # "TP. Vinh (Nghệ An)", "TP. Hồ Chí Minh", not "TP. Theo đó" or "TP. Ông Nguyễn Văn A"; a city's
        # name before a lower-case word too: "UBND TP. Huế | được", "UBND TP. Châu Đốc | cho biết"
        if _CAP_NAME_NEXT.match(text, end + 1) and not lex.stop.match(text, end + 2):
            return end + 1
        return end + 1 if _city_next(text, end + 2, lex) else None
    if text[end : end + 1] != " ":
        return None
    number = _UNIT_NUMBER.match(text, end + 1)  # "Phường 3", "Tổ dân phố 12"; not a term's year ("Tỉnh 2016")
    return end if text[end + 1 : end + 2].isupper() or (number is not None and not _YEAR.fullmatch(number.group())) else None


def _city_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether one to three capitalised words at `pos` are a city's, town's or district's name (`lex.city_names`)
    and a word boundary follows: "TP. | Tam Kỳ cho biết", not "TP. | Trong clip này"."""
    m = _CAP_WORDS.match(text, pos)
    if m is None:
        return False
    words = m.group().split(" ")
    return any(" ".join(words[:k]) in lex.city_names for k in range(len(words), 0, -1))


def unit_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a unit word and its place start at `pos` ("Buôn Sứt M’Đưng", "xã Cư Suê", "thôn 3")."""
    if text[pos : pos + 1].isupper() and _cap_unit_end(text, pos, lex) is not None:
        return True
    role, role_end = _role_at(text, pos, lex)
    return role == "locality" and _cap_next(text, role_end, lex, ())


def _glued_cue(text: str, start: int, end: int, stops: Container[int]) -> int | None:
    """Where a dash inside the token [start, end) glues a name or cue to it ("bộ-Trưởng thôn",
    "Việt Nam-Bí thư"), or None."""
    dash = text.find("-", start, end)
    while dash >= 0:
        if dash + 1 in stops:
            return dash
        dash = text.find("-", dash + 1, end)
    return None


def _title_closes(text: str, pos: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether the title ends right at `pos`: clause punctuation, a line end, a name or cue,
    or a capitalised word that goes on with the organisation."""
    q = skip_spaces(text, pos)
    if q >= len(text) or text[q] in CLAUSE_END + ",":
        return True
    if q in stops or text[q] == "(":
        return True
    m = lex.token.match(text, q)
    return m is not None and _is_cap(m.group())


def _year_ends(text: str, pos: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether nothing of the organisation follows a year ending at `pos` (punctuation, a bracket, a name, a cue, a verb
    or the text's end): "Hoa hậu Việt Nam 2016 |,"; not "kỳ thi THPT quốc gia năm 2018 | tỉnh Sơn La"."""
    q = skip_spaces(text, pos)
    return (q >= len(text) or text[q] in CLAUSE_END + ",-–—(\n\"“" or q in stops
            or lex.stop.match(text, q) is not None)


def _dash_goes_on(text: str, pos: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether the organisation name goes on after a dash at `pos`: a capitalised word that is
    no stop ("Sở Văn hóa - Thể thao"), or lower-case words that lead to more organisation
    ("Hiệp hội Cà phê - ca cao Việt Nam")."""
    m = lex.token.match(text, pos)
    if m is None or lex.stop.match(text, pos) or not m.group()[0].isalnum():
        return False
    if _is_cap(m.group()):
        return True
    run_end, count = _lower_run(text, pos, lex)
    return count > 0 and _continues_org(text, run_end, lex, stops, count)


def _place_next(text: str, pos: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether a unit word and a capitalised place name come next after `pos` ("tỉnh Bình Thuận")."""
    role, role_end = _role_at(text, skip_spaces(text, pos), lex)
    return role == "locality" and _cap_next(text, role_end, lex, stops)


def _place_name_next(text: str, pos: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether a known district, city or province name (`lex.city_names`) comes right after `pos`: "huyện đảo |
    Trường Sa", not "| UBND tỉnh", "| , Tỉnh ủy"."""
    q = skip_spaces(text, pos)
    words = text[q : q + 40].split(" ")[:4]
    return q not in stops and any(" ".join(words[:k]).rstrip(".,;:") in lex.city_names for k in range(1, len(words) + 1))


def _described_place_next(text: str, q: int, run_end: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether `text[q:run_end]` describes the place named in capitals right after it ("UBND xã | biên giới | Ia Dom",
    "xã | đảo | Thạnh An": official_place_descriptors.txt), a commune `lex.city_names` does not list."""
    return text[q:run_end] in lex.place_descriptors and _cap_next(text, run_end, lex, stops)


def _cap_next(text: str, pos: int, lex: Lexicon, stops: Container[int]) -> bool:
    """Whether a capitalised word that starts no name or cue comes next after `pos`."""
    nq = skip_spaces(text, pos)
    nm = lex.token.match(text, nq)
    return nm is not None and _is_cap(nm.group()) and nq not in stops


def _ends_open(text: str, end: int, lex: Lexicon) -> bool:
    """Whether the organisation before `end` ends with a capitalised head that needs an object
    ("Tổng cục Quản lý | đất đai", not the verb in "Sở | quản lý")."""
    m = lex.open_head.search(text, max(0, end - 24), end)
    return m is not None and text[m.start()].isupper()


def _speech_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a verb of speech opens the text at `pos` ("Trưởng Ban điều hành mô hình | cho hay",
    "Trưởng Ban giám khảo cuộc thi | cho biết": the words before it name the bare organisation;
    corpus/gold blind-s7-a, ../shared/bench)."""
    return lex.speaker.match(text, pos) is not None


def _bare_org(text: str, head_end: int, end: int, count: int, lex: Lexicon) -> bool:
    """Whether the title so far has only a bare organisation head ("Tổng cục trưởng Tổng
    cục"), or nothing and `count` >= 2 lower-case words follow ("trưởng nhóm quản lý ...",
    not "Đại sứ | quán"), so those words up to the clause end name the organisation."""
    org = text[head_end:end].strip()
    return (not org and count >= 2) or (bool(org) and lex.org_head.fullmatch(org) is not None)


def title_text(text: str, start: int, end: int, drops: list[int]) -> str:
    """The title as written between `start` and `end`, brackets at `drops` removed, spaces tidied."""
    if drops:
        keep = [c for i, c in enumerate(text[start:end], start) if i not in drops]
        raw = "".join(keep)
    else:
        raw = text[start:end]
    return _SPACES.sub(" ", raw).strip(" ,-–—")


def find_known_names(text: str, lex: Lexicon, known: list[tuple[int, int, str]] | None = None) -> list[Candidate]:
    """Well-known people written as listed (`known_persons.tsv`): `Putin`, `Tập Cận Bình`.

    `groups["kind"]` is the list's kind (`foreign`: a person wherever written; `alias`:
    only after a cue), `groups["canonical"]` the listed full name. `known`: the well-known
    name hits of `scan_names`, when already read.
    """
    hits = []
    for end, length, kind in scan_names(text, lex)[1] if known is None else known:
        if kind == KOREAN:
            continue  # a family name, `find_korean_names`'
        start = end - length
        if end < len(text) and (text[end].isalnum() or unicodedata.combining(text[end]) or text[end] == "-"):
            continue
        if " " not in text[start:end] and _after_given_name(text, start):
            continue  # "Daniil Medvedev", "Nirav Modi": another person with that surname
        if kind == "foreign" and " " in text[start:end]:
            end = _foreign_tail(text, end, lex)  # "Michelle Bachelet | Jeria": the full name as written
        hits.append((start, -end, kind))
    hits.sort()
    out: list[Candidate] = []
    last = -1
    for start, neg_end, kind in hits:
        if start < last:
            continue
        last = -neg_end
        written = text[start:last]
        canonical = lex.known_canonical.get(written) or next(
            lex.known_canonical[written[:i]] for i in range(len(written), 0, -1) if written[:i] in lex.known_canonical)
        out.append(Candidate(start, last, "officials.known_name", {"kind": kind, "canonical": canonical}))
    return out


def find_korean_names(text: str, lex: Lexicon, known: list[tuple[int, int, str]]) -> list[Candidate]:
    """Korean names: a family name of official_korean_surnames.txt and one or two capitalised words of
    plain letters (officials.yaml `korean_given`): "Lee Jung Sik", "Cho Tae Yong", "Yoon Suk-yeol". Their
    syllables have a Vietnamese shape, so no other rule reads them whole. `known`: the `scan_names` hits."""
    out: list[Candidate] = []
    for end, length, kind in known:
        if kind != KOREAN:
            continue
        start = end - 1 - length  # `end`: the space after the family name, in " " + text
        if start > 0 and (text[start - 1].isalnum() or unicodedata.combining(text[start - 1]) or text[start - 1] in "-'’"):
            continue
        given = lex.korean_given.match(text, end - 1)
        if given is None or _after_given_name(text, start):
            continue  # "Bộ trưởng Công thương Chan | Chung Sing": a longer name, not Korean
        words = given.group().split()
        if any(w in lex.not_foreign or lex.cue_kind.get(w.casefold()) for w in words):
            continue  # "Park Hyatt": a hotel
        out.append(Candidate(start, given.end(), "officials.korean_name"))
    return out


def _foreign_tail(text: str, end: int, lex: Lexicon) -> int:
    """`end`, or the end of capitalised words of a non-Vietnamese shape right after it (a
    known full name written with one more of its names: "Michelle Bachelet Jeria")."""
    if text[end : end + 1] != " ":
        return end
    run = lex.foreign_run.match(text, end + 1)
    if run is None or text[run.end() : run.end() + 1] == " " and text[run.end() + 1 : run.end() + 2].isupper():
        return end  # more capitalised words: another name follows ("Donald Trump Robert O'Brien")
    words = run.group().split(" ")
    if len(words) > 1:
        return end  # two more words are another person's full name ("Donald Trump | Robert O’Brien")
    if any(lex.vn_word.fullmatch(w) or w in lex.not_foreign or lex.cue_kind.get(w.casefold()) for w in words):
        return end
    return run.end()


def find_foreign_names(text: str, cues: list[Candidate], lex: Lexicon, taken: Container[int]) -> list[Candidate]:
    """Foreign names written right after a title head or rank, maybe after the country served.

    "Tổng thống Mỹ Donald Trump", "Thủ tướng LB Nga Dmitry Medvedev", "Chủ tịch Trung Quốc
    Tập Cận Bình": after a country any capitalised run of 2+ words (or one word of a
    non-Vietnamese shape) is the holder; without a country the run needs 2+ words and a
    first word of a non-Vietnamese shape ("Tổng thống Aleksander Lukashenko"), so an organisation
    ("Giám đốc Vietcombank") or a given name ("Bí thư Nhân") is not taken. Runs that start
    at a name already found (`taken`) or at an organisation word are left alone.
    """
    out: list[Candidate] = []
    for cue in cues:
        if cue.groups["kind"] not in ("position", "rank", "role") or text[cue.end : cue.end + 1] != " ":
            continue
        if cue.groups["kind"] == "role" and cue.groups["head"].casefold() not in lex.name_honorifics:
            continue  # a role written as an honorific only: "VĐV điền kinh Joshua Robert Atkinson", not "lái xe Ford Ranger"
        q = cue.end + 1
        country = lex.country.match(text, q) or _country_in_title(text, q, lex)
        if country is not None:
            if country.end() >= len(text) or text[country.end()] != " ":
                continue
            q = country.end() + 1
            posted = lex.posted_at.match(text, q)  # "Đại sứ Hà Lan tại Việt Nam Nienke Trootser"
            if posted is not None and text[posted.end() : posted.end() + 1] == " ":
                q = posted.end() + 1
        direct = None if q in taken else _direct_foreign(text, q, country is not None, lex)
        if direct is None and country is None and q not in taken and cue.groups["head"].casefold() in lex.state_heads:
            direct = _foreign_word(text, q, lex)  # "Tổng thống Sukarno" (official_state_heads.txt)
        if direct is None and country is None:
            direct = _foreign_in_title(text, q, lex, taken)
        if direct is not None:
            start, end = honorific_skip(text, *direct, lex), clause_cut(text, *direct, lex)
            out.append(Candidate(start, end, "officials.foreign_name", {"kind": "foreign"}))
    return out


# Characters read back from a person bracket for the name before it (four long words).
INFO_NAME_WINDOW = 48


def find_info_names(text: str, lex: Lexicon, taken: Container[int]) -> list[Candidate]:
    """Names right before a bracket about a person that the surname rule did not find:
    "Chen Haiyang (sinh năm 1987)", "Và Bá Cha (SN 1995)". Names whose words hold a cue or
    end inside a found name (`taken`: their ends) are left out."""
    out: list[Candidate] = []
    for bracket in lex.info_bracket.finditer(text):
        end = _end_before(text, bracket.start())
        m = lex.info_name.search(text, max(0, end - INFO_NAME_WINDOW), end)
        if m is None or end in taken:
            continue
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or unicodedata.combining(text[start - 1])):
            start = text.find(" ", start, end) + 1  # the window cut a word: drop its end
            if not start or " " not in text[start:end]:
                continue
        if _after_capitalised(text, start):
            continue  # more capitalised words before: where the name starts is unsure ("Ấn Độ Radha Mohan Singh")
        words = text[start:end].split(" ")
        if abbreviated(words[-1], False):
            continue  # a name cut to its initials: "Thào Thị Ch (SN 2001, Sơn La)" (GUIDELINES.md)
        # a title or rank among the words, or an honorific first: no name ("Ông Sơn (SN ...")
        if lex.cue_kind.get(words[0].casefold()) or any(
                lex.cue_kind.get(w.casefold()) not in (None, "honorific") for w in words):
            continue
        out.append(Candidate(start, end, "officials.name_person_info"))
    return out


def find_appositive_names(text: str, cues: list[Candidate], lex: Lexicon, taken: Container[int]) -> list[Candidate]:
    """Foreign names of two or three words right before a comma and a title in lower case:
    "Ibrahim Kalin, phát ngôn viên của Tổng thống Thổ Nhĩ Kỳ" (the persons audit at 794b29b),
    which no rule found (no surname, no cue before). Every word is of a non-Vietnamese shape,
    none a cue or a word of an organisation's name, and no capitalised word stands before the
    run (where it starts would be unsure); names ending at a found name (`taken`) are left out."""
    out: list[Candidate] = []
    for cue in cues:
        if cue.groups["kind"] != "position" or not text[cue.start : cue.start + 1].islower():
            continue
        end = cue.start - 2
        if end <= 0 or text[end : cue.start] != ", " or end in taken:
            continue
        m = lex.info_name.search(text, max(0, end - INFO_NAME_WINDOW), end)
        if m is None:
            continue
        start = m.start()
        if start > 0 and (text[start - 1].isalnum() or unicodedata.combining(text[start - 1])):
            continue
        words = text[start:end].split(" ")
        if len(words) > 3 or (_after_capitalised(text, start) and text[start - 2].isalpha()):
            continue  # "Qatar, | Ibrahim Kalin": a comma closes the word before
        if any(lex.vn_word.fullmatch(w) or w in lex.not_foreign or lex.cue_kind.get(w.casefold()) for w in words):
            continue
        out.append(Candidate(start, end, "officials.foreign_apposition", {"kind": "foreign"}))
    return out


def _end_before(text: str, bracket: int) -> int:
    """Where a name before the bracket at `bracket` ends: before the spaces and a comma in
    front of it ("Chen Haiyang, (sinh năm 1987)", "Và Bá Cha (SN 1995)")."""
    end = bracket
    while end > 0 and text[end - 1] == " ":
        end -= 1
    return end - 1 if end > 0 and text[end - 1] == "," else end


def _after_org_head(text: str, q: int, lex: Lexicon) -> bool:
    """Whether the word(s) before `q` are an organisation head ("Công ty | Jeongho Landmark")."""
    before = text[max(0, q - 16) : q].rstrip(" ")
    words = before.split(" ")
    return any(lex.org_head.fullmatch(" ".join(words[-n:])) for n in (1, 2, 3) if len(words) >= n)


# Characters looked at after an honorific or title for a dash gluing a title to the name (a name of four
# words is under 40).
GLUED_TITLE_WINDOW = 40


def glued_title_run(text: str, q: int, pattern: regex.Pattern[str], lex: Lexicon) -> regex.Match[str] | None:
    """`pattern`'s name at `q` that ends at a dash gluing a title to it ("Ông Siu Brul-Trưởng dòng họ Rmah"), or None."""
    dash = text.find("-", q, q + GLUED_TITLE_WINDOW)
    if dash <= q or not title_head_at(text, dash + 1, lex):
        return None
    run = pattern.match(text, q, dash)
    return run if run is not None and run.end() == dash else None


def _direct_foreign(text: str, q: int, country: bool, lex: Lexicon) -> tuple[int, int] | None:
    """A foreign name right at `q` (after a title head, or after the country it serves)."""
    if lex.org_head.match(text, q) or lex.known_org.match(text, q):
        return None
    # the whole name before a title glued to it, not the part before its last word ("Thượng tá Ksor H’Bơ Khắp-Phó
    # Giám đốc Công an tỉnh", corpus/gold blind-s26-b-022)
    run = glued_title_run(text, q, lex.foreign_run, lex) or lex.foreign_run.match(text, q)
    if run is None:
        return None
    words = run.group().split(" ")
    if any(lex.cue_kind.get(w.casefold()) or w in lex.not_foreign for w in words):
        return None  # "Tổng thống Mỹ Thủ tướng ..." is two titles, not a name
    foreign = any(lex.vn_word.fullmatch(w) is None for w in words)
    # Without a country the first word must be foreign: "Nguyễn Phú Trọngmong" is a
    # Vietnamese name glued to the next word by the crawler.
    # A listed surname before a word of a foreign shape is a Korean or Chinese name ("Quận trưởng
    # Kim Youngbae", round 8 blind-s8-c), its other words plain letters: not a name glued to the
    # next word by the crawler ("Tô Lâmnhiệt").
    first_foreign = lex.vn_word.fullmatch(words[0]) is None or (
        words[0] in lex.all_surnames and foreign and all(w.isascii() for w in words[1:]))
    if (country and (foreign or len(words) >= 2)) or (first_foreign and len(words) >= 2):
        return run.start(), run.end()
    return None


def _foreign_word(text: str, q: int, lex: Lexicon) -> tuple[int, int] | None:
    """One capitalised word of a foreign shape at `q`, alone (no capitalised word or number after it,
    not cut by the text's end), no organisation's or listed non-name word."""
    if lex.org_head.match(text, q) or lex.known_org.match(text, q):
        return None
    run = lex.foreign_run.match(text, q)
    if run is None or " " in run.group() or run.end() >= len(text.rstrip()):
        return None  # "Thủ tướng Aus": a text cut by the crawler
    regnal = lex.regnal.match(text, run.end() + 1) if text[run.end() : run.end() + 1] == " " else None
    end = regnal.end() if regnal is not None else run.end()  # "Quốc vương Mohammed VI": his number is his name's
    after = text[end : end + 2]
    if after[:1] == " " and (after[1:].isupper() or after[1:].isdigit()):
        return None  # "Quốc vương Abdullah | Ahmad Shah": the name goes on
    if lex.name_particle.match(text, run.end()):
        return None  # "cựu Thủ tướng Baghdadi | al-Mahmudi"
    word = run.group()
    if lex.cue_kind.get(word.casefold()) or word in lex.not_foreign or lex.vn_word.fullmatch(word):
        return None
    if all(lex.vn_word.fullmatch(part) for part in word.split("-")):
        return None  # "Thủ tướng Cam-pu-chia", "Tổng thống Phi-lip-pin": a country transliterated
    return run.start(), end


def _foreign_in_title(text: str, pos: int, lex: Lexicon, taken: Container[int]) -> tuple[int, int] | None:
    """A foreign name ending a title's capitalised organisation: 2+ words all of a non-Vietnamese
    shape ("Phát ngôn viên Nhà Trắng Sarah Huckabee Sanders", "Thứ trưởng Bộ Tư pháp Rod Rosenstein"),
    up to punctuation, a stop word or `FOREIGN_TITLE_WINDOW` characters."""
    end = min(len(text), pos + FOREIGN_TITLE_WINDOW)
    line_end = text.find("\n", pos, end)
    end = line_end if line_end >= 0 else end
    q, prev_cap = skip_spaces(text, pos), False
    while q < end:
        word = lex.token.match(text, q)
        if word is None or q in taken or not word.group()[0].isalnum():
            return None
        compound = lex.compounds.match(text, q) if prev_cap or word.group()[0].isupper() else None
        if compound is not None:  # "Chánh án Tòa án | Tối cao | John Roberts": a compound of the name
            q = skip_spaces(text, compound.end())
            continue
        listed = lex.known_org.match(text, q) if word.group()[0].isupper() else None
        if listed is not None:  # "người phát ngôn | Điện Kremlin | Dmitry Peskov": a listed body, no name
            q, prev_cap = skip_spaces(text, listed.end()), True
            continue
        if lex.stop.match(text, q) and not (prev_cap and word.group() in lex.stop_tails):
            return None  # a stop word, unless a capitalised word's second syllable ("Bộ Ngoại | giao")
        prev_cap = _is_cap(word.group())
        country = lex.country.match(text, q) if _is_cap(word.group()) else None
        if country is not None:  # "Chủ tịch Hạ viện Australia | Milton Dick": the country is no name
            q = skip_spaces(text, country.end())
            continue
        if _is_cap(word.group()) and _after_of(text, q) and _foreign_body(text, q, lex):
            return None  # the body the post is of: "Giám đốc pháp lý của | Protect Democracy"
        # the run first: it rarely qualifies, and the tests of the words before it cost more (a fifth of this function)
        run = lex.foreign_run.match(text, q) if q > pos and _is_cap(word.group()) else None
        if run is not None:
            words = [w for w in run.group().split(" ") if not w.islower()]  # "Ursula | von der | Leyen"
            # a particle inside is foreign enough with a first word of a foreign shape ("Leyen" reads as a syllable)
            particle = len(words) < run.group().count(" ") + 1 or "l-" in run.group()
            if particle and _after_of(text, q):
                return None  # the body of a post: "một cầu thủ của | Estudiantes de Mérida" (../shared/bench)
            if (len(words) >= 2 and all(lex.vn_word.fullmatch(w) is None for w in (words[:1] if particle else words))
                    and not any(w in lex.not_foreign or lex.cue_kind.get(w.casefold()) for w in words)
                    and not _after_org_head(text, q, lex) and not _after_unit(text, q, lex)):
                return run.start(), run.end()
        q = skip_spaces(text, word.end())
    return None


# Characters after a title head searched for a foreign holder ending its organisation: the
# longest in the gold is "Cố vấn | chính sách đối ngoại Văn phòng Thủ tướng và Nội các |
# Guergana Guermanoff" (57); corpus/gold blind-s3-m.
FOREIGN_TITLE_WINDOW = 100
# Characters after a title head searched for the country a foreign holder serves when an
# organisation stands between them ("Chủ tịch QH Campuchia Heng Samrin").
COUNTRY_WINDOW = 40


def _country_in_title(text: str, pos: int, lex: Lexicon):
    """A country named within the capitalised words right after a title head, if any."""
    end = min(len(text), pos + COUNTRY_WINDOW)
    line_end = text.find("\n", pos, end)
    end = line_end if line_end >= 0 else end
    q, tail_ok = pos, False
    while q < end:
        m = lex.country.match(text, q)
        if m is not None:
            return m
        word = lex.token.match(text, q)
        if word is None:
            return None
        cap = _is_cap(word.group())
        # The lower-case second syllable of a word goes on ("Thượng viện | Australia");
        # other lower-case words end the title's capitalised organisation: no country in it.
        # ("Ngoại | giao Brasil": a verb-like tail goes on when a capitalised word follows it)
        if not cap and not (tail_ok and word.group()[0].isalpha()
                            and (not lex.stop.match(text, q) or _next_cap(text, word.end()))):
            return None
        tail_ok = cap and word.group()[1:].islower()
        q = skip_spaces(text, word.end())
    return None


# Words after which a capitalised run is the body a post is of, not its holder.
OF_WORDS = ("của", "thuộc", "tại")


def _after_of(text: str, q: int) -> bool:
    """Whether "của", "thuộc" or "tại" stands right before `q`: "Giám đốc pháp lý của | Protect
    Democracy" names the body (the persons audit at 72d8c42 saw its "Justin Florence")."""
    return text[max(0, q - 6) : q].rstrip(" ").rsplit(" ", 1)[-1] in OF_WORDS


def _after_unit(text: str, q: int, lex: Lexicon) -> bool:
    """Whether a unit word stands right before `q`, so a place follows: "Người phát ngôn Tòa thị
    chính tỉnh | Preah Sihanouk" (the persons audit at 8e700a6: Kheang Phearum's province)."""
    before = text[max(0, q - 12) : q].rstrip(" ")
    return any(before.endswith(w) and not before[: -len(w)][-1:].isalpha() for w in lex.locality_words)


def _foreign_body(text: str, q: int, lex: Lexicon) -> bool:
    """Whether the capitalised words at `q` are two or more of a foreign shape, none a known
    word of an organisation ("Juventus | Andrea Agnelli" is a club and its chairman)."""
    run = lex.foreign_run.match(text, q)
    words = run.group().split(" ") if run is not None else []
    return len(words) >= 2 and not any(lex.vn_word.fullmatch(w) or w in lex.not_foreign for w in words)


# Letters that a syllable, Vietnamese or foreign, holds at least one of (casefolded, before NFD marks).
_VOWEL_LETTERS = frozenset("aeiouyăâêôơư")


# Names of no vowel: the Cantonese surname ("ông Denny Ng", ../shared/bench dantri-business-166).
_VOWELLESS_NAMES = frozenset({"Ng"})


def abbreviated(word: str, dotted: bool) -> bool:
    """Whether a capitalised word has no vowel, so is an abbreviation ("ông Đỗ Văn Th.", "Bà Th nhận"), no
    name syllable; a listed vowelless name is one when no full stop follows it."""
    if any(ch in _VOWEL_LETTERS for ch in unicodedata.normalize("NFD", word.casefold())):
        return False
    return dotted or word not in _VOWELLESS_NAMES


def _after_capitalised(text: str, start: int) -> bool:
    """Whether a capitalised word stands right before `start` (one space between, no punctuation after it: "tại khu
    Thảo Điền (TP.Thủ Đức), | Jonny Buckley (33 tuổi", corpus/gold blind-s27-e-018)."""
    if start < 2 or text[start - 1] != " " or not (text[start - 2].isalnum() or unicodedata.combining(text[start - 2])):
        return False
    word_start = text.rfind(" ", 0, start - 1) + 1
    return text[word_start : word_start + 1].isupper()


def _next_cap(text: str, pos: int) -> bool:
    """Whether the word after `pos` (past spaces) is capitalised."""
    q = skip_spaces(text, pos)
    return q < len(text) and text[q].isupper()


def _after_given_name(text: str, start: int) -> bool:
    """Whether a capitalised word (a given name, not a title) stands right before `start`."""
    if start < 2 or text[start - 1] != " ":
        return False
    word_start = start - 1
    while word_start > 0 and (text[word_start - 1].isalpha() or unicodedata.combining(text[word_start - 1])):
        word_start -= 1
    word = text[word_start : start - 1]
    return word[:1].isupper() and word[1:].islower() and len(word) > 1
