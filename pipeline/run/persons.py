"""Persons across articles: link each article's people to one `person_id` per real person.

Runs in the writing process, batch after batch in input order, so every engine gives
the same ids. A person of an article (a `people` row with the `positions` of that
article) joins an existing person of the same name only when the evidence agrees:

- conflicts keep two people apart: organisations in disjoint provinces, posts of
  disjoint kinds (`police` vs `business`), a rank on one side and only civilian posts
  on the other, a foreign post against domestic ones. Two national leaders' posts
  (`Phó Thủ tướng`, then `Chủ tịch Quốc hội`) never conflict: one name at that level
  is one person.
- support links them: a shared organisation or the words of one (`Sở GD&ĐT Hà Nội` /
  `Bộ GD&ĐT`), both national leaders, a shared province, role, kind or rank.
- a bare name (no post, no rank) joins only a well-known person (`known_persons.tsv`,
  where short forms such as `Putin` name the listed person), or another bare mention
  of the same name whose places agree: the localities and provinces written right after
  the name as where the person lives (`Nguyễn Văn Minh (SN 2000, trú tại xã Nhân Hòa,
  huyện Quế Võ)`). Places that share nothing keep two namesakes apart (a victim in Quế Võ,
  a man of 54 in Bến Cát, a man of 36 in Hoàng Mai); a mention with no place joins the one
  namesake there is, as before (`Phạm Băng Băng`, `Lê Xuân Tình` in ten articles), and
  none of several (a guard in Hố Nai, a journalist in a list of prize winners), and none whose
  articles name only other provinces than this article does (two stories, two people).
  Otherwise it is a new person.
- two articles that name the same two or more other people of full names (`HLV Kim Huệ
  và 3 VĐV Nguyễn Thu Hoài, Nguyễn Thị Ninh Anh, Hoàng Thị Phương Anh`) tell one story:
  such companions support a link like a shared organisation.
- a foreign full name (two or more words, the first of no Vietnamese shape: `James Comey`)
  names one person, as a well-known name does: the press writes a foreign holder with
  his post once and by name alone elsewhere (the persons audit at 4033843).

Ids are `p-` + 12 hex digits of a hash of the person's name key and first article, so
a rerun over the same inputs in the same order gives the same ids; ids already in the
folder's `persons` table are loaded and kept. `persons` is rebuilt as a whole from
this state and published with the run.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
import regex

from vnie.extractors.keys import key
from vnie.extractors.models.speakers import organisation_words
from vnie.extractors.normalise import lower_view
from vnie.extractors.officials.lexicon import (
    foreign_countries,
    foreign_shape,
    known_persons,
    load_known_persons,
    name_shapes,
)
from vnie.extractors.officials.positions import load_positions
from vnie.gazetteer.load import alternation, load_patterns, load_tsv, load_words
from vnie.gazetteer.provinces import province_names_2025
from vnie.run.tables import SCHEMAS, to_table

PERSONS_FILE = "persons.parquet"
# Kinds of body whose posts are public (a person holding one is an `official`).
PUBLIC_KINDS = frozenset({"police", "party", "government", "legislature", "front", "military", "court", "foreign"})
_WORD = regex.compile(r"\w+")
_NAME_WORD = regex.compile(r"\w+(?:-\w+)*")
_GAP = regex.compile(r"\s+")


@functools.cache
def _words() -> tuple[regex.Pattern[str], regex.Pattern[str], frozenset[str], frozenset[str]]:
    """(national, sectoral, generic, middle) from person_linking.tsv."""
    rows = load_tsv("person_linking.tsv", key="word")
    by_role: dict[str, list[str]] = defaultdict(list)
    for row in rows:
        by_role[row["role"]].append(row["word"])
    national = regex.compile(r"(?i)(?<!\w)" + alternation(by_role["national"]) + r"(?!\w)")
    sectoral = regex.compile(alternation(by_role["sectoral"]) + r" ", regex.IGNORECASE)
    return national, sectoral, frozenset(by_role["generic"]), frozenset(by_role["middle"])


@functools.cache
def _national_roles() -> frozenset[str]:
    """Posts of the national leadership (person_linking.tsv `national_post`): their holders are elite."""
    return frozenset(row["word"] for row in load_tsv("person_linking.tsv", key="word") if row["role"] == "national_post")


@functools.cache
def _place_words() -> frozenset[str]:
    """Words of province names (provinces gazetteer), which say nothing about an organisation's field."""
    names = [row["name"] for row in load_tsv("provinces.tsv")] + [row["alias"] for row in load_tsv("aliases.tsv")]
    return frozenset(w for n in names for w in _WORD.findall(n.casefold()))


@functools.cache
def _common_surnames() -> frozenset[str]:
    """The commonest surnames (person_linking.tsv `common_surname`), casefolded."""
    return frozenset(row["word"].casefold() for row in load_tsv("person_linking.tsv", key="word")
                     if row["role"] == "common_surname")


@functools.cache
def _common_middles() -> frozenset[str]:
    """Common middle names (middle_names.txt), casefolded."""
    return frozenset(w.casefold() for w in load_words("middle_names.txt"))


def common_name(k: str) -> bool:
    """Whether a name key is of a common shape, a top surname then a common middle name (`nguyễn văn thuận`,
    `nguyễn tiến dũng`): many people bear it. A rarer name (`hồ quang cua`, `phạm nhật vượng`) in business or sport
    stories set in other provinces is still one person (review 21)."""
    words = k.split(" ")
    return len(words) >= 3 and words[0] in _common_surnames() and words[1] in _common_middles()


def loose_key(k: str) -> str:
    """A name key without the middle names the press drops (`nguyễn thị kim chi` -> `nguyễn kim chi`)."""
    words = k.split(" ")
    if len(words) < 3:
        return k
    middle = _words()[3]
    kept = [words[0]] + [w for w in words[1:-1] if w not in middle] + [words[-1]]
    return " ".join(kept) if len(kept) >= 2 else k


# Support needed to join a person with posts: 2, or 1 when there is only one candidate.
MIN_SUPPORT = 2
MIN_BARE_MENTIONS = 2  # a bare name beside national leaders joins one of them only when the article dwells on it
# Other people named in both articles (full names of three words or more, not well-known, not national
# leaders) that make two mentions of one name one story's person: one shared name is chance
# (`Nguyễn Văn Hải` in a crash report and in a list of prize-winning journalists), two are not.
MIN_COMPANIONS = 2
# Characters after a mention of a name read for the places written with it: the bracket of a
# news report (`Nguyễn Văn Minh (SN 2000, học lớp 11A6, trường THPT Quế Võ, hiện trú tại xã Nhân
# Hòa, huyện Quế Võ)` is 98 characters), up to the end of the sentence or the next person's name.
PLACE_REACH = 120
# How far after the name (and its closed bracket) a word of person_place_cues.txt may stand, in the
# name's own comma clause (`Nguyễn Văn Minh, 35 tuổi, hiện trú tại`).
CUE_REACH = 40


@functools.cache
def _place_stop() -> regex.Pattern[str]:
    """A sentence end after a name: not the dot of an abbreviated unit word (`trú tại P. Tân Phong, Q.7,
    TP. HCM`; person_place_abbreviations.txt and the dotted words of locality_levels.tsv)."""
    words = list(load_words("person_place_abbreviations.txt"))
    words += [row["word"][:-1] for row in load_tsv("locality_levels.tsv") if row["word"].endswith(".")]
    return regex.compile(r"(?<!(?<![\w.])(?:" + alternation(sorted(set(words))) + r"))\.(?=\s|$)|[!?;](?=\s|$)|\n")


@functools.cache
def _place_cue() -> regex.Pattern[str]:
    """What must stand between a name and a place for the place to be the person's, matched at the
    name's end: a bracket opened right after the name and still open (`Nguyễn Hữu Bình (26 tuổi, ở Lập
    Thạch, Vĩnh Phúc)`), or a word of person_place_cues.txt (`trú`, `ngụ`, `quê`; not `ở`: `gây tai nạn
    ở huyện Chư Pứh`) right after the name, or in its own bracket or comma clause (`Nguyễn Văn Minh (SN
    2000), cùng trú tại`), also after a partner's name (person_place_partners.txt: `Neáng Kim Sone và
    Neáng Chếk, cùng trú tại`) or an age or a year of birth without a bracket (officials.yaml `age`: `Hoàng Thị Hồng
    Tứ sinh năm 1983, quê Ninh Bình`, the persons audit at 245cb63); not in a later clause (`Anh Nguyễn Văn Minh cho
    biết người dân trú tại`). A word of person_place_cues_adjacent.txt (`ở`) counts only right after the name or its
    bracket (`Nguyễn Văn Mạnh (SN 1961) ở thôn Phú Hòa`)."""
    cue = alternation(load_words("person_place_cues.txt"))
    bracket = r"(?:[ ]*\([^()]*\))?"
    age = load_patterns("officials.yaml")["age"]
    partner = r"(?:[ ]+(?:%s)[ ]+\p{Lu}[\p{L}\p{M}]*(?:[ ]\p{Lu}[\p{L}\p{M}]*){0,4}%s)?" % (
        alternation(load_words("person_place_partners.txt")), bracket)
    adjacent = alternation(load_words("person_place_cues_adjacent.txt"))
    return regex.compile(r"[ ]*\([^()]*$|%s%s(?:(?:%s)?[ ]*(?:[(,][^()]{0,%d}?)?(?<!\w)(?:%s)|[ ]+(?:%s))(?!\w)"
                         % (bracket, partner, age, CUE_REACH, cue, adjacent), regex.IGNORECASE)


def variant_groups(keys: Iterable[str]) -> dict[str, str]:
    """Each key of one article's people mapped to the fullest variant of its name there: the
    same name with a middle name dropped (`phạm kim huệ` / `phạm thị kim huệ`), or its last two
    or more words when they end one name only (`kim huệ`; `mai phương` beside `hồ mai phương` and
    `nguyễn mai phương` stays itself)."""
    keys = sorted(set(keys))
    parent = {k: k for k in keys}

    def root(k: str) -> str:
        while parent[k] != k:
            k = parent[k]
        return k

    def join(a: str, b: str) -> None:
        ra, rb = root(a), root(b)
        if ra != rb:
            big, small = (ra, rb) if _fullness(ra) >= _fullness(rb) else (rb, ra)
            parent[small] = big

    by_last: dict[str, list[str]] = defaultdict(list)
    for k in keys:
        by_last[k.rsplit(" ", 1)[-1]].append(k)
    for group in by_last.values():
        if len(group) < 2:
            continue
        by_loose: dict[str, str] = {}
        for k in group:
            loose = loose_key(k)
            if loose in by_loose:
                join(k, by_loose[loose])
            else:
                by_loose[loose] = k
        for k in group:
            if " " not in k:
                continue
            owners = {root(o) for o in group if o.endswith(" " + k)}
            if len(owners) == 1:
                join(k, owners.pop())
    return {k: root(k) for k in keys}


def _fullness(k: str) -> tuple[int, str]:
    return len(k.split(" ")), k


@dataclass(slots=True)
class Evidence:
    """What one article says about one person."""

    ranks: set[str] = field(default_factory=set)
    roles: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    kinds: set[str] = field(default_factory=set)
    provinces: set[str] = field(default_factory=set)
    elite: bool = False
    latest: tuple[str | None, str | None] = (None, None)
    bodies: dict[str, str] = field(default_factory=dict)  # a current post -> the organisation the article names it with
    places: set[str] = field(default_factory=set)  # provinces, and localities as `level:name` (`commune:Nhân Hòa`)
    story: set[str] = field(default_factory=set)  # the provinces its articles name anywhere (a bare common name's)
    # the keys of the other people of each article (one set an article): a person seen in many articles
    # gathers many names, so companions are counted against one article at a time
    companions: set[frozenset[str]] = field(default_factory=set)
    callings: set[str] = field(default_factory=set)  # stated roles that are no post (`ngư dân`, `đạo diễn`)
    calling: str | None = None  # the first of them in the article

    @property
    def bare(self) -> bool:
        return not (self.ranks or self.roles)

    @property
    def place_parts(self) -> tuple[set[str], set[str]]:
        """(provinces, localities) of `places`."""
        localities = {p for p in self.places if ":" in p}
        return self.places - localities, localities

    def field_words(self, sectoral_only: bool = False) -> set[str]:
        """Words of the organisations that name a field: not generic, not a place's."""
        generic = _words()[2] | _place_words()
        sectoral = _words()[1]
        return {w for o in self.organisations if not sectoral_only or sectoral.match(o)
                for w in _WORD.findall(o) if w not in generic}


@dataclass(slots=True)
class Person:
    """One real person: the union of the evidence of its mentions."""

    person_id: str
    name: str
    keys: set[str]
    aliases: set[str] = field(default_factory=set)
    evidence: Evidence = field(default_factory=Evidence)
    n_articles: int = 0
    first_seen: dt.date | None = None
    last_seen: dt.date | None = None
    current: tuple[dt.date | None, str | None, str | None] = (None, None, None)
    known: bool = False
    calling: tuple[dt.date | None, str | None] = (None, None)  # the latest calling, for a person with no post
    # a current post -> (day, organisation) of its latest mention naming one: the body of the same post written bare
    # in the latest article ("Tổng thống Putin" after "Tổng thống Nga Vladimir Putin")
    bodies: dict[str, tuple[dt.date | None, str]] = field(default_factory=dict)

    def add(self, name: str, k: str, ev: Evidence, day: dt.date | None) -> None:
        if len(name) > len(self.name) and not self.known:
            self.aliases.add(self.name)
            self.name = name
        elif name != self.name:
            self.aliases.add(name)
        self.keys.add(k)
        e = self.evidence
        e.ranks |= ev.ranks
        e.roles |= ev.roles
        e.organisations |= ev.organisations
        e.kinds |= ev.kinds
        e.provinces |= ev.provinces
        e.elite = e.elite or ev.elite
        e.places |= ev.places
        e.story |= ev.story
        e.companions |= ev.companions
        e.callings |= ev.callings
        self.n_articles += 1
        if ev.calling is not None and (self.calling[1] is None or (day is not None and (
                self.calling[0] is None or day >= self.calling[0]))):
            self.calling = (day, ev.calling)
        if day is not None:
            self.first_seen = day if self.first_seen is None else min(self.first_seen, day)
            self.last_seen = day if self.last_seen is None else max(self.last_seen, day)
        # the latest post: a dated mention beats an undated one, a later date an earlier one
        if ev.latest[0] is not None and (self.current[1] is None or (day is not None and (
                self.current[0] is None or day >= self.current[0]))):
            self.current = (day, *ev.latest)
        for post, body in ev.bodies.items():
            seen = self.bodies.get(post)
            if seen is None or (day is not None and (seen[0] is None or day >= seen[0])):
                self.bodies[post] = (day, body)

    @property
    def current_organisation(self) -> str | None:
        """The organisation of the latest post, or when its latest mention names none, the latest one named with
        that post."""
        if self.current[2] is not None or self.current[1] is None:
            return self.current[2]
        body = self.bodies.get(self.current[1])
        return body[1] if body is not None else None


def _conflict(a: Evidence, b: Evidence) -> bool:
    """Whether two bodies of evidence cannot be one person (`other` bodies say nothing)."""
    if a.elite and b.elite:
        return False
    if a.provinces and b.provinces and not a.provinces & b.provinces:
        return True
    kinds_a, kinds_b = a.kinds - {"other"}, b.kinds - {"other"}
    if kinds_a and kinds_b and not kinds_a & kinds_b:
        return True
    for x, y in ((a, b), (b, a)):  # a rank against only civilian posts
        if x.ranks and not y.ranks and y.kinds and not y.kinds & {"police", "military", "other"}:
            return True
    # posts in ministries or departments of different fields ("Bộ KH&CN" / "Sở VHTTDL")
    fields_a, fields_b = a.field_words(sectoral_only=True), b.field_words(sectoral_only=True)
    return bool(fields_a and fields_b and not fields_a & fields_b)


def _support(a: Evidence, b: Evidence) -> int:
    """How much two bodies of evidence agree; a province or a role counts only within a shared kind."""
    score = 0
    if a.organisations & b.organisations:
        score += 3
    elif a.field_words() & b.field_words():
        score += 2
    if a.elite and b.elite:
        score += 3
    if _companions(a, b) >= MIN_COMPANIONS:
        score += 2
    shared_kind = bool(a.kinds & b.kinds - {"other"})
    if shared_kind:
        score += 1
        score += bool(a.provinces & b.provinces) + bool(a.roles & b.roles)
    elif not (a.kinds - {"other"} and b.kinds - {"other"}):
        # one side's posts are of no known kind (`Phó chủ tịch tỉnh Hà Tĩnh`): the same post in
        # the same province is some agreement (enough when there is one candidate)
        score += bool(a.provinces & b.provinces and a.roles & b.roles & _post_roles())
    if a.ranks & b.ranks:
        score += 1
    return score


def _bare_agreement(a: Evidence, b: Evidence) -> int | None:
    """How well two bare mentions of one name agree (a level), or None when their places disagree.
    Level 4: two or more shared companions, one story whatever the places say (`phường
    Máy Tơ` / `phường Mỹ Tơ`, a man of Hà Nội whose workshop moved to Đồng Nai); 3: a shared locality
    (tones aside: `xã Thanh Hưng` / `xã Thanh Hung`); 2: a shared province; 1: no place on one side.
    Callings of no shared line of work (`lái xe` / `ngư dân`: `_calling_conflict`) disagree too.
    Places disagree when the provinces share none; two communes or districts of one province do not
    (the press writes one victim's commune two ways, `xã Chư Á` / `xã An Phú, TP Pleiku`). With no shared
    place, the articles must name a province in common when both name one (`story`): an artisan of a Huế
    murder case and a father in Krông Ana (Đắk Lắk), both `Nguyễn Văn Thuận`, are two people."""
    if _companions(a, b) >= MIN_COMPANIONS:
        return 4
    if _calling_conflict(a.callings, b.callings):
        return None
    (prov_a, loc_a), (prov_b, loc_b) = a.place_parts, b.place_parts
    if prov_a and prov_b and not prov_a & prov_b:
        return None
    if {_fold(p) for p in loc_a} & {_fold(p) for p in loc_b}:
        return 3
    if prov_a & prov_b:
        return 2
    if a.story and b.story and not a.story & b.story:
        return None  # no shared place, and stories told in different provinces
    return 1


@functools.cache
def _calling_groups() -> dict[str, str]:
    """Each calling's line of work (person_calling_groups.tsv), casefolded."""
    return {row["calling"].casefold(): row["group"] for row in load_tsv("person_calling_groups.tsv", key="calling")}


def _calling_conflict(a: set[str], b: set[str]) -> bool:
    """Whether two sets of callings share no line of work (`lái xe` / `ngư dân`); a standing (`cựu chiến
    binh`) or a calling of no listed line conflicts with none."""
    groups = _calling_groups()
    lines_a = {groups.get(c.casefold()) for c in a} - {"status"}
    lines_b = {groups.get(c.casefold()) for c in b} - {"status"}
    if not lines_a or not lines_b or None in lines_a | lines_b:
        return False
    return not lines_a & lines_b


def _companions(a: Evidence, b: Evidence) -> int:
    """The most other people one article of `a` and one of `b` both name."""
    return max((len(x & y) for x in a.companions for y in b.companions), default=0)


def _fold(text: str) -> str:
    """`text` without tone marks and diacritics, lower-case (`Thanh Hưng` -> `thanh hung`)."""
    decomposed = unicodedata.normalize("NFD", text.casefold().replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@functools.cache
def _post_roles() -> frozenset[str]:
    """Canonical roles that are posts (titles.tsv kind `position`), not occupations (`giáo viên`),
    casefolded: a role is written `Phó Trưởng Ban` or `Phó Trưởng ban`."""
    roles = set()
    for row in load_tsv("titles.tsv", key="head"):
        if row["kind"] == "position":
            roles.add(row["head"].casefold())
            if row["deputy"] == "yes":
                roles.add("phó " + row["head"].casefold())
    return frozenset(roles)


@functools.cache
def _org_kinds() -> tuple[dict[str, str], ...]:
    """The rows of org_kinds.tsv, read once for `_foreign_public` and `_other_bodies`."""
    return load_tsv("org_kinds.tsv", key="word")


@functools.cache
def _foreign_public() -> tuple[frozenset[str], regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    """(roles, bodies, countries, business) that tell a foreign person's post public
    (person_foreign_public.tsv): its roles; a pattern of its bodies (anywhere, or opening
    the organisation) and of the public bodies of org_kinds.tsv; one of a whole organisation
    that is a foreign country; one of org_kinds.tsv's business words. All on keys."""
    rows = load_tsv("person_foreign_public.tsv", key="word")
    roles = frozenset(r["word"] for r in rows if "role" in r["what"].split())
    bodies = [r["word"] for r in rows if "body" in r["what"].split()]
    kinds = _org_kinds()
    # one-word heads ("Bộ", "Sở", "Hội") are left out: keyed, "bộ" is also "câu lạc bộ"
    bodies += [r["word"] for r in kinds if r["kind"] in PUBLIC_KINDS and " " in r["word"]]
    starts = [r["word"] for r in rows if "start" in r["what"].split()]
    # a state head opening the organisation, or the body it belongs to ("Văn phòng Kiểm soát Tài sản Nước ngoài
    # của Bộ Tài chính Mỹ", ../shared/bench)
    body = regex.compile(r"(?:^|(?<!\w)của )(?:" + alternation(sorted({key(b) for b in starts})) + r")(?!\w)|(?<!\w)"
                         + alternation(sorted({key(b) for b in bodies})) + r"(?!\w)")
    country = regex.compile(r"(?:(?:" + alternation(load_words("person_country_leads.txt")) + r") )*"
                            + alternation(sorted({key(c) for c in foreign_countries()})))
    business = regex.compile(r"(?<!\w)" + alternation(sorted({key(r["word"]) for r in kinds if r["kind"] == "business"}))
                             + r"(?!\w)")
    return roles, body, country, business


def _public_foreign_org(org: str) -> bool:
    """Whether an organisation (a key) held by a foreign person is a state or public body."""
    _, body, country, business = _foreign_public()
    if country.fullmatch(org):
        return True
    found = body.search(org)  # a business word outside it makes a company ("Tập đoàn X - Bộ ...")
    if found is not None and _other_bodies().match(org, found.start()):
        return False  # a longer name of no public kind there: "Ban tổ chức Đại hội" (of a sports festival)
    return found is not None and business.search(org[: found.start()] + " " + org[found.end() :]) is None


@functools.cache
def _other_bodies() -> regex.Pattern[str]:
    """The names of two or more words that org_kinds.tsv gives kind `other` (keyed), which a
    public body's name may open ("Ban tổ chức" / "Ban tổ chức Đại hội")."""
    words = sorted({key(r["word"]) for r in _org_kinds() if r["kind"] == "other" and " " in r["word"]})
    return regex.compile(alternation(words) + r"(?!\w)")


def _official(e: Evidence, public: bool = False, name: str = "") -> bool:
    """A rank, a post in a public body, a post (not an occupation) in a public body of no known
    kind (`_public_body`: a state institute, hospital or school; not a company, club,
    cooperative or association), or a public well-known person (`public`, known_persons.tsv).
    A foreign person's post is public by its role or its organisation (`_foreign_public`):
    a foreign club's, company's or foundation's chairman is no official."""
    if public or e.ranks or (e.kinds - {"foreign"}) & PUBLIC_KINDS:
        return True
    if "foreign" in e.kinds or (e.roles and foreign_shape(name, *name_shapes())):
        return bool(e.roles & _foreign_public()[0] or any(map(_public_foreign_org, e.organisations)))
    if "other" not in e.kinds or "business" in e.kinds:
        return False
    posts = {r.casefold() for r in e.roles} & _post_roles()
    if any(map(_public_foreign_org, e.organisations)):
        return bool(posts)  # a state body named in the title ("Bảo hiểm Xã hội Việt Nam")
    posts -= _private_roles()["any"]  # a company's CEO, a hospital department's head
    if not e.organisations:
        return bool(posts - _private_roles()["bare"])  # "làm giám đốc": of a company, mostly
    return bool(posts) and any(map(_public_body, e.organisations))


@functools.cache
def _private_roles() -> dict[str, frozenset[str]]:
    """Casefolded roles that are no public post in a body of no known kind (`any`,
    person_private_roles.txt) or when written with no organisation (`bare`, person_bare_roles.txt)."""
    return {"any": frozenset(w.casefold() for w in load_words("person_private_roles.txt")),
            "bare": frozenset(w.casefold() for w in load_words("person_bare_roles.txt"))}


@functools.cache
def _body_heads() -> tuple[regex.Pattern[str], dict[str, bool]]:
    """The heads of person_public_heads.tsv as one pattern opening an organisation (a key), and
    whether each (keyed) names a public body."""
    rows = load_tsv("person_public_heads.tsv", key="word")
    public = {key(r["word"]): r["public"] == "yes" for r in rows}
    return regex.compile(r"^" + alternation(public) + r"(?!\w)"), public


def _public_body(org: str) -> bool:
    """Whether an organisation (a key) of no known kind opens with the head of a public body."""
    pattern, public = _body_heads()
    found = pattern.match(org)
    return found is not None and public[found.group()]


def person_id(name_key: str, article_id: str) -> str:
    return "p-" + hashlib.sha1(f"{name_key}|{article_id}".encode()).hexdigest()[:12]


class Linker:
    """The persons of an output folder, growing article by article."""

    def __init__(self) -> None:
        self.persons: dict[str, Person] = {}
        self.by_key: dict[str, list[str]] = defaultdict(list)
        self.by_loose: dict[str, list[str]] = defaultdict(list)
        forms = known_persons()
        self.canonical = {key(form): key(name) for form, (name, _) in forms.items()}
        self.known_names = {key(name): name for name, _ in forms.values()}
        self.public_names = {key(p.name) for p in load_known_persons() if p.public}

    @classmethod
    def load(cls, out: Path) -> Linker:
        """The linker with the persons already in `out` (none if the folder has no persons table)."""
        linker = cls()
        path = out / "persons" / PERSONS_FILE
        if path.exists():
            for row in pq.read_table(path).to_pylist():
                linker._restore(row)
        return linker

    def _restore(self, row: dict[str, Any]) -> None:
        callings = set(row.get("callings") or [])  # a table written before the column: none
        ev = Evidence(set(row["ranks"] or []), set(row["roles"] or []) - callings, set(row["organisations"] or []),
                      set(row["org_kinds"] or []), set(row["provinces"] or []), bool(row["elite"]),
                      places=set(row.get("places") or []), story=set(row.get("story_provinces") or []), companions={frozenset(c.split("; ")) for c in row.get("companions") or []},
                      callings=callings)
        post = row["current_role"] not in callings or row["current_organisation"] is not None
        person = Person(row["person_id"], row["name"], set(row["keys"] or []), set(row["aliases"] or []), ev,
                        row["n_articles"], row["first_seen"], row["last_seen"],
                        (row["last_seen"], row["current_role"], row["current_organisation"]) if post
                        else (None, None, None), key(row["name"]) in self.known_names,
                        (None, None) if post else (row["last_seen"], row["current_role"]))
        self._index(person)

    def _index(self, person: Person) -> None:
        self.persons[person.person_id] = person
        for k in person.keys:
            if person.person_id not in self.by_key[k]:
                self.by_key[k].append(person.person_id)
            loose = self.by_loose[loose_key(k)]
            if person.person_id not in loose:
                loose.append(person.person_id)

    def link_article(self, article_id: str, day: dt.date | None, people: list[dict[str, Any]],
                     positions: list[dict[str, Any]], places: dict[str, set[str]] | None = None,
                     story: set[str] | None = None) -> dict[str, str]:
        """Person ids of one article's people, by `person_key`; the article's variants of one
        name (`kim huệ`, `phạm kim huệ`, `phạm thị kim huệ`) are one person, linked by the fullest.
        `places`: the places written after each person_key's mentions (`mention_places`); `story`: the provinces
        the article names (`article_provinces`)."""
        full = variant_groups([row["person_key"] for row in people])
        by_person: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for row in positions:
            by_person[full.get(row["person_key"], row["person_key"])].append(row)
        evidence = {row["person_key"]: _evidence(row, by_person.get(row["person_key"], [])) for row in people}
        elite = {pk for pk, ev in evidence.items() if ev.elite}
        company = {full[pk] for pk in evidence if pk not in elite and full[pk] not in elite
                   and len(full[pk].split(" ")) >= 3 and self.canonical.get(full[pk], full[pk]) not in self.known_names}
        near: dict[str, set[str]] = defaultdict(set)
        for pk, found in (places or {}).items():
            near[full.get(pk, pk)] |= found
        for pk, ev in evidence.items():
            others = frozenset(company - {full[pk]})
            # national leaders and well-known names never use them (elite / `known` link first)
            useful = not ev.elite and self.canonical.get(full[pk], full[pk]) not in self.known_names
            ev.companions = {others} if others and useful else set()
            if ev.bare:
                ev.places = set(near.get(full[pk], ()))
                ev.story = set(story or ()) if common_name(full[pk]) else set()
        ids: dict[str, str] = {}
        for row in sorted(people, key=lambda r: full[r["person_key"]] != r["person_key"]):  # the fullest first
            pk = row["person_key"]
            if full[pk] != pk and full[pk] in ids:
                ids[pk] = ids[full[pk]]
                self.persons[ids[pk]].aliases.add(row["name"])
                continue
            among = bool(elite - {pk}) and (row.get("n_mentions") or 1) >= MIN_BARE_MENTIONS
            ids[pk] = self._link(article_id, day, row["name"], pk, evidence[pk], among)
        return ids

    def _link(self, article_id: str, day: dt.date | None, name: str, person_key: str, ev: Evidence,
              among_elite: bool = False) -> str:
        k = self.canonical.get(person_key, person_key)
        known = k in self.known_names
        candidates = [self.persons[pid] for pid in self.by_key.get(k, [])]
        if " " not in k and not known and not foreign_shape(name, *name_shapes()):
            candidates = []  # a given name alone ("chị Linh") is a person of its own article only
        chosen = self._choose(ev, candidates, known or (" " in name and foreign_shape(name, *name_shapes())),
                              among_elite=among_elite)
        loose = loose_key(k)
        if chosen is None and not known and not ev.bare:
            # the same name with a middle name dropped or added, on strong evidence only
            others = [self.persons[pid] for pid in self.by_loose.get(loose, []) if k not in self.persons[pid].keys]
            chosen = self._choose(ev, others, False, MIN_SUPPORT)
        if chosen is None:
            chosen = Person(person_id(k, article_id), self.known_names.get(k, name), {k}, known=known)
            self._index(chosen)
        chosen.add(name, person_key, ev, day)
        self._index(chosen)
        return chosen.person_id

    @staticmethod
    def _choose(ev: Evidence, candidates: list[Person], known: bool, needed: int | None = None,
                among_elite: bool = False) -> Person | None:
        if not candidates:
            return None
        if known:
            return candidates[0]  # a well-known person: the name is enough
        elite = [c for c in candidates if c.evidence.elite]
        if (ev.bare and among_elite and len(elite) == 1
                and not (ev.organisations or ev.provinces or ev.kinds or ev.places)
                and not _conflict(ev, elite[0].evidence)):
            # a name written bare, again and again, beside national leaders ("Tổng Bí thư Nguyễn Phú Trọng ...
            # kỷ luật ông Đinh La Thăng") is the one national-level person of that name; a namesake named
            # once in passing ("cấp bìa đỏ cho ông Lê Quang Trọng ở xã Tiên Dương") is not
            return elite[0]
        if ev.bare:  # the one bare namesake that agrees best (`_bare_agreement`); a tie joins none
            agreeing = [(score, c) for c in candidates if c.evidence.bare
                        and (score := _bare_agreement(ev, c.evidence)) is not None]
            if not agreeing:
                return None
            top = max(score for score, _ in agreeing)
            best = [c for score, c in agreeing if score == top]
            return best[0] if len(best) == 1 else None
        scored = [(_support(ev, c.evidence), c) for c in candidates
                  if not c.evidence.bare and not _conflict(ev, c.evidence)]
        if not scored:
            return None
        best, person = max(scored, key=lambda sc: sc[0])
        if needed is None:
            needed = 1 if len(candidates) == 1 else MIN_SUPPORT
        return person if best >= needed else None

    def rows(self) -> list[dict[str, Any]]:
        """The `persons` table rows, sorted by id."""
        out = []
        for p in sorted(self.persons.values(), key=lambda p: p.person_id):
            e = p.evidence
            out.append({
                "person_id": p.person_id, "name": p.name, "aliases": sorted(p.aliases - {p.name}),
                "kind": "official" if _official(e, key(p.name) in self.public_names, p.name) else "person",
                "n_articles": p.n_articles, "first_seen": p.first_seen, "last_seen": p.last_seen,
                "ranks": sorted(e.ranks), "current_role": p.current[1] or p.calling[1],
                "current_organisation": p.current_organisation, "roles": sorted(e.roles | e.callings),
                "organisations": sorted(e.organisations), "provinces": sorted(e.provinces),
                "keys": sorted(p.keys), "org_kinds": sorted(e.kinds), "elite": e.elite,
                "callings": sorted(e.callings), "places": sorted(e.places), "story_provinces": sorted(e.story), "companions": sorted("; ".join(sorted(c)) for c in e.companions),
            })
        return out

    def table(self) -> pa.Table:
        return to_table("persons", self.rows())


def _evidence(person: dict[str, Any], positions: list[dict[str, Any]]) -> Evidence:
    ev = Evidence()
    if person.get("rank"):
        ev.ranks.add(person["rank"])
    posts = {row.get("text") for row in positions}
    titles = person.get("titles")
    for title in titles if titles is not None else ():
        calling = _calling(title) if title not in posts else None
        if calling is not None:
            ev.callings.add(calling)
            ev.calling = ev.calling or calling
    for row in positions:
        role, org = row.get("role"), row.get("organisation")
        if role:
            ev.roles.add(role)
        if org:
            ev.organisations.add(key(org))
        if row.get("org_kind"):
            ev.kinds.add(row["org_kind"])
        if row.get("province"):
            ev.provinces.add(row["province"])
        national = _words()[0]
        if role in _national_roles() or (org and row.get("org_kind") != "foreign" and national.search(org)
                                      and (not row.get("province") or national.search(org).group().casefold().startswith("thành ủy"))):
            ev.elite = True
        if not _past_post(row.get("qualifier")):
            ev.latest = (_post_name(role, row.get("qualifier")), org)  # a former post ("nguyên Giám đốc") is no current one
            if org and ev.latest[0]:
                ev.bodies[ev.latest[0]] = org
    return ev


@functools.cache
def _past_qualifiers() -> frozenset[str]:
    """The qualifiers of a post held no more (position_words.tsv `former`, `taken`, `once` and `late`: `nguyên`,
    `cố`)."""
    return frozenset(row["qualifier"] for row in load_tsv("position_words.tsv")
                     if row["id"] in ("former", "taken", "once", "late"))


def _past_post(qualifier: str | None) -> bool:
    """Whether a post's qualifier (`nguyên, thường trực`) says it is held no more."""
    return bool(qualifier) and any(q.strip() in _past_qualifiers() for q in qualifier.split(","))


@functools.cache
def _naming_qualifiers() -> tuple[str, ...]:
    """The qualifiers that name a post of their own after its role (position_words.tsv `after_role`: `thường trực`,
    `chuyên trách`)."""
    return tuple(row["qualifier"] for row in load_tsv("position_words.tsv") if row["id"] == "after_role")


def _post_name(role: str | None, qualifier: str | None) -> str | None:
    """The post a role and its qualifiers name: "Phó Trưởng Ban" and "thường trực" -> "Phó Trưởng Ban thường trực"
    (the persons audit at 0c913fd: Mai Văn Ninh, "Phó trưởng Ban thường trực Ban Tuyên giáo Trung ương")."""
    if not role or not qualifier:
        return role
    named = [q.strip() for q in qualifier.split(",") if q.strip() in _naming_qualifiers()]
    return " ".join([role, *named])


def _calling(title: str) -> str | None:
    """The stated role a title that makes no post opens with, canonical (`ngư dân`, `tài xế` of `tài xế xe
    tải`, `diễn viên`), or None when it opens with no role of titles.tsv or with a post's (`Chủ tịch HĐQT`
    left out of positions by its body is no calling)."""
    roles = load_positions().roles
    words = title.split(" ")
    for n in range(len(words), 0, -1):
        role = roles.get(" ".join(words[:n]).casefold())
        if role is not None:
            return None if role.casefold() in _post_roles() else role  # a post's title is in positions
    return None


def _bracket_closed(text: str, end: int, cue_end: int, start: int) -> bool:
    """Whether the bracket a place cue stands in (opened after the name's `end`, still open at `cue_end`) closes
    before the place at `start`: `Huỳnh Trung Linh, SN 1976 (quê Trà Vinh) điều khiển, … hướng Bến Tre` (Bến Tre is
    no place of his)."""
    return text.count("(", end, cue_end) > text.count(")", end, cue_end) and ")" in text[cue_end:start]


def mention_places(tables: dict[str, pa.Table]) -> dict[str, dict[str, set[str]]]:
    """The places written right after each person's mentions, by article and person_key: provinces, and
    localities as `level:name`, that start within PLACE_REACH characters of a mention's end, before the
    sentence ends and before another person's mention (`Nguyễn Tiến Đạt (SN 1998); Nguyễn Văn Minh (SN
    2000), cùng trú tại thôn Đồng Chuế, xã Nhân Hòa`: the commune is Minh's), after a word that says
    where one lives (`_place_cue`)."""
    officials, articles = tables.get("officials"), tables.get("articles")
    if officials is None or articles is None or officials.num_rows == 0:
        return {}
    texts = dict(zip(articles.column("article_id").to_pylist(), articles.column("text").to_pylist()))
    found: dict[str, list[tuple[int, str, str | None]]] = defaultdict(list)  # (start, place, its province)
    for row in _rows(tables.get("localities"), ["article_id", "start", "name", "level", "province"]):
        found[row["article_id"]].append((row["start"], f"{row['level']}:{row['name']}", row["province"]))
    for row in _rows(tables.get("provinces"), ["article_id", "start", "province"]):
        found[row["article_id"]].append((row["start"], row["province"], None))
    mentions: dict[str, list[tuple[int, int, str]]] = defaultdict(list)
    for row in _rows(officials, ["article_id", "start", "end", "person_key"]):
        mentions[row["article_id"]].append((row["start"], row["end"], row["person_key"]))
    out: dict[str, dict[str, set[str]]] = {}
    for aid, spans in mentions.items():
        text, places = texts.get(aid) or "", sorted(found.get(aid, ()), key=lambda p: p[:2])
        if not places:
            continue
        starts = [p[0] for p in places]
        spans.sort()
        near: dict[str, set[str]] = defaultdict(set)
        for i, (_, end, pk) in enumerate(spans):
            stop = _place_stop().search(text, end, end + PLACE_REACH)
            limit = stop.start() if stop else end + PLACE_REACH
            # spans are sorted: the first later mention of another person is the nearest one
            limit = min(limit, next((spans[j][0] for j in range(i + 1, len(spans)) if spans[j][2] != pk), limit))
            for at in range(bisect.bisect_left(starts, end), len(places)):
                start, place, province = places[at]
                if start >= limit:
                    break
                cue = _place_cue().match(text, end, start)
                if cue is None or _bracket_closed(text, end, cue.end(), start):
                    continue
                near[pk].add(place)
                if province:
                    near[pk].add(province)
        out[aid] = near
    return out


def article_provinces(tables: dict[str, pa.Table]) -> dict[str, set[str]]:
    """The provinces each article names anywhere, as 2025 units (a `Bình Dương` story of 2021 and a `TP.HCM` one
    share a province): its `provinces` rows and its localities' provinces."""
    out: dict[str, set[str]] = defaultdict(set)
    unit_2025 = province_names_2025()
    for row in _rows(tables.get("provinces"), ["article_id", "province"]) + _rows(
            tables.get("localities"), ["article_id", "province"]):
        if row["province"]:
            out[row["article_id"]].add(unit_2025.get(row["province"], row["province"]))
    return out


def _rows(table: pa.Table | None, columns: list[str]) -> list[dict[str, Any]]:
    return table.select(columns).to_pylist() if table is not None and table.num_rows else []


def link_tables(linker: Linker, tables: dict[str, pa.Table], dates: dict[str, dt.date | None]) -> dict[str, pa.Table]:
    """`tables` of one batch with `person_id` filled in people, officials, quotes and positions.

    Args:
        linker: the folder's persons so far (grows).
        tables: the batch's tables (only new articles).
        dates: publication day of each article id.
    """
    people = tables.get("people")
    if people is None or people.num_rows == 0:
        return tables
    positions = tables.get("positions")
    pos_rows = positions.select(["article_id", "person_key", "text", "role", "organisation", "org_kind", "province",
                                 "qualifier"]
                                ).to_pylist() if positions is not None else []
    pos_by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in pos_rows:
        pos_by_article[row["article_id"]].append(row)
    people_rows = people.select(["article_id", "person_key", "name", "rank", "titles", "n_mentions"]).to_pylist()
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in people_rows:
        by_article[row["article_id"]].append(row)
    ids: dict[tuple[str, str], str] = {}
    places, stories = mention_places(tables), article_provinces(tables)
    for aid, rows in by_article.items():  # dicts keep the batch's article order
        for pk, pid in linker.link_article(aid, dates.get(aid), rows, pos_by_article.get(aid, []),
                                           places.get(aid), stories.get(aid)).items():
            ids[(aid, pk)] = pid
    _link_speakers(linker, tables, ids, dates)
    out = dict(tables)
    for name, column in (("people", "person_key"), ("officials", "person_key"), ("positions", "person_key"),
                         ("quotes", "speaker")):
        table = tables.get(name)
        if table is None or table.num_rows == 0:
            continue
        pairs = zip(table.column("article_id").to_pylist(), table.column(column).to_pylist())
        values = [_speaker_id(ids, aid, pk, linker) if name == "quotes" else ids.get((aid, pk))
                  for aid, pk in pairs]
        out[name] = table.set_column(table.schema.get_field_index("person_id"), SCHEMAS[name].field("person_id"),
                                     pa.array(values, pa.string()))
    return out


def _link_speakers(linker: Linker, tables: dict[str, pa.Table], ids: dict[tuple[str, str], str],
                   dates: dict[str, dt.date | None]) -> None:
    """Persons for the speakers of quotes the officials stage did not give as people: a name of
    two or more words written in the article (`”, Gary Neville nói.`), linked like a bare name. A
    one-word speaker comes already widened by the quotes stage to the full name it stands for, if the
    article has one (models/speakers.py `whole_speaker`); a given name or initials alone (`”, Trang
    tâm đắc.`, `chị T`) names nobody across articles."""
    quotes, articles = tables.get("quotes"), tables.get("articles")
    if quotes is None or articles is None or quotes.num_rows == 0:
        return
    texts = dict(zip(articles.column("article_id").to_pylist(), articles.column("text").to_pylist()))
    authors = dict(zip(articles.column("article_id").to_pylist(), articles.column("authors").to_pylist()))
    for aid, speaker in zip(quotes.column("article_id").to_pylist(), quotes.column("speaker").to_pylist()):
        if not speaker or (aid, speaker) in ids or _speaker_id(ids, aid, speaker, linker) is not None:
            continue
        name = _speaker_name(texts.get(aid) or "", speaker)
        if name is None or name in (authors.get(aid) or ()):
            continue  # the byline's name is the writer's ("Châu Long - Trần Hương"), not the speaker's
        full = [pid for (a, pk), pid in ids.items() if a == aid and pk == key(name)]  # named in full elsewhere
        ids[(aid, speaker)] = full[0] if full else linker._link(aid, dates.get(aid), name, key(name), Evidence())


def _speaker_name(text: str, speaker: str) -> str | None:
    """The speaker's name as the article writes it, each word capitalised, when it is a person's
    name of two or more words (no initials, no word of an organisation's name; hyphens kept: `Lu Li-Shih`),
    else None."""
    words = speaker.split(" ")
    if len(words) < 2 or any(len(w) < 2 or not w.replace("-", "").isalpha() or w in organisation_words() for w in words):
        return None  # one word: the quotes stage gave the full name it stands for, if the article has one
    words = [w.lower() for w in words]
    low = lower_view(text)
    at = low.find(words[0])
    while at >= 0:
        written, end = _words_at(text, at, words)
        if written and written[0][:1].isupper() and written[-1][:1].isupper():  # `Mohammad bin Salman`
            return " ".join(written)
        at = low.find(words[0], end if written else at + 1)  # the next match after this one
    return None


def _words_at(text: str, at: int, words: list[str]) -> tuple[list[str], int]:
    """The words written at `at` and their end, when they are `words` (lower case) as whole
    words in any case with spaces between; else `([], at)`."""
    if at > 0 and _WORD.match(text, at - 1, at):
        return [], at  # inside a word
    written, pos = [], at
    for i, word in enumerate(words):
        m = _NAME_WORD.match(text, pos)  # the whole word: `\w+` takes it all, hyphens too (`Li-Shih`)
        last = i == len(words) - 1  # a key cut at a hyphen (`piyapong pue`) is the whole word (`Pue-on`)
        if m is None or (m.group().lower() != word and not (last and m.group().lower().startswith(word + "-"))):
            return [], at
        written.append(m.group())
        pos = m.end()
        if i < len(words) - 1:
            gap = _GAP.match(text, pos)
            if gap is None:
                return [], at
            pos = gap.end()
    return written, pos


def _speaker_id(ids: dict[tuple[str, str], str], aid: str, speaker: str | None, linker: Linker) -> str | None:
    """The speaker's person id: the article's person of that key, or the one person whose
    name ends with it (`Trump` -> `Donald Trump`), or the well-known person it names."""
    if not speaker:
        return None
    if (aid, speaker) in ids:
        return ids[(aid, speaker)]
    owners = {pid for (a, pk), pid in ids.items() if a == aid and pk.endswith(" " + speaker)}
    if len(owners) == 1:
        return owners.pop()
    canonical = linker.canonical.get(speaker)
    if canonical:
        pids = linker.by_key.get(canonical, [])
        return pids[0] if pids else None
    return None


def article_days(articles: pa.Table | None) -> dict[str, dt.date | None]:
    """Publication day of each article of a batch's `articles` table."""
    if articles is None:
        return {}
    out: dict[str, dt.date | None] = {}
    for aid, published in zip(articles.column("article_id").to_pylist(), articles.column("published").to_pylist()):
        out[aid] = published.date() if published is not None else None
    return out


__all__: Iterable[str] = ["Linker", "article_days", "link_tables", "person_id"]
