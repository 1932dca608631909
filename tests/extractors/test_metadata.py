"""Article metadata from the text: headline, dateline, byline, URL."""

from __future__ import annotations

import datetime as dt

import pytest

from vnie.extractors.metadata import extract_metadata, find_authors, find_dateline, find_title
from vnie.extractors.normalise import normalise_text

# fmt: off
DATELINES = [
    ("Thứ Năm, 08/08/2024, 11:43",   dt.datetime(2024, 8, 8, 11, 43)),
    ("10/11/2022 22:22",             dt.datetime(2022, 11, 10, 22, 22)),
    ("Chủ nhật, 3/7/2017 - 08:15",   dt.datetime(2017, 7, 3, 8, 15)),
    ("Thứ Hai, 19/06/2017",          dt.datetime(2017, 6, 19)),
]
NOT_DATELINES = [
    "Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị.",
    "31/02/2024 10:00",
    "Kế hoạch số 111-KH/TU",
]
BYLINES = [
    ("Văn Thành",              ("Văn Thành",)),
    ("Quỳnh Vinh - Phạm Tâm",  ("Quỳnh Vinh", "Phạm Tâm")),
    ("Minh Phương, Hà An",     ("Minh Phương", "Hà An")),
    ("Mi Vân (Tổng hợp)",      ("Mi Vân",)),
    ("Theo Thế Kha - Tuấn Hợp/Dân Trí", ("Thế Kha", "Tuấn Hợp")),
    ("Trang Phạm\nTheo Science Alert", ("Trang Phạm",)),
    # baomoi run the byline into the last paragraph
    ("Pháp luật Plus sẽ tiếp tục thông tin đến bạn đọc. Đăng Hậu", ("Đăng Hậu",)),
    ("Vụ tai nạn khiến 13 người tử vong. Trung Hùng (Tổng hợp theo báo TTXVN, VOV)", ("Trung Hùng",)),
    ("giữ bình yên cho nhân dân. Văn Hùng – Anh Cường", ("Văn Hùng", "Anh Cường")),
    ("Nội dung.\nLan Hương (tổng hợp) - Trường Thịnh", ("Lan Hương", "Trường Thịnh")),
    ("cần sớm xử lý những bất cập này. LINH ANH", ("LINH ANH",)),
    ("không biết lấy gì để trả./. CTV Đặng Dự/VOV-Miền Trung", ("Đặng Dự",)),
    ("thầy cúng, thầy mo… Hiền Hạnh (TTXVN)", ("Hiền Hạnh",)),
]
NOT_BYLINES = [
    "Phong trào này đã xuất hiện nhiều tấm gương điển hình.",
    "Theo Dân trí",
    "Nhóm PV",
    "(Theo Reuters)",
    "Theo Dân trí",
    "Đoàn công tác đã làm việc với Công an tỉnh Hà Tĩnh",
    "Ông nói thêm rằng đây là vụ việc nghiêm trọng. Bộ Công an",
    "Vụ việc đang được điều tra. UBND TP",
    "Nguồn tin cho biết. TTXVN",
    "Bài viết có sự tham khảo. VOV VN",
]
# fmt: on


@pytest.mark.parametrize("line,expected", DATELINES, ids=[d for d, _ in DATELINES])
def test_dateline(line: str, expected: dt.datetime) -> None:
    found = find_dateline(f"Tiêu đề bài báo ở đây\n\n{line}\n\nNội dung bài.")
    assert found is not None and found[2] == expected


@pytest.mark.parametrize("line", NOT_DATELINES)
def test_not_dateline(line: str) -> None:
    assert find_dateline(f"{line}\nNội dung bài.") is None


@pytest.mark.parametrize("line,expected", BYLINES, ids=[b for b, _ in BYLINES])
def test_byline(line: str, expected: tuple[str, ...]) -> None:
    assert find_authors(f"Nội dung bài báo.\n\n{line}") == expected


@pytest.mark.parametrize("line", NOT_BYLINES)
def test_not_byline(line: str) -> None:
    assert find_authors(f"Nội dung bài báo.\n\n{line}") == ()


def test_title_is_a_short_first_line_without_a_stop() -> None:
    assert find_title("Nhân rộng mô hình ở Tây Nguyên\n\nSáng 8/8, tại TP Buôn Ma Thuột.") == "Nhân rộng mô hình ở Tây Nguyên"
    assert find_title("Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị.\nTiếp theo.") is None
    assert find_title("10/11/2022 22:22\nQua 2 năm triển khai Đề án.") is None


# fmt: off
SEED_METADATA = {
    "000_f78b71d28ef61c78.txt": ("Nhân rộng mô hình phong trào toàn dân bảo vệ ANTQ ở Tây Nguyên",
                                 dt.datetime(2024, 8, 8, 11, 43), ("Văn Thành",), None),
    "001_f9807e427c47bfdc.txt": (None, dt.datetime(2022, 11, 10, 22, 22), ("Văn Tùng",), None),
    "002_3c0f1b4e4c4086f6.txt": (None, None, (), None),
    "003_77bc794b7638fae3.txt": ("Nhiều mô hình hay trong phong trào toàn dân bảo vệ an ninh Tổ quốc", None,
                                 ("Minh Phương",),
                                 "https://laodongthudo.vn/nhieu-mo-hinh-hay-trong-phong-trao-toan-dan-bao-ve-an-ninh-to-quoc-158618.html"),
    "004_6740aeb9a20d6ac6.txt": (None, None, ("Quỳnh Vinh", "Phạm Tâm"), None),
}
# fmt: on


@pytest.mark.parametrize("name", sorted(SEED_METADATA))
def test_seed_metadata(name: str, seed_texts: dict[str, str]) -> None:
    meta = extract_metadata(normalise_text(seed_texts[name]))
    assert (meta.title, meta.published, meta.authors, meta.url) == SEED_METADATA[name]
