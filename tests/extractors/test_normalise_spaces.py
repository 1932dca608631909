"""Issue 6 speed-up of normalise.py (space tidy-up matching only non-canonical
spaces; tone pairs as character classes): same output as before, pinned here."""

from __future__ import annotations

import pytest

from vnie.extractors.normalise import fix_tone_marks, normalise_text

# fmt: off
SPACES = [
    ("a  b", "a b"),
    ("a\tb", "a b"),
    ("a\u00a0b", "a b"),
    ("a \u00a0\t b", "a b"),
    ("a\u2003\u3000b", "a b"),
    ("  lề trái\nlề phải  \n", "lề trái\nlề phải"),
    ("dòng một \n dòng hai", "dòng một\ndòng hai"),
    ("đoạn một\n \t \nđoạn hai", "đoạn một\n\nđoạn hai"),
    ("một dấu cách", "một dấu cách"),
]
TONES = [
    ("hoà bình", "hòa bình"),
    ("Uỷ ban", "Ủy ban"),
    ("thuỷ lợi", "thủy lợi"),
    ("HOÀ", "HÒA"),
    ("khoẻ", "khỏe"),
    ("quỳ", "quỳ"),        # qu + y keeps its mark
    ("hoàn thành", "hoàn thành"),  # not syllable-final
    ("toạ đàm", "tọa đàm"),
]
# fmt: on


@pytest.mark.parametrize(("raw", "expected"), SPACES, ids=[repr(r) for r, _ in SPACES])
def test_spaces_are_tidied(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


@pytest.mark.parametrize(("raw", "expected"), TONES, ids=[r for r, _ in TONES])
def test_tone_marks_move_to_the_first_vowel(raw: str, expected: str) -> None:
    assert fix_tone_marks(raw) == expected
    assert len(fix_tone_marks(raw)) == len(raw)
