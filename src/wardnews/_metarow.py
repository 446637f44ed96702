"""The page's meta line under its headline, for the label stage: its date (labelled, run on, between
bars, marks or icons, after the account or the category) and what its other fields are (the CMS
account, the writer's credit, a category, tags, a time zone, the views and other counters), so a
line of fields reads as the page's date line and gives up its counters and its byline."""
from __future__ import annotations

import functools
from dataclasses import replace
from itertools import islice

import regex

from . import _dates, _signature
from ._counters import (
    BARE_VALUE,
    font_tool_at,
    read_counters,
    site_total,
    without_rating_tail,
)
from ._fields import (
    BAR_MARK_CHARS,
    BAR_MARKS,
    COMMENT_TAIL,
    CREDIT_LABEL,
    DOT_LEADER,
    ENGLISH_FIRST,
    ENGLISH_BRACKETED,
    ENGLISH_HALF,
    HAS_DIGIT,
    NON_DIGIT,
    PLACEHOLDER,
    REST_CHARS,
    SPACE,
    accent_labels,
    category_names,
    date_label_keys,
    ends_sentence,
    labels_after_values,
    publish_label,
)
from ._lineshapes import MEDIA_ENDS, PLAYER_CLOCK_END, unit_at
from ._normalize import fold
from ._vocab import (
    ICON_EDGES,
    ICON_LEAD,
    SLASH_CAPITAL,
    Vocabulary,
    alternation,
    boilerplate_kind,
    first_chars,
    line_key,
    strip_accents,
)

_OPENING = "(" + SPACE  # before a bracketed time zone
_ZONE = r"(?:GMT|UTC)\s*+[+-]\s*+\d{1,2}(?::?00)?+|ICT(?![A-Za-z])"  # a time zone by its offset, or Vietnam's by its name
_ZONE_NOTE = r"(?:\s*+\([A-Za-z ]{2,40}\))?+"  # … and its name in words after it ("(Indochina Time)")
_TIMEZONE = regex.compile(rf"(?i)^\(?\s*+(?:{_ZONE}|GMT|UTC)\s*+\)?{_ZONE_NOTE}$")  # "(GMT+7)", "GMT+07:00", "GMT+0700
# (Indochina Time)", alone
_VIETNAM_OFFSET = regex.compile(r"\+0?7:?00")  # Vietnam's own: the time as it stands
_OTHER_OFFSET = regex.compile(r"(?i)^\s*+(?:([+-](?:0?\d|1[0-4]):?[0-5]\d)(?!\d)|\(?(?:UTC|GMT)\)?(?![\w+-]))")  # ("… 17:00:00
# +0000", or UTC named: "13 Jul 2013 02:14:51 UTC")
_PLACE_THEN_DAY = regex.compile(r"\p{Lu}[\p{L} .'-]{1,40}+,\s*+(?=ngày\s++\d)")  # "Yên Thành, " before "ngày 18 …"
_NAME_UNIT_THEN_DAY = regex.compile(r"[^()\d|:]{2,40}+\([^()\d]{2,60}+\)\s++[-–]\s++(?=\d)")
_FIRST_BAR = regex.compile(r"\s[·|•]\s")
_AGE_FIELD = 24  # characters: a relative date's field opening a meta row ("2 ngày trước · "), at most
_ZONED_CLOCK_BRACKET = regex.compile(r"(?i)^\s*+\(\s*+(?P<H>[01]?\d|2[0-3])[:h](?P<Mi>[0-5]\d)\s++(?:GMT|UTC)\s*+\+\s*+0?7(?::?00)?+\s*+\)")
_ZONE_FIRST = regex.compile(rf"(?i)^\s*+\(?\s*+(?:{_ZONE})\s*+\)?{_ZONE_NOTE}")  # "… 07:45 GMT+7 (đã xem 77)"
_DIGIT_WITHIN = 48  # the longest date label + weekday + "ngày" before a header date's first digit
# A text-size tool at the end of a meta line ("03/01/2024 08:05 164 lượt xem Cỡ chữ: Thu nhỏ |
# Mặc định | Phóng to"): cut before the line is read for its date and counters.
# … or its buttons, with the page's other tools after them ("… Lượt xem: 215 A- A+ In").
_SIZE_BUTTONS = regex.compile(r"\s+(?<!\p{L})(?:Aa?[-+–](?:\s+Aa?[-+–]?)+|\[[-+–]\]\s*+\[[-+–]\])(?P<after>\s+[^\d]{1,30})?$")  # (the page's
# other tools may follow them: "In", "In bài Bình luận", "In Nghe đọc"; "Aa- Aa Aa+" too; bare, in brackets: "[-] [+]")
# the text-size buttons between a meta line's fields ("A- A A+", or three sizes of the letter: "A A A")
_SIZE_BETWEEN = regex.compile(r"\s*+(?<!\p{L})A(?:[-+–](?:\s++A[-+–]?){1,3}+|(?:\s++A){2}+)(?=\s++\S)\s*+")
_TOOL_ENDS = "+-–]:"  # how a line closed by text-size buttons ends ("A- A A+", "Cỡ chữ: [+] [-]", "Cỡ chữ:")
# a slideshow's place: "Ảnh 2 / 6", or the number alone between its arrows ("◀ 1/9 ▶")
_LAST_FIGURE = regex.compile(r"\d(?=\D*$)")
_ROUNDED_COUNT = regex.compile(r"^[^\d:|]{1,24}:?\s*+\d{1,3}(?:[.,]\d)?\s*+[KkMm]$"  # "Đã xem: 1,2K": a count
                               r"|^\d{1,3}(?:[.,]\d)?[KkMm]\s++[^\W\d]++(?:\s[^\W\d]++){0,2}$")  # ("1,2K lượt xem")
# rounded to thousands, which the record cannot keep as the integer printed


def without_tools(text: str, vocab: Vocabulary) -> str:
    """A meta line without the page's tools glued after it: a text-size tool ("… Cỡ chữ: Thu nhỏ |
    Mặc định | Phóng to"), its buttons and a few more ("… A- A+ In"), or a share row after the
    last figure ("Lượt xem: 205 Chia sẻ", "Số lượt xem: 73 In tin Trở lại"), or a link back after
    the views."""
    if len(cut := without_rating_tail(text)) < len(text):
        text = cut  # a rating's stars closing the meta line ("… Lượt xem: 2.305 Đánh giá: ★★★★☆", its votes after
        # them: "… ★★★★☆ (4 phiếu bầu)")
    elif ("★" in text or "☆" in text) and (rating := _RATING_ON.search(text)) and HAS_DIGIT.search(text, 0, rating.start()):
        text = text[:rating.start()]  # … or the rating, its votes and the page's tools after the views ("Số lượt đọc:
        # 2310 Đánh giá bài viết: ★★★★★ (0 lượt đánh giá) [In bản tin] [Gửi email]")
    if text[-4:-3] == "." and text[-4:].lower() in MEDIA_ENDS and (at := text.rfind(" ")) >= 8:
        text = text[:at].rstrip(" |")  # a video player's source file named after the fields ("… - Lượt xem: 312
        # video_mythuantay_2211_final.mp4")
    if text[-1:].isdigit() and "/" in text[-12:] and (clock := PLAYER_CLOCK_END.search(text)) and "/" in clock.group() and (
            clock.start() >= 8):
        text = text[:clock.start()].rstrip(" |")  # a read-aloud player's clock after the fields, its button's words
        # skipped with the button ("09:12 | 27/02/2024 | 👁 418 00:00 / 03:41"), or its name before it (below)
    if len(text) > 200 or not (text[-1:].isalpha() or text[-1:] in _TOOL_ENDS):
        return text  # (a line ending so holds no tools: most lines)
    if (tools_at := font_tool_at(text, vocab)) is not None and (
            boilerplate_kind(vocab, text) is None):  # (the whole line the tool: "Điều chỉnh cỡ chữ: A- A+")
        text = text[:tools_at].rstrip()  # (and a tool before it: "👁 96 lượt xem Nghe đọc bài viết Cỡ chữ: …")
    if "+" in text and (tools := _SIZE_BUTTONS.search(text)) and tools.start() >= 8 and (
            not tools["after"] or len(tools["after"].split()) <= 4):
        text = text[:tools.start()].rstrip(" |")  # (other tools may stand before the buttons: "… 532 Nghe đọc A- A+",
        # a bar between: "Đọc bài  |  A+  A-  |  Tương phản")
    if "%" in text and (sizes := _SIZES_ROUND_ZOOM.search(text)):
        text = text[:sizes.start()]  # the buttons round the level, glued to the count perhaps ("Lượt xem: 452A-100%A+In",
        # Tandan SharePoint's tool row, its spans printed with no space between)
    if "%" in text and (zoom := _ZOOM_LEVEL.search(text)):
        text = text[:zoom.start()] + text[zoom.end():]  # the text-size tool's level between the count and the other
        # tools, its buttons icons the page drew ("Lượt xem: 1206 100% In bài")
    if len(text) <= 160 and (last := _LAST_FIGURE.search(text)) and (
            last.start() >= 4 or _after_label(text, last.end(), vocab)):  # (or the views first: "👁 96 lượt xem …")
        end = last.end()
        unit = text[end:].split(None, 2)[:2]
        if len(unit) == 2 and unit[1][:1].isupper() and fold(unit[0]) in vocab.counter_rest_ends:
            end = text.index(unit[0], end) + len(unit[0])  # the value's unit first ("Đã xem: 95 lần In trang …")
        elif (label := _after_label(text, end, vocab)):
            end = label  # the value's label after it ("… | 1.208 lượt đọc | ✉ Gửi tin | 🖨 Bản in")
        elif text.count("(", 0, end) > text.count(")", 0, end) and 0 < (close := text.find(")", end)) - end <= _UNIT_IN_BRACKETS:
            end = close + 1  # the count and its unit in brackets ("… 27/02/2025   (64 lượt xem)   [In trang]  [Gửi bạn bè]")
        tail = text[end:].strip(" |•·-–")
        kind = boilerplate_kind(vocab, tail) if len(tail) <= 60 else None
        if (kind == "share" or kind == "navigation" and read_counters(vocab, text[:end])) and (
                boilerplate_kind(vocab, text) is None):  # (the whole line a row of tools: "👍 Thích 0 | Chia sẻ")
            return text[:end]  # (a link back after the views, "Lượt xem: 301 Trở về trang trước")
    return text


_SIZES_ROUND_ZOOM = regex.compile(r"(?<=\d)\s*+A[-–]\s*+\d{2,3}\s*+%\s*+A\+(?:\s*+[^\d\s][^\d]{0,30}+)?$")
_ZOOM_LEVEL = regex.compile(r"(?<=\d)\s++\d{2,3}\s*+%(?=\s++\p{L}\D{0,40}+$|$)")
_RATING_ON = regex.compile(r"\s++(?:[^\W\d]++\s++){0,3}[^\W\d]++:\s*+[★☆](?: ?[★☆]){2,9}+")  # a labelled rating's stars
_UNIT_IN_BRACKETS = 24  # characters: a count's unit and the bracket closing it ("64 lượt xem)")
_WORDS_AFTER = regex.compile(r"\s++(\S++)(?:\s++(\S++))?(?:\s++(\S++))?")


def tool_row(field: str, vocab: Vocabulary) -> bool:
    """A row of the page's tools and nothing else, each in brackets or set apart by bars or wide
    gaps ("[Trở về]    [In trang]    [Gửi bạn bè]", "In bài | Gửi email"): print, email and share
    links, and a link back among them (navigation.txt "@back")."""
    field = field.strip(" |•·-–—,")
    if not field or len(field) > _TOOL_ROW or HAS_DIGIT.search(field):
        return False
    items = [x.strip(" []") for x in _TOOL_SPLIT.split(field)]
    kinds = [line_key(x) in vocab.back_links or boilerplate_kind(vocab, x) for x in items if x]
    return "share" in kinds and all(k is True or k == "share" for k in kinds)


_TOOL_ROW = 100  # characters: a row of a page's tools, at most
_TOOL_SPLIT = regex.compile(r"\]\s*+\[|\s*+[|•·]\s*+|\s{3,}+")  # between its tools


def _after_label(text: str, end: int, vocab: Vocabulary) -> int | None:
    """Where a counter's label printed after its value ends (up to three words from ``end``), if
    one does: "1.208 lượt đọc", "95 lần xem"."""
    words = _WORDS_AFTER.match(text, end)
    if words is None:
        return None
    for n in (3, 2, 1):
        if words[n] and fold(text[words.start(1):words.end(n)]) in vocab.counter_after_keys:
            return words.end(n)
    return None


_NAME_THEN_CLOCK = regex.compile(r"(?<=\p{L}) (?=\d{1,2}:\d\d(?!\d))")
_NAME_THEN_TIME_DAY = regex.compile(r"^(?P<name>[^\d|:]{3,40}?)\s++(?=\d{1,2}:\d\d\s*+[-–|]\s*+\d{1,2}/\d{1,2}/\d{4}\s*+$)")
_LINK_NUMBER = regex.compile(r"\[\d{1,4}\](?=\S)")  # lynx's and elinks' numbers before each link
_TIME_DASH = regex.compile(r"(?<=\d[:hg]\d\d) — (?=(?i:ngày)\s|\d)")
_DATE_GROUP = 40  # characters: a date's fields in brackets opening a meta line ("[Thứ 5 | 17-08-2023 | 15:02]")


@functools.lru_cache(maxsize=8)
def date_labels(vocab: Vocabulary) -> regex.Pattern[str]:
    """Date labels anywhere in a line ("… Ngày đăng tin: 12/08/2023"), longest first."""
    return alternation(vocab.date_labels, prefix=r"(?i)" + first_chars(vocab.date_labels) + r"(?<!\w)",
                       suffix=r"(?!\w)", any_spaces=True)


def _bar_positions(text: str, bar: str = " | ") -> list[int]:
    """Where the first three " | " separators (or ``bar``) of a line stand."""
    found: list[int] = []
    at = text.find(bar)
    while at >= 0 and len(found) < 3:
        found.append(at)
        at = text.find(bar, at + 3)
    return found


_BRACKET_NOTE = regex.compile(r"^\s*+\([^()\d]{1,60}+\)")
_OTHER_DASHES = str.maketrans("‒―", "––")
_DB_TIMESTAMP = regex.compile(r"(?<![\w-])(?P<d>\d{2})-(?P<mon>(?i:JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEP|OCT|NOV|DEC))-(?P<yy>\d{2})"
                              r"(?:\s(?P<h>\d{2})\.(?P<mi>\d{2})\.(?P<s>\d{2})(?:\.\d{1,9})?(?:\s?(?P<ap>AM|PM))?)?(?![\w-])")
# (ColdFusion's "25-Mar-20 09:05 AM" too: the month in any case; Oracle's 24-hour "12-MAY-25 08.10.00")
TEMPLATE_VALUE = regex.compile(r"\{\{[^{}\n]{1,80}+\}\}|\{%[^{}\n]{1,80}+%\}|\[\[[\w.]{1,40}+\]\]")  # (and "[[news_date]]")
_WIDE_GAP = regex.compile(r"\S\K\s{3,}+(?=\S)")  # fields of a meta line set apart by spaces, not bars
_META_FIELD = regex.compile(r"^[^\d:|]{2,40}:\s*[^:|]{1,60}?(?<!\()\s*[|•·]?\s*$")  # (not a headline opening a bracket)
_DAY_AFTER_TRAIL = regex.compile(r"[»›]\s[^\d»›|:]{2,40}?\s(?P<day>\d{1,2}/\d{1,2}/\d{4}(?:\s+\d{1,2}:\d\d)?)$")  # a trail's
# last step, then the post's day and time closing the line
_TRAIL_FIELD = regex.compile(r"^\s*+[»›>]?[^\d:|»›>]{1,40}+(?:[»›>][^\d:|»›>]{1,40}+){1,4}+\|\s*$")  # "Tin tức » Chính quyền | ",
# "» Tin tức » Hoạt động xã | " (a mark before the trail's first item too)


def _sentence_fields(text: str, vocab: Vocabulary) -> str | None:
    """A meta row whose fields are short sentences, who posted it and where among them, a date's label too: the
    fields between bars; or None."""
    parts = [part.strip() for part in text.rstrip(". ").split(". ")]
    if not 3 <= len(parts) <= _SENTENCE_FIELDS or any(len(part) > _SENTENCE_FIELD for part in parts):
        return None
    if not any(_signature.uploader_label(part, vocab) or _posted_in(part, vocab) is not None for part in parts) or not any(
            date_labels(vocab).match(part) for part in parts):
        return None
    return " | ".join(parts)


_SENTENCE_ROW = 200  # characters: a meta row of short sentences, at most
_SENTENCE_FIELDS = 6  # … its fields, at most
_SENTENCE_FIELD = 60  # characters: … each, at most


def meta_date(pat: _dates.DatePatterns, vocab: Vocabulary, text: str) -> tuple[_dates.DateMatch, list] | None:
    """The page's own date line: "Ngày đăng 08/02/2020 | 10:37 | View count: 226", "Thứ Sáu, 18/07/2025",
    or a meta line with other fields before it ("Người đăng tin: X Ngày đăng tin: 12/08/2023 10:30:00").

    Returns the date and any counters printed on the same line.
    """
    return date_line_readings(pat, vocab, text)[0]


def _made_after_update(pat: _dates.DatePatterns, vocab: Vocabulary, text: str) -> tuple[_dates.DateMatch, list] | None:
    """The post's own date after its last edit's on one line, the edit's first ("Cập nhật: 05/01/2026 15:02 |
    Ngày tạo: 29/12/2025 08:40 | Lượt xem: 1.027"): read from the later field, which a date label that is no
    edit's opens; or None."""
    at = text.find(" | ")
    while at > 0:
        rest = text[at + 3:]
        opening = fold(rest[:_LABEL_HEAD])
        if opening.startswith(pat.meta_labels) and not opening.startswith(pat.yielding_labels + pat.updated_labels):
            read = date_line_readings(pat, vocab, rest)[0]
            if read is None:
                return None
            shift = at + 3
            return replace(read[0], start=read[0].start + shift, end=read[0].end + shift), read[1]
        at = text.find(" | ", at + 3)
    return None


_LABEL_HEAD = 24  # characters of a field where its date label stands


_CATEGORY_AFTER_TIME = 6  # words of a category's name after the post's time and a bar, at most
_SLASH_BETWEEN_FIELDS = regex.compile(r"(?<=[^\s/])/ (?=[^\s\d/])|(?<=\d) / (?=\p{Lu}[^\d/]{2,60}$)")  # (or spaced after
# the time, the category last: "… - 10:05 / Hoạt động Đảng - Đoàn thể"; not a bilingual label's "Views / Lượt xem")


def date_line_readings(
    pat: _dates.DatePatterns, vocab: Vocabulary, text: str
) -> tuple[tuple[_dates.DateMatch, list] | None, tuple[_dates.DateMatch, str] | None]:
    """:func:`meta_date`, and the whole line read as a date line (``header_date``), which the
    labeller also needs and which is read here anyway."""
    if not _dates.may_hold_date(text) and not ("-" in text and _DB_TIMESTAMP.search(text)):
        return None, None
    if "/ " in text and _SLASH_BETWEEN_FIELDS.search(text):
        text = _SLASH_BETWEEN_FIELDS.sub(" | ", text)  # fields with a slash after each, their elements' own ("Tin phường,
        # xã/ Thứ Hai, 14/11/2022 - 15:05/ Lượt xem: 128", a Drupal theme's): a date's slashes have no space after them
    if " | " in text and fold(text[:_LABEL_HEAD]).startswith(pat.yielding_labels + pat.updated_labels) and (
            made := _made_after_update(pat, vocab, text)) is not None:
        return made, None
    if text[:1] in "MTWFS" and (weekday := _EN_SHORT_WEEKDAY.match(text)):
        inner = date_line_readings(pat, vocab, text[weekday.end():])  # an English weekday cut to three letters
        if inner[0] is None:  # before the date ("Fri, 02/08/2024 - 21:40 GMT+7"): it says which order the date
            return None, inner[1]  # is in, day first or month first
        found = _dates.weekday_order(inner[0][0], weekday.group(), pat)
        shift = weekday.end()
        if found.start == 0:  # (the weekday kept with the date it opens: "Fri, 02/08/2024 - 21:40")
            found = replace(found, text=text[:shift] + found.text, end=found.end + shift)
        else:
            found = replace(found, start=found.start + shift, end=found.end + shift)
        return (found, inner[0][1]), inner[1]
    if (text[:1].isdigit() or text[:1] in pat.time_field_initials) and (clock := pat.clock_then_day_field.match(text)):
        text = f"{clock['clock']} - {text[clock.end():]}"  # the time's field, then the day's, each labelled ("Lúc: 09:05 -
        # Ngày: 30/09/2024 - Lượt đọc: 233"): the time before the day, as a date line prints them
    if text[:1] in "GU" and (zone := _ZONE_FIELD_FIRST.match(text)):
        inner = date_line_readings(pat, vocab, text[zone.end():])  # the clock's zone printed first, a field of its
        if inner[0] is None:  # own ("GMT+7 | 14:20 | Thứ năm, 05/12/2024"): the date line after it
            return None, None
        found = inner[0][0]
        return (replace(found, start=found.start + zone.end(), end=found.end + zone.end()), inner[0][1]), None
    if ("{" in text or "[#" in text) and " | " in text:
        text = _UNFILLED_FIELD.sub("", text)  # fields whose value a template left unfilled ("Đăng ngày: 13/03/2024 |
        # Tác giả: {{ post.author_name }} | {{ post.view_count }} lượt xem"): the date's field stays
    if text[:1] in "TtĐđNn" and (answer := vocab.answer_opening.match(text)):
        text = text[answer.end():]  # a Q&A answer's label, its date in brackets after it: "Trả lời: (Ngày trả lời: …)"
    if text[-1:] == ")" and (bracket := text.rfind(" (")) > 0 and (
            pat.ago_labelled.match(text[bracket + 2:]) or pat.ago.match(text[bracket + 2:-1].strip())):
        text = text[:bracket]  # an update's age in brackets closing the line ("… 👁 538 (cập nhật 3 ngày trước)"), or
        # the post's, after its day ("Đăng lúc 09:14 02/12/2024 (2 tuần trước)")
    elif text[-1:] == ")" and (bracket := text.rfind(" (")) > 0 and HAS_DIGIT.search(text, bracket) and pat.ago.match(
            (age := text[:bracket].rpartition(": ")[2].strip())):
        text = f"{text[:bracket - len(age)].rstrip()} {text[bracket + 2:-1]}"  # the post's age, its day in brackets
        # after it ("Đăng: 2 tuần trước (11/11/2024 - 08:05)"): the day read in the age's place
    if text[:1].isdigit() and (bar := _FIRST_BAR.search(text, 0, _AGE_FIELD)) and pat.ago.match(text[:bar.start()].strip()):
        text = text[bar.end():]  # the post's age first, then its time and day ("2 ngày trước · 09:18 | 03/06/2024")
    if text.count(". ") >= 2 and len(text) <= _SENTENCE_ROW and (fields := _sentence_fields(text, vocab)) is not None:
        text = fields  # the fields as short sentences ("Viết bởi Super User. Đăng ngày 12 Tháng 6 2024. Đăng trong Tin
        # hoạt động. Lượt xem: 318", Warp 7's): between bars
    chips = text[:1] == "["  # (fields in brackets: "[Văn hóa - Xã hội] [25/02/2024 - 15:47] [356 view]")
    printed, text = text, plain_fields(text, pat, vocab)
    if "··" in text:
        text = text.replace("··", " ·")  # fields between double middle dots ("Tin: X ·· 03.10.2023 ·· …"), as between one
    if not _may_end_date_line(text, vocab):
        return None, None
    starts, labelled = _date_starts(text, pat, vocab)
    whole = None
    for start in sorted(set(starts)):  # (leftmost first: the first of two labelled dates is the post's)
        if start and text[start:start + 1].islower() and (label := date_labels(vocab).match(text, start)) and (
                inner := next((k for k in range(start + 2, min(label.end(), start + _LABEL_OVERLAP))
                               if text[k - 1] == " " and text[k].isupper() and date_labels(vocab).match(text, k)), None)):
            start = inner  # a label's start inside another's, a word of the field before it taken in ("Đọc 276 lần Sửa
            # lần cuối vào …": "Lần sửa" over "Sửa lần cuối vào"): the capitalised one
        lone_bar = (bar := text[start - 3:start]) in _CATEGORY_BARS and text.count(bar[1], 0, start) == 1
        if start and start not in labelled and not _META_FIELD.match(text[:start]) and not _TRAIL_FIELD.match(text[:start]) and not (
                text[start - 3:start] == " | " and _labelled_fields(text[:start - 3])) and not (
                text[start - 1:start] == "|" and fields_only(text[:start - 1].split("|"), _META_FIELD)) and not (
                lone_bar and (
                    category_names(text[:start - 3]) or fold(text[:start - 3].strip()) in weekday_keys(vocab)
                    or _posted_in(text[:start - 3], vocab) is not None
                    or _section_name(text[:start - 3].strip()) or _levels_section(text[:start - 3], vocab))) and not (
                text[start - 3:start] == " | " and 2 <= text.count("|", 0, start) <= _TRAIL_STEPS and not HAS_DIGIT.search(text, 0, start)
                and " | " in text[start:]  # (fields after the date too: a table's row ends with its date)
                and all(category_names(step.strip()) for step in text[:start - 3].split(" | "))) and (
                not uploader_field(text[:start].rstrip(" |").rsplit("|", 1)[-1].strip(" •·-–—,"), vocab)) and not (
                "|" not in (field := text[:start].strip(" |•·-–—,")) and (
                    credited_names(field, vocab) or chips and category_names(field) or unit_byline(field, vocab)
                    or len(field) <= _PHOTO_CREDIT and vocab.photo_credit_line.match(field)  # ("Ảnh: Hoàng Vũ 07.03.2025 …")
                    or field[:1] > "\u2190" and _desk_after_icon(field, vocab)
                    or lone_bar and (
                        _signature.login_name(field) or account_line(field, vocab) or _TIME_FIELD.match(field)))) and not (
                HAS_DIGIT.search(text, 0, start) and date_labels(vocab).match(text, start)
                and read_counters(vocab, text[:start].strip(" |•·-–—"))) and not (  # (the views, then a labelled date
                # run on: "Đọc 532 lần Chỉnh sửa lần cuối vào Thứ hai, 22 Tháng 4 2024 10:12", K2's footer spans)
                (text[:1] == "[" or text[start - 3:start] in ("   ", " | ")) and tool_row(text[:start], vocab)):  # (the
            # page's tools first: "[Trở về]    [In trang]    [Gửi bạn bè]        Cập nhật ngày: …")
            continue  # (an uploader before the label: "bởi Quản trị viên — xuất bản 08/03/2024 07:45, …";
            # the writer after a pen: "✎ Bảo Ngọc ◊ Đăng lúc: …")
        if not HAS_DIGIT.search(text, start, start + _DIGIT_WITHIN):
            continue  # label, weekday and "ngày" come first, then the date: a digit soon
        hit = _dates.header_date(pat, text[start:])
        if hit is None and not start and _SHORT_YEAR_FIELDS.match(text):
            hit = short_year_date(pat, text)  # a two-digit year opening a row of fields ("09/02/21 · 318 xem · …")
        if hit is None and (start in labelled or not start and (" | " in text or " · " in text)):
            at = luc.end() if start and (luc := _AT_WORD.match(text, start)) else start  # ("Đăng lúc 07:05 — …")
            if text[at:at + 3].strip()[:1].isdigit() and (hit := _dates.labelled_time_then_day(pat, text[at:])):
                start = at  # "Đưa lên lúc: 16:05 ngày 11/03/2024 · …"
        if start and hit and hit[0].year is not None:  # (its weekday before the label or bar: "on Tue, 06/11/2024")
            hit = (_dates.weekday_order(hit[0], text[:start + hit[0].start], pat), hit[1])
        if not start:
            whole = hit
        if not hit or not hit[0].iso():
            continue
        if (read := _date_fields(text, start, hit, pat, vocab)) is not None:
            if start and text[:1].isdecimal() and (first := read_counters(vocab, text[:start].strip(" |·•—"))):
                read = (read[0], first + read[1])  # (the counters before the date)
            elif start and " | " in text[:start] and (first := [c for field in text[:start].split(" | ")
                                                               if HAS_DIGIT.search(field)
                                                               for c in read_counters(vocab, field.strip(" |")) or ()]):
                read = (read[0], first + read[1])  # (or in their fields: "Category: … | Views: 342 | … | Date: …")
            if " | " in text and not fold(text[start:start + 24]).startswith(pat.published_labels) and (
                    published := _published_later(text, start + hit[0].end, pat, vocab)):
                return (published, read[1]), whole  # the date made, then the date published, each labelled
                # ("Tạo lúc: 05/05/2023 15:40 | Người tạo: … | Xuất bản: 08/05/2023 07:00 | …")
            date = read[0]
            if text is not printed and date.end:  # (the date's words as the page prints them, not as rewritten)
                first = start + date.start + len(text[start + date.start:]) - len(text[start + date.start:].lstrip())
                last = start + date.end
                if "-" in printed and (raw := _DB_TIMESTAMP.search(printed, first)) and raw.start() < last:
                    last = max(last, raw.end())  # (the raw timestamp whole, as printed, not its rewritten length)
                if printed[last:last + 1] == ")" and printed.count("(", first, last) > printed.count(")", first, last):
                    last += 1  # (the bracket round the day a relative date names: "… 2 tuần trước (19/07/2023)")
                date = replace(date, text=printed[first:last].strip(" —–|»"))  # (from where the rewritten
                # line's date begins: a relative date blanked before it, "Cách đây 3 ngày (17/06/2024)")
            if date.text[:1] > "\u2190" and (icons := ICON_LEAD.match(date.text)):
                date = replace(date, text=date.text[icons.end():])  # (the date, not the calendar's icon before it)
            if date.text[:1] in "[(" and not any(c in date.text for c in ")]"):
                date = replace(date, text=date.text.lstrip("[( "))  # (its bracket closes after its time, beyond it)
            return (date, read[1]), whole
    return None, whole


_ZONE_FIELD_FIRST = regex.compile(r"^(?:GMT|UTC)\s*+[+\-]\s*+\d{1,2}(?::?\d\d)?\s*+[|•·]\s*+")  # "GMT+7 | " opening a meta line
_EN_SHORT_WEEKDAY = regex.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),\s*+(?=\d{1,2}[/.\-]\d)")  # (a date in numbers after it)
_SPACED_SLASH = regex.compile(r"\d\s/\s\d")  # a date spaced round its slashes ("06 / 09 / 2024"): no fields' slashes
_UNFILLED_FIELD = regex.compile(r"\s*+\| [^|{}\[]{0,30}+(?:\{\{?[^{}|]{1,60}+\}\}?|\[#\w{1,30}+#\])[^|{}]{0,30}?(?=\s*+\| |\s*+$)")
_AT_WORD = regex.compile(r"\s*+(?:vào\s++)?lúc\b\s*+:?")  # "at" between a date's label and its time
_CATEGORY_BARS = (" | ", " · ", " • ")  # between the post's category and its date ("An ninh trật tự · Cập nhật …")
_LOGIN_THEN_DAY = regex.compile(r"^(?:Đăng bởi|đăng bởi|Bởi|bởi|Posted by|posted by|By|by)\s++(?P<login>[^\s,]{3,30}+)(?:\s*+,\s*+|\s++)(?=\d)")  # ("Bởi bientap_xa , 14 …": a comma too)
_FULL_DAY = regex.compile(r"\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d(?!\d)")  # a day with its month and full year
_FULL_DAY_GLUED = regex.compile(r"(?<=\p{Ll})\d{1,2}[/.\-]\d{1,2}[/.\-](?:19|20)\d\d(?!\d)")  # … run into a word
GLUED_META = 80  # characters: a category's name run into its date line, the whole line at most
_CATEGORY_GLUED = 45  # … where the weekday may start, at most
_CATEGORY_WORDS = 6  # … and the category's words before it (a headline says more)
# a day, a month and a two-digit year opening a row of fields between middle dots or bars
_SHORT_YEAR_FIELDS = regex.compile(r"^\d{1,2}/\d{1,2}/\d\d(?=\s++[·|•\-–]\s|\s++\d[\d.,]*+\s++\p{L})")  # (or the views
# right after it, Liferay's "16/11/23 1.204 Lượt xem": what follows must read as the row's fields)


def _posted_in(field: str, vocab: Vocabulary) -> regex.Match[str] | None:
    """The post's category after its word for "in" ("Trong Tin tức - Sự kiện", "in Tin phường"), other.txt
    "@posted_in": the match, its end where the fields after it start; or None."""
    posted = vocab.posted_in.match(field)
    return posted if posted is not None and category_names(posted["category"]) else None


def _section_name(field: str) -> bool:
    """A section's name before the date after a lone bar, longer than a category's name ("Xây dựng nông
    thôn mới | 10:35 - 18/04/2024"): one name, capitalised, a few words, no digit, no sentence."""
    return "," not in field and category_names(field, words=_CATEGORY_WORDS)


def _levels_section(field: str, vocab: Vocabulary) -> bool:
    """A section named by the local levels it covers ("Xã, thị trấn", "Phường, xã, thị trấn"), roles.txt "@place"."""
    levels = [level.strip().lower() + " " for level in field.split(",")]
    return len(levels) >= 2 and all(level in vocab.role_place for level in levels)


def short_year_date(pat: _dates.DatePatterns, text: str) -> tuple[_dates.DateMatch, str] | None:
    """The date of a row of fields that opens with a two-digit year, which the readers take only after
    a label: read as if labelled, the label's words left out of what was matched."""
    hit = _dates.header_date(pat, f"Ngày {text}")
    if hit is None or hit[0].start != 0 or hit[0].end < 5:
        return None
    date = hit[0]
    return replace(date, text=date.text[5:], start=0, end=date.end - 5), hit[1]


def _desk_after_icon(field: str, vocab: Vocabulary) -> bool:
    """A pen's or a person's icon, then the desk or the account that posted it ("✎ Ban Biên tập")."""
    bare = ICON_EDGES.sub("", field)
    return bool(bare) and (fold(bare) in vocab.desk_signatures or account_line(bare, vocab))


def _published_later(text: str, at: int, pat: _dates.DatePatterns, vocab: Vocabulary) -> _dates.DateMatch | None:
    """A field after ``at``, past a bar, that is a date under a publishing label ("| Xuất bản: 08/05/2023")."""
    for bar in _bar_positions(text):
        if bar >= at and fold(text[bar + 3:bar + 27]).startswith(pat.published_labels) and (
                hit := _dates.header_date(pat, text[bar + 3:])) and hit[0].iso():
            return replace(hit[0], text=hit[0].text, start=bar + 3 + hit[0].start, end=bar + 3 + hit[0].end)
    return None


def name_dash_unit(field: str, vocab: Vocabulary) -> bool:
    """A writer's name, an em dash, their unit ("Hoàng Yến — Đài Truyền thanh thị trấn"): a byline field."""
    name, _, unit = field.partition(" — ")
    return bool(unit) and _signature.names_like(name.strip(), vocab) and _signature.role_like(unit.strip(), vocab)


def unit_byline(field: str, vocab: Vocabulary) -> bool:
    """A writer's name and unit in brackets ("Ý Nhi (Đài Truyền thanh xã)"): a byline field before the date."""
    m = _signature.PARENS.match(field) if field[-1:] in ")]" and len(field) <= 80 else None
    return m is not None and _signature.names_like(m["head"], vocab) and _signature.role_like(m["inner"], vocab)


def _labelled_fields(text: str) -> bool:
    """Fields between bars, each a label and its value ("Chuyên mục: Kinh tế | Đăng bởi: btv_tanphuoc"):
    a meta line's, the date after them."""
    return fields_only(text.split(" | "), _META_FIELD)


def fields_only(fields: list[str], field: regex.Pattern[str]) -> bool:
    """Two or more fields, each of them ``field``'s shape (a label, a colon, a value)."""
    return len(fields) >= 2 and all(field.match(f.strip()) for f in fields)


_LEADING_COUNT = 32  # characters: a count and its label opening a meta line, before its date
_POSTED_WHEN = regex.compile(r"\s(?:vào|lúc|on)\s++(?:(?:lúc|ngày)\s++)?(?=\S)|\s(?=ngày\s)")  # (the date's start)
_UPLOADER_FIELD = 60  # characters: an uploader's label and login
_UNIT_WORDS = 8  # words: a unit's name that posted the page ("Hội Nông dân huyện Mường Tân")
_TRAIL_STEPS = 3  # a trail's steps before the date ("Tin tức :: Hoạt động UBND :: 27/02/2025 :: …"), at most
_TIME_FIELD = regex.compile(r"^\p{Lu}\p{Ll}{1,5}:\s*+\d{1,2}[:hg]\d\d$")  # the time's own field first ("Giờ: 08:42 | Ngày: …")
_DAY_AFTER_NAME = regex.compile(r"(?<=\s)\d{1,2}(?=\s*+[/.\-]\s*+\d|\s++(?i:thg|tháng)\s)")  # ("… 14 Tháng Tám 2024", "… 14/08")


def _date_starts(text: str, pat: _dates.DatePatterns, vocab: Vocabulary) -> tuple[list[int], list[int]]:
    """Where a meta line's date may start: its opening, after a date label, a bar or a wide gap,
    after the site's own label ("Lên trang: …"), after the writers' names; and which of these
    follow a label of the site's own words."""
    starts = [0]
    labelled: list[int] = []  # where the date starts after a label of the site's own words ("Lên trang: …")
    fields: list[int] = []  # where a field starts after a bar or a wide gap
    if ":" in text[:12] and (credit := vocab.credit_label.match(fold(text[:24]))) and text[credit.end():][:1].isdigit() \
            and len(fold(text[:24])) == len(text[:24]):
        labelled.append(credit.end())  # a credit's label over a date, not a name: "Tin: 06/05/2024 — Đọc: 512"
        starts.append(credit.end())
    if text[:1].isdecimal() and (bar := next((b for b in (" · ", " | ", " • ", " — ") if b in text[:_LEADING_COUNT]), None)):
        at = text.index(bar) + 3  # the views first, then the date: "1.532 lượt đọc · 12:40 20/11/2023 · …"
        if read_counters(vocab, text[:at - 3]):
            labelled.append(at)
            starts.append(at)
    if text[:1] in "BbSsKk" and (issue := pat.issue_opening.match(text)):
        at = issue.end()  # a bulletin's issue, then its date ("Bản tin số 38 — phát hành 15/03/2024")
        own = publish_label(vocab).match(text[at:at + _DIGIT_WITHIN])
        at += own.end() if own else 0
        labelled.append(at)
        starts.append(at)
    if not text[:1].isdecimal() and ":" in text:  # a field before the label ends in a colon
        starts += [m.start() for m in date_labels(vocab).finditer(text) if m.start() > 0]
    if (not text[:1].isdecimal() and len(text) <= GLUED_META
            and ((day := pat.date_opening.search(text, 3, _CATEGORY_GLUED)) is not None
                 or (day := _FULL_DAY_GLUED.search(text, 3, _CATEGORY_GLUED)) is not None) and ":" not in text[:day.start()]
            and (text[day.start()].isupper() or _FULL_DAY.match(text, day.start())  # (or its full day after a
                 and category_names(text[:day.start()].strip(" -–|")))  # category's names: "Tin tức - Sự kiện08/05/2023 |
            # 14h27'", run on with no space, or after one; not "Submitted by admin on Tue, 10/25/2022 - 09:15")
            and 1 <= len(text[:day.start()].split()) <= _CATEGORY_WORDS and not HAS_DIGIT.search(text, 0, day.start())
            and text[:1].isupper() and not ends_sentence(text[:day.start()].strip())):
        starts.append(day.start())  # the post's category run into its weekday and date ("Phổ biến, giáo dục pháp
        labelled.append(day.start())  # luật Thứ Năm, 15/08/2024 - 16:20", a template's spans joined)
    posted_by = ":" in text[:16] and fold(text[:24]).startswith(vocab.uploader_labels)
    label_end = (credit.end() if ":" in text[:16] and (credit := vocab.credit_label.match(fold(text[:24])))
                 else text.index(":") + 1 if ":" in text[:16] and (posted_by or vocab.photo_credit_line.match(text[:24]))
                 else None)
    if (label_end is None and text[:1] in "BbVvĐđGg" and ":" not in text[:_UPLOADER_FIELD]
            and len(head := fold(text[:24])) == len(text[:24])):
        label_end = max((len(label) for label in vocab.uploader_labels if head.startswith(label + " ")), default=None)
        posted_by = label_end is not None  # (who posted it, no colon: "viết bởi Ban biên tập 13/05/2024 0 bình luận")
    if (label_end is not None  # (a writer's credit, the photographer's or the poster's: "Ảnh: Hoàng Vũ 07.03.2025 - 10:02 …")
            and (day := _DAY_AFTER_NAME.search(text, label_end + 2, label_end + _UPLOADER_FIELD)) is not None
            and day.start() not in starts and text[day.start() - 1:day.start()] == " "
            and 1 <= len(who := text[label_end:day.start()].strip(" :").split()) <= _UNIT_WORDS
            and not HAS_DIGIT.search(text, label_end, day.start())
            and (len(who) <= BYLINE_WORDS and (account_line(" ".join(who), vocab) or _signature.names_like(" ".join(who), vocab))
                 or posted_by and _signature.role_like(" ".join(who), vocab))):
        starts.append(day.start())  # the writer's credit, then the date with no mark ("Tác giả: SuperUser Account
        labelled.append(day.start())  # 14 Tháng Tám 2024 Lượt xem: 1.087", a module's spans joined), or the unit
        # that posted it ("Đăng bởi: Hội Nông dân huyện Mường Tân 22 Tháng 04, 2024", a Haravan blog's)
    if text[:1].isupper() and (signed := _NAME_UNIT_THEN_DAY.match(text)) and (
            by := _signature.parse_signature([text[:signed.end()].rstrip(" -–")], vocab)) is not None and by.role:
        starts.append(signed.end())  # the writer and their unit in brackets, a dash, then the date ("Lò Văn Thiện
        labelled.append(signed.end())  # (Đài Truyền thanh xã) - 25/09/2024 10:15")
    if text[:1] in "BbĐđP" and (login := _LOGIN_THEN_DAY.match(text)) and _signature.login_name(login["login"]):
        starts.append(login.end())  # who posted it, a login, then the date with no mark ("Bởi bientap01 14 Tháng
        labelled.append(login.end())  # Mười, 2023 358 lượt xem", a theme's spans joined)
    if text[-1:].isdigit() and (" » " in text or " › " in text) and (crumb := _DAY_AFTER_TRAIL.search(text)):
        starts.append(crumb.start("day"))  # the post's day closing its trail, after the last step's words ("Trang chủ »
        labelled.append(crumb.start("day"))  # Tin tức - Sự kiện » Văn hóa - Xã hội 21/11/2024 10:02")
    if " [" in text and (bracket := text.find(" [")) > 0 and text[bracket + 2:bracket + 3].isdigit() and (
            0 < text.find("]", bracket) < len(text.rstrip()) - 1):
        starts.append(bracket + 1)  # a date in brackets between fields, spans run together ("Người viết: Lò Thị Hoa
        # [17-04-2024 08:12] Lượt đọc 57"; not a listed item's date closing its line: "• … [15/12/2023]")
    if not text[:1].isdecimal() and " | " in text:  # or a field, then a bar, then the date: "Tác giả: Mỹ
        fields = [at + 3 for at in _bar_positions(text)]  # Duyên | Thứ Hai, ngày 5 …", "Tin tức » Chính quyền | 22.08.2023"
        starts += [at for at in fields if at not in starts]
        for at in fields:
            if (dateline := _PLACE_THEN_DAY.match(text, at)) is not None:
                starts.append(dateline.end())  # … or a dateline's place before it, a letter's ("Nguồn: UBND xã Bảo
                labelled.append(dateline.end())  # Thành | Yên Thành, ngày 18 tháng 11 năm 2008")
    if not text[:1].isdecimal() and (bar := " — " if " — " in text else " · " if " · " in text
                                     else " • " if " • " in text else "") and (
            ":" in text and " | " not in text
            or not HAS_DIGIT.search(text, 0, text.find(bar)) and uploader_field(text[:text.find(bar)], vocab)):
        fields = [at + 3 for at in _bar_positions(text, bar)]  # or an em dash or a middle dot after a field's value
        starts += [at for at in fields if at not in starts]  # ("Chuyên mục: An ninh — 09:05 sáng …", "Tác giả: X · 21.07.2024",
        # "Đăng bởi: vanthu.ubnd • 11:05 AM, 19/12/2022 • 👁 1920", "bởi Trang TTĐT xã • 19/03/2023 ~ 2:15 chiều • …")
    if (not text[:1].isdecimal() and " — " in text and (dot := " · " if " · " in text else " • " if " • " in text else "")
            and 0 < text.find(" — ") < (at := text.find(dot)) and text[at + 3:at + 4].isdigit()
            and not HAS_DIGIT.search(text, 0, at) and at + 3 not in starts and name_dash_unit(text[:at], vocab)):
        starts.append(at + 3)  # the writer and their unit parted by an em dash, then a middle dot and the date
        labelled.append(at + 3)  # ("Hoàng Yến — Đài Truyền thanh thị trấn · 15/01/2024 09:12 · 532 lần đọc")
    if (not text[:1].isdecimal() and (first := min((at for b in (" — ", " · ", " • ") if (at := text.find(b)) > 0),
                                                   default=-1)) > 0
            and first + 3 not in starts and not HAS_DIGIT.search(text, 0, first) and (
                category_names(text[:first].strip()) or _posted_in(text[:first], vocab) is not None)):
        starts.append(first + 3)  # the post's category, then a mark, then the date ("Kinh tế  •  22.06.2022 · 08:10 • …";
        # "in Tin phường • Published 22/10/2024 • 1,062 views", a theme left in English)
    if not text[:1].isdecimal() and ("ngày " in text or "vào " in text or "lúc " in text or " on " in text) and (
            fold(text[:24]).startswith(vocab.uploader_labels)) and (
            when := _POSTED_WHEN.search(text, 0, _UPLOADER_FIELD)):
        starts.append(when.end())  # who posted it, then when: "Đăng bởi bbt.xa ngày 02/08/2024 · sửa lần
        # cuối …", "Đăng bởi quantrixa vào Tháng Bảy 08 2024 15:22:10 · 0 Bình luận · 245 Lượt đọc"
    elif not text[:1].isdecimal() and 0 < (by := text.find(" bởi ", 0, _UPLOADER_FIELD)) and (
            opening := text.rfind(" ", 0, by) + 1) > 0 and fold(text[opening:opening + 24]).startswith(
            vocab.uploader_labels) and category_names(text[:opening].strip()) and (
            when := _POSTED_WHEN.search(text, opening, opening + _UPLOADER_FIELD)):
        labelled.append(when.end())  # (the post's category first, its spans run together: "Giáo dục - Đào
        starts.append(when.end())  # tạo Gửi bởi bientap01 vào T5, 18/04/2024 - 10:02 👁 312 lượt đọc")
    if not text[:1].isdecimal() and ":" in text[:24] and " - " in text and not fields:
        at = text.find(" - ")  # a writer's credit, a hyphen, then the date ("Tác giả: Hà Phương - 08/05/2023 07:45")
        if text[at + 3:at + 4].isdigit() and credited_names(text[:at], vocab):
            fields = [at + 3]
            starts.append(at + 3)
    if not text[:1].isdecimal() and not fields and 0 < (dot := text.find(" · ", 0, _UPLOADER_FIELD)) and (
            account_line(text[:dot], vocab) or _signature.login_name(text[:dot])):
        fields = [dot + 3]  # the account that posted it, then the date, no label ("Admin · Mar 05, 2024 · 0 Nhận
        starts.append(dot + 3)  # xét", a blog's post footer)
        labelled.append(dot + 3)
    if not text[:1].isdecimal() and ":" in text:
        if "   " in text:  # fields spaced apart: "Người cập nhật: qtv    Thời gian đăng tải: 19/05/2024 …"
            gaps = [gap.end() for gap in islice(_WIDE_GAP.finditer(text), 3)]
            fields += gaps
            for at in gaps:  # (or the date bare after them, every field before it "label: value": "Category:
                if at not in starts and all(_META_FIELD.match(f) for f in _WIDE_GAP.split(text[:at].strip())):
                    starts.append(at)  # Kinh tế   Author: Đức Thịnh   Fri, 21 Oct 2022 16:05")
                    labelled.append(at)
    if not text[:1].isdecimal():
        if "|" in text and " | " not in text and not fields:
            fields = [k + 1 for k, ch in enumerate(text) if ch == "|"][:3]  # (run-on fields set apart by a bar alone,
            # in place of their space: "Ghi chép: Mai Phương|Thời điểm đăng: …", see run_on_fields)
        for at in (len(text) - len(text.lstrip()), *fields):
            own = publish_label(vocab).match(text[at:at + _DIGIT_WITHIN]) if not text[:at].strip() or _META_FIELD.match(
                text[:at]) or text[at - 3:at] == " | " and _labelled_fields(text[:at - 3]) else None  # (after other
            # labelled fields: "Tác giả: … | Nguồn: … | Thời điểm đăng: 08:30 | 19/12/2024 | …")
            if own and at + own.end() not in starts:
                labelled.append(at + own.end())
                starts.append(at + own.end())
        if (len(text) <= 120 and text[:1].isupper() and (space := text.find(" ")) > 0 and text[space + 1:space + 2].isupper()
                and (named := named_date(text, pat, vocab)) is not None):  # (a name's two capitalised words first)
            labelled.append(named)  # the writers' names, then the date line ("THANH HẢI - MINH KHOA Thứ Năm,
            starts.append(named)  # 14/03/2024 - 09:12 0 bình luận", a newspaper's meta row)
    return starts, labelled


def category_then_writer(field: str, vocab: Vocabulary) -> int | None:
    """Where the writer's credit starts in a post's category run together with it ("Đô thị - Môi trường by Thu
    Hà": the category's names, a written label, a name), or None."""
    if len(field) > _CATEGORY_THEN_WRITER or HAS_DIGIT.search(field):
        return None
    by = next((m for m in _WRITTEN_BY.finditer(field, overlapped=True) if fold(m[1]) in vocab.written_labels), None)
    name = field[by.end():].strip() if by is not None else ""
    if by is None or not category_names(field[:by.start()].strip()) or not (
            _signature.names_like(name, vocab) or _signature.login_name(name)):  # (or the account: "… by quantri")
        return None
    return by.start()


_CATEGORY_THEN_WRITER = 80  # characters
_WRITTEN_BY = regex.compile(r"(?<=\s)(\p{Ll}++(?:\s\p{Ll}++)?)\s++(?=\p{L})")  # "… by Thu Hà", "… viết bởi Minh Châu"
_EDIT_DAY_AFTER = regex.compile(r"^\s++\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/])")
_CLOCK_BARS = frozenset("·|•-–")  # (a dash after the day's brackets: "Thứ 5 (14/11/2024) - 09g15")
_LABEL_OVERLAP = 12  # characters: a date label's start another overlapping it stands within, at most
_WEEKDAY_NOTE = 14  # characters: a weekday in brackets after the day ("(T7)", "(Thứ Bảy)"), at most
_CLOCK_AFTER = regex.compile(r"\s*+[·|•\-–]\s*+\d{1,2}[:hg]\d\d(?:\s*+(?:SA|CH|AM|PM|sáng|chiều))?(?=\s|$)")


def _timed(hit: tuple[_dates.DateMatch, str], hour: int, minute: int,
           size: int) -> tuple[_dates.DateMatch, str]:
    """The date with the time printed in the first ``size`` characters of what follows it, those taken into it."""
    found, rest = hit
    return replace(found, hour=hour, minute=minute, text=found.text + rest[:size], end=found.end + size), rest[size:]


def _date_fields(text: str, start: int, hit: tuple[_dates.DateMatch, str], pat: _dates.DatePatterns,
                 vocab: Vocabulary) -> tuple[_dates.DateMatch, list] | None:
    """The date found at ``start`` and the counters of the fields after it, if what follows the
    date reads as a meta line's fields (counters, tools, a byline, a login, a time zone), else None."""
    rest = hit[1]
    if hit[0].hour is None and (said := _dates.hour_in_words(rest)):
        hit = _timed(hit, *said)  # its time in words ("Đăng ngày 12/9/2025 lúc 9 giờ sáng", "…, hồi 14 giờ 10 phút")
        rest = hit[1]
    if rest[:3].strip()[:1].isdigit() and (edited := _EDIT_DAY_AFTER.match(rest)):
        rest = rest[edited.end():]  # the day it was edited right after the day it went up ("Đăng vào 24/06/2024
        # 26/06/2024 bởi …", a theme's two dates run together)
    if (opener := _OPENERS.get(rest.lstrip()[:1])) and opener in text[max(0, start - 1):start + hit[0].end]:
        rest = " " + rest.lstrip()[1:]  # the date's own brackets closed, the fields after them ("[2023-11-07
        # 14:20:11]   Hits: …", "(Tin đăng 03/4/2024 – 10:26) [ 158 lần đọc ]"; a space before it too: "[ 11/03/2024 -
        # 08:47 ]  ::  312 lần đọc")
    if hit[0].hour is None and rest[:2].lstrip()[:1] == "(" and (clock := _ZONED_CLOCK_BRACKET.match(rest)):
        hit = _timed(hit, int(clock["H"]), int(clock["Mi"]), clock.end())  # its time and zone in brackets after it
        rest = hit[1]  # ("Thứ Hai 14-10-2024 (09:35 GMT+7)")
    if hit[0].hour is None and rest[:3].strip()[:1] in _CLOCK_BARS and (clock := _CLOCK_AFTER.match(rest)):
        rest = rest[clock.end():]  # its time after a mark, which the date's reader leaves ("2023/12/18 · 10:05 (GMT+7)")
    if rest[:6].lstrip(" (").upper().startswith(("GMT", "UTC", "ICT")) and (zone := _ZONE_FIRST.match(rest)):
        rest = rest[zone.end():]  # the time zone, then the other fields
    elif (rest[:3].lstrip()[:1] in "+-" or rest[:5].lstrip(" (")[:3].upper() in ("UTC", "GMT")) and (
            zone := _OTHER_OFFSET.match(rest)) and (_VIETNAM_OFFSET.fullmatch(zone[1] or "") or (
                date := hit[0]).hour is not None and date.year is not None):
        if not _VIETNAM_OFFSET.fullmatch(zone[1] or ""):
            year, month, day, hour, minute, second = _dates.to_local(zone[1] or "Z", date.year, date.month, date.day,
                                                                     date.hour, date.minute, date.second)
            hit = (replace(date, year=year, month=month, day=day, hour=hour, minute=minute, second=second), rest)
        rest = rest[zone.end():]  # a bare offset after the time, Vietnam's ("10:00:00 +0700", a feed's date) or
        # another, the same moment on Vietnam's clock ("Mon, 04 Mar 2019 17:00:00 +0000", a feed's time in UTC: 5
        # March, 00:00)
    if rest[:2].lstrip()[:1] == "(" and 0 < (shut := rest.find(")")) <= _WEEKDAY_NOTE and pat.weekday_alone.match(
            rest[rest.find("(") + 1:shut].strip()) and (not rest[shut + 1:].strip() or CLOCK_FIELD.match(rest[shut + 1:].strip(" ,-–|"))):
        rest = ""  # its weekday in brackets after it, the time perhaps after that ("18-1-2025 (T7), 14:10")
    elif ("(" in rest[:4] or rest[:3].lstrip()[:1] in ("|", "·", "•")) and (lunar := pat.lunar_note.match(rest)):
        rest = rest[lunar.end():]  # the same day by the lunar calendar, then the other fields
        if hit[0].hour is None and CLOCK_FIELD.match(rest.strip().lstrip("-–—|·• ")):
            rest = ""  # … or its time ("Thứ Hai, 19/02/2024 (10 tháng Giêng năm Giáp Thìn) 08:30", "… - 07:45")
    elif "(" in rest[:4] and (note := _BRACKET_NOTE.match(rest)) and date_labels(vocab).match(text, start):
        rest = rest[note.end():]  # a labelled date's note ("Phát sóng: 17h00 – 12/3/2024 (chương trình thời sự chiều)")
    if rest[:3].strip()[:1] in "-–," and pat.weekday_alone.match(rest.strip(" -–,()")):
        rest = ""  # its weekday after it ("14/11/24 - Thứ Năm")
    if rest[-1:] == "." and ". " in rest and (closing := vocab.entry_closing.search(rest)):
        rest = rest[:closing.start()]  # WordPress's entry footer's closing sentences ("… Đánh dấu đường dẫn tĩnh.")
    if rest[:3].strip()[:1] in "TtĐđPpiva" and (posted := _posted_in(rest, vocab)) is not None:
        rest = rest[posted.end():]  # the post's category after the date ("… @ 9:20 sáng Trong Tin tức - Sự kiện | …")
    elif (rest[:3].strip()[:1] in "TtĐđPpi" and (tail := vocab.comment_tail.search(rest, max(0, len(rest) - COMMENT_TAIL)))
          and (posted := _posted_in(rest[:tail.start()], vocab)) is not None):
        rest = rest[posted.end():tail.start()]  # … the comments' count after it ("Posted by … on Jul 18, 2024 in Hoạt
        # động Comments (0)", Zoho Sites')
    elif rest[:2] == ". " and rest[2:3].isdigit() and vocab.reading_time.match(fold(rest[2:].rstrip(". "))):
        rest = ""  # the reading time as a sentence after the date's ("Posted 18. July 2021. 4 min read.", Gridsome's)
    elif rest[:1] == "." and rest.rstrip()[-1:] == "." and (posted := _posted_in(
            sentence := rest.strip()[1:-1], vocab)) is not None and not sentence[posted.end():].strip():
        rest = ""  # … or as a sentence of its own ("Được viết bởi quantri vào ngày 12 Tháng Bảy 2024. Đăng trong
        # Văn hóa - Xã hội.", YOOtheme's)
    if rest[:5].lstrip().startswith("và ") and HAS_DIGIT.search(rest):  # the meta line as a sentence: "Bài
        rest = rest.lstrip()[3:].rstrip(". ")  # viết được đăng vào ngày …, lúc 14:07 và đã có 640 lượt đọc."
    if "{" in rest:
        rest = PLACEHOLDER.sub("", rest)  # an unfilled template field: "Tác giả: {$article.author}"
    if "|" in rest and rest.rstrip()[-1:].isalpha() and (script := _SCRIPT_VALUE.search(rest)) and (
            fold(script["value"]) in vocab.residue_lines):
        rest = rest[:script.start()]  # a script's empty value as the last field: "14/10/2023 | Tin … | undefined"
    if ("A+" in rest or " A A " in rest) and HAS_DIGIT.search(rest) and (buttons := _SIZE_BETWEEN.search(rest)):
        rest = " | " + rest[:buttons.start()].strip(" |") + " | " + rest[buttons.end():]  # a text-size tool between the fields, the
        # views after it ("… | 14:22 Cỡ chữ: A- A A+ Lượt xem: 2.046"): a field of its own
    if (rest.rstrip()[-1:] == "]" and rest.lstrip()[:1] == "[" or rest.rstrip()[-1:] == ")" and rest.lstrip()[:1] == "("
            and rest.count("(") == 1):
        rest = rest.strip()[1:-1]  # the views in brackets after the date: "… 29/02/2024 [Đã xem: 2.341 lần]",
        # "Tin đăng lúc 16h20' ngày 08-01-2025 (Đọc: 97)"
    extra = read_counters(vocab, rest.lstrip(" —)],")) if rest.strip(" |•·-–—)]«‹/") else []  # (after a comma: "…
    # 21/06/2024, đã có 264 lượt đọc.")  # ("[03/01/2025 10:15]
    # Số lần xem: 64": the date's bracket closed before the views)  # ")": "(15/08/2024)", "» 11/11/2023 «"
    if extra is None and len(rest) <= 40 and vocab.counter_rest.match(fold(rest)):
        extra = []  # a count the record does not keep: "… 2023 · 3 phút đọc", "… | 0 bình luận"
    if extra is None and HAS_DIGIT.search(rest) and (bare := without_tools(rest.strip(), vocab)) != rest.strip() and bare:
        extra = read_counters(vocab, bare)  # the page's tools after the views ("… Số lần đọc: 845 a- a+ In bài này …")
    field = rest.strip(" |•·-–—,")  # (", cập nhật lần cuối …": a second date)
    date = hit[0]
    if extra is None and date_labels(vocab).match(field) and (second := _dates.header_date(pat, field)) \
            and second[0].iso():
        # two labelled dates, "Ngày đăng: 03/02/2023 - Cập nhật: 06/02/2023 09:14": the
        # publication's (the first, unless only the second is labelled so); the fields after both
        if (not fold(text[start:start + 24]).startswith(pat.published_labels)
                and fold(field[:24]).startswith(pat.published_labels)):
            date = second[0]
        rest = second[1]
        extra = read_counters(vocab, rest) if rest.strip(" |•·-–)]") else []
        field = rest.strip(" |•·-–")
    if extra is None and field[:1] in "NnTt" and (held := pat.event_field.match(field)) and (
            third := _dates.header_date(pat, field[held.end():])) and third[0].iso():
        rest = third[1]  # the day of the event it reports, a field after the post's date ("Thời gian đăng: 22/02/2025
        extra = read_counters(vocab, rest) if rest.strip(" |•·-–)]") else []  # 11:30 GMT+7 | Ngày diễn ra: 20/02/2025")
        field = rest.strip(" |•·-–")
        if extra is None and all(_META_FIELD.match(f.strip()) for f in field.split("|")):
            extra = []  # and the event's other fields, its place ("| Địa điểm: ấp 3, xã Mỹ Hòa")
    if extra is None and field[:1] in "NnIi" and len(field) <= 40 and HAS_DIGIT.search(field) and (
            boilerplate_kind(vocab, field) == "footer"):
        extra = []  # the print's own stamp after the post's date, a print view's ("Ngày đăng: 03/10/2024 08:47 Ngày in:
        # 11/10/2024 14:20", footer.txt)
    if (extra is None and len(field) <= 40 and HAS_DIGIT.search(field) and (label := date_labels(vocab).match(field))
            and CLOCK_FIELD.match(field[label.end():].strip(" :"))):
        extra = []  # an update's time alone after the date: "Thứ Hai, 05 tháng 8 năm 2024 – cập nhật lúc 16 giờ 20"
    if extra is None and len(field) <= 30 and (rest[:4].strip()[:1] in ("—", "–", "-", "|", "·") or field[:1].islower()) and not HAS_DIGIT.search(
            field) and publish_label(vocab).match(field + ":"):  # (or in lower case, no mark: "… 22/09/2023 giờ đăng")
        extra = []  # the date's label after it: "18/01/2024 — ngày lên trang"
    if (extra is None and len(field) <= 80 and not HAS_DIGIT.search(field)  # (a count among them: the fields)
            and (boilerplate_kind(vocab, field) == "share" or tool_row(field, vocab))):
        extra = []  # "Ngày đăng: 19/09/2023 8:45:12 SA In trang Gửi email": the page's tools after it
    if (extra is None and len(field) <= 60 and rest[:4].strip()[:1] in ("|", "·", "•") and not HAS_DIGIT.search(field)
            and vocab.role_unit.match(fold(field)) and _signature.ends_in_unit(field, vocab)):
        extra = []  # the unit that posted it: "Đăng ngày: 20/11/2024 | Ban Tuyên giáo Hội LHPN huyện"
    if (extra is None and start == 0 and len(rest) <= 100
            and (tail := vocab.comment_tail.search(rest, max(0, len(rest) - COMMENT_TAIL))) and tail.start() > 0
            and not HAS_DIGIT.search(rest, 0, tail.start()) and counters_after(rest.strip(), vocab)[1] is None):
        extra = []  # a theme's meta row run together with spaces, the date first, the comments' count last
        # ("12 Tháng Bảy, 2022 Huyện Đoàn Phước Sơn Tin cơ sở Đoàn 0 bình luận": who posted it, the category; not
        # the link to them before the views, "… bientap Để lại bình luận 238 lượt xem")
    if extra is None and start == 0 and len(rest) <= 100 and not HAS_DIGIT.search(rest) and (
            head := _before_comment_link(rest.strip(), vocab)) and (
            _signature.account_name(head, vocab) or _signature.login_name(head) or _signature.names_like(head, vocab)):
        extra = []  # who posted it, then the link to the comments (WordPress: "Tháng Mười Một 19, 2023 Ban biên tập
        # Để lại bình luận")
    if extra is None and len(field) <= 120 and (cut := _category_at(field, vocab)):
        extra = read_counters(vocab, field[:cut]) if field[:cut].strip(" |•·-–") else []  # "… Lượt xem: 74
        # Lĩnh vực: Tư pháp - Hộ tịch": the category's field after the counters
        if extra is None:
            field = field[:cut].rstrip()  # (the fields before it read as below: "… Người viết: admin_x Lượt xem: 278 Từ khóa: …")
    if extra is None and date.hour is not None and rest[:1] == " " and rest[1:2].isupper() and category_names(field):
        extra = []  # the post's category run together after its time, no mark between: "Thứ Năm, ngày 12 tháng 9
        # năm 2024 | 10:05 An sinh xã hội" (a template's spans joined)
    if (extra is None and date.hour is not None and rest[:3].strip()[:1] == "|" and field[:1].isupper()
            and ":" not in field and category_names(field, words=_CATEGORY_AFTER_TIME)):
        extra = []  # … or after a bar, its elements' slash made one above ("Gửi bởi admin vào T6, 15/06/2018 - 10:05 /
        # Hoạt động Đảng - Đoàn thể", Drupal's)
    if extra is None and rest[:1] == " " and rest[1:2].isupper() and category_then_writer(field, vocab) is not None:
        extra = []  # the category, then its writer after "by", run together after the date ("28.07.2023 Đô thị - Môi
        # trường by Thu Hà", TYPO3's news row: three spans, no mark between)
    if extra is None and not HAS_DIGIT.search(field) and category_field(field, vocab):
        extra = []  # the post's category field alone after the date ("Ngày phát hành: 21/06/2023 Chuyên mục: …")
    if extra is None and "," in field and len(field) <= 120 and (tags := _categories_closing(field)):
        field = field[:tags].rstrip()  # the post's categories after its views ("… 👁 156 lượt xem Đoàn thanh
        # niên, Mùa hè xanh", a WordPress theme's meta row run together)
    if extra is None:
        field, extra = counters_after(field, vocab)  # "… | Tác giả: Minh Anh | Lượt xem: 215"
        if extra is not None and not (credited_names(field, vocab) or account_line(field, vocab)
                                      or field.endswith(")") and unit_byline(field, vocab)  # ("… Thanh Tâm (Trung
                                      # tâm VH-TT&TT huyện) Lượt xem: 2.315", the writer and their unit)
                                      or credited_login(field, vocab)  # ("Người viết: admin_x Lượt xem: 278")
                                      or uploader_field(field, vocab) or category_field(field, vocab)
                                      or vocab.reading_time.match(fold(field))  # ("Thời gian đọc: 3 phút 1.208 lượt xem")
                                      or _signature.login_name(field)  # ("… 2022 bientapvien 1.024 lượt xem")
                                      or _tag_list(field)  # ("Posted on February 28, 2025 an ninh, camera Views: 76")
                                      or category_then_writer(field, vocab) is not None  # ("14.09.2024 Tin hoạt
                                      # động by quantri Lượt xem: 687", TYPO3's news row)
                                      or start == 0 and (head := _before_comment_link(field, vocab)) is not None and (
                                          _signature.account_name(head, vocab) or _signature.login_name(head))):
            # (or the account that posted it and the link to the comments before the views: WordPress's "Tháng Mười
            # Một 14, 2017 bientap Để lại bình luận 238 lượt xem")
            extra = None  # counters after something that is not a byline or an account
    if extra is None and ("|" in rest or "•" in rest or " · " in rest or "   " in rest or " - " in rest
                          or "; " in rest or " — " in rest or " – " in rest or "⁄" in rest):  # ("… 10:12 — Bản in — Gửi thư")
        extra = meta_fields(rest, vocab, pat)  # "… | Lượt xem: 1.032 | Người đăng: qtv_xa"
    if extra is None and rest[:2] == "  " and rest.count("  ") >= 2:  # a theme's spans two spaces apart ("Tháng Tư 12,
        extra = meta_fields(_TWO_SPACES.sub(" | ", rest), vocab, pat)  # 2023  Tin tức địa phương  Để lại bình luận")
        if extra is None and start == 0 and _login_then_section(_TWO_SPACES.split(rest.strip())):
            extra = []  # … the account that posted it, then the category ("15 Tháng Tám, 2024  ttytxa  Y tế xã - thị trấn")
    uploader = extra is None and uploader_field(rest.strip(" |•·-–—"), vocab)
    if (extra is not None or is_timezone(rest.strip(" |")) or uploader
            or credited_names(field, vocab) or account_line(field, vocab)  # "… | Tác giả: Minh Anh", "… | admin"
            or _signature.login_name(field) or credited_login(field, vocab)  # (a login the lists lack: "25 Tháng
            # Sáu, 2022 bientapvien"; after a person's icon, "… 👁 612 👤 quantri")
            or _login_then_categories(field)):
        if uploader:  # "… Người đăng: bientap_mtd 1582 lượt xem", "… bởi quantrixa Lượt xem: 245"
            extra = counters_after(rest.strip(" |•·-–"), vocab)[1]
        before = read_counters(vocab, text[:start]) if start else None  # "Lượt xem: 1.234 - Ngày đăng: …"
        if extra and any(k == "total_visits" for k, _ in extra) and not site_total(fold(rest), vocab):
            extra = [("views" if k == "total_visits" else k, v) for k, v in extra]  # beside the date: this
            # article's visits ("… - Số lần truy cập: 58", "… · 3 phút đọc · 428 lượt"), unless the label
            # says the site's total
        return date, (before or []) + (extra or [])
    return None


_TWO_SPACES = regex.compile(r"\s{2,}+")


def _login_then_section(fields: list[str]) -> bool:
    """A theme's spans after its date, two spaces apart: a login, then a section's name (which
    may hold a dash: "Y tế xã - thị trấn"), nothing else."""
    return len(fields) == 2 and _signature.login_name(fields[0]) and _section_name(fields[1])


_SCRIPT_VALUE = regex.compile(r"\s*+\|\s*+(?P<value>[A-Za-z]{3,9}+)\s*+$")  # "… | undefined", "… | null"
_OPENERS = {")": "(", "]": "["}  # a bracket closed after a date, and the one that opened it
_MERIDIEM = ("am", "pm", "sa", "ch")  # a time's last word, as _dates reads it ("10:20:00 SA")


def named_date(text: str, pat: _dates.DatePatterns, vocab: Vocabulary) -> int | None:
    """Where a date line starts after the writers' names that open it (or the site's own name, printed
    again from the header: "UBND PHƯỜNG … — 30 Thg 9, 2022 — …"), if it does."""
    m = pat.date_opening.search(text, 0, 80)
    if m is None:
        return None
    names = text[:m.start()].strip(" -–|·•" + BAR_MARK_CHARS)
    return m.start() if _signature.names_like(names, vocab) or (
        len(names) <= _SITE_NAME and names.isupper() and unit_at(fold(names).split(), 0, vocab)) else None
    # (in capitals, as the header prints it: a related item's title opens so too, "Hội Cựu chiến binh xã …")


_SITE_NAME = 60  # characters: a site's name before its date line, at most


def _may_end_date_line(text: str, vocab: Vocabulary) -> bool:
    """False for a line no reading of :func:`date_line_readings` can use: each needs the line to end in
    its date or time (a digit, "SA", "PM"), in counters or a time zone after it, to hold a
    "label: value" for the dateparser fallback, or to be short (an uploader after the date:
    "20/04/2024 bởi admin"). A paragraph that opens with its date fails here before the header
    pattern reads the date."""
    if len(text) <= 80:
        return True
    tail = text.rstrip(REST_CHARS)
    if tail[-1:].isdigit() or ":" in text or " | " in text:  # (fields between bars: the page's tools may close them)
        return True
    ends = fold(tail[-12:])
    return ends.endswith(vocab.counter_rest_ends) or ends.endswith(_MERIDIEM) or "lúc" in text.lower()


CLOCK_FIELD = regex.compile(  # ("10h17'", "10h", "16 giờ 20 phút")
    r"(?i)^(?:[^\d:|]{1,16}:\s*+)?\d{1,2}\s*+(?:[:hg]\s*+\d\d'?(?::\d\d)?|[hg]|giờ\s*+\d\d(?:\s*+phút)?)(?:\s*+(?:AM|PM|SA|CH))?$")
FIELD_SEPARATORS = regex.compile(r"\s*[|•‖◊▪⁄]\s*|;\s+|\s*·\s*|\s+—\s+|\s{3,}|\s+[-–]\s+(?=(?:[^\W\d]+\s){0,2}[^\W\d]+:\s|[^\W\d]{1,3}\.\s?[^\W\d]+(?::\s|\s\d))")  # ("– L.xem 876 – Ng. nhập: …")
# (bars, bullets, em dashes, a wide gap; a dash before another field's label: "… - Tác giả: Thanh Bình")
# The last number of a line and what follows it ("… bientap_mtd 1582 lượt xem").
_TRAILING_VALUE = regex.compile(r"(?<![\d.,])(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?=\D*$)")
BRACKETED_FIELDS = regex.compile(r"^(?:\[[^\[\]]{1,60}+\](?:\s*+[~|•·]\s*+|\s*+)){2,6}+$")  # (a mark between: "[ … ] ~ [ … ]")
_BRACKET_GAP = regex.compile(r"\](?:\s*+[~|•·]\s*+|\s++)\[")
_AGO_THEN_DAY = regex.compile(r"(?P<ago>\d{1,3}\s*+[^\W\d]++(?:\s++[^\W\d]++){0,2}?)\s*+\((?P<day>\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4})\)")
_MIDDLE_DOT_DATE = regex.compile(r"(?<!\d)\d{1,2}·\d{1,2}·(?:19|20)\d\d(?!\d)")
_ARROW_THEN_DIGIT = regex.compile(r" » \d{1,2}(?:[/.\-]\d|[:hg]\d\d)")  # an arrow, then a date or a time
_ARROW_THEN_FIELD = regex.compile(r" » \p{Lu}\p{Ll}{1,6}:\s*+\d{1,2}[/.\-]\d")  # … or a date's short label first
_SPACED_MARKS = r"~|▪|▸|►|:{2,3}|>>|//|⁄{1,2}|-:-|@"  # … and marks that stand for a bar only between spaces (an at sign
# too: Violet's poster line, "Đỗ Thu Hằng @ 09:12 05/10/2023")
SPACED_BARS = regex.compile(rf" (?:{_SPACED_MARKS}) ")
_OTHER_BARS = regex.compile(rf"[{BAR_MARK_CHARS}]| (?:{_SPACED_MARKS}) ")  # ("05.09.2024 ∙ 16:40", "… @ 14:05 >> Views
# 1077", "★ 17.06.2023 ★ 09:02 ★ 512 views")
_MARK_THEN_COUNT = regex.compile(rf"(?P<mark>[{BAR_MARK_CHARS}]) ?+\d[\d.,]*+(?!\S)")  # a mark, then a bare count


_BYLINE_FIELD = 60  # characters: a writer's field opening a meta row ("By …", "Đăng bởi …", "Viết bởi …")


def _before_comment_link(rest: str, vocab: Vocabulary) -> str | None:
    """What stands before a link to the comments closing a meta row ("… Ban biên tập Để lại bình luận",
    related.txt), or None when no such link closes it."""
    words = rest.split()
    for k in (3, 4, 6):  # ("Để lại bình luận", "Để lại một bình luận", "Bình luận về bài viết này")
        if len(words) > k and boilerplate_kind(vocab, " ".join(words[-k:])) == "related":
            return " ".join(words[:-k])
    return None


def plain_fields(text: str, pat: _dates.DatePatterns, vocab: Vocabulary) -> str:
    """A meta line with its fields set apart the one way the readers know, the same length so that
    offsets hold: a footer line's em dashes round it dropped ("— Bài đưa lên trang ngày … —"), other
    bars made bars (‖ ¦ ~ ◊), labels printed after their values put before them, icons that label
    the fields made bars."""
    if "   " in text and "|" not in text and 0 < (gap := text.find("   ")) <= _BYLINE_FIELD and _signature.written_label(text[:gap], vocab):
        text = _WIDE_GAP.sub(lambda m: " |" + " " * (len(m.group()) - 2), text)  # a writer's field (its name, a
        # person's or a unit's, is no test here: "By Ban Tuyên giáo huyện"), then the others
        # set apart by wide gaps, a tab's cells ("By Ban Tuyên giáo huyện⇥Tháng Mười 9, 2023⇥3 bình luận"): bars
    if ":" in text and (text.isascii() or max(text) > "\u2190" and all(c.isascii() or c > "\u2190" for c in text)):
        text = accent_labels(text, vocab)  # a template typed without accents: "Ngay dang: 12/09/2022" (its icons
        # aside: "14:25 | 22/07/2024 | 👁 88 luot-xem")
    if "\ufe0f" in text:
        text = text.replace("\ufe0f", " ")  # an icon's emoji presentation asked for ("👁️ 1.024", "✍️ admin")
    if text[:2] == "» " and text.count(" » ") >= 1 and (_ARROW_THEN_DIGIT.match(f" {text[:12]}") or date_labels(vocab).match(text, 2)):
        text = "  " + text[2:].replace(" » ", " | ")  # fields after arrows, a date or its label first ("» Gửi ngày
        # 27.09.2023 » Đọc: 1206 lượt » In trang", "» 11/3/2023 » 97 lượt » Tin địa phương"), not a trail's items
    elif " » " in text and text.count(" » ") >= 2 and (_ARROW_THEN_DIGIT.search(text) or _ARROW_THEN_FIELD.search(text)):
        text = text.replace(" » ", " | ")  # a trail, then the date, the time and the views after arrows
        # ("Tin hoạt động » 27/07/2023 » 10:45 » 734 lượt"; labelled: "Giờ: 08:42 » Ngày: 27/10/2021 » Đọc: 562")
    if text[:2] == "» " and " » " not in text and (" :: " in text or " | " in text):
        text = "  " + text[2:]  # an arrow before the first of the fields ("» Tin địa phương :: 27-12-2023 :: …")
    if text[:2] == "— " and text[-2:] == " —":
        text = f"  {text[2:-2]}  "
    if " — " in text and (dash := _TIME_DASH.search(text)):
        text = text[:dash.start()] + " | " + text[dash.end():]  # an em dash between the time and the day
        # ("Giờ đăng: 14:02 — Ngày 07/11/2024"), the same length
    if ":" in text[:24] and text[:1].isupper() and (credit := vocab.credit_label.match(fold(text))) and (
            clock := _NAME_THEN_CLOCK.search(text, credit.end())) and _signature.names_like(
                text[credit.end():clock.start()].strip(), vocab):  # (names only between: no other field)
        text = " " * clock.end() + text[clock.end():]  # the writer's field run into the time's ("Tác giả: Hồng Vân
        # 13:20 | 27/12/2024 …", a flex row's spans): read apart (the byline is read from the line as printed)
    if text[:1].isupper() and (named := _NAME_THEN_TIME_DAY.match(text)) and category_names(named["name"]):
        text = " " * named.end("name") + text[named.end("name"):]  # the category run into the time and day
        # ("Hoạt động HĐND 09:45 - 03/07/2023", a meta row's spans): read apart, the same length
    if text[-1:] in "aA+-−" and (size := vocab.size_buttons_tail.search(text)):
        text = text[:size.start()] + " " * (len(text) - size.start())  # the text-size buttons closing the row
        # ("… Xem: 1532 Chữ: a A"), the same length
    if "[" in text and _LINK_NUMBER.search(text):
        text = _LINK_NUMBER.sub(lambda m: " " * len(m.group()), text)  # a text browser's link numbers ("Đăng ngày
        # [10]05/04/2022 bởi …"), the same length
    if "⋅" in text:
        text = text.replace("⋅", "·")  # a dot operator for the middle dot ("🕘 09:30 ⋅ 21/12/2023 ⋅ 👁 276")
    if text[:1] == "[" and 0 < (close := text.find("]")) <= _DATE_GROUP and _dates.may_hold_date(text[1:close]) \
            and "[" not in text[1:]:  # (not each field in brackets: see below)
        text = f" {text[1:close]} {text[close + 1:]}"  # the date's fields in brackets, the others after them
        # ("[Thứ 5 | 17-08-2023 | 15:02]   Đọc: 97   A+ | A-"), the same length
    if text[-1:] == ";" and text.count(";") >= 2:
        text = text[:-1] + " "  # fields between semicolons, the last one closed by one too
    if "‒" in text or "―" in text:
        text = text.translate(_OTHER_DASHES)  # a figure dash or a horizontal bar between fields ("12/02/2025 ‒ 21:03")
    if "·" in text and (dotted := _MIDDLE_DOT_DATE.search(text)):
        text = text[:dotted.start()] + dotted.group().replace("·", ".") + text[dotted.end():]  # a date's parts
        # between middle dots ("18·11·2023 | 19:47"), the same length
    if text[:1] in "Cc" and (ago := pat.ago_first.match(text)) and (close := text.find(")", ago.end())) > 0:
        opening = text.index("(", ago.end())  # a relative date before the day it names: "Cách đây 3 ngày (17/06/2024)"
        text = " " * (opening + 1) + text[opening + 1:close] + " " + text[close + 1:]
    if "(" in text and (relative := _AGO_THEN_DAY.search(text)) and pat.ago.match(relative["ago"]):
        text = (text[:relative.start()] + " " * (relative.start("day") - relative.start()) + relative["day"] + " "
                + text[relative.end():])  # … or after a label ("Đăng: 2 tuần trước (19/07/2023) ◦ …"): the day it names
    if "-" in text and (raw := _DB_TIMESTAMP.search(text)) and (month := pat.months.get(fold(raw["mon"]))):
        clock = f"{raw['h']}:{raw['mi']}:{raw['s']} {raw['ap'] or ''}".rstrip() if raw["h"] else ""
        plain = f"{raw['d']}/{month:02d}/20{raw['yy']} {clock}".rstrip()
        text = text[:raw.start()] + plain.ljust(len(raw.group())) + text[raw.end():]  # a database's raw timestamp
        # ("12-JUN-24 08.41.07.000000 AM", Oracle's default) written as the readers read dates, the same length
    if text.count(" ⁞ ") >= 2:
        text = text.replace(" ⁞ ", " | ")  # dotted bars between several fields ("… 07:05 ⁞ Đọc: 203 ⁞ Bản in ⁞ …")
    if "{{" in text or "{%" in text or "[[" in text:  # a field a template left unfilled ("Lượt xem: {{ bv.luotXem }}")
        text = TEMPLATE_VALUE.sub(lambda m: " " * len(m.group()), text)
    if _OTHER_BARS.search(text):  # ("» Tin tức  ::  Thứ Hai, 04/12/2023 - 07:55  ::  …", "Tin: X ✦ 17:05 ◆ …")
        text = SPACED_BARS.sub(lambda m: " " * (len(m.group()) - 2) + "| ", _marks_as_bars(text, vocab))
        if text[:3] in (":: ", "// "):
            text = "   " + text[3:]  # the fields framed by the same marks: ":: Tin địa phương :: … :: 1395 views ::",
        if text[-3:] in (" ::", " //"):  # "// 05.07.2024 // 14g20 // 211 views //"
            text = text[:-3] + "   "
        if text[:2] == "| " and text[-2:] == " |":  # (or marks: "◆ Vi Thị Sen ◆ 13.02.2025 ◆ … ◆")
            text = f"  {text[2:-2]}  "
    if ")" in text and "   (" in text and len(_GAP_BRACKET.findall(text)) >= 2:
        text = _GAP_BRACKET.sub(lambda m: f"  | {m['inner']} ", text)  # fields in brackets set apart by wide
        # gaps ("[10.12.2023 ~ 16h05]   (Đọc: 1506)   (In)   (Gửi)"), the same length
    if ")" in text and "(" in text and not text.isascii() and ENGLISH_BRACKETED.search(text):
        text = ENGLISH_BRACKETED.sub(lambda m: " " * len(m.group()), text)  # "Ngày đăng (Posted): …", the same length
    if ")" in text:
        text = labels_after_values(text, vocab)
    if "/" in text and SLASH_CAPITAL.search(text) and not text.isascii():  # a label in two languages: "Ngày/Date: 03/10/2023 | Lượt xem/Views: 245"
        text = ENGLISH_HALF.sub(lambda m: " " * len(m.group()), text)
    if "/" in text and not text.isascii() and ENGLISH_FIRST.search(text):  # … the English first: "Posted on /
        text = ENGLISH_FIRST.sub(lambda m: " " * len(m.group()), text)  # Đăng lúc:2024-03-21 16:05 Views / Lượt xem:1.204"
    if " / " in text and text.count(" / ") + (text[:2] == "/ ") + (text[-2:] == " /") >= 2 and not _SPACED_SLASH.search(text):
        text = text.replace(" / ", " | ")  # fields between spaced slashes ("/ Thứ Sáu, 06/09/2024 - 09:12 / Gửi bởi
        if text[:2] == "/ ":  # bientap_xa /", a Drupal theme's meta row), the same length: a date's slashes have no
            text = "  " + text[2:]  # spaces round them
        if text[-2:] == " /":
            text = text[:-2] + "  "
    if (".." in text or "…" in text) and DOT_LEADER.search(text):  # a dot leader from a label to its value
        text = DOT_LEADER.sub(lambda m: ":" + " " * (len(m.group()) - 1), text)  # ("Thời điểm xuất bản …… 21/03")
    if text[:1] == "[" and text[-1:] == "]" and BRACKETED_FIELDS.match(text):  # each field in brackets
        text = " " + _BRACKET_GAP.sub(lambda m: " |" + " " * (len(m.group()) - 2), text[1:-1]) + " "  # ("[ 02-07-2024 ]
        # [Đã đọc: 131]" → "  02-07-2024  |   Đã đọc: 131 ")
    if not text.isascii() and any(icon in text for icon in pat.field_icons):
        text = _icon_fields(text, pat, vocab)
    if run_on_meta(text, vocab):
        text = run_on_fields(text, vocab)  # (the date's field first, or the writer's: other run-on rows read otherwise)
    return text


def run_on_meta(text: str, vocab: Vocabulary) -> bool:
    """A meta line whose labelled fields run on with no separator, opening with the date's field or
    the writer's credit ("Người viết: Lò Văn Tường Biên tập: … Ngày xuất bản: 05.09.2023 Đã xem: 87")."""
    colons = text.count(":")
    if colons < 2 or "|" in text.lstrip("| ") or len(text) > _RUN_ON_LINE:
        return False
    if colons >= 3 and (date_labels(vocab).match(text) or publish_label(vocab).match(text)
                        or vocab.credit_label.match(fold(text[:_CREDIT_OPENING]))):
        return True
    opening = ICON_EDGES.sub("", text[:4])[:1]
    return (opening.isdigit() or opening.isupper()) and _opens_with_its_date(ICON_EDGES.sub("", text), vocab)  # (or
    # the date itself, behind its icon or its weekday first: "⏱ 2024/01/18 08:30 Biên tập: Ban Biên tập Cổng Số lượt
    # xem: 2407", "Thứ Hai, 19 Tháng Hai 2024 Số lần đọc: 418 Đăng bởi: Host Account")


_CREDIT_OPENING = 30  # characters: a credit's label opening a line, and room


def _opens_with_its_date(text: str, vocab: Vocabulary) -> bool:
    hit = _dates.header_date(_dates.patterns(vocab), text)
    return hit is not None and hit[0].start == 0


def _marks_as_bars(text: str, vocab: Vocabulary) -> str:
    """The marks between a meta line's fields made bars, but for a mark that also draws the views'
    eye (counter.txt) before a bare count, which labels it ("◷ 21.10.2022 – 08:30 ◉ 1032 ✎ …")."""
    barred = text.translate(BAR_MARKS)
    for m in _MARK_THEN_COUNT.finditer(text):
        if m["mark"] in vocab.field_label_icons:
            barred = f"{barred[:m.start()]}{m['mark']}{barred[m.start() + 1:]}"
    if "★" in text or "☆" in text:
        for m in _STAR_RATING.finditer(text):  # a rating's stars in a row are one field's value, no bars
            barred = f"{barred[:m.start()]}{m[0]}{barred[m.end():]}"  # ("… | Bình chọn: ★★★★☆ (14)")
    return barred


_STAR_RATING = regex.compile(r"[★☆](?: ?+[★☆]){2,9}+")
_RUN_ON_LINE = 240  # characters: a meta line whose labelled fields run on with no separator
FIELD_OPENING = regex.compile(r"(?<=[\p{L}\d):]) (?=(?P<label>\p{Lu}[\p{L}.]*+(?: [\p{L}.]++){0,4}?)(?: ?:| \d))")  # (a
# counter's label with no colon, its value after a space: "… Lượt xem 342 Người đăng: …")


def run_on_fields(text: str, vocab: Vocabulary) -> str:
    """A meta line whose labelled fields run on with only a space between them ("Thời gian phát hành:
    2024-03-18 09:24:51 Nguồn: … Tác giả: … Lượt nhấp: 356"): a bar before each label the lists know
    (a credit's, an uploader's, a counter's, a date's, a category's), in place of that space; the
    same length, so offsets hold. Two such labels at least, or nothing changes."""
    cuts = []
    for m in FIELD_OPENING.finditer(text, overlapped=True):
        label = m["label"]
        key = line_key(label)
        if (key in vocab.counter_labels or key in date_label_keys(vocab) or vocab.credit_label.match(fold(label) + ":")
                or _signature.uploader_label(label, vocab) or fold(label + ":").startswith(vocab.category_labels)
                or publish_label(vocab).match(label + ":")):  # (a date's label in the site's own words: "Thời điểm đăng:")
            if cuts and cuts[-1][1] == m.end("label"):
                cuts.pop()  # (the same label, a word of the value before it taken in: "Mai Phương Thời điểm đăng:")
            cuts.append((m.start(), m.end("label")))
    cuts = [at for at, _ in cuts]
    opening = int(":" in text[:_CREDIT_OPENING] and vocab.credit_label.match(fold(text[:_CREDIT_OPENING])) is not None)
    if len(cuts) + opening < 2:  # (the line's own opening label counts: "Ghi chép: Mai Phương Thời điểm đăng: …")
        return text
    chars = list(text)
    for at in cuts:
        chars[at] = "|"
    return "".join(chars)


def _icon_fields(text: str, pat: _dates.DatePatterns, vocab: Vocabulary) -> str:
    """A meta line of fields each labelled by an icon alone (dates.txt "@icon"): the date and time
    icons become bars, and a bar goes before the views' and the writer's ("🗓 09.05.2024 ⏰ 09:15 👁
    156 ✍ H'Ly Niê" → "| 09.05.2024 | 09:15|👁 156|✍ H'Ly Niê"); the same length, offsets hold."""
    chars = list(text)
    for at, ch in enumerate(chars):
        if ch in pat.field_icons:  # (after a bar already: a space, "10:20 | 📅 26/08/2024" one bar between)
            chars[at] = " " if text[:at].rstrip()[-1:] == "|" else "|"
    text = "".join(chars)
    for icon in vocab.field_label_icons:
        if icon in text:
            text = text.replace(f" {icon}", f"|{icon}")
            if icon in text.replace(f"|{icon}", ""):  # glued to the field before it ("4 phút đọc👁 1.093 lượt xem",
                text = regex.sub(rf"(?<=[^\s|]){regex.escape(icon)}", "|", text)  # the markup's spaces lost): a bar
    return text


_GAP_BRACKET = regex.compile(r"\s{3}\((?P<inner>[^()]{1,30}+)\)")


def meta_fields(rest: str, vocab: Vocabulary, pat: _dates.DatePatterns) -> list[tuple[str, int]] | None:
    """The fields after a header date, between bars or bullets, when each is counters, another
    labelled date ("• Cập nhật: 16/11/2022"), a time zone, an uploader, a CMS account or a
    credited byline: the counters among them, else None."""
    opening, *fields = FIELD_SEPARATORS.split(rest)
    return meta_field_counters(fields, vocab, pat, opening=opening, glued=rest.lstrip()[:1] not in "|•·")


_YEAR = regex.compile(r"^(?:19|20)\d\d$")


def _bare_count(field: str) -> bool:
    """A meta field that is a number alone, not a year ("1.532", not "2024")."""
    field = field.strip(" •·-–«»‹›")
    return field[:1].isdigit() and BARE_VALUE.match(field) is not None and not _YEAR.match(field)


def meta_field_counters(fields: list[str], vocab: Vocabulary, pat: _dates.DatePatterns, *, opening: str = "",
                         glued: bool = False) -> list[tuple[str, int]] | None:
    """What :func:`meta_fields` accepts of a meta line's fields after its date; ``opening`` is the
    text right after the date before the first separator, ``glued`` when no separator opens it."""
    found: list[tuple[str, int]] = []
    for n, field in enumerate([opening, *fields]):
        field = field.strip(" •·-–«»‹›")
        if not field or is_timezone(field) or uploader_field(field, vocab) or account_line(field, vocab) \
                or len(field) <= 30 and HAS_DIGIT.search(field) and vocab.counter_rest.match(fold(field)) \
                or credited_names(field, vocab) or _signature.credit_only(field, vocab) \
                or field[-1:] == ")" and unit_byline(field, vocab) \
                or ":" in field[:CREDIT_LABEL] and credited_login(field, vocab) \
                or len(field) <= 80 and field.count(":") <= 1 and _signature.source_line(field, vocab) \
                or category_field(field, vocab) \
                or vocab.comment_count.match(fold(field if field[:1] < "\u2190" else ICON_EDGES.sub("", field))) \
                or (n or not glued) and category_names(field) \
                or n and fold(field[:16]).startswith(vocab.code_labels) \
                or n and field[:1] > "\u2190" and _signature.login_name(ICON_EDGES.sub("", field).strip()) \
                or n and _signature.login_name(field) and _LOGIN_MARK.search(field) \
                or n and field[:1] > "\u2190" and _person_field(ICON_EDGES.sub("", field).strip(), vocab) \
                or n and field[:1] > "\u2190" and uploader_field(ICON_EDGES.sub("", field).strip(), vocab) \
                or n and vocab.reading_time.match(fold(field)) \
                or n and field[:1] == "#" and _POST_NUMBER.fullmatch(field) is not None \
                or n == len(fields) and "," in field and _tag_list(field) \
                or n and HAS_DIGIT.search(field) and (label := date_labels(vocab).match(field)) is not None \
                and pat.ago.match(field[label.end():].strip(" :")) is not None \
                or n and (field[-1:] in "KkMm" or field[:1].isdigit()) and _ROUNDED_COUNT.match(field) \
                or n and vocab.font_tool_opening.match(field) is not None \
                or n and field[:1] > "\u2190" and not any(c.isalnum() for c in field) \
                or n and field[:1] in vocab.category_icons and len(field) <= _CATEGORY_FIELD and not HAS_DIGIT.search(field) \
                or n and (CLOCK_FIELD.match(field) or line_key(field) in vocab.tool_words
                          or boilerplate_kind(vocab, ICON_EDGES.sub("", field)) == "share"):
            continue  # (… | Chuyên mục: Tin phường), "· 0 bình luận" ("💬 0 bình luận"), "· Tin tức, Quốc phòng – An ninh", "| ⎙ in bài",
            # the post's tags last ("… | 👁 213 lượt xem | đuối nước, Đoàn thanh niên"),
            # "• Time: 14:22", "• Email", "• Cập nhật lần cuối 3 ngày trước" (a day relative to one unknown)
        counters = read_counters(vocab, field)
        if not counters and field[-1:] == ")" and "(" in field and (head := field[:field.find("(")].strip()) != field and (
                not head or CLOCK_FIELD.match(head)):
            counters = read_counters(vocab, field[len(head):].strip(" ()"))  # the views in brackets after the
            # time ("09/10 | 10:15 (506 lần xem)")
        if not counters and n and " " in field and HAS_DIGIT.search(field) and account_line(
                (head := field.split(" ", 1)[0]), vocab):
            counters = read_counters(vocab, field[len(head):].strip())  # the poster's login run into the views with no
            # mark between, each in a span of its own ("… | bientap-xa Lượt xem: 87 | dê giống, sinh kế")
        if not counters and n and ":" in field and (cut := _COUNT_THEN_FIELD.search(field)) and (
                uploader_field(tail := field[cut.end():], vocab) or credited_names(tail, vocab)):
            counters = read_counters(vocab, field[:cut.start()])  # the views run into the next labelled field, its
            # spans a space apart ("… | Lượt xem: 214 Người đăng: Quản trị phường …")
        if not counters and n and ":" in field and (split := counters_after(field, vocab))[1] and (
                credited_names(split[0], vocab) or split[0][-1:] == ")" and unit_byline(split[0], vocab)):
            counters = split[1]  # the writer's credit, the views run on after it ("Người viết: Minh Thuận (Trung tâm
            # VH-TT&TT huyện) Lượt xem: 1.187")
        if counters:
            found += counters
            continue
        if n and _bare_count(field) and sum(map(_bare_count, fields)) == 1:
            found.append(("views", int(NON_DIGIT.sub("", field))))  # the row's one bare count, its label an icon
            continue  # the page drew ("02.10.2024 | 08:45 | 1.532", "Th 5, 17/10 | 842 | Biên tập viên"): the views
        if field[:1] + field[-1:] in ("[]", "()"):
            field = field[1:-1].strip()  # another labelled date in brackets ("… bởi … [ đã cập nhật 20:05, 10 thg 3, 2016 ]")
        dated = _dates.header_date(pat, field) if HAS_DIGIT.search(field) else None
        if not (dated and dated[0].iso() and not dated[1].strip()) and line_key(field) not in date_label_keys(vocab):
            return None  # (a date label whose value a template left empty or hid: "• Cập nhật: •")
    return found


_POST_NUMBER = regex.compile(r"#\d{1,6}")  # a forum post's number in its header row ("28-07-2011, 08:15 PM | #1")
_PHOTO_CREDIT = 60  # characters: the photographer's credit opening a meta row
_COUNT_THEN_FIELD = regex.compile(r"(?<=\d)\s++(?=\p{Lu}[\p{L} ]{1,24}:)")  # a count, then a field's label
_CATEGORY_FIELD = 80  # characters: a category's name behind its icon ("📁 Hoạt động công đoàn cơ sở")
_LOGIN_MARK = regex.compile(r"[a-z][\d_.\-]")  # a login no word is: "bientap01", "qtv_xa", "ubnd.xa", "bbt-xa"


def _person_field(field: str, vocab: Vocabulary) -> bool:
    """What a person icon marks on a meta line: a name or a unit ("👤 Phòng VH&TT", "👤 Minh Anh")."""
    return 0 < len(field) <= 40 and (_signature.role_like(field, vocab) or _signature.names_like(field, vocab))


def _category_at(rest: str, vocab: Vocabulary) -> int | None:
    """Where a category field opens in what follows a date ("… Lĩnh vực: Tư pháp"), or the post's
    tags ("… Từ khóa: môi trường"), if one does."""
    folded = fold(rest)
    found = [at for label in (*vocab.category_labels, *vocab.tag_labels) if (at := folded.find(label)) >= 0]
    at = min(found, default=-1)
    return at if at > 0 and len(folded) == len(rest) and len(rest) - at <= 60 else None


def category_field(field: str, vocab: Vocabulary) -> bool:
    """The post's category under its label ("Chuyên mục: Kinh tế - Nông nghiệp", navigation.txt
    "@category")."""
    if len(field) > 60:
        return False
    if fold(field).startswith(vocab.category_labels):
        return True
    word = max((w for w in vocab.category_words if field.startswith(w)), key=len, default=None)
    return word is not None and category_names(field[len(word):])  # ("mục Y tế - Giáo dục", no colon)


def _login_then_categories(field: str) -> bool:
    """WordPress's meta row after its date: the login, then the post's categories ("admin_bhd Tin
    hoạt động, Phòng chống thiên tai")."""
    login, _, names = field.partition(" ")
    return bool(names) and _signature.login_name(login) and category_names(names)


def _categories_closing(field: str) -> int | None:
    """Where the post's category names closing a meta field begin, after a count ("… 156 lượt xem
    Đoàn thanh niên, Mùa hè xanh"), if they do."""
    words = field.split(" ")
    for k in range(len(words) - 1, 0, -1):
        if words[k][:1].isupper() and any(c.isdigit() for c in " ".join(words[max(0, k - 3):k])) and category_names(
                tail := " ".join(words[k:])) and "," in tail:
            return len(" ".join(words[:k]))
    return None


def uploader_field(rest: str, vocab: Vocabulary) -> bool:
    """What follows a date is who uploaded it ("20/04/2024 bởi admin", "| Đăng bởi: Lê Na")."""
    if rest[-1:] == "]" and " [" in rest:
        rest = rest[:rest.rfind(" [")]  # (its last edit in brackets after it: "bởi Ban Van Hoa Xa Ha Mon [ đã cập nhật …
        # ]", Google Sites')
    return len(rest) <= 60 and _signature.uploader_label(rest, vocab)


def counters_after(field: str, vocab: Vocabulary) -> tuple[str, list[tuple[str, int]] | None]:
    """A meta field followed by counters on the same line ("Tác giả: Minh Anh | Lượt xem: 215",
    "Chuyên mục: Kinh tế Đã có 245 lượt đọc"): the field, and the counters (None when what follows
    the first counter label is not counters)."""
    folded = fold(field)
    m = vocab.counter_pattern.search(folded)
    if m is None:
        got = _value_first_after(field, vocab)
        if got[1] is None and field.count(":") >= 2:
            for label in FIELD_OPENING.finditer(field):  # a counter's label the list lacks, in counter words
                if counters := read_counters(vocab, field[label.start() + 1:]):  # ("Người cập nhật: bientap_x
                    return field[:label.start()].strip(" |•·-–"), counters  # Lượt truy cập bài viết: 264")
        return got
    if not folded[:m.start()].strip():
        return field, None
    cut = len(field) - len(_signature.cut_like(field, folded[:m.start()]))
    counters = read_counters(vocab, field[cut:])
    return (field[:cut].strip(" |•·-–"), counters) if counters else (field, None)


def _value_first_after(field: str, vocab: Vocabulary) -> tuple[str, list[tuple[str, int]] | None]:
    """A field followed by a value-first counter ("… bientap_mtd 1582 lượt xem", "… Đã có 245 lượt
    đọc"): the field before it, and the counter."""
    value = _TRAILING_VALUE.search(field)
    if value is None or value.start() < 3:
        return field, None
    opener = vocab.count_opener.search(field, 0, value.start())  # "… Đã có 245 lượt đọc"
    cut = opener.start() if opener else value.start()
    tail = field[cut:].strip()
    folded = fold(tail)
    after = vocab.counter_after.match(folded)
    if after is None and (head := vocab.counter_after_head.match(folded)) and category_names(tail[head.end():].strip()):
        after = head  # "… bientap 345 lượt xem Ê Đê, Lễ hội": the post's tags after its views (WordPress)
    if after is None:
        return field, None
    return field[:cut].strip(" |•·-–"), [(vocab.counter_after_keys[after["label"]],
                                          int(NON_DIGIT.sub("", after["value"])))]


def credited_login(text: str, vocab: Vocabulary) -> bool:
    """A writer's credit naming a CMS login in a meta row ("Người viết: admin_lbt"), where a theme
    prints the account that posted it under the writer's label."""
    rest, credited = _signature.strip_credit(text, vocab)
    return credited and _signature.login_name(rest)


def credited_names(text: str, vocab: Vocabulary) -> bool:
    """Credit words, then names: "Tác giả: Trần Thu Hà", "Tin, ảnh: K.LOAN - T.HÙNG"."""
    rest, credited = _signature.strip_credit(text, vocab)
    if not credited:
        return False
    if ":" in rest:
        rest = vocab.photo_split.split(rest, maxsplit=1)[0].strip(" -–,;|")  # the photographer's after: "…; Ảnh: X"
    rest = _signature.before_next_field(rest, vocab)
    if _signature.names_like(rest, vocab):
        return True
    if rest[-1:] in ")]" and (bracketed := _signature.PARENS.match(rest)):  # "Ng.viết: Hà Vy (Tổ TT phường)"
        return _signature.names_like(bracketed["head"], vocab) and not _signature.CLIP_LENGTH.match(bracketed["inner"])
        # (not a clip's title and its length: "Phóng sự: Mùa thu hoạch dừa ở Xuân Thịnh (04:12)")
    head, role = _signature.split_role(rest, vocab)  # "Bài, ảnh: Hoàng Yến – Hội LHPN xã"
    return bool(head and role) and _signature.names_like(head, vocab) or (  # (or a unit signing as the writer, not
        not _signature.source_line(text, vocab) and _signature.unit_signature(rest, vocab))  # a source's: "Tác giả:
    # Văn phòng - Thống kê xã", not "Nguồn: Văn phòng HĐND - UBND xã")


TAGS, TAG = 6, 24  # tags on a meta row at most, characters a tag holds


def _tag_list(field: str) -> bool:
    """The post's tags run on between its date and its views: two or more short names between commas,
    no digit, no sentence ("an ninh, camera")."""
    tags = [tag.strip() for tag in field.split(",")]
    return 2 <= len(tags) <= TAGS and all(0 < len(tag) <= TAG and not HAS_DIGIT.search(tag) for tag in tags) and (
        not ends_sentence(field))


@functools.lru_cache(maxsize=8)
def weekday_keys(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(fold(w) for w in vocab.weekdays)


def is_timezone(text: str) -> bool:
    """A time zone on its own ("(GMT+7)"); the cheap test on its opening first."""
    return text.lstrip(_OPENING)[:3].upper() in ("GMT", "UTC", "ICT") and _TIMEZONE.match(text) is not None


def account_line(text: str, vocab: Vocabulary) -> bool:
    """A line that is only a CMS login ("admin admin", "Quản trị"), bare or credited ("Tác giả:
    admin"): the uploader, not a byline."""
    if len(text) > 40 or fold(text.strip(" .()")) in vocab.desk_signatures:
        return False  # ("Ban Biên tập" signing the article is its desk, as "BBT" is)
    if text.isascii() and " " in text and (key := fold(text)).startswith(_unaccented_desks(vocab)) and key not in (
            _unaccented_desks(vocab)):
        return True  # a desk's name typed without accents and run on, a CMS account ("Ban Bien Tap Hoang Son")
    return _signature.account_name(text, vocab) or (":" in text and _signature.credited_account(text, vocab))


@functools.lru_cache(maxsize=8)
def _unaccented_desks(vocab: Vocabulary) -> tuple[str, ...]:
    """The desks' names of several words without their accents ("ban bien tap")."""
    return tuple(sorted({strip_accents(d) for d in vocab.desk_signatures if " " in d}))


BYLINE_WORDS = 4  # the most words of one writer's name in capitals
