"""Author signatures: credit words, names, co-authors, roles; and the lines that only look like one.

``parse_signature`` is called directly on the signature's one or two lines; the same forms are
then put at the end of a small made-up article and read back through ``wardnews.parse``.
"""
from __future__ import annotations

from typing import NamedTuple

import pytest

import wardnews
from wardnews._signature import name_like, names_like, parse_signature, role_like, signing_block
from wardnews._vocab import load_vocabulary

VOCAB = load_vocabulary()


class Sig(NamedTuple):
    id: str
    lines: tuple[str, ...]
    name: str
    role: str | None


SIGNATURES = [
    Sig("seed-name-then-role", ("Nguyễn Đức Nhượng", "Chủ tịch Hội CCB phường"), "Nguyễn Đức Nhượng",
        "Chủ tịch Hội CCB phường"),
    Sig("name-then-village-head", ("Trần Văn Bình", "Trưởng thôn Đông Hòa"), "Trần Văn Bình", "Trưởng thôn Đông Hòa"),
    Sig("name-then-deputy-of-a-title", ("Phạm Đức Toàn", "Phó Chỉ huy trưởng Ban CHQS xã Đa Mi"), "Phạm Đức Toàn",
        "Phó Chỉ huy trưởng Ban CHQS xã Đa Mi"),
    Sig("tin-anh-desk-acronym", ("Tin, ảnh: VHXH",), "VHXH", None),
    Sig("a-desk-and-its-unit", ("Nhóm PV Đài truyền thanh thị trấn",), "Nhóm PV Đài truyền thanh thị trấn", None),
    # (a name and role, then the writer's own credit words; the writer's and photographer's parts each in brackets;
    # a unit before a two-word pen name)
    Sig("name-role-then-own-credit-words", ("Lê Thị Thu Hà, Công chức VH-XH (tin, ảnh)",), "Lê Thị Thu Hà", "Công chức VH-XH"),
    Sig("writer-and-photographer-in-brackets", ("Néang Sa Phi (tin) - Chau Sóc Kha (ảnh)",), "Néang Sa Phi", None),
    Sig("unit-before-a-two-word-name", ("BCH Quân sự xã - Quang Vinh",), "Quang Vinh", "BCH Quân sự xã"),
    Sig("a-prefix-apart-from-its-name", ("K' Hiền", "Văn phòng HĐND-UBND xã"), "K' Hiền", "Văn phòng HĐND-UBND xã"),
    Sig("reporters-and-their-unit", ("Nhóm phóng viên Trung tâm VH-TT huyện",), "Nhóm phóng viên Trung tâm VH-TT huyện", None),
    Sig("credit-joined-by-en-dash", ("Tin – ảnh: Bảo Ngọc",), "Bảo Ngọc", None),  # any joiner between the words
    Sig("credit-joined-by-ampersand", ("Bài & ảnh: Thanh Tâm",), "Thanh Tâm", None),
    Sig("credit-who-brought-the-news", ("Người đưa tin: Vừ Thị Mai",), "Vừ Thị Mai", None),
    Sig("publish-label-naming-the-reporter", ("Đưa tin: Vàng A Dế (Văn phòng HĐND-UBND xã)",), "Vàng A Dế",
        "Văn phòng HĐND-UBND xã"),
    Sig("qualifier-without-brackets", ("— Mai Hương thực hiện —",), "Mai Hương", None),
    Sig("written-by-a-full-name", ("Written by Đinh Thị Ngọc Mai",), "Đinh Thị Ngọc Mai", None),
    Sig("boi-with-a-colon", ("Bởi: Lương Thị Hạnh",), "Lương Thị Hạnh", None),  # a theme's meta row
    Sig("ward-by-its-number", ("Thanh Tùng - Phường 16",), "Thanh Tùng", "Phường 16"),  # the ward as the unit
    Sig("th-initials-credit", ("TH: Lò Văn Thắng (CC VH-XH)",), "Lò Văn Thắng", "CC VH-XH"),  # "Thực hiện" cut short
    Sig("author-card-middle-dot", ("Võ Thị Kim Ngân · Cộng tác viên phường",), "Võ Thị Kim Ngân", "Cộng tác viên phường"),
    Sig("forest-rangers-office", ("Lò Văn Thanh - Hạt Kiểm lâm huyện",), "Lò Văn Thanh", "Hạt Kiểm lâm huyện"),
    Sig("source-after-a-semicolon", ("Người viết: Đinh Công Toản; Nguồn: Đài truyền thanh huyện",), "Đinh Công Toản", None),
    Sig("unit-in-capitals", ("BAN CHỈ HUY QUÂN SỰ PHƯỜNG 6",), "BAN CHỈ HUY QUÂN SỰ PHƯỜNG 6", None),  # (a banner
    # printed again at the foot is the labeller's to tell: test_label's banner-again test)
    Sig("unit-and-its-ward-by-number", ("Ban Chỉ huy Quân sự phường 6",), "Ban Chỉ huy Quân sự phường 6", None),
    Sig("commune-by-its-name", ("Minh Hòa – Xã Tân Lập",), "Minh Hòa", "Xã Tân Lập"),
    Sig("given-name-phuong-no-ward", ("Thanh Tùng - Phương Anh",), "Thanh Tùng - Phương Anh", None),  # co-authors
    Sig("name-dash-police-initials", ("Vũ Minh Khải - CAX Hòa Lạc Đông",), "Vũ Minh Khải", "CAX Hòa Lạc Đông"),
    Sig("name-dash-extension", ("Lò Văn Tình - Khuyến nông xã",), "Lò Văn Tình", "Khuyến nông xã"),
    Sig("a-reports-reporters", ("Phóng sự: Quang Vinh – Bích Ngọc",), "Quang Vinh – Bích Ngọc", None),
    Sig("credit-of-who-sent-it-in", ("Người gửi bài: Tạ Minh Đức – Công chức VH-XH",), "Tạ Minh Đức", "Công chức VH-XH"),
    Sig("name-dash-board-initials", ("Ngọc Diệp – BCH Đoàn phường",), "Ngọc Diệp", "BCH Đoàn phường"),
    Sig("credit-label-in-a-table-cell", ("Người viết bài | Lò Văn Quý, công chức Văn hóa - Xã hội",), "Lò Văn Quý",
        "công chức Văn hóa - Xã hội"),  # a two-column table's row, flattened
    Sig("co-authors-between-slashes", ("Hoàng Lan / Sầm Đức",), "Hoàng Lan / Sầm Đức", None),
    Sig("set-off-by-an-em-dash", ("— Khánh Vy",), "Khánh Vy", None),
    Sig("between-em-dashes", ("— Hoài Nam —",), "Hoài Nam", None),
    Sig("reporter-then-editor-after-em-dash", ("Phóng viên: Trần Khải — Biên tập: Ngọc Lan",), "Trần Khải", None),
    Sig("credit-name-spaced-slash-unit", ("Bài, ảnh: Ngọc Ánh / VP HĐND-UBND",), "Ngọc Ánh", "VP HĐND-UBND"),
    Sig("name-dash-union-initials", ("Nguyễn Thị Lụa - HND xã Hòa Khánh",), "Nguyễn Thị Lụa", "HND xã Hòa Khánh"),
    Sig("name-dash-school-pioneer-leader", ("Đặng Thị Mỹ Linh – TPT Đội",), "Đặng Thị Mỹ Linh", "TPT Đội"),
    Sig("writer-bar-photographer", ("Bài: Đỗ Hải Yến | Ảnh: Quang Vinh",), "Đỗ Hải Yến", None),
    Sig("name-dash-hospital-department", ("Hoàng Yến - Khoa KSBT-HIV/AIDS",), "Hoàng Yến", "Khoa KSBT-HIV/AIDS"),
    Sig("initial-dot-name-dash-bloc", ("Q.Duy - Khối Dân vận xã",), "Q.Duy", "Khối Dân vận xã"),
    Sig("name-dash-centre-initials", ("Y Ngọc – TT VH-TT&TT huyện",), "Y Ngọc", "TT VH-TT&TT huyện"),
    Sig("name-dash-editorial-board-initials", ("Mạnh Cường - BBT phường Nam Thành",), "Mạnh Cường",
        "BBT phường Nam Thành"),
    # initials no list holds, then the level the unit serves
    Sig("name-dash-unlisted-initials-of-commune-unit", ("Thào Văn Dế - CA xã",), "Thào Văn Dế", "CA xã"),
    Sig("name-dash-unlisted-initials-of-town-unit", ("Lò Thị Hoa – ĐTN thị trấn Mường Tè",), "Lò Thị Hoa",
        "ĐTN thị trấn Mường Tè"),
    Sig("co-authors-not-initials-of-unit", ("Minh Anh - Lê Hà",), "Minh Anh - Lê Hà", None),
    Sig("role-as-the-names-label", ("Tổng phụ trách Đội: Phạm Thị Ngọc Lan",), "Phạm Thị Ngọc Lan", "Tổng phụ trách Đội"),
    Sig("name-then-member-cut-short", ("Trần Thị Bích Vân", "UV Ban Thường trực UBMTTQ phường Nam Sơn Hạ"),
        "Trần Thị Bích Vân", "UV Ban Thường trực UBMTTQ phường Nam Sơn Hạ"),
    Sig("bilingual-credit-label", ("Tác giả/Author: Vàng Thị Sênh",), "Vàng Thị Sênh", None),
    Sig("contributor-title-before-the-name", ("CTV Lò Văn Khánh",), "Lò Văn Khánh", None),
    Sig("interview-credit-qualifier", ("Thu Hà (thực hiện)",), "Thu Hà", None),
    Sig("photos-then-text-credit", ("Ảnh, bài: BÙI HẰNG - TRỌNG ĐẠI",), "BÙI HẰNG - TRỌNG ĐẠI", None),
    Sig("credit-cut-short-with-a-dot", ("T.giả: Hồng Nhung",), "Hồng Nhung", None),
    Sig("name-dash-board-named-in-lower-case-words", ("Thu Hà - Ban Phong trào UBMTTQ huyện",), "Thu Hà",
        "Ban Phong trào UBMTTQ huyện"),
    Sig("credit-cut-short-t-h", ("T/h: Q.Bảo",), "Q.Bảo", None),
    Sig("credit-text-and-pictures-ampersand", ("Thông tin & hình ảnh: Rơ Mah Hiền",), "Rơ Mah Hiền", None),
    Sig("tac-gia", ("Tác giả: Xuân Nữ",), "Xuân Nữ", None),
    Sig("tac-gia-then-source-field", ("Tác giả: Trần Thị Mỹ Hạnh | Nguồn: Hội LHPN xã",), "Trần Thị Mỹ Hạnh", None),
    Sig("thuc-hien-line-then-name", ("Thực hiện:", "Lê Thương"), "Lê Thương", None),
    Sig("thuc-hien-one-line", ("Thực hiện: Lê Thương",), "Lê Thương", None),
    Sig("nguon-tin", ("Nguồn tin: Sao Khuê",), "Sao Khuê", None),
    Sig("theo-portal", ("Theo CTTĐT Hương Khê",), "CTTĐT Hương Khê", None),
    Sig("theo-in-parens", ("(Theo Báo Lạng Sơn)",), "Báo Lạng Sơn", None),
    Sig("name-in-square-brackets", ("[Minh Khoa]",), "Minh Khoa", None),
    Sig("name-slash-unit", ("Thu Hằng/VP HĐND-UBND",), "Thu Hằng", "VP HĐND-UBND"),
    Sig("reportage-credit", ("Ghi chép và ảnh: NGUYỄN ĐÔNG",), "NGUYỄN ĐÔNG", None),
    Sig("name-em-dash-loudspeaker-station", ("Hà Phương — ĐTT thị trấn",), "Hà Phương", "ĐTT thị trấn"),
    Sig("team-credit-comma-names", ("Nhóm PV: Thu Hà, Đức Long",), "Thu Hà, Đức Long", None),
    Sig("name-unit-then-source", ("Thu Hà (Trung tâm VH-TT&TT huyện)", "Nguồn: hamtanbac.binhthuan.gov.vn"),
        "Thu Hà", "Trung tâm VH-TT&TT huyện"),
    Sig("name-comma-role-ending-in-a-desk", ("Nguyễn Thị Kim Thoa, Công chức Văn hóa - Xã hội",), "Nguyễn Thị Kim Thoa",
        "Công chức Văn hóa - Xã hội"),
    Sig("nguon-portal", ("Nguồn: Cổng TTĐT huyện",), "Cổng TTĐT huyện", None),
    Sig("bai-va-anh", ("Bài và ảnh: Minh Châu",), "Minh Châu", None),
    Sig("tin-va-anh", ("Tin và ảnh: Hoàng Anh",), "Hoàng Anh", None),
    Sig("writer-and-photographer", ("Tin: Thu Hà - Ảnh: Minh Tuấn",), "Thu Hà", None),
    Sig("desk-pv", ("PV",), "PV", None),
    Sig("name-then-source", ("Hồng Vân", "Nguồn: Chi cục Thống kê huyện"), "Hồng Vân", None),
    Sig("name-then-theo", ("Hồng Vân", "(Theo Báo Đắk Lắk)"), "Hồng Vân", None),
    Sig("desk-nhom-pv", ("Nhóm PV",), "Nhóm PV", None),
    Sig("unit-signs", ("Ban Tuyên giáo Huyện ủy",), "Ban Tuyên giáo Huyện ủy", None),
    Sig("initials-two", ("TT",), "TT", None),
    Sig("initials-three", ("BBT",), "BBT", None),
    Sig("initial-dot-name", ("T.Long",), "T.Long", None),
    Sig("all-caps", ("VĂN TỐ",), "VĂN TỐ", None),
    Sig("all-caps-one-word-pair", ("DUY MINH",), "DUY MINH", None),
    Sig("co-authors-initials", ("H.LIÊN - N.DUY",), "H.LIÊN - N.DUY", None),
    Sig("co-authors-en-dash", ("Thu Bích – Giáp Mạnh",), "Thu Bích – Giáp Mạnh", None),
    Sig("co-authors-hyphen", ("Công Hưởng - Ngọc Xuyên",), "Công Hưởng - Ngọc Xuyên", None),
    Sig("name-dash-role", ("Đỗ Thuần – Bí thư Chi bộ Các cơ quan Đảng",), "Đỗ Thuần", "Bí thư Chi bộ Các cơ quan Đảng"),
    Sig("name-then-standing-board", ("Đinh Thị Liễu", "Ban Thường trực UBMTTQ xã Gia Phong Hạ"), "Đinh Thị Liễu",
        "Ban Thường trực UBMTTQ xã Gia Phong Hạ"),
    Sig("name-dash-health-station", ("Lê Minh Châu - TYT xã Hòa Sơn Nam",), "Lê Minh Châu", "TYT xã Hòa Sơn Nam"),
    Sig("name-dash-unit-abbrev", ("Hải Minh - Đài TT Thanh Ba",), "Hải Minh", "Đài TT Thanh Ba"),
    Sig("name-dash-office", ("Thúy Oanh – VP UBND Q8",), "Thúy Oanh", "VP UBND Q8"),
    Sig("name-dash-unit-opening-with-surname-word", ("Văn Tài - Ban Chỉ huy Quân sự xã",), "Văn Tài",
        "Ban Chỉ huy Quân sự xã"),
    Sig("name-role-in-parens", ("Lư Thị Hương (Chủ tịch Hội LHPN phường Sơn Phong)",), "Lư Thị Hương",
        "Chủ tịch Hội LHPN phường Sơn Phong"),
    Sig("name-ctv-in-parens", ("Kim Thủy (CTV)",), "Kim Thủy", "CTV"),
    Sig("name-unit-in-parens", ("Minh Châu (Đài Truyền thanh xã)",), "Minh Châu", "Đài Truyền thanh xã"),
    Sig("qualifier-tong-hop", ("Phạm Linh (tổng hợp).",), "Phạm Linh", None),
    Sig("qualifier-two-words", ("Minh Anh (sưu tầm, tổng hợp)",), "Minh Anh", None),
    Sig("unit-then-qualifier", ("Tư pháp - Hộ tịch phường (sưu tầm, tổng hợp)",), "Tư pháp - Hộ tịch phường", None),
    Sig("unit-then-name", ("Thư viện nhà trường - Nguyễn Thị Bé Năm",), "Nguyễn Thị Bé Năm", "Thư viện nhà trường"),
    Sig("name-then-initials-with-ampersand", ("H'Yên Byă – TTVHTT&TT",), "H'Yên Byă", "TTVHTT&TT"),
    Sig("unit-word-then-initials", ("Khoa KSBT-HIV/AIDS",), "Khoa KSBT-HIV/AIDS", None),
    Sig("name-then-vice-chair-initials", ("Kiên Thị Sa Ry – PCT Hội Khuyến học xã Long Hiệp Đông",), "Kiên Thị Sa Ry",
        "PCT Hội Khuyến học xã Long Hiệp Đông"),
    Sig("qualifier-st", ("Minh Anh (st)",), "Minh Anh", None),
    Sig("three-co-authors-and-unit", ("Vân Dung - Minh Trang - Hữu Được (Trung tâm Văn hóa, Thể thao - Truyền thông)",),
        "Vân Dung - Minh Trang - Hữu Được", "Trung tâm Văn hóa, Thể thao - Truyền thông"),
    Sig("lone-name", ("Kiều Linh",), "Kiều Linh", None),
    Sig("lone-full-name", ("Hoàng Thúy Hà",), "Hoàng Thúy Hà", None),
    Sig("surname-that-is-a-unit-word", ("Đoàn Văn Hùng",), "Đoàn Văn Hùng", None),
    Sig("surname-name-dash-unit", ("Đoàn Văn Hùng - Đoàn phường",), "Đoàn Văn Hùng", "Đoàn phường"),
    Sig("name-comma-role-ending-in-unit", ("Nguyễn Văn An, Công chức VH-XH xã",), "Nguyễn Văn An",
        "Công chức VH-XH xã"),
    Sig("name-comma-role-ending-in-name", ("Lê Thị Hoa, Bí thư Đoàn xã Hòa Phú",), "Lê Thị Hoa",
        "Bí thư Đoàn xã Hòa Phú"),
    Sig("name-in-parens", ("(Minh Quân)",), "Minh Quân", None),
    Sig("credit-words-in-parens-after-name", ("Minh Anh (tin, ảnh)",), "Minh Anh", None),
    Sig("tin-bai", ("Tin bài: Thu Hà",), "Thu Hà", None),
    Sig("highland-names-with-apostrophe", ("H'Yến - Y Phôn",), "H'Yến - Y Phôn", None),
    Sig("highland-name-dash-unit", ("K'Nhiên - Đài TT-TH huyện",), "K'Nhiên", "Đài TT-TH huyện"),
    Sig("name-unit-then-day", ("Vàng Thị Dung (Đài TT phường), 12/12/2024",), "Vàng Thị Dung", "Đài TT phường"),
    Sig("writer-stop-photographer", ("Bài: Trần Hữu Lộc. Ảnh: Phạm Sơn",), "Trần Hữu Lộc", None),
    Sig("name-then-editor", ("Minh Anh", "Biên tập: Lê Văn Hùng"), "Minh Anh", None),
    Sig("credited-writer-then-approver", ("Người viết: Minh Anh", "Người duyệt: Lê Văn Hùng"), "Minh Anh", None),
    Sig("name-then-qualifier-line", ("Minh Anh", "(Tổng hợp)"), "Minh Anh", None),
    Sig("credited-co-authors-then-unit", ("Tin, ảnh: Minh Khoa - Hồng Nhung", "Trung tâm VH-TT&TT huyện Đồng Sa"),
        "Minh Khoa - Hồng Nhung", "Trung tâm VH-TT&TT huyện Đồng Sa"),
    Sig("reporter-then-crew", ("PV: Quỳnh Như - KTV: Hoàng Phúc",), "Quỳnh Như", None),  # the technician is crew
    Sig("writer-and-photographer-in-capitals", ("BÀI: NGUYỄN LÊ · ẢNH: TÚ ANH",), "NGUYỄN LÊ", None),
    Sig("name-dash-association", ("Thanh Trúc - Hội Khuyến học xã",), "Thanh Trúc", "Hội Khuyến học xã"),
    Sig("reporter-in-english", ("Reporter: Hồ Thị Ngọc Mai",), "Hồ Thị Ngọc Mai", None),
    Sig("writer-then-photographer-after-semicolon", ("Bài: Phạm Thảo Nguyên; Ảnh: Lê Khải",), "Phạm Thảo Nguyên", None),
    Sig("reporter-title-no-colon", ("PV Thạch Sô Phol - Đài Truyền thanh xã",), "Thạch Sô Phol", "Đài Truyền thanh xã"),
    Sig("story-in-english", ("Story: Trần Bảo Ngọc (Tổ công nghệ số cộng đồng phường)",), "Trần Bảo Ngọc",
        "Tổ công nghệ số cộng đồng phường"),
    Sig("name-qualifier-then-source", ("Hồng Vân (tổng hợp)", "Nguồn: Trang TTĐT xã Yên Lãng Hạ"), "Hồng Vân", None),
    Sig("credit-joined-by-plus", ("Bài+ảnh: Lê Thị Diệu Linh",), "Lê Thị Diệu Linh", None),
    Sig("writer-then-source-on-one-line", ("Tác giả: Minh Anh - Nguồn: Hội Nông dân huyện",), "Minh Anh", None),
    Sig("name-then-standing-office", ("Ngọc Hân – Thường trực UBMTTQ phường",), "Ngọc Hân", "Thường trực UBMTTQ phường"),
    Sig("name-then-unit-named-like-a-surname", ("Đặng Văn Sìu – Ban Văn hóa xã",), "Đặng Văn Sìu", "Ban Văn hóa xã"),
    Sig("surname-like-unit-word-in-a-name", ("Đoàn Văn Hùng",), "Đoàn Văn Hùng", None),
    Sig("emagazine-content-credit", ("Nội dung: Lê Hoài An",), "Lê Hoài An", None),  # (then "Ảnh: …", "Thiết kế: …")
    Sig("name-comma-veteran", ("Đặng Văn Quý, CCB xã Ninh Phước Hạ",), "Đặng Văn Quý", "CCB xã Ninh Phước Hạ"),
    Sig("name-slash-outlet-initials", ("Thanh Hà/QRT",), "Thanh Hà", "QRT"),  # a station's or paper's initials
    Sig("credit-name-slash-outlet", ("Tin, ảnh: Minh Anh/VOV",), "Minh Anh", "VOV"),
    Sig("form-label-over-credit", ("Tác giả | Tin, ảnh: Lường Thị Nga (CTV)",), "Lường Thị Nga", "CTV"),
    Sig("between-two-hyphens", ("- Hải Đăng, TT VH-TT huyện -",), "Hải Đăng", "TT VH-TT huyện"),
    Sig("desk-of-the-school", ("BBT nhà trường",), "BBT nhà trường", None),  # the desk of the site's own body
    Sig("desk-of-the-ward", ("Ban biên tập phường",), "Ban biên tập phường", None),
    Sig("party-board-by-initials", ("BTG Huyện ủy",), "BTG Huyện ủy", None),
    Sig("hospital-department-with-initials", ("Khoa Kiểm soát bệnh tật - HIV/AIDS",), "Khoa Kiểm soát bệnh tật - HIV/AIDS", None),
    Sig("role-over-the-name", ("Công chức Tư pháp - Hộ tịch xã", "Nguyễn Thị Khánh Linh"), "Nguyễn Thị Khánh Linh",
        "Công chức Tư pháp - Hộ tịch xã"),
    # (the photographer first, then the writer; a reporter who also edited; a deputy chair's title cut with a dot,
    # two titles after the name)
    Sig("photographer-then-writer", ("Ảnh: Bảo Trân — Bài: Quốc Nhựt",), "Quốc Nhựt", None),
    Sig("reporter-and-editor-label", ("PV-BTV: Trần Thị Thu Hà (Đài TT xã)",), "Trần Thị Thu Hà", "Đài TT xã"),
    Sig("dotted-deputy-and-a-second-title", ("Lý Thị Thu, P.CT UBND xã, Tổ trưởng Tổ CNSCĐ xã",), "Lý Thị Thu",
        "P.CT UBND xã, Tổ trưởng Tổ CNSCĐ xã"),
]

# An official document's signing block (a notice posted as the article): its lines, the signer.
SIGNING_BLOCKS = [
    (("TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Nguyễn Văn Hưng"),
     "Nguyễn Văn Hưng", "PHÓ CHỦ TỊCH"),
    (("TM. BAN CHẤP HÀNH", "BÍ THƯ", "Lê Thị Mai"), "Lê Thị Mai", "BÍ THƯ"),
    (("CHỦ TỊCH", "Đã ký", "TRẦN VĂN AN"), "TRẦN VĂN AN", "CHỦ TỊCH"),
    (("TL. CHỦ TỊCH", "(Ký tên, đóng dấu)", "Phạm Hòa"), "Phạm Hòa", None),
]
NOT_SIGNING_BLOCKS = [
    ("Chủ tịch UBND xã", "Nguyễn Văn Hưng"),  # not in capitals: a name-and-role form, not this one
    ("THÔNG BÁO", "Nguyễn Văn Hưng"),  # a heading in capitals is no signer's title
    ("KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Đề nghị các hộ chấp hành nghiêm."),  # no name last
]


@pytest.mark.parametrize(("lines", "name", "role"), SIGNING_BLOCKS, ids=[b[1] for b in SIGNING_BLOCKS])
def test_signing_block(lines: tuple[str, ...], name: str, role: str | None) -> None:
    got = signing_block(list(lines), VOCAB)
    assert got is not None and (got.name, got.role) == (name, role)
    assert got.raw == "\n".join(lines)


@pytest.mark.parametrize("lines", NOT_SIGNING_BLOCKS, ids=[" / ".join(b) for b in NOT_SIGNING_BLOCKS])
def test_not_a_signing_block(lines: tuple[str, ...]) -> None:
    assert signing_block(list(lines), VOCAB) is None


@pytest.mark.parametrize("sig", SIGNATURES, ids=[s.id for s in SIGNATURES])
def test_parse_signature(sig: Sig) -> None:
    author = parse_signature(list(sig.lines), VOCAB)
    assert author is not None
    assert (author.name, author.role) == (sig.name, sig.role)
    assert author.raw == "\n".join(sig.lines)


NOT_SIGNATURES = [
    ("template-placeholder", ("Tác giả:", "Nguồn: {NGUON}")),  # a template's unfilled fields
    ("photo-credit", ("Ảnh: Mai Dung",)),
    ("two-photographers", ("Ảnh: Mai Dung - Ảnh tư liệu: Hồng Hà",)),  # (no writer among the credits)
    ("photo-credit-in-parens", ("(Ảnh: Trọng Toàn)",)),
    ("caption-with-credit", ("Chủ tịch UBND phường khảo sát tại nhà dân. Ảnh: N.D",)),
    ("comrade-name-role-caption", ("Đồng chí Nguyễn Hữu Tiệp - PBT TT Đảng ủy, Chủ tịch HĐND xã phát biểu chỉ đạo",)),
    ("dc-name-role", ("Đ/c Võ Trường Anh, Phó Bí thư Đảng ủy",)),
    ("name-comma-role-then-caption", ("Lê Văn An, Chủ tịch UBND xã phát biểu tại hội nghị",)),
    ("caption-in-parens", ("(Ảnh minh họa)",)),
    ("credited-cms-account", ("Tác giả: admin",)),
    ("mr-name-speaking", ("Ông Vũ Khải phát biểu",)),
    ("caption-scene", ("Quang cảnh hội nghị",)),
    ("caption-sentence", ("Một góc xã Hương Thủy.",)),
    ("body-sentence", ("Hội nghị đã thống nhất thông qua các nội dung quan trọng của năm.",)),
    ("unit-alone", ("Đoàn phường",)),
    ("unit-sentence", ("Ban chỉ đạo xã đã họp triển khai.",)),
    ("counter-line", ("Lượt xem: 1234",)),
    ("follow-us", ("Theo dõi Báo Cần Thơ trên Google News",)),  # "theo dõi": follow, no "Theo …" credit
    ("caption-then-name", ("Quang cảnh hội nghị", "Thu Hà")),
    ("name-then-caption", ("Thu Hà", "Quang cảnh hội nghị")),
    ("three-lines", ("Thu Hà", "Chủ tịch Hội LHPN", "phường Sơn Phong")),
    ("menu-row-opening-with-a-credit-word", ("Tin | Ảnh | Video",)),  # a bar before more bars: a menu
    ("written-by-the-cms-account", ("Viết bởi Super User",)),  # Joomla's account, not a writer
    ("written-by-the-admins", ("Viết bởi Quản Trị Viên",)),
    ("speaker-then-verb", ("Bà Lan phát biểu",)),  # two lower-case words closing a line: a qualifier only if listed
    ("nothing", ()),
    ("blank-lines", ("  ", "")),
]


@pytest.mark.parametrize("lines", [n[1] for n in NOT_SIGNATURES], ids=[n[0] for n in NOT_SIGNATURES])
def test_not_a_signature(lines: tuple[str, ...]) -> None:
    assert parse_signature(list(lines), VOCAB) is None


@pytest.mark.parametrize(("line", "only"), [("Tác giả / nguồn tin", True), ("Thực hiện:", True), ("Tác giả / Lê Na", False)])
def test_credit_only(line: str, only: bool) -> None:
    from wardnews._signature import credit_only

    assert credit_only(line, VOCAB) is only


def test_tables_are_big_enough() -> None:
    assert len(SIGNATURES) + len(NOT_SIGNATURES) >= 25
    assert len({s.id for s in SIGNATURES}) == len(SIGNATURES)


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu Hà", True), ("T.Long", True), ("BBT", True), ("Đoàn Văn Hùng", True),
    ("Đoàn", False), ("Đoàn TN", False), ("Ông Vũ Khải", False), ("Chủ tịch Hội", False),
    ("Hội nghị năm 2020", False), ("thu hà", False),
    ("Anh Thư", True), ("ANH THƯ", True), ("Anh Nguyễn Văn Bảy", False),  # "Anh": a given name's word, or "Mr."
])
def test_name_like(text: str, expected: bool) -> None:
    assert name_like(text, VOCAB) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Thu Bích – Giáp Mạnh", True), ("H.LIÊN - N.DUY", True), ("Thu Hà - phóng viên", False), ("Vũ Khải, Ông Lê Văn", False),
])
def test_names_like(text: str, expected: bool) -> None:
    assert names_like(text, VOCAB) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bí thư Chi bộ Các cơ quan Đảng", True), ("Đài TT Thanh Ba", True), ("VP UBND Q8", True),
    ("Đoàn phường", True), ("Đoàn Văn Hùng", False), ("Giáp Mạnh", False), ("Ban Chỉ huy Quân sự xã", True),
    ("Hội Nông dân xã", True), ("Trường Giang", False),
])
def test_role_like(text: str, expected: bool) -> None:
    assert role_like(text, VOCAB) is expected


# --- through whole pages ------------------------------------------------------------------------

TITLE = "Xã Tân Mỹ ra quân tổng vệ sinh môi trường hưởng ứng ngày Chủ nhật xanh"
LEAD = ("Sáng ngày 12/3/2023, UBND xã Tân Mỹ phối hợp với các đoàn thể tổ chức ra quân tổng vệ sinh môi "
        "trường trên các tuyến đường liên thôn.")
BODY = ("Tham gia ra quân có hơn 300 cán bộ, đoàn viên, hội viên và nhân dân các thôn; các lực lượng đã thu "
        "gom rác thải, phát quang bụi rậm, khơi thông cống rãnh.")
LAST = ("Qua đợt ra quân góp phần nâng cao ý thức của người dân trong việc giữ gìn vệ sinh môi trường, xây "
        "dựng cảnh quan xanh, sạch, đẹp./.")


def article_ending_with(signature: str, after: str = "") -> wardnews.Article:
    return wardnews.parse(f"{TITLE}\n\n{LEAD}\n\n{BODY}\n\n{LAST}\n\n{signature}\n{after}")


@pytest.mark.parametrize("sig", SIGNATURES, ids=[s.id for s in SIGNATURES])
def test_signature_on_a_page(sig: Sig) -> None:
    article = article_ending_with("\n".join(sig.lines))
    assert article.author is not None
    assert (article.author.name, article.author.role) == (sig.name, sig.role)
    assert article.author.raw == "\n".join(sig.lines)
    assert article.body[-1] == LAST  # the signature is not body text
    assert article.lead == LEAD


def test_seed_signature_raw_keeps_the_blank_line() -> None:
    article = article_ending_with("Nguyễn Đức Nhượng\n\nChủ tịch Hội CCB phường")
    assert article.author == wardnews.Author("Nguyễn Đức Nhượng", "Chủ tịch Hội CCB phường",
                                             "Nguyễn Đức Nhượng\n\nChủ tịch Hội CCB phường")


def test_right_aligned_signature() -> None:
    article = article_ending_with(" " * 50 + "Công Hưởng - Ngọc Xuyên")
    assert article.author == wardnews.Author("Công Hưởng - Ngọc Xuyên", None, "Công Hưởng - Ngọc Xuyên")


def test_signature_before_widgets() -> None:
    article = article_ending_with("Thu Hà", after="\nThống kê truy cập\nĐang trực tuyến: 12\nSố lượt truy cập: 3456\n")
    assert article.author == wardnews.Author("Thu Hà", None, "Thu Hà")
    assert article.counters.to_dict() == {"online": 12, "total_visits": 3456}


def test_signature_over_three_side_column_headings_the_lists_lack() -> None:
    article = article_ending_with("Thanh Huyền (TTTT-VH Cẩm Phả)",
                                  after="Dự báo khí hậu\nGiá vàng - ngoại tệ\nLượng khách ghé thăm\n"
                                        "Số người đang ghé thăm: 57\nTổng số lượt ghé thăm: 8.765.432\n")
    assert article.author == wardnews.Author("Thanh Huyền", "TTTT-VH Cẩm Phả", "Thanh Huyền (TTTT-VH Cẩm Phả)")
    assert article.body[-1] == LAST


@pytest.mark.parametrize("line", [
    "Ảnh: Mai Dung",
    "(Ảnh: Trọng Toàn)",
], ids=["photo-credit", "photo-credit-in-parens"])
def test_photo_credit_on_a_page_is_a_caption(line: str) -> None:
    article = article_ending_with(line)
    assert article.author is None
    assert line in article.captions
    assert all(line not in p for p in article.body)


@pytest.mark.parametrize("line", [
    "Đồng chí Nguyễn Hữu Tiệp - PBT TT Đảng ủy, Chủ tịch HĐND xã phát biểu chỉ đạo",
    "Quang cảnh hội nghị",
    "Hội nghị đã thống nhất thông qua các nội dung quan trọng trong năm.",
], ids=["comrade-caption", "scene-caption", "body-sentence"])
def test_last_line_that_is_not_a_signature(line: str) -> None:
    article = article_ending_with(line)
    assert article.author is None


def test_body_line_shaped_like_a_signature_is_not_the_author() -> None:
    """A "Name – role" attendee line inside the body is not the signature; the last line is."""
    middle = "Đồng chí Lê Văn Tâm – Bí thư Đảng ủy xã phát biểu tại buổi ra quân."
    text = f"{TITLE}\n\n{LEAD}\n\n{middle}\n\n{BODY}\n\n{LAST}\n\nKiều Linh\n"
    article = wardnews.parse(text)
    assert article.author == wardnews.Author("Kiều Linh", None, "Kiều Linh")
    assert middle in article.body


def test_a_writer_and_a_source_set_apart_by_a_wide_gap_on_one_line() -> None:
    author = parse_signature(["Tác giả: H'Bia Niê    Nguồn tin: Hội ND huyện Krông Sar"], VOCAB)
    assert author is not None and (author.name, author.role) == ("H'Bia Niê", None)
    assert author.raw == "Tác giả: H'Bia Niê Nguồn tin: Hội ND huyện Krông Sar"  # (as printed, its spaces collapsed)


@pytest.mark.parametrize("line", [
    "Tác giả: Minh Anh - Nguồn: Báo Hà Tĩnh",
    "Tác giả: Minh Anh - Nguồn tin: Báo Hà Tĩnh",
    "Tác giả: Minh Anh – Theo: Báo Hà Tĩnh",  # (any source word of credits.txt "@source", not only "Nguồn")
    "Tác giả: Minh Anh | Nguồn: Báo Hà Tĩnh",
])
def test_a_source_field_after_the_writers_name_is_not_part_of_it(line: str) -> None:
    author = parse_signature([line], VOCAB)
    assert author is not None and author.name == "Minh Anh"


@pytest.mark.parametrize(("line", "rest", "credit"), [
    ("👤 Người viết:", "", True),  # a page builder's property, its icon before it
    ("👤Người viết: Lê Na", "Lê Na", True),
    ("✍ Mai Anh Thư", "Mai Anh Thư", True),  # a pen is a credit of its own
    ("📍Địa bàn", "📍Địa bàn", False),
])
def test_credit_words_after_an_icon(line: str, rest: str, credit: bool) -> None:
    from wardnews import _signature

    assert _signature.strip_credit(line, load_vocabulary()) == (rest, credit)


@pytest.mark.parametrize("line", ["PV: Cảm ơn anh về cuộc trò chuyện!", "PV: Khó khăn lớn nhất là gì?"])
def test_an_interviews_question_or_thanks_after_the_reporters_label_is_no_signature(line: str) -> None:
    assert parse_signature([line], VOCAB) is None


@pytest.mark.parametrize(("line", "name", "role"), [
    ("Tin, ảnh: CTV Hồng Nhung", "Hồng Nhung", "CTV"),  # the desk's initials before the name
    ("PV Đài TT xã: Y Hiên", "Y Hiên", "PV Đài TT xã"),  # the reporter's word and unit as the name's label
    ("Người tổng hợp: Đào Thị Minh Phương", "Đào Thị Minh Phương", None),
    ("Thiếu tá Bùi Văn Tuân, Trưởng Công an xã", "Bùi Văn Tuân", "Trưởng Công an xã"),  # a rank before the name
    ("Đại úy Lê Minh - Công an xã", "Lê Minh", "Công an xã"),
    ("Người trả lời: Nguyễn Thanh Phong - Công chức Địa chính xã", "Nguyễn Thanh Phong", "Công chức Địa chính xã"),
])
def test_round_104_signatures(line: str, name: str, role: str | None) -> None:
    author = parse_signature([line], VOCAB)
    assert author is not None and (author.name, author.role) == (name, role)


@pytest.mark.parametrize(("line", "name", "role"), [
    ("Lâm Hoàng Vũ [VP HĐND-UBND phường]", "Lâm Hoàng Vũ", "VP HĐND-UBND phường"),  # the role in square brackets
    ("BTC Huyện ủy", "BTC Huyện ủy", None),
    ("Trung tâm Phục vụ hành chính công xã Cao Mã Lùng", "Trung tâm Phục vụ hành chính công xã Cao Mã Lùng", None),
])
def test_round_105_signatures(line: str, name: str, role: str | None) -> None:
    author = parse_signature([line], VOCAB)
    assert author is not None and (author.name, author.role) == (name, role)


def test_a_unit_under_a_writers_label_is_a_credit_and_under_a_sources_is_not() -> None:
    from wardnews._metarow import credited_names

    assert credited_names("Tác giả: Văn phòng - Thống kê xã", VOCAB)
    assert not credited_names("Nguồn: Văn phòng HĐND - UBND xã", VOCAB)


def test_a_secretarys_title_cut_to_its_initials() -> None:
    author = parse_signature(["Nguyễn Hương Giang - BT Đoàn phường"], VOCAB)
    assert author is not None and (author.name, author.role) == ("Nguyễn Hương Giang", "BT Đoàn phường")


@pytest.mark.parametrize(("line", "credit", "expected"), [
    ("T.H.P", "Tin: Trần Hữu Phước; Ảnh: Lê Thị Bé", True),  # the writer's initials, the photographer's not
    ("THP", "Tin: Trần Hữu Phước", True),
    ("L.T.B", "Tin: Trần Hữu Phước; Ảnh: Lê Thị Bé", False),  # … first among the credits is the writer
    ("Đ.V.A", "Bài: Đỗ Văn An", True),
    ("T.H.P", "Tin: Trần Hữu Lộc", False),
    ("Thanh Hà", "Tin: Trần Thanh Hà", False),  # a name, not initials
])
def test_initials_closing_the_text_of_a_writer_credited_above(line: str, credit: str, expected: bool) -> None:
    from wardnews._signature import initials_of_writer

    assert initials_of_writer(line, credit, VOCAB) is expected


def test_three_credited_writers_and_their_unit_in_brackets() -> None:
    line = "Bài, ảnh: Sùng Mí Chá, Ly Thị Dợ và Hoàng Văn Thưởng (Trung tâm Truyền thông và Văn hóa huyện)"
    author = parse_signature([line], VOCAB)
    assert author is not None and (author.name, author.role) == (
        "Sùng Mí Chá, Ly Thị Dợ và Hoàng Văn Thưởng", "Trung tâm Truyền thông và Văn hóa huyện")


@pytest.mark.parametrize(("line", "name", "role"), [
    ("Tổ Chuyên môn 4 - 5", "Tổ Chuyên môn 4 - 5", None),  # a school's team by its grades signs as a unit
    ("Khoa KSBT - HIV/AIDS", "Khoa KSBT - HIV/AIDS", None),  # an acronym after a slash inside a unit's name
    ("Thanh Hà/QRT", "Thanh Hà", "QRT"),  # … but after a name, the station's initials
])
def test_round_112_and_113_signatures(line: str, name: str, role: str | None) -> None:
    author = parse_signature([line], VOCAB)
    assert author is not None and (author.name, author.role) == (name, role)


@pytest.mark.parametrize(("line", "name", "role"), [
    # a team, then the body it belongs to after a comma: a name and its title, as a person's would be
    ("Tổ Thông tin - Tuyên truyền, Trung tâm VH-TT&TT huyện", "Tổ Thông tin - Tuyên truyền", "Trung tâm VH-TT&TT huyện"),
    ("Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo Huyện ủy", None),  # (one unit alone signs as one name)
    ("Lê Thu Sương và Điểu Hoài Nam", "Lê Thu Sương và Điểu Hoài Nam", None),  # two writers joined by "và"
    ("Liên đội THCS Quảng Hòa Đông", "Liên đội THCS Quảng Hòa Đông", None),  # a school's Young Pioneers
])
def test_round_115_signatures(line: str, name: str, role: str | None) -> None:
    author = parse_signature([line], VOCAB)
    assert author is not None and (author.name, author.role) == (name, role)


@pytest.mark.parametrize(("text", "account"), [
    ("Quản trị trường", True), ("Quản trị Trang", True), ("Quản trị website", True), ("Quản trị phường", True),
    ("Quản Trọng Hùng", False),  # (a surname, not the word)
])
def test_a_sites_administrator_by_what_it_administers(text: str, account: bool) -> None:
    from wardnews._signature import account_name

    assert account_name(text, VOCAB) is account


def test_a_units_initials_joined_by_an_ampersand() -> None:
    author = parse_signature(["Bùi Thị Xuân - TTVHTT&TT huyện"], VOCAB)
    assert author is not None and (author.name, author.role) == ("Bùi Thị Xuân", "TTVHTT&TT huyện")


def test_a_name_then_its_units_initials() -> None:
    author = parse_signature(["Thanh Tâm - VPĐU"], VOCAB)
    assert author is not None and (author.name, author.role) == ("Thanh Tâm", "VPĐU")
    both = parse_signature(["HOÀNG TÙNG - ĐỨC HẬU"], VOCAB)  # (two writers in capitals: no initials)
    assert both is not None and both.role is None


def test_a_places_or_a_bodys_name_is_no_persons() -> None:
    """A ward's name in capitals, as its header prints it, is no writer's name; a person's is."""
    from wardnews._signature import names_like
    from wardnews._vocab import load_vocabulary

    vocab = load_vocabulary()
    assert not names_like("PHƯỜNG LONG TUYỀN TÂY", vocab)
    assert not names_like("Trường THCS Lê Lợi", vocab)
    assert names_like("Phan Văn Xã", vocab) and names_like("TRƯỜNG GIANG", vocab)


@pytest.mark.parametrize(("table", "name", "role"), [
    (("DUYỆT TIN", "PHÓ CHỦ TỊCH UBND PHƯỜNG", "(đã duyệt)", "Vũ Mạnh Hải", "NGƯỜI VIẾT TIN", "(đã ký)",
      "Đỗ Thị Phương Lan", "Công chức Văn hóa - Xã hội"), "Đỗ Thị Phương Lan", "Công chức Văn hóa - Xã hội"),
    (("NGƯỜI VIẾT", "(đã ký)", "Trần Văn Khôi", "NGƯỜI DUYỆT", "(đã duyệt)", "Lê Thị Hằng"), "Trần Văn Khôi", None),
], ids=["approver-first", "writer-first"])
def test_a_sign_off_tables_writer_signs_not_its_approver(table: tuple[str, ...], name: str, role: str | None) -> None:
    """A word processor's sign-off table under the text: each cell a heading in capitals, the signed mark and
    the name; the writer's cell names the author whichever cell comes first."""
    page = ("Phường Nam Hà ra mắt tuyến phố văn minh năm 2023\n\nSáng 25/4, UBND phường Nam Hà tổ chức lễ ra mắt tuyến "
            "phố văn minh trên đường Lê Lợi với sự tham gia của đông đảo nhân dân trong khu phố.\n\nTuyến phố dài 800 m, "
            "có 120 hộ gia đình cam kết giữ gìn vệ sinh, không lấn chiếm vỉa hè và trồng thêm cây xanh.\n\n"
            + "\n".join(table) + "\n")
    article = wardnews.parse(page)
    assert article.author is not None and (article.author.name, article.author.role) == (name, role)
    assert not any(line in " ".join(article.body) for line in table)
