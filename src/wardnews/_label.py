"""Label blocks: each block of the page gets one :class:`~wardnews.model.Label`.

The rules read the page the way its template was built, top to bottom:

1. vocabulary: boilerplate phrases, counters, markers and scraper noise label themselves;
2. header: the lines before the first prose paragraph hold the breadcrumb, the site name, the
   title and the page's own date; the title is the line nearest the date line, else the last
   title-like line before the prose; a first prose line that the next paragraph restates is a
   title too ("Phường X tổ chức …." then "Ngày 03/02/2025, Phường X tổ chức …");
3. end: the first strong boilerplate block after the prose (related news, counters, footer,
   gallery widget) ends the article; everything after it is boilerplate;
4. signature: the last one or two lines of the article, if they read as one;
5. the rest: captions where recognisable, the first prose paragraph as lead, body.

Three parts the rules call live in modules of their own: :mod:`wardnews._metarow` reads a meta
line (its date and its other fields), :mod:`wardnews._counters` reads visitor counters and
:mod:`wardnews._signoff` finds the signature (step 4); :mod:`wardnews._lineshapes` holds the shapes
of lines that they and these rules share.
"""
from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterator
from dataclasses import dataclass, replace

import regex

from . import _dates, _signature
from ._counters import (
    BARE_VALUE,
    BESIDE_FIELD,
    COUNT_DIGITS,
    ICON_BEFORE_LABEL,
    TOOL_FIELD,
    WIDGET_BULLETS,
    WIDGET_KEYS,
    odometer_joined,
    read_counters,
    site_total,
    split_counters,
    table_total,
    widget_total,
    worded_counter,
    worded_key,
)
from ._fields import (
    BAR_MARK_CHARS,
    BAR_MARKS,
    CLOCK_TIME,
    CREDIT_LABEL,
    HAS_DIGIT,
    NON_DIGIT,
    PLACEHOLDER,
    RULE_CHARS,
    category_names,
    date_label_keys,
    ends_sentence,
    posted_time,
    publish_label,
)
from ._htmlplatform import field_class
from ._lineshapes import (
    ATTACHMENT,
    BARE_HOST,
    BOX_TITLES,
    BYLINE_LINE,
    CAPTION_LINE,
    DOCUMENT_ENDS,
    FIELD_LABEL,
    IMAGE_ENDS,
    MENU_ITEM,
    MONTH_ALONE,
    MONTH_LINE,
    NAME_LINE,
    PLAYER_CLOCK_END,
    PLUGIN_TAG,
    file_name,
    glyph_row,
    label_over_value,
    section_name,
    site_banner,
    unit_at,
)
from ._metarow import (
    BRACKETED_FIELDS,
    BYLINE_WORDS,
    CLOCK_FIELD,
    FIELD_OPENING,
    FIELD_SEPARATORS,
    GLUED_META,
    SPACED_BARS,
    TAG,
    TAGS,
    TEMPLATE_VALUE,
    account_line,
    category_field,
    category_then_writer,
    counters_after,
    credited_login,
    credited_names,
    date_labels,
    date_line_readings,
    fields_only,
    is_timezone,
    meta_date,
    meta_field_counters,
    name_dash_unit,
    named_date,
    plain_fields,
    run_on_fields,
    run_on_meta,
    short_year_date,
    unit_byline,
    uploader_field,
    weekday_keys,
    without_tools,
)
from ._normalize import fold, row_number_headings, vietnamese_page, word_key
from ._signoff import label_signature, other_credit, writer_credit
from ._vocab import (
    GLUED_WORDS,
    ICON_EDGES,
    ICON_LEAD,
    MENU_BULLETS,
    MENU_MARKS,
    PLAYS,
    Vocabulary,
    alternation,
    boilerplate_kind,
    line_key,
    long_menu_row,
    lower_case_words,
    pager_label,
    strip_accents,
)
from .model import CHROME_ROLE, Author, Block, Label

_KIND_LABEL = {label.value: label for label in Label}  # Label(kind) without the Enum call's cost
STRONG_END = frozenset({Label.RELATED, Label.FOOTER, Label.COUNTER, Label.OTHER})
WEAK_END = frozenset({Label.NAVIGATION, Label.SHARE})

_INNER_SENTENCE = regex.compile(r"[.!?…]\s+\p{Lu}")
_BIGRAM_WORD = regex.compile(r"[\p{L}\p{N}]+")
_ID_TOKEN = regex.compile(r"^(?=.*\d)[0-9a-z_\-]{6,}$|^n$")
# One word holding a portlet marker; lookahead then lazy scan: "\w*(?:…)\w*$" was quadratic.
_PORTLET = regex.compile(r"^(?=[A-Za-z]\w*+$)\w+?(?:_WAR_|_INSTANCE_|portlet)")
_TEMPLATE_VAR = regex.compile(r"^(?P<name>[A-Za-z_]\w*)\s*=\s*(?P<value>\S+)$")
_ASCII_WORD = regex.compile(r"[A-Za-z]+")
_LIST_START = regex.compile(r"^(?:[-+*•–]|\d{1,2}[.)/]|[a-zđ][.)]\s|[IVX]{1,4}[.)])")
BRACKETED_DAY = regex.compile(r"\(\d{1,2}/\d{1,2}/\d{4}\)$")  # an item's day in brackets closing its line ("… (05/06/2024)")
_ITEM_TITLE = 12  # characters of a list item's title and its mark, at least
_RELATED_ITEM = regex.compile(r"^[-•*]\s*.{10,}(?:\(\d{1,2}/\d{1,2}/\d{4}\)|\[(?:\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}|\d{4}-\d\d-\d\d)\])$")  # (or in
# square brackets, a year first too: "• Ấp Bình Thạnh ra mắt … [2021-10-28]")
_RELATED_MARKS = ("-", "•", "*")  # what _RELATED_ITEM opens with: tested before it
_BARE_SLIDE = regex.compile(r"^(?:\[\d{1,2}\s*/\s*(?P<of>\d{1,2})\]|\d{1,2}\s*/\s*(?P<of>\d{1,2}))(?P<arrows>\s*[‹›<>«»◀▶◄►❮❯]\s*[‹›<>«»◀▶◄►❮❯])?$")
_SLIDER_ARROWS = regex.compile(r"^[‹›<>«»◀▶◄►❮❯⟨⟩←→\s]{2,9}$")
# A motto of three words or more in capitals between dashes ("Trung thành - Đoàn kết - Gương mẫu - Đổi mới"):
# a site's banner, no headline.
_MOTTO = regex.compile(r"^\p{Lu}\p{Ll}*+(?:\s\p{Ll}++)?(?:\s[-–]\s\p{Lu}\p{Ll}*+(?:\s\p{Ll}++)?){2,5}$")
_YEARLESS_DAY = regex.compile(r"^(?:(?:\S{1,8}(?:\s\d(?=,))?|(?i:thứ)\s\S{2,4}(?=,)|(?i:chủ nhật)(?=,)),?\s++)?\d{1,2}(?:/\d{1,2}|\s++(?:Th|Thg|thg)\s?+\d{1,2}"
                              r"|\s(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))$")  # "T.5 18/07", "Th 5, 17/10",
# "18/07", "14 Mar": a day and month alone (its weekday in words first: "Thứ Sáu, 14/03")
_CLOCK_THEN_DAY = regex.compile(r"^(?:(?:lúc|hồi)\s+)?(?:\d{1,2}[:h]\d{2}\s*+[,\-–]?\s*+)?\d{1,2}[/.-]\d{1,2}"
                                r"(?:\s*+[,\-–]?\s*+(?:lúc\s+)?\d{1,2}[:h]\d{2}(?:\s(?:sáng|chiều|tối|trưa|SA|CH|AM|PM))?)?$")  # "lúc 07:40,
# 13-08", "13.08, 07:40", "15/6 - 14:02", "15:20 - 08/03", "22/03 lúc 8:00 sáng"


@dataclass(frozen=True, slots=True)
class Labelling:
    """The blocks, a label for each, and the evidence the assemble stage needs beside them."""

    blocks: tuple[Block, ...]
    labels: tuple[Label, ...]
    header_dates: tuple[tuple[int, _dates.DateMatch], ...] = ()
    # Meta rows whose date names no year ("Tin cơ sở | 21/03 14:05 | Lượt xem: 1.208"): labelled by their
    # counters; the assemble stage dates the page by one when the page gives its year.
    yearless_dates: tuple[tuple[int, _dates.DateMatch], ...] = ()
    byline: str | None = None
    signature: tuple[int, ...] = ()
    signed: Author | None = None  # the signature as parsed (its raw text is cut from the page later)
    counters: tuple[tuple[str, int], ...] = ()
    has_prose: bool = True
    listing_lines: int = 0  # "- Title (dd/mm/yyyy)" link lines
    date_lines: int = 0  # lines that are only a date: one per item on a listing page
    short_lines: int = 0  # non-boilerplate lines in the article zone that are not prose
    read_more: int = 0  # a teaser's read-more links ("Xem tiếp"): one per item on a listing page
    teaser: bool = False  # a paragraph above the article closed by a read-more link ("Xem chi tiết")
    # Lines that say what kind of page this is, by kind and count (see _page_notice): a missing
    # page's message, search results, a video player's leftovers, documents listed by their
    # numbers, a form's required fields, a week's schedule rows.
    page_notices: tuple[tuple[str, int], ...] = ()


def _views_by_class(block: Block, values: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """A lone count in an element its template calls the hits ("<dd class="hits">Truy cập: 532</dd>",
    Joomla): this page's views, whatever the label's words say."""
    if (block.cls and len(values) == 1 and values[0][0] == "total_visits" and field_class(block.cls, "views")
            and not field_class(block.cls, "site_counter")):  # ("<p class=hit-counter>Lượt truy cập: …", the site's)
        return [("views", values[0][1])]
    return values


def _widget_total(blocks: tuple[Block, ...], i: int, values: list[tuple[str, int]],
                  vocab: Vocabulary, read: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Views in a total's words ("Tổng lượt xem: 98.123") beside a visitor widget's other rows
    ("Lượt xem hôm nay: 120"), or right after them (``read``, the counts read so far): the site's total,
    not this article's views."""
    if len(values) == 2 and values[0][0] == "online" and values[1][0] == "views":
        return [values[0], ("total_visits", values[1][1])]  # the hits after the people online on one widget's row
        # ("Online: 12 — Hits: 3402117"): the site's, not this article's (whose row puts its views first:
        # "Lượt xem: 684 | Đang xem: 5")
    label = blocks[i - 1].text if blocks[i].tag == "dd" and i and blocks[i - 1].tag == "dt" else blocks[i].text
    if len(values) != 1 or values[0][0] != "views":
        return values
    if blocks[i].tag == "dd" and widget_total(label, read, vocab):
        return [("total_visits", values[0][1])]  # (a definition list's last row: "<dt>Tổng lượt xem</dt><dd>96.118")
    if not site_total(fold(label[:40]), vocab):
        return values
    for j in (i - 1, i + 1):
        if 0 <= j < len(blocks) and len(blocks[j].text) <= 60 and HAS_DIGIT.search(blocks[j].text) and any(
                key in WIDGET_KEYS for key, _ in read_counters(vocab, blocks[j].text) or ()):
            return [("total_visits", values[0][1])]
    return values


def _footer_counters(text: str, vocab: Vocabulary) -> list[tuple[str, int]]:
    """The counters a footer holds among its lines, run into one block ("Bản quyền thuộc … Số lượt
    truy cập: 7.702.114 Đang trực tuyến: 112")."""
    if len(text) > 600 or not HAS_DIGIT.search(text):
        return []
    found = _labelled_counters(odometer_joined(text), vocab)
    if not found and " | " in text:  # (or a count before its words in a field of its own: "Thời gian tạo trang: 0,08
        # giây - 14 truy vấn | 52.318 lượt truy cập duy nhất", PHP-Fusion's)
        found = [count for field in text.split(" | ") if field[:1].isdigit()
                 for count in read_counters(vocab, field.strip()) or () if count[0] in ("total_visits", "online")]
    return found


def _labelled_counters(text: str, vocab: Vocabulary) -> list[tuple[str, int]]:
    """Every "label: value" counter anywhere in a text, whatever stands between them."""
    return [(vocab.counter_labels[line_key(m["label"])], int(NON_DIGIT.sub("", m["value"])))
            for m in vocab.counter_pattern.finditer(fold(text))]


_PLAYBACK_RATE = regex.compile(r"\s++\d(?:[.,]\d{1,2})?x$")  # a player's speed after its button's name ("… 1x", "… 1.5x")
_SPAM_RUN = 3  # spam phrases on a line with no separator between them, at least
_SITE_TAGLINE = 120  # characters: a site's tagline
_CONTACT_ROW = regex.compile(  # phone numbers and mail addresses, each behind an icon, between bars or gaps
    r"^(?:[\p{So}\uFE0F]\s*+(?:\+?\d[\d .\-]{6,16}\d|[\w.\-]++@[\w\-]++(?:\.[\w\-]++)++)\s*+(?:[|·•]\s*+|\s{2,}|$)){1,4}$")
_DATE_PLACEHOLDER = regex.compile(r"(?i)(?<!\w)dd\s*+[/.\-]\s*+mm\s*+[/.\-]\s*+yy(?:yy)?+(?!\w)")  # a date field's format
_EYE_LAST = regex.compile(r"\s👁\ufe0f?\s*+(?P<value>\d{1,3}(?:[.,]\d{3})++|\d++)$")  # the views closing a line


def _labels_over_values(labels_row: str, values_row: str, vocab: Vocabulary) -> list[tuple[str, int]] | None:
    """A widget's row of labels between bars over its row of numbers, paired by position."""
    names, values = labels_row.split(" | "), values_row.split(" | ")
    if len(names) != len(values) or len(names) < 2 or not all(BARE_VALUE.match(v.strip()) for v in values):
        return None
    found = []
    for name, value in zip(names, values, strict=True):
        key = vocab.counter_labels.get(line_key(name)) or worded_key(vocab, fold(name), False)
        if not key or key == "-":
            return None
        found.append((key, int(NON_DIGIT.sub("", value))))
    return found


_MENU_ROW = 80  # characters: a mobile header's line behind its menu button, at most
_BANNER_FRAMES = ("»»", "**", "==", "~~", "<<")  # marks a scrolling banner is framed by
_BANNER_MARKS = " »«*=~<>"


def _beside_row(text: str, vocab: Vocabulary) -> list[tuple[str, int]] | None:
    """A visitor widget's row, under its heading or another count, whose every field is a one-word label
    read only among counters (counter.txt "@beside": "Tuần: 2.345", "HN: 402 | HQ: 587"), or a table's
    row of the label's cell and the value's ("Tuần | 2.876")."""
    if len(text) > 80 or not HAS_DIGIT.search(text):
        return None
    if text[:1] > "\u2190" and (icon := ICON_BEFORE_LABEL.match(text)):
        text = text[icon.end():]  # an icon before the label ("🗓 Tháng: 1.382" under "📅 Hôm nay: 61")
    if text.count("|") == 1 and (cells := BESIDE_FIELD.match(text.replace("|", ":"))):
        key = vocab.counter_beside.get(fold(cells["label"]))
        return [(key, int(NON_DIGIT.sub("", cells["value"])))] if key else None
    found = []
    cut_short = False
    for field in FIELD_SEPARATORS.split(text):
        beside = BESIDE_FIELD.match(field.strip(" |•·-–"))
        key = vocab.counter_beside.get(fold(beside["label"])) if beside else None
        if key is not None:
            found.append((key, int(NON_DIGIT.sub("", beside["value"]))))
            cut_short = True
        elif (known := read_counters(vocab, field.strip(" |•·-–"))) and len(known) == 1:
            found += known  # (a full label beside them: "Đang TT: 15 | HN: 402 | Tổng số: 884.213")
        else:
            return None
    return found if cut_short else None


@functools.lru_cache(maxsize=8)
def _post_footer(text: str, vocab: Vocabulary) -> bool:
    """A blog post's footer row: every field between bars the time it was posted and by whom, its
    category, its comments' count or a tool ("Đăng lúc 14:32 bởi Nguyễn Hoài Phong | Danh mục: Tin
    hoạt động phường | 0 nhận xét | Email liên kết | Thông báo cho tôi", SharePoint's blog), one
    of them the posting time or the comments' count. (A footer with the date is a date line.)"""
    posted = False
    for field in _FOOTER_FIELDS.split(text.strip()):  # (or wide gaps, its icons dropped: "Đoàn thể   0 bình luận")
        if CLOCK_TIME.search(field) and (own := publish_label(vocab).match(field)) and posted_time(vocab).match(field, own.end()):
            posted = True
        elif vocab.comment_count.match(fold(field)):
            posted = True
        elif not (category_field(field, vocab) or uploader_field(field, vocab) or category_names(field)
                  or boilerplate_kind(vocab, field) in ("share", "navigation")):
            return False
    return posted


_FOOTER_FIELDS = regex.compile(r" *+\| *+| {3,}")  # (a bar with any spaces round it: tabs copied as three)


_CLOCK_READ_AS_COPYRIGHT = regex.compile(r"©\s*+\d{1,2}/\d{1,2}/\d{4}\s++\d{1,2}:\d\d")
_TEMPERATURE = regex.compile(r"\d\s*+°\s*+C(?!\w)")
_RATE_ROW = regex.compile(r"[A-Z]{3}(?:[ \t]++\d[\d.,]*+){1,3}")  # a currency's code and its buying and selling rates
_RATE_LINE = 40  # characters of such a row, at most
_SHORTCODE = regex.compile(r"^\[\[[^\[\]]{1,60}\]\]$|^\[/?[a-z][a-z_\-]{1,30}(?:\s[^\[\]]{0,60})?\]$"
                           r"|^(?:(?:\[\d{1,4}\])?\[(?:IMG|INLINE|BUTTON|ICON)\]\s*+)++$"  # (a text browser's "[13][IMG]",
                           # or a row of them, an album's: "[IMG] [IMG] [IMG]")
                           r"|^(?:\[(?:(?:Hình|hình)(?: ảnh)?|Ảnh|ảnh|Image|Photo|Hình minh họa|Ảnh minh họa)\]\s*+)++$"  # (a
                           # scraper's placeholder for a picture, or a row of them: "[Hình ảnh] [Hình ảnh]")
                           r"|^\[[A-Z][A-Z0-9]*+_[A-Z0-9_]{1,40}+\]$"  # (a template's token: "[ATTACH_FILES]")
                           r"|^\$[A-Z][A-Z0-9_]{2,40}+\$$")  # (… or between dollar signs: "$AUTHOR_SIGN$")
_PLAY_MARKS = "▶►⏵⏸❚"  # a player's button before its clock ("▶ 0:00 / 4:37")
_PLAYER_CONTROLS = "🔊🔉🔈🔇⛶⚙⤢⛭ "  # its volume, full-screen and settings buttons after it ("00:00 / 04:12 🔊 ⛶")
_DURATION = regex.compile(r"^\d{1,2}:\d\d(?::\d\d)?$")
_PLAYER_CLOCK_IN = regex.compile(r"(?<!\d)\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?(?!\d)")
_PLAYER_ROW = 80  # characters: a player's row of name, button, clock and speed, at most
_PLAYER_CLOCK = regex.compile(r"^\d{1,2}:\d\d(?::\d\d)?\s*/\s*\d{1,2}:\d\d(?::\d\d)?$")
_HASHTAGS = regex.compile(r"^#\w[^#]{0,60}+(?:#\w[^#]{0,60}+)++$")  # two tags or more, nothing else on the line
_EMPTY_FIELD = regex.compile(r"^(?P<label>[^\W\d][\w ]{0,24}?):\s++")
_RAZOR_CALL = regex.compile(r"^@(?:Html|Model|ViewBag|ViewData|Url)\.[\w.]{1,60}+(?:\([\w.,\s\"']{0,60}+\))?$")  # ASP.NET's
_COMMENT_COUNT = 40  # characters: a comment count alone on its line, at most
_CLOSE_ENDS = frozenset("]×✕✖")  # how a line ending in a close button ends
_CLOSE_BUTTON = regex.compile(r"(?:\s\[(?P<button>[^\[\]]{1,8}+)\]|\s(?P<button>[×✕✖]))$")  # "… [Đóng]", "… ×"
_CLOSABLE_NOTICE = 30  # characters: a notice says something; a short line ending in a close button is a widget's
_CRAWL_STAMP = regex.compile(r"(?:19|20)\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d{1,6})?Z")  # a crawler's capture time
_LABEL_CLOSING = regex.compile(r"(?P<label>\p{L}[^\d:|]{1,40}+):\s*+$")  # a field's label, its value on the next line
_TOKEN_WORDS = 16  # characters of words beside a line's unfilled fields ("lượt xem")
_TEMPLATE_TOKEN = r"\{\{?\s*+\$?[\w.\[\]'\"-]{1,60}+\s*+\}\}?|%%\w{1,40}+%%"  # "{{breadcrumb}}", "{$article.sapo}", "%%views%%"
_TEMPLATE_TOKENS = regex.compile(rf"^(?:(?:{_TEMPLATE_TOKEN})\s*+)+$")
# A field's label, then a template's token for its whole value: those above, Velocity's "$news.Source" or
# "$!{item.author}", "[#TAC_GIA#]"
_UNFILLED_VALUE = regex.compile(rf"^\p{{Lu}}[\p{{L}} ]{{1,30}}+:\s*+(?:{_TEMPLATE_TOKEN}"
                                r"|\$!?\{?[A-Za-z_]\w{0,30}+(?:\.\w{1,30}+)++\}?|\[#\w{1,30}+#\])$")
_HOURS_FIELD = regex.compile(r"^\p{Lu}\p{Ll}*+(?: \p{Ll}++){1,4}:.{0,60}?\d{1,2}[hg:]\d\d.{0,40}?\d{1,2}[hg:]\d\d")  # a
# label in lower case ("Giờ làm việc:", not a place's "Phường An Lạc:"), then two clock times
# a phone number as a field's whole value ("Điện thoại trực cấp cứu 24/24: 0206.3878.114", "Hotline: 1900 1234"):
# the header's contact line, no headline
_PHONE_FIELD = regex.compile(r"^\p{L}[^:]{1,50}+:\s*+\(?(?:\+84|0|1[89]00)(?:[ .()-]{0,2}+\d){5,11}+$")


_TABLE_ROW = 120  # characters: the longest row of a flattened meta table


def _meta_table(blocks: tuple[Block, ...], i: int, pat: _dates.DatePatterns,
                vocab: Vocabulary) -> tuple[_dates.DateMatch, list] | None:
    """A meta row printed as a table and flattened: a row of labels over a row of as many values
    ("Chuyên mục | Ngày | Lượt xem" / "Văn hóa - Xã hội | 03/07/2023 | 734"), read as one meta line
    of "label: value" fields; the date's text is its value as printed."""
    head, row = blocks[i].text, blocks[i + 1].text
    if len(head) > _TABLE_ROW or len(row) > _TABLE_ROW or HAS_DIGIT.search(head):
        return None
    if "|" in head and "|" in row:
        names, values = [c.strip() for c in head.strip(" |").split("|")], [c.strip() for c in row.strip(" |").split("|")]
    elif "  " in head and "  " in row:  # (its cells set apart by tabs or runs of spaces: "Cập nhật  Người đăng  Số
        names, values = _CELL_GAP.split(head.strip()), _CELL_GAP.split(row.strip())  # lần xem" / "04/10/2023  admin  419")
    else:
        return None
    if len(names) < 2 or len(names) != len(values) or not all(names) or any(":" in name for name in names):
        return None
    if i + 2 < len(blocks) and blocks[i + 2].text.strip(" |").count("|") == len(names) - 1:
        return None  # a table of items under its header row ("Tiêu đề | Ngày đưa" / a title | a date / …)
    meta = date_line_readings(pat, vocab, " | ".join(f"{name}: {value}" for name, value in zip(names, values)))[0]
    if meta is None:
        return None
    value = next((v for v in values if v and v in meta[0].text), meta[0].text)
    return replace(meta[0], text=value, start=0, end=len(value)), meta[1]


def _meta_cells(text: str, pat: _dates.DatePatterns,
                vocab: Vocabulary) -> tuple[tuple[_dates.DateMatch, list], str] | None:
    """A meta table flattened into one row of label and value cells ("Ngày đăng | 22/05/2024 | Tác
    giả | Hà Phương | Lượt xem | 356"): the row read as "label: value" fields, and that reading."""
    if len(text) > _TABLE_ROW:
        return None
    cells = [c.strip() for c in text.strip(" |").split(" | ")]
    if len(cells) < 4 or len(cells) % 2 or not all(cells):
        return None
    labels = cells[0::2]
    if any(HAS_DIGIT.search(label) or ":" in label or len(label) > 30 for label in labels) or not all(
            line_key(label) in date_label_keys(vocab) or line_key(label) in vocab.counter_labels
            or _signature.credit_only(f"{label}:", vocab) for label in labels):
        return None
    joined = " | ".join(f"{label}: {value}" for label, value in zip(labels, cells[1::2]))
    meta = date_line_readings(pat, vocab, joined)[0]
    if meta is None:
        return None
    value = next((v for v in cells[1::2] if v and v in meta[0].text), meta[0].text)
    return (replace(meta[0], text=value, start=0, end=len(value)), meta[1]), joined


_UNFILLED_TOKEN = regex.compile(r"^\[[A-Z][A-Z0-9_]{2,30}+\]"  # a template's field token left in ("[NGAY_DANG]"),
                                # or .NET's empty date, DateTime.MinValue ("01/01/0001 12:00:00 SA", "1/1/0001")
                                r"|^0?1/0?1/0001(?:\s++\d{1,2}:\d\d(?::\d\d)?+(?:\s++(?:SA|CH|AM|PM))?+)?+")


_FIELD_BARS = regex.compile(r"\s+/\s+|\s*/\s*$|\s*\|\s*")  # " / " between fields (a slash in a date has no spaces)


_GLUED_CHROME = 60  # characters: a line this long that ends no sentence may be chrome run together
_GLUED_HITS = 4  # known chrome phrases in it, at word starts, that make it so
_PHRASE_WORDS = 4  # the most words of a chrome phrase looked up at each start
_FIRST_HIT = 6  # words: the first phrase comes this soon
_GLUED_STARTS = 80  # capitalised words looked up at the most


_GLUE_POINTS = regex.compile(r"(?<=[\p{Ll}!])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})")  # where a link's words end, the next's begin


def _glued_chrome(text: str, vocab: Vocabulary) -> tuple[str, list[tuple[str, int]]] | None:
    """A line of the page's chrome a scraper ran together with spaces ("Trang chủ Giới thiệu Tin
    tức - Sự kiện … Bạn đang ở: …", "Cỡ chữ: A- A A+ In bài Tin khác: … Đang truy cập: 15 … Bản
    quyền …"): several known chrome phrases at capitalised word starts. Its kind (footer when it
    holds the counters or the footer), and the counters in it."""
    words = _GLUE_POINTS.sub(" ", text).split() if not text.isascii() else text.split()  # (its links run together
    # with no space: "Gửi email bài đăng nàyBlogThis!Chia sẻ lên XChia sẻ lên Facebook", Blogger's share row)
    kinds: list[str] = []
    capitals = 0
    for k, word in enumerate(words):
        if k == _FIRST_HIT and not kinds:
            return None  # (such a line opens with its chrome: "Trang chủ …", "UBND XÃ … Trang chủ …")
        if word[:1].isupper():  # a capitalised word, where a menu item opens
            capitals += 1
            if capitals > _GLUED_STARTS:
                break
            if line_key(word) not in vocab.line_first_words:
                continue  # (no known phrase opens with it)
            for size in range(min(_PHRASE_WORDS, len(words) - k), 0, -1):
                found = vocab.line_kinds.get(line_key(" ".join(words[k:k + size])))
                if found and size == 1 and k + 1 < len(words) and words[k + 1][:1].islower():
                    break  # (one word run on in lower case opens a sentence: "Phát biểu khai mạc, …", no player's "Phát")
                if found:
                    kinds.append(found)
                    break
    if "counter" in kinds and not HAS_DIGIT.search(text):
        kinds = [k for k in kinds if k != "counter"]  # a counter's word with no count: a menu item ("Trực tiếp")
    if len(kinds) < _GLUED_HITS:
        return None
    values = _labelled_counters(text, vocab)
    kind = "footer" if values or "footer" in kinds else kinds[0]
    return kind, values


_YEAR_LINE = regex.compile(r"^(?:19|20)\d\d$")
_MONTH_YEAR_LINE = regex.compile(r"(?i)^(?:tháng\s++\S{1,6}?|thg?\s*+\d{1,2})(?:,?\s++|/)(?:19|20)\d\d$")  # ("Tháng 9, 2023",
# "Tháng 02/2025")


_CAPITALS_THEN_DAY = regex.compile(r"^(?:\p{Lu}++\s++){3,}\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}$")  # "BẢN TIN … TỐI 12/8/2024"


def _dated_capitals_headline(blocks: tuple[Block, ...], i: int, pat: _dates.DatePatterns) -> bool:
    """Line ``i`` is a headline in capitals closing on its day, over the post's own date line ("BẢN TIN THỜI SỰ
    TỐI 12/8/2024" / "Đăng ngày: 12/08/2024 17:30", a radio station's bulletin): no date line of its own."""
    text = blocks[i].text
    return (i + 1 < len(blocks) and len(text) <= _MENU_HEADLINE and text.isupper() and _CAPITALS_THEN_DAY.match(text)
            is not None and fold(blocks[i + 1].text[:24]).startswith(pat.published_labels))


_LIST_INTRO_WORDS = 4  # words: a sentence opening a list, at least
_LIST_ITEM_MARKS = frozenset({"- ", "+ ", "* ", "• ", "– "})  # a list's items open so, a line each
_WEEKDAY_LINE = 12  # characters: a weekday's name alone ("Chủ nhật", "Thứ Hai")


def _weekday_box(pat: _dates.DatePatterns, blocks: tuple[Block, ...], i: int) -> _dates.DateMatch | None:
    """A date box printed a part a line with no year, the weekday over the day over the month ("Thứ Ba" / "14" /
    "Tháng 2"): the day and month, or None."""
    day, month = blocks[i + 1].text, blocks[i + 2].text
    if not (len(day) <= 2 and day.isdecimal() and 1 <= int(day) <= 31 and pat.weekday_alone.match(blocks[i].text)
            and (number := _box_month(month, pat)) is not None):
        return None
    return _dates.DateMatch(None, number, int(day), text=f"{blocks[i].text} {day} {month}")


def _box_month(text: str, pat: _dates.DatePatterns) -> int | None:
    """The month a date box's line names alone ("Tháng 2", "THÁNG 3", "tháng sáu"), or None."""
    if len(text) > MONTH_LINE or (shown := MONTH_ALONE.match(text)) is None:
        return None
    name = shown["month"]
    number = int(name) if name.isdecimal() else pat.months.get(fold(name))
    return number if number is not None and 1 <= number <= 12 else None


def _stacked_date(pat: _dates.DatePatterns, blocks: tuple[Block, ...], i: int) -> tuple[_dates.DateMatch, int] | None:
    """A date box printed a part a line, day, month and year ("15" / "Tháng 3" / "2024"), or the day over
    the month and year ("18" / "Tháng 9, 2023", a SharePoint blog's): the date, and the lines it takes."""
    if i + 1 < len(blocks) and _MONTH_YEAR_LINE.match(blocks[i + 1].text):
        lines = 2
    elif i + 2 < len(blocks) and MONTH_ALONE.match(blocks[i + 1].text) and _YEAR_LINE.match(blocks[i + 2].text):
        lines = 3
    else:
        return None
    hit = _dates.header_date(pat, " ".join(b.text.replace(",", "") for b in blocks[i:i + lines]))
    return (hit[0], lines) if hit and hit[0].iso() and not hit[1].strip() else None


def _fields_date(pat: _dates.DatePatterns, vocab: Vocabulary,
                 text: str) -> tuple[_dates.DateMatch, list[tuple[str, int]]] | None:
    """A CMS "submitted" line of fields between slashes or bars: the category, the date, the
    uploader ("Mặt trận - Đoàn thể / Thứ Tư, 15/05/2024 - 08:30 / Đăng bởi: quantri /"). One field
    is only a date; one or more is an uploader, an account or counters, which no title holds; the
    rest are short labels. Or the category's names and the date alone. The date, and the counters."""
    fields = [f.strip(" •·") for f in _FIELD_BARS.split(text) if f.strip(" •·")]
    if not 2 <= len(fields) <= 6:
        return None
    date = None
    counters: list[tuple[str, int]] = []
    meta = False
    category = False
    for field in fields:
        hit = _dates.header_date(pat, field) if date is None and HAS_DIGIT.search(field) else None
        if hit and hit[0].iso() and not hit[1].strip(" -–|"):
            date = hit[0]
        elif uploader_field(field, vocab) or account_line(field, vocab):
            meta = True
        elif vocab.comment_count.match(fold(field)):
            meta = True  # "0 Bình luận"
        elif (found := read_counters(vocab, field)):
            counters += [("views" if k == "total_visits" and not site_total(fold(field), vocab) else k, v)
                         for k, v in found]  # (beside the date: this article's visits, "318 lượt")
            meta = True
        elif len(field) > 40 or ends_sentence(field) or HAS_DIGIT.search(field):
            return None
        else:
            category = category or category_names(field)
    # (or just the category and the date: "Hoạt động HĐND / Thứ Hai, 09/10/2023 - 08:47")
    return (date, counters) if date and (meta or category and len(fields) == 2) else None


def _counters_with_tools(text: str, vocab: Vocabulary) -> list[tuple[str, int]] | None:
    """Counters between bars with page tools beside them ("Lượt xem: 1.203 | In bài | Gửi email"),
    or a byline ("Tin, ảnh: Hải Đăng | Lượt đọc: 1.204"): the counters, when every other field is
    a share or navigation phrase, a credited name or unit ("Tác giả: Phòng VH&TT | Lượt xem: 640"),
    or the time it went up, its day in a badge of its own ("17:05 | Lượt đọc: 1.506 | Chính trị")."""
    found: list[tuple[str, int]] = []
    for field in FIELD_SEPARATORS.split(text):  # (bars, or bullets: "205 lần xem · Gửi ý kiến · Bản in")
        field = field.strip()
        if not field or boilerplate_kind(vocab, field) in ("share", "navigation") or credited_names(field, vocab) \
                or field[:1].isdigit() and CLOCK_FIELD.match(field) \
                or ":" in field and not HAS_DIGIT.search(field) and _credited_unit(field, vocab) \
                or len(field) <= TOOL_FIELD and boilerplate_kind(vocab, field) == "related" \
                or len(field) <= TOOL_FIELD and vocab.font_tools.match(" " + field) is not None \
                or len(field) <= TOOL_FIELD and "_" in field and _signature.login_name(field) \
                or len(field) <= TOOL_FIELD and vocab.comment_count.match(fold(field)) \
                or field[-1:] == "." and vocab.entry_closing.search(field):  # ("Gửi ý kiến": a link to the comments;
            continue  # the text-size tool, "A- A+"; the login that posted it, "qtv_philieng"; WordPress's entry footer,
            # "This entry was posted in Tin hoạt động. Bookmark the permalink. | 1,204 views"; the comments' count,
            # "Lượt xem: 2315 | Bình luận: 0 | In bài", not recorded)
        counters = read_counters(vocab, field)
        if not counters:
            return None
        found += counters
    return found or None


_AD_LINE = 160  # characters: an advertisement's line under its slot's label
_FILES_HEAD = 120  # characters: a files table's heading row, at most
_META_BLOCK = 3  # lines: a meta block's fields under its date line (Joomla: author, category, hits)
_META_FIELDS = frozenset({Label.OTHER, Label.NAVIGATION})  # an uploader's, a category's field between them


def _under_date_line(labels: list[Label | None], i: int, dated: int) -> bool:
    """Line ``i`` stands in the meta block under the page's date line ``dated``: right under it, or under
    the date line's other fields ("Được đăng: …" / "Viết bởi Super User" / "Danh mục: …" / "Lượt truy
    cập: 527"); not under another date (a related item's, "(09/11/2022)" under its title)."""
    for j in range(i - 1, max(i - _META_BLOCK, 0) - 1, -1):
        if labels[j] == Label.DATE:
            return j == dated
        if j < i - 1 and labels[j] not in _META_FIELDS or j == i - 1 and labels[j] not in _META_FIELDS | {None}:
            return False
    return False


# A whole line's words again in English after a slash, but no count ("… / Views 845"). Unlike a
# phrase's English (english_after_slash), any character may close the Vietnamese half and the English
# may hold digits and brackets: "Album: Ngày hội … (12 ảnh) / Photo album (12 photos)".
_ENGLISH_AFTER_SLASH = regex.compile(r"\s/\s[A-Z][A-Za-z0-9'&(),.\- ]{2,60}+(?<![\d.,])$")
_LEADER_FIELD = regex.compile(r"^\p{L}[^.:\d]{1,40}?\s*+\.{4,}+\s*+\S")


def _bar_before_icons(text: str, vocab: Vocabulary) -> str:
    """A bar before each spaced field icon (dates.txt "@icon"), so the icons split the line into fields."""
    for icon in vocab.field_label_icons:
        if f" {icon}" in text:
            text = text.replace(f" {icon}", f" | {icon}")
    return text


_CLOCK_ALONE = regex.compile(r"^\d{1,2}[:h]\d\d$")


def _views_after_eye(text: str, vocab: Vocabulary) -> list[tuple[str, int]] | None:
    """The views after the eye on a meta row that opens with the post's category or unit, its icon dropped
    ("Hội Liên hiệp Phụ nữ 👁 264 lượt xem"): the views, or None."""
    at = text.find("👁")
    if not 0 < at <= _CATEGORY_BEFORE_EYE or HAS_DIGIT.search(text, 0, at) or ends_sentence(text[:at].strip()):
        return None
    read = read_counters(vocab, text[at:])
    return read if read and all(key == "views" for key, _ in read) else None


_CATEGORY_BEFORE_EYE = 50  # characters: a category's or a unit's name before the eye, at most


def _yearless_meta_row(text: str, vocab: Vocabulary, pat: _dates.DatePatterns, *,
                       bare: bool = False) -> list[tuple[str, int]] | None:
    """The counters of a meta line with no year: its date names no day the record can keep, its views
    still count ("T.5 18/07 · 09:20 · 👁 65", "Gửi lên lúc 07:40, 13-08 ~ mục Y tế ~ Đã có 256 người đọc bài
    này"; the category first: "Quốc phòng – An ninh ⁄ 27/9 ⁄ 15:30 ⁄ 3412 views"; its fields parted by their
    icons alone: "21/05 👁 318"). ``bare``: an empty list for a row of the day and two meta fields or more
    that holds no count ("22/03 lúc 8:00 sáng · Đoàn thể · 0 Bình luận")."""
    if len(text) > 120 or not HAS_DIGIT.search(text):
        return None
    if text[:1] in "TtCc" and (spaced := _weekday_first(vocab, _WEEKDAY_CLOCK_SPACED).match(text)):
        return read_counters(vocab, text[spaced.end():])  # the weekday and the time, then the views, spans set apart by
        # spaces alone ("Thứ Ba 08:40 431 lượt xem", the day only in the URL or a badge)
    if " · " in text or " | " in text:
        barred = _bar_before_icons(text, vocab) if max(text) > "\u2190" else text  # (and icons: "🕘 07:45 · 14/08 👁 96")
    elif " ~ " in text or " ⁄ " in text:
        barred = plain_fields(text, pat, vocab)
    elif max(text) > "\u2190":
        barred = _bar_before_icons(text, vocab)
    else:
        return None
    if " · " not in barred and " | " not in barred:
        return None
    fields = FIELD_SEPARATORS.split(barred)
    if len(fields) > 2 and pat.weekday_alone.match(fields[0].strip()) and _CLOCK_ALONE.match(fields[1].strip()):
        return meta_field_counters(fields[2:], vocab, pat) or None  # the weekday and time, the day shown apart
        # (in a badge over the headline: "11 Th11 2024" / … / "T2 · 08:05 👁 873")
    if (len(fields) > 2 and _CLOCK_ALONE.match(ICON_EDGES.sub("", fields[1]).strip()) and not HAS_DIGIT.search(fields[0])
            and category_names(ICON_EDGES.sub("", fields[0]).strip()) and not any(map(_dates.may_hold_date, fields[2:]))):
        return meta_field_counters(fields[2:], vocab, pat) or None  # … or the category and the time ("Chuyển đổi số |
        # 09:18 | 👁 1.204 lượt xem", the day in the badge over the headline)
    if len(fields) == 2 and _CLOCK_ALONE.match(ICON_EDGES.sub("", fields[0]).strip()) and not _dates.may_hold_date(fields[1]):
        return meta_field_counters(fields[1:], vocab, pat) or None  # the time alone, then the views, the day in its
        # calendar tile over them ("07 Tháng 05 2021" / "09:12 👁 215")
    if len(fields) > 2 and (_CLOCK_ALONE.match(ICON_EDGES.sub("", fields[0]).strip()) or (
            label := date_labels(vocab).match(fields[0])) and _CLOCK_ALONE.match(fields[0][label.end():].strip(" :"))):
        fields.pop(0)  # the time first, then the day ("07:45 · 15/08 | 1.562 | 4 phút đọc"; its label before the time:
        # "Ngày đăng: 06:20 · 12/3 | …")
    if _yearless_stamp(fields[0].strip(), vocab) or len(fields) > 2 and not HAS_DIGIT.search(fields[0]) and (
            (category_names(fields[0].strip()) or _signature.login_name(fields[0].strip()))
            and _yearless_stamp(fields[1].strip(), vocab) and fields.pop(0)):  # (the category or the login that posted it
        # first: "admin | 14 Mar | Tin hoạt động | 👁 1 205")
        found = meta_field_counters(fields[1:], vocab, pat)
        return found if found or bare and found is not None and len(fields) >= 3 else None
    return None


def _relative_meta_row(text: str, vocab: Vocabulary, pat: _dates.DatePatterns) -> list[tuple[str, int]] | None:
    """The counters of a meta row whose date is relative to the day the page was shown ("admin · 2
    tháng trước · 312 lượt xem"): it names no day to keep, the views on it still count."""
    if text[:1] > "\u2190":
        text = plain_fields(text, pat, vocab)  # (fields each behind its icon: "🕒 3 tuần trước  👁 245  💬 0  ✍ admin")
    text = _bar_before_icons(text, vocab)  # (or one field's icon alone after the date: "2 tuần trước 👁 2.340")
    fields = [f.strip() for f in FIELD_SEPARATORS.split(text.strip(" |"))]
    if len(fields) == 1 and (posted := pat.ago_labelled.match(text)):
        rest = _GLUED_FIELD.sub(" | ", text[posted.end():].strip())  # its spans run together with no mark ("Đăng 3
        fields = [f.strip() for f in FIELD_SEPARATORS.split(rest)]  # tuần trước 1.532 lượt xem Đọc trong 3 phút")
        if not fields[0]:
            return None
        return meta_field_counters(fields, vocab, pat) or None
    if fields[0][:1].isdigit() and len(parts := _GLUED_FIELD.split(fields[0])) > 1 and pat.ago.match(parts[0]):
        fields = [*parts, *fields[1:]]  # (the post's age, then its last edit's, no mark between: "2 ngày trước Cập nhật
        # 17 giờ trước")
    ago = [f for f in fields if pat.ago.match(f) or (posted := pat.ago_labelled.match(f)) and not f[posted.end():].strip()]
    if not 1 <= len(ago) <= 2 or len(fields) <= len(ago):  # (its label before it: "🕒 Cập nhật 2 tuần trước   👁 318")
        return None
    return meta_field_counters([f for f in fields if f not in ago], vocab, pat) or None


_GLUED_FIELD = regex.compile(r"(?<=\p{Ll})\s++(?=\p{Lu})")  # a field in lower case, then one opening with a capital


def _relative_date_line(pat: _dates.DatePatterns, vocab: Vocabulary, text: str) -> list[tuple[str, int]] | None:
    """A meta line of fields whose date is relative ("Xã - Thị trấn · 2 tuần trước · 👁 734"): the
    category's names before it, and after it what :func:`meta_fields` accepts. The counters, or None."""
    if len(text) > 120 or not HAS_DIGIT.search(text):
        return None
    if "  /  " in text:
        text = text.replace("  /  ", " | ")  # (fields between slashes set off by wide gaps)
    fields = [f.strip(" •·-–") for f in FIELD_SEPARATORS.split(text)]
    at = next((n for n, f in enumerate(fields) if pat.ago.match(f) or f[:1] > "\u2190" and pat.ago.match(ICON_EDGES.sub("", f)) or (
        not f[:1].isdigit() and HAS_DIGIT.search(f) and (label := date_labels(vocab).match(f))
        and pat.ago.match(f[label.end():].strip(" :")))), None)  # ("Đăng 2 tuần trước")
    if at is None or len(fields) < 2 or not all(category_names(f) or category_field(f, vocab)
                                                 or credited_names(f, vocab) or uploader_field(f, vocab)
                                                 for f in fields[:at]):  # ("bởi Tổ CNSCĐ phường · 1 năm trước · …")
        return None
    return meta_field_counters(fields[at + 1:], vocab, pat)


_YEARLESS_FIELD = 50  # characters: a date's label and a day with no year, the time perhaps


def _yearless_stamp(field: str, vocab: Vocabulary) -> bool:
    """A meta line's first field naming a day and month with no year, perhaps after a date label and
    with the time ("T.5 18/07", "Gửi lên lúc 07:40, 13-08"), or its weekday ("Thứ năm, 16/06 - 08:15"): no date the
    record can keep."""
    if field[:1] in "TtCc" and (weekday := _weekday_first(vocab, r"\s*+,?\s*+(?=\d)").match(field)):
        field = field[weekday.end():]
    if _YEARLESS_DAY.match(field):  # ("18/07", or its month cut short: "08 Th11")
        return True
    if len(field) > _YEARLESS_FIELD:
        return False
    label = date_labels(vocab).match(field) or publish_label(vocab).match(field)
    rest = field[label.end():].strip(" :") if label else field
    return _CLOCK_THEN_DAY.match(rest) is not None or label is not None and _YEARLESS_DAY.match(rest) is not None


_PERIOD_KEYS = frozenset({"today", "yesterday", "this_week", "this_month"})  # a site's counts of a period
_BOX_KEYS = _PERIOD_KEYS | {"online"}  # counts whose words another box's figures use ("Hôm nay: 7", "Hồ sơ trực tuyến: 846")
_FIGURE_FIELD = regex.compile(r"^(?=[^:]{0,40}\s\p{Ll})[^\d:]{2,40}+:\s*+\d[\d.,]*+\s*+%?(?:\s*+\(\d[\d.,]*+\s*+%\))?$")  # a box's figure on its line,
# its label in words ("Đã giải quyết: 181", its share in brackets: "… 1.341 (99,2%)"; not a widget's initials, "Đang OL: 11")


def _credit_then_counters(text: str, vocab: Vocabulary) -> tuple[str, list[tuple[str, int]]] | None:
    """A writer's credit run on into the views with no separator ("Người đưa tin: Đình Phong Số người đã
    xem: 77", a template's spans joined): the credit and the counters, cut where the last label opens."""
    if text[:1] == "(" and text[-1:] == ")":
        text = text[1:-1]  # (the line in brackets: "(Tác giả: Phạm Thu Hằng - Số lần đọc: 517)")
    for m in reversed(list(FIELD_OPENING.finditer(text))):
        head = text[:m.start()].strip()
        if (counters := read_counters(vocab, text[m.start() + 1:])) and credited_names(head, vocab):
            return head, counters
    for dash in (" - ", " – "):
        head, _, tail = text.rpartition(dash)  # (or a dash between: "Tác giả: Phạm Thu Hằng - Số lần đọc: 517")
        if head.count(":") == 1 and (counters := read_counters(vocab, tail)) and credited_names(head, vocab):
            return head, counters
    return None


def _uploader_date(pat: _dates.DatePatterns, vocab: Vocabulary,
                   text: str) -> tuple[_dates.DateMatch, list[tuple[str, int]]] | None:
    """The date closing an uploader line ("Đăng bởi admin vào 12/03/2024", "Người đăng: Lê Na -
    20/04/2024 08:15"), and counters after it."""
    if len(text) > 120 or not (_signature.uploader_label(text, vocab)
                               or any(map(text.__contains__, _UPLOADED_AT)) and _credited_account(text, vocab)):
        return None
    trail = _dates.trailing_date(pat, text)
    if trail is not None:
        return (trail[0], []) if trail[0].iso() else None
    # "bởi phuong6q5 vào 07 Tháng Giêng 2020 9:15:00 SA", "bởi X - Thứ Năm, 7 tháng 9 2023, 3:45 PM",
    for sep in _UPLOADED_AT:  # "Gửi bởi X vào lúc T6, 15/09/2023 - 09:15 / Lượt đọc: 77"
        at = text.find(sep)
        if at <= 0:
            continue
        rest = text[at + len(sep):].removeprefix("lúc ")
        when = _dates.header_date(pat, _EN_WEEKDAY.sub("", rest, count=1))
        if when and (weekday := _EN_WEEKDAY.match(rest)):  # (its weekday says which order: "Tue, 06/11/2024")
            when = (_dates.weekday_order(when[0], weekday.group(), pat), when[1])
        after = when[1].strip(" |/") if when else ""
        found = read_counters(vocab, after) if after and not vocab.comment_count.match(fold(after)) else []
        if found is None and category_names(after):
            found = []  # the post's categories after it ("… 19/01/2024 - 10:27 Quy hoạch - Đất đai", Drupal)
        if when and found is not None:  # (the comments' count after it: "… 15:20 3 Bình luận")
            return (when[0], found) if when[0].iso() else None
    return None


_UPLOADED_AT = (" vào ", " lúc ", " - ", " – ", " on ")  # between who posted it and when, the first that reads
_EN_WEEKDAY = regex.compile(r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}+,\s*+(?=\d)")  # (Drupal's "on Tue, 10/25/2022")


def _asker_field(text: str, vocab: Vocabulary) -> bool:
    """A Q&A page's asker field: its label whole, then its colon ("Người gửi: …", not "Người gửi
    bài: …", who sent the article in)."""
    key = fold(text[:30])
    return any(key.startswith(label) and key[len(label):].lstrip()[:1] == ":" for label in vocab.asker_labels)


def _price_widget(blocks: tuple[Block, ...], labels: list[Label | None],
                  header_dates: list[tuple[int, _dates.DateMatch]], prices: list[int]) -> list[tuple[int, _dates.DateMatch]]:
    """A market-price widget round its lines: its heading over them ("GIÁ CẢ THỊ TRƯỜNG") and its
    own date under them ("(Cập nhật 01/8/2019)"), which is neither a headline nor the post's date."""
    widget: set[int] = set()
    for i in prices:
        above = i - 1
        if above >= 0 and labels[above] is None and len(blocks[above].text) <= MENU_ITEM and not ends_sentence(blocks[above].text):
            labels[above] = Label.OTHER
        if i + 1 < len(blocks) and labels[i + 1] == Label.DATE and len(blocks[i + 1].text) <= _PRICE_LINE:
            labels[i + 1] = Label.OTHER
            widget.add(i + 1)
    return [d for d in header_dates if d[0] not in widget] if widget else header_dates


_WEEK_SPAN = regex.compile(r"(?i)tuần\s++\d{1,2}\b.{0,12}\(\s*+từ\s++(?:ngày\s++)?\d{1,2}/\d{1,2}")  # "tuần 15 (từ 08/4 đến …)"
_WEEK_LINE = regex.compile(r"(?i)^(?:tuần\s++(?:thứ\s++)?\d{1,2}(?!\d)|\(?từ\s++ngày\s++\d{1,2}/\d{1,2}(?:/\d{4})?\s++đến\s)")  # "Tuần 43 (Từ
# ngày 21/10/2024 đến …)", or the week's range alone "(Từ ngày 21/10/2024 đến ngày 27/10/2024)"
_TIME_ITEM = regex.compile(r"^[-–•+*]?\s*+\(?\d{1,2}\s*+(?:[hg:]|giờ)\s*+(?:\d\d)?'?\)?\s*+[:\-–]")  # "- 8h00: Đ/c …"
_HALF_DAY = frozenset(("sáng", "chiều", "tối"))
_SCHEDULE_DAY = 40  # characters: a schedule's day line ("Thứ Hai, 21/10/2024"), at most


_DAY_ENTRY_LINES = 2  # lines of a schedule's entry under its day, no time given
_SCHEDULE_CELLS = r"(?:\s{2,}|\t|\s*\|\s*)\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?(?:\s{2,}|\t|\s*\|\s*)\S"  # a schedule table's
# row, its cells apart: the weekday, the day, what is on ("Thứ Hai   15/7   07h30: Giao ban UBND thị trấn")
_DAY_ENTRY = r",?\s*+\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?\s*+:\s"  # a day's entry after its weekday: "(23/10): …", ", 25/3: …"
_ITEM_MARK = r"[-–•+*]?\s*+"  # a list's mark before it, perhaps
_SCHEDULE_HEAD = regex.compile(r"(?i)^thứ(?:\s{2,}|\t|\s*\|\s*)ngày(?:\s{2,}|\t|\s*\|\s*)\w")  # its head: "Thứ   Ngày   Nội dung"


def _board_box(blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool], vocab: Vocabulary) -> None:
    """The site's editorial board box under the text, its heading in capitals, its members a short
    line each (footer.txt "@board": "BAN BIÊN TẬP TRANG THÔNG TIN ĐIỆN TỬ XÃ …" / "Hoàng Văn …" / "Phó Chủ tịch
    UBND xã, Trưởng Ban biên tập"): the footer's, its members no signature."""
    for i, b in enumerate(blocks):
        if (labels[i] is None and b.text[:1] == "B" and len(b.text) <= _MENU_HEADLINE and b.text.isupper()
                and fold(b.text).startswith(vocab.board_heads)):
            labels[i], terminal[i] = Label.FOOTER, True
            for j in range(i + 1, min(len(blocks), i + 1 + _BOARD_MEMBERS)):
                if labels[j] is not None or len(blocks[j].text) > BYLINE_LINE or ends_sentence(blocks[j].text):
                    break
                labels[j], terminal[j] = Label.FOOTER, True


_BOARD_MEMBERS = 4  # lines: the editorial board's members under its heading, at most


def _schedule_box(blocks: tuple[Block, ...], labels: list[Label | None],
                  header_dates: list[tuple[int, _dates.DateMatch]], vocab: Vocabulary) -> list[tuple[int, _dates.DateMatch]]:
    """A week's work schedule in a side box before the article (other.txt "@schedule"): under its heading,
    its week, its days and its timed items, labelled other; its days leave the page's date lines."""
    box: set[int] = set()
    for i in (k for k, b in enumerate(blocks)
              if b.text[:1] in "Ll" and len(b.text) <= MENU_ITEM and fold(b.text).startswith(vocab.schedule_heads)):
        rows, timed, days, under_day = [], 0, 0, _DAY_ENTRY_LINES
        table_row = _weekday_first(vocab, _SCHEDULE_CELLS)
        day_entry = _weekday_first(vocab, _DAY_ENTRY, _ITEM_MARK)
        for j in range(i + 1, len(blocks)):
            text = blocks[j].text
            if labels[j] not in (None, Label.DATE, Label.OTHER, Label.CAPTION):
                break
            if _TIME_ITEM.match(text):
                timed += 1
            elif len(text) <= _SCHEDULE_DAY and (labels[j] == Label.DATE or _dates.opens_with_date(text)):
                days, under_day = days + 1, 0
            elif len(text) <= _TEASER_TITLE and (table_row.match(text) or day_entry.match(text)):
                days, under_day = days + 1, _DAY_ENTRY_LINES  # (or a table's row, its entry in it: "Thứ Hai   15/7   07h30: …";
                # or a day's entry on its line: "- Thứ Hai (23/10): Chủ tịch UBND xã chủ trì giao ban đầu tuần.")
            elif not days and _SCHEDULE_HEAD.match(text):
                pass  # (the table's head: "Thứ   Ngày   Nội dung")
            elif under_day < _DAY_ENTRY_LINES and len(text) <= _TEASER_TITLE and labels[j] is None:
                under_day += 1  # a day's entry in a line or two, no time: who receives the citizens, and where
                # ("Thứ Năm, 14/03/2024" / "Ông … – Chủ tịch UBND phường" / "Tiếp công dân định kỳ tại …")
            elif j == i + 1 and blocks[i].text.isupper() and len(text) <= _TEASER_TITLE and (  # (a box's heading in
                    fold(text).startswith(vocab.schedule_heads)) and _WEEK_SPAN.search(text):  # capitals, no category's)
                days = 2  # the box's one link, its week's schedule ("LỊCH CÔNG TÁC" / "Lịch công tác tuần 15 (từ
                rows.append(j)  # 08/4 đến 12/4/2024)"): no headline, and the box ends with it
                break
            elif not (_WEEK_LINE.match(text) or fold(text.rstrip(":")) in _HALF_DAY):
                break
            rows.append(j)
        if timed or days >= 2:
            for j in rows:
                labels[j] = Label.OTHER
            box.update(rows)
            if labels[i] is None:
                labels[i] = Label.OTHER  # (its heading: "LỊCH CÔNG TÁC TUẦN", between the text's paragraphs perhaps)
            if rows and (k := rows[-1] + 1) < len(blocks) and labels[k] in (None, Label.CAPTION) and (
                    len(blocks[k].text) <= MENU_ITEM and _more_link(blocks[k].text, vocab)):
                labels[k] = Label.OTHER  # (and its link to the whole: "Xem toàn bộ lịch công tác")
    return [d for d in header_dates if d[0] not in box] if box else header_dates


def _more_link(text: str, vocab: Vocabulary) -> bool:
    """A link to more under a box, by its verb (data/vi/related.txt "@more_verb"): "Xem tất cả"."""
    verb, space, _ = text.partition(" ")
    return bool(space) and fold(verb) in vocab.more_verbs


_DOCUMENT_ITEM = regex.compile(r"^Số\s*+:?\s*+\d++\s*+/\s*+[\p{Lu}Đ\d.-]++(?:/[\p{Lu}\d.-]++)*+\s*+(?:\(\d{1,2}/\d{1,2}/\d{4}\))?"
                            r"\s*+[-–:]\s*+\S")  # a document's number, its day, its subject: a list's item
_DOCUMENT_NUMBER_FIELD = regex.compile(r"(?i)^(?:số\s*+/?\s*+ký hiệu|số hiệu|ký hiệu)\s*+:")  # "Số ký hiệu: 112/KH-UBND"
_DOCUMENT_TITLE_ITEM = regex.compile(r"(?P<kind>\p{Lu}\p{Ll}++(?: \p{Ll}++)?) số \d++\s*+/\s*+[\p{Lu}Đ\d.-]++(?:/[\p{Lu}\d.-]++)*+"
                                  r"\s++ngày\s++\d")  # "Kế hoạch số 84/KH-UBND ngày 16/6/2023 về …": a box's item
_DOCUMENT_TITLE = 200  # characters: such an item, at most (a paragraph citing a document goes on and ends a sentence)
_DOCUMENT_RECORD = 5  # lines of one document's record in a list of documents (number, date, gist, link), at most
_FIELD_OPENING = regex.compile(r"^[\w/ ]{2,24}+:")  # "Ngày ban hành:", "Trích yếu:"


def _document_list(blocks: tuple[Block, ...], labels: list[Label | None],
                   header_dates: list[tuple[int, _dates.DateMatch]], vocab: Vocabulary) -> list[tuple[int, _dates.DateMatch]]:
    """A side box listing documents, each a record of fields opening with its number ("Số ký hiệu: 112/KH-UBND" /
    "Ngày ban hành: 02/04/2024" / "Trích yếu: Kế hoạch …" / "Tải về"), two or more in a row: labelled other, its
    issue dates no date line of the page's. (One record alone heads a notice posted as the article.)"""
    openings = [i for i, b in enumerate(blocks) if b.text[:1] in "SsKk" and (
        _DOCUMENT_NUMBER_FIELD.match(b.text) or _DOCUMENT_NUMBER.match(b.text) or _DOCUMENT_ITEM.match(b.text)) or (
        labels[i] is None and len(b.text) <= _DOCUMENT_TITLE and " số " in b.text[:24] and not ends_sentence(b.text)
        and (named := _DOCUMENT_TITLE_ITEM.match(b.text)) and line_key(named["kind"]) in vocab.document_kinds)]  # (or
    # "Số: 118/KH-UBND" under its title, or a line each: "Số 142/KH-UBND (02/06/2025) - Kế hoạch …", or each
    # document's kind, number and day as its title: "Quyết định số 1025/QĐ-UBND ngày 19/6/2023 về việc …")
    if len(openings) < 2:
        return header_dates
    box: set[int] = set()
    run = [openings[0]]
    for at in [*openings[1:], None]:
        if at is not None and at - run[-1] <= _DOCUMENT_RECORD:
            run.append(at)
            continue
        if len(run) >= 2:
            end = run[-1] + 1
            while end < len(blocks) and end - run[-1] < _DOCUMENT_RECORD and (
                    labels[end] in (Label.OTHER, Label.DATE) or labels[end] is None and _FIELD_OPENING.match(blocks[end].text)):
                end += 1
            first = run[0] - 1 if run[0] and labels[run[0] - 1] is None and not ends_sentence(blocks[run[0] - 1].text) and (
                blocks[run[0]].text[:3] == "Số:") else run[0]  # (the first record's title over its number)
            lines = range(first, end)
            if all(labels[j] in (None, Label.OTHER, Label.DATE) for j in lines):
                for j in lines:
                    labels[j] = Label.OTHER
                box.update(lines)
        run = [at] if at is not None else []
    return [d for d in header_dates if d[0] not in box] if box else header_dates


def _document_table(blocks: tuple[Block, ...], labels: list[Label | None],
                    header_dates: list[tuple[int, _dates.DateMatch]]) -> list[tuple[int, _dates.DateMatch]]:
    """A table of documents copied a cell a line: its column headings ("Số/Ký hiệu" / "Ngày ban hành" / "Trích
    yếu"), then each row's cells, the document's bare number first ("45/KH-UBND" / "25/04/2024" / "Kế hoạch …"):
    labelled other, its issue dates no date line of the page's (the dates as they were unless two rows follow the
    headings)."""
    for k, b in enumerate(blocks):
        if b.text[:1] not in "SsKk" or not _DOCUMENT_COLUMN.fullmatch(b.text) or labels[k] not in (None, Label.OTHER):
            continue
        columns = 1
        while k + columns < len(blocks) and columns < _DOCUMENT_COLUMNS and len(
                heading := blocks[k + columns].text) <= _DOCUMENT_HEADING and not HAS_DIGIT.search(heading):
            columns += 1
        rows, at = 0, k + columns
        while at < len(blocks) and _BARE_DOCUMENT_NUMBER.fullmatch(blocks[at].text):
            rows, at = rows + 1, at + columns
        if columns < 2 or rows < 2:
            continue
        end = min(at, len(blocks))
        for j in range(k, end):
            labels[j] = Label.OTHER
        return [d for d in header_dates if not k <= d[0] < end]
    return header_dates


_DOCUMENT_COLUMN = regex.compile(r"(?i)số\s*+/?\s*+ký hiệu|số hiệu|ký hiệu|số văn bản")  # a table's number column
_DOCUMENT_COLUMNS = 6  # columns of such a table, at most
_DOCUMENT_HEADING = 30  # characters: a column's heading, at most
_BARE_DOCUMENT_NUMBER = regex.compile(r"\d{1,5}+\s*+/\s*+(?:\d{4}/)?[\p{Lu}Đ\d.-]++(?:/[\p{Lu}\d.-]++)*+")  # "45/KH-UBND"


def _cells_counter(text: str, vocab: Vocabulary) -> list[tuple[str, int]] | None:
    """A counter table's row of two cells, its label and its count ("│ Hôm nay │ 845 │", a text browser's box
    table), read as the label and its value."""
    cells = [cell.strip() for cell in text.strip(" |").split("|")]
    if len(cells) != 2 or not COUNT_DIGITS.match(cells[1]) or not cells[0] or HAS_DIGIT.search(cells[0]):
        return None
    return worded_counter(vocab, fold(f"{cells[0]}: {cells[1]}"), need_visit=False) or read_counters(vocab, f"{cells[0]}: {cells[1]}")


def _credited_field(text: str, vocab: Vocabulary) -> str | None:
    """The field of a meta row that credits the writer ("Tin, ảnh: Hải Đăng" in "… | Lượt đọc: 1.204"), not
    a source's or an approver's ("Người duyệt: …"), or None."""
    fields = (counters_after(f.strip(), vocab)[0] for f in FIELD_SEPARATORS.split(text))  # (the views run on after
    # it: "Người viết: Minh Thuận (Trung tâm …) Lượt xem: 1.187")
    return next((f for f in fields if credited_names(f, vocab) and not _signature.source_line(f, vocab)), None)


def _titled_photo_story(text: str, vocab: Vocabulary) -> bool:
    """A photo story's heading and its title, no name ("Phóng sự ảnh: Sắc màu Gầu Tào"), where the
    same label may credit its photographer ("Phóng sự ảnh: NÔNG HOÀNG LINH")."""
    head, _, title = text.partition(":")
    return boilerplate_kind(vocab, head) == "gallery" and not _signature.names_like(title.strip(), vocab)


def _captioned_slides(blocks: tuple[Block, ...], i: int, count: int, vocab: Vocabulary) -> int | None:
    """Where a slider's heading stands over its ``count`` captions right above line ``i`` (its place,
    "1 / 4", with no arrows), or None."""
    if not 2 <= count <= _SLIDER_PHOTOS:
        return None
    near = next((k for k in range(i - 1, max(i - 3, -1), -1) if len(blocks[k].text) <= MENU_ITEM
                 and vocab.gallery_word.match(blocks[k].text) and not ends_sentence(blocks[k].text)), None)
    if near is not None and all(len(blocks[k].text) <= MENU_ITEM and not is_prose(blocks[k].text) for k in range(near, i)):
        return near  # (or right under its heading, a hint between: "Hình ảnh sự kiện" / "(trượt để xem thêm ảnh ›)")
    top = i - count - 1
    if top < 0:
        return None
    heading = blocks[top].text
    if len(heading) > 60 or ends_sentence(heading) or not vocab.gallery_word.search(heading):
        return None
    return top if all(len(blocks[k].text) <= CAPTION_LINE and not is_prose(blocks[k].text) for k in range(top + 1, i)) else None


_SLIDER_PHOTOS = 30  # photos in a slider that prints each one's caption, at most


def _tool_icons(text: str, vocab: Vocabulary) -> bool:
    """A row of page tools each drawn as one icon or one platform's letter, two at least ("⎙ ✉ f z")."""
    marks = text.split()
    return len(marks) >= 2 and all(m in vocab.tool_icons or m in vocab.tool_letters for m in marks)


_STARS_IN_A_ROW = regex.compile(r"^1 2 3 4 5(?: 6 7 8 9 10)?+(?:\s++\((?P<count>[^()]{1,30}+)\))?$")
_PRICE_LINE = 60  # characters: a market price's line, its goods, price and unit
_LABELLED_TOOLS = 48  # characters: a share label and its buttons, at most
_SHARE_LABEL_WORDS = 3  # words of a share label before its buttons ("Chia sẻ bài viết")


def _labelled_tool_icons(text: str, vocab: Vocabulary) -> bool:
    """A share label, then its buttons each an icon, a platform's letter or its name, two at least
    ("Chia sẻ  f  in  Zalo  ✉")."""
    words = text.split()
    for k in range(1, min(_SHARE_LABEL_WORDS, len(words) - 2) + 1):
        if vocab.line_kinds.get(line_key(" ".join(words[:k]))) == "share":
            return all(m in vocab.tool_icons or m in vocab.tool_letters or fold(m) in vocab.platform_words
                       for m in words[k:])
    return False


_NOTICE_TOP = 8  # lines: where a scrolling notice stands, over or under the menu
_NOTICE_LINE = 100  # characters: a notice says more than a headline, or ends its sentence
_CUT_NOTICE_TOP = 16  # lines: where a ticker's notice, cut short, stands under a long menu
_CUT_NOTICE_LINE = 200  # characters
# (no sentence ends before its cut; a dot inside an address may, and the ticker's next notice after the cut:
# "… qua hộp thư mttq.tanlieu@travinh.gov.vn .........", "Thông báo: Lịch kiểm tra … ...  Kế hoạch tổ chức … ...")
_CUT_NOTICE = regex.compile(r"^\p{Lu}[^:.!?]{2,50}+:\s(?:[^.!?…]|\.(?=[^\s.])|(?:\.{3}|…)\s++(?=\p{Lu}))++(?:\.{3,}+|…)$")
_NOTICE_OVER_DATE = 6  # lines: from a notice to the date line under the headline, at most
_NOTICE_LABEL = regex.compile(r"^(?P<label>\p{Lu}++(?: \p{Lu}++){1,2}):\s(?!.*\?$)")  # "THÔNG BÁO: …", "CHÚ Ý: …"
# (two words at least, and no question: an interview's "PV: Thưa ông, …?")


def _credit_field_pair(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary) -> tuple[str, int] | None:
    """A writer's credit printed as a template's field over the text: its label alone ("Tác giả"),
    the names on the line under it ("Nguyễn Văn Phúc - Ban CHQS xã"); that line and where it stands
    (both lines labelled in place). A source's or an uploader's field credits no writer."""
    for i in range(len(blocks) - 1):
        if is_prose(blocks[i].text):
            return None  # (the text has begun)
        if (labels[i] in (None, Label.OTHER) and labels[i + 1] in (None, Label.OTHER)
                and (field := label_over_value(blocks, i)) and ":" not in blocks[i + 1].text
                and not _signature.uploader_label(blocks[i].text, vocab)
                and not _signature.source_line(field, vocab) and credited_names(field, vocab)):
            labels[i] = labels[i + 1] = Label.OTHER
            return field, i + 1  # (as printed, joined: "Tác giả" / "Ngô Bảo Trâm" → "Tác giả: Ngô Bảo Trâm")
    return None


_LOGIN_LINE = 40  # characters: an account's name or login on its line, at most


def _uploader_field_pairs(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary) -> None:
    """An uploader's label alone on its line, the account under it ("bởi" / "bientapvien02", tagDiv's
    spans): who pressed publish, no text (both lines labelled in place)."""
    for i in range(len(blocks) - 1):
        label, value = blocks[i].text, blocks[i + 1].text
        if (labels[i] is None and len(label) <= FIELD_LABEL and fold(label.rstrip(": ")) in vocab.uploader_labels
                and labels[i + 1] is None and len(value) <= _LOGIN_LINE and (
                    _signature.login_name(value) or account_line(value, vocab))):
            labels[i] = labels[i + 1] = Label.OTHER


_PAGER_TITLE = 200  # characters: a post's title under the pager's label, at most


def _tags_under_label(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary) -> None:
    """The post's tags a line each under their label alone ("Từ khóa:" / "Hội LHPN" / "pháp luật" /
    "hội thi"): no name signing, no text."""
    for i in range(len(blocks) - 1):
        text = blocks[i].text
        if labels[i] is not None and len(text) <= CREDIT_LABEL and text[-1:] == ":" and fold(text) in vocab.tag_labels:
            j = i + 1
            while (j < len(blocks) and j - i <= TAGS and labels[j] in (None, Label.NAVIGATION, Label.OTHER)
                   and len(blocks[j].text) <= TAG and not ends_sentence(blocks[j].text) and not HAS_DIGIT.search(blocks[j].text)
                   and blocks[j].text[-1:] != ":"):  # (up to the next field's label: "Tác giả:" / its name)
                labels[j] = Label.OTHER
                j += 1


def _pager_row(text: str, vocab: Vocabulary) -> bool:
    """The previous and the next post's links alone on a line, arrows round them ("« Trước   Tiếp theo »")."""
    parts = _SPACED_ITEMS.split(text.replace("|", "  "))
    return len(parts) == 2 and all(pager_label(part, vocab) for part in parts)


def _home_glued(text: str, vocab: Vocabulary) -> bool:
    """The line opens with the home page's name run into the next item's first letter ("TRANG CHỦGIỚI
    THIỆU…", navigation.txt "@home"): a menu's items printed with no space between."""
    return any(fold(text[:len(home) - 1]) == home[:-1] and text[len(home) - 1:len(home)].isalpha()
               for home in vocab.home_names)  # (each name with its space after it)


def _spaced_trail(blocks: tuple[Block, ...], labels: list[Label | None]) -> None:
    """A breadcrumb whose steps only wide gaps set apart, ending in the headline printed whole a few lines
    below ("Tin tức  Bài đăng  Phường Tân Long tổ chức …", SharePoint's): the trail, not the headline."""
    for i in range(min(len(blocks), _PRINT_HEADER + 4)):
        text = blocks[i].text
        if labels[i] is not None or "  " not in text:
            continue
        *steps, last = _SPACED_ITEMS.split(text.strip())
        if steps and len(last) >= _GLUED_HEADLINE and all(len(step) <= MENU_ITEM for step in steps) and any(
                same_line(last, blocks[j].text) for j in range(i + 1, min(len(blocks), i + _PRINT_HEADER))):
            labels[i] = Label.NAVIGATION


def _tool_before_headline(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary) -> None:
    """A print view's button glued to the headline atop the page ("In Xã Bản Mế Thượng đón Bằng …" /
    "Đóng cửa sổ" / … / "Xã Bản Mế Thượng đón Bằng …"): the tool's word (share.txt "@word"), then a line
    printed whole further down, is the tool's row, not the headline."""
    for i in range(min(len(blocks), _PRINT_HEADER)):
        word, _, rest = blocks[i].text.partition(" ")
        if labels[i] is None and len(rest) >= _GLUED_HEADLINE and fold(word) in vocab.tool_words and any(
                same_line(rest, blocks[j].text) for j in range(i + 1, min(len(blocks), i + _PRINT_HEADER + 4))):
            labels[i] = Label.SHARE


_GLUED_HEADLINE = 20  # characters: a headline after a tool's word, at least


def _contents_box(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary) -> None:
    """A table of contents: its heading (navigation.txt "@toc", a toggle after it: "Nội dung chính [Ẩn]"),
    then its numbered links to the text's sub-headings, one a line ("1 Ngôi nhà mơ ước …", "2.1 …"),
    two at least: navigation, none of them the headline."""
    for i, b in enumerate(blocks):
        if len(b.text) > _TOC_HEADING or line_key(_TOGGLE.sub("", b.text)) not in vocab.toc_headings:
            continue
        end = i + 1
        while end < len(blocks) and len(blocks[end].text) <= _TOC_ITEM and _TOC_NUMBER.match(blocks[end].text) and (
                not ends_sentence(blocks[end].text)):
            end += 1
        if end - i > 2:
            labels[i:end] = [Label.NAVIGATION] * (end - i)


_TOC_HEADING = 40  # characters: a table of contents' heading and its toggle
_TOC_ITEM = 160  # … a line of it
_TOC_NUMBER = regex.compile(r"\d{1,2}(?:\.\d{1,2}){0,2}\.?\s++\S")  # "1 ", "2.1 ", "3. ": an item's number
_TOGGLE = regex.compile(r"\s*+[\[(][^\[\]()]{1,12}[\])]\s*+$")  # "[Ẩn]", "[Hiện]", "(hide)" after the heading


def _share_column(blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool], vocab: Vocabulary) -> None:
    """A share menu printed one button a line (Blogger's "Nhận đường liên kết" / "Facebook" / "X" /
    "Pinterest" / "Email" / "Ứng dụng khác"): a word that is a button only among others (share.txt
    "@toolbar") or a platform's letter, between two of its buttons, is one too, not the footer's "Email"."""
    for i in range(1, len(blocks) - 1):
        text = blocks[i].text
        if (len(text) <= _TOOL_WORD and labels[i - 1] == Label.SHARE and labels[i + 1] in (Label.SHARE, Label.FOOTER, None)
                and (text.lower() in vocab.tool_letters or line_key(text) in vocab.toolbar_words)
                and (labels[i + 1] == Label.SHARE or i + 2 < len(blocks) and labels[i + 2] == Label.SHARE
                     and len(blocks[i + 1].text) <= _TOOL_WORD)):
            labels[i], terminal[i] = Label.SHARE, True
            if labels[i + 1] != Label.SHARE:  # (two such words in a row: "X" / "Email" under "Facebook")
                labels[i + 1], terminal[i + 1] = Label.SHARE, True


_TOOL_WORD = 10  # characters: a share button's word alone on its line ("Email", "X", "Trả lời")


def _pager_titles(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary) -> None:
    """The previous and next posts' titles, each on the line under its label ("Bài trước" / "Ấp Kinh
    Mới ra mắt Tổ tự quản an ninh trật tự"): the pager's links, in place."""
    for i in range(len(blocks) - 1):
        if (labels[i] == Label.NAVIGATION and labels[i + 1] is None and len(blocks[i].text) <= 24
                and pager_label(blocks[i].text, vocab)
                and len(blocks[i + 1].text) <= _PAGER_TITLE and not ends_sentence(blocks[i + 1].text)
                and not (i + 2 < len(blocks) and labels[i + 2] == Label.DATE)):
            labels[i + 1] = Label.NAVIGATION  # (but a post scrolled in whole under it, its date under its title:
            # "Bài tiếp theo" / title / "28/08/2024 07:10" / its text, another article the capture goes on with)
    for i, b in enumerate(blocks):
        if labels[i] is None and len(b.text) <= _PAGER_TITLE and (glued := GLUED_WORDS.search(b.text, 0, 24)) and (
                pager_label(b.text[:glued.start()], vocab)):
            labels[i] = Label.NAVIGATION  # the label run into the post's title, their elements joined with no
            # space ("Bài viết trướcHội thi “Bếp trưởng nông thôn” …")




def _notice_over_menu(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary) -> None:
    """A notice scrolling over the page's top, its label in capitals ("THÔNG BÁO: UBND xã tiếp nhận hồ
    sơ …"), over the site's menu: a banner, not the article's first paragraph (the article comes
    under the menu)."""
    for i in range(min(_NOTICE_TOP, len(blocks))):
        if labels[i] is None and blocks[i].text[:1].isupper() and _NOTICE_LABEL.match(blocks[i].text) and (
                ends_sentence(blocks[i].text) or len(blocks[i].text) > _NOTICE_LINE) and any(
                labels[j] == Label.NAVIGATION for j in range(max(0, i - 2), min(len(blocks), i + 8)) if j != i) and not (
                blocks[i].text.isupper() and i + 1 < len(blocks) and labels[i + 1] == Label.DATE):
            labels[i] = Label.OTHER  # (a headline worded so, "THÔNG BÁO: Lịch tiếp công dân", ends no sentence; nor one
            # in capitals over its date line, a place's name before its colon: "HẢI ĐƯỜNG: TỔNG KẾT …")
        elif (labels[i] is None and blocks[i].text.startswith(vocab.notice_openings)
              and ends_sentence(blocks[i].text) and any(labels[j] == Label.NAVIGATION for j in range(max(0, i - 2), i))
              and (any(labels[j] == Label.DATE for j in range(i + 2, min(len(blocks), i + _NOTICE_OVER_DATE)))
                   or i + 1 < len(blocks) and labels[i + 1] == Label.NAVIGATION)):
            labels[i] = Label.OTHER  # … or in its own case, over the category, the headline and the date line
            # ("Thông báo: UBND xã tiếp nhận hồ sơ …" / "An ninh - Quốc phòng" / headline / "Ngày: 03/04/2024"),
            # or between the menu and the category's heading whatever comes under it (the date under the lead)
    for i in range(min(_CUT_NOTICE_TOP, len(blocks))):
        text = blocks[i].text
        if labels[i] is None and text.endswith(("...", "…")) and len(text) <= _CUT_NOTICE_LINE and (
                _CUT_NOTICE.match(text)) and any(labels[j] == Label.NAVIGATION for j in range(max(0, i - 4), i)):
            labels[i] = Label.OTHER  # a notice's label and its text cut short under the menu, a ticker's
            # ("Thông báo: Lịch tiếp công dân … tháng 4/2023 ...", "Tuyển sinh năm học 2024-2025: Nhận hồ sơ …")


def _credited_account(text: str, vocab: Vocabulary) -> bool:
    """A writer's credit naming the CMS account, then when ("Người viết: Quản trị viên lúc 14.05.2024"):
    an uploader's line in a credit's words."""
    rest, credited = _signature.strip_credit(text, vocab)
    if not credited:
        return False
    who = min((rest.find(sep) for sep in _UPLOADED_AT if rest.find(sep) > 0), default=-1)
    return who > 0 and _signature.account_name(rest[:who].strip(), vocab)


def _site_name_again(blocks: tuple[Block, ...], i: int, credit: str, vocab: Vocabulary) -> bool:
    """The unit a meta row names before its date is the site's own, printed again from the header
    ("UBND PHƯỜNG HÒA PHÁT TÂY" / … / "UBND PHƯỜNG HÒA PHÁT TÂY — 30 Thg 9, 2022 — …"), or the header's own beside
    the site's clock on the page's first lines ("ỦY BAN NHÂN DÂN PHƯỜNG ĐỒNG TÂM      Thứ Năm, 23/11/2023"): no writer."""
    if not site_banner(credit, vocab):
        return False
    key = fold(credit)
    return i < _CLOCK_LINES or any(fold(blocks[j].text) == key for j in range(min(i, _HEADER_LINES)))


_HEADER_LINES = 12  # lines from the page's top where the site prints its name


_ARROW_LINK = regex.compile(r"^(?:>>|»»?|>)\s*+(?P<title>\p{Lu}[^;]++)(?<!:)$")  # ">> <title>", "» Long An: <title>"
_SLASH_BEFORE_LABEL = regex.compile(r"\s/\s(?=[^\W\d][^/:]{0,30}:\s)")


def _byline_field(text: str, date: _dates.DateMatch, vocab: Vocabulary) -> str | None:
    """A writer's credit in the meta line, before its date ("Tác giả: Lê Na | Ngày đăng: …") or
    after it ("12/03/2024 08:15 | Tác giả: Lê Na").

    The CMS uploader ("Người đăng tin: …") is an account, not an author.
    """
    at = text.find(date.text) if date.text else -1
    if at < 0:
        return None
    if run_on_meta(text, vocab):
        text = run_on_fields(text, vocab)  # ("… 09:24:51 Nguồn: … Tác giả: Hoàng Văn Quyết Lượt nhấp: 356")
    if text[:1] in BAR_MARK_CHARS:
        framed = len(text) - len(text.lstrip(BAR_MARK_CHARS + " "))  # the row framed by its marks ("◆ Vi Thị Sen ◆ …")
        text, at = text[framed:], at - framed
    if (at and len(text) <= 120 and text[:1].isupper() and named_date(text, _dates.patterns(vocab), vocab) == at
            and fold(text[:at].strip(" -–|·•,")) not in weekday_keys(vocab)  # (a weekday's shape is a name's)
            and boilerplate_kind(vocab, text[:at].strip(" -–|·•,")) is None):  # (a category's: "TIN ĐỊA PHƯƠNG  28/02/…")
        return text[:at].strip(" -–—|·•" + BAR_MARK_CHARS)  # the writers' names before it ("THANH HẢI - MINH KHOA Thứ Năm, …")
    if at and " — " in text[:at] and name_dash_unit(before := text[:at].strip(" |·•"), vocab):
        return before  # the writer and their unit ("Hoàng Yến — Đài Truyền thanh thị trấn · 15/01/2024 …")
    bare = None  # a name with no credit word after the date
    source = None  # a source credited there ("… | Nguồn: Phòng Văn hóa và Thông tin huyện | …"): the byline
    # only when no writer is (and the signature closing the text, when there is one, wins over either)
    for before, side in ((True, text[:at]), (False, text[at + len(date.text):])):
        side = SPACED_BARS.sub(" | ", side.translate(BAR_MARKS))  # ("… | Tác giả: Lê Na | Nguồn: …"; between
        # a template's marks, "Tin: Lê Quang ✦ 17:05 ◆ …")
        if " / " in side:
            side = _SLASH_BEFORE_LABEL.sub(" | ", side)  # (or slashes before labels: "… / Tác giả: Nguyễn Thảo / Xem: 88")
        side = _bar_before_icons(side, vocab)  # (or icons: "◷ 21.10.2022 ◉ 1032 ✍ Minh Khoa")
        if (not before and side[:1] == " " and (by := category_then_writer(side.strip(), vocab)) is not None
                and _signature.written_by(credit := side.strip()[by:].strip(), vocab, 2)):
            return credit  # the category, then its writer, run together ("… Đô thị - Môi trường by Thu Hà": the
            # template's spans; the category's names before it say the two words after "by" are a name)
        for field in FIELD_SEPARATORS.split(side.strip(" |•·-–—‖:[]")):
            field = counters_after(field.strip(" |•·-–"), vocab)[0]  # (counters after it: "… Lượt xem: 215")
            if field and len(field) <= 6 and is_timezone(field):
                continue  # (the time's zone: "13 Jul 2013 02:14:51 UTC", an archive's capture)
            if field and not _signature.uploader_label(field, vocab) and credited_names(field, vocab):
                return field
            if field and field[:1] in "VvĐđWwBb" and _signature.written_by(field, vocab, 2 if ":" in field[:16] else 3):
                return field  # "… | Bởi: Phan Thị Cúc": a person's full name, not the CMS account (a labelled
                # field of the row, a pen name of two words enough: "Date: 12/12/2023 · By: Hoàng Yến · Read: 77")
            if (field and before and len(field) <= 80
                    and (signed := _signature.parse_signature([field], vocab)) is not None and signed.role):
                return field  # the writer and their unit before the date ("Ka Hoa – Công chức Địa chính xã | …")
            if field and not before and field[-1:] == ")" and len(field) <= 80 and unit_byline(field, vocab):
                return field  # … or after it, the unit in brackets ("09:32 | 15/01/2025 | Thanh Tâm (Trung tâm …) | …")
            if field and source is None and len(field) <= 80 and (
                    _signature.source_line(field, vocab) or _credited_unit(field, vocab)) and (
                    _signature.parse_signature([field], vocab) is not None):
                source = field  # (or a unit under a writer's label: "Tác giả: Phòng Văn hóa và Thông tin huyện | …")
            if (field and not before and bare is None and len(field) <= 40 and ":" not in field
                    and _signature.names_like(field, vocab) and boilerplate_kind(vocab, field) is None
                    and not account_line(field, vocab)):
                bare = field  # a name alone among the fields after the date ("Tin hoạt động || 22-05-2024 || Hồng
                # Vân || 318 lượt"): the writer, when no field credits one
    return bare or source


def _credited_unit(field: str, vocab: Vocabulary) -> bool:
    """A writer's label naming a unit, not a person ("Tác giả: Phòng Văn hóa và Thông tin huyện")."""
    rest, credited = _signature.strip_credit(field, vocab)
    return credited and not _signature.uploader_label(field, vocab) and _signature.role_like(rest, vocab)


def _bare_writer_before(blocks: tuple[Block, ...], i: int, date: _dates.DateMatch, vocab: Vocabulary) -> str | None:
    """A name alone before the date and a bar ("Thanh Nga | 10:25, 07/05/2025"): the writer, when the page
    prints it in no other short line (a category's name there is a menu item or the trail's last step too)."""
    text = blocks[i].text
    at = text.find(date.text) if date.text else -1
    head = text[:at].rstrip() if at > 0 else ""
    field = head[:-1].strip() if head.endswith("|") else ""
    if (not field or "|" in field or len(field) > 40 or not _signature.names_like(field, vocab)
            or boilerplate_kind(vocab, field) is not None or account_line(field, vocab)
            or weekday_keys(vocab).intersection((fold(field), fold(field.split(",")[0])))):
        return None  # (a weekday has a name's shape: "Thứ Hai | 17.07.2023")
    key = fold(field)
    if any(j != i and len(b.text) <= _MENU_LINE and key in fold(b.text) for j, b in enumerate(blocks)):
        return None
    return field


_MENU_LINE = 200  # characters: a menu, a trail or a box's list, where a category's name is printed again


# Breadcrumb separators: arrows anywhere; a spaced slash only after a menu word ("Trang chủ / …"),
# since "năm 2023 / 2024" is text.
_CRUMB_ARROW = regex.compile(r"\s*(?:[>»›❯→‣]{1,2}+|::)\s*")  # (doubled too: "Đang xem >> Tin hoạt động >> …")
_CRUMB_SLASH = regex.compile(r"\s+/\s+")


_CRUMB_GAP = regex.compile(r"(?<! ) {2}(?! )")  # two spaces exactly, where a trail's arrow was a picture


def breadcrumb(text: str, vocab: Vocabulary) -> bool:
    """A breadcrumb trail above the title: "Trang chủ > Tin tức > Hoạt động", "» Tin tức",
    "Trang chủ / Tin tức": capitalised menu names between separators."""
    if len(text) > 160:
        return False
    if text[:1] in vocab.home_icons and text[1:3].strip() in ("", "/", ">", "»", "›"):
        text = "Trang chủ" + text[1:]  # the home page drawn as an icon ("⌂ / Tin tức / Văn hóa - Xã hội")
    if ">" in text or "»" in text or "›" in text or "::" in text or "❯" in text or "‣" in text:
        parts = _CRUMB_ARROW.split(text)
        if parts[0] == "":
            parts = parts[1:]  # "» Tin tức": the trail's first step is the site itself
    elif " / " in text:
        parts = _CRUMB_SLASH.split(text)
        if ":" in parts[0] and line_key(parts[0].partition(":")[0]) in vocab.trail_labels:
            parts[0] = parts[0].partition(":")[2].strip()  # (its label first: "Bạn đang xem: Tin tức / Kinh tế")
        if vocab.line_kinds.get(line_key(parts[0])) != "navigation":
            return False
    elif "  " in text and len(parts := _CRUMB_GAP.split(text)) >= 3 and all(
            vocab.line_kinds.get(line_key(step)) == "navigation" for step in parts[:2]):
        pass  # the arrows drawn as pictures, two spaces left between the steps ("Tin tức  Bài đăng  Ngày hội …",
        # SharePoint's blog), its first two steps the menu's
    else:
        return False
    steps = [p for p in parts if p]  # (a trail may end in its separator: "Tin tức >")
    if len(steps) < len(parts) - 1 or not steps:
        return False
    if len(steps) == 1 and (line_key(" ".join(steps[0].split()[:2])) in vocab.read_more
                            or line_key(steps[0].split()[0]) in vocab.read_more
                            or vocab.line_kinds.get(line_key(steps[0])) == "related"):
        return False  # a box's read-more link, its arrow after it ("Xem thêm cảnh báo »", "Xem tất cả »"), no trail
    *menus, last = steps
    # The last step may be the article's own title, whole or cut off ("… cho hộ cận nghèo...").
    cut = last.endswith(("...", "…"))  # (one menu step before it when it is cut: "Tin tức > Phường … ma tú...")
    headline = (len(menus) >= 2 or cut and len(menus) == 1 and (
        vocab.line_kinds.get(line_key(menus[0])) == "navigation" or _section_step(menus[0]))
                ) and last[0].isupper() and len(last) <= 200 and (cut or not ends_sentence(last))
    return (all(len(p) <= 50 and len(p.split()) <= 8 and p[0].isupper() or not k and len(p) <= 80 and site_banner(p, vocab)
                for k, p in enumerate(menus))  # (the first step may be the site's whole name: "Cổng thông tin điện tử
            # huyện … > Tin tức - Sự kiện > Tin địa phương")
            and (headline or len(last) <= 50 and len(last.split()) <= 8 and last[0].isupper() and not ends_sentence(text)))


def _section_step(step: str) -> bool:
    """A section's name as a trail's step, the units it covers listed after a comma ("Tin hoạt động xã, thị
    trấn", "Tin tức xã, phường, thị trấn"): a menu's name, though no list of menu names holds it."""
    return len(step) <= _TRAIL_STEP and _UNITS_LISTED.match(step) is not None


_UNITS_LISTED = regex.compile(r"^\p{Lu}[^,\d]{2,30}+(?:,\s++\p{Ll}[^,\d]{1,12}+){1,3}$")


_TRAIL_STEP = 40  # characters: the longest menu item a trail repeats
_HOME_TRAIL_WORDS = 12  # words of a trail or a menu row run together after the home page's name, at most


def _home_trail(blocks: tuple[Block, ...], labels: list[Label | None], i: int, vocab: Vocabulary) -> bool:
    """A trail or a menu row whose separators were dropped, opening with the home page's name ("Trang
    chủ Tin tức Tin trong xã", "Trang chủ Chính quyền Tin tức Công dân …"), by the date line or the
    menu: a few words, no digit, no sentence."""
    text = blocks[i].text
    if len(text) > 3 * _TRAIL_STEP or ends_sentence(text) or HAS_DIGIT.search(text):
        return False
    if not fold(text[:12]).startswith(vocab.home_names) or len(text.split()) > _HOME_TRAIL_WORDS:
        return False
    return (i + 1 < len(blocks) and labels[i + 1] in (Label.DATE, Label.NAVIGATION)) or (
        i > 0 and labels[i - 1] in (Label.DATE, Label.NAVIGATION))


def _menu_trail(blocks: tuple[Block, ...], labels: list[Label | None], i: int) -> bool:
    """A trail printed with no separators, its steps the menu's own items above it ("Trang nhất
    Tin Tức Hoạt động cơ sở" under the lines "Trang nhất", "Tin Tức", "Hoạt động cơ sở"): the
    line is two or more menu items above it, one after the other."""
    text = blocks[i].text
    if len(text) > 3 * _TRAIL_STEP or ends_sentence(text):
        return False
    raw = [blocks[j].text for j in range(i) if labels[j] == Label.NAVIGATION and len(blocks[j].text) <= _TRAIL_STEP]
    head = text.lower()
    if len(raw) < 2 or not any(head.startswith(item.lower() + " ") for item in raw):
        return False  # (the trail opens with one of the items: most lines open with none)
    items = {fold(item) for item in raw}
    words = fold(text).split()
    # reach[k]: the fewest items that spell words[:k] (0 for none), None where no split reaches
    reach: list[int | None] = [0] + [None] * len(words)
    for k in range(1, len(words) + 1):
        for j in range(max(0, k - 8), k):
            if reach[j] is not None and " ".join(words[j:k]) in items:
                reach[k] = reach[j] + 1 if reach[k] is None else min(reach[k], reach[j] + 1)
    return reach[-1] is not None and reach[-1] >= 2


def _image_name(text: str) -> bool:
    return file_name(text, IMAGE_ENDS)


def noise_kind(text: str) -> Label | None:
    """Scraper or CMS residue that is not language: ids, file names, hashes, template variables."""
    if len(text) > 400:
        return None
    if (("portlet" in text or "_WAR_" in text or "_INSTANCE_" in text) and _PORTLET.match(text)
            or is_timezone(text) or ("=" in text and _TEMPLATE_VAR.match(text))):
        return Label.OTHER
    if not any(ch.isalnum() for ch in text):
        return Label.OTHER  # punctuation alone: "./.", "***", "---" (an end mark or a rule)
    if "://" in text and _URL_FIELD.match(text):
        return Label.OTHER  # a print view's address of the page: "Địa chỉ trang: https://…"
    # Splitting into tokens only when it can tell: a line of file names ends in one, and ids
    # are ASCII.
    if file_name(text) and all(file_name(t) for t in text.split()):
        return Label.OTHER
    if text[-1:] in _TICKER_MARKS and text[-2:-1] == " " and text.count(text[-1]) >= 2:
        return Label.OTHER  # a ticker's items, each closed by its star ("Cảnh báo: … tài sản ★ Người dân … ★")
    if not text.isascii():  # (a flag of the str object: no scan)
        return None
    tokens = text.split()
    if len(tokens) >= 2 and sum(bool(_ID_TOKEN.match(t)) for t in tokens) >= 0.8 * len(tokens):
        return Label.OTHER
    if len(text) <= 40 and text[:1] in "IDPM" and _CAMERA_FILES.match(text):
        return Label.OTHER  # a photo's camera name for its caption ("IMG_3012", "DSC_0457"), no extension
    return None


_TICKER_MARKS = "★☆◆◇♦●■□▪"  # what closes each item of a scrolling ticker printed as one line
_CAMERA_FILES = regex.compile(r"^(?:(?:IMG|DSC[NF]?|PXL|MVIMG|P)[_-]?\d{3,}(?:[_-]\d+)*+\s*+)+$")


# An official document's number under its issuer ("Số: 45/TB-UBND", "Số 12/KH-UBND"): a number,
# then a code of capitals after a slash.
_DOCUMENT_NUMBER = regex.compile(r"^Số\s*:?\s*\d+\s*/\s*[\p{Lu}Đ\d.-]+(?:/[\p{Lu}\d.-]+)*$")
# An official document's place and date under its motto ("Hưng Long, ngày 27 tháng 8 năm 2024").
def _place_date(text: str, pat: _dates.DatePatterns) -> bool:
    """An official document's place and date ("Hưng Long, ngày 27 tháng 8 năm 2024"), not the site's
    clock in the same words ("Hôm nay, ngày 04 tháng 12 năm 2023")."""
    return _PLACE_DATE.match(text) is not None and not fold(text[:16]).startswith(pat.clock_words)


_PLACE_DATE = regex.compile(r"^\p{Lu}[\p{L}\d .'-]{1,40},\s*ngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\.?$")
_FIELD = regex.compile(r"^\s*\p{L}[^:|]{1,29}:\s*[^\s:|][^:|]{0,40}$")
_URL_FIELD = regex.compile(r"^\p{L}[^:/]{1,39}::?\s*https?://\S+$")  # (NukeViet's print view doubles the colon: "URL của bản tin này:: …")


def _advertised(text: str, vocab: Vocabulary) -> bool:
    """Spam written as a finished sentence: two phrases of it, one praised right after ("… các cổng
    game bài đổi thưởng uy tín như …", data/vi/spam.txt "@praise"); a report on a gambling ring names
    such phrases but does not praise them."""
    folded = fold(text)
    return (any(word in folded for word in vocab.spam_praise) and vocab.spam_praised.search(folded) is not None
            and _spam(text, vocab))  # (the praise's words first: a substring test, cheaper than the pattern)


def _spam_beside(blocks: tuple[Block, ...], i: int, vocab: Vocabulary) -> bool:
    """A line next to line ``i`` in lower case with a spam phrase too: injected links listed a line each."""
    return any(0 <= j < len(blocks) and blocks[j].text[:1].islower() and len(blocks[j].text) <= 300
               and vocab.spam_phrase.search(fold(blocks[j].text)) for j in (i - 1, i + 1))


def _spam(text: str, vocab: Vocabulary) -> bool:
    """Two or more phrases of injected spam in the line (data/vi/spam.txt)."""
    found = 0
    for _m in vocab.spam_phrase.finditer(fold(text)):
        found += 1
        if found == 2:
            return True
    plain = " ".join(word for word in fold(text).split() if word.isascii())  # (its words typed without accents,
    if len(vocab.spam_phrase_plain.findall(plain)) + found >= 2:  # "tai game ban ca doi thuong | xoc dia online")
        return True
    # one, beside fields typed without accents ("dang ky 188bet nhan thuong | link vao w88 … | cá cược …")
    return found == 1 and " | " in text and sum(f.isascii() and len(f.split()) >= 3 for f in text.split(" | ")) >= 2


def _uploader_fields(text: str, vocab: Vocabulary) -> bool:
    """Fields between bars, one of them who posted it ("… bởi Quản trị phường"), the others
    "label: value" fields or empty."""
    fields = [f.strip() for f in text.split("|") if f.strip()]
    posted = [f for f in fields if len(f) <= 60 and _ends_in_uploader(f, vocab)]
    return len(fields) >= 2 and bool(posted) and all(
        f in posted or _FIELD.match(f) or vocab.comment_count.match(fold(f)) for f in fields)  # ("| 0 Bình luận")


def _ends_in_uploader(field: str, vocab: Vocabulary) -> bool:
    """A field closed by who uploaded it, whatever stands before ("Đăng lúc 4:35 CH bởi Quản trị phường")."""
    words = field.split()
    return any(uploader_field(" ".join(words[k:]), vocab) for k in range(len(words)))


def field_line(text: str) -> bool:
    """Two or more "label: value" fields between bars, and nothing else: CMS metadata ("ID bài
    viết: 10452 | Người đăng: admin"), never a title."""
    return fields_only(text.split("|"), _FIELD)


_SPACED_ITEMS = regex.compile(r"\s{2,}")  # menu items a scraper left between runs of spaces


def _address_line(text: str, vocab: Vocabulary) -> bool:
    """A postal address and nothing else: its parts between commas, a house number or a street first,
    the last ones administrative units ("Số 12, đường Lê Lợi, phường 2, quận 5, TP. Hồ Chí Minh")."""
    parts = [part.strip() for part in ICON_EDGES.sub("", text).split(", ")]
    if len(parts) < _ADDRESS_PARTS or ends_sentence(parts[-1]) and not parts[-1].endswith(".") or any(
            len(part.split()) > _ADDRESS_PART_WORDS for part in parts):
        return False
    words = parts[0].split()
    named = len(words) >= 2 and (words[1][:1].isdigit() or words[1][:1].isupper())  # "Số 12", "Thôn Đông Hòa"
    return (bool(words) and (words[0][:1].isdigit() or named and fold(words[0]) in _ADDRESS_OPENINGS)
            and all(unit_at(fold(part).split(), 0, vocab) for part in parts[-2:]))


_ADDRESS_OPENINGS = frozenset({"số", "đường", "thôn", "ấp", "tổ", "khu", "xóm", "khóm", "km"})  # (folded)
_ADDRESS_PARTS = 4  # parts between commas: a number and street, a ward, a district, a city
_ADDRESS_PART_WORDS = 6  # words in one part of an address, at most ("đường Võ Văn Kiệt nối dài")
_ADDRESS_LINE = 160  # characters


def _timed_ticker(text: str) -> bool:
    """A line of headlines set apart by wide gaps, each opening with the time it went up, a heading before
    them at most: a news ticker, no paragraph."""
    items = _SPACED_ITEMS.split(text.strip())
    timed = sum(_CLOCK_OPENING.match(item) is not None for item in items)
    return timed >= 2 and timed >= len(items) - 1


_CLOCK_OPENING = regex.compile(r"\d{1,2}:\d\d\s\p{Lu}")  # "05:30 Dự báo thời tiết …"


def _capitalised_run(text: str) -> bool:
    """Many words, every one opening with a capital (not all in capitals: a headline may be), no digit
    and no mark: names run on, a menu's or a list of places, which no sentence of the text is (nor a
    headline in title case, shorter; nor co-authors, a dash between them)."""
    words = text.split()
    return len(words) >= _CAPITALISED_RUN and not text.isupper() and all(w[:1].isupper() and w.isalpha() for w in words)


_CAPITALISED_RUN = 16  # words


def menu_row(text: str, vocab: Vocabulary) -> bool:
    """A menu flattened onto one line between bars or runs of spaces ("Trang chủ | Giới thiệu | Tin
    tức - Sự kiện | Thủ tục hành chính | Liên hệ"): three or more short capitalised items, one a
    menu phrase."""
    bar = "|" if "|" in text else "::" if "::" in text else None  # (":: Trang nhất :: Giới thiệu ::")
    items = [item.strip() for item in (text.strip(" :|").split(bar) if bar else _SPACED_ITEMS.split(text.strip()))]
    if len(items) < 3 or not all(item and len(item) <= 40 and item[0].isupper() and not ends_sentence(item)
                                 and not HAS_DIGIT.search(item) for item in items):
        return False
    return any(vocab.line_kinds.get(line_key(item)) == "navigation" for item in items) or (
        len(items) >= _NAMES_MENU and all(len(item.split()) <= _PLACE_WORDS and all(
            w[:1].isupper() for w in item.split()) for item in items))  # or the places the site covers, a row of
    # names alone under its menu ("Minh Giang   Đông Sơn   Tuyên Lâm   TP. Đồng Hới   Ba Đồn")


_NAMES_MENU = 5  # items: a row of names this long is a menu, no byline nor heading
_PLACE_WORDS = 4  # words of a place's name, at most
_PERSON_WORDS = range(2, 5)  # words of a person's name ("Minh Nguyệt", "Nguyễn Thị Thanh Hương")


def unaccented_run(text: str) -> bool:
    """On a Vietnamese page, words without one Vietnamese letter: a run of six or more (SEO spam,
    CMS credits), or a short label with a lower-case word (a CMS account typed without accents,
    "Pho Ban bien tap"; a name is capitalised: "Minh Anh")."""
    if not text.isascii():
        return False
    words = _ASCII_WORD.findall(text)
    if len(words) >= 6 and all(w[:1].isupper() for w in words) and "(" in text:
        return False  # names that need no accent and their unit: "Minh Quang - Thu Trang (TTVH-TT-TT)"
    return sum(len(w) >= 2 for w in words) >= 6 or (  # (a letter alone is an initial: "N.H.Q - B.T.T")
        len(text) <= 40 and len(words) >= 2 and not ends_sentence(text)
        and any(w[0].islower() and len(w) >= 3 for w in words))  # ("Sau k": cut off)


def is_prose(text: str) -> bool:
    """A paragraph of running text, not a heading, caption or label."""
    if len(text) >= 250:
        return True
    if len(text) < 60:
        return len(text) >= 30 and ends_sentence(text) and _dates.opens_with_date(text)  # "Chiều 5/6, xã họp."
    return bool(ends_sentence(text) or _INNER_SENTENCE.search(text) or text.endswith(",")
                or (text.endswith(":") and len(text) >= 80 and text.count(" ") >= 11))  # "… như sau:" before a list


def bigrams(text: str) -> set[tuple[str, str]]:
    words = _BIGRAM_WORD.findall(fold(text))
    return set(zip(words, words[1:]))


def _last_box_item(blocks: tuple[Block, ...], labels: list[Label | None], at: int, first_prose: int) -> bool:
    """Line ``at`` closes a side box's list of headlines ("TIN NỔI BẬT" / three other posts' headlines), the
    text under it: no two of its words in a row come back in the text's first paragraphs, as a headline's do."""
    top = at
    while top and labels[top - 1] in (None, Label.NAVIGATION) and blocks[top - 1].text[:1].isupper() and len(
            blocks[top - 1].text.split()) >= _HEADLINE_WORDS and not ends_sentence(blocks[top - 1].text):
        top -= 1  # (its siblings, each a headline of its own opening in a capital)
    if not top or labels[top - 1] != Label.NAVIGATION or not blocks[at].text[:1].isupper():
        return False
    heading = fold(blocks[top - 1].text).rstrip(" :") + " "
    echoed = at > top and all(fold(blocks[k].text).startswith(heading) for k in range(top, at + 1))  # (each item opening
    # with the box's name, one over it is enough: "Thông báo" / "Thông báo thu thuế …" / "Thông báo tuyển chọn …")
    if at - top < _BOX_SIBLINGS and not echoed:
        return False
    pairs = bigrams(blocks[at].text)
    text = [b.text for j, b in enumerate(blocks[first_prose:], first_prose) if labels[j] is None and is_prose(b.text)]
    shared = max((len(pairs & bigrams(paragraph)) for paragraph in text[:_BOX_TEXT_PARAGRAPHS]), default=0)
    return bool(pairs) and (not shared or echoed and shared / len(pairs) < _ECHOED_SHARE)


_TOOL_BEFORE_TITLE = 24  # characters: a tool's button before the title it names ("In", "Gửi bài viết")
_BOX_SIBLINGS = 2  # headlines of a side box's list over its last one, at least
_BOX_TEXT_PARAGRAPHS = 3  # paragraphs of the text a headline's words come back in
_ECHOED_SHARE = 0.25  # of a box item's word pairs, the most a paragraph shares with it by chance ("thực hiện")


def restated(title: str, paragraph: str) -> float:
    """How much of a title the next paragraph repeats, as the share of its word pairs."""
    pairs = bigrams(title)
    if not pairs:
        return 0.0
    return len(pairs & bigrams(paragraph[: 3 * len(title) + 80])) / len(pairs)


_HEAD = 48  # characters compared first: two different lines nearly always differ this early


def same_line(a: str, b: str) -> bool:
    """The same line up to case, punctuation and quote style (titles printed twice)."""
    if len(a) > _HEAD or len(b) > _HEAD:
        # Keys of the heads first (a title against a long paragraph is the common case). A head's
        # key is its line's key but for its last few letters, where folding needs the next ones.
        head_a, head_b = word_key(a[:_HEAD]), word_key(b[:_HEAD])
        cut = min(len(head_a), len(head_b)) - 4
        if cut > 0 and head_a[:cut] != head_b[:cut]:
            return False
    return word_key(a) == word_key(b)


def _fields_by_column(blocks: tuple[Block, ...], labels: list[Label | None], header_dates: list[tuple[int, _dates.DateMatch]],
                      counters: list[tuple[str, int]], pat: _dates.DatePatterns, vocab: Vocabulary) -> tuple[str | None, list[int]]:
    """The post's info table captured a column at a time: its field labels a line each, then their values in
    the same order ("THÔNG TIN BÀI VIẾT" / "Ngày đăng" / "Tác giả" / "Nguồn" / "Lượt xem" / "03/04/2024" /
    "Hoàng Anh" / "Đài Truyền thanh xã" / "245"): each value read after its label, the date a date line, the
    counts counters. Found from its date's label, alone on its line. Returns the writer's credit, if any, and the
    date lines read."""
    dated = [i for i, b in enumerate(blocks) if labels[i] is None and len(b.text) <= _FIELD_LABEL
             and b.text[:1].isupper() and line_key(b.text) in pat.meta_label_keys]
    byline, dates = None, []
    for at in dated:
        start = at
        while start and at - start < _COLUMN_FIELDS and _column_label(blocks[start - 1].text, labels[start - 1], pat, vocab):
            start -= 1
        end = at + 1
        while end < len(blocks) and end - start < _COLUMN_FIELDS and _column_label(blocks[end].text, labels[end], pat, vocab):
            end += 1
        size = end - start
        if (size < 3 or end + size > len(blocks) or any(labels[k] is not None for k in range(start, end + size))
                or any(_column_label(blocks[k].text, None, pat, vocab) for k in range(end, end + size))):
            continue
        for k in range(size):
            field, line = start + k, end + k
            text = f"{blocks[field].text.rstrip(': ')}: {blocks[line].text}"
            if (found := meta_date(pat, vocab, text)) is not None:
                labels[field] = Label.OTHER
                _mark_date(line, found, labels, header_dates, counters)
                dates.append(line)
            elif read := read_counters(vocab, text):
                labels[field] = labels[line] = Label.COUNTER
                counters.extend(("views" if key == "total_visits" else key, value) for key, value in read)  # (the post's)
            else:
                labels[field] = labels[line] = Label.OTHER
                if byline is None and credited_names(text, vocab) and not _signature.source_line(text, vocab):
                    byline = text
    return byline, dates


def _column_label(text: str, label: Label | None, pat: _dates.DatePatterns, vocab: Vocabulary) -> bool:
    """A field's label alone on its line, in a meta table captured a column at a time ("Ngày đăng", "Tác giả",
    "Lượt xem")."""
    if label is not None or len(text) > _FIELD_LABEL or HAS_DIGIT.search(text) or not text[:1].isupper():
        return False
    key = line_key(text)
    return (key in pat.meta_label_keys or key in vocab.counter_labels
            or vocab.credit_label.match(key + ": x") is not None)


_COLUMN_FIELDS = 6  # a meta table's fields printed a column at a time, at most


def _post_over_its_views(blocks: tuple[Block, ...], i: int) -> bool:
    """Date line ``i`` is printed as the one two lines above or below it is, but for its figures: a list of posts,
    a title then its date and views each."""
    shape = _FIGURE_RUN.sub("0", blocks[i].text)
    return any(0 <= j < len(blocks) and _FIGURE_RUN.sub("0", blocks[j].text) == shape for j in (i - 2, i + 2))


_FIGURE_RUN = regex.compile(r"\d[\d.,]*+")


def _mark_date(i: int, found: tuple[_dates.DateMatch, list[tuple[str, int]]], labels: list[Label | None],
               header_dates: list[tuple[int, _dates.DateMatch]], counters: list[tuple[str, int]]) -> None:
    """Line ``i`` is a date line: its date is one of the header's, and the counters on it count; but a timestamp
    never set ("Ngày đăng: 01/01/1970 07:00 - Bài viết được xem: 57 lần") dates nothing."""
    if _dates.epoch(found[0]):
        labels[i] = Label.OTHER
    else:
        labels[i] = Label.DATE
        header_dates.append((i, found[0]))
    counters.extend(found[1])


def label_blocks(blocks: tuple[Block, ...], vocab: Vocabulary, *, photo_series_text: bool = False) -> Labelling:
    """Give every block a label (see the module docstring for the order of the rules).

    ``photo_series_text``: the HTML platform's photo series inside the text are article images, not
    a gallery (data/platforms.json "photo_series")."""
    pat = _dates.patterns(vocab)
    n = len(blocks)
    labels: list[Label | None] = [None] * n
    terminal = [False] * n
    header_dates: list[tuple[int, _dates.DateMatch]] = []
    date_boxes: list[tuple[int, _dates.DateMatch]] = []  # (yearless: the assemble stage gives them a year)
    counters: list[tuple[str, int]] = []
    vietnamese = vietnamese_page(b.text for b in blocks[:40])
    related_items = 0  # headline lines: many of them and little prose make a listing page
    box_end = -2  # the last line of a related box under its heading ("Tin đã đăng:"), whose items are the end of an
    # article, not a listing's items (none yet: not -1, the line before the page's first, a list opening the page)
    read_more: list[int] = []
    page_notices: dict[str, int] = {}  # lines that say what kind of page this is (see _page_notice)
    poll_buttons: list[int] = []
    prices: list[int] = []  # a market-price widget's lines (see _price_widget)
    recipient_headings: list[int] = []
    meta_byline: str | None = None
    writer_field = False  # (the meta byline is the template's author element's name)
    dated_byline_at = -1  # the line of a writer named on a date line ("THANH HẢI - MINH KHOA Thứ Năm, …")
    question_fields = -1  # the last line of a Q&A page's block of question fields
    _apply_roles(blocks, labels, terminal, header_dates, counters, pat, vocab)
    meta_byline, column_dates = _fields_by_column(blocks, labels, header_dates, counters, pat, vocab)

    # 1. vocabulary, counters, noise, whole-line dates
    for i, b in enumerate(blocks):
        if labels[i] is not None:
            continue  # labelled by the role an HTML template gave it
        text = b.text
        if " / " in text and len(text) <= 150 and (gloss := _ENGLISH_AFTER_SLASH.search(text)) and not text[:gloss.start()].isascii():
            text = text[:gloss.start()]  # a bilingual portal's line read in Vietnamese ("Xem toàn bộ / View all")
        text = without_tools(text, vocab)  # (the line as its meta fields: the page's tools are not one)
        if (text[:1].islower() and " · " in text and len(text) <= _FIELD_VALUE * 2
                and BARE_HOST.fullmatch((fields := text.split(" · "))[0]) and all(
                    vocab.reading_time.match(fold(f)) or _dates.may_hold_date(f) for f in fields[1:])):
            labels[i], terminal[i] = Label.OTHER, True  # a reader view's source line under the headline, the site's
            continue  # host and the reading time ("songcong.thainguyen.gov.vn · Khoảng 4 phút đọc")
        if (i and text[:1].isdigit() and len(text) <= _FIELD_VALUE and len(blocks[i - 1].text) <= _FIELD_VALUE
                and labels[i - 1] in (None, Label.OTHER) and pat.event_field_label.match(blocks[i - 1].text)):
            labels[i - 1] = labels[i] = Label.OTHER  # the day of the event the post reports under its field's label
            continue  # ("Ngày sự kiện" / "20/02/2024", dates.txt @event_field): no post's date
        if ("|" in text or "  " in text) and i + 1 < n and (table := _meta_table(blocks, i, pat, vocab)) is not None:
            labels[i] = Label.OTHER  # a meta row flattened from a table: its labels, then its values
            _mark_date(i + 1, table, labels, header_dates, counters)
            continue
        if " | " in text and len(text) <= _FILES_HEAD and text.partition(" | ")[0] in row_number_headings() and any(
                vocab.line_kinds.get(line_key(cell)) == "other" for cell in text.split(" | ")[1:]):
            labels[i], terminal[i] = Label.OTHER, True  # a files table's heading row under the text ("STT | Tên tệp |
            continue  # Ngày ban hành | Tải về"): the attachments, no part of the text
        if " :: " in text and text.count(" :: ") >= 3:
            text = text.replace(" :: ", " | ")  # a home-made site's cells between double colons ("Tác giả :: Lò Văn
            # Sáng :: Ngày :: 09/08/2023 :: Lượt truy cập :: 96")
        if text.count(" | ") >= 3 and (cells := _meta_cells(text, pat, vocab)) is not None:
            _mark_date(i, cells[0], labels, header_dates, counters)  # a meta table's cells in one row:
            credit = _byline_field(cells[1], cells[0][0], vocab)  # label, value, label, value …
            if credit and meta_byline is None:
                meta_byline, dated_byline_at = credit, i
            continue
        if (b.text.count(" | ") >= 2 and len(b.text) <= 200 or " bởi " in b.text and len(b.text) <= BYLINE_LINE
                or "   " in b.text and len(b.text) <= _MENU_HEADLINE) and (
                not _dates.may_hold_date(b.text) and _post_footer(b.text, vocab)):
            labels[i] = Label.OTHER  # a blog post's footer: when and by whom, its category, comments, tools
            continue  # (or the first alone: "Đăng lúc 10:22 SA bởi Quản trị Phường 7", under the signature)
        # Boilerplate phrases are short (under 50 characters): the head of a long paragraph is
        # enough to test, and folding all of it is the costliest step of this loop.
        kind = boilerplate_kind(vocab, text if len(text) <= 160 else text[:160])
        if kind == "footer" and i + 1 < n and not text.isupper() and lower_case_words(text) and (
                len(text) >= _FOOTER_SENTENCE and ":" not in text and "©" not in text
                and len(blocks[i + 1].text) >= _FOOTER_SENTENCE and is_prose(blocks[i + 1].text)
                and boilerplate_kind(vocab, blocks[i + 1].text[:160]) is None
                or date_line_readings(pat, vocab, blocks[i + 1].text)[0] is not None
                or ":" not in text and "©" not in text and ends_sentence(text) and HAS_DIGIT.search(text) and i
                and labels[i - 1] is None and is_prose(blocks[i - 1].text) and is_prose(blocks[i + 1].text)):  # (or a
            # report's sentence between the text's paragraphs, its figures in it: "… tài khoản định danh …." /
            # "Trang thông tin điện tử xã được cập nhật thường xuyên với 214 tin, bài …." / "…"; not a welcome box's)
            kind = None  # a sentence of the text about the site, its words in lower case, no footer's field, the
            # text going on under it ("Trang thông tin điện tử xã đã đăng tải hơn 1.200 tin, bài, …" / "Bà …, cho
            # biết: …"), or a headline about the site over its date line
        if kind is None and len(text) <= _BANNER_LINE and text.isupper() and i + 1 < n and i >= n // 3 and (
                boilerplate_kind(vocab, blocks[i + 1].text[:160]) == "footer") and site_banner(text, vocab):
            kind = "footer"  # the unit's name in capitals over the footer's fields, under the text ("UBND XÃ THỐNG
            # NHẤT - HUYỆN BÙ ĐĂNG - TỈNH BÌNH PHƯỚC" / "Chịu trách nhiệm chính: …"): the footer's heading
        if kind is None and len(text) <= 24 and text[:1] in vocab.tool_icons and _tool_icons(text, vocab):
            kind = "share"  # a row of the page's tools drawn as icons alone ("⎙   ✉   f   z")
        elif (kind is None and len(text) <= _LABELLED_TOOLS and " " in text
              and ((last := text.rsplit(None, 1)[-1]) in vocab.tool_icons or last in vocab.tool_letters
                   or last.lower() in vocab.platform_words) and _labelled_tool_icons(text, vocab)):
            kind = "share"  # … or after a share label ("Chia sẻ  f  in  Zalo  ✉")
        elif kind is None and text.count(", ") >= _ADDRESS_PARTS - 1 and len(text) <= _ADDRESS_LINE and _address_line(text, vocab):
            labels[i] = Label.FOOTER  # the site's address alone on its line ("📍 Số 12, đường Võ Văn Kiệt, phường Bình
            continue  # Nhựt, quận Cái Sơn, TP. Cần Thơ"): contact details, no sentence of the text (nor its end, where
            # a notice gives the address to apply at)
        if (text[-1:] in ".…" and text.endswith(("...", "…")) and i + 1 < n and len(text) >= 20 and any(
                blocks[j].text.startswith(text.rstrip(".… ")) and len(blocks[j].text) > len(text) - 3
                for j in range(i + 1, min(n, i + _CUT_HEADLINE_ABOVE + 1)))):
            labels[i] = Label.NAVIGATION  # the trail's last item, the headline cut short over the headline whole
            continue  # ("Phường … làm sạch..." / "Phường … làm sạch bờ biển hưởng ứng …"), or a mobile page's top bar
            # a few lines over it ("Xã … nâng ..." / "← Quay lại" / "Nông thôn mới" / "Xã … nâng cao")
        if kind == "marker":
            labels[i] = Label.MARKER
            continue
        if kind == "navigation" and len(text) <= 40 and text[:1] in "«‹<←" and _pager_row(text, vocab):
            labels[i], terminal[i] = Label.NAVIGATION, True  # the pager under the text ("« Trước   Tiếp theo »"): what
            continue  # follows it is the page's, not the article's
        if (kind is None and i < _PRINT_HEADER and " - " in text and len(text) <= 120
                and boilerplate_kind(vocab, (halves := text.split(" - ", 1))[0]) == "share" and site_banner(halves[1], vocab)):
            labels[i] = Label.SHARE  # a print view's header: "BẢN IN - CỔNG THÔNG TIN ĐIỆN TỬ HUYỆN …"
            continue
        if text[:6] == "1 2 3 " and (stars := _STARS_IN_A_ROW.match(text)) and (
                not stars["count"] or vocab.counter_rest.fullmatch(fold(stars["count"]))):
            labels[i] = Label.SHARE  # … or on one line, its votes after them ("1 2 3 4 5 (0 bình chọn)", K2's)
            continue
        if text == "1" and i + 2 < n and blocks[i + 1].text == "2" and blocks[i + 2].text == "3" and not (
                i and len(blocks[i - 1].text) == 1 and blocks[i - 1].text.isdigit()):  # (not an odometer's last digits,
            # "0" / "4" / "7" / "8" / "1" / "2" / "3")
            j = i  # a rating's stars by their numbers, a line each ("Đánh giá bài này" / "1" / "2" / … / "5")
            while j < n and blocks[j].text == str(j - i + 1):
                labels[j] = Label.SHARE
                j += 1
            continue
        if (len(text) <= 16 and i + 1 < n and labels[i + 1] is None and vocab.title_label.match(f"{text.rstrip(': ')}: x")
                and _title_like(blocks[i + 1].text, pat) and not ends_sentence(blocks[i + 1].text)
                and blocks[i + 1].text[-1:] != "*"  # (not a comment form's next field, its required mark: "Nội dung *",
                and not any(line_key(blocks[j].text) in vocab.comment_headings for j in range(max(0, i - _FORM_HEADING), i))):
            # nor under the form's heading: "Thêm bình luận" / "Tiêu đề" / "Nội dung bình luận")
            labels[i], labels[i + 1] = Label.OTHER, Label.TITLE  # a form's field label over its value ("Tiêu đề" /
            continue  # "Hội nghị sơ kết …"): the headline, whatever lines stand between it and the text
        if (b.cls and len(text) <= _FIELD_LABEL and _FIELD_LABEL_CLASS.search(b.cls) and not ends_sentence(text)
                and i + 1 < n and len(blocks[i + 1].text) >= _LEAD_SIZE and is_prose(blocks[i + 1].text)):
            labels[i] = Label.OTHER  # a content type's field label over its text ("<div class=field__label>Nội dung",
            continue  # "Tóm tắt", Drupal's): the template's words, not the article's
        if (b.cls and len(text) <= CREDIT_LABEL and _FIELD_LABEL_CLASS.search(b.cls) and i + 1 < n and meta_byline is None
                and _signature.credit_only(text.rstrip(":") + ":", vocab) and not _signature.source_line(text + ":", vocab)
                and len(blocks[i + 1].text) <= NAME_LINE and _signature.names_like(blocks[i + 1].text, vocab)
                and i + 2 < n and len(blocks[i + 2].text) >= _LEAD_SIZE and is_prose(blocks[i + 2].text)):
            labels[i] = labels[i + 1] = Label.OTHER  # the writer's field over the text, its label and its value in
            meta_byline = f"{text.rstrip(':')}: {blocks[i + 1].text}"  # elements of their own ("<div class=field__label>
            continue  # Tác giả" / "<div class=field__item>Hoàng Thu Thủy" / the text, Drupal's); (under it, the signature's)
        if (kind is None and len(text) <= 60 and ":" in text[:20] and credited_login(text, vocab)
                and not _signature.source_line(text, vocab)):  # (a source's address: "Nguồn: hamtanbac.…gov.vn")
            labels[i] = Label.OTHER  # a CMS login under a writer's label ("Tác giả: admin_thd"): no headline, no author
            continue
        if kind is None and len(text) <= 40 and text[:1] > "\u2190" and text[:1] in vocab.field_label_icons and (
                (bare := ICON_EDGES.sub("", text)) and (_signature.login_name(bare) or account_line(bare, vocab))):
            labels[i] = Label.OTHER  # the account that posted it after a person's icon ("👤 bbt_vinhloitay")
            continue
        if kind is None and "👁" in text and len(text) <= _LINK_ROW and (eye := _EYE_LAST.search(text)) and (
                boilerplate_kind(vocab, text[:eye.start()].rstrip(" |")) == "share"):
            labels[i], terminal[i] = Label.SHARE, True  # the share links, then the post's views behind the eye
            counters.append(("views", int(NON_DIGIT.sub("", eye["value"]))))  # ("Facebook Zalo Sao chép liên kết 👁 1.245")
            continue
        if kind is None and (glued := GLUED_WORDS.search(text, 0, _SHORT_HEADING)) and boilerplate_kind(
                vocab, text[:glued.start()]) == "related" and not ends_sentence(text):
            labels[i], terminal[i] = Label.RELATED, True  # a related box's heading run into its items, their elements
            continue  # joined with no space ("Bài viết liên quanHuyện … tổ chức … (15/02/2022)Huấn luyện …")
        if kind is None and text[:2] == "▶ " and len(text) <= _MENU_HEADLINE and not ends_sentence(text) and (
                i + 1 < n and blocks[i + 1].text[:2] == "▶ " or i and labels[i - 1] == Label.RELATED
                and blocks[i - 1].text[:2] == "▶ "):
            labels[i], terminal[i] = Label.RELATED, True  # a list of clips, each behind its play button ("▶ Thời sự
            # huyện ngày 08/06/2023" / "▶ Chuyên mục Nông nghiệp - Nông thôn số 22")
            if (i and labels[i - 1] is None and len(above := blocks[i - 1].text) <= _SHORT_HEADING and above[:2] != "▶ "
                    and not ends_sentence(above) and _signature.parse_signature([above], vocab) is None):
                labels[i - 1], terminal[i - 1] = Label.RELATED, True  # … under its heading ("Bản tin thời sự")
            continue
        if kind is None and long_menu_row(vocab, text):
            labels[i], terminal[i] = Label.NAVIGATION, True  # a long menu between bars (":: Trang chủ ::: … :::")
            continue
        if kind in (None, "navigation", "share") and len(text) > _GLUED_CHROME and (
                not ends_sentence(text) or text.endswith(("...", "…"))) and (
                glued := _glued_chrome(text, vocab)) and not (len(text) <= 160 and read_counters(vocab, text)) and not (
                len(text) <= 160 and date_line_readings(pat, vocab, text)[0]):  # (nor a trail, its date and views)
            labels[i], terminal[i] = _KIND_LABEL[glued[0]], True  # the menu, the related list, the
            counters.extend(glued[1])  # counters and the footer a scraper ran into one line
            continue
        if len(text) <= 100 and ":" in text[:40]:
            if text[:2] == "Ng" and _asker_field(text, vocab):
                question_fields = i + _QUESTION_FIELDS  # "Người gửi: …": a Q&A page's question fields
            if i <= question_fields and not fold(text[:24]).startswith(pat.published_labels):
                labels[i] = Label.OTHER  # ("Địa chỉ: …" here is the asker's, not the site's footer)
                label = date_labels(vocab).search(text) if HAS_DIGIT.search(text) else None
                meta = date_line_readings(pat, vocab, text[label.start():])[0] if label else None
                if meta:  # the fields on one line, the question's date among them ("Người hỏi: … Ngày
                    # đăng: 11/03/2024 Lượt xem: 158"; the asker is no author)
                    _mark_date(i, meta, labels, header_dates, counters)
                elif HAS_DIGIT.search(text) and (values := read_counters(vocab, text)):
                    labels[i] = Label.COUNTER  # a field of the question's views ("Số lần xem câu hỏi: 58")
                    counters.extend(values)
                continue
        if len(text) <= 40 and kind is not None and line_key(text) in vocab.read_more:
            read_more.append(i)
        if len(text) <= 40 and text[:1] in vocab.poll_starts:
            poll_buttons.append(i)  # (a survey's buttons, perhaps: see _poll_widget)
        if len(text) <= 20 and text[:1] in vocab.recipients_starts:
            recipient_headings.append(i)  # ("Nơi nhận:", perhaps: see _recipients)
        if len(text) <= 120 and (text[-1:] == ")" or file_name(text, DOCUMENT_ENDS)) and ATTACHMENT.search(text):
            labels[i], terminal[i] = Label.OTHER, True  # "Tải về 05-TB-UBND.pdf (318 KB)": an attachment
            continue
        if len(text) <= 16 and line_key(text) in vocab.residue_lines:
            labels[i] = Label.OTHER  # "Array", "undefined": a template's leftovers
            continue
        if len(text) <= 20 and line_key(text.strip(_AD_MARKS)) in vocab.ad_labels:
            labels[i] = Label.OTHER  # an advertisement slot's label ("QUẢNG CÁO", "- Quảng cáo -"), between the
            continue  # paragraphs too: the text may go on under the slot
        if (i and len(text) <= _AD_LINE and len(blocks[i - 1].text) <= 20
                and line_key(blocks[i - 1].text.strip(_AD_MARKS)) in vocab.ad_labels
                and not any(j < n and _dates.may_hold_date(blocks[j].text) and meta_date(pat, vocab, blocks[j].text)
                            for j in (i, i + 1, i + 2))):  # (the headline over its date line, its byline between at
            # most; or the date line itself under the slot: "Quảng cáo" / "Thứ Hai, 02/12/2024, 16:40 (GMT+7)")
            labels[i] = Label.OTHER  # "Quảng cáo" / "Phân bón hữu cơ … Đặt hàng: 0218.3 857 066": the advertisement
            continue
        if kind is None and "°" in text and len(text) <= 100 and _TEMPERATURE.search(text) and not ends_sentence(text):
            labels[i], terminal[i] = Label.NAVIGATION, True  # "Thời tiết Châu Thành Tây: 33°C - Nắng": a weather widget
            continue
        if kind is None and len(text) <= _RATE_LINE and text[:3].isupper() and _RATE_ROW.fullmatch(text):
            labels[i], terminal[i] = Label.NAVIGATION, True  # "USD 21.030 21.100": an exchange rates widget's row
            continue
        if len(text) <= 30 and (text[-1:] == ":" or len(text) <= 16 and i + 1 < n and blocks[i + 1].text[:1].isdigit()
                                and _dates.header_date(pat, blocks[i + 1].text) is not None) and (
                kind is None and date_labels(vocab).match(text)):
            labels[i] = Label.OTHER  # a date's label alone, its value left empty or on the next line ("Ngày đưa bài:",
            continue  # a meta grid's "Ngày" over "14/03/2024")
        if (kind is None and len(text) <= _YEARLESS_FIELD and HAS_DIGIT.search(text) and (label := date_labels(vocab).match(text))
                and (_yearless_stamp(text, vocab) or CLOCK_FIELD.match(text[label.end():].strip(" :")))):
            labels[i] = Label.OTHER  # a date's label over a day with no year ("Cập nhật lúc : 15:20 - 08/03"), or over a
            continue  # time alone ("Đăng lúc 09:14", Blogger's post footer): no day the record can keep, no headline or text
        if len(text) <= 32 and (text[:1].isdigit() or text[:1] in _PLAY_MARKS) and (
                _PLAYER_CLOCK.match(text.lstrip(_PLAY_MARKS + " ").rstrip(_PLAYER_CONTROLS))
                or len(text) <= 24 and pat.ago.match(text)
                or len(text) <= 8 and _DURATION.match(text) and any(  # a player's clock a line a number, beside
                    0 <= j < n and (_DURATION.match(blocks[j].text) or boilerplate_kind(vocab, blocks[j].text) == "share")
                    for j in (i - 1, i + 1))  # the other or the player's name ("Video Player" / "00:00" / "02:46")
                or text[:1] in _PLAY_MARKS and _DURATION.match(text.lstrip(_PLAY_MARKS + " "))):  # ("▶ 02:47": a clip's length)
            labels[i] = Label.OTHER  # "00:00 / 03:12": a read-aloud or video player's clock; "3 ngày trước",
            continue  # a date relative to the day the page was shown, which names no day
        if (kind is None and len(text) <= _PLAYER_ROW and ":" in text and (clock := _PLAYER_CLOCK_IN.search(text))
                and (text[:clock.start()].rstrip()[-1:] in _PLAY_MARKS
                     or boilerplate_kind(vocab, text[:clock.start()].strip(" |·")) == "share")):
            labels[i] = Label.OTHER  # the player's row, its name, button and clock on one line ("Nghe bài viết ▶ 00:00 /
            continue  # 04:12 Tốc độ 1x")
        if (len(text) <= 60 and kind is None and ":" in text[:16] and (crew := vocab.crew_line.match(text))
                and _signature.names_like(text[crew.end():], vocab)):
            labels[i] = Label.OTHER  # the crew's credit, alone on its line ("Thiết kế: TÂM AN" in an e-magazine's
            continue  # credits block): like the photographer's, not the writer
        if (len(text) <= 60 and kind is None and text[-1:].isdigit() and (clock := PLAYER_CLOCK_END.search(text))
                and boilerplate_kind(vocab, text[:clock.start()].strip()) == "share"):
            labels[i], terminal[i] = Label.SHARE, True  # the read-aloud player and its clock ("Nghe bài viết   00:00 / 04:12",
            # "Nghe bài viết ▶ 0:00")
            continue
        if (len(text) <= 40 and kind is None and HAS_DIGIT.search(text) and (label := date_labels(vocab).match(text))
                and pat.ago.match(text[label.end():].strip(" :"))):
            labels[i] = Label.OTHER  # … under its label ("Cập nhật: 3 tuần trước")
            continue
        if (len(text) <= 80 and kind is None and text[:1].isupper() and (posted := pat.ago_labelled.match(text))
                and _signature.uploader_line(text[posted.end():].strip(), vocab)):
            labels[i] = Label.OTHER  # … and who posted it ("Đăng 2 ngày trước bởi admin")
            continue
        if (text[-1:] == ":" and len(text) <= BYLINE_LINE and i + 1 < n
                and " " in text and text.lower().endswith(vocab.comment_says) and _dates.may_hold_date(blocks[i + 1].text)):
            labels[i] = labels[i + 1] = Label.OTHER  # a reader's comment, its writer and its date ("Hoàng Minh Khôi
            continue  # Says:" / "Tháng Mười Một 24th, 2009 at 3:05 chiều"): no post's date
        if (text[-1:] in _CLOSE_ENDS and len(text) >= _CLOSABLE_NOTICE and (close := _CLOSE_BUTTON.search(text))
                and close["button"].lower() in vocab.close_buttons):
            labels[i] = Label.OTHER  # a dismissible notice, its close button at its end ("THÔNG BÁO: Cửa khẩu … [Đóng]")
            continue
        if len(text) <= 30 and text[:1] > "\u2190" and (bare := ICON_EDGES.sub("", text)) != text and pat.ago.match(bare):
            labels[i] = Label.OTHER  # … or after its icon ("🕘 2 ngày trước")
            continue
        if kind is None and text[:1] in "[$" and (len(text) <= 80 or not text.replace("[IMG]", "").strip()) and _SHORTCODE.match(text):
            labels[i] = Label.OTHER  # "[[GALLERY_12]]", "[gallery ids=…]": a CMS shortcode left unrendered, an image
            # (a text browser's row of pictures, however wide its gaps: "[IMG]            [IMG]            [IMG]")
            continue
        if text[:1] in "{%@" and len(text) <= 160 and (_TEMPLATE_TOKENS.match(text) or _RAZOR_CALL.match(text)
                                                      or PLUGIN_TAG.match(text)):
            labels[i] = Label.OTHER  # "{{breadcrumb}}", "{$article.sapo}", "%%related_posts%%", "@Html.Raw(Model.TomTat)":
            continue  # a template's fields left unfilled, each a line; a Joomla plugin's tags ("{loadposition x}",
            # "{/tabs}", "{gallery}2023/thang9/le-hoi{/gallery}")
        if len(text) <= _LINK_ROW and ":" in text[:32] and ("$" in text or text[-1:] in "}%]") and _UNFILLED_VALUE.match(text):
            labels[i] = Label.OTHER  # a field whose whole value a template left unfilled ("Tác giả: {author_name}",
            continue  # "Nguồn: $news.Source", Velocity's): no writer, no source
        if (kind is None and i and labels[i - 1] == Label.DATE and len(text) <= _COMMENT_COUNT
                and vocab.comment_count.match(fold(text))):
            labels[i] = Label.OTHER  # a comment count alone on its line under the date, a meta list's item ("Chưa
            continue  # có bình luận" under WordPress's date): no text, and the text goes on after it
        if "{{" in text and len(text) <= 80 and len(PLACEHOLDER.findall(text)) >= 2 and len(
                PLACEHOLDER.sub("", text).strip(" |·•-–:")) <= _TOKEN_WORDS:
            labels[i] = Label.OTHER  # a meta line of unfilled fields ("{{ngay_dang}} | {{luot_xem}} lượt xem")
            continue
        if (len(text) <= CREDIT_LABEL and text[-1:] == ":" and i + 1 < n and _signature.credit_only(text, vocab)
                and blocks[i + 1].text[-1:] == ":" and len(blocks[i + 1].text) <= CREDIT_LABEL):
            labels[i] = labels[i + 1] = Label.OTHER  # a template's credit fields left empty, label over label
            continue  # ("Tác giả:" / "Nguồn:")
        if (text == "PDF" and i + 1 < n and boilerplate_kind(vocab, blocks[i + 1].text) == "share"
                and len(blocks[i + 1].text) <= 12):
            labels[i] = Label.SHARE  # Joomla's icons by name, a line each: "PDF" / "In" / "E-mail" (alone,
            continue  # "PDF" may be a file's link)
        if text[:1] == "☰" and len(text) <= _MENU_ROW:
            labels[i] = Label.NAVIGATION  # a mobile header behind its menu button ("☰  Huyện Bát Sơn - Lào Cai  🔍")
            continue
        if text[:1] == "#" and len(text) <= 300 and _HASHTAGS.match(text):
            labels[i] = Label.OTHER  # "#phường Thới An Nam #hẻm ngập": the post's tags
            continue
        if (len(text) <= _FIELD_VALUE and i >= n // 3 and i + 1 < n and fold(text).rstrip(": ") in vocab.written_labels
                and len(blocks[i + 1].text) <= _FIELD_VALUE and blocks[i + 1].text[:1].isupper()):
            labels[i], terminal[i] = Label.OTHER, True  # an author card's heading under the text, the name under it
            continue  # ("Written by" / "Đoàn Phường Xuân Khánh Tây" / its bio, Hashnode's): the text ends over it
        if (kind is None and "#" in text[:24] and len(text) <= 300 and (tags := text.find("#")) > 0
                and len(text[:tags].split()) <= 3 and fold(text[:tags].strip().rstrip(":") + ":") in vocab.tag_labels
                and _HASHTAGS.match(text[tags:])):
            labels[i], terminal[i] = Label.OTHER, True  # … after their label with no colon ("Từ khóa #trật tự đô
            continue  # thị #chợ Bến Ngự"): they close the text, as the label with its colon does
        if len(text) <= _PAGE_NOTICE:
            notice = _page_notice(text, vocab)
            if notice:
                page_notices[notice] = page_notices.get(notice, 0) + 1
                if kind is None and notice in ("error", "player"):
                    labels[i] = Label.OTHER  # "Trang không tồn tại", a video player's "Trình duyệt … không hỗ trợ …"
                    for k in (i - 1, i + 1) if notice == "player" else ():
                        if 0 <= k < n and blocks[k].text.startswith(vocab.video_captions) and len(blocks[k].text) <= CAPTION_LINE:
                            labels[k] = Label.CAPTION  # the video's caption by it ("Video: Phường … trao quà Tết")
                    continue
        elif " | " in text and len(text) <= 400 and _weekday_first(vocab, _SCHEDULE_ROW, _ROW_NUMBER).match(text):
            page_notices["schedule"] = page_notices.get("schedule", 0) + 1  # "Thứ Hai 01/07 | Sáng | …" (its number
            # first perhaps: "1 | Thứ Tư, 05/03/2025 | Nguyễn Thị … | Chủ tịch UBND phường | …")
        if kind is None and len(text) <= 60 and (
                text[:1] in vocab.document_motto_starts and line_key(text) in vocab.document_motto
                or text[:2] == "Số" and _DOCUMENT_NUMBER.match(text)):
            labels[i] = Label.OTHER  # an official document's header: its motto, its number
            continue
        if text[:1].isdigit() and " | " in text and i and (row := _labels_over_values(blocks[i - 1].text, text, vocab)):
            labels[i - 1] = labels[i] = Label.COUNTER  # a widget's row of labels over its row of numbers
            terminal[i - 1] = terminal[i] = True  # ("Trực tuyến | Hôm nay | …" / "14 | 512 | …")
            counters.extend(row)
            continue
        values = read_counters(vocab, text)
        boxed_photos = False
        if (values is None and not blocks[i].tag and "    " in text and len(text) <= _BOX_ROW and not text[:1].isdigit()
                and HAS_DIGIT.search(text) and (cells := _BOXES_GAP.split(text.strip()))[-1] != text.strip()
                and not any(_DAY_IN_CELL.search(cell) for cell in cells[:-1])):  # (not a date line, its views set
            # apart: "21/01/2022 09:15    Lượt xem: 88", "Ngày đăng tin: 14/05/2024 08:12:37    Lượt xem: 152")
            values = read_counters(vocab, cells[-1])  # a row of boxes side by side, the counter's last ("[IMG] [IMG]
            # [-- Chọn liên kết --]    Số lượt truy cập: 0 0 3 5 8 1 2 0", a text browser's dump of a layout table)
            boxed_photos = values is not None and boilerplate_kind(vocab, cells[0]) == "gallery"  # (the photos' box first,
            # its heading in the row over it run on: "Thư viện ảnh    …    Thống kê truy cập [IMG] [IMG] …")
        if values is None and text[:1] == "(" and text[-1:] == ")" and len(text) <= 30 and HAS_DIGIT.search(text) and (
                vocab.counter_rest.fullmatch(fold(text[1:-1]))):
            labels[i] = Label.OTHER  # a count the record keeps not, alone in brackets: "(0 phiếu bầu)" under the
            continue  # rating's stars, "(3 bình luận)"
        if values and i and "  " in text and (labels[i - 1] != Label.COUNTER and len(_CELL_GAP.split(blocks[i - 1].text)) >= 3
                                              and HAS_DIGIT.search(blocks[i - 1].text) or i > 1 and _TOTALS_CELL.match(text) and all(
                    labels[k] != Label.COUNTER and _counted_row(blocks[k].text) for k in (i - 1, i - 2))):  # (its label
            # the totals' word alone, the rows over it no widget's: "Today   57")
            values = None  # a table's total row under its rows, cells set apart by spaces ("Tổng cộng  220.000.000";
            # under two cells a row: "Tân Lâm   412" / "Các thôn còn lại   1.249" / "Tổng   2.315")
        if (values and i and header_dates and _under_date_line(labels, i, next(
                (j for j, _ in reversed(header_dates) if blocks[j].text[:1] != "(" and not (
                    bare_date(blocks[j].text) and any(j >= k and bare_date(blocks[j - k].text) for k in (2, 3)))),
                -1))  # (not a related item's date under its title, "(09/11/2022)", nor a list's, its items over bare
                # dates one by one, a teaser under each perhaps)
                and all(k == "total_visits" for k, _ in values)
                and not site_total(fold(text), vocab)):
            values = [("views", v) for _, v in values]  # under the date line: this article's ("Số lần truy cập: 512")
        if values is None and len(text) <= 80 and text.count(":") >= 2 and (empty := date_labels(vocab).match(text)) \
                and (after := _UNFILLED_TOKEN.sub("", text[empty.end():].lstrip(" :"), 1).lstrip(" |·•-–"))[:1].isalpha():
            if (field := _EMPTY_FIELD.match(after)) and _signature.credit_only(field["label"] + ":", vocab):
                after = after[field.end():]  # (a credit's label left empty too: "Thời gian: Nguồn: Lượt đọc 73")
            values = read_counters(vocab, after)  # "Ngày đăng: Lượt xem: 309": a date label the template left empty
            # (or filled with its own token: "Ngày đăng: [NGAY_DANG]   |   Lượt đọc: 64"), the views
        if values is None and i and len(text) <= 60 and HAS_DIGIT.search(text) and labels[i - 1] != Label.COUNTER and (
                len(blocks[i - 1].text) <= 30 and not HAS_DIGIT.search(blocks[i - 1].text)
                and any(w in fold(blocks[i - 1].text) for w in vocab.counter_visit)):
            values = _beside_row(text, vocab)  # (under a visit word as the widget's heading: "Truy cập")
        if values is None and i and labels[i - 1] == Label.COUNTER and len(text) <= 60:
            values = worded_counter(vocab, fold(text), need_visit=False) or _beside_row(text, vocab) or (
                _cells_counter(text, vocab) if "|" in text else None)  # "Đang
            # online: 8" / "Cả tháng: 4.512"; a widget's labels cut to their initials ("HN: 215", "ĐTT: 11 | HN: 402")
        if values is None and (kind == "other" or kind is None and ":" in text[:20]) and len(text) <= 120 \
                and HAS_DIGIT.search(text):
            field, found = counters_after(text, vocab)  # "Người đăng: quantri - Lượt xem: 97": who
            if found and not _dates.may_hold_date(field) and (  # posted it, and the views
                    uploader_field(field, vocab) or account_line(field, vocab)
                    or credited_login(field.strip(" |·•-–"), vocab)):  # ("Tác giả: quantrivien | Lượt xem: 89")
                values = found
            elif (found is None and uploader_field((fields := FIELD_SEPARATORS.split(text))[0], vocab)
                  and not date_line_readings(pat, vocab, text)[0]):  # (a date among them: the date line's, below)
                values = meta_field_counters(fields[1:], vocab, pat) or None  # its fields one by one, a date
                # label the template left empty among them ("… - Ngày cập nhật: - Lượt người đọc: 58")
            elif (found is None and len(fields := FIELD_SEPARATORS.split(text.strip(" |"))) >= 2
                  and uploader_field(fields[-1], vocab) and not date_line_readings(pat, vocab, text)[0]):
                values = meta_field_counters(fields, vocab, pat) or None  # … or the views first, who posted it
                # last, the tools' icons left a bar ("Lượt xem: 342 | Người đăng: quantri_x |")
            elif found and text.count(":") >= 2 and "|" not in text and (run_on := _credit_then_counters(text, vocab)):
                (meta_byline, dated_byline_at), values = (  # the writer's credit, then the views, no separator
                    (run_on[0], i) if meta_byline is None else (meta_byline, dated_byline_at)), run_on[1]
        if (values is None and kind is None and len(text) <= 80 and (text[-1:].isalpha() or text[-1:].isdigit())
                and HAS_DIGIT.search(text)):
            field, found = counters_after(text, vocab)  # the category, then the views: "Văn hóa - Thể thao
            if field and " | " in field and vocab.reading_time.match(fold(field.rsplit(" | ", 1)[1])):
                field = field.rsplit(" | ", 1)[0]  # (the reading time between: "Văn hóa - Xã hội | 4 phút đọc | 👁 2.318")
            if (found and field and ":" not in field and (category_names(ICON_EDGES.sub("", field)) or " | " in field and (
                    category_names((parts := field.split(" | "))[0])
                    and all(account_line(part, vocab) for part in parts[1:])
                    or len(parts) == 2 and account_line(parts[0], vocab) and category_names(parts[1])))  # 👁 1.520 lượt
                    # xem", a meta row; or the account that posted it between: "Hội - Đoàn thể | Quản trị viên | 👁 287",
                    # or first, its tooltips read: "Quản trị viên | Tin tức | Lượt xem: 842")
                    and not any(key in _PERIOD_KEYS for key, _ in found)):  # with no date (a post's count is
                values = found  # no period's: "Tiếp tục phúc tra trong tháng 10" is a sub-heading)
        if values is None and len(text) <= 120 and ":" in text and (relative := pat.relative_day.search(text)):
            found = read_counters(vocab, text[relative.end():].strip(" |·•-–"))  # a day named relative to today,
            before = text[:relative.start()].strip(" |·•-–")  # then the views: DataLife Engine's info line ("Tác giả:
            if found and (not before or credited_login(before, vocab)  # bientap_x
                          or credited_names(before, vocab) or account_line(before, vocab)
                          or (label := date_labels(vocab).match(before)) is not None and not before[label.end():].strip(" :")):
                values = found  # Hôm qua, 16:40 Xem: 512 Bình luận: 0"): no day to keep, the views still count (or the
                # date's label before it: "Cập nhật: Hôm qua lúc 15:40 · 58 lượt xem")
        if values is None:
            values = _yearless_meta_row(text, vocab, pat, bare=True)
            if values == [] and (day := _dates.yearless_day(text)) is not None:
                labels[i], terminal[i] = Label.DATE, True  # the post's meta row, its day with no year and no count
                date_boxes.append((i, day))  # ("22/03 lúc 8:00 sáng · Đoàn thể · 0 Bình luận"): the year from the page
            values = values or None
            if values and meta_byline is None and ":" in text:
                meta_byline = _credited_field(text, vocab)  # (the writer's credit among its fields: "Ngày đăng: 06:20 ·
                # 12/3 | Người viết: Minh Thuận (Trung tâm …) Lượt xem: 1.187")
        if values is None and "👁" in text:
            values = _views_after_eye(text, vocab)
        if values is None and len(text) <= 120 and (" · " in text or " | " in text or " • " in text or (
                max(text) > "\u2190" and any(c in pat.field_icons or c in vocab.field_label_icons for c in text if c > "\u2190"))
                or text[:1].isupper() and pat.ago_labelled.match(text)) and HAS_DIGIT.search(text) and not (
                _dates.may_hold_date(text) and meta_date(pat, vocab, text)):  # (a day of its own beside the age: the
            # date line's, "Ngày đăng: 26 thg 7, 2025 · Cập nhật 2 giờ trước · Đã xem 634 lần")
            values = _relative_meta_row(text, vocab, pat)  # "admin · 2 tháng trước · 312 lượt xem", "🕒 3 tuần trước 👁 245"
            if values and meta_byline is None:  # (the writer's credit in it: "Người thực hiện: Trúc Linh · 2 tuần trước · …")
                meta_byline = _credited_field(text, vocab)
        if (values is None and len(text) <= 120 and (" · " in text or " | " in text) and HAS_DIGIT.search(text)
                and not _dates.may_hold_date(text) and len(fields := [f.strip() for f in FIELD_SEPARATORS.split(text)]) >= 2
                and (uploader_field(fields[0], vocab) or ":" in fields[0][:CREDIT_LABEL] and uploader_field(fields[1], vocab)
                     and vocab.credit_label.match(fold(fields[0])))):
            values = meta_field_counters(fields[1:], vocab, pat) or None  # who posted it, then the comments and the
            # views, no date ("bởi quantri_vanduong · 0 Bình luận · 204 lượt xem", a theme's row under the headline)
            if values and meta_byline is None and not uploader_field(fields[0], vocab):
                meta_byline = _credited_field(text, vocab)  # (or the writer's credit before who posted it: "Tác giả:
                # Phạm Thanh Tâm | Người đăng: ttngasau | Lượt xem: 312")
        if (values is None and 0 < (bar := text.find(" | ")) <= _TOOL_TEXT and len(text) <= 120
                and not HAS_DIGIT.search(text, 0, bar) and HAS_DIGIT.search(text, bar)
                and boilerplate_kind(vocab, text[:bar].strip()) == "share" and not _dates.may_hold_date(text)
                and len(fields := [f.strip() for f in text.split(" | ")]) >= 3):
            values = meta_field_counters(fields, vocab, pat) or None  # a post's footer row, its tools then its counts
            # ("Permalink | Comments (1) | Trackbacks (0) | Read 87 times", a blog's)
        if values is None and text.count(" / ") >= 2 and len(text) <= 160 and HAS_DIGIT.search(text) and (
                not _dates.may_hold_date(text)):
            values = meta_field_counters(text.split(" / "), vocab, pat) or None  # a meta row between slashes ("An
            # ninh - Quốc phòng / Viết bởi qtv_suoingang / Bài viết đã được xem 145 lần")
        if (values is None and text[:1] == "[" and text[-1:] == "]" and BRACKETED_FIELDS.match(text) and HAS_DIGIT.search(text)
                and not _dates.may_hold_date(text)):
            fields = FIELD_SEPARATORS.split(plain_fields(text, pat, vocab).strip())  # each field in brackets, no date
            values = meta_field_counters(fields[1:], vocab, pat, opening=fields[0]) or None  # ("[ Mặt trận - Đoàn
            # thể ] ~ [ 563 lần đọc ] ~ [ In bài ]": the category, the views, the tools)
        if values is None and ("|" in text or " · " in text or "•" in text or " — " in text) and len(text) <= 160:
            values = _counters_with_tools(text, vocab)  # "Lượt xem: 1.203 | In bài | Gửi email" (or an em dash
            # between the fields: "Người viết: Trần Bé Năm — Số người đọc: 77")
            if values and meta_byline is None:  # "Tin, ảnh: Hải Đăng | Lượt đọc: 1.204": the byline beside the views
                meta_byline = _credited_field(text, vocab)
        elif values is None and len(text) <= 160 and ":" in text and (GLUED_WORDS.search(text) or _FIELD_GAP in text) and (
                HAS_DIGIT.search(text)):
            values = _counters_with_tools(_FIELD_GAPS.sub(" | ", GLUED_WORDS.sub(" | ", text)), vocab)  # the same row, its
            # links' and spans' words run together or set apart by wide gaps only ("Chia sẻ bài viếtFacebookZaloLượt
            # xem: 2,317", a flex row's items; "Chia sẻ: Facebook Zalo    Lượt xem: 96")
        if values and b.tag == "tr" and all(key == "total_visits" for key, _ in values) and i and (
                blocks[i - 1].tag == "tr" and labels[i - 1] is None
                and _prose_count(blocks, labels, i + 1, min(len(blocks), i + _TOTALS_TO_TEXT), most=1)):
            values = None  # a table's totals row in the text, its rows over it and a paragraph under it ("Tổng cộng | 14 |")
        if (values and len(values) == 1 and values[0][0] in _BOX_KEYS and i >= 1
                and any(all(0 <= k < n and labels[k] != Label.COUNTER and _FIGURE_FIELD.match(blocks[k].text)
                            and not read_counters(vocab, blocks[k].text)
                            and fold(blocks[k].text.partition(":")[0]) not in vocab.counter_past for k in pair)
                        for pair in ((i - 2, i - 1), (i - 1, i + 1)))  # (not the widget's past periods: "Tuần trước: 1.514")
                and not (i + 1 < len(blocks) and HAS_DIGIT.search(blocks[i + 1].text) and read_counters(vocab, blocks[i + 1].text))):
            values = None  # a count in a visitor's words among another box's figures, no visitor count beside it ("Hồ
            # sơ tiếp nhận: 186" / "Đã giải quyết: 181" / "Đang xử lý: 5" / "Hôm nay: 7"; "… / Hồ sơ trực tuyến: 846"; or
            # between them: "Tổng số hồ sơ tiếp nhận: 1.486" / "Hồ sơ trực tuyến: 1.112" / "Đã giải quyết: 1.471")
        if values:
            labels[i], terminal[i] = Label.GALLERY if boxed_photos else Label.COUNTER, True
            counters.extend(_widget_total(blocks, i, _views_by_class(b, values), vocab, counters))
            k = i + 1
            while boxed_photos and k < n and "    " in blocks[k].text and labels[k] is None and (
                    more := read_counters(vocab, _BOXES_GAP.split(blocks[k].text.strip())[-1])):
                labels[k], terminal[k] = Label.COUNTER, True  # (the rows under it, the counter's last: "Lễ hội …   Đang
                counters.extend(more)  # online: 4", not the album's captions)
                k += 1
            if meta_byline is None and len(text) <= _BYLINE_ROW and max(text) > "\u2190" and (
                    credit := _credited_field(text, vocab)):  # (the writer behind a pen among the fields:
                meta_byline = credit  # "✍ Hoàng Yến · Đăng 3 ngày trước · 👁 487")
            elif meta_byline is None and " | " in text and len(text) <= _BYLINE_ROW and (
                    name := text.rsplit(" | ", 1)[1].strip()) and len(name.split()) in _PERSON_WORDS and (
                    all(w[:1].isupper() for w in name.split()) and _signature.names_like(name, vocab)
                    and not account_line(name, vocab) and boilerplate_kind(vocab, name) is None):
                meta_byline = name  # a name alone closing the row, its icon the template's only label ("07:30, 05/09 | 1024
                # | Minh Nguyệt")
            continue
        if (b.cls and meta_byline is None and len(text) <= _BYLINE_ROW and "author" in b.cls and field_class(b.cls, "author")
                and not account_line(text, vocab) and _writer_field(text, vocab)
                and not (i + 1 < n and (blocks[i + 1].cls == b.cls or len(blocks[i + 1].text) <= _BYLINE_ROW and (
                    signed := _signature.parse_signature([text, blocks[i + 1].text], vocab)) is not None and signed.role
                    and signed.name == text))):  # (a name over its unit in one box signs: below; "<div class=author-sign>
                # Trần Hoàng Long<span class=d-block>Đoàn TN thị trấn …</span>")
            labels[i] = Label.OTHER  # "<span class=author-name>Lê Thu Hằng</span>" by the date: the writer (or with
            meta_byline, writer_field = text, True  # the unit: "<p class=author-line>Ka Hồng Nhung - Văn phòng …</p>")
            continue
        if (b.cls and "author" in b.cls and len(text) <= _WRITER_NAME and fold(text) in vocab.desk_signatures
                and field_class(b.cls, "author")):
            labels[i] = Label.OTHER  # the template's author element naming a desk ("<h4 class=author-name>Ban Truyền
            continue  # thông</h4>", Ghost's): the post's field, no paragraph (a signature under the text names the writer)
        if b.cls and len(text) <= 12 and BARE_VALUE.match(text):  # a number alone in a template's field:
            if field_class(b.cls, "views"):  # the views ("<div class=post-views><i class=icon-eye></i>185</div>"),
                labels[i] = Label.COUNTER  # a field of the post's meta row, which may stand under the lead
                counters.append(("views", int(NON_DIGIT.sub("", text))))
                continue
            if field_class(b.cls, "comments"):
                labels[i] = Label.OTHER  # the count of comments beside them, never a paragraph
                continue
        var = _TEMPLATE_VAR.match(text) if "=" in text else None
        if var and "view" in var["name"].lower() and var["value"].isdigit():
            labels[i], terminal[i] = Label.COUNTER, True
            counters.append(("views", int(var["value"])))
            continue
        if (b.tag and i + 1 < n and blocks[i + 1].role == "gallery" and b.role != "gallery" and len(text) <= MENU_ITEM
                and (":" not in text or _titled_photo_story(text, vocab)) and not ends_sentence(text)
                and vocab.gallery_word.search(text)):
            labels[i] = Label.GALLERY  # a heading in photo words right over the template's gallery ("Chùm ảnh
            continue  # diễn tập" over a carousel), not the signature over it
        if (b.tag and text[-1:] == ":" and len(text) <= MENU_ITEM and i + 1 < n and blocks[i + 1].near_image
                and vocab.gallery_word.match(text) and not blocks[i + 1].text.startswith(text[:-1])):
            labels[i] = Label.GALLERY  # an image field's label over its pictures alone, no caption ("Hình ảnh lễ
            continue  # hội:" / images, Drupal's field-type-image)
        if len(text) <= 120 and (vocab.gallery_inline.match(fold(text)) or text[:1] > "\u2000" and (
                vocab.gallery_inline.match(fold(_without_icon(text)))) or text[:2] in ("* ", "- ", "+ ") and (
                vocab.gallery_inline.match(fold(text[2:])))):  # (an icon before it, "👉 Một số hình ảnh …", or a bullet)
            if not b.tag and not (i + 1 < n and _dates.may_hold_date(following := blocks[i + 1].text)
                                  and meta_date(pat, vocab, following)):
                labels[i] = Label.GALLERY  # (not a photo story's headline over its date line: "Chùm ảnh: Vào mùa …")
                continue
            if i + 1 < n and labels[i + 1] == Label.CAPTION and "gallery" in (blocks[i + 1].cls or ""):
                labels[i] = Label.OTHER  # "Ảnh ghi nhận tại buổi lễ:" over a gallery widget's captions
                continue  # (over a photo series in the text, its own images and captions, it is text)
            if i + 1 < n and labels[i + 1] == Label.GALLERY and blocks[i + 1].role == "gallery":
                labels[i] = Label.GALLERY  # "Một số hình ảnh tại buổi ra quân:" over the template's gallery
                continue
            if (b.tag[:1] == "h" and i + 2 < n and labels[i + 1] == labels[i + 2] == Label.CAPTION
                    and not ends_sentence(text)):
                labels[i] = Label.GALLERY  # a heading over two captions or more: a photo series closing
                continue  # the text ("<h3>Một số hình ảnh tại Lễ ra quân</h3>" / figures)
            if (i and i + 1 < n and (labels[i + 1] == Label.CAPTION or blocks[i + 1].near_image) and labels[i - 1] is None
                    and blocks[i - 1].align == "right" and _signature.parse_signature([blocks[i - 1].text], vocab)):
                labels[i] = Label.GALLERY  # under the signature set to the right: the series is past the text
                j = i + 1  # ("VĂN THỊNH - XUÂN HÀ" / "Một số hình ảnh tại Hội thi:" / photos and captions)
                while j < n and labels[j] in (None, Label.CAPTION) and blocks[j].near_image and len(
                        blocks[j].text) <= _PLAIN_CAPTION:
                    labels[j] = Label.CAPTION  # (its captions, each under its photo)
                    j += 1
                continue
            if not photo_series_text and i + 1 < n and (labels[i + 1] == Label.CAPTION or blocks[i + 1].near_image):
                labels[i] = Label.GALLERY  # "Một số hình ảnh tại buổi lễ:" over the photos in the text: a
                continue  # photo series, as on a text page (not on a platform whose series are its text)
        if (len(text) <= 60 and kind in (None, "navigation") and text.rstrip(" )»›").lower().endswith(vocab.gallery_count_ends)
                and HAS_DIGIT.search(text) and (count := vocab.gallery_count.match(fold(text.rstrip(" »›"))))):  # (an
            # arrow after the link: "Xem toàn bộ 12 ảnh »")
            labels[i], terminal[i] = Label.GALLERY, True  # "(Xem 8 ảnh)": a link to the album, by its count of
            if (i and labels[i - 1] is None and len(blocks[i - 1].text) <= 60 and not ends_sentence(blocks[i - 1].text)
                    and not count["heading"]):  # (no heading of its own on the line)
                labels[i - 1], terminal[i - 1] = Label.GALLERY, True  # photos, under its heading ("Hình ảnh hội thi")
            continue
        if kind is None and len(text) <= 80 and (
                (album := text if text[:1] in vocab.gallery_album_starts else text[:1] > "\u2000" and ICON_LEAD.sub("", text))
                and album[:1] in vocab.gallery_album_starts and vocab.gallery_album.match(fold(album))):
            labels[i] = Label.GALLERY  # "Album ảnh Hội thao" (a widget's bare "Album ảnh" ends the article; its camera
            continue  # before it: "📷 Album: Hình ảnh buổi ra quân (8 ảnh)")
        if text[:1] == "[" and (slide := vocab.slide_caption.match(text)) and kind is None:
            labels[i] = Label.GALLERY  # "[Ảnh 1/6] Các em thiếu nhi rước đèn …": a slideshow's photo and its caption
            if i and labels[i - 1] is None and len(blocks[i - 1].text) <= 60 and not ends_sentence(blocks[i - 1].text) \
                    and not vocab.slide_caption.match(blocks[i - 1].text) and slide["n"] == "1":
                labels[i - 1] = Label.GALLERY  # (its heading over the first: "Ảnh đêm hội trăng rằm")
            continue
        if len(text) <= 7 and text[:1].isdigit() and (place := _SLIDE_PLACE.match(text)) and _slides_on(blocks, i, place):
            labels[i] = Label.GALLERY  # an album's photos numbered as they go ("1/8", its caption, "2/8", …):
            if i + 1 < n and labels[i + 1] is None and len(blocks[i + 1].text) <= CAPTION_LINE and not (
                    _SLIDE_PLACE.match(blocks[i + 1].text)):
                labels[i + 1] = Label.CAPTION  # each photo's caption under its place
            continue  # never a date ("1/8" in a run of "k/8")
        if (len(text) <= 30 and kind in (None, "navigation") and _slide_place(text, vocab)
                and not (i + 2 < n and HAS_DIGIT.search(blocks[i + 2].text) and bare_date(blocks[i + 2].text))):
            labels[i] = Label.GALLERY  # a slideshow's place, "Ảnh 2 / 6" (not a news slider's over its first
            # headline and that one's date: "TIN NỔI BẬT" / "‹ 1/4 ›" / headline / "24/05/2024")
            k = i + 1  # its photos' captions under it ("Ảnh 1 / 6" / "Đội cồng chiêng buôn Cư Đrăm"), no name
            while (k < n and k - i <= _SLIDES and labels[k] is None and len(blocks[k].text) <= CAPTION_LINE
                   and not is_prose(blocks[k].text) and not HAS_DIGIT.search(blocks[k].text) and not ends_sentence(blocks[k].text)
                   and boilerplate_kind(vocab, blocks[k].text) is None and not credited_names(blocks[k].text, vocab)
                   and not _signature.names_like(blocks[k].text, vocab)):
                labels[k] = Label.CAPTION
                k += 1
            if i >= 2 and labels[i - 1] is None and blocks[i - 1].text.isupper() and len(blocks[i - 1].text) <= 60 and (
                    labels[i - 2] is None and len(blocks[i - 2].text) <= BYLINE_LINE
                    and _signature.parse_signature([blocks[i - 2].text], vocab) is not None):
                labels[i - 1] = Label.GALLERY  # its heading in capitals under the signature ("Ngọc Trâm - Hải Yến" /
                # "KHOẢNH KHẮC LỄ HỘI" / "Ảnh 1/6"): the slideshow's, not a second name
            continue
        if len(text) <= 16 and (text[:1].isdigit() or text[:1] == "[") and (slide := _BARE_SLIDE.match(text)) and (
                slide["arrows"] or i + 1 < n and _SLIDER_ARROWS.match(blocks[i + 1].text)
                or i > 1 and _SLIDER_ARROWS.match(blocks[i - 1].text)):
            labels[i] = Label.GALLERY  # a slider's place over its arrows ("1 / 8" / "‹ ›"), beside them ("[1/8] ‹ ›")
            top = i
            if not slide["arrows"] and i + 1 < n and _SLIDER_ARROWS.match(blocks[i + 1].text):
                labels[i + 1] = Label.GALLERY
            elif not slide["arrows"]:  # or under them ("TIN ẢNH" / "◄ ►" / "1 / 8"), its heading over them
                labels[i - 1], top = Label.GALLERY, i - 1
            above = top - 1
            if top and labels[above] is None and len(blocks[above].text) <= 60 and not ends_sentence(blocks[above].text) and (
                    vocab.photo_credit_line.match(blocks[above].text) and blocks[above].text.isupper()
                    or _signature.parse_signature([blocks[above].text], vocab) is None):
                labels[above] = Label.GALLERY  # its heading ("ẢNH: PHIÊN CHỢ TẾT 0 ĐỒNG", "Khoảnh khắc ngày hội")
            continue
        if (len(text) <= 7 and text[:1].isdigit() and (slide := _BARE_SLIDE.match(text)) and not slide["arrows"]
                and i and labels[i - 1] == Label.GALLERY and text.split("/")[0].strip() == "1"):
            labels[i] = Label.GALLERY  # a slideshow's place right under its heading, its captions under it ("Một số
            k = i + 1  # hình ảnh tại lễ hội:" / "1/9" / "Đoàn ghe rước Ông rời bến …" / …), as many as it counts
            while (k < n and k - i <= int(slide["of"]) and labels[k] is None
                   and len(blocks[k].text) <= _CAPTION_SENTENCE and ends_sentence(blocks[k].text)):
                labels[k] = Label.GALLERY
                k += 1
            continue
        if (len(text) <= 7 and text[:1].isdigit() and (slide := _BARE_SLIDE.match(text)) and not slide["arrows"]
                and (album := _captioned_slides(blocks, i, int(slide["of"]), vocab)) is not None):
            for k in range(album, i + 1):
                labels[k] = Label.GALLERY  # a slider's place under as many captions as it counts, its heading in
            continue  # photo words over them ("Hình ảnh bên lề hội thi" / 4 captions / "1 / 4")
        head = text[:40]
        if (len(text) <= 300 and kind != "related" and (":" in head or ">" in head or "»" in head)
                and vocab.related_inline.match(fold(head))):
            labels[i] = Label.RELATED  # "Xem thêm: <title>" in the text: the article goes on after it
            continue
        if (text[:1] in ">»" and (link := _ARROW_LINK.match(text)) and len(text) <= 160 and 0 < i < n - 1
                and (not ends_sentence(text) or text.endswith("?")) and len(link["title"].split()) >= _HEADLINE_WORDS
                and is_prose(blocks[i - 1].text) and is_prose(blocks[i + 1].text)):
            labels[i] = Label.RELATED  # a link to another article between two paragraphs, an arrow its only
            continue  # label (">> Người dân cần làm gì khi xảy ra cháy trong nhà ống?"): the text goes on
        if (b.tag and b.link_density >= 0.5 and len(text) <= 200 and kind != "related" and not ends_sentence(text)
                and vocab.related_inline_bare.match(text)):
            labels[i] = Label.RELATED  # "<span>Xem thêm</span> <a>title</a>": the label, then the link, no colon
            continue
        if kind is None and b.link_density >= 0.9 and len(text) <= _LINK_ROW and b.tag:
            kind = _link_row_kind(text, vocab, inner=b.tag != "li")  # "In tin này Gửi cho người thân Chia sẻ lên Facebook"
        if kind == "counter" and len(text) <= 20 and table_total(blocks, i):
            labels[i] = Label.OTHER  # "Tổng cộng" over a table's numbers, no visitor counter
            continue
        if kind == "navigation" and len(text) <= 120 and HAS_DIGIT.search(text) and fold(text[:16]).startswith(
                vocab.category_labels):  # the category's field opens a meta line: its date, its views
            if (meta := meta_date(pat, vocab, text)):  # "Chuyên mục: Tin địa phương | Ngày ra tin: 28/02/2022 | …"
                _mark_date(i, meta, labels, header_dates, counters)
                credit = _byline_field(text, meta[0], vocab)  # ("… | Người viết: Ngô Thị Hạnh | Lượt đọc: 205")
                if credit and meta_byline is None:
                    meta_byline, dated_byline_at = credit, i
                continue
            if (found := counters_after(text, vocab)[1]):
                labels[i], terminal[i] = Label.COUNTER, True  # "Chuyên mục: Đoàn thể   Số người xem: 264"
                counters.extend(found)
                continue
        if kind == "footer" and b.role == "body" and any(
                blocks[j].role == "body" and boilerplate_kind(vocab, blocks[j].text) != "footer" for j in range(i + 1, min(n, i + 3))):
            kind = None  # a contact's lines inside the article's own element, its text or signature after them
            # ("Địa chỉ: thôn Khe Mây, …" / "Điện thoại: 0239…" / "Hoàng Thị Lan - Công chức …"): the text's, not the footer
        if (kind == "footer" and len(text) > _MENU_HEADLINE and ends_sentence(text) and i + 1 < n
                and len(blocks[i + 1].text) <= BYLINE_LINE and _signature.parse_signature([blocks[i + 1].text], vocab)):
            kind = None  # the text's last sentence, a contact's numbers, over the signature ("Số điện thoại trực ban …:
            # 0228.3878.115; Công an thị trấn: …" / "Vũ Thu Hà - Trần Đức Mạnh"): no footer stands over the writer's name
        if kind == "footer" and text[:1] == "©" and _CLOCK_READ_AS_COPYRIGHT.match(text):
            kind = None  # the clock's icon OCR read as "©" before the post's day and time ("© 14/08/2025 07:55 | Lượt
            # xem: 326"): its date line, below; a copyright names a year alone
        if kind == "gallery" and len(text) > _MENU_HEADLINE and ends_sentence(text) and is_prose(text):
            kind = None  # a sentence of the text that opens with an album's words ("Thư viện hình ảnh số “Ký ức làng
            # xưa” gồm hơn 600 bức ảnh …"): no album's heading
        elif (kind == "gallery" and i + 1 < n and len(blocks[i + 1].text) <= BYLINE_LINE
                and not vocab.video_words.isdisjoint(fold(text).split()) and _video_only(blocks[i + 1].text, vocab)):
            kind = "navigation"  # a box named for photos and videos whose one link is the videos' ("Hình ảnh - Video"
            # / "Xem kho video"): no photo gallery
        if kind and kind != "other":
            labels[i], terminal[i] = _KIND_LABEL[kind], True
            if kind == "footer":
                counters.extend(_footer_counters(text, vocab))
            elif kind == "related":
                box_end = i  # (its items under it close an article: "Tin khác:" / "- … (08/09/2021)")
            continue
        if (kind is None and _FIELD_GAP in text and len(text) <= _LOGIN_ROW and HAS_DIGIT.search(text)
                and (fields := text.split(_FIELD_GAP)) and _LOGIN.match(fields[0].strip())
                and vocab.comment_count.match(fold(fields[-1].strip()))):
            labels[i] = Label.OTHER  # who posted it and the comments' count, their icons dropped ("quantri    0 bình
            continue  # luận" under the headline): a meta row with no date
        if kind is None and text[:1].isdigit() and len(text) <= _LINK_ROW and vocab.reaction_row.match(text):
            labels[i] = Label.SHARE  # a social post's counts under it, embedded in the text ("126 lượt thích · 14 bình
            continue  # luận · 9 lượt chia sẻ"): the card's, the text may go on under it
        if kind is None and (len(text) <= 30 or text[:1].isdigit() and len(text) <= 250) and HAS_DIGIT.search(text) and vocab.comment_count.match(
                fold(ICON_EDGES.sub("", text))):
            if _READING_TIME.search(text):  # "⏱ 3 phút đọc", "4 phút": the reading time, in the meta row above
                labels[i] = Label.OTHER  # the text as often as under it
                continue
            labels[i], terminal[i] = Label.RELATED, True  # "0 Chú thích", "Bình luận (3)": the comments
            continue
        if (kind is None and text[:1].isdigit() and len(text) <= _LISTED_ITEM and (item := _NUMBERED_ITEM_VIEWS.match(text))
                and (read := read_counters(vocab, text[item.end():])) and [key for key, _ in read] == ["views"]):
            labels[i], terminal[i] = Label.RELATED, True  # a "most read" box's numbered item and its own views ("1.
            continue  # Vĩnh Viễn tổ chức Hội thi ẩm thực mùa nước nổi - 2.415 lượt xem"): another post's
        if kind is None and len(text) <= 60 and text[:1].isdigit() and vocab.gallery_count.match(fold(text)):
            labels[i], terminal[i] = Label.GALLERY, True  # an album's count and link ("14 ảnh · Xem toàn bộ"), the
            continue  # text may go on after it
        if kind is None and len(text) <= 80 and text[:1].isdigit() and vocab.comment_row.match(fold(text)) \
                and not ends_sentence(text):
            labels[i], terminal[i] = Label.RELATED, True  # "0 nhận xét Email liên kết đến bài đăng này Chia sẻ"
            continue
        if (len(text) <= MONTH_LINE and i + 2 < n and MONTH_ALONE.match(text) and len(blocks[i + 1].text) <= 2
                and blocks[i + 1].text.isdigit() and _YEAR_LINE.match(blocks[i + 2].text)
                and (boxed := _dates.header_date(pat, f"{blocks[i + 1].text} {text} {blocks[i + 2].text}"))
                and boxed[0].iso() and not boxed[1].strip()):
            labels[i] = labels[i + 1] = labels[i + 2] = Label.DATE  # a blog's date box, its month over its day over
            header_dates.append((i, boxed[0]))  # its year ("Tháng 5" / "12" / "2025", SharePoint's)
            continue
        if (len(text) <= MONTH_LINE and i + 2 < n and len(blocks[i + 1].text) <= 2 and blocks[i + 1].text.isdecimal()
                and 1 <= int(blocks[i + 1].text) <= 31 and is_prose(blocks[i + 2].text)
                and (month := _box_month(text, pat)) is not None):
            labels[i] = labels[i + 1] = Label.OTHER  # a blog's date box, its month over its day and no year, over the
            date_boxes.append((i, _dates.DateMatch(None, month, int(blocks[i + 1].text), text=f"{text} {blocks[i + 1].text}")))
            continue  # text ("THÁNG 3" / "12" / "Chiều 10/3, …", SharePoint's): the year comes from the page
        if (len(text) <= MONTH_LINE and i + 1 < n and MONTH_ALONE.match(text) and len(blocks[i + 1].text) <= 2
                and blocks[i + 1].text.isdigit() and i + 2 < n and _dates.may_hold_date(blocks[i + 2].text)):
            labels[i] = labels[i + 1] = Label.OTHER  # a blog's date box, its month over its day and no year, over the
            continue  # post's own date line ("tháng sáu" / "21" / "Đăng vào 21/06/2023 8:47 SA bởi …", SharePoint's)
        if len(text) <= _WEEKDAY_LINE and i + 2 < n and (box := _weekday_box(pat, blocks, i)) is not None:
            labels[i] = labels[i + 1] = labels[i + 2] = Label.OTHER  # a blog's date box, weekday, day and month, no
            date_boxes.append((i, box))  # year ("Thứ Ba" / "14" / "Tháng 2", SharePoint's): the year comes from the text
            continue
        if (len(text) <= 2 and text.isdecimal() and 1 <= int(text) <= 31 and i + 2 < n and labels[i + 1] is None
                and (month := _box_month(blocks[i + 1].text, pat)) is not None and not _YEAR_LINE.match(blocks[i + 2].text)
                and len(blocks[i + 2].text) > MONTH_LINE):
            labels[i] = labels[i + 1] = Label.OTHER  # a theme's date badge, its day over its month and no year, over the
            date_boxes.append((i, _dates.DateMatch(None, month, int(text), text=f"{text} {blocks[i + 1].text}")))
            continue  # headline ("27" / "Th6" / "Hội Nông dân xã …", WordPress's): the year comes from the page
        if len(text) <= 2 and text.isdigit() and (stacked := _stacked_date(pat, blocks, i)):
            for j in range(i, i + stacked[1]):
                labels[j] = Label.DATE  # "15" / "Tháng 3" / "2024": a blog's date box
            header_dates.append((i, stacked[0]))
            continue
        if text[-1:].isdigit() and _dated_capitals_headline(blocks, i, pat):
            continue  # a bulletin's headline holding its day, over the post's own date line ("BẢN TIN THỜI SỰ TỐI
            # 12/8/2024" / "Đăng ngày: 12/08/2024 17:30"), a radio station's: no date line of its own
        if (text[-1:] == ")" and meta_byline is None and i and labels[i - 1] == Label.DATE and i + 1 < n
                and len(text) <= BYLINE_LINE and HAS_DIGIT.search(blocks[i + 1].text)
                and (read := read_counters(vocab, blocks[i + 1].text)) and all(key == "views" for key, _ in read)
                and (signed := _signature.parse_signature([text], vocab)) is not None and signed.role):
            labels[i], meta_byline, dated_byline_at = Label.OTHER, text, i  # the writers and their unit between the
            continue  # post's date and its views ("Thời gian đăng: …" / "K’Brêu – Ka Hương (Đài TT xã)" / "Lượt đọc: 47")
        if (text[-1:] == "Z" and len(text) <= 30 and _CRAWL_STAMP.fullmatch(text)
                and any(blocks[j].text.startswith(("http://", "https://")) for j in range(max(0, i - 2), i))):
            labels[i] = Label.OTHER  # a crawl record's capture time in UTC under the page's address (Browsertrix's
            continue  # pages.jsonl printed with jq: url / title / "2024-12-17T03:22:41Z"): no post's date
        if len(text) <= 200:  # before "other": "Người đăng tin: X Ngày đăng tin: …" is the date line
            meta, shaped = date_line_readings(pat, vocab, text)
            if meta and meta[1] and _post_over_its_views(blocks, i):
                labels[i] = Label.RELATED  # a box's post over its date and views, the next alike two lines on
                continue  # ("TIN ĐỌC NHIỀU" / a title / "30/05/2024 - 1.245 lượt xem" / a title / "27/05/2024 - 986 …")
            if meta:
                _mark_date(i, meta, labels, header_dates, counters)
                credit = _byline_field(text, meta[0], vocab) or _bare_writer_before(blocks, i, meta[0], vocab)
                if credit and meta_byline is None and not _site_name_again(blocks, i, credit, vocab):
                    meta_byline, dated_byline_at = credit, i
                continue
            if shaped and not shaped[1].strip(" |•·-–()"):
                labels[i] = Label.OTHER  # a date line with an impossible date ("31/02/2020")
                continue
            fielded = _fields_date(pat, vocab, text) if (" / " in text or "|" in text) else None
            if fielded:
                # "Mặt trận - Đoàn thể / Thứ Tư, 15/05/2024 - 08:30 / Đăng bởi: quantri"
                _mark_date(i, fielded, labels, header_dates, counters)
                credit = _byline_field(text, fielded[0], vocab) or _bare_writer_before(blocks, i, fielded[0], vocab)
                # ("Ka Hoa – Công chức … | Thứ Hai, 10.06.2024 …")
                if credit and meta_byline is None:
                    meta_byline, dated_byline_at = credit, i
                continue
            ago = _relative_date_line(pat, vocab, text) if ("·" in text or "|" in text or "•" in text
                                                            or "  /  " in text or "   " in text) else None
            if ago is not None:
                labels[i] = Label.DATE  # "Xã - Thị trấn · 2 tuần trước · 👁 734": the meta line, its date
                counters.extend(ago)  # relative to a day the page never prints
                credit = next((f.strip() for f in FIELD_SEPARATORS.split(text) if credited_names(f.strip(), vocab)),
                              None)  # ("Người thực hiện: Trúc Linh – Hoài Nam · 2 tuần trước · …": the writers)
                if credit and meta_byline is None:
                    meta_byline, dated_byline_at = credit, i
                continue
            uploaded = (_uploader_date(pat, vocab, text)
                        if kind == "other" or kind is None and text[:1] in vocab.uploader_starts else None)
            if uploaded:
                # "Đăng bởi admin vào 12/03/2024": who uploaded it, and when
                _mark_date(i, uploaded, labels, header_dates, counters)
                continue
        if text[:1] in "TtNnPp" and len(text) <= 120 and fold(text[:40]).startswith(vocab.ai_notes):
            labels[i] = Label.OTHER  # a tool's summary box over the text: its note, its points, its heading
            for j in range(i - 1, max(i - _SUMMARY_BOX, -1), -1):
                if labels[j] is not None and labels[j] != Label.OTHER or len(blocks[j].text) > 160:
                    break
                labels[j] = Label.OTHER
                if not blocks[j].text.startswith(("•", "-", "*", "·")):
                    break  # (the heading: "Tóm tắt nội dung")
            continue
        if kind:
            labels[i], terminal[i] = _KIND_LABEL[kind], not (kind == "other" and (fold(text[:24]).startswith(
                vocab.reading_labels) or line_key(text) in vocab.player_buttons or 20 <= len(text) <= 300 and _spam(
                    text, vocab)))  # (a reading time: among the meta row's fields, over the text too; a player's
            # buttons, where it stands between the paragraphs too; spam, injected anywhere: "Tải app QK365 nhận ngay 88K
            # – link vào nhà cái …" between two paragraphs)
            if kind == "related":
                box_end = i
            continue
        if text[:1] in _RELATED_MARKS and (_RELATED_ITEM.match(text) or len(text) >= _ITEM_TITLE and i + 1 < n and (
                BRACKETED_DAY.fullmatch(blocks[i + 1].text))):  # (or its date on the next line: "• Xã … năm 2020" /
            labels[i], terminal[i] = Label.RELATED, True  # "(28/04/2020)", a text browser's wrap)
            if box_end == i - 1 or i and blocks[i - 1].text.endswith(_END_MARK):
                box_end = i  # (a box's items, under its heading or right under the text's end mark: "… trong ấp./.")
            else:
                related_items += 1
            continue
        if ((text.isupper() or text.endswith("!") or "***" in text or "....." in text
             or ":" in text[:16] and text.split(":", 1)[0].isupper() or text[:2] in _BANNER_FRAMES) and len(text) <= 300
                and fold(_without_icon(text.lstrip(_BANNER_MARKS))).startswith(vocab.slogan_start)):  # (or its label in capitals:
            # "CẢNH BÁO: Công an …"; or framed by arrows: "»» Chào mừng kỷ niệm … ««")
            labels[i], terminal[i] = Label.NAVIGATION, True  # a campaign banner ("CHÀO MỪNG KỶ NIỆM …"), or one
            # scrolling round between stars or dots ("Chào mừng kỷ niệm 76 năm … *** Chào mừng …", "Nhiệt liệt
            # chào mừng năm mới 2024 ...... Toàn dân …")
            continue
        if (len(text) <= _SITE_TAGLINE and ("," in text or " - " in text or " – " in text)
                and not ends_sentence(text.rstrip("!")) and vocab.motto_tagline.match(fold(text))):
            labels[i] = Label.NAVIGATION  # the site's tagline, a standing motto closing it ("Tuổi trẻ Tân Ân Hạ -
            continue  # Xung kích, tình nguyện, sáng tạo", "Công đoàn Việt Nam - Vì người lao động"): the header, never
            # the headline
        if len(text) >= _TICKER_LINE and _scrolled_twice(text):
            labels[i], terminal[i] = Label.NAVIGATION, True  # a ticker printed twice round, whatever it says
            continue  # ("Thông báo: Lịch tiếp công dân … ***** Thông báo: Lịch tiếp công dân …")
        if (" | " in text and len(text) <= 160 and pat.site_clock.match(text)
                and (values := read_counters(vocab, text.split(" | ", 1)[1]))):
            labels[i], terminal[i] = Label.COUNTER, True  # the site's clock, then its counters ("Hôm nay: Thứ Sáu,
            counters.extend(values)  # 14/06/2024 | Online: 16 | Visitor: 1.887.320")
            continue
        if (" | " in text and len(text) <= 300 and pat.site_clock.match(text)
                and all(fold(field.strip()).startswith(vocab.slogan_start) for field in text.split(" | ")[1:])):
            labels[i], terminal[i] = Label.NAVIGATION, True  # the site's clock, then its banner ("Hôm nay: Thứ
            continue  # Bảy, 30/11/2024 | Nhiệt liệt chào mừng …")
        if (" | " in text and len(text) <= 160 and text[:1].isupper() and (clock := _dates.header_date(pat, text))
                and (links := clock[1].strip(" |")) and " | " in links and boilerplate_kind(vocab, links) == "navigation"):
            labels[i] = Label.NAVIGATION  # the site's clock, then its top links ("Thứ ba, 17/10/2023 Trang chủ |
            continue  # Sơ đồ cổng | Liên hệ | English"): no headline
        if ("|" in text or "  " in text or "::" in text) and len(text) <= 160:
            bare = TEMPLATE_VALUE.sub("", text).rstrip() if "{" in text else text  # ("Ngày đăng: {{ post.date }} | …")
            if bare[-1:] == ":" and "|" in bare and all(field.strip()[-1:] == ":" for field in bare.split("|")):
                labels[i] = Label.OTHER  # labels whose values a template left empty ("Tác giả: | Nguồn:")
                continue
            if menu_row(text, vocab):
                labels[i], terminal[i] = Label.NAVIGATION, True
                continue
            if " | " in text and _uploader_fields(text, vocab) and not credited_names(text, vocab):
                labels[i] = Label.OTHER  # a post's footer: who posted it, when, and its fields ("Đăng lúc 4:35 CH
                continue  # bởi Quản trị phường | Danh mục: Tin hoạt động phường |")
            if field_line(text) and not credited_names(text, vocab):  # (a writer's credit is the byline:
                labels[i] = Label.OTHER  # "ID bài viết: 10452 | Người đăng: admin"  "Tác giả: A | Nguồn: B")
                continue
        if "  " in text and _timed_ticker(text):
            labels[i], terminal[i] = Label.NAVIGATION, True  # the latest headlines, each behind its time, on one line
            continue  # ("TIN MỚI  05:30 Dự báo thời tiết …  05:12 Giá vàng sáng nay …")
        if len(text) <= 300 and text.isupper() and _home_glued(text, vocab):
            labels[i], terminal[i] = Label.NAVIGATION, True  # the menu in capitals, its items run together with no space
            continue  # between them, the home page's first ("TRANG CHỦGIỚI THIỆUTIN TỨC - SỰ KIỆN…"): no sentence
        if len(text) <= 200 and text[:1].isupper() and text[-1:].isalpha() and _capitalised_run(text):
            labels[i], terminal[i] = Label.NAVIGATION, True  # a menu's items run on with one space between, every
            continue  # word capitalised ("Rạch Giá Hà Tiên Phú Quốc Hòn Lộc Giồng Sậy Vàm Rầy …"): no sentence
        if kind is None and "  " in text and len(text) <= _LINK_ROW and all(
                line_key(_PLAYBACK_RATE.sub("", ICON_LEAD.sub("", part))) in vocab.player_buttons
                for part in _SPACED_ITEMS.split(text.strip())):  # (an icon before one, the speed after its name:
            # "Tốc độ phát 1x  ⛶ Toàn màn hình")
            labels[i] = Label.OTHER  # a player's buttons on one line, set apart by wide gaps ("Tốc độ phát  Toàn màn
            continue  # hình  Tắt tiếng"): where the player stands, between the paragraphs too, so no end of the text
        if len(text) <= _LINK_ROW and ("@" in text or text[:1] > "\u2190") and _CONTACT_ROW.match(text):
            labels[i], terminal[i] = Label.FOOTER, True  # the site's phone and mail behind their icons, nothing else
            continue  # ("📞 0219.3 868 225 | ✉ huyendoansungphin@gmail.com")
        if len(text) <= _LINK_ROW and "yy" in text.lower() and _DATE_PLACEHOLDER.search(text):
            labels[i] = Label.NAVIGATION  # a date picker's field, its format for a placeholder ("Xem tin theo ngày:
            continue  # dd/mm/yyyy Xem", "Từ ngày: dd/mm/yyyy Đến ngày: …"): a search box, no date
        if (text[:1].isdigit() and i and _DATED_ENTRY.match(text) and labels[i - 1] in (Label.OTHER, Label.NAVIGATION)
                and (blocks[i - 1].text.isupper() and len(blocks[i - 1].text) <= MENU_ITEM or _DATED_ENTRY.match(blocks[i - 1].text))):
            labels[i] = Label.OTHER  # a chronology box's entries under its heading, each opening with its day ("NGÀY NÀY
            continue  # NĂM XƯA" / "22/4/1965: Du kích xã …" / "22/4/1978: …"): a side box, not the text
        if len(text) <= _READING_LINE and text[-1:].isalpha() and HAS_DIGIT.search(text) and vocab.reading_time.match(fold(text)):
            labels[i] = Label.OTHER  # a reading time alone on its line ("5–6 phút", a reader view's, under the byline)
            continue
        if len(text) <= _PRICE_LINE and text[-1:].isalpha() and ":" in text and vocab.price_line.match(text):
            labels[i] = Label.OTHER  # a market-price widget's line ("Lợn hơi: 38.000 đ/kg")
            prices.append(i)
            continue
        if 20 <= len(text) <= 300 and (not ends_sentence(text) and (
                ("," in text or "|" in text or " – " in text or " - " in text) and _spam(text, vocab)
                or text[:1].islower() and ((found := len(vocab.spam_phrase.findall(fold(text)))) >= _SPAM_RUN
                                           or found >= 2 and _spam_beside(blocks, i, vocab)))
                or _advertised(text, vocab)):  # (or three run on
            # with spaces only, in lower case as injected links are: "cá cược bóng đá trực tuyến uy tín nhất 2023"; not a
            # headline on a raid, "… triệt phá đường dây cá cược …"; the lower case, a cheap test first)
            labels[i] = Label.OTHER  # "nhà cái uy tín nhất 2023, link vào nhà cái, đá gà trực tiếp", "soi kèo
            # … – link vào nhà cái mới nhất"; two on each of a list's lines: "nổ hũ đổi thưởng uy tín" / "bắn cá …"
            continue
        if (len(text) <= 300 and text[-1:] not in ".;:," and vocab.banner_button.search(text[-24:])
                and not text.isupper()):  # (a headline in capitals may end "… THAM GIA")
            labels[i] = Label.OTHER  # a contest's banner with its button ("… kết thúc lúc 17h00 ngày
            continue  # 31/7/2024. THAM GIA NGAY")
        if len(text) <= 200 and vocab.store_name.search(text) and not ends_sentence(text):
            labels[i] = Label.OTHER  # an app's banner ("… Tải trên App Store | Google Play")
            continue
        if len(text) <= 400 and text[:1] in "BT" and vocab.first_on.match(text):
            labels[i] = Label.OTHER  # a feed's footer under the post ("Bài viết … xuất hiện đầu tiên tại …")
            continue
        if "...." in text and len(text) <= 200 and _LEADER_FIELD.match(text) and not _dates.may_hold_date(text):
            labels[i] = Label.OTHER  # a box's field, its label led by dots to its value ("Nguồn ........ Đài …")
            continue
        noise = noise_kind(text)
        if (noise or (vietnamese and unaccented_run(text) and not _signature.strip_credit(text, vocab)[1])
                or account_line(text, vocab)  # ("Theo baohalam.vn" credits a source)
                or len(text) <= 60 and text[:1] in vocab.uploader_starts
                and _signature.uploader_line(text, vocab)
                or len(text) <= BYLINE_LINE and text[:1] in "BbVvWwĐđ" and text[:14].lower().startswith(vocab.written_labels)
                and _signature.written_by(text, vocab)):
            labels[i] = Label.OTHER  # "Bởi admin": who pressed publish; "By: Lan Anh - VP UBND phường", who wrote it
    split_counters(blocks, labels, terminal, counters, vocab)
    _board_box(blocks, labels, terminal, vocab)
    _counter_neighbours(blocks, labels, terminal, counters, vocab)
    _share_column(blocks, labels, terminal, vocab)
    _contents_box(blocks, labels, vocab)
    _tool_before_headline(blocks, labels, vocab)
    _spaced_trail(blocks, labels)
    if poll_buttons:
        _poll_widget(blocks, labels, terminal, vocab, poll_buttons)
    related_items += _dated_item_runs(blocks, labels, terminal, pat, vocab)
    _cut_teasers(blocks, labels)
    _notice_over_menu(blocks, labels, vocab)
    _pager_titles(blocks, labels, vocab)
    _tags_under_label(blocks, labels, vocab)
    if meta_byline is None and (field := _credit_field_pair(blocks, labels, vocab)) is not None:
        meta_byline, dated_byline_at = field
    _uploader_field_pairs(blocks, labels, vocab)
    if prices:
        header_dates = _price_widget(blocks, labels, header_dates, prices)
    header_dates = _schedule_box(blocks, labels, header_dates, vocab)
    header_dates = _document_list(blocks, labels, header_dates, vocab)
    if "hiệu" in "".join(b.text[:12] for b in blocks):  # (the number column's heading: one scan of the lines' starts)
        header_dates = _document_table(blocks, labels, header_dates)
    header_dates = _headed_dated_pairs(blocks, labels, header_dates)

    # 2. header: title, byline, page date
    byline = None
    given = next((i for i, lab in enumerate(labels) if lab == Label.TITLE), None)  # (an HTML template's title)
    if given is None:
        prose = [i for i, b in enumerate(blocks) if labels[i] is None and is_prose(b.text)]
        _side_column_prose(blocks, labels, vocab, prose)
        _box_over_trail(blocks, labels, vocab, [i for i in prose if labels[i] is None])
        _box_over_dated_headline(blocks, labels, pat, [i for i in prose if labels[i] is None])
    cands: list[int] = []
    first_prose = None
    teaser = False
    last_date = -1  # the latest DATE block before i (kept as we go: a scan per block is quadratic)
    # An HTML page's headline with the article's paragraphs under it: prose above it is a side
    # column's (a ward's introduction, a notice box printed before the main column).
    side_prose = given is not None and _prose_count(blocks, labels, given + 1) >= _ARTICLE_PARAGRAPHS
    for i, b in enumerate(blocks):
        if i and labels[i - 1] == Label.DATE:
            last_date = i - 1
        if side_prose and i == given:
            side_prose = False
        if labels[i] == Label.GALLERY and Label.GALLERY not in labels[i + 1:i + 2 + _ALBUM_BOX_TITLES] and (
                _in_menu(blocks, labels, i) or b.tag == "li" and b.link_density >= _ALL_LINK and i
                and blocks[i - 1].tag == "li" and blocks[i - 1].link_density >= _ALL_LINK) and not (
                b.tag and b.link_density < _ALL_LINK and i + 1 < len(blocks) and blocks[i + 1].near_image) and not (
                b.text.isupper() and b.blank_before and i + 1 < len(blocks) and labels[i + 1] is None
                and len(blocks[i + 1].text.split()) >= _PHOTO_TITLE_WORDS):  # (or a
            # link among the menu's items in the markup: Yahoo! 360°'s "Profile" / "Blog" / "Friends" / "Photos" tabs;
            # not a box's heading under the menu, no link, over its photo: "THƯ VIỆN HÌNH ẢNH" / a thumbnail; nor a
            # slider's heading in capitals set apart under it, over its photos' titles: "HÌNH ẢNH HOẠT ĐỘNG" / "Lãnh
            # đạo phường thăm hỏi, tặng quà …")
            labels[i] = Label.NAVIGATION  # "Thư viện ảnh" in the menu above the article: a menu item (under
            # a side menu, with its "Xem thêm album" under its album titles, it heads an album box)
        if labels[i] is not None:
            continue
        text = b.text
        if "(" in text and len(text) <= 300 and vocab.photo_position.search(fold(text)):
            labels[i] = Label.CAPTION  # "Ông … (thứ hai từ trái sang) nhận …": where one stands in the photo
            continue
        if ":" in text and len(text) <= 300 and _photo_credited(text, vocab):
            labels[i] = Label.CAPTION  # "Các đại biểu cắt băng … (Ảnh: Mạnh Cường)": never a title or lead
            if cands and cands[-1] == i - 1 and text.startswith(blocks[i - 1].text.rstrip(". ")):
                labels[cands.pop()] = Label.CAPTION  # (the same caption over it without its credit: the alt text)
            continue
        dated_title = bool(cands) and last_date >= cands[0]
        if ("»" in text or "›" in text or ">" in text or " / " in text) and len(text) >= 60 and breadcrumb(text, vocab):
            labels[i] = Label.NAVIGATION  # a trail ending in the title, cut off: "… cho hộ cận nghèo..."
            continue
        if (not b.tag and i + 1 < n and len(text) <= _LONG_CAPTION and ends_sentence(text) and not _INNER_SENTENCE.search(text)
                and len(blocks[i + 1].text) <= 60 and vocab.photo_credit_line.match(blocks[i + 1].text)
                and not _captioned_credit(blocks[i + 1].text)):
            labels[i] = Label.CAPTION  # one sentence over a photo's credit ("… quanh sân Nhà văn hóa thôn." /
            continue  # "Ảnh: Văn Hậu"): that photo's caption
        if (not b.tag or b.near_image or _opens_as_caption(text, vocab)) and (
                _caption_over_lead(blocks, labels, i, vocab, opening=not cands and last_date < 0)):
            labels[i] = Label.CAPTION  # the lead photo's caption, then the lead with its date (in HTML, when it
            # opens as captions do or stands right under the photo: a paragraph of its own there is the markup's,
            # not a scraper's line)
            continue
        if (i + 1 < n and is_prose(text) and len(blocks[i + 1].text) <= 40
                and line_key(blocks[i + 1].text) in vocab.teaser_links):
            labels[i] = Label.RELATED  # a teaser closed by "Xem tiếp": a box above the article, or a home page's
            teaser = True
            continue
        if (text[-1:] in ".…" and text.endswith(("...", "…")) and is_prose(text) and i >= 2 and labels[i - 2] == Label.NAVIGATION
                and blocks[i - 2].text.isupper() and i + 1 < n and len(blocks[i + 1].text) <= _MENU_HEADLINE
                and not is_prose(blocks[i + 1].text)):
            labels[i] = Label.RELATED  # a home page's featured story under its box's heading, its summary cut short
            teaser = True  # and other headlines under it ("TIN NỔI BẬT" / headline / "Sáng ngày 14/11, … tham gia..." / …)
            continue
        if side_prose and is_prose(text) and b.role != "body":
            labels[i] = Label.OTHER
            continue
        if (i and labels[i - 1] == Label.OTHER and ends_sentence(text) and len(text) <= _LONG_CAPTION
                and Label.DATE in labels[i + 1:i + 3] and _image_name(blocks[i - 1].text)
                and not _INNER_SENTENCE.search(text)):
            labels[i] = Label.CAPTION  # one sentence under "z5225….jpg", over the date line: the caption of the
            continue  # photo a page opens with, never its headline (those end no sentence: below)
        if (ends_sentence(text) and text[-1:] != "?" and len(text) <= _LONG_CAPTION and not _INNER_SENTENCE.search(text)
                and (k := i + 2 if i + 1 < n and labels[i + 1] == Label.NAVIGATION else i + 1) + 1 < n
                and labels[k] is None and labels[k + 1] == Label.DATE and _title_like(blocks[k].text, pat)
                and not ends_sentence(blocks[k].text) and restated(blocks[k].text, text) < 0.5
                and not credited_names(blocks[k].text, vocab)  # (a question heads the page: "…: Chờ đến bao giờ?")
                and not (b.cls and field_class(b.cls, "lead"))):  # (the template's sapo over its writer's name: Ghost's)
            labels[i] = Label.CAPTION  # one sentence over the headline and its date line (its category between
            continue  # perhaps): the caption of the photo a page opens with, a slider's, printed before them
        if is_prose(text) or b.role == "body" or (dated_title and len(text) >= 80 and (
                # (an unfinished line over a paragraph, under the date, is the headline: "date,
                # then title" pages; not a banner over the trail to the article: "Chào mừng kỷ niệm … (26/3/1931 -
                # 26/3/2024)" / "Trang chủ » Xây dựng Đảng » …")
                ends_sentence(text) or len(text) > _DATED_HEADLINE or not _prose_follows(blocks, labels, i, vocab))
                and not (i + 1 < n and not ends_sentence(text) and breadcrumb(blocks[i + 1].text, vocab))):
            if _dated_below(labels, i) and len(text) <= 300 and not _sapo_under_title(
                    blocks, cands, text, pat) and not (ends_sentence(text) and (
                        len(text) > _FINISHED_HEADLINE or _dates.opens_with_date(text))):  # (a sapo that opens
                # with its date, "Sáng 21/8, Hội … 186 đơn vị máu.", over the date line: no headline)
                cands.append(i)  # a long title, with the page date right under it (or its byline, then the date)
                continue
            if i + 1 < n and len(text) <= 300 and _asker_field(blocks[i + 1].text, vocab):
                cands.append(i)  # a Q&A page's question as its title, the asker's fields under it
                continue
            first_prose = i
            break
        ends_dated = text[-1:].isdigit() or text.endswith((")", "]"))  # cheap test before the pattern
        trail = _dates.trailing_date(pat, text) if len(text) <= 300 and ends_dated else None  # (a title, a date)
        if trail and trail[0].iso() and _dated_capitals_headline(blocks, i, pat):
            cands.append(i)  # (a bulletin's headline holding its day, over the date line)
            continue
        if trail and trail[0].iso():
            match, before = trail
            if (cands and before.rstrip().endswith(",") and len(before) <= _PLACE_NAME
                    and _signature.names_like(before.rstrip(" ,"), vocab)):
                labels[i] = Label.DATE  # a dateline under the headline, its place then its day ("Hòa Khánh
                header_dates.append((i, match))  # Tây, 14/10/2023")
                continue
            if _signature.names_like(_signature.strip_credit(before, vocab)[0], vocab):  # "Tin, ảnh: X 11/09/2021"
                labels[i] = Label.DATE
                header_dates.append((i, match))
                byline = before
                continue
            if cands and same_line(before, blocks[cands[-1]].text):
                labels[i] = Label.OTHER  # the title printed again, with the date after it
                header_dates.append((i, match))
                continue
            bracketed = before.strip(" -–|:")
            if bracketed[:1] in "([" and bracketed[-1:] in ")]" and len(bracketed) <= 60:
                labels[i] = Label.DATE  # "(Tin tức - Sự kiện) - 14/05/2024": the category, then the date
                header_dates.append((i, match))
                continue
            labelled_head = _head_before_date_label(before, vocab)
            before = labelled_head or before
            if ((not cands or labels[i - 1] == Label.NAVIGATION) and first_prose is None  # (or right under the trail)
                    and (match.text[:1] in "([" and match.hour is not None or labelled_head)
                    and len(before) >= _DATED_HEADLINE_HEAD and not ends_sentence(before) and _title_like(before, pat)):
                header_dates.append((i, match))  # the headline with its day and time in brackets closing it
                cands.append(i)  # ("Phường … lắp đặt bồn chứa nước sinh hoạt [03/11/2022 16:04]"): both
                continue
        if cands and same_line(text, blocks[cands[-1]].text):
            if blocks[cands[-1]].text.isupper() and not text.isupper():
                labels[cands[-1]], cands[-1] = Label.OTHER, i  # (a banner's copy in capitals over it: the
                continue  # headline as the page prints it in its own case)
            if blocks[cands[-1]].text.endswith(("...", "…")) and len(text) >= len(blocks[cands[-1]].text.rstrip(".…")):
                labels[cands[-1]], cands[-1] = Label.NAVIGATION, i  # (a trail's last step, the headline cut short in
                continue  # it, over the headline printed whole: "Phường 7 ra mắt … trật tự”..." / "… trật tự”")
            labels[i] = Label.OTHER  # the title printed twice
            continue
        if (breadcrumb(text, vocab) or (not cands and site_banner(text, vocab)) or _menu_trail(blocks, labels, i)
                or _home_trail(blocks, labels, i, vocab)):
            labels[i] = Label.NAVIGATION
            continue
        if (not cands and i and i + 1 < n and len(text) <= 60 and labels[i - 1] == Label.NAVIGATION
                and labels[i + 1] == Label.NAVIGATION and not ends_sentence(text) and not HAS_DIGIT.search(text)
                and (blocks[i - 1].text.isupper() or site_banner(blocks[i - 1].text, vocab))
                and menu_row(blocks[i + 1].text, vocab)):
            labels[i] = Label.NAVIGATION  # the site's motto between its banner and its menu ("Vì sức khỏe cộng đồng")
            continue
        if i and labels[i - 1] == Label.OTHER and _image_name(blocks[i - 1].text) and not ends_sentence(text):
            labels[i] = Label.CAPTION  # under "IMG_20240312_0915.jpg": the photo's caption
            continue
        headline = max(cands[-1] if cands else -1, given if given is not None and given < i else -1)
        headline = headline if headline >= 0 else None  # (the nearer: the template's title under the site's name)
        unit = text.rfind(" (") if text[-1:] == ")" and len(text) <= BYLINE_LINE else -1  # the writer's unit after the
        names = text[:unit] if unit > 0 and _signature.role_like(text[unit + 2:-1], vocab) else text  # names, in brackets
        under_headline = labels[i - 1] == Label.DATE or (cands and cands[-1] == i - 1 and names.isupper()
                                                         and all(at < cands[-1] for at, _ in header_dates)
                                                         and not boilerplate_kind(vocab, text))  # (no date line
        # under the headline: none, or the date over it, "Ngày 09/10/2024" / headline / "LÊ HOÀNG - TRÚC LY")
        no_headline = (byline is None and i and labels[i - 1] == Label.NAVIGATION
                       and text.isupper() and _CO_AUTHORS.search(text) is not None
                       and _co_authors(text, vocab))  # (no category's words: "AN NINH - TRẬT TỰ"; no headline: the
        # writers in capitals under the menu's category, over the read-aloud player, "Xã hội" / "VĂN TÚ - BẢO NGỌC")
        names = _without_qualifier(names, vocab) if headline is not None and under_headline else names
        if ((headline is not None and under_headline or no_headline) and byline is None  # (under the date line, or
            # right under the headline in capitals on a page with no date line: "Buôn Ea Kroh ra mắt …" / "H’NHIÊN MLÔ")
                and (names.isupper() or _co_authors(names, vocab))  # (in mixed case, two writers or more)
                and all(2 <= len(name.split()) <= BYLINE_WORDS for name in _CO_AUTHORS.split(names)) and i + 1 < n
                and _prose_after_tools(blocks, i + 1, vocab)  # (the page's tools between it and the text)
                and _signature.names_like(names, vocab)):
            labels[i] = Label.OTHER  # a newspaper's byline in capitals between its date line and its text
            byline = text  # ("Thứ Ba, 02/08/2022 - 16:20" / "NGỌC THẢO" / "Đến cuối tháng 7/2022, …")
            continue
        if (headline is not None and byline is None and text[:1] in "(["
                and (any(labels[j] == Label.DATE for j in range(max(0, i - 3), i)) or i - 1 == headline) and i + 1 < n
                and _bracketed_byline(text, vocab) and _prose_after_tools(blocks, i + 1, vocab)):
            labels[i] = Label.OTHER  # the writer and their unit in brackets under the date line, over the text
            byline = text  # ("Cập nhật: 21/06/2024 09:45" / tools / "(Thanh Bình – Đài Truyền thanh thị trấn)")
            continue
        if (headline is not None and byline is None and i + 1 < n
                and labels[i + 1] is None and len(blocks[i + 1].text) <= 80 and _credit_label(text, vocab)
                and not (meta_byline is not None and _signature.source_line(f"{text.rstrip(': ')}: x", vocab))
                and _signature.parse_signature([blocks[i + 1].text], vocab) is not None):  # (the source's field
            # under the writer's, "Người viết" / "Hồng Nhung" / "Nguồn" / "Văn phòng …": no writer)
            labels[i] = labels[i + 1] = Label.OTHER  # "Tác giả" / "Giàng A Sử (Công chức VH-XH)": a meta
            byline = f"{text.split(' / ')[0].rstrip(': ')}: {blocks[i + 1].text}"  # list's field, its name on the
            # line under it (of two labels sharing the field, "Tác giả / nguồn tin", the first)
            continue
        if headline is not None and byline is None and (
                (len(text) <= 80 and credited_names(text, vocab) and not fold(text[:24]).startswith(vocab.answer_labels))
                or (len(text) <= 40 and len(blocks[headline].text) >= 30 and (
                    _next_label(labels, i) == Label.DATE or i + 2 < n and labels[i + 2] == Label.DATE
                    and boilerplate_kind(vocab, blocks[i + 1].text) == "share")  # (a follow button between)
                    and (_signature.names_like(text, vocab) or _unit_bracketed(text, vocab)))):
            # "Tác giả: Trần Thu Hà", or "MINH ANH" between a full title and the date line: the byline
            # ("ĐINH THU TRANG" / "+ Theo dõi" / "15/04/2024 06:40")
            labels[i] = Label.OTHER
            byline = text
            continue
        if (headline is not None and byline is None and len(text) <= 40 and i + 2 < n and labels[i + 1] is None
                and labels[i + 2] == Label.DATE and len(blocks[i + 1].text) <= _ROLE_LINE and not text.isupper()
                and len(blocks[i + 1].text.split()) <= _ROLE_WORDS and _signature.names_like(text, vocab)
                and _signature.role_like(blocks[i + 1].text, vocab)
                and (signed := _signature.parse_signature([text, blocks[i + 1].text], vocab)) is not None and signed.role):
            labels[i] = labels[i + 1] = Label.OTHER  # the writer, then their role, between the headline and the date
            byline = f"{text}\n{blocks[i + 1].text}"  # line ("Trần Khải" / "Phóng viên Trung tâm VH-TT-TT huyện")
            continue
        cands.append(i)

    tails = [i for i in cands if i - 1 in cands and len(blocks[i].text) <= _TITLE_TAIL
             and not any(c.isalpha() for c in blocks[i].text) and blocks[i - 1].text.isupper()]
    cands = [i for i in cands if i not in tails]  # a headline in capitals wrapped before its last word, a day
    # ("… KỶ NIỆM 114 NĂM NGÀY QUỐC TẾ PHỤ NỮ" / "8/3"): its second line, below
    title = given if given is not None else _pick_title(blocks, labels, cands, first_prose, vocab, vietnamese)
    if (given is None and title is not None and first_prose is not None and title > 0 and labels[title - 1] == Label.NAVIGATION
            and len(blocks[title].text.split()) <= _CATEGORY_NAME_WORDS and not HAS_DIGIT.search(blocks[title].text)
            and not ends_sentence(blocks[title].text) and _next_label(labels, title) == Label.DATE):
        labels[title], title = Label.NAVIGATION, None  # a category's name under the menu, over the date line
        # ("Tin tức - Sự kiện" / "Hoạt động HĐND" / "07/07/2020 09:14"): a headline says more
    if (given is None and title is not None and title > 0 and (bullet := blocks[title].text[:2]) in _ITEM_BULLETS
            and blocks[title - 1].text[:2] == bullet):
        labels[title], title = Label.RELATED, None  # the last of a list's items, each under the same bullet ("Tin mới" /
        # "» …" / "» …"): a side column printed first, the page's own headline lost
    if given is None and title is not None and (over := _headline_over_ticker(blocks, labels, title, pat, vocab)) is not None:
        for j in range(over + 2, title + 1):
            labels[j] = Label.RELATED  # a ticker's dated items between the headline and its date line ("Headline" /
        title = over  # "TIN MỚI:" / "… (26/06/2022)" / "… (25/06/2022)" / "Cập nhật: 11:20 | 27/06/2022"): the last
        # item stands over the date line, the headline over the ticker's label
    if given is None and title is not None and (after := _headline_after_teaser(blocks, labels, title, pat, vocab)) is not None:
        header_dates = [(i, d) for i, d in header_dates if not title <= i < after]
        for j in range(title, after):
            labels[j] = Label.RELATED  # a featured story's box over the article ("TIÊU ĐIỂM" / its headline / its day /
        title = after  # its teaser / "Xem tiếp..."), the page's own headline under it over the text, no date line between
        first_prose = _first_prose_after(blocks, labels, title)
    if given is None and title is not None and (ticker := _ticker_over(blocks, labels, cands, title)) is not None:
        for j in range(ticker + 1, title + 1):
            labels[j] = Label.RELATED  # the last of a ticker's headlines under its label ("Tiêu điểm:" / three
        title = None  # items), over the trail and the date line: the page's own headline is lost
    if given is not None and (fuller := _fuller_headline(blocks, labels, cands, given, first_prose, vocab)) is not None:
        labels[given] = Label.NAVIGATION  # a page builder's banner in the headline's element
        title = fuller  # ("PHIÊN CHỢ PHỤ NỮ KHỞI NGHIỆP"), the news under it says it all, over its date
    if given is not None and title == given and (field := _title_field_under(blocks, labels, given, vocab)) is not None:
        labels[given] = Label.NAVIGATION  # the list's name and the item's, the page's heading ("Tin tức Tin hoạt động
        title = field  # các xã: Xã Bình Nguyên …"), over the item's own title field ("Tiêu đề | Xã Bình Nguyên …")
    if given is None and first_prose is None and len(cands) >= 2 and Label.DATE not in labels:
        # A page of short lines only (a brief notice): the first title-like line heads it.
        first = blocks[cands[0]].text
        title = cands[0] if _title_like(first, pat) and not ends_sentence(first) else None
    if title is None and first_prose is not None:
        nxt = _next_unlabelled(labels, first_prose)
        text = blocks[first_prose].text
        if (nxt is not None and len(text) <= 250 and not _INNER_SENTENCE.search(text.rstrip(". "))
                and restated(text, blocks[nxt].text) >= 0.5
                # a finished sentence heads the page only over a lead that opens with its date
                # ("Phường X tổ chức …." / "Ngày 03/02/2025, Phường X tổ chức …"); else it is a
                # photo caption the lead restates ("Đồng chí Bí thư trao Huy hiệu … ." / "Vừa qua, …")
                and (not ends_sentence(text) or _dates.opens_with_date(blocks[nxt].text))):
            title = first_prose
            first_prose = _first_prose_after(blocks, labels, first_prose)
    if title is not None and title - 1 in cands and (_centred_pair(blocks, title - 1) or (
            blocks[title].text.isupper() and blocks[title - 1].text.isupper() and _second_title_line(blocks, title - 1, pat, vocab))):
        title -= 1  # a centred headline wrapped over two lines, or one in capitals: its first line heads it
    if given is None and (heading := _document_heading(blocks, labels, title, first_prose, vocab)) is not None:
        title = heading  # no portal headline over the document posted as the page: its kind and subject
        # ("THÔNG BÁO" / "Về việc tạm ngừng cấp nước …", under its number, motto, place and date)
        cands = [i for i in cands if i != heading + 1]
        labels[heading + 1] = Label.TITLE
    if (title is not None and given is None and title + 1 < n and labels[title + 1] == Label.DATE
            and blocks[title + 1].text[:1] == "(" and (posted := _posted_headline(blocks, labels, cands, title, pat))):
        title = posted  # a side box's first item over its date in brackets, the post's headline further down over its
        # labelled publication date ("TIN NỔI BẬT" / "… Đông Hải" / "(14/11/2023)" / … / headline / "Đăng ngày 07 - 11 - 2023")
    if (title is not None and given is None and title - 1 in cands and title + 1 < n and labels[title + 1] == Label.OTHER
            and len(blocks[title].text) <= NAME_LINE and vocab.reading_time.match(fold(blocks[title + 1].text))
            and (_signature.names_like(blocks[title].text, vocab) or blocks[title].text.isascii())
            and _title_like(blocks[title - 1].text, pat)):
        labels[title] = Label.OTHER  # a reader view's byline over its reading time ("Phường … năm 2021" / "Trần Thị
        title -= 1  # Mỹ Linh" / "3-4 phút"), or the account's without accents ("Ban bien tap quan"): the headline is over it
    if (title is not None and given is None and title + 1 < n and labels[title + 1] != Label.DATE
            and (over := _headline_over_box(blocks, labels, cands, title, pat)) is not None):
        title = over  # a side box between the headline and its date line, its heading in capitals, its items
        # taken for the headline ("Xã Hà Bầu tổ chức lễ …" / "THÔNG BÁO" / "Lịch tiếp công dân …" / … / "Cập nhật ngày: …")
    if title is not None and given is None and title - 1 in cands and _source_line(blocks[title].text, vocab) and (
            _title_like(blocks[title - 1].text, pat)):
        title -= 1  # a feed reader's source line under the headline, the feed's name then the site's ("Tin xã, thị trấn
        # - Cổng thông tin điện tử huyện Chợ Lách" / "by admin" / "Mar 27, 2018 09:15"): the headline is over it
    second = title + 1 if title is not None and title + 1 in cands and not _credit_label_alone(blocks[title + 1].text, vocab) and (
        not _place_date(blocks[title + 1].text, pat)) and not glyph_row(blocks[title + 1].text) and (
        _second_title_line(blocks, title, pat, vocab) or _centred_pair(blocks, title)
        or _colon_headline_wrapped(blocks, title, pat)) else None
    for i in cands:
        if (title is not None and title - _META_OVER_TITLE <= i < title and byline is None and labels[i] is None
                and ":" in blocks[i].text[:CREDIT_LABEL] and len(blocks[i].text) <= BYLINE_LINE
                and Label.DATE in labels[max(0, i - 2):title] and writer_credit(blocks[i].text, vocab)):
            labels[i] = Label.OTHER  # the writer's labelled credit among the post's meta lines over its headline
            byline = blocks[i].text  # ("09/01/2026 14:20" / "Tác giả: Mai Lan" / "Chia sẻ   In" / headline)
        elif (title is None and byline is None and labels[i] is None and ":" in blocks[i].text[:CREDIT_LABEL]
              and len(blocks[i].text) <= BYLINE_LINE and i + 1 < n and labels[i + 1] == Label.DATE
              and writer_credit(blocks[i].text, vocab)):
            labels[i] = Label.OTHER  # the writer's credit over the date line, no headline over them (a capture of the
            byline = blocks[i].text  # text alone: "Bài và ảnh: Trần Mỹ Linh" / "Cập nhật lúc 16:20, …" / the lead)
        elif title is not None and i < title and not (labels[i] is None and _place_date(blocks[i].text, pat)):
            labels[i] = Label.NAVIGATION  # (but a document's place and date over its headline, below)
        elif i == second:
            labels[i] = Label.TITLE  # the headline's second line (assemble joins them)
        elif i != title and labels[i] is None and first_prose is None:
            labels[i] = Label.BODY  # no prose anywhere: the short lines are the text
        elif i != title and labels[i] is None and blocks[i].text.endswith(";"):
            labels[i] = Label.BODY  # a clause ("Căn cứ Luật …;"): a document's text opens so
        elif i != title and labels[i] is None and _place_date(blocks[i].text, pat):
            labels[i] = Label.OTHER  # a document's place and date ("Hưng Long, ngày 27 tháng 8 năm 2024"):
            if not header_dates and (issued := _dates.event_dates(pat, blocks[i].text)):
                labels[i] = Label.DATE  # the page's date when the portal prints none of its own
                header_dates.append((i, issued[-1]))
        elif i != title and labels[i] is None and site_banner(blocks[i].text, vocab):
            labels[i] = Label.OTHER  # a document's issuer ("ỦY BAN NHÂN DÂN" / "XÃ HƯNG LONG")
        elif i != title and labels[i] is None and i > (title or 0) and blocks[i].cls and field_class(blocks[i].cls, "lead") \
                and ends_sentence(blocks[i].text):
            labels[i] = Label.LEAD  # the template's summary under the headline, over the date line
            # ("<h2 class=subheading>", "<div class=post-description>"): no caption
        elif (title is not None and i == title + 1 and byline is None and labels[i] is None and blocks[i].text.isupper()
              and _co_authors(blocks[i].text, vocab) and _signature.names_like(blocks[i].text, vocab)):
            labels[i] = Label.OTHER  # the writers in capitals right under the headline ("NGUYỄN HOÀNG - TRÚC LY")
            byline = blocks[i].text
        elif (title is not None and i == title + 1 and i + 1 == first_prose and byline is None and labels[i] is None
              and (" - " in blocks[i].text or " – " in blocks[i].text) and _byline_under_headline(blocks[i].text, vocab)
              and not vocab.honorific_start.match(fold(blocks[i].text[:_NAMED_HEAD]))):
            labels[i] = Label.OTHER  # the writer and unit right under the headline, over the text ("Thu Hằng - Trung
            byline = blocks[i].text  # tâm VH, TT&TT huyện"), not a photo's caption naming someone ("Ông … - Chủ tịch …")
        elif (title is not None and title < i - 1 and labels[i - 1] == Label.DATE and byline is None and labels[i] is None
              and len(blocks[i].text) <= NAME_LINE and (i + 1 == first_prose or i + 1 < n and labels[i + 1] == Label.SHARE)
              and _signature.names_like(blocks[i].text, vocab)):
            labels[i] = Label.OTHER  # the writer's name alone under the date line, over the page's tools or the
            byline = blocks[i].text  # lead ("Thứ Ba, 17/09/2024 - 08:47" / "Lục Chiến" / "Nghe đọc bài | A- A+")
        elif (i != title and labels[i] is None and title is not None and i > title and i + 1 == first_prose
              and len(blocks[i].text) <= _PLAIN_CAPTION and vocab.salutation.match(fold(blocks[i].text))):
            labels[i] = Label.BODY  # a speech's or letter's salutation right over its text ("Kính thưa bà con …!")
        elif (i != title and labels[i] is None and blocks[i].text[-1:] == ":" and i + 1 < n
              and blocks[i + 1].text[:2] in _LIST_ITEM_MARKS and title is not None and i > title
              and len(blocks[i].text.split()) >= _LIST_INTRO_WORDS):  # (not a box's label: "Tóm tắt:")
            labels[i] = Label.BODY  # the text's opening words over its list ("Trong bản tin … có những nội dung sau:" /
            # "- Phường …"): no caption
        elif i != title and labels[i] is None:
            labels[i] = Label.CAPTION  # short lines between title and prose: lead-photo captions
    for i in tails:
        labels[i] = Label.TITLE if i - 1 == title else Label.CAPTION  # (assemble joins the headline's lines)
    if title is not None and len(header_dates) == 1 and _clock_over_trail(blocks, labels, header_dates[0], title, vocab):
        labels[header_dates[0][0]] = Label.NAVIGATION  # the site's clock between its menu and the trail over the
        header_dates.clear()  # headline ("Thứ Sáu, ngày 12 tháng 4 năm 2019" / "Cổng … > Tin tức > Tin địa phương"),
        # the page's only date line: the day it was saved, not posted (the text's own date will do)
    if title is not None:
        labels[title] = Label.TITLE
        clock_only = all(pat.site_clock.match(blocks[k].text) for k, _ in header_dates)  # (none, or the site's clock)
        if (clock_only and blocks[title].text[-1:] in ")]" and (own := _DATE_CLOSING_TITLE.search(blocks[title].text))
                and (found := _dates.header_date(pat, own["date"])) and found[0].iso() and not found[1].strip()):
            header_dates.append((title, replace(found[0], start=own.start("date"), end=own.end("date"))))
            # its date glued to its end in brackets, the page's only one ("… cho hội viên khó khăn (24/07/2024)")
        elif (clock_only and blocks[title].text.endswith(")") and 0 < (opening := blocks[title].text.rfind("(")) and (
                date_labels(vocab).match(inner := blocks[title].text[opening + 1:-1])) and len(inner) <= GLUED_META
                and (dated := date_line_readings(pat, vocab, inner)[0]) and dated[0].iso() and not dated[1]):
            header_dates.append((title, replace(dated[0], text=inner, start=opening + 1, end=len(blocks[title].text) - 1)))
            # … or its labelled date ("… trên địa bàn xã (Cập nhật 14h20' ngày 2/10/2023)", a table cell's two spans)
        if blocks[title].text.endswith(")") and (views := title_views(blocks[title].text, vocab)) is not None:
            counters.append(("views", views[1]))  # its views glued to its end ("… Tháng Thanh niên (đã đọc 318)")
        # The title printed again: under itself, or anywhere below before the article's end (a line
        # repeating it under the signature). A repeat differs by quotes and punctuation only, so
        # far down only lines about as long are compared, and right under it none twice as long.
        size = len(blocks[title].text)
        for j in range(title + 1, n):
            if terminal[j]:
                break  # (in a related list after the article it is an item like the others)
            other = len(blocks[j].text)
            if (labels[j] is None and (abs(other - size) <= 6 or j < title + 3 and other <= 2 * size + 20
                                       and size <= 2 * other + 20)
                    and same_line(blocks[j].text, blocks[title].text)):
                labels[j] = Label.OTHER
            elif (labels[j] is None and size < other <= size + _TOOL_BEFORE_TITLE and blocks[j].text[other - size - 1] == " "
                  and same_line(blocks[j].text[other - size:], blocks[title].text)
                  and boilerplate_kind(vocab, blocks[j].text[:other - size].strip()) == "share"):
                labels[j] = Label.SHARE  # a tool's button named with the title it acts on ("In Phường … năm học 2017 - 2018")

    if title is not None:
        _views_under_title(blocks, labels, title, counters, vocab)

    # 3. end of the article
    start = first_prose if first_prose is not None else (title + 1 if title is not None else 0)
    _link_tags(blocks, labels, terminal, start)
    _headline_links(blocks, labels, terminal, start)
    end = _find_end(blocks, labels, terminal, start, vocab)
    if (title is not None and title and end < n and len(blocks[end].text) <= 40 and labels[title - 1] == Label.NAVIGATION
            and (blocks[title - 1].text.isupper() and line_key(blocks[end].text) in vocab.teaser_links
                 or line_key(blocks[end].text) in vocab.read_more and len(blocks[title - 1].text) <= _SHORT_HEADING and (
                     (box := next((k for k in range(end + 1, min(n, end + _TEASERS_BESIDE + 2)) if not (
                         labels[k] in (None, Label.RELATED) and not ends_sentence(blocks[k].text))), None)) is not None
                     and labels[box] == Label.NAVIGATION))  # (or any box's heading over
            # it, its "Xem thêm" under the paragraph, the next box's heading under that, or a few of the box's other
            # titles first: "Tin nổi bật" / … / "Xem thêm" / two titles / "Tin tức - Sự kiện")
            and sum(labels[j] is None and is_prose(blocks[j].text) for j in range(start, end)) <= _TEASER_PARAGRAPHS):
        teaser = True  # a home page's featured story under its box's heading, its text closed by "Xem tiếp >>"
        # ("TIN NỔI BẬT" / headline / "(15/11/2024)" / two paragraphs / "Xem tiếp >>" / the other boxes)
    meta_block = _meta_past_related(blocks, labels, end, pat, vocab)
    if meta_block and all(i != meta_block[-1] for i, _ in header_dates) and (
            read := date_line_readings(pat, vocab, blocks[meta_block[-1]].text)[0]) is not None:
        header_dates = [*header_dates, (meta_block[-1], read[0])]  # (a line the related box's items hid)
    if not meta_block and column_dates and column_dates[-1] >= end:
        meta_block = column_dates[-1:]  # (the info table printed a column at a time under the related box)
    panel_date = None
    if not meta_block and (panel := _info_panel(blocks, labels, end, pat, vocab)) is not None:
        meta_block, panel_date = panel
    in_related = False
    for i in range(end, n):
        if labels[i] == Label.RELATED:
            in_related = True
        if i in meta_block:
            continue
        if labels[i] is None or labels[i] == Label.DATE and blocks[i].role != "date":  # dates after the article
            labels[i] = Label.RELATED if in_related else Label.OTHER  # date other items (not the template's date field)
    posted = [(i, d) for i, d in header_dates if i in meta_block]
    kept = _dates_kept(blocks, labels, header_dates, end, pat, vocab)
    if posted and kept and title is not None and all(i < title for i, _ in kept) and (
            fold(blocks[posted[-1][0]].text[:24]).startswith(pat.published_labels)
            or fold(posted[-1][1].text[:24]).startswith(pat.published_labels)):  # (its poster's account first)
        kept = []  # only the header's clock over the headline, the post's published date in its meta block under
        # the related box ("Thứ Hai, 29/04/2024" / … / "Tin liên quan" / … / "Ngày đăng: 22/04/2024 10:05:00 SA")
    if posted and kept and all(end <= i < posted[-1][0] and labels[i] == Label.RELATED for i, _ in kept):
        kept = []  # a related item's own date line under the text, the post's meta row under the box's items
    header_dates = _local_after_utc(kept or posted)
    if header_dates and (captured := _archived_on(blocks)) is not None:
        header_dates = [(i, d) for i, d in header_dates if (d.year, d.month, d.day) != captured or (
            fold(blocks[i].text[:24]).startswith(pat.published_labels))]  # (the site's clock on the day the archive
        # copied the page, "Thứ Tư, 05/06/2013" under ".../web/20130605021533/...": no day of the post's)
    if panel_date is not None:
        header_dates = [*header_dates, panel_date]  # (tried after the dates above the text: a header's clock)
    if dated_byline_at >= end and not (
            ":" in blocks[dated_byline_at].text[:CREDIT_LABEL] and vocab.credit_label.match(fold(blocks[dated_byline_at].text[:30]))
            and any(i == dated_byline_at for i, _ in header_dates) and " | " in blocks[dated_byline_at].text):
        meta_byline = None  # a reader's comment under the article, headed by their name and its date; not the post's
        # meta row printed under the related box, its writer's credit labelled ("Tác giả: … | Đăng ngày: … | Lượt xem: …")
    if meta_byline is None and byline is None and not meta_block and (
            credit := _credit_by_views(blocks, labels, end, vocab) or _credit_under_widget(blocks, labels, end, vocab)):
        meta_byline = " ".join(blocks[credit].text.split())  # the writer's credit printed beside the post's views or
        # its uploader's row, past the side boxes or the photos that close the text
        labels[credit] = Label.OTHER
    if meta_block and meta_byline is None and (credit := meta_block[0]) != meta_block[-1]:
        meta_byline = blocks[credit].text  # the writer's credit among the post's meta lines under the related box
        labels[credit] = Label.OTHER
    _gallery_strips(blocks, labels, end, vocab)

    # 4. signature
    signature, signed, byline = label_signature(blocks, labels, start, end, byline, meta_byline,
                                                 recipient_headings, pat, vocab, writer_field=writer_field)

    # 5. captions, lead, body
    listing = _label_text(blocks, labels, start, end, first_prose, vocab)
    for i in range(n):
        if labels[i] is None:
            labels[i] = Label.OTHER
    _chrome_printed_again(blocks, labels)
    if header_dates and (mark := next((m for _, d in header_dates for m in "/-" if m in d.text), None)) and any(
            mark in b.text and (proof := _MONTH_FIRST_ONLY.search(b.text))
            and not (proof.start() == 0 and len(b.text) - proof.end() > _PRINT_TITLE) for b in blocks):
        header_dates = [(i, _month_first(d)) for i, d in header_dates]  # an English template's US order, shown
        # by a date of its own that day-first cannot read ("(2/29/2024)" in its related list): "3/12/2024 9:41 AM";
        # or with dashes ("05-09-2024", its related posts' "04-26-2024": ERPNext's)
    yearless = _yearless_dates(blocks, labels, pat, vocab)
    return Labelling(
        blocks=blocks,
        labels=tuple(labels),  # type: ignore[arg-type]  # (every block has one by now)
        header_dates=tuple(header_dates),
        yearless_dates=yearless + tuple(date_boxes),
        byline=byline or meta_byline,
        signature=tuple(signature),
        signed=signed,
        counters=_counters_read_again(blocks, labels, counters, vocab),
        has_prose=first_prose is not None,
        listing_lines=listing + related_items,
        date_lines=_date_items(labels, blocks, vocab),
        short_lines=sum(lab in (Label.CAPTION, Label.BODY) and not is_prose(blocks[i].text)
                        for i, lab in enumerate(labels)),
        read_more=_teaser_links(labels, blocks, read_more),
        page_notices=tuple(sorted(page_notices.items())),
        teaser=teaser,
    )


def _chrome_printed_again(blocks: tuple[Block, ...], labels: list[Label | None]) -> None:
    """A line of the page's chrome printed again between the paragraphs, the same words (a print view saved
    as PDF repeats its page header on each page: "03/11/2023, 09:27 <headline>"): chrome there too."""
    chrome = {blocks[i].text: labels[i] for i in range(len(blocks))
              if labels[i] in (Label.NAVIGATION, Label.FOOTER) and len(blocks[i].text) >= _REPEATED_CHROME}
    if chrome:
        for i, b in enumerate(blocks):
            if labels[i] == Label.BODY and (label := chrome.get(b.text)) is not None:
                labels[i] = label


_REPEATED_CHROME = 30  # characters: a line long enough that printing it twice is no coincidence


def _writer_field(text: str, vocab: Vocabulary) -> bool:
    """A template's author element's text: a name ("Lê Thu Hằng"), or a name and its unit ("Ka Hồng Nhung -
    Văn phòng HĐND và UBND xã")."""
    if len(text) <= _WRITER_NAME:
        return _signature.names_like(text, vocab)
    name, role = _signature.split_role(text, vocab)
    return role is not None and len(name) <= _WRITER_NAME and _signature.names_like(name, vocab)


_WRITER_NAME = 40  # characters: a writer's name, a few words


def _yearless_dates(blocks: tuple[Block, ...], labels: list[Label | None], pat: _dates.DatePatterns,
                    vocab: Vocabulary) -> tuple[tuple[int, _dates.DateMatch], ...]:
    """The post's meta row under its headline when its date names no year ("Tin cơ sở | 21/03 14:05 |
    Lượt xem: 1.208"): labelled by its views, its day kept for the assemble stage to give a year."""
    title_at = next((i for i, label in enumerate(labels) if label == Label.TITLE), None)
    if title_at is None:
        return ()
    found = []
    for i in range(title_at + 1, min(title_at + 1 + _META_UNDER_TITLE, len(blocks))):
        text = blocks[i].text
        if labels[i] == Label.COUNTER and (day := _dates.yearless_day(text)) and _yearless_meta_row(text, vocab, pat) is not None:
            found.append((i, day))
        elif (labels[i] in (Label.CAPTION, Label.OTHER) and len(text) <= _YEARLESS_FIELD and text[:1].isalpha()
              and _weekday_first(vocab, _WEEKDAY_DAY_LINE).match(text) and (day := _dates.yearless_day(text))):
            labels[i] = Label.DATE  # its weekday, day and month, its time perhaps, and nothing else ("Thứ Ba 15/10 |
            found.append((i, day))  # 08:15"): the post's day, its year from the page ("Lưu trữ tin › Năm 2024")
    return tuple(found)


@functools.lru_cache(maxsize=16)
def _weekday_first(vocab: Vocabulary, tail: str, head: str = "") -> regex.Pattern[str]:
    """A line that opens on a weekday's name (any spelling and spacing), after `head`, and goes on as `tail` says."""
    return alternation(vocab.weekdays, prefix=r"(?i)^" + head + "(?:", any_spaces=True, suffix=")" + tail)


_WEEKDAY_CLOCK_SPACED = r"\s*+,?\s*+\d{1,2}[:h]\d{2}\s++(?=\d)"  # a weekday and the time, a count after them
# a line of a weekday, a day and month with no year, and the time perhaps ("Thứ Ba 15/10 | 08:15")
_WEEKDAY_DAY_LINE = r"\s*+,?\s*+\d{1,2}/\d{1,2}(?:\s*+[|·,\-–]?\s*+\d{1,2}[:h]\d{2})?$"


_TEASERS_BESIDE = 3  # the featured box's other titles under its "Xem thêm", at most
_TEASER_PARAGRAPHS = 3  # body paragraphs before the first read-more link: an article, teasers under it
_LISTED_ITEM = 200  # characters: a box's numbered item, its title and its views
_NUMBERED_ITEM_VIEWS = regex.compile(r"^\d{1,2}[.)]\s++\p{Lu}[^\n]{10,160}?\s[-–|]\s++(?=\d[\d.,]*+\s++\p{L})")  # "1. … - 2.415"
_MENU_HEADLINE = 120  # characters: a headline in a home page's box
_HEADER_OVER_SUBJECT = 7  # lines: a document's paper header (number, motto, place and date), its kind, over its subject
_FIELD_GAP = "   "  # spaces between a meta row's fields, icons dropped; no headline's words stand so far apart
_FIELD_GAPS = regex.compile(rf"{_FIELD_GAP} *+")  # a row's fields set apart by wide gaps only
_FIELD_LABEL = 40  # characters: a field's label in its own element
_FIELD_LABEL_CLASS = regex.compile(r"(?<![\w-])(?:field__label|field-label|views-label)(?![\w-])")  # (Drupal 8+'s, 7's, Views')
_CAPTION_RESTATED = 0.75  # share of a caption-like opening line's words the text under it must repeat to vouch for it
_DATED_HEADLINE_HEAD = 30  # characters: a headline before its bracketed day and time, at least
_TOTALS_TO_TEXT = 3  # lines: from a table's totals row to the paragraph under it
_CUT_HEADLINE_ABOVE = 4  # lines: from the headline cut short in a top bar to the headline whole


def _local_after_utc(dates: list[tuple[int, _dates.DateMatch]]) -> list[tuple[int, _dates.DateMatch]]:
    """The date lines without a reader's stamp in UTC printed over the page's own in Vietnam's time, the same
    moment seven hours on ("Wednesday 6 March 2024 at 23:15" / "Thứ Năm, 07/03/2024 06:15", a feed reader's)."""
    if len(dates) < 2 or dates[0][1].hour is None:
        return dates
    (at, first), (below, second) = dates[0], dates[1]
    if below - at > 2 or second.hour is None or first.year is None or second.year is None:
        return dates
    try:
        shift = (dt.datetime(second.year, second.month, second.day, second.hour, second.minute or 0)
                 - dt.datetime(first.year, first.month, first.day, first.hour, first.minute or 0))
    except ValueError:
        return dates
    return dates[1:] if shift == _dates.VIETNAM.utcoffset(None) else dates


def _dates_kept(blocks: tuple[Block, ...], labels: list[Label | None], header_dates: list[tuple[int, _dates.DateMatch]],
                end: int, pat: _dates.DatePatterns, vocab: Vocabulary) -> list[tuple[int, _dates.DateMatch]]:
    """The page's date lines that date the article ending at ``end``: those above its end, else the
    post's footer line under it that says when it was published or posted."""
    n = len(blocks)
    kept = [(i, d) for i, d in header_dates if i < end]
    if not kept:  # a post's footer line under it: "Đăng lúc 10:15 SA ngày 05/12/2022 bởi …", or
        # another labelled date when none says published ("Ngày cập nhật: 22/01/2022 | Lượt xem: 156")
        reach = end + _POST_FOOTER
        if end < n and len(text := blocks[end].text) <= _COMMENT_COUNT and (vocab.comment_count.match(
                fold(ICON_EDGES.sub("", text))) or line_key(text) in vocab.comment_headings):
            reach = end + _COMMENT_THREAD  # the readers' comments between ("Bình luận (3)" / their names, dates and
            # words / the form), the post's footer line under them: "Ngày xuất bản: 14/05/2024 16:30 | Lượt đọc: 412"
        for i, _ in sorted(header_dates):
            if i == reach + 1:
                reach = i  # (the date lines of one block, one under another: "Cập nhật lần cuối: …" / "Ngày xuất bản: …")
        footer = [(i, d, fold(d.text.lstrip(" |•·-–(["))) for i, d in header_dates if end <= i <= reach]
        fields = end  # (the pager and the post's info block between, a field a line: "« Trước" / "Tiếp theo »" /
        while fields < n and fields - end < _INFO_BLOCK and labels[fields] in _INFO_BLOCK_LABELS:  # "Chi tiết" /
            fields += 1  # "Được viết bởi Super User" / "Chuyên mục: …" / "Được đăng: Thứ Ba, 12 Tháng 3 2024 08:15")
        kept = ([(i, d) for i, d in header_dates if blocks[i].role == "date"]  # (the template's own date field,
                # wherever it stands: Liferay's asset metadata under the related links, "14/08/23")
                or [(i, d) for i, d, label in footer if label.startswith(pat.published_labels)]
                or [(i, d) for i, d in header_dates if reach < i < fields
                    and fold(d.text.lstrip(" |•·-–([")).startswith(pat.published_labels)]
                or [(i, d) for i, d, _ in footer if d.text != blocks[i].text  # (a form's row, its label in its own cell:
                    and fold(blocks[i].text[:_PUBLISHED_CELL]).startswith(pat.published_labels)]  # "Ngày duyệt đăng | …")
                or [(i, d) for i, d, label in footer if label.startswith(pat.meta_labels)]
                or [(i, d) for i, d, _ in footer if publish_label(vocab).match(plain_fields(blocks[i].text, pat, vocab))]
                or [(i, d) for i, d, _ in footer if fold(blocks[i].text[:24]).startswith(vocab.uploader_labels)]
                or [(i, d) for i, d, _ in footer if i + 1 < n and len(blocks[i].text) <= len(d.text) + 3
                    and fold(blocks[i + 1].text[:24]).startswith(vocab.uploader_labels)]  # (a bare date over who posted
                # it: "Thứ Năm, 18 Tháng Tư 2024 08:15" / "Đăng bởi: Administrator", DotNetNuke's)
                or [(i, d) for i, d, _ in footer if i + 1 < n and labels[i + 1] == Label.COUNTER
                    and _views_only(blocks[i + 1].text, vocab)]  # (a bare date over the post's views: its footer)
                or [(i, d) for i, d in header_dates if end < i <= _past_album(labels, end) + _POST_FOOTER
                    and len(blocks[i].text) <= len(d.text) + 3 and credited_names(blocks[i - 1].text, vocab)]
                # (or a bare date right under the writers' credit, past the album closing the text: "Album ảnh" /
                # captions / "Bài và ảnh: Đức Thịnh - Hồng Lam" / "Thứ Bảy, 18/05/2024 - 07:40", a photo story's)
                )[:1]  # (a label in the site's own words: "Thời điểm xuất bản ........ 21/03/2024 16:05"; who
        # posted it, then when: "Gửi bởi bientap vào T4, 27/09/2023 - 15:20", Drupal's submitted line)
    elif all(blocks[i].role != "date" for i, _ in kept) and (
            field := [(i, d) for i, d in header_dates if i >= end and blocks[i].role == "date"]):
        kept = field[:1] + kept  # the template's own date field under the text over the dates above it (Liferay's
        # asset metadata, "02/11/22", under a header's clock, "Thứ Năm, 03/11/2022"): the field vouches for its day
    if kept and all(i < end and not date_labels(vocab).match(d.text.lstrip(" |•·-–([")) for i, d in kept):
        kept += [(i, d) for i, d in header_dates if end <= i < end + _POST_FOOTER + _INFO_BLOCK
                 and fold(d.text.lstrip(" |•·-–([")).startswith(pat.published_labels)]  # (tried after bare dates above the
        # text, a header's clock perhaps: the post's info block under it, "Được đăng: 18 Tháng 4 2024", Joomla's)
    if all(i < end for i, _ in kept):
        kept += _entry_footer_date(blocks, labels, end, pat)  # (tried after any above the text: a header's clock)
    return kept


def _entry_footer_date(blocks: tuple[Block, ...], labels: list[Label | None], end: int,
                       pat: _dates.DatePatterns) -> list[tuple[int, _dates.DateMatch]]:
    """The day a blog's entry footer says the post went up, a sentence under the text ("Bài viết này được đăng
    trong Văn hóa - Xã hội vào 02/11/2024 bởi bientap_x. Đánh dấu đường dẫn tĩnh.", WordPress's): its date."""
    for i in range(end, min(len(blocks), end + _POST_FOOTER + 1)):
        if (labels[i] in (Label.OTHER, Label.NAVIGATION) and (posted := _POSTED_ON.search(blocks[i].text))
                and (read := _dates.header_date(pat, posted["day"])) and not read[1].strip()):
            return [(i, read[0])]
    return []


_POSTED_ON = regex.compile(r"\s(?:vào|on)\s++(?P<day>\d{1,2}/\d{1,2}/\d{4}|\d{4}-\d\d-\d\d|[A-Z][a-z]{2,8}\.?\s\d{1,2},\s\d{4}"
                           r"|\d{1,2}\sTháng\s\p{L}{2,5}(?:\s\p{L}{2,4})?,?\s\d{4})"
                           r"(?:\s++(?:lúc|at)\s++\d{1,2}:\d\d)?(?:\s++(?:bởi|by)\s++\S|\.?$)")  # (the category, "vào" the
# day, "bởi" the account, or the line's end: RainLab Blog's "Posted in An ninh - Trật tự on Sep 27, 2024")
_INFO_BLOCK = 8  # lines of the pager and the post's info block under the text, at most
_INFO_BLOCK_LABELS = frozenset({Label.NAVIGATION, Label.OTHER, Label.SHARE, Label.DATE})
_COMMENT_THREAD = 24  # lines of a comments thread and its form, at most, over the post's footer line
_PUBLISHED_CELL = 30  # characters: a form row's label cell naming the publication ("Ngày duyệt đăng")


_META_PAST_RELATED = 12  # lines after the article's end where a related box may stand over the post's meta lines
_READ_MORE_LINK = 30  # characters: a teaser's read-more link among the box's items
_BANNER_LINE = 120  # characters: the unit's name in capitals as the site prints it in its header or footer
_FIELD_VALUE = 40  # characters: a field's label, or its value, on a line of its own
_ALL_LINK = 0.9  # of an element's text in its links: a menu's item


def _credit_by_views(blocks: tuple[Block, ...], labels: list[Label | None], end: int, vocab: Vocabulary) -> int | None:
    """The writer's credit row among the post's own fields printed past what closes the text (side boxes, a photo
    strip), beside the post's views or the uploader's row, the source's row between perhaps ("TIN ĐỌC NHIỀU" / … /
    "Tác giả: …" / "Nguồn: UBND xã …" / "Lượt xem: 134"; a photo strip / "Người đăng: qtv_dongtam" / "Tác giả: Thu
    Hà - Đài TT phường"): its index, or None. The fields beside it vouch for it being the post's, not a box's item."""
    for k in range(max(end, 1), len(blocks)):  # (the line that ends the text among them: the uploader's row)
        text = blocks[k].text
        if len(text) > BYLINE_LINE or not text[:1].isupper():
            continue
        if labels[k] == Label.COUNTER:
            if Label.COUNTER in (labels[k - 1], labels[k + 1] if k + 1 < len(blocks) else None):
                continue  # (a row of the site's visitor widget: "Số người đang xem: 3" / "Tổng số lượt xem: …")
            read = read_counters(vocab, text)
            if not read or len(read) != 1 or read[0][0] != "views":
                continue
            steps = (k - 1, k - 2, k - 3)  # (the credit over the views)
        elif labels[k] == Label.OTHER and ":" in text[:CREDIT_LABEL] and _signature.uploader_line(text, vocab):
            steps = (k + 1, k - 1)  # (the uploader's row beside it)
        else:
            continue
        for j in steps:
            if not end < j < len(blocks) or labels[j] not in (Label.RELATED, Label.OTHER):
                if labels[k] == Label.COUNTER:
                    break
                continue
            if writer_credit(" ".join(blocks[j].text.split()), vocab):
                return j
            if labels[k] == Label.COUNTER and not other_credit(blocks[j].text, vocab) and not (
                    j == k - 1 and _dates.may_hold_date(blocks[j].text)):
                break  # (over the views, only the source's or the photographer's row between, or the last edit's
                # date right over them: K2's "Tác giả: …" / "Sửa lần cuối vào Thứ sáu, 22 Tháng 3 2024 08:05" / "Đọc 312 lần")
    return None


def _credit_under_widget(blocks: tuple[Block, ...], labels: list[Label | None], end: int, vocab: Vocabulary) -> int | None:
    """The writer's labelled credit right under the visitor widget a template printed where the text ends ("…" /
    "Thống kê truy cập" / "Hôm nay: 57" / … / "Tác giả: Lò Thị Xuân"): its index, or None."""
    k = end
    while k < len(blocks) and labels[k] == Label.COUNTER:
        k += 1
    if k == end or k == len(blocks) or labels[k] not in (Label.OTHER, Label.RELATED):
        return None
    text = blocks[k].text
    return k if len(text) <= BYLINE_LINE and ":" in text[:CREDIT_LABEL] and writer_credit(text, vocab) else None


def _meta_past_related(blocks: tuple[Block, ...], labels: list[Label | None], end: int, pat: _dates.DatePatterns,
                       vocab: Vocabulary) -> list[int]:
    """The post's meta lines under the related box that closes the text, the template's fields printed last:
    the writer's credit (if any) and the date line its label calls published ("Tin liên quan" / its items /
    "Tác giả: Đỗ Văn Khánh - …" / "Ngày đăng: 02/02/2025 | Lượt xem: 1.042"). Their indexes, the date's last."""
    head = end
    while head < len(blocks) and head - end < _TOOLS_OVER_RELATED and (labels[head] == Label.SHARE or (
            labels[head] in (None, Label.OTHER) and head > end and len(blocks[head].text) <= BYLINE_LINE)):
        head += 1  # (the share tools between: "In bài viết | Gửi phản hồi" / "Các tin khác:" / …; the template's
        # cells under them: "Chia sẻ" / "Tác giả" / "Ksor H’Ly" / "Nguồn" / …)
    if head < len(blocks) and labels[head] == Label.RELATED:  # the post's meta line closing the related box's
        credit, items_dated = None, False  # items and teasers, its label the post's date's ("TIN LIÊN QUAN" / items / "Tác giả: …" /
        for k in range(head + 1, min(len(blocks), head + _META_PAST_RELATED)):  # "Thời gian đăng: … · 152 lượt xem")
            if labels[k] == Label.DATE:
                if k + 1 < len(blocks) and labels[k + 1] is None and _item_dated_alike(blocks, labels, k, head):
                    items_dated = True  # (each teaser's own date line under its title, the same label's: "Ngày đăng:
                    continue  # 02/11/2023" / its sentence / the next item / "Ngày đăng: 26/10/2023"; the post's row after)
                if items_dated and " | " in blocks[k].text and meta_date(pat, vocab, blocks[k].text) is not None:
                    return [k]  # (… its fields beside its date, the comments' form under it: "Ngày đăng: … | Lượt xem: 97")
                labelled = (fold(blocks[k].text[:24]).startswith(pat.meta_labels)
                            or (found := meta_date(pat, vocab, blocks[k].text)) is not None and fold(found[0].text[:24]).startswith(pat.meta_labels))  # (its poster's account first:
                if labelled and (k + 1 == len(blocks) or labels[k + 1] in _UNDER_META_LINE):  # "Người đăng: … | Ngày đăng: …")
                    return [credit, k] if credit is not None else [k]
                if (labelled and credit is None and k + 2 < len(blocks) and labels[k + 1] is None
                        and ":" in blocks[k + 1].text[:CREDIT_LABEL] and len(blocks[k + 1].text) <= BYLINE_LINE
                        and labels[k + 2] in _UNDER_META_LINE):
                    return [k + 1, k]  # (the credit under it: "Tin đã đưa ngày: 14/05/2009" / "Tác giả: Hồng Vân", VCMS's)
                if bare_date(blocks[k].text.strip("()")):
                    continue  # (an item's own date under its title: "Tân Sỏi tổ chức …" / "(04/10/2024)" / its teaser)
                break
            if labels[k] not in (None, Label.RELATED) and not (
                    labels[k] == Label.NAVIGATION and len(blocks[k].text) <= _READ_MORE_LINK):  # (a teaser's "Xem chi tiết »")
                break
            if labels[k] is None and credit is None and ":" in blocks[k].text[:CREDIT_LABEL] and len(blocks[k].text) <= BYLINE_LINE:
                credit = k  # (its credit checked by the caller's byline rules; the first: "Tác giả: …" over "Nguồn: …")
    if end >= len(blocks) or labels[end] not in (Label.RELATED, Label.NAVIGATION):
        return []
    j = end + 1  # (the pager over it: "« Trước  Tiếp theo »")
    while j < min(len(blocks), end + _META_PAST_RELATED) and labels[j] in (Label.RELATED, Label.NAVIGATION):
        j += 1
    if Label.RELATED not in labels[end:j]:
        return []
    credit = None  # (Joomla's info block, its fields a line each: "Chi tiết" / "Viết bởi Super User" / "Chuyên mục:
    for k in range(j, min(len(blocks), j + _META_UNDER_RELATED)):  # …" / "Cập nhật lần cuối: …" / "Ngày đăng: …")
        text = blocks[k].text
        if labels[k] == Label.DATE and text[-1:] != ")" and fold(text[:24]).startswith(pat.published_labels):
            return [credit, k] if credit is not None else [k]
        if labels[k] not in _META_FIELD_LABELS or labels[k] is None and len(text) > BYLINE_LINE:
            return []
        if labels[k] is None and credit is None and ":" in text[:CREDIT_LABEL]:
            credit = k  # (its credit checked by the caller's byline rules)
    return []


def _item_dated_alike(blocks: tuple[Block, ...], labels: list[Label | None], k: int, head: int) -> bool:
    """Another date line further down the related box (``head``) opening with the same label as line ``k``."""
    label = blocks[k].text.partition(":")[0]
    return bool(label) and label != blocks[k].text and any(
        labels[j] == Label.DATE and blocks[j].text.partition(":")[0] == label
        for j in range(k + 1, min(len(blocks), head + _META_PAST_RELATED)))


_FOOTER_SENTENCE = 150  # characters: a footer's opening words, then a whole sentence with no field in it
_INFO_PANEL_FIELDS = 6  # lines of a panel of the post's fields under its heading


@functools.lru_cache(maxsize=16)
def _first_letters(keys: frozenset[str]) -> frozenset[str]:
    """The letters the keys open with: a cheap test before a line is folded to look it up."""
    return frozenset(key[:1] for key in keys)


def _info_panel(blocks: tuple[Block, ...], labels: list[Label | None], end: int, pat: _dates.DatePatterns,
                vocab: Vocabulary) -> tuple[list[int], tuple[int, _dates.DateMatch]] | None:
    """A panel of the post's own fields under its heading, printed after the article's end ("Về bài viết này" /
    "Tác giả: Nguyễn Phương Thảo" / "Người đăng: admin_x" / "Xuất bản: 26/03/2024 10:15"): the indexes of its
    writer's credit (if any) and its date line, the date last, and the date read; or None."""
    n = len(blocks)
    starts = _first_letters(vocab.info_panels)
    head = next((h for h in range(end, n) if len(blocks[h].text) <= CREDIT_LABEL + 10 and blocks[h].text[:1].lower() in starts
                 and line_key(blocks[h].text.rstrip(": ")) in vocab.info_panels), None)
    if head is None:
        return None
    credit = found = None
    for k in range(head + 1, min(n, head + 1 + _INFO_PANEL_FIELDS)):
        text = blocks[k].text
        if ":" not in text[:CREDIT_LABEL]:
            if len(text) <= BYLINE_LINE and _signature.role_like(text, vocab):
                continue  # (the role under a field's name: "Người duyệt: Nguyễn Văn Tâm" / "Phó Chủ tịch UBND xã")
            break
        if (found is None or not fold(found[1].text[:24]).startswith(pat.published_labels)) and (
                dated := date_line_readings(pat, vocab, text)[0]) is not None and dated[0].iso() and (
                found is None or fold(dated[0].text[:24]).startswith(pat.published_labels)):
            found = (k, dated[0])  # (the first dated field, or a later one its label calls published: "Ngày viết:
            # 18/04/2025" / "Ngày duyệt đăng: 21/04/2025")
        elif credit is None and credited_names(text, vocab) and not _signature.uploader_label(text, vocab):
            credit = k
    if found is None:
        return None
    labels[head], labels[found[0]] = Label.OTHER, Label.DATE
    return ([credit, found[0]] if credit is not None else [found[0]]), found


_TOOLS_OVER_RELATED = 5  # lines of the share tools between the text's end and the related box, at most ("Chia sẻ:" /
# "Facebook" / "X" / "Zalo")
_UNDER_META_LINE = frozenset({Label.NAVIGATION, Label.SHARE, Label.COUNTER, Label.FOOTER, Label.OTHER})  # the pager,
# tools, chrome, the post's other fields ("Tác giả: Quản trị viên")
_META_UNDER_RELATED = 6  # lines of the post's meta block under the related box, down to its published date
_META_FIELD_LABELS = frozenset({None, Label.NAVIGATION, Label.OTHER, Label.DATE})


def _past_album(labels: list[Label | None], at: int) -> int:
    """The first line past an album's heading, captions and pager starting at ``at``."""
    while at < len(labels) and labels[at] in (Label.GALLERY, Label.CAPTION):
        at += 1
    return at


def _video_only(text: str, vocab: Vocabulary) -> bool:
    """A link to the site's videos alone, no photos ("Xem kho video", "Thư viện video")."""
    folded = fold(text)
    words = {word.strip(":.,;|-–") for word in folded.split()}  # ("Clip: Thủ đoạn giả danh …")
    return not vocab.video_words.isdisjoint(words) and not any(photo in folded for photo in vocab.gallery_count_ends)


_BYLINE_ROW = 160  # characters: a meta row holding the writer's field among its counts, at most


def _tagline_past_rule(blocks: tuple[Block, ...], labels: list[Label | None], start: int, end: int) -> None:
    """A rule drawn under the text ("-----------"), then a line or two still unread: the post's
    tagline or slogan ("📣 Tuổi trẻ Bù Sa - Xung kích, tình nguyện, sáng tạo!" over its hashtags), no text
    (the signature, read before this, keeps its lines)."""
    open_lines = [i for i in range(start, end) if labels[i] is None]
    if not open_lines or len(open_lines) <= _TAGLINES:
        return
    rule = next((i for i in range(open_lines[-1] - 1, open_lines[-_TAGLINES - 1], -1) if labels[i] == Label.OTHER
                 and len(text := blocks[i].text) >= 3 and not text.strip(RULE_CHARS)), None)
    if rule is not None and all(len(blocks[i].text) <= _TAGLINE for i in open_lines if i > rule):
        for i in open_lines:
            if i > rule:
                labels[i] = Label.OTHER


_TAGLINES = 2  # lines under a rule closing the text: a post's tagline, at most
_TAGLINE = 90  # characters


def _past_signoff_tools(labels: list[Label | None], start: int, i: int) -> bool:
    """Line ``i`` comes after the signature and then the share tools, nothing of the text between: the
    article ended above it."""
    tools = False
    for j in range(i - 1, start - 1, -1):
        if labels[j] == Label.SHARE:
            tools = True
        elif labels[j] == Label.SIGNATURE:
            return tools
        elif labels[j] in (Label.BODY, Label.LEAD, Label.CAPTION, None):
            return False
    return False


_SUBHEADING = 60  # characters: a sub-heading inside the text, at most
_SUBHEADING_WORDS = (3, 9)  # its words, at least and at most
_SHORT_HEADING_LINE = 40  # characters: a sub-heading told by its shape alone, at most
_SUBHEADINGS = 3  # such lines on a page, at least, to read them as its sub-headings


def _subheading_shape(blocks: tuple[Block, ...], labels: list[Label | None], i: int, end: int, vocab: Vocabulary) -> bool:
    """Line ``i`` is shaped like a sub-heading over the paragraph under it: a few capitalised words, no figure,
    no full stop, no photo credit (a caption has one of these as often as not)."""
    text = blocks[i].text
    return (not blocks[i].tag and i + 1 < end and labels[i + 1] is None and len(text) <= _SUBHEADING
            and _SUBHEADING_WORDS[0] <= len(text.split()) <= _SUBHEADING_WORDS[1] and text[:1].isupper()
            and not ends_sentence(text) and not HAS_DIGIT.search(text) and not vocab.photo_credit.search(text)
            and is_prose(blocks[i + 1].text))


def _label_text(blocks: tuple[Block, ...], labels: list[Label | None], start: int, end: int,
                first_prose: int | None, vocab: Vocabulary) -> int:
    """Step 5 of :func:`label_blocks`: the article's lines still unlabelled between ``start`` and
    ``end`` as captions, lead and body, in place; the count of listed items among them."""
    n = len(blocks)
    _tagline_past_rule(blocks, labels, start, end)
    last_content = max((i for i in range(start, end) if labels[i] is None), default=None)
    runs_to_end = all(labels[j] is None or labels[j] == Label.MARKER for j in range(end, n)) and end == n
    seen_captions: set[str] = set()
    credited = sum(1 for i in range(start, end) if labels[i] is None and len(blocks[i].text) <= CAPTION_LINE
                   and vocab.photo_credit.search(blocks[i].text))  # (captions crediting their photo)
    shaped = [i for i in range(start, end) if labels[i] is None and _subheading_shape(blocks, labels, i, end, vocab)]
    headings = [i for i in shaped if len(blocks[i].text) <= _SHORT_HEADING_LINE
                and not vocab.caption_start.match(fold(blocks[i].text)) and not vocab.caption_leaders.match(fold(blocks[i].text))]
    if len(headings) < _SUBHEADINGS:
        headings = []
    subheadings = set(shaped) if credited >= 2 else set(headings)  # (where the captions credit their photos, any line
    # so shaped; else only several short ones with no caption's words)
    listing = 0
    last_body: int | None = None
    repeat_end = -1
    for i in range(start, end):
        if labels[i] is not None:
            continue
        text = blocks[i].text
        if len(text) <= _GLYPH_ROW and glyph_row(text):
            labels[i] = Label.OTHER  # icons read back as letters and marks ("f Y in &", "||| O <": OCR of a screen)
            continue
        if text[:1] in _RELATED_MARKS and _RELATED_ITEM.match(text):
            listing += 1
        if (i == first_prose and i + 2 < end and labels[i + 1] == Label.DATE and labels[i + 2] is None
                and len(text) <= _PLAIN_CAPTION and vocab.caption_start.match(fold(text))
                and _dates.opens_with_date(blocks[i + 2].text)):
            labels[i] = Label.CAPTION  # the lead photo's caption over the date line, the lead under it opening
            first_prose = i + 2  # with its date ("Quang cảnh buổi đối thoại …." / date / "Chiều 4/7, …")
            continue
        if (i == first_prose and blocks[i].near_image and i + 1 < end and labels[i + 1] in (None, Label.LEAD)
                and len(text) <= _PLAIN_CAPTION and vocab.caption_start.match(fold(text))
                and is_prose(blocks[i + 1].text) and len(blocks[i + 1].text) > 2 * len(text)):
            labels[i] = Label.CAPTION  # the lead photo's caption by its image, over the text ("Ảnh minh hoạ" /
            first_prose = i + 1  # "Từ ngày 18 đến ngày 20/5/2024, …")
            continue
        if i == first_prose:
            labels[i] = Label.LEAD if blocks[i].cls and field_class(blocks[i].cls, "lead") else Label.BODY
            last_body = repeat_end = i  # (a template's sapo element: "<div class=news-detail__sapo>")
            continue
        if (last_body is not None and repeat_end == i - 1 and abs(len(text) - len(blocks[last_body].text)) <= 3
                and same_line(text, blocks[last_body].text)):
            labels[i] = Label.OTHER  # a paragraph printed twice (a sapo repeated as the body's first)
            repeat_end = i
            continue
        if i == last_content and runs_to_end and not vocab.photo_credit.search(text):
            labels[i] = Label.BODY  # a page cut off mid-paragraph: keep the fragment
            continue
        if ((text[-1:] == ":" or blocks[i].tag[:1] == "h") and len(text) <= 24 and i + 1 < n and line_key(text) in vocab.text_labels
                and is_prose(blocks[i + 1].text) and sum(labels[j] == Label.BODY for j in range(start, i)) <= 1):
            labels[i] = Label.OTHER  # "Nội dung:" over the text, the summary's field above it (a heading
            # element needs no colon: "<h2>Nội dung bản tin</h2>" over a bulletin's transcript)
            continue
        if text[:1] in _OPEN_QUOTES and len(text) <= _VERSE_LINE and (close := _verse_close(blocks, labels, i, end)):
            for j in range(i, close + 1):
                labels[j] = Label.BODY  # a verse quoted in the text, a line each ("\"Mùa hè ấy bom cày thành cổ" /
            last_body = repeat_end = close  # … / "Nghĩa trang quê sáng rực ánh hồng\"."): no captions
            continue
        if last_body == i - 1 and blocks[last_body].text[-1:] == ":" and (close := _items_close(blocks, labels, i, end, vocab)):
            for j in range(i, close + 1):
                labels[j] = Label.BODY  # the items a paragraph introduces, a short line each and alike ("… trao giải
            last_body = repeat_end = close  # cho các đội:" / "Giải Nhất: Chi hội …" / "Giải Nhì: …"): no captions
            continue
        if _past_signoff_tools(labels, start, i) and not _full_paragraphs(blocks, labels, i, 2):
            labels[i] = Label.OTHER  # under the signature and the page's share tools, the site's own words ("Bạn
            continue  # đọc có thông tin … xin vui lòng liên hệ Đường dây nóng …", a police portal's appeal); not two
            # full paragraphs, the text going on under a writer's box the template floated into it
        if last_body is not None and i in subheadings:
            labels[i] = Label.BODY  # a sub-heading between paragraphs where the photos' captions carry their credit
            last_body = repeat_end = i  # ("Kết nối với du lịch cộng đồng" / "Bước ngoặt đến …", "… - Ảnh: Đinh Hằng"),
            continue  # or one of several short ones, no caption's words among them ("Hạ tầng đổi thay rõ nét")
        caption = _caption_like(text, seen_captions, vocab) if not blocks[i].tag else _html_caption(blocks[i],
                                                                                                  seen_captions, vocab)
        labels[i] = Label.CAPTION if caption else Label.BODY
        if not caption:
            last_body = repeat_end = i  # (a run of copies of it follows it directly)
        if labels[i] == Label.CAPTION:
            seen_captions.add(fold(text))
    return listing


def _teaser_links(labels: list[Label | None], blocks: tuple[Block, ...], read_more: list[int]) -> int:
    """How many read-more links close teasers of a listing: none when an article of several
    paragraphs stands above the first (other articles' teasers under it, "Xem tiếp" each)."""
    if not read_more:
        return 0
    body = sum(labels[i] == Label.BODY and is_prose(blocks[i].text) for i in range(read_more[0]))
    return 0 if body >= _TEASER_PARAGRAPHS else len(read_more)


_DATED_HEADLINE = 160  # characters: the longest headline printed under its date line (a lead says more)
_ARTICLE_PARAGRAPHS = 2  # prose blocks under an HTML page's headline that make it the article's
_SIDE_CHROME = 2  # labelled lines at least between a side column's paragraph and the headline
_SIDE_PARAGRAPHS = 3  # the most paragraphs a side column holds before the article


def _side_column_prose(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary, prose: list[int]) -> None:
    """Paragraphs of a side column printed before the article (a ward's introduction under
    "GIỚI THIỆU", a leader's words, then a hotline, a schedule, counters; a notice bar), labelled
    other: after them come page chrome (or the article's breadcrumb), then a headline with its date line, then the article's paragraphs, more
    of them and longer. A lead under its title and date, with tools under it, is not one (no date
    line follows it). ``prose``: the unlabelled lines that read as prose."""
    if len(prose) <= _ARTICLE_PARAGRAPHS or Label.DATE in labels[_CLOCK_LINES:prose[0]]:
        return  # (the lead under the page's date, or an article dated above its text: what follows it
        # is another article's, not the page's; the site's clock over the page's top dates nothing)
    for dated in range(prose[0] + 1, prose[-1]):
        if labels[dated] != Label.DATE and not (labels[dated] == Label.COUNTER and _views_only(blocks[dated].text, vocab)):
            continue  # (the headline's meta line: its date, or its views alone: "Lượt xem: 145")
        headline = (dated - 1 if labels[dated - 1] is None else  # (its byline between: "Bài và ảnh: …")
                    dated - 2 if labels[dated - 1] == Label.OTHER and dated >= 2 and labels[dated - 2] is None else
                    dated + 1 if labels[dated + 1] is None and not is_prose(blocks[dated + 1].text) else
                    _over_meta_fields(blocks, labels, dated))
        if headline is None or len(blocks[headline].text) > 250 or ends_sentence(blocks[headline].text):
            if headline == dated - 1 and blocks[dated].text[:1] == "(" and headline in prose:
                continue  # a side box's teaser over its own date ("Bà … nhặt được chiếc ví …" / "(18/08/2023)" /
                # "Xem tất cả"), the article's headline and date line further down
            return
        before = [p for p in prose if p < headline]
        after = [p for p in prose if p > dated]
        last = before[-1] if before else headline
        chrome = sum(labels[k] is not None and (labels[k] != Label.DATE or blocks[k].text[:1] == "(")
                     for k in range(last + 1, headline))  # (a teaser's own date in brackets under it: the box's)
        crumb = any(labels[k] in (None, Label.NAVIGATION) and breadcrumb(blocks[k].text, vocab)
                    for k in range(last + 1, headline))
        chrome += sum(labels[k] is None and not is_prose(blocks[k].text) for k in range(last + 1, headline)) // 2  # (a
        # widget's short lines not yet known: "TRA CỨU HỒ SƠ" / "Nhập mã hồ sơ" / "Tra cứu")
        boxed = bool(before) and all(len(blocks[p].text) < _LEAD_SIZE for p in before) and any(
            labels[k] in (None, Label.NAVIGATION) and len(blocks[k].text) <= MENU_ITEM and blocks[k].text.isupper()
            for k in range(max(_CLOCK_LINES, before[0] - _BOX_ROWS), before[0]))
        # (or a box's short notes under its heading in capitals: "LỊCH TIÊM CHỦNG" / its rows / "Phụ huynh mang theo …")
        if (len(after) >= _ARTICLE_PARAGRAPHS and (chrome >= _SIDE_CHROME or crumb or boxed) and len(before) <= _SIDE_PARAGRAPHS
                and sum(len(blocks[p].text) for p in before) < sum(len(blocks[p].text) for p in after)):
            for p in before:
                labels[p] = Label.OTHER
        return


_BOX_ROWS = 4  # lines between a box's heading and its notes, at most
_BOX_TAIL = 4  # lines between a box's paragraphs, at most
_BOX_TO_TRAIL = 8  # lines under a box's last paragraph before the article's trail (its source, a "more" link, another
# box's heading and items), none of them prose
_BOX_HEAD = 10  # lines over a box's first paragraph where its own date may stand (its heading, its rows)


_META_FIELDS_OVER_DATE = 3  # a template's short fields between the headline and its date line ("Chi tiết" / "Danh mục: …")


def _over_meta_fields(blocks: tuple[Block, ...], labels: list[Label | None], dated: int) -> int | None:
    """The line over a date line and the short fields known above it (Joomla's "Chi tiết" / "Danh mục: Tin hoạt
    động"), when it is still unread: the headline's place; or None."""
    k = dated - 1
    while k > 0 and dated - k <= _META_FIELDS_OVER_DATE and labels[k] in (Label.NAVIGATION, Label.OTHER) and (
            len(blocks[k].text) <= MENU_ITEM):
        k -= 1
    return k if k < dated - 1 and labels[k] is None else None


def _box_then_article(blocks: tuple[Block, ...], prose: list[int], box_end: int,
                      headline: int) -> tuple[list[int], list[int]] | None:
    """The prose lines before ``box_end`` and those under the article's ``headline`` when the first read as a box
    printed over the article (a few paragraphs, fewer characters than the article's, which has several), or None."""
    before = [p for p in prose if p < box_end]
    after = [p for p in prose if p > headline]
    if (not before or len(before) > _SIDE_PARAGRAPHS or len(after) < _ARTICLE_PARAGRAPHS
            or sum(len(blocks[p].text) for p in before) >= sum(len(blocks[p].text) for p in after)):
        return None
    return before, after


def _box_over_trail(blocks: tuple[Block, ...], labels: list[Label | None], vocab: Vocabulary, prose: list[int]) -> None:
    """A box printed before the article (market prices, a notice: a paragraph or two, its own "Cập nhật: …"), then
    the article's trail, its headline under it and its paragraphs, more of them and longer, its date line under the
    text perhaps: the box's paragraphs and date labelled other. ``prose``: the unlabelled lines that read as prose."""
    n = len(blocks)
    if len(prose) <= _ARTICLE_PARAGRAPHS:
        return
    reach = prose[0] + 1 + _BOX_TO_TRAIL + _BOX_TAIL * (_SIDE_PARAGRAPHS - 1)
    crumb = next((k for k in range(prose[0] + 1, min(n, reach))
                  if labels[k] in (None, Label.NAVIGATION) and breadcrumb(blocks[k].text, vocab)), None)
    if crumb is None or crumb + 1 >= n or labels[crumb + 1] is not None:
        return
    headline = blocks[crumb + 1].text
    if (len(headline) > 250 or ends_sentence(headline)
            or (parts := _box_then_article(blocks, prose, crumb, crumb + 1)) is None):
        return
    before, after = parts
    if (crumb - before[-1] > _BOX_TO_TRAIL or any(b - a > _BOX_TAIL for a, b in zip(before, before[1:]))
            or after[0] > crumb + 4
            or any(labels[k] is None and is_prose(blocks[k].text) for k in range(before[-1] + 1, crumb))):
        return
    for p in before:
        labels[p] = Label.OTHER
    if Label.DATE in labels[crumb + 1:]:  # (the article dated under its text: the box's date is the box's)
        for k in range(max(_CLOCK_LINES, before[0] - _BOX_HEAD), before[0]):
            if labels[k] == Label.DATE:
                labels[k] = Label.OTHER


def _box_over_dated_headline(blocks: tuple[Block, ...], labels: list[Label | None], pat: _dates.DatePatterns,
                             prose: list[int]) -> None:
    """A notice's box printed before the article, no date line under its heading (a warning banner: "⚠ CẢNH BÁO LŨ
    …" / a paragraph / "Cập nhật lúc 07:15"), then the article's headline with its date line right under it and its
    paragraphs under that, more of them and longer: the box's paragraphs labelled other. ``prose``: the unlabelled
    lines that read as prose."""
    n = len(blocks)
    if len(prose) <= _ARTICLE_PARAGRAPHS or any(labels[k] == Label.DATE for k in range(_CLOCK_LINES, prose[0])):
        return  # (a date line over the first paragraph: its headline is dated, no box)
    headline = next((k for k in range(prose[0] + 1, min(n - 2, prose[0] + _BOX_TO_TRAIL)) if labels[k] is None
                     and k not in prose and labels[k + 1] == Label.DATE and k + 2 in prose
                     and _title_like(blocks[k].text, pat) and not ends_sentence(blocks[k].text)), None)
    if headline is None:
        return
    if (parts := _box_then_article(blocks, prose, headline, headline)) is None:
        return
    for p in parts[0]:
        labels[p] = Label.OTHER


_TITLE_FIELD_LINES = 16  # lines under a page's heading where a form's title field may stand


def _title_field_under(blocks: tuple[Block, ...], labels: list[Label | None], given: int,
                       vocab: Vocabulary) -> int | None:
    """A form's title field under the page's heading that names the item the heading ends with ("Tiêu đề | Xã …"
    under "Tin tức Tin hoạt động các xã: Xã …", SharePoint's list item), or None."""
    heading = blocks[given].text
    for k in range(given + 1, min(len(blocks), given + 1 + _TITLE_FIELD_LINES)):
        text = blocks[k].text
        if labels[k] in (None, Label.CAPTION, Label.OTHER) and len(text) < len(heading) and (
                label := vocab.title_label.match(text)) and (value := text[label.end():].strip()) and (
                len(value) >= _HEADLINE_CHARS and heading.endswith(value) and len(heading) > len(value)):
            return k
    return None


def _views_under_title(blocks: tuple[Block, ...], labels: list[Label | None], title: int,
                       counters: list[tuple[str, int]], vocab: Vocabulary) -> None:
    """A count of visits alone on its line right under the headline, the page's tools or meta fields at most between,
    is the article's, not the site's ("Chi tiết" / "Lượt truy cập: 402", Joomla's hits), unless its
    label says the site."""
    for j in range(title + 1, min(title + 1 + _ARTICLE_INFO, len(blocks))):
        if labels[j] == Label.COUNTER:
            found = read_counters(vocab, blocks[j].text) if len(blocks[j].text) <= 40 else None
            if found and len(found) == 1 and found[0][0] == "total_visits" and found[0] in counters and not site_total(
                    fold(blocks[j].text), vocab):
                counters[counters.index(found[0])] = ("views", found[0][1])
            return
        if labels[j] not in (Label.NAVIGATION, Label.SHARE, Label.OTHER):
            return


_META_UNDER_TITLE = 3  # lines: the post's meta fields under its headline, a line each ("Posted in …" / "by admin" / "Page views: 765")
_ARTICLE_INFO = 5  # lines: Joomla's article info under the headline ("Chi tiết" / "Viết bởi …" / "Danh mục: …" / hits),
# the headline printed again over it perhaps


def _slide_place(text: str, vocab: Vocabulary) -> bool:
    """A slideshow's place, "Ảnh 2 / 6", with or without its arrows round it ("« Ảnh 1 / 6 »", "◀ 3/12 ▶")."""
    return "/" in text and (vocab.slide_number.match(text) is not None
                            or vocab.slide_number.match(text.strip(_SLIDE_ARROWS)) is not None)


_SLIDE_ARROWS = " ◀◄⟨‹<«»>›⟩►▶"


def _without_icon(text: str) -> str:
    """The line without the icons before its words ("⚠ CẢNH BÁO: …")."""
    return ICON_LEAD.sub("", text) if text[:1] > "\u2000" else text


def _scrolled_twice(text: str) -> bool:
    """One notice printed twice on a line, the second copy after a mark or a wide gap: a scrolling
    ticker's text doubled so that it loops with no seam."""
    if text.find(text[:_TICKER_LINE // 2], _TICKER_LINE // 2) < 0:
        return False  # (its opening not printed again: most long lines, tested before the split)
    parts = [p for p in _TICKER_GAP.split(text) if p.strip()]
    return len(parts) >= 2 and len(parts[0]) >= _TICKER_LINE // 2 and all(p.strip() == parts[0].strip() for p in parts[1:])


_TICKER_LINE = 40  # characters: a ticker's doubled notice, at least
_TICKER_GAP = regex.compile(r"\s*+[*•·~|\-–—.!]{3,}+\s*+|\s{3,}+")  # (or "!!!")


def _slides_then_text(blocks: tuple[Block, ...], labels: list[Label | None], at: int) -> bool:
    """From ``at``: a slideshow's pager or captions (two at least, each a line), then a full paragraph."""
    captions = 0
    for j in range(at, min(len(blocks), at + _SLIDES + 2)):
        text = blocks[j].text
        if labels[j] == Label.GALLERY and len(text) <= MENU_ITEM:
            continue  # (its pager: "« 1 / 8 »")
        if labels[j] is not None:
            return False
        if len(text) >= _SLIDE_TEXT and is_prose(text):
            return captions >= 2
        if len(text) > _PLAIN_CAPTION:
            return False
        captions += 1
    return False


_SLIDES = 12  # captions under a slideshow inside the text, at most
_SLIDE_TEXT = 160  # characters: the paragraph after them, at least


def _prose_count(blocks: tuple[Block, ...], labels: list[Label | None], start: int, end: int | None = None,
                 most: int = _ARTICLE_PARAGRAPHS) -> int:
    """Unlabelled prose blocks from ``start`` to ``end`` (the page's end), counted up to ``most``."""
    found = 0
    for i in range(start, len(blocks) if end is None else end):
        if labels[i] is None and is_prose(blocks[i].text):
            found += 1
            if found >= most:
                break
    return found


_MENU_RUN = 8  # lines looked at above a block


_ALBUM_BOX_TITLES = 4  # album titles a side box lists between its heading and its "Xem tất cả album"


def _in_menu(blocks: tuple[Block, ...], labels: list[Label | None], i: int) -> bool:
    """Block ``i`` ends a menu printed one item a line, or stands in it: the short lines right above it (two or
    more, or one with a menu's item under it) include a known menu phrase, the others not yet labelled."""
    k = i - 1
    known = False
    while (k >= max(i - _MENU_RUN, 0) and labels[k] in (None, Label.NAVIGATION) and len(blocks[k].text) <= MENU_ITEM
           and not (": " in blocks[k].text and not HAS_DIGIT.search(blocks[k].text))):  # (a box's fields naming
        # people are no menu's items: "Chủ tịch UBND: Phan Văn Khải"; a weather box's are, "Lai Châu: 21°C - 27°C")
        known = known or labels[k] == Label.NAVIGATION
        k -= 1
    between = i + 1 < len(blocks) and labels[i + 1] == Label.NAVIGATION and len(blocks[i + 1].text) <= MENU_ITEM
    return known and i - 1 - k >= 2 or between and i - 1 - k >= 1  # (or one, a known menu item after it: "Văn kiện
    # Đảng" / "Thư viện ảnh" / "Liên hệ", a longer item over them)


_CAPTION_SENTENCE = 100  # characters: a caption is one short sentence; a lead says more
_LONG_CAPTION = 200  # … or a longer one when it opens as captions do ("Đồng chí …, Phó Chủ tịch … trao …")
_LEAD_SIZE = 100  # … and the lead under it is a paragraph
_OPENING_LEAD = 150  # … a full one, when it does not open with its date


def _caption_over_lead(blocks: tuple[Block, ...], labels: list[Label | None], i: int, vocab: Vocabulary,
                       opening: bool = False) -> bool:
    """One short finished sentence right above a paragraph that opens like a lead, with its date
    or "Vừa qua, …", while it does not ("Cán bộ xã nạo vét kênh tiêu tại thôn Đông." / "Sáng 15/3,
    UBND xã ra quân …"): the caption of the photo over the lead, not the lead, nor a title.

    ``opening``: nothing title-like or dated above it (a bare page opening with the photo): then
    any long paragraph under it that does not restate it makes it the caption."""
    text = blocks[i].text
    longest = _CAPTION_SENTENCE if len(text) <= _CAPTION_SENTENCE or not _opens_as_caption(text, vocab) else _LONG_CAPTION
    if (len(text) > longest or not ends_sentence(text) or i + 1 >= len(blocks)
            or labels[i + 1] is not None or _INNER_SENTENCE.search(text)):
        return False
    lead = blocks[i + 1].text
    if len(lead) < _LEAD_SIZE or _opens_lead(text, vocab) or vocab.photo_credit.search(lead):
        return False
    if _opens_lead(lead, vocab):
        return True
    opening = opening or _opens_as_caption(text, vocab)
    return opening and len(lead) >= _OPENING_LEAD and ends_sentence(lead) and restated(text, lead) < 0.5  # (or it
    # opens as captions do: "Đồng chí …, Phó Bí thư … trao quà Tết …." over "Nhằm giúp …, sáng ngày 18/01/2025, …")


def _captioned_credit(text: str) -> bool:
    """A photo's credit word over a sentence saying what it shows, not who took it ("Ảnh: Cán bộ y tế khám sàng
    lọc cho trẻ trước khi tiêm."): a caption itself."""
    value = text.partition(":")[2]
    words = len(value.split())
    return words > _CREDIT_WORDS and (ends_sentence(value) or words > _CREDITED_UNIT_WORDS and "(" not in value
                                      and " - " not in value and " – " not in value)  # (or longer than a name and a
    # unit run on with no mark between: "Ảnh: Lực lượng dân quân phường Hòa Hải tại lễ ra quân")


_CREDIT_WORDS = 6  # words: a photographer's name and unit after "Ảnh:", at most, when they end in a full stop
_CREDITED_UNIT_WORDS = 10  # words: … and when they do not


def _opens_as_caption(text: str, vocab: Vocabulary) -> bool:
    """Opens as a photo's caption does ("Quang cảnh …", captions.txt "@prefix"), or with the person or
    the leaders in the photo ("Đồng chí …", "Lãnh đạo …")."""
    head = fold(text[:40])
    return bool(vocab.caption_start.match(head) or vocab.caption_leaders.match(head))


def _opens_lead(text: str, vocab: Vocabulary) -> bool:
    """Opens with its event date ("Sáng 15/3, …") or a recent-past phrase ("Vừa qua, …")."""
    return _dates.opens_with_date(text) or fold(text[:24]).startswith(vocab.recent_openers)


_POST_FOOTER = 3  # blocks after the article's end where a post's own date line may stand
_ITEM_TEXT = frozenset({Label.TITLE, Label.LEAD, Label.BODY, Label.CAPTION, Label.RELATED, Label.NAVIGATION})


def _date_items(labels: list[Label | None], blocks: tuple[Block, ...], vocab: Vocabulary) -> int:
    """Date lines with text between them: one per item of a listing. A meta block's several dates
    in a row ("Ngày tạo: …" / "Được đăng: …" / "Cập nhật lần cuối: …") are one, and the dates of
    a related box under its heading ("Tin liên quan" / a title / "(18/03/2024)" / …) none, nor those of
    the previous and next posts under their pager links ("« Bài trước" / title / teaser / "09/08/2024")."""
    items = 0
    text_since = True
    boxed = False
    paged = -_PAGED_ITEM - 1  # where the last pager link stood
    for i, lab in enumerate(labels):
        boxed = lab == Label.RELATED or boxed and lab in _BOX_LINES
        if lab == Label.NAVIGATION and len(blocks[i].text) <= _PAGER_LINK and (
                pager_label(blocks[i].text, vocab)):
            paged = i
        if lab == Label.DATE and not boxed and i - paged > _PAGED_ITEM:
            items += text_since
            text_since = False
        elif lab in _ITEM_TEXT:
            text_since = True
    return items


_BOX_LINES = frozenset({Label.RELATED, Label.NAVIGATION, Label.DATE})


def _sapo_under_title(blocks: tuple[Block, ...], cands: list[int], text: str, pat: _dates.DatePatterns) -> bool:
    """A finished sentence under a title-like line, above the date line: the sapo, printed before
    the date ("Title" / "Sáng 11/1, UBND phường … ." / "Ngày đăng: …"), not a second title."""
    if not cands or not ends_sentence(text) or text.endswith("?") or text.isupper():
        return False  # (a line in capitals is no sapo: a headline closed by a full stop, "HỘI THI … 2023 - 2024.")
    above = blocks[cands[-1]].text
    return _title_like(above, pat) and not ends_sentence(above)


def _next_unlabelled(labels: list[Label | None], i: int) -> int | None:
    return next((j for j in range(i + 1, len(labels)) if labels[j] is None), None)


def _credit_label_alone(text: str, vocab: Vocabulary) -> bool:
    """A credit's or an uploader's label alone on its line, its name in the next element ("Bởi" /
    "Quản trị viên", "Tác giả:"): never a headline's second line."""
    return _credit_label(text, vocab) or len(text) <= CREDIT_LABEL and _signature.uploader_label(text, vocab)


def _credit_label(text: str, vocab: Vocabulary) -> bool:
    """A credit's label alone on its line, with or without its colon ("Tác giả", "Người viết:")."""
    return len(text) <= CREDIT_LABEL and _signature.credit_only(text if text.endswith(":") else f"{text}:", vocab)


def _headline_after_teaser(blocks: tuple[Block, ...], labels: list[Label | None], title: int,
                           pat: _dates.DatePatterns, vocab: Vocabulary) -> int | None:
    """The page's headline under a featured story's teaser that ``title`` heads, the box closed by its read-more
    link ("Tân Phước đạt chuẩn …" / "20/11/2023" / its sentence / "Xem tiếp..." / headline / the text): the line
    under the link when it reads as a headline and prose follows it; else None."""
    n = len(blocks)
    more = next((k for k in range(title + 2, min(n - 2, title + _TEASER_LINES)) if labels[k] == Label.RELATED
                 and len(blocks[k].text) <= _READ_MORE_LINK and line_key(blocks[k].text) in vocab.read_more), None)
    if more is None or not any(labels[k] == Label.DATE for k in range(title + 1, more)):
        return None
    headline = more + 1
    text = blocks[headline].text
    if (labels[headline] is not None and labels[headline] != Label.CAPTION or not _title_like(text, pat)
            or ends_sentence(text) or labels[headline + 1] is not None or not is_prose(blocks[headline + 1].text)):
        return None
    return headline


_TEASER_LINES = 6  # lines from a featured story's headline to its read-more link, at most


def _ticker_over(blocks: tuple[Block, ...], labels: list[Label | None], cands: list[int], title: int) -> int | None:
    """The label of a ticker ("Tiêu điểm:", ending in a colon) right over a run of two or more headline
    lines that ends at ``title``, the trail under it: those lines are the ticker's, none the page's."""
    first = title
    while first - 1 in cands:
        first -= 1
    heading = first - 1
    if (title - first < 1 or heading < 0 or labels[heading] != Label.RELATED or not blocks[heading].text.endswith(":")
            or len(blocks[heading].text) > _TICKER_LABEL or title + 1 >= len(blocks) or labels[title + 1] != Label.NAVIGATION):
        return None
    return heading


def _headline_over_ticker(blocks: tuple[Block, ...], labels: list[Label | None], title: int,
                          pat: _dates.DatePatterns, vocab: Vocabulary) -> int | None:
    """The headline over a ticker's label whose dated items run down to ``title``, the line over the
    date line, itself an item ("… (25/06/2022)"); None unless the headline stands under the trail."""
    if not blocks[title].text.endswith(")") or not _dated_item(blocks[title].text, pat):
        return None
    heading = title - 1
    while heading > 0 and title - heading <= _TICKER_ITEMS and _dated_item(blocks[heading].text, pat):
        heading -= 1
    over = heading - 1
    if (heading == title - 1 or over < 1 or labels[heading] != Label.RELATED or not blocks[heading].text.endswith(":")
            or len(blocks[heading].text) > _TICKER_LABEL or labels[over] not in (None, Label.NAVIGATION)
            or not breadcrumb(blocks[over - 1].text, vocab)):
        return None
    text = blocks[over].text
    return over if _title_like(text, pat) and not ends_sentence(text) and not breadcrumb(text, vocab) else None


_TICKER_ITEMS = 6  # a ticker's dated items, at most
_ITEM_BULLETS = WIDGET_BULLETS | {"- ", "• ", "◦ ", "▪ "}  # what opens each item of a list of links
_UPLOADER_WORDS = 4  # words after an uploader's label: an account's name at most ("Bởi Quản trị viên")
_TITLE_TAIL = 10  # characters: a wrapped headline's last word alone on a line, a day ("8/3", "2/9")
_TICKER_LABEL = 24  # characters: a ticker's label ("Tiêu điểm:", "Tin nổi bật:")


def _next_label(labels: list[Label | None], i: int) -> Label | None:
    """The label of the next block that is not a marker or timezone/other residue."""
    for j in range(i + 1, len(labels)):
        if labels[j] in (Label.MARKER,):
            continue
        return labels[j]
    return None


def _headline_below(blocks: tuple[Block, ...], below: list[int], pat: _dates.DatePatterns) -> int:
    """Of the header lines under the date line, the last one that reads as a headline (a player's
    "00:00 / 00:00" may stand under the title), else the last one. A headline left unfinished wins
    over a short sentence under it: the lead photo's caption ("Dân quân xã nạo vét kênh N4.")."""
    headlines = [c for c in below if _title_like(blocks[c].text, pat)]
    unfinished = [c for c in headlines if not ends_sentence(blocks[c].text)]
    if unfinished and all(len(blocks[c].text) <= _CAPTION_SENTENCE for c in headlines if c > unfinished[-1]):
        return unfinished[-1]
    return headlines[-1] if headlines else below[-1]


def _head_before_date_label(before: str, vocab: Vocabulary) -> str | None:
    """The headline before its day's label in brackets ("… trồng sen (Ngày đăng: 15/01/2024)" gives
    "… trồng sen"), or None when what precedes the date is not such a label."""
    if before[-1:] != ":" or (opening := before.rfind("(")) < _DATED_HEADLINE_HEAD:
        return None
    label = date_labels(vocab).match(before, opening + 1)
    if label is None or before[label.end():].strip(" :"):
        return None
    return before[:opening].rstrip() or None


def _dated_below(labels: list[Label | None], i: int) -> bool:
    """The page's date line comes next, or after one line of other kind (the byline, "Bài và ảnh:
    …", or who posted it, "bởi quantri")."""
    following = _next_label(labels, i)
    return following == Label.DATE or following == Label.OTHER and _next_label(labels, i + 1) == Label.DATE


def _views_below(blocks: tuple[Block, ...], labels: list[Label | None], i: int, vocab: Vocabulary) -> bool:
    """The post's own views come under line ``i``, after its tools at most, then its text ("Xem cỡ
    chữ: A- A A+" / "Số lần xem: 95" / "Ngày 28 tháng 3 …"): a headline's meta, no menu's."""
    for j in range(i + 1, min(len(blocks), i + 4)):
        if labels[j] == Label.COUNTER and _views_only(blocks[j].text, vocab):
            return j + 1 < len(blocks) and labels[j + 1] is None and is_prose(blocks[j + 1].text)
        if labels[j] not in (Label.NAVIGATION, Label.SHARE) or breadcrumb(blocks[j].text, vocab):
            return False  # (a trail under it: it stands over the trail, the menu's)
    return False


_SLIDE_PLACE = regex.compile(r"^(?P<k>\d{1,2})\s*+/\s*+(?P<of>\d{1,2})$")


def _slides_on(blocks: tuple[Block, ...], i: int, place: regex.Match[str]) -> bool:
    """Line ``i`` ("3/8") is one of an album's run of places: the one before or after it, a line
    or two away, is the photo before or after out of the same count ("2/8", "4/8")."""
    k, of = int(place["k"]), place["of"]
    if not 1 <= k <= int(of):
        return False
    near = {f"{k - 1}/{of}", f"{k + 1}/{of}"}
    return any(blocks[j].text.replace(" ", "") in near for j in (i - 3, i - 2, i + 2, i + 3) if 0 <= j < len(blocks))


def title_views(text: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """The views a headline's last brackets hold ("… hưởng ứng Tháng Thanh niên (đã đọc 318)"): where the
    brackets open, and the count."""
    opening = text.rfind("(")
    if opening <= 0 or len(text) - opening > _BRACKETED_VIEWS:
        return None
    found = read_counters(vocab, text[opening + 1:-1].strip())
    return (opening, found[0][1]) if found and len(found) == 1 and found[0][0] == "views" else None


_BRACKETED_VIEWS = 30  # characters of a headline's bracketed views, at most
# a date in brackets closing the headline, its weekday before it or not ("… (Thứ hai, 14/10/2019)")
_DATE_CLOSING_TITLE = regex.compile(r"\S\s*+(?P<open>[(\[])(?P<date>(?:[^(),\d]{2,12}+,\s*+)?\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
                                    r"(?(?=\))\)|\])$")  # "… (24/07/2024)", "… [11/04/2023]"
_PRINT_TITLE = 30  # characters after a date opening its line: a browser's print header, the page's title after the
# print day ("6/13/2016 Cẩm Thắng ra quân …"), which tells the printer's locale, not the template's order
_MONTH_FIRST_ONLY = regex.compile(r"(?<![\d/.\-])(?:0?[1-9]|1[0-2])(?P<mark>[/-])(?:1[3-9]|2\d|3[01])(?P=mark)(?:19|20)\d\d(?![\d/\-])")
_SLASHED = regex.compile(r"(?<![\d/.\-])(?P<a>\d{1,2})(?P<mark>[/-])(?P<b>\d{1,2})(?P=mark)(?:19|20)\d\d(?![\d/\-])")


def _month_first(date: _dates.DateMatch) -> _dates.DateMatch:
    """A slashed date read day-first ("3/12/2024" as 3 December) read month-first instead."""
    m = _SLASHED.search(date.text)
    if m is None or int(m["a"]) != date.day or int(m["b"]) != date.month or date.day > 12 or date.day == date.month:
        return date
    return replace(date, day=date.month, month=date.day)


def _prose_follows(blocks: tuple[Block, ...], labels: list[Label | None], i: int, vocab: Vocabulary) -> bool:
    """A paragraph comes right after line ``i``: past lines already labelled (a template's leftover,
    "{{ post.subtitle }}"), one photo's caption ("Dân quân xã nạo vét kênh N4.") and a byline in
    brackets ("(Bài và ảnh: Lò Văn Sơn)")."""
    caption, unlabelled = False, 0
    for j in range(i + 1, min(len(blocks), i + _PROSE_FOLLOWS)):
        if labels[j] is not None:
            continue  # (a read-aloud player's rows and the tools: "Lượt xem: 2.318" / "Nghe đọc bài viết" / …)
        unlabelled += 1
        if unlabelled > _UNLABELLED_BEFORE_PROSE:
            return False
        text = blocks[j].text
        if is_prose(text):
            return True
        if text[:1] in "([" and len(text) <= BYLINE_LINE and credited_names(text.strip("()[] "), vocab):
            continue
        if caption or len(text) > _CAPTION_SENTENCE or not ends_sentence(text):
            return False
        caption = True
    return False


_PROSE_FOLLOWS = 12  # lines: from a headline to its text, past the tools and a player's rows between
_UNLABELLED_BEFORE_PROSE = 4  # lines not yet labelled between a headline and its text, at most


def _first_prose_after(blocks: tuple[Block, ...], labels: list[Label | None], i: int) -> int | None:
    return next((j for j in range(i + 1, len(blocks)) if labels[j] is None and is_prose(blocks[j].text)), None)


def _title_like(text: str, pat: _dates.DatePatterns) -> bool:
    """Long enough to be a headline (three words: "Thông báo", "khối phường" are menu headings),
    opening with a capital, digit or quote, not a label, not the site's clock."""
    words = text.split()
    return (8 <= len(text) <= 300 and len(words) >= 3 and not text.endswith(":")
            and not text.lstrip("“\"'(«[").lstrip()[:1].islower()
            and sum(len(w) >= 2 for w in words) >= 2  # (not the text-size tool's letters: "A A A  🖶")
            and not pat.site_clock.search(text)  # (a header row: "Hôm nay là thứ Tư, 12/06/2024")
            and "___" not in text)  # (a form's field a text browser drew: "Tìm kiếm _______ [ Tìm ]")


_CLOCK_LINES = 3  # a date line this near the page's top, under the site's name at most, is its clock


_MENU_WORDS = 6  # a menu item's name is this short; a headline says more
_META_BETWEEN = frozenset({Label.OTHER, Label.DATE, Label.SHARE, Label.COUNTER})  # a headline's meta lines under it


def _menu_name(blocks: tuple[Block, ...], labels: list[Label | None], i: int) -> bool:
    """Line ``i`` names an item of a menu above it (its bullet or arrow aside, in any case), a line
    of its own or one of a menu row run together ("Trang chủ Giới thiệu Tin tức Tin xã, thị trấn …")."""
    key = fold(blocks[i].text).strip(MENU_MARKS)
    padded = f" {key} "
    return any((labels[j] == Label.NAVIGATION or labels[j] is None and _bulleted_among_menu(blocks, labels, j)) and (
        len(blocks[j].text) <= 60 and fold(blocks[j].text).strip(MENU_MARKS) == key
        or len(key.split()) <= _MENU_WORDS < len(blocks[j].text.split()) and padded in f" {fold(blocks[j].text)} ")
        for j in range(i))


_TITLE_TO_DATE = 6  # lines from a template's title element to the date line, at most
_HEADLINE_CHARS = 20  # characters a headline holds, at least
_ROLE_LINE, _ROLE_WORDS = 60, 10  # a role's line under a writer's name, at most (a headline says more)


def _bulleted_among_menu(blocks: tuple[Block, ...], labels: list[Label | None], j: int) -> bool:
    """Line ``j``, not yet known, is a bulleted item in a menu list beside known items ("○ Tin tức" /
    "○ Lao động - Xã hội" / "○ Văn bản"): a menu item of the portal's own naming."""
    return blocks[j].text[:1] in MENU_BULLETS and any(
        0 <= k < len(blocks) and labels[k] == Label.NAVIGATION and blocks[k].text[:1] == blocks[j].text[:1]
        for k in (j - 1, j + 1))


def _fuller_headline(blocks: tuple[Block, ...], labels: list[Label | None], cands: list[int], given: int,
                     first_prose: int | None, vocab: Vocabulary) -> int | None:
    """A line under the template's title that opens with its words and says more, right over the
    date line that stands over the text ("PHIÊN CHỢ PHỤ NỮ KHỞI NGHIỆP" / … / "Phiên chợ phụ nữ khởi
    nghiệp tại xã Cư Bông Tây thu hút …" / "Đăng ngày: 20/11/2024 | …" / the text): the headline; so is
    any headline there under a title element holding the section's name."""
    if section_name(blocks[given].text, vocab) and (date_at := next(
            (j for j in range(given + 2, min(len(blocks), given + _TITLE_TO_DATE)) if labels[j] == Label.DATE), None)):
        over = date_at - 1  # the template's title element holds the section's name, and the headline stands over
        if (labels[over] in (None, Label.OTHER) and len(blocks[over].text) >= _HEADLINE_CHARS  # the date line, in
                and _title_like(blocks[over].text, _dates.patterns(vocab)) and not ends_sentence(blocks[over].text)):
            return over  # the chrome the template leaves round its fields ("Tin hoạt động xã, thị trấn" / "Quay
            # lại" / "Xã Hà Liên ra mắt mô hình …" / "15/05/2024 16:40")
    if first_prose is None or first_prose < 2 or labels[first_prose - 1] != Label.DATE:
        return None
    at = first_prose - 2
    if at <= given or at not in cands:
        return None
    head, line = fold(blocks[given].text).strip(" .:"), fold(blocks[at].text)
    if section_name(blocks[given].text, vocab) and _title_like(blocks[at].text, _dates.patterns(vocab)):
        return at  # the template's title element holds the section's name ("Tin tức các xã, thị trấn")
    return at if len(line) > len(head) + 10 and line.startswith(head + " ") else None


def _pick_title(
    blocks: tuple[Block, ...], labels: list[Label | None], cands: list[int], first_prose: int | None,
    vocab: Vocabulary, vietnamese: bool,
) -> int | None:
    """The title among the header candidates (see the module docstring)."""
    cands = [c for c in cands if not (":" in blocks[c].text[:CREDIT_LABEL] and _credit_over_text(blocks[c].text, vocab))]
    if not cands:
        return None  # (a writer's credit is no headline: "Bài và ảnh: Trần Mỹ Linh" / the date line, a capture of the
        # text alone)
    pat = _dates.patterns(vocab)
    dates = [i for i, lab in enumerate(labels[:(first_prose or len(labels)) + 1]) if lab == Label.DATE]
    date_at = dates[0] if dates else None
    if len(dates) > 1 and not any(c < dates[0] for c in cands):
        date_at = dates[1]  # (the first, over the whole header, is the site's clock: "Thứ Sáu, 15/03/2024")
    elif len(dates) > 1 and (dates[0] < _CLOCK_LINES or labels[dates[0] - 1] == Label.NAVIGATION
                             or labels[dates[0] + 1] == Label.NAVIGATION) and any(
            dates[0] < c < dates[1] and _title_like(blocks[c].text, pat)
            and all(labels[j] is not None for j in range(c + 1, dates[1])) for c in cands):
        date_at = dates[1]  # (the site's name, its clock, the menu, then a headline over its byline and date line;
        # or the clock under the menu and the trail: "… › Kinh tế" / "Thứ năm, 14/11/2024" / headline / date line;
        # or the clock over the menu, under an app's banner and the site's name)
    elif (len(dates) > 1 and ":" in blocks[dates[-1]].text and any(dates[-2] < c < dates[-1] for c in cands)
          and not any(ch.isalpha() for d in dates[:-1] for ch in blocks[d].text)):
        date_at = dates[-1]  # a slider's or a list's headlines over their bare dates ("24/05/2024"), then the
        # article's headline over its labelled date line ("Tác giả: Minh Luân - Ngày đăng: 27/05/2024")
    if date_at is not None and any(c < date_at for c in cands):
        choice = max(c for c in cands if c < date_at)
        anchored = True
    elif date_at is not None:
        choice = cands[-1]
        anchored = choice == date_at + 1 or all(labels[j] is not None for j in range(date_at + 1, choice))
    else:
        at = len(cands) - 1
        while at and sum(len(w) >= 2 for w in blocks[cands[at]].text.split()) < 2:
            at -= 1  # (no date line: the last candidate, not the tools' letters and icons under it, "A A A  🖶")
        choice, anchored = cands[at], False
    while cands.index(choice) > 0 and (_field_label(blocks[choice].text, vocab)
                                       or choice and _field_label(blocks[choice - 1].text, vocab)
                                       or _source_field(blocks[choice].text, vocab)
                                       or _undated_date_field(blocks[choice].text, vocab)
                                       or fold(blocks[choice].text) in vocab.desk_signatures  # (a reader view's byline:
                                       or _signature.desk_of_unit(blocks[choice].text, vocab)
                                       # "Ban Biên tập" under the headline, or the portal's: "Ban Biên tập Cổng TTĐT huyện …")
                                       or ":" in blocks[choice].text[:CREDIT_LABEL]
                                       and (_signature.uploader_label(blocks[choice].text, vocab)  # ("Tin đăng bởi: …")
                                            or _credit_over_text(blocks[choice].text, vocab))
                                       # (a reader view's writer line: "Tác giả: Quản trị hệ thống · phuvinh.…gov.vn")
                                       or " | " in blocks[choice].text and pat.starts_meta.match(blocks[choice].text)
                                       or choice - 1 in cands and len(blocks[choice - 1].text) > len(blocks[choice].text)
                                       and _byline_under_headline(blocks[choice].text, vocab)):
        # (or the meta row under it, its date with no year unread: "Thứ Năm, 14/11 - 09:30 | bientap.longmy | 1.342")
        choice = cands[cands.index(choice) - 1]  # "Người đăng tin:" / "Phan Thị Mỹ Duyên" / "Ngày đăng tin:" under it;
        # the source's field under the headline ("Nguồn: Tổ Khoa học tự nhiên" / "Người gửi: …", Violet's)
    crumbed = next((c for c in reversed(cands) if c > choice and labels[c - 1] == Label.NAVIGATION
                    and c + 1 < len(labels) and labels[c + 1] == Label.DATE and first_prose is not None
                    and c + 2 <= first_prose <= c + _CRUMBED_TEXT and breadcrumb(blocks[c - 1].text, vocab)), None)
    if crumbed is not None:
        choice, anchored = crumbed, True  # a box's item over its own date above, then the article's trail, its
        # headline and date line and its text ("Văn bản mới" / "Quyết định …" / "Ngày ban hành: …" / "Tin tức >
        # Kinh tế" / headline / "Thứ Năm, 10/10/2024 | 15:20" / …)
    header = _document_header(blocks, cands[0], choice, vocab)
    if header is not None and any(labels[j] == Label.NAVIGATION and breadcrumb(blocks[j].text, vocab)
                                  for j in range(header + 1, choice)):
        header = None  # a notice's box before the article, the trail under it over the headline: no document posted
    over_header = [c for c in cands if header is not None and c < header and not site_banner(blocks[c].text, vocab)]
    if over_header:  # a document posted as the article: the portal's title heads it, not a line of the
        choice, anchored = over_header[-1], True  # paper's header (its issuer "ỦY BAN NHÂN DÂN XÃ …") nor its "Căn cứ …;"
    headed = (date_at is not None and choice == date_at - 1 and len(blocks[choice].text.split()) >= _HEADLINE_WORDS
              and not section_name(blocks[choice].text, vocab))  # (a headline right over the date line)
    below = [c for c in cands if date_at is not None and c > date_at
             and not (headed and c + 1 < len(blocks) and blocks[c + 1].text == blocks[c].text)]  # (not a caption printed
    # twice under them, the image's title over its caption: WebCenter's; a headline printed twice under a section's
    # name over the date line is the page's)
    if (below and date_at is not None and choice < date_at
            and _title_below_date(blocks, labels, choice, (under := _headline_below(blocks, below, pat)), first_prose,
                                  date_at, pat, vocab)
            and (under - date_at < 2 or _document_header(blocks, max(date_at + 1, under - _HEADER_OVER_SUBJECT), under - 1,
                                                         vocab) is None)):  # (not the
        # subject of the document posted under its paper header: the portal's headline over the date line heads it)
        choice = under  # a date line above the title, a category heading above the date
        anchored = choice == date_at + 1 or all(labels[j] is not None for j in range(date_at + 1, choice))
    while not anchored and cands.index(choice) > 0 and _residue(blocks[choice].text, vietnamese):
        above = cands[cands.index(choice) - 1]  # "Title" / "26/10/2023 | admin": the line above it,
        if len(blocks[above].text) > 200 or _dates.opens_with_date(blocks[above].text):
            break  # unless that is a paragraph ("Ngày 06/12/2021, …" cut off before its full stop)
        choice = above
    above = cands[cands.index(choice) - 1] if cands.index(choice) > 0 else None
    if (not anchored and above is not None
            and all(labels[j] in _META_BETWEEN for j in range(above + 1, choice))  # (its meta between: "Đăng bởi …")
            and (vocab.caption_start.match(fold(blocks[choice].text))
                 or vocab.caption_leaders.match(fold(blocks[choice].text)) and first_prose is not None
                 and _dates.opens_with_date(blocks[first_prose].text))
            and _title_like(blocks[above].text, pat) and not ends_sentence(blocks[above].text)):
        choice = above  # "Title" / "Lãnh đạo xã trao quà …" (the lead photo's caption under it, over a lead with its date)
    if (blocks[choice].text[:1] in "([" and choice - 1 in cands and _bracketed_byline(blocks[choice].text, vocab)
            and _title_like(blocks[choice - 1].text, pat)):
        choice -= 1  # the writer and unit in brackets under the headline ("[Hồng Vân - TYT xã]"): the line above heads it
    elif (choice - 1 in cands and blocks[choice].text.isupper() and not blocks[choice - 1].text.isupper()
          and _co_authors(blocks[choice].text, vocab) and _signature.names_like(blocks[choice].text, vocab)
          and _title_like(blocks[choice - 1].text, pat)):
        choice -= 1  # the writers in capitals under the headline ("NGUYỄN HOÀNG - TRÚC LY"): the line above heads it
    elif (choice - 1 in cands and ", ngày " in blocks[choice].text and _place_date(blocks[choice].text, pat)
          and _title_like(blocks[choice - 1].text, pat) and not _place_date(blocks[choice - 1].text, pat)):
        choice -= 1  # a dateline in a letter's shape under the headline ("Hà Lộc Tây, ngày 03 tháng 6 năm 2024")
    if (len(blocks[choice].text) <= MENU_ITEM and sum(w not in "-–" for w in blocks[choice].text.split()) <= _MENU_WORDS
            and (not _dated_below(labels, choice)  # (or set apart from the date line under it, not from the menu:
                 or not blocks[choice].blank_before and choice + 1 < len(blocks) and blocks[choice + 1].blank_before
                 and not _second_title_line(blocks, choice - 1, pat, vocab))  # a headline's last line is no item
            and not (choice and breadcrumb(blocks[choice - 1].text, vocab))  # (the trail's page, under it)
            and not _views_below(blocks, labels, choice, vocab)  # (the post's tools and views under it)
            and _in_menu(blocks, labels, choice)):
        return None  # the menu's last item ("Văn bản Đoàn"), with no date line under it
    if choice and _link_item(blocks[choice]) and _link_item(blocks[choice - 1]):
        return None  # the last link of a sidebar list ("Văn bản mới") over the article's meta block
    if not anchored and first_prose is not None and _last_box_item(blocks, labels, choice, first_prose):
        labels[choice] = Label.NAVIGATION
        return None  # a side box's last headline over the text, the headline lost: it names none of the text's words
    if (cands.index(choice) > 0 and section_name(blocks[choice].text, vocab)
            and (above := cands[cands.index(choice) - 1]) < choice - 1
            and all(labels[j] == Label.OTHER for j in range(above + 1, choice))
            and len(blocks[above].text.split()) >= _HEADLINE_WORDS and _title_like(blocks[above].text, pat)
            and not ends_sentence(blocks[above].text)):
        labels[choice] = Label.NAVIGATION  # the section's name over the date line, the headline over the reader
        choice = above  # view's byline and reading time ("Phường … khu dân cư" / "Ban bien tap quan" / "3–4 phút" /
        # "Tin tức hoạt động các phường" / "Ngày đăng …")
    if (len(blocks[choice].text.split()) <= _MENU_WORDS and _menu_name(blocks, labels, choice)
            or section_name(blocks[choice].text, vocab)):  # (its words counted without a dash between them)
        labels[choice] = Label.NAVIGATION
        return None  # the category's box heading, a menu item's name ("TIN HOẠT ĐỘNG XÃ" / "» Tin hoạt động xã")
    wrapped_after_colon = not anchored and choice - 1 in cands and _colon_headline_wrapped(blocks, choice - 1, pat)
    if wrapped_after_colon or choice - 1 in cands and _second_title_line(blocks, choice - 1, pat, vocab):
        choice -= 1  # "Phường … năm 2023" / "và triển khai …": a headline printed over two lines
    text = blocks[choice].text
    if choice + 1 in cands and (wrapped_after_colon or _second_title_line(blocks, choice, pat, vocab)):
        text = f"{text} {blocks[choice + 1].text}"
    if choice == 0 and text.isupper() and len(blocks) > 1 and labels[1] == Label.NAVIGATION and _signature.unit_signature(
            text, vocab):
        return None  # the body that runs the site, its name in capitals opening the page over its menu ("BAN DÂN VẬN
        # HUYỆN ỦY …" / "Trang chủ   Giới thiệu   …"): its banner, no headline
    if (date_at is not None and choice < date_at and first_prose is not None and site_banner(text, vocab) and (later := [
            c for c in cands if date_at < c < first_prose and labels[c - 1] == Label.NAVIGATION
            and len(blocks[c].text.split()) >= _HEADLINE_WORDS and _title_like(blocks[c].text, pat)
            and not ends_sentence(blocks[c].text) and all(labels[j] is not None for j in range(c + 1, first_prose))])):
        return later[-1]  # the site's banner over its clock, then the menu and the trail, the headline under them over its
        # meta lines ("TRƯỜNG PTDTBT THCS …" / "Thứ Tư, 08/05/2024" / menu / "Tin tức › …" / headline / "2 năm trước")
    if not _title_like(text, pat) or site_banner(text, vocab) or _HOURS_FIELD.match(text) or _MOTTO.match(text):
        return None  # (the site's banner under a menu button: "≡ Menu" / "TRANG TTĐT THỊ TRẤN …"; its
        # opening hours: "Giờ làm việc: Thứ Hai - Thứ Sáu: 7h00 - 11h30, 13h30 - 17h00")
    if ":" in text and _PHONE_FIELD.match(text):
        labels[choice] = Label.FOOTER
        return None  # the header's hotline ("Điện thoại trực cấp cứu 24/24: 0206.3878.114")
    if (not anchored and blocks[choice].near_image and blocks[choice].align == "center" and blocks[choice].tag
            and blocks[choice].tag[:1] != "h" and blocks[choice].role != "title"):
        labels[choice] = Label.CAPTION  # a line set centred under a photo, in no heading element: the photo's caption
        if not (choice - 1 in cands and not blocks[choice - 1].near_image and _title_like(blocks[choice - 1].text, pat)
                and not ends_sentence(blocks[choice - 1].text)):
            return None
        choice -= 1  # (the headline over it: "Title" / its photo / "Đại diện … trao quyết định …")
        text = blocks[choice].text
    if vietnamese and text.isascii():
        return None  # no Vietnamese letter on a Vietnamese page: a login or site name ("QUYET TIEN")
    # A sentence, a line that opens like a caption ("Quang cảnh hội nghị") or like a lead with its
    # date ("Ngày 5/4/2024, UBND …" cut off before its full stop) heads the page only when the
    # article restates it; nothing else vouches for it without a date line beside it.
    if not anchored and ((ends_sentence(text) and not text.endswith("?")) or vocab.caption_start.match(fold(text))
                         or vocab.caption_person.match(fold(text)) or _named_with_role(text, vocab)
                         or _dates.opens_with_date(text)):
        following = first_prose if first_prose is not None else _next_unlabelled(labels, choice)
        if following is None or restated(text, blocks[following].text) < 0.5:
            return None  # a caption or sentence, not a title
    if anchored and (_photo_words(fold(text), vocab) or _named_with_role(text, vocab)):
        return None  # over the date line, who the photo shows by their honorific or what it shows done ("Đồng chí …,
        # Bí thư … trao quà …", "Ông …, Phó Chủ tịch …", "Các đại biểu cắt băng khánh thành …"), as no headline says
        # it: the photo's caption
    if not anchored and choice == 0 and (vocab.caption_leaders.match(folded := fold(text)) or vocab.photo_actions.search(
            folded)):
        following = first_prose if first_prose is not None else _next_unlabelled(labels, choice)
        if following is None or restated(text, blocks[following].text) < _CAPTION_RESTATED:
            return None  # the page opening on who the photo shows doing what ("Cán bộ Thú y xã tiêm phòng …",
            # "Đại biểu … cắt băng khánh thành …"), over the lead: its caption, unless the text says it again closely
    if date_at is not None and 0 < choice < date_at and labels[choice - 1] is not None and any(
            labels[j] == Label.NAVIGATION and blocks[j].text.count(" | ") >= 2 and ":" not in blocks[j].text
            for j in range(choice + 1, date_at)):
        return None  # under the site's banner, the site's menu row between it and the date line: the header's
        # line, the headline lost ("TRẠM Y TẾ XÃ …" / "Trung tâm Y tế huyện … - Sở Y tế …" / hotline /
        # "Giới thiệu | Tin hoạt động | …" / date line); not a tool row ("Cỡ chữ: nhỏ | vừa | lớn")
    if (not anchored or date_at is not None and choice > date_at) and (trail := next(
            (j for j in range(choice - 1, max(-1, choice - _TRAIL_OVER_TITLE), -1) if labels[j] == Label.NAVIGATION
             and blocks[j].text.endswith(("...", "…")) and breadcrumb(blocks[j].text, vocab)), None)) is not None:
        named = _CRUMB_SLASH.split(_CRUMB_ARROW.split(blocks[trail].text)[-1])[-1].rstrip(".… ")
        if len(named.split()) >= _HEADLINE_WORDS and not fold(text).startswith(fold(named)[:_NAMED_HEAD]):
            return None  # the trail names the headline, cut short ("… » Xã Mỹ Yên ra quân xây dựng tuyến đường
            # hoa..."), and this line is not it (a photo's caption under the date line): the page prints no other
    return choice


def _photo_words(folded: str, vocab: Vocabulary) -> bool:
    """Opens as only a photo's caption does, with who it shows by their honorific ("đồng chí …") or its
    words ("các đại biểu …", "quang cảnh …"; not a photo story's label, "ảnh: …"), or says what it shows
    being done ("… cắt băng khánh thành …")."""
    return bool(vocab.caption_person.match(folded) or (start := vocab.caption_start.match(folded)) and start.group()[-1:] != ":"
                or vocab.photo_actions.search(folded))


def _named_with_role(text: str, vocab: Vocabulary) -> bool:
    """Opens with a person as a caption names them: an honorific, the name, then their office after a
    comma ("Ông Huỳnh Văn Lợi, Phó Chủ tịch UBND xã trao quà …"); a headline names no one so."""
    honorific = vocab.honorific_start.match(fold(text[:_NAMED_HEAD]))
    return bool(honorific and (name := _NAME_THEN_COMMA.match(text, honorific.end()))
                and vocab.role_title.match(fold(text[name.end():name.end() + _NAMED_HEAD])))


_NAMED_HEAD = 40  # characters: an honorific, or an office, opening a line
_NAME_THEN_COMMA = regex.compile(r" \p{Lu}\w*+(?: \p{Lu}\w*+){1,4}, ")


def _undated_date_field(text: str, vocab: Vocabulary) -> bool:
    """A date's field, its label and a colon, holding no date (Joomla's "Được đăng: Tin tức địa phương", the
    category where the date is switched off): no headline."""
    return (len(text) <= BYLINE_LINE and (label := date_labels(vocab).match(text)) is not None
            and text[label.end():].lstrip()[:1] == ":" and not HAS_DIGIT.search(text))


def _source_field(text: str, vocab: Vocabulary) -> bool:
    """A source's field, its label and a colon, then its value ("Nguồn: Tổ Khoa học tự nhiên"): no headline."""
    return len(text) <= BYLINE_LINE and ":" in text[:CREDIT_LABEL] and _signature.source_line(text, vocab)


def _field_label(text: str, vocab: Vocabulary) -> bool:
    """A meta field's label alone on its line, its value on the next ("Người đăng tin:", "Ngày đăng tin:",
    a theme's bare "Bởi" over the account)."""
    return len(text) <= 30 and (
        text.endswith(":") and (_signature.uploader_label(text, vocab) or date_labels(vocab).match(text) is not None)
        or len(text.split()) <= 2 and _signature.uploader_label(text, vocab))


def _clock_over_trail(blocks: tuple[Block, ...], labels: list[Label | None], dated: tuple[int, _dates.DateMatch],
                      title: int, vocab: Vocabulary) -> bool:
    """A weekday and a day, no time, alone on a line between the site's menu and the breadcrumb trail
    over the headline, nothing but the trail's lines between, or the menu's section alone ("Thứ sáu,
    16/07/2021" / "Tin tức" / headline): the site's clock."""
    at, date = dated
    return (0 < at < title - 1 and date.hour is None and labels[at - 1] == Label.NAVIGATION
            and fold(blocks[at].text[:4]) in ("thứ", "chủ") and len(date.text) >= len(blocks[at].text.strip()) - 1
            and (breadcrumb(blocks[at + 1].text, vocab)
                 or at + 2 == title and vocab.line_kinds.get(line_key(blocks[at + 1].text)) == "navigation")
            and all(labels[j] in (Label.NAVIGATION, Label.FOOTER) for j in range(at + 1, title)))  # (a trail from
    # the site's name, "Cổng thông tin điện tử huyện … > Tin tức", read as its banner)


_DOCUMENT_SUBJECT = 200  # characters: a document's subject line ("Về việc …"), a headline's length


def _document_heading(blocks: tuple[Block, ...], labels: list[Label | None], title: int | None,
                      first_prose: int | None, vocab: Vocabulary) -> int | None:
    """An official document's kind in capitals ("THÔNG BÁO") under its paper header, its subject on
    the line under it, when nothing above the header heads the page (the title picked is below the
    kind, or none): the kind's line, else None."""
    end = first_prose if first_prose is not None else min(len(blocks), 40)
    for i in range(1, min(end, len(blocks) - 1)):
        text = blocks[i].text
        if not (len(text) <= 30 and text.isupper() and line_key(text) in vocab.document_kinds):
            continue
        if title is not None and title < i or _document_header(blocks, max(0, i - 6), i - 1, vocab) is None:
            return None
        subject = blocks[i + 1].text
        if (i + 1 < end and len(subject) <= _DOCUMENT_SUBJECT and not subject.isupper()
                and not ends_sentence(subject) and not subject.endswith(";") and labels[i + 1] in (None, Label.NAVIGATION)):
            return i
        return None
    return None


def _document_header(blocks: tuple[Block, ...], start: int, end: int, vocab: Vocabulary) -> int | None:
    """The first line of an official document's paper header between ``start`` and ``end`` (its
    number "Số: 05/TB-UBND", the national motto, or its place and date), or None. The number or
    the motto must be there: a place and date alone may be a header clock ("Hôm nay, ngày …")."""
    first = None
    for i in range(start, end + 1):
        text = blocks[i].text
        if len(text) > 80:
            continue
        if (text[:2] == "Số" and _DOCUMENT_NUMBER.match(text)
                or text[:1] in vocab.document_motto_starts and line_key(text) in vocab.document_motto):
            return i if first is None else first
        if first is None and _PLACE_DATE.match(text):
            first = i
    return None


_TAG_LINK = 40  # characters: a tag's link ("vải thiều") is a word or two


def _link_tags(blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool], start: int) -> None:
    """Short links one per list item after the article's last paragraph: its tags, a list no text
    follows; they end the article (the signature above them is then the last line)."""
    last_prose = max((i for i in range(start, len(blocks)) if labels[i] is None and is_prose(blocks[i].text)),
                     default=None)
    if last_prose is None:
        return
    j = last_prose + 1
    while j < len(blocks) and labels[j] is None and j <= last_prose + 2 and not _link_item(blocks[j]):
        j += 1  # (the signature between)
    while j < len(blocks) and labels[j] is None and _link_item(blocks[j]) and blocks[j].link_density >= 0.9 \
            and len(blocks[j].text) <= _TAG_LINK:
        labels[j], terminal[j] = Label.NAVIGATION, True
        j += 1


def _headline_links(blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool], start: int) -> None:
    """Headlines one link per list item after the article's paragraphs (past its signature and an
    album the template set between): a list of other articles with no heading of its own, or one
    the lists take for a read-more link ("Đọc tiếp"). It ends the article."""
    n = len(blocks)
    for i in range(start, n):
        if labels[i] is not None or blocks[i].tag != "li" or not _headline_link(blocks[i]):
            continue
        items = i
        while items < n and labels[items] is None and _headline_link(blocks[items]):
            items += 1
        if items - i < 2:
            continue
        k, plain = i - 1, 0
        while k >= start and (labels[k] in _PAST_LIST or labels[k] is None and plain < 2 and not is_prose(blocks[k].text)
                              and not _link_item(blocks[k])):
            plain += labels[k] is None  # (the signature, a line of the album's)
            k -= 1
        if k >= start and labels[k] is None and is_prose(blocks[k].text):
            for j in range(i, items):
                labels[j], terminal[j] = Label.RELATED, True
        return


def _headline_link(block: Block) -> bool:
    """A list item that is one link to a headline (not a tag's word or two, not a sentence)."""
    return (_link_item(block) and block.link_density >= 0.9 and _TAG_LINK < len(block.text) <= _HEADLINE_LINK
            and not ends_sentence(block.text))


_PAST_LIST = frozenset({Label.GALLERY, Label.CAPTION, Label.NAVIGATION, Label.RELATED, Label.SHARE})
_HEADLINE_LINK = 200  # characters: a headline's link in a list of other articles


_LINK_ROW = 100  # characters: a row of page tools printed as links side by side
_TOOL_WORDS = 4  # the longest tool's words ("Chia sẻ lên Facebook")


_NUMBER = regex.compile(r"(?<!\p{L})\d")  # a number, not a digit in a word ("Bản in A4")
_ROW_WORDS = 16  # the most words in a row of a few page tools
_ONE_END_WORDS = 8  # the fewest in such a row known by one end only (a menu item is shorter)


def _link_row_kind(text: str, vocab: Vocabulary, inner: bool = True) -> str | None:
    """A row of links run together with no separator, a known page tool at one end at least and
    links in the site's own words beside it ("In tin này Gửi cho người thân Chia sẻ lên Facebook",
    "Bản để in Gửi bài cho bạn Ý kiến về bài viết Lên đầu trang"): share if an end is a share
    tool, else navigation."""
    words = text.split()
    if len(words) < 2:
        return None
    ends = []
    for opening in (True, False):
        kinds = {boilerplate_kind(vocab, " ".join(words[:k] if opening else words[-k:]))
                 for k in range(1, min(_TOOL_WORDS, len(words) - 1) + 1)}
        ends.append(kinds & {"share", "navigation", "related"})  # ("… Gửi câu hỏi": a Q&A page's button)
    if not all(ends) and (not _ONE_END_WORDS <= len(words) <= _ROW_WORDS or ends_sentence(text)
                          or _NUMBER.search(text)):
        return None  # (one end only: a few tools, not a menu item, a linked sentence or a dated headline)
    if not any(k & {"share", "navigation"} for k in ends):
        # (or a page tool of two words or more between them: "Tải về dạng PDF Gửi qua email Phản ánh, góp ý";
        # not looked for in a list item, a related headline more likely)
        inside = inner and any(vocab.line_kinds.get(line_key(" ".join(words[k:k + size]))) == "share"
                     for k in range(1, len(words) - 2) for size in range(2, min(_TOOL_WORDS, len(words) - 1 - k) + 1))
        return "share" if inside and len(words) <= _ROW_WORDS and not _NUMBER.search(text) else None
    return "share" if any("share" in k for k in ends) else "navigation"


def _link_item(block: Block) -> bool:
    return block.tag == "li" and block.link_density >= 0.5


_CREDIT_NAME = 30  # characters: a photographer's name closing a caption ("… Phước Thượng. Ảnh: Q.B")


def _photo_credited(text: str, vocab: Vocabulary) -> bool:
    """A photo caption with its photographer: "(Ảnh: Minh Đức)" in it, or "Ảnh: …" opening it (a
    writer's "Bài và ảnh: …" is a byline)."""
    m = vocab.photo_credit.search(text)
    return m is not None and (text[m.start()] == "(" or m.start() == 0 and vocab.photo_credit_line.match(text) is not None
                              or text[:m.start() + 1].rstrip().endswith(".") and len(text) - m.end() <= _CREDIT_NAME)


_CAPS_WRAP = 34  # characters: a line in capitals this long may be a headline wrapped onto the next (a print's
_CAPS_WRAP_SURE = 40  # narrow column read back by OCR); from this long, whatever the next line names


_CENTRE_SLACK = 3  # columns: two lines centred on one page column, each rounded its own way


def _centred_pair(blocks: tuple[Block, ...], first: int) -> bool:
    """``first`` and the line under it (no blank line between) are one headline centred over two
    lines by a text browser: both indented, their middles on one column, the first stopping
    mid-phrase ("        Phường Đoàn An Khánh Tây ra quân Chiến dịch" / "          Thanh niên tình
    nguyện hè năm 2024")."""
    if first + 1 >= len(blocks):
        return False
    a, b = blocks[first], blocks[first + 1]
    # (indented alike, the two are left-aligned text indented as a block, not centred)
    return (a.indent >= _CENTRE_SLACK and b.indent >= _CENTRE_SLACK and a.indent != b.indent
            and not b.blank_before and not a.tag
            and abs((2 * a.indent + len(a.text)) - (2 * b.indent + len(b.text))) <= 2 * _CENTRE_SLACK
            and not ends_sentence(a.text) and not a.text.endswith((":", ";")) and len(a.text) + len(b.text) <= 250)


def _second_title_line(blocks: tuple[Block, ...], first: int, pat: _dates.DatePatterns, vocab: Vocabulary) -> bool:
    """The line under ``first`` carries on its headline: ``first`` opens with a capital and stops
    mid-phrase, and the next line, short, opens in lower case, which no headline does ("Phường Hòa
    An tổng kết công tác năm 2023" / "và triển khai nhiệm vụ năm 2024") and no date line either."""
    if first + 1 >= len(blocks):
        return False
    head, tail = blocks[first].text, blocks[first + 1].text
    if _whole_headline_element(blocks, first):
        return False  # the template's headline element holds all of it (its meta row under it: "bientap Thẻ: …")
    # (a headline in capitals carries on in capitals: "… NGÀY HỘI TOÀN DÂN" / "BẢO VỆ AN NINH …")
    # (not over a blank line on a page that has them: a campaign banner, then the headline)
    carries_on = tail[:1].islower() or (head.isupper() and tail.isupper() and (
                                            len(head) >= _CAPS_WRAP or head.count(" ") >= 4 and blocks[first].blank_before
                                            and not blocks[first].tag and not section_name(head, vocab)
                                            and (first + 2 == len(blocks) or blocks[first + 2].blank_before))
                                        and not (blocks[first + 1].blank_before and not blocks[first + 1].tag)
                                        and (len(head) >= _CAPS_WRAP_SURE or not site_banner(tail, vocab)))
    # (a shorter line in capitals over a body's name is the site's banner: "PHÒNG GIÁO DỤC … HUYỆN NẬM HỒ" /
    # "TRƯỜNG PTDTBT THCS SÍN CHẢI B"; a shorter one goes on when the two stand apart together, a blank line over
    # and under them, a narrow column's: "XÃ HẢI HƯNG KỶ NIỆM 80 NĂM NGÀY" / "THÀNH LẬP HỘI NÔNG DÂN VIỆT NAM")
    if not carries_on and head.count(" ") >= 4 and fold(head.rsplit(None, 1)[-1]) in vocab.joiners:
        carries_on = True  # stopped on a word no headline ends on: "… trẻ từ 1 đến dưới" / "6 tuổi chưa tiêm …"
    if not carries_on and head.count("“") > head.count("”") and "”" in tail[:_QUOTE_CLOSED]:
        carries_on = True  # … or inside a quotation it opened, the next line closing it ("… Tết trồng cây “Đời đời nhớ
        # ơn" / "Bác Hồ” Xuân Kỷ Hợi 2019")
    if not carries_on and tail[:1].isdigit() and head.count(" ") >= 4 and _YEARS_ALONE.match(tail):
        carries_on = True  # … or a span of years wrapped to a line of its own ("… năm học" / "2023 - 2024")
    if (not carries_on and head.isupper() and tail.isupper() and head.count(" ") >= 4
            and (fold(tail.split(None, 1)[0]) in vocab.joiners or tail[:1] in _OPENING_QUOTES and not any(
                q in head for q in _OPENING_QUOTES))):
        carries_on = True  # … or in capitals, going on with such a word ("… KỸ NĂNG SỐ" / "CHO THÀNH VIÊN TỔ …"),
        # or with the quoted name it stopped before ("… RA MẮT MÔ HÌNH" / "“TUYẾN PHỐ VĂN MINH”")
    return (head[:1].isupper() and carries_on and len(head) <= 200 and len(tail) <= 150
            and not ends_sentence(head) and not head.endswith(";") and " / " not in head  # (a trail: "Truyền hình / Bản tin …")
            and (not head.endswith(":") or _place_before_colon(head, vocab) and len(tail.split()) >= 3)
            and pat.starts_meta.match(tail) is None
            and not (tail.isascii() and " " not in tail)  # (a login under it, "bientap": the byline's; "undefined")
            and not (tail.isascii() and account_line(tail, vocab))  # (or an account's name: "admin admin", a reader's)
            and _FIELD_GAP not in tail  # (fields set apart by a wide gap: "quantri    0 bình luận", a meta row)
            and tail.count(" · ") < 2  # (… or by middle dots: "vithanh.haugiang.gov.vn · admin_p3 · Jul 12, 2024 · …")
            and not (_signature.uploader_label(tail, vocab)  # ("bởi quantri_anhoatay": who posted it; a headline in
                     and not (tail.isupper() and len(tail.split()) > _UPLOADER_WORDS)))  # capitals goes on "BỞI DỰ ÁN …")


_OPENING_QUOTES = "“\"«„"
_CRUMBED_TEXT = 4  # lines from a headline under the trail to its text's first paragraph (its date line, views, tools)
_YEARS_ALONE = regex.compile(r"^(?:19|20)\d\d\s*+[-–]\s*+(?:19|20)\d\d$")  # "2023 - 2024", a school year
_LOGIN_ROW = 60  # characters: an account's login and a count of comments
_LOGIN = regex.compile(r"^[a-z][a-z0-9_.\-]{2,30}$")  # a CMS login: "quantri", "bientap_xa"


def _place_before_colon(head: str, vocab: Vocabulary) -> bool:
    """A place's name and a colon, a line of its own ("Phường Tân Hòa Tây:"): a headline's first
    line, its news under it; a field's label ("Tác giả:") is no name in capitals."""
    words = head[:-1].split()
    return (len(head) <= _PLACE_NAME and len(words) >= 2 and all(w[:1].isupper() for w in words)
            and fold(words[0]) in vocab.site_units)


def _whole_headline_element(blocks: tuple[Block, ...], first: int) -> bool:
    """Block ``first`` is the template's headline element and the next is another kind of element."""
    return (blocks[first].role == "title" and blocks[first + 1].role != "title"
            and (blocks[first + 1].tag, blocks[first + 1].cls) != (blocks[first].tag, blocks[first].cls))


def _colon_headline_wrapped(blocks: tuple[Block, ...], first: int, pat: _dates.DatePatterns) -> bool:
    """A place's headline ("Xã Cao Sơn: Hoàn thành bàn giao mặt bằng dự án đường liên xã") stopped
    mid-phrase, a shorter unfinished line under it, then the text: one headline wrapped before a
    capital ("Cao Sơn – Đồng Lạc trước thời hạn"), which only a place's name opens. No headline
    stands under a whole headline of that shape."""
    head, tail = blocks[first].text, blocks[first + 1].text
    return (len(head) >= _WRAPPED_HEAD and len(tail) < len(head) and head.count(":") == 1 and ":" in head[:40]
            and not _whole_headline_element(blocks, first)  # ("<h1>Hải Ninh Đông: …</h1>" / "<li>Ban biên tập</li>")
            and _headline_after_colon(head)
            and not ends_sentence(head) and not ends_sentence(tail) and not head.endswith((":", ";", ","))
            and _title_like(head, pat) and tail[:1].isupper() and ":" not in tail
            and pat.starts_meta.match(tail) is None and not tail.isupper()
            and "_" not in tail and "@" not in tail)  # (a field with a login: "Người tạo chủ đề bbt_vinhthanh")


_WRAPPED_HEAD = 50  # characters: a headline wrapped by its width, not a short heading


def _residue(text: str, vietnamese: bool) -> bool:
    """A header line no reader would call a headline: no Vietnamese letter on a Vietnamese page
    (a login, a date with an account name), or more digits than letters."""
    if vietnamese and text.isascii():
        return True
    digits = len(text) - len(text.translate(_NO_DIGITS))
    return digits > 0 and digits > len(_NON_LETTERS.sub("", text))


_NO_DIGITS = str.maketrans("", "", "0123456789")
_NON_LETTERS = regex.compile(r"\P{L}+")


_CO_AUTHORS = regex.compile(r"\s[-–]\s")  # "ĐỨC MINH - THANH TÂM": two writers' names


def _prose_after_tools(blocks: tuple[Block, ...], at: int, vocab: Vocabulary) -> bool:
    """The text's prose at ``at``, or after a row or two of the page's tools ("Nghe bài viết" /
    "Cỡ chữ: A- A+")."""
    for j in range(at, min(at + 5, len(blocks))):
        text = blocks[j].text
        if is_prose(text):
            return True
        if not (_link_row_kind(text, vocab, inner=True) == "share" or vocab.font_tool_opening.match(text)
                or boilerplate_kind(vocab, text) == "share" or _DURATION.match(text) or _PLAYER_CLOCK.match(text)):
            return False  # (a read-aloud player's rows: "Nghe bài viết" / "00:00" / "Tốc độ đọc 1x" / its voice)
    return False


def _without_qualifier(text: str, vocab: Vocabulary) -> str:
    """A byline without its qualifier in brackets ("THU THẢO (thực hiện)", qualifiers.txt)."""
    if text.endswith(")") and (open_at := text.rfind(" (")) > 0 and fold(text[open_at + 2:-1]) in vocab.qualifiers:
        return text[:open_at]
    return text


def _co_authors(text: str, vocab: Vocabulary) -> bool:
    """Two writers' names or more between dashes ("Thanh Hà – Quốc Việt"), none of them a phrase of
    the vocabulary or a unit ("Văn Hóa - Xã Hội" is a category's name)."""
    names = _CO_AUTHORS.split(text)
    return len(names) >= 2 and len(text) <= 60 and not any(
        boilerplate_kind(vocab, name) or _signature.role_like(name, vocab) for name in names)
_PLACE_NAME = 40  # characters: a dateline's place ("Hòa Khánh Tây, 14/10/2023")
_UNDER_TITLE = frozenset({Label.OTHER, Label.NAVIGATION, Label.SHARE})  # a byline, the page's tools
_POST_HEADER = frozenset({Label.DATE, Label.OTHER, Label.RELATED, Label.SHARE, Label.COUNTER})  # a post's meta lines


def _tools_under_title(blocks: tuple[Block, ...], labels: list[Label | None], start: int, end: int) -> bool:
    """Lines ``start`` to ``end`` are what a template prints between a headline and its text: a byline, the
    views, the page's tools, a link to the comments among them ("Cỡ chữ A A A" / "Nghe đọc bài viết" /
    "Bình luận" / "In")."""
    return all(labels[j] in _UNDER_TITLE or labels[j] == Label.COUNTER
               or labels[j] == Label.RELATED and len(blocks[j].text) <= _COMMENT_COUNT for j in range(start, end))


def _headline_after_colon(text: str) -> bool:
    """A headline after its place's name and a colon ("Phường Đông Lạc: Hơn 3.200 học sinh …"),
    not a field's label and short value ("Chuyên mục: Tin tức", "Tác giả: Lê Na")."""
    return len(text.partition(":")[2].split()) >= _HEADLINE_WORDS


_HEADLINE_WORDS = 5


def _menu_run_above(blocks: tuple[Block, ...], labels: list[Label | None], at: int) -> bool:
    """The lines right over line ``at`` are a menu's items, one a line: two at least, each a known item or a
    few words the vocabulary lacks, a known one among the last two; or, in a menu in capitals, among the
    last four ("TIN TỨC" / "  Thông báo" / "PHÒNG CHỐNG THIÊN TAI" / "VĂN BẢN" / "HỎI - ĐÁP")."""
    known = False
    capitals = blocks[at].text.isupper()
    for j in range(at - 1, max(at - 1 - _CAPS_MENU_RUN, -1), -1):
        if not (labels[j] == Label.NAVIGATION or labels[j] is None and len(blocks[j].text.split()) <= _MENU_WORDS
                and not ends_sentence(blocks[j].text) and (at - j <= 2 or capitals and blocks[j].text.isupper())):
            return False
        known = known or labels[j] == Label.NAVIGATION
        if known and at - j >= 2:
            return True
        if at - j >= 2 and not capitals:
            return False
    return False


_CAPS_MENU_RUN = 4  # lines over a menu's last item in capitals where one the vocabulary knows stands


def _title_below_date(
    blocks: tuple[Block, ...], labels: list[Label | None], above: int, below: int, first_prose: int | None,
    date_at: int, pat: _dates.DatePatterns, vocab: Vocabulary,
) -> bool:
    """Header lines on both sides of the date line: the one below is the title when the one
    above cannot be (a menu item, the post's writer), when the one below is printed twice, or when the
    article restates only the one below ("Hoạt động của phường" / date / "Hội thi nấu ăn …" /
    "Sáng 7/3, … tổ chức hội thi nấu ăn …")."""
    above_text, below_text = blocks[above].text, blocks[below].text
    if not _title_like(below_text, pat) or (ends_sentence(below_text) and not below_text.endswith("?")):
        return False
    if (below + 1 == first_prose and above == date_at - 1 and len(above_text) <= BYLINE_LINE
            and all(labels[j] in _POST_HEADER for j in range(date_at + 1, below))
            and (_signature.unit_signature(above_text, vocab) or _signature.names_like(above_text, vocab))):
        return True  # a blog's post header: its writer over the date, the reading time and the update, then the
        # headline over the text ("Ban Tuyên giáo Huyện đoàn" / "5 thg 7, 2024" / "2 phút để đọc" / …), Wix's
    if (below + 1 == first_prose and len(above_text.split()) <= _MENU_WORDS and not ends_sentence(above_text)
            and below > date_at + 1 and all(labels[j] in _UNDER_TITLE for j in range(date_at + 1, below))):
        return True  # a short heading over the date line, the page's tools, then the headline over the text
    if not _title_like(above_text, pat) or _menu_name(blocks, labels, above) or (
            0 < above < len(blocks) - 1 and labels[above - 1] == labels[above + 1] == Label.NAVIGATION
            and len(above_text.split()) <= _MENU_WORDS) or (
            len(above_text.split()) <= _MENU_WORDS and any(
                blocks[j].text == above_text and (labels[j - 1] == Label.NAVIGATION or labels[j - 1] is None
                                                  and len(blocks[j - 1].text.split()) <= _MENU_WORDS)
                for j in range(1, above - 1))):
        return True  # (a menu item's name over the date: the section, "Tin xã, thị trấn"; an item
        # of the menu itself, between two known ones: "Văn bản - Thông báo"; one of the menu's items
        # the vocabulary does not know, printed again: "Chuyển đổi số")
    if ((below == date_at + 1 or all(labels[j] == Label.COUNTER for j in range(date_at + 1, below)))
            and first_prose is not None and above + 1 < date_at
            and (below + 1 == first_prose or (":" not in below_text[:30] or _headline_after_colon(below_text))
                 and _tools_under_title(blocks, labels, below + 1, first_prose))
            and labels[date_at - 1] == Label.NAVIGATION):
        return True  # a menu's last item, the breadcrumb, then the date line (its views under it), the title (its
        # byline, views or the page's tools: "Cỡ chữ: A- A A+ | Nghe đọc bài viết"), the text
    if (below == date_at + 1 and first_prose is not None and above == date_at - 1 and above >= 2
            and _tools_under_title(blocks, labels, below + 1, first_prose)
            and len(above_text.split()) <= _MENU_WORDS < len(below_text.split()) and _menu_run_above(blocks, labels, above)):
        return True  # a list of menu items, one a line, its last ones unknown ("Văn bản Đoàn" / "Tháng Thanh
        # niên 2024"), then the date, then the headline over the text (a blog's layout; its views and tools
        # between: "Lượt xem: 412" / "100%")
    twice = below + 1 < len(blocks) and labels[below + 1] == Label.OTHER and same_line(blocks[below + 1].text,
                                                                                       below_text)
    if (twice and above == date_at - 1 and above and labels[above - 1] == Label.NAVIGATION
            and breadcrumb(blocks[above - 1].text, vocab) and len(above_text.split()) > _MENU_WORDS
            and not ends_sentence(above_text)):
        twice = False  # a headline under the trail, over its date line: the line printed twice under the date is the
        # lead photo's, its alt text and its caption ("Các thành viên … biểu diễn …" twice)
    if twice or any(blocks[j].text.startswith(below_text) and blocks[j].text[len(below_text):].lstrip()[:1] in _TITLE_BAR_MARKS
                    for j in range(min(above, _TITLE_BAR_LINES))):
        return True  # (or printed in the browser's title bar the page opens with: "Đối thoại … năm 2023 | Liên đoàn …",
        # a print view's, whose banner stands over the date line)
    if first_prose is None:
        return False
    prose = blocks[first_prose].text
    return restated(below_text, prose) >= 0.5 > restated(above_text, prose)


_TITLE_BAR_MARKS = ("|", "-", "–", "—", "«", "»", ":")  # between a page's headline and its site in the browser's title
_TITLE_BAR_LINES = 3  # lines from the top: where a text page prints its browser title


def _find_end(
    blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool], start: int, vocab: Vocabulary
) -> int:
    """Index of the first block after the article: a strong end, or weak chrome with no prose after
    (a related box inside the article is passed over: see _related_box)."""
    n = len(blocks)
    last_prose = max((i for i in range(start, n) if labels[i] is None and is_prose(blocks[i].text)), default=start)
    card_end = 0  # (past the last line of a link card inside the text)
    if (signed := _signed_over_teasers(blocks, labels, start, last_prose, vocab)) is not None:
        return signed
    for i in range(start, n):
        lab = labels[i]
        if (lab == Label.GALLERY and not terminal[i] and i > last_prose and blocks[i].text[:1] in vocab.gallery_album_starts
                and not blocks[i].tag and vocab.gallery_album.match(fold(blocks[i].text))):
            return i  # an album heading inside the text ("Album ảnh ngày hội") with no paragraph after it
            # (a photo series' intro, "Một số hình ảnh …:", keeps its captions and the byline after them)
        if (lab is None and i < last_prose and len(blocks[i].text) <= _SHORT_HEADING and blocks[i].text.isupper()
                and i - 2 > start and _signed_over(blocks, labels, i, vocab)
                and _notes_under(labels, i, last_prose)
                and _prose_count(blocks, labels, start, i - 1, most=_SCROLLED_OVER) >= _SCROLLED_OVER):
            return i  # a side box's heading in capitals, no label of its own, right under the text's signature, a
            # note or two under it ("Nguyễn Văn Định" / "Công chức …" / "Ý KIẾN CỬ TRI" / "Cử tri thôn 5 hỏi: …")
        if not terminal[i] or lab is None:
            continue
        if (lab == Label.RELATED and i < last_prose and len(blocks[i].text) <= _SHORT_HEADING and not blocks[i].tag
                and _full_paragraphs(blocks, labels, i + 1, 2)):
            continue  # a link alone between the text's paragraphs ("Xem thêm video" under a player's residue)
        if lab == Label.RELATED and i < last_prose and (line_key(blocks[i].text) in vocab.related_box or (
                len(blocks[i].text) <= _SHORT_HEADING and i + 1 < n and (blocks[i + 1].text[:2] in _ITEM_BULLETS
                                                                          or blocks[i + 1].text.startswith("1. ")
                                                                          and i + 2 < n and blocks[i + 2].text.startswith("2. ")))) or (
                lab == Label.NAVIGATION and i < last_prose and blocks[i].text.isupper() and i + 2 < n
                and (labels[i + 1] == labels[i + 2] == Label.RELATED
                     or labels[i + 1] == labels[i + 2] == Label.OTHER and _DOCUMENT_TITLE_ITEM.match(blocks[i + 1].text))
                and len(blocks[i].text) <= _SHORT_HEADING):
            # (or a box of the site's new documents, its heading a menu's words: "VĂN BẢN MỚI" / dated titles)
            # (or any related heading over titles opening with a list's bullet: "Các tin đã đưa:" / "» …", or numbered: "TIN
            # XEM NHIỀU" / "1. …" / "2. …")
            box = _related_box(blocks, labels, i, vocab)
            if box:
                for j in range(i, box):
                    labels[j], terminal[j] = Label.RELATED, False
                continue
        if lab == Label.GALLERY and i > last_prose:
            after = _series_end(blocks, labels, i)
            if after > i and _byline_under(blocks, labels, after, vocab):
                return after + 1  # the byline under the photo series the template closes the text with
            if after > i and _two_line_byline_under(blocks, labels, after, vocab):
                return after + 2  # … or the writer's name over the role ("Bùi Văn Khiêm" / "Công chức Văn hóa - Xã hội xã")
            if (credited := _credit_past_series(blocks, labels, i + 1, vocab)) is not None:
                return credited + 1  # … or a writer's credit under a series the text closes with ("Một số hình
                # ảnh trong ngày hội:" / "[Hình ảnh] …" / captions / "Người viết: Nông Thị Thu Hà")
            return _album_heading(blocks, labels, i, last_prose, vocab)
        if (lab == Label.OTHER and i > last_prose and len(blocks[i].text) <= 120 and (ATTACHMENT.search(
                _without_link(blocks[i].text, vocab)) or ":" in blocks[i].text[:24]) and _byline_under(blocks, labels, i + 1, vocab)):
            return i + 2  # the byline under the notice's attachment ("Tệp đính kèm: ….docx (Tải về)" / "Ngọc Trâm"),
            # or under the post's tags ("Từ khóa: …" / "Người viết: Phạm Thu Trang" / "Người duyệt: …")
        if (lab == Label.OTHER and i > last_prose and len(blocks[i].text) <= 30 and blocks[i].text.endswith(":")
                and i + 1 < n and ATTACHMENT.search(_without_link(blocks[i + 1].text, vocab))
                and _byline_under(blocks, labels, i + 2, vocab)):
            return i + 3  # (the attachment's label over its file: "Tệp đính kèm:" / "KH-52….pdf (312 KB)" / byline)
        if lab == Label.GALLERY and i < last_prose and (
                blocks[i].role == "gallery" or len(blocks[i].text) <= 60 and vocab.gallery_count.match(fold(blocks[i].text))):
            continue  # an album the template set inside the text, or its count ("Album ảnh (8 ảnh)"), paragraphs after it
        if (lab == Label.GALLERY and i < last_prose and blocks[i].text.endswith(":") and len(blocks[i].text) <= 60
                and _prose_count(blocks, labels, i + 1, min(n, i + _SERIES_IN_TEXT), most=1)):
            continue  # a photo series' heading in the middle of the text, its captions, then a paragraph
            # ("Hình ảnh hoạt động:" / two captions / "Phát biểu tại buổi tổng kết, …")
        if lab == Label.GALLERY and i < last_prose and len(blocks[i].text) <= 60 and _slides_then_text(blocks, labels, i + 1):
            continue  # a slideshow inside the text: its heading, pager and captions, then a paragraph ("Chùm ảnh" /
            # "« 1 / 8 »" / eight captions / "Theo ông …, vụ cà phê năm nay …")
        if lab == Label.RELATED and blocks[i].role == "related" and i < last_prose and (
                i < card_end or (card_end := _card_in_text(blocks, labels, i))):
            continue  # a link card inside the text (a bookmark to another post), paragraphs after it
        if lab == Label.COUNTER and i < last_prose and _prose_count(
                blocks, labels, start, i, most=_LEAD_PARAGRAPHS + 1) <= _LEAD_PARAGRAPHS and (
                _views_only(blocks[i].text, vocab) or i + 1 < n and (
                labels[i + 1] == Label.COUNTER and _views_only(f"{blocks[i].text}: {blocks[i + 1].text}", vocab))):
            continue  # the post's views between its lead and its text ("Lượt xem: 2.371"), no widget; or a meta
            # grid's label over its value ("Số người đã đọc" / "312")
        if lab == Label.COUNTER and i < last_prose and (past := _widget_in_text(blocks, labels, i)):
            for j in range(i, past):
                terminal[j] = False  # (the links box under it too, its links the rules left unlabelled)
                labels[j] = labels[j] or Label.NAVIGATION
            continue  # the site's visitor widget a template set inside the text, its paragraphs going on right under
            # it, no box's heading between (a side box's text under a widget has its heading), or under a box of
            # links in capitals ("THỐNG KÊ TRUY CẬP" / … / "LIÊN KẾT WEBSITE" / two links / the text going on)
        if lab == Label.OTHER and i < last_prose and ":" in blocks[i].text[:CREDIT_LABEL] and _prose_count(
                blocks, labels, start, i, most=_LEAD_PARAGRAPHS + 1) <= _LEAD_PARAGRAPHS and (
                _signature.uploader_line(blocks[i].text, vocab)):
            continue  # (or the uploader's account there, beside them: "Người đăng: camthinh.qtv" / "Lượt xem: 142")
        if (lab == Label.COUNTER and i < last_prose and _full_paragraphs(blocks, labels, i + 1, 1) and i > start
                and labels[i - 1] is None and _views_only(blocks[i].text, vocab)):
            continue  # the post's views between two of its paragraphs further down ("Số lần xem: 211", VCMS's)
        if lab == Label.COUNTER and i < last_prose and i > start and labels[i - 1] == Label.COUNTER and (
                _views_only(f"{blocks[i - 1].text}: {blocks[i].text}", vocab)):
            continue  # (that value)
        if (lab == Label.OTHER and i < last_prose and blocks[i].role == "other" and blocks[i].tag and _prose_count(
                blocks, labels, start, i, most=_LEAD_PARAGRAPHS + 1) <= _LEAD_PARAGRAPHS):
            past = i
            while past < n and blocks[past].role == "other" and labels[past] == Label.OTHER and past - i < _ASIDE_LINES:
                past += 1
            if past < n and blocks[past].role != "other" and _full_paragraphs(blocks, labels, past, 1):
                for j in range(i, past):
                    terminal[j] = False
                continue  # a box the template set apart between the lead and the text, the text right under it
                # ("<aside class=ai-summary>" / "Tóm tắt nhanh bằng AI" / its points / "Nội dung tóm tắt được tạo tự động …")
        if lab == Label.OTHER and i < last_prose and fold(blocks[i].text[:40]).startswith(vocab.signup_openings) and (
                _prose_count(blocks, labels, i + 1, min(n, i + _SIGNUP_BOX), most=1)):
            continue  # a newsletter's sign-up box between the text's paragraphs, the text going on right after it
        if lab in STRONG_END or (lab == Label.GALLERY) or (lab in WEAK_END and i > last_prose):
            return i
        if (lab == Label.NAVIGATION and len(blocks[i].text) <= _PAGER_LINK
                and pager_label(blocks[i].text, vocab)
                and _prose_count(blocks, labels, start, i, most=_SCROLLED_OVER) >= _SCROLLED_OVER):
            return i  # the previous post's link under the text, its title and teaser under it ("« Bài trước" / …)
        if (lab == Label.NAVIGATION and blocks[i].text.isupper() and len(blocks[i].text) <= _SHORT_HEADING
                and _notes_under(labels, i, last_prose)
                and all(len(blocks[j].text) <= _SIDE_NOTE for j in range(i + 1, last_prose + 1) if labels[j] is None)
                and _prose_count(blocks, labels, start, i, most=_SCROLLED_OVER) >= _SCROLLED_OVER):
            return i  # a side box's heading in capitals under the text, a note or two under it ("THÔNG BÁO" /
            # "Nhà trường nhận trẻ từ 18 tháng tuổi …" / "Giờ đón trẻ: …"): the box, not the text going on
        if (lab == Label.NAVIGATION and (blocks[i].text.isupper() or blocks[i].tag in _BOX_HEADING_TAGS)
                and len(blocks[i].text) <= _SHORT_HEADING and i - 1 > start and (_byline_under(blocks, labels, i - 1, vocab)
                                       or i - 2 > start and _two_line_byline_under(blocks, labels, i - 2, vocab))
                and _notes_under(labels, i, last_prose)
                and _prose_count(blocks, labels, start, i - 1, most=_SCROLLED_OVER) >= _SCROLLED_OVER):
            return i  # … or right under the text's byline, its paragraph of any length ("Nguyễn Thanh Phong" /
            # "LỊCH TIẾP CÔNG DÂN" / "Chủ tịch UBND xã tiếp công dân định kỳ vào ngày 10 và ngày 25 hằng tháng …")
        if (lab == Label.SHARE and i + 1 < n and labels[i + 1] is None and blocks[i + 1].text.isupper()
                and len(blocks[i + 1].text) <= _SHORT_HEADING and _notes_under(labels, i + 1, last_prose)
                and _prose_count(blocks, labels, start, i, most=_SCROLLED_OVER) >= _SCROLLED_OVER):
            return i  # … or under the post's tools, a paragraph or two under it ("In bài này | Gửi bài cho bạn bè" /
            # "GIỚI THIỆU CHUNG" / "Xã … nằm ở phía Tây Bắc huyện …"): the side box, not the text going on
        if lab == Label.NAVIGATION and i + 2 < n and labels[i + 2] == Label.DATE and len(blocks[i].text) <= 40 and sum(
                labels[j] is None and is_prose(blocks[j].text) for j in range(start, i)) >= _SCROLLED_OVER and (
                labels[i + 1] in (None, Label.CAPTION) and _title_like(blocks[i + 1].text, _dates.patterns(vocab))
                and not ends_sentence(blocks[i + 1].text)):
            return i  # the next post's link, its headline and its date line: a second article scrolled in under
            # the first ("Bài tiếp theo" / headline / "27/08/2024 07:10" / its text)
    return n


_PRINT_HEADER = 5  # lines from the page's top where a print view names itself and the site
_CATEGORY_NAME_WORDS = 3  # words: a category's name ("Hoạt động HĐND"); no news headline is so short
_SCROLLED_OVER = 3  # paragraphs of the first article over a second one scrolled in under it
_LEAD_PARAGRAPHS = 2  # paragraphs over the post's views inside the text: its lead, or a paragraph and a lead
_SERIES_IN_TEXT = 6  # lines: a photo series' heading and its captions inside the text, a paragraph after them
_SIDE_NOTES, _SIDE_NOTE = 3, 100  # lines of a side box's notes at most, and characters a note holds
_BOX_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})  # a side box's heading in the markup, in any case ("<h4>Thông báo</h4>")
_SIGNUP_BOX = 5  # lines: a newsletter's sign-up box (heading, pitch, e-mail field, button), a paragraph after it
_ASIDE_LINES = 12  # lines of a box set apart between the lead and the text, at most


def _bracketed_byline(text: str, vocab: Vocabulary) -> bool:
    """A writer and their unit in brackets ("(Thanh Bình – Đài Truyền thanh thị trấn)", "[Hồng Vân - TYT
    xã]"): a byline under the headline or the date line, read by the header rules and the headline's pick."""
    return ((text[:1], text[-1:]) in (("(", ")"), ("[", "]")) and len(text) <= BYLINE_LINE
            and (signed := _signature.parse_signature([text], vocab)) is not None and bool(signed.role))


def _unit_bracketed(text: str, vocab: Vocabulary) -> bool:
    """A writer's name, then their unit in brackets ("Nông Thúy Hằng (CTV Sơn Khuê)")."""
    return (text[-1:] == ")" and text.count("(") == 1 and len(text) <= BYLINE_LINE
            and _signature.names_like(text[:text.index("(")].strip(), vocab)
            and (signed := _signature.parse_signature([text], vocab)) is not None and bool(signed.role))


def _series_end(blocks: tuple[Block, ...], labels: list[Label | None], i: int) -> int:
    """Past the photo series at ``i``: the template's gallery blocks, or a heading's figures' captions
    ("<h3>Ảnh hoạt động</h3>" / three "<figcaption>"s, a WordPress gallery block); ``i`` if neither."""
    after = i
    while after < len(blocks) and labels[after] == Label.GALLERY and blocks[after].role == "gallery":
        after += 1
    if after == i and blocks[i].tag[:1] == "h":
        after = i + 1
        while after < len(blocks) and blocks[after].role == "caption" and labels[after] in (None, Label.CAPTION):
            after += 1
        return after if after > i + 1 else i
    return after


def _notes_under(labels: list[Label | None], heading: int, last_prose: int) -> bool:
    """A note or a few (``_SIDE_NOTES`` lines at most, no label yet) under a side box's heading, down to the page's
    last prose: the box's, not the text going on."""
    return 0 < sum(labels[j] is None for j in range(heading + 1, last_prose + 1)) <= _SIDE_NOTES


def _signed_over_teasers(blocks: tuple[Block, ...], labels: list[Label | None], start: int, last_prose: int,
                         vocab: Vocabulary) -> int | None:
    """The line after a writer's name alone that an extractor's kept blocks run on past, a paragraph or two of
    other posts' teasers under it, then only the page's chrome ("Dịp này, UBND xã tặng …" / "Hà Phương" / "Ngày
    22/8, Hội LHPN xã …" / "Trong tháng 8/2024, …" / "Bản quyền thuộc …", boilerpy3's): the end of the text."""
    for at in range(max(start, last_prose - _TEASERS_UNDER_NAME), last_prose):
        text = blocks[at].text
        if (labels[at] in (None, Label.CAPTION) and len(text) <= NAME_LINE and text[:1].isupper() and not ends_sentence(text)
                and all(labels[j] is None and is_prose(blocks[j].text) for j in range(at + 1, last_prose + 1))
                and _dates.opens_with_date(blocks[at + 1].text)  # (a teaser opens on its day: "Ngày 22/8, …")
                and _prose_count(blocks, labels, start, at, most=_SCROLLED_OVER) >= _SCROLLED_OVER
                and _signature.names_like(text, vocab)
                and (signed := _signature.parse_signature([text], vocab)) is not None and signed.role is None):
            labels[at] = None
            return at + 1
    return None


_TEASERS_UNDER_NAME = 2  # paragraphs: other posts' teasers under the text's signature, at most


def _byline_under(blocks: tuple[Block, ...], labels: list[Label | None], at: int, vocab: Vocabulary) -> bool:
    """Line ``at`` is a lone byline under something that closes the text (a photo series, an
    attachment), the page's chrome, the approver's credit or the source's right after it."""
    return (at < len(blocks) and labels[at] is None and len(blocks[at].text) <= BYLINE_LINE
            and not ends_sentence(blocks[at].text) and (at + 1 == len(blocks) or labels[at + 1] is not None
                                                        or fold(blocks[at + 1].text[:24]).startswith(vocab.editor_credits)
                                                        or _signature.source_line(blocks[at + 1].text, vocab))
            and _signature.parse_signature([blocks[at].text], vocab) is not None)


def _signed_over(blocks: tuple[Block, ...], labels: list[Label | None], at: int, vocab: Vocabulary) -> bool:
    """The line or two over ``at`` sign the text: a writer's name over their role, or a name and unit on a line."""
    lines = [blocks[j].text for j in (at - 2, at - 1) if labels[j] is None]
    return (bool(lines) and _unfinished_short(lines)
            and (len(lines) == 2 and _signature.names_role(lines, vocab) or _signature.names_role(lines[-1:], vocab)))


def _two_line_byline_under(blocks: tuple[Block, ...], labels: list[Label | None], at: int, vocab: Vocabulary) -> bool:
    """Lines ``at`` and ``at + 1`` are a writer's name over the role, alone under a photo series that closes
    the text, the page's chrome right after them."""
    return (at + 1 < len(blocks) and labels[at] is None and labels[at + 1] is None
            and (at + 2 == len(blocks) or labels[at + 2] is not None)
            and _unfinished_short(lines := [blocks[at].text, blocks[at + 1].text]) and _signature.names_role(lines, vocab))


def _credit_over_text(text: str, vocab: Vocabulary) -> bool:
    """A writer's credit naming a person or an account ("Tác giả: Quản trị hệ thống · phuvinh.…gov.vn"), not a
    headline opening with its kind ("Phóng sự ảnh: Sắc màu chợ phiên …")."""
    label, _, value = text.partition(":")
    value = value.split("·")[0].split("|")[0].strip()
    return (_signature.credit_only(label + ":", vocab) and bool(value)
            and (account_line(value, vocab) or _signature.login_name(value) or _signature.names_like(value, vocab)))


def _byline_under_headline(text: str, vocab: Vocabulary) -> bool:
    """A writer's name and unit on one line, as under a headline ("Thu Hằng - Trung tâm VH, TT&TT huyện")."""
    return _unfinished_short([text]) and _signature.names_role([text], vocab)


def _unfinished_short(lines: list[str]) -> bool:
    """Lines a byline's could be: short, none a finished sentence."""
    return all(len(x) <= BYLINE_LINE and not ends_sentence(x) for x in lines)


_FINISHED_HEADLINE = 180  # characters: a longer finished sentence over the date line is the summary, not the title


def _views_only(text: str, vocab: Vocabulary) -> bool:
    """A line whose only count is the post's views."""
    values = read_counters(vocab, text) if len(text) <= 40 else None
    if values is None and "|" in text and len(text) <= _TOOLS_ROW:
        values = _counters_with_tools(text, vocab)  # (the page's tools beside them: "Lượt xem: 89 | Cỡ chữ: A- A A+ | In bài")
    return bool(values) and all(key == "views" for key, _ in values)


_TOOLS_ROW = 80  # characters: the post's views and the page's tools on one row, at most


_CARD_LINES = 4  # the most lines of a link card inside the text: a title, a summary, a source, an author


def _card_in_text(blocks: tuple[Block, ...], labels: list[Label | None], i: int) -> int:
    """Where a short run of template-marked related lines from ``i`` ends, when a paragraph of the
    text stands right before and right after it; else 0."""
    if i == 0 or labels[i - 1] not in (None, Label.CAPTION) or not is_prose(blocks[i - 1].text):
        return 0
    j = i
    while j < len(blocks) and labels[j] == Label.RELATED and blocks[j].role == "related":
        j += 1
    return j if j - i <= _CARD_LINES and j < len(blocks) and labels[j] is None and is_prose(blocks[j].text) else 0


_ALBUM_ITEMS = 6  # the most album titles between an album box's heading and its link


def _credit_past_series(blocks: tuple[Block, ...], labels: list[Label | None], at: int, vocab: Vocabulary) -> int | None:
    """Past a photo series' placeholders and short captions from ``at``, a line that credits a writer
    ("Người viết: …", "Tin, ảnh: …"): its index, or None."""
    for j in range(at, min(len(blocks), at + _SERIES_LINES)):
        text = blocks[j].text
        if len(text) <= BYLINE_LINE and ":" in text[:24] and credited_names(text, vocab):
            return j if labels[j] in (None, Label.OTHER) else None
        if labels[j] not in (None, Label.OTHER, Label.NAVIGATION, Label.CAPTION) or len(text) > _PLAIN_CAPTION:
            return None
    return None


_SERIES_LINES = 10  # a photo series' placeholders and captions before the writer's credit, at most


def _album_heading(blocks: tuple[Block, ...], labels: list[Label | None], link: int, last_prose: int,
                   vocab: Vocabulary) -> int:
    """An album box after the article: its heading in photo words, a few album titles, then its
    link ("Ảnh hoạt động" / "Hội nghị sơ kết …" / … / "Xem toàn bộ album »"). Where it starts: the
    heading, labelled gallery; else the link."""
    for j in range(link - 1, max(last_prose, link - _ALBUM_ITEMS - 2), -1):
        text = blocks[j].text
        if labels[j] is not None or len(text) > 120 or ends_sentence(text):
            break
        if j < link - 1 and len(text) <= 40 and vocab.gallery_word.match(text):
            labels[j] = Label.GALLERY
            return j
        if j == link - 1 and len(text) <= 80 and text.endswith(")") and vocab.gallery_word.match(text.lstrip("▣■□▪•►▸» ")) \
                and vocab.album_photos.search(text):
            labels[j] = Label.GALLERY  # the album's name and its count of photos over its link ("▣ Ảnh: Đêm hội
            return j  # trăng rằm thôn Đông Thành (12)" / "Xem album ›")
    return link


def _headline_over_box(blocks: tuple[Block, ...], labels: list[Label | None], cands: list[int], title: int,
                       pat: _dates.DatePatterns) -> int | None:
    """The headline over a side box's heading in capitals, when ``title`` is among the box's items (its date line
    under the box, not under it): the candidate right over the heading, or None."""
    for heading in (title - 1, title - 2):
        text = blocks[heading].text if heading > 0 else ""
        if (text.isupper() and len(text) <= _SHORT_HEADING and labels[heading] in (None, Label.NAVIGATION)
                and heading - 1 in cands and _title_like(blocks[heading - 1].text, pat)
                and not blocks[heading - 1].text.isupper() and len(blocks[heading - 1].text.split()) >= _BOXED_HEADLINE
                and labels[title + 1] in (None, Label.NAVIGATION, Label.CAPTION)  # (another item under it, no meta line)
                and any(labels[j] == Label.DATE for j in range(title + 1, min(len(blocks), title + _BOX_OVER_DATE)))):
            return heading - 1
    return None


_BOX_OVER_DATE = 4  # lines under a box's item taken for the headline, down to the post's date line
_BOXED_HEADLINE = 6  # words of a headline over a side box, at least (a menu's item says less)


def _posted_headline(blocks: tuple[Block, ...], labels: list[Label | None], cands: list[int], title: int,
                     pat: _dates.DatePatterns) -> int | None:
    """A headline candidate under ``title`` whose date line under it is labelled as the post's publication ("Đăng
    ngày …", "Ngày đăng: …"): the first, or None."""
    for j in cands:
        if title + 1 < j < len(blocks) - 1 and labels[j + 1] == Label.DATE and labels[j] is None and (
                fold(blocks[j + 1].text[:24]).startswith(pat.published_labels)):
            return j
    return None


def _source_line(text: str, vocab: Vocabulary) -> bool:
    """A feed's or category's name, then the site's after a dash ("Tin xã, thị trấn - Cổng thông tin điện tử
    huyện Chợ Lách"): where an item came from, no headline."""
    head, dash, site = text.rpartition(" - ")
    return bool(dash) and len(head.split()) <= _SOURCE_WORDS and site_banner(site, vocab)


_SOURCE_WORDS = 6  # words of a feed's or category's name before the site's, at most


def _archived_on(blocks: tuple[Block, ...]) -> tuple[int, int, int] | None:
    """The day a web archive copied the page, from its address in the archive's toolbar over it
    (".../web/20130605021533/http://…"); None for a page no archive's toolbar heads."""
    for b in blocks[:_ARCHIVE_TOOLBAR]:
        if "/web/" in b.text and (stamp := _ARCHIVE_STAMP.search(b.text)):
            return int(stamp[1]), int(stamp[2]), int(stamp[3])
    return None


_ARCHIVE_STAMP = regex.compile(r"archive\.org/web/((?:19|20)\d\d)(\d\d)(\d\d)\d{0,8}")
_ARCHIVE_TOOLBAR = 20  # blocks of an archive's toolbar over the page it copied, at most


_TOTALS_CELL = regex.compile(r"(?i)(?:tổng cộng|tổng số|tổng|cộng|total)\s{2,}+\S")  # "Tổng   2.315"


def _counted_row(text: str) -> bool:
    """A table's row copied a line, its cells set apart by spaces, a count in the last ("Đồng Tâm   356")."""
    cells = _CELL_GAP.split(text)
    return len(cells) >= 2 and bool(COUNT_DIGITS.fullmatch(cells[-1].strip()))


def _widget_in_text(blocks: tuple[Block, ...], labels: list[Label | None], at: int) -> int:
    """Past the counter lines from ``at`` on (a widget's heading and rows, a digit a line perhaps) when two full
    paragraphs of the text stand right under them, or under a box of links after them (its heading in capitals,
    a few short lines the rules labelled); 0 if not."""
    first, end = at, at
    while first > 0 and labels[first - 1] == Label.COUNTER:
        first -= 1
    while end < len(blocks) and labels[end] == Label.COUNTER:
        end += 1
    if end - first < 2:
        return 0
    if (end < len(blocks) and labels[end] is not None and blocks[end].text.isupper()
            and len(blocks[end].text) <= _SHORT_HEADING and not _full_paragraphs(blocks, labels, end, 2)):
        box = end + 1
        while box < len(blocks) and box - end <= _LINKS_BOX and len(blocks[box].text) <= MENU_ITEM and (
                labels[box] is not None or not ends_sentence(blocks[box].text)):
            box += 1
        end = box if box > end + 1 else end
    box = end
    while box < len(blocks) and box - end < _LINKS_BOX and labels[box] == Label.NAVIGATION and len(blocks[box].text) <= MENU_ITEM:
        box += 1  # (or other widgets' lines the rules labelled, the weather's, the exchange rates': "Thời tiết" / "Hạ
    if box > end and _full_paragraphs(blocks, labels, box, 2):  # Long 28°C - 34°C" / "Tỷ giá ngoại tệ")
        end = box
    if _full_paragraphs(blocks, labels, end, 2) or (
            end < len(blocks) and labels[end] is None and len(blocks[end].text) <= _CAPTION_UNDER_WIDGET
            and _full_paragraphs(blocks, labels, end + 1, 2)) or (  # (a photo's caption first: the text goes on)
            _full_paragraphs(blocks, labels, end, 1) and end + 2 < len(blocks) and labels[end + 1] is None
            and len(blocks[end + 1].text) <= _CAPTION_UNDER_WIDGET and not ends_sentence(blocks[end + 1].text)
            and _full_paragraphs(blocks, labels, end + 2, 1)):  # (… or between the next two paragraphs)
        return end
    return 0


_FORM_HEADING = 4  # lines from a comment form's heading to its first field's label, at most
_CAPTION_UNDER_WIDGET = 120  # characters: a photo's caption between a widget inside the text and its next paragraph
_LINKS_BOX = 6  # lines of a box of links under a widget inside the text, at most


def _full_paragraphs(blocks: tuple[Block, ...], labels: list[Label | None], at: int, count: int) -> bool:
    """The ``count`` lines from ``at`` on are full paragraphs of the text, unlabelled."""
    return at + count <= len(blocks) and all(
        labels[k] is None and len(blocks[k].text) >= _FULL_PARAGRAPH and ends_sentence(blocks[k].text)
        for k in range(at, at + count))


_FULL_PARAGRAPH = 150  # characters: a paragraph of the text, not a teaser's title or a caption


def _ends_for_good(blocks: tuple[Block, ...], labels: list[Label | None], k: int, vocab: Vocabulary) -> bool:
    """Whether an other-labelled line ends the text for good, unlike an advertisement's slot and
    its sponsored line, which the text goes on under."""
    text = blocks[k].text
    if len(text) <= 20 and line_key(text.strip(_AD_MARKS)) in vocab.ad_labels:
        return False
    return not (k and len(blocks[k - 1].text) <= 20 and line_key(blocks[k - 1].text.strip(_AD_MARKS)) in vocab.ad_labels)


def _dated_teaser(blocks: tuple[Block, ...], labels: list[Label | None], j: int, heading: int, vocab: Vocabulary) -> bool:
    """Line ``j`` of a related box inside the text is an item's bare date under its title, or its teaser under that
    date, opening on its own day ("Trà Ôn: Nhà vườn lo chôm chôm rớt giá" / "16/07/2024" / "Ngày 15/7/2024, …")."""
    text = blocks[j].text
    if j - 1 > heading and labels[j] in (None, Label.DATE, Label.RELATED) and bare_date(text) and HAS_DIGIT.search(text):
        return labels[j - 1] in (None, Label.RELATED) and not ends_sentence(blocks[j - 1].text)
    return (j - 2 > heading and labels[j] in (None, Label.RELATED) and bare_date(blocks[j - 1].text)
            and HAS_DIGIT.search(blocks[j - 1].text) is not None and len(text) <= _DATED_TEASER
            and _opens_lead(text, vocab))


_DATED_TEASER = 400  # characters: a related item's teaser inside the text, at most


def _related_box(blocks: tuple[Block, ...], labels: list[Label | None], heading: int, vocab: Vocabulary,
                 boxes: int = 1) -> int | None:
    """A related-news box inside the article ("TIN LIÊN QUAN" and a few titles, then the text goes
    on): the index after its last title, or None. The text must go on for two full paragraphs,
    a numbered or capitalised sub-heading allowed before each ("2. Hỗ trợ sinh kế" / paragraph);
    a list of teasers (a title, its summary, a title…) ends the article as before. (Titles closing
    with their dates, and a "Xem tất cả" link, are labelled related already.)"""
    j = heading + 1
    boxed = blocks[heading].role == "related"  # (on HTML pages the box's element says where it ends)
    set_apart = blocks[heading].role == "other"  # (or the template set the box apart as other chrome, heading and all)
    dated = 0  # items over their dates and teasers ("Trà Ôn: Nhà vườn lo …" / "16/07/2024" / "Ngày 15/7/2024, giá …")
    while (j < len(blocks) and j - heading <= BOX_TITLES + 2 * dated
           and (labels[j] is None or labels[j] == Label.RELATED and (not blocks[j].tag or boxed and blocks[j].role == "related"
                                                                      or blocks[j].tag == "li" and blocks[j].link_density >= _ALL_LINK)
                or (boxed or set_apart) and labels[j] == Label.OTHER and blocks[j].role == "other"  # (links the template set apart)
                or labels[j] == Label.OTHER and (_DOCUMENT_TITLE_ITEM.match(blocks[j].text)  # (documents' titles,
                                                 or boxes > 1))  # or another box's lines under the first: a week's schedule)
           and len(blocks[j].text) <= 150 and (not ends_sentence(blocks[j].text) or blocks[j].text.endswith("?"))
           and (not _sub_heading(blocks[j].text) or blocks[j].text.startswith(f"{j - heading}. "))  # (a headline may
           # ask: "Vỉa hè "sạch" được bao lâu?"; a most-read box numbers its titles: "1. …" / "2. …")
           or j - heading <= BOX_TITLES + 2 * dated and _dated_teaser(blocks, labels, j, heading, vocab)):
        if labels[j] == Label.DATE or bare_date(blocks[j].text):
            dated += 1
        j += 1
    if j == heading + 1:
        return None
    if j < len(blocks) and labels[j] == Label.RELATED and len(blocks[j].text) <= MENU_ITEM and (
            line_key(blocks[j].text) in vocab.read_more or _more_link(blocks[j].text, vocab)):
        j += 1  # the box's link to more under its titles ("TIN NỔI BẬT" / four titles / "Xem thêm", "Xem tất cả")
    if (boxes < _BOXES_IN_TEXT and j + 1 < len(blocks) and labels[j] == Label.NAVIGATION and labels[j + 1] in (None, Label.OTHER)
            and len(blocks[j].text) <= _SHORT_HEADING and blocks[j].text.isupper()):
        return _related_box(blocks, labels, j, vocab, boxes + 1)  # another side box right under it, its heading in
        # capitals, then the text going on ("VĂN BẢN MỚI" / two titles / "Xem tất cả" / "LỊCH CÔNG TÁC" / a week's)
    paragraphs = 0
    k = j
    while k < len(blocks) and paragraphs < 2 and (labels[k] in (None, Label.CAPTION) or labels[k] == Label.RELATED and (
            ":" in blocks[k].text[:30] and vocab.related_inline.match(fold(blocks[k].text[:40])))
            or labels[k] == Label.OTHER and not _ends_for_good(blocks, labels, k, vocab)):
        text = blocks[k].text
        if labels[k] == Label.OTHER:
            pass  # an advertisement's slot between the paragraphs ("- Quảng cáo -" / its sponsored line)
        elif labels[k] == Label.RELATED:
            pass  # a link to one more article between the paragraphs ("Xem thêm: <title>")
        elif labels[k] == Label.CAPTION or len(text) <= CAPTION_LINE and vocab.photo_credit.search(text):
            pass  # a photo between the paragraphs (its caption labelled by the HTML template, or credited:
            # "… vận chuyển vật liệu. Ảnh: NGUYỄN THÀNH")
        elif len(text) <= _CAPTION_SENTENCE and (k + 1 < len(blocks) and blocks[k + 1].text == text
                                                 or blocks[k - 1].text == text):
            pass  # … or its caption printed twice, the image's title and its caption (WebCenter's)
        elif (not paragraphs and len(text) >= _FULL_PARAGRAPH and ends_sentence(text) and k + 1 < len(blocks)
              and labels[k + 1] in _CLOSING_CHROME and line_key(blocks[heading].text) in vocab.related_box):
            paragraphs = 2  # the text's one last paragraph under a box inside it, the page's tools under that
        elif len(text) >= 150 and (ends_sentence(text) or k == len(blocks) - 1) or len(text) >= 60 and text.endswith(":"):
            paragraphs += 1  # (or one that opens a list: "… khuyến cáo phụ huynh:"; or the page's last, cut off)
        elif (paragraphs and len(text) >= _LAST_PARAGRAPH and ends_sentence(text) and k + 1 < len(blocks)
              and (labels[k + 1] in _CLOSING_CHROME or labels[k + 1] == Label.DATE  # (or its edit's date line under
                   # it: "Cập nhật ( Thứ tư, 23 Tháng 4 2008 07:40 )", Joomla's)
                   or labels[k + 1] is None and len(blocks[k + 1].text) <= BYLINE_LINE
                   and (credited_names(blocks[k + 1].text, vocab) or blocks[k + 1].text.isupper()
                        and len(blocks[k + 1].text) <= NAME_LINE and _signature.names_like(blocks[k + 1].text, vocab)))):
            paragraphs += 1  # (a shorter last one, the page's tags or tools right under it, or its credit:
            # "Bài, ảnh: MINH QUÂN", or the writer's name alone in capitals: "NGỌC HUYỀN")
        elif (len(text) <= _CAPTION_SENTENCE and not ends_sentence(text) and text[:1].isupper() and paragraphs
              and k + 1 < len(blocks) and len(blocks[k + 1].text) >= 150 and not _opens_lead(blocks[k + 1].text, vocab)
              and (len(text) <= _SHORT_HEADING or ":" not in text and not _opens_lead(blocks[j].text, vocab))):
            pass  # a short sub-heading of the text's own ("Nhân rộng mô hình") over its next paragraph (a teaser's
            # headline is over its summary, which opens with its date: "Chiều 16/6, xã …"); or a photo's caption
            # with no stop, where the first paragraph under the box opened no teaser ("Hộ kinh doanh … túi ni lông")
        elif (len(text) <= _CAPTION_SENTENCE and ends_sentence(text) and not text.endswith("?") and (
                paragraphs or k + 1 < len(blocks) and len(blocks[k + 1].text) >= 150 and ends_sentence(blocks[k + 1].text))):
            pass  # a photo's caption between the text's paragraphs ("Biển hiệu … được tháo dỡ ngay."), or
            # right under the box over the next one
        elif not (_sub_heading(text) and k + 1 < len(blocks) and len(blocks[k + 1].text) >= 150):
            return None
        k += 1
    return j if paragraphs == 2 else None


_END_MARK = "./."  # the mark a Vietnamese article's text ends with, its last paragraph's close
_TRAIL_OVER_TITLE = 4  # lines over a headline where the trail naming it stands, at most
_QUOTE_CLOSED = 60  # characters of a headline's next line where the quotation its line opened closes, at most
_PHOTO_TITLE_WORDS = 6  # words of a photo's title under a slider's heading, at least (a menu's item says less)
_BOXES_IN_TEXT = 3  # side boxes one under the other between the text's paragraphs, at most
_GLYPH_ROW = 32  # characters: a row of icons read as letters, at most
_META_OVER_TITLE = 3  # lines over a headline where the post's meta lines stand
_LAST_PARAGRAPH = 80  # characters: the text's last paragraph, shorter than the others, says this much at least
_CLOSING_CHROME = frozenset({Label.OTHER, Label.SHARE})  # the tags and tools under the text
_SHORT_HEADING = 40  # characters: a sub-heading of the text ("Nhân rộng mô hình"); a teaser's headline says more


def _sub_heading(text: str) -> bool:
    """A numbered or capitalised sub-heading of the article ("2. Hỗ trợ sinh kế", "II. KẾT QUẢ")."""
    return len(text) <= 120 and not ends_sentence(text) and (
        _LIST_START.match(text) is not None and text[:1].isdigit() or text.isupper())


def _dated_item_runs(
    blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool], pat: _dates.DatePatterns,
    vocab: Vocabulary,
) -> int:
    """Runs of two or more headlines each closing with a date (or their views), after the first paragraph: a related
    list whose heading the scraper lost ("Xã … ra quân làm đường (02/03/2024)" / "• … - 15/01/2024").
    Labelled related (an end of the article); returns how many lines, but for runs under a
    related heading, which close an article rather than make a listing."""
    first_prose = next((i for i, b in enumerate(blocks) if labels[i] is None and is_prose(b.text)), None)
    if first_prose is None:
        return 0
    # (text pages only: on HTML ones the DOM tells related lists apart, and table rows end in dates too)
    dated = [False] * len(blocks)
    for i, b in enumerate(blocks):  # (before the text only under a box's heading: a side box's list)
        if labels[i] is None and not b.tag and (i > first_prose or i and (dated[i - 1] or labels[i - 1] in _BOX_EDGES)):
            dated[i] = _dated_item(b.text, pat) or b.text[-1:] == ")" and title_views(b.text, vocab) is not None
            # (or each closing on its views: "1. Thông báo … (1.245 lượt xem)", most read)
    count = 0
    i = 0
    while i < len(blocks):
        j = i
        while j < len(blocks) and dated[j]:
            j += 1
        if j - i >= 2 and i < first_prose:
            if i and labels[i - 1] in _BOX_EDGES and j < len(blocks) and labels[j] in _BOX_EDGES:
                for k in range(i, j):  # (or a side box's before the text, between its heading and its "see all"
                    labels[k] = Label.RELATED  # link: "VĂN BẢN MỚI" / "Kế hoạch … (03/06/2024)" / … / "Xem tất cả")
        elif j - i >= 2:
            for k in range(i, j):
                labels[k], terminal[k] = Label.RELATED, True
            if labels[i - 1] != Label.RELATED and not blocks[i - 1].text.endswith(_END_MARK):  # (under a related
                count += j - i  # heading, or right under the text's end mark, "… đoàn kết trong ấp./.": a box closing
                # an article)
        i = max(j, i + 1)
    return count


def bare_date(text: str) -> bool:
    """A list item's date alone on its line, no word beside it ("11/04/2024", "05/04/2024 08:15")."""
    return len(text) <= _BARE_DATE and not any(c.isalpha() for c in text)


def _cut_teasers(blocks: tuple[Block, ...], labels: list[Label | None]) -> None:
    """Two or more items of a carousel or a list, each a headline and a summary cut short over a bare date
    ("Phường … gắn với tuyên..." / "Sáng 10/4, Hội Nông dân … đua tài”..." / "11/04/2024"): related, not the text."""
    items = [i for i in range(1, len(blocks) - 1) if labels[i] is None and labels[i + 1] == Label.DATE
             and blocks[i].text.endswith(("...", "…")) and bare_date(blocks[i + 1].text)]
    if len(items) < 2:
        return
    for i in items:
        labels[i] = Label.RELATED
        if labels[i - 1] is None and blocks[i - 1].text.endswith(("...", "…")) and len(blocks[i - 1].text) <= _TEASER_TITLE:
            labels[i - 1] = Label.RELATED


def _headed_dated_pairs(blocks: tuple[Block, ...], labels: list[Label | None],
                        header_dates: list[tuple[int, _dates.DateMatch]]) -> list[tuple[int, _dates.DateMatch]]:
    """A box's items under its heading, each a headline over its bare date ("Tin mới nhất" / "Xã … ra quân …" /
    "05/08/2024" / "Hội nghị giao ban …" / "03/08/2024"), or its labelled one under a heading in capitals ("VĂN
    BẢN MỚI" / "Quyết định về việc …" / "Ngày ban hành: 01/07/2024" / …), two at least: related, their dates none
    of the page's."""
    n = len(blocks)
    dropped: set[int] = set()
    if Label.DATE not in labels or Label.RELATED not in labels and Label.NAVIGATION not in labels:
        return header_dates
    for head in range(n - 4):
        if labels[head] not in _BOX_EDGES or labels[head + 1] is not None or labels[head] == Label.NAVIGATION and not (
                blocks[head].text.isupper() and len(blocks[head].text) <= _SHORT_HEADING):
            continue
        labelled = labels[head] == Label.NAVIGATION  # (a heading in capitals: its items' dates may bear a label)
        j = head + 1
        while (j + 1 < n and labels[j] is None and labels[j + 1] == Label.DATE and len(blocks[j].text) <= _TEASER_TITLE
               and not ends_sentence(blocks[j].text) and (
                   len(blocks[j + 1].text) <= _LABELLED_ITEM_DATE and ":" in blocks[j + 1].text if labelled
                   else bare_date(blocks[j + 1].text))):  # (a home page's boxes of bare dates make its listing)
            j += 2
        if j - head - 1 >= 4:
            for k in range(head + 1, j):
                labels[k] = Label.RELATED
            dropped.update(range(head + 2, j, 2))
    return [d for d in header_dates if d[0] not in dropped] if dropped else header_dates


_DATED_ENTRY = regex.compile(r"^\d{1,2}/\d{1,2}/(?:1[89]|20)\d\d\s*+:\s")  # "22/4/1965: …", a chronology's entry
_READING_LINE = 32  # characters: a reading time alone on its line ("Thời gian đọc: 5 phút"), at most
_BARE_DATE = 20  # characters: a list item's date alone on its line ("11/04/2024", "05/04/2024 08:15")
_LABELLED_ITEM_DATE = 40  # … or under its label ("Ngày ban hành: 01/07/2024")
_TEASER_TITLE = 160  # characters: a list item's headline cut short


_PAGED_ITEM = 3  # lines from a pager link ("« Bài trước") to its post's date: its title and teaser between
_PAGER_LINK = 30  # characters: a pager link alone on its line


_BOX_EDGES = frozenset({Label.NAVIGATION, Label.RELATED})  # a side box's heading and its "see all" link


_DATE_TAG = regex.compile(r"^\[\d{1,2}/\d{1,2}(?:/\d{2,4})?\]\s+(?=\p{Lu})")  # "[22/03] Ra mắt …"


def _dated_item(text: str, pat: _dates.DatePatterns) -> bool:
    """A headline closing with its date: "… ra quân làm đường (02/03/2024)", "• … - 15/01/2024";
    or opening with it in brackets: "[22/03] Ra mắt đội hình thanh niên tình nguyện"."""
    if text[:1] == "[" and len(text) <= 220 and (tag := _DATE_TAG.match(text)):
        head = text[tag.end():]
        return 10 <= len(head) <= 200 and not ends_sentence(head)
    if len(text) > 220 or not (text[-1:].isdigit() or text.endswith((")", "]"))):
        return False
    trail = _dates.trailing_date(pat, text)
    if not trail or not trail[0].iso():
        return False
    head = trail[1].lstrip("-•*–+ ").rstrip(" -–|,([")
    if not 10 <= len(head) <= 200 or ends_sentence(head) or not head[:1].isupper() or "|" in head:
        return False
    # not "Vòng chung kết: 20/03/2024" (a label and its value) nor "… khai mạc lúc 8h00 ngày 12/03/2024"
    return not head.endswith(":") and fold(head.split()[-1]) not in pat.lead_in


_PAGE_NOTICE = 60  # characters: the longest line _page_notice reads
_FOUND_RESULTS = regex.compile(r"(?i)^(?:tìm thấy|có)\s+\d+\s+kết quả")  # "Tìm thấy 23 kết quả phù hợp …"


def _page_notice(text: str, vocab: Vocabulary) -> str | None:
    """What kind of page a short line says this is: "error" ("404", "Trang không tồn tại"),
    "search" ("Kết quả tìm kiếm"), "player" (a video player's "Trình duyệt … không hỗ trợ …"),
    "documents" (a document's number alone, a row of a library's table: "215/KH-UBND"), "form"
    (a required field, "Họ và tên (*)"); or None, for most lines."""
    if text[:1].isdigit() and "/" in text and _DOCUMENT_CODE.match(text):
        return "documents"
    if text[-1:] in "*)" and text.rstrip(" :()").endswith("*") and len(text) <= 40:
        return "form"
    if text[:1] in "TtKk" and _FOUND_RESULTS.match(text):
        return "search"
    key = line_key(text)
    if key in vocab.error_lines:
        return "error"
    if key in vocab.player_lines:
        return "player"
    if key.split(" cho ", 1)[0] in vocab.search_heads:
        return "search"  # (and "Kết quả tìm kiếm cho “tiêm chủng”"; not a headline opening so)
    return None


# a row of a week's schedule table: a weekday and its date, then the cells ("Thứ Hai 01/07 | Sáng | 7h30: Chào cờ …")
_ROW_NUMBER = r"(?:\d{1,3}\s*+\|\s*+)?"  # a table row's number in its first cell
_SCHEDULE_ROW = r"\s*,?\s*\(?\d{1,2}/\d{1,2}(?:/\d{2,4})?\)?\s*\|"
# A document's number and code alone on a line, as a table of documents prints it ("215/KH-UBND",
# "12/2024/QĐ-UBND"), not inside a sentence.
_DOCUMENT_CODE = regex.compile(r"^\d{1,5}(?:/\d{4})?/[\p{Lu}Đ][\p{Lu}Đ\d.]*(?:-[\p{Lu}Đ\d.]+)*$")
_QUESTION_FIELDS = 5  # lines: a Q&A page's fields under the asker's ("Địa chỉ:", "Lĩnh vực:", "Ngày gửi:")
# a line ending in a document's file name, its size after it perhaps: a notice's attachment
def _without_link(text: str, vocab: Vocabulary) -> str:
    """An attachment's name without its download link in brackets after it ("….docx (Tải về)":
    other.txt's words for a download alone on a line)."""
    start = text.rfind("(") if text.endswith(")") else -1
    if start > 0 and vocab.line_kinds.get(line_key(text[start + 1:-1])) == "other":
        return text[:start].rstrip()
    return text


_CELL_GAP = regex.compile(r"\s{2,}+|\t")  # between a flattened table's cells
_BOXES_GAP = regex.compile(r" {4,}+")  # between boxes side by side on a dump's line
_DAY_IN_CELL = regex.compile(r"\d{1,2}[/.-]\d{1,2}|\d:\d\d")  # a day or a time in a cell beside them: a meta row's
_BOX_ROW = 160  # characters of such a line, at most


_VIEWERS = ("nguoi xem", "so nguoi xem")  # (accents stripped) people viewing: the views by a date, those online in a widget
_WIDGET_HITS = "hits"  # a visitor widget's row of the site's hits beside those online (Joomla's word for the views by a post)


def _viewers_in_widget(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                       vocab: Vocabulary) -> list[tuple[str, int]]:
    """The counters with "Người xem" read as those online where it is a row of a visitor widget (a
    counter's line above or under it, no date line near): "Người xem | 9" / "Hôm nay | 265" / …; and
    the views of a statistics box's only row, under its heading, as the site's total."""
    for i, label in enumerate(labels):
        if label != Label.COUNTER or Label.DATE in labels[max(0, i - 3):i + 4]:
            continue
        text = blocks[i].text
        if i and labels[i - 1] == Label.COUNTER and not HAS_DIGIT.search(blocks[i - 1].text) and (
                i + 1 == len(labels) or labels[i + 1] != Label.COUNTER):
            key = "total_visits"  # a statistics box's only row, its views under its heading ("Thống kê" / "Đã xem:
            # 58.206 lượt"): the site's pages seen, not this article's
        elif (("xem" in text[:16] or text[:4].lower() == "hits")
              and (folded := strip_accents(fold(text[:14]))).startswith((*_VIEWERS, _WIDGET_HITS))
              and any(0 <= j < len(blocks) and labels[j] == Label.COUNTER for j in (i - 1, i + 1))):
            key = "total_visits" if folded.startswith(_WIDGET_HITS) else "online"  # ("Online: 11" / "Hits: 1024573":
            # the site's hits, a widget's row)
        else:
            continue
        read = read_counters(vocab, text)
        if read and len(read) == 1 and read[0][0] == "views" and read[0] in counters:
            at = counters.index(read[0])
            counters = [*counters[:at], (key, read[0][1]), *counters[at + 1:]]
    return counters


def _counters_read_again(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                         vocab: Vocabulary) -> tuple[tuple[str, int], ...]:
    """The page's counters once every line has its label, each reader below correcting what a line alone
    could not tell (whose count it is, the site's or the article's), in order."""
    for read_again in _COUNTS_READ_AGAIN:  # (defined under the readers, below)
        counters = read_again(blocks, labels, counters, vocab)
    return _plays_as_views(counters)


def _views_under_signature(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                           vocab: Vocabulary) -> list[tuple[str, int]]:
    """The page's only count, a visit total right under the signature, read as the article's views ("Nông Thị Hà
    Vy – Đoàn xã …" / "Truy cập: 184", Joomla's hits)."""
    if len(counters) != 1 or counters[0][0] != "total_visits":
        return counters
    signed = max((i for i, label in enumerate(labels) if label == Label.SIGNATURE), default=None)
    if (signed is not None and signed + 1 < len(blocks) and labels[signed + 1] == Label.COUNTER
            and len(blocks[signed + 1].text) <= _STATS_ROW and read_counters(vocab, blocks[signed + 1].text) == counters
            and not site_total(fold(blocks[signed + 1].text), vocab)):
        return [("views", counters[0][1])]
    return counters


def _views_under_date(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                      vocab: Vocabulary) -> list[tuple[str, int]]:
    """The counters with the visits on the post's meta lines under its headline read as its views, where the
    site's widget counts its own total elsewhere ("Ngày: 28/08/2024" / "|" / "Lượt truy cập: 164", then
    "Tổng cộng" / "390.012" in the side column)."""
    if sum(key == "total_visits" for key, _ in counters) < 2:
        return counters
    for title, i, count in _counts_under_title(blocks, labels, vocab):
        if (i > title + 1 and Label.DATE in labels[title + 1:i] and count[0] == "total_visits" and count in counters
                and not site_total(fold(blocks[i].text), vocab)):
            at = counters.index(count)
            return [*counters[:at], ("views", count[1]), *counters[at + 1:]]
    return counters


def _visits_over_views(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                       vocab: Vocabulary) -> list[tuple[str, int]]:
    """The counters without a day's page views where the same widget counts that day's visits too ("Lượt xem hôm
    nay: 157" / "Lượt truy cập hôm nay: 62", WP-Statistics'): the day's visits are the record's."""
    worded: dict[str, list[tuple[bool, tuple[str, int]]]] = {}
    for i, label in enumerate(labels):
        if label != Label.COUNTER or len(blocks[i].text) > _STATS_ROW or "hôm" not in blocks[i].text.lower():
            continue  # ("hôm nay", "hôm qua")
        read = read_counters(vocab, blocks[i].text)
        if read and len(read) == 1 and read[0][0] in _DAY_KEYS:
            worded.setdefault(read[0][0], []).append(("xem" in fold(blocks[i].text).partition(":")[0], read[0]))
    for rows in worded.values():
        if any(views for views, _ in rows) and not all(views for views, _ in rows):
            counters = [c for c in counters if c not in [count for views, count in rows if views]]
    return counters


_DAY_KEYS = frozenset({"today", "yesterday"})


def _counter_service(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                     vocab: Vocabulary) -> list[tuple[str, int]]:
    """The views over a free counter service's credit read as the site's visits ("Số người xem" / "2841" / "free
    counters"): the service's widget counts the site's, whatever its label says."""
    for i in range(1, len(blocks)):
        if labels[i - 1] == Label.COUNTER and len(blocks[i].text) <= _STATS_ROW and (
                line_key(blocks[i].text) in vocab.counter_services) and (count := NON_DIGIT.sub("", blocks[i - 1].text)):
            counters = [("total_visits", c[1]) if c == ("views", int(count)) else c for c in counters]
    return counters


def _statistics_box(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                    vocab: Vocabulary) -> list[tuple[str, int]]:
    """The counters read again where a CMS's statistics box stands, told by its rows of content ("Nội dung :
    3108", "Liên kết web : 12", Joomla 1.5's): its members are those registered, no one online, and its content's
    views ("Số lần xem bài viết : 1522307") the site's total, not this article's."""
    rows = [i for i, b in enumerate(blocks) if len(b.text) <= _STATS_ROW and HAS_DIGIT.search(b.text)
            and (row := _STATS_FIELD.match(b.text)) is not None
            and ((key := vocab.counter_stats.get(line_key(row["label"]))) == "-" or key == "total_visits"
                 and any(0 <= j < len(blocks) and labels[j] == Label.COUNTER and HAS_DIGIT.search(blocks[j].text)
                         for j in (i - 1, i + 1)))]  # (or the content's views between the box's other counts; not over
    # a widget's heading: "Lượt xem bài viết: 156" / "Thống kê truy cập", the post's own views)
    if not rows:
        return counters
    for i in sorted({j for row in rows for j in range(max(0, row - _STATS_ROWS), min(len(blocks), row + _STATS_ROWS + 1))}):
        field = _STATS_FIELD.match(blocks[i].text) if len(blocks[i].text) <= _STATS_ROW else None
        key = vocab.counter_stats.get(line_key(field["label"])) if field else None
        if key is None:
            continue
        value = field["value"]
        labels[i] = Label.COUNTER
        count = int(NON_DIGIT.sub("", value))
        read = read_counters(vocab, blocks[i].text) or [("online", count)]  # (the members as the people online,
        counters = [c for c in counters if c not in read]  # by the who's-online box's word: "Thành viên: 0")
        if key not in ("-", "none"):
            counters = [*counters, (key, count)]
    return counters


def _members_box(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                 vocab: Vocabulary) -> list[tuple[str, int]]:
    """The counters without the totals under a who's-online box's headings, its members' (those registered:
    "Thành viên" / "Mới nhất: hoangvanthai" / "Mới hôm nay: 0" / "Tổng số: 37", DotNetNuke's) and those online,
    where the page counts its visits under a label of their own: such a total is no visit."""
    if sum(key == "total_visits" for key, _ in counters) < 2:
        return counters
    for i, b in enumerate(blocks):
        if len(b.text) > _STATS_ROW or HAS_DIGIT.search(b.text) or (
                vocab.counter_stats.get(key := line_key(b.text)) != "none" and vocab.counter_labels.get(key) != "online"):
            continue  # (or those online, guests and members: "Người trực tuyến" / "Khách: 4" / "Tổng số: 4")
        for j in range(i + 1, min(len(blocks), i + 1 + _MEMBER_ROWS)):
            if not HAS_DIGIT.search(blocks[j].text) and ":" not in blocks[j].text:
                break  # (the next heading: "Người trực tuyến")
            read = read_counters(vocab, blocks[j].text) or []
            label = fold(blocks[j].text.partition(":")[0])
            if read and all(key == "total_visits" for key, _ in read) and not any(w in label for w in vocab.counter_visit):
                counters = [c for c in counters if c not in read]  # (a bare total; "Số lượt truy cập: 45208" is the
                # site's visits, named so)
    return counters


_MEMBER_ROWS = 5  # rows under a members heading: the newest, today's, yesterday's and the total

_STATS_ROW = 40  # characters: a statistics box's row, its label and count
_STATS_FIELD = regex.compile(r"^(?P<label>[^\d:]{2,40}?)(?:\s*+:\s*+|\s++(?=\d))(?P<value>\d[\d.,]*+)$")  # "Nội dung : 3108",
# "Bài viết 416" (Joomla 4's, no colon)
_STATS_ROWS = 3  # lines: a statistics box's other rows around one of its rows of content


def _counts_under_title(blocks: tuple[Block, ...], labels: list[Label | None],
                        vocab: Vocabulary) -> Iterator[tuple[int, int, tuple[str, int]]]:
    """The headline's index, then each short counter line among its meta lines under it that holds one count, and
    that count."""
    title = next((i for i, label in enumerate(labels) if label == Label.TITLE), None)
    if title is None:
        return
    for i in range(title + 1, min(len(blocks), title + _META_UNDER_TITLE + 1)):
        if labels[i] == Label.COUNTER and len(blocks[i].text) <= _STATS_ROW and (
                read := read_counters(vocab, blocks[i].text)) and len(read) == 1:
            yield title, i, read[0]


def _views_under_headline(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                          vocab: Vocabulary) -> list[tuple[str, int]]:
    """The views on the headline's meta lines first where another item's views came before them (a video box's
    "Đăng ngày 02/06/2024 · 2.416 lượt xem" over the trail and the headline, "Lượt xem: 56" under it)."""
    if sum(key == "views" for key, _ in counters) < 2:
        return counters
    for _, _, count in _counts_under_title(blocks, labels, vocab):
        if count[0] == "views" and count in counters:
            return [count, *(c for c in counters if c != count)]
    return counters


def _views_of_box_above(blocks: tuple[Block, ...], labels: list[Label | None], counters: list[tuple[str, int]],
                        vocab: Vocabulary) -> list[tuple[str, int]]:
    """The counters without the views of a box above the headline, set off from it by the box's link or the
    article's breadcrumb ("VIDEO" / a clip's title / "Lượt xem: 1.536" / "Xem thêm video »" / "Tin tức » …" /
    headline), where the article's own lines count views too: those are the article's."""
    if sum(key == "views" for key, _ in counters) < 2 or (title := next(
            (i for i, label in enumerate(labels) if label == Label.TITLE), None)) is None:
        return counters
    above, own = set(), set()
    for i, label in enumerate(labels):
        if label == Label.COUNTER and len(blocks[i].text) <= _STATS_ROW or (
                label == Label.DATE and title < i <= title + _META_UNDER_TITLE and "|" in blocks[i].text):
            views = {value for part in blocks[i].text.split("|") for key, value in read_counters(vocab, part) or ()
                     if key == "views"}  # (or the headline's date line's: "Ngày đăng: 10/07/2024 - 08:30 | Lượt xem: 76")
            if i > title:
                own |= views
            elif views and any(labels[j] in (Label.RELATED, Label.NAVIGATION) for j in range(i + 1, title)):
                above |= views
    if not own or not (dropped := above - own):
        return counters
    return [c for c in counters if c[0] != "views" or c[1] not in dropped]


# The readers _counters_read_again applies, in order (each takes and returns the page's counters)
_COUNTS_READ_AGAIN = (_viewers_in_widget, _counter_service, _statistics_box, _members_box, _visits_over_views,
                      _views_under_signature, _views_under_date, _views_under_headline, _views_of_box_above)


def _plays_as_views(counters: list[tuple[str, int]]) -> tuple[tuple[str, int], ...]:
    """The counters with a radio bulletin's plays read as its views, unless the page prints views of
    its own beside them ("Lượt nghe: 36 | 👁 872")."""
    if not counters or PLAYS not in dict(counters):
        return tuple(counters)
    if any(key == "views" for key, _ in counters):
        return tuple((key, value) for key, value in counters if key != PLAYS)
    return tuple(("views" if key == PLAYS else key, value) for key, value in counters)


_POLL_OPTIONS = 8  # lines between a survey's question and its buttons, at most
_POLL_BUTTONS = regex.compile(r"\s*[|/•·]\s*|\s{2,}")


_NEIGHBOUR_LABELS = (None, Label.OTHER, Label.RELATED)  # (a side column's lines, by the template or the rules)


def _counter_neighbours(blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool],
                        counters: list[tuple[str, int]], vocab: Vocabulary) -> None:
    """A "label: number" line beside a counter line, its label in counter words but naming no visit
    ("Đang kết nối: 37" / "Tổng số lượt: 1.204.556", "Người đang xem: 8" / "Cộng dồn: 301.877"): a
    counter of the same widget."""
    n = len(blocks)
    # (a line can only become one if it is short and holds a number: the cheap test comes first)
    candidate = [labels[j] in _NEIGHBOUR_LABELS and len(b.text) <= 60 and HAS_DIGIT.search(b.text) is not None
                 for j, b in enumerate(blocks)]
    for i in range(n):
        if not (i and candidate[i - 1] or i + 1 < n and candidate[i + 1]):
            continue
        if labels[i] != Label.COUNTER and not (labels[i] in _NEIGHBOUR_LABELS and _counter_heading_words(blocks[i].text, vocab)):
            continue  # (a widget's heading in counter words the list lacks, "Số người ghé thăm", opens one too)
        for j in (i - 1, i + 1):
            if 0 <= j < n and candidate[j] and labels[j] in _NEIGHBOUR_LABELS and (
                    found := worded_counter(vocab, fold(blocks[j].text), need_visit=False) or _beside_line(blocks[j].text, vocab)):
                labels[j], terminal[j] = Label.COUNTER, True
                candidate[j] = False
                counters.extend(found)


def _beside_line(text: str, vocab: Vocabulary) -> list[tuple[str, int]] | None:
    """A one-word counter field alone on its line ("Tuần | 4 112", counter.txt "@beside"), read only
    beside another counter's line: alone, "Tháng 5" is a month."""
    beside = BESIDE_FIELD.match(_SPACED_THOUSANDS.sub("", text.replace("|", " ").strip()))
    key = vocab.counter_beside.get(fold(beside["label"])) if beside else None
    return [(key, int(NON_DIGIT.sub("", beside["value"])))] if key else None


_SPACED_THOUSANDS = regex.compile(r"(?<=\d) (?=\d{3}(?!\d))")  # "4 112": a space between the thousands


def _counter_heading_words(text: str, vocab: Vocabulary) -> bool:
    """A short heading of counter words naming a visit, no number: a counter widget's."""
    return (len(text) <= 40 and not HAS_DIGIT.search(text) and not text.endswith(":")
            and worded_key(vocab, fold(text)) is not None)


def _poll_widget(blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool],
                 vocab: Vocabulary, candidates: list[int]) -> None:
    """A survey widget: its question ("Bạn thấy … thế nào?"), short options, and its buttons
    ("Biểu quyết   Xem kết quả"). All of it is boilerplate, and it ends the article."""
    for i in candidates:
        text = blocks[i].text
        if not (all(line_key(part) in vocab.poll_buttons for part in _POLL_BUTTONS.split(text.strip()) if part)
                or _two_buttons(text, vocab)):
            continue
        j = i - 1
        while j >= max(i - _POLL_OPTIONS, 0) and len(blocks[j].text) <= 60 and not blocks[j].text.endswith("?"):
            j -= 1
        if j < 0 or not blocks[j].text.endswith("?") or len(blocks[j].text) > 150:
            continue
        goes_on = _full_paragraphs(blocks, labels, i + 1, 2)
        for k in range(j, i + 1):
            labels[k], terminal[k] = Label.OTHER, not goes_on
        if goes_on:  # the side column printed between the text's paragraphs, the text going on under its survey:
            top = j  # its boxes from the last paragraph over it ("LỊCH CÔNG TÁC" / a week's schedule / "THÔNG BÁO" /
            while top > 0 and not _full_paragraphs(blocks, labels, top - 1, 1):  # … / "THĂM DÒ Ý KIẾN" / the survey)
                top -= 1
            for k in range(top, j):
                if labels[k] is None:
                    labels[k] = Label.NAVIGATION


def _two_buttons(text: str, vocab: Vocabulary) -> bool:
    """Two of a survey's buttons run together with one space ("Bình chọn Kết quả")."""
    words = text.split()
    return len(words) <= _POLL_BUTTON_WORDS and any(
        line_key(" ".join(words[:k])) in vocab.poll_buttons and line_key(" ".join(words[k:])) in vocab.poll_buttons
        for k in range(1, len(words)))


_POLL_BUTTON_WORDS = 6
_STRIP_TITLES = 4  # the photos' titles a gallery widget may print between its heading and its files
_CAMERA_FILE = regex.compile(r"^(?:IMG|DSC|DSCN|DJI|PXL)[_-]?\d{3,}(?:[_-]\d+)?$")  # a camera's file name, no extension left


def _gallery_strips(blocks: tuple[Block, ...], labels: list[Label | None], end: int, vocab: Vocabulary) -> None:
    """Around the article: "Ảnh nhà trường" over a strip of image file names is a gallery, the
    photos' titles between them too ("Hình ảnh quê hương" / "Đồi quế thôn Khe Dứa" / … / "anh-01.jpg …"),
    from the last paragraph on (a widget right under the signature lies before the article's end),
    and in a side column printed before the first one."""
    last = next((i for i in range(end - 1, -1, -1) if labels[i] is None and is_prose(blocks[i].text)), end - 2)
    first = next((i for i in range(last) if labels[i] is None and is_prose(blocks[i].text)), 0)
    for i in (*range(first - 1), *range(max(last + 1, 0), len(blocks) - 1)):
        text = blocks[i].text
        if len(text) > 40 or ":" in text.rstrip(":") or not vocab.gallery_word.search(text):
            continue  # (not a credit: "Bài, ảnh: Trần Quốc Bảo"; a heading's own colon, "Hình ảnh ra quân:", is fine)
        if line_key(text) in vocab.thumbnail_labels:
            if labels[i] is None and _image_name(blocks[i + 1].text):
                labels[i] = labels[i + 1] = Label.OTHER  # the post's picture field, its one file: no gallery
            continue
        for j in range(i + 1, min(i + 2 + _STRIP_TITLES, len(blocks))):
            files = blocks[j].text
            if noise_kind(files) and all(_image_name(t) or _CAMERA_FILE.match(t) for t in files.split()) and (
                    i > first or len(files.split()) > 1 or j + 1 < len(blocks) and _image_name(blocks[j + 1].text)):
                for k in range(i, j + 1):  # (before the article, more than one photo: one is a random photo's box)
                    labels[k] = Label.GALLERY
                break
            if len(files) > 80 or ends_sentence(files):
                break


_READING_TIME = regex.compile(r"(?i)\d\s*(?:phút|min)")  # (counter.txt "@comment": the reading time's words)


def _verse_close(blocks: tuple[Block, ...], labels: list[Label | None], i: int, end: int) -> int | None:
    """The line closing a quotation that line ``i`` opens, when every line of it is a short one of
    its own, unlabelled (a poem's verses quoted in the text); None when it does not close so."""
    if any(c in blocks[i].text[1:] for c in _CLOSE_QUOTES):
        return None
    for j in range(i + 1, min(end, i + _VERSE_LINES)):
        text = blocks[j].text
        if labels[j] is not None or len(text) > _VERSE_LINE or any(c in text for c in _OPEN_QUOTES if c != '"'):
            return None
        if any(c in text for c in _CLOSE_QUOTES):
            return j if j > i + 1 else None  # (three lines at least: one is a caption in quotes)
    return None


def _items_close(blocks: tuple[Block, ...], labels: list[Label | None], i: int, end: int, vocab: Vocabulary) -> int | None:
    """The last of the items from line ``i`` on, two or more unlabelled short lines of one shape, each a field
    ("Giải Nhất: …") or all opening with one word; no caption's words among them. None when they are not so."""
    items = []
    for j in range(i, min(end, i + _ITEMS)):
        text = blocks[j].text
        if labels[j] is not None or len(text) > _ITEM_LINE:
            break
        items.append(text)
    if len(items) < 2 or any(vocab.photo_credit.search(t) or vocab.caption_start.match(fold(t)) for t in items):
        return None
    fielded = next((k for k, t in enumerate(items) if not 0 < t.find(":", 0, CREDIT_LABEL) < len(t) - 2), len(items))
    if fielded >= 2:
        return i + fielded - 1  # (the fields' run, whatever closes the text under it: "Giải Khuyến khích: …" / a
        # signature's role over the name, "Công chức Tư pháp - Hộ tịch xã" / "Nguyễn Thị Khánh Linh")
    first = {t.split(maxsplit=1)[0] for t in items}
    return i + len(items) - 1 if len(first) == 1 else None


_ITEMS = 12  # lines: the items a paragraph introduces, at most
_ITEM_LINE = 120  # characters: an item of them


_OPEN_QUOTES = '"“«'
_CLOSE_QUOTES = '"”»'
_VERSE_LINE = 80  # characters: a verse
_VERSE_LINES = 16  # … and a quoted poem's lines, at most


def _caption_like(text: str, seen: set[str], vocab: Vocabulary) -> bool:
    """A photo caption: a photo credit, a repeat, or a short unpunctuated line between paragraphs."""
    if vocab.photo_credit.search(text) and len(text) <= 300:
        return True
    if seen and fold(text) in seen:
        return True
    if len(text) <= 120 and vocab.caption_start.match(fold(text)):
        return True  # "Một góc xã Hương Thủy.", "Quang cảnh hội nghị."
    if len(text) > 150 or ends_sentence(text) or text.endswith((":", ";", ",")):
        return False
    if _LIST_START.match(text) or text.isupper():
        return False  # list items and sub-headings stay in the body
    if text.count(" | ") >= 2 or "\t" in text or text[:1] == "(" and text[-1:] == ")":
        return False  # a table's row flattened ("1 | Thu thuế, phí | 12.300"), a note in brackets
    words = text.split()
    figures = sum(w.replace(".", "").replace(",", "").isdigit() for w in words)
    return figures < 2 or figures < 0.4 * len(words)  # "Tổng cộng 548 8.220 1.826": a table's row


# Roles an HTML segmenter gives blocks (see wardnews._html): the labels they stand for.
_ROLE_LABELS = {
    "title": Label.TITLE, "lead": Label.LEAD, "caption": Label.CAPTION, "author_meta": Label.OTHER,
    "navigation": Label.NAVIGATION, "related": Label.RELATED, "share": Label.SHARE, "footer": Label.FOOTER,
    "counter": Label.COUNTER, "gallery": Label.GALLERY, "other": Label.OTHER,
}
_NOT_CAPTION_TAGS = frozenset({"li", "td", "th", "tr", "h1", "h2", "h3", "h4", "h5", "h6"})


_TOOL_TEXT = 40  # characters: a tool's words
_AD_MARKS = " -–—*[]()|"  # round an advertisement slot's label ("- Quảng cáo -")
_SUMMARY_BOX = 8  # lines: a tool's summary box, its heading and its points


_CAPTION_DATE_LINE = 60  # characters: a date line in brackets, a caption's class round it


def _apply_roles(
    blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool],
    header_dates: list[tuple[int, _dates.DateMatch]], counters: list[tuple[str, int]],
    pat: _dates.DatePatterns, vocab: Vocabulary,
) -> None:
    """Blocks whose HTML role says what they are label themselves; boilerplate still gives up its
    counters ("Đang truy cập: 28") and its vocabulary kind. Body blocks are left to the rules."""
    first_body = next((i for i, b in enumerate(blocks) if b.role == "body"), len(blocks) + _BYLINE_OVER_BODY)  # (none: past reach)
    lead_open = True  # (no paragraph of the template's body read yet: its first may be the summary)
    for i, b in enumerate(blocks):
        role = b.role
        if lead_open and i >= first_body and (role == "body" or role == "lead") and is_prose(b.text):
            lead_open = False
            if role == "body" and b.cls and field_class(b.cls, "lead") and ends_sentence(b.text):
                labels[i] = Label.LEAD  # the text's first paragraph in an element its class calls the summary, inside
                continue  # the template's body ("<div class=tom-tat>" over "<div class=noi-dung>")
        if not role or role == "body":
            continue
        if role == "date":
            labels[i] = Label.DATE
            if (meta := meta_date(pat, vocab, b.text)):
                _mark_date(i, meta, labels, header_dates, counters)
            elif _BARE_SHORT_YEAR.match(b.text) and (short := short_year_date(pat, b.text)) and not short[1].strip():
                header_dates.append((i, short[0]))  # a two-digit year alone in the template's own date field
                # (Liferay's "<span class=metadata-publish-date>12/09/22</span>"): the field vouches for it
            elif len(b.text) <= 2 and b.text.isdigit() and (stacked := _stacked_date(pat, blocks, i)):
                header_dates.append((i, stacked[0]))  # the template's date box, a part a line ("10" / "tháng 6" / "2024")
            continue
        if (role == CHROME_ROLE and i + 1 < len(blocks) and blocks[i + 1].role == "body" and is_prose(b.text)
                and ends_sentence(b.text) and i < first_body):
            continue  # the text's own first paragraph in an element the template's profile does not know, right
            # over the body it does (a theme's sapo "<div class=smr-dtl>"): left to the rules, a lead perhaps
        if (role == CHROME_ROLE and len(b.text) <= NAME_LINE + 20 and ":" in b.text[:20] and credited_names(b.text, vocab)
                and not _signature.source_line(b.text, vocab) and i < first_body < i + _BYLINE_OVER_BODY):
            continue  # the writer's credit over the text, outside the template's fields ("Người viết: Hoàng Yến"): the byline
        if (role == "footer" and i and blocks[i - 1].role in ("body", "") and labels[i - 1] is None
                and is_prose(blocks[i - 1].text) and len(b.text) <= NAME_LINE + 20
                and ":" in b.text[:CREDIT_LABEL] and credited_names(b.text, vocab) and not _signature.source_line(b.text, vocab)):
            continue  # … or right under it, in an element the template's class calls the footer's ("<div class=copyright>
            # Tác giả bài viết: …", NukeViet's): the signature
        if role == "author_meta" and _dates.may_hold_date(b.text) and (meta := meta_date(pat, vocab, b.text)):
            _mark_date(i, meta, labels, header_dates, counters)  # the author's field holding the date line
            continue  # instead (Liferay's "<div class=metadata-author><span class=icon-calendar/> 19 thg 7, 2023 …")
        label = _ROLE_LABELS.get(role)
        if label == Label.TITLE and i + 1 < len(blocks) and blocks[i + 1].role == "navigation" and site_banner(b.text, vocab):
            labels[i] = Label.NAVIGATION  # the site's name in the only <h1>, over the menu ("XÃ LONG PHƯỚC ĐÔNG")
            continue
        if (label == Label.CAPTION and len(b.text) <= _CAPTION_DATE_LINE and b.text[:1] in "([" and _dates.may_hold_date(b.text)
                and (meta := meta_date(pat, vocab, b.text))):
            _mark_date(i, meta, labels, header_dates, counters)  # the date line in a class that names a caption
            continue  # ("<p class=tt-chuthich>(Cập nhật: 02/08/2024 14:05:12)</p>")
        if label == Label.CAPTION and i and HAS_DIGIT.search(b.text) and len(b.text) <= _TOOL_TEXT and (
                blocks[i - 1].text.isdigit() or read_counters(vocab, blocks[i - 1].text)) and read_counters(vocab, b.text):
            continue  # a counter's row under the widget's others, centred under its digits' pictures as the template sets
            # a photo's caption ("Đang online: 12"): the rules read it
        if label is not None and not label.is_boilerplate and label != Label.OTHER:
            labels[i] = label
            continue
        if label == Label.GALLERY and (i and labels[i - 1] == Label.RELATED and blocks[i - 1].role in ("gallery", "related")
                                       or len(b.text) <= 60 and boilerplate_kind(vocab, b.text) == "related"):
            labels[i] = Label.RELATED  # a carousel of other articles under its heading ("Bài viết liên quan" in a
            continue  # "…-featured-slider", or in the related box's own heading over Kadence's carousel): no album
        if label == Label.NAVIGATION and len(b.text) <= _TOOL_TEXT and boilerplate_kind(vocab, b.text) == "share":
            labels[i] = Label.SHARE  # a player's or page's tool in an element whose class reads as a menu's
            continue  # ("Tốc độ: 1x" in "pt-toc"): the text may go on under it
        if label in (None, Label.NAVIGATION, Label.OTHER) and len(b.text) <= 30 and _slide_place(b.text, vocab):
            labels[i], terminal[i] = Label.GALLERY, True  # a slideshow's place in a side box ("« Ảnh 1 / 6 »"), and the
            if i and labels[i - 1] == Label.NAVIGATION and boilerplate_kind(vocab, blocks[i - 1].text) == "gallery":
                labels[i - 1] = Label.GALLERY  # box's heading over it ("Thư viện ảnh"), which the template calls a menu's
            continue
        if role == CHROME_ROLE and b.link_density >= 0.9:
            labels[i], terminal[i] = Label.NAVIGATION, True  # a menu or list of links, nothing to read
            continue
        if role in (CHROME_ROLE, "share") and len(b.text) <= 120 and (
                b.text[:1].isdigit() or fold(b.text[:24]).startswith(pat.published_labels)
                or publish_label(vocab).match(b.text)  # ("Đăng tải 07.02.2025 lúc 14:33" in its own span)
                or pat.starts_meta.match(b.text)):  # (or its weekday first: "Thứ Tư, 05/03/2025 | 16:02 Cỡ chữ: …")
            meta = meta_date(pat, vocab, b.text)  # the date line outside the template's own fields
            if meta:  # ("14/06/2023 2:37 CH - Đăng bởi: Quản trị Phường 7")
                _mark_date(i, meta, labels, header_dates, counters)
                continue
        if (role == "other" and len(b.text) <= 120 and fold(b.text[:24]).startswith(pat.published_labels)
                and any(blocks[j].role == "title" for j in range(max(0, i - _ARTICLE_INFO - 1), i))
                and (meta := meta_date(pat, vocab, b.text))):
            _mark_date(i, meta, labels, header_dates, counters)  # the published date among the post's info fields
            continue  # under its headline, which the template's class puts aside ("<dd class=published>Được đăng: …")
        if (role == "footer" and len(b.text) <= 120 and (date_labels(vocab).match(b.text) or fold(b.text[:24]).startswith(
                vocab.uploader_labels)) and (meta := meta_date(pat, vocab, b.text))):  # (or who posted it, then when)
            _mark_date(i, meta, labels, header_dates, counters)  # the post's own footer under its text
            continue  # ("Ngày cập nhật: 03/04/2023"): its date line, kept if it follows the article closely
        if (role == CHROME_ROLE and len(b.text) <= 60 and any(c.isdigit() for c in b.text)
                and (any(blocks[j].role == "title" for j in range(max(0, i - 2), min(i + 3, len(blocks))))
                     or i + 1 < len(blocks) and _views_only(blocks[i + 1].text, vocab))
                and (whole := _dates.header_date(pat, b.text)) and whole[0].iso() and not whole[1].strip()):
            labels[i] = Label.DATE  # a date alone right over (or under) the headline, outside the template's fields
            header_dates.append((i, whole[0]))  # ("Chủ nhật, 27 Tháng Mười Một 2022" in a blog's date box), or
            continue  # over the post's views in its footer ("02-11-2023 15:40" / "73 Lượt xem")
        values = read_counters(vocab, without_tools(b.text, vocab)) if not (
            role == "share" and b.text[:1] == "(" and b.text[-1:] == ")") else None  # (not a rating's votes in the
        # share tools' element, in brackets with no label: "Đánh giá bài viết ★★★★☆ (11 lượt)")
        if values is None and role == CHROME_ROLE and b.text[:1].isdigit() and any(
                blocks[j].role == "title" for j in range(max(0, i - _META_UNDER_TITLE), i)):
            values = _yearless_meta_row(b.text, vocab, pat)  # the post's meta row under its headline, no year in
            # its date ("21/05 👁 318"): its views
        if values is None and "👁" in b.text and role == CHROME_ROLE:
            values = _views_after_eye(b.text, vocab)
        if values is None and role == "counter" and len(b.text) <= 60 and HAS_DIGIT.search(b.text):
            values = worded_counter(vocab, fold(b.text), need_visit=False)  # the template says it counts
            if (values is None and i and b.text[:1].isdigit() and len(b.text) <= 16 and (row := blocks[i - 1].text)
                    and (named := _LABEL_CLOSING.search(row, max(0, len(row) - 48)))
                    and (read := read_counters(vocab, f"{named['label']}: {b.text}"))
                    and (_dates.may_hold_date(row) and read[0][0] == "views"
                         or ": " in row and read_counters(vocab, row[:named.start()].rstrip(" |•·-–")))):
                values = read  # … or the views' label closing the meta row above it, the count in its own element
                # ("… - 16:42 Lượt xem / Views:" / "<span class=statistics-counter>1.024"), or a counter's label closing
                # a row of counts ("Đang online: 52 | Lượt truy cập:" / "<span id=counter>1.056.774")
        if values is None and i and labels[i - 1] == Label.COUNTER and len(b.text) <= 60:
            values = _beside_row(b.text, vocab)  # a widget's one-word row under its other counts ("Tuần | 2.876")
            if (values is None and b.tag == "dd" and blocks[i - 1].tag == "dt" and len(b.text) <= 16 and b.text[:1].isdigit()
                    and not HAS_DIGIT.search(blocks[i - 1].text)):
                values = read_counters(vocab, f"{blocks[i - 1].text}: {b.text}")  # … or the value under its label
                # (a definition list's: "<dt>Đang truy cập / Online</dt><dd>41</dd>")
        if values:
            labels[i], terminal[i] = Label.COUNTER, True
            counters.extend(_widget_total(blocks, i, _views_by_class(b, values), vocab, counters))
            continue
        kind = boilerplate_kind(vocab, b.text) if label is None or label == Label.OTHER or (
            label == Label.NAVIGATION and b.link_density < 0.5 and len(b.text) <= MENU_ITEM) else None
        if kind and (label != Label.NAVIGATION or kind == "gallery"):
            labels[i] = _KIND_LABEL[kind]  # (and a side box's heading the template calls navigation, no link: its photo
            # album's, "Thư viện ảnh" over the album's picture)
        elif (label in (None, Label.OTHER) and len(b.text) <= 300 and ":" in b.text[:40]
              and vocab.related_inline.match(fold(b.text[:40]))):
            labels[i] = Label.RELATED  # a link to another post in an <aside> of the text ("Đọc thêm:<a>…</a>"), its
            # label glued to it: the text goes on under it (below)
        elif label is not None:
            labels[i] = label  # the template says which kind of boilerplate this is
        elif (0 < i < len(blocks) - 1 and blocks[i - 1].role == "body" and blocks[i + 1].role == "body" and b.link_density < 0.5
              and len(b.text) <= CAPTION_LINE and not ends_sentence(b.text)):
            labels[i] = Label.CAPTION  # a photo's caption in a table between two parts of the text, outside the
            terminal[i] = False  # template's body elements (SharePoint's blog: "<div class=ExternalClass…>" twice)
            continue
        else:  # "chrome": outside the article on a recognised platform
            labels[i] = Label.NAVIGATION if b.link_density >= 0.5 else Label.OTHER
        if labels[i] == Label.FOOTER:
            counters.extend(_footer_counters(b.text, vocab))
        # ("Xem thêm: <title>" between the paragraphs, which the template calls related: the text goes on)
        terminal[i] = not (labels[i] == Label.RELATED and len(b.text) <= 300 and ":" in b.text[:40]
                           and vocab.related_inline.match(fold(b.text[:40])))


_BARE_SHORT_YEAR = regex.compile(r"^\d{1,2}/\d{1,2}/\d\d$")
_PLAIN_CAPTION = 160  # characters: the longest caption printed like a paragraph
_JUSTIFIED_CAPTION = 100  # … and set justified, as the text's paragraphs are
_BYLINE_OVER_BODY = 4  # blocks: from a writer's credit to the text under it (a source's line, a lead between)


def _html_caption(block: Block, seen: set[str], vocab: Vocabulary) -> bool:
    """An HTML caption sits right after an image (or is a photo credit, or a repeat); a short line
    with no image before it is a sub-heading and stays in the body."""
    text = block.text
    if len(text) > 300:
        return False  # captions are a line or two, never a paragraph this long
    if ":" in text and vocab.photo_credit.search(text):
        return True
    if seen and fold(text) in seen:
        return True
    if len(text) <= 120 and vocab.caption_start.match(fold(text)):
        return True  # "Một góc xã Hương Thủy.", "Quang cảnh hội nghị."
    # (a long line under a photo is a caption only when set apart, in italics or bold or centred:
    # plain, it is the paragraph that follows the photo)
    long_plain = (len(text) > (_JUSTIFIED_CAPTION if block.align == "justify" else _PLAIN_CAPTION)
                  and not block.emphasis and block.align != "center")  # (justified as the text's paragraphs are,
    # a shorter line is already one of them: "Dự buổi ra mắt có bà …; đại diện …" under the summary's photo)
    return (block.near_image and len(text) <= 250 and not long_plain and block.tag not in _NOT_CAPTION_TAGS
            and not _LIST_START.match(text))
