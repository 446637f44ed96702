"""The legacy-encoding tables in data/vi/encoding-*.txt: complete, unique, and round-tripping.

The VNI table is rebuilt here from the encoding's rule (base letter, then one mark byte) and
must equal the file; the TCVN3 table is checked letter by letter. Every Vietnamese letter is
generated from Unicode (12 vowels x 6 tones, upper and lower case, and đ/Đ), not listed by hand.
"""
from __future__ import annotations

import unicodedata
from importlib import resources

import pytest

from wardnews import _legacy

TONES = ("", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323")  # none, grave, acute, hook, tilde, dot
VOWELS = "aăâeêioôơuưy"


def vietnamese_letters() -> list[str]:
    """Every letter of the Vietnamese alphabet that is not plain ASCII (134 of them)."""
    out = []
    for base in VOWELS:
        for tone in TONES:
            letter = unicodedata.normalize("NFC", base + tone)
            assert len(letter) == 1, base + tone
            out += [letter, letter.upper()]
    out += ["đ", "Đ"]
    return [x for x in out if not x.isascii()]


LETTERS = vietnamese_letters()


def vni_rule(letter: str) -> bytes:
    """VNI-Windows from its rule: base + mark byte; ơ ư đ, toned i and ỵ have single bytes."""
    if letter in "đĐ":
        return b"\xf1" if letter == "đ" else b"\xd1"
    nfd = unicodedata.normalize("NFD", letter)
    base, marks = nfd[0], nfd[1:]
    upper = base.isupper()
    shift = 0x20 if upper else 0

    def mark(code: int) -> bytes:
        return bytes([code - shift])

    shape = next((m for m in marks if m in "\u0302\u0306\u031b"), "")
    tone = next((m for m in marks if m in TONES[1:]), "")
    plain = {"": b"", "\u0300": 0xF8, "\u0301": 0xF9, "\u0309": 0xFB, "\u0303": 0xF5, "\u0323": 0xEF}
    circumflex = {"": 0xE2, "\u0300": 0xE0, "\u0301": 0xE1, "\u0309": 0xE5, "\u0303": 0xE3, "\u0323": 0xE4}
    breve = {"": 0xEA, "\u0300": 0xE8, "\u0301": 0xE9, "\u0309": 0xFA, "\u0303": 0xFC, "\u0323": 0xEB}
    single_i = {"\u0300": 0xEC, "\u0301": 0xED, "\u0309": 0xE6, "\u0303": 0xF3, "\u0323": 0xF2}
    if base in "iI" and tone:
        return mark(single_i[tone])
    if base in "yY" and tone == "\u0323":
        return mark(0xEE)
    if shape == "\u031b":  # horn: ơ = 0xF4, ư = 0xF6, then the tone byte
        return mark(0xF4 if base in "oO" else 0xF6) + (mark(plain[tone]) if tone else b"")
    if shape == "\u0302":
        return base.encode() + mark(circumflex[tone])
    if shape == "\u0306":
        return base.encode() + mark(breve[tone])
    return base.encode() + mark(plain[tone])


def test_vni_table_is_the_rule() -> None:
    table = _legacy.read_table("vni")
    assert set(table) == set(LETTERS)
    assert {letter: vni_rule(letter) for letter in LETTERS} == table


def test_tcvn3_table_has_every_lower_case_letter_and_the_seven_capitals() -> None:
    table = _legacy.read_table("tcvn3")
    lower = {x for x in LETTERS if x.islower()}
    assert set(table) == lower | set("ĂÂÊÔƠƯĐ")
    assert all(len(code) == 1 and code[0] >= 0xA1 for code in table.values())


@pytest.mark.parametrize("name", ["tcvn3", "vni"])
def test_codes_are_unique_and_every_letter_round_trips(name) -> None:
    table = _legacy.read_table(name)
    assert len(set(table.values())) == len(table)
    convert = _legacy.tcvn3_to_unicode if name == "tcvn3" else _legacy.vni_to_unicode
    for letter, code in table.items():
        as_text = code.decode("cp1252")
        assert convert(f"x{as_text}x") == f"x{letter}x", letter
        assert convert(f"x{as_text}") == f"x{letter}", letter
        # Alone at the start of a line: TCVN3 wrote that capital with the lower-case code.
        assert convert(as_text) == (letter.upper() if name == "tcvn3" else letter), letter


def test_tcvn3_capitals_with_tone_marks_come_back_in_capital_words() -> None:
    table = _legacy.read_table("tcvn3")
    for letter in LETTERS:
        if letter.isupper() and letter not in table:  # no code: written with the lower-case one
            word = "TH" + table[letter.lower()].decode("cp1252") + "NG"
            assert _legacy.tcvn3_to_unicode(word) == f"TH{letter}NG"


@pytest.mark.parametrize("name", ["encoding-tcvn3.txt", "encoding-vni.txt", "encoding-guess.txt"])
def test_table_files_have_a_header_and_are_nfc(name) -> None:
    text = resources.files("wardnews").joinpath(f"data/vi/{name}").read_text("utf-8")
    assert text.startswith("# ") and unicodedata.normalize("NFC", text) == text
    entries = [x.split()[0] for x in text.splitlines() if x.strip() and not x.startswith("#")]
    assert len(entries) == len(set(entries))


def test_guess_list_is_well_formed_syllables() -> None:
    common = _legacy._common()
    assert common and all(_legacy.syllable_ok(w) and w == w.lower() for w in common)


@pytest.mark.parametrize("word", ["người", "phường", "nghiêng", "quý", "gì", "khuya", "học", "tiếp", "Việt",
                                  "thuở", "oanh", "ý", "hoá", "hóa", "thuỷ", "thủy", "giữ", "đường"])
def test_syllable_check_accepts_vietnamese(word) -> None:
    assert _legacy.syllable_ok(word)


@pytest.mark.parametrize("word", ["hỏc", "ngờc", "cafè", "naïve", "Müller", "ắâ", "ưê", "hoàà", "tẽt"])
def test_syllable_check_rejects_what_is_not(word) -> None:
    assert not _legacy.syllable_ok(word)
