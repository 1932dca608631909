"""The officials extractor's data, loaded and compiled once per process.

Every word list lives under `gazetteer/data/` (see each file's header); this
module only turns them into regexes and lookup tables.
"""

from __future__ import annotations

import functools
from collections.abc import Container
from dataclasses import dataclass

import ahocorasick
import regex

from vnie.gazetteer.honorifics import honorific_words, load_honorifics
from vnie.gazetteer.load import (DataError, Gated, Needing, Opening, alternation, load_patterns, load_tsv, load_words,
                                 prefix_alternation)
from vnie.gazetteer.provinces import country_names, load_gazetteer, load_localities

# Word edges: no letter, mark or digit on that side.
LEFT_EDGE = r"(?<![\p{L}\p{M}\p{N}])"
RIGHT_EDGE = r"(?![\p{L}\p{M}\p{N}])"
# Characters that may stand right before a cue or a surname. The automata match these
# plus the word, so a word inside another ("ông" in "không") is never a hit; the text
# is searched with one space prepended for a word at its very start.
LEADS = " \n(“\"‘'-–—/,.:;[…"
PREFIXES = ("nguyên", "cựu", "quyền")
# The flag of patterns anchored at the end of the window before a name and read only for
# whether they match (blocker, person_noun, institution): searched backwards, the engine
# tries the end first instead of every start in the window (3-6x faster on the bench's
# windows, same yes/no).
ANCHORED_END = regex.REVERSE
# Cue kinds that matter only right before a name (their automaton keys end with a space).
NAME_CUES = ("rank", "honorific", "naming")
# The kind of a surname's hit in `Lexicon.names` (known_persons.tsv kinds are the others).
SURNAME = "surname"
# The scan kind of a Korean family name (official_korean_surnames.txt).
KOREAN = "korean"


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled patterns and lookup tables of the officials extractor."""

    name: regex.Pattern[str]
    place_descriptors: frozenset[str]  # "biên giới", "đảo": between a unit word and its place's name
    cut_letters: frozenset[str]  # a last one-letter word the excerpt cut: a consonant (official_cut_letters.txt)
    whole_letter_ends: tuple[str, ...]  # whole endings on a capital consonant: "Bệnh viện K" (the same file)
    name_break: regex.Pattern[str]  # " Ông X": a capitalised one-word honorific + a capitalised word opens a sentence
    # surnames (value kind SURNAME, keys ending with the space after one) and well-known names as
    # written (value kind: their known_persons.tsv kind), in one automaton: one scan finds both
    names: ahocorasick.Automaton
    # surnames.txt only; the others (official_surnames_more.txt) are also common words
    main_surnames: frozenset[str]
    all_surnames: frozenset[str]
    cues: ahocorasick.Automaton
    cue_kind: dict[str, str]
    rank_canonical: dict[str, str]
    rank_seniority: dict[str, int]  # canonical rank -> its row in ranks.tsv (most senior first)
    title_kind: dict[str, str]
    known_org: QuoteAware
    org_head: regex.Pattern[str]
    org_word_role: dict[str, str]
    stop: Gated
    blocker: regex.Pattern[str]
    breaker: regex.Pattern[str]
    title_breaker: regex.Pattern[str]  # official_title_chain_breakers.txt
    source_breaker: regex.Pattern[str]  # official_source_breakers.txt
    person_cue: regex.Pattern[str]
    token: regex.Pattern[str]
    board_words: frozenset[str]
    aide_heads: frozenset[str]
    office_orgs: frozenset[str]
    rank_posts: frozenset[tuple[str, str]]  # official_rank_posts.tsv, casefolded
    stop_tails: frozenset[str]
    two_syllables: frozenset[str]  # official_org_two_syllables.txt
    tail_org: frozenset[str]  # official_cap_tails.tsv `org`: "đảng ủy", "y tế"
    tail_next: frozenset[str]  # official_cap_tails.tsv `next`: "giới thiệu", "vận động"
    compounds: regex.Pattern[str]  # official_org_compounds.txt
    org_lower: regex.Pattern[str]  # official_org_lower_words.txt
    org_lower_starts: frozenset[str]  # their first syllables, casefolded (a set lookup before the pattern)
    title_place_leads: frozenset[str]  # official_title_place_leads.txt
    place_roles: frozenset[str]  # official_place_roles.txt
    open_head: regex.Pattern[str]
    posted_at: regex.Pattern[str]
    role_as: regex.Pattern[str]
    appos_sep: regex.Pattern[str]
    pair_appoint: regex.Pattern[str]
    union_lead: regex.Pattern[str]
    sep_before: regex.Pattern[str]
    copula_before: regex.Pattern[str]
    age: regex.Pattern[str]
    kiem: regex.Pattern[str]
    plural_lead: regex.Pattern[str]
    title_join: regex.Pattern[str]
    list_open: regex.Pattern[str]
    post_to: regex.Pattern[str]
    pair_both: regex.Pattern[str]  # "đều là" after the last of names joined, officials.yaml
    promotion: Opening  # a promotion and its new rank (officials.yaml)
    promotion_to: regex.Pattern[str]
    promotion_passive: regex.Pattern[str]
    demotion: Opening  # a demotion and the rank it leaves (officials.yaml)
    post_word: regex.Pattern[str]
    post_list_end: regex.Pattern[str]
    name_list: regex.Pattern[str]
    honorific_list: regex.Pattern[str]
    post_count: regex.Pattern[str]
    term_word: regex.Pattern[str]
    term_before: regex.Pattern[str]
    career_open: Needing  # official_career_posts.txt
    career_once: Needing
    career_pronoun: regex.Pattern[str]
    parent_ministry: regex.Pattern[str]
    parent_lead: regex.Pattern[str]
    list_direct: regex.Pattern[str]
    plural_bare: regex.Pattern[str]
    counted_after_and: regex.Pattern[str]  # "và 03 " before the next title shared by a list
    role_plural_lead: regex.Pattern[str]  # a plural before a calling shared by names after "như"
    role_list: regex.Pattern[str]  # the words about the people, "như" and their names
    plural_honorific: regex.Pattern[str]
    plural_list_lead: regex.Pattern[str]
    list_gap: regex.Pattern[str]
    career_sep: regex.Pattern[str]
    person_noun: regex.Pattern[str]
    title_owner_before: regex.Pattern[str]  # "của (nam|nữ) " before a title before "tên" (officials.yaml)
    business_unnamed: regex.Pattern[str]  # officials.yaml; official_company_forms.txt
    group_open: regex.Pattern[str]  # a group of people whose names follow (official_group_nouns.txt)
    group_open_any: regex.Pattern[str]  # the same, ANCHORED_END: whether it matches (most windows: no)
    place_tail: regex.Pattern[str]
    speaker: regex.Pattern[str]
    short_run: regex.Pattern[str]
    locality_words: frozenset[str]
    known_canonical: dict[str, str]
    country: Gated
    rank_service: regex.Pattern[str]  # a military service after a rank (officials.yaml rank_service)
    country_starts: frozenset[str]  # first words of `country` matches (a cheap test before it)
    foreign_run: regex.Pattern[str]
    vn_word: regex.Pattern[str]
    not_foreign: frozenset[str]
    glued_words: frozenset[str]
    credit_labels: frozenset[str]  # "ảnh:", "nguồn:" (official_name_blockers.txt), which end a name glued to them
    clause_openers: frozenset[str]  # casefolded; see official_name_clause_openers.txt
    foreign_honorifics: frozenset[str]  # casefolded; official_honorifics.tsv kind foreign
    state_heads: frozenset[str]  # casefolded; official_state_heads.txt
    kiem_split_heads: frozenset[str]  # casefolded; official_kiem_split_heads.txt
    former_tails: frozenset[str]  # official_former_tails.txt
    middle_names: frozenset[str]  # middle_names.txt
    stage_roles: frozenset[str]  # casefolded; official_stage_roles.txt
    calling_kind: regex.Pattern[str]  # a sport or craft right after a calling, official_calling_kinds.txt
    name_particle: regex.Pattern[str]
    plural_before: regex.Pattern[str]
    name_only_honorifics: frozenset[str]
    post_honorifics: dict[str, str]  # honorific (casefolded) -> the role it names before one full name
    list_blocker: regex.Pattern[str]
    korean_given: regex.Pattern[str]
    alias_open: regex.Pattern[str]
    list_opener: regex.Pattern[str]  # "gồm", "là", a colon: the names of a list follow
    group_noun: regex.Pattern[str]  # a noun for people of a group (official_group_nouns.txt)
    unit_group: regex.Pattern[str]  # "các xã, phường": the places a list of names then holds
    info_bracket: regex.Pattern[str]
    info_name: regex.Pattern[str]
    name_honorifics: dict[str, bool]  # honorific -> whether one foreign word after it is a name
    institution: regex.Pattern[str]  # an institution word, or a mausoleum and a title, right before a name
    company_before: regex.Pattern[str]  # a company's word and own name right before a name-shaped run, officials.yaml
    company_close: regex.Pattern[str]  # what closes that run: the apposition ends
    regnal: regex.Pattern[str]  # a monarch's number after his name, officials.yaml
    day_parts: frozenset[str]
    caption: regex.Pattern[str]  # a photo caption's credit (metadata.yaml caption_credit)
    photo_number: regex.Pattern[str]  # "ảnh 1" glued after a caption (officials.yaml)
    unit_words: frozenset[str]  # see `unit_words()`
    unit_abbreviations: frozenset[str]
    city_names: frozenset[str]  # see `city_names()`
    unit_rank: dict[str, int]  # see `unit_ranks()`
    village_words: frozenset[str]  # see `village_words()`
    org_triple_starts: frozenset[str]  # the first two words of official_org_words.tsv's three-word words ("tổ dân")
    org_head_firsts: frozenset[str]  # the first words of official_org_heads.txt's heads of two words or more ("Bộ")


def _variants(phrase: str) -> set[str]:
    """Case variants of a phrase as printed: as listed, first letter lowered or raised."""
    return {phrase, phrase[:1].lower() + phrase[1:], phrase[:1].upper() + phrase[1:]}


def _title_heads() -> dict[str, str]:
    """Every title head (with its `Phó` form when listed) mapped to its kind."""
    heads: dict[str, str] = {}
    for row in load_tsv("titles.tsv", key="head"):
        kind = row["kind"]
        if kind not in {"position", "occupation", "role"}:
            raise DataError(f"titles.tsv: unknown kind {kind!r} for {row['head']!r}")
        heads[row["head"]] = kind
        if row["deputy"] == "yes":
            heads["Phó " + row["head"]] = kind
    return heads


# Quotes the press puts around part of an organisation's name: Ban Chỉ đạo thực hiện phong trào
# “Toàn dân bảo vệ an ninh Tổ quốc” (corpus/gold blind-s6-b).
_OPEN_QUOTE = "[“\"‘]?"
_CLOSE_QUOTE = "[”\"’]?"


# Characters after a position looked at for a quote before trying the quoted names (the longest
# listed name is about 110 characters).
QUOTE_WINDOW = 160


class QuoteAware:
    """The listed names as printed: the plain pattern, or the one that allows quotes between words
    when a quote is near (the quoted pattern is slower and rarely needed)."""

    __slots__ = ("plain", "quoted", "pattern")

    def __init__(self, plain: Gated, quoted: Gated):
        self.plain, self.quoted = plain, quoted
        self.pattern = quoted.pattern  # whose answers these are (the plain one's when no quote is near)

    def match(self, string: str, pos: int = 0, endpos: int | None = None):
        window = string[pos : pos + QUOTE_WINDOW]
        near = "“" in window or '"' in window or "‘" in window
        return (self.quoted if near else self.plain).match(string, pos, endpos)


def _quoted_alternation(names: list[str]) -> str:
    """Like `alternation`, longest first, but a name's words may be quoted as written:
    an opening quote before a word, a closing one after it. The space between two words is
    one group called by name (`(?&sep)`), not the quotes written out again: the same matches,
    compiled in a quarter of the time (12 ms instead of 46 ms per process)."""
    items = sorted(set(names), key=lambda w: (-len(w), w))
    if not items or "" in items:
        raise DataError("organisations.tsv: an empty name")
    define = f"(?(DEFINE)(?P<sep>{_CLOSE_QUOTE}[ ]+{_OPEN_QUOTE}))"
    return define + "(?:" + "|".join("(?&sep)".join(regex.escape(w) for w in n.split(" ")) + _CLOSE_QUOTE
                                     for n in items) + ")"


def _dashed_place_tails() -> list[str]:
    """What follows the dash of province names written with one ("Huế" of "Thừa Thiên - Huế")."""
    names = [row["name"] for row in load_tsv("provinces.tsv")]
    names += [row["alias"] for row in load_tsv("aliases.tsv")]
    return sorted({n.rsplit("-", 1)[1].strip() for n in names if "-" in n and n[:1].isupper()} - {""})


def _automaton(words) -> ahocorasick.Automaton:
    """An Aho-Corasick automaton of `lead + word` for every lead character; values are (len(word), tag)."""
    automaton = ahocorasick.Automaton()
    for word, value in words:
        for lead in LEADS:
            automaton.add_word(lead + word, value)
    automaton.make_automaton()
    return automaton


@dataclass(frozen=True, slots=True)
class KnownPerson:
    """One row of `known_persons.tsv`: the canonical name, its kind, whether the person holds a
    public post, and every written form (the name first, then the aliases)."""

    name: str
    kind: str
    public: bool
    forms: tuple[str, ...]


@functools.cache
def load_known_persons() -> tuple[KnownPerson, ...]:
    """The well-known persons of `known_persons.tsv`, read and checked once per process.

    Raises:
        DataError: on an unknown kind or `public` value, or a form that names two people.
    """
    people: list[KnownPerson] = []
    seen: set[str] = set()
    for row in load_tsv("known_persons.tsv", key="name"):
        if row["kind"] not in {"foreign", "alias", "found", "stage"}:
            raise DataError(f"known_persons.tsv: unknown kind {row['kind']!r} for {row['name']!r}")
        if row["public"] not in {"yes", "no"}:
            raise DataError(f"known_persons.tsv: public must be yes or no, not {row['public']!r} for {row['name']!r}")
        forms = tuple([row["name"]] + [a for a in row["aliases"].split("|") if a])
        for form in forms:
            if form in seen:
                raise DataError(f"known_persons.tsv: {form!r} names two people")
            seen.add(form)
        people.append(KnownPerson(row["name"], row["kind"], row["public"] == "yes", forms))
    return tuple(people)


def known_persons() -> dict[str, tuple[str, str]]:
    """Every written form of a well-known person (`known_persons.tsv`) -> (canonical name, kind)."""
    return {form: (p.name, p.kind) for p in load_known_persons() for form in p.forms}


def foreign_countries() -> list[str]:
    """Foreign country names (`Lào`, not `nước Lào`) and the places a foreign title may name."""
    return [n.removeprefix("nước ") for n in country_names("foreign")] + list(load_words("official_title_places.txt"))


def _org_word_roles() -> dict[str, str]:
    """official_org_words.tsv: word -> its role in an organisation's name."""
    return {row["word"]: row["role"] for row in load_tsv("official_org_words.tsv", key="word")}


# How high an administrative level stands (locality_levels.tsv levels; a village word of official_org_words.tsv
# is 0): a title reads on over a comma to a higher unit only ("Trưởng ấp Phú Thạnh, xã Phú Hưng").
LEVEL_RANKS = {"commune": 2, "ward": 2, "township": 2, "district": 4, "town": 4, "city": 5, "province": 6}


def _rank_seniority(rows: tuple[dict[str, str], ...]) -> dict[str, int]:
    """Each rank of ranks.tsv -> its row, the most senior first; a spelling -> the row of the rank it spells (`same_as`:
    "Thượng sỹ" is "Thượng sĩ", not below "Hạ sĩ")."""
    order = {row["rank"]: i for i, row in enumerate(rows)}
    unknown = [row["same_as"] for row in rows if row["same_as"] and row["same_as"] not in order]
    if unknown:
        raise DataError(f"ranks.tsv: same_as names no rank: {', '.join(unknown)}")
    return {row["rank"]: order[row["same_as"] or row["rank"]] for row in rows}


@functools.cache
def unit_ranks() -> dict[str, int]:
    """Casefolded unit word -> rank (LEVEL_RANKS): `xã` 2, `huyện` 4, `tp.` 5, `tỉnh` 6, and 0 for the village
    words official_org_words.tsv gives the role `locality` (`thôn`, `ấp`, `khu phố`)."""
    ranks = {w.casefold(): 0 for w, role in _org_word_roles().items() if role == "locality" and w.islower()}
    ranks.update({w.casefold(): LEVEL_RANKS[level] for w, level in load_gazetteer().levels.items()})
    return ranks


@functools.cache
def village_words() -> frozenset[str]:
    """Casefolded village words that name a unit when written capitalised too (official_village_words.txt:
    `thôn`, `buôn`, `khu phố`: "già làng Buôn Sứt M’Đưng"), each a locality of rank 0 in `unit_ranks()`."""
    words = frozenset(w.casefold() for w in load_words("official_village_words.txt"))
    unranked = sorted(w for w in words if unit_ranks().get(w) != 0)
    if unranked:
        raise DataError(f"official_village_words.txt: not a village locality of official_org_words.tsv: {unranked}")
    return words


def _countries() -> list[str]:
    """Foreign country names, as a title may name the country its holder serves."""
    return foreign_countries() + ["nước chủ nhà"]


@functools.cache
def unit_words() -> tuple[frozenset[str], frozenset[str]]:
    """The words that introduce an administrative unit (`locality_levels.tsv`): written out
    (`tỉnh`, `thị xã`: listed in lower case, matched in any case: "UBND Thị xã Bỉm Sơn"), and
    abbreviated without a dot inside (`TP`, `Tp`, `TX`: "TP. Vinh" is the word `TP` and a dot).
    Not `bản`, `thôn` (also "Cục Bản quyền", "Bản tin"), which the file does not list."""
    words = load_gazetteer().levels
    return (frozenset(w for w in words if w.islower()),
            frozenset(w for w in words if w.isalpha() and not w.islower()))


@functools.cache
def city_names() -> frozenset[str]:
    """Names a city, town or district may be written by after its abbreviated unit word ("TP. Huế", "TP. Tam Kỳ"):
    every province's names and aliases (provinces.tsv, aliases.tsv) and the districts, towns and cities of
    localities.tsv."""
    names = {s.text for s in load_gazetteer().surfaces}
    names.update(name for (level, name) in load_localities() if level in ("district", "town", "city"))
    return frozenset(names)


@functools.cache
def name_shapes() -> tuple[frozenset[str], regex.Pattern[str]]:
    """(every surname, the shape of one Vietnamese syllable): what `foreign_shape` reads."""
    surnames = frozenset(load_words("surnames.txt") + load_words("official_surnames_more.txt"))
    return surnames, regex.compile(load_patterns("officials.yaml")["vn_word"])


def foreign_shape(name: str, surnames: Container[str], vn_word: regex.Pattern[str]) -> bool:
    """A name of 2+ words opening with a word that is no Vietnamese surname nor of a Vietnamese
    syllable's shape: "Prayuth Chan-ocha", not "Ksor Phước Hà" (a listed surname)."""
    first, _, rest = name.partition(" ")
    return bool(rest) and first not in surnames and vn_word.fullmatch(first) is None


def _name_break() -> regex.Pattern[str]:
    """` Ông X`, ` Bà X`: a one-word lower-case honorific after which one word is a name (`name_words` 1 in
    official_honorifics.tsv), written capitalised before a capitalised word, opens a sentence. "Anh", "Chị"
    (`name_words` 2) are also name syllables ("Trâm Anh"), so they are left out."""
    words = [h.word for h in load_honorifics()
             if h.kind == "honorific" and h.name_words == 1 and h.word.islower() and " " not in h.word]
    return regex.compile(r"[ ]" + alternation([w[:1].upper() + w[1:] for w in words]) + r"[ ](?=\p{Lu})")


def _info_bracket(joiners: dict[str, str], countries: list[str]) -> str:
    """A bracket about a person: age or birth (officials.yaml `info_bracket`), or a sport and the
    country competed for, in either order (`info_sport_lead`, `info_sport_tail`)."""
    country = prefix_alternation(countries + ["Việt Nam"])  # a tree: tried at every bracket
    return (joiners["info_bracket"] + rf"|\((?:{joiners['info_sport_lead']}(?:{country})|(?:{country})"
            + rf"{joiners['info_sport_tail']})\)")


def _group_open(joiners: dict[str, str], flags: int = 0) -> regex.Pattern[str]:
    """A group of people whose names follow, matched back from a name: a noun of
    official_group_nouns.txt and a word that opens the names ("10 nghệ sĩ gồm"), or a count
    right before the noun ("hai người")."""
    nouns = alternation(load_words("official_group_nouns.txt"))
    return regex.compile(
        LEFT_EDGE + rf"(?:{nouns}{joiners['group_open']}|{joiners['group_count']}{nouns}[ ]$)", regex.IGNORECASE | flags)


def _cap_tails(kind: str) -> frozenset[str]:
    """The pairs of one kind of official_cap_tails.tsv."""
    return frozenset(row["pair"] for row in load_tsv("official_cap_tails.tsv") if row["kind"] == kind)


@functools.cache
def load_lexicon() -> Lexicon:
    """Load and compile every officials data file (once per process).

    Returns:
        The compiled `Lexicon`.

    Raises:
        DataError: when a data file breaks its format or a lexicon is empty.
    """
    more_surnames = load_words("official_surnames_more.txt")
    surnames = load_words("surnames.txt") + more_surnames
    rank_rows = load_tsv("ranks.tsv", key="rank")
    ranks = {row["rank"]: row["rank"] for row in rank_rows}
    heads = _title_heads()
    cue_kind: dict[str, str] = {}
    name_only = honorific_words("full_name")
    for word in honorific_words("honorific", "full_name"):
        cue_kind[word.casefold()] = "honorific"
    for word in load_words("official_naming_words.txt"):
        cue_kind[word.casefold()] = "naming"
    for head, kind in heads.items():
        cue_kind[head.casefold()] = kind
    for rank in ranks:
        cue_kind[rank.casefold()] = "rank"
    # Ranks and honorifics matter only before a name, so their keys end with the space
    # before it (fewer hits: "cô" in "cô giáo" still, in "công" no longer).
    cues = _automaton(
        (word + (" " if kind in NAME_CUES else ""), (len(word), kind))
        for entry, kind in cue_kind.items()
        for word in [entry] + ([f"{p} {entry}" for p in PREFIXES] if kind in ("position", "occupation", "role") else [])
    )
    joiners = load_patterns("officials.yaml")
    known = known_persons()
    # `found` names are the surname rule's to find; they are listed for the persons linker only
    korean = [name for name in load_words("official_korean_surnames.txt") if name not in surnames]
    names = _automaton([(name + " ", (len(name), SURNAME)) for name in surnames]
                       + [(name + " ", (len(name), KOREAN)) for name in korean]
                       + [(form, (len(form), kind)) for form, (_, kind) in known.items() if kind != "found"])
    units, unit_abbreviations = unit_words()
    countries = _countries()
    country_leads = list(load_words("official_country_leads.txt"))  # officials.yaml country_lead
    # A name: a surname and 1-3 more capitalised syllables (of a Vietnamese syllable's
    # shape; at least two letters: initials such as "chị L." are not names, GUIDELINES.md),
    # not followed by another capitalised word unless that one opens a title
    # ("Nguyễn Lan Hương Ủy viên ..."), nor by an initial ("Nguyễn Văn T.").
    capital_heads = sorted({v for h in heads for v in _variants(h) if v[:1].isupper()} | set(ranks))
    # the rest of a head in any case: "Vũ Tiến Lộc | Tổng giám đốc Viettel", "Lê Chiêm | Trưởng Ban"
    # (prefix trees: this pattern is tried at every surname, 7 times an article)
    not_head = rf"(?!(?i:{prefix_alternation(capital_heads, ignore_case=True)}){RIGHT_EDGE})"
    name = regex.compile(
        LEFT_EDGE + prefix_alternation(surnames) + rf"(?: (?:{joiners['name_letter']}|(?=\p{{Lu}}\p{{Ll}}){not_head}{joiners['name_syllable']})){{1,3}}"
        + rf"(?! (?={joiners['name_end_word']}){not_head})"
    )

    orgs = [row["name"] for row in load_tsv("organisations.tsv", key="name")]
    org_words = _org_word_roles()
    stops = load_words("official_stopwords.txt")
    blockers = load_words("official_name_blockers.txt")
    # a word after which a blocker word is part of a common word ("Môi trường", "thị trường")
    not_after = r"(?<!" + LEFT_EDGE + alternation(load_words("official_institution_not_after.txt")) + r" )"
    return Lexicon(
        name=name,
        name_break=_name_break(),
        place_descriptors=frozenset(load_words("official_place_descriptors.txt")),
        names=names,
        main_surnames=frozenset(surnames) - frozenset(more_surnames),
        all_surnames=frozenset(surnames),
        cues=cues,
        cue_kind=cue_kind,
        rank_canonical={r.casefold(): r for r in ranks},
        rank_seniority=_rank_seniority(rank_rows),
        title_kind={h.casefold(): k for h, k in heads.items()},
        # Gated: a set lookup before each pattern, which most words of a title fail (a name's
        # quotes are only between its words, so its first two characters open every match).
        known_org=QuoteAware(Gated(regex.compile(prefix_alternation(orgs, ignore_case=True) + RIGHT_EDGE, regex.IGNORECASE),
                                   orgs),
                             Gated(regex.compile(_quoted_alternation(orgs) + RIGHT_EDGE, regex.IGNORECASE), orgs)),
        org_head=regex.compile(
            f"(?!{prefix_alternation(load_words('official_not_org_heads.txt'))}{RIGHT_EDGE})"
            + prefix_alternation(load_words("official_org_heads.txt")) + RIGHT_EDGE
        ),
        org_word_role=org_words,
        stop=Gated(regex.compile(prefix_alternation(stops) + RIGHT_EDGE), stops),
        # The blocker is the last word(s) before a name, so the pattern is anchored at the end
        # (and searched backwards: only whether it matches is read, see ANCHORED_END).
        blocker=regex.compile(
            LEFT_EDGE + alternation(blockers) + r"[ ]$", regex.IGNORECASE | ANCHORED_END
        ),
        breaker=regex.compile(
            LEFT_EDGE + alternation(load_words("official_chain_breakers.txt")) + r"[ ]*$", regex.IGNORECASE
        ),
        title_breaker=regex.compile(
            LEFT_EDGE + alternation(load_words("official_title_chain_breakers.txt")) + r"[ ]*$", regex.IGNORECASE
        ),
        source_breaker=regex.compile(
            LEFT_EDGE + alternation(load_words("official_source_breakers.txt")) + r"[ ]*$", regex.IGNORECASE
        ),
        person_cue=regex.compile(
            r"(?:" + alternation(load_words("official_person_cues.txt")) + RIGHT_EDGE
            + r"|(?:cùng[ ]+)?\d{1,3} tuổi" + RIGHT_EDGE + "|" + joiners["life_years"] + ")",  # "(cùng 31 tuổi"
            regex.IGNORECASE,
        ),
        token=regex.compile(r"[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|[.&'/-](?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]"),
        board_words=frozenset(w.casefold() for w, role in org_words.items() if role == "board"),
        aide_heads=frozenset(w.casefold() for w in load_words("official_aide_heads.txt")),
        office_orgs=frozenset(w.casefold() for w in load_words("official_office_orgs.txt")),
        rank_posts=frozenset((r["rank"].casefold(), r["post"].casefold()) for r in load_tsv("official_rank_posts.tsv")),
        stop_tails=frozenset(load_words("official_stop_tails.txt")),
        two_syllables=frozenset(load_words("official_org_two_syllables.txt")),
        tail_org=_cap_tails("org"),
        tail_next=_cap_tails("next"),
        compounds=regex.compile(alternation(load_words("official_org_compounds.txt")) + RIGHT_EDGE),
        title_place_leads=frozenset(load_words("official_title_place_leads.txt")),
        place_roles=frozenset(w.casefold() for w in load_words("official_place_roles.txt")),
        org_lower_starts=frozenset(w.split(" ")[0].rstrip(",").casefold() for w in load_words("official_org_lower_words.txt")),
        org_lower=regex.compile(alternation(load_words("official_org_lower_words.txt")) + RIGHT_EDGE, regex.IGNORECASE),
        # Searched on the organisation so far: does it end with a head that needs an object?
        open_head=regex.compile(LEFT_EDGE + alternation(load_words("official_open_heads.txt")) + r"$",
                                regex.IGNORECASE),
        # "Đại sứ Pháp | tại Việt Nam", "Tổng Lãnh sự Việt Nam | tại Frankfurt": where the post is held
        posted_at=regex.compile(
            r"tại[ ]+" + alternation(countries + ["Việt Nam", "Liên Hợp Quốc", "LHQ"]) + RIGHT_EDGE
        ),
        role_as=regex.compile(joiners["role_as"]),
        appos_sep=regex.compile(joiners["appos_sep"]),
        pair_appoint=regex.compile(joiners["pair_appoint"]),
        pair_both=regex.compile(joiners["pair_both"]),
        union_lead=regex.compile(joiners["union_lead"]),
        sep_before=regex.compile(joiners["sep_before"]),
        copula_before=regex.compile(joiners["copula_before"]),
        age=regex.compile(joiners["age"]),
        kiem=regex.compile(joiners["kiem"]),
        plural_lead=regex.compile(LEFT_EDGE + joiners["plural_lead"]),
        title_join=regex.compile(joiners["title_join"]),
        list_open=regex.compile(joiners["list_open"]),
        post_to=regex.compile(joiners["post_to"]),
        promotion=Opening(regex.compile(joiners["promotion"]), joiners["promotion_verb"].split("|")),
        promotion_to=regex.compile(joiners["promotion_to"]),
        promotion_passive=regex.compile(joiners["promotion_passive"]),
        demotion=Opening(regex.compile(joiners["demotion"]), joiners["demotion_verb"].split("|"),
                         joiners["demotion_to"].split("|")),
        post_word=regex.compile(joiners["post_word"], regex.IGNORECASE),
        post_list_end=regex.compile(joiners["post_list_end"]),
        name_list=regex.compile(joiners["name_list"]),
        honorific_list=regex.compile(joiners["honorific_list"]),
        post_count=regex.compile(joiners["post_count"]),
        term_word=regex.compile(joiners["term_word"]),
        term_before=regex.compile(joiners["term_before"], ANCHORED_END),
        career_open=Needing(regex.compile(joiners["career_open"]), load_words("official_career_posts.txt")),
        career_once=Needing(regex.compile(joiners["career_once"]), ("từng",)),
        career_pronoun=regex.compile(joiners["career_pronoun"]),
        parent_ministry=regex.compile(joiners["parent_ministry"]),
        parent_lead=regex.compile(joiners["parent_lead"]),
        list_direct=regex.compile(joiners["list_direct"]),
        plural_bare=regex.compile(LEFT_EDGE + joiners["plural_bare"]),
        counted_after_and=regex.compile(joiners["counted_after_and"]),
        role_plural_lead=regex.compile(LEFT_EDGE + joiners["role_plural_lead"]),
        role_list=regex.compile(joiners["role_list"]),
        plural_honorific=regex.compile(LEFT_EDGE + joiners["plural_honorific"]),
        plural_list_lead=regex.compile(joiners["plural_list_lead"], regex.IGNORECASE),
        list_gap=regex.compile(joiners["list_gap"]),
        career_sep=regex.compile(joiners["career_sep"]),
        place_tail=regex.compile(alternation(_dashed_place_tails() or ["(?!)"]) + RIGHT_EDGE),
        # Like the blocker: the person noun is the last word(s) before "tên".
        person_noun=regex.compile(
            LEFT_EDGE + alternation(load_words("official_person_nouns.txt")) + r"[ ]$", regex.IGNORECASE | ANCHORED_END
        ),
        title_owner_before=regex.compile(joiners["title_owner_before"]),
        business_unnamed=regex.compile(joiners["business_unnamed"]),
        group_open=_group_open(joiners),
        group_open_any=_group_open(joiners, ANCHORED_END),
        speaker=regex.compile(r"[ ]*,?[ ]*" + alternation(load_words("official_speaker_verbs.txt")) + RIGHT_EDGE),
        short_run=regex.compile(joiners["short_run"]),
        locality_words=frozenset(w for w, role in org_words.items() if role == "locality"),
        known_canonical={form: name for form, (name, _) in known.items()},
        country=Gated(regex.compile(joiners["country_lead"] + prefix_alternation(countries) + RIGHT_EDGE),
                      countries + country_leads),
        country_starts=frozenset(n.split(" ")[0] for n in countries + country_leads),
        rank_service=regex.compile(joiners["rank_service"]),
        foreign_run=regex.compile(joiners["foreign_run"]),
        vn_word=regex.compile(joiners["vn_word"]),
        not_foreign=frozenset(load_words("official_foreign_not_names.txt")),
        glued_words=frozenset(load_words("official_name_glued_words.txt")),
        credit_labels=frozenset(w.casefold() for w in load_words("official_name_blockers.txt") if w.endswith(":")),
        clause_openers=frozenset(w.casefold() for w in load_words("official_name_clause_openers.txt")),
        foreign_honorifics=frozenset(w.casefold() for w in honorific_words("foreign")),
        state_heads=frozenset(w.casefold() for w in load_words("official_state_heads.txt")),
        kiem_split_heads=frozenset(w.casefold() for w in load_words("official_state_heads.txt")
                                   + load_words("official_kiem_split_heads.txt")),
        former_tails=frozenset(load_words("official_former_tails.txt")),
        middle_names=frozenset(load_words("middle_names.txt")),
        cut_letters=frozenset(w for w in load_words("official_cut_letters.txt") if len(w) == 1 and w.islower()),
        whole_letter_ends=tuple(w for w in load_words("official_cut_letters.txt") if not (len(w) == 1 and w.islower())),
        stage_roles=frozenset(w.casefold() for w in load_words("official_stage_roles.txt")),
        calling_kind=regex.compile(r"[ ]+" + alternation(load_words("official_calling_kinds.txt")) + RIGHT_EDGE, regex.IGNORECASE),
        name_particle=regex.compile(joiners["name_particle"]),
        plural_before=regex.compile(joiners["plural_before"], regex.IGNORECASE),
        name_only_honorifics=frozenset(w.casefold() for w in name_only),
        post_honorifics={h.word.casefold(): h.role for h in load_honorifics() if h.role},
        info_bracket=regex.compile(_info_bracket(joiners, countries)),
        info_name=regex.compile(joiners["info_name"]),
        # "trường" of "Môi trường", "thị trường" is no school (official_institution_not_after.txt)
        list_blocker=regex.compile(
            LEFT_EDGE + "(?:" + not_after + "(?!" + alternation(load_words("official_list_not_blockers.txt")) + RIGHT_EDGE + ")"
            + alternation(load_words("official_list_blockers.txt")) + RIGHT_EDGE
            + "|" + joiners["unit_group"] + ")", regex.IGNORECASE),
        unit_group=regex.compile(joiners["unit_group"]),
        korean_given=regex.compile(joiners["korean_given"]),
        alias_open=regex.compile(joiners["alias_open"]),
        list_opener=regex.compile(joiners["list_opener"]),
        group_noun=regex.compile(LEFT_EDGE + alternation(load_words("official_group_nouns.txt")) + RIGHT_EDGE,
                                 regex.IGNORECASE),
        name_honorifics={h.word.casefold(): h.name_words == 1 for h in load_honorifics() if h.name_words},
        day_parts=frozenset(w for w in load_words("date_parts_of_day.txt") if " " not in w),
        caption=regex.compile(load_patterns("metadata.yaml")["caption_credit"], regex.MULTILINE),
        photo_number=regex.compile(joiners["photo_number"]),
        regnal=regex.compile(joiners["regnal"]),
        institution=regex.compile(
            LEFT_EDGE + not_after + "(?!" + joiners["institution_compound"] + ")(?:"
            + alternation(load_words("official_institution_words.txt")) + "|"
            + joiners["institution_cased"] + r")[ ]$|(?-i:" + joiners["memorial_before"] + ")",
            regex.IGNORECASE | ANCHORED_END
        ),
        company_before=regex.compile(joiners["company_before"], ANCHORED_END),
        company_close=regex.compile(joiners["company_close"], regex.MULTILINE),
        unit_words=units,
        unit_abbreviations=unit_abbreviations,
        city_names=city_names(),
        unit_rank=unit_ranks(),
        village_words=village_words(),
        org_triple_starts=frozenset(w.rsplit(" ", 1)[0] for w in org_words if w.count(" ") == 2),
        org_head_firsts=frozenset(h.split(" ", 1)[0] for h in load_words("official_org_heads.txt") if " " in h),
    )
