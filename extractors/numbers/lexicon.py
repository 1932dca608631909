"""The word lists and regex fragments of the numbers extractor, loaded once.

Everything here comes from files under `gazetteer/data/` (number words,
qualifiers, unit heads and the positions of titles.tsv, stop words, affiliations, blockers, money cues, body parts,
organisation heads, list heads, nouns
before an amount, patterns/numbers.yaml);
this module only turns them into lookup tables keyed by lower-case syllable
tuples, which is what `find` and `interpret` consult.
"""

from __future__ import annotations

from dataclasses import dataclass

from vnie.gazetteer.load import DataError, load_patterns, load_tsv, load_words

Phrase = tuple[str, ...]
"""A phrase as a tuple of lower-case syllables: ("địa", "bàn")."""

HEAD_KINDS = ("measure", "closed", "classifier", "noun", "named")
NUMBER_WORD_KINDS = ("digit", "inner", "ten", "tens", "hundred", "filler", "magnitude")
# Heads of people units: the counted people of units, and the officials stage's nouns for a person or a
# group of people (read here, not copied into the first file).
PEOPLE_HEAD_FILES = ("unit_people_heads.txt", "official_person_nouns.txt", "official_group_nouns.txt")


@dataclass(frozen=True, slots=True)
class Head:
    """A known head noun of a unit: its kind and the complements it may take."""

    text: str
    kind: str
    complements: frozenset[Phrase]


@dataclass(frozen=True, slots=True)
class NumberLexicon:
    """All data the numbers extractor needs, keyed for O(1) lookups."""

    number_words: dict[str, tuple[float, str]]
    ambiguous_words: frozenset[str]
    qualifiers: dict[str, str]
    heads: dict[Phrase, Head]
    stops: frozenset[Phrase]
    compounds: frozenset[Phrase]
    closing: frozenset[Phrase]  # words after which a unit takes only compounds ("súng tự chế")
    coordinates: frozenset[Phrase]
    coordinate_pairs: dict[Phrase, tuple[Phrase, ...]]  # coordinate -> the nouns it may follow ("khu phố" after "thôn")
    coordinate_not_before: dict[Phrase, frozenset[str]]  # a pair's coordinate -> words that make it another word ("thành | lập")
    affiliations: frozenset[Phrase]
    blockers: dict[Phrase, str]
    # "cựu", "nguyên" before a counted title (the `former` rows of position_words.tsv): never a unit themselves; a
    # capitalised title of titles.tsv after one is the unit, the position alone ("kỷ luật 2 cựu Bộ trưởng" -> "Bộ
    # trưởng", GUIDELINES.md: counts of office holders keep the position), none after it, no unit (review 16 item 4)
    former: frozenset[str]
    former_titles: dict[Phrase, Head]  # every position of titles.tsv, the unit after one ("2 cựu Bộ trưởng")
    former_dropped: frozenset[str]  # "cựu" before a lower-case position: dropped, the unit read after it ("14 cựu cán bộ")
    money_cues: frozenset[Phrase]
    money_nouns: frozenset[Phrase]
    not_money_nouns: frozenset[Phrase]  # "chi hội", "chi nhánh": a money noun's word opening a counted noun
    quote_clause_words: frozenset[str]  # "đã", "thì": after a unit in a quote, a sentence, not a name
    body_parts: frozenset[Phrase]
    patterns: dict[str, str]
    titles: frozenset[Phrase] = frozenset()
    indefinite_after: frozenset[Phrase] = frozenset()
    one_count_after: frozenset[Phrase] = frozenset()
    surnames: frozenset[str] = frozenset()
    ratings: dict[str, tuple[str, ...]] | None = None
    org_starts: frozenset[str] = frozenset()
    list_heads: frozenset[str] = frozenset()
    units_before: tuple[str, ...] = ()
    units_before_bare: tuple[str, ...] = ()
    word_nouns: frozenset[Phrase] = frozenset()
    capitalised_nouns: frozenset[Phrase] = frozenset()
    use_verbs: frozenset[Phrase] = frozenset()
    people_heads: frozenset[Phrase] = frozenset()
    name_closers: frozenset[str] = frozenset()
    modified_verbs: frozenset[Phrase] = frozenset()
    verb_complements: frozenset[str] = frozenset()
    time_heads: frozenset[str] = frozenset()  # units of time (number_time_heads.txt): "ngày", "tháng", "năm"
    age_hedges: frozenset[str] = frozenset()  # hedges of an age only (number_age_hedges.txt): "ngoài 80 tuổi"


def phrase(text: str) -> Phrase:
    """The lower-case syllables of `text`."""
    return tuple(text.lower().split())


def _number_words() -> tuple[dict[str, tuple[float, str]], frozenset[str]]:
    words: dict[str, tuple[float, str]] = {}
    ambiguous: set[str] = set()
    for row in load_tsv("number_words.tsv", key="word"):
        if row["kind"] not in NUMBER_WORD_KINDS:
            raise DataError(f"number_words.tsv: unknown kind {row['kind']!r} for {row['word']!r}")
        words[row["word"]] = (float(row["value"]), row["kind"])
        if row["ambiguous"] == "yes":
            ambiguous.add(row["word"])
    return words, frozenset(ambiguous)


def _heads() -> dict[Phrase, Head]:
    heads: dict[Phrase, Head] = {}
    for row in load_tsv("unit_heads.tsv", key="head"):
        if row["kind"] not in HEAD_KINDS:
            raise DataError(f"unit_heads.tsv: unknown kind {row['kind']!r} for {row['head']!r}")
        complements = frozenset(phrase(c) for c in row["complements"].split("|") if c.strip())
        heads[phrase(row["head"])] = Head(row["head"], row["kind"], complements)
    return heads


def _held_body(name: str, plain: set[Phrase]) -> bool:
    """Whether a title names a position of `plain` and then its body by an acronym (`Chủ tịch HĐND`, `Phó Chủ tịch HĐQT`):
    a count of the holders is the position alone (GUIDELINES.md units, round 7); `Phó Trưởng CA` stays (no `Trưởng`)."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if i and w.isupper()), None)
    return at is not None and phrase(" ".join(words[1:at] if words[0] == "Phó" else words[:at])) in plain


def _title_heads(heads: dict[Phrase, Head]) -> dict[Phrase, Head]:
    """Official positions (titles.tsv) as closed unit heads: `7 Thứ trưởng`, `4 Phó Giám đốc`.

    A count of office holders is written with the capitalised title; the unit is
    the title alone (`11 Giám đốc Công an cấp tỉnh` -> `Giám đốc`, corpus/gold).
    A title starting with a head of unit_heads.tsv is left to it (`đại biểu`).
    """
    titles: dict[Phrase, Head] = {}
    rows = [row for row in load_tsv("titles.tsv", key="head") if row["kind"] == "position"]
    plain = {phrase(row["head"]) for row in rows}
    for row in rows:
        names = [row["head"]] + ([f"Phó {row['head']}"] if row["deputy"] == "yes" else [])
        for name in names:
            key = phrase(name)
            if _held_body(name, plain):
                continue  # "2 Phó Chủ tịch HĐND TP" counts "Phó Chủ tịch", not its council (gold 0 : 4)
            if not any(key[:k] in heads for k in range(1, len(key) + 1)):  # "đại biểu" (Quốc hội) stays
                titles[key] = Head(name, "closed", frozenset())
    return titles


def _blockers() -> dict[Phrase, str]:
    blockers: dict[Phrase, str] = {}
    for row in load_tsv("number_blockers.tsv", key="phrase"):
        if row["effect"] not in ("block", "allow", "clock", "document"):
            raise DataError(f"number_blockers.tsv: unknown effect {row['effect']!r} for {row['phrase']!r}")
        blockers[phrase(row["phrase"])] = row["effect"]
    return blockers


def load_lexicon() -> NumberLexicon:
    """Load and index every data file of the numbers extractor.

    Returns:
        The lexicon; build it once per process.

    Raises:
        DataError: when a data file breaks its format.
    """
    number_words, ambiguous = _number_words()
    heads = _heads()
    titles = _title_heads(heads)
    heads.update(titles)
    stops = frozenset(phrase(w) for w in load_words("unit_stops.txt"))
    compounds = frozenset(phrase(w) for w in load_words("unit_compounds.txt"))
    coordinates = frozenset(phrase(w) for w in load_words("unit_coordinates.txt"))
    pairs = load_tsv("unit_coordinate_pairs.tsv", key="coordinate")
    affiliations = frozenset(phrase(w) for w in load_words("unit_affiliations.txt"))
    blockers = _blockers()
    money = frozenset(phrase(w) for w in load_words("money_cues.txt"))
    money_nouns = frozenset(phrase(w) for w in load_words("number_money_nouns.txt"))
    qualifiers = {row["form"].lower(): row["qualifier"] for row in load_tsv("number_qualifiers.tsv", key="form")}
    return NumberLexicon(
        number_words=number_words,
        ambiguous_words=ambiguous,
        qualifiers=qualifiers,
        heads=heads,
        stops=stops,
        compounds=compounds,
        closing=frozenset(phrase(w) for w in load_words("unit_closing_words.txt"))
        | {phrase(r["coordinate"]) for r in pairs if r["closes"]},
        coordinates=coordinates,
        coordinate_pairs={phrase(r["coordinate"]): tuple(phrase(p) for p in r["partner"].split("|")) for r in pairs},
        coordinate_not_before={phrase(r["coordinate"]): frozenset(r["not_before"].split("|"))
                               for r in pairs if r["not_before"]},
        affiliations=affiliations,
        blockers=blockers,
        former=frozenset(r["word"].lower() for r in load_tsv("position_words.tsv") if r["id"] == "former"),
        former_titles=_title_heads({}),
        former_dropped=frozenset(r["word"] for r in load_tsv("position_words.tsv") if r["id"] == "former_counted"),
        money_cues=money,
        money_nouns=money_nouns,
        not_money_nouns=frozenset(phrase(w) for w in load_words("number_money_noun_exceptions.txt")),
        quote_clause_words=frozenset(load_words("number_quote_clause_words.txt")),
        body_parts=frozenset(phrase(w) for w in load_words("number_body_parts.txt")),
        patterns=load_patterns("numbers.yaml"),
        titles=frozenset(titles),
        surnames=frozenset(load_words("surnames.txt")),
        # first words of organisation heads ("Đội", "Công"): a coordinated unit may precede one
        org_starts=frozenset(w.split()[0] for w in load_words("official_org_heads.txt")),
        list_heads=frozenset(w.lower() for w in load_words("unit_list_heads.txt")),
        units_before=tuple(w.lower() for w in load_words("unit_before.txt")),
        units_before_bare=tuple(w.lower() for w in load_words("unit_before_bare.txt")),
        indefinite_after=frozenset(phrase(w) for w in load_words("number_indefinite_after.txt")),
        one_count_after=frozenset(phrase(w) for w in load_words("number_one_count_after.txt")),
        word_nouns=frozenset(phrase(w) for w in load_words("number_word_nouns.txt")),
        capitalised_nouns=frozenset(phrase(w) for w in load_words("unit_capitalised_nouns.txt")),
        use_verbs=frozenset(phrase(w) for w in load_words("unit_use_verbs.txt")),
        people_heads=frozenset(phrase(w) for f in PEOPLE_HEAD_FILES for w in load_words(f)),
        name_closers=frozenset(w.lower() for w in load_words("unit_name_closers.txt")),
        modified_verbs=frozenset(phrase(w) for w in load_words("unit_use_verbs_modified.txt")),
        verb_complements=frozenset(w.lower() for w in load_words("unit_verb_complements.txt")),
        time_heads=frozenset(w.lower() for w in load_words("number_time_heads.txt")),
        age_hedges=frozenset(w.lower() for w in load_words("number_age_hedges.txt")),
        ratings={row["unit"].lower(): tuple(c.strip().lower() for c in row["contexts"].split("|") if c.strip())
                 for row in load_tsv("number_rating_units.tsv", key="unit")},
    )
