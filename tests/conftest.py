"""Shared test helpers: fixture-page discovery, the golden-file option, the shared corpus."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import strategies  # noqa: F401  registers the hypothesis profiles: "ci" (default) and "long"

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# The labelled corpus lives beside the project in the team's checkout; a user's clone lacks it.
CORPUS = Path(os.environ.get("WARDNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--regen-golden", action="store_true",
                     help="rewrite fixtures' expected.json from the current output (review the diff!)")


@pytest.fixture
def regen(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--regen-golden"))


def page_dirs(kind: str) -> list[Path]:
    """Fixture folders under fixtures/KIND/ that hold an input.* file; the folder name is the id."""
    base = FIXTURES / kind
    return sorted(d for d in base.iterdir() if d.is_dir() and any(d.glob("input.*"))) if base.exists() else []


def read_case(folder: Path) -> tuple[bytes, str | None]:
    """A fixture's input bytes and its URL (url.txt, optional)."""
    page = next(iter(sorted(folder.glob("input.*"))))
    url_file = folder / "url.txt"
    url = url_file.read_text("utf-8").strip() if url_file.exists() else None
    return page.read_bytes(), url


def load_json(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def dump_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
