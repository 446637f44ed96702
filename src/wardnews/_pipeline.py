"""The pipeline, one line per stage: decode → normalise → segment → label → assemble."""
from __future__ import annotations

import hashlib
import os
from dataclasses import replace
from pathlib import Path

from . import _assemble, _decode, _html, _label, _normalize, _segment
from ._vocab import load_vocabulary
from .config import DEFAULT_CONFIG, Config
from .errors import InputError, ParseFailure, WardnewsError
from .model import Article, Notice, Source

_REPAIRS = {
    "nfc": "decomposed letters (NFD) recomposed to NFC",
    "invisible": "zero-width characters removed",
    "control": "control characters removed",
    "duplicated": "the page text was repeated; the repeat was dropped",
    "entities": "HTML entities left in the text were decoded (&nbsp;, &amp; …)",
    "message_keys": "a template's untranslated message keys were read as the labels they name (??detail.luotxem_vi_VN?? as Lượt xem)",
    "markup_residue": "what a pattern that stripped the page's tags left was dropped (inline scripts, styles, tags over two lines)",
    "markup": "photo markup left in the text was dropped ([caption …], <img …>)",
    "link_numbers": "a text browser's link numbers were dropped ([12]Trang chủ)",
    "record_fields": "a parser's record fields over the page's text were dropped, its title kept (url: …, title: …, author: …)",
    "outline": "an outliner's bullets and page properties were dropped (Logseq: 'source:: …', '- ' before each block)",
    "front_matter": "a static site's front matter was read as the headline and date over the text (title, date)",
    "link_marks": "a text browser's underscores or braces round its links were dropped (_Trang chủ_, {Trang chủ})",
    "markdown": "Markdown marks were dropped (# headings, **bold**, [links](…), ![images](…))",
    "side_columns": "a layout's columns printed side by side were read one after another (left, middle, right)",
    "asciidoc": "AsciiDoc's marks were dropped (= headings, link:…[…], image:…[…], [[anchors]], ' +' line breaks)",
    "spreadsheet_rows": "a page saved from a spreadsheet as CSV was read a row a line, its quotes and empty cells dropped",
    "element_types": "a document parser's or screen reader's element types before each line were dropped ('[NarrativeText] …', Unstructured's; 'LINK: …', WebbIE's)",
    "saved_headers": "a saved page's mail headers were dropped (From: <Saved by …>, Date: …, Content-Location: …): the day it was saved",
    "wikitext": "MediaWiki's marks were dropped (== headings ==, bold and italic quotes, [[links|…]], {{templates}}, <ref> notes)",
    "org": "Org mode's marks were dropped (#+title: and #+caption: keywords, property drawers, * headings, [[links][…]])",
    "icon_names": "icon-font class names left in the text were read as their icons (fa-calendar, fa-eye …)",
    "pdf_glyphs": "a PDF's glyphs its reader could not map to letters were dropped ((cid:61555))",
    "print_breaks": "a printed page's breaks were dropped (its page number and the print time, title and address repeated at each)",
    "glued_lines": "lines the capture ran together with no break were parted where a word opens right after another's end",
    "table_cells": "a table copied a cell a line was set back a row a line (STT | Họ và tên | …)",
}


def parse(
    source: str | bytes,
    *,
    url: str | None = None,
    path: str | None = None,
    config: Config | None = None,
) -> Article:
    """Parse one page (raw scraped text or HTML, as ``str`` or ``bytes``) into an :class:`Article`.

    Raises :class:`InputError` for unusable input (binary, too large, wrong type is a
    ``TypeError``); any other failure surfaces as :class:`ParseFailure`. Both are
    :class:`WardnewsError`.
    """
    if not isinstance(source, (str, bytes, bytearray, memoryview)):
        raise TypeError(f"parse() expects str or bytes, got {type(source).__name__}")
    if url is not None and not isinstance(url, str):
        raise TypeError(f"url must be a str or None, got {type(url).__name__}")
    cfg = config or DEFAULT_CONFIG
    name = path or url or "<input>"
    try:
        return _run(bytes(source) if not isinstance(source, str) else source, url, path, name, cfg)
    except WardnewsError:
        raise
    except RecursionError as exc:  # deeply nested HTML
        raise InputError("the page is nested too deeply to read", source=name, code="input.too_deep") from exc
    except Exception as exc:  # a bug must not take a batch down: one typed error per input
        raise ParseFailure(f"{type(exc).__name__}: {exc}", source=name) from exc


def _run(source: str | bytes, url: str | None, path: str | None, name: str, cfg: Config) -> Article:
    raw = source if isinstance(source, bytes) else source.encode("utf-8", "surrogatepass")
    if len(raw) > cfg.max_bytes:
        raise InputError(f"{len(raw)} bytes is over the limit of {cfg.max_bytes}", source=name,
                         code="input.too_large")
    sha256 = hashlib.sha256(raw).hexdigest()
    notices: list[Notice] = []
    if isinstance(source, bytes):
        text, notices = _decode.decode(source, source=name)
    else:
        text = source.encode("utf-8", "replace").decode("utf-8") if _has_surrogates(source) else source
    is_html = _decode.looks_like_html(text)
    marked = _normalize.markdown_with_html(text) if is_html else None
    if marked is not None:
        text = marked  # Markdown with raw HTML kept in it: read as the HTML it stands for
    vocab = load_vocabulary(cfg.vocabulary_key())
    evidence = None
    if is_html:  # the DOM segmenter: blocks keep their tag/class/role hints (wardnews._html)
        # It repairs legacy fonts and mojibake itself, in the page's text and title fields before
        # any normalising (a TCVN3 "ư" is a soft hyphen): judging the whole document, markup and
        # all, cost 15x the rest of the HTML path on pages with a "®" in the footer.
        page = _html.segment_html(text, url=url, vocab=vocab)
        text, blocks, evidence, repairs = page.text, page.blocks, page.evidence, list(page.repairs)
        if marked is not None:
            repairs.append("markdown")
    else:
        text, repaired = _decode.repair_text(text)
        notices += repaired
        text, repairs, captions = _normalize.normalize_text_parts(text)
        blocks = _segment.segment_text(text, vocab, captions)
    notices += [Notice(f"text.{r}", _REPAIRS[r]) for r in repairs]
    labelling = _label.label_blocks(blocks, vocab, photo_series_text=bool(evidence and evidence.photo_series_text))
    src = Source(path=path, url=url, sha256=sha256, format="html" if is_html else "text")
    article = _assemble.assemble(labelling, text, vocab, source=src, notices=notices, evidence=evidence)
    if cfg.tone_style:
        article = _retone(article, cfg.tone_style)
    if cfg.strict and (article.title is None or not article.body and article.lead is None):
        raise InputError("no title or no article text (strict mode)", source=name, code="input.not_article")
    return article


def _has_surrogates(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return True
    return False


def _retone(article: Article, style: str) -> Article:
    def fix(value: str | None) -> str | None:
        return _normalize.retone(value, style) if value else value

    author = article.author
    if author is not None:  # name and role rewritten; raw stays the signature as printed
        author = replace(author, name=fix(author.name) or author.name, role=fix(author.role))
    new = replace(
        article,
        title=fix(article.title),
        lead=fix(article.lead),
        body=tuple(_normalize.retone(p, style) for p in article.body),
        captions=tuple(_normalize.retone(p, style) for p in article.captions),
        author=author,
    )
    if new == article:
        return article
    example = "hoá, thuỷ" if style == "new" else "hóa, thủy"
    note = Notice("text.retoned", f"tone marks placed in the {style} style ({example}), as configured")
    return replace(new, warnings=(*new.warnings, note))


def parse_file(path: str | os.PathLike[str], *, url: str | None = None, config: Config | None = None) -> Article:
    """Read a file (text or HTML, any encoding) and :func:`parse` it; the path goes in ``source``."""
    p = Path(path)
    cfg = config or DEFAULT_CONFIG
    try:
        size = p.stat().st_size
        if size > cfg.max_bytes:
            raise InputError(f"{size} bytes is over the limit of {cfg.max_bytes}", source=str(p),
                             code="input.too_large")
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror or exc}", source=str(p), code="input.unreadable") from exc
    return parse(data, url=url, path=str(p), config=cfg)
