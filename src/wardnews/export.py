"""Export records: JSON and JSONL from ``to_dict()``; the streaming JSONL/JSON/CSV/Parquet writers
of ``wardnews batch`` live in :mod:`wardnews.writers`."""
from __future__ import annotations

import json
from typing import Any

from .model import Article


def to_json(article: Article, indent: int | None = None) -> str:
    """One record as JSON text, UTF-8 letters kept as they are (not ``\\u`` escapes)."""
    if not isinstance(article, Article):
        raise TypeError(f"to_json expects an Article, got {type(article).__name__}")
    return json.dumps(article.to_dict(), ensure_ascii=False, indent=indent)


def to_text(article: Article) -> str:
    """The article as page text again: title, lead, body paragraphs and signature, blank-line separated.

    ``parse(to_text(a))`` gives back the same title and body: the round trip the fuzz tests check.
    """
    if not isinstance(article, Article):
        raise TypeError(f"to_text expects an Article, got {type(article).__name__}")
    parts = [p for p in (article.title, article.lead, *article.body) if p]
    if article.author is not None:
        parts.append(article.author.raw)
    return "\n\n".join(parts) + "\n"


def json_schema() -> dict[str, Any]:
    """The JSON Schema of ``wardnews.article/1`` records, as shipped in the package."""
    from importlib import resources

    text = resources.files("wardnews").joinpath("schema/article.schema.json").read_text("utf-8")
    return json.loads(text)  # type: ignore[no-any-return]
