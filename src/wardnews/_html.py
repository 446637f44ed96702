"""The HTML segmenter: a page's DOM → blocks that keep their hints, and its metadata evidence.

One pipeline, two segmenters. This one reads the page once (:mod:`._htmlparse`), recognises its
platform and gives the elements their template roles (:mod:`._htmlplatform`, profiles in
``data/platforms.json``), finds hidden elements, styles and — off a platform — chrome
(:mod:`._htmlchrome`), and cuts the page into lines with hints (:mod:`._htmlwalk`). Here the
lines are repaired and normalised into the blocks (:class:`~wardnews.model.Block`) the *same*
labelling stage as text reads, and the page's metadata evidence is gathered
(:mod:`._htmlmeta`): title, dates, author field.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from typing import Any

import regex

from . import _dates, _htmlmeta, _normalize
from ._css import DomIndex, xpath
from ._htmlchrome import chrome_kind, find_marks, looks_like_listing
from ._htmlparse import parse_document, repair_lines, text_of
from ._htmlplatform import CHROME, Generic, Profile, has_text, load_profiles, platform_roles, recognise
from ._htmlwalk import Line, Walker, quick_blocks, split_walk
from ._lineshapes import site_banner
from ._normalize import collapse, fold, word_key
from ._segment import END_MARK, GLUED_DATE_LINE, glued_date_line, headline_then_date, headline_then_lead, signature_tail
from ._vocab import Vocabulary, boilerplate_kind, line_key, read_sections
from .model import Block, Evidence, Notice

__all__ = ["HtmlPage", "load_profiles", "parse_document", "segment_html"]

_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_CONTINUES_END = regex.compile(r"[.!?…:;”\"')\]]\s*$")
_STARTS_LOWER = regex.compile(r"^\s*\p{Ll}")


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What the HTML segmenter hands on: blocks, their text (for offsets) and the evidence."""

    blocks: tuple[Block, ...]
    text: str
    evidence: Evidence
    repairs: tuple[str, ...] = ()


def segment_html(html: str, *, url: str | None, vocab: Vocabulary) -> HtmlPage:
    """Blocks with hints and the page's evidence, stage by stage (see the module docstring)."""
    profiles, generic = load_profiles()
    root = parse_document(html)
    meta = _htmlmeta.read_meta(root, vocab)
    ld = _htmlmeta.read_jsonld(root)
    raw_title = collapse(root.findtext(".//title") or "")
    dom = DomIndex(root)
    profile, roles, is_article, listing = _template(dom, html, url, profiles, generic)
    raw, listing = _cut(dom, roles, generic, profile, is_article, listing, vocab)

    # Legacy font encodings and mojibake first, before any normalising (a TCVN3 "ư" is a soft
    # hyphen, which normalising would remove): the page's text and its own title fields, judged
    # together, never the markup.
    title_keys = [k for k in generic.meta_titles if meta.get(k)]
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    extras = [raw_title, *(meta[k] for k in title_keys), *([headline] if headline else [])]
    fixed, repaired = repair_lines([line[0] for line in raw] + extras)
    if repaired:
        raw_title, rest = fixed[len(raw)], fixed[len(raw) + 1:]
        meta = {**meta, **dict(zip(title_keys, rest))}
        if headline:
            ld = {**ld, "headline": rest[-1]}
    lines, repairs = _normalised(fixed[:len(raw)])
    blocks = _blocks(lines, raw, CHROME if is_article or listing else "", _dates.patterns(vocab), vocab)  # (a list page is all chrome)

    notices: list[Notice] = list(repaired)
    titles = _htmlmeta.title_candidates(meta, ld, raw_title, generic, vocab)
    if titles and _names_a_link(blocks, titles[0]):
        titles = []  # ("Hoạt động phường - UBND Phường …" over a heading "HOẠT ĐỘNG PHƯỜNG"): no headline
    if not any(b.role == "title" for b in blocks):
        blocks = _mark_title(blocks, titles, vocab)
    if is_article and not any(b.role == "title" for b in blocks):
        blocks = _heading_over_body(blocks, vocab)
    if not is_article and not listing:
        listing = looks_like_listing(blocks)
        if listing:
            blocks = [b if b.role else replace(b, role=CHROME) for b in blocks]
    dates = _htmlmeta.evidence_dates(blocks, meta, ld, generic, _dates.patterns(vocab))
    meta_author = _htmlmeta.meta_author(blocks, meta, ld, generic, vocab, notices)
    if titles and _empty_headline(root):
        titles = []  # the template printed its headline slot empty: the page shows no title line
        notices.append(Notice("title.slot_empty", "the headline element is empty; <title> not taken for it"))
    evidence = Evidence(  # decode/repair notices travel with the evidence
        platform=profile.name if profile else None,
        title=titles[0] if titles else None,
        dates=tuple(dates),
        not_article=listing,
        lead_slot=bool(profile and is_article and any(r == "lead" for r, _ in profile.roles)),
        meta_author=meta_author,
        notices=tuple(notices),
        gallery_images=(_gallery_images(dom, generic) or _headed_images(dom, vocab)) if not listing else (),
        photo_series_text=bool(profile and profile.photo_series_text),
    )
    return HtmlPage(tuple(blocks), "\n".join(b.text for b in blocks), evidence, tuple(sorted(repairs)))


def _heading_over_body(blocks: list[Block], vocab: Vocabulary) -> list[Block]:
    """On a recognised article page whose title field the profile did not find (a template's variant,
    "<h2 class=TitleDetail>"), the line right over the article's text (its date between them at
    most) that reads as a headline is its headline, not the chrome the profile leaves around its fields."""
    from ._label import ends_sentence

    first_body = next((b.index for b in blocks if b.role == "body"), None)
    if first_body is None:
        return blocks
    for b in reversed(blocks[max(0, first_body - 4):first_body]):
        dated = (b.index == first_body - 2 and len(blocks[first_body - 1].text) <= _DATE_LINE
                 and _dates.may_hold_date(blocks[first_body - 1].text) and not (b.index and blocks[b.index - 1].link_density >= 0.5))
        # (a blog's post: its headline a link to itself, over its date, over its text; not the last of a list of links)
        if (b.role == CHROME and _HEADLINE_LINE[0] <= len(b.text) <= _HEADLINE_LINE[1] and (b.link_density < 0.5 or dated)
                and len(b.text.split()) >= _HEADLINE_WORDS and not ends_sentence(b.text) and ":" not in b.text[:30]
                and boilerplate_kind(vocab, b.text) is None and not _dates.may_hold_date(b.text)):
            return [replace(x, role="title") if x is b else x for x in blocks]
    return blocks


_DATE_LINE = 40  # characters: a date line alone, its time and a weekday at most


_HEADLINE_LINE = (20, 250)  # characters a headline holds


_GALLERY_TEXT = 200  # characters a gallery element may hold beside its images (a heading, a counter)
_GALLERY_CAPTION = 100  # … or a caption under each image, none of them a paragraph


def _gallery_images(dom: DomIndex, generic: Generic) -> tuple[str, ...]:
    """The images of the first gallery element: a class or id token of the gallery kind
    (data/platforms.json), two or more images, and little text (an image-only WordPress gallery
    block, an album strip) or a short caption an image (a gallery block of captioned photos). Its
    text, if any, is labelled by the rules like any block's."""
    for table in (dom.by_class, dom.by_id):
        for key, els in table.items():
            if chrome_kind(key, generic) != "gallery":
                continue
            for el in els:
                sources = [img.get("src") or img.get("data-src") or "" for img in el.iter("img")]  # (lazy: "data-src")
                if len(sources) >= 2 and _gallery_text(el, len(sources)):
                    return _file_names(sources)
    for described in xpath("descendant-or-self::*/@aria-roledescription")(dom.root):
        if " ".join(str(described).lower().split()) in _carousel_words():  # (or a slideshow the markup describes as
            el = described.getparent()  # one to a screen reader: Google Sites' "băng chuyền", its classes a cipher)
            sources = [img.get("src") or img.get("data-src") or "" for img in el.iter("img")]
            if len(sources) >= 2 and _gallery_text(el, len(sources)):
                return _file_names(sources)
    return ()


@functools.cache
def _carousel_words() -> frozenset[str]:
    """data/vi/gallery.txt "@carousel": how a page describes a slideshow to a screen reader."""
    return frozenset(" ".join(word.lower().split()) for word in read_sections("gallery")["carousel"])


def _file_names(sources: list[str]) -> tuple[str, ...]:
    """The images' file names, their paths and queries left off ("/Upload/Album/thumb_1.jpg?v=2" → "thumb_1.jpg")."""
    return tuple(name for src in sources if (name := src.rsplit("/", 1)[-1].split("?", 1)[0]))


def _headed_images(dom: DomIndex, vocab: Vocabulary) -> tuple[str, ...]:
    """The images of a strip under a gallery's heading, neither named by a class: the heading's words say
    what they are ("THƯ VIỆN ẢNH" / a marquee of thumbnails, "Một số hình ảnh tại Ngày hội" / a carousel of
    photos with no caption). The strip is the smallest element round an image holding two or more."""
    seen: set[Any] = set()
    for img in dom.root.iter("img"):
        box, images = img.getparent(), 0
        for _ in range(_STRIP_DEPTH):
            if box is None or box in seen:
                break
            images = sum(1 for _ in box.iter("img"))
            if images >= 2:
                break
            box = box.getparent()
        if box is None or images < 2 or box in seen:
            continue
        seen.add(box)
        heading, heading_tag = _heading_over(box)
        if heading and _gallery_text(box, images) and (
                boilerplate_kind(vocab, heading) == "gallery" or vocab.gallery_inline.match(folded := fold(heading))
                or heading_tag in _HEADING_TAGS and len(heading) <= _PHOTO_HEADING and vocab.gallery_word.search(heading)
                and not any(word in vocab.video_words for word in folded.split())  # ("<h3>Hình ảnh ngày hội</h3>")
                or len(heading) <= _PHOTO_HEADING and all(vocab.gallery_word.fullmatch(word)
                                                          for word in heading.rstrip(": ").split())):  # (a field's label
            # of gallery words alone over its images, Drupal's: "<div class=field__label>Hình ảnh</div>")
            return _file_names([i.get("src") or "" for i in box.iter("img")])
    return ()


_STRIP_DEPTH = 4  # elements from an image up to its strip, at most
_PHOTO_HEADING = 40  # characters: a heading in the site's own words naming photos ("Hình ảnh ngày hội")


def _heading_over(box: Any) -> tuple[str | None, str | None]:
    """The short text right before an element in the page's order, its line's whole text (a table row's
    cell over the next row's, a Google Sites heading nested apart from its carousel): None when that text
    is a paragraph's end or nothing."""
    found = xpath(_TEXT_BEFORE)(box)
    if not found:
        return None, None
    line = found[0].getparent()
    while line is not None and line.tag in _INLINE_TAGS:
        line = line.getparent()
    text = collapse(text_of(line)) if line is not None else ""
    return (text, line.tag) if 0 < len(text) <= _HEADING_OVER_STRIP else (None, None)


_TEXT_BEFORE = "preceding::text()[normalize-space()][1]"
_HEADING_TAGS = frozenset({"h2", "h3", "h4", "h5", "h6"})
_INLINE_TAGS = frozenset({"span", "b", "strong", "em", "i", "a", "font", "u", "small"})
_HEADING_OVER_STRIP = 80  # characters: a gallery's heading


def _gallery_text(el: Any, images: int) -> bool:
    """Little text beside the images: a heading or a counter, or short captions."""
    size = len(text_of(el))
    if size <= _GALLERY_TEXT:
        return True
    return size <= _GALLERY_CAPTION * images and all(
        len(text_of(part)) <= _GALLERY_CAPTION for part in el.iter("p", "figcaption", "dd", "span", "div")
        if len(part) == 0)  # (only leaves: a wrapper's text is its parts')


def _generic_lead(dom: DomIndex, roles: dict[Any, str], generic: Generic) -> None:
    """The platform's lead field found nothing, but an element right before the text, in its
    container, has a lead's class ("<div class=news-detail__sapo>", data/platforms.json
    field_classes 'lead'): the lead, unless it holds a part the template already placed."""
    candidate = None
    for el in dom.root.iter():
        if roles.get(el) == "body":
            parent = candidate.getparent() if candidate is not None else None
            if parent is not None and any(part is el for part in parent.iterdescendants()):
                roles[candidate] = "lead"
            return
        cls = el.get("class") if isinstance(el.tag, str) else None
        if cls and generic.field_classes["lead"].search(cls) and has_text(el) and not any(
                part in roles for part in el.iterdescendants()):
            candidate = el


def _template(dom: DomIndex, html: str, url: str | None, profiles: tuple[Profile, ...],
              generic: Generic) -> tuple[Profile | None, dict[Any, str], bool, bool]:
    """The page's platform, the roles its template gives elements, and whether the page is one
    article or a platform's list of them."""
    profile = recognise(dom, html, url, profiles)
    roles: dict[Any, str] = {}
    is_article = listing = False
    if profile is not None:
        is_article = any(dom.select(s, ordered=False) for s in profile.article)
        if is_article:
            platform_roles(dom, profile, roles)
            # (the template's text field not found: its markup differs from the profile's, and the
            # page is read as a page of no known platform, the headline keeping its role)
            is_article = "body" in roles.values()
            if is_article and "lead" not in roles.values():
                _generic_lead(dom, roles, generic)
        else:
            listing = (sum(len(dom.select(s, ordered=False)) for s in profile.listing) >= 3
                       or any(p.search(url or "") for p in profile.listing_url))
    if not is_article and not listing:
        listing = _listing_page(dom, generic, url)
    for sel in generic.captions:
        for el in dom.select(sel, ordered=False):
            roles.setdefault(el, "caption")
    if "_lbl" in html:  # (ASP.NET's controls by their ids: most pages have none, and pay no selector)
        _label_fields(dom, roles, generic)
    for cell in _image_table_captions(dom.root):
        roles.setdefault(cell, "caption")
    for box in _choice_boxes(dom.root):
        roles.setdefault(box, "other")
    for ticker in dom.root.iter("marquee"):  # a scrolling notice or slogan over the page, never its
        if next(ticker.iter("a"), None) is None:  # text (a ticker of headline links is left to the rules)
            roles.setdefault(ticker, "other")
    return profile, roles, is_article, listing


def _listing_page(dom: DomIndex, generic: Generic, url: str | None) -> bool:
    """The template says the page lists posts (platforms.json "listing_pages"): its <body>'s class ("view-category",
    "archive"), or a list's markup with no full article beside it, though its first post may be printed whole; or
    its address is the site's home page's."""
    if url and any(home.search(url) for home in generic.home_urls):  # (a query or a fragment names a post: "/?p=123",
        # a single-page app's "/#!/tin-tuc/chi-tiet/5812")
        return True
    body = dom.root.find("body")
    if body is not None and not generic.listing_body_classes.isdisjoint((body.get("class") or "").split()):
        return True
    return any(dom.select(items, ordered=False) and not dom.select(article, ordered=False)
               for items, article in generic.listing_markup)


def _label_fields(dom: DomIndex, roles: dict[Any, str], generic: Generic) -> None:
    """An article's fields printed in ASP.NET Label controls, sibling spans inline in one block
    ("<span id=…_lblTitle>" "<span id=…_lblDate>" "<span id=…_lblSummary>"): each its own role, so
    its own line. Only a headline's control with a date's or summary's beside it: a control of the
    same name elsewhere is a box's heading ("dnn_ctr1455_dnnTITLE_lblTitle") or the site's clock
    ("dnn_dnnCURRENTDATE_lblDate")."""
    if not generic.label_fields or "title" in roles.values():
        return
    fields = dict(generic.label_fields)
    others = [(role, [el for sel in selectors for el in dom.select(sel) if has_text(el)])
              for role, selectors in generic.label_fields if role != "title"]
    for title in (el for sel in fields.get("title", ()) for el in dom.select(sel)):
        parent = title.getparent()
        beside = [(role, field) for role, found in others
                  if (field := next((el for el in found if el.getparent() is parent and el not in roles), None)) is not None]
        if beside and title not in roles and has_text(title):
            roles[title] = "title"
            for role, field in beside:
                roles[field] = role
            return


_BOX_TAGS = frozenset({"td", "div", "fieldset", "form", "ul", "ol", "table", "section", "aside"})
_BOX_TEXT = 600  # characters: a poll's question and its options, not a page wrapped in a form


def _image_table_captions(root: Any) -> list[Any]:
    """The cells under a photo in a table of its own, a row for the photo and one for its words (an editor's
    image table: "<tr><td><img …></td></tr><tr><td><em>Đại diện … nhận quyết định.</em></td></tr>"): captions,
    whatever their words."""
    cells = []
    for img in root.iter("img"):
        photo = img.getparent()
        if photo is not None and photo.tag != "td":
            photo = photo.getparent()  # (the photo in a link or a paragraph of its cell)
        if photo is None or photo.tag != "td" or (row := photo.getparent()) is None or row.tag != "tr" or len(row) != 1:
            continue
        under = row.getnext()
        if (under is None or under.tag != "tr" or len(under) != 1 or under[0].tag != "td" or len(row.getparent()) > _PHOTO_ROWS
                or "".join(row.itertext()).strip()):
            continue  # (a layout's table, a row of menus or boxes under its banner, is no photo's)
        words = under[0]
        if (next(words.iter("img", "a", "table"), None) is None
                and 0 < len("".join(words.itertext()).strip()) <= _TABLE_CAPTION):
            cells.append(words)
    return cells


_TABLE_CAPTION = 300  # characters: a photo's caption in the cell under it, at most
_PHOTO_ROWS = 4  # rows of a photo's table of its own, at most


def _choice_boxes(root: Any) -> list[Any]:
    """The smallest box round each set of radio buttons or tick boxes: a poll ("Bạn đánh giá thế
    nào …?" ○ Rất hài lòng ○ Hài lòng), whose question and options are no article's text."""
    boxes: list[Any] = []
    for field in root.iter("input"):
        if (field.get("type") or "").lower() not in ("radio", "checkbox"):
            continue
        box = field.getparent()
        while box is not None and box.tag not in _BOX_TAGS:
            box = box.getparent()
        if box is not None and box not in boxes and len(text_of(box)) <= _BOX_TEXT:
            boxes.append(box)
    return boxes


def _cut(dom: DomIndex, roles: dict[Any, str], generic: Generic, profile: Profile | None, is_article: bool,
         listing: bool, vocab: Vocabulary) -> tuple[list[Line], bool]:
    """The page's lines with their hints, and whether it turned out a list page.

    A recognised platform's pages are cut by the split walk (XSLT for the chrome); a page of no
    known platform, or a recognised page that is neither an article nor a list, gets the full
    walk with generic chrome detection."""
    body = dom.root.find("body")
    top = body if body is not None else dom.root
    marks = find_marks(dom, roles, generic, generic_chrome=profile is None, top=top)
    if profile is not None:
        raw = split_walk(top, roles, marks, Walker(marks, vocab))
        if is_article or listing:
            return raw, listing
        if looks_like_listing(quick_blocks(raw)):
            return raw, True  # a recognised platform's home page: its chrome lines are all there is
        marks = find_marks(dom, roles, generic, generic_chrome=True, top=top)
    walker = Walker(marks, vocab)
    walker.walk(top)
    return walker.blocks, listing


def _normalised(lines: list[str]) -> tuple[list[str], set[str]]:
    """The lines normalised (:func:`wardnews._normalize.normalize_text`) and the repairs made:
    one call for the page; line by line if that dropped lines."""
    joined, done = _normalize.normalize_text("\n".join(lines))
    if len(split := joined.split("\n")) == len(lines):
        return split, set(done)
    normalised = [_normalize.normalize_text(line) for line in lines]
    return [line for line, _ in normalised], {r for _, rs in normalised for r in rs}


def _blocks(lines: list[str], raw: list[Line], default_role: str, pat: _dates.DatePatterns,
            vocab: Vocabulary) -> list[Block]:
    """Blocks of the normalised lines, with their hints and offsets into the page text (a date line
    run into the text's first sentence parted from it: see :func:`wardnews._segment.glued_date_line`)."""
    blocks: list[Block] = []
    offset = 0
    titled = any(r[4] == "title" for r in raw)  # (the template placed its headline: none run into a lead to look for)
    for line, (_, tag, cls, align, role, links, emphasis, image, blank) in zip(lines, raw):
        role = role or default_role
        text = collapse(line) if "  " in line or line[:1] == " " or line[-1:] == " " else line
        if not text:
            continue
        prev = blocks[-1] if blocks else None
        if prev is not None and (text == ":" or not blank and prev.tag == tag and prev.role == role
                and len(prev.text) >= 50 and not _CONTINUES_END.search(prev.text) and _STARTS_LOWER.match(text)):
            # Lines split by <br> inside one paragraph that run on in lower case are one paragraph (and a
            # table's colon cell between a label and its value is the label's: "Đang truy cập" / ":" / "15").
            joined = f"{prev.text} {text}"
            links = round((prev.link_density * len(prev.text) + links * len(text)) / len(joined), 3)
            blocks[-1] = Block(prev.index, joined, prev.start, prev.start + len(joined), 0, prev.blank_before,
                               prev.tag, prev.cls, prev.align, role, links,
                               prev.emphasis if prev.emphasis == emphasis else "", prev.near_image)
            offset = prev.start + len(joined) + 1
            continue
        if (len(text) >= GLUED_DATE_LINE and (head := glued_date_line(text, pat)) is not None
                or text[-1:].isdigit() and tag != "li" and role != "related"
                and (head := headline_then_date(text, pat)) is not None
                or not titled and tag not in ("li", "p") and not role and len(text) >= GLUED_DATE_LINE
                and (head := headline_then_lead(text)) is not None):  # (or the headline, its date line run on
            # after it: "… tại thôn Hà Quang Cập nhật: 22/05/2024 10:15", two spans of a template; not a list's item;
            # or the lead opening on its day after it, two inline spans: "… năm 2024 Chiều ngày 20.3, UBND phường …")
            date_line, text = text[:head], text[head:].lstrip()
            blocks.append(Block(len(blocks), date_line, offset, offset + len(date_line), 0, blank, tag, cls, align, role,
                                links, emphasis, image))
            offset += len(date_line) + 1
            blank = False
        cut = signature_tail(text, vocab) if END_MARK in text or text[-1:] == ")" or (
            text[-1:].isalpha() and (" – " in text[-80:] or " - " in text[-80:])) else None  # (or a name and unit after
        # the last sentence: "… làng nghề. <em>Hoàng Minh Quân – Công chức …</em>")
        if cut is not None:  # the signature run into the text's (or in brackets after its last sentence)
            head, text = text[:cut[0]], text[cut[1]:]  # last paragraph after its end mark ("… phường./. <em>Phương Thảo</em>")
            blocks.append(Block(len(blocks), head, offset, offset + len(head), 0, blank, tag, cls, align, role, links,
                                emphasis, image))
            offset += len(head) + 1
            blank = False
        start = offset
        offset += len(text) + 1
        blocks.append(Block(len(blocks), text, start, start + len(text), 0, blank, tag, cls, align, role, links,
                            emphasis, image))
    return blocks


def _empty_headline(root: Any) -> bool:
    """An empty headline element: an ``<h1>``, or an ``<h2>``/``<h3>`` whose class names a title, with
    no text and nothing inside (``<h1 class="tieude"></h1>``). A template whose headline field came
    out empty prints no title line, so its ``<title>`` is not promoted to one; a page that has no
    such element at all (the title hidden by the theme, a banner image) still takes its ``<title>``.
    An ``<h1>`` round a logo image is not empty."""
    return any(el.tag == "h1" or _TITLE_CLASS.search(el.get("class", ""))
               for el in xpath("//*[self::h1 or self::h2 or self::h3][not(*) and normalize-space()='']")(root))


_TITLE_CLASS = regex.compile(r"(?i)title|tieu-?de|headline")


def _mark_title(blocks: list[Block], titles: list[str], vocab: Vocabulary) -> list[Block]:
    """The block that prints the page's own title gets the title role (headings first)."""
    if not titles:
        return blocks
    keys = [word_key(t) for t in titles]
    best = None
    for b in blocks:
        if b.role not in ("", CHROME) or len(b.text) > 300 or b.link_density > 0.5:
            continue
        key = word_key(b.text)
        if not key or len(key) < 8:
            continue
        if any(key == k for k in keys):
            if b.tag in _HEADINGS:
                best = b
                break
            if best is None:
                best = b
    if best is None:
        best = _headline_in_segments(blocks, titles, vocab)
    if best is None or line_key(best.text) in vocab.document_motto:
        return blocks  # (a document's national motto in the <title>, a Word file saved as a web page: no headline)
    if _category_over_headline(blocks, best):  # (the headline under the category heading the title names,
        best = next(b for b in blocks[best.index + 1:] if b.link_density < 0.5)  # a trail between them at most)
    if best.text.endswith(("...", "…")):
        best = _uncut_headline(blocks, best)
    return [replace(b, role="title") if b is best else b for b in blocks]


def _uncut_headline(blocks: list[Block], cut: Block) -> Block:
    """The heading under a trail's last step that prints the headline the step cut short ("Nhị Thành ra quân …
    trước..." / <h3>"Nhị Thành ra quân … trước mùa mưa lũ"), inside the article's body element perhaps; else the cut
    line."""
    stem = word_key(cut.text)
    return next((b for b in blocks[cut.index + 1:cut.index + 1 + _UNCUT_REACH] if b.tag in _HEADINGS
                 and len(b.text) <= 300 and (key := word_key(b.text)).startswith(stem) and len(key) > len(stem)), cut)


_UNCUT_REACH = 6  # blocks under a cut headline where the whole one stands


def _names_a_link(blocks: list[Block], title: str) -> bool:
    """A title of a few words that a row of links prints whole (a trail's step, a menu's item: "Trang
    chủ > Hoạt động phường > Tin ảnh"): the category's name, the page's own headline not printed."""
    if len(title.split()) > _CATEGORY_WORDS:
        return False
    key = f" {' '.join(fold(title).split())} "
    return any(b.link_density >= 0.5 and key in f" {' '.join(fold(b.text).split())} " for b in blocks)


_HEADLINE_WORDS = 6  # a title segment this long is a headline, not a site's or a category's name


def _headline_in_segments(blocks: list[Block], titles: list[str], vocab: Vocabulary) -> Block | None:
    """A heading or line that prints the title's opening or closing segments, when the title
    keeps a segment no block has ("<headline> - Tin hoạt động phường"), or that holds them: several
    words long, so that a site's or a category's name is not taken for it."""
    from ._label import is_prose

    keys: set[str] = set()
    for title in titles:
        if site_banner(title.strip(" :|-–—»«·*~."), vocab):
            continue  # the site's name only ("Xã Hòa Hiệp Tây - Huyện Xuyên Mộc", "::: Phường … :::"): its banner holds it
        parts = _htmlmeta.title_segments(title)
        for k in range(1, len(parts) + 1):
            for part in (" ".join(parts[:k]), " ".join(parts[k - 1:])):
                if len(part.split()) >= _HEADLINE_WORDS:
                    keys.add(word_key(part))
    if not keys:
        return None
    lines = [(b, word_key(b.text)) for b in blocks if b.role in ("", CHROME) and len(b.text) <= 300
             and b.link_density <= 0.5]
    found = [b for b, key in lines if key in keys]
    if not found:  # a headline printed as the link to its own page, the one link that holds it (SharePoint's
        # blog: "<td class=TitleFront><a href=Post.aspx?ID=214>…</a>"), before a trail that ends with it
        found = [b for b in blocks if b.role in ("", CHROME) and len(b.text) <= 300 and b.link_density > 0.5
                 and word_key(b.text) in keys]
        found = found if len(found) == 1 else []
    if not found:  # a shortened headline in the title ("Trao 35 suất quà …" for "Ủy ban MTTQ phường
        # … trao 35 suất quà …"), or one after a label ("Hỏi đáp: <headline>"): the first line
        # holding it or held in it that is no paragraph
        found = [b for b, key in lines if not is_prose(b.text) and (
            any(k in key for k in keys) or len(b.text.split()) >= _HEADLINE_WORDS and any(key in k for k in keys))][:1]
    return next((b for b in found if b.tag in _HEADINGS), found[0] if found else None)


_CATEGORY_WORDS = 4  # a category heading is a few words ("TIN TỨC ĐỊA PHƯƠNG"); a headline says more


def _category_over_headline(blocks: list[Block], found: Block) -> bool:
    """The block the page's title names is a category heading over the headline: a few words, and
    under it (past a trail of links) a longer line that is no paragraph (the ``<title>`` of a portlet page names the site
    and the category: "UBND xã … - Tin tức địa phương")."""
    from ._label import is_prose

    if len(found.text.split()) > _CATEGORY_WORDS or found.index + 1 >= len(blocks):
        return False
    below = next((b for b in blocks[found.index + 1:found.index + 3] if b.link_density < 0.5), blocks[found.index + 1])
    return (not below.role and below.link_density < 0.5 and len(below.text.split()) > 2 * _CATEGORY_WORDS
            and len(below.text) <= 250 and not is_prose(below.text))
