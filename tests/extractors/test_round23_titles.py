"""Title classes of round 23 (the errors of corpus/gold blind-s22-*, blind-s23-* and the officials audit of round 14).

The sentences are from the gold batches (source in a comment) and from ../shared/bench/news-real.jsonl.gz (article id in
a comment), each copied verbatim.
"""

from __future__ import annotations

import pytest

from tests.extractors.title_cases import case_params, titles


# fmt: off
# (sentence, {name: titles}) with every person the sentence yields, () meaning no titles
CASES = {
    # after a bare unit word a lower-case stretch goes on only into a district, city or province it names, or into a
    # place named in capitals after a descriptor ("xã biên giới Ia Dom")
    "unit_run_on": [
        # corpus/gold blind-s22-c-020 (the class)
        ("Trong thời gian ông Đỗ Minh Tuấn - Chủ tịch UBND tỉnh và ông Nguyễn Văn Thi - Phó Chủ tịch UBND tỉnh vắng "
         "mặt, Tỉnh ủy Thanh Hóa phân công nhân sự phụ trách, điều hành công việc một số vị trí cho đến khi có chỉ đạo "
         "mới.",
         {"Đỗ Minh Tuấn": ("Chủ tịch UBND tỉnh",), "Nguyễn Văn Thi": ("Phó Chủ tịch UBND tỉnh",)}),
        # corpus/gold blind-s5-u-002
        ("Ban Thường vụ Tỉnh ủy Vĩnh Long phân công đồng chí Lữ Quang Ngời, Ủy viên Thường vụ Tỉnh ủy, Phó Chủ tịch "
         "UBND tỉnh phụ trách UBND tỉnh đến khi bầu bổ sung chức danh Chủ tịch UBND tỉnh Vĩnh Long.",
         {"Lữ Quang Ngời": ("Ủy viên Thường vụ Tỉnh ủy", "Phó Chủ tịch UBND tỉnh")}),
        # corpus/gold blind-s15-c-006
        ("Tại kỳ họp, Thượng tá Trịnh Vũ Ngàn, Ủy viên BTV Huyện ủy, Trưởng Công an huyện phụ trách Đảng bộ xã Vũ "
         "Muộn đã khẳng định kỳ họp thứ nhất HĐND xã là kỳ họp quan trọng.",
         {"Trịnh Vũ Ngàn": ("Ủy viên BTV Huyện ủy", "Trưởng Công an huyện")}),
        # bench baomoi-21480006: an island district's name goes on
        ("Đại tá Bùi Đình Dương, Chủ tịch UBND huyện đảo Trường Sa cho biết, chuyến thăm Tết vừa qua, các tàu mang hơn "
         "500 tấn hàng.",
         {"Bùi Đình Dương": ("Chủ tịch UBND huyện đảo Trường Sa",)}),
        # review 15 item 4 (constructed): a commune's name after a descriptor (official_place_descriptors.txt)
        ("Ông Nguyễn Văn An, Chủ tịch UBND xã biên giới Ia Dom cho biết.",
         {"Nguyễn Văn An": ("Chủ tịch UBND xã biên giới Ia Dom",)}),
        ("Ông Nguyễn Văn An, Chủ tịch UBND xã đảo Thạnh An cho biết.",
         {"Nguyễn Văn An": ("Chủ tịch UBND xã đảo Thạnh An",)}),
    ],
    # callings written with the name are titles (titles.tsv roles; GUIDELINES.md rounds 19-23)
    "calling": [
        # corpus/gold blind-s23-e-012 (the class)
        ("Nhà văn Nguyễn Huy Thiệp qua đời", {"Nguyễn Huy Thiệp": ("Nhà văn",)}),
        # corpus/gold blind-s6-e-022
        ("Nhiều em nhỏ ngày đầu tiên đến trường, được \"mẹ dắt tay từng bước\" trong cảnh sắc nên thơ \"hương rừng thơm "
         "đồi vắng, nước suối trong thầm thì\" như trong bài hát Đi Học (nhạc của tác giả Bùi Đình Thảo, lời của nhà thơ Hoàng Minh Chính).",
         {"Hoàng Minh Chính": ("nhà thơ",)}),
        # bench dantri-education-150 (the officials audit of round 14)
        ("Chuyên gia Nguyễn Quốc Cường cho rằng, với 4 nguyên nhân trên, xác định được mục tiêu và công việc yêu thích "
         "sẽ là bước quyết định quan trọng.",
         {"Nguyễn Quốc Cường": ("Chuyên gia",)}),
        # bench dantri-tech-061 (the audit)
        ("Mới đây, trong bài trả lời phỏng vấn với nhà báo Kara Swisher của tờ báo The New York Times, CEO Tim Cook đã "
         "có những hé lộ về tương lai của mình tại Apple.",
         {"Kara Swisher": ("nhà báo",)}),
        # bench dantri-education-265
        ("Cũng theo Luật sư Đặng Văn Cường, theo kết luận của nhà trường, có rất nhiều đơn thư của phụ huynh.",
         {"Đặng Văn Cường": ("Luật sư",)}),
        # bench dantri-entertainment-013
        ("Siêu mẫu Hà Anh chọn cách sống lặng lẽ hơn, không thiết sân si.", {"Hà Anh": ("Siêu mẫu",)}),
        # corpus/gold blind-s23-e-029
        ("Chủ tịch Hội đồng Giáo phẩm Hội thánh Tin lành Việt Nam (miền Nam) Mục sư Mã Phúc Hiệp và các chức sắc đến "
         "dự.",
         {"Mã Phúc Hiệp": ("Mục sư",)}),
    ],
    # a bare calling that cues the name after it, after a comma, is no apposition of the name before
    "calling_cues_next": [
        # bench baomoi-21487189 (the text ends with the byline)
        ("Được biết, Hội đồng Viện gồm có một số tên tuổi như nguyên Phó Chủ tịch nước Nguyễn Thị Bình, nhà văn Nguyên "
         "Ngọc, ông Nguyễn Sự (nguyên Bí thư Thành ủy Hội An), PGS. TS. Chu Hảo…",
         {"Nguyễn Thị Bình": ("nguyên Phó Chủ tịch nước",), "Nguyên Ngọc": ("nhà văn",),
          "Nguyễn Sự": ("nguyên Bí thư Thành ủy Hội An",)}),
        # bench baomoi-22724156
        ("Trong các phiên xử, diễn viên Ngọc Trinh đã được đông đảo diễn viên đồng nghiệp đến tòa ủng hộ như diễn viên "
         "Hoài Linh, MC Đại Nghĩa, Lý Thanh Thảo, diễn viên Quý Bình, Biggio, NSUT Đàm Loan, Trịnh Kim Chi, Công Ninh.",
         {"Ngọc Trinh": ("diễn viên",), "Hoài Linh": ("diễn viên",), "Đại Nghĩa": ("MC",), "Lý Thanh Thảo": (),
          "Quý Bình": ("diễn viên",), "Biggio": (), "Đàm Loan": (), "Trịnh Kim Chi": (), "Công Ninh": ()}),
    ],
    # a place after a local committee written in lower case is the committee's, no person
    "committee_place": [
        # corpus/gold blind-s22-c-008 (the class: "Quan Hóa" was a person)
        ("Ban Thường vụ Tỉnh ủy đã công bố quyết định về việc chỉ định bà Hà Thị Hương sinh năm 1981 giữ chức Bí thư "
         "huyện ủy Quan Hóa.",
         {"Hà Thị Hương": ("Bí thư huyện ủy Quan Hóa",)}),
        # bench baomoi-21494821 (a district no surname opens, read so before)
        ("Chiều 8/2, ông Hồ Lê Ngọc, Bí thư huyện ủy Quỳ Hợp (Nghệ An) cho biết, đã có kết luận.",
         {"Hồ Lê Ngọc": ("Bí thư huyện ủy Quỳ Hợp",)}),
    ],
    # a prison's governor (titles.tsv "Giám thị"; official_org_words.tsv "trại giam")
    "prison": [
        # corpus/gold blind-s23-b-024, -026
        ("Tham dự buổi giao lưu có anh Nguyễn Đình Hùng, Bí thư Tỉnh Đoàn Nghệ An; Đại tá Nguyễn Viết Hoàn giám thị trại "
         "giam số 6 cùng 500 phạm nhân cải tạo tốt tại Trại giam số 6.",
         {"Nguyễn Đình Hùng": ("Bí thư Tỉnh Đoàn Nghệ An",), "Nguyễn Viết Hoàn": ("giám thị trại giam số 6",)}),
        ("Báo cáo với các đại biểu, Đại tá Nguyễn Quang Huy, Giám thị Trại giam Quảng Ninh cho biết, đơn vị có 56 năm xây "
         "dựng, chiến đấu và trưởng thành, lập nhiều thành tích, chiến công, hoàn thành tốt mọi nhiệm vụ được giao.",
         {"Nguyễn Quang Huy": ("Giám thị Trại giam Quảng Ninh",)}),
    ],
    # a standing in a community keeps where it is held (official_place_roles.txt)
    "place_role": [
        # corpus/gold blind-s23-a-025 (the class); the district after the commune is where it lies (round 13)
        ("Cán bộ an ninh gặp gỡ ông Ksor Yung (người có uy tín ở buôn Chư Krih, xã Chư Drăng, huyện Krông Pa).",
         {"Ksor Yung": ("người có uy tín ở buôn Chư Krih, xã Chư Drăng",)}),
        # corpus/gold blind-s20-a-012
        ("Ông Rmah Phiar (SN 1964, người có uy tín ở huyện Chư Sê) chia sẻ: “Tôi rất vui khi được tham gia chuyến đi, được "
         "ngắm nhìn vẻ đẹp của quê hương, đất nước.",
         {"Rmah Phiar": ("người có uy tín ở huyện Chư Sê",)}),
    ],
    # "do X làm <role>" after where X lives, and as the owner too
    "role_as": [
        # corpus/gold blind-s23-b-014, -015 (the class)
        ("Theo đó, vào hồi 5h (ngày 17/3), tàu cá mang số hiệu NA 95171 TS do anh Trần Văn Hải (SN 1975) trú tại xã Sơn "
         "Hải, huyện Quỳnh Lưu (Nghệ An) làm thuyền trưởng đang đánh bắt cá ở tọa độ 19độ 10’N – 106 độ40’E thì tàu chết "
         "máy, không thể hoạt động được.",
         {"Trần Văn Hải": ("thuyền trưởng",)}),
        ("Trước đó, lúc 8 giờ 30, ngày 14-8, Đồn biên phòng An Hải nhận được tin báo việc tàu cá BĐ 98470TS do ông Nguyễn "
         "Văn Tàu (ngụ phường Hoài Nhơn Bắc, tỉnh Gia Lai) làm chủ kiêm thuyền trưởng bị nạn trên vùng biển thôn Xóm Cát, "
         "xã Ô Loan, tỉnh Đắk Lắk, cách bờ biển khoảng 1 hải lý.",
         {"Nguyễn Văn Tàu": ("thuyền trưởng",)}),
        # bench baomoi-22411857 (read so before)
        ("Trước đó vào tối 29-5, tàu cá Minh Dũng mang BKS KG- 93552TS do ông Nguyễn Văn Khôi (SN 1967) làm thuyền "
         "trưởng, sau khi đi đánh bắt cá về neo đậu tại cảng cá Thổ Châu.",
         {"Nguyễn Văn Khôi": ("thuyền trưởng",)}),
    ],
    # a photo caption (title + name) glued to a sentence that opens with "Ông"/"Bà": the title stops at the name
    # (review 15, item 1)
    "caption_honorific": [
        # bench baomoi-22498189 (the class)
        ("Chánh Văn phòng UBND TP.HCM Võ Văn Hoan Ông Võ Văn Hoan cho biết quan điểm của TP không phải là không cho "
         "Trường ĐH Y khoa Phạm Ngọc Thạch tuyển sinh trên địa bàn cả nước mà vấn đề là phải có sự chuẩn bị hết sức "
         "chu đáo.",
         {"Võ Văn Hoan": ("Chánh Văn phòng UBND TP.HCM",)}),
        # bench baomoi-22295224
        ("Chủ tịch kiêm TGĐ REE Nguyễn Thị Mai Thanh Chủ tịch FPT Trương Gia Bình Ông Vũ Văn Văn Tiền, bà Cao Thị "
         "Ngọc Dung cùng một số nữ doanh nhân theo Trí Thức Trẻ",
         {"Trương Gia Bình": ("Chủ tịch FPT",), "Vũ Văn Văn Tiền": (), "Cao Thị Ngọc Dung": ()}),
        # bench dantri-health-250: "và Ông" + a full name, the honorific written capitalised
        ("GS.TS. Nguyễn Vũ Quốc Huy, Hiệu trưởng Trường Đại học Y-Dược Huế và Ông Trương Quốc Hùng, Tổng Giám Đốc Công "
         "ty VinBrain ký kết Thỏa thuận Hợp tác",
         {"Nguyễn Vũ Quốc Huy": ("Hiệu trưởng Trường Đại học Y-Dược Huế",),
          "Trương Quốc Hùng": ("Tổng Giám Đốc Công ty VinBrain",)}),
        # review 15 (constructed from the class): the next sentence's person takes no post
        ("Chủ tịch UBND tỉnh Quảng Nam Lê Trí Thanh Bà Nguyễn Thị Hoa cho biết",
         {"Lê Trí Thanh": ("Chủ tịch UBND tỉnh Quảng Nam",), "Nguyễn Thị Hoa": ()}),
    ],
}
# fmt: on


@pytest.mark.parametrize("text, expected", case_params(CASES))
def test_round23_titles(text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert titles(text) == expected
