"""Models: the speakers' shortcut gives what the plain reading gives, on bench text.

`_full_name_of` read the capitalised words written before and after a speaker's word with two patterns
compiled for that word (2.7 ms a new word); `_written_around` compiles the word alone and reads the
words around it with patterns compiled once. Each must leave every answer as it was (the speed
change is measured in `vnie bench`).
"""

from __future__ import annotations

import regex

from vnie.extractors.models.speakers import _CAP_WORD, _full_name_of, _written_around
from vnie.extractors.normalise import normalise_text

_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{L}\p{M}'’-]*")


def _written_around_slowly(text: str, word: str) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """(m.group(), m.group(1)) of every match of the capitalised words written before `word` (any case),
    and of every match of those written after it, with a pattern compiled for the word."""
    esc = regex.escape(word)
    before = rf"(?<![\p{{L}}\p{{M}}\p{{N}}])((?:{_CAP_WORD}[ ]){{1,3}})(?i:{esc})(?![\p{{L}}\p{{M}}\p{{N}}'’-])(?![ ]\p{{Lu}})"
    after = rf"(?<![\p{{L}}\p{{M}}\p{{N}}])(?i:{esc})((?:[ ]{_CAP_WORD}){{1,2}})(?![ ]\p{{Lu}})(?![\p{{L}}\p{{M}}\p{{N}}])"
    return ([(m.group(), m.group(1)) for m in regex.finditer(before, text)],
            [(m.group(), m.group(1)) for m in regex.finditer(after, text)])


def test_written_around_gives_nothing_for_an_empty_word():
    text = "Ông Nguyễn Văn A nói"
    assert _written_around(text, "") == ([], [])
    assert _full_name_of(text, "") is None


def test_written_around_matches_the_patterns_on_bench(bench_records):
    # every capitalised word of 20 bench articles, as written and in lower case (the word is read in any case)
    asked = before = after = 0
    for record in bench_records[:20]:
        text = normalise_text(record["text"])
        for word in sorted({m.group() for m in _CAPITALISED.finditer(text)}):
            for form in (word, word.lower()):
                expected = _written_around_slowly(text, form)
                assert _written_around(text, form) == expected, (record["id"], form)
                asked += 1
                before += bool(expected[0])
                after += bool(expected[1])
    assert asked > 2000 and before > 400 and after > 400


def test_full_name_of_a_word_written_alone():
    # verbatim from the bench (dantri-entertainment-229 and -015)
    text = "Năm nay, Monica Bellucci bước sang tuổi 57 nhưng vẫn sở hữu nhan sắc làm đắm say nhi"
    assert _full_name_of(text, "bellucci") == "Monica Bellucci"
    assert _full_name_of(text, "monica") == "Monica Bellucci"
    text = 'Kim Kardashian "vung tiền" trang trí cả ngôi nhà thành tổ nhện\nKim Kardash'
    assert _written_around(text, "kardashian") == _written_around_slowly(text, "kardashian")
