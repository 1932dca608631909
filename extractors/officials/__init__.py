"""Officials: every named person in an article, with rank and titles.

`build()` loads the data once; the returned `extract(doc, found)` finds names and
cues (`find.py`), links them and resolves persons per article (`interpret.py`),
and returns one `OfficialValue` mention per mention of a person, each carrying
what the whole article says about that person.
"""

from __future__ import annotations

import bisect
from collections import Counter
from collections.abc import Sequence
import functools
from typing import Any
import unicodedata

import regex

from vnie.extractors.base import (
    Candidate,
    Found,
    LocalityValue,
    Mention,
    NormalisedDoc,
    OfficialValue,
    ProvinceValue,
    RegionValue,
)
from vnie.extractors.keys import key
from vnie.extractors.metadata import find_authors
from vnie.extractors.officials.find import (
    PAREN_MAX,
    abbreviated,
    clause_cut,
    find_appositive_names,
    find_cues,
    find_foreign_names,
    find_info_names,
    find_known_names,
    find_korean_names,
    find_names,
    honorific_skip,
    scan_names,
    skip_spaces,
    title_head_at,
)
from vnie.extractors.officials.interpret import (
    BLOCKER_WINDOW,
    CLOSING_QUOTES,
    OPENING_QUOTES,
    FOREIGN_HONORIFICS,
    TITLE_KINDS,
    Person,
    Unit,
    UnitStarts,
    Spot,
    build_units,
    left_chain,
    left_rule,
    prune_titles,
    right_chain,
    short_run,
    titles_of,
)
from vnie.extractors.officials.lexicon import (
    NAME_CUES,
    Lexicon,
    foreign_countries,
    foreign_shape,
    load_lexicon,
    name_shapes,
)
from vnie.extractors.officials.lists import GROUP_WINDOW, add_list_names
from vnie.extractors.officials.positions import (body_after_name, fill_bare_posts, implied_body, is_post,
                                                load_positions, name_committees, position_value, province_mentions,
                                                share_bodies)
from vnie.gazetteer.load import alternation, load_tsv, load_words
from vnie.gazetteer.provinces import country_names, load_localities


__all__ = ["build", "extract_officials", "key"]

# Characters between a title and a name beyond which the title cannot belong to it: the
# longest chain in the gold (Lê Quốc Hùng's three titles) spans 170; 250 leaves room.
NEAR_NAME = 250
# How many last lines may hold the byline (as extractors.metadata reads it).
BYLINE_LAST_LINES = 3
# Most characters after the byline's line at the end of a text (a photo credit, a source: "Ảnh: …", "Theo VnExpress");
# more is the body under a byline written below the headline.
BYLINE_TAIL_MAX = 200
# Characters looked at before `tên` for a noun for a person ("người đàn ông " is 15).
NOUN_WINDOW = 20
# What joins the names of a list: "A, B", "A và B", "A, và B".
LIST_JOINS = (", ", " và ", ", và ")
AND_JOINS = (" và ", ", và ")
# What joins two names of which one is a person's: a list join or "cùng" ("Phan Thị Khoa
# (trú TP Vinh) cùng Nguyễn Thị Hương").
PAIR_JOINS = LIST_JOINS + (" cùng ", ", cùng ")
# Names in a list that make it a list of people by itself (streets and districts named
# after people come after a word that blocks the first: "các quận Lê Chân, Ngô Quyền").
LIST_MIN = 3
# Characters looked at before a list for a street word, back to its sentence's start ("13
# đường đèn, gồm: Trường Sơn, Nguyễn Văn Trỗi, Nam Kỳ Khởi Nghĩa, Hàm Nghi, | Nguyễn Huệ").
LIST_BLOCKER_WINDOW = 160
# Characters looked at before a name for an institution word ("trường THPT chuyên ").
INSTITUTION_WINDOW = 24
# Characters looked at before a name for a company's post and name ("- Giám đốc Công ty TNHH thương mại vàng bạc ").
COMPANY_WINDOW = 120
# Longest photo caption line whose first name is taken as a person's (the gold's captions
# are under 150 characters; a paragraph that ends with a credit is no caption).
CAPTION_MAX = 200
# Words after which a bare full name is where something is, a street or a place named after a
# person (all 15 such names of ../shared/bench at 0b58c84).
PLACE_PREPOSITIONS = ("tại", "ở")
# Characters looked back from a group of people for a word that makes its names places ("3 xã thuần | người
# Chăm là Phan Hòa" is 11; the gold's and the bench's such groups are all within 20).
GROUP_BLOCKER_WINDOW = 24
# "Đoàn" before a province is a delegation, not a surname: "Đại biểu Quốc hội khóa XV Đoàn Quảng Ninh",
# "Bí thư Tỉnh Đoàn Bắc Ninh" (round 12, corpus/gold blind-s11-c).
DELEGATION = "Đoàn"
# The words before "đoàn" that make it a post's head: "Trưởng đoàn", "Phó Trưởng đoàn", "Phó đoàn".
DELEGATION_HEADS = frozenset({"trưởng", "phó"})
# "ông xã", "bà xã": husband, wife (the "xã" of no commune).
SPOUSE_WORDS = ("ông xã", "bà xã")
# The known_persons.tsv kind of a performer's stage name: a person wherever written, but at a place.
STAGE = "stage"
# Honorifics the press capitalises anywhere, which name no one themselves ("với Ngài Lim Jae Hoon").
CAPITALISED_HONORIFICS = frozenset({"ngài"})
# Characters looked at before a capitalised occupation for an organisation head ("Hội ").
ORG_HEAD_WINDOW = 12


@functools.cache
def _province_names() -> frozenset[str]:
    """Multi-word place names that are never people: provinces and aliases, countries
    (all from the provinces gazetteer), and our other places (continents, seas, districts)."""
    names = {row["name"] for row in load_tsv("provinces.tsv")}
    names.update(row["alias"] for row in load_tsv("aliases.tsv"))
    names.update(country_names())
    names.update(load_words("official_not_names.txt"))
    return frozenset(n for n in names if " " in n)


@functools.cache
def _district_names() -> frozenset[str]:
    """Names of districts and towns (localities.tsv): a name of a family name that is also a
    common word (official_surnames_more.txt) written as one is the place ("Sơn Trà", "Sơn Tây")."""
    return frozenset(name for (level, name) in load_localities() if level in ("district", "town", "city"))


@functools.cache
def _country_names() -> frozenset[str]:
    """Every country name of the provinces gazetteer (`Việt Nam`, `Lào`)."""
    return frozenset(country_names())


def build():
    """The officials extractor: `extract(doc, found) -> list[Mention[OfficialValue]]`."""
    lex = load_lexicon()
    places = _province_names()
    load_positions()  # compiled here, once, not inside the first article's time

    def extract(doc: NormalisedDoc, found: Found) -> list[Mention[Any]]:
        return extract_officials(doc, found, lex, places)

    return extract


def _place_spans(found: Found, lex: Lexicon) -> list[tuple[int, int]]:
    """Sorted spans of every place the provinces stage found (provinces, localities, regions), but a
    locality of no known name that is a full name with a surname: "Phó Chủ tịch HĐND huyện | Nguyễn Duy
    Cường" (the district's council's vice-chair; round 12, corpus/gold blind-s12-c)."""
    return sorted(
        (m.start, m.end)
        for m in found.get("provinces", [])
        if isinstance(m.value, (ProvinceValue, RegionValue)) or (
            isinstance(m.value, LocalityValue) and not _person_locality(m.value, lex))
    )


def _person_locality(value: LocalityValue, lex: Lexicon) -> bool:
    """Whether a locality no gazetteer knows, with no province, is written as a person's full name."""
    if value.province is not None or value.name.count(" ") < 2 or value.name.split(" ", 1)[0] not in lex.main_surnames:
        return False
    return (value.level, value.name) not in load_localities()


def _byline_start(text: str, authors: tuple[str, ...]) -> int:
    """Where the byline's names (`authors`) start near the end of the text, or len(text) when there is none.

    The byline may end a paragraph ("... điều tra làm rõ vụ việc. Mai Anh (Tổng hợp)"),
    so only the text from its first name on is the byline.
    """
    if not authors:
        return len(text)
    tail_from = len(text)
    end = len(text.rstrip())
    for _ in range(BYLINE_LAST_LINES):
        tail_from = text.rfind("\n", 0, end) + 1
        end = max(0, tail_from - 1)
    at = text.rfind(authors[0], tail_from)
    if at < 0:
        return len(text)
    # a byline under the headline of a short text, the body after it ("…Miguel Diaz-Canel\nPhạm Hưng\nSáng 1/9, tại Phủ
    # Chủ tịch …", corpus/gold blind-s19-d-027): no end of the text (`_author_line` leaves its name out)
    line_end = text.find("\n", at)
    return len(text) if line_end >= 0 and len(text[line_end:].strip()) > BYLINE_TAIL_MAX else at


def _ends_in_province(words: str, places: frozenset[str], lex: Lexicon) -> bool:
    """Whether four or more words end with a province and have no middle name second, so they name a
    business or a place ("Công ty cổ phần Chăn nuôi Hoàng Anh Gia Lai", "Mai Linh Hà Tĩnh", "Kim Mã Hà Nội";
    ../shared/bench), not a person ("Nguyễn Thị Thái Bình", "Đỗ Thị Thanh Hóa": corpus/gold)."""
    parts = words.split(" ")
    return len(parts) >= 4 and " ".join(parts[-2:]) in places and parts[1] not in lex.middle_names


def _province_after(text: str, end: int, spot_end: int, places: frozenset[str]) -> bool:
    """Whether the words from the last word before `end` to `spot_end` are a province ("Hà | Giang")."""
    if text[end : end + 1] != " " or spot_end <= end:
        return False
    return text[text.rfind(" ", 0, end) + 1 : spot_end] in places


def _author_line(text: str, spot: Spot, authors: tuple[str, ...]) -> bool:
    """Whether the name is a line of its own that names an author: a byline under the headline
    ("…bão Kalmaegi\n\nTrần Bích Ngân\nTrần Bích Ngân\n07/11/2025"; round 12, corpus/gold blind-s12-e, s12-c)."""
    if spot.start and text[spot.start - 1] != "\n" or text[spot.end : spot.end + 1] not in ("\n", ""):
        return False
    return text[spot.start : spot.end] in authors


def _name_spots(text: str, lex: Lexicon, places: frozenset[str], place_spans: list[tuple[int, int]],
                hits: list[tuple[int, int]]) -> list[Spot]:
    """Name candidates, with a place written at their start cut off (`Hà Nam Lê Hà` -> `Lê Hà`).

    A candidate that is all place (`Hà Nội`, `Lý Nhân` found as a locality) is kept
    with `place` set: `interpret` drops it unless a title or honorific names a person.
    """
    spots = []
    for cand in find_names(text, lex, hits):
        start, end = cand.start, _glued_end(text, cand.start, cand.end, lex)
        words = text[start:end]
        cut = _place_end(place_spans, start, end)
        if cut is None and words not in places:
            cut = next((start + len(p) for p in _prefixes(words) if p in places), None)
        first, _, rest = words.partition(" ")
        place = words in places or (cut is not None and cut >= end) or (
            first not in lex.main_surnames and words in _district_names()) or (first == DELEGATION and rest in places) or (
            _ends_in_province(words, places, lex))
        if cut is not None and not place:
            start = skip_spaces(text, cut)
            if start >= end or lex.name.fullmatch(text, start, end) is None:
                continue
        spots.append(Spot(start, end, cand.rule, place=place))
    return spots


def _glued_end(text: str, start: int, end: int, lex: Lexicon) -> int:
    """`end`, or the end of the syllable before the last when the last one opens a word
    with what follows ("Nguyễn An Thạnh | Khu vực này") or a date ("... | Chiều 12.5"),
    or the end of the first half of a name written twice ("Tô Lâm | Tô Lâm nhấn mạnh")."""
    words = text[start:end].split(" ")
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return start + len(" ".join(words[:half]))
    cut = clause_cut(text, start, end, lex)
    if cut != end and " " in text[start:cut]:  # a surname and a given name are left
        return cut
    last = text.rfind(" ", start, end)
    if text.count(" ", start, end) >= 2 and text[last + 1 : end + 1].casefold() in lex.credit_labels:
        return last  # a photo credit after a caption's name: "Khu lưu niệm Chủ tịch Tôn Đức Thắng | Ảnh: TTXVN"
    if text.count(" ", start, end) < 2 or text[end : end + 1] != " ":
        return end
    after = text.find(" ", end + 1)
    after = len(text) if after < 0 else after
    pair = text[last + 1 : after].casefold().rstrip(",.;:")
    if pair in lex.glued_words:
        return last
    # a part of the day opening a date: "Lý Khắc Cường | Chiều 12.5"
    word, _, rest = pair.partition(" ")
    return last if word in lex.day_parts and rest[:1].isdigit() else end


# Vowels no Vietnamese syllable ends with: "ă" and "â" always take a final consonant.
_OPEN_SHORT_VOWELS = frozenset("ăắằẳẵặâấầẩẫậ")


def _cut_at_text_end(text: str, end: int) -> bool:
    """Whether a name ends the text in the middle of its last syllable, the page cut off there ("Tiêu biểu như Trung tá
    Nguyễn Văn Thuận, Thiếu tá Hoàng Văn Vương, Thiếu tá Bàn Vă", corpus/gold blind-s19-a-023)."""
    return end >= len(text.rstrip()) and text[end - 1 : end].casefold() in _OPEN_SHORT_VOWELS


def _place_starts(spans: list[tuple[int, int]], start: int) -> bool:
    """Whether a found place starts at `start`."""
    i = bisect.bisect_left(spans, (start, -1))
    return i < len(spans) and spans[i][0] == start


def _place_end(spans: list[tuple[int, int]], start: int, end: int) -> int | None:
    """End of a found place that covers `start` (the candidate's first syllable), if any."""
    i = bisect.bisect_right(spans, (start, 1 << 62)) - 1
    if i >= 0 and spans[i][0] <= start < spans[i][1]:
        return spans[i][1]
    return None


def _prefixes(words: str) -> list[str]:
    if words.count(" ") < 3:
        return []  # only a name of 4+ words has a place prefix of 2+ words and 2+ words after it
    parts = words.split(" ")
    return [" ".join(parts[:i]) for i in range(2, len(parts) - 1)]


def extract_officials(doc: NormalisedDoc, found: Found, lex: Lexicon, places: frozenset[str]) -> list[Mention[Any]]:
    """Official mentions of one article.

    Args:
        doc: the normalised article.
        found: earlier stages' mentions; `found["provinces"]` (if present) marks places.
        lex: the compiled lexicon.
        places: multi-word province names, a fallback when `found` has none.

    Returns:
        One mention per mention of a person, `[]` when there is none.
    """
    text = doc.text
    if not text:
        return []
    place_spans = _place_spans(found, lex)
    surname_hits, known_hits = scan_names(text, lex)
    spots = _name_spots(text, lex, places, place_spans, surname_hits)
    authors = find_authors(text)
    byline = _byline_start(text, authors)
    raw_cues = find_cues(text, lex)
    spots = _add_other_names(text, [s for s in spots if s.start < byline and not _author_line(text, s, authors)],
                             raw_cues, lex, byline, place_spans, places, known_hits)
    spots = [s for s in spots if not _cut_at_text_end(text, s.end)]
    # A name right after "trường", "Bệnh viện", "đường" ... names the institution: no person,
    # and no stop for a title, which runs over it ("Hiệu trưởng trường ĐH Tôn Đức Thắng"); so does one after a
    # mausoleum and his title ("Lăng Chủ tịch | Hồ Chí Minh"), one alternation of `lex.institution`.
    spots = [s for s in spots if lex.institution.search(text, max(0, s.start - INSTITUTION_WINDOW), s.start) is None]
    spots = [s for s in spots if not _company_own_name(text, s, spots, raw_cues, lex)]
    name_starts = {s.start for s in spots}
    spot_starts = [s.start for s in spots]
    # an honorific opening a place is no honorific: "tỉnh Bình Dương, Bà Rịa Vũng Tàu"
    spot_ends = {s.end for s in spots}
    # a capitalised "Ông"/"Bà" right after a name or before a full one is an honorific: "Chủ tịch FPT Trương Gia Bình |
    # Ông Vũ ...", "Hiệu trưởng Trường Đại học Y-Dược Huế và | Ông Trương Quốc Hùng"
    cues = [c for c in raw_cues if not _inside_name(c.start, c.end, spot_starts, spots)
            and (_cue_ok(text, c, lex) or (lex.name_break.match(text, c.start - 1) is not None
                                           and (c.start - 1 in spot_ends or c.end + 1 in name_starts)))
            and (c.groups["head"].casefold() not in lex.name_only_honorifics or c.end + 1 in name_starts)
            and not (c.groups["kind"] == "honorific" and _place_starts(place_spans, c.start))]
    cue_ends = {c.end for c in cues}
    # A place stops a title only when it may be a person: "Chủ tịch Hồ Chí Minh", not "Thành ủy Hà Nội".
    after_unit = {s.start for s in spots if _place_after_unit(text, s, lex, place_spans) or _district_in_name(text, s, cue_ends)}
    stops = {s.start for s in spots if (not s.place or _person_place(text, s, cue_ends)) and s.start not in after_unit}
    stops |= {c.start for c in cues}
    name_starts = stops & name_starts
    # honorifics and ranks before a capitalised word of a foreign shape: a name the surname
    # rule misses ("Ông Antonino Camarda, thị trưởng của ..."); Vietnamese names are spots
    named = [c.end for c in cues if c.groups["kind"] in NAME_CUES and _foreign_word_at(text, c.end + 1, lex)]
    units = build_units(text, [c for c in cues if _near_name(text, c, spot_starts, spots, named)], lex, stops)
    ends = {u.end: u for u in units}
    starts = UnitStarts(units)

    for spot in spots:
        nearest = left_chain(text, spot.start, ends, lex, ())[:1]
        titled = bool(nearest) and nearest[0].kind in TITLE_KINDS
        spot.right, spot.info = right_chain(text, spot.end, starts, name_starts, lex, titled)
    taken = {id(u) for spot in spots for u in spot.right}
    shared = _distributive_titles(text, units, lex)
    for spot in spots:
        spot.left = left_chain(text, spot.start, ends, lex, taken) + _shared_for(spot, shared)
    _share_pair_titles(text, spots)
    _pair_posts(text, spots, starts)
    _share_pair_appointments(text, spots, lex)
    _share_list_titles(text, spots, lex, shared)
    for spot in spots:
        if not spot.left:
            spot.blocked = lex.blocker.search(text, max(0, spot.start - BLOCKER_WINDOW), spot.start) is not None
        if spot.place and not _person_place(text, spot, cue_ends):
            spot.blocked = True
        if _names_business(spot, lex):
            spot.blocked = True
        if spot.start in after_unit:
            spot.blocked = spot.blocked or not spot.left or _ends_in_locality(spot.left[0], lex)
        if spot.blocked:
            continue
        if spot.left:
            spot.accepted, spot.rule = True, left_rule(spot.left)
        elif spot.right:
            spot.accepted, spot.rule = True, "officials.name_apposition"
        elif spot.info:
            spot.accepted, spot.rule = True, "officials.name_person_info"
        elif _group_named(text, spot, lex):
            spot.accepted, spot.rule = True, "officials.group"
        elif _speaks(text, spot.end, lex) and _speaker_ok(text, spot, place_spans):
            spot.accepted, spot.rule = True, "officials.name_speaker"
        elif spot.known in ("foreign", STAGE):
            spot.accepted = True
        elif _bare_full_name(text, spot, lex, place_spans):
            spot.accepted, spot.rule = True, "officials.full_name"
    _accept_captioned(text, spots, lex)
    _accept_repeats_and_lists(text, spots, lex)
    shorts = [s for s in _short_spots(text, units, ends, starts, name_starts, lex, places, place_spans)
              if not _cut_at_text_end(text, s.end)]
    for spot in shorts:
        spot.left += [u for u in _shared_for(spot, shared) if u not in spot.left]
    listed = add_list_names(text, spots + shorts, lex, functools.partial(_is_place, text, places, place_spans),
                            lambda pos: _list_blocked(text, pos, lex))
    for spot in listed:  # "những vận động viên ... như A, B, Edwin Kiptoo": a foreign name the list rule finds
        spot.left += [u for u in _shared_for(spot, shared) if u not in spot.left]
    spots += listed
    _add_careers(text, units, spots + shorts, lex)
    aliases = _bracket_aliases(text, spots + shorts, lex)
    given_alone = {s.start for s in shorts if _given_alone(text, s, lex, places, place_spans)}
    persons = _resolve(text, spots, shorts, lex.rank_seniority, aliases, given_alone)
    _promote(text, spots + shorts, persons, lex)
    return _mentions(doc, spots + shorts, persons, lex) + _positions(doc, spots + shorts, persons, found, lex)


def _company_own_name(text: str, spot: Spot, spots: list[Spot], cues: Sequence[Candidate], lex: Lexicon) -> bool:
    """Whether the name-shaped run at `spot` ends a company's name in the apposition of a person named before it
    ("bị cáo Trương Mỹ Lan, cựu Chủ tịch Tập đoàn Vạn | Thịnh Phát, cùng ..."; officials.yaml `company_before`). Not in
    a list of titled names, where it is the next person's ("Phó Chủ tịch Tập đoàn Shire Linda Seah, Phó Chủ tịch Tập
    đoàn GE Christian Bennett", ../shared/bench)."""
    if lex.company_close.match(text, spot.end) is None:
        return False
    post = lex.company_before.search(text, max(0, spot.start - COMPANY_WINDOW), spot.start)
    if post is None:
        return False
    for holder in reversed([s for s in spots if s.end <= post.start() and post.start() - s.end <= COMPANY_WINDOW]):
        aside = text[holder.end : post.start()].strip()
        if not aside:
            return _introduced(text, holder.start, cues)
        age = lex.age.match(text, holder.end)
        in_bracket = aside[0] == "(" and (")" not in aside or (aside.count(")") == 1 and aside.endswith(")")))
        if (age and age.end() == post.start()) or in_bracket:
            # "Phan Thanh Hữu, 65 tuổi, | Giám đốc ...", "Nguyễn Hữu Bình (SN 1954, ...), | Giám đốc ...", "Hoàng Kiến
            # An (luật sư, | Giám đốc ..."
            return True
    return False


# The cues after which a name is introduced, with no title of its own before it (`_introduced`).
INTRODUCING_CUES = frozenset((*NAME_CUES, "role"))


def _introduced(text: str, start: int, cues: Sequence[Candidate]) -> bool:
    """Whether the name at `start` follows an honorific or a stated role ("bị cáo", "ông", "luật sư") or opens its
    sentence or list, so no title of its own stands before it."""
    if any(c.end <= start and not text[c.end : start].strip() and c.groups["kind"] in INTRODUCING_CUES for c in cues):
        return True
    i = start
    while i and text[i - 1].isspace():  # walk back over spaces, no copy of the text before
        i -= 1
    return i == 0 or text[i - 1] in ":;."


def _is_place(text: str, places: frozenset[str], place_spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) is a place or overlaps one the provinces stage found."""
    words = text[start:end]
    return (_overlaps(place_spans, start, end) or words in places or words in _country_names()
            or words in _district_names() or words in _foreign_places())


# The middle names that tell a man's or a woman's name: after a clan name of
# official_surnames_more.txt they make a name with no cue a person's too.
GENDER_MIDDLES = ("Văn", "Thị")
GENDER_MIDDLE_KEYS = frozenset(m.casefold() for m in GENDER_MIDDLES)  # the same words in a name key


def _bare_full_name(text: str, spot: Spot, lex: Lexicon, place_spans: list[tuple[int, int]]) -> bool:
    """Whether a name with no cue around it is still a person's: three or more words opening
    with a main surname ("Trong vụ án này, Nguyễn Thiện Thành là kẻ chỉ huy", "Đối với Bùi
    Thanh Hậu, tòa tuyên 20 năm tù"), written as a name is in running text, not as part of a
    street, address, place or longer proper name."""
    if spot.place or spot.known or spot.blocked or text.count(" ", spot.start, spot.end) < 2:
        return False
    words = text[spot.start : spot.end].split(" ")
    clan = words[0] in lex.all_surnames and words[1] in GENDER_MIDDLES  # "Vàng Văn Thịnh, một đối tượng"
    if (words[0] not in lex.main_surnames and not clan) or _overlaps(place_spans, spot.start, spot.end):
        return False
    if " ".join(words[1:]) in _country_names() or any(lex.org_head.fullmatch(w) for w in words[1:]):
        return False  # "Đoàn Việt Nam", "Đoàn Cục Bảo vệ": a delegation
    before = text[max(0, spot.start - 12) : spot.start].rstrip(" ")
    last = before.rsplit(" ", 1)[-1] if before else ""
    if last[-1:].isdigit() or last == ":" or (last[:1].isupper() and last[-1:].isalpha()
                                              and not _sentence_opener(text, spot.start - len(last) - 1, last, lex)):
        return False  # "số 50 Trần Cao Vân", "Trung tâm Thanh thiếu nhi Nguyễn Tất Thành", "Ảnh : X"
    if last.endswith("(") and text[spot.end : spot.end + 1] == ")":
        return False  # "xã Bản Luốc (Hoàng Su Phì)": a place in brackets
    if last in PLACE_PREPOSITIONS:
        return False  # "chủ đại lý xe hơi tại Phạm Văn Đồng, Hà Nội", "đổ rác ở Tống Văn Trân": a street
    return not lex.list_blocker.search(text, _sentence_start(text, spot.start), spot.start)


def _sentence_opener(text: str, at: int, word: str, lex: Lexicon) -> bool:
    """Whether `word`, written at `at`, opens its sentence and is a clause opener that is no name
    (official_name_clause_openers.txt): "Do | Lê Quang Liêm không dự SEA Games lần này" (round 12)."""
    before = text[:at].rstrip(" ")
    return word.casefold() in lex.clause_openers and (not before or before[-1] in ".!?\n")


def _accept_captioned(text: str, spots: list[Spot], lex: Lexicon) -> None:
    """A full name of three or more words opening a photo caption (a line of at most
    `CAPTION_MAX` characters ending with its credit, "… (Ảnh: TTXVN)") names a person in the
    photo: "Nguyễn Thị Oanh giành 3 tấm huy chương Vàng SEA Games 31 (Ảnh: TTXVN)"."""
    for spot in spots:
        if spot.accepted or spot.blocked or spot.place or text.count(" ", spot.start, spot.end) < 2:
            continue
        if spot.start and text[spot.start - 1] != "\n":
            continue
        end = text.find("\n", spot.end)
        end = len(text) if end < 0 else end
        if end - spot.start <= CAPTION_MAX and lex.caption.search(text, spot.start, end):
            spot.accepted, spot.rule = True, "officials.caption"


def _share_pair_titles(text: str, spots: list[Spot]) -> None:
    """A title written right before "A và B" where B has nothing of its own and ends its
    clause is B's too: "Nguyên Tổng Bí thư Nông Đức Mạnh và Lê Khả Khiêu;", "Thứ trưởng
    Bùi Cách Tuyến và Nguyễn Thái Lai." (the persons audit at 40fc3eb). Well-known and
    foreign names are left alone ("Tổng thống Trump và Kim Jong-un")."""
    for a, b in zip(spots, spots[1:]):
        if text[a.end : b.start] != " và " or b.left or b.right or b.info or a.known or b.known:
            continue
        first = a.left[0] if a.left else None
        if first is None or first.kind != "position" or text[first.end : a.start].strip():
            continue
        after = skip_spaces(text, b.end)
        if after < len(text) and text[after] not in ";.,\n":
            continue
        b.left = [u for u in a.left if u.kind in TITLE_KINDS]


# "và" between the two posts of two names ("Nguyễn Mạnh Sơn và Đinh Xuân Hướng, cựu chủ tịch | và | tổng giám đốc ...").
_POSTS_AND = regex.compile(r"[ ]+và[ ]+")


def _pair_posts(text: str, spots: list[Spot], starts) -> None:
    """Two names, the first with no title of its own, and two posts joined by "và" after the second pair one-to-one
    in order, each the span as written (GUIDELINES.md round 20, "A title after several names"): "Nguyễn Mạnh Sơn và
    Đinh Xuân Hướng, cựu chủ tịch và tổng giám đốc Công ty TNHH MTV Sông Mã" (corpus/gold blind-s32-d-015),
    "Nguyễn Ngọc Hai, Lương Văn Hải (cựu Chủ tịch và Phó chủ tịch UBND tỉnh Bình Thuận)" (blind-s35-d-029)."""
    names_at = {s.start for s in spots}
    for a, b in zip(spots, spots[1:]):
        if a.left or a.right or len(b.right) != 1 or b.left or text[a.end : b.start] not in (", ", " và "):
            continue
        joined = _POSTS_AND.match(text, b.right[0].end)
        second = starts.get(joined.end()) if joined else None
        # a name right after the second post makes it that name's title, not B's (review 21)
        if (second is not None and second.kind in TITLE_KINDS and second.org
                and skip_spaces(text, second.end) not in names_at):
            a.right, b.right = b.right, [second]


def _share_pair_appointments(text: str, spots: list[Spot], lex: Lexicon) -> None:
    """Names joined by "và" (or a list ending in one) take the post the last of them is given
    after an appointment verb: "Ông Hoàng Văn Tứ và ông Đinh Hữu Dực giữ chức Phó Chủ tịch HĐND
    tỉnh", "bầu ông Vương Quốc Tuấn và ông Đào Quang Khải giữ chức Phó Chủ tịch UBND tỉnh" (corpus/gold
    blind-s7-c); each may have its present post after a comma first, kept as its own: "bầu bà Nguyễn
    Thị Nguyệt, Giám đốc Sở Giáo dục và Đào tạo, và ông Hồ Huy Thành, Bí thư Đảng ủy xã Kỳ Xuân, giữ
    chức Phó chủ tịch UBND tỉnh" (corpus/gold blind-s14-c, s15-c)."""
    shared: dict[int, int] = {}  # id of a spot given the posts -> where they start in its `right`
    listed = _plural_listed(text, spots, lex)
    for a, b in reversed(list(zip(spots, spots[1:]))):
        if a.info or not b.right or a.known == "foreign" or b.known == "foreign":
            continue
        given = shared.get(id(b))
        if given is None and not any(u.kind in TITLE_KINDS for u in b.left):
            given = _appointed_at(text, b, lex)
        if given is None or (a.right and _appointed_at(text, a, lex) is not None):
            continue
        since = a.right[-1].end if a.right else a.end
        gap = text[since : min([b.start] + [u.start for u in b.left])]
        # a comma only inside a list that ends with "và": "A, B và C giữ chức ..."; not "CEO cho ông A,
        # ông B giữ chức vụ Phó Chủ tịch" (../shared/bench), where the clause after the comma is B's
        if gap in AND_JOINS or (gap == ", " and (id(b) in shared or id(a) in listed)):
            shared[id(a)] = len(a.right)
            a.right = a.right + b.right[given:]


def _plural_listed(text: str, spots: list[Spot], lex: Lexicon) -> set[int]:
    """Ids of the spots of name lists opened by a plural honorific (`plural_list_lead`), names joined by
    commas or "và": "Các ông, bà: | Hoàng Giang, Trần Huy Tuấn, Nguyễn Tuấn Anh, Giàng Thị Dung | giữ chức ..."
    (corpus/gold blind-s16-c)."""
    listed: set[int] = set()
    i = 0
    while i < len(spots):
        j = i
        while j + 1 < len(spots) and text[spots[j].end : spots[j + 1].start] in LIST_JOINS:
            j += 1
        lead = lex.plural_list_lead.search(text, max(0, spots[i].start - LEAD_WINDOW), spots[i].start)
        if j > i and lead is not None:
            listed.update(id(s) for s in spots[i : j + 1])
        i = j + 1
    return listed


def _appointed_at(text: str, spot: Spot, lex: Lexicon) -> int | None:
    """Where in `spot.right` the post given to the name after an appointment verb starts ("ông A | giữ chức X",
    "ông A, Bí thư Đảng ủy xã Kỳ Xuân, | được bầu giữ chức X"), or None."""
    since = spot.end
    for i, unit in enumerate(spot.right):
        gap = skip_spaces(text, since)
        gap = gap + 1 if i and text[gap : gap + 1] == "," else since
        if lex.pair_appoint.fullmatch(text, gap, unit.start) is not None or (
                not i and lex.pair_both.fullmatch(text, since, unit.start) is not None):
            return i
        since = unit.end
    return None


def _share_list_titles(text: str, spots: list[Spot], lex: Lexicon, shared) -> None:
    """Names listed after a plural honorific, none with a title of its own, take the titles
    written after the last of them: "các ông Hồ Quang Bửu, Nguyễn Hồng Quang, Trần Văn Tân - Phó
    Chủ tịch UBND tỉnh Quảng Nam" (corpus/gold blind-s8-c); not titles in brackets, which are the last
    name's own ("các ông A, B, Lê Đình Thuần (nguyên Chủ tịch UBND xã Đồng Tâm)", ../shared/bench).
    So do names each after "ông" or "bà" in a list a post is given to: "phê chuẩn kết quả bầu Phó chủ
    tịch UBND tỉnh Sơn La ... đối với: ...; ông A, ông B, ông C, ông D, Tỉnh ủy viên, Phó chủ tịch ..."
    (corpus/gold blind-s9-c); not bare names listed ("6 cán bộ của Công ty Khải Thái gồm Phan Kiện Trung,
    Nguyễn Mạnh Linh, nguyên giám đốc, ...": the post is the second name's; ../shared/bench)."""
    i = 0
    while i < len(spots):
        j = i
        while j + 1 < len(spots) and lex.list_gap.fullmatch(text, spots[j].end, spots[j + 1].start):
            j += 1
        run, i = spots[i : j + 1], j + 1
        last = run[-1]
        if len(run) < 2 or not last.right or "(" in text[last.end : last.right[0].start]:
            continue
        posts = [_shared_for(s, shared) for s in run]
        if any(s.right or s.info or s.known or any(u.kind in TITLE_KINDS and u not in p for u in s.left)
               for s, p in zip(run[:-1], posts)):
            continue
        plain = all(text[a.end : b.start] in LIST_JOINS for a, b in zip(run, run[1:]))
        if not ((plain and lex.plural_honorific.search(text, max(0, run[0].start - LEAD_WINDOW), run[0].start))
                or (not plain and posts[0] and all(p == posts[0] for p in posts))):
            continue
        for spot in run[:-1]:
            spot.right = list(last.right)


def _add_other_names(text: str, spots: list[Spot], cues, lex: Lexicon, byline: int,
                     place_spans: list[tuple[int, int]], places: frozenset[str],
                     known_hits: list[tuple[int, int, str]]) -> list[Spot]:
    """`spots` plus the names the surname rule misses: well-known people (`Putin`,
    `Tập Cận Bình`, `Trường Chinh`) and foreign names right after a title or rank
    (`Tổng thống Mỹ Donald Trump`), each where no name was found; sorted by start."""
    spot_starts = [s.start for s in spots]
    extra: list[Spot] = []
    dropped: set[int] = set()
    for cand in find_known_names(text, lex, known_hits):
        if cand.start >= byline:
            continue
        kind = cand.groups["kind"]
        # a place from the name's first word on, not one its last word opens ("ca sĩ Trần Thu | Hà Giang")
        if kind == STAGE and (_place_end(place_spans, cand.start, cand.end) is not None
                              or _after_unit_word(text, cand.start, lex) or _glued_to_capital(text, cand.start, lex)):
            continue  # "xã Tóc Tiên", "thị trấn Như Quỳnh", "khu tập thể Thanh | Xuân Bắc": a place
        inner = [s for s in spots if cand.start <= s.start and s.end <= cand.end and (s.start, s.end) != (cand.start, cand.end)]
        if inner and not any(s.start < cand.end and cand.start < s.end for s in spots if s not in inner):
            # "Soobin | Hoàng Sơn": the surname rule found the end of a listed name only
            dropped.update(id(s) for s in inner)
            extra.append(Spot(cand.start, cand.end, cand.rule, known=kind, listed=True))
        elif not _inside_name(cand.start, cand.end, spot_starts, spots):
            extra.append(Spot(cand.start, cand.end, cand.rule, known=kind, listed=True))
        elif kind == STAGE:
            # a stage name the surname rule finds too ("Lý Hải", "Hồ Ngọc Hà"): that spot is the person
            i = bisect.bisect_left(spot_starts, cand.start)
            if i < len(spots) and (spots[i].start, spots[i].end) == (cand.start, cand.end):
                spots[i].known, spots[i].listed = STAGE, True
            elif i < len(spots) and spots[i].start == cand.start and _province_after(text, cand.end, spots[i].end, places):
                # "Trần Thu Hà | Giang": the listed name, its last word opening a province (which made the four
                # words a place, `_ends_in_province`, or a person of all four after a cue)
                spots[i].end, spots[i].place, spots[i].known, spots[i].listed = cand.end, False, STAGE, True
    if dropped:
        spots = [s for s in spots if id(s) not in dropped]
        spot_starts = [s.start for s in spots]
    taken = {s.start for s in spots} | {s.start for s in extra}
    ends = {s.end for s in spots} | {s.end for s in extra}
    for cand in find_info_names(text, lex, ends):
        if _overlaps(place_spans, cand.start, cand.end) or text[cand.start : cand.end] in places:
            continue
        if cand.start < byline and not _inside_name(cand.start, cand.end, spot_starts, spots):
            if not any(e.start < cand.end and cand.start < e.end for e in extra):
                extra.append(Spot(cand.start, cand.end, cand.rule))
    # Korean names before the foreign ones found after a title, which may have cut them ("Bộ trưởng Lao động Lee |
    # Jung Sik"): a foreign one overlapping a Korean one makes it foreign
    korean: list[Spot] = []
    for cand in find_korean_names(text, lex, known_hits):
        if cand.start < byline and not _inside_name(cand.start, cand.end, spot_starts, spots) and not any(
                e.start < cand.end and cand.start < e.end for e in extra + korean):
            # three syllables ("Lee Jung Sik") or a hyphen ("Moon Jae-in") name a Korean wherever written; two
            # ("Lee Young", "Lee Robinson", "Chung Tham") only with a cue, like any name
            whole = text.count(" ", cand.start, cand.end) >= 2 or "-" in text[cand.start : cand.end]
            korean.append(Spot(cand.start, cand.end, cand.rule, known="foreign" if whole else ""))
    extra += korean
    for cand in find_foreign_names(text, cues, lex, taken) + find_appositive_names(text, cues, lex, ends):
        if _overlaps(place_spans, cand.start, cand.end) or text[cand.start : cand.end] in places:
            continue  # "Bí thư Tỉnh ủy Đắk Lắk": a place, not a foreign holder
        for spot in korean:
            if spot.start < cand.end and cand.start < spot.end:
                spot.known = "foreign"
        if cand.start < byline and not _inside_name(cand.start, cand.end, spot_starts, spots):
            if not any(e.start < cand.end and cand.start < e.end for e in extra):
                # "Chủ tịch QH Campuchia Heng Samrin | Củng cố quan hệ": a caption glued to the next sentence
                extra.append(Spot(cand.start, _glued_end(text, cand.start, cand.end, lex), cand.rule, known="foreign"))
    if not extra:
        return spots
    return sorted(spots + extra, key=lambda s: s.start)


_SENTENCE_END = regex.compile(r"\.(?=\s|$)|\n")
# Most posts taken from one career list ("từng giữ các chức vụ: A; B; ..."; the gold's longest has 6).
CAREER_MAX = 12
# Characters looked at before a shared title for its plural lead ("có 7 ", "các đồng chí ", "ba nhân sự được bầu giữ
# chức danh ").
LEAD_WINDOW = 40


def _distributive_titles(text: str, units, lex: Lexicon) -> list[tuple[int, int, object]]:
    """Titles written once before a list of names, each name taking them: "các Phó Giám
    đốc Công an tỉnh Bình Phước: A, B, C", "có 6 Thứ trưởng, Phó chủ nhiệm: A, B và C",
    "chức vụ phó thủ tướng Chính phủ đối với các ông A, B, C;". (list start, list end,
    unit) per shared title."""
    titles = [u for u in units if u.kind in TITLE_KINDS]
    out = []
    i = 0
    while i < len(titles):
        j = i
        while j + 1 < len(titles) and _titles_joined(text, titles[j], titles[j + 1], lex):
            j += 1
        group, first, last = titles[i : j + 1], titles[i], titles[j]
        i = j + 1
        opened = lex.list_open.match(text, last.end)
        if opened is not None and opened.group("each") is not None and _bare_names(text, titles, last.end, lex):
            # "Hai Phó Chủ tịch UBND tỉnh là ông A và ông B đã tiếp ...": the list ends with its last name
            opened = None
        plural = (lex.plural_lead.search(text, max(0, first.start - LEAD_WINDOW), first.start) is not None
                  or (opened is not None and opened.group("plural") is not None))
        listed = lex.list_direct.match(text, last.end) if plural and not opened else None
        if opened and plural:
            stop = _SENTENCE_END.search(text, opened.end())
            end = _list_end(text, titles, opened.end(), stop.start() if stop else len(text), lex)
            # places listed later in the sentence are no holders: "Đoàn ĐBQH tỉnh gồm các ông, bà: A - ...; B - ...
            # đã tiếp xúc cử tri các xã, phường: Thanh Miếu, Nông Trang" (corpus/gold blind-s15-c)
            places = lex.unit_group.search(text, opened.end(), end)
            end = places.start() if places is not None else end
        elif listed is not None:
            # the names right after a plural title: "các đại biểu Quốc hội (ĐBQH) A, B, C và D"
            opened, end = listed, listed.end()
        elif (called := _role_list(text, group, lex)) is not None:
            opened, end = called, called.end()
            group = [_bare_calling(text, u, lex, called.group("counted") is not None) for u in group]
        else:
            opened = lex.post_to.match(text, last.end)
            if opened is None:
                continue
            since = max(text.rfind(". ", 0, first.start), text.rfind("\n", 0, first.start)) + 1
            if not (lex.post_word.search(text, since, first.start)
                    or lex.post_count.search(text, max(since, first.start - LEAD_WINDOW), first.start)):
                continue
            names = lex.name_list.match(text, opened.end())
            if names is None:
                continue
            listed = lex.honorific_list.match(text, opened.end())
            end = max(names.end(), listed.end())
            if opened.group("plural") is not None:
                # "đối với các ông A - Giám đốc Sở Tư pháp, B - Giám đốc Sở GTVT.": each name of the sentence
                # after a plural, its own post between (corpus/gold blind-s15-c)
                stop = lex.post_list_end.search(text, end)
                end = stop.start() if stop else len(text)
            # the next post given in the sentence ends the list: "chức vụ A của ông X, ... và phê chuẩn
            # miễn nhiệm chức danh B của các ông: Y ...; ông Z" (corpus/gold blind-s9-c)
            nxt = lex.post_word.search(text, opened.end(), end)
            end = nxt.start() if nxt is not None else end
        out += [(opened.start(), end, unit) for unit in group]
    return out


def _titles_joined(text: str, a, b, lex: Lexicon) -> bool:
    """Whether titles `a` and `b` are written together for the same people (officials.yaml `title_join`); a post left
    after a counted one is another person's ("bầu bổ sung 3 ủy viên Ủy ban thành phố | và cho thôi làm nhiệm vụ đại
    biểu ...", ../shared/bench)."""
    joined = lex.title_join.fullmatch(text, a.end, b.start)
    return joined is not None and not (joined.group("left") and lex.plural_lead.search(
        text, max(0, a.start - LEAD_WINDOW), a.start))


def _bare_names(text: str, titles, start: int, lex: Lexicon) -> bool:
    """Whether names joined with no post between them follow `start` ("là ông A và ông B"; not "là ông A, Giám đốc Sở
    Nội vụ tỉnh và ông B, ...", corpus/gold blind-s19-c)."""
    listed = lex.list_direct.match(text, start)
    return listed is not None and not any(start < u.start < listed.end() for u in titles)


def _role_list(text: str, group, lex: Lexicon) -> regex.Match[str] | None:
    """The names a plural calling is written once for, after "như" and a few words about them: "những vận động viên
    hàng đầu Việt Nam và quốc tế như A, B, C" (corpus/gold blind-s19-e), or None."""
    first, last = group[0], group[-1]
    if any(u.kind != "role" for u in group) or not lex.role_plural_lead.search(
            text, max(0, first.start - LEAD_WINDOW), first.start):
        return None
    return lex.role_list.match(text, last.end)


def _bare_calling(text: str, unit: Unit, lex: Lexicon, counted: bool = False) -> Unit:
    """A calling shared over a list without the lower-case words read as its organisation, which describe the people:
    "dàn diễn viên | thời đó như A, B" (../shared/bench) -> "diễn viên"; a sport or craft written right after it stays
    (official_calling_kinds.txt): "dàn vận động viên điền kinh | hàng đầu Việt Nam như A, B" -> "vận động viên điền kinh".
    After a count (`counted`), capitalised words go too: "8 thí sinh | hai lần đạt Huy chương Vàng liên tiếp đó là: A"."""
    if unit.org and any(c.isupper() for c in unit.org) and not counted:
        return unit
    kind = lex.calling_kind.match(text, unit.head_end)
    end = kind.end() if kind is not None else unit.head_end
    org = kind.group().lstrip() if kind is not None else ""
    return Unit(unit.start, end, unit.kind, text[unit.start : end], unit.head, org, unit.head_end)


def _list_end(text: str, titles, start: int, end: int, lex: Lexicon) -> int:
    """Where a list of names opened at `start` ends, before `end`: at a title that its last
    name has after "và" ("2 chức danh Phó Chủ tịch UBND tỉnh: A, B | và Ủy viên UBND tỉnh C";
    corpus/gold blind-s8-c), since that name holds the other post, or at the next count of holders
    ("01 Chủ tịch UBND tỉnh là ông A và 03 | Phó Chủ tịch UBND tỉnh gồm: ...", blind-s9-c)."""
    for unit in titles:
        if start < unit.start < end and (text[max(0, unit.start - 3) : unit.start] == "và "
                                         or lex.counted_after_and.search(text, max(0, unit.start - LEAD_WINDOW), unit.start)):
            return unit.start
    return end


def _add_careers(text: str, units, spots: list[Spot], lex: Lexicon) -> None:
    """Posts listed after "từng giữ các chức vụ:" go to the name before it in the sentence:
    "Ông Phạm Lê Tuấn từng giữ các chức vụ: Phó Trưởng phòng ...; Trưởng phòng ...; ...", or, after a
    pronoun, to the person the paragraph is about (`_career_subject`): "Ông Lê Viết Chữ sinh năm 1963, ...
    Ông đã từng kinh qua các chức vụ: ...". "từng giữ chức" and "từng làm" open one too."""
    by_start = {u.start: u for u in units if u.kind in TITLE_KINDS}
    openers = sorted([*lex.career_open.finditer(text), *lex.career_once.finditer(text)], key=lambda m: m.start())
    for opened in openers:
        unit, listed = by_start.get(opened.end()), []
        if unit is None:
            continue
        since = max(text.rfind(". ", 0, opened.start()), text.rfind("\n", 0, opened.start())) + 1
        before = [s for s in spots if since <= s.start and s.end <= opened.start()]
        holder = max(before, key=lambda s: s.start) if before else _career_subject(text, spots, since, opened.start(), lex)
        if holder is None:
            continue
        while unit is not None and len(listed) < CAREER_MAX:
            listed.append(unit)
            nxt = by_start.get(lex.career_sep.match(text, unit.end).end())
            semi = text.find(";", unit.end, text.find(".", unit.end) % (len(text) + 1))
            if nxt is None and semi >= 0:  # "... Cảng Nghi Sơn, Thanh Hóa; Phó Chủ tịch ..."
                nxt = by_start.get(lex.career_sep.match(text, semi).end())
            unit = nxt
        holder.right += [u for u in listed if u not in holder.right]


# Characters a career sentence with a pronoun for its subject may stand after the name it refers to (the
# longest in corpus/gold blind-s16-c, s17-c: 402, two sentences of birth and schooling between).
CAREER_BACK = 600


def _career_subject(text: str, spots: list[Spot], since: int, at: int, lex: Lexicon) -> Spot | None:
    """The person a career sentence's pronoun (`career_pronoun`, right before its verb at `at`) stands for: the
    last name before the sentence, within `CAREER_BACK`, when it opens its own sentence (after an honorific or a
    rank: "Ông Võ Trọng Hải (SN 1968), quê ...") and fits the pronoun ("bà" for a woman's name or one
    after "bà"); else None."""
    pronoun = lex.career_pronoun.search(text, since, at)
    if pronoun is None or pronoun.end() != at:
        return None
    before = [s for s in spots if s.end <= since and not s.place]
    if not before:
        return None
    last = max(before, key=lambda s: s.start)
    lead = text[_sentence_start(text, last.start) : last.start]
    lead = lead.strip(" ")
    if since - last.end > CAREER_BACK or len(lead) > SUBJECT_LEAD_MAX or (lead and not lead.replace(" ", "").isalpha()):
        return None
    woman = " Thị " in f" {text[last.start : last.end]} " or lead.casefold() == "bà"
    return last if woman == (pronoun.group("pronoun").casefold() == "bà") or pronoun.group("pronoun").casefold() == "đồng chí" else None


# Longest lead before a name that opens its sentence as its subject: an honorific or a rank ("Thiếu tướng ").
SUBJECT_LEAD_MAX = 14


def _shared_for(spot: Spot, shared) -> list:
    return [unit for start, end, unit in shared if start <= spot.start < end]


def _group_named(text: str, spot: Spot, lex: Lexicon) -> bool:
    """Whether the clause names a group of people right before the name (`group_open`):
    "10 nghệ sĩ gồm Phạm Hà Hải", "Hai người trên xe là Nguyễn Văn Hưng", "Nhiều ca sĩ nổi
    tiếng ... như Hồng Nhung". Places are left out ("nhiều người ở các tỉnh như Nghệ An")."""
    if spot.place or spot.start < 4 or text[spot.start - 1] != " ":
        return False
    lo = max(0, spot.start - GROUP_WINDOW)
    if lex.group_open_any.search(text, lo, spot.start) is None:
        return False  # the common case, told backwards (1.2 µs against 9 forwards on the bench)
    group = lex.group_open.search(text, lo, spot.start)  # where the group starts
    # "3 xã thuần người Chăm là Phan Hòa": places named after people; a unit word further back names
    # whose group it is ("Công an quận Bình Thủy (TP Cần Thơ) đang tạm giữ 2 đối tượng gồm: Lê Minh Hiếu")
    return group is not None and not lex.list_blocker.search(
        text, max(_sentence_start(text, group.start()), group.start() - GROUP_BLOCKER_WINDOW), spot.start)


def _speaker_ok(text: str, spot: Spot, place_spans: list[tuple[int, int]]) -> bool:
    """Whether a name may be taken as a speaker: no place in it ("Kim Mã Hà Nội"), and a
    two-syllable one opens its clause ("quốc tế Hà Tiên cho biết" is a place)."""
    if spot.place or _overlaps(place_spans, spot.start, spot.end):
        return False
    if text.count(" ", spot.start, spot.end) >= 2:
        return True
    before = text[: spot.start].rstrip(" ")
    return not before or not before[-1].isalnum()


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    i = bisect.bisect_left(spans, (end, -1)) - 1
    return i >= 0 and spans[i][1] > start


def _speaks(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a verb of speech follows the name ending at `end`, maybe after a bracket:
    "Nguyễn Huyền My (Hà Nội) chia sẻ"."""
    q = skip_spaces(text, end)
    if q < len(text) and text[q] == "(":
        close = text.find(")", q, q + PAREN_MAX)
        if close < 0 or "\n" in text[q:close]:
            return False
        q = close + 1
    return lex.speaker.match(text, q) is not None


def _inside_name(start: int, end: int, spot_starts: list[int], spots: list[Spot]) -> bool:
    """Whether [start, end) overlaps a name (`spots` sorted, `spot_starts` their starts)."""
    i = bisect.bisect_left(spot_starts, end) - 1
    return i >= 0 and spots[i].end > start


def _foreign_word_at(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the word at `pos` is not of a Vietnamese syllable's shape ("Antonino")."""
    word = lex.token.match(text, pos)
    return word is not None and lex.vn_word.fullmatch(word.group()) is None


def _near_name(text: str, cue, spot_starts: list[int], spots: list[Spot], named: list[int] = ()) -> bool:
    """Whether a cue may belong to a name: one starts or ends within `NEAR_NAME` characters,
    a capitalised word follows it (`Bí thư Nhân`), or an honorific or rank before a
    capitalised word (`named`: their ends, sorted) stands within `NEAR_NAME` before it.
    Other cues are not scanned (speed)."""
    if cue.groups["kind"] in NAME_CUES:
        return True
    after = cue.end + 1
    if after < len(text) and text[cue.end] == " " and text[after].isupper():
        return True
    i = bisect.bisect_left(spot_starts, cue.start)
    if i < len(spots) and spots[i].start - cue.start <= NEAR_NAME:
        return True
    if i > 0 and cue.start - spots[i - 1].end <= NEAR_NAME:
        return True
    j = bisect.bisect_right(named, cue.start) - 1
    return j >= 0 and cue.start - named[j] <= NEAR_NAME


def _cue_ok(text: str, cue, lex: Lexicon) -> bool:
    """A capitalised honorific in mid-sentence is a name syllable (`Trâm Anh`), not `anh`.

    Abbreviations (`GS`, `ThS`) are always cues. `tên` names a person only after a noun
    for one (`nam sinh tên Đạt`, not `đường mang tên Lê Lợi`).
    """
    if cue.groups["kind"] == "naming":
        return (lex.person_noun.search(text, max(0, cue.start - NOUN_WINDOW), cue.start) is not None
                or _title_before(text, cue.start, lex))
    word = text[cue.start : cue.end]
    org = lex.org_head.match(text, cue.start)
    if org is not None and org.end() > cue.end:
        return False  # the head of an organisation: "Đại sứ quán", not "Đại sứ"
    if word[:1].isupper() and text[max(0, cue.start - 6) : cue.start].rstrip(" ").rsplit(" ", 1)[-1] in lex.title_place_leads:
        return False  # "Phủ Chủ tịch": a place
    if cue.groups["kind"] == "position" and _delegation_before(text, cue.start):
        return False  # "Đoàn đại biểu Quốc hội (ĐBQH) tỉnh gồm các ông, bà: ...": the delegation, no one's post
    if word[:1].isupper() and _inside_org_head(text, cue, lex):
        return False  # "Thừa ủy quyền của Bộ Tư lệnh BĐBP, ông ...": the command, no one's post
    if cue.groups["kind"] in ("occupation", "role") and word[:1].isupper():
        # "Hội Sinh viên Việt Nam", "Hội Nông dân": a capitalised occupation after an
        # organisation head is part of the organisation's name
        before = text[max(0, cue.start - ORG_HEAD_WINDOW) : cue.start].rstrip(" ")
        last = before.rsplit(" ", 1)[-1]
        if last and lex.org_head.fullmatch(last):
            return False
        # "Vụ Tài chính Kế toán": a capitalised word right before it, the name goes on
        # (not after "và": "VĐV bơi Nguyễn Huy Hoàng và | VĐV điền kinh Nguyễn Thị Oanh", corpus/gold blind-s12-e-013)
        words = before.split(" ")[-2:]
        glued = (text[cue.start - 1 : cue.start] == " " and all(w.isalpha() for w in words)
                 and lex.org_word_role.get(words[-1]) != "connector")
        named = _past_sentence_start(text, max(0, cue.start - ORG_HEAD_WINDOW) + len(before), words)
        if glued and any(w[:1].isupper() for w in named):
            return False
    if cue.groups["kind"] != "honorific" or not word[:1].isupper() or not word[1:].islower():
        return True
    if word.casefold() in CAPITALISED_HONORIFICS:
        return True
    before = text[: cue.start].rstrip(" ")
    return not before or not before[-1].isalnum()


TITLE_BEFORE_WORDS = 3
# How far before "tên" those words are looked for: three words of titles.tsv fit ("phó giám đốc ").
TITLE_BEFORE_CHARS = 30


def _title_before(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether a title of up to TITLE_BEFORE_WORDS words (titles.tsv) ends right before `pos`: "phụ xe | tên Nguyễn
    Quốc Huy", a role naming the person as a noun for one does (official_person_nouns.txt)."""
    words = text[max(0, pos - TITLE_BEFORE_CHARS) : pos].split()[-TITLE_BEFORE_WORDS:]
    return any(" ".join(words[-k:]).casefold() in lex.title_kind for k in range(1, len(words) + 1))


def _past_sentence_start(text: str, at: int, words: list[str]) -> list[str]:
    """The `words` that end at `at`, without the first when it opens its sentence: "Cũng theo | Luật sư Đặng Văn
    Cường", "Theo | Chuyên gia X" (a capital that names nothing; round 23)."""
    first = at - len(" ".join(words))
    head = text[max(0, first - 4) : first].rstrip(" ")
    if words and (first <= 0 or (head and head[-1] in SENTENCE_OPENERS)):
        return words[1:]
    return words


def _inside_org_head(text: str, cue, lex: Lexicon) -> bool:
    """Whether the capitalised word right before a cue opens an organisation head that holds the cue ("Bộ | Tư lệnh",
    official_org_heads.txt; corpus/gold blind-s15-b gave "Tư lệnh BĐBP" to the next name)."""
    if cue.start < 2 or text[cue.start - 1] != " ":
        return False
    before = text.rfind(" ", 0, cue.start - 1) + 1
    if text[before : cue.start - 1] not in lex.org_head_firsts:
        return False
    org = lex.org_head.match(text, before)
    return org is not None and org.end() >= cue.end


def _delegation_before(text: str, start: int) -> bool:
    """Whether "Đoàn" ("đoàn"), a delegation, is the word right before `start` and no post's head ends with it:
    "Đoàn | đại biểu Quốc hội tỉnh" names the delegation (corpus/gold blind-s15-c), "Trưởng đoàn | đại biểu Quốc
    hội" its head's post."""
    if text[max(0, start - 5) : start].casefold() != "đoàn ":
        return False
    before = text[max(0, start - 14) : start - 5].rstrip(" ").rsplit(" ", 1)[-1]
    return before.casefold() not in DELEGATION_HEADS


def _person_place(text: str, spot: Spot, cue_ends: set[int]) -> bool:
    """A place name of 3+ syllables right after a title, rank or honorific names a person (`Chủ tịch Hồ Chí Minh`)."""
    return text.count(" ", spot.start, spot.end) >= 2 and _back(text, spot.start) in cue_ends


def _back(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1] == " ":
        pos -= 1
    return pos


def _names_business(spot: Spot, lex: Lexicon) -> bool:
    """Whether the name ends a title whose business is written by its form and trade alone,
    so the name is the business's ("Giám đốc Công ty TNHH và Dịch vụ | Hoàng Gia Việt Nam");
    an honorific or rank before the title still makes a person."""
    if len(spot.left) != 1 or spot.left[0].kind not in TITLE_KINDS:
        return False
    return lex.business_unnamed.fullmatch(spot.left[0].org) is not None


def _glued_to_capital(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a capitalised word that is no cue and opens no sentence ends right before `start`,
    so a name found there ends a longer proper name ("khu tập thể Thanh | Xuân Bắc")."""
    if start < 2 or text[start - 1] != " ":
        return False
    at = text.rfind(" ", 0, start - 1) + 1
    word = text[at : start - 1]
    if not (word[:1].isupper() and word[-1:].isalpha()) or word.casefold() in lex.cue_kind:
        return False
    before = text[:at].rstrip(" ")
    return bool(before) and before[-1] not in ".!?:\n\"“"  # not a word opening the sentence ("Fan Mỹ Tâm, ...")


def _word_before(text: str, start: int, words: frozenset[str], fold: bool = False) -> bool:
    """Whether one of `words`, as a whole word, ends right before `start` (spaces between);
    `fold` compares case-insensitively."""
    before = text[max(0, start - 16) : start].rstrip(" ")
    if fold:
        before = before.casefold()
    for size, n, compared in _endings(words, fold):  # a set lookup per length, not a test per word
        if (before[-size:] in compared if size else "" in compared) and not before[:-n][-1:].isalpha():
            return True
    return False


@functools.cache
def _endings(words: frozenset[str], fold: bool) -> tuple[tuple[int, int, frozenset[str]], ...]:
    """The words as compared (case-folded with `fold`), grouped by their length as compared and as written
    (`n`, what `_word_before` cuts off); built once per word set."""
    groups: dict[tuple[int, int], set[str]] = {}
    for w in words:
        f = w.casefold() if fold else w
        groups.setdefault((len(f), len(w)), set()).add(f)
    return tuple((size, n, frozenset(fs)) for (size, n), fs in sorted(groups.items()))


@functools.cache
def _union(a: frozenset[str], b: frozenset[str]) -> frozenset[str]:
    return a | b


def _after_unit_word(text: str, start: int, lex: Lexicon) -> bool:
    """Whether a unit or locality word (`xã`, `thị trấn`, `thôn`), in any case, stands right before `start`."""
    if text[max(0, start - 16) : start].rstrip(" ").casefold().endswith(SPOUSE_WORDS):
        return False  # "ông xã Ưng Hoàng Phúc": her husband, no commune
    return _word_before(text, start, _union(lex.unit_words, lex.locality_words), fold=True)


def _after_locality(text: str, spot: Spot, lex: Lexicon) -> bool:
    """A two-syllable name right after a locality word is a place: `huyện Lý Nhân`, `tỉnh Hà Nam`; a local committee
    the press also writes in lower case in any case (`Bí thư huyện ủy Quan Hóa`, corpus/gold blind-s22-c-008); so is
    a district's name of three (`Bí thư Huyện ủy Hoàng Su Phì`, blind-s26-c-003)."""
    return (text.count(" ", spot.start, spot.end) == 1 or text[spot.start : spot.end] in _district_names()) and (
        _word_before(text, spot.start, lex.locality_words) or _word_before(text, spot.start, _committees(lex.locality_words), fold=True))


@functools.cache
def _committees(words: frozenset[str]) -> frozenset[str]:
    """The locality words written capitalised (`Huyện ủy`, `Thành đoàn`, `Đồn Biên phòng`): local committees and posts."""
    return frozenset(w for w in words if w[:1].isupper())


def _place_after_unit(text: str, spot: Spot, lex: Lexicon, place_spans: list[tuple[int, int]]) -> bool:
    """A two-syllable name right after a unit word or a local committee that is a place, not a
    name stopping the title before it: "Phó Bí thư Huyện đoàn | Quan Sơn" reads on over it."""
    return _after_locality(text, spot, lex) and not _not_a_province(text, spot, place_spans)


def _district_in_name(text: str, spot: Spot, cue_ends: set[int]) -> bool:
    """A district's or town's name ending an organisation's capitalised name, no cue right before it: "Bệnh viện Việt
    Nam – Thụy Điển | Uông Bí" (corpus/gold blind-s26-e-029), not "Chủ tịch | Hoàng Mai"."""
    before = spot.start - 1
    if text[before : spot.start] != " " or before in cue_ends or text[spot.start : spot.end] not in _district_names():
        return False
    word = text.rfind(" ", 0, before) + 1
    return text[word : word + 1].isupper() and text[word:before].isalpha()


def _not_a_province(text: str, spot: Spot, place_spans: list[tuple[int, int]]) -> bool:
    """A name after "tỉnh" that the provinces stage did not find is no province: every
    province is known, so "Phó Chủ tịch UBND tỉnh Y Ngọc" names a person."""
    before = text[max(0, spot.start - 6) : spot.start].rstrip(" ")
    return before.endswith("tỉnh") and not before[:-4][-1:].isalpha() and not _overlaps(place_spans, spot.start, spot.end)


def _ends_in_locality(unit, lex: Lexicon) -> bool:
    """Whether a title ends with a unit word (`... Thành ủy TP`), so the next words are a place."""
    if unit.kind not in TITLE_KINDS:
        return False
    return any(unit.text.endswith(" " + w) for w in lex.locality_words)


def _accept_repeats_and_lists(text: str, spots: list[Spot], lex: Lexicon) -> None:
    """Accept repeats of an accepted full name, and names listed next to an accepted one."""
    known = {key(text[s.start : s.end]) for s in spots if s.accepted}
    for spot in spots:
        if not spot.accepted and not spot.blocked and key(text[spot.start : spot.end]) in known:
            spot.accepted, spot.rule = True, "officials.repeat"
    _accept_long_lists(text, spots, lex)
    changed = True
    while changed:
        changed = False
        for a, b in zip(spots, spots[1:]):
            if a.accepted == b.accepted or a.blocked or b.blocked:
                continue
            if _pair_gap(text, a.end, b.start) in PAIR_JOINS:
                if a.accepted and _district_follows(text, b.end):
                    continue  # "Anh Nguyễn Đức Thuyết, Sơn Đồng, Hoài Đức": his commune and district
                (b if a.accepted else a).accepted = True
                (b if a.accepted and b.rule == "officials.name" else a).rule = "officials.list"
                changed = True


_CAPITAL_RUN = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]*(?: \p{Lu}[\p{Ll}\p{M}]*)*")


def _district_follows(text: str, end: int) -> bool:
    """Whether ", " and a district's name (localities.tsv) follow `end`: the name before is an address."""
    if text[end : end + 2] != ", ":
        return False
    run = _CAPITAL_RUN.match(text, end + 2)
    return run is not None and run.group() in _district_names()


def _pair_gap(text: str, end: int, start: int) -> str:
    """The text between two names, without a bracket right after the first ("(trú TP Vinh)")."""
    gap = text[end:start]
    if gap.startswith(" (") and ")" in gap and "\n" not in gap and len(gap) <= PAREN_MAX:
        gap = gap[gap.index(")") + 1 :]
    return gap


def _accept_long_lists(text: str, spots: list[Spot], lex: Lexicon) -> None:
    """Accept every name of a list of `LIST_MIN` or more full names with a surname, joined
    by commas and "và" ("gồm Quách Thị Lan, Nguyễn Thị Huyền, Nguyễn Thị Thúy và Nguyễn Thị
    Oanh"): such a list names people. A list with a place, a blocked name (after "đường",
    "quận"...) or a foreign or known name in it is left alone ("các quận Lê Chân, Ngô Quyền,
    Hồng Bàng")."""
    run: list[Spot] = []
    for spot in spots + [None]:
        if spot is not None and run and text[run[-1].end : spot.start] in LIST_JOINS:
            run.append(spot)
            continue
        if (len(run) >= LIST_MIN and not any(s.blocked or s.place or s.known not in ("", STAGE) for s in run)
                and not _list_blocked(text, run[0].start, lex)):
            for s in run:
                if not s.accepted:
                    s.accepted, s.rule = True, "officials.list"
        run = [spot] if spot is not None else []


def _list_blocked(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the list of names starting at `pos` is one of streets, districts or schools: a word of
    official_list_blockers.txt in its sentence before it, unless people are named before that word and the
    list opens after its name ("5 thành viên ... đều là học sinh Trường THPT Chuyên Hà Nội - Amsterdam, gồm
    Hoàng Ngọc Bách, ...": the school's pupils, corpus/gold blind-s15-e; not "13 đường đèn, gồm: Trường Sơn, ...")."""
    since = _sentence_start(text, pos)
    last = None
    for last in lex.list_blocker.finditer(text, since, pos):
        pass
    if last is None:
        return False
    if lex.list_opener.search(text, last.end(), pos) is None:
        return True
    # bare "người" is in nearly every sentence ("Nhiều người đã đến các trường, gồm Lê Quý Đôn, ..."): no sign of people
    return all(m.group().casefold() == "người" for m in lex.group_noun.finditer(text, since, last.start()))


def _sentence_start(text: str, pos: int) -> int:
    """Where the sentence holding `pos` starts, at most `LIST_BLOCKER_WINDOW` characters back."""
    lo = max(0, pos - LIST_BLOCKER_WINDOW)
    cut = max(text.rfind(". ", lo, pos), text.rfind("\n", lo, pos))
    return lo if cut < 0 else cut + 1


def _foreign_organisation(run: str, lex: Lexicon) -> bool:
    """Whether a run of 2+ capitalised words of a foreign shape holds a word of an
    organisation's name (official_foreign_not_names.txt: "Crystal Palace", "Man City")."""
    words = run.split(" ")
    return len(words) > 1 and lex.vn_word.fullmatch(words[0]) is None and any(w in lex.not_foreign for w in words)


def _short_spots(
    text: str, units, ends, starts, name_starts: set[int], lex: Lexicon, places: frozenset[str],
    place_spans: list[tuple[int, int]],
) -> list[Spot]:
    """Given-name mentions (`ông Hùng`, `Đại tá Thành`, `Bí thư Nhân`) and foreign names after a rank or `ông`."""
    shorts: list[Spot] = []
    for unit in units:
        # a post or role written as an honorific ("HLV Troussier", "VĐV Ngần Ngọc Nghĩa") still finds the name after it
        if unit.kind in NAME_CUES or (unit.kind in ("position", "role") and unit.text.casefold() in lex.name_honorifics):
            if unit.end + 1 in name_starts:
                continue
            run = short_run(text, unit, lex)
            if run is None or run.group() in places or any(p in places for p in _word_prefixes(run.group())):
                continue  # "nhà thơ Hy Lạp Homer": a country, then the name
            if run.group() in _country_names():
                continue  # "nữ diễn viên Malaysia": where the person is from, no name
            if run.group().split(" ", 1)[0].casefold() in lex.unit_rank:
                continue  # "già làng | Buôn Sứt M’Đưng": a village, the elder's (corpus/gold blind-s14-a)
            if text[unit.start - 1 : unit.start] in OPENING_QUOTES and text[run.end() : run.end() + 1] in CLOSING_QUOTES:
                continue  # "“Vua Muay Thái”, Wacharalek": a nickname in quotes, cue and all
            if not _long_run_ok(text, run, unit, lex):
                continue
            if unit.kind != "rank" and _foreign_organisation(run.group(), lex):
                continue  # "các cầu thủ Crystal Palace": a club ("Đại tá Toyota Chikara" is a colonel)
            if title_head_at(text, run.start(), lex):
                continue  # "ông | Phó Chủ tịch UBND TP.Sầm Sơn Phạm Văn Tuấn": a title, not a name
            if abbreviated(run.group().rsplit(" ", 1)[-1], text[run.end() : run.end() + 1] == "."):
                continue  # "ông Đỗ Văn Th.": a name cut to its initials (GUIDELINES.md), no person
            foreign = " " in run.group() and (unit.kind == "rank" or unit.text in FOREIGN_HONORIFICS)
            # a title starting there is no name: "các đồng chí | Phó Chủ tịch UBND tỉnh"
            whole = (run.start() not in starts and _whole_name(run.group(), unit, lex)
                     and not _overlaps(place_spans, run.start(), run.end())
                     and not lex.plural_before.search(text, max(0, unit.start - 8), unit.start)
                     and not lex.name_particle.match(text, run.end()))
            rule = "officials.foreign_name" if foreign else "officials.honorific_name" if whole else "officials.given_name"
            # "ông Mr | Jeong Hyung-gon", "ông Jeremy Corbyn | Hơn 40.000 điểm"
            spot = Spot(honorific_skip(text, *run.span(), lex), clause_cut(text, *run.span(), lex), rule)
            spot.left = left_chain(text, unit.end + 1, ends, lex, set())  # past a country or "Mr"
            spot.right, spot.info = right_chain(text, spot.end, starts, name_starts, lex)
            # one word ("HLV Troussier") is first joined to a longer name, if any (`_resolve`)
            spot.accepted = foreign or (whole and " " in run.group()) or unit.kind == "naming"
            shorts.append(spot)
        elif unit.kind == "position" and unit.org and text[unit.head_end : unit.head_end + 1] == " ":
            run = lex.short_run.match(text, unit.head_end + 1)  # "Bí thư Nhân", "Phó Tỉnh trưởng Cheng Nhann"
            # The run must be the whole organisation, or end before a verb: "Trung" of
            # "Ủy viên Trung ương Đảng" is not a given name.
            if run is not None and run.group() not in places and (
                run.end() == unit.end or lex.stop.match(text, skip_spaces(text, run.end()))
            ):
                spot = Spot(run.start(), run.end(), "officials.given_name")
                spot.left = [unit]
                spot.right, spot.info = right_chain(text, spot.end, starts, name_starts, lex)
                shorts.append(spot)
    return shorts


# Words of the longest name read after an honorific that the surname rule does not find.
SHORT_RUN_MAX = 3



def _long_run_ok(text: str, run, unit, lex: Lexicon) -> bool:
    """Whether a run of more than `SHORT_RUN_MAX` capitalised words (an H'Mông "A" or Ê Đê "Y"
    aside) after an honorific is one name: only after "ông" or "bà", with no surname, title,
    cue or clause opener among its words ("ông Đạ Kriêng Ha Wê", "ông Cil Yũ Ha Giảng"; not "ông
    Franz Klintsevich | Phó Chủ tịch", "VĐV Taekwondo | Châu Tuyết Vân", "ông Ông Lương Ngọc Khuê")."""
    words = run.group().split(" ")
    if sum(len(w) > 1 for w in words) <= SHORT_RUN_MAX:
        return True
    if unit.text.casefold() not in FOREIGN_HONORIFICS:
        return False
    at = run.start()
    opened = len(words[0]) == 1  # "ông Y Thanh Hà Niê K'đăm": an Ê Đê name holds Kinh syllables
    for w in words:
        if (w in lex.main_surnames and not opened) or lex.cue_kind.get(w.casefold()) or w.casefold() in lex.clause_openers:
            return False
        if title_head_at(text, at, lex):
            return False
        at += len(w) + 1
    return True


def _word_prefixes(words: str) -> list[str]:
    """The leading runs of two or more words of `words`, shortest first."""
    parts = words.split(" ")
    return [" ".join(parts[:i]) for i in range(2, len(parts))]


def _whole_name(run: str, unit, lex: Lexicon) -> bool:
    """Whether the capitalised words after a rank or a person honorific are a whole name:
    two or three words ("anh Sất Kphâu", "chị Thanh Mai"), or one of a non-Vietnamese
    shape ("HLV Troussier"), no organisation or place word among them."""
    cue = unit.text.casefold()
    if unit.kind != "rank" and cue not in lex.name_honorifics:
        return False
    words = run.split(" ")
    if any(lex.cue_kind.get(w.casefold()) for w in words):
        return False
    if len(words) >= 2:
        return True
    one_word = unit.kind == "rank" or lex.name_honorifics[cue]
    return one_word and lex.vn_word.fullmatch(run) is None and run not in lex.not_foreign


def _bracket_aliases(text: str, spots: list[Spot], lex: Lexicon) -> list[tuple[Spot, Spot, bool]]:
    """(name, other name, whether the other is the one to keep) for each accepted name followed by another
    name of the same person in brackets (officials.yaml `alias_open`): the bracket's name is accepted too. The
    legal name is kept: the bracket's after "tên thật", or after a stage role when only it opens with a main
    surname ("đạo diễn Trung Lùn (Nguyễn Nhật Trung)"); else the first ("Giàng A Vàng (có tên gọi khác là Giàng A
    Nhà)", "đồng chí Bô Nhơn (Lê Viết Muồng)"); a well-known name (known_persons.tsv) is kept over a transliteration
    ("Tổng thống Đô-nan Trăm (Donald Trump)")."""
    out = []
    ordered = sorted(spots, key=lambda s: s.start)
    by_start = {s.start: s for s in ordered if not s.place}  # "(tên thật | Y)": blocked by "tên", still a name
    for spot in ordered:
        # a one-word name after a cue is accepted when resolved ("ca sĩ Orange")
        if not (spot.accepted or spot.rule == "officials.honorific_name") or spot.blocked:
            continue
        if text[spot.end : spot.end + 2].lstrip(" ")[:1] != "(":
            continue
        opened = lex.alias_open.match(text, spot.end)
        other = by_start.get(opened.end()) if opened is not None else None
        if other is None or other is spot or text[other.end : other.end + 1] != ")":
            continue
        other.accepted, other.blocked = True, False
        other.rule = other.rule if other.rule != "officials.name" else "officials.alias"
        first_of = text[spot.start : spot.end].split(" ", 1)[0], text[other.start : other.end].split(" ", 1)[0]
        staged = first_of[0] not in lex.main_surnames and first_of[1] in lex.main_surnames and any(
            u.kind != "rank" and text[u.start : u.end].casefold() in lex.stage_roles for u in spot.left[:1])
        # "Tổng thống Đô-nan Trăm (Donald Trump)": the well-known foreign name; not a stage name ("anh Nguyễn Đức
        # Cường (Đen Vâu)", ../shared/bench dantri-travel-027)
        listed = other.listed and other.known == "foreign" and not spot.listed
        out.append((spot, other, opened.group("real") is not None or staged or listed))
    return out


def _resolve(text: str, spots: list[Spot], shorts: list[Spot], seniority: dict[str, int],
             aliases: list[tuple[Spot, Spot, bool]] = (), given_alone: set[int] = frozenset()) -> dict[str, Person]:
    """Persons of the article by key; short mentions joined to the unique person they name, names given
    in brackets (`aliases`) to the one they name, given names written alone (starts in `given_alone`) that
    name nobody else a person of their own."""
    persons: dict[str, Person] = {}
    for spot in sorted((s for s in spots + shorts if s.accepted), key=lambda s: s.start):
        name = text[spot.start : spot.end]
        k = key(name)
        persons.setdefault(k, Person(name, k))
        spot.person = k
    _join_cut_name(text, spots + shorts, persons)
    _join_hyphenations(spots + shorts, persons)
    _join_foreign_middles(spots + shorts, persons)
    # A shorter name that ends a unique longer one is that person ("Duy Phong" -> "Lê Duy Phong").
    for k in sorted(persons, key=lambda k: k.count(" ")):
        longer = [o for o in persons if o != k and o.endswith(" " + k)]
        if len(longer) == 1:
            for spot in spots + shorts:
                if spot.person == k:
                    spot.person = longer[0]
            del persons[k]
    _join_foreign_prefixes(spots + shorts, persons)
    _join_cut_variants(text, spots + shorts, persons)
    _complete_foreign_names(text, spots + shorts, persons)
    for spot in shorts:
        if spot.accepted:
            continue
        word = key(text[spot.start : spot.end])
        alone = spot.rule == "officials.honorific_name"  # a foreign name of one word
        owners = [k for k in persons if k == word or k.endswith(" " + word) or (alone and k.startswith(word + " "))]
        if not owners and alone:
            name = _full_foreign_name(text, text[spot.start : spot.end])
            persons.setdefault(key(name), Person(name, key(name)))
            owners = [key(name)]
        elif not owners and spot.start in given_alone:
            # a person the article names by the given name only ("Ông Chanh – Làng Chrơng 2",
            # "bà Thi nói"): listed under it (GUIDELINES.md, round 14), unless it opens a
            # name of the article ("ông Tập": Tập Cận Bình)
            owners = [k for k in persons if k.startswith(word + " ")]
            if not owners:
                persons.setdefault(word, Person(text[spot.start : spot.end], word))
                owners = [word]
        if len(owners) == 1:
            spot.accepted, spot.person = True, owners[0]
            unit = spot.left[0]
            if unit.kind == "position":  # "Bí thư Nhân": the title is the bare head
                unit.text = text[unit.start : unit.head_end]
                unit.org = ""
    for first, other, keep_other in aliases:
        into, drop = (other.person, first.person) if keep_other else (first.person, other.person)
        if into == drop or into not in persons or drop not in persons:
            continue
        for spot in spots + shorts:
            if spot.person == drop:
                spot.person = into
        del persons[drop]
    for spot in sorted((s for s in spots + shorts if s.accepted and s.person), key=lambda s: s.start):
        person = persons[spot.person]
        for unit in spot.left + spot.right:
            if unit.kind == "rank" and (person.rank is None or seniority[unit.text] < seniority[person.rank]):
                person.rank = unit.text  # the senior of two: a promotion's new rank (ranks.tsv)
        person.titles += titles_of(list(reversed(spot.left)) + spot.right)
    return persons


# Longest gap from a promotion to the first person it names, and between two persons of its list ("(53 tuổi), Cục trưởng
# Cảnh sát điều tra tội phạm về ma túy; ông " is 70; corpus/gold blind-s6-d-007).
PROMOTED_GAP = 120

# What ends the persons a promotion names: a sentence's or line's end, a caption's dash ("thăng cấp bậc hàm Thượng tướng
# cho lãnh đạo Bộ Công an - ảnh 2Chủ tịch nước Lương Cường phát biểu", corpus/gold blind-s26-b-021).
_PROMOTED_END = regex.compile(r"\.(?=\s|$)|\n| [-–—] ")


def _promote(text: str, spots: list[Spot], persons: dict[str, Person], lex: Lexicon) -> None:
    """Give the persons a promotion names its rank when it is senior to the one written with them (officials.yaml
    `promotion`): those listed right after it ("cho", "đối với", "gồm") or the subject of its passive ("được");
    and those a demotion names the rank it leaves them (`demotion`, passive "bị")."""
    named = sorted((s for s in spots if s.accepted and s.person in persons), key=lambda s: s.start)
    starts = [s.start for s in named]
    for m in lex.promotion.finditer(text):
        rank = lex.rank_canonical[m.group("rank").casefold()]
        for spot in _promoted(text, m.start(), m.end(), named, starts, lex):
            person = persons[spot.person]
            if person.rank is None or lex.rank_seniority[rank] < lex.rank_seniority[person.rank]:
                person.rank = rank
    for m in lex.demotion.finditer(text):  # the rank left by a demotion, junior or not (review 17 item 3)
        for spot in _promoted(text, m.start(), m.end(), named, starts, lex):
            persons[spot.person].rank = lex.rank_canonical[m.group("rank").casefold()]


def _promoted(text: str, start: int, end: int, named: list[Spot], starts: list[int], lex: Lexicon) -> list[Spot]:
    """The mentions a promotion written at [start, end) names."""
    i = bisect.bisect_left(starts, end)
    if lex.promotion_to.match(text, end):
        listed, pos = [], end
        while i < len(named) and named[i].start - pos <= PROMOTED_GAP and not _PROMOTED_END.search(text, pos, named[i].start):
            listed.append(named[i])
            pos, i = named[i].end, i + 1
        return listed
    before = named[i - 1] if i else None
    if before is not None and before.end <= start and lex.promotion_passive.fullmatch(text, before.end, start):
        return [before]
    return []


# Honorifics after which one capitalised word is a person's given name even when the article
# writes no full name ("bà Thi nói", "Anh Hòa, chị Sâm là công nhân"); not "bố" ("công bố Nghị
# quyết"), "bác" ("Bác Ái", "Bác Hồ"), "em", the degrees ("thạc sĩ Luật") or "đồng chí" (before titles).
GIVEN_NAME_CUES = frozenset({"ông", "bà", "anh", "chị", "cô"})


# What may stand before a capitalised honorific that opens a sentence ("¶ Ông Chanh –", "“Anh …").
SENTENCE_OPENERS = frozenset(".!?\n“\"-–—(")


_NAME_BEFORE = r"(?:(\p{Lu}\.) ?|((?:\p{Lu}[\p{Ll}\p{M}]* ){1,2}))"
# The two parts of `_NAME_BEFORE`, matched at a given start: an initial; a capitalised word and its space.
_INITIAL = regex.compile(r"\p{Lu}\.")
_CAP_WORD_SPACE = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]* ")
# The same word read back from where its space ends (REVERSE: `match` ends where it is asked to).
_CAP_WORD_SPACE_BACK = regex.compile(r"\p{Lu}[\p{Ll}\p{M}]* ", regex.REVERSE)


def _written_in_name(text: str, word: str, lex: Lexicon) -> bool:
    """Whether `word` ends a longer name somewhere in the article: after an initial ("N.X.V.Loan"),
    a surname or middle name ("Trà Thị Thu", "ôngTrần Quốc Tỏ") or two capitalised words ("Thi Thị
    Tuyết Nhung"), a name no rule found whole; not after a cue ("Chị Hòa")."""
    for initial, words in _names_before(text, word):
        if initial:
            return True
        words = [w for w in (words or "").split(" ") if w]
        while words and lex.cue_kind.get(words[0].casefold()):
            words.pop(0)
        if len(words) == 2 or (words and (words[-1] in lex.middle_names or words[-1] in lex.all_surnames)):
            return True
    return False


def _names_before(text: str, word: str) -> list[tuple[str | None, str | None]]:
    r"""The groups of `regex.finditer(_NAME_BEFORE + regex.escape(word) + r"(?![\p{L}\p{M}])", text)`,
    in order, found without compiling a pattern for each word (a compile costs about 1 ms and the words
    are mostly new): every match starts at one of the starts read back from a whole word `word` after a
    space or a full stop, and at each start the alternatives are tried in the pattern's order, as the
    regex does."""
    n = len(word)
    starts = set()
    at = text.find(word)
    while at >= 0:
        before = text[at - 1 : at] if at else ""
        if before == ".":  # an initial glued to the word
            starts.add(at - 2)
        elif before == " " and _LETTER.match(text, at + n) is None:  # an initial, or one or two words
            starts.add(at - 3)
            one = _CAP_WORD_SPACE_BACK.match(text, 0, at)
            if one is not None:
                starts.add(one.start())
                two = _CAP_WORD_SPACE_BACK.match(text, 0, one.start())
                if two is not None:
                    starts.add(two.start())
        at = text.find(word, at + 1)

    def ends_word(q: int) -> bool:
        return text.startswith(word, q) and _LETTER.match(text, q + n) is None

    found: list[tuple[str | None, str | None]] = []
    pos = 0
    for s in sorted(starts):
        if s < pos:
            continue
        match = None
        if _INITIAL.match(text, s):  # (\p{Lu}\.) ?, the space tried first
            if text[s + 2 : s + 3] == " " and ends_word(s + 3):
                match = s + 3 + n, (text[s : s + 2], None)
            elif ends_word(s + 2):
                match = s + 2 + n, (text[s : s + 2], None)
        if match is None and (one := _CAP_WORD_SPACE.match(text, s)) is not None:  # ((?:…){1,2}), two tried first
            two = _CAP_WORD_SPACE.match(text, one.end())
            if two is not None and ends_word(two.end()):
                match = two.end() + n, (None, text[s : two.end()])
            elif ends_word(one.end()):
                match = one.end() + n, (None, text[s : one.end()])
        if match is not None:
            pos = match[0]
            found.append(match[1])
    return found


def _given_alone(text: str, spot: Spot, lex: Lexicon, places: frozenset[str],
                 place_spans: list[tuple[int, int]]) -> bool:
    """Whether a short mention is one given name after a person honorific (`ông`, `chị`) that
    may stand for a person alone: no surname ("chị Trần"), no place with its cue ("Bà Rịa",
    "Ông Kinh"), not the last words of a line ("¶ Anh Đức", a byline) nor after a colon ("Ảnh:
    Anh Dũng", a photo credit)."""
    if spot.rule != "officials.given_name" or not spot.left or spot.left[0].kind != "honorific":
        return False
    cue, word = spot.left[0], text[spot.start : spot.end]
    if cue.text.casefold() not in GIVEN_NAME_CUES or " " in word or word in lex.all_surnames:
        return False
    if abbreviated(word, False) or _is_place(text, places, place_spans, cue.start, spot.end):
        return False
    before = text[max(0, cue.start - 8) : cue.start].rstrip(" ")
    if text[cue.start].isupper() and before and before[-1] not in SENTENCE_OPENERS:
        return False  # "Bình Mỹ, Bà Điểm, Đông Thạnh": a place, cue and all
    if lex.institution.search(text, max(0, cue.start - INSTITUTION_WINDOW), cue.start):
        return False  # "lòng sông ông Chưởng": a river
    if lex.plural_before.search(text, max(0, cue.start - 8), cue.start) or lex.name_particle.match(text, spot.end):
        return False  # "các anh Công an"; "ông Mohammad | bin Salman", "bà Ursula | von der Leyen"
    if _written_in_name(text, word, lex):
        return False  # "cô Thu" of "cô giáo Trà Thị Thu"; "chị Loan" of "chị N.X.V.Loan", a withheld name
    after = text[spot.end : spot.end + 12].lstrip(" ")
    if lex.cue_kind.get((word + " " + after.split(" ", 1)[0]).casefold()):
        return False  # "ông Tiến sĩ Phạm Ngọc Lãng": a degree, the name after it
    return bool(after) and after[0] not in "\n/" and not before.endswith(":")  # "Anh Tuấn/VOV", a byline


def _join_cut_variants(text: str, spots: list[Spot], persons: dict[str, Person]) -> None:
    """A name of two or more words that opens one longer name of the article ("Y Hun" and "Y Hun
    Bkrông", "ông Đinh La thăng" and "Đinh La Thăng"), or is it without its middle name Thị or
    Văn ("Huỳnh Thúy Vân", "Huỳnh Thị Thúy Vân"), is that person (corpus/gold blind-s16-c, s17-a, s5-x)."""
    mentions = Counter(spot.person for spot in spots)
    labelled = {spot.person for spot in spots if text[spot.end : spot.end + 1] == ":"}  # "Tôn Đức Thắng | Ảnh: TTXVN"

    def opens(k: str, o: str) -> bool:
        # the longer name written more often, or the short one going on with its rest in lower case ("Dương
        # Công an"); not a name run into the next word ("Trần Đại Quang | Tiểu sử", "Lê Bá Hoài | Ngày 5/6")
        if not o.startswith(k + " ") or o in labelled:
            return False
        rest = " " + o[len(k) + 1 :]
        return mentions[o] > mentions[k] or any(
            s.person == k and text[s.end : s.end + len(rest)].casefold() == rest for s in spots)

    for k in sorted(persons, key=lambda k: k.count(" ")):
        if " " not in k or k not in persons:
            continue
        longer = [o for o in persons if o != k and (_without_gender_middle(o) == k or opens(k, o))]
        if len(longer) == 1:
            for spot in spots:
                if spot.person == k:
                    spot.person = longer[0]
            del persons[k]


def _without_gender_middle(k: str) -> str:
    """A name key without its second word when that is a gender middle name ("huỳnh thị thúy vân" -> "huỳnh thúy vân")."""
    words = k.split(" ")
    return " ".join(words[:1] + words[2:]) if len(words) >= 3 and words[1] in GENDER_MIDDLE_KEYS else ""


def _join_hyphenations(spots: list[Spot], persons: dict[str, Person]) -> None:
    """A name written again with a hyphen for a space, or the other way round, is one person, named with spaces:
    "Tổng thống Hàn Quốc Yoon Suk Yeol" and "Tổng thống Hàn Quốc Yoon Suk-yeol" (corpus/gold blind-s14-d, s12-d)."""
    spaced: dict[str, list[str]] = {}
    for k in persons:
        spaced.setdefault(k.replace("-", " "), []).append(k)
    for form, keys in spaced.items():
        if len(keys) < 2:
            continue
        into = form if form in keys else keys[0]  # the spaced spelling, as the gold writes it
        for spot in spots:
            if spot.person in keys:
                spot.person = into
        for k in keys:
            if k != into:
                del persons[k]


def _join_cut_name(text: str, spots: list[Spot], persons: dict[str, Person]) -> None:
    """A name that ends a text cut off mid-word by the crawler ("Đối tượng Trần Thị", "Ông Phan Vi",
    the last words of round 8's blind-s8-b-001 and s8-c-025) is the one person whose name it opens."""
    end = len(text.rstrip())
    if not text[end - 1 : end].isalpha():
        return
    last = next((s for s in spots if s.end == end and s.person), None)
    if last is None:
        return
    owners = [k for k in persons if k != last.person and k.startswith(last.person)]
    if len(owners) == 1:
        cut = last.person
        for spot in spots:
            if spot.person == cut:
                spot.person = owners[0]
        del persons[cut]


def _join_foreign_middles(spots: list[Spot], persons: dict[str, Person]) -> None:
    """A foreign name written without a middle name, or with its initial, is the one longer
    name of the article with the same first and last words: "Rodrigo Duterte" and "Rodrigo
    Roa Duterte", "Ferdinand Marcos Jr." and "Ferdinand Romualdez Marcos Jr.", "Michael
    R.Pompeo" and "Michael Richard Pompeo" (corpus/gold blind-s12-d, s3-m)."""
    surnames, vn_word = name_shapes()
    tokens = {k: _name_tokens(k) for k in persons}  # once per key: the pairs below are quadratic
    for k in sorted(persons, key=lambda k: k.count(" ")):
        words = tokens[k]
        if len(words) < 2 or words[0] in surnames or vn_word.fullmatch(words[0]) is not None:
            continue
        longer = [o for o in persons if o != k and _middle_dropped(words, tokens[o])]
        if len(longer) == 1:
            for spot in spots:
                if spot.person == k:
                    spot.person = longer[0]
            del persons[k]


def _name_tokens(k: str) -> list[str]:
    """The words of a name key, a glued initial split off ("r.pompeo" -> "r.", "pompeo"), final dots dropped."""
    return [w.rstrip(".") or w for w in _GLUED_INITIAL.sub(r"\1 ", k).split(" ")]


_GLUED_INITIAL = regex.compile(r"(?<![\p{L}])(\p{L}\.)(?=\p{L})")


def _middle_dropped(short: list[str], full: list[str]) -> bool:
    """Whether `full` is `short` with middle names added, each initial of `short` standing for one."""
    if len(full) < len(short) or full == short or short[0] != full[0] or short[-1] != full[-1]:
        return False
    i = 1
    for word in short[1:-1]:
        while i < len(full) - 1 and not (full[i] == word or (len(word) == 1 and full[i].startswith(word))):
            i += 1
        if i >= len(full) - 1:
            return False
        i += 1
    return True


def _complete_foreign_names(text: str, spots: list[Spot], persons: dict[str, Person]) -> None:
    """A person named by one foreign word only ("ông Robart", "Bộ trưởng Mattis") takes the one
    full name that word ends elsewhere in the article, found by no rule of its own ("thẩm phán
    liên bang James Robart", "tướng James Mattis"; the officials audit at 4033843)."""
    _, vn_word = name_shapes()
    listed = {s.person for s in spots if s.listed}  # "Trump" is Donald Trump, not a misspelt "Doanld Trump"
    for k in [k for k in persons if " " not in k and k not in listed]:
        word = persons[k].name
        if vn_word.fullmatch(word) is not None:
            continue
        full = _full_foreign_name(text, word)
        if full == word:
            continue
        fk = key(full)
        persons.setdefault(fk, Person(full, fk))
        for spot in spots:
            if spot.person == k:
                spot.person = fk
        del persons[k]


# Capitalised words of a foreign shape written right before a foreign surname: its given names.
_GIVEN_BEFORE = r"(?<![\p{L}\p{M}])((?:\p{Lu}[\p{Ll}\p{M}'’-]+ ){1,2})"
# The last of those given names, read back from the surname (REVERSE: `match` ends where it is asked to).
_LAST_GIVEN = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’-]+ ", regex.REVERSE)
_LETTER = regex.compile(r"[\p{L}\p{M}]")


def _full_foreign_name(text: str, word: str) -> str:
    """`word` (a foreign surname written alone after "ông", "bà"), or the one full name it ends
    elsewhere in the article, its given names of a non-Vietnamese shape: "Justin Florence,
    Giám đốc pháp lý của Protect Democracy, nhấn mạnh. Ông Florence cho rằng" (the persons audit
    at 72d8c42), found by no rule of its own (no surname, no title before it)."""
    _, vn_word = name_shapes()
    if not _given_before(text, word, vn_word):
        return word  # no full name can be found: spare compiling a pattern for this word
    fulls = set()
    for m in regex.finditer(_GIVEN_BEFORE + regex.escape(word) + r"(?![\p{L}\p{M}])", text):
        # the given names open their capitalised run: not "Thủ hiến New | Delhi Arvind Kejriwal"
        given = _after_country(m.group(1))  # "Thủ tướng Iraq | Haider al-Abadi"
        if given and not any(vn_word.fullmatch(w) for w in given.split()) and not _after_name_word(text, m.start()):
            fulls.add(given + word)
    # a place read as a given name once ("thẩm phán Seattle | James Robart") leaves the shortest
    shortest = min(fulls, key=len, default=word)
    return shortest if all(f == shortest or f.endswith(" " + shortest) for f in fulls) else word


@functools.cache
def _foreign_places() -> frozenset[str]:
    """`_title_countries` as a set ("Kazakhstan", "Pháp")."""
    return frozenset(_title_countries())


@functools.cache
def _title_countries() -> tuple[str, ...]:
    """The countries and places a foreign title may name (`foreign_countries`)."""
    return tuple(foreign_countries())


def _after_country(words: str) -> str:
    """`words` without the country names opening them ("Saudi Arabia Salman " -> "Salman ")."""
    for country in _title_countries():
        if words.startswith(country + " "):
            return _after_country(words[len(country) + 1 :])
    return words


def _given_before(text: str, word: str, vn_word: regex.Pattern[str]) -> bool:
    """Whether `word` is written somewhere as a whole word right after a capitalised word of a
    non-Vietnamese shape: what every full name `_full_foreign_name` takes has, read without a
    pattern of its own (most surnames have none: "ông Florence" after "Ông", a Vietnamese shape)."""
    at = text.find(word)
    while at >= 0:
        if _LETTER.match(text, at + len(word)) is None:
            given = _LAST_GIVEN.match(text, 0, at)
            if given is not None and vn_word.fullmatch(given.group()[:-1]) is None:
                return True
        at = text.find(word, at + 1)
    return False


def _after_name_word(text: str, start: int) -> bool:
    """Whether a word in title case ("Delhi", not "UEFA" nor "Wisconsin,") stands right before `start`."""
    if start < 2 or text[start - 1] != " ":
        return False
    word = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
    return word[:1].isupper() and word[1:].isalpha() and word[1:].islower()


def _unaccented(key: str) -> str:
    """A foreign name's key without its accents ("díaz-canel" -> "diaz-canel")."""
    return "".join(c for c in unicodedata.normalize("NFD", key) if not unicodedata.combining(c))


def _join_foreign_prefixes(spots: list[Spot], persons: dict[str, Person]) -> None:
    """A foreign name that starts a unique longer one is that person ("Michelle Bachelet"
    -> "Michelle Bachelet Jeria"; foreign names put the given name first)."""
    foreign = {s.person for s in spots if s.known == "foreign" and s.person}
    # only into a known name written longer: "Tổng thống Mỹ Donald Trump Robert O'Brien" is
    # a run of two names, not Donald Trump's full name; one word is a surname written first
    # into a foreign name ("ông Kishida" -> "Thủ tướng Nhật Bản Kishida Fumio")
    known = {s.person for s in spots if s.listed and s.person}
    longer_foreign = foreign | known
    plain = {o: _unaccented(o) for o in foreign}
    for k in sorted(foreign & persons.keys(), key=lambda k: k.count(" ")):
        into = longer_foreign if " " not in k else known
        longer = [o for o in persons if o.startswith(k + " ") and o in into]
        if not longer and " " in k:
            # one more word, the accents aside: a second surname ("Miguel Diaz-Canel" -> "Miguel Díaz-Canel Bermúdez",
            # corpus/gold blind-s19-d-027); the accents must differ, else it is a run of two names as above
            longer = [o for o in foreign & persons.keys() if o.count(" ") == k.count(" ") + 1
                      and not o.startswith(k + " ") and plain[o].startswith(plain[k] + " ")]
        if len(longer) == 1:
            for spot in spots:
                if spot.person == k:
                    spot.person = longer[0]
            del persons[k]


def _positions(doc: NormalisedDoc, spots: list[Spot], persons: dict[str, Person], found: Found,
               names: Lexicon) -> list[Mention[Any]]:
    """One `positions` mention per title mention of an accepted person (a title shared by a
    list is one row per person); bare occupations are not posts. A person is foreign when
    known as such, when a title of theirs in the article names a country ("Thủ tướng Singapore
    Lý Hiển Long" ... "Thủ tướng Lý Hiển Long"), or when their name is of a foreign shape."""
    lex = load_positions()
    provinces = province_mentions(found)
    rows = share_bodies(doc.text, _position_rows(doc, spots, persons, provinces, lex), lex)
    rows = fill_bare_posts(name_committees(doc.text, rows, lex))
    foreign = {v.person_key for _, _, _, v in rows if v.org_kind == "foreign"}
    foreign |= {k for k, p in persons.items() if foreign_shape(p.name, names.all_surnames, names.vn_word)}
    out: list[Mention[Any]] = []
    for start, end, unit, value in rows:
        if value.person_key in foreign and value.org_kind != "foreign" and not value.organisation:
            value = position_value(doc.text, unit, value.person_key, True, provinces, lex)
        out.append(Mention.at(doc, start, end, "officials.position", implied_body(value, lex)))
    return out


def _position_rows(doc: NormalisedDoc, spots: list[Spot], persons: dict[str, Person], provinces, lex):
    """(start, end, unit, value) per title mention of an accepted person; a title that holds
    another person's full name is that person's, not this one's."""
    rows = []
    seen: set[tuple[int, str]] = set()
    for spot in sorted(spots, key=lambda s: s.start):
        if not spot.accepted or spot.person not in persons:
            continue
        for unit in spot.left + spot.right:
            if unit.kind not in ("position", "role") and not (unit.kind == "occupation" and unit.org):
                continue
            if (id(unit), spot.person) in seen or _names_another(doc.text[unit.start:unit.end], spot.person, persons):
                continue
            seen.add((id(unit), spot.person))
            if unit in spot.left and not doc.text[unit.end : spot.start].strip():
                unit = body_after_name(doc.text, spot.end, unit, lex)  # "CEO Satya Nadella của Microsoft"
            # A title cut back to its bare head ("Bí thư Nhân") spans the head only.
            end = unit.head_end if not unit.org and unit.head_end > unit.start else unit.end
            end = unit.title_end if unit.title_end > 0 and unit.org else end  # not over the ministry above, nor an aside
            end = unit.span_end if unit.span_end > 0 and unit.org else end  # but over a ministry written into the title
            value = position_value(doc.text, unit, spot.person, spot.known == "foreign", provinces, lex)
            if is_post(unit.kind, value.role, value.organisation or "", lex, value.qualifier, value.org_kind):
                rows.append((unit.start, end, unit, value))
    return rows


@functools.cache
def _level_word_end() -> regex.Pattern[str]:
    """A locality level word (locality_levels.tsv) ending a text: a name after it is a place
    named after a person (`Thành phố Hồ Chí Minh`)."""
    words = [row["word"] for row in load_tsv("locality_levels.tsv", key="word")]
    return regex.compile(r"(?:^|\s)" + alternation(words) + "$", regex.IGNORECASE)


def _names_another(title: str, holder: str, persons: dict[str, Person]) -> bool:
    """Whether a title ends with the full name (two words or more) of a person other than its
    holder, not as a place (`Thứ trưởng Vũ Văn Tám` read before a byline `Phạm Anh`, `… (WTO)
    Pascal Lamy`; not `Thành ủy Thành phố Hồ Chí Minh`)."""
    for key, person in persons.items():
        if key == holder or " " not in person.name or not title.endswith(person.name):
            continue
        before = title[:-len(person.name)].rstrip().rsplit(" ", 2)[-2:]
        if not _level_word_end().search(" ".join(before)):
            return True
    return False


def _mentions(doc: NormalisedDoc, spots: list[Spot], persons: dict[str, Person], lex: Lexicon) -> list[Mention[Any]]:
    values = {
        k: OfficialValue(p.name, p.rank,
                         prune_titles([t for t in p.titles if not _names_another(t, k, persons)], lex.title_kind), k)
        for k, p in persons.items()
    }
    out = [
        Mention.at(doc, s.start, s.end, s.rule, values[s.person])
        for s in sorted(spots, key=lambda s: s.start)
        if s.accepted and s.person in values
    ]
    return out
