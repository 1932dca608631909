"""Model names (mô hình, cách làm, câu lạc bộ ...) and every quotation span.

Two tables come from here (ANNOTATION.md "models", GUIDELINES.md "Models"):

- `quotes`: each span between quotation marks (“ ” " " « »), broken ones
  included (`“”Giáo xứ …”`, an opening quote never closed), with its kind
  (`model`, `programme`, `speech`, `other`) and, for speech, the speaker's
  `person_key` when the officials stage names one next to the quote.
- `models`: a quoted name right after a trigger noun (`mô hình “Camera an
  ninh”`, `mô hình hai giảm “…”`), further quotes chained after it
  (`mô hình: “A”, “B” của tỉnh Gia Lai`), quotes after `như:` in a sentence
  about models, names whose opening mark was left out (`bao gồm: A”`), and
  plain lists after `như:` separated by `;`.

A quoted name or list item counts as a model only on the movement's topic
(security, order, crime prevention): topic words (`models_topic_words.txt`)
near it or dense enough in the article. Off topic, a quote after `mô hình`
(`mô hình “Thuyền cà phê”` in a tourism piece) stays in `quotes` only.

A model's province is the first province mention between the model and the
end of its clause (`… của tỉnh Gia Lai`); failing that, the article's only
province when it names exactly one and locates the article (a region named too
no more often than it); else None.

`find.py` returns cheap candidates (`find_quotes`, `find_lists`); `interpret.py`
reads them (`classify_quote`, `interpret_model`, `interpret_list_item`,
`tie_province`); `lexicon.py` holds the tuned constants and the compiled data.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from typing import Any

import regex

from vnie.extractors.base import Candidate, Found, Mention, ModelValue, NormalisedDoc, QuoteValue
from vnie.extractors.models.find import (
    find_clubs, find_inline_lists, find_lists, find_quotes, find_unopened, find_unquoted,
)
from vnie.extractors.models.interpret import (
    QuoteReading, _clause_limit, _context, _Context, _sentence_start, classify_quote, clean_name,
    interpret_club, interpret_inline_item, interpret_list_item, interpret_model, interpret_unopened, interpret_unquoted,
    tie_province,
)
from vnie.extractors.models.speakers import whole_speaker
from vnie.extractors.models.lexicon import (
    KINDS, LIST_ITEM_MAX_WORDS, LIST_MIN_ITEMS, TOPIC_MIN_NEAR, TOPIC_MIN_PER_1K, TOPIC_WINDOW, Lexicon, load_lexicon,
)

__all__ = ["KINDS", "TOPIC_MIN_NEAR", "TOPIC_MIN_PER_1K", "TOPIC_WINDOW", "build", "clean_name", "extract_models",
           "load_lexicon"]


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
    readings: list[tuple[Candidate, QuoteReading]] = []
    for cand in quotes:
        reading = classify_quote(cand, text, previous, prev_end, lex, ctx)
        if reading.kind == "model":
            limit = _clause_limit(text, cand.end, lex)
            value = interpret_model(reading, cand, text, lex, ctx, limit, spans)
            if value is None:
                reading = QuoteReading("other", None)
            else:
                end = cand.end if cand.rule == "quotes.closed" else reading.name_end
                start, value = _with_group(text, cand.start, value, lex)
                models.append(Mention.at(doc, start, end, reading.rule, value))
        readings.append((cand, reading))
        previous, prev_end = reading, cand.end
    for cand, reading in _names_again(text, readings, lex):
        speaker = whole_speaker(text, reading.speaker, cand.start, ctx.cast)
        out.append(Mention.at(doc, cand.start, cand.end, cand.rule, QuoteValue(reading.kind, speaker)))
    models.extend(_unopened_models(doc, lex, ctx, spans, {m.end for m in models}))
    models.extend(_unquoted_models(doc, lex, ctx, sorted(spans), _read_whole(readings)))
    models.extend(_club_models(doc, lex, ctx, sorted(spans), models))
    models.extend(_list_models(doc, lex, ctx))
    models, inline = _inline_models(doc, lex, ctx, models)
    return _one_wording(doc, _outgrown(models, inline) + inline) + out


_NAME_WORD = regex.compile(r"[\p{L}\p{N}]+|\+")  # "+" keeps `1+4` apart from `1-4` (sec-001)
_BRACKETED = regex.compile(r"\([^()]*\)")


def _one_wording(doc: NormalisedDoc, models: list[Mention[Any]]) -> list[Mention[Any]]:
    """`models` with a model written again with its words reordered (`Tổ công nhân tự quản khu nhà trọ` / `Tổ tự quản
    khu nhà trọ công nhân`, blind-s31-a-027) or without a bracketed place (`Khu công nghiệp Bá Thiện II (Bình Xuyên) an
    toàn …`) named as first written: GUIDELINES.md, one model in two wordings is listed once, under the first. Names
    that differ in punctuation only, or in a word, stay apart (the gold lists both: `Nhà trọ văn minh, không có …` /
    `Nhà trọ văn minh không có …`, n-037; `Dòng họ tự quản về …` / `dòng họ Bùi tự quản …`, blind-s15-a-006); so do
    abbreviations spelt out (`về ANTT` / `về an ninh trật tự`: read as one, all gold lost more models than it gained,
    round 19). Spans are kept."""
    if len(models) < 2:
        return models
    seen: dict[tuple[str, ...], tuple[tuple[str, ...], str]] = {}  # sorted words -> (words as written, first name)
    renamed: dict[int, str] = {}  # index in `models` -> the first wording
    for i in sorted(range(len(models)), key=lambda i: models[i].start):
        name = models[i].value.name
        written = tuple(_NAME_WORD.findall(name.casefold()))
        words = tuple(sorted(_NAME_WORD.findall(_BRACKETED.sub(" ", name).casefold())))
        if words not in seen:
            seen[words] = (written, name)
        elif seen[words][0] != written and seen[words][1] != name:
            renamed[i] = seen[words][1]
    return [Mention.at(doc, m.start, m.end, m.rule, ModelValue(renamed[i], m.value.province)) if i in renamed else m
            for i, m in enumerate(models)]


def _outgrown(models: list[Mention[Any]], inline: list[Mention[Any]]) -> list[Mention[Any]]:
    """`models` without the names written without quotes that an item of a `;` list holds and goes on past:
    the item runs to its `;`, the unquoted name stopped at a comma (`mô hình Tiếng kẻng an ninh, an toàn giao
    thông và trật tự đô thị; …`, blind-s10-a-005)."""
    items = [(m.start, m.end) for m in inline if m.rule == "models.semicolon_list"]
    if not items:
        return models
    return [m for m in models
            if not (m.rule == "models.unquoted" and any(a <= m.start and m.end < b for a, b in items))]


# How far before a quoted formula its group noun is looked for (`Tổ tự quản “5 trong 1”`).
GROUP_BEFORE_CHARS = 40


def _with_group(text: str, start: int, value: ModelValue, lex: Lexicon) -> tuple[int, ModelValue]:
    """A quoted name that is a formula of digits (`“5 trong 1”`, `“3 trên 1”`) names nothing without the group noun
    written right before it: the model is `Tổ tự quản 5 trong 1`, its span from the group noun (lex.group_before_formula)."""
    if not value.name[:1].isdigit():
        return start, value
    group = lex.group_before_formula.search(text, max(0, start - GROUP_BEFORE_CHARS), start)
    if group is None:
        return start, value
    words = " ".join(text[group.start():start].split())
    return group.start(), ModelValue(f"{words} {value.name}", value.province)


def _names_again(text: str, readings: list[tuple[Candidate, QuoteReading]],
                 lex: Lexicon) -> list[tuple[Candidate, QuoteReading]]:
    """A programme's name written again without its marker is the programme still (`chương trình
    “Trái tim cho em”` … `phối hợp với “Trái tim cho em”`): a quote read as `other`, or as speech
    nobody says, with the very words of a capitalised quote read as `programme` elsewhere in the article
    (a nickname read as a title once at a sentence's start, `"Thiên hậu" dành thời gian`, stays `other`
    in lower case)."""
    names = {words for words in (_words(text, cand, lex) for cand, reading in readings if reading.kind == "programme")
             if words[:1].isupper()}
    if not names:
        return readings
    return [(cand, QuoteReading("programme", None)
             if (reading.kind == "other" or reading.kind == "speech" and reading.speaker is None)
             and _words(text, cand, lex) in names else reading) for cand, reading in readings]


def _words(text: str, cand: Candidate, lex: Lexicon) -> str:
    """A quote's words as written, without marks."""
    return " ".join(text[cand.start:cand.end].strip(lex.trim_chars).split())


def _unopened_models(doc: NormalisedDoc, lex: Lexicon, ctx: _Context, quotes: list[tuple[int, int]],
                     model_ends: set[int]) -> list[Mention[Any]]:
    """Models whose opening quote mark was left out (a closing mark outside every quote)."""
    out: list[Mention[Any]] = []
    for cand in find_unopened(doc.text, quotes, lex):
        value = interpret_unopened(cand, doc.text, lex, ctx, model_ends, quotes)
        if value is not None:
            out.append(Mention.at(doc, cand.start, cand.end, "models.unopened", value))
            model_ends.add(cand.end)  # the next name may chain after this one
    return out


def _read_whole(readings: list[tuple[Candidate, QuoteReading]]) -> list[tuple[int, int]]:
    """The spans of the quotes read whole, as a model or as someone's speech; the other quotes (a report's or a
    programme's title, `báo cáo về “Xây dựng mô hình gậy an ninh trật tự”`) may hold a model named without quotes."""
    return sorted((cand.start, cand.end) for cand, reading in readings
                  if reading.kind == "model" or reading.kind == "speech" and reading.speaker is not None)


def _unquoted_models(doc: NormalisedDoc, lex: Lexicon, ctx: _Context,
                     quotes: list[tuple[int, int]], whole: list[tuple[int, int]]) -> list[Mention[Any]]:
    """Models named without quotes right after `mô hình`, outside every quote read `whole` (as a model or speech);
    `quotes` are all quotes, which the province search skips."""
    text = doc.text
    if "mô hình" not in text and "Mô hình" not in text:
        return []
    out: list[Mention[Any]] = []
    for cand in find_unquoted(text, lex):
        i = bisect.bisect_right(whole, (cand.start, len(text))) - 1
        if i >= 0 and whole[i][0] <= cand.start < whole[i][1]:
            continue  # inside a model's quote or speech: read with it
        value = interpret_unquoted(cand, text, lex, ctx, quotes)
        if value is not None:
            out.append(Mention.at(doc, cand.start, cand.end, cand.rule, value))
    return out


def _club_models(doc: NormalisedDoc, lex: Lexicon, ctx: _Context, quotes: list[tuple[int, int]],
                 found: list[Mention[Any]]) -> list[Mention[Any]]:
    """Clubs named without quotes (find_clubs), outside every quote and every model found already (`mô hình Câu lạc
    bộ xung kích …` is the unquoted rule's)."""
    if "Câu lạc bộ" not in doc.text:
        return []
    out: list[Mention[Any]] = []
    for cand in find_clubs(doc.text, lex):
        if any(a < cand.end and cand.start < b for a, b in quotes) or \
                any(m.start < cand.end and cand.start < m.end for m in found):
            continue
        value = interpret_club(cand, doc.text, lex, ctx, quotes)
        if value is not None:
            out.append(Mention.at(doc, cand.start, cand.end, cand.rule, value))
    return out


def _list_models(doc: NormalisedDoc, lex: Lexicon, ctx: _Context) -> list[Mention[Any]]:
    """Models of plain lists: all items of a list must be name-like, and there must be enough."""
    return _grouped_models(doc, lex, ctx, find_lists(doc.text, lex), _list_item, set())


def _list_item(cand: Candidate, text: str, lex: Lexicon) -> str | None:
    """A plain-list item's name; in a comma list a run of capitalised words is a place, not a name."""
    name = interpret_list_item(cand, text, lex)
    if name and cand.rule == "models.comma_list" and all(w[0].isupper() for w in name.split()):
        return None  # "như: Hà Nội, Đà Nẵng": places
    return name


def _inline_models(doc: NormalisedDoc, lex: Lexicon, ctx: _Context,
                   found: list[Mention[Any]]) -> tuple[list[Mention[Any]], list[Mention[Any]]]:
    """`found`, and the models of inline lists after `như mô hình`: every item name-like and on the topic,
    at least two of them; an item a quote or an earlier rule already gave is skipped, and takes the list's province
    when it has none (`như: mô hình Tổ phụ nữ không có TNXH; Tổ 4 giảm, 4 không; …`, blind-s27-a-018)."""
    if "mô hình" not in doc.text and "Mô hình" not in doc.text:
        return found, []
    items = find_inline_lists(doc.text, lex)
    spans = [(c.start, c.end) for c in items if c.rule == "models.semicolon_list"]
    # an unquoted name inside a longer `;` item gives way to it (_outgrown); a quoted item read by the quote rules
    # is theirs (its span holds the item's)
    kept = [m for m in found
            if not (m.rule == "models.unquoted" and any(a <= m.start and m.end < b for a, b in spans))]
    taken = {e for m in kept for e in (m.start, m.end)}
    taken.update(c.start for c in items if any(m.start <= c.start and c.end <= m.end for m in kept))
    tied: dict[int, str] = {}
    inline = _grouped_models(doc, lex, ctx, items, interpret_inline_item, taken, sentence_topic=True, tied=tied)
    return [_tied(doc, m, tied.get(m.start)) for m in found], inline


def _tied(doc: NormalisedDoc, model: Mention[Any], province: str | None) -> Mention[Any]:
    """`model` with `province` when it has none."""
    if province is None or not isinstance(model.value, ModelValue) or model.value.province is not None:
        return model
    return Mention.at(doc, model.start, model.end, model.rule, ModelValue(model.value.name, province))


def _grouped_models(doc: NormalisedDoc, lex: Lexicon, ctx: _Context, candidates: Iterable[Candidate],
                    interpret: Callable[[Candidate, str, Lexicon], str | None], taken: set[int],
                    sentence_topic: bool = False, tied: dict[int, str] | None = None) -> list[Mention[Any]]:
    """The items of each list (candidates grouped by their `head`) as models, when every item
    reads as a name, there are enough of them and the list is on the topic; the province is
    the one tied to the sentence before the list's head.

    With `sentence_topic` the list's own sentence must hold a topic word: items written without
    quotes in an article on the movement may still be any scheme (`nhiều mô hình thiết thực … như:
    mô hình làm kinh tế giỏi; mô hình xây dựng gia đình hạnh phúc`, blind-s7-a-014). `tied` gets the list's province
    at the start of each item another rule gave (in `taken`)."""
    text = doc.text
    by_head: dict[str, list[Candidate]] = {}
    for cand in candidates:
        by_head.setdefault(cand.groups["head"] or "", []).append(cand)
    out: list[Mention[Any]] = []
    for head, items in by_head.items():
        names = [interpret(c, text, lex) for c in items]
        while len(names) > LIST_MIN_ITEMS and names[-1] is None and _clause(text, items[-1]):
            names.pop()  # "…; CLB phụ nữ với ATGT; đặc biệt xây dựng được 22 CLB …": the sentence goes on after the list
            items = items[:-1]
        if len(items) < LIST_MIN_ITEMS or any(n is None for n in names):
            continue
        if not ctx.topic.covers(items[0].start, items[-1].end):
            continue
        head_at = int(head)
        if sentence_topic and not lex.topic.search(text, _sentence_start(text, head_at, lex), items[-1].end):
            continue
        province = tie_province(text, _list_windows(text, head_at, lex), lex, ctx)
        for cand, name in zip(items, names):
            if name and cand.start not in taken and cand.end not in taken:
                out.append(Mention.at(doc, cand.start, cand.end, cand.rule, ModelValue(name, province)))
            elif tied is not None and province is not None:
                tied[cand.start] = province
    return out


def _clause(text: str, cand: Candidate) -> bool:
    """Whether a list item is too long for a name between commas: the sentence going on after the list's last name
    (`đặc biệt xây dựng được 22 CLB phòng, chống TNXH từ gia đình với 595 thành viên, đây là mô hình …`), not a
    lower-case item among names, which drops the list (`…; các cụm An ninh liên hoàn giữa các thôn`, s11-a-016)."""
    return len(text[cand.start:cand.end].split()) > LIST_ITEM_MAX_WORDS


def _list_windows(text: str, head_at: int, lex: Lexicon) -> list[tuple[int, int]]:
    """Where a list's province is looked for: its sentence before the head, and the sentence before that when the
    list's opens with `Trong đó` (it breaks that one down: `Tại Đồng Tháp, … . Trong đó, có nhiều mô hình … như:`)."""
    start = _sentence_start(text, head_at, lex)
    windows = [(start, head_at)]
    if start and lex.refers_back.match(text, start):
        windows.append((_sentence_start(text, start - 1, lex), start))
    return windows


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
