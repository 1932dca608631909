"""Interpret quotes and list items: kind, speaker, model name and province.

`classify_quote` tells a quote's kind (model, programme, speech, other) and its
speaker; `interpret_model`, `interpret_list_item` and `tie_province` read a
model's cleaned name and the province the text ties it to.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from vnie.extractors.base import (
    Candidate, Found, LocalityValue, Mention, ModelValue, OfficialValue, ProvinceValue, RegionValue, quick_init,
)
from vnie.extractors.models.find import _opens_paragraph, _strip_span
from vnie.extractors.models.speakers import (
    Cast, colon_subject, load_words_of_slots, nearest_before, sentence_reporter, source_opening, speaker_after,
    speaker_before, speaker_heading, speaker_previous, speaker_quoted, subject_before, subject_before_colon,
)
from vnie.extractors.models.lexicon import (
    ARTICLE_PROVINCE_MIN_MENTIONS, CLAUSE_MAX_CHARS, CONTEXT_CHARS, FRAME_WORDS, LIST_ITEM_MAX_WORDS,
    LIST_TRIGGER_WINDOW, LONG_SPEECH_WORDS, MARKER_MAX_WORDS, MODEL_MAX_WORDS, PARAGRAPH_SPEECH_WORDS, SEMICOLON_ITEM_MAX_WORDS, SENTENCE_SPEECH_WORDS,
    MODEL_ARTICLE_MIN, SPEAKER_AFTER_CHARS, TOPIC_MIN_NEAR, TOPIC_MIN_PER_1K, TOPIC_WINDOW, TRIGGER_MAX_FILLER,
    Lexicon,
)


@dataclass(slots=True)
class _Context:
    """Per-document lookups for interpretation: province and official mentions."""

    province_starts: list[int]
    provinces: list[Mention[ProvinceValue]]
    article_province: str | None
    have_provinces: bool
    cast: Cast
    topic: _Topic
    about_models: bool  # `mô hình` written MODEL_ARTICLE_MIN times or more


# How far before a province mention its border guard (`BĐBP `) is looked for.
LOCATING_BODY_CHARS = 16
# ... and the district or commune it holds (`huyện Quốc Oai, `).
LOCATING_PLACE_CHARS = 48


class _Topic:
    """Where a document's topic words are, found on first use (most documents have no model)."""

    def __init__(self, text: str, pattern: regex.Pattern[str]):
        self.text = text
        self.pattern = pattern
        self.starts: list[int] | None = None

    def covers(self, start: int, end: int) -> bool:
        """Whether a model at `[start, end)` is on the movement's topic (TOPIC_* constants)."""
        if self.starts is None:
            self.starts = [m.start() for m in self.pattern.finditer(self.text)]
        near = (bisect.bisect_left(self.starts, end + TOPIC_WINDOW)
                - bisect.bisect_left(self.starts, start - TOPIC_WINDOW))
        return near >= TOPIC_MIN_NEAR or 1000 * len(self.starts) >= TOPIC_MIN_PER_1K * len(self.text)


def _locating(text: str, mention: Mention[ProvinceValue], lex: Lexicon) -> bool:
    """A mention that places the article on its own: `huyện Can Lộc (Hà Tĩnh)`, `tỉnh Gia Lai`, `TP Hà Nội`,
    `BĐBP Quảng Ngãi`, `Tỉnh ủy Lâm Đồng`, `(huyện Quốc Oai, Hà Nội)`, `Trà Vinh là tỉnh …`, `Ninh Bình đã tổ chức …`, a
    headline opening with it (`Hà Nam: Hiệu quả mô hình …`, blind-s11-a-022; `Yên Bái xây dựng, duy trì 712 mô hình …`,
    blind-s17-a-020: the article opens with it); not a neighbour
    (`giáp ranh với tỉnh Tuyên Quang`)."""
    if lex.neighbour.search(text, max(0, mention.start - CONTEXT_CHARS), mention.start):
        return False
    bracketed = mention.start > 0 and text[mention.start - 1] == "(" and text.startswith(")", mention.end)
    return (bracketed or mention.start == 0 or lex.locating_unit.match(mention.text) is not None
            or lex.locating_body.search(text, max(0, mention.start - LOCATING_BODY_CHARS), mention.start) is not None
            or lex.locating_place.search(text, max(0, mention.start - LOCATING_PLACE_CHARS), mention.start) is not None
            or lex.locating_subject.match(text, mention.end) is not None
            or _opens_paragraph(text, mention.start) and text.startswith(":", mention.end))  # `Hà Nam: Hiệu quả mô hình …`


def _residence(text: str, at: int, lex: Lexicon) -> bool:
    """Whether a place mention at `at` is part of a person's address (lex.residence): it places no model."""
    return lex.residence.search(text, max(0, at - CONTEXT_CHARS), at) is not None


def _context(found: Found, text: str, lex: Lexicon) -> _Context:
    places = [m for m in found.get("provinces", []) if not _residence(text, m.start, lex)]
    provinces = sorted((m for m in places if isinstance(m.value, ProvinceValue)), key=lambda m: m.start)
    regions = sum(1 for m in places if isinstance(m.value, RegionValue))
    names = {m.value.province for m in provinces}
    only = next(iter(names)) if len(names) == 1 else None
    # a district or commune of the only province names it again (`huyện Đức Linh`, `xã Mê Pu` beside one `Bình Thuận`,
    # blind s20-a-018); a locality of another province (or of none known) makes the article name more than one
    places_in = [m.value.province for m in places if isinstance(m.value, LocalityValue)]
    named = len(provinces) + sum(p == only for p in places_in) if all(p == only for p in places_in) else len(provinces)
    officials = sorted((m for m in found.get("officials", []) if isinstance(m.value, OfficialValue)),
                       key=lambda m: m.start)
    return _Context(
        province_starts=[m.start for m in provinces],
        provinces=provinces,
        # with a region named too (`là tỉnh duyên hải Trung bộ`, blind-s9-a-019), a located province named at least as
        # often (not the host of a regional conference, `tại tỉnh Sóc Trăng` beside five `Tây Nam Bộ`, seed 002)
        article_province=only if not regions and named >= ARTICLE_PROVINCE_MIN_MENTIONS
        or provinces and len(provinces) >= regions and _locating(text, provinces[0], lex) else None,
        have_provinces=bool(provinces),
        cast=Cast.of(officials, text),
        topic=_Topic(text, lex.topic),
        about_models=len(_MODEL_WORD.findall(text)) >= MODEL_ARTICLE_MIN,
    )


_MODEL_WORD = regex.compile(r"\b[Mm]ô hình\b")


@quick_init
@dataclass(frozen=True, slots=True)
class QuoteReading:
    """What a quote is: its kind, its speaker, and the model name span if a model."""

    kind: str
    speaker: str | None
    rule: str | None = None  # the model rule, when kind == "model"
    name_start: int = 0
    name_end: int = 0


def classify_quote(cand: Candidate, text: str, previous: QuoteReading | None, prev_end: int,
                   lex: Lexicon, ctx: _Context) -> QuoteReading:
    """Decide the kind of one quote candidate.

    Args:
        cand: a `quotes.*` candidate.
        text: the document text.
        previous: the reading of the quote before it, or None.
        prev_end: the end offset of the quote before it (0 if none).
        lex: the compiled lexicon.
        ctx: per-document lookups.

    Returns:
        A reading: `model` (with its name span and rule), `programme`,
        `speech` (with the speaker's person_key or None) or `other`.
    """
    c_start, c_end = _content(text, cand, lex)
    tokens, colon = _context_tokens(text, cand.start, lex)
    marker, filler = _marker_before(tokens, colon, lex)
    rule = _quote_rule(cand, text, previous, prev_end, tokens, colon, marker, filler, (c_start, c_end), lex)
    if rule is not None and not ctx.topic.covers(cand.start, cand.end) and not _model_named(tokens, marker, filler, ctx, text[c_start:c_start + 1]) \
            and not (marker == "trigger" and (filler and lex.topic.search(" ".join(tokens[-filler:]))
                                     or lex.topic.search(text, c_start, c_end))):
        rule = None  # off the movement's topic: read as any other quote (`mô hình tự quản “…”`, `Mô hình “Camera và
        # ánh sáng an ninh”` say their topic, blind-s28-a-028)
    if rule is not None:
        name = _name_span(text, c_start, c_end, cand.rule == "quotes.unclosed", lex,
                          lower_ok=rule in LOWER_CASE_RULES)
        if name is not None and (lex.movement.match(text, name[0])
                                 or clean_name(text[name[0]:name[1]], lex).casefold() in lex.campaigns):
            # the movement's own name: “Toàn dân bảo vệ ANTQ”; its rule kept, the names listed after it chain to it
            # (`các phong trào, mô hình phong phú như “Toàn dân tham gia bảo vệ …”, “Tiếng kẻng vùng biên”`, s18-a-007)
            return QuoteReading("programme", None, rule)
        if name is not None and not _programme_start(text[name[0]:name[1]], lex) and not (
                rule == "models.head_named" and speaker_after(text, cand.start, cand.end, lex, ctx.cast)):
            # a group noun opening a quote somebody is then said to say is their words (`"Nhóm này tạo thành đường
            # dây khép kín …", đại tá Lê Văn Phương thông tin`, blind-s34-b-008)
            return QuoteReading("model", None, rule, name[0], name[1])
    content = text[c_start:c_end]
    # A title does not end with a full stop inside its quotes; a sentence does.
    sentence = lex.full_stop.search(text, c_end, cand.end) is not None
    # a song's, a book's, a film's or an article's title is no speech (`bản rap “Quét sạch hết!”`, `có bài viết
    # “…”`: not framed by the `viết` in it), nor an offence's name in law (`về hành vi “…”`); nor the text of a
    # rule or a list of names after a colon: `Điều 65 … quy định: “…”`, `4 công trình được trao giải Nhất gồm: “…”`
    work_noun = not colon and _after_work_noun(tokens, lex)
    if (marker == "programme" or work_noun) and not colon and _titled(content, sentence, lex, long_ok=marker == "programme"):
        # `thông tin về hội nghị “Hà Nội 2017- Hợp tác Đầu tư và Phát triển”`, `Trình bày tham luận “…”, PGS,TS.
        # X nhận định`: the name of the event or the work the verb is about, not the words said
        return QuoteReading("other" if work_noun else "programme", None)
    if _document_text(text, cand, content, lex):  # `Quyết định 26/2017 “Quy định một số nội dung …”`
        return QuoteReading("programme" if _programme_start(content, lex) else "other", None)
    speaker = _speaker(text, cand, tokens, colon, lex, ctx)
    if speaker is None and not work_noun and not _programme_start(content, lex) and _framed(tokens, colon, lex):
        speaker = subject_before(text, cand.start, lex, ctx.cast)  # `bà Minh cho rằng “oan sai”`
    work = speaker is None and (_after_text_opener(tokens, lex) if colon else work_noun)
    # `Theo ông Lavrov, … phía Mỹ sẽ phải "…"`: words in a sentence sourced to a person are theirs
    source = source_opening(text, cand.start, lex, ctx.cast) if speaker is None and not colon and not work else None
    if speaker is not None or (not work and _said(text, cand, tokens, colon, lex)):
        if speaker is None and source is None and colon:  # `Ông X cho biết, …, đã nói rõ: “…”`
            source = _colon_reporter(text, cand, lex, ctx)
        return QuoteReading("speech", speaker or source)
    if not sentence and ((marker == "programme" and content[:1].isupper()) or _programme_start(content, lex)):
        return QuoteReading("programme", None)
    if source is not None:
        return QuoteReading("speech", source)
    if not work and ((sentence and len(content.split()) >= SENTENCE_SPEECH_WORDS)
                     or _looks_like_speech(text, cand, content, lex)):
        if colon:
            return QuoteReading("speech", _colon_reporter(text, cand, lex, ctx))
        speaker = _speaker_further(text, cand, lex, ctx)
        return QuoteReading("speech", speaker or _speaker_goes_on(text, cand, previous, prev_end, lex, ctx))
    return QuoteReading("other", None)


def _model_named(tokens: Sequence[str], marker: str | None, filler: int, ctx: _Context, opening: str) -> bool:
    """A quote right after `mô hình` in an article about models names one, on the topic words or not, when it opens
    with a capital as a name does (`mô hình “Gia đình học tập”`; not `mô hình "chợ đêm"`, a proverb: review 21)."""
    return (ctx.about_models and marker == "trigger" and not filler and opening.isupper()
            and " ".join(tokens[-2:]).casefold() == "mô hình")


def _quote_rule(cand: Candidate, text: str, previous: QuoteReading | None, prev_end: int, tokens: Sequence[str],
                colon: bool, marker: str | None, filler: int, content: tuple[int, int], lex: Lexicon) -> str | None:
    """The model rule the quote's surroundings call for, or None; the first that applies wins, in this order: after a
    trigger, a chain of quotes, after `như`, a quote opening with `Mô hình`, then three forms of a closed quote only
    (a group noun with the movement's goal, `là mô hình` after it, `Một trong những mô hình … là` before it)."""
    c_start, c_end = content
    if marker == "trigger":
        return None if _names_building(text, tokens, filler, c_start, lex) else "models.after_trigger"
    if (previous is not None and (previous.kind == "model" or previous.rule is not None)
            and lex.chain.fullmatch(text, prev_end, cand.start)):
        return "models.chain"
    if marker == "list_near" or (marker in ("list", "list_far") and _trigger_before(text, cand.start, lex)):
        return "models.after_nhu"
    if _self_named(text, c_start, c_end, lex):
        return "models.self_named"  # `triển khai “Mô hình Tổ tự quản”`
    if cand.rule != "quotes.closed":
        return None
    if not colon and (marker != "programme" or _trigger_last(tokens, lex)) and _head_named(text, c_start, c_end, lex):
        return "models.head_named"  # `thành lập “Tổ ngư dân tự quản về an ninh trật tự trên biển”`; after `phong trào`
        # too, a trigger as well as a campaign's noun (`phong trào "Xứ họ đạo bình yên - chùa tinh tiến về ANTT"`)
    if lex.named_before.match(text, cand.end):
        return "models.before_trigger"  # `"Đoạn đường ông, cháu cùng chăm" là mô hình 20 năm qua …`
    if _named_after(text, cand.start, lex):
        return "models.named_after"  # `Một trong những mô hình … đó là "Tiếng loa an ninh"`
    return None


def _document_text(text: str, cand: Candidate, content: str, lex: Lexicon) -> bool:
    """Whether a quote gives a document's title or text: right after the document's number (`Quyết định 26/2017`,
    `Điều 7 như sau:`), or opening like a document's subject (`Về việc …`) in one sentence nobody is said to say."""
    begin = max(0, cand.start - DOCUMENT_REF_CHARS)
    if _DIGIT.search(text, begin, cand.start) and lex.document_ref.search(text, begin, cand.start) is not None:
        return True  # (a document's number has a digit: most quotes have none before them, and skip the pattern)
    return (lex.document_title.match(content) is not None and lex.inner_sentence_end.search(content) is None
            and not _said(text, cand, (), False, lex))


# How far before a quote the document reference that names it is looked for (number, date, issuer, `về việc`).
DOCUMENT_REF_CHARS = 160
_DIGIT = regex.compile(r"\d")


def _speaker_goes_on(text: str, cand: Candidate, previous: QuoteReading | None, prev_end: int, lex: Lexicon,
                     ctx: _Context) -> str | None:
    """The speaker of the quote just before, when this speech opens the sentence right after the one that
    names that speaker with a verb of saying, in the same paragraph, nobody else named there (`"…",
    McKenzie chia sẻ. "Đừng bao giờ cố gắng tự bắt giữ một con rắn …"`). Two quotes with nothing but marks
    between may be a question and its answer; a colon opens somebody's words (`PV tiếp tục truy vấn: “…”`)."""
    if previous is None or previous.kind != "speech" or previous.speaker is None:
        return None
    gap = text[prev_end:cand.start]
    stops = list(lex.sentence_end.finditer(gap))
    if len(gap) > SPEAKER_AFTER_CHARS or len(stops) != 1 or gap[stops[0].end():].strip():
        return None  # a paragraph's end, more than one sentence, or words before the quote in its sentence
    if not lex.speaker_verb.search(gap, 0, stops[0].start()):
        return None
    i = bisect.bisect_left(ctx.cast.starts, prev_end)
    while i < len(ctx.cast.officials) and ctx.cast.officials[i].start < cand.start:
        if ctx.cast.officials[i].value.person_key != previous.speaker:
            return None  # `"…", ông A nói. Bà B: "…"`
        i += 1
    return previous.speaker


def _names_building(text: str, tokens: Sequence[str], filler: int, start: int, lex: Lexicon) -> bool:
    """A quote after the works trigger (`công trình`, fillers allowed) that opens with a built thing's head
    (`công trình “Trụ sở Công an xã …”`, models_building_heads.txt) or follows "với" (`GS. TS X với công trình “…”`, an
    author's entry): a building's or a work's name, no initiative's."""
    before = " ".join(tokens[:len(tokens) - filler])
    return lex.works_trigger.search(before) is not None and (
        lex.building_name.match(text, start) is not None or lex.works_entry.search(before) is not None)


# How far back from a quote after "là" the sentence's "Một trong những mô hình" is looked for (the gold's longest run
# between them, "mang lại kết quả và được đánh giá cao về tính hiệu quả đó", is 70 characters).
NAMED_AFTER_CHARS = 160


def _named_after(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the quote at `at` follows "là" in a sentence that opens with "one of the models" (lex.named_after)."""
    if lex.named_after_lead.search(text, max(0, at - 4), at) is None:
        return False  # most quotes: no "là" right before, no search back
    return lex.named_after.search(text, max(0, at - NAMED_AFTER_CHARS), at) is not None


def _self_named(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A quote that opens with a generic `Mô hình` and a name after it, not a sentence about
    the model (`“Mô hình đã được Nhân dân đón nhận nhiệt tình. …`: a stop word follows)."""
    generic = lex.leading_generic.match(text, start, end)
    return generic is not None and lex.unquoted_stop.match(text, generic.end(), end) is None


def _head_named(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """A quote that opens with a capitalised group noun of the movement (`Tổ`, `Đội`, `Câu lạc bộ`:
    models_quoted_heads.txt) and names it in a few words, no sentence: the name of a team or club."""
    if not text[start:start + 1].isupper() or end - start > HEAD_NAMED_MAX_CHARS:
        return False
    if lex.inner_sentence_end.search(text, start, end) is not None:
        return False
    head = lex.quoted_head.match(text, start, end)
    if head is not None and head.end() < end:
        return True
    # a community named with the movement's goal: `“Khu dân cư Lò Vôi tự quản về an ninh trật tự”`
    return lex.goal_name_head.match(text, start, end) is not None and lex.goal_name_end.search(text, start, end) is not None


def _titled(content: str, sentence: bool, lex: Lexicon, long_ok: bool = False) -> bool:
    """Whether quoted words read as a title: capitalised, shorter than speech, no sentence inside; right after a
    programme's noun any length (`Đề án "Các giải pháp tăng cường kiểm soát chất lượng đào tạo luật"`: 12 words)."""
    if not content[:1].isupper() or sentence:
        return False
    return len(content.split()) < LONG_SPEECH_WORDS or long_ok and not lex.inner_sentence_end.search(content)



def _content(text: str, cand: Candidate, lex: Lexicon) -> tuple[int, int]:
    """The span inside a quote's marks."""
    return _strip_span(text, cand.start, cand.end, lex)


def _context_start(text: str, at: int, lex: Lexicon) -> int:
    """Where the words right before `at` start: after the nearest cutting punctuation."""
    start = max(0, at - CONTEXT_CHARS)
    cut = lex.context_cut.search(text, start, at)
    return cut.end() if cut else start


def _context_tokens(text: str, at: int, lex: Lexicon) -> tuple[list[str], bool]:
    """Words right before `at`, back to the nearest cutting punctuation, and whether a colon ends them."""
    bracket = lex.bracketed_acronym.search(text, max(0, at - CONTEXT_CHARS), at)
    if bracket:  # `Câu lạc bộ (CLB) “Cảm hóa …”`: the abbreviation of the trigger is skipped
        at = bracket.start()
    stripped = text[_context_start(text, at, lex):at].rstrip()
    colon = stripped.endswith(":")
    return lex.word.findall(stripped), colon


# Rules whose quoted name may open in lower case: right after a trigger (`mô hình “camera an ninh”`), or chained to
# a model read so (`các mô hình: “Cựu chiến binh gương mẫu …”, “tuyến đường cựu chiến binh tự quản”, “ánh sáng an
# ninh”`, blind-s13-a-009), or called a model right after it (`một chiếc “móc khóa an ninh” - mô hình sáng kiến`,
# blind-s10-a-027).
LOWER_CASE_RULES = frozenset({"models.after_trigger", "models.chain", "models.before_trigger"})


# A quote opening with a group noun names a team when it is this short (the gold's longest, `Tổ ngư dân tự quản
# về an ninh trật tự trên biển`, has 47 characters; a sentence is longer).
HEAD_NAMED_MAX_CHARS = 80

# Plain words allowed between a multi-word adjacent trigger and its quote (`Tổ tự quản tàu thuyền "5 không"`,
# blind-s8-a-028); a one-word one (`tổ`, `đội`) must touch the quote.
ADJACENT_MAX_FILLER = 2

# The longest noun of models_work_titles.txt, in words (`tên gọi xuất xứ hàng hóa`).
WORK_NOUN_WORDS = 4

# The word that opens a range of names right after a comma ("mô hình sáng tạo, từ “A” cho đến “B”").
RANGE_OPENER = "từ"

# Words that open a list before a colon like "như:" ("các mô hình ... vùng tôn giáo có: “A”, “B”",
# "Các mô hình bao gồm: ...").
LIST_OPENERS = frozenset({"có", "gồm", "là"})


def _after_work_noun(tokens: Sequence[str], lex: Lexicon) -> bool:
    """Whether the words right before a quote name a titled work (`ca khúc`, `bộ phim`) or a name's kind (`tên gọi
    xuất xứ hàng hóa`: models_work_titles.txt, up to WORK_NOUN_WORDS words)."""
    low = [t.casefold() for t in tokens[-WORK_NOUN_WORDS:]]
    return any(" ".join(low[i:]) in lex.works for i in range(len(low)))


def _after_text_opener(tokens: Sequence[str], lex: Lexicon) -> bool:
    """Whether the words right before a quote's colon open text nobody says (`quy định`, `gồm`)."""
    low = [t.casefold() for t in tokens[-2:]]
    return any(" ".join(low[i:]) in lex.text_openers for i in range(len(low)))


def _marker_before(tokens: Sequence[str], colon: bool, lex: Lexicon) -> tuple[str | None, int]:
    """The nearest trigger, programme marker or `như` before a quote, and the filler words between.

    A trigger may have up to TRIGGER_MAX_FILLER plain lower-case words after
    it (not verbs of saying), and a colon only when nothing sits between. An
    adjacent-only trigger (`tổ`, `đội`) must touch the quote, with no colon,
    and a one-word one needs a quantifier before it (`các tổ`, not `đồng đội`).

    Returns:
        (`trigger` | `programme` | `list` | `list_near` | `list_far` | None, number of filler words):
        `list` is `như:`, `list_near` is `như` after a nearby trigger, `list_far` a bare `như`
        (a model list when a trigger opens its sentence: `có hơn 2.000 mô hình trong phong trào
        … như “A”, “B”`).
    """
    low = [t.casefold() for t in tokens[-(MARKER_MAX_WORDS + TRIGGER_MAX_FILLER + 1):]]
    if colon and low and low[-1] in LIST_OPENERS:
        return "list", 0  # "các mô hình ... có: “A”, “B”": a list, a model one if a trigger is near
    if low and low[-1] == lex.list_word:
        if colon:
            return "list", 0
        return ("list_near", 0) if lex.list_trigger.search(" ".join(low[:-1])) else ("list_far", 0)
    if not colon and low == [RANGE_OPENER]:
        return "list", 0  # "những mô hình sáng tạo, từ “A” cho đến “B”": a range of names opens like a list
    if not colon and any(" ".join(low[-k:]) in lex.name_cues for k in (2, 3)):
        return "list_far", 0  # "mô hình “…” với tên gọi “…”": the name given to a model of its sentence
    for k in range(TRIGGER_MAX_FILLER + 1):
        if k and (colon or k >= len(low)):
            break
        if k:
            word = tokens[len(tokens) - k]
            if _stops_reach(low, len(low) - k, lex):
                break
            if not (word.islower() or word.isdigit() or _is_acronym(word) or word.casefold() in lex.adjacent):
                # a capitalised word is a filler only as the first after the trigger, the model's kind (`mô hình
                # Zalo an ninh “Kết nối Zalo …”`, `mô hình Dân vận khéo “Tuyên truyền …”`, blind-s12-a-013, -027)
                if _trigger_ends(low, len(low) - k, lex):
                    return "trigger", k
                break  # (a capitalised group noun is a filler too: `mô hình Tổ “3 trên 1”`, blind-s9-a-035)
        end = len(low) - k
        for n in range(min(MARKER_MAX_WORDS, end), 0, -1):
            phrase = " ".join(low[end - n:end])
            if k == 0 and phrase in lex.programme:
                return "programme", 0
            if phrase in lex.triggers:
                return ("programme", 0) if _opens_programme(low, end - n, n, lex) else ("trigger", k)
            if (k <= ADJACENT_MAX_FILLER and n > 1 or k == 0) and not colon and phrase in lex.adjacent \
                    and _quantified(low, end - n, n, lex):
                return "trigger", k
    return None, 0


def _trigger_last(tokens: Sequence[str], lex: Lexicon) -> bool:
    """Whether the words right before a quote end with a trigger (`phong trào`), not only a programme's noun."""
    low = [t.casefold() for t in tokens[-MARKER_MAX_WORDS:]]
    return any(" ".join(low[-n:]) in lex.triggers for n in range(1, len(low) + 1))


def _trigger_ends(low: Sequence[str], end: int, lex: Lexicon) -> bool:
    """Whether a trigger (not a programme marker's first words) ends right before word `end`."""
    for n in range(min(MARKER_MAX_WORDS, end), 0, -1):
        if " ".join(low[end - n:end]) in lex.triggers:
            return not _opens_programme(low, end - n, n, lex)
    return False


def _opens_programme(low: Sequence[str], at: int, n: int, lex: Lexicon) -> bool:
    """Whether the trigger of `n` words at `at` opens a longer programme marker (`phong trào thi đua cao điểm
    “500 ngày đêm …”`, blind-s11-b-028: the campaign's name, no model)."""
    return any(" ".join(low[at:at + n + j]) in lex.programme for j in range(1, MARKER_MAX_WORDS - n + 1))


def _stops_reach(low: Sequence[str], i: int, lex: Lexicon) -> bool:
    """Whether word `i` belongs to a reach stop written whole: a verb of saying (`cho biết`, `đặt vấn đề`) or a
    clause word (`được`, `trở thành`, models_trigger_stops.txt). A filler that is one stops a trigger's reach, a
    word that only shares a syllable with one does not (`Phong trào lắp đặt "Camera an ninh"`, blind-s8-a-003:
    `đặt` is no `đặt câu hỏi`)."""
    if low[i] not in lex.reach_stop_words:
        return False
    for n in range(1, lex.reach_stop_max_words + 1):
        for first in range(max(0, i - n + 1), min(i, len(low) - n) + 1):
            if " ".join(low[first:first + n]) in lex.reach_stops:
                return True
    return False


def _is_acronym(word: str) -> bool:
    """An all-capital abbreviation of two letters or more (`ANTT`, `PCCC`): a filler like a plain word
    (`mô hình bảo đảm ANTT “đèn ngoài ngõ, mõ trong nhà”`)."""
    return len(word) >= 2 and word.isupper()


def _quantified(low: Sequence[str], at: int, n: int, lex: Lexicon) -> bool:
    """A multi-word adjacent trigger stands alone; a one-word one needs `các`, `những`, a number ... before it."""
    if n > 1:
        return True
    return at > 0 and (low[at - 1] in lex.quantifiers or low[at - 1].isdigit())


def _trigger_before(text: str, at: int, lex: Lexicon) -> bool:
    """A trigger noun occurs shortly before `at` in the same sentence."""
    return lex.list_trigger.search(text, _sentence_start(text, at, lex), at) is not None


def _programme_start(content: str, lex: Lexicon) -> bool:
    """The quoted text opens like a capitalised programme, campaign or event title, in one sentence."""
    if not content or not content[0].isupper() or lex.inner_sentence_end.search(content):
        return False
    return lex.programme_start.match(content) is not None


def _name_span(text: str, start: int, end: int, unclosed: bool, lex: Lexicon,
               lower_ok: bool = False) -> tuple[int, int] | None:
    """The model name inside a quote: before a place phrase if unclosed; None if not name-like.

    A name opens with a capital or a digit, or with any letter right after a trigger
    (`lower_ok`: `mô hình “camera an ninh”`).
    """
    if unclosed:
        if end == len(text) and text[-1].isalnum():
            return None  # the text is cut inside the quote (`… như: “Trường học vă`): no whole name
        stop = lex.place_stop.search(text, start, end)
        if stop:
            end = stop.start()
    start, end = _strip_span(text, start, end, lex)
    name = text[start:end]
    if not name or not (name[0].isupper() or name[0].isdigit() or lower_ok and name[0].isalpha()):
        return None
    if name[0].islower() and len(name.split()) == 1:
        return None  # a scare quote on one plain word (`Mô hình 'lạ'`, blind-s23-a-001): no gold model is one
    if len(name.split()) > MODEL_MAX_WORDS or lex.inner_sentence_end.search(name):
        return None
    return start, end


def clean_name(raw: str, lex: Lexicon) -> str:
    """A model name without quotes, a leading generic `Mô hình` or a trailing bracket.

    Args:
        raw: the name as written, possibly with marks.
        lex: the compiled lexicon.

    Returns:
        The cleaned name ("" if nothing is left).
    """
    name = raw.strip(lex.trim_chars)
    generic = lex.leading_generic.match(name)
    if generic and generic.end() < len(name):
        name = name[generic.end():]
    bracket = lex.trailing_bracket.search(name)
    if bracket and bracket.start() > 0:
        name = name[:bracket.start()]
    return " ".join(name.strip(lex.trim_chars).split())  # a wrapped line's break is a space in the name


def _speaker(text: str, cand: Candidate, tokens: Sequence[str], colon: bool,
             lex: Lexicon, ctx: _Context) -> str | None:
    """The person_key of the person who says the quote, if one is named beside it (speakers.py)."""
    context_start = _context_start(text, cand.start, lex) if colon else cand.start
    if colon and text[context_start - 1:context_start] == ")":
        # `Bà X (người dân xã Y) tiếc nuối: “…”`: the words before a bracketed apposition name the speaker
        opening = text.rfind("(", max(0, context_start - CONTEXT_CHARS), context_start)
        named = nearest_before(text, opening, lex, ctx.cast) if opening > 0 else None
        if named is not None and not text[named.end:opening].strip():
            context_start = _context_start(text, opening, lex)
    verbs = list(lex.speaker_verb.finditer(text, context_start, cand.start)) if colon else []
    if verbs and lex.word.findall(text, context_start, verbs[-1].start())[-1:] in (["được"], ["bị"]):
        return None  # `Khi được hỏi: “…”`: words said to the person named, not by them
    after = speaker_after(text, cand.start, cand.end, lex, ctx.cast)
    if after is not None or not colon:
        return after
    if lex.quoting_cue.search(text, context_start, cand.start):
        return speaker_quoted(text, cand.start, context_start, lex, ctx.cast)
    if lex.speaker_verb.search(" ".join(tokens[-4:])):
        return speaker_before(text, cand.start, context_start, lex, ctx.cast)
    # `Cũng theo ông Hà Thái Bình: “…”`: the source word (models_speaker_words.tsv) names the speaker without a verb
    if load_words_of_slots().source & {t.casefold() for t in tokens}:
        official = nearest_before(text, cand.start, lex, ctx.cast)
        return official.value.person_key if official and official.start >= context_start else None
    if lex.speaker_verb.search(" ".join(tokens)):  # `Ông X, … kể lại một câu chuyện cười ra nước mắt: “…”`
        return subject_before_colon(text, cand.start, lex, ctx.cast)
    # `Theo bác sĩ X - Trưởng khoa …: “…”`: the source opens the sentence, its apposition runs to the colon
    heading = speaker_heading(text, cand.start, context_start, lex, ctx.cast)
    return heading if heading is not None else source_opening(text, cand.start, lex, ctx.cast)


def _colon_reporter(text: str, cand: Candidate, lex: Lexicon, ctx: _Context) -> str | None:
    """The speaker of speech after a colon with nobody named in its slot: the person who reports it in the sentence
    (`Ông X cho biết, …, đã nói rõ: “…”`), or who opens the sentence (`Luật sư X, đoàn ĐBQH … thẳng thắn: “…”`)."""
    return (sentence_reporter(text, cand.start, lex, ctx.cast)
            or colon_subject(text, cand.start, lex, ctx.cast))


def _speaker_further(text: str, cand: Candidate, lex: Lexicon, ctx: _Context) -> str | None:
    """The speaker of a quote read as speech with no speaker beside it: the subject far before the verb
    that frames it (`Tổng thống Nicolas Maduro đã lên án … và cho rằng “…”`), or, for a quote standing
    alone, the subject reporting in the sentence before (`X đánh giá …. “…”.`), or the person who opens the
    quote's sentence with a verb of saying (`Ông X cho biết, tại tỉnh Y, … “…”`)."""
    return (subject_before(text, cand.start, lex, ctx.cast, relaxed=True)
            or speaker_previous(text, cand.start, cand.end, lex, ctx.cast)
            or sentence_reporter(text, cand.start, lex, ctx.cast))


def _framed(tokens: Sequence[str], colon: bool, lex: Lexicon) -> bool:
    """Quoted words are the object of a verb of saying, with no colon: `cho rằng “…”`,
    `gọi đây là “…”`, `cho biết ông đã có “…”` (the verb at most FRAME_WORDS words back)."""
    return not colon and lex.speech_verb.search(" ".join(tokens[-FRAME_WORDS:])) is not None


def _said(text: str, cand: Candidate, tokens: Sequence[str], colon: bool, lex: Lexicon) -> bool:
    """A verb of saying frames the quote: `nói: “…”` before it, or `”, ông Hải nói.` after it."""
    if colon and lex.speaker_verb.search(" ".join(tokens[-4:])):
        return True
    lead = lex.speaker_lead.match(text, cand.end)
    if lead is None:
        return False
    limit = min(len(text), cand.end + SPEAKER_AFTER_CHARS)
    stop = lex.sentence_end.search(text, lead.end(), limit)
    return lex.speech_verb.search(text, lead.end(), stop.start() if stop else limit) is not None


def _looks_like_speech(text: str, cand: Candidate, content: str, lex: Lexicon) -> bool:
    """Speech without a verb of saying: long, several sentences, or a sentence opening its paragraph."""
    words = len(content.split())
    if words >= LONG_SPEECH_WORDS or lex.inner_sentence_end.search(content):
        return True
    return words >= PARAGRAPH_SPEECH_WORDS and _opens_paragraph(text, cand.start)


def interpret_list_item(cand: Candidate, text: str, lex: Lexicon) -> str | None:
    """The cleaned name of a plain-list item, or None if the item is not name-like.

    An item opens with a capital or a digit, or in lower case when every item of its list does; an item
    between `;` may be as long as a quoted name (`Ban Quản trị các chùa Khmer trên địa bàn huyện Trà Ôn đoàn
    kết tham gia phòng, chống tội phạm, …`, 32 syllables, blind-s10-a-017), one between commas is a short phrase."""
    raw = text[cand.start:cand.end]
    if not (raw[0].isupper() or raw[0].isdigit() or cand.groups.get("lower") and raw[0].isalpha()):
        return None
    name = clean_name(raw, lex)
    longest = SEMICOLON_ITEM_MAX_WORDS if cand.rule == "models.plain_list" else LIST_ITEM_MAX_WORDS
    if not name or len(name.split()) > longest:
        return None
    if name[0].islower() and lex.unquoted_head.fullmatch(name):
        return ""  # a bare kind among names ("…; tổ tự quản; dòng họ bình yên; …", blind-s17-a-001): skipped, the list stays
    return name


def interpret_inline_item(cand: Candidate, text: str, lex: Lexicon) -> str | None:
    """The cleaned name of an inline-list item; `""` for a bare generic category (`tự quản`) or
    a proper name alone (a place), skipped without dropping the list; None if the item is no
    name (too long, no letters)."""
    name = clean_name(text[cand.start:cand.end], lex)
    if not name or len(name.split()) > LIST_ITEM_MAX_WORDS or not name[0].isalnum():
        return None
    if name.casefold() in lex.generic_names or all(w[0].isupper() for w in name.split()):
        return ""  # "Đê Ar, Kon Chiêng": places after "xã Đak Ta Ley", not names of models
    return name


def _generic(name: str, lex: Lexicon) -> bool:
    """The self-management motto in lower case (`phong trào “tự quản, tự phòng, tự bảo vệ”`, s8-a-009; `các mô
    hình "tự phòng, tự quản"`, s6-b-025): the category, no model. Capitalised, right after `mô hình`, the article
    names a model by it (`31 mô hình “Tự quản về an ninh trật tự”`: GUIDELINES.md, settled in round 8)."""
    return name[:1].islower() and lex.generic_name.fullmatch(name) is not None


def tie_province(text: str, windows: Sequence[tuple[int, int]], lex: Lexicon, ctx: _Context,
                 skip: Sequence[tuple[int, int]] = ()) -> str | None:
    """The province the text ties a model to.

    Args:
        text: the document text.
        windows: spans to search in order (after a quoted model: from its
            end to the end of its clause; for a list: the sentence before `như:`).
        lex: the compiled lexicon.
        ctx: per-document lookups.
        skip: spans (other quotes) whose province mentions do not count.

    Returns:
        The first province mention in a window, outside `skip`; when the
        provinces stage gave no mentions at all, a `của tỉnh X` phrase there;
        else the article's only province (with a region named too, only when its first mention locates the article).
    """
    for start, end in windows:
        i = bisect.bisect_left(ctx.province_starts, start)
        while i < len(ctx.provinces) and ctx.provinces[i].start < end:
            m = ctx.provinces[i]
            if not _inside(skip, m.start):
                return m.value.province
            i += 1
        if not ctx.have_provinces:
            tie = lex.province_fallback.search(text, start, end)
            if tie and tie.group("name").casefold() in lex.province_names:  # not `thành phố Đà Lạt` (blind-s4-q-004)
                return tie.group("name")
    return ctx.article_province


def _inside(spans: Sequence[tuple[int, int]], at: int) -> bool:
    """Whether `at` lies in the last span (sorted by start) that starts at or before it."""
    i = bisect.bisect_right(spans, (at, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def interpret_model(reading: QuoteReading, cand: Candidate, text: str, lex: Lexicon, ctx: _Context,
                    clause_limit: int, skip: Sequence[tuple[int, int]]) -> ModelValue | None:
    """The model value of a quote read as a model, or None when its name cleans to nothing."""
    name = clean_name(text[reading.name_start:reading.name_end], lex)
    if not name or _generic(name, lex):
        return None
    return ModelValue(name, tie_province(text, [(cand.end, clause_limit)], lex, ctx, skip))


def interpret_unopened(cand: Candidate, text: str, lex: Lexicon, ctx: _Context, model_ends: set[int],
                       skip: Sequence[tuple[int, int]]) -> ModelValue | None:
    """The model value of a name whose opening mark was left out (`find_unopened`), or None.

    After a colon it must open a list of models (`Các mô hình bao gồm: …”`) or follow a trigger;
    after a closed quote that quote must have been read as a model (`"Tổ …", Đội …"`).
    """
    if not ctx.topic.covers(cand.start, cand.end):
        return None
    if cand.groups["after"] == "quote":
        if int(cand.groups["lead"]) + 1 not in model_ends:
            return None
    else:
        tokens, colon = _context_tokens(text, cand.start, lex)
        marker, _ = _marker_before(tokens, colon, lex)
        if not (marker == "trigger" or marker == "list" and _trigger_before(text, cand.start, lex)):
            return None
    span = _name_span(text, cand.start, cand.end, False, lex)
    if span is None or lex.movement.match(text, span[0]) or _programme_start(text[span[0]:span[1]], lex):
        return None
    name = clean_name(text[span[0]:span[1]], lex)
    if not name:
        return None
    return ModelValue(name, tie_province(text, [(cand.end, _clause_limit(text, cand.end, lex))], lex, ctx, skip))


def _clause_limit(text: str, start: int, lex: Lexicon) -> int:
    limit = min(len(text), start + CLAUSE_MAX_CHARS)
    stop = lex.clause_end.search(text, start, limit)
    return stop.start() if stop else limit


def _sentence_start(text: str, at: int, lex: Lexicon) -> int:
    start = max(0, at - LIST_TRIGGER_WINDOW)
    for stop in lex.sentence_end.finditer(text, start, at):
        start = stop.end()
    return start


def interpret_unquoted(cand: Candidate, text: str, lex: Lexicon, ctx: _Context,
                       skip: Sequence[tuple[int, int]]) -> ModelValue | None:
    """The model value of a name written without quotes after `mô hình`, or None.

    Off the movement's topic (`mô hình 2 vụ lúa xen canh 1 vụ nuôi cá đồng` in a
    farming piece), or the movement's own name, it is no model.
    """
    if not ctx.topic.covers(cand.start, cand.end) or lex.movement.match(text, cand.start):
        return None
    name = clean_name(text[cand.start:cand.end], lex)
    if not name or _generic(name, lex):
        return None
    return ModelValue(name, tie_province(text, [(cand.end, _clause_limit(text, cand.end, lex))], lex, ctx, skip))


# A club's name opens with its kind spelled out, without the bracketed abbreviation (`Câu lạc bộ (CLB) Phụ nữ …`).
CLUB_KIND = "Câu lạc bộ"


def interpret_club(cand: Candidate, text: str, lex: Lexicon, ctx: _Context,
                   skip: Sequence[tuple[int, int]]) -> ModelValue | None:
    """The model value of a club named without quotes (find_clubs), or None off the movement's topic."""
    if not ctx.topic.covers(cand.start, cand.end):
        return None
    words = clean_name(text[int(cand.groups["name"]):cand.end], lex)
    if not words:
        return None
    return ModelValue(f"{CLUB_KIND} {words}",
                      tie_province(text, [(cand.end, _clause_limit(text, cand.end, lex))], lex, ctx, skip))
