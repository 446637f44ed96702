"""Repair Vietnamese text broken by legacy font encodings (TCVN3, VNI) and by mojibake.

Detection is by outcome, never by a guess about the input: a repair is applied only when the
repaired text reads as Vietnamese syllables far better than the text as given (see
:func:`confident`). A clean UTF-8 page has almost every accented word a valid syllable already,
so nothing can beat it and it is never touched; a cheap character test (:func:`suspicious`)
keeps such pages off the slow path altogether.

- TCVN3 / VNI: pages typed in the ABC (.VnTime) or VNI fonts and saved as Windows-1252, read
  either as bytes or as an already-decoded ``str``; tables in ``data/vi/encoding-*.txt``.
- Mojibake: UTF-8 read as Windows-1252, Latin-1 or Windows-1258 (``PhÆ°á»ng``). Our decoder
  handles the Vietnamese cases, including letters whose third byte was lost (``á»�``), which are
  guessed from Vietnamese spelling; ``ftfy`` (imported only here) then fixes what else it can.
"""
from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources

import regex

from .model import Notice

_MARKS = "\u0300\u0301\u0303\u0309\u0323"


@functools.lru_cache(maxsize=4)
def read_table(name: str) -> dict[str, bytes]:
    """``data/vi/encoding-NAME.txt`` as ``{letter: bytes}``."""
    text = resources.files("wardnews").joinpath(f"data/vi/encoding-{name}.txt").read_text("utf-8")
    table: dict[str, bytes] = {}
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        letter, code = line.split()
        table[letter] = bytes.fromhex(code)
    return table


def _as_text(code: bytes) -> str:
    """Bytes as a Windows-1252 reader shows them (the bytes used by the tables are all defined)."""
    return code.decode("cp1252")


@functools.lru_cache(maxsize=1)
def _letters() -> frozenset[str]:
    return frozenset(read_table("vni")) | frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")


# Latin-1 characters that are not Vietnamese letters (and not NBSP), C1 controls, U+FFFD: a page
# without any of them cannot be TCVN3, VNI or UTF-8 mojibake, so it skips every check below.
_SUSPECT = re.compile(
    "[\x80-\x9f\xa1-\xbf\xc4-\xc7\xcb\xce\xcf\xd0\xd1\xd6-\xd8\xdb\xdc\xde\xdf"
    "\xe4-\xe7\xeb\xee\xef\xf0\xf1\xf6-\xf8\xfb\xfc\xfe\xff\ufffd]"
)
_SUSPECT_IN_WORD = re.compile(  # (see suspicious())
    rf"(?<=\S){_SUSPECT.pattern}|{_SUSPECT.pattern}(?=\S)|\ufffd"
)
_TOKEN_CLASS = r"[^\s,.;:!?()\"'\[\]{}<>/\\|\-–—“”‘’…*#=+0-9]+"

_ONSET = r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?"
_RHYMES = (
    "a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây "
    "e ec em en eng eo ep et ê êch êm ên ênh êp êt êu i ia ich im in inh ip it iu "
    "iêc iêm iên iêng iêp iêt iêu o oa oac oach oai oam oan oang oanh oao oap oat oay "
    "oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on ong oong ooc op ot "
    "ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt u ua uân uâng uât uây uc uê uêch uênh uêt "
    "ui um un ung uô uôc uôi uôm uôn uông uôt uơ up ut uy uya uych uyên uyêt uynh uyp uyt uyu "
    "ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu y yêm yên yêng yêt yêu"
).split()


class _Patterns:
    """Patterns compiled on first use, never at ``import wardnews`` (the regex module compiles slowly)."""

    def __init__(self) -> None:
        self.token = regex.compile(_TOKEN_CLASS)
        self.syllable = regex.compile(_ONSET + "(?:" + "|".join(sorted(_RHYMES, key=len, reverse=True)) + ")")
        self.upper_word = regex.compile(r"\S+")
        self.two_caps = regex.compile(r"[A-Z][^\sA-Z]*[A-Z]")
        # The first letter of a line or of a sentence, which was a capital drawn by a ".VnTimeH" font.
        self.sentence_start = regex.compile(r"(?:^|(?<=[.!?…]\s))[\s\"“'(•*\-–]*+\K\S")
        self.reverse = _byte_maps()
        self.run = regex.compile("[" + regex.escape("".join(sorted(self.reverse)) + _LOST) + "]+")


@functools.lru_cache(maxsize=1)
def _rx() -> _Patterns:
    return _Patterns()
_STOP_FINAL = ("c", "ch", "p", "t")


@functools.lru_cache(maxsize=65536)
def syllable_ok(token: str) -> bool:
    """A Vietnamese syllable: onset, rhyme, and a tone the rhyme allows (NFC input)."""
    nfd = unicodedata.normalize("NFD", token.lower())
    tone = "".join(ch for ch in nfd if ch in _MARKS)
    if len(tone) > 1:
        return False
    bare = unicodedata.normalize("NFC", "".join(ch for ch in nfd if ch not in _MARKS))
    if not _rx().syllable.fullmatch(bare):
        return False
    # a syllable closed by p, t, c, ch takes only the acute or the dot below
    return not (tone and tone not in "\u0301\u0323" and bare.endswith(_STOP_FINAL))


@dataclass(frozen=True, slots=True)
class Score:
    """Accented words of a text: valid Vietnamese syllables, other letters, and junk."""

    valid: int = 0
    invalid: int = 0
    junk: int = 0
    words: int = 0  # valid syllables of two letters or more

    @property
    def total(self) -> int:
        return self.valid + self.invalid + self.junk

    @property
    def ratio(self) -> float:
        return self.valid / self.total if self.total else 1.0

    @property
    def net(self) -> int:
        return self.valid - self.invalid - 2 * self.junk


@functools.lru_cache(maxsize=1)
def _junk_char() -> regex.Pattern[str]:
    return regex.compile("[^" + regex.escape("".join(sorted(_letters()))) + "]")


def score(text: str) -> Score:
    """Count the accented words of ``text`` by kind (ASCII-only words are not counted)."""
    if text.isascii():
        return Score()
    text = unicodedata.normalize("NFC", text)
    junk_char = _junk_char()
    valid = invalid = junk = words = 0
    for tok in _rx().token.findall(text):
        if tok.isascii():
            continue
        if len(tok) > 12 or junk_char.search(tok):
            junk += 1
        elif syllable_ok(tok):
            valid += 1
            words += len(tok) > 1
        else:
            invalid += 1
    return Score(valid, invalid, junk, words)


def confident(before: Score, after: Score, *, strict: bool = False) -> bool:
    """Is ``after`` clearly Vietnamese where ``before`` clearly was not?"""
    if before.total < 3 or before.ratio > (0.5 if strict else 0.6) or after.words < 3:
        return False
    gain = after.valid - before.valid
    return after.ratio >= (0.9 if strict else 0.8) and gain >= max(3, before.total // 4)


def suspicious(text: str) -> bool:
    """The cheap test: could this text hold legacy-encoded or mojibake letters at all?

    A suspect character standing alone between spaces is a symbol ("Trang chủ » Tin tức",
    "® Ghi rõ nguồn", "© Bản quyền"): legacy letters and mojibake sit inside words.
    """
    m = _SUSPECT.search(text)
    if m is None:
        return False
    return not _symbol_at(text, m.start()) or _SUSPECT_IN_WORD.search(text, m.end()) is not None


def _symbol_at(text: str, i: int) -> bool:
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return text[i] != "\ufffd" and before.isspace() and after.isspace()


# --- TCVN3 -------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _tcvn3_map() -> dict[int, str]:
    return {ord(_as_text(code)): letter for letter, code in read_table("tcvn3").items()}




def tcvn3_to_unicode(text: str) -> str:
    """TCVN3 text (read as Windows-1252) to Unicode. Capitals with tone marks have no code, so a
    word (or line) written in capitals gets its converted letters in capitals too."""
    table = _tcvn3_map()
    coded = _tcvn3_chars()
    out = []
    for line in text.split("\n"):
        if not coded.search(line):
            out.append(line)
            continue
        conv = line.translate(table)
        if _rx().two_caps.search(line):
            ascii_letters = [ch for ch in line if ch.isascii() and ch.isalpha()]
            caps_line = len(ascii_letters) >= 4 and sum(ch.isupper() for ch in ascii_letters) >= 0.8 * len(ascii_letters)
            conv = conv.upper() if caps_line else _rx().upper_word.sub(lambda m: _caps_word(m.group(), table), line)
        conv = _rx().sentence_start.sub(lambda m, line=line: _cap_start(m, line, table), conv)
        out.append(_title_case(line, conv, table))
    return "\n".join(out)


def _title_case(line: str, conv: str, table: dict[int, str]) -> str:
    """In a line of capitalised words (a name, a title in title case) a word that starts with a
    converted letter was capitalised too: "Vũ Ngọc ¸nh" is "Vũ Ngọc Ánh"."""
    words = line.split(" ")
    if len(words) > 12:
        return conv
    coded = [bool(w) and ord(w[0]) in table for w in words]
    others = [w for w, c in zip(words, coded) if w and not c and w[0].isalpha()]
    if not any(coded) or len(others) < 2 or not all(w[0].isupper() for w in others):
        return conv
    parts = conv.split(" ")
    return " ".join(p[:1].upper() + p[1:] if c else p for p, c in zip(parts, coded))




def _cap_start(m: regex.Match[str], line: str, table: dict[int, str]) -> str:
    original = line[m.start()]
    letter = str(m.group())
    return letter.upper() if ord(original) in table else letter


@functools.lru_cache(maxsize=1)
def _tcvn3_chars() -> regex.Pattern[str]:
    return regex.compile("[" + regex.escape("".join(chr(c) for c in _tcvn3_map())) + "]")


def _caps_word(word: str, table: dict[int, str]) -> str:
    conv = word.translate(table)
    if not _tcvn3_chars().search(word):
        return word
    ascii_letters = [ch for ch in word if ch.isascii() and ch.isalpha()]
    if len(ascii_letters) >= 2 and all(ch.isupper() for ch in ascii_letters):
        return conv.upper()
    return conv


# --- VNI ---------------------------------------------------------------------------------------

@functools.lru_cache(maxsize=1)
def _vni_map() -> tuple[regex.Pattern[str], dict[str, str]]:
    codes: dict[str, str] = {}
    for letter, code in read_table("vni").items():
        codes[_as_text(code)] = letter
    # A capital base letter with a lower-case mark byte is drawn as the capital: accept it.
    for seq, letter in list(codes.items()):
        if len(seq) == 2 and seq[0].isupper() and seq[1].isupper():
            codes.setdefault(seq[0] + seq[1].lower(), letter)
    keys = sorted(codes, key=len, reverse=True)
    return regex.compile("|".join(regex.escape(k) for k in keys)), codes


def vni_to_unicode(text: str) -> str:
    """VNI-Windows text (read as Windows-1252) to Unicode."""
    pattern, codes = _vni_map()
    return str(pattern.sub(lambda m: codes[m.group()], text))


# --- mojibake ----------------------------------------------------------------------------------

def _byte_maps() -> dict[str, int]:
    """Character -> byte for text decoded as Windows-1252, Windows-1258 or Latin-1 (sloppily)."""
    reverse: dict[str, int] = {}
    for codec in ("cp1258", "cp1252"):
        for b in range(0x80, 0x100):
            try:
                reverse[bytes([b]).decode(codec)] = b
            except UnicodeDecodeError:
                pass
    for b in range(0x80, 0xA0):
        reverse.setdefault(chr(b), b)  # undefined in Windows-1252: Latin-1 keeps them as C1 controls
    return reverse


_LOST = "\ufffd"
# When the last byte of a letter was undefined in Windows-1252 and got lost, the letter is one of
# these; the Vietnamese letters only, commonest first.
_GUESSES = {
    b"\xe1\xbb": ("ờ", "ọ", "ề", "ỏ", "Ố"),  # U+1EDD, U+1ECD, U+1EC1, U+1ECF, U+1ED0
    b"\xc3": ("Ý", "Á", "Í"),
    b"\xc4": ("Đ",),
    b"\xe2\x80": ("”",),  # U+201D; its byte 0x9D is undefined
}
_GUESS_MARK = "\ue000"  # private use: a guessed letter waiting for its word to decide


def _decode_run(run: str, guesses: list[tuple[str, ...]] | None) -> str | None:
    """A run of Windows-1252 characters as the UTF-8 it was, or None if it is not UTF-8.

    Lost bytes become guesses (appended to ``guesses``); with ``guesses=None`` none is allowed.
    """
    data = bytearray()
    reverse = _rx().reverse
    lost: set[int] = set()
    for ch in run:
        if ch == _LOST:
            lost.add(len(data))
            data.append(0)
        else:
            data.append(reverse[ch])
    out: list[str] = []
    i, n = 0, len(data)
    while i < n:
        lead = data[i]
        size = 2 if 0xC2 <= lead <= 0xDF else 3 if 0xE0 <= lead <= 0xEF else 4 if 0xF0 <= lead <= 0xF4 else 0
        if not size or i in lost:
            return None
        k = 0  # continuation bytes present
        while k < size - 1 and i + 1 + k < n and i + 1 + k not in lost and 0x80 <= data[i + 1 + k] <= 0xBF:
            k += 1
        if k == size - 1:
            try:
                letter = bytes(data[i:i + size]).decode("utf-8")
            except UnicodeDecodeError:
                return None
            if letter == _GUESS_MARK:
                return None  # the placeholder itself, really encoded: no letter, and not ours to hold
            out.append(letter)
            i += size
            continue
        prefix = bytes(data[i:i + 1 + k])
        if guesses is None or k != size - 2 or prefix not in _GUESSES:
            return None
        guesses.append(_GUESSES[prefix])
        out.append(_GUESS_MARK)
        i += size if i + 1 + k in lost else size - 1
    return "".join(out)


def fix_mojibake(text: str) -> tuple[str, int]:
    """UTF-8 read as a single-byte code page, decoded back; returns the text and letters guessed."""
    guesses: list[tuple[str, ...]] = []
    # A page that already holds the placeholder character could not tell its own from ours.
    may_guess = _GUESS_MARK not in text

    def fix(m: regex.Match[str]) -> str:
        run = str(m.group())
        if len(run) < 2:
            return run
        start = len(guesses)
        got = _decode_run(run, guesses if may_guess else None)
        if got is None:
            del guesses[start:]
            return run
        return got

    fixed = _rx().run.sub(fix, text)
    guessed = len(guesses)
    if guesses:
        fixed = _resolve_guesses(fixed, guesses)
    try:
        import ftfy  # lazy: only pages that look broken pay for it
    except ImportError:  # pragma: no cover - optional at run time
        return fixed, guessed
    return ftfy.fix_encoding(fixed), guessed


@functools.lru_cache(maxsize=1)
def _common() -> frozenset[str]:
    text = resources.files("wardnews").joinpath("data/vi/encoding-guess.txt").read_text("utf-8")
    return frozenset(x.strip() for x in text.splitlines() if x.strip() and not x.startswith("#"))


def _resolve_guesses(text: str, guesses: list[tuple[str, ...]]) -> str:
    """Each guessed letter: the candidate that best makes its word a Vietnamese syllable
    (a common syllable first, then any well-formed one in the word's case, then the commonest)."""
    queue = iter(guesses)
    common = _common()

    def word(m: regex.Match[str]) -> str:
        token = str(m.group())
        if _GUESS_MARK not in token:
            return token
        options = [next(queue) for _ in range(token.count(_GUESS_MARK))]
        chosen = [opts[0] for opts in options]
        caps = _is_caps(token)
        for k, opts in enumerate(options[:4]):
            ranked = []
            for order, cand in enumerate(opts):
                trial = unicodedata.normalize("NFC", _fill(token, chosen[:k] + [cand] + chosen[k + 1:]))
                ranked.append((trial.lower() in common, syllable_ok(trial) if _GUESS_MARK not in trial else False,
                               cand.isupper() == caps, -order, cand))
            chosen[k] = max(ranked)[-1]
        return _fill(token, chosen)

    return str(_rx().token.sub(word, text))


def _is_caps(token: str) -> bool:
    cased = [ch for ch in token if ch.isalpha()]
    return len(cased) >= 2 and all(ch.isupper() for ch in cased)


def _fill(token: str, letters: list[str]) -> str:
    parts = token.split(_GUESS_MARK)
    out = [parts[0]]
    for letter, part in zip(letters, parts[1:]):
        out.extend((letter, part))
    return "".join(out)


# --- the repair step ---------------------------------------------------------------------------

_CONVERTERS: dict[str, Callable[[str], str]] = {
    "mojibake": lambda t: fix_mojibake(t)[0],
    "tcvn3": tcvn3_to_unicode,
    "vni": vni_to_unicode,
}
_CODES = {"mojibake": "encoding.mojibake", "tcvn3": "encoding.tcvn", "vni": "encoding.vni"}
_MESSAGES = {
    "mojibake": "UTF-8 text that had been read as Windows-1252/Latin-1 (mojibake) decoded again",
    "tcvn3": "text in the TCVN3 (ABC, .VnTime) font encoding converted to Unicode",
    "vni": "text in the VNI font encoding converted to Unicode",
}


def detect(text: str) -> str | None:
    """The repair (``"mojibake"``, ``"tcvn3"``, ``"vni"``) the whole text confidently needs, if any."""
    if not suspicious(text):
        return None
    text = _sample(text)
    before = score(text)
    best: tuple[int, str] | None = None
    for name, convert in _CONVERTERS.items():
        after = score(convert(text))
        if confident(before, after) and (best is None or after.net > best[0]):
            best = (after.net, name)
    return best[1] if best else None


SAMPLE_LIMIT = 65536  # characters of a page judged for its encoding


def _sample(text: str, limit: int = SAMPLE_LIMIT) -> str:
    """The suspicious lines of a page, up to ``limit`` characters: enough to judge the page."""
    if len(text) <= limit:
        return text
    picked: list[str] = []
    size = 0
    for line in text.split("\n"):
        if suspicious(line):
            picked.append(line[:limit])
            size += len(picked[-1])
            if size >= limit:
                break
    return "\n".join(picked)


def repair(text: str) -> tuple[str, list[Notice]]:
    """Repair legacy-encoded and mojibake text; unchanged (the same object) when nothing is wrong.

    The page is judged as a whole first; then each line is converted only if that makes it read
    better, so a page that mixes Unicode and legacy lines is repaired line by line.
    """
    if not suspicious(text):
        return text, []
    page = detect(text)
    lines = text.split("\n")
    changed: dict[str, int] = {}
    guessed = 0
    for i, line in enumerate(lines):
        # Once the page is judged, any accented line may be in its encoding ("caùc" has no
        # suspicious character); alone, a line must show one.
        if line.isascii() if page else not suspicious(line):
            continue
        before = score(line)
        choice: tuple[int, str, str, int] | None = None
        for name in ([page] if page else _CONVERTERS):
            if name == "mojibake":
                conv, g = fix_mojibake(line)
            else:
                conv, g = _CONVERTERS[name](line), 0
            if conv == line:
                continue
            after = score(conv)
            ok = after.net > before.net if page else confident(before, after, strict=True)
            if ok and (choice is None or after.net > choice[0]):
                choice = (after.net, name, conv, g)
        if choice:
            lines[i] = choice[2]
            changed[choice[1]] = changed.get(choice[1], 0) + 1
            guessed += choice[3]
    if not changed:
        return text, []
    notices = [
        Notice(_CODES[name], f"{_MESSAGES[name]} ({count} line{'s' if count > 1 else ''})")
        for name, count in changed.items()
    ]
    if guessed:
        notices.append(Notice("encoding.guessed",
                              f"{guessed} letter(s) whose last byte was lost were guessed from Vietnamese spelling"))
    return "\n".join(lines), notices
