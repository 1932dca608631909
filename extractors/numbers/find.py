"""Find numeric expressions: cheap, broad candidates, nothing interpreted.

Two compiled regexes find a number written in digits (`4.700`, `1,5`, `07`)
or in words (`ba`, `hai mươi`, `một trăm`), with an optional second bound
(`30-40`, `từ 2 đến 3`), a magnitude word (`triệu`, `tỷ`) and a percent sign. What is counted (the unit)
and whether the number is a quantity at all are decided in `interpret`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from collections.abc import Iterator

import regex

from vnie.extractors.base import Candidate
from vnie.extractors.numbers.lexicon import NumberLexicon
from vnie.gazetteer.load import alternation

RULE_DIGITS = "numbers.digits"
RULE_WORDS = "numbers.words"
RULE_RANGE = "numbers.range"
RULE_PERCENT = "numbers.percent"
RULE_FRACTION = "numbers.fraction"



def _words_of(lex: NumberLexicon, *kinds: str, exclude: tuple[str, ...] = (), zero: bool = True) -> str:
    return alternation(
        w for w, (v, k) in lex.number_words.items() if k in kinds and w not in exclude and (zero or v)
    )


def _cased(alternation_text: str) -> str:
    """Add the capitalised form of every word in a `(?:a|b)` alternation (sentence starts)."""
    words = alternation_text[3:-1].split("|")
    return "(?:" + "|".join(sorted({w for v in words for w in (v, v[:1].upper() + v[1:])}, key=lambda w: (-len(w), w))) + ")"


def word_numeral_pattern(lex: NumberLexicon) -> str:
    """A regex (stdlib `re` syntax) for a numeral written in words, up to the hundreds.

    `năm` is not read as a unit digit after `mười`/`mươi` (`mười năm` is ten
    years, fifteen is `mười lăm`), and two digit words never join (`hai năm` is
    two years), so the numeral stops before a following noun. `không` (0)
    does not open a numeral: it is nearly always "not". A lone ambiguous word
    (`năm` = year, `ba` = father, `một` = a/an) must be followed by a known
    head noun or a magnitude (`hơn một tỷ đồng`): the lookahead keeps the
    candidate count, and so the time, low.
    """
    digit = _words_of(lex, "digit", zero=False)
    plain = _words_of(lex, "digit", zero=False, exclude=tuple(lex.ambiguous_words))
    ambiguous = alternation(w for w in lex.ambiguous_words if lex.number_words[w][1] == "digit" and lex.number_words[w][0])
    last = _words_of(lex, "digit", "inner", exclude=("năm",))
    ten = _words_of(lex, "ten")
    tens = _words_of(lex, "tens")
    hundred = _words_of(lex, "hundred")
    filler = _words_of(lex, "filler")
    magnitudes = [w for w, (_, k) in lex.number_words.items() if k == "magnitude"]
    heads = alternation([" ".join(h) for h in lex.heads if h[0][:1].isalpha()] + magnitudes)
    two_digit = rf"(?:{_cased(digit)}\s+{tens}|{_cased(ten)})(?:\s+{last})?"
    three_digit = rf"{_cased(digit)}\s+{hundred}(?:\s+(?:{two_digit}|{filler}\s+{digit}))?"
    lone = rf"{_cased(plain)}|{_cased(ambiguous)}(?=\s+{heads}\b)"
    return rf"\b(?:{three_digit}|{two_digit}|{lone})\b"


@dataclass(frozen=True, slots=True)
class Finders:
    """The compiled finders: numbers in digits (`regex`) and in words (`re`).

    Two engines because each is fast at one task (measured on
    ../shared/bench): `regex` skips to digits at 58 M chars/s, while stdlib
    `re` scans for the opening words of numerals in words (see
    `_opening_words`); the whole numeral is then matched in place.
    """

    digits: regex.Pattern[str]
    fractions: regex.Pattern[str]
    words: re.Pattern[str]
    word_starts: re.Pattern[str]
    bare: re.Pattern[str]
    bare_hedge: re.Pattern[str]
    bare_words: tuple[str, ...]


def compile_finders(lex: NumberLexicon) -> Finders:
    """The regexes that find every numeric candidate.

    Raises:
        DataError: if a word list is empty.
    """
    p = dict(lex.patterns)
    for key in ("digit_left", "glued_unit"):
        p[key] = p[key].replace("EXPONENT", _exponent(lex))
    magnitude = _words_of(lex, "magnitude")
    # or a noun written before it that names it (unit_before_bare.txt: "Ở tuổi 22,", "độ tuổi 13-14.")
    noun_before = alternation(lex.units_before_bare)
    needs_unit = (rf"(?:{p['needs_unit']}|(?<=(?i:{noun_before})\s(?:từ\s)?\d{{1,3}}"
                  rf"(?:\s*[\-–]\s*\d{{1,3}}|\s+đến\s+\d{{1,3}})?))")
    digits = (
        rf"{p['blocked_left']}{p['digit_left']}(?P<num>{p['digits']}){p['digit_right']}"
        rf"(?:\s+(?P<mag1>{magnitude})(?!\p{{L}}|{p['magnitude_noun_tail']}))?"
        rf"(?:(?:{p['range_dash']}|\s+(?:đến|tới)\s+)(?P<num2>{p['digits']}){p['digit_right_end']})?"
        rf"(?P<glued>{p['glued_unit']}(?![\p{{L}}\p{{N}}]))?"
        rf"(?:\s+(?P<mag>{magnitude})(?!\p{{L}}|{p['magnitude_noun_tail']}))?"
        rf"(?(mag)(?P<half>{p['half_after']})?|(?(mag1)(?P<half1>{p['half_after']})?))"
        # the smaller parts of an amount written in several magnitudes: "1 tỷ 560 triệu", "2 nghìn 5 trăm" (interpret.py)
        rf"(?:(?<=\p{{L}})(?P<tail>(?:\s+\d{{1,3}}\s+(?:{magnitude}|trăm)(?!\p{{L}}))+))?"
        rf"(?P<pct>{p['percent']})?"
        rf"(?!\p{{L}})"
        rf"(?(pct)|(?(glued)|(?(mag)|(?(mag1)|{needs_unit}))))"
    )
    words = (rf"(?P<num>{word_numeral_pattern(lex)})(?:\s+(?P<mag>{magnitude})\b(?!{p['magnitude_noun_tail']}))?"
             rf"(?(mag)(?P<half>{p['half_after']})?)(?P<pct>\s+phần trăm\b)?")
    bare = rf"(?P<num>{p['bare_number']})(?:\s+(?P<mag>{magnitude}))?(?!\w)"
    fractions = rf"{p['blocked_left']}{p['digit_left']}{p['fraction']}{p['digit_right_end']}{p['needs_unit']}"
    return Finders(regex.compile(digits), regex.compile(fractions), re.compile(words), re.compile(_opening_words(lex)),
                   re.compile(bare), re.compile(p["bare_hedge"]), tuple(p["bare_number"][3:-1].split("|")))


def _exponent(lex: NumberLexicon) -> str:
    """The 2 or 3 of a flattened `m 2`/`m 3` ("40 m 2 ,", "1,585 m 3 gỗ"), not when a counted unit follows it (a
    unit_heads.tsv head other than a closed one, whose words are also materials: "m 3 nước"): "120 m 2 làn xe" is
    120 m and 2 làn xe, "7 m 3 lần" 7 m and 3 lần."""
    counted = alternation(h.text for h in lex.heads.values() if h.kind != "closed")
    return rf"[23](?![\p{{N}}.,])(?!\s+(?:{counted})(?![\p{{L}}\p{{M}}]))"


def _opening_words(lex: NumberLexicon) -> str:
    """A scan pattern for the words that open a numeral, first letter as a class.

    `[hHbB...](?:ai|a|ốn...)\\b` lets `re` skip ahead by the first character
    (63 M chars/s on ../shared/bench, against 32 for `\\b(?:hai|Hai|...)\\b`).
    It over-matches (`bai`); the left word boundary and the numeral itself are
    checked at each hit.
    """
    words = [w for w, (v, k) in lex.number_words.items() if (k == "digit" and v) or k == "ten"]
    firsts = "".join(sorted({c for w in words for c in (w[0], w[0].upper())}))
    rests = alternation(w[1:] for w in words)
    return rf"[{firsts}]{rests}\b"


def _candidate(m: re.Match[str] | regex.Match[str], words: bool) -> Candidate:
    groups = m.groupdict()
    if groups["pct"]:
        rule = RULE_PERCENT
    elif words:
        rule = RULE_WORDS
    elif groups["num2"]:
        rule = RULE_RANGE
    else:
        rule = RULE_DIGITS
    return Candidate(m.start(), m.end(), rule, groups)


# How far back a hedge before a bare order word may start ("xấp xỉ ", "khoảng ").
BARE_HEDGE_REACH = 10


def _word_numerals(text: str, finders: Finders) -> Iterator[re.Match[str]]:
    """Numerals in words: scan for an opening word, then match the whole numeral there."""
    end = 0
    match = finders.words.match
    for start in finders.word_starts.finditer(text):
        i = start.start()
        if i >= end and (i == 0 or not text[i - 1].isalnum()):
            m = match(text, i)
            if m:
                end = m.end()
                yield m


def _bare_numbers(text: str, finders: Finders) -> Iterator[Candidate]:
    """Bare order words after a hedge (`hơn trăm`, `gần nghìn tỷ`), read as numerals in words.

    Found with `str.find` (the words are rare and never open a sentence: a
    hedge comes first); `hàng trăm` or `50 nghìn` are skipped.
    """
    hedge, bare = finders.bare_hedge.search, finders.bare.match
    for word in finders.bare_words:
        i = text.find(" " + word)
        while i >= 0:
            i += 1
            if hedge(text, max(0, i - BARE_HEDGE_REACH), i):
                m = bare(text, i)
                if m:
                    yield Candidate(i, m.end(), RULE_WORDS, {"num": m.group("num"), "mag": m.group("mag"), "pct": None})
            i = text.find(" " + word, i)


def find_numbers(text: str, finders: Finders) -> list[Candidate]:
    """Numeric candidates in `text`, left to right.

    Args:
        text: the normalised article text.
        finders: the compiled finders from `compile_finders`.

    Returns:
        Candidates whose span covers number(s), magnitude and percent sign;
        `groups` holds those parts by name (None when absent). The hedge
        before the number is read by `interpret`, not here.
    """
    found = [_candidate(m, False) for m in finders.digits.finditer(text)]
    if "/" in text:
        found += [Candidate(m.start(), m.end(), RULE_FRACTION, {"num": m.group("num"), "num2": m.group("num2"),
                            "mag": None, "mag1": None, "glued": None, "pct": None, "tail": None,
                            "half": None})
                  for m in finders.fractions.finditer(text)]
    found += [_candidate(m, True) for m in _word_numerals(text, finders)]
    found += _bare_numbers(text, finders)
    found.sort(key=lambda c: c.start)
    return found
