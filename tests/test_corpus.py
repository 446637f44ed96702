"""The dev-corpus score as a floor (design.md "How quality is measured").

Reads ../shared/corpus when it exists (the team's checkout) and skips cleanly in a user's
clone. The full per-page report: python ../shared/tools/score.py ../shared/corpus/dev -v
"""
from __future__ import annotations

import importlib.util
import json

import pytest

import wardnews
from conftest import CORPUS

SCORER = CORPUS.parent / "tools" / "score.py"
DEV = CORPUS / "dev"
pytestmark = pytest.mark.skipif(not (DEV.exists() and SCORER.exists()), reason="shared corpus not present")


def score(folder):
    spec = importlib.util.spec_from_file_location("score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    tally: dict[str, list[int]] = {}
    whole = 0
    pages = list(module.load_pages(folder))
    for label, page in pages:
        got = module.score_page(label, wardnews.parse(page, url=label.get("url")).to_dict())
        for field, ok in got.items():
            if ok is not None:
                tally.setdefault(field, [0, 0])
                tally[field][0] += bool(ok)
                tally[field][1] += 1
        whole += not any(v is False for v in got.values())
    return {f: a / b for f, (a, b) in tally.items()}, whole / len(pages)


def test_dev_corpus_floor() -> None:
    fields, whole = score(DEV)
    print(json.dumps({"fields": fields, "whole": whole}))
    assert all(v >= 0.95 for v in fields.values()), fields
    assert whole >= 0.85
