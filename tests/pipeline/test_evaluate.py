"""The scorer of `vnie eval`: every key() rule and every scoring rule of ANNOTATION.md."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from vnie.evaluation.baseline import corpus_digest, pin_floors
from vnie.evaluation.report import Mark, fold, locate, segments
from vnie.evaluation.evaluate import GoldError, below_floors, load_gold, parse_floors
from vnie.extractors.keys import first_word, key, unmarked, word_set
from vnie.evaluation.scoring import (Counts, field_matches, lenient_pairs, published_matches, score_article,
                              total_scores)

# ---------------------------------------------------------------- key()

# fmt: off
KEYS = [
    # tone mark on the first vowel of a final oa / oe / uy (not qu + y)
    ("tone_oa",          "hoà bình",                     "hòa bình"),
    ("tone_oe",          "khoẻ mạnh",                    "khỏe mạnh"),
    ("tone_uy_upper",    "Uỷ ban",                       "ủy ban"),
    ("tone_uy",          "thuỷ lợi",                     "thủy lợi"),
    ("tone_caps",        "HOÀ BÌNH",                     "hòa bình"),
    ("tone_toan_stays",  "toàn dân",                     "toàn dân"),
    ("tone_hoang_stays", "Hoàng",                        "hoàng"),
    ("tone_ngoai_stays", "ngoài",                        "ngoài"),
    ("tone_quy_stays",   "quý",                          "quý"),
    ("tone_quy2_stays",  "quỹ",                          "quỹ"),
    ("tone_already_new", "Ủy ban",                       "ủy ban"),
    # NFC
    ("nfd_input",        unicodedata.normalize("NFD", "Hòa Bình"), "hòa bình"),
    # every dash becomes '-' with no spaces around it
    ("dash_hyphen",      "a - b",                        "a-b"),
    ("dash_u2010",       "a \u2010 b",                   "a-b"),
    ("dash_u2011",       "a\u2011b",                     "a-b"),
    ("dash_u2012",       "a \u2012b",                    "a-b"),
    ("dash_en",          "2018 – 2024",                  "2018-2024"),
    ("dash_em",          "Tổng cục Cảnh sát — Bộ Công an", "tổng cục cảnh sát-bộ công an"),
    ("dash_minus",       "a\u2212 b",                    "a-b"),
    # quotes removed, anywhere
    ("quote_curly",      "“Camera an ninh”",             "camera an ninh"),
    ("quote_ascii",      '"Camera an ninh"',             "camera an ninh"),
    ("quote_apos",       "'Camera'",                     "camera"),
    ("quote_single",     "‘Camera’",                     "camera"),
    ("quote_guillemets", "«Camera»",                     "camera"),
    ("quote_inside",     "mô hình “Camera an ninh” mới", "mô hình camera an ninh mới"),
    ("quote_broken",     "“”Giáo xứ bình yên",           "giáo xứ bình yên"),
    # leading and trailing punctuation removed; % kept (it is a unit)
    ("punct_trailing",   "Camera an ninh.",              "camera an ninh"),
    ("punct_both",       "(2 an);",                      "2 an"),
    ("punct_inner_kept", "dân vận khéo: 24 giờ",         "dân vận khéo: 24 giờ"),
    ("punct_percent",    "15,3%",                        "15,3%"),
    ("punct_only",       "...",                          ""),
    # whitespace collapsed
    ("space_runs",       "  Lê  Quốc\tHùng\n",           "lê quốc hùng"),
    ("space_nbsp",       "Lê\u00a0Quốc Hùng",            "lê quốc hùng"),
    # casefolded
    ("case_upper",       "ĐẠI TÁ",                       "đại tá"),
    ("case_fold",        "STRASSE Straße",               "strasse strasse"),
    ("none",             None,                           ""),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [k[1:] for k in KEYS], ids=[k[0] for k in KEYS])
def test_key(text: str | None, expected: str) -> None:
    assert key(text) == expected


def test_first_word_and_word_set() -> None:
    assert first_word("Tập thể, cá nhân") == "tập"
    assert first_word(None) == ""
    assert first_word("huyện, thị xã") == "huyện" and first_word("xã, phường, thị trấn") == "xã"
    assert word_set("“Giáo xứ bình yên, đảm bảo ANTT”") == {"giáo", "xứ", "bình", "yên", "đảm", "bảo", "antt"}


# ---------------------------------------------------------------- scoring


def _score(gold: dict, pred: dict):
    return score_article({"source": "a", **gold}, pred).scores()


def test_duplicates_count_once() -> None:
    gold = {"dates": [{"value": "2024-08-08"}, {"value": "2024-08-08"}, {"value": "2018/2024"}]}
    pred = {"dates": [{"value": "2024-08-08"}] * 3 + [{"value": "2006/.."}] * 2}
    c = _score(gold, pred).types["dates"].counts
    assert (c.tp, c.fp, c.fn) == (1, 1, 1)
    assert c.precision == c.recall == c.f1 == 0.5


def test_absent_key_is_not_scored() -> None:
    scores = _score({"dates": []}, {"dates": [{"value": "2024"}], "numbers": [{"value": 3, "unit": "vụ"}]})
    assert "numbers" not in scores.types
    assert scores.types["dates"].counts.fp == 1  # an empty list is annotated: the date is spurious
    assert "title" not in scores.fields


def test_absent_prediction_counts_as_empty() -> None:
    c = _score({"regions": [{"region": "Tây Nguyên"}]}, {}).types["regions"].counts
    assert (c.tp, c.fp, c.fn) == (0, 0, 1)


def test_numbers_match_on_value_and_first_unit_word() -> None:
    gold = {"numbers": [
        {"value": 478, "unit": "mô hình", "qualifier": None},
        {"value": 4700, "unit": "mô hình", "qualifier": "trên"},
        {"value": 15.3, "unit": "%", "qualifier": None},
        {"value": 185, "unit": "tập thể", "qualifier": None},
    ]}
    pred = {"numbers": [
        {"value": 478.0, "unit": "mô hình tự quản", "qualifier": None},   # same first word: match, unit wrong
        {"value": 4700.0, "unit": "Mô hình", "qualifier": None},          # match, unit right, qualifier wrong
        {"value": 15.299999999, "unit": "%", "qualifier": None},          # rounding: match
        {"value": 185.0, "unit": "cá nhân", "qualifier": None},           # other first word: fp + fn
    ]}
    s = _score(gold, pred).types["numbers"]
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (3, 1, 1)
    assert (s.attributes["unit"].correct, s.attributes["unit"].total) == (2, 3)
    assert (s.attributes["qualifier"].correct, s.attributes["qualifier"].total) == (2, 3)


def test_a_range_row_scores_as_its_two_facts() -> None:
    # news.jsonl baomoi-22654964: "khoảng 230-250 triệu/tháng" is two gold facts; the table has one row.
    gold = {"numbers": [{"value": 230000000, "unit": "đồng/tháng", "qualifier": "khoảng"},
                        {"value": 250000000, "unit": "đồng/tháng", "qualifier": "khoảng"},
                        {"value": 30, "unit": "hộ", "qualifier": None}]}
    pred = {"numbers": [{"value": 230000000.0, "value_high": 250000000.0, "unit": "đồng/tháng", "qualifier": "khoảng"},
                        {"value": 30.0, "value_high": None, "unit": "hộ", "qualifier": None}]}
    s = _score(gold, pred).types["numbers"]
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (3, 0, 0)
    assert s.attributes["qualifier"].correct == 3
    # a gold range row expands the same way
    both = _score({"numbers": pred["numbers"]}, {"numbers": gold["numbers"]}).types["numbers"].counts
    assert (both.tp, both.fp, both.fn) == (3, 0, 0)


def test_gold_date_alternative_matches_either_value() -> None:
    gold = {"dates": [{"text": "ngày 27/6", "value": "XXXX-06-27", "alt": "2017-06-27"},
                      {"text": "Ngày 16/5", "value": "XXXX-05-16", "alt": ["2017-05-16"]}]}
    c = _score(gold, {"dates": [{"value": "2017-06-27"}, {"value": "XXXX-05-16"}]}).types["dates"].counts
    assert (c.tp, c.fp, c.fn) == (2, 0, 0)
    c = _score(gold, {"dates": [{"value": "2016-06-27"}]}).types["dates"].counts
    assert (c.tp, c.fp, c.fn) == (0, 1, 2)


def test_lenient_model_match() -> None:
    gold = {"models": [{"name": "Tổ tự quản an ninh trật tự khu dân cư", "province": "Hà Nội"},
                       {"name": "Camera an ninh", "province": None}]}
    pred = {"models": [{"name": "Tổ tự quản an ninh trật tự khu dân cư số 5", "province": None},  # J = 9/11
                       {"name": "“Camera an ninh”", "province": "Hà Nội"}]}
    s = _score(gold, pred).types["models"]
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (1, 1, 1)
    lenient = s.attributes["lenient"]
    assert (lenient.tp, lenient.fp, lenient.fn) == (2, 0, 0)
    assert (s.attributes["province"].correct, s.attributes["province"].total) == (0, 1)


def test_lenient_below_threshold_and_one_to_one() -> None:
    # 3 shared of 4 words: Jaccard 0.75 < 0.8
    assert lenient_pairs(["an ninh trật tự"], ["an ninh trật"]) == []
    # two predictions near one gold name: only the better one is paired
    pairs = lenient_pairs(["a b c d e f g h i"], ["a b c d e f g h i j", "a b c d e f g h i j k"])
    assert pairs == [("a b c d e f g h i", "a b c d e f g h i j")]


def test_officials_rank_and_titles() -> None:
    gold = {"officials": [
        {"name": "Lê Quốc Hùng", "rank": "Trung tướng",
         "titles": ["Thứ trưởng Bộ Công an", "Ủy viên Trung ương Đảng"]},
        {"name": "Nguyễn Đình Trung", "rank": None, "titles": ["Bí thư Tỉnh ủy Đắk Lắk"]},
    ]}
    pred = {"officials": [
        {"name": "LÊ QUỐC HÙNG", "rank": "Thiếu tướng",
         "titles": ["Thứ trưởng Bộ Công an", "Uỷ viên Trung ương Đảng", "Trưởng ban"]},
        {"name": "Nguyễn Đình Trung", "rank": None, "titles": []},
        {"name": "Văn Thành", "rank": None, "titles": []},
    ]}
    s = _score(gold, pred).types["officials"]
    assert (s.counts.tp, s.counts.fp, s.counts.fn) == (2, 1, 0)
    assert (s.attributes["rank"].correct, s.attributes["rank"].total) == (1, 2)
    titles = s.attributes["titles"]
    assert (titles.tp, titles.fp, titles.fn) == (2, 1, 1)


def test_a_former_post_matches_with_or_without_nguyen() -> None:
    # gold fin-nat-012 writes Hoàng Trung Hải's former post without `nguyên`, the text and vnie with it
    gold = {"officials": [{"name": "Hoàng Trung Hải", "rank": None, "titles": ["Phó Thủ tướng"]}]}
    pred = {"officials": [{"name": "Hoàng Trung Hải", "rank": None,
                           "titles": ["nguyên Phó Thủ tướng", "cựu Bộ trưởng Bộ Công Thương"]}]}
    titles = _score(gold, pred).types["officials"].attributes["titles"]
    assert (titles.tp, titles.fp, titles.fn) == (1, 1, 0)


def test_provinces_and_regions_by_key() -> None:
    gold = {"provinces": [{"province": "Kon Tum", "province_2025": "Quảng Ngãi"},
                          {"province": "Sóc Trăng", "province_2025": "Cần Thơ"}],
            "regions": [{"region": "Tây Nguyên"}]}
    pred = {"provinces": [{"province": "Kon Tum", "province_2025": "Kon Tum"},
                          {"province": "Sóc Trăng", "province_2025": "Cần Thơ"}],
            "regions": [{"region": "tây nguyên"}]}
    scores = _score(gold, pred)
    p = scores.types["provinces"]
    assert (p.counts.tp, p.counts.fp, p.counts.fn) == (2, 0, 0)
    assert (p.attributes["province_2025"].correct, p.attributes["province_2025"].total) == (1, 2)
    assert scores.types["regions"].counts.tp == 1


def test_micro_average_over_articles() -> None:
    a = score_article({"source": "a", "dates": [{"value": "2024"}]}, {"dates": [{"value": "2024"}]})
    b = score_article({"source": "b", "dates": [{"value": "2023"}, {"value": "2022"}]}, {"dates": []})
    c = total_scores([a, b]).types["dates"].counts
    assert (c.tp, c.fp, c.fn) == (1, 0, 2)
    assert c.f1 == pytest.approx(2 * 1.0 * (1 / 3) / (1 + 1 / 3))


def test_nothing_to_find_is_undefined_not_zero() -> None:
    scores = _score({"regions": []}, {"regions": []})
    assert not scores.types["regions"].counts.defined
    assert scores.headline("regions") is None
    assert scores.types["regions"].counts.to_dict()["f1"] is None


# fmt: off
PUBLISHED = [
    ("minute_precision", "2024-08-08T11:43",       "2024-08-08T11:43:00", True),
    ("day_precision",    "2021-04-29",             "2021-04-29T00:00:00", True),
    ("space_separator",  "2024-08-08 11:43",       "2024-08-08T11:43:00", True),
    ("other_minute",     "2024-08-08T11:43",       "2024-08-08T11:44:00", False),
    ("utc_offset",       "2024-08-08T04:43+00:00", "2024-08-08T11:43:00", True),
    ("gold_null",        None,                     "2024-08-08T11:43:00", False),
    ("both_null",        None,                     None,                  True),
    ("pred_null",        "2024-08-08",             None,                  False),
]
# fmt: on


@pytest.mark.parametrize(("gold", "pred", "ok"), [p[1:] for p in PUBLISHED], ids=[p[0] for p in PUBLISHED])
def test_published_on_gold_precision(gold: str | None, pred: str | None, ok: bool) -> None:
    assert published_matches(gold, pred) is ok


def test_title_and_authors_after_key() -> None:
    assert field_matches("title", "Nhân rộng mô hình “Camera an ninh”", "nhân rộng mô hình Camera an ninh")
    assert field_matches("title", None, "")
    assert not field_matches("title", "A", None)
    assert field_matches("authors", ["Văn Thành", "Minh Phương"], ["MINH PHƯƠNG", "Văn Thành"])
    assert not field_matches("authors", ["Văn Thành"], [])
    scores = _score({"title": "A", "published": None, "authors": []},
                    {"title": "a.", "published": None, "authors": ["X"]})
    assert {n: a.correct for n, a in scores.fields.items()} == {"title": 1, "published": 1, "authors": 0}


# ---------------------------------------------------------------- floors and baseline


def test_parse_floors_and_below_floors() -> None:
    floors = parse_floors(["dates=0.9", "models_lenient=0.5", "title=1"])
    assert floors == {"dates": 0.9, "models_lenient": 0.5, "title": 1.0}
    with pytest.raises(ValueError, match="TYPE=F1"):
        parse_floors(["places=0.9"])
    with pytest.raises(ValueError, match="not a number"):
        parse_floors(["dates=high"])
    scores = _score({"dates": [{"value": "2024"}, {"value": "2023"}]}, {"dates": [{"value": "2024"}]})
    assert below_floors(scores, {"dates": 0.6}) == []
    assert below_floors(scores, {"dates": 0.9}) == ["dates: 0.6667 < floor 0.900"]
    assert "not scored" in below_floors(scores, {"numbers": 0.1})[0]


def test_pin_never_lowers_without_saying_so() -> None:
    scores = _score({"dates": [{"value": "2024"}, {"value": "2023"}], "regions": [{"region": "Tây Nguyên"}]},
                    {"dates": [{"value": "2024"}], "regions": [{"region": "Tây Nguyên"}]})
    floors, lowered = pin_floors({"dates": 0.5, "regions": 0.99}, scores, margin=0.02)
    assert floors["dates"] == 0.646  # 0.6667 - 0.02, rounded down
    assert floors["regions"] == 0.99  # score 1.0 - 0.02 would lower it: kept
    assert lowered == {}
    floors, lowered = pin_floors({"dates": 0.9}, scores, margin=0.02)
    assert lowered == {"dates": (0.9, 0.646)}


def test_corpus_digest_changes_with_content(tmp_path: Path) -> None:
    for part in ("articles", "samples", "gold"):
        (tmp_path / part).mkdir()
    (tmp_path / "articles" / "a.txt").write_text("Sáng 8/8", encoding="utf-8")
    (tmp_path / "gold" / "g.jsonl").write_text("{}\n", encoding="utf-8")
    (tmp_path / "gold" / "notes.md").write_text("notes", encoding="utf-8")
    before = corpus_digest(tmp_path)
    (tmp_path / "gold" / "notes.md").write_text("other notes", encoding="utf-8")
    assert corpus_digest(tmp_path) == before  # notes are not scored
    (tmp_path / "articles" / "a.txt").write_text("Sáng 9/8", encoding="utf-8")
    assert corpus_digest(tmp_path) != before


# ---------------------------------------------------------------- gold files


def test_load_gold_names_file_and_line(tmp_path: Path) -> None:
    good = tmp_path / "g.jsonl"
    good.write_text(json.dumps({"source": "a.txt", "dates": []}) + "\n\n", encoding="utf-8")
    assert [f.records for f in load_gold([tmp_path])] == [[{"source": "a.txt", "dates": []}]]
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"source": "a"}\n{"dates": []}\n', encoding="utf-8")
    with pytest.raises(GoldError, match=r"bad.jsonl:2: .*source"):
        load_gold([bad])
    bad.write_text('{"source": "a", "dates": {}}\n', encoding="utf-8")
    with pytest.raises(GoldError, match="dates must be lists"):
        load_gold([bad])
    with pytest.raises(GoldError, match="no such"):
        load_gold([tmp_path / "missing.jsonl"])


# ---------------------------------------------------------------- report


TEXT = "Sáng 8/8, tại tỉnh Đắk Lắk, Bộ Công an – Ủy ban nhân dân tổ chức hội nghị."


def test_locate_gold_surfaces() -> None:
    assert locate(TEXT, "tỉnh Đắk Lắk") == [(14, 26)]
    # case, dash and tone-style insensitive
    start = TEXT.index("Bộ")
    assert locate(TEXT, "bộ công an - uỷ ban") == [(start, start + len("Bộ Công an – Ủy ban"))]
    # word by word across punctuation the surface lacks
    assert locate(TEXT, "8/8 tại") == [(5, 13)]
    assert locate(TEXT, "Gia Lai") == []
    assert len(fold(TEXT)) == len(TEXT)


def test_segments_cut_at_marks_and_show_the_worst_status() -> None:
    pieces = segments("abcdef", [Mark(0, 3, "matched", "g"), Mark(2, 5, "spurious", "p"), Mark(2, 4, "missed", "m")])
    assert [(p["text"], p["cls"]) for p in pieces] == [("ab", "matched"), ("c", "missed"), ("d", "missed"),
                                                        ("e", "spurious"), ("f", "")]
    assert pieces[1]["title"] == "g\np\nm"


def test_counts_f1() -> None:
    assert Counts(3, 1, 2).f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)


# ---------------------------------------------------------------- peers


def test_underthesea_entities_and_province_fallback() -> None:
    from vnie.evaluation.peers import entity_spans, fallback_province

    tagged = [("Trung tướng", "N", "B-NP", "O"), ("Lê Quốc", "Np", "B-NP", "B-PER"), ("Hùng", "Np", "B-NP", "I-PER"),
              ("tại", "E", "B-PP", "O"), ("tỉnh", "N", "B-NP", "B-LOC"), ("Kon Tum", "Np", "B-NP", "I-LOC")]
    assert entity_spans(tagged) == [("PER", "Lê Quốc Hùng"), ("LOC", "tỉnh Kon Tum")]
    assert fallback_province("tỉnh Kon Tum") == ("Kon Tum", "Quảng Ngãi")
    assert fallback_province("TP.HCM") == ("Hồ Chí Minh", "Hồ Chí Minh")
    assert fallback_province("Sóc Trăng") == ("Sóc Trăng", "Cần Thơ")
    assert fallback_province("quận Đống Đa") is None


# ---------------------------------------------------------------- the command


SEED = Path(__file__).resolve().parents[2] / "corpus" / "articles" / "000_f78b71d28ef61c78.txt"


def _gold_of_seed(tmp_path: Path) -> tuple[Path, Path]:
    """A folder holding one seed article, and a gold file for it."""
    articles = tmp_path / "articles"
    articles.mkdir()
    (articles / SEED.name).write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"source": SEED.name, "dates": [{"text": "Sáng 8/8", "value": "2024-08-08"}],
                                "regions": [{"text": "Tây Nguyên", "region": "Tây Nguyên"}]},
                               ensure_ascii=False) + "\n", encoding="utf-8")
    return articles, gold


def _tree(folder: Path) -> dict[str, tuple[int, int, bytes]]:
    """Every file under `folder` with its size, mtime and content."""
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns, p.read_bytes())
            for p in sorted(folder.rglob("*")) if p.is_file()}


def test_eval_command_end_to_end(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    from vnie.cli import main

    monkeypatch.chdir(tmp_path)  # the report goes to eval.html in the current folder
    articles, gold = _gold_of_seed(tmp_path)
    args = ["eval", "--gold", str(gold), "--input", str(articles)]
    assert main([*args, "--json"]) == 0  # extracts the gold's article into a temporary folder
    result = json.loads(capsys.readouterr().out)
    types = result["scores"]["all"]["types"]
    assert set(types) == {"dates", "regions"}  # absent keys are not scored
    assert types["dates"]["tp"] + types["dates"]["fn"] == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles", "eval.html", "gold.jsonl"]  # no tables left
    html = (tmp_path / "eval.html").read_text(encoding="utf-8")
    assert "Tây Nguyên" in html and ('class="matched"' in html or 'class="missed"' in html)
    assert main([*args, "--min-f1", "dates=1.01"]) == 1  # F1 never exceeds 1
    assert "below the --min-f1 floor: dates" in capsys.readouterr().err
    assert main([*args, "--min-f1", "towns=0.5"]) == 2


def test_eval_never_writes_into_the_users_tables(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 12: without --out the gold's articles go to a temporary folder; --out DIR is only read."""
    from vnie.cli import main

    monkeypatch.chdir(tmp_path)
    articles, gold = _gold_of_seed(tmp_path)
    other = sorted(SEED.parent.glob("*.txt"))[1]  # in the tables, not in the gold's articles
    outputs = tmp_path / "outputs"
    assert main(["run", str(other), "--out", str(outputs), "-q"]) == 0
    before = _tree(outputs)
    assert main(["eval", "--gold", str(gold), "--input", str(articles), "--json"]) == 0
    fresh = json.loads(capsys.readouterr().out)["scores"]["all"]["types"]
    assert fresh["regions"]["tp"] == 1
    assert _tree(outputs) == before  # the default folder is not touched either
    # --out: the gold's article is not in those tables, and is not added to them.
    assert main(["eval", "--gold", str(gold), "--input", str(articles), "--out", str(outputs), "--json"]) == 0
    scored = json.loads(capsys.readouterr().out)
    assert scored["scores"]["all"]["types"]["regions"]["tp"] == 0
    assert any("not found in the tables in" in note and "only reads them" in note for note in scored["notes"])
    assert _tree(outputs) == before
    assert main(["eval", "--gold", str(gold), "--out", str(tmp_path / "nowhere")]) == 2
    assert "no tables in" in capsys.readouterr().err


def test_first_look_is_recorded_once(tmp_path):
    import json
    import shutil

    from vnie.evaluation.baseline import CORPUS, DEFAULT_BASELINE, format_first_looks, load_baseline, record_first_look

    baseline = tmp_path / "baseline.json"
    shutil.copy(DEFAULT_BASELINE, baseline)
    entry = record_first_look(CORPUS / "gold" / "seeds.jsonl", baseline, note="test")
    assert entry["gold"] == "gold/seeds.jsonl" and entry["kind"] == "first_look"
    assert entry["scores"]["n_articles"] == 5
    assert entry["scores"]["officials"]["tp"] > 0 and 0 < entry["scores"]["officials"]["f1"] <= 1
    assert json.loads(baseline.read_text(encoding="utf-8"))["history"][-1] == entry
    with pytest.raises(ValueError, match="already has a first look"):
        record_first_look(CORPUS / "gold" / "seeds.jsonl", baseline)
    table = format_first_looks(load_baseline(baseline))
    assert "gold/heldout.jsonl" in table and "gold/seeds.jsonl" in table


def test_pooled_first_look_sums_counts_and_weights_attributes():
    """The pooled row is micro-averaged: F1 from summed tp/fp/fn, unit accuracy weighted by matched numbers."""
    from vnie.evaluation.baseline import pool_first_looks

    a = {"n_articles": 15, "dates": {"tp": 27, "fp": 16, "fn": 19, "f1": 0.6067},
         "numbers": {"tp": 86, "fp": 7, "fn": 9, "f1": 0.9149}, "unit": 0.9419, "published": 0.9}
    b = {"n_articles": 17, "dates": {"tp": 42, "fp": 7, "fn": 7, "f1": 0.8571},
         "numbers": {"tp": 61, "fp": 6, "fn": 6, "f1": 0.9104}, "unit": 0.918, "published": 0.9286}
    pooled = pool_first_looks([a, b])
    assert pooled["n_articles"] == 32
    assert pooled["dates"] == pytest.approx(2 * 69 / (2 * 69 + 23 + 26))
    assert pooled["unit"] == pytest.approx((0.9419 * 86 + 0.918 * 61) / 147)
    assert pooled["published"] == pytest.approx((0.9 * 15 + 0.9286 * 17) / 32)
    assert pooled["models"] is None


def test_unmarked_drops_marks_letter_for_letter() -> None:
    # seed 000: a URL slug's words are found at the same offsets (metadata.title_from_url)
    line = "Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an"
    bare = unmarked(line)
    assert bare == "trung tuong le quoc hung, uy vien trung uong dang, thu truong bo cong an"
    assert len(bare) == len(line)
