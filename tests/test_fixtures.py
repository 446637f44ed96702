"""Golden files: every page in fixtures/pages/ parses to its committed expected.json, whole.

Known failures go in ``xfail.txt`` beside the page (one line: the reason) and are strict.
``pytest --regen-golden`` rewrites expected.json so a behaviour change shows up as a diff.
"""
from __future__ import annotations

import json

import pytest

import wardnews
from conftest import assert_golden, known_failure, page_dirs, read_case

CASES = page_dirs("pages")


def test_there_are_fixture_pages() -> None:
    assert len(CASES) >= 10, "fixtures/pages should hold a page for each supported structure"


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_page_matches_golden(folder, regen, request) -> None:
    data, url = read_case(folder)
    known_failure(folder, request)
    got = wardnews.parse(data, url=url, path=f"fixtures/pages/{folder.name}/{next(folder.glob('input.*')).name}")
    assert_golden(folder, got.to_dict(), regen)


@pytest.mark.parametrize("folder", CASES, ids=[c.name for c in CASES])
def test_invariants(folder) -> None:
    """Every case: JSON round trip, str and bytes give the same record, parse is deterministic."""
    data, url = read_case(folder)
    article = wardnews.parse(data, url=url)
    assert wardnews.Article.from_dict(json.loads(wardnews.to_json(article))) == article
    if not (folder / "input.html").exists():
        assert wardnews.parse(data.decode("utf-8"), url=url) == article
    assert wardnews.parse(data, url=url) == article
