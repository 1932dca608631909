"""Titles as posts: one `PositionValue` per title mention of a person.

A title as written (`nguyên Phó Chủ tịch Thường trực UBND tỉnh Gia Lai`) becomes a
canonical role (`Phó Chủ tịch`, from titles.tsv), a qualifier (`nguyên`, `quyền`,
`thường trực`), an organisation with its abbreviations expanded (`Ủy ban nhân dân
tỉnh Gia Lai`, org_abbreviations.tsv), the organisation's kind (org_kinds.tsv, else
role_org_kinds.tsv) and the province named in the title, or in the same paragraph
before it when the title names only a unit word (`Chủ tịch UBND tỉnh`).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable
from dataclasses import dataclass, replace

import regex

from vnie.extractors.base import LocalityValue, PositionValue, ProvinceValue
from vnie.extractors.keys import key
from vnie.extractors.officials.find import find_title_end, title_head_at
from vnie.extractors.officials.lexicon import LEFT_EDGE, PREFIXES, RIGHT_EDGE, known_persons, load_lexicon, unit_words
from vnie.gazetteer.load import alternation, load_patterns, load_tsv, load_words
from vnie.gazetteer.provinces import country_names, load_gazetteer, load_localities, province_names_2025

# What a sentence, line or clause opens with, before a capitalised former word ("Nguyên Bộ trưởng").
_CLAUSE_OPEN = r"(?<=(?:^|[.!?:;,(“\"\n–—-])[ ]*)"
# Kinds of body that a foreign holder's post is not foreign by the holder alone: a foreign coach
# or chief executive may serve a Vietnamese team or company (the positions audit at 72d8c42).
PRIVATE_KINDS = ("business", "other")
# An organisation that names a local unit but no place takes the province named before it
# in the same paragraph, within this many characters ("... tỉnh Gia Lai. Chủ tịch UBND tỉnh").
PROVINCE_LOOKBACK = 600
# A post only about to be taken away: a `pending` word of position_words.tsv at most this many words before the
# `taken` words, in their clause ("xem xét để ông Nguyễn Đăng Chương | thôi giữ chức", bench baomoi-22403256: five);
# a decision reported after "xem xét" lies further ("đã xem xét thi hành kỷ luật bằng hình thức cảnh cáo và cho | thôi
# giữ chức", baomoi-22229320: eleven).
PENDING_WORDS = 5
PENDING_CHARS = 80  # room for them and a pending word


@dataclass(frozen=True, slots=True)
class PositionLexicon:
    roles: dict[str, str]
    abbreviations: regex.Pattern[str]
    expansion: dict[str, str]
    kinds: regex.Pattern[str]
    kind_of: dict[str, str]
    role_kind: dict[str, str]
    local_unit: regex.Pattern[str]
    countries: regex.Pattern[str]
    org_heads: dict[str, str]
    business_names: frozenset[str]  # position_business_names.txt, casefolded: companies the press names alone
    not_posts: frozenset[str]
    staff_roles: frozenset[str]
    org_nouns: regex.Pattern[str]
    place_posts: dict[str, str]
    implied_bodies: dict[tuple[str, str], str]  # position_implied_bodies.tsv: (role, kind) -> the body never written
    province_units: dict[str, str]
    city_names: dict[str, str]  # a province whose expanded name holds its unit word: "Thành phố Hồ Chí Minh"
    term: regex.Pattern[str]
    person_posts: dict[tuple[str, str], str]
    province_typo: regex.Pattern[str]
    delegations: dict[str, list[tuple[str, str]]]
    foreign_persons: frozenset[str]
    private_bodies: frozenset[str]
    bare_unit: regex.Pattern[str]
    bare_units: dict[str, str]
    shared_posts: frozenset[tuple[str, str]]
    unit_committees: dict[tuple[str, str], str]  # position_unit_committees.tsv: (role or "-", body or "-") -> committee
    next_post: regex.Pattern[str]  # officials.yaml next_post: ", " / " - " / " kiêm " before the next post
    no_committee_kinds: frozenset[str]  # position_no_committee_kinds.txt: bodies with no committee named so
    committee_skipped: regex.Pattern[str]  # position_committee_skipped_heads.txt, opening a body, and the space after
    international_bodies: regex.Pattern[str]
    expand: Callable[[regex.Match[str]], str]
    qualifiers: dict[str, str]  # position_words.tsv: a word before a title -> its qualifier ("cựu" -> "nguyên")
    after_role: tuple[str, ...]
    aides: frozenset[str]  # roles serving another's (position_words.tsv `aide`), and their deputies
    late: regex.Pattern[str]
    former: regex.Pattern[str]
    taken: regex.Pattern[str]  # position_words.tsv `taken` and `once`: a post taken away or held before ("thôi giữ chức",
    # "từng là")
    taken_chars: int  # how far before a title they are looked for: the longest and its spaces
    pending: regex.Pattern[str]  # position_words.tsv `pending`, ending PENDING_WORDS words or fewer before `taken`
    embassy: str
    mission: str
    held_at: str
    of: str  # position_words.tsv: the word of belonging that may open an organisation ("của")
    bodies: regex.Pattern[str]  # position_bodies.tsv: names whose lower-case words cut a title
    named_heads: dict[str, regex.Pattern[str]]  # position_named_heads.txt: each head, as written or abbreviated
    place_names: frozenset[str]  # provinces and localities of both eras: `Hội An`, `Trường Sa` are no `Hội`, `Trường`
    body_kinds: dict[str, str]  # their kinds, by casefolded name
    party_committees: dict[str, str]  # position_party_committees.tsv: a province-level unit word -> its committee
    after_name: regex.Pattern[str]  # officials.yaml body_after_name: "của", or "ở" before a club, after a holder's name
    body_name: regex.Pattern[str]
    body_name_cut: regex.Pattern[str]
    body_name_lower: regex.Pattern[str]
    team: regex.Pattern[str]  # officials.yaml body_team: "CLB", "đội bóng sông" before a team's name
    name_heads: regex.Pattern[str]  # position_name_heads.txt: heads of names that go on in lower case ("Đảng")


@functools.cache
def load_positions() -> PositionLexicon:
    """The roles, abbreviations and organisation kinds (once per process)."""
    roles: dict[str, str] = {}
    for row in load_tsv("titles.tsv", key="head"):
        roles[row["head"].casefold()] = row["head"]
        if row["deputy"] == "yes":
            roles[("Phó " + row["head"]).casefold()] = "Phó " + row["head"]
    for row in load_tsv("role_aliases.tsv", key="alias"):
        roles[row["alias"].casefold()] = row["role"]
    expansion = {row["abbr"]: row["expansion"] for row in load_tsv("org_abbreviations.tsv", key="abbr")}
    # an abbreviation's dash or ampersand is often written with spaces: "Phòng TN - MT huyện Thủy Nguyên" (the positions
    # audit at 794b29b), "PGĐ Sở TT & TT" (the audit at 245cb63)
    for joint in ("-", "&"):
        expansion.update({a.replace(joint, f" {joint} "): e for a, e in list(expansion.items())
                          if joint in a and "." not in a and a.replace(joint, f" {joint} ") not in expansion})
    org_kinds = load_tsv("org_kinds.tsv", key="word")  # read once: the kinds and the private bodies
    kind_of = {row["word"].casefold(): row["kind"] for row in org_kinds}
    countries = list(country_names("foreign"))
    countries += list(load_words("official_title_places.txt"))
    provinces = sorted({row["name"] for row in load_tsv("provinces.tsv", key="id")})
    units = {u.name: "thành phố" if u.is_city else "tỉnh" for u in load_gazetteer().units.values()}
    delegations: dict[str, list[tuple[str, str]]] = {}
    for row in load_tsv("position_delegations.tsv", key="body"):
        delegations.setdefault(row["role"], []).append((row["body"], row["delegation"]))
    bare_units = {row["word"].casefold(): row["locality"] for row in load_tsv("position_bare_units.tsv", key="word")}
    bodies = load_tsv("position_bodies.tsv", key="name")
    committees = load_tsv("position_party_committees.tsv", key="committee")
    words: dict[str, list[dict[str, str]]] = {}
    for row in load_tsv("position_words.tsv"):
        words.setdefault(row["id"], []).append(row)
    former = [row["word"] for row in words["former"]]
    late = [row["word"] for row in words["late"]]
    patterns = load_patterns("officials.yaml")
    return PositionLexicon(
        roles=roles,
        # a full stop glued to the next capital is a space ("TX.Sông Cầu", "TP.Vinh")
        abbreviations=regex.compile(LEFT_EDGE + "(?P<abbr>" + alternation(expansion) + r")(?![\p{L}\p{M}\p{N}&])"
                                    + r"(?P<glued>\.(?=\p{Lu}))?"),
        expansion=expansion,
        kinds=regex.compile(LEFT_EDGE + alternation(kind_of) + RIGHT_EDGE, regex.IGNORECASE),
        kind_of=kind_of,
        role_kind={row["role"]: row["kind"] for row in load_tsv("role_org_kinds.tsv", key="role")},
        local_unit=regex.compile(
            # a unit word ending the organisation or before the unit's name, not a word's
            # syllable ("Bộ Lao động - Thương binh và Xã hội", "Trường Khoa học xã hội")
            # (the unit words of locality_levels.tsv, and the party committees of local units)
            LEFT_EDGE + alternation([*unit_words()[0], *(row["committee"] for row in committees)])
            + RIGHT_EDGE + r"(?![ ](?-i:\p{Ll}))",
            regex.IGNORECASE,
        ),
        # A province named like a country ("Lào Cai") is tried first, so "Lào" in it is no country.
        countries=regex.compile(LEFT_EDGE + "(?:(?P<province>" + alternation(provinces) + ")|(?P<country>"
                                + alternation(sorted(set(countries))) + "))" + RIGHT_EDGE),
        org_heads={row["role"]: row["org_head"] for row in load_tsv("role_org_heads.tsv", key="role")},
        business_names=frozenset(w.casefold() for w in load_words("position_business_names.txt")),
        not_posts=frozenset(w.casefold() for w in load_words("position_not_posts.txt")),
        staff_roles=frozenset(w.casefold() for w in load_words("position_staff_roles.txt")),
        # an organisation noun leading it ("giáo viên trường ...", not "bác sĩ y khoa"), an
        # organisation head ("phóng viên Báo ...", "cán bộ của Khoa ...") or an abbreviation of
        # three capitals or more ("cán bộ TTGT TP Cần Thơ", "phóng viên TTXVN")
        org_nouns=regex.compile(
            "^" + alternation(r["word"] for r in load_tsv("official_org_words.tsv", key="word") if r["role"] == "noun")
            + RIGHT_EDGE + "|" + LEFT_EDGE + "(?:" + alternation(load_words("official_org_heads.txt"))
            + r"|\p{Lu}{3,})" + RIGHT_EDGE),
        place_posts={row["role"]: row["organisation"] for row in load_tsv("place_post_orgs.tsv", key="role")},
        implied_bodies={(row["role"], row["kind"]): row["organisation"]
                        for row in load_tsv("position_implied_bodies.tsv", key="role")},
        province_units=units,
        city_names={name: full for full in expansion.values() for name in provinces if full == f"Thành phố {name}"},
        # the term a title may end with ("Đại biểu Quốc hội khóa XIV"): not part of the body
        term=regex.compile("[ ,]*(?:" + patterns["term"] + ")$"),
        person_posts={(key(row["person"]), row["role"]): row["kind"]
                      for row in load_tsv("known_person_posts.tsv", key="person")},
        province_typo=regex.compile(r"(?<![\p{L}\p{M}])" + alternation(r["word"] for r in words["province_typo"])
                                    + r"(?=[ ]+(?:" + alternation(n for n, u in units.items() if u == "tỉnh")
                                    + r")(?![\p{L}\p{M}]))"),
        delegations=delegations,
        bare_unit=regex.compile(r"(?<![^ ])(?:" + alternation(bare_units) + ")$", regex.IGNORECASE),
        bare_units=bare_units,
        shared_posts=frozenset((row["role"], row["body"]) for row in load_tsv("position_shared_posts.tsv", key="id")),
        unit_committees={(row["role"], row["body"]): row["committee"]
                         for row in load_tsv("position_unit_committees.tsv")},
        next_post=regex.compile(patterns["next_post"]),
        no_committee_kinds=frozenset(load_words("position_no_committee_kinds.txt")),
        committee_skipped=regex.compile(alternation(load_words("position_committee_skipped_heads.txt")) + "[ ]+"),
        private_bodies=frozenset(row["word"].casefold() for row in org_kinds if row["private"] == "yes"),
        international_bodies=regex.compile(LEFT_EDGE + alternation(load_words("position_international_bodies.txt"))
                                           + RIGHT_EDGE),
        # known foreign people whom the surname rule finds too ("Thủ tướng Lý Hiển Long", typed government in
        # the positions audit at 488321f): their posts are foreign like those of any foreign holder
        foreign_persons=frozenset(key(name) for name, kind in known_persons().values() if kind == "foreign"),
        expand=_expansion(expansion),
        qualifiers={row["word"]: row["qualifier"] for row in words["former"] + words["acting"]},
        after_role=tuple(row["word"] for row in words["after_role"]),
        aides=frozenset(w for row in words["aide"] for w in (row["word"], "Phó " + row["word"])),
        late=regex.compile(LEFT_EDGE + alternation(late + [w.capitalize() for w in late]) + r"[ ]+$"),
        former=regex.compile(LEFT_EDGE + "(?:" + alternation(former) + "|" + _CLAUSE_OPEN
                             + alternation(w.capitalize() for w in former) + r")[ ]+$"),
        taken=regex.compile(LEFT_EDGE + alternation(row["word"] for row in words["taken"] + words["once"]) + r"[ ]+$",
                            regex.IGNORECASE),
        taken_chars=max(len(row["word"]) for row in words["taken"] + words["once"]) + 4,
        pending=regex.compile(LEFT_EDGE + alternation(row["word"] for row in words["pending"])
                              + r"(?:[ ]+[^ ,.;:!?()\n]+){0,%d}[ ]+$" % PENDING_WORDS, regex.IGNORECASE),
        embassy=words["embassy"][0]["word"],
        mission=words["mission"][0]["word"],
        held_at=" " + words["held_at"][0]["word"] + " ",
        of=words["of"][0]["word"] + " ",
        bodies=_listed_bodies(bodies),
        body_kinds={_squeeze(row["name"]): row["kind"] for row in bodies},
        named_heads={head: _head_written(head, expansion) for head in load_words("position_named_heads.txt")},
        place_names=frozenset(name for _, name in load_localities()) | frozenset(units),
        party_committees={row["unit"]: row["committee"] for row in committees if row["unit"]},
        after_name=regex.compile(patterns["body_after_name"]),
        body_name=regex.compile(patterns["body_name"]),
        body_name_cut=regex.compile(patterns["body_name_cut"]),
        body_name_lower=regex.compile(patterns["body_name_lower"]),
        team=regex.compile(patterns["body_team"]),
        name_heads=regex.compile(alternation(load_words("position_name_heads.txt")) + RIGHT_EDGE),
    )


def _head_written(head: str, expansion: dict[str, str]) -> regex.Pattern[str]:
    """The head (`Ủy ban`) or an abbreviation of it (`UB`, org_abbreviations.tsv) as a word, before a
    capitalised word: a body's name (`UB Kinh tế của Quốc hội`)."""
    forms = [head] + [abbr for abbr, full in expansion.items() if full == head]
    return regex.compile(LEFT_EDGE + "(?:" + alternation(forms) + r")(?=[ ]+\p{Lu})")


_SPACES = regex.compile(r"[ ]*")
# Between the words of a listed body's name: a space, or a comma or dash with spaces or none.
_BODY_GAP = r"(?:[ ]*[,\-–][ ]*|[ ]+)"


def _listed_bodies(rows) -> regex.Pattern[str]:
    """One pattern of position_bodies.tsv's names (group `name`), any case, words apart by `_BODY_GAP`,
    with "của Quốc hội" or "QH" after them or not."""
    names = sorted((row["name"] for row in rows), key=len, reverse=True)
    alternation_ = "|".join(_BODY_GAP.join(regex.escape(w) for w in _squeeze(n).split(" ")) for n in names)
    return regex.compile(r"(?P<name>" + alternation_ + r")(?:[ ]+(?:của[ ]+)?(?:Quốc[ ]+hội|QH))?(?![\p{L}\p{M}])",
                         regex.IGNORECASE)


def _squeeze(name: str) -> str:
    """A listed body's name as words only, casefolded (`ủy ban tài chính ngân sách`)."""
    return " ".join(regex.findall(r"[\p{L}\p{M}]+", name.casefold()))


def expand_organisation(org: str, lex: PositionLexicon) -> str:
    """`org` with every listed abbreviation written out (`UBND TP.HCM` -> `Ủy ban nhân dân Thành phố Hồ Chí Minh`)."""
    return lex.abbreviations.sub(lex.expand, org)


def _expansion(expansion: dict[str, str]) -> Callable[[regex.Match[str]], str]:
    """The replacement of one abbreviation (built once, in load_positions); one in brackets is kept, as it
    follows the name it abbreviates ("Trung tâm Kiểm soát bệnh tật tỉnh (CDC) Nghệ An"; a post's own organisation
    has it dropped before, position_value)."""
    def expand(m: regex.Match[str]) -> str:
        s = m.string
        if m.start("abbr") > 0 and s[m.start("abbr") - 1] == "(" and s[m.end("abbr"):m.end("abbr") + 1] == ")":
            return m.group()
        return expansion[m["abbr"]] + (" " if m["glued"] else "")
    return expand


def split_title(text: str, head: str, org: str, lex: PositionLexicon) -> tuple[str | None, str, str | None]:
    """(role, organisation as written, qualifier) of a title.

    "nguyên Phó Chủ tịch Thường trực UBND tỉnh" -> ("Phó Chủ tịch", "UBND tỉnh", "nguyên, thường trực").
    """
    qualifiers: list[str] = []
    first = text.split(" ", 1)[0].casefold()
    if first in lex.qualifiers and first in PREFIXES:
        qualifiers.append(lex.qualifiers[first])
    role = lex.roles.get(head.casefold(), head)
    for word in lex.after_role:  # a head written with its qualifier: "Phó Chủ tịch Thường trực", "... chuyên trách"
        if role.casefold().endswith(" " + word):
            role = role[: -len(word) - 1]
            qualifiers.append(word)
    for word in lex.after_role:
        if org.casefold().startswith(word):
            org = org[len(word):].lstrip(" ,")
            qualifiers.append(word)
    # A head that ends with an organisation ("Chủ tịch HĐND", "Chủ tịch Hội đồng quản trị")
    # is the shorter role of that organisation.
    words = role.split(" ")
    for k in range(len(words) - 1, 0, -1):  # the longest shorter role first
        shorter, tail = " ".join(words[:k]), " ".join(words[k:])
        body = tail in lex.expansion or tail in lex.expansion.values() or tail.casefold() in lex.kind_of
        if shorter.casefold() in lex.roles and body:  # `UVTW` -> `Ủy viên` of `Trung ương` (role_aliases.tsv)
            role, org = lex.roles[shorter.casefold()], f"{tail} {org}".strip()
            break
    if role in lex.aides:
        role, org = _served(role, org, lex)
    return role or None, org, ", ".join(qualifiers) or None


SERVED_WORDS = 3  # the longest role an aide's organisation may open with ("Phó Thủ tướng")


def _served(role: str, org: str, lex: PositionLexicon) -> tuple[str, str]:
    """An aide's role and organisation when the organisation opens with the role served: ("Trợ lý", "Bộ trưởng Ngoại
    giao Ai Cập") -> ("Trợ lý Bộ trưởng", "Bộ Ngoại giao Ai Cập"), ("Trợ lý", "tổng thống Nga") -> ("Trợ lý Tổng
    thống", "Nga") as for the president himself."""
    words = org.split(" ")
    for k in range(min(SERVED_WORDS, len(words)), 0, -1):
        served = lex.roles.get(" ".join(words[:k]).casefold())
        if served is not None:
            rest = " ".join(words[k:])
            head = lex.org_heads.get(served)
            return f"{role} {served}", f"{head} {rest}" if head and rest else rest
    return role, org


def is_post(kind: str, role: str | None, organisation: str, lex: PositionLexicon,
            qualifier: str | None = None, body_kind: str | None = None) -> bool:
    """Whether a title is a post for `positions`: a position always; an occupation or stated
    role only at a named body ("giáo viên trường ...", "cán bộ Công an TP", not a lone head "diễn viên Sở", "tài xế xe
    tải", "bác sĩ y khoa", "ngư dân"); a pupil or student never; a member of staff
    (position_staff_roles.txt) not when former nor at a business ("nguyên cán bộ Ngân hàng ...")."""
    if (role or "").casefold() in lex.not_posts:
        return False
    if (role or "").casefold() in lex.staff_roles and ("nguyên" in (qualifier or "") or body_kind == "business"):
        return False
    if kind == "position":
        return True
    if any(organisation.casefold() == h.casefold() for h in lex.named_heads):
        return False  # a head that names no body ("diễn viên Sở", "thủ quỹ Công ty"): `_named_body` gives callings none
    named = any(m.group()[0].isupper() for m in lex.kinds.finditer(organisation))
    return named or lex.org_nouns.search(organisation) is not None


def org_kind(role: str | None, organisation: str, foreign_holder: bool, lex: PositionLexicon) -> str:
    """The kind of body: the first org_kinds.tsv word of the organisation, else the role's,
    else government for an organisation that is a local unit."""
    # the country where a post is held is not the body's: "Đại sứ Việt Nam tại Trung Quốc"
    held_by = organisation.split(lex.held_at, 1)[0]
    places = list(lex.countries.finditer(held_by))
    if any(m.group("country") and not _in_longer_name(held_by, m) for m in places):
        return "foreign"
    role_kind = _role_kind(role, lex)
    # a foreign holder's post is foreign unless the body is at home ("HLV đội tuyển Việt Nam")
    # or the role is a private one ("HLV", "CEO": the body's nationality unknown)
    home = "Việt Nam" in held_by or any(m.group("province") for m in places)
    found = find_body(organisation, lex)
    body_kind = lex.kind_of[found.group().casefold()] if found is not None else None
    if found is None and organisation.casefold() in lex.business_names:
        body_kind = "business"  # a company named alone: "Chủ tịch FLC" (the positions audits at 623546d, 293d010)
    # nor is a foreign holder's post at a club, company or school heading the organisation ("chủ tịch CLB
    # Tottenham", the positions audit at 2d70295): foreign is a foreign state's body
    private = found is None and body_kind == "business" or found is not None and found.start() == 0 and (
        body_kind == "business" or found.group().casefold() in lex.private_bodies)
    if foreign_holder and not home and role_kind not in PRIVATE_KINDS and not private:
        return "foreign"
    unit = lex.local_unit.match(organisation)
    if (unit is not None and not unit.group().casefold().endswith("ủy") and _names_only(organisation[unit.end():])
            and not role_kind):
        return "government"  # a place's post: "Chủ tịch TP Hội An" ("Hội" is no association here)
    if body_kind is not None:
        return body_kind
    if role_kind:
        return role_kind
    if lex.local_unit.match(organisation):
        return "government"  # the post of a place: "Phó Chủ tịch thành phố Hải Phòng", "Chủ tịch xã"
    return "other"


def find_body(organisation: str, lex: PositionLexicon) -> regex.Match[str] | None:
    """The first org_kinds.tsv word of `organisation` that names a body there: one of several words, a
    capitalised one, or one of its first two words (`sở Y tế`, `Chi cục`, `Tổng cục`, `Cảng vụ`); a one-word
    head written lower case further on is a common word's syllable (`xã hội` is no `Hội`, `Môi trường` no
    `Trường`: `Ủy ban Văn hóa xã hội của Quốc hội`, `Phòng Phòng, chống tệ nạn xã hội, Sở Lao động ...`)."""
    for m in lex.kinds.finditer(organisation):
        if m.group()[0].isupper() or " " in m.group() or len(organisation[: m.start()].split()) <= 1:
            return m
    return None


def _canonical_case(organisation: str, lex: PositionLexicon) -> str:
    """`organisation` without an opening "của" ("CEO của OFOOD" -> "OFOOD"), and with a capital when it opens with
    a body's head written lower case before the body's name ("trường Đại học Tôn Đức Thắng" -> "Trường Đại học Tôn
    Đức Thắng", "cục Chống tham nhũng" -> "Cục Chống tham nhũng"; not "quân đội", "phường Bắc Sơn", "bộ môn Toán")."""
    if organisation.startswith(lex.of):
        organisation = organisation[len(lex.of):]
    head = find_body(organisation, lex) if organisation[:1].islower() else None
    if head is None or head.start() > 0 or not any(c.isupper() for c in organisation[head.end():]):
        return organisation
    if " " not in head.group() and not _NAME_NEXT.match(organisation, head.end()):
        return organisation  # a one-word head before a lower-case word is a common word's: "bộ môn Toán"
    return organisation[0].upper() + organisation[1:]


_NAME_NEXT = regex.compile(r"[ ]+\p{Lu}")


def _named_body(text: str, unit, organisation: str, lex: PositionLexicon) -> str:
    """`organisation`, or when it ends with a listed head that names nothing after it (position_named_heads.txt:
    "Chủ tịch Viện", "Chủ tịch Hội đồng Viện", "Chủ nhiệm UB"), with that head's body as the article names it
    last before the title ("Viện Phan Châu Trinh ra đời ... nhà văn Nguyên Ngọc - Chủ tịch Viện" -> "Viện Phan
    Châu Trinh"; "UB Kinh tế của Quốc hội nêu ... Chủ nhiệm UB Vũ Hồng Thanh" -> "Ủy ban Kinh tế của Quốc hội"),
    its end where a title's organisation would end (find.py `find_title_end`), a name ending with a capitalised
    word or a number preferred ("Tập đoàn Hòa Phát." before "Tập đoàn Hòa Phát cơ | cấu lại"). A body named only
    after the title is left, and so is a head after other words when the title reads on in lower case: a title
    cut before its body's lower-case words ("Trưởng khoa Hồi sức ngoại Bệnh viện | quân y 175") would take
    another hospital the article names. A place is no body (`Hội An`, `Trường Sa`: review 15 item 3), and a
    calling takes none (`nữ diễn viên Sở | Kiều Truyện`, a drama's title: not the `Sở Kiều Truyện` quoted before;
    `thủ quỹ Công ty | Kim Toàn`: not the `Công ty Trung Nam` named before; review 15 item 3)."""
    head = next((h for h in lex.named_heads if organisation == h or organisation.endswith(" " + h)), None)
    written = unit.title_end if unit.title_end > 0 else unit.end
    if head is None or unit.kind != "position" or (organisation != head and _LOWER_NEXT.match(text, written)):
        return organisation
    found = []
    for m in lex.named_heads[head].finditer(text, 0, unit.start):
        end, _ = find_title_end(text, m.end(), load_lexicon(), ())
        if m.end() < end <= unit.start and text[m.start() : end] not in lex.place_names:
            found.append((_CLEAN_END.search(text, m.start(), end) is not None, m.start(), end))
    if not found:
        return organisation
    _, start, end = max(found)
    return organisation[: len(organisation) - len(head)] + expand_organisation(text[start:end], lex)


_LOWER_NEXT = regex.compile(r"[ ]+\p{Ll}")
_CLEAN_END = regex.compile(r"(?:\p{Lu}[\p{L}\p{M}]*|\d+)$")


def _listed_body(text: str, unit, lex: PositionLexicon) -> tuple[str, str] | None:
    """(organisation, kind) when the title's organisation opens with a listed body's name (position_bodies.tsv)
    and ends with it or is cut inside it: "Phó Chủ nhiệm Ủy ban Về | các vấn đề xã hội của Quốc hội" -> "Ủy ban
    Về các vấn đề xã hội của Quốc hội", legislature; not "Ủy ban Kinh tế và Xã hội châu Á - Thái Bình Dương"."""
    if not unit.org or unit.head_end < 0:
        return None
    start = _SPACES.match(text, unit.head_end).end()
    m = lex.bodies.match(text, start)
    written = unit.title_end if unit.title_end > 0 else unit.end
    if m is None or (m.end() < written and text[m.end() : written].strip(" ,-–—")):
        return None
    return expand_organisation(text[start : m.end()], lex), lex.body_kinds[_squeeze(m.group("name"))]


def _in_longer_name(text: str, m) -> bool:
    """Whether a country's name is a syllable of a longer capitalised name, a place at home:
    "huyện Chương Mỹ", "huyện Mỹ Đức", "xã Quỳnh Nga" (not "Bộ Quốc phòng Mỹ")."""
    before = text[: m.start()].rstrip().rpartition(" ")[2]
    after = text[m.end() :].lstrip()
    return before[:1].isupper() or after[:1].isupper()


def _role_kind(role: str | None, lex: PositionLexicon) -> str | None:
    """The kind role_org_kinds.tsv gives a role or its deputy (`Phó Bí thư` as `Bí thư`)."""
    if role is None:
        return None
    return lex.role_kind.get(role) or lex.role_kind.get(role.removeprefix("Phó "))


def body_after_name(text: str, name_end: int, unit, lex: PositionLexicon):
    """`unit`, or when it names no organisation, a copy with the body written right after its holder's name
    (`name_end`) as its organisation: "CEO Satya Nadella của Microsoft", "Giám đốc điều hành Stephane Bancel của
    Moderna" (officials.yaml body_after_name). The body opens with an organisation head and ends where a title's
    would ("của Công ty quản lý đầu tư trực tuyến Wealthsimple"), or is a capitalised name ("của Bayern Munich");
    none is read from a name cut by a lower-case word ("của Đảng Tự | do Quốc gia", "của Đảng Bảo | thủ") or from
    lower case ("của đội bóng này")."""
    after = lex.after_name.match(text, name_end) if not unit.org else None
    if after is None:
        return unit
    start, officials = after.end(), load_lexicon()
    if title_head_at(text, start, officials):
        return unit  # the title of the person served ("Thư ký … của Bộ trưởng Trần Hồng Hà"), no body
    head = officials.org_head.match(text, start)
    team = lex.team.match(text, start)
    if team is not None:
        end = lex.body_name.match(text, team.end()).end()
    elif head is not None:
        end, _ = find_title_end(text, head.end(), officials, (), start=start)
    else:
        name = lex.body_name.match(text, start)
        if name is None or lex.body_name_cut.match(text, name.end()) or (
                lex.name_heads.match(text, start) and lex.body_name_lower.match(text, name.end())):
            return unit
        end = name.end()
    body = text[start:end].rstrip(" ,.")
    return replace(unit, org=body) if body else unit


def _taken(text: str, start: int, lex: PositionLexicon) -> bool:
    """Whether the post of a title at `start` was taken away or held before ("thôi giữ chức", "từng là"), not only
    about to be ("sẽ thôi giữ chức", "đề nghị miễn nhiệm", "xin thôi chức")."""
    taken = lex.taken.search(text, max(0, start - lex.taken_chars), start)
    return taken is not None and not lex.pending.search(text, max(0, taken.start() - PENDING_CHARS), taken.start())


def _names_only(rest: str) -> bool:
    """Whether `rest` is a place's name: capitalised words only (`Hội An`, `Buôn Ma Thuột`)."""
    words = rest.split()
    return bool(words) and all(w[:1].isupper() or w[:1].isdigit() for w in words)


def position_value(text: str, unit, person_key: str, foreign_holder: bool, provinces: list,
                   lex: PositionLexicon) -> PositionValue:
    """The post of one title mention (`unit`, see interpret.Unit) held by `person_key`.

    Args:
        text: the article text.
        unit: the title (start, end, text, head, org).
        person_key: its holder.
        foreign_holder: whether the holder is a foreign person.
        provinces: the article's province mentions, sorted by start.
        lex: `load_positions()`.
    """
    role, org, qualifier = split_title(unit.text, unit.head, unit.org, lex)
    org = _DEFINED.sub("", org)  # "Sở Tài nguyên và Môi trường (TN&MT) tỉnh Yên Bái": the name, not its definition
    foreign_holder = foreign_holder or person_key in lex.foreign_persons
    if lex.late.search(text, max(0, unit.start - 4), unit.start):
        qualifier = ", ".join(["cố"] + ([qualifier] if qualifier else []))
    elif "nguyên" not in (qualifier or "") and (lex.former.search(text, max(0, unit.start - 8), unit.start)
                                                 or _taken(text, unit.start, lex)):
        qualifier = ", ".join(["nguyên"] + ([qualifier] if qualifier else []))
    organisation = lex.term.sub("", expand_organisation(org, lex)).strip(" ,-–—") if org else ""
    organisation = _canonical_case(organisation, lex)
    organisation = _delegation(role, _province_typo(_defined_abbreviations(organisation, text), lex), lex)
    head = lex.org_heads.get(role or "")
    organisation = _head_rest(head, organisation)
    if head and organisation and not (organisation.casefold() + " ").startswith(head.casefold() + " "):
        organisation = f"{head} {organisation}"  # "Bộ trưởng Công Thương" heads the Bộ Công Thương
        organisation = _mission(organisation, lex)
    named = organisation if organisation in lex.province_units else None  # "Chủ tịch Hà Nội"
    if not foreign_holder:
        organisation = _place_post_body(role, organisation, lex)
    organisation = _no_modifier_body(role, organisation, lex)
    organisation = _named_body(text, unit, organisation, lex)
    listed = None if foreign_holder else _listed_body(text, unit, lex)
    if listed is not None:
        organisation = listed[0]
    kind = listed[1] if listed is not None else org_kind(role, organisation, foreign_holder, lex)
    if unit.title_end > 0 and kind in ("government", "other"):  # the ministry above says more: "Cục X | (Bộ Công an)"
        above = find_body(expand_organisation(text[unit.title_end : unit.end], lex), lex)
        if above is not None and lex.kind_of[above.group().casefold()] != "government":
            kind = lex.kind_of[above.group().casefold()]
    if not organisation:  # a known person's bare post: "Chủ tịch Hồ Chí Minh" is the head of state
        kind = lex.person_posts.get((person_key, role or ""), kind)
    organisation, place = _name_the_unit(text, unit, organisation, provinces, lex)
    # the province only an abbreviation's expansion names ("Chủ tịch HoREA": the HCM real-estate association) beats
    # one written before the title in its paragraph (Bình Dương, the positions audit at 293d010)
    expanded = (_expanded_province(organisation, org, lex)
                if kind != "foreign" and organisation and organisation != org else None)
    province = place.value if place is not None else expanded or _province(text, unit, organisation, kind, provinces, lex)
    if province is None and named and kind != "foreign":
        province = ProvinceValue(named, province_names_2025()[named])
    if province is not None and kind != "foreign":
        organisation = _name_the_province(organisation, province.province, lex)
    return PositionValue(
        person_key, role, organisation or None, kind,
        province.province if province else None, province.province_2025 if province else None, qualifier,
    )


_JOINED = regex.compile(r"[ ]*(?:,[ ]*)?(?:kiêm|và)[ ]+")


def share_bodies(text: str, rows: list, lex: PositionLexicon) -> list:
    """`rows` ((start, end, unit, PositionValue), in text order) where a post listed in position_shared_posts.tsv
    and joined by "kiêm"/"và" to the same person's next post takes that post's body when it is a business or other
    ("Chủ tịch HĐQT kiêm Tổng giám đốc CICO 501" -> "Hội đồng quản trị CICO 501")."""
    out = list(rows)
    order = sorted(range(len(out)), key=lambda i: out[i][0])
    for i, j in zip(order, order[1:]):
        start, end, unit, value = out[i]
        nxt = out[j][3]
        if (nxt.person_key != value.person_key or not nxt.organisation or nxt.org_kind not in PRIVATE_KINDS
                or (value.role or "", value.organisation or "-") not in lex.shared_posts
                or _JOINED.fullmatch(text, end, out[j][0]) is None):
            continue
        body = f"{value.organisation} {nxt.organisation}" if value.organisation else nxt.organisation
        kind = value.org_kind if value.organisation else nxt.org_kind
        out[i] = (start, end, unit, replace(value, organisation=body, org_kind=kind, province=nxt.province,
                                            province_2025=nxt.province_2025))
    return out


def name_committees(text: str, rows: list, lex: PositionLexicon) -> list:
    """`rows` ((start, end, unit, PositionValue)) where a committee written bare (position_unit_committees.tsv:
    "Phó Bí thư Đảng ủy", "Đảng ủy viên") and followed by the same person's next post names the unit of that post
    ("Phó Bí thư Đảng ủy, Quyền Giám đốc Học viện Báo chí và Tuyên truyền" -> "Đảng ủy Học viện Báo chí và Tuyên
    truyền"): the last body of its organisation, when that is a named body (a capital after its head) of a kind
    that is no party's, council's or Front's; its province too."""
    out = list(rows)
    order = sorted(range(len(out)), key=lambda i: out[i][0])
    for i, j in zip(order, order[1:]):
        start, end, unit, value = out[i]
        nxt = out[j][3]
        committee = (lex.unit_committees.get((value.role or "", value.organisation or "-"))
                     or lex.unit_committees.get(("-", value.organisation or "-")))
        if (committee is None or nxt.person_key != value.person_key or not nxt.organisation
                or nxt.org_kind in lex.no_committee_kinds or lex.next_post.fullmatch(text, end, out[j][0]) is None):
            continue
        body = _unit_of(_last_body(nxt.organisation, lex), lex)
        if not any(c.isupper() for c in body.partition(" ")[2]):
            continue  # a body referred to, not named: "thành viên Hội đồng trường"
        out[i] = (start, end, unit, replace(value, organisation=f"{committee} {body}", province=nxt.province,
                                            province_2025=nxt.province_2025))
    return out


def _last_body(organisation: str, lex: PositionLexicon) -> str:
    """The body after an organisation's last comma when it opens with an organisation noun or head ("…, Viện Kiểm sát
    nhân dân tỉnh Quảng Trị"), else the whole: a name's own comma is no boundary ("Sở Văn hóa, Thể thao và Du lịch",
    review 19 item 2)."""
    head, _, tail = organisation.rpartition(", ")
    return tail if head and (lex.org_nouns.match(tail) or lex.committee_skipped.match(tail)) else organisation


def _unit_of(body: str, lex: PositionLexicon) -> str:
    """The unit a body belongs to, without its board or people's committee (position_committee_skipped_heads.txt:
    "Ủy ban nhân dân xã Hiệp Phước" -> "xã Hiệp Phước", "Hội đồng thành viên Tập đoàn PVN" -> "Tập đoàn PVN")."""
    head = lex.committee_skipped.match(body)
    return body[head.end():] if head is not None else body


def _donors(found: list) -> list:
    """The (start, value) full forms of one person's post that no other of them extends ("Thành ủy" beside "Thành ủy
    Thành phố Hồ Chí Minh" is passed over)."""
    orgs = [v.organisation for _, v in found]
    return [(s, v) for s, v in found if not any(o.startswith(v.organisation + " ") for o in orgs)]


def _former(value: PositionValue) -> bool:
    """Whether a post is a former one ("nguyên", "cựu" -> qualifier "nguyên")."""
    return "nguyên" in (value.qualifier or "")


def fill_bare_posts(rows: list) -> list:
    """`rows` ((start, end, unit, PositionValue)) where a post written without its organisation takes the body,
    kind and province of the same person's post with the same role written in full in the article ("Bộ trưởng
    Bộ Y tế Nguyễn Thanh Long ... Bộ trưởng Long cho biết" -> "Bộ Y tế"): the nearest full form before it, else
    the first after; a full form that another one extends is passed over ("Thành ủy" beside "Thành ủy Thành phố
    Hồ Chí Minh"). A full form as former or current as the bare post is preferred ("Chủ tịch UBND tỉnh X A, nguyên
    Chủ tịch UBND thành phố Y ... Chủ tịch A" -> tỉnh X); the other one only when there is none ("cựu chủ tịch xã
    Thạnh An ... từng làm chủ tịch xã này"). The qualifier stays the mention's own."""
    full: dict[tuple[str, str], list] = {}
    for start, _, _, value in rows:
        if value.organisation and value.role:
            full.setdefault((value.person_key, value.role), []).append((start, value))
    donors_of = {key: _donors(found) for key, found in full.items()}
    out = []
    for start, end, unit, value in rows:
        donors = [] if value.organisation else donors_of.get((value.person_key, value.role or ""), [])
        donors = [d for d in donors if _former(d[1]) == _former(value)] or donors
        if donors:
            before = [d for d in donors if d[0] < start]
            donor = max(before, key=lambda d: d[0])[1] if before else min(donors, key=lambda d: d[0])[1]
            value = replace(value, organisation=donor.organisation, org_kind=donor.org_kind,
                            province=donor.province, province_2025=donor.province_2025)
        out.append((start, end, unit, value))
    return out


def implied_body(value: PositionValue, lex: PositionLexicon) -> PositionValue:
    """`value`, or when it names no organisation, a copy with the body its role and kind imply
    (position_implied_bodies.tsv: a Vietnamese "Phó Thủ tướng" -> "Chính phủ"); a foreign holder's
    post (kind `foreign`) keeps none."""
    if value.organisation:
        return value
    body = lex.implied_bodies.get((value.role or "", value.org_kind))
    return replace(value, organisation=body) if body else value


def _name_the_unit(text: str, unit, organisation: str, provinces: list, lex: PositionLexicon):
    """(`organisation`, None), or, when it ends with a bare local unit (position_bare_units.tsv), the
    organisation with that unit's name and the place mention that names it: the first of that unit in the same
    sentence after the title ("Bí thư Huyện ủy, Chủ tịch HĐND huyện Duy Tiên" -> "Huyện ủy Duy Tiên"), else the
    last before it in the paragraph ("... huyện Đức Thọ. Chủ tịch UBND huyện" -> "Ủy ban nhân dân huyện Đức Thọ"),
    else the one unit of that level the article names ("bà Phạm Thị Thanh Trà, Chủ tịch UBND tỉnh ký", an article on
    tỉnh Yên Bái alone: the persons audit at 245cb63)."""
    bare = lex.bare_unit.search(organisation) if organisation else None
    word = lex.bare_units.get(bare.group().casefold(), "-") if bare is not None else "-"
    if word == "-":
        return organisation, None
    named = [m for m in provinces if m.text.casefold().startswith(word + " ")]
    stop = _SENTENCE_END.search(text, unit.end)
    stop_at = stop.start() if stop else len(text)
    after = [m for m in named if unit.end <= m.start < stop_at]
    paragraph = text.rfind("\n", 0, unit.start) + 1
    before = [m for m in named if m.end <= unit.start and m.start >= paragraph and unit.start - m.end <= PROVINCE_LOOKBACK]
    place = after[0] if after else (before[-1] if before else _only_unit(named))
    if place is None:
        return organisation, None
    name = place.text[len(word) + 1:]
    if organisation.casefold().endswith(" " + name.casefold()):
        return organisation, place  # the unit word ends its name: "Đảng ủy xã Tứ Xã"
    return f"{organisation} {name}", place


def _only_unit(named: list):
    """The first of the place mentions when they all name one unit, else None."""
    return named[0] if named and len({m.text.casefold() for m in named}) == 1 else None


# An abbreviation the article defines in brackets after the name it shortens ("(TN&MT)", "(KH&CN )", "(PC45)").
_DEFINED = regex.compile(r"[ ]*\([ ]*\p{Lu}[\p{Lu}\p{N}]*(?:[ ]*[&.-][ ]*\p{Lu}[\p{Lu}\p{N}]*)*[ ]*\)(?=[ ,]|$)")
_ABBREVIATION = regex.compile(r"(?<![\p{L}\p{M}(])\p{Lu}{3,}(?![\p{L}\p{M})])")
_WORD = regex.compile(r"[\p{L}\p{M}]+")
# Characters before an abbreviation's brackets read for its definition: 12 words of up to 20 characters.
DEFINITION_WORDS = 12


def _defined_abbreviations(organisation: str, text: str) -> str:
    """`organisation` with each abbreviation that the article defines written out: the words right before
    "(TTTHDL)" whose initials spell it ("nguyên kế toán TTTHDL" after "Trung tâm Tích hợp dữ liệu (TTTHDL)" ->
    "Trung tâm Tích hợp dữ liệu"); abbreviations the article does not define stay."""
    def expand(m) -> str:
        at = text.find("(" + m.group() + ")")
        if at < 0:
            return m.group()
        words = list(_WORD.finditer(text, max(0, at - 20 * DEFINITION_WORDS), at))
        k = len(m.group())  # one word per letter, the first capitalised
        if len(words) < k or not (words[-k].group()[0].isupper() or _lower_definition(words, k, text, at)):
            return m.group()
        if _initials("".join(w.group()[0] for w in words[-k:])) != _initials(m.group()):
            return m.group()
        definition = text[words[-k].start() : at].rstrip()
        return definition[0].upper() + definition[1:]
    return _ABBREVIATION.sub(expand, organisation) if organisation else organisation


def _lower_definition(words: list, k: int, text: str, at: int) -> bool:
    """Whether a definition written in lower case stands right before its brackets, its words glued by single spaces
    ("phòng kinh tế hạ tầng (KTHT)", bench baomoi-22550861: the positions audit at d104ac5 found 'Phòng KTHT')."""
    return k >= 3 and all(w.group().islower() for w in words[-k:]) and " ".join(
        w.group() for w in words[-k:]) == text[words[-k].start() : at].rstrip()


def _initials(letters: str) -> str:
    """Letters compared as initials: case and the bar of "Đ" left out."""
    return letters.casefold().replace("đ", "d")


def _head_rest(head: str | None, organisation: str) -> str:
    """`organisation` without a first word that ends its head of several words: the role took the rest of the head
    ("Tổng lãnh sự | quán Nga", the body "Tổng Lãnh sự quán Nga"; the positions audit at 293d010)."""
    first, _, rest = organisation.partition(" ")
    if head and " " in head and rest and first.casefold() == head.rsplit(" ", 1)[1].casefold():
        return rest
    return organisation


def _mission(organisation: str, lex: PositionLexicon) -> str:
    """An embassy at a listed body that is no state is the sending state's mission there: "Đại sứ Mỹ tại LHQ" ->
    "Phái đoàn thường trực Mỹ tại Liên hợp quốc" (not "Đại sứ quán Hàn Quốc tại Việt Nam", nor "Đại sứ quán
    Việt Nam tại Pháp")."""
    held_by, at, where = organisation.partition(lex.held_at)
    if not at or not held_by.startswith(lex.embassy + " ") or not lex.international_bodies.search(where):
        return organisation
    return lex.mission + organisation[len(lex.embassy):]


def _no_modifier_body(role: str | None, org: str, lex: PositionLexicon) -> str:
    """`org`, or "" when it is lower-case words that name no body: a staff role's kind of work ("nhân viên
    văn phòng", an office worker) or a word describing the role ("hiệu trưởng trẻ tuổi", "trợ lý ngôn ngữ");
    not a body referred to ("Giám đốc bệnh viện", "Tổng giám đốc ngân hàng") nor a local unit ("cán bộ xã").
    The positions audit at 488321f."""
    if not org or any(c.isupper() or c.isdigit() for c in org) or lex.local_unit.search(org):
        return org
    if (role or "").casefold() in lex.staff_roles:
        return ""
    return org if lex.org_nouns.search(org) or lex.kinds.match(org) else ""


def _province_typo(organisation: str, lex: PositionLexicon) -> str:
    """`organisation` with "tình" (a typo of "tỉnh") before a province's name written "tỉnh" ("Công an tình
    An Giang", the positions audit at 488321f); "Công an tình nghi" is no title's body."""
    return lex.province_typo.sub("tỉnh", organisation)


def _delegation(role: str | None, organisation: str, lex: PositionLexicon) -> str:
    """A deputy's body named with the place that elected them is that place's delegation ("Đại biểu Quốc hội
    Thành phố Hà Nội" -> "Đoàn đại biểu Quốc hội Thành phố Hà Nội", position_delegations.tsv; the positions
    audit at 2d70295); else `organisation`."""
    for body, delegation in lex.delegations.get(role or "", ()):
        rest = organisation[len(body):] if organisation.startswith(body + " ") else ""
        if rest and (lex.local_unit.match(rest.lstrip()) or rest.strip() in lex.province_units):
            return delegation + rest
    return organisation


def _expanded_province(organisation: str, written: str, lex: PositionLexicon) -> ProvinceValue | None:
    """The province that only an abbreviation's expansion names ("HoREA" -> "Hiệp hội Bất động sản Thành
    phố Hồ Chí Minh"; not "Tập đoàn Hoàng Anh Gia Lai", a company's name as written), else None."""
    m = lex.countries.search(organisation)
    name = m.group("province") if m is not None else None
    if name not in province_names_2025() or name in written:
        return None
    return ProvinceValue(name, province_names_2025()[name])


def _place_post_body(role: str | None, organisation: str, lex: PositionLexicon) -> str:
    """The body of a post that names only a place (place_post_orgs.tsv): "Chủ tịch TP Hội An" ->
    "Ủy ban nhân dân thành phố Hội An", "Chủ tịch xã" -> "Ủy ban nhân dân xã", "Chủ tịch Hà Nội" ->
    "Ủy ban nhân dân thành phố Hà Nội"; else `organisation`."""
    body = lex.place_posts.get(role or "")
    if body is None or not organisation:
        return organisation
    if organisation in lex.province_units:
        return f"{body} {lex.province_units[organisation]} {organisation}"
    unit = lex.local_unit.match(organisation)
    if unit is None or unit.group().casefold().endswith("ủy"):
        return organisation
    rest = organisation[unit.end():]
    return f"{body} {organisation}" if not rest.strip() or _names_only(rest) else organisation


def _name_the_province(organisation: str, province: str, lex: PositionLexicon) -> str:
    """`organisation` ending with a bare "tỉnh" or "thành phố" (or its party committee, "Tỉnh ủy",
    "Thành ủy") with the province-level unit named in its context when that unit is one ("Ủy ban
    nhân dân tỉnh" and Gia Lai -> "Ủy ban nhân dân tỉnh Gia Lai", "Ban Thường vụ Tỉnh ủy" ->
    "Ban Thường vụ Tỉnh ủy Gia Lai"; not "thành phố" and the tỉnh Quảng Nam, a city inside it)."""
    unit = lex.province_units.get(province)
    if unit is None:
        return organisation
    committee = lex.party_committees[unit]
    if not any(organisation == w or organisation.endswith(" " + w) for w in (unit, committee)):
        return organisation
    if organisation.endswith(committee) and lex.city_names.get(province):
        return f"{organisation} {lex.city_names[province]}"  # "Thành ủy Thành phố Hồ Chí Minh", as "Thành ủy TP.HCM"
    return f"{organisation} {province}"


def _province(text: str, unit, organisation: str, kind: str, provinces: list, lex: PositionLexicon):
    """The province named in the title, else (when the title names a local unit) before it in its paragraph, after it
    in its sentence, or anywhere when the article names one province only."""
    starts = [m.start for m in provinces]
    i = bisect.bisect_left(starts, unit.start)
    if i < len(provinces) and provinces[i].end <= unit.end:
        return provinces[i].value
    if kind == "foreign" or not organisation or lex.local_unit.search(organisation) is None:
        return None
    paragraph = text.rfind("\n", 0, unit.start) + 1
    for m in reversed(provinces[:i]):
        if m.end <= paragraph or unit.start - m.end > PROVINCE_LOOKBACK:
            break
        return m.value
    # else one named after it in the same sentence: "Chánh văn phòng UBND quận Đồ Sơn (Hải Phòng)"
    stop = _SENTENCE_END.search(text, unit.end)
    if i < len(provinces) and provinces[i].start < (stop.start() if stop else len(text)):
        return provinces[i].value
    # else the one province the article names ("bà Phạm Thị Thanh Trà, Chủ tịch UBND tỉnh ký", an article on Yên Bái
    # alone: the persons audit at 245cb63)
    return provinces[0].value if len({m.value.province for m in provinces}) == 1 else None


_SENTENCE_END = regex.compile(r"[.;!?](?=\s|$)|\n")


def province_mentions(found) -> list:
    """The provinces stage's province mentions, and its localities that have a province (as that
    province: `Chủ tịch TP Hội An` is Quảng Nam's), sorted by start; not regions."""
    out = [m for m in found.get("provinces", []) if isinstance(m.value, ProvinceValue)]
    new_name = province_names_2025()
    for m in found.get("provinces", []):
        if isinstance(m.value, LocalityValue) and m.value.province in new_name:
            out.append(replace(m, value=ProvinceValue(m.value.province, new_name[m.value.province])))
    return sorted(out, key=lambda m: m.start)


__all__ = ["PositionValue", "fill_bare_posts", "implied_body", "name_committees", "share_bodies", "expand_organisation", "known_persons", "load_positions", "position_value",
           "province_mentions", "split_title"]
