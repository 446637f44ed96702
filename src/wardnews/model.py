"""The typed, immutable record: :class:`Article` and its parts, and the pipeline's blocks.

``Article.to_dict()`` is exactly the JSON contract ``wardnews.article/1``; ``Article.from_dict``
reads it back. Sequences are tuples so a record can be hashed, shared and never mutated.
"""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import Enum
from typing import Any

SCHEMA_ID = "wardnews.article/1"

COUNTER_KEYS = ("online", "total_visits", "today", "yesterday", "this_week", "this_month", "views")
BOILERPLATE_KINDS = ("gallery", "counter", "navigation", "related", "share", "footer", "marker", "other")


class Label(str, Enum):
    """What a block of the page is. Set by the label stage, read by the assemble stage."""

    TITLE = "title"
    DATE = "date"
    LEAD = "lead"
    BODY = "body"
    CAPTION = "caption"
    SIGNATURE = "signature"
    GALLERY = "gallery"
    COUNTER = "counter"
    NAVIGATION = "navigation"
    RELATED = "related"
    SHARE = "share"
    FOOTER = "footer"
    MARKER = "marker"
    OTHER = "other"

    @property
    def is_boilerplate(self) -> bool:
        return self in _BOILERPLATE_LABELS


_BOILERPLATE_LABELS = frozenset(Label(kind) for kind in BOILERPLATE_KINDS)


# Block.role of HTML blocks outside the article on a recognised platform: boilerplate whose kind
# the vocabulary decides (set by wardnews._html, read by wardnews._label).
CHROME_ROLE = "chrome"


@dataclass(frozen=True, slots=True, init=False)
class Block:
    """One line or paragraph of the page, with where it sits and the hints the labeller uses.

    ``start``/``end`` are offsets into the normalised page text, so a signature's raw text can
    be cut out exactly as printed. ``tag``/``cls``/``align`` come from HTML and are empty for text.
    """

    index: int
    text: str
    start: int = 0
    end: int = 0
    indent: int = 0
    blank_before: bool = False
    tag: str = ""
    cls: str = ""
    align: str = ""
    # HTML hints (empty for text): the role a platform template or the DOM gives the block
    # ("title", "date", "lead", "body", "caption", "author_meta", a boilerplate kind, "chrome"),
    # the share of its characters inside links, "bold"/"italic" when all of it is emphasised, and
    # whether an image comes right before it (where captions sit).
    role: str = ""
    link_density: float = 0.0
    emphasis: str = ""
    near_image: bool = False

    def __init__(self, index: int, text: str, start: int = 0, end: int = 0, indent: int = 0,
                 blank_before: bool = False, tag: str = "", cls: str = "", align: str = "",
                 role: str = "", link_density: float = 0.0, emphasis: str = "",
                 near_image: bool = False) -> None:
        # The fields above, in their order and with their defaults (a test checks). A page makes a
        # few hundred blocks: each field is set through its slot's descriptor, bound once below,
        # where the frozen dataclass __init__ looks up object.__setattr__ per field (twice the cost).
        _set_index(self, index)
        _set_text(self, text)
        _set_start(self, start)
        _set_end(self, end)
        _set_indent(self, indent)
        _set_blank_before(self, blank_before)
        _set_tag(self, tag)
        _set_cls(self, cls)
        _set_align(self, align)
        _set_role(self, role)
        _set_link_density(self, link_density)
        _set_emphasis(self, emphasis)
        _set_near_image(self, near_image)


(_set_index, _set_text, _set_start, _set_end, _set_indent, _set_blank_before, _set_tag, _set_cls, _set_align,
 _set_role, _set_link_density, _set_emphasis, _set_near_image) = (
    vars(Block)[f.name].__set__ for f in fields(Block))


@dataclass(frozen=True, slots=True)
class Evidence:
    """What an HTML page says about itself outside its text blocks, for the assemble stage.

    ``dates`` are ordered most reliable first (platform date field, ``<meta>``, ``<time>``,
    JSON-LD); ``title`` is the page's own title (og/dc/``<title>`` without site suffixes);
    ``lead_slot`` says the platform has a lead field, so an empty one means "no lead";
    ``meta_author`` is the author metadata field when it names a person, not a CMS account;
    ``gallery_images`` are the images of a gallery element (a class that names one, two or more
    images, next to no text: a WordPress gallery block, an album strip); ``photo_series_text`` says
    the platform's photo series inside the text are no gallery (data/platforms.json).
    """

    platform: str | None = None
    title: str | None = None
    dates: tuple[DateInfo, ...] = ()
    not_article: bool = False
    lead_slot: bool = False
    meta_author: str | None = None
    notices: tuple[Notice, ...] = ()
    gallery_images: tuple[str, ...] = ()  # file names of a gallery element's images (it has no text)
    photo_series_text: bool = False  # the platform's in-body photo series are article images, no gallery


@dataclass(frozen=True, slots=True)
class Source:
    path: str | None = None
    url: str | None = None
    sha256: str | None = None
    format: str = "text"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.path, "url": self.url, "sha256": self.sha256, "format": self.format}


@dataclass(frozen=True, slots=True)
class DateInfo:
    """A date as ISO 8601 (``2020-12-28`` or ``2020-12-28T10:37:00+07:00``) and its evidence."""

    value: str
    kind: str  # "published" | "updated" | "event"
    text: str  # the exact text it was read from
    source: str  # "meta" | "url" | "header" | "lead" | "body"

    def to_dict(self) -> dict[str, Any]:
        return {"value": self.value, "kind": self.kind, "text": self.text, "source": self.source}


@dataclass(frozen=True, slots=True)
class Author:
    """The signature: ``name`` without credit words, ``role`` if given, ``raw`` as on the page."""

    name: str
    role: str | None
    raw: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "raw": self.raw}


@dataclass(frozen=True, slots=True)
class Gallery:
    label: str
    items: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        return {"label": self.label, "items": list(self.items)}


@dataclass(frozen=True, slots=True)
class Counters:
    """Visitor counters as integers; only the ones the page shows appear in the JSON."""

    online: int | None = None
    total_visits: int | None = None
    today: int | None = None
    yesterday: int | None = None
    this_week: int | None = None
    this_month: int | None = None
    views: int | None = None

    def to_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in COUNTER_KEYS if getattr(self, k) is not None}

    def __bool__(self) -> bool:
        return any(getattr(self, k) is not None for k in COUNTER_KEYS)


@dataclass(frozen=True, slots=True)
class Boilerplate:
    kind: str
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "text": self.text}


@dataclass(frozen=True, slots=True)
class Notice:
    """A warning on a record: a stable ``code`` pipelines can filter, and a human message."""

    code: str
    message: str

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "message": self.message}


@dataclass(frozen=True, slots=True)
class Article:
    """One page as a clean record. Build it with :func:`wardnews.parse`."""

    source: Source = field(default_factory=Source)
    title: str | None = None
    date: DateInfo | None = None
    lead: str | None = None
    body: tuple[str, ...] = ()
    captions: tuple[str, ...] = ()
    author: Author | None = None
    gallery: Gallery | None = None
    counters: Counters = field(default_factory=Counters)
    boilerplate: tuple[Boilerplate, ...] = ()
    warnings: tuple[Notice, ...] = ()
    schema: str = SCHEMA_ID

    @property
    def text(self) -> str:
        """The article as plain text: lead and body paragraphs, one per line."""
        return "\n".join(([self.lead] if self.lead else []) + list(self.body))

    @property
    def warning_codes(self) -> tuple[str, ...]:
        return tuple(w.code for w in self.warnings)

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract ``wardnews.article/1``: every key present, absent values null/[]/{}."""
        return {
            "schema": self.schema,
            "source": self.source.to_dict(),
            "title": self.title,
            "date": self.date.to_dict() if self.date else None,
            "lead": self.lead,
            "body": list(self.body),
            "captions": list(self.captions),
            "author": self.author.to_dict() if self.author else None,
            "gallery": self.gallery.to_dict() if self.gallery else None,
            "counters": self.counters.to_dict(),
            "boilerplate": [b.to_dict() for b in self.boilerplate],
            "warnings": [w.to_dict() for w in self.warnings],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        """Read a record produced by :meth:`to_dict` (or read from JSON) back into objects."""
        if not isinstance(data, dict):
            raise TypeError(f"Article.from_dict expects a dict, got {type(data).__name__}")
        if data.get("schema") != SCHEMA_ID:
            raise ValueError(f"not a {SCHEMA_ID} record: schema={data.get('schema')!r}")
        src = data.get("source") or {}
        date = data.get("date")
        author = data.get("author")
        gallery = data.get("gallery")
        return cls(
            source=Source(src.get("path"), src.get("url"), src.get("sha256"), src.get("format", "text")),
            title=data.get("title"),
            date=DateInfo(date["value"], date["kind"], date["text"], date["source"]) if date else None,
            lead=data.get("lead"),
            body=tuple(data.get("body") or ()),
            captions=tuple(data.get("captions") or ()),
            author=Author(author["name"], author.get("role"), author["raw"]) if author else None,
            gallery=Gallery(gallery["label"], tuple(gallery.get("items") or ())) if gallery else None,
            counters=Counters(**{k: v for k, v in (data.get("counters") or {}).items() if k in COUNTER_KEYS}),
            boilerplate=tuple(Boilerplate(b["kind"], b["text"]) for b in data.get("boilerplate") or ()),
            warnings=tuple(Notice(w["code"], w["message"]) for w in data.get("warnings") or ()),
            schema=data["schema"],
        )
