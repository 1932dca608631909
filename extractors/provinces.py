"""Provinces, regions and sub-province localities.

One pyahocorasick automaton over the lower-cased text finds every surface form
of a province-level unit, a region, a level word (`tỉnh`, `TP`, `huyện` ...)
and a false friend (`Thái Bình Dương`). `find_places` keeps the longest
non-overlapping hits on word boundaries and pairs each level word with the
capitalised name after it. `interpret_place` decides, from the text's
capitalisation and context, what a candidate is:

- `tỉnh X`, `thành phố X` / `TP X` for a centrally-run city, a bare `X`: a
  province (`ProvinceValue`), unless the name sits in a street (`đường Hồ Chí
  Minh`), a person's name (`Trương Hòa Bình`, `chị Huế`), or is lower-case;
- `huyện X`, `quận X`, `xã X`, `TP Buôn Ma Thuột` ...: a locality
  (`LocalityValue`), never a province, with the province the text gives
  right after it (`huyện Lý Nhân, tỉnh Hà Nam`);
- a region (`Tây Nguyên`, `miền Trung`), unless it is a compass direction
  (`phía Tây Bắc`) or a part of a foreign country (`miền Đông Ukraine`, or
  `miền Nam` where the nearest country named is Thailand);
- a country name (`countries.name`, found only in articles with a compass
  region, by a second automaton over the text as written) is no mention of
  its own: it tells whose region a compass region is.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass
from typing import Any

import ahocorasick
import regex

from vnie.extractors.base import (
    Candidate,
    Found,
    LocalityValue,
    Mention,
    NormalisedDoc,
    ProvinceValue,
    RegionValue,
    quick_init,
)
from vnie.gazetteer.load import load_patterns, load_tsv
from vnie.extractors.normalise import fix_tone_marks, lower_view
from vnie.gazetteer.provinces import Gazetteer, Surface, Unit, load_gazetteer, load_localities, province_names_2025

# From this publication date on, `TP X` is read against the 34 units of the
# 2025 merger (so `TP Huế` is the province Huế, not a city of Thừa Thiên Huế).
MERGER_DATE = dt.datetime(2025, 7, 1)
# Characters of left context the guards look at (a blocker or name syllable
# plus a space fits in 12; 24 leaves room for `Chủ tịch `).
LEFT_WINDOW = 24
# Characters of left context for a river pair (`sông Vàm Cỏ Đông và ` is 20; 48 leaves room).
RIVER_WINDOW = 48
RIVER_JOINS = (" và ", " hoặc ")  # cheap test before the river pattern
# A compass region (`miền Nam`) is another country's in an article abroad (more
# foreign country names than Vietnamese anchors: `Việt Nam` and province mentions)
# when the nearest anchor within COUNTRY_WINDOW characters is foreign. Checked on the 33 bench articles where a compass region has a foreign
# country near it: the article rule alone keeps the Vietnamese `miền Tây` of
# articles on trade with China; in the held-out Thai article the `miền Nam` sit
# 90-140 characters from `Thái Lan`.
COUNTRY_WINDOW = 400
# Characters of right context the region guards look at (` nước Việt Nam` is 14; ` của Việt Nam` needs all 13
# for the pattern's `Việt Nam` exception: a 12-character window cut it to `Việt Na`, blind s21-d-027).
RIGHT_WINDOW = 20

PROVINCE, REGION, LEVEL, BLOCK = "province", "region", "level", "block"
# Levels looked up together in localities.tsv: a writer's `huyện`, `thị xã` or `TP`
# for one district-level unit changes as it is upgraded, and likewise `xã`/`phường`.
LEVEL_GROUP = {"district": "district", "town": "district", "city": "district",
               "township": "ward", "ward": "ward", "commune": "ward"}


@dataclass(frozen=True, slots=True)
class Entry:
    """What an automaton key stands for: a surface form of one kind."""

    kind: str
    text: str
    target: str
    context: str


@quick_init
@dataclass(frozen=True, slots=True)
class Hit:
    start: int
    end: int
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class Context:
    """Everything `build()` loads once: the gazetteer, the automaton, the patterns."""

    gazetteer: Gazetteer
    automaton: Any
    place_name: regex.Pattern[str]
    left_blocker: regex.Pattern[str]
    left_person: regex.Pattern[str]
    left_locative: regex.Pattern[str]
    left_direction: regex.Pattern[str]
    right_foreign: regex.Pattern[str]
    right_inside: regex.Pattern[str]
    right_not_region: regex.Pattern[str]  # `miền trung du`: the midlands
    left_water: regex.Pattern[str]
    left_credit: regex.Pattern[str]
    left_outlet_tag: regex.Pattern[str]
    closing_place: regex.Pattern[str]  # the last line a reporter's place signature (`HẢI DƯƠNG`)
    right_outlet_tag: regex.Pattern[str]
    right_compass_list: regex.Pattern[str]
    left_shared_head: regex.Pattern[str]
    left_not_level: regex.Pattern[str]
    one_syllable: regex.Pattern[str]
    left_motion: regex.Pattern[str]
    right_country_lead: regex.Pattern[str]
    sentence_end: regex.Pattern[str]
    locality_link: regex.Pattern[str]
    left_river: regex.Pattern[str]
    right_capital: regex.Pattern[str]
    person_named: regex.Pattern[str]
    name_after_place: regex.Pattern[str]
    compass_keys: frozenset[str]  # lower-cased regions that may be another country's
    country_automaton: Any
    # (level group, lower-cased name) -> ids of the province-level units that have such a unit
    locality_units: dict[tuple[str, str], frozenset[str]]
    province_2025: dict[str, str]  # province name -> name of its 2025 unit
    city_since: dict[str, dt.datetime]  # 2025 city -> the day it became one, when before the merger


def _automaton(g: Gazetteer) -> Any:
    """One automaton over the lower-cased surface forms of every kind."""
    keys: dict[str, list[Entry]] = {}

    def add(kind: str, surface: Surface) -> None:
        keys.setdefault(surface.text.lower(), []).append(Entry(kind, surface.text, surface.target, surface.context))

    for s in g.surfaces:
        add(PROVINCE, s)
    for s in g.regions:
        add(REGION, s)
    for word, level in g.levels.items():
        add(LEVEL, Surface(word, level, "any"))
    for phrase in g.false_friends:
        add(BLOCK, Surface(phrase, "", "any"))
    automaton = ahocorasick.Automaton()
    for key, entries in keys.items():
        automaton.add_word(key, (len(key), tuple(entries)))
    automaton.make_automaton()
    return automaton


def build_context() -> Context:
    """Load the data and compile the automaton and patterns (once per process)."""
    g = load_gazetteer()
    p = load_patterns("provinces.yaml")
    return Context(
        gazetteer=g,
        automaton=_automaton(g),
        place_name=regex.compile(p["place_name"]),
        left_blocker=regex.compile(p["left_blocker"]),
        left_person=regex.compile(p["left_person"]),
        left_locative=regex.compile(p["left_locative"]),
        left_direction=regex.compile(p["left_direction"]),
        right_foreign=regex.compile(p["right_foreign"]),
        right_inside=regex.compile(p["right_inside"]),
        right_not_region=regex.compile(p["right_not_region"]),
        left_water=regex.compile(p["left_water"]),
        left_credit=regex.compile(p["left_credit"]),
        left_outlet_tag=regex.compile(p["left_outlet_tag"]),
        closing_place=regex.compile(p["closing_place"]),
        right_outlet_tag=regex.compile(p["right_outlet_tag"]),
        right_compass_list=regex.compile(p["right_compass_list"]),
        left_shared_head=regex.compile(p["left_shared_head"]),
        left_not_level=regex.compile(p["left_not_level"]),
        one_syllable=regex.compile(p["one_syllable"]),
        left_motion=regex.compile(p["left_motion"]),
        right_country_lead=regex.compile(p["right_country_lead"]),
        sentence_end=regex.compile(p["sentence_end"]),
        locality_link=regex.compile(p["locality_link"]),
        left_river=regex.compile(p["left_river"]),
        right_capital=regex.compile(p["right_capital"]),
        person_named=regex.compile(p["person_named"]),
        name_after_place=regex.compile(p["name_after_place"]),
        compass_keys=frozenset(s.text.lower() for s in g.regions if s.context in ("direction", "compass")),
        country_automaton=_country_automaton(g),
        locality_units=_locality_units(),
        province_2025=province_names_2025(),
        city_since={row["name"]: dt.datetime.fromisoformat(row["since"])
                    for row in load_tsv("city_status_dates.tsv", key="name")},
    )


def _locality_key(level: str, name: str) -> tuple[str, str]:
    return LEVEL_GROUP.get(level, level), fix_tone_marks(name).lower()


def _locality_units() -> dict[tuple[str, str], frozenset[str]]:
    out: dict[tuple[str, str], set[str]] = {}
    for (level, name), units in load_localities().items():
        out.setdefault(_locality_key(level, name), set()).update(units)
        out.setdefault(_exact_key(level, name), set()).update(units)
    return {k: frozenset(v) for k, v in out.items()}


def _exact_key(level: str, name: str) -> tuple[str, str]:
    """The key of a unit at its own level, not its group (`quận Hoàng Mai` is no `thị xã Hoàng Mai`)."""
    return "=" + level, fix_tone_marks(name).lower()


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _hits(text: str, ctx: Context) -> list[Hit]:
    """Longest non-overlapping automaton hits that sit on word boundaries."""
    lower = lower_view(text)
    raw: list[tuple[int, int, tuple[Entry, ...]]] = []
    n = len(text)
    for last, (length, entries) in ctx.automaton.iter(lower):
        start, end = last - length + 1, last + 1
        if _word_char(lower[start]) and start > 0 and _word_char(lower[start - 1]):
            continue
        if _word_char(lower[last]) and end < n and _word_char(lower[end]):
            continue
        raw.append((start, end, entries))
    raw.sort(key=lambda h: (h[0], -h[1]))
    hits: list[Hit] = []
    reach = 0
    for start, end, entries in raw:
        if start >= reach:
            hits.append(Hit(start, end, entries))
            reach = end
    return hits


def _cased(span: str, surface: str) -> bool:
    """A name as written, title-cased or in capitals (`Hà Nội`, `HÀ NỘI`; not `hà nội`)."""
    return span == surface or span == _title(surface) or (span.isupper() and len(span) > 2)


def _title(text: str) -> str:
    return " ".join(w[:1].upper() + w[1:] for w in text.split(" "))


def _level_cased(span: str, word: str) -> bool:
    """A level word in lower case, capitalised or in capitals (`huyện`, `Huyện`, `TP`, `Tp`)."""
    return span in (word, word[:1].upper() + word[1:], word.upper(), word.capitalize())


def _region_cased(span: str, surface: str) -> bool:
    """A region with its proper-name syllables capitalised; the first word and `Bộ` may be either case."""
    if span.isupper() and len(span) > 2:
        return True
    words, want = span.split(" "), surface.split(" ")
    if len(words) != len(want):
        return False
    for i, (w, s) in enumerate(zip(words, want)):
        if i == 0 or s == "Bộ" or not s[:1].isupper():
            if w.lower() != s.lower():
                return False
        elif w != s:
            return False
    return True


def _entry(hit: Hit, kind: str) -> Entry | None:
    return next((e for e in hit.entries if e.kind == kind), None)


def find_places(text: str, ctx: Context) -> list[Candidate]:
    """Candidates for provinces, regions and localities, in text order.

    Args:
        text: the normalised article text.
        ctx: the loaded context (`build_context()`).

    Returns:
        `provinces.prefixed` (a level word and a unit name: `tỉnh Sóc Trăng`,
        `TP Hà Nội`), `localities.level` (a level word and any capitalised
        name: `huyện Lý Nhân`), `provinces.name`, `regions.name`,
        groups hold
        the matched surface, the level word and the level. Nothing is judged
        yet beyond word boundaries and pairing.
    """
    hits = _hits(text, ctx)
    out: list[Candidate] = []
    i = 0
    while i < len(hits):
        hit = hits[i]
        level = _entry(hit, LEVEL)
        if level is not None:
            taken = _pair_level(text, hits, i, level, ctx, out)
            i += taken
            continue
        for kind, rule in ((PROVINCE, "provinces.name"), (REGION, "regions.name")):
            entry = _entry(hit, kind)
            if entry is not None:
                if kind == REGION:
                    out.extend(_shared_head(text, hit, ctx, out))
                out.append(Candidate(hit.start, hit.end, rule, {"key": text[hit.start:hit.end].lower()}))
                if kind == REGION and entry.context == "compass":
                    out.extend(_compass_list(text, hit, ctx))
                break
        i += 1
    return out


def _compass_list(text: str, hit: Hit, ctx: Context) -> list[Candidate]:
    """The bare compass words listed after a compass region, each a region of its own (`ba miền Bắc - Trung -
    Nam`, `miền Bắc, Trung, Nam`: blind s21-b-002, GUIDELINES round 21; bench)."""
    out, pos = [], hit.end
    while (m := ctx.right_compass_list.match(text, pos)) is not None:
        word = m.group("word")
        out.append(Candidate(m.start("word"), m.end("word"), "regions.compass_list",
                             {"key": f"miền {word.lower()}", "head": hit.start}))
        pos = m.end()
    return out


# How far before a region its shared head may start (`Trung và `).
SHARED_HEAD_WINDOW = 12


def _shared_head(text: str, hit: Hit, ctx: Context, out: list[Candidate]) -> list[Candidate]:
    """A bare compass word listed before a region that it names with the region's tail (`Bắc và Trung Trung Bộ`: `Bắc`
    is Bắc Trung Bộ, blind s25-e-027); not one ending a candidate before (`miền Bắc và Bắc Trung Bộ`)."""
    name = text[hit.start:hit.end].split(" ", 1)
    m = ctx.left_shared_head.search(text, max(0, hit.start - SHARED_HEAD_WINDOW), hit.start) if len(name) == 2 else None
    if m is None or out and out[-1].end > m.start("word"):
        return []
    return [Candidate(m.start("word"), m.end("word"), "regions.shared_head",
                      {"key": f"{m['word']} {name[1]}".lower(), "tail": name[1]})]


def _pair_level(text: str, hits: list[Hit], i: int, level: Entry, ctx: Context, out: list[Candidate]) -> int:
    """Pair the level word of `hits[i]` with the name after it; returns how many hits it used."""
    hit = hits[i]
    if not _level_cased(text[hit.start:hit.end], level.text):
        return 1
    pos = hit.end + (1 if hit.end < len(text) and text[hit.end] == " " else 0)
    groups = {"level_word": text[hit.start:hit.end], "level": level.target, "key": ""}
    nxt = hits[i + 1] if i + 1 < len(hits) else None
    m = ctx.place_name.match(text, pos)
    if nxt is not None and nxt.start == pos and _entry(nxt, PROVINCE) is not None:
        groups["key"] = text[nxt.start:nxt.end].lower()
        if level.target in ("province", "city"):
            rule, end = "provinces.prefixed", nxt.end
        else:
            rule, end = "localities.level", max(nxt.end, m.end() if m else 0)
    elif m is not None and level.target != "province":
        rule, end = "localities.level", m.end()
        # A unit named after the locality ends it (`huyện Lý Nhân Hà Nam`).
        for h in _hits_before(hits, i + 1, end):
            if h.start > pos and _entry(h, LEVEL) is None:
                end = h.start - 1
                break
        end = _before_a_name(text, pos, end, level.target, ctx)
    else:
        return 1
    out.append(Candidate(hit.start, end, rule, groups | {"name": text[pos:end]}))
    return 1 + sum(1 for _ in _hits_before(hits, i + 1, end))


def _before_a_name(text: str, pos: int, end: int, level: str, ctx: Context) -> int:
    """`end`, or the end of the known locality (localities.tsv) that opens the capitalised words
    from `pos` when a person's name starts right after it and the whole run is no known locality:
    "xã Vĩnh Thành | Trần Thanh Sơn cho biết", "huyện Sông Hinh | Trần Thơ Ấu"."""
    name = text[pos:end]
    first, _, rest = name.partition(" ")
    if first.isdigit() and rest[:1].isupper():
        return pos + len(first)  # a unit named by its number ends there: "quận 7 | Đào Gia Vượng cho hay"
    if name.count(" ") < 2 or _locality_key(level, name) in ctx.locality_units:
        return end
    space = name.find(" ")
    while space > 0:
        if (_locality_key(level, name[:space]) in ctx.locality_units
                and ctx.name_after_place.match(text, pos + space + 1)):
            return pos + space
        space = name.find(" ", space + 1)
    return end


def _hits_before(hits: list[Hit], first: int, end: int):
    """The hits from index `first` on that start before `end` (they are sorted by start)."""
    for k in range(first, len(hits)):
        if hits[k].start >= end:
            return
        yield hits[k]


def _province_value(unit: Unit, g: Gazetteer) -> ProvinceValue:
    return ProvinceValue(unit.name, g.unit_2025(unit).name)


def _merged_city(unit: Unit, name: str, doc: NormalisedDoc, ctx: Context) -> ProvinceValue | None:
    """The 2025 centrally-run city a name written after it became one stands for (`TP Huế`, `Huế` in an article of
    May 2025: the province Huế since 1 January 2025, city_status_dates.tsv; no longer a city of Thừa Thiên Huế), else
    None."""
    new = ctx.gazetteer.unit_2025(unit)
    since = ctx.city_since.get(new.name, MERGER_DATE)
    if doc.published is not None and doc.published >= since and new.is_city and new.name.lower() == name.lower():
        return ProvinceValue(new.name, new.name)
    return None


def _surface(key: str, kind: str, text: str, ctx: Context) -> Entry | None:
    """The entry of `kind` whose surface form is written as `text` in the article."""
    found = ctx.automaton.get(key, None)
    if found is None:
        return None
    for e in found[1]:
        if e.kind == kind and (_cased(text, e.text) if kind == PROVINCE else _region_cased(text, e.text)):
            return e
    return None


def interpret_place(c: Candidate, doc: NormalisedDoc, ctx: Context, next_region: bool = False) -> Any:
    """The value of a candidate, or None when context says it is not a place.

    Args:
        c: a candidate from `find_places`.
        doc: the document (text and publication date).
        ctx: the loaded context.
        next_region: whether a region follows right after the candidate
            (`miền Trung Tây Nguyên`: two regions, not a part of a foreign place).

    Returns:
        A `ProvinceValue`, `RegionValue` or `LocalityValue` (its province still
        None: see `link_localities`), or None.
    """
    g, text = ctx.gazetteer, doc.text
    if c.rule == "provinces.prefixed":
        return _interpret_prefixed(c, doc, ctx)
    if c.rule == "localities.level":
        if c.groups["level"] == "city" and ctx.person_named.fullmatch(c.groups["name"]):
            return None  # "UBND TP Trần Vĩnh Tuyến": a title, then a person
        if ctx.left_not_level.search(text, max(0, c.start - LEFT_WINDOW), c.start):
            return None  # "Thông tấn xã Việt Nam", "Hợp tác xã Lễ Pháp"
        if c.groups["level"] == "city" and _unknown_word(c.groups["name"], ctx):
            return None  # "TP. Đối với", "TP 6 tháng": no city
        if _abroad(text, c.end, ctx):
            return None  # `thành phố Bangkok, Thái Lan`: a foreign city
        return LocalityValue(_numbered(c.groups["name"], c.groups["level_word"]), c.groups["level"], None)
    window = text[max(0, c.start - LEFT_WINDOW):c.start]
    span = text[c.start:c.end]
    if c.rule == "provinces.name":
        entry = _surface(c.groups["key"], PROVINCE, span, ctx)
        if entry is None or ctx.left_blocker.search(window) or ctx.left_person.search(window):
            return None
        if text.endswith(RIVER_JOINS, 0, c.start) and ctx.left_river.search(text, max(0, c.start - RIVER_WINDOW), c.start):
            return None
        if entry.context == "locative" and not ctx.left_locative.search(window):
            return None
        if ctx.left_credit.search(window):
            return None  # `- Ảnh: Công an Nghệ An`: a photo credit
        if ctx.left_outlet_tag.search(window) and ctx.right_outlet_tag.match(text, c.end):
            return None  # `(Báo Quảng Ngãi)- …`: the outlet's tag
        if _abroad(text, c.end, ctx):
            return None  # `Trịnh Châu (Hà Nam, Trung Quốc)`: China's Henan, not the province (blind s11-e-035, bench)
        return _merged_city(g.units[entry.target], span, doc, ctx) or _province_value(g.units[entry.target], g)
    if c.rule == "regions.compass_list":
        entry = _surface(c.groups["key"], REGION, "miền " + span, ctx)
        return None if entry is None else RegionValue(entry.target)
    if c.rule == "regions.shared_head":
        entry = _surface(c.groups["key"], REGION, f"{span} {c.groups['tail']}", ctx)
        return None if entry is None else RegionValue(entry.target)
    if c.rule == "regions.name":
        entry = _surface(c.groups["key"], REGION, span, ctx)
        if entry is None:
            return None
        # searched in the text, not `window`, so its lookbehind sees a province's word before `phía`
        if entry.context == "direction" and ctx.left_direction.search(text, max(0, c.start - LEFT_WINDOW), c.start):
            return None
        if not next_region and ctx.right_foreign.match(text[c.end:c.end + RIGHT_WINDOW]):
            return None
        if ctx.right_not_region.match(text[c.end:c.end + RIGHT_WINDOW]):
            return None
        if entry.context != "any" and ctx.right_inside.match(text[c.end:c.end + 16]):
            return None  # a direction inside one province: `miền Tây tỉnh Quảng Trị`
        if ctx.left_water.search(window):
            return None  # `vịnh Bắc Bộ`
        if ctx.left_credit.search(window):
            return None  # `Trần Huyền/VOV-Đông Bắc`, `(Ảnh: Nhịp sống Tây Bắc)`: a credit
        return RegionValue(entry.target)
    raise ValueError(f"unknown rule {c.rule!r}")


def _numbered(name: str, level_word: str) -> str:
    """A numbered unit is named with its level word, as localities.tsv names it (`quận 4` -> `Quận 4`, `phường 7` ->
    `Phường 7`; bench audit at 794b29b); any other name as written."""
    return f"{_title(level_word.lower())} {name}" if name.isdigit() else name


def _unknown_word(name: str, ctx: Context) -> bool:
    """A city named by one digit group, one letter or one Vietnamese syllable that is no known unit."""
    if " " in name or name in ctx.province_2025 or _locality_key("city", name) in ctx.locality_units:
        return False
    return name.isdigit() or len(name) < 2 or ctx.one_syllable.fullmatch(name) is not None


def _abroad(text: str, end: int, ctx: Context) -> bool:
    """Whether a foreign country is named right after a place (`, Thái Lan`, ` (Trung Quốc)`)."""
    lead = ctx.right_country_lead.match(text[end:end + 8])
    if lead is None:
        return False
    after = end + lead.end()
    for c in find_countries(text[after:after + 24], ctx):
        return c.start == 0 and c.groups["side"] == "foreign"
    return False


def _country_automaton(g: Gazetteer) -> Any:
    """An automaton over country names as written (and with a capital first letter): side by key."""
    automaton = ahocorasick.Automaton()
    for c in g.countries:
        for key in {c.text, c.text[:1].upper() + c.text[1:]}:
            automaton.add_word(key, (len(key), c.target))
    automaton.make_automaton()
    return automaton


def find_countries(text: str, ctx: Context) -> list[Candidate]:
    """Country names on word boundaries, as written, with their side in `groups["side"]`.

    Not inside a longer name: not before a capitalised syllable (`Mỹ Đình`, `Nga
    Sơn`) nor after a person's name syllable (`Thị Nga`).
    """
    out: list[Candidate] = []
    n = len(text)
    for last, (length, side) in ctx.country_automaton.iter(text):
        start, end = last - length + 1, last + 1
        if (start > 0 and _word_char(text[start - 1])) or (end < n and _word_char(text[end])):
            continue
        if ctx.right_capital.match(text[end:end + 2]):
            continue
        if ctx.left_person.search(text[max(0, start - LEFT_WINDOW):start]):
            continue
        out.append(Candidate(start, end, "countries.name", {"side": side}))
    out.sort(key=lambda c: (c.start, -c.end))
    kept: list[Candidate] = []
    for c in out:  # the longest of overlapping names (`chống Mỹ`, not `Mỹ`)
        if not kept or c.start >= kept[-1].end:
            kept.append(c)
    return kept


def drop_foreign_regions(mentions: list[Mention[Any]], keys: list[str | None],
                         anchors: list[tuple[int, int, str]]) -> list[Mention[Any]]:
    """In an article abroad, drop compass regions (and cities of no known province) whose nearest country
    (within COUNTRY_WINDOW) is foreign.

    Args:
        mentions: the article's mentions in text order.
        keys: for each mention, its lower-cased key when it is a compass region (its name when it is a
            city of no known province), else None.
        anchors: (start, end, `home` | `foreign`) of country names and provinces, sorted.

    Returns:
        The mentions without the foreign regions.
    """
    foreign = sum(side == "foreign" for _, _, side in anchors)
    if 2 * foreign <= len(anchors):
        return mentions  # an article about Vietnam
    starts = [start for start, _, _ in anchors]
    out = []
    for m, key in zip(mentions, keys):
        if key is not None:
            i = bisect.bisect_left(starts, m.start)
            near = []  # (gap in characters, side) of the anchors just before and just after
            if i > 0:
                near.append((m.start - anchors[i - 1][1], anchors[i - 1][2]))
            if i < len(anchors):
                near.append((anchors[i][0] - m.end, anchors[i][2]))
            near = [(d, side) for d, side in near if d <= COUNTRY_WINDOW]
            if near and min(near)[1] == "foreign":
                continue
        out.append(m)
    return out


def _interpret_prefixed(c: Candidate, doc: NormalisedDoc, ctx: Context) -> Any:
    """`tỉnh X` is the province; `TP X` the province if X is a centrally-run city, else a city."""
    g = ctx.gazetteer
    name = c.groups["name"]
    entry = _surface(c.groups["key"], PROVINCE, name, ctx)
    if entry is None:
        return None
    unit = g.units[entry.target]
    if _abroad(doc.text, c.end, ctx):
        return None  # `tỉnh Hà Nam, Trung Quốc` (bench): a foreign province of the same name
    if c.groups["level"] == "province":
        return _province_value(unit, g)
    if unit.is_city:
        return _province_value(unit, g)
    merged = _merged_city(unit, name, doc, ctx)
    if merged is not None:
        return merged
    # A provincial city named after its province (`TP Hòa Bình`) lies in it.
    return LocalityValue(name, "city", unit.name)


def link_localities(mentions: list[Mention[Any]], doc: NormalisedDoc, ctx: Context) -> list[Mention[Any]]:
    """Give each locality its province.

    In order of trust: the province that closes its address chain (`xã A, huyện B,
    tỉnh C`, `phường Đông Xuyên (TP.Long Xuyên)`), else the one its sentence names or
    its district-level name lies in (`_choose_province`), else the one another mention
    of it in the article has, else the one its ward or commune name lies in.

    Args:
        mentions: the article's mentions in text order.
        doc: the document.
        ctx: the loaded context.

    Returns:
        The mentions, localities rebuilt with their province where one is found.
    """
    if not any(isinstance(m.value, LocalityValue) for m in mentions):
        return mentions
    named = _sentence_named(mentions, doc, ctx)
    placed = _article_provinces(_walk_chains(mentions, named, doc, ctx, wards=False), doc)
    return _walk_chains(placed, named, doc, ctx, wards=True)


def _walk_chains(mentions: list[Mention[Any]], named, doc: NormalisedDoc, ctx: Context, wards: bool) -> list[Mention[Any]]:
    """Give each locality without a province the one closing its chain or `_choose_province`'s."""
    out = list(mentions)
    province: str | None = None
    # Walk backwards so a chain of localities inherits the province that closes it.
    for k in range(len(out) - 1, -1, -1):
        m = out[k]
        nxt = out[k + 1] if k + 1 < len(out) else None
        linked = nxt is not None and ctx.locality_link.match(doc.text[m.end:nxt.start]) is not None
        if isinstance(m.value, LocalityValue):
            v = m.value
            found = (v.province or (province if linked else None) or _district_after(v, m.end, doc, ctx)
                     or _choose_province(v, named(m.start), doc, ctx, wards))
            if found != v.province:
                out[k] = Mention.at(doc, m.start, m.end, m.rule, LocalityValue(v.name, v.level, found))
            province = found
        elif isinstance(m.value, ProvinceValue):
            province = m.value.province
        else:
            province = None
    return out


# After a ward or commune, its district named without a level word: `xã Vân Hà, Đông Anh`, `phường Đông Xuyên (Long
# Xuyên)`. Not a dash: in the bench a dash after a commune mostly pairs it with another one (`liên xã Phong Vân - Cổ
# Đô`, `phường Thái Học - Sao Đỏ`: 3 of the 4 such spans whose second name has no level word). Both separators are
# two characters long, which the name's offset below relies on.
DISTRICT_AFTER = (", ", " (")


def _district_after(value: LocalityValue, end: int, doc: NormalisedDoc, ctx: Context) -> str | None:
    """The province of a ward or commune whose name several provinces have, told by the district written right
    after it without a level word (`xã Vân Hà, Đông Anh`: Hà Nội's, not Bắc Ninh's; bench audit at 794b29b)."""
    if LEVEL_GROUP.get(value.level) != "ward" or not doc.text.startswith(DISTRICT_AFTER, end):
        return None
    units = ctx.locality_units.get(_locality_key(value.level, value.name), frozenset())
    if len(units) < 2:
        return None
    m = ctx.place_name.match(doc.text, end + 2)
    if m is None:
        return None
    shared = units & ctx.locality_units.get(_locality_key("district", m.group()), frozenset())
    known = _unit_provinces(shared, doc, ctx) if shared else set()
    return next(iter(known)) if len(known) == 1 else None


def _sentence_named(mentions: list[Mention[Any]], doc: NormalisedDoc, ctx: Context):
    """`named(offset)`: the provinces the sentence at `offset` names, not counting places
    reached or left (`đi TP.Hồ Chí Minh`, `từ Hà Nội đến`)."""
    ends = [e.end() for e in ctx.sentence_end.finditer(doc.text)]
    by_sentence: dict[int, set[str]] = {}
    for m in mentions:
        if isinstance(m.value, ProvinceValue) and not ctx.left_motion.search(doc.text, max(0, m.start - 20), m.start):
            by_sentence.setdefault(bisect.bisect_right(ends, m.start), set()).add(m.value.province)
    return lambda offset: by_sentence.get(bisect.bisect_right(ends, offset), set())


def _choose_province(value: LocalityValue, named: set[str], doc: NormalisedDoc, ctx: Context,
                     wards: bool) -> str | None:
    """The province of a locality from the provinces its sentence names and the units of its name.

    `Công an huyện Hướng Hóa đã ... Quảng Trị`: the sentence ties the district to the
    province (issue 13's audit found 66 % of localities without one). Of several named,
    the one the name lies in. A district-level name known in one province only wins over
    a named province it does not lie in (`huyện Tuy Đức` is in Đắk Nông even where the
    sentence names the victim's home, Đồng Nai); a ward or commune does not, because
    localities.tsv lacks the communes merged away before 2025 (An Giang's `phường Đông
    Xuyên` is not in it, Thái Bình's `xã Đông Xuyên` is); for the same reason a ward or
    commune name alone gives its province only when `wards` (after the article's other
    mentions have had their say).
    """
    units = ctx.locality_units.get(_locality_key(value.level, value.name), frozenset())
    fits = {p for p in named if _lies_in(units, p, ctx)}
    if len(fits) == 1:
        return next(iter(fits))
    ward = LEVEL_GROUP.get(value.level) == "ward"
    if len(named) == 1 and (not units or ward):
        return next(iter(named))
    if ward and not wards:
        return None
    known = _unit_provinces(units, doc, ctx)
    if len(known) > 1:
        # the level written tells them apart: `quận Hoàng Mai` is Hà Nội's district, `thị xã Hoàng Mai` Nghệ An's town
        exact = ctx.locality_units.get(_exact_key(value.level, value.name), frozenset())
        known = _unit_provinces(exact, doc, ctx) if exact else known
    return next(iter(known)) if len(known) == 1 else None


def _unit_provinces(units: frozenset[str], doc: NormalisedDoc, ctx: Context) -> set[str]:
    """Names of the provinces `units` stand for: the 2025 ones in an article after the merger."""
    g = ctx.gazetteer
    after = doc.published is not None and doc.published >= MERGER_DATE
    era = "2025" if after and any(g.units[u].era == "2025" for u in units) else "legacy"
    chosen = [g.units[u] for u in units if g.units[u].era == era] or [g.units[u] for u in units]
    return {u.name for u in chosen}


def _lies_in(units: frozenset[str], province: str, ctx: Context) -> bool:
    """Whether one of `units` is `province` or lies in its 2025 unit."""
    g = ctx.gazetteer
    new = ctx.province_2025.get(province)
    return any(g.units[u].name == province or g.unit_2025(g.units[u]).name == new for u in units)


def _article_provinces(mentions: list[Mention[Any]], doc: NormalisedDoc) -> list[Mention[Any]]:
    """Give a locality still without a province the one another mention of it has.

    `phường Thảo Điền` is placed once in an article and named bare further on; a name
    given two provinces in one article stays bare.
    """
    seen: dict[tuple[str, str], set[str]] = {}
    for m in mentions:
        if isinstance(m.value, LocalityValue) and m.value.province is not None:
            seen.setdefault(_same_place(m.value), set()).add(m.value.province)
    out = []
    for m in mentions:
        v = m.value
        if isinstance(v, LocalityValue) and v.province is None and len(seen.get(_same_place(v), ())) == 1:
            m = Mention.at(doc, m.start, m.end, m.rule, LocalityValue(v.name, v.level, next(iter(seen[_same_place(v)]))))
        out.append(m)
    return out


def _same_place(v: LocalityValue) -> tuple[str, str]:
    return LEVEL_GROUP.get(v.level, v.level), v.name


def extract_places(doc: NormalisedDoc, ctx: Context) -> list[Mention[Any]]:
    """Province, region and locality mentions of one document, in text order."""
    if not doc.text:
        return []
    candidates = find_places(doc.text, ctx)
    mentions: list[Mention[Any]] = []
    compass: list[str | None] = []  # per mention: its key if a compass region
    anchors: list[tuple[int, int, str]] = []  # provinces and country names: whose land is around
    kept: set[int] = set()  # starts of the mentions kept, for a compass list's head however long the list
    for k, c in enumerate(candidates):
        nxt = candidates[k + 1] if k + 1 < len(candidates) else None
        next_region = nxt is not None and nxt.rule == "regions.name" and nxt.start == c.end + 1
        value = interpret_place(c, doc, ctx, next_region)
        if c.rule == "regions.compass_list" and c.groups["head"] not in kept:
            value = None  # its head region was refused (abroad, a direction inside a province)
        if value is not None:
            rule = c.rule if not isinstance(value, LocalityValue) or c.rule == "localities.level" else "localities.city"
            mentions.append(Mention.at(doc, c.start, c.end, rule, value))
            kept.add(c.start)
            is_compass = isinstance(value, RegionValue) and c.groups["key"] in ctx.compass_keys
            # A city of no known province is dropped the same way in an article abroad (`bảo vệ thành phố
            # Aleppo` beside Syria; bench audit of the localities table).
            unknown_city = isinstance(value, LocalityValue) and value.level == "city" and value.province is None
            compass.append(c.groups["key"] if is_compass else value.name if unknown_city else None)
            if isinstance(value, ProvinceValue):
                anchors.append((c.start, c.end, "home"))
    if any(compass):
        anchors += [(c.start, c.end, c.groups["side"]) for c in find_countries(doc.text, ctx)]
        anchors.sort()
        mentions = drop_foreign_regions(mentions, compass, anchors)
    linked = link_localities(_as_namesakes(mentions, doc, ctx), doc, ctx)
    signed = _signature_start(linked, doc.text, ctx)
    return [m for m in linked if m.rule != NAMESAKE and not (m.start >= signed and isinstance(m.value, ProvinceValue))]


def _signature_start(mentions: list[Mention[Any]], text: str, ctx: Context) -> int:
    """Where the article's last line starts when it is a place signature: a province written first, the line as
    provinces.yaml `closing_place` (not a credit, `Theo Báo Kiên Giang`); else the text's length."""
    end = len(text.rstrip())
    start = text.rfind("\n", 0, end) + 1
    signed = start > 0 and any(m.start == start and isinstance(m.value, ProvinceValue) for m in mentions)
    return start if signed and ctx.closing_place.fullmatch(text, start, end) else len(text)


# The rule of a bare province name read as the district-level unit or city of the same name (`_as_namesakes`): a
# locality while chains are linked, so the localities whose chain it closes take the unit's province, then dropped.
NAMESAKE = "provinces.namesake"


def _as_namesakes(mentions: list[Mention[Any]], doc: NormalisedDoc, ctx: Context) -> list[Mention[Any]]:
    """Read as that unit (rule `NAMESAKE`) a bare province name that the article writes with a level word as a
    district-level unit of another province or as a city the province is named after (`Công an huyện Quảng Ninh`, then
    `xã Vĩnh Ninh (Quảng Ninh)` and `3 huyện Lệ Thủy, Quảng Ninh và Bố Trạch`: Quảng Bình's district, blind s30-b-004,
    s30-e-018; `tại TP.Vũng Tàu`, then `lớn bậc nhất Vũng Tàu`: the city, s30-e-015), unless the article also writes
    the province with its own level word (`tỉnh Quảng Ninh`) or, for a unit of another province, a locality that
    lies in the province alone (`TP Hạ Long`)."""
    units = _district_units(mentions, doc, ctx)
    if not units:
        return mentions
    kept = {m.value.province for m in mentions if m.rule == "provinces.prefixed"}
    placed = _placed_alone(mentions, doc, ctx)
    out: list[Mention[Any]] = []
    for m in mentions:
        unit = _namesake_unit(m, units)
        if unit is not None and not _named_as_province(m, unit.province, kept, placed):
            m = Mention.at(doc, m.start, m.end, NAMESAKE, LocalityValue(m.text, unit.level, unit.province))
        out.append(m)
    return out


def _district_units(mentions: list[Mention[Any]], doc: NormalisedDoc, ctx: Context) -> dict[str, LocalityValue]:
    """Name -> each district-level locality of the article with the province the gazetteer places it in by its level
    and name (`huyện Quảng Ninh`: Quảng Bình), where it places it in one."""
    units = {}
    for m in mentions:
        if isinstance(v := m.value, LocalityValue) and LEVEL_GROUP.get(v.level) == "district":
            province = v.province or _choose_province(v, set(), doc, ctx, wards=False)
            if province is not None:
                units[v.name] = LocalityValue(v.name, v.level, province)
    return units


def _namesake_unit(m: Mention[Any], units: dict[str, LocalityValue]) -> LocalityValue | None:
    """The district-level unit or city that a bare province name `m` stands for, if it is one."""
    if m.rule != "provinces.name" or not isinstance(v := m.value, ProvinceValue):
        return None
    unit = units.get(m.text)
    return unit if unit is not None and (unit.province != v.province or m.text != v.province) else None


def _named_as_province(m: Mention[Any], unit: str, kept: set[str], placed: dict[str, str]) -> bool:
    """Whether the article names `m`'s province as such too: with its level word, or, where the unit `m` stands for
    lies in another province, by a locality that lies in it alone (`TP Hạ Long` beside `huyện Quảng Ninh`; not
    `TX. Hương Thủy` beside `Huế`, the city: blind s9-b-023)."""
    province = m.value.province
    return province in kept or unit != province and any(p == province for name, p in placed.items() if name != m.text)


def _placed_alone(mentions: list[Mention[Any]], doc: NormalisedDoc, ctx: Context) -> dict[str, str]:
    """Locality name -> the one province the gazetteer places it in by its level and name alone."""
    placed = {}
    for m in mentions:
        if isinstance(v := m.value, LocalityValue):
            known = _unit_provinces(ctx.locality_units.get(_locality_key(v.level, v.name), frozenset()), doc, ctx)
            if len(known) == 1:
                placed[v.name] = next(iter(known))
    return placed


def build():
    """The provinces extractor: data and automaton loaded once.

    Returns:
        `extract(doc, found) -> list[Mention]` with ProvinceValue, RegionValue
        and LocalityValue mentions.
    """
    ctx = build_context()

    def extract(doc: NormalisedDoc, found: Found) -> list[Mention[Any]]:
        return extract_places(doc, ctx)

    return extract
