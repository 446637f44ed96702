"""Probe pages: made-up pages of portals the dev corpus lacks, written with hand labels by authors
who never saw the rules (``fixtures/probes/<round>/NNN.txt|html`` + ``NNN.json``, dev-corpus label
schema). Each page is scored by the rules of ``shared/docs/design.md`` ("How quality is measured")
and must pass on every field its label judges: a rule that breaks a kind of page these show
fails here, in a clone without ``../shared`` too.
"""
from __future__ import annotations

import json
import re
import unicodedata
from pathlib import Path

import pytest
from conftest import FIXTURES

import wardnews

PROBES = FIXTURES / "probes"
FIELDS = ("title", "date", "author", "body", "lead", "counters", "gallery")


def _cases() -> list[tuple[Path, Path]]:
    cases = []
    for label in sorted(PROBES.glob("*/*.json")):
        page = next((label.with_suffix(s) for s in (".txt", ".html") if label.with_suffix(s).exists()), None)
        assert page is not None, f"{label} has no page beside it"
        cases.append((label, page))
    return cases


CASES = _cases()


def squash(s: str | None) -> str:
    """Compare as NFC with whitespace collapsed (as the shared scorer does)."""
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", s or "")).strip()


def score(label: dict, rec: dict) -> dict[str, bool | None]:
    """True/False per field, None where the label does not judge it (design.md's rules)."""
    if label.get("not_article"):
        ok = "not_an_article" in [w["code"] for w in rec["warnings"]] and not rec["body"]
        return {f: (ok if f == "body" else None) for f in FIELDS}
    got: dict[str, bool | None] = {"title": squash(rec["title"]) == squash(label.get("title"))}
    got["date"] = ((rec["date"] or {}).get("value") or "")[:10] == (label.get("date") or "")
    got["author"] = squash((rec["author"] or {}).get("name")) == squash((label.get("author") or {}).get("name"))
    content = squash(" ".join([rec["lead"] or "", *rec["body"]]))
    ok = all(squash(label[k]) in content for k in ("body_first", "body_last") if label.get(k))
    got["body"] = ok and not any(squash(b) and squash(b) in content for b in label.get("must_not_be_in_body") or [])
    lead, body = squash(rec["lead"]), [squash(b) for b in rec["body"]]
    if label.get("lead"):
        got["lead"] = lead == squash(label["lead"]) or (not lead and bool(body) and body[0] == squash(label["lead"]))
    else:
        got["lead"] = not lead or lead.startswith(squash(label["body_first"])) if label.get("body_first") else None
    want = label.get("counters") or {}
    got["counters"] = all(rec["counters"].get(k) == v for k, v in want.items()) if want else None
    got["gallery"] = bool(rec["gallery"]) == bool(label.get("gallery"))
    return got


def test_the_probe_rounds_are_there() -> None:
    assert len(CASES) >= 150 and len({label.parent.name for label, _ in CASES}) >= 9


@pytest.mark.parametrize(("label_path", "page_path"), CASES, ids=[f"{lab.parent.name}/{lab.stem}" for lab, _ in CASES])
def test_probe_page_scores_on_every_judged_field(label_path: Path, page_path: Path, request) -> None:
    known = label_path.with_suffix(".xfail")  # a known failure: its reason, one line (strict: it must fail)
    if known.exists():
        request.applymarker(pytest.mark.xfail(reason=known.read_text("utf-8").strip(), strict=True))
    label = json.loads(label_path.read_text("utf-8"))
    page = page_path.read_bytes() if page_path.suffix == ".html" else page_path.read_text("utf-8")
    rec = wardnews.parse(page, url=label.get("url")).to_dict()
    missed = {f: (label.get(f), rec.get(f)) for f, ok in score(label, rec).items() if ok is False}
    assert not missed, f"{label.get('notes', '')[:300]}\nmissed: {missed}"
