"""Assemble an :class:`~wardnews.model.Article` from labelled blocks.

Fields come from labels; the date from the evidence cascade header → URL → lead/body (a
publication date beats an event date; both are recorded as what they are); counters as ints.
"""
from __future__ import annotations

import datetime as dt

from dataclasses import replace

import regex

from . import _dates, _signature
from ._fields import HAS_DIGIT, RULE_CHARS
from ._label import BRACKETED_DAY, Labelling, bare_date, breadcrumb, ends_sentence, is_prose, title_views
from ._lineshapes import site_banner
from ._normalize import collapse, fold
from ._vocab import Vocabulary, boilerplate_kind, line_key
from .model import (
    Article,
    Author,
    Block,
    Boilerplate,
    Counters,
    DateInfo,
    Evidence,
    Gallery,
    Label,
    Notice,
    Source,
)

_IMAGE_NAME = regex.compile(r"(?i)\S+\.(?:jpe?g|png|gif|webp|bmp)")
_EXCERPT_MARKS = (" […]", " [...]", " [&hellip;]")  # WordPress's excerpt cut, a feed's summary of the text
_ENDS_CLEAN = regex.compile(r"(?:[.!?…:;\"”’')\]]|\./\.)\s*$")
_EVENT_PARAGRAPHS = 3


def assemble(
    labelling: Labelling,
    text: str,
    vocab: Vocabulary,
    *,
    source: Source,
    notices: list[Notice],
    evidence: Evidence | None = None,
) -> Article:
    """Build the record; ``notices`` holds warnings from earlier stages (decode, normalise);
    ``evidence`` what an HTML page says about itself (platform fields, <meta>, <title>)."""
    blocks = labelling.blocks
    warnings = list(notices) + list(evidence.notices if evidence else ())
    by_label: dict[Label, list[int]] = {}
    for i, lab in enumerate(labelling.labels):
        by_label.setdefault(lab, []).append(i)

    title_lines = by_label.get(Label.TITLE, [])
    title_at = title_lines[0] if title_lines else None
    title = " ".join(blocks[i].text for i in title_lines) if title_lines else None  # (a headline on two lines)
    if title and "  " in title:
        title = _without_tool_cells(title, vocab)
    if title and title[-1:].isalpha():
        title = _without_tool_words(title, vocab)
    if title and title.startswith(_TITLE_MARKS):
        title = title.split(" ", 1)[1].lstrip()  # a template's mark before the headline (">> CHI TRẢ HỖ TRỢ …")
    if title and (":" in title[:16] or " | " in title[:16]) and (label := vocab.title_label.match(title)):
        title = title[label.end():]  # "Tiêu đề: …": a form's field label (or a table's cell: "Tiêu đề | …")
    if title and title[-1:] in ")]" and any(i == title_at for i, _ in labelling.header_dates):
        title = title[:title.rfind("(" if title[-1:] == ")" else "[")].rstrip()  # the page's date glued to the
        # headline's end, in brackets ("… (24/07/2024)", "… [11/04/2023]")
    if title and title.endswith(")") and (views := title_views(title, vocab)) is not None:
        title = title[:views[0]].rstrip()  # … or its views ("… (đã đọc 318)")
    body_idx = by_label.get(Label.BODY, [])
    paragraphs = [_without_glued_spam(_single_spaced(blocks[i].text)) for i in body_idx]
    excerpted = bool(paragraphs) and paragraphs[-1].endswith(_EXCERPT_MARKS)
    if excerpted:  # an excerpt's cut mark closing the text a feed or a teaser kept ("… hiến hơn 1.200 m2 đất để […]")
        paragraphs[-1] = paragraphs[-1][:paragraphs[-1].rfind("[")].rstrip()
    captions = tuple(blocks[i].text for i in by_label.get(Label.CAPTION, []))

    if title is None and evidence is not None and evidence.title and not (
            evidence.title.isascii() and not text.isascii()) and not site_banner(evidence.title.strip(_DECORATION), vocab) and not (
            breadcrumb(evidence.title, vocab)) and boilerplate_kind(vocab, evidence.title) is None:  # ("Tin tuc" on a
        # Vietnamese page: a site's stub; "Chi tiết tin tức": the page's kind; "UBND xã
        # Phước Sơn Đông": the site's name; "Huyện ủy Nà Phòng > Tin tức > Tin hoạt động cơ sở": a trail)
        title = evidence.title  # the page's own <title>/og:title when no block prints it
    if evidence is None and blocks:  # a text page's browser title line: its headline
        if title is None and labelling.labels[0] in _TITLE_BAR_LABELS and (title := _title_bar(blocks[0].text, vocab)):
            captions = tuple(c for i, c in zip(by_label.get(Label.CAPTION, []), captions) if i != 0)
        elif title is not None and len(title_lines) == 1 and all(not blocks[i].text.strip(RULE_CHARS) for i in range(title_at)):
            title = _title_bar(title, vocab) or title  # (between rules perhaps: a reader app's export, "=====")
        elif (title is not None and len(title_lines) == 1 and (" - " in title or " | " in title or " :: " in title)
              and (bar := _title_bar_parts(title, vocab)) and title.startswith(bar[0])
              and (vocab.site_word.match(fold(bar[1])) or site_banner(bar[1], vocab)
                   or vocab.site_word.match(fold(_BAR_SEGMENT.split(bar[1])[-1])))):
            title = bar[0]  # the browser's title as a reader app prints it, the site's name after the headline
            # ("… cho hộ nghèo đồng bào Bahnar - Cổng thông tin điện tử huyện Đak Pơ" / "dakpo.gialai.gov.vn"; or its
            # place's name, "… | Phường Bình Hàn - TP Hải Dương"; or its section's, then the site's, "… - Tin tức hoạt
            # động các phường - Cổng thông tin điện tử quận Long Biên")
    page_kind = _LISTING if evidence is not None and evidence.not_article else _page_kind(
        labelling, paragraphs, captions if evidence is not None else (), vocab)  # (HTML marks its captions; text's are guessed)
    not_article = page_kind is not None
    if page_kind is not None:
        warnings.append(Notice("not_an_article", f"the page is {page_kind}, not an article"))
        paragraphs, captions, title = [], (), None
    leads = [blocks[i].text for i in by_label.get(Label.LEAD, [])]
    # (a paragraph that introduces a list, "… như sau:", is the body's start, not a summary)
    # (nor is a list's first item, "* Chiều 12/8, …", its bullet on it: a digest of short news)
    # (nor one opening with a pictograph, "🌿 Sáng 20/7, …": a post's item as a social page sets it, kept as printed)
    has_lead = (len(paragraphs) >= 2 and is_prose(paragraphs[0]) and not paragraphs[0].endswith(":")
                and not (paragraphs[0][:2] in _BULLETS and paragraphs[1][:2] == paragraphs[0][:2])
                and not (paragraphs[0][:1] > "\u2190" and _BULLET_ICON.match(paragraphs[0]))
                and not vocab.salutation.match(fold(paragraphs[0][:_SALUTATION]))  # (nor a letter's "Kính gửi: …")
                and not (":" in paragraphs[0][:_SALUTATION] and vocab.question_label.match(paragraphs[0])))  # (nor a
    # Q&A page's question, "Hỏi: …")
    if leads or (evidence is not None and evidence.lead_slot):  # the template's own lead field
        lead, body = (" ".join(leads) or None, paragraphs) if not not_article else (None, [])
    else:
        lead, body = (paragraphs[0], paragraphs[1:]) if has_lead else (None, paragraphs)
    if lead and (":" in lead[:12] or " | " in lead[:12]) and (label := vocab.summary_label.match(lead)):
        lead = lead[label.end():]  # "Tóm tắt: Ngày 25/10, …": the template's label for the summary (or its
        # cell in a table of the post's fields: "Trích yếu | Ngày 04/3/2025, …")

    author = None if not_article else _author(labelling, text, vocab)
    if (author is not None and evidence is not None and evidence.meta_author and author.raw
            and _signature.source_line(author.raw, vocab) and _signature.names_like(evidence.meta_author, vocab)):
        author = None  # the source's credit closing the text ("Nguồn: Trung tâm … huyện"), the writer in the
        # template's author field over it ("Tác giả: Điểu Thị Hương"): the writer's
    if author is None and not not_article and evidence is not None and evidence.meta_author:
        signed = _signature.parse_signature([evidence.meta_author], vocab) if "(" in evidence.meta_author else None
        author = (signed if signed is not None and signed.role else  # ("Thu Hà (Trung tâm … huyện)": name, unit)
                  Author(evidence.meta_author, None, evidence.meta_author))
    date_notes: list[Notice]
    # (with no headline, the article's first line says where its date line stands: under the menu,
    # not the site's clock above it)
    date_anchor = title_at if title_at is not None else min(
        (i for lab in (Label.LEAD, Label.BODY) for i in by_label.get(lab, ())), default=None)
    if not_article:
        date, date_notes = None, []
    elif evidence is not None and evidence.dates and evidence.dates[0].kind != "updated" and not (
            evidence.dates[0].source == "meta"
            and _labelled_header_date(labelling, vocab, title_at) not in (None, evidence.dates[0].value[:10])):
        date, date_notes = evidence.dates[0], []  # (unless a visible "Được đăng: …" line says another day)
    else:
        date, date_notes = _date(labelling, vocab, source.url, title, lead, body, title_at, date_anchor)
        if date is None and evidence is not None and evidence.dates:
            date, date_notes = evidence.dates[0], []  # the last edit's day alone, no other date on the page (a
            # day in the text or the page's own line goes first: "Last updated 3 months ago")
    warnings.extend(date_notes)

    boilerplate, gallery = _boilerplate(labelling, date_anchor, not_article)
    if gallery is None and not not_article and evidence is not None and evidence.gallery_images:
        gallery = Gallery("", evidence.gallery_images)  # an image-only gallery element: no heading of its own
    elif gallery is not None and not gallery.items and evidence is not None and evidence.gallery_images:
        gallery = Gallery(gallery.label, evidence.gallery_images)  # its heading over the images: "Một số hình ảnh …"
    counters = _first_counts(labelling.counters)
    if not_article and evidence is not None and counters.views is not None:
        counters = replace(counters, views=None)  # a list's "View count: N" lines count its items

    if title is None and not not_article:
        warnings.append(Notice("title.missing", "no title line found"))
    if not paragraphs and not not_article:
        warnings.append(Notice("body.missing", "no article text found"))
    elif body_idx and not not_article and (excerpted or _cut_off(labelling, body_idx[-1])):
        warnings.append(Notice("text.truncated", "the text ends mid-paragraph: the page looks cut off"))
    return Article(
        source=source,
        title=title,
        date=date,
        lead=lead,
        body=tuple(body),
        captions=captions,
        author=author,
        gallery=gallery,
        counters=counters,
        boilerplate=tuple(boilerplate),
        warnings=tuple(warnings),
    )


_TITLE_BAR = 250  # characters: the longest browser title line


_TITLE_BAR_LABELS = frozenset({Label.CAPTION, Label.OTHER, Label.BODY, Label.NAVIGATION})


def _title_bar(text: str, vocab: Vocabulary) -> str | None:
    """A text page's first line as the browser's title bar shows it ("<headline> | Trang TTĐT
    huyện …"), when no line of the page prints the headline: the headline, its site dropped."""
    parts = _title_bar_parts(text, vocab)
    return parts[0] if parts else None


_BAR_SEGMENT = regex.compile(r" (?:[-|–]|::) ")  # between a browser title's segments


def _title_bar_parts(text: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """A browser title's headline, and the site's segments it drops, as printed."""
    if len(text) > _TITLE_BAR or not (" | " in text or " - " in text or " – " in text or " :: " in text) or site_banner(text, vocab):
        return None  # (the site's banner whole: "ĐÀI TRUYỀN THANH - TRUYỀN HÌNH THỊ XÃ …" names no headline)
    from ._htmlmeta import clean_title

    headline = clean_title(text, vocab)
    shown = text.replace(headline, "", 1).strip(" |-–—»:")  # (the segments clean_title dropped)
    site = fold(shown)
    if (headline == text or not (vocab.site_start.match(site) or vocab.site_word.search(site) or site_banner(shown, vocab))
            or len(headline.split()) < 5 or ends_sentence(headline) or boilerplate_kind(vocab, headline)
            or headline.count("“") > headline.count("”")  # (cut inside a quotation: "… Account “Phường Đa Mai - TP Bắc Giang”")
            or site_banner(headline, vocab)):  # ("UBND XÃ … - HUYỆN … - TỈNH …": the banner, all of it)
        return None
    return headline, shown


def _labelled_header_date(labelling: Labelling, vocab: Vocabulary, title_at: int | None) -> str | None:
    """The day of a date line with a publication label ("Được đăng: Chủ nhật, 23 Tháng 6 2019
    07:00"), or of a date line right under the title ("Thứ Ba, 12/03/2024 - 10:05"), as
    YYYY-MM-DD: what readers see, which a <meta> time zone or CMS field can contradict."""
    pat = _dates.patterns(vocab)
    labels = pat.meta_labels
    for i, match in _nearest_first(labelling.header_dates, title_at, pat.published_labels, labelling.blocks,
                                   pat.asked_labels, documents=pat.document_fields):
        value = match.iso()
        if value and not _opening(match.text).startswith(pat.updated_labels) and not (
                (label := fold(labelling.blocks[i].text.partition(match.text)[0]).rstrip(" :|"))
                and label.endswith(pat.yielding_labels) and not _opening(match.text).startswith(pat.published_labels)) and (
                _opening(match.text).startswith(labels) or title_at is not None and 0 < i - title_at <= _UNDER_TITLE):
            return value[:10]  # (not the last edit's, "Cập nhật lần cuối: …", which the page's own metadata
            # publication date precedes; nor a bare update label's, which yields to it: "Cập nhật 18/03/2024")
    return None


_PAGE_ROWS = 3  # documents listed by their numbers, a form's required fields, schedule rows
_UNDER_TITLE = 2  # blocks: a date line this close under the title is the article's own


_LISTING = "a listing or home page"
# What a kind of page's own lines say it is (see _label._page_notice), for the warning.
_NOTICED_PAGES = {"error": "a missing page", "search": "a search's results", "player": "a video's page",
                  "documents": "a table of documents", "form": "a form", "schedule": "a work schedule",
                  "album": "an album of photos"}
_ALBUM_PHOTOS = 4  # captioned photos, and one paragraph at most (no lead beside it): an album's page


_TITLE_MARKS = (">> ", "» ", "■ ", "▶ ", "► ")
_DECORATION = " .:|*~-–=»«"  # round a site's name in its <title> (".:: UBND PHƯỜNG TÂN XUÂN HÒA ::.")


_SPAM_TAIL_WORDS = 4  # unaccented words at the least after a paragraph's last full stop


_BULLET_ICON = regex.compile(r"(?:\p{So}\ufe0f?)++\s++(?=\w)")


def _single_spaced(text: str) -> str:
    """A paragraph of prose with its words one space apart: a justified line copied with its stretched spaces
    ("Tổ  phụ  nữ  tiết  kiệm hoạt động …"). A table's row keeps the gaps between its cells."""
    return " ".join(text.split()) if "  " in text and is_prose(text) else text


def _without_glued_spam(text: str) -> str:
    """A paragraph without the unaccented spam glued after its last sentence ("… được giao. xem bong
    da truc tiep hom nay"): a Vietnamese paragraph does not end in words without one accent."""
    if text.isascii() or text[-1:] in ".!?…\"”)":
        return text
    stop = max(text.rfind(". "), text.rfind("! "), text.rfind("? "))
    tail = text[stop + 2:] if stop > 0 else ""
    if tail.isascii() and len(tail.split()) >= _SPAM_TAIL_WORDS and not text[:stop].isascii():
        return text[:stop + 1]
    return text


_WIDE_GAP = regex.compile(r"\s{2,}")


def _without_tool_cells(title: str, vocab: Vocabulary) -> str:
    """A headline without the page's tools a scraper kept after it in cells of their own ("Hội thi …
    năm 2017  PDF  In  E-mail", Joomla 1.5's icons as a tab-separated row), or the menu's last link before it
    ("Liên hệ<tab>XÃ HƯƠNG NỘN SẴN SÀNG …", a table's cells copied as one line)."""
    cells = _WIDE_GAP.split(title)
    while len(cells) > 1 and (boilerplate_kind(vocab, cells[-1]) in ("share", "navigation")
                              or fold(cells[-1]) in vocab.tool_words):
        cells.pop()
    while len(cells) > 1 and len(cells[0]) <= _MENU_LINK and boilerplate_kind(vocab, cells[0]) == "navigation":
        cells.pop(0)
    return "  ".join(cells) if len(cells) > 1 else cells[0]


_MENU_LINK = 30  # characters: a menu's link, at most


def _without_tool_words(title: str, vocab: Vocabulary) -> str:
    """A headline without two or more of the page's tools run on after it, one space apart, their link numbers
    dropped ("… vụ Hè Thu 2009 [18]PDF [19]In [20]E-mail", a text browser's; Joomla 1.5's icons)."""
    words = title.split()
    kept = len(words)
    while kept and fold(words[kept - 1]) in vocab.tool_words:
        kept -= 1
    return " ".join(words[:kept]) if len(words) - kept >= _TRAILING_TOOLS and kept >= _TRAILING_TOOLS else title


_TRAILING_TOOLS = 2  # tools run on after a headline, at least (one such word may be its own last)


def _page_kind(labelling: Labelling, paragraphs: list[str], captions: tuple[str, ...], vocab: Vocabulary) -> str | None:
    """What the page is when it is not one article, or None: a category listing or a home page (no
    running text, only link lines); a page that says it is missing; a search's results; a clip's
    page, a table of documents, a form, a week's schedule or an album's captioned photos with no
    paragraphs beside them (one sentence about them at most)."""
    notices = dict(labelling.page_notices)
    for kind in ("error", "search"):
        if kind in notices:
            return _NOTICED_PAGES[kind]  # "404" / "Trang không tồn tại", whatever apology follows
    prose = sum(map(is_prose, paragraphs))
    for kind in ("player", "documents", "form", "schedule"):
        if notices.get(kind, 0) >= (1 if kind == "player" else _PAGE_ROWS) and prose <= 1:
            return _NOTICED_PAGES[kind]  # (one line about the clip; paragraphs beside it make an article)
    if len(captions) >= _ALBUM_PHOTOS and len(paragraphs) + labelling.labels.count(Label.LEAD) <= 1:
        return _NOTICED_PAGES["album"]
    if labelling.signed is not None and prose >= 2:
        return None  # a signed article, with other articles' teasers under it ("Xem tiếp »" each)
    if labelling.listing_lines >= 5 and labelling.listing_lines * 2 >= len(paragraphs):
        return _LISTING
    if labelling.read_more >= 3 or (labelling.read_more >= 2 and len(paragraphs) <= 2):
        return _LISTING  # a "Xem tiếp" under each teaser: the "article" is the first teaser
    if labelling.teaser and (prose <= 1 or paragraphs and paragraphs[-1].endswith(("...", "…"))):
        return _LISTING  # a home page's featured story (one paragraph, then "Xem chi tiết"), and no article; or two,
        # the last cut short before its link ("… được các cấp khen thưởng..." / "Xem tiếp")
    if labelling.date_lines >= 3 and not _dated_article(labelling, vocab):
        return _LISTING  # one date per item: a category listing
    if prose <= 1 and _cut_teasers_under(labelling) >= _LISTED_TEASERS:
        return _LISTING  # a listing's first item printed whole, one paragraph, the others under it a headline, a date
        # and a summary cut short each ("Ra quân tổng vệ sinh …" / "12/01/2026 09:10" / "Sáng 11/1, hơn 300 …...")
    if prose <= 1 and sum(1 for b in labelling.blocks if len(b.text) <= _ALBUM_META and _ALBUM_ITEM.search(b.text)) >= (
            _LISTED_TEASERS):
        return _LISTING  # a list of albums, each with its day and its count of photos ("15/01/2026 · 18 ảnh")
    if labelling.signed is None and _dated_items(labelling) >= _LISTED_TEASERS:
        return _LISTING  # … or each a headline with its date in brackets over its summary cut short, the "headline"
        # the first of them ("Xã … hè năm 2024 (05/06/2024)" / "Sáng ngày 04/6/2024, …" / "Hội nghị … (28/05/2024)" / …)
    if (labelling.signed is None and sum(not p.endswith(("...", "…")) for p in paragraphs) <= 1
            and _dated_items(labelling, headed=False) >= _LISTED_TEASERS + 1):
        return _LISTING  # … the first printed as a featured item over them, its date on a line of its own, its summary
        # whole ("Phường … đón Tết" / "05/02/2026" / "Sáng 05/02, …" / "… (03/02/2026)" / "Lãnh đạo phường đã …...")
    if labelling.signed is None and sum(1 for b in labelling.blocks if len(b.text) <= _FEED_SOURCE_LINE and _FEED_AGE.search(
            b.text)) >= _LISTED_TEASERS:
        return _LISTING  # a feed reader's list, each item's source and age under its headline ("Tin tức - Sự kiện |
        # Cổng TTĐT huyện … / 3h", "… / 1d", "… / May 21")
    if labelling.signed is None and _teasers_over_tools(labelling) >= _LISTED_TEASERS:
        return _LISTING  # a feed reader's list: each item's summary cut short over the same row of tools ("Chiều 2/2,
        # … tuyến phố…" / "Visit Website · Save to Read Later · Share"), the first item taken for the article
    return _LISTING if not labelling.has_prose and labelling.short_lines >= 5 else None


_FEED_AGE = regex.compile(r"\S[ \t]/[ \t](?:\d{1,2}(?:h|d|m|min|mo|w)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
                          r"[ \t]\d{1,2})$")  # a feed reader's item: its source, then how old it is
_FEED_SOURCE_LINE = 200  # characters of such a line (the headline glued before it perhaps), at most


def _teasers_over_tools(labelling: Labelling) -> int:
    """Summaries cut short ("…", "...") each over the same row of tools, the most of one row's."""
    labels, blocks = labelling.labels, labelling.blocks
    rows = [blocks[i].text for i in range(1, len(blocks)) if labels[i] == Label.SHARE
            and blocks[i - 1].text.endswith(("...", "…"))]
    return max((rows.count(row) for row in set(rows)), default=0)


def _cut_teasers_under(labelling: Labelling) -> int:
    """Items under the text, each a bare date over a summary cut short ("…", "..."), both labelled related."""
    labels, blocks = labelling.labels, labelling.blocks
    return sum(1 for i in range(len(labels) - 1) if labels[i] == labels[i + 1] == Label.RELATED
               and blocks[i + 1].text.endswith(("...", "…")) and bare_date(blocks[i].text)
               and HAS_DIGIT.search(blocks[i].text) is not None)


def _dated_items(labelling: Labelling, *, headed: bool = True) -> int:
    """Items of a listing from the headline down, each a title with its date in brackets over a summary cut short
    ("…", "..."); none unless the headline is the first of them (``headed``) or there is one."""
    labels, blocks = labelling.labels, labelling.blocks
    title = next((i for i, label in enumerate(labels) if label == Label.TITLE), None)
    if title is None or headed and not BRACKETED_DAY.search(blocks[title].text):
        return 0
    return sum(1 for i in range(title, len(blocks) - 1) if BRACKETED_DAY.search(blocks[i].text)
               and blocks[i + 1].text.endswith(("...", "…")))


_ALBUM_ITEM = regex.compile(r"\d{1,2}/\d{1,2}/\d{4}\s*+[·•|-]\s*+\d{1,4}\s++(?:ảnh|hình|photos?)\b")  # an album's day and count
_ALBUM_META = 60  # characters of an album item's meta line, at most
_LISTED_TEASERS = 3  # such items under a one-paragraph "article": a listing's


def _dated_article(labelling: Labelling, vocab: Vocabulary) -> bool:
    """A headline, its date line right under it, then three paragraphs or more of text and no other date line:
    an article, whatever dated items a side box printed above it (a power-outage schedule's days)."""
    labels, blocks = labelling.labels, labelling.blocks
    title = next((i for i, label in enumerate(labels) if label == Label.TITLE), None)
    first_date = next((j for j in range(title + 1, min(title + _META_OVER_DATE, len(labels))) if labels[j] == Label.DATE
                       and all(labels[k] in _META_LABELS for k in range(title + 1, j))), None) if title is not None else None
    if first_date is None:  # (its date line right under it, or under the page's tools and the writer's field:
        return False  # "PDF In E-mail" / "Viết bởi Administrator" / "Thứ năm, 14 Tháng 3 2013 08:30", Joomla 1.5's)
    updated = _dates.patterns(vocab).updated_labels + _dates.patterns(vocab).yielding_labels  # (or a bare update
    prose = 0  # label's under the text: "Cập nhật ( Thứ tư, 23 Tháng 4 2008 07:40 )", Joomla 1.0's)
    for j in range(first_date + 1, len(labels)):
        if labels[j] == Label.DATE and not fold(blocks[j].text[:32]).startswith(updated):
            return False  # (another dated item under it: an archive printing its first post whole; not the post's
            # own edit under its text, "Lần cập nhật cuối ( Thứ sáu, 15 Tháng 3 2013 10:12 )")
        prose += labels[j] in (Label.BODY, Label.LEAD) and is_prose(blocks[j].text)
    return prose >= _ARTICLE_PROSE  # (the other items' dates above the headline: a side box printed first)


_META_OVER_DATE = 4  # lines under a headline down to its date line, past the tools and the writer's field
_META_LABELS = frozenset({Label.SHARE, Label.OTHER})
_ARTICLE_PROSE = 3  # paragraphs under a dated headline that make it an article, not a listing's first item


def _author(labelling: Labelling, text: str, vocab: Vocabulary) -> Author | None:
    blocks = labelling.blocks
    if labelling.signature and labelling.signed is not None:
        first, last = blocks[labelling.signature[0]], blocks[labelling.signature[-1]]
        signed = labelling.signed  # parsed by the label stage; raw is the signature as printed
        return Author(signed.name, signed.role, text[first.start:last.end])
    if labelling.byline:  # (a name over its role is a byline of two lines)
        return _signature.parse_signature(labelling.byline.split("\n"), vocab)
    return None


def _date(
    labelling: Labelling, vocab: Vocabulary, url: str | None, title: str | None,
    lead: str | None, body: list[str], title_at: int | None = None, anchor: int | None = None,
) -> tuple[DateInfo | None, list[Notice]]:
    """The date cascade: header line, then URL, then the first anchored date in lead/body. Date
    lines are tried nearest the ``anchor`` first (the title, else the article's first line)."""
    pat = _dates.patterns(vocab)
    for i, match in _nearest_first(labelling.header_dates, anchor, pat.published_labels, labelling.blocks,
                                   pat.asked_labels, pat.updated_labels, pat.document_fields, pat.yielding_labels):
        value = match.iso()
        if value and not _clock_widget(labelling, i, match, title_at, pat, vocab):
            if (fold(match.text[:32]).startswith(pat.updated_labels) and (from_url := _dates.url_date(pat, url))
                    and (posted := from_url.iso()) and posted[:10] < value[:10]):
                return DateInfo(posted, "published", from_url.text, "url"), []  # the page prints only its last edit,
                # its address the day it went up ("…/2023/09/27/…" / "Cập nhật lần cuối: 02/10/2023")
            if (match.month is not None and match.day is not None and match.day <= 12 and match.month != match.day
                    and (from_url := _dates.url_date(pat, url)) and (from_url.year, from_url.month, from_url.day) == (
                        match.year, match.day, match.month) and (swapped := replace(match, month=match.day, day=match.month).iso())):
                return DateInfo(swapped, "published", match.text, "header"), [Notice(
                    "date.month_first", f"{match.text!r} read month first, as the page's address dates it")]
                # (an English theme's US date, "Posted on 03/12/2024", its permalink "/2024/03/12/")
            return DateInfo(value, "published", match.text, "header"), []
    from_url = _dates.url_date(pat, url)
    if from_url and from_url.iso():
        return DateInfo(from_url.iso() or "", "published", from_url.text, "url"), []
    printed = _printed_address(labelling, vocab)
    from_page = _dates.url_date(pat, printed) if printed else None
    if from_page and from_page.iso():
        return DateInfo(from_page.iso() or "", "published", from_page.text, "url"), []
    notes: list[Notice] = []
    if labelling.yearless_dates and (archived := _archive_year(labelling, pat)) is not None:
        _, day = labelling.yearless_dates[0]
        if (posted := day.with_year(archived)).iso():
            return DateInfo(posted.iso() or "", "published", posted.text, "header"), [Notice(
                "date.year_inferred", f"year {archived} for {posted.text!r} taken from the archive's trail")]
    paragraphs = ([("lead", lead)] if lead else []) + [("body", p) for p in body[:_EVENT_PARAGRAPHS]]
    for where, paragraph in paragraphs:
        for found in _dates.iter_event_dates(pat, paragraph):
            if found.year is None:
                everything = " ".join(x for x in [title or "", lead or "", *body] if x)
                year = _dates.infer_year(pat, paragraph, everything, month=found.month)
                if year is None:
                    notes.append(Notice("date.year_missing",
                                        f"{found.text!r} has no year and the page states none"))
                    return None, notes
                found = found.with_year(year)
                notes.append(Notice("date.year_inferred", f"year {year} for {found.text!r} taken from the page"))
            value = found.iso()
            if value and (posted := _posted_after(labelling, found)):
                notes.append(Notice("date.year_inferred", f"year {posted.year} for {posted.text!r} taken from "
                                                          f"the event's {found.text!r}"))
                return DateInfo(posted.iso() or value, "published", posted.text, "header"), notes
            if value:
                return DateInfo(value, "event", found.text, where), notes
    notes.append(Notice("date.missing", "no date found"))
    return None, notes


def _first_counts(found: tuple[tuple[str, int], ...]) -> Counters:
    """The first count of each kind on the page; but no one online while the page is read is a count of
    signed-in members ("There are currently 0 users online." over the visitors' "Đang online: 14")."""
    someone_online = any(key == "online" and n for key, n in found)
    return Counters(**dict(reversed([(key, n) for key, n in found if n or key != "online" or not someone_online])))


def _archive_year(labelling: Labelling, pat: _dates.DatePatterns) -> int | None:
    """The year an archive's trail files the post under ("Trang chủ › Lưu trữ tin › Năm 2024 › Tháng 10"),
    for a meta date that names no year of its own."""
    trail = " ".join(b.text for b, label in zip(labelling.blocks, labelling.labels)
                     if label == Label.NAVIGATION and any(mark in b.text for mark in _TRAIL_MARKS) and HAS_DIGIT.search(b.text))
    return _dates.infer_year(pat, trail) if trail else None


def _posted_after(labelling: Labelling, event: _dates.DateMatch) -> _dates.DateMatch | None:
    """The post's yearless meta date ("Tin cơ sở | 21/03 14:05 | …") in the year that puts it on or
    shortly after the event the text reports ("Chiều ngày 20/3/2024, …"): a report is posted within days
    of its event, so the event's year (or the next, over New Year) is the post's. None when no such day."""
    if not labelling.yearless_dates or event.year is None:
        return None
    _, day = labelling.yearless_dates[0]
    try:
        happened = dt.date(event.year, event.month, event.day)
    except ValueError:
        return None
    for year in (event.year, event.year + 1):
        posted = day.with_year(year)
        try:
            gap = (dt.date(year, posted.month, posted.day) - happened).days
        except ValueError:
            continue
        if 0 <= gap <= _REPORT_AFTER_EVENT:
            return posted
    return None


_REPORT_AFTER_EVENT = 45  # days: from an event to the post that reports it, at most
_SALUTATION = 16  # characters: a letter's or speech's opening words ("Kính gửi:", "Kính thưa bà con")
_CLOCK_MENU = 2  # navigation lines (a menu, a breadcrumb) between a site's clock and the title


def _clock_widget(labelling: Labelling, at: int, match: _dates.DateMatch, title_at: int | None,
                  pat: _dates.DatePatterns, vocab: Vocabulary) -> bool:
    """A bare date above the menu and breadcrumb ("Thứ Tư, 15/01/2025" under the site banner): the
    site's clock, today's date, not the article's. A page's own date line sits by its title, or
    carries a label ("Ngày đăng: …")."""
    labels = labelling.labels
    headless = title_at is None
    if headless:  # (no headline: the text's first line stands for it)
        title_at = next((k for k, label in enumerate(labels) if label in (Label.LEAD, Label.BODY)), None)
    if title_at is None or at > title_at or _opening(match.text).startswith(pat.meta_labels):
        return False
    if pat.site_clock.match(labelling.blocks[at].text):
        return True  # named the site's clock by its words ("Hôm nay là: Thứ Ba, ngày 05/03/2024"): the day it was shown
    if at and len(above := labelling.blocks[at - 1].text) <= _FIELD_LABEL and fold(above.rstrip(" :")) in pat.published_labels:
        return False  # its label in its own cell over it ("Ngày đăng" / "04/06/2024", an article-info column)
    if headless and not any(j != at and _opening(d.text).startswith(pat.published_labels)
                            for j, d in labelling.header_dates):  # (and no post's own date labelled elsewhere:
        # only a bare day, with no time, over the site's menu is its clock: more lines than a tool row
        # and a category's name)
        return match.hour is None and sum(labels[k] == Label.NAVIGATION for k in range(at + 1, title_at)) > _CLOCK_MENU
    if match.hour is None and any(0 < j - title_at <= _UNDER_TITLE + 1 and (
            d.hour is not None or _opening(d.text).startswith(pat.meta_labels)) for j, d in labelling.header_dates):
        return True  # a bare day over the headline, the post's own date line with its time or label under it
    menu = sum(labels[k] == Label.NAVIGATION for k in range(at + 1, title_at))
    if menu and match.hour is None and any(j > title_at and _opening(d.text).startswith(pat.published_labels)
                                           for j, d in labelling.header_dates):
        return True  # a bare day over the section's heading, the post's own date labelled as published under its
        # text ("Thứ Năm, 14/07/2022" / "Tin tức - Sự kiện" / <headline> … "(Ngày đăng: 11-7-2022 lúc 14:35)")
    if (menu == 1 and match.hour is None and at > 0 and labels[at - 1] == Label.NAVIGATION
            and labels[at + 1] == Label.NAVIGATION and _main_menu(labelling.blocks[at + 1].text, vocab)):
        return True  # between the site's banner and its main menu, a bare day: its clock ("Xã Hòa Xuân Tây - …" /
        # "Thứ Tư, ngày 25/09/2024" / "TRANG CHỦ  TIN TỨC  HOẠT ĐỘNG  …"); a post's date stands under the trail
    if (menu and match.hour is None and (links := labelling.blocks[at].text[match.end:].strip(" |"))
            and boilerplate_kind(vocab, links) == "navigation"):
        return True  # its top link beside it, the menu under it ("Thứ bảy, 02/11/2024 | Đăng nhập")
    return menu >= _CLOCK_MENU


def _main_menu(text: str, vocab: Vocabulary) -> bool:
    """A site's main menu on one line, the home page's link first ("TRANG CHỦ  TIN TỨC  VĂN BẢN  LIÊN HỆ"),
    not a trail to the article (no arrow or slash between its items)."""
    return (len(text.split()) >= _MAIN_MENU_WORDS and f"{fold(text[:24])} ".startswith(vocab.home_names)
            and not any(mark in text for mark in _TRAIL_MARKS))


_MAIN_MENU_WORDS = 6  # words: the home page's and three more items, at least
_FIELD_LABEL = 24  # characters: a date's label alone in its cell ("Ngày đăng", "Ngày xuất bản:")
_TRAIL_MARKS = ("›", ">", "»", "/", "→")
_META_BLOCK = 3  # blocks: date lines this close to each other belong to one meta block


def _printed_address(labelling: Labelling, vocab: Vocabulary) -> str | None:
    """The article's own address a print view prints under its text ("Địa chỉ bài viết: https://…"), or None."""
    for block, label in zip(labelling.blocks, labelling.labels, strict=True):
        if label == Label.OTHER and "://" in block.text and (head := block.text.split(":", 1)[0]) and (
                line_key(head) in vocab.address_labels):
            return block.text[len(head) + 1:].strip()
    return None


def _nearest_first(
    dates: tuple[tuple[int, _dates.DateMatch], ...], title_at: int | None, published: tuple[str, ...] = (),
    blocks: tuple[Block, ...] = (), asked: tuple[str, ...] = (), updated: tuple[str, ...] = (),
    documents: tuple[str, ...] = (), yielding: tuple[str, ...] = (),
) -> list[tuple[int, _dates.DateMatch]]:
    """Date lines nearest the title first (a site's "today" bar above the menu is not the page
    date); within the nearest meta block, a line labelled as the publication ("Được đăng: …")
    before a creation or update line ("Ngày tạo: …", "Cập nhật lần cuối: …"); the label in the date's
    words, or opening its line (a form's row, its label in a cell of its own: "Ngày duyệt đăng | …")."""
    ordered = list(dates) if title_at is None else sorted(dates, key=lambda d: (abs(d[0] - title_at), d[0] < title_at))
    if documents and len(ordered) > 1 and blocks:
        ordered.sort(key=lambda d: d[0] < len(blocks) and (_opening(blocks[d[0]].text).startswith(documents) or (
            0 < d[0] and _opening(blocks[d[0] - 1].text).startswith(documents))))  # (a document's record: its date
        # the document's, the page's other date lines first; or a field a line, the number's over the day's: "Số/Ký
        # hiệu: 58/TB-UBND" / "Ngày ban hành: 02/05/2024" / … / "Ngày đăng tải: 03/05/2024")
    if not ordered or not published:
        return ordered
    near = ordered[0][0]

    def labelled(d: tuple[int, _dates.DateMatch], labels: tuple[str, ...]) -> bool:
        return _opening(d[1].text).startswith(labels) or (
            d[0] < len(blocks) and d[1].text != blocks[d[0]].text
            and _opening(blocks[d[0]].text[:_LABEL_CELL]).startswith(labels))

    flags = [abs(d[0] - near) <= _META_BLOCK and labelled(d, published)
             and (title_at is None or (d[0] > title_at) == (near > title_at)) for d in ordered]  # (not across the
    # headline: a video box's "Đăng ngày …" over the trail and the headline, the post's own date line under it)
    first = [d for d, flag in zip(ordered, flags) if flag] + [d for d, flag in zip(ordered, flags) if not flag]
    if updated and not flags[0] and labelled(first[0], updated) and (
            own := next((d for d in first[1:] if abs(d[0] - near) <= _META_BLOCK and not labelled(d, updated)
                         and not _opening(d[1].text).startswith(asked)), None)):
        first = [own] + [d for d in first if d is not own]  # an edit's date nearest the title, the post's own
        # unlabelled in the same meta block ("5 thg 7, 2024" / "2 phút để đọc" / "Đã cập nhật: 6 thg 7, 2024")
    if updated and (labelled(first[0], updated) or yielding and labelled(first[0], yielding)) and (
            posted := next((d for d in first[1:] if (labelled(d, published) or title_at is not None
                                                     and first[0][0] < title_at < d[0] and labelled(first[0], updated)
                                                     and not labelled(d, updated))
                            and (d[0] > first[0][0] or labelled(first[0], updated))), None)) is not None:
        first = [posted] + [d for d in first if d is not posted]  # an edit's date over the headline, the post's own
        # under the text ("Cập nhật lần cuối: 19/09/2024 08:47" … "Ngày đăng: 16/09/2024 | Tác giả: …"; or a bare
        # "Cập nhật: …" before it, dates.txt "@yields"; not a video box's "Đăng ngày: …" over the headline; under the text
        # any label but an edit's, the edit's over the headline: "Ngày gửi: 14/11/2008 | Lượt đọc: 213")
    if asked and _opening(first[0][1].text).startswith(asked) and (
            answered := [d for d in ordered if _opening(d[1].text).startswith(published)] or [
                d for d in ordered if d[0] > first[0][0] + _META_BLOCK and not _opening(d[1].text).startswith(asked)]):
        return answered[:1] + [d for d in first if d is not answered[0]]  # a question's date, the answer's
        # under the text ("Ngày gửi: 02/08/2023" … "Ngày trả lời: 10/08/2023", or its update under the answering
        # office: "Cập nhật: 12/08/2022 09:14"): the answer dates the page
    return first


def _opening(text: str) -> str:
    """A date line's text folded, the marks before its label left out, to test which label opens it."""
    return fold(text.lstrip(" |•·-–(["))


_LABEL_CELL = 30  # characters: a form row's label cell before the date's ("Ngày duyệt đăng | 05/09/2024 …")
_BULLETS = frozenset({"* ", "• ", "+ ", "- ", "– "})
_ARTICLE_LABELS = frozenset({Label.TITLE, Label.LEAD, Label.BODY, Label.CAPTION, Label.SIGNATURE})


def _boilerplate(
    labelling: Labelling, title_at: int | None, not_article: bool = False
) -> tuple[list[Boilerplate], Gallery | None]:
    """Every block that is not part of the article, in page order; on a listing or home page
    that is every block: its link titles as ``related``, its dates as ``other``."""
    out: list[Boilerplate] = []
    gallery_label: str | None = None
    items: list[str] = []
    ranked = _nearest_first(labelling.header_dates, title_at)
    used_date = None if not_article else (ranked[0][0] if ranked else None)
    for i, (b, lab) in enumerate(zip(labelling.blocks, labelling.labels)):
        if not_article and lab in _ARTICLE_LABELS:
            out.append(Boilerplate("related", b.text))
            continue
        if lab is None or i == title_at:
            continue
        if lab == Label.DATE:
            if i != used_date:
                out.append(Boilerplate("other", b.text))
            continue
        if lab.is_boilerplate:
            out.append(Boilerplate(lab.value, b.text))
            if lab == Label.GALLERY:
                names = _IMAGE_NAME.findall(b.text)
                if names and len(" ".join(names)) >= len(b.text) * 0.6:
                    items.extend(names)
                elif gallery_label is None:
                    gallery_label = collapse(b.text)
    if gallery_label is None and items:
        gallery_label = ""
    gallery = Gallery(gallery_label, tuple(items)) if gallery_label is not None else None
    return out, gallery


def _cut_off(labelling: Labelling, last_body: int) -> bool:
    """The last body paragraph stops mid-sentence and nothing of the page follows it."""
    if any(lab != Label.MARKER for lab in labelling.labels[last_body + 1:]):
        return False
    return not _ENDS_CLEAN.search(labelling.blocks[last_body].text)
