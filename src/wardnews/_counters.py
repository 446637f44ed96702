"""Visitor counters read off the page's lines, for the label stage: a line that is all counters
("Đang online 13025 Tổng lượt truy cập 9115", "Hôm nay: 1.024 | Tổng: 2.031.556"), a widget's rows
(labels over values, values then units, columns), and how a widget's counts split into the record's
keys (online, today, …, total_visits; the post's own views). Labels and units are the vocabulary's
(data/vi/counter.txt)."""
from __future__ import annotations

import functools
from collections.abc import Iterable

import regex

from . import _dates, _signature
from ._fields import (
    BAR_MARK_CHARS,
    BAR_MARKS,
    CLOCK_TIME,
    COMMENT_TAIL,
    CREDIT_LABEL,
    DOT_LEADER,
    ENGLISH_BRACKETED,
    ENGLISH_HALF,
    HAS_DIGIT,
    NON_DIGIT,
    PLACEHOLDER,
    REST_CHARS,
    accent_labels,
    category_names,
    labels_after_values,
    posted_time,
    publish_label,
)
from ._normalize import fold
from ._vocab import (
    ICON_LEAD,
    SLASH_CAPITAL,
    Vocabulary,
    alternation,
    boilerplate_kind,
    line_key,
)
from .model import Block, Label

_DIGIT_ROW = regex.compile(r"^\d(?:(?:\s++|\s*+\|\s*+)\d){2,}$")  # an odometer's digits in one row of cells
_LABELLED_DIGIT_ROW = regex.compile(r"^\d(?:(?:\s++|\s*+\|\s*+)\d)++$")  # … two will do under a counter's label
# ("Đang truy cập" / "1 6", a digit a cell)
COUNT_DIGITS = regex.compile(r"^\d{1,3}(?:[.,]\d{3})*+$|^\d++$|^\d{1,3}(?: \d{3})++$")  # a count alone in its line or cell
# (thousands set apart by spaces: "1 245 087")
# "A- A A+", "[A-] 100% [A+]", or the buttons run together where no space parts their links ("aAA⁺")
_TEXT_SIZE = regex.compile(r"(?:\s*+(?:\[?(?<!\p{L})(?:A[-+–⁺⁻]?|a?A{1,2}[+⁺]?)\]?|\d{2,3}\s*+%))+$")
_VALUE_DASH_LABEL = regex.compile(r"(?P<value>\d{1,3}(?:[.,]\d{3})++|\d++)\s+[—–-]\s+(?P<label>[^\W\d][^\d|]{1,40})$")
_SPACED_DIGITS = regex.compile(r"(?<![\d.,])(?:\d(?: \d){3,}|(?<=(?:: |\p{L} ))(?:\d{1,3}(?: \d{3})+|\d(?: \| \d){3,}))$")  # (or
# thousands set apart by spaces after a label: "Số người đã truy cập: 2 345 678", "Tổng số lượt 702 931"; or a digit a
# table cell: "Số lượt truy cập: 0 | 0 | 4 | 8 | 1 | 7")
ICON_BEFORE_LABEL = regex.compile(r"(?:[\p{So}\p{Sm}]\ufe0f?\s*+)++(?=[(\[]?\p{L})")  # (or its field in brackets: "👁 (Đã xem: 76)")
_TOOL_GAPS = regex.compile(r"\s[|—–·•]\s|\s{3,}+")  # between a tool and the counts after it (or a wide gap)
WIDGET_BULLETS = frozenset({"» ", "› ", "▪ ", "▸ ", "► ", "+ ", "* "})
_COUNT_EDGES = " |•·-–()✓✔"  # what may stand round a line of counters ("✓ 532 lượt truy cập bài")


def without_rating_tail(text: str) -> str:
    """The line without a rating's stars (and votes) closing it after a figure; the line itself when none."""
    if text[-1:] in "★☆)" and ("★" in text or "☆" in text) and (rating := _RATING_TAIL.search(text)) and (
            HAS_DIGIT.search(text, 0, rating.start())):
        return text[:rating.start()]
    return text


_RATING_TAIL = regex.compile(r"\s++(?:\|\s*+)?(?:[^\W\d]++(?: [^\W\d]++)?\s*+[:|]\s*+)?[★☆](?: ?[★☆]){2,9}+"
                             r"(?:\s*+\(\s*+\d{1,6}+(?:\s++[^\W\d]{1,12}+){0,3}\s*+\))?\s*+$")  # ("Đánh giá: ★★★★☆ (4 phiếu bầu)")


def odometer_joined(text: str) -> str:
    """The line with the digits closing it, set apart by spaces, joined: an odometer a digit a cell
    ("Tổng: 3 0 2 7 7 1 6"), or thousands set apart ("Số người đã truy cập: 2 345 678")."""
    if (text[-2:-1] == " " or text[-4:-3] == " ") and text[-1:].isdigit() and (odometer := _SPACED_DIGITS.search(text)):
        return text[:odometer.start()] + odometer.group().replace(" ", "").replace("|", "")
    return text


def read_counters(vocab: Vocabulary, text: str) -> list[tuple[str, int]] | None:
    """Counter values if the whole line is counters ("Đang online 13025 Tổng lượt truy cập 9115")."""
    if text[:1] == "👁" and (eye := _EYE_COUNT.match(text)) and read_counters(vocab, f"{eye['value']} {eye['unit']}"):
        return [("views", int(NON_DIGIT.sub("", eye["value"])))]  # the eye says whose count it is, whatever its unit
        # says ("👁 1.508 lượt truy cập": the post's views in the site visits' words)
    line = _counter_line(vocab, text)
    if line is None:
        return None
    text = line
    if (text.lstrip(_COUNT_EDGES)[:3].lower() in vocab.guests_openings
            or text[:1].isdigit() and vocab.guest_words.search(text)) and (
            guests := vocab.guests_online.match(fold(text).strip(_COUNT_EDGES))):
        members = guests["members"] or "0"  # Joomla's "Hiện có 4 khách và không thành viên đang trực tuyến",
        return [("online", int(guests["guests"] or 0) + (int(members) if members.isdecimal() else 0))]  # both online
    tail = text.rstrip(REST_CHARS)  # on the line as printed: folding it costs more than this test
    while not tail[-1:].isdigit() and " | " in tail and len(tool := text.rsplit(" | ", 1)[1]) <= TOOL_FIELD and (
            boilerplate_kind(vocab, tool.strip()) == "share"):
        text = text.rsplit(" | ", 1)[0]  # the page's tools after the counts ("Lượt xem: 512 | In (Print)")
        tail = text.rstrip(REST_CHARS)
    if not tail[-1:].isdigit() and not fold(tail[-12:]).endswith(vocab.counter_rest_ends):
        return _value_first(vocab, text) if text.lstrip(_COUNT_EDGES)[:1] in _VALUE_FIRST_OPENINGS else None
    return _scan_counters(vocab, text)


_VALUE_THEN_LABEL = regex.compile(r"(?<=\d)(?=\p{Lu}\p{Ll})")
_LABEL_THEN_VALUE = regex.compile(r"\p{Ll}\d")  # a label's last letter run into its value
_UNIT_THEN_VALUE = regex.compile(r"(?<=\p{Ll})(?=\d)")


_TOLD_NUMBER = regex.compile(r"(?i)(?P<label>[^\d]{6,40}?thứ):?\s*+(?P<count>\d[\d.,]{0,14}+)\s++\D{1,120}+$")  # the
# visitor's number after its label (counter.txt's "Bạn là người thứ", …), then words
_BARE_SIZE_BUTTONS = regex.compile(r"\s++[-−–]\s*+\+$")
_GLUED_HEADING = 40  # characters: a widget's heading, where the first label may start
# … and where it ends, within those: a lower-case letter, then a label (the search goes no further)
_HEADING_GLUED = regex.compile(rf"^.{{1,{_GLUED_HEADING}}}?(?<=\p{{Ll}})(?=\p{{Lu}}\p{{Ll}}[^:\d]{{0,24}}:\s*+\d)")


def _counter_line(vocab: Vocabulary, text: str) -> str | None:
    """The line with what stands around a widget's counts taken away or rewritten as "label:
    value" (a dot leader, the text-size buttons, a label's English half…); None for a line that
    cannot be counters (too long, no digit)."""
    if len(text) > 160 or not HAS_DIGIT.search(text):
        return None
    if text.isascii() and ":" in text:
        text = accent_labels(text, vocab)  # a template typed without accents: "Luot truy cap: 56.902"
    if ":" in text and (glued := _HEADING_GLUED.match(text)):
        text = f"{text[:glued.end()]} {text[glued.end():]}"  # the widget's heading run into its first label
        # ("Lượt truy cậpHôm nay: 52Tổng: 78.012", spans with no break between)
    if text[-1:] in vocab.tool_icons:
        end = len(text)
        while end and (text[end - 1] in vocab.tool_icons or text[end - 1] in " |·•"):
            end -= 1
        text = text[:end]  # the print and mail buttons drawn as icons after the count ("Lượt xem: 389  🖶  ✉",
        # the bar before them too: "Lượt xem: 312 | A+ A- | 🖶")
    if text[-1:] == "+" and (buttons := _BARE_SIZE_BUTTONS.search(text)):
        text = text[:buttons.start()]  # the text-size tool's two buttons with no letter, after the counts ("👁 87 💬 0 -+")
    if text[:2] in WIDGET_BULLETS:
        text = text[2:]  # a widget's row under a bullet or an arrow ("» Đang xem: 14")
    elif text[:1] == "[" and (alt := _ICON_ALT.match(text)):
        text = text[alt.end():]  # its icon's alt text as a text browser prints it ("[today]     Hôm nay    127")
    if text[:1] in vocab.by_number_starts and (named := vocab.period_by_number.match(text)):
        text = f"{vocab.by_number_labels[int(named.lastgroup[1:])]}: {text[named.end():]}"  # the month or the year
        # by its number, its count after it ("Tháng 6 4.518", "Năm 2024 31.990"): this month's, this year's
    if text[:6] in ("Bạn là", "BẠN LÀ", "bạn là") and (told := _TOLD_NUMBER.match(text)) and (
            line_key(told["label"]) in vocab.counter_labels):
        text = f"{told['label']} {told['count']}"  # the visitor told their number, then whose visitor ("… thứ 2.341
        # ghé thăm blog của Đoàn xã …": the site's name, in any words)
    if text[-1:] == "." and text[-2:-1].isalpha() and len(text) <= _COUNT_SENTENCE:
        text = text[:-1]  # a count told as a sentence ("Hiện có 3 người dùng đang trực tuyến.")
    if "−" in text:
        text = text.replace("−", "-")  # a minus sign for the text-size tool's button ("− 100% +")
    if " ⋅ " in text:
        text = text.replace(" ⋅ ", " | ")  # a dot operator between the counts ("Hôm nay có 318 lượt truy cập ⋅ Tổng cộng: …")
    if "(s)" in text:
        text = text.replace("(s)", "s")  # an English unit's plural in brackets ("97 view(s)", "12 hit(s)")
    text = without_rating_tail(text)  # a rating's cells after the views' ("Số lần xem | 212 | Đánh giá | ☆☆☆☆☆ (0 lượt)")
    if " | : " in text:
        text = text.replace(" | : ", ": ")  # a table's value cell opening with the colon ("Đang truy cập | : 17")
    if " → " in text:
        text = text.replace(" → ", ": ")  # an arrow from the label to its value ("Số lượt đọc → 58")
    if max(text) > "\u2190" and _OTHER_BAR_MARK.search(text):
        text = text.translate(BAR_MARKS)  # a template's mark between the fields ("Người online: 8 ✦ Lượt truy cập: …",
        # "41 online ◦ 1.905 hôm nay ◦ …")
    if text[:1].isdigit() and ":" not in text and _LABEL_THEN_VALUE.search(text):
        text = _UNIT_THEN_VALUE.sub(" ", text)  # each count's value first, a unit run into the next value ("37 lượt
        # xem0 bình luận", Wix's post footer)
    if text.count(":") >= 2 or ":" not in text and ((joins := len(_VALUE_THEN_LABEL.findall(text))) >= 2 or joins == 1
                                                   and len(_LABEL_THEN_VALUE.findall(text)) >= 2):  # (or no colons at
        # all: "Đang online31Hôm nay1.056Hôm qua2.417Tổng truy cập7.609.833"; two fields, each label run into its
        # value: "Trực tuyến12Tổng lượt truy cập1.204.556")
        text = _VALUE_THEN_LABEL.sub(" | ", text)  # a value run into the next field's
        # label, its spans printed with no space between ("Trực tuyến: 9Tổng truy cập: 31.507")
    if " - " in text and text.count(":") >= 2:
        text = _DASH_AFTER_VALUE.sub(" | ", text)  # "label: value" fields between dashes ("Online users: 3 - Total …")
    if text[:1] > "\u2190" and (icon := ICON_BEFORE_LABEL.match(text)):
        text = text[icon.end():]  # an icon before a counter's label: "🟢 Đang online: 29", "∑ Tổng cộng: 3.406.771"
    if ":" in text[:CREDIT_LABEL] and (login := _LOGIN_FIELD.match(text)) and (
            fold(login["label"]) in vocab.editor_credits or _signature.uploader_label(login["label"], vocab)):
        text = text[login.end():]  # the editor's or uploader's login before the counts ("Biên tập: qt_phuockhe02
        # Số người đã xem: 96"), a field of its own
    if "∑" in text:
        text = text.replace("∑", "Σ")  # the n-ary sum sign for the Greek letter, the total's label ("… · ∑ 512.904")
    if (tools_at := font_tool_at(text, vocab)) is not None:
        text = text[:tools_at].rstrip(" ·|-–")  # the text-size picker after the counts ("… · Cỡ chữ: 14 | 16 | 18")
    if vocab.font_tool_ends.search(text, 0, _TOOL_BEFORE_FONT_END) and (opening := _TOOL_BEFORE_FONT.match(text)) and (
            vocab.font_tool_opening.match(text[opening.end():])) and boilerplate_kind(
                vocab, ICON_LEAD.sub("", text[:opening.end()]).strip()) == "share":
        text = text[opening.end():]  # the read-aloud button before the text-size tool ("🔊 Nghe đọc bài Cỡ chữ: …")
    if (tool := vocab.font_tool_opening.match(text)) and (digit := HAS_DIGIT.search(text, tool.end())) and (
            gaps := [m.end() for m in _TOOL_GAPS.finditer(text, tool.end(), digit.start())]):
        text = text[gaps[-1]:]  # the text-size tool first, then the counts: "Cỡ chữ: Nhỏ | Vừa | Lớn — Số lần đọc: 540"
    elif tool and (buttons := _FONT_BUTTONS.match(text, tool.end())) and HAS_DIGIT.search(text, buttons.end()):
        text = text[buttons.end():]  # … its buttons only: "Cỡ chữ A- 100% A+ Số người đã đọc: 415"
    if "⁞" in text or ":::" in text or text.count(" :: ") == 1:
        text = text.replace("⁞", ":").replace(" ::: ", ": ").replace(" :: ", ": ")  # a dotted bar, or two or three
        # colons, between a label and its value ("Lượt truy cập ⁞ 318.004", "SỐ NGƯỜI TRỰC TUYẾN ::: 3",
        # "Đang truy cập :: 7")
    if "/" in text and SLASH_CAPITAL.search(text) and not text.isascii():
        text = ENGLISH_HALF.sub("", text)  # a label in two languages: "Số lượt xem / Views: 405"
        if (english := _ENGLISH_FIRST.match(text)) and not text[english.end():text.find(":")].isascii():
            text = text[english.end():]  # … the English first: "Page views / Lượt truy cập trang: 96"
    if ")" in text and "(" in text and not text.isascii() and ENGLISH_BRACKETED.search(text):
        text = ENGLISH_BRACKETED.sub("", text)  # … or its English in brackets: "Lượt xem (Views): 2.087"
    if "(" in text and not text.isascii():
        text = _ENGLISH_GLOSS.sub("", text)  # … or in brackets: "Lượt truy cập (Visits): 95,302"
    if ("··" in text or ".." in text or "…" in text) and (leader := DOT_LEADER.search(text)):
        text = text[:leader.start()] + ": " + text[leader.end():]  # a dot leader to the value ("Hôm nay ··· 287")
    if (" · " in text or " | " in text) and (cut := max(text.rfind(" · "), text.rfind(" | "))) > 0 and (
            vocab.reading_time.match(fold(ICON_LEAD.sub("", text[cut + 3:].strip())))):
        text = text[:cut]  # the reading time after the views ("1.024 lượt xem · Thời gian đọc: 4 phút", its icon
        # before it: "… | ⏱ 4 phút đọc")
    if (tail := vocab.comment_tail.search(text, max(0, len(text) - COMMENT_TAIL))) and HAS_DIGIT.search(
            text[:tail.start()]):  # (searched in the line's last characters only: the pattern is anchored at the end)
        text = text[:tail.start()].rstrip(" |·•-–—")  # the comments' count after the views ("57 lượt xem 0 bình
        # luận", "Đọc: 512 — Phản hồi: 0"), with the mark before it
    if (text[:1].isdigit() or ": " in text[:_HEADING_COLON]) and (" - " in text or " – " in text):
        text = _DASH_BEFORE_VALUE.sub(" | ", text)  # value-first fields between dashes ("12 ĐANG XEM - 95.410 LƯỢT")
    if text[-1:] == ")" and ("," in text or " - " in text or " – " in text or "|" in text) and (
            parts := _COUNT_PARTS.search(text)):
        text = text[:parts.start()]  # the count's parts after it: "Online: 7 (guests: 7, members: 0)", "Đang truy
        # cập: 23 (Thành viên: 0 - Khách: 23)"
    if text[-1:] == ")" and text.count("(") >= 2:
        text = labels_after_values(text, vocab)  # each value's label after it, in brackets: "4.552.180 (tổng) /
        # 61 (đang online)"
    if text[-1:] == ")" and (inner := _BRACKETED_FIELD.search(text)):
        text = f"{text[:inner.start()].rstrip()} | {inner['field']}"  # another count in brackets after the value
        # ("Số lượt ghé thăm website: 612.309  (đang online: 11)", "Truy cập: 902.117 (24 người đang online)")
    if "(" in text and (window := _WINDOW_FIELD.search(text)):
        text = (text[:window.start()] + text[window.end():]).strip(" |")  # a count over a rolling window the record
        # has no key for ("Lượt xem (7 ngày): 45 | Tổng lượt xem: 812"): the field goes, the others stay
    if vocab.since_words.search(text) and (since := vocab.since_day.search(text) or vocab.since_year.search(text)):
        text = text[:since.start()] + text[since.end():]  # the day or year the count began, in its label
    if text.endswith(("A+", "A-", "A", "]", "%", "A⁺")) and (size := _TEXT_SIZE.search(text)):
        text = text[:size.start()]  # the text-size buttons beside the views: "Lượt xem: 96 A- A A+"
    text = odometer_joined(text)  # "Tổng: 3 0 2 7 7 1 6", a digit a cell
    if " — " in text and (head := text[:text.find(" — ")]) and not HAS_DIGIT.search(head) and (
            line_key(head) in vocab.counter_labels or worded_key(vocab, fold(head)) is not None):
        text = f"{head}: {text[len(head) + 3:]}"  # the widget's name, a dash, its fields ("Số người truy cập — Hôm nay 57 · …")
    if text[:1].isdigit() and (dashed := _VALUE_DASH_LABEL.match(text)):
        text = f"{dashed['value']} {dashed['label']}"  # the value, a dash, its label: "1.042 — lượt đọc"
    if ("|" in text or "–" in text or " - " in text) and (cells := _LABEL_CELL_VALUE.match(text)):
        text = f"{cells['label']}: {cells['value']}"  # a row of two cells, "Số khách đang online | 64", "Tổng số – 640.215"
    elif text[:1].isdigit() and "|" in text and (cells := _VALUE_CELL_LABEL.match(text)):
        text = f"{cells['label']}: {cells['value']}"  # … or the value's cell first, "41.266 | Tất cả"
    return text


_ICON_ALT = regex.compile(r"\[[A-Za-z][A-Za-z _-]{0,15}\]\s++(?=\p{L})")
_COUNT_SENTENCE = 80  # characters: a count told as a short sentence, its full stop dropped
_DASH_AFTER_VALUE = regex.compile(r"(?<=\d)\s++[-–]\s++(?=\p{L}[^:]{0,40}:)")
_COUNT_PARTS = regex.compile(r"(?<=\d)\s*+\((?:[^\d():,\-–|]{2,20}+:\s*+\d{1,7}+\s*+[,;|\-–]\s*+)++[^\d():,\-–|]{2,20}+:\s*+\d{1,7}+\s*+\)$")
_HEADING_COLON = 24  # characters: a widget's heading and its colon before its fields ("TRUY CẬP: 12 ĐANG XEM - …")
_DASH_BEFORE_VALUE = regex.compile(r"(?<=\p{L})\s++[-–]\s++(?=\d)")
_BRACKETED_FIELD = regex.compile(r"(?<=\d)\s*+\((?P<field>[^()\d:]{2,30}+:\s*+\d[\d.,]*+|\d[\d.,]*+(?:\s++[^()\d:\s]++){2,5})\)$")
# (or value first, in words: "Truy cập: 902.117 (24 người đang online)"; not a rating's votes: "0/5 (0 lượt)")
_WINDOW_FIELD = regex.compile(r"(?<![^\s|])[^|:()]{2,30}?\(\s*\d+\s*(?:ngày|tuần|tháng|giờ)(?:\s+qua)?\s*\)\s*:\s*\d[\d.,]*+"
                           r"\s*(?:\|\s*)?")


def _scan_counters(vocab: Vocabulary, text: str) -> list[tuple[str, int]] | None:
    """Every way a line of counters is read, in order; what ``read_counters`` runs once its cheap
    tests have let the line through."""
    folded = fold(text)
    bare = folded.strip(_COUNT_EDGES)
    after = vocab.counter_after.match(bare) if bare[:1].isdigit() or bare[:1] in vocab.opener_starts else None
    if after:  # "1.284 lượt xem", "hiện có 6 khách trực tuyến": the value first
        return [(vocab.counter_after_keys[after["label"]], int(NON_DIGIT.sub("", after["value"])))]
    if (bare[:1].isdigit() or bare[:1] in "hcđbt") and (worded := _value_first(vocab, bare)):
        return worded  # "đã có 2.046 lượt truy cập bài này": a value, then a label in counter words
    if bare[:1].isalpha() and (period := _PERIOD_HAS.match(bare)) and (key := vocab.counter_labels.get(period["label"])) \
            and key != "-" and worded_key(vocab, period["words"]) is not None:
        return [(key, int(NON_DIGIT.sub("", period["value"])))]  # "Hôm nay có 231 lượt ghé thăm": the period's count
    found: list[tuple[str, int]] = []
    rest: list[str] = []
    pos = 0
    for m in vocab.counter_pattern.finditer(folded):
        rest.append(folded[pos:m.start()])
        pos = m.end()
        key = vocab.counter_labels[line_key(m["label"])]
        found.append((key, int(NON_DIGIT.sub("", m["value"]))))
    rest.append(folded[pos:])
    if len(found) >= 2 and not all(vocab.counter_rest.match(r) for r in rest):
        found = _with_beside_fields(found, rest, vocab)  # "Online: 7 Hôm nay: 112 Tháng: 3.456 Tổng: …"
    if not found or not all(vocab.counter_rest.match(r) for r in rest):
        # (fields between bars read one by one first: each label then names its own count)
        return (_under_heading(vocab, folded) or (("|" in text or " · " in text) and _field_counters(vocab, text))
                or worded_counter(vocab, folded) or _field_counters(vocab, text)
                or (", " in text and _clause_counters(vocab, text)) or None)
    return found


def _clause_counters(vocab: Vocabulary, text: str) -> list[tuple[str, int]] | None:
    """Counts told as one sentence of clauses between commas, each a count of its own ("Hôm nay có 1.204 lượt
    truy cập, tổng số 3.406.112 lượt"), or None when a clause is anything else."""
    clauses = text.split(", ")
    if len(clauses) < 2 or len(clauses) > 4:
        return None
    found: list[tuple[str, int]] = []
    for clause in clauses:
        if not HAS_DIGIT.search(clause) or (read := read_counters(vocab, clause.strip())) is None:
            return None
        found.extend(read)
    return found if len({key for key, _ in found}) == len(found) else None


def _with_beside_fields(found: list[tuple[str, int]], rest: list[str], vocab: Vocabulary) -> list[tuple[str, int]]:
    """Counters run together with a one-word field among them that counts only between others
    ("… Hôm nay: 112 Tháng: 3.456 Tổng: …", counter.txt "@beside"): each such field read, and its
    text emptied from ``rest`` (in place) so the line reads as counters."""
    with_fields = list(found)
    for k, piece in enumerate(rest):
        if vocab.counter_rest.match(piece):
            continue
        fields = []
        for part in _BESIDE_SPLIT.split(piece.strip(" |•·-–:")):  # (two in a row: "Tuần: 3.402 Tháng: 12.870")
            beside = _BESIDE_ROW.match(part.strip(" |•·-–:"))
            key = vocab.counter_beside.get(fold(beside["label"])) if beside else None
            if key is None:
                return found
            fields.append((key, int(NON_DIGIT.sub("", beside["value"]))))
        with_fields[min(k, len(with_fields)):min(k, len(with_fields))] = fields
        rest[k] = ""
    return with_fields


_BESIDE_SPLIT = regex.compile(r"(?<=\d)\s++(?=\p{L})")  # a value, then the next field's label


def _field_counters(vocab: Vocabulary, text: str) -> list[tuple[str, int]] | None:
    """Counters between bullets or bars, each read as a line of its own, the value first in some
    ("487.215 lượt truy cập · 23 đang trực tuyến")."""
    fields = [f for f in _COUNTER_FIELDS.split(text) if f.strip(" |•·-–")]
    if len(fields) < 2 and (" - " not in text or ":" not in text[:_WIDGET_NAME]):
        return None
    head, colon, first = fields[0].partition(":")
    named = colon and (line_key(head) in vocab.counter_labels or worded_key(vocab, fold(head)) is not None)
    if len(fields) < 2:  # the widget's name, then its fields between hyphens ("Truy cập: Đang online 3 - Hôm
        return read_counters(vocab, text[len(head) + 1:]) if named and first.strip()[:1].isalpha() else None  # nay 96 - …")
    if named and (first.strip()[:1].isalpha() or _VALUE_THEN_WORD.match(first.strip())):
        return read_counters(vocab, text[len(head) + 1:])  # the widget's name before its fields ("Lượt truy
        # cập: Hôm nay: 19 | Tuần: 402 | …", "Truy cập: hiện tại 41 | trong ngày 2.006 | tổng …")
    if named and first.strip()[:1].isdigit() and (found := read_counters(vocab, text[len(head) + 1:])) \
            and len(found) >= 2 and len({key for key, _ in found}) == len(found):
        return found  # … its fields value first, each its own count ("Truy cập: 27 online / 1.086 hôm nay / …")
    categorised = (text[len(fields[0]):].lstrip()[:1] in "•·" and not HAS_DIGIT.search(fields[0])
                   and category_names(fields[0].strip(" |•·-–")))  # (a bullet: a headline's list item has a bar)
    if categorised:
        fields = fields[1:]  # the post's category before its views ("Tin trong xã • 143 lượt đọc"), each
        # field then a counter in its own words (not "2 tuần trước", a relative date)
    found: list[tuple[str, int]] = []
    pat = _dates.patterns(vocab)
    ago_labelled, ago = pat.ago_labelled, pat.ago
    visits = False  # (one field at least names the visits: "… / 1.024 hôm nay / 3.116.870 tổng lượt")
    parts = False  # (the online count's parts passed over: a total after them is theirs)
    part_sum = 0  # … the sum of those parts: a total of theirs is no more than it with the count they part
    for field in fields:
        if len(field) <= 30 and (vocab.comment_count.match(folded := fold(field.strip(" |•·-–")))
                                 or vocab.reading_time.match(folded)
                                 or folded[:1] > "\u2190" and vocab.reading_time.match(ICON_LEAD.sub("", folded))):  # ("⏱ 4 phút đọc")
            continue  # the comments' count or the reading time beside the views ("1,305 reads · 4 min read",
            # "1.024 lượt xem · Thời gian đọc: 4 phút")
        if ":" in field[:16] and fold(field.strip(" |•·-–")[:16]).startswith(vocab.code_labels):
            continue  # the article's code beside its views ("Mã bài: 4412 · Đếm xem: 77")
        if ago_labelled.fullmatch(field.strip(" |•·-–")) or not categorised and field is fields[0] and ago.fullmatch(
                field.strip(" |•·-–")):  # (a bare one opening the row, no category before it: the labeller's meta line)
            continue  # a relative date beside the views ("đăng 3 ngày trước · 57 lượt đọc", "3 ngày trước | 👁 845")
        if "/" in field and _RATING_FIELD.match(field.strip(" |•·-–")):
            continue  # a rating out of five or ten beside them ("LX: 519 | BL: 0 | ĐG: 4/5")
        if ":" in field[:20] and CLOCK_TIME.search(field) and (own := publish_label(vocab).match(
                field.strip(" |•·-–"))) and posted_time(vocab).match(field.strip(" |•·-–"), own.end()):
            continue  # the time it went up, no date beside it ("Giờ đăng: 07g45 · Lượt truy cập bài viết: 161")
        if found and ":" in field[:16] and boilerplate_kind(vocab, field.strip(" |•·-–")) == "footer":
            continue  # a contact field after the counts ("… | Tổng truy cập: 2.031.556 | Hotline: 0220.3 851 772")
        if found and ":" in field[:12] and ((tool := field.strip(" |•·-–").split(":")[0]) and (
                line_key(tool) in vocab.tool_words or boilerplate_kind(vocab, tool) == "share")):
            continue  # a tool's count beside the views ("Xem: 1102 | In: 3 | Gửi: 0": printed, sent)
        if (beside := BESIDE_FIELD.match(field.strip(" |•·-–"))) and (key := vocab.counter_beside.get(fold(beside["label"]))):
            found.append((key, int(NON_DIGIT.sub("", beside["value"]))))  # "Tuần 1.507" between other counters
            continue
        if (month := _NAMED_MONTH_FIELD.match(field.strip(" |•·-–"))) is not None:
            found.append(("this_month", int(NON_DIGIT.sub("", month["value"]))))  # the month named, this one's
            continue  # count between the others ("… | Tháng 10: 3.208 | Tổng …")
        if (past := beside or _BESIDE_ROW.match(field.strip(" |•·-–"))) and fold(past["label"]) in vocab.counter_past:
            continue  # a period the record has no key for ("Năm: 61.004", the year's; "Tuần trước 3011") between the others'
        if found and found[-1][0] == "online" and (part := _PART_FIELD.match(field.strip(" |•·-–"))) and (
                fold(part["label"]) in vocab.counter_parts or fold(part["label"]).split()[0] in vocab.counter_parts):
            parts = True
            part_sum += int(NON_DIGIT.sub("", field))
            continue  # a part of the online count before it ("Online: 12 — Khách 12 · TV 0"); with no
            # count before them, the parts are the online ones ("Khách: 12 | Thành viên: 0 | Máy chủ tìm kiếm: 3 | …")
        if "{" in field and not HAS_DIGIT.search(field) and PLACEHOLDER.search(field):
            continue  # a field's value a template left unfilled ("Truy cập: {{online}} trực tuyến | Tổng: …")
        if field is fields[0] and len(fields) > 2 and not HAS_DIGIT.search(field) and (
                line_key(field) in vocab.counter_labels or worded_key(vocab, fold(field.strip(" |•·-–"))) is not None):
            continue  # the widget's name as its first field, no colon ("Truy cập | Hôm nay: 41 | Tháng: 3 982 | …")
        values = read_counters(vocab, field)
        if parts and values == [("total_visits", values[0][1])] and all(key == "online" for key, _ in found) and (
                values[0][1] <= sum(value for _, value in found) + part_sum):  # (not the visits' total: "Khách trực
            # tuyến: 23 | Thành viên: 0 | Tổng lượt: 340.118")
            found = [("online", values[0][1])]  # the parts' total closing the who's-online row ("… | Tổng: 15")
            continue
        visits = visits or bool(values)
        values = values or (None if categorised else (_value_first(vocab, field, need_visit=False)
                                                      or worded_counter(vocab, fold(field), need_visit=False)))
        if not values:  # (a row's field in counter words without a visit's: "hiện tại 41" beside "tổng …")
            return None
        found += values
    if not visits and len(found) >= _BESIDE_ONLY and len({key for key, _ in found}) == len(found):
        return found  # a widget's fields each cut to a word or its initials, nothing else on the line ("HN: 312 |
        # HQ: 455 | Tuần: 2.104 | Tháng: 8.990 | TS: 1.204.556"): together they name what each alone does not
    return found if visits else None


_EYE_COUNT = regex.compile(r"^👁\ufe0f?\s*+(?P<value>\d{1,3}(?:[.,]\d{3})++|\d++)\s++(?P<unit>\p{L}[\p{L} ]{1,24})$")
_LOGIN_FIELD = regex.compile(r"^(?P<label>\p{Lu}[^:\d]{1,20}):\s*+[a-z][a-z0-9_.\-]{2,30}\s++(?:[|·•]\s*+)?(?=\p{Lu})")
_FONT_BUTTONS = regex.compile(r"(?:\s*+(?:A[-+−]?|[-+−＋－]|\d{2,3}\s*+%|\[[^\]\d]{1,4}\]|(?:1\d|2[0-4])(?=\s)))++\s*+(?=\p{L})")  # (or
# its sizes in pixels: "Cỡ chữ: 13 15 17 Lượt xem: 2.031")
_TOOL_BEFORE_FONT_END = 48  # characters: a tool's words, then the text-size tool's name
_TOOL_BEFORE_FONT = regex.compile(r"[^\d:|]{3,30}?(?=\s\p{Lu})\s")  # an icon and a tool's words, then the next tool
_BESIDE_ONLY = 4  # one-word counter fields with no other on their line that make a widget's row
_NAMED_MONTH_FIELD = regex.compile(r"^(?i:tháng)\s++\d{1,2}\s*+:\s*+(?P<value>\d{1,3}(?:[.,]\d{3})++|\d++)$")
TOOL_FIELD = 30  # characters: a page tool's link, a text-size tool's or a login's field among a row's counters
_PART_FIELD = regex.compile(r"^(?P<label>\p{L}[\p{L} ]{1,24}?)\s*+:?\s*+\d++$")  # "Máy chủ tìm kiếm: 3", "TV 0"
_RATING_FIELD = regex.compile(r"^[^\d:]{1,20}+:\s*+\d(?:[.,]\d)?\s*+/\s*+(?:5|10)$")  # a score: "ĐG: 4/5", "Điểm: 8.5/10"
_WIDGET_NAME = 30  # characters: a visitor widget's name before its fields, at most
_PERIOD_HAS = regex.compile(r"^(?P<label>[^\d]{2,20}?) (?:có )?(?P<value>\d{1,3}(?:[.,]\d{3})++|\d++) (?P<words>[^\d]{3,40})$")  # folded
# ("hôm nay có 231 lượt ghé thăm", or with no "có": "tổng 412.905 lượt khách")
_VALUE_THEN_WORD = regex.compile(r"^\d[\d.,]*+(?:\s++\p{L}++){3}")  # "12 người đang online": a value before its
# label's words (not a unit alone: "Trực tiếp: 4 người")
BESIDE_FIELD = regex.compile(r"^(?P<label>\p{L}{2,8})\s*+:?\s*+(?P<value>\d{1,3}(?:[.,  ]\d{3})++|\d++)$")
_BESIDE_ROW = regex.compile(r"^(?P<label>\p{L}{2,8}(?: \p{L}{2,8})?+)\s*+:?\s*+(?P<value>\d{1,3}(?:[.,  ]\d{3})++|\d++)$")  # (or two
# words: "Hiện tại 31" run together with the others, "… - Trong ngày 844 - …")
# a value, then a label of counter words the list lacks ("Đã có 2.046 lượt truy cập bài này"), folded
_VALUE_FIRST = regex.compile(r"^(?:(?:bài|tin)(?:\s+(?:viết|này))?\s+)?(?P<now>(?:(?:hiện|đang|đã)\s+){0,2})(?:có(?:\s*+:)?\s++)?(?P<value>\d{1,3}(?:[., ]\d{3})++|\d++)"
                             r"\s++(?P<label>[^\d:|]{3,40})$")
_VALUE_FIRST_OPENINGS = frozenset("0123456789ĐđHhCcBbTt")


def _value_first(vocab: Vocabulary, text: str, need_visit: bool = True) -> list[tuple[str, int]] | None:
    """A value, then a label of counter words the list lacks ("Đã có 2.046 lượt truy cập bài này")."""
    worded = _VALUE_FIRST.match(fold(text).strip(_COUNT_EDGES))
    key = worded_key(vocab, worded["label"], need_visit) if worded else None
    if key and ("hiện" in worded["now"] or "đang" in worded["now"]):
        key = "online"  # "Hiện đang có 19 người xem": there now
    return [(key, int(NON_DIGIT.sub("", worded["value"])))] if key else None


_COUNTER_FIELDS = regex.compile(r"\s+(?:[|•·/‖—●¦~]|::)\s+|(?<=\d),\s+(?=\D)|(?<=\d)\s{3,}+(?=\D)")  # (a comma after a value:
# "Người đang xem: 4, Lượt …"; a wide gap: "Số khách đang xem: 3   Lượt truy cập: …")
_LABEL_VALUE = regex.compile(r"^(?P<label>[^\d:|]{3,40}?)\s*:?\s*(?P<value>\d{1,3}(?:[.,]\d{3})+|\d+)"
                             r"(?:\s+(?:lượt|lần|người|views?))?$")  # (a unit after the value: "Đọc: 659 lần")
_VALUE_CELL_LABEL = regex.compile(r"^(?P<value>\d{1,3}(?:[.,]\d{3})++|\d++)\s*+\|\s*+(?P<label>[^\d|:]{2,40}+)$")
_LABEL_CELL_VALUE = regex.compile(r"^(?P<label>[^\d|–:]{3,40}?)\s*+:?\s*+(?:\||(?<=\s)[–-])\s*+(?P<value>\d{1,3}(?:[.,]\d{3})+|\d+)$")


def worded_counter(vocab: Vocabulary, folded: str, need_visit: bool = True) -> list[tuple[str, int]] | None:
    """A "label: number" line whose label the list lacks but whose words are all a counter's
    ("khách đang xem: 5", "số lượt ghé thăm: 60218"), or several between bullets or bars: the
    keys their words name."""
    fields = [f for f in _COUNTER_FIELDS.split(folded) if f.strip(" |•·-–")]
    if len(fields) > 1:  # (one field names the visits: "Trực tuyến: 21 · Tháng này: 3.412 · Toàn bộ: 615.907")
        found = [worded_counter(vocab, f, need_visit=False) for f in fields]
        if not all(found) or not any(worded_counter(vocab, f) for f in fields):
            return None
        return [c for one in found for c in one]  # type: ignore[union-attr]
    m = _LABEL_VALUE.match(folded.strip(" |•·-–"))
    key = worded_key(vocab, m["label"], need_visit) if m else None
    return [(key, int(NON_DIGIT.sub("", m["value"])))] if m and key else None


def worded_key(vocab: Vocabulary, folded_label: str, need_visit: bool = True) -> str | None:
    """The record key a counter label names by its words ("số lượt ghé thăm": total_visits), or
    None when a word is no counter's (or, with ``need_visit``, none says what is counted)."""
    label = " ".join(folded_label.split())
    if any(label == past or label.endswith(f" {past}") for past in vocab.counter_past):
        return None  # a period the record has no key for ("Cả năm: 31.415", "Lượt truy cập trong năm 185.092")
    words = label.split()
    if len(words) > 8 or not all(w in vocab.counter_words for w in words):
        return None
    padded = f" {label} "
    if not any(f" {v} " in padded for v in vocab.counter_visit) and (
            need_visit or any(w in vocab.counter_parts for w in words)):
        return None  # (nor the members alone: "Total Members: 12" in a who's-online box counts no visits)
    return next((k for w, k in vocab.counter_word_keys if f" {w} " in padded), "total_visits")


@functools.lru_cache(maxsize=8)
def _counter_heading(vocab: Vocabulary) -> regex.Pattern[str]:
    """A counter widget's heading at the start of a line ("Thống kê truy cập: …"), or a counter's
    label used as the widget's name, a separator and another label after it ("Lượt khách — Hôm
    nay 58 — Tổng 144.209")."""
    headings = [label for label, key in vocab.counter_labels.items() if key == "-"]
    named = [label for label, key in vocab.counter_labels.items() if key != "-"]
    return regex.compile(alternation(headings, prefix=r"^(?:", suffix=r")\s*:?\s*").pattern + "|"
                         + alternation(named, prefix=r"^(?:", suffix=r")\s*+[:|•·–—-]\s*+(?=[^\d\s])").pattern)


BARE_VALUE = regex.compile(r"^\d{1,3}(?:[.,\s]\d{3})+$|^\d+$")


def _under_heading(vocab: Vocabulary, folded: str) -> list[tuple[str, int]] | None:
    """The counters after a widget heading on the same line: "Thống kê truy cập: Đang online: 5
    Tổng: 100", or one bare number, which is the site's total ("Thống kê truy cập: 604.887")."""
    m = _counter_heading(vocab).match(folded)
    if m is None or m.end() == len(folded):
        return None
    rest = folded[m.end():].strip(" |•·-–")
    if BARE_VALUE.match(rest):
        return [("total_visits", int(NON_DIGIT.sub("", rest)))]
    return read_counters(vocab, rest) if HAS_DIGIT.search(rest) else None


_ENGLISH_GLOSS = regex.compile(r"(?<=\p{Ll})\s?\([A-Z][A-Za-z' ]{1,30}\)(?=\s*[:|])")  # "Lượt truy cập (Visits): …"
_OTHER_BAR_MARK = regex.compile(rf"\s[{BAR_MARK_CHARS}]\s")  # one of them between spaces
_ENGLISH_FIRST = regex.compile(r"^[A-Za-z][A-Za-z' ]{1,30}?\s*+/\s*+(?=\p{Lu})")  # "Page views / " before its Vietnamese


def font_tool_at(text: str, vocab: Vocabulary) -> int | None:
    """Where a text-size tool glued after a line's fields starts ("… Cỡ chữ: Thu nhỏ | Mặc định | Phóng to",
    "… Cỡ chữ: 14 | 16 | 18"), a few characters in at least, or None."""
    if vocab.font_tool_ends.search(text) and (tools := vocab.font_tools.search(text)) and tools.start() >= 8:
        return tools.start()
    return None


def site_total(folded: str, vocab: Vocabulary) -> bool:
    """A counter label that says it counts the site's visits, not the article's (counter.txt "@total")."""
    return any(word in folded for word in vocab.site_total_words)


WIDGET_KEYS = frozenset({"online", "today", "yesterday", "this_week", "this_month"})  # a visitor widget's rows
WIDGET_ROWS = 4  # counts read right before a total, at most, that show it stands in a visitor widget


def widget_total(label: str, read: list[tuple[str, int]], vocab: Vocabulary) -> bool:
    """Views under a label in a total's words ("Tổng lượt xem") right after a visitor widget's other rows
    (``read``, the counts read so far: "Hôm qua: 604"): the site's total, not this article's views."""
    return site_total(fold(label[:40]), vocab) and any(key in WIDGET_KEYS for key, _ in read[-WIDGET_ROWS:])


_ODOMETER = 5  # digits: a visit total's odometer shows at least this many, leading zeros included
_VALUE_LABELS = (None, Label.OTHER, Label.COUNTER, Label.RELATED)  # (a template may give the value its counter
# role; a number alone under a related list is no item of it)
_TABLE_CELL = regex.compile(r"^\d{1,3}(?:[.,]\d{1,3})*$")  # a number in a table's cell: "78", "1.716", "4,55"


_ROW_BARS = 2  # bars between a table row's cells, at least


def table_total(blocks: tuple[Block, ...], i: int) -> bool:
    """Block ``i``, a counter's word ("Tổng cộng"), heads a table's total row printed one cell a
    line: a whole number under it, then another number ("1.716" / "78" / "4,55"), where a
    counter's value stands alone or an odometer gives one digit a line."""
    return (i + 2 < len(blocks) and COUNT_DIGITS.match(blocks[i + 1].text) is not None
            and len(NON_DIGIT.sub("", blocks[i + 1].text)) > 1 and (
                _TABLE_CELL.match(blocks[i + 2].text) is not None
                or i > 0 and blocks[i - 1].text.count(" | ") >= _ROW_BARS))  # (or under the table's rows, a row a line
    # with its cells between bars: "7 | Cơ quan, doanh nghiệp … | 40.000.000" / "Tổng cộng" / "152.300.000")


def _after_widget_name(vocab: Vocabulary, label: str) -> str | None:
    """The key of a counter's label opening with its widget's name ("Thống kê tháng hiện tại" / "25.310",
    NukeViet's): the words after the name, or None."""
    words = label.split()
    for size in range(1, min(_WIDGET_NAME_WORDS, len(words) - 1) + 1):
        if vocab.counter_labels.get(line_key(" ".join(words[:size]))) == "-":
            rest = " ".join(words[size:])
            key = vocab.counter_labels.get(line_key(rest)) or worded_key(vocab, fold(rest))
            return key if key != "-" else None
    return None


_WIDGET_NAME_WORDS = 3  # words: a visitor widget's name ("Thống kê", "Thống kê truy cập")


def split_counters(
    blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool],
    counters: list[tuple[str, int]], vocab: Vocabulary,
) -> None:
    """A counter label with its number on the following line(s), one digit a line or whole."""
    n = len(blocks)
    paired = _counter_columns(blocks, labels, terminal, counters, vocab)
    units = _values_then_units(blocks, labels, terminal, counters, vocab)
    for i, b in enumerate(blocks):
        if i in units or i in paired:
            continue
        heading = b.text[2:] if b.text[:2] in WIDGET_BULLETS else b.text  # ("» SỐ NGƯỜI TRUY CẬP" / "00128765")
        key = vocab.counter_labels.get(line_key(heading)) if len(b.text) <= 80 and b.link_density < 0.9 else None
        if key is None and i + 1 < n and len(b.text) <= 40 and labels[i + 1] in _VALUE_LABELS and (
                _DIGIT_ROW.match(blocks[i + 1].text) or COUNT_DIGITS.match(blocks[i + 1].text)):
            label = vocab.since_year.sub("", heading).rstrip(": ")  # "Số lượt ghé thăm" / "0 0 4 5 2 3 1"
            key = vocab.counter_labels.get(line_key(label)) or worded_key(vocab, fold(label)) or _after_widget_name(
                vocab, label)
            if key is None and i and labels[i - 1] == Label.COUNTER and blocks[i - 1].text[:1].isdigit():
                key = vocab.counter_beside.get(fold(label))  # a word only counters use, under another count's
                # value ("Hôm nay" / "128" / "Tuần" / "1.906")
        if key is None:
            continue
        if table_total(blocks, i):
            continue
        labels[i], terminal[i] = Label.COUNTER, True
        if i + 1 in paired:
            continue  # the heading over a widget read by position ("Lượt truy cập" / "128" / "hôm nay" / …)
        if key == "-":  # a widget's heading; an odometer right under it is the total ("0 5 1 2 9 0 4", "001457293")
            if (i + 1 < n and labels[i + 1] in _VALUE_LABELS
                    and (_DIGIT_ROW.match(blocks[i + 1].text) or COUNT_DIGITS.match(blocks[i + 1].text))
                    and len(NON_DIGIT.sub("", blocks[i + 1].text)) >= _ODOMETER):
                counters.append(("total_visits", int(NON_DIGIT.sub("", blocks[i + 1].text))))
                labels[i + 1], terminal[i + 1] = Label.COUNTER, True
            elif (i + 1 < n and labels[i + 1] in (*_VALUE_LABELS, Label.COUNTER) and blocks[i + 1].text[:1].isdigit()
                  and (one := read_counters(vocab, blocks[i + 1].text)) and len(one) == 1 and one[0][0] == "views"):
                at = len(counters) - 1 - counters[::-1].index(one[0]) if one[0] in counters else None
                if at is not None:
                    del counters[at]  # (read as a post's views on its own)
                counters.append(("total_visits", one[0][1]))  # the widget's one count, value first ("Blog Stats" /
                labels[i + 1], terminal[i + 1] = Label.COUNTER, True  # "45,210 hits"): the site's total
            continue
        digits: list[str] = []
        j = i + 1
        if j < n and _LABELLED_DIGIT_ROW.match(blocks[j].text):  # an odometer in one row: "0 | 0 | 4 | 5 | 7 | 1 | 2"
            counters.append((key, int(NON_DIGIT.sub("", blocks[j].text))))
            labels[j], terminal[j] = Label.COUNTER, True
            continue
        while j < n and COUNT_DIGITS.match(blocks[j].text) and labels[j] in _VALUE_LABELS:
            digits.append(NON_DIGIT.sub("", blocks[j].text))
            labels[j], terminal[j] = Label.COUNTER, True
            j += 1
            if len(digits[0]) > 1:
                break  # a whole number on its own line
        if digits:
            if key == "total_visits" and len(digits) == 1 and Label.DATE in labels[max(0, i - 4):i] and not site_total(
                    fold(b.text), vocab):
                key = "views"  # the article's meta table under the date ("Ngày đưa tin" / date / … / "Số lần
                # truy nhập" / "640"): this article's count, as on a date line
            elif key == "views" and widget_total(b.text, counters, vocab):
                key = "total_visits"  # a total in the views' words under a visitor widget's other rows ("Hôm qua" /
                # "604" / "Tổng lượt xem" / "96.118"): the site's
            counters.append((key, int("".join(digits))))  # "4", "6", "4", "3", "5" is 46435
    if all(key != "total_visits" for key, _ in counters):
        for j in range(1, n):  # an odometer under a widget's other counters ("Người đang đọc: 12" /
            # "0 0 4 5 2 3 1", or its digits run together, padded with zeros: "000745123"): the total of visits
            if (labels[j - 1] == Label.COUNTER and labels[j] in _VALUE_LABELS and labels[j] != Label.COUNTER
                    and (_DIGIT_ROW.match(blocks[j].text) or blocks[j].text[:1] == "0" and blocks[j].text.isdigit())
                    and len(NON_DIGIT.sub("", blocks[j].text)) >= _ODOMETER):
                counters.append(("total_visits", int(NON_DIGIT.sub("", blocks[j].text))))
                labels[j], terminal[j] = Label.COUNTER, True
                break
            if labels[j - 1] == Label.COUNTER and labels[j] in _VALUE_LABELS and len(blocks[j].text) == 1 and (
                    blocks[j].text.isdigit()):
                run = j
                while run < n and len(blocks[run].text) == 1 and blocks[run].text.isdigit() and labels[run] in _VALUE_LABELS:
                    run += 1
                if run - j >= _ODOMETER:  # … or one digit a line ("LƯỢT TRUY CẬP" / "Trực tuyến: 14" / "0" / "1" / …)
                    counters.append(("total_visits", int("".join(b.text for b in blocks[j:run]))))
                    for k in range(j, run):
                        labels[k], terminal[k] = Label.COUNTER, True
                    break


def _values_then_units(
    blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool],
    counters: list[tuple[str, int]], vocab: Vocabulary,
) -> set[int]:
    """A card's figures, each number on its line with its label in lower case on the next ("1.532" /
    "lượt đọc", "27" / "đang truy cập"), read as one line each ("1.532 lượt đọc"); the count of
    comments ("0" / "phản hồi") is chrome. A number under a label of its own ("Hôm nay" / "86") is
    not one: the run must open with a number. The lines read, so the label-first reading skips them."""
    read: set[int] = set()
    n = len(blocks)
    for i in range(n - 1):
        value, unit = blocks[i].text, blocks[i + 1].text
        if (not value[:1].isdigit() or len(value) > 15 or not COUNT_DIGITS.match(value) or labels[i] not in _VALUE_LABELS
                or not unit[:1].islower() or len(unit) > 60 or labels[i + 1] not in _VALUE_LABELS):
            continue
        if i and i - 1 not in read and (labels[i - 1] == Label.COUNTER or vocab.counter_labels.get(
                line_key(blocks[i - 1].text)) is not None or read_counters(vocab, f"{blocks[i - 1].text} {value}")):
            continue  # (the number is the line above's value: "Hôm nay" / "86")
        joined = f"{value} {unit}"
        if vocab.comment_count.match(fold(joined)):
            labels[i] = labels[i + 1] = Label.OTHER
            read.update((i, i + 1))
            continue
        found = read_counters(vocab, joined)
        if found:
            counters.extend(found)
            labels[i] = labels[i + 1] = Label.COUNTER
            terminal[i] = terminal[i + 1] = True
            read.update((i, i + 1))
    return read


_COLUMN_LABELS = 3  # labels at least in a widget that prints them apart from its numbers
_COLUMN_LABEL_LINE = 30  # characters: the longest such label line
_COLUMN_LABEL_LABELS = (*_VALUE_LABELS, Label.NAVIGATION)  # ("Tất cả", all of it, is a menu's "all" too)
_LABEL_WORDS = 4  # words in one counter label, at most


def _column_key(vocab: Vocabulary, folded: str) -> str | None:
    """The key of a counter label printed apart from its value, exactly as a list holds it; "" for a
    period the record has no key for (counter.txt "@past"); None for anything else."""
    if folded in vocab.counter_past:
        return ""
    key = vocab.counter_labels.get(folded.strip(" :"))
    if key is not None:
        return key if key != "-" else None
    return next((k for w, k in vocab.counter_word_keys if w == folded), None)  # ("Tổng", "Tuần")


def _row_keys(vocab: Vocabulary, text: str) -> list[str] | None:
    """A row of counter labels with no separators ("Trực tuyến Hôm nay Hôm qua Tuần này Tổng"): their
    keys, the longest label first at each word; None unless every word belongs to one."""
    if len(text) > 120 or HAS_DIGIT.search(text):
        return None
    words, keys, at = fold(text).replace("|", " ").split(), [], 0
    while at < len(words):
        for size in range(min(_LABEL_WORDS, len(words) - at), 0, -1):
            key = _column_key(vocab, " ".join(words[at:at + size]))
            if key is not None:
                keys.append(key)
                at += size
                break
        else:
            return None
    return keys


def _counter_columns(
    blocks: tuple[Block, ...], labels: list[Label | None], terminal: list[bool],
    counters: list[tuple[str, int]], vocab: Vocabulary,
) -> set[int]:
    """A visitor widget that prints its labels apart from its numbers, paired by position: a column
    of labels, then a column of as many numbers (Vinaora's "Hôm nay" … "Tất cả" / "45" … "184502"),
    or a row of labels over a row of as many numbers (a table flattened: "Trực tuyến Hôm nay …" /
    "5 187 342 …"). Found from the numbers, which few lines are: most pages pay one test a line.
    Returns the lines read."""
    n, i = len(blocks), 0
    paired: set[int] = set()
    while i < n:
        text = blocks[i].text
        if not text[:1].isdigit() or labels[i] not in _VALUE_LABELS:
            i += 1
            continue
        if COUNT_DIGITS.match(text):  # a column of numbers: as many labels right above it
            j = i
            while j < n and labels[j] in _VALUE_LABELS and COUNT_DIGITS.match(blocks[j].text):
                j += 1
            if j - i == 1 and (above := _values_over_labels(blocks, labels, i, vocab)):
                keys, end = above  # each value over its label ("18" / "Đang online" / "1.902" / "Hôm nay" …)
                _pair_counters(keys, [blocks[k].text for k in range(i, end, 2)], range(i, end), labels, terminal,
                               counters, paired)
                i = end
                continue
            if (j - i == 1 and i + 1 < n and labels[i + 1] in _VALUE_LABELS and len(blocks[i + 1].text) <= 40
                    and Label.DATE in labels[max(0, i - 3):i] and not (i and _label_line_key(blocks, labels, i - 1, vocab))
                    and (card := read_counters(vocab, f"{blocks[i + 1].text}: {text}")) and len(card) == 1):
                key = "views" if card[0][0] == "total_visits" and not site_total(fold(blocks[i + 1].text), vocab) \
                    else card[0][0]  # a meta card under the date, its value over its label ("12/12/2023" /
                _pair_counters([key], [text], (i, i + 1), labels, terminal, counters, paired)  # "Ngày xuất bản" /
                i += 2  # "764" / "Lượt truy cập bài"): this article's; not a widget's value under its own label
                continue  # ("(26/04/2024)" / "Thống kê truy cập" / "Đang truy cập" / "23" / "Tổng lượt truy cập" / …)
            first = i - (j - i)
            if j - i >= _COLUMN_LABELS and first >= 0:
                keys = [_label_line_key(blocks, labels, k, vocab) for k in range(first, i)]
                if None not in keys:
                    _pair_counters(keys, [blocks[k].text for k in range(i, j)], range(first, j), labels, terminal,
                                   counters, paired)
            i = j
            continue
        values = text.replace("|", " ").split()  # a row of numbers under a row of labels (a table's cells between bars)
        if len(values) >= _COLUMN_LABELS and i and labels[i - 1] in _VALUE_LABELS and all(
                COUNT_DIGITS.match(v) for v in values) and len(keys := _row_keys(vocab, blocks[i - 1].text) or []) == len(values):
            _pair_counters(keys, values, (i - 1, i), labels, terminal, counters, paired)
        i += 1
    return paired


def _label_line_key(blocks: tuple[Block, ...], labels: list[Label | None], k: int, vocab: Vocabulary) -> str | None:
    """Line ``k`` as a widget's label printed apart from its value: its key (see :func:`_column_key`)."""
    if labels[k] not in _COLUMN_LABEL_LABELS or len(blocks[k].text) > _COLUMN_LABEL_LINE:
        return None
    return _column_key(vocab, line_key(blocks[k].text))


def _values_over_labels(blocks: tuple[Block, ...], labels: list[Label | None], i: int,
                        vocab: Vocabulary) -> tuple[list[str], int] | None:
    """A widget that prints each value over its label, from line ``i`` (a number under no label of
    its own): the labels' keys, and the line after the last label; at least two pairs, and no
    number under the last label (which would make them labels over their values). Under a label of
    its own, the number is that label's value, unless three pairs at least follow in the same way,
    the last label with no number under it: then that label is the widget's heading ("Lượt truy cập"
    / "128" / "hôm nay" / "301" / "hôm qua" / … / "2.340.118" / "tất cả")."""
    headed = i and _label_line_key(blocks, labels, i - 1, vocab) is not None
    keys, k, n = [], i, len(blocks)
    while (k + 1 < n and labels[k] in _VALUE_LABELS and COUNT_DIGITS.match(blocks[k].text)
           and (key := _label_line_key(blocks, labels, k + 1, vocab)) is not None):
        keys.append(key)
        k += 2
    if len(keys) < (_HEADED_PAIRS if headed else 2) or k < n and COUNT_DIGITS.match(blocks[k].text):
        return None
    return keys, k


_HEADED_PAIRS = 3  # pairs at least of a widget printing its values over its labels, under a counter's heading


def _pair_counters(keys: list[str], values: list[str], lines: Iterable[int], labels: list[Label | None],
                   terminal: list[bool], counters: list[tuple[str, int]], paired: set[int]) -> None:
    counters.extend((key, int(NON_DIGIT.sub("", value))) for key, value in zip(keys, values) if key)
    for k in lines:
        labels[k], terminal[k] = Label.COUNTER, True
        paired.add(k)
