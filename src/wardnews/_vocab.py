"""Load, validate and compile the vocabulary in ``data/vi/*.txt``.

Vocabulary is data, grammar is code: the files hold phrases (one a line, ``#`` comments,
``@section`` headers); this module turns them into folded lookup tables and longest-first
alternations. Loading happens on first use, never at ``import wardnews``.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from ._normalize import TEXT_CACHES, fold

BOILERPLATE_FILES = ("navigation", "related", "share", "footer", "gallery", "marker", "other")
COUNTER_KEYS = ("online", "total_visits", "today", "yesterday", "this_week", "this_month", "views")
# a radio bulletin's plays: its views when the page prints no views of its own (counter.txt)
PLAYS = "plays"
_PLURALS = ("các ", "những ")  # a plural marker some portals print before a related heading
_TRIM = " :.…[]<>‹›«»←→⟲↩▼▾⌕🔍🔎☰"  # trailing colons and dots; a link button's brackets ("[Trở về]") or arrows ("< Trước")


# A slash before a capital Latin letter ("Ngày/Date", "Tin khác / Other news"): the test before a
# label in two languages is looked for; a date's slashes fail it at once.
SLASH_CAPITAL = re.compile(r"/ ?[A-Z]")


def line_key(text: str) -> str:
    """The folded key a whole line is looked up by: trailing colons and dots ignored."""
    return fold(text).strip(_TRIM)


PAGER_MARKS = " :←→«»‹›<>"  # round a pager's label ("← Bài trước", "Bài sau →", "« Bài trước:")


def pager_label(text: str, vocab: Vocabulary) -> bool:
    """The previous or next post's label alone, its arrows round it (navigation.txt "@pager")."""
    return line_key(text.strip(PAGER_MARKS)) in vocab.pager_labels


def read_sections(name: str) -> dict[str, list[str]]:
    """Entries of ``data/vi/NAME.txt`` by section (``""`` before the first ``@header``)."""
    text = resources.files("wardnews").joinpath(f"data/vi/{name}.txt").read_text("utf-8")
    return parse_sections(text)


def keyed(entries: Iterable[str]) -> list[tuple[str, str]]:
    """"label = key" entries (counter.txt's, dates.txt's months, …) as (label, key) pairs, both stripped;
    the last "=" splits them, so a label may hold one."""
    return [(label.strip(), key.strip()) for label, _, key in (entry.rpartition("=") for entry in entries)]


def parse_sections(text: str) -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {"": []}
    current = ""
    for raw in text.splitlines():
        entry = raw.strip()
        if not entry or entry.startswith("#"):
            continue
        if entry.startswith("@"):
            current = entry[1:]
            sections.setdefault(current, [])
            continue
        sections[current].extend(expand_choices(entry) if "{" in entry else (entry,))
    return sections


_CHOICE = regex.compile(r"\{([^{}]*+)\}")


def expand_choices(entry: str) -> list[str]:
    """An entry's every wording, one choice taken from each ``{a|b|}`` group (an empty choice drops
    the group): "{Tin |}đọc nhiều{ nhất|}" is "Tin đọc nhiều nhất", "Tin đọc nhiều", "đọc nhiều
    nhất", "đọc nhiều". Lets a data file name a heading's many wordings in one line."""
    m = _CHOICE.search(entry)
    if m is None:
        return [" ".join(entry.split())]
    return [wording for choice in m.group(1).split("|")
            for wording in expand_choices(entry[:m.start()] + choice + entry[m.end():])]


def first_chars(phrases: Iterable[str], extra: str = "") -> str:
    """A lookahead for the letters the phrases can start with (both cases), plus ``extra``.

    The ``regex`` engine tries a pattern at every position of the text; one that opens with a
    lookbehind or an alternation gets no quick scan for its first character. This lookahead
    gives it one: ``finditer`` over a paragraph runs 10-15x faster, and matches are unchanged.
    """
    chars = {ch for p in phrases if p.strip() for ch in (fold(p)[0], fold(p)[0].upper())}
    body = "".join(regex.escape(ch) for ch in sorted(chars)) + extra
    return f"(?=[{body}])"


_CREDIT_JOINS = regex.compile(r"\s*(?:,|-|–|/|&|\+)\s*|\s+và\s+")
_CREDIT_JOINERS = (", ", " - ", " – ", "-", "/", " / ", " & ", " và ", " + ", "+")


def _joined_credits(labels: Iterable[str]) -> list[str]:
    """The credit labels, with those of two parts ("Tin, ảnh", "Bài - ảnh") in every way a site
    joins them ("Tin – ảnh", "Bài & ảnh", "Tin/ảnh", "Bài và ảnh")."""
    out = list(labels)
    for label in labels:
        parts = _CREDIT_JOINS.split(label)
        if len(parts) == 2 and all(parts):
            out += [joiner.join(parts) for joiner in _CREDIT_JOINERS]
    return list(dict.fromkeys(out))


def alternation(phrases: Iterable[str], *, prefix: str = "", suffix: str = "",
                any_spaces: bool = False) -> regex.Pattern[str]:
    """One compiled pattern over folded phrases, longest first so the most specific wins.

    ``any_spaces`` lets a phrase's spaces match any run of whitespace: for patterns run on a
    page's own text ("Cập  nhật:"), not on folded keys (where spaces are single already).
    """
    keys = {fold(p) for p in phrases if p.strip()}
    body = _trie_pattern(keys, r"\s+" if any_spaces else r"\ ") if keys else "(?!)"
    return regex.compile(f"{prefix}(?:{body}){suffix}")


def _trie_pattern(keys: Iterable[str], space: str) -> str:
    """The phrases as one pattern that shares their common openings ("lượt (?:xem|đọc|truy cập)"): the engine
    tries each letter once at a place, not each of hundreds of phrases (a line's scan runs ~5x faster). A phrase
    that goes on is tried before the one it extends, so the longest wins, as in an alternation sorted longest
    first, and a shorter one still matches when what follows the longer fails."""
    trie: dict[str, dict] = {}
    for key in keys:
        node = trie
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}  # (a phrase ends here)

    def branch(node: dict[str, dict]) -> str:
        ends = "" in node
        arms = [(space if ch == " " else regex.escape(ch)) + branch(node[ch]) for ch in sorted(node) if ch]
        if not arms:
            return ""
        body = arms[0] if len(arms) == 1 and not ends else "(?:" + "|".join(arms) + ")"
        return f"(?:{body})?" if ends else body

    return branch(trie)


@dataclass(frozen=True, slots=True, eq=False)  # identity hash: a cache key
class Vocabulary:
    """Compiled vocabulary; build with :func:`load_vocabulary`."""

    line_kinds: Mapping[str, str]  # folded whole line -> boilerplate kind
    line_first_words: frozenset[str]  # the first words of those lines (a cheap test before a lookup)
    prefix_pattern: regex.Pattern[str]  # folded start of line -> see prefix_kinds
    prefix_kinds: Mapping[str, str]
    prefix_head: int  # characters of a long line that decide prefix_pattern (its longest phrase, and room)
    gallery_inline: regex.Pattern[str]
    gallery_count: regex.Pattern[str]  # "(Xem 8 ảnh)", "Ảnh hoạt động — 12 ảnh": an album by its count of photos, folded
    gallery_count_ends: tuple[str, ...]  # … the words it ends in ("ảnh"): a cheap test first
    album_photos: regex.Pattern[str]  # "(12)", "(12 ảnh)" closing an album's name, as printed (gallery.txt "@photo")
    gallery_album: regex.Pattern[str]  # "Album ảnh Hội thao": an album's heading, in the article or after it
    gallery_album_starts: frozenset[str]  # … the letters they open with, both cases
    related_inline: regex.Pattern[str]  # "Xem thêm: <title>" inside the article: a link, not its end
    related_inline_bare: regex.Pattern[str]  # … as printed, no colon, a capital after it (an HTML box: label, link)
    related_box: frozenset[str]  # line keys of headings that may open a related box inside the article
    read_more: frozenset[str]  # line keys of a teaser's read-more link ("xem tiếp")
    more_verbs: frozenset[str]  # folded verbs that open any link to more under a box ("xem" in "Xem tất cả")
    comment_headings: frozenset[str]  # line keys of a comments box's heading over its form ("ý kiến bạn đọc")
    teaser_links: frozenset[str]  # line keys of links that close a teaser ("xem chi tiết")
    other_news: regex.Pattern[str]  # a related heading named by its topic ("tin hoạt động khác"), folded
    other_news_ends: tuple[str, ...]  # … the words it ends in
    residue_lines: frozenset[str]  # line keys of template leftovers ("array", "undefined")
    error_lines: frozenset[str]  # line keys of a missing page's message ("trang không tồn tại")
    player_lines: frozenset[str]  # line keys of a video player's leftovers
    search_heads: frozenset[str]  # line keys of a search's results heading ("kết quả tìm kiếm")
    spam_phrase: regex.Pattern[str]  # a phrase of injected spam ("nhà cái", "nổ hũ"), folded, whole words
    spam_phrase_plain: regex.Pattern[str]  # … typed without accents ("ban ca", "doi thuong")
    spam_praised: regex.Pattern[str]  # … praised right after ("đổi thưởng uy tín"), folded
    spam_praise: tuple[str, ...]  # the praise's words alone ("uy tín"), folded
    poll_buttons: frozenset[str]  # line keys of a survey widget's buttons ("biểu quyết")
    code_labels: tuple[str, ...]  # folded labels of an article's code on its meta line ("Mã tin:")
    ad_labels: frozenset[str]  # line keys of an advertisement slot's label ("Quảng cáo")
    question_label: regex.Pattern[str]  # "Hỏi:" opening a Q&A page's question, as printed (other.txt "@question")
    answer_opening: regex.Pattern[str]  # "Trả lời: (" opening a Q&A answer's bracketed date line (other.txt "@answer")
    summary_label: regex.Pattern[str]  # "Tóm tắt: " opening a lead (on the page's text)
    title_label: regex.Pattern[str]  # "Tiêu đề: " opening a headline
    ai_notes: tuple[str, ...]  # folded: the note closing a summary box a tool wrote (other.txt "@ai_note")
    reading_labels: tuple[str, ...]  # folded: a reading time's label ("thời gian đọc"), other.txt "@reading"
    address_labels: frozenset[str]  # a print view's label before the article's own address (other.txt "@address")
    player_buttons: frozenset[str]  # line keys of a player's buttons and notes (other.txt "@button"): no end of the text
    close_buttons: frozenset[str]  # a dismissible notice's close button, lower case (other.txt "@close")
    comment_says: tuple[str, ...]  # the word a reader's comment's heading closes on, lower case ("… Says:", other.txt "@says")
    reading_time: regex.Pattern[str]  # folded, the whole field: "3 phút đọc", "đọc trong 3 phút", "thời gian đọc: 4 phút"
    text_labels: frozenset[str]  # line keys of a template's label alone over the article's text ("Nội dung:")
    asker_labels: tuple[str, ...]  # folded: "người gửi" … a Q&A page's asker field, opening the question's fields
    poll_starts: frozenset[str]  # … the letters they open with, both cases
    recent_openers: tuple[str, ...]  # folded: "vừa qua", "mới đây" … a lead without its date opens so
    joiners: frozenset[str]  # folded words no sentence ends on ("và", "của"): a wrapped line's last word
    motto_tagline: regex.Pattern[str]  # folded: a tagline closing with a standing motto (navigation.txt "@motto")
    slogan_start: tuple[str, ...]  # folded: how a campaign banner in capitals opens ("chào mừng")
    document_motto: frozenset[str]  # line keys of an official document's motto lines
    document_kinds: frozenset[str]  # line keys of an official document's kind ("THÔNG BÁO"), over its subject
    document_motto_starts: frozenset[str]  # … the letters those lines open with, both cases
    recipients: frozenset[str]  # line keys of a document's distribution-list heading ("nơi nhận")
    recipients_starts: frozenset[str]  # … the letters it opens with, both cases
    salutation: regex.Pattern[str]  # folded, at a line's start: "kinh gui", "kinh thua" (document.txt "@salutation")
    counter_labels: Mapping[str, str]  # folded label -> counter key, or "-" for a heading
    counter_words: frozenset[str]  # words an unlisted counter label may be made of …
    counter_visit: tuple[str, ...]  # … one of these among them …
    counter_word_keys: tuple[tuple[str, str], ...]  # … and its key from the first of these found
    opener_starts: frozenset[str]  # folded first letters of the counter openers ("hiện có": "h")
    counter_beside: Mapping[str, str]  # folded one-word label -> key, read only between other counters ("tuần")
    counter_services: frozenset[str]  # line keys: a free counter service's credit under its widget ("free counters")
    counter_stats: Mapping[str, str]  # line key -> a statistics box's row: "-" (content), "none" (members) or a key
    counter_past: frozenset[str]  # folded: a widget's periods with no key ("tuần trước")
    counter_parts: frozenset[str]  # folded: the parts of the online count beside it ("khách", "tv")
    counter_pattern: regex.Pattern[str]  # label, then the value
    counter_after: regex.Pattern[str]  # "1.284 lượt xem": a value, then its label (folded, whole line)
    count_opener: regex.Pattern[str]  # "Đã có " before such a value, at the end of what precedes it
    counter_after_head: regex.Pattern[str]  # counter_after, with something after it (the post's tags)
    counter_after_keys: Mapping[str, str]  # folded label of counter_after -> counter key
    counter_rest: regex.Pattern[str]  # what may stand between and around counters on their line
    comment_count: regex.Pattern[str]  # "0 Bình luận", "Bình luận (3)": a comment count, not recorded
    comment_row: regex.Pattern[str]
    plain_label: regex.Pattern[str]  # a date's or counter's label typed without accents ("Ngay dang", "Luot doc")
    plain_labels: Mapping[str, str]  # … lower case, to the label as the vocabulary spells it ("ngày đăng")
    comment_tail: regex.Pattern[str]  # the comments' count closing a line of counters, as printed  # "0 nhận xét Email liên kết …": a post footer opening with that count
    counter_rest_ends: tuple[str, ...]  # … the words it can end in ("xem", "người")
    credit_label: regex.Pattern[str]  # "Tin, ảnh:" ...
    written_labels: tuple[str, ...]  # folded, longest first: "viết bởi", "written by", "by" (credits.txt @written)
    author_box_headings: frozenset[str]  # folded: "về tác giả", "about the author" (credits.txt @author_box)
    credit_word: regex.Pattern[str]  # "Theo " ...
    uploader_labels: tuple[str, ...]  # folded: "người đăng" … an uploader field, not an author
    uploader_starts: frozenset[str]  # … the letters they open with, both cases
    desk_signatures: frozenset[str]  # folded: "pv", "nhóm pv" … a signature naming the desk
    desk_owners: frozenset[str]  # folded: "nha truong", "phuong" … the body a desk belongs to, after it
    photo_credit: regex.Pattern[str]  # "Ảnh: X" anywhere in a line (after a space, bracket or dash)
    photo_words: frozenset[str]  # folded: "ảnh", "photo": the photographer's credit word (credits.txt "@photo")
    photo_credit_line: regex.Pattern[str]  # … opening the line: "(Ảnh: Minh Đức)", not "Tin, ảnh: X"
    photo_split: regex.Pattern[str]  # where a signature's photographer part starts: " - Ảnh: "
    crew_line: regex.Pattern[str]  # a line opening with the crew's credit ("Thiết kế: …", "Quay phim: …")
    gallery_word: regex.Pattern[str]  # a word of a photo strip's heading ("Ảnh nhà trường")
    thumbnail_labels: frozenset[str]  # line keys: the post's own picture field ("Ảnh đại diện"), gallery.txt "@thumbnail"
    video_captions: tuple[str, ...]  # a video caption's opening label, as printed and in capitals (gallery.txt "@video")
    video_words: frozenset[str]  # words naming videos, not photos (gallery.txt "@video_word"), folded
    signing_behalf: tuple[str, ...]  # folded: "tm.", "kt." … a document's signing block opens so
    signed_marks: frozenset[str]  # folded: "đã ký" … where a posted copy's signature was
    source_credits: tuple[str, ...]  # folded: "nguồn", "theo" … credit words naming a source
    source_after: regex.Pattern[str]  # the gap before a source's field beside the writer's ("Minh Anh - Nguồn: …"), as printed
    editor_credits: tuple[str, ...]  # folded: "biên tập", "người duyệt" … who edited or approved it
    unit_fields: frozenset[str]  # line keys: a field naming the writer's unit under theirs (credits.txt "@unit_field")
    answer_labels: tuple[str, ...]  # folded: "đơn vị trả lời" … the office that answered a question (credits.txt "@answered")
    editor_after: regex.Pattern[str]  # … the gap before its field run on after the writer's ("… Người duyệt: …"), as printed
    site_start: regex.Pattern[str]  # folded <title> segment opening with a site word ("cổng thông tin")
    site_word: regex.Pattern[str]  # … or holding one anywhere
    vendor_word: regex.Pattern[str]  # folded: a company's name, the site's builder ("công ty", "tnhh")
    account_word: regex.Pattern[str]  # a CMS login's word ("admin"), whole words, anywhere
    account_places: frozenset[str]  # "phuong", "xa": a place's level after it, without accents (accounts.txt "@place")
    site_units: Mapping[str, tuple[tuple[str, ...], ...]]  # first folded word -> units and site words, longest first
    toolbar_pattern: regex.Pattern[str]  # a line of navigation/share phrases run together
    toolbar_starts: frozenset[str]  # the first words of those phrases
    tool_icons: frozenset[str]  # a page tool's icon ("⎙", "✉"), share.txt "@icons"
    tool_letters: frozenset[str]  # a platform's button letter beside them ("f", "z")
    toolbar_words: frozenset[str]  # line keys of share.txt "@toolbar": share buttons only among others ("Email")
    platform_words: frozenset[str]  # folded: a platform's one-word name ("zalo"), share.txt "@platform"
    role_title: regex.Pattern[str]  # "Chủ tịch", "Bí thư" …: never the start of a name
    role_unit: regex.Pattern[str]  # "Đài", "Trung tâm", "VP" …
    role_surname: regex.Pattern[str]  # unit words that are also names ("Đoàn", "Trường")
    role_place: tuple[str, ...]  # "phường ", "xã ": a ward or commune named as the writer's unit, lower case, accented
    ranks: tuple[str, ...]  # "Thiếu tá ", "Đại úy ": a rank before a signer's name, as printed
    honorific_start: regex.Pattern[str]
    given_honorifics: frozenset[str]  # folded: address words that also open a two-word given name (honorifics.txt "@given")
    qualifiers: frozenset[str]
    caption_start: regex.Pattern[str]
    caption_person: regex.Pattern[str]  # "đồng chí": a caption's opening only where a headline would stand
    caption_leaders: regex.Pattern[str]  # "lãnh đạo": … or over a lead that opens with its date
    photo_actions: regex.Pattern[str]  # folded: "cắt băng", what only a caption says is being done
    photo_position: regex.Pattern[str]  # folded: "(thứ hai từ trái sang)", where one stands in the photo  # "Quang cảnh", "Một góc" …: a short line that is a caption
    date_labels: tuple[str, ...]
    dayparts: tuple[str, ...]
    weekdays: tuple[str, ...]
    publish_words: tuple[str, ...]  # verbs a site's own date label holds ("lên trang", "đăng", "ghi nhận")
    category_labels: tuple[str, ...]  # "chuyên mục:", "lĩnh vực:": the post's category field, folded
    category_words: tuple[str, ...]  # "mục ": the category's name after a lower-case word, in a meta field
    section_words: frozenset[str]  # folded: the words a section's name is made of (navigation.txt "@section_word")
    home_names: tuple[str, ...]  # folded, each with a space after: the home page's names opening a trail ("@home")
    category_icons: frozenset[str]  # "📁": the icon before a meta row's category (navigation.txt "@category_icon")
    home_icons: frozenset[str]  # "🏠": the home page's link drawn as a glyph (navigation.txt "@home_icon")
    trail_labels: frozenset[str]  # line keys of a label printed before a trail ("Bạn đang xem:", navigation.txt "@trail_label")
    notice_openings: tuple[str, ...]  # "Thông báo: ": a notice's label in its own case, as printed (other.txt "@notice")
    schedule_heads: tuple[str, ...]  # a work schedule's box heading ("LỊCH CÔNG TÁC TUẦN"), folded
    board_heads: tuple[str, ...]  # "ban biên tập trang thông tin": the editorial board box's heading, folded
    attached_words: tuple[str, ...]  # "file đính kèm": a note in brackets pointing at the attached file, folded
    posted_in: regex.Pattern[str]  # "Trong <category>" after a date (other.txt "@posted_in"), as printed
    entry_closing: regex.Pattern[str]  # WordPress's entry footer's closing sentences after the category (other.txt "@entry_closing")
    toc_headings: frozenset[str]  # line keys of a table of contents' heading (navigation.txt "@toc")
    back_links: frozenset[str]  # line keys of a link back, a page tool in a row of them (navigation.txt "@back")
    pager_labels: frozenset[str]  # line keys of the previous and next posts' labels alone (navigation.txt "@pager")
    info_panels: frozenset[str]  # line keys of a panel of the post's fields printed last (other.txt "@info_panel")
    price_line: regex.Pattern[str]  # "Lợn hơi: 38.000 đ/kg": a market-price widget's line (other.txt "@price_unit")
    signup_openings: tuple[str, ...]  # folded: a newsletter's sign-up box's lines open so (other.txt "@signup")
    tag_labels: tuple[str, ...]  # "từ khóa:": the post's tags closing a meta row, folded
    site_total_words: tuple[str, ...]  # "tổng", "website": a count of the site's visits (counter.txt "@total")
    banner_button: re.Pattern[str]  # "… THAM GIA NGAY" at a line's end: a banner's button (other.txt "@cta")
    reaction_row: regex.Pattern[str]  # "126 lượt thích · 14 bình luận · 9 lượt chia sẻ": an embedded post's counts (share.txt "@reaction")
    store_name: re.Pattern[str]  # "App Store", "Google Play": a line naming one is an app's banner (other.txt "@store")
    first_on: re.Pattern[str]  # "Bài viết … xuất hiện đầu tiên tại …": a feed's footer under the post (other.txt "@first_on")
    follow_line: regex.Pattern[str]  # "theo dõi báo tây sơn trên google news": a call to follow the paper, folded
    follow_starts: frozenset[str]  # … the folded letters it opens with
    follow_ends: tuple[str, ...]  # … and the words it closes with (a platform's last)
    tool_words: frozenset[str]  # "in", "email", "pdf": words that make a short link a page tool (share.txt "@word")
    font_tool_opening: regex.Pattern[str]  # "Cỡ chữ:" opening a line, its buttons, then the counters (share.txt "@font")
    font_tools: regex.Pattern[str]  # " Cỡ chữ: A- A A+" closing a meta line (share.txt "@font"), as printed
    font_tool_ends: re.Pattern[str]  # … the words its names end in ("chữ"): a cheap test first
    size_buttons_tail: regex.Pattern[str]  # " Chữ: a A", " A- A A+": letter buttons (and the tool's name) closing a line
    slide_number: regex.Pattern[str]  # "Ảnh 3/12", "◀ 3/12 ▶": a slideshow's place, the whole line (captions.txt "@slide")
    slide_caption: regex.Pattern[str]  # "[Ảnh 1/6] Các em …": a slide's caption opening with its place
    since_day: regex.Pattern[str]  # " kể từ 01/01/2016", " từ tháng 01/2016" in a counter's label, before its colon or at its end (counter.txt "@since")
    since_year: regex.Pattern[str]  # " từ năm 2006" closing a counter's label
    since_words: re.Pattern[str]  # … the word all its phrases hold ("từ "): a cheap test first
    period_by_number: regex.Pattern[str]  # "Tháng 6 ", "Năm 2024: " before a count (counter.txt "@by_number"):
    # group pN matched is the period by_number_labels[N]
    by_number_labels: tuple[str, ...]  # … "Tháng này", "Năm nay": the label each is read under
    by_number_starts: str  # … the first letters they open with, both cases: a cheap test first
    guests_online: regex.Pattern[str]  # "hiện có 4 khách và không thành viên đang trực tuyến", folded (counter.txt "@guests")
    guests_openings: tuple[str, ...]  # … the first three letters its line may open with, folded
    field_label_icons: tuple[str, ...]  # "👁", "✍": icons labelling the views and the writer on a meta line
    guest_words: re.Pattern[str]  # … " khách": a line opening with the guests' number holds one
    months: Mapping[str, int]
    docwords: tuple[str, ...]
    date_sections: Mapping[str, tuple[str, ...]]  # dates.txt by section, a user's words added: what _dates reads


@functools.lru_cache(maxsize=8)
def load_vocabulary(extra: tuple[tuple[str, tuple[str, ...]], ...] = ()) -> Vocabulary:
    """Compile the packaged vocabulary, plus ``extra`` entries as ``((file/section, phrases), …)``.

    ``extra`` keys name a file and section like ``"navigation/line"`` or ``"roles"``; users pass
    them through :class:`wardnews.Config` rather than editing package data.
    """
    added: dict[str, list[str]] = {}
    for key, phrases in extra:
        added.setdefault(key, []).extend(w for p in phrases for w in (expand_choices(p) if "{" in p else (p,)))

    def section(name: str, sec: str = "") -> list[str]:
        base = read_sections(name).get(sec, [])
        return base + added.get(f"{name}/{sec}" if sec else name, [])

    line_kinds: dict[str, str] = {}
    prefix_kinds: dict[str, str] = {}
    for kind in BOILERPLATE_FILES:
        label = "counter" if kind == "counter" else kind
        for phrase in section(kind, "line") + (section(kind, "button") if kind == "other" else []):
            line_kinds.setdefault(line_key(phrase), label)
            if kind == "related" and not fold(phrase).startswith(_PLURALS):
                for plural in _PLURALS:  # "Bài viết liên quan" is also printed "Các bài viết liên quan"
                    line_kinds.setdefault(line_key(plural + phrase), label)
        for phrase in (section(kind, "prefix") + (section(kind, "category") if kind == "navigation" else [])
                       + (section(kind, "signup") if kind == "other" else [])):
            prefix_kinds.setdefault(fold(phrase), label)

    counter_labels: dict[str, str] = {}
    for label, key in keyed(section("counter")):
        if key != "-" and key != PLAYS and key not in COUNTER_KEYS:
            raise ValueError(f"counter.txt: unknown key {key!r} for {label!r}")
        counter_labels[line_key(label)] = key
    cut_short = {short: key for short, key in _cut_short_labels(counter_labels).items() if short not in counter_labels}
    counter_labels.update(cut_short)

    plain_label, plain_labels = _plain_labels(
        section("dates", "label") + section("dates", "meta") + section("dates", "published")
        + [label for label, _ in keyed(section("counter"))] + list(cut_short))
    for label in counter_labels:
        line_kinds.setdefault(label, "counter")
    after_keys: dict[str, str] = {}
    for label, key in keyed(section("counter", "after")):
        if key not in COUNTER_KEYS:
            raise ValueError(f"counter.txt: unknown key {key!r} for {label!r}")
        after_keys[fold(label)] = key
    openers = alternation(section("counter", "opener")).pattern  # (folded, as counter_after reads)

    months: dict[str, int] = {}
    for name, number in keyed(section("dates", "month")):
        months[fold(name)] = int(number)

    credits = _joined_credits(section("credits", "label") + section("credits", "answered"))
    since = section("counter", "since")
    slide_place = alternation(section("captions", "slide"), prefix="(?i:", suffix=r")\s+(?P<n>\d{1,3})\s*/\s*\d{1,3}",
                              any_spaces=True).pattern
    guests: dict[str, list[str]] = {}
    for entry in section("counter", "guests"):
        part, _, words = entry.partition("=")
        if part.strip() not in _GUESTS_PARTS:
            raise ValueError(f"counter.txt @guests: unknown part {part.strip()!r} in {entry!r}")
        guests.setdefault(part.strip(), []).append(fold(words.strip()))
    photo = section("credits", "photo")
    toolbar = [k for k, v in line_kinds.items() if v in _TOOLBAR_KINDS and not k[:1].isdigit()]
    toolbar += [line_key(x) for x in section("share", "toolbar")]
    return Vocabulary(
        line_kinds=line_kinds,
        line_first_words=frozenset(k.split(None, 1)[0] for k in line_kinds if k.strip()),
        prefix_pattern=alternation(prefix_kinds, prefix="^"),
        prefix_kinds=prefix_kinds,
        prefix_head=max(map(len, prefix_kinds), default=0) + 16,
        gallery_inline=alternation(section("gallery", "inline"), prefix="^"),
        gallery_album=alternation(section("gallery", "album"), prefix="^", suffix=r":?\ \S"),
        gallery_album_starts=_first_letters(section("gallery", "album")),
        gallery_count_ends=tuple(fold(x) for x in section("gallery", "photo") if x.strip()),
        album_photos=alternation(section("gallery", "photo"), prefix=r"(?i)\(\s*\d{1,3}(?:\s+(?:", suffix=r"))?\s*\)$", any_spaces=True),
        gallery_count=regex.compile(alternation(section("gallery", "count"), prefix=r"^(?P<heading>[^\d—–|:·(]{2,40}+(?:[—–|:·]\ |(?=\()))?\(?\s*(?:",
                                                suffix=r"\ )?(?:\d{1,3}/)?\d{1,3}\ ").pattern  # ("Xem 4/12 ảnh": the place too)
                                    + alternation(section("gallery", "photo"), suffix=r"\s*\)?$").pattern
                                    # (the count first, the link after it: "14 ảnh · Xem toàn bộ")
                                    + r"|^\d{1,3}\ " + alternation(section("gallery", "photo")).pattern
                                    + r"\s*+[·|•\-–]?\s*+" + alternation(section("gallery", "count")).pattern + "$"),
        related_box=frozenset(line_key(x) for x in section("related", "box")),
        read_more=frozenset(line_key(x) for x in section("related", "more")),
        more_verbs=frozenset(fold(x) for x in section("related", "more_verb")),
        comment_headings=frozenset(line_key(x) for x in section("related", "comments")),
        teaser_links=frozenset(line_key(x) for x in section("related", "teaser")),
        other_news=regex.compile(alternation(section("related", "opens"), prefix=r"^(?:[^\s\d.!?:;,]+\ ){0,2}?").pattern
                                 + r"(?:\ [^.!?:;,\d]{1,40}?)?\ "
                                 + alternation(section("related", "closes"), suffix=r"$").pattern),
        other_news_ends=tuple(fold(x) for x in section("related", "closes")),
        residue_lines=frozenset(line_key(x) for x in section("other", "residue")),
        address_labels=frozenset(line_key(x) for x in section("other", "address")),
        error_lines=frozenset(line_key(x) for x in section("other", "error")),
        player_lines=frozenset(line_key(x) for x in section("other", "player")),
        search_heads=frozenset(line_key(x) for x in section("other", "search")),
        spam_phrase=alternation(section("spam", "phrase"),
                                prefix=first_chars(section("spam", "phrase")) + r"(?<!\w)", suffix=r"(?!\w)"),
        spam_phrase_plain=alternation([strip_accents(fold(x)) for x in section("spam", "phrase")],
                                      prefix=r"(?<!\w)", suffix=r"(?!\w)"),
        spam_praise=tuple(fold(x) for x in section("spam", "praise") if x.strip()),
        spam_praised=alternation(section("spam", "phrase"), prefix=r"(?<!\w)", suffix=r"\s++(?:" + alternation(
            section("spam", "praise")).pattern + r")(?!\w)"),
        poll_buttons=frozenset(line_key(x) for x in section("other", "poll")),
        asker_labels=tuple(fold(x) for x in section("other", "asker")),
        code_labels=tuple(fold(x) for x in section("other", "code")),
        ad_labels=frozenset(line_key(x) for x in section("other", "ad")),
        question_label=alternation(section("other", "question"), prefix="(?i)^", suffix=r"\s*+:", any_spaces=True),
        answer_opening=alternation(section("other", "answer"), prefix="(?i)^", suffix=r"\s*+:\s*+(?=[(\[])", any_spaces=True),
        summary_label=alternation(section("other", "summary"), prefix="(?i)^", suffix=r"\s*[:|]\s*(?=\S)", any_spaces=True),
        title_label=alternation(section("other", "title"), prefix="(?i)^", suffix=r"\s*[:|]\s*(?=\S)", any_spaces=True),
        ai_notes=tuple(fold(x) for x in section("other", "ai_note") if x.strip()),
        reading_labels=tuple(fold(x) for x in section("other", "reading") if x.strip()),
        player_buttons=frozenset(line_key(x) for x in section("other", "button") if x.strip()),
        close_buttons=frozenset(x.strip().lower() for x in section("other", "close") if x.strip()),
        comment_says=tuple(x.strip().lower() for x in section("other", "says") if x.strip()),
        reading_time=regex.compile(alternation(section("other", "reading"), prefix=r"^(?:", suffix=r"\s*+:?\s*+)?[~≈]?\d{1,3}(?:\s*+[–-]\s*+\d{1,3})?\s*+").pattern  # ("Reading time ~4 min",
        # a reader view's range: "5–6 phút")
                                   + alternation(section("other", "reading_unit"), suffix="$").pattern),
        text_labels=frozenset(line_key(x) for x in section("other", "text")),
        poll_starts=_first_letters(section("other", "poll")),
        recent_openers=tuple(fold(x) for x in section("dates", "recent")),
        joiners=frozenset(fold(x) for x in section("joiners", "word")),
        slogan_start=tuple(fold(x) + " " for x in section("navigation", "slogan")),
        motto_tagline=alternation(section("navigation", "motto"), prefix=r"^(?:[^\n]{0,60}?\s[-–:]\s)?",
                                  suffix=r"\s*+[!.]?$"),
        document_motto=frozenset(line_key(x) for x in section("document", "motto")),
        document_motto_starts=_first_letters(section("document", "motto")),
        document_kinds=frozenset(line_key(x) for x in section("document", "kind")),
        recipients=frozenset(line_key(x) for x in section("document", "recipients")),
        recipients_starts=_first_letters(section("document", "recipients")),
        salutation=alternation(section("document", "salutation"), prefix="^", suffix=r"(?=[\s:,!])"),
        related_inline=alternation(section("related", "inline"), prefix=r"^[\s\[(>»*•►▶]*", suffix=r"\s*[:>»]+\s*\S"),  # (after an arrow or a bullet: ">> Xem thêm: …", "* Xem thêm: …")
        related_inline_bare=alternation(section("related", "inline"), prefix=r"(?i)^", suffix=r"\s++(?-i:\p{Lu})"),
        counter_labels=counter_labels,
        counter_words=frozenset(fold(w) for w in section("counter", "words")),
        counter_visit=tuple(fold(w) for w in section("counter", "visit")),
        counter_word_keys=tuple((fold(label), key) for label, key in keyed(section("counter", "keys"))),
        counter_services=frozenset(line_key(w) for w in section("counter", "service")),
        counter_stats={line_key(label): key for label, key in keyed(section("counter", "stats"))},
        counter_past=frozenset(fold(w) for w in section("counter", "past")),
        counter_parts=frozenset(fold(w) for w in section("counter", "parts")),
        counter_beside={fold(label): key for label, key in keyed(section("counter", "beside"))},
        counter_pattern=alternation(
            (k for k, v in counter_labels.items() if v != "-"),
            prefix=first_chars(k for k, v in counter_labels.items() if v != "-") + r"(?<![\w])(?P<label>",
            # (a table row's label and value cells come as "Số người đang online: | 17"; a value in
            # brackets, "lượt xem (352)")
            suffix=r")\s*+[:=]?\s*+(?:\|\s*+|[(\[]\s*+(?=\d))?(?P<value>\d{1,3}(?:[.,\s]\d{3})+(?!\d)|\d+)",
        ),
        counter_after=alternation(
            after_keys, prefix=rf"^(?:(?:{openers})(?:\s*+:)?\s++)?(?P<value>\d{{1,3}}(?:[., ]\d{{3}})+(?!\d)|\d+)\s*+(?:[•·]\s*+)?(?P<label>",
            suffix=r")$"),  # (a dot between them: "2107 • lượt đọc")
        count_opener=alternation(section("counter", "opener"), prefix="(?i)", suffix=r"\s+$", any_spaces=True),
        opener_starts=frozenset(fold(w)[0] for w in section("counter", "opener") if w.strip()),
        counter_after_head=alternation(
            after_keys, prefix=r"^(?P<value>\d{1,3}(?:[., ]\d{3})+(?!\d)|\d+)\s*+(?P<label>", suffix=r")(?=\s)"),
        counter_after_keys=after_keys,
        comment_count=_comment_count(section("counter", "comment")),
        comment_tail=_comment_tail(section("counter", "comment")),
        plain_label=plain_label,
        plain_labels=plain_labels,
        comment_row=_comment_row(section("counter", "comment")),
        counter_rest=_counter_rest(section("counter", "unit"), section("counter", "comment"), section("counter", "none")),
        counter_rest_ends=tuple(sorted({fold(u).split()[-1] for u in section("counter", "unit") if u.strip()}
                                       | {label.split()[-1] for label in after_keys}
                                       | {fold(c).split()[-1] for c in section("counter", "comment") if c.strip()})),
        # (or a bar, a two-column table's row flattened: "Người viết bài | Phan Thanh Tùng, công chức …")
        credit_label=alternation(credits, prefix=r"^\(?\s*(?P<credit>", suffix=r")\s*(?::|\s\|(?=\s[^|]+$))\s*"),
        credit_word=alternation(section("credits", "word"), prefix=r"^\(?\s*(?P<credit>",
                                suffix=r")\s+" + alternation(section("credits", "verb"), prefix="(?!",
                                                               suffix=r"(?!\w))").pattern),
        uploader_labels=tuple(fold(x) for x in section("credits", "uploader")),
        written_labels=tuple(sorted((fold(x) for x in section("credits", "written")), key=len, reverse=True)),
        author_box_headings=frozenset(fold(x) for x in section("credits", "author_box")),
        uploader_starts=_first_letters(section("credits", "uploader")),
        desk_signatures=frozenset(fold(x) for x in section("credits", "desk")),
        desk_owners=frozenset(fold(x) for x in section("credits", "desk_of")),
        photo_words=frozenset(fold(x) for x in photo),
        photo_credit=alternation(photo, prefix=r"(?i)(?:^|[\s(.,\-–])(?:", suffix=r")\s*:\s*\S", any_spaces=True),
        photo_credit_line=alternation(photo, prefix=r"(?i)^\(?\s*(?:", suffix=r")\s*:\s*\S", any_spaces=True),
        crew_line=alternation(section("credits", "crew"), prefix=r"(?i)^(?:", suffix=r")\s*:\s*(?=\S)", any_spaces=True),
        photo_split=alternation(photo + section("credits", "crew"), prefix=r"(?i)\s*[-–,;·|/]?\s*\(?\s*(?:\p{So}\uFE0F?\s*)?(?:", suffix=r")\s*:\s*", any_spaces=True),
        gallery_word=alternation(section("gallery", "word"), prefix=r"(?i)(?<!\w)(?:", suffix=")", any_spaces=True),
        thumbnail_labels=frozenset(line_key(x) for x in section("gallery", "thumbnail")),
        video_captions=tuple(dict.fromkeys(v for x in section("gallery", "video") for v in (x, x.upper()))),
        video_words=frozenset(fold(x) for x in section("gallery", "video_word") if x.strip()),
        signing_behalf=tuple(fold(x) for x in section("credits", "behalf")),
        signed_marks=frozenset(fold(x) for x in section("credits", "signed")),
        source_credits=tuple(fold(x) for x in section("credits", "source")),
        source_after=alternation(section("credits", "source"), prefix=r"\s{3,}+(?=\S)|(?:\s++[-–]|;)\s++(?=(?i:", suffix=r")(?!\w))", any_spaces=True),
        editor_credits=tuple(fold(x) for x in section("credits", "editor")),
        unit_fields=frozenset(line_key(x) for x in section("credits", "unit_field")),
        answer_labels=tuple(fold(x) for x in section("credits", "answered")),
        editor_after=alternation(section("credits", "editor"), prefix=r"\s++(?=(?i:", suffix=r")\s*+:)", any_spaces=True),
        site_start=alternation(section("sitenames", "start"), prefix="^", suffix=r"(?!\w)"),
        site_word=alternation(section("sitenames", "contains")),
        vendor_word=alternation(section("sitenames", "vendor"), prefix=r"(?<!\w)", suffix=r"(?!\w)"),
        account_word=alternation(section("accounts", "word"), prefix=r"(?<!\w)", suffix=r"(?!\w)"),
        account_places=frozenset(x.strip() for x in section("accounts", "place")),
        toolbar_pattern=alternation(toolbar, prefix=r"(?:(?P<phrase>(?>",
                                     suffix=r"))(?:" + _TOOLBAR_SEPARATORS.pattern + r"+|$))++"),
        toolbar_starts=frozenset(_first_token(k) for k in toolbar),
        tool_icons=frozenset(w.strip() for w in section("share", "icons") if len(w.strip()) == 1),
        tool_letters=frozenset(w.strip() for w in section("share", "letters") if w.strip()),
        toolbar_words=frozenset(line_key(x) for x in section("share", "toolbar")),
        reaction_row=regex.compile(alternation(section("share", "reaction"), prefix=r"(?i)^(?:\d[\d.,]*+\s++(?:", suffix=r")\s*+(?:[·•|,]\s*+|$)){2,}+$").pattern),
        platform_words=frozenset(fold(w).strip() for w in section("share", "platform") if len(w.split()) == 1),
        site_units=_by_first_word(tuple(fold(u).split())
                                  for u in section("sitenames", "unit") + section("sitenames", "start") if u.strip()),
        role_title=alternation(section("roles", "title"), prefix="^", suffix=r"(?!\w)"),
        role_unit=alternation(section("roles", "unit"), prefix="^", suffix=r"(?!\w)"),
        role_surname=alternation(section("roles", "surname"), prefix="^", suffix=r"(?!\w)"),
        role_place=tuple(x.lower() + " " for x in section("roles", "place")),
        ranks=tuple(x + " " for x in section("roles", "rank")),
        honorific_start=alternation(section("honorifics", "address"), prefix="^", suffix=r"(?!\w)"),
        given_honorifics=frozenset(fold(x) for x in section("honorifics", "given")),
        qualifiers=frozenset(fold(q) for q in section("qualifiers")),
        caption_start=alternation(section("captions", "prefix"), prefix="^", suffix=r"(?!\w)"),
        caption_person=alternation(section("captions", "person"), prefix="^", suffix=r"(?!\w)"),
        caption_leaders=alternation(section("captions", "person") + section("captions", "leaders"), prefix="^",
                                    suffix=r"(?!\w)"),
        photo_actions=alternation(section("captions", "action"), prefix=r"(?<!\w)", suffix=r"(?!\w)"),
        photo_position=alternation(section("captions", "position"), prefix=r"\([^()]{0,20}?(?<!\w)",
                                   suffix=r"(?!\w)[^()]{0,20}\)"),
        date_labels=tuple(section("dates", "label")),
        dayparts=tuple(section("dates", "daypart")),
        weekdays=tuple(section("dates", "weekday")),
        publish_words=tuple(section("dates", "publish")),
        category_labels=tuple(fold(x) for x in section("navigation", "category")),
        category_words=tuple(x + " " for x in section("navigation", "category_word")),
        section_words=frozenset(fold(x) for x in section("navigation", "section_word")),
        home_names=tuple(fold(x) + " " for x in section("navigation", "home")),
        home_icons=frozenset(x.strip() for x in section("navigation", "home_icon") if len(x.strip()) == 1),
        trail_labels=frozenset(line_key(x) for x in section("navigation", "trail_label")),
        category_icons=frozenset(x.strip() for x in section("navigation", "category_icon") if len(x.strip()) == 1),
        notice_openings=tuple(x.strip() + ": " for x in section("other", "notice")),
        schedule_heads=tuple(fold(x) for x in section("other", "schedule")),
        board_heads=tuple(fold(x) for x in section("footer", "board")),
        attached_words=tuple(fold(x) for x in section("other", "attached")),
        posted_in=alternation(section("other", "posted_in"), prefix=r"(?i)^\s*+(?:", suffix=r")\s++(?P<category>[^|•·]{2,60}?)(?=\s+[|•·]\s|\s*+$)",
                              any_spaces=True),
        entry_closing=alternation(section("other", "entry_closing"), prefix=r"(?i)\.\s++(?:", suffix=r")[^|]{0,300}+$", any_spaces=True),
        pager_labels=frozenset(line_key(x) for x in section("navigation", "pager")),
        info_panels=frozenset(line_key(x) for x in section("other", "info_panel")),
        back_links=frozenset(line_key(x) for x in section("navigation", "back")),
        toc_headings=frozenset(line_key(x) for x in section("navigation", "toc")),
        price_line=alternation(section("other", "price_unit"), prefix=r"(?i)^[^\d:]{2,40}+:\s*+\d[\d.,]*+\s*+(?:",
                               suffix=r")$"),
        signup_openings=tuple(fold(x) for x in section("other", "signup")),
        tag_labels=tuple(fold(x) for x in section("other", "tags")),
        tool_words=frozenset(fold(x) for x in section("share", "word")),
        follow_line=regex.compile(alternation(section("share", "follow"), prefix="^").pattern + r"\ [^.!?]{1,60}?\ "
                                  + alternation(section("share", "via")).pattern + r"\ "
                                  + alternation(section("share", "platform"), suffix=r"\.?$").pattern),
        banner_button=re.compile(r"\S\s+(?:" + ("|".join(re.escape(x.strip()) for x in section("other", "cta")
                                                      if x.strip()) or "(?!)") + r")\s*[!»›>→]*$"),
        store_name=re.compile("|".join(re.escape(x.strip()) for x in section("other", "store") if x.strip()) or "(?!)"),
        first_on=re.compile("|".join(rf"^{re.escape(opening.strip())} .{{2,250}}? {re.escape(words.strip())} "
                                     for opening, _, words in (x.partition("|") for x in section("other", "first_on")))
                            or "(?!)"),
        follow_starts=frozenset(fold(x)[0] for x in section("share", "follow") if x.strip()),
        follow_ends=tuple(sorted({fold(x).split()[-1] for x in section("share", "platform") if x.strip()})),
        font_tools=alternation(section("share", "font"), prefix=r"(?i)\s+(?:", suffix=r")\b[^.!?]{0,60}$", any_spaces=True),
        font_tool_opening=alternation(section("share", "font"), prefix=r"(?i)^" + first_chars(section("share", "font")) + "(?:",
                                      suffix=r")\s*+:?", any_spaces=True),
        font_tool_ends=_literals(end for x in section("share", "font") if x.strip()
                                 for end in (fold(x).split()[-1], fold(x).split()[-1].capitalize())),  # ("Font")
        size_buttons_tail=alternation([*section("share", "font"), *section("share", "font_word")], prefix=r"(?i)\s++(?:",
                                      suffix=r"\s*+:?\s*+)?(?:[aA][+\-−]?\s*+){2,4}$", any_spaces=True),
        slide_number=regex.compile(rf"{slide_place}$|[◀◄⟨‹<«]\s*\d{{1,3}}\s*/\s*\d{{1,3}}\s*[▶►⟩›>»]$"),
        slide_caption=regex.compile(rf"\[{slide_place}\]"),
        since_day=alternation(since, prefix=r"(?i)\s+\(?(?:", suffix=r")\s+(?:tháng\s+)?(?:\d{1,2}[/.\-]){1,2}(?:19|20)\d\d\)?(?=\s*(?::|$))",
                              any_spaces=True),
        since_year=alternation(since, prefix=r"(?i)\s+(?:", suffix=r")\s+(?:19|20)\d\d(?=\s*(?::|$))", any_spaces=True),
        since_words=_literals(set.intersection(*({w + " " for w in fold(x).split()} for x in since)) if since else ()),
        guests_online=_guests_online(guests),
        **_period_by_number(section("counter", "by_number")),
        guests_openings=tuple(sorted({(x + " ")[:3] for x in guests.get("opener", [])})),
        guest_words=_literals(" " + x for x in guests.get("guest", [])),
        field_label_icons=tuple(sorted({k for k in counter_labels if len(k) == 1}  # the views' eye (counter.txt)
                                       | {w for w in section("credits", "word") if len(w) == 1})),  # the writer's pen
        site_total_words=tuple(fold(x) for x in section("counter", "total")),
        months=months,
        docwords=tuple(section("dates", "docword")),
        date_sections={sec: tuple(section("dates", sec)) for sec in read_sections("dates") if sec},
    )


_COUNTER_SEPARATORS = r"[\s|•·:,;\-–—()\[\]*]"  # ("* Đang online: 4": a text browser's bullet)


_GUESTS_PARTS = frozenset({"opener", "guest", "member", "and", "none", "any", "online"})


def _period_by_number(entries: list[str]) -> dict[str, Any]:
    """counter.txt "@by_number" compiled: one named group per period, so the match tells its label."""
    number = {"month": r"(?:1[0-2]|0?[1-9])", "year": r"(?:19|20)\d\d"}
    groups, labels = [], []
    for entry in entries:
        words, _, label = (x.strip() for x in entry.partition("="))
        words, _, kind = words.rpartition(" ")
        if kind not in number or not label:
            raise ValueError(f"counter.txt @by_number: expected 'words month|year = label', got {entry!r}")
        spaced = r"\s+".join(map(regex.escape, words.split()))  # (its words apart by any spaces)
        groups.append(rf"(?P<p{len(labels)}>{spaced}\s++{number[kind]})")
        labels.append(label)
    return {"period_by_number": regex.compile(  # (a count follows, not a month's year: "Tháng 6 2024")
                rf"(?i)(?:{'|'.join(groups) or '(?!)'})(?:\s*+:\s*+|\s++)(?=\d)(?!(?:19|20)\d\d(?![\d.,]))"),
            "by_number_labels": tuple(labels),
            "by_number_starts": "".join(sorted({c for e in entries for c in (e[:1].lower(), e[:1].upper())}))}


def _guests_online(parts: Mapping[str, list[str]]) -> regex.Pattern[str]:
    """A who's-online line in words, folded and whole: guests, then members (or members, then guests,
    Drupal's order), after an opening and before a closing word (none after the members)."""
    def words(part: str) -> str:
        return alternation(parts.get(part, [])).pattern

    members = rf"(?P<members>\d+|{words('none')}) {words('member')}"
    return regex.compile(
        rf"^(?:(?:{words('opener')} )?(?:(?P<guests>\d+) {words('guest')}(?: {words('and')} {members}(?: {words('any')})?)?"
        rf"|{members} {words('and')} (?P<guests>\d+) {words('guest')})"
        rf"(?: {words('online')}|(?<={words('member')}|{words('any')}))"
        rf"|{words('opener')} (?P<members>\d+) {words('member')} {words('online')})\.?$")  # (the members alone after
    # the opening: "There are currently 2 users online.", Drupal's with no guests)


def _comment_count(comments: list[str]) -> regex.Pattern[str]:
    """A comment count, not recorded: "0 Bình luận", "(0) Bình luận", "Bình luận (3)", "Ý kiến: 2",
    "💬 Bình luận: 0", "2 ý kiến về bài viết", "Chưa có bình luận", WordPress's "2 bình luận về “<headline>”" (its
    Kubrick theme's "3 Responses to “<headline>”") (folded, whole line)."""
    word = alternation(comments).pattern
    quoted = "[“\"«'][^\n]{1,240}"  # (the headline they are on, in quotes)
    return regex.compile(rf"^(?:💬\s*+)?(?:(?:\d+|\(\d+\)|chưa có|không có)\s*+{word}(?:\s+(?:về|cho|to)\s+(?:bài(?:\s+viết)?|{quoted}))?"
                         rf"|{word}\s*+[:(]?\s*+\d+\)?)$")


def _comment_tail(comments: list[str]) -> regex.Pattern[str]:
    """A comment count closing a line of other counts ("57 lượt xem 0 bình luận", "… 2.356 lượt xem
    Bình luận (3)"), on the line as printed."""
    word = alternation(comments, any_spaces=True).pattern
    return regex.compile(rf"(?i)\s+(?:💬\s*+)?(?:(?:\d+|\(\d+\)|chưa\s+có|không\s+có)\s*+{word}|{word}\s*+[:(]?\s*+\d+\)?)"
                         rf"(?:\s++(?-i:\p{{Ll}}++)(?:\s++(?-i:\p{{Ll}}++)){{0,2}})?\s*$")  # (a tag after it: "… 0 Comments hiến máu")


def _comment_row(comments: list[str]) -> regex.Pattern[str]:
    """A post's footer opening with its comment count, its links after it ("0 nhận xét Email liên
    kết đến bài đăng này Chia sẻ", SharePoint), folded."""
    return regex.compile(rf"^\d{{1,4}}\s+{alternation(comments).pattern}\s+\S")


def _counter_rest(units: list[str], comments: list[str], none: list[str]) -> regex.Pattern[str]:
    """Separators, a unit word, or a comment count we do not record, on a folded counter line (in
    words too: "Chưa có phản hồi")."""
    unit = alternation(units, any_spaces=True).pattern
    comment = alternation(comments, any_spaces=True).pattern
    no = alternation(none, any_spaces=True).pattern
    # (and a text-size widget printed beside the views: "Lượt xem: 263 - 100% +")
    zoom = r"-?\s*+\d{2,3}\s*+%\s*+\+?|(?:a[-+–]?\s*+){2,3}"  # ("A- A A+": its text-size buttons)
    return regex.compile(rf"^{_COUNTER_SEPARATORS}*+(?:{unit}|{comment}\s*+[:(]?\s*+\d+\)?|\d++\s++{comment}|{zoom}"
                         rf"|(?:{no})\s++{comment})?"
                         rf"{_COUNTER_SEPARATORS}*$",
                         regex.I)


def _literals(words: Iterable[str]) -> re.Pattern[str]:
    """One compiled search for any of these exact strings (a C-level scan: the cheap test before a
    rule's own pattern)."""
    body = "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True) if w)
    return re.compile(body or "(?!)")


def _cut_short_labels(labels: Mapping[str, str]) -> dict[str, str]:
    """A widget's labels cut short, as templates print them ("Hôm nay" → "H.nay", "Đang trực tuyến" →
    "Đ.trực tuyến" and "Đ.tuyến", "Số lượt xem" → "SL xem"): the first word's initial, a dot, then the
    other words or the last one; or the initials of all words but the last, then the last. A word that
    opens with two letters for one sound keeps both ("Tháng này" → "Th.này"), and its single initial
    gives way where it would clash ("T.này" is "Tuần này"). A short form two labels of other keys share
    is left out."""
    found: dict[str, dict[str, bool]] = {}  # short form -> key -> whether the form is the label's own
    for label, key in labels.items():
        words = label.split()
        if key == "-" or len(words) < 2 or not words[0][:1].isalpha():
            continue
        onset = words[0][:2] if words[0][:2].lower() in _DIGRAPHS else ""
        for rest in {" ".join(words[1:]), words[-1]}:
            own = found.setdefault(f"{words[0][0]}.{rest}", {})
            own[key] = own.get(key, False) or not onset  # (a digraph word's single initial: another's first)
            if onset:
                found.setdefault(f"{onset}.{rest}", {})[key] = True
        if len(words) >= 3 and all(w[:1].isalpha() for w in words):  # (the words before the last cut to their
            found.setdefault("".join(w[0] for w in words[:-1]) + " " + words[-1], {})[key] = True  # initials: "SL xem")
    short_forms = {}
    for short, keys in found.items():
        own = {k for k, strong in keys.items() if strong}
        if len(own) == 1 or not own and len(keys) == 1:
            short_forms[short] = (own or set(keys)).pop()
    return short_forms


_DIGRAPHS = frozenset({"ch", "gh", "gi", "kh", "ng", "nh", "ph", "qu", "th", "tr"})  # two letters, one sound


def _first_letters(phrases: Iterable[str]) -> frozenset[str]:
    """The letters the phrases open with, in both cases: a cheap test before a line's key is built."""
    return frozenset(c for p in phrases if p.strip() for c in (p.strip()[0].lower(), p.strip()[0].upper()))


def _plain_labels(phrases: Iterable[str]) -> tuple[regex.Pattern[str], dict[str, str]]:
    """Labels as a template without accents prints them ("Ngay dang:", "Tong:", "Luot
    truy cap:"), each to its accented spelling; a bare spelling two labels share ("dang": "đăng" or
    "đang") is left out. Stripping keeps every letter one character, so a line keeps its offsets."""
    spellings: dict[str, set[str]] = {}
    for phrase in phrases:
        accented = " ".join(phrase.lower().split())
        bare = strip_accents(accented)
        if len(bare) >= 3 and not accented.isascii() and len(bare) == len(accented):
            spellings.setdefault(bare, set()).add(accented)
    table = {bare: next(iter(found)) for bare, found in spellings.items() if len(found) == 1}
    if not table:
        return regex.compile("(?!)"), table
    keys = sorted(table, key=len, reverse=True)
    # (the words joined by hyphens too: a CMS's language key left untranslated, "luot-xem", "ngay-dang")
    return regex.compile(r"(?i)(?<![\w-])(?:" + "|".join(regex.escape(k).replace("\\ ", "[ -]") for k in keys)
                         + r")(?![\w-])"), table


def strip_accents(text: str) -> str:
    """Vietnamese letters without their marks, one character each ("Lượt đọc" → "Luot doc")."""
    return _BARE.sub("", unicodedata.normalize("NFD", text)).replace("đ", "d").replace("Đ", "D")


_BARE = regex.compile(r"\p{Mn}+")


def _by_first_word(phrases: Iterable[tuple[str, ...]]) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Word tuples grouped by their first word, longest first: a lookup per word, not a scan."""
    groups: dict[str, set[tuple[str, ...]]] = {}
    for words in phrases:
        groups.setdefault(words[0], set()).add(words)
    return {first: tuple(sorted(group, key=len, reverse=True)) for first, group in groups.items()}


_LONGEST_LINE_PHRASE = 120  # no whole-line phrase is longer; prefixes sit in a line's opening
_LONGEST_TOOLBAR = 80  # page tools printed as one line: "In bài viết Gửi mail", "Chia sẻ | In | Lưu"
_LONGEST_ROW = 120  # links between bars: a menu of five or six items ("Trang chủ | Tổ chức bộ máy | Tin hoạt động | …")
_TOOLBAR_KINDS = frozenset({"navigation", "share"})


_ROW_ICON = regex.compile(r"[\p{So}\u2190-\u23ff\u25a0-\u27bf\ufe0f]")  # an icon a tool's name opens with
_RATING_STARS = regex.compile(r"[★☆](?: ?[★☆]){2}")  # three stars in a row at least: a rating
_DIGIT = regex.compile(r"\d")
_TOOLBAR_SEPARATORS = regex.compile(r"[\s|•·/,:\-–«»‹›<>]")  # between a toolbar's phrases ("Chia sẻ: Facebook", "« Trước")


_TOOLBAR_ENDS = " «»‹›<>|•·"
MENU_BULLETS = frozenset("•·-*+–○●▪►»")  # a menu item's bullet when a scraper prints the menu as a list
MENU_MARKS = "".join(sorted(MENU_BULLETS)) + " ›>◦"  # … and what may stand around a menu item's name besides
# a widget heading's count, "(0)", an album's "▸ (8 ảnh)", or a form field's "(*)"
_COUNT_UNIT = regex.compile(r"\d\s+\w")
_BUTTON_COUNT = regex.compile(r"(?<=\w)\s++\d{1,6}$")  # a like or share button's count after its word ("Thích 12")
_COUNT_AFTER = regex.compile(r"\s*[▸►›»]\s*\(\d+(?:\s+\w+)?\)$|\s*\((?:\d+(?:\s+\w+){0,2}|\*)\)$")  # (or its unit:
# "Trung bình (0 Phiếu bầu)", a rating's average and its votes)


def english_after_slash(then: str, also: str = "") -> regex.Pattern[str]:
    """A bilingual portal's English words after a slash that closes a Vietnamese phrase, up to `then`
    (a lookahead's body); `also` adds characters the English words may hold besides letters."""
    return regex.compile(rf"(?<=\p{{Ll}})\s?/\s?[A-Z][A-Za-z'{also} ]{{0,30}}+(?={then})")


# a phrase's English after a slash, up to a bar, a colon or the line's end ("Tin khác / Other news")
_ENGLISH_TAILS = english_after_slash(r"\s*(?:[|:»]|$)", r"&\-")
# the scripts of the languages some portals print beside Vietnamese (Khmer in the Mekong delta, Lao,
# Thai, Chinese): a line's words in them are dropped before its kind is looked up
_OTHER_SCRIPT = regex.compile(r"[\p{Khmer}\p{Lao}\p{Thai}\p{Han}]+")
_OTHER_SCRIPT_CHAR = re.compile("[\u0e00-\u0eff\u1780-\u17ff\u4e00-\u9fff]")  # (the same, a cheaper first test)
_BAR_RUN = regex.compile(r"(?:\s*+[|·•]\s*+){2,}+")  # an icon's bar beside a dot between tools: one bar
# links in brackets, three at least (no digit: "[22/03]" tags a date; not a row of picture placeholders,
# "[Hình ảnh] [Hình ảnh] …": the labeller's noise)
_BRACKETED_LINKS = regex.compile(r"^(?!\[(?:Hình|Ảnh|Image|Photo)[\] ])(?:\[[^\[\]\d]{1,40}+\]\s*+){3,}$")
_TEMPLATE_CONTROL = regex.compile(r"\{\{~?[#/^](?:[^{}]{0,60}+)\}\}|\{\{~?else~?\}\}|\{%-?[^{}%]{0,80}+-?%\}")
_BARE_NUMBER = regex.compile(r"(?<!\S)\d+(?!\S)")


def _pager_opening(part: str, vocab: Vocabulary) -> bool:
    """``part`` opens with the previous or next post's label, one to three words (navigation.txt "@pager"), a title
    after it."""
    words = part.split(None, 3)
    return any(line_key(" ".join(words[:k])) in vocab.pager_labels for k in (1, 2, 3) if k < len(words))


def _first_token(text: str) -> str:
    """Up to the first separator: equal for a line and the phrase that opens it."""
    m = _TOOLBAR_SEPARATORS.search(text)
    return text[:m.start()] if m else text


def _toolbar_kind(vocab: Vocabulary, folded: str) -> str | None:
    """Several whole-line phrases of navigation or share run together on one line (a row of page
    tools or menu items flattened by the scraper): the kind of the first. Link buttons may come
    in brackets ("[In trang] [Trở về]")."""
    if "[" in folded:
        folded = " ".join(folded.replace("[", " ").replace("]", " ").split())
    folded = folded.strip(_TOOLBAR_ENDS)  # a pager's arrows round the row: "« Trước   Tiếp theo »"
    if folded[:1] > "\u2000" and _ROW_ICON.match(folded):
        folded = " ".join(_ROW_ICON.sub(" ", folded).split())  # an icon before each tool ("▶ Nghe đọc bài | ♀ Giọng …")
    if _first_token(folded) not in vocab.toolbar_starts:
        return None  # (most lines: their first word opens no such phrase)
    if _BARE_NUMBER.search(folded):  # a like or share count between the buttons ("Thích 0 Chia sẻ")
        folded = " ".join(_BARE_NUMBER.sub(" ", folded).split())
    m = vocab.toolbar_pattern.fullmatch(folded)
    if m is None:
        return None
    phrases = m.captures("phrase")
    # (navigation and share tools mixed on one row, "In trang | Gửi email | Quay lại": the first's)
    # (a word that is a share button only in such a row, share.txt "@toolbar", has no line kind: share)
    return vocab.line_kinds.get(line_key(phrases[0]), "share") if len(phrases) >= 2 else None


_PREVIOUS, _NEXT = ("« ", "‹ "), (" »", " ›")  # a pager's arrows, apart from the words («quoted» text is not)
_ROW_PART = 32  # characters: the longest link in a row of page tools
# between a row's links: bars, wide gaps, a text browser's link numbers ("[10]In nội dung   [11]Gửi …")
_ROW_BREAKS = regex.compile(r"\s*(?:[|·•▸►]++|::|:\.\s*+\.:)\s*|\s{2,}[-–—]\s{2,}|\s{3,}|\s*\[\d{1,4}\](?=\w)|\]\s*\[")  # (and "[ Trở về ]  [ In ấn ]",
# ":: Trang nhất :: Giới thiệu ::", ".: Trang chủ :. .: Văn bản :.", a dash set off by wide gaps: "Gửi ý kiến  -  Bản in  -  Về trang trước")
ICON_LEAD = regex.compile(r"^(?:[\p{So}\p{Sk}\uFE0F\u200D\s]|[#*0-9]\uFE0F?\u20E3)++")  # icons before a line's words ("📷 Album: …", "🏷️ Từ
# khóa: …"), an emoji's skin tone and its joiners among them ("👩🏻‍💼 Người viết: …")
ICON_EDGES = regex.compile(r"^[^\w(]+|[^\w)]+$")  # an icon (or spaces) before or after a link's or field's words


_ICONS = regex.compile(r"(?:\s*(?!\ufffd)[\p{So}\u2190-\u21ff\u27f0-\u27ff\u2900-\u297f]\ufe0f?\s*)++")  # (a run of them:
# "🖶 In ▪ ✉ Gửi": one bar between two tools)  # a pictograph or an arrow before a link
# (not the replacement character of text decoded wrongly)
_MENU_ROW_PARTS = 4  # links in capitals side by side that make a menu whatever their words
_LINK_COUNT = regex.compile(r"\s*\(\d{1,6}\)\s*$|(?<=\w)\s+\d{1,6}\s*$")  # "Bình luận (2)", "Thích 0"


def _bar_row_kind(vocab: Vocabulary, text: str) -> str | None:
    """Short links between bars, one of them at least a known page tool or menu item and the
    others in words of the site's own ("In trang này | Gửi bài qua email | Lên trên cùng"): share
    if any known one is a share tool, else navigation."""
    parts = [ICON_EDGES.sub("", _LINK_COUNT.sub("", part)) for part in _ROW_BREAKS.split(text)]  # "🖨 In bài | ✉ Gửi bài
    # cho bạn bè", "Thích bài này (2) | Ghi ý kiến (0)": a link's count in brackets is no word of it
    icons = [part for part in _ROW_BREAKS.split(text) if part.strip() and all(
        c in vocab.tool_icons or c in _TOOL_ICON_GAPS for c in part)]
    if icons:  # a tool drawn as its icon alone, no word ("A  A  A   |   🖶": the text size, then print)
        parts = [part for part, raw in zip(parts, _ROW_BREAKS.split(text)) if raw not in icons]
    parts = [part for part in parts if part] if not (parts and parts[0] and parts[-1]) else parts  # "| A | B |"
    if len(parts) + len(icons) < 2 or not parts or any(not part or len(part) > _ROW_PART or len(part.split()) > 6 or part[-1] in ".!?;,"
                             or any(c.isdigit() for c in part) for part in parts):
        return None
    kinds = {vocab.line_kinds.get(line_key(part)) or (boilerplate_kind(vocab, part) if icons else None) for part in parts}
    if not kinds & {"share", "navigation"} and sum(
            any(word in vocab.tool_words for word in fold(part).split()) for part in parts) >= 2:
        return "share"  # "Phát lại | Bản gọn để in | Gửi đường dẫn qua email": tools by their words
    if not kinds & {"share", "navigation"} and len(parts) >= _MENU_ROW_PARTS and all(part.isupper() for part in parts):
        return "navigation"  # "TIN NHANH    PHƯỜNG XÃ    GIAO THÔNG    VIỆC LÀM": a menu in capitals, its own words
    return "share" if "share" in kinds or icons and "navigation" in kinds else "navigation" if "navigation" in kinds else None


_TOOL_ICON_GAPS = " \ufe0f"  # round a tool's icon: spaces, the emoji presentation mark


def long_menu_row(vocab: Vocabulary, text: str) -> bool:
    """A menu too long for :func:`boilerplate_kind`'s row test, its links between bars or colons (":: Trang chủ
    ::: Giới thiệu ::: Hoạt động văn hóa - nghệ thuật ::: … :::"): five links at least, each a few words, two
    known items."""
    if len(text) <= _LONGEST_ROW or text.count("|") < _LONG_MENU_LINKS - 1 and text.count("::") < _LONG_MENU_LINKS - 1:
        return False  # (a shorter row is boilerplate_kind's to read)
    parts = [part.strip(" :") for part in _ROW_BREAKS.split(text)]
    parts = [part for part in parts if part]
    if len(parts) < _LONG_MENU_LINKS or any(
            len(part) > _ROW_PART or sum(w not in "-–" for w in part.split()) > 6 or part[-1] in ".!?;,"
            or any(c.isdigit() for c in part) for part in parts):
        return False
    return sum(vocab.line_kinds.get(line_key(part)) == "navigation" for part in parts) >= 2


_LONG_MENU_LINKS = 5


# a label's or a link's English in brackets after its Vietnamese ("Lượt xem (Views)", "Liên hệ (Contact)")
ENGLISH_IN_BRACKETS = r"\s\([A-Z][a-z']{1,15}+(?: [a-z']{1,15}+){0,2}+\)"
_ENGLISH_IN_BRACKETS = regex.compile(ENGLISH_IN_BRACKETS)
GLUED_WORDS = regex.compile(r"(?<=\p{Ll})(?=\p{Lu})")  # a word's end run into the next link's capital


def _glued_menu(vocab: Vocabulary, text: str) -> str | None:
    """A site's menu its links run together, some in long words of its own or two joined by a space
    the scraper left ("Trang chủGiới thiệu…Học tập và làm theo Bác Văn bản ĐảngTư liệuLiên hệ"): joined with
    no space four times at least, two known menu items among them, no sentence nor figure."""
    parts = GLUED_WORDS.split(text)
    if len(parts) < _GLUED_MENU_LINKS or _DIGIT.search(text) or any(
            len(part) > 2 * _ROW_PART or part.rstrip()[-1:] in ".!?;,:" for part in parts):
        return None
    known = sum(vocab.line_kinds.get(line_key(part)) == "navigation" for part in parts)
    return "navigation" if known >= 2 else None


_SPACED_COLON = 30  # characters: where a field's label spaced from its colon ends, at most
_PAGER_ARROWS = "◄◀‹«<←►▶›»>→"
_PAGE_NUMBERS = 3  # a pager shows three pages at least


def _page_numbers(text: str) -> bool:
    """A row of page numbers counting up one by one, arrows round them perhaps: a pager, not a table's
    figures ("◄ 1 2 3 4 5 6 ►", "1 | 2 | 3 | 4 »")."""
    numbers = text.strip(_PAGER_ARROWS + " |·").replace("|", " ").replace("·", " ").split()
    return (len(numbers) >= _PAGE_NUMBERS and all(n.isdecimal() and len(n) <= 3 for n in numbers)
            and all(int(b) == int(a) + 1 for a, b in zip(numbers, numbers[1:])))


_GLUED_MENU_LINKS = 5  # links run together that make a menu whatever some of their words


@functools.lru_cache(maxsize=8192)  # (a portal's menu, tools and footer recur on each of its pages)
def boilerplate_kind(vocab: Vocabulary, text: str) -> str | None:
    """The boilerplate kind of a whole line from the vocabulary, or None.

    Long lines (paragraphs) are only tested on their opening: folding whole paragraphs for a
    lookup that can only match a short phrase was the labeller's largest cost.
    """
    if "/" in text and SLASH_CAPITAL.search(text) and not text.isascii() and (plain := _ENGLISH_TAILS.sub("", text)) != text:
        return boilerplate_kind(vocab, plain)  # chrome in two languages: "In/Print | Gửi email/Send e-mail"
    if ")" in text and "(" in text and (plain := _ENGLISH_IN_BRACKETS.sub("", text)) != text and plain.strip():
        return boilerplate_kind(vocab, plain)  # … or its English in brackets: "In (Print)", "Chia sẻ (Share):"
    if "{" in text and (plain := _TEMPLATE_CONTROL.sub("", text)) != text and plain.strip():
        return boilerplate_kind(vocab, plain.strip())  # a template's control tags left round a heading
        # ("{{#if related}}Tin cùng chuyên mục{{/if}}", "{% if tags %}Từ khóa:{% endif %}")
    if text[:1] in "#*" and text[1:3].lstrip("\uFE0F")[:1] == "\u20E3":
        return boilerplate_kind(vocab, ICON_LEAD.sub("", text))  # a keycap emoji before the words ("#️⃣ Từ khóa: …")
    if len(text) <= _LONGEST_LINE_PHRASE:
        key = line_key(text)
        if not key:
            return None
        kind = vocab.line_kinds.get(key)
        if kind:
            return kind
        if key[:1] in MENU_BULLETS and len(key) > 2 and (kind := vocab.line_kinds.get(key[1:].lstrip())):
            return kind  # a menu printed as a list ("• Trang chủ", "- Liên hệ")
        if key.endswith(" này") and vocab.line_kinds.get(key[:-4]) == "share":
            return "share"  # a page tool on "this" article ("Lưu bài viết này", "Gửi bài viết này")
        if key[:1] == "(" and key[-1:] == ")" and "(" not in key[1:] and (kind := vocab.line_kinds.get(key[1:-1].strip())):
            return kind  # a link in brackets ("(Góp ý - Báo lỗi bài viết)")
        if text[:1] == "[" and text[-1:] == "]" and "[" not in text[1:] and (kind := boilerplate_kind(vocab, text[1:-1].strip())):
            return kind  # a tool in square brackets ("[ Font chữ: Nhỏ | Vừa | Lớn ]")
        if len(key) <= 60 and key.endswith(vocab.other_news_ends) and vocab.other_news.match(key):
            return "related"  # "Tin hoạt động khác": other articles, under a heading named by their topic
        if (text[:1].isdigit() or text[:1] in _PAGER_ARROWS) and _page_numbers(text):
            return "navigation"  # a pager's or a slideshow's numbers ("◄ 1 2 3 4 5 6 ►", "1 | 2 | 3 | 4")
        if " | " in text and text.count(" | ") == 1 and all(_pager_opening(part, vocab) for part in text.split(" | ")):
            return "navigation"  # the previous and next posts side by side, each after its label ("Previous Ra quân … |
            # Next Tổ CNS …", a docs site's pager)
        if text[:1] == "←" or text[-1:] == "→" or text[:2] in _PREVIOUS or text[-2:] in _NEXT:
            return "navigation"  # the previous or next post, by its title ("← Xã ra quân …", "… »")
        if key[:1] in vocab.follow_starts and key.endswith(vocab.follow_ends) and vocab.follow_line.match(key):
            return "share"  # "Theo dõi Báo Tây Sơn trên Google News": a call to follow the paper
        if ("★" in text or "☆" in text) and (stars := _RATING_STARS.search(text)) and not _DIGIT.search(text, 0, stars.start()):
            return "share"  # a rating widget's stars, whatever its words ("Bình chọn: ★★★★☆ (4 điểm)"); one star
            # between fields is their separator ("★ 17.06.2023 ★ 09:02 ★ 512 views"); figures before them, a
            # meta row's other fields ("Đưa lên: 09:15 - 12/06/23 | Bình chọn: ★★★★☆ (14)")
        if key[-1:] == ")" and (count := _COUNT_AFTER.search(key)) and count.start():  # "Ý kiến bạn đọc (0)", "Bình luận (3)"
            kind = vocab.line_kinds.get(key[:count.start()])
            if kind and (kind == "share" or count.group().lstrip()[:1] != "(" or not _COUNT_UNIT.search(count.group())):
                return kind  # (a count with its unit only after a tool's words: a rating's votes, "Trung bình (0
                # Phiếu bầu)"; "Xem tất cả (24 ảnh)" is an album's link, for the gallery rules)
        if key[-1:].isdigit() and (count := _BUTTON_COUNT.search(key)) and vocab.line_kinds.get(key[:count.start()]) == "share":
            return "share"  # a share button with its count beside it ("Thích 12", "Like 0", "Chia sẻ 5")
        folded = fold(text)
        if len(folded) <= _LONGEST_TOOLBAR and (kind := _toolbar_kind(vocab, folded)):
            return kind
        if len(folded) <= _LONGEST_ROW:
            if ("|" in text or "   " in text or "]" in text or "·" in text or "•" in text or "▸" in text
                    or "::" in text or ":." in text or "  -  " in text or "  –  " in text) and (
                    kind := _bar_row_kind(vocab, text)):
                return kind
            if GLUED_WORDS.search(text) and (kind := _bar_row_kind(vocab, GLUED_WORDS.sub(" | ", text))
                                              or _glued_menu(vocab, text)):
                return kind  # links the page joined with no space between ("Chia sẻFacebookZaloSao chép linkIn")
            if max(text) >= "\u2190" and (icons := _ICONS.sub(" | ", text)) != text:  # (arrows, pictographs)
                row = _BAR_RUN.sub(" | ", icons).strip(" |")
                kind = _bar_row_kind(vocab, row) if " | " in row else vocab.line_kinds.get(line_key(row)) if row else None
                if kind is None and " | " in row:
                    kind = _toolbar_kind(vocab, fold(row.replace(" | ", "  ")))  # (a toolbar's words, then an icon's
                    # tool: "Chia sẻ  Facebook  Zalo  Sao chép liên kết   🖨 In bài")
                if kind is None and (bare := " ".join(_ICONS.sub(" ", text).split())) and bare != text:
                    kind = boilerplate_kind(vocab, bare)  # (an icon alone among the tools' words: "A-  A+  🖨")
                if kind:
                    return kind  # tools each behind its icon, no bar between ("🖨 In ✉ Gửi ↑ Lên đầu"), or one ("↑ Lên đầu trang")
        if text[:1] == "[" and text[-1:] == "]" and _BRACKETED_LINKS.match(text) and text.replace("[IMG]", "").strip():
            return "navigation"  # a row of links in brackets, whatever their words ("[Trang nhà] [Tin tức] [Văn bản]"),
            # not a text browser's row of pictures, an album's ("[IMG] [IMG] [IMG]")
        if not text.isascii() and _OTHER_SCRIPT_CHAR.search(text) and (other := _OTHER_SCRIPT.sub(" ", text)).strip():
            return boilerplate_kind(vocab, " ".join(other.split()))  # chrome in two scripts: "Chia sẻ ចែករំលែក In bài …"
    else:
        # The opening that decides the prefix match, folded: its folded key is the whole line's but
        # for the last letters (where folding reads on), unless runs of spaces shrank it too much.
        folded = fold(text[:vocab.prefix_head])
        if len(folded) < vocab.prefix_head - 12:
            folded = fold(text[:_LONGEST_LINE_PHRASE])
    m = vocab.prefix_pattern.match(folded)
    if m is None and " :" in folded[:_SPACED_COLON]:
        m = vocab.prefix_pattern.match(folded.replace(" :", ":", 1))  # a label spaced from its colon ("Từ khóa : …")
    if m is None and folded[:1] > "\u2190" and (icon := ICON_LEAD.match(folded)):
        m = vocab.prefix_pattern.match(folded[icon.end():])  # an icon before the phrase ("🏷️ Từ khóa: …")
    if m:
        return vocab.prefix_kinds[m.group(0)]
    return None


def lower_case_words(text: str) -> bool:
    """Seven words in ten or more open in lower case: a sentence's, not a name's or a banner's."""
    words = text.split()
    return 10 * sum(word[:1].islower() for word in words) >= 7 * len(words)


TEXT_CACHES.append(boilerplate_kind)  # (kept per distinct line: emptied by the benchmarks, as fold's)
