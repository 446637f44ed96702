"""Each fast path in the hot loop against the plain definition it replaces.

The labeller tests line ends with string operations and skips scans a cheap test can rule
out; these properties pin each shortcut to the pattern or expression it stands for.
"""
from __future__ import annotations

import unicodedata

import pytest
import regex
from hypothesis import example, given, settings
from hypothesis import strategies as st

from wardnews import (
    _counters,
    _dates,
    _fields,
    _label,
    _metarow,
    _normalize,
    _signature,
    _vocab,
)
from wardnews._vocab import load_vocabulary

# Lines made of the characters the shortcuts look at, so that examples hit their edges.
_PIECES = st.sampled_from([
    " ", "  ", "\t", "\u00a0", "\n", "\x1c", ".", "!", "?", "…", "./.", '"', "”", "’", "'", ")", "]", "(",
    ":", "|", "-", "–", "•", "GMT", "gmt", "+7", "IMG_01", ".jpg", ".JPEG", ".png)", "Hòa", "HÓA", "thủy",
    "Lượt xem", "lượt", "người", "views", "12", "2024", "Phường", "x", "İ", "o\u0301a",
])
LINES = st.one_of(st.lists(_PIECES, max_size=12).map("".join), st.text(max_size=60))


def test_space_set_is_regex_whitespace() -> None:
    assert set(_fields.SPACE) == {chr(c) for c in range(0x110000) if regex.match(r"\s", chr(c))}


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_ends_sentence_is_the_pattern(text: str) -> None:
    pattern = regex.compile(r"(?=[.!?…])(?:[.!?…]|\./\.)[\s\"”’')\]]*$")
    assert _label.ends_sentence(text) == bool(pattern.search(text))


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_image_name_is_the_pattern(text: str) -> None:
    pattern = regex.compile(r"(?i)\.(?:jpe?g|png|gif|webp|bmp)\)?$")
    assert _label._image_name(text) == bool(pattern.search(text))


@settings(max_examples=400, deadline=None)
@given(LINES)
@example("ICT")  # (found by this test: the gate once let only "GMT" through)
@example("(GMT+7)")
def test_timezone_gate_keeps_every_timezone(text: str) -> None:
    assert _metarow.is_timezone(text) == bool(_metarow._TIMEZONE.match(text))


@settings(max_examples=400, deadline=None)
@given(LINES)
def test_fold_is_its_definition(text: str) -> None:
    _normalize.fold.cache_clear()
    nfc = unicodedata.normalize("NFC", text)
    swapped = _normalize._OLD_PAIR.sub(lambda m: _normalize._SWAPS.get(m.group(0), m.group(0)), nfc)
    assert _normalize.fold(text) == " ".join(swapped.lower().split())


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["Lượt xem", "Đang online", "Tổng lượt truy cập", "Hôm nay", "12", "1.234",
                                 ":", " ", "  ", "|", "người", "views", ".", "x", "(", ")", "\x1c", "\u00a0"]),
                max_size=10).map("".join))
@example("12|views")  # a value's cell before its label's, once read by the line and not by the reference
def test_counter_gate_keeps_every_counter_line(text: str) -> None:
    """The end-of-line test only skips lines the full scan would reject."""
    vocab = load_vocabulary()
    assert _label.read_counters(vocab, text) == _read_counters_ungated(vocab, text)


def _read_counters_ungated(vocab, text):
    """``read_counters`` without its cheap tests: the same rewritten line, every reading tried."""
    text = _counters._counter_line(vocab, text)
    if text is None:
        return None
    guests = vocab.guests_online.match(_normalize.fold(text).strip(" |•·-–()"))  # Joomla's who's-online sentence
    if guests:
        members = guests["members"] or "0"
        return [("online", int(guests["guests"]) + (int(members) if members.isdigit() else 0))]
    return _counters._scan_counters(vocab, text)


# Tokens event dates are built from, and the spacing that decides which search path runs.
_EVENT_TOKENS = st.sampled_from([
    "Sáng", "sáng nay", "Chiều", "Tối qua", "vào", "ngày", "Ngày", "từ", "đến", "hôm", "8h30", "9 : 15 : 00 PM",
    "24/5/2023", "5/3", "16-2", "07.7.2017", "12", "tháng", "Giêng", "năm", "2024", "số", "108/NQ-HĐND",
    "(", ")", ",", "họp", "UBND", "Quyết định", "thứ Bảy", "Chủ nhật", "Thứ 2", "CN", "Rạng sáng", "10", "30 đến", "và", "-", "tháng 3", "tháng Chạp",
])
_EVENT_SPACES = st.sampled_from([" "] * 12 + ["  ", "\t", " \u00a0"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_EVENT_TOKENS, _EVENT_SPACES), max_size=30))
def test_event_windows_find_what_a_full_scan_finds(parts: list[tuple[str, str]]) -> None:
    """The gate-and-window search is a speed-up of ``event.finditer``: same matches, same order."""
    paragraph = "".join(token + space for token, space in parts).strip()
    pat = _dates.patterns(load_vocabulary())
    windowed = [m.span() for m in _dates._event_matches(pat, paragraph)]
    assert windowed == [m.span() for m in pat.event.finditer(paragraph)]



_DATE_LINE_PIECES = st.sampled_from([
    "Ngày đăng", "Cập nhật lúc", "Người đăng tin: Lê Na", "Thứ Sáu", ":", " ", "  ", "|", ",", "-", "(", ")",
    "08/02/2020", "12/08/2023", "31/02/2020", "10:37", "10:30:00", "SA", "PM", "View count: 226", "Lượt xem", "226",
    "GMT+7", "20 Jan 2020", "Ủy ban", "tổ chức hội nghị", ".", "lúc", "ngày", "x", "10h30", "8g15", "lượt xem",
])


# Date lines in the shapes portals print, and their near misses.
_DATE_LINES = st.tuples(
    st.sampled_from(["", "Ngày đăng", "Cập nhật lúc", "Người đăng tin: Lê Na Ngày đăng tin:", "Thứ Sáu,", "Ngày"]),
    st.sampled_from(["08/02/2020", "31/02/2020", "12 tháng 8 năm 2023", "20 Jan 2020", "5/3", "05/06/1999",
                     "2024-03-12"]),
    st.sampled_from(["", "10:37", "10h30", "8g15 SA", "10:30 PM", "lúc 9h"]),
    st.sampled_from(["", "|", "| View count: 226", "| 226 lượt xem", "(GMT+7)", ".", ", UBND tổ chức hội nghị."]),
).map(" ".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_DATE_LINES, st.lists(_DATE_LINE_PIECES, max_size=10).map(" ".join)))
def test_date_line_gate_keeps_every_reading(text: str) -> None:
    """Lines the end-of-line gate turns away give nothing the full reading would use."""
    vocab = load_vocabulary()
    pat = _dates.patterns(vocab)
    meta, whole = _metarow.date_line_readings(pat, vocab, text)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_metarow, "_may_end_date_line", lambda _text, _vocab: True)
        full_meta, full_whole = _metarow.date_line_readings(pat, vocab, text)
    assert meta == full_meta
    usable = full_whole is not None and not full_whole[1].strip(" |•·-–()")  # what label_blocks reads
    assert (whole is not None and not whole[1].strip(" |•·-–()")) == usable


_NAME_PIECES = st.sampled_from([
    "Thu Bích", "Giáp Mạnh", "H.LIÊN", "N.DUY", "TT", "Đoàn Văn Hùng", "Đoàn công tác", "Ông", "Bí thư", "x", "nam",
    " - ", " – ", "–", ", ", ",", ".", " ", "12", ":", "ªb", "Ảnh", "(", ")", "ĐỖ THUẦN", "Lê", "văn", "İ",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_NAME_PIECES, max_size=10).map("".join))
def test_names_gate_only_turns_away_non_names(text: str) -> None:
    vocab = load_vocabulary()
    gated = _signature.names_like(text, vocab)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_signature, "_cannot_be_names", lambda _text: False)
        assert gated == _signature.names_like(text, vocab)


_TOOLBAR_PIECES = st.sampled_from([
    "In bài viết", "Gửi mail", "Chia sẻ", "Trang chủ", "Giới thiệu", "Liên hệ", "A- A A+", "Menu", "Tìm kiếm",
    " ", "|", "/", "-", " - ", ",", "•", "Phường", "tin", "x",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_TOOLBAR_PIECES, max_size=8).map("".join))
def test_toolbar_first_word_gate(text: str) -> None:
    vocab = load_vocabulary()
    folded = _normalize.fold(text)
    gated = _vocab._toolbar_kind(vocab, folded)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_vocab, "_first_token", lambda _text: next(iter(vocab.toolbar_starts)))
        assert gated == _vocab._toolbar_kind(vocab, folded)


_TRAILING_TOKENS = st.sampled_from([
    "Tin", "H.LIÊN", "-", "N.DUY", "Thứ Sáu", "Chủ nhật", ",", "(", ")", "[", "]", "|", "11/09/2021", "22 / 08 / 2022",
    "17 - 05 - 2024", "14:55", "9 : 15 : 00 PM", "12", "2024", "năm", "Hội nghị", "5/3", "1.2.2020",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(_TRAILING_TOKENS, _EVENT_SPACES), max_size=12))
def test_trailing_date_shape_gate(parts: list[tuple[str, str]]) -> None:
    line = "".join(token + space for token, space in parts).strip()
    pat = _dates.patterns(load_vocabulary())
    gated = _dates.trailing_date(pat, line)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(_dates, "_DMY_SHAPE", regex.compile(""))
        assert gated == _dates.trailing_date(pat, line)


@settings(max_examples=400, deadline=None)
@given(st.one_of(_DATE_LINES, st.lists(_DATE_LINE_PIECES, max_size=10).map(" ".join), LINES))
def test_year_gate_keeps_every_header_date(text: str) -> None:
    """A line without a stated year holds no date the header reading (or its fallback) returns."""
    pat = _dates.patterns(load_vocabulary())
    if not _dates.may_hold_date(text):
        assert _dates.header_date(pat, text) is None


_OPENINGS = st.sampled_from([
    "Chào mừng quý vị đến với", "Ý kiến bạn đọc sẽ được biên tập", "Địa chỉ:", "Giấy phép số", "Copyright", "©",
    "Tổng số điểm", "Chia sẻ lên", "Hòa", "HÓA", "o\u0301a", " ", "  ", "\u00a0", "\t", "x", "Phường", ".", ":",
])


@settings(max_examples=400, deadline=None)
@given(st.lists(_OPENINGS, max_size=30).map("".join), st.text(min_size=121, max_size=200))
@example(" " * 40 + "Chào mừng quý vị đến với", "x" * 121)  # spaces shrink the folded opening below the phrase
@example("Chào mừng quý vị đến với", "x" * 121)
def test_long_line_prefix_reads_only_the_opening(opening: str, rest: str) -> None:
    """A long line's prefix kind is read from its opening only: as from the first 120 characters."""
    vocab = load_vocabulary()
    text = (opening + rest)[:max(len(opening) + 1, 121)] + rest
    expected = vocab.prefix_kinds.get(m.group(0)) if (m := vocab.prefix_pattern.match(
        _normalize.fold(text[:_vocab._LONGEST_LINE_PHRASE]))) else None
    assert _vocab.boilerplate_kind(vocab, text) == expected


_PHRASE = st.text(alphabet="ab c.", min_size=1, max_size=5).filter(str.strip)


@settings(max_examples=300, deadline=None)
@given(st.lists(_PHRASE, min_size=1, max_size=8), st.text(alphabet="ab c.x", max_size=20), st.sampled_from(["", "x", r"\.?x"]))
@example(["lượt", "lượt xem", "xem"], "lượt xem x", "")
@example(["lượt", "lượt xem"], "lượt xem: 5, lượt: 4", r"\.?x")
def test_trie_alternation_matches_the_longest_first_alternation(phrases: list[str], text: str, after: str) -> None:
    """alternation() compiles its phrases as a trie; it must find what the plain alternation, longest phrase first,
    finds: the same spans, the longest phrase winning, a shorter one matching when what follows the longer fails."""
    keys = sorted({_normalize.fold(p) for p in phrases if p.strip()}, key=len, reverse=True)
    plain = regex.compile("(?:" + "|".join(regex.escape(k) for k in keys) + ")" + after)
    trie = _vocab.alternation(phrases, suffix=after)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
