"""Platforms are data: recognising a page's CMS and the roles its template gives elements.

``data/platforms.json`` holds one profile per CMS — how to recognise it (URL patterns, markup
fingerprints, source substrings) and, per role, CSS selectors tried in order — plus what every
page gets (chrome class tokens, caption containers, ``<meta>`` names). It is read and every
selector compiled once per process, so a bad selector fails early and pages pay only for matching.
"""
from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import regex

from ._css import DomIndex, compile_selector
from .model import CHROME_ROLE

# Roles a platform selector (or the generic rules) can give an element.
BOILERPLATE_ROLES = frozenset({"navigation", "related", "share", "footer", "counter", "gallery", "other"})
ARTICLE_ROLES = frozenset({"title", "date", "lead", "body", "caption", "author_meta"})
FIELD_ROLES = ("title", "date", "lead", "author_meta")  # first match only
CHROME = CHROME_ROLE  # outside the article on a recognised article page: boilerplate, kind from vocabulary


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
    photo_series_text: bool = False  # its in-body photo series are article images, no gallery


@dataclass(frozen=True, slots=True)
class Generic:
    """What every page gets, recognised or not."""

    chrome_kinds: dict[str, str]
    hidden_classes: tuple[str, ...]
    screen_reader_classes: frozenset[str]  # hidden classes a screen reader still reads (a field's name before its icon)
    shown_by_script: frozenset[str]  # ids of elements hidden in the markup that the page's script shows
    shown_when_opened: frozenset[str]  # classes of a collapsible's content, aria-hidden while closed
    captions: tuple[str, ...]
    meta_dates: tuple[tuple[str, str], ...]
    meta_titles: tuple[str, ...]
    meta_authors: tuple[str, ...]
    field_classes: dict[str, regex.Pattern[str]]  # meta-row field ("views", "comments", "author") -> its class tokens
    label_fields: tuple[tuple[str, tuple[str, ...]], ...] = ()  # an article field's role -> ASP.NET Label selectors
    layout_classes: dict[str, regex.Pattern[str]] | None = None  # "block", "float_right", "separator", "meta_row" -> names
    listing_body_classes: frozenset[str] = frozenset()  # <body> class tokens of a page listing posts
    listing_markup: tuple[tuple[str, str], ...] = ()  # a list's selector, and the full article's that vetoes it
    home_urls: tuple[regex.Pattern[str], ...] = ()  # a home page's address (its root, "…/trang-chu")


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
            photo_series_text=p.get("photo_series") == "text",
        ))
    g = data["generic"]
    kinds: dict[str, str] = {}
    for kind, tokens in g["chrome_tokens"].items():
        for t in tokens:
            kinds[t.lower()] = kind
    label_fields = tuple((role, tuple(sels)) for role, sels in g["label_fields"].items() if role != "about")
    listing_markup = tuple((items, article) for items, article in g["listing_pages"]["markup"])
    for sel in (*g["captions"], *(sel for _, sels in label_fields for sel in sels), *(s for pair in listing_markup for s in pair)):
        compile_selector(sel)
    generic = Generic(
        chrome_kinds=kinds,
        hidden_classes=tuple(g["hidden_classes"]),
        screen_reader_classes=frozenset(g["screen_reader_classes"]),
        shown_by_script=frozenset(g["shown_by_script"]["ids"]),
        shown_when_opened=frozenset(g["shown_by_script"]["classes"]),
        captions=tuple(g["captions"]),
        meta_dates=tuple((k.lower(), v) for k, v in g["meta_dates"]),
        meta_titles=tuple(k.lower() for k in g["meta_titles"]),
        meta_authors=tuple(k.lower() for k in g["meta_authors"]),
        field_classes={field: _class_tokens(tokens) for field, tokens in g["field_classes"].items() if field != "about"},
        label_fields=label_fields,
        layout_classes={"block": _class_names(g["layout_classes"]["block"]),
                        "float_right": _class_names(g["layout_classes"]["float_right"]),
                        "separator": _class_tokens(g["layout_classes"]["separator"]),
                        "meta_row": _class_names(g["layout_classes"]["meta_row"])},
        listing_body_classes=frozenset(g["listing_pages"]["body_classes"]),
        listing_markup=listing_markup,
        home_urls=tuple(regex.compile(u, regex.I) for u in g["listing_pages"]["home_urls"]),
    )
    return tuple(profiles), generic


def _class_tokens(tokens: list[str]) -> regex.Pattern[str]:
    """Any of the tokens inside a class attribute, not inside a longer word ("post-views", "hits")."""
    body = "|".join(regex.escape(t) for t in sorted(tokens, key=len, reverse=True))
    return regex.compile(rf"(?<![a-z])(?:{body})(?![a-z])", regex.IGNORECASE)


def _class_names(names: list[str]) -> regex.Pattern[str]:
    """Any of the names as a whole class in a class attribute ("d-block", not "block-title")."""
    body = "|".join(regex.escape(t) for t in sorted(names, key=len, reverse=True))
    return regex.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def layout_class(cls: str, kind: str) -> bool:
    """The class attribute names a layout the walker reads (``layout_classes``: "block", "float_right",
    "separator")."""
    return load_profiles()[1].layout_classes[kind].search(cls) is not None  # type: ignore[index]


def screen_reader_class(cls: str) -> bool:
    """The class attribute hides an element from the screen but not from a screen reader ("sr-only")."""
    return not load_profiles()[1].screen_reader_classes.isdisjoint(cls.split())


def field_class(cls: str, field: str) -> bool:
    """The class attribute names the element of one meta-row field (see ``field_classes``)."""
    return load_profiles()[1].field_classes[field].search(cls) is not None


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


_DATE_LIKE = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d[/.-]\d")  # a year, or day and month


def platform_roles(dom: DomIndex, profile: Profile, roles: dict[Any, str]) -> None:
    """Give the elements the platform's selectors find their roles; the first alternative wins
    (for the date, the first that holds a digit)."""
    for role, alternatives in profile.roles:
        for sel in alternatives:
            found = [el for el in dom.select(sel, ordered=role in FIELD_ROLES) if has_text(el)]
            if not found:
                continue
            if role in FIELD_ROLES:
                found = found[:1]
                if role == "date" and not _DATE_LIKE.search(" ".join(found[0].itertext())):  # (parts apart: "10" "2024")
                    continue  # a meta row with no date in it ("Người gửi: Quận 8 | Danh mục: …"): the next one
            for el in found:
                roles.setdefault(el, role)
            break


def has_text(el: Any) -> bool:
    """Some text inside (a selector that finds only an empty wrapper has not found its part);
    the first piece of it will do, not the article's whole text."""
    head = el.text
    return bool(head and not head.isspace()) or any(piece.strip() for piece in el.itertext())

