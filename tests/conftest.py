"""Shared test helpers: fixture-page discovery, the golden-file option and check, the shared corpus,
the generated scale archive (Spark and Dask tests)."""
from __future__ import annotations

import faulthandler
import json
from pathlib import Path

import _scale_inputs
import pytest
from _scale_inputs import CORPUS, FIXTURES, ROOT  # noqa: F401  (tests import them from here)

import strategies  # noqa: F401  registers the hypothesis profiles: "ci" (default) and "long"


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """If the process still runs two minutes after the tests have ended, print every thread's stack
    and exit non-zero. A thread or child process that blocks the interpreter's exit (an engine's,
    or one stuck in a lock) once held a CI run until its time ran out, with no hint of where."""
    faulthandler.dump_traceback_later(120, exit=True)


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


def known_failure(folder: Path, request: pytest.FixtureRequest) -> None:
    """A fixture with an xfail.txt (one line: the reason) is a known failure, and strict."""
    xfail = folder / "xfail.txt"
    if xfail.exists():
        request.applymarker(pytest.mark.xfail(reason=xfail.read_text("utf-8").strip(), strict=True))


def assert_golden(folder: Path, record: dict, regen: bool) -> None:
    """``record`` equals the fixture's expected.json, written first with --regen-golden or when missing."""
    expected_path = folder / "expected.json"
    if regen or not expected_path.exists():
        dump_json(expected_path, record)
    assert record == load_json(expected_path)


@pytest.fixture(scope="session")
def scale_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The generated archive of _scale_inputs, made once per session: Spark and Dask tests share it."""
    root = tmp_path_factory.getbasetemp() / "scale"
    root.mkdir(parents=True, exist_ok=True)
    return _scale_inputs.archive(str(root))


@pytest.fixture(scope="session")
def scale_reference(scale_archive: Path):
    """What ``wardnews batch`` makes of the scale archive: (records, errors, pages in)."""
    return _scale_inputs.batch_reference(str(scale_archive.parent))


def load_json(path: Path) -> dict:
    return json.loads(path.read_text("utf-8"))


def dump_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
