"""Streaming record writers: JSONL (default), JSON array, CSV and Parquet — one record at a time.

Each writer keeps at most one buffer of records (Parquet: one row group) in memory, whatever
the number of pages. Every format can be resumed: :func:`resume_keys` reads what an earlier,
interrupted run wrote, cuts off a half-written tail (a run killed mid-line), and returns the
``(source.path, source.sha256)`` keys already done; the writer then appends.

Payloads: the batch workers turn a record into its format's payload with :func:`encode` (a JSON
line, CSV cells, or the dict for Parquet), so the costly part runs in parallel and the writing
process only writes.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import sys
from collections import Counter
from typing import IO, Any

from ._arrow import error_row, flat_columns, flatten, row_size

FORMATS = ("jsonl", "json", "csv", "parquet")
_EXTENSIONS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "json", ".csv": "csv", ".parquet": "parquet",
               ".pq": "parquet"}
ROW_GROUP_ROWS = 2048
ROW_GROUP_BYTES = 16 << 20

Key = bytes


class ResumeError(Exception):
    """An existing output cannot be continued (other columns, not readable as its format)."""


def format_of(path: str, explicit: str | None = None) -> str | None:
    """The output format: ``explicit`` if given, else from the extension; None when unknown."""
    if explicit:
        return explicit
    if path == "-":
        return "jsonl"
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower())


def key_of(path: str | None, sha256: str | None) -> Key:
    """A compact resume key for ``(source.path, source.sha256)`` (16 bytes, not two strings)."""
    return hashlib.blake2b(f"{path}\0{sha256}".encode("utf-8", "surrogatepass"), digest_size=16).digest()


def encode(fmt: str, record: dict[str, Any]) -> Any:
    """The payload a writer of ``fmt`` takes for ``record`` (computed in the workers)."""
    if fmt in ("jsonl", "json"):
        return json.dumps(record, ensure_ascii=False)
    if fmt == "csv":
        return flatten(record)
    return record


class Writer:
    """Base: ``write(record)`` for dict records, ``write_encoded(payload)`` for pre-encoded ones."""

    fmt = ""

    def write(self, record: dict[str, Any]) -> None:
        self.write_encoded(encode(self.fmt, record))

    def write_encoded(self, payload: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Writer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _open_text(path: str, append: bool) -> io.TextIOWrapper:
    if path == "-":
        return io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", newline="", write_through=False)
    return open(path, "a" if append else "w", encoding="utf-8", newline="", buffering=1 << 20)


def _close_text(path: str, out: io.TextIOWrapper) -> None:
    """Close a text output; standard output is flushed and left open for the caller."""
    if path == "-":
        out.flush()
        out.detach()
    else:
        out.close()


class JsonlWriter(Writer):
    """One JSON record per line (UTF-8, letters unescaped)."""

    fmt = "jsonl"

    def __init__(self, path: str, *, append: bool = False) -> None:
        self.path = path
        self.out = _open_text(path, append)

    def write_encoded(self, payload: str) -> None:
        self.out.write(payload)
        self.out.write("\n")

    def close(self) -> None:
        _close_text(self.path, self.out)


class JsonArrayWriter(JsonlWriter):
    """A JSON array, one record per line (``[`` / records with ``,`` / ``]``): valid once closed."""

    fmt = "json"

    def __init__(self, path: str, *, append: bool = False, has_records: bool = False) -> None:
        super().__init__(path, append=append)
        self.first = not has_records
        if not append:
            self.out.write("[")

    def write_encoded(self, payload: str) -> None:
        self.out.write("\n" if self.first else ",\n")
        self.out.write(payload)
        self.first = False

    def close(self) -> None:
        self.out.write("\n]\n")
        super().close()


class CsvWriter(Writer):
    """Flat columns from the field definition (``source.path``, ``date.value``, …); lists are
    joined by newlines, list-of-struct items as ``kind: text`` lines; null is the empty cell."""

    fmt = "csv"

    def __init__(self, path: str, *, append: bool = False) -> None:
        self.path = path
        self.out = _open_text(path, append)
        self.csv = csv.writer(self.out)
        if not append:
            self.csv.writerow(flat_columns())

    def write_encoded(self, payload: list[str]) -> None:
        self.csv.writerow(payload)

    def close(self) -> None:
        _close_text(self.path, self.out)


PARTS_SUFFIX = ".parts"


def parquet_parts(path: str) -> list[str]:
    """The row-group files a Parquet run has finished so far (see :class:`ParquetWriter`)."""
    folder = path + PARTS_SUFFIX
    if not os.path.isdir(folder):
        return []
    return sorted(os.path.join(folder, name) for name in os.listdir(folder) if name.endswith(".parquet"))


class ParquetWriter(Writer):
    """Parquet with the fixed schema of :func:`wardnews._arrow.arrow_schema`, a row group at a time.

    A Parquet file is readable only once its footer is written, at the end: a run killed before
    that (``kill -9``, a lost machine) would leave nothing to resume from. So each row group is
    first written as a small file of its own in ``OUT.parquet.parts/`` (written under a temporary
    name and renamed, so every part there is whole); closing merges ``OUT.parquet`` (when
    resuming) and the parts into a new file, renames it over ``OUT.parquet`` and removes the
    parts. :func:`resume_keys` reads both, so a killed run resumes like an interrupted one.
    ``with_errors`` adds the ``error`` column, and :meth:`write_error` writes failed inputs as rows.
    """

    fmt = "parquet"

    def __init__(self, path: str, *, append: bool = False, with_errors: bool = False) -> None:
        from ._arrow import arrow_schema

        if path == "-":
            raise ValueError("Parquet cannot be written to standard output")
        self.path = path
        self.parts_dir = path + PARTS_SUFFIX
        self.schema = arrow_schema(with_errors)
        self.with_errors = with_errors
        self.append = append
        if not append:  # a fresh run: what an earlier run left is not ours to keep
            for part in parquet_parts(path):
                os.remove(part)
        os.makedirs(self.parts_dir, exist_ok=True)
        done = parquet_parts(path)
        self.next_part = int(os.path.basename(done[-1])[:-len(".parquet")]) + 1 if done else 0
        self.rows: list[dict[str, Any]] = []
        self.size = 0

    def write_encoded(self, payload: dict[str, Any]) -> None:
        if self.with_errors:
            payload = {**payload, "error": None}
        self._add(payload)

    def write_error(self, error: dict[str, Any]) -> None:
        if not self.with_errors:
            raise ValueError("this writer was opened without the error column")
        self._add(error_row(error["source"], f"{error['code']}: {error['reason']}"))

    def _add(self, row: dict[str, Any]) -> None:
        self.rows.append(row)
        self.size += row_size(row)
        if len(self.rows) >= ROW_GROUP_ROWS or self.size >= ROW_GROUP_BYTES:
            self._flush()

    def _flush(self) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        if self.rows:
            part = os.path.join(self.parts_dir, f"{self.next_part:06d}.parquet")
            pq.write_table(pa.Table.from_pylist(self.rows, schema=self.schema), part + ".tmp", compression="zstd")
            os.replace(part + ".tmp", part)
            self.next_part += 1
        self.rows, self.size = [], 0

    def close(self) -> None:
        import pyarrow.parquet as pq

        self._flush()
        target = self.path + ".merge-tmp"
        sources = ([self.path] if self.append and os.path.exists(self.path) else []) + parquet_parts(self.path)
        with pq.ParquetWriter(target, self.schema, compression="zstd") as out:
            for source in sources:
                f = pq.ParquetFile(source)
                for i in range(f.num_row_groups):
                    out.write_table(f.read_row_group(i).cast(self.schema))
                f.close()
        os.replace(target, self.path)
        for part in parquet_parts(self.path):
            os.remove(part)
        for leftover in os.listdir(self.parts_dir):  # (a part a killed run left half-written)
            os.remove(os.path.join(self.parts_dir, leftover))
        os.rmdir(self.parts_dir)


def open_writer(path: str, fmt: str, *, append: bool = False, has_records: bool = False,
                with_errors: bool = False) -> Writer:
    """A writer for ``fmt`` on ``path`` (``-`` is standard output for the text formats)."""
    if fmt == "jsonl":
        return JsonlWriter(path, append=append)
    if fmt == "json":
        return JsonArrayWriter(path, append=append, has_records=has_records)
    if fmt == "csv":
        return CsvWriter(path, append=append)
    if fmt == "parquet":
        return ParquetWriter(path, append=append, with_errors=with_errors)
    raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")


# --- resume -----------------------------------------------------------------------------------

def resume_keys(path: str, fmt: str) -> Counter[Key]:
    """Keys of the records ``path`` already holds, after cutting off a half-written tail.

    A Counter, not a set: the same page may legitimately appear twice (duplicate archive
    members), and a resumed run must skip each occurrence once.
    """
    if fmt == "parquet":
        return _resume_parquet(path)
    if not os.path.exists(path) or os.path.getsize(path) == 0:
        return Counter()
    if fmt == "jsonl":
        return _resume_jsonl(path)
    if fmt == "json":
        return _resume_json(path)
    if fmt == "csv":
        return _resume_csv(path)
    if fmt == "parquet":
        return _resume_parquet(path)
    raise ValueError(f"unknown format {fmt!r}")


def _source_key(record: Any) -> Key | None:
    source = record.get("source") if isinstance(record, dict) else None
    return key_of(source.get("path"), source.get("sha256")) if isinstance(source, dict) else None


def _resume_jsonl(path: str) -> Counter[Key]:
    keys: Counter[Key] = Counter()
    good = 0
    with open(path, "rb") as f:
        for line in f:
            if not line.endswith(b"\n"):
                break
            try:
                key = _source_key(json.loads(line))
            except ValueError:
                break
            if key is None:
                break
            keys[key] += 1
            good += len(line)
    _truncate(path, good)
    return keys


def _resume_json(path: str) -> Counter[Key]:
    keys: Counter[Key] = Counter()
    with open(path, "rb") as f:
        head = f.readline()
        if head.rstrip(b"\n") != b"[":
            raise ResumeError(f"{path} is not a JSON array written by wardnews")
        good, pos = 1, len(head)  # keep "[" only: the next record writes its own line break
        for line in f:
            text = line.rstrip(b"\n")
            if text == b"]":
                break
            text = text[:-1] if text.endswith(b",") else text
            try:
                key = _source_key(json.loads(text))
            except ValueError:
                break
            if key is None:
                break
            keys[key] += 1
            good = pos + len(text)
            pos += len(line)
    _truncate(path, good)
    return keys


def _resume_csv(path: str) -> Counter[Key]:
    columns = flat_columns()
    keys: Counter[Key] = Counter()
    consumed = 0
    last = ""

    def lines(f: IO[str]) -> Any:
        nonlocal consumed, last
        for line in f:
            consumed += len(line.encode("utf-8", "surrogatepass"))
            last = line
            yield line

    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.reader(lines(f), strict=True)
        try:
            header = next(reader)
        except (StopIteration, csv.Error):
            header = []
        if header != columns:
            raise ResumeError(f"{path} does not have wardnews' CSV columns")
        good = consumed
        at_path, at_sha = columns.index("source.path"), columns.index("source.sha256")
        try:
            for row in reader:
                if len(row) != len(columns) or not last.endswith("\n"):  # a row cut mid-way
                    break
                keys[key_of(row[at_path] or None, row[at_sha] or None)] += 1
                good = consumed
        except csv.Error:
            pass
    _truncate(path, good)
    return keys


def _resume_parquet(path: str) -> Counter[Key]:
    """Keys in ``OUT.parquet`` and in the row-group files a killed run left in ``OUT.parquet.parts/``."""
    import pyarrow.parquet as pq

    from ._arrow import arrow_schema

    keys: Counter[Key] = Counter()
    files = ([path] if os.path.exists(path) and os.path.getsize(path) else []) + parquet_parts(path)
    for file in files:
        try:
            f = pq.ParquetFile(file)
        except Exception as exc:  # pyarrow raises ArrowInvalid/OSError for a file without footer
            raise ResumeError(f"{file} is not a readable Parquet file; remove it or run without --resume: "
                              f"{exc}") from exc
        schema = f.schema_arrow
        if not (schema.equals(arrow_schema(False)) or schema.equals(arrow_schema(True))):
            raise ResumeError(f"{file} does not have wardnews' Parquet schema")
        for batch in f.iter_batches(columns=["source"], batch_size=8192):
            for source in batch.column(0).to_pylist():
                keys[key_of(source["path"], source["sha256"])] += 1
        f.close()
    return keys


def _truncate(path: str, size: int) -> None:
    if os.path.getsize(path) != size:
        with open(path, "r+b") as f:
            f.truncate(size)
