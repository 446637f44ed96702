"""What the Spark and Dask engines share: work units, one unit → table rows, rows → Arrow batches.

The engines promise the records of ``wardnews batch`` because they run the same code per page:
:func:`wardnews.iter_pages` reads every file (pages, folders, JSONL, WARC, zip, tar) into pages or
read errors, and :func:`wardnews.batch.parse_page` turns each into an Article or a ParseError.
What differs is only who runs it: the driver/client lists the files and groups them into *units*
(a container file alone, loose page files in groups), and each unit is read and parsed by one task.

A table row is a record (``Article.to_dict()``) plus ``error`` = null, or — for an input that gave
no record — :func:`wardnews._arrow.error_row`: ``source`` and ``error`` (``"code: reason"``) set,
the rest null. So ``rows = pages in``, always.

Nothing here imports Spark, Dask or pyarrow at module level.
"""
from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields, replace
from typing import Any

from ._arrow import error_row, row_size
from ._io import (Page, PageSource, ParseError, ReadOptions, as_inputs, input_files, iter_pages, kind_of, sha256_of,
                  too_large)
from .config import DEFAULT_CONFIG, DEFAULT_TIMEOUT, PAGES_PER_UNIT, Config

YEAR = "year"  # the column engine outputs are partitioned by: the record's date year
BYTES_PER_UNIT = 16 << 20
ROWS_PER_BATCH = 256
BYTES_PER_BATCH = 8 << 20

Row = dict[str, Any]
ConfigState = dict[str, Any]


# --- configuration travels as plain data: a dict of fields, the same on every engine ---

def config_state(config: Config | None) -> ConfigState:
    cfg = config or DEFAULT_CONFIG
    state = {f.name: getattr(cfg, f.name) for f in fields(cfg)}
    state["extra_vocabulary"] = dict(cfg.extra_vocabulary)
    return state


def config_from_state(state: ConfigState | None) -> Config:
    return Config(**state) if state else DEFAULT_CONFIG


# --- planning: which files, grouped how --------------------------------------------------------

@dataclass(frozen=True, slots=True)
class InputFile:
    """A file to read: ``path`` as the records will name it (as given, like ``wardnews batch``),
    ``location`` the absolute path workers open (their working folder is not the client's)."""

    path: str
    size: int
    location: str


def list_files(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[InputFile]:
    """Every file ``iter_pages(inputs)`` would open, named as it names them.

    Folders are walked as ``wardnews batch`` walks them (recursive, sorted, hidden files included);
    a path that is not there is kept, so that reading it gives its ``input.unreadable`` row.
    """
    return [_input_file(path) for path in input_files(as_inputs(inputs), ReadOptions())]


def _input_file(path: str) -> InputFile:
    try:
        size = os.stat(path).st_size
    except OSError:
        size = 0
    return InputFile(path, size, os.path.abspath(path))


def plan_units(files: Iterable[InputFile], pages_per_unit: int = PAGES_PER_UNIT,
               bytes_per_unit: int = BYTES_PER_UNIT) -> list[list[InputFile]]:
    """Group files into units of work: each container (archive, WARC, JSONL) alone, loose page
    files together up to ``pages_per_unit`` files or ``bytes_per_unit`` bytes. Largest first, so
    that a big WARC does not start last and hold up the end of the job."""
    if pages_per_unit < 1:
        raise ValueError(f"pages_per_unit must be a positive int, got {pages_per_unit!r}")
    units: list[list[InputFile]] = []
    group: list[InputFile] = []
    size = 0
    for f in files:
        if kind_of(f.path) != "page":
            units.append([f])
            continue
        group.append(f)
        size += f.size
        if len(group) >= pages_per_unit or size >= bytes_per_unit:
            units.append(group)
            group, size = [], 0
    if group:
        units.append(group)
    units.sort(key=lambda u: -sum(f.size for f in u))
    return units


# --- one unit → rows ---------------------------------------------------------------------------

def row_of(result: Any) -> Row:
    """A parse result (Article or ParseError) as a table row with the ``error`` column."""
    if isinstance(result, ParseError):
        return error_row(result.source.to_dict(), result.message)
    row: Row = result.to_dict()
    row["error"] = None
    return row


def parse_items(items: Iterable[Page | ParseError], config: Config,
                timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Row]:
    """Rows of the pages; one that takes over ``timeout`` seconds is a ``parse.timeout`` row
    (stopped in whichever thread the engine runs its task: :mod:`._deadline`)."""
    from .batch import parse_page

    for item in items:
        yield row_of(parse_page(item, config, timeout))


def rows_from_files(files: Iterable[tuple[str, str]], config: Config,
                    timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Row]:
    """Read ``(name, location)`` files from a local or shared filesystem and parse every page in
    them; records name the file ``name`` (``location`` is where this process finds it)."""
    for name, location in files:
        items = iter_pages(location, max_bytes=config.max_bytes)
        if location != name:
            items = (replace(item, source=replace(item.source, path=name)) for item in items)
        yield from parse_items(items, config, timeout)


def rows_from_bytes(name: str, data: bytes, config: Config, url: str | None = None,
                    timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Row]:
    """A file's bytes, already read (Spark's ``binaryFile``): a page is parsed as it is; a container
    is spilled to a local temporary file and read by ``iter_pages``, then named ``name`` again."""
    if kind_of(name) == "page":
        if len(data) > config.max_bytes:
            return iter([row_of(too_large(name, None, config.max_bytes, url))])
        return parse_items([Page(data, PageSource(name, None, url, sha256_of(data)))], config, timeout)
    return _rows_from_container(name, data, config, timeout)


def _rows_from_container(name: str, data: bytes, config: Config, timeout: float | None) -> Iterator[Row]:
    base = name.rstrip("/").rsplit("/", 1)[-1]
    fd, tmp = tempfile.mkstemp(prefix="wardnews-", suffix="-" + base[-80:])
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        del data
        for item in iter_pages(tmp, max_bytes=config.max_bytes):
            item = replace(item, source=replace(item.source, path=name))
            yield from parse_items([item], config, timeout)
    finally:
        os.unlink(tmp)


def unreadable(name: str, code: str, reason: str) -> Row:
    return row_of(ParseError(PageSource(name), code, reason))


# --- rows → Arrow ------------------------------------------------------------------------------

def arrow_batches(rows: Iterable[Row], schema: Any, max_rows: int = ROWS_PER_BATCH,
                  max_bytes: int = BYTES_PER_BATCH) -> Iterator[Any]:
    """Rows as ``pyarrow.RecordBatch`` es of ``schema``, a few hundred rows (or a few MiB) each."""
    import pyarrow as pa

    buffer: list[Row] = []
    size = 0
    for row in rows:
        buffer.append(row)
        size += row_size(row)
        if len(buffer) >= max_rows or size >= max_bytes:
            yield pa.RecordBatch.from_pylist(buffer, schema=schema)
            buffer, size = [], 0
    if buffer:
        yield pa.RecordBatch.from_pylist(buffer, schema=schema)


def year_of(row: Row) -> int | None:
    """The partition key: the year of the article's date; null for undated records and errors."""
    date = row.get("date")
    value = date.get("value") if date else None
    return int(value[:4]) if value and value[:4].isdecimal() else None


@dataclass(frozen=True, slots=True)
class Report:
    """What an engine wrote: ``rows == records + errors`` (one row per page in)."""

    output: str
    rows: int
    records: int
    errors: int
    error_codes: dict[str, int]
    seconds: float

    def lines(self) -> list[str]:
        rate = self.rows / self.seconds if self.seconds > 0 else 0.0
        out = [(f"{self.rows} pages in, {self.records} records out, {self.errors} errors"
                f" — {self.seconds:.1f} s, {rate:.0f} pages/s → {self.output}")]
        if self.error_codes:
            out.append("errors: " + ", ".join(f"{k} {v}" for k, v in
                                              sorted(self.error_codes.items(), key=lambda kv: (-kv[1], kv[0]))))
        return out

    @property
    def exit_code(self) -> int:
        return 1 if self.errors else 0


def error_code(message: str | None) -> str:
    return (message or "").split(":", 1)[0]
