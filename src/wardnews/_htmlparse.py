"""Reading an HTML page: its tree, the text of an element, and the repair of its text lines.

One lxml parse of the page, handed over as UTF-8 bytes (which libxml2 reads as they are, where a
Python ``str`` must be converted first); BeautifulSoup only when lxml gives up on it. Legacy font
encodings (TCVN3, VNI) and mojibake are repaired here, in the page's text lines and its own title
fields, before anything is normalised (a TCVN3 "ư" is a soft hyphen) — never in the markup.
"""
from __future__ import annotations

import logging
import re
from bisect import bisect_right
from itertools import accumulate
from typing import Any

from . import _decode, _legacy
from .model import Notice

log = logging.getLogger(__name__)

# Private-use characters the split walk (wardnews._htmlwalk) uses as markers in the XSLT output;
# icon fonts use these code points too, so pages lose them before they are parsed.
MARKERS = "\ue000\ue001\ue002\ue003\ue004"
strip_markers = re.compile(f"[{MARKERS}]").sub
_MARKER_BYTES = b"\xee\x80"  # the UTF-8 lead of U+E000..U+E03F: a cheap test before the exact one
_XML_DECL = re.compile(r"\s*<\?xml[^>]*>", re.IGNORECASE)

suspicious = _legacy._SUSPECT.search  # the legacy-encoding pre-check (a stdlib character class)
_FONT_CODES = frozenset({"encoding.vni", "encoding.tcvn"})
# The best conversion there could be: a line no conversion could be judged confident about, even
# to this, is one the repair stage leaves alone (see _clean).
_IDEAL = _legacy.Score(valid=1 << 30, invalid=0, junk=0, words=1 << 30)
_SAMPLE_LIMIT = _legacy.SAMPLE_LIMIT  # _legacy judges at most this much; longer pages skip the shortcut


_WAYBACK_BEGIN = "<!-- BEGIN WAYBACK TOOLBAR INSERT -->"
_WAYBACK_TOOLBAR = re.compile(r"<!-- BEGIN WAYBACK TOOLBAR INSERT -->.{0,200000}?<!-- END WAYBACK TOOLBAR INSERT -->", re.S)


def parse_document(html: str) -> Any:
    """An lxml tree of the page: lxml's HTML parser, BeautifulSoup where lxml gives up."""
    from lxml import etree

    decl = _XML_DECL.match(html)
    if decl:
        html = html[decl.end():]
    if _WAYBACK_BEGIN in html and (toolbar := _WAYBACK_TOOLBAR.search(html)):
        html = html[:toolbar.start()] + html[toolbar.end():]  # the Wayback Machine's toolbar over an archived copy: its
        # own markup, dropped before parsing (an element it leaves open would swallow the page)
    data = _utf8(html)
    if (not data or _MARKER_BYTES in data) and any(m in html for m in MARKERS):
        html = strip_markers("", html)
        data = _utf8(html)
    try:
        if data and not html.startswith("<?xml"):
            root = etree.fromstring(data, _parser("utf-8"))
        else:  # lone surrogates, or a second declaration: lxml reads (or refuses) the str itself
            root = etree.fromstring(html, _parser(None))
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None or not len(root):
        try:
            from lxml.html import soupparser

            root = soupparser.fromstring(html)
            etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        except Exception:  # bs4 missing or the page is not markup at all
            log.debug("BeautifulSoup could not read the page either", exc_info=True)
            root = etree.fromstring("<html><body></body></html>", _parser(None))
    if "<noscript" in html:
        _noscript_article(root)
    if "data-to-value" in html:
        _counted_up(root)
    if 'aria-label="' in html and _LABELLED_COUNT.search(html):
        _drawn_counts(root)
    if "content:" in html and "before" in html:
        _generated_labels(root)
    return root


# A style rule that prints a label before an element of a class ("li.dang-xem::before{content:"Đang truy cập: "}",
# ".tt-ngay::before{content:"\f073  Ngày đăng: "}", an icon font's glyph escaped first): the class, the label.
_GENERATED_LABEL = re.compile(r"\.([\w-]{1,80})\s*::?before\s*\{[^{}]{0,300}?content\s*:\s*\"([^\"{}]{1,120})\"")
_CSS_ESCAPE = re.compile(r"\\[0-9a-fA-F]{1,6}\s?")
_STYLE_READ = 200_000  # characters of a page's style element read, at most
_GENERATED_RULES = 40  # such rules read, at most


def _generated_labels(root: Any) -> None:
    """The labels the page's style sheet prints before its fields, put into the text where the eye reads them:
    the fields' values alone in the markup ("<span class=tt-xem>1.046</span>") are read with their names. Only a
    label with a letter in it (an icon's glyph alone says nothing here)."""
    from lxml import etree

    rules = []
    for sheet in root.iter("style"):
        text = (sheet.text or "")[:_STYLE_READ]
        if "before" in text:
            rules += _GENERATED_LABEL.findall(text)
    for name, content in rules[:_GENERATED_RULES]:
        label = _CSS_ESCAPE.sub("", content).lstrip()
        if not any(ch.isalpha() for ch in label):
            continue
        named = etree.XPath(f"descendant-or-self::*[contains(concat(' ', normalize-space(@class), ' '), ' {name} ')]")
        for el in named(root):  # (compiled here, not cached: a page's own class names)
            el.text = label + (el.text or "")


_LABELLED_COUNT = re.compile(r'aria-label="\d')  # (a C-level scan before the tree is walked)
_BARE_COUNT_LABEL = re.compile(r"\d{1,3}(?:[.,]\d{3})++|\d{1,12}")


def _drawn_counts(root: Any) -> None:
    """A count the style sheet draws from attributes, a digit a cell, nothing in the text ("<div class=odo
    aria-label=2518734><span class=d data-d=2></span>…</div>", each cell's "::after{content:attr(data-d)}"): the
    number it tells screen readers, as the eye reads it."""
    from ._css import xpath

    for el in xpath("descendant-or-self::*[@aria-label][not(normalize-space())]")(root):
        label = (el.get("aria-label") or "").strip()
        if _BARE_COUNT_LABEL.fullmatch(label) and el.tag not in ("img", "input", "svg"):
            el.text = label


def _counted_up(root: Any) -> None:
    """A counter a script counts up from zero when it scrolls into view ("<span class=elementor-counter-number
    data-to-value=2563108 data-from-value=0>0</span>", Elementor's): the value it counts to, as a reader sees it."""
    from ._css import xpath

    for el in xpath("descendant-or-self::*[@data-to-value]")(root):
        target = (el.get("data-to-value") or "").strip()
        if len(el) == 0 and target.isdecimal() and (el.text or "").strip() == (el.get("data-from-value") or "0").strip():
            el.text = target


def _noscript_article(root: Any) -> None:
    """A script-built page saved before its script ran, its article only in the fallback for readers with no
    script ("<noscript>… <h1>…</h1><p>…</p> …</noscript>" over "<div id=app>Đang tải nội dung…</div>"): the
    fallback read as the page. Only where a paragraph or two at most outside it hold text."""
    fallbacks = [ns for ns in root.iter("noscript")
                 if sum(len("".join(p.itertext())) >= _NOSCRIPT_PARAGRAPH for p in ns.iter("p")) >= _NOSCRIPT_PARAGRAPHS]
    if not fallbacks:
        return
    outside = 0  # (the footer's lines may be paragraphs: "© Trang thông tin … Cơ quan chủ quản: …")
    for p in root.iter("p"):
        if len("".join(p.itertext())) >= _NOSCRIPT_PARAGRAPH and not any(a.tag == "noscript" for a in p.iterancestors()):
            outside += 1
            if outside >= _NOSCRIPT_PARAGRAPHS:
                return
    for ns in fallbacks:
        ns.tag = "div"


_NOSCRIPT_PARAGRAPH = 80  # characters: a paragraph of text
_NOSCRIPT_PARAGRAPHS = 3  # such paragraphs in a fallback that holds the article, at least


def _utf8(html: str) -> bytes:
    try:
        return html.encode("utf-8")
    except UnicodeEncodeError:
        return b""


def _parser(encoding: str | None) -> Any:
    """A parser per call (they cost a microsecond, and are not to be shared between threads)."""
    from lxml import etree

    return etree.HTMLParser(remove_comments=True, remove_pis=True, default_doctype=False, collect_ids=False,
                            encoding=encoding)  # no ID table: nothing here looks elements up with id()


def text_of(el: Any) -> str:
    """The text inside an element (its tail excluded)."""
    from lxml import etree

    text: str = etree.tostring(el, method="text", encoding="unicode", with_tail=False)
    return text


def repair_lines(lines: list[str]) -> tuple[list[str], list[Notice]]:
    """Lines repaired from legacy encodings or mojibake (:func:`wardnews._decode.repair_text`).

    Only the lines that could hold such letters go to the detector, together, so it judges the
    page; a clean page with a "®" in its footer costs one short line, not the document."""
    picked = _suspicious_lines(lines)
    if not picked or _clean(lines, picked):
        return lines, []
    fixed, notes = _decode.repair_text("\n".join(lines[i] for i in picked))
    if notes and len(picked) < len(lines) and any(n.code in _FONT_CODES for n in notes):
        # A legacy font page: its other lines are in that font too, if less visibly ("Tin lieân
        # quan" has no telltale letter); the detector now judges the whole text.
        picked = list(range(len(lines)))
        fixed, notes = _decode.repair_text("\n".join(lines))
    parts = fixed.split("\n")
    if not notes or len(parts) != len(picked):
        return lines, []
    out = list(lines)
    for i, part in zip(picked, parts):
        out[i] = part
    return out, list(notes)


def _suspicious_lines(lines: list[str]) -> list[int]:
    """Indices of the lines with a suspicious character: one scan of the page's text, not one per
    line (a clean page has one such line, or none)."""
    text = "\n".join(lines)
    found = suspicious(text)
    if found is None:
        return []
    starts = list(accumulate(map((1).__add__, map(len, lines)), initial=0))  # where each line starts
    picked = []
    while found is not None:
        i = bisect_right(starts, found.start()) - 1
        picked.append(i)
        found = suspicious(text, starts[i + 1])
    return picked


def _clean(lines: list[str], picked: list[int]) -> bool:
    """The repair stage would leave these lines alone: they read as Vietnamese already.

    The repair converts only when :func:`wardnews._legacy.confident` says the converted text reads
    better — first for the page (the picked lines together), then line by line, strictly — and that
    needs the text *before* to read badly. A clean page's "® Ghi rõ nguồn: …" footer fails that
    test for any conversion, so the scores of the lines as they are (one pass) settle it, without
    trying three conversions of each. (Scores add up over lines: words never span one.)"""
    if sum(len(lines[i]) + 1 for i in picked) > _SAMPLE_LIMIT:
        return False
    valid = invalid = junk = words = 0
    for i in picked:
        for line in lines[i].split("\n"):
            s = _legacy.score(line)
            if _legacy.confident(s, _IDEAL, strict=True):
                return False
            valid, invalid, junk, words = valid + s.valid, invalid + s.invalid, junk + s.junk, words + s.words
    return not _legacy.confident(_legacy.Score(valid, invalid, junk, words), _IDEAL)
