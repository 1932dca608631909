"""Link names to their ranks, titles and honorifics, and resolve persons per article.

A name counts as a person when the text says so: a rank, title or honorific right
before it (`Trung tướng Lê Quốc Hùng`), titles in apposition after it (`Nguyễn Hồng
Ky – Phó Giám đốc ...`), a bracket about a person (`(SN 1986, trú tại ...)`), a list
or coordination with a person (`anh Nguyễn Văn Hoàn và Nguyễn Văn Hiệp`), or an
earlier mention of the same full name. Later short mentions (`ông Hùng`,
`nhà báo Duy Phong`) join the unique person whose name ends that way.
"""

from __future__ import annotations

import bisect
import functools

from collections.abc import Container, Mapping
from dataclasses import dataclass, field

import regex

from vnie.extractors.base import Candidate
from vnie.extractors.keys import key
from vnie.extractors.officials.find import (PAREN_MAX, find_title_end, glued_title_run, parent_end, skip_spaces,
                                            title_head_at, title_text,
                                           unit_at)
from vnie.extractors.officials.lexicon import PREFIXES, Lexicon
from vnie.extractors.officials.positions import expand_organisation, load_positions, org_kind, split_title
from vnie.gazetteer.load import alternation, load_tsv

TITLE_KINDS = ("position", "occupation", "role")
# The canonical role of a membership (titles.tsv, role_aliases.tsv: "Ủy viên", "UV", "UVTV").
MEMBER = "Ủy viên"
# Longest chain of titles, ranks and honorifics read around one name (the gold's longest
# is 4: "Trung tướng Lê Quốc Hùng, Ủy viên ..., Thứ trưởng ..., Trưởng Ban ...").
CHAIN_MAX = 6
# What joins a bare rank to the post that gives it its body (`_join_ranks`): "Bộ trưởng, Chủ nhiệm …", "Phó chủ tịch -
# Tổng Thư ký …" (corpus/gold blind-s30-c-004 keeps the dash).
RANK_POST_JOINS = (",", "-", "–")
# Longest joiner read between a name (or a title) and the next title in apposition (officials.yaml
# appos_sep: a term, a copula, an appointment with its committees and new place of work); no title
# starting farther than this after a name can be its own, so the joiner pattern is not tried there
# (speed: most names have none after them).
APPOS_MAX = 240
# Characters looked at before a name for a blocker word ("đường ", "thành phố ").
BLOCKER_WINDOW = 16
# Honorifics after which capitalised words without a Vietnamese surname are a
# (foreign) person's name: "ông Cheng Nhann", "đồng chí Pheng Căn Tha Nhim, Phó Tỉnh trưởng tỉnh
# Hủa Phăn" (Lao names run to four words), "Ngài Lim Jae Hoon". Ranks always qualify.
FOREIGN_HONORIFICS = frozenset({"ông", "bà", "đồng chí", "ngài"})
# Characters looked back from a name for a term after its title ("nhiệm kỳ 2020 - 2025 " is 21).
TERM_WINDOW = 28
# Characters looked at before a post honorific for a plural ("các ", "hai vị ").
PLURAL_WINDOW = 16





@dataclass(slots=True)
class Unit:
    """A rank, honorific or title found in the text, with its final written form."""

    start: int
    end: int
    kind: str
    text: str
    head: str
    org: str
    head_end: int = -1
    # Where the title as written ends when `end` goes on over the ministry above its organisation
    # ("Cục trưởng Cục X | , Bộ Công an |"): the chain of titles reads on from `end` (-1: at `end`).
    title_end: int = -1
    # Where the title as written ends when that is past `title_end`: the ministry written after a comma or dash is
    # part of it (GUIDELINES.md, round 14: "Cục trưởng Cục X, Bộ Công an"), though its organisation is the department's.
    span_end: int = -1
    # The post this bare one is joined to by `kiêm`, and the one title they make as written ("Phó Chủ tịch kiêm Tổng
    # Thư ký Hội Nông dân Việt Nam", GUIDELINES.md round 20); positions still read the two posts apart.
    kiem: Unit | None = None
    kiem_text: str = ""


class UnitStarts(dict):
    """Units by start, with the starts sorted: whether a unit starts shortly after a position
    is one bisection."""

    def __init__(self, units) -> None:
        super().__init__((u.start, u) for u in units)
        self.sorted = sorted(self)

    def near(self, pos: int) -> bool:
        """Whether a unit starts at or after `pos`, within APPOS_MAX characters."""
        i = bisect.bisect_left(self.sorted, pos)
        return i < len(self.sorted) and self.sorted[i] - pos <= APPOS_MAX


def _near(starts: Mapping[int, Unit], pos: int) -> bool:
    return starts.near(pos) if isinstance(starts, UnitStarts) else True


@dataclass(slots=True)
class Spot:
    """A place where a person may be named, with what surrounds it."""

    start: int
    end: int
    rule: str
    left: list[Unit] = field(default_factory=list)
    right: list[Unit] = field(default_factory=list)
    info: bool = False
    blocked: bool = False
    accepted: bool = False
    person: str | None = None
    place: bool = False
    known: str = ""  # "foreign", "alias" or "stage" for a name of known_persons.tsv or a foreign run
    listed: bool = False  # found from known_persons.tsv


@dataclass(slots=True)
class Person:
    name: str
    key: str
    rank: str | None = None
    titles: list[str] = field(default_factory=list)


# The preposition before where a standing is held ("người có uy tín | ở | buôn Toát").
PLACE_OF = regex.compile(r"[ ]+(?:ở|tại|của)[ ]+")
# Quote marks around a nickname written with a cue ("“Vua Muay Thái”", ../shared/bench dantri-sport-092).
OPENING_QUOTES = frozenset("“\"'‘«")
CLOSING_QUOTES = frozenset("”\"'’»")


def build_units(text: str, cues: list[Candidate], lex: Lexicon, stops: Container[int]) -> list[Unit]:
    """One unit per cue; titles extended over their organisation, `kiêm` posts sharing a board's organisation."""
    units: list[Unit] = []
    trimmed = len(text.rstrip())
    for cue in cues:
        if units and units[-1].kind in TITLE_KINDS and cue.start < units[-1].end:
            continue  # inside a known organisation of the title before: "Trưởng đoàn | Đại biểu Quốc hội"
        kind, head = cue.groups["kind"], cue.groups["head"]
        if kind == "rank":
            units.append(Unit(cue.start, _rank_end(text, cue.end, lex), kind, lex.rank_canonical[head.casefold()], head, ""))
            continue
        if kind in ("honorific", "naming"):
            role = lex.post_honorifics.get(head.casefold()) if kind == "honorific" else None
            if (role and not lex.plural_lead.search(text, max(0, cue.start - PLURAL_WINDOW), cue.start)
                    and text[cue.start - 1 : cue.start] not in OPENING_QUOTES  # "“Vua Thái Cực Quyền”": a nickname
                    and not (units and units[-1].kind in TITLE_KINDS and units[-1].end == _back_spaces(text, cue.start))):
                # "đại biểu Trần Văn Mão (đoàn Nghệ An)": a deputy, the word is the title
                # (not the end of one: "Trưởng ban Công tác | đại biểu Nguyễn Thị Thanh"); a place after it is
                # its organisation, no name: "Ông Y Brí Niê - già làng Buôn Sứt M’Đưng, xã Cư Suê" (blind-s14-a)
                end, drops = (find_title_end(text, cue.end, lex, stops, False, cue.start)
                              if text[cue.end : cue.end + 1] == " " and unit_at(text, cue.end + 1, lex) else (cue.end, []))
                units.append(Unit(cue.start, end, "position", title_text(text, cue.start, end, drops), role,
                                  title_text(text, cue.end, end, drops), cue.end))
                continue
            if kind == "naming" and _owner_title_before(text, cue.start, units, lex):
                units.pop()  # "Vợ của giám đốc | tên Trần Thị Hoa": the relative's name, not the director's (review 18 item 6)
            units.append(Unit(cue.start, cue.end, kind, head.casefold(), head, ""))
            continue
        if kind == "role" and head.casefold() in lex.name_honorifics and _name_next(text, cue.end, lex):
            # "VĐV Kipchoge", "Vận động viên Ngần Ngọc Nghĩa": a role written as an honorific, a name after it
            units.append(Unit(cue.start, cue.end, kind, text[cue.start : cue.end], head, "", cue.end))
            continue
        org_from = cue.end
        last = text.rfind(" ", cue.start, cue.end) + 1
        known = lex.known_org.match(text, last) if last else None
        if known and known.end() > cue.end:
            org_from = known.end()
        end, drops = find_title_end(text, org_from, lex, stops, org_from > cue.end, cue.start)
        if end == cue.end and head.casefold() in lex.place_roles:
            end, drops = _place_of_role(text, cue.end, lex, stops, cue.start)
        if _cut_off(text, end, lex, trimmed):
            continue  # the excerpt ends inside the title's last word: "Phó Bí thư Đ", "Chủ tịch UBND xã H"
        # an organisation in brackets ending the title is the writer's aside, no part of it (GUIDELINES.md, round 14:
        # "Trưởng khoa Thận nhân tạo (Bệnh viện Bạch Mai)" -> "Trưởng khoa Thận nhân tạo"); it still tells the kind
        aside = _aside_start(text, end, drops)
        written = aside if aside is not None else end
        words = title_text(text, cue.start, written, [d for d in drops if text[d] not in "()"])
        org = title_text(text, cue.end, written, drops)
        outer = parent_end(text, end, lex, stops) if org else None
        if outer is not None and _cut_off(text, outer, lex, trimmed):
            outer = None  # "…, Bộ C" at the excerpt's end: the ministry cut off, the title kept without it
        span = -1
        if outer is not None and aside is None and _parent_written(text, end):
            # "Cục trưởng Cục X, Bộ Công an": the ministry after a comma or dash is written into the title
            words, span = title_text(text, cue.start, outer, [d for d in drops if text[d] not in "()"]), outer
        title_end = end if outer is not None else (aside if aside is not None else -1)
        units.append(Unit(cue.start, outer or end, kind, words, head, org, cue.end, title_end, span))
    _share_kiem(text, units, lex)
    return _join_aides(text, _join_ranks(text, units, lex), lex)


# How far before a title its owner's "của" may stand ("của nam | diễn viên"; officials.yaml `title_owner_before`).
TITLE_OWNER_CHARS = 12


def _owner_title_before(text: str, pos: int, units: list[Unit], lex: Lexicon) -> bool:
    """Whether the last unit is a title right before the naming word at `pos` that belongs to another person, after
    "của": "Bà xã của nam diễn viên | tên …", "Vợ của giám đốc | tên …" name the relative."""
    if not units or units[-1].kind not in TITLE_KINDS or units[-1].end != _back_spaces(text, pos):
        return False
    start = units[-1].start
    return lex.title_owner_before.search(text, max(0, start - TITLE_OWNER_CHARS), start) is not None


def _cut_off(text: str, end: int, lex: Lexicon, trimmed: int) -> bool:
    """Whether the text (`trimmed` long without its trailing space) ends at `end` inside a word: its last word is one
    consonant letter ("… Chủ tịch UBND xã H"; corpus/gold blind-s24-c, -e leave such titles out, GUIDELINES.md round
    24), not a vowel ("Đông Á") nor a whole ending of official_cut_letters.txt ("Bệnh viện K")."""
    if end < trimmed or end < 2 or text[end - 2] not in " \t\n" or text[end - 1].casefold() not in lex.cut_letters:
        return False
    return not any(text.endswith(w, 0, end) and (end == len(w) or text[end - len(w) - 1].isspace())
                   for w in lex.whole_letter_ends)


def _place_of_role(text: str, end: int, lex: Lexicon, stops: Container[int], start: int) -> tuple[int, list[int]]:
    """The end of the place a standing in a community is held in ("người có uy tín | ở buôn Toát", "| của thôn Khuân
    Cầu, xã Đại Sơn"; official_place_roles.txt, GUIDELINES.md round 21), or `end` when no unit word follows."""
    lead = PLACE_OF.match(text, end)
    if lead is None or not unit_at(text, lead.end(), lex):
        return end, []
    place_end, drops = find_title_end(text, lead.end(), lex, stops, False, start)
    return (place_end, drops) if place_end > lead.end() else (end, [])


def _aside_start(text: str, end: int, drops: list[int]) -> int | None:
    """Where an organisation in brackets that ends the title at `end` starts, spaces before it skipped back, or None."""
    if not drops or text[end - 1 : end] != ")":
        return None
    opening = text.rfind("(", 0, end)
    return _back_spaces(text, opening) if opening in drops else None


def _parent_written(text: str, end: int) -> bool:
    """Whether the ministry after a title ending at `end` follows a comma or dash (not a bracket, not "thuộc")."""
    q = skip_spaces(text, end)
    return text[q : q + 1] in (",", "-", "–", "—")


def _join_ranks(text: str, units: list[Unit], lex: Lexicon) -> list[Unit]:
    """A minister's bare rank and the post after its comma or dash that gives it its body are one title: "Bộ trưởng, |
    Chủ nhiệm Văn phòng Chính phủ", "Phó chủ tịch - Tổng Thư ký Ủy ban Trung ương MTTQ Việt Nam" (official_rank_posts.tsv);
    the post's head and organisation are the title's."""
    out: list[Unit] = []
    for unit in units:
        rank = out[-1] if out else None
        if (rank is not None and rank.kind == "position" and unit.kind == "position" and not rank.org and unit.org
                and (rank.text.casefold(), unit.head.casefold()) in lex.rank_posts
                and text[rank.end : unit.start].strip() in RANK_POST_JOINS):
            joined = f"{rank.text}{text[rank.end : unit.start]}{unit.text}"
            out[-1] = Unit(rank.start, unit.end, "position", joined, unit.head, unit.org,
                           unit.head_end, unit.title_end, unit.span_end)
        else:
            out.append(unit)
    return out


def _rank_end(text: str, end: int, lex: Lexicon) -> int:
    """`end`, or the end of the military service and country written after a rank, so that the rank is the
    name's after them: "Đô đốc | Hải quân Pháp | Antoine Beaussant", "Đại tá | Không quân Mỹ | X"."""
    service = lex.rank_service.match(text, end)
    if service is None:
        return end
    country = lex.country.match(text, service.end() + 1) if text[service.end() + 1 : service.end() + 2].isupper() else None
    return country.end() if country is not None else service.end()


def _name_next(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a capitalised word that opens no organisation, known body or country follows `end`."""
    q = end + 1
    if text[end : q] != " " or not text[q : q + 1].isupper():
        return False
    country = lex.country.match(text, q)
    if country is not None:
        # a capitalised word after the country: the name after it ("ca sĩ Hàn Quốc Kim X"), or one that holds it
        # ("thủ môn Đức Cường")
        return text[country.end() : country.end() + 1] == " " and text[country.end() + 1 : country.end() + 2].isupper()
    return not (lex.org_head.match(text, q) or lex.known_org.match(text, q))


def _join_aides(text: str, units: list[Unit], lex: Lexicon) -> list[Unit]:
    """An aide's post written right before another post takes it as its organisation:
    "Trợ lý" + "Tổng thống Nga" is one title, "Trợ lý Tổng thống Nga"; so do an aide's post
    with a lower-case field ("Thư ký báo chí | Tổng thống Nga") and a post in an office
    ("Phó Chủ nhiệm Văn phòng | Chủ tịch nước"); a bare occupation and the lower-case one
    right after it are one title ("nhân viên | kế toán Trường THCS Hồng Phong")."""
    out: list[Unit] = []
    for unit in units:
        aide = out[-1] if out else None
        if aide is None or text[aide.end : unit.start].strip() or not _aide(aide, unit, lex):
            out.append(unit)
        elif unit.kind == "position" or (aide.kind == "occupation" and unit.kind in ("occupation", "role")):
            aide.end, aide.org = unit.end, f"{aide.org} {unit.text}".lstrip()
            aide.text = f"{aide.text} {unit.text}"
        elif unit.kind == "honorific":  # "Trợ lý đồng chí Phạm Minh Chính": not his title
            out[-1] = unit
        else:
            out.append(unit)
    return out


def _aide(unit: Unit, nxt: Unit, lex: Lexicon) -> bool:
    """Whether `unit` is a post held under the post `nxt` written right after it, or a bare
    occupation that `nxt`, a lower-case occupation, specifies ("nhân viên | kế toán Trường ...")."""
    if unit.kind == "occupation":
        return not unit.org and nxt.kind in ("occupation", "role") and nxt.text[:1].islower()
    if unit.kind != "position":
        return False
    if unit.org.casefold() in lex.office_orgs:
        return True
    return unit.head.casefold() in lex.aide_heads and (not unit.org or unit.org.islower())


def _share_kiem(text: str, units: list[Unit], lex: Lexicon) -> None:
    """`cựu Chủ tịch HĐQT kiêm Giám đốc Công ty X`: the board post takes X, the second the prefix. A first post that
    writes no body of its own (a board is one: "Chủ tịch HĐQT") and is no national office makes one title with the
    second (GUIDELINES.md round 20: "Bí thư kiêm Chủ tịch UBND xã Tân Kiên", "thuyền trưởng kiêm chủ tàu"; not
    "Thủ tướng kiêm ..."). A chain `A kiêm B kiêm C` of bare posts is one title too, written by its head A."""
    heads: dict[int, Unit] = {}  # id of a post joined to the one before it -> the head of its chain
    for first, second in zip(units, units[1:]):
        if first.kind not in TITLE_KINDS or second.kind not in TITLE_KINDS:
            continue
        if not lex.kiem.fullmatch(text, first.end, second.start):
            continue
        board = any(first.text.casefold().endswith(" " + b) for b in lex.board_words)
        if not first.org and not board and _bare_head(first.text) not in lex.kiem_split_heads:
            first.kiem, first.kiem_text = second, f"{first.text}{text[first.end : second.start]}{second.text}"
            head = heads.get(id(first))
            if head is not None:
                head.kiem_text += f"{text[first.end : second.start]}{second.text}"
            heads[id(second)] = head or first
        if board and second.org:
            first.text = f"{first.text} {second.org}"
        prefix = first.text.split(" ", 1)[0]
        if prefix.casefold() in {"cựu", "nguyên"} and not second.text.casefold().startswith(prefix.casefold()):
            second.text = f"{prefix} {second.text}"


def _bare_head(title: str) -> str:
    """A bare post's head without its prefix, casefolded ("nguyên Thủ tướng" -> "thủ tướng")."""
    first, _, rest = title.partition(" ")
    return (rest if first.casefold() in PREFIXES else title).casefold()


def _back_spaces(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] in " \t":
        pos -= 1
    return pos


def left_chain(text: str, start: int, ends: Mapping[int, Unit], lex: Lexicon, taken: Container[int]) -> list[Unit]:
    """Units written right before the name at `start`, nearest first, maybe across a spaced
    dash ("Thứ trưởng Bộ Công an - Lê Quốc Hùng").

    Across a comma or dash, a title already in apposition to an earlier name (`id` in `taken`)
    ends the chain: "Thiếu tướng X - Tư lệnh ..., bà Y" gives Y nothing of X's.
    """
    chain: list[Unit] = []
    k = _honorifics_back(text, _back_spaces(text, start), lex)
    unit = ends.get(k) or ends.get(_before_bracket(text, k)) or _quoted_calling(text, k, ends)
    if unit is None and k > 0 and text[k - 1].isalnum():
        term = lex.term_before.search(text, max(0, k - TERM_WINDOW), k)
        if term is not None:  # "Bí thư Tỉnh ủy Tây Ninh | nhiệm kỳ 2020 - 2025 | Nguyễn Văn Quyết"
            unit = ends.get(_back_spaces(text, term.start() + 1))
    adjacent = True
    if unit is None and k > 1 and text[k - 1] in "-–—" and text[k - 2] == " ":
        # "Thứ trưởng Bộ Công an - Lê Quốc Hùng": a spaced dash between the title and the name
        unit, adjacent = ends.get(_back_spaces(text, k - 1)), False
    while unit is not None and len(chain) < CHAIN_MAX:
        # a title dashed to the name is written with it, as a title right before it is: "hội đàm với Thủ tướng
        # Nhật Bản - Shinzo Abe" (no breaker word gives it away, only an earlier name's apposition does)
        dashed = not chain and not adjacent
        if not adjacent and unit.kind in TITLE_KINDS and (
                id(unit) in taken or (not dashed and (_breaker_before(text, unit, lex, chain) or _name_cue_role(unit, lex)
                                                      or lex.plural_bare.search(text, max(0, unit.start - PLURAL_WINDOW),
                                                                                unit.start)))):
            break  # "Báo cáo gửi các đại biểu Quốc hội, | Bộ trưởng ... X": the plural is others' title
        chain.append(unit)
        k = _back_spaces(text, unit.start)
        nearer = ends.get(k)
        if nearer is None and len(chain) == 1 and unit.kind == "honorific":
            # a place in brackets between the title and the honorific: "Chủ tịch UBND huyện Đông Hải (tỉnh Bạc Liêu) |
            # ông Bùi Minh Túy" (corpus/gold blind-s24-e-001)
            nearer = ends.get(_before_bracket(text, k))
        if nearer is not None:
            unit = nearer
            continue
        sep = lex.sep_before.search(text, max(0, k - 8), k)
        if sep is None and len(chain) == 1 and chain[0].head.casefold() in FOREIGN_HONORIFICS:
            sep = lex.copula_before.search(text, max(0, k - 8), k)  # "Chủ tịch UBND tỉnh là | ông X"
        if sep is None:
            break
        unit, adjacent = ends.get(_before_bracket(text, _back_spaces(text, sep.start()))), False
    return chain


def _quoted_calling(text: str, k: int, ends: Mapping[int, Unit]) -> Unit | None:
    """A bare calling quoted whole right before `k`: 'truy tặng bằng khen cho "hiệp sĩ" Nguyễn Văn Thôi' (corpus/gold
    blind-s31-a-033); not one with more words in the quotes, a nickname ('"phi công trẻ" X', ../shared/bench)."""
    if k < 2 or text[k - 1] not in CLOSING_QUOTES:
        return None
    unit = ends.get(k - 1)
    if unit is None or unit.kind != "role" or unit.org or unit.start < 1 or text[unit.start - 1] not in OPENING_QUOTES:
        return None
    return unit


def _honorifics_back(text: str, k: int, lex: Lexicon) -> int:
    """`k`, or where the foreign honorifics written right before it start, spaces skipped back:
    "Chủ tịch Quốc hội Campuchia | Samdech | Heng Samrin" (official_honorifics.tsv, kind foreign)."""
    while k > 0:
        word_start = text.rfind(" ", 0, k) + 1
        if word_start == 0 or text[word_start:k].rstrip(".").casefold() not in lex.foreign_honorifics:
            return k
        k = _back_spaces(text, word_start)
    return k


def _honorifics_forward(text: str, q: int, lex: Lexicon) -> int:
    """`q`, or where the name starts after the foreign honorifics written at `q` ("Samdech | Heng Samrin")."""
    while True:
        space = text.find(" ", q)
        if space < 0 or text[q:space].rstrip(".").casefold() not in lex.foreign_honorifics:
            return q
        q = skip_spaces(text, space)


def _before_bracket(text: str, pos: int) -> int:
    """`pos`, or where a bracket ending at `pos` opens (spaces skipped): the place in
    "Giám đốc Trung tâm Y tế huyện Kim Bôi (Hòa Bình), ông ..." is not part of the title."""
    if pos == 0 or text[pos - 1] != ")":
        return pos
    opening = text.rfind("(", max(0, pos - PAREN_MAX), pos)
    if opening < 0 or "\n" in text[opening:pos] or ")" in text[opening : pos - 1]:
        return pos
    return _back_spaces(text, opening)


def _after_bracket(text: str, pos: int) -> int:
    """The first position after `pos` past spaces and a bracket right there ("... Châu Á | (AIIB) | Kim Lập Quần")."""
    q = skip_spaces(text, pos)
    if text[q : q + 1] != "(":
        return q
    close = text.find(")", q, q + PAREN_MAX)
    return q if close < 0 or "\n" in text[q:close] else skip_spaces(text, close + 1)


def _breaker_before(text: str, unit: Unit, lex: Lexicon, chain: list[Unit]) -> bool:
    """Whether a word that gives the title before a comma to someone else stands before `pos`. A Party post
    opening a chain whose name has a title of its own written with it breaks only at a word naming a stand-in:
    the Party post comes first in a chain ("của Tổng Bí thư, Chủ tịch nước Tô Lâm", "chúc mừng của Ủy viên Bộ
    Chính trị, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị"); another post is someone else's ("trả lời chất vấn
    của Bộ trưởng Bộ NN&PTNT, Chủ tịch Quốc hội X", "báo cáo với Thủ tướng, Bộ trưởng Y tế Y")."""
    lo = max(0, unit.start - 12)
    if lex.breaker.search(text, lo, unit.start) is None:
        # "Theo phóng viên TTXVN, | Tổng thống Hàn Quốc Yoon Suk Yeol": a source, when the name has a title
        return _titled(chain) and lex.source_breaker.search(text, lo, unit.start) is not None
    if _titled(chain) and _party_post(unit):
        return lex.title_breaker.search(text, lo, unit.start) is not None
    return True


def _titled(chain: list[Unit]) -> bool:
    return any(u.kind in ("position", "role") for u in chain)


def _party_post(unit: Unit) -> bool:
    """Whether a title is a post of the Party (positions.org_kind "party": "Tổng Bí thư", "Ủy viên Bộ Chính trị"), or
    a membership of any body, which the press writes first in a chain as it does a Party post: "điện mừng với Ủy viên
    Quốc vụ, Bộ trưởng Ngoại giao Trung Quốc Vương Nghị" (corpus/gold blind-s10-d; ../shared/bench)."""
    plex = load_positions()
    role, org, _ = split_title(unit.text, unit.head, unit.org, plex)
    return unit.kind == "position" and (role == MEMBER or org_kind(role, expand_organisation(org, plex), False, plex) == "party")


def right_chain(
    text: str, end: int, starts: Mapping[int, Unit], name_starts: Container[int], lex: Lexicon, titled: bool = False
) -> tuple[list[Unit], bool]:
    """Titles in apposition after the name ending at `end`, and whether a bracket or age marks a person.
    `titled`: a title is written right before the name, as in a list of dignitaries each after their titles."""
    units: list[Unit] = []
    info = False
    pos = end
    q = skip_spaces(text, pos)
    if text[q : q + 1] == "," and text[skip_spaces(text, q + 1) : skip_spaces(text, q + 1) + 1] == "(":
        q = skip_spaces(text, q + 1)  # "Chen Minfeng, (sinh năm 1988)"
    if q < len(text) and text[q] == "(":
        close = text.find(")", q, q + 160)
        if close > 0 and "\n" not in text[q:close]:
            inner = skip_spaces(text, q + 1)
            if lex.person_cue.match(text, inner) or lex.info_bracket.match(text, q):
                info = True  # "(SN 1990", "(Campuchia, điền kinh)"
            for part in _paren_parts(text, inner, close):
                # "(SN 1988, ngụ Q.5, | là kế toán trung tâm Giám định Y khoa TP.HCM)": a copula may open the part
                unit = starts.get(part) or starts.get(lex.appos_sep.match(text, part).end())
                while unit is not None and unit.kind in TITLE_KINDS and unit.end <= close and len(units) < CHAIN_MAX:
                    if unit in units:  # the chain from an earlier part of the bracket took it
                        break
                    units.append(unit)
                    unit = starts.get(lex.appos_sep.match(text, unit.end).end())
            if info or units:
                pos = close + 1
    own, commas = len(units), True
    while len(units) < CHAIN_MAX:
        age = lex.age.match(text, pos)
        if age:
            info, pos = True, age.end()
            continue
        if not _near(starts, pos):
            break
        unit = starts.get(lex.appos_sep.match(text, pos).end())
        if unit is None or unit.kind not in TITLE_KINDS or _verb_after(text, pos, unit, lex) or _cues_next(text, pos, unit, lex):
            break
        commas = commas and text[pos : unit.start].strip() == ","
        if (_honorifics_forward(text, _after_bracket(text, unit.end), lex) in name_starts
                or _glued_to_next(text, unit, starts, name_starts)):
            # the title introduces the next name: "..., Bí thư Tỉnh ủy Đắk Lắk Nguyễn Đình Trung"; so do
            # the titles listed before it with commas alone in a list of titled names: "Chủ tịch nước Nguyễn
            # Phú Trọng, | Phó Thủ tướng Chính phủ, Bộ trưởng Bộ Ngoại giao Phạm Bình Minh" (corpus/gold
            # blind-s7-d); not after "bà Phạm Thị Oanh, | Phó chủ tịch UBND TP Nam Định, Trưởng ban tổ chức
            # Lễ Khai ấn đền | Trần Nam Định" (a temple; ../shared/bench)
            if commas and titled:
                del units[own:]
            break
        units.append(unit)
        pos = _after_bracket(text, unit.end) if text[skip_spaces(text, unit.end) :][:1] == "(" else unit.end
    role = lex.role_as.match(text, pos) if _near(starts, pos) else None
    unit = starts.get(role.end()) if role else None
    if unit is not None and unit.kind in TITLE_KINDS and skip_spaces(text, unit.end) not in name_starts:
        units.append(unit)  # "..., Bí thư Tỉnh ủy, làm Trưởng đoàn"
    return units, info


def _name_cue_role(unit: Unit, lex: Lexicon) -> bool:
    """Whether `unit` is a stated role that is also a name cue (titles.tsv role, official_honorifics.tsv
    name_words): "ca sĩ", "đạo diễn", "VĐV". Written with a name, it is that name's alone."""
    return unit.kind == "role" and unit.head.casefold() in lex.name_honorifics


def _verb_after(text: str, pos: int, unit: Unit, lex: Lexicon) -> bool:
    """Whether such a role stands right after the name at `pos` with nothing between: the verb of what the
    person did, no apposition ("Rừng thế mạng (Trần Hữu Tấn | đạo diễn)", "Phim hài do Lê Thanh Sơn | đạo diễn";
    corpus/gold blind-s12-e, ../shared/bench)."""
    return _name_cue_role(unit, lex) and not text[pos : unit.start].strip()


def _cues_next(text: str, pos: int, unit: Unit, lex: Lexicon) -> bool:
    """Whether such a role, bare after a comma at `pos`, cues the capitalised name right after it, so it is not the
    apposition of the name before: "nguyên Phó Chủ tịch nước Nguyễn Thị Bình, | nhà văn Nguyên Ngọc", "anh Vinh, | luật
    sư Thái" (../shared/bench baomoi-21487189, baomoi-22502356)."""
    return (_name_cue_role(unit, lex) and unit.end == unit.head_end and text[pos : unit.start].strip() == ","
            and _name_next(text, unit.end, lex))


def _glued_to_next(text: str, unit: Unit, starts: Mapping[int, Unit], name_starts: Container[int]) -> bool:
    """Whether `unit` is glued by a dash to a title that introduces the next name: "Vladimir
    Putin, cố vấn nhà nước-Bộ trưởng Ngoại giao Myanmar Aung San Suu Kyi"."""
    nxt = starts.get(unit.end + 1) if text[unit.end : unit.end + 1] == "-" else None
    return nxt is not None and skip_spaces(text, nxt.end) in name_starts


# What separates the parts of a bracket about a person: "(SN 1974; nguyên Phó Tổng giám đốc Trustbank)" (corpus/gold
# blind-s35-d-013; ../shared/bench).
_PAREN_SEP = regex.compile(r"[,;] ")


def _paren_parts(text: str, start: int, close: int) -> list[int]:
    """Starts of the comma- or semicolon-separated parts of a bracket: "(Việt kiều Pháp, Chủ tịch Hội ...)"."""
    return [start, *(m.end() for m in _PAREN_SEP.finditer(text, start, close))]


def left_rule(chain: list[Unit]) -> str:
    kinds = {u.kind for u in chain}
    if "rank" in kinds:
        return "officials.rank_name"
    if kinds & set(TITLE_KINDS):
        return "officials.title_name"
    return "officials.honorific_name"


def short_run(text: str, unit: Unit, lex: Lexicon) -> regex.Match[str] | None:
    """Capitalised syllables right after a rank or honorific (`Đại tá Thành`, `ông Cheng Nhann`),
    maybe after the country the person is from ("huấn luyện viên Hàn Quốc | Kim Sang-sik")."""
    if unit.end >= len(text) or text[unit.end] != " ":
        return None
    q = unit.end + 1
    if text[q : q + 1].isupper() and text[q : text.find(" ", q)] in lex.country_starts:
        country = lex.country.match(text, q)
        if country is not None and text[country.end() : country.end() + 1] == " ":
            run = lex.short_run.match(text, country.end() + 1)
            # a foreign name after it, not a Vietnamese given name ("chị Mỹ Linh", "thủ môn Đức Cường")
            if run is not None and (" " in run.group() or lex.vn_word.fullmatch(run.group()) is None):
                return run
    run = lex.short_run.match(text, q)
    return glued_title_run(text, q, lex.short_run, lex) if run is None else run


def titles_of(units: list[Unit]) -> list[str]:
    """Title texts of `units` (occupations only with an organisation; positions and stated roles always), in order;
    a bare post and the post it is joined to by `kiêm`, both among `units`, as their one title."""
    ids = {id(u) for u in units}
    joined = {id(u.kiem) for u in units if u.kiem is not None and id(u.kiem) in ids}
    return [u.kiem_text if id(u.kiem) in joined else u.text for u in units
            if id(u) not in joined and (u.kind in ("position", "role") or (u.kind == "occupation" and u.org)
                                        or id(u.kiem) in joined)]


_LOCALITY_KEYS = regex.compile(r"\b(?:tỉnh|thành phố|tp\.?) |[,\-]")
# A title ending with a bare unit word, the place unnamed: "Phó Chủ tịch UBND thành phố".
_GENERIC_END = regex.compile(r" (tỉnh|thành phố|tp\.?|huyện|quận|thị xã)$")
# The unit word opening the rest of a fuller title ("tp" of "tp hà nội"), if any.
_UNIT_START = regex.compile(r"(tỉnh|thành phố|tp\.?|huyện|quận|thị xã|xã|phường|thị trấn)(?: |$)")
# Unit words written two ways.
_UNIT_SAME = {"tp": "thành phố", "tp.": "thành phố"}
# Longest title head, in words ("phó chủ tịch thường trực").
HEAD_WORDS_MAX = 6


def prune_titles(titles: list[str], heads: Container[str] = ()) -> tuple[str, ...]:
    """Titles without duplicates; a bare or shorter form of a fuller title is dropped.

    "Thứ trưởng" goes when "Thứ trưởng Bộ Công an" is there; "... Công an Yên Bái" goes
    when "... Công an tỉnh Yên Bái" is there (the same post with a unit word added);
    "Phó Chủ tịch UBND thành phố" when "Phó Chủ tịch UBND TP Hà Nội" is (the place named);
    "Phó Chủ tịch Quốc hội" when "Phó Chủ tịch Thường trực Quốc hội" is (a fuller head
    from `heads`, casefolded, for the same organisation); "Chủ tịch" when "Phó Bí thư kiêm Chủ
    tịch UBND xã ..." is (the post after "kiêm" in one title).
    """
    if len(titles) < 2:
        return tuple(titles) if titles and key(titles[0]) else ()
    keys = [key(t) for t in titles]
    loose = [_LOCALITY_KEYS.sub("", k) for k in keys]
    bases = [_GENERIC_END.sub("", k) for k in keys]
    split = [_split_head(k, heads) for k in keys]
    out: list[str] = []
    seen: set[str] = set()
    for i, title in enumerate(titles):
        k = keys[i]
        if k in seen or not k:
            continue
        fuller = any(
            o != k
            and (
                (o.startswith(k) and o[len(k)] in " ,-(")
                or _after_kiem(k, o)
                or (loose[j] == loose[i] and len(o) > len(k))
                or _names_the_place(k, bases[i], o)
                or _names_the_council(k, o)
                or (split[i][1] and split[j][1] == split[i][1] and split[j][0].startswith(split[i][0] + " "))
            )
            for j, o in enumerate(keys)
        )
        if fuller:
            continue
        seen.add(k)
        out.append(title)
    return tuple(out)


def _after_kiem(k: str, o: str) -> bool:
    """Whether title key `k` is the post after "kiêm" in the one title `o` ("chủ tịch" of "phó bí thư kiêm chủ tịch
    ubnd xã xuân thới thượng")."""
    at = o.find(" kiêm " + k)
    end = at + len(" kiêm " + k)
    return at >= 0 and (end == len(o) or o[end] in " ,-(")


def _names_the_place(k: str, base: str, o: str) -> bool:
    """Whether title `o` is `k` ("... UBND thành phố") with its place named ("... UBND TP Hà Nội")."""
    if base == k or not o.startswith(base + " ") or _GENERIC_END.search(o):
        return False
    unit = _GENERIC_END.search(k).group(1)
    start = _UNIT_START.match(o, len(base) + 1)
    return start is None or _UNIT_SAME.get(start.group(1), start.group(1)) == _UNIT_SAME.get(unit, unit)


PEOPLES_COMMITTEE = "Ủy ban nhân dân"


@functools.cache
def _council() -> regex.Pattern[str]:
    """The people's committee a chairman's title names before its unit word ("Chủ tịch | UBND | xã Lưu Vĩnh Sơn"), in
    a title key: the committee and its abbreviations of org_abbreviations.tsv, the unit words of locality_levels.tsv."""
    names = [PEOPLES_COMMITTEE] + [r["abbr"] for r in load_tsv("org_abbreviations.tsv") if r["expansion"] == PEOPLES_COMMITTEE]
    units = [r["word"] for r in load_tsv("locality_levels.tsv", key="word")]
    return regex.compile(f" {alternation(key(n) for n in names)}(?= {alternation(key(u) for u in units)} )")


def _names_the_council(k: str, o: str) -> bool:
    """Whether title `o` is `k` ("chủ tịch xã", "phó chủ tịch tỉnh sơn la") with the people's committee written before
    its unit word ("chủ tịch ubnd xã lưu vĩnh sơn"): the same post (GUIDELINES.md round 13, a short form beside the full
    one is dropped)."""
    bare = _council().sub("", o, count=1)
    return bare != o and bare.startswith(k) and (len(bare) == len(k) or bare[len(k)] in " ,-(")


def _split_head(k: str, heads: Container[str]) -> tuple[str, str]:
    """(head, organisation) of a title key, by the longest head it starts with; ("", k) if none."""
    words = k.split(" ")
    start = 1 if words[0] in PREFIXES and len(words) > 1 else 0
    for n in range(min(HEAD_WORDS_MAX, len(words)), start, -1):
        head = " ".join(words[start:n])
        if head in heads:
            return head, " ".join(words[n:])
    return "", k
