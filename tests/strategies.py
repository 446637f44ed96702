"""Hypothesis strategies that build page-like input, and the settings profiles.

Pages are mixtures of what the portals really print — a title, a dated lead, body paragraphs,
a signature, boilerplate widgets and scraper markers — with what archives break them with:
random Unicode, NFD letters, legacy-encoded (TCVN3, VNI) text as bytes or str, mojibake, HTML
fragments, very long lines and runs of blank lines.

Profiles: ``ci`` (the default, a few minutes for the whole suite) and ``long``
(``pytest --hypothesis-profile=long``) for a deeper search.
"""
from __future__ import annotations

import unicodedata

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from wardnews import _legacy

settings.register_profile(
    "ci", max_examples=40, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.register_profile(
    "long", max_examples=3000, deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
settings.load_profile("ci")  # --hypothesis-profile=NAME (read after this module) overrides it

# Invented vocabulary in the portals' register (no corpus text).
WORDS = (
    "phường xã thị trấn quận huyện ủy ban nhân dân hội nghị tổng kết phong trào thi đua năm tổ chức "
    "đồng chí chủ tịch bí thư đảng ủy cán bộ đoàn viên hội viên thanh niên phụ nữ cựu chiến binh "
    "khu phố tổ dân phố công tác an ninh trật tự vệ sinh môi trường văn hóa gia đình học sinh "
    "trao quà hỗ trợ hộ nghèo tuyên truyền phòng chống dịch bệnh kế hoạch triển khai thực hiện "
    "kết quả đạt được nhiệm vụ trọng tâm người dân tham gia tích cực hiệu quả thiết thực mới "
    "hoà thuỷ hóa thủy khoẻ quý của mùa thuở nghiêng giữ được những trong với và các"
).split()
NAMES = ("Nguyễn Văn Hùng", "Trần Thị Lan", "Lê Minh Đức", "Phạm Thu Hà", "Hoàng Quốc Việt", "Vũ Ngọc Ánh")
ROLES = ("Chủ tịch UBND phường", "Bí thư Đoàn xã", "Phó Chủ tịch Hội LHPN phường", "Cán bộ văn hóa xã")
BOILERPLATE = (
    "Thư viện hình ảnh", "Thống kê truy cập", "Đang trực tuyến: 37", "Số lượt truy cập: 120456",
    "Tin liên quan", "Trang chủ", "content:", "Chia sẻ", "In bài viết", "Lượt xem: 215",
    "Bản quyền thuộc UBND phường", "© 2024 Cổng thông tin điện tử", "- Tin khác (12/03/2021)",
)

words = st.sampled_from(WORDS)
day = st.integers(1, 28)
month = st.integers(1, 12)
year = st.integers(2015, 2025)


def _sentence(ws: list[str]) -> str:
    text = " ".join(ws)
    return text[:1].upper() + text[1:] + "."


sentence = st.lists(words, min_size=6, max_size=25).map(_sentence)
paragraph = st.lists(sentence, min_size=2, max_size=6).map(" ".join)
title = st.lists(words, min_size=6, max_size=16).map(lambda ws: " ".join(ws).capitalize())
lead = st.builds(lambda d, m, y, s: f"Ngày {d}/{m}/{y}, {s[0].lower()}{s[1:]}", day, month, year, paragraph)
signature = st.one_of(
    st.sampled_from(NAMES),
    st.builds(lambda n, r: f"{n}\n{r}", st.sampled_from(NAMES), st.sampled_from(ROLES)),
    st.builds(lambda n: f"Tin, ảnh: {n}", st.sampled_from(NAMES)),
)
boilerplate = st.lists(st.sampled_from(BOILERPLATE), max_size=6).map("\n".join)


@st.composite
def articles(draw: st.DrawFn) -> str:
    """A clean page of the usual structure: title, lead, body, signature, widgets."""
    parts = [draw(title), draw(lead), *draw(st.lists(paragraph, min_size=1, max_size=5))]
    if draw(st.booleans()):
        parts.append(draw(signature))
    parts.append(draw(boilerplate))
    sep = draw(st.sampled_from(["\n\n", "\n", "\n\n\n"]))
    return sep.join(p for p in parts if p) + "\n"


def encode_legacy(text: str, name: str) -> bytes:
    """Text as a TCVN3 or VNI page saved as Windows-1252 (TCVN3 capitals with a tone mark have no
    code: they are written with the lower-case one, as the fonts did)."""
    codes = _legacy.read_table(name)
    out = bytearray()
    for ch in text:
        code = codes.get(ch) or codes.get(ch.lower())
        out += code if code else ch.encode("cp1252", "replace")
    return bytes(out)


def representable(text: str, name: str) -> bool:
    """Can a legacy-font page hold this text? Not a character whose Windows-1252 byte the font
    uses for a letter ("©" is 0xA9, which TCVN3 draws as "â")."""
    codes = _legacy.read_table(name)
    used = {b for code in codes.values() for b in code if b >= 0x80}
    for ch in set(text):
        if ch.isascii() or ch in codes or ch.lower() in codes:
            continue
        try:
            byte = ch.encode("cp1252")
        except UnicodeEncodeError:
            return False
        if byte[0] in used:
            return False
    return True


def html_page(text: str) -> str:
    lines = [x for x in text.split("\n") if x.strip()]
    head = f"<html><head><meta charset='utf-8'><title>{lines[0] if lines else ''}</title></head><body>"
    body = "".join(f"<p>{x}</p>" if i % 3 else f"<div class='c{i}'>{x}</div>" for i, x in enumerate(lines))
    return head + body + "</body></html>"


def mojibake(text: str) -> str:
    return text.encode("utf-8").decode("cp1252", "replace")


lines = st.one_of(
    st.sampled_from(BOILERPLATE), sentence, title, paragraph, st.sampled_from(NAMES + ROLES),
    st.text(max_size=120),  # random Unicode
    st.text(alphabet=st.characters(codec="latin-1"), max_size=80),
    st.text(alphabet="\u200b\u200c\ufeff\x00\x07\x0b\x1f\x7f\x85\xad \t\xa0", max_size=20),
    st.builds(lambda w, n: " ".join([w] * n), words, st.integers(200, 3000)),  # a very long line
    st.integers(5, 400).map(lambda n: "\n" * n),  # many blank lines
    st.sampled_from(["<p>", "</div>", "<br/>", "<!--", "-->", "<td class='x'>", "&nbsp;", "<script>x</script>"]),
    st.builds(lambda d, m, y: f"Ngày {d}/{m}/{y}", day, month, year),
)
mixtures = st.lists(lines, max_size=30).map("\n".join)


@st.composite
def pages(draw: st.DrawFn) -> str | bytes:
    """Any page-like input: a structured article or a mixture, then possibly broken."""
    text = draw(st.one_of(articles(), mixtures))
    how = draw(st.sampled_from(["str", "utf8", "nfd", "tcvn3", "vni-bytes", "vni-str", "mojibake", "html",
                                "html-bytes", "truncated", "doubled"]))
    if how == "utf8":
        return text.encode("utf-8", "surrogatepass")
    if how == "nfd":
        return unicodedata.normalize("NFD", text)
    if how == "tcvn3":
        return encode_legacy(text, "tcvn3")
    if how == "vni-bytes":
        return encode_legacy(text, "vni")
    if how == "vni-str":
        return encode_legacy(text, "vni").decode("cp1252", "replace")
    if how == "mojibake":
        return mojibake(text)
    if how == "html":
        return html_page(text)
    if how == "html-bytes":
        return html_page(text).encode("utf-8", "surrogatepass")
    if how == "truncated":
        data = text.encode("utf-8", "surrogatepass")
        return data[: draw(st.integers(0, len(data)))]
    return text + "\n\n" + text
