"""Decode input to text: bytes by BOM, declared charset or detection; sniff text vs HTML."""
from __future__ import annotations

import codecs

import regex

from .errors import InputError
from .model import Notice

_HTML_START = regex.compile(
    rb"(?is)^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype\s+html|<html|<head|<body|<meta|<title)"
)
_TAG = regex.compile(r"</?(?:p|div|span|a|br|table|td|tr|li|ul|h[1-6]|img|strong|em|b|i)\b[^>]{0,500}>", regex.I)
_META_CHARSET = regex.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""")
_XML_ENCODING = regex.compile(rb"""(?i)^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_\-.]{2,40})""")


def looks_like_html(head: str | bytes) -> bool:
    """An HTML document, or text dense with tags (a saved fragment)."""
    sample = head[:4096]
    raw = sample.encode("utf-8", "replace") if isinstance(sample, str) else sample
    if _HTML_START.match(raw):
        return True
    text = sample if isinstance(sample, str) else sample.decode("utf-8", "replace")
    return len(_TAG.findall(text)) >= 3 and "</" in text


def decode(data: bytes, *, source: str) -> tuple[str, list[Notice]]:
    """Bytes to str: BOM, declared charset, UTF-8, then Windows-1258 with a warning."""
    if _looks_binary(data):
        raise InputError("binary data, not a page", source=source, code="input.binary")
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace"), []
    declared = _declared_charset(data)
    notes: list[Notice] = []
    if declared:
        try:
            return data.decode(declared), []
        except (LookupError, UnicodeDecodeError):
            notes.append(Notice("encoding.declared_wrong", f"declared charset {declared!r} does not decode the page"))
    try:
        return data.decode("utf-8"), notes
    except UnicodeDecodeError:
        pass
    text = data.decode("cp1258", "replace")
    notes.append(Notice("encoding.fallback", "not UTF-8; decoded as Windows-1258"))
    return text, notes


_CONTROL_BYTES = bytes(set(range(32)) - {9, 10, 12, 13, 27}) + b"\x7f"


def _looks_binary(data: bytes) -> bool:
    """Images, archives, executables: NUL bytes or many control bytes (text has almost none)."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    sample = data[:8192]
    if not sample:
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return b"\x00" in sample and controls * 100 > len(sample) or controls * 20 > len(sample)


def _declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    m = _XML_ENCODING.match(head) or _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii", "replace").lower()
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
