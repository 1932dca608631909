"""Title classes of the blind rounds 16-17: a city named after "TP.", careers after "từng" and after a pronoun for
the person a paragraph is about, titles given once to a list of names, and what ends a title (a photo's credit, a
visit, a time). Sentences are verbatim from ../shared/bench (id in the comment) or corpus/samples: each rule is tested
on an article other than the one it was written for.
"""

from __future__ import annotations

import pytest

from tests.extractors.title_cases import case_params, titles

# fmt: off
CASES = {
    # a city's name after "TP." before a lower-case word (../shared/bench dantri-travel-099, baomoi-22321220;
    # corpus/samples blind-s16-c-018); a sentence ending with "TP." is still no city ("Công an TP. | Bí thư Đinh La
    # Thăng", baomoi-21481328)
    "city after TP.": [
        ("Ông Trần Quốc Tuấn - Phó Chủ tịch UBND TP. Châu Đốc cho biết, tại khu du lịch và trước cổng Miếu Bà Chúa Xứ",
         {"Trần Quốc Tuấn": ("Phó Chủ tịch UBND TP. Châu Đốc",)}),
        ("Tham dự và phát biểu tại lễ khánh thành, ông Huỳnh Đức Thơ, Chủ tịch UBND TP. Đà Nẵng nhận định, nhà ga hành "
         "khách quốc tế Đà Nẵng sẽ góp",
         {"Huỳnh Đức Thơ": ("Chủ tịch UBND TP. Đà Nẵng",)}),
        ("Ông Nguyễn Quang Tuấn - Phó Chủ tịch Thường trực HĐND TP. Huế - công bố kết danh sách trúng cử đại biểu HĐND, "
         "nhiệm kỳ 2026-2031.",
         {"Nguyễn Quang Tuấn": ("Phó Chủ tịch Thường trực HĐND TP. Huế",)}),
        ("Ông Thăng cũng giao nhiệm vụ trong năm 2017, Công an Q.2 phải giảm tình trạng tội phạm, ít nhất bằng mức giảm "
         "của Công an TP. Bí thư Đinh La Thăng: Đánh giá mô hình phòng chống tội phạm của Q.9 để nhân rộng",
         {"Đinh La Thăng": ("Bí thư",)}),
    ],
    # a career after "từng giữ chức" or "từng làm" (../shared/bench dantri-business-171; corpus/samples blind-s4-r-002,
    # blind-s11-d-023, blind-s15-c-024)
    "career after từng": [
        ("Trước khi tham gia HĐQT Vietbank, ông Bùi Xuân Khu từng giữ chức Thứ trưởng thường trực Bộ Công Thương.",
         {"Bùi Xuân Khu": ("Thứ trưởng thường trực Bộ Công Thương",)}),
        ("Nhiều năm công tác tại Công an Cao Bằng, đại tá Hà Văn Tuyên từng giữ chức Trưởng Phòng Bảo vệ chính trị, "
         "Trưởng Công an huyện Trà Lĩnh.",
         {"Hà Văn Tuyên": ("Trưởng Phòng Bảo vệ chính trị", "Trưởng Công an huyện Trà Lĩnh")}),
        ("Cha của ông Phong là ông Lê Tú Hoàng từng giữ chức Phó chủ tịch UBND tỉnh Bình Thuận.",
         {"Lê Tú Hoàng": ("Phó chủ tịch UBND tỉnh Bình Thuận",)}),
    ],
    # a career with no colon after "các chức vụ" (corpus/samples blind-s14-c-014, blind-s17-c-002)
    "career without a colon": [
        ("Trước khi được bầu là Chủ tịch Ủy ban Nhân dân tỉnh Cà Mau, ông Nguyễn Tiến Hải từng đảm nhận các chức vụ Phó "
         "Bí thư Tỉnh đoàn Cà Mau, Bí thư Huyện ủy Cái Nước, Giám đốc Sở Tư pháp Cà Mau, Phó Chủ tịch Ủy ban Nhân dân "
         "tỉnh, Phó Bí thư Tỉnh ủy Cà Mau.",
         {"Nguyễn Tiến Hải": ("Phó Bí thư Tỉnh đoàn Cà Mau", "Bí thư Huyện ủy Cái Nước", "Giám đốc Sở Tư pháp Cà Mau",
                              "Phó Chủ tịch Ủy ban Nhân dân tỉnh", "Phó Bí thư Tỉnh ủy Cà Mau")}),
    ],
    # a career sentence whose subject is a pronoun: the person who opens the sentences before (../shared/bench
    # dantri-sport-069; corpus/samples blind-s15-c-030, blind-s7-c-018, blind-s16-c-012)
    "career after a pronoun": [
        ("Ông Trần Mạnh Hùng hiện đang là Ủy viên HĐQT Công ty Cổ phần bóng đá chuyên nghiệp Việt Nam (VPF). Ông Hùng "
         "từng giữ chức Phó Chủ tịch HĐQT VPF.",
         {"Trần Mạnh Hùng": ("Phó Chủ tịch HĐQT VPF",)}),  # "hiện đang là" is no copula read yet
        ("Ông Nguyễn Thanh Nhàn (sinh năm 1977, quê quán huyện Tân Hiệp). Trước khi được bầu giữ chức Chủ tịch UBND, ông "
         "từng giữ các chức vụ: Bí thư Thành ủy, Chủ tịch UBND TP Hà Tiên; Phó Chủ tịch UBND tỉnh.",
         {"Nguyễn Thanh Nhàn": ("Bí thư Thành ủy", "Chủ tịch UBND TP Hà Tiên", "Phó Chủ tịch UBND tỉnh")}),
        ("Ông Nguyễn Văn Nên 68 tuổi, quê Tây Ninh, có trình độ cử nhân Luật. Ông là Ủy viên Bộ Chính trị khóa 13; trước "
         "đó là Bí thư Trung ương Đảng khóa 12 và Ủy viên Trung ương Đảng các khóa 11, 12, 13.\n\nÔng từng giữ các chức "
         "vụ Chủ tịch UBND và Bí thư Tỉnh ủy Tây Ninh.",
         {"Nguyễn Văn Nên": ("Chủ tịch UBND", "Bí thư Tỉnh ủy Tây Ninh")}),
        ("Ông Lê Viết Chữ sinh năm 1963, quê quán tỉnh Quảng Ngãi. Ông đã từng kinh qua các chức vụ: Giám đốc Sở Giao "
         "thông vận tải tỉnh Quảng Ngãi; Bí thư Thành ủy TP. Quảng Ngãi; Phó Chủ tịch UBND tỉnh Quảng Ngãi",
         {"Lê Viết Chữ": ("Giám đốc Sở Giao thông vận tải tỉnh Quảng Ngãi", "Bí thư Thành ủy TP. Quảng Ngãi",
                          "Phó Chủ tịch UBND tỉnh Quảng Ngãi")}),
    ],
    # a title given once to a list (corpus/samples blind-s16-c-019, blind-s16-c-015, blind-s17-c-009,
    # blind-s17-c-028); chairing a session is no post shared by the list after it (blind-s15-c-001)
    "list": [
        ("Các ông, bà: Hoàng Giang, Trần Huy Tuấn, Nguyễn Tuấn Anh, Giàng Thị Dung giữ chức Phó Bí thư Tỉnh ủy Lào Cai "
         "nhiệm kỳ 2025-2030.",
         {"Hoàng Giang": ("Phó Bí thư Tỉnh ủy Lào Cai",), "Giàng Thị Dung": ("Phó Bí thư Tỉnh ủy Lào Cai",)}),
        ("Có 4 Phó bí thư là bà Tôn Ngọc Hạnh (thường trực), bà Huỳnh Thị Hằng (Chủ tịch Ủy ban MTTQ Việt Nam tỉnh), ông "
         "Võ Tấn Đức (Chủ tịch UBND tỉnh) và ông Thái Bảo.",
         {"Huỳnh Thị Hằng": ("Phó bí thư", "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"),
          "Võ Tấn Đức": ("Phó bí thư", "Chủ tịch UBND tỉnh"), "Thái Bảo": ("Phó bí thư",)}),
        ("4 Phó Chủ tịch UBND TP Cần Thơ nhiệm kỳ 2016 - 2021 cùng tái đắc cử gồm có các ông: Dương Tấn Hiển, Nguyễn Văn "
         "Hồng, Nguyễn Ngọc Hè và Nguyễn Thực Hiện.",
         {"Dương Tấn Hiển": ("Phó Chủ tịch UBND TP Cần Thơ",), "Nguyễn Thực Hiện": ("Phó Chủ tịch UBND TP Cần Thơ",)}),
        ("Đồng thời, ba nhân sự được bầu giữ chức danh Phó chủ tịch UBND TP.HCM nhiệm kỳ 2021-2026 gồm: Ông Hoàng Nguyên "
         "Dinh, Phó trưởng ban Tuyên giáo và Dân vận Thành ủy TP.HCM; ông Trần Văn Bảy, Chánh Thanh tra TP.HCM; ông "
         "Nguyễn Công Vinh, Giám đốc Sở Tài chính TP.HCM.",
         {"Trần Văn Bảy": ("Phó chủ tịch UBND TP.HCM", "Chánh Thanh tra TP.HCM")}),
        ("Chủ tọa kỳ họp gồm các đồng chí: Đoàn Tiến Lập - Bí thư Đảng ủy, Chủ tịch HĐND xã; Hoàng Việt Hải - Phó Chủ "
         "tịch HĐND xã",
         {"Đoàn Tiến Lập": ("Bí thư Đảng ủy", "Chủ tịch HĐND xã"), "Hoàng Việt Hải": ("Phó Chủ tịch HĐND xã",)}),
    ],
    # a photo's credit after a dash, a visit and a time end a title (corpus/samples blind-s17-d-009, blind-s17-c-025,
    # blind-s16-b-020, blind-s17-c-024)
    "title ends": [
        ("Tổng Bí thư Tô Lâm trao quyết định của Bộ Chính trị điều động, phân công, bổ nhiệm ông Trịnh Văn Quyết giữ "
         "chức Trưởng Ban Tuyên giáo và Dân vận Trung ương - Ảnh: TTXVN\n",
         {"Trịnh Văn Quyết": ("Trưởng Ban Tuyên giáo và Dân vận Trung ương",)}),
        ("an Thường vụ Tỉnh ủy Gia Lai trao quyết định, tặng hoa chúc mừng ông Rah Lan Chung, Chủ tịch UBND tỉnh Gia Lai "
         "và ông Trần Minh Sơn, Chủ tịch UBMTQ Việt Nam tỉnh Gia Lai - Ảnh: PLO\n",
         {"Trần Minh Sơn": ("Chủ tịch UBMTQ Việt Nam tỉnh Gia Lai",)}),
        ("Đại tướng Lương Tam Quang, Bộ trưởng Bộ Công an tham quan Phòng truyền thống Công an tỉnh Quảng Ninh. Ảnh: CAQN",
         {"Lương Tam Quang": ("Bộ trưởng Bộ Công an",)}),
        ("Sáng 30/6, kỳ họp lần thứ nhất, HĐND Đăk Nông khóa IV đã bầu ông Hồ Văn Mười làm Chủ tịch UBND tỉnh thay ông "
         "Nguyễn Đình Trung, 48 tuổi, được bổ nhiệm giữ chức Bí thư Tỉnh ủy Đăk Lăk hồi đầu tháng 5.",
         {"Nguyễn Đình Trung": ("Bí thư Tỉnh ủy Đăk Lăk",)}),
    ],
}
# fmt: on


@pytest.mark.parametrize(("text", "expected"), case_params(CASES))
def test_titles(text, expected):
    found = titles(text)
    for name, wanted in expected.items():
        assert sorted(found[name]) == sorted(wanted), name

