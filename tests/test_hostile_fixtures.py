"""Broken variants of fixture pages (fixtures/broken/, built by fixtures/broken/make.py).

Each variant parses to its golden expected.json, and — the point of the repairs — to the same
title, date, author, lead and body as its clean original, with the warning that says what was
repaired. A truncated page keeps title and date and a prefix of the body; an empty or
boilerplate-only page has no article; a binary file is refused with ``input.binary``.
"""
from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, assert_golden, load_json, page_dirs, read_case

import wardnews

CASES = page_dirs("broken")
ENCODING_CODES = ("encoding.", "text.nfc", "text.invisible", "text.control", "text.duplicated")


def _case(folder):
    return load_json(folder / "case.json")


def _parse(folder):
    data, url = read_case(folder)
    return wardnews.parse(data, url=url, path=f"fixtures/broken/{folder.name}/{next(folder.glob('input.*')).name}")


def test_the_corpus_covers_every_kind_of_breakage() -> None:
    kinds = {_case(c)["variant"] for c in CASES}
    assert {"tcvn3-cp1252", "tcvn3-utf8", "vni-cp1252", "vni-utf8", "mojibake-latin1", "mojibake-cp1252-lost",
            "nfd", "truncated", "duplicated", "boilerplate-only", "empty", "binary"} <= kinds


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_broken_page_matches_golden(folder, regen) -> None:
    case = _case(folder)
    if case.get("error"):
        with pytest.raises(wardnews.InputError) as info:
            _parse(folder)
        record = {"error": info.value.code}
    else:
        record = _parse(folder).to_dict()
    assert_golden(folder, record, regen)


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_repaired_page_equals_its_clean_original(folder) -> None:
    case = _case(folder)
    if case.get("error"):
        with pytest.raises(wardnews.InputError) as info:
            _parse(folder)
        assert info.value.code == case["error"]
        return
    got = _parse(folder)
    data, url = read_case(FIXTURES / case["origin"])
    clean = wardnews.parse(data, url=url)
    assert not [c for c in clean.warning_codes if c.startswith(ENCODING_CODES)], "the origin must be clean"
    for field in case["same"]:
        assert getattr(got, field) == getattr(clean, field), field
    for field in case.get("same_ignoring_case", ()):  # TCVN3 cannot hold "Ủ" mid-sentence
        assert getattr(got, field).lower() == getattr(clean, field).lower(), field
    for code in case["warnings"]:
        assert code in got.warning_codes, (code, got.warning_codes)
    for field, value in case.get("fields", {}).items():
        assert json.loads(json.dumps(got.to_dict()[field])) == value, field
    if case.get("body_prefix"):
        cut = (got.lead, *got.body)
        full = (clean.lead, *clean.body)
        assert cut and len(cut) <= len(full)
        assert cut[:-1] == full[: len(cut) - 1] and full[len(cut) - 1].startswith(cut[-1])
    # Repairs say what they did, and only that: no encoding warning a variant did not call for.
    unexpected = {c for c in got.warning_codes if c.startswith("encoding.")} - set(case["warnings"])
    assert unexpected <= {"encoding.guessed", "encoding.declared_wrong"}, unexpected


@pytest.mark.parametrize("folder", page_dirs("pages") + page_dirs("html"), ids=lambda p: p.name)
def test_clean_fixture_pages_are_not_repaired(folder) -> None:
    """Clean pages: no repair warning, and their text reaches the repair step untouched."""
    from wardnews import _decode

    data, url = read_case(folder)
    article = wardnews.parse(data, url=url)
    assert not [c for c in article.warning_codes if c.startswith(("encoding.mojibake", "encoding.tcvn",
                                                                    "encoding.vni", "encoding.guessed"))]
    text, _ = _decode.decode(data, source="x")
    repaired, notes = _decode.repair_text(text)
    assert repaired is text and notes == []
