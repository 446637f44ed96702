"""Author signatures: credit words, names, co-authors, roles.

Forms seen on these portals: a bare name ("Ngọc Diệp", "DUY MINH", "H.LIÊN - N.DUY", "TT");
credit words then the name ("Tin, ảnh: VHXH", "Tác giả: Xuân Nữ", "Theo CTTĐT Hương Khê");
name then role, on one line ("Đỗ Thuần – Bí thư Chi bộ …", "Lư Thị Hương (Chủ tịch Hội …)")
or two (the seed); co-authors joined by dashes ("Thu Bích – Giáp Mạnh").
"""
from __future__ import annotations

import regex

from ._fields import CREDIT_LABEL
from ._lineshapes import unit_at
from ._normalize import collapse, fold
from ._vocab import GLUED_WORDS, ICON_LEAD, Vocabulary, strip_accents
from .model import Author

# Matches start only where a run of spaces starts (and never give spaces back): else quadratic.
_NOT_IN_NAMES = regex.compile(r"[\d:;!?\"“”/]")
_TEAM_WORDS = frozenset({"tổ", "khối"})  # (folded) a school's team or grade block, named by its grades
_GRADES = regex.compile(r"(?:\s++\d{1,2}(?:\s*+[-–,]\s*+\d{1,2})*+)$")
_NOT_IN_UNITS = regex.compile(r"[\d:;!?\"“”]|(?<!\p{Lu})/|/(?!\p{Lu})")  # (a slash only between initials: "HIV/AIDS")
_DASH_SPLIT = regex.compile(r"(?<!\s)\s++[-–—·]\s+|(?<!\s)\s*+[–—]\s*|(?<=\p{Ll})/\s?(?=\p{Lu})")  # ("Thu Hằng/VP …",
# "Hà My/ VP HĐND-UBND xã"; "Kim Ngân · Cộng tác viên phường": an author card's middle dot)
_PLACEHOLDER = regex.compile(r"\{\{?\s*\$?[\w.]{1,40}\s*\}\}?")  # "{NGUON}", "{{ post.author }}"
_LAST_DASH = regex.compile(r"\)\s++[-–]\s++(?=[^-–]*+$)")  # the dash after a bracket, the line's last: two credits
PARENS = regex.compile(r"^(?P<head>[^()\[\]]+?)\s*(?:\((?P<inner>[^()]{1,120})\)|\[(?P<inner>[^\[\]]{1,120})\])\s*\.?$")  # (or square brackets)
_INITIALS = regex.compile(r"^(?:\p{Lu}\.){1,3}\s*\p{Lu}[\p{L}]*$|^(?:\p{Lu}\.)*\p{Lu}\.?\p{Lu}[\p{Lu}]*$")
# (an apostrophe inside: Ê Đê and Jrai names, "H'Yến", "K'Nhiên")
_WORD = regex.compile(r"^\p{Lu}(?:['’]?[\p{Ll}\p{Lu}])*\.?$|^\p{Lu}['’]$")  # (or a prefix apart from its name: "K' Hiền")
_UNIT_INITIALS = regex.compile(r"^\p{Lu}{3,8}(?:&\p{Lu}{1,4})?$")  # "VPĐU", "TTVH", "TTVHTT&TT": a unit's initials after a name
_ACRONYM = regex.compile(r"^\p{Lu}{2,8}$|^\p{Lu}{2,8}+(?:[&\-]\p{Lu}{1,4}+){1,2}$")  # ("TTVH", and joined: "TTVHTT&TT", "VH-XH")


def name_like(text: str, vocab: Vocabulary, *, max_words: int = 5) -> bool:
    """One person's or desk's name as signed: capitalised words or initials, no digits."""
    text = text.strip().rstrip(".")
    if not text or len(text) > 40 or _NOT_IN_NAMES.search(text):
        return False
    folded = fold(text)
    if _addressed(text, folded, vocab) or vocab.role_title.match(folded):
        return False
    words = text.replace(".", ". ").split()
    if not 1 <= len(words) <= max_words:
        return False
    if unit_at(folded.split(), 0, vocab):
        return False  # a place's or a body's name, not a person's ("PHƯỜNG LONG TUYỀN TÂY", "Trường THCS Lê Lợi")
    if len(words) == 1:
        return bool(_ACRONYM.match(text) or _INITIALS.match(text)) or (
            _WORD.match(text) is not None and len(text) >= 3 and text[1:].islower() is False
        )
    return all(_WORD.match(w) or _INITIALS.match(w) for w in words)


def _addressed(text: str, folded: str, vocab: Vocabulary) -> bool:
    """Opens with an address word ("Ông …", "Đồng chí …"); one that is also a surname ("Đoàn")
    counts only before a lower-case word or an acronym: "Đoàn công tác", not "Đoàn Văn Hùng"."""
    m = vocab.honorific_start.match(folded)
    if not m:
        return False
    if len(text.split()) == 2 and (text.isupper() and len(m.group(0).split()) == 1 or m.group(0) in vocab.given_honorifics):
        return False  # a given name of two words that opens like an address, signed in capitals ("ANH THƯ"), or
        # opening with "Anh", a given name's first word as often as "Mr." ("Anh Thư", "Anh Tuấn")
    if not vocab.role_surname.match(folded):
        return True
    rest = text.split()[len(m.group(0).split()):]
    if not rest:
        return True
    return rest[0][:1].islower() or (_ACRONYM.match(rest[0]) is not None and not text.isupper())


def names_like(text: str, vocab: Vocabulary) -> bool:
    """One or more names joined by dashes, commas, ampersands, spaced slashes or "và" ("Thu Bích – Giáp Mạnh",
    "H.LIÊN - N.DUY", "Hoàng Lan / Sầm Đức", "Ngọc Diệp & Kim Ngân", "Thu Sương và Hoài Nam")."""
    if " / " in text:
        text = text.replace(" / ", " – ")
    if " & " in text:
        text = text.replace(" & ", " – ")  # ("Ngọc Diệp & Kim Ngân")
    if " và " in text and text.count(" và ") == 1:
        text = text.replace(" và ", " – ")  # (the last two of them: "Lê Thu Sương và Điểu Hoài Nam")
    if _cannot_be_names(text):
        return False
    parts = [p for p in _DASH_SPLIT.split(text.strip().rstrip(".")) if p]
    if "," in text:
        parts = [name.strip() for p in parts for name in p.split(",")]  # (commas, then "và" before the last:
        # "Thạch Ngọc Sang, Sơn Thị Chanh Đa và Kiên Văn Rum")
    if not parts or len(parts) > 5:
        return False
    return all(name_like(p, vocab) for p in parts)


def _cannot_be_names(text: str) -> bool:
    """Every word of a name opens with a capital, and no name holds a digit or a colon: a sentence
    fails these within its first words, before the dash split scans all of it."""
    return _NOT_IN_NAMES.search(text) is not None or any(word[0].islower() for word in text.split())


_DEPUTY = "phó "  # folded: before a title, its deputy's


def role_like(text: str, vocab: Vocabulary) -> bool:
    """A role or unit: starts with a role/unit word ("Bí thư …", "Đài TT …", "VP UBND Q8")."""
    text = text.strip()
    if not text or len(text) > 100 or text.endswith((".", "!", "?")) and len(text) > 60:
        return False
    folded = fold(text)
    if vocab.role_title.match(folded):
        return True
    if folded.startswith(_DEPUTY) and vocab.role_title.match(folded[len(_DEPUTY):]):
        return True  # a deputy of any title ("Phó Chỉ huy trưởng Ban CHQS xã", "Phó Giám đốc Trung tâm …")
    unit = vocab.role_unit.match(folded)
    m = vocab.role_surname.match(folded)
    if m and not (unit and unit.end() > m.end()):  # a longer unit wins: "Ban Chỉ huy Quân sự xã"
        # "Đoàn phường" is a unit, "Đoàn Văn Hùng" a person
        rest = text[m.end():].split()
        return bool(rest) and (rest[0][:1].islower() or bool(_ACRONYM.match(rest[0]))
                               or role_like(" ".join(rest), vocab)  # "Ban Văn hóa xã": a unit's name a unit too
                               or any(word[:1].islower() for word in rest[1:]))  # ("Ban Phong trào UBMTTQ huyện":
        # a word in lower case, which no person's name has)
    return bool(unit) or _initials_of_unit(text.split(), vocab) or _place(text, vocab)


def _place(text: str, vocab: Vocabulary) -> bool:
    """A ward or commune by its number or its name ("Phường 16", "Xã Hòa Bình", "thị trấn Văn Giang"):
    the level word with its accents, then capitalised words or a number and nothing else."""
    if len(text) > 40 or not text.lower().startswith(vocab.role_place):
        return False
    level = max((w for w in vocab.role_place if text.lower().startswith(w)), key=len)
    rest = text[len(level):].split()
    return 0 < len(rest) <= 4 and (rest[0].isdigit() and len(rest) == 1 or all(w[:1].isupper() for w in rest))


def _initials_of_unit(words: list[str], vocab: Vocabulary) -> bool:
    """A unit's initials the list lacks, then the level it serves ("CA xã", "ĐTN phường Tân An",
    "TTVHTT thị trấn"): initials alone could be a name's, the level word after them is not."""
    if len(words) < 2 or not _ACRONYM.match(words[0]):
        return False
    level = fold(words[1])
    units = vocab.site_units.get(level, ())
    return (level,) in units or len(words) > 2 and (level, fold(words[2])) in units


def strip_credit(text: str, vocab: Vocabulary) -> tuple[str, bool]:
    """Remove leading credit words ("Tin, ảnh:", "Theo"); returns the rest and whether any were.
    An icon before them goes too ("👤Người viết", "✍ Tác giả:": a page builder's property), and the
    label's English half on a bilingual template ("Bài & ảnh / Text & photos: Lan Anh")."""
    if "/" in text[:40] and (gloss := _CREDIT_GLOSS.match(text)) and not text[:gloss.start(1)].isascii():
        text = text[:gloss.start(1)] + text[gloss.end(1):]
    folded = fold(text)
    m = vocab.credit_label.match(folded) or vocab.credit_word.match(folded)
    if (not m or len(m["credit"]) == 1) and text[:1] > "\u2000" and (icon := ICON_LEAD.match(text)) and (
            labelled := vocab.credit_label.match(fold(text[icon.end():]))):
        m, text, folded = labelled, text[icon.end():], fold(text[icon.end():])  # a label after the icon: "👤 Người viết:"
    if not m and text[:1] > "\u2000" and (icon := ICON_LEAD.match(text)):
        bare = text[icon.end():]  # (a pen is a credit of its own: "✍ Mai Anh Thư")
        folded = fold(bare)
        m = vocab.credit_label.match(folded) or vocab.credit_word.match(folded)
        if m:
            text = bare
    if not m:
        return text, False
    rest = text[len(m.group(0)):] if len(folded) == len(text) else cut_like(text, m.group(0))
    rest = rest.strip()
    if rest.endswith(")") and rest.count(")") > rest.count("("):
        rest = rest[:-1].strip()  # the bracket closing "(Theo …)"; not a unit's: "Minh Tâm (Đài TT xã)"
    if ":" in rest[:_INNER_CREDIT] and (inner := vocab.credit_label.match(fold(rest))) and rest[len(inner.group(0)):].strip():
        rest = strip_credit(rest, vocab)[0]  # a form's label over the credit as typed ("Tác giả | Tin, ảnh: Lường Thị Nga")
    return rest, True


_INNER_CREDIT = 16  # characters: a credit's label typed again inside a form's field


# a credit label's English after a slash, before its colon ("Bài & ảnh / Text & photos: …")
_CREDIT_GLOSS = regex.compile(r"^[^/:]{2,30}?(\s*+/\s*+[A-Za-z][A-Za-z&' ]{1,30}+)(?=:)")


def cut_like(text: str, folded_prefix: str) -> str:
    # fold() may change length only through whitespace collapsing; walk both strings.
    count = len(folded_prefix.replace(" ", ""))
    seen = 0
    for i, ch in enumerate(text):
        if not ch.isspace():
            seen += 1
        if seen == count:
            return text[i + 1:]
    return ""


def credit_only(text: str, vocab: Vocabulary) -> bool:
    """A line that is only credit words, with the name on the next line ("Thực hiện:"), or two labels
    sharing one field ("Tác giả / nguồn tin", Drupal's field label)."""
    if " / " in text and len(text) <= 40:
        return all(credit_only(part.strip(" :") + ":", vocab) for part in text.split(" / "))
    rest, had = strip_credit(text, vocab)
    return had and not rest.strip(" :")


_SET_OFF = "—–"  # (an em or en dash; a hyphen opens a list's item)


_SITE_ADDRESS = regex.compile(r"\.(?:vn|com|net|org|info)$")  # a site credited as the source ("Theo baohalam.vn")
_PLAIN_QUALIFIER = regex.compile(r" (?P<words>\p{Ll}++ \p{Ll}++)$")  # two words in lower case closing a line


def parse_signature(lines: list[str], vocab: Vocabulary, raw: str | None = None) -> Author | None:
    """An Author from the one or two lines of a signature, or None if they are not one."""
    if len(lines) == 1 and (gap := vocab.source_after.search(lines[0])) and source_line(lines[0][gap.end():].strip(), vocab):
        raw = raw if raw is not None else collapse(lines[0])
        lines = [lines[0][:gap.start()], lines[0][gap.end():]]  # the source's field beside the writer's:
        # "Tác giả: H'Bia Niê    Nguồn tin: Hội ND huyện", "Tác giả: Minh Anh - Nguồn: …"
    lines = [collapse(x) for x in lines if x.strip()]
    if not lines or len(lines) > 2 or any("{" in x and _PLACEHOLDER.search(x) for x in lines):
        return None  # (a template's unfilled field: "Nguồn: {NGUON}")
    raw = raw if raw is not None else "\n".join(lines)
    if lines and lines[-1][-1:].isdigit() and (dated := _SIGNED_ON.search(lines[-1])) and dated.start() > 0:
        lines[-1] = lines[-1][:dated.start()]  # the day it was signed after the names ("… (Đài TT phường), 12/12/2024")
    if len(lines) == 1 and lines[0][:1] in "[(" and (first := _ROLE_FIRST.match(lines[0])) and role_like(first["role"], vocab) \
            and names_like(lines[0][first.end():], vocab):
        return Author(lines[0][first.end():].rstrip("."), first["role"], raw)  # the role in brackets before the name
        # ("[CTV] Lò Thị Dung", "(PV) Hà Anh")
    if len(lines) == 1 and lines[0][:1] in "VvĐđWwBb" and (written := written_by(lines[0], vocab, 2)):
        return Author(written[0], written[1], raw)  # "By Lê Hoàng Yến", "By Vũ Minh Hằng (CTV)"
    if lines[0][:1] in _SET_OFF and len(lines[0]) > 2 and lines[0][1:2] == " ":
        lines[0] = lines[0].lstrip(_SET_OFF + " ")  # a signature set off by a dash: "— Khánh Vy"
        if lines[0][-1:] in _SET_OFF and lines[0][-2:-1] == " ":
            lines[0] = lines[0].rstrip(_SET_OFF + " ")  # (or between two: "— Hoài Nam —")
    elif lines[0][:2] == "- " and lines[0][-2:] == " -" and len(lines[0]) > 4:
        lines[0] = lines[0][2:-2].strip()  # between two hyphens, which no list's item closes with: "- Hải Đăng, TT VH-TT huyện -"
    if len(lines) == 1 and " " in lines[0] and (plain := _PLAIN_QUALIFIER.search(lines[0])) and (
            fold(plain["words"]) in vocab.qualifiers and names_like(lines[0][:plain.start()], vocab)):
        return Author(lines[0][:plain.start()], None, raw)  # the qualifier with no brackets: "Thu Trang thực hiện"
    if len(lines) == 2:
        first, second = lines
        if credit_only(first, vocab):
            if ":" in second[:CREDIT_LABEL] and source_line(second, vocab):
                return None  # the writer's field left empty over the source's ("Tác giả:" / "Nguồn: UBND phường …")
            author = parse_signature([f"{first.rstrip(': ')}: {second}"], vocab, raw)
            return author
        if names_like(first, vocab) and role_like(second, vocab):
            return Author(first.rstrip("."), second.rstrip("."), raw)
        if (not first.isupper() and first[-1:] not in ".:;" and role_like(first, vocab) and not names_like(first, vocab)
                and names_like(second, vocab) and not role_like(second, vocab)):
            return Author(second.rstrip("."), first, raw)  # the role over the name ("Công chức Tư pháp - Hộ tịch xã" /
            # "Nguyễn Thị Khánh Linh"; in capitals, a document's signing block: see signing_block)
        if role_like(second, vocab) and not source_line(first, vocab):
            names, credited = strip_credit(first, vocab)
            if credited and names_like(names, vocab):
                return Author(names.rstrip("."), second.rstrip("."), raw)  # "Tin, ảnh: Minh Khoa - Hồng Nhung" / "Trung tâm …"
        bracketed = second[:1] == "(" and second.rstrip(".")[-1:] == ")"
        if bracketed and role_like(second.rstrip(".")[1:-1], vocab):
            names, credited = strip_credit(first, vocab) if not names_like(first, vocab) else (first, False)
            if names_like(names, vocab) and not (credited and source_line(first, vocab)):
                return Author(names.rstrip("."), second.rstrip(".")[1:-1].strip(), raw)  # "(Công chức VHXH xã)",
                # under a credit too: "Bài và ảnh: Phạm Quang Vinh" / "(Hội CCB phường Vạn Hưng)"
        if source_line(second, vocab) or _qualifier_line(second, vocab):
            # "Hồng Vân" / "Nguồn: Chi cục Thống kê huyện", "Người viết: Minh Anh" / "Người duyệt: Lê
            # Văn Hùng", "Minh Anh" / "(Tổng hợp)": the first line signs
            if names_like(first, vocab):
                return Author(first.rstrip("."), None, raw)
            if first[-1:] in ")]" and (m := PARENS.match(first)) and _qualifier_line(m["inner"], vocab) \
                    and names_like(m["head"], vocab):
                return Author(m["head"], None, raw)  # "Hồng Vân (tổng hợp)" / "Nguồn: Trang TTĐT xã …"
            credited = strip_credit(first, vocab)[1]
            if credited:
                return _one_line(first, vocab, raw) if not source_line(first, vocab) else None
            signed = _one_line(first, vocab, raw)  # "Thu Hà (Trung tâm VH-TT&TT huyện)" / "Nguồn: …"
            return signed if signed is not None and signed.role else None
        return None
    return _one_line(lines[0], vocab, raw)


def names_role(lines: list[str], vocab: Vocabulary) -> bool:
    """The lines read as a writer's signature that names the role ("Nguyễn Lan" / "Phó Chủ tịch UBND xã")."""
    return (author := parse_signature(lines, vocab)) is not None and author.role is not None


def signing_line(line: str, vocab: Vocabulary) -> bool:
    """A line of an official document's signing block above the signer's name: "TM. ỦY BAN NHÂN
    DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH" (a title in capitals), "(Đã ký)"."""
    if len(line) > 60:
        return False
    key = fold(line.strip(" ()[]"))
    if key in vocab.signed_marks:
        return True
    if not line.isupper():
        return False
    return key.startswith(vocab.signing_behalf) or vocab.role_title.match(key) is not None


def signing_block(lines: list[str], vocab: Vocabulary) -> Author | None:
    """A document's signing block: its lines, then the signer's name ("KT. CHỦ TỊCH" / "PHÓ CHỦ
    TỊCH" / "(Đã ký)" / "Nguyễn Văn Hưng"). The role is the signer's title as printed."""
    *above, name = lines
    name = collapse(name)
    if not above or not all(signing_line(x, vocab) for x in above) or not names_like(name, vocab):
        return None
    titles = [x for x in above if vocab.role_title.match(fold(x)) and fold(x.strip(" ()")) not in vocab.signed_marks]
    return Author(name.rstrip("."), collapse(titles[-1]) if titles else None, "\n".join(collapse(x) for x in lines))


def source_line(line: str, vocab: Vocabulary) -> bool:
    """A line naming where the article came from ("Nguồn: …", "(Theo …)") or who edited it
    ("Biên tập: …", "Người duyệt: …"), not who wrote it."""
    key = fold(line)
    m = vocab.credit_label.match(key) or vocab.credit_word.match(key)
    return m is not None and fold(m["credit"]).startswith((*vocab.source_credits, *vocab.editor_credits))


def _qualifier_line(line: str, vocab: Vocabulary) -> bool:
    """A qualifier alone under the name: "(Tổng hợp)", "(st)"."""
    return fold(line.strip(" ()[].")) in vocab.qualifiers


def uploader_label(text: str, vocab: Vocabulary) -> bool:
    """Opens with a CMS uploader label, a whole word ("Người đăng tin: X", "Đăng bởi admin",
    "bởi admin"): who pressed publish, not who wrote the article."""
    return _uploader_label_length(text, vocab) > 0


def uploader_line(text: str, vocab: Vocabulary) -> bool:
    """A line that is only an uploader label and who it names ("Bởi admin", "Đăng bởi: Lê Na"), not
    a sentence that opens with the word ("Bởi vậy, xã …")."""
    length = _uploader_label_length(text, vocab)
    rest = text.strip(" |•·-–")[length:].strip(" :|") if length else ""
    clock = _AT_CLOCK.search(rest) if rest[-1:].isdigit() else None
    if clock:
        rest = rest[:clock.start()]  # (and when: Blogger's "Được đăng bởi UBND xã Hòa Bình Tây vào lúc 09:14")
    return bool(rest) and (account_name(rest, vocab) or names_like(rest, vocab) or login_name(rest) or (
        clock is not None and role_like(rest, vocab)))


_AT_CLOCK = regex.compile(r"\s++(?:vào\s++)?lúc\s++\d{1,2}[:h]\d\d$")


_LOGIN = regex.compile(r"^[a-z][a-z0-9_.\-]{2,30}$")  # a CMS login after an uploader label ("quantrixa", "bientap_01")


def written_label(line: str, vocab: Vocabulary) -> str | None:
    """The "written by" label opening the line ("By", "Viết bởi", credits.txt "@written"), folded; None
    where it opens with none. A label alone names no one."""
    key = fold(line)
    return next((w for w in vocab.written_labels if key.startswith((w + " ", w + ":"))), None)


def written_by(line: str, vocab: Vocabulary, words: int = 3) -> tuple[str, str | None] | None:
    """The person a "written by" label names, and their role in brackets ("By Lê Hoàng Yến", "Viết bởi
    Hồ Thị Diễm Kiều", "By Vũ Minh Hằng (CTV)", credits.txt "@written"), where the CMS account stands
    on most pages ("Viết bởi Super User", "By admin"): a full name, ``words`` words at least,
    capitalised, none an account's, a desk's or a unit's."""
    if (label := written_label(line, vocab)) is None:
        return None
    name, role = line[len(label):].strip(" :"), None
    if name[-1:] in ")]" and (bracketed := PARENS.match(name)):
        name, role = bracketed["head"].strip(), bracketed["inner"].strip()
    elif " - " in name or " – " in name:
        name, role = split_role(name, vocab)  # "By: Lan Anh - VP UBND phường"
    named = role is not None and fold(role) not in vocab.qualifiers  # (a unit beside it: a person's pen name of
    if named or all(not word.isascii() for word in name.split()):  # two words, perhaps with no accent, no account:
        words = min(words, 2)  # "By: Lan Anh - VP UBND phường"; or each word accented, as no login is: "Viết bởi Lệ Hằng")
    if (len(name.split()) >= words and (named or not name.isascii()) and name_like(name, vocab) and not account_name(name, vocab)
            and fold(name) not in vocab.desk_signatures and not role_like(name, vocab)):
        return name, (None if role is None or fold(role) in vocab.qualifiers else role)
    if (role is None and (" - " in name or " – " in name) and not name.isascii() and names_like(name, vocab)
            and all(len(part.split()) >= 2 and name_like(part, vocab) and not account_name(part, vocab)
                    for part in _CO_AUTHOR_DASH.split(name))):
        return name, None  # two writers, each a full name ("bởi Minh Tú - Hải Đăng")
    return None


_CO_AUTHOR_DASH = regex.compile(r"\s[-–]\s")


def login_name(text: str) -> bool:
    """A CMS login as printed: one lower-case ASCII token ("bientapvien", "qtv_xa")."""
    return _LOGIN.match(text) is not None


def _uploader_label_length(text: str, vocab: Vocabulary) -> int:
    """The length of the uploader label ``text`` opens with (as a whole word), else 0."""
    key = fold(text.strip(" |•·-–"))
    length = max((len(u) for u in vocab.uploader_labels if key.startswith(u) and not key[len(u):len(u) + 1].isalpha()),
                 default=0)  # (the longest: "Người nhập tin", not "Người nhập")
    if length and (credit := vocab.credit_label.match(key)) and len(credit["credit"]) > length:
        return 0  # a writer's longer label opening with it: "Người gửi bài: …", not "Người gửi: …"
    return length


def credited_account(line: str, vocab: Vocabulary) -> bool:
    """A credit naming a CMS account, not a person ("Tác giả: admin", "Người đăng: quantri")."""
    rest, credited = strip_credit(line, vocab)
    return credited and account_name(rest, vocab)


def account_name(text: str, vocab: Vocabulary) -> bool:
    """Only account words ("admin admin", "Quản trị"): a CMS login, not a person."""
    folded = fold(text)
    if not folded or vocab.account_word.search(folded) is None:
        return False
    if text.isascii() and text.islower() and len(words := text.split()) <= _LOGIN_WORDS and vocab.account_word.match(words[0]):
        return True  # a login of lower-case words opening with an account's ("quantri phuong", "bientap xa")
    if (opening := vocab.account_word.match(folded)) and opening.group().strip() not in vocab.desk_signatures and (
            rest := strip_accents(folded[opening.end():]).split()) and rest[0] in vocab.account_places:
        return True  # the site's administrator by its ward ("Quản trị phường", typed without accents "Quan tri phuong")
    if text.isascii() and opening is not None and opening.group().strip() not in vocab.desk_signatures:
        return True  # an account's display name typed without accents, its role first ("Bien tap vien Phuc Tho")
    return not any(ch.isalnum() for ch in vocab.account_word.sub("", folded))


_ROLE_FIRST = regex.compile(r"[\[(](?P<role>[^\[\]()]{2,30}+)[\])]\s++(?=\p{Lu})")  # "[CTV] " before the name
_SIGNED_ON = regex.compile(r"(?:,|\s[-–])\s*+\d{1,2}/\d{1,2}/\d{4}$")  # ", 12/12/2024" or " – 17/4/2024" closing a signature
_LOGIN_WORDS = 3  # words in a login printed with spaces, at most
_SOURCE_WORDS = 6  # words of a source named in lower case (a site's address, a login), at most


def before_next_field(text: str, vocab: Vocabulary) -> str:
    """A credit's names without another meta field after a bar or an em dash ("Minh Hạnh | Nguồn: Hội
    LHPN xã", "Trần Khải — Biên tập: Ngọc Lan"), or after a hyphen when that field is its source
    ("Nguyễn Khắc Hưng - Nguồn: Trung tâm VH-TT&TT huyện")."""
    for sep in (" | ", " — ", " · ", " • "):  # ("Trần Thu Hà · Người duyệt: Nguyễn Văn Khánh")
        head, bar, tail = text.partition(sep)
        if bar and ":" in tail[:24]:
            return head
    if ":" in text and (editor := vocab.editor_after.search(text)) and editor.start() > 0 and not any(
            c.isdigit() for c in text[editor.start():]):  # (no date or count after it: a meta row's, read as such)
        return text[:editor.start()].rstrip(" -–—,;")  # the editor's field run on after a space or a dash ("Đinh Quang
        # Hưng Người duyệt: …", "Đinh Thị Nhàn – Biên tập: Phạm Hồng Quân")
    if " - " in text or " – " in text:
        source = vocab.source_after.search(text)
        if source is not None and source.start() > 0 and ":" in text[source.end():source.end() + 12]:
            return text[:source.start()]
    return text


_BRACKETS = {("(", ")"), ("[", "]")}


def desk_of_unit(text: str, vocab: Vocabulary) -> bool:
    """A desk of several words, then the unit it belongs to ("Nhóm PV Đài truyền thanh thị trấn",
    "Nhóm phóng viên Trung tâm VH-TT huyện"): the team signs as a whole, no person's name in it."""
    if text[:1] not in "NnBb":
        return False  # (its desks all open so: "Nhóm PV …", "Ban biên tập …", "BBT …")
    words = text.split()
    return any(len(words) > k and fold(" ".join(words[:k])) in vocab.desk_signatures and role_like(" ".join(words[k:]), vocab)
               for k in (2, 3))


def _one_line(line: str, vocab: Vocabulary, raw: str) -> Author | None:
    desk = line.strip(" .()")
    if fold(desk) in vocab.desk_signatures:
        return Author(desk, None, raw)  # "PV", "Nhóm PV"
    if desk_of_unit(desk, vocab):
        return Author(desk, None, raw)  # "Nhóm PV Đài truyền thanh thị trấn": a unit's desk, signed as one name
    if " " in desk and len(desk) <= 40 and any(fold(desk[:at]) in vocab.desk_signatures and fold(desk[at + 1:]) in vocab.desk_owners
                                               for at, c in enumerate(desk) if c == " "):
        return Author(desk, None, raw)  # "BBT nhà trường", "Ban biên tập xã": the desk of the site's own body
    bare = line.strip()
    if (bare[:1], bare[-1:]) in _BRACKETS and not any(c in bare[1:-1] for c in "()[]"):
        return _one_line(bare[1:-1], vocab, raw)  # "(Minh Anh)", "(Theo Báo Lạng Sơn)", "[Minh Khoa]"
    if bare.startswith(vocab.ranks) and (rank := next(r for r in vocab.ranks if bare.startswith(r))) and (
            bare[len(rank):len(rank) + 1].isupper()):
        return _one_line(bare[len(rank):], vocab, raw)  # "Thiếu tá Bùi Văn Tuân, Trưởng Công an xã": the person
    if bare[-1:] == ")" and (m := PARENS.match(bare)) and fold(m["inner"].strip()) in vocab.qualifiers and not names_like(
            m["head"], vocab) and (signed := _one_line(m["head"], vocab, raw)) is not None:
        return signed  # the name and role, then the writer's own credit words ("Lê Thị Thu Hà, Công chức VH-XH (tin, ảnh)")
    if bare[-1:] == ")" and (dash := _LAST_DASH.search(bare)) and (shot := PARENS.match(bare[dash.end():])) and fold(
            shot["inner"].strip()) in vocab.photo_words and (wrote := PARENS.match(bare[:dash.start() + 1])) and fold(
            wrote["inner"].strip()) in vocab.qualifiers and names_like(wrote["head"], vocab):
        return Author(wrote["head"].strip(), None, raw)  # the writer, then the photographer, each their part in
        # brackets ("Néang Sa Phi (tin) - Chau Sóc Kha (ảnh)")
    text, credited = strip_credit(line, vocab)
    text = text.strip().rstrip(".").strip()
    if credited and (account_name(text, vocab) or login_name(text) and not _SITE_ADDRESS.search(text)):
        return None  # "Tác giả: admin", "Tác giả: quantri_daoson": the CMS account that posted it
    if credited and text[:1].islower() and (", " in text or len(text.split()) > _SOURCE_WORDS):
        return None  # a sentence opening "Theo …" ("Theo đánh giá của Ban Chỉ đạo, nhận thức …"), no source's name
    if credited and fold((first := text.split(" ", 1))[0]) in vocab.desk_signatures and len(first) == 2 and first[0].isupper() and (
            names_like(first[1], vocab)):
        return Author(first[1], first[0], raw)  # the desk's initials before the name ("Tin, ảnh: CTV Hồng Nhung")
    unit, colon, name = text.partition(": ") if credited else ("", "", "")
    if (colon and unit and ":" not in line[:len(line) - len(text)] and role_like(unit, vocab)
            and names_like(name := name.strip(), vocab) and not source_line(line, vocab)):
        return Author(name, line[:line.index(": ")].strip(), raw)  # the reporter's word and unit as the name's
        # label ("PV Đài TT xã: Y Hiên", "CTV Trung tâm VH-TT huyện: Lê An")
    if credited:
        # "Tin: Thu Hà - Ảnh: Minh Tuấn": the writer is the author; the photographer is in raw.
        parts = vocab.photo_split.split(text, maxsplit=1)  # (and "Bài: X | Ảnh: Y"; a sentence's stop between,
        text = parts[0].strip(" -–,|") if len(parts) == 1 else parts[0].strip(" -–,|.")  # "Bài: X. Ảnh: Y")
        text = before_next_field(text, vocab)
        if (not text or len(text.split("(", 1)[0]) > _CREDITED_NAMES or len(text) > _CREDITED_LINE
                or text.lstrip("| ").endswith((":", "!", "?"))):  # (the names, then their unit in brackets)
            return None  # (an empty field, then another: "Tác giả: | Nguồn:"; an interview's question or
            # thanks after the reporter's "PV:", "PV: Cảm ơn anh về cuộc trò chuyện!")
        if "(" in text or "[" in text:
            m = PARENS.match(text)
            if m and CLIP_LENGTH.match(m["inner"]):
                return None  # a clip's title and its length under its kind ("Phóng sự: Mùa thu hoạch … (04:12)")
            if m:
                return _with_parens(m["head"], m["inner"], vocab, raw)
        head, role = split_role(text, vocab)
        if role is None and ", " in head and (parts := head.partition(", ")) and names_like(parts[0], vocab) \
                and role_like(parts[2], vocab):
            head, role = parts[0], parts[2]  # under its credit, a name then its title after a comma ends no
            # caption ("Nguồn tin: Lê Hồng Sơn, Công chức Văn hóa – Xã hội")
        return Author(head, role, raw) if head else None
    if vocab.photo_credit_line.match(line) and len(line) <= _CREDITED_LINE:
        for field in _CREDIT_FIELDS.split(line)[1:]:  # the photographer first, then the writer ("Ảnh: Bảo Trân — Bài:
            if (strip_credit(field, vocab)[1] and not vocab.photo_credit_line.match(field)  # Quốc Nhựt")
                    and (wrote := parse_signature([field], vocab)) is not None):
                return Author(wrote.name, wrote.role, raw)
    if vocab.photo_credit.search(line):
        return None  # a photo credit is a caption
    m = PARENS.match(text)
    if m and (names_like(m["head"], vocab) or fold(m["head"].strip()) in vocab.desk_signatures):  # (or the desk: "Nhóm
        return _with_parens(m["head"], m["inner"], vocab, raw)  # phóng viên (Trung tâm TT-VH huyện …)")
    head, role = split_role(text, vocab)
    if role:
        return Author(head, role, raw)
    if names_like(text, vocab):
        return Author(text, None, raw)
    title, colon, name = text.partition(": ")
    if colon and len(text) <= 80 and role_like(title, vocab) and names_like(name.strip(), vocab):
        return Author(name.strip(), title.strip(), raw)  # the role as the name's label ("Tổng phụ trách Đội: Lê Lan")
    if line.rstrip().endswith("."):
        return None
    unit, comma, parent = text.partition(", ")
    if comma and ", " not in parent and unit_signature(unit, vocab) and role_like(parent, vocab):
        return Author(unit, parent, raw)  # a team, then the body it belongs to, as a name then a title:
        # "Tổ Thông tin - Tuyên truyền, Trung tâm VH-TT&TT huyện"
    if m and _qualifier_line(m["inner"], vocab) and unit_signature(m["head"], vocab):
        return Author(m["head"], None, raw)  # the unit, what it did in brackets: "Tư pháp - Hộ tịch phường (sưu tầm, tổng hợp)"
    if unit_signature(text, vocab):
        return Author(text, None, raw)  # "Ban Tuyên giáo Huyện ủy": the unit signs
    return None


def initials_of_writer(line: str, credit: str, vocab: Vocabulary) -> bool:
    """A signature of initials only ("T.H.P", "THP") that are the first letters of a writer's name
    credited elsewhere on the page ("Tin: Trần Hữu Phước; Ảnh: Lê Thị Bé")."""
    letters = line.replace(".", "").replace(" ", "")
    if not 2 <= len(letters) <= _MOST_INITIALS or not letters.isalpha() or not letters.isupper():
        return False
    author = parse_signature(credit.split("\n"), vocab)
    if author is None:
        return False
    names = regex.split(r"\s*[,;&–-]\s*|\s+và\s+", author.name)
    return any(fold("".join(w[0] for w in name.split())) == fold(letters) for name in names if name)


_CREDITED_NAMES = 80  # characters: the names after a credit, at most
_CREDIT_FIELDS = regex.compile(r"\s++[—–|;]\s++|;\s*+|\s++-\s++(?=\p{Lu}[^:]{0,20}:)")  # credits side by side
_CREDITED_LINE = 140  # … and the unit in brackets after them ("Bài, ảnh: A, B và C (Trung tâm Truyền thông …)")
_MOST_INITIALS = 5  # letters of a Vietnamese name's initials, at most ("N.T.T.H")
_UNIT_FIRST_WORDS = 8  # words of a unit signing before the name of who wrote for it, at most


_DOTTED_INITIALS = regex.compile(r"(?<=\b\p{Lu}{2,8})\.(?=\p{Lu}{2,8}\b)")


_LOWER_IN_LEVELLED = 6  # words in lower case in a unit's long name that its level closes, at most
_UNIT_ACRONYM = regex.compile(r"^\p{Lu}{2,}+(?:[-/&]\p{Lu}{2,}+)*+$")  # a unit's name in initials: "KSBT-HIV/AIDS", "VHTT"


def unit_signature(text: str, vocab: Vocabulary) -> bool:
    """A named unit signing the article: a unit word, then a name with a capital ("Ban Tuyên giáo
    Huyện ủy", "Trung tâm VH-TT Thanh Ba", or in capitals: "BAN CHỈ HUY QUÂN SỰ PHƯỜNG 6"); not a bare
    "Đoàn phường", not a sentence. (The site's banner printed again at the foot is the labeller's to
    tell apart: it repeats a line over the article.)"""
    if "." in text:
        text = _DOTTED_INITIALS.sub(" ", text)  # two units' initials joined by a dot: "BTT.UBMTTQVN huyện", two words
    words = [w for w in text.split() if w not in ("-", "–")]  # ("Văn hóa - Xã hội": a dash is no word)
    # (a long unit is mostly its name: "Ban Chỉ huy Quân sự xã Tân Lập Đông"; a headline is not. Its
    # place, a level then a name in capitals, counts as one word: "Trung tâm Phục vụ hành chính công xã Cao Mã Lùng")
    named = next((k for k in range(1, len(words) - 1) if words[k].lower() + " " in vocab.role_place  # (or "XÃ")
                  and all(w[0].isupper() for w in words[k + 1:])), len(words) - 1) + 1
    lower = sum(w[0].islower() for w in words[:named])
    long_ok = named <= 8 or named <= 10 and (lower <= 3 or lower <= _LOWER_IN_LEVELLED and words[-1].lower() + " " in vocab.role_place)
    # (a department's long name closed by its level: "Phòng Nông nghiệp và Phát triển nông thôn huyện")
    if len(words) >= 4 and words[-1].isdigit() and len(words[-1]) <= 2 and words[-2].lower() + " " in vocab.role_place:
        text, words = text[:text.rindex(" ")], words[:-1]  # its ward by number: "Ban Chỉ huy Quân sự phường 6"
    elif words and words[-1].isdigit() and fold(words[0]) in _TEAM_WORDS and (grades := _GRADES.search(text)):
        text = text[:grades.start()]  # a school's team by its grades: "Tổ Chuyên môn 4 - 5", "Khối 1"
        words = text.split()
    return (len(text) <= 60 and (len(words) >= 3 or len(words) == 2 and _UNIT_ACRONYM.match(words[1]) is not None)
            and long_ok and not _NOT_IN_UNITS.search(text)  # (a unit word, then its name's initials: "Khoa KSBT-HIV/AIDS")
            and not text.endswith((",", ";")) and any(w[0].isupper() for w in words[1:])
            and vocab.role_unit.match(fold(text)) is not None)


CLIP_LENGTH = regex.compile(r"^\s*+\d{1,2}:\d{2}(?::\d{2})?\s*+$")  # a video's length, alone in its brackets


def _with_parens(head: str, inner: str, vocab: Vocabulary, raw: str) -> Author:
    inner = inner.strip()
    role = None if fold(inner) in vocab.qualifiers else inner
    return Author(head.strip(), role, raw)


def split_role(text: str, vocab: Vocabulary) -> tuple[str, str | None]:
    """Split "Name – role" at the first dash whose right side is a role, else "Name, role" at the
    first comma ("Nguyễn Văn An, Công chức VH-XH xã"); co-authors stay whole."""
    for bar in (" / ", " | "):
        left, slash, right = text.partition(bar)
        if slash and role_like(right, vocab) and names_like(left, vocab):
            return left.strip(), right.strip()  # "Ngọc Ánh / VP HĐND-UBND" (and "Hoàng Lan / Sầm Đức" co-authors),
            # "Lê Khánh Toàn | Trung tâm Văn hóa, Thông tin và Thể thao huyện" (an author card's name and unit)
    left, slash, right = text.rpartition("/")
    if slash and left[-1:].islower() and _ACRONYM.match(right.strip()) and names_like(left, vocab):  # (not "HIV/AIDS")
        return left.strip(), right.strip()  # "Thanh Hà/QRT": the writer, then the initials of the paper or station
    for sep in _DASH_SPLIT.finditer(text):
        left, right = text[: sep.start()].strip(), text[sep.end():].strip()
        if left and role_like(right, vocab) and names_like(left, vocab):
            return left, right
        if (left and _UNIT_INITIALS.match(right) and not text.isupper() and " " in left and name_like(left, vocab)
                and fold(right) not in vocab.desk_signatures):
            return left, right  # a name, then its unit's initials, which no name is ("Thanh Tâm - VPĐU")
        if (left and right and len(right.split()) >= 2 and not right.isupper() and name_like(right, vocab)
                and len(left.split()) <= _UNIT_FIRST_WORDS and not names_like(left, vocab) and role_like(left, vocab)
                and (len(right.split()) >= 3 or ends_in_unit(left, vocab))):
            return right, left  # the unit first, then who wrote for it ("Thư viện nhà trường - Nguyễn Thị Bé Năm";
            # a pen name of two words after a unit that ends so: "BCH Quân sự xã - Quang Vinh")
    left, comma, right = text.partition(", ")
    if comma and left and role_like(right, vocab) and (name_like(left, vocab) or (
            " - " in left or " & " in left or " và " in left) and names_like(left, vocab)) and ends_in_unit(right, vocab):
        return left, right  # (or co-authors joined by a dash or "&", their unit after: "Y NHI - A THÚT, Tổ CNTT xã …")
    for join in GLUED_WORDS.finditer(text):
        left, right = text[:join.start()], text[join.start():]
        if right[1:2].islower() and " " in left and role_like(right, vocab) and name_like(left, vocab):
            return left, right  # the name's element and the unit's run together, no space ("Vàng Thị DungPhòng Văn hóa …")
    return text, None


def ends_in_unit(role: str, vocab: Vocabulary) -> bool:
    """A role as signed ends in its unit: a unit word ("… VH-XH xã"), an acronym or a name ("Bí
    thư Đoàn xã Hòa Phú"), or a number ("phường 3"). A caption goes on after the role
    ("Lê Văn An, Chủ tịch UBND xã phát biểu tại hội nghị")."""
    words = role.split()
    last = words[-1].rstrip(".")
    pair = (fold(words[-2]), fold(last)) if len(words) >= 2 else None  # "… thị trấn", "… thành phố"
    return (last[:1].isupper() or last.isdigit() or (fold(last),) in vocab.site_units.get(fold(last), ())
            or pair is not None and pair in vocab.site_units.get(pair[0], ())
            or any(len(words) > k and vocab.role_unit.fullmatch(fold(" ".join(words[-k:]).rstrip("."))) is not None
                   for k in (2, 3, 5)))
    # ("Chấp hành viên Chi cục": the unit word closes it; "Công chức Văn hóa - Xã hội": a desk's name does)
