"""Decode input to text: bytes by BOM, declared charset or detection; sniff text vs HTML.

Then :func:`repair_text` undoes what general tools leave broken in Vietnamese archives
(TCVN3/VNI font encodings, mojibake; see :mod:`wardnews._legacy`), each repair with a warning.
"""
from __future__ import annotations

import codecs

import regex

from . import _legacy
from .errors import InputError
from .model import Notice

_HTML_START = regex.compile(
    rb"(?is)^\s*(?:<\?xml[^>]*>\s*)?(?:(?><!--.*?-->)\s*)*+(?:<!doctype\s+html|<html|<head|<body|<meta|<title)"
)
_TAG = regex.compile(r"</?(?:p|div|span|a|br|table|td|tr|li|ul|h[1-6]|img|strong|em|b|i)\b[^>]{0,500}>", regex.I)
_META_CHARSET = regex.compile(rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,40})""")
_XML_ENCODING = regex.compile(rb"""(?i)^<\?xml[^>]{0,100}encoding\s*=\s*["']([A-Za-z0-9_\-.]{2,40})""")


def looks_like_html(head: str | bytes) -> bool:
    """An HTML document, or text dense with tags (a saved fragment); not a text page with a line of
    markup leaked into it (injected spam links: "<a href=…>soi keo</a> - <a …>…</a>")."""
    sample = head[:4096]
    raw = sample.encode("utf-8", "replace") if isinstance(sample, str) else sample
    if _HTML_START.match(raw):
        return True
    text = sample if isinstance(sample, str) else sample.decode("utf-8", "replace")
    if "</" not in text or len(_TAG.findall(text)) < 3:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    return sum(1 for line in lines if _TAG.search(line)) >= _TAGGED_SHARE * len(lines)


_TAGGED_SHARE = 0.25  # of a sample's lines that hold a tag: a fragment's markup runs through it


def starts_as_html(head: str) -> bool:
    """The text opens as an HTML document does (a doctype, <html>, <head>, after an XML declaration and comments)."""
    return _HTML_START.match(head.encode("utf-8", "replace")) is not None


# Magic numbers of formats that are not pages (images, archives, PDF, executables).
_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF-", b"PK\x03\x04", b"\x1f\x8b", b"BZh91AY&SY", b"\x7fELF",
          b"MZ\x90\x00", b"\x00\x00\x01\x00", b"7z\xbc\xaf\x27\x1c")
_SINGLE_BYTE = frozenset({"cp1252", "latin-1", "iso8859-1", "cp1258", "ascii", "iso8859-15"})


def decode(data: bytes, *, source: str) -> tuple[str, list[Notice]]:
    """Bytes to str: BOM, declared charset, UTF-8, a legacy font encoding, then Windows-1258."""
    _refuse_binary(data, source)
    for bom, encoding in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                          (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom):].decode(encoding, "replace"), []
    declared = _declared_charset(data)
    notes: list[Notice] = []
    if declared in _SINGLE_BYTE and not data.isascii():
        utf8 = _utf8(data, notes)  # pages saved as UTF-8 under an old windows-1252 <meta>
        if utf8 is not None:
            notes.append(Notice("encoding.declared_wrong", f"declared charset {declared!r}, but the page is UTF-8"))
            return utf8, notes
        notes.clear()
        sloppy = data.decode("latin-1").translate(_CP1252)
        if _legacy.detect(sloppy) in ("tcvn3", "vni"):
            return sloppy, notes  # a legacy-font page under any single-byte <meta>: bytes as Windows-1252
    if declared:
        try:
            return data.decode(declared), notes
        except (LookupError, UnicodeDecodeError):
            notes.append(Notice("encoding.declared_wrong", f"declared charset {declared!r} does not decode the page"))
    text = _utf8(data, notes)
    if text is not None:
        return text, notes
    sloppy = data.decode("latin-1").translate(_CP1252)
    if _legacy.detect(sloppy) in ("tcvn3", "vni"):
        return sloppy, notes  # converted, with its warning, by repair_text
    text = data.decode("cp1258", "replace")
    notes.append(Notice("encoding.fallback", "not UTF-8; decoded as Windows-1258"))
    return text, notes


def repair_text(text: str) -> tuple[str, list[Notice]]:
    """Legacy font encodings and mojibake repaired (see :mod:`wardnews._legacy`); clean text is
    returned as the very same object after one cheap scan."""
    return _legacy.repair(text)


# Windows-1252 for bytes 0x80-0x9F it defines; the five it leaves undefined stay C1 controls.
_CP1252 = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


def _refuse_binary(data: bytes, source: str) -> None:
    head = data[:4096]
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return  # UTF-16 text is half NUL bytes by nature
    if head.startswith(_MAGIC):
        raise InputError("binary data (an image, archive or program), not a page", source=source,
                         code="input.binary")
    if b"\x00" in head and not data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        zeros = data.count(b"\x00")
        if zeros > len(data) // 100 + 1:
            raise InputError("binary data, not a page", source=source, code="input.binary")
    controls = sum(head.count(bytes([c])) for c in range(0x20) if c not in (9, 10, 12, 13))
    if len(head) >= 64 and controls * 10 > len(head):
        raise InputError("binary data (control bytes), not a page", source=source, code="input.binary")


def _utf8(data: bytes, notes: list[Notice]) -> str | None:
    """UTF-8, tolerating a character cut at the very end and a few stray single-byte characters
    (decoded as Windows-1252); None when the data is not UTF-8."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        first = exc
    view = memoryview(data)
    parts: list[str] = []
    pos = bad = 0
    limit = max(4, len(data) // 500)
    err: UnicodeDecodeError | None = first
    while err is not None:
        start, end = pos + err.start, pos + err.end
        parts.append(str(view[pos:start], "utf-8"))
        if end >= len(data) and err.reason == "unexpected end of data":
            notes.append(Notice("encoding.truncated", "the data ends inside a UTF-8 character; it was dropped"))
            break
        bad += end - start
        if bad > limit:
            return None
        parts.append(bytes(view[start:end]).decode("latin-1").translate(_CP1252))
        pos, err = end, None
        try:
            parts.append(str(view[pos:], "utf-8"))
        except UnicodeDecodeError as exc:
            err = exc
    if bad:
        multi = len(data) - len(data.decode("utf-8", "ignore").encode("ascii", "ignore"))
        if bad * 20 > multi:
            return None  # mostly not UTF-8: a legacy or single-byte page
        notes.append(Notice("encoding.invalid_bytes", f"{bad} byte(s) that are not UTF-8 read as Windows-1252"))
    return "".join(parts)


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
