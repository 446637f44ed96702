"""The HTML segmenter: a DOM → blocks that keep their hints, and the page's metadata evidence.

One pipeline, two segmenters. This one walks the DOM once (lxml; BeautifulSoup only when lxml
cannot read the page) and emits one :class:`~wardnews.model.Block` per paragraph, heading, list
item or table row, with the hints the *same* labelling stage as text reads: tag, class,
alignment, emphasis, link density, whether an image comes right before it and, on a recognised
platform, the role its template gives it (title, date, lead, body, caption, boilerplate).
Platforms are data (``data/platforms.json``); every other page takes the generic path: chrome
by element, class tokens and link density, the rest left to the vocabulary rules.

Selectors: :mod:`wardnews._css`; metadata evidence (title, dates, author field):
:mod:`wardnews._htmlmeta`.
"""
from __future__ import annotations

import functools
import json
import logging
import re
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from . import _dates, _decode, _htmlmeta, _normalize
from ._css import DomIndex, xpath, compile_selector
from ._legacy import _SUSPECT
from ._normalize import fold
from ._vocab import Vocabulary
from .model import Block, Evidence, Notice

log = logging.getLogger(__name__)

# The legacy-encoding pre-check as a stdlib pattern: a plain character class, scanned far faster.
suspicious = re.compile(_SUSPECT.pattern).search
# Whitespace collapsing before the repair stage leaves NBSP alone (see _Walker._flush).
_ascii_ws = re.compile(r"[ \t\n\r\f\v]+").sub

# Roles a platform selector (or the generic rules) can give an element.
BOILERPLATE_ROLES = frozenset({"navigation", "related", "share", "footer", "counter", "gallery", "other"})
FIELD_ROLES = ("title", "date", "lead", "author_meta")  # first match only
CHROME = "chrome"  # outside the article on a recognised article page: boilerplate, kind from vocabulary

_BLOCK_TAGS = frozenset(
    "address article aside blockquote body center dd details dialog div dl dt fieldset figcaption figure "
    "footer form h1 h2 h3 h4 h5 h6 header hgroup hr li main nav ol p pre section summary table tbody thead "
    "tfoot tr td th caption ul legend menu".split()
)
_SKIP_TAGS = frozenset(
    "script style noscript template svg iframe object embed select option optgroup button input textarea "
    "canvas map audio video source track head title meta link base".split()
)
_HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
_ITALIC_TAGS = frozenset({"i", "em", "cite"})
_BOLD_TAGS = frozenset({"b", "strong"})
_HIDDEN_STYLE = regex.compile(r"(?i)display\s*:\s*none|visibility\s*:\s*hidden")
_ALIGN_STYLE = regex.compile(r"(?i)text-align\s*:\s*(left|right|center|justify)")
_ITALIC_STYLE = regex.compile(r"(?i)font-style\s*:\s*italic")
_BOLD_STYLE = regex.compile(r"(?i)font-weight\s*:\s*(?:bold|[6-9]00)")
_ICON_SRC = regex.compile(r"(?i)spacer|sprite|icon|blank\.gif|pixel|logo")
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]*>", regex.I)
_CONTINUES_END = regex.compile(r"[.!?…:;”\"')\]]\s*$")
_STARTS_LOWER = regex.compile(r"^\s*\p{Ll}")


# ---------------------------------------------------------------------------------------------
# Platform profiles (data) and a small CSS-to-XPath compiler, cached.

@dataclass(frozen=True, slots=True)
class Profile:
    """One platform: how to recognise it and where its template puts each part of an article."""

    name: str
    url: tuple[regex.Pattern[str], ...]
    markup: tuple[str, ...]
    source: tuple[str, ...]
    min_score: int
    article: tuple[str, ...]
    listing: tuple[str, ...]
    listing_url: tuple[regex.Pattern[str], ...]
    roles: tuple[tuple[str, tuple[str, ...]], ...]


@dataclass(frozen=True, slots=True)
class Generic:
    """What every page gets, recognised or not."""

    chrome_kinds: dict[str, str]
    captions: tuple[str, ...]
    meta_dates: tuple[tuple[str, str], ...]
    meta_titles: tuple[str, ...]
    meta_authors: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """What the HTML segmenter hands on: blocks, their text (for offsets) and the evidence."""

    blocks: tuple[Block, ...]
    text: str
    evidence: Evidence
    repairs: tuple[str, ...] = ()


@functools.lru_cache(maxsize=1)
def load_profiles() -> tuple[tuple[Profile, ...], Generic]:
    """Read ``data/platforms.json`` once; every selector is compiled here, so a bad one fails early."""
    data = json.loads(resources.files("wardnews").joinpath("data/platforms.json").read_text("utf-8"))
    profiles = []
    for p in data["platforms"]:
        rec = p["recognise"]
        roles = tuple((role, tuple(alts)) for role, alts in p["roles"].items())
        for _, alts in roles:
            for sel in alts:
                compile_selector(sel)
        for sel in (*rec.get("markup", ()), *p.get("article", ()), *p.get("listing", ())):
            compile_selector(sel)
        profiles.append(Profile(
            name=p["name"],
            url=tuple(regex.compile(u, regex.I) for u in rec.get("url", ())),
            markup=tuple(rec.get("markup", ())),
            source=tuple(rec.get("source", ())),
            min_score=int(rec.get("min_score", 2)),
            article=tuple(p.get("article", ())),
            listing=tuple(p.get("listing", ())),
            listing_url=tuple(regex.compile(u, regex.I) for u in p.get("listing_url", ())),
            roles=roles,
        ))
    g = data["generic"]
    kinds: dict[str, str] = {}
    for kind, tokens in g["chrome_tokens"].items():
        for t in tokens:
            kinds[t.lower()] = kind
    for sel in g["captions"]:
        compile_selector(sel)
    generic = Generic(
        chrome_kinds=kinds,
        captions=tuple(g["captions"]),
        meta_dates=tuple((k.lower(), v) for k, v in g["meta_dates"]),
        meta_titles=tuple(k.lower() for k in g["meta_titles"]),
        meta_authors=tuple(k.lower() for k in g["meta_authors"]),
    )
    return tuple(profiles), generic


# ---------------------------------------------------------------------------------------------
# Parsing.

def parse_document(html: str) -> Any:
    """An lxml tree of the page: lxml's HTML parser, BeautifulSoup where lxml gives up."""
    from lxml import etree

    html = _XML_DECL.sub("", html, count=1)
    if _PUA_MARKS(html):  # the split walk's markers (icon fonts use these code points too)
        html = _PUA.sub("", html)
    parser = etree.HTMLParser(remove_comments=True, remove_pis=True, default_doctype=False)
    try:
        root = etree.fromstring(html, parser)
    except (etree.ParserError, etree.XMLSyntaxError, ValueError):
        root = None
    if root is None or not len(root):
        try:
            from lxml.html import soupparser

            root = soupparser.fromstring(html)
            etree.strip_elements(root, etree.Comment, etree.ProcessingInstruction, with_tail=False)
        except Exception:  # bs4 missing or the page is not markup at all
            log.debug("BeautifulSoup could not read the page either", exc_info=True)
            root = etree.fromstring("<html><body></body></html>", parser)
    return root


def text_of(el: Any) -> str:
    """The text inside an element (its tail excluded)."""
    from lxml import etree

    return etree.tostring(el, method="text", encoding="unicode", with_tail=False)


# ---------------------------------------------------------------------------------------------
# The segmenter.

def segment_html(html: str, *, url: str | None, vocab: Vocabulary) -> HtmlPage:
    """Blocks with hints and the page's evidence (see the module docstring)."""
    profiles, generic = load_profiles()
    root = parse_document(html)
    meta = _htmlmeta.read_meta(root)
    ld = _htmlmeta.read_jsonld(root)
    raw_title = _collapse(root.findtext(".//title") or "")
    dom = DomIndex(root)

    profile = recognise(dom, html, url, profiles)
    roles: dict[Any, str] = {}
    is_article = False
    listing = False
    if profile is not None:
        is_article = any(dom.select(s, ordered=False) for s in profile.article)
        if is_article:
            _platform_roles(dom, profile, roles)
            is_article = any(r in ("title", "body") for r in roles.values())
        else:
            listing = (sum(len(dom.select(s, ordered=False)) for s in profile.listing) >= 3
                       or any(p.search(url or "") for p in profile.listing_url))
    for sel in generic.captions:
        for el in dom.select(sel, ordered=False):
            roles.setdefault(el, "caption")

    body = root.find("body")
    top = body if body is not None else root
    # A recognised platform's pages are cut by the split walk (XSLT for the chrome); a page of no
    # known platform, or a recognised page that is neither an article nor a list, gets the full
    # walk with generic chrome detection.
    marks = _marks(dom, roles, generic, generic_chrome=profile is None, top=top)
    raw_blocks = None
    if profile is not None:
        raw_blocks = _split_walk(top, roles, marks, _Walker(marks))
        if not (is_article or listing):
            if _looks_like_listing(_quick_blocks(raw_blocks)):
                listing = True  # a recognised platform's home page: its chrome lines are all there is
            else:
                marks = _marks(dom, roles, generic, generic_chrome=True, top=top)
                raw_blocks = None
    if raw_blocks is None:
        walker = _Walker(marks)
        walker.walk(top)
        raw_blocks = walker.blocks

    blocks: list[Block] = []
    offset = 0
    # Legacy font encodings and mojibake first, before any normalising (a TCVN3 "ư" is a soft
    # hyphen, which normalising would remove): the page's text and its own title fields, judged
    # together, never the markup.
    title_keys = [k for k in generic.meta_titles if meta.get(k)]
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    extras = [raw_title, *(meta[k] for k in title_keys), *([headline] if headline else [])]
    fixed, repaired = _repair_lines([line for line, _ in raw_blocks] + extras)
    lines = fixed[:len(raw_blocks)]
    if repaired:
        raw_title, rest = fixed[len(raw_blocks)], fixed[len(raw_blocks) + 1:]
        meta = {**meta, **dict(zip(title_keys, rest))}
        if headline:
            ld = {**ld, "headline": rest[-1]}
    joined, done = _normalize.normalize_text("\n".join(lines))
    if len(split := joined.split("\n")) == len(lines):  # one call for the page; per block if it dropped lines
        lines, repairs = split, set(done)
    else:
        normalised = [_normalize.normalize_text(line) for line in lines]
        lines = [line for line, _ in normalised]
        repairs = {r for _, rs in normalised for r in rs}
    for line, (_, hints) in zip(lines, raw_blocks):
        role = hints["role"] or (CHROME if is_article or listing else "")  # a list page is all chrome
        text = _collapse(line) if "  " in line or line[:1] == " " or line[-1:] == " " else line
        if not text:
            continue
        prev = blocks[-1] if blocks else None
        if (prev is not None and not hints["blank"] and prev.tag == hints["tag"] and prev.role == role
                and len(prev.text) >= 50 and not _CONTINUES_END.search(prev.text) and _STARTS_LOWER.match(text)):
            # Lines split by <br> inside one paragraph that run on in lower case are one paragraph.
            joined = f"{prev.text} {text}"
            links = round((prev.link_density * len(prev.text) + hints["links"] * len(text)) / len(joined), 3)
            blocks[-1] = Block(prev.index, joined, prev.start, prev.start + len(joined), 0, prev.blank_before,
                               prev.tag, prev.cls, prev.align, role=role, link_density=links,
                               emphasis=prev.emphasis if prev.emphasis == hints["emphasis"] else "",
                               near_image=prev.near_image)
            offset = prev.start + len(joined) + 1
            continue
        start = offset
        offset += len(text) + 1
        blocks.append(Block(len(blocks), text, start, start + len(text), 0, hints["blank"], hints["tag"],
                            hints["cls"], hints["align"], role=role, link_density=hints["links"],
                            emphasis=hints["emphasis"], near_image=hints["image"]))

    pat = _dates.patterns(vocab)
    notices: list[Notice] = list(repaired)
    titles = _htmlmeta.title_candidates(meta, ld, raw_title, generic, vocab)
    if not any(b.role == "title" for b in blocks):
        blocks = _mark_title(blocks, titles)
    if not is_article and not listing:
        listing = _looks_like_listing(blocks)
        if listing:
            blocks = [b if b.role else replace_role(b, CHROME) for b in blocks]
    dates = _htmlmeta.evidence_dates(blocks, meta, ld, root, generic, pat)
    meta_author = _htmlmeta.meta_author(blocks, meta, ld, generic, vocab, notices)
    text = "\n".join(b.text for b in blocks)
    evidence = Evidence(  # decode/repair notices travel with the evidence
        platform=profile.name if profile else None,
        title=titles[0] if titles else None,
        dates=tuple(dates),
        not_article=listing,
        lead_slot=bool(profile and is_article and any(r == "lead" for r, _ in profile.roles)),
        meta_author=meta_author,
        notices=tuple(notices),
    )
    return HtmlPage(tuple(blocks), text, evidence, tuple(sorted(repairs)))


def recognise(dom: DomIndex, html: str, url: str | None, profiles: tuple[Profile, ...]) -> Profile | None:
    """The platform whose URL patterns and markup fingerprints the page shows best, if any."""
    best, best_score = None, 0
    for p in profiles:
        score = 2 * sum(1 for u in p.url if url and u.search(url))
        for sel in p.markup:  # cheap: selectors start from the class/id index
            if score >= p.min_score + 2:
                break
            if sel.startswith("[") and score == 0:
                continue  # an attribute scan, for a page that showed nothing of this platform yet
            if dom.select(sel, ordered=False):
                score += 1
        for needle in p.source:  # a scan of the whole page: only while in doubt, and not for nothing
            if score >= p.min_score + 2 or score == 0:
                break
            score += needle in html
        if score >= p.min_score and score > best_score:
            best, best_score = p, score
    return best


def _platform_roles(dom: DomIndex, profile: Profile, roles: dict[Any, str]) -> None:
    """Give the elements the platform's selectors find their roles; the first alternative wins."""
    for role, alternatives in profile.roles:
        for sel in alternatives:
            found = [el for el in dom.select(sel, ordered=role in FIELD_ROLES) if _has_text(el)]
            if not found:
                continue
            if role in FIELD_ROLES:
                found = found[:1]
            for el in found:
                roles.setdefault(el, role)
            break


def _has_text(el: Any) -> bool:
    head = el.text
    return bool(head and not head.isspace()) or bool(text_of(el).strip())


# An article paragraph inside: a <p> of 300+ characters, or a <div> holding that much text itself.
_PROSE_INSIDE = ("boolean(.//p[string-length(normalize-space(.)) > 300] "
                 "| .//div[string-length(normalize-space(text())) > 300])")
_HIDDEN_XPATH = ("//*[@hidden or @aria-hidden or @style[contains(., 'none') or contains(., 'hidden') "
                 "or contains(., 'NONE') or contains(., 'HIDDEN')]]")
_HIDDEN_TOKENS = ("hidden", "hide", "sr-only", "visually-hidden", "hide-accessible", "d-none", "invisible")
# A mark: (skip, role, align, italic, bold) for the few elements that carry any of them.
Mark = tuple[bool, "str | None", "str | None", bool, bool]


def _marks(dom: DomIndex, roles: dict[Any, str], generic: Generic, *, generic_chrome: bool,
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

    for token in _HIDDEN_TOKENS:
        for el in dom.by_class.get(token, ()):
            mark(el)[0] = True
    for el in xpath(_HIDDEN_XPATH)(root):
        if el.get("hidden") is not None or el.get("aria-hidden") == "true" or _HIDDEN_STYLE.search(
                el.get("style") or ""):
            mark(el)[0] = True
    # Alignment and emphasis matter where the full walk goes: the whole page, or on a recognised
    # article page only the article's own elements (its chrome is cut into lines by XSLT).
    scopes = [root] if generic_chrome else [el for el, r in roles.items() if r in ARTICLE_ROLES and r != "caption"]
    for scope in scopes:
        for el in xpath("descendant-or-self::*[@style or @align]")(scope):
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


def _generic_chrome(dom: DomIndex, roles: dict[Any, str], generic: Generic, top: Any, mark: Any) -> None:
    """Chrome on a page of no known platform: nav/aside elements, class/id tokens ("menu-left")."""
    root = dom.root
    protected = {anc for el, role in roles.items() if role in ("title", "body", "lead", "date")
                 for anc in el.iterancestors()}
    chrome: dict[Any, str] = {}
    for el in root.iter("nav", "aside"):
        chrome[el] = "navigation" if el.tag == "nav" else "other"
    for table in (dom.by_class, dom.by_id):
        for key, els in table.items():
            kind = _chrome_kind(key, generic)
            if kind:
                for el in els:
                    chrome.setdefault(el, kind)
    page_text = len(text_of(top)) if chrome else 0
    for el, kind in chrome.items():
        if el in protected or el in roles:
            continue
        if len(text_of(el)) > 0.4 * page_text or xpath(_PROSE_INSIDE)(el):
            continue  # a wrapper that holds the page or its article, whatever its class says
        roles[el] = kind
        mark(el)[1] = kind


def _chrome_kind(key: str, generic: Generic) -> str | None:
    """The boilerplate kind a class or id token names ("menu-left" → navigation), if any."""
    kinds = generic.chrome_kinds
    for part in key.lower().replace("-", " ").replace("_", " ").split():
        kind = kinds.get(part)
        if kind:
            return kind
    return None


class _Walker:
    """One pass over the DOM: text pieces gathered per block element, hints kept beside them."""

    def __init__(self, marks: dict[Any, Mark]) -> None:
        self.marks = marks
        self.blocks: list[tuple[str, dict[str, Any]]] = []
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
        block_tags, skip_tags, italic_tags, bold_tags = _BLOCK_TAGS, _SKIP_TAGS, _ITALIC_TAGS, _BOLD_TAGS
        walker = etree.iterwalk(top, events=("start", "end"))
        for event, el in walker:
            tag = el.tag
            if tag.__class__ is not str:
                tag = ""
            if event == "start":
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
                atomic_row = tag == "tr" and not self.atomic and _atomic_row(el)
                is_block = tag in block_tags or own_role is not None or tag == "br"
                if self.atomic and not atomic_row:
                    if tag == "td" or tag == "th":
                        if buf and "".join(buf).strip():
                            buf.append(" | ")
                    elif is_block:
                        buf.append(" ")
                    is_block = False
                elif is_block:
                    if buf:
                        flush(owners[-1] if owners else None, role, align if mark is None or mark[2] is None
                              else align_before)
                    if tag == "br":
                        self.blank = False
                if tag == "img" and not _ICON_SRC.search(el.get("src") or ""):
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
                if text:
                    if text.isspace():
                        if buf:
                            buf.append(" ")
                    else:
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
                text = el.tail
                if text:
                    if self.atomic and ftag in block_tags:
                        buf.append(" ")
                    if text.isspace():
                        if buf:
                            buf.append(" ")
                    else:
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
        raw = "".join(self.buf)
        self.buf.clear()
        links, italic, bold = self.link_chars, self.italic_chars, self.bold_chars
        self.link_chars = self.italic_chars = self.bold_chars = 0
        # NBSP kept: "Ã\xa0" is mojibake for "à" until the repair stage has seen it.
        text = _ascii_ws(" ", raw).strip(" ") if "\xa0" in raw else " ".join(raw.split())
        if not text:
            return
        n = max(len(text) - text.count(" "), 1)
        emphasis = " ".join(e for e, c in (("bold", bold), ("italic", italic)) if c >= 0.9 * n)
        hints = {
            "tag": owner[1] if owner else "", "cls": " ".join((owner[0].get("class") or "").split()) if owner else "",
            "align": align or "", "role": role or "", "links": round(min(links / n, 1.0), 3),
            "emphasis": emphasis, "image": self.image, "blank": self.blank,
        }
        self.image = False
        self.blank = True
        self.blocks.append((text, hints))


ARTICLE_ROLES = frozenset({"title", "date", "lead", "body", "caption", "author_meta"})
_PUA = regex.compile("[\ue000-\ue004]")
_PUA_MARKS = re.compile("[\ue000-\ue004]").search
_CHROME_XSL = """<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
<xsl:output method="text" encoding="UTF-8"/>
<xsl:template match="script|style|noscript|template|svg|iframe|object|embed|select|option|optgroup|button|input|
textarea|canvas|map|audio|video|head|title|*[@data-wn-skip]"/>
<xsl:template match="*[@data-wn-walk]"><xsl:text>&#10;&#xE000;</xsl:text><xsl:value-of select="@data-wn-walk"/>
<xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="*[@data-wn-kind]"><xsl:text>&#10;&#xE001;</xsl:text><xsl:value-of select="@data-wn-kind"/>
<xsl:text>&#10;</xsl:text><xsl:apply-templates/><xsl:text>&#10;&#xE002;&#10;</xsl:text></xsl:template>
<xsl:template match="br"><xsl:text>&#10;</xsl:text></xsl:template>
<xsl:template match="a[@href]"><xsl:text>&#xE003;</xsl:text><xsl:apply-templates/><xsl:text>&#xE004;</xsl:text>
</xsl:template>
<xsl:template match="%s"><xsl:text>&#10;</xsl:text><xsl:apply-templates/><xsl:text>&#10;</xsl:text></xsl:template>
</xsl:stylesheet>""" % "|".join(sorted(_BLOCK_TAGS))


@functools.lru_cache(maxsize=1)
def _chrome_lines() -> Any:
    from lxml import etree

    return etree.XSLT(etree.XML(_CHROME_XSL))


_FONT_CODES = frozenset({"encoding.vni", "encoding.tcvn"})


def _repair_lines(lines: list[str]) -> tuple[list[str], list[Notice]]:
    """Lines repaired from legacy encodings or mojibake (:func:`wardnews._decode.repair_text`).

    Only the lines that could hold such letters go to the detector, together, so it judges the
    page; a clean page with a "®" in its footer costs one short line, not the document."""
    picked = [i for i, line in enumerate(lines) if suspicious(line)]
    if not picked:
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


def _quick_blocks(raw: list[Any]) -> list[Block]:
    """Blocks enough to judge a page a listing: text, role and link density only."""
    return [Block(i, text, role=hints["role"], link_density=hints["links"]) for i, (text, hints) in enumerate(raw)]


def _split_walk(top: Any, roles: dict[Any, str], marks: dict[Any, Mark], walker: _Walker) -> list[Any]:
    """A recognised platform's page: the article's own elements get the full walk with every
    hint; the template chrome around them (four fifths of the elements; all of a list page) is cut
    into lines by a compiled XSLT in C, each line keeping its boilerplate kind and link density.
    The markers are private-use characters, which :func:`parse_document` removes from pages."""
    walk_roots: list[Any] = []
    for el, role in roles.items():  # XSLT hands the outermost of nested ones to the walk
        if role in ARTICLE_ROLES:
            el.set("data-wn-walk", str(len(walk_roots)))
            walk_roots.append(el)
    for el, role in roles.items():
        if role not in ARTICLE_ROLES and el.get("data-wn-walk") is None:
            el.set("data-wn-kind", role)
    for el, mark in marks.items():
        if mark[0]:
            el.set("data-wn-skip", "")
    out = str(_chrome_lines()(top))
    blocks: list[Any] = []
    kinds: list[str] = []
    for line in out.split("\n"):
        if not line or line.isspace():
            continue
        first = line[0] if line[0] > "\udfff" else line.lstrip()[:1]
        if first == "\ue000":
            walker.blocks = blocks
            walker.walk(walk_roots[int(line.strip()[1:])])
            continue
        if first == "\ue001":
            kinds.append(line.strip()[1:])
            continue
        if first == "\ue002":
            if kinds:
                kinds.pop()
            continue
        if "\ue003" in line:
            linked = sum(len(part.split("\ue004", 1)[0].strip()) for part in line.split("\ue003")[1:])
            line = _PUA.sub("", line)
        else:
            linked = 0
        text = _ascii_ws(" ", line).strip(" ") if "\xa0" in line else " ".join(line.split())
        if not text:
            continue
        n = max(len(text) - text.count(" "), 1)
        blocks.append((text, {"tag": "", "cls": "", "align": "", "role": kinds[-1] if kinds else "",
                              "links": round(min(linked / n, 1.0), 3), "emphasis": "", "image": False,
                              "blank": True}))
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


def _collapse(text: str) -> str:
    return " ".join(text.split())


# ---------------------------------------------------------------------------------------------
# Title.

def _mark_title(blocks: list[Block], titles: list[str]) -> list[Block]:
    """The block that prints the page's own title gets the title role (headings first)."""
    if not titles:
        return blocks
    keys = [regex.sub(r"[\W_]+", "", fold(t)) for t in titles]
    best = None
    for b in blocks:
        if b.role not in ("", CHROME) or len(b.text) > 300 or b.link_density > 0.5:
            continue
        key = regex.sub(r"[\W_]+", "", fold(b.text))
        if not key or len(key) < 8:
            continue
        if any(key == k for k in keys):
            if b.tag in _HEADINGS:
                best = b
                break
            if best is None:
                best = b
    if best is None:
        return blocks
    return [replace_role(b, "title") if b is best else b for b in blocks]


def replace_role(b: Block, role: str) -> Block:
    from dataclasses import replace

    return replace(b, role=role)


# ---------------------------------------------------------------------------------------------
# Not an article.

def _looks_like_listing(blocks: list[Block]) -> bool:
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


