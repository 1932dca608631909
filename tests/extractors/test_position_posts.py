"""Posts in `positions` (issue 11): the wrong-post classes of the positions audits
(corpus/audit/bench-*.jsonl, table positions): a member of staff who no longer is one or who
works for a company holds no post, abbreviations written out (also a misspelt one the audit
saw), and the Youth Union's "Trung ương Đoàn" read as no surname. Sentences from
../shared/bench/news-real.jsonl.gz."""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc, OfficialValue, PositionValue
from vnie.extractors.normalise import normalise_text
from vnie.extractors.officials import build

BUILT = build()


def extract(text: str) -> tuple[dict[str, tuple[str, ...]], list[PositionValue]]:
    """(name -> titles, positions) of `text` (provinces not run)."""
    doc = NormalisedDoc("t", normalise_text(text), None)
    mentions = BUILT(doc, {})
    people = {m.value.name: m.value.titles for m in mentions if isinstance(m.value, OfficialValue)}
    return people, [m.value for m in mentions if isinstance(m.value, PositionValue)]


@pytest.mark.parametrize(("text", "name", "title"), [
    # former staff of a bank: the title as written stays, no post
    ("Tiếp tay cho 3 bị cáo trên thực hiện hành vi phạm tội là bị cáo Nguyễn Thu Hiền (sinh năm 1986, trú tại Trung "
     "Phụng, Đống Đa, Hà Nội, nguyên cán bộ Ngân hàng Ocean Bank) bị phạt 18 tháng tù",
     "Nguyễn Thu Hiền", "nguyên cán bộ Ngân hàng Ocean Bank"),
    # a company's staff
    ("6 cán bộ của Công ty Khải Thái gồm Phan Kiện Trung, Nguyễn Mạnh Linh, nguyên giám đốc, Đoàn Thị Luyến (nguyên "
     "giám đốc phụ trách chi nhánh Charmvit) cũng bị truy tố cùng tội danh.",
     "Phan Kiện Trung", "cán bộ của Công ty Khải Thái"),
])
def test_staff_title_is_no_post(text, name, title):
    people, posts = extract(text)
    assert title in people[name]
    assert not any(p.role == "cán bộ" for p in posts), posts


def test_serving_police_staff_keeps_the_post():
    _, posts = extract("Anh Dương cho hay, 2 người đàn ông đánh anh bước ra từ nhà của Trung úy Phạm Hữu Hoàng, cán bộ "
                       "Công an phường Long Bình Tân.")
    assert [(p.role, p.organisation, p.org_kind) for p in posts] == [
        ("cán bộ", "Công an phường Long Bình Tân", "police")]


@pytest.mark.parametrize(("text", "organisation"), [
    ("Ông Lưu Trung Thái, Phó Chủ tịch Hội đồng quản trị kiêm Tổng giám đốc MB trả lời cổ đông tại phiên họp sáng nay",
     "Ngân hàng Thương mại Cổ phần Quân đội"),
    # misspelt as written: "VHT&DL" for "VH-TT&DL"
    ("Ngày 8/5, Bộ trưởng Bộ VHT&DL Nguyễn Ngọc Thiện đã ký quyết định công nhận Lễ hội Minh thệ",
     "Bộ Văn hóa, Thể thao và Du lịch"),
    ("Trả lời phỏng vấn Báo Thể thao & Văn hóa ngày 23/5, Cục trưởng Cục NTBD Nguyễn Đăng Chương có nói",
     "Cục Nghệ thuật biểu diễn"),
    # a full stop glued to the unit's name is a space
    ("Ông Trần Kiên, Chủ tịch UBND TX.Sông Cầu, cho biết vào sáng 29.5", "Ủy ban nhân dân thị xã Sông Cầu"),
])
def test_abbreviations_written_out(text, organisation):
    _, posts = extract(text)
    assert organisation in [p.organisation for p in posts], posts


def test_youth_union_is_no_surname():
    people, posts = extract("Bí thư thứ nhất Ban chấp hành Trung ương Đoàn Lê Quốc Phong ghi nhận và đánh giá cao những "
                            "kết quả hoạt động của các lưu học sinh Việt Nam tại Trung Quốc.")
    assert people == {"Lê Quốc Phong": ("Bí thư thứ nhất Ban chấp hành Trung ương Đoàn",)}
    assert [(p.role, p.organisation) for p in posts] == [("Bí thư thứ nhất", "Ban chấp hành Trung ương Đoàn")]
