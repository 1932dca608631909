"""Build gazetteer/data/position_business_names.txt: the names the press writes after a company's, a group's or a
bank's noun ("Tập đoàn FLC", "Ngân hàng TMCP Nam Á"), seen MIN_COUNT times over the bench and corpus/articles; no place
or country names ("Công ty … Việt Nam"). A post whose organisation is such a name alone ("Chủ tịch FLC") is in business.

Usage: .venv/bin/python scripts/build_business_names.py /work/shared/bench/news-real.jsonl.gz > OUT
"""

from __future__ import annotations

from collections import Counter
import sys

import regex

from mining import texts
from vnie.extractors.officials.lexicon import foreign_countries
from vnie.gazetteer.provinces import place_names

MIN_COUNT = 2
HEADS = (r"[Tt]ập đoàn|[Tt]ổng [Cc]ông ty|[Cc]ông ty(?: [Cc]ổ phần| CP| TNHH(?: MTV| một thành viên)?)?"
         r"|[Nn]gân hàng(?: TMCP| thương mại cổ phần)?")
NAME = regex.compile(r"(?<![\p{L}\d])(?:" + HEADS + r") (\p{Lu}[\p{L}\d&-]*(?: \p{Lu}[\p{L}\d&-]*){0,2})(?![\p{L}\d])")


# Legal forms and other words that are no name ("Công ty TNHH MTV …" cut after its form).
FORMS = frozenset("CP TNHH MTV TMCP TM DV TT XNK BOT S T".split())
# One Vietnamese syllable ("Công", "Trang", "Tân"): the first word of a longer name written in lower case after it
# ("Công ty Bóng đèn …"), or a given name; a one-word brand is none (`Vingroup`, `Agribank`, `FLC`).
SYLLABLE = regex.compile(r"(?i)(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ng|nh|ch|[cmnpt])?")


def _kept(name: str) -> bool:
    words = name.split(" ")
    if any(w in FORMS for w in words):
        return False
    if len(words) > 1:
        return True
    word = words[0]
    acronym = any(c.isupper() or c.isdigit() for c in word[1:])
    # a Vietnamese letter (`ô`, `đ`, a tone mark) or one plain syllable (`Trang`, `Cao`)
    syllable = not word.isascii() or SYLLABLE.fullmatch(word) is not None
    return len(word) >= 3 and (acronym or not syllable)


def main(bench: str) -> None:
    counts = Counter(m.group(1) for text in texts(bench) for m in NAME.finditer(text))
    places = {p.casefold() for p in place_names()} | {c.casefold() for c in foreign_countries()} | {"việt nam"}
    print(__doc__.split("\n\n")[0].replace("Build gazetteer/data/position_business_names.txt: the", "# The")
          .replace("\n", "\n# "))
    print("# Built by scripts/build_business_names.py from ../shared/bench/news-real.jsonl.gz and corpus/articles (2026-12).")
    print("# Licence: MIT (the counts).")
    for name, n in sorted(counts.items()):
        if n >= MIN_COUNT and name.casefold() not in places and name.split(" ")[0].casefold() not in places and _kept(name):
            print(name)


if __name__ == "__main__":
    main(sys.argv[1])
