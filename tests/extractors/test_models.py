"""Models and quotes: rules, exclusions, province ties, speakers, offsets, speed (issue 5)."""

from __future__ import annotations

import datetime as dt
import gzip
import json
import re
import unicodedata
from pathlib import Path

import pytest

from vnie.extractors import models
from vnie.extractors.base import (
    Mention,
    ModelValue,
    NormalisedDoc,
    OfficialValue,
    ProvinceValue,
    QuoteValue,
    RegionValue,
)
from vnie.extractors.models.find import find_unquoted
from vnie.extractors.normalise import fix_tone_marks, normalise_text
from vnie.gazetteer.load import load_words

ROOT = Path(__file__).resolve().parents[2]
PUBLISHED = dt.datetime(2024, 8, 8, 11, 43)


@pytest.fixture(scope="module")
def extract():
    return models.build()


@pytest.fixture(scope="module")
def lex():
    return models.load_lexicon()


def make_found(doc: NormalisedDoc, provinces=(), regions=(), officials=()) -> dict:
    """Stand-ins for the stages that run before models: every occurrence of each
    given surface string becomes a mention (officials: (surface, person_key))."""
    places: list[Mention] = []
    for name in provinces:
        places += [Mention.at(doc, m.start(), m.end(), "test.province", ProvinceValue(name, name))
                   for m in re.finditer(re.escape(name), doc.text)]
    for name in regions:
        places += [Mention.at(doc, m.start(), m.end(), "test.region", RegionValue(name))
                   for m in re.finditer(re.escape(name), doc.text)]
    people = [Mention.at(doc, m.start(), m.end(), "test.official", OfficialValue(surface, None, (), key))
              for surface, key in officials for m in re.finditer(re.escape(surface), doc.text)]
    return {"provinces": places, "officials": people}


def run(extract, text, provinces=(), regions=(), officials=()):
    doc = NormalisedDoc("t", text, PUBLISHED)
    return extract(doc, make_found(doc, provinces, regions, officials))


def found_models(extract, text, provinces=(), regions=()):
    return [(m.value.name, m.value.province) for m in run(extract, text, provinces, regions)
            if isinstance(m.value, ModelValue)]


def found_quotes(extract, text, officials=()):
    return [(m.text, m.value.kind, m.value.speaker) for m in run(extract, text, officials=officials)
            if isinstance(m.value, QuoteValue)]


SEED_000 = (
    "đem lại hiểu quá thiết thực như mô hình: “Trở về đức tin, giữ bình yên buôn làng”, "
    "“Công tác quản lý, giáo dục đối tượng Fulro tại cộng đồng” của tỉnh Gia Lai; mô hình "
    "“”Giáo xứ bình yên, đảm bảo ANTT”, “Tổ tự quản về ANTT và giáo dục thanh thiếu niên vi phạm "
    "pháp luật” cảu tỉnh Kon Tum; mô hình “Khu dân cư an toàn, bình yên không có tội phạm”, "
    "“3 an toàn bảo đảm ANTT Chi hội Tin lành Ea Sol” của tỉnh Đắk Lắk…"
)
SEED_000_MODELS = [
    ("Trở về đức tin, giữ bình yên buôn làng", "Gia Lai"),
    ("Công tác quản lý, giáo dục đối tượng Fulro tại cộng đồng", "Gia Lai"),
    ("Giáo xứ bình yên, đảm bảo ANTT", "Kon Tum"),
    ("Tổ tự quản về ANTT và giáo dục thanh thiếu niên vi phạm pháp luật", "Kon Tum"),
    ("Khu dân cư an toàn, bình yên không có tội phạm", "Đắk Lắk"),
    ("3 an toàn bảo đảm ANTT Chi hội Tin lành Ea Sol", "Đắk Lắk"),
]
SEED_002 = (
    "Các mô hình tiêu biểu như: 2 an (an ninh, trật tự - an sinh xã hội); Rủ nhau làm tốt xóm Chăm; "
    "Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer; Tổ tự quản trong người Hoa; "
    "Câu lạc bộ người hoàn lương; Cổng rào phòng, chống tội phạm;…"
)
SEED_003_LIST = (
    "Điển hình những mô hình, cách làm hay phù hợp thực tiễn phải kể đến như: Mô hình “Công an phường "
    "phối hợp với Ủy ban Mặt trận Tổ quốc phường thực hiện phong trào dân vận khéo trong công tác giải "
    "phóng mặt bằng trên địa bàn phường Long Biên; mô hình “Móc khóa an toàn” trên địa bàn phường Trung "
    "Liệt, quận Đống Đa; mô hình hai giảm “Giảm tình hình tội phạm, giảm tệ nạn ma túy” trên địa bàn "
    "phường Bạch Mai quận Hai Bà Trưng… Các phong trào đã và đang phát huy hiệu quả."
)

# A sentence on the movement's topic (models.TOPIC_*): put before a test sentence
# whose model is not itself about security and order (a caption of corpus/samples blind-s23-a-032).
ON_TOPIC = "Công an xã theo dõi tình hình ANTT qua hệ thống camera an ninh. "

# fmt: off
MODELS = [
    # (text, provinces the earlier stage found, regions, expected (name, province) in order)
    # -- second release of ANNOTATION.md (issue 13): real sentences from the search tool's stored pages
    # single quotes (langnhindongdoi.com, Đại Thanh); lower-case name right after the trigger
    pytest.param(ON_TOPIC + "Xã Đại Thanh ra mắt mô hình 'thôn Ba nhất về an ninh, trật tự'", (), (),
                 [("thôn Ba nhất về an ninh, trật tự", None)], id="pages-single-quotes"),
    pytest.param(ON_TOPIC + "Xã Đại Thanh ra mắt mô hình ‘Thôn Ba nhất về ANTT’ tại thôn Quỳnh Đô.", (), (),
                 [("Thôn Ba nhất về ANTT", None)], id="pages-curly-single-quotes"),
    # the movement's own quoted name is not a model (baobariavungtau.com.vn, baophutho.vn)
    pytest.param("nâng cao hiệu quả phong trào “Toàn dân bảo vệ an ninh Tổ quốc” trên địa bàn.", (), (), [],
                 id="pages-movement-name"),
    pytest.param("Mô hình “5 tự quản về an ninh trật tự” được triển khai trên địa bàn tỉnh nhằm tăng cường "
                 "phong trào “Toàn dân bảo vệ an ninh Tổ quốc”.", (), (),
                 [("5 tự quản về an ninh trật tự", None)], id="pages-model-beside-movement-name"),
    # named without quotes right after "mô hình" (laocaitv.vn); baoquangnam.vn's quoted formula takes the group noun
    # before it (the blind gold of that article, blind-s4-q-006, and of -015, s9-a-035: ROUND_ELEVEN_NAMES)
    pytest.param("Hiệu quả từ Mô hình dòng họ tự quản, tổ tự quản về an ninh trật tự", (), (),
                 [("dòng họ tự quản", None)], id="pages-unquoted-head"),
    pytest.param(ON_TOPIC + "Mô hình Tổ tự quản “5 trong 1” của xã Tam Phú hợp tác giữa cộng đồng và công an.",
                 (), (), [("Tổ tự quản 5 trong 1", None)], id="pages-unquoted-then-quote"),
    pytest.param(ON_TOPIC + "Xã Hố Nai 3 có mô hình 1+4; ở xã Trà Cổ với mô hình 1+5; tổ liên gia ra mắt.", (), (),
                 [("1+4", None), ("1+5", None)], id="unquoted-formula"),
    # a list after "gồm:" / "có:" in a sentence about models, each name followed by its place ("tại xã …
    # (huyện …);", "ở xã …,") before the next quote (baoquangbinh.vn; issue 13)
    pytest.param(ON_TOPIC + "Riêng trong năm 2019, toàn tỉnh đã xây dựng mới 5 mô hình, gồm: “Chung tay giúp đỡ người "
                 "chưa thành niên vi phạm pháp luật” tại xã An Thủy (huyện Lệ Thủy); “Khu dân cư thực hiện tốt an toàn "
                 "giao thông” ở xã Quảng Lộc, “Tổ dân phố bảo đảm ANTT, sống tình thương bác ái” tại phường Quảng Long "
                 "(TX. Ba Đồn); “Khu dân cư tự quản về ANTT” tại xã Cao Quảng, “Hội CCB giáo dục thanh thiếu niên chấp "
                 "hành pháp luật” của xã Thạch Hóa (huyện Tuyên Hóa).", (), (),
                 [("Chung tay giúp đỡ người chưa thành niên vi phạm pháp luật", None),
                  ("Khu dân cư thực hiện tốt an toàn giao thông", None),
                  ("Tổ dân phố bảo đảm ANTT, sống tình thương bác ái", None), ("Khu dân cư tự quản về ANTT", None),
                  ("Hội CCB giáo dục thanh thiếu niên chấp hành pháp luật", None)], id="pages-list-after-gồm"),
    # a place phrase is no chain when a sentence follows it (blind k-015: the second quote is a later mention)
    pytest.param(ON_TOPIC + "Công an huyện phối hợp với UBND xã Quân Hà  tổ chức ra mắt mô hình “Tổ liên gia an toàn "
                 "phòng cháy, chữa cháy” tại thôn Thôm Mò – Nà Liềng. “Tổ liên gia an toàn PCCC” được thành lập với 05 "
                 "hộ gia đình.", (), (),
                 [("Tổ liên gia an toàn phòng cháy, chữa cháy", None), ("Tổ liên gia an toàn PCCC", None)],
                 id="gold-place-then-sentence"),
    # -- round 8 (blind-s8-a, first looked at 794b29b): real sentences of the batch, each rule checked on the older
    # batches and the bench (notes in the commit)
    # a filler that only shares a syllable with a verb of saying (`đặt` of `đặt câu hỏi`) keeps the trigger's reach
    pytest.param(ON_TOPIC + 'Phong trào lắp đặt "Camera an ninh" đã được triển khai theo hướng xã hội hóa 100%.', (), (),
                 [("Camera an ninh", None)], id="s8-a-003-filler-not-a-verb"),
    # a range of names after a comma: "từ “A” cho đến “B” và “C”"
    pytest.param("Đó là hình ảnh quen thuộc ở nhiều xã biên giới của Tây Ninh - nơi những mô hình sáng tạo, từ “Tiếng "
                 "kẻng vùng biên” cho đến “Ly cà phê pháp luật” và “Mỗi tuần một địa chỉ”, đã và đang phát huy hiệu quả "
                 "rõ rệt. Đây là những sáng kiến đảm bảo an ninh trật tự.", (), (),
                 [("Tiếng kẻng vùng biên", None), ("Ly cà phê pháp luật", None),
                  ("Mỗi tuần một địa chỉ", None)], id="s7-a-004-range-of-names"),
    # coordinated nouns keep their comma in a name written without quotes (models_name_pairs.txt)
    pytest.param(ON_TOPIC + "Năm 2017, Đồn Biên phòng Cần Thạnh đã phối hợp với UBND thị trấn Cần Thạnh xây dựng mô hình "
                 "Tổ tự quản tàu, thuyền an toàn. Mô hình hoạt động trên cơ sở hoàn toàn tự nguyện.", (), (),
                 [("Tổ tự quản tàu, thuyền an toàn", None)], id="s8-a-026-comma-pair"),
    # a quoted team's name opening with a group noun, no trigger before it
    pytest.param("Ông Thạch Đình Nghĩa cho biết: “Để góp phần giữ vững an ninh trật tự trên biển, xã đã phối hợp với Đồn "
                 "Biên phòng Diễn Thành thành lập “Tổ ngư dân tự quản về an ninh trật tự trên biển”. Hiện nay xã có 8 "
                 "tổ tự quản.", (), (), [("Tổ ngư dân tự quản về an ninh trật tự trên biển", None)],
                 id="s8-a-027-head-named"),
    # a multi-word adjacent trigger with plain words before the quote; the province of the border guard named once
    pytest.param("Đây là những tiêu chí được Đồn BP Bình Hải, BĐBP Quảng Ngãi xây dựng và phát động cho ngư dân. Cán bộ "
                 'Đồn BP Bình Hải vận động ngư dân đăng ký tham gia Tổ tự quản tàu thuyền "5 không". Ảnh: Văn Tánh',
                 ("Quảng Ngãi",), (), [("5 không", "Quảng Ngãi")], id="s8-a-028-adjacent-fillers"),
    # capitalised after `mô hình`, the self-management words name a model (GUIDELINES.md, settled in round 8: seeds 003,
    # s7-a-030, s7-a-022)
    pytest.param(ON_TOPIC + "Có 495 mô hình hiện nay đang thực hiện có hiệu quả, nhiều mô hình được triển khai sâu rộng "
                 "như: Mô hình “Tự quản về an ninh trật tự” được triển khai tại 181 địa bàn cấp xã; mô hình “Camera an "
                 "ninh” được triển khai.", (), (),
                 [("Tự quản về an ninh trật tự", None), ("Camera an ninh", None)], id="seeds-003-generic-in-list"),
    pytest.param(ON_TOPIC + "Xã hiện có 31 mô hình “Tự quản về an ninh trật tự” với gần 650 thành viên tham gia.", (), (),
                 [("Tự quản về an ninh trật tự", None)], id="s7-a-030-self-management-named"),
    # a name whose opening mark was left out: after a list colon, or chained after a model quote (blind
    # sec-028 and s3-n n-022, two outlets)
    pytest.param("Trong năm 2018, Công an thành phố Quảng Ngãi đã hướng dẫn các xã, phường xây dựng mới 05 mô hình tự "
                 "quản về an ninh trật tự. Các mô hình bao gồm: Quản lý giáo dục thanh thiếu niên phạm tội, vi phạm "
                 "pháp luật” ở phường Nghĩa Lộ, Chánh Lộ và xã Nghĩa Hà; mô hình “quản lý, giáo dục, giúp đỡ người "
                 "chấp hành xong án phạt tù tái hòa nhập cộng đồng và mô hình “camera an ninh” tại xã Nghĩa An.", (), (),
                 [("quản lý, giáo dục, giúp đỡ người chấp hành xong án phạt tù tái hòa nhập cộng đồng", None),
                  ("camera an ninh", None), ("Quản lý giáo dục thanh thiếu niên phạm tội, vi phạm pháp luật", None)],
                 id="gold-unopened-after-colon"),
    pytest.param("Điển hình, Hội Cựu chiến binh có mô hình \"Tổ an ninh tự quản\", \"Tổ tuyên truyền phổ biến giáo dục "
                 "pháp luật\", Đội cán sự xã hội tình nguyện về an ninh trật tự\" phường, xã, thị trấn với 582 thành "
                 "viên.", (), (),
                 [("Tổ an ninh tự quản", None), ("Tổ tuyên truyền phổ biến giáo dục pháp luật", None),
                  ("Đội cán sự xã hội tình nguyện về an ninh trật tự", None)], id="gold-unopened-chained"),
    # "hay" (or) chains a quote like "và" (blind s5-v-032; s5-v-029 "“Tổ an ninh trên biển” hay “Tổ đoàn kết đi biển”")
    pytest.param("Đáng chú ý là 117 mô hình tiêu biểu, hoạt động hiệu quả như: “Liên gia tự quản về an ninh, trật tự”, "
                 "“Tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù” hay “Cơ sở kinh doanh nói không với ma túy”… "
                 "Những mô hình này đang được nhân rộng.", (), (),
                 [("Liên gia tự quản về an ninh, trật tự", None),
                  ("Tái hòa nhập cộng đồng cho người chấp hành xong án phạt tù", None),
                  ("Cơ sở kinh doanh nói không với ma túy", None)], id="gold-chain-hay"),
    # a list after any colon, when the sentence counts models before it, with three items or more (blind s5-v-023)
    pytest.param("Xã duy trì hoạt động 6 mô hình, điển hình tiên tiến trong phong trào “Toàn dân bảo vệ ANTQ”: Phòng, "
                 "chống tội phạm xâm hại tình dục trẻ em; Tổ liên gia an toàn phòng cháy, chữa cháy tại các khu dân cư; "
                 "Vận động thu hồi vũ khí, vật liệu nổ, công cụ hỗ trợ; Móc khoá an ninh; Camera an ninh... Phát huy "
                 "hiệu quả.", (), (),
                 [("Phòng, chống tội phạm xâm hại tình dục trẻ em", None),
                  ("Tổ liên gia an toàn phòng cháy, chữa cháy tại các khu dân cư", None),
                  ("Vận động thu hồi vũ khí, vật liệu nổ, công cụ hỗ trợ", None), ("Móc khoá an ninh", None),
                  ("Camera an ninh", None)], id="gold-list-after-any-colon"),
    # "thành lập mô hình" names one model: "lập" counts nothing (blind s4-q-011)
    pytest.param("Vì vậy, từ tháng 8/2016, Công an xã Láng Lớn đã tham mưu cấp ủy, chính quyền thành lập mô hình Tổ "
                 "liên gia tự quản về ANTT, nhằm tăng cường sự phối hợp chặt chẽ giữa chính quyền với nhân dân trong "
                 "công tác giữ gìn ANTT.", (), (), [("Tổ liên gia tự quản về ANTT", None)], id="gold-thanh-lap-mo-hinh"),
    # an unclosed name stops before a new trigger; unquoted names in a list (cand.com.vn, Lào Cai)
    pytest.param(ON_TOPIC + "Điển hình như: mô hình Dòng họ tự quản, mô hình Tiếng kẻng an ninh, an toàn giao thông.",
                 (), (), [("Dòng họ tự quản", None), ("Tiếng kẻng an ninh", None)], id="pages-unquoted-list"),
    # a province named once, as a unit or in brackets, locates the article (sec-034-like, real page text)
    pytest.param(ON_TOPIC + "Công an huyện Bạch Thông (Bắc Kạn) ra mắt mô hình “Hộ an toàn, thôn, bản, tổ dân "
                 "phố bình yên”. Mô hình được nhân rộng.", ("Bắc Kạn",), (),
                 [("Hộ an toàn, thôn, bản, tổ dân phố bình yên", "Bắc Kạn")], id="pages-province-once-bracketed"),
    pytest.param(SEED_000, ("Gia Lai", "Kon Tum", "Đắk Lắk"), (), SEED_000_MODELS, id="seed000-chained-broken-quote"),
    pytest.param(SEED_000, (), (), SEED_000_MODELS, id="seed000-fallback-province-phrase"),
    pytest.param('nhiều mô hình, điển hình tiên tiến được nhân rộng, như: "Mô hình dân vận khéo: 24 giờ trải '
                 'nghiệm", "Đơn vị dân vận khéo - hạnh phúc cùng thôn, làng" đã được Bộ Công an nhân rộng.',
                 (), (), [("dân vận khéo: 24 giờ trải nghiệm", None),
                          ("Đơn vị dân vận khéo - hạnh phúc cùng thôn, làng", None)], id="seed001-nhu-straight-quotes"),
    pytest.param(SEED_002, ("Sóc Trăng",), ("Tây Nam Bộ",), [
        ("2 an", None), ("Rủ nhau làm tốt xóm Chăm", None),
        ("Câu lạc bộ 3 tích cực trong đồng bào dân tộc Khmer", None), ("Tổ tự quản trong người Hoa", None),
        ("Câu lạc bộ người hoàn lương", None), ("Cổng rào phòng, chống tội phạm", None)], id="seed002-plain-list"),
    pytest.param("Công an thành phố Hà Nội cho biết. " + SEED_003_LIST, ("Hà Nội",), (), [
        ("Công an phường phối hợp với Ủy ban Mặt trận Tổ quốc phường thực hiện phong trào dân vận khéo "
         "trong công tác giải phóng mặt bằng", None),
        ("Móc khóa an toàn", None),
        ("Giảm tình hình tội phạm, giảm tệ nạn ma túy", None)], id="seed003-unclosed-one-mention"),
    pytest.param("Công an thành phố Hà Nội tổng kết. Thành phố Hà Nội có nhiều mô hình. " + SEED_003_LIST,
                 ("Hà Nội",), (), [
        ("Công an phường phối hợp với Ủy ban Mặt trận Tổ quốc phường thực hiện phong trào dân vận khéo "
         "trong công tác giải phóng mặt bằng", "Hà Nội"),
        ("Móc khóa an toàn", "Hà Nội"),
        ("Giảm tình hình tội phạm, giảm tệ nạn ma túy", "Hà Nội")], id="seed003-city-article"),
    pytest.param("nhiều mô hình được triển khai sâu rộng như: Mô hình “Tự quản về an ninh trật tự” được triển "
                 "khai tại 181 địa bàn cấp xã; mô hình “Camera an ninh” được triển khai tại 109 địa bàn cấp xã…",
                 (), (), [("Tự quản về an ninh trật tự", None), ("Camera an ninh", None)], id="seed003-after-trigger"),
    pytest.param("Tỉnh duy trì mô hình «Camera an ninh» ở các xã.", (), (), [("Camera an ninh", None)],
                 id="guillemets"),
    pytest.param('Tỉnh duy trì mô hình "Camera an ninh" ở các xã.', (), (), [("Camera an ninh", None)],
                 id="straight-quotes"),
    pytest.param(ON_TOPIC + "\nMô hình “Cộng đồng học tập cấp xã”, từ năm 2016 đến nay, toàn thành phố có 83 xã.",
                 (), (), [("Cộng đồng học tập cấp xã", None)], id="paragraph-start"),
    pytest.param(ON_TOPIC + 'Củng cố và duy trì hoạt động các tổ "Covid cộng đồng", "An toàn Covid" trong các cơ quan.',
                 (), (), [("Covid cộng đồng", None), ("An toàn Covid", None)], id="adjacent-tổ-chain"),
    pytest.param(ON_TOPIC + 'hợp tác với 150 doanh nghiệp theo mô hình "4 cùng": cùng xây dựng chuẩn đầu ra.', (), (),
                 [("4 cùng", None)], id="digit-name"),
    pytest.param(ON_TOPIC + "Chủ nhiệm CLB “Sách ơi mở ra” cho biết.", (), (), [("Sách ơi mở ra", None)], id="club"),
    pytest.param("Phường phát huy cách làm “Dân biết, dân bàn, dân làm” giữ gìn an ninh trật tự trên địa bàn tỉnh "
                 "Gia Lai.", ("Gia Lai",), (), [("Dân biết, dân bàn, dân làm", "Gia Lai")], id="cách-làm-province"),
    # on topic through the article, not the sentence: >= TOPIC_MIN_PER_1K topic words per 1,000 characters
    pytest.param("Công an tỉnh tổng kết phong trào bảo vệ an ninh Tổ quốc, phòng ngừa tội phạm. " + "x" * 400
                 + " Xã duy trì mô hình “Cổng rào an toàn” ở các thôn.", (), (), [("Cổng rào an toàn", None)],
                 id="topic-from-article"),
    pytest.param("Mô hình “Tổ tự quản” và “Camera an ninh” của tỉnh Kon Tum được nhân rộng.", ("Kon Tum",), (),
                 [("Tổ tự quản", "Kon Tum"), ("Camera an ninh", "Kon Tum")], id="chain-và"),
    pytest.param("Các câu lạc bộ như: Phụ nữ với pháp luật; Thanh niên xung kích; Cựu chiến binh tự quản.",
                 (), (), [("Phụ nữ với pháp luật", None), ("Thanh niên xung kích", None),
                          ("Cựu chiến binh tự quản", None)], id="plain-list-clubs"),
    pytest.param("Các mô hình của tỉnh Đắk Lắk như: Camera an ninh; Tổ tự quản.", ("Đắk Lắk", "Gia Lai"), (),
                 [("Camera an ninh", "Đắk Lắk"), ("Tổ tự quản", "Đắk Lắk")], id="plain-list-province-before"),
    pytest.param("Tỉnh Đắk Lắk và tỉnh Gia Lai duy trì mô hình “Camera an ninh”.", ("Đắk Lắk", "Gia Lai"), (),
                 [("Camera an ninh", None)], id="two-provinces-no-tie"),
    pytest.param("Xã triển khai “Mô hình Tổ tự quản an ninh trật tự” tại 5 thôn.", (), (),
                 [("Tổ tự quản an ninh trật tự", None)], id="quote-opens-with-mô-hình"),
    pytest.param("Mô hình “Khu dân cư tự quản (KDCTQ)” được nhân rộng.", (), (),
                 [("Khu dân cư tự quản", None)], id="trailing-bracket"),
]

NEGATIVE = [
    # a quote after a clause word (`được`, `để`, `trở thành`) says what the group does or becomes, not its name
    # (models_trigger_stops.txt; blind-s22-a-016, -021, -023, verbatim)
    pytest.param("Đây cũng là tín hiệu cho thấy các nẻo đường khắp thôn đã bình yên bởi lúc này hoạt động của Tổ tự quản "
                 "được “kích hoạt”.", id="passive-after-trigger"),
    pytest.param("Trước tình hình đó, Công an TP.HCM đã chỉ đạo thành lập các tổ tuần tra kiểm soát đảm bảo ANTT tại địa "
                 "bàn, hoạt động theo mô hình hỗn hợp 363 để “phủ sóng” an ninh từ cơ sở, tạo ra kết quả tích cực trong "
                 "đấu tranh phòng, chống tội phạm.", id="purpose-after-trigger"),
    pytest.param("Các tổ tự quản trở thành “cánh tay nối dài” giữa bộ đội với nhân dân các dân tộc vùng biên giới, góp phần "
                 "bảo đảm an ninh chính trị, trật tự an toàn xã hội trên địa bàn.", id="becomes-after-trigger"),
    # ANNOTATION.md "Not models"
    # the self-management motto in lower case is the category (GUIDELINES.md, settled in round 8: s8-a-009, s6-b-025)
    pytest.param("phát huy vai trò của người có uy tín trong phong trào “tự quản, tự phòng, tự bảo vệ” về an ninh.",
                 id="self-management-motto"),
    pytest.param('Hội nghị Sơ kết hoạt động các mô hình "tự phòng, tự quản" đảm bảo an ninh trật tự', id="motto-after-trigger"),
    # a quoted offence opening with `Tổ chức` is no team (s4-t-028)
    pytest.param("Công an tỉnh khởi tố vụ án “Tổ chức cho người khác xuất cảnh trái phép” để điều tra về an ninh.",
                 id="offence-tổ-chức"),
    pytest.param("Tổng kết chương trình phối hợp của Bộ Công an và các tổ chức thành viên về “Đẩy mạnh phong trào "
                 "Toàn dân bảo vệ an ninh Tổ quốc trong tình hình mới” trên địa bàn thành phố.", id="programme-title"),
    pytest.param("Công an tỉnh tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” tại xã.", id="event-name"),
    pytest.param("Xã duy trì mô hình “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” hằng năm.", id="event-after-trigger"),
    pytest.param("“Do đó, cần xác định rõ công tác xây dựng, nhân rộng mô hình, điển hình tiên tiến trong phong trào "
                 "toàn dân bảo vệ ANTQ là nhiệm vụ gắn liền”, Thứ trưởng Lê Quốc Hùng nhấn mạnh.", id="speech"),
    # GUIDELINES.md and the notes on the gold
    pytest.param("Hưởng ứng cuộc vận động “Xây dựng phong cách người Công an nhân dân bản lĩnh, nhân văn”.",
                 id="campaign"),
    pytest.param("nghiên cứu, phát huy những cách làm hay, sáng tạo để nâng cao chất lượng.", id="generic-cách-làm"),
    pytest.param("quán triệt Đề án số 01 của Đảng ủy Công an tỉnh.", id="plan"),
    pytest.param("Thực hiện phong trào thi đua “Vì an ninh Tổ quốc” năm 2024.", id="phong-trào-thi-đua"),
    # bench sentences that look like models and are not
    pytest.param('Đây được đánh giá là bảng đấu thuận lợi để đội bóng "xứ Kim chi" giành quyền đi tiếp.',
                 id="bench-đội-bóng"),
    pytest.param("lời khen chung cho Đặng Văn Lâm và các đồng đội: “Tôi chọn làm việc ở đây vì tôi tin tưởng.”",
                 id="bench-đồng-đội-colon"),
    pytest.param('Các đội bóng ở nhóm "Big Six" đều lo ngại.', id="bench-nhóm"),
    pytest.param('Nhờ các mô hình "chợ đêm" này, Bangkok đã trở thành điểm đến.', id="bench-lowercase-name"),
    pytest.param('Phong trào "tẩy chay iPhone" xuất phát từ một bộ phận người dùng.', id="bench-lowercase-phong-trào"),
    pytest.param("Nhà trường còn tổ chức “trưng cầu ý kiến” về việc cháu tự ngã.", id="bench-tổ-chức"),
    pytest.param("các mô hình lớn như: Tàu chở hoa phượng, mô hình biểu tượng về thành phố công nghiệp.",
                 id="bench-list-without-semicolons"),
    pytest.param("nhiều mô hình Đoàn, hội vùng biên như: Thanh niên xung kích bảo vệ đường biên; chăn nuôi bò, "
                 "dê sinh sản… đã tạo môi trường.", id="bench-list-lowercase-item"),
    pytest.param("đi thăm một số mô hình phát triển kinh tế của tỉnh Lâm Đồng như: Công ty Hoa Mặt Trời; "
                 "Hợp tác xã Anh Đào.", id="bench-list-trigger-too-far"),
    pytest.param('g sân vận động và chuẩn bị những biểu ngữ mới như "RIP Chelsea FC" của CLB.', id="bench-như-no-trigger"),
    # generic phrases and kinds of model after "mô hình" are not names (tailieuxanh.com, vietbao.com)
    pytest.param(ON_TOPIC + "đánh giá mô hình tổ chức tự quản về an ninh trật tự hiệu quả trong nông thôn",
                 id="pages-unquoted-tổ-chức"),
    pytest.param(ON_TOPIC + "có 700 loại mô hình tổ chức quần chúng làm công tác bảo vệ an ninh, trật tự",
                 id="pages-unquoted-counted"),
    # (a camera after a counted "mô hình" is a model since round 8's settlement: ROUND_ELEVEN_NAMES pol-025)
    pytest.param(ON_TOPIC + "nhân rộng mô hình tự quản, tự phòng trên địa bàn.", id="pages-unquoted-generic"),
    # a head with only a describing word is a kind of model (blind-s4-q-023)
    pytest.param(ON_TOPIC + "ở làng Mỹ Lợi, xã Vinh Mỹ (huyện Phú Lộc) là mô hình dòng họ đầu tiên được Ban Giám đốc Công an "
                 "tỉnh Thừa Thiên Huế chọn lựa", id="unquoted-head-and-modifier"),
    # off the movement's topic (ANNOTATION.md: initiatives of the movement for security and order)
    pytest.param("Mô hình “Cộng đồng học tập cấp xã”, từ năm 2016 đến nay, toàn thành phố có 83 xã.",
                 id="bench-off-topic-learning"),
    pytest.param('Củng cố và duy trì hoạt động các tổ "Covid cộng đồng", "An toàn Covid" trong các cơ quan.',
                 id="bench-off-topic-covid"),
    pytest.param('hợp tác với 150 doanh nghiệp theo mô hình "4 cùng": cùng xây dựng chuẩn đầu ra.',
                 id="bench-off-topic-school"),
    pytest.param("Chủ nhiệm CLB “Sách ơi mở ra” cho biết.", id="bench-off-topic-reading-club"),
    pytest.param("Đề án của tỉnh nhằm phát triển du lịch theo mô hình “Hậu Covid-19” và thu hút khách.",
                 id="bench-off-topic-tourism"),
    pytest.param("3 doanh nghiệp đề nghị phát triển loại hình du lịch trên sông theo mô hình “Thuyền cà phê” "
                 "di động. " + "x" * 800 + " Phố đi bộ bảo đảm an ninh, trật tự và văn minh.",
                 id="heldout-off-topic-far-mention"),
]

QUOTES = [
    # (text, officials the earlier stage found, expected (span text, kind, speaker))
    # -- the quotes rows the audit at 794b29b judged wrong, each rule checked on the 5,000 bench articles
    # a hyphen-joined syllable is part of the speaker's name (bench 2ef67093cd660f26)
    pytest.param('"Tôi nghĩ khả năng đó cũng sẽ đến sớm thôi", Piyapong Pue-on nói.', [],
                 [('"Tôi nghĩ khả năng đó cũng sẽ đến sớm thôi"', "speech", "piyapong pue-on")], id="hyphened-name"),
    # a given name after an honorific is the full name written before it (bench 7dcfe6d2901d6ccf)
    pytest.param("Phó Chủ tịch UBND quận 7 Đào Gia Vượng cho hay công tác lập quy hoạch còn gặp khó khăn. “Việc thực "
                 "hiện quy hoạch quy chế này là cả một quá trình” - ông Vượng băn khoăn.", [],
                 [("“Việc thực hiện quy hoạch quy chế này là cả một quá trình”", "speech", "đào gia vượng")],
                 id="given-name-full-name"),
    # the object of a preposition opening the sentence is no speaker; a Vietnamese full name written alone before the
    # verb is one (bench 6d56d9a715647db9, the audit at 794b29b: given to Vương Phi)
    pytest.param('Nói về Vương Phi, chồng cũ của cô - Lý Á Bằng từng nhận xét: "Cô ấy giống như một đứa trẻ, thế nên cưới '
                 'cô ấy, tôi như có đến ba đứa con".', [("Vương Phi", "vương phi")],
                 [('"Cô ấy giống như một đứa trẻ, thế nên cưới cô ấy, tôi như có đến ba đứa con"', "speech", "lý á bằng")],
                 id="object-of-preposition"),
    # a description stands for a foreign name the officials stage missed, opening its clause before a verb of
    # saying (bench caf35a23); a name after `của` does not (bench e276657b)
    pytest.param("Roland Rajah, chuyên gia hàng đầu về kinh tế tại Viện Lowy ở Sydney cho rằng, Trung Quốc đang cạn dần "
                 'các biện pháp trừng phạt Australia.\n"Tuy nhiên, cần phải nhớ rằng các biện pháp trừng phạt thương mại '
                 'của Trung Quốc có giới hạn", chuyên gia này đánh giá.', [],
                 [('"Tuy nhiên, cần phải nhớ rằng các biện pháp trừng phạt thương mại của Trung Quốc có giới hạn"',
                   "speech", "roland rajah")], id="description-for-stranger"),
    pytest.param('Chủ tịch UEFA, Aleksander Ceferin đã kêu gọi các CLB Anh nên "tỉnh táo lại" bởi sự lôi kéo của '
                 'Florentino Perez và nhóm cộng sự. Ông nói: "Các bạn đã mắc sai lầm lớn. Tôi cho các bạn cơ hội sửa sai".',
                 [], [('"tỉnh táo lại"', "other", None),
                      ('"Các bạn đã mắc sai lầm lớn. Tôi cho các bạn cơ hội sửa sai"', "speech", "aleksander ceferin")],
                 id="pronoun-for-stranger-not-object"),
    # a foreign given name is the article's person whose name opens with it (bench 711e0f4e)
    pytest.param('HLV Park Hang Seo đã gia hạn hợp đồng với VFF. Về phần mình, thầy Park nhấn mạnh: "Hào quang trong quá '
                 'khứ giờ nên để lại trong ký ức".', [("Park Hang Seo", "park hang seo")],
                 [('"Hào quang trong quá khứ giờ nên để lại trong ký ức"', "speech", "park hang seo")],
                 id="given-name-first"),
    # a verb of saying the lists lacked (bench: "” - ông Hùng thanh minh.", "Bà Bền bật mí thêm:")
    pytest.param("“Hợp đồng Nam Triệu ký với các nhà cung cấp máy theo đúng hợp đồng” - ông Hùng thanh minh.",
                 [("Bùi Hữu Hùng", "bùi hữu hùng"), ("Hùng", "bùi hữu hùng")],
                 [("“Hợp đồng Nam Triệu ký với các nhà cung cấp máy theo đúng hợp đồng”", "speech", "bùi hữu hùng")],
                 id="verb-thanh-minh"),
    # an award's name is no programme (bench ca3b317e8e5bf927)
    pytest.param('FPT Telecom đã xuất sắc được vinh danh giải thưởng "Nhà cung cấp dịch vụ viễn thông tiêu biểu về Chất '
                 'lượng Chăm sóc Khách hàng Băng thông rộng Cố định".', [],
                 [('"Nhà cung cấp dịch vụ viễn thông tiêu biểu về Chất lượng Chăm sóc Khách hàng Băng thông rộng Cố '
                   'định"', "other", None)], id="award-is-other"),
    # a quote never closed goes on past a term quoted inside it (bench f6ec23d32d5a0073) ...
    pytest.param('Vừa qua, Báo Nghệ An đã có bài viết: “Thiếu nữ gào khóc thảm thiết khi bị nhóm thanh niên "bắt vợ" '
                 "tại huyện Quỳ Hợp (Nghệ An). Ngay sau đó, danh tính đã được xác định.", [],
                 [('“Thiếu nữ gào khóc thảm thiết khi bị nhóm thanh niên "bắt vợ" tại huyện Quỳ Hợp (Nghệ An)', "other",
                   None), ('"bắt vợ"', "other", None)], id="unclosed-keeps-inner-term"),
    # ... but not past a quote that opens a sentence (bench d97928f04d: two quotes, the first never closed)
    pytest.param('Nhưng Hess nói rằng, ngay cả lượng phốt pho thấp nhất cũng tạo ra sự khác biệt.\n"Để sự sống hình '
                 'thành, chỉ cần có một địa điểm phù hợp. "Nếu phốt pho tập trung ở một nơi, thì có lẽ là đủ", Hess nhấn '
                 "mạnh.", [],
                 [('"Để sự sống hình thành, chỉ cần có một địa điểm phù hợp', "speech", None),
                  ('"Nếu phốt pho tập trung ở một nơi, thì có lẽ là đủ"', "speech", None)], id="unclosed-then-new-quote"),
    pytest.param("“Do đó, cần xác định rõ công tác này là nhiệm vụ chính trị”, Thứ trưởng Lê Quốc Hùng nhấn mạnh.",
                 [("Lê Quốc Hùng", "lê quốc hùng")],
                 [("“Do đó, cần xác định rõ công tác này là nhiệm vụ chính trị”", "speech", "lê quốc hùng")],
                 id="speech-speaker-after"),
    pytest.param("Trung tướng Lê Quốc Hùng nhấn mạnh: “Phải làm tốt công tác dân vận”.",
                 [("Lê Quốc Hùng", "lê quốc hùng")],
                 [("“Phải làm tốt công tác dân vận”", "speech", "lê quốc hùng")], id="speech-speaker-before"),
    pytest.param("“Chúng tôi sẽ làm tốt”, một người dân nói.", [],
                 [("“Chúng tôi sẽ làm tốt”", "speech", None)], id="speech-unnamed-speaker"),
    pytest.param("“Chúng tôi sẽ làm tốt”, ông Hải nói.", [],
                 [("“Chúng tôi sẽ làm tốt”", "speech", "hải")], id="speech-speaker-missed-by-officials"),
    pytest.param("Ông Chung cho rằng “đây là cơ hội để các địa phương học hỏi lẫn nhau và cùng phát triển bền vững "
                 "hơn nữa”.", [],
                 [("“đây là cơ hội để các địa phương học hỏi lẫn nhau và cùng phát triển bền vững hơn nữa”",
                   "speech", None)], id="long-speech"),
    pytest.param("Tỉnh duy trì mô hình “Camera an ninh” ở các xã.", [],
                 [("“Camera an ninh”", "model", None)], id="model"),
    pytest.param("Công an tỉnh tổ chức “Ngày hội toàn dân bảo vệ an ninh Tổ quốc” tại xã.", [],
                 [("“Ngày hội toàn dân bảo vệ an ninh Tổ quốc”", "programme", None)], id="programme-event"),
    pytest.param("tọa đàm “Phát triển du lịch bền vững tại Khu du lịch quốc gia Sơn Trà” nhằm lắng nghe.", [],
                 [("“Phát triển du lịch bền vững tại Khu du lịch quốc gia Sơn Trà”", "programme", None)],
                 id="programme-marker"),
    pytest.param('Chiếc xe "khủng" này có giá 2 tỷ đồng.', [], [('"khủng"', "other", None)], id="other"),
    pytest.param("Chủ nhiệm CLB “Sách ơi mở ra” cho biết.", [], [("“Sách ơi mở ra”", "other", None)],
                 id="off-topic-model-is-other"),
    pytest.param("mô hình “”Giáo xứ bình yên, đảm bảo ANTT”, “Tổ tự quản”", [],
                 [("“”Giáo xứ bình yên, đảm bảo ANTT”", "model", None), ("“Tổ tự quản”", "model", None)],
                 id="broken-double-opener"),
    pytest.param("Mô hình “Công an phường phối hợp giải phóng mặt bằng trên địa bàn phường Long Biên; mô hình "
                 "“Móc khóa an toàn” trên địa bàn phường Trung Liệt.", [],
                 [("“Công an phường phối hợp giải phóng mặt bằng trên địa bàn phường Long Biên", "model", None),
                  ("“Móc khóa an toàn”", "model", None)], id="unclosed-stops-at-clause"),
    pytest.param("“Chúng tôi vẫn chưa giao mặt bằng “sạch” cho Công ty Chuỗi Giá Trị”, ông Nguyễn Anh Tuấn nói.",
                 [("Nguyễn Anh Tuấn", "nguyễn anh tuấn")],
                 [("“Chúng tôi vẫn chưa giao mặt bằng “sạch” cho Công ty Chuỗi Giá Trị”", "speech", "nguyễn anh tuấn"),
                  ("“sạch”", "other", None)], id="bench-nested-quote"),
    # several quoted terms inside one quote are all nested; the quote closes after them (bench 786218137a6257d7:
    # the quote stopped before its first inner term)
    pytest.param('nhà nghiên cứu Trần Hữu Sơn khẳng định: “Truyền thống của người H’mông dùng từ "kéo vợ" chứ không '
                 'phải đi "bắt vợ"”. TS Trần Hữu Sơn, Phó Chủ tịch Hội Văn nghệ', [("Trần Hữu Sơn", "trần hữu sơn")],
                 [('“Truyền thống của người H’mông dùng từ "kéo vợ" chứ không phải đi "bắt vợ"”', "speech",
                   "trần hữu sơn"), ('"kéo vợ"', "other", None), ('"bắt vợ"', "other", None)],
                 id="bench-two-nested-quotes"),
    # a bracketed apposition between the speaker and the colon (bench 33eeaf8176f9058b); a speaker named
    # right after `?”` (bench 1a68444bfc217fd9), but not a person named later in a new sentence (bench)
    pytest.param("Bà Nguyễn Ngọc Dự (người dân xã Thừa Đức) tiếc nuối: “Bãi biển này trước khi giao cho nhà đầu tư, "
                 "người dân dựng lều”.", [("Nguyễn Ngọc Dự", "nguyễn ngọc dự")],
                 [("“Bãi biển này trước khi giao cho nhà đầu tư, người dân dựng lều”", "speech", "nguyễn ngọc dự")],
                 id="bench-speaker-bracketed-apposition"),
    pytest.param("“Đó là cách làm thông thường của nhiều đạo luật khác, vì sao lại không áp dụng với bộ luật này?” "
                 "ĐBQH Trương Trọng Nghĩa đặt câu hỏi.", [("Trương Trọng Nghĩa", "trương trọng nghĩa")],
                 [("“Đó là cách làm thông thường của nhiều đạo luật khác, vì sao lại không áp dụng với bộ luật này?”",
                   "speech", "trương trọng nghĩa")], id="bench-speaker-after-question"),
    # a given name after an honorific is no `longer name` that is a place (bench baomoi-22540946: `Ninh Bình`
    # earlier in the article); a title before a firm's name, a newspaper's name (bench dantri-business-046,
    # dantri-sport-036): nobody the article names
    pytest.param("Sấy khô lúa của xã Khánh Cường, Yên Khánh, Ninh Bình. Thở dài ngao ngán nhìn hàng chục tấn lúa "
                 "giống, bà Bình cho biết: “Nghe kêu gọi của HTX, gia đình tôi đầu tư sản xuất 10 ha lúa giống HN6”.",
                 [], [("“Nghe kêu gọi của HTX, gia đình tôi đầu tư sản xuất 10 ha lúa giống HN6”", "speech", "bình")],
                 id="bench-given-name-not-a-place"),
    pytest.param('nhu cầu container tăng nhanh nên Hòa Phát chuyển sang làm container.\n"Thuận lợi là rất nhiều, là '
                 'cơ bản", Chủ tịch Hòa Phát nói.', [],
                 [('"Thuận lợi là rất nhiều, là cơ bản"', "speech", None)], id="bench-title-of-a-firm"),
    pytest.param('Siam Sport thông tin: "HA Gia Lai tiếp tục dẫn đầu V-League, họ đá 10 trận, thắng đến 8 trận, hòa 1 '
                 'và chỉ thua 1, được 25 điểm" .', [],
                 [('"HA Gia Lai tiếp tục dẫn đầu V-League, họ đá 10 trận, thắng đến 8 trận, hòa 1 và chỉ thua 1, '
                   'được 25 điểm"', "speech", None)], id="bench-newspaper-no-speaker"),
    # a given name alone after the quote is the speaker (bench: `”, Ánh nói.`, `”, Xiao nói.`); not a
    # capitalised `Người` (Hồ Chí Minh), `Họ` (they) nor `Cậu` (bench), nor `Phi` of `E. Phi-líp` (bench)
    pytest.param('"Mình khá bất ngờ vì người nước ngoài lại quan tâm đến môi trường", Ánh nói.', [],
                 [('"Mình khá bất ngờ vì người nước ngoài lại quan tâm đến môi trường"', "speech", "ánh")],
                 id="bench-given-name-speaker"),
    pytest.param('"Nhiều người già, trẻ nhỏ, hay những người mắc bệnh", Xiao nói.', [],
                 [('"Nhiều người già, trẻ nhỏ, hay những người mắc bệnh"', "speech", "xiao")],
                 id="bench-one-syllable-foreign-speaker"),
    pytest.param('Chủ tịch Hồ Chí Minh đã ra Lời kêu gọi thi đua ái quốc. Người nói: "Thi đua là yêu nước, yêu nước '
                 'thì phải thi đua".', [("Hồ Chí Minh", "hồ chí minh")],
                 [('"Thi đua là yêu nước, yêu nước thì phải thi đua"', "speech", None)], id="bench-nguoi-no-name"),
    pytest.param('Cuối cùng, tờ báo này cho rằng tâm lý thoải mái có thể là lợi thế. Họ kết luận: "Đội tuyển '
                 'Indonesia đã bị loại".', [],
                 [('"Đội tuyển Indonesia đã bị loại"', "speech", None)], id="bench-ho-no-name"),
    pytest.param('Thủ tướng Pháp E. Phi-líp đã bày tỏ vui mừng vì kết quả mà LREM giành được, khẳng định: '
                 '"Nước Pháp đã trở lại".', [],
                 [('"Nước Pháp đã trở lại"', "speech", None)], id="bench-hyphenated-name-not-cut"),
    # how it is said after a name written without a cue (bench); not after a title's words (bench)
    pytest.param('"Cảm ơn tất cả mọi người vì những điều ước sinh nhật", Mia Yim vui vẻ chia sẻ thông qua trang mạng '
                 'xã hội Twitter.', [],
                 [('"Cảm ơn tất cả mọi người vì những điều ước sinh nhật"', "speech", "mia yim")],
                 id="bench-bare-name-manner"),
    pytest.param('"Bọn em là nhân viên làm theo đầu việc thôi", Phó Giám đốc nói.', [],
                 [('"Bọn em là nhân viên làm theo đầu việc thôi"', "speech", None)], id="bench-title-words-no-name"),
    # the person a sentence opens with speaks, not one named in their apposition (bench); not a person named
    # inside a phrase before the speaker's own name (bench)
    pytest.param("Trao đổi thêm với PV, ông Nguyễn Văn Khoa, thương binh 1/4, đồng đội của ông Hoàng Tiến Vin cho biết: "
                 "“Chúng tôi rất bức xúc”.", [("Nguyễn Văn Khoa", "nguyễn văn khoa"), ("Hoàng Tiến Vin", "hoàng tiến vin")],
                 [("“Chúng tôi rất bức xúc”", "speech", "nguyễn văn khoa")], id="bench-apposition-head-speaks"),
    pytest.param("Liên quan tới hợp đồng của HLV Park Hang Seo, trước đó, Tổng thư ký Liên đoàn bóng đá Việt Nam - "
                 "Lê Hoài Anh cho biết: “Hai bên sẽ sớm đàm phán”.",
                 [("Park Hang Seo", "park hang seo"), ("Lê Hoài Anh", "lê hoài anh")],
                 [("“Hai bên sẽ sớm đàm phán”", "speech", "lê hoài anh")], id="bench-no-apposition-head"),
    # verbs of saying said of people only after their name or before a colon (bench)
    pytest.param("bà Nguyễn Thương Hoài bán chó. “Ai chở chó tới thì tôi mua, sau đó bán lại” - bà Hoài phân trần.",
                 [("Nguyễn Thương Hoài", "nguyễn thương hoài")],
                 [("“Ai chở chó tới thì tôi mua, sau đó bán lại”", "speech", "nguyễn thương hoài")],
                 id="bench-phan-tran"),
    pytest.param("Còn ông Lương Thanh Xiêm, Chủ tịch UBND phường 8 (TP Sóc Trăng), trần tình: “Khi chúng tôi kiểm tra, "
                 "ông Ngọ không xuất trình được các giấy tờ theo quy định”.", [("Lương Thanh Xiêm", "lương thanh xiêm")],
                 [("“Khi chúng tôi kiểm tra, ông Ngọ không xuất trình được các giấy tờ theo quy định”", "speech",
                   "lương thanh xiêm")], id="bench-tran-tinh"),
    pytest.param('những câu hỏi khó như "Là do cha/mẹ hết tiền rồi ạ?" Cách giải quyết mà mẹ Diệp Chi tâm đắc là '
                 'đặt vấn đề.', [("Diệp Chi", "diệp chi")],
                 [('"Là do cha/mẹ hết tiền rồi ạ?"', "speech", None)], id="bench-no-speaker-after-question"),
    # a sentence that opens with its source (`Theo ông X,`) gives its quotes that speaker (bench 564a67eb42671c1f:
    # the audit at 40fc3eb found no speaker); a programme's name in such a sentence stays a programme
    pytest.param('Theo ông Lavrov, hiện Mỹ duy trì 450 nhân viên ngoại giao ở Nga còn Nga đang có 350 nhân viên ở Mỹ, '
                 'do vậy phía Mỹ sẽ phải "điều chỉnh số lượng nhân viên ở Nga phù hợp với số lượng người Nga ở Mỹ", '
                 'nếu quan hệ giữa hai nước trở nên tồi tệ hơn.', [("Lavrov", "sergey lavrov")],
                 [('"điều chỉnh số lượng nhân viên ở Nga phù hợp với số lượng người Nga ở Mỹ"', "speech",
                   "sergey lavrov")], id="speech-source-opening"),
    pytest.param("Cũng theo Đại tá Hạnh, có thể người tung hình ảnh giả mạo trường nhằm “câu like” (thích) trên "
                 "cộng đồng mạng.", [("Hạnh", "trần ngọc hạnh")],
                 [("“câu like”", "speech", "trần ngọc hạnh")], id="speech-source-opening-cung-theo"),
    pytest.param('Theo ông Trần Hiếu Hùng, chương trình "Hương rừng U Minh" nằm trong chuỗi sự kiện.',
                 [("Trần Hiếu Hùng", "trần hiếu hùng")],
                 [('"Hương rừng U Minh"', "programme", None)], id="programme-in-source-opening"),
    # `nêu` and `nêu quan điểm` frame a quote; a full stop after an academic title does not end the
    # speaker's sentence (bench sentences)
    pytest.param('"Đại hội cổ đông quyết định mời ông Yasuhiro Saitoh tiếp tục làm", ông Quốc nêu.',
                 [("Yasuhiro Saitoh", "yasuhiro saitoh"), ("Quốc", "lê minh quốc")],
                 [('"Đại hội cổ đông quyết định mời ông Yasuhiro Saitoh tiếp tục làm"', "speech", "lê minh quốc")],
                 id="speech-verb-neu"),
    pytest.param('"Trong khoảng 15 năm trở lại đây, vấn đề đạo đức người làm báo là vấn đề nhức nhối" - PGS,TS. '
                 'Nguyễn Thị Trường Giang nói.', [("Nguyễn Thị Trường Giang", "nguyễn thị trường giang")],
                 [('"Trong khoảng 15 năm trở lại đây, vấn đề đạo đức người làm báo là vấn đề nhức nhối"', "speech",
                   "nguyễn thị trường giang")], id="speaker-after-academic-title-stop"),
    pytest.param("Theo báo cáo, mức “khủng” này chưa từng có.", [], [("“khủng”", "other", None)],
                 id="source-opening-not-a-person"),
    pytest.param("về tăng cường sự lãnh đạo của Đảng trong tình hình mới\" và Đề án số 01.", [], [],
                 id="orphan-closer"),
    # a pronoun stands for the person last written with it as honorific, in the cast or not (bench ca0186defe0653f9,
    # d5e14e4fa4d01153: `chị` is not the subject `anh Được`)
    pytest.param("Buôn hoa quả lâu năm, chị Đào chưa bao giờ thấy giá mận cơm lại thấp kỷ lục như vậy. Nay mận "
                 "nhỏ, chị bán buôn với giá 4.000 đồng/kg, loại to là 6.000 đồng/kg.\n\"Do giá mận thấp nên giờ tôi "
                 "ít bán lẻ mà bán theo combo 2kg, 5kg, 10kg kèm theo muối chấm\" - chị kể.", [],
                 [('"Do giá mận thấp nên giờ tôi ít bán lẻ mà bán theo combo 2kg, 5kg, 10kg kèm theo muối chấm"',
                   "speech", "đào")], id="pronoun-honorific-antecedent"),
    pytest.param("Chị Bình - vợ anh Được - thú nhận, lúc đó bỏ 50-80 triệu đồng ra mua một con bò sữa.\nNăm đầu tiên, "
                 "do chưa có kinh nghiệm, vợ chồng chị nuôi khá chật vật. \"Nuôi bò ngang với đánh bạc, nhiều lúc mất "
                 "ăn mất ngủ\", chị nói.", [("Được", "nguyễn danh được")],
                 [('"Nuôi bò ngang với đánh bạc, nhiều lúc mất ăn mất ngủ"', "speech", "bình")],
                 id="pronoun-honorific-not-the-other-gender"),
    pytest.param("Bà Von der Leyen cho biết bà có cơ hội lên tiếng.\n\"Tôi cảm thấy buồn, đơn độc\", bà cho biết.", [],
                 [('"Tôi cảm thấy buồn, đơn độc"', "speech", "von der leyen")], id="pronoun-honorific-particle"),
    # a place (`Khánh Hòa`) or a name that is no sentence's subject (`European Super League`) is no stranger
    # between a pronoun and its antecedent (bench 718dfd3aa5568917, e276657b617a81a7)
    pytest.param("Đại tá Stanfield Chien, Tổng Chỉ huy Chương trình PP17, cho hay: “Chúng tôi đặc biệt vui mừng khi "
                 "được làm việc cùng những người bạn tại tỉnh Khánh Hòa”. “Chúng tôi dành thời gian tại đây để tạo "
                 "dựng mối quan hệ”, ông chia sẻ thêm.", [("Stanfield Chien", "stanfield chien")],
                 [("“Chúng tôi đặc biệt vui mừng khi được làm việc cùng những người bạn tại tỉnh Khánh Hòa”", "speech",
                   "stanfield chien"),
                  ("“Chúng tôi dành thời gian tại đây để tạo dựng mối quan hệ”", "speech", "stanfield chien")],
                 id="pronoun-past-a-place"),
    pytest.param("Cựu danh thủ David Beckham đã thêm tiếng nói vào chiến dịch phản đối European Super League. Anh chia "
                 "sẻ: \"Chúng tôi cần bóng đá công bằng\".", [("David Beckham", "david beckham")],
                 [('"Chúng tôi cần bóng đá công bằng"', "speech", "david beckham")], id="pronoun-past-a-non-subject"),
    # a word of a country's name (`Thái` of `Thái Lan`) may be a name's (bench 9bfa4c8d77a38427)
    pytest.param('"Chúng tôi vui vì khi bỏ lại được các vấn đề sau lưng mình", Thái Sùng Tín, nhà đồng sáng lập và '
                 'Phó chủ tịch Alibaba chia sẻ với các cổ đông.', [],
                 [('"Chúng tôi vui vì khi bỏ lại được các vấn đề sau lưng mình"', "speech", "thái sùng tín")],
                 id="speaker-name-with-a-country-word"),
    # a name and its apposition before the verb of saying, after the quote or opening the sentence before a colon
    # (bench c4cf154a3c015b77, e1eb2c4edfba5969, d8afb426726f8739)
    pytest.param('"Đây là điều rất khác với những gì mà chúng tôi thấy năm ngoái", Soonu Udani, người đứng đầu khoa '
                 'hồi sức tích cực tại Bệnh viện Nhi Mumbai, nói.', [],
                 [('"Đây là điều rất khác với những gì mà chúng tôi thấy năm ngoái"', "speech", "soonu udani")],
                 id="speaker-after-with-long-apposition"),
    pytest.param('Trudy Kortes, một nhân sự cấp cao của NASA, cho biết: "MOXIE không chỉ là công cụ đầu tiên sản xuất '
                 'ôxy ở một hành tinh khác."', [],
                 [('"MOXIE không chỉ là công cụ đầu tiên sản xuất ôxy ở một hành tinh khác."', "speech",
                   "trudy kortes")], id="speaker-before-with-apposition"),
    pytest.param("“Nhiều trường hợp trẻ sơ sinh tử vong chỉ vì không đủ thời gian cấp cứu” - PGS-TS-BS Tăng Chí "
                 "Thượng, Phó Giám đốc Sở Y tế TP.HCM - nguyên Giám đốc BV Nhi đồng 1, người đề xuất xây dựng nên quy "
                 "trình báo động đỏ tâm huyết nói.", [("Tăng Chí Thượng", "tăng chí thượng")],
                 [("“Nhiều trường hợp trẻ sơ sinh tử vong chỉ vì không đủ thời gian cấp cứu”", "speech",
                   "tăng chí thượng")], id="official-after-with-long-apposition"),
    # a person after a quote who is done to (`được mời … và trình bày`) does not say it (bench 0782b4e668545e0f)
    pytest.param("Tại tọa đàm “Phát triển du lịch bền vững khu du lịch quốc gia Sơn Trà”, ông Huỳnh Tấn Vinh được mời "
                 "tham dự và trình bày các ý kiến.", [("Huỳnh Tấn Vinh", "huỳnh tấn vinh")],
                 [("“Phát triển du lịch bền vững khu du lịch quốc gia Sơn Trà”", "programme", None)],
                 id="passive-person-after-programme"),
    # verbs that are nouns too (models_speaker_verbs.txt) frame a quote only with a speaker or a colon
    # (bench 54f35a5dd8bbfa30, f9bf1e56b15865b1)
    pytest.param('Những bức ảnh trên mạng xã hội của Lý Yên luôn có lượt người xem, "like", và bình luận "khủng".', [],
                 [('"like"', "other", None), ('"khủng"', "other", None)], id="noun-verb-after-quote-is-no-frame"),
    pytest.param('Các nhà dinh dưỡng kết luận: "Dù fructose không phải là chất béo, nhưng do tất cả fructose đều '
                 'chuyển thành chất béo"', [],
                 [('"Dù fructose không phải là chất béo, nhưng do tất cả fructose đều chuyển thành chất béo"', "speech",
                   None)], id="noun-verb-before-colon"),
    # a description stands for the person named before it (bench 64bf056cfeec648b, d223a3e48f7f50a6)
    pytest.param('Để chạm tay vào ước mơ, Kim Byung Man đã phải nỗ lực học tập và trải qua 30 lần thi trượt. Nam diễn '
                 'viên hài tâm sự: "Ý tưởng có được tấm bằng lái máy bay"', [("Kim Byung Man", "kim byung man")],
                 [('"Ý tưởng có được tấm bằng lái máy bay"', "speech", "kim byung man")], id="description-nam"),
    pytest.param('Cũng từ đây, khán giả biết đến ca sĩ Lương Bích Hữu.\n"Thời điểm đó có cuộc thi hát nào là mình '
                 'đăng ký hết", nữ ca sĩ tâm sự.', [("Lương Bích Hữu", "lương bích hữu")],
                 [('"Thời điểm đó có cuộc thi hát nào là mình đăng ký hết"', "speech", "lương bích hữu")],
                 id="description-nu-after"),
    # how it is said between a person and the colon (bench 7f98df7398478cad, 9fe288fce7206435)
    pytest.param("ông Hùng phân trần: “Cái này thuộc trách nhiệm của Hoàng Gia Phát. Còn Nam Triệu ký với Hoàng Gia "
                 "Phát đúng với hợp đồng”.", [("Hùng", "bùi hữu hùng")],
                 [("“Cái này thuộc trách nhiệm của Hoàng Gia Phát. Còn Nam Triệu ký với Hoàng Gia Phát đúng với hợp "
                   "đồng”", "speech", "bùi hữu hùng")], id="heading-with-manner"),
    pytest.param('Tiếp chuyện với chúng tôi, bà Bền bật mí: "Mẹ tôi tức bà Tướng Thị Túc, xưa kia cũng nối nghề."',
                 [("Bền", "bàn thị bền")],
                 [('"Mẹ tôi tức bà Tướng Thị Túc, xưa kia cũng nối nghề."', "speech", "bàn thị bền")],
                 id="heading-with-manner-after-honorific"),
    # the text of a rule or a list of names after a colon is nobody's speech (the audit at 40fc3eb;
    # bench e0de5287f84c27f1, 6fd10c4e5e71378e)
    pytest.param('Đồng thời tại Điều 65 Luật sửa đổi bổ sung một số điều của Luật Giáo dục Đại học quy định: "5. Cơ sở '
                 'giáo dục đại học phải công bố công khai chi phí đào tạo, mức thu học phí."', [],
                 [('"5. Cơ sở giáo dục đại học phải công bố công khai chi phí đào tạo, mức thu học phí."', "other",
                   None)], id="rule-text-is-other"),
    pytest.param("4 công trình được trao giải Nhất gồm: “Chế tạo tàu khách bằng nhựa dẻo đặc biệt (PPC) với 56 chỗ "
                 "ngồi” của tác giả Nguyễn Kim Sơn.", [],
                 [("“Chế tạo tàu khách bằng nhựa dẻo đặc biệt (PPC) với 56 chỗ ngồi”", "other", None)],
                 id="listed-title-is-other"),
    pytest.param("Ông nói:\n“Chúng tôi đã nghiên cứu, đề xuất phương án điều phối giao thông\n“Năm nay sẽ xong.”", [],
                 [("“Chúng tôi đã nghiên cứu, đề xuất phương án điều phối giao thông", "speech", None),
                  ("“Năm nay sẽ xong.”", "speech", None)], id="speech-over-paragraphs"),
]
# fmt: on


@pytest.mark.parametrize(("text", "provinces", "regions", "expected"), MODELS)
def test_models(extract, text, provinces, regions, expected):
    assert found_models(extract, text, provinces, regions) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_not_models(extract, text):
    assert found_models(extract, text) == []


@pytest.mark.parametrize(("text", "officials", "expected"), QUOTES)
def test_quotes(extract, text, officials, expected):
    assert found_quotes(extract, text, officials) == expected


def test_every_quote_is_in_the_quotes_table(extract):
    text = SEED_000 + " " + SEED_003_LIST
    mentions = run(extract, text)
    quote_spans = {(m.start, m.end) for m in mentions if isinstance(m.value, QuoteValue)}
    for m in mentions:
        if isinstance(m.value, ModelValue) and text[m.start] in "“\"«":
            assert any(a == m.start and m.end <= b for a, b in quote_spans)
    assert all(m.value.kind in models.KINDS for m in mentions if isinstance(m.value, QuoteValue))


# ------------------------------------------------------------------ data


PROGRAMME = set(load_words("models_programme_markers.txt"))


def _lexicon_cases(name: str, make) -> list:
    return [pytest.param(make(w), id=f"{name}:{w}") for w in load_words(name)]


# fmt: off
LEXICON_MODELS = (
    # a trigger that is a programme marker too (`phong trào`) introduces a model only with words between
    _lexicon_cases("models_triggers.txt", lambda w: f"{ON_TOPIC}Xã duy trì {w}{' xây dựng' if w in PROGRAMME else ''} "
                                                    "“Tổ an toàn” ở các thôn.")
    + _lexicon_cases("models_triggers_adjacent.txt", lambda w: f"{ON_TOPIC}Xã duy trì các {w} “Tổ an toàn” ở các thôn.")
    + _lexicon_cases("models_quantifiers.txt", lambda w: f"{ON_TOPIC}Xã duy trì {w} tổ “Tổ an toàn” ở các thôn.")
    + _lexicon_cases("models_place_phrases.txt",
                     lambda w: f"{ON_TOPIC}Xã duy trì mô hình “Tổ an toàn {w} xã Ea Tul; tiếp")
    + _lexicon_cases("models_topic_words.txt", lambda w: f"Xã duy trì mô hình “Tổ an toàn” vì {w}, {w} ở các thôn.")
    + _lexicon_cases("models_name_cues.txt",
                     lambda w: f"{ON_TOPIC}Xã ra mắt mô hình “Dân vận khéo” {w} “Tổ an toàn” ở các thôn.")
)
LEXICON_QUOTES = (
    _lexicon_cases("models_programme_markers.txt", lambda w: (f"Tỉnh {w} “Vì an ninh Tổ quốc” năm nay.", "programme"))
    + _lexicon_cases("models_programme_starts.txt", lambda w: (f"Tỉnh phát động “{w} vì an ninh Tổ quốc” năm nay.",
                                                               "programme"))
    + _lexicon_cases("models_speech_verbs.txt", lambda w: (f"“Chúng tôi sẽ làm tốt”, ông Hải {w}.", "speech"))
    + _lexicon_cases("official_speaker_verbs.txt", lambda w: (f"“Chúng tôi sẽ làm tốt”, ông Hải {w}.", "speech"))
    + _lexicon_cases("models_speaker_verbs.txt", lambda w: (f"“Chúng tôi sẽ làm tốt”, ông Hải {w}.", "speech"))
)
# fmt: on


@pytest.mark.parametrize("text", LEXICON_MODELS)
def test_every_model_word_works(extract, text):
    """Each trigger, quantifier and place phrase yields the model `Tổ an toàn`."""
    assert found_models(extract, text) == [("Tổ an toàn", None)]


@pytest.mark.parametrize("case", LEXICON_QUOTES)
def test_every_quote_word_works(extract, case):
    text, kind = case
    assert [k for _, k, _ in found_quotes(extract, text)] == [kind]


def test_clean_name(lex):
    assert models.clean_name("“Mô hình dân vận khéo: 24 giờ trải nghiệm”", lex) == "dân vận khéo: 24 giờ trải nghiệm"
    assert models.clean_name("2 an (an ninh, trật tự - an sinh xã hội)", lex) == "2 an"
    assert models.clean_name("“”Giáo xứ bình yên, đảm bảo ANTT”", lex) == "Giáo xứ bình yên, đảm bảo ANTT"
    assert models.clean_name("Mô hình", lex) == "Mô hình"


# ------------------------------------------------------------------ invariants


NAUGHTY = [
    "", " ", "“", "”", '"', "«»", "“”", "““””", '""""', "mô hình “", "mô hình “”", "như: ;;;", "như:",
    "Các mô hình như: ; ; .", "mô hình “A” ,“B", "“\n”", "mô hình: “Ω” của tỉnh ", "\u00a0“ A ”\u00a0",
    "mô hình “(”", "Các mô hình như: (a); (b).", "“Mô hình”", "mô hình “ Mô hình ”",
]


def _check_spans(doc: NormalisedDoc, mentions: list[Mention]) -> None:
    for m in mentions:
        assert m.text == doc.text[m.start:m.end]
        assert m.text == m.text.strip()
        assert isinstance(m.value, (ModelValue, QuoteValue))


@pytest.mark.parametrize("text", NAUGHTY)
def test_naughty_strings(extract, text):
    doc = NormalisedDoc("t", text, None)
    _check_spans(doc, extract(doc, {}))


def test_empty_text(extract):
    assert extract(NormalisedDoc("t", "", None), {}) == []


def test_offsets_on_seeds(extract, seed_texts):
    for name, raw in seed_texts.items():
        doc = NormalisedDoc(name, normalise_text(raw), None)
        _check_spans(doc, extract(doc, make_found(doc)))




# ------------------------------------------------------------------ gold


def key(text: str) -> str:
    """ANNOTATION.md key(): NFC, tone marks, dashes, quotes and edge punctuation, spaces, case."""
    text = fix_tone_marks(unicodedata.normalize("NFC", text))
    text = re.sub(r"\s*[‐‑‒–—−-]\s*", "-", text)
    text = re.sub(r"[“”\"'‘’«»]", "", text)
    text = re.sub(r"^\W+|\W+$", "", re.sub(r"\s+", " ", text).strip())
    return text.casefold()


def test_gold_seed_models(extract, seed_texts):
    """Exact-name F1 on the seeds (the news gold has no models); provinces with the real stage."""
    from vnie.extractors import provinces as provinces_stage

    places = provinces_stage.build()
    gold = {json.loads(line)["source"]: json.loads(line)
            for line in (ROOT / "corpus" / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()}
    tp = fp = fn = same_province = 0
    for name, raw in seed_texts.items():
        doc = NormalisedDoc(name, normalise_text(raw), None)
        found = {"provinces": places(doc, {}), "officials": []}
        got = {key(m.value.name): m.value.province for m in extract(doc, found) if isinstance(m.value, ModelValue)}
        want = {key(m["name"]): m["province"] for m in gold[name].get("models", [])}
        tp += len(got.keys() & want.keys())
        fp += len(got.keys() - want.keys())
        fn += len(want.keys() - got.keys())
        same_province += sum(got[k] == want[k] for k in got.keys() & want.keys())
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (tp, fp, fn)
    assert same_province / tp >= 0.9


# ------------------------------------------------------------------ bench


@pytest.mark.slow
def test_bench_precision_and_speed(extract, bench_path):
    """On 5,000 real articles: no exception, few models (most news has none); speed is in `vnie bench`."""
    docs = []
    with gzip.open(bench_path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            docs.append(NormalisedDoc(record["id"], normalise_text(record["text"] or ""), None))
    results = [extract(doc, {}) for doc in docs]
    n_models = sum(isinstance(m.value, ModelValue) for r in results for m in r)
    for doc, mentions in zip(docs, results):
        _check_spans(doc, mentions)
    assert n_models <= 40  # 15 at calibration, all checked by eye; 0 since the topic rule (all 15 were off topic)


def test_inline_lists_without_quotes(extract):
    """Models listed inline after `như mô hình` / `gồm: Mô hình`, split on `,` and `;`, each
    cut before its place (`tại làng Hrăk`, `xã Đak Djrăng`); a place-only item is dropped and
    the list stops at a quote (issue 13: all-gold FN class; the bench has no such list, so the
    sentences are from corpus/samples blind-sec-2 sec-016 and blind-fin-sec fin-sec-020)."""
    text = ("nhân rộng các mô hình, điển hình tiên tiến trong phong trào toàn dân BVANTQ và công tác dân vận "
            "như mô hình camera an ninh, đoạn đường sắt tự quản an toàn giao thông, Zalo an ninh, tổ liên kết "
            "phòng cháy, chữa cháy và cứu hộ cứu nạn, sóng và máy tính cho em…\n\nTrong năm qua")
    assert [n for n, _ in found_models(extract, text)] == [
        "camera an ninh", "đoạn đường sắt tự quản an toàn giao thông", "Zalo an ninh",
        "tổ liên kết phòng cháy, chữa cháy và cứu hộ cứu nạn", "sóng và máy tính cho em"]
    text = ("Hiện trên địa bàn huyện có 17 mô hình tại 10 xã, 1 thị trấn gồm: Mô hình cổng làng an ninh trật tự "
            "tại làng Hrăk, xã Đak Djrăng; tiếng kẻng An ninh làng Đê Kijêng, xã Ayun; cổng làng bình yên làng "
            "Chrơng 2, xã Đak Taley và làng Đê Gơl, xã Đak Djrăng; con đường an toàn xã Đak Djrăng; khu dân cư "
            "tự quản làng Rõh, xã Lơ Pang; tiếng nói học đường tại Trường tiểu học xã Đak Djrăng; mô hình "
            "“Trường THCS&THPT Kpă Klơng học đường thân thiện, an toàn về an ninh trật tự” tại xã Kon Thụp.")
    names = [n for n, _ in found_models(extract, text)]
    assert names[1:] == ["cổng làng an ninh trật tự", "tiếng kẻng An ninh", "cổng làng bình yên", "con đường an toàn",
                         "khu dân cư tự quản", "tiếng nói học đường"]
    assert names[0].startswith("Trường THCS&THPT Kpă Klơng")


# fmt: off
SECOND_LOOK = [
    # a trigger's abbreviation in brackets before the quote (public page, baolamdong.vn 2019-11)
    pytest.param("các cấp Hội Phụ nữ trong tỉnh đã triển khai xây dựng mô hình Câu lạc bộ (CLB) “Phụ nữ với pháp luật” "
                 "tại các xã, phường, thị trấn, phòng chống tội phạm, bảo đảm an ninh trật tự.",
                 [("Phụ nữ với pháp luật", None)], id="bracketed-abbreviation"),
    # three plain words between the trigger and the quote (blind-s3-k k-009, not a batch miss)
    pytest.param("Xã Bình Lâm, huyện Hiệp Đức vừa ra mắt mô hình dân vận khéo “Tiếng kẻng an ninh” tại thôn Ngọc Chánh "
                 "nhằm phòng chống tội phạm, giữ gìn an ninh trật tự.", [("Tiếng kẻng an ninh", None)], id="three-fillers"),
    # an abbreviation among the fillers
    pytest.param("Đây là kết quả của mô hình bảo đảm ANTT “đèn ngoài ngõ, mõ trong nhà” được triển khai tại ấp Phước Lợi, "
                 "nhằm phòng chống tội phạm.", [("đèn ngoài ngõ, mõ trong nhà", None)], id="acronym-filler"),
    # a bare "như" far after the trigger in its sentence
    pytest.param("Đến nay cả nước có hơn 2.000 mô hình trong phong trào toàn dân bảo vệ an ninh Tổ quốc như “Liên kết xây "
                 "dựng vùng giáp ranh an toàn về an ninh trật tự”, “Dòng họ, tộc tự quản về an ninh trật tự”.",
                 [("Liên kết xây dựng vùng giáp ranh an toàn về an ninh trật tự", None),
                  ("Dòng họ, tộc tự quản về an ninh trật tự", None)], id="nhu-far"),
    # unquoted: no stop word right after "không" (blind-fin-loc fin-loc-021: it was "thôn không")
    pytest.param("hướng đến mục tiêu xây dựng xã không có ma túy, Công an xã Phú Thuận đã tham mưu triển khai mô hình thôn "
                 "không có ma túy.", [("thôn không có ma túy", None)], id="unquoted-khong-co"),
    # unquoted: two coordinated heads, and the verb that ends the name
    pytest.param("thúc đẩy các câu lạc bộ, tổ tự quản, mô hình gia đình, dòng họ không có người nghiện ma túy, tổ công tác "
                 "cai nghiện phòng chống tội phạm, giữ gìn an ninh trật tự.",
                 [("gia đình, dòng họ không có người nghiện ma túy", None)], id="unquoted-coordinated-heads"),
    pytest.param("Những năm gần đây, mô hình camera an ninh phát huy hiệu quả tích cực trong phong trào Toàn dân bảo vệ an "
                 "ninh Tổ quốc.", [("camera an ninh", None)], id="unquoted-stops-at-verb"),
    # a hard line wrap inside the quotes (blind-s5-v-029, a page printed with wrapped lines)
    pytest.param("Tại xã Duy Vinh, huyện Duy Xuyên, mô hình “Tổ an ninh\ntrên biển” tuy mới ra mắt chưa đầy một năm",
                 [("Tổ an ninh trên biển", None)], id="quote-hard-wrap"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), SECOND_LOOK)
def test_second_look_model_forms(extract, text, expected):
    """Model forms missed on the round-3 blind batches s3-k and s3-n (issue 13), each checked on
    every gold file (no model gained or lost elsewhere but fin-loc-021's, now right)."""
    assert found_models(extract, text) == expected


def test_tp_with_a_dot_locates_the_article(extract):
    """`TP.HCM` written once places the article like `TP HCM` (blind-s3-n: 9 model provinces were null)."""
    text = ("Năm 2013, câu lạc bộ (CLB) Gia đình phòng, chống tệ nạn xã hội được Hội LHPN TP.HCM triển khai. "
            "Hội xây dựng mô hình “Tổ tự quản về an ninh trật tự” ở các khu phố, phòng chống tội phạm.")
    assert found_models(extract, text, provinces=("TP.HCM",)) == [("Tổ tự quản về an ninh trật tự", "TP.HCM")]
    assert found_models(extract, text.replace("TP.HCM", "Hồ Chí Minh"), provinces=("Hồ Chí Minh",)) == [
        ("Tổ tự quản về an ninh trật tự", None)]  # a bare name once does not place the article


# fmt: off
ROUND_SIX = [
    # a nationwide campaign's name quoted after a trigger is no model (models_campaign_names.txt; every blind
    # batch leaves it out: notes-blind-sec.md sec-028, notes-blind-s6-a.md, notes-blind-s6-b.md)
    pytest.param("Xây dựng, duy trì hoạt động 11 mô hình và 01 điển hình trong phong trào “Dân vận khéo”.  Hoạt động "
                 "của các mô hình, điển hình đã góp phần vào việc đẩy mạnh và nâng cao chất lượng phong trào Toàn dân bảo "
                 "vệ an ninh Tổ quốc.", [],
                 id="sec-028-campaign-after-phong-trào"),
    pytest.param(ON_TOPIC + "Đã có nhiều mô hình điển hình gắn với các phong trào thi đua khác đã phát huy hiệu quả, với "
                 "hơn 200 mô hình “Dân vận khéo” và có 8 mô hình đã được Bộ Công an biểu dương, nhân rộng toàn quốc.",
                 [], id="s6-b-021-campaign-after-mô-hình"),
    # a list after "như:" whose trigger is counted far back in its sentence by "nhiều" (blind-s6-b-019)
    pytest.param(ON_TOPIC + "Đã có nhiều mô hình được Bộ Công an đánh giá cao, chọn nhân rộng, như: Tổ nhân dân tự quản; "
                 "Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng; Trạm dừng chân nghĩa tình…\n\nThiếu tướng",
                 [("Tổ nhân dân tự quản", None), ("Quản lý, giáo dục, giúp đỡ người nghiện ma túy tại cộng đồng", None),
                  ("Trạm dừng chân nghĩa tình", None)], id="s6-b-019-nhiều-far-list"),
    # a comma list after "như:" (no ";"), items capitalised (blind-s6-b-012)
    pytest.param("duy trì các mô hình nhân dân tự quản về ANTT như: Tộc họ tự quản, Tổ an ninh xung kích, Tổ nhân dân "
                 "tự quản.", [("Tộc họ tự quản", None), ("Tổ an ninh xung kích", None), ("Tổ nhân dân tự quản", None)],
                 id="s6-b-012-comma-list"),
    # a chain of quotes goes on past the owner of a model ("” của Bộ đội Biên phòng; “…”", blind-s6-a-024)
    pytest.param("mô hình “Biên giới bình yên” của Bộ đội Biên phòng; “Tổ đội công tác giúp dân xây dựng cơ sở chính trị”, "
                 "mô hình “Gắn kết yêu thương giữa lương và giáo”, “Tiết kiệm bản thân để phần người khó” của Bộ Chỉ huy "
                 "Quân sự tỉnh; “Ngày thứ bảy vì dân” của Công an Nghệ An… đã góp phần bảo đảm an ninh chính trị, trật tự an "
                 "toàn xã hội trên địa bàn.",
                 [("Biên giới bình yên", None), ("Tổ đội công tác giúp dân xây dựng cơ sở chính trị", None),
                  ("Gắn kết yêu thương giữa lương và giáo", None), ("Tiết kiệm bản thân để phần người khó", None)],
                 id="s6-a-024-chain-after-owner"),  # "Ngày thứ bảy vì dân" opens like an event ("Ngày"): missed
    # the name given to a model of the sentence after "với tên gọi" (models_name_cues.txt; blind-s6-a-013)
    pytest.param("sáng nay 31.3, UBND phường Thanh Hà, TP Hội An tổ chức lễ ra mắt mô hình “Dân vận khéo” với tên gọi "
                 "“Tổ Tuần tra nhân dân và tự quản về an ninh, trật tự”, gọi tắt là mô hình “Tổ Tuần tra – Tự quản”.",
                 [("Tổ Tuần tra nhân dân và tự quản về an ninh, trật tự", None), ("Tổ Tuần tra – Tự quản", None)],
                 id="s6-a-013-name-cue"),
    # four plain words between the trigger and the quote (TRIGGER_MAX_FILLER; blind-s6-a-014)
    pytest.param("các mô hình này đang hoạt động hiệu quả. Nổi bật có 136 mô hình tự quản 3 không “Không có tội phạm, "
                 "tệ nạn xã hội, tai nạn giao thông”; mô hình “Vùng giáo an toàn về an ninh trật tự” ở xã Điền Hương",
                 [("Không có tội phạm, tệ nạn xã hội, tai nạn giao thông", None),
                  ("Vùng giáo an toàn về an ninh trật tự", None)], id="s6-a-014-four-fillers"),
    # village elders settling disputes are on the movement's topic (models_topic_words.txt; blind-s6-b-026)
    pytest.param("xã Sơn Lâm (huyện Khánh Sơn) đã xuất hiện nhiều mô hình hay, nhân tố điển hình. Với Mô hình “Gương "
                 "sáng”, đội ngũ già làng, Người có uy tín đã tham gia giải quyết hiệu quả các mâu thuẫn phát sinh",
                 [("Gương sáng", None)], id="s6-b-026-elders-topic"),
    # an unquoted name does not end with a conjunction (blind-s6-b-024)
    pytest.param("Trường Khánh, Tân Thạnh, Tân Hưng, Long Phú; mô hình tiếng kẻng an ninh trật tự và đang thực hiện kế "
                 "hoạch chuyển hóa địa bàn xã Phú Hữu, Tân Hưng trọng điểm phức tạp về an ninh trật tự",
                 [("tiếng kẻng an ninh trật tự", None)], id="s6-b-024-unquoted-before-và"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_SIX)
def test_round_six_model_forms(extract, text, expected):
    """Model forms of round 6's first look (blind-s6-*, issue 13), each checked on every gold file: no
    model gained or lost elsewhere but sec-028's campaign (now right); the bench has no such sentence
    and its list sentences stay no models (NEGATIVE: bench-list-without-semicolons, bench-list-lowercase-item)."""
    assert found_models(extract, text) == expected


# fmt: off
ROUND_SEVEN = [
    # fire prevention is on the movement's topic (models_topic_words.txt; blind-s3-k-015, the sentence without its
    # "Công an huyện" so that only the fire words put it on the topic)
    pytest.param("UBND xã Quân Hà tổ chức ra mắt mô hình “Tổ liên gia an toàn phòng cháy, chữa cháy” tại thôn Thôm Mò – "
                 "Nà Liềng.", [("Tổ liên gia an toàn phòng cháy, chữa cháy", None)], id="s3-k-015-fire-topic"),
    # a text cut inside a quote gives no model: the name is not whole (blind-s3-n-031, blind-s5-v-023: article ends)
    pytest.param("Theo đánh giá của Công an tỉnh Điện BIên, tại các xã biên giới thực hiện mô hình “xã biên g", [],
                 id="s3-n-031-cut-at-end"),
    pytest.param("Móc khoá an ninh; Camera an ninh... Phát huy hiệu quả mô hình “C", [], id="s5-v-023-cut-at-end"),
    # ... but an unclosed quote whose text ends with its sentence is read as before (blind-s7-a-005's first line)
    pytest.param("Hiệu quả từ mô hình “Tổ tự quản đường biên, mốc giới và an ninh, trật tự xóm ấp. Ảnh: Lê Sen",
                 [("Tổ tự quản đường biên, mốc giới và an ninh, trật tự xóm ấp", None)], id="s7-a-005-unclosed-caption"),
    # a quote opening with "Mô hình" and a stop word is a sentence about a model, not its name (blind-s7-a-017)
    pytest.param("Trung tá Ðỗ Ðình Ngữ, Phó Trưởng Công an phường, chia sẻ: “Mô hình đã được Nhân dân đón nhận nhiệt "
                 "tình. Camera không chỉ giúp phát hiện và xử lý kịp thời các vụ trộm cắp", [], id="s7-a-017-sentence"),
    pytest.param("Tổ quốc, xã duy trì, củng cố hoạt động của 12 mô hình tự quản với 356 đơn vị mô hình, tiêu biểu như "
                 "“Mô hình camera an ninh”.", [("camera an ninh", None)], id="self-named-kept"),
    # an inline list without quotes needs a topic word in its own sentence (blind-s7-a-014; the lists of
    # test_inline_lists_without_quotes have one)
    pytest.param(ON_TOPIC + "hướng dẫn cụ thể cho bà con triển khai nhiều mô hình thiết thực, gắn liền với đời sống người "
                 "dân như: mô hình làm kinh tế giỏi; mô hình xây dựng gia đình hạnh phúc... góp phần nâng cao đời sống "
                 "vật chất", [], id="s7-a-014-inline-off-topic"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_SEVEN)
def test_round_seven_model_forms(extract, text, expected):
    """Model forms of round 7's blind batch a (issue 13): on all 1,220 gold articles these rules lose no model
    and drop n-031's and s5-v-023's cut names too; the bench run has no model row before or after."""
    assert found_models(extract, text) == expected


# fmt: off
ROUND_ELEVEN = [
    # an inline list separated by ";" splits on it, and on a comma only before a new item ("mô hình", a capital, a group
    # noun): blind-s10-a-011, -005, -016 (the round-10 first look) and, never failed on, blind-s6-b-006, blind-fin-sec-006
    pytest.param("Ở các địa bàn dân cư hiện vẫn đang tiếp tục duy trì các mô hình phát huy hiệu quả như mô hình Tổ dân phố, "
                 "thôn không có tội phạm; Quản lý, giáo dục đối tượng tù tha tái hòa nhập cộng đồng; Tổ tuần tra, canh gác "
                 "bảo vệ mùa vụ…", ["Tổ dân phố, thôn không có tội phạm",
                                    "Quản lý, giáo dục đối tượng tù tha tái hòa nhập cộng đồng",
                                    "Tổ tuần tra, canh gác bảo vệ mùa vụ"], id="s10-a-011-semicolons"),
    pytest.param(ON_TOPIC + "Điển hình như: mô hình Dòng họ tự quản, mô hình Cụm giáp ranh an toàn về an ninh, trật tự, mô hình "
                 "Cụm an ninh liên hoàn, Cụm an ninh liên kết, mô hình Tiếng kẻng an ninh, an toàn giao thông và trật tự đô "
                 "thị; mô hình Thôn bản không có tội phạm và tệ nạn xã hội; Thôn bản bình yên, gia đình hạnh phúc…",
                 ["Dòng họ tự quản", "Cụm giáp ranh an toàn về an ninh, trật tự", "Cụm an ninh liên hoàn",
                  "Cụm an ninh liên kết", "Tiếng kẻng an ninh, an toàn giao thông và trật tự đô thị",
                  "Thôn bản không có tội phạm và tệ nạn xã hội", "Thôn bản bình yên, gia đình hạnh phúc"],
                 id="s10-a-005-mixed-separators"),
    pytest.param("Cụ thể, toàn tỉnh đã triển khai 66 mô hình, tại 521 điểm, địa bàn như: mô hình camera an ninh; thắp sáng "
                 "đường quê; họ đạo tự quản; phòng, chống tội phạm và tệ nạn xã hội thông qua mạng xã hội Zalo; sư sãi, phật "
                 "tử tham gia phòng, chống tội phạm, đảm bảo an ninh trật tự; mô hình 5 không 3 có tại cơ quan doanh nghiệp, "
                 "cơ sở giáo dục…", ["camera an ninh", "thắp sáng đường quê", "họ đạo tự quản",
                                     "phòng, chống tội phạm và tệ nạn xã hội thông qua mạng xã hội Zalo",
                                     "sư sãi, phật tử tham gia phòng, chống tội phạm, đảm bảo an ninh trật tự",
                                     "5 không 3 có"], id="s10-a-016-lower-case"),
    pytest.param("Đó là mô hình Tổ tự quản dòng tộc về an ninh trật tự; Tổ tự quản tuyến kênh an toàn về an ninh trật tự; "
                 "Tổ tự quản ngư dân trên biển; Tổ tự quản trong các khu vực bến xe ôm, Tổ tự quản trong nhà trọ, Tổ tự quản "
                 "trong các khu dân cư…", ["Tổ tự quản dòng tộc về an ninh trật tự",
                                          "Tổ tự quản tuyến kênh an toàn về an ninh trật tự", "Tổ tự quản ngư dân trên biển",
                                          "Tổ tự quản trong các khu vực bến xe ôm", "Tổ tự quản trong nhà trọ",
                                          "Tổ tự quản trong các khu dân cư"], id="s6-b-006-do-la"),
    pytest.param(ON_TOPIC + "Điển hình như mô hình câu lạc bộ phòng chống tội phạm; câu lạc bộ nhà trọ, đội công nhân xung kích "
                 "tự quản trong doanh nghiệp…", ["câu lạc bộ phòng chống tội phạm", "câu lạc bộ nhà trọ",
                                                 "đội công nhân xung kích tự quản trong doanh nghiệp"], id="fin-sec-006-group-noun"),
    # "Đó là mô hình" opens a list only when ";" separates it (bench-like prose: one model described)
    pytest.param(ON_TOPIC + "Đây là mô hình tự quản, giúp người dân chủ động phòng ngừa tội phạm, giữ gìn an ninh trật tự.", [],
                 id="day-la-no-list"),
    # a plain list after "như:" in lower case, every item so (blind-s5-v-008); a capitalised item among them is no such
    # list (NEGATIVE bench-list-lowercase-item)
    pytest.param("Thông qua các mô hình ANTT về phong trào toàn dân bảo vệ ANTQ được xây dựng, củng cố và hoạt động có hiệu quả "
                 "đã được nhân rộng, như: nhà trọ tự quản; tổ xe ôm tự quản về ANTT; tổ liên kết ANTT; tổ liên kết an ninh "
                 "biên giới; cụm liên kết an ninh trật tự địa bàn giáp ranh giữa các xã, phường, thị trấn.",
                 ["nhà trọ tự quản", "tổ xe ôm tự quản về ANTT", "tổ liên kết ANTT", "tổ liên kết an ninh biên giới",
                  "cụm liên kết an ninh trật tự địa bàn giáp ranh giữa các xã, phường, thị trấn"], id="s5-v-008-lower-list"),
    # a ";" item may be as long as a quoted name (blind-s10-a-017: 32 syllables)
    pytest.param("Hiện trên địa bàn huyện có 9 mô hình phòng chống tội phạm phát huy hiệu quả tích cực gồm: Ban Quản trị các "
                 "chùa Khmer trên địa bàn huyện Trà Ôn đoàn kết tham gia phòng, chống tội phạm, giữ gìn trật tự an toàn xã hội "
                 "ở khu dân cư; Giáo dục đối tượng vi phạm trật tự xã hội và tệ nạn xã hội; Camera phòng chống tội phạm.",
                 ["Ban Quản trị các chùa Khmer trên địa bàn huyện Trà Ôn đoàn kết tham gia phòng, chống tội phạm, giữ gìn "
                  "trật tự an toàn xã hội ở khu dân cư", "Giáo dục đối tượng vi phạm trật tự xã hội và tệ nạn xã hội",
                  "Camera phòng chống tội phạm"], id="s10-a-017-long-item"),
    # owners listed with commas end at the ";" before the next quoted name (blind-s9-a-029); the community named with the
    # movement's goal after `chương trình xây dựng` is a model as the gold has it (round 13: ROUND_THIRTEEN goal names)
    pytest.param(ON_TOPIC + "nhất là các mô hình “5+1” cấp xã của Công an, Mặt trận Tổ quốc, Cựu chiến binh, Đoàn thanh niên, "
                 "Hội phụ nữ; “Khu dân cư văn hóa nông thôn mới” và “Gia đình văn hóa nông thôn mới” của Ủy ban Mặt trận Tổ "
                 "quốc tỉnh; “Nông dân phòng chống tội phạm”, “Hội nông dân tham gia xây dựng xã, phường, thị trấn lành mạnh "
                 "không có tội phạm”; chương trình xây dựng “Xứ, họ đạo bình yên – Chùa tinh tiến về ANTT”…",
                 ["5+1", "Khu dân cư văn hóa nông thôn mới", "Gia đình văn hóa nông thôn mới", "Nông dân phòng chống tội phạm",
                  "Hội nông dân tham gia xây dựng xã, phường, thị trấn lành mạnh không có tội phạm",
                  "Xứ, họ đạo bình yên – Chùa tinh tiến về ANTT"], id="s9-a-029-owners"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_ELEVEN)
def test_round_eleven_list_forms(extract, text, expected):
    """List forms of the round-9 and round-10 first looks (issue 13), each checked on every gold file (all-gold models F1
    0.913 -> 0.948 with the provinces below, no model lost) and on the 5,000-article bench (no model row before or after)."""
    assert sorted(n for n, _ in found_models(extract, text)) == sorted(expected)


# fmt: off
ROUND_ELEVEN_PROVINCES = [
    # the only province, named once, locates the article after its district (blind-s4-q-012, blind-s5-v-026), after the
    # province's party committee (blind-s10-a-011) or as the subject described (blind-s6-b-011)
    pytest.param("Mới đây, Ban Chỉ đạo 138 xã Ngọc Mỹ (huyện Quốc Oai, Hà Nội) đã tổ chức Hội nghị ra mắt mô hình “Khu dân cư "
                 "sáng, xanh, sạch, đẹp, đảm bảo an ninh trật tự và phòng cháy chữa cháy” tại ngõ Giếng Đá.", "Hà Nội",
                 id="s4-q-012-district-comma"),
    pytest.param("Theo số liệu của Tỉnh ủy Lâm Đồng, đến tháng 10/2021, toàn tỉnh đang duy trì hoạt động 134 mô hình. Các mô "
                 "hình hoạt động hiệu quả như mô hình “Camera an ninh” phòng chống tội phạm.", "Lâm Đồng",
                 id="s10-a-011-tinh-uy"),
    pytest.param("Trà Vinh là tỉnh có đông đồng bào dân tộc Khmer sinh sống. Mô hình “Tuyên truyền, cảm hóa, giáo dục đối "
                 "tượng trong cơ sở tôn giáo” góp phần giữ gìn an ninh trật tự.", "Trà Vinh", id="s6-b-011-subject"),
    # a neighbour locates nothing (blind-s5-v-023, blind-s6-b-029: gold has no province)
    pytest.param("Địa bàn xã rộng, giáp ranh với tỉnh Tuyên Quang gây khó khăn trong công tác đảm bảo an ninh trật tự. Xã "
                 "duy trì mô hình “Móc khóa an ninh” phòng chống tội phạm.", None, id="s5-v-023-neighbour"),
]
# fmt: on


@pytest.mark.parametrize(("text", "province"), ROUND_ELEVEN_PROVINCES)
def test_round_eleven_article_province(extract, text, province):
    """The article's one province, named once, ties its models when the mention locates the article (issue 13: 18 gold
    models' provinces right, 3 wrong ones gone, 1 new wrong, blind-s4-q-012's related-story link)."""
    doc = NormalisedDoc("t", text, PUBLISHED)
    places = []
    for name in ("Hà Nội", "Lâm Đồng", "Trà Vinh", "Tuyên Quang"):  # the provinces stage's mentions, `tỉnh` included
        for m in re.finditer(re.escape(name), text):
            start = m.start() - 5 if text[max(0, m.start() - 5):m.start()] == "tỉnh " else m.start()
            places.append(Mention.at(doc, start, m.end(), "test.province", ProvinceValue(name, name)))
    found = {"provinces": places, "officials": []}
    assert [m.value.province for m in extract(doc, found) if isinstance(m.value, ModelValue)] == [province]


# fmt: off
QUOTES_ROUND_ELEVEN = [
    # -- speech quotes read without a speaker although the sentence names one (a draw of 40 at seed 3102; each rule
    # checked on the 5,000 bench articles: 24 + 11 + 11 speakers given, read by eye, 2 wrong)
    # the person who opens the sentence reports it with a verb of saying, the quote further on (bench 46b2785a, a6909f27)
    pytest.param("HLV Lê Huỳnh Đức cho biết, nếu gặp lại HA Gia Lai, Đà Nẵng chắc chắn sẽ chơi khác, và dĩ nhiên kết quả "
                 'cũng khác: "Nếu HA Gia Lai vẫn chơi như vậy thì giai đoạn 2 họ sẽ gặp rắc rối".', [("Lê Huỳnh Đức", "lê huỳnh đức")],
                 [('"Nếu HA Gia Lai vẫn chơi như vậy thì giai đoạn 2 họ sẽ gặp rắc rối"', "speech", "lê huỳnh đức")],
                 id="reporter-colon"),
    pytest.param("Ông Hoàng Minh Quân - Giám đốc Sở GD&ĐT tỉnh Vĩnh Phúc cho biết, tại tỉnh Vĩnh Phúc, Trường THCS&THPT Hai Bà "
                 "Trưng được đánh giá là một ngôi trường chất lượng, “thậm chí so với Trường chuyên Vĩnh Phúc thì trường Hai "
                 "Bà Trưng còn có phần nhỉnh hơn về các hoạt động ngoại khóa, kỹ năng sống”.",
                 [("Hoàng Minh Quân", "hoàng minh quân")],
                 [("“thậm chí so với Trường chuyên Vĩnh Phúc thì trường Hai Bà Trưng còn có phần nhỉnh hơn về các hoạt động "
                   "ngoại khóa, kỹ năng sống”", "speech", "hoàng minh quân")], id="reporter-dash-apposition"),
    # ... not when another person, or another verb of saying, stands between (bench 514e4ee2: a caption glued on)
    pytest.param("Hai đối tượng Thái và Cường Gây án xong lững thững đi về nhà bố mẹ đẻ Chị N., chủ quán nước nằm ở ngã tư "
                 "Trung tâm thương mại Bình Xuyên, cách hiện trường vụ án mạng chỉ vài chục mét kể: “Lúc đấy khoảng 21h, tôi "
                 "đang ngồi trông quán thì cậu thanh niên lái taxi chạy tới báo tin”.",
                 [("Thái", "trần cao thái")],
                 [("“Lúc đấy khoảng 21h, tôi đang ngồi trông quán thì cậu thanh niên lái taxi chạy tới báo tin”", "speech",
                   None)], id="reporter-not-a-list"),
    # an interview's heading: a person, an apposition, the colon (bench 57b4fcfe, 46652ac3)
    pytest.param("Ông Đinh Công Xoan, Chủ tịch UBND xã Cư Pô: “Tại cơ quan điều tra, ban đầu ông Duẩn thừa nhận hành vi”.",
                 [("Đinh Công Xoan", "đinh công xoan"), ("Duẩn", "duẩn")],
                 [("“Tại cơ quan điều tra, ban đầu ông Duẩn thừa nhận hành vi”", "speech", "đinh công xoan")],
                 id="heading-apposition"),
    # verbs of saying after a name or before a colon (models_speaker_verbs.txt; bench b733aaec, be6fd6b5)
    pytest.param('"Chúng ta đang ở trên ngưỡng cửa đàm phán quan trọng nhất cho đất nước" - ông David Davis, Bộ trưởng '
                 "Brexit, thông báo.", [("David Davis", "david davis")],
                 [('"Chúng ta đang ở trên ngưỡng cửa đàm phán quan trọng nhất cho đất nước"', "speech", "david davis")],
                 id="verb-thong-bao"),
    # -- a document named by its number gives its title or text, no speech (bench 7dcfe6d2, e1af5311, 70bd4164)
    pytest.param("Đây là lo lắng của các quận, huyện về Quyết định 26/2017 “Quy định một số nội dung về cấp phép xây dựng trên "
                 "địa bàn TP.HCM” do TP.HCM ban hành.", [],
                 [("“Quy định một số nội dung về cấp phép xây dựng trên địa bàn TP.HCM”", "other", None)],
                 id="document-number"),
    pytest.param("Lực lượng CSGT đã chỉ ra lỗi vi phạm theo quyết định số 10/2016 QĐ-UBND ngày 18/1 của UBND tỉnh Nghệ An về "
                 "“điều chỉnh quy định về tuyến đường, thời gian hạn chế lưu thông các phương tiện tham gia giao thông trên "
                 "địa bàn thành phố Vinh”.", [],
                 [("“điều chỉnh quy định về tuyến đường, thời gian hạn chế lưu thông các phương tiện tham gia giao thông trên "
                   "địa bàn thành phố Vinh”", "other", None)], id="document-number-date-issuer"),
    pytest.param('Ủy ban Thường vụ Quốc hội đã tiếp thu, bổ sung tại khoản 8 Điều 7 như sau: "Việc thu giữ tài sản bảo đảm '
                 'chỉ thực hiện đối với tài sản bảo đảm không có tranh chấp".', [],
                 [('"Việc thu giữ tài sản bảo đảm chỉ thực hiện đối với tài sản bảo đảm không có tranh chấp"', "other", None)],
                 id="document-article-text"),
    # ... but a full stop after the number ends its sentence, and "Về việc này …" said by a person is speech (bench
    # 04320e93, 2480ad59)
    pytest.param("Các cơ quan cần phải giảm đầu mối, giảm biên chế theo đúng tinh thần Nghị quyết 39. “Từ đó, có thể giải "
                 "quyết được việc huy động vốn”, ông Chính nhấn mạnh.", [("Chính", "vương đình chính")],
                 [("“Từ đó, có thể giải quyết được việc huy động vốn”", "speech", "vương đình chính")],
                 id="document-sentence-ended"),
    # a title right after a programme's noun may be long, when it holds no sentence (bench bf1bf97e, f8ee9c14: read as
    # speech and given to the person named after it)
    pytest.param('Đối với Đề án "Các giải pháp tăng cường kiểm soát chất lượng đào tạo luật", Ban Chỉ đạo đánh giá cao sự cố '
                 "gắng của Ban cán sự đảng Bộ Giáo dục và Đào tạo.", [],
                 [('"Các giải pháp tăng cường kiểm soát chất lượng đào tạo luật"', "programme", None)], id="long-programme-title"),
    pytest.param("Thì mới đây, trong chương trình “Bảo hiểm y tế toàn dân - Chung tay vì sức khỏe cộng đồng\", Thủ tướng Chính "
                 "phủ Nguyễn Xuân Phúc đã nhấn mạnh việc khẩn trương.", [("Nguyễn Xuân Phúc", "nguyễn xuân phúc")],
                 [("“Bảo hiểm y tế toàn dân - Chung tay vì sức khỏe cộng đồng\"", "programme", None)],
                 id="long-programme-title-speaker-after"),
    pytest.param("“Về việc này tôi rất lấy làm tiếc, tôi xin nhận trách nhiệm” – ông Tuấn chia sẻ.",
                 [("Tuấn", "hà văn tuấn")],
                 [("“Về việc này tôi rất lấy làm tiếc, tôi xin nhận trách nhiệm”", "speech", "hà văn tuấn")],
                 id="ve-viec-said"),
]
# fmt: on


@pytest.mark.parametrize(("text", "officials", "expected"), QUOTES_ROUND_ELEVEN)
def test_quotes_round_eleven(extract, text, officials, expected):
    """Speakers named at a sentence's start or in an interview's heading, and documents' titles (issue 13, the quotes
    audit: bench speech rows with a speaker 58.0 % -> 58.8 %, 19 document titles no longer speech)."""
    assert found_quotes(extract, text, officials) == expected


# fmt: off
ROUND_ELEVEN_NAMES = [
    # a quoted formula of digits names nothing without the group noun right before it (gold blind-s9-a-035, blind-s4-q-006
    # and -015 write the whole); a worded quoted name after a group noun stays alone (gold n-024, the second sentence)
    pytest.param("Hội cùng Công an tham mưu với cấp ủy, chính quyền và Ban chỉ đạo 138 xây dựng mô hình Tổ “3 trên 1” (3 hội "
                 "viên CCB nhận giúp đỡ, cảm hóa 1 người lầm lỗi).", ["Tổ 3 trên 1"], id="s9-a-035-group-formula"),
    pytest.param("Sau 3 tháng đầu, huyện Hội thành lập được 60 tổ “3 trên 1” với 180 hội viên tham gia, quản lý, giáo dục 60 "
                 "người lầm lỗi.", ["tổ 3 trên 1"], id="s9-a-035-counted-group"),
    pytest.param("Mô hình Tổ tự quản “5 trong 1” của xã Tam Phú (TP.Tam Kỳ) hợp tác giữa cộng đồng và lực lượng công an cơ sở, "
                 "góp phần xây dựng môi trường sống an toàn cho người dân.", ["Tổ tự quản 5 trong 1"], id="s4-q-006-group-formula"),
    pytest.param("Ở TP Long Xuyên, Hội CCB làm nòng cốt xây dựng được 217 mô hình tổ dân phố “Ba không” và 242 mô hình tổ dân "
                 "phố “Ba giảm” giữ vững an ninh trật tự.", ["Ba không", "Ba giảm"], id="n-024-worded-name-alone"),
    # a camera right after a counted "mô hình" is a model still (GUIDELINES.md, round 8; gold pol-015, pol-025)
    pytest.param("Theo Bộ Công an, Thái Nguyên đã triển khai hơn 30 mô hình camera giám sát, đảm bảo an ninh trật tự với tổng số "
                 "hơn 500 camera được lắp đặt trên địa bàn.", ["camera giám sát"], id="pol-015-counted-camera"),
    pytest.param("Đặc biệt, xây dựng và nhân rộng nhiều mô hình camera an ninh, trong năm 2018 đã lắp đặt mới 114 mắt camera "
                 "giám sát an ninh.", ["camera an ninh"], id="pol-025-counted-camera"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_ELEVEN_NAMES)
def test_round_eleven_names(extract, text, expected):
    """Names with their group noun, and counted cameras (issue 13: all-gold models F1 0.948 -> 0.956, no model lost; the
    5,000 bench articles still give no model row)."""
    assert [n for n, _ in found_models(extract, text)] == expected


# fmt: off
ROUND_THIRTEEN = [
    # a quote touching `phong trào` names the campaign, no model (gold: none of the 120 quotes right after `phong trào`
    # in 71 batches is a model); nor after a longer programme marker with words after it (`phong trào thi đua cao điểm`)
    pytest.param("Công an tỉnh trao bằng khen cho 1 tập thể và 2 cá nhân có thành tích xuất sắc trong phong trào thi đua cao "
                 "điểm “500 ngày đêm hoàn thành 3.000 km đường bộ cao tốc”, góp phần bảo vệ an ninh quốc gia, bảo đảm trật "
                 "tự, an toàn xã hội.", [], id="s11-b-028-campaign-after-marker"),
    pytest.param(ON_TOPIC + "Nhưng từ khi phát động phong trào “Quần chúng tham gia tự quản đường biên mốc giới”, tình hình an "
                 "ninh, chính trị và trật tự an toàn xã hội trên địa bàn ổn định.", [], id="s6-a-021-campaign"),
    pytest.param(ON_TOPIC + "Nhà trường còn thành lập “Câu lạc bộ thanh niên xung kích đảm bảo trật tự an toàn giao thông”; phát "
                 "động phong trào “3 không, 3 giữ” gồm: không có tội phạm, không có tệ nạn xã hội.",
                 ["Câu lạc bộ thanh niên xung kích đảm bảo trật tự an toàn giao thông"], id="s12-a-026-campaign"),
    # ... but with words between, `phong trào` still introduces a model (gold blind-s8-a-003, blind-s12-a-018)
    pytest.param(ON_TOPIC + "Phong trào lắp đặt \"Camera an ninh\" đã được triển khai theo hướng xã hội hóa 100% tại tất cả các "
                 "địa phương.", ["Camera an ninh"], id="s8-a-003-filler-after-phong-trao"),
    pytest.param("Một trong những mô hình nổi bật đã và đang phát huy hiệu quả đó là phong trào xây dựng \"Xứ họ đạo bình yên, "
                 "chùa tinh tiến về an ninh trật tự (ANTT)\".", ["Xứ họ đạo bình yên, chùa tinh tiến về an ninh trật tự"],
                 id="s12-a-018-filler-after-phong-trao"),
    # quoted names chained after a model may open in lower case, as right after the trigger (blind-s13-a-009)
    pytest.param("Hội tham gia hòa giải các mâu thuẫn trong nội bộ nhân dân; các mô hình: “Cựu chiến binh gương mẫu trong xây "
                 "dựng văn hoá giao thông ở thị trấn Cái Bè”, “tuyến đường cựu chiến binh tự quản”, “ cổng an ninh trật tự”, "
                 "“ánh sáng an ninh”, từ các mô hình trên đã góp phần xây dựng 23 xã thị trấn an toàn về an ninh trật tự.",
                 ["Cựu chiến binh gương mẫu trong xây dựng văn hoá giao thông ở thị trấn Cái Bè",
                  "tuyến đường cựu chiến binh tự quản", "cổng an ninh trật tự", "ánh sáng an ninh"], id="s13-a-009-lower-chain"),
    # a lower-case quote not chained to a model stays the category (gold blind-s8-a-009)
    pytest.param(ON_TOPIC + "Phát huy vai trò của người có uy tín trong phong trào “tự quản, tự phòng, tự bảo vệ”.", [],
                 id="s8-a-009-lower-motto"),
    # `không chỉ` ends a name written without quotes (blind-s12-a-015; dilinh.lamdong.gov.vn, Thôn 10 xã Di Linh)
    pytest.param("Mô hình cổng rào an ninh trật tự không chỉ là mô hình của ngành chức năng mà đã đi vào đời sống người dân.",
                 ["cổng rào an ninh trật tự"], id="s12-a-015-khong-chi"),
    pytest.param("Mô hình camera an ninh không chỉ phát huy hiệu quả trong công tác phòng, chống tội phạm mà còn góp phần củng "
                 "cố niềm tin của Nhân dân.", ["camera an ninh"], id="pages-dilinh-khong-chi"),
    # the capitalised kind right after `mô hình` lets the quoted name follow (blind-s12-a-013, blind-s12-a-027)
    pytest.param("Sau 1 năm Công an quận 12 kết hợp với Zalo triển khai mô hình Zalo an ninh “Kết nối Zalo - Vì quận 12 bình "
                 "yên”, 15 trang Zalo OA của Công an quận 12 đã thu hút được 59.881 người dân quan tâm, theo dõi.",
                 ["Kết nối Zalo - Vì quận 12 bình yên"], id="s12-a-013-capitalised-kind"),
    pytest.param(ON_TOPIC + "Phường đã ra mắt lực lượng tham gia bảo vệ an ninh trật tự tại cơ sở; mô hình Dân vận khéo "
                 "“Tuyên truyền, vận động nhân dân chấp hành quy định pháp luật về PCCC tại các nhà để ở kết hợp sản xuất kinh "
                 "doanh”.", ["Tuyên truyền, vận động nhân dân chấp hành quy định pháp luật về PCCC tại các nhà để ở kết hợp "
                             "sản xuất kinh doanh"], id="s12-a-027-capitalised-kind"),
    # a community named with the movement's goal is a model without a trigger (blind-s11-a-004, blind-s9-a-029;
    # baohanam.com.vn, Đồng Hóa); a standard with no community noun is none (blind-s11-a-028)
    pytest.param("Ngày 20/7, UBMTTQVN xã Phước Hưng, huyện Long Điền đã tổ chức lễ ra mắt “Khu dân cư Lò Vôi tự quản về an ninh "
                 "trật tự”.", ["Khu dân cư Lò Vôi tự quản về an ninh trật tự"], id="s11-a-004-goal-name"),
    pytest.param("Sau khi có chủ trương của cấp ủy, chính quyền địa phương về xây dựng “Dòng họ tự quản về ANTT”, tôi đã chủ "
                 "động họp bàn với các cụ cao niên.", ["Dòng họ tự quản về ANTT"], id="pages-baohanam-goal-name"),
    pytest.param(ON_TOPIC + "Phấn đấu 100% cơ quan, doanh nghiệp, nhà trường đạt tiêu chuẩn văn hóa, “An toàn về an ninh trật "
                 "tự”.", [], id="s11-a-028-standard"),
    # a lower-case comma list after `như:` in a sentence on models, when at least half its items open with a group's head
    # word (blind-s13-a-023, `việc cưới, việc tang` one item); not fields (blind-s11-a-020) nor clans (blind-s4-q-020)
    pytest.param("Nhiều mô hình đã được địa phương phối hợp củng cố và triển khai hiệu quả như: nhóm liên gia tự quản, tiếng "
                 "kẻng an ninh, cam-era giám sát, tuyến đường cờ Tổ quốc, khu dân cư không lấn chiếm lòng lề đường, văn minh "
                 "trong việc cưới, việc tang… (Diễm Quỳnh)",
                 ["nhóm liên gia tự quản", "tiếng kẻng an ninh", "cam-era giám sát", "tuyến đường cờ Tổ quốc",
                  "khu dân cư không lấn chiếm lòng lề đường", "văn minh trong việc cưới, việc tang"], id="s13-a-023-lower-list"),
    pytest.param("Công an thành phố hướng dẫn xây dựng mới 12 mô hình hướng vào các địa bàn, tuyến, lĩnh vực trọng điểm, phức tạp "
                 "về an ninh trật tự như: khu vực biên giới, giải phóng mặt bằng, trật tự an toàn giao thông, du lịch, y tế, "
                 "giáo dục, văn hóa tư tưởng... Đồng thời nhân rộng 19 mô hình.", [], id="s11-a-020-fields"),
    pytest.param(ON_TOPIC + "Nhiều mô hình dòng họ tự quản được các địa phương xây dựng, hoạt động hiệu quả như: dòng họ Võ Đại "
                 "(làng Nong, xã Lộc Bổn, huyện Phú Lộc), dòng họ Trần (thôn Phước Lý, xã Quảng Phước, huyện Quảng Điền), "
                 "dòng họ Phan Phước (thị xã Hương Trà)... Để các dòng họ phát huy hiệu quả.", [], id="s4-q-020-clans"),
    # a quoted name chains after its owner (`do Mặt trận Tổ quốc triển khai;`, `của quận Lê Chân;`, blind-s12-a-009, -011);
    # `tiêu biểu là` names models of its sentence as `như` does (blind-s12-a-011)
    pytest.param("Các mô hình nổi bật bao gồm: “Khu dân cư tự quản về an ninh, trật tự và vệ sinh môi trường” do Mặt trận Tổ "
                 "quốc triển khai; “Xây dựng khu dân cư không phát sinh thanh thiếu niên mắc tệ nạn xã hội” của Đoàn thanh "
                 "niên; và các nhóm nòng cốt của Hội phụ nữ về phòng ngừa tội phạm.",
                 ["Khu dân cư tự quản về an ninh, trật tự và vệ sinh môi trường",
                  "Xây dựng khu dân cư không phát sinh thanh thiếu niên mắc tệ nạn xã hội"], id="s12-a-009-owner-do"),
    pytest.param("Công an các đơn vị tiếp tục xây dựng mới 12 mô hình phong trào hướng vào các địa bàn, tuyến, lĩnh vực trọng "
                 "điểm, phức tạp về ANTT, tiêu biểu là “Liên kết bảo đảm ANTT giữa các ngân hàng với phường Niệm Nghĩa” của quận "
                 "Lê Chân; “Liên kết bảo đảm ANTT khu vực giáp ranh giữa phường Ngọc Sơn, Kiến An và thị trấn Trường Sơn, An "
                 "Lão”... Đặc biệt, nhân dân đã chủ động cung cấp nhiều nguồn tin.",
                 ["Liên kết bảo đảm ANTT giữa các ngân hàng với phường Niệm Nghĩa",
                  "Liên kết bảo đảm ANTT khu vực giáp ranh giữa phường Ngọc Sơn, Kiến An và thị trấn Trường Sơn, An Lão"],
                 id="s12-a-011-tieu-bieu-la"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_THIRTEEN)
def test_round_thirteen_model_forms(extract, text, expected):
    """Campaign names, lower-case chains, `không chỉ`, a capitalised kind, goal names (issue 13, models errors of the
    blind rounds 11-13)."""
    assert [n for n, _ in found_models(extract, text)] == expected


def test_campaign_quote_is_a_programme(extract):
    """The campaign's quoted name after `phong trào` is a programme in `quotes` (blind-s6-a-021; bench baomoi-22228106)."""
    assert found_quotes(extract, "Theo đó, Đảng ta chủ trương phát động Phong trào “Xây dựng đời sống mới”.") == [
        ("“Xây dựng đời sống mới”", "programme", None)]


# fmt: off
QUOTES_ROUND_THIRTEEN = [
    # a name opening the sentence, its apposition running through commas to the verb before the colon (bench, 40 speech
    # quotes without a speaker drawn with seed 3001: the name was there and the slot after the last comma read nothing)
    pytest.param("Giáo sư Jennifer Tour Chayes, thành viên Hội đồng Giải thưởng VinFuture và cũng là Phó hiệu trưởng Trường Máy "
                 "tính, Khoa học Dữ liệu và Xã hội, Đại học California, Berkeley, Mỹ chia sẻ: \"Tôi nghĩ rằng, theo thời gian, "
                 "giải thưởng VinFuture sẽ vươn tới quy mô và có tầm vóc lớn.\"", "jennifer tour chayes", id="dantri-tech-136"),
    pytest.param("Tracy Romulus, bạn thân của Kim Kardashian và giám đốc tiếp thị của thương hiệu KKW cho biết: \"Bức ảnh chụp "
                 "Khloe trong một buổi họp mặt gia đình riêng tư và đăng lên mạng xã hội mà không được sự cho phép.\"",
                 "tracy romulus", id="dantri-entertainment-029"),
    # ... not a connective opening the sentence (`Song,` is "but")
    pytest.param("Song, mỹ nhân chuyển giới hàng đầu Thái Lan từng chia sẻ: \"Đó là một trong những quyết định dũng cảm nhất "
                 "trong cuộc đời tôi. Tôi cảm thấy đau đớn toàn thân\".", None, id="dantri-entertainment-259-connective"),
    # after the quote, a name with its affiliation (`thuộc`, `tại`) before a far verb
    pytest.param("\"Nghiên cứu của chúng tôi giải quyết một cuộc tranh cãi rất lớn hiện nay bao gồm cả khoa học và phi khoa "
                 "học. Chúng tôi đề xuất một bức tranh chưa từng có về tính toàn diện và bề rộng của nó\", giáo sư Ran Barkai "
                 "thuộc khoa khảo cổ học của TAU, một trong những nhà nghiên cứu, cho biết.", "ran barkai", id="dantri-science-023"),
    pytest.param("\"Tình hình đang rất nguy cấp. Đại dịch này là điều tồi tệ nhất mà chúng tôi từng chứng kiến từ trước đến nay. "
                 "Hai tuần tới sẽ là địa ngục đối với chúng tôi\", bác sĩ Shaarang Sachdev tại Bệnh viện Chuyên khoa chăm sóc sức "
                 "khỏe Aakash, Ấn Độ nói với Sky News.", "shaarang sachdev", id="dantri-world-228"),
    # after an opening phrase and its comma, a cue and a name or a full name (second bench sample, seed 3002); not a
    # bare `Đồng chí`, nor a list of given names
    pytest.param("Liên quan đến vấn đề này, PGS.TS Văn Như Cương – Chủ tịch Hội đồng Quản trị trường THPT Lương Thế Vinh (Hà "
                 "Nội) cho hay: “Đó là một đề xuất phi lý và không thể thực hiện được. Tôi tin rằng nhiều phụ huynh sẽ phản "
                 "đối.”", "văn như cương", id="baomoi-22434335"),
    pytest.param("Nói về người đứng đầu Real Madrid, Jonathan Amouyal, người đứng đầu quỹ đầu tư TCI ở London, chia sẻ: \"Đã có "
                 "sự thay đổi nhất định trong cách Florentino Perez sử dụng khoản đầu tư.\"", "jonathan amouyal",
                 id="dantri-sport-199"),
    pytest.param("Trong quá trình trực tiếp chỉ đạo chuẩn bị các văn kiện Đại hội lần thứ VI của Đảng, Đồng chí nhấn mạnh: “Cần "
                 "thấy rõ tính chất phức tạp, khó khăn của quá trình đổi mới.”", None, id="baomoi-21481504-dong-chi"),
    pytest.param("Ba chị em gái Liên, Ngọc, Trinh đều là khách quen ăn bún ốc từ thời mẹ chị Nga bán chia sẻ: \"Chúng tôi ăn từ "
                 "lúc chị lớn mới 9 tuổi, giờ 42 tuổi rồi vẫn lên đây ăn.\"", None, id="dantri-travel-202-list"),
]
# fmt: on


@pytest.mark.parametrize(("text", "speaker"), QUOTES_ROUND_THIRTEEN)
def test_quotes_round_thirteen(extract, text, speaker):
    """Speakers named by a sentence-opening name and its apposition, or after the quote with an affiliation (issue 13:
    bench speech quotes with a speaker 59.1 % -> 59.6 %, the 34 new speakers read right, two `Song,` dropped), or after an
    opening phrase (59.6 % -> 59.8 %, the 10 new ones right)."""
    assert [s for _, kind, s in found_quotes(extract, text) if kind == "speech"] == [speaker]


# fmt: off
ROUND_THIRTEEN_PROVINCES = [
    # the only province, named once, locates the article as the subject of what it did (blind-s12-a-018, pol-015) or
    # opening the headline before a colon (blind-s11-a-022)
    pytest.param("5 năm qua, Ninh Bình đã tổ chức hàng trăm lớp bồi dưỡng kiến thức về tôn giáo, kiến thức an ninh-quốc phòng. "
                 "Các cấp vận động đồng bào các tôn giáo hưởng ứng thực hiện các nội dung xây dựng \"Xứ, họ đạo bình yên, chùa "
                 "tinh tiến về ANTT\".", "Ninh Bình", id="s12-a-018-subject-da"),
    pytest.param("Theo Bộ Công an, Thái Nguyên đã triển khai hơn 30 mô hình camera giám sát, đảm bảo an ninh trật tự với tổng số "
                 "hơn 500 camera được lắp đặt trên địa bàn.", "Thái Nguyên", id="pol-015-subject-da"),
    pytest.param("Hà Nam: Hiệu quả mô hình “Xứ, họ đạo bình yên - gia đình văn hóa” ở Thanh Liêm\n\n(Mặt trận) - Nhằm phát huy "
                 "vai trò của đồng bào công giáo trong công tác giữ gìn an ninh trật tự ở khu dân cư.", "Hà Nam",
                 id="s11-a-022-headline"),
]
# fmt: on


@pytest.mark.parametrize(("text", "province"), ROUND_THIRTEEN_PROVINCES)
def test_round_thirteen_article_province(extract, text, province):
    """The article's one province, named once as a subject or a headline's lead, is its models' (issue 13: all-gold model
    province accuracy 0.962 -> 0.973, no province lost)."""
    names = {p for p in ("Ninh Bình", "Thái Nguyên", "Hà Nam") if p in text}
    assert {pr for _, pr in found_models(extract, text, provinces=names)} == {province}


# fmt: off
ROUND_SIXTEEN = [
    # a name written without quotes stops before where it runs and before `thưa`, the question put to the person
    # interviewed (blind-s14-a-002; it ran on to `… quận thưa ông Nguyễn Duy Đông`)
    pytest.param("Vì sao Công an quận Tân Phú quyết định áp dụng mô hình Zalo An ninh trên toàn địa bàn quận thưa ông Nguyễn "
                 "Duy Đông, Phó trưởng Công an quận Tân Phú?", ["Zalo An ninh"], id="s14-a-002-thua"),
    # a `;` list item ending with where it runs ends before it (blind-s15-a-005); a place inside an item stays
    pytest.param("Một số mô hình hiệu quả như: công an - cựu chiến binh phòng chống tội phạm; đội tình nguyện đảm bảo an ninh "
                 "trật tự trên địa bàn TT Vũng Liêm,…",
                 ["công an - cựu chiến binh phòng chống tội phạm", "đội tình nguyện đảm bảo an ninh trật tự"],
                 id="s15-a-005-trailing-place"),
    pytest.param("Các mô hình như: Phát huy vai trò của đồng bào dân tộc Khmer ở xã Tân Mỹ tham gia giữ gìn an ninh trật tự; Ban "
                 "Quản trị các chùa Khmer trên địa bàn huyện Trà Ôn đoàn kết tham gia phòng, chống tội phạm.",
                 ["Phát huy vai trò của đồng bào dân tộc Khmer ở xã Tân Mỹ tham gia giữ gìn an ninh trật tự",
                  "Ban Quản trị các chùa Khmer trên địa bàn huyện Trà Ôn đoàn kết tham gia phòng, chống tội phạm"],
                 id="s10-a-017-place-inside"),
    # a numbered slogan right after `mô hình` is a name (blind-s14-a-007); a count is not (`mô hình 2 vụ lúa`)
    pytest.param("“Tin lành Đê ga” lợi dụng kêu gọi, kích động người dân tham gia bạo động, bạo loạn gây mất an ninh chính "
                 "trị, trật tự an toàn xã hội.\n\nĐồng thời, triển khai nhiều mô hình, cách làm hay, thiết thực để người dân hiểu, không nghe theo lời xúi giục "
                 "của kẻ xấu, nhất là tổ chức phản động FULRO, “Tin lành Đê ga” gây rối trật tự cũng như giúp những người từng "
                 "nhẹ dạ cả tin vượt biên trái phép sang Campuchia, Thái Lan trở về địa phương làm ăn sinh sống.\n\nĐiển hình như mô hình 5 không: “Không theo FULRO, không nghe lời kẻ xấu, không tham gia gây rối biểu tình "
                 "bạo loạn”.", ["5 không"], id="s14-a-007-number-slogan"),
    pytest.param(ON_TOPIC + "Nông dân áp dụng mô hình 2 vụ lúa xen canh 1 vụ nuôi cá đồng.", [], id="heldout-count-no-slogan"),
    # the militia is on the movement's topic (blind-s14-a-008: no other topic word near)
    pytest.param("Mô hình “Dân quân nắm hộ dân”, “Dân quân nắm các hộ gia đình” được thí điểm ở nhiều xã của Huyện Long Thành "
                 "tỉnh Đồng Nai, đã đem lại nhiều hiệu quả thiết thực trong việc giữ vững sự bình yên trong thôn xóm.",
                 ["Dân quân nắm hộ dân", "Dân quân nắm các hộ gia đình"], id="s14-a-008-militia"),
    # a topic word between the trigger and the quote says the model's topic (blind-s14-a-025: a railway's self-managed verge)
    pytest.param("Hơn 22 năm qua, mô hình tự quản \"Đoạn đường ông cháu cùng chăm\" tại thành phố Đông Hà, tỉnh Quảng Trị đã "
                 "phát huy hiệu quả thiết thực và ngày càng nhân rộng.", ["Đoạn đường ông cháu cùng chăm"],
                 id="s14-a-025-topic-in-trigger"),
    # a quoted item of a `;` list is one of its items; the list goes on past it (blind-s14-a-019)
    pytest.param("Hiện toàn tỉnh có 55 loại mô hình với 401 mô hình toàn dân bảo vệ an ninh Tổ quốc. Trong đó có một số mô "
                 "hình phát huy hiệu quả như: mô hình camera an ninh; thôn xóm bình yên; tái hòa nhập cộng đồng; \"Người cha "
                 "trách nhiệm\"; tổ công nhân dịch vụ đô thị tự quản về an ninh, trật tự; đội công nhân xung kích, tự quản về an "
                 "ninh trật tự…",
                 ["camera an ninh", "thôn xóm bình yên", "tái hòa nhập cộng đồng", "Người cha trách nhiệm",
                  "tổ công nhân dịch vụ đô thị tự quản về an ninh, trật tự",
                  "đội công nhân xung kích, tự quản về an ninh trật tự"], id="s14-a-019-quoted-item"),
    # a group noun counted in the plural before `như:` makes its quoted items models (blind-s15-a-025)
    pytest.param("Xây dựng và duy trì hiệu quả hoạt động của các tổ tự quản an ninh trật tự như: \"Câu lạc bộ phòng chống ma "
                 "túy\", \"Tổ tự quản an toàn giao thông\", \"Tổ hòa giải\", thành lập Ban chỉ đạo ở cơ sở.",
                 ["Câu lạc bộ phòng chống ma túy", "Tổ tự quản an toàn giao thông", "Tổ hòa giải"], id="s15-a-025-plural-group"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_SIXTEEN)
def test_round_sixteen_model_forms(extract, text, expected):
    """Names run into where they run, numbered slogans, the militia, quoted list items (issue 13, models errors of the
    blind rounds 14-15: all-gold models F1 0.937 -> 0.945)."""
    assert sorted(n for n, _ in found_models(extract, text)) == sorted(expected)


@pytest.mark.parametrize("word", load_words("models_number_slogans.txt"))
def test_every_number_slogan_word_works(extract, word):
    """Each slogan word makes `mô hình 5 <word>` a name."""
    assert [n for n, _ in found_models(extract, f"{ON_TOPIC}Xã duy trì mô hình 5 {word}: mọi nhà cùng giữ.")] == [f"5 {word}"]


# fmt: off
NAMED_BEFORE = [
    # quoted names the sentence then calls models (gold: 7 of 7 such quotes in corpus/ are models)
    pytest.param("“Camera an ninh,” “Tài xế lái xe an toàn và phòng, chống tội phạm...” là những mô hình được tỉnh Long An nhân "
                 "rộng để góp phần giữ vững ổn định an ninh trật tự trong tình hình mới.",
                 ["Camera an ninh", "Tài xế lái xe an toàn và phòng, chống tội phạm"], id="s13-a-010-la-nhung-mo-hinh"),
    pytest.param(ON_TOPIC + "\"Đoạn đường ông, cháu cùng chăm\" là mô hình 20 năm qua đã chứng minh được hiệu quả và đang được "
                 "nhân rộng.", ["Đoạn đường ông, cháu cùng chăm"], id="s14-a-028-la-mo-hinh"),
    # a quote described otherwise is no model
    pytest.param(ON_TOPIC + "Từng học công nghệ thông tin, lại tâm huyết, sáng tạo nên Tuấn được “chọn mặt gửi vàng” là "
                 "quản trị viên.", [], id="not-la-quan-tri-vien"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), NAMED_BEFORE)
def test_quote_named_before_its_trigger(extract, text, expected):
    """`“A”, “B” là những mô hình …`: the quoted names before `là mô hình` are models (issue 13, blind-s13-a-010,
    blind-s14-a-028)."""
    assert [n for n, _ in found_models(extract, text)] == expected


def test_youth_team_is_a_trigger(extract):
    """`đội hình “…”` names a team of the movement (blind-s15-a-014, models_triggers_adjacent.txt)."""
    text = ("Năm qua, các đơn vị trên đã tổ chức nhiều đợt cao điểm trong công tác phòng, chống tội phạm và đảm bảo trật tự, an "
            "toàn xã hội trên địa bàn; tiếp tục phát huy các mô hình “Tuyến đường thanh niên tự quản về an ninh trật tự”, đội "
            "hình “Phản ứng nhanh”, các câu lạc bộ và đội hình thanh niên phòng, chống tội phạm và tệ nạn xã hội.")
    assert [n for n, _ in found_models(extract, text)] == ["Tuyến đường thanh niên tự quản về an ninh trật tự",
                                                          "Phản ứng nhanh"]


# fmt: off
FAR_PRONOUNS = [
    # a bare pronoun stands for the person named last as a subject two paragraphs back (a caption between), nobody else
    # named since (bench dantri-business-151)
    pytest.param("Chị Ngô Tuyết, một đầu mối hoa quả ở Hà Nội, cho hay, từ năm ngoái, giá mận cơm đã lao dốc do ảnh hưởng của "
                 "dịch Covid-19 nhưng cũng không xuống thấp hẳn như năm nay. Thậm chí, ở nhiều vùng trồng mận tại Sơn La, Lạng "
                 "Sơn, mận cơm còn được rao bán với giá 3.000 - 4.000 đồng/kg tại vườn.\nDân mạng kêu gọi giải cứu mận cơm.\n"
                 "\"Mận rẻ lắm, hàng về tới Hà Nội, quả đẹp như trong tranh mà bán ra có 10.000 đồng/kg mà khách cũng chẳng đoái "
                 "hoài. Bởi từ khi dịch Covid-19 bùng phát, lượng tiêu thụ mặt hàng nào cũng chậm, sức mua yếu dần, không chỉ "
                 "mỗi mận cơm\" - chị nói.", [("Ngô Tuyết", "ngô tuyết")], "ngô tuyết", id="bench-business-151-caption-between"),
    # `ông này` points at the person just described, here one the article does not name (bench baomoi-22618746)
    pytest.param("Bộ trưởng Bộ GTVT Trương Quang Nghĩa vừa có văn bản đề nghị các Thứ trưởng Bộ GTVT chỉ đạo thực hiện tốt các "
                 "nhóm nhiệm vụ.\nTrao đổi với Tiền Phong ngày 26/6, một đại diện Vụ Đối tác công tư cho hay, sau khi tiến hành "
                 "kiểm toán và quyết toán công trình, tổng mức đầu tư chính thức của dự án BOT giảm so với tổng mức đầu tư dự "
                 "toán ban đầu.\nKhi tổng mức đầu tư giảm so với dự toán có hai phương án giải quyết. Phương án thứ nhất sẽ giữ "
                 "nguyên mức phí như trong hợp đồng và rút ngắn thời gian thu phí. Phương án hai sẽ giảm phí và giữ nguyên thời "
                 "gian thu phí. \"Theo tinh thần chỉ đạo của Chính phủ và Bộ GTVT, chúng tôi sẽ thực hiện theo phương án 2\" - ông "
                 "này nói.", [("Trương Quang Nghĩa", "trương quang nghĩa")], None, id="bench-22618746-ong-nay"),
    # a foreign name the officials stage missed stands between: he may be whom `Ông` means (bench dantri-science-216)
    pytest.param("Chuyên gia Scott Waring tin rằng bức ảnh này là thật.\nChưa từng có bằng chứng nào về người ngoài hành tinh "
                 "đã đến thăm hành tinh của chúng ta.\nTheo nhà vật lý thiên văn năng lượng Mặt trời C. Alex Young của NASA, "
                 "những sự việc tương tự trên thường xuyên xảy ra với vệ tinh SOHO. Ông nói: \" Luồng hình ảnh cho SOHO / EIT có "
                 "dạng khối, vì vậy nếu một phần dữ liệu bị mất, bạn sẽ bị thiếu một khối.\"",
                 [("Scott Waring", "scott waring")], None, id="bench-science-216-foreign-between"),
]
# fmt: on


@pytest.mark.parametrize(("text", "officials", "speaker"), FAR_PRONOUNS)
def test_pronoun_reaches_back_past_the_paragraph_before(extract, text, officials, speaker):
    """A bare pronoun speaker stands for the person named last as a subject up to three paragraphs back when nobody else
    is named since (issue 11/13: bench speech quotes with a speaker 60.2 % -> 60.6 %, 26 of the 28 new ones right)."""
    assert found_quotes(extract, text, officials=officials)[-1][2] == speaker



# fmt: off
ROUND_SEVENTEEN_LISTS = [
    # a `;` list whose first item is a quoted model: the quote rules read that item, the list rule the plain ones
    # (blind-s17-a-026; the page is cut inside its last item, which the gold of blind-s14-a-005 keeps as written)
    pytest.param("Hiện nay, trên địa bàn xã đã xây dựng và duy trì 12 mô hình, tại 40 điểm trong đó gồm: Mô hình “Tổ l"
                 "iên gia an toàn phòng cháy chữa cháy”; Trường học an toàn về an ninh trật tự và cổng trường an toàn "
                 "giao thông; Thôn bản bình yên và gia đình hạnh phúc; Thôn an toàn phòng chãy chữa cháy; Phòng chống "
                 "tội phạm về ma túy; Camera giám sát an ninh trật tự; Dịch vụ công trực truyến; Zalo an ninh trật tự;"
                 " Tự quản đường biên mốc giới; Cụm an ninh liên kết; Cảm hóa giáo dục, giúp đỡ người lầm lỗi cộng đồn"
                 "g dân cư; Thôn không tội p",
                 ["Tổ liên gia an toàn phòng cháy chữa cháy",
                  "Trường học an toàn về an ninh trật tự và cổng trường an toàn giao thông",
                  "Thôn bản bình yên và gia đình hạnh phúc", "Thôn an toàn phòng chãy chữa cháy",
                  "Phòng chống tội phạm về ma túy", "Camera giám sát an ninh trật tự", "Dịch vụ công trực truyến",
                  "Zalo an ninh trật tự", "Tự quản đường biên mốc giới", "Cụm an ninh liên kết",
                  "Cảm hóa giáo dục, giúp đỡ người lầm lỗi cộng đồng dân cư", "Thôn không tội p"],
                 id="s17-a-026-quoted-first-item"),
    # the plain items are still all name-like or nothing: a lower-case item among them drops them (blind-s11-a-016)
    pytest.param("Hiện nay, Hà Hiệu đã thành lập và duy trì hoạt động các mô hình, điển hình tiên tiến trong phong trà"
                 "o \"Toàn dân bảo vệ an ninh Tổ quốc\" như: Mô hình “Hộ an toàn, thôn bản bình yên” với 75 thành viên t"
                 "ham gia; Mô hình liên kết đảm bảo an ninh trật tự tại 02 thôn vùng cao Đông Đăm - Lủng Tráng; Mô hìn"
                 "h tổ tự quản; các cụm An ninh liên hoàn giữa các thôn...",
                 ["Hộ an toàn, thôn bản bình yên"], id="s11-a-016-lower-item"),
    # items opening with `mô hình` after a quoted one are the unquoted rule's, not list items (blind-s12-a-003)
    pytest.param("Xác định Đức Trọng là địa bàn trọng điểm, phức tạp về ANTT, thời gian qua, công tác “Dân vận khéo” l"
                 "uôn được Công an huyện Đức Trọng đặt lên hàng đầu. Với phương châm “Nghe dân nói, nói cho dân hiểu, "
                 "làm cho dân tin”, nhiều mô hình có sức lan tỏa mạnh mẽ, góp phần bảo đảm ANTT trên địa bàn được triể"
                 "n khai như: “Đổi gạo lấy vũ khí” - mô hình dân vận khéo được Ban Dân vận Tỉnh ủy khen thưởng; mô hìn"
                 "h camera an ninh với 1.022 mắt camera được xã hội xóa từ đóng góp của người dân; mô hình phòng, chốn"
                 "g bạo lực học đường tại Trường THCS Ninh Gia; mô hình tổ phản ứng nhanh tuần tra đảm bảo trật tự an "
                 "toàn xã hội xử lý các vi phạm hành chính trong lĩnh vực đất đai, khoáng sản, môi trường, quản lý bảo"
                 " vệ rừng, xây dựng cơ bản trên địa bàn xã Hiệp Thạnh…",
                 ["Đổi gạo lấy vũ khí", "camera an ninh"], id="s12-a-003-mo-hinh-items"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_SEVENTEEN_LISTS)
def test_round_seventeen_list_forms(extract, text, expected):
    """Lists after a colon whose quoted items are left to the quote rules (issue 17, models errors of blind rounds
    16-17)."""
    assert sorted(n for n, _ in found_models(extract, text)) == sorted(expected)


# fmt: off
HEADLINE_PROVINCES = [
    # an article whose headline opens with its province is that province's (blind-s17-a-020: one mention, no region)
    pytest.param("Yên Bái xây dựng, duy trì 712 mô hình “Dân vận khéo” lĩnh vực quốc phòng - an ninh\nNhiều địa phương "
                 "xây dựng, thực hiện đạt kết quả cao mô hình \"Khu dân cư, dòng họ, chi đoàn, chi hội tự quản về an ni"
                 "nh trật tự, không có ma tuý, không có tệ nạn xã hội”; xây dựng tổ hoà giải tại cơ sở thôn, xóm, tổ d"
                 "ân phố; mô hình \"Móc khoá an ninh\", \"Camera an ninh\", \"Địa chỉ tin cậy\" tại cộng đồng  dân cư... ",
                 "Yên Bái", id="s17-a-020-headline"),
    pytest.param("Thanh Hóa đầu tư gần 98 tỷ đồng cho hơn 136.000 camera an ninh\nTrong đó, mô hình \"Camera với an ninh"
                 " trật tự\" được đánh giá là một trong những giải pháp tối ưu nhằm bảo đảm tốt an ninh trật tự ngay từ"
                 " cơ sở.",
                 "Thanh Hóa", id="s14-a-010-headline"),
]
# fmt: on


@pytest.mark.parametrize(("text", "province"), HEADLINE_PROVINCES)
def test_headline_province_locates_the_article(extract, text, province):
    """A province opening the article's headline ties its models when the clause names none (issue 17)."""
    assert {p for _, p in found_models(extract, text, provinces=(province,))} == {province}


# A bare kind in a lower-case `;` list is the category, no model; the list's other items stay (blind-s17-a-001; the same
# item opens the list of blind-s11-a-016 above as `Mô hình tổ tự quản`).
BARE_KIND_ITEM = ("Trải khắp các địa bàn từ vùng thấp đến vùng cao, biên giới, toàn tỉnh Điện Biên hiện có 4.038 tổ chức "
                  "quần chúng tham gia bảo vệ ANTQ theo các mô hình: cụm liên kết an ninh trật tự (ANTT); tổ tự quản; dòng "
                  "họ bình yên; câu lạc bộ phòng, chống tội phạm, tệ nạn xã hội và mô hình ký túc xá an toàn về ANTT.")


def test_bare_kind_in_a_list_is_no_model(extract):
    """Issue 17: `tổ tự quản` alone among named models."""
    names = [n for n, _ in found_models(extract, BARE_KIND_ITEM)]
    assert "tổ tự quản" not in names and {"cụm liên kết an ninh trật tự", "dòng họ bình yên"} <= set(names)


# fmt: off
QUOTES_ROUND_EIGHTEEN = [
    # a time word and a filler between a person and the verb that frames the quote (bench 2a3b1474b1ad7e71)
    pytest.param("Tổng thống Thổ Nhĩ Kỳ Recep Tayyip Erdogan trước đó cũng tuyên bố “việc cô lập Qatar là một sai lầm chết "
                 "người, trái ngược với các giá trị của đạo Hồi”.",
                 [("Recep Tayyip Erdogan", "recep tayyip erdogan")], "recep tayyip erdogan", id="bench-truoc-do-cung"),
    # `ghi nhận`, `khai nhận` and the misspelt `chia sẽ` frame a quote after a person or before a colon (bench
    # c8c2494086b4cc1e, d947a4feae4bf232, 4c0dd78890223749)
    pytest.param("Trân trọng sự chia sẻ và góp sức của tất cả những người hiến máu, bà Nguyễn Thị Xuân Thu - Chủ tịch Trung "
                 "ương Hội Chữ thập đỏ Việt Nam ghi nhận: “Nhờ có đóng góp thầm lặng của những người hiến máu mà phong trào "
                 "hiến máu tại Việt Nam ngày càng phát triển bền vững, tinh thần dân tộc và lòng nhân ái được lan tỏa mạnh mẽ "
                 "trong cộng đồng.",
                 [("Nguyễn Thị Xuân Thu", "nguyễn thị xuân thu")], "nguyễn thị xuân thu", id="bench-ghi-nhan"),
    pytest.param("Hàng hóa trong kho được vận chuyển về bằng xe tải, có người đi theo xe bốc xếp và quản lý hàng hóa. \"Tôi "
                 "nhận hàng theo số lượng chuyển về và khi hàng xuất từ kho đi có một số xe tải đến nhận và chở đi, tôi không "
                 "biết số lượng cụ thể. Chủ hàng thuê 4 người làm công việc đóng gói sản phẩm và kiểm soát hàngnhập kho và "
                 "xuất\", ông Đ.V.C khai nhận.", [], "đ v c", id="bench-khai-nhan"),
    pytest.param("“Thực tế, nhiều gia đình sinh nhiều con cũng khổ nhưng nếu sinh ít quá thì có hại cho đất nước, đặc "
                 "biệt là thiếu hụt lao động. Vì vậy, các nước cho rằng nếu duy trì được suất sinh thay thế ở mức bình"
                 " quân 1 phụ nữ sinh 2 con thì là vô cùng cần thiết cho đất nước phát triển bền vững về nhân lực, về "
                 "lao động. Chính vì vậy, trong nghị quyết về kinh tế - xã hội của Quốc hội khóa này về chính sách dân"
                 " số đặt 2 mục tiêu. Một là là duy trì tỷ suất sinh thay thế và hai là khắc phục mất cân bằng giới tí"
                 "nh”, Bí thư Nguyễn Thiện Nhân chia sẽ.",
                 [("Nguyễn Thiện Nhân", "nguyễn thiện nhân")], "nguyễn thiện nhân", id="bench-chia-se-typo"),
    # a quoted term the filler rule must not make speech (bench 2a3b1474b1ad7e71: `từng tuyên bố việc “đóng băng”`)
    pytest.param("Bộ trưởng Ngoại giao Ả Rập Xê Út Adel al-Jubeir từng tuyên bố việc “đóng băng” các quan hệ với Doha "
                 "thực chất không phải là sự cô lập và rằng Riyadh đã chuẩn bị để cho phép vận chuyển lương thực và cá"
                 "c thiết bị y tế tới hỗ trợ Doha nếu cần thiết.",
                 [("Adel", "adel")], None, id="bench-term-not-speech"),
]
# fmt: on


@pytest.mark.parametrize(("text", "officials", "speaker"), QUOTES_ROUND_EIGHTEEN)
def test_quotes_round_eighteen(extract, text, officials, speaker):
    """Speakers of the 40 random bench speech quotes left null at the start of round 18 (issue 18)."""
    assert found_quotes(extract, text, officials=officials)[0][2] == speaker


# fmt: off
QUOTES_ROUND_EIGHTEEN_NAMES = [
    # one word after the quote that opens or ends the one full name the article writes (bench 6e77a302a10dddb4,
    # 1176f73fb7058890: paragraphs of the article, verbatim)
    pytest.param("Harold Hagerman và Wendell Robinson.\n\"Thằng nhỏ này, nó đi loanh quanh, ngậm \"ti giả\" trong miệng, nhưng "
                 "đã biết nhấc điện thoại lên và sử dụng như bất kỳ ai\", Wendell kể lại.", (), "wendell robinson",
                 id="bench-wendell"),
    pytest.param("Monica Bellucci xuất hiện trên tạp chí Madame Figaro số tháng 5/2021.\n\"Khi tôi bắt đầu ở tuổi 25, tôi không "
                 "bao giờ tưởng tượng được mình còn có thể ở trên phim trường khi đã ngoài 50\", Monica chia sẻ.", (),
                 "monica bellucci", id="bench-monica"),
    # a film's title after `bộ phim` is no stranger standing between a pronoun and its person (bench aab6301892c202eb)
    pytest.param("Ca sĩ điển trai Justin Timberlake đã thực hiện rất nhiều cảnh \"nóng\" trong bộ phim Friends With Benefits. "
                 "Anh chia sẻ: \"Các cảnh quay đó thực sự hơi khó chịu. Bạn phải đóng phim trong 12 giờ, thật là mệt mỏi. "
                 "Tất cả những cảnh đó chỉ xoay quanh lời thoại và hình thể...\".",
                 (("Justin Timberlake", "justin timberlake"),), "justin timberlake", id="bench-film-title"),
    # a quote standing alone after a sentence whose clause of saying opens with a pronoun (bench c2010e9e19a399d4)
    pytest.param("Salma thừa nhận rằng có một số người kết hôn vì tiền nhưng cô cho rằng những người đàn ông giàu có bị phân "
                 "biệt đối xử khiến họ bị cho là không xứng đáng với tình yêu thực sự. \"Nhiều người nghĩ, một ai đó giàu có "
                 "thì có thể không phải là người tốt. Để có nhiều tiền, họ đã làm điều sai trái, có những định kiến như vậy...\"",
                 (("Salma", "salma hayek"),), "salma hayek", id="bench-previous-pronoun"),
]
# fmt: on


@pytest.mark.parametrize(("text", "officials", "speaker"), QUOTES_ROUND_EIGHTEEN_NAMES)
def test_quotes_round_eighteen_names(extract, text, officials, speaker):
    """Speakers named by one word of a full name, past a film's title, or in the sentence before (issue 18)."""
    assert max(found_quotes(extract, text, officials=officials), key=lambda q: len(q[0]))[2] == speaker


# fmt: off
ROUND_NINETEEN_PROVINCES = [
    # the district in brackets before the one province locates the article (blind-s19-a-025; bench-like s5 batch)
    pytest.param("Ngày 22-9, UBND xã Tân Lập (Tịnh Biên, An Giang) tổ chức Hội nghị sơ kết công tác đảm bảo an ninh trật "
                 "tự (ANTT) địa bàn giáp ranh năm 2020. Trong đó, đã triển khai những mô hình hiệu quả, như: phối hợp đảm "
                 "bảo ANTT địa bàn giáp ranh (xã Tâp Lập), tổ tự quản về an toàn giao thông (xã Bình Phú), móc khóa an ninh "
                 "(xã Tà Đảnh), cổng rào an ninh (xã Vĩnh An).", ("An Giang",), (),
                 {("móc khóa an ninh", "An Giang"), ("cổng rào an ninh", "An Giang")}, id="s19-a-025-bracket"),
    pytest.param("Nhằm đảm bảo an ninh trật tự và an toàn giao thông trên địa bàn, chiều 22/10, UBND xã Xuân Lĩnh (Nghi "
                 "Xuân, Hà Tĩnh) đã tổ chức lễ ra mắt mô hình “Khu dân cư đảm bảo trật tự, an toàn giao thông” tại thôn 4 "
                 "xã này.", ("Hà Tĩnh",), (),
                 {("Khu dân cư đảm bảo trật tự, an toàn giao thông", "Hà Tĩnh")}, id="xuan-linh-bracket"),
    # the province as the subject that `luôn` does something (blind-s19-a-031)
    pytest.param("Hiệu quả từ Mô hình dòng họ tự quản, tổ tự quản về an ninh trật tự\n\nLaocaitv.vn - Những năm qua, Lào "
                 "Cai luôn quan tâm đến Phong trào \"Toàn dân bảo vệ an ninh Tổ quốc\". Từ phong trào này, nhiều mô hình tự "
                 "quản về an ninh trật tự đã xuất hiện và phát huy hiệu quả.", ("Lào Cai",), (),
                 {("dòng họ tự quản", "Lào Cai")}, id="s19-a-031-luon"),
    # a region named beside a located province named as often: the province (blind-s9-a-019, -s17-a-007) ...
    pytest.param("Trước những vấn đề trên, tỉnh Bình Thuận đã có nhiều mô hình sáng tạo như “Ánh sáng an ninh”, “Thắp sáng "
                 "đường quê”, được triển khai rộng khắp tại cộng đồng dân cư. Điều này đã mang lại sự bình yên, hạnh phúc "
                 "cho nhân dân. Từ đó, tạo động lực để bà con yên tâm sản xuất, phát triển kinh tế, thúc đẩy phong trào "
                 "toàn dân bảo vệ an ninh Tổ quốc ngày càng đem lại hiệu quả thiết thực.\nBình Thuận là tỉnh duyên hải "
                 "Trung bộ, có 35 dân tộc anh em cùng chung sống.", ("Bình Thuận",), ("duyên hải Trung bộ",),
                 {("Ánh sáng an ninh", "Bình Thuận"), ("Thắp sáng đường quê", "Bình Thuận")}, id="s9-a-019-region"),
    # ... not the host of a regional conference, the region named more often (seed 002: no province)
    pytest.param("Ngày 15/8, tại tỉnh Sóc Trăng, Bộ Công an tổ chức Hội nghị biểu dương các mô hình, điển hình tiên tiến trong "
                 "phong trào toàn dân bảo vệ an ninh Tổ quốc (BVANTQ) vùng đồng bào dân tộc thiểu số (DTTS) khu vực Tây Nam "
                 "Bộ, giai đoạn 2018-2024.\n\nHiện nay, cả nước có trên 4.700 mô hình; riêng khu vực Tây Nam Bộ có 891 mô "
                 "hình phong trào toàn dân BVANTQ, với 260 tập thể, cá nhân điển hình tiên tiến.\n\nCác mô hình tiêu biểu "
                 "như: 2 an (an ninh, trật tự - an sinh xã hội); Rủ nhau làm tốt xóm Chăm; Câu lạc bộ 3 tích cực trong đồng "
                 "bào dân tộc Khmer; Tổ tự quản trong người Hoa; Câu lạc bộ người hoàn lương; Cổng rào phòng, chống tội "
                 "phạm;…", ("tỉnh Sóc Trăng",), ("Tây Nam Bộ",),
                 {("Rủ nhau làm tốt xóm Chăm", None), ("Câu lạc bộ người hoàn lương", None)}, id="seed-002-host"),
]
# fmt: on


@pytest.mark.parametrize(("text", "provinces", "regions", "expected"), ROUND_NINETEEN_PROVINCES)
def test_round_nineteen_article_province(extract, text, provinces, regions, expected):
    """The article's one province ties its models when a mention locates the article: after a district in brackets, as
    the subject of `luôn`, and beside a region named no more often (round 19: 15 gold models' provinces right, none
    wrong)."""
    assert expected <= set(found_models(extract, text, provinces, regions))


# fmt: off
ROUND_NINETEEN_CHAINS = [
    # names listed after the movement's own name chain to it: the movement is a programme, the rest models (s18-a-007)
    pytest.param("Với phương châm “Ở đâu có đường biên, cột mốc, ngư trường, bến bãi…, ở đó có nhân dân tham gia bảo vệ”, "
                 "một loạt các phong trào, mô hình phong phú như “Toàn dân tham gia bảo vệ chủ quyền lãnh thổ, an ninh biên "
                 "giới quốc gia trong tình hình mới”, “Tổ, đội tàu thuyền, bến bãi an toàn”, “Tiếng kẻng vùng biên”, “Trồng "
                 "rừng vành đai biên giới”, “Kết nghĩa cụm dân cư hai bên biên giới”... đã được BĐBP tổ chức thực hiện và có "
                 "sức sống qua nhiều thập kỷ.",
                 ["Tổ, đội tàu thuyền, bến bãi an toàn", "Tiếng kẻng vùng biên", "Trồng rừng vành đai biên giới",
                  "Kết nghĩa cụm dân cư hai bên biên giới"], id="s18-a-007-after-movement"),
    # a movement named after `phong trào` opens no list: the campaign after it is no model (a corpus sample)
    pytest.param("Điểm nổi bật của mô hình là gắn chặt công tác phòng, chống ma túy với phong trào “Toàn dân tham gia bảo vệ "
                 "an ninh tổ quốc”, “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”, dựa vào sự đồng lòng của "
                 "nhân dân và được 100% số hội viên, đoàn viên và hộ gia đình trong thôn, khu phố ký cam kết tham gia.", [],
                 id="movement-then-campaign"),
    # each name's place, its level written before both parts (`tại thôn Tà Lét, xã Vĩnh Hiệp`, s18-a-029) ...
    pytest.param("Trong đó, nhiều mô hình mang lại hiệu quả thiết thực như “Nông dân nói không với bạo lực, bạo hành gia "
                 "đình” tại thôn Tà Lét, xã Vĩnh Hiệp; “Gia đình hội viên nông dân không vi phạm pháp luật và tệ nạn xã hội” "
                 "tại thôn Vĩnh Quang, xã Vĩnh Quang; “Tổ tự quản về ANTT” tại thôn Định Nhất, xã Vĩnh Hảo; “Camera giám sát "
                 "ANTT” ở xã Vĩnh Hòa; “Làng văn hóa, không có tệ nạn tự tử, bạo lực gia đình và các hành vi vi phạm pháp "
                 "luật khác” ở làng Kon Trú, xã Vĩnh Kim…",
                 ["Nông dân nói không với bạo lực, bạo hành gia đình",
                  "Gia đình hội viên nông dân không vi phạm pháp luật và tệ nạn xã hội", "Tổ tự quản về ANTT",
                  "Camera giám sát ANTT",
                  "Làng văn hóa, không có tệ nạn tự tử, bạo lực gia đình và các hành vi vi phạm pháp luật khác"],
                 id="s18-a-029-place-levels"),
    # ... as with one level or a bracket (a Quảng Bình story in the corpus samples)
    pytest.param("Riêng trong năm 2019, toàn tỉnh đã xây dựng mới 5 mô hình, gồm: “Chung tay giúp đỡ người chưa thành niên vi "
                 "phạm pháp luật” tại xã An Thủy (huyện Lệ Thủy); “Khu dân cư thực hiện tốt an toàn giao thông” ở xã Quảng "
                 "Lộc, “Tổ dân phố bảo đảm ANTT, sống tình thương bác ái” tại phường Quảng Long (TX. Ba Đồn); “Khu dân cư tự "
                 "quản về ANTT” tại xã Cao Quảng, “Hội CCB giáo dục thanh thiếu niên chấp hành pháp luật” của xã Thạch Hóa "
                 "(huyện Tuyên Hóa).",
                 ["Chung tay giúp đỡ người chưa thành niên vi phạm pháp luật", "Khu dân cư thực hiện tốt an toàn giao thông",
                  "Tổ dân phố bảo đảm ANTT, sống tình thương bác ái", "Khu dân cư tự quản về ANTT",
                  "Hội CCB giáo dục thanh thiếu niên chấp hành pháp luật"], id="quang-binh-places"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_NINETEEN_CHAINS)
def test_round_nineteen_chains(extract, text, expected):
    """Quoted names chained after the movement's own name, and past a place written with two levels (round 19: 7 gold
    models found, none lost)."""
    assert [n for n, _ in found_models(extract, text)] == expected


# Round 21 (blind s20-a-018): a district or commune of the article's only province names it again, so a province named
# once beside its localities places the models (gold: every model Bình Thuận).
S20_A_018 = (
    "Hiệu quả giữ gìn ANTT từ mô hình “Ánh sáng an ninh”\nNhiều tổ chức nhân dân tự quản về công tác giữ gìn ANTT đã đề "
    "xuất lên Công an, UBND huyện xây dựng mô hình “Ánh sáng an ninh” từ năm 2009.\nHiệu quả từ mô hình “ánh sáng an "
    "ninh” ở Đức Linh, Bình Thuận. |\nUBND và Công an xã Mê Pu chọn thôn 6 làm điểm để xây dựng mô hình này. Trong thôn "
    "vận động nhân dân cứ 2-3 hộ góp 120.000 đồng bắt một bóng đèn và chia nhau trả tiền điện hàng tháng. Chẳng bao lâu, "
    "toàn thôn đã có 75 bòng điện thắp sáng trên 3 tuyến đường liên thôn, giảm đáng kể các loại tệ nạn xã hội và tội "
    "phạm.\nTừ mô hình thí điểm mang lại hiệu quả tốt trong phong trào toàn dân tham gia bảo vệ tổ quốc, giữ gìn ANTT địa "
    "bàn, năm 2012 toàn huyện Đức Linh nhân rộng mô hình “Tuyến đường thôn, khu phố với ánh sáng an ninh” tại nhiều xã "
    "khác."
)


def test_localities_of_the_only_province_place_the_models(extract):
    from vnie.extractors import provinces
    doc = NormalisedDoc("t", S20_A_018, PUBLISHED)
    found = {"provinces": provinces.build()(doc, {}), "officials": []}
    got = [(m.value.name, m.value.province) for m in extract(doc, found) if isinstance(m.value, ModelValue)]
    assert got == [("Ánh sáng an ninh", "Bình Thuận")] * 2 + [("ánh sáng an ninh", "Bình Thuận"),
                                                              ("Tuyến đường thôn, khu phố với ánh sáng an ninh", "Bình Thuận")]


# fmt: off
# Round 23 (the errors of blind s22/s23, tuned on): a club spelled out and capitalised with its goal in its name is a
# model wherever it is named, without quotes, its bracketed `(CLB)` left out of the name; it stops before a place, a
# verb or a describing word (`đầu tiên`). The kind in lower case and counted, and a club with no goal, are none.
CLUBS = [
    pytest.param("Đẩy mạnh phong trào quần chúng bảo vệ an ninh Tổ quốc, Công an huyện Đông Hải đã xây dựng nhiều mô hình "
                 "hiệu quả, trong đó nổi bật là Câu lạc bộ (CLB) Phụ nữ phòng, chống tội phạm.",
                 ["Câu lạc bộ Phụ nữ phòng, chống tội phạm"], id="s22-a-002-bracketed-acronym"),
    pytest.param("Bà Châu Thị Lan, Chủ nhiệm Câu lạc bộ (CLB) nữ phòng chống tội phạm ấp Rạch Rắn, cho biết năm 2009, địa "
                 "phương phát động thành lập các tổ chức quần chúng tham gia bảo vệ an ninh trật tự.",
                 ["Câu lạc bộ nữ phòng chống tội phạm"], id="s22-a-003-place"),
    pytest.param("Các thành viên Câu lạc bộ phòng chống tội phạm phối hợp công an xã tuần tra kiểm soát trên địa bàn.",
                 ["Câu lạc bộ phòng chống tội phạm"], id="fin-sec-016-verb"),
    pytest.param("Theo báo cáo của Công an tỉnh Bình Dương, Câu lạc bộ xung kích phòng chống tội phạm đầu tiên trên địa bàn "
                 "được thành lập vào ngày 1.6.1997.", ["Câu lạc bộ xung kích phòng chống tội phạm"], id="fin-sec-019-modifier"),
    pytest.param("Thế trận an ninh nhân dân gắn với thế trận quốc phòng toàn dân vững chắc, nhiều mô hình tự quản về ANTT, "
                 "các câu lạc bộ phòng, chống tội phạm, phát huy hiệu quả, phù hợp với xu thế xã hội và nhân rộng trong "
                 "toàn quốc.", [], id="s6-b-022-lower-case-kind"),
    pytest.param(ON_TOPIC + "Kết thúc khóa huấn luyện 4 tháng, các bạn sẽ có cơ hội ký kết hợp đồng chính thức với Câu lạc bộ "
                 "bóng đá Hoàng Anh Gia Lai.", [], id="bench-club-without-goal"),
    # a goal that is not the movement's (models_club_goals.txt; review 15 item 3, constructed)
    pytest.param(ON_TOPIC + "Câu lạc bộ Bóng đá Sông Lam phòng chống dịch Covid-19 tại sân.", [], id="review15-football-club"),
    pytest.param(ON_TOPIC + "Câu lạc bộ phòng chống tác hại thuốc lá của trường được thành lập.", [],
                 id="review15-tobacco-club"),
]
# fmt: on


# fmt: off
QUOTES_DESCRIBED_SPEAKERS = [
    # a description singled out by an age, a birth year or an origin stands for the person named last as a subject, with
    # no `nam`/`nữ` or `này` needed (bench 221c27ab28f4ff93, d9b54162fbfc6aca, 2883a377dd8a8102, verbatim)
    pytest.param("Ashley Cain cho biết, trong những ngày cuối đời, đã có lúc bé Azaylia ngừng thở nhưng cuối cùng cô bé lại có "
                 "thể thức dậy sau khi được cấp cứu và khiến bố mẹ vô cùng hạnh phúc.\nCầu thủ bóng đá 30 tuổi nói: \"Đã nhiều "
                 "tháng trôi qua, nhưng đặc biệt là vài ngày gần đây, tôi thức dậy với cảm giác đau đớn, căng thẳng, trầm cảm\".",
                 [("Ashley Cain", "ashley cain")], "ashley cain", id="bench-age"),
    pytest.param("Chính HLV Shin Tae Yong thừa nhận về điểm yếu này của những cầu thủ Indonesia. Chia sẻ trên tờ CNN Indonesia, "
                 "HLV người Hàn Quốc chia sẻ: \"Tôi luôn thúc giục các cầu thủ rằng họ cần phải khẩn trương hơn. Họ quá chậm "
                 "chạp trong tư duy.\"", [("Shin Tae Yong", "shin tae yong")], "shin tae yong", id="bench-origin"),
    pytest.param("Song Hye Kyo tâm sự, sau tất cả, cô chỉ muốn có một cuộc sống bình thường.\nTrong bài phỏng vấn, ngôi sao sinh "
                 "năm 1981 thổ lộ: \"Trước khi già đi, tôi muốn trở thành một Song Hye Kyo bình thường, không bận tâm đến ánh "
                 "mắt và sự đàm tiếu của người khác\".", [("Song Hye Kyo", "song hye kyo")], "song hye kyo",
                 id="bench-birth-year"),
    # ... not a companion opening the sentence (`Cùng X, Y, Z trở thành`, bench 897b4fcfc654b3c0)
    pytest.param("Vương Cương đã có hơn 50 năm cống hiến và hoạt động trong lĩnh vực nghệ thuật.\nCùng Trương Quốc Lập, Trương "
                 "Thiết Lâm, Vương Cương trở thành những gương mặt kinh điển mỗi khi nhắc đến các bộ phim làm nên diện mạo phim "
                 "truyền hình Trung Hoa. Nói về vai diễn thành công nhất trong sự nghiệp, ngôi sao sinh năm 1948 từng khẳng "
                 "định: \"Tôi rất thích vai Hòa Thân bởi qua đó tôi có thể mượn vai diễn để phê phán cái xấu, giúp con người "
                 "trở nên tốt đẹp hơn\".", [("Vương Cương", "vương cương"), ("Trương Quốc Lập", "trương quốc lập"),
                                             ("Trương Thiết Lâm", "trương thiết lâm")], "vương cương", id="bench-companion"),
    # a cue written as an acronym after `nữ` (bench bb5e2c3f6eb4637a)
    pytest.param("Tại chương trình, MC Liêu Hà Trinh thừa nhận, bản thân đang dần hủy hoại sức khỏe của mình bằng việc tắm khuya. "
                 "\"Nghệ sĩ ban ngày đi quay quần quật với công việc, mặt bao nhiêu là son phấn. Tóc dính đầy keo, người rít "
                 "rát. Nếu không đi tắm, khó lòng có giấc ngủ ngon\", nữ MC chia sẻ.", [("Liêu Hà Trinh", "liêu hà trinh")],
                 "liêu hà trinh", id="bench-acronym-cue"),
    # the description is the object of `Bạn bè của`: somebody else speaks (bench cc187dcbac325513)
    pytest.param("Rupert Grint sở hữu khối tài sản hàng chục triệu bảng Anh\nBạn bè của nam diễn viên 31 tuổi tiết lộ: \"Rupert "
                 "Grint thực sự hiểu biết về tất cả các khoản đầu tư và biết rằng anh ấy đang đảm bảo tương lai lâu dài cho cả "
                 "gia đình.\"", [("Rupert Grint", "rupert grint")], None, id="bench-friends-of"),
    # the subject of a verb of saying whose object runs to the quote's colon, nobody the officials stage gave in the
    # sentence: a pronoun, a name and its apposition (bench d9eee8cd52d61d62, 41e93179d31e4800) ...
    pytest.param("Một lần khác là khi mới đăng quang, Lương Thùy Linh vướng ồn ào mua giải.\nThậm chí, cô còn đặt câu hỏi ngược "
                 "lại cho truyền thông: \"Tin đồn mua giải không ảnh hưởng quá nhiều đến tôi bởi tôi có được sự ủng hộ của công "
                 "chúng. Với sự ủng hộ nhiều như vậy, mọi người nghĩ tôi có cần mua giải?\".",
                 [("Lương Thùy Linh", "lương thùy linh")], "lương thùy linh", id="bench-pronoun-object-colon"),
    pytest.param("Martin Ledwick, người phụ trách thông tin về ung thư tại Cancer Research U.K., nói trong một tuyên bố với báo "
                 "chí: \"Ở giai đoạn này, còn quá sớm để đưa ra bất kỳ kết luận nào từ những trường hợp này - đó có thể là một "
                 "sự trùng hợp\".", [], "martin ledwick", id="bench-apposition-object-colon"),
    pytest.param("HLV Mourinho bảo vệ chiến thuật của mình cho tới ngày cuối cùng ở Tottenham.\nCòn nhớ, sau khi bị Newcastle cầm "
                 "chân một cách đáng tiếc, ông thầy người Bồ Đào Nha đã nhận được câu hỏi liên quan tới việc Tottenham quá "
                 "mong manh trong việc bảo vệ lợi thế dẫn trước. Ông chỉ đáp ngắn gọn: \"Cùng lối chơi, chỉ khác cầu thủ\".",
                 [("Mourinho", "mourinho")], "mourinho", id="bench-filler-chi"),
    # ... not a passive (bench 04999154a7d8c162)
    pytest.param("Câu hỏi quan trọng được đặt ra đó là: \"Cơ thể con người có hoạt động theo cùng một cách không?\". Chúng ta có "
                 "hormone stress tương đương của riêng mình được gọi là cortisol.", [], None, id="bench-passive-object-colon"),
    # `theo` and a person after a quote that opens its sentence: the person says it (bench 19d402a61dbaf798, e14b1584e733aaae)
    pytest.param("\"Singapore cũng có một địa điểm rất độc đáo trên thế giới, dù là về số lượng các nhà sưu tập sành điệu trong "
                 "thế giới whisky hay chỉ là người bình thường thích uống rượu\", theo Will Peacock, giám đốc mảng xa xỉ phẩm "
                 "toàn cầu tại William Grant & Sons'.", [], "will peacock", id="bench-theo-after"),
    pytest.param("\"Chúng tôi tin tưởng Huawei cùng các đối tác sẽ tham gia sâu hơn vào quá trình chuyển đổi số của nhiều công "
                 "ty, và trở thành đối tác chuyển đổi số ưa thích của các công ty và tổ chức tại Việt Nam\", theo CEO Sun Bohan.",
                 [], "sun bohan", id="bench-theo-cue-after"),
    # the full stop of an abbreviated unit word (`TP. Cần Thơ`) ends no sentence (the audit at 8bac1e9, bench e0cebb46480682b0)
    pytest.param("Ông Nguyễn Hữu Nhân, Trưởng phòng Chính trị tư tưởng - Sở Giáo dục và Đào tạo TP. Cần Thơ cũng chia sẻ thêm "
                 "\"ở một số trường các em học sinh phải tự mang nước đi học để uống\". Vì vậy, khi những chiếc máy lọc nước "
                 "được bàn giao toàn bộ giáo viên, các em học sinh và phụ huynh nhà trường đều háo hức vui mừng.",
                 [("Nguyễn Hữu Nhân", "nguyễn hữu nhân")], "nguyễn hữu nhân", id="audit-tp-stop"),
]
# fmt: on


def test_theo_after_a_term_names_no_speaker(extract):
    """A term's quote before `, theo đó` (bench, baomoi) is nobody's words."""
    text = ("Chủ tịch UBND TP Hà Nội nhấn mạnh năm 2017 là “Năm kỷ cương hành chính”, theo đó TP chọn tác phong cán bộ, công "
            "chức ở khâu làm dịch vụ công để chấn chỉnh.")
    assert [q[2] for q in found_quotes(extract, text)] == [None]


@pytest.mark.parametrize(("text", "officials", "speaker"), QUOTES_DESCRIBED_SPEAKERS)
def test_quotes_described_speakers(extract, text, officials, speaker):
    """Speakers of bench speech quotes left null: a description singled out by an age, a birth year or an origin, the
    subject of a verb whose object runs to the colon, a speaker past `TP.` (round 15)."""
    assert [q for q in found_quotes(extract, text, officials=officials) if q[1] == "speech"][0][2] == speaker


# fmt: off
# Round 23: a scare quote on one plain lower-case word right after a trigger is no name (no gold model is one word in
# lower case); blind-s23-a-001, verbatim, where the quoted names two sentences on are the models.
SCARE_QUOTES = [
    pytest.param("Bắc Giang: Mô hình 'lạ' đảm bảo an ninh trật tự tại địa phương", [], id="s23-a-001-headline"),
    pytest.param("Trước tình trạng bất ổn an ninh gia tăng, Bắc Giang đã khuyến khích những mô hình tự quản 'lạ' nhưng "
                 "mang lại hiệu quả rõ rệt.", [], id="s23-a-001-filler"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), CLUBS + SCARE_QUOTES)
def test_clubs_and_scare_quotes(extract, text, expected):
    """Clubs named without quotes are models; a one-word scare quote after a trigger is none (round 15)."""
    assert [n for n, _ in found_models(extract, text)] == expected


# fmt: off
QUOTES_GOING_ON = [
    # a quote that is a paragraph of its own, after a paragraph whose last sentence is a quote and its speaker after
    # it: that speaker goes on (bench ab920cf2aaa5183c, verbatim)
    pytest.param("Eric Xu, Chủ tịch luân phiên của Huawei cho biết, năm 2021 sẽ là năm mà Huawei sẽ xây dựng chiến lược phát "
                 "triển trong tương lai của công ty. \"Năm 2021 sẽ là một năm đầy thách thức nữa đối với chúng tôi, nhưng "
                 "cũng là năm mà chiến lược phát triển trong tương lai của chúng tôi sẽ bắt đầu hình thành\", ông cho biết.\n"
                 "\"Bất kể thách thức xảy đến với chúng tôi là gì, chúng tôi sẽ tiếp tục duy trì khả năng phục hồi kinh doanh "
                 "của mình. Không chỉ để tồn tại mà còn để bền vững.\"", [("Eric Xu", "eric xu")], "eric xu",
                 id="bench-paragraph-goes-on"),
    # not when the paragraph goes on after the quote's speaker (bench dfefa7ff5b9b48a6)
    pytest.param("Khi được hỏi hãng túi nào ngày nay sản xuất ra những chiếc túi bền nhất, ông Ng đáp: \"Chẳng có hãng nào cả\". "
                 "Chỉ cần treo túi lên móc là một chiếc túi Chanel có thể bị nứt da, bởi vì chất liệu da để làm túi đã không "
                 "tốt ngay từ đầu, thợ sửa túi giải thích.\n\"Công việc của người bán hàng là bán chiếc túi, nhưng sau khi có "
                 "chuyện gì xảy ra, họ sẽ trả lời khách rằng đó là do lỗi của khách vì đã không chăm sóc đúng cách. Nhưng đôi "
                 "khi, là do chất liệu làm túi không tốt\".", [("Ng", "ng")], None, id="bench-paragraph-goes-on-not-last"),
    # a name without a surname written alone as the slot, and again in the text (bench 4c07e249baeb20b7, f12828e2563cd964)
    pytest.param("Trên trang cá nhân, Thủy Tiên hài hước chia sẻ câu chuyện cô và chồng Công Vinh tham dự một sự kiện có trình "
                 "diễn bikini.\n\"Thanh niên nghiêm túc đi sự kiện với vợ, đến màn sân khấu toàn các người mẫu xinh đẹp sexy "
                 "ảnh chỉ ngó đèn trần nhà hoặc ngó đất với gương mặt cực kỳ nghiêm trọng. Ủa alo anh ơi ai mượn anh làm "
                 "vậy?\", Thủy Tiên chia sẻ.", [], "thủy tiên", id="bench-stage-name"),
    pytest.param("Bá Đức chia sẻ với phóng viên khi đang chuẩn bị đi học ôn môn Lịch sử.\n\"Áp lực đè nặng, em chưa có một ngày "
                 "để nghỉ ngơi cứ hết học môn này lại đến môn kia. Em sợ nhất những buổi học Lịch sử bởi nó khó nhớ\", Bá Đức "
                 "chia sẻ.", [], "bá đức", id="bench-given-names"),
]
# fmt: on


@pytest.mark.parametrize(("text", "officials", "speaker"), QUOTES_GOING_ON)
def test_quotes_going_on(extract, text, officials, speaker):
    """Speakers of bench speech quotes left null: a paragraph continuing the speech before it, a name without a
    surname written alone (round 15)."""
    assert [q for q in found_quotes(extract, text, officials=officials) if q[1] == "speech"][-1][2] == speaker


def test_ministry_is_no_name_without_surname(extract):
    """An organisation's name written alone before the verb, and again in the text, is no speaker (bench
    926a43d65862afce, verbatim)."""
    text = ("“Như vậy, nếu không có Đak Mi 4 và quy trình vận hành an toàn, nghiêm ngặt thì vùng Đại Lộc và hạ lưu sông Vu Gia "
            "sẽ lên trên mức báo động 3, có thể vượt mức lũ lịch sử năm 2009 vài mét và không loại trừ xảy ra thảm họa”, Bộ "
            "Công Thương cho biết.\nCách mà Đak Mi 4 và một số hồ thủy điện “gánh” một phần lũ cho hạ du, theo lý giải của Bộ "
            "Công Thương là: Thủy điện là một dạng hồ chứa dùng để điều tiết nước kết hợp với phát điện.")
    assert found_quotes(extract, text)[0][2] is None


# fmt: off
# Round 25 (the errors of blind s24/s25, tuned on): a headline's verb ends an unquoted name (`đẩy lùi`), the head alone
# is no name; devices named after `mô hình` (`gậy`, `móc khóa`); a model named without quotes inside a report's title
# in quotes.
ROUND_25_MODELS = [
    pytest.param("Mô hình tổ liên gia, dòng họ tự quản đẩy lùi phạm pháp\n\n08:12 09/11/2016\nTròn 5 năm, Quyết định số "
                 "2200/2011/QĐ-UBND của UBND tỉnh Phú Thọ về Quy chế tổ chức và hoạt động của các tổ chức tự quản về an ninh "
                 "trật tự đi vào hoạt động, những kết quả đạt được trong", [("tổ liên gia, dòng họ tự quản", None)],
                 id="s24-a-003"),
    pytest.param("ình hình phức tạp, không phát sinh tụ điểm, đường dây, điểm bán lẻ, điểm nóng liên quan đến tội phạm và tệ "
                 "nạn ma túy.\n\nMô hình dòng họ đẩy lùi tệ nạn ma túy ở huyện vùng cao Mèo Vạc\n\nLà huyện vùng cao, biên "
                 "giới của tỉnh Hà Giang, huyện Mèo Vạc có hơn 96% đồng bào dân tộc thiểu số sinh sống.", [], id="s24-a-028"),
    pytest.param(ON_TOPIC + "Nghe các báo cáo tham luận cụ thể gồm: Khu phố 9 báo cáo về “Thực hiện có hiệu quả xây dựng mô "
                 "hình camera giám sát an ninh trật tự”; Khu phố 2 báo cáo về “Xây dựng mô hình gậy an ninh trật tự”; Bảo vệ "
                 "dân phố báo cáo về “Công tác tuần tra đảm bảo an ninh",
                 [("camera giám sát an ninh trật tự", None), ("gậy an ninh trật tự", None)], id="s24-a-015"),
]
# fmt: on


@pytest.mark.parametrize(("text", "expected"), ROUND_25_MODELS)
def test_round_25_models(extract, text, expected):
    assert found_models(extract, text) == expected


S27_A_018 = ("Tại Đồng Tháp, các cấp Hội LHPN đã xây dựng được  trên 3.600 tổ, 700 CLB với 121.554 thành viên tham gia nhiều "
             "mô hình liên quan đến công tác phòng, chống tội phạm và TNXH. Trong đó, có nhiều mô hình hoạt động có hiệu quả "
             "như: mô hình Tổ phụ nữ không có TNXH; Tổ 4 giảm, 4 không; CLB 5 không, 3 sạch, CLB phòng, chống bạo lực gia "
             "đình; CLB phụ nữ với pháp luật; CLB phụ nữ với ATGT; đặc biệt xây dựng được 22 CLB phòng, chống TNXH từ gia đình "
             "với 595 thành viên, đây là mô hình hoạt động có hiệu quả, góp phần giữ gìn an ninh trật tự tại địa bàn dân cư.")


def test_round_17_list_ends_where_its_sentence_goes_on(extract):
    """A `;` list's last item that is a clause (`đặc biệt xây dựng được 22 CLB …`) ends the list and no longer drops it;
    the list's sentence opens with `Trong đó`, so the sentence before it gives the province (blind-s27-a-018), to its
    first item too, which the rule of names written without quotes reads (review 17 item 2)."""
    found = found_models(extract, S27_A_018, provinces=["Đồng Tháp"])
    assert found == [
        ("Tổ phụ nữ không có TNXH", "Đồng Tháp"), ("Tổ 4 giảm, 4 không", "Đồng Tháp"), ("CLB 5 không, 3 sạch", "Đồng Tháp"),
        ("CLB phòng, chống bạo lực gia đình", "Đồng Tháp"), ("CLB phụ nữ với pháp luật", "Đồng Tháp"),
        ("CLB phụ nữ với ATGT", "Đồng Tháp")]


# Round 18 (the errors of blind s28/s29, tuned on): an owner cut short to its level (`của P. Hòa Hải (Q. Ngũ Hành
# Sơn);`) still chains the list's quoted names; a commune police's `công trình` names an initiative; a research work is off
# the topic.
ROUND_18_MODELS = [
    pytest.param("Nhiều mô hình theo hướng tự quản, tự phòng, tự bảo vệ, tự hòa giải từ cơ sở, có tính xã hội cao, được nhân "
                 "dân đồng thuận, tích cực hưởng ứng và đem lại hiệu quả thiết thực như: \"Câu lạc bộ Cựu chiến binh, Cựu quân "
                 "nhân phòng, chống tội phạm\" của P. Mỹ An; \"Tuyến biển bình yên\", \"Câu lạc bộ Cựu chiến binh, Cựu quân "
                 "nhân phòng, chống tội phạm\" của P. Hòa Hải (Q. Ngũ Hành Sơn); \"Khu dân cư Văn hóa biển Kim Liên\" của P. "
                 "Hòa Hiệp Bắc; \"Phụ nữ nói không với cờ bạc, số đề\" của P. Hòa Hiệp Nam (Q. Liên Chiểu);",
                 [("Câu lạc bộ Cựu chiến binh, Cựu quân nhân phòng, chống tội phạm", None), ("Tuyến biển bình yên", None),
                  ("Câu lạc bộ Cựu chiến binh, Cựu quân nhân phòng, chống tội phạm", None),
                  ("Khu dân cư Văn hóa biển Kim Liên", None), ("Phụ nữ nói không với cờ bạc, số đề", None)], id="s28-a-017"),
    pytest.param(ON_TOPIC + "Từ thực tế đó, Công an xã Quảng Trực đã đề xuất và chủ trì triển khai công trình “Thắp sáng vùng "
                 "biên” nhằm nâng cao chất lượng cuộc sống cho người dân trong bon.", [("Thắp sáng vùng biên", None)],
                 id="s29-a-033"),
    # an author's entry after "với công trình" is a work, no initiative, on the topic too (models.yaml `works_entry`)
    pytest.param(ON_TOPIC + "Tại lễ trao giải, GS. TS Nguyễn Văn Hiếu với công trình “Chế tạo cấu trúc nano rẽ nhánh SnO2/ZnO "
                 "trên cơ sở dây nano SnO2 (lõi) và thanh nano ZnO (nhánh) nhằm tăng cường tính chất nhạy khí với hơi cồn”",
                 [], id="s22-e-012"),
    # a dash or a colon after the quote calls it a model, lower case too; a name that says its topic is on it
    pytest.param("“Xếp hàng đón con” - mô hình “cổng trường an toàn” ở Bắc Ninh\n\n15:41 19/09/2020\nĐể tăng cường biện pháp "
                 "bảo đảm trật tự ATGT trước cổng trường học", [("Xếp hàng đón con", None), ("cổng trường an toàn", None)],
                 id="s29-a-029"),
    pytest.param("Anh trân trọng trao tặng Tổng Bí thư Tô Lâm một chiếc “móc khóa an ninh” - mô hình sáng kiến của Công an xã "
                 "Vĩnh Thái (cũ, nay là xã Vĩnh Hoàng)", [("móc khóa an ninh", None)], id="s10-a-027"),
    pytest.param("(GLO)- Mô hình “Camera và ánh sáng an ninh” ở làng Út 2 (xã Ia Bă, huyện Ia Grai, tỉnh Gia Lai) ra đời và "
                 "hoạt động hiệu quả nhờ sự đồng thuận cao của người dân.\n\nTrưởng thôn Chu Văn Sòi cho biết: “Làng Út 2 đã "
                 "lắp 37 bóng đèn tại 3 cụm dân cư và 5 camera công cộng tại các tuyến đường. Ngoài ra, các hộ dân cũng tự "
                 "trang bị 19 chiếc camera. Tổng chi phí xây dựng mô hình là 878 triệu đồng”.",
                 [("Camera và ánh sáng an ninh", None)], id="s28-a-028"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_18_MODELS)
def test_round_18_models(extract, text, expected):
    assert found_models(extract, text) == expected


# Round 19 (the errors of blind s30/s31, tuned on): a community named with the movement's goal after `phong trào`, a
# trigger as well as a campaign's noun, is a model (GUIDELINES.md: quoted names after `phong trào`), and so is one after
# `mô hình phong trào` (models_triggers.txt) or an industrial cluster after `mô hình` (models_unquoted_heads.txt); one model written
# again with its words reordered keeps its first name (one model in two wordings is listed once, under the first).
ROUND_19_MODELS = [
    pytest.param("Thời gian qua, phong trào \"Xứ họ đạo bình yên - chùa tinh tiến về ANTT\" trong phong trào toàn dân bảo vệ "
                 "an ninh Tổ quốc (ANTQ) tại địa bàn vùng giáo được triển khai và mang lại hiệu quả thiết thực.",
                 [("Xứ họ đạo bình yên - chùa tinh tiến về ANTT", None)], id="s30-a-008"),
    pytest.param("Theo đánh giá của Ban Tuyên giáo Tổng Liên đoàn Lao động Việt Nam, việc thành lập mô hình “Tổ công nhân tự "
                 "quản khu nhà trọ” đã tạo điều kiện thuận lợi cho tổ chức Công đoàn tuyên truyền, phổ biến pháp luật góp "
                 "phần nâng cao nhận thức của công nhân lao động, từ đó hạn chế xảy ra các vụ tranh chấp lao động dẫn đến "
                 "ngừng việc tập thể làm ảnh hưởng đến an ninh chính trị, trật tự an toàn xã hội tại địa phương.\n\nBáo "
                 "cáo từ các địa phương cho thấy, hiện cả nước có 22 địa phương có mô hình Tổ tự quản khu nhà trọ công nhân.",
                 [("Tổ công nhân tự quản khu nhà trọ", None), ("Tổ công nhân tự quản khu nhà trọ", None)], id="s31-a-027"),
    pytest.param("Mô hình cụm công nghiệp an toàn về an ninh trật tự ở Trực Ninh\n\nTrên địa bàn huyện Trực Ninh hiện có 3 "
                 "cụm công nghiệp (CCN) tập trung đang hoạt động là Cổ Lễ, Cát Thành và Trực Hùng.",
                 [("cụm công nghiệp an toàn về an ninh trật tự", None)], id="s30-a-010"),
    pytest.param("Ngày 5-10-2011, UBND phường Cửa Nam (TP Nam Định) phối hợp với chùa Phong Lộc tổ chức sơ kết 1 năm thực hiện "
                 "mô hình phong trào “Ba an toàn” về ANTT ở cơ sở tại chùa Phong Lộc.", [("Ba an toàn", None)], id="s30-a-020"),
    # Round 20 (the errors of the blind batches of rounds 20-33, counted over all of them): types the gold lists
    # wherever they follow `mô hình` open an unquoted name (models_unquoted_heads.txt), and `lại` ends one
    # (models_unquoted_stops.txt).
    pytest.param("(GLO)- Nhằm nâng cao vai trò, trách nhiệm của tổ chức Đoàn, đoàn viên thanh niên, Ban Thường vụ Huyện đoàn "
                 "đã chỉ đạo các đoàn xã triển khai xây dựng mô hình tuyến đường thanh niên tự quản về an ninh trật tự.",
                 [("tuyến đường thanh niên tự quản về an ninh trật tự", None)], id="s30-a-024"),
    pytest.param("Vụ Bản nhân rộng mô hình cựu chiến binh tham gia bảo đảm an ninh trật tự",
                 [("cựu chiến binh tham gia bảo đảm an ninh trật tự", None)], id="s22-a-030"),
    pytest.param("Triển khai mô hình xã điển hình về phong trào Toàn dân bảo vệ an ninh Tổ quốc tại xã Hồng Lạc",
                 [("xã điển hình về phong trào Toàn dân bảo vệ an ninh Tổ quốc", None)], id="s24-a-029"),
    pytest.param("tuyên truyền Luật Giao thông đường bộ; Mô hình Cổng trường an toàn giao thông tại 53 liên đội và 7 Đoàn "
                 "trường; Mô hình Phiên tòa giả định tuyên truyền pháp luật đã tổ chức 5 phiên toà",
                 [("Cổng trường an toàn giao thông", None), ("Phiên tòa giả định tuyên truyền pháp luật", None)],
                 id="s26-a-018"),
    pytest.param("Tuy nhiên, khi xây dựng mô hình THTQ về ANTT lại gặp một số vướng mắc về kiến thức pháp luật… Điển hình "
                 "như tộc họ Blang Praong áp dụng mô hình THTQ đầu tiên, gặp khó khăn ở nhân sự tộc họ",
                 [("THTQ về ANTT", None)], id="s21-a-016"),
    # a verb or adverb opening the predicate ends the name (models_unquoted_stops.txt)
    pytest.param("Mô hình Tổ liên gia an toàn PCCC ra đời nhằm phát huy tính chủ động, tương trợ lẫn nhau giữa các gia đình "
                 "trong một khu dân cư", [("Tổ liên gia an toàn PCCC", None)], id="s21-a-001"),
    pytest.param("Được thành lập từ tháng 11-2007, trên ý tưởng rất trùng hợp của cả Công an phường Hòa An, Bến xe Trung tâm "
                 "và anh em chạy xe ôm tại khu vực này, mô hình đội xe ôm tự quản ngay lập tức cho thấy đây là một hướng đi "
                 "đúng", [("đội xe ôm tự quản", None)], id="s33-a-006"),
    pytest.param("Tại quận 4, 100% các phường trên địa bàn quận đã thành lập và đưa mô hình Tổ nhân dân tuần tra đi vào hoạt "
                 "động, nghiêm túc hiệu quả", [("Tổ nhân dân tuần tra", None)], id="s23-a-030"),
    # a quote after "là" in a sentence opening with "one of the models" (models.yaml named_after), and "là một trong nhiều
    # mô hình" after a quote (named_before)
    pytest.param("Một trong những mô hình tiêu biểu được ghi nhận là “Tổ thanh niên tự quản trong phòng, chống tội phạm và "
                 "tệ nạn xã hội gắn với phong trào thể dục thể thao” do Công an xã Đạ Huoai (huyện Đạ Huoai cũ) triển khai "
                 "từ tháng 4/2024.", [("Tổ thanh niên tự quản trong phòng, chống tội phạm và tệ nạn xã hội gắn với phong "
                                       "trào thể dục thể thao", None)], id="s33-a-029"),
    pytest.param("Một trong những mô hình mang lại kết quả và được đánh giá cao về tính hiệu quả đó là \"Tiếng loa an ninh\".",
                 [("Tiếng loa an ninh", None)], id="s26-a-002"),
    pytest.param("“Tiếng mõ an ninh” là một trong nhiều mô hình ANTT đã và đang phát huy hiệu quả\ntrong phong trào “Toàn "
                 "dân bảo vệ an ninh Tổ quốc” ở xã Duy Vinh.", [("Tiếng mõ an ninh", None)], id="s33-a-030"),
    # a verb phrase after the name ends it (models_unquoted_stops.txt `đạt hiệu quả`)
    pytest.param("Để đảm bảo an ninh trật tự (ANTT) khu vực đặc thù này, Công an huyện đã tham mưu cho chính quyền địa "
                 "phương xây dựng, nhân rộng mô hình Tổ xóm đạo bình yên và đạt hiệu quả thiết thực.",
                 [("Tổ xóm đạo bình yên", None)], id="s23-a-012"),
]


@pytest.mark.parametrize(("text", "expected"), ROUND_19_MODELS)
def test_round_19_models(extract, text, expected):
    assert found_models(extract, text) == expected


# Unquoted names after `mô hình` as find_unquoted reads them, by head (models_unquoted_heads.txt). A generic type opens a
# name only when a word of the movement's topic is in the name (models_unquoted_heads_goal.txt, review 20 item 3): a
# street taken as a design template is none.
UNQUOTED_HEADS = [
    pytest.param("Hiện trên địa bàn huyện có 17 mô hình tại 10 xã, 1 thị trấn gồm: Mô hình cổng làng an ninh trật tự tại "
                 "làng Hrăk, xã Đak Djrăng;", ["cổng làng an ninh trật tự"], id="fin-sec-020"),
    pytest.param("Hiệu quả mô hình khu, cụm công nghiệp an toàn về an ninh trật tự",
                 ["khu, cụm công nghiệp an toàn về an ninh trật tự"], id="s20-a-033"),
    pytest.param("Ông Dục cho biết, trong dự án này, Thành phố yêu cầu Dự án xây dựng đường vành đai 3 đoạn Mai Dịch - cầu "
                 "Thăng Long được thiết kế hệ thống cây xanh theo mô hình tuyến đường Võ Chí Công.", [],
                 id="bench-baomoi-22471548"),
    pytest.param("đã chỉ đạo các đoàn xã triển khai xây dựng mô hình tuyến đường thanh niên tự quản về an ninh trật tự.",
                 ["tuyến đường thanh niên tự quản về an ninh trật tự"], id="s30-a-024"),
    pytest.param("Vụ Bản nhân rộng mô hình cựu chiến binh tham gia bảo đảm an ninh trật tự",
                 ["cựu chiến binh tham gia bảo đảm an ninh trật tự"], id="s22-a-030"),
    pytest.param("Triển khai mô hình xã điển hình về phong trào Toàn dân bảo vệ an ninh Tổ quốc tại xã Hồng Lạc",
                 ["xã điển hình về phong trào Toàn dân bảo vệ an ninh Tổ quốc"], id="s24-a-029"),
]


@pytest.mark.parametrize(("text", "expected"), UNQUOTED_HEADS)
def test_unquoted_names(lex, text, expected):
    assert [text[c.start:c.end] for c in find_unquoted(text, lex)] == expected


# An article that writes `mô hình` three times or more is about models: a quote right after `mô hình` names one off
# the movement's topic words too (blind-s34-a-010, the opening as published); once in passing it does not
# (blind-s11-c-020).
S34_A_010 = ("Hiệu quả từ mô hình “Chợ văn minh, an toàn, hiệu quả”\n\n(LĐTĐ) Thời gian qua các mô hình “Chợ văn minh, "
             "an toàn, hiệu quả” trên địa bàn thành phố Hà Nội đã phát huy hiệu quả tích cực, góp phần duy trì môi "
             "trường kinh doanh an toàn, văn minh, ứng xử chuẩn mực giữa người mua và người bán, đảm bảo tôn trọng "
             "quyền lợi của người tiêu dùng.\nĐảm bảo quyền lợi người tiêu dùng từ mô hình chợ văn minh Hiệu quả từ "
             "công tác dân vận xây dựng chợ An toàn - Văn minh - Hiệu quả")
S11_C_020 = ("Đồng nhấn mạnh yêu cầu Đảng bộ UBND tỉnh Lâm Đồng tập trung cụ thể hóa Chương trình hành động theo mô hình "
             "“1 trục, 2 tuyến, 3 đột phá, 4 trụ cột, 5 vùng trọng điểm, 6 danh mục trọng tâm”.")


# ../shared/bench dantri-entertainment-221 (night markets, three `mô hình` in these lines, seven in the article): a
# lower-case quote after `mô hình` is a word or a proverb, no model's name (review 21; both were models before).
NIGHT_MARKETS = (
    "Nhờ các mô hình \"chợ đêm\" này, Bangkok đã trở thành điểm đến hàng đầu Đông Nam Á...\nTại Việt Nam, mô hình "
    "\"buôn có bạn, bán có phường\" đã có từ rất lâu như Chợ Bến Thành, phố đi bộ Bùi Viện, phố đi bộ Tạ Hiện, đem "
    "đến cho du khách hàng hành trình trải nghiệm địa phương, từ tham quan, mua sắm, ẩm thực, vui chơi tại cùng khu "
    "vực. Tuy chưa được quy hoạch chuyên nghiệp nhưng không thể phủ nhận những điểm đến này vẫn thu hút hàng triệu du "
    "khách quốc tế mỗi năm, trở thành nơi buộc phải \"check-in\" trên bản đồ du lịch quốc tế, đem lại nguồn doanh thu "
    "\"bất tận\" cho các cửa hàng kinh doanh quanh khu vực.\nChuyên gia tài chính, TS Cấn Văn Lực cũng cho rằng, mô "
    "hình tổ hợp du lịch, giải trí, thương mại đã gia tăng giá trị của nền kinh tế \"dưới ánh đèn\", mang về lợi nhuận "
    "\"khủng\" cho các thủ phủ du lịch như Genting (Malaysia), Pattaya (Thái Lan), Singapore…\n")


def test_lower_case_quote_after_mo_hinh_is_no_model(extract):
    assert [name for name, _ in found_models(extract, NIGHT_MARKETS)] == []


def test_quote_after_mo_hinh_in_an_article_about_models(extract):
    assert found_models(extract, S34_A_010, ["Hà Nội"]) == [("Chợ văn minh, an toàn, hiệu quả", "Hà Nội")] * 2
    assert found_models(extract, S11_C_020, ["Lâm Đồng"]) == []


# A province in a person's address places no model (models.yaml `residence`): blind-s28-a-011 names Hải Dương only as
# a suspect's registered address, its model gets no province (the gold's null); quoted as published.
S28_A_011 = (
    "Tuy nhiên, đó không phải là những nhóm bình thường, mà chính là mô hình Zalo “Kế"
    "t nối toàn dân - Bình yên cuộc sống”.\n\nCác phương tiện thu giữ trong vụ phá tụ đ"
    "iểm đá gà ăn tiền tại khu phố Thanh Bình, TT. Đất Đỏ.\n\nĐây là một mô hình mới tr"
    "ong phong trào toàn dân bảo vệ an ninh Tổ quốc đang được Công an huyện Đất Đỏ tr"
    "iển khai trên địa bàn huyện.\n\nNhững thông tin liên quan đến tình hình ANTT được "
    "chia sẻ trong các nhóm Zalo.\n\nNHIỀU VỤ VIỆC ĐƯỢC DÂN THÔNG TIN\n\nVào lúc 11 giờ 3"
    "0 phút ngày 28/6, qua thông tin phản ánh từ quần chúng nhân dân, Đội Cảnh sát đi"
    "ều tra tội phạm về hình sự, kinh tế, ma túy, Công an huyện Đất Đỏ phối hợp với C"
    "ông an TT. Đất Đỏ bắt quả tang 1 tụ điểm đánh bạc dưới hình thức đá gà ăn tiền t"
    "ại bãi đất trống thuộc khu phố Thanh Bình. Cơ quan công an đã thu giữ toàn bộ ta"
    "ng vật, phương tiện và mời 6 đối tượng có liên quan về làm việc.\n\nTrước đó, vào "
    "ngày 27/5, cũng qua thông tin từ người dân về 1 đối tượng khả nghi tại khu vực c"
    "ảng mới thuộc ấp An Hải, xã Lộc An, huyện Đất Đỏ, Công an xã Lộc An, khi kiểm tr"
    "a hành chính, đối tượng không xuất trình được giấy tờ tùy thân. Thông qua đối ch"
    "iếu hình ảnh, cơ quan công an phát hiện đối tượng có tên là Nguyễn Văn Điệp (SN "
    "1977, HKTT: huyện Ninh Giang, tỉnh Hải Dương)."
)


def test_a_persons_address_places_no_model(extract):
    assert found_models(extract, S28_A_011, ["tỉnh Hải Dương"]) == [("Kết nối toàn dân - Bình yên cuộc sống", None)]


# A group noun opening a quote that somebody is then said to say is their words, no model (blind-s34-b-008).
S34_B_008 = ("Đại tá Lê Văn Phương, Chỉ huy trưởng Biên phòng Quảng Trị, cho hay các nghi can là mắt xích quan trọng "
             "trong đường dây buôn ma tuý xuyên quốc gia, đưa ma tuý từ các tỉnh bắc Lào về Savannakhet, rồi đưa vào "
             "nội địa Việt Nam.\n\n\"Nhóm này tạo thành đường dây khép kín với thủ đoạn tinh vi, chặt chẽ\", đại tá Lê "
             "Văn Phương thông tin.")


def test_said_quote_opening_with_a_group_noun_is_speech(extract):
    text = normalise_text(S34_B_008)  # the pipeline's tone marks: `ma tuý` -> `ma túy`, a topic word
    assert found_models(extract, text, ["Quảng Trị"]) == []
    assert ('"Nhóm này tạo thành đường dây khép kín với thủ đoạn tinh vi, chặt chẽ"', "speech", "lê văn phương") in \
        found_quotes(extract, text, [("Lê Văn Phương", "lê văn phương")])
