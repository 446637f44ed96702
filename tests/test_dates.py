"""Dates: the forms these portals print, the things that only look like dates, the cascade.

The main table goes through the public API: a small made-up page is built around the text
under test (as the header date line under the title, as the lead, or as the page URL) and
``article.date`` and the warning codes are checked. Smaller tables call the helpers in
``wardnews._dates`` directly.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
import unicodedata
from typing import NamedTuple

import pytest

import wardnews
from wardnews import _dates
from wardnews._vocab import load_vocabulary

PAT = _dates.patterns(load_vocabulary())


def ascii_id(text: str | None) -> str:
    """A readable test id from Vietnamese text: diacritics dropped, at most 48 characters."""
    text = str(text).replace("đ", "d").replace("Đ", "D").replace("–", "-").removeprefix("https://")
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))[:48]

TITLE = "Phường Hòa Lạc tổ chức hội nghị tổng kết công tác năm"
LEAD = ("UBND phường Hòa Lạc đã tổ chức hội nghị tổng kết công tác năm với sự tham dự của đông đảo "
        "cán bộ, đảng viên và nhân dân trên địa bàn.")
BODY = ("Tại hội nghị, các đại biểu đã thảo luận sôi nổi và thống nhất nhiều giải pháp cho thời gian tới, "
        "nhất là công tác giữ gìn trật tự đô thị và vệ sinh môi trường.")
TAIL = "Hội nghị kết thúc trong không khí phấn khởi, đoàn kết."


def page(*, header: str | None = None, lead: str = LEAD, body: str = BODY) -> str:
    """Title, an optional date line right under it, the lead, two body paragraphs."""
    top = f"{TITLE}\n{header}" if header else TITLE
    return f"{top}\n\n{lead}\n\n{body}\n\n{TAIL}\n"


class Case(NamedTuple):
    id: str
    where: str  # "header": the date line under the title; "lead": the lead; "url": the page URL
    text: str
    value: str | None  # expected date.value; None: no date
    kind: str | None = None
    source: str | None = None
    date_text: str | None = None  # expected date.text
    codes: tuple[str, ...] = ()  # warning codes that must be present
    body: str = BODY


H, L, U = "header", "lead", "url"
PUB, EV = "published", "event"
MISSING = ("date.missing",)
NO_YEAR = ("date.year_missing",)
INFERRED = ("date.year_inferred",)

CASES = [
    # --- the page's own date line, under the title ------------------------------------------
    Case("hdr-dmy", H, "28/12/2020", "2020-12-28", PUB, H, "28/12/2020"),
    Case("hdr-ngay-dmy", H, "Ngày 28/12/2020", "2020-12-28", PUB, H, "Ngày 28/12/2020"),
    Case("hdr-dash-dmy-time", H, "28-12-2020 10:30", "2020-12-28T10:30:00+07:00", PUB, H, "28-12-2020 10:30"),
    Case("hdr-written-out", H, "Ngày 5 tháng 3 năm 2021", "2021-03-05", PUB, H, "Ngày 5 tháng 3 năm 2021"),
    # (month's name first, no comma, PHP-Fusion's "%B %d %Y"; who posted it, then when)
    Case("hdr-month-name-first-no-comma", H, "Tháng Bảy 08 2024 15:22:10", "2024-07-08T15:22:10+07:00", PUB, H,
         "Tháng Bảy 08 2024 15:22:10"),
    Case("hdr-bracketed-date-a-space-before-its-close", H, "[ 11/03/2024 - 08:47 ]  ::  312 lần đọc  ::  Biên tập: quantri",
         "2024-03-11T08:47:00+07:00", PUB, H, "11/03/2024 - 08:47"),
    Case("hdr-a-printers-icon-closing-the-fields", H, "10:15 | 22/11/2023 — 1.245 lượt đọc — 🖶",
         "2023-11-22T10:15:00+07:00", PUB, H, "10:15 | 22/11/2023"),
    Case("hdr-hour-alone-after-the-bar", H, "Thứ 2, 8/1/2024 | 10h", "2024-01-08", PUB, H, "Thứ 2, 8/1/2024"),
    # (the weekday cut to two letters and a dot; the time in words after a comma; the day in brackets, its time
    # after a dash; the draft's time, then the day it was approved for publishing, which is the post's)
    Case("hdr-weekday-cut-with-a-dot", H, "Th.Tư, 04/06/2025 | 03:20 CH (GMT+7)", "2025-06-04T15:20:00+07:00", PUB, H,
         "Th.Tư, 04/06/2025 | 03:20 CH"),
    Case("hdr-time-in-words-after-hoi", H, "Cập nhật: Ngày 05 tháng 12 năm 2024, hồi 14 giờ 10 phút",
         "2024-12-05T14:10:00+07:00", PUB, H, "Cập nhật: Ngày 05 tháng 12 năm 2024, hồi 14 giờ 10 phút"),
    Case("hdr-bracketed-day-then-its-time", H, "Thứ 5 (14/11/2024) - 09g15", "2024-11-14", PUB, H, "Thứ 5 (14/11/2024)"),
    Case("hdr-written-then-approved", H, "Viết lúc 20:35 ngày 14/10/24 · Duyệt đăng 08:10 ngày 15/10/24",
         "2024-10-15T08:10:00+07:00", PUB, H, "Duyệt đăng 08:10 ngày 15/10/24"),
    Case("hdr-time-and-zone-in-brackets", H, "Ngày cập nhật: Thứ Hai 14-10-2024 (09:35 GMT+7)", "2024-10-14T09:35:00+07:00",
         PUB, H, "Ngày cập nhật: Thứ Hai 14-10-2024 (09:35 GMT+7)"),
    Case("hdr-two-digit-year-spaced-dashes", H, "Ngày đăng: 07 - 11 - 24 | 15:20", "2024-11-07T15:20:00+07:00", PUB, H,
         "Ngày đăng: 07 - 11 - 24 | 15:20"),
    Case("hdr-label-time-weekday-then-bracketed-day", H, "Đăng lúc 7h15 sáng Thứ Hai (19/8/2024)", "2024-08-19T07:15:00+07:00",
         PUB, H, "Đăng lúc 7h15 sáng Thứ Hai (19/8/2024)"),
    Case("hdr-posted-then-the-reporting-day", H, "Ngày đăng: 16/09/2024 — Ngày thực hiện tin: 12/09/2024", "2024-09-16",
         PUB, H, "Ngày đăng: 16/09/2024"),
    # (the post's age in brackets after its day; WordPress's entry footer as the page's only date line)
    Case("hdr-age-in-brackets-after-the-day", H, "Đăng lúc 09:14 02/12/2024 (2 tuần trước)", "2024-12-02T09:14:00+07:00",
         PUB, H, "Đăng lúc 09:14 02/12/2024"),
    Case("hdr-day-closing-the-trail", H, "Trang chủ » Tin tức - Sự kiện » Văn hóa - Xã hội 21/11/2024 10:02",
         "2024-11-21T10:02:00+07:00", PUB, H, "21/11/2024 10:02"),
    Case("hdr-wordpress-entry-footer", H, "Bài viết này được đăng vào 03/01/2024 lúc 9:17 sáng trong chuyên mục Tin phường. "
         "Đánh dấu đường dẫn tĩnh.", "2024-01-03T09:17:00+07:00", PUB, H, "Bài viết này được đăng vào 03/01/2024 lúc 9:17 sáng"),
    Case("hdr-oracle-raw-timestamp", H, "Thời điểm tạo tin: 12-JUN-24 08.41.07.000000 AM | Số người đã đọc: 96",
         "2024-06-12T08:41:07+07:00", PUB, H, "12-JUN-24 08.41.07.000000 AM"),
    Case("hdr-roman-numeral-month", H, "[21-X-2023 | 16:05]", "2023-10-21T16:05:00+07:00", PUB, H, "21-X-2023 | 16:05"),
    # (this session's forms: the northern spelling of Saturday, its short form with a dot, a forum post's number
    # after its date, a Gridsome date with its reading time, Zoho's category and comment count after the date)
    Case("hdr-northern-saturday", H, "07:35 AM GMT+7, Thứ Bẩy, 09/11/2024", "2024-11-09T07:35:00+07:00", PUB, H,
         "07:35 AM GMT+7, Thứ Bẩy, 09/11/2024"),
    Case("hdr-short-saturday-with-a-dot", H, "Th.7, 28/12/2024 | 08:05 | Đã xem: 158", "2024-12-28T08:05:00+07:00", PUB, H,
         "Th.7, 28/12/2024 | 08:05"),
    Case("hdr-us-short-date-month-first", H, "11/27/23, 2:05 PM", "2023-11-27T14:05:00+07:00", PUB, H, "11/27/23, 2:05 PM"),
    Case("hdr-english-month-apostrophe-year", H, "Mar 28, '10 8:15 PM", "2010-03-28T20:15:00+07:00", PUB, H,
         "Mar 28, '10 8:15 PM"),
    Case("hdr-forum-post-number", H, "28-07-2011, 08:15 PM | #1", "2011-07-28T20:15:00+07:00", PUB, H,
         "28-07-2011, 08:15 PM"),
    Case("hdr-day-dot-english-month", H, "Posted 18. July 2021. 4 min read.", "2021-07-18", PUB, H,
         "Posted 18. July 2021"),
    Case("hdr-posted-in-category-comments", H, "Posted by Trạm Y tế Hòa Phú on Jul 18, 2024 in Hoạt động Comments (0)",
         "2024-07-18", PUB, H, "Jul 18, 2024"),
    Case("hdr-relative-then-the-day-in-brackets", H, "Cách đây 3 ngày (17/06/2024)", "2024-06-17", PUB, H, "17/06/2024"),
    Case("hdr-fields-framed-by-double-colons", H, ":: Tin địa phương :: Thứ Tư, 09/10/2019 :: 1395 views ::", "2019-10-09",
         PUB, H, "Thứ Tư, 09/10/2019"),
    Case("hdr-bullet-operator-between-fields", H, "05.09.2024 ∙ 16:40 ∙ đã đọc 517", "2024-09-05T16:40:00+07:00", PUB,
         H, "05.09.2024 ∙ 16:40"),
    Case("hdr-label-cut-short-with-a-space", H, "Ng. đăng 21/09/2022 – L.xem 876 – Ng. nhập: qtv_xa", "2022-09-21", PUB,
         H, "Ng. đăng 21/09/2022"),
    Case("hdr-any-clock-face-icon", H, "🕘 15.09.2023 | 09g30 (1027 lượt đọc)", "2023-09-15T09:30:00+07:00", PUB, H,
         "15.09.2023 | 09g30"),  # (the date's words, not the clock's icon before them)
    Case("hdr-at-sign-before-the-time", H, "Posted on 14/03/2024 @ 08:15 by admin_tld · Hits: 1204",
         "2024-03-14T08:15:00+07:00", PUB, H, "Posted on 14/03/2024 @ 08:15"),
    Case("hdr-figure-dash-before-the-time", H, "Đưa tin: 12/02/2025 ‒ 21:03", "2025-02-12T21:03:00+07:00", PUB, H,
         "12/02/2025 ‒ 21:03"),
    Case("hdr-label-cut-short-d-ngay", H, "Đ.ngày 05.09.2022 | Lx 713 | BL 0", "2022-09-05", PUB, H, "Đ.ngày 05.09.2022"),
    Case("hdr-two-digit-year-minutes-mark", H, "Thứ tư 08.01.25 · 10h17'", "2025-01-08", PUB, H, "Thứ tư 08.01.25"),
    Case("hdr-uploader-then-ngay", H, "Đăng bởi bbt.xa ngày 02/08/2024 · sửa lần cuối 05/08/2024", "2024-08-02", PUB, H,
         "ngày 02/08/2024"),
    Case("hdr-uploader-then-vao", H, "Đăng bởi quantrixa vào Tháng Bảy 08 2024 15:22:10 · 0 Bình luận · 245 Lượt đọc",
         "2024-07-08T15:22:10+07:00", PUB, H, "Tháng Bảy 08 2024 15:22:10"),
    Case("hdr-uploader-bullet-then-day", H, "bởi Trang TTĐT xã • 19/03/2023 ~ 2:15 chiều • 0 phản hồi",
         "2023-03-19T14:15:00+07:00", PUB, H, "19/03/2023 ~ 2:15 chiều"),
    Case("hdr-views-in-round-brackets", H, "Tin đăng lúc 16h20' ngày 08-01-2025 (Đọc: 97)", "2025-01-08T16:20:00+07:00",
         PUB, H, "Tin đăng lúc 16h20' ngày 08-01-2025"),
    Case("hdr-uploader-then-arrows", H, "bởi Phòng Văn hóa - Thông tin ▸ 30/08/2022 ▸ 716 lần xem", "2022-08-30",
         PUB, H, "30/08/2022"),
    Case("hdr-uploader-then-bars", H, "bởi admin | 30/08/2022 | 716 lần xem", "2022-08-30", PUB, H, "30/08/2022"),
    Case("hdr-text-size-run-together", H, "🕑 T6, 07/07/23 - 14:05 👁 532 lượt đọc aAA⁺", "2023-07-07T14:05:00+07:00",
         PUB, H, "T6, 07/07/23 - 14:05"),
    Case("hdr-listen-in-another-language", H, "Cập nhật lúc: 09:45 | 18/11/2023 Nghe bản tin tiếng Mông",
         "2023-11-18T09:45:00+07:00", PUB, H, "Cập nhật lúc: 09:45 | 18/11/2023"),
    Case("hdr-views-over-a-window-then-all", H,
         "Thời gian xuất bản: T2 15/01/2024 - 07g20 | Lượt xem (7 ngày): 45 | Tổng lượt xem: 812",
         "2024-01-15T07:20:00+07:00", PUB, H, "Thời gian xuất bản: T2 15/01/2024 - 07g20"),
    Case("hdr-writer-first-fields-run-on", H,
         "Người viết: Lò Văn Tường Biên tập: Lý Thị Mai Ngày xuất bản: 05.09.2023 Đã xem: 87", "2023-09-05",
         PUB, H, "Ngày xuất bản: 05.09.2023"),
    Case("hdr-category-dot-then-spaced-date", H, "An ninh trật tự · Cập nhật ngày 28 - 10 - 2024 · Lượt đọc: 410",
         "2024-10-28", PUB, H, "Cập nhật ngày 28 - 10 - 2024"),
    Case("hdr-labels-cut-short-to-initials", H, "Ng.đăng: 05/01/2024 | SL xem: 87", "2024-01-05", PUB, H, "Ng.đăng: 05/01/2024"),
    Case("hdr-written-first-days-as-spoken", H, "Ngày xuất bản: thứ Hai, mồng 8 tháng 4 năm 2024", "2024-04-08", PUB, H,
         "Ngày xuất bản: thứ Hai, mồng 8 tháng 4 năm 2024"),
    Case("hdr-time-after-a-dot-then-zone", H, "Last updated: 2023/12/18 · 10:05 (GMT+7)", "2023-12-18", PUB, H,
         "Last updated: 2023/12/18"),
    Case("hdr-icon-date-then-fields-run-on", H, "⏱ 2024/01/18 08:30 Biên tập: Ban Biên tập Cổng Số lượt xem: 2407",
         "2024-01-18T08:30:00+07:00", PUB, H, "2024/01/18 08:30"),
    Case("hdr-framed-by-double-slashes", H, "// 05.07.2024 // 14g20 // 211 views //", "2024-07-05T14:20:00+07:00", PUB,
         H, "05.07.2024 // 14g20"),
    Case("hdr-weekday", H, "Thứ sáu, 14/06/2024", "2024-06-14", PUB, H, "Thứ sáu, 14/06/2024"),
    Case("hdr-weekday-digit", H, "Thứ 6, 14/06/2024", "2024-06-14", PUB, H, "Thứ 6, 14/06/2024"),
    Case("hdr-sunday", H, "Chủ nhật, 3/3/2024", "2024-03-03", PUB, H, "Chủ nhật, 3/3/2024"),
    Case("hdr-bracketed", H, "(15/08/2024)", "2024-08-15", PUB, H, "15/08/2024"),
    Case("hdr-weekday-abbreviated", H, "T2, 12/03/2024", "2024-03-12", PUB, H, "T2, 12/03/2024"),
    Case("hdr-iso-with-time", H, "2024-03-12 08:00", "2024-03-12T08:00:00+07:00", PUB, H, "2024-03-12 08:00"),
    Case("hdr-label-double-space", H, "Cập  nhật: 19-05-2022", "2022-05-19", PUB, H, "Cập  nhật: 19-05-2022"),
    Case("hdr-month-name-sa", H, "07 Tháng Giêng 2020 9:15:00 SA", "2020-01-07T09:15:00+07:00", PUB, H,
         "07 Tháng Giêng 2020 9:15:00 SA"),
    Case("hdr-month-name-chap", H, "Ngày 07 Tháng Chạp 2020", "2020-12-07", PUB, H, "Ngày 07 Tháng Chạp 2020"),
    Case("hdr-liferay-pm-viewcount", H, "Ngày đăng 12/05/2022 | 5:47 PM | View count: 55",
         "2022-05-12T17:47:00+07:00", PUB, H, "Ngày đăng 12/05/2022 | 5:47 PM"),
    Case("hdr-liferay-midnight-is-date-only", H, "22/08/2011 | 12:00 AM", "2011-08-22", PUB, H,
         "22/08/2011 | 12:00 AM"),
    Case("hdr-noon-pm", H, "12/05/2022 | 12:30 PM", "2022-05-12T12:30:00+07:00", PUB, H, "12/05/2022 | 12:30 PM"),
    Case("hdr-after-midnight-am", H, "12/05/2022 | 12:30 AM", "2022-05-12T00:30:00+07:00", PUB, H,
         "12/05/2022 | 12:30 AM"),
    Case("hdr-liferay-views-vi", H, "Ngày đăng 08/02/2020 | 10:37 | Lượt xem: 226", "2020-02-08T10:37:00+07:00",
         PUB, H, "Ngày đăng 08/02/2020 | 10:37"),
    Case("hdr-tandan-spaced-dashes", H, "Đăng ngày 17 - 05 - 2024", "2024-05-17", PUB, H, "Đăng ngày 17 - 05 - 2024"),
    Case("hdr-cap-nhat-seconds", H, "Cập nhật: 19-05-2022 | 07:51:50", "2022-05-19T07:51:50+07:00", PUB, H,
         "Cập nhật: 19-05-2022 | 07:51:50"),
    Case("hdr-bullet-cap-nhat", H, "• Cập nhật: 24/03/2021", "2021-03-24", PUB, H, "Cập nhật: 24/03/2021"),
    Case("hdr-weekday-dash-time", H, "Thứ ba - 27/02/2024 10:40", "2024-02-27T10:40:00+07:00", PUB, H,
         "Thứ ba - 27/02/2024 10:40"),
    Case("hdr-dash-date-dash-time", H, "04-12-2018 - 01:20", "2018-12-04T01:20:00+07:00", PUB, H,
         "04-12-2018 - 01:20"),
    Case("hdr-dnict-seconds", H, "Ngày đăng tin: 05/06/2021 08:30:15", "2021-06-05T08:30:15+07:00", PUB, H,
         "Ngày đăng tin: 05/06/2021 08:30:15"),
    Case("hdr-day-first-not-month-first", H, "05/06/2021", "2021-06-05", PUB, H, "05/06/2021"),
    Case("hdr-dot-separated", H, "05.03.2021", "2021-03-05", PUB, H, "05.03.2021"),
    Case("hdr-posted-on", H, "Posted on 09/05/2024 15:40", "2024-05-09T15:40:00+07:00", PUB, H,
         "Posted on 09/05/2024 15:40"),
    Case("hdr-ngay-dang-bai", H, "Ngày đăng bài: 12/03/2024", "2024-03-12", PUB, H, "Ngày đăng bài: 12/03/2024"),
    Case("hdr-views-before-label", H, "Lượt xem: 1.234 - Ngày đăng: 12/03/2024", "2024-03-12", PUB, H,
         "Ngày đăng: 12/03/2024"),
    Case("hdr-date-byline-views", H, "Thứ sáu, 05/01/2024 - 09:30 | Tác giả: Minh Anh | Lượt xem: 215",
         "2024-01-05T09:30:00+07:00", PUB, H, "Thứ sáu, 05/01/2024 - 09:30"),
    Case("hdr-byline-after-date", H, "12/03/2024 - 08:15 | Tác giả: Minh Anh", "2024-03-12T08:15:00+07:00", PUB, H,
         "12/03/2024 - 08:15"),
    Case("hdr-gmt-suffix", H, "Thứ Tư, 07/03/2018 22:15 (GMT+7)", "2018-03-07T22:15:00+07:00", PUB, H,
         "Thứ Tư, 07/03/2018 22:15"),
    Case("hdr-time-before-date", H, "Cập nhật lúc 09:38 20/01/2020", "2020-01-20T09:38:00+07:00", PUB, H,
         "Cập nhật lúc 09:38 20/01/2020"),
    Case("hdr-time-labelled-after-date", H, "Cập nhật ngày: 30/01/2024 Lúc: 10:12:45", "2024-01-30T10:12:45+07:00", PUB, H,
         "Cập nhật ngày: 30/01/2024 Lúc: 10:12:45"),
    Case("hdr-posted-at-words-month", H, "Đăng vào lúc 15 Tháng Tám, 2023 bởi bbt_dangchau", "2023-08-15", PUB, H,
         "Đăng vào lúc 15 Tháng Tám, 2023"),
    Case("hdr-short-year-then-views", H, "16/11/23 1.204 Lượt xem", "2023-11-16", PUB, H, "16/11/23"),
    Case("hdr-english-month", H, "Ngày đăng: 20 Jan 2020", "2020-01-20", PUB, H, "Ngày đăng: 20 Jan 2020"),
    Case("hdr-english-month-first", H, "Sep 27, 2023 | Tin tức | 0 bình luận", "2023-09-27", PUB, H, "Sep 27, 2023"),
    Case("hdr-english-ordinal", H, "Ngày đăng: January 20th 2020", "2020-01-20", PUB, H,
         "Ngày đăng: January 20th 2020"),
    Case("hdr-english-ordinal-day-first", H, "18th April 2024 · by bientap", "2024-04-18", PUB, H, "18th April 2024"),
    Case("hdr-fallback-english-year-first", H, "Ngày đăng: 2020 January 20", "2020-01-20", PUB, H,
         "Ngày đăng: 2020 January 20"),
    # a script's raw date; Joomla's label in English; a radio bulletin's air time and its programme;
    # fields in brackets; the section's trail, then a bar; a field, then an em dash
    Case("hdr-script-raw-date", H, "Wed Oct 18 2023 09:12:44 GMT+0700 (Indochina Time)", "2023-10-18T09:12:44+07:00",
         PUB, H, "Wed Oct 18 2023 09:12:44"),
    Case("hdr-joomla-created", H, "Created: Tuesday, 14 May 2024 08:12", "2024-05-14T08:12:00+07:00", PUB, H,
         "Created: Tuesday, 14 May 2024 08:12"),
    Case("hdr-air-time", H, "Phát sóng: 17h00 – 12/3/2024 (chương trình thời sự chiều)", "2024-03-12T17:00:00+07:00",
         PUB, H, "Phát sóng: 17h00 – 12/3/2024"),
    Case("hdr-bracketed-fields", H, "[Văn hóa - Xã hội] [25/02/2024 - 15:47] [356 view]",
         "2024-02-25T15:47:00+07:00", PUB, H, "25/02/2024 - 15:47"),
    Case("hdr-trail-then-bar", H, "Tin tức » Chính quyền | 22.08.2023 15:40 | 1.208 lượt đọc | ✉ Gửi tin | 🖨 Bản in",
         "2023-08-22T15:40:00+07:00", PUB, H, "22.08.2023 15:40"),
    Case("hdr-field-em-dash", H, "Chuyên mục: An ninh — 09:05 sáng thứ Hai, 22/04/2024 — 318 người đã xem",
         "2024-04-22T09:05:00+07:00", PUB, H, "09:05 sáng thứ Hai, 22/04/2024"),
    Case("hdr-bilingual-label", H, "Ngày/Date: 03/10/2023 | Lượt xem/Views: 245", "2023-10-03", PUB, H,
         "Ngày/Date: 03/10/2023"),  # (the label as printed, though read without its English)
    Case("hdr-icons-stopwatch-eye", H, "⏱ 06:55 10/9/2024 · 👁 1305", "2024-09-10T06:55:00+07:00", PUB, H,
         "06:55 10/9/2024"),
    Case("hdr-posted-edited-by", H, "Đăng: 14/5/2024 | Sửa: 16/5/2024 | bởi: quantri02", "2024-05-14", PUB, H,
         "Đăng: 14/5/2024"),
    Case("hdr-weekday-in-brackets", H, "(Thứ Sáu) 06-09-2024 lúc 15h20", "2024-09-06T15:20:00+07:00", PUB, H,
         "(Thứ Sáu) 06-09-2024 lúc 15h20"),
    Case("hdr-time-in-brackets", H, "Thời gian tải lên:  22/7/2024 (08:40)", "2024-07-22T08:40:00+07:00", PUB, H,
         "22/7/2024 (08:40)"),
    Case("hdr-labels-cut-short", H, "Ng.đăng: 05.08.2024 ▪ L.xem: 245 ▪ Ng.viết: Hà Vy (Tổ TT phường)", "2024-08-05",
         PUB, H, "Ng.đăng: 05.08.2024"),
    Case("hdr-writer-middle-dot", H, "Tác giả: Quỳnh Như · 21.07.2024 · Chiến dịch tình nguyện", "2024-07-21", PUB, H,
         "21.07.2024"),
    Case("hdr-label-cell-then-value", H, "Xuất bản | 08:15 Ngày 05 tháng 9 năm 2024", "2024-09-05T08:15:00+07:00", PUB, H,
         "Xuất bản | 08:15 Ngày 05 tháng 9 năm 2024"),
    Case("hdr-writer-account-then-when", H, "Người viết: Quản trị viên lúc 14.05.2024", "2024-05-14", PUB, H,
         "14.05.2024"),
    Case("hdr-time-zone-name-middle-dot", H, "09:20 ICT · 14/06/2024 · Số lần mở: 688", "2024-06-14T09:20:00+07:00", PUB,
         H, "09:20 ICT · 14/06/2024"),
    Case("hdr-english-date-published", H, "Date published: 21 May 2024 · Reads: 342", "2024-05-21", PUB, H,
         "Date published: 21 May 2024"),
    Case("hdr-english-feed-date", H, "Mon, 12 Feb 2024 10:00:00 +0700", "2024-02-12T10:00:00+07:00", PUB, H,
         "Mon, 12 Feb 2024 10:00:00"),
    Case("hdr-english-short-weekday-day-first", H, "Fri, 02/08/2024 - 21:40 GMT+7", "2024-08-02T21:40:00+07:00", PUB, H,
         "Fri, 02/08/2024 - 21:40"),
    Case("hdr-weekday-dot-number", H, "15:42 (GMT+7) - T.4, 05/06/2024", "2024-06-05T15:42:00+07:00", PUB, H,
         "15:42 (GMT+7) - T.4, 05/06/2024"),
    Case("hdr-weekday-dot-two-digit-year", H, "T7 · 06.04.24 · Đã xem 1.317 lần", "2024-04-06", PUB, H,
         "T7 · 06.04.24"),
    Case("hdr-time-weekday-cut-short", H, "18:05 | T.Sáu 30/08/2024", "2024-08-30T18:05:00+07:00", PUB, H,
         "18:05 | T.Sáu 30/08/2024"),
    Case("hdr-lunar-after-bar", H, "15/08/2024 | nhằm ngày 12 tháng 7 năm Giáp Thìn", "2024-08-15", PUB, H, "15/08/2024"),
    Case("hdr-uploader-after-em-dash", H, "11/06/2024 08:47 — đăng bởi: bientap.namkhieng", "2024-06-11T08:47:00+07:00",
         PUB, H, "11/06/2024 08:47"),
    Case("hdr-time-field-after-date", H, "Ngày: 06/12/2023 Giờ: 15:10 👁 233", "2023-12-06T15:10:00+07:00", PUB, H,
         "Ngày: 06/12/2023 Giờ: 15:10"),
    Case("hdr-bracketed-date-then-views", H, "[03/01/2025 10:15]   Số lần xem: 64", "2025-01-03T10:15:00+07:00", PUB, H,
         "03/01/2025 10:15"),
    Case("hdr-went-up", H, "Mã tin: 20240611-0147 | Ngày lên: 11/6/2024 | Người nhập: vhxh_xa", "2024-06-11", PUB, H,
         "Ngày lên: 11/6/2024"),
    # not a page date
    Case("hdr-invalid-31-feb", H, "31/02/2020", None, codes=MISSING),
    # (US order is read only where day-first cannot read the date; else day-first, always)
    Case("hdr-month-first-where-day-first-cannot", H, "12/13/2020", "2020-12-13", PUB, H, "12/13/2020"),
    Case("hdr-ambiguous-order-is-day-first", H, "4/9/2025", "2025-09-04", PUB, H, "4/9/2025"),
    Case("hdr-month-first-with-dashes-is-not-read", H, "12-13-2020", None, codes=MISSING),
    Case("hdr-views-are-not-a-year", H, "Lượt xem: 1234", None, codes=MISSING),
    Case("hdr-relative-is-never-today", H, "Cập nhật: 2 ngày trước", None, codes=MISSING),
    Case("hdr-term-range", H, "Nhiệm kỳ 2021-2026", None, codes=MISSING),
    Case("hdr-month-year", H, "Tháng 3/2024", None, codes=MISSING),
    Case("hdr-law-number", H, "Luật số 131/2020/QH14", None, codes=MISSING),
    # --- event dates in the lead --------------------------------------------------------------
    Case("lead-ngay-seed", L, "Ngày 28/12/2020, Đảng ủy – HĐND – UBND phường Hòa Lạc tổ chức hội nghị tổng kết "
         "phong trào thi đua năm.", "2020-12-28", EV, L, "Ngày 28/12/2020"),
    Case("lead-sang-ngay", L, "Sáng ngày 24/5/2023, UBND phường Hòa Lạc đã tổ chức hội nghị tổng kết công tác "
         "năm với sự tham dự của nhiều cán bộ.", "2023-05-24", EV, L, "Sáng ngày 24/5/2023"),
    Case("lead-written-out", L, "Ngày 5 tháng 3 năm 2021, UBND phường Hòa Lạc đã tổ chức hội nghị tổng kết công "
         "tác năm với nhiều cán bộ tham dự.", "2021-03-05", EV, L, "Ngày 5 tháng 3 năm 2021"),
    Case("lead-chieu-year-same-paragraph", L, "Chiều 22/6, UBND phường Hòa Lạc tổ chức hội nghị sơ kết công tác "
         "6 tháng đầu năm 2021 với nhiều cán bộ tham dự.", "2021-06-22", EV, L, "Chiều 22/6", INFERRED),
    Case("lead-chieu-year-in-body", L, "Chiều 22/6, Thường trực HĐND phường Hòa Lạc họp để chuẩn bị kỳ họp thứ "
         "nhất với các cơ quan, đơn vị liên quan.", "2021-06-22", EV, L, "Chiều 22/6", INFERRED,
         body="Kỳ họp dự kiến khai mạc ngày 01/7/2021 tại hội trường UBND phường, kéo dài trong hai ngày làm việc."),
    Case("lead-chieu-no-year-anywhere", L, "Chiều 22/6, Thường trực HĐND phường Hòa Lạc họp để chuẩn bị kỳ họp thứ "
         "nhất với các cơ quan, đơn vị liên quan.", None, codes=NO_YEAR),
    Case("lead-sang-nay-dot-with-year", L, "Sáng nay 11.9, Chủ tịch UBND phường Hòa Lạc kiểm tra công tác phòng "
         "chống bão mùa mưa năm 2021 tại các tổ dân phố.", "2021-09-11", EV, L, "Sáng nay 11.9", INFERRED),
    Case("lead-sang-nay-dot-no-year", L, "Sáng nay 11.9, Chủ tịch UBND phường Hòa Lạc kiểm tra công tác phòng "
         "chống bão tại các tổ dân phố ven sông.", None, codes=NO_YEAR),
    Case("lead-range-start-takes-end-year", L, "Từ ngày 24/6 đến 6/7/2021, 14 xã, thị trấn đã tổ chức thành công "
         "kỳ họp thứ nhất HĐND khóa mới theo quy định.", "2021-06-24", EV, L, "Từ ngày 24/6"),
    Case("lead-time-before-date-mid-sentence", L, "Nhằm phát huy hiệu quả công tác phối hợp giữa Mặt trận và chính "
         "quyền, Chiều 15h00 ngày 26/4/2022 tại hội trường phường đã diễn ra hội nghị nhân dân.",
         "2022-04-26", EV, L, "Chiều 15h00 ngày 26/4/2022"),
    Case("lead-ngay-dash-no-year", L, "Ngày 16-2, phường Hòa Lạc long trọng tổ chức Lễ mừng thọ các cụ cao niên "
         "trên địa bàn phường.", None, codes=NO_YEAR),
    Case("lead-ngay-dash-year-in-body", L, "Ngày 16-2, phường Hòa Lạc long trọng tổ chức Lễ mừng thọ các cụ cao "
         "niên trên địa bàn phường.", "2024-02-16", EV, L, "Ngày 16-2", INFERRED,
         body="Dịp Xuân Giáp Thìn năm 2024, phường có 215 cụ được mừng thọ, trong đó có 3 cụ tròn 100 tuổi."),
    Case("lead-sang-yearless-tet-year", L, "Sáng 13/02, Ủy ban MTTQ xã Hòa Lạc tổ chức chương trình trao quà nhân "
         "dịp Tết Nguyên đán Bính Ngọ năm 2026 cho các hộ nghèo.", "2026-02-13", EV, L, "Sáng 13/02", INFERRED),
    Case("lead-doc-ref-then-event", L, "Thực hiện Kế hoạch số 151/KH-UBND ngày 22/8/2017 của UBND quận, sáng ngày "
         "19/9/2017, tổ giám sát an toàn thực phẩm phường đã kiểm tra các hộ kinh doanh.",
         "2017-09-19", EV, L, "sáng ngày 19/9/2017"),
    # not the article's date
    Case("lead-doc-ref-two-documents", L, "Căn cứ Quyết định số 108/NQ-HĐND ngày 07/7/2017 và Kế hoạch ngày "
         "10/7/2017 của UBND thành phố, phường Hòa Lạc đã sắp xếp lại các tổ dân phố.", None, codes=MISSING),
    Case("lead-doc-ref-only", L, "Thực hiện Quyết định số 108/NQ-HĐND ngày 07/7/2017 của HĐND thành phố, UBND "
         "phường Hòa Lạc đã triển khai sắp xếp lại các tổ dân phố.", None, codes=MISSING),
    Case("lead-anniversary-gloss", L, "Nhân dịp kỷ niệm 70 năm ngày Thương binh – Liệt sỹ (27/7/1947 – 27/7/2017), "
         "Công đoàn phường đã tổ chức thăm hỏi các gia đình chính sách.", None, codes=MISSING),
    Case("lead-anniversary-gloss-gives-its-end-year", L, "Nhân dịp kỷ niệm ngày Thương binh – Liệt sỹ (27/7/1947 – "
         "27/7/2017), ngày 25/7, Công đoàn phường đã thăm hỏi các gia đình chính sách.", "2017-07-25", EV, L,
         "ngày 25/7", INFERRED),
    Case("lead-goal-year-is-not-the-year", L, "Sáng 5/6, hưởng ứng Ngày Môi trường thế giới, xã Hòa Lạc ra quân thu "
         "gom rác thải; kế hoạch đặt mục tiêu đến năm 2030 toàn xã phân loại rác tại nguồn.", None, codes=NO_YEAR),
    Case("lead-as-of-year-is-the-year", L, "Sáng 5/6, xã Hòa Lạc ra quân thu gom rác thải; tính đến năm 2022, toàn "
         "xã có 5 thôn phân loại rác tại nguồn.", "2022-06-05", EV, L, "Sáng 5/6", INFERRED),
    Case("lead-school-year-span-is-not-the-year", L, "Chiều ngày 21.7 UBND phường Hòa Lạc tuyên dương, khen thưởng "
         "85 học sinh đạt thành tích cao trong năm học 2022 - 2023.", None, codes=NO_YEAR),
    Case("lead-term-range", L, "Trong nhiệm kỳ 2021-2026, Đảng bộ phường Hòa Lạc đặt mục tiêu hoàn thành các chỉ "
         "tiêu phát triển kinh tế xã hội.", None, codes=MISSING),
    Case("lead-month-year", L, "Trong tháng 3/2024, UBND phường Hòa Lạc đã tổ chức nhiều hoạt động tuyên truyền về "
         "an toàn giao thông cho nhân dân.", None, codes=MISSING),
    Case("lead-invalid-31-feb", L, "Ngày 31/02/2020, UBND phường Hòa Lạc đã tổ chức hội nghị tổng kết công tác năm "
         "với sự tham dự của nhiều cán bộ.", None, codes=MISSING),
    Case("lead-law-number", L, "Thực hiện Luật số 131/2020/QH14, UBND phường Hòa Lạc đã tổ chức tuyên truyền cho "
         "cán bộ và nhân dân trên địa bàn.", None, codes=MISSING),
    # --- the URL --------------------------------------------------------------------------------
    Case("url-tandan-padded", U, "https://xahoalac.hatinh.gov.vn/portal/pages/2023-01-30/Ung-dung-cong-nghe-thong-"
         "tin-trong-v-468686.aspx", "2023-01-30", PUB, U, "2023-01-30"),
    Case("url-tandan-unpadded", U, "https://hoalac.ninhthuan.gov.vn/portal/Pages/2024-5-17/De-cuong-tuyen-truyen-"
         "CAhvbq96.aspx", "2024-05-17", PUB, U, "2024-5-17"),
    Case("url-slashed", U, "https://hoalac.gov.vn/2023/01/30/hoi-nghi-tong-ket/", "2023-01-30", PUB, U, "2023/01/30"),
    Case("url-slug-timestamp-is-not-a-date", U, "https://hoalac.gov.vn/tin-tuc/hoi-nghi-tong-ket-1656403487.html",
         None, codes=MISSING),
    Case("url-slug-id-is-not-a-date", U, "https://hoalac.gov.vn/phuong-hoa-lac-mung-tho-p13n35457.html",
         None, codes=MISSING),
    Case("url-liferay-id-and-year", U, "https://hoalac.hanoi.gov.vn/tin-tuc/-/view_content/5166539-le-mung-tho-"
         "xuan-canh-ty-2020.html", None, codes=MISSING),
    Case("url-invalid-30-feb", U, "https://hoalac.gov.vn/2020/02/30/hoi-nghi/", None, codes=MISSING),
    Case("url-date-inside-slug-word", U, "https://hoalac.gov.vn/tin/hoi-nghi-2023-01-30-abc.html", None,
         codes=MISSING),
]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_page_date(case: Case) -> None:
    if case.where == H:
        article = wardnews.parse(page(header=case.text, body=case.body))
    elif case.where == L:
        article = wardnews.parse(page(lead=case.text, body=case.body))
    else:
        article = wardnews.parse(page(body=case.body), url=case.text)
    if case.value is None:
        assert article.date is None
    else:
        assert article.date is not None, article.warning_codes
        assert (article.date.value, article.date.kind, article.date.source, article.date.text) == (
            case.value, case.kind, case.source, case.date_text)
    for code in case.codes:
        assert code in article.warning_codes


def test_table_is_big_enough() -> None:
    assert len(CASES) >= 50
    assert len({c.id for c in CASES}) == len(CASES)


def test_header_date_line_keeps_title_and_reads_views() -> None:
    article = wardnews.parse(page(header="Ngày đăng 12/05/2022 | 5:47 PM | View count: 55"))
    assert article.title == TITLE
    assert article.lead == LEAD
    assert article.counters.views == 55
    assert all("12/05/2022" not in p for p in article.body)


def test_meta_line_counters_before_the_date_and_byline_after_it() -> None:
    views = wardnews.parse(page(header="Lượt xem: 1.234 - Ngày đăng: 12/03/2024"))
    assert views.counters.views == 1234 and views.title == TITLE
    byline = wardnews.parse(page(header="12/03/2024 - 08:15 | Tác giả: Minh Anh"))
    assert byline.author is not None and byline.author.name == "Minh Anh"
    assert all("Minh Anh" not in p for p in byline.body)
    both = wardnews.parse(page(header="05/01/2024 09:30 | Tác giả: Minh Anh | Lượt xem: 215"))
    assert both.author is not None and both.author.name == "Minh Anh" and both.counters.views == 215
    odd = wardnews.parse(page(header="05/01/2024 Hội nghị tổng kết | Lượt xem: 12")).date  # not a byline
    assert odd is None or odd.source != "header"


def test_year_missing_never_takes_the_current_year() -> None:
    article = wardnews.parse(page(lead="Sáng ngày 18/4, UBND phường Hòa Lạc triển khai ra quân vệ sinh môi trường, "
                                       "diệt lăng quăng, bọ gậy phòng chống sốt xuất huyết."))
    assert article.date is None
    assert "date.year_missing" in article.warning_codes
    assert "date.missing" not in article.warning_codes
    message = next(w.message for w in article.warnings if w.code == "date.year_missing")
    assert "Sáng ngày 18/4" in message


@pytest.mark.parametrize(("meta", "event", "expected"), [
    ("Tin cơ sở | 21/03 14:05 | Lượt xem: 1.208", "Chiều ngày 20/3/2024", "2024-03-21T14:05:00+07:00"),
    ("21/03 | Lượt xem: 1.208", "Sáng ngày 21/3/2024", "2024-03-21"),  # (posted the same day)
    ("T.5 04/01 · 09:20 · 👁 65", "Tối ngày 30/12/2023", "2024-01-04T09:20:00+07:00"),  # (over New Year)
    ("Tin cơ sở | 21/03 14:05 | Lượt xem: 1.208", "Sáng ngày 20/8/2023", None),  # (months apart: not its post)
    ("Tin cơ sở | 19/03 14:05 | Lượt xem: 1.208", "Chiều ngày 20/3/2024", None),  # (before the event)
])
def test_a_yearless_meta_row_takes_the_year_of_the_event_it_reports(meta: str, event: str, expected: str | None) -> None:
    lead = f"{event}, Hội LHPN phường Hòa Lạc tổ chức hội thi tìm hiểu pháp luật về phòng, chống bạo lực gia đình."
    article = wardnews.parse(page(header=meta, lead=lead))
    assert article.counters.views in (1208, 65)  # the row's views are read either way
    if expected is None:
        assert article.date is not None and article.date.kind == "event"
    else:
        assert article.date is not None
        assert (article.date.value, article.date.kind, article.date.source) == (expected, "published", "header")
        assert "date.year_inferred" in article.warning_codes


def test_an_account_numbers_digits_give_no_year() -> None:
    body = ("Mọi sự ủng hộ xin gửi về Hội Chữ thập đỏ phường, số tài khoản 2408 2050 11 777 tại ngân hàng "
            "chi nhánh huyện; điện thoại 0221 2031 456.")
    article = wardnews.parse(page(lead="Sáng ngày 18/4, UBND phường Hòa Lạc ra quân vệ sinh môi trường, diệt "
                                       "lăng quăng, bọ gậy phòng chống sốt xuất huyết.") + "\n" + body)
    assert article.date is None and "date.year_missing" in article.warning_codes


# --- the cascade: publication beats event; both recorded as what they are -----------------------

EVENT_LEAD = ("Sáng ngày 10/5/2022, UBND phường Hòa Lạc đã tổ chức hội nghị tổng kết công tác năm với sự tham "
              "dự của nhiều cán bộ.")
TANDAN_URL = "https://xahoalac.hatinh.gov.vn/portal/pages/2022-05-14/Hoi-nghi-tong-ket-cong-tac-468686.aspx"


def test_header_beats_url_and_lead() -> None:
    article = wardnews.parse(page(header="Ngày đăng 12/05/2022", lead=EVENT_LEAD), url=TANDAN_URL)
    assert article.date == wardnews.DateInfo("2022-05-12", "published", "Ngày đăng 12/05/2022", "header")


def test_url_beats_lead_event() -> None:
    article = wardnews.parse(page(lead=EVENT_LEAD), url=TANDAN_URL)
    assert article.date == wardnews.DateInfo("2022-05-14", "published", "2022-05-14", "url")


def test_lead_event_when_nothing_else() -> None:
    article = wardnews.parse(page(lead=EVENT_LEAD))
    assert article.date == wardnews.DateInfo("2022-05-10", "event", "Sáng ngày 10/5/2022", "lead")


def test_event_date_found_in_body_when_lead_has_none() -> None:
    article = wardnews.parse(page(body="Sáng ngày 10/5/2022, các đại biểu đã thảo luận sôi nổi và thống nhất nhiều "
                                       "giải pháp cho thời gian tới."))
    assert article.date == wardnews.DateInfo("2022-05-10", "event", "Sáng ngày 10/5/2022", "body")


# --- helpers, called directly -----------------------------------------------------------------

HEADER_LINES = [
    ("Ngày đăng 12/05/2022 | 5:47 PM | View count: 55", "2022-05-12T17:47:00+07:00", " | View count: 55"),
    ("20/01/2020 09:38 (GMT+7)", "2020-01-20T09:38:00+07:00", " (GMT+7)"),
    ("10:30 | 28/12/2020", "2020-12-28T10:30:00+07:00", ""),
    ("Tin đã đưa ngày: 10/10/2010", "2010-10-10", ""),
    ("Đăng: Mon 09.06.2025 | 08:30 — Sửa lần cuối: Wed 11.06.2025 | 10:02", "2025-06-09T08:30:00+07:00",
     " — Sửa lần cuối: Wed 11.06.2025 | 10:02"),  # an English weekday cut short before the day's digits
    ("Ngày đăng: 20th Tháng Ba 2025 lúc 9:14 sáng", "2025-03-20T09:14:00+07:00", ""),  # an English theme's ordinal
    ("Lần cập nhật cuối ( Thứ năm, 14 Tháng 3 2019 10:02 )", "2019-03-14T10:02:00+07:00", " )"),  # Joomla's
    ("Cập nhật (14/03/2019)", "2019-03-14", ")"),
    ("Ngày đưa tin: 29/06/2024 — 10 giờ 05 | Người xem: 412", "2024-06-29T10:05:00+07:00", " | Người xem: 412"),
    ("Đăng ngày 03/04/2024 lúc 8 giờ 15 phút", "2024-04-03T08:15:00+07:00", ""),  # the time in words
    ("Đăng ngày 05/11/2024 vào lúc 09:40 GMT+7", "2024-11-05T09:40:00+07:00", " GMT+7"),
    ("Ngày đăng: 09-Thg7-2024 08:20 | Ngày sửa: 10-Thg7-2024 15:02", "2024-07-09T08:20:00+07:00",
     " | Ngày sửa: 10-Thg7-2024 15:02"),  # (.NET's "dd-MMM-yyyy" in Vietnamese)
    ("Ngày 7 tháng 12 năm 2020 lúc 8:05", "2020-12-07T08:05:00+07:00", ""),
    ("07 giờ 55 phút · thứ Hai 27/5/2024", "2024-05-27T07:55:00+07:00", ""),  # the time first, in words
    ("Pub. 03 Jun 2024 · Upd. 04 Jun 2024", "2024-06-03", " · Upd. 04 Jun 2024"),  # English labels cut short
    ("08g30 | 03/04/2023", "2023-04-03T08:30:00+07:00", ""),  # a clock in "g" before a bar: a meta line's time
    ("28 / 12 / 2020", "2020-12-28", ""),
    ("ngày 5 tháng 3 năm 2021", "2021-03-05", ""),
    ("ngày 07 Tháng Chạp 2020", "2020-12-07", ""),
    # a two-digit year, only where a label, a weekday or a time first makes the line a date line
    ("Cập nhật: 12/3/24", "2024-03-12", ""),
    ("T6, 15/03/24 - 14:05", "2024-03-15T14:05:00+07:00", ""),
    ("09:05 - 14/03/24", "2024-03-14T09:05:00+07:00", ""),
    ("Ngày đăng: 01/02/99 | Lượt xem: 5", "1999-02-01", " | Lượt xem: 5"),  # (strptime's %y: 69-99 are 1900s)
    ("Date: 2022.11.05 / Category: Tin xã / Views 845", "2022-11-05", " / Category: Tin xã / Views 845"),  # year first, dots
    ("Ngày giờ: 09.03.2024 (Thứ Bảy) 10:20 | Số lượt mở: 58", "2024-03-09T10:20:00+07:00", " | Số lượt mở: 58"),  # weekday, then time
    ("Thứ Bảy, 14:20 25/05/2024", "2024-05-25T14:20:00+07:00", ""),  # the weekday, the time, then the day
    ("Thứ Tư, 10:25 - 21/06/2023", "2023-06-21T10:25:00+07:00", ""),  # … a dash between the time and the day
    ("Chủ nhật 09:05, 26/05/2024 | Lượt xem: 12", "2024-05-26T09:05:00+07:00", " | Lượt xem: 12"),
    ("Thứ 7 • 17.12.2022 • 08g15", "2022-12-17T08:15:00+07:00", ""),  # bullets between the fields
    ("10h30' - 05/09/23 (đã có 77 người đọc)", "2023-09-05T10:30:00+07:00", " (đã có 77 người đọc)"),  # a clock
    # in "h" with its minute mark, a dash, then the day: a meta line's time
    ("16.03.24 09:12", "2024-03-16T09:12:00+07:00", ""),  # a two-digit year before its time, no mark between
    ("19-DEC-2023 14:05", "2023-12-19T14:05:00+07:00", ""),  # Oracle's day, month and year between hyphens
    ("15 Tháng 07/2024", "2024-07-15", ""),  # a calendar badge: the day, then its month and year after a slash
]


@pytest.mark.parametrize(("line", "iso", "rest"), HEADER_LINES, ids=[ascii_id(h[0]) for h in HEADER_LINES])
def test_header_date_helper(line: str, iso: str, rest: str) -> None:
    hit = _dates.header_date(PAT, line)
    assert hit is not None
    assert hit[0].iso() == iso
    assert hit[1] == rest


NOT_HEADER_LINES = [
    "Lượt xem: 1234", "nhiệm kỳ 2021-2026", "tháng 3/2024", "131/2020/QH14", "28/12/20", "28/12/1899",
    "Số 14/03/24 ngày", "8h00 ngày 12/3/24", "Cập nhật: 12/3/245",
    "2020-13-28", "Ngày hội văn hóa các dân tộc 2020", "Thời gian: 8h00 ngày 20/01/2020",
    "Thời gian: 8 giờ 00 ngày 20/01/2020",  # an event's time, in words
    "8h30 - 10/5",  # (a clock before a day with no year)
    "THỨ HAI (04/11/2024)", "Thứ Hai (15/07/2024)",  # (a week's schedule, its day's heading: no label, no time)
]


@pytest.mark.parametrize("line", NOT_HEADER_LINES, ids=[ascii_id(x) for x in NOT_HEADER_LINES])
def test_header_date_helper_rejects(line: str) -> None:
    assert _dates.header_date(PAT, line) is None


def test_header_date_helper_invalid_day_has_no_iso() -> None:
    hit = _dates.header_date(PAT, "31/02/2020")
    assert hit is not None and hit[0].iso() is None


EVENTS = [
    ("Sáng ngày 24/5/2023, UBND phường", [(2023, 5, 24, "Sáng ngày 24/5/2023")]),
    ("Sáng Chủ nhật 10/3/2024, xã ra quân", [(2024, 3, 10, "Sáng Chủ nhật 10/3/2024")]),  # a weekday between
    ("Sáng thứ Bảy (9/3), xã ra quân", [(None, 3, 9, "Sáng thứ Bảy (9/3)")]),  # the date in brackets
    ("Chiều thứ Tư (ngày 18/9/2024), tại nhà văn hóa", [(2024, 9, 18, "Chiều thứ Tư (ngày 18/9/2024)")]),  # … "ngày" too
    ("Hôm nay, 12/3/2024, phường họp", [(2024, 3, 12, "Hôm nay, 12/3/2024")]),
    ("Từ ngày 10 đến 12/3/2024, xã tổ chức giải", [(2024, 3, 10, "Từ ngày 10 đến 12/3/2024")]),  # a span's first day
    ("Trong 2 ngày 10 và 11/3/2024, xã họp", [(2024, 3, 10, "ngày 10 và 11/3/2024")]),
    ("Từ ngày 30 đến 2/4/2024, xã tổ chức", [(2024, 3, 30, "Từ ngày 30 đến 2/4/2024")]),  # across a month
    ("Từ ngày 31 đến 2/1/2024, xã trực Tết", [(2023, 12, 31, "Từ ngày 31 đến 2/1/2024")]),  # and a year
    ("Sáng ngày 12 tháng 3, xã họp", [(None, 3, 12, "Sáng ngày 12 tháng 3")]),  # written out, no year
    ("Chiều 22/6, Thường trực HĐND", [(None, 6, 22, "Chiều 22/6")]),
    ("Chiều ngày 21.1 UBND phường", [(None, 1, 21, "Chiều ngày 21.1")]),
    ("Từ ngày 24/6 đến 6/7/2021, các xã", [(2021, 6, 24, "Từ ngày 24/6")]),
    ("từ 8h45 đến 12h00 ngày 09/02/2007", [(2007, 2, 9, "ngày 09/02/2007")]),
    ("Quyết định số 108/NQ-HĐND ngày 07/7/2017 về việc", []),
    ("Quyết định số 1738-QĐ/TU, ngày 27/01/2015 của Ban Thường vụ", []),
    ("Kế hoạch số 12/KH-UBND, sáng ngày 5/3/2021 xã", [(2021, 3, 5, "sáng ngày 5/3/2021")]),
    ("kỷ niệm (27/7/1947 – 27/7/2017), Công đoàn", []),
    ("Trong tháng 3/2024, xã", []),
    ("đạt 10/12 chi đoàn", []),
]


@pytest.mark.parametrize(("text", "expected"), EVENTS, ids=[ascii_id(e[0]) for e in EVENTS])
def test_event_dates_helper(text: str, expected: list) -> None:
    got = [(d.year, d.month, d.day, d.text) for d in _dates.event_dates(PAT, text)]
    assert got == expected


URLS = [
    ("https://a.gov.vn/portal/pages/2023-01-30/Ung-dung-468686.aspx", "2023-01-30"),
    ("https://a.gov.vn/portal/Pages/2024-5-17/DE-CUONG-CAhvbq96.aspx", "2024-05-17"),
    ("https://a.gov.vn/2023/01/30/bai-viet", "2023-01-30"),
    ("https://a.gov.vn/tin-tuc/hoi-nghi-1656403487.html", None),
    ("https://a.gov.vn/a/2021/13/01/x", None),
    ("https://a.gov.vn/tin?ngay=2023-01-30", None),  # (a day alone in the query: that day's list)
    ("http://a.gov.vn/cgi-bin/tintuc.pl?ngay=2006-03-14&so=27", "2006-03-14"),  # (… beside the item's number)
    (None, None),
]


@pytest.mark.parametrize(("url", "iso"), URLS, ids=[ascii_id(u[0]) for u in URLS])
def test_url_date_helper(url: str | None, iso: str | None) -> None:
    got = _dates.url_date(PAT, url)
    assert (got.iso() if got else None) == iso


@pytest.mark.parametrize(("texts", "year"), [
    (("Tết Nguyên đán Bính Ngọ năm 2026",), 2026),
    (("kỳ họp khai mạc ngày 01/7/2021",), 2021),
    (("không nói năm nào", "mùa lũ 2019 và 2020"), 2020),  # (the page's latest year: its story looks back)
    (("Sáng ngày 14.3", "nhà xây từ năm 1998; từ đầu năm 2024, xã đã vận động"), 2024),
    (("Sáng 14/3, năm 2023 xã đạt chuẩn", "năm 2024"), 2023),  # (the date's own paragraph: its first year)
    (("Chiều 6/3, nhân kỷ niệm Ngày Quốc tế Phụ nữ (8/3/1910 - 8/3/2024)", "năm 2023"), 2024),  # (its gloss first)
    (("Chiều 14/8, những hộ định cư trước năm 1993 được cấp giấy",), None),  # (a bound in the past)
    (("Lượt xem 2.024",), None),
    (("kỷ niệm (27/7/1947 – 27/7/2017), ngày 25/7",), 2017),
    (("ngày 25/7 (thành lập năm 1945)",), None),
    (("phấn đấu đến năm 2025, tầm nhìn 2030",), None),
    (("phấn đấu đến năm 2025; năm 2023 xã đạt",), 2023),
    (("đại hội lần trước (15/3/2010); ngày 25/7 năm 2015",), 2015),
    (("đại hội lần trước (15/3/2010); ngày 25/7",), None),
    (("đại hội nhiệm kỳ 2022 - 2027",), None),
    (("tổng kết năm học 2022 - 2023",), 2023),  # (a review of a span: held in its last year)
    (("Ngày 20/12, hội nghị tổng kết 10 năm xây dựng nông thôn mới giai đoạn 2011 - 2021", "vào năm 2023"), 2021),
    (("nhiệm kỳ 2021-2026, đại hội năm 2021",), 2021),
    (("Sáng 25/7, Hội CCB xã thăm gia đình chính sách", "Từ năm 2019 đến nay, Hội đã vận động"), None),
    (("Sáng 25/7", "Từ đầu năm 2024 đến nay, xã đã vận động"), 2024),  # (this year, so far)
    (("Sáng 25/7", "ông tham gia chiến đấu năm 1972"), None),  # (history, before the portals)
    (("Chiều 5/10", "căn nhà tạm được dựng từ năm 2008, đã xuống cấp"), None),  # (where something began)
    (("Sáng 20/1", "mô hình thí điểm từ tháng 6/2023 tại hai thôn"), None),
    (("Chiều 3/10", "theo đúng Nghị quyết số 12-NQ/ĐU ngày 15/3/2021 của Đảng ủy phường"), None),  # (a document's date)
    (("Chiều 3/10", "Kế hoạch số 15/KH-UBND ngày 2/3/2021 …, ngày 19/9/2024 xã ra quân"), 2024),
], ids=["nam-year", "full-date", "second-text-latest", "page-latest-not-first", "own-paragraph-first", "own-gloss-before-page", "past-bound-not-the-year", "thousands-not-year", "anniversary-gloss-end",
        "gloss-not-span", "goals-only", "goal-skipped", "parens-skipped",
        "parens-date-only", "span-only", "review-span-end", "review-span-before-page", "span-skipped", "since-then-not-the-year", "this-year-so-far",
        "history-not-the-year", "a-start-not-the-year", "a-months-start-not-the-year", "a-documents-date-not-the-year",
        "a-date-after-a-dated-document"])
def test_infer_year_helper(texts: tuple[str, ...], year: int | None) -> None:
    assert _dates.infer_year(PAT, *texts) == year


@pytest.mark.parametrize(("month", "year"), [(3, 2024), (1, 2024), (6, 2024), (12, 2023), (11, 2023)])
def test_a_years_review_and_the_next_years_plan(month: int, year: int) -> None:
    """A review of one year and the next year's plan: held from the old year's end to the new year's middle."""
    paragraph = "Chiều ngày 21.3, phường tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024."
    assert _dates.infer_year(PAT, paragraph, month=month) == year
    assert _dates.infer_year(PAT, paragraph) == 2023  # (no month: the paragraph's first year, as before)


@pytest.mark.parametrize(("month", "year"), [(6, 2024), (7, 2024), (9, 2024), (10, None), (5, None)])
def test_a_yearless_event_takes_the_year_of_the_plan_that_ordered_it(month: int, year: int | None) -> None:
    """No year stated but a document's date: the plan, issued in the event's month or the three before, dates it."""
    assert _dates.infer_year(PAT, "Sáng 19/6, phường tổ chức lễ mít tinh.",
                             "Thực hiện Kế hoạch số 142/KH-UBND ngày 05/6/2024 của UBND thị xã, buổi mít tinh …",
                             month=month) == year


@pytest.mark.parametrize(("text", "iso"), [
    ("14 June 2024", "2024-06-14"),
    ("ngày 5 tháng 3, 2021", "2021-03-05"),
    ("05/06/2021", "2021-06-05"),
    ("12/13/2020", None),
    ("2 ngày trước", None),
    ("hôm qua lúc 10:30", None),
    ("1656403487", None),
    ("Lượt xem: 1234", None),
    ("x" * 90 + " 2020", None),
], ids=["english", "written-comma", "day-first", "month-first", "relative", "yesterday", "timestamp", "views",
        "too-long"])
def test_fallback_parse_helper(text: str, iso: str | None) -> None:
    got = _dates.fallback_parse(text)
    assert (got.iso() if got else None) == iso


# --- dateparser stays out of the fast path ----------------------------------------------------

def _modules_after(code: str) -> str:
    script = textwrap.dedent(code)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_import_does_not_load_dateparser() -> None:
    out = _modules_after("""
        import sys, wardnews
        print("dateparser" in sys.modules)
    """)
    assert out == "False"


def test_fast_path_pages_do_not_load_dateparser() -> None:
    pages = [page(header=c.text) for c in CASES if c.where == H and c.id != "hdr-fallback-english-year-first"]
    pages += [page(lead=c.text, body=c.body) for c in CASES if c.where == L]
    out = _modules_after(f"""
        import sys, wardnews
        for text in {pages!r}:
            wardnews.parse(text, url="https://xahoalac.hatinh.gov.vn/portal/pages/2023-01-30/Ung-dung-468686.aspx")
            wardnews.parse(text)
        print("dateparser" in sys.modules)
    """)
    assert out == "False"


def test_unreadable_labelled_date_line_does_load_dateparser() -> None:
    """The other side of the check above: the fallback really is dateparser, loaded on demand."""
    out = _modules_after(f"""
        import sys, wardnews
        article = wardnews.parse({page(header="Ngày đăng: 2020 January 20")!r})
        print("dateparser" in sys.modules, article.date.value)
    """)
    assert out == "True 2020-01-20"



def test_a_date_after_a_comma_opens_its_own_clause() -> None:
    from wardnews import _dates
    from wardnews._vocab import load_vocabulary

    pat = _dates.patterns(load_vocabulary())
    lead = ("Thực hiện Kế hoạch chuyển đổi số năm 2024, ngày 5 tháng 3 năm 2024, UBND xã Tân Phước tổ chức "
            "hội nghị triển khai nhiệm vụ chuyển đổi số.")
    assert [d.iso() for d in _dates.iter_event_dates(pat, lead)] == ["2024-03-05"]
    # with a document number before the comma, the date is still the document's
    assert list(_dates.iter_event_dates(pat, "Theo Quyết định số 45/QĐ-UBND, ngày 20/02/2024 của UBND huyện.")) == []


def test_a_month_and_its_year_give_a_yearless_event_date_its_year() -> None:
    pat = _dates.patterns(load_vocabulary())
    assert _dates.infer_year(pat, "Tính đến tháng 9/2022, thu nhập bình quân đạt 62 triệu đồng.") == 2022
    assert _dates.infer_year(pat, "Tháng 9 vừa qua, thu nhập bình quân đạt 62 triệu đồng.") is None


@pytest.mark.parametrize(("text", "dated"), [
    ("Sáng 7/3, UBND xã tổ chức hội nghị", True),
    ("Ngày 26 tháng 8 năm 2021, Hội Nông dân xã", True),
    ("Trong 2 ngày 22 và 23/02, Trạm Y tế xã phối hợp", True),  # the days it ran
    ("Từ ngày 12 đến 14/7, Đoàn xã tổ chức", True),
    ("Từ năm 2019 đến nay, Hội Cựu chiến binh", False),  # a year, no day
    ("Trong những ngày qua, người dân", False),
    ("sáng 7/3, UBND xã", False),  # a sentence wrapped mid-way
])
def test_a_paragraph_opening_with_its_event_days(text: str, dated: bool) -> None:
    assert _dates.opens_with_date(text) is dated


@pytest.mark.parametrize(("line", "day"), [
    ("Tuesday, 06/11/2024 09:30", "2024-06-11"),  # 6 November 2024 was a Wednesday: an English template's US order
    ("Wednesday, 06/11/2024 09:30", "2024-11-06"),  # day-first falls on its weekday: it stays
    ("Thứ Ba, 06/11/2024", "2024-06-11"),  # a Vietnamese weekday says the order too (11 June was a Tuesday)
    ("T7, 10/05/2024 - 09:41", "2024-10-05"),  # Drupal's default medium format, m/d/Y, weekday translated
    ("Thứ Sáu, 10/05/2024", "2024-05-10"),  # day-first fits its weekday: it stays
    ("Thứ Hai, 06/11/2024", "2024-11-06"),  # neither reading is a Monday: day-first stays
    ("Tuesday, 13/11/2024", "2024-11-13"),  # no month 13: day-first, whatever its weekday
    ("06/11/2024 09:30", "2024-11-06"),  # no weekday: day-first
])
def test_a_printed_weekday_says_which_order_its_date_is_in(line: str, day: str) -> None:
    vocab = load_vocabulary()
    from wardnews import _label

    found = _label.meta_date(_dates.patterns(vocab), vocab, line)
    assert found is not None and found[0].iso()[:10] == day


def test_drupals_submitted_line_with_its_weekday() -> None:
    page = ("Xã An Lạc tổ chức hội nghị tổng kết công tác năm\nSubmitted by vanphong on Tue, 06/11/2024 - 09:30\n"
            "Sáng 10/6, UBND xã An Lạc tổ chức hội nghị tổng kết công tác cải cách hành chính, chuyển đổi số năm "
            "2023 và triển khai nhiệm vụ năm 2024 với sự tham dự của đại diện các ban, ngành, đoàn thể.\n")
    article = wardnews.parse(page)
    assert article.date is not None and article.date.value == "2024-06-11T09:30:00+07:00"


def test_a_dotted_number_running_on_past_a_year_first_date_is_no_date() -> None:
    assert _dates.header_date(PAT, "2022.11.05.3") is None  # a version or a section's number
    assert _dates.header_date(PAT, "Date: 2022.11.05") is not None
