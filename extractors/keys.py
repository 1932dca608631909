"""`key()`: the comparison form of ANNOTATION.md "Key normalisation".

One definition for the scorer and the extractors (`person_key` is `key(name)`).

Both gold and predictions go through `key` before they are compared, so two
spellings of the same fact (`Uỷ ban` / `Ủy ban`, `TP. Hồ Chí Minh - Hà Nội` /
`tp. hồ chí minh–hà nội`) compare equal.
"""

from __future__ import annotations

import functools
import unicodedata

import regex

from vnie.extractors.normalise import fix_tone_marks

# Every dash of ANNOTATION.md (‐ ‑ ‒ – — −), the ASCII hyphen-minus, and the
# horizontal bar, small and full-width hyphen-minus that pasted text brings.
DASHES = "-\u2010\u2011\u2012\u2013\u2014\u2212\u2015\ufe58\ufe63\uff0d"
# The quotes of ANNOTATION.md: “ ” " ' ‘ ’ « ».
QUOTES = "\u201c\u201d\"'\u2018\u2019\u00ab\u00bb"

_QUOTE = regex.compile("[" + regex.escape(QUOTES) + "]")
_SPACE = regex.compile(r"\s+")
_DASH = regex.compile(r"\s*[" + regex.escape(DASHES) + r"]\s*")
# Punctuation at either end; `%` is kept because it is a unit (`15,3%` -> unit `%`).
_EDGE = regex.compile(r"^[\p{P}\s--[%]]+|[\p{P}\s--[%]]+$", regex.V1)
_WORD = regex.compile(r"\w+")


# Extractors key every name and title they meet; the cache covers an article's worth.
KEY_CACHE_SIZE = 65536


@functools.lru_cache(maxsize=KEY_CACHE_SIZE)
def key(text: str | None) -> str:
    """The comparison key of a gold or predicted string.

    Steps, in order: NFC; tone mark on the first vowel of a final `oa`/`oe`/`uy`
    (not `qu`+`y`); quotes removed; whitespace collapsed; every dash becomes `-`
    with no spaces around it; punctuation at either end removed; casefolded.

    Args:
        text: any string; None is treated as the empty string.

    Returns:
        The key; `""` for None, empty or punctuation-only input.
    """
    if not text:
        return ""
    text = fix_tone_marks(unicodedata.normalize("NFC", text))
    text = _QUOTE.sub("", text)
    text = _SPACE.sub(" ", text).strip()
    text = _DASH.sub("-", text)
    text = _EDGE.sub("", text)
    return unicodedata.normalize("NFC", text.casefold())


def first_word(text: str | None) -> str:
    """The first word of `key(text)` (`""` if none): how number units are matched.

    Punctuation glued to it is not part of the word: `huyện, thị xã` starts with `huyện`.
    """
    return key(key(text).split(" ", 1)[0])


def word_set(text: str | None) -> frozenset[str]:
    """The words of `key(text)`, punctuation dropped: what lenient model matching compares."""
    return frozenset(_WORD.findall(key(text)))


def unmarked(text: str) -> str:
    """`text` lower-cased without tone or vowel marks, character for character (`Đà Nẵng` -> `da nang`),
    so offsets into it are offsets into `text`: for URL slugs and syllable shapes written without marks."""
    return text.lower().translate(_unmarked_table())


@functools.cache
def _unmarked_table() -> dict[int, str]:
    """Each precomposed Latin letter -> its base letter (`ặ` -> `a`, `đ` -> `d`)."""
    table = {ord("đ"): "d"}
    for code in range(0xC0, 0x1F00):
        base = unicodedata.normalize("NFD", chr(code))[0]
        if base != chr(code) and base.isascii():
            table[code] = base.lower()
    return table
