"""Positions: the body of a post (round 20), on real bench sentences copied verbatim.

Classes from the positions audits at 488321f and 2d70295 (corpus/audit): an ambassador's body, a deputy's
delegation, a role's describing word taken as its body, a province typo, a former post written before the
title, a known foreign leader's bare post, abbreviations left unexpanded.
"""

from __future__ import annotations

import pytest

from tests.extractors.test_positions import positions

# fmt: off
CASES = [
    # baomoi-22702269 (audit 2d70295): an ambassador's body is the embassy
    ("Về phía Hàn Quốc, ông Lee Hyuk - Đại sứ đặc mệnh toàn quyền Hàn Quốc tại Việt Nam - nhấn mạnh: “Việt Nam là "
     "nước thành viên có vai trò quan trọng”",
     ("lee hyuk", "Đại sứ", "Đại sứ quán Hàn Quốc tại Việt Nam", "foreign", None, None)),
    # baomoi-22379437 (audit 293d010: "quán Australia tại Việt Nam"): a consul's body is the consulate, written
    # after the role
    ("Có mặt tại đây, ông Kawaue Junichi – Tổng lãnh sự quán Nhật Bản tại TP.HCM cho biết Chính phủ nước này sẽ nỗ lực "
     "hết sức",
     ("kawaue junichi", "Tổng Lãnh sự", "Tổng Lãnh sự quán Nhật Bản", "foreign", None, None)),
    # baomoi-22548597: or left out, as the ambassador's is
    ("RIA Novosti dẫn lời đại sứ quán Nga tại Triều Tiên cho biết, hiện tại, ông Yury Bochkarev, tổng lãnh sự Nga ở "
     "Chongjin (thuộc Triều Tiên) đang trên đường tới cảng Rajin",
     ("yury bochkarev", "Tổng Lãnh sự", "Tổng Lãnh sự quán Nga", "foreign", None, None)),
    # baomoi-21490690 (audit 293d010): the province an abbreviation's expansion names beats the paragraph's
    ("Hàng nghìn căn nhà giá rẻ đang tiếp tục được xây dựng tại phường Định Hòa, TP Thủ Dầu Một, Bình Dương. Ảnh: Dương "
     "Chí Tưởng/TTXVN Theo ông Lê Hoàng Châu, Chủ tịch HoREA, việc giải quyết nhu cầu nhà ở cho đông đảo người có thu "
     "nhập",
     ("lê hoàng châu", "Chủ tịch", "Hiệp hội Bất động sản Thành phố Hồ Chí Minh", "other", "Hồ Chí Minh", None)),
    # baomoi-21486224: an embassy abroad
    ("Ngày 3 tháng 2, Đại sứ Nga tại Hàn Quốc Timonin cho biết nếu Mỹ hoàn thành triển khai hệ thống THAAD ở Hàn "
     "Quốc thì Nga sẽ",
     ("timonin", "Đại sứ", "Đại sứ quán Nga tại Hàn Quốc", "foreign", None, None)),
    # audit 2d70295: a deputy named with the city that elected him sits in its delegation
    ("tài sản để chi trả cho sai phạm của mình là rất bất công”, đại biểu Ngọ Duy Hiểu phân tích. Đại biểu Quốc hội "
     "Thành phố Hà Nội Ngọ Duy Hiểu phân tích",
     ("ngọ duy hiểu", "Đại biểu", "Đoàn đại biểu Quốc hội Thành phố Hà Nội", "legislature", "Hà Nội", None)),
    # audit 488321f: "tình" before a province is a typo of "tỉnh"
    ("Lập tức, Đại tá Lê Văn Tiền, Phó Giám đốc Công an tình An Giang, chỉ đạo các đơn vị nghiệp vụ",
     ("lê văn tiền", "Phó Giám đốc", "Công an tỉnh An Giang", "police", "An Giang", None)),
    # dantri-sport-012 (audit 488321f): "cựu" written before a title it is no part of
    ("Sau thất bại trước chính đội bóng cũ là Muangthong United, cựu HLV Alexandre Gama của đội bóng này sửng sốt "
     "trước khả năng phòng ngự",
     ("alexandre gama", "Huấn luyện viên", None, "other", None, "nguyên")),
    # baomoi (audit 488321f): a known foreign leader's bare post, with no country named in the article
    ("Nhân dịp này, Phó Thủ tướng Thường trực Trương Hòa Bình đã thông báo những tiến triển gần đây của các thỏa "
     "thuận đạt được nhân chuyến thăm Việt Nam của Thủ tướng Lý Hiển Long. Phó Thủ tướng",
     ("lý hiển long", "Thủ tướng", None, "foreign", None, None)),
    # dantri-world-127 (audit 488321f): IDF written out
    ("Tuy nhiên, hồi đầu tháng 12 năm ngoái, Tham mưu trưởng IDF Aviv Kochavi nói rằng Israel đã thực hiện nhiều "
     "hoạt động ở Syria",
     ("aviv kochavi", "Tham mưu trưởng", "Lực lượng Phòng vệ Israel", "foreign", None, None)),
    # dantri-sport-076: CLB written out
    ("Theo thông tin mới nhất, Chủ tịch CLB Nguyễn Hồng Thanh đã gửi đơn từ chức lên Hội đồng quản trị công ty cổ "
     "phần bóng đá SL Nghệ An.",
     ("nguyễn hồng thanh", "Chủ tịch", "Câu lạc bộ", "other", None, None)),
    # dantri-society-043: "Cty CP" is a joint-stock company
    ("Nữ doanh nhân Tiêu Yến Trinh - giám đốc Cty CP Talentnet, đánh giá cao năng lực của thế hệ trẻ TPHCM",
     ("tiêu yến trinh", "Giám đốc", "Công ty Cổ phần Talentnet", "business", None, None)),
    # dantri-health-084: CDC written out
    ("Bác sĩ Nguyễn Chí Thanh - Giám đốc CDC Hà Tĩnh cho biết, kết quả xét nghiệm ban đầu các mẫu bệnh phẩm mà Hà "
     "Tĩnh gửi ra",
     ("nguyễn chí thanh", "Giám đốc", "Trung tâm Kiểm soát bệnh tật Hà Tĩnh", "other", "Hà Tĩnh", None)),
    # dantri-health-138: an abbreviation in brackets after its name is not expanded a second time, and since round 20
    # not kept either: it is the article's definition, not part of the canonical name
    ("Tối 20/4, ông Nguyễn Văn Định - GĐ Trung tâm Kiểm soát bệnh tật tỉnh (CDC) Nghệ An cho biết, đến nay, trên địa "
     "bàn tỉnh Nghệ An đã triển khai tiêm được 501 trường hợp.",
     ("nguyễn văn định", "Giám đốc", "Trung tâm Kiểm soát bệnh tật tỉnh Nghệ An", "other", "Nghệ An", None)),
    # dantri (bench): QLTT written out is market control, a state body (its "thị trường" no school's "Trường")
    ("Ông Đào Minh Tân - Đội trưởng Đội QLTT số 12 - Cục quản lý thị trường TP.HCM cho biết, Công ty TNHH Trang Thiết "
     "bị vật tư y tế 736 không",
     ("đào minh tân", "Đội trưởng", "Đội Quản lý thị trường số 12 - Cục quản lý thị trường Thành phố Hồ Chí Minh",
      "government", "Hồ Chí Minh", None)),
    # dantri-sport (bench; audit 2d70295): a foreign holder's post at a club is the club's, not a foreign state's
    ("Giovanni Cerra sẽ kết thúc nhiệm vụ của mình kể từ ngày hôm nay\". Trong khi đó, chủ tịch CLB Tottenham Daniel "
     "Levy cho biết: \"Jose và ban huấn luyện của anh ấy đã",
     ("daniel levy", "Chủ tịch", "Câu lạc bộ Tottenham", "other", None, None)),
    # dantri-health-118: a lower-case name after a head the role names is a body ("Trưởng Ban chỉ đạo")
    ("trong công tác phòng chống dịch bệnh trên địa bàn tỉnh. Ông Phạm Quang Ngọc, Chủ tịch UBND tỉnh, Trưởng Ban "
     "chỉ đạo chủ trì hội nghị.",
     ("phạm quang ngọc", "Trưởng ban", "Ban chỉ đạo", "government", None, None)),
    # baomoi-22540416: an abbreviation the article defines is written out (TTTHDL)
    ("Lê Tiến Dĩnh, nguyên giám đốc Trung tâm Tích hợp dữ liệu (TTTHDL), 15-18 tháng tù treo; Nguyễn Thị Hiếu, "
     "nguyên kế toán TTTHDL, 12-15 tháng tù treo.",
     ("nguyễn thị hiếu", "kế toán", "Trung tâm Tích hợp dữ liệu", "other", None, "nguyên")),
    # baomoi-22550861: a definition written in lower case too (the positions audit at d104ac5: 'Phòng KTHT', other)
    ("Tại cuộc họp báo, ông Trần Minh Ngọc, Trưởng phòng công chức-viên chức, Sở Nội vụ tỉnh Gia Lai, xác nhận việc bà"
     " Bùi Thị Thu Huyền (sinh năm 1988) được bổ nhiệm làm phó trưởng phòng kinh tế hạ tầng (KTHT) là sai phạm. Bà "
     "Huyền là con gái thứ hai của ông Bùi Viết Hội, Bí thư Huyện ủy Chư Prông. Ông Ngọc phát biểu tại họp báo. Ảnh: "
     "Vũ Di. Theo ông Ngọc, sau khi báo chí phản ánh, Sở Nội vụ đã làm việc trực tiếp với UBND huyện Chư Prông, huyện "
     "này đã báo cáo giải trình một số sai phạm trong việc điều động bà Huyền. Cụ thể, bà Huyền đang là viên chức Đài "
     "Truyền thanh - Truyền hình huyện lại được điều sang làm viên chức thuộc phòng KTHT. Bà này lại được bổ nhiệm giữ"
     " chức Phó trưởng phòng KTHT chỉ sau 8 tháng. Ngay sau đó, Sở Nội vụ có văn bản số 640 đề nghị UBND huyện Chư "
     "Prông hủy bỏ quyết định bổ nhiệm không đúng. UBND huyện Chư Prông đã ra quyết định hủy bỏ quyết định bổ nhiệm "
     "chức vụ Phó trưởng phòng KTHT đối với bà Huyền.",
     ("bùi thị thu huyền", "Phó Trưởng phòng", "Phòng Kinh tế hạ tầng", "government", None, None)),
    # baomoi-21473267: a bare party committee is named from the same person's next post
    ("Ông Võ Công Hàm, Bí thư Huyện ủy kiêm Chủ tịch UBND huyện Đức Thọ, Hà Tĩnh. Có được sự thay đổi diện mạo cho "
     "Đức Thọ hôm nay",
     ("võ công hàm", "Bí thư", "Huyện ủy Đức Thọ", "party", "Hà Tĩnh", None)),
    # dantri-business-033: a bare town is named from before the title in the paragraph
    ("Tổ chức, cá nhân mua hành ủng hộ có thể liên hệ tại Phòng Kinh tế thị xã Vĩnh Châu; hoặc trực tiếp là ông Mã "
     "Chí Thọ, Trưởng Phòng Kinh tế thị xã, số điện thoại: 0939.231.868.",
     ("mã chí thọ", "Trưởng phòng", "Phòng Kinh tế thị xã Vĩnh Châu", "government", "Sóc Trăng", None)),
    # baomoi-21477883 (the audits' "HĐQT of TPBank" left bare): a board shares the body of the post after "kiêm"
    ("Theo ông Lê Tự Tâm - Chủ tịch HĐQT kiêm Tổng giám đốc CICO 501, trong quá trình triển khai dự án không tránh "
     "khỏi ảnh hưởng",
     ("lê tự tâm", "Chủ tịch", "Hội đồng quản trị CICO 501", "business", None, None)),
    # dantri-tech-028: a bare "Phó Chủ tịch" of the association named after "kiêm"
    ("Bà Nguyễn Thị Thu Giang, Phó Chủ tịch kiêm Tổng Thư ký VINASA, cho biết: \"Ngày Chuyển đổi số Việt Nam được "
     "VINASA xác định",
     ("nguyễn thị thu giang", "Phó Chủ tịch", "VINASA", "other", None, None)),
    # baomoi-22469363: not a party post joined to a council's ("Bí thư kiêm Chủ tịch HĐND")
    ("Sáng 6/6, Bí thư kiêm Chủ tịch HĐND Đà Nẵng Nguyễn Xuân Anh cùng các lãnh đạo khác của địa phương này chủ trì",
     ("nguyễn xuân anh", "Bí thư", None, "party", None, None)),
    # dantri-business-036: a body referred to by its kind ("the bank") stays
    ("Trả lời cổ đông vì sao không có phương án chia cổ tức bằng tiền, ông Phạm Doãn Sơn, Tổng giám đốc ngân hàng "
     "cho biết",
     ("phạm doãn sơn", "Tổng Giám đốc", "ngân hàng", "business", None, None)),
    # dantri-education-239: a word describing the role is no body
    ("Điển hình, câu chuyện về thầy hiệu trưởng trẻ tuổi Vũ Xuân Quế, Trường Phổ thông Dân tộc bán trú Trung học Cơ "
     "sở và Trung học Phổ thông Bát Xát (Lào Cai), bằng đam mê",
     ("vũ xuân quế", "Hiệu trưởng", None, "other", None, None)),
    # dantri-education-202 (audit 0c913fd): a bare Party committee is the one of the body the next post names
    ("Đoàn công tác Học viện Báo chí và Tuyên truyền do PGS.TS Lưu Văn An, Phó Bí thư Đảng ủy, Quyền Giám đốc Học "
     "viện làm Trưởng đoàn đã có chương trình làm việc",
     ("lưu văn an", "Phó Bí thư", "Đảng ủy Học viện Báo chí và Tuyên truyền", "party", None, None)),
    # baomoi-22241683 (audit 0c913fd): the committee of the last body the next post names, with its province
    ("đối với ông Nguyễn Cường Quân, Đảng ủy viên, Trưởng phòng Tổ chức cán bộ, Viện Kiểm sát nhân dân tỉnh Quảng "
     "Trị, theo Quy định 181-QĐ/TW",
     ("nguyễn cường quân", "Đảng ủy viên", "Đảng ủy Viện Kiểm sát nhân dân tỉnh Quảng Trị", "party", "Quảng Trị",
      None)),
    # corpus/samples blind-s6-c-031: a comma inside the next post's body's own name is no boundary (review 19 item 2)
    ("- Bùi Hồng Đô, Bí thư Đảng ủy, Giám đốc Sở Văn hóa, Thể thao và Du lịch;",
     ("bùi hồng đô", "Bí thư", "Đảng ủy Sở Văn hóa, Thể thao và Du lịch", "party", None, None)),
    # baomoi-22628330: a commune's committee, not its people's committee's
    ("Tại hiện trường sáng 27-6, Bí thư Đảng ủy - Chủ tịch UBND xã Hiệp Phước Đỗ Minh Toàn cho biết, vụ sạt lở làm 5 "
     "căn nhà bị hư hại",
     ("đỗ minh toàn", "Bí thư", "Đảng ủy xã Hiệp Phước", "party", "Hồ Chí Minh", None)),
    # baomoi-22479049 (audit 0c913fd): a members' council is a state corporation's board
    ("Chiều ngày 7/6/2017, Bộ TT&TT đã công bố quyết định điều chuyển Chủ tịch Hội đồng thành viên Tổng công ty "
     "MobiFone Lê Nam Trà về công tác tại Văn phòng Bộ TT&TT.",
     ("lê nam trà", "Chủ tịch", "Hội đồng thành viên Tổng công ty MobiFone", "business", None, None)),
    # dantri-education-172 (audit 0c913fd): a ministry's "và" written as a dash
    ("thẳng thắn trao đổi như vậy với Thứ trưởng Bộ Khoa học - Công nghệ (KH&CN) Trần Văn Tùng tại Hội thảo",
     ("trần văn tùng", "Thứ trưởng", "Bộ Khoa học và Công nghệ", "government", None, None)),
    # baomoi-22566691, dantri-world-014 (audit 0c913fd): a national security adviser is one post, its state the body
    ("Về Hội đồng an ninh quốc gia, sau khi Cố vấn an ninh quốc gia Michael Flynn từ chức, trung tướng lục quân nghỉ "
     "hưu H.R. McMaster đã tiếp nhận chức vụ này.",
     ("michael flynn", "Cố vấn an ninh quốc gia", None, "foreign", None, None)),
    ("Trong bài phát biểu tại Viện nghiên cứu Hudson ngày 28/10, Cố vấn an ninh quốc gia Mỹ Robert O'Brien đã đề cập "
     "tới những diễn biến tại khu vực Ấn Độ",
     ("robert obrien", "Cố vấn an ninh quốc gia", "Mỹ", "foreign", None, None)),
]
# fmt: on


def test_a_committee_of_a_body_referred_to_stays_bare():
    # dantri-education-083: "Hội đồng trường" names no body of its own
    text = ("PGS.TS Vương Đức Hoàng Quân, Bí thư Đảng ủy, thành viên Hội đồng trường được 93,33% thành viên có mặt bầu "
            "giữ chức Chủ tịch Hội đồng nhà trường.")
    got = [(v.role, v.organisation) for _, v in positions(text) if v.person_key == "vương đức hoàng quân"]
    assert ("Bí thư", "Đảng ủy") in got


@pytest.mark.parametrize("text,expected", CASES, ids=range(len(CASES)))
def test_the_body_of_a_post(text, expected):
    got = [(v.person_key, v.role, v.organisation, v.org_kind, v.province, v.qualifier) for _, v in positions(text)]
    assert expected in got


def test_an_office_worker_is_no_post():
    # dantri-tech-030 (audit 488321f): "nhân viên văn phòng" is an occupation, "văn phòng" no body
    text = ("gian gần đây, cứ bật video lên là tôi bắt gặp quảng cáo trị xương khớp. Tần suất xuất hiện của quảng cáo "
            "này ngày càng nhiều khiến tôi buộc phải chuyển qua nền tảng chuyên nghe nhạc khác để sử dụng\", chị Thanh "
            "Bình, một nhân viên văn phòng tại Hoàng Mai, Hà Nội cho biết.")
    assert [v for _, v in positions(text) if v.person_key == "thanh bình"] == []


def test_a_mission_at_the_united_nations():
    # bc642118f61aa666 (audit 8e700a6): an ambassador at the UN heads the mission there, no embassy
    got = [(v.role, v.organisation) for _, v in positions("Reuters dẫn lại lời bà Nikki Haley, Đại sứ Mỹ tại LHQ, nói hôm 16/5.")]
    assert got == [("Đại sứ", "Phái đoàn thường trực Mỹ tại Liên hợp quốc")]


def test_tinh_nghi_is_no_typo():
    # baomoi-22235101: "Công an tình nghi" (the police suspect): no title, nothing rewritten
    text = "Bước đầu tại cơ quan công an, đối tượng khai tên Anh Tuấn. Công an tình nghi đây là đối tượng giang hồ"
    assert positions(text) == []


@pytest.mark.parametrize(("text", "title", "former"), [
    # bench baomoi-22434762: a photographer's name ending in "Nguyên" before a title gives no former post
    ("Phó Thủ tướng Vũ Đức Đam thị sát trạm y tế phường chiều 1/6. Ảnh: Trung Nguyên Phó Thủ tướng đã đến trạm y tế "
     "P.16 (Q.4) và trạm y tế P.11 (Q.3).", "Phó Thủ tướng đã", False),
    # bench: "Nguyên" opening a sentence, a line or a clause is the qualifier
    ("Cầu cho quốc thái dân an. Nguyên Phó chủ tịch Nước Nguyễn Thị Doan đóng dấu thiêng Yên Tử", "Phó chủ tịch", True),
    ("Các trường ĐH, CĐ đã dựa được vào đó để thực hiện xét tuyển.\nNguyên Bộ trưởng Bộ GD&ĐT Nguyễn Minh Hiển phát "
     "biểu tại Hội nghị", "Bộ trưởng", True),
    ("và SGK phổ thông hết sức quan trọng đối với ngành giáo dục”, Nguyên Bộ trưởng Bộ GD&ĐT Nguyễn Minh Hiển chia sẻ",
     "Bộ trưởng", True),
    # dantri-sport-012: "cựu" anywhere
    ("Sau thất bại trước chính đội bóng cũ là Muangthong United, cựu HLV Alexandre Gama của đội bóng này sửng sốt",
     "HLV", True),
])
def test_former_written_before_the_title(text, title, former):
    from vnie.extractors.officials.positions import load_positions

    start = text.index(title)
    assert (load_positions().former.search(text, max(0, start - 8), start) is not None) is former


# An embassy turns into a mission only at a listed body that is no state (position_international_bodies.txt;
# review 13, item 6): "Pháp" and "Đức" are countries the list of countries names only after "nước", so the old
# reading by elimination made missions of these embassies. Bench sentences copied verbatim.
# fmt: off
EMBASSIES = [
    # bench 8a6309764d67e496
    ("Tham dự hội thảo có Đại sứ Việt Nam tại Pháp Nguyễn Ngọc Sơn; Phó Chủ tịch Thường trực Ủy ban Nhân dân tỉnh "
     "Bình Dương ông Mai Hùng Dũng", "Đại sứ quán Việt Nam tại Pháp"),
    # bench ad579f6b1dbd7025
    ("Về phía Việt Nam có Đại sứ Việt Nam tại Đức Đoàn Xuân Hưng; Tổng Lãnh sự Việt Nam tại Frankfurt Nguyễn Hồng "
     "Lĩnh", "Đại sứ quán Việt Nam tại Đức"),
    # bench 06e91c0f8dbe6ee5
    ("Trong khi nhà ngoại giao kỳ cựu, cựu Đại sứ Pháp tại Đức Philippe Etienne được trao vị trí cố vấn ngoại giao "
     "của tổng thống.", "Đại sứ quán Pháp tại Đức"),
    # bench 7706b8ce64ae5f3f: a mission still
    ("Bà Nikki Haley, đại sứ Mỹ tại Liên Hợp Quốc, nói vũ lực vẫn là lựa chọn.",
     "Phái đoàn thường trực Mỹ tại Liên Hợp Quốc"),
]
# fmt: on


@pytest.mark.parametrize("text, organisation", EMBASSIES, ids=[o for _, o in EMBASSIES])
def test_an_embassy_is_a_mission_only_at_a_listed_body(text: str, organisation: str) -> None:
    assert [v.organisation for _, v in positions(text) if v.role.casefold() == "đại sứ"] == [organisation]
