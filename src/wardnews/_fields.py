"""Shapes of a meta row's fields that the counter reader and the label rules share: where a line's
text ends, digits, the marks a template sets between fields, and the site's date, credit and category
labels (the vocabulary's, in data/vi/*.txt)."""
from __future__ import annotations

import functools
import unicodedata

import regex

from ._normalize import fold
from ._vocab import (
    ENGLISH_IN_BRACKETS,
    Vocabulary,
    alternation,
    english_after_slash,
    line_key,
)

# regex's \s as a str.strip argument: tests on a line's end are string operations, because a
# "$"-anchored pattern is tried at every position of the line.
SPACE = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
         "\u2028\u2029\u202f\u205f\u3000"
_SENTENCE_CLOSERS = "\"”’')]" + SPACE  # after a sentence's end mark
HAS_DIGIT = regex.compile(r"\d")
NON_DIGIT = regex.compile(r"\D+")
COMMENT_TAIL = 40  # characters: the longest comment count closing a line ("… 0 ý kiến về bài viết")
# What vocab.counter_rest lets follow a line's last number (and the spaces fold() drops): a line
# that ends otherwise (a sentence's full stop) holds no counters, and scanning it for counter
# labels was the costliest test a paragraph went through.
REST_CHARS = "|•·:,;-–()[]+%\x1c\x1d\x1e\x1f" + SPACE  # (+ and %: a text-size widget, "- 100% +")


def accent_labels(text: str, vocab: Vocabulary) -> str:
    """A line of a template typed without accents with its date and counter labels spelled as the
    vocabulary spells them, each in its place and case ("Ngay dang: 12/09/2022 - Luot doc: 340" →
    "Ngày đăng: 12/09/2022 - Lượt đọc: 340"; a language key left untranslated, "88 luot-xem" → "88 lượt xem");
    the same length, so offsets hold."""
    def accented(m: regex.Match[str]) -> str:
        word = vocab.plain_labels[m.group().lower().replace("-", " ")]
        return "".join(a.upper() if b.isupper() else a for a, b in zip(word, m.group(), strict=True))
    return vocab.plain_label.sub(accented, text)


CLOCK_TIME = regex.compile(r"\d[:hg]\d\d")  # a clock's time somewhere in a field (a cheap test before the label's)


@functools.lru_cache(maxsize=8)
def publish_label(vocab: Vocabulary) -> regex.Pattern[str]:
    """A date label in the site's own words: a few words, one of them a publishing verb
    (dates.txt "@publish": "Lên trang:", "Giờ đăng:", "Ghi nhận lúc:", "Thời gian đăng tải:"),
    then a colon or the date's first digit."""
    verbs = alternation(vocab.publish_words, any_spaces=True).pattern
    return regex.compile(rf"(?i)^\(?(?:\p{{L}}+\s+){{0,4}}?(?:{verbs})(?:\s+(?!(?:lúc|hồi)\s+\d)\p{{L}}+){{0,3}}?"
                         rf"\s*(?::\s*|(?=\d)|(?=(?:lúc|hồi)\s+\d))")  # ("Đưa tin lúc 09:45 ngày …": the date reads "lúc")


@functools.lru_cache(maxsize=8)
def posted_time(vocab: Vocabulary) -> regex.Pattern[str]:
    """The time a post went up, and who posted it, after a publishing label ("Đăng lúc 14:32 bởi Nguyễn Hoài
    Phong"): its "by" one of credits.txt "@written"'s single words ("bởi", "by")."""
    by = alternation((w for w in vocab.written_labels if " " not in w), any_spaces=True).pattern
    return regex.compile(rf"(?i)\s*+(?:lúc\s++)?\d{{1,2}}[:hg]\d\d(?:\s*+(?:SA|CH|AM|PM))?+(?:\s++(?:{by})\s++\S.{{0,40}}+)?$")


PLACEHOLDER = regex.compile(r"\{\{?\$?[\w.\[\]'\"-]{1,60}\}\}?")  # "{$article.author}", "{{ post.author }}"
_BRACKETED_LABEL = regex.compile(r"(?P<value>\d\s*+)\((?P<label>[^()\d]{2,30})\)")
ENGLISH_HALF = english_after_slash(r"\s*(?:[:|]|\d)")  # a label's English after a slash ("… / Views: 405", "… / Online 21",
# a table's cell: "Khách trực tuyến / Online | 18")
# a label's English in brackets after its Vietnamese, before the colon ("Ngày đăng (Posted): …", "Lượt xem (Views): 2.087")
ENGLISH_BRACKETED = regex.compile(ENGLISH_IN_BRACKETS + r"(?=\s*+:)")
# a label's English before a slash and its Vietnamese, at a field's start ("Posted on / Đăng lúc:…",
# "Views / Lượt xem:1.204"): lower-case after the capital, so "UBND/HĐND" is not English
ENGLISH_FIRST = regex.compile(r"(?<![^\s|:;])[A-Z][a-z']{1,15}+(?: [a-z']{1,15}+){0,2}+\s?/\s?(?=\p{Lu}[\p{L} ]{0,30}?[^\x00-\x7F])")
DOT_LEADER = regex.compile(r"\s*+(?:[·.]{2,}+|…++)\s*+(?=\d)")
BAR_MARK_CHARS = "‖║¦◊⎯✦◆∙★☆✧♦❖◈◉◎◦⦁∣●"  # marks a template sets between its fields ("… 15:20 ● Posted by: … ● Hits: 332")
BAR_MARKS = str.maketrans(dict.fromkeys(BAR_MARK_CHARS, "|"))
RULE_CHARS = "-–—_=*~#.─━═"  # what a rule across the page is drawn with ("-----", "======", "———", "……", a text
# browser's box lines: "────")


def labels_after_values(text: str, vocab: Vocabulary) -> str:
    """A meta line that prints each label after its value, in brackets ("27/02/2024 (ngày đưa tin) -
    1025 (lần xem)"): a date's label blanked, a counter's unbracketed ("1025  lần xem "), so the
    line reads as date line and counters; the same length, so offsets hold."""
    def reread(m: regex.Match[str]) -> str:
        key = line_key(m["label"])
        if key in date_label_keys(vocab):
            return m["value"] + " " * (len(m["label"]) + 2)
        if key in vocab.counter_after_keys:
            return f"{m['value']} {m['label']} "
        return m.group(0)
    text = _BRACKETED_LABEL.sub(reread, text)
    if text[-1:] == ")" and (category := _CATEGORY_AFTER.search(text)) and (
            fold(category["label"]) + ":" in vocab.category_labels):  # (navigation.txt "@category")
        text = text[:category.start("label") - 1] + " " * (len(category["label"]) + 2)  # (the category's name, then
        # its label: "— Pháp luật - Đời sống (chuyên mục)")
    return text


_CATEGORY_AFTER = regex.compile(r"\((?P<label>[^()\d]{2,20})\)$")


@functools.lru_cache(maxsize=8)
def date_label_keys(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(line_key(label) for label in vocab.date_labels)


def category_names(field: str, words: int = 4) -> bool:
    """A meta field of category names without their label, as WordPress prints the post's
    categories ("Tin tức, Quốc phòng – An ninh"): short capitalised names between commas, each of
    ``words`` words at most (dashes not counted)."""
    if len(field) > 48 or any(c.isdigit() for c in field) or ends_sentence(field):
        return False
    names = [name.strip() for name in field.split(",")]
    return all(name[:1].isupper() and sum(w not in "-–" for w in name.split()) <= words for name in names)


def ends_sentence(text: str) -> bool:
    """The line ends a sentence ("…họp.", "…?”", "… ./.")."""
    stripped = text.rstrip(_SENTENCE_CLOSERS)
    if stripped[-1:] > "\u2190":
        end = len(stripped)  # an emoji after the full stop ("… Ngày thành lập Đoàn TNCS Hồ Chí Minh 26/3. 🎉",
        while end and (stripped[end - 1].isspace() or stripped[end - 1] in "\ufe0f\u200d"  # a page that writes in emoji)
                       or unicodedata.category(stripped[end - 1]) in ("So", "Sk")):
            end -= 1
        stripped = stripped[:end].rstrip(_SENTENCE_CLOSERS)
    return stripped != "" and stripped[-1] in ".!?…"


CREDIT_LABEL = 24  # characters: a credit label alone on its line ("Tác giả", "Người viết:")
