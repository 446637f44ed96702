"""Normalise text: Unicode NFC and whitespace, nothing else rewritten.

Vocabulary matching uses :func:`fold`, a key that ignores case and old/new tone-mark placement
(``hóa``/``hoá``, ``thủy``/``thuỷ``), while records keep the page's own spelling.
"""
from __future__ import annotations

import functools
import re
import unicodedata

# Zero-width and BOM characters some editors scatter through text; they split words invisibly.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
# C0/C1 control characters except tab and newline (carriage returns are handled separately).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
# Every Unicode space but newline becomes a plain space: NBSP is everywhere on these portals.
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
_TRAILING = re.compile(r"[ ]+\n")

# Old style puts the tone mark on the first vowel of an open "oa/oe/uy" syllable (hóa, thủy),
# new style on the second (hoá, thuỷ). In NFD the mark follows its vowel, so a swap folds both.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_OLD_TONE = re.compile(f"([oOuU])([{_TONES}])([aAeEyY])(?![A-Za-z\u0300-\u036f])")
_NEW_TONE = re.compile(f"([oOuU])([aAeEyY])([{_TONES}])(?![A-Za-z\u0300-\u036f])")
_WS = re.compile(r"\s+")


def normalize_text(text: str) -> tuple[str, list[str]]:
    """NFC, unified line ends and spaces; returns the text and what was repaired (for warnings)."""
    repairs: list[str] = []
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
        repairs.append("invisible")
    if _CONTROL.search(text):
        text = _CONTROL.sub(" ", text)
        repairs.append("control")
    nfc = unicodedata.normalize("NFC", text)
    if nfc != text:
        repairs.append("nfc")
        text = nfc
    text = _SPACES.sub(" ", text)
    text = _TRAILING.sub("\n", text)
    return text, repairs


def _build_swaps() -> tuple[re.Pattern[str], dict[str, str]]:
    """NFC pairs whose tone sits old-style (óa, óe, úy) and their new-style spelling (oá, oé, uý)."""
    swaps: dict[str, str] = {}
    for first, seconds in (("oO", "aAeE"), ("uU", "yY")):
        for base in first:
            for mark in _TONES:
                toned = unicodedata.normalize("NFC", base + mark)
                for second in seconds:
                    swaps[toned + second] = base + unicodedata.normalize("NFC", second + mark)
    firsts = "".join(sorted({k[0] for k in swaps}))
    return re.compile(f"[{firsts}][aAeEyY](?![^\\W\\d_])"), swaps


_OLD_PAIR, _SWAPS = _build_swaps()


@functools.lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Matching key: lower case, new-style tone placement, single spaces, NFC.

    Hot: called for every line by several rules, hence the cache and the NFC-level swap table.
    """
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    text = _OLD_PAIR.sub(lambda m: _SWAPS.get(m.group(0), m.group(0)), text)
    return " ".join(text.lower().split())


def retone(text: str, style: str) -> str:
    """Rewrite tone placement to one style: ``"new"`` (hoá, thuỷ) or ``"old"`` (hóa, thủy)."""
    nfd = unicodedata.normalize("NFD", text)
    if style == "new":
        nfd = _OLD_TONE.sub(r"\1\3\2", nfd)
    elif style == "old":
        nfd = _NEW_TONE.sub(r"\1\3\2", nfd)
    else:
        raise ValueError(f"tone style must be 'old' or 'new', got {style!r}")
    return unicodedata.normalize("NFC", nfd)


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return _WS.sub(" ", text).strip()
