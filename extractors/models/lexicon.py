"""The models extractor's data: tuned constants and the compiled lexicon (patterns/models.yaml, models_*.txt)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from vnie.gazetteer.load import DataError, Needing, load_patterns, load_words
from vnie.gazetteer.provinces import province_names

# Tuned on the seed articles, corpus/gold and 50 random bench extractions.
# The longest gold model name has 25 words; speech quoted after a trigger is longer.
MODEL_MAX_WORDS = 30
# Plain-list items are short noun phrases; the longest in the seeds has 10 words, in the blind gold 13
# ("Tổ liên gia an toàn phòng cháy, chữa cháy tại các khu dân cư", s5-v-023).
LIST_ITEM_MAX_WORDS = 16
# An item between ";" may be a long name (blind-s10-a-017: `Ban Quản trị các chùa Khmer trên địa bàn huyện Trà Ôn đoàn
# kết tham gia phòng, chống tội phạm, giữ gìn trật tự an toàn xã hội ở khu dân cư`, 32 syllables).
SEMICOLON_ITEM_MAX_WORDS = 40
# A plain list needs at least two items, all of them name-like, to count.
LIST_MIN_ITEMS = 2
# Plain words allowed between a trigger noun and the quote (`mô hình hai giảm “…”`,
# `mô hình tổ dân phố “Ba không”`).
TRIGGER_MAX_FILLER = 4
# Longest trigger or programme marker, in words (`chương trình phối hợp`).
MARKER_MAX_WORDS = 4
# How far back a quote's context is read.
CONTEXT_CHARS = 80
# `như: “A”` is a model list when a trigger occurs this close before it, in the same sentence.
LIST_TRIGGER_WINDOW = 200
# A quote this long (in words) with no other clue is speech; titles and names are shorter.
LONG_SPEECH_WORDS = 12
# A quoted sentence (full stop inside the marks) of at least this many words is speech.
SENTENCE_SPEECH_WORDS = 3
# A paragraph-initial quote of at least this many words is speech.
PARAGRAPH_SPEECH_WORDS = 6
# Bounds on every forward or backward look, so a huge paragraph stays linear:
# a plain list or a clause longer than this is not one (the seeds' longest list is 190 chars).
LIST_MAX_CHARS = 1000
CLAUSE_MAX_CHARS = 600
# A quote left open at a paragraph's end goes on when a closing mark follows within this
# many characters (speech over two or three paragraphs).
CONTINUE_CHARS = 1500
# Quotes past this many in one document are not looked for: the bench's busiest
# article has 70, and finding and reading costs ~60 µs a quote, so a pathological
# 1 MB line of quote marks still finishes in well under a second.
MAX_QUOTES = 5000
# An article is about one province when it names only that one, at least this
# often: a single passing mention ("... như Hà Nội") does not locate a model
# (3 of 15 bench models were misplaced that way).
ARTICLE_PROVINCE_MIN_MENTIONS = 2
# The speaker's mention starts within this many characters after the closing quote
# (`”, Phó Giám đốc Công an tỉnh Quảng Nam Nguyễn Văn A cho biết`).
SPEAKER_AFTER_CHARS = 80
# A speaker's name followed by an apposition (`”, Bhramar Mukherjee, nhà dịch tễ học tại Đại học
# Michigan, người theo sát tình hình Ấn Độ, cho biết.`) has its verb at most this many characters
# after the quote, in its sentence (the bench's longest: 220).
APPOSITION_CHARS = 260
# Quoted words are framed by a verb of saying at most this many words before them, with
# no colon (`cho rằng “…”`, `cho biết ông đã có “…”`: 5 covers the bench's framed quotes).
FRAME_WORDS = 5
# Or ends within this many characters before a `nói:` that opens the quote.
SPEAKER_BEFORE_CHARS = 160
# A pronoun speaker (`”, ông nói.`) stands for a person named at most this many characters
# before the quote, in its paragraph or the one before, as the first person of a sentence
# at most SUBJECT_MAX_WORDS words in (`Sau khi ly hôn, Lý Á Bằng …`: 4). Calibrated on 40
# bench quotes without a speaker (the antecedents were 90 to 420 characters back).
ANTECEDENT_CHARS = 600
SUBJECT_MAX_WORDS = 10
# Further back, the person named last as a subject is still the antecedent when nobody else is named since (officials
# stage), up to this far: FAR_* calibrated on the bench's speech quotes with a pronoun speaker and no person within
# ANTECEDENT_CHARS or the paragraph before: +28 speakers, 26 of them right (all read; a bare pronoun only, see
# models_speaker_words.tsv `pointing`; no foreign name the officials stage missed in between).
FAR_ANTECEDENT_CHARS = 1500
FAR_ANTECEDENT_PARAGRAPHS = 3

# The movement's topic (ANNOTATION.md: models are initiatives of the movement for
# security and order). A model needs TOPIC_MIN_NEAR topic words within
# TOPIC_WINDOW characters of it (either side, the name included), or an article
# with at least TOPIC_MIN_PER_1K topic words per 1,000 characters. Calibrated on
# the 21 seed models (>= 4 topic words within 200 characters, >= 8.0 per 1,000 in
# their articles) against the 19 off-topic quotes after "mô hình" in the held-out
# set and the bench (school, tourism, Covid, admin reform: none within 400
# characters, at most 1.6 per 1,000).
TOPIC_WINDOW = 300
TOPIC_MIN_NEAR = 2
TOPIC_MIN_PER_1K = 4.0
# An article that writes `mô hình` at least this often is about models: a quoted name right after `mô hình` is one
# there off the topic words too (`mô hình “Chợ văn minh, an toàn, hiệu quả”`, blind-s34-a-010; `mô hình 'Gia đình
# hội viên không có trẻ hư'`, blind-s35-a-016); an article naming one scheme in passing is not (`mô hình “Thuyền cà
# phê”` in a tourism piece, `mô hình “4 cùng”` at a school: one or two `mô hình`, all gold). On ../shared/bench (review
# 21) 53 articles reach it and 2 fire, 7 quotes: 5 right (`“Gia đình học tập”`, dantri-education-010), 2 wrong and
# lower case (`"chợ đêm"`, a proverb), so the quote must open with a capital.
MODEL_ARTICLE_MIN = 3

KINDS = ("model", "programme", "speech", "other")
# A model name written without quotes has at most this many words (the longest in the
# blind batches, "tổ tuần tra phòng chống tội phạm và phòng cháy, chữa cháy", has 12);
# one opening with a word has at least UNQUOTED_MIN_WORDS ("mô hình camera" alone is generic).
UNQUOTED_MAX_WORDS = 14
UNQUOTED_MIN_WORDS = 2


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Compiled patterns and casefolded word sets, built once by `build()`."""

    scan: regex.Pattern[str]
    quote_mark: regex.Pattern[str]
    opener: regex.Pattern[str]
    closer: regex.Pattern[str]
    straight_left: regex.Pattern[str]
    straight_right: regex.Pattern[str]
    chain: regex.Pattern[str]
    list_word: str
    clause_end: regex.Pattern[str]
    sentence_end: regex.Pattern[str]
    inner_sentence_end: regex.Pattern[str]
    refers_back: regex.Pattern[str]
    full_stop: regex.Pattern[str]
    speaker_lead: regex.Pattern[str]
    speech_of: regex.Pattern[str]
    word: regex.Pattern[str]
    context_cut: regex.Pattern[str]
    province_fallback: regex.Pattern[str]
    list_colon: regex.Pattern[str]
    any_colon: regex.Pattern[str]
    far_list_head: regex.Pattern[str]
    list_head: regex.Pattern[str]
    list_end: regex.Pattern[str]
    list_trigger: regex.Pattern[str]
    leading_generic: regex.Pattern[str]
    trailing_bracket: regex.Pattern[str]
    place_stop: regex.Pattern[str]
    trailing_place: regex.Pattern[str]
    trim_chars: str
    triggers: frozenset[str]
    adjacent: frozenset[str]
    programme: frozenset[str]
    works: frozenset[str]
    text_openers: frozenset[str]
    programme_start: regex.Pattern[str]
    only_marks: regex.Pattern[str]
    quantifiers: frozenset[str]
    speech_verb: regex.Pattern[str]
    speaker_verb: regex.Pattern[str]
    quoting_cue: regex.Pattern[str]
    reach_stop_words: frozenset[str]  # every word of a reach stop
    reach_stops: frozenset[str]  # verbs of saying and clause words that end a trigger's reach (casefolded)
    reach_stop_max_words: int  # the longest reach stop, in words
    topic: regex.Pattern[str]
    single_mark: regex.Pattern[str]
    movement: regex.Pattern[str]
    unquoted_trigger: Needing
    unquoted_head: regex.Pattern[str]
    unquoted_stop: regex.Pattern[str]
    comma_join: regex.Pattern[str]
    bracketed_acronym: regex.Pattern[str]
    locating_unit: regex.Pattern[str]
    locating_body: regex.Pattern[str]
    locating_place: regex.Pattern[str]
    locating_subject: regex.Pattern[str]
    neighbour: regex.Pattern[str]
    residence: regex.Pattern[str]
    province_names: frozenset[str]
    inline_open: regex.Pattern[str]
    inline_end: regex.Pattern[str]
    inline_split: regex.Pattern[str]
    item_comma: regex.Pattern[str]
    inline_place: regex.Pattern[str]
    unopened_lead: regex.Pattern[str]
    generic_names: frozenset[str]
    generic_name: regex.Pattern[str]
    quoted_head: regex.Pattern[str]
    works_trigger: regex.Pattern[str]
    building_name: regex.Pattern[str]
    works_entry: regex.Pattern[str]
    modifiers: regex.Pattern[str]
    campaigns: frozenset[str]
    name_cues: frozenset[str]
    trailing_conjunction: regex.Pattern[str]
    document_ref: regex.Pattern[str]
    counted_name: regex.Pattern[str]
    group_before_formula: regex.Pattern[str]
    document_title: regex.Pattern[str]
    goal_name_head: regex.Pattern[str]
    goal_name_end: regex.Pattern[str]
    named_before: regex.Pattern[str]
    named_after: regex.Pattern[str]
    named_after_lead: regex.Pattern[str]
    club_name: regex.Pattern[str]
    club_goal: regex.Pattern[str]


def load_lexicon() -> Lexicon:
    """Compile `patterns/models.yaml` and the `models_*.txt` word lists.

    Raises:
        gazetteer.load.DataError: when a data file breaks its format.
    """
    p = load_patterns("models.yaml")
    fold = lambda name: frozenset(w.casefold() for w in load_words(name))  # noqa: E731
    # words that end a trigger's reach over fillers: verbs of saying, and the clause words of models_trigger_stops.txt
    stops = fold("models_speech_verbs.txt") | fold("official_speaker_verbs.txt") | fold("models_trigger_stops.txt")
    return Lexicon(
        scan=regex.compile(p["scan"]),
        quote_mark=regex.compile(p["quote_mark"]),
        opener=regex.compile(p["opener"]),
        closer=regex.compile(p["closer"]),
        straight_left=regex.compile(p["straight_left"]),
        straight_right=regex.compile(p["straight_right"]),
        chain=regex.compile(p["chain"]),
        list_word=p["list_word"],
        clause_end=regex.compile(p["clause_end"]),
        sentence_end=regex.compile(p["sentence_end"]),
        inner_sentence_end=regex.compile(p["inner_sentence_end"]),
        refers_back=regex.compile(p["refers_back"]),
        full_stop=regex.compile(p["full_stop"]),
        speaker_lead=regex.compile(p["speaker_lead"]),
        speech_of=regex.compile(p["speech_of"]),
        word=regex.compile(p["word"]),
        context_cut=regex.compile(p["context_cut"], regex.REVERSE),
        province_fallback=regex.compile(p["province_fallback"]),
        list_colon=regex.compile(p["list_colon"]),
        any_colon=regex.compile(p["any_colon"]),
        far_list_head=regex.compile(p["far_list_head"]),
        list_head=regex.compile(p["list_head"]),
        list_end=regex.compile(p["list_end"]),
        list_trigger=regex.compile(p["trigger_word"]),
        leading_generic=regex.compile(p["leading_generic"]),
        trailing_bracket=regex.compile(p["trailing_bracket"]),
        place_stop=regex.compile(p["place_stop"]),
        trailing_place=regex.compile(p["trailing_place"]),
        trim_chars=p["trim_chars"] + " \t\n\r\f\v\u00a0",
        triggers=fold("models_triggers.txt"),
        adjacent=fold("models_triggers_adjacent.txt"),
        programme=fold("models_programme_markers.txt"),
        works=fold("models_work_titles.txt"),
        text_openers=fold("models_text_openers.txt"),
        programme_start=regex.compile(p["programme_start"]),
        only_marks=regex.compile(p["only_marks"]),
        quantifiers=fold("models_quantifiers.txt"),
        speech_verb=regex.compile(p["speech_verb"]),
        speaker_verb=regex.compile(p["speaker_verb"]),
        quoting_cue=regex.compile(p["quoting_cue"]),
        reach_stop_words=frozenset(w for v in stops for w in v.split()),
        reach_stops=stops,
        reach_stop_max_words=max(len(v.split()) for v in stops),
        topic=regex.compile(p["topic"]),
        single_mark=regex.compile(p["single_mark"]),
        movement=regex.compile(p["movement"]),
        unquoted_trigger=Needing(regex.compile(p["unquoted_trigger"]), p["unquoted_trigger_word"].split("|")),
        unquoted_head=regex.compile(p["name_head"]),
        unquoted_stop=regex.compile(p["name_stop"]),
        comma_join=_comma_join(p["comma_join"], load_words("models_name_pairs.txt")),
        bracketed_acronym=regex.compile(p["bracketed_acronym"]),
        locating_unit=regex.compile(p["locating_unit"]),
        locating_body=regex.compile(p["locating_body"]),
        locating_place=regex.compile(p["locating_place"]),
        locating_subject=regex.compile(p["locating_subject"]),
        neighbour=regex.compile(p["neighbour"]),
        residence=regex.compile(p["residence"]),
        province_names=province_names(),
        inline_open=regex.compile(p["inline_open"]),
        inline_end=regex.compile(p["inline_end"]),
        inline_split=regex.compile(p["inline_split"]),
        item_comma=regex.compile(p["item_comma"]),
        inline_place=regex.compile(p["inline_place"]),
        unopened_lead=regex.compile(p["unopened_lead"]),
        generic_names=fold("models_generic_names.txt"),
        generic_name=regex.compile(p["generic_name"]),
        quoted_head=regex.compile(p["quoted_name_head"]),
        works_trigger=regex.compile(p["works_trigger"]),
        building_name=regex.compile(p["building_name"]),
        works_entry=regex.compile(p["works_entry"]),
        modifiers=_phrases(load_words("models_unquoted_modifiers.txt")),
        campaigns=fold("models_campaign_names.txt"),
        name_cues=fold("models_name_cues.txt"),
        trailing_conjunction=regex.compile(p["name_trailing_conjunction"]),
        document_ref=regex.compile(p["document_ref"], regex.REVERSE),  # end-anchored: read from the quote back
        counted_name=regex.compile(p["counted_name"]),
        group_before_formula=regex.compile(p["group_before_formula"]),
        document_title=regex.compile(p["document_title"]),
        goal_name_head=regex.compile(p["goal_name_head"]),
        goal_name_end=regex.compile(p["goal_name_end"]),
        named_before=regex.compile(p["named_before"]),
        named_after=regex.compile(p["named_after"]),
        named_after_lead=regex.compile(p["named_after_lead"]),
        club_name=regex.compile(p["club_name"]),
        club_goal=regex.compile(p["club_goal"]),
    )


def _comma_join(pattern: str, pairs: list[str]) -> regex.Pattern[str]:
    """`pattern` (matched at a comma), or the comma of one of the coordinated pairs (`tàu, thuyền`)."""
    joins = []
    for pair in pairs:
        if pair.count(",") != 1:
            raise DataError(f"models_name_pairs.txt: {pair!r} is not one 'first, second' pair")
        first, second = (regex.escape(w.strip()) for w in pair.split(",", 1))
        joins.append(rf"(?<=(?<![\p{{L}}\d]){first}),\s*{second}(?![\p{{L}}\d])")
    return regex.compile(rf"{pattern}|(?i:{'|'.join(joins)})")


def _phrases(words: list[str]) -> regex.Pattern[str]:
    """A pattern matching a run of the given words and phrases (longest first), whole words, any case."""
    alternatives = "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))
    return regex.compile(rf"(?i:\s*(?:(?:{alternatives})(?![\p{{L}}\d])\s*)+)")
