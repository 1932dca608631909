"""Build gazetteer/data/official_org_two_syllables.txt: the Vietnamese two-syllable words written in lower case
right after an organisation noun written capitalised ("Tổ | công tác | 368", "Cục | điều tra"), counted over the
bench and corpus/articles, kept when the word is in underthesea's Viet74K word list and seen MIN_COUNT times.

Usage: .venv/bin/python scripts/build_org_two_syllables.py /work/shared/bench/news-real.jsonl.gz > OUT
"""

from __future__ import annotations

from collections import Counter
import sys
import unicodedata

import regex

from mining import texts, viet74k_two_syllables

MIN_COUNT = 3
NOUNS = ("khoa phòng ban báo đoàn hội sở cục đội tổ trạm đồn trường viện").split()  # official_org_words.tsv nouns
PATTERN = regex.compile(r"(?<![\p{L}\d])(" + "|".join(w.capitalize() for w in NOUNS)
                        + r")\s+(\p{Ll}+) (\p{Ll}+)(?![\p{L}\d])")


def viet74k_pairs() -> frozenset[str]:
    return frozenset(w for w in viet74k_two_syllables() if w.islower())


def main(bench: str) -> None:
    words = viet74k_pairs()
    counts: Counter[str] = Counter()
    for t in texts(bench):
        for m in PATTERN.finditer(unicodedata.normalize("NFC", t)):
            pair = f"{m.group(2)} {m.group(3)}"
            if pair in words:
                counts[pair] += 1
    for w, c in sorted(counts.items()):
        if c >= MIN_COUNT:
            print(w)


if __name__ == "__main__":
    main(sys.argv[1])
