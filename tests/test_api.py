"""Public API contracts: argument checking, errors, configuration, light import, vocabulary data."""
from __future__ import annotations

import subprocess
import sys
import unicodedata
from importlib import resources

import pytest

import wardnews
from wardnews import Config, InputError, WardnewsError

PAGE = "Phường Hoà Bình tổ chức hội nghị\n\nNgày 5/3/2021, UBND phường Hoà Bình tổ chức hội nghị tổng kết.\n\nHội nghị thống nhất các nhiệm vụ trọng tâm năm 2021.\n"


def test_public_names() -> None:
    for name in wardnews.__all__:
        assert hasattr(wardnews, name), name


@pytest.mark.parametrize("bad", [None, 42, ["text"], {"text": "x"}])
def test_wrong_types_raise_type_error_naming_what_was_received(bad) -> None:
    with pytest.raises(TypeError, match=type(bad).__name__):
        wardnews.parse(bad)


def test_input_error_is_a_value_error_and_names_the_input() -> None:
    with pytest.raises(InputError) as info:
        wardnews.parse(b"\x00\x01\x02" * 1000, path="dump.bin")
    assert isinstance(info.value, ValueError) and isinstance(info.value, WardnewsError)
    assert info.value.code == "input.binary"
    assert "dump.bin" in str(info.value)


def test_size_bound_is_configurable() -> None:
    with pytest.raises(InputError) as info:
        wardnews.parse("x" * 2000, config=Config(max_bytes=1000))
    assert info.value.code == "input.too_large"
    assert wardnews.parse("x" * 500, config=Config(max_bytes=1000)).title is None


def test_bad_config_values_are_refused() -> None:
    with pytest.raises(ValueError, match="tone_style"):
        Config(tone_style="newest")
    with pytest.raises(ValueError, match="max_bytes"):
        Config(max_bytes=0)


def test_str_and_bytes_give_the_same_record() -> None:
    assert wardnews.parse(PAGE) == wardnews.parse(PAGE.encode("utf-8"))


def test_page_spelling_is_kept_unless_asked() -> None:
    article = wardnews.parse(PAGE)
    assert "Hoà Bình" in article.title
    old = wardnews.parse(PAGE, config=Config(tone_style="old"))
    assert "Hòa Bình" in old.title and "Hòa Bình" in old.lead


def test_strict_mode_refuses_pages_without_title() -> None:
    with pytest.raises(InputError):
        wardnews.parse("Ngày 5/3/2021, UBND phường tổ chức hội nghị tổng kết công tác năm.", config=Config(strict=True))


def test_extra_vocabulary_through_config() -> None:
    page = PAGE + "\nBảng tin phường\n- Một tin khác nữa\n"
    plain = wardnews.parse(page)
    extended = wardnews.parse(page, config=Config(extra_vocabulary={"related/line": ("Bảng tin phường",)}))
    assert any(b.text == "Bảng tin phường" and b.kind == "related" for b in extended.boilerplate)
    assert plain != extended
    chosen = wardnews.parse(page, config=Config(extra_vocabulary={"related/line": ("{Bảng|Bản} tin phường",)}))
    assert any(b.text == "Bảng tin phường" and b.kind == "related" for b in chosen.boilerplate)  # (choices too)


def test_extra_date_words_through_config() -> None:
    """Words a user adds to a section only the date reader reads (a month left in Portuguese by a template built abroad)."""
    page = "Hội nghị tổng kết công tác năm của phường\nPosted: 12 Setembro 2024\n\n" + PAGE.split("\n", 1)[1]
    assert wardnews.parse(page).date is None or wardnews.parse(page).date.value != "2024-09-12"
    extended = wardnews.parse(page, config=Config(extra_vocabulary={"dates/month_en": ("Setembro = 9",)}))
    assert extended.date is not None and extended.date.value == "2024-09-12"


def test_article_is_immutable() -> None:
    article = wardnews.parse(PAGE)
    with pytest.raises(AttributeError):
        article.title = "x"  # type: ignore[misc]
    assert isinstance(article.body, tuple)


def test_import_is_light() -> None:
    code = ("import sys,time; t=time.perf_counter(); import wardnews; d=time.perf_counter()-t; "
            "print(d, 'dateparser' in sys.modules, 'lxml' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    assert out[1:] == ["False", "False"], "dateparser and lxml must load only when needed"


def test_logging_is_not_configured_by_the_library() -> None:
    import logging

    assert not logging.getLogger("wardnews").handlers


VOCAB_FILES = sorted(p.name for p in resources.files("wardnews").joinpath("data/vi").iterdir()
                     if p.name.endswith(".txt"))


@pytest.mark.parametrize("name", VOCAB_FILES)
def test_vocabulary_file_integrity(name) -> None:
    """Like dateparser's data test: a header, NFC, no duplicate entry within a section."""
    text = resources.files("wardnews").joinpath(f"data/vi/{name}").read_text("utf-8")
    lines = text.splitlines()
    assert lines[0].startswith("# "), "each file opens with a comment saying where its phrases appear"
    assert unicodedata.normalize("NFC", text) == text
    from wardnews._vocab import parse_sections
    from wardnews._normalize import fold

    sections = parse_sections(text)
    for section, entries in sections.items():
        keys = [fold(e) for e in entries]
        dupes = {k for k in keys if keys.count(k) > 1}
        assert not dupes, f"{name} @{section}: duplicates {dupes}"
    if len(sections) > 1 and not name.startswith("counter"):
        # (counter.txt keeps its "label = key" lines before its sections)
        assert not sections[""], f"{name}: entries before the first @section: {sections[''][:3]}"
    comments = " ".join(ln if ln.startswith("#") else "\n" for ln in lines).split("\n")  # runs of comment lines
    assert all(c.count('"') % 2 == 0 for c in comments), f"{name}: a comment's quotes are broken"


def test_guests_parts_are_checked() -> None:
    """A who's-online part counter.txt's grammar does not know is an error, not a silent no-op."""
    from wardnews._vocab import load_vocabulary

    with pytest.raises(ValueError, match="unknown part 'visitor'"):
        load_vocabulary((("counter/guests", ("visitor = khách",)),))
    added = load_vocabulary((("counter/guests", ("guest = vị khách",)),))
    assert added.guests_online.match("hiện có 3 vị khách trực tuyến")


def test_readme_examples_run() -> None:
    """The README's library example is real output: its "## Library" section runs as a doctest."""
    import doctest
    import os
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    readme = (root / "README.md").read_text("utf-8")
    section = readme[readme.index("## Library"):]
    section = section[: section.index("\n## ", 5)]
    test = doctest.DocTestParser().get_doctest(section, {}, "README.md#library", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    cwd = os.getcwd()
    os.chdir(root)
    try:
        runner.run(test)
    finally:
        os.chdir(cwd)
    result = runner.summarize(verbose=False)
    assert result.attempted >= 5 and result.failed == 0


def test_utf16_with_bom_is_text_not_binary() -> None:
    page = "Phường Hoà Bình tổ chức hội nghị\n\nNgày 5/3/2021, UBND phường Hoà Bình tổ chức hội nghị tổng kết.\n"
    for encoding in ("utf-16", "utf-16-be"):
        data = page.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        assert wardnews.parse(data).title == "Phường Hoà Bình tổ chức hội nghị"


def test_a_data_files_choices_in_braces_expand_to_every_wording() -> None:
    from wardnews._vocab import expand_choices, parse_sections

    assert expand_choices("{Tin |}đọc nhiều{ nhất|}") == ["Tin đọc nhiều nhất", "Tin đọc nhiều", "đọc nhiều nhất",
                                                        "đọc nhiều"]
    assert parse_sections("@line\n{Xem|Đọc} nhiều{ trong|}{ tuần|}\n")["line"] == [
        "Xem nhiều trong tuần", "Xem nhiều trong", "Xem nhiều tuần", "Xem nhiều",
        "Đọc nhiều trong tuần", "Đọc nhiều trong", "Đọc nhiều tuần", "Đọc nhiều"]
    assert parse_sections("@line\nTin liên quan\n")["line"] == ["Tin liên quan"]


def test_a_widgets_labels_cut_short_with_a_dot_are_derived_from_the_whole_ones() -> None:
    from wardnews._vocab import _cut_short_labels

    short = _cut_short_labels({"hôm nay": "today", "đang trực tuyến": "online", "tổng số": "total_visits",
                               "trong tuần": "this_week", "tổng tuần": "total_visits", "thống kê": "-"})
    assert short["h.nay"] == "today" and short["đ.tuyến"] == "online" and short["đ.trực tuyến"] == "online"
    assert short["t.tuần"] == "total_visits"  # ("Trong" opens with "Tr": its own short form is "Tr.tuần")
    assert short["tr.tuần"] == "this_week"
    both = _cut_short_labels({"tuần này": "this_week", "tháng này": "this_month", "tuần số": "this_week",
                              "tổng số": "total_visits"})
    assert both["t.này"] == "this_week" and both["th.này"] == "this_month"
    assert "t.số" not in both  # (two keys share it, each its own: left out)
    assert "t.kê" not in short  # (a heading's label has no value)
    assert _cut_short_labels({"số lượt xem": "views"})["sl xem"] == "views"  # (the initials, then the last word)
