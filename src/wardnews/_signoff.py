"""Step 4 of the labeller: the lines that sign the article, at the end of its text (a name over a
role, "Tin, ảnh: …", initials, "(Theo …)", a unit), or on the lines above it when the end holds none.

It runs once the article's end is known and before captions, lead and body are told apart, so
the lines it takes are no longer text."""
from __future__ import annotations

import regex

from . import _dates, _signature
from ._fields import CREDIT_LABEL, HAS_DIGIT, ends_sentence
from ._lineshapes import (
    ATTACHMENT,
    BOX_TITLES,
    BYLINE_LINE,
    CAPTION_LINE,
    MENU_ITEM,
    NAME_LINE,
    PLUGIN_TAG,
    file_name,
    label_over_value,
    site_banner,
)
from ._metarow import TAG, TAGS, account_line, credited_names
from ._normalize import fold
from ._vocab import ICON_EDGES, Vocabulary, line_key, pager_label
from .model import Author, Block, Label


def label_signature(blocks: tuple[Block, ...], labels: list[Label | None], start: int, end: int,
                     byline: str | None, meta_byline: str | None, recipient_headings: list[int],
                     pat: _dates.DatePatterns, vocab: Vocabulary, *, writer_field: bool = False,
                     ) -> tuple[list[int], Author | None, str | None]:
    """Step 4 of ``_label.label_blocks``: the signature closing the text between ``start`` and ``end``
    (its lines labelled in place, and what it says), else the byline found elsewhere on the page."""
    if recipient_headings:
        _recipients(blocks, labels, [i for i in recipient_headings if start <= i < end], end, vocab)
    last = next((k for k in range(end - 1, start, -1) if labels[k] is None), None)
    if (last is not None and len(blocks[last].text) <= BYLINE_LINE and ":" in blocks[last].text[:CREDIT_LABEL]
            and fold(blocks[last].text[:CREDIT_LABEL]).startswith(vocab.editor_credits)
            and last - 1 > start and labels[last - 1] is None and len(blocks[last - 1].text) <= BYLINE_LINE
            and (_signature.source_line(blocks[last - 1].text, vocab) or vocab.photo_credit_line.match(blocks[last - 1].text))):
        labels[last] = Label.OTHER  # the editor who approved it, under the source's field or the photographer's
        last = next((k for k in range(last - 1, start, -1) if labels[k] is None), None)  # under the writer's ("Tác giả:
        # …" / "Nguồn: …" / "Người duyệt: …"; "Thực hiện: …" / "Ảnh: …" / "Biên tập: …"); right under the writer's,
        # the two sign together ("Minh Anh" / "Biên tập: …", "Người viết: …" / "Người duyệt: …")
    if last is not None and last - 1 > start and other_credit(blocks[last].text, vocab):
        for k in (last - 1, last - 2):  # the writer's credit over the photographer's and the source's, a row each
            if k <= start or labels[k] is not None:
                break
            if other_credit(blocks[k].text, vocab):
                continue  # (another such row: look one higher)
            if writer_credit(blocks[k].text, vocab):
                for j in range(k + 1, last + 1):  # ("Tác giả | Liêng Hót Ha Thu (…)" / "Ảnh | Đinh Văn Tâm" / "Nguồn |
                    labels[j] = Label.OTHER  # Ủy ban MTTQ Việt Nam xã …"): the writer signs
                last = k
            break
    if (last is not None and len(blocks[last].text) <= CREDIT_LABEL and blocks[last].text.endswith(":")
            and _signature.credit_only(blocks[last].text, vocab)):
        labels[last] = Label.OTHER  # the writer's field left empty under the text ("Tác giả:"), no name under it
    elif (last is not None and blocks[last].text[:1] == "(" and blocks[last].text.rstrip(".")[-1:] == ")"
          and len(blocks[last].text) <= _ATTACHED_NOTE and _names_attachment(blocks[last].text, vocab)):
        labels[last] = Label.OTHER  # a note pointing at the attached file under the signature ("(Xem chi tiết Kế
        # hoạch số 38/KH-UBND ngày 02/3/2023 tại file đính kèm)")
    notes = []  # footnotes under the signature, a Word paste's ("Vũ Đình Khiêm" / "Trưởng Công an xã" / "[1] Luật …")
    added = last if last is not None and _added_item(blocks[last].text, pat) else None
    while last is not None and last > start and len(notes) < _FOOTNOTES and _FOOTNOTE.match(blocks[last].text) and (
            last != added):
        notes.append(last)
        last = next((k for k in range(last - 1, start, -1) if labels[k] is None), None)
    if notes and last is not None and len(blocks[last].text) <= BYLINE_LINE and not ends_sentence(blocks[last].text) and (
            _signature.parse_signature([blocks[last].text], vocab) is not None
            or last - 1 > start and labels[last - 1] is None and len(blocks[last - 1].text) <= BYLINE_LINE
            and _signature.parse_signature([blocks[last - 1].text, blocks[last].text], vocab) is not None):
        for k in notes:
            labels[k] = Label.OTHER
    if (table := _signing_table(blocks, labels, start, end, vocab)) is not None:
        first, signature, signed = table
        for k in range(first, signature[0]):
            labels[k] = Label.OTHER  # the approver's cell beside the writer's, and the headings and marks
    else:
        signature, signed = _find_signature(blocks, labels, start, end, vocab)
        if not signature and added is not None:
            signature, signed = _find_signature(blocks, labels, start, added, vocab)  # (signed over the item added)
    closing = signature[0] if len(signature) == 1 else None if signature else next(
        (k for k in range(end - 1, start, -1) if labels[k] is None), None)  # (unsigned: the text's last line)
    if (closing is not None and (k := closing) + 1 < len(blocks) and labels[k + 1] == Label.FOOTER
            and blocks[k].text.isupper() and site_banner(blocks[k].text, vocab)
            and ":" in blocks[k + 1].text[:_FOOTER_LABEL] and "://" not in blocks[k + 1].text):  # (not the post's address)
        labels[k] = Label.FOOTER  # the site's owner in capitals over its address under the text ("ỦY BAN NHÂN
        signature, signed = [], None  # DÂN XÃ …" / "Địa chỉ: …"): the footer's first line, no unit signing
    if not signature and byline is None and meta_byline is None:
        signature, signed = _signature_past_attachment(blocks, labels, end, vocab)
    writer = byline or meta_byline
    if (signature and writer and (_signature.strip_credit(writer, vocab)[1]
                                  or writer_field and writer == meta_byline)  # (or the template's author
            # field, a name alone: "<div class=nv-author>Lê Khánh Hòa</div>")
            and not _signature.source_line(writer, vocab)
            and fold(ICON_EDGES.sub("", _signature.strip_credit(writer, vocab)[0]).strip()) not in vocab.desk_signatures
            # (a desk's initials in the meta line, "👤 P.V", name no writer: the source closing the text signs)
            and (_signature.source_line(blocks[signature[-1]].text, vocab)
                 or _signature.source_line(blocks[signature[0]].text.rstrip(": ") + ":", vocab)
                 or signature[0] > start and bool(source := label_over_value(blocks, signature[0] - 1))
                 and _signature.source_line(source, vocab))):
        for k in signature:  # "Nguồn: …" closing the text (or "Nguồn:" over its value), a writer credited in
            labels[k] = Label.OTHER  # the meta line ("Tác giả: Minh Phương | …"): the source is no signature
        signature, signed = [], None
    if (signature and not writer and (k := signature[0]) > start + 2
            and (source := label_over_value(blocks, k - 1))
            and (_signature.source_line(source, vocab) or vocab.photo_credit_line.match(source))
            and (credit := label_over_value(blocks, k - 3)) and not _signature.source_line(credit, vocab)
            and not vocab.photo_credit_line.match(credit)
            and credited_names(credit, vocab)
            and (field := _signature.parse_signature([blocks[k - 2].text], vocab)) is not None):
        labels[k - 3] = labels[k - 1] = labels[k] = Label.OTHER  # the writer's field over the source's, each a
        signature, signed = [k - 2], field  # label alone over its value ("Tác giả bài viết" / "Đinh Quốc Bảo
        # (Phòng …)" / "Nguồn tin" / "Trung tâm VHTT&TT huyện"): the writer signs, the source does not (nor
        # the photographer: "Tác giả:" / "Nguyễn Thị Hoài Thương" / "Ảnh:" / "Minh Quân", Drupal's fields)
    if (len(signature) == 1 and not writer and (k := signature[0]) > start + 3
            and line_key(blocks[k - 1].text.rstrip(": ")) in vocab.unit_fields
            and (credit := label_over_value(blocks, k - 3)) and credited_names(credit, vocab)
            and (field := _signature.parse_signature([blocks[k - 2].text], vocab)) is not None and field.role is None):
        labels[k - 3] = labels[k - 1] = Label.OTHER  # the writer's field over their unit's, each a label over its
        signature, signed = [k - 2, k], Author(field.name, blocks[k].text, f"{blocks[k - 2].text}\n{blocks[k].text}")
        # value ("Tác giả" / "Lâm Thị Bích Vân" / "Đơn vị" / "Hội LHPN xã …", Drupal's inline fields)
    if (len(signature) == 1 and not writer and (k := signature[0]) - 1 > start and labels[k - 1] is None
            and _signature.source_line(blocks[k].text, vocab) and len(blocks[k - 1].text) <= BYLINE_LINE
            and not _signature.source_line(blocks[k - 1].text, vocab) and credited_names(blocks[k - 1].text, vocab)
            and (field := _signature.parse_signature([blocks[k - 1].text], vocab)) is not None):
        labels[k] = Label.OTHER  # the writer's credit over the source's, each on its line under the text
        signature, signed = [k - 1], field  # ("Tác giả: Trần Quốc Thắng" / "Nguồn: Ban CHQS xã …"): the writer signs
    if (len(signature) == 1 and not writer and (k := signature[0]) - 3 > start and labels[k - 1] in (None, Label.OTHER)
            and labels[k - 2] is None and labels[k - 3] is None and _signature.source_line(blocks[k].text, vocab)
            and len(blocks[k - 1].text) <= BYLINE_LINE and (credit := _signature.strip_credit(blocks[k - 1].text, vocab))[1]
            and _signature.account_name(credit[0], vocab)
            and all(len(blocks[j].text) <= BYLINE_LINE and not ends_sentence(blocks[j].text) for j in (k - 3, k - 2))
            and _signature.names_like(blocks[k - 3].text, vocab)
            and (field := _signature.parse_signature([blocks[k - 3].text, blocks[k - 2].text], vocab)) is not None
            and field.role):
        labels[k] = labels[k - 1] = Label.OTHER  # the writer's name over their role, then the template's author field
        signature, signed = [k - 3, k - 2], field  # naming its account and the source's ("Đinh Thị Phương Thảo" /
        # "Công chức …" / "Tác giả bài viết: Quản trị viên" / "Nguồn tin: UBND xã …", NukeViet's)
    if (len(signature) == 1 and not writer and (k := signature[0]) - 2 > start and labels[k - 1] is None
            and labels[k - 2] is None and _signature.source_line(blocks[k].text, vocab)
            and len(blocks[k - 1].text) <= CREDIT_LABEL and blocks[k - 1].text.endswith(":")
            and _signature.credit_only(blocks[k - 1].text, vocab) and is_signable(blocks[k - 2].text, vocab)
            and (field := _signature.parse_signature([blocks[k - 2].text], vocab)) is not None):
        labels[k] = labels[k - 1] = Label.OTHER  # the writer's name closing the text, over the writer's field the
        signature, signed = [k - 2], field  # template left empty and the source's ("MINH TRÍ" / "Tác giả:" / "Nguồn: …")
    if (len(signature) == 1 and not writer and (k := signature[0]) - 2 > start and labels[k - 1] is None
            and labels[k - 2] is None and _signature.source_line(blocks[k].text, vocab)
            and all(len(blocks[j].text) <= BYLINE_LINE and not ends_sentence(blocks[j].text) for j in (k - 2, k - 1))
            and _signature.names_like(blocks[k - 2].text, vocab)
            and (field := _signature.parse_signature([blocks[k - 2].text, blocks[k - 1].text], vocab)) is not None
            and field.role):
        labels[k] = Label.OTHER  # … or the writer's name over their role, then the source's credit ("Trần Thị
        signature, signed = [k - 2, k - 1], field  # Thanh Nhàn" / "Cán bộ Khuyến nông xã" / "Nguồn: Trang TTĐT xã …")
    if (len(signature) == 1 and not writer and (k := signature[0]) - 1 > start and labels[k - 1] is None
            and fold(blocks[k].text) in vocab.desk_signatures and len(blocks[k - 1].text) <= BYLINE_LINE
            and not ends_sentence(blocks[k - 1].text)
            and (field := _signature.parse_signature([blocks[k - 1].text], vocab)) is not None and field.role
            and _signature.names_like(field.name, vocab)):
        labels[k] = Label.OTHER  # the writer and their unit, then the desk's account the template prints under
        signature, signed = [k - 1], field  # every post ("Minh Châu (UBND phường Hàng Bạc)" / "Ban Biên Tập")
    if (len(signature) == 1 and writer and _signature.initials_of_writer(blocks[signature[0]].text, writer, vocab)):
        labels[signature[0]] = Label.OTHER  # the writer's initials closing the text, their name credited over it
        signature, signed = [], None  # ("Tin: Trần Hữu Phước; Ảnh: …" / the text / "T.H.P"): the credit names them
    for i in signature:
        labels[i] = Label.SIGNATURE
    j = signature[0] - 1 if signature else -1
    while j > start and (labels[j] == Label.DATE or labels[j] is None and len(blocks[j].text) <= BYLINE_LINE
                         and _signature.source_line(blocks[j].text, vocab)):
        if labels[j] is None:
            labels[j] = Label.OTHER  # the source's field over the writer's in a meta block under the text
        j -= 1  # ("Thời gian đăng tin: …" / "Nguồn tin: UBND thị trấn Phú Lộc" / "Tác giả bài viết: …")
    if (signature and signature[0] - 1 > start and labels[signature[0] - 1] is None
            and len(blocks[signature[0] - 1].text) <= 30
            and _signature.credit_only(blocks[signature[0] - 1].text.rstrip(": ") + ":", vocab)):
        labels[signature[0] - 1] = Label.OTHER  # the signature's label on a line of its own ("Bút danh" / "Khánh Vy")
    for j in range(signature[-1] + 1 if signature else end, end):
        if labels[j] is None and _trailing_heading(blocks[j].text) and not vocab.photo_credit.search(blocks[j].text):
            labels[j] = Label.OTHER  # (headings of widgets after the signature)
    for j in reversed([k for k in range(start + 1, end) if labels[k] is None]):
        if not (blocks[j].text.isupper() and _printed_above(blocks, labels, j, start, vocab)):
            break
        labels[j] = Label.FOOTER  # the banner in capitals printed again under the text
    if not signature and byline is None and meta_byline is None:
        # No signature at the end: a credit line inside the article is the byline ("Bài và ảnh:
        # HOÀNG MINH" between a newspaper's sapo and its text).
        credited = next((i for i in range(start, end) if labels[i] is None and len(blocks[i].text) <= 80
                         and credited_names(blocks[i].text, vocab)
                         and not fold(blocks[i].text[:24]).startswith(vocab.answer_labels)), None)  # (the answering
        # office's field between a question and its answer: a field of the page, it signs nothing there)
        if credited is None:
            credited = next((k for k in range(start, min(end, start + _TOP_BYLINE)) if labels[k] is None
                             and blocks[k].text.isupper() and len(blocks[k].text) <= NAME_LINE
                             and k + 1 < len(blocks) and labels[k + 1] in (Label.SHARE, Label.OTHER)
                             and _signature.names_like(blocks[k].text, vocab)), None)  # the writer's name in capitals
            # between the lead and the text, the read-aloud player under it ("TRẦN ĐỨC LỢI" / "Nghe đọc bài")
        if credited is None:
            credited = next((k for k in range(start, min(end, start + _TOP_BYLINE)) if labels[k] is None
                             and len(blocks[k].text) <= BYLINE_LINE and not ends_sentence(blocks[k].text)
                             and not HAS_DIGIT.search(blocks[k].text) and k + 1 < end and labels[k + 1] is None and len(blocks[k + 1].text) > BYLINE_LINE
                             and (signed := _signature.parse_signature([blocks[k].text], vocab)) is not None
                             and signed.role and _signature.names_like(signed.name, vocab)), None)  # the writer and
            # their unit over the text, under the sapo ("Chau Sóc Khiêm - Đài Truyền thanh xã" / "Những ngày này, …")
        if credited is None and (framed := next((k for k in range(max(start, 1), min(end - 2, start + _TOP_BYLINE))
                                                 if labels[k - 1] == labels[k + 2] == Label.MARKER
                                                 and _framed_signature(blocks, labels, k, vocab)), None)) is not None:
            labels[framed] = labels[framed + 1] = Label.OTHER  # the writer's name over their role between the scraper's
            # markers, under the lead, over the text ("content:" / "Trần Thị Minh Nguyệt" / "Chủ tịch …" / "content:")
            byline = f"{blocks[framed].text}\n{blocks[framed + 1].text}"
        under_date = next((k for k in range(start - 1, max(start - 4, 0), -1) if labels[k] == Label.CAPTION), None)
        if (credited is None and under_date is not None and labels[under_date - 1] == Label.DATE
                and all(labels[k] in _PAGE_CHROME for k in range(under_date + 1, start))  # (the page's tools between)
                and len(blocks[under_date].text) <= BYLINE_LINE and not ends_sentence(blocks[under_date].text)
                and (signed := _signature.parse_signature([blocks[under_date].text], vocab)) is not None and signed.role):
            credited = under_date  # the writer and their unit between the date line and the text, none signing under
            # it ("(Thứ Hai, 02/12/2024 - 07:45 GMT+7)" / "Phạm Thu Trang – Văn phòng HĐND-UBND phường" / the lead)
        if credited is not None:
            labels[credited] = Label.OTHER
            byline = blocks[credited].text
        elif byline is None:
            byline = _byline_after(blocks, labels, end, vocab)  # the template's author box under the text
        if byline is None:
            byline = _written_by(blocks, labels, end, vocab)  # "By Lê Hoàng Yến" over the text, no other credit
        if byline is None:
            byline = next((name for i in range(start) if labels[i] == Label.DATE
                           and (name := _name_then_ago(blocks[i].text, pat)) and _signature.names_like(name, vocab)),
                          None)  # the writer and a relative time under the headline ("Minh Châu | 3 ngày trước")
    return signature, signed, byline


def _framed_signature(blocks: tuple[Block, ...], labels: list[Label | None], at: int, vocab: Vocabulary) -> bool:
    """Lines ``at`` and the next are a writer's name over their role, as the seed's signature prints them, each
    short, with no label but a caption's yet."""
    name, role = blocks[at].text, blocks[at + 1].text
    return (labels[at] in (None, Label.CAPTION) and labels[at + 1] in (None, Label.CAPTION) and len(name) <= NAME_LINE
            and len(role) <= BYLINE_LINE and not ends_sentence(name) and not ends_sentence(role)
            and _signature.names_like(name, vocab) and _signature.names_role([name, role], vocab))


def _name_then_ago(text: str, pat: _dates.DatePatterns) -> str | None:
    """The name before a relative time in a line of two fields ("Minh Châu | 3 ngày trước")."""
    name, bar, when = text.partition(" | ")
    if bar and 3 <= len(name) <= 40 and not any(c.isdigit() or c == "|" for c in name) and pat.ago.match(when):
        return name
    return None


def _written_by(blocks: tuple[Block, ...], labels: list[Label | None], end: int, vocab: Vocabulary) -> str | None:
    """The line over the text naming who wrote it by a person's full name ("By Lê Hoàng Yến"; see
    :func:`_signature.written_by`), where the CMS account stands on most pages."""
    for i in range(end):
        text = blocks[i].text
        words = 3
        if labels[i] == Label.DATE and " · " in text:
            text = text.split(" · ", 1)[0]  # the first field of a meta row, a pen name of two words enough
            words = 2  # ("Bởi Ngọc Hân · Tin phường · 2 năm trước", a mobile template's)
        elif labels[i] not in (Label.OTHER, None, Label.BODY):
            continue
        if len(text) > 60 or text[:1] not in "VvĐđWwBb":
            continue
        if labels[i] == Label.OTHER and i + 1 < end and labels[i + 1] == Label.DATE:
            words = 2  # (right over the date line, Joomla's byline names a pen name of two words: "Viết bởi Hồng Minh")
        if fold(text) in vocab.written_labels and i + 1 < len(blocks) and len(blocks[i + 1].text) <= 50:
            text = f"{text} {blocks[i + 1].text}"  # the label and the name in two elements ("By" / "Vũ Minh Hằng (CTV)")
            if _signature.written_by(text, vocab):
                labels[i] = labels[i + 1] = Label.OTHER
                return text
        elif _signature.written_by(text, vocab, words):
            return text
    return None


_FOOTER_LABEL = 30  # characters: a footer field's label ("Địa chỉ:", "Điện thoại:", "Email:", "Chịu trách nhiệm nội dung:")


_PAST_GALLERY = frozenset({Label.GALLERY, Label.CAPTION})  # a photo album under the text, then the byline
_SLIDE_PLACE = 3  # characters of a slider's place, a span each ("1", "/", "12"), at most


def _pager_link(text: str, vocab: Vocabulary) -> bool:
    """A link to the previous or next post under its label ("« Bài trước: Sơn Hải ra quân …", "Bài tiếp: … »")."""
    head, colon, _ = text.partition(":")
    return bool(colon) and len(head) <= _PAGER_LABEL and pager_label(head, vocab)


_PAGER_LABEL = 24  # characters: the previous or next post's label, its arrow with it


def _byline_after(blocks: tuple[Block, ...], labels: list[Label | None], end: int, vocab: Vocabulary) -> str | None:
    """A credited byline right after an HTML article's end ("Tác giả: Lê Ngọc Ánh" in the
    template's author box), or after a photo album closing the article ("Bài, ảnh: Quốc Trung"), or
    a name and its unit under a short related box there ("Xem thêm", a few links, "Quang Huy -
    Trung tâm VH,TT&TT huyện")."""
    attachments = end < len(blocks) and len(blocks[end].text) <= MENU_ITEM and _names_attachment(
        blocks[end].text, vocab)  # (an attachments panel's heading: "Tập tin đính kèm")
    tools = end  # the post's share tools under the text, a line each, then the writer's credit ("Chia sẻ:" /
    while tools < len(blocks) and tools - end < _TOOL_LINES and not (
            labels[tools] == Label.OTHER and _writer_label_alone(blocks[tools].text, vocab)) and (  # "Facebook" / … /
            labels[tools] == Label.SHARE or labels[tools] == Label.OTHER and not is_signable(blocks[tools].text, vocab)
            and not (tools + 1 < len(blocks) and (labels[tools + 1] in _UNDER_BYLINE or labels[tools + 1] == Label.OTHER
                                                  and _signature.uploader_line(blocks[tools + 1].text, vocab))
                     and (_lone_signature(blocks[tools].text, vocab) or _source_signs(blocks[tools].text, vocab)))  # (a
            # name and unit closing the tools, or a name alone, not a read-aloud player's voices one under another:
            # "Ban Mai (Nữ miền Bắc)" / "Lan Nhi (Nữ miền Nam)")
            or attachments and labels[tools] == Label.OTHER and (tools == end or (
                ":" in blocks[tools].text[:CREDIT_LABEL] or ATTACHMENT.search(blocks[tools].text))
                and not credited_names(blocks[tools].text, vocab))  # (the panel's heading, its document's fields,
            # its signer's among them: "VĂN BẢN ĐÍNH KÈM" / "Số ký hiệu: …" / "Người ký: Đinh Công Hậu" / "Tải về
            # (PDF, 1,2 MB)"; not the writer's: "Tác giả: …")
            or labels[tools] == Label.NAVIGATION and blocks[tools].text.isupper()  # (a survey's box: "ĐÁNH GIÁ MỨC ĐỘ HÀI LÒNG")
            or labels[tools] == Label.COUNTER and len(blocks[tools].text) <= _FONT_TOOL  # (the post's views among
            # them: "Lượt xem: 208 | Bình luận: 0")
            or labels[tools] == Label.NAVIGATION and len(blocks[tools].text) <= _FONT_TOOL
            and vocab.font_tools.match(" " + blocks[tools].text) is not None  # (the text-size tool: "Cỡ chữ: A- A A+")
            or labels[tools] == Label.NAVIGATION and len(blocks[tools].text) <= _FONT_TOOL
            and line_key(blocks[tools].text) in vocab.back_links  # (a link back among them: "Quay lại")
            or labels[tools] == Label.GALLERY and tools - end < 2 and len(blocks[tools].text) <= _FONT_TOOL + 20  # (the
            # album's heading and link over them: "Một số hình ảnh tại buổi ra quân:" / "Thư viện ảnh (6 ảnh)")
            or labels[tools] == Label.NAVIGATION and _pager_link(blocks[tools].text, vocab)  # (the previous and next
            # posts: "« Bài trước: … (28/08/2024)" / "Bài tiếp: … »" / "Chia sẻ: …" / "Tin, ảnh: Hồ Lài - Đài …")
            or labels[tools] == Label.RELATED and len(blocks[tools].text) <= _DOWNLOAD_LINK
            and vocab.comment_count.match(fold(blocks[tools].text))):  # (its likes: "Thích 12")
        tools += 1  # ảnh: Liêng Hót Ha Mai", a WordPress theme's; its tags and a vote over them: "Từ khóa: …" /
        # "Bài viết có hữu ích với bạn không?" / "Có (18) Không (2)" / share / "NGUYỄN HOÀNG LONG")
    if (end < tools < len(blocks) and (Label.SHARE in labels[end:tools + 2] or attachments)
            and labels[tools] in (Label.OTHER, Label.RELATED)
            and (is_signable(blocks[tools].text, vocab)
                 or labels[tools] == Label.OTHER and (_lone_signature(blocks[tools].text, vocab)
                                                      or _source_signs(blocks[tools].text, vocab)))
            and (labels[tools] == Label.OTHER or credited_names(blocks[tools].text, vocab))
            and (tools + 1 == len(blocks) or labels[tools + 1] in _UNDER_BYLINE  # (the chrome under it, not a box's
                 or labels[tools + 1] == Label.OTHER and (_signature.source_line(blocks[tools + 1].text, vocab)
                                                          or _signature.uploader_line(blocks[tools + 1].text, vocab)
                                                          or fold(blocks[tools + 1].text.partition(":")[0] + ":")
                                                          in vocab.tag_labels))):  # lines; the post's tags under it;
        # or the source's credit under the writer's: "Tác giả: Lò Thị Xuân" / "Nguồn tin: Đài Truyền thanh xã …";
        # or the account that posted it: "Tin, ảnh: Ka Huyền - Nguyễn Lâm" / "Người đăng: qtv_kadon")
        return blocks[tools].text
    for j in range(end + 1, min(tools, len(blocks) - 2)):
        if not labels[j] == labels[j + 1] == Label.OTHER:
            continue
        if (Label.SHARE in labels[end:j] and labels[j + 2] in _UNDER_BYLINE and len(blocks[j].text) <= NAME_LINE
                and _signature.parse_signature([blocks[j].text, blocks[j + 1].text], vocab) is not None):
            return f"{blocks[j].text}\n{blocks[j + 1].text}"  # the name over its role under the tools, a line each
            # ("Chia sẻ:" / "Facebook" / … / "Sùng A Dế" / "Công chức Văn hóa - Xã hội xã" / "Lượt xem: 142")
        break
    if (end < tools < len(blocks) - 1 and Label.SHARE in labels[end:tools] and labels[tools] == Label.OTHER
            and _writer_label_alone(blocks[tools].text, vocab)):
        return _author_card(blocks, tools, vocab)  # the template's fields under the tools, a cell a line ("Chia sẻ" /
        # "Tác giả" / "Lò Thị Hương" / "Nguồn" / "Trung tâm Văn hóa …")
    for j in range(end, min(len(blocks) - 1, end + _META_UNDER_BOX)):
        text = blocks[j].text
        if (labels[j] in (Label.RELATED, Label.OTHER) and len(text) <= BYLINE_LINE and ":" in text[:CREDIT_LABEL]
                and credited_names(text, vocab) and not _signature.uploader_label(text, vocab)
                and labels[j - 1] == Label.RELATED and _signature.source_line(blocks[j + 1].text, vocab)):
            return text  # the template's writer and source fields under the related box ("… Xem tiếp" /
            # "Tác giả: Lê Minh Hiếu" / "Nguồn: Ban Văn hóa - Thông tin xã …" / "Lượt xem: 87")
    box = 0  # lines of a related box passed over ("Xem thêm" and a few links, then the byline)
    album = False  # an album's lines passed over
    tags = False  # the post's tags passed over, a line each under their label
    for j in range(end, min(len(blocks), end + _SIGNING_LINES + 4 + BOX_TITLES + TAGS + 1)):
        b = blocks[j]
        if labels[j] == Label.OTHER and j == end and b.text[-1:] == ":" and fold(b.text) in vocab.tag_labels:
            tags = True  # ("Tags:" / "PCCCR" / "Kiểm lâm" / "Tác giả:" / "K’Bình - Ha Thảo", Drupal's fields)
            continue
        if tags and labels[j] == Label.OTHER and len(b.text) <= TAG and b.text[-1:] != ":":
            continue
        tags = False
        if labels[j] in _PAST_GALLERY or labels[j] == Label.COUNTER and j == end:
            album = album or labels[j] == Label.GALLERY
            continue  # (or the views under the text, then the byline: "Bài đã có 1.046 người đọc")
        if (labels[j] == Label.OTHER and len(b.text) <= 80 and credited_names(b.text, vocab)
                and not _signature.uploader_label(b.text, vocab)):  # ("Người đăng tin: …" pressed publish)
            return b.text
        if (labels[j] == Label.OTHER and j == end + 1 and labels[end] == Label.COUNTER and len(b.text) <= NAME_LINE
                and not ends_sentence(b.text) and (j + 1 == len(blocks) or labels[j + 1] in _UNDER_BYLINE)
                and (signed := _signature.parse_signature([b.text], vocab)) is not None and signed.role):
            return b.text  # the post's views under the text, then its writer and unit ("Lượt xem: 326 Lượt chia sẻ: 4" /
            # "Nguyễn Thu Hà - Trung tâm VH-TT huyện" / "Bình luận (0)")
        if labels[j] == Label.OTHER and (fold(b.text).rstrip(": ") in vocab.written_labels
                                          or b.text[-1:] == ":" and _writer_label_alone(b.text, vocab)):
            return _author_card(blocks, j, vocab)  # an author card: its label alone, the name, its role ("Viết bởi" /
            # "Phan Hữu Lộc" / "Cộng tác viên")
        if labels[j] == Label.OTHER and "#" in b.text and j == end:
            continue  # the post's tags under the text, then the writer's card
        if album and labels[j] == Label.NAVIGATION and len(b.text) <= MENU_ITEM:
            continue  # a carousel's own arrows under its photos ("‹ Ảnh trước Ảnh sau ›")
        if labels[j] == Label.NAVIGATION and len(b.text) <= _SLIDE_PLACE and (b.text.isdigit() or b.text == "/") and (
                j > 0 and labels[j - 1] in (Label.CAPTION, Label.NAVIGATION)):
            album = True  # a slider's place among its slides, a span each ("1" / "/" / "4"), its captions around it
            continue
        if album and labels[j] in (None, Label.OTHER) and len(b.text) <= CAPTION_LINE:
            if len(b.text) <= 80 and not ends_sentence(b.text) and (
                    (signed := _signature.parse_signature([b.text], vocab)) is not None and signed.role):
                return b.text  # the album closing the text, then its writer and unit ("Thanh Tâm – Công chức …")
            continue  # (its photos' captions first)
        if labels[j] == Label.RELATED and b.tag and box <= BOX_TITLES and (box or j == end) and (
                b.link_density >= 0.5 or not box and len(b.text) <= MENU_ITEM):
            box += 1
            continue
        if box and b.tag and b.link_density < 0.5 and len(b.text) <= 80 and not ends_sentence(b.text):
            signed = _signature.parse_signature([b.text], vocab)  # "Quang Huy - Trung tâm VH,TT&TT huyện"
            return b.text if signed is not None and signed.role else None
        return None
    return None


def _writer_label_alone(text: str, vocab: Vocabulary) -> bool:
    """The writer's label alone on its line, its name under it ("Viết bởi", "Tác giả", "Thực hiện:", an author box's
    "VỀ TÁC GIẢ"), not the source's ("Nguồn")."""
    if len(text) > CREDIT_LABEL:
        return False
    label = text.rstrip(": ")
    return fold(label) in vocab.written_labels or fold(label) in vocab.author_box_headings or (
        _signature.credit_only(f"{label}:", vocab) and not _signature.source_line(f"{label}: x", vocab))


def _author_card(blocks: tuple[Block, ...], at: int, vocab: Vocabulary) -> str | None:
    """The name, and its role if the next line is one, under a writer's label alone at ``at``; or None."""
    card = [k.text for k in blocks[at + 1:at + 3] if len(k.text) <= BYLINE_LINE]
    for lines in (card[:2], card[:1]):
        if lines and _signature.names_like(lines[0], vocab) and (
                signed := _signature.parse_signature(lines, vocab)) is not None and signed.name == lines[0]:
            return "\n".join(lines)
    return None


def is_signable(text: str, vocab: Vocabulary) -> bool:
    """A writer's credit ("Bài, ảnh: …") or a name in capitals alone, as signatures print it ("NGUYỄN HOÀNG
    LONG"), not who pressed publish."""
    return len(text) <= 80 and not _signature.uploader_label(text, vocab) and (
        credited_names(text, vocab) or text.isupper() and len(text) <= NAME_LINE and _signature.names_like(text, vocab))


def _signing_table(blocks: tuple[Block, ...], labels: list[Label | None], start: int, end: int,
                   vocab: Vocabulary) -> tuple[int, list[int], Author] | None:
    """The sign-off table under the text, a word processor's: the approver's cell and the writer's, each a heading
    in capitals over the mark it was signed and the name ("DUYỆT TIN" / "PHÓ CHỦ TỊCH UBND PHƯỜNG" / "(đã duyệt)" /
    "Vũ Mạnh Cường" / "NGƯỜI VIẾT TIN" / "(đã ký)" / "Đỗ Thị Phương Thảo" / "Công chức Văn hóa - Xã hội"): the
    table's first line, the writer's name and role, and who they are. None unless the writer's heading is there."""
    first = None
    for k in range(max(start + 1, end - _SIGNING_ROWS), min(len(blocks), end + _SIGNING_ROWS)):
        text = blocks[k].text
        if " | " in text and text.isupper() and len(text) <= 2 * _SIGNING_HEADING and labels[k] in (None, Label.OTHER):
            return _signing_row(blocks, labels, k, vocab)  # (the cells side by side, a row a line: the HTML's table)
        if labels[k] not in (None, Label.OTHER) or len(text) > _SIGNING_HEADING or not text.isupper():
            continue
        key = line_key(text)
        if vocab.credit_label.match(key + ": x") is None:
            continue
        if key.startswith(vocab.editor_credits):
            first = k if first is None else first  # (the approver's heading, its cell first)
            continue
        name = k + 1
        while name < len(blocks) and name - k <= 2 and blocks[name].text[:1] == "(" and (
                fold(blocks[name].text.strip(" ()")) in vocab.signed_marks):
            name += 1  # "(đã ký)", "(đã duyệt)" (credits.txt "@signed")
        if name == k + 1 or name >= len(blocks) or labels[name] not in (None, Label.OTHER):
            return None  # (a heading in capitals alone is a credit's label: the signed mark makes the table)
        lines = [name] + ([name + 1] if name + 1 < len(blocks) and labels[name + 1] in (None, Label.OTHER)
                          and _signature.role_like(blocks[name + 1].text, vocab) else [])
        signed = _signature.parse_signature([blocks[j].text for j in lines], vocab)
        if signed is None or not _signature.names_like(signed.name, vocab):
            return None
        return (k if first is None else first), lines, signed
    return None


def _signing_row(blocks: tuple[Block, ...], labels: list[Label | None], k: int,
                 vocab: Vocabulary) -> tuple[int, list[int], Author] | None:
    """The sign-off table read a row a line, its cells between bars ("DUYỆT TIN | NGƯỜI VIẾT TIN" / "PHÓ CHỦ TỊCH
    UBND XÃ" / "(đã ký) | (đã ký)" / "Lê Quang Hòa | Trương Thị Diệu Linh"): the writer's name from the row of
    names, in the column of the writer's heading (see :func:`_signing_table`)."""
    cells = [line_key(cell) for cell in blocks[k].text.split(" | ")]
    writer = next((c for c, cell in enumerate(cells) if vocab.credit_label.match(cell + ": x") is not None
                   and not cell.startswith(vocab.editor_credits)), None)
    if writer is None or not any(cell.startswith(vocab.editor_credits) for cell in cells):
        return None
    for name in range(k + 1, min(len(blocks), k + _SIGNING_ROW_LINES)):
        row = [cell.strip() for cell in blocks[name].text.split(" | ")]
        if labels[name] not in (None, Label.OTHER):
            return None
        if len(row) != len(cells) or all(fold(cell.strip("() ")) in vocab.signed_marks for cell in row):
            continue  # (a cell of its own across the table: the approver's role; the row of signed marks)
        signed = _signature.parse_signature([row[writer]], vocab)
        return (k, [name], signed) if signed is not None and _signature.names_like(signed.name, vocab) else None
    return None


_SIGNING_ROW_LINES = 5  # lines of a sign-off table read a row a line: its headings, a role, the marks, the names
_SIGNING_ROWS = 10  # lines round the text's end a sign-off table stands in
_SIGNING_HEADING = 30  # characters: a sign-off cell's heading in capitals ("NGƯỜI VIẾT TIN")


def _names_attachment(text: str, vocab: Vocabulary) -> bool:
    """The line names the post's attached file (other.txt "@attached", anywhere in it): a note pointing at it, or
    its panel's heading."""
    folded = fold(text)
    return any(w in folded for w in vocab.attached_words)


def other_credit(text: str, vocab: Vocabulary) -> bool:
    """A credit row that names no writer: the source's or the photographer's ("Nguồn: …", "Ảnh: …"); not the editor's,
    which signs with the writer's ("Người viết: …" / "Người duyệt: …")."""
    return len(text) <= BYLINE_LINE and (_signature.source_line(text, vocab) and not fold(text[:CREDIT_LABEL]).startswith(
        vocab.editor_credits) or vocab.photo_credit_line.match(text) is not None
                                         or _PHOTO_ROW.match(text) is not None and fold(text.partition("|")[0].strip()) in vocab.photo_words)


def writer_credit(text: str, vocab: Vocabulary) -> bool:
    """A credit row naming the writer ("Tác giả: …", "Thực hiện | …"), no source's or photographer's."""
    return (len(text) <= BYLINE_LINE and (":" in text[:CREDIT_LABEL] or "|" in text[:CREDIT_LABEL])
            and _signature.strip_credit(text, vocab)[1] and not other_credit(text, vocab)
            and _signature.parse_signature([text], vocab) is not None)


_PHOTO_ROW = regex.compile(r"^[^|:]{2,12}\|")  # a table's row of the photographer's credit, its label in a cell ("Ảnh | …")


def _source_signs(text: str, vocab: Vocabulary) -> bool:
    """The source it came from on a short line, as a signature prints it ("Theo Đài Truyền thanh - Truyền hình …")."""
    return (len(text) <= BYLINE_LINE and _signature.source_line(text, vocab)
            and _signature.parse_signature([text], vocab) is not None)


def _lone_signature(text: str, vocab: Vocabulary) -> bool:
    """A signature on one short line: a name and unit, or a name alone."""
    return _name_and_unit(text, vocab) or _name_alone(text, vocab)


def _name_alone(text: str, vocab: Vocabulary) -> bool:
    """A person's name alone on a short line, each word capitalised, as a signature prints it ("Diệu Hiền")."""
    words = text.split()
    return (2 <= len(words) <= _NAME_WORDS and len(text) <= NAME_LINE and not text.isascii()
            and all(w[:1].isupper() for w in words) and _signature.names_like(text, vocab))


_NAME_WORDS = 5  # words of a person's name, at most


def _name_and_unit(text: str, vocab: Vocabulary) -> bool:
    """A person's name, a dash and their unit on one short line, as a signature prints it ("Mỹ Duyên - Văn phòng
    HĐND&UBND xã")."""
    return (len(text) <= BYLINE_LINE and not ends_sentence(text) and (signed := _signature.parse_signature([text], vocab))
            is not None and signed.role is not None and _signature.names_like(signed.name, vocab))


_FONT_TOOL = 40  # characters: a text-size tool's line
_UNDER_BYLINE = frozenset({Label.COUNTER, Label.RELATED, Label.FOOTER, Label.NAVIGATION, Label.SHARE})
_TOP_BYLINE = 3  # lines from the text's start: a byline in capitals under the lead
_TOOL_LINES = 10  # the share tools' lines under the text, a line each, at most
_META_UNDER_BOX = 14  # lines from the text's end to the writer's field under a related box of teasers, at most


def _recipients(blocks: tuple[Block, ...], labels: list[Label | None], candidates: list[int], end: int,
                vocab: Vocabulary) -> None:
    """An official document's distribution list ("Nơi nhận:" / "- Như trên;" / "- Lưu: VT.") beside
    its signing block: boilerplate, so that the signing block closes the article. ``candidates``:
    the short lines of the article that open like its heading."""
    for i in candidates:
        if labels[i] is None and line_key(blocks[i].text) in vocab.recipients:
            labels[i] = Label.OTHER
            j = i + 1
            while j < end and labels[j] is None and len(blocks[j].text) <= 120 and blocks[j].text[:1] in "-+•–":
                labels[j] = Label.OTHER
                j += 1
            return


def _find_signature(
    blocks: tuple[Block, ...], labels: list[Label | None], start: int, end: int, vocab: Vocabulary
) -> tuple[list[int], Author | None]:
    """Indices of the signature, the article's last one or two lines when they read as one,
    and what they say. Above a photo series closing the text, its captions under its heading
    ("T.H" / "Một số hình ảnh tại Hội thi" / captions), when its last line is no signature."""
    content = [i for i in range(start, end) if labels[i] is None]
    found = _signature_of(blocks, labels, list(content), start, vocab)
    if found[0] or not content:
        return found
    if len(content) >= 3 and (gap := next((k for k in range(len(content) - 1, 0, -1)
                                           if content[k] - content[k - 1] > 1), None)) and len(content) - gap <= _AFTER_CHROME \
            and all(labels[j] in _PAGE_CHROME for j in range(content[gap - 1] + 1, content[gap])) and (
                under := _signature_of(blocks, labels, content[:gap], start, vocab))[0]:
        return under  # the signature over the page's chrome, a line or two of links under it ("Hoài Nam" /
        # "Chuyên mục: Thời sự địa phương" / "Nghe bản tin phát thanh sáng 09/01/2025" / tools)
    if (len(content) >= 2 and len(last := blocks[content[-1]].text) <= CAPTION_LINE and vocab.photo_credit.search(last)
            and (under := _signature_of(blocks, labels, content[:-1], start, vocab))[0]):
        return under  # the signature over a closing photo's caption, its credit in it ("Khánh Vy" / "Đại diện … trao
        # giấy khen …. Ảnh: K.V")
    pictured = len(content)
    while pictured > 1 and len(content) - pictured < _CLOSING_PHOTOS and blocks[content[pictured - 1]].near_image and (
            len(blocks[content[pictured - 1]].text) <= CAPTION_LINE):
        pictured -= 1
    if pictured < len(content) and (under := _signature_of(blocks, labels, content[:pictured], start, vocab))[0]:
        return under  # the signature over the photos that close the text, a caption under each image ("Đặng Ngát -
        # Đài Truyền thanh xã" / <img> "Máy cấy hoạt động …" / <img> "Tổ dịch vụ …", pasted from Word)
    series = next((i for i in range(content[-1], start, -1) if labels[i] == Label.GALLERY), None)
    if series is None or not all(len(blocks[i].text) <= CAPTION_LINE for i in content if i > series):
        return found
    return _signature_of(blocks, labels, [i for i in content if i < series], start, vocab)


_CLOSING_PHOTOS = 4  # photos under the signature, each with its caption, at most


def _signature_past_attachment(blocks: tuple[Block, ...], labels: list[Label | None], end: int,
                               vocab: Vocabulary) -> tuple[list[int], Author | None]:
    """A plan's signature under the attachment block that closes its text ("Tệp đính kèm:" / "KH_45_….pdf" /
    "(Tải về | 312 KB)" / "Lê Minh Khoa" / "Văn phòng HĐND-UBND xã"): one or two lines, a name first."""
    k, n = end, len(blocks)
    filed = False  # past the file itself
    while k < min(n, end + _ATTACHMENT_LINES):
        text = blocks[k].text
        if labels[k] == Label.OTHER and (file_name(text) or ATTACHMENT.search(text)
                                         or ATTACHMENT.search(_DOWNLOAD_AFTER.sub("", text))):
            filed = True  # (the file, its size, then its link: "….pdf (186 KB) Tải về")
        elif not (labels[k] == Label.OTHER and (
                text.endswith(":") and fold(text) not in vocab.tag_labels or _SIZE_LINK.match(text) or PLUGIN_TAG.match(text)
                or not filed and fold(text) in vocab.attached_words  # (the box's heading with no colon: "Tài liệu đính kèm")
                or filed and len(text) <= _DOWNLOAD_LINK and vocab.line_kinds.get(line_key(text)) == "other")  # ("Tải về")
                or filed and labels[k] in (Label.OTHER, Label.RELATED) and len(text) <= _DOWNLOAD_LINK
                and vocab.comment_count.match(fold(text))):  # (the file's downloads, counter.txt "@comment": "Lượt tải: 37")
            break  # (a comments plugin's tag left under it: "{jcomments on}")
        k += 1
    while filed and k < n and k - end < _ATTACHMENT_LINES + 2 and labels[k] == Label.OTHER and 0 < (
            colon := blocks[k].text.find(":", 0, CREDIT_LABEL)) < len(blocks[k].text) - 2 and (
            fold(blocks[k].text[:colon + 1]) in vocab.tag_labels):
        k += 1  # the post's tags between the file and the signature ("Thẻ: sốt xuất huyết; Hàm Minh; y tế cơ sở")
    if k == end or k >= n or not filed and fold(blocks[end].text) in vocab.attached_words or not (
            _signature.names_like(blocks[k].text, vocab) or len(blocks[k].text) <= BYLINE_LINE and (
            signed := _signature.parse_signature([blocks[k].text], vocab)) is not None and signed.role
            and _signature.names_like(signed.name, vocab)):  # (or the name, a dash, the unit: "Tường Vi - Trạm Y tế xã")
        return [], None
    for lines in ([k, k + 1], [k]):
        if lines[-1] < n and labels[lines[-1]] in _PAST_ATTACHMENT and (
                signed := _signature.parse_signature([blocks[j].text for j in lines], vocab)) is not None:
            return lines, signed
    return [], None


def _without_credit(text: str, vocab: Vocabulary) -> str:
    """A line without its credit's label ("Tác giả: Bien tap vien Phuc Tho": the name typed after it)."""
    return _signature.strip_credit(text, vocab)[0] if ":" in text[:CREDIT_LABEL] else text


_FOOTNOTE = regex.compile(r"^(?:\[\d{1,2}\]|\*)\s*+\S")  # "[1] Luật Căn cước số 26/2023/QH15 …", "* Đường dây nóng …"
_FOOTNOTES = 5  # footnotes under a signature, at most
def _added_item(text: str, pat: _dates.DatePatterns) -> bool:
    """A paragraph under a star, dated where it opens: news the editor added under the signed item ("* Cũng trong
    chiều ngày 26/8, Đoàn Thanh niên xã …"), the text's own, no footnote."""
    return text[:1] == "*" and len(text) > _STARRED_NOTE and bool(_dates.event_dates(pat, text[:_STARRED_DAY]))


_STARRED_NOTE = 120  # characters: a footnote under a star, at most, when it opens on a day
_STARRED_DAY = 60  # characters where a starred item's day stands
_ATTACHED_NOTE = 200  # characters: a note in brackets pointing at the attached file, at most
_DOWNLOAD_LINK = 20  # characters: a download link alone on its line ("Tải về")
_PAST_ATTACHMENT = frozenset({None, Label.OTHER, Label.RELATED})  # the signature's lines under the attachment (related
# when the file's downloads, "Lượt tải: 37", ended the text)
_ATTACHMENT_LINES = 5  # an attachment block's lines: its label, the file, its size and download link, a plugin's tag
_DOWNLOAD_AFTER = regex.compile(r"(?<=\))\s*+[|\-–]?\s*+\p{L}++(?:\s++\p{L}++)?$")  # a link's words after the size


_SIZE_LINK = regex.compile(r"^\(?\s*(?:[^\W\d]++\s*+){1,2}\|?\s*+[\d.,]+\s*+[KMG]B\s*\)?$", regex.I)  # "(Tải về | 312 KB)"


_LOGIN_NAME_WORDS = 3  # words of a full name typed without accents as an account's display name, at least


_AFTER_CHROME = 2  # lines of links under the page's chrome past the signature, at most


_PAGE_CHROME = frozenset({Label.NAVIGATION, Label.SHARE})


def _signature_of(blocks: tuple[Block, ...], labels: list[Label | None], content: list[int], start: int,
                  vocab: Vocabulary) -> tuple[list[int], Author | None]:
    """The signature among the article's last ``content`` lines (see _find_signature)."""
    while (len(content) > 1 and blocks[content[-1]].near_image and content[-1] - 1 in content[-2:-1]
           and blocks[content[-1] - 1].near_image and not _signature.names_like(blocks[content[-1]].text, vocab)):
        content.pop()  # a photo series' captions, each under its image ("Hội Chữ thập đỏ xã tặng quà"): no unit signs
    while (len(content) > 1 and len(blocks[content[-1]].text) <= 60
           and (vocab.photo_credit_line.match(blocks[content[-1]].text)
                and _signature.parse_signature([blocks[content[-1]].text], vocab) is None  # (not with the writer's after
                # it: "Ảnh: Bảo Trân — Bài: Quốc Nhựt")
                or account_line(blocks[content[-1]].text, vocab))):
        content.pop()  # "Thanh Tâm" / "(Ảnh: Minh Đức)": the photographer's credit is a caption; "Minh Châu
        # (tổng hợp)" / "Ban Bien Tap": the account that posted it signs nothing
    if (len(content) > 1 and (last := _without_credit(blocks[content[-1]].text, vocab)).isascii()
            and len(last.split()) >= _LOGIN_NAME_WORDS
            and content[-1] - 1 == content[-2] and not blocks[content[-2]].text.isascii()
            and len(blocks[content[-2]].text) <= BYLINE_LINE and _signature.names_like(last, vocab)):
        content.pop()  # the account's full name typed without accents under the writer's ("Minh Thư (tổng hợp)" /
        # "Phan Thi Ngoc Anh"): who posted it, as a login is
    while (len(content) > 1 and " - " in blocks[content[-1]].text and site_banner(blocks[content[-1]].text, vocab)
           and fold(blocks[content[-1]].text.rsplit(None, 1)[-1]) + " " not in vocab.role_place):
        content.pop()  # the site's name with its district under the text ("UBND xã Nậm Chà Nọi - huyện Sìn Phàng"):
        # a banner the footer repeats, no unit signing; a banner names its place, a unit of "the commune" need not
        # ("BỘ PHẬN TƯ PHÁP - HỘ TỊCH XÃ" signs)
    while len(content) > 1 and blocks[content[-1]].text.isupper() and _printed_above(blocks, labels, content[-1], start, vocab):
        content.pop()  # the site's banner in capitals printed again under the text: a unit signs in capitals too
        # ("BAN CHỈ HUY QUÂN SỰ PHƯỜNG 6"), but not with the words the page opened on
    if len(content) < 2 and not (content and content[0] != start):
        return [], None
    last = content[-1]
    if last == start or len(blocks[last].text) > 140:
        return [], None
    block = _signing_block(blocks, content, start, vocab)
    if block:
        return block
    if len(content) >= 3 and _shorter_form(blocks[content[-2]].text, _signature.strip_credit(blocks[last].text, vocab)[0],
                                           vocab):  # (the full name under its field's label: "Tác giả: Nguyễn Thu Trang")
        signed = _signature.parse_signature([blocks[content[-2]].text], vocab)
        if signed:  # the writer's name as signed, then in full under it: the CMS's author field
            return [content[-2], last], signed  # ("Minh Khuê" / "Phạm Thị Minh Khuê")
    if len(content) >= 3:
        prev = content[-2]
        if prev != start and len(blocks[prev].text) <= 60:
            if (len(content) >= 4 and _signature.credit_only(blocks[prev].text, vocab)
                    and _signature.source_line(f"{blocks[prev].text} {blocks[last].text}", vocab)):
                # the approver after the writer: "Người viết bài:" / name (or on one line) / "Người duyệt:" / name
                above = content[-4:-2] if len(content) >= 5 and _signature.credit_only(blocks[content[-4]].text,
                                                                                         vocab) else content[-3:-2]
                writer = _signature.parse_signature([blocks[k].text for k in above], vocab)
                if writer is not None and _signature.strip_credit(blocks[above[0]].text, vocab)[1]:
                    return list(above), writer
            signed = _signature.parse_signature([blocks[prev].text, blocks[last].text], vocab)
            if signed:
                return [prev, last], signed
    signed = _signature.parse_signature([blocks[last].text], vocab)
    if signed:
        return [last], signed
    # The signature over widget headings the vocabulary does not know ("Phan Thủy" / "Góp ý của
    # bạn đọc", "Ngọc Trâm" / "Xem các tin khác", a side column's "Dự báo thời tiết" / "Giá vàng"
    # / "Lượt khách ghé thăm"): up to three short unfinished lines after a name line.
    for back in (1, 2, 3):
        if len(content) <= back + 1 or not all(_trailing_heading(blocks[i].text) for i in content[-back:]):
            break
        name_line = content[-1 - back]
        if name_line != start and len(blocks[name_line].text) <= 80:
            above = content[-2 - back] if len(content) > back + 2 else None
            if (above is not None and above != start and above == name_line - 1 and len(blocks[above].text) <= 60
                    and (pair := _signature.parse_signature([blocks[above].text, blocks[name_line].text], vocab))
                    and pair.role):
                return [above, name_line], pair  # (a name over its role: "NGUYỄN THỊ THU HƯƠNG" / "Tổng phụ trách Đội")
            signed = _signature.parse_signature([blocks[name_line].text], vocab)
            if signed:
                return [name_line], signed
    return [], None


def _printed_above(blocks: tuple[Block, ...], labels: list[Label | None], i: int, start: int, vocab: Vocabulary) -> bool:
    """Whether line ``i`` repeats, or is part of, a line over the article's ``start`` (the banner), not
    the headline (which may name the unit signing: "Tổ Ngữ văn – Sử – Địa – GDCD tổ chức chuyên đề …"), nor
    a desk's initials signing (a menu's "Liên hệ BBT" over the text's "BBT")."""
    key = fold(blocks[i].text)
    return key not in vocab.desk_signatures and any(key in fold(blocks[j].text) for j in range(min(start, _BANNER_LINES)) if labels[j] != Label.TITLE)


_BANNER_LINES = 12  # how far down the page its banner may stand


def _shorter_form(short: str, full: str, vocab: Vocabulary) -> bool:
    """``full`` a person's whole name that ends in ``short``, the name as signed ("Minh Khuê" /
    "Phạm Thị Minh Khuê")."""
    return (len(full) <= 40 and " " in short and len(full) > len(short) + 1 and full.endswith(short)
            and full[-len(short) - 1] == " " and _signature.name_like(full, vocab))


_WIDGET_HEADING = 40  # characters


def _trailing_heading(text: str) -> bool:
    return len(text) <= _WIDGET_HEADING and not ends_sentence(text) and not HAS_DIGIT.search(text)


_SIGNING_LINES = 5  # "TM. …", "KT. …", the signer's title, "(Đã ký)" above the name, at most


def _signing_block(
    blocks: tuple[Block, ...], content: list[int], start: int, vocab: Vocabulary
) -> tuple[list[int], Author] | None:
    """An official document's signing block closing the article (see _signature.signing_block)."""
    above: list[int] = []
    for i in reversed(content[:-1]):
        if i == start or len(above) == _SIGNING_LINES or not _signature.signing_line(blocks[i].text, vocab):
            break
        above.insert(0, i)
    if not above:
        return None
    lines = [*above, content[-1]]
    signed = _signature.signing_block([blocks[i].text for i in lines], vocab)
    return (lines, signed) if signed else None
