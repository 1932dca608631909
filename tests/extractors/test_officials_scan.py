"""Officials: the shortcuts of the hot path give what the plain reading gives, on bench text.

`scan_names` reads surnames and well-known names in one automaton pass; `_full_foreign_name`
skips its per-word pattern when no capitalised word of a foreign shape stands before the word;
the quoted organisation names call one group for the space between words. Each must leave
every answer as it was (the speed changes are measured in `vnie bench`).
"""

from __future__ import annotations

import regex

from vnie.extractors.normalise import normalise_text
from vnie.extractors import officials
from vnie.extractors.officials import _full_foreign_name
from vnie.extractors.officials.find import find_known_names, find_names, scan_names
from vnie.extractors.officials.lexicon import (
    KOREAN,
    RIGHT_EDGE,
    SURNAME,
    _automaton,
    known_persons,
    load_lexicon,
    name_shapes,
)
from vnie.gazetteer.load import load_tsv, load_words

_CAPITALISED = regex.compile(r"(?<![\p{L}\p{M}])\p{Lu}[\p{Ll}\p{M}'’-]+(?![\p{L}\p{M}])")
_WORD_START = regex.compile(r"(?<![\p{L}\p{M}])\w")


def _full_name_by_pattern(text: str, word: str, monkeypatch) -> str:
    """`_full_foreign_name` without its shortcut: the word's own pattern, always."""
    with monkeypatch.context() as patch:
        patch.setattr(officials, "_given_before", lambda *args: True)
        return officials._full_foreign_name(text, word)


def test_full_foreign_name_of_a_surname_written_alone():
    # baomoi-22262959: the surname after "Ông" (a Vietnamese shape) ends one full name before it
    text = ("Justin Florence, Giám đốc pháp lý của Protect Democracy, nhấn mạnh. "
            "Ông Florence cho rằng nhiều quốc gia có thể chấp nhận việc này.")
    assert _full_foreign_name(text, "Florence") == "Justin Florence"
    assert _full_foreign_name(text.replace("Justin ", ""), "Florence") == "Florence"


def test_full_foreign_name_shortcut_matches_the_pattern_on_bench(bench_records, monkeypatch):
    _, vn_word = name_shapes()
    asked = found = 0
    for record in bench_records:
        text = normalise_text(record["text"])
        words = {m.group() for m in _CAPITALISED.finditer(text) if vn_word.fullmatch(m.group()) is None}
        for word in words:
            expected = _full_name_by_pattern(text, word, monkeypatch)
            assert _full_foreign_name(text, word) == expected, (record["id"], word)
            asked += 1
            found += expected != word
    assert asked > 1000 and found > 20  # the bench has many foreign words, some with given names before


def test_one_scan_finds_what_two_automata_found(bench_records):
    lex = load_lexicon()
    surnames = load_words("surnames.txt") + load_words("official_surnames_more.txt")
    only_surnames = _automaton((name + " ", (len(name), SURNAME)) for name in surnames)
    only_known = _automaton((form, (len(form), kind)) for form, (_, kind) in known_persons().items() if kind != "found")
    only_korean = _automaton((name + " ", (len(name), KOREAN)) for name in load_words("official_korean_surnames.txt"))
    n_known = n_korean = 0
    for record in bench_records:
        text = normalise_text(record["text"])
        surname_hits, known_hits = scan_names(text, lex)
        assert surname_hits == [(end, length) for end, (length, _) in only_surnames.iter(" " + text)]
        assert [h for h in known_hits if h[2] != KOREAN] == [
            (end, length, kind) for end, (length, kind) in only_known.iter(" " + text)]
        korean = [h for h in known_hits if h[2] == KOREAN]
        assert korean == [(end, length, kind) for end, (length, kind) in only_korean.iter(" " + text)]
        n_korean += len(korean)
        assert find_names(text, lex, surname_hits) == find_names(text, lex)
        assert find_known_names(text, lex, known_hits) == find_known_names(text, lex)
        n_known += len(known_hits)
    assert n_known > 10 and n_korean > 10


def test_scan_names_reads_surnames_and_listed_names_at_once():
    # baomoi-22359620
    text = ("Cũng trong ngày hôm qua, Nhà Trắng ra tuyên bố cho hay Tổng thống Trump sẽ đón tiếp Thủ tướng "
            "Nguyễn Xuân Phúc vào ngày 31/5 để thảo luận về quan hệ song phương và hợp tác khu vực.")
    lex = load_lexicon()
    surname_hits, known_hits = scan_names(text, lex)
    assert [text[c.start:c.end] for c in find_names(text, lex, surname_hits)] == ["Nguyễn Xuân Phúc"]
    assert [text[c.start:c.end] for c in find_known_names(text, lex, known_hits)] == ["Trump"]


def _quotes_written_out(names: list[str]) -> str:
    """The quoted organisation names with the quotes written out between every two words
    (how `_quoted_alternation` read before it called one group by name)."""
    items = sorted(set(names), key=lambda w: (-len(w), w))
    sep = "[”\"’]?[ ]+[“\"‘]?"
    return "(?:" + "|".join(sep.join(regex.escape(w) for w in n.split(" ")) + "[”\"’]?" for n in items) + ")"


def test_quoted_organisation_is_read_whole():
    # corpus/samples blind-s6-b
    text = ("Phát biểu tại hội nghị, Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an, "
            "Trưởng Ban chỉ đạo thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc” cho biết")
    at = text.index("Ban chỉ đạo")
    m = load_lexicon().known_org.match(text, at)
    assert text[at:m.end()] == "Ban chỉ đạo thực hiện phong trào “Toàn dân bảo vệ an ninh Tổ quốc”"


def test_quoted_organisations_match_as_with_the_quotes_written_out(bench_records):
    names = [row["name"] for row in load_tsv("organisations.tsv", key="name")]
    written_out = regex.compile(_quotes_written_out(names) + RIGHT_EDGE, regex.IGNORECASE)
    quoted = load_lexicon().known_org.quoted.pattern
    hits = 0
    for record in bench_records:
        text = normalise_text(record["text"])
        for word in _WORD_START.finditer(text):
            want, got = written_out.match(text, word.start()), quoted.match(text, word.start())
            assert (got and got.span()) == (want and want.span()), (record["id"], word.start())
            hits += want is not None
    assert hits > 100


def test_group_open_told_backwards_as_forwards(bench_records):
    # `_group_named` asks the backward pattern first whether a group opens before the name at all
    lex = load_lexicon()
    asked = found = 0
    for record in bench_records:
        text = normalise_text(record["text"])
        for name in find_names(text, lex):
            lo = max(0, name.start - officials.GROUP_WINDOW)
            forwards = lex.group_open.search(text, lo, name.start)
            assert (lex.group_open_any.search(text, lo, name.start) is None) == (forwards is None), record["id"]
            asked += 1
            found += forwards is not None
    assert asked > 1000 and found >= 1


def test_group_named_before_two_names():
    # ../shared/bench dantri-education-120
    text = ("Trước đó, vào khoảng 7h sáng cùng ngày, khi mới vào lớp, hai em học sinh lớp 1 là Hoàng Văn Lương "
            "Bảo và Trần Lê Đại Thành báo với cô giáo chủ nhiệm có nhặt được")
    lex = load_lexicon()
    start = text.index("Hoàng")
    assert lex.group_open_any.search(text, 0, start) is not None
    assert text[lex.group_open.search(text, 0, start).start():start] == "học sinh lớp 1 là "
    assert lex.group_open_any.search(text, 0, text.index("Trần")) is None  # "và": no group opens there


def _names_before_by_pattern(text: str, word: str) -> list[tuple[str | None, str | None]]:
    """What `_written_in_name` read before: the groups of the word's own pattern, in order."""
    pattern = officials._NAME_BEFORE + regex.escape(word) + r"(?![\p{L}\p{M}])"
    return [(m.group(1), m.group(2)) for m in regex.finditer(pattern, text)]


def test_names_before_matches_the_pattern_on_bench(bench_records):
    # every capitalised word of 100 bench articles (a pattern compiled for each costs about 1 ms)
    asked = found = 0
    for record in bench_records[:100]:
        text = normalise_text(record["text"])
        words = {m.group() for m in _CAPITALISED.finditer(text)}
        for word in words:
            expected = _names_before_by_pattern(text, word)
            assert officials._names_before(text, word) == expected, (record["id"], word)
            asked += 1
            found += bool(expected)
    assert asked > 3000 and found > 1000


def test_names_before_reads_overlapping_and_initialled_names():
    # verbatim from the bench: initials glued to the given name (dantri-health-135), and one word
    # written twice after a surname, where the pattern's two words take the first (dantri-entertainment-020)
    for text, word, expected in [
        ("ắt xe về luôn (Nghệ An)\", chị H.C.Tú (43 tuổi) cho biết.", "Tú", [("C.", None)]),
        (" ngờ với nhan sắc tuổi 18 của Phạm Băng Băng", "Băng", [(None, "Phạm Băng ")]),
    ]:
        assert _names_before_by_pattern(text, word) == expected
        assert officials._names_before(text, word) == expected
