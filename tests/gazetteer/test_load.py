"""The loaders refuse malformed data, naming file and line; every shipped file loads."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
import regex

from vnie.gazetteer import load
from vnie.gazetteer.load import DataError, alternation, prefix_alternation


@pytest.fixture()
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "patterns").mkdir()
    monkeypatch.setattr(load, "DATA_DIR", tmp_path)
    for fn in (load.load_tsv, load.load_words, load.load_patterns):
        fn.cache_clear()
    yield tmp_path
    for fn in (load.load_tsv, load.load_words, load.load_patterns):
        fn.cache_clear()


def test_tsv_rows_by_header(data_dir: Path) -> None:
    (data_dir / "ranks.tsv").write_text("# source: test\nid\trank\n1\tTrung tướng\n2\tĐại tá\n", encoding="utf-8")
    assert load.load_tsv("ranks.tsv", key="id") == ({"id": "1", "rank": "Trung tướng"}, {"id": "2", "rank": "Đại tá"})


def test_tsv_duplicate_id_names_the_line(data_dir: Path) -> None:
    (data_dir / "x.tsv").write_text("id\tname\na\tHà Nội\na\tHuế\n", encoding="utf-8")
    with pytest.raises(DataError, match=r"x.tsv:3: duplicate id 'a' \(first at line 2\)"):
        load.load_tsv("x.tsv", key="id")


def test_non_nfc_entry_is_refused(data_dir: Path) -> None:
    (data_dir / "w.txt").write_text(unicodedata.normalize("NFD", "Nguyễn") + "\n", encoding="utf-8")
    with pytest.raises(DataError, match="w.txt:1: entry is not NFC"):
        load.load_words("w.txt")


def test_quoted_entries_keep_their_spaces() -> None:
    followers = load.load_words("date_day_followers.txt", quoted=True)
    assert {" tháng", " -", "-", "/ ", " /"} <= set(followers) and "tháng" not in followers


def test_quoted_entry_without_quotes_is_refused(data_dir: Path) -> None:
    (data_dir / "w.txt").write_text('" tháng"\n đến\n', encoding="utf-8")
    with pytest.raises(DataError, match="w.txt:2: entry is not written in double quotes: 'đến'"):
        load.load_words("w.txt", quoted=True)


def test_patterns_resolve_nested_references_and_lexicons(data_dir: Path) -> None:
    (data_dir / "ranks.txt").write_text("Đại tá\nTrung tướng\n", encoding="utf-8")
    (data_dir / "patterns" / "p.yaml").write_text(
        "lexicons:\n  rank: ranks.txt\nname: '\\p{Lu}\\p{Ll}+(?: \\p{Lu}\\p{Ll}+){1,3}'\n"
        "ranked: '{{rank}} {{name}}'\n", encoding="utf-8")
    pattern = regex.compile(load.load_patterns("p.yaml")["ranked"])
    assert pattern.search("Trung tướng Lê Quốc Hùng phát biểu").group() == "Trung tướng Lê Quốc Hùng"


def test_a_lexicon_fragment_may_be_one_column_of_a_table(data_dir: Path) -> None:
    (data_dir / "ranks.tsv").write_text("rank\tgrade\nĐại tá\tofficer\nTrung tướng\tgeneral\n", encoding="utf-8")
    (data_dir / "patterns" / "p.yaml").write_text(
        "lexicons:\n  rank: ranks.tsv:rank\nranked: '(?i:{{rank}}) Vũ'\n", encoding="utf-8")
    pattern = regex.compile(load.load_patterns("p.yaml")["ranked"])
    assert pattern.search("đối với đại tá Vũ Thanh Chương").group() == "đại tá Vũ"


def test_a_lexicon_fragment_may_merge_several_files(data_dir: Path) -> None:
    (data_dir / "surnames.txt").write_text("Lê\nPhí\n", encoding="utf-8")
    (data_dir / "middle.txt").write_text("Thái\n", encoding="utf-8")
    (data_dir / "patterns" / "p.yaml").write_text(
        "lexicons:\n  syllable: [surnames.txt, middle.txt]\nperson: '{{syllable}} '\n", encoding="utf-8")
    pattern = regex.compile(load.load_patterns("p.yaml")["person"])
    assert [m.group() for m in pattern.finditer("ông Phí Thái Bình")] == ["Phí ", "Thái "]


def test_a_pattern_file_may_refer_to_the_fragments_of_a_file_it_imports(data_dir: Path) -> None:
    (data_dir / "patterns" / "shapes.yaml").write_text("# shared\nspaced_slash: '(?:\\s/\\s?|/\\s)'\n", encoding="utf-8")
    (data_dir / "patterns" / "p.yaml").write_text(
        "day_month: '\\d+{{spaced_slash}}\\d+'\nimports:\n  - shapes.yaml\n", encoding="utf-8")
    pattern = regex.compile(load.load_patterns("p.yaml")["day_month"])
    assert pattern.search("Thứ Ba, 17 /11/2020 15:17").group() == "17 /11"  # blind s22-e-005's dateline


def test_a_fragment_defined_here_and_in_an_imported_file_is_refused(data_dir: Path) -> None:
    (data_dir / "patterns" / "shapes.yaml").write_text("spaced_dash: '\\s-\\s'\n", encoding="utf-8")
    (data_dir / "patterns" / "p.yaml").write_text("spaced_dash: '-'\nimports: [shapes.yaml]\n", encoding="utf-8")
    with pytest.raises(DataError, match="p.yaml: fragment 'spaced_dash' is defined here and in the imported shapes.yaml"):
        load.load_patterns("p.yaml")


def test_the_spaced_date_shapes_have_one_home() -> None:
    shapes = load.load_patterns("date_shapes.yaml")
    for name in ("dates.yaml", "metadata.yaml"):
        fragments = load.load_patterns(name)
        assert all(fragments[key] == text for key, text in shapes.items())
        assert not any(key in shapes for key in regex.findall(r"^(\w+):", (load.DATA_DIR / "patterns" / name).read_text(
            encoding="utf-8"), flags=regex.MULTILINE))


@pytest.mark.parametrize("body,message", [
    ("a: '{{missing}}'\n", "unknown reference"),
    ("a: '{{b}}'\nb: '{{a}}'\n", "cyclic reference"),
    ("a: 'x(?:)y'\n", "empty group"),
    ("a: 'x||y'\n", "empty group or alternative"),
    ("a: '(unclosed'\n", "does not compile"),
])
def test_bad_patterns_are_refused(data_dir: Path, body: str, message: str) -> None:
    (data_dir / "patterns" / "bad.yaml").write_text(body, encoding="utf-8")
    with pytest.raises(DataError, match=message):
        load.load_patterns("bad.yaml")


def test_a_fragment_that_does_not_compile_is_named_when_only_used_inside_another(data_dir: Path) -> None:
    (data_dir / "patterns" / "bad.yaml").write_text("a: 'x{{b}}'\nb: '(unclosed'\n", encoding="utf-8")
    with pytest.raises(DataError, match="bad.yaml:2: 'b' does not compile"):
        load.load_patterns("bad.yaml")


def test_every_fragment_of_the_shipped_patterns_compiles_alone() -> None:
    # load_patterns compiles only the outermost fragments; the shipped ones all compile alone too
    for path in sorted((load.DATA_DIR / "patterns").glob("*.yaml")):
        for key, text in load.load_patterns(path.name).items():
            try:
                regex.compile(text)
            except regex.error as exc:  # pragma: no cover - the message is the point
                pytest.fail(f"{path.name}: {key!r} does not compile: {exc}")


def test_alternation_is_longest_first_and_escaped() -> None:
    assert alternation(["Tỉnh", "Tỉnh ủy", "TP."]) == r"(?:Tỉnh\ ủy|Tỉnh|TP\.)"
    with pytest.raises(DataError):
        alternation([])


def test_prefix_alternation_is_a_tree_of_the_same_words() -> None:
    assert prefix_alternation(["Tỉnh", "Tỉnh ủy", "TP."]) == r"(?:T(?:P\.|ỉnh(?:\ ủy)?))"
    assert prefix_alternation(["Phó", "phó Chủ tịch", "PHÓ"], ignore_case=True) == r"(?:phó(?:\ chủ\ tịch)?)"
    assert prefix_alternation(["Straße", "Phó"], ignore_case=True) == alternation(["Straße", "Phó"])  # ß: as a list
    with pytest.raises(DataError):
        prefix_alternation(["Sở", ""])


def test_every_shipped_data_file_opens_with_its_source_and_loads() -> None:
    files = sorted(p for p in load.DATA_DIR.rglob("*") if p.is_file() and p.suffix in (".tsv", ".txt", ".yaml"))
    assert files, "no data files"
    for path in files:
        head = path.read_text(encoding="utf-8").lstrip().splitlines()[0]
        assert head.startswith("#"), f"{path.name} must open with a comment giving source, date and licence"
        if path.suffix == ".yaml":
            load.load_patterns(path.name)


# fmt: off
GATED_TEXTS = [
    # bench sentences with countries, organisations and stop words after a title head
    "Thủ tướng Chính phủ Liên bang Nga Dmitry Medvedev đã thảo luận với Chủ tịch nước Lào",
    "Thứ trưởng Bộ Ngoại giao Nguyễn Văn Sơn chủ trì; ở đây, BỘ NGOẠI GIAO và Sở Y tế tỉnh Gia Lai",
    "Đại sứ Ý tại Việt Nam, ông Antonio Alessandro, cho biết",
]
# fmt: on


@pytest.mark.parametrize("text", GATED_TEXTS)
def test_gated_patterns_answer_as_the_pattern_at_every_position(text: str) -> None:
    from vnie.extractors.officials.lexicon import load_lexicon

    lex = load_lexicon()
    for gated in (lex.country, lex.known_org, lex.stop):
        for pos in range(len(text) + 1):
            got, want = gated.match(text, pos), gated.pattern.match(text, pos)
            assert (got and got.span()) == (want and want.span()), (gated.pattern.pattern[:40], pos)
            got, want = gated.match(text, pos, pos + 1), gated.pattern.match(text, pos, pos + 1)
            assert (got and got.span()) == (want and want.span())
    assert lex.country.match(GATED_TEXTS[0], GATED_TEXTS[0].index("Chính phủ")).group() == "Chính phủ Liên bang Nga"
    assert lex.known_org.match(GATED_TEXTS[1], GATED_TEXTS[1].index("BỘ")).group() == "BỘ NGOẠI GIAO"  # any case


def test_gated_sends_unusual_case_folding_to_the_pattern() -> None:
    gated = load.Gated(regex.compile(r"(?:Sở|Bộ)(?!\w)", regex.IGNORECASE), ["Sở", "Bộ"])
    assert gated.match("ſở").group() == "ſở"  # long s folds to s: the pattern decides
    assert gated.match("Phòng") is None and gated.match("SỞ").group() == "SỞ"


def test_needing_finds_what_the_pattern_finds_and_skips_texts_without_its_words() -> None:
    from vnie.extractors.officials.lexicon import load_lexicon

    career = load_lexicon().career_open
    # ../shared/bench
    text = ("Từ năm 2013 đến nay, ông trải qua các vị trí như Phó Tổng giám đốc kiêm Thành viên HĐQT, "
            "Phó Chủ tịch Hội đồng quản trị")
    assert [m.group() for m in career.finditer(text)] == [m.group() for m in career.pattern.finditer(text)]
    assert [m.group() for m in career.finditer(text)] == ["trải qua các vị trí như "]
    assert list(career.finditer("Từ năm 2013 đến nay, ông trải qua các vị như Phó Tổng giám đốc")) == []
    assert career.search(text).start() == text.index("trải qua")



def test_opening_finds_what_the_pattern_finds_from_its_words_in_any_case() -> None:
    from vnie.extractors.officials.lexicon import load_lexicon

    promotion = load_lexicon().promotion
    # corpus/samples/blind-s6-d-025 and blind-s26-a-008; "phong trào" holds the verb but is no promotion
    text = ("Chiều 6/1, tại Phủ Chủ tịch, Chủ tịch nước Nguyễn Xuân Phúc trao quyết định thăng cấp bậc hàm từ Trung "
            "tướng lên Thượng tướng đối với hai Thứ trưởng Bộ Công an. Phong trào thi đua; Thứ trưởng Nguyễn Văn Thành "
            "vừa được phong quân hàm Thượng tướng.")
    for written in (text, text.upper()):
        want = [(m.span(), m.group("rank")) for m in promotion.pattern.finditer(written)]
        assert [(m.span(), m.group("rank")) for m in promotion.finditer(written)] == want
    assert [m.group("rank") for m in promotion.finditer(text)] == ["Thượng tướng", "Thượng tướng"]
    assert [m.group() for m in promotion.finditer("İ " + text)][1] == "phong quân hàm Thượng tướng"  # "İ" lowers to 2


def test_opening_with_a_closing_word_searches_only_texts_that_hold_it() -> None:
    from vnie.extractors.officials.lexicon import load_lexicon

    demotion = load_lexicon().demotion
    # review 17 item 3's sentence; corpus/samples/blind-s9-c-016: "hạ" opens a demotion, but "hạ tầng" holds no "xuống"
    text = "Thiếu tướng Trần Văn Cường bị giáng cấp bậc hàm xuống Đại tá. Đại tá Trần Văn Cường phát biểu."
    for written in (text, text.upper()):
        want = [(m.span(), m.group("rank")) for m in demotion.pattern.finditer(written)]
        assert [(m.span(), m.group("rank")) for m in demotion.finditer(written)] == want
    assert [m.group("rank") for m in demotion.finditer(text)] == ["Đại tá"]
    assert demotion.closing == ("xuống",)
    assert list(demotion.finditer("10 dự án thuộc lĩnh vực xây dựng, hạ tầng; 06 dự án thuộc lĩnh vực nông nghiệp")) == []


def test_opening_leaves_words_with_unusual_case_folding_to_the_pattern() -> None:
    opening = load.Opening(regex.compile(r"(?i:sở)(?!\w)"), ["Sở"])
    assert [m.group() for m in opening.finditer("ở ſở và SỞ")] == ["ſở", "SỞ"]  # long s folds to s


# fmt: off
TITLED_TEXTS = [
    # ../shared/bench (baomoi-22295224, dantri-tech-214): names run into the title after them
    "Bộ trưởng Bộ Kế hoạch Đầu tư Nguyễn Chí Dũng Chủ tịch VCCI Vũ Tiến Lộc Tổng giám đốc Viettel",
    "ông Nguyễn Bá Diệp Phó Chủ tịch kiêm đồng sáng lập Ví MoMo chia sẻ với",
    *GATED_TEXTS,
]
# fmt: on


@pytest.mark.parametrize("source", ["official_titles", "organisations", "surnames"])
def test_prefix_alternation_matches_as_the_alternation_at_every_position(source: str) -> None:
    from vnie.extractors.officials.lexicon import RIGHT_EDGE, _title_heads, _variants

    words = {"official_titles": lambda: [v for h in _title_heads() for v in _variants(h)],  # in several cases
             "organisations": lambda: [row["name"] for row in load.load_tsv("organisations.tsv")],
             "surnames": lambda: list(load.load_words("surnames.txt"))}[source]()
    pairs = [(alternation(words), prefix_alternation(words), 0),
             (alternation(words), prefix_alternation(words, ignore_case=True), regex.IGNORECASE)]
    for plain, tree, flags in pairs:
        for tail in ("", RIGHT_EDGE, "[ ]\\p{Lu}"):  # a tail that fails makes a shorter word the match
            want_p, got_p = regex.compile(plain + tail, flags), regex.compile(tree + tail, flags)
            for text in TITLED_TEXTS:
                for pos in range(len(text)):
                    want, got = want_p.match(text, pos), got_p.match(text, pos)
                    assert (got and got.span()) == (want and want.span()), (source, flags, tail, text[pos:pos + 20])
