"""Numbers: value, unit and qualifier per rule, exclusions, data, offsets, robustness."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from vnie.extractors.base import DateValue, Mention, ModelValue, NormalisedDoc, NumberValue
from vnie.extractors.normalise import normalise_text
from vnie.extractors.numbers import build
from vnie.extractors.numbers.lexicon import load_lexicon
from vnie.extractors.numbers.interpret import NumberInterpreter

PUBLISHED = dt.datetime(2024, 8, 8, 11, 43)


@pytest.fixture(scope="module")
def extract():
    return build()


def run(extract, text: str, found=None) -> list[Mention]:
    return extract(NormalisedDoc("t", text, PUBLISHED), found or {})


def facts(extract, text: str, found=None) -> list[tuple[float, str | None, str | None]]:
    """The facts as ANNOTATION.md counts them: a range row (value_high) is two."""
    out = []
    for m in run(extract, text, found):
        out.append((m.value.value, m.value.unit, m.value.qualifier))
        if m.value.value_high is not None:
            out.append((m.value.value_high, m.value.unit, m.value.qualifier))
    return out


# fmt: off
CASES = [
    # id, sentence, expected (value, unit, qualifier) facts in order
    # -- Vietnamese digits: "." thousands, "," decimals (ANNOTATION.md, seeds)
    ("thousands",        "Hiện nay, cả nước có trên 4.700 mô hình; riêng khu vực Tây Nam Bộ có 891 mô hình phong trào.",
                         [(4700, "mô hình", "trên"), (891, "mô hình", None)]),
    ("thousands-hon",    "Nhân dân đã cung cấp cho lực lượng công an hơn 181.000 nguồn tin có liên quan.",
                         [(181000, "nguồn tin", "hơn")]),
    # "trên dưới" (about) is one hedge, not "dưới" (bench; the audit at bed88fe)
    ("tren-duoi",        "Tôi đặt neo lú và rập suốt trong vuông, mỗi ngày bắt được trên dưới 5kg cua.",
                         [(5, "kg", "trên dưới")]),
    ("decimal",          "Dân số tăng 1,5 lần so với trước.",                           [(1.5, "lần", None)]),
    ("decimal-thousands", "hiện nay ông Nam còn 253.499,60 SGD (đô la Singapore).",     [(253499.6, "SGD", None)]),
    ("leading-zero",     "Toàn tỉnh có 07 trường hợp dương tính với SARS-CoV-2.",       [(7, "trường hợp", None)]),
    # -- magnitude words
    ("million-turns",    "Lượng khách năm nay đạt 4,6 triệu lượt.",                  [(4600000, "lượt", None)]),
    ("billion-dong",     "Dự án được đầu tư 1,2 tỷ đồng.",                              [(1200000000, "đồng", None)]),
    ("ti-dong",          "Tài sản thiệt hại ước tính hơn 300 tỉ đồng.",                 [(300000000000, "đồng", "hơn")]),
    # a bare "ca" closing a list item takes the kind last written with it (GUIDELINES.md units, round 7)
    ("thousand-cases",   "Số ca mắc theo ngày vượt ngưỡng 300 nghìn ca.",               [(300000, "ca mắc", None)]),
    ("money-no-unit",    "Phong bị bắt khi nhận 50 triệu của một doanh nghiệp.",        [(50000000, "đồng", None)]),
    # a magnitude word opening a noun counts people (blind-s17-e-005, bench): "tỷ phú", "triệu phú"
    ("billionaires",     "Trong đó, Việt Nam có 2 tỷ phú với tổng tài sản khoảng 3 tỷ USD.",
                         [(2, "tỷ phú", None), (3000000000, "USD", "khoảng")]),
    ("millionaires",     "Bill Gates, Warren Buffett và hơn 200 triệu phú, tỷ phú khác",  [(200, "triệu phú", "hơn")]),
    # units glued to the digits, as written (blind-s16-c-014, s16-e-008, s17-b-021, s12-b-026, s8-b-008; bench);
    # a glued "đ" is money (s16-b-014, prov-021)
    ("glued-km2-sup",    "tỉnh mới được thành lập với diện tích tự nhiên hơn 9.888km², dân số gần 5 triệu người",
                         [(9888, "km²", "hơn"), (5000000, "người", "gần")]),
    ("glued-celsius",    "nhiệt độ phổ biến 36 - 38°C, có nơi vượt 39°C.",             [(36, "°C", None), (38, "°C", None), (39, "°C", None)]),
    ("glued-gram",       "Qua kiểm tra, tang vật trên là ma túy đá có trọng lượng 350gram.", [(350, "gram", None)]),
    ("glued-m2-sup",     "thiêu rụi khoảng 1.300m2 nhà xưởng (800m² có mái che tạm)",   [(1300, "m2", "khoảng"), (800, "m²", None)]),
    ("glued-mg-rate",    "nồng độ cồn tới 0,987mg/l. Ngoài ra",                      [(0.987, "mg/l", None)]),
    ("glued-dong",       "số tiền 31.600.000đ, 01 bộ bài tây",                       [(31600000, "đồng", None), (1, "bộ bài tây", None)]),
    ("glued-dong-rate",  "có những nơi bán chỉ 60.000đ/kg. Mức giá",                  [(60000, "đồng/kg", "chỉ")]),
    # upper-case symbols glued too, as written (blind-s31-e-024, -015); a glued capital that is no unit is a label
    ("glued-cv",         "thuyền viên tàu cá công suất 520CV, cho biết tàu đánh bắt tại vùng biển Bạch Long Vĩ",
                         [(520, "CV", None)]),
    ("glued-teu",        "194.000 tấn với sức chở 18.300TEU sẽ cập cảng Quốc tế Cái Mép (CMIT)",
                         [(194000, "tấn", None), (18300, "TEU", None)]),
    # a hedge glued to the digits by a typo still hedges and opens the span (blind gold: "khoảng10 tấn", "hơn15.800")
    ("glued-hedge",      "Mỗi ngày, các hộ dân làng nghề, HTX sử dụng khoảng10 tấn nguyên liệu để sản xuất mây tre",
                         [(10, "tấn", "khoảng")]),
    ("glued-hedge-hon",  "huyện Lệ Thủy là địa phương chịu thiệt hại nặng nề nhất, với hơn15.800 ngôi nhà bị ngập",
                         [(15800, "ngôi nhà", "hơn")]),
    ("glued-capital-label", "phòng nghiệp vụ Công an tỉnh phá Chuyên án 520M, bắt giữ 4 đối tượng trong đường dây",
                         [(4, "đối tượng", None)]),
    # a delegate keeps the kind of delegate and a People's Council with its level (GUIDELINES.md round 18;
    # blind-s17-c-005, s17-c-022)
    ("delegate-council", "Đã bầu 51 đại biểu HĐND tỉnh, gồm 4 đại biểu đương nhiên và 2 đại biểu chỉ định.",
                         [(51, "đại biểu HĐND tỉnh", None), (4, "đại biểu đương nhiên", None), (2, "đại biểu chỉ định", None)]),
    # a verb that names what a thing is for closes its name, and ends the unit only where it acts as a verb
    # (unit_use_verbs.txt): after counted people, or before a word of its own; tuần tra and the like take
    # modifiers (bench baomoi-22553781, baomoi-22323815, blind-s3-m, s14-e-006)
    ("use-verb-modifier", "+ Ngoài ra, Cảnh sát biển Việt Nam còn được biên chế 3 tàu tuần tra đa năng DN-2000, có khả "
                          "năng tuần tra tại các vùng biển xa lãnh hải Việt Nam",
                          [(3, "tàu tuần tra đa năng DN-2000", None)]),
    ("use-verb-patrol",  "+ Hiện nay, Cảnh sát biển Việt Nam được biên chế 3 tàu tuần tra có lượng giãn nước 1.200 tấn",
                         [(3, "tàu tuần tra", None), (1200, "tấn", None)]),
    ("use-verb-people",  "Nguy hiểm hơn người phụ nữ này không chỉ chở 4 em nhỏ ngồi trong khung sắt phía sau xe",
                         [(4, "em nhỏ", None)]),
    ("use-verb-place",   "Một phụ nữ chở 4 trẻ em ngồi trong lồng sắt bằng xe mô tô bon bon trên đường",
                         [(4, "trẻ em", None)]),
    ("use-verb-adverb-people", "Chồng đi làm xa, chị cùng hai con ngồi co ro trong căn nhà cấp bốn", [(2, "con", None)]),
    ("use-verb-verb",    "cho 2 tiếp viên nữ ngồi phục vụ bàn", [(2, "tiếp viên nữ", None)]),
    ("use-verb-object",  "Bên cạnh đó, nhà ga còn có 2 lối ngầm kết nối với các trung tâm thương mại",
                         [(2, "lối ngầm", None)]),
    ("use-verb-adverb",  "Chỉ 2 - 3 phim thắng lớn", [(2, "phim", "chỉ"), (3, "phim", "chỉ")]),
    ("money-rate",       "Nếu vay ngân hàng thì có thu nhập khoảng 230-250 triệu/tháng.",
                         [(230000000, "đồng/tháng", "khoảng"), (250000000, "đồng/tháng", "khoảng")]),
    ("money-rate-unit",  "Sinh viên có việc làm với mức lương khởi điểm từ 8,3 triệu đồng/tháng.",
                         [(8300000, "đồng/tháng", None)]),
    ("usd",              "Tài khoản có số dư hơn 5 triệu USD.",                         [(5000000, "USD", "hơn")]),
    # -- number words; "một" (a/an) only when it splits a count
    ("word-ba",          "Quân đội, nhân dân ba tỉnh Kampong Chhnang, Kandal.",         [(3, "tỉnh", None)]),
    ("word-hai-muoi",    "Đoàn có hai mươi người tham gia.",                            [(20, "người", None)]),
    ("word-mot-tram",    "Xã đã trồng một trăm cây xanh.",                              [(100, "cây xanh", None)]),
    ("word-muoi-lam",    "Chỉ trong mười lăm ngày, đội đã hoàn thành.",                 [(15, "ngày", "chỉ")]),
    ("word-bay-ngay",    "Số ca mắc mới tại Tokyo trong bảy ngày qua đã tăng.",         [(7, "ngày", None)]),
    ("word-hai-nam",     "Hai năm qua, tỉnh đã xây dựng 48 mô hình.",                   [(2, "năm", None), (48, "mô hình", None)]),
    ("mot-split",        "Khởi tố và bắt giam 3 người liên quan, trong đó có một bác sĩ của bệnh viện.",
                         [(3, "người", None), (1, "bác sĩ", None)]),
    ("mot-same-noun",    "Kết quả cho thấy có một trường hợp dương tính, 2 trường hợp còn lại âm tính.",
                         [(1, "trường hợp", None), (2, "trường hợp", None)]),
    ("mot-other-sentence", "Chiều nay sẽ có 3 người lên đây. Một người đàn ông can ngăn.", [(3, "người", None)]),
    # -- percentages
    ("percent",          "Số ca tăng 15,3% so với tuần trước.",                         [(15.3, "%", None)]),
    ("percent-hedge",    "Giá xe lắp ráp trong nước giảm khoảng 11%.",                  [(11, "%", "khoảng")]),
    ("percent-symbol",   "Nhà dân chiếm nhiều nhất với 505 vụ (>30%).",                 [(505, "vụ", None), (30, "%", "hơn")]),
    ("percent-words",    "Lãi suất giảm 2 phần trăm.",                                  [(2, "%", None)]),
    # -- units: shortest noun phrase, stopping before verbs, quality and places
    ("unit-coordinated", "Bộ trưởng tặng Bằng khen cho 86 tập thể, cá nhân tiêu biểu đại diện cho các mô hình.",
                         [(86, "tập thể, cá nhân", None)]),
    ("unit-place",       "Công an 5 tỉnh Tây Nguyên cùng dự hội nghị.",                 [(5, "tỉnh", None)]),
    ("unit-complement",  "Mô hình được triển khai tại 181 địa bàn cấp xã; mô hình khác thì không.",
                         [(181, "địa bàn cấp xã", None)]),
    ("unit-verb-stop",   "Vụ tai nạn khiến 13 người tử vong và 32 người bị thương.",    [(13, "người", None), (32, "người", None)]),
    ("unit-closed",      "Ấn Độ ghi nhận thêm 386.888 ca mắc và 3.501 ca tử vong do Covid-19.",
                         [(386888, "ca mắc", None), (3501, "ca tử vong", None)]),
    ("unit-acronym",     "Cấp phát trên 6000 giấy CMND; lập biên bản trên 3.700 trường hợp vi phạm.",
                         [(6000, "giấy CMND", "trên"), (3700, "trường hợp", "trên")]),
    ("unit-closed-acr",  "Đã điều tra được 359 trường hợp F1 tại các huyện.",           [(359, "trường hợp F1", None)]),
    ("unit-classifier",  "Các đối tượng di chuyển bằng 8 chiếc xe máy.",                [(8, "chiếc xe máy", None)]),
    ("unit-compound",    "Đối tượng gửi tin nhắn đe dọa 1 cán bộ công an tỉnh.",        [(1, "cán bộ công an tỉnh", None)]),
    ("unit-measure-tu",  "Đối tượng Hiền từng thụ án 3 năm tù về hành vi cố ý gây thương tích.", [(3, "năm tù", None)]),
    ("unit-glued",       "Nhóm đã vứt xác cách nhà Tuấn 80m để phi tang.",              [(80, "m", None)]),
    ("unit-glued-km",    "Thi thể được tìm thấy cách nhà nạn nhân khoảng 2km.",         [(2, "km", "khoảng")]),
    ("unit-slash",       "Ghi nhận 68 ca mắc mới tại 8 tỉnh/thành phố trên cả nước.",   [(68, "ca mắc mới", None), (8, "tỉnh/thành phố", None)]),
    ("unit-rate",        "Năng lực xét nghiệm khoảng 600 mẫu/ngày.",                    [(600, "mẫu/ngày", "khoảng")]),
    ("unit-age",         "Bị can Bùi Mạnh Quốc (31 tuổi, ở Bắc Ninh) là giám đốc.",     [(31, "tuổi", None)]),
    ("duration",         "Qua 2 năm triển khai Đề án, phong trào có nhiều chuyển biến.", [(2, "năm", None)]),
    # -- lists and ranges
    ("list",             "Bộ tặng Bằng khen của Bộ cho 185 tập thể, 122 cá nhân.",      [(185, "tập thể", None), (122, "cá nhân", None)]),
    ("list-2",           "Đã điều tra, khám phá 34 vụ, 46 đối tượng phạm pháp hình sự.", [(34, "vụ", None), (46, "đối tượng", None)]),
    ("range",            "Mỗi tổ phụ trách 30-40 hộ, làm nhiệm vụ tuyên truyền.",       [(30, "hộ", None), (40, "hộ", None)]),
    ("range-words",      "Thời gian cách ly từ 14 đến 21 ngày.",                        [(14, "ngày", None), (21, "ngày", None)]),
    ("breakdown",        "Đã điều tra được 359 trường hợp F1 (Lý Nhân 337, Bình Lục 15).",
                         [(359, "trường hợp F1", None), (337, "trường hợp F1", None), (15, "trường hợp F1", None)]),
    # -- qualifiers
    ("q-gan",            "Đường biên giới dài gần 200 km với nước bạn Lào.",            [(200, "km", "gần")]),
    ("q-it-nhat",        "Bảo đảm năng lực điều trị cho ít nhất 300 bệnh nhân Covid-19.", [(300, "bệnh nhân", "ít nhất")]),
    ("q-chi-co",         "Trên địa bàn thành phố còn thiếu, chỉ có 8.740 trụ.",         [(8740, "trụ", "chỉ")]),
    ("q-nho-hon",        "Xe có khối lượng chuyên chở nhỏ hơn 1.500 kg.",               [(1500, "kg", "nhỏ hơn")]),
    ("q-duoi",           "Xe có dung tích xi lanh dưới 2,5 lít chịu thuế thấp.",        [(2.5, "lít", "dưới")]),
    ("q-capital",        "Hơn 30 năm hoạt động cách mạng, đồng chí đã cống hiến.",      [(30, "năm", "hơn")]),
    ("q-not-bank",       "Ông vay ngân hàng 20 tỷ đồng để xây dựng khu dinh thự.",      [(20000000000, "đồng", None)]),
    ("q-tren-on",        "Khoảng 120 người lạ mặt đi trên 6 xe ô tô và mang theo hung khí.",
                         [(120, "người lạ mặt", "khoảng"), (6, "xe ô tô", None)]),
    ("word-hai-nuoc",    "Quan hệ hai nước đang phát triển tốt đẹp.",                   [(2, "nước", None)]),
    ("word-unknown-head", "Ngôi nhà nằm giữa hai tảng đá, quay lưng ra biển.",         [(2, "tảng đá", None)]),
    ("q-tong-so",        "Học viện đã đào tạo với tổng số 330 lớp học.",                [(330, "lớp học", None)]),
    # -- held-out round (corpus/gold/heldout.jsonl error classes), with bench sentences
    # "tới"/"đến" are not hedges (the gold never records them)
    ("q-toi-not-hedge",  "Bộ phim được đề cử 14 giải Oscar danh giá và giành được tới 11 giải.",
                         [(14, "giải", None), (11, "giải", None)]),
    ("q-len-den",        "Tổng số tài khoản công ty này đang quản lý lên đến 460.000 tài khoản.", [(460000, "tài khoản", None)]),
    ("q-dinh-chi",       "Phòng giáo dục quận đã chỉ đạo đình chỉ 2 cô giáo.",          [(2, "cô giáo", None)]),
    ("q-chi-sau",        "Chỉ sau 3 tập phim, Vương Bá Chiêu thu về nhiều tiền.",       [(3, "tập phim", "chỉ")]),
    ("q-chi-moi",        "Năm nay chỉ mới 22 tuổi nhưng Lance Stroll đã gây nhiều chú ý.", [(22, "tuổi", "chỉ")]),
    # "trong vòng" is a time frame, no hedge (GUIDELINES.md, settled 2026-12-06)
    ("q-trong-vong",     "Cơ quan chức năng tạm giữ phương tiện trong vòng 9 ngày.",    [(9, "ngày", None)]),
    ("q-chi-trong-vong", "Thời gian người dân nhận hộ chiếu chỉ trong vòng 8 ngày.",    [(8, "ngày", "chỉ")]),
    # the unit stops at adjectives, verbs, another numeral, and a place followed by its name
    ("unit-adjective",   "Quốc hội sẽ biểu quyết thông qua 3 nghị quyết quan trọng gồm nhiều nội dung.", [(3, "nghị quyết", None)]),
    ("unit-moi",         "Trương Bá Chi đã ký 3 hợp đồng mới, quay 7 quảng cáo.",       [(3, "hợp đồng", None), (7, "quảng cáo", None)]),
    ("unit-tiep-tuc",    "Tiếp đó, 2 em tiếp tục quay lại hiện trường để lặn tìm.",     [(2, "em", None)]),
    ("unit-numeral-stop", "Quân đội đang truy lùng 4 nghi can hai vụ đánh bom xe liên tiếp.",
                         [(4, "nghi can", None), (2, "vụ đánh bom xe", None)]),
    ("unit-affiliation", "Danh sách 73 học sinh trường Sen Vàng đã gửi đến các trường.", [(73, "học sinh", None)]),
    ("unit-affil-company", "Sáng nay, khoảng 1.000 công nhân công ty TNHH may mặc ONewoo vẫn ngừng việc.",
                         [(1000, "công nhân", "khoảng")]),
    ("unit-nationality", "Lãnh đạo tỉnh tiễn đưa 24 hài cốt liệt sĩ Việt Nam hy sinh tại Campuchia.", [(24, "hài cốt liệt sĩ", None)]),
    ("unit-xin",         "Mỗi ngày đơn vị tiếp nhận trên 400 hồ sơ xin cấp hộ chiếu.",  [(400, "hồ sơ", "trên")]),
    # classifiers take one noun: a known head whole, else up to two syllables
    ("classifier-head",  "Ngư dân phải vay nhiều tỷ đồng để sở hữu 1 chiếc tàu vỏ thép.", [(1, "chiếc tàu", None)]),
    ("classifier-plain", "Một ngân hàng đang thuê lại tầng có 7 chiếc điều hòa bị rơi.", [(7, "chiếc điều hòa", None)]),
    ("classifier-ba",    "Tại thời điểm này, chị G. bị mất ba chiếc điện thoại cùng 500.000 đồng tiền mặt.",
                         [(3, "chiếc điện thoại", None), (500000, "đồng", None)]),
    # "khoảng hơn" is one hedge (GUIDELINES.md, questions of round 19; was "hơn")
    ("classifier-measure", "Qua kiểm đếm sơ bộ, có khoảng hơn 10.000 chiếc đồng hồ đeo tay.", [(10000, "chiếc đồng hồ", "khoảng hơn")]),
    # comma lists, known compounds and heads
    ("unit-comma-list",  "Hơn 1.100 cán bộ, giảng viên, giáo viên làm công tác coi thi.",
                         [(1100, "cán bộ, giảng viên, giáo viên", "hơn")]),
    ("unit-ubnd",        "UBND huyện chỉ đạo các cơ quan liên quan cùng UBND 6 xã, thị trấn xây dựng kế hoạch.",
                         [(6, "xã, thị trấn", None)]),
    ("unit-compound-may", "Bộ trưởng nhất trí mua bổ sung từ 10-15 máy chạy thận cho bệnh viện.",
                         [(10, "máy chạy thận", None), (15, "máy chạy thận", None)]),
    ("unit-to-cong-tac", "Công an huyện đã cử 1 tổ công tác xuống lập biên bản hiện trường.", [(1, "tổ công tác", None)]),
    ("unit-model-kind",  "Tỉnh đã xây dựng 10 mô hình tổng hợp trong nông nghiệp.",    [(10, "mô hình tổng hợp", None)]),
    ("word-named-head",  "Trao đổi về quan hệ song phương, hai Bộ trưởng Ngoại giao vui mừng nhận thấy quan hệ tốt đẹp.",
                         [(2, "Bộ trưởng Ngoại giao", None)]),
    ("word-dang",        "Quan hệ hai Đảng, hai nước phát triển lành mạnh.",            [(2, "Đảng", None), (2, "nước", None)]),
    # bare order words after a hedge; "một" after a hedge; parts of a count
    ("bare-chuc",        "Chiếc xe khách lật ngửa khiến gần chục người bị thương.",     [(10, "người", "gần")]),
    ("bare-chuc-ti",     "Cơ quan thu giữ 1 siêu xe trị giá hơn chục tỉ đồng.",         [(1, "siêu xe", None), (10000000000, "đồng", "hơn")]),
    ("bare-tram",        "Đã có hơn trăm người dân đến đây làm thủ tục.",               [(100, "người dân", "hơn")]),
    ("bare-nghin-ty",    "Tập đoàn đã lừa đảo gần nghìn tỷ đồng của người dân.",        [(1000000000000, "đồng", "gần")]),
    ("mot-hedged",       "Hơn một tuần sau phẫu thuật, sức khỏe của bệnh nhi đã ổn định.", [(1, "tuần", "hơn")]),
    ("partitive",        "Kết cục là, 22 trong số 139 thủy thủ của con tàu sau đó tử vong.",
                         [(22, "thủy thủ", None), (139, "thủy thủ", None)]),
    ("year-now-newline", "Kỳ nghỉ lễ kéo dài từ 30-4 đến 3-5 năm nay.\nKhông chỉ hấp dẫn du khách, 2 khu vui chơi đã mở cửa.",
                         [(2, "khu vui chơi", None)]),
    # -- second release of ANNOTATION.md (issue 13), sentences from ../shared/bench
    # fraction counts: two facts; a ratio is none (dantri-business-014, dantri-business-006)
    ("fraction-count",   "đã nghiệm thu 5/5 hạng mục công trình và 9/11 chuyên ngành thiết bị.",
                         [(5, "hạng mục công trình", None), (9, "chuyên ngành thiết bị", None), (11, "chuyên ngành thiết bị", None)]),
    ("fraction-all",     "toàn thành phố có 83/83 xã, phường, thị trấn được công nhận",  [(83, "xã, phường, thị trấn", None)]),
    # ranges with the multiplier on both ends (dantri-travel-169, dantri-tech-013, dantri-business-012)
    ("range-written-out", "với VinWonders Phú Quốc có mức giá từ 750.000 - 1 triệu đồng.", [(750000, "đồng", None), (1000000, "đồng", None)]),
    ("range-fine",       "hàng nhập lậu sẽ phải chịu mức phạt 500.000 đến 50 triệu đồng, tùy theo",
                         [(500000, "đồng", None), (50000000, "đồng", None)]),
    ("range-thousands",  "giá lợn hơi dao động 250-280.000 đồng/kg.",                    [(250000, "đồng/kg", None), (280000, "đồng/kg", None)]),
    ("range-both-full",  "chỉ khoảng 170.000 - 200.000 đồng/kg.",                        [(170000, "đồng/kg", "khoảng"), (200000, "đồng/kg", "khoảng")]),
    ("range-hedged-from", "thời gian điều trị khoảng từ 3-4 tháng.",                     [(3, "tháng", "khoảng"), (4, "tháng", "khoảng")]),
    # units not cut inside a compound, not run into the next words (dantri-education-131, baomoi-22487996)
    ("unit-land-title",  "lấy trộm 2 giấy chứng nhận quyền sử dụng đất rồi đòi tiền",    [(2, "giấy chứng nhận quyền sử dụng đất", None)]),
    ("unit-then-verb",   "anh Hiển bị Bình chém 14 nhát dẫn đến tử vong tại chỗ.",       [(14, "nhát", None)]),
    ("unit-then-time",   "tàu cá đã cứu 53 thủy thủ rạng sáng nay.",                     [(53, "thủy thủ", None)]),
    ("unit-initiative",  "các đơn vị đã có 15 sáng kiến cải tiến.",                      [(15, "sáng kiến cải tiến", None)]),
    # coordinated units (dantri-society-050)
    ("unit-coordinated-3", "gồm 12 xã, phường, thị trấn với dân số 295.309 người.",  # "dân số N" is no id (round 7)
     [(12, "xã, phường, thị trấn", None), (295309, "người", None)]),
    # prepositions and differences are not hedges (dantri-business-125, dantri-science-137)
    ("prep-not-hedge",   "xây dựng mô hình bền vững dựa trên 3 yếu tố: Kinh tế, xã hội", [(3, "yếu tố", None)]),
    ("fewer-than",       "Chỉ còn ít hơn 800 con đười ươi Tapanuli ở Batang Toru.",      [(800, "con đười ươi", "ít hơn")]),
    ("difference",       "Toàn tỉnh xảy ra ít hơn 15 vụ so với năm trước.",              [(15, "vụ", None)]),
    # hours are a quantity when not a time of day
    ("hours-duration",   "Chỉ trong 1 giờ, các bác sĩ đã thực hiện thành công ca mổ.",   [(1, "giờ", "chỉ")]),
    # money written as "tỷ doanh thu" (bench dantri-business-046)
    ("money-noun",       "ông Long công bố 31.000 tỷ doanh thu, lợi nhuận sau thuế 7.000 tỷ đồng",
                         [(31000000000000, "đồng", None), (7000000000000, "đồng", None)]),
    # "/" and a bare number starts a second count; a glued unit after it is a rate
    # (bench dantri-business-127, dantri-business-022)
    ("slash-two-counts", "số xe lắp ráp bán ra chỉ đạt 109 chiếc/4.400 chiếc, chưa đầy 0,5% tổng doanh số.",
                         [(109, "chiếc", "chỉ"), (4400, "chiếc", None), (0.5, "%", "chưa đầy")]),  # like gold "chưa tới 1%";
    # "chỉ" before a verb hedges the number (GUIDELINES.md numbers, round 11; gold s10-d-030 "Chỉ có 3/471 đại biểu")
    ("slash-rate",       "giá ốc hương 13-20 con/1kg được chào 800.000 đồng/kg",
                         [(13, "con/1kg", None), (20, "con/1kg", None), (800000, "đồng/kg", None)]),
    ("decimal-both-separators", "doanh thu đạt 2.415,8 tỷ đồng trong năm.",             [(2415800000000, "đồng", None)]),
    # "từ" opens a range or a bound and is no hedge, even before "trở lên" (GUIDELINES.md numbers, round 7:
    # gold 103 : 2; bench dantri-business-003, -009, -066, -068, -063, -017)
    ("from-bound-up",    "Lãi suất tiền gửi có kỳ hạn từ 6 tháng trở lên do tổ chức tín dụng ấn định", [(6, "tháng", None)]),
    ("from-price",       "Mẫu Hyundai SantaFe đời 2015 cũng có giá từ 750 triệu đồng.", [(750000000, "đồng", None)]),
    ("from-change",      "tăng số khách hàng lẻ hiện từ 400.000 khách hàng lên 2 triệu khách hàng",
                         [(400000, "khách hàng", None), (2000000, "khách hàng", None)]),
    ("from-origin",      "Lao động nước ngoài tại Việt Nam đến từ 110 quốc gia và vùng lãnh thổ", [(110, "quốc gia và vùng lãnh thổ", None)]),
    ("not-yet-to",       "Online Plus 2in1 được mở hoàn toàn trực tuyến trong chưa đến 30 phút ngay cả vào cuối tuần.",
                         [(30, "phút", "chưa đến")]),
    # issue 13 audit: a brand name ends a unit; a capitalised number word inside a sentence
    # is a name; a body part after a number word is no fact; "bẩy" needs a head noun; a
    # quoted "N thing" is a name (bench dantri-society-252, dantri-education-146,
    # dantri-entertainment-052, dantri-health-087, dantri-business-174, dantri-health-114)
    ("unit-brand",       "phát hiện 2 xe ô tô nhãn hiệu Porsche Macan đeo biển số giống nhau", [(2, "xe ô tô", None)]),
    ("word-name",        "Ông nhắc đến những hình ảnh chị Đại, anh Hai hào hiệp nhưng đầy bạo lực", []),
    ("word-body-part",   "đã xảy ra sự cố dẫn đến chấn thương nặng ở hai tay.",              []),
    ("word-body-part-on", "Hai tay xuôi, quan sát các thay đổi ở vú như u cục",             []),
    ("word-racers",      "Chỉ một ngày sau cái chết của Shane Navin, hai tay đua gồm Leigh Munday",
                         [(1, "ngày", "chỉ"), (2, "tay đua", None)]),
    ("word-lever",       "Archegos đã tăng tài sản nhờ sử dụng đòn bẩy lớn và đặt cược tập trung", []),
    ("quoted-name",      "Họ nghe theo quảng cáo bán thuốc gia truyền \"3 đời\" chữa dứt điểm tiểu đường", []),
    ("quoted-name-curly", "đáp ứng phương châm “4 tại chỗ” trong công tác phòng chống dịch Covid-19.", []),
    ("not-yet-to-money", "lãi sau thuế của GAB cũng chưa đến 1 tỷ đồng, giảm 93% so với cùng kỳ.",
                         [(1000000000, "đồng", "chưa đến"), (93, "%", None)]),
    # -- round 4 (blind-s4-*, audit bench-a5c0236), sentences from ../shared/bench
    # a percent per period keeps its rate (GUIDELINES.md; dantri-business-003)
    ("percent-rate",     "Lãi suất huy động kỳ hạn 1 tháng tại một số ngân hàng chỉ còn 3,3%/năm, thấp nhất trong 10 năm trở lại đây.",
                         [(1, "tháng", None), (3.3, "%/năm", "chỉ"), (10, "năm", None)]),
    ("percent-rate-from", "giảm từ 4,75%/năm xuống 4,5%/năm.",  [(4.75, "%/năm", None), (4.5, "%/năm", None)]),
    # a range whose rate closes it; a share of a total is no rate (bench 8.468 tỷ Vincom, Thanh Hóa bookings)
    ("percent-rate-range", "Mức lãi suất dao động từ 9% đến 10%/năm.",  [(9, "%/năm", None), (10, "%/năm", None)]),
    # a grade is no count (number_rating_units.tsv; bench "Plus dành cho khách sạn", "bổ sung thêm 500 giường", Lyrids)
    ("hotel-class",      "Plus dành cho khách sạn 3 - 4 sao, Boutique và Premium.", []),
    ("hotel-class-beds", "bổ sung thêm 500 giường tại một khách sạn 3 sao để giảm chi phí", [(500, "giường", None)]),
    ("stars-counted",    "mưa sao băng Lyrids có tần suất khoảng 20 sao băng một giờ", [(20, "sao băng", "khoảng")]),
    ("percent-of-total", "lượng khách đặt phòng đạt khoảng 85%/tổng lượng phòng toàn tỉnh Thanh Hóa.", [(85, "%", "khoảng")]),
    # units not cut inside a compound (dantri-travel-023, baomoi-21484708)
    ("unit-nguoi-phu-nu", "Mới đây, câu chuyện về 3 người phụ nữ lớn tuổi không ngần ngại đạp xe",  [(3, "người phụ nữ", None)]),
    ("unit-cong-lap",    "bà Trần Lưu Hoa cho biết sẽ có 2 trường công lập và 2 trường dân lập tiếp nhận học sinh",
                         [(2, "trường công lập", None), (2, "trường dân lập", None)]),
    # "hơn" after an adjective of quality compares (dantri-sport-259, dantri-tech-001); "tăng mạnh hơn" hedges (dantri-business-079)
    ("comparison-later", "Trận đấu giữa Chelsea với Brighton vào tối qua cũng đã muộn hơn 15 phút khi CĐV đội bóng chặn đường",
                         [(15, "phút", None)]),
    ("comparison-price", "với mức giá 499 USD, đắt hơn 150 USD so với phiên bản Pixel 4a", [(499, "USD", None), (150, "USD", None)]),
    ("rose-sharply-more-than", "VN-Index có lúc tăng mạnh hơn 26 điểm lên 1.000 điểm", [(26, "điểm", "hơn"), (1000, "điểm", None)]),
    # "giờ đồng hồ" is hours, never a time of day (dantri-entertainment-050)
    ("hours-dong-ho",    "Rong ruổi ngày đường lên Hà Nội để rồi chưa đầy 15 giờ đồng hồ sau chị lại rời đi như cái cách cô "
                         "Tấm chui vào quả thị.", [(15, "giờ", "chưa đầy")]),
    # "trong vòng N" is a time frame, no hedge; a hedge before it counts (GUIDELINES.md, settled; dantri-tech-263,
    # dantri-science-159, dantri-entertainment-215); the words before it do not block the number
    ("within-no-hedge",  "người dùng còn được sử dụng miễn phí dữ liệu lên đến 10GB/tháng trong vòng 18 tháng kể từ thời "
                         "điểm kích hoạt gói cước", [(10, "GB/tháng", None), (18, "tháng", None)]),  # "lên đến": no hedge
    ("within-after-name", "sự bùng nổ tiếng ồn kì lạ không rõ xuất xứ này là lần thứ hai diễn ra trong thành phố San Diego "
                          "trong vòng ba tuần qua, nơi không có động đất xuất hiện.", [(3, "tuần", None)]),
    ("within-hedged",    "Chỉ trong vòng một năm sau khi gặp gỡ và yêu Brenda, Macaulay Culkin thay đổi hoàn toàn.",
                         [(1, "năm", "chỉ")]),
    # a verb or a description after the counted thing ends the unit (bench dantri-entertainment-198,
    # dantri-health-019, baomoi-21492802, baomoi-22225450); "quốc tịch" is counted on its own (dantri-sport-133)
    ("unit-du-dieu-kien", "Giải Oscar năm nay chứng kiến sự góp mặt của 366 bộ phim truyện đủ điều kiện tham gia "
                          "tranh giải.", [(366, "bộ phim truyện", None)]),
    ("unit-du-dieu-kien-2", "Hiện nay, trên địa bàn TPHCM có 22 cơ sở đủ điều kiện thực hiện xét nghiệm khẳng định "
                            "SARS-CoV-2", [(22, "cơ sở", None)]),
    ("unit-thiet-hai",   "Theo đó, có 7 nhóm đối tượng thiệt hại được xác định bồi thường gồm khai thác hải sản",
                         [(7, "nhóm đối tượng", None)]),
    ("unit-sup",         "An Giang tiếp tục sạt lở, 6 ngôi nhà sụp xuống kênh", [(6, "ngôi nhà", None)]),
    ("unit-quoc-tich",   "Rồi vị HLV mang 2 quốc tịch Đức và Brazil nói rõ hơn lý do ông phê phán cách chơi của đội bóng",
                         [(2, "quốc tịch", None)]),
    # per mille as written (salinity; blind s5-w-023, s5-w-024, two outlets)
    ("per-mille",        "Thêm vào đó, độ mặn trên sông tăng lên khá cao, dao động từ 35-37%o.", [(35, "%o", None), (37, "%o", None)]),
    ("per-mille-sign",   "Từ đó làm độ mặn của nước ở kênh rạch và trong vuông tôm lên rất cao: 35 - 42‰, đồng thời độ pH "
                         "cũng tăng lên", [(35, "‰", None), (42, "‰", None)]),
    # a road's km marker "Km 1632+100" is no count (bench baomoi-22228430)
    ("km-marker",        "Vụ tai nạn nghiêm trọng xảy ra lúc 4h30 ngày 7/5, tại Km 1632+100 đường Hồ Chí Minh qua thị trấn "
                         "Chư Sê, huyện Chư Sê (Gia Lai) giữa xe tải 77C và xe khách 18B, 13 người chết, 32 người bị thương.",
                         [(13, "người", None), (32, "người", None)]),
    # an order's name is what is counted (issue 13; blind s4-t-011)
    ("orders",           "Công an nhân dân Quảng Ngãi qua các thời kỳ lịch sử, gồm: 9 Huân chương Độc lập hạng Ba, 3 Huân "
                         "chương Bảo vệ Tổ quốc hạng Nhì và 71 Huân chương Bảo vệ Tổ quốc hạng Ba.",
                         [(9, "Huân chương Độc lập hạng Ba", None), (3, "Huân chương Bảo vệ Tổ quốc hạng Nhì", None),
                          (71, "Huân chương Bảo vệ Tổ quốc hạng Ba", None)]),
]

NEGATIVE = [
    # ANNOTATION.md "Not numbers" and corpus/gold/notes-*.md
    # times of day (bench dantri-business-039, dantri-health-053, dantri-health-032; blind gen-002)
    ("time-part-of-day", "Ví dụ như 9 giờ tối hôm nay mình rút, thì 1 giờ sáng hôm sau tiền về."),
    ("time-minutes",     "khoảng 17 giờ 30 cùng ngày, bệnh nhân đột ngột đau ngực"),
    ("time-minutes-unit", "về đến sân bay Nội Bài lúc 9 giờ 10 phút."),
    ("time-date",        "hồi 4 giờ ngày 4/9, vị trí tâm bão ở vào khoảng"),
    ("time-evening",     "khoảng 21 giờ, anh A về nhà thì phát hiện"),
    # both ends of a span of clock times, round the clock "24/24 giờ" (like "24/7", GUIDELINES.md), the night of a
    # day (bench dantri-travel-026, baomoi-21511521, baomoi-22372794, baomoi-21487765; issue 13)
    ("time-span",        "Thời gian mở bán: Từ 6 giờ đến 22 giờ hàng ngày"),
    ("time-span-end",    "Lệnh giới nghiêm này được điều chỉnh từ 21 giờ tối hôm trước đến 5 giờ ngày hôm sau thay vì từ "
                         "19 giờ đến 6 giờ."),
    ("round-the-clock",  "Ông Toga bán hàng tạp hóa 24/24 giờ ở khu vực này cho biết, tối qua khi nghe tiếng nổ lớn"),
    ("night-of-day",     "Lễ khai ấn sẽ diễn ra vào đêm 14 tháng Giêng."),
    # a lunar day is a date part, not a count (bench; GUIDELINES.md: lunar dates are not annotated)
    ("lunar-day",        "Khai trương đúng ngày Giỗ tổ Hùng Vương (mùng 10 tháng 3 âm lịch), siêu quần thể Phú Quốc"),
    ("lunar-tet",        "Trước đó, khoảng 22h ngày 26/1 (29 tết) trên QL10, đoạn qua xã Ân Hòa"),
    # "năm" after a determiner is a year, not five (bench dantri-entertainment-075, baomoi-21478612)
    ("year-noun",        "Trong những năm tháng cuối đời, bà quyết định lên chùa đi tu."),
    ("year-noun-each",   "Theo Ủy ban An toàn giao thông quốc gia, mỗi năm nước ta có khoảng"),
    # a ratio is not a count (bench dantri-business-006)
    ("ratio",            "cấp nguồn nước sạch cho khoảng 1/3 dân số Hà Nội"),
    # a school subject's grade (bench dantri-education-013)
    ("subject-grade",    "cuốn Atlat Lịch sử 12 dày"),
    ("subject-book",     "sách giáo khoa Ngữ văn 6 tập một"),
    ("date-dmy",         "Sáng 8/8, tại TP Buôn Ma Thuột, hội nghị khai mạc."),
    ("date-dotted",      "Luật được thông qua ngày 13.6.2005 và có hiệu lực."),
    ("date-dashed",      "Ngày 18-11-2022, đoàn đến thăm."),
    ("year",             "Đến năm 2030, tỉnh phấn đấu hoàn thành."),
    ("year-range",       "Tổng kết phong trào giai đoạn 2018-2024, các tỉnh đã làm tốt."),
    ("year-range-dash",  "Mùa khô năm 2016 – 2017, đội đã quy tập hài cốt."),
    ("year-of-birth",    "Bùi Mạnh Quốc (SN 1986) là giám đốc công ty."),
    ("month",            "Tháng 9 vừa qua, đoàn đã đến thăm."),
    ("time",             "Vào lúc 4h35phút, xe khách lao xuống vực."),
    ("time-colon",       "Thứ Năm, 08/08/2024, 11:43"),
    ("time-hour",        "Đến 15h11 cùng ngày, cơ quan công an có mặt."),
    ("document",         "Thực hiện Kế hoạch số 111-KH/TU của Ban Thường vụ Tỉnh ủy."),
    ("directive",        "Tiếp tục thực hiện Chỉ thị số 09 về tăng cường lãnh đạo."),
    ("so-01",            "Đề án số 01 của Đảng ủy Công an tỉnh được ban hành."),
    ("decision",         "Theo Quyết định 587 của UBND tỉnh."),
    ("article",          "Hành vi vi phạm khoản 1, Điều 170 Bộ luật Hình sự."),
    ("ordinal-thu",      "Đây là lần thứ 2 đơn vị tổ chức hội nghị."),
    ("ordinal-lan",      "Kết quả giám định mẫu máu lần 2 đối với tài xế."),
    ("ordinal-word",     "Đây là lần thứ nhất đội nhận giải."),
    ("district",         "Ông trú tại Quận 1, TP.HCM."),
    ("ban-chi-dao",      "Đại diện Ban Chỉ đạo 24 phát biểu tại buổi lễ."),
    ("military",         "Đội K90 của Quân khu 9 tham gia tìm kiếm."),
    ("phone",            "Mọi thông tin xin liên hệ đường dây nóng 0912345678."),
    ("plate",            "Xe khách mang biển kiểm soát 18B-018.32 lưu thông."),
    ("covid-19",         "Bệnh nhân mắc Covid-19 đang được điều trị."),
    ("patient-code",     "Bệnh nhân BN2746 đã được xuất viện."),
    ("mot-article",      "Đối tượng đã bắt một bác sĩ làm con tin."),
    ("nam-year",         "Năm nay tỉnh có nhiều đổi mới."),
    ("khong-not",        "Năm nay không tổ chức hội nghị xét duyệt."),
    ("hang-chuc",        "Nạn nhân bị hàng chục vết đâm."),
    ("model-quoted",     "Mô hình “3 an toàn bảo đảm ANTT” được nhân rộng."),
    ("model-listed",     "Các mô hình tiêu biểu như: 2 an (an ninh, trật tự - an sinh xã hội)."),
    ("model-quoted-2",   "Mô hình \"Mô hình dân vận khéo: 24 giờ trải nghiệm\" được đánh giá cao."),
    ("word-pronoun",     "Mọi thứ không diễn ra như cả hai chúng tôi đã dự tính."),
    ("word-chin-ripe",   "Người dân chỉ ăn những quả đã chín đỏ ửng."),
    ("words-dong-thoi",  "Theo Hiến pháp 2013 đồng thời bảo đảm thống nhất."),
    ("mot-so-some",      "Xe buýt chiếm diện tích lớn khi lưu thông trên 1 số tuyến phố của Hà Nội."),
    ("vai-ba",           "Các nhà đầu tư chấp nhận chịu lỗ trong vài ba năm đầu."),
    ("dam-ba",           "Quán chỉ là gánh hàng rong với dăm ba chiếc ghế."),
    ("hang-tram",        "Hàng trăm người dân đã đến xem."),
    ("tren-van-rate",    "Tỷ lệ giường bệnh trên vạn dân tăng qua các năm."),
    ("model-unquoted",   "Đó là mô hình 2 vụ lúa xen canh 1 vụ trữ cá tự nhiên, mô hình 2 vụ lúa 1 vụ tôm càng xanh."),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_facts(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


@pytest.mark.parametrize("text", [c[1] for c in NEGATIVE], ids=[c[0] for c in NEGATIVE])
def test_not_numbers(extract, text):
    assert facts(extract, text) == []


def test_dates_from_found_are_dropped(extract):
    text = "Trong hai ngày 3-4/6, đoàn làm việc với 5 đơn vị."
    start = text.index("hai ngày 3-4/6")
    date = Mention.at(NormalisedDoc("t", text), start, start + len("hai ngày 3-4/6"), "dates.test",
                      DateValue("XXXX-06-03/XXXX-06-04", "mention", None, None))
    assert facts(extract, text, {"dates": [date]}) == [(5.0, "đơn vị", None)]


def test_models_from_found_are_dropped_and_quotes_are_not(extract):
    text = "Câu lạc bộ 3 tích cực có 12 thành viên."
    start = text.index("Câu lạc bộ")
    model = Mention.at(NormalisedDoc("t", text), start, start + len("Câu lạc bộ 3 tích cực"), "models.test",
                       ModelValue("Câu lạc bộ 3 tích cực", None))
    assert facts(extract, text, {"models": [model]}) == [(12.0, "thành viên", None)]


def test_span_covers_hedge_number_and_unit(extract):
    (m,) = run(extract, "Cả nước có trên 4.700 mô hình; riêng Tây Nam Bộ.")
    assert m.text == "trên 4.700 mô hình"


def test_rule_ids(extract):
    rules = {m.rule for m in run(extract, "Có 5 người, 2,5% dân số, hai xe và 30-40 hộ.")}
    assert rules == {"numbers.digits", "numbers.percent", "numbers.words", "numbers.range"}


def test_empty_text(extract):
    assert run(extract, "") == []


# -- data: every qualifier and blocker entry does what its file says ------------

LEX = load_lexicon()
INTERPRETER = NumberInterpreter(LEX)
WORD_QUALIFIERS = sorted(f for f, q in LEX.qualifiers.items() if f[0].isalpha())
SYMBOL_QUALIFIERS = sorted(f for f in LEX.qualifiers if not f[0].isalpha())
BLOCKS = sorted(" ".join(p) for p, e in LEX.blockers.items() if e == "block")


@pytest.mark.parametrize("form", WORD_QUALIFIERS)
def test_each_word_qualifier(extract, form):
    level = INTERPRETER.level_comparatives.fullmatch(form)  # "thấp hơn 25 người": a difference (numbers.yaml)
    expected = None if level else LEX.qualifiers[form] or None
    if form in LEX.age_hedges:  # "ngoài 25 tuổi": over; "ngoài 25 người": besides (number_age_hedges.txt)
        assert facts(extract, f"Đơn vị có {form} 25 người tham gia.") == [(25.0, "người", None)]
        assert facts(extract, f"Đơn vị có người {form} 25 tuổi tham gia.") == [(25.0, "tuổi", expected)]
        return
    assert facts(extract, f"Đơn vị có {form} 25 người tham gia.") == [(25.0, "người", expected)]


@pytest.mark.parametrize("form", SYMBOL_QUALIFIERS)
def test_each_symbol_qualifier(extract, form):
    assert facts(extract, f"Tỷ lệ tăng {form}30%.") == [(30.0, "%", LEX.qualifiers[form])]


@pytest.mark.parametrize("phrase", BLOCKS)
def test_each_blocker(extract, phrase):
    assert [f for f in facts(extract, f"Đó là {phrase} 25 người tham gia.") if f[0] == 25.0] == []


@pytest.mark.parametrize("head", sorted(" ".join(p) for p, h in LEX.heads.items() if p[0][:1].isalpha()))
def test_each_unit_head(extract, head):
    assert facts(extract, f"Đơn vị có 25 {head}.") == [(25.0, head, None)]


def test_lexicon_integrity():
    assert all(q == q.lower() for q in LEX.qualifiers.values())
    assert all(h.kind in ("measure", "closed", "classifier", "noun", "named") for h in LEX.heads.values())
    assert not {p for p in LEX.heads if p in LEX.stops}, "a head noun is also a stop word"


# -- offsets and robustness -----------------------------------------------------

def _check_offsets(mentions: list[Mention], text: str) -> None:
    for m in mentions:
        assert m.text == text[m.start:m.end]
        assert m.text == m.text.strip(), m
        assert isinstance(m.value, NumberValue)


def test_offsets_on_seeds(extract, seed_texts):
    for raw in seed_texts.values():
        text = normalise_text(raw)
        _check_offsets(run(extract, text), text)


NAUGHTY = [
    "1" * 5000, "1.000.000.000.000.000,5 tỷ", "., ,. 1,,2..3", "“5 “6” 7”", "\n5\n", "hai mươi mươi mươi",
    "Một trăm linh năm nghìn", "5 %", "10 triệu/", "1-2-3-4-5 người", "(Hà Nội 1, (TPHCM 2)",
    "Ủy ban 5 Ủy ban", "5 \u0301người", "9" * 30 + " người", "trên 5", "hơn", "5 người,", "5 tập thể, ",
]


@pytest.mark.parametrize("text", NAUGHTY)
def test_naughty_strings(extract, text):
    _check_offsets(run(extract, text), text)


SYLLABLES = ["người", "Hà", "Nội", "năm", "hai", "ba", "một", "trăm", "triệu", "tỷ", "trên", "hơn", "mô", "hình",
             "tập", "thể", "cá", "nhân", "ca", "mắc", "tỉnh", "số", "ngày", "tháng", "%", "“", "”", ",", ".", "-",
             "/", "(", ")", "\n", "km", "đồng", "lần", "thứ", "Quận"]
TOKENS = st.one_of(st.sampled_from(SYLLABLES), st.from_regex(r"[0-9][0-9.,/:-]{0,8}", fullmatch=True))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(TOKENS, max_size=40).map(" ".join), st.lists(TOKENS, max_size=10).map("".join))
def test_random_vietnamese_like_text(text, glued):
    extract = _EXTRACT
    for t in (text, glued, text + glued):
        _check_offsets(run(extract, t), t)


_EXTRACT = build()




def test_prefilter_agrees_with_number_blockers():
    """numbers.yaml's fast `blocked_left` repeats the commonest blocks of number_blockers.tsv:
    every word it blocks must be a `block` there, every exception it makes an `allow`."""
    import regex

    from vnie.gazetteer.load import load_patterns, load_tsv

    effects = {row["phrase"]: row["effect"] for row in load_tsv("number_blockers.tsv", key="phrase")}
    prefilter = load_patterns("numbers.yaml")["blocked_left"]
    groups = regex.findall(r"\(\?i:([^)]*)\)", prefilter)
    leads = {"tổng", "con", "trong", "thông", "dân"}  # "tổng số 5", "dân số 15.832 người": no id number
    blocked = {w for g in groups for w in g.split("|")} - leads
    exceptions = {f"{w} số" for w in leads if w in prefilter}
    assert blocked == {"ngày", "tháng", "năm", "số", "lúc", "thứ", "lần"}
    assert {w: effects.get(w) for w in blocked} == dict.fromkeys(blocked, "block")
    assert {p: effects.get(p) for p in exceptions} == dict.fromkeys(exceptions, "allow")


def test_count_right_after_a_province_is_no_name():
    """`Hà Nam 5 ca`: a count after a province (from the provinces stage) is no number in a name
    (bench dantri-society-247; issue 13, blind batch breakdowns `Sơn La 48 nhà`)."""
    from vnie.extractors.registry import Extraction

    text = "ghi nhận 7 ca mắc Covid-19 tại cộng đồng, trong đó Hà Nam 5 ca, Hà Nội 1 ca và TPHCM 1 ca."
    found = Extraction()(NormalisedDoc("t", text, PUBLISHED))
    got = [(m.value.value, m.value.unit) for m in found["numbers"]]
    assert (5.0, "ca mắc") in got and (7.0, "ca mắc") in got  # the list item takes its head's kind (round 7)
    assert [(m.value.value, m.value.unit) for m in run(build(), "Quân khu 9 tổ chức hội nghị")] == []


def test_period_in_words_belongs_to_dates(extract):
    """`bốn tháng đầu năm 2017` is a date (ANNOTATION.md), so its `bốn tháng` is no number
    (issue 13 audit; bench baomoi-22302792)."""
    from vnie.extractors.dates import build as build_dates

    text = "Năm 2016 đã có 110.000 DN được thành lập, bốn tháng đầu năm 2017 đã có 40.000 DN ra đời."
    dates = build_dates()(NormalisedDoc("t", text, PUBLISHED), {})
    assert [f[0] for f in facts(extract, text, {"dates": dates})] == [110000, 40000]


# fmt: off
UNIT_CASES = [
    # issue 13, all-gold unit errors fixed by class; each sentence is from the bench, not the gold.
    # a rate glued to a known head is one unit ("653 USD/tấn" was no fact); a rate noun that is
    # no head runs on, a head one stops ("đồng/tháng tùy" was one unit)
    ("rate-usd",      "“Giá cao su trung bình từ 2.500 - 3.000 USD/tấn, khoảng 5 năm nữa, hơn 20.000 ha cao su ở Lào được khai thác.",
     [(2500, "USD/tấn", None), (3000, "USD/tấn", None), (5, "năm", "khoảng"), (20000, "ha", "hơn")]),
    ("rate-noun",     "Tính đến ngày 10/2, cổ phiếu DQC còn 54.000 đồng/cổ phiếu, giảm đáng kể.",
     [(54000, "đồng/cổ phiếu", None)]),
    ("rate-head",     "Công ty chỉ có các Module xử lý nước thải với công suất thiết kế là 4.280 m3/ngày đêm của Dự án.",
     [(4280, "m3/ngày đêm", None)]),
    # a verb after the counted people ends the unit
    ("verb-dang-ky",  "Chủ tịch Quốc hội cho biết đã có 54 đại biểu đăng ký chất vấn Bộ trưởng.", [(54, "đại biểu", None)]),
    ("verb-tan-thanh", "kết quả biểu quyết như sau: 436 đại biểu tán thành, chiếm tỷ lệ 88,80%; 2 đại biểu không tán thành.",
     [(436, "đại biểu", None), (88.8, "%", None), (2, "đại biểu", None)]),
    # coordinated nouns: a comma or one "và" joins them; a syllable that starts another word does not
    ("coord-comma",   "Việt Nam cũng đã đầu tư sang 72 quốc gia, vùng lãnh thổ với tổng vốn đăng ký hơn 7 tỷ USD.",
     [(72, "quốc gia, vùng lãnh thổ", None), (7e9, "USD", "hơn")]),
    ("coord-va",      "Ban thư ký tổng hợp Giải đã nhận được 1.637 tác phẩm báo chí từ 214 đơn vị và cá nhân gửi đến.",
     [(1637, "tác phẩm báo chí", None), (214, "đơn vị và cá nhân", None)]),
    ("coord-thanh",   "lãnh đạo 63 tỉnh, thành cả nước", [(63, "tỉnh, thành", None)]),
    ("coord-word",    "Tại đền có giữ 21 đạo sắc phong, bản thần tích chữ Hán và hệ thống tượng pháp có giá trị lịch sử",
     [(21, "đạo sắc phong", None)]),  # bench baomoi-22502088
    # a bag before a drug counts the bags, like "viên", "bánh", "gói" (GUIDELINES.md units; round 6: gold
    # blind-s5-x-016 "8 túi ma túy" -> túi); this sentence was "coord-word" before (bench baomoi-22655566)
    ("bag-of-drug",   "cất giữ 5 túi ma túy tổng hợp dạng kẹo, 1 túi ma túy tổng hợp dạng đá, thành phần ketamin.",
     [(5, "túi", None), (1, "túi", None)]),
    # compounds whose first syllable is a measure or a stop ("đồng", "chỉ")
    ("dong-chi",      "trong đó 41 đồng chí bí thư chi bộ đồng thời là trưởng thôn.", [(41, "đồng chí", None)]),
    ("chi-tieu",      "Năm 2016, trong tổng số 28 chỉ tiêu kinh tế - xã hội của huyện có 18 chỉ tiêu đạt và vượt kế hoạch.",
     [(28, "chỉ tiêu", None), (18, "chỉ tiêu", None)]),  # round 14: a target's field describes it (gold 37 : 2)
    ("thung",         "phát hiện chở 52 thùng xốp chứa gần 3,5 tấn nội tạng động vật.", [(52, "thùng xốp", None), (3.5, "tấn", "gần")]),
    # bench audit: a verb after the count ends the unit ("từng", "giúp")
    ("verb-tung",     "Cả hai từng làm việc ở đây được 7 năm.", [(7, "năm", None)]),
    ("verb-giup",     "5 mẹo giúp điều hòa mát \"siêu tốc\" trong ngày nắng nóng", [(5, "mẹo", None)]),
    # a count after a capitalised name: a measure, classifier or non-place closed head still counts
    ("after-name",    "Tòa cũng tuyên phạt các bị cáo cùng về tội “nhận hối lộ” gồm: Võ Hoàng Anh 15 năm tù; Dương Minh Tâm 10 năm tù.",
     [(15, "năm tù", None), (10, "năm tù", None)]),
    ("address-name",  "Nhiều năm nay, người dân thôn Đồi 2 xã Ngọc Lương, huyện Yên Thủy, tỉnh Hòa Bình", []),
    # a comparative before a difference ("so với") is no hedge; above sea level it is "hơn"
    ("difference",    "Sau khi áp ưu đãi, giá bán của Mitsubishi Xpander vẫn cao hơn 80 - 90 triệu đồng so với Suzuki Ertiga.",
     [(80e6, "đồng", None), (90e6, "đồng", None)]),
    ("above-sea",     "Nằm chót vót ở độ cao hơn 300 m so với mực nước biển, hệ thống thang máy", [(300, "m", "hơn")]),
    # a count of office holders: the position (titles.tsv) is the unit, written capitalised
    ("title-count",   "Tổng cục Thủy lợi có Tổng cục trưởng và không quá 4 Phó Tổng cục trưởng do Bộ trưởng Bộ Nông nghiệp bổ nhiệm.",
     [(4, "Phó Tổng cục trưởng", "không quá")]),
    ("title-country", "Cuộc gặp gỡ của 2 Thủ tướng Việt Nam và Singapore tại Indonesia.", [(2, "Thủ tướng", None)]),
    # bench audit 2: a continent ends the unit, "dựa" too; intersections and plenums are names
    ("continent",     "Chúng tôi đã cùng nhau giành 99 chức vô địch châu Âu. Chúng tôi", [(99, "chức vô địch", None)]),
    ("dua-tren",      "cụ thể là xấp xỉ 5 sao dựa trên các bài đánh giá.", [(5, "sao", "xấp xỉ")]),
    ("intersection",  "đối tượng bỏ chạy về hướng ngã 3 đường 61 - Tăng Nhơn Phú, sau đó nhóm thanh niên đuổi theo", []),
    ("plenum",        "Theo tinh thần Nghị quyết Trung ương 6 Khóa XI, Ban Kinh tế Trung ương được thành lập", []),
    ("central-budget", "Số vốn đã bố trí đến hết năm 2015 là 222,9 tỷ đồng. Trong đó ngân sách trung ương 72,1 tỷ đồng; "
     "ngân sách địa phương 150,8 tỷ đồng", [(222.9e9, "đồng", None), (72.1e9, "đồng", None), (150.8e9, "đồng", None)]),
    # "một": a count before a magnitude and in a duration after "sau/suốt/đúng", the article
    # before "đàn ông", "phụ nữ", "bạn", "tên", "nào"
    ("mot-ty",        "Đạo chích lấy được số trang sức trị giá khoảng một tỷ đồng.", [(1e9, "đồng", "khoảng")]),
    ("mot-duration",  "Sau một ngày lẩn trốn, nghi phạm bị cảnh sát bắt giữ", [(1, "ngày", None)]),
    ("mot-article",   "Trong 4 người này có một người đàn ông trung niên được cho là ông Trần", [(4, "người", None)]),
    ("mot-nao",       "Hay một người nào đó bay từ nơi này đến nơi khác sẽ thấy thời gian trôi qua", []),
    # all-gold unit classes, tested on bench sentences: complements and heads from the gold
    ("nguoi-lon",     "sinh sống ở thôn Trung, xã Việt Hùng gồm 17 hộ gia đình với 73 người (52 người lớn, 21 trẻ em)",
     [(17, "hộ gia đình", None), (73, "người", None), (52, "người lớn", None), (21, "trẻ em", None)]),
    ("nam-tuoi",      "Toshiba đã từng là thương hiệu điện tử số 1 Nhật Bản, với bề dày 145 năm tuổi.", [(145, "năm tuổi", None)]),
    ("doi-tuong",     "Đây là ba đối tượng nghiện ma túy đang cai nghiện bắt buộc", [(3, "đối tượng nghiện", None)]),
    ("vu-vi-pham",    "lực lượng Quản lý thị trường đã xử lý gần 2 triệu vụ vi phạm, thu nộp ngân sách",
     [(2e6, "vụ vi phạm", "gần")]),
    ("camera",        "có 19 thiết bị giám sát các loại, gồm: 7 camera giám sát các hành vi vi phạm, 5 thiết bị đo tốc độ, "
     "7 camera quan sát ghi nhận hình ảnh giao thông.",
     [(19, "thiết bị giám sát", None), (7, "camera giám sát", None), (5, "thiết bị đo tốc độ", None), (7, "camera", None)]),
    # round 14: a camera keeps its kind ("camera giám sát", "camera an ninh"; GUIDELINES.md)
    # a "posted N hours ago" stamp on its own line is no fact (gold blind-news-2 page chrome);
    # "N phút trước khi ..." inside a sentence is a duration (bench dantri-sport-088, baomoi-22239621)
    ("ago-stamp",     "trong thời gian chờ con làm thủ tục dự thi, làm bài thi.\n\n42 phút trước\n\nTheo thống kê của Bộ GD&ĐT", []),
    ("before-event",  "Tôi chỉ biết tin ấy khoảng 5-10 phút trước khi có thông báo chính thức.",
     [(5, "phút", "khoảng"), (10, "phút", "khoảng")]),
    ("hours-before",  "Trong phiên điều trần kéo dài 4 giờ trước Ủy ban Tư pháp Thượng viện hôm 3-5, ông Comey nói",
     [(4, "giờ", None)]),
    ("may-man",       "cuốn thuyền thúng các em ra xa, có 3 em may mắn bơi được vào bờ, 4 em còn lại", [(3, "em", None), (4, "em", None)]),
    # a count right after a name counts when it repeats the noun of a count just before it in the
    # sentence (per-place parts)
    ("repeats-count", "Trong đó, BV Hòe Nhai có thể tiếp nhận thêm 20 bệnh nhân, BV Đống Đa 10 bệnh nhân, BV Hà Đông 10 bệnh nhân.",
     [(20, "bệnh nhân", None), (10, "bệnh nhân", None), (10, "bệnh nhân", None)]),
    # ... but not a year before a title, nor a title with its holder's name
    ("title-year",    "Hình ảnh trước giờ khai mạc Hội nghị Thủ tướng với doanh nghiệp 2017 Thủ tướng Nguyễn Xuân Phúc có mặt từ rất sớm", []),
    # GUIDELINES.md units (settled 2026-12-06): a counter keeps no drug name ("bánh", "viên", "gói"),
    # a prison term is "năm tù" (not "năm tù giam"), a case keeps its event, a medal its colour
    ("banh-heroin",   "bắt giữ 2 đối tượng thu, 2 bánh heroin tại địa bàn xã Mường Nhà", [(2, "đối tượng", None), (2, "bánh", None)]),
    ("vien-ma-tuy",   "đang tàng trữ, vận chuyển, mua bán hơn 1.300 viên ma túy tổng hợp.", [(1300, "viên", "hơn")]),
    ("vien-dan",      "Ông Để đã giao nộp cho công an khẩu súng và 36 viên đạn.", [(36, "viên đạn", None)]),
    ("nam-tu-giam",   "Porat phải đối mặt với mức án tối đa có thể là 25 năm tù giam, sau đó là ba năm thả tự do",
     [(25, "năm tù", None), (3, "năm", None)]),
    ("ca-phau-thuat", "bệnh nhân đột quỵ trong đó có khoảng 2.000 ca phẫu thuật.", [(2000, "ca phẫu thuật", "khoảng")]),
    ("goi-thau",      "Dự án metro số 1 có 4 gói thầu chính và hiện khối lượng thi công đạt hơn 84%.",
     [(4, "gói thầu", None), (84, "%", "hơn")]),
    ("huy-chuong",    "Chủ nhân hai huy chương vàng Olympic quốc tế", [(2, "huy chương vàng", None)]),
    # round-3 blind batches' unit classes, on bench sentences: compounds read as money or cut by a stop,
    # complements, coordinated nouns, a state after the counted thing
    ("dong-pham",     "Ngoài ra, hai đồng phạm là Gottlieb và O'Neill mỗi người phải đối mặt với mức án",
     [(2, "đồng phạm", None)]),
    ("nguoi-con",     "Về con cái, vợ chồng ông Raval có 3 người con.", [(3, "người con", None)]),
    ("y-kien-kien-nghi", "có 3.288 ý kiến, kiến nghị của cử tri và nhân dân cả nước gửi tới Quốc hội.",
     [(3288, "ý kiến, kiến nghị", None)]),
    ("xa-mien-nui",   "địa phương có bảy xã miền núi, tỷ lệ HS là người dân tộc thiểu số", [(7, "xã miền núi", None)]),
    ("toc-mai",       "toàn thành phố có trên 30 điểm trường tốc mái, hư hỏng.", [(30, "điểm trường", "trên")]),
    # bench audit at 40fc3eb: a verb ends the unit; two-factor security is no count; a casualty after "một"
    ("nem-bom",       "Phạm Phú Quốc lái 2 máy bay AD6 ném bom làm sập toàn bộ phần chính cánh trái", [(2, "máy bay AD6", None)]),
    ("bao-mat",       "phải thay đổi mật khẩu Facebook và kích hoạt chế độ bảo mật 2 lớp (như Dân trí đã hướng dẫn", []),
    ("mot-tu-vong",   "cơ quan này khám nghiệm hiện trường vụ tai nạn khiến một người tử vong xảy ra tại khu vực Quốc lộ 1A",
     [(1, "người", None)]),
    ("dong-y",        "Tổng tất cả số hộ dân bị ảnh hưởng là 13 hộ nhưng mới 1 hộ đồng ý nhận tiền còn lại 12 hộ không đồng tình",
     [(13, "hộ", None), (1, "hộ", None), (12, "hộ", None)]),
    # round 6 first look (issue 13): bench sentences for the unit classes its errors showed
    # a bag of its own kind keeps its noun; a weight before a drug (bench baomoi-22338834, baomoi-22387988)
    ("bag-nilon",     "Bên cạnh đó còn 1 túi nilon màu trắng có ghi chữ GLAD màu đỏ", [(1, "túi nilon", None)]),
    # an adjective whose second syllable is a stop ("yếu") ends the unit before it, not inside it (gold
    # blind-s6-a-011 and -012: the only two such units; the gold says "điểm", "vị trí")
    ("trong-yeu",     "xã Gia Đông, huyện Thuận Thành, Bắc Ninh đã lắp đặt 25 mắt camera tại 11 điểm trọng yếu, bao quát",
     [(25, "mắt camera", None), (11, "điểm", None)]),
    ("phat-bieu",     "tức kéo dài chương trình thảo luận thêm 1,5 giờ, có thêm 15 ĐB phát biểu",
     [(1.5, "giờ", None), (15, "ĐB", None)]),  # bench
    # verbs after the counted thing (bench baomoi-22272340, baomoi-22418089, dantri-travel-050)
    ("dong-hanh",     "đóng chiếc tàu cá vỏ thép với tổng kinh phí 15,2 tỷ đồng hành nghề lưới vây.",
     [(15.2e9, "đồng", None)]),
    ("du-kien",       "(bàn giao trước 31/12/2014) và 39 dự án dự kiến hoàn thành năm 2015 chưa được bố trí đủ",
     [(39, "dự án", None)]),
    ("chuyen-nghiep", "Sáng 25/4, hơn 3000 vận động viên chuyên nghiệp, bán chuyên và không chuyên cả nước đã",
     [(3000, "vận động viên", "hơn")]),
    # a rate with a count in its period (bench dantri-society-135, dantri-education-174)
    ("rate-24h",      "với lượng mưa phổ biến 40-80mm/24h, có nơi mưa rất to trên 100mm/24h. Trong mưa giông",
     [(40, "mm/24h", None), (80, "mm/24h", None), (100, "mm/24h", "trên")]),
    ("rate-4-nam",    "các chương trình đào tạo ngành ngôn ngữ có mức học phí 80 triệu đồng/4 năm; học phí các chuyên ngành",
     [(80e6, "đồng/4 năm", None)]),
    # a verb or adjective ending in a blocking syllable ("tập", "cấp") before a count, and an amount with its
    # magnitude after a place word (round 6: blind-s6-d-011, -e-006; these sentences are from the bench)
    ("trieu-tap",     "Từ lời khai của Nhân và Quân, công an triệu tập bảy người khác chuyên đòi nợ thuê",
     [(7, "người", None)]),
    ("khan-cap",      "Cơ quan CSĐT Công an quận Thanh Xuân, Hà Nội vừa bắt khẩn cấp 5 đối tượng",
     [(5, "đối tượng", None)]),
    ("cung-cap",      "trong khi Đức sẽ cung cấp 120 máy thở", [(120, "máy thở", None)]),
    ("place-amount",  "(trong đó để ngoài ngân sách xã 15 triệu đồng)", [(15e6, "đồng", None)]),
    ("money-noun",    "Bộ Tài chính đã cấp 4.680 tỷ bồi thường vụ Formosa", [(4.68e12, "đồng", None)]),
    # a complement of a measure head, a two-syllable head, a verb after the votes (bench baomoi-21511578,
    # dantri-health-183, dantri-education-066, baomoi-21490182; round 6 gold: 43 "năm tuổi đảng", 1 "tiếng đồng
    # hồ", 3 "dòng họ", 93 "số phiếu")
    # (round 17: a badge's grade, "Huy hiệu 30 năm tuổi Đảng", is its name, no count: gold blind-s27-c 16 : 0)
    ("tuoi-dang",     "Với 43 năm tuổi Đảng", [(43, "năm tuổi Đảng", None)]),
    ("tieng-dong-ho", "Sau ca mổ diễn ra trong gần 6 tiếng đồng hồ, các bác sĩ", [(6, "tiếng đồng hồ", "gần")]),
    ("dong-ho",       "toàn tỉnh Bạc Liêu có 177.374 gia đình học tập, 2.962 dòng họ học tập, 517 cộng đồng học tập",
     [(177374, "gia đình", None), (2962, "dòng họ", None), (517, "cộng đồng", None)]),
    ("ung-ho",        "Với 326 phiếu chống so với 293 phiếu ủng hộ, các nghị sĩ Anh đã bác bỏ",
     [(326, "phiếu chống", None), (293, "phiếu", None)]),
    # places coordinated after the first counted noun (gold blind-s6-b-033, blind-s6-a-002: the bench has none)
    ("coord-bon-buon", "Đắk Nông đã thành lập 713 tổ bảo vệ ANTT tại 713 thôn, bon, buôn, tổ dân phố (mỗi tổ",
     [(713, "tổ bảo vệ ANTT", None), (713, "thôn, bon, buôn, tổ dân phố", None)]),
    ("coord-dien-hinh", "Toàn tỉnh Nghệ An đã củng cố, duy trì hiệu quả hơn 3.600 mô hình, điển hình trong phong trào",
     [(3600, "mô hình, điển hình", "hơn")]),
    # a part of a whole of the same unit is no rate (bench baomoi-22504061)
    ("no-rate-part",  "Vụ Xuân 2017 xã Phù Việt (Thạch Hà) có hơn 222ha/240ha lúa nhiễm bệnh đạo ôn",
     [(222, "ha", "hơn")]),
    # round 7 (issue 13): classes of the first look at blind-s7-*, each checked on other articles (bench).
    # A verb or conjunction opening the next clause ends the unit ("nếu", "giành", "nhập viện", "trực tiếp").
    ("r7-neu",        "Theo đó, cầu thủ hoặc HLV sẽ bị cấm thi đấu 2 trận nếu có lời lẽ, hành vi coi thường trọng tài",
     [(2, "trận", None)]),
    ("r7-gianh",      "3 nhóm giành chiến thắng ở bán kết sẽ đại diện Việt Nam tham dự", [(3, "nhóm", None)]),
    ("r7-nhap-vien",  "15 học sinh nghỉ học với lý do đau bụng, nôn và đi ngoài; trong đó có 3 cháu nhập viện khám và điều trị.",
     [(15, "học sinh", None), (3, "cháu", None)]),  # round 17: "nghỉ học" ends the unit too (gold blind-s27-e-026)
    ("r7-truc-tiep",  "các thầy cô đã mang đến 4 tiết học trực tuyến online và 2 tiết học trực tiếp trên lớp.",
     [(4, "tiết học trực tuyến online", None), (2, "tiết học", None)]),
    # a date word with its own number ends the unit ("năm 2021")
    ("r7-nam-so",     "Cổ đông này kỳ vọng cổ phiếu Hòa Phát đạt mốc giá 3 con số năm 2021.", [(3, "con số", None)]),
    # complements of closed heads: "tỉnh thành", "xã phường", "nước thành viên"
    ("r7-tinh-thanh", "Hành trình bắt đầu vào tháng 3 năm 2018, Trang đến thăm được 48 tỉnh thành tại Việt Nam và 9 quốc gia",
     [(48, "tỉnh thành", None), (9, "quốc gia", None)]),
    ("r7-xa-phuong",  "cấp nguồn nước sạch cho khoảng 1/3 dân số Hà Nội (khoảng 3 triệu dân tại 168 xã phường).",
     [(3e6, "dân", "khoảng"), (168, "xã phường", None)]),
    ("r7-nuoc-tv",    "Kết quả là toàn bộ 15 nước thành viên Hội đồng Bảo an đã nhất trí mở rộng các lệnh trừng phạt",
     [(15, "nước thành viên", None)]),
    # a pack of cigarettes counts the packs, like a drug's (GUIDELINES.md units)
    ("r7-bao-thuoc",  "Tổng cộng, cơ quan chức năng đã tạm giữ 10.260 bao thuốc lá lậu, gồm 2.260 bao nhãn hiệu Jet",
     [(10260, "bao", None), (2260, "bao", None)]),
    # hedges: "khoảng trên" is one, "ước tính" is one; a height compared is a difference
    ("r7-khoang-tren", "Vụ cháy xảy ra quá nhanh khiến cho khoảng trên 30 quầy tạp hóa bị thiêu rụi hoàn toàn",
     [(30, "quầy tạp hóa", "khoảng trên")]),
    ("r7-uoc-tinh",   "Thu nhập hàng năm của cô ước tính 100 triệu nhân dân tệ cùng một ngôi nhà cao cấp.",
     [(1e8, "nhân dân tệ", "ước tính")]),
    ("r7-uoc-khoang", "Tổng thiệt hại ước tính khoảng 10-15 tỷ USD.", [(10e9, "USD", "khoảng"), (15e9, "USD", "khoảng")]),
    # a vote keeps its kind (bench dantri-world-175); a count of office holders is the title alone, without
    # its organisation (gold blind-s5-u-003, GUIDELINES.md units)
    ("r7-phieu",      "đã được thông qua với 660 phiếu thuận, 5 phiếu chống và 32 phiếu trắng. Ảnh minh họa: Reuters",
     [(660, "phiếu thuận", None), (5, "phiếu chống", None), (32, "phiếu trắng", None)]),
    ("r7-title-org",  "HĐND tỉnh Trà Vinh khóa IX đã tiến hành bỏ phiếu miễn nhiệm 03 Ủy viên UBND tỉnh, nhiệm kỳ 2016 – 2021 "
     "và bầu bổ sung 02 Phó Chủ tịch UBND tỉnh, nhiệm kỳ 2016 – 2021.", [(3, "Ủy viên", None), (2, "Phó Chủ tịch", None)]),
    # a bare "ca" closing a list item takes the kind last written with it in the paragraph, counted or not
    # (bench dantri-health-001, dantri-health-097); with more words after it, it stays bare (gold m-024)
    ("r7-ca-list",    "Việt Nam có tổng cộng 691 ca mắc Covid-19 do lây nhiễm trong nước, trong đó số lượng ca mắc mới tính "
     "từ ngày 25/7 đến nay: 551 ca.", [(691, "ca mắc", None), (551, "ca mắc mới", None)]),
    ("r7-ca-ranking", "Đứng thứ nhất về số ca mắc là Mỹ với hơn 32,7 triệu ca; đứng thứ hai là Ấn Độ với hơn 16,6 triệu ca",
     [(32.7e6, "ca mắc", "hơn"), (16.6e6, "ca mắc", "hơn")]),
    ("r7-ca-place",   "Trong số các bệnh nhân, có 7 trường hợp phải nhập viện cấp cứu, gồm 1 ca tại khoa Nhi và 6 ca tại khoa Nội.",
     [(7, "trường hợp", None), (1, "ca", None), (6, "ca", None)]),
    # missed and spurious facts of round 7's first look, each class checked on the bench or other batches:
    # a decimal dot before one or two digits, with "%", a glued unit or a magnitude (bench); a dotted day.month is none
    ("r7-dot-pct",    "dù là quốc gia có tỷ lệ béo phì thấp nhất thế giới, ở mức 2.1% (theo Tổ chức Y tế Thế giới (WHO)",
     [(2.1, "%", None)]),
    ("r7-dot-mag",    "Với khoảng 1.5 triệu kg mỡ mỗi năm mà hội viên", [(1.5e6, "kg", "khoảng")]),
    ("r7-dot-date",   "Đại tá Nguyễn Thanh Hải làm Giám đốc Công an tỉnh Vĩnh Long (mới) từ 1.7 ảnh: nam long", []),
    # a blocker word ending a proper name ("Tam Kỳ", "Hải Phòng") is no address word; one inside a lower-case phrase is
    ("r7-name-end",   "Cách TP Tam Kỳ 15km, chợ cá bãi ngang Tam Tiến thuộc thôn", [(15, "km", None)]),
    ("r7-ban-chi-dao", "Chủ tịch UBND tỉnh, Trưởng Ban chỉ đạo 138 tỉnh Thanh Hóa; Thiếu tướng Trần Phú Hà", []),
    # "dân số N người" is a count; "dân số" names an amount with no unit after it (bench, gold s4-r-012)
    ("r7-dan-so",     "phường Cổ Nhuế 1 có diện tích 232,6 ha, dân số 45.274 người.", [(232.6, "ha", None), (45274, "người", None)]),
    ("r7-dan-so-mag", "Với dân số trên 211 triệu, Brazil hiện đã tiêm chủng", [(211e6, "dân số", "trên")]),
    # a part of a whole after "trong" takes the whole's unit, unless the whole is a time frame (bench, gold pol-001);
    # "1 trong 7" is "one of seven": the whole is counted, the one is no count (GUIDELINES.md, gold 9 : 2)
    ("r7-partitive",  "mô hình “Chủ nhật về làng” vinh dự là 1 trong 7 mô hình tiêu biểu được tôn vinh",
     [(7, "mô hình", None)]),
    ("r7-part-games", "Dưới thời \"người đặc biệt\", Tottenham thắng 44 trong 86 trận trên mọi đấu trường",
     [(44, "trận", None), (86, "trận", None)]),
    ("r7-part-time",  "các trường hợp đi cùng chuyến bay với ca bệnh 2899 trong 14 ngày kể từ ngày 22/4/2021;",
     [(14, "ngày", None)]),
    # a quoted name of what is counted (gold fin-sec-025; bench "gần 550 \"nhà máy\" tạo ôxy")
    ("r7-quoted",     "Hệ thống camera giám sát gồm 15 “mắt thần” chất lượng cao, được lắp tại các tuyến đường chính",
     [(15, "mắt thần", None)]),
    ("r7-quoted-straight", "Số hàng viện trợ bao gồm gần 550 \"nhà máy\" tạo ôxy, hơn 4.000 thiết bị",
     [(550, "nhà máy", "gần"), (4000, "thiết bị", "hơn")]),
    # a rate with a space after its slash (bench)
    ("r7-rate-space", "tốc độ gió dọc theo đường xích đạo đạt 1.600 km/ giờ. Tuy nhiên", [(1600, "km/giờ", None)]),
    # "hoạt động" after a number is the noun; a shot's distance is a measure, a race's an event name (bench)
    ("r7-hoat-dong",  "sự kiện sẽ gồm 3 hoạt động chính, bao gồm Hội chợ mua sắm", [(3, "hoạt động chính", None)]),
    ("r7-cu-ly",      "nhưng cú dứt điểm ở cự ly 10m đã đi vọt xà ngang trong nuối tiếc.", [(10, "m", None)]),
    # a race named by its distance is an event, not a measure (gold news-033, the other batch with races)
    ("r7-race-list",  "Nguyễn Thị Oanh giành 3 HCV cá nhân môn điền kinh ở các nội dung: 1.500m, 5.000m, 3.000m vượt chướng ngại vật.",
     [(3, "HCV", None)]),  # a short medal is counted alone (gold 21 : 0)
    ("r7-race",       "Kình ngư Nguyễn Huy Hoàng giành HCV nội dung 400m tự do (đồng thời phá kỷ lục SEA Games)", []),
    # forms found only in round 7's own articles (none on the bench or in other batches): a race time's hundredths,
    # a "trong đó" breakdown without brackets, a "Trong đó," sentence breaking down a count made before it
    ("r7-race-time",  "về nhất chung kết 3.000m chướng ngại vật nữ với thông số 10 phút 15 giây 44. Trong buổi sáng",
     [(10, "phút", None), (15.44, "giây", None)]),
    ("r7-trong-do",   "6 người xã Xuân Minh bị thương do sạt lở đất đá vào nhà. 22 ngôi nhà đã sập hoàn toàn, trong đó Yên Thành 3, "
     "Tiên Nguyên 3, Xuân Minh 16; 112 nhà bị ngập nước",
     [(6, "người", None), (22, "ngôi nhà", None), (3, "ngôi nhà", None), (3, "ngôi nhà", None), (16, "ngôi nhà", None),
      (112, "nhà", None)]),
    ("r7-trong-do-next", "Tại Tuyên Quang, 14 ngôi nhà bị ngập úng, hư hỏng do sạt lở đất đá. Nguyên nhân là do ảnh hưởng của mưa "
     "lớn vào rạng sáng 22/8.\n\nTrong đó, huyện Lâm Bình 11 nhà, Yên Sơn 3 nhà. Lực lượng công an",
     [(14, "ngôi nhà", None), (11, "nhà", None), (3, "nhà", None)]),
    # the audit of 40 bench rows at seed 2035: a family pair is the unit, horsepower, a year before Christ, a height
    ("r7-me-con",     "Tại đây hai mẹ con tiếp xúc gần với bệnh nhân 2899, là hàng xóm.", [(2, "mẹ con", None)]),
    ("r7-me-con-2",   "Hà Nội: Tai biến sản khoa, cả 2 mẹ con thai phụ tử vong thương tâm", [(2, "mẹ con", None)]),
    ("r7-cv",         "Trong đó, tàu cá công suất dưới 90 CV khai thác ven bờ, từ vùng lộng trở vào", [(90, "CV", "dưới")]),
    ("r7-tcn",        "Trong 3 thời kỳ Chiến quốc (475 TCN đến 221 TCN), nhà Hán", [(3, "thời kỳ", None)]),
    ("r7-cao-hon-m",  "Chú Tuấn Anh sợ quá leo ngay lên cây tràm cao hơn 4m để trốn", [(4, "m", "hơn")]),
    ("r7-cao-hon-price", "Giá lúa năm rồi đã cao hơn 1.500 đồng/kg so với vụ trước", [(1500, "đồng/kg", None)]),
    ("r7-thap-hon",   "ăn nhiều cà rốt hơn có liên quan đến tỷ lệ phát triển ung thư tuyến tiền liệt thấp hơn 18%.",
     [(18, "%", None)]),
    # round 8 (blind s8 error classes, each checked on the bench): races named by distance and stroke, weapon or boat
    # class are events (gold s8-e 16 : 0)
    ("r8-strokes",    "Các nội dung giành vàng của Ánh Viên: 100m bơi ngửa, 200m bơi ngửa, 400m tự do, 200m hỗn hợp, 800m tự do.",
     []),
    ("r8-steeple",    "Nguyễn Thị Oanh vẫn khiến cả Đông Nam Á nể phục với 3 HCV ở 5.000m, 10.000m và 3.000m vượt chướng ngại vật.",
     [(3, "HCV", None)]),
    ("r8-pistol",     "đã xuất sắc giành huy chương Vàng súng ngắn 25m nữ của môn Bắn súng.", []),
    ("r8-boat",       "cũng đã về nhất chung kết thuyền bốn nữ để giúp đội tuyển Đua thuyền lập \"hat-trick vàng\"", []),
    ("r8-sea-games",  "Giành 8 HCV, 2 HCB và phá 3 kỷ lục SEA Games 29, kình ngư quê Cần Thơ",
     [(8, "HCV", None), (2, "HCB", None), (3, "kỷ lục", None)]),
    # "N năm nay" is a duration up to now (gold 4 : 0); a name's spaced-dash number, a period of a year, a name's
    # number before a date, a Richter magnitude (gold 3 : 1) are no facts (bench)
    ("r8-nam-nay",    "2 năm nay, ngoài bán thịt lợn, chị Hà Thanh", [(2, "năm", None)]),
    ("r8-covid-dash", "Năm 2021, dịch bệnh Covid - 19 dự kiến còn diễn biến phức tạp", []),
    ("r8-months-of",  "724 tỷ đồng trong năm 2015 và 1.162 tỷ đồng trong 9 tháng 2016.",
     [(724e9, "đồng", None), (1162e9, "đồng", None)]),
    ("r8-name-date",  "từ sân bay vũ trụ Baikonur trên tàu Soyuz 37 ngày 23/7/1980, và trở về", []),
    ("r8-richter",    "10 năm trước, sau trận động đất mạnh 9 độ Richter vào ngày 11/3/2011, ba trong số",
     [(10, "năm", None)]),
    ("r8-rice-grade", "Gạo 5% tấm xuất khẩu có giá 16.000 đồng/kg.", [(16000, "đồng/kg", None)]),
    # an ambiguous numeral before a counting noun counts; not in a noun written with it, nor after "hàng chục" (bench)
    ("r8-ba-noun",    "Phút 17: Sterling loại bỏ tới ba cầu thủ của đội chủ nhà", [(3, "cầu thủ", None)]),
    ("r8-ba-lo",      "để lại hiện trường áo khoác, ba lô chứa dụng cụ bẻ khóa", []),
    ("r8-hang-chuc",  "ngang với những ngôi trường hàng chục năm tuổi.", []),
    # article numbers: "khoản 2 Điều 6" is a label's, "8 tầng 33 phòng" a count's (bench)
    ("r8-dieu",       "theo quy định tại điểm đ, khoản 1 Điều 192 Bộ luật Tố tụng dân sự năm 2015.", []),
    ("r8-tang-phong", "Khách sạn 200m2 với 8 tầng 33 phòng tại phố Hàng Dầu rao bán 210 tỷ đồng",
     [(200, "m2", None), (8, "tầng", None), (33, "phòng", None), (210e9, "đồng", None)]),
    # documents written capitalised are counted (gold 19 items)
    ("r8-documents",  "Theo quy định của luật, có 3 Nghị định của Chính phủ; 5 Quyết định của Thủ tướng Chính phủ",
     [(3, "Nghị định", None), (5, "Quyết định", None)]),
    # two numbers joined by "và"/"hay" share the unit written after the second, with its magnitude; not an id (bench)
    ("r8-shared",     "Barcelona và Sevilla bám đuổi phía sau với 71 và 70 điểm.", [(71, "điểm", None), (70, "điểm", None)]),
    ("r8-shared-mag", "Con số này tương ứng trong các năm 2018, 2020 sẽ là 45 và 49 triệu khách.",
     [(45e6, "khách", None), (49e6, "khách", None)]),
    ("r8-shared-id",  "qua 3 năm thực hiện các Quyết định 217, 218 và 2 năm thực hiện Luật MTTQ Việt Nam",
     [(3, "năm", None), (2, "năm", None)]),
    # the bench audit at 794b29b: an origin after the noun, a branch label, "trên" after "chiến đấu"; a crate (gold 6 : 0)
    ("r8-bi-can",     "Sáu bị can người Việt có vai trò giúp sức tích cực", [(6, "bị can", None)]),
    ("r8-nhanh",      "Nhánh 1 hướng từ Nguyễn Kiệm về đường Hoàng Minh Giám", []),
    ("r8-mat-tran",   "nhưng rất khó để chiến đấu trên hai mặt trận", [(2, "mặt trận", None)]),
    ("r8-thung",      "Khám xét dưới gầm ghế sau xe có 1 thùng carton, bên trong chứa 42 bánh chất bột",
     [(1, "thùng", None), (42, "bánh", None)]),
    # a quoted name of what is counted may be longer than a plain unit (gold s8-a-008); a delegate keeps its kind only
    # (gold 49 : 1); "trực thuộc" stays with its noun; a place noun before a measure is no address; a period of weeks
    ("r8-quoted-long", "3 “Tổ tự quản dòng tộc về an ninh trật tự” ấp Vĩnh Lộc đã chính thức ra đời.",
     [(3, "Tổ tự quản dòng tộc về an ninh trật tự", None)]),
    ("r8-dai-bieu",   "Trong quá trình thảo luận, đã có 17 đại biểu Quốc hội phát biểu và 08 đại biểu tranh luận.",
     [(17, "đại biểu Quốc hội", None), (8, "đại biểu", None)]),
    # "trực thuộc" (attached to) describes the units counted and ends the unit (round 13: gold 16 : 3, GUIDELINES.md)
    ("r8-truc-thuoc", "Tổng biên chế sự nghiệp được giao là 319 biên chế với 5 cơ sở trực thuộc.",
     [(319, "biên chế", None), (5, "cơ sở", None)]),
    ("r8-xa-ha",      "tại 6 xã trong huyện Nam Trà My di thực được 6 ha (mỗi xã 1 ha) và phát triển trồng rừng đạt 60 ha",
     [(6, "xã", None), (6, "ha", None), (1, "ha", None), (60, "ha", None)]),
    ("r8-thon-name",  "vùng cách ly bao gồm toàn bộ thôn 5 Đồng Yên, xã Chân Lý, huyện Lý Nhân", []),
    ("r8-weeks",      "Suốt 3 tuần đầu năm 2026, giá cà phê robusta trên sàn London (Anh) ì ạch", []),
    # an age in months keeps "tuổi" (gold "30 ngày tuổi"); "tốp N" is "top N" (bench)
    ("r8-months-age", "Từ khi 6 tháng tuổi, Tâm An đã khiến nhiều người ngạc nhiên", [(6, "tháng tuổi", None)]),
    ("r8-top-vi",     "một hợp tác xã có doanh thu trên 1,5 tỷ USD, thuộc tốp 200 nhà bán lẻ hàng đầu",
     [(1.5e9, "USD", "trên")]),
    # round 18 (blind s28/s29 units): fireworks are what a counter holds, like a drug or a crate's goods (gold 13 : 4);
    # a crime with them is a case's kind (s6-d-016); a verb or a grade after the counted thing ends its unit
    ("r18-coi-phao",  "Tổng tang vật thu giữ: 137 cối pháo hoa nổ có khối lượng 220kg.",
     [(137, "cối", None), (220, "kg", None)]),
    ("r18-qua-phao",  "Lực lượng Công an thu giữ trong nhà ở của đối tượng gồm 30 quả pháo nổ (pháo đại), 60 quả pháo nhỏ, "
                      "1 dây pháo gồm 60 quả pháo nhỏ",
     [(30, "quả", None), (60, "quả", None), (1, "dây", None), (60, "quả", None)]),
    ("r18-vu-phao",   "Trong đó đã lập hồ sơ 07 vụ vận chuyển pháo nổ qua biên giới, khởi tố 06 đối tượng",
     [(7, "vụ vận chuyển pháo nổ", None), (6, "đối tượng", None)]),
    ("r18-gian-hang", "Gần đó là 20 gian hàng trưng bày các sản phẩm đặc sản vùng miền",
     [(20, "gian hàng", None)]),
    ("r18-ocop",      "Đến nay, toàn tỉnh có 13 sản phẩm OCOP 4 sao, 131 sản phẩm OCOP 3 sao của 91 chủ thể",
     [(13, "sản phẩm", None), (131, "sản phẩm", None), (91, "chủ thể", None)]),
    ("r18-hien-dat",  "ông A Jrunh mà đã vận động được 6 hộ hiến đất.", [(6, "hộ", None)]),
    # "rưỡi" adds half of the magnitude or the measure before it (gold s24-b-029, s4-r-008; bench baomoi-22540599)
    ("r18-ti-ruoi",   "tổng số tiền hơn 1,5 tỷ đồng. Một tỉ rưỡi, quả là số tiền cực lớn so với việc xử phạt hành chính",
     [(1.5e9, "đồng", "hơn"), (1.5e9, "đồng", None)]),
    ("r18-nam-ruoi",  "Sau hơn 1 năm rưỡi thành lập, Phòng An ninh mạng", [(1.5, "năm", "hơn")]),
    ("r18-nam-ruoi-2", "Theo ông Lý, khoảng 2 năm rưỡi nữa thì ông H", [(2.5, "năm", "khoảng")]),
    # half past an hour as a time of day is no number; a duration stays x.5 (bench baomoi-22302475, dantri-world-201)
    ("r18-gio-ruoi-clock", "Em Ngân gọi điện xin tôi đi ăn với bạn ở chỗ làm đũa trước đây nên tôi dặn đi trước "
                           "8 giờ rưỡi về, nó còn nói em đi có chút xíu rồi về", []),
    ("r18-gio-ruoi-hours", "Nhưng nếu vừa dùng vừa nghỉ, chúng tôi có thể \"chạy\" nó trong khoảng 5 giờ rưỡi\", "
                           "Srivastava nói.",
     [(5.5, "giờ", "khoảng")]),
    ("r18-tieng-ruoi",    "thông thường từ 3 đến 3 tiếng rưỡi (đối với loại tủ sấy thông hơi), so với chỉ 1 - 1 tiếng rưỡi "
                          "của tủ sấy cơ bản.",
     [(3, "tiếng", None), (3.5, "tiếng", None), (1, "tiếng", "chỉ"), (1.5, "tiếng", "chỉ")]),
    # a race named by its distance is an event's name (round 7, round 19): after a marathon, on a route, in metres
    ("r18-marathon",  "Lần đầu tiên Giải Việt dã truyền thống Báo Bà Rịa - Vũng Tàu tổ chức nội dung bán Marathon 21km và 10km; "
                      "thu hút gần 1.000 vận động viên của 40 tỉnh, thành trong cả nước tham dự.",
     [(1000, "vận động viên", "gần"), (40, "tỉnh, thành", None)]),
    ("r18-nam-nu",    "đăng ký tham dự các nội dung truyền thống 5km nam, 3km nữ và khoảng 1.000 người tham gia chạy đồng hành.",
     [(1000, "người", "khoảng")]),
    ("r18-duong-chay", "Đến thời điểm này, đã có 475 VĐV đăng ký ở đường chạy 21 km và 10 km, cùng 800 VĐV đăng ký thi đấu",
     [(475, "VĐV", None), (800, "VĐV", None)]),
    ("r18-cu-ly-chay", "VĐV Phạm Thị Hồng Lệ giành HCV SEA Games 31 cự ly chạy 10.000m.", []),
    # a number after "đợt" is the batch's label, like "lần 2" (gold s29-e-006, -008, -009, s28-e-030, reg-023)
    ("r18-dot",       "Các sản phẩm được công nhận trong đợt 1 năm 2024 gồm: Nhang sạch An An (xã Tùng Lộc)", []),
    # interest per amount lent is one rate as written; its base is no fact (gold s25-b-022, s25-b-024)
    ("r18-lai-suat",  "Lúc đầu, tôi chỉ vay 20 triệu đồng, lãi suất 40 ngàn đồng/1 triệu đồng/ngày.",
     [(2e7, "đồng", "chỉ"), (40000, "đồng/1 triệu đồng/ngày", None)]),
    # a sanction decision is a kind of decision (gold s29-d-002, -003, s26-d-003)
    ("r18-qd-xu-phat", "phát hiện 1.227 cá nhân, 253 tổ chức có vi phạm; ban hành 776 quyết định xử phạt vi phạm hành chính, tổng "
                       "số tiền vi phạm đã nộp ngân sách Nhà nước trên 8 tỷ đồng.",
     [(1227, "cá nhân", None), (253, "tổ chức", None), (776, "quyết định xử phạt", None), (8e9, "đồng", "trên")]),
    # "bầu" (elect) ends a unit as a verb; "đơn vị bầu cử" stays whole (gold s29-c-026)
    ("r18-bau",       "Đoàn trực thuộc có một đơn vị bầu trực tiếp Bí thư tại đại hội; 1/24 đơn vị bầu Phó Bí thư kiêm nhiệm",
     [(1, "đơn vị", None), (1, "đơn vị", None), (24, "đơn vị", None)]),
    # a title that names its body by an acronym counts the position alone (round 7; gold s28-c-020, s7-c-001, s15-c-005)
    ("r18-pct-hdnd",  "Tại Kỳ họp thứ 9 này, HĐND TP đã bỏ phiếu kín bầu 2 Phó Chủ tịch HĐND TP khóa X, nhiệm kỳ 2021-2026",
     [(2, "Phó Chủ tịch", None)]),
    # round 21: a count of former holders drops a lower-case `cựu` (GUIDELINES.md round 20, "Office holders counted";
    # position_words.tsv `former_counted`); veterans are no former holders (unit_compounds.txt)
    ("r21-cuu",       "Ngày 28-12-2012, 7 cựu lãnh đạo này đã thẩm định, phê duyệt cấp tín dụng cho Công ty Thịnh Quốc",
     [(7, "lãnh đạo", None)]),                                                              # s35-d-013
    ("r21-cuu-ksv",   "Trong số 28 bị can, có 10 người từng là lãnh đạo, thẩm phán, công chức tòa án; 3 cựu kiểm sát viên;",
     [(28, "bị can", None), (10, "người", None), (3, "kiểm sát viên", None)]),              # s33-d-027
    ("r21-cuu-ccb",   "tỉnh Quảng Trị, gần 50 cựu chiến binh, đoàn viên thanh niên, học sinh hồ hởi tham gia cắt cỏ",
     [(50, "cựu chiến binh, đoàn viên thanh niên, học sinh", "gần")]),                      # s14-a-025
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in UNIT_CASES], ids=[c[0] for c in UNIT_CASES])
def test_units_by_class(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]



def test_breakdown_forms(extract):
    """A per-place breakdown written `Place: n` in brackets after the count's unit (bench
    dantri-health-205; all-gold FN class `Hà Giang: 166`); a `gồm:` list of names with a number
    in some names is no breakdown (bench dantri-society-101), nor is one address in brackets
    (gold blind-reg-2 sentence)."""
    text = ("Cơ quan chức năng đã xác định được 690 trường hợp F1 (Hà Nam: 521, Hà Nội: 73, Hưng Yên: 34, "
            "HCM: 37, Thanh Hóa: 9, Ninh Bình: 3, Lào Cai: 1, Hòa Bình: 1, Thái Bình: 11) cách ly tập trung.")
    got = [(m.text, m.value.value, m.value.unit, m.rule) for m in run(extract, text)]
    assert got[0][:3] == ("690 trường hợp F1", 690.0, "trường hợp F1")
    assert [(t, v) for t, v, u, r in got[1:] if u == "trường hợp F1" and r == "numbers.breakdown"] == [
        ("Hà Nam: 521", 521.0), ("Hà Nội: 73", 73.0), ("Hưng Yên: 34", 34.0), ("Thanh Hóa: 9", 9.0),
        ("Ninh Bình: 3", 3.0), ("Lào Cai: 1", 1.0), ("Hòa Bình: 1", 1.0), ("Thái Bình: 11", 11.0)]
    names = ("Quận Bắc Từ Liêm có 13 phường, gồm: Cổ Nhuế 1, Cổ Nhuế 2, Đông Ngạc, Đức Thắng, Liên Mạc, "
             "Thụy Phương, Tây Tựu, Xuân Đỉnh, Xuân Tảo, Phú Diễn, Phúc Diễn, Minh Khai, Thượng Cát.")
    assert facts(extract, names) == [(13.0, "phường", None)]
    address = ("thuộc Công ty Cổ phần Thương mại Xây dựng số 5, cho một doanh nghiệp thuê sử dụng "
               "(đường Lê Thánh Tông, phường Đông Hải 1, Hải An, Hải Phòng).")
    assert facts(extract, address) == []


# A range with its unit on both ends is one row (OUTPUTS.md, value_high); bench sentences. The span runs from the
# hedge or number to the unit: "từ" opening the range is no hedge (GUIDELINES.md numbers, round 7).
RANGES_BOTH_UNITS = [
    ("Phạm tội không thuộc các trường hợp quy định tại khoản 1 Điều này, thì bị phạt tù từ bảy năm đến "
     "mười lăm năm.", "bảy năm đến mười lăm năm", 7.0, 15.0, "năm"),
    ("Trẻ từ 3 tuổi đến 8 tuổi: dùng 2-3 gói/ngày.", "3 tuổi đến 8 tuổi", 3.0, 8.0, "tuổi"),
    ("Hiện mỗi kg mực bán ra với giá từ 700.000 đồng đến 1 triệu đồng nhưng vẫn cháy hàng.",
     "700.000 đồng đến 1 triệu đồng", 700000.0, 1000000.0, "đồng"),
    # without "từ" when both ends have the same unit (bench audit at 40fc3eb: "3% đến 6%" was two rows)
    ("Kết quả là tất cả những người bên ngoài châu Phi mang khoảng 2% đến 3% DNA Neanderthal.",
     "khoảng 2% đến 3%", 2.0, 3.0, "%"),
    ("nơi phát hiện vệt dầu loang và vật thể chưa xác định ở độ sâu khoảng 50m đến 100m.",
     "khoảng 50m đến 100m", 50.0, 100.0, "m"),
]


@pytest.mark.parametrize("text, span, low, high, unit", RANGES_BOTH_UNITS)
def test_range_with_unit_on_both_ends_is_one_row(extract, text, span, low, high, unit):
    rows = [(m.text, m.value.value, m.value.value_high, m.value.unit) for m in run(extract, text)]
    assert (span, low, high, unit) in rows
    assert not any(t != span and t in span for t, *_ in rows)  # neither end left as a row of its own


# Round 11 (issue 13, the first looks at blind-s9/s10): each class checked on bench sentences (GUIDELINES.md numbers).
ROUND_11 = [
    # "một" is a count after a hedge right before it, as a length of time, for casualties, or joined to a count by "và"
    ('Tôi mới tập chạy bộ phong trào chưa đầy một năm và thấy mình có đam mê với môn thể thao này.',
     [(1, "năm", "chưa đầy")]),                                                       # bench dantri-sport-254
    ("Gã thợ xây mất một tuần để chinh phục người phụ nữ đã có chồng và 2 con.",
     [(1, "tuần", None), (2, "con", None)]),                                          # bench baomoi-22424880
    ("Năm 2014 nút giao thị trấn Nghèn xảy ra 5 vụ TNGT, làm một người chết, bốn người bị thương.",
     [(5, "vụ TNGT", None), (1, "người", None), (4, "người", None)]),                  # bench baomoi-21471380
    ("Chỉ trong một ngày, hàng loạt fanpage lớn đều chia sẻ thông tin.", [(1, "ngày", "chỉ")]),  # bench baomoi-22721988
    # ... and "a/an" otherwise: "chỉ" before a verb, a day described after "trong"
    ("Ban đầu, Cristina nghĩ rằng đó chỉ là một con mèo hoặc một con chồn, nhưng khi quan sát kỹ, cô lại thấy sinh vật "
     "này di chuyển bằng hai chân.", []),                                             # bench dantri-tech-252
    ("nạn nhân bị một kẻ say rượu bạo hành khi chỉ mới 8 tuổi trên đường đi bộ đến trường một mình trong một ngày trời "
     "mưa.", [(8, "tuổi", "chỉ")]),                                                   # bench dantri-entertainment-121
    # "chỉ" (only) before a verb hedges the number; not in a word that holds it ("chăm chỉ", "tín chỉ")
    ("tuy nhiên, lãi lại giảm mạnh tới 96% và chỉ đạt 233 triệu đồng trong quý 3.",
     [(96, "%", None), (233000000, "đồng", "chỉ")]),                                  # bench dantri-business-017
    ("Lê Dương Bảo Lâm cho biết, anh đã chăm chỉ tập trước 3 tiếng từ rạng sáng.", [(3, "tiếng", None)]),
    # the first months of a year written with the year are a date's period; one month of it is not
    ("doanh thu dịch vụ lưu trú, ăn uống 9 tháng năm nay ước tính đạt 369.000 tỷ đồng, giảm 15% so với cùng kỳ.",
     [(369000000000000, "đồng", None), (15, "%", None)]),                             # bench dantri-travel-007
    ("Taylor Swift hẹn hò với diễn viên Cory Monteith trong 1 tháng của năm 2010.", [(1, "tháng", None)]),
    # "linh", "lẻ" open a noun after digits; "các tỉnh thành phố" is the coordinated unit whole
    ("CSGT huyện Yên Thành đã tóm gọn xế hộp chở gần 2.000 linh kiện điện thoại không rõ nguồn gốc.",
     [(2000, "linh kiện điện thoại", "gần")]),                                        # bench baomoi-22643881
    ("một nam và một nữ cầm hai linh vật và chuẩn bị thực hiện nghi thức.", [(2, "linh vật", None)]),
    ("Toàn bộ Công an 63 tỉnh thành phố trên cả nước đã trình kế hoạch.", [(63, "tỉnh thành phố", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_11, ids=[f"r11-{i}" for i in range(len(ROUND_11))])
def test_round_11_classes(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


def test_breakdown_last_part_after_va_and_decimal_parts(extract):
    """A breakdown's last part after "và" (bench dantri-society-262) and decimal parts (gold blind-s9-e-006's
    sentence): each part is its number, not the integer before its comma."""
    got = [(m.text, m.value.value, m.value.unit) for m in run(extract, (
        "Trước đó, đã có 11 người (Hà Nam 7, TPHCM 1, Hưng Yên 2 và Hà Nội 1) đã lây nhiễm Covid-19 từ ca bệnh này."))]
    assert ("Hưng Yên 2", 2.0, "người") in got and ("Hà Nội 1", 1.0, "người") in got
    got = [(m.text, m.value.value) for m in run(extract, (
        "8.876,34 ha lúa, hoa màu bị ngập úng, thiệt hại (Điện Biên 125,17; Cao Bằng 0,25; Yên Bái 0,52; Lào Cai "
        "9,43; Đắk Nông 359,7; Đắk Lắk 7.404; Gia Lai 181,77; Lâm Đồng 47; Đồng Nai 420,5; Trà Vinh 328)."))]
    assert got == [("8.876,34 ha", 8876.34), ("Điện Biên 125,17", 125.17), ("Cao Bằng 0,25", 0.25),
                   ("Yên Bái 0,52", 0.52), ("Lào Cai 9,43", 9.43), ("Đắk Nông 359,7", 359.7), ("Đắk Lắk 7.404", 7404.0),
                   ("Gia Lai 181,77", 181.77), ("Lâm Đồng 47", 47.0), ("Đồng Nai 420,5", 420.5), ("Trà Vinh 328", 328.0)]


def test_chi_inside_a_word_is_no_hedge(extract):
    """"tín chỉ" (credits) before a verb and a number holds "chỉ" but says no "only" (bench dantri-education-179)."""
    got = facts(extract, "người học sẽ được đào tạo 13 học phần bắt buộc tương đương 31 tín chỉ và chọn 2 học phần "
                         "trong 7 học phần tự chọn tương đương 4 tín chỉ.")
    assert [(v, q) for v, _, q in got] == [(13.0, None), (31.0, None), (2.0, None), (7.0, None), (4.0, None)]


# Round 11, second part: "vụ" keeps its kind, a prize its grade, "nửa" is an amount with a magnitude or a hedge
# (GUIDELINES.md numbers; bench sentences).
ROUND_11_UNITS = [
    ("Trong năm 2016, Q.9 xảy ra 226 vụ phạm pháp hình sự, giảm 12 vụ so với năm trước.",
     [(226, "vụ phạm pháp hình sự", None), (12, "vụ", None)]),                       # bench baomoi-21481328
    ("Ban tổ chức đã trao 1 giải Nhất, 2 giải Nhì, 3 giải Ba và 9 giải Khuyến khích cho các tác giả.",
     [(1, "giải Nhất", None), (2, "giải Nhì", None), (3, "giải Ba", None), (9, "giải Khuyến khích", None)]),  # baomoi-22488667
    ("Lệnh cấm nhập khẩu tôm chưa nấu chín sẽ gây tổn thất khoảng nửa tỉ USD trong vòng 6 tháng tới.",
     [(500000000, "USD", "khoảng"), (6, "tháng", None)]),                             # bench baomoi-21473241
    ("Gần nửa thế kỷ đã trôi qua, những năm gần đây thành phố phát triển mạnh.", [(0.5, "thế kỷ", "gần")]),
    ("Duyên bị nhét vào vali, rời khách sạn khi gần nửa đêm.", []),                  # bench baomoi-22409363
]


@pytest.mark.parametrize(("text", "expected"), ROUND_11_UNITS, ids=[f"r11u-{i}" for i in range(len(ROUND_11_UNITS))])
def test_round_11_units(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# Round 11: verbs after the counted thing end the unit (unit_stops.txt); "cầu vượt" is one noun (bench sentences).
VERB_STOPS = [
    ("Hơn 100 trinh sát đột kích ổ bạc", [(100, "trinh sát", "hơn")]),                       # bench baomoi-22692966
    ("Khăn tang nhuộm trắng xóm nghèo có 4 học sinh đuối nước", [(4, "học sinh", None)]),    # bench baomoi-22450462
    ("Hạng mục phim xuất sắc của giải Oscar 2021 có 8 phim tranh tài.", [(8, "phim", None)]),  # dantri-entertainment-198
    ("TP.HCM: Khởi công 2 cầu vượt vào sân bay Tân Sơn Nhất", [(2, "cầu vượt", None)]),      # bench baomoi-21491213
]


@pytest.mark.parametrize(("text", "expected"), VERB_STOPS, ids=[f"r11v-{i}" for i in range(len(VERB_STOPS))])
def test_round_11_verbs_end_the_unit(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# "N giờ M phút" after a verb or preposition of duration is hours and minutes, no time of day (gold s9-e-033's class;
# bench sentences); an evening hour after "sau", or a part of the day after it, stays a time.
DURATION_HOURS = [
    ("Trận đấu kết thúc sau 3 giờ 11 phút với chiến thắng cuối cùng thuộc về Kiki Bertens.",
     [(3, "giờ", None), (11, "phút", None)]),                                           # bench dantri-sport-010
    ("Cụm chương trình “Đứng bóng mặt trời” kéo dài 1 giờ 30 phút với những thông tin đời sống.",
     [(1, "giờ", None), (30, "phút", None)]),                                           # bench baomoi-22751862
    ("Thời gian quan sát lý tưởng nhất là sau 12 giờ đêm.", []),                        # bench dantri-science-129
    ("Khoảng 8 giờ 30 phút sáng nay, xe tải lao vào nhà dân.", []),
]


@pytest.mark.parametrize(("text", "expected"), DURATION_HOURS, ids=[f"r11h-{i}" for i in range(len(DURATION_HOURS))])
def test_hours_and_minutes_of_a_duration(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# Round 13 (issue 13, blind s11-s13 error classes, each checked on the bench): a race named by its distance with the
# runners' sex, or listed after a stroke, is an event's name (GUIDELINES.md: races are no measures, gold 22 : 0 in s11-e,
# s12-e, s13-e); a distance that is walked or shot stays a measure.
ROUND_13 = [
    ("Ở nội dung 70km nam, VĐV Valentin Orange (Pháp) đã về nhất", []),                  # bench
    ("về nhất cự ly 21km nữ và nam.", []),                                                # bench
    ("Ở cự ly 42km nam, VĐV Hà Văn Nhật về nhất với thời gian 4 giờ", [(4, "giờ", None)]),  # bench
    ("Sở trường của VĐV người Quảng Bình là bơi tự do 400m, 800m và 1.500m. Ngoài ra", []),  # s13-e-012's class
    ("vô địch 3 nội dung 1500m nữ, 5000m nữ và 3000m chướng ngại vật.", [(3, "nội dung", None)]),  # s12-e-013's class
    ("nhưng cú dứt điểm ở cự ly 10m đã đi vọt xà ngang trong nuối tiếc.", [(10, "m", None)]),
    # "khu vực" counted right after a number, and ending a unit after another noun (gold 9 : 0; bench)
    ("Mức thu học phí mới được phân theo 4 khu vực thay vì 3 khu vực như quy định cũ.",
     [(4, "khu vực", None), (3, "khu vực", None)]),                                   # bench
    ("việc điều chỉnh địa giới toàn bộ diện tích đất tự nhiên tại 8 tổ dân phố khu vực Bắc Nghĩa Tân",
     [(8, "tổ dân phố", None)]),                                                      # bench
    ("năm học 2016 khu vực phía Bắc được tổ chức tại tỉnh Phú Thọ", []),              # bench: a school year
    # a box, a bottle, a can counts the containers (gold "hộp" 9 : 1), a box of ammunition keeps its kind
    ("Anh Tạ Quốc Khánh (28 tuổi, trú Đắk Lắk) có 250 hộp ong đặt ở xã Kỳ Văn", [(28, "tuổi", None), (250, "hộp", None)]),
    ("633 hộp đạn có cỡ nòng khác nhau và 16 điện thoại di động.",
     [(633, "hộp đạn", None), (16, "điện thoại di động", None)]),                     # bench
    ("Thảo đã lấy 2 chai thuốc trừ sâu để uống", [(2, "chai", None)]),                 # bench
    # a verb right after a number makes it a name's number; verbs, adjectives and places end a unit (bench)
    ("Chi cục Hải quan cửa khẩu cảng Sài Gòn khu vực 1 phối hợp với Đội Kiểm soát Hải quan", []),
    ("Con không biết nữa. Con đã quen với việc không có ba bên cạnh từ nhỏ tới giờ rồi", []),
    # (round 20: `tự chế` is no longer a stop but a compound, home-made weapons keep it, gold 19 : 7)
    ("Cơ quan công an cũng thu giữ tại hiện trường hơn 10 khẩu tự chế.", [(10, "khẩu tự chế", "hơn")]),
    ("Nghị quyết đưa ra 250 giải pháp cụ thể, nêu rõ trách nhiệm", [(250, "giải pháp", None)]),
    ("Bóng đá châu Âu vừa trải qua một tuần đầy sóng gió. 12 CLB hàng đầu Lục địa già đã tuyên bố",
     [(12, "CLB", None)]),
    ("Thủ tướng yêu cầu 12 cơ quan phối hợp chặt chẽ, kịp thời xác minh", [(12, "cơ quan", None)]),
    ("TP.HCM đã lập thủ tục đấu giá, thu hồi 108 khu đất, với tổng diện tích hơn 213 hecta",
     [(108, "khu đất", None), (213, "hecta", "hơn")]),                                # "thu hồi" governs a count
    ("vụ nổ xảy ra tại số nhà 74 đường Mai Xuân Thưởng.", []),                         # bench: an address
    # a page's own view counter is page furniture (GUIDELINES.md round 13; gold s11-c-030, s10-c-022, n-033, fin-gen-019),
    # a story's count of views is a fact (gold s13-e-010)
    ("10 nghị quyết thành lập các đơn vị hành chính\n\nThứ 5, 23/02/2023 | 08:23:09\n1,981 lượt xem\nChủ tịch Quốc hội",
     [(10, "nghị quyết", None)]),
    ("Thứ Tư, 15 Tháng Mười Một, 2023 875 lượt xem Chia sẻ bài viết:\n\nSáng ngày", []),
    ("09:48 - Thứ Hai, 04/09/2023 Lượt xem: 7319 In bài viết", []),
    ("  • Cập nhật: 19/11/2020\n  • Lượt xem: 5547 lượt xem\n", []),
    ("Hiện tại, MV ca khúc này đã thu hút gần 6 triệu lượt xem cùng gần 100.000 lượt yêu thích",
     [(6000000, "lượt xem", "gần"), (100000, "lượt yêu thích", "gần")]),
    # an amount in several magnitudes is one number (gold s13-c-025 "1 tỷ 560 triệu USD"; bench sentences)
    ("để chiếm đoạt số tiền 1 tỉ 195 triệu đồng. Ngày 12/12/2016", [(1195000000, "đồng", None)]),
    ("nếu 2 bản án mà bồi thường 10 tỷ 1 triệu 335 nghìn đồng là chưa thỏa đáng",
     [(2, "bản án", None), (10001335000, "đồng", None)]),
    ("thị xã Cửa Lò đã đặt ra mục tiêu đón và phục vụ 3 triệu 150 ngàn lượt khách, tăng 42,5% so với năm 2020",
     [(3150000, "lượt khách", None), (42.5, "%", None)]),
    # the months of a year a report covers are a date's period, no count (gold 14 : 6, GUIDELINES.md round 13; bench)
    ("Lũy kế 6 tháng, Vietnam Airlines ghi nhận 44.059 tỷ doanh thu thuần", [(44059e9, "đồng", None)]),
    ("Tính chung 9 tháng, kim ngạch hàng hóa xuất khẩu đạt 202,86 tỷ USD , tăng 4,2% so với cùng kỳ năm trước",
     [(202.86e9, "USD", None), (4.2, "%", None)]),                                     # blind-fin-nat, verbatim
    ("Tính chung 9 tháng của năm 2020, lãi sau thuế của GAB cũng chưa đến 1 tỷ đồng, giảm 93% so với cùng kỳ",
     [(1e9, "đồng", "chưa đến"), (93, "%", None)]),                                     # bench
    ("GDP 9 tháng ước đạt 7,85%, Việt Nam tăng trưởng sát kịch bản", [(7.85, "%", None)]),
    ("Trong 10 tháng, nhóm này đạt kim ngạch 6,34 tỷ USD, tăng 31,5%", [(6.34e9, "USD", None), (31.5, "%", None)]),
    ("Trong 7 ngày nghỉ Tết, từ ngày 8/2 đến 14/2 (từ 29 tháng Chạp đến mồng 5 Tết), tổng số chuyến bay",
     [(7, "ngày", None)]),
    # "N tháng qua" with no "trong", 5 to 11 months, opening a sentence before a comma or before a report's verb
    # (round 20, periods.yaml year_period)
    ("6 tháng qua, tỉnh Thanh Hóa đón hơn 9,7 triệu lượt du khách, tổng doanh thu từ du lịch đạt gần 20 ngàn tỷ đồng, tăng "
     "30% so với cùng kỳ năm ngoái.",
     [(9.7e6, "lượt du khách", "hơn"), (20e12, "đồng", "gần"), (30, "%", None)]),                     # blind s30-e-014
    # ... a duration stays one: with a hedge (gold k-029), after "diễn ra trong", in a prison term (bench)
    ("Chỉ trong 5 tháng, trên địa bàn tỉnh Cà Mau xảy ra 10 vụ", [(5, "tháng", "chỉ"), (10, "vụ", None)]),
    ("Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6.", [(2, "tháng", None)]),
    ("Riêng Thủ đô Tokyo ghi nhận tới 1.027 ca mắc mới, mức cao nhất trong ba tháng qua.",
     [(1027, "ca mắc mới", None), (3, "tháng", None)]),
    # ... under five months (s25-e-023 "kéo dài 2 tháng qua"), and mid-sentence before a comma, with a duration's word
    # before it or not, and "12 tháng qua" (the last year) everywhere (review 20 items 1 and 6; bench baomoi-22355792,
    # baomoi-22271594)
    ("Mistura kêu gọi Mỹ và Nga cứu thỏa thuận ngừng bắn kéo dài 2 tháng qua tại Syria", [(2, "tháng", None)]),
    ("Bần thần dừng bước trước cửa ngôi nhà trĩu nặng nỗi xót xa, tủi nhục của người mẹ già và vợ con kẻ sát nhân, chúng "
     "tôi cảm nhận được nỗi đau khổ, day dứt mà họ đã phải chịu đứng suốt 8 tháng qua, kể từ ngày xảy ra thảm án.",
     [(8, "tháng", None)]),
    ("So với cuối năm 2016, tức hơn 4 tháng qua, giá đất tại đây đã tăng 70-100% trong khi lấy cột mốc 12 tháng qua, giá "
     "đất tại đây đã tăng 150%, cá biệt nhiều vị trí vọt lên 200%.",
     [(4, "tháng", "hơn"), (70, "%", None), (100, "%", None), (12, "tháng", None), (150, "%", None), (200, "%", None)]),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_13, ids=[f"r13-{i}" for i in range(len(ROUND_13))])
def test_round_13_classes(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Months looked back on ("N tháng qua") are the year's period only up to the publication month; more of them are the
# last N months, a duration and so a number (review 20 item 7; periods.py `report_periods`).
LOOKED_BACK = [
    (None, "(VOV5) - Theo Tổng cục Thống kê, khách quốc tế đến Việt Nam 10 tháng qua ước đạt 5,35 triệu lượt người, tăng "
     "hơn 11% so với cùng kỳ năm trước.", [(5.35e6, "lượt người", None), (11, "%", "hơn")]),   # blind s25-e-004, undated
    (dt.datetime(2025, 8, 31), "Đây là 1 trong 18 vụ phạm tội tham nhũng, chức vụ trong 10 tháng qua trên địa bàn tỉnh.",
     [(18, "vụ phạm tội tham nhũng", None), (10, "tháng", None)]),                             # blind s27-d-014
]
# fmt: on


@pytest.mark.parametrize(("published", "text", "expected"), LOOKED_BACK, ids=["undated", "after-publication"])
def test_months_looked_back(extract, published, text, expected):
    found = [(m.value.value, m.value.unit, m.value.qualifier) for m in extract(NormalisedDoc("t", text, published), {})]
    assert found == [(float(v), u, q) for v, u, q in expected]


# Report periods as the gold and ../shared/bench write them (periods.yaml year_period's comment).
YEAR_PERIOD_TEXTS = [
    "Lũy kế 6 tháng, doanh thu đạt", "tính chung 6 tháng đầu năm", "bình quân 7 tháng tăng", "đánh giá kết quả 9 tháng",
    "GDP 9 tháng ước đạt 6,9%", "CPI 11 tháng tăng 3,2%", "Trong 9 tháng, toàn tỉnh", "trong 9 tháng qua, ngành",
    "Chỉ trong 5 tháng, anh", "ngày 13,14 tháng 12 năm 2018", "25 tháng Chạp", "14 tháng Giêng", "3 năm 2 tháng 5 ngày tù",
    "KẾT QUẢ 6 tháng", "Luỹ kế 10 tháng", "Việt Nam 10 tháng qua ước đạt", "6 tháng qua, tỉnh Thanh Hóa đón",
    "11 tháng qua mới đạt 52,43%", "lấy cột mốc 12 tháng qua, giá đất",
]


def test_year_period_lookahead_finds_what_the_pattern_finds() -> None:
    """The first-character lookahead of `year_period` (for speed) lets every alternative through."""
    import regex

    from vnie.gazetteer.load import load_patterns

    pattern = load_patterns("periods.yaml")["year_period"]
    lead = r"(?=(?i:[ltbck])|[GCF]|\d)(?:"
    assert pattern.startswith(lead) and pattern.endswith(")")
    fast, plain = regex.compile(pattern), regex.compile(pattern[len(lead):-1])
    found = 0
    for text in YEAR_PERIOD_TEXTS:
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == spans, text
        found += bool(spans)
    assert found >= 11


# Round 14 (GUIDELINES.md "Settled in round 14", numbers): real sentences of the blind gold; each pair is a gold fact of
# the sentence (value, unit as written, qualifier), and `absent` lists a value the sentence must not count.
ROUND_14 = [
    # a camera keeps its kind, as a case does (unit_heads.tsv camera)
    ("Thanh Hóa đầu tư gần 98 tỷ đồng cho hơn 136.000 camera an ninh", (136000, "camera an ninh", "hơn"), None),
    # a stop word inside a compound unit does not cut it (unit_compounds.txt)
    ("Dưới sân trường, khoảng 700 ghế ngồi được chuẩn bị cho học sinh 17 lớp.", (700, "ghế ngồi", "khoảng"), None),
    ("MTTQ duy trì 59 điểm sáng pháp luật và 190 điểm sáng chấp hành pháp luật cấp xã với 615 tổ, nhóm nòng cốt.",
     (59, "điểm sáng pháp luật", None), None),
    ("Cụ thể, trong 11 nhóm hàng hóa và dịch vụ tính CPI tháng 8-2018 có tới 10/11 nhóm hàng hóa và dịch vụ có chỉ số "
     "giá tăng so với tháng trước.", (11, "nhóm hàng hóa và dịch vụ", None), None),
    # a kind of person ("người" complements) against a state ("người bị thương" stays "người")
    ("Hiện nay, toàn vùng Tây Nguyên có gần 5.000 người có uy tín là già làng, trưởng thôn, bí thư chi bộ, chức sắc tôn "
     "giáo trong cộng đồng dân tộc thiểu số.", (5000, "người có uy tín", "gần"), None),
    ("xây dựng mô hình Tổ “3 trên 1” (3 hội viên CCB nhận giúp đỡ, cảm hóa 1 người lầm lỗi).",
     (1, "người lầm lỗi", None), None),
    # a describing word after the counted noun is no kind ("anh em", "mệnh giá", "sẵn có")
    ("Tây Nguyên gồm năm tỉnh: Đắk Lắk, Gia Lai, Kon Tum, Đắk Nông và Lâm Đồng với 5 triệu người, 47 dân tộc anh em "
     "cùng cư trú.", (47, "dân tộc", None), None),
    ("Tài sản được trả bao gồm 70 tờ tiền mệnh giá 500.000 VNĐ (35 triệu VNĐ).", (70, "tờ tiền", None), None),
    ("Lực lượng bảo vệ an ninh trật tự ở cơ sở được kiện toàn, tổ chức lại đầy đủ, thống nhất từ 3 lực lượng sẵn có bao "
     "gồm: Công an xã bán chuyên trách, bảo vệ dân phố và dân phòng.", (3, "lực lượng", None), None),
    # a common noun capitalised by house style goes on a lower-case unit (unit_capitalised_nouns.txt)
    ("Chiều cùng ngày, các đại biểu bầu Hội thẩm Tòa án nhân dân tỉnh; xem xét thông qua 2 dự thảo Nghị quyết của HĐND "
     "về quyết định số lượng ủy viên các Ban của HĐND tỉnh.", (2, "dự thảo Nghị quyết", None), None),
    ("tín nhiệm, bầu chúng tôi vào cơ quan lãnh đạo cao nhất của Đảng giữa hai kỳ Đại hội; giao cho chúng tôi trọng "
     "trách hết sức lớn lao", (2, "kỳ Đại hội", None), None),
    ("khi Tổng thống Trump đang dẫn trước cách biệt tại bang Alaska (3 phiếu đại cử tri), kết quả ở các bang chiến địa "
     "vẫn chưa ngã ngũ.", (3, "phiếu đại cử tri", None), None),
    # "đã điều" dispatches (no law's article); a steering committee's number; "thay" (replacing) is no unit
    ("Đội Cảnh sát PCCC và CNCH Công an Q.Hoàn Kiếm (Hà Nội) đã điều 2 xe chữa cháy cùng nhiều chiến sĩ đi làm nhiệm vụ.",
     (2, "xe chữa cháy", None), None),
    ("Tham dự Lễ ra quân có ông Trần Văn Tuấn, Phó Chủ tịch UBND tỉnh, Trưởng BCĐ 138 tỉnh cùng đại diện lãnh đạo các "
     "sở, ban, ngành.", None, 138),
    ("ông Nguyễn Tiến Hải đã trúng cử chức danh Chủ tịch Ủy ban Nhân dân tỉnh Cà Mau, nhiệm kỳ 2011-2016 với số phiếu "
     "bầu chấp thuận là 48/49, thay ông Phạm Thành Tươi đến tuổi nghỉ hưu.", None, 49),
]


@pytest.mark.parametrize(("text", "fact", "absent"), ROUND_14, ids=[f"r14-{i}" for i in range(len(ROUND_14))])
def test_round_14_units(extract, text, fact, absent):
    got = facts(extract, text)
    if fact is not None:
        value, unit, qualifier = fact
        assert (float(value), unit, qualifier) in got
    if absent is not None:
        assert all(v != absent for v, _, _ in got)


def test_law_article_still_blocks(extract):
    """`đã điều` allows a count only where the verb is written; a law's article stays no number."""
    assert facts(extract, "Ngày 21/5, Công an tỉnh Quảng Ninh đã tiến hành khởi tố vụ án, khởi tố bị can, bắt 8 đối tượng về "
                          "tội danh “vi phạm các quy định về khai thác tài nguyên” theo điều 172 Bộ luật hình sự.") == [
        (8.0, "đối tượng", None)]  # ../shared/bench


# Round 14, second part: verbs and describing words that end a unit, little children, ages written after "tuổi".
ROUND_14_MORE = [
    ("Hải đội 2, BĐBP Quảng Bình đã khẩn trương triển khai lực lượng, điều động kíp xuồng công suất lớn SMS cùng 8 cán "
     "bộ, chiến sĩ xuất phát làm nhiệm vụ cứu nạn.", (8, "cán bộ, chiến sĩ", None)),      # gold blind-s14-e-022
    ("Quý 1/2023, mỗi tháng có hơn 20.000 doanh nghiệp rút khỏi thị trường", (20000, "doanh nghiệp", "hơn")),  # s14-d-029
    ("Khoảng 100 doanh nghiệp tháp tùng Thủ tướng và các doanh nghiệp đều hy vọng có những hợp đồng ký kết cụ thể trong "
     "chuyến đi.", (100, "doanh nghiệp", "khoảng")),                                  # gold blind-s14-d-018
    ("(thuộc phường Hòa Hải) có 2 khách nước ngoài tắm biển bị sóng cuốn trôi.", (2, "khách nước ngoài", None)),  # s15-e-026
    ("Ngoài ra, chỉ trong tháng 1 còn có tới 8 nhóm hàng xuất khẩu sang thị trường Hoa Kỳ đạt kim ngạch từ 100 triệu USD "
     "trở lên.", (8, "nhóm hàng", None)),                                             # gold blind-s15-d-030
    ("Sau đó, tổ tuần tra của Đồn Biên phòng Triệu Vân kịp thời hỗ trợ cho 2 ngư dân bơi vào bờ an toàn.",
     (2, "ngư dân", None)),                                                           # gold blind-s14-e-021
    ("Vào ngày 25/5, cũng tại tỉnh Nghệ An, 3 cháu nhỏ trú tại bản Lở, xã Xá Lượng, huyện Tương Dương ra sông tắm.",
     (3, "cháu nhỏ", None)),                                                          # gold blind-s14-e-013
    ("dắt cháu Tiến chạy ngược về mũi sà lan tìm đường thoát nhưng không may bị ngã nên hai cháu nhỏ tuột khỏi tay.",
     (2, "cháu nhỏ", None)),                                                          # gold blind-s5-y-026
    ("Vai Ngân – người phụ nữ thành đạt tuổi 35, làm mẹ, đối mặt với cuộc hôn nhân lạnh lẽo và nhiều dằn vặt nội tâm",
     (35, "tuổi", None)),                                                             # gold blind-s14-e-028
    ("Olympic Khoa học trẻ quốc tế (IJSO) là kỳ thi quốc tế uy tín dành cho học sinh lứa tuổi 15 được tổ chức luân "
     "phiên.", (15, "tuổi", None)),                                                   # gold blind-s15-e-002
    ("Các đối tượng bị bắt giữ có độ tuổi từ 18 đến 41, đa số ở các tỉnh Lạng Sơn.", (41, "tuổi", None)),  # s7-b-017
    # a platform names the kind of page or group (unit_capitalised_nouns.txt); "kết nối" (a verb) ends the unit
    ("Trang Zalo CƠ QUAN CẢNH SÁT ĐIỀU TRA và 11 trang Zalo Công an phường trên địa bàn quận Tân Phú giúp người dân tố "
     "giác", (11, "trang Zalo", None)),                                              # gold blind-s14-a-002
    ("các đơn vị Công an cấp xã ở Thanh Hoá đã thiết lập và duy trì hoạt động có hiệu quả 4.500 nhóm Zalo kết nối trực "
     "tiếp với hơn 1 triệu lượt người dân.", (4500, "nhóm Zalo", None)),               # gold blind-s8-a-021
]


@pytest.mark.parametrize(("text", "fact"), ROUND_14_MORE, ids=[f"r14b-{i}" for i in range(len(ROUND_14_MORE))])
def test_round_14_more(extract, text, fact):
    value, unit, qualifier = fact
    assert (float(value), unit, qualifier) in facts(extract, text)


# A round-14 stop inside a kind of room, pool, match or boat does not cut it (unit_compounds.txt; bench sentences).
STOP_IN_COMPOUND = [
    ("Ngôi nhà có 11 phòng ngủ, 7 phòng tắm, sân chơi bowling, phòng tập thể dục, rạp chiếu phim, sân bóng rổ trong "
     "nhà, quầy bar....", [(11, "phòng ngủ"), (7, "phòng tắm")]),
    ("Giờ HA Gia Lai đã thắng đến 8/10 trận từ đầu mùa, chỉ thua 1 trận, trong đó có 6 trận thắng liên tiếp gần đây, "
     "dẫn đầu bảng xếp hạng", [(6, "trận thắng")]),
    ("Hải Dương, hiện tại đã có 38 bể bơi được đầu tư trong trường học và tổ chức dạy bơi có hiệu quả",
     [(38, "bể bơi")]),
    ("Theo đó, cả nước sẽ đóng mới 2.079 tàu đánh bắt xa bờ, 205 tàu dịch vụ hậu cần.", [(2079, "tàu đánh bắt")]),
]


@pytest.mark.parametrize(("text", "pairs"), STOP_IN_COMPOUND, ids=[f"stop-in-{i}" for i in range(len(STOP_IN_COMPOUND))])
def test_stop_inside_a_compound_unit(extract, text, pairs):
    got = [(v, u) for v, u, _ in facts(extract, text)]
    for value, unit in pairs:
        assert (float(value), unit) in got


def test_age_noun_before_a_count_of_its_own_is_not_read(extract):
    """`trên 55 tuổi 176 (chiếm 10,14%)` (gold blind-s9-b-002): the 176 counts people of the age before it."""
    assert facts(extract, "từ 36-55 tuổi 1.020 (chiếm 58,79%); trên 55 tuổi 176 (chiếm 10,14%).") == [
        (36.0, "tuổi", None), (55.0, "tuổi", None), (58.79, "%", None), (55.0, "tuổi", "trên"), (10.14, "%", None)]


# Round 19 (blind s18-e, s19-e: road races listed by distance, 30 : 0 in those batches): a distance in km after "cự ly", or
# a marathon with its distance in brackets, names the race, and so do the distances listed with it; a shot's range
# after "cự ly" in metres, and a comparison after "cự ly", stay measures.
ROUND_19_RACES = [
    ("Năm nay, các vận động viên tranh tài ở 4 cự ly: Marathon (42,195 km) - Bán marathon (21,1 km) – 10 km và 5 km.",
     [(4, "cự ly", None)]),                                                             # s19-e-026
    ("Cuộc đua 2026 diễn ra với 3 cự ly 10km, 21km và 42km, trong khi điểm xuất phát và về đích tại Công viên 30-4",
     [(3, "cự ly", None)]),                                                             # s19-e-029
    ("Các cự ly mà các VĐV sẽ tham gia tại giải năm nay gồm marathon (42,195km), bán marathon (21km), 10km và 5km. "
     "Ngoài ra còn có hoạt động chạy cho vui của các bé từ 3 - 10 tuổi, ở các cự ly 1,5km và 500m.",
     [(3, "tuổi", None), (10, "tuổi", None)]),                                          # s18-e-028
    ("Chỉ ít ngày trước, ông Đoàn Ngọc Hải hoàn thành cự ly 42 km tại giải marathon chạy qua các phố cổ Hà Nội",
     []),                                                                               # bench
    ("Hà Thị Hậu gây bất ngờ khi lần đầu đăng ký cự ly siêu marathon 70km ở giải đường mòn Mộc Châu (Sơn La) đã giành "
     "luôn giải nhất", []),                                                             # bench
    ("6h10: Xuất phát cự ly 5km. 6h00: Xuất phát cự ly 10km. Đường chạy tại Ecopark", []),  # bench (times of day)
    ("vị đón đường chuyền của Isco, nhưng cú dứt điểm ở cự ly 10m đã đi vọt xà ngang trong nuối tiếc", [(10, "m", None)]),
    ("điều khiển ô tô chở khách chạy tuyến có cự ly lớn hơn 300 km chở quá từ 5 người trở lên",
     [(300, "km", "lớn hơn"), (5, "người", None)]),                                    # bench
]


@pytest.mark.parametrize(("text", "expected"), ROUND_19_RACES, ids=[f"r19-race-{i}" for i in range(len(ROUND_19_RACES))])
def test_round_19_races(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# Round 19 (blind s18-e-013, -015): an age right after the number overrides a word that would make it a label or a year.
ROUND_19_AGES = [
    ("các bác sĩ Bệnh viện Chợ Rẫy bước vào ca mổ sinh tử cho nữ bệnh nhân 47 tuổi với dự kiến truyền 30 đơn vị máu.",
     [(47, "tuổi", None), (30, "đơn vị máu", None)]),                                  # s18-e-013
    ("Bạch Mai thông tin, đến 23h tối 29/5, 1 bệnh nhân 60 tuổi đã tử vong", [(1, "bệnh nhân", None), (60, "tuổi", None)]),  # bench
    ("Larson sinh ra ở Sacramento, California, Mỹ. Năm sáu tuổi, cô trở thành học sinh", [(6, "tuổi", None)]),  # bench
    ("Tại đây hai mẹ con tiếp xúc gần với bệnh nhân 2899, là hàng xóm.", [(2, "mẹ con", None)]),  # a label still
]


@pytest.mark.parametrize(("text", "expected"), ROUND_19_AGES, ids=[f"r19-age-{i}" for i in range(len(ROUND_19_AGES))])
def test_round_19_ages(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# Round 21 (blind s20, s21). An earthquake's magnitude is a point on a scale, no number, also as a bare "độ" after
# "động đất" or "richter" alone (GUIDELINES round 21: the s21-e reviewer removed 7; no gold file counts one); a
# temperature stays. A report's period before its figure ("9 tháng đạt") is no count (gold 42 : 3), unless hedged.
# Two hedges written together are one ("khoảng hơn", "chừng hơn"; gold 14 : 0).
# fmt: off
ROUND_21 = [
    ("Độ lớn của các trận động đất lần lượt là 3,5 - 3,2 - 3,1 - 2,7 và 2,6 richter.", []),          # s20-e-028
    ("Động đất mạnh 5,6 độ ở tỉnh Tây Java của Indonesia khiến ít nhất 20 người thiệt mạng, nhiều nhà cửa tại thủ "
     "đô Jakarta cũng bị rung chuyển.", [(20, "người", "ít nhất")]),                   # s21-e-016
    ("Trong khi đó, Cơ quan Khảo sát Địa chất Mỹ (USGS) cho biết trận động đất mạnh 5,4 độ.", []),  # s21-e-016
    ("Động đất 5 độ ở Kon Tum gây rung lắc ở nhiều tỉnh thành", []),                    # s20-e-029
    ("Xuất khẩu nông sản 9 tháng đạt 29,54 tỷ USD", [(29.54e9, "USD", None)]),          # s20-d-005
    ("Tính chung thì kim ngạch xuất nhập khẩu 6 tháng đạt gần 200 tỷ USD", [(200e9, "USD", "gần")]),  # bench
    ("áp dụng đối với tiền gửi có kỳ hạn từ 1 tháng đến dưới 6 tháng giảm từ 4,25%/năm xuống 4%/năm",
     [(1, "tháng", None), (6, "tháng", "dưới"), (4.25, "%/năm", None), (4, "%/năm", None)]),  # bench
    ("Hiện còn khoảng hơn 800 thủy điện các loại, trong đó có hơn 600 đang vận hành.",
     [(800, "thủy điện", "khoảng hơn")]),                                              # bench
    ("\"Người hùng\" Hollywood Sylvester Stallone sở hữu khối tài sản ước chừng hơn 400 triệu USD, vì thế vợ con ông "
     "có cuộc sống sang chảnh và thoải mái.", [(400e6, "USD", "chừng hơn")]),          # bench
    # units of the long tail: an age keeps its kind ("tuổi đời", a stop after other nouns); a comma joins two counted
    # nouns ("lãnh đạo, chỉ huy", "ngành, lĩnh vực", "thôn, khu phố"); a verb or describing phrase after the counted
    # things ends the unit ("lắp đặt", "thắp sáng", "phù hợp", "tiếp cận", "đại diện cho")
    ("36 tuổi đời, trong đó có gần 10 năm gắn bó với nghề",
     [(36, "tuổi đời", None), (10, "năm", "gần")]),                                   # s20-a-007
    ("(VTC News) -  Gần 80 tuổi đời, hơn 60 năm gắn bó với hát Then, đàn Tính",
     [(80, "tuổi đời", "gần"), (60, "năm", "hơn")]),                                  # s20-e-020
    ("Ban Thường vụ Đảng ủy Công an tỉnh Hòa Bình đã họp bàn, thống nhất chủ trương và Giám đốc Công an tỉnh đã quyết "
     "định điều động, phân công đối với 996 lãnh đạo, chỉ huy các đơn vị (280 lãnh đạo, chỉ huy, 916 cán bộ, chiến sĩ).",
     [(996, "lãnh đạo, chỉ huy", None), (280, "lãnh đạo, chỉ huy", None), (916, "cán bộ, chiến sĩ", None)]),  # s21-b-027
    ("Các nhà đầu tư nước ngoài đã đầu tư vào 19 ngành, lĩnh vực, trong đó công nghiệp chế biến, chế tạo",
     [(19, "ngành, lĩnh vực", None)]),                                                # corpus
    ("Hiện nay, trong thôn có 40 bóng điện thắp sáng với 400 mét dây.", [(40, "bóng điện", None), (400, "mét", None)]),  # s20-a-017
    ("Mỗi tác giả, nhóm tác giả được gửi tối đa 03 tác phẩm phù hợp với yêu cầu và điều kiện đã nêu.",
     [(3, "tác phẩm", "tối đa")]),                                                    # bench
    ("Đặc biệt, đầu năm 2021, Công viên khai trương khu vui chơi trong nhà Kids Town với 12 trò chơi vận động phù hợp "
     "cho cả các bé từ 0 - 3 tuổi.", [(12, "trò chơi vận động", None), (0, "tuổi", None), (3, "tuổi", None)]),  # bench
    ("Lúc này, 5 xe cứu hỏa tiếp cận đám cháy nhưng do hẻm nhỏ", [(5, "xe cứu hỏa", None)]),  # s21-e-009
    # review 14 items 3, 4, 6 and 10: a temperature after an earthquake stays; a round-21 coordinate joins only after
    # its partner noun; a deposit term or a child's age before "tăng" stays
    ("Sau động đất, nhiệt độ lên 38 độ.", [(38, "độ", None)]),                          # review 14 item 3
    ("Tổng vốn đầu tư 3.000 dự án, lĩnh vực y tế chiếm phần lớn.", [(3000, "dự án", None)]),  # review 14 item 4
    ("Có 12 chiến sĩ, chỉ huy trưởng Lê Văn Bình cho biết.", [(12, "chiến sĩ", None)]),    # review 14 item 4
    ("Lãi suất tiết kiệm kỳ hạn 6 tháng tăng lên 5,5%/năm.", [(6, "tháng", None), (5.5, "%/năm", None)]),  # item 6
    ("Bé gái 9 tháng tăng 2 kg sau khi điều trị.", [(9, "tháng", None), (2, "kg", None)]),  # review 14 item 6
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_21, ids=[f"r21-{i}" for i in range(len(ROUND_21))])
def test_round_21_classes(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Round 23's unit classes (the errors of blind s22/s23, tuned on): a comma joins the members of the mass organisations
# (unit_coordinates.txt: `hội viên`, `đoàn viên`, `thanh niên`, `nông dân`, `đảng viên`) and the press's fixed pairs
# after their partner (unit_coordinate_pairs.tsv: `trưởng thôn, già làng`, `tài liệu, hiện vật`, `nam, nữ` ...); a
# pair's second noun after another word stays out (`1 năm, nữ bệnh nhân`, `18 tuổi, việc học hành`).
ROUND_23 = [
    ("Vùng cao Tây Giang hiện có khoảng 80 trưởng thôn, già làng có uy tín, đa số là cán bộ nghỉ hưu, đảng viên.",
     [(80, "trưởng thôn, già làng", "khoảng")]),                                     # s23-a-007
    ("Trưng bày Long Mã khai văn giới thiệu hơn 100 tài liệu, hiện vật của Bảo tàng Hà Nội cùng các nghệ nhân, hướng "
     "tới mục tiêu bảo tồn và phát huy giá trị di sản văn hóa truyền thống.", [(100, "tài liệu, hiện vật", "hơn")]),  # s19-e-024
    ("Trước đó, vào ngày 6.6, Tổ công tác Công an H.Tiên Yên (Công an tỉnh Quảng Ninh) kiểm tra hành chính quán "
     "karaoke A Cắm (thôn Đồng Và, xã Yên Than, H.Tiên Yên), phát hiện 11 nam, nữ có dấu hiệu sử dụng trái phép chất "
     "ma túy tại phòng hát VIP 2 của quán.", [(11, "nam, nữ", None)]),                # s5-y-036
    ("Toàn tỉnh đã triển khai hơn 42.800 công trình, phần việc thanh niên, thu hút trên 3,6 triệu lượt đoàn viên, "
     "thanh niên tham gia, với tổng nguồn lực huy động hơn 59 tỉ đồng.",
     [(42800, "công trình, phần việc thanh niên", "hơn"), (3.6e6, "lượt đoàn viên, thanh niên", "trên"),
      (59e9, "đồng", "hơn")]),                                                       # s23-c-010
    ("Phong trào tuổi trẻ sáng tạo có bước phát triển rõ nét, với hơn 120.000 ý tưởng, sáng kiến được đề xuất; nhiều "
     "công trình, giải pháp đạt giải cao tại các cuộc thi trong nước và quốc tế.",
     [(120000, "ý tưởng, sáng kiến", "hơn")]),                                       # s23-c-010
    ("Đồng thời, tăng cường 161 đảng viên về sinh hoạt tại 141 Chi bộ thôn, bản; có 353 cán bộ, đảng viên thường "
     "xuyên giúp đỡ được 1.635 hộ/8.323 khẩu ở khu vực biên giới.",
     [(161, "đảng viên", None), (353, "cán bộ, đảng viên", None), (1635, "hộ", None), (8323, "khẩu", None)]),  # s16-a-004
    ("Theo kế hoạch, dự kiến 937/2.071 người (trong đó có 80 cán bộ lãnh đạo, quản lý), chiếm 45,24% cán bộ, viên "
     "chức của Hà Giang được điều chuyển về làm việc tại Tuyên Quang.",
     [(937, "người", None), (2071, "người", None), (80, "cán bộ lãnh đạo, quản lý", None), (45.24, "%", None)]),  # s16-c-025
    ("Trước thời điểm nhập viện khoảng 1 năm, nữ bệnh nhân thấy bụng có dấu hiệu to dần, chị đi khám sức khỏe thì "
     "được bác sĩ xác định có u ở vùngbụng.", [(1, "năm", "khoảng")]),               # bench
    ("Năm 1963, tròn 18 tuổi, việc học hành còn dang dở nhưng thanh niên Nguyễn Sơn Văn (quê ở xã Diễn Hạnh, huyện "
     "Diễn Châu, tỉnh Nghệ An) vẫn xung phong lên đường nhập ngũ.", [(18, "tuổi", None)]),  # bench
    # an area or a volume whose superscript the page flattened keeps its exponent (`m 2`, `m 3`, glued or not) and the
    # exponent is no count; `km vuông`, `m khối` are one unit (audit r14 B: "1.000 km vuông", "1,585 m 3 gỗ xẻ")
    ("Mỗi gia đình được bố trí một phòng ở rộng 40 m 2 , có đầy đủ điện, nước sinh hoạt, nhà tắm, nhà vệ sinh khép kín.",
     [(40, "m 2", None)]),                                                           # bench
    ("Việc anh Hưng sử dụng xe để vận chuyển khối lượng 1,585 m 3 gỗ xẻ là tự ý anh Hưng.", [(1.585, "m 3", None)]),  # bench
    ("với lưu lượng xả thải từ 1.500 m 3 đến 2.000 m 3 /ngày.", [(1500, "m 3", None), (2000, "m 3", None)]),  # bench
    ("Tuy nhiên, còn có một mảnh vườn rộng 360m 2 ngay cạnh nhà , trồng dăm ba loại rau quả: cây giềng, ổi, chuối, "
     "mít,… gọi là có chút hương vị của quê.", [(360, "m 2", None)]),               # bench
    ("Trong khi những vùng cao nguyên này không bị đóng băng ngày nay, từ 42.000 đến 28.000 năm trước chúng sẽ được "
     "bao phủ bởi các sông băng có diện tích 350 km vuông.",
     [(42000, "năm", None), (28000, "năm", None), (350, "km vuông", None)]),        # bench
    # a 2 or 3 after `m` that a counted unit follows counts it, no exponent (review15 item 12, verbatim)
    ("Cầu dài 120 m 2 làn xe được thông.", [(120, "m", None), (2, "làn xe", None)]),
    ("Nhảy xa 7 m 3 lần liên tiếp.", [(7, "m", None), (3, "lần", None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_23, ids=[f"r23-{i}" for i in range(len(ROUND_23))])
def test_round_23_classes(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Round 25 (the errors of blind s24/s25, tuned on; each class checked on the bench): `kỷ luật` (discipline) is a verb
# that governs a count, not a law's name (number_blockers.tsv); a member of the mass organisations joins only after a
# member or `cán bộ` (review 15 item 2, unit_coordinate_pairs.tsv): after another unit the comma opens a new clause.
ROUND_25 = [
    ("Ban Bí thư thi hành kỷ luật 132 đảng viên, 20 tổ chức đảng; tham mưu Ban Bí thư thành lập đoàn.",
     [(132, "đảng viên", None), (20, "tổ chức đảng", None)]),                      # s25-d-001
    ("Trong tháng 7, cấp ủy, ủy ban kiểm tra các cấp đã xử lý kỷ luật 20 đảng viên vi phạm.",
     [(20, "đảng viên", None)]),                                                     # s24-c-025
    ("UBKT tỉnh ủy Đắk Nông vừa quyết định kỷ luật 2 lãnh đạo", [(2, "lãnh đạo", None)]),  # bench
    ("… với hơn 2.200 hộ, nông dân sống chủ yếu nhờ vào nghề nuôi trồng thủy sản", [(2200, "hộ", "hơn")]),  # bench
    ("p với Đoàn Thanh niên, Hội Phụ nữ huyện tổ chức tuyên truyền, giáo dục cho trên 2.000 lượt hội viên, đoàn viên, "
     "thanh niên về công tác phòng chống t", [(2000, "lượt hội viên, đoàn viên, thanh niên", "trên")]),  # gold
    ("kỹ thuật cho hơn 14.000 lượt hội viên, nông dân; phối hợp", [(14000, "lượt hội viên, nông dân", "hơn")]),  # gold
    ("thành phố Đông Hà, tỉnh Quảng Trị, gần 50 cựu chiến binh, đoàn viên thanh niên, học sinh hồ hởi tham gia cắt cỏ,",
     [(50, "cựu chiến binh, đoàn viên thanh niên, học sinh", "gần")]),             # s14-a-025
    # `cựu`/`nguyên` (former) is never the unit: the capitalised title after it is, the position alone (review 16 item 4;
    # GUIDELINES.md: counts of office holders keep the position)
    ("Ban Bí thư quyết định thi hành kỷ luật 2 cựu Bộ trưởng bằng hình thức khai trừ ra khỏi Đảng.",
     [(2, "Bộ trưởng", None)]),                                                     # review 16
    ("Ban Bí thư quyết định thi hành kỷ luật 3 nguyên Phó Chủ tịch UBND tỉnh.", [(3, "Phó Chủ tịch", None)]),  # review 16
    ("… cùng với 2 tiểu bang và 2 cựu Ngoại trưởng Mỹ đứng ra khởi kiện",
     [(2, "tiểu bang", None), (2, "Ngoại trưởng", None)]),                          # bench
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_25, ids=[f"r25-{i}" for i in range(len(ROUND_25))])
def test_round_25_classes(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Round 25, units (the errors of blind s24/s25, tuned on): a verb, an adverb, a describing word or a scope after the
# counted thing ends the unit (unit_stops.txt); a party organisation is one head, `Đảng` capitalised or not
# (unit_heads.tsv); `thanh thiếu niên`, `tín chỉ`, `cấp dưới` are one word each (unit_compounds.txt).
ROUND_25_UNITS = [
    ("Dự phiên khai mạc có 450 đại biểu, đại diện cho 91.788 đảng viên toàn Đảng bộ.",
     [(450, "đại biểu", None), (91788, "đảng viên", None)]),                       # s24-c-001
    ("Ủy ban Kiểm tra Trung ương đã thi hành kỷ luật 161 tổ chức đảng và 417 đảng viên bằng các hình ",
     [(161, "tổ chức đảng", None), (417, "đảng viên", None)]),                      # s25-d-001
    ("Ban hành quyết định kiểm tra dấu hiệu vi phạm đối với 8 tổ chức Đảng, gồm: Đảng ủy Văn phòng UBND tỉnh",
     [(8, "tổ chức Đảng", None)]),                                                  # s24-c-028
    ("Đồng thời tiến hành kiểm tra 44 tổ chức đảng cấp dưới về thực hiện nhiệm vụ kiểm tra, giám sát",
     [(44, "tổ chức đảng cấp dưới", None)]),                                        # s24-c-025
    ("nhận tin hai thanh thiếu niên đi câu cá bơi qua sông đuối nước mất tích", [(2, "thanh thiếu niên", None)]),  # s24-b-026
    ("là 572 nghìn đồng/tín chỉ cho hệ đại trà", [(572000, "đồng/tín chỉ", None)]),  # s25-e-030
    ("bão làm 147 người bị thương. 160 nhà đổ sập, gần 155.000 nhà hư hỏng.",
     [(147, "người", None), (160, "nhà", None), (155000, "nhà", "gần")]),           # s24-e-003
    ("6 bị can hôm nay bị bắt nằm trong diễn biến mở rộng điều tra", [(6, "bị can", None)]),  # s25-d-031
    ("Ngày 7-8/10, Quảng Trị ghi nhận 6 tàu thuyền gặp sự cố, trong đó", [(6, "tàu thuyền", None)]),  # s25-e-007
    ("a điện thoại.\nTrưa hai hôm trước, điện thoại b", [(2, "hôm", None)]),         # gold: "hôm nay" is the stop, not "hôm"
    # a count of days up to now is a duration; the stop `hôm nay` still ends a unit after its head (review 16 item 3)
    ("Hình ảnh hai nữ sinh cùng dòng thông tin trên mạng xã hội lan truyền chóng mặt hai hôm nay",
     [(2, "nữ sinh", None), (2, "hôm", None)]),                                    # bench baomoi-22717655
    ("Cả 2 hôm qua, người dân phải đi đường vòng.", [(2, "hôm", None)]),               # review 16
    ("Các công tố viên cáo buộc trong nhiều năm qua, ông Porat, 74 tuổi và hai cấp dưới đã can thiệp",
     [(74, "tuổi", None), (2, "cấp dưới", None)]),                                 # bench
    ("ổ chức chính quyền địa phương 2 cấp trên phạm vi cả nước; ", [(2, "cấp", None)]),  # m-016
    # a race's result and a trip's length are hours and minutes, no time of day (numbers.yaml lasting)
    ("huy chương Vàng với thành tích 1 giờ 12 phút 18 giây, trên đội Singapore",
     [(1, "giờ", None), (12, "phút", None), (18, "giây", None)]),                  # s24-e-022
    ("uyển về bờ gần nhất lên đến hơn 12 giờ 30 phút, rất có thể", [(12, "giờ", "hơn"), (30, "phút", None)]),  # s24-d-030
    ("trong khoảng thời gian 17 giờ đến 19 giờ ngày 9-6", []),                       # bench: times of day
    # a kind the gold keeps after a closed or measure head (unit_heads.tsv complements)
    ("Trong đó có 30 đại biểu đương nhiệm và trên 200 đại biểu được bầu từ cơ sở. Đại\nbiểu cao tuổi nhất là 67 năm tuổi "
     "đời với 47 năm tuổi đảng, đại biểu ít t", [(30, "đại biểu đương nhiệm", None), (200, "đại biểu", "trên"),
                                               (67, "năm tuổi đời", None), (47, "năm tuổi đảng", None)]),  # s24-c-008
    ("cùng nhận số phiếu tín nhiệm cao cao nhất, với 43 phiếu tín nhiệm cao (chiếm 95,6%). ",
     [(43, "phiếu tín nhiệm cao", None), (95.6, "%", None)]),                      # s24-c-021
    ("với mức phạt lần lượt 5 năm tù và 30 tháng án treo.", [(5, "năm tù", None), (30, "tháng án treo", None)]),  # s25-d-017
    # a document's name in lower case before a count is the verb (number_blockers.tsv effect `document`)
    ("Hiện đã kết thúc 117 cuộc, trong đó đã ban hành kết luận 103 cuộc. 14 cuộc đang trong thời gian thực hiện.",
     [(117, "cuộc", None), (103, "cuộc", None), (14, "cuộc", None)]),               # s24-d-002
    ("Lĩnh vực quản lý đất đai, thực hiện 89 cuộc, kết luận 51 cuộc thanh tra trong lĩnh vực đất đai.",
     [(89, "cuộc", None), (51, "cuộc thanh tra", None)]),                           # s25-d-012
    ("đám cháy, đồng thời hướng dẫn 7 người dân", [(7, "người dân", None)]),        # bench
    ("được sau 5 năm thực hiện Kết luận 48 của", [(5, "năm", None)]),               # bench: capitalised, a name
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_25_UNITS, ids=[f"r25u-{i}" for i in range(len(ROUND_25_UNITS))])
def test_round_25_units(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Round 17 (the errors of blind s26/s27, tuned on): a unit cut by the excerpt's end is not written, so the fact is left
# out, or keeps the words before the cut; a last word the unit lexicons know is whole. Thousands written the English way
# (`,000`); bare amounts in a paragraph that writes money with `đồng`; the day named in full ends a unit.
ROUND_17 = [
    ("Các thành viên tham gia mô hình trên tinh thần tự nguyện. Mỗi CLB có từ 20 - 25 t", []),  # s27-a-018
    ("Công tác xây dựng nông thôn mới đạt kết quả tích cực, xã đạt 17/19 tiê", []),             # s27-c-019
    ("các cuộc vận động “đền ơn đáp nghĩa”, vì người nghèo” với điểm nhấn là 6 căn nh",
     [(6, "căn", None)]),                                                                      # s27-a-028
    ("khám xét \"điểm bán lẻ\" của Lò Thị Tỷ (46 tuổi), thu giữ 8 gói",
     [(46, "tuổi", None), (8, "gói", None)]),                                                  # s17-a-023
    ("thương lái tại Cần Thơ và TP Hồ Chí Minh hiện đang thu mua lợn hơi chung giá 66.000 đồng/kg",
     [(66000, "đồng/kg", None)]),                                                              # s9-d-023
    ("tại phiá bắc Los Angeles đã đốt thành tro than 141,000 acres và buộc 212,000 dân bỏ nhà tránh bão lửa.",
     [(141000, "acres", None), (212000, "dân", None)]),                                        # s27-e-033
    ("chi không đúng nguyên tắc số tiền 91,247 triệu; chiếm đoạt 63 triệu, chia nhau tiêu xài.",
     [(91247000, "đồng", None), (63000000, "đồng", None)]),                                    # s27-d-022
    ("rút 4 nguồn kinh phí được cấp với 223,82 triệu đồng. Trong đó, Hội đã chi 146,8 triệu; gửi tiết kiệm 50 triệu; "
     "còn lại 27,02 triệu chi các hoạt động khác, không có chiếm đoạt.",
     [(4, "nguồn kinh phí", None), (223820000, "đồng", None), (146800000, "đồng", None), (50000000, "đồng", None),
      (27020000, "đồng", None)]),                                                              # s27-d-022
    ("Lời đầu tiên tôi xin chúc mừng cả 8 đội ngày hôm nay, các bạn hãy", [(8, "đội", None)]),  # bench baomoi-22237647
    # a last word of two letters written nowhere else in the text is cut too (review 17 item 7: the test never ran)
    ("Đại diện Sở Du lịch Khánh Hòa thông tin, trong 4 ngày dịp nghỉ lễ 2/9, tỉnh đã đón hơn 578.000 lư",
     [(4, "ngày", None)]),                                                                     # s23-e-021
    ("Tiếp tục củng cố, duy trì hoạt động của 105 nhóm li", [(105, "nhóm", None)]),           # s18-a-033
    ("với số tiền chiếm đoạt trên 4 tỷ đồ", []),                                               # s7-b-003
    # "chi" (spend) after a magnitude is money, not the Party cells and branches that open with it
    # (number_money_noun_exceptions.txt; review 17 item 2: no such count in the corpus or the bench, the review's sentences)
    ("Huyện có hơn 2 nghìn chi hội nông dân với 50 nghìn hội viên.",
     [(2000, "chi hội nông dân", "hơn"), (50000, "hội viên", None)]),
    ("Cả nước hiện có hơn 10 nghìn chi hội phụ nữ và 3 nghìn chi bộ.",
     [(10000, "chi hội phụ nữ", "hơn"), (3000, "chi bộ", None)]),
    # the paragraph's last amount written with two magnitude words ("nghìn tỷ đồng") is money too (review 17 item 1b's
    # sentence: none in the corpus or the bench)
    ("Dự án có tổng mức đầu tư 1,2 nghìn tỷ đồng. Trong đó, Hội đã gửi tiết kiệm 50 tỷ; cho vay 20 tỷ.",
     [(1.2e12, "đồng", None), (50e9, "đồng", None), (20e9, "đồng", None)]),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_17, ids=[f"r17-{i}" for i in range(len(ROUND_17))])
def test_round_17_classes(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Round 17, units (the errors of blind s26/s27, tuned on): fixed pairs of the press after a comma
# (unit_coordinate_pairs.tsv); a verb, a describing word or a colour ends the unit (unit_stops.txt); a fact opening a
# short quote is a name.
ROUND_17_UNITS = [
    ("có trên 600 chức sắc, chức việc và 35.000 tín đồ, phật tử. Tháng 4/2021, Ban Trị sự GHPGVN",
     [(600, "chức sắc, chức việc", "trên"), (35000, "tín đồ, phật tử", None)]),              # s27-a-029
    ("có 6/37 xóm, tiểu khu, tổ dân phố (TDP) trên địa bàn", [(6, "xóm, tiểu khu, tổ dân phố", None),
                                                           (37, "xóm, tiểu khu, tổ dân phố", None)]),  # s26-a-026
    ("được truyền trực tuyến tới điểm cầu ở 8 ban, bộ, ngành Trung ương (Ủy ban Kiểm tra", [(8, "ban, bộ, ngành", None)]),  # s26-d-008
    ("Kiểm tra 8 sở, ngành và 6 huyện, thị xã về cải cách hành chính",
     [(8, "sở, ngành", None), (6, "huyện, thị xã", None)]),                                   # s27-c-010
    ("chỉ đạo các bị cáo cấp dưới lập khống 10 hồ sơ, hợp đồng cho cán bộ, nhân viên SAGRI", [(10, "hồ sơ, hợp đồng", None)]),  # s26-d-033
    ("khoảng 7 giờ ngày 20/10, tại 3 kho, xưởng ở phường Hà Cầu, quận Hà Đông xảy ra hỏa hoạn.", [(3, "kho, xưởng", None)]),  # s27-b-015
    ("đồng loạt triển khai 20 tổ công tác tiến hành bắt giữ 20 đối tượng tại nhiều địa điểm",
     [(20, "tổ công tác", None), (20, "đối tượng", None)]),                                  # s26-b-020
    ("1 ống kim loại màu đen dài 18cm; 1 ống kim loại màu đen dài 50 cm.",
     [(1, "ống kim loại", None), (18, "cm", None), (1, "ống kim loại", None), (50, "cm", None)]),  # s27-b-022
    ("từ ngày 4-12.2, có 55.578 lượt khách xuất nhập cảnh (XNC) qua Cửa khẩu quốc tế Mộc Bài.",
     [(55578, "lượt khách", None)]),                                                         # s27-d-029
    ("ngày 10.2 (mùng 6 Tết) có 8.722 lượt khách XNC qua cửa khẩu này", [(8722, "lượt khách", None)]),  # s27-d-029
    ("Mưa đỏ thu về hơn 48 tỷ đồng với 504.248 vé bán ra cùng 8.223 suất chiếu.",
     [(48000000000, "đồng", "hơn"), (504248, "vé", None), (8223, "suất chiếu", None)]),     # s26-e-024
    ("Tinh thần “6 tư duy cốt lõi” và nguyên tắc “6 rõ” về phân công nhiệm vụ", []),      # s11-c-020
    ("“Móc khóa an ninh” thiết kế nhỏ gọn, đẹp mắt, có 3 màu: đen, vàng, đỏ.", [(3, "màu", None)]),  # s7-a-026
    # a short quote that is a sentence after its counted unit is a count, not a name (number_quote_clause_words.txt;
    # review 17 item 7: bench dantri-world-024, and the review's two sentences)
    ("bác sĩ Jivani ở Rajkot cũng quay cuồng với \"200 đến 300 cuộc gọi mỗi ngày\" để hỏi về việc có sẵn giường",
     [(200, "cuộc gọi", None), (300, "cuộc gọi", None)]),
    ("Ông Nam cho biết: “3 người đã tử vong”.", [(3, "người", None)]),
    ("Anh nói “20 triệu đồng thì quá ít”.", [(20e6, "đồng", None)]),
    ("Thủ tướng Chính phủ Nguyễn Xuân Phúc đã vạch ra “6 gạch đầu dòng” cần triển khai sớm", []),  # baomoi-21472858
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_17_UNITS, ids=[f"r17u-{i}" for i in range(len(ROUND_17_UNITS))])
def test_round_17_units(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Round 17, hedges (the errors of blind s26/s27, tuned on): "ngoài" is a hedge before an age only (number_age_hedges.txt);
# "chưa đủ", "chưa nổi", "quanh mức" are hedges (number_qualifiers.tsv); a case keeps "nặng" (unit_heads.tsv).
ROUND_17_HEDGES = [
    ("Ngoài 6 nguồn kinh phí nêu trên, Yến chỉ đạo Huệ, Xuyên lập dự toán", [(6, "nguồn kinh phí", None)]),  # s27-d-022
    ("Hiện tại, ngoài 50 tuổi, Củng Lợi vẫn giữ được nhan sắc xinh đẹp", [(50, "tuổi", "ngoài")]),  # bench
    ("nhưng do N chưa đủ 16 tuổi nên hành vi của Khanh đủ yếu tố cấu thành tội", [(16, "tuổi", "chưa đủ")]),  # bench
    ("đều bán vé thảm, chưa nổi 1.000 vé/ngày.", [(1000, "vé/ngày", "chưa nổi")]),          # s26-e-023
    ("Đoàn bỏ xa các mốc trước đó, thường dao động quanh mức 300 đến 350 chiếc.",
     [(300, "chiếc", "quanh"), (350, "chiếc", "quanh")]),                                     # news-032
    ("Trong đó, 9 ca nặng phải nhập viện điều trị các triệu chứng sốt cao", [(9, "ca nặng", None)]),  # s27-e-028
    # a party badge's grade is its name (numbers.yaml badge_grade); a delegate's party years count (s24-c-008 above)
    ("nhiều đảng viên khác cũng được trao Huy hiệu từ 30, 40, 45, 50, 55 đến 60 năm tuổi Đảng. Đây không chỉ", []),  # s27-c-029
    ("long trọng tổ chức Lễ trao huy hiệu 55, 40 năm tuổi Đảng, gặp mặt tặng quà các đồng chí Huy hiệu Đảng.", []),  # s27-c-030
    ("đã thực hiện lệnh bắt tạm giam ba nghi can Trịnh Văn Hiệp, Dương Thế Sơn (cùng trú tại Bảo Lâm, Bảo Lộc)",
     [(3, "nghi can", None)]),                                                              # s27-b-007
    # a price per kilo spelt out with `một` is `đồng` (round 21, numbers.yaml spelled_rate: the gold of s31-e-001, -004,
    # -023, s34-e-003, s35-e-031 against the earlier s27-e-004); a range grouped in thousands after a name counts, like a
    # single number
    ("Thương lái đến mua tại vườn với giá 9.000-10.000 đồng một kg.",
     [(9000, "đồng", None), (10000, "đồng", None)]),                                        # s31-e-001
    ("Ri6 loại A dao động 100.000-150.000 đồng một kg, trong khi giống Thái Lan 160.000-170.000 đồng một kg.",
     [(100000, "đồng", None), (150000, "đồng", None), (160000, "đồng", None), (170000, "đồng", None)]),  # s27-e-004
    ("Triển khai xây dựng, nâng cấp 19 phòng học, thư viện; 1 nhà văn hóa xã",
     [(19, "phòng học", None), (1, "nhà văn hóa xã", None)]),                               # s27-c-003: a verb, no level
    ("nàng Hoa 9 giá 8.400 đồng/kg; lúa Nhật 7.800 - 8.000 đồng/kg;",
     [(8400, "đồng/kg", None), (7800, "đồng/kg", None), (8000, "đồng/kg", None)]),         # s27-e-022
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_17_HEDGES, ids=[f"r17h-{i}" for i in range(len(ROUND_17_HEDGES))])
def test_round_17_hedges(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# fmt: off
# Round 19 (the errors of blind s30/s31, tuned on): a verb after the counted thing ends its unit (unit_stops.txt), and so
# does `nguyên là` (what the counted people were); fixed pairs after a comma join the unit (unit_coordinate_pairs.tsv,
# `thành` after `tỉnh` though a plain word follows it); nouns cut at a stop are compounds (unit_compounds.txt).
ROUND_19_UNITS = [
    ("Trong đó, có 10 bị cáo nguyên là lãnh đạo, thẩm phán, công chức Tòa án nhân dân cấp cao tại Đà Nẵng",
     [(10, "bị cáo", None)]),                                                                # s31-d-001
    ("Hiện nay, 35 hộ dân di dời đã tìm đến các nhà người thân để ở xen", [(35, "hộ dân", None)]),  # s30-e-003
    ("khám xét khẩn cấp nơi ở của 2 nghi can cầm đầu đường dây này là La Tùng Thịnh (53", [(2, "nghi can", None)]),  # s31-b-013
    ("Đến nay, đã lắp được 18 mắt Camera, trong đó 16 mắt lắp tại nhà các hộ dân và Công an xã vận động",
     [(18, "mắt Camera", None), (16, "mắt", None)]),                                        # s30-a-016
    ("Trung ương Đoàn cũng yêu cầu 63 tỉnh, thành củng cố, bổ sung lực lượng", [(63, "tỉnh, thành", None)]),  # s31-a-009
    ("Nam và Tổng công ty Lâm nghiệp Việt Nam có 842 cơ sở nhà, đất thuộc sở hữu nhà nước",
     [(842, "cơ sở nhà, đất", None)]),                                                     # s31-d-024
    ("Hiện, khu nhà trọ có 19 phòng, trên 20 công nhân, lao động (đa số là công nhân",
     [(19, "phòng", None), (20, "công nhân, lao động", "trên")]),                            # s31-a-026
    ("hơn 200 tấn gạo và hơn 400 chiếc xe đạp tặng con em đồng bào nghèo",
     [(200, "tấn", "hơn"), (400, "chiếc xe đạp", "hơn")]),                              # s30-a-033
    ("Đến nay, qua 10 thế hệ, dòng họ Lục có 27 hộ", [(10, "thế hệ", None), (27, "hộ", None)]),  # s30-a-026
    ("Trong khoảng 1 tuần lễ trở lại đây, thanh long được thương lái", [(1, "tuần lễ", "khoảng")]),  # s31-e-002
    ("vùi lấp 1 căn nhà gỗ khoảng 25m2 và chảy tràn", [(1, "căn nhà gỗ", None), (25, "m2", "khoảng")]),  # s30-e-004
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_19_UNITS, ids=[f"r19u-{i}" for i in range(len(ROUND_19_UNITS))])
def test_round_19_units(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]


# Round 20 units (the errors of all blind batches of rounds 20-33): home-made weapons keep `tự chế` and the safe-boat teams
# `an toàn` (unit_compounds.txt); a classifier never takes half a compound (`cây dao tự chế` -> `cây dao`, as the gold);
# `một lượng` is an amount, no count (number_word_nouns.txt).
ROUND_20_UNITS = [
    ("Ở Cà Mau hiện đang duy trì 23 tổ tàu thuyền an toàn với 201 phương tiện và 731 thuyền viên.",
     [(23, "tổ tàu thuyền an toàn", None), (201, "phương tiện", None), (731, "thuyền viên", None)]),  # blind s27-a-017
    ("Chỉ tính riêng đợt cao tấn công trấn áp tội phạm bảo về đại hội Đảng các cấp, Công an xã Thạch Khê đã tuyên truyền vận "
     "động, thu hồi 09 loại vũ khí, vật liệu nổ, công cụ hỗ trợ gồm: 07 súng cồn tự chế, 01 súng kíp tự chế, 02 kiếm tự chế "
     "và 1,5kg tiền chất chế tạo pháo.",
     [(9, "loại vũ khí", None), (7, "súng cồn tự chế", None), (1, "súng kíp tự chế", None), (2, "kiếm tự chế", None),
      (1.5, "kg", None)]),                                                                             # blind s26-a-024
    # a closing compound ends the unit: no verb phrase after `tự chế` (unit_closing_words.txt; review 20 item 2)
    ("Khám xét trong người đối tượng, Cảnh sát 113 thu giữ 1 khẩu súng tự chế dạng bút, 1 khẩu súng tự chế bắn bằng đạn "
     "của súng K59, 3 viên đạn và 1 tép ma túy.",
     [(1, "khẩu súng tự chế", None), (1, "khẩu súng tự chế", None), (3, "viên đạn", None), (1, "tép ma túy", None)]),
    # bench baomoi-22235101
    ("Trong bán kính từ 2 - 5 m, mọi loài thủy sinh đều bị tận diệt khi họ dùng bộ kích điện lên tới 24.000 vôn tự chế từ "
     "ắc quy hay máy nổ để phóng sào, vợt cá.",
     [(2, "m", None), (5, "m", None), (24000, "vôn", None)]),                       # bench baomoi-22466101: a measure
    ("5 cây dao tự chế, 3 cây kiếm, 4 cây mã tấu.",
     [(5, "cây dao", None), (3, "cây kiếm", None), (4, "cây mã tấu", None)]),                          # blind s27-b-033
    ("phát hiện xưởng sản xuất súng, mìn của Cao Đăng Sửu, thu 21 quả mìn tự tạo; 10 khẩu súng tự chế các loại và  một lượng "
     "lớn báng súng; 36 viên đạn các loại;",
     [(21, "quả mìn", None), (10, "khẩu súng tự chế", None), (36, "viên đạn", None)]),               # blind s27-b-032
    # fixed pairs the gold keeps whole (unit_coordinate_pairs.tsv)
    ("Rét đậm, rét hại kèm băng giá những ngày qua tại khu vực Bắc Bộ, đặc biệt là tại vùng núi phía Bắc đã khiến hơn 1.000 "
     "con trâu, bò bị chết.", [(1000, "con trâu, bò", "hơn")]),                                       # blind s32-e-011
    ("Ngoài ra, qua công tác tuyên truyền, lực lượng Công an phường cũng đã vận động nhân dân trên địa bàn giao nộp 12 vũ "
     "khí, công cụ hỗ trợ.", [(12, "vũ khí, công cụ hỗ trợ", None)]),                                # blind s33-b-004
    ("Nguồn tin từ cơ quan chức năng quận Kiến An, TP Hải Phòng hôm nay (10/12) cho biết, 5 cán bộ, công chức thuộc UBND "
     "quận Kiến An và Sở Tài nguyên & Môi trường thành phố vừa bị tạm đình chỉ công tác để phục vụ công tác điều tra.",
     [(5, "cán bộ, công chức", None)]),                                                               # blind s33-d-013
    ("3 tập thể, 8 cán bộ, công chức dính trách nhiệm",
     [(3, "tập thể", None), (8, "cán bộ, công chức", None)]),          # bench dantri-society-114: a round-20 pair closes
]


@pytest.mark.parametrize(("text", "expected"), ROUND_20_UNITS)
def test_round_20_units(extract, text, expected):
    assert facts(extract, text) == [(float(v), u, q) for v, u, q in expected]
