"""Table-driven tests of single labelling rules (whole pages are in fixtures/pages)."""
from __future__ import annotations

import pytest

from wardnews import _label
from wardnews._vocab import load_vocabulary


@pytest.mark.parametrize(("line", "is_trail"), [
    ("Trang chủ > Tin tức > Hoạt động địa phương", True),
    ("Trang chủ » Tin tức", True),
    ("» Tin tức", True),
    ("Tin tức › Hoạt động của UBND phường ›", True),
    ("Trang chủ / Tin tức / Hoạt động", True),  # a spaced slash after a menu word
    ("Hội nghị tổng kết năm học 2023 / 2024", False),  # a slash in text
    ("Giá trị > 5 triệu đồng được hỗ trợ", False),  # a comparison: steps are capitalised names
    ("Kết quả: điểm > 8 là giỏi.", False),
    ("Phường Tân Thạnh ra mắt mô hình tổ dân phố xanh", False),
    (">", False),
])
def test_breadcrumb(line: str, is_trail: bool) -> None:
    assert _label.breadcrumb(line, load_vocabulary()) is is_trail
