"""Find quotation spans and plain lists after `như:`; interpret nothing.

`find_quotes` returns every quotation span (broken ones included), `find_lists`
the items of a plain list after `như:` in a sentence about models.
"""

from __future__ import annotations

import regex

from vnie.extractors.base import Candidate
from vnie.extractors.models.lexicon import (
    CONTEXT_CHARS, CONTINUE_CHARS, LIST_MAX_CHARS, MAX_QUOTES, UNQUOTED_MAX_WORDS, UNQUOTED_MIN_WORDS, Lexicon,
)

# A list after any colon whose sentence names models further back ("Xã duy trì hoạt động 6 mô hình, điển hình
# tiên tiến trong phong trào “…”: A; B; C"): how far back the trigger may be, and how many items it needs.
FAR_HEAD_CHARS = 200
FAR_LIST_MIN_ITEMS = 3

# A closed pair of at most this many words inside a quote never closed may be a term it uses (`"bắt vợ"`).
QUOTED_TERM_MAX_WORDS = 4

# How far back from a closing mark with no opener its name may start (find_unopened).
UNOPENED_MAX_CHARS = 160

# Characters before "mô hình" searched for the "như"/"gồm:" that opens an inline list.
INLINE_LEAD = 16

# Words before "mô hình" that count models of a kind (besides models_quantifiers.txt).
COUNTING_WORDS = frozenset({"hơn", "gần", "vài", "mấy", "số", "trên"})
# Quantifiers that count nothing before "mô hình": "lập" lets a one-syllable trigger stand ("thành lập tổ
# “…”") but "thành lập mô hình Tổ liên gia tự quản về ANTT" names one model.
NOT_COUNTING = frozenset({"lập"})


def find_quotes(text: str, lex: Lexicon) -> list[Candidate]:
    """Every quotation span, in text order.

    A closed quote spans its marks (`“Camera an ninh”`). A doubled opening
    mark (`“”Giáo xứ …”`, `““…”`) opens once. An opening mark never closed
    runs to the end of its clause, or to the end of its paragraph when it
    opens the paragraph (speech continued in the next paragraph). One level
    of nesting is read (`“… mặt bằng “sạch” cho …”`, several pairs in one
    quote): a quote opened inside another is nested if a closing mark follows
    its own, otherwise the outer quote was never closed. A closing mark with no opener in its paragraph
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
    open_single = False  # the current quote opened with a single mark: only single marks close it
    for m in lex.scan.finditer(text):
        if len(out) >= MAX_QUOTES:
            return out
        i = m.start()
        ch = text[i]
        if ch == "\n":
            if open_at is not None and _wrapped(text, i):
                continue  # a hard line wrap inside the quote ("“Tổ\nan ninh trên biển”")
            if open_at is not None and inner_at is None and not open_single and _continues(text, open_at, i, lex):
                continue  # speech that goes on in the next paragraph and closes there
            if open_at is not None:
                _flush_unclosed(out, text, open_at, inner_at, nested, i, lex)
                open_at, inner_at, nested = None, None, []
            continue
        single = lex.single_mark.match(ch) is not None
        if single and ch == "'" and not _straight_single(text, i, lex):
            continue  # an apostrophe: K'Nớ, H'Mông
        if open_at is not None and single != open_single:
            continue  # ‘…’ inside “…” (or the reverse) is not read
        if open_at is not None:
            empty = empty and _only_marks(text, last + 1, i, lex)
            last = i
        if _opens(text, i, ch, open_at is not None, lex):
            if open_at is None:
                open_at, last, empty, open_single = i, i, True, single
            elif empty:
                continue  # a doubled opener
            elif inner_at is None:
                inner_at = i  # nested, like any closed pair before it
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
    """Emit a quote never closed (it ends before the first quote inside it that is no quoted term) and the
    quotes inside it."""
    inside = [c.start for c in nested if not _quoted_term(text, c, lex)]
    inside += [inner_at] if inner_at is not None else []
    _add_unclosed(out, text, open_at, min(inside) if inside else limit, lex)
    out.extend(nested)
    if inner_at is not None:
        _add_unclosed(out, text, inner_at, limit, lex)


def _quoted_term(text: str, quote: Candidate, lex: Lexicon) -> bool:
    """Whether a closed pair inside a quote never closed is a term the quote uses, so the quote goes on
    past it (`bài viết: “Thiếu nữ … bị nhóm thanh niên "bắt vợ" tại huyện Quỳ Hợp (Nghệ An).`, the audit
    at 794b29b): a few words, inside a sentence (not after a full stop or a colon), and no speaker named
    after it in its clause (`… 2 chữ "đồng cảm", Thứ trưởng X gợi ý`: the pair closed the quote too)."""
    if len(text[quote.start:quote.end].split()) > QUOTED_TERM_MAX_WORDS:
        return False
    before = text[max(0, quote.start - 3):quote.start].rstrip()
    if before[-1:] in (".", "!", "?", ":", "…"):
        return False
    stop = lex.clause_end.search(text, quote.end, min(len(text), quote.end + CONTEXT_CHARS))
    return lex.speaker_verb.search(text, quote.end, stop.start() if stop else quote.end + CONTEXT_CHARS) is None


def _wrapped(text: str, nl: int) -> bool:
    """Whether the line break at `nl` only wraps a line: a letter before it, a lower-case letter after."""
    return 0 < nl < len(text) - 1 and text[nl - 1].isalnum() and text[nl + 1].islower()


def _continues(text: str, open_at: int, nl: int, lex: Lexicon) -> bool:
    """Whether a quote opening its paragraph (or after a colon) goes on past the line break at
    `nl`: the next mark after it, closed pairs inside skipped, closes it, within CONTINUE_CHARS
    (`“… 80% nhân sự.\nCuối cùng, … kinh doanh”, bà X cho biết`). A paragraph opening
    with a quote mark starts a new quote."""
    if not (_opens_paragraph(text, open_at) or text[:open_at].rstrip().endswith(":")):
        return False
    inner = False
    for m in lex.quote_mark.finditer(text, nl + 1, min(len(text), nl + 1 + CONTINUE_CHARS)):
        j = m.start()
        if lex.single_mark.match(text, j):
            continue
        if _opens(text, j, text[j], True, lex):
            if inner or _opens_paragraph(text, j):
                return False
            inner = True
        elif inner:
            inner = False
        else:
            return True
    return False


def _straight_single(text: str, i: int, lex: Lexicon) -> bool:
    """A straight `'` is a quote mark only with a space or punctuation on exactly one side."""
    left = i == 0 or lex.straight_left.match(text, i - 1) is not None
    right = i + 1 >= len(text) or lex.straight_right.match(text, i + 1) is not None
    return left != right


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


def find_unopened(text: str, quotes: list[tuple[int, int]], lex: Lexicon) -> list[Candidate]:
    """Names whose opening quote mark was left out: a closing mark outside every quote, after a list
    colon or after the comma or `;` that follows a closed quote, in the same clause.

    `Các mô hình bao gồm: Quản lý giáo dục thanh thiếu niên phạm tội, vi phạm pháp luật” ở phường …`,
    `"Tổ tuyên truyền …", Đội cán sự xã hội tình nguyện về an ninh trật tự" phường …`. The name starts
    after the colon or the separator; `interpret` decides whether it is a model.

    Returns:
        Candidates with rule `quotes.unopened` spanning the name and its closing mark, with
        `groups["after"]` = `colon` or `quote` and `groups["lead"]` where the colon or the quote's
        closing mark is (decimal string).
    """
    out: list[Candidate] = []
    covered = iter(sorted(quotes))
    span = next(covered, None)
    for m in lex.quote_mark.finditer(text):
        i = m.start()
        while span is not None and span[1] <= i:
            span = next(covered, None)
        if span is not None and span[0] <= i < span[1]:
            continue
        if lex.single_mark.match(text, i) or _opens(text, i, text[i], False, lex):
            continue
        lead = lex.unopened_lead.search(text, max(0, i - UNOPENED_MAX_CHARS), i)
        if lead is None:
            continue
        start = lead.end()
        if start < i and text[start].isupper():
            after = "colon" if lead.group("colon") else "quote"
            out.append(Candidate(start, i + 1, "quotes.unopened", {"after": after, "lead": str(lead.start())}))
    return out


def find_lists(text: str, lex: Lexicon) -> list[Candidate]:
    """Items of plain lists after `như:` in a sentence about models.

    `Các mô hình tiêu biểu như: 2 an (…); Rủ nhau làm tốt xóm Chăm; …`: the
    list runs to the end of the sentence; items are split on `;`, or on `,` when the list
    has no `;` and `như:` follows its trigger (`models.comma_list`: `các mô hình … như: Tộc họ
    tự quản, Tổ an ninh xung kích, Tổ nhân dân tự quản`). A list holding
    quote marks is left to the quote rules, unless it is split on `;` and each quote
    opens and closes inside one item: then the quoted items are the quote rules' and
    the plain ones are read here (`gồm: Mô hình “A”; B; C`). After any other colon the
    sentence must name models before it (`far_list_head`) and the list hold at
    least FAR_LIST_MIN_ITEMS items.

    Args:
        text: the normalised article text.
        lex: the compiled lexicon.

    Returns:
        One candidate per non-empty item, rule `models.plain_list`, with the
        list head's start in `groups["head"]` (decimal string).
    """
    out: list[Candidate] = []
    for colon in lex.any_colon.finditer(text):
        head = lex.list_head.search(text, max(0, colon.start() - CONTEXT_CHARS), colon.end())
        far = head is None or head.end() != colon.end()
        if far and not lex.far_list_head.search(text, max(0, colon.start() - FAR_HEAD_CHARS), colon.start()):
            continue
        start = colon.end()
        stop = lex.list_end.search(text, start, start + LIST_MAX_CHARS)
        if stop is None and len(text) - start > LIST_MAX_CHARS:
            continue
        end = stop.start() if stop else len(text)
        quoted = lex.quote_mark.search(text, start, end) is not None
        if quoted and not (";" in text[start:end] and _quotes_whole(text[start:end], lex)):
            continue
        if ";" not in text[start:end]:
            # "các mô hình nhân dân tự quản về ANTT như: Tộc họ tự quản, Tổ an ninh xung kích, Tổ nhân dân tự quản."
            items = [(a, b) for a, b in _inline_items(text, start, end, lex, ",") if b > a]
            if not far or len(items) >= FAR_LIST_MIN_ITEMS and lex.list_colon.match(text, _word_start(text, colon.start())):
                lower = _all_lower(text, start, items, lex) if _headed(text, items, lex) else ""
                out += [Candidate(a, b, "models.comma_list", {"head": str(colon.start()), "lower": lower}) for a, b in items]
            continue
        if far and text[start:end].count(";") + 1 < FAR_LIST_MIN_ITEMS:
            continue
        pos, items = start, []
        for piece in text[start:end].split(";"):
            if quoted and lex.quote_mark.search(piece):
                pos += len(piece) + 1
                continue  # a quoted item is the quote rules' (`gồm: Mô hình “A”; B; C`, blind-s17-a-026)
            a, b = _strip_span(text, pos, pos + len(piece), lex)
            place = lex.trailing_place.search(text, a, b)
            if place:  # "…; đội tình nguyện đảm bảo an ninh trật tự trên địa bàn TT Vũng Liêm": the place is not the name
                b = place.start()
            if b > a:
                items.append((a, b))
            pos += len(piece) + 1
        lower = _all_lower(text, items[0][0] if quoted and items else start, items, lex)
        out += [Candidate(a, b, "models.plain_list", {"head": str(colon.start()), "lower": lower}) for a, b in items]
    return out


def _quotes_whole(span: str, lex: Lexicon) -> bool:
    """Whether each `;` item of a list opens and closes its own quotes: no quote runs across a `;`."""
    for piece in span.split(";"):
        marks = [m.group() for m in lex.quote_mark.finditer(piece)]
        if len(marks) % 2 or sum(1 for m in marks if lex.opener.match(m)) != sum(1 for m in marks if lex.closer.match(m)):
            return False
    return True


def _all_lower(text: str, start: int, items: list[tuple[int, int]], lex: Lexicon) -> str:
    """`"1"` when every item of a list opens in lower case: a list of names all the same (`như: nhà trọ tự quản; tổ xe
    ôm tự quản về ANTT; …`, blind-s5-v-008; `như: nhóm liên gia tự quản, tiếng kẻng an ninh, …`, blind-s13-a-023); one
    capitalised among them is no such list; a list opening with `mô hình` is the inline rule's (find_inline_lists)."""
    return "1" if all(text[a].islower() for a, _ in items) and not lex.leading_generic.match(text, start) else ""


def _headed(text: str, items: list[tuple[int, int]], lex: Lexicon) -> bool:
    """Whether a comma list reads as names of models: at least half its items open with a head word of the movement's
    groups (`nhóm liên gia tự quản, tiếng kẻng an ninh, …, khu dân cư không lấn chiếm lòng lề đường`, blind-s13-a-023),
    none of them a head and a proper name only (`dòng họ Võ Đại (làng Nong, …)`: a clan, blind-s4-q-020); not fields
    (`như: khu vực biên giới, giải phóng mặt bằng, du lịch, y tế`, blind-s11-a-020)."""
    headed = 0
    for a, b in items:
        head = lex.unquoted_head.match(text, a, b)
        if head is None:
            continue
        bracket = text.find("(", head.end(), b)
        words = text[head.end():b if bracket < 0 else bracket].split()
        if words and all(w[:1].isupper() for w in words):  # a bare head ("tổ hòa giải") is no proper name
            return False
        headed += 1
    return 2 * headed >= len(items)


def _word_start(text: str, at: int) -> int:
    """Where the word ending right before `at` (spaces skipped) starts."""
    i = at
    while i and text[i - 1] == " ":
        i -= 1
    while i and text[i - 1].isalnum():
        i -= 1
    return i


def _strip_span(text: str, start: int, end: int, lex: Lexicon) -> tuple[int, int]:
    """Shrink `[start, end)` past spaces, quote marks and edge punctuation."""
    piece = text[start:end]
    left = len(piece) - len(piece.lstrip(lex.trim_chars))
    right = len(piece) - len(piece.rstrip(lex.trim_chars))
    return start + left, max(start + left, end - right)


# Quote marks that only close a quote: one right after an unquoted name closes the quote the name is in.
CLOSING_QUOTES = "”’"


def find_unquoted(text: str, lex: Lexicon) -> list[Candidate]:
    """Model names written without quotes right after `mô hình` (ANNOTATION.md, second release).

    `mô hình 3+1`, `mô hình Tiếng kẻng an ninh tại huyện Phú Thiện`: the name opens
    with a digit or a head word (models_unquoted_heads.txt; a generic one of
    models_unquoted_heads_goal.txt only with a topic word in the name, review 20
    item 3) and runs to punctuation or
    a stop word (models_unquoted_stops.txt), keeping the comma of `phòng cháy, chữa
    cháy`. A quote after `mô hình` is left to `find_quotes`.

    Returns:
        Candidates with rule `models.unquoted` spanning the name.
    """
    out: list[Candidate] = []
    for trigger in lex.unquoted_trigger.finditer(text):
        if _counted(text, trigger.start(), lex) and not lex.counted_name.match(text, trigger.end()):
            continue  # "nhiều mô hình tự quản", "30 mô hình dân vận khéo": a kind, not a name
        start = trigger.end()
        head = lex.unquoted_head.match(text, start)
        if head is None:
            continue
        end = _name_end(text, head.end(), lex)
        if end <= head.end() and not text[start].isdigit():
            continue  # the head alone ("mô hình Câu lạc bộ (CLB) “…”"): a category, the name follows
        if lex.modifiers.fullmatch(text, head.end(), end):
            continue  # "mô hình camera mới", "mô hình dòng họ đầu tiên": a kind of model, not its name
        if head.group("goal") and not lex.topic.search(text, start, end):
            continue  # "theo mô hình tuyến đường Võ Chí Công": a generic type names a model only with its goal
        words = text[start:end].split()
        if len(words) > UNQUOTED_MAX_WORDS or (not text[start].isdigit() and len(words) < UNQUOTED_MIN_WORDS):
            continue
        mark = lex.quote_mark.search(text, end, min(len(text), end + 2))
        if mark and mark.group() not in CLOSING_QUOTES:
            continue  # "mô hình hai giảm “…”": the quoted name is the model; not a quote closing round the name
            # ("báo cáo về “Xây dựng mô hình gậy an ninh trật tự”", blind-s24-a-015)
        out.append(Candidate(start, end, "models.unquoted", {"trigger": str(trigger.start())}))
    return out


def _name_end(text: str, pos: int, lex: Lexicon) -> int:
    """Where an unquoted name that starts its own words at `pos` ends: the run `_unquoted_end` reads, cut before a
    place (`mô hình camera giám sát an ninh trật tự xã Đak Ta Ley`, `Câu lạc bộ (CLB) nữ phòng chống tội phạm ấp Rạch
    Rắn`) and before a trailing conjunction (`mô hình tiếng kẻng an ninh trật tự và đang …`)."""
    end = _unquoted_end(text, pos, lex)
    place = lex.inline_place.search(text, pos, end)
    if place:
        end = place.start()
    conjunction = lex.trailing_conjunction.search(text, pos, end)
    if conjunction:
        end = conjunction.start()
    return end


def find_clubs(text: str, lex: Lexicon) -> list[Candidate]:
    """Clubs named without quotes, spelled out, their goal in their name (`Câu lạc bộ (CLB) Phụ nữ phòng, chống tội
    phạm`, blind-s22-a-002): the name runs as one after `mô hình` (`_unquoted_end`) and stops before a place; a counted
    club (`các`, `42`) is the kind, no name.

    Returns:
        Candidates with rule `models.club` spanning the club, with `groups["name"]` where its own words start (after
        `Câu lạc bộ` and a bracketed `(CLB)`), decimal string.
    """
    out: list[Candidate] = []
    for club in lex.club_name.finditer(text):
        if _counted(text, club.start(), lex):
            continue
        end = _without_modifiers(text, club.end(), _name_end(text, club.end(), lex), lex)
        words = text[club.end():end].split()
        if not words or len(words) > UNQUOTED_MAX_WORDS or not lex.club_goal.search(text, club.end(), end):
            continue
        out.append(Candidate(club.start(), end, "models.club", {"name": str(club.end())}))
    return out


_WORD_RUN = regex.compile(r"\S+")


def _without_modifiers(text: str, start: int, end: int, lex: Lexicon) -> int:
    """`end` moved back before the describing words that close `text[start:end]` (`… phòng chống tội phạm đầu
    tiên`: models_unquoted_modifiers.txt)."""
    cut = end
    for word in _WORD_RUN.finditer(text, start, end):
        if lex.modifiers.fullmatch(text, word.start(), end):
            cut = word.start()
            break
    while cut > start and text[cut - 1] == " ":
        cut -= 1
    return cut


def _unquoted_end(text: str, pos: int, lex: Lexicon) -> int:
    """Where a name written without quotes stops: before punctuation or a stop word.

    A comma right after the head word goes on when another head word follows it: the name
    opens with two coordinated heads (`gia đình, dòng họ không có người nghiện ma túy`,
    `tổ, nhóm liên gia tự quản`)."""
    limit = min(len(text), pos + CONTEXT_CHARS * 2)
    head_end = pos
    while True:
        stop = lex.unquoted_stop.search(text, pos, limit)
        if stop is None:
            end = limit
            break
        join = lex.comma_join.match(text, stop.start()) if text[stop.start()] == "," else None
        if join is None and stop.start() == head_end and text[stop.start()] == ",":
            join = lex.unquoted_head.match(text, stop.start() + 1 + _spaces(text, stop.start() + 1))
            head_end = -1  # one pair of heads only
        if join is None:
            end = stop.start()
            break
        pos = join.end()
    while end > pos and text[end - 1] in " \t":
        end -= 1
    return end


def _spaces(text: str, at: int) -> int:
    """How many spaces start at `at`."""
    n = 0
    while at + n < len(text) and text[at + n] == " ":
        n += 1
    return n


def _counted(text: str, at: int, lex: Lexicon) -> bool:
    """Whether the word before `at` counts models (`các`, `nhiều`, `30`): then no name follows."""
    before = text[max(0, at - 16):at].split()
    if not before:
        return False
    word = before[-1].casefold()
    return word.isdigit() or word in lex.quantifiers and word not in NOT_COUNTING or word in COUNTING_WORDS


def find_inline_lists(text: str, lex: Lexicon) -> list[Candidate]:
    """Items of a list of models written inline without quotes after `như mô hình` or `gồm: Mô hình`.

    `như mô hình tự quản, camera an ninh, trường học an toàn về ANTT…`: the list runs to
    the end of its sentence or an ellipsis; items split on `;` and `,` (not the comma of
    `phòng cháy, chữa cháy`); an item stops where its place starts (`… tại làng Hrăk`,
    `… xã Đak Djrăng`); the list stops at a quote mark (quoted names are left to the
    quote rules) and after an item with its own `mô hình`.

    A list separated by `;` splits on it (`_semicolon_items`), and may open with `Đó là mô hình`.

    Returns:
        One candidate per item, rule `models.inline_list` (`models.semicolon_list` for a `;` list),
        with the list's start in `groups["head"]` (decimal string); an item that is only a place gives none.
    """
    out: list[Candidate] = []
    for trigger in lex.unquoted_trigger.finditer(text):  # "mô hình " before a letter: rare, so cheap
        opened = lex.inline_open.search(text, max(0, trigger.start() - INLINE_LEAD), trigger.start())
        if opened is None:
            continue
        start = trigger.end()
        stop = lex.inline_end.search(text, start, start + LIST_MAX_CHARS)
        if stop is None:
            continue
        end = stop.start()
        semicolons = ";" in text[start:end]
        quote = lex.quote_mark.search(text, start, end)
        if quote and not (semicolons and _quoted_items(text, start, end, lex)):
            end = quote.start()  # quoted names are the quote rules'
            semicolons = ";" in text[start:end]
        if opened.group("is") and not semicolons:
            continue  # "Đây là mô hình tự quản, giúp …": one model described, no list
        items = _semicolon_items(text, start, end, lex) if semicolons else _inline_items(text, start, end, lex)
        for a, b in items:
            place = lex.inline_place.search(text, a, b)
            a, b = _strip_span(text, a, place.start() if place else b, lex)
            if b > a:
                out.append(Candidate(a, b, "models.semicolon_list" if semicolons else "models.inline_list",
                                     {"head": str(opened.start())}))
            if not semicolons and lex.leading_generic.match(text, a):
                break  # "…, mô hình Tiếng kẻng an ninh, an toàn giao thông": the rest is that name's
    return out


def _quoted_items(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """Whether every quote mark of a `;` list stands at the edge of an item: a quoted name is then one item of the
    list (`như: mô hình camera an ninh; thôn xóm bình yên; "Người cha trách nhiệm"; tổ công nhân …`,
    blind-s14-a-019), not a quote inside one."""
    for piece in text[start:end].split(";"):
        inner = piece.strip(" \t").rstrip(".,…")
        if lex.quote_mark.search(inner, 1, max(1, len(inner) - 1)):
            return False
    return True


def _semicolon_items(text: str, start: int, end: int, lex: Lexicon) -> list[tuple[int, int]]:
    """The items of an inline list that separates them with `;`: a comma splits only before a new
    item, `mô hình` or a capitalised word (`mô hình Cụm an ninh liên hoàn, Cụm an ninh liên kết, mô hình
    Tiếng kẻng an ninh, an toàn giao thông và trật tự đô thị; …`, blind-s10-a-005); a comma before a
    lower-case word stays inside the name (`Quản lý, giáo dục đối tượng tù tha …; Tổ tuần tra, canh gác
    bảo vệ mùa vụ`, blind-s10-a-011)."""
    items: list[tuple[int, int]] = []
    pos = start
    for sep in lex.inline_split.finditer(text, start, end):
        if sep.group() == "," and lex.item_comma.match(text, sep.start()) is None:
            continue
        items.append((pos, sep.start()))
        pos = sep.end()
    items.append((pos, end))
    return items


def _inline_items(text: str, start: int, end: int, lex: Lexicon, strip: str = "") -> list[tuple[int, int]]:
    """The spans between the separators of an inline list (`phòng cháy, chữa cháy` kept whole),
    stripped of edge spaces and marks when `strip` (any value) is given."""
    items: list[tuple[int, int]] = []
    pos = start
    for sep in lex.inline_split.finditer(text, start, end):
        if sep.group() == "," and lex.comma_join.match(text, sep.start()):
            continue
        items.append((pos, sep.start()))
        pos = sep.end()
    items.append((pos, end))
    return [_strip_span(text, a, b, lex) for a, b in items] if strip else items
