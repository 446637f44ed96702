"""What the DOM walk must know about particular elements, and the generic chrome rules.

Found up front, by XPath and the class/id index, so the walk does one dict lookup per element:
hidden elements (``display:none``, ``hidden``, ``aria-hidden``, ``sr-only``-like classes),
alignment and emphasis from ``style``/``align``, the platform's roles and, on a page of no known
platform, chrome — ``nav``/``aside``, class and id tokens that name a kind ("menu-left" is
navigation; the tokens are in ``data/platforms.json``), never a wrapper that holds the article.
A page of headline links with no run of article paragraphs is a list page, not an article.
"""
from __future__ import annotations

from typing import Any

import regex

from ._css import DomIndex, xpath
from ._htmlparse import text_of
from ._htmlplatform import ARTICLE_ROLES, BOILERPLATE_ROLES, Generic
from .model import Block

_OFF_SCREEN = regex.compile(r"(?i)(?:left|top|text-indent)\s*:\s*-9\d{2,}px")
_LINK_FARM = 2  # links in an element set off the screen, at least
def _classes_hidden(sheet: str) -> list[tuple[str, str]]:
    """The classes (".") and ids ("#") a style sheet hides outright, a rule of their own at its top level
    (".x{display:none}"; not in an "@media" block, a print's or a small screen's)."""
    if "none" not in sheet:
        return []
    hidden, depth, counted = [], 0, 0
    for m in _HIDING_RULE.finditer(sheet, 0, _STYLE_SHEET):
        depth += sheet.count("{", counted, m.start()) - sheet.count("}", counted, m.start())  # (counted once along
        counted = m.start()  # the sheet, from one rule to the next)
        if depth == 0:
            hidden.append((m[1], m[2]))
    return hidden


_HIDING_RULE = regex.compile(r"(?:^|(?<=\}))\s*+([.#])([\w-]{1,80}+)\s*+\{[^{}]{0,200}?display\s*+:\s*+none", regex.I)
_ODOMETER_DIGITS = 3  # digit cells of a drawn counter, at least
_STYLE_SHEET = 200_000  # characters of a page's style element read, at most
_HIDDEN_STYLE = regex.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_ALIGN_STYLE = regex.compile(r"(?i)text-align\s*:\s*(left|right|center|justify)")
_ITALIC_STYLE = regex.compile(r"(?i)font-style\s*:\s*italic")
_BOLD_STYLE = regex.compile(r"(?i)font-weight\s*:\s*(?:bold|[6-9]00)")

# An article paragraph inside: a <p> of 300+ characters, or a <div> holding that much text itself.
_PROSE_INSIDE = ("boolean(.//p[string-length(normalize-space(.)) > 300] "
                 "| .//div[string-length(normalize-space(text())) > 300])")
# A mark: (skip, role, align, italic, bold) for the few elements that carry any of them.
# Text for screen readers only: hidden like the rest, but for a field's name, which some templates
# give only to screen readers and show as an icon ("<i class=fa-eye></i> <span class=sr-only>Lượt
# xem:</span> 532").


def _field_name(el: Any) -> bool:
    """A field's name for screen readers only: a colon after it, its value after it, or a definition list's term
    whose description holds the value ("<dt><i class=fa-eye></i><span class=sr-only>Lượt xem</span></dt><dd>392")."""
    text = " ".join("".join(el.itertext()).split())
    return 2 <= len(text) <= 30 and len(el) == 0 and (
        text.endswith(":") or (el.tail or "").lstrip()[:1].isdigit()
        or not (el.tail or "").strip() and (value := el.getnext()) is not None and len(value) == 0
        and (value.text or "").lstrip()[:1].isdigit()  # (or in the element after it: "<span class=visually-hidden>Hôm
        # nay</span><b>486</b>")
        or (parent := el.getparent()) is not None and parent.tag == "dt" and (term := parent.getnext()) is not None
        and term.tag == "dd")


Mark = tuple[bool, "str | None", "str | None", bool, bool]
_SHOWN_DATE = regex.compile(r"(?<![\w-])(?:entry-date|published)(?![\w-])")  # a post's date its theme shows


def _icon_before_value(el: Any) -> bool:
    """A pictograph alone in its element, a figure after it: a meta field's icon ("🕒 15h30, 12/03/2025", "👁 1.426")."""
    text = (el.text or "").strip()
    return (len(el) == 0 and 1 <= len(text) <= 2 and text[0] > "\u2190" and not text[0].isalnum()
            and (el.tail or "").lstrip()[:1].isdigit())


def find_marks(dom: DomIndex, roles: dict[Any, str], generic: Generic, *, generic_chrome: bool,
               top: Any) -> dict[Any, Mark]:
    """What the walk needs to know about particular elements, found by XPath and the class index
    up front, so the walk itself does one dict lookup per element."""
    root = dom.root
    marks: dict[Any, list[Any]] = {}

    def mark(el: Any) -> list[Any]:
        m = marks.get(el)
        if m is None:
            m = marks[el] = [False, None, None, False, False]
        return m

    for token in generic.hidden_classes:
        for el in dom.by_class.get(token, ()):
            if token in generic.screen_reader_classes and _field_name(el):
                continue  # "Lượt xem:" before an eye icon and its number: the field's only name
            if token == "d-none" and _SHOWN_AT_WIDTH.search(el.get("class") or ""):
                continue  # hidden on a phone only, shown on a wider screen ("d-none d-md-flex": Bootstrap's desktop copy)
            if token == "updated" and _SHOWN_DATE.search(el.get("class") or ""):
                continue  # hAtom's update date themes hide, unless it is also the date they show ("<time
                # class='entry-date updated td-module-date'>13/03/2023</time>", "entry-date published updated")
            mark(el)[0] = True
    for sheet in root.iter("style"):
        for mark_char, name in _classes_hidden(sheet.text or ""):
            for el in (dom.by_class if mark_char == "." else dom.by_id).get(name, ()):
                mark(el)[0] = True  # a class or id the page's own style sheet hides ("<style>.penci-hide-tagupdated{
                # display:none !important}</style>": a theme's second date row, kept for its microformat; "#popup-tb
                # {display:none; …}", a notice a script opens)
    # Hidden: a ``hidden`` attribute, ``aria-hidden="true"``, or a style that hides, found by
    # attribute steps (a predicate per element, ``//*[@hidden or …]``, is several times slower in
    # libxml2). A style is tested only if it says none/hidden in lower or upper case (so
    # "display:None" alone hides nothing); on an element with aria-hidden, any style is.
    for value in xpath("descendant-or-self::*/@hidden")(root):
        mark(value.getparent())[0] = True
    for value in xpath("descendant-or-self::*/@aria-hidden")(root):
        el = value.getparent()
        if value == "true" and _icon_before_value(el):
            continue  # a pictograph before a meta field's value ("<span aria-hidden=true>👁</span> 1.426"): its only name
        if value == "true" and len(el) == 0 and (el.text or "").strip().isdecimal() and (
                parent := el.getparent()) is not None and any(ch.isdigit() for ch in parent.get("aria-label") or ""):
            continue  # a counter's digit drawn in a cell of its own, its parent naming the whole count to screen
            # readers ("<div aria-label='128407 lượt truy cập'><span aria-hidden=true>0</span><span …>1</span>…"): shown
        if (value == "true" and len(el) >= _ODOMETER_DIGITS and not (el.text or "").strip()
                and all(len(ch) == 0 and (ch.text or "").strip().isdecimal() and len(ch.text.strip()) == 1 for ch in el)):
            continue  # a counter drawn a digit a cell, hidden from screen readers only ("<div class=odometer
            # aria-hidden=true><span class=digit>0</span><span …>1</span>…", under "Tổng truy cập:"): shown
        if value == "true" and (cls := el.get("class")) and generic.shown_when_opened.intersection(cls.split()):
            continue  # a collapsible's content, closed until the reader opens it: the page's text all the same
        if value == "true" or _HIDDEN_STYLE.search(el.get("style") or ""):
            mark(el)[0] = True
    styles = xpath("descendant-or-self::*/@style")(root)
    for value in styles:
        if ("none" in value or "hidden" in value or "NONE" in value or "HIDDEN" in value) and _HIDDEN_STYLE.search(
                value) and value.getparent().get("id") not in generic.shown_by_script:
            mark(value.getparent())[0] = True  # (but an element the page's own script shows: Blogger's page views)
        elif "-9" in value and _OFF_SCREEN.search(value) and len(value.getparent().findall(".//a")) >= _LINK_FARM:
            mark(value.getparent())[0] = True  # links set far off the screen: an injected link farm ("left:-9999px"),
            # not a screen reader's label (one word, no links)
    # Alignment and emphasis matter where the full walk goes: the whole page, or on a recognised
    # article page only the article's own elements (its chrome is cut into lines by XSLT).
    if generic_chrome:
        styled = [styles, xpath("descendant-or-self::*/@align")(root)]
    else:
        scopes = [el for el, r in roles.items() if r in ARTICLE_ROLES and r != "caption"]
        styled = [xpath("$s/descendant-or-self::*/@style | $s/descendant-or-self::*/@align")(root, s=scopes)]
    seen: set[Any] = set()
    for values in styled:
        for value in values:
            el = value.getparent()
            if el not in seen:
                seen.add(el)
                _style_mark(el, mark)
    for el, role in roles.items():
        mark(el)[1] = role
    if generic_chrome:
        _generic_chrome(dom, roles, generic, top, mark)
    return {el: (m[0], m[1], m[2], m[3], m[4]) for el, m in marks.items()}


def _style_mark(el: Any, mark: Any) -> None:
    """Alignment, italic and bold from an element's ``style``/``align``."""
    style = (el.get("style") or "").lower()  # plain substring tests first: this runs a lot
    align = (el.get("align") or "").lower() or None
    found = _ALIGN_STYLE.search(style) if "text-align" in style else None
    if found:
        align = found.group(1)
    italic = "italic" in style and bool(_ITALIC_STYLE.search(style))
    bold = "font-weight" in style and bool(_BOLD_STYLE.search(style))
    if align or italic or bold:
        m = mark(el)
        m[2], m[3], m[4] = align, italic, bold


_SHOWN_AT_WIDTH = regex.compile(r"(?<![\w-])d-(?:sm|md|lg|xl|xxl)-(?!none)[a-z-]+")  # shown from a screen width on
_ARTICLE_SHARE = 0.8  # of the page's text: more is the page's wrapper, not the article's element


_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})


def _generic_chrome(dom: DomIndex, roles: dict[Any, str], generic: Generic, top: Any, mark: Any) -> None:
    """Chrome on a page of no known platform: nav/aside elements, class/id tokens ("menu-left")."""
    root = dom.root
    protected = {anc for el, role in roles.items() if role in ("title", "body", "lead", "date")
                 for anc in el.iterancestors()}
    headlines = list(root.iter("h1"))
    if len(headlines) == 1:  # the page's one headline: what holds it is the article's, not chrome
        protected.update(headlines[0].iterancestors())
        protected.add(headlines[0])
    chrome: dict[Any, str] = {}
    for el in root.iter("nav", "aside"):
        chrome[el] = "navigation" if el.tag == "nav" else "other"
    for el in root.iter("footer"):  # a post's footer of category and tag links ("Chuyên mục … Thẻ …")
        text = len(text_of(el))
        if text and sum(len(text_of(a)) for a in el.iter("a")) >= 0.5 * text:
            chrome[el] = "navigation"
    for table in (dom.by_class, dom.by_id):
        for key, els in table.items():
            kind = chrome_kind(key, generic)
            if kind:
                for el in els:
                    if table is dom.by_id and el.tag in _HEADINGS:
                        continue  # a heading's anchor for the table of contents ("elementor-toc__heading-anchor-0")
                    chrome.setdefault(el, kind)
    page_text = len(text_of(top)) if chrome else 0
    # (the article's own parts named like its element: an album page's "album-date", "album-desc"
    # inside its "album-detail", which names the page, not a widget; not a wrapper of the whole page)
    named_article = {el: kind for el, kind in chrome.items()
                     if el in protected and len(text_of(el)) <= _ARTICLE_SHARE * page_text}
    news_strips = {el for el, kind in chrome.items() if kind == "gallery" and next(el.iter("img"), None) is None
                   and _headline_links(el, len(text_of(el)))}  # (a carousel of posts' titles, no photo)
    for el, kind in chrome.items():
        if el in protected or el in roles:
            continue
        if kind == "footer" and (el.tag == "blockquote" or any(anc.tag == "blockquote" for anc in el.iterancestors())):
            continue  # a quotation's citation ("<blockquote><p>…</p><footer class=blockquote-footer>Ông …</footer>"):
            # the text's, not the page's footer
        if kind == "footer" and (parent := el.getparent()) is not None and parent in protected and any(
                len(text_of(sibling)) > _TEXT_AFTER_FOOTER for sibling in el.itersiblings()):
            continue  # the article's own footer row over its text, beside the headline's element (TYPO3's news: "<div
            # class=footer>" holding the date, the category and "by Thu Hà"): its meta row, not the page's footer
        if (kind == "navigation" and (parent := el.getparent()) is not None and parent in protected
                and next(el.iter("a"), None) is None and el.tag in ("ul", "ol")):
            continue  # a list the style sheet draws as a menu, beside the headline, that links nowhere: the post's
            # fields, an item each ("<ul class='menu simple news-meta'><li title='Ngày đăng'>… 08/11/2022</li>…")
        if len(text_of(el)) > 0.4 * page_text or xpath(_PROSE_INSIDE)(el):
            continue  # a wrapper that holds the page or its article, whatever its class says
        if (named_article and kind != "other" and any(named_article.get(anc) == kind for anc in el.iterancestors())
                and next(el.iter("img"), None) is None):
            continue  # (but its strip of photos, "album-gallery", is a gallery; and a box of the generic kind inside a
            # layout wrapper named so, "penci-main-sticky-sidebar" round the article, is the box: "post-tags")
        if kind == "gallery" and next(el.iter("img"), None) is None and (
                len(_DATED_ITEM.findall(text_of(el))) >= 2 or el in news_strips
                or news_strips and any(anc in news_strips for anc in el.iterancestors())):
            kind = "related"  # a carousel of dated headline links, no photo ("owl-carousel" of "TIN NỔI BẬT"), or
            # of posts' titles over their dates (Avada's "fusion-carousel" under "Related Posts"): news
        roles[el] = kind
        mark(el)[1] = kind


def _headline_links(el: Any, shown: int) -> bool:
    """Two headlines' links at least, most of the element's text (a carousel of posts, no photo in it)."""
    titles = [n for a in el.iter("a") if (n := len(text_of(a))) >= _HEADLINE_LINK]
    return len(titles) >= 2 and sum(titles) >= _LINKED_SHARE * shown


_HEADLINE_LINK = 20  # characters: a post's title as a link, at least
_TEXT_AFTER_FOOTER = 300  # characters: the article's text in an element after a footer row beside its headline
_LINKED_SHARE = 0.6  # of an element's text in its headline links
_DATED_ITEM = regex.compile(r"\(\d{1,2}[/.\-]\d{1,2}[/.\-]\d{4}\)")  # a listed post's date in brackets, "(15/11/2022)"


def chrome_kind(key: str, generic: Generic) -> str | None:
    """The boilerplate kind a class or id token names ("menu-left" → navigation), if any."""
    kinds = generic.chrome_kinds
    parts = key.lower().replace("-", " ").replace("_", " ").split()
    if "header" in parts:
        return None  # a theme's style group ("header-footer-group" on the article's own header)
    if parts and parts[0] in _SAYS_NOT:
        return None  # a switch saying the element lacks the thing ("no-share" on JNews's entry content, "has-sidebar")
    for part in parts:
        kind = kinds.get(part)
        if kind:
            return kind
    for first, second in zip(parts, parts[1:]):
        if kinds.get(first + second) == "related":
            return "related"  # a box of other posts named in words set apart ("hot-news-item" as "hotnews", "tin-khac"
            # as "tinkhac"); not a field's ("field--name-field-hinh-anh": the post's own images)
    return None


_SAYS_NOT = frozenset({"no", "not", "without", "has", "hide", "disable"})  # a class's first word that makes it a switch


def looks_like_listing(blocks: list[Block]) -> bool:
    """Headline links, each with at most a teaser, and no run of article paragraphs: a list page."""
    from ._label import is_prose

    links = 0
    run = best = 0
    for b in blocks:
        if b.role in BOILERPLATE_ROLES:
            continue
        if b.link_density >= 0.6 and 25 <= len(b.text) <= 250 and len(b.text.split()) >= 4:
            links += 1
            run = 0
        elif b.link_density < 0.3 and is_prose(b.text):
            run += 1
            best = max(best, run)
        elif len(b.text) > 40:
            run = 0
    return links >= 8 and best <= 1


