"""wardnews: Vietnamese ward, commune and district news pages → typed, clean article records.

    >>> import wardnews
    >>> article = wardnews.parse("Tiêu đề bài viết thử nghiệm\\n\\nNgày 5/3/2021, UBND phường A tổ chức hội nghị tổng kết năm.")
    >>> article.date.value
    '2021-03-05'
"""
from __future__ import annotations

from ._pipeline import parse, parse_file
from .config import Config
from .errors import InputError, ParseFailure, WardnewsError
from .export import json_schema, to_json, to_text
from .model import Article, Author, Boilerplate, Counters, DateInfo, Gallery, Label, Notice, Source

__version__ = "0.1.0"

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
    "ParseFailure",
    "Source",
    "WardnewsError",
    "__version__",
    "json_schema",
    "parse",
    "parse_file",
    "to_json",
    "to_text",
]
