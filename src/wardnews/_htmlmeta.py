"""What an HTML page says about itself outside its text: title, dates, author field.

Evidence from most to least reliable: the platform's date field, ``<meta>`` (article:*, og:*,
dc.*), ``<time datetime>``, JSON-LD; machine dates are converted to Vietnamese time. The
``<title>`` loses its site and category segments (words in ``data/vi/sitenames.txt``). An
author field holding a CMS account (``data/vi/accounts.txt``) is no author: a warning instead.
"""
from __future__ import annotations

import datetime as dt
import json
from typing import TYPE_CHECKING, Any

import regex

from . import _dates, _normalize
from ._css import xpath
from ._htmlplatform import field_class, load_profiles
from ._lineshapes import section_name, site_banner
from ._normalize import collapse, fold
from ._vocab import Vocabulary, boilerplate_kind
from .model import CHROME_ROLE, Block, DateInfo, Notice

if TYPE_CHECKING:
    from ._htmlplatform import Generic

_TITLE_SEP = regex.compile(r"\s+(?:[-|–—»]|::)\s+|(?<=[^\W_])_(?=[^\W_\d])")  # (or an underscore between words: "…2024_Đảng bộ xã …")
_ISO = regex.compile(
    r"^\s*(?P<y>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"
    r"(?:[T\s](?P<H>\d{1,2}):(?P<Mi>\d{2})(?::(?P<S>\d{2}))?(?:[.,]\d+)?\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_MAX_JSONLD = 200_000


def title_candidates(meta: dict[str, str], ld: dict[str, Any], raw_title: str, generic: Generic,
                      vocab: Vocabulary) -> list[str]:
    """Titles the page states about itself, best first: og/dc/JSON-LD titles, then ``<title>``, cleaned."""
    out: list[str] = []
    for key in generic.meta_titles:
        if meta.get(key):
            out.append(clean_title(meta[key], vocab))
    if isinstance(ld.get("headline"), str):
        out.append(clean_title(ld["headline"], vocab))
    if raw_title and not _tab_trail(raw_title):
        out.append(clean_title(raw_title, vocab))
    seen: set[str] = set()
    result = []
    for t in out:
        key = fold(t)
        if t and key not in seen and not boilerplate_kind(vocab, t) and not site_banner(t.strip(" .:|-–»«*~"), vocab):
            # (the site's own name as the page's title, ".:: Trang thông tin điện tử Đảng bộ xã … ::.": no headline)
            seen.add(key)
            result.append(t)
    return result


def _tab_trail(title: str) -> bool:
    """A ``<title>`` that is the page's place in the site, a trail of short items between arrows
    (DotNetNuke's tab path, "Tin tức > Tin các xã, thị trấn"): it names the section, not the article."""
    items = _TRAIL_ARROW.split(title.strip())
    return len(items) >= 2 and all(0 < len(item.split()) <= _TRAIL_ITEM_WORDS for item in items)


_TRAIL_ARROW = regex.compile(r"\s+[>›]\s+")  # (not "»", which sets a headline apart from its site too)
_TRAIL_ITEM_WORDS = 6  # words: a section's name in a trail, at most


def _site_name(text: str, vocab: Vocabulary) -> bool:
    """A site's name ("Cổng thông tin điện tử phường …", "… .gov.vn")."""
    key = fold(text)
    return bool(vocab.site_start.match(key) or vocab.site_word.search(key))


def _says_more(part: str, vocab: Vocabulary) -> bool:
    """A segment opening with a site's word that goes on as a headline ("UBND xã khuyến cáo người dân
    chủ động phòng, chống dịch cúm gia cầm"), not a name of units and places ("UBND xã Hòa Bình")."""
    return len(part.split()) >= _HEADLINE_WORDS and not vocab.site_word.search(fold(part)) and not site_banner(part, vocab)


_HEADLINE_WORDS = 7  # words: a site's name of units and places is seldom longer, a headline seldom shorter


def title_segments(title: str) -> list[str]:
    """A title's segments between its separators ("A - B | C": A, B, C)."""
    return [part for part in _TITLE_SEP.split(title) if part]


def clean_title(raw: str, vocab: Vocabulary) -> str:
    """``<title>`` without its site and category segments ("… - Tin tức sự kiện - Sở …")."""
    text = collapse(_normalize.normalize_text(raw)[0])
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _TITLE_SEP.finditer(text):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, len(text)))
    if len(spans) == 1:
        return text

    def site(span: tuple[int, int], sections: bool = True) -> bool:
        part = text[span[0]:span[1]]
        return (_site_name(part, vocab) and not _says_more(part, vocab) or bool(boilerplate_kind(vocab, part))
                or site_banner(part.strip(), vocab)  # (units and their names alone: "… | Phường Đông Thành Nam")
                or sections and section_name(part, vocab))  # (the section's: "… - Tin tức hoạt động các phường - Cổng …")

    def trimmed(sections: bool) -> list[tuple[int, int]]:
        """The spans left once the site's segments are cut from both ends, one at least."""
        left = spans[:]
        while len(left) > 1 and site(left[-1], sections):
            left.pop()
        while len(left) > 1 and site(left[0], sections):
            left.pop(0)
        return left

    left = trimmed(sections=True)
    if len(left) == 1 and site(left[0], sections=False):  # (the site's name and the section's only: "UBND xã Kim Sơn
        left = trimmed(sections=False)  # Hạ - Tin tức địa phương", no headline to keep)
    return text[left[0][0]:left[-1][1]].strip()


_ISO_DAY = regex.compile(r"^\s*+(?:19|20)\d\d-\d\d-\d\d")


def _edit_time(el: Any, edit_label_end: regex.Pattern[str]) -> bool:
    """A <time> its own words or attributes call the last edit's ("Last updated <time …>", "Cập nhật lần cuối:
    <time>", itemprop=dateModified, class=updated), not the post's publication."""
    cls = el.get("class") or ""
    if (el.get("itemprop") or "").lower() == "datemodified" or field_class(cls, "updated") and "published" not in cls.lower():
        return True  # (WordPress's "entry-date published updated" is the post's)
    previous = el.getprevious()
    if previous is not None:  # (its label in an element of its own: "<span>Updated At</span>: <time …>")
        before = ((previous.text or "") if len(previous) == 0 else "") + (previous.tail or "")
    else:
        before = el.getparent().text if el.getparent() is not None else None
    return bool(before) and edit_label_end.search(fold(before[-40:])) is not None


def _event_time(el: Any, event_label: regex.Pattern[str]) -> bool:
    """A <time> in the field of the day of the event the post reports, its label the element before it or before
    its cell (Drupal's "<div class=field__label>Ngày sự kiện</div><div class=field__item><time …>"): no post's date."""
    for node in (el, el.getparent()):
        if node is None:
            return False
        previous = node.getprevious()
        if previous is not None:
            label = "".join(previous.itertext())
            return len(label) <= _FIELD_LABEL and event_label.match(label) is not None
    return False


_FIELD_LABEL = 40  # characters: a field's label in an element of its own


def read_meta(root: Any, vocab: Vocabulary) -> dict[str, str]:
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = el.get("content")
        if key and content and key not in out:
            out[key] = content.strip()
    times = [(el, value) for el in root.iter("time") if (value := el.get("datetime")) and not _listed_post(el)]
    pat = _dates.patterns(vocab)
    times = [(el, value) for el, value in times if not _event_time(el, pat.event_field_label)]
    edited = [(el, value) for el, value in times if _edit_time(el, pat.updated_label_end)]  # (dates.txt @updated)
    if edited:  # (the last edit's: "Last updated <time datetime=…>3 months ago</time>", GitBook's)
        out["time_updated"] = edited[0][1].strip()
        times = [(el, value) for el, value in times if (el, value) not in edited]
    if times:  # the post's own <time>, in its article or meta line, over a clock in the toolbar above it
        out["time"] = next((value for el, value in times if _in_article(el)), times[0][1]).strip()
    if "time" not in out:
        for value in xpath("//@data-published")(root):  # (a theme's own attribute on its date: "<span class=date
            if _ISO_DAY.match(value):  # data-published='2024-07-18T07:42:00'>18/07</span>", the year only there)
                out["time"] = value.strip()
                break
    if "time" not in out:
        for value in xpath("//abbr[contains(concat(' ', normalize-space(@class), ' '), ' published ')"
                           " or @itemprop='datePublished']/@title")(root):
            if _ISO_DAY.match(value):  # (hAtom's date, Blogger's: "<abbr class=published title='2013-11-07T09:14:00
                out["time"] = value.strip()[:19]  # +07:00'>09:14</abbr>", the day only there; on the blog's clock, as
                break  # its date header prints the day: "…T19:48:00-07:00" under "Thứ Năm, 25 tháng 10, 2012")
    if "time" not in out:
        for value in xpath("//*[@itemprop='datePublished']/descendant-or-self::a/@href")(root):
            if (day := _dates.url_date(pat, value)) is not None and (found := day.iso()):
                out["time"] = found  # (the day's archive its date links to: "<li itemprop=datePublished><a href=
                break  # /2023/06/24/>24/06</a>", Elementor's post info, the year only there)
    for prop in xpath("//@property")(root):  # RDFa on the page's own elements (Drupal 7: "<span property="dc:date
        el = prop.getparent()  # dc:created" content="2024-08-17T08:00:00+07:00">Gửi bởi … vào 17/08 - 08:00</span>")
        if el.tag != "meta" and (content := el.get("content")):
            for key in prop.lower().split():
                out.setdefault(key, content.strip())
    return out


def _listed_post(el: Any) -> bool:
    """A date inside a list's item that links to another post ("<li><a href=…>Hội nghị …</a><time
    datetime=2024-11-05>05.11.2024</time></li>", a side box's): that post's date, not the page's."""
    item = el.getparent()
    for _ in range(_ITEM_DEPTH):
        if item is None or item.tag == "li":
            break
        item = item.getparent()
    return item is not None and item.tag == "li" and any(a.get("href") for a in item.iter("a"))


_ITEM_DEPTH = 3  # elements between a list's item and the date inside it, at most


def _in_article(el: Any) -> bool:
    """A date inside the post's own element: an <article>, or a box its class names the article's, an entry's
    or its meta line's ("uk-article-meta", "entry-meta", "post-date")."""
    article_class = load_profiles()[1].field_classes["article"].search  # (bound once: one test per ancestor)
    for parent in el.iterancestors():
        if parent.tag == "article" or article_class(parent.get("class") or ""):
            return True
        if parent.tag in ("body", "header", "nav", "aside", "footer"):
            return False
    return False




def read_jsonld(root: Any) -> dict[str, Any]:
    """The first JSON-LD object that is an article (or any, for its dates and headline)."""
    found: dict[str, Any] = {}
    for el in root.iter("script"):
        if (el.get("type") or "").lower() != "application/ld+json":
            continue
        raw = el.text or ""
        if not raw.strip() or len(raw) > _MAX_JSONLD:
            continue
        try:
            data = json.loads(raw)
        except ValueError:
            continue
        for obj in _ld_objects(data):
            for key in ("datePublished", "dateCreated", "dateModified", "headline"):
                if key in obj and key not in found:
                    found[key] = obj[key]
            if "author" in obj and "author" not in found:
                found["author"] = obj["author"]
    return found


def _ld_objects(data: Any, depth: int = 0) -> list[dict[str, Any]]:
    if depth > 4:
        return []
    if isinstance(data, list):
        return [o for item in data[:50] for o in _ld_objects(item, depth + 1)]
    if isinstance(data, dict):
        out = [data]
        if isinstance(data.get("@graph"), list):
            out += _ld_objects(data["@graph"], depth + 1)
        return out
    return []


def iso_date(text: str, pat: _dates.DatePatterns) -> str | None:
    """An ISO 8601 value from a machine date (``2022-05-12T17:47:00Z``) or a day-first one."""
    m = _ISO.match(text)
    if m:
        try:
            day = dt.date(int(m["y"]), int(m["m"]), int(m["d"]))
        except ValueError:
            return None
        if m["H"] is None:
            return day.isoformat()
        try:
            moment = dt.datetime(day.year, day.month, day.day, int(m["H"]), int(m["Mi"]), int(m["S"] or 0))
        except ValueError:
            return day.isoformat()
        tz = m["tz"]
        if tz:
            shift = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[-2:])) if tz != "Z" else dt.timedelta(0)
            if shift >= dt.timedelta(hours=24):
                return day.isoformat()  # "+25:00" is no offset: keep the calendar day as printed
            offset = dt.timezone(-shift if tz[0] == "-" else shift)
            try:
                moment = moment.replace(tzinfo=offset).astimezone(_dates.VIETNAM)
            except OverflowError:  # year 1 or 9999 shifted out of range
                return day.isoformat()
        found = _dates.DateMatch(moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
        return found.iso()
    hit = _dates.header_date(pat, text)
    return hit[0].iso() if hit else None


def platform_date(text: str, pat: _dates.DatePatterns) -> _dates.DateMatch | None:
    """The date in a platform's date field: a date line, any full date in it, or dateparser."""
    hit = _dates.header_date(pat, text)
    if hit and hit[0].iso():
        return hit[0]
    m = pat.dmy.search(text) or pat.written.search(text)
    if m:
        year, month, day = _dates.date_parts(m, pat.months)
        found = _dates.DateMatch(year, month, day, text=m.group(0))
        if found.iso():
            return found
    return _dates.fallback_parse(text)


def evidence_dates(blocks: list[Block], meta: dict[str, str], ld: dict[str, Any], generic: Generic,
                   pat: _dates.DatePatterns) -> list[DateInfo]:
    """Dates the page states about itself, most reliable first (see the module docstring)."""
    out: list[DateInfo] = []
    for b in blocks:
        if b.role == "date":
            found = platform_date(b.text, pat)
            if found and found.iso():
                out.append(DateInfo(found.iso() or "", "published", found.text or b.text, "header"))
            break
    for key, kind in generic.meta_dates:
        value = meta.get(key)
        if value:
            iso = iso_date(value, pat)
            if iso:
                out.append(DateInfo(iso, kind, value, "meta"))
    if meta.get("time"):
        iso = iso_date(meta["time"], pat)
        if iso:
            out.append(DateInfo(iso, "published", meta["time"], "meta"))
    if meta.get("time_updated"):
        iso = iso_date(meta["time_updated"], pat)
        if iso:
            out.append(DateInfo(iso, "updated", meta["time_updated"], "meta"))
    for key, kind in (("datePublished", "published"), ("dateCreated", "published"), ("dateModified", "updated")):
        value = ld.get(key)
        if isinstance(value, str):
            iso = iso_date(value, pat)
            if iso:
                out.append(DateInfo(iso, kind, value, "meta"))
    published = [d for d in out if d.kind == "published"]
    return published + [d for d in out if d.kind != "published"]


def is_account(name: str, vocab: Vocabulary, vietnamese_page: bool) -> bool:
    """A CMS login rather than a writer: account words, or, on a Vietnamese page, a name without one
    Vietnamese letter that has two words ("Pho Ban bien tap"), is lower case or has digits."""
    key = fold(name)
    if vocab.account_word.search(key):
        return True
    if not vietnamese_page or not name.isascii():
        return False
    return len(name.split()) >= 2 or name.islower() or any(ch.isdigit() for ch in name)


_FOOTER_LINES = 12  # the page's last blocks, where its footer stands


def meta_author(blocks: list[Block], meta: dict[str, str], ld: dict[str, Any], generic: Generic,
                 vocab: Vocabulary, notices: list[Notice]) -> str | None:
    """The author metadata field: a name, or (a CMS account) a warning and nothing."""
    from ._signature import strip_credit, uploader_label

    raw = next((b.text for b in blocks if b.role == "author_meta"), None)
    if raw is None:
        raw = next((meta[k] for k in generic.meta_authors if meta.get(k)), None)
    if raw is None:
        author = ld.get("author")
        if isinstance(author, list) and author:
            author = author[0]
        if isinstance(author, dict):
            author = author.get("name")
        raw = author if isinstance(author, str) else None
    if not raw:
        return None
    name = strip_credit(collapse(raw), vocab)[0].strip(" :")
    if not name or len(name) > 60:
        return None
    if is_account(name, vocab, _normalize.vietnamese_page(b.text for b in blocks[:60])):
        notices.append(Notice("author.cms_account",
                              f"the author field holds a CMS account name ({name!r}), not a writer"))
        return None
    if uploader_label(raw, vocab):
        return None  # "Người đăng tin: X" names who pressed publish (DNICT), not who wrote it
    if _site_name(name, vocab) or vocab.vendor_word.search(fold(name)):
        return None  # "Cổng thông tin điện tử phường …": the site names itself; "Công ty TNHH …": its builder
    if any(b.role in ("footer", CHROME_ROLE) and name in b.text and len(b.text) > len(name)
           and not strip_credit(b.text, vocab)[1] for b in blocks[-_FOOTER_LINES:]):
        return None  # the vendor or the owner the footer credits ("Giải pháp cổng thông tin: VNPT Cà Mau")
    return name
