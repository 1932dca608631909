"""Who says a quote: the speaker's person_key from the words around it.

The officials stage gives the article's named people (`Cast`). A quote's speaker is
named in a slot: after the quote (`”, <slot> cho biết.`, `” - <slot> nói.`) or before it
(`<slot> nói: “…”`). The slot is read, in order, as

- a person the officials stage found in it (`”, Thứ trưởng Lê Quốc Hùng nhấn mạnh.`);
- a pronoun or a description (`Nam ca sĩ`, `vị chuyên gia này`, `HLV người Đức`) standing for the person
  named last as a sentence's subject, in this
  paragraph or the one before (`”, ông nói.`, `Anh nói: “…”`), or for the name written last
  after the pronoun's word as honorific (`chị Đào chưa bao giờ … ” - chị kể.`);
- a title held by a person named earlier (`” - Thủ tướng phát biểu.`, `”, Phó vụ trưởng
  Vụ Đào tạo chính quy nhấn mạnh.`);
- a name the officials stage missed: after an honorific (`”, chị Hồng kể lại.`), a
  foreign name of two or more words (`”, Dave Lavery, Giám đốc … cho biết.`), also after a cue
  and a lower-case description and before an affiliation (`”, nhà vật lý Hajime Tanaka từ Đại
  học Tokyo nhấn mạnh.`), or one word that ends a longer name of the article (`” – Snower nhận định.`).

`speaker_after`, `speaker_before` and `subject_before` are the entry points.
"""

from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass

import regex

from vnie.extractors.base import Mention, OfficialValue
from vnie.extractors.keys import key, unmarked
from vnie.extractors.models.lexicon import (
    ANTECEDENT_CHARS, APPOSITION_CHARS, FAR_ANTECEDENT_CHARS, FAR_ANTECEDENT_PARAGRAPHS, FRAME_WORDS, SPEAKER_AFTER_CHARS,
    SPEAKER_BEFORE_CHARS, SUBJECT_MAX_WORDS,
    Lexicon,
)
from vnie.extractors.officials.lexicon import foreign_countries, foreign_shape, name_shapes, unit_words
from vnie.extractors.officials.lexicon import load_lexicon as load_officials_lexicon
from vnie.gazetteer.honorifics import honorific_words
from vnie.gazetteer.load import DataError, alternation, load_tsv, load_words
from vnie.gazetteer.provinces import load_localities
from vnie.gazetteer.provinces import place_names

# Between a speaker and the verb that frames a quote: `cũng`, `đã` ...; `được`/`bị` (`Words.passive`) make it passive.
SUBJECT_GAP_WORDS = 2
# A name written without a cue has at most this many words.
NAME_MAX_WORDS = 4
# Lower-case words between a cue and a foreign name it describes (`tác giả chính của nghiên cứu Benjamin
# Hess`): up to 5 on the bench quotes without a speaker.
DESCRIPTION_MAX_WORDS = 5
# A quote opened after a colon.
_QUOTED_AFTER_COLON = regex.compile(r":\s*[“\"«]")
# Words before a person who opens a clause (`Tổng thống Nicolas Maduro`, `Trong đó, có bà X`), and words
# that make it no clause's subject (`Theo ông A, …`, `… gặp ông A`).
CLAUSE_LEAD_WORDS = 3  # the words that break such a lead: models_speaker_words.tsv `clause_lead_break`
# Words of the object of a verb of saying before a quote's colon (`kể lại một câu chuyện cười ra nước mắt:`).
COLON_OBJECT_WORDS = 8
# A cue before a name (`Bộ trưởng`, `người phát ngôn`) has at most this many words.
CUE_MAX_WORDS = 3
# Capitalised words of a describing origin (`HLV người Bồ Đào Nha`).
ORIGIN_MAX_WORDS = 3
# Words of the clause between a sentence's subject and a quote's colon when no verb of saying stands there
# (`… Hà Nội thẳng thắn:`, `ông Assange đăng trên trang mạng xã hội Twitter cá nhân:`).
COLON_PREDICATE_WORDS = 12
# How far back a sentence that opens with its source (`Theo ông X, …`) may start before a quote.
SOURCE_SENTENCE_CHARS = 400
# ... and one that opens with its reporter (`Ông X cho biết, …, “…”`).
REPORT_CHARS = 400
# Words of an apposition between a person opening a heading and its colon (`Ông X, Chủ tịch UBND xã Y:`).
HEADING_APPOSITION_WORDS = 16
# `”, theo ông X, …` after a quote names its source; the quote has at least this many words (a term has fewer).
SOURCE_QUOTE_MIN_WORDS = 6
# How far before a given name the rest of its full name is looked for (three words: `Nguyễn Thị Thu `).
FULL_NAME_HEAD_CHARS = 30
# Words after a person who signs a quote after its dash, with no verb of saying (`” – HLV X tỏ ra tự tin.`).
DASH_TAIL_WORDS = 4
# Lower-case words (how it is said) allowed between a cued name and its verb: `chị T buồn rầu nói`.
MANNER_MAX_WORDS = 2
# Letters of Vietnamese words that foreign names do not have (ă đ ơ ư and the tone-marked
# vowels of Latin Extended Additional): a run without them may be a foreign name.
_VIETNAMESE = regex.compile(r"[ăđơưĂĐƠƯ\u1ea0-\u1ef9]")
# A word with the accents Vietnamese shares with other languages (`Hòa`, `Thái`, `Yên`, not
# `José`, `André`) is Vietnamese when it is one Vietnamese syllable: onset, vowels, final.
_SHARED_ACCENT = regex.compile(r"[àáâãèéêìíòóôõùúý]", regex.IGNORECASE)
_VOWEL = "aeiouyàáâãèéêìíòóôõùúý"
_SYLLABLE = regex.compile(
    rf"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[{_VOWEL}]{{1,3}}(?:ng|nh|ch|[cmnpt])?")
_WORD = regex.compile(r"[\p{L}\d]+\.?")
_APPOSITION = regex.compile(r"\s*[,–—-]")
_CAPITAL = r"\p{Lu}\p{L}*\.?"  # a capitalised word or an initial
# Capitalised words and a comma, maybe after a cue and a description: a name and its apposition
# (`”, Bhramar Mukherjee, nhà dịch tễ học …`, `”, tác giả chính của nghiên cứu Benjamin Hess, một …`).
# or an affiliation (`”, giáo sư Ran Barkai thuộc khoa khảo cổ học của TAU, một trong những nhà nghiên cứu, cho biết.`)
# How a person says it, between their name and a colon: `thẳng thắn`, `xúc động nói` (no verb of saying needed).
_MANNER = regex.compile(rf"(?:\p{{Ll}}+(?: \p{{Ll}}+){{0,{MANNER_MAX_WORDS - 1}}})?")
# A bracketed apposition right after a name: `(người dân xã Thừa Đức)`.
_BRACKETED = regex.compile(r"^\s*\([^()\n]{1,80}\)")
# What parts two words of one name: spaces, a hyphen or an apostrophe (`Zhong-Qiang`, `O'Brien`).
_NAME_GAP = regex.compile(r"\s*[-'’]?\s*")
_QUOTE_MARKS = "“”\"'‘’«»"
# One capitalised word and a comma opening a sentence: a connective (`Song, người cha … bày tỏ:` is "but"), no name.
_CONNECTIVE = regex.compile(r"\s*\p{Lu}\p{Ll}*\s*,")
# Two capitalised words side by side: a full name may open the words (`Jonathan Amouyal, …`; not `Ngọc, Trinh`).
_TWO_CAPITALS = regex.compile(r"\s*\p{Lu}[\p{L}'’.-]*\s+\p{Lu}")
_SPACES = regex.compile(r"\s*")
_FOREIGN_RUN = regex.compile(r"(?<![\p{L}\d])\p{Lu}[\p{L}'-]+(?: \p{Lu}[\p{L}'-]+)+(?![\p{L}\d])")


_PLACE_LEVELS = frozenset({"district", "town", "city"})


@dataclass(frozen=True, slots=True)
class Words:
    """The word lists of speaker slots (models_speaker_*, official_honorifics.tsv, ranks.tsv, titles.tsv)."""

    pronouns: dict[str, str]
    fillers: frozenset[str]
    not_names: frozenset[str]
    cues: frozenset[str]
    titles: frozenset[str]  # cues that are titles (titles.tsv): a new name after one needs more evidence
    places: frozenset[str]  # country and province names, casefolded
    descriptions: dict[str, str]  # models_speaker_descriptions.tsv: word -> m, f, this or head
    abbreviations: frozenset[str]  # capitalised honorifics (`TS`, `ThS`) and unit words (`TP`): a full stop after one goes on
    surnames: frozenset[str]  # surnames.txt: the first word of a Vietnamese full name
    # models_speaker_words.tsv, by role
    pointing: frozenset[str]
    passive: frozenset[str]
    conjunctions: frozenset[str]
    plain_fillers: frozenset[str]  # fillers that are no conjunction (`và` joins another subject: a word, not a filler)
    description_breaks: frozenset[str]
    affiliations: frozenset[str]
    possessive: frozenset[str]
    about: frozenset[str]
    comitative: frozenset[str]
    object_prepositions: frozenset[str]
    clause_lead_breaks: frozenset[str]  # its own rows and every passive, source, possessive and comitative word
    speech_nouns: frozenset[str]
    source: frozenset[str]  # `theo`: names a quote's source
    particles: str  # an alternation of name_particle
    name_apposition: regex.Pattern[str]
    source_after: regex.Pattern[str]
    source_opening: regex.Pattern[str]
    deputies: frozenset[str]  # titles.tsv heads with a deputy, as `phó …`: a title after a name (`Phó Chủ tịch`)


@functools.cache
def load_words_of_slots() -> Words:
    pronouns = {row["word"]: row["gender"] for row in load_tsv("models_speaker_pronouns.tsv", key="word")}
    honorifics = honorific_words("honorific")
    cues = {w.casefold() for w in honorifics + load_words("models_speaker_cues.txt")}
    cues |= {row["rank"].casefold() for row in load_tsv("ranks.tsv", key="rank")}
    title_rows = load_tsv("titles.tsv", key="head")
    titles = {row["head"].casefold() for row in title_rows} - cues
    # districts and towns (`Tân Bình`, `Nghi Sơn`), not communes: many communes bear people's names
    districts = {name.casefold() for level, name in load_localities() if level in _PLACE_LEVELS}
    role = _roles()
    source = alternation(role["source"])
    fillers = frozenset(load_words("models_speaker_fillers.txt"))
    return Words(
        pronouns=pronouns,
        fillers=fillers,
        plain_fillers=fillers - frozenset(role["conjunction"]),
        not_names=frozenset(load_words("models_speaker_not_names.txt")),
        surnames=frozenset(load_words("surnames.txt")),
        cues=frozenset(cues | titles),
        titles=frozenset(titles),
        places=place_names() | districts,
        descriptions={row["word"]: row["role"] for row in load_tsv("models_speaker_descriptions.tsv", key="word")},
        # and the abbreviated unit words (`TP. Cần Thơ`, locality_levels.tsv)
        abbreviations=frozenset([part for w in honorifics for part in regex.split(r"[.,-]", w)
                                 if part[:1].isupper() and any(c.isupper() for c in part[1:])] + list(unit_words()[1])),
        pointing=frozenset(role["pointing"]),
        passive=frozenset(role["passive"]),
        conjunctions=frozenset(role["conjunction"]),
        description_breaks=frozenset(role["description_break"]),
        affiliations=frozenset(role["affiliation"]),
        possessive=frozenset(role["possessive"]),
        about=frozenset(role["about"]),
        comitative=frozenset(role["comitative"]),
        object_prepositions=frozenset(role["object_preposition"]),
        clause_lead_breaks=frozenset(role["clause_lead_break"] + role["passive"] + role["source"] + role["possessive"]
                                     + role["comitative"]),
        speech_nouns=frozenset(role["speech_noun"]),
        source=frozenset(role["source"]),
        particles=alternation(role["name_particle"]),
        # Capitalised words and a comma, maybe after a cue and a description: a name and its apposition
        # (`”, Bhramar Mukherjee, nhà dịch tễ học …`, `”, tác giả chính của nghiên cứu Benjamin Hess, một …`),
        # or an affiliation (`”, giáo sư Ran Barkai thuộc khoa khảo cổ học của TAU, một trong những nhà nghiên cứu,
        # cho biết.`)
        name_apposition=regex.compile(rf"\s*(?:\p{{Ll}}+ ){{0,{DESCRIPTION_MAX_WORDS + CUE_MAX_WORDS}}}"
                                      rf"\p{{Lu}}[\p{{L}}'-]*(?: \p{{Lu}}[\p{{L}}'-]*)*"
                                      rf"(?:,|\s+{alternation(role['affiliation'])}\s)"),
        deputies=frozenset(("Phó " + row["head"]).casefold() for row in title_rows if row["deputy"] == "yes"),
        source_after=regex.compile(rf"\s*{source}\s+"),
        source_opening=regex.compile(rf"\s*(?:{alternation(w.capitalize() for w in role['source_lead'])}\s+{source}"
                                     rf"|{alternation(w.capitalize() for w in role['source'])})\s+"),
    )


# The roles of models_speaker_words.tsv, each with one row at least.
ROLES = ("pointing", "passive", "conjunction", "description_break", "affiliation", "possessive", "about", "comitative",
         "object_preposition", "clause_lead_break", "speech_noun", "source", "source_lead", "name_particle")


def _roles() -> dict[str, list[str]]:
    """The words of models_speaker_words.tsv by role.

    Raises:
        DataError: on a role not in ROLES, or a role of ROLES with no row.
    """
    role: dict[str, list[str]] = {name: [] for name in ROLES}
    for row in load_tsv("models_speaker_words.tsv"):
        if row["role"] not in role:
            raise DataError(f"models_speaker_words.tsv: unknown role {row['role']!r} ({row['word']!r})")
        role[row["role"]].append(row["word"])
    empty = [name for name, words in role.items() if not words]
    if empty:
        raise DataError(f"models_speaker_words.tsv: no row for {', '.join(empty)}")
    return role


@dataclass(frozen=True, slots=True)
class Cast:
    """The article's people in text order: the officials stage mentions and their names written again where
    that stage gave no mention (`named_again`)."""

    officials: list[Mention[OfficialValue]]
    starts: list[int]

    @classmethod
    def of(cls, officials: list[Mention[OfficialValue]], text: str) -> Cast:
        """The cast of `text` from its officials stage mentions (in text order), built once per document."""
        added = named_again(text, officials)
        if added:
            officials = sorted(officials + added, key=lambda m: m.start)
        return cls(officials, [m.start for m in officials])


def named_again(text: str, officials: list[Mention[OfficialValue]]) -> list[Mention[OfficialValue]]:
    """A person of the article written again in full where the officials stage gave no mention: `Dù vậy, Piyapong
    Pue-on tiếp tục nhấn mạnh:` after `ông Piyapong Pue-on`, `Cựu quan chức tình báo Mỹ Luis Elizondo, …, nói:` for
    the key `luis elizondo` (bench speech quotes left without a speaker, round 16). The name is a mention's text or a
    key, each word capitalised, no capitalised word right after it, and before it only a clause boundary, a cue, a
    filler or a place (not `công ty Nhã Phương`, `cha của Na Young`, `quản lý Khắc Việt`); one word only after a cue."""
    people: dict[str, Mention[OfficialValue]] = {}
    for m in officials:
        for name in (m.text, m.value.person_key):
            people.setdefault(name.casefold(), m)
    if not people:
        return []
    covered = [(m.start, m.end) for m in officials]
    ws = load_words_of_slots()
    added = []
    for start, end in _names_written(text, text.casefold(), sorted(people, key=len, reverse=True)):
        written = text[start:end]
        if (not all(w[:1].isupper() for w in written.split())
                or any(s < end and start < e for s, e in covered) or not _free_before(text, start, ws)):
            continue
        if " " not in written and not _cued(text, start, ws):
            continue  # one word is a name only after a cue: `Theo chuyên gia Koh,` (the bench audit at 293d010)
        m = people[written.casefold()]
        added.append(Mention(m.article_id, start, end, written, "speakers.named_again", m.value))
    return added


# What may not touch a name written whole: a letter or digit before it; a letter, digit, apostrophe or hyphen after
# it, or a capitalised word (the name goes on).
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\d]")
_NAME_GOES_ON = regex.compile(r"[\p{L}\d'’-]|\s+\p{Lu}")


def _names_written(text: str, folded: str, names: list[str]) -> list[tuple[int, int]]:
    """The spans where the case-folded `names` (longest first) are written whole in `text`, in any case, not
    overlapping: what `regex.finditer` of their alternation between `_LETTER_OR_DIGIT` and `_NAME_GOES_ON` finds,
    without compiling that pattern for each article: the names are found by `str.find` in `folded` (the text
    case-folded), which has the text's offsets unless folding changes its length (then the pattern is compiled)."""
    if len(folded) != len(text):
        either = "|".join(regex.escape(n) for n in names)
        return [found.span() for found in
                regex.finditer(rf"(?<![\p{{L}}\d])(?i:{either})(?![\p{{L}}\d'’-]|\s+\p{{Lu}})", text)]
    starts = set()
    for name in names:
        at = folded.find(name)
        while at >= 0:
            starts.add(at)
            at = folded.find(name, at + 1)
    spans: list[tuple[int, int]] = []
    for at in sorted(starts):
        if (spans and at < spans[-1][1]) or (at and _LETTER_OR_DIGIT.match(text, at - 1)):
            continue
        for name in names:
            if folded.startswith(name, at) and not _NAME_GOES_ON.match(text, at + len(name)):
                spans.append((at, at + len(name)))
                break
    return spans


# Up to CUE_MAX_WORDS words parted by spaces right before a place in the text.
_WORDS_BEFORE = regex.compile(rf"(?:[\p{{L}}\d]+[ \t]+){{1,{CUE_MAX_WORDS}}}$")


_CAPITAL_COMMA = regex.compile(r"\p{Lu}[\p{L}\d'’-]*\s*,\s*$")


def _free_before(text: str, at: int, ws: Words) -> bool:
    """Whether a name at `at` may name its speaker: a clause boundary right before it, or a cue (`HLV`, `nhà
    nghiên cứu`), a filler (`cũng`, `sau đó`) or a place (`Mỹ`) as the words before."""
    words = _WORDS_BEFORE.search(text, max(0, at - 40), at)
    if words is None:
        # a mark, a line's start, the text's start; not a comma after a capitalised word (`… người đứng đầu Real
        # Madrid và European Super League, Florentino Perez:`: an apposition, or a list)
        return _CAPITAL_COMMA.search(text, max(0, at - 40), at) is None
    low = words.group().casefold().split()
    tails = [" ".join(low[i:]) for i in range(len(low))]
    return any(t in ws.cues or t in ws.fillers or t in ws.places for t in tails)


def _cued(text: str, at: int, ws: Words) -> bool:
    """Whether a cue (`chuyên gia`, `ông`, `HLV`) is the words right before `at`, no object preposition before it
    (`tiết lộ những chi tiết thú vị về thầy Park:` names who is spoken about, not who speaks)."""
    words = _WORDS_BEFORE.search(text, max(0, at - 40), at)
    low = words.group().casefold().split() if words else []
    cue = next((i for i in range(len(low)) if " ".join(low[i:]) in ws.cues), None)
    return cue is not None and not (cue and low[cue - 1] in ws.object_prepositions)


def speaker_after(text: str, start: int, end: int, lex: Lexicon, cast: Cast) -> str | None:
    """`“…”, Thứ trưởng Lê Quốc Hùng nhấn mạnh.`: the speaker named after the quote's comma or dash,
    before a verb of saying in its sentence."""
    owner = lex.speech_of.match(text, end)
    if owner is not None and len(_WORD.findall(text, start, end)) >= SOURCE_QUOTE_MIN_WORDS:  # not a term's quotes
        return _owner_after(text, start, owner.end(), lex, cast)  # `“…”. Đó là khẳng định của ông X`
    lead = lex.speaker_lead.match(text, end)
    if lead is not None:
        lead_end = lead.end()
    elif end >= 2 and text[end - 2] in ",?!":
        # `“…,” Chủ tịch Quốc hội Nguyễn Thị Kim Ngân khẳng định.`, `“…?” ĐBQH X đặt câu hỏi.`
        lead_end = end
    else:
        return None
    source = load_words_of_slots().source_after.match(text, lead_end) if lead is not None else None
    if source is not None:
        return _source_after(text, start, end, source.end(), lex, cast)
    limit = min(len(text), end + SPEAKER_AFTER_CHARS)
    stop_at = _sentence_stop(text, lead_end, limit, lex)
    i = bisect.bisect_left(cast.starts, lead_end)
    if lead is None and text[end - 2] != ",":
        # After `?”` or `!”` a new sentence may begin: only a person named at once (after a short cue) speaks.
        if i >= len(cast.officials) or len(_WORD.findall(text, lead_end, cast.officials[i].start)) > CUE_MAX_WORDS:
            return None
    if i < len(cast.officials) and cast.officials[i].start < stop_at:
        official = cast.officials[i]
        named = _named_before(text, start, lead_end, official.start, lex, cast)
        if named is not None:
            return named
        apposition = _APPOSITION.match(text, official.end) is not None
        tail_end = min(len(text), official.end + (APPOSITION_CHARS if apposition else SPEAKER_AFTER_CHARS))
        verb = lex.speaker_verb.search(text, official.end, _sentence_stop(text, official.end, tail_end, lex))
        if verb is None and _dash_signed(text, start, end, lead_end, official, lex):
            return official.value.person_key
        if verb is None or not apposition and _passive(text, official.end, verb.start(), lex):
            return None  # `”, ông Huỳnh Tấn Vinh được mời tham dự và trình bày`: not what he said
        return official.value.person_key
    verb = lex.speaker_verb.search(text, lead_end, stop_at)
    if verb is None and load_words_of_slots().name_apposition.match(text, lead_end):  # `”, Bhramar Mukherjee, nhà dịch tễ học …, cho biết`
        far = _sentence_stop(text, lead_end, min(len(text), end + APPOSITION_CHARS), lex)
        verb = lex.speaker_verb.search(text, lead_end, far)
    if verb is None:
        return None
    return _read_slot(text, lead_end, verb.start(), start, lex, cast, after=True)


def _dash_signed(text: str, start: int, end: int, lead_end: int, official: Mention[OfficialValue], lex: Lexicon) -> bool:
    """Whether a quote of a sentence or more is signed after its dash by the person named at once, with no verb of
    saying and a short tail at most (`” – HLV Mario Gjurovski tỏ ra tự tin.`, `” - Thủ tướng Nguyễn Xuân Phúc.`:
    the blind audit at d104ac5)."""
    cue = text[lead_end:official.start].strip().casefold()
    if text[lead_end - 1] not in "–—-" or cue and cue not in load_words_of_slots().cues and cue not in {
            t.casefold() for t in official.value.titles}:
        return False  # not at once: `” - phóng viên hỏi ông X.`
    if len(_WORD.findall(text, start, end)) < SOURCE_QUOTE_MIN_WORDS:
        return False
    stop = _sentence_stop(text, official.end, min(len(text), official.end + SPEAKER_AFTER_CHARS), lex)
    return "\n" not in text[official.end:stop] and len(_WORD.findall(text, official.end, stop)) <= DASH_TAIL_WORDS


def _named_before(text: str, start: int, at: int, official_at: int, lex: Lexicon, cast: Cast) -> str | None:
    """The person whose name opens the slot at `at` before a comma, when a person found further on stands in that
    name's apposition (`”, Ratih Wardhani, người có anh trai là Thiếu tá Wisnu Subiyantoro - …, nói với BBC.`: she
    speaks, not her brother; the audit at 0c913fd), else None."""
    run = _FOREIGN_RUN.match(text, _SPACES.match(text, at).end())
    if run is None or not _APPOSITION.match(text, run.end()) or run.end() >= official_at:
        return None
    return _read_slot(text, at, run.end(), start, lex, cast, after=True)


def _owner_after(text: str, start: int, at: int, lex: Lexicon, cast: Cast) -> str | None:
    """The person named right after `của` at `at` (a cue or two before the name: `ông`, `Chủ tịch`), in its sentence;
    a name the officials stage missed is read as in any slot after a quote (`_read_slot`)."""
    stop = _sentence_stop(text, at, min(len(text), at + APPOSITION_CHARS), lex)
    i = bisect.bisect_left(cast.starts, at)
    if i < len(cast.officials) and cast.officials[i].start < stop:
        official = cast.officials[i]
        if len(_WORD.findall(text, at, official.start)) <= CUE_MAX_WORDS:
            return official.value.person_key
    run = _FOREIGN_RUN.search(text, at, stop)  # the slot ends with the name: `của Youn Yuh Jung | khi tới Mỹ`
    if run is None or len(_WORD.findall(text, at, run.start())) > CUE_MAX_WORDS:
        return None
    return _read_slot(text, at, _before_cue(text, run, stop), start, lex, cast, after=True)


def _before_cue(text: str, run: regex.Match[str], stop: int) -> int:
    """Where a run of capitalised words ends before a title written after the name in it (`Franz Klintsevich | Phó Chủ
    tịch thứ nhất …`): the first word after the run's first that opens a cue of up to CUE_MAX_WORDS words."""
    ws = load_words_of_slots()
    words = list(_WORD.finditer(text, run.start(), stop))
    for i, word in enumerate(words[1:], 1):
        if word.start() >= run.end():
            break
        low = [w.group().casefold() for w in words[i:i + CUE_MAX_WORDS]]
        if any(" ".join(low[:n]) in ws.cues or " ".join(low[:n]) in ws.deputies for n in range(1, len(low) + 1)):
            return words[i - 1].end()
    return run.end()


def _source_after(text: str, start: int, end: int, at: int, lex: Lexicon, cast: Cast) -> str | None:
    """`“…”, theo ông Brian Reardon, nhà vận động hành lang cho …`: the person named after `theo` (at `at`), right
    after a quote that opens its sentence and has SOURCE_QUOTE_MIN_WORDS words or more (not a term: `“X”, theo ông A,
    là …`), the name and its apposition ending the sentence."""
    if len(_WORD.findall(text, start, end)) < SOURCE_QUOTE_MIN_WORDS or _words_before(text, start, lex):
        return None
    stop = _sentence_stop(text, at, min(len(text), at + APPOSITION_CHARS), lex)
    i = bisect.bisect_left(cast.starts, at)
    if i < len(cast.officials) and cast.officials[i].start < stop:
        official = cast.officials[i]
        if len(_WORD.findall(text, at, official.start)) > CUE_MAX_WORDS:
            return None
        rest = text[official.end:stop]
        return official.value.person_key if not rest.strip() or _APPOSITION.match(rest) else None
    return _read_slot(text, at, stop, start, lex, cast, after=True)


def _passive(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether `được` or `bị` stands among the words in `[start, end)`."""
    return any(w.casefold() in load_words_of_slots().passive for w in lex.word.findall(text, start, end))


def _sentence_stop(text: str, start: int, limit: int, lex: Lexicon) -> int:
    """Where the sentence from `start` ends, before `limit`: not at the full stop of an initial
    (`”, anh L. chia sẻ.`)."""
    for stop in lex.sentence_end.finditer(text, start, limit):
        if not _initial_stop(text, stop.start()):
            return stop.start()
    return limit


def _initial_stop(text: str, at: int, titles: bool = True) -> bool:
    """Whether the full stop at `at` ends an initial (`anh L.`, `John A. Paulson`) or, with `titles`, a
    capitalised academic title (`PGS,TS.`), not a sentence."""
    if text[at] != ".":
        return False
    if at >= 1 and text[at - 1].isupper() and (at < 2 or not text[at - 2].isalpha()):
        return True
    return titles and _word_before(text, at) in load_words_of_slots().abbreviations  # `” - PGS,TS. Nguyễn nói.`


def _word_before(text: str, at: int) -> str:
    """The letters right before `at`."""
    begin = at
    while begin > 0 and text[begin - 1].isalpha() and at - begin < 8:
        begin -= 1
    return text[begin:at]


def speaker_heading(text: str, start: int, context_start: int, lex: Lexicon, cast: Cast) -> str | None:
    """`TS Đàm Quang Minh: “…”`, `Phó Chủ tịch UBND tỉnh Trần Châu thẳng thắn: “…”`: a person named
    before the colon, with at most MANNER_MAX_WORDS lower-case words after (how it is said) and
    cue words or the person's own title before."""
    official = nearest_before(text, start, lex, cast)
    if official is None:
        return None
    if official.start < context_start:
        return _heading_apposition(text, start, official, lex, cast)
    manner = _BRACKETED.sub("", text[official.end:start], count=1).strip()  # `Bà X (người dân xã Y) tiếc nuối:`
    if not manner.endswith(":") or not _MANNER.fullmatch(manner[:-1].strip()):
        return None
    cues = load_words_of_slots().cues
    before = [w.casefold() for w in lex.word.findall(text, context_start, official.start)]
    titles = {" ".join(w.casefold() for w in lex.word.findall(t)) for t in official.value.titles}
    if all(w in cues for w in before) or " ".join(before) in cues | titles:
        return official.value.person_key
    return None


def _heading_apposition(text: str, start: int, official: Mention[OfficialValue], lex: Lexicon, cast: Cast) -> str | None:
    """`Ông Đinh Công Xoan, Chủ tịch UBND xã Cư Pô: “…”`, `Bà X - giáo viên trường Y: “…”`: a person opening the
    sentence, an apposition after a comma or a dash that names nobody else, no verb and no sentence end, then the
    quote's colon (an interview's heading; the bench's null speakers)."""
    between = text[official.end:start].rstrip()
    if not between.endswith(":") or _APPOSITION.match(between) is None:
        return None
    words = lex.word.findall(between)
    if not words or len(words) > HEADING_APPOSITION_WORDS or lex.speaker_verb.search(between):
        return None
    begin = _sentence_begin(text, official.start, lex)
    cues = load_words_of_slots().cues
    lead = [w.casefold() for w in lex.word.findall(text, begin, official.start)]
    if not all(w in cues for w in lead) or text[begin:official.start].strip(" \t(").count(",") > 0:
        return None
    i = bisect.bisect_right(cast.starts, official.start)
    if i < len(cast.starts) and cast.starts[i] < start:
        return None  # `Ông A, ông B:` a list
    return official.value.person_key


def speaker_before(text: str, start: int, context_start: int, lex: Lexicon, cast: Cast) -> str | None:
    """`Ông Hùng nhấn mạnh: “…”`: the nearest person before the quote in its sentence, else the
    slot before the verb of saying (`Ông nói:`, `Thủ tướng Anh khi đó là Tony Blair nói:`)."""
    official = nearest_before(text, start, lex, cast)
    if official is not None and not _object_before_subject(text, official, start, lex):
        return _apposition_head(text, official, lex, cast).value.person_key
    verbs = list(lex.speaker_verb.finditer(text, context_start, start))
    if not verbs:
        return None
    verb = verbs[-1].start()
    named = None
    if lex.word.search(text, context_start, verb) is not None:
        named = _read_slot(text, context_start, verb, start, lex, cast, after=False)
    begin = _clause_begin(text, context_start, lex)
    if named is None and text[:context_start].rstrip().endswith((",", ")")) and not _CONNECTIVE.match(text, begin):
        # `Trudy Kortes, một nhân sự cấp cao của NASA, cho biết:`, `Giáo sư Jennifer Tour Chayes, thành viên …, Đại học
        # California, Berkeley, Mỹ chia sẻ:` (bench dantri-tech-136): the name opens the sentence, its apposition runs
        # to the verb
        named = _read_slot(text, begin, verb, start, lex, cast, after=True)
        lead = text.find(",", begin, context_start)
        if named is None and lead >= 0 and _cued_or_full(text, lead + 1, verb, lex):
            # after an opening phrase: `Cũng liên quan đến vấn đề này, Thạc sĩ Vũ Hoàng Sơn - giáo viên Trường tiểu học
            # Bình Hòa (quận Bình Thạnh – TP. HCM) cho hay:` (bench baomoi-22434335)
            named = _read_slot(text, lead + 1, verb, start, lex, cast, after=True)
    return named


def _cued_or_full(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether the words in `[start, end)` open with a cue and a name after it (`Thạc sĩ Vũ Hoàng Sơn - …`; not the bare
    `Đồng chí nhấn mạnh:`), or with two capitalised words (`Jonathan Amouyal, người đứng đầu …`; not a list of given
    names, `Ngọc, Trinh đều là …`)."""
    words = lex.word.findall(text, start, end)
    low = [w.casefold() for w in words]
    ws = load_words_of_slots()
    for size in range(min(CUE_MAX_WORDS, len(words) - 1), 0, -1):
        if " ".join(low[:size]) in ws.cues:
            return words[size][:1].isupper()
    return _TWO_CAPITALS.match(text, start, end) is not None


def _object_before_subject(text: str, official: Mention[OfficialValue], start: int, lex: Lexicon) -> bool:
    """Whether a person is the object of a preposition opening the sentence, a comma then parting them from
    the verb (`Nói về Vương Phi, chồng cũ của cô - Lý Á Bằng từng nhận xét: “…”`, the audit at 794b29b):
    the subject is after the comma."""
    ws = load_words_of_slots()
    before = [w.casefold() for w in lex.word.findall(text, _clause_begin(text, official.start, lex), official.start)]
    while before and before[-1] in ws.cues:
        before.pop()  # `về ông X`
    return bool(before) and before[-1] in load_words_of_slots().object_prepositions and "," in text[official.end:start]


def _apposition_head(text: str, official: Mention[OfficialValue], lex: Lexicon,
                     cast: Cast) -> Mention[OfficialValue]:
    """The person a sentence opens with when `official` stands in their apposition: `Sujit Kumar Singh,
    con rể của ông Singh nói:`, `Chị X – phụ huynh em Y lớp 9A1 … băn khoăn:` (a comma or dash after
    the first name, then a description, not another honorific: `Ông A, ông B nói` is a list)."""
    i = bisect.bisect_left(cast.starts, official.start) - 1
    if i < 0 or not _subject(text, i, lex, cast):
        return official
    head = cast.officials[i]
    lead = text[_clause_begin(text, head.start, lex):head.start].rsplit(",", 1)[-1]
    if len(lex.word.findall(lead)) > CUE_MAX_WORDS - 1:  # `Liên quan tới hợp đồng của HLV Park Hang Seo, …`
        return official
    between = text[head.end:official.start]
    opening = _APPOSITION.match(between)
    if opening is None or lex.sentence_end.search(between) or lex.speaker_verb.search(between):
        return official
    words = [w.casefold() for w in lex.word.findall(between)]
    if not words or words[0] in load_words_of_slots().cues or "và" in words or not lex.word.findall(between)[0].islower():
        return official
    return head


def source_opening(text: str, start: int, lex: Lexicon, cast: Cast) -> str | None:
    """`Theo ông Lavrov, … phía Mỹ sẽ phải "…"`: the person a sentence opens with as its source
    (`Theo`, `Cũng theo`, `Còn theo` + the person + a comma, or an apposition ending with the quote's colon)
    says the quotes in it."""
    begin = max(0, start - SOURCE_SENTENCE_CHARS)
    for stop in lex.sentence_end.finditer(text, begin, start):
        begin = stop.end()
    opening = load_words_of_slots().source_opening.match(text, begin, start)
    if opening is None:
        return None
    i = bisect.bisect_left(cast.starts, opening.end())
    if i >= len(cast.officials) or cast.officials[i].start >= start:
        return None
    person = cast.officials[i]
    between = text[opening.end():person.start]
    if len(_WORD.findall(between)) > CUE_MAX_WORDS:
        return None
    rest = text[person.end:start].rstrip()
    # or an apposition running to the quote's colon: `Theo bác sĩ CKII X - Trưởng khoa …: "…"`
    heading = rest.endswith(":") and _APPOSITION.match(rest) is not None and not lex.speaker_verb.search(rest)
    return person.value.person_key if text.startswith(",", person.end) or heading else None


def speaker_quoted(text: str, start: int, context_start: int, lex: Lexicon, cast: Cast) -> str | None:
    """`Tờ Indosport dẫn lời HLV Park Hang Seo: “…”`: a source quotes the person named after the cue
    (models_quoting_cues.txt) before the quote's colon, not the sentence's subject; None when no cue."""
    cues = list(lex.quoting_cue.finditer(text, context_start, start))
    if not cues:
        return None
    cue_end = cues[-1].end()
    official = nearest_before(text, start, lex, cast)
    if official is not None and official.start >= cue_end:
        return official.value.person_key
    colon = text.rfind(":", cue_end, start)
    verb = lex.speaker_verb.search(text, cue_end, colon)  # `dẫn lời một cựu thẩm phán cho hay:`
    return _read_slot(text, cue_end, verb.start() if verb else colon, start, lex, cast, after=False)


def speaker_previous(text: str, start: int, end: int, lex: Lexicon, cast: Cast) -> str | None:
    """A quote standing as a sentence of its own, right after a sentence whose subject reports what
    they said (`Phó Thủ tướng Vũ Đức Đam đánh giá …, rút ra được một số bài học. “…”.`, `Ông cho rằng,
    … . “…”`): that subject says it. Only the sentence just before, in the same paragraph."""
    before = text[:start].rstrip(" \t")
    if before.endswith("\n"):
        return _paragraph_goes_on(text, len(before), end, lex, cast)
    if not before or before[-1] not in ".!?…" or not _quote_ends_sentence(text, end):
        return None
    stop = len(before) - 1
    begin = _clause_begin(text, stop, lex)  # after a quote in it: `“…”, ông A nói. “…”.`
    i = bisect.bisect_left(cast.starts, begin)
    if i < len(cast.officials) and cast.officials[i].start < stop and _reports(text, cast.officials[i].end, stop, lex):
        if len(lex.word.findall(text, begin, cast.officials[i].start)) <= SUBJECT_MAX_WORDS:
            return cast.officials[i].value.person_key
        return None
    words = list(_WORD.finditer(text, begin, stop))
    pronouns = load_words_of_slots().pronouns
    if words and words[0].group().casefold() in pronouns and _reports(text, words[0].end(), stop, lex):
        word = words[0].group().casefold()
        return _antecedent(text, begin, pronouns[word], word, lex, cast)  # `Ông cho rằng, …`
    return _previous_slot(text, begin, stop, lex, cast)


def _paragraph_goes_on(text: str, line: int, end: int, lex: Lexicon, cast: Cast) -> str | None:
    """A quote that is the whole paragraph starting at `line`, right after a paragraph whose last sentence is a quote and
    its speaker after it (`"Năm 2021 sẽ là …", ông cho biết.` ¶ `"Bất kể thách thức …"`): that speaker goes on."""
    rest = text.find("\n", end)
    if text[end:len(text) if rest < 0 else rest].strip(" \t.") or line < 2:
        return None
    begin = text.rfind("\n", 0, line - 1) + 1
    close = max(text.rfind(mark, begin, line - 1) for mark in "”\"»")
    if close < 0 or text[_sentence_stop(text, close + 1, line - 1, lex):line - 1].strip(" \t."):
        return None  # the quote and its speaker are not the paragraph's last sentence
    opening = max(text.rfind(mark, begin, close) for mark in "“\"«")
    return speaker_after(text, max(begin, opening), close + 1, lex, cast)


def _previous_slot(text: str, begin: int, stop: int, lex: Lexicon, cast: Cast) -> str | None:
    """The speaker a sentence before a quote names by a title or a pronoun opening the clause of its verb of saying,
    nobody named in the sentence: `Thủ tướng cho rằng đây là một bài học …. “Tôi đã điện …”.`, `Khi được hỏi, …, ông
    khẳng định có thể tự lo được. “…”.` (the bench's null speakers, round 18)."""
    i = bisect.bisect_left(cast.starts, begin)
    if i < len(cast.officials) and cast.officials[i].start < stop:
        return None
    verb = lex.speech_verb.search(text, begin, stop)
    if verb is None:
        return None
    clause = max(begin, text.rfind(",", begin, verb.start()) + 1)
    words = lex.word.findall(text, clause, verb.start())
    if not words or len(words) > CUE_MAX_WORDS or load_words_of_slots().passive & {w.casefold() for w in words}:
        return None
    return _read_slot(text, clause, verb.start(), begin, lex, cast, after=False)


def _quote_ends_sentence(text: str, end: int) -> bool:
    """Whether a sentence or paragraph ends right after the quote (`”.`, `”` at a line's end)."""
    rest = text[end:end + 3].lstrip(" \t")
    return not rest or rest[0] in ".!?…\n"


def _reports(text: str, at: int, stop: int, lex: Lexicon) -> bool:
    """Whether a verb of saying follows a subject ending at `at`, at most SUBJECT_GAP_WORDS words on
    (`Vũ Đức Đam đánh giá`, `ông Khanh bảo`), not passive."""
    verb = lex.speech_verb.search(text, at, stop)
    if verb is None:
        return False
    gap = [w.casefold() for w in lex.word.findall(text, at, verb.start())]
    return len(gap) <= SUBJECT_GAP_WORDS and not load_words_of_slots().passive & set(gap)


def nearest_before(text: str, start: int, lex: Lexicon, cast: Cast) -> Mention[OfficialValue] | None:
    """The nearest person mention before `start` in the same sentence, within SPEAKER_BEFORE_CHARS."""
    i = bisect.bisect_left(cast.starts, start) - 1
    if i < 0:
        return None
    official = cast.officials[i]
    if official.end > start or start - official.end > SPEAKER_BEFORE_CHARS:
        return None
    if _sentence_stop(text, official.end, start, lex) < start:
        return None  # not the full stop of `TP. Cần Thơ` (the audit at 8bac1e9)
    return official


def subject_before(text: str, start: int, lex: Lexicon, cast: Cast, relaxed: bool = False) -> str | None:
    """The person named before the verb that frames a quote, in its sentence (not its object):
    `bà Minh cho rằng “oan sai”`, `Trung tướng Đỗ Kim Tuyến - Phó Tổng cục trưởng …, cho hay “…”`.
    `relaxed` (for a quote read as speech already): the verb nearest the quote, and the person may be
    far before it when they open their clause (`Tổng thống Nicolas Maduro đã lên án tình hình bạo lực và
    cho rằng “…”`)."""
    official = nearest_before(text, start, lex, cast)
    if official is None:
        return _titled_subject(text, start, lex, cast)
    verbs = list(lex.speech_verb.finditer(text, official.end, start))
    verb = verbs[-1] if relaxed and verbs else verbs[0] if verbs else None
    if verb is None or not _frames(lex.word.findall(text, verb.end(), start), relaxed):
        return None
    return official.value.person_key if _says(text, official, verb.start(), lex, relaxed) else None


def _frames(said: list[str], relaxed: bool) -> bool:
    """Whether a verb of saying frames a quote, `said` the words between them: fewer than FRAME_WORDS, and (unless
    `relaxed`) not what the words are about (`Nguyên Vũ bộc bạch về lần “cạch mặt”`: no speech)."""
    about = bool(said) and said[0] in load_words_of_slots().about
    return len(said) < FRAME_WORDS and (relaxed or not about)


def _titled_subject(text: str, start: int, lex: Lexicon, cast: Cast) -> str | None:
    """The person a bare title names as the subject of the verb framing a quote, when the sentence names nobody before
    it: `Ngoài 12 dự án …, Phó thủ tướng cho rằng “…”` is the Phó thủ tướng named before (`_title_holder`; the bench
    audit at 245cb63 left it null)."""
    begin = _sentence_begin(text, start, lex)
    verbs = list(lex.speech_verb.finditer(text, begin, start))
    if not verbs or not _frames(lex.word.findall(text, verbs[-1].end(), start), relaxed=False):
        return None  # `Bí thư Yên Bái nói về dinh cơ 'siêu khủng'`
    verb = verbs[-1].start()
    clause = max(begin, *(text.rfind(mark, begin, verb) + 1 for mark in ",;:"))
    found = list(_WORD.finditer(text, clause, verb))
    fillers = load_words_of_slots().fillers
    while found and found[-1].group().casefold() in fillers:
        found.pop()  # `Phó thủ tướng cũng cho rằng`
    low = [m.group().rstrip(".").casefold() for m in found]
    return _title_holder(Slot(text, found, low, verb), start, cast) if found else None


def sentence_reporter(text: str, start: int, lex: Lexicon, cast: Cast) -> str | None:
    """The person who opens a quote's sentence and reports it with a verb of saying, the quote further on in
    that sentence: `HLV Lê Huỳnh Đức cho biết, nếu gặp lại HA Gia Lai, Đà Nẵng chắc chắn sẽ chơi khác, …: “…”`,
    `Tổng thống Duterte, một người sinh trưởng tại Mindanao, nói cảnh sát trưởng … “…”` (the bench audit: speakers
    named at a sentence's start left null). Nobody else is named, and no other verb of saying (but a passive one:
    `được đánh giá là`) stands, between the verb and the quote; the sentence starts at most REPORT_CHARS before."""
    near = bisect.bisect_left(cast.starts, start - REPORT_CHARS)
    if near >= len(cast.officials) or cast.officials[near].end > start:
        return None  # nobody named in reach: the sentence need not be found
    begin = _sentence_begin(text, start, lex)
    i = bisect.bisect_left(cast.starts, begin)
    if i >= len(cast.officials) or cast.officials[i].end > start:
        return None
    person = cast.officials[i]
    if not _opens_clause(text, person.start, lex):
        return None  # `Theo ông A, …`, `Trong buổi làm việc với ông A, …`
    verb = lex.speech_verb.search(text, person.end, start)
    # an apposition between commas may run long: `Vừa là doanh nhân, …, thầy Nguyễn Phúc Khoa, hiện giảng dạy tại …,
    # Chủ tịch HĐQT Công ty CP … (VISSAN) cũng cho biết:` (the bench audit at 293d010)
    comma = text[person.end:person.end + 1] == ","
    if verb is None or not (_says(text, person, verb.start(), lex, relaxed=comma)
                            or _apposed(text, person, verb.start(), lex)):
        return None
    if any(m.value.person_key != person.value.person_key
           for m in cast.officials[i + 1:bisect.bisect_left(cast.starts, start)]):
        return None  # `Ông A cho biết, bà B nói: “…”`, `Ông A gặp bà B và cho biết …`
    if _QUOTED_AFTER_COLON.search(text, verb.end(), start):
        return None  # `Brenda Song từng chia sẻ về bạn trai: “…” còn Macaulay tự hào về …: “…”`: the verb's own quote
    for other in lex.speaker_verb.finditer(text, verb.end(), start):
        words = lex.word.findall(text, max(verb.end(), other.start() - 12), other.start())
        if not (words and words[-1].casefold() in load_words_of_slots().passive):
            return None  # `Bộ trưởng A cho biết, Thủ tướng đã chỉ đạo: “…”`
    return person.value.person_key


def colon_subject(text: str, start: int, lex: Lexicon, cast: Cast) -> str | None:
    """The person who opens the sentence of a quote read as speech after a colon, when no verb of saying frames it:
    `Luật sư Nguyễn Văn Chiến, đoàn ĐBQH thành phố Hà Nội thẳng thắn: “…”`, `ông Assange đăng trên trang mạng xã
    hội Twitter cá nhân: “…”` (the bench: speakers named at a sentence's start left null). Nobody else is named
    before the colon, the clause before it has at most COLON_PREDICATE_WORDS words, and no passive (`nhận được`,
    `bị`), someone else's words (`lời`, `dẫn lời`), list (`A và B`) or verb of saying (`speaker_before` reads its
    slot)."""
    colon = text.rfind(":", max(0, start - SPEAKER_BEFORE_CHARS), start)
    if colon < 0 or text[colon + 1:start].strip(_QUOTE_MARKS + " "):
        return None
    begin = _sentence_begin(text, colon, lex)
    i = bisect.bisect_left(cast.starts, begin)
    if i >= len(cast.officials) or cast.officials[i].end > colon or not _opens_clause(text, cast.officials[i].start, lex):
        return None
    person = cast.officials[i]
    if any(m.value.person_key != person.value.person_key
           for m in cast.officials[i + 1:bisect.bisect_left(cast.starts, colon)]):
        return None
    ws = load_words_of_slots()
    said = lex.word.findall(text, person.end, colon)
    words = {w.casefold() for w in said}
    clause = max(person.end, text.rfind(",", person.end, colon) + 1)
    if (ws.passive | ws.speech_nouns) & words or lex.quoting_cue.search(text, person.end, colon) or len(
            lex.word.findall(text, clause, colon)) > COLON_PREDICATE_WORDS:
        return None
    if said[:1] and said[0].casefold() in ws.conjunctions or lex.speaker_verb.search(text, person.end, colon):
        return None  # `Thái và Cường … chủ quán … kể:` (a list; a verb of saying's slot is read by speaker_before)
    return person.value.person_key


def _apposed(text: str, person: Mention[OfficialValue], verb_at: int, lex: Lexicon) -> bool:
    """Whether an apposition opened by a dash or a bracket parts a person from their verb: `Ông X - Giám đốc Sở
    Y cho biết`, `Ông X (xã Y, huyện Z) … chia sẻ` (no comma closes it); not `X và Y …` (a list), not passive."""
    between = text[person.end:verb_at]
    if not (between.lstrip().startswith(("-", "–", "—", "(")) and _APPOSITION.match(between) or between.lstrip()[:1] == "("):
        return False
    return not load_words_of_slots().passive & {w.casefold() for w in lex.word.findall(between)}


def _sentence_begin(text: str, at: int, lex: Lexicon) -> int:
    """Where the sentence holding `at` begins (not after an initial's full stop), at most REPORT_CHARS back."""
    begin = max(0, at - REPORT_CHARS)
    for stop in lex.sentence_end.finditer(text, begin, at):
        if not _initial_stop(text, stop.start(), titles=False):
            begin = stop.end()
    return begin


def subject_before_colon(text: str, start: int, lex: Lexicon, cast: Cast) -> str | None:
    """The subject of a sentence whose verb of saying has an object before the quote's colon:
    `Ông Nguyễn Đăng Thuần, Phó chủ tịch UBND xã Phù Việt (Thạch Hà) kể lại một câu chuyện cười ra nước
    mắt: “…”` (at most COLON_OBJECT_WORDS words after the verb)."""
    official = nearest_before(text, start, lex, cast)
    if official is None:
        return _object_slot(text, start, lex, cast)
    verbs = list(lex.speaker_verb.finditer(text, official.end, start))
    if not verbs or len(lex.word.findall(text, verbs[-1].end(), start)) > COLON_OBJECT_WORDS:
        return None
    return official.value.person_key if _says(text, official, verbs[-1].start(), lex, True) else None


def _object_slot(text: str, start: int, lex: Lexicon, cast: Cast) -> str | None:
    """With nobody the officials stage gave in the sentence, the words opening the clause of the last verb of saying
    before a quote's colon, its object at most COLON_OBJECT_WORDS words: a pronoun, a description or a name (`Thậm chí,
    cô còn đặt câu hỏi ngược lại cho truyền thông:`, `Monica từng nói về cuộc hôn nhân của mình với tài tử người
    Pháp:`), or a name and its apposition opening the sentence (`Martin Ledwick, người phụ trách …, nói trong một
    tuyên bố với báo chí:`). Not after a quoting cue (`nhắc lại lời`: someone else's words)."""
    colon = text.rfind(":", max(0, start - SPEAKER_BEFORE_CHARS), start)
    if colon < 0 or text[colon + 1:start].strip(_QUOTE_MARKS + " "):
        return None
    begin = _sentence_begin(text, colon, lex)
    ws = load_words_of_slots()
    for found in reversed(list(lex.speaker_verb.finditer(text, begin, colon))):  # `nói trong một tuyên bố`: a noun last
        verb = found.start()
        said = {w.casefold() for w in lex.word.findall(text, verb, colon)}
        if len(lex.word.findall(text, found.end(), colon)) > COLON_OBJECT_WORDS or lex.quoting_cue.search(
                text, verb, colon) or (ws.speech_nouns | ws.passive) & said:
            return None  # someone else's words, or a passive (`Câu hỏi quan trọng được đặt ra đó là:`)
        clause = max(begin, *(text.rfind(mark, begin, verb) + 1 for mark in ",;"))
        words = {w.casefold() for w in lex.word.findall(text, clause, verb)}
        if ws.passive & words:
            return None
        if words:
            named = _read_slot(text, clause, verb, start, lex, cast, after=False)
        elif clause > begin and ws.name_apposition.match(text, begin):
            named = _read_slot(text, begin, verb, start, lex, cast, after=True)
        else:
            named = None
        if named is not None:
            return named
    return None


def _says(text: str, official: Mention[OfficialValue], verb_at: int, lex: Lexicon, relaxed: bool) -> bool:
    """Whether the person is the subject of the verb at `verb_at`: at most SUBJECT_GAP_WORDS between, an
    apposition between commas or after a dash, or (`relaxed`) the person opens their clause (`…, bà Sonal
    Varma, nhà kinh tế trưởng … cho rằng`); not passive (`Lưu Diệc Phi được cho rằng có “bệ đỡ”`)."""
    between = text[official.end:verb_at]
    gap = [w.casefold() for w in lex.word.findall(between)]
    if gap and gap[-1] in load_words_of_slots().passive or relaxed and load_words_of_slots().passive & set(gap):
        return False
    apposition = _APPOSITION.match(between) is not None and between.rstrip().endswith(",")
    return ((_unfilled(gap) if relaxed else len(gap)) <= SUBJECT_GAP_WORDS or apposition
            or relaxed and _opens_clause(text, official.start, lex))


def _unfilled(words: list[str]) -> int:
    """How many of the casefolded `words` are no filler (models_speaker_fillers.txt: `trước đó cũng`, `sau đó đã`):
    `Recep Tayyip Erdogan trước đó cũng tuyên bố “…”` has none between the person and the verb."""
    fillers = load_words_of_slots().plain_fillers
    n, i = 0, 0
    while i < len(words):
        if i + 1 < len(words) and f"{words[i]} {words[i + 1]}" in fillers:
            i += 2
            continue
        n += words[i] not in fillers
        i += 1
    return n


def _opens_clause(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a person at `at` opens their clause: at most CLAUSE_LEAD_WORDS words since the sentence's
    start or a comma, none of them a preposition (`Tổng thống Nicolas Maduro`, `Trong đó, có bà Thúy
    Nguyễn`; not `Theo ông A, B …`, `gặp ông A`)."""
    begin = _clause_begin(text, at, lex)
    begin = max(begin, *(text.rfind(mark, begin, at) + 1 for mark in ",;:"))
    lead = [w.casefold() for w in lex.word.findall(text, begin, at)]
    return len(lead) <= CLAUSE_LEAD_WORDS and not load_words_of_slots().clause_lead_breaks & set(lead)


def _read_slot(text: str, start: int, end: int, quote_at: int, lex: Lexicon, cast: Cast, after: bool) -> str | None:
    """The speaker named by the words in `[start, end)`: a pronoun, a title or a name (module doc)."""
    found = list(_WORD.finditer(text, start, end))
    ws = load_words_of_slots()
    low = [m.group().rstrip(".").casefold() for m in found]
    first, last = 0, len(low)
    while first < last and low[first] in ws.fillers:
        first += 1
    while last > first and low[last - 1] in ws.fillers:
        last -= 1
    if first == last:
        return None
    phrase = " ".join(low[first:last])
    if phrase in ws.pronouns:
        # a bare pronoun (`ông`, `cô ấy`) may reach back further than `ông này`, `vị này`, which point at the person
        # just described, often one the article does not name (`một đại diện Vụ …`)
        far = phrase.split()[-1] not in load_words_of_slots().pointing
        return _antecedent(text, quote_at, ws.pronouns[phrase], phrase.split()[0], lex, cast, far)
    gender = _description([m.group() for m in found[first:last]], low[first:last], ws)
    if gender is not None:  # `Nam ca sĩ cho biết:`, `”, vị chuyên gia này cho biết.`
        return _antecedent(text, quote_at, gender, None, lex, cast)
    slot = Slot(text, found[first:last], low[first:last], end)
    run = _name_run(slot, ws, after)
    if run is not None:  # `bác sĩ Thành` is the article's Bùi Đức Thành before any title
        known = _article_person(key(" ".join(slot.word(i) for i in range(*run[:2]))), quote_at, cast)
        if known is not None:
            return known
    titled = _title_holder(slot, quote_at, cast)
    if titled is not None or run is None:
        return titled
    return _new_name(slot, run, ws)


@dataclass(slots=True)
class Slot:
    """The words naming a speaker (fillers dropped), casefolded alongside, and where the slot ends."""

    text: str
    found: list[regex.Match[str]]
    low: list[str]
    end: int

    def word(self, i: int) -> str:
        return self.found[i].group().rstrip(".")

    def rest_after(self, i: int) -> str:
        """The slot's text after word `i`."""
        return self.text[self.found[i].end():self.end]

    def span(self, i: int, j: int) -> str:
        """Words `[i, j)` parted by spaces, hyphens kept (`Zhong-Qiang Chen`)."""
        out = self.word(i)
        for m in range(i + 1, j):
            hyphen = self.text.startswith("-", self.found[m - 1].end())
            out += ("-" if hyphen else " ") + self.word(m)
        return out


def _description(words: list[str], low: list[str], ws: Words) -> str | None:
    """The gender ('m', 'f' or '') of a description standing for a person named before
    (models_speaker_descriptions.tsv: `Nữ diễn viên xinh đẹp`, `vị chuyên gia này`, `nữ MC`), else None. A head
    followed by what singles one person out, a birth year, an age or an origin, needs neither `nam`/`nữ` nor `này`
    (`ngôi sao sinh năm 1981`, `Nữ diễn viên 31 tuổi`, `HLV người Hàn Quốc`, `cầu thủ bóng đá 30 tuổi`)."""
    gender = ws.descriptions.get(low[0], "") if low else ""
    begin = 1 if gender in ("m", "f") else 0
    this = len(low) > begin + 1 and ws.descriptions.get(low[-1]) == "this"
    end = len(low) - this
    size = next((n for n in range(min(3, end - begin), 0, -1) if " ".join(low[begin:begin + n]) in ws.cues
                 or ws.descriptions.get(" ".join(low[begin:begin + n])) == "head"), 0)
    head = begin + size
    if not size or any(w[:1].isupper() and not w.isupper() for w in words[1:head]):
        return None  # a capital in the head: a name (`Nam Đăng Khôi`); a cue's acronym is one (`nữ MC`)
    at, after = _identifying_tail(words, low, head, end, ws) or (end, end)
    plain = words[head:at] + words[after:end]
    if any(w[:1].isupper() for w in plain) or len(plain) > MANNER_MAX_WORDS or not (begin or this or after > at):
        return None  # a capital after the head: a name (`Nam ca sĩ Đăng Khôi`)
    return gender if begin else ""


def _identifying_tail(words: list[str], low: list[str], start: int, end: int, ws: Words) -> tuple[int, int] | None:
    """Where a birth year (`sinh năm 1981`), an age (`31 tuổi`) or an origin (`người Hàn Quốc`) starts and ends in
    words `[start, end)` of a description (roles year, age, origin of models_speaker_descriptions.tsv), else None."""
    for i in range(start, end):
        two = " ".join(low[i:i + 2])
        if ws.descriptions.get(two) == "year" and i + 2 < end and low[i + 2].isdigit() and len(low[i + 2]) == 4:
            return i, i + 3
        if low[i].isdigit() and i + 1 < end and ws.descriptions.get(low[i + 1]) == "age":
            return i, i + 2
        if ws.descriptions.get(low[i]) == "origin" and i + 1 < end and words[i + 1][:1].isupper():
            j = i + 1
            while j < min(end, i + 1 + ORIGIN_MAX_WORDS) and words[j][:1].isupper() and not words[j].isupper():
                j += 1
            return i, j
    return None


def _antecedent(text: str, at: int, gender: str, honorific: str | None, lex: Lexicon, cast: Cast,
                far: bool = False) -> str | None:
    """Whom a pronoun or a description (of `gender`: 'm', 'f' or '') before `at` stands for: the
    person named last as a sentence's subject, or the person written last with the pronoun's word
    as `honorific` (`chị Đào chưa bao giờ … ”, chị kể.`,
    `vợ chồng anh Võ Dương … ” - anh kể lại.`), whichever is nearer; the latter when the subject
    is of the other gender (`Chị Bình - vợ anh Được - … ”, chị nói.`)."""
    subject = _subject_antecedent(text, at, gender, lex, cast, far)
    named = _honorific_antecedent(text, at, honorific, lex, cast) if honorific else None
    if named is not None and (subject is None or subject[1] is None or named[0] > subject[0]):
        return named[1]
    return subject[1] if subject is not None else None


@functools.cache
def _honorific_name(word: str) -> regex.Pattern[str]:
    """An honorific and the name after it (`chị Đào`, `anh H.`, `chị L.P`, `bà Von der Leyen`)."""
    particles = load_words_of_slots().particles
    return regex.compile(rf"(?<![\p{{L}}\d])(?P<honorific>(?i:{regex.escape(word)}))\s+"
                         rf"(?P<name>{_CAPITAL}(?:(?:\s{particles})*\s?{_CAPITAL}){{0,3}})(?![\p{{L}}\d])")


def _subject_antecedent(text: str, at: int, gender: str, lex: Lexicon, cast: Cast,
                        far: bool = False) -> tuple[int, str | None] | None:
    """Where the person named last as a sentence's subject before `at` starts, in this paragraph or
    the one before, within ANTECEDENT_CHARS, and their key; the key is None when the person's gender
    is not the pronoun's. A foreign name the officials stage did not give, standing as a sentence's
    subject after that person (or with nobody given before it), is that person (`Roland Rajah, chuyên
    gia … cho rằng, … ¶ “…”, chuyên gia này đánh giá.`). With `far` (a bare pronoun) a person named further back
    is still found when nobody else is named since (`_only_person`) and no foreign name the officials stage missed
    stands between."""
    i = bisect.bisect_left(cast.starts, at) - 1
    keys: set[str] = set()  # the people named between mention i and `at`
    while i >= 0:
        m = cast.officials[i]
        if at - m.end > ANTECEDENT_CHARS or text.count("\n", m.end, at) > 1:
            if not (far and _only_person(text, m, at, keys) and not _foreign_name_between(text, m.end, at, cast)):
                break
        keys.add(m.value.person_key)
        if _subject(text, i, lex, cast) and not _pronoun_opens(text, m.start, lex):
            if _stranger(text, m.end, at, lex, cast):
                return _last_stranger(text, m.end, at, lex, cast, speaking=True) or (m.start, None)
            if gender and _gender(text, m.start) not in ("", gender):
                return m.start, None
            return m.start, m.value.person_key
        i -= 1
    begin = max(0, at - ANTECEDENT_CHARS)
    newline = text.rfind("\n", begin, at)
    if newline >= 0:
        begin = text.rfind("\n", begin, newline) + 1 or begin
    return _last_stranger(text, begin, at, lex, cast, speaking=True)


def _foreign_name_between(text: str, start: int, end: int, cast: Cast) -> bool:
    """Whether a foreign name the officials stage did not give stands anywhere in `[start, end)` (`Theo nhà vật
    lý … C. Alex Young của NASA, … Ông nói: “…”`: he may be whom the pronoun means)."""
    ws = load_words_of_slots()
    for m in _FOREIGN_RUN.finditer(text, start, end):
        words = m.group().split()
        if _not_foreign_name(words, ws, strict=True) or any(w.isupper() for w in words):
            continue
        i = bisect.bisect_right(cast.starts, m.start()) - 1
        if not (i >= 0 and cast.officials[i].end > m.start()):
            return True
    return False


def _only_person(text: str, m: Mention[OfficialValue], at: int, keys: set[str]) -> bool:
    """Whether a person named further back than a pronoun's reach (ANTECEDENT_CHARS, the paragraph before) is
    still whom it stands for: nobody else named since, within FAR_ANTECEDENT_CHARS and FAR_ANTECEDENT_PARAGRAPHS
    (`Ông Sáu chia sẻ: “…” ¶ … ¶ … ¶ “…”, ông nói.`)."""
    return (keys <= {m.value.person_key} and at - m.end <= FAR_ANTECEDENT_CHARS
            and text.count("\n", m.end, at) <= FAR_ANTECEDENT_PARAGRAPHS)


def _honorific_antecedent(text: str, at: int, word: str, lex: Lexicon, cast: Cast) -> tuple[int, str] | None:
    """Where the last name written after the honorific `word` before `at` starts (in this paragraph
    or the one before, within ANTECEDENT_CHARS, no stranger after it), and its key: the article's
    person of that name, else the name's own key (`chị L.P`). A capitalised `Anh` inside a
    sentence is the country (`Thủ tướng Anh Boris Johnson`)."""
    begin = max(0, at - ANTECEDENT_CHARS)
    newline = text.rfind("\n", begin, at)
    if newline >= 0:
        begin = text.rfind("\n", begin, newline) + 1 or begin
    last = None
    for m in _honorific_name(word).finditer(text, begin, at):
        if m.group("honorific")[0].isupper() and _words_before(text, m.start(), lex):
            continue
        if m.group().casefold() not in load_words_of_slots().places:  # `Bà Rịa`
            last = m
    if last is None or _stranger(text, last.end(), at, lex, cast):
        return None
    name = key(last.group("name"))
    return last.start("name"), _article_person(name, at, cast) or name


def _stranger(text: str, start: int, end: int, lex: Lexicon, cast: Cast) -> bool:
    """Whether a foreign name the officials stage did not give (two or more capitalised words)
    stands as a sentence's subject in `[start, end)`: `Bộ trưởng …, John Kelly phát biểu` may be
    whom a pronoun means; not `… phản đối European Super League.`"""
    return _last_stranger(text, start, end, lex, cast) is not None


def _last_stranger(text: str, start: int, end: int, lex: Lexicon, cast: Cast,
                   speaking: bool = False) -> tuple[int, str] | None:
    """Where the last such foreign name in `[start, end)` starts, and its key (`_stranger`); with `speaking`,
    only a name that opens its clause and is followed by a verb of saying in its sentence (`Roland Rajah,
    chuyên gia … cho rằng`; not `rút khỏi European Super League`, `sự lôi kéo của Florentino Perez`)."""
    ws = load_words_of_slots()
    last = None
    for m in _FOREIGN_RUN.finditer(text, start, end):
        words = m.group().split()
        if (_not_foreign_name(words, ws, strict=True) or any(w.isupper() for w in words)
                or _words_before(text, m.start(), lex) > SUBJECT_MAX_WORDS or _work_title(text, m.start(), lex)
                or _after_break(text, m.start(), lex)):
            # a place, a Vietnamese name, an acronym, no sentence's subject, a work's title, or the object of a
            # preposition (`Martin Nolan, giám đốc điều hành của Julian's Auctions, …`)
            continue
        i = bisect.bisect_right(cast.starts, m.start()) - 1
        if not (i >= 0 and cast.officials[i].end > m.start() or i + 1 < len(cast.starts)
                and cast.starts[i + 1] < m.end()) and (not speaking or _speaks(text, m, lex)):
            last = m.start(), key(m.group())
    return last


def _after_break(text: str, at: int, lex: Lexicon) -> bool:
    """Whether `của` (of) stands right before `at`: what follows is a possessor, an organisation, no subject. Not
    `với` (`Al Horford là đồng hương với Amelia Vega. … Hoa hậu …, cô viết:`: she may be whom a pronoun means)."""
    words = lex.word.findall(text, max(0, at - 12), at)
    return bool(words) and words[-1].casefold() in load_words_of_slots().possessive


def _pronoun_opens(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a pronoun opens the sentence holding a person at `at`, other words between (`Ông nhắc đến những hình
    ảnh chị Đại, anh Hai …`): the pronoun is its subject, the person its object; not a cue (`Cô giáo Lan`)."""
    words = [w.casefold() for w in lex.word.findall(text, _clause_begin(text, at, lex), at)]
    ws = load_words_of_slots()
    return len(words) >= 3 and words[0] in ws.pronouns and " ".join(words[:2]) not in ws.cues


def _work_title(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a work's noun (models_work_titles.txt) stands right before `at`: `trong bộ phim Friends With Benefits` names
    a film, no person."""
    low = [w.casefold() for w in lex.word.findall(text, max(0, at - 16), at)][-2:]
    return any(" ".join(low[i:]) in lex.works for i in range(len(low)))


def _speaks(text: str, name: regex.Match[str], lex: Lexicon) -> bool:
    """Whether a name opens its clause and a verb of saying follows it in its sentence."""
    if not _opens_clause(text, name.start(), lex):
        return False
    stop = _sentence_stop(text, name.end(), min(len(text), name.end() + APPOSITION_CHARS), lex)
    return lex.speech_verb.search(text, name.end(), stop) is not None


def _subject(text: str, i: int, lex: Lexicon, cast: Cast) -> bool:
    """Whether mention `i` is the first person of its sentence (or after a quote in it), at most
    SUBJECT_MAX_WORDS words in."""
    m = cast.officials[i]
    begin = _clause_begin(text, m.start, lex)
    if i > 0 and cast.officials[i - 1].end > begin:
        return cast.officials[i - 1].value.person_key == m.value.person_key
    lead = [w.casefold() for w in lex.word.findall(text, begin, m.start)]
    # `Cùng Trương Quốc Lập, …, Vương Cương trở thành …`: with whom, not who
    return len(lead) <= SUBJECT_MAX_WORDS and not (len(lead) == 1 and lead[0] in load_words_of_slots().comitative)


def _clause_begin(text: str, at: int, lex: Lexicon) -> int:
    """Where the sentence holding `at` begins, or the quote in it before `at` ends (`“…”, ông Dan
    Yergin nhận định.`: the speaker after a quote is a subject)."""
    begin = max(0, at - 400)
    for stop in lex.sentence_end.finditer(text, begin, at):
        if not _initial_stop(text, stop.start(), titles=False):  # `… Harvard John A. Paulson, cho biết:`
            begin = stop.end()
    for mark in lex.quote_mark.finditer(text, begin, at):
        begin = mark.end()
    return begin


def _words_before(text: str, at: int, lex: Lexicon) -> int:
    """How many words of its sentence (or after a quote in it) come before `at`."""
    return len(lex.word.findall(text, _clause_begin(text, at, lex), at))


def _gender(text: str, at: int) -> str:
    """The gender the honorific right before a name gives (`ông X` m, `bà X` f), else ''."""
    words = _WORD.findall(text, max(0, at - 8), at)
    return load_words_of_slots().pronouns.get(words[-1].casefold(), "") if words else ""


def _title_holder(slot: Slot, at: int, cast: Cast) -> str | None:
    """The person, named before `at` (else after), one of whose titles the slot is, at least two
    words (`Thủ tướng` for `Thủ tướng Chính phủ`; more words of the slot only after a comma or
    dash: `Phó vụ trưởng Vụ Đào tạo chính quy, Tổng cục …`); nearest first."""
    low = slot.low
    if len(low) < 2:
        return None
    i = bisect.bisect_left(cast.starts, at)
    for j in list(range(i - 1, -1, -1)) + list(range(i, len(cast.officials))):
        for title in cast.officials[j].value.titles:
            words = [w.casefold() for w in _WORD.findall(title)]
            n = 0
            while n < min(len(words), len(low)) and words[n].rstrip(".") == low[n]:
                n += 1
            if n >= 2 and (n == len(low) or n == len(words) and _APPOSITION.match(slot.rest_after(n - 1))
                           or _shortened(low[n:], words[n:])):
                return cast.officials[j].value.person_key
    return None


def _shortened(rest: list[str], title_rest: list[str]) -> bool:
    """Whether the slot's words after a title's role are the title's in order with some left out: the title
    written short (`Chủ tịch TP Hà Nội` for `Chủ tịch UBND TP Hà Nội`), its last word kept."""
    if not rest or not title_rest or rest[-1] != title_rest[-1].rstrip("."):
        return False
    words = iter(w.rstrip(".") for w in title_rest)
    return all(w in words for w in rest)


def _name_run(slot: Slot, ws: Words, after: bool) -> tuple[int, int, bool] | None:
    """The words `[k, n)` of the slot that name its speaker, and whether a cue word precedes them:
    `[cue] Name [, apposition]` after the quote, `[cue] Name` before it; None if none."""
    words = [slot.word(i) for i in range(len(slot.low))]
    upper = [w[:1].isupper() for w in words]
    if after:  # `[cue] Name [, apposition]`: the name opens the slot
        # `Bộ trưởng Hamacek`, `Giáo sư Grigory Kosach`; `anh Hùng` (not the cue `anh hùng`)
        begin = next((size for size in range(min(CUE_MAX_WORDS, len(words) - 1), 0, -1)
                      if " ".join(slot.low[:size]) in ws.cues and upper[size]), 0)
        if begin == 0:
            described = _described_run(slot, words, upper, ws)
            if described is not None:
                return described
        k = next((i for i in range(begin, len(words)) if upper[i]), len(words))
        n = _run_end(slot, k, upper)
        if k == n or k - begin > 2:
            return None
        if not _name_tail(slot, n):
            # a name alone or after an honorific may be followed by how it is said (`”, chị T buồn rầu nói.`,
            # `”, Mia Yim vui vẻ chia sẻ`); not after a title (`”, Cục trưởng Kinh tế nói.`: the rest of an
            # organisation's name)
            manner_ok = _manner_after_bare_name(slot, k, n, words, ws) if k == 0 else slot.low[k - 1] in ws.pronouns
            if not (manner_ok and len(words) - n <= MANNER_MAX_WORDS and not any(upper[n:])):
                return None
    else:  # `[cue] Name nói:`: the name is the whole slot
        n = k = len(words)
        while k > 0 and upper[k - 1] and n - k < NAME_MAX_WORDS:
            k -= 1
    while k < n and slot.low[k] in ws.cues:
        k += 1  # `Bà Hà nói:`, `Thượng tá Lê Văn A`
    if k == n:
        return None
    cue = next((c for c in (" ".join(slot.low[k - size:k]) for size in range(min(CUE_MAX_WORDS, k), 0, -1))
                if c in ws.cues), None)
    if k > 0 and cue is None:
        # `”, đại diện Vietcombank cho biết`, `Người đứng đầu Real Madrid nhấn mạnh:`,
        # `… làm việc với Florentino Perez chia sẻ:`: a lower-case head that is no cue
        return None
    # after an honorific or rank any name is a person's; after a title it may be an organisation's
    # (`”, Chủ tịch Hòa Phát nói.`), so it is read like a name without a cue
    return k, n, cue is not None and cue not in ws.titles


def _run_end(slot: Slot, k: int, upper: list[bool]) -> int:
    """Where the capitalised run from word `k` ends: at a lower-case word, after NAME_MAX_WORDS, or where
    anything but a space, hyphen or apostrophe parts two words (`James Hollis, Giám đốc điều hành Corning`,
    `anh Minh (Ba Đình, Hà Nội)`: no part of the name; `Zhong-Qiang Chen` is one)."""
    n = k
    while n < len(upper) and (upper[n] or n > k and _hyphened(slot, n)) and n - k < NAME_MAX_WORDS:
        n += 1
        if n < len(upper) and not _NAME_GAP.fullmatch(slot.text, slot.found[n - 1].end(), slot.found[n].start()):
            break
    return n


def _hyphened(slot: Slot, n: int) -> bool:
    """Whether word `n` hangs on the word before by a hyphen alone (`Piyapong Pue-on`, the audit at 794b29b)."""
    return slot.text[slot.found[n - 1].end():slot.found[n].start()] == "-"


def _described_run(slot: Slot, words: list[str], upper: list[bool], ws: Words) -> tuple[int, int, bool] | None:
    """A cue, a lower-case description and a foreign name of two or more words (`tác giả chính của nghiên
    cứu Benjamin Hess, …`, `Tác giả nghiên cứu cấp cao Robin Wordsworth, phó giáo sư …`), the name alone
    or followed by an apposition or an affiliation (`từ Đại học Tokyo`); None otherwise. The first word
    may be capitalised (the slot opens a sentence)."""
    size = next((size for size in range(min(CUE_MAX_WORDS, len(words) - 1), 0, -1)
                 if " ".join(slot.low[:size]) in ws.cues and not upper[size]), 0)
    if not size:
        return None
    k = next((i for i in range(size, min(len(words), size + DESCRIPTION_MAX_WORDS + 1)) if upper[i]), None)
    if k is None or any(w in load_words_of_slots().description_breaks for w in slot.low[size:k]):
        return None
    n = _run_end(slot, k, upper)
    run = words[k:n]
    if len(run) < 2 or any(w.isupper() for w in run) or _not_foreign_name(run, ws, strict=True):
        return None
    return (k, n, True) if _name_tail(slot, n) else None


def _name_tail(slot: Slot, n: int) -> bool:
    """Whether the slot may go on after a name ending before word `n`: it ends there, or an apposition
    (`, …`, `- …`, `(…)`) or an affiliation (`từ Đại học Tokyo`) follows."""
    if n >= len(slot.low):
        return True
    rest = slot.rest_after(n - 1)
    return _APPOSITION.match(rest) is not None or rest.lstrip().startswith("(") or slot.low[n] in load_words_of_slots().affiliations


def _manner_after_bare_name(slot: Slot, k: int, n: int, words: list[str], ws: Words) -> bool:
    """Whether words of how it is said may follow a name written without a cue: not inside quoted
    titles (`”, “Có chàng trai viết lên cây”`), and the name one word or a foreign one (not `Phó Giám`
    of `Phó Giám đốc nói`)."""
    begin = max(0, slot.found[0].start() - 2)  # a mark opening right before the first word
    if any(mark in slot.text[begin:slot.end] for mark in _QUOTE_MARKS):
        return False
    return n - k == 1 or not _not_foreign_name(words[k:n], ws, strict=True)


def _new_name(slot: Slot, found: tuple[int, int, bool], ws: Words) -> str | None:
    """The key of a name the officials stage did not give: after a cue word, a foreign name of
    two or more words, or one word ending a longer foreign name of the text."""
    k, n, cued = found
    run = [slot.word(i) for i in range(k, n)]
    name = " ".join(run)
    if name.casefold() in ws.places or any(len(w) > 1 and w.isupper() for w in run):
        return None  # `văn phòng Tổng thống Hàn Quốc cho biết:`, `”, nữ MC chia sẻ.`
    if cued:
        if len(run) > 2 and any(w.casefold() in ws.not_names for w in run[:-2]):
            # `phát ngôn viên Nhà Trắng Sean Spicer`: the body's name, then a foreign person's
            foreign = next((i for i in range(1, len(run) - 1) if not _not_foreign_name(run[i:], ws, strict=True)), 0)
            if foreign:
                return key(slot.span(k + foreign, n))
        return len(run) == 1 and _whole_name(slot, k, run[0], ws) or key(slot.span(k, n))
    alone = not slot.text.startswith(("-", "‐"), slot.found[k].end())  # not `Phi` of `E. Phi-líp`
    if len(run) == 1 and k == 0 and alone and _given_name(run[0], ws):  # `”, Sang nói.`, `”, Huyền nhớ lại.`
        return _whole_name(slot, k, run[0], ws) or key(name)
    if k == 0 and _vietnamese_full_name(run, ws):  # `chồng cũ của cô - Lý Á Bằng từng nhận xét:`
        return key(name)
    if k == 0 and n == len(slot.low) and _stage_name(run, slot.text, ws):  # `”, Thủy Tiên chia sẻ.`
        return key(name)
    if _not_foreign_name(run, ws, strict=k > 0):  # after a title: `”, Chủ tịch Hòa Phát nói.` names a firm
        return None
    if len(run) >= 2:
        return key(slot.span(k, n))
    full = _longer_name(slot.text, run[0], ws) or _full_name_of(slot.text, run[0])
    if full is None or organisation_words() & {w.casefold() for w in full.split()}:
        return None  # `Google` of `CEO Google Sundar Pichai`: a firm
    return key(full)  # `”, Monica chia sẻ.` after `Monica Bellucci xuất hiện …` (bench)


def _vietnamese_full_name(run: list[str], ws: Words) -> bool:
    """Whether capitalised words written alone are a Vietnamese full name: two to four words, a surname first
    (surnames.txt), each one Vietnamese syllable, none a word of an organisation's name."""
    return (2 <= len(run) <= NAME_MAX_WORDS and run[0] in ws.surnames
            and all(w.casefold() not in ws.not_names and _SYLLABLE.fullmatch(unmarked(w.casefold())) for w in run))


def _stage_name(run: list[str], text: str, ws: Words) -> bool:
    """Whether capitalised words written alone as the whole slot are a name without a surname (`Thủy Tiên`, `Bá Đức`,
    `Trì Trọng Thụy`): two or three words, each one Vietnamese syllable, none a word of an organisation's name or a
    cue, no place, and written so again in the text."""
    name = " ".join(run)
    return (2 <= len(run) <= 3 and text.count(name) >= 2
            and all(w.casefold() not in ws.not_names and w.casefold() not in ws.cues
                    and _SYLLABLE.fullmatch(unmarked(w.casefold())) for w in run)
            and not any(" ".join(run[i:j]).casefold() in ws.places
                        for i in range(len(run)) for j in range(i + 1, len(run) + 1)))


def _given_name(word: str, ws: Words) -> bool:
    """Whether one capitalised word, standing alone as a speaker, is a Vietnamese given name: one
    Vietnamese syllable (`Sang`, `Huyền`, `Đạt`; not `Vietjet`, `Apple`), not a place (`Mỹ`, `Đức`)
    nor a word of an organisation's name."""
    low = word.casefold()
    if len(low) < 2 or low in ws.places or low in ws.not_names or low in ws.cues:
        return False
    return _SYLLABLE.fullmatch(unmarked(low)) is not None


def _vietnamese(word: str) -> bool:
    """Whether a word is written as Vietnamese: a letter only Vietnamese has, or a shared accent
    on one Vietnamese syllable (`Hòa`, `Bái`; not `José`, `André`)."""
    if _VIETNAMESE.search(word):
        return True
    return _SHARED_ACCENT.search(word) is not None and _SYLLABLE.fullmatch(word.casefold()) is not None


def _not_foreign_name(words: list[str], ws: Words, strict: bool = False) -> bool:
    """Whether capitalised words cannot be a foreign person's name: a word is no name's (`Group`,
    `Times`) or has a letter only Vietnamese has (`strict`: or is one Vietnamese syllable, `Hòa`),
    or some of the words name a country or province (`Na Uy`)."""
    low = [w.casefold() for w in words]
    vietnamese = _vietnamese if strict else _VIETNAMESE.search
    if any(lw in ws.not_names or vietnamese(w) for lw, w in zip(low, words)):
        return True
    return any(" ".join(low[i:j]) in ws.places for i in range(len(low)) for j in range(i + 1, len(low) + 1))


def _article_person(k: str, at: int, cast: Cast) -> str | None:
    """The key of the article's person named `k`, ending with it or, a foreign given name, opening with it; nearest
    before `at` first."""
    i = bisect.bisect_left(cast.starts, at)
    for j in list(range(i - 1, -1, -1)) + list(range(i, len(cast.officials))):
        pk = cast.officials[j].value.person_key
        if pk == k or pk.endswith(" " + k) or pk.startswith(k + " ") and not _vietnamese(k):
            return pk  # `Kiatisuk` of `Kiatisuk Senamuang`, `Monica` of `Monica Bellucci`
    return None


def _whole_name(slot: Slot, k: int, word: str, ws: Words) -> str | None:
    """`whole_name` of a one-word speaker read in a slot."""
    return whole_name(slot.text, word, slot.found[k].start(), ws)


def whole_name(text: str, word: str, at: int, ws: Words) -> str | None:
    """The key of the name a one-word speaker `word` (as written) stands for, the one place a speaker is
    widened (the persons table links a speaker's key as the quote gives it): a foreign name ending with it
    (`_longer_name`), else the last Vietnamese full name before `at` that ends with it (`_full_name`), else the
    one full name of the text it ends or opens (`_full_name_of`: `monica` of "Monica Bellucci")."""
    found = _longer_name(text, word, ws) or _full_name(text, word, at, ws)
    if found:
        return found
    written = _full_name_of(text, word)
    return key(written) if written else None


def whole_speaker(text: str, speaker: str | None, at: int, cast: Cast) -> str | None:
    """A quote's speaker key, one word widened to the whole name it stands for: the article's one person whose
    key ends with it (`hùng` -> `nguyễn văn hùng`), else `whole_name`; a person's key, a word of an
    organisation's name, an initial stay as they are (`chị T`: nobody across articles)."""
    if speaker is None or " " in speaker:
        return speaker
    keys = {m.value.person_key for m in cast.officials}
    if speaker in keys:
        return speaker
    owners = {k for k in keys if k.endswith(" " + speaker)}
    if len(owners) == 1:
        return owners.pop()
    if len(speaker) < 2 or not speaker.replace("-", "").isalpha() or speaker in organisation_words():
        return speaker
    return whole_name(text, speaker.capitalize(), at, load_words_of_slots()) or speaker


@functools.cache
def organisation_words() -> frozenset[str]:
    """Words of organisations' and media's names (models_speaker_not_names.txt, official_foreign_not_names.txt)."""
    words = load_words("models_speaker_not_names.txt") + load_words("official_foreign_not_names.txt")
    return frozenset(w.casefold() for w in words)


# One to three capitalised words and a space each, right before a given name (`_full_name`).
_NAME_HEAD = regex.compile(r"(?:\p{Lu}\p{L}* ){1,3}$")


def _full_name(text: str, word: str, at: int, ws: Words) -> str | None:
    """The key of the last full name before `at` that opens with a Vietnamese surname and ends with the
    given name `word` (`” - ông Vượng băn khoăn.` after `Phó Chủ tịch UBND quận 7 Đào Gia Vượng`, the
    audit at 794b29b); not a place (`Ninh Bình`)."""
    pos = at
    while (i := text.rfind(word, 0, pos)) > 0:
        pos = i
        if text[i - 1] != " " or not _NAME_END.match(text, i + len(word)):
            continue
        head = _NAME_HEAD.search(text, max(0, i - FULL_NAME_HEAD_CHARS), i)
        if head is None:
            continue
        words = head.group().split()
        first = next((j for j, w in enumerate(words) if w in ws.surnames), None)
        if first is not None:
            name = " ".join(words[first:] + [word])
            if name.casefold() not in ws.places:
                return key(name)
    return None


# A capitalised word and a space, not after another such word: the given name of `_longer_name`.
_GIVEN = regex.compile(r"(?<![\p{L}\d]|\p{Lu}[\p{L}'-]*\s)(\p{Lu}[\p{L}'-]*)\s")
_NAME_END = regex.compile(r"(?![\p{L}\d]|\s\p{Lu})")


def _longer_name(text: str, word: str, ws: Words) -> str | None:
    """The key of the first foreign name in the text of exactly one capitalised word and `word`
    (`Dennis Snower` for `Snower`; not `Styles Taylor` of `Harry Styles Taylor`)."""
    # One compiled pattern for the given name, `word` checked after it: the finditer of a
    # pattern built per word spent most of its time compiling it.
    pos = 0
    while (m := _GIVEN.search(text, pos)) is not None:
        end = m.end() + len(word)
        if not (text.startswith(word, m.end()) and _NAME_END.match(text, end)):
            pos = m.start() + 1
            continue
        given = m.group(1)
        # `Ninh Bình`, `Tân Bình` are places, no longer name of `Bình`
        name = f"{given} {word}"
        if (given.casefold() not in ws.cues and not _not_foreign_name([given], ws)
                and name.casefold() not in ws.places):
            return key(name)
        pos = end
    return None


# Capitalised words as a name writes them ("Pue-on", "O'Brien").
_CAP_WORD = r"\p{Lu}[\p{L}\p{M}'’-]*"
# The parts of `_full_name_of`'s two patterns, matched at a given place, so that a word needs a pattern of its own
# for itself only (compiling the whole patterns for each new word cost 2.7 ms; the word's alone 0.25 ms).
_CAP_RUN = regex.compile(_CAP_WORD)
_CAP_WORD_SPACE = regex.compile(_CAP_WORD + "[ ]")
_RUN_BACK = regex.compile(r"[\p{L}\p{M}'’-]*", regex.REVERSE)  # REVERSE: `match` ends where it is asked to
_WORD_START = regex.compile(r"(?<![\p{L}\p{M}\p{N}])")
_END_BEFORE = regex.compile(r"(?![\p{L}\p{M}\p{N}'’-])(?![ ]\p{Lu})")
_END_AFTER = regex.compile(r"(?![ ]\p{Lu})(?![\p{L}\p{M}\p{N}])")


def _full_name_of(text: str, word: str) -> str | None:
    """The one full name written in `text` that the name word `word` (any case) ends ("Đào Gia
    Vượng" for `vượng`, "Ryan Ramsey" for `ramsey`) or opens ("Kim Kardashian", "Uông Văn Bân"),
    without the honorifics, titles, clause openers or countries written before it ("Ông", "HLV",
    "Theo", "Trung Quốc"): a Vietnamese name opens with a surname, a name opened by `word` has a
    word of a foreign shape or `word` is a surname; places ("Ninh Bình") are no names. None when
    there is none or more than one."""
    surnames, vn_word = name_shapes()
    found: set[str] = set()
    if word.casefold() in _name_stops():
        return None  # a country or a title read as a speaker ("Phó đô đốc Pháp nhận định")
    before, after = _written_around(text, word)
    for m_group, m_words in before:
        given = _name_words(m_words.split())
        name = " ".join(given + [m_group[len(m_words):]])
        if given and (given[0] in surnames or foreign_shape(name, surnames, vn_word)):
            found.add(name)
    for m_group, m_words in after:
        rest = m_words.split()
        if m_group[0].isupper() and _name_words(rest) == rest and (word.capitalize() in surnames or any(vn_word.fullmatch(w) is None for w in rest)):
            found.add(m_group)
    found = {n for n in found if n.casefold() not in place_names()}
    return found.pop() if len(found) == 1 else None


def _written_around(text: str, word: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(m.group(), m.group(1)) of every match of the capitalised words written before `word` (any case),
    and of every match of those written after it (the two patterns in tests/extractors/test_models_scan.py),
    found with no pattern compiled but the word's: each match before the word starts within the three runs
    of letters before a place the word is written at, each match after it at that place, and the repeats
    and the words' ends are tried in the patterns' order. Nothing for an empty word."""
    if not word:
        return [], []
    at_word = regex.compile(f"(?i:{regex.escape(word)})")
    places = [m.start() for m in at_word.finditer(text, overlapped=True)]
    starts: set[int] = set()
    for q in places:
        e = q - 1
        for _ in range(3):  # the runs of letters before the word, one space apart
            if e < 0 or text[e] != " ":
                break
            t = _RUN_BACK.match(text, 0, e).start()
            if t == e:
                break
            starts.update(range(t, e))
            e = t - 1
    before: list[tuple[str, str]] = []
    pos = 0
    for s in sorted(starts):
        if s < pos or _WORD_START.match(text, s) is None:
            continue
        ends, p = [], s
        for _ in range(3):  # (?:CAP_WORD[ ]){1,3}: three words tried first
            m = _CAP_WORD_SPACE.match(text, p)
            if m is None:
                break
            p = m.end()
            ends.append(p)
        for e in reversed(ends):
            w = at_word.match(text, e)
            if w is not None and _END_BEFORE.match(text, w.end()) is not None:
                before.append((text[s : w.end()], text[s:e]))
                pos = w.end()
                break
    after: list[tuple[str, str]] = []
    pos = 0
    for q in places:
        if q < pos or _WORD_START.match(text, q) is None:
            continue
        e0 = at_word.match(text, q).end()
        first = _CAP_RUN.match(text, e0 + 1) if text[e0 : e0 + 1] == " " else None
        if first is None:
            continue
        end = None
        if text[first.end() : first.end() + 1] == " ":  # (?:[ ]CAP_WORD){1,2}: two words tried first
            second = _CAP_RUN.match(text, first.end() + 1)
            if second is not None:
                end = _name_end(text, second.start(), second.end())
        if end is None:
            end = _name_end(text, first.start(), first.end())
        if end is not None:
            after.append((text[q:end], text[e0:end]))
            pos = end
    return before, after


def _name_end(text: str, start: int, end: int) -> int | None:
    """The last end of the capitalised word at `start` (at most `end`, at least one letter) after which
    `_END_AFTER` holds: where the pattern's greedy word stops, giving letters back."""
    for e in range(end, start, -1):
        if _END_AFTER.match(text, e) is not None:
            return e
    return None


def _name_words(words: list[str]) -> list[str]:
    """`words` from the first that may be a name's: honorifics, titles, ranks, clause openers,
    countries and unit words before it dropped ("Ông", "HLV", "Theo", "Trung Quốc", "TP")."""
    stops = _name_stops()
    i = 0
    while i < len(words):
        two = " ".join(words[i : i + 2]).casefold()
        if two in stops:
            i += 2
        elif words[i].casefold() in stops or (len(words[i]) > 1 and words[i].isupper()):
            i += 1  # an abbreviation too: "CĐV", "TS"
        else:
            break
    return words[i:]


@functools.cache
def _name_stops() -> frozenset[str]:
    """Casefolded words written before a name that are no part of it (see `_name_words`)."""
    lex = load_officials_lexicon()
    words = set(lex.cue_kind) | set(lex.clause_openers) | {c.casefold() for c in foreign_countries()}
    return frozenset(words | {w.casefold() for w in lex.unit_abbreviations} | set(lex.unit_words))
