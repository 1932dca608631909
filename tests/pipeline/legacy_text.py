"""Encoders for test fixtures: Vietnamese text written as legacy encodings."""

from __future__ import annotations

import unicodedata

from viparse.normalize.encodings import get_charmap

_TONES = "\u0300\u0301\u0303\u0309\u0323"


def to_cp1258(text: str) -> bytes:
    """Windows-1258 as Vietnamese software writes it: base letters precomposed, tones combining."""
    out = bytearray()
    for ch in unicodedata.normalize("NFC", text):
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
            out += (base + "".join(c for c in parts if c in _TONES)).encode("cp1258")
    return bytes(out)


def to_legacy_font(text: str, encoding: str) -> bytes:
    """Text in a legacy font encoding (tcvn3, vni, viscii), saved byte for byte."""
    inverse: dict[str, str] = {}
    for legacy, uni in get_charmap(encoding).pairs:
        inverse.setdefault(unicodedata.normalize("NFC", uni), legacy)
    converted = "".join(inverse.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return converted.encode("cp1252")
