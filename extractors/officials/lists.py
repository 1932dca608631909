"""Names in a list of people that no surname rule finds: stage names and foreign names.

Show business and sport name people by stage names or foreign names, with no surname of
ours and often no cue before each: "NSND Thanh Lam, Trung Quân Idol, Phan Mạnh Quỳnh, Orange,
Tóc Tiên, Lân Nhã" (a list where two or more names are people already), "dàn khách mời gồm
Bằng Kiều - Uyên Linh - Phương Linh" (a list opened by a group of people,
official_group_nouns.txt). Each item of such a list is a person when it is a capitalised run
of one to four words that is no place, no organisation and holds no title or honorific word.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable

import ahocorasick
import regex

from vnie.extractors.officials.interpret import Spot
from vnie.extractors.officials.lexicon import Lexicon
from vnie.gazetteer.load import alternation, load_patterns, load_words, lowered

# What joins the items of a list: a comma, a dash between spaces, "và", an ellipsis.
_SEP = regex.compile(r"(?:…|\.\.\.)?(?:,[ ]+và[ ]+|,[ ]+|[ ]+[-–][ ]+|[ ]+và[ ]+)")
# A list join before a capitalised word: a clause without one holds no list.
_PAIR = regex.compile(r"(?:,|[ ][-–]|[ ]và)[ ]+(?=\p{Lu})(?<=[\p{L}\p{M}.…](?:,|[ ][-–]|[ ]và)[ ]+)")
# Where the clause holding a list starts and ends.
_CLAUSE_END = regex.compile(r"[.;!?()\n“”\"]")
_CLAUSE_END_BACK = regex.compile(r"[.;!?()\n“”\"]", regex.REVERSE)
# Fewest items of a list whose names are taken when two, and half, of them are people already;
# with a group opening it, two items are enough ("khách mời gồm Bằng Kiều - Uyên Linh").
LIST_MIN = 3
# Most words of one item's name ("Trung Quân Idol", "Martina Ayu Pratiwi"; a longer run is a title).
ITEM_WORDS_MAX = 4
# The noun for anyone, too common to look for a list around each (speed); the lists it opens
# hold full names, which the surname rule finds ("Hai người trên xe là Nguyễn Văn Hưng và ...").
ANY_PERSON = "người"
# Characters looked back for a group named before a name or a list (here and in `_group_named`):
# "Triển lãm với sự tham gia của 10 nghệ sĩ gồm " is 24 back from the name; eight words fit in 80.
GROUP_WINDOW = 80


@functools.cache
def _name_word() -> regex.Pattern[str]:
    """One capitalised word of a name as the rules read it after an honorific (officials.yaml `short_word`)."""
    return regex.compile(load_patterns("officials.yaml")["short_word"])


@functools.cache
def _group_open() -> regex.Pattern[str]:
    """A group of people right before a list (official_group_nouns.txt, officials.yaml `list_group_*`),
    matched back from the list's first name."""
    nouns = alternation(load_words("official_group_nouns.txt"))
    parts = load_patterns("officials.yaml")
    return regex.compile(r"(?<![\p{L}\p{M}\p{N}])(?:" + nouns + parts["list_group_open"] + "|"
                         + parts["list_group_plural"] + nouns + parts["list_group_after"] + ")", regex.IGNORECASE)


def add_list_names(text: str, spots: list[Spot], lex: Lexicon, is_place: Callable[[int, int], bool],
                   list_blocked: Callable[[int], bool]) -> list[Spot]:
    """New accepted spots for the names of lists of people that no spot covers; a spot that
    is the end of an item's longer name ("Mai Hương" of "Văn Mai Hương") is widened to it.

    Args:
        text: the normalised text.
        spots: every spot found so far (accepted or not), sorted or not.
        lex: the compiled lexicon.
        is_place: whether [start, end) is or overlaps a place.
        list_blocked: whether the list starting at a position is one of places ("các phường").
    """
    spots = sorted(spots, key=lambda s: s.start)
    starts = [s.start for s in spots]
    # only a clause with two people or a group noun in it may hold a list of people (speed)
    people = [s.start for s in spots if s.accepted]
    groups = [min(end, len(text)) for end, _ in _group_nouns().iter(" " + lowered(text) + " ")]
    anchors = sorted([(at, True) for at in groups] + [(at, False) for at in people])
    added: list[Spot] = []
    done = -1
    for at, grouped in anchors:
        if at < done:
            continue
        stop = _CLAUSE_END.search(text, at)
        end = stop.start() if stop else len(text)
        i = bisect.bisect_right(people, at)
        if not grouped and not (i < len(people) and people[i] < end):
            continue  # one person in the rest of the clause and no group
        begin = _clause_start(text, at)
        done = end
        if _PAIR.search(text, begin, end):
            added += _clause_names(text, begin, end, spots, starts, lex, is_place, list_blocked)
    return added


@functools.cache
def _group_nouns() -> ahocorasick.Automaton:
    """The nouns of official_group_nouns.txt, lower-cased, as whole words (" ca sĩ "), but `ANY_PERSON`."""
    automaton = ahocorasick.Automaton()
    for word in load_words("official_group_nouns.txt"):
        if word != ANY_PERSON:
            automaton.add_word(" " + word.lower() + " ", True)
    automaton.make_automaton()
    return automaton


def _clause_start(text: str, pos: int) -> int:
    stop = _CLAUSE_END_BACK.search(text, 0, pos)
    return stop.end() if stop else 0


def _clause_names(text: str, begin: int, end: int, spots: list[Spot], starts: list[int], lex: Lexicon,
                  is_place, list_blocked) -> list[Spot]:
    """The new spots of the lists of people in the clause [begin, end)."""
    pieces, pos = [], begin
    for sep in _SEP.finditer(text, begin, end):
        pieces.append((pos, sep.start()))
        pos = sep.end()
    pieces.append((pos, end))
    out: list[Spot] = []
    run: list[tuple[int, int]] = []
    for a, b in pieces + [(end, end)]:
        item = _item(text, a, b, lex)
        if item is None and run and a == pos and b == end:
            item = _leading_item(text, a, b, lex)  # "A, B và C | về nhất": the last name, its clause going on
        if item is not None and (is_place(*item) or _spot_at(spots, starts, *item) == "blocked"):
            item = None
        # a lead only opens a run, or is a cue ("nhạc sĩ Trần Tiến", "ca sĩ trẻ Marzuz")
        if item is not None and run and item[0] != a and not _cue_lead(text, a, item[0], lex):
            out += _run_names(text, run, spots, starts, lex, list_blocked)
            run = []
        if item is None:
            if len(run) > 1:
                out += _run_names(text, run, spots, starts, lex, list_blocked)
            run = []
        else:
            run.append(item)
    return out


def _item(text: str, a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """The name span of a list piece [a, b): the capitalised run of at most `ITEM_WORDS_MAX`
    words ending it, after a lead or not; None when it ends with no such run."""
    while b > a and text[b - 1] in " .…":
        b -= 1
    last = text.rfind(" ", a, b) + 1 or a
    if b <= a or not text[last].isupper():
        return None  # most pieces end in a lower-case word
    words = text[a:b].split(" ")
    n = 0
    while n < len(words) and n <= ITEM_WORDS_MAX and _name_word().fullmatch(words[-1 - n]):
        n += 1
    if n == 0 or n > ITEM_WORDS_MAX:
        return None
    name = words[-n:]
    # a cue word, but an honorific inside the name: "Quốc Anh", "Tuấn Anh" (a given name; corpus/gold blind-s15-e)
    if any(lex.cue_kind.get(w.casefold()) not in (None, "honorific") or (lex.cue_kind.get(w.casefold()) and i == 0)
           for i, w in enumerate(name)):
        return None
    if n > 1 and name[0].casefold() in lex.clause_openers:
        name, n = name[1:], n - 1  # "Cùng | Dương Tử, Quan Hiểu Đồng": a word opening the sentence
    if n == 1 and lex.vn_word.fullmatch(name[0]) is not None:
        return None  # one Vietnamese word is a common noun or a place ("Đảng", "Dừa", "Pháp")
    if any(lex.vn_word.fullmatch(w) is None for w in name) and any(w in lex.not_foreign for w in name):
        return None  # "Real Madrid", "Samsung Electronics": an organisation
    return (b - len(" ".join(name)), b)


def _leading_item(text: str, a: int, b: int, lex: Lexicon) -> tuple[int, int] | None:
    """The name span opening the last piece [a, b) of a list when a lower-case word follows it
    ("Thawatchai Himaiad, Chayut Khongprasit và Soraoat Dapbang | về nhất"): two to `ITEM_WORDS_MAX`
    capitalised words, one of a foreign shape, none a cue or an organisation's head ("và Bộ Công | an")."""
    words = text[a:b].split(" ")
    n = 0
    while n < len(words) and n < ITEM_WORDS_MAX and _name_word().fullmatch(words[n]):
        n += 1
    if n < 2 or n == len(words) or not words[n][:1].islower():
        return None
    name = words[:n]
    if any(lex.cue_kind.get(w.casefold()) or lex.org_head.fullmatch(w) or w in lex.not_foreign for w in name):
        return None
    if all(lex.vn_word.fullmatch(w) for w in name):
        return None  # Vietnamese words: the surname rule's ("Nguyễn Tấn Tuân - Liên Chi | hội Nhà báo")
    return (a, a + len(" ".join(name)))


def _cue_lead(text: str, a: int, start: int, lex: Lexicon) -> bool:
    """Whether the lead [a, start) of an item opens with an honorific ("ca sĩ trẻ ", "NSND "), not
    a title ("Ủy viên Trung ương | Đảng", "Hiệu trưởng Trường THPT | Hoàng Văn Thụ")."""
    words = text[a:start].split()
    return any(_name_cue(" ".join(words[:k]).casefold(), lex) for k in range(1, len(words) + 1))


def _name_cue(word: str, lex: Lexicon) -> bool:
    """Whether a casefolded word is an honorific, or a stated role that is also a name cue ("nhạc sĩ", "VĐV")."""
    kind = lex.cue_kind.get(word)
    return kind == "honorific" or (kind == "role" and word in lex.name_honorifics)


def _spot_at(spots: list[Spot], starts: list[int], start: int, end: int) -> str:
    """"person" when an accepted spot lies inside [start, end) and ends it, "blocked" when a
    blocked or place spot overlaps it, "" otherwise."""
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and spots[i].end > start:
        s = spots[i]
        if s.blocked or s.place:
            return "blocked"
        if s.accepted and s.end == end and s.start >= start:
            return "person"
        i -= 1
    return ""


def _run_names(text: str, run: list[tuple[int, int]], spots: list[Spot], starts: list[int], lex: Lexicon,
               list_blocked) -> list[Spot]:
    """The new spots of one run of list items, when it is a list of people."""
    if len(run) < 2:
        return []
    people = sum(_spot_at(spots, starts, *item) == "person" for item in run)
    grouped = _group_open().search(text, max(0, run[0][0] - GROUP_WINDOW), run[0][0]) is not None
    if not (grouped or (len(run) >= LIST_MIN and people >= 2 and 2 * people >= len(run))) or list_blocked(run[0][0]):
        return []
    out = []
    cut = len(text.rstrip())
    for start, end in run:
        if end == cut and text[end - 1].isalpha():
            continue  # "Nguyễn Văn Ch": a text cut mid-word by the crawler
        inside = _covered(spots, starts, start, end)
        if inside is None:
            spot = Spot(start, end, "officials.list")
            spot.accepted = True
            out.append(spot)
        elif (inside.start, inside.end) == (start, end) and not inside.accepted:
            inside.accepted, inside.rule = True, "officials.list"  # "Hà Nhi", found but taken by no rule
        elif _unlisted_surname(text, start, inside, lex):
            inside.start = start  # "Văn Mai Hương": a surname we do not list before the name found
    return out


def _unlisted_surname(text: str, start: int, spot: Spot, lex: Lexicon) -> bool:
    """Whether one capitalised Vietnamese syllable stands at `start` right before an accepted
    Vietnamese name found without it ("Văn | Mai Hương": "Văn" read as a middle name)."""
    if not spot.accepted or spot.known or spot.start <= start or text[spot.start - 1] != " ":
        return False
    if text[max(0, start - 2) : start] not in (", ", "- ", "– ") and not text.endswith(" và ", 0, start):
        return False  # only inside a list, not a word opening the sentence ("Hôm Nguyễn ...")
    word = text[start : spot.start - 1]
    return " " not in word and lex.vn_word.fullmatch(word) is not None


def _covered(spots: list[Spot], starts: list[int], start: int, end: int) -> Spot | None:
    """The spot overlapping [start, end), if any."""
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0:
        if spots[i].end > start:
            return spots[i]
        if spots[i].end <= start and spots[i].start < start - 200:
            return None
        i -= 1
    return None
