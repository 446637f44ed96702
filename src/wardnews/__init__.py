"""wardnews: Vietnamese ward, commune and district news pages → typed, clean article records.

    >>> import wardnews
    >>> article = wardnews.parse("Tiêu đề bài viết thử nghiệm\\n\\nNgày 5/3/2021, UBND phường A tổ chức hội nghị tổng kết năm.")
    >>> article.date.value
    '2021-03-05'
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .config import Config
from .errors import InputError, ParseFailure, WardnewsError
from .export import json_schema, to_json, to_text
from .model import Article, Author, Boilerplate, Counters, DateInfo, Gallery, Label, Notice, Source

if TYPE_CHECKING:
    from ._io import Page, PageSource, ParseError, iter_pages
    from ._pipeline import parse, parse_file
    from .batch import iter_parse

__version__ = "0.1.0"

# The pipeline (compiled patterns, vocabulary) and the batch machinery load on first use, so
# ``import wardnews`` stays cheap for tools that only touch the record types.
_LAZY = {
    "parse": "_pipeline",
    "parse_file": "_pipeline",
    "Page": "_io",
    "PageSource": "_io",
    "ParseError": "_io",
    "iter_pages": "_io",
    "iter_parse": "batch",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        from importlib import import_module

        value = getattr(import_module(f".{_LAZY[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'wardnews' has no attribute {name!r}")

__all__ = [
    "Article",
    "Author",
    "Boilerplate",
    "Config",
    "Counters",
    "DateInfo",
    "Gallery",
    "InputError",
    "Label",
    "Notice",
    "Page",
    "PageSource",
    "ParseError",
    "ParseFailure",
    "Source",
    "WardnewsError",
    "__version__",
    "iter_pages",
    "iter_parse",
    "json_schema",
    "parse",
    "parse_file",
    "to_json",
    "to_text",
]
