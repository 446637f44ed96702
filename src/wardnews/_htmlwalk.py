"""The DOM walk: one pass over the page's elements, cutting it into lines that keep their hints.

Text is gathered per block element (a paragraph, heading, list item, table row): a block start
or end ends a line, ``<br>`` splits one, and a table row of short one-line cells stays one line,
``cell | cell``. Beside each line go the hints the labeller reads — tag, class, alignment, all
bold or italic, link density, an image right before it, the role its element was given.

On a recognised platform's page the template chrome around the article (four fifths of the
elements; all of a list page) is cut into lines by a compiled XSLT, in C, instead; the
article's own elements still get the full walk with every hint.
"""
from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING, Any

import regex

from ._htmlchrome import Mark
from ._htmlparse import text_of
from ._htmlplatform import ARTICLE_ROLES, field_class, layout_class, screen_reader_class
from ._normalize import fold
from ._vocab import line_key
from .model import Block

if TYPE_CHECKING:
    from ._vocab import Vocabulary

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead "
    "tfoot tr td th caption ul legend menu".split()
)
_SKIP_TAGS = frozenset(
    "script style noscript template svg iframe object embed select option optgroup button input textarea "
    "canvas map audio video source track head title meta link base".split()
)
_ITALIC_TAGS = frozenset({"i", "em", "cite"})
_BOLD_TAGS = frozenset({"b", "strong"})


@functools.cache
def _field_icons() -> tuple[dict[str, str], regex.Pattern[str]]:
    """data/vi/icons.txt "@class": the names drawn as a meta field's only label (the views' eye, the writer's
    person or pen) and their glyphs, and a class holding one after any icon set's prefix ("fa-eye",
    "bi-eye-open", a theme's own "ic-eye", "ico-mat", "fa-user", Liferay Clay's "lexicon-icon-view")."""
    from ._vocab import read_sections  # (lazily: the walk reads no other vocabulary)

    glyphs = {name.strip(): glyph.strip() for name, _, glyph in (e.partition("=") for e in read_sections("icons")["class"])
              if glyph.strip() in _FIELD_GLYPHS}
    alternation = "|".join(map(regex.escape, sorted(glyphs, key=len, reverse=True)))
    return glyphs, regex.compile(rf"(?<![\w-])[a-z]{{1,12}}+(?:-[a-z]{{1,12}}+)?-(?P<name>{alternation})"
                                 rf"(?:-open|-o|-outline|-line|-fill)?(?![\w-])")  # (Remix Icon's "ri-eye-line", "ri-user-fill")


@functools.cache
def _ligature_glyphs() -> dict[str, str]:
    """data/vi/icons.txt "@ligature": Material Icons' names and the glyphs the readers know them by."""
    from ._vocab import read_sections  # (lazily: the walk reads no other vocabulary)

    return {name.strip(): glyph.strip() for name, _, glyph in (e.partition("=") for e in read_sections("icons")["ligature"])}


@functools.cache
def _svg_path_glyphs() -> tuple[tuple[str, str], ...]:
    """data/vi/icons.txt "@svg_path": the openings of icon sets' SVG paths and their glyphs."""
    from ._vocab import keyed, read_sections  # (lazily: the walk reads no other vocabulary)

    return tuple((" ".join(opening.split()), glyph) for opening, glyph in keyed(read_sections("icons")["svg_path"]))


def _unit_after_count(svg: Any) -> bool:
    """Words after the count in the element after the icon, which say what it counts ("<svg>…</svg>
    <b>1.930.215</b> lượt truy cập", a visitor widget's row): the icon does not."""
    if (svg.tail or "").strip() or (count := svg.getnext()) is None:
        return False
    return (count.tail or "").lstrip()[:1].isalpha()


def _svg_glyph(svg: Any) -> str | None:
    """The glyph of an inline SVG icon known by its path's opening (a Tailwind theme's Heroicons eye), or None.
    A long opening also matches with its numbers rounded: a theme that copies an icon set's path may shorten
    them ("M12 4.5C7 4.5 2.7 7.6 1 12" for Material's "… 2.73 7.61 1 12")."""
    openings = _svg_path_glyphs()
    for el in svg.iter():
        if isinstance(el.tag, str) and el.tag.endswith("use") and "#" in (ref := el.get("href") or el.get(_XLINK_HREF) or el.get("xlink:href") or ""):
            glyphs, icon_class = _field_icons()  # a sprite's symbol named like an icon font's class ("<use href='#i-eye'/>")
            symbol = ref.rsplit("#", 1)[1]
            if (named := icon_class.search(symbol)) and (glyph := glyphs[named["name"]]) in _COUNT_GLYPHS:
                return glyph
            if glyphs.get(symbol.lower()) in _COUNT_GLYPHS:
                return glyphs[symbol.lower()]  # (the symbol by the icon's bare name: Bootstrap Icons' sprite, "#eye")
            continue
        if isinstance(el.tag, str) and el.tag.endswith("path") and (d := el.get("d")):
            drawn = " ".join(d[:40].split())
            for opening, glyph in openings:
                if drawn.startswith(opening):
                    return glyph
            shape = _path_shape(d[:60])
            for opening, glyph in openings:
                if len(known := _path_shape(opening)) >= _ROUNDED_OPENING and shape[:len(known)] == known:
                    return glyph
    return None


_XLINK_HREF = "{http://www.w3.org/1999/xlink}href"  # (as XML parses it; the HTML parser keeps "xlink:href" whole)
_PATH_TOKEN = regex.compile(r"[A-Za-z]|-?+(?:\d++\.?+\d*+|\.\d++)")
_ROUNDED_OPENING = 8  # tokens: an opening this long is one icon's whatever its numbers' precision


def _path_shape(d: str) -> tuple[str, ...]:
    """A path's commands with its numbers rounded to whole ones."""
    return tuple(t if t.isalpha() else str(round(float(t))) for t in _PATH_TOKEN.findall(d))


_FLEX_GAP = regex.compile(r"(?<![\w-])(?:gap(?:-x)?|space-x)-\d")  # a utility class (Tailwind's) spacing a row's children
_MATERIAL = ("material-icons", "material-symbols")  # the icon fonts whose element holds the icon's name as its text
_LIGATURE_NAME = regex.compile(r"^[a-z][a-z0-9_]{1,40}$")
_COUNT_GLYPHS = frozenset({"👁", "💬"})  # the views' and the comments', before a count
_FIELD_GLYPHS = _COUNT_GLYPHS | {"👤", "✍"}  # … and the writer's, before a name
# An icon font's class on an empty element ("fa fa-clock-o", "bi-calendar", "glyphicon glyphicon-time", "icon-eye")
_ICON_CLASS = regex.compile(r"(?<![\w-])(?:fa[srlbd]?|bi|glyphicon|icon|ti|la|mdi|ion|ico|ri)-[a-z]|(?<![\w-])icon(?![\w-])")


@functools.cache
def _svg_names() -> tuple[str, ...]:
    """data/vi/icons.txt "@svg_name", lower-cased: an SVG title's opening words naming its picture."""
    from ._vocab import read_sections  # (lazily: the walk reads no other vocabulary)

    return tuple(name.lower() for name in read_sections("icons")["svg_name"])


def _svg_count_label(svg: Any, vocab: Vocabulary) -> str | None:
    """An inline SVG icon's <title> when a count follows it, in its tail or the next element, or a
    name after a writer's label: the field's label, which the page shows only to screen readers and
    on hover, as the text to print for it (" Lượt xem: ")."""
    title = next((child for child in svg if isinstance(child.tag, str) and child.tag.endswith("title")), None)
    if title is None or not (name := (title.text or "").strip()) or len(name) > _SVG_LABEL:
        return None
    after = (svg.tail or "").strip()
    if not after and (value := svg.getnext()) is not None:
        after = (value.text or "").strip()  # the value in the element after it, a space between or none
        # ("<svg><title>Lượt xem</title>…</svg> <span>403</span>")
    if name[:1].isdigit() or not after:
        return None
    if name.isascii() and name.islower() or name.lower().startswith(_svg_names()):
        return None  # the icon set's own name for its picture ("calendar", "clock", "eye"; "Biểu tượng lịch",
        # icons.txt "@svg_name"): no field's label (its class gives its glyph)
    return f" {name}: " if after[:1].isdigit() or after[:1].isupper() and _credit_label(name, vocab) else None


def _attribute_count_label(el: Any, vocab: Vocabulary) -> str | None:
    """The counter label an element holding a bare count carries in its ``aria-label`` or ``title``
    (counter.txt's labels), when its text is that count alone."""
    if not _BARE_COUNT.match((el.text or "").strip() or _last_value(el)):
        return None
    for name in (el.get("aria-label"), el.get("title")):
        if name and len(name := name.strip()) <= _SVG_LABEL and not name[:1].isdigit() and _read_counters(vocab, f"{name}: 1"):
            return name
    return None


def _last_value(el: Any) -> str:
    """The text after an element's last child, or that child's own when it holds nothing more: the value an
    icon stands before ("<li title='Đang truy cập'><svg/>9</li>", "<li title=…><svg/><b>9</b></li>")."""
    if not len(el):
        return ""
    last = el[-1]
    return (last.tail or "").strip() or ((last.text or "").strip() if not len(last) and last.tag != "svg" else "")


def _aria_count(name: str, vocab: Vocabulary) -> bool:
    """An accessible name that is a counter's label and its count alone ("1537 lượt xem", "Lượt xem: 1537")."""
    return len(name) <= _SVG_LABEL + 12 and bool(_read_counters(vocab, name.strip()))


def _read_counters(vocab: Vocabulary, text: str) -> list[tuple[str, int]] | None:
    from ._counters import read_counters  # (the counters' reader is the label stage's; loaded with it)

    return read_counters(vocab, text)


_FIELD_TAGS = frozenset({"span", "div", "li", "b", "strong", "em", "small"})  # a meta row's field elements
_GLUED_LABEL = 30  # characters: a field's label in its own element, its colon last
_FIELD_LABEL_TAGS = frozenset({"label", "b", "strong"})  # … and a field's label element inside one
_VALUE_ENDS = frozenset("0123456789)]")  # how another field's value ends (a date, a time, a bracket)
_BARE_COUNT = regex.compile(r"^\d{1,3}(?:[.,\s]\d{3})*+\s*+$")  # "863", "1.204": a count and nothing else


def _credit_label(name: str, vocab: Vocabulary) -> bool:
    """A writer's credit label ("Tác giả", credits.txt "@label"): an icon's title naming the name after it."""
    return vocab.credit_label.match(fold(f"{name}: x")) is not None


_SVG_LABEL = 40  # characters: an icon's title naming a count


def _next_text(icon: Any) -> str:
    """The text of the element right after an icon with no text of its own after it, its field's value
    ("<i class=ion-ios-eye-outline></i><span class=views>437</span>")."""
    after = icon.getnext()
    return (after.text or "").strip() if after is not None and not (icon.tail or "").strip() else ""


def _last_letter(buf: list[str]) -> str:
    """The last character of the line so far that is no space ("" when none): a field's value ends there
    though the markup's indentation follows it ("<span><svg/>\n  1.032\n </span>")."""
    for piece in reversed(buf):
        if kept := piece.rstrip():
            return kept[-1]
    return ""


def _opens_its_field(icon: Any) -> bool:
    """The icon is the first thing in its inline field ("<span class=meta-user><i class=fa-user></i> Ban Biên
    tập</span>"): it starts a field, though the markup sets a space before that field's element (not after
    a category's link, "<a class=post-cat>Phổ biến, giáo dục pháp luật</a> <span><i …></i> Thứ Năm, …",
    which the readers take run on with the date)."""
    parent = icon.getparent()
    if parent is not None and parent.tag == "a" and not (parent.text or "").strip() and len(parent) and parent[0] is icon and (
            (outer := parent.getparent()) is not None and outer.tag in ("span", "li") and not (outer.text or "").strip()
            and outer[0] is parent):
        icon, parent = parent, outer  # the icon opening its field's link ("<span class=comments><a><i class=fa-comments>
        # </i> 1 Bình luận</a></span>")
    if parent is None or parent.tag not in ("span", "li", "time") or (parent.text or "").strip() or parent[0] is not icon:
        return False
    before = parent.getprevious()
    return before is None or before.tag != "a"


def _image_icon(img: Any) -> str | None:
    """The views' or comments' glyph for a picture named as that icon ("eye.gif", "icon_view.png", "ic_eye.gif"; icons.txt
    "@class") standing right before a bare count, or None."""
    named = _ICON_FILE.search(img.get("src") or "")
    if named is None or (glyph := _field_icons()[0].get(named["name"].lower())) not in _COUNT_GLYPHS:
        return None
    tail = (img.tail or "").strip() or _next_text(img)
    return glyph if tail[:1].isdigit() and _BARE_COUNT.match(tail) else None


def _icon_label(img: Any, vocab: Vocabulary) -> str | None:
    """The field label a small picture stands for, named in its alt or title only, right before a value that
    opens with a digit: a count's ("Lượt xem", "Đang online") or a publication date's ("Ngày đăng tin"); or the
    uploader's, before any value ("Người đăng"); or None."""
    width, height = img.get("width") or "", img.get("height") or ""
    if not (width.isdecimal() and height.isdecimal() and int(width) <= _LABEL_IMAGE and int(height) <= _ICON_SIZE) and (
            width or height or not _ICON_SRC.search(img.get("src") or "")):
        return None  # (an icon, or the label's words drawn as a line-high picture: "<img src=lbl_luotxem.gif
        # alt='Lượt xem' width=56 height=13>"; or unsized, its file named an icon: "…/Counter/icon_homnay.gif")
    name = (img.get("alt") or img.get("title") or "").strip()
    tail = (img.tail or "").strip() or _next_text(img) or _digit_image_after(img) or _cell_after(img)
    if not name or len(name) > _ICON_NAME or not tail or any(ch.isdigit() for ch in name):
        return None
    key = fold(name)
    if not tail[:1].isdigit():  # (or who posted it, a name or login after: "<img alt='Người đăng'>ntlan.namson")
        return name if key.startswith(vocab.uploader_labels) else None
    from . import _dates  # (lazily: the date patterns are built on first use)

    if vocab.counter_pattern.match(f"{key}: 1") or key.startswith(_dates.patterns(vocab).meta_labels):
        return name
    return None


def _cell_after(img: Any) -> str:
    """The text of the table's next cell when ``img`` is its cell's only content, a row's label drawn as an icon
    beside its value ("<td><img alt='Hôm nay'></td><td><span>152</span></td>", DotNetNuke's counter), or ""."""
    cell = img.getparent()
    if cell is None or cell.tag not in ("td", "th") or len(cell) != 1 or (cell.text or "").strip() or (img.tail or "").strip():
        return ""
    after = cell.getnext()
    return "".join(after.itertext()).strip()[:_ICON_NAME] if after is not None and after.tag in ("td", "th") else ""


def _digit_image_after(img: Any) -> str:
    """The digit a counter's first digit picture names in its alt, right after ``img`` (a line break between
    perhaps: "<img alt='Lượt truy cập'><br/><img src='counter/0.gif' alt='0'>…"), or ""."""
    sibling = img.getnext()
    while sibling is not None and sibling.tag == "br" and not (sibling.tail or "").strip():
        sibling = sibling.getnext()
    alt = (sibling.get("alt") or "") if sibling is not None and sibling.tag == "img" else ""
    return alt if len(alt) == 1 and alt.isdigit() else ""


_ICON_SIZE = 24  # pixels: an icon's width and height, at most
_LABEL_IMAGE = 120  # pixels: the width of a field's label drawn as a picture, at most
_ICON_NAME = 30  # characters: a field's label, at most


_ICON_FILE = regex.compile(r"(?i)(?:^|/)(?:ic(?:on?)?s?[-_])?(?P<name>[a-z]{2,10})(?:[-_](?:ico|icon|\d{1,2}))?"
                           r"\.(?:gif|png|svg|jpe?g|webp)(?:$|\?)")
_ICON_SRC = regex.compile(r"(?i)spacer|sprite|icon|blank\.gif|pixel|logo")
_FIELD_MARKS = "•·|"  # a template's mark between meta fields, each in an element of its own
# Whitespace collapsing before the repair stage leaves NBSP alone (see Walker._flush).
_ascii_ws = re.compile(r"[ \t\n\r\f\v]+").sub
# A line of the page and its hints: (text, tag, class, align, role, link density, emphasis, image
# right before it, blank line before it). A plain tuple: a page makes a hundred or more of them.
Line = tuple[str, str, str, str, str, float, str, bool, bool]


class Walker:
    """One pass over the DOM: text pieces gathered per block element, hints kept beside them."""

    def __init__(self, marks: dict[Any, Mark], vocab: Vocabulary) -> None:
        self.marks = marks
        self.vocab = vocab  # the parse's own, for the labels an icon's title may hold
        self.blocks: list[Line] = []
        self.buf: list[str] = []
        self.link_chars = 0
        self.italic_chars = 0
        self.bold_chars = 0
        self.image = False
        self.blank = True
        self.atomic = 0  # depth inside a table row kept as one block

    def walk(self, top: Any) -> None:
        """Gather text per block element: block starts and ends flush, ``<br>`` splits a line,
        a short table row stays one line. (Written with locals: it is the hot loop.)"""
        from lxml import etree

        # Per open element: (element, tag, is_block, role before, align before, link, italic, bold,
        # atomic row).
        stack: list[tuple[Any, str, bool, str | None, str, bool, bool, bool, bool]] = []
        owners: list[tuple[Any, ...]] = []  # the open block elements: text belongs to the innermost
        role: str | None = None
        align = ""
        links = italic = bold = 0
        marks = self.marks
        buf = self.buf
        push, pop = stack.append, stack.pop
        flush = self._flush
        pending: str | None = None  # a count's label from its element's attribute, to print in its block
        block_tags, skip_tags, italic_tags, bold_tags = _BLOCK_TAGS, _SKIP_TAGS, _ITALIC_TAGS, _BOLD_TAGS
        walker = etree.iterwalk(top, events=("start", "end"))
        icon_glyphs, icon_class = _field_icons()
        for event, el in walker:
            tag = el.tag
            if tag.__class__ is not str:
                tag = ""
            if event == "start":
                icon_tag = tag == "i" or tag == "span" or tag == "em" or tag == "svg"
                if buf and icon_tag and not el.text and (buf[-1][-1:].isalnum() or buf[-1][-1:].isspace() and (
                        _last_letter(buf).isalnum() and _opens_its_field(el))) and (
                        tag == "svg" or len(el) == 0 and _ICON_CLASS.search(el.get("class") or "")):
                    buf.append(" | ")  # an icon opening a field right after another's value, no space between in
                    # the markup: a bar between the fields, as a template's mark would set them apart
                    # ("<span><i class=fa-user></i>quantri</span><span><i class=fa-clock-o></i>14/03/2024 …")
                if ((tag == "span" or tag == "a" or tag == "time") and buf and (cls := el.get("class"))
                        and (before := el.getprevious()) is not None and (before.tag == "span" or before.tag == "a" or before.tag == "time")
                        and (layout_class(el.getparent().get("class") or "", "meta_row") or not (el.text or "").strip() and len(el)
                             and el[0].tag in _FIELD_LABEL_TAGS and before.get("class") and not (before.tail or "").strip())
                        and before.get("class") and not layout_class(cls, "separator") and (_last_letter(buf)[-1:].isalnum()
                                                     or not before.text and not len(before) and buf[-1][-1:] == ":")):
                    buf.append(" | ")  # a meta row's fields, a span of its own class each, a space at most between
                    # them in the markup ("<div class=article-info><span class=createdby>…</span> <span
                    # class=category-name>…</span> <span class=published>…</span>", Joomla 4's; after a field left empty,
                    # its label's colon last, "Tác giả:<span class=edn_author></span>Lượt xem:…"; or each field its label in
                    # bold first, "<span class=mt-d><b>Ngày đăng</b>…</span><span class=mt-v><b>Lượt xem</b>845"): bars
                if (tag == "span" and buf and buf[-1][-1:].islower() and el.get("class") and not (el.text or "").strip()
                        and len(el) and el[0].tag == "a" and (first := (el[0].text or "").lstrip()[:1]).isupper()
                        and (before := el.getprevious()) is not None and before.tag == "span" and before.get("class")
                        and not (before.tail or "").strip() and first.isalpha()):
                    buf.append(" | ")  # a field that is a link, its span right after another field's words with no space
                    # between ("<span class=meta-views>1.482 lượt xem</span><span class=meta-cat><a>Đô thị …</a></span>")
                if ((tag == "span" or tag == "label" or tag == "b") and buf and buf[-1][-1:].isalnum() and (t := el.text)
                        and t[-1:] == ":" and len(t) <= _GLUED_LABEL and (before := el.getprevious()) is not None
                        and not before.tail and before.tag in _FIELD_TAGS):
                    buf.append(" | ")  # a field's label right after the field before it, nothing between in the markup
                    # ("<b>Tuyết Mai</b><span class=nhan>Nguồn:</span><b>Xã Vĩnh Thành</b>"): a bar between the fields
                if (buf and icon_tag and (t := el.text) and t[:1] > "\u2190" and not t[:1].isalnum() and buf[-1][-1:].isalnum()
                        and not t[:1].isspace()):
                    buf.append(" | ")  # a field opening with its pictograph right after another's last letter, no space in
                    # the markup ("<span>👁 1.024 lượt xem</span><span>⏱ 4 phút đọc</span>"): a bar between the fields
                if (icon_tag and len(el) == 0 and not (el.text or "").strip() and (name := el.get("title"))
                        and not icon_class.search(el.get("class") or "")  # (an icon the readers know draws its glyph)
                        and len(name := name.strip()) <= _SVG_LABEL and not name[:1].isdigit()
                        and _BARE_COUNT.match((el.tail or "").strip() or _next_text(el))
                        and _read_counters(self.vocab, f"{name}: 1")):
                    buf.append(f"{name}: ")  # an icon named on hover, the count beside it ("<i class=fa-user-clock
                    # title='Đang truy cập'></i> <span>37</span>"): the count's label
                if ((el.text and el.text[:1].isdigit() and len(el) == 0 and tag != "time" and el.attrib
                     or not (el.text or "").strip() and 0 < len(el) <= 2 and tag in _FIELD_TAGS and el.get("title")
                     and _BARE_COUNT.match(_last_value(el)))
                        and (named := _attribute_count_label(el, self.vocab))):  # (or an icon first, the count after
                    # it: "<span title='Lượt xem'><svg …/>1.045</span>")
                    pending = named  # (printed where the element's own text starts, past its block's break)  # a bare count
                    # named only for screen readers or on hover, a field of its own ("<time>21/05</time> <svg …/>
                    # <span class=views aria-label='Lượt xem'>863</span>")
                elif (el.text and el.text[:1].isdigit() and len(el) == 0 and tag in _FIELD_TAGS and (cls := el.get("class"))
                        and _last_letter(buf)[-1:] in _VALUE_ENDS and _BARE_COUNT.match(el.text) and field_class(cls, "views")):
                    buf.append(" | 👁 ")  # a bare count in the views' element after another field's value, its label set
                    # by the style sheet alone ("<span class=m-date>14/06/2024 - 09:20</span> <span class=m-view>342</span>")
                elif (el.text and el.text[:1].isdigit() and len(el) == 0 and tag in _FIELD_TAGS and (cls := el.get("class"))
                        and buf[-1:] and buf[-1][-1:].isalpha() and _BARE_COUNT.match(el.text) and field_class(cls, "views")
                        and (label := el.getprevious()) is not None and not (label.tail or "").strip()
                        and line_key(text_of(label)) in self.vocab.counter_labels):
                    buf.append(": ")  # … or after its label's own element, nothing between them in the markup ("<span
                    # class=view>Lượt xem</span><b class=view-count>96</b>"): a colon, as the label's field prints it
                elif (not (el.text or "").strip() and len(el) == 1 and tag in _FIELD_TAGS and (cls := el.get("class"))
                        and not (el[0].text or "").strip() and len(el[0]) == 0 and _BARE_COUNT.match((el[0].tail or "").strip())
                        and field_class(cls, "views") and el[0].tag in ("span", "i")
                        and not _field_icons()[1].search(el[0].get("class") or "")):
                    buf.append(" | 👁 " if buf and not "".join(buf[-2:]).isspace() else "👁 ")  # … or after an icon no
                    # glyph names, the count its tail ("<span class=meta-views><span class=tie-icon-fire></span> 1.025 </span>",
                    # Jannah's; an eye's icon says so itself)
                if tag == "svg" and (named := _svg_count_label(el, self.vocab)):
                    buf.append(named)  # an icon named by its title, a count after it: the count's label
                    # ("<svg><title>Tổng lượt truy cập</title>…</svg><b>215.403</b>")
                elif tag == "svg" and (tail := (el.tail or "").strip() or _next_text(el))[:1].isdigit() and _BARE_COUNT.match(
                        tail) and not icon_class.search(el.get("class") or "") and not _unit_after_count(el) and (
                        glyph := _svg_glyph(el)):
                    buf.append(f" {glyph} ")  # an icon set's eye drawn inline, no class nor title, before a bare
                    # count ("<svg><path d='M2.036 12.322…'/></svg><span>126</span>"): the views' eye
                if icon_tag and (not el.text or el.text.isspace()) and (cls := el.get("class")) and (
                        icon := icon_class.search(cls)) and (
                        tail := (el.tail or "").strip() or _next_text(el)) and (
                        (glyph := icon_glyphs[icon["name"]]) in _COUNT_GLYPHS) == tail[:1].isdigit() and (
                        glyph == "👁" or glyph == "💬" and tail.isdigit()
                        or ":" not in tail and len(tail) <= 40 and all(w[:1].isupper() for w in tail.split())):
                    buf.append(f" {glyph} ")  # an icon, a meta field's only label: the views' eye before its count
                    # ("<i class="fa fa-eye"></i> 256", the comments' bubble before a bare count), the writer's person
                    # or pen before a bare name ("fa-user"; not before a labelled field, "Người cập nhật: …", nor
                    # a button's words, "Gửi câu hỏi")
                mark = marks.get(el)
                if not tag or tag in skip_tags or (mark is not None and mark[0]):
                    walker.skip_subtree()
                    push((el, tag, False, role, align, False, False, False, False))
                    continue
                is_italic = tag in italic_tags
                is_bold = tag in bold_tags
                own_role = None
                if mark is not None:
                    own_role, own_align = mark[1], mark[2]
                    is_italic = is_italic or mark[3]
                    is_bold = is_bold or mark[4]
                    if own_align is not None:
                        align_before = align
                        align = own_align
                is_link = tag == "a" and el.get("href") is not None
                if (is_link and buf and (prev := el.getprevious()) is not None and prev.tag == "a" and not prev.tail
                        and _last_letter(buf)[-1:].isalnum() and field_class(el.getparent().get("class") or "", "tags")):
                    buf.append(" | ")  # a post's tags side by side with nothing between them in the markup, each its
                    # own item ("<div class=post-tags><a rel=tag>Hội LHPN</a><a rel=tag>phổ biến pháp luật</a>"), set apart
                elif (is_link and buf and el.get("rel") == "tag" and el.getprevious() is None
                        and (label := el.getparent().text) and label[-1:].isalpha() and _last_letter(buf)[-1:].isalpha()):
                    buf.append(": ")  # … the first run into the box's label ("<p class=post-tag>Từ khóa<a rel=tag>nuôi
                    # tôm</a>"): the label, then its value
                atomic_row = tag == "tr" and not self.atomic and _atomic_row(el)
                is_block = tag in block_tags or own_role is not None or tag == "br" or (
                    tag == "span" and (cls := el.get("class")) is not None and (
                        layout_class(cls, "block") or field_class(cls, "lead")))
                # (a span a utility class shows as a block: Bootstrap's "d-block", Tailwind's "block"; or the
                # article's sapo in a span of its own, the text's span run on after it: Oracle WebCenter's "sapo")
                if self.atomic and not atomic_row:
                    if tag == "td" or tag == "th":
                        if buf and (so_far := "".join(buf).rstrip()):
                            buf.append(" " if so_far[-1] == ":" else " | ")  # (a label's cell runs on into its
                            # value's: "Đưa tin: | Lý A Sềnh" is one field, "Đưa tin: Lý A Sềnh")
                    elif is_block:
                        buf.append(" ")
                    is_block = False
                elif is_block:
                    if buf:
                        flush(owners[-1] if owners else None, role, align if mark is None or mark[2] is None
                              else align_before)
                    if tag == "br":
                        self.blank = False
                if pending is not None:
                    buf.append(f"{' | ' if _last_letter(buf) not in ('', '|') else ' '}{pending}: ")
                    pending = None
                if tag == "img":
                    src = el.get("src") or ""
                    alt = el.get("alt")
                    if alt and len(alt) == 1 and alt.isdigit() and src.rsplit(".", 1)[0][-1:] == alt:
                        buf.append(alt)  # a counter's digit drawn as an image ("…/counter/7.gif", alt "7")
                    elif (label := _icon_label(el, self.vocab)) is not None:
                        buf.append(f" {label}: ")  # a field's label drawn as a small picture, its name in its alt
                        # only ("<img alt='Lượt xem' width=14> 2.341"): the label a template printing it would show
                    elif (glyph := _image_icon(el)) is not None:
                        buf.append(f" {glyph} ")  # the views' eye as a small picture before a bare count
                        # ("<img src=images/eye.gif> 163", an old table layout's): as the walk draws an icon font's
                    elif not _ICON_SRC.search(src):
                        self.image = True
                frame = (el, tag, is_block, role,
                         align if mark is None or mark[2] is None else align_before,
                         is_link, is_italic, is_bold, atomic_row)
                push(frame)
                if (is_block or atomic_row) and tag != "br":
                    owners.append(frame)
                if own_role is not None:
                    role = own_role
                links += is_link
                italic += is_italic
                bold += is_bold
                if atomic_row:
                    self.atomic += 1
                text = el.text
                if text is None and len(el) == 0 and (aria := el.get("aria-label")) and any(ch.isdigit() for ch in aria) and (
                        _aria_count(aria, self.vocab)):
                    text = f" {aria.strip()} "  # an empty element the style sheet fills from an attribute, its
                    # accessible name the count it shows ("<span data-luot-xem=1537 aria-label='1537 lượt xem'>")
                if (not is_block and text and text[:1].isalpha() and (cls := el.get("class"))
                        and layout_class(cls, "float_right") and "".join(buf[-2:]).rstrip()[-1:].isalpha()):
                    buf.append(" | ")  # a part floated to the row's far end, set apart there, after words ("Về đầu trang
                    # <span class=pull-right>Chia sẻ: f Zalo", a tools row's share buttons)
                if (text and icon_tag and (cls := el.get("class")) and "material-" in cls and cls.startswith(_MATERIAL)
                        and _LIGATURE_NAME.match(name := text.strip())):
                    glyph = _ligature_glyphs().get(name)  # a Material icon, its name its text ("schedule", "visibility"):
                    before = buf[-1] if buf and not buf[-1].isspace() else buf[-2] if len(buf) > 1 else ""
                    text = f" {glyph} " if glyph else " | " if before.rstrip()[-1:].isalnum() else " "  # the glyph the
                    # readers know, else a bar after another field's value ("…👁 318<i>folder_open</i>An ninh"), a gap
                if text:
                    if text.isspace():
                        if buf:
                            buf.append(" ")
                    elif len(text) == 1 and text in _FIELD_MARKS:
                        buf.append(f" {text} ")  # a mark of its own between fields run together ("Tác giả: Minh
                        # Khôi<span>•</span><time>12 thg 4, 2024</time>"): set apart, as the page shows it
                    elif len(mark := text.strip()) == 1 and mark in "/-–" and layout_class(el.get("class") or "", "separator"):
                        buf.append(" / " if mark == "/" else " | ")  # … or a slash or a dash the template's class calls
                        # one ("<span class=edn_separator>/", "<span class=meta-sep> - </span>"): a bar, where a dash
                        # alone would read as a date's or a name's
                    else:
                        if (tag == "span" and buf and (len(text) > 2 or len(text) == 2 and text.isdigit()) and (
                                text[:1].isupper() and (buf[-1][-1:].isalnum() or buf[-1][-1:] == ":")
                                or text[:1].isdigit() and (buf[-1][-1:].isdigit() and len(buf[-1]) > 1
                                                           or buf[-1][-1:].isalpha()))  # (a name, then a date)
                                and (before := el.getprevious()) is not None and before.tag == "span" and not before.tail
                                and ((el.get("class") or el.get("id")) and (before.get("class") or before.get("id"))
                                     or _FLEX_GAP.search(el.getparent().get("class") or ""))):
                            buf.append(" ")  # two fields in spans of their own classes, no space between in the markup
                            # ("<span class=x5q>… 3:45 CH</span><span class=x5r>Đã xem: 98</span>"; a label whose value
                            # the template left empty: "Tác giả:</span><span class=lbl>Lượt xem:"; a calendar badge's
                            # month and year, "<span class=month>Th11</span><span class=year>2023</span>"; ASP.NET's
                            # controls by their ids, "<span id=…lblNgay>, 16/02/2023</span><span id=…lblGio>09:47"; bare
                            # spans a utility class's flex gap sets apart, "<div class='flex gap-1'><span>08/11/2023</span>
                            # <span>14:05</span>"): set apart
                        buf.append(text)
                        if links or italic or bold:
                            self._count(text, links, italic, bold)
            else:
                frame = pop()
                _, ftag, is_block, prev_role, prev_align, is_link, is_italic, is_bold, atomic_row = frame
                if (is_block or atomic_row) and ftag != "br":
                    owners.pop()
                    if atomic_row or not self.atomic:
                        if buf:
                            flush(frame, role, align)
                        self.blank = True
                if atomic_row:
                    self.atomic -= 1
                links -= is_link
                italic -= is_italic
                bold -= is_bold
                role, align = prev_role, prev_align
                if (ftag in _FIELD_LABEL_TAGS and not is_block and buf and buf[-1][-1:].isalpha()
                        and (ftag == "label" and _next_text(el)[:1].isalnum() or (el.tail or "")[:1].isdigit())):
                    buf.append(": ")  # a field's label element run into its value ("<label>Lượt xem</label><span>342
                    # </span>", "<b>Ngày đăng</b>07/10/2024"): set apart as the page's style sheet shows it
                elif (ftag == "span" and buf and buf[-1][-1:].isalpha() and field_class(el.get("class") or "", "label")
                      and _next_text(el)[:1].isalnum()):
                    buf.append(": ")  # … or a span its class calls the field's label ("<span class=byline__label>Thực
                    # hiện</span><span class=byline__name>Hồ Quang Vinh</span>")
                elif (ftag == "i" and not el.text and len(el) == 0 and not el.attrib and buf and buf[-1][-1:].isdigit()
                      and (el.tail or "")[:1].isdigit()):
                    buf.append(" ")  # an empty icon between a date and its time ("07/10/2024<i></i>14:32")
                text = el.tail
                if text:
                    if self.atomic and ftag in block_tags:
                        buf.append(" ")
                    if text.isspace():
                        if buf:
                            buf.append(" ")
                    else:
                        if (ftag == "span" and buf and buf[-1][-1:].isalpha() and text.lstrip()[:1].isdigit()
                                and screen_reader_class(el.get("class") or "")):
                            buf.append(": ")  # a field's name for screen readers only, run into its value
                            # ("<span class=sr-only>Lượt xem</span>1.035"): "Lượt xem: 1.035"
                        buf.append(text)
                        if links or italic or bold:
                            self._count(text, links, italic, bold)

    def _count(self, text: str, links: int, italic: int, bold: int) -> None:
        n = len(text.strip())
        if links:
            self.link_chars += n
        if italic:
            self.italic_chars += n
        if bold:
            self.bold_chars += n

    def _flush(self, owner: tuple[Any, ...] | None, role: str | None, align: str) -> None:
        buf = self.buf
        raw = buf[0] if len(buf) == 1 else "".join(buf)
        buf.clear()
        links, italic, bold = self.link_chars, self.italic_chars, self.bold_chars
        self.link_chars = self.italic_chars = self.bold_chars = 0
        if "\xa0" in raw:  # NBSP kept: "Ã\xa0" is mojibake for "à" until the repair stage has seen it
            text = _ascii_ws(" ", raw).strip(" ")
        elif raw.isprintable() and "  " not in raw and raw[:1] != " " and raw[-1:] != " ":
            text = raw  # no whitespace but single spaces inside (" " is the only printable one)
        else:
            text = " ".join(raw.split())
        if not text:
            return
        n = max(len(text) - text.count(" "), 1)
        emphasis = ""
        if bold or italic:
            is_bold, is_italic = bold >= 0.9 * n, italic >= 0.9 * n
            emphasis = "bold italic" if is_bold and is_italic else "bold" if is_bold else "italic" if is_italic else ""
        if owner:
            tag, cls = owner[1], owner[0].get("class")
            cls = " ".join(cls.split()) if cls else ""
        else:
            tag = cls = ""
        self.blocks.append((text, tag, cls, align or "", role or "", _density(links, n), emphasis, self.image,
                            self.blank))
        self.image = False
        self.blank = True


# The chrome stylesheet. Elements the walk must treat specially are renamed into a namespace for
# the transform (the HTML parser makes no namespaced element, so no page can collide with them):
# templates chosen by name are hashed, while ``*[@attr]`` patterns cost a test on every element.
_NS = "urn:wardnews:walk"
_SKIP, _WALK, _KIND = f"{{{_NS}}}skip", f"{{{_NS}}}walk", f"{{{_NS}}}kind"
_CHROME_XSL = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:wn="%s">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="%s|wn:skip"/>
<xsl:template match="wn:walk"><xsl:text>&#10;&#xE000;</xsl:text><xsl:value-of select="@data-wn-walk"/>
<xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="wn:kind"><xsl:text>&#10;&#xE001;</xsl:text><xsl:value-of select="@data-wn-kind"/>
<xsl:text>&#10;</xsl:text><xsl:apply-templates/><xsl:text>&#10;&#xE002;&#10;</xsl:text></xsl:template>
<xsl:template match="br"><xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="svg|i[not(node())]"><xsl:text> </xsl:text></xsl:template>
<xsl:template match="i[not(node())][@title][string-length(@title) &lt; 40][following-sibling::node()[normalize-space()][1]
[translate(normalize-space(), '0123456789.,', '') = '']]" priority="1"><xsl:text> </xsl:text><xsl:value-of select="@title"/>
<xsl:text>: </xsl:text></xsl:template>
<xsl:template match="svg[EYE]|i[not(node())][EYE]" priority="2"><xsl:text> 👁 </xsl:text></xsl:template>
<xsl:template match="a[@href]"><xsl:text>&#xE003;</xsl:text><xsl:apply-templates/><xsl:text>&#xE004;</xsl:text>
</xsl:template>
<xsl:template match="%s"><xsl:text>&#10;</xsl:text><xsl:apply-templates/><xsl:text>&#10;</xsl:text></xsl:template>
</xsl:stylesheet>""" % (_NS, "|".join(sorted(_SKIP_TAGS - {"svg"})), "|".join(sorted(_BLOCK_TAGS)))
# (an inline icon, an <svg> or an empty <i>, parts the fields it stands between, "21/05<svg …view…/>318":
# the views' eye, by its class's name in icons.txt "@class", is drawn as the walk draws it; an icon named on hover
# before a bare count, its name as the count's label: "<i class=fa-user-clock title='Đang truy cập'></i> <span>57</span>")


@functools.lru_cache(maxsize=1)
def _chrome_lines() -> Any:
    from lxml import etree

    eye = " or ".join(f"contains(concat(@class, ' '), '-{name} ')" for name, glyph in _field_icons()[0].items()
                      if glyph == "👁")
    return etree.XSLT(etree.XML(_CHROME_XSL.replace("EYE", eye)))


def _density(linked: int, chars: int) -> float:
    """The share of a line's characters inside links, to three places (``round`` is the costly part
    of this, and most chrome lines are all links)."""
    if not linked:
        return 0.0
    return 1.0 if linked >= chars else round(linked / max(chars, 1), 3)


def quick_blocks(raw: list[Line]) -> list[Block]:
    """Blocks enough to judge a page a listing: text, role and link density only."""
    return [Block(i, line[0], role=line[4], link_density=line[5]) for i, line in enumerate(raw)]


# The text of each link in a chrome line: from its start marker to its end (or the next link).
_LINKED = re.compile("\ue003([^\ue003\ue004]*)").findall


def split_walk(top: Any, roles: dict[Any, str], marks: dict[Any, Mark], walker: Walker) -> list[Line]:
    """A recognised platform's page: the article's own elements get the full walk with every
    hint; the template chrome around them (four fifths of the elements; all of a list page) is cut
    into lines by a compiled XSLT in C, each line keeping its boilerplate kind and link density.
    The markers are private-use characters, which :func:`wardnews._htmlparse.parse_document`
    removes from pages; each starts a line of the XSLT output."""
    walk_roots: list[Any] = []
    renamed: list[tuple[Any, str]] = []
    # One template per element, as the stylesheet once chose among attribute patterns: a link
    # first, then a chrome kind, an article element (XSLT hands the outermost of nested ones to
    # the walk), a hidden element.
    for el, role in roles.items():
        if role in ARTICLE_ROLES:
            el.set("data-wn-walk", str(len(walk_roots)))
            walk_roots.append(el)
            new = _WALK
        else:
            el.set("data-wn-kind", role)
            new = _KIND
        if not (el.tag == "a" and el.get("href") is not None):
            renamed.append((el, el.tag))
            el.tag = new
    for el, mark in marks.items():
        if mark[0] and el not in roles and not (el.tag == "a" and el.get("href") is not None or el.tag == "svg"):
            renamed.append((el, el.tag))
            el.tag = _SKIP
    try:
        out = str(_chrome_lines()(top))
    finally:
        for el, tag in renamed:
            el.tag = tag
    blocks: list[Line] = []
    kinds: list[str] = []
    kind = ""
    walker.blocks = blocks
    for line in filter(str.strip, out.split("\n")):  # most lines are blank: whitespace between elements
        first = line[0]  # a marker starts its line (parse_document removes the characters from pages)
        if first == "\ue000":
            index = line[1:]  # checked: a character reference (&#xE000;) can still put one in the text
            if index.isascii() and index.isdecimal() and int(index) < len(walk_roots):
                walker.walk(walk_roots[int(index)])
            continue
        if first == "\ue001":
            kinds.append(kind := line[1:])
            continue
        if first == "\ue002":
            if kinds:
                kinds.pop()
                kind = kinds[-1] if kinds else ""
            continue
        linked = 0
        if "\ue003" in line:
            linked = sum(map(len, map(str.strip, _LINKED(line))))
            line = line.replace("\ue003", "").replace("\ue004", "")
        text = _ascii_ws(" ", line).strip(" ") if "\xa0" in line else " ".join(line.split())
        if text:
            blocks.append((text, "", "", "", kind, _density(linked, len(text) - text.count(" ")), "", False, True))
    return blocks


_CELL_BLOCKS = frozenset({"p", "div", "li", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "tr"})


def _atomic_row(tr: Any) -> bool:
    """A table row of two or more short cells, each one line, reads as one line: ``a | b | c``.
    A row whose cells hold several paragraphs is page layout (menu | article | sidebar)."""
    cells = [c for c in tr if isinstance(c.tag, str) and c.tag in ("td", "th")]
    if len(cells) < 2:
        return False
    full = 0
    size = 0
    for cell in cells:
        if sum(1 for el in cell.iter() if el.tag in _CELL_BLOCKS) > 1:
            return False
        text = text_of(cell)
        if text.strip():
            full += 1
            size += len(text)
    return full >= 2 and size <= 1000

