"""Model names (mô hình, cách làm, câu lạc bộ ...) and every quotation span.

Two tables come from here (ANNOTATION.md "models", GUIDELINES.md "Models"):

- `quotes`: each span between quotation marks (“ ” " " « »), broken ones
  included (`“”Giáo xứ …”`, an opening quote never closed), with its kind
  (`model`, `programme`, `speech`, `other`) and, for speech, the speaker's
  `person_key` when the officials stage names one next to the quote.
- `models`: a quoted name right after a trigger noun (`mô hình “Camera an
  ninh”`, `mô hình hai giảm “…”`), further quotes chained after it
  (`mô hình: “A”, “B” của tỉnh Gia Lai`), quotes after `như:` in a sentence
  about models, and plain lists after `như:` separated by `;`.

A quoted name or list item counts as a model only on the movement's topic
(security, order, crime prevention): topic words (`models_topic_words.txt`)
near it or dense enough in the article. Off topic, a quote after `mô hình`
(`mô hình “Thuyền cà phê”` in a tourism piece) stays in `quotes` only.

A model's province is the first province mention between the model and the
end of its clause (`… của tỉnh Gia Lai`); failing that, the article's only
province when it names exactly one and no region; else None.

`find_quotes` and `find_lists` return cheap candidates; `classify_quote`,
`interpret_model` and `interpret_list_item` interpret them.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import regex

from vnie.extractors.base import (
    Candidate,
    Found,
    Mention,
    ModelValue,
    NormalisedDoc,
    OfficialValue,
    ProvinceValue,
    QuoteValue,
    RegionValue,
)
from vnie.gazetteer.load import load_patterns, load_words

# Tuned on the seed articles, corpus/gold and 50 random bench extractions.
# The longest gold model name has 25 words; speech quoted after a trigger is longer.
MODEL_MAX_WORDS = 30
# Plain-list items are short noun phrases; the longest in the seeds has 10 words.
LIST_ITEM_MAX_WORDS = 12
# A plain list needs at least two items, all of them name-like, to count.
LIST_MIN_ITEMS = 2
# Plain words allowed between a trigger noun and the quote (`mô hình hai giảm “…”`).
TRIGGER_MAX_FILLER = 2
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
# Or ends within this many characters before a `nói:` that opens the quote.
SPEAKER_BEFORE_CHARS = 160

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

KINDS = ("model", "programme", "speech", "other")


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
    full_stop: regex.Pattern[str]
    speaker_lead: regex.Pattern[str]
    word: regex.Pattern[str]
    context_cut: regex.Pattern[str]
    province_fallback: regex.Pattern[str]
    list_colon: regex.Pattern[str]
    list_head: regex.Pattern[str]
    list_end: regex.Pattern[str]
    list_trigger: regex.Pattern[str]
    leading_generic: regex.Pattern[str]
    trailing_bracket: regex.Pattern[str]
    place_stop: regex.Pattern[str]
    trim_chars: str
    triggers: frozenset[str]
    adjacent: frozenset[str]
    programme: frozenset[str]
    programme_start: regex.Pattern[str]
    only_marks: regex.Pattern[str]
    quantifiers: frozenset[str]
    speech_verb: regex.Pattern[str]
    speech_words: frozenset[str]
    topic: regex.Pattern[str]


def load_lexicon() -> Lexicon:
    """Compile `patterns/models.yaml` and the `models_*.txt` word lists.

    Raises:
        gazetteer.load.DataError: when a data file breaks its format.
    """
    p = load_patterns("models.yaml")
    fold = lambda name: frozenset(w.casefold() for w in load_words(name))  # noqa: E731
    speech = fold("models_speech_verbs.txt")
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
        full_stop=regex.compile(p["full_stop"]),
        speaker_lead=regex.compile(p["speaker_lead"]),
        word=regex.compile(p["word"]),
        context_cut=regex.compile(p["context_cut"], regex.REVERSE),
        province_fallback=regex.compile(p["province_fallback"]),
        list_colon=regex.compile(p["list_colon"]),
        list_head=regex.compile(p["list_head"]),
        list_end=regex.compile(p["list_end"]),
        list_trigger=regex.compile(p["trigger_word"]),
        leading_generic=regex.compile(p["leading_generic"]),
        trailing_bracket=regex.compile(p["trailing_bracket"]),
        place_stop=regex.compile(p["place_stop"]),
        trim_chars=p["trim_chars"] + " \t\n\r\f\v\u00a0",
        triggers=fold("models_triggers.txt"),
        adjacent=fold("models_triggers_adjacent.txt"),
        programme=fold("models_programme_markers.txt"),
        programme_start=regex.compile(p["programme_start"]),
        only_marks=regex.compile(p["only_marks"]),
        quantifiers=fold("models_quantifiers.txt"),
        speech_verb=regex.compile(p["speech_verb"]),
        speech_words=frozenset(w for v in speech for w in v.split()),
        topic=regex.compile(p["topic"]),
    )


# ---------------------------------------------------------------- find


def find_quotes(text: str, lex: Lexicon) -> list[Candidate]:
    """Every quotation span, in text order.

    A closed quote spans its marks (`“Camera an ninh”`). A doubled opening
    mark (`“”Giáo xứ …”`, `““…”`) opens once. An opening mark never closed
    runs to the end of its clause, or to the end of its paragraph when it
    opens the paragraph (speech continued in the next paragraph). One level
    of nesting is read (`“… mặt bằng “sạch” cho …”`): a quote opened inside
    another is nested if a closing mark follows its own, otherwise the outer
    quote was never closed. A closing mark with no opener in its paragraph
    starts nothing. At most MAX_QUOTES are returned.

    Args:
        text: the normalised article text.
        lex: the compiled lexicon.

    Returns:
        Candidates with rule `quotes.closed` or `quotes.unclosed`.
    """
    out: list[Candidate] = []
    open_at: int | None = None  # the opener of the current quote
    inner_at: int | None = None  # an opener inside it: nested, or the current one was never closed
    nested: list[Candidate] = []  # closed quotes inside the current one
    last = 0  # the last quote mark seen while a quote is open
    empty = True  # nothing but marks and spaces since the opener
    for m in lex.scan.finditer(text):
        if len(out) >= MAX_QUOTES:
            return out
        i = m.start()
        ch = text[i]
        if ch == "\n":
            if open_at is not None:
                _flush_unclosed(out, text, open_at, inner_at, nested, i, lex)
                open_at, inner_at, nested = None, None, []
            continue
        if open_at is not None:
            empty = empty and _only_marks(text, last + 1, i, lex)
            last = i
        if _opens(text, i, ch, open_at is not None, lex):
            if open_at is None:
                open_at, last, empty = i, i, True
            elif empty:
                continue  # a doubled opener
            elif inner_at is None and not nested:
                inner_at = i
            else:
                # A second quote opens inside: the current one was never closed.
                _flush_unclosed(out, text, open_at, inner_at, nested, i, lex)
                open_at, inner_at, nested, last, empty = i, None, [], i, True
            continue
        if open_at is None:
            continue
        if empty:
            # `“”Giáo xứ`: a broken double opener when text follows at once.
            if i + 1 < len(text) and text[i + 1].isalnum():
                continue
            open_at = None
            continue
        if inner_at is not None:
            nested.append(Candidate(inner_at, i + 1, "quotes.closed"))
            inner_at = None
            continue
        out.append(Candidate(open_at, i + 1, "quotes.closed"))
        out.extend(nested)
        open_at, nested = None, []
    if open_at is not None:
        _flush_unclosed(out, text, open_at, inner_at, nested, len(text), lex)
    return out


def _flush_unclosed(out: list[Candidate], text: str, open_at: int, inner_at: int | None,
                    nested: list[Candidate], limit: int, lex: Lexicon) -> None:
    """Emit a quote never closed (it ends before the first quote inside it) and the quotes inside it."""
    inside = [c.start for c in nested] + ([inner_at] if inner_at is not None else [])
    _add_unclosed(out, text, open_at, min(inside) if inside else limit, lex)
    out.extend(nested)
    if inner_at is not None:
        _add_unclosed(out, text, inner_at, limit, lex)


def _opens(text: str, i: int, ch: str, pending: bool, lex: Lexicon) -> bool:
    """Whether the mark at `i` opens a quote (straight quotes by their neighbours)."""
    if lex.opener.match(ch):
        return True
    if lex.closer.match(ch):
        return False
    left = i == 0 or lex.straight_left.match(text, i - 1) is not None
    right = i + 1 >= len(text) or lex.straight_right.match(text, i + 1) is not None
    if left != right:
        return left
    return not pending


def _opens_paragraph(text: str, at: int) -> bool:
    """Nothing but spaces between the start of the paragraph and `at`."""
    i = at - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    return i < 0 or text[i] == "\n"


def _only_marks(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """True when `text[start:end]` holds nothing but quote marks and spaces."""
    return start >= end or lex.only_marks.fullmatch(text, start, end) is not None


def _add_unclosed(out: list[Candidate], text: str, open_at: int, limit: int, lex: Lexicon) -> None:
    """Append the span of a quote opened at `open_at` and never closed before `limit`."""
    end = limit
    if not (_opens_paragraph(text, open_at) and (limit == len(text) or text[limit] == "\n")):
        stop = lex.clause_end.search(text, open_at + 1, limit)
        if stop:
            end = stop.start()
    while end > open_at + 1 and (text[end - 1].isspace() or text[end - 1] in ",:"):
        end -= 1
    if not _only_marks(text, open_at, end, lex):
        out.append(Candidate(open_at, end, "quotes.unclosed"))


def find_lists(text: str, lex: Lexicon) -> list[Candidate]:
    """Items of plain lists after `như:` in a sentence about models.

    `Các mô hình tiêu biểu như: 2 an (…); Rủ nhau làm tốt xóm Chăm; …`: the
    list runs to the end of the sentence; items are split on `;`. Lists
    holding quote marks are left to the quote rules.

    Args:
        text: the normalised article text.
        lex: the compiled lexicon.

    Returns:
        One candidate per non-empty item, rule `models.plain_list`, with the
        list head's start in `groups["head"]` (decimal string).
    """
    out: list[Candidate] = []
    for colon in lex.list_colon.finditer(text):
        head = lex.list_head.search(text, max(0, colon.start() - CONTEXT_CHARS), colon.end())
        if head is None or head.end() != colon.end():
            continue
        start = head.end()
        stop = lex.list_end.search(text, start, start + LIST_MAX_CHARS)
        if stop is None and len(text) - start > LIST_MAX_CHARS:
            continue
        end = stop.start() if stop else len(text)
        if lex.quote_mark.search(text, start, end) or ";" not in text[start:end]:
            continue
        pos = start
        for piece in text[start:end].split(";"):
            a, b = _strip_span(text, pos, pos + len(piece), lex)
            if b > a:
                out.append(Candidate(a, b, "models.plain_list", {"head": str(colon.start())}))
            pos += len(piece) + 1
    return out


def _strip_span(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Shrink `[start, end)` past spaces, quote marks and edge punctuation."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(lex.trim_chars))
    right = len(piece) - len(piece.rstrip(lex.trim_chars))
    return start + left, max(start + left, end - right)


# ---------------------------------------------------------------- interpret


@dataclass(slots=True)
class _Context:
    """Per-document lookups for interpretation: province and official mentions."""

    province_starts: list[int]
    provinces: list[Mention[ProvinceValue]]
    article_province: str | None
    have_provinces: bool
    official_starts: list[int]
    officials: list[Mention[OfficialValue]]
    topic: _Topic


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


def _context(found: Found, text: str, lex: Lexicon) -> _Context:
    places = found.get("provinces", [])
    provinces = sorted((m for m in places if isinstance(m.value, ProvinceValue)), key=lambda m: m.start)
    regions = any(isinstance(m.value, RegionValue) for m in places)
    names = {m.value.province for m in provinces}
    only = next(iter(names)) if len(names) == 1 and not regions else None
    officials = sorted((m for m in found.get("officials", []) if isinstance(m.value, OfficialValue)),
                       key=lambda m: m.start)
    return _Context(
        province_starts=[m.start for m in provinces],
        provinces=provinces,
        article_province=only if len(provinces) >= ARTICLE_PROVINCE_MIN_MENTIONS else None,
        have_provinces=bool(provinces),
        official_starts=[m.start for m in officials],
        officials=officials,
        topic=_Topic(text, lex.topic),
    )


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
    marker, _ = _marker_before(tokens, colon, lex)
    rule = None
    if marker == "trigger":
        rule = "models.after_trigger"
    elif (previous is not None and previous.kind == "model"
          and lex.chain.fullmatch(text, prev_end, cand.start)):
        rule = "models.chain"
    elif marker == "list_near" or (marker == "list" and _trigger_before(text, cand.start, lex)):
        rule = "models.after_nhu"
    elif lex.leading_generic.match(text, c_start, c_end):
        rule = "models.self_named"  # `triển khai “Mô hình Tổ tự quản”`
    if rule is not None and not ctx.topic.covers(cand.start, cand.end):
        rule = None  # off the movement's topic: read as any other quote
    if rule is not None:
        name = _name_span(text, c_start, c_end, cand.rule == "quotes.unclosed", lex)
        if name is not None and not _programme_start(text[name[0]:name[1]], lex):
            return QuoteReading("model", None, rule, name[0], name[1])
    content = text[c_start:c_end]
    speaker = _speaker(text, cand, tokens, colon, lex, ctx)
    if speaker is not None or _said(text, cand, tokens, colon, lex):
        return QuoteReading("speech", speaker)
    # A title does not end with a full stop inside its quotes; a sentence does.
    sentence = lex.full_stop.search(text, c_end, cand.end) is not None
    if not sentence and ((marker == "programme" and content[:1].isupper()) or _programme_start(content, lex)):
        return QuoteReading("programme", None)
    if (sentence and len(content.split()) >= SENTENCE_SPEECH_WORDS) or _looks_like_speech(text, cand, content, lex):
        return QuoteReading("speech", None)
    return QuoteReading("other", None)


def _content(text: str, cand: Candidate, lex: Lexicon) -> tuple[int, int]:
    """The span inside a quote's marks."""
    return _strip_span(text, cand.start, cand.end, lex)


def _context_tokens(text: str, at: int, lex: Lexicon) -> tuple[list[str], bool]:
    """Words right before `at`, back to the nearest cutting punctuation, and whether a colon ends them."""
    start = max(0, at - CONTEXT_CHARS)
    cut = lex.context_cut.search(text, start, at)
    stripped = text[cut.end() if cut else start:at].rstrip()
    colon = stripped.endswith(":")
    return lex.word.findall(stripped), colon


def _marker_before(tokens: Sequence[str], colon: bool, lex: Lexicon) -> tuple[str | None, int]:
    """The nearest trigger, programme marker or `như` before a quote, and the filler words between.

    A trigger may have up to TRIGGER_MAX_FILLER plain lower-case words after
    it (not verbs of saying), and a colon only when nothing sits between. An
    adjacent-only trigger (`tổ`, `đội`) must touch the quote, with no colon,
    and a one-word one needs a quantifier before it (`các tổ`, not `đồng đội`).

    Returns:
        (`trigger` | `programme` | `list` | `list_near` | None, number of filler words):
        `list` is `như:`, `list_near` is `như` after a nearby trigger.
    """
    low = [t.casefold() for t in tokens[-(MARKER_MAX_WORDS + TRIGGER_MAX_FILLER + 1):]]
    if low and low[-1] == lex.list_word:
        if colon:
            return "list", 0
        return ("list_near", 0) if lex.list_trigger.search(" ".join(low[:-1])) else (None, 0)
    for k in range(TRIGGER_MAX_FILLER + 1):
        if k and (colon or k >= len(low)):
            break
        if k:
            word = tokens[len(tokens) - k]
            if not (word.islower() or word.isdigit()) or low[len(low) - k] in lex.speech_words:
                break
        end = len(low) - k
        for n in range(min(MARKER_MAX_WORDS, end), 0, -1):
            phrase = " ".join(low[end - n:end])
            if k == 0 and phrase in lex.programme:
                return "programme", 0
            if phrase in lex.triggers:
                return "trigger", k
            if k == 0 and not colon and phrase in lex.adjacent and _quantified(low, end - n, n, lex):
                return "trigger", 0
    return None, 0


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


def _name_span(text: str, start: int, end: int, unclosed: bool, lex: Lexicon) -> tuple[int, int] | None:
    """The model name inside a quote: before a place phrase if unclosed; None if not name-like."""
    if unclosed:
        stop = lex.place_stop.search(text, start, end)
        if stop:
            end = stop.start()
    start, end = _strip_span(text, start, end, lex)
    name = text[start:end]
    if not name or not (name[0].isupper() or name[0].isdigit()):
        return None
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
    return name.strip(lex.trim_chars)


def _speaker(text: str, cand: Candidate, tokens: Sequence[str], colon: bool,
             lex: Lexicon, ctx: _Context) -> str | None:
    """The person_key of the official who says the quote, if one is named beside it."""
    after = _official_after(text, cand.end, lex, ctx)
    if after is not None:
        return after
    if colon and lex.speech_verb.search(" ".join(tokens[-4:])):
        return _official_before(text, cand.start, lex, ctx)
    return None


def _official_after(text: str, end: int, lex: Lexicon, ctx: _Context) -> str | None:
    """`“…”, Thứ trưởng Lê Quốc Hùng nhấn mạnh.`: the first official after the quote's comma or dash."""
    lead = lex.speaker_lead.match(text, end)
    if lead is None:
        return None
    limit = min(len(text), end + SPEAKER_AFTER_CHARS)
    stop = lex.sentence_end.search(text, lead.end(), limit)
    i = bisect.bisect_left(ctx.official_starts, lead.end())
    if i == len(ctx.officials) or ctx.officials[i].start >= (stop.start() if stop else limit):
        return None
    official = ctx.officials[i]
    tail_end = min(len(text), official.end + SPEAKER_AFTER_CHARS)
    sentence = lex.sentence_end.search(text, official.end, tail_end)
    if not lex.speech_verb.search(text, official.end, sentence.start() if sentence else tail_end):
        return None
    return official.value.person_key


def _official_before(text: str, start: int, lex: Lexicon, ctx: _Context) -> str | None:
    """`Ông Hùng nhấn mạnh: “…”`: the nearest official before the quote in its sentence."""
    i = bisect.bisect_left(ctx.official_starts, start) - 1
    if i < 0:
        return None
    official = ctx.officials[i]
    if official.end > start or start - official.end > SPEAKER_BEFORE_CHARS:
        return None
    if lex.sentence_end.search(text, official.end, start):
        return None
    return official.value.person_key


def _said(text: str, cand: Candidate, tokens: Sequence[str], colon: bool, lex: Lexicon) -> bool:
    """A verb of saying frames the quote: `nói: “…”` before it, or `”, ông Hải nói.` after it."""
    if colon and lex.speech_verb.search(" ".join(tokens[-4:])):
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
    """The cleaned name of a plain-list item, or None if the item is not name-like."""
    raw = text[cand.start:cand.end]
    if not (raw[0].isupper() or raw[0].isdigit()):
        return None
    name = clean_name(raw, lex)
    if not name or len(name.split()) > LIST_ITEM_MAX_WORDS:
        return None
    return name


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
        else the article's only province (None if it names a region too).
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
            if tie:
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
    if not name:
        return None
    return ModelValue(name, tie_province(text, [(cand.end, clause_limit)], lex, ctx, skip))


def _clause_limit(text: str, start: int, lex: Lexicon) -> int:
    limit = min(len(text), start + CLAUSE_MAX_CHARS)
    stop = lex.clause_end.search(text, start, limit)
    return stop.start() if stop else limit


def _sentence_start(text: str, at: int, lex: Lexicon) -> int:
    start = max(0, at - LIST_TRIGGER_WINDOW)
    for stop in lex.sentence_end.finditer(text, start, at):
        start = stop.end()
    return start


# ---------------------------------------------------------------- extractor


def extract_models(doc: NormalisedDoc, found: Found, lex: Lexicon) -> list[Mention[Any]]:
    """Models and quotes of one document.

    Args:
        doc: the normalised document.
        found: mentions of the `provinces` and `officials` stages.
        lex: the compiled lexicon.

    Returns:
        `ModelValue` mentions and `QuoteValue` mentions, in text order per kind.
    """
    text = doc.text
    if not text:
        return []
    ctx = _context(found, text, lex)
    quotes = find_quotes(text, lex)
    spans = [(q.start, q.end) for q in quotes]
    models: list[Mention[Any]] = []
    out: list[Mention[Any]] = []
    previous: QuoteReading | None = None
    prev_end = 0
    for cand in quotes:
        reading = classify_quote(cand, text, previous, prev_end, lex, ctx)
        if reading.kind == "model":
            limit = _clause_limit(text, cand.end, lex)
            value = interpret_model(reading, cand, text, lex, ctx, limit, spans)
            if value is None:
                reading = QuoteReading("other", None)
            else:
                end = cand.end if cand.rule == "quotes.closed" else reading.name_end
                models.append(Mention.at(doc, cand.start, end, reading.rule, value))
        out.append(Mention.at(doc, cand.start, cand.end, cand.rule, QuoteValue(reading.kind, reading.speaker)))
        previous, prev_end = reading, cand.end
    models.extend(_list_models(doc, lex, ctx))
    return models + out


def _list_models(doc: NormalisedDoc, lex: Lexicon, ctx: _Context) -> list[Mention[Any]]:
    """Models of plain lists: all items of a list must be name-like, and there must be enough."""
    text = doc.text
    by_head: dict[str, list[Candidate]] = {}
    for cand in find_lists(text, lex):
        by_head.setdefault(cand.groups["head"] or "", []).append(cand)
    out: list[Mention[Any]] = []
    for head, items in by_head.items():
        names = [interpret_list_item(c, text, lex) for c in items]
        if len(items) < LIST_MIN_ITEMS or any(n is None for n in names):
            continue
        if not ctx.topic.covers(items[0].start, items[-1].end):
            continue
        head_at = int(head)
        province = tie_province(text, [(_sentence_start(text, head_at, lex), head_at)], lex, ctx)
        for cand, name in zip(items, names):
            out.append(Mention.at(doc, cand.start, cand.end, cand.rule, ModelValue(name or "", province)))
    return out


def build():
    """The models extractor: compiles the lexicon once.

    Returns:
        `extract(doc, found) -> list[Mention]` emitting `ModelValue` and
        `QuoteValue` mentions; pure, `[]` for empty text.

    Raises:
        gazetteer.load.DataError: when a data file breaks its format.
    """
    lex = load_lexicon()

    def extract(doc: NormalisedDoc, found: Found) -> list[Mention[Any]]:
        return extract_models(doc, found, lex)

    return extract
