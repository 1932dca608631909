"""Build gazetteer/data/official_cap_tails.tsv: what decides whether the lower-case syllable after a capitalised word at
the end of a title is the rest of that word ("Sở Y | tế", "Phó Bí thư Đảng | ủy") or starts the verb after the title
("Trưởng dòng họ Sùng | vận động", "Vườn Quốc gia Cúc Phương | giới thiệu").

Over ../shared/bench and corpus/articles, every capitalised word W followed by two lower-case syllables a b is counted as
`org` "W a" when underthesea's Viet74K word list has "w a" (a two-syllable word; so are two capitalised words that
make one, "Bản Quyền"), else as `next` "a b" when it has "a b";
pairs seen MIN_COUNT times or more are kept. Tone marks are placed as vnie's normaliser places them ("hóa", "ủy").

Usage: .venv/bin/python scripts/build_cap_tails.py /work/shared/bench/news-real.jsonl.gz > gazetteer/data/official_cap_tails.tsv
"""

from __future__ import annotations

from collections import Counter
import sys
import unicodedata

import regex

from mining import texts, viet74k_two_syllables
from vnie.extractors.normalise import normalise_text

MIN_COUNT = 3
PATTERN = regex.compile(r"(?<![\p{L}\p{M}\d])(\p{Lu}\p{Ll}*) (\p{Ll}+) (\p{Ll}+)(?![\p{L}\p{M}\d])")
# Two capitalised words before a lower-case one: a common word written capitalised in a name ("Cục Bản Quyền | tác giả").
CAPS = regex.compile(r"(?<![\p{L}\p{M}\d])(\p{Lu}\p{Ll}*) (\p{Lu}\p{Ll}*) \p{Ll}")
HEADER = """# Lower-case syllables after a capitalised word at the end of a title (find.py `_tail_starts_word`): `org` pairs are
# two-syllable words whose first syllable is written capitalised in names ("đảng ủy", "y tế": the tail is the rest of
# the word, taken) or both ("Bản Quyền": a common word, no name's end), `next` pairs are two-syllable words that a lower-case syllable after a capitalised word starts
# ("giới thiệu", "vận động", "tố cáo": the verb after the title, not taken). Source: Viet74K (underthesea,
# corpus/data/Viet74K.txt, Apache-2.0) two-syllable words seen 3 times or more in that place over ../shared/bench and
# corpus/articles; built by scripts/build_cap_tails.py (2026-12). Licence: MIT (the counts).
pair\tkind"""


def viet74k_pairs() -> frozenset[str]:
    return frozenset(normalise_text(w).casefold() for w in viet74k_two_syllables())


def main(bench: str) -> None:
    words = viet74k_pairs()
    org: Counter[str] = Counter()
    nxt: Counter[str] = Counter()
    for t in texts(bench):
        for m in PATTERN.finditer(normalise_text(unicodedata.normalize("NFC", t)), overlapped=True):
            first = f"{m.group(1)} {m.group(2)}".casefold()
            if first in words:
                org[first] += 1
            elif f"{m.group(2)} {m.group(3)}" in words:
                nxt[f"{m.group(2)} {m.group(3)}"] += 1
        for m in CAPS.finditer(normalise_text(unicodedata.normalize("NFC", t)), overlapped=True):
            pair = f"{m.group(1)} {m.group(2)}".casefold()
            if pair in words:
                org[pair] += 1
    print(HEADER)
    for kind, counts in (("org", org), ("next", nxt)):
        for w, c in sorted(counts.items()):
            if c >= MIN_COUNT:
                print(f"{w}\t{kind}")


if __name__ == "__main__":
    main(sys.argv[1])
