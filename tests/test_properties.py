"""Property tests: on any text or bytes, parse returns a valid record or a documented error."""
from __future__ import annotations

import jsonschema
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import wardnews

VALIDATOR = jsonschema.Draft202012Validator(wardnews.json_schema())
LINES = st.sampled_from([
    "content:", "Thư viện hình ảnh", "Thống kê truy cập", "Đang trực tuyến: 460", "Số lượt truy cập",
    "4", "6", "Ngày đăng 08/02/2020 | 10:37 | View count: 226", "Tin, ảnh: VHXH", "Nguyễn Văn A",
    "Chủ tịch UBND phường", "Tin liên quan", "- Tin khác (12/03/2021)", "Trang chủ", "(Ảnh: Minh Anh)",
    "Sáng ngày 24/5/2023, UBND phường tổ chức hội nghị.", "Chiều 22/6,", "PHƯỜNG 1 QUẬN 3", "",
])
PAGES = st.lists(st.one_of(LINES, st.text(max_size=200)), max_size=40).map("\n".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES)
def test_text_never_raises_and_validates(page: str) -> None:
    try:
        article = wardnews.parse(page)
    except wardnews.WardnewsError:
        return
    VALIDATOR.validate(article.to_dict())


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=3000))
def test_bytes_never_raise_anything_undocumented(data: bytes) -> None:
    try:
        article = wardnews.parse(data)
    except wardnews.WardnewsError:
        return
    VALIDATOR.validate(article.to_dict())
