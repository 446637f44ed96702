"""Shapes of one line that the label rules share: an attached file's or an image's name, the site's
banner atop a page, a field's label over its value, and how long a byline, a caption or a menu item
is at most."""
from __future__ import annotations

import regex

from ._fields import HAS_DIGIT, ends_sentence
from ._normalize import fold
from ._vocab import Vocabulary
from .model import Block

# Lengths, in characters unless said
FIELD_LABEL = 20  # a field's label alone on its line ("Tác giả", "Người viết")
MENU_ITEM = 40  # a menu item is a few words
NAME_LINE = 40  # a writer's names alone on a line, at most
BYLINE_LINE = 80  # a byline line, names and a unit at most
CAPTION_LINE = 200  # a photo's caption with its credit is one or two sentences
BOX_TITLES = 4  # titles: a related-news box inside an article lists a few

# A date box's month on a line of its own: its number or its name, in words up to "tháng mười một", or
# abbreviated ("Tháng 3", "tháng sáu", "tháng giêng", "Th01", "thg 1"); a blog's date box prints it between
# the day and the year, or over the day.
BARE_HOST = regex.compile(r"(?:www\.)?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,5}\.(?:vn|com|net|org|info)/?")  # a site's host alone
MONTH_LINE = 16  # characters
MONTH_ALONE = regex.compile(r"(?i)^(?:tháng\s++(?P<month>\d{1,2}|\p{L}{2,5}(?:\s++\p{L}{1,3})?)|thg?\s*+(?P<month>\d{1,2}))$")

IMAGE_ENDS = tuple(f".{ext}{close}" for ext in ("jpg", "jpeg", "png", "gif", "webp", "bmp") for close in ("", ")"))
# Attachments a document notice links to ("QD215-UBND.pdf"): file names, like image names.
DOCUMENT_TYPES = ("pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "zip", "rar")
DOCUMENT_ENDS = tuple(f".{ext}" for ext in DOCUMENT_TYPES)
FILE_ENDS = IMAGE_ENDS + DOCUMENT_ENDS
MEDIA_ENDS = (".mp4", ".mp3", ".webm", ".m4a", ".flv", ".mov", ".wav")  # a player's source file, its name as text
# A player's clock closing a line, its button before it perhaps ("Nghe bài viết   00:00 / 04:12", "▶ 0:00")
PLAYER_CLOCK_END = regex.compile(r"\s[▶►⏵⏸❚]?\s*\d{1,2}:\d\d(?::\d\d)?(?:\s*/\s*\d{1,2}:\d\d(?::\d\d)?)?$")
ATTACHMENT = regex.compile(rf"(?i)(?<![\w.])[\w\-]+\.(?:{'|'.join(DOCUMENT_TYPES)})"
                           r"(?:\s*\(\s*[\d.,]+\s*[KMG]?B\s*\))?$"  # (or a link's words, then the file's type
                           rf"|\((?:{'|'.join(DOCUMENT_TYPES)})\s*[,;:\-–]?\s*[\d.,]+\s*[KMG]B\)$")  # and size: "(PDF, 412 KB)")


# A Joomla content plugin's tag left unrendered on a line of its own: opening with its settings
# ("{loadposition tin_lien_quan}", "{tab=Nội dung}", "{jcomments on}"), closing ("{/tabs}"), or both round its folder.
PLUGIN_TAG = regex.compile(r"^\{(?P<tag>[a-z][a-z_]{1,30}+)(?:[ =][^{}\n]{0,80}+)?\}(?:[^{}\n]{1,100}+\{/(?P=tag)\})?$"
                           r"|^\{/[a-z][a-z_]{1,30}+\}$")


def label_over_value(blocks: tuple[Block, ...], i: int) -> str | None:
    """Line ``i`` a template field's label alone, its value on the line under it ("Nguồn tin" /
    "Trung tâm VHTT&TT huyện"): the field as one line ("Nguồn tin: Trung tâm …"); None when line
    ``i`` is too long for a label or its value for a byline."""
    if i + 1 >= len(blocks) or len(blocks[i].text) > FIELD_LABEL or len(blocks[i + 1].text) > BYLINE_LINE:
        return None
    return f"{blocks[i].text.rstrip(': ')}: {blocks[i + 1].text}"


def section_name(text: str, vocab: Vocabulary) -> bool:
    """A section's name alone ("TIN HOẠT ĐỘNG PHƯỜNG", "Thời sự địa phương"): a few words, each one a
    section's word (navigation.txt "@section_word"), none a name of a place, a person or an event."""
    if HAS_DIGIT.search(text):
        return False
    words = _LETTER_RUNS.findall(fold(text))  # (between commas and dashes: "Tin tức các xã, thị trấn")
    return 2 <= len(words) <= _SECTION_WORDS and all(w in vocab.section_words for w in words)


_SECTION_WORDS = 6  # words in a section's name, at most
_LETTER_RUNS = regex.compile(r"[^\W\d_]++")


def site_banner(text: str, vocab: Vocabulary) -> bool:
    """The site's banner atop a text page: a site word, then units and their names only
    ("ỦY BAN NHÂN DÂN PHƯỜNG HÒA PHÚ", "Cổng thông tin điện tử phường 1 - quận Tân Bình"), or
    units and names alone ("QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH").

    A unit's name is a number or up to three capitalised words; a title says more
    ("UBND PHƯỜNG 2 HỌP DÂN", "Ủy ban nhân dân phường tổ chức …" fail)."""
    if len(text) > 100 or ":" in text or ends_sentence(text):
        return False
    folded = fold(text)
    words, keys = text.replace(",", " ").split(), folded.replace(",", " ").split()  # "UBND phường 7, quận 8"
    if len(words) != len(keys):
        return False  # (fold() keeps words; a mismatch is odd input, not a banner)
    opening = vocab.site_start.match(folded)
    i = len(opening.group(0).split()) if opening else 0  # or units only: "QUẬN 5 - THÀNH PHỐ HỒ CHÍ MINH"
    if not opening and not unit_at(keys, 0, vocab):
        return False
    if opening and i < len(keys) and keys[i] == "của":
        i += 1  # "Trang thông tin của Huyện Đoàn Hòa Mỹ": the site of its unit
    if opening:
        i += names_at(words, keys, i, vocab)  # a name right after the site word: "THÀNH ĐOÀN HÀ NỘI"
    while i < len(words):
        if keys[i] in ("-", "–", "|"):
            i += 1
            continue
        unit = unit_at(keys, i, vocab)
        if not unit and keys[i - 1] in ("-", "–") and len(words) - i <= 3 and all(w[:1].isupper() for w in words[i:]):
            break  # the rest of a name with a dash in it: "TỈNH BÀ RỊA - VŨNG TÀU"
        if not unit and opening and text.isupper() and keys[i] in vocab.section_words:
            i += 1  # a centre's fields in its name ("TRUNG TÂM VĂN HÓA - THÔNG TIN VÀ THỂ THAO THỊ XÃ …"), in capitals
            continue
        if not unit:
            return False
        i += unit
        if i < len(words) and words[i].isdigit():
            i += 1
            continue
        i += names_at(words, keys, i, vocab)
    return True


def names_at(words: list[str], keys: list[str], i: int, vocab: Vocabulary) -> int:
    """How many capitalised words (three at most) of a unit's name start at ``words[i]``."""
    named = 0
    while (i + named < len(words) and named < 3 and words[i + named][0].isupper()
           and not words[i + named][0].isdigit() and not unit_at(keys, i + named, vocab)):
        named += 1
    return named


def unit_at(keys: list[str], i: int, vocab: Vocabulary) -> int:
    """How many words of a unit or site word (longest first) start at ``keys[i]``; 0 for none."""
    units = vocab.site_units.get(keys[i]) if i < len(keys) else None
    return next((len(u) for u in units if tuple(keys[i:i + len(u)]) == u), 0) if units else 0


def file_name(text: str, ends: tuple[str, ...] = FILE_ENDS) -> bool:
    """Ends in an image's or an attached document's extension ("IMG_2301.JPG", "(anh1.png)", "QD.pdf")."""
    return text.removesuffix("\n")[-6:].lower().endswith(ends)  # ("$" allows one final newline)


def glyph_row(text: str) -> bool:
    """A row of icons read back as stray letters and marks (OCR of a screen: the share buttons "f Y in &", a
    phone's navigation bar "||| O <"): two to eight tokens of three characters at most, one of them marks only,
    few letters, none with a Vietnamese mark, no digit."""
    tokens = text.split()
    if not 2 <= len(tokens) <= _GLYPH_TOKENS or any(len(t) > 3 for t in tokens) or not text.isascii():
        return False
    return (any(not any(ch.isalnum() for ch in t) for t in tokens) and not any(ch.isdigit() for ch in text)
            and sum(ch.isalpha() for ch in text) <= _GLYPH_LETTERS)


_GLYPH_TOKENS = 8
_GLYPH_LETTERS = 4
