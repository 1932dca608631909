"""Quotes through the whole extraction (officials, then models): kind, speaker and span
on real sentences of ../shared/bench/news-real.jsonl.gz (issues 11 and 13)."""

from __future__ import annotations

import pytest

from vnie.extractors.base import NormalisedDoc, QuoteValue
from vnie.extractors.normalise import normalise_text
from vnie.run.stages import build_extraction


@pytest.fixture(scope="module")
def extraction():
    return build_extraction()


def quotes(extraction, text: str) -> list[tuple[str, str, str | None]]:
    text = normalise_text(text)
    found = extraction(NormalisedDoc("t", text, None))
    return [(m.text, m.value.kind, m.value.speaker) for m in found["models"] if isinstance(m.value, QuoteValue)]


# Bench excerpts: the speaker named in full earlier, then by given name after the quote.
SPEAKER_AFTER = [
    pytest.param(
        "Cũng theo ông Nguyễn Đức Vinh, 2020 vừa qua là năm khó khăn với các công ty tài chính. "
        "Kết quả kinh doanh của FE Credit cũng giảm sút, nhưng nằm trong sự kiểm soát.\n"
        "\"Tuy nhiên, theo đánh giá của các tổ chức trung lập, FE vẫn là công ty tài chính ít bị ảnh hưởng nhất "
        "so với các đối thủ cạnh tranh\", ông Vinh cho hay.\n",
        "nguyễn đức vinh", id="bench-comma-cho-hay"),
    pytest.param(
        "Chiều 27/4, ông Trần Văn Nghìn - Chánh Văn phòng Sở GD&ĐT Hải Dương cho biết, đơn vị này đã nắm được "
        "thông tin.\nHai em còn lại, có thể có một em đã bỏ học. \"Cơ quan công an đang phối hợp điều tra xác minh "
        "thông tin cá nhân, các học sinh này học ra sao, ở trường nào trên địa bàn tỉnh Hải Dương\", ông Nghìn "
        "cho hay.",
        "trần văn nghìn", id="bench-comma-cho-hay-2"),
    pytest.param(
        "Phó Chủ tịch UBND TP Hà Nội Chử Xuân Dũng nêu lại bối cảnh tình hình dịch bệnh đang diễn ra hết sức "
        "phức tạp trên địa bàn Thủ đô.\n\"Chậm giờ nào thì việc đuổi bắt kịp mức độ lây lan càng khó khăn. "
        "Truy vết F1, F2 và thực hiện nghiêm cách ly tập trung F1.\" - ông Dũng cho hay.\n",
        "chử xuân dũng", id="bench-dash-cho-hay"),
]


@pytest.mark.parametrize("text, speaker", SPEAKER_AFTER)
def test_speaker_named_after_the_quote(extraction, text, speaker):
    found = quotes(extraction, text)
    assert [(k, s) for _, k, s in found] == [("speech", speaker)]


# Bench sentences: quoted words as the object of the speaker's verb of saying, no colon.
FRAMED = [
    pytest.param("Từ chỗ im lặng và phản ứng dè dặt, người Đức bắt đầu phản công, khởi đầu từ giới chủ công nghiệp, "
                 "các quan chức chính phủ và tới hôm 6/2, đích thân nữ Thủ tướng Angela Merkel tuyên bố “nước Đức sẽ "
                 "trả đũa nếu Mỹ áp đặt các biện pháp bảo hộ như tuyên bố”.",
                 ("speech", "angela merkel"), id="bench-tuyen-bo"),
    pytest.param("Phía Đông Hải từng nhiều lần vào Quy Nhơn tiếp xúc, đàm phán với ông Sơn, hành động mà Giám đốc Sở "
                 "NNPTNT Bình Định Phan Trọng Hổ nhận định là “không phù hợp”.",
                 ("speech", "phan trọng hổ"), id="bench-nhan-dinh-la"),
    # Passive (`được cho rằng`): the name is not the speaker, the quote is scare quotes.
    pytest.param("Ngoài ngoại hình xinh đẹp và cuốn hút, Lưu Diệc Phi được cho rằng có \"bệ đỡ\" vô cùng chắc chắn "
                 "và quyền lực.", ("other", None), id="bench-passive"),
    # `nói trên` (above-mentioned) far from the speaker's own verb frames nothing.
    pytest.param("Ông Phạm Mạnh Cường cho biết đã lấy mẫu. Ông Cường thông tin, các mẫu xét nghiệm của 12 trường hợp "
                 "nói trên \"cơ bản\" đều âm tính với SARS-CoV-2.", ("other", None), id="bench-verb-far-from-subject"),
]


@pytest.mark.parametrize("text, expected", FRAMED)
def test_quote_framed_by_a_verb_of_saying(extraction, text, expected):
    assert [(k, s) for _, k, s in quotes(extraction, text)] == [expected]


def test_programme_title_and_scare_quotes_near_a_speaker_keep_their_kind(extraction):
    # Bench sentences: a title after the speaker's verb is a programme; scare quotes stay `other`.
    found = quotes(extraction, "Ông Nguyễn Quý Xuân, Hiệu trưởng Trường THPT Phúc Lợi, Long Biên (Hà Nội) đã chia sẻ "
                               "như vậy tại buổi tọa đàm \"Hướng nghiệp trong thời kỳ chuyển đổi số\".\n"
                               "Trịnh Sảng cũng khôi phục chức danh diễn viên trên mạng xã hội và xuất hiện trong một "
                               "số quảng cáo trên mạng sau 3 tháng bị \"tẩy chay\" diện rộng.")
    assert [(k, s) for _, k, s in found] == [("programme", None), ("other", None)]


# Bench excerpts: speech that goes on over a line break and closes in the next paragraph.
MULTI_PARAGRAPH = [
    pytest.param("Bà Nguyễn Hoài Thu, đại diện một doanh nghiệp du lịch tại TPHCM chia sẻ, doanh nghiệp của bà đã tạm "
                 "ngừng kinh doanh trong nhiều tháng qua.\n“Dịch Covid-19 ập đến, chúng tôi cắt giảm 40% nhân sự, sau "
                 "đó là 80% nhân sự.\nCuối cùng, dịch bệnh vẫn kéo dài đã khiến chúng tôi phải tạm ngừng kinh doanh”, "
                 "bà Thu nói.\n", "nguyễn hoài thu", id="bench-two-paragraphs"),
    pytest.param("Theo ông Nguyễn Văn Định, ca nhiễm thứ 4 này nằm trong đoàn trở về từ Nhật Bản.\n\"Sau khi cách ly đoàn "
                 "công dân trở về từ nước ngoài này thì xét nghiệm có 2 ca nhiễm Covid-19.\nCơ quan chức năng chuyển ca "
                 "nhiễm thứ 3 vào bệnh viện điều trị. Hôm nay, trường hợp F1 này đã có kết quả dương tính với "
                 "SARS-CoV-2 nâng lên thành 4 ca nhiễm\", ông Định nói.\n", "nguyễn văn định", id="bench-two-paragraphs-2"),
]


@pytest.mark.parametrize("text, speaker", MULTI_PARAGRAPH)
def test_quote_over_a_line_break_is_one_quote(extraction, text, speaker):
    found = quotes(extraction, text)
    assert len(found) == 1
    span, kind, who = found[0]
    assert span.count("\n") == 1 and span[0] in "“\"" and span[-1] in "”\""
    assert (kind, who) == ("speech", speaker)
