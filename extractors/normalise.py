"""Normalisation: the only stage that changes the text.

Its output is `articles.text`; every later offset points into it. Steps, in
order: repair legacy font encodings and mojibake, Unicode NFC, one tone-mark
placement (`Uỷ` -> `Ủy`, `hoà` -> `hòa`), control and zero-width characters
removed, spaces tidied, page chrome lines dropped.
"""

from __future__ import annotations

import functools
import hashlib
import re
import unicodedata

import regex

from vnie.gazetteer.load import load_patterns, lowered

# Combining tone marks: grave, acute, hook above, tilde, dot below.
_TONES = ("\u0300", "\u0301", "\u0309", "\u0303", "\u0323")
# Syllable-final vowel pairs whose mark moves to the first vowel (old style
# `hoà` -> `hòa`); `qu` + `y` is excluded by the pattern's lookbehind.
_PAIRS = (("o", "a"), ("o", "e"), ("u", "y"))


def _tone_table() -> dict[str, str]:
    """Map each old-style pair (`oà`, `Uỷ`, `OÀ` ...) to the new style, same length."""
    table: dict[str, str] = {}
    for first, second in _PAIRS:
        for tone in _TONES:
            for f in (first, first.upper()):
                for s in (second, second.upper()):
                    old = f + unicodedata.normalize("NFC", s + tone)
                    new = unicodedata.normalize("NFC", f + tone) + s
                    table[old] = new
    return table


_TONE_TABLE = _tone_table()
# One character class per first vowel rather than an alternation of the 60
# pairs: same matches, twice as fast on the bench corpus.
_TONE_PAIR = regex.compile(
    r"(?<![qQ])(?:[oO][" + "".join(sorted({k[1] for k in _TONE_TABLE if k[0] in "oO"}))
    + r"]|[uU][" + "".join(sorted({k[1] for k in _TONE_TABLE if k[0] in "uU"})) + r"])(?!\p{L}|\p{M})"
)
# Zero-width and control characters (not newline or tab), backspace included.
_INVISIBLE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2060\ufeff]+")
# Horizontal space that is not already one plain space: a run of two or more,
# or any other space character (stdlib re; matching only these, not every
# single space, makes the tidy-up three times faster). Line edges are stripped.
_SPACE_CLASS = r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]"
_SPACES = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]" + _SPACE_CLASS + "*| " + _SPACE_CLASS + "+")
# A combining mark after another one: NFC could not compose it ("đôị̣").
_STRAY_MARKS = re.compile(r"(?<=[\u0300-\u036f])[\u0300-\u036f]+")
# Any character the two steps above remove; most texts have none, so one scan
# for this class skips both (measured: 16 ms against 83 ms on 2,000 bench articles).
_INVISIBLE_OR_MARK = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\u200b-\u200f\u2060\ufeff\u0300-\u036f]")
# A space character other than " ", which `_SPACES` needs unless two spaces meet.
_ODD_SPACE = re.compile(r"[\t\u00a0\u2000-\u200a\u202f\u205f\u3000]")
# Characters that betray UTF-8 bytes decoded as cp1252/latin-1 ("Ä‘", "á»").
_MOJIBAKE_HINT = regex.compile(r"[ÃÄÆ][\x80-\xbf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u2018-\u201e\u2020-\u2026\u2030\u2039\u203a\u20ac\u2122]|á»|áº")
# Every character one of the two hints needs (`[ÃÄÆ]`, the `»`/`º` of `á»`/`áº`, the
# legacy symbols): without any, `repair_encoding` has nothing to do. One scan
# instead of two on the many clean texts.
_REPAIR_NEEDS = re.compile(r"[\u00a1-\u00bf\u00c3\u00c4\u00c6\u00d0\u00d7\u00de\u00df\u00e6\u00f0\u00f7\u00fe\u00ff]")
# Any character that the steps of `normalise_text` besides the tone marks and the lines look for: what
# `_INVISIBLE_OR_MARK`, `_REPAIR_NEEDS` (with the eth "Ð", "ð") and `_ODD_SPACE` match. Most texts have none and
# are NFC already: one scan then skips those steps (0.49 -> 0.30 s of CPU for the 5,000 bench articles, 4,895
# of which take this path).
_ANY_WORK = re.compile("|".join(p.pattern for p in (_INVISIBLE_OR_MARK, _REPAIR_NEEDS, _ODD_SPACE)))
# Latin-1 symbols that legacy Vietnamese font encodings use for letters (`re`: one class of listed characters,
# counted in every text, twice as fast as with `regex`).
_LEGACY_HINT = re.compile(r"[\u00a1-\u00bf\u00c6\u00d0\u00d7\u00de\u00df\u00e6\u00f0\u00f7\u00fe\u00ff]")
# Icelandic eth written for the Vietnamese d-bar by legacy fonts and keyboards
# ("Ðiện Biên", "ÐBSCL"): only at a word start, where Vietnamese has its đ;
# inside a word it is a real eth ("Sigurður").
_ETH = regex.compile(r"(?<!\p{L})[Ðð](?=\p{L})")
_D_BAR = {"Ð": "Đ", "ð": "đ"}
# Chrome lines are short (captions up to 200 characters plus an index); longer
# lines skip the pattern.
CHROME_MAX_CHARS = 210
# A text with at least this many legacy-looking symbols is offered to viparse's
# content detector (Unicode news text has almost none; 3 keeps "°C", "½" safe).
LEGACY_HINT_MIN = 3


def fix_tone_marks(text: str) -> str:
    """Move the tone mark of final `oa`, `oe`, `uy` to the first vowel; length unchanged."""
    return _TONE_PAIR.sub(lambda m: _TONE_TABLE[m.group()], text)


def repair_encoding(text: str) -> str:
    """Undo mojibake and legacy font encodings (TCVN3, VNI, VISCII) in decoded text."""
    if not _REPAIR_NEEDS.search(text):
        return text
    # ftfy and viparse are imported here, by the few texts that need them: importing them
    # costs every run about as much start-up time as loading the officials' lexicon.
    if _MOJIBAKE_HINT.search(text):
        import ftfy

        text = ftfy.fix_text(text, normalization="NFC")
    if len(_LEGACY_HINT.findall(text)) >= LEGACY_HINT_MIN:
        import viparse

        encoding = viparse.detect_text_encoding(text)
        if encoding:
            text = viparse.fix(text, encoding=encoding)
    return text


@functools.cache
def _chrome_line() -> regex.Pattern[str]:
    return regex.compile(load_patterns("chrome.yaml")["chrome_line"], regex.V0)


def _keep_lines(text: str, plain_spaces: bool = False) -> list[str]:
    """Tidy each line; drop chrome lines; keep one blank line between paragraphs (`plain_spaces`: the
    caller knows `text` has no space character but " ")."""
    chrome = _chrome_line()
    lines: list[str] = []
    if "  " in text or (not plain_spaces and _ODD_SPACE.search(text)):  # else nothing to tidy: skip the slower sub
        text = _SPACES.sub(" ", text)
    for line in text.split("\n"):
        line = line.strip()
        if not line:
            if lines and lines[-1]:
                lines.append("")
            continue
        if len(line) <= CHROME_MAX_CHARS and chrome.fullmatch(line):
            continue
        lines.append(line)
    while lines and not lines[-1]:
        lines.pop()
    return lines


def normalise_text(text: str) -> str:
    """The normalised form of an article body.

    Args:
        text: decoded article text, any Unicode form, any line endings.

    Returns:
        NFC text with one tone-mark convention, tidy spaces, chrome dropped,
        paragraphs separated by newlines (a blank line where the input had one).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _ANY_WORK.search(text) is None and unicodedata.is_normalized("NFC", text):
        # nothing to remove, repair or compose, and no odd space (`fix_tone_marks` adds none)
        return "\n".join(_keep_lines(fix_tone_marks(text), plain_spaces=True))
    # Control characters go before the repair: one inside a mojibake pair ("Ã\x1f\x80")
    # hides it, and removing it afterwards would leave a text the next pass repairs.
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
    text = repair_encoding(text)
    text = unicodedata.normalize("NFC", text)
    if _INVISIBLE_OR_MARK.search(text):
        if _INVISIBLE.search(text):
            text = _INVISIBLE.sub("", text)
        text = _STRAY_MARKS.sub("", text)
    text = fix_tone_marks(text)
    if "Ð" in text or "ð" in text:
        text = _ETH.sub(lambda m: _D_BAR[m.group()], text)
    return "\n".join(_keep_lines(text))


@functools.lru_cache(maxsize=8)  # provinces and officials read the same article's view
def lower_view(text: str) -> str:
    """`text` lower-cased, one character for one (offsets stay valid)."""
    low = lowered(text)
    if len(low) != len(text):  # a character whose lower case is longer ("İ"): keep it as is
        low = "".join(c if len(c.lower()) != 1 else c.lower() for c in text)
    return low


def article_id(text: str) -> str:
    """The stable id of a normalised article: a hash of its text."""
    return hashlib.blake2b(text.encode("utf-8"), digest_size=8).hexdigest()
