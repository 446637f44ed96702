"""Segment a text page into blocks, one per line (HTML pages: :mod:`wardnews._html`).

One block per non-blank line; a hard-wrapped paragraph (a line that runs on into a lower-case
continuation) is joined back.
"""
from __future__ import annotations

import functools

from collections import Counter

import regex

from ._dates import DatePatterns, header_date, may_hold_date, opens_with_date, patterns, trailing_date
from ._fields import CREDIT_LABEL, RULE_CHARS
from ._lineshapes import BARE_HOST, MONTH_ALONE, MONTH_LINE
from ._normalize import fold
from ._signature import account_name, login_name, names_like, parse_signature, uploader_label
from ._vocab import Vocabulary, boilerplate_kind, line_key, load_vocabulary
from .model import Block

_ENDS_SENTENCE = regex.compile(r"[.!?…:;”\"')\]]\s*$")
_ENDS_FULL_STOP = regex.compile(r"[.!?…][”\"')\]]*\s*$")  # (not a clause's ";" or ":": the sentence goes on)
_ENDS_PROSE = regex.compile(r"[.!?…:;][”\"')\]]*\s*$")  # a sentence's own end mark, then its closers
_STARTS_LOWER = regex.compile(r"^\s*\p{Ll}")
# Nor is a list item after a colon or another item ("…các nội dung:" / "- Tổ chức …;" / "- Lắp …"),
# which opens a line of its own ("nhiệm kỳ 2021" / "- 2026 …" is text wrapped at a dash).
_LIST_ITEM = regex.compile(r"^(?:[-+•*–]\s|\d{1,2}[.)]\s|[a-zđ]\)\s)")


def wrap_width(lines: list[str]) -> int | None:
    """The column a hard-wrapped page was wrapped at, or None when lines run to paragraph length.

    Wrapped text has most long lines just under one width, and most of those stop mid-sentence;
    paragraphs-as-lines vary wildly.
    """
    long_lines = [s for x in lines if len(s := x.strip()) >= _NARROW_SHORTEST and "://" not in s and not (
        s[:1] in _BOX_DRAWING and s[-1:] in _BOX_DRAWING)]  # (a URL is never wrapped: a text browser's list of the
    # page's links would hide the width of its text; nor is a table's border, "┣━━━━╋━━━━┫", nor a rule)
    long30 = [x for x in long_lines if len(x) >= 30]
    width = _width_of(long30, 40, 0.5)
    if width is None and len(long30) >= _CROWDED_LINES:
        width = _wrapped_among_chrome(lines, long30)
    if width is None and len(long_lines) >= _NARROW_LINES:  # a narrow column ("Khuyến học xã Long Toàn phối hợp"):
        width = _width_of(long_lines, 28, 0.3)  # more lines, and fewer ending sentences, before it is believed
    return width


def _wrapped_among_chrome(lines: list[str], long30: list[str]) -> int | None:
    """The wrap width of a text browser's dump whose menus, lists and footer crowd out the wrapped text
    (under 60% of its long lines near the width): the lines near it few end a sentence, and a good part
    run on into a line opening in lower case, as only wrapped text does. ``long30``: the page's lines of
    30 characters or more, stripped."""
    width = _ninetieth_length(long30)
    if not 60 <= width <= 110:
        return None  # (most pages: their paragraphs run past any width)
    stripped = [x.strip() for x in lines]
    long_lines = [(k, s) for k, s in enumerate(stripped) if len(s) >= 30 and "://" not in s]
    near = [(k, s) for k, s in long_lines if width * 0.75 <= len(s) <= width + 2]
    if len(near) < _CROWDED_NEAR or len(near) < 0.45 * len(long30):
        return None
    ended = sum(bool(_ENDS_SENTENCE.search(s)) for _, s in near)
    run_on = sum(k + 1 < len(stripped) and stripped[k + 1][:1].islower() for k, _ in near)
    return width if ended <= 0.35 * len(near) and run_on >= 0.3 * len(near) else None


_LOGIN_WORD = 16  # characters: a CMS login alone on a line, at most
_CROWDED_LINES = 20  # lines of 30 characters or more (no address) a crowded dump has at least
_CROWDED_NEAR = 12  # of them near the wrap width, at least
_NARROW_SHORTEST = 20  # characters: a narrow column's lines this long count towards its width
_NARROW_LINES = 16  # such lines a page wrapped to a narrow column has at least
_NARROW_WIDTH = 48  # columns: a narrower wrap is a narrow column's (a phone's text browser: "lynx -width=48")


_BOX_DRAWING = frozenset(map(chr, range(0x2500, 0x2580)))  # a text browser's table borders and rules


def _width_of(long_lines: list[str], narrowest: int, most_ended: float) -> int | None:
    """The wrap width when the long lines crowd just under one width of ``narrowest`` to 110
    columns, and no more than ``most_ended`` of them end a sentence."""
    if len(long_lines) < 6:
        return None
    width = _ninetieth_length(long_lines)
    if not narrowest <= width <= 110:
        return None
    near = [x for x in long_lines if width * 0.75 <= len(x) <= width + 2]
    if len(near) < 0.6 * len(long_lines):
        return None
    # A wrapped line stops mid-sentence; lines of similar length that end their sentences
    # (short paragraphs, list items) are whole lines.
    ended = sum(bool(_ENDS_SENTENCE.search(x)) for x in near)
    return width if ended <= most_ended * len(near) else None


def _ninetieth_length(long_lines: list[str]) -> int:
    """The length nine in ten of the lines stay within: a dump's wrap width, if it has one (the longest
    tenth are addresses, headings and lines a browser could not break)."""
    lengths = sorted(map(len, long_lines))
    return lengths[int(len(lengths) * 0.9) - 1]


_PARAGRAPH_INDENT = 8  # columns past the margin a paragraph's first line is indented, at most (centred lines go further)


def _margin(lines: list[str]) -> int:
    """The indent most long lines share (a text browser's left margin), 0 on most pages."""
    indents = Counter(len(x) - len(x.lstrip(" ")) for x in lines if len(x.strip()) >= 30)
    return indents.most_common(1)[0][0] if indents else 0


_MARKER_FIRST = frozenset("abcdefghijklmnopqrstuvwxyz")
_MARKER_RUN = regex.compile(r"[a-z]{4,12}+:")  # a scraper's field label ("content:", data/vi/marker.txt)


def _scraper_markers(text: str, vocab: Vocabulary) -> list[tuple[int, str]] | None:
    """The scraper's markers a line opens with, each a part, and the text after them as the last part
    (offsets into the line); None unless the markers run into text that opens a sentence or into another."""
    found: list[tuple[int, str]] = []
    at = 0
    while (m := _MARKER_RUN.match(text, at)) is not None and boilerplate_kind(vocab, m[0]) == "marker":
        found.append((at, m[0]))
        at = m.end()
    rest = at + len(text[at:]) - len(text[at:].lstrip())
    if not found or rest == len(text) and len(found) == 1 or rest < len(text) and not (
            text[rest].isupper() or text[rest].isdecimal() or text[rest] in "\"“("):
        return None
    return found + ([(rest, text[rest:])] if rest < len(text) else [])


def segment_text(text: str, vocab: Vocabulary | None = None, captions: frozenset[str] = frozenset()) -> tuple[Block, ...]:
    """Blocks of a normalised text page, with offsets, indentation and blank-line hints.

    ``vocab`` (the packaged vocabulary by default) says which lines open like a date line: a
    wrapped title is never joined to the date or meta line under it. ``captions``: lines the
    page's markup named photo captions (the normaliser's), given the caption role.
    """
    vocab = vocab or load_vocabulary()
    pat = patterns(vocab)
    blocks: list[Block] = []
    blank = False
    offset = 0
    lines = text.split("\n")
    width = wrap_width(lines)
    margin = _margin(lines) if width else 0
    prev_indent = 0
    prev_len = 0
    parts: list[list[str]] = []
    sizes: list[int] = []
    for line in lines:
        line_start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        indent = len(line) - len(line.lstrip(" "))
        start = line_start + indent
        end = start + len(stripped)
        prev = blocks[-1] if blocks else None
        # Joined lines are kept in a list and joined once at the end: joining as we go is quadratic.
        # (a line indented a little past the margin, under one at it, opens a paragraph)
        if prev is not None and stripped == ":" or (  # a table's colon cell between a label and its value, on a line
                # of its own ("Đang truy cập" / ":" / "15"): the label's
                prev is not None and not blank and stripped[:1].islower() and len(parts[-1]) > 1
                and sizes[-1] <= _DATE_OPENING + _HEADLINE_HEAD and parts[-1][0][-1:] == ","
                and parts[-1][-1][-1:].isalpha() and opens_with_date(parts[-1][0])) or (  # (the clause after the
                # opening day's and its subject's lines goes on: "Sáng 12/6," / "UBND xã Lạc Hồng" / " tổ chức …")
                prev is not None and not blank and not (margin < indent <= margin + _PARAGRAPH_INDENT and prev_indent == margin)
                and _continues(parts[-1][-1], stripped, width, prev_len + (
                    prev_indent - margin if indent == margin and margin < prev_indent <= margin + _PARAGRAPH_INDENT else 0),
                               sizes[-1], pat, vocab)  # (a paragraph's first line indented past the margin, the
                # next at it: the first ends that much further right, "    Trong hai ngày …" reached the width)
                and not _restarts(parts[-1][0], stripped)):
            blocks[-1] = Block(prev.index, prev.text, prev.start, end, prev.indent, prev.blank_before)
            parts[-1].append(stripped)
            sizes[-1] += 1 + len(stripped)
        else:
            blocks.append(Block(len(blocks), stripped, start, end, indent, blank or not blocks))
            parts.append([stripped])
            sizes.append(len(stripped))
        blank = False
        prev_indent = indent
        prev_len = len(stripped)
    joined = [b if len(p) == 1 else Block(b.index, " ".join(p), b.start, b.end, b.indent, b.blank_before)
              for b, p in zip(blocks, parts)]
    out: list[Block] = []
    for b, p in zip(joined, parts):
        if len(p) == 1 and b.text[:1] in _MARKER_FIRST and (run := _scraper_markers(b.text, vocab)):
            for at, part in run:  # the scraper's markers run into the line ("content:Tối 14/8, …",
                out.append(Block(len(out), part, b.start + at, b.start + at + len(part), b.indent if not at else 0,
                                 b.blank_before and not at))  # "content:content:")
            continue
        if len(p) == 1 and len(b.text) > _GLUED_LINE and (glued := _glued_parts(b.text, vocab)):
            for at, part in glued:
                out.append(Block(len(out), part, b.start + at, b.start + at + len(part), 0, False))
            continue
        if len(p) == 1 and ((head := glued_date_line(b.text, pat)) is not None or b.text[-1:].isdigit() and (
                head := headline_then_date(b.text, pat)) is not None or len(b.text) >= GLUED_DATE_LINE
                and len(out) < _HEADLINE_LINES and (head := headline_then_lead(b.text)) is not None):  # (or the
            # headline, its date line run on after it: "… tại thôn Hà Quang Cập nhật: 22/05/2024 10:15", a template's
            # two spans copied as one line; or the lead opening on its day: "… năm 2024 Chiều ngày 20.3, UBND …")
            rest = len(b.text) - len(b.text[head:].lstrip())
            out.append(Block(len(out), b.text[:head], b.start, b.start + head, b.indent, b.blank_before))
            out.append(Block(len(out), b.text[rest:], b.start + rest, b.end, 0, False))
            continue
        if len(p) == 1 and len(b.text) <= _GLUED_HEADING and b.text.isupper() and (head := glued_heading(b.text, vocab)):
            rest = len(b.text) - len(b.text[head:].lstrip())
            out.append(Block(len(out), b.text[:head], b.start, b.start + head, b.indent, b.blank_before))
            out.append(Block(len(out), b.text[rest:], b.start + rest, b.end, 0, False))
            continue
        last = p[-1]
        cut = signature_tail(last, vocab) if END_MARK in last or _RIGHT_GAP in last or last[-1:] == ")" else None
        if cut is None:
            out.append(b if b.index == len(out) else Block(len(out), b.text, b.start, b.end, b.indent, b.blank_before))
            continue
        tail_start = b.end - (len(p[-1]) - cut[1])  # (offsets on the block's last line are exact)
        out.append(Block(len(out), b.text[:len(b.text) - len(p[-1]) + cut[0]], b.start, b.end - (len(p[-1]) - cut[0]),
                         b.indent, b.blank_before))
        out.append(Block(len(out), p[-1][cut[1]:], tail_start, b.end, 0, False))
    if captions:
        out = [Block(b.index, b.text, b.start, b.end, b.indent, b.blank_before, role="caption") if b.text in captions
               else b for b in out]
    return tuple(out)


_GLUED_LINE = 200  # characters: a line this long holds a paragraph, or parts a scraper glued together
_GLUED_PART = 160
_GLUE = " | "


def _glued_parts(line: str, vocab: Vocabulary) -> list[tuple[int, str]] | None:
    """The parts of a line a scraper glued together with bars ("Tin cùng chuyên mục | Hội … (28/06/2023)
    | … | Đang truy cập: 52 | Bản quyền © …"): short parts, two of them at least boilerplate of
    different kinds (a related heading and a footer). A menu row, all of one kind, stays whole.
    (offset, part) each, or None."""
    if line.count(_GLUE) < 3:
        return None
    parts: list[tuple[int, str]] = []
    at = 0
    for piece in line.split(_GLUE):
        if len(piece) > _GLUED_PART:
            return None
        if piece.strip():
            parts.append((at + len(piece) - len(piece.lstrip()), piece.strip()))
        at += len(piece) + len(_GLUE)
    kinds = {boilerplate_kind(vocab, part) for _, part in parts} - {None}
    return parts if len(kinds) >= 2 else None


def glued_date_line(line: str, pat: DatePatterns) -> int | None:
    """Where a labelled date line run into the text's first sentence ends, that sentence opening with
    its own day ("Tin đã đưa ngày: 25/10/2022 14:32 Chiều 24/10, UBND huyện …", two spans of a template
    with no break between): the head's end, or None."""
    if len(line) < GLUED_DATE_LINE or ":" not in line[:_DATE_LABEL] or not line[:1].isupper():
        return None
    for gap in _CAPITAL_AFTER_SPACE.finditer(line, 12, _DATE_LINE_HEAD):
        head, rest = line[:gap.start()], line[gap.end():]
        if len(rest) >= GLUED_DATE_LINE // 2 and opens_with_date(rest) and (
                found := header_date(pat, head)) and found[0].iso() and not found[1].strip(" |-–"):
            return gap.start()
    return None


def headline_then_date(line: str, pat: DatePatterns) -> int | None:
    """Where a headline run into its labelled date line ends ("… tại thôn Hà Quang Cập nhật: 22/05/2024 10:15",
    a template's title and date spans with no break between): the head's end, or None."""
    if len(line) < _HEADLINE_HEAD + 12 or not line[-1:].isdigit() or ":" not in line[-_DATE_LINE_HEAD:]:
        return None
    if (stamp := _STAMP_AFTER_HEADLINE.search(line, len(line) - 30)) and stamp.start() >= _HEADLINE_HEAD and (
            not _ENDS_PROSE.search(line, 0, stamp.start()) and line.count(" ", 0, stamp.start()) >= _HEADLINE_WORDS
            and "|" not in line[:stamp.start()] and fold(line[:stamp.start()].rsplit(None, 1)[-1]) not in pat.lead_in
            and not fold(line[max(0, stamp.start() - 30):stamp.start()]).endswith(_date_label_ends(pat))
            and (found := header_date(pat, line[stamp.end():]))
            and found[0].iso() and not found[1].strip()):
        return stamp.start()  # (or the day and time with no label: "… cho lực lượng dân quân 21/05/2024 09:14")
    for gap in _CAPITAL_AFTER_SPACE.finditer(line, max(_HEADLINE_HEAD, len(line) - _DATE_LINE_HEAD)):
        head, tail = line[:gap.start()], line[gap.end():]
        if (_DATE_LABEL_FIRST.match(tail) and head.count(" ") >= _HEADLINE_WORDS and "|" not in head
                and not _ENDS_PROSE.search(head)
                and pat.starts_meta.match(tail)
                and (found := header_date(pat, tail)) and found[0].iso() and found[0].start == 0
                and (not found[1].strip() or _COUNT_FIELDS_AFTER.match(found[1]))):
            return gap.start()  # (its views after it: "… Cập nhật ngày: 05/07/2024 15:20 | Số lượt xem: 57")
    return None


def headline_then_lead(line: str) -> int | None:
    """Where a headline run into the lead under it ends, the lead opening on its day ("An Mỹ đối thoại với Nhân dân
    về chỉnh trang đô thị năm 2024 Chiều ngày 20.3, UBND phường …", a template's two inline spans): the head's end,
    or None. The head reads as a headline (words enough, no sentence's end), the rest as a paragraph."""
    span = min(len(line), _HEADLINE_SPAN)
    if 0 <= (stop := line.find(". ", 0, span)):
        span = stop  # (a headline ends no sentence: the lead can start no further than the first full stop)
    if len(line) < _HEADLINE_HEAD + _LEAD_AFTER_HEADLINE or "," not in line or not _DAY_FIGURES.search(line, _HEADLINE_HEAD, span):
        return None  # (most paragraphs: no day's figures where a lead would start)
    for day in _DAY_MONTH.finditer(line, _HEADLINE_HEAD, span):
        gap = _DAY_OPENING_BEFORE.search(line, max(0, day.start() - _DAY_OPENING_WORDS), day.end())  # (its lookahead
        if gap is None or gap.start() >= day.start():  # reads up to the day's figures, no further)
            continue
        head, tail = line[:gap.start()], line[gap.end():]
        if (len(tail) >= _LEAD_AFTER_HEADLINE and "," in tail[:_DATE_OPENING] and opens_with_date(tail)
                and head.count(" ") >= _HEADLINE_WORDS and "|" not in head and not _ENDS_PROSE.search(head)
                and head.rstrip()[-1:] not in ",;:(-–—" and head[:1] != "("):  # (not the lead's own source tag
            return gap.start()  # before it: "(Cổng TTĐT xã …) - Từ ngày 12 đến 17/9, …")
    return None


def glued_heading(line: str, vocab: Vocabulary) -> int | None:
    """Where a line in capitals splits before a related list's heading glued after it ("HOÀNG QUYÊN TIN
    LIÊN QUAN": the signature, then the box under it, a template's spans with no break): the head's
    end, a few words before the heading (related.txt), or None."""
    spans = [m.span() for m in _WORD.finditer(line)]
    for size in (4, 3, 2):
        if len(spans) - size in range(2, _HEAD_WORDS + 1) and vocab.line_kinds.get(
                line_key(line[spans[-size][0]:])) == "related" and (
                names_like(head := line[:spans[-size - 1][1]], vocab)) and boilerplate_kind(vocab, head) is None and (
                line_key(line[:spans[0][1]]) not in vocab.line_first_words):
            return spans[-size - 1][1]  # (a name of two words at least, opening no known phrase: not "CÁC TIN"
            # before "BÀI KHÁC", "XEM THÊM CÁC" before "TIN KHÁC")
    return None


_WORD = regex.compile(r"\S++")


_GLUED_HEADING = 60  # characters: a line in capitals, a few words and a heading
_HEAD_WORDS = 5  # … the words before the heading, at most


@functools.lru_cache(maxsize=4)
def _date_label_ends(pat: DatePatterns) -> tuple[str, ...]:
    """A date's labels (folded), closing the words before a day: that day is labelled ("… — Chỉnh sửa lần cuối
    12/05/2010 16:20", Plone's byline row), not a template's bare date span after a headline."""
    return pat.meta_labels + pat.published_labels + pat.updated_labels


_DATE_OPENING = 24  # characters: a sentence's opening day and its comma, alone on a line ("Sáng ngày 12/6/2024,")
_LEAD_AFTER_HEADLINE = 80  # characters: a lead run on after its headline, at least
# A day's figures, then the capital after a space that opens it a word or three before ("Chiều ngày 20.3", "Sáng
# 12/6"): where such a lead may start (cheap scans; opens_with_date decides)
_DAY_FIGURES = regex.compile(r"\d[/.\-]\d")
_DAY_MONTH = regex.compile(r"(?<=\s)\d{1,2}[/.\-]\d")
_DAY_OPENING_BEFORE = regex.compile(r"\s++(?=\p{Lu}\p{Ll}{1,6}+(?:\s\p{L}{1,6}+){0,2}\s\d{1,2}[/.\-]\d)")
_DAY_OPENING_WORDS = 24  # characters before a day's figures where its opening word may start
_HEADLINE_SPAN = 250  # characters: where a headline run into its lead ends, at most
_HEADLINE_LINES = 40  # lines of a page where its headline stands, run into its lead, at most
_COUNT_FIELDS_AFTER = regex.compile(r"(?:\s*+[|·•]\s*+[^\d|·•:]{2,30}+:?\s*+\d[\d.,]{0,12}+){1,3}+\s*+$")  # "| Lượt xem: 57"
_CAPITAL_AFTER_SPACE = regex.compile(r"\s++(?=\p{Lu})")
# A template's date span after the headline's, no label: the day and the time closing the line, a headline's
# word before them (not one that dates a sentence's event, dates.txt @lead_in: "… họp vào ngày 21/05/2024 09:00")
_STAMP_AFTER_HEADLINE = regex.compile(r"(?<=\p{L})\s++"
                                      r"(?=\d{1,2}/\d{1,2}/(?:19|20)\d\d\s++\d{1,2}:\d\d(?::\d\d)?$)")
GLUED_DATE_LINE = 120  # characters: a date line and a sentence of the text
_DATE_LABEL = 30  # characters: the date's label, its colon within them
_DATE_LINE_HEAD = 60  # characters: a labelled date line with its time
_HEADLINE_HEAD = 30  # characters: a headline before its date line, at least
_CLAUSE_GLUE = (", ", ". ", "; ")  # how a clause after an inline element's break opens its line
_QUOTED_SPAN = 120  # characters: a quoted phrase inside a sentence, on a line of its own, at most
_NAME_SPAN = 40  # characters: a name after its address word, on a line of its own, at most
_HEADLINE_WORDS = 5  # spaces in a headline before its date line, at least (a meta row's field is shorter: "Đọc 532 lần")
_DATE_LABEL_FIRST = regex.compile(r"^[^\d:]{2,30}:")  # a date's label and its colon, before any figure


END_MARK = "./."  # how an official text closes its last sentence
_END_TAIL = 80  # a signature or a widget heading glued after it, not a sentence more


def _end_mark_tail(line: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Where a line splits after a closing "./." with a short tail on the same line ("… giàu
    đẹp./. Thanh Mai - Hội LHPN xã"): what follows the end mark is no longer the text (a scraper
    glued the signature on). (end of the text, start of the tail), or None."""
    at = line.rfind(END_MARK)
    if at < 20:
        return None
    tail = line[at + len(END_MARK):]
    stripped = tail.lstrip()
    if not stripped or len(stripped) > _END_TAIL:
        return None  # (nothing after it, or a long tail)
    if len(tail) == len(stripped) and not (
            (signed := parse_signature([stripped], vocab)) is not None and signed.role and names_like(signed.name, vocab)):
        return None  # ("./.Tin" run together: not a clean break, unless a name and unit run on: "./.Quách Thị Nga - Đài …")
    return at + len(END_MARK), len(line) - len(stripped)


_RIGHT_GAP = " " * 8  # spaces a page pads a right-aligned signature with, on its text's last line
_PUSHED_RIGHT = regex.compile(r"(?<=[.!?…”\"])\s{8,}+(?=\S)")


def _pushed_right(line: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Where a line splits before a signature pushed right with spaces after its last sentence ("… văn minh,
    hiện đại.                    Minh Hoa - Bích Ngọc"): (end of the text, start of the names), or None."""
    gap = None
    for gap in _PUSHED_RIGHT.finditer(line):
        pass
    if gap is None or gap.start() < 20:
        return None
    tail = line[gap.end():]
    if len(tail) > _END_TAIL or tail.rstrip()[-1:] in ".!?…" or not names_like(tail.strip(), vocab):
        return None
    return gap.start(), gap.end()


def signature_tail(line: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Where a paragraph's last line parts from a signature (or widget heading) run onto it: after a closing
    "./.", at a wide gap pushing names right, or before a name and unit in brackets. (end of the text, start
    of the tail), or None; each shape is tried only when its cheap mark is in the line."""
    if END_MARK in line:
        return _end_mark_tail(line, vocab)
    if _RIGHT_GAP in line:
        return _pushed_right(line, vocab)
    if line[-1:] == ")":
        return _bracketed_signature_tail(line, vocab) or _glued_signature_tail(line, vocab)
    if line[-1:].isalpha() and (" – " in line[-_END_TAIL:] or " - " in line[-_END_TAIL:]):
        return _dashed_signature_tail(line, vocab)
    return None


def _dashed_signature_tail(line: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Where a paragraph's last sentence ends and the writer's name and role run on after it, no brackets ("… giữ
    vững thương hiệu làng nghề. Hoàng Minh Quân – Công chức Văn hóa – Xã hội xã", an inline <em>); None otherwise."""
    at = line.rfind(". ", 0, len(line) - 8)
    if at < 20 or len(line) - at > _END_TAIL:
        return None
    tail = line[at + 2:]
    if not tail[:1].isupper() or any(mark in tail for mark in ".!?:;"):
        return None
    signed = parse_signature([tail], vocab)
    if signed is None or not signed.role or not names_like(signed.name, vocab):
        return None
    return at + 1, at + 2


def _glued_signature_tail(line: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Where a paragraph's last sentence ends and the writer's name and unit run on after its end mark with no space
    ("… bảo vệ công trình”.Cầm Văn Tuấn (Văn phòng HĐND-UBND xã)", a capture that stripped the tags and added no
    break); None otherwise."""
    end = _END_THEN_CAPITAL.search(line, max(20, len(line) - _END_TAIL))
    if end is None:
        return None
    signed = parse_signature([line[end.end():]], vocab)
    if signed is None or not signed.role or not names_like(signed.name, vocab):
        return None
    return end.end(), end.end()


_END_THEN_CAPITAL = regex.compile(r"[.!?…][”\"’]?+(?=\p{Lu}[^.!?…]++$)")  # the last end mark, a capital glued after it


def _bracketed_signature_tail(line: str, vocab: Vocabulary) -> tuple[int, int] | None:
    """Where a paragraph's last sentence ends and the signature in brackets after it starts ("… vui Xuân đón
    Tết an toàn. (Minh Nguyệt – Hội LHPN xã)"): a name and a unit, or a writer's credit, no sentence; None
    otherwise."""
    at = line.rfind(" (")
    if at < 20 or line[at - 1] not in ".!?…”\"" or len(line) - at > _END_TAIL or "(" in line[at + 2:]:
        return None
    inner = line[at + 2:-1].strip()
    signed = parse_signature([inner], vocab)
    if signed is not None and inner[:5] == "Theo " and signed.name[:1].isupper() and len(inner) <= _SOURCE_TAIL:
        return at, at + 1  # the source it was taken from ("… xanh, sạch, đẹp. (Theo Báo Lào Cai)"), not a report's
        # words ("(Theo báo cáo của UBND xã, …)")
    if signed is None or not names_like(signed.name, vocab) or inner.rstrip()[-1:] in ".!?":
        return None
    if not signed.role and not (":" in inner[:CREDIT_LABEL] and vocab.credit_label.match(fold(inner[:CREDIT_LABEL]))
                                and not vocab.photo_credit_line.match(inner)):
        return None  # (a name alone needs its unit; a writer's credit names them: "(Tin, ảnh: Hữu Đạt)", not a
        # photo's, "(Ảnh: Hữu Đạt)", which closes a caption)
    return at, at + 1


_SOURCE_TAIL = 60  # characters: the source's credit in brackets closing the last paragraph, at most
_ATTACHED_FILE = regex.compile(r"(?i)\.(?:pdf|docx?|xlsx?|pptx?|zip|rar)(?:\s*+\([^()]{1,20}\))?(?:\s++\S+){0,3}$")
_CRUMB_BARS = (" / ", " > ", " » ", " | ")
_OPEN_ENDS = (" –", " -", "(", ",")
_CAPITAL_WRAP_WORDS = 4  # words of a headline's line in capitals a narrow capture wrapped, at least (no menu's item)
_WHOLE_TRAIL = regex.compile(r"(?:\p{Lu}[^>›»\n]{0,40}?[ \t][>›»][ \t]){1,6}+\p{Lu}[^>›»\n]{0,40}+")  # steps between arrows
_BAR_THEN_DATE = regex.compile(r"\s[|•·▸►~—–-]\s++\d{1,4}[/.\-]\d")  # a field's bar, then a date
_TIME_ENDS = frozenset("0123456789AMHPSC")  # a date, a time, "SA"/"CH"/"AM"/"PM" ends a meta line
_DATE_WORDS = frozenset({"tháng", "năm", "đầu", "cuối", "giữa"})  # "… đầu tháng" / "3/2024. …": a month read on
_FIT_MARGIN = 3  # columns: the width is an estimate, and hand-wrapped lines stop a little short of it
_CREDIT_LINE = 100  # characters: a source credited on a line of its own ("Theo Trung tâm Văn hóa …")


def _restarts(first: str, line: str) -> bool:
    """The line opens like its would-be block: a wrapped title printed twice, not wrapped text."""
    return len(line) >= 24 and line[:24] == first[:24]


_FIELD_OPENING = regex.compile(r"^\p{Lu}[\p{L} ]{1,24}:\s*+[^\s|][^|]{0,60}\s\|\s")


_COUNT_IN_CLAUSE = regex.compile(r"\d{1,5}+ \p{Ll}")  # a count, then the lower-case word of what it counts
_CLAUSE_LINE = 40  # characters: a sentence's tail opening on a count says this much (a meta line's "3 ngày trước" less)
_FIELD_MARK = regex.compile(r" [·•|] ")  # fields set apart on a meta line
_CLAUSE_WORDS = 6  # words in a line cut short mid-clause, at least: a name and its unit say fewer


def _clause(line: str) -> bool:
    """A clause cut short, no name: a comma in it, or six words and more, ending on a letter, most of its words
    in lower case (a unit's name capitalises its words: "Theo Đài TT xã Phú Thạnh Đông")."""
    if not line[-1:].isalpha() or "," not in line and line.count(" ") < _CLAUSE_WORDS - 1:
        return False
    words = line.split()
    return 2 * sum(word[:1].islower() for word in words) > len(words)


def _continues(previous: str, line: str, width: int | None, previous_line_length: int,
               previous_length: int | None, pat: DatePatterns, vocab: Vocabulary) -> bool:
    """A hard-wrapped line: the previous line was wrapped, not ended.

    On a page wrapped at a width, a line that reached (nearly) the width was wrapped. Anywhere,
    a long unfinished line followed by a lower-case start is one sentence broken in two.
    """
    if (line[:1] in RULE_CHARS or previous[:1] in RULE_CHARS) and (
            not any(ch.isalnum() for ch in line) or not any(ch.isalnum() for ch in previous)):
        return False  # a rule ("-----") parts what is above it from what is under it
    if line[:4] == "http" and line.startswith(("http://", "https://")) and not previous.endswith(("/", "-", "_", "=")):
        return False  # a page's address on a line of its own (a print's footer: "https://…?viewMode=print  1/1"), not
        # a sentence's words wrapped, nor the rest of an address the width cut ("…/tin-tuc/" / "…")
    if (width is not None and width < _NARROW_WIDTH and previous[-1:].isalpha() and previous.isupper() and line.isupper()
            and len(previous.split()) >= _CAPITAL_WRAP_WORDS and len(line.split()) >= 2 and " - " not in previous):
        return True  # a headline in capitals wrapped at a phone's narrow width, OCR's lines ("XÃ PHÚC THAN RA QUÂN" /
        # "ĐỔ BÊ TÔNG ĐƯỜNG NỘI" / "ĐỒNG BẢN MÌ"): its wide letters fill the line sooner
    if previous[:1].isupper() and _WHOLE_TRAIL.fullmatch(previous):
        return False  # the trail, its steps each a capital first ("Trang chủ > Tin tức - Sự kiện"), under a phone's
        # narrow column the headline's first line under it: nothing wraps from a trail into a headline
    if len(line) == 4 and line[:2] in ("19", "20") and line.isdecimal() and previous.endswith(_OPEN_ENDS[:2]):
        return True  # a range's last year wrapped onto a line of its own ("… cho cây vải thiều vụ 2024 -" / "2025")
    if line[:1].islower() and " " not in line and (BARE_HOST.fullmatch(line) or line[-1:].isalnum() and (
            ("." in line or "_" in line) and login_name(line) or len(line) <= _LOGIN_WORD and account_name(line, vocab))):
        return False  # a site's address alone under the headline ("dakpo.gialai.gov.vn", a reader app's source line),
        # or the login that posted it ("bbt.kyanh", a feed reader's author line; "admin", WordPress's)
    if line[:1].islower() and line.isascii() and len(line) <= _LOGIN_WORD and account_name(line, vocab):
        return False  # … or its account's name in words ("admin admin", Liferay's, under a reader view's headline)
    if (previous[-1:] == "," and len(previous) <= _DATE_OPENING and line[:1].isupper() and opens_with_date(previous)):
        return True  # the text's opening day and its comma, then the rest after an inline element's break ("Sáng 12/6," /
        # "<b>UBND xã Lạc Hồng</b>" / "tổ chức …", a capture that turned each tag into a line; or the whole sentence
        # after it, "Sáng 27/7," / "UBND phường Trung Sơn tổ chức ra quân …")
    if (line[:1].isupper() and previous[-1:].isalpha() and "," in line[:_DATE_OPENING] and _DAY_FIGURES.search(line, 0, _DATE_OPENING)
            and opens_with_date(line)):
        return False  # a paragraph opening on its day ("Ngày 9/12/2023, UBND xã …"), under a line its last word left
        # unfinished (a headline ending in "với"): a lead, never the line's second half
    if line[:2] in _CLAUSE_GLUE and line[2:3].isalpha() and previous[-1:] not in ".!?…:;,":
        return True  # an inline element's break: the clause after it opens with its comma (", Phó Chủ tịch UBND xã …")
    if (line[:1] in "\"“" and line[-1:] in "\"”" and len(line) <= _QUOTED_SPAN and previous[-1:].islower()
            and len(previous) >= 50 and not _ENDS_FULL_STOP.search(line[:-1])):
        return True  # … or a quoted phrase of the sentence, its element's own line ("… với chủ đề" / "\"Hành động …\"")
    if (line[:1].isupper() and len(line) <= _NAME_SPAN and previous[-1:].islower() and len(previous) >= 20
            and vocab.honorific_start.match(previous.rsplit(None, 1)[-1].capitalize()) and names_like(line, vocab)):
        return True  # … or a name after its address word ("Phát biểu tại buổi lễ, ông" / "Chamaléa Thanh")
    # (a line well over the width was not wrapped there: a title or menu row the wrapper left whole)
    narrow = width is not None and width < _NARROW_WIDTH  # a narrow column, wrapped by hand: its lines stop
    # further short of the width, and a line may end though the next word would have fitted
    if not (width and width * 0.75 <= previous_line_length <= width + 3 and previous_line_length >= 40
            or narrow and width * 0.6 <= previous_line_length <= width + 3 and len(line) <= width + 3
            and not _ENDS_FULL_STOP.search(previous[-8:])):
        # not at a wrap width: a long unfinished line, and a lower-case start (tested first: most
        # lines end their sentence, and these tests are cheaper than the ones below)
        length = len(previous) if previous_length is None else previous_length  # of the whole block so far
        if _ENDS_SENTENCE.search(previous[-8:]) or length < 50 and not (
                length >= 20 and line[:1].islower() and ((word := line.split(None, 1)[0]) in vocab.joiners
                                                         or _clause(previous) and word.isalpha() and word.islower()
                                                         and len(line) >= _CLAUSE_LINE and "  " not in line)):
            return False  # (a short line goes on only into "và …", "của …": a name and unit signed over two lines;
            # or a clause cut short by a break in the markup, "Cùng với tiêm phòng, UBND xã chỉ đạo" / "tổ chức …")
        if not _STARTS_LOWER.match(line) and fold(previous.rsplit(None, 1)[-1]) not in vocab.joiners and not (
                length >= 60 and len(line) >= _CLAUSE_LINE and _COUNT_IN_CLAUSE.match(line) and not _FIELD_MARK.search(line)
                and boilerplate_kind(vocab, line[:160]) is None and boilerplate_kind(vocab, previous[:160]) is None):
            return False  # (a capital opens the line: only after "… và", "… của" is it a name; a count of things
            # goes on a long clause: "… xã đã thành lập" / "5 tổ tiêm phòng …")
    elif (len(line) < width * 0.75 and (line[:1].isupper() or line[:1] == "(" and line[1:2].isupper()
                                                and not vocab.photo_credit_line.match(line))
          and _ENDS_SENTENCE.search(previous[-8:]) and not _ENDS_PROSE.search(line[-8:])):
        return False  # a sentence ended at the width, then a short unpunctuated line: a name or heading
        # ("Kim Thủy (CTV)": a bracket closes no sentence; "(Nguyễn Thanh Tâm - Đài TT xã)", a signature in brackets)
    elif (not narrow and not line[:1].islower() and previous_line_length + 1 + len(line.split(None, 1)[0]) <= width - _FIT_MARGIN
          and not (previous_length is not None and previous_length >= 2 * width and not _ENDS_SENTENCE.search(previous[-8:]))):
        return False  # the line ended though the next word would have fitted: a paragraph's end, or a title (but a
        # paragraph of three lines or more left unfinished goes on: a print read back by OCR wraps by the letters'
        # widths, not their count, "… của UBND tỉnh" / "Nghệ An. Diễn Kỷ …")
    elif (line[:1].isupper() and "," not in line and not _ENDS_PROSE.search(line[-8:]) and _ENDS_SENTENCE.search(previous[-8:])
          and vocab.credit_word.match(fold(line[:12])) and len(line) <= _CREDIT_LINE):
        return False  # a sentence ended at the width, then the source credited on a line of its own, no
        # clause after it ("… 2019 – 2021." / "Theo Trung tâm Văn hóa – Thông tin và Thể thao huyện …")
    if "." in previous and _ATTACHED_FILE.search(previous):
        return False  # an attachment's line, its file, size and download link ("KH-36.pdf (312 KB) Tải về"): a line
        # of its own, whatever word its link ends on
    if line[:1] in vocab.uploader_starts and may_hold_date(line) and _BAR_THEN_DATE.search(line) and (
            uploader_label(line, vocab)):
        return False  # who posted it, a bar, then the date: a meta line ("bởi admin ▸ 30/08/2022 ▸ 716 lần xem")
    if ((pat.starts_meta.match(line) or opens_with_date(line)) and not previous.endswith(_OPEN_ENDS)
            and previous.count("(") <= previous.count(")")
            and (last := fold(previous.rsplit(None, 1)[-1])) not in pat.lead_in and last not in _DATE_WORDS
            and last not in pat.daypart_ends  # ("…, sáng" / "28/4, 11 phường …": the daypart's date wrapped)
            and (last not in vocab.joiners or previous.rsplit(None, 1)[-1][:1].isupper())):  # ("… Hòn Một": a name)
        return False  # a date line; but "… vào ngày" / "26/3 tại Nhà văn hóa xã." is a sentence's tail,
        # and so is "(27/7/1947 –" / "27/7/2017), …": a range, clause or bracket left open
    if (line[-1:].isdigit() and line.upper() == line and previous.upper() != previous
            and trailing_date(pat, line) is not None and fold(previous.rsplit(None, 1)[-1]) not in pat.lead_in):
        return False  # a byline and date in capitals under the title ("H.LIÊN - N.DUY 11/09/2021 14:55")
    if ((":" in previous[:30] or "»" in previous[:30]) and vocab.related_inline.match(fold(previous[:40]))
            or (":" in line[:30] or "»" in line[:30]) and vocab.related_inline.match(fold(line[:40]))):
        return False  # a link to another article inside the text ("Xem thêm: <its title>") is a line of its own
    if line.count(" · ") >= 2 or line.count(" • ") >= 2:
        return False  # fields between middle dots ("đăng 3 ngày trước · 1.207 người đã xem · 🔊 Nghe"): a meta line
    if pat.ago_labelled.match(line):
        return False  # a relative date opening a meta line ("đăng 3 ngày trước · 57 lượt đọc"), no sentence's tail
    if " | " in line and _FIELD_OPENING.match(line):
        return False  # a meta line of fields between bars ("Tác giả: … | Đăng lúc: 14:30 …"), not a sentence's tail
    if line[:1].isupper() and ":" in line[:24] and vocab.credit_label.match(fold(line[:30])):
        return False  # a credit's label opens its own line ("Tác giả: … - 08/05/2023 07:45" under the title)
    if line.endswith(":") and " " not in line and _ENDS_SENTENCE.search(previous[-8:]):
        return False  # a field label after a finished sentence ("…năm 2021." / "content:"), not its tail
    if _LIST_ITEM.match(line) and previous.rstrip()[-1:] in (":", ";", "."):
        return False
    # (an unaccented run after Vietnamese text is injected spam, not its continuation; nor is
    # Vietnamese text after such a run)
    unaccented = line if line.isascii() else previous
    if line.isascii() != previous.isascii() and len(unaccented.split()) >= 6:
        return False
    # A capitalised line that is, or opens with, a boilerplate phrase ("Chi tiết" under a title
    # that reached the wrap width, "Bản quyền thuộc về …" under a spam line) starts a block of
    # its own; a lower-case one carries on the sentence ("… như" / "sau:"), unless it is the
    # scraper's marker ("content:").
    if line[:1].islower():
        if len(line) <= MONTH_LINE and MONTH_ALONE.match(line):
            return False  # a date box's month on a line of its own under the headline ("… khó khăn" / "tháng sáu" / "21")
        if len(line) <= 12 and line_key(line) in vocab.residue_lines:
            return False  # a script's empty value on a line of its own ("undefined", "null"), no sentence's tail
        if line.count(" | ") >= 2:
            return False  # a row of the page's tools in lower case ("f | zalo | 🖨 | ✉"), not a sentence's tail
        if fold(line[:24]).startswith(vocab.uploader_labels) and (
                line[-1:] in _TIME_ENDS and may_hold_date(line) or len(words := line.split()) == 2 and words[1].isascii()):
            return False  # "bởi Quản trị viên vào 18/10/2022 3:20 CH" under the title: who posted it, and when;
            # "bởi quantri_anhoatay": who posted it, a login
        if (line[:1].isalpha() and may_hold_date(line) and (stamp := header_date(patterns(vocab), line)) is not None
                and stamp[0].start == 0 and stamp[0].hour is not None and (not (after := stamp[1].strip())
                                                                          or fold(after[:24]).startswith(vocab.uploader_labels))):
            return False  # the post's stamp in lower case under its headline, who posted it after ("đã đăng 08:25, 17 thg
            # 4, 2012 bởi …", Google Sites')
        return not (len(line) <= 20 and line.endswith(":") and boilerplate_kind(vocab, line) == "marker")
    if previous.isupper() and line.upper() != line and len(previous) >= 20:
        return False  # a headline in capitals, then text in mixed case: wrapped text keeps its case
    if sum(previous.count(bar) for bar in _CRUMB_BARS) >= 2:
        return False  # a breadcrumb or menu row that reached the width; the title under it is not its tail
    if line[-1:].isdigit() and len(line) <= 60 and (count := vocab.counter_pattern.match(folded := fold(line))) \
            and count.end() == len(folded):
        return False  # a counter's line ("Lượt xem: 418") under a headline that reached the wrap width
    return boilerplate_kind(vocab, line[:160]) is None
