"""Normalise text: Unicode NFC and whitespace, and HTML entities, photo markup and Markdown marks
a scraper or converter left in the text ("&nbsp;", "&amp;", "[caption …]<img …>", "## …",
"[Trang chủ](/)"), and a field separator printed as another bar ("¦", "│"); nothing else rewritten.

Vocabulary matching uses :func:`fold`, a key that ignores case and old/new tone-mark placement
(``hóa``/``hoá``, ``thủy``/``thuỷ``), while records keep the page's own spelling.
"""
from __future__ import annotations

import functools
import html
import itertools
import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable

import regex

from . import _decode

# Zero-width, BOM, bidi and soft-hyphen characters some editors scatter through text; they split
# words invisibly. (A soft hyphen is also "ư" in TCVN3: the repair stage runs before this.)
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u180e\ufeff\u00ad]")
# C0/C1 control characters except tab and newline (carriage returns are handled separately):
# the line and record separators among them end a line, the rest are dropped; Unicode's line and
# paragraph separators too (a word processor's line break inside a paragraph, saved as text: Pages's).
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u2028\u2029]")
_LINE_CONTROL = re.compile("[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Every Unicode space but newline becomes a plain space: NBSP is everywhere on these portals.
_SPACES = re.compile("[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# A field separator printed as a broken bar, a box-drawing or a full-width bar, or a fraction
# slash, between spaces ("Tin tức ¦ 22.08.2023 15:40 ¦ 1.208 lượt đọc", "Tổng: 412.790 ⁄ Đang xem:
# 11"): the meta line's and the counters' readers know one bar, "|".
_BAR_CHARS = "\u00a6\u2502\u2503\uff5c\u2044\u2215\u2758"  # (… and a light vertical bar: "Thứ Hai ❘ 13.11.2023")
_BOX_LINE = re.compile("^[ \t]*+[\u2502\u2503] ++([^\u2502\u2503\n]*?[^ \u2502\u2503\n]) *+[\u2502\u2503][ \t]*$", re.M)
_BOX_ROW = re.compile("^[ \t]*+[\u2502\u2503][^\n]*[^ \u2502\u2503\n][\u2502\u2503][ \t]*$|^[ \t]*+[\u2502\u2503][^ \u2502\u2503\n][^\n]*[\u2502\u2503][ \t]*$", re.M)


def _box_row_cells(row: re.Match[str]) -> str:
    """A box table's row with a space on both sides of each edge, as its other rows print them ("│ Hôm nay │ 212 │")."""
    indent = row[0][:len(row[0]) - len(row[0].lstrip(" \t"))]  # (kept: a text browser's column the table stands in)
    return indent + re.sub("[ \t]*[\u2502\u2503][ \t]*", lambda edge: f" {edge[0].strip()} ", row[0]).strip()


_WRAPPED_BOX_ROW = re.compile("^([ \t]*+\u2502)([^\u2502\n]{1,80}+)(\u2502[^\n]*+)\n[ \t]*+\u2502([^\u2502\n]{1,80}+)"
                              "((?:\u2502 *+)++)$", re.M)  # a row, then its label's rest with only empty cells after it


def _box_label_joined(rows: re.Match[str]) -> str:
    """The row with the rest of its label (the next row's first cell, its other cells empty) joined onto it."""
    label, rest = rows[2].rstrip(), rows[4].strip()
    if not rest or not label.strip() or rest[:1].isupper() or rows[3].strip("\u2502 ") == "":
        return rows[0]  # (a row of its own, or two labels with no value)
    return f"{rows[1]}{label} {rest}{rows[3]}"


_OTHER_BARS = re.compile(f"(?:^|(?<= ))[{_BAR_CHARS}](?= |$)", re.M)  # (a box table's edges too: "│ Hôm nay │ 845 │")
_CELL_TAB = re.compile("(?<=[^\\s])[ \t]*\t[ \t]*(?=[^\\s])")

# Old style puts the tone mark on the first vowel of an open "oa/oe/uy" syllable (hóa, thủy),
# new style on the second (hoá, thuỷ). In NFD the mark follows its vowel, so a swap folds both.
# Only o+a, o+e, u+y: "của", "mùa" (u is the main vowel) and "quý" (u belongs to "qu") never move.
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_END = "(?![^\\W\\d_]|[\u0300-\u036f])"
_OLD_TONE = re.compile(f"(?<![qQ])([oO](?=[{_TONES}][aAeE])|[uU](?=[{_TONES}][yY]))([{_TONES}])([aAeEyY]){_END}")
_NEW_TONE = re.compile(f"(?<![qQ])([oO](?=[aAeE])|[uU](?=[yY]))([aAeEyY])([{_TONES}]){_END}")
# An HTML entity left in scraped text ("&nbsp;" on a line of its own, "Sở VH&amp;TT"): named,
# decimal or hex; html.unescape leaves unknown names as they are.
_ENTITY = re.compile(r"&(?:[a-zA-Z][a-zA-Z0-9]{1,8}|#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6});")
# Markup a scraper copied from a CMS's stored text into the page text: WordPress's caption
# shortcode around a photo ("[caption id=… align=…]<img src=… /> Caption.[/caption]") and the
# photo's <img> tag, or the image's file name where the tag stood ("[caption …]IMG_0912.jpg Caption.").
# Dropped, which leaves the caption's own words as a line of their own.
_MARKUP = re.compile(r"\[caption\b[^\]\n]{0,400}\](?:\s*[\w.\-]{1,120}\.(?:jpe?g|png|gif|webp)\s)?|\[/caption\]"
                     r"|<img\b[^<>\n]{0,1000}>"
                     # (a page builder's shortcodes glued to the text: "[vc_row][vc_column_text]Ngày 01/02, …")
                     r"|\[/?(?:vc|et_pb|fusion|av|su|cs)_[a-z0-9_]{1,40}(?:\s[^\[\]\n]{0,300})?\]", re.IGNORECASE)
# Markdown from a converter (html2text, a reader service): "## Headline", "**sapo**", "[Trang
# chủ](/)", "![ảnh](/img/1.jpg)". Read as such only on a page with several of its marks, so a
# lone "#" or "**" in plain text stays as printed.
_MD_URL = r"(?:\\.|\([^()\s]{0,50}\)|[^()\s\\]){0,500}(?:\s+\"[^\"\n]{0,200}\")?"  # (escapes too:
# "javascript:history.back\(\)"; a pair of brackets unescaped: "javascript:window.print()")
_MD_IMAGE = re.compile(r"!\[([^\]\n]{0,300})\]\((" + _MD_URL + r")\)")  # (its alt text, its address)
_MD_LINK = re.compile(r"\[([^\[\]\n]{0,300})\]\((" + _MD_URL + r")\)")  # (its words, its address)
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+(?=\S)", re.MULTILINE)
# a bold run, over wrapped lines but not across a blank one; a whole line in italics (a caption)
# (a run holds no mark of its kind: each opening is read to the next one at most, never back over)
_MD_STRONG = re.compile(r"\*\*(?=\S)((?:[^\n*]|\n(?![ \t]*\n)){1,2000}?)(?<=\S)\*\*"
                        r"|__(?=\S)((?:[^\n_]|\n(?![ \t]*\n)){1,2000}?)(?<=\S)__")
# an italic run inside a line between underscores, not a login's ("_Thứ Hai, 09/09/2024 - 16:05_ | Lượt xem: 412")
_MD_ITALIC_SPAN = re.compile(r"(?<![\w])_(?=[^\s_])([^_\n]{1,300}?)(?<=[^\s_])_(?![\w])")
_MD_STAR_SPAN = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]{1,300}?)(?<=[^\s*])\*(?![\w*])")
_STAR_BOLD = re.compile(r"^([ \t]*)\*(?=[^\s*])((?:[^*\n]|\n(?![ \t]*\n)){1,2000}?)(?<=[^\s*])\*[ \t]*$", re.MULTILINE)  # (no star inside)
# … and italic runs between slashes, as Firefox's "Save as Text" prints them ("/Đoàn viên … (Ảnh: Đức" / "Anh)/")
_SLASH_ITALIC = re.compile(r"^([ \t]*)/(?=[^\s/])((?:[^/\n]|\n(?![ \t]*\n)){1,2000}?)(?<=[^\s/])/[ \t]*$", re.MULTILINE)
_STAR_BOLD_SPANS = 2  # such runs on a page, at least
_STAR_LINE = 80  # characters of a lone bold run on one line (a signature's), at most
_MD_QUOTE = re.compile(r"^[ \t]{0,3}>[ \t]?(?=\S|$)", re.MULTILINE)  # a blockquote's mark opening its line
_MD_ITALIC_LINE = re.compile(r"^([_*])(?=[^\s*_])([^\n]{1,1000}?)(?<=[^\s*_])\1[ \t]*$", re.MULTILINE)
_MD_MARKS = re.compile(r"!?\[[^\[\]\n]{0,300}\]\(|^ {0,3}#{1,6}[ \t]+\S|\*\*\S", re.MULTILINE)
_STARRED_HEADING = re.compile(r"^[ \t]*\*{3,8} (\S[^\n*]{0,300}?(?:\n[ \t]*[^\s*][^\n*]{0,300}?)?) \*{3,8}[ \t]*$", re.MULTILINE)  # (wrapped
# over two lines perhaps: "****** Xã … năm" / "2024 ******")
_MD_PAGE = 3  # Markdown marks that make a page Markdown
_GLUED_DAY_MARK = re.compile(r"/(?:19|20)\d\d\d{1,2}/")  # a year run into the next day (a cheap scan: it opens on a "/")
_GLUED_DAYS = re.compile(r"(?<![\d/])(\d{1,2}/\d{1,2}/(?:19|20)\d\d)(?=\d{1,2}/\d{1,2}/(?:19|20)\d\d(?![\d/]))")
_KRAMDOWN_IAL = re.compile(r"^[ \t]*\{:[ \t][^{}\n]{1,300}\}[ \t]*$", re.MULTILINE)  # '{: id="…" updated="…"}' alone on its line
_HARD_BREAK = re.compile(r"(?<!\\)\\[ \t]*$", re.MULTILINE)  # a backslash closing a line
_HARD_BREAKS = 2  # such lines on a page, at least
_BRACED = re.compile(r"(?<![\w{$])\{(?![{$\s])([^{}\n]{1,80}?)(?<=\S)\}(?![\w}])")  # "{Trang chủ}", one line at most
_TEMPLATE_TOKEN = re.compile(r"[A-Z0-9_.$]+|[a-z_]+(?:\.[a-z_]+)+|[a-z]+[A-Z]\w*")  # "{NGUON}", "{post.author}", "{viewCount}"
_UNDERSCORED = re.compile(r"(?<![\w_])_(?=\S)([^_\n]{1,80}?)(?<=\S)_(?![\w_])")  # "_In trang_", one line at most
_UNDERSCORED_LINKS = 5  # such runs a page holds before they are read as its links' marks
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")  # a converter's escape before a mark it kept as a character
# ("Đăng lúc: 09:30 - 20/08/2024 \| Người đăng: admin\_x", "\- Tuyến đường …"): the character
_DOCLING_IMAGE = "<!-- image -->"  # where Docling's Markdown had an image
# A text browser's link numbers glued to the links' words ("[12]Trang chủ", lynx and w3m dumps):
# dropped on a page with several, the numbered list of addresses at its foot kept as it is.
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=[^\s\d\]\[(])")
_LINK_NUMBERS = 5
_REF_LINK = re.compile(r"\[([^\[\]\n]{1,300})\]\[\d{1,4}\]")  # a link by reference ("[Trang chủ][3]")
_REF_DEFINITION = re.compile(r"^\[\d{1,4}\]:[ \t]+\S[^\n]*\n?", re.MULTILINE)  # … its address's line ("[3]: https://…")
_LINK_LIST = re.compile(r"\n[ \t]*(?:Links|References|Liên kết)[ \t]*:?[ \t]*\n(?:[ \t]*\[\d{1,4}\]:[ \t]+\S[^\n]*\n){1,400}?"
                        r"[ \t]*\[\d{1,4}\]:[ \t]+\S[^\n]*(?:\s*\n[^\n]{1,200}){0,2}?\s*$")  # (two addresses at least,
# the page's last lines but for the reader's own line or two under them: newsboat's "q:Quit ENTER:Open …")
_LINK_MARK = re.compile(r"(?<=[^\s\[\]])\[\d{1,4}\](?![:\w])")  # "… Tổ quốc[2]"
_IMAGE_LINK = re.compile(r"\[image \d{1,4} \(link #\d{1,4}\)\]")
_LINK_WORDS = re.compile(r"[ \t]?\(link #\d{1,4}\)")
# Any character the repairs below touch: one scan on the clean pages most are (three took 4x as long).
# Icon-font class names left as text ("fa-calendar 28/04/2025 fa-eye 612"), data/vi/icons.txt; with
# a style prefix or the set's own ("fas fa-eye", "glyphicon glyphicon-time", "bi-calendar").
_ICON_NAME = re.compile(r"(?<![\w-])(?:(?:fa[srbl]?|glyphicon|bi)\s+)?(?:fa|glyphicon|bi|icon)-([a-z][a-z0-9-]{1,30})(?![\w-]) ?")
_ICON_NAMES = 2  # names a page holds before they are read as icons, not words
# An icon font's glyph kept as a private-use character (Font Awesome's block), where icons stand: at a
# line's start or between spaces (icons.txt "@private_use"); or run into its field (any private-use icon
# font's, past the HTML walk's own markers: "<span class=ic>&#xe9ce;</span>1.562"), "10:05\ue9ce1.562",
# where it parts two fields: a bar (the HTML path collapses a wide gap), or the glyph listed for it
_FONT_ICON = re.compile(r"(?:^|(?<= ))([\ue005-\uf8ff])(?: |$|(?=\S))", re.M)
_GLUED_ICON = re.compile(r"(?<=\S)([\ue005-\uf8ff])(?=\S)")
_PRIVATE_USE = re.compile("[\ue005-\uf8ff]")  # (in the scan for odd characters every page gets)
# Material Icons' ligature names printed as words (data/vi/icons.txt "@ligature"): told by one name
# with an underscore ("calendar_month", "arrow_back") and two names at least where icons stand (a
# line's start, after a field's gap), and read there only.
_LIGATURE_TELL = re.compile(r"(?<![\w-])[a-z]{2,12}_[a-z]{2,12}(?:_[a-z]{2,8})?(?![\w-])")

_ODD = re.compile("[" + "".join(p.pattern[1:-1] for p in (_INVISIBLE, _CONTROL, _SPACES, _PRIVATE_USE)) + "\r]")


def normalize_text(text: str) -> tuple[str, list[str]]:
    """NFC, unified line ends and spaces; returns the text and what was repaired (for warnings)."""
    text, repairs, _ = normalize_text_parts(text)
    return text, repairs


def normalize_text_parts(text: str) -> tuple[str, list[str], frozenset[str]]:
    """:func:`normalize_text`, and the photo captions its markup named ("[caption …] Học sinh … .
    [/caption]"): the segmenter gives those lines the caption role, which their words alone may not."""
    repairs: list[str] = []
    captions: frozenset[str] = frozenset()
    if text[:4] in ("sep=", "SEP=") and text[5:6] in ("\n", "\r") and text[4:5] in ",;\t":
        text = text[text.find("\n") + 1:]  # Excel's hint of the delimiter over a CSV file's rows ("sep=,")
    if (text.count(",", 0, text.find("\n")) >= _CSV_COLUMNS or text.count("\t", 0, text.find("\n")) >= _CSV_COLUMNS) and (
            recorded := _csv_record(text)) is not None:
        text = recorded  # a spreadsheet of crawled pages holding one, a column a field ("STT,URL,Tiêu đề,Ngày đăng,…")
        repairs.append("record_fields")
    if text[:1] in "{[#" and (recorded := _json_record(text)) is not None:
        text = recorded  # a tool's JSON record of the page, its text one string (newspaper4k's, an Apify crawler's)
        repairs.append("record_fields")
    if ("</item>" in text or "</entry>" in text) and (fed := _feed_items(text)) is not None:
        text = fed  # a feed's XML (RSS, Atom) as a browser's XML view or a crawler saved it: its items as a list shows them
        repairs.append("record_fields")
    if "??" in text and (keyed := _message_keys(text)) is not None:
        text = keyed  # a Java template's message keys it had no translation for, printed as the labels
        repairs.append("message_keys")  # ("??detail.luotxem_vi_VN?? 587", Spring's; "???label.ngaydang???", JSF's)
    if "&" in text and _ENTITY.search(text):
        decoded = _ENTITY.sub(lambda m: html.unescape(m.group(0)), text)
        if decoded != text:
            repairs.append("entities")
            text = decoded
    if "</p>" in text and (unwrapped := _PARAGRAPH_TAGS.sub(r"\1\2", text)) != text:
        text = unwrapped  # a paragraph's own tags round its line, which the capture kept escaped ("&lt;p&gt;Sáng
        # 24/7, …&lt;/p&gt;", decoded above): the line's words
        repairs.append("markup_residue")
    if ('">' in text or ");" in text or '{"@' in text) and (stripped := _markup_residue(text)) is not None:
        text = stripped  # markup stripped by a pattern ("sed 's/<[^>]*>//g'"): scripts, styles and tags that
        repairs.append("markup_residue")  # spanned two lines are left
    if "\n>" in text and _at_least(_QUOTE_MARK.finditer(text), _QUOTED_LINES) and (
            2 * text.count("\n>") >= text.count("\n") - text.count("\n\n")):
        text = _QUOTE_MARK.sub("", text)  # a forwarded mail's quoted lines, most of the page ("> Sáng ngày …")
        repairs.append("saved_headers")
    if "----" in text[:3000] and (forward := _forwarded_banner().search(text, 0, 3000)) is not None:
        text = _forwarded(text, forward)  # a page pasted into a forwarded mail: the mail's headers and signature
        repairs.append("saved_headers")
    if "Pasted from <" in text[-2000:] and (clipped := _ONENOTE_HEADER.match(text)) is not None:
        text = text[clipped.end():]  # a page clipped into a OneNote note: the note's own title, day and time over it
        repairs.append("saved_headers")  # ("Tư liệu thi đua 2008 - xã …" / "Thứ Hai, 22 Tháng Chín, 2008" / "10:42 SA")
    if text[:5] in ("From:", "MIME-") and "Content-" in text[:2000] and (saved := _SAVED_HEADERS.match(text)):
        text = text[saved.end():]  # a browser's web archive (.mht) read as text: its mail headers, the day it was saved
        repairs.append("saved_headers")
    if ("%" in text[:80] or "G " in text[:40]) and (_STATUS_BAR.match(opening := text.lstrip()) or _CLOCK_ALONE.match(
            opening) and _SIGNAL_ALONE.fullmatch(opening.split("\n", 2)[1] if opening.count("\n", 0, 80) else "")) and (
            unscreened := _screen_breaks(text)) is not None:
        text = unscreened  # screenshots of a phone read back by OCR: each screen's status and address bars dropped
        repairs.append("print_breaks")
    if ":: " in text[:2000] and (outlined := _outline(text)) is not None:
        text = outlined
        repairs.append("outline")
    if (": " in text[:300] or text[:2] == "[2" and ": " in text[:1000]) and (
            text[:3] not in ("---", "+++") or _RECORD_BANNER.fullmatch(text.split("\n", 1)[0].strip())) and (
            recorded := _record_header(text)) is not None:  # (log lines over the fields: "[2024-06-11 21:04:37] …")
        text = recorded
        repairs.append("record_fields")
    if text[:3] in ("---", "+++") and (fronted := _front_matter(text)) is not None:
        text = fronted
        repairs.append("front_matter")
    if "[" in text and "'" in text and (wiki := _wikitext(text)) is not None:
        text = wiki  # (MediaWiki's source of the page, pasted into a wiki)
        repairs.append("wikitext")
    if "link:" in text and (plain := _asciidoc(text)) is not None:
        text = plain  # (pandoc's or Asciidoctor's AsciiDoc of the page)
        repairs.append("asciidoc")
    if "Text] " in text and _at_least(_ELEMENT_TYPE.finditer(text), _ELEMENT_TYPES):
        text = _ELEMENT_TYPE.sub("", text)  # (Unstructured's partition, each element's type before its text)
        repairs.append("element_types")
    if ",,\n" in text and (rows := _spreadsheet_rows(text)) is not None:
        text = rows  # (a page pasted into a spreadsheet and saved as CSV: a line a row, its cells between commas)
        repairs.append("spreadsheet_rows")
    elif "\t\n" in text and '"' in text and _at_least(_TAB_PADDED_ROW.finditer(text), _ELEMENT_TYPES) and (
            unquoted := _QUOTED_TAB_CELL.sub(r"\1", text)) != text:
        text = unquoted  # (… or as TSV, its rows padded with tabs: a cell of two lines between quotes, the writer's
        repairs.append("spreadsheet_rows")  # name and role: '"Nguyễn Hoàng Yến' / 'Công chức … phường"\t\t')
    if "LINK: " in text and _at_least(_ACCESSIBLE_ROLE.finditer(text), _ELEMENT_TYPES):
        text = _rewrite(text, ((_ACCESSIBLE_FRAME, ""), (_ACCESSIBLE_ROLE, "")))  # (a screen reader's text view of
        repairs.append("element_types")  # the page, WebbIE's: "LINK: Trang chủ", "HEADING 1: …", "LIST (7 items)")
    if "[[" in text and (unorged := _org(text)) is not None:
        text = unorged  # (pandoc's or Emacs's Org export of the page)
        repairs.append("org")
    if "=> " in text and (plain := _gemtext(text)) is not None:
        text = plain
        repairs.append("markdown")
    cited = False
    if "][" in text and _REF_DEFINITION.search(text) and _at_least(_REF_LINK.finditer(text), _LINK_NUMBERS):
        text, cited = _rewrite(text, ((_REF_DEFINITION, ""), (_REF_LINK, r"\1"))), True  # Markdown's links by reference
        repairs.append("link_numbers")  # ("[Trang chủ][3]", their addresses listed at the end: "[3]: https://…", html2text's)
    if "]: " in text and (listed := _LINK_LIST.search(text)) is not None:
        text, cited = _LINK_MARK.sub("", text[:listed.start()]), True  # a feed reader's or a text browser's list of
        repairs.append("link_numbers")  # the links' addresses under the text ("Links:" / "[1]: http://….jpg (image)"),
        # their numbers after the links' words ("… Tổ quốc[2]", newsboat's)
        if "(link #" in text:  # (or after them in words, newer newsboat's: "Xem tiếp (link #2)", its pictures as
            text = _LINK_WORDS.sub("", _IMAGE_LINK.sub("[IMG]", text))  # "[image 1 (link #1)]", a browser's "[IMG]")
    if "\u27e8" in text and (uncited := _citations(text)) is not None:
        text, cited = uncited, True
        repairs.append("link_numbers")
    if (cited or "front_matter" in repairs) and _MD_MARKS.search(text) or (
            "](" in text or "#" in text or "**" in text) and _markdown(text):  # (a content file's text is Markdown)
        text = _unmark(text)  # (a converter's citations stood for its links: its other marks are Markdown's)
        repairs.append("markdown")
    if "\n{: " in text and (attributed := _KRAMDOWN_IAL.sub("", text)) != text:
        text = attributed  # kramdown's attribute lists, a line under each block ('{: id="20241015093512-gsh28z7"}',
        repairs.append("markdown")  # SiYuan's "copy as kramdown")
    if text.count("\\\n") >= _HARD_BREAKS:
        text = _HARD_BREAK.sub("", text)  # Markdown's hard line breaks, a backslash closing the line ("Ngày đăng:
        repairs.append("markdown")  # 10/12/2024 - 15:47\\", Outline's and prosemirror's export)
    firefox = False
    if "*" in text:
        runs = _STAR_BOLD.finditer(text)
        first, second = next(runs, None), next(runs, None)
        firefox = second is not None or first is not None and "\n" not in first[2] and len(first[2]) <= _STAR_LINE  # (or
        # one short line alone, the writer's: "*Hoàng Lan – Đài Truyền thanh xã*")
    if firefox:
        text = _STAR_BOLD.sub(r"\1\2", text)  # bold runs between single stars, wrapped over lines ("*Sáng ngày 2/7/2013, …"
        repairs.append("markdown")  # / "… năm 2013.*", "*Nguyễn Thị Kim Loan*": Firefox's "Save as Text")
    if "/\n" in text and _at_least(_SLASH_ITALIC.finditer(text), 1 if firefox else _STAR_BOLD_SPANS):  # (one beside its bold)
        text = _SLASH_ITALIC.sub(r"\1\2", text)  # (its italic runs, between slashes)
        repairs.append("markdown")
    if "** " in text and (starred := _STARRED_HEADING.sub(_starred_heading, text)) != text:
        text = starred  # a text converter's headings between runs of stars ("***** Phường … năm 2024 *****")
        repairs.append("markdown")
    if ("(http" in text or "(/" in text or "[http" in text or "[/" in text or " <" in text) and (
            unlinked := _link_targets(text)) is not None:
        text = unlinked
        repairs.append("link_numbers")
    if text.count("{") >= _UNDERSCORED_LINKS and _at_least(
            (m for m in _BRACED.finditer(text) if not _TEMPLATE_TOKEN.fullmatch(m[1])), _UNDERSCORED_LINKS):
        text = _BRACED.sub(lambda m: m[0] if _TEMPLATE_TOKEN.fullmatch(m[1]) else m[1], text)  # a text browser's
        repairs.append("link_marks")  # braces round its links ("{Trang chủ} / {Tin tức}", edbrowse's); not a
        # template's unfilled token ("{NGUON}", "{post.author}")
    if text.count(" _") >= _UNDERSCORED_LINKS and _at_least(_UNDERSCORED.finditer(text), _UNDERSCORED_LINKS):
        text = _UNDERSCORED.sub(r"\1", text)  # a text browser's links underscored ("_Trang chủ_ | _Giới thiệu_", lynx's)
        repairs.append("link_marks")
    if "\n[" in text and (tagged := _FIELD_TAG.sub(_untagged_lead, text)) != text:
        text = tagged  # the lead's field named in brackets before it ("[sapo] Sáng 5/9, …", a text browser's alt text)
        repairs.append("record_fields")
    if "[IMG] " in text or "[INLINE] " in text:
        text = _IMAGE_BEFORE_FIELD.sub(r"\1", text)  # a text browser's image marker as a field's icon ("[IMG] Hôm nay: 1.306")
        text = _IMAGE_BEFORE_TEXT.sub(r"\1\2\n\1", text)  # … or the photo over the paragraph it opens, a line of its own
        # ("[20][IMG] Sáng ngày 08/6, UBND xã …": the photo, then the lead)
    if "]" in text and _link_numbers(text):
        text = _LINK_NUMBER.sub("", text)
        repairs.append("link_numbers")
    if ("[/caption]" in text or "<img" in text or "_" in text and "[" in text) and _MARKUP.search(text):
        if "[/caption]" in text:
            captions = frozenset(" ".join(_MARKUP.sub("", line).split()) for line in text.split("\n")
                                 if "[/caption]" in line and "[caption" in line)
        text = "\n".join(_MARKUP.sub("", line).strip() if "[" in line or "<" in line else line
                          for line in text.split("\n"))
        repairs.append("markup")
    odd = _ODD.search(text) is not None
    if odd and "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if odd and _INVISIBLE.search(text):
        text = _INVISIBLE.sub("", text)
        repairs.append("invisible")
    if odd and _CONTROL.search(text):
        text = _CONTROL.sub("", _LINE_CONTROL.sub("\n", text))
        repairs.append("control")
    if not text.isascii():
        nfc = unicodedata.normalize("NFC", text)
        if nfc != text:
            repairs.append("nfc")
            text = nfc
        if ("\u2502" in text or "\u2503" in text) and _WRAPPED_BOX_ROW.search(text):
            text = _WRAPPED_BOX_ROW.sub(_box_label_joined, text)  # a label wrapped onto a row of its own, its value
            # cells empty ("│Tổng số lượt truy  │1.073.529│" / "│cập                │         │", w3m's)
        if ("\u2502" in text or "\u2503" in text) and (rows := _BOX_ROW.sub(_box_row_cells, text)) != text:
            text = rows  # a box table's rows with their cells run up to the edges ("│Hôm nay   │  212│", w3m's)
        if ("\u2502" in text or "\u2503" in text) and (rows := _BOX_LINE.sub(r"\1", text)) != text:
            text = rows  # … or a box of one cell a row, padded to its edges ("│ [today]     Hôm nay    127  │")
        if any(bar in text for bar in _BAR_CHARS) and _OTHER_BARS.search(text):
            text = _OTHER_BARS.sub("|", text)
    if odd:  # (NFC maps only U+2000/U+2001 to a space of this class: both are in it already)
        if "\t" in text:  # a tab inside a line parts two cells ("… năm 2017\tPDF\tIn"): a wide gap, three
            text = _CELL_TAB.sub("   ", text)  # spaces, which the rules read as a gap between fields
        text = _SPACES.sub(" ", text)
    if odd and _PRIVATE_USE.search(text) and (_FONT_ICON.search(text) or _GLUED_ICON.search(text)):
        glyphs = _private_use_glyphs()
        text = _FONT_ICON.sub(lambda m: f"{glyphs[m[1]]} " if m[1] in glyphs else "", text)
        text = _GLUED_ICON.sub(lambda m: f" {glyphs[m[1]]} " if m[1] in glyphs else " | ", text)
        repairs.append("icon_names")
    if "(cid:" in text and (unmapped := _PDF_GLYPH.sub("", text)) != text:
        text = unmapped  # a PDF's icon-font glyphs that its reader could not map to letters ("(cid:61555) 19/08/2024",
        repairs.append("pdf_glyphs")  # pdfminer's): no letter, no icon left to read
    if " \n" in text:  # trailing spaces; line by line (the regex ``[ ]+\n`` is quadratic in `re`)
        text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    if ("fa-" in text or "icon-" in text or "bi-" in text) and _at_least(
            _ICON_NAME.finditer(text, 0, 20000), _ICON_NAMES):  # (a C-level scan first)
        glyphs = _icon_glyphs()
        text = _ICON_NAME.sub(lambda m: f"{glyphs[m[1]]} " if m[1] in glyphs else "", text)
        repairs.append("icon_names")
    if "_" in text and (material := _ligatures(text)) is not None:
        text = material
        repairs.append("icon_names")
    once = drop_repeat(text)
    if once is not text:
        repairs.append("duplicated")
        text = once
    if ("TT\n" in text or "No.\n" in text) and _ROW_NUMBER_LINE.search(text) and (rows := _table_rows(text)) is not None:
        text = rows
        repairs.append("table_cells")
    if "/" in text and (printed := _print_breaks(text)) is not None:
        text = printed
        repairs.append("print_breaks")
    if text.count(_COLUMN_GAP) >= _SIDE_ROWS and (columns := _side_columns(text) or _ruled_column(text)) is not None:
        text = columns
        repairs.append("side_columns")
    if "/" in text and _GLUED_DAY_MARK.search(text) and (parted := _GLUED_DAYS.sub(r"\1 ", text)) != text:
        text = parted  # two dates run together, the post's and its edit's ("Đăng vào 24/06/202426/06/2024 bởi …",
        repairs.append("glued_lines")  # a theme's two <time> elements with no space between)
    if "A-A" in text and (sized := _GLUED_SIZES.sub(lambda m: " A- A A+" + ("\n" if m[1] else " "), text)) != text:
        text = sized  # a text-size tool's buttons run together, and onto the count before
        # them ("Lượt xem: 341A-AA+In bài", a capture that lost its spaces)
    if (lost := _lost_breaks(text)) is not None:
        text = lost
        repairs.append("glued_lines")
    elif (parted := _glued_paragraphs(text)) is not None:
        text = parted
        repairs.append("glued_lines")
    return text, list(dict.fromkeys(repairs)), captions  # (each repair once, where several steps made the same kind)


# a printed page's number: "1/3" (Chrome's), "Page 1 of 3" or "1 of 3" (Firefox's), "Trang 1 / 3", "Trang 1/2"; or after the page's
# address, with the capture's time (Acrobat's web capture: "http://… (1 of 2) [7/3/2023 9:41:12 AM]") or set apart from
# it by a gap (Chrome's print footer read back with its layout kept: "https://…      1/2"; by pdftotext -raw, one
# space); the print's time after the number, set apart by a gap ("Trang 1/2   14:32 09/05/2024", Acrobat's "Save as Text"), or in the browser's own
# form after "1 of 2" ("1 of 2 12/18/24, 10:42 AM", a footer read back by pypdf)
# (the print's two time forms are named once: _PAGE_TIME tells a timed page number by them)
_GAPPED_PRINT_TIME = r"[ \t]{2,}(?:\d{1,2}:\d{2}(?::\d{2})?[ \t]+\d{1,2}/\d{1,2}/\d{2,4}|\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?::\d{2})?)"
_US_PRINT_TIME = r"[ \t]+\d{1,2}/\d{1,2}/\d{2,4},[ \t]+\d{1,2}:\d{2}[ \t]?[AP]M"
_PAGE_NUMBER = re.compile(rf"^[ \t]*(?:(\d{{1,2}})[ \t]*/[ \t]*(\d{{1,2}})(?:{_GAPPED_PRINT_TIME})?|(?:Page|Trang)[ \t]+(\d{{1,2}})(?:[ \t]+(?:of|trên)[ \t]+|[ \t]*/[ \t]*)(\d{{1,2}})"
                          rf"(?:{_GAPPED_PRINT_TIME}|{_US_PRINT_TIME})?"
                          r"|https?://[^\s()]{1,2000}[ \t]+\((\d{1,2}) of (\d{1,2})\)(?:[ \t]+\[[^\]\n]{1,40}\])?"
                          r"|https?://\S{1,2000}[ \t]+(\d{1,2})/(\d{1,2})|(\d{1,2})[ \t]+of[ \t]+(\d{1,2})"
                          rf"(?:{_US_PRINT_TIME})?)[ \t]*$",
                          re.MULTILINE)  # (`re`: a C-level scan, run on every page holding a slash)
_PAGE_TIME = re.compile(rf"(?:{_GAPPED_PRINT_TIME}|{_US_PRINT_TIME})[ \t]*$")  # the print's time closing a page number's line
_PRINT_STAMP = re.compile(r"\d{1,2}/\d{1,2}/\d{2,4},?\s+\d{1,2}:\d{2}")  # a print's time ("21/3/2024, 14:07", "3/8/24, 9:15 AM")
_PRINT_WINDOW = 4  # lines on either side of a printed page's number where its running header and footer stand
# (a blank line among them where pdftotext marked the page break with a form feed)


def _starred_heading(match: re.Match[str]) -> str:
    """A heading between runs of stars, on one line though the converter wrapped it."""
    return " ".join(match[1].split()) if "\n" in match[1] else match[1]


def _reach(lines: list[str], at: int, count: int) -> int:
    """The index ``count`` lines with text away from ``at`` (back when negative), blank lines not counted: the
    start (inclusive) or end (exclusive) of a window of such lines."""
    step = 1 if count > 0 else -1
    seen, j = 0, at
    while 0 <= j < len(lines) and seen < abs(count):
        if lines[j].strip():
            seen += 1
        j += step
    return max(0, j + 1) if step < 0 else j


def _print_breaks(text: str) -> str | None:
    """A page printed to PDF and read back as text, each page break carrying the page's number ("1/3") and the
    running lines the browser prints at every page's edges (the print time, the title cut short, the
    address): those lines dropped, so the sentence a break cut in two runs on. None unless two numbers
    or more count the same pages up and lines repeat beside them."""
    found = list(itertools.islice(_PAGE_NUMBER.finditer(text), 50))
    numbers = [(m.start(), int(m[1] or m[3] or m[5] or m[7] or m[9]), int(m[2] or m[4] or m[6] or m[8] or m[10]))
               for m in found]
    timed = len(found) >= 2 and all(_PAGE_TIME.search(m[0]) for m in found)  # (the print's time beside each number)
    if len(numbers) == 1 and _PAGE_TIME.search(found[0][0]) and not text[found[0].end():].strip():
        return text[:found[0].start()].rstrip() + "\n"  # the first page's footer closing a capture of it alone, its
        # number of all and the print's time ("1/2      10/04/2017, 15:22"), the rest never read
    if len(numbers) < 2:
        return _print_headers(text)
    pages = Counter(total for _, _, total in numbers).most_common(1)[0][0]  # (the count they share)
    numbers = [n for n in numbers if n[2] == pages]
    if len(numbers) < 2 or any(not 1 <= k <= total for _, k, total in numbers) or len({k for _, k, _ in numbers}) != len(numbers):
        return None
    lines = text.split("\n")
    at = [text.count("\n", 0, start) for start, _, _ in numbers]
    windows = [range(_reach(lines, 0, _PRINT_WINDOW))]  # (the first page's header, then each break's lines, counted
    windows += [range(_reach(lines, i, -_PRINT_WINDOW - 1), _reach(lines, i, _PRINT_WINDOW + 1)) for i in at]  # in lines
    # with text: pdfminer sets a blank line after each box)
    windows.append(range(_reach(lines, len(lines) - 1, -_PRINT_WINDOW), len(lines)))  # (and the last page's footer)
    seen: dict[str, set[int]] = {}  # (the lines each key stands on: two windows that overlap count a line once)
    for window in windows:
        for j in window:
            if lines[j].strip():
                seen.setdefault(_running_key(lines[j]), set()).add(j)
    running = {key for key, found in seen.items() if len(found) >= 2 and not _PAGE_NUMBER.match(key)}
    if not timed and not any(_PRINT_STAMP.search(key) or key.startswith(("http://", "https://")) for key in running) and not all(
            lines[i].lstrip().startswith(("http://", "https://")) for i in at):  # (or the numbers follow the address)
        return None  # (a print's running lines hold its time or the page's address; an album's numbered photos do not)
    drop = set(at)
    for window in windows:
        drop.update(j for j in window if _running_key(lines[j]) in running or lines[j].strip().startswith(("http://", "https://"))
                    or not lines[j].strip())
    kept = [line for j, line in enumerate(lines) if j not in drop]
    breaks = [sum(1 for j in range(i) if j not in drop) for i in at]
    for n, break_at in enumerate(breaks):  # (each move stays between two breaks: the others keep their place)
        kept = _column_before_break(kept, break_at, breaks[n + 1] if n + 1 < len(breaks) else len(kept))
    for break_at in reversed(breaks):
        if 0 < break_at < len(kept) and kept[break_at - 1].rstrip()[-1:] in _PARAGRAPH_ENDS and kept[break_at].strip():
            kept.insert(break_at, "")  # a paragraph that ended at the break: it runs on into nothing after it
    return "\n".join(_rejoin_headline(kept, running))


# A phone's status bar as OCR reads a screenshot: the clock first, the battery's share last ("9:41 @ © * ..ıll 4G+
# @ 76%"); the browser's address bar under it ("© banlau.muongkhuong.laocai.gov.vn/tin- + [5] :").
_STATUS_BAR = re.compile(r"[ \t\f]*\d{1,2}:\d\d\b[^\n]{0,60}?(?:\d{1,3}[ \t]?%|\b[345]G[ \t]+\d{1,3})(?:[ \t]*[^\w\s]){0,3}[ \t]*$",
                         re.MULTILINE)  # (the
# battery's sign lost to the OCR, the network's after the clock: "09:42 ⊿ 4G 72")
_ADDRESS_BAR = re.compile(r"[^\n]{0,6}?\b[\w-]+(?:\.[\w-]+){1,6}\.(?:vn|com|net|org)\b[^\n]{0,60}$")
_NAVIGATION_BAR = 24  # characters of a phone's navigation bar under a screen ("< > + [5] ⌂"), at most
_CLOCK_ALONE = re.compile(r"[ \t]*\d{1,2}:\d\d[ \t]*")
_SIGNAL_ALONE = re.compile(r"[^\n\w]{0,6}(?:[345]G\+?|LTE|Wi-?Fi)?[^\n\w]{0,6}\d{1,3}[ \t]?%[ \t]*")  # ("4G 62%", "▮▮ 76%")


def _screen_bar(line: str) -> bool:
    """A phone's or its browser's navigation bar as OCR reads it: short, a few letters at most, its buttons' marks
    ("< > + [5] ⌂", "III O <"), no word of the text's."""
    if len(line) > _NAVIGATION_BAR:
        return False
    letters = sum(ch.isalpha() for ch in line)
    return letters <= 2 or letters <= _BAR_LETTERS and all(len(token) <= 3 for token in line.split()) and any(
        not any(ch.isalnum() for ch in token) for token in line.split())


_BAR_LETTERS = 4  # letters OCR reads into a navigation bar's buttons ("III O <"), at most


def _screen_breaks(text: str) -> str | None:
    """Screenshots of a phone read back by OCR, one after another: each screen's status bar, the browser's
    address bar under it and the navigation bar over the next screen's dropped, so that a paragraph a screen
    cut runs on. None unless the page opens on a status bar."""
    lines = text.split("\n")
    bars = [k for k, line in enumerate(lines) if _STATUS_BAR.fullmatch(line)]
    split = [k for k, line in enumerate(lines[:-1]) if _CLOCK_ALONE.fullmatch(line) and _SIGNAL_ALONE.fullmatch(lines[k + 1])]
    if not bars and not split:
        return None
    drop = set(bars) | set(split) | {k + 1 for k in split}  # (or its clock over its network's and battery's line:
    for k in bars + split:  # "10:24" / "4G 62%")
        below = k + 2 if k in split else k + 1
        if below + 1 < len(lines) and not lines[below].strip():
            below += 1  # (a blank line between them perhaps)
        if below < len(lines) and _ADDRESS_BAR.match(lines[below].strip()):
            drop.add(below)
            if below + 1 < len(lines) and lines[below + 1].strip().isdigit() and len(lines[below + 1].strip()) <= 2:
                drop.add(below + 1)  # (the browser's count of tabs under it, OCR's line of its own: "3")
        above = k - 1
        while above > 0 and not lines[above].strip():
            above -= 1  # (a blank line between them perhaps)
        if above >= 0 and (line := lines[above].strip()) and len(line) <= _NAVIGATION_BAR and sum(
                ch.isalpha() for ch in line) <= 2:
            drop.add(above)  # (the navigation bar closing the screen before)
    shown = [k for k, line in enumerate(lines) if line.strip()]
    while shown and _screen_bar(lines[shown[-1]].strip()):
        drop.add(shown.pop())  # (and the last screen's, the browser's and the phone's: "< > ft [8] :" / "III O <")
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)


def _rejoin_headline(lines: list[str], running: Iterable[str]) -> list[str]:
    """The lines with a headline the print wrapped at the page's width joined again ("Xã … “Đời đời nhớ ơn Bác
    Hồ” Xuân" / "Giáp Thìn 2024"), where the running header prints the page's title whole after the print time,
    cut short perhaps ("18/03/2024, 13:42   Xã … Xuân Giáp Thìn 2024 - Cổng thô…")."""
    titles = [t.rstrip("…. ") for line in running if (stamp := _PRINT_STAMP.match(line.strip()))
              and len(t := line.strip()[stamp.end():].strip()) >= _WRAPPED_TITLE]
    if not titles:
        return lines
    shown = [k for k in range(min(len(lines), _WRAPPED_REACH)) if lines[k].strip()]
    for k, nxt in itertools.pairwise(shown):
        first = lines[k].strip()
        if len(first) < _WRAPPED_TITLE or nxt != k + 1:
            continue
        joined = f"{first} {lines[nxt].strip()}"
        if any(t.startswith(joined) or joined.startswith(t) and len(t) > len(first) + 3 for t in titles):
            return [*lines[:k], joined, *lines[nxt + 1:]]
    return lines


_WRAPPED_TITLE = 20  # characters: a headline's first line the print wrapped is longer
_WRAPPED_REACH = 40  # lines from the top where the headline stands, at most


def _column_before_break(lines: list[str], at: int, page_end: int) -> list[str]:
    """The lines with a side column the print set at a page's foot, between a paragraph the page break cut and its
    rest on the next page ("… hẻm dài hơn 600 m bị lầy" / "TIN MỚI" / "Tân Xuân ra quân …" / "Cổng TTĐT tỉnh …" /
    page break / "lội nhiều năm. …"), moved to the next page's foot (``page_end``), so the text runs on. The column
    opens on its heading in capitals right under the cut line."""
    if at >= len(lines) or not lines[at].lstrip()[:1].islower():
        return lines
    heading = None
    for k in range(at - 1, max(-1, at - 1 - _SIDE_COLUMN_LINES), -1):
        text = lines[k].strip()
        if text and text.isupper() and len(text) <= _SIDE_COLUMN_LINE:
            above = next((j for j in range(k - 1, max(-1, k - 3), -1) if lines[j].strip()), None)
            if above is not None and (_cut_line(lines[above].strip()) or _wrapped_last(lines, above)):
                heading = k  # (the earliest such heading: the column's first)
    if heading is None:
        heading = _stray_before_break(lines, at)
    if heading is None:
        return lines
    return [*lines[:heading], *lines[at:page_end], *lines[heading:at], *lines[page_end:]]


def _stray_before_break(lines: list[str], at: int) -> int | None:
    """The first of a few short lines between a paragraph's cut line and the page break (a note written on the
    paper and read back with it, "Đã phát loa ngày 14/6 - Thu"): a cut line is as wide as the page, so short
    lines under it are not the paragraph's. None unless the line over them reads as cut."""
    k = at
    while k > 0 and at - k < _STRAY_LINES and len(lines[k - 1].strip()) < _SIDE_COLUMN_LINE:
        k -= 1
    if k == at or k == 0:
        return None
    return k if _cut_line(lines[k - 1].strip()) else None


def _wrapped_last(lines: list[str], at: int) -> bool:
    """Line ``at`` is the last a paragraph wrapped over several reached before the break cut it: shorter than
    the page is wide, but under a line as wide as the page, and ending on a word ("… đại biểu HĐND thị")."""
    text = lines[at].strip()
    return (at > 0 and text[-1:].isalnum() and not text.isupper() and text[:1].islower()
            and _cut_line(lines[at - 1].strip()))


def _cut_line(text: str) -> bool:
    """A paragraph's line the page break cut: as wide as the page, a word last, not a heading in capitals."""
    return len(text) >= _SIDE_COLUMN_LINE and text[-1:].isalnum() and not text.isupper()


_PARAGRAPH_ENDS = frozenset(".!?…”\"")  # how a paragraph's last line ends
_SIDE_COLUMN_LINE = 60  # characters: a side column's line is shorter; a paragraph's wrapped line longer
_SIDE_COLUMN_LINES = 30  # lines of a side column at a page's foot, at most
_STRAY_LINES = 3  # short lines between a cut paragraph and its page's break, at most


def _running_key(line: str) -> str:
    """A print's running line as compared across its pages: the address after a wide gap dropped (the print cuts
    it short, at different lengths on different pages: "Ea Bông trao … - Cổng thông tin …   https://…/ea-bong-tr")."""
    line = line.strip()
    return _GAPPED_ADDRESS.sub("", line) if "://" in line else line


_GAPPED_ADDRESS = re.compile(r"[ \t]{2,}https?://\S*$")


def _markup_residue(text: str) -> str | None:
    """The page with what a pattern stripping its tags left of the markup dropped: inline scripts' and styles'
    lines ("window.dataLayer = window.dataLayer || [];", "img.emoji { display: inline !important; }"), JSON-LD, a
    tag opened on one line and closed on the next ("<a href=\"https://…\"" / "class=\"td-login-link\">Đăng nhập":
    the link's words kept). None unless three such lines or more."""
    lines = text.split("\n")
    found = 0
    for k, line in enumerate(lines):
        bare = line.strip()
        if not bare or not (bare[:1] in _CODE_FIRST or bare[-1:] in _CODE_LAST or bare[-1:] == '"' or '">' in bare):
            continue
        if _CODE_LINE.match(bare) or _OPEN_TAG_LINE.match(bare):
            lines[k], found = "", found + 1
        elif (tail := _TAG_TAIL.match(bare)) is not None:
            lines[k], found = bare[tail.end():], found + 1
    return "\n".join(lines) if found >= _RESIDUE_LINES else None


_PARAGRAPH_TAGS = re.compile(r"^([ \t]*)<p(?:\s[^<>\n]{0,200})?>([^\n]*?)</p>[ \t]*$", re.MULTILINE)  # "<p>Sáng 24/7, …</p>"
_CODE_FIRST = frozenset('{<wdfvlcgi_$.#*')  # how a line of code can open (ASCII: no Vietnamese sentence's)
_CODE_LAST = frozenset(";{}")
_CODE_LINE = regex.compile(r"""(?:\{"@(?:context|type)"|(?:window|document)\.|function\s*+[\w$]*\s*+\(|(?:var|let|const)\s++[A-Za-z_$]"""
                           r"""|[A-Za-z_$][A-Za-z0-9_$.]*+\(.*\);$|[A-Za-z_$][A-Za-z0-9_$.\[\]]*+\s*+[+-]?=[^=].*;$"""
                           r"""|[A-Za-z.#*][\w.#*\-\s,:>]*+\{[^{}]*\}$)""")  # JSON-LD, a statement, a style rule
_OPEN_TAG_LINE = regex.compile(r"<[a-zA-Z][a-zA-Z0-9]*+(?:\s[^<>]*+)?$")  # a tag closed on the next line
_TAG_TAIL = regex.compile(r"(?:[a-zA-Z][\w:-]*+=\"[^\"\n]*+\"\s*+)++/?>")  # … its attributes' end, then the element's words
_RESIDUE_LINES = 3  # such lines a page holds at least


def _print_headers(text: str) -> str | None:
    """A printed page read back with no page numbers (PDFBox's, Word's reflow): the browser's running header, the
    print time and the title cut short, repeated at each page's top ("5/20/24, 2:32 PM Thị trấn … - Cổng Thôn"),
    and the address under it, dropped wherever they stand, so the sentence a break cut in two runs on. None
    unless such a header line repeats."""
    headers = Counter(m[0].strip() for m in itertools.islice(_PRINT_HEADER.finditer(text), 50))
    running = {line for line, count in headers.items() if count >= 2}
    if not running:
        return None
    lines = text.split("\n")
    drop = {k for k, line in enumerate(lines) if line.strip() in running}
    drop.update(j for k in list(drop) for j in (k + 1, k - 1) if 0 <= j < len(lines)
                and lines[j].lstrip().startswith(("http://", "https://"))
                and " " not in lines[j].strip().rstrip("0123456789/").rstrip())  # (the page's address under it, or over
    # it closing the page before, its page's number after it perhaps: "https://… 1/2")
    return "\n".join(line for k, line in enumerate(lines) if k not in drop)


_PRINT_HEADER = re.compile(r"^[ \t]*\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+\d{1,2}:\d{2}(?:[ \t]*[AP]M)?[ \t]+\S[^\n]{10,300}$", re.MULTILINE)
# (a browser's print header: the print time, then the page's title: "20/05/2024 09:10\tKim Quan khánh thành …")


# A word opening with its capital right after another's last letter or digit, no space between ("… Tin địa
# phươngXã Đạ Lây Đông …", "… 14:20Lượt xem"): where a capture that lost its block breaks ran two lines together.
_GLUED_START = regex.compile(r"(?<=[\p{Ll}\d]|\d[ ]?[AP]M|[\d\p{Ll}]\)|\p{Lu}{3})(?=\p{Lu}\p{Ll})")  # (a
# time's AM/PM too: "3:20 PMView count"; a related item's date in brackets, the next item's title after it: "…
# (12/03/2024)Hội Phụ nữ …"; a name in capitals, then a word: "XÃ CHIỀNG KHOONGHuyện …"; a headline, then its
# date: "… bản Phiêng Pằn16/04/2024 08:30"; a count, then the footer's name in capitals: "… 61.530ỦY BAN …", both
# looked for only on a page with joins of the first kind: a second scan of every page costs more than they find)
_GLUED_MORE = regex.compile(r"(?<=\p{Ll})(?=\d{1,2}/\d{1,2}/\d{4})|(?<=[\d\p{Ll}])(?=\p{Lu}{2,}\s)|(?<=\p{Ll} (?:19|20)\d\d)(?=\d\d/\d\d/\d{4})"
                            r"|(?<=\s\p{Lu}{2,})(?=\p{Lu}\p{Ll})|(?<=[\d\p{Ll}])(?=©)")
# (and a headline closing on a year, its date after it: "… Việt Nam năm 202409/04/2024 15:20"; a word in capitals
# after one in lower case, "… thị trấnCỔNG THÔNG TIN …"; a word opening after one in capitals, "… BẢN INTà Lu …";
# the footer's copyright sign after the last count, "… Tổng:1.450.226© Ủy ban nhân dân …")
_GLUED_SENTENCE = regex.compile(r"(?<=(?:\p{Ll}[”\"’]?+|(?<!\d)\d{4}|\d{4}\)|\p{Ll} \d{1,2})[.!?…]|\./\.|[;}])(?=\p{Lu}\p{Ll})")  # (the text's end
# mark, the signature after it: "… trên địa bàn./.Nông Thị Hằng"; an inline script's last statement, a box's heading
# after it: "…version:'v18.0'});};Thư viện ảnh"; a year closing it: "… năm
# 2024.Quang", or a bracket round it: "… (7/5/1954 - 7/5/2024).Ngày hội …"; a month's number: "… cuối tháng 4.Nguyễn …";
# a quotation closed before the full stop: "… bảo vệ công trình”.Cầm Văn Tuấn")
_GLUED_SIZES = re.compile(r"A-A?A\+(?=([A-ZÀ-Ỹ][a-zà-ỹ])?)")  # a text-size tool's buttons run together ("A-AA+", "A-A+"),
# the lead run on after them perhaps ("A-A+Chiều 5/3, …": a line of its own)
_GLUED_JOINS = 6  # such joins on a page, on three lines at least, before it is taken for a capture that lost them


def _side_columns(text: str) -> str | None:
    """A layout's columns printed side by side, each at its own column of every line (inscriptis' or a text
    browser's rendering of a table layout: "TRANG CHỦ      Tin tức » …      ĐĂNG NHẬP" / "GIỚI THIỆU     <headline>
    Tên đăng nhập:"), read one after another: the left column's lines, the middle's, the right's. None unless
    a column starts at the same place on several lines with another column's text before it."""
    lines = text.split("\n")
    found: dict[int, list[int]] = {}  # the lines a cell starts on at each place
    for k, line in enumerate(lines):
        if len(line) < _SIDE_LINE:
            continue
        for m in _CELL_START.finditer(line):
            found.setdefault(m.end(), []).append(k)
    spans = {at: _densest_run(rows) for at, rows in found.items() if len(rows) >= _SIDE_ROWS and at >= _SIDE_FIRST}
    starts = Counter({at: len(rows) for at, rows in found.items()})
    edges = sorted(at for at, run in spans.items() if len(run) >= _SIDE_ROWS and len(run) >= _SIDE_SHARE * sum(
        len(line) > at for line in lines[run[0]:run[-1] + 1])  # (of the lines that pass it between the run's first
        # and last: the text under a side column may run the page's whole width)
        and 2 * sum(lines[k][at - 3:at] == "   " for k in run) >= len(run))[:2]  # (a gap of three spaces or more before
    # it on half its lines: a justified text's words stand two spaces apart)
    if not edges:
        return None  # (a justified text's double spaces between words: they fall anywhere, no column starts there)
    if len(edges) == 2 and edges[1] - edges[0] < _SIDE_FIRST:
        edges = edges[:1]
    if len(edges) == 1 and (far := [at for at, seen in starts.items() if at > edges[0] + _SIDE_FIRST and seen >= _FAR_ROWS
                                    and sum(line[at - len(_COLUMN_GAP):at] == _COLUMN_GAP and line[at:at + 1].strip() != ""
                                            for line in lines) >= _FAR_ROWS]):
        edges.append(min(far))  # (a right column of a few lines, a wide gap before each: a login box, the counters)
    rows: list[int] = []  # the lines a cell starts on at the first edge, to the first gap wider than a break
    for k in range(spans[edges[0]][0], min(len(lines), spans[edges[0]][-1] + _SIDE_BREAK + 1)):
        if _cell_at(lines[k], edges[0]) is not None:
            if rows and k - rows[-1] > _SIDE_BREAK:
                break
            rows.append(k)
    beside = sum(bool(lines[k][:edges[0]].strip()) for k in rows)
    if beside < _SIDE_ROWS and not (beside >= _FAR_ROWS and edges[0] >= _FAR_EDGE and sum(
            lines[k][edges[0] - len(_COLUMN_GAP):edges[0]] == _COLUMN_GAP and lines[k][:edges[0]].strip() != "" for k in rows) >= _FAR_ROWS
    ) and not (beside >= _BESIDE_LONG and len(rows) >= _LONG_COLUMN):
        return None  # (an indented block under a heading: no column beside it; but a box far right, a wide gap
        # before it beside the headline and its meta lines, goes on under them: "TIN MỚI" / its items; or a long
        # column, the article's, a menu's few items beside its top: "DANH MỤC    <headline>" / " • Giới thiệu chung  (Ngày …)")
    first, last = rows[0], rows[-1]
    while first and lines[first - 1].strip() and len(lines[first - 1]) > edges[0]:
        first -= 1
    columns: list[list[str]] = [[] for _ in range(len(edges) + 1)]
    for line in lines[first:last + 1]:
        if not line.strip():
            for column in columns:
                if column and column[-1]:
                    column.append("")  # (a paragraph's end, in every column it may close)
            continue
        cells = [(n + 1, at) for n, edge in enumerate(edges) if (at := _cell_at(line, edge)) is not None]
        if not cells and (indent := len(line) - len(line.lstrip(" "))) > edges[0]:
            cells = [(sum(edge <= indent for edge in edges), indent)]  # (a line set right of an edge, no cell at it:
            # a signature aligned right under its column's text)
        bounds = [(0, 0), *cells, (0, len(line))]
        for (column, start), (_, end) in zip(bounds, bounds[1:]):  # (a cell crossing an edge, or no cell there: the
            if cell := line[start:end].strip():  # text goes on)
                columns[column].append(cell)
    read = "\n\n".join("\n".join(column).strip("\n") for column in columns if any(column))
    return "\n".join(lines[:first]) + "\n" + read + "\n" + "\n".join(lines[last + 1:])


def _ruled_column(text: str) -> str | None:
    """A side column printed right of the text behind a rule, the rule where each line's text ends give or take
    a few places (a scanned or printed page read back: "… UBND xã Chiềng Châu phối hợp         |   Ngày hội văn
    hoá"): the text's lines without it, the column's lines after the page's, an item's wrapped words joined. None
    unless such a rule runs down several lines, close together."""
    lines = text.split("\n")
    ruled = [(k, m.start(1)) for k, line in enumerate(lines)
             if "|" in line and (m := _RULE_AT_END.search(line)) and "|" not in line[:m.start(1)]]  # (no table's row)
    if len(ruled) < _SIDE_ROWS:
        return None
    middle = sorted(at for _, at in ruled)[len(ruled) // 2]
    run = [k for k, at in ruled if abs(at - middle) <= _RULE_SLACK and middle >= _SIDE_LINE]
    if len(run) < _SIDE_ROWS or any(b - a > _SIDE_BREAK for a, b in zip(run, run[1:])):
        return None
    side: list[str] = []
    opened = 0  # (how far in the column's last item opened)
    for k in run:
        line = lines[k]
        at = line.rfind("|")
        cell, lines[k] = line[at + 1:].strip(), line[:at].rstrip()
        indent = len(line) - at - 1 - len(line[at + 1:].lstrip())
        if cell and side and (cell[:1].islower() or indent > opened):
            side[-1] += " " + cell  # (an item's words wrapped under it, set further in: "» Mai Châu tổ chức" /
            # "  Ngày hội văn hoá")
        elif cell:
            side.append(cell)
            opened = indent
    return "\n".join([*lines, "", *side]) if side else "\n".join(lines)  # (the column after the text's, as a
    # layout reads: the text's column, then the side's)


_RULE_AT_END = re.compile(r"(?:(?<=\S) ++|^ {20,}+)(\|)(?:[ \t][^|\n]*+)?$")  # the rule after a gap, one
# column's words after it, none of a table's other cells before it
_RULE_SLACK = 4  # places either side of the rule's usual one where a read-back line may set it


def _cell_at(line: str, edge: int) -> int | None:
    """Where a cell starts on ``line`` at a column's ``edge`` or a little past it (an item's second line indented
    under its bullet), after a gap; or None."""
    for at in range(edge, min(len(line), edge + _SIDE_SLACK + 1)):
        if line[at] != " ":
            return at if line[at - 2:at] == "  " else None
    return None


def _densest_run(rows: list[int]) -> list[int]:
    """The longest run of ``rows`` (line numbers, ascending) with no more than ``_SIDE_BREAK`` lines between two:
    one side column's lines, not another box's that starts at the same place further down."""
    best, start = (0, 1), 0
    for n in range(1, len(rows)):
        if rows[n] - rows[n - 1] > _SIDE_BREAK:
            start = n
        if n + 1 - start > best[1] - best[0]:
            best = (start, n + 1)
    return rows[best[0]:best[1]]


_COLUMN_GAP = " " * 10  # spaces between two columns printed side by side, at least somewhere on the line
_CELL_START = re.compile(r"(?<=\S)  +(?=\S)|^ {2,}(?=\S)")  # where a cell starts, after a gap or the margin
_SIDE_ROWS = 6  # lines a column starts on at one place, another column's text before it on most, at least
_LONG_COLUMN = 18  # lines of a column that starts at one place down the page: the article's, a side column beside its top
_BESIDE_LONG = 2  # … its lines with the side column's beside them, at least (a menu's items beside the headline and the date)
_SIDE_FIRST = 12  # columns: the left column's width at least (no paragraph's indent)
_SIDE_LINE = 40  # characters: a line printing columns side by side is this long at least
_FAR_ROWS = 3  # lines a right column beside the text starts on, a wide gap before it, at least
_SIDE_SHARE = 0.4  # of the lines that reach a column's place, the share where a cell starts there, at least
_SIDE_BREAK = 6  # lines between two of a side column's, at most
_FAR_EDGE = 60  # columns: a box starting this far right is a side column's
_SIDE_SLACK = 3  # columns past a column's edge its cells may start (an item's wrapped line under its bullet)


def _ascii_word_at(text: str, at: int) -> bool:
    """The letters on both sides of ``at`` make one word typed in ASCII: a name in camel case ("TikTok"), a
    template's token ("{{chiTiet.LuotXem}}"), no two Vietnamese words run together."""
    start, end = at, at
    while start and text[start - 1].isalpha():
        start -= 1
    while end < len(text) and text[end].isalpha():
        end += 1
    if not text[start:end].isascii():
        return False
    label = _GLUED_LABEL.match(text, at)  # (but not a name in ASCII, then a label in Vietnamese opening after it:
    return label is None or label[0].isascii()  # "Thạch Thị Sa RyChia sẻ:", the share tools' label)


_GLUED_LABEL = regex.compile(r"\p{Lu}\p{Ll}{1,7}+(?: \p{Ll}{1,7}+){1,3}:")  # a label's words, then its colon


def _lost_breaks(text: str) -> str | None:
    """The page with its lost line breaks put back at each glued word, when the capture lost them all over
    (six joins or more, on three lines or more); None otherwise. A single lower-case letter before the
    capital opens a brand, not a join ("iPhone", "eKYC")."""
    joins = [m.start() for m in itertools.islice(_GLUED_START.finditer(text), 400)
             if m.start() >= 2 and text[m.start() - 2].isalnum()
             and not (text[m.start() - 1].islower() and _ascii_word_at(text, m.start()))]  # ("PMView": a time's mark)
    if not joins:
        return None
    joins += [m.start() for m in itertools.islice(_GLUED_MORE.finditer(text), 400)]
    joins = sorted({*joins, *(m.start() for m in itertools.islice(_GLUED_SENTENCE.finditer(text), 400))})  # (and a
    # sentence's end run into the next line: "… trong mùa khô.Ka H’Nhung - Văn phòng Đảng ủy xã")
    if len(joins) < _GLUED_JOINS:
        return None
    lines, line, pos = set(), 0, 0  # (the lines they stand on, counted in one pass: a menu's row alone is glued by its
    for at in joins:  # template, not by the capture)
        line += text.count("\n", pos, at)
        pos = at
        lines.add(line)
    if len(lines) < 3 and not (len(lines) == 2 and len(joins) >= 2 * _GLUED_JOINS):
        return None  # (a capture that kept the paragraphs' breaks lost the header's and the footer's: two lines, many joins)
    parts, last = [], 0
    for at in joins:
        parts.append(text[last:at])
        last = at
    parts.append(text[last:])
    return "\n".join(parts)


def _glued_paragraphs(text: str) -> str | None:
    """The page with two paragraphs a capture ran together parted where one's full stop touches the other's first
    word ("… đăng ký tham gia.Tổ dân phố Phù Đổng hiện có …", go-readability's text): in a long line, a sentence
    ending on a word in lower case, the next opening on a capitalised word. None unless there are two such joins."""
    parts, last = [], 0
    for stop in itertools.islice(_STOP_THEN_LETTER.finditer(text), 400):
        at = stop.end()
        if not (text[at].isupper() and _STOP_THEN_CAPITAL.match(text, at - 1)):
            continue
        start = text.rfind("\n", 0, at) + 1
        end = text.find("\n", at)
        end = len(text) if end < 0 else end
        word = text[max(start, at - _JOINED_WORD):at - 1].rsplit(None, 1)[-1:]  # (the word the sentence ends on)
        if (end - start >= _GLUED_PARAGRAPH_LINE and at - start >= _GLUED_HEAD and end - at >= _GLUED_HEAD
                and word and len(word[0]) >= 2 and word[0].isalpha() and word[0].islower()):
            parts.append(text[last:at])
            last = at
    if len(parts) < _GLUED_PARAGRAPHS:
        return None  # (one such join is a typing slip inside a paragraph: "… đặc biệt này.Hòa cùng …")
    return "\n".join([*parts, text[last:]])


_STOP_THEN_LETTER = re.compile(r"[.!?](?=[^\W\d_])")  # (a C-level scan for a stop touching a letter, then:)
_STOP_THEN_CAPITAL = regex.compile(r"[.!?](?=\p{Lu}\p{Ll}++\s)")  # "….Tổ dân phố": a stop, a capitalised word after it
_JOINED_WORD = 12  # characters before the stop where the word it closes is read
_GLUED_PARAGRAPH_LINE = 200  # characters: a line that long may hold two paragraphs run together
_GLUED_HEAD = 60  # characters on either side of such a join, at least
_GLUED_PARAGRAPHS = 2  # such joins on a page, at least


_ROW_NUMBER_LINE = re.compile(r"^[ \t]*(?:S[ốo] ?TT|STT|TT|No\.)[ \t]*\n[^\n]", re.MULTILINE)  # (its heading alone on a line)
_TABLE_COLUMNS = 8  # a table's column headings a line each, at most, between its number's heading and the first row
_TABLE_CELL = 120  # characters: a cell of such a table, at most


@functools.cache
def row_number_headings() -> frozenset[str]:
    """data/vi/other.txt "@row_number": a table's first column heading, the row's number ("STT")."""
    from ._vocab import read_sections  # (lazily: the vocabulary's module imports this one)

    return frozenset(read_sections("other")["row_number"])


def _table_rows(text: str) -> str | None:
    """The page with each table a browser's copy printed a cell a line ("STT" / "Họ và tên" / "Chức vụ" / "1" /
    "Nguyễn Thị Kim Loan" / "Tổ trưởng …" / "2" / …) set back a row a line, cells between bars ("STT | Họ và tên |
    Chức vụ"); None when there is none: two rows at least, numbered 1, 2, … in their first cell."""
    lines = text.split("\n")
    headings = row_number_headings()
    out: list[str] = []
    i, changed = 0, False
    while i < len(lines):
        if lines[i].strip() in headings:
            first = next((j for j in range(i + 2, min(len(lines), i + 2 + _TABLE_COLUMNS)) if lines[j].strip() == "1"), None)
            columns = first - i if first is not None else 0
            rows, j = [], first
            while j is not None and j + columns <= len(lines) and lines[j].strip() == str(len(rows) + 1) and all(
                    0 < len(cell.strip()) <= _TABLE_CELL for cell in lines[j + 1:j + columns]):
                rows.append(" | ".join(cell.strip() for cell in lines[j:j + columns]))
                j += columns
            if len(rows) >= 2 and all(0 < len(cell.strip()) <= _TABLE_CELL for cell in lines[i:first]):
                out.append(" | ".join(cell.strip() for cell in lines[i:first]))
                out.extend(rows)
                i, changed = j, True
                continue
        out.append(lines[i])
        i += 1
    return "\n".join(out) if changed else None


@functools.cache
def _icon_glyphs() -> dict[str, str]:
    """data/vi/icons.txt: an icon-font name (without its "fa-") and the glyph it stands for."""
    from ._vocab import read_sections  # (lazily: the vocabulary's module imports this one)

    pairs = (entry.partition("=") for entry in read_sections("icons")["class"])
    return {name.strip(): glyph.strip() for name, _, glyph in pairs}


@functools.cache
def _private_use_glyphs() -> dict[str, str]:
    """data/vi/icons.txt "@private_use": an icon font's code point and the glyph it stands for."""
    from ._vocab import read_sections

    pairs = (entry.partition("=") for entry in read_sections("icons")["private_use"])
    return {chr(int(point.strip(), 16)): glyph.strip() for point, _, glyph in pairs}


def _ligatures(text: str) -> str | None:
    """The page with Material Icons' ligature names written as the glyphs the readers know (or
    dropped), if it holds one such name with an underscore and two in an icon's place; else None."""
    glyphs, pattern = _ligature_glyphs()
    if not any(m[0] in glyphs for m in _LIGATURE_TELL.finditer(text, 0, 20000)):
        return None  # (one name with an underscore at least: "calendar_month", "arrow_upward")
    if not _at_least(pattern.finditer(text, 0, 20000), _ICON_NAMES):
        return None  # (and two names in an icon's place: "person bbt_xa", "schedule 29/09/2023")
    return pattern.sub(lambda m: f"{glyphs[m[1]]} " if glyphs[m[1]] else "", text)


@functools.cache
def _ligature_glyphs() -> tuple[dict[str, str], re.Pattern[str]]:
    """data/vi/icons.txt "@ligature": each name and its glyph ("" to drop it), and a pattern for a name
    at a line's start or after a gap of two spaces or a bar, before a space or the line's end."""
    from ._vocab import read_sections  # (lazily: the vocabulary's module imports this one)

    pairs = [entry.partition("=") for entry in read_sections("icons")["ligature"]]
    glyphs = {name.strip(): glyph.strip() for name, _, glyph in pairs}
    names = "|".join(sorted(map(re.escape, glyphs), key=len, reverse=True))
    return glyphs, re.compile(rf"(?:^|(?<=  )|(?<=\| ))({names})(?: |$)", re.MULTILINE)


def _markdown(text: str) -> bool:
    """The page is a Markdown converter's output: several links, images, headings or bold runs,
    a link or an image among them (a converter keeps the menu's links; "# " alone opens a
    comment line in code or a numbered item)."""
    found = 0
    linked = _DOCLING_IMAGE in text  # (or Docling's image placeholder, its images' only trace)
    for m in _MD_MARKS.finditer(text):
        found += 1
        linked = linked or m.group().endswith("](")
        if found >= _MD_PAGE and linked:
            return True
    return False


# A converter's link turned into a citation, its number in angle brackets after the link's text ("Trang chủ⟨3⟩",
# "![Logo UBND xã⟨2⟩]", Crawl4AI's), the addresses listed under "References" ("⟨3⟩ https://…: Trang chủ").
_CITATION = re.compile("!\\[[^\\]\n]{0,300}\u27e8\\d{1,4}\u27e9\\]|\u27e8\\d{1,4}\u27e9")
_CITED_ADDRESS = re.compile("^\u27e8\\d{1,4}\u27e9 [a-z]{3,8}://[^\n]*\n?", re.MULTILINE)
_CITATIONS = 5  # citations a page holds before they are read as a converter's


def _citations(text: str) -> str | None:
    """The page with a converter's citations dropped (an image's alt text with its number too, as Markdown's image
    goes), and the list of their addresses; None unless it holds several."""
    if not _at_least(_CITATION.finditer(text), _CITATIONS):
        return None
    return _CITATION.sub("", _CITED_ADDRESS.sub("", text))


# A link's address printed in brackets after its text, as a text browser or a print does ("Chia sẻ
# (https://www.facebook.com/sharer/…)", "Nghi Xuân tổ chức … (/tin-xa-thi-tran/nghi-xuan-…-t5119.html)"), the
# address wrapped over lines where it is long.
_LINK_TARGET = re.compile(r"[ \t]*\((?:https?://|/)[^()\s]*+(?:\n[ \t]*+[^()\s]++)*?\)|\[(?:https?://|/|mailto:)[^\[\]\s]*+\]"
                          r"|[ \t]*<(?:https?://|#|javascript:|mailto:)[^<>\s]{0,2000}+>")  # (or in square brackets
# before its text, as some converters print it: "[https://…/gioi-thieu]Giới thiệu"; or in angle brackets after it,
# Firefox's "Save as Text": "Trang chủ <https://…/trang-chu>", "In bài viết <javascript:;>")
_PDF_GLYPH = re.compile(r"\(cid:\d{1,6}\)[ \t]?")
_IMAGE_BEFORE_TEXT = re.compile(r"^([ \t]*)((?:\[\d{1,4}\])?\[(?:IMG|INLINE)\])[ \t]+(?=[^\W\d_])", re.MULTILINE)
_IMAGE_BEFORE_FIELD = re.compile(r"^([ \t]*)\[(?:IMG|INLINE)\][ \t]+(?=[^\W\d][^:\n]{0,40}:[ \t]*\d)", re.MULTILINE)
_LINK_TARGETS = 3  # such addresses a page holds before they are read as its links'


# Gemini's text format, as a proxy converts a page to it: a link a line, "=> " its address then its label ("=>
# /tin-tuc Tin tức"), headings behind "#" marks ("# Xã Định Thủy chủ động …").
_GEM_LINK = re.compile(r"^=>[ \t]*+\S+[ \t]*(.*)$", re.MULTILINE)
_GEM_HEADING = re.compile(r"^#{1,3}[ \t]+(?=\S)", re.MULTILINE)
_GEM_LINKS = 3  # link lines a page holds before it is read as Gemini's text


_OUTLINE_PROPERTY = re.compile(r"^(?:- )?[\w-]{1,40}:: ", re.MULTILINE)  # an outliner's page property ("source:: https://…",
# Roam's a block of its own: "- Source:: https://…")
_OUTLINE_BULLET = re.compile(r"^[ \t]*- ")
_OUTLINED = 0.6  # of the lines with text, those a bullet opens, at least
_OUTLINE_LINES = 5  # … and so many lines, at least


def _outline(text: str) -> str | None:
    """A note-taking outliner's page (Logseq's: "source:: …" properties, then every block a bullet, "- ## Xã …",
    "- Thứ tư - 05/06/2024 09:12", its continuation lines indented): the blocks as lines, their bullets and
    indentation dropped and the page's properties with them. None unless most lines are bullets."""
    if not _OUTLINE_PROPERTY.search(text, 0, 2000):
        return None
    lines = text.split("\n")
    filled = [line for line in lines if line.strip()]
    bullets = sum(1 for line in filled if _OUTLINE_BULLET.match(line))
    if bullets < _OUTLINE_LINES or bullets < _OUTLINED * len(filled):
        return None
    return "\n".join(_OUTLINE_BULLET.sub("", line).strip() for line in lines if not _OUTLINE_PROPERTY.match(line))


_RECORD_FIELD = re.compile(r"(?:[A-Za-z][\w-]{0,20}(?:\[\d{1,3}\])?[:.]){0,3}([A-Za-z][\w-]{1,30})(?: \([a-z][\w ,:-]{0,40}\))?:(?: (.{0,2000}))?")  # "title:
# …", "content (text):", "dc:title: …" (Tika's), "doc.title: …" / "meta.author: …" (a boilerpy3 batch's),
# "images[0].url: …" / "meta.article:published_time: …" (Diffbot's, flattened)
_RECORD_BANNER = re.compile(r"[=#*-]{3,}[ \w()/.]{0,40}[=#*-]{3,}")  # "================ text ================"
_RECORD_END = re.compile(r"(?:\n[ \t]*+(?:[-=#*]{3,}|[#=*]{3,} [^\n]{1,100}? [#=*]{3,})[ \t]*+)+\s*$")
_LIST_INDEX = re.compile(r"^[ \t]*\[\d{1,4}\][ \t]+", re.MULTILINE)
_RECORD_FIELDS = 5  # such fields opening the page, at least
_RECORD_LINES = 40  # … within its first lines
_LOG_LINE = re.compile(r"\[\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?[^\]\n]{0,12}\] "  # a log line's stamp
                       r"|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:[,.]\d{1,6})? \[[\w.-]{1,60}\] ")  # (Scrapy's: "2021-08-03
# 14:22:51 [scrapy.core.scraper] DEBUG: Scraped from <200 …>")


@functools.cache
def record_fields() -> dict[str, frozenset[str]]:
    """data/vi/marker.txt "@record_title", "@record_date", "@record_text", "@record_extractor", "@record_feed",
    "@record_lead", "@record_sapo", "@record_day", "@record_author": another tool's record's field names, by what
    they hold; and "weekday", the first words of data/vi/dates.txt "@weekday" (a day printed after its weekday)."""
    from ._vocab import read_sections  # (lazily: the vocabulary's module imports this one)

    sections = read_sections("marker")
    fields = {sec: frozenset(name.lower() for name in sections[f"record_{sec}"])
              for sec in ("title", "date", "text", "extractor", "feed", "lead", "sapo", "day", "author")}
    fields["weekday"] = frozenset(day.split()[0].lower() for day in read_sections("dates")["weekday"] if day.strip())
    return fields


def _read_field(name: str, value: str, title: str | None, posted: str | None) -> tuple[str | None, str | None]:
    """The record's title and publication day with one more of its fields (``name``, ``value``) read: the first
    of each is kept (a day only where it opens with a figure)."""
    name, value, fields = name.lower(), value.strip(), record_fields()
    if name in fields["title"] and not title:
        return value, posted
    if name in fields["date"] and not posted and (value[:1].isdigit() or value[:5] in _RFC_WEEKDAYS):
        return title, _unix_day(value) or value  # (or a feed's day, its weekday first: "Tue, 01 Dec 2015 09:40:00")
    return title, posted


_RFC_WEEKDAYS = frozenset(f"{day}, " for day in ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"))
_UNIX_TIME = re.compile(r"(1\d{9})(\d{3})?(?!\d)")  # seconds since 1970 (2001 to 2033), or milliseconds
_VIETNAM = 7 * 3600  # seconds east of UTC


def _unix_day(value: str) -> str | None:
    """A Unix time a tool printed for the page's day (Embedly's "published: 1436720400000", milliseconds) as the
    day and time it names in Vietnam ("13/07/2015 00:00"), the time zone its pages are written in; None for any
    other value."""
    import datetime  # (lazily: few records print one)

    if (stamp := _UNIX_TIME.match(value)) is None:
        return None
    moment = datetime.datetime.fromtimestamp(int(stamp[1]) + _VIETNAM, datetime.timezone.utc)
    return moment.strftime("%d/%m/%Y %H:%M")


def _record_header(text: str) -> str | None:
    """A parser's or crawler's record of the page, its fields first, one a line ("url: https://…" / "title: …" /
    "author: Quản trị viên" / "date_published: …" / "excerpt: …" / "content (text):"), the page's text under them:
    the text with its title over it, the other fields dropped (they are the tool's, or the page's again). None
    unless five fields or more, a title among them, open the page (a rule or a banner line may stand over them)."""
    lines = text.split("\n", _RECORD_LINES + 1)
    title = posted = None
    known, fed, texts = record_fields(), False, 0
    counts: list[str] = []
    fields = 0
    at = 0
    in_list = False
    plain_day = summary = None  # (a spider's bare "date:" field, and its "summary:" field)
    untitled = False  # (its title's field there, empty: "title:")
    first_key = ""  # (the record's first field's name, which the next record's opens with again)
    block = False  # (the last field's value a YAML block under it: "content: |")
    banner = False
    for at, line in enumerate(lines[:_RECORD_LINES]):
        stripped = line.strip()
        if in_list:
            in_list = stripped != "]"  # (a list's items a line each, to its closing bracket: "links: [" / "'https://…'," / "]")
            continue
        if not stripped or not fields and not stripped.strip("#=-* ") or not fields and stripped[:1] in "#=":
            continue  # (the tool's banner or rule over the fields: "########## postlight-parser … ##########")
        if not fields and stripped[:3] in ("---", "===", "###", "***") and _RECORD_BANNER.fullmatch(stripped):
            continue  # (a dump's banner over its record: "----- RECORD 1/1 -----")
        if not fields and stripped[:1] in "[2" and _LOG_LINE.match(stripped):
            continue  # (the job's log lines over them: "[2024-06-11 21:04:38] @extractus/article-extractor … ok")
        if not fields and not banner and stripped.isascii() is False and " - " in stripped[:40] and (
                _TITLE_BAR.match(stripped)):
            banner = True
            continue  # (a reader's title bar over them: "newsboat 2.13 - Article '…' (0 unread, 40 total)")
        if fields and stripped[:3] in ("---", "===", "###") and _RECORD_BANNER.fullmatch(stripped) and (
                nxt := next((x.strip() for x in lines[at + 1:_RECORD_LINES] if x.strip()), "")) and (
                nxt.partition(":")[0].isascii() and _RECORD_FIELD.fullmatch(nxt)):
            continue  # (a banner between two groups of fields: ArchiveBox's "--- readability/article.json ---")
        if not fields and stripped[:2] == "- ":
            stripped = stripped[2:]  # (the record a YAML list's item: "- url: …" / "  title: …" / "  content: |")
        if not stripped.partition(":")[0].isascii() or not (field := _RECORD_FIELD.fullmatch(stripped)):
            break
        in_list = field[2] == "["
        fields += 1
        first_key = first_key or field[1]
        block = (field[2] or "").strip() in _BLOCK_SCALARS
        title, posted = _read_field(field[1], field[2] or "", title, posted)
        untitled = untitled or field[1].lower() in known["title"] and not (field[2] or "").strip()
        if (counter := _counter_field(field[1].lower())) and (field[2] or "")[:1].isdigit():
            counts.append(_count_line(counter, field[2].strip()))
        if field[1].lower() in known["feed"]:
            fed = True  # (a feed reader's item: its "Date:" is the post's)
        elif fed and not posted and field[1].lower() == "date":
            posted = _read_field("published", field[2] or "", title, posted)[1]
        elif field[1] in known["day"] and ((value := (field[2] or "").strip())[:1].isdigit() or (
                _WEEKDAY_WORD.match(value) or [""])[0].lower() in known["weekday"]):
            plain_day = plain_day or value  # (a spider's own field, lower-case: "date: 29/10/2021 15:20", "date_raw: Thứ
            # hai, 09/10/2017 - 15:20" as the page prints it; an HTTP header's "Date: Tue, …" is the crawl's)
        elif field[1] in known["day"] and (labelled := _LABELLED_DAY.match((field[2] or "").strip())):
            plain_day = plain_day or labelled[1]  # (… its label kept too: "date_raw: Cập nhật: 15/11/2018 - 16:40")
        elif field[1].lower() in known["sapo"] and field[2] and field[2].strip() not in ("''", '""') and not summary:
            summary = field[2].strip()  # (a spider's field for the portal's sapo: "summary: Chiều ngày 28/10, …"; not
            # YAML's empty string, "summary: ''")
        texts += field[1].lower() in known["text"]
    else:
        return _flat_record(text) if texts >= _FLAT_TEXT else None
    if texts >= _FLAT_TEXT and (flat := _flat_record(text)) is not None:
        return flat  # (the text in fields too, a paragraph each)
    if fields < _RECORD_FIELDS:
        return None
    rest = "\n".join(lines[at:])
    if block and (dedent := _BLOCK_END.search(rest)) is not None:
        rest = rest[:dedent.start()]  # (the fields after its indented block: "images: 3" / "content_chars: 1350/2687")
    if "\n---" in rest and (following := re.search(rf"\n-{{3,}}[ \t]*\n[ \t]*{re.escape(first_key)}[ \t]*:", rest)):
        rest = rest[:following.start()]  # (a dump of several records, the next one after a rule: "---" / "record: 00318")
    if not title:  # (its fields in the order of their names, the title's after the text's: news-please's "maintext:"
        rest, title, posted = _record_tail(rest, posted)  # / the text / "source_domain: …" / "title: …" / "url: …")
        if not title and not (untitled and (posted or plain_day)):
            return None  # (but a spider's record with its title's field empty and a day: the page with no headline)
    rest = rest.lstrip("\n")
    if rest[:1] in "-=#*" and _RECORD_BANNER.fullmatch(rest.split("\n", 1)[0].strip()) or rest[:1] in "-=" and not (
            rest.split("\n", 1)[0].strip("-= ")):
        rest = rest.split("\n", 1)[1] if "\n" in rest else ""  # (the rule or banner under the fields)
    if rest.rstrip()[-3:] in ("###", "===", "***", "---"):
        rest = _RECORD_END.sub("", rest)  # (and the rule and banner closing the record: "######## end item 37 … ########")
    if (closing := _closing_fields(rest, counts)) is not None:
        rest = closing
    if summary and summary[:_SUMMARY_HEAD] not in rest:
        rest = f"{summary}\n\n{rest}"  # (over the text that leaves it out, as the page prints it)
    posted = posted or plain_day
    if rest.lstrip()[:1] == "[" and len(_LIST_INDEX.findall(rest)) >= _RECORD_FIELDS:
        rest = _LIST_INDEX.sub("", rest)  # (a list field's items a line each, their indexes before them: ReadabiliPy's
        # "plain_text: 12 items" / "  [0]  18/09/2024 07:30 | Lượt xem: 312" / "  [1]  Sáng 16/9, …")
    return _headed([title] if title else [], posted, rest, counts)  # (its publication date as the tool read it from the page's
    # metadata: "publish_date: 2023-10-30T07:12:00+07:00"; its counts under it, "views: 77")


# A day field's value with the page's label kept ("Cập nhật: 15/11/2018 - 16:40", "Ngày đăng 20/03/2017 | 15:20 |
# Lượt xem: 341"): any words before the colon or the day, not dates.txt's labels, since the field's own name already
# says it holds the day.
_LABELLED_DAY = re.compile(r"[^\W\d][^\d:\n]{1,30}(?::|(?=[ \t]\d))[ \t]*(\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}[^\n]{0,60})$")
_LABELLED_COUNT = re.compile(r"[^\W\d][^\d:\n]{1,30}:[ \t]*\d[\d.,]{0,12}")  # a count under its label in a cell
_BLOCK_SCALARS = frozenset({"|", ">", "|-", ">-"})
_BLOCK_END = re.compile(r"\n(?=[^\s\n][^\n]{0,60}:)")  # the first line back at the margin after a YAML block
_TITLE_BAR = re.compile(r"[a-z][\w.-]{1,30} [\d.]{1,12} - \w{2,20} ['\"‘“].{1,300}['\"’”](?: \(.{1,60}\))?")  # a text
# program's title bar: its name, its version, its view and what it shows ("newsboat 2.13 - Article '…' (0 unread, …)")
_FLAT_TEXT = 3  # text fields of a flat record, at least
_WEEKDAY_WORD = re.compile(r"[^\s,]{1,8}")  # a day's first word, its weekday's perhaps ("Thứ", "CN", "T.Hai")
_SUMMARY_HEAD = 40  # characters of the summary the text repeats when it prints it
_FLAT_SHARE = 0.9  # of its lines, the share that are fields, at least
_TAG_FIELDS = frozenset({"tags", "tag", "keywords"})


def _flat_record(text: str) -> str | None:
    """A spider's record of the page with every line a field, the text too, a paragraph a "content:" field (and
    a photo's "caption:", the related items', the widgets' and the footer's lines under it): the page as it
    shows them, its headline, day, views and summary over the text's paragraphs, the fields after those their
    values (the tags labelled "Từ khóa:"); the tool's own fields over the text (address, status, crawl time) and
    the image addresses dropped. None unless most lines are fields and three hold the text."""
    known = record_fields()
    fields: list[tuple[str, str]] = []
    lines = [line.strip() for line in text.split("\n") if line.strip() and line.strip("-=#* ")]
    for line in lines:
        field = _RECORD_FIELD.fullmatch(line) if line.partition(":")[0].isascii() else None
        if field is not None:
            fields.append((field[1].lower(), (field[2] or "").strip()))
    if len(fields) < _FLAT_SHARE * len(lines) or sum(key in known["text"] for key, _ in fields) < _FLAT_TEXT:
        return None
    title = posted = None
    for key, value in fields:
        title, posted = _read_field(key, value, title, posted)
    if not title:
        return None
    counts = [_count_line(counter, value) for key, value in fields if (counter := _counter_field(key)) and value[:1].isdigit()]
    lead = next((value for key, value in fields if key in known["lead"] and value), None)
    start = next(k for k, (key, _) in enumerate(fields) if key in known["text"])
    page: list[str] = [lead] if lead else []
    last = max(k for k, (key, _) in enumerate(fields) if key in known["text"])
    for k, (key, value) in enumerate(fields[start:], start):
        if _counter_field(key) or value.startswith(("http://", "https://")):
            continue
        if k > last and any(word in key for word in _TOOL_LISTS):
            continue  # (a photo's caption or address the tool keeps under the text: its own, not the page's order)
        if "related" in key and value:
            value = "\n".join(_related_box(value))  # (the related box, its items between bars)
        elif key in _TAG_FIELDS:
            value = f"Từ khóa: {value}" if value else ""
        elif key in known["title"] or key in known["date"] or key in known["lead"]:
            continue
        page.append(value)
    return _headed([title], posted, "\n\n".join(part for part in page if part), counts)


def _closing_fields(rest: str, counts: list[str]) -> str | None:
    """The record's text with the fields under it read as the page shows them (a spider's "related: …",
    "sidebar: Thống kê truy cập | Online: 9 | …", "footer: …": their values; its tags labelled "Từ khóa:"),
    the image addresses and lists dropped, its counts ("views: 143") added to ``counts``; None unless three
    fields or more close it."""
    lines = rest.rstrip().split("\n")
    end = len(lines) - (lines[-1].strip()[:3] in ("---", "===", "###"))
    start = end
    fields = free = 0
    while start > 0 and end - start < _RECORD_LINES and (line := lines[start - 1].strip()):
        field = line[:2] != "- " and line.partition(":")[0].isascii() and _RECORD_FIELD.fullmatch(line)
        if line[:2] != "- " and not field:
            if free >= _FREE_LINES:
                break
            free, start = free + 1, start - 1  # (a field's value over lines of its own under it: "sidebar:" /
            continue  # "Thống kê truy cập" / "Đang trực tuyến: 85")
        if free and not (field and not (field[2] or "").strip() and field[1].lower() not in record_fields()["text"]):
            break  # (lines under no empty field, or under the text's "content:": the text's own)
        free = 0
        start -= 1  # (a list field's items a line each under it: "related:" / "- Phường 4 tổng kết … (10/01/2024)")
        fields += bool(field)
    start += free
    while start < end and lines[start].strip()[:2] == "- ":
        start += 1  # (items of the text's own list over the fields)
    if fields < _CLOSING_FIELDS:
        return None
    shown, key, key_indent = [], "", 0
    for line in lines[start:end]:
        indent = len(line) - len(line.lstrip())
        line = line.strip()
        if line[:2] == "- ":
            if not any(word in key for word in _TOOL_LISTS):
                shown.append(line[2:])  # (an item of the related list; not of the images' or their captions')
            continue
        if indent > key_indent and any(word in key for word in _TOOL_LISTS):
            continue  # (an item's own field under its first, a YAML list's: "images:" / "- src: …" / "  alt: …")
        field = _RECORD_FIELD.fullmatch(line) if line.partition(":")[0].isascii() else None
        if field is None:
            if not any(word in key for word in _TOOL_LISTS):
                shown.append(line)  # (a line of a field's value under it: the sidebar's widget, as the page shows it)
            continue
        key, value, key_indent = field[1].lower(), (field[2] or "").strip(), indent
        if "related" in key and not value.startswith(("[", "{")):
            shown.extend(_related_box(value))  # (its items a line each under it, "- …", come after)
            continue
        if (counter := _counter_field(key)) and value.replace(".", "").replace(",", "").isdigit():
            counts.append(_count_line(counter, value))  # (its thousands marked perhaps: "counter_total: 316.208")
            continue
        if " " not in value or value[:1] in "[{" or value.startswith(("http://", "https://", "/")) or (
                key not in _TAG_FIELDS and any(word in key for word in _TOOL_LISTS)):
            continue  # (its images' addresses, a list of captions, a single word or count: the tool's, "lang: vi";
            # its photos' captions between bars, "captions: Quang cảnh hội nghị | …", the tool's list)
        shown.append(f"Từ khóa: {value}" if key in _TAG_FIELDS else value)
    return "\n".join(lines[:start] + [""] + shown)


def _related_box(value: str) -> list[str]:
    """A record's related field as the page prints the box: its heading, then its items (between bars in the value)."""
    return ["Tin liên quan:", *(item.strip() for item in value.split(" | ") if item.strip())]


_TOOL_LISTS = ("image", "caption", "photo", "link", "tag")  # a record's list fields whose items are no text's


_CLOSING_FIELDS = 3  # fields under a record's text, at least
_FREE_LINES = 8  # lines of one field's value under it (a sidebar's widget), at most
def _count_line(key: str, value: str) -> str:
    """A record's count as a page prints it: the views under their label ("Lượt xem: 77"), the others as the tool
    names them ("online: 9"), or those the tool names as no page does by counter.txt's first label for them
    ("total_visits: 316.208" as "Lượt truy cập: 316.208"); under the headline either way, no second line of it."""
    if key == "views":
        return f"{_message_labels().get('luotxem', key)}: {value}"
    return f"{_counter_labels().get(key, key) if '_' in key else key}: {value}"


@functools.cache
def _counter_labels() -> dict[str, str]:
    """data/vi/counter.txt's first label for each counter ("Lượt truy cập" for total_visits)."""
    from ._vocab import keyed, read_sections  # (lazily: the vocabulary's module imports this one)

    labels: dict[str, str] = {}
    for label, key in keyed(read_sections("counter")[""]):
        labels.setdefault(key, label)
    return labels


_COUNTER_FIELDS = frozenset({"online", "total_visits", "today", "yesterday", "this_week", "this_month", "views"})
_COUNTER_GROUPS = frozenset({"counter", "counters", "visits", "visitors", "stats"})  # a record's prefix on its counts
_COUNTER_NAMES = {**{name: name for name in _COUNTER_FIELDS}, "total": "total_visits", "week": "this_week",
                  "month": "this_month"}


def _counter_field(key: str) -> str | None:
    """The counter a record's field holds, by its name ("views", "counter_online", "counter_total"), or None."""
    if key in _COUNTER_FIELDS:
        return key
    group, _, name = key.partition("_")
    return _COUNTER_NAMES.get(name) if group in _COUNTER_GROUPS else None


def _record_tail(rest: str, posted: str | None) -> tuple[str, str | None, str | None]:
    """The fields closing a record under its text, a line each down to its closing rule, the title among them:
    the text without them, the title, the publication date (kept if already read above)."""
    lines = rest.rstrip().split("\n")
    end = len(lines)
    if end and lines[-1].strip()[:3] in ("###", "===", "***", "---"):
        end -= 1
    start = end
    while start > 0 and end - start < _RECORD_LINES and (line := lines[start - 1].strip()) and (
            line.partition(":")[0].isascii() and _RECORD_FIELD.fullmatch(line)):
        start -= 1
    title = None
    for line in lines[start:end]:
        field = _RECORD_FIELD.fullmatch(line.strip())
        title, posted = _read_field(field[1], field[2] or "", title, posted)
    if end - start < _RECORD_FIELDS // 2 or not title:
        return rest, None, posted
    return "\n".join(lines[:start] + lines[end:]), title, posted


_FRONT_MATTER = re.compile(r"(---|\+\+\+)[ \t]*\n((?:[^\n]{0,1000}\n){1,80}?)\1[ \t]*(?:\n|$)")  # (bounded: lines, then their count)
_FRONT_FIELD = re.compile(r"^([A-Za-z_]{1,30})[ \t]*[:=][ \t]*(.*?)[ \t]*$", re.MULTILINE)


def _front_matter(text: str) -> str | None:
    """A static site's content file (Hugo's, Jekyll's) with its front matter, YAML between "---" or TOML between
    "+++" ("title = \"…\"" / "date = 2019-03-08T08:30:00+07:00" / "author = \"quantri\""): the block as the page
    shows it, the headline on a line, the date under it; the other fields (tags, aliases, images) dropped, and
    its shortcodes too but a figure's caption ("{{< figure src=… caption=\"Lãnh đạo xã …\" >}}")."""
    block = _FRONT_MATTER.match(text)
    if block is None:
        return None
    fields = {key.lower(): value.strip("\"'") for key, value in _FRONT_FIELD.findall(block[2])}
    if not fields.get("title") or len(fields) < 2:
        return None
    rest = text[block.end():]
    heading = next((line for line in rest.split("\n", 8)[:8] if line.strip()), "")
    shown = [] if heading.startswith("# ") else [fields["title"]]  # (the text's own heading under it is the headline)
    posted = fields.get("date") if record_fields()["extractor"].isdisjoint(fields) else None  # (its publication date,
    # "lastmod" the last edit's; not an extractor's guess at a day: trafilatura's "date:" beside its "hostname:")
    if "{{" in rest:
        rest = _SHORTCODE.sub(lambda m: m[1] or "", rest)  # its shortcodes: a figure's caption kept, the rest dropped
    return _headed(shown, posted, rest)


_MESSAGE_KEY = regex.compile(r"\?{2,3}+(?:[A-Za-z][\w-]{0,40}+\.){0,4}+([A-Za-z][A-Za-z]{1,40}?)"
                              r"(?:_[a-z]{2}(?:_[A-Z]{2})?)?\?{2,3}+")  # (the key's last part, its locale dropped)


def _message_keys(text: str) -> str | None:
    """The text with a template's untranslated message keys read as the labels they name, the label's words run
    together without their accents ("luotxem" is "Lượt xem", "ngaydang" "Ngày đăng"); None unless one is known.
    An unknown key stays as printed."""
    labels = _message_labels()
    found = False

    def label(m: regex.Match[str]) -> str:
        nonlocal found
        named = labels.get(m[1].lower())
        found = found or named is not None
        return m[0] if named is None else named

    keyed = _MESSAGE_KEY.sub(label, text)
    return keyed if found else None


@functools.cache
def _message_labels() -> dict[str, str]:
    """The labels a page's meta row, counters and boxes print (counter.txt's, dates.txt's "@label" and "@meta",
    related.txt's and share.txt's "@line"), keyed by their letters without accents or spaces."""
    from ._vocab import keyed, read_sections, strip_accents  # (lazily: the vocabulary's module imports this one)

    dates = read_sections("dates")
    labels = [label for label, _ in keyed(read_sections("counter")[""])]
    labels += dates["label"] + dates["meta"] + read_sections("related")["line"] + read_sections("share")["line"]
    keyed: dict[str, str] = {}
    for phrase in labels:
        keyed.setdefault("".join(ch for ch in strip_accents(phrase).lower() if ch.isalnum()), phrase)
    return keyed


_JSON_NODES = 2000  # values walked in a record, at most
_JSON_COMMENTS = 5  # the job's comment lines over it, at most
_JSON_TEXT = 200  # characters: a text field shorter than this is a summary, not the page


def _json_record(text: str) -> str | None:
    """A tool's JSON record of the page, the job's comment lines over it ("# crawl … / newspaper4k" / "{ "title": …,
    "publish_date": …, "text": "…\\n\\n…" }"), or a list holding one (an Apify crawler's export): the text field's
    lines under the record's headline and publication date, the other fields dropped. None unless it parses as
    JSON and holds a text field."""
    at = 0
    for _ in range(_JSON_COMMENTS):  # (the job's comments: "# record 1187 of 2410")
        if text[at:at + 1] != "#":
            break
        at = text.find("\n", at) + 1 or len(text)
    text = text[at:].strip()
    if text[:1] not in "{[":
        return None
    try:
        record = json.loads(text)
    except (ValueError, RecursionError):
        record = _cut_json(text) if text[:1] == "{" or text[1:].lstrip()[:1] == "{" else None  # (a record the
        if record is None:  # capture cut short, in its text field most likely)
            return None
    if isinstance(record, list) and len(record) == 1:
        record = record[0]
    if not isinstance(record, dict):
        return None
    title = posted = page = guessed = None
    known = record_fields()
    queue, walked, texts = [record], 0, known["text"]
    while queue and walked < _JSON_NODES:  # breadth first: the record's own fields before its metadata's
        node = queue.pop(0)
        for key, value in node.items():
            walked += 1
            if isinstance(value, dict):
                queue.append(value)
            elif isinstance(value, str) and value.strip():
                if key.lower() in texts and len(value) >= _JSON_TEXT and (page is None or len(value) > len(page)):
                    page = value
                else:
                    title, posted = _read_field(key, value, title, posted)
                    if key == "date" and value[:1].isdigit() and not known["extractor"].isdisjoint(node):
                        guessed = value  # (an extractor's own guess at the day: trafilatura's "date" by its "hostname")
    if page is None:
        return None
    if posted is None and guessed:
        page = f"{page}\n\nNgày đăng: {guessed}"  # (printed under the text, where a date line of the page's own over
        # it comes first: the guess dates only a page that shows no day of its own)
    return _headed([title] if title else [], posted, page)


_JSON_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*+"|[\[\]{}]')  # a string whole, or a bracket outside one
_CLOSING = {"{": "}", "[": "]"}


def _cut_json(text: str) -> object | None:
    """A JSON record a capture cut off, closed where it stops (the string it stopped in, then each bracket still
    open) and parsed; None if the cut fell where no closing makes it JSON (inside a key, after a colon)."""
    opened: list[str] = []
    end = 0
    for token in _JSON_TOKEN.finditer(text):
        mark, end = token[0], token.end()
        if mark in _CLOSING:
            opened.append(_CLOSING[mark])
        elif mark in "]}" and len(mark) == 1:
            if not opened or opened.pop() != mark:
                return None
    if not opened:
        return None
    rest = text[end:]
    quote = '"' if rest.replace("\\\\", "").replace('\\"', "").count('"') % 2 else ""  # (cut inside a string)
    cut = text.rstrip()
    if not quote:
        cut = cut.rstrip(",")
    try:
        return json.loads(cut.rstrip("\\") + quote + "".join(reversed(opened)))
    except (ValueError, RecursionError):
        return None


_CSV_COLUMNS = 4  # commas in a spreadsheet's heading row, at least
_CSV_CELL = 1_000_000  # characters of one cell, at most (a page's whole text)
_CSV_LISTED = 3  # pages a sheet lists, at least, for a listing of them
_CSV_ROWS = 40  # rows read of a spreadsheet: a banner, the heading row, the page's (or the pages'), notes under it


_FIELD_TAG = re.compile(r"^\[([^\]\n]{2,12})\] (?=\w)", re.M)


def _untagged_lead(tag: re.Match[str]) -> str:
    """The tag dropped when it names a lead's field (marker.txt "@record_lead"), kept otherwise ("[Image] …")."""
    return "" if tag[1].lower() in record_fields()["lead"] else tag[0]


def _feed_items(text: str) -> str | None:
    """A feed's items (RSS's "<item>", Atom's "<entry>") printed as a listing prints them, each its title, its
    day and its summary, a blank line between; what stands over the feed (a browser's note that the file has no
    style, the channel's own fields) dropped. None unless the text holds two items or more, or one in a feed's
    markup. (Found with plain searches, each character read a few times at most: no pattern scans ahead.)"""
    name = "item" if "</item>" in text else "entry"
    items, at = [], 0
    while len(items) < _FEED_ITEMS and (opening := text.find(f"<{name}", at)) >= 0:
        closing = text.find(f"</{name}>", opening)
        if closing < 0:
            break
        items.append(text[opening:closing])
        at = closing + len(name) + 3
    if not items or len(items) < 2 and "<rss" not in text and "<feed" not in text:
        return None
    shown = []
    for item in items:
        lines = [_feed_field(item, "title"), next(filter(None, (_feed_field(item, day) for day in _FEED_DAYS)), None),
                 _feed_field(item, "description") or _feed_field(item, "summary")]
        shown.append("\n".join(html.unescape(line) for line in lines if line))
    return "\n\n".join(shown)


def _feed_field(item: str, name: str) -> str | None:
    """The text of an item's field ("<title>…</title>"), its CDATA marks and inner tags dropped; None if it has none."""
    opening = item.find(f"<{name}")
    while opening >= 0 and item[opening + len(name) + 1:opening + len(name) + 2] not in (">", " "):
        opening = item.find(f"<{name}", opening + 1)  # (not "<titleX>")
    inside = item.find(">", opening) + 1 if opening >= 0 else 0
    closing = item.find(f"</{name}>", inside) if inside else -1
    if closing < 0:
        return None
    return _FEED_MARKUP.sub("", item[inside:closing]).strip() or None


_FEED_DAYS = ("pubDate", "published", "updated", "dc:date")  # an item's day, by the field RSS, Atom or Dublin Core names
_FEED_MARKUP = regex.compile(r"<!\[CDATA\[|\]\]>|<[^<>]{0,500}+>")
_FEED_ITEMS = 200  # items of a feed read, at most


def _csv_record(text: str) -> str | None:
    """A spreadsheet of crawled pages, saved as CSV (or its cells copied, a tab between), that holds one page: its heading row names the columns, the
    row under it the page's title, day, summary and text in them ("STT,URL,Chuyên mục,Tiêu đề,Ngày đăng,Tóm tắt,
    Nội dung,Tác giả,Lượt xem,…"). The page as it shows them: the headline, its day, the summary and the text,
    then each count under its column's name ("Lượt xem: 1204"). None unless a title and a text column are named
    and one row follows."""
    import csv
    import io

    known = record_fields()
    limit = csv.field_size_limit(_CSV_CELL)  # (a page's whole text in one cell; the caller's limit put back after)
    try:
        tabbed = text.count("\t", 0, text.find("\n")) >= _CSV_COLUMNS  # (or copied out of it: its cells between tabs)
        rows = [row for row in itertools.islice(csv.reader(io.StringIO(text.lstrip("\ufeff")), delimiter="\t" if tabbed
                                                                   else ","), _CSV_ROWS)
                if sum(bool(cell.strip()) for cell in row) > 1]  # (not the sheet's banner over its heading row, a
        # blank row, nor a note under the page's, one cell each: "BẢNG TỔNG HỢP TIN BÀI …,,,," / "Người lập bảng: …,,,")
    except csv.Error:
        return None
    finally:
        csv.field_size_limit(limit)
    if len(rows) < 2 or any(len(row) != len(rows[0]) for row in rows[1:]):
        return None
    from ._vocab import strip_accents  # (lazily: the vocabulary's module imports this one)

    def column(name: str) -> str:  # (a column's name as compared: "Tiêu đề", "tieu_de" and "TIEU DE" alike)
        return " ".join(strip_accents(name).lower().replace("_", " ").split())

    named = {sec: {column(n) for n in known[sec]} for sec in ("title", "text", "date", "lead", "author")}
    names = [column(name) for name in rows[0]]
    if len(rows) > 2:  # a sheet of several pages: a listing of them, a headline and its day a line
        headed = next((k for k, n in enumerate(names) if n in named["title"]), None)
        dated = next((k for k, n in enumerate(names) if n in named["date"]), None)
        items = [f"- {row[headed].strip()}" + (f" ({row[dated].strip()})" if dated is not None and row[dated].strip() else "")
                 for row in rows[1:] if headed is not None and row[headed].strip()]
        return "\n".join(items) + "\n" if len(items) >= _CSV_LISTED else None
    field = {name: value.strip() for name, value in zip(names, rows[1])}
    title = next((field[n] for n in names if n in named["title"] and field[n]), None)
    page = max((field[n] for n in names if n in named["text"]), key=len, default="")
    if not title or len(page) < _JSON_TEXT:
        return None
    posted = next((field[n] if field[n][:1].isdigit() else labelled[1] for n in names if n in named["date"] and (
        field[n][:1].isdigit() or (labelled := _LABELLED_DAY.match(field[n])))), None)  # (or its label kept in the cell,
    # the scraper's selector took the page's whole line: "Ngày đăng: 18/04/2023 10:25")
    lead = next((field[n] for n in names if n in named["lead"] and field[n]), "")
    writer = next((f"Tác giả: {field[n]}" for n in names if n in named["author"] and field[n]), "")
    labels = _message_labels()
    counts = [f"{labels.get(n.replace(' ', ''), heading)}: {field[n]}" for heading, n in zip(rows[0], names)
              if field[n].isdecimal() and (n.replace(" ", "") in labels or not heading.isascii())]  # (a column named in
    # words, its count: "Lượt xem", "luot_xem")
    counts += [field[n] for n in names if n.replace(" ", "") in labels and _LABELLED_COUNT.fullmatch(field[n])]  # (or
    # the page's own line in the cell, its label and all: "Lượt xem: 142")
    return _headed([title], posted, "\n\n".join(part for part in (lead, page, writer, "\n".join(counts)) if part))


def _headed(heading: list[str], posted: str | None, rest: str, counts: Iterable[str] = ()) -> str:
    """The page's text with the fields a tool or a content file kept of it printed over it as the page shows them:
    the headline's line, the publication date's labelled line, the counts' lines, a blank line."""
    return "\n".join([*heading, *([f"Ngày đăng: {posted}"] if posted else []), *counts]) + "\n\n" + rest


_SHORTCODE = re.compile(r"\{\{[<%][ \t]*+(?:figure[^\n{}]{0,2000}?\bcaption=\"([^\"\n{}]{0,1000})\"[^\n{}]{0,2000}?|[^\n{}]{0,2000}?)[>%]\}\}")
# (no brace inside one: a run of openings fails each at the next, in linear time)


def _gemtext(text: str) -> str | None:
    """The page with Gemini's link lines read as their labels and its headings' marks dropped; None unless it
    holds several link lines."""
    if not _at_least(_GEM_LINK.finditer(text), _GEM_LINKS):
        return None
    return _rewrite(text, ((_GEM_LINK, r"\1"), (_GEM_HEADING, "")))


def _wikitext(text: str) -> str | None:
    """The page with MediaWiki's marks dropped: a template's block ("{{Thông tin lưu trữ | … }}") and a footnote
    ("<ref>…</ref>") go, a link keeps its text ("[[#nội dung|Đi tới nội dung]]", "[https://… Trang chủ]"), a file's
    link its caption ("[[Tập tin:a.jpg|nhỏ|giữa|Lãnh đạo xã …]]"), headings lose their "=", bold and italic their
    quotes, and the few HTML tags it keeps go ("<br />", "<div style=…>"). None unless the page has several links and a heading or quotes: wikitext."""
    if not (_at_least(_WIKI_LINK.finditer(text), _WIKI_LINKS) and ("'''" in text or "\n==" in text)):
        return None
    text = _rewrite(text, _WIKI_STEPS)
    return text.replace("'''", "").replace("''", "")


_WIKI_LINK = re.compile(r"\[\[[^\[\]\n]{1,300}\]\]|\[https?://[^\s\]]{1,2000} [^\]\n]{1,300}\]")
_WIKI_LINKS = 3  # such links a page holds at least
_WIKI_TEMPLATE = re.compile(r"^\{\{[^{}]{0,5000}?\}\}[ \t]*\n?", re.MULTILINE)  # a template's block, alone at a line's start
_WIKI_REF = re.compile(r"<ref[^>\n]{0,200}>[^<]{0,2000}</ref>|<ref[^>\n]{0,200}/>")
_WIKI_FILE = re.compile(r"\[\[(?:Tập tin|Hình|File|Image):[^\]\n|]{1,300}(?:\|[^\]\n|]{0,100})*\|([^\]\n|]{1,500})\]\]")
_WIKI_INTERNAL = re.compile(r"\[\[([^\]\n|]{1,300})(?:\|([^\]\n]{1,300}))?\]\]")
_WIKI_EXTERNAL = re.compile(r"\[https?://[^\s\]]{1,2000} ([^\]\n]{1,300})\]")
_WIKI_TAG = re.compile(r"</?(?:div|span|center|small|big|font|p|br)\b[^<>\n]{0,300}>")  # the few tags wikitext keeps ("<div style=…>")
_WIKI_HEADING = re.compile(r"^={1,6}[ \t]*([^=\n]{1,300}?)[ \t]*={1,6}[ \t]*$", re.MULTILINE)
_WIKI_STEPS = ((_WIKI_TEMPLATE, ""), (_WIKI_REF, ""), (_WIKI_FILE, lambda m: m[1] + "\n"),
               (_WIKI_INTERNAL, lambda m: m[2] or m[1]), (_WIKI_EXTERNAL, r"\1"), (_WIKI_HEADING, r"\1"), (_WIKI_TAG, ""))


def _asciidoc(text: str) -> str | None:
    """The page with AsciiDoc's marks dropped: a link keeps its text ("link:/tin-tuc[Tin tức]"), an image and an
    anchor go ("image:/a.jpg[Logo,width=64]", "[[top]]"), headings lose their "=" marks, a line's hard break its
    " +", bold and italic runs their marks, and its rules go. None unless several links: AsciiDoc's."""
    if not _at_least(_ADOC_LINK.finditer(text), _ADOC_LINKS):
        return None
    return _rewrite(text, _ADOC_STEPS)


_ADOC_MACRO = r"[^\s\[\]]{1,2000}+\[([^\[\]\n]{0,300}+)\]"  # a macro's target, then its text in brackets
_ADOC_LINK = re.compile(r"(?<![\w:])link:" + _ADOC_MACRO)  # link:url[text]
_ADOC_LINKS = 3  # such links a page holds at least
_ADOC_IMAGE = re.compile(r"(?<![\w:])image::?" + _ADOC_MACRO)  # image::url[alt,width=64]
_ADOC_LINE_MARKS = re.compile(r"^(?:\[\[[^\]\n]{1,100}\]\][ \t]*\n?|'{3,}[ \t]*$|={1,6}[ \t]+(?=\S))", re.MULTILINE)  # anchors,
# rules ("'''"), heading marks ("== …")
_ADOC_BREAK = re.compile(r"[ \t]\+[ \t]*$", re.MULTILINE)  # a hard line break: " +" closing the line
_ADOC_SPAN = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]{0,2000}?\S)\*(?![\w*])|(?<![\w_])_(?=\S)([^_\n]{0,2000}?\S)_(?![\w_])")  # *bold*,
# _italic_ (a login's underscore between letters is no mark: "qtv_philieng")
_ADOC_STEPS = ((_ADOC_LINK, r"\1"), (_ADOC_IMAGE, ""), (_ADOC_LINE_MARKS, ""), (_ADOC_BREAK, ""),
               (_ADOC_SPAN, lambda m: m[1] or m[2]))
# Unstructured's element types before each line ("[NarrativeText] Tối 18/4, …", "[Title] …", "[ListItem] Trang chủ")
_ELEMENT_TYPE = re.compile(r"^\[(?:Title|NarrativeText|UncategorizedText|ListItem|Table|Image|FigureCaption|Header|Footer|"
                           r"Address|EmailAddress|Formula|CodeSnippet|PageNumber|Text)\][ \t]?", re.MULTILINE)
_ELEMENT_TYPES = 5  # such lines a page holds at least
_TAB_PADDED_ROW = re.compile(r"\t[ \t]*$", re.MULTILINE)  # a TSV row whose last cells are empty ("Trang chủ\t\t\t")
_QUOTED_TAB_CELL = re.compile(r'^"([^"\n\t]{1,500}(?:\n[^"\n\t]{1,500}){1,3})"(?=\t|$)', re.MULTILINE)  # a cell of lines
_PADDED_ROW = re.compile(r"^[^\n]*,,[ \t]*$", re.MULTILINE)  # a row whose last cells are empty ("Trang chủ,,,")
_PADDED_ROWS = 0.3  # of the lines with text, such rows at least


def _spreadsheet_rows(text: str) -> str | None:
    """A page pasted into a spreadsheet and saved as CSV (a line a row, its cells between commas, the empty ones at
    the end too: "Trang chủ,,,", "\"Sơn Thịnh - đoàn kết, …\",,,", "Hôm nay,846,,"): each row as its cells' text, two
    cells or more set apart by bars. None unless many rows end in empty cells."""
    lines = text.split("\n")
    filled = sum(1 for line in lines if line.strip())
    if sum(1 for _ in _PADDED_ROW.finditer(text)) < max(_ELEMENT_TYPES, _PADDED_ROWS * filled):
        return None
    import csv  # (only for such a page)

    rows = []
    for cells in csv.reader(lines):
        kept = [cell.strip() for cell in cells if cell.strip()]
        rows.append(" | ".join(kept))
    return "\n".join(rows)
# A screen reader's text view: each element's role before its text ("LINK: Trang chủ", "* LINK: Giới thiệu", "HEADING 1:
# …", "IMAGE: Quốc huy"), a list's, form's and table's frame on lines of their own ("LIST (7 items)" / "END LIST").
_ACCESSIBLE_ROLE = re.compile(r"^(?:\* )?(?:LINK|HEADING [1-6]|IMAGE|BUTTON|TEXTBOX|CHECKBOX|COMBOBOX|RADIO BUTTON|"
                              r"GRAPHIC|EDIT|PASSWORD):[ \t]?", re.MULTILINE)
_ACCESSIBLE_FRAME = re.compile(r"^(?:FORM|END FORM|END LIST|END TABLE|LIST \(\d{1,4} items?\)|TABLE(?: \(\d{1,4} "
                               r"rows?\))?)[ \t]*$", re.MULTILINE)
@functools.cache
def _forwarded_banner() -> re.Pattern[str]:
    """A forwarded mail's banner and headers, Gmail's in English or Vietnamese ("---------- Forwarded message
    ---------" / "Từ: Văn phòng UBND xã … <…>" / "Date: Th 5, 13 thg 3, 2025 lúc 16:05" / "Subject: …" / "To: …"),
    by data/vi/marker.txt "@mail_banner" and "@mail_header"."""
    from ._vocab import read_sections  # (lazily: the vocabulary's module imports this one)

    sections = read_sections("marker")
    banners, headers = ("|".join(re.escape(name) for name in sorted(sections[sec], key=len, reverse=True))
                        for sec in ("mail_banner", "mail_header"))
    return re.compile(rf"^-{{5,}}[ \t]*(?i:{banners})[ \t]*-{{5,}}[ \t]*\n(?:(?:{headers})[ \t]*:[^\n]{{0,500}}\n){{2,8}}",
                      re.MULTILINE)


# A forwarded mail's signature under the text, after its delimiter ("--" / name / role / phone), or the mail
# service's advertisement under a rule ("__________" / "Bạn đã dùng Yahoo! Mail phiên bản mới chưa? …")
_MAIL_SIGNATURE = re.compile(r"\n(?:--[ \t]?|_{10,}[ \t]*)\n(?:[^\n]{0,200}+\n?+){1,10}+$")  # (possessive: a line is read once)
_ONENOTE_HEADER = re.compile(r"\ufeff?[^\n]{1,200}\n[^\n]{0,40}(?:19|20)\d\d[^\n]{0,10}\n[ \t]*\d{1,2}:\d\d(?:[ \t]*(?:AM|PM|SA|CH))?"
                             r"[ \t]*\n")  # (its closing "Pasted from <http://…>" says so; the title, the day, the time)
_QUOTE_MARK = re.compile(r"^>[ \t]?", re.MULTILINE)  # a mail's quoted line ("> Sáng ngày 21/7/2008, …")
_QUOTED_LINES = 10  # quoted lines of a mail, at least, and most of its lines


def _forwarded(text: str, forward: re.Match[str]) -> str:
    """The page a forwarded mail holds: what stands before the banner (the forwarder's own headers and note),
    the banner and headers dropped, the sender's note over the page (a salutation and its paragraph, or lines
    closed by the page's address) and the signature under its delimiter at the end."""
    rest = text[forward.end():]
    tail = _MAIL_SIGNATURE.search(rest, max(0, len(rest) - 1500))
    rest = rest[:tail.start()] if tail else rest
    if tail and (signed := _SIGN_OFF.search(rest, max(0, len(rest) - _SIGN_OFF_REACH))) is not None:
        rest = rest[:signed.start()]  # (the sender's own short sign-off over the signature: "Em Hoa." / "-- ")
    head = rest[:_MAIL_NOTE]
    if (address := _NOTE_ADDRESS.search(head)) is not None:
        kept = [m[1] or m[0].strip() for m in _note_fields().finditer(head, 0, address.start())]
        return "\n".join(kept) + "\n\n" + rest[address.end():] if kept else rest[address.end():]  # (the sender's note
        # over the page, its address closing it: "Dạ chào anh Khoa," / "Em gửi lại nội dung bài …" / "Link: https://…";
        # a CMS's notice of the post keeps its headline's and its date's fields: "Tiêu đề: …" / "Cập nhật: 07/01/2026")
    opening = rest.lstrip()
    first = opening.split("\n", 1)[0].strip()
    if first.endswith(",") and len(first) <= _SALUTATION and 0 < (gap := opening.find("\n\n", 0, _MAIL_NOTE)):
        return opening[gap:]  # (a salutation and the note under it, a blank line after: "Kính gửi anh Đức," / "Xã gửi
        # tin bài đã đăng …")
    return rest


@functools.cache
def _note_fields() -> re.Pattern[str]:
    """A forwarded CMS notice's field kept over the page: its headline's (group 1: the headline) or its day's, by
    the names in data/vi/marker.txt "@mail_title" and "@mail_date"."""
    from ._vocab import read_sections  # (lazily: the vocabulary's module imports this one)

    sections = read_sections("marker")
    titles, days = ("|".join(re.escape(name) for name in sorted(sections[sec], key=len, reverse=True))
                    for sec in ("mail_title", "mail_date"))
    return re.compile(rf"^[ \t]*(?:(?:{titles})[ \t]*:[ \t]*([^\n]{{10,300}})|(?:{days})[ \t]*:[ \t]*\d[^\n]{{5,40}})[ \t]*$",
                      re.M)


_SALUTATION = 90  # characters: a mail's salutation line ("Kính gửi anh Đức,", "Kính gửi Ban biên tập Trang thông tin
# điện tử huyện …,"), at most


_MAIL_NOTE = 600  # characters of a sender's note over the page they forward, at most
_SIGN_OFF = re.compile(r"\n[ \t]*\n[ \t]*\S+(?:[ \t]\S+){1,2}\.[ \t]*\s*$")  # two or three words and a stop, alone
_SIGN_OFF_REACH = 60  # characters from the end where such a sign-off stands
_NOTE_ADDRESS = re.compile(r"^[ \t]*(?:(?:Link|Liên kết|Đường dẫn|URL)[ \t]*:[ \t]*)?https?://\S+[ \t]*$", re.MULTILINE)


_SAVED_HEADERS = re.compile(r"(?:(?:From|Subject|Date|MIME-Version|Content-[A-Za-z-]{1,30}|X-[A-Za-z-]{1,30}):[^\n]{0,1000}\n){2,20}")


def _org(text: str) -> str | None:
    """The page with Org mode's marks dropped: its keywords' values kept ("#+title: …", "#+caption: …"), its
    property drawers and block fences gone, a link's description kept ("[[https://…][Trang chủ]]"), a bare
    link (an image's) gone, the stars of headings and the marks round bold and italic lines dropped. None
    unless it holds several links and a drawer or keyword: an Org file's."""
    if not (_at_least(_ORG_LINK.finditer(text), _ORG_LINKS) and (":PROPERTIES:" in text or "#+" in text)):
        return None
    text = _ORG_DRAWER.sub("", text)
    text = _ORG_KEYWORD.sub(lambda m: m[1] if m[1] else "", text)
    text = _ORG_LINK.sub(lambda m: m[2] or "", text)
    if "[[" in text:
        text = _ORG_LINK.sub(lambda m: m[2] or "", text)  # (an image as a link's description: the logo's)
    text = _ORG_HEADING.sub("", text)
    return _ORG_EMPHASIS_LINE.sub(r"\1\3", text)


_ORG_LINK = re.compile(r"\[\[([^\[\]\n]{1,2000}+)\](?:\[((?:[^\[\]\n]++|\[\[[^\[\]\n]{0,2000}+\]\])*+)\])?\]")  # [[target][description]]
_ORG_LINKS = 3  # links an Org file holds at least
_ORG_DRAWER = re.compile(r"^[ \t]*:PROPERTIES:[ \t]*\n(?:[ \t]*:[^\n]*\n){0,30}?[ \t]*:END:[ \t]*$\n?", re.MULTILINE)
_ORG_KEYWORD = re.compile(r"^[ \t]*#\+(?:title|caption|subtitle|author|date|name|begin_\w+|end_\w+|options|attr_\w+)"
                          r"\b[^:\n]*(?::[ \t]*([^\n]*))?$", re.MULTILINE | re.IGNORECASE)
_ORG_HEADING = re.compile(r"^\*{1,8}[ \t]+(?=\S)", re.MULTILINE)
_ORG_EMPHASIS_LINE = re.compile(r"^([ \t]*)([*/])(?=\S)([^\n]*?\S)\2[ \t]*$", re.MULTILINE)


def _link_targets(text: str) -> str | None:
    """The page with the links' addresses after their texts dropped; None unless it holds several."""
    if not _at_least(_LINK_TARGET.finditer(text), _LINK_TARGETS):
        return None
    return _LINK_TARGET.sub("", text)


def _rewrite(text: str, steps: Iterable[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]]) -> str:
    """``text`` with each pattern's matches replaced in turn: a markup's marks dropped, its words kept."""
    for pattern, replacement in steps:
        text = pattern.sub(replacement, text)
    return text


def _at_least(matches: Iterable[object], count: int) -> bool:
    """The matches number ``count`` at least (read no further than that)."""
    return next(itertools.islice(matches, count - 1, None), None) is not None


def _link_numbers(text: str) -> bool:
    """The page is a text browser's dump: several links numbered in brackets."""
    return _at_least(_LINK_NUMBER.finditer(text), _LINK_NUMBERS)


def _unmark(text: str) -> str:
    """Markdown's marks dropped, its words kept: an image goes (its caption is a line of its own),
    a link keeps its text, a heading and a bold run lose their marks."""
    if ">" in text:
        text = _MD_QUOTE.sub("", text)  # (a quote's marks first, a heading's after them: MarkDownload's "> ## Excerpt")
    text = _MD_IMAGE.sub("", text)
    if _DOCLING_IMAGE in text:
        text = text.replace(_DOCLING_IMAGE, "")
    text = _MD_LINK.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_STRONG.sub(lambda m: (m.group(1) or m.group(2)).replace("\n", " "), text)  # (a bold run wrapped
    # over lines is one paragraph's: a bold lead at html2text's width)
    if "_" in text:
        text = _MD_ITALIC_SPAN.sub(r"\1", text)  # (first: a line of two italic runs is not one run, "_Cập nhật lúc
        # 09:47, 17/04/2024_ · _Lượt xem: 203_", reverse_markdown's)
    text = _MD_ITALIC_LINE.sub(r"\2", text)  # (lines left blank lose their spaces with the others')
    if "*" in text:
        text = _MD_STAR_SPAN.sub(r"\1", text)  # (an italic span in a line: "*Cập nhật lúc 09:10 …* | Ngày đăng: …")
    return _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text


def markdown_with_html(text: str) -> str | None:
    """Markdown that kept the page's other elements as raw HTML (ReverseMarkdown's PassThrough, turndown's keep,
    pandoc's raw_html): each of its blocks as an HTML element, the raw ones as they are, so the DOM segmenter reads
    its headline ("# …") and paragraphs as it reads the rest. None unless a Markdown heading line and links stand
    among the tags of a document that is no HTML page of its own."""
    sample = text[:_MARKDOWN_SAMPLE]
    if ("](" not in sample or _decode.starts_as_html(sample[:_HTML_HEAD]) or not _MD_HEADING.search(sample)
            or not _at_least(_MD_LINK.finditer(sample), _MARKDOWN_LINKS)):
        return None
    html = []
    for block in _BLANK_LINE.split(text):
        block = block.strip()
        if not block:
            continue
        if block[:1] == "<":
            html.append(block)  # (a raw element, the converter's passthrough)
        elif heading := _MD_HEADING.match(block):
            level = len(block) - len(block.lstrip("#"))
            html.append(f"<h{level}>{_inline_markdown(block[heading.end():])}</h{level}>")
        elif all(_MD_ITEM.match(line) for line in block.split("\n")):
            items = "".join(f"<li>{_inline_markdown(_MD_ITEM.sub('', line))}</li>" for line in block.split("\n"))
            html.append(f"<ul>{items}</ul>")
        else:
            html.append(f"<p>{_inline_markdown(block).replace(chr(10), '<br>')}</p>")
    return "<html><body>\n" + "\n".join(html) + "\n</body></html>"


def _inline_markdown(text: str) -> str:
    """A Markdown block's images, links, bold and escapes as HTML (an address's title dropped)."""
    text = _MD_IMAGE.sub(lambda m: f'<img alt="{m[1]}" src="{m[2].split(None, 1)[0] if m[2] else ""}">', text)
    text = _MD_LINK.sub(lambda m: f'<a href="{m[2].split(None, 1)[0] if m[2] else ""}">{m[1]}</a>', text)
    text = _MD_STRONG.sub(lambda m: f"<b>{m[1] or m[2]}</b>", text)
    return _MD_ESCAPE.sub(r"\1", text)


_MARKDOWN_SAMPLE = 20_000  # characters read to tell Markdown among the tags
_MARKDOWN_LINKS = 2  # Markdown links in that sample, at least
_HTML_HEAD = 2000  # characters where an HTML page's doctype, <html> or <head> opens it (after comments)
_MD_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+")  # a list's item
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def drop_repeat(text: str) -> str:
    """A page whose whole text is printed two or three times over (a scraper that concatenated
    the same page) cut to its first copy; the same object when it is not repeated."""
    first = text.lstrip().split("\n", 1)[0].strip()
    if not first or text.count(first) < 2:
        return text  # a repeated page prints its first line again
    lines = text.split("\n")
    kept = [(i, line.strip()) for i, line in enumerate(lines) if line.strip()]
    n = len(kept)
    for copies in (2, 3):
        size = n // copies
        if n % copies or size < 2 or sum(len(t) for _, t in kept[:size]) < 40:
            continue
        first_copy = [t for _, t in kept[:size]]
        if all([t for _, t in kept[k * size:(k + 1) * size]] == first_copy for k in range(1, copies)):
            return "\n".join(lines[: kept[size][0]]).rstrip() + "\n"
    return text


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
    if _OLD_PAIR.search(text):  # (sub() costs 7x a search that finds nothing, as on most lines)
        text = _OLD_PAIR.sub(_new_style, text)
    text = text.lower()
    if text.isprintable() and "  " not in text and text[:1] != " " and text[-1:] != " ":
        return text  # single-spaced already: every other space character is unprintable
    return " ".join(text.split())


def _new_style(m: re.Match[str]) -> str:
    return _SWAPS.get(m.group(0), m.group(0))


_NON_WORD = regex.compile(r"[\W_]+")


@functools.lru_cache(maxsize=4096)  # a title is compared with the lines around it, each time keyed
def word_key(text: str) -> str:
    """The letters and digits of :func:`fold`: one line printed twice, up to punctuation and quotes."""
    return _NON_WORD.sub("", fold(text))


# Results kept per distinct text; benchmarks empty them so that no page is credited for a repeat.
TEXT_CACHES: list = [fold, word_key]  # (stages that keep results of their own add theirs: _vocab)


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


def vietnamese_page(texts: Iterable[str]) -> bool:
    """Some of these lines hold a non-ASCII letter: a Vietnamese page, where a run of unaccented
    words is spam, a login or a site name rather than text."""
    return not all(text.isascii() for text in texts)  # (isascii reads a flag of the str: no scan)


def collapse(text: str) -> str:
    """Whitespace collapsed to single spaces, ends stripped."""
    return " ".join(text.split())
