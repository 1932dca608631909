"""Officials: which rule of `_lower_run_joins` lets a lower-case run join a title (review 18 item 12).

Each sentence is verbatim from corpus/samples or ../shared/bench/news-real.jsonl.gz (the article id in the
comment); the whole pipeline runs (`vnie.extract`), and the rules that fired are recorded on the way.
"""

from __future__ import annotations

import pytest

from vnie.api import extract
from vnie.extractors.officials import find


def joined_runs(text: str, monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """(run text, rule) for every lower-case run some rule joined to a title while `text` was extracted."""
    fired: list[tuple[str, str]] = []
    joins = find._lower_run_joins

    def recording(text: str, q: int, run_end: int, *args):
        rule = joins(text, q, run_end, *args)
        if rule is not None:
            fired.append((text[q:run_end], rule))
        return rule

    monkeypatch.setattr(find, "_lower_run_joins", recording)
    extract(text)
    return fired


# fmt: off
# (sentence, lower-case run, the rule that joins it)
CASES = [
    ("Tại khu phố Tân Phú 1, phường Tân Đông Hiệp (TPHCM) người dân đã quen thuộc với hình ảnh ông Lại Viết Văn - Tổ "
     "trưởng tổ hòa giải, cần mẫn với công việc “giữ yên lòng người” nơi xóm nhỏ đông dân nhập cư.",
     "hòa giải", "noun_body"),  # blind-s28-a-032
    ("ông Chu Đức Khương, 45 tuổi, Trưởng Phòng Tài nguyên và Môi trường huyện Quảng Xương; Lê Đình Khoa, 48 tuổi, "
     "Trưởng phòng Kinh tế hạ tầng; Mai Ngọc Tứ, 54 tuổi, Chủ tịch UBND xã Quảng Trung",
     "hạ tầng", "noun_body"),  # blind-s25-d-031
    ("Cũng tại buổi họp báo, bà Nguyễn Thu Thủy, quyền Vụ trưởng Vụ Giáo dục đại học cho biết, trong thời gian thí "
     "điểm tự chủ trường", "đại học", "speech_after_tail"),  # ../shared/bench dantri-education-008
]
# fmt: on


@pytest.mark.parametrize(("text", "run", "rule"), CASES)
def test_the_rule_that_joins_a_lower_case_run(text: str, run: str, rule: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert (run, rule) in joined_runs(text, monkeypatch)
