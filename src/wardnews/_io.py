"""Read raw pages out of files, folders, JSONL records, WARC archives and zip/tar bundles.

Every unit of input becomes exactly one item: a :class:`Page`, or a :class:`ParseError` when it
cannot be read (unreadable file, corrupt archive, page over the size limit). That one-to-one
rule is what lets a batch promise ``pages in = records out + errors``.

Only the standard library is imported here at module level; ``warcio`` is imported when the
first WARC file is met, so ``import wardnews`` stays fast.
"""
from __future__ import annotations

import fnmatch
import hashlib
import json
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import IO, Any

from .config import DEFAULT_CONFIG

DEFAULT_TEXT_FIELDS = ("text", "html", "content")
_JSONL = (".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz")
_WARC = (".warc", ".warc.gz")
_TAR = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
_PAGE_TYPES = ("", "text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True, slots=True)
class PageSource:
    """Where a page came from.

    ``path`` is the file as found on disk; ``member`` names the page inside a container (an
    archive member name, a JSONL line number, a WARC record's byte offset); ``name`` joins the
    two as ``path!member``, which is what records carry in ``source.path``.
    """

    path: str
    member: str | None = None
    url: str | None = None
    sha256: str | None = None

    @property
    def name(self) -> str:
        return self.path if self.member is None else f"{self.path}!{self.member}"

    def to_dict(self) -> dict[str, Any]:
        return {"path": self.name, "url": self.url, "sha256": self.sha256}


@dataclass(frozen=True, slots=True)
class Page:
    """One raw page: its bytes (``str`` when it came from a JSON string) and its source."""

    data: bytes | str
    source: PageSource


@dataclass(frozen=True, slots=True)
class ParseError:
    """A page (or a whole input) that gave no record: where, why, and the exception behind it.

    ``code`` is stable (``input.unreadable``, ``input.corrupt``, ``input.too_large``,
    ``input.empty``, ``input.binary``, ``input.no_content``, ``input.unsupported``,
    ``parse.failed``, ``parse.crashed``); ``reason`` is for people.
    """

    source: PageSource
    code: str
    reason: str
    exception: str | None = None

    @property
    def message(self) -> str:
        return f"{self.code}: {self.reason}"

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.to_dict(), "code": self.code, "reason": self.reason,
                "exception": self.exception}


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How containers are read. Globs: a pattern without ``/`` matches the file name, one with
    ``/`` the path relative to the folder (or the archive member name). ``exclude`` applies to
    everything; ``include`` to page files and archive members, not to containers met in a folder.
    """

    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    url_field: str = "url"
    text_fields: tuple[str, ...] = DEFAULT_TEXT_FIELDS
    max_bytes: int = DEFAULT_CONFIG.max_bytes

    def __post_init__(self) -> None:
        for name in ("include", "exclude", "text_fields"):
            value = getattr(self, name)
            if isinstance(value, str) or not all(isinstance(v, str) for v in value):
                raise TypeError(f"{name} must be a tuple of str, got {value!r}")
        if not self.text_fields:
            raise ValueError("text_fields must name at least one JSON field")


def sha256_of(data: bytes | str) -> str:
    """The same digest :func:`wardnews.parse` puts in ``source.sha256``."""
    raw = data if isinstance(data, bytes) else data.encode("utf-8", "surrogatepass")
    return hashlib.sha256(raw).hexdigest()


def as_inputs(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]]) -> list[str]:
    """One path or many, as strings (a lone ``str`` is one path, not its characters)."""
    if isinstance(inputs, (str, os.PathLike)):
        return [os.fspath(inputs)]
    if isinstance(inputs, bytes):
        raise TypeError("inputs must be paths (str or PathLike), got bytes")
    items = [os.fspath(i) for i in inputs]
    for item in items:
        if not isinstance(item, str):
            raise TypeError(f"inputs must be str or PathLike, got {type(item).__name__}")
    return items


def kind_of(name: str) -> str:
    """Container kind by file name: jsonl, warc, zip, tar, gz (one gzipped page) or page."""
    low = name.lower()
    if low.endswith(_JSONL):
        return "jsonl"
    if low.endswith(_WARC):
        return "warc"
    if low.endswith(".zip"):
        return "zip"
    if low.endswith(_TAR):
        return "tar"
    if low.endswith(".gz"):
        return "gz"
    return "page"


def _matches(rel: str, patterns: tuple[str, ...]) -> bool:
    base = rel.rsplit("/", 1)[-1]
    return any(fnmatch.fnmatchcase(rel, p) or ("/" not in p and fnmatch.fnmatchcase(base, p)) for p in patterns)


def _wanted(rel: str, opts: ReadOptions, *, container: bool = False) -> bool:
    if opts.exclude and _matches(rel, opts.exclude):
        return False
    return container or not opts.include or _matches(rel, opts.include)


Progress = Callable[[int], None]
"""Called with the number of input bytes consumed since the last call (for ETA)."""


def _noop(_: int) -> None:
    return None


def iter_pages(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    url_field: str = "url",
    text_fields: Iterable[str] = DEFAULT_TEXT_FIELDS,
    max_bytes: int = DEFAULT_CONFIG.max_bytes,
) -> Iterator[Page | ParseError]:
    """Yield every raw page in ``inputs`` — files, folders (recursive), ``.jsonl(.gz)``,
    ``.warc(.gz)``, ``.zip``, ``.tar(.gz|.bz2|.xz)`` — as a :class:`Page` with its source.

    An input or page that cannot be read is yielded as a :class:`ParseError` instead of being
    skipped, so every unit of input is accounted for. Memory stays flat: one page at a time.
    """
    opts = read_options(include, exclude, url_field, text_fields, max_bytes)
    yield from read_inputs(as_inputs(inputs), opts)


def read_options(include: Iterable[str], exclude: Iterable[str], url_field: str, text_fields: Iterable[str],
                 max_bytes: int) -> ReadOptions:
    """Check the reading arguments up front (a lone str is a classic slip: it iterates by letter)."""
    for name, value in (("include", include), ("exclude", exclude), ("text_fields", text_fields)):
        if isinstance(value, (str, bytes)):
            raise TypeError(f"{name} must be a list of str, got the str {value!r}: write [{value!r}]")
    if not isinstance(url_field, str):
        raise TypeError(f"url_field must be a str, got {type(url_field).__name__}")
    return ReadOptions(tuple(include), tuple(exclude), url_field, tuple(text_fields), max_bytes)


def read_inputs(paths: list[str], opts: ReadOptions, progress: Progress = _noop) -> Iterator[Page | ParseError]:
    for path in paths:
        if os.path.isdir(path):
            yield from _walk(path, opts, progress)
        else:
            yield from _read_file(path, opts, progress)


def input_files(paths: Iterable[str], opts: ReadOptions) -> Iterator[str]:
    """The files :func:`read_inputs` will open, in its order: folders walked, other paths as given."""
    for path in paths:
        if os.path.isdir(path):
            for file, _ in _files_under(path, opts):
                yield file
        else:
            yield path


def input_bytes(paths: list[str], opts: ReadOptions) -> int:
    """Total size of the files :func:`read_inputs` will open (the progress bar's 100%)."""
    total = 0
    for file in input_files(paths, opts):
        try:
            total += os.stat(file).st_size
        except OSError:
            pass
    return total


def _files_under(root: str, opts: ReadOptions) -> Iterator[tuple[str, str]]:
    for dirpath, dirnames, filenames in os.walk(root):
        rel_dir = os.path.relpath(dirpath, root).replace(os.sep, "/")
        rel_dir = "" if rel_dir == "." else rel_dir + "/"
        dirnames[:] = sorted(d for d in dirnames if not (opts.exclude and _matches(rel_dir + d, opts.exclude)))
        for name in sorted(filenames):
            rel = rel_dir + name
            if _wanted(rel, opts, container=kind_of(name) not in ("page", "gz")):
                yield os.path.join(dirpath, name), rel


def _walk(root: str, opts: ReadOptions, progress: Progress) -> Iterator[Page | ParseError]:
    for path, _ in _files_under(root, opts):
        yield from _read_file(path, opts, progress)


def _error(path: str, member: str | None, code: str, reason: str, exc: BaseException | None = None,
           url: str | None = None) -> ParseError:
    return ParseError(PageSource(path, member, url), code, reason, type(exc).__name__ if exc else None)


def _read_file(path: str, opts: ReadOptions, progress: Progress) -> Iterator[Page | ParseError]:
    try:
        st = os.stat(path)
        if not stat.S_ISREG(st.st_mode):
            yield _error(path, None, "input.unreadable", "not a regular file")
            return
    except OSError as exc:
        yield _error(path, None, "input.unreadable", f"cannot read: {exc.strerror or exc}", exc)
        return
    kind = kind_of(path)
    reader = {"jsonl": _read_jsonl, "warc": _read_warc, "zip": _read_zip, "tar": _read_tar,
              "gz": _read_gz, "page": _read_page}[kind]
    yield from reader(path, opts, progress, st.st_size)


def _page(path: str, member: str | None, data: bytes | str, url: str | None = None) -> Page:
    return Page(data, PageSource(path, member, url, sha256_of(data)))


def too_large(path: str, member: str | None, max_bytes: int, url: str | None = None) -> ParseError:
    """The error record of a page over the size limit (every reader and engine says it alike)."""
    return _error(path, member, "input.too_large", f"the page is over the limit of {max_bytes} bytes", url=url)


def _too_large(path: str, member: str | None, opts: ReadOptions, url: str | None = None) -> ParseError:
    return too_large(path, member, opts.max_bytes, url)


def _read_page(path: str, opts: ReadOptions, progress: Progress, size: int) -> Iterator[Page | ParseError]:
    if size > opts.max_bytes:
        progress(size)
        yield _too_large(path, None, opts)
        return
    try:
        with open(path, "rb") as f:
            data = f.read(opts.max_bytes + 1)
    except OSError as exc:
        progress(size)
        yield _error(path, None, "input.unreadable", f"cannot read: {exc.strerror or exc}", exc)
        return
    progress(size)
    yield _too_large(path, None, opts) if len(data) > opts.max_bytes else _page(path, None, data)


def _read_gz(path: str, opts: ReadOptions, progress: Progress, size: int) -> Iterator[Page | ParseError]:
    import gzip
    import zlib

    try:
        with gzip.open(path, "rb") as f:
            data = f.read(opts.max_bytes + 1)
    except (OSError, EOFError, zlib.error) as exc:
        progress(size)
        yield _error(path, None, "input.corrupt", f"cannot decompress: {exc}", exc)
        return
    progress(size)
    yield _too_large(path, None, opts) if len(data) > opts.max_bytes else _page(path, None, data)


class _Tracked:
    """Reports how far a container's raw file has been read, for the progress bar."""

    def __init__(self, f: IO[bytes], progress: Progress) -> None:
        self.f, self.progress, self.done = f, progress, 0

    def tick(self) -> None:
        try:
            pos = self.f.tell()
        except (OSError, ValueError):
            return
        if pos > self.done:
            self.progress(pos - self.done)
            self.done = pos

    def finish(self, size: int) -> None:
        if size > self.done:
            self.progress(size - self.done)
            self.done = size


_Body = Callable[[str, ReadOptions, IO[bytes], Callable[[], None]], Iterator[Page | ParseError]]


def _read_opened(read: _Body, path: str, opts: ReadOptions, progress: Progress,
                 size: int) -> Iterator[Page | ParseError]:
    """What ``read(path, opts, file, tick)`` yields from the opened file, or the error record when it
    cannot be opened. However reading ends, the file is closed and all of it counted as read."""
    try:
        raw = open(path, "rb")  # noqa: SIM115 - closed in the finally below, however reading ends
    except OSError as exc:
        progress(size)
        yield _error(path, None, "input.unreadable", f"cannot read: {exc.strerror or exc}", exc)
        return
    tracked = _Tracked(raw, progress)
    try:
        yield from read(path, opts, raw, tracked.tick)
    finally:
        raw.close()
        tracked.finish(size)


def _read_jsonl(path: str, opts: ReadOptions, progress: Progress, size: int) -> Iterator[Page | ParseError]:
    return _read_opened(_jsonl_lines, path, opts, progress, size)


def _jsonl_lines(path: str, opts: ReadOptions, raw: IO[bytes], tick: Callable[[], None]) -> Iterator[Page | ParseError]:
    import gzip
    import zlib

    lineno = 0
    stream: Any = gzip.GzipFile(fileobj=raw, mode="rb") if path.lower().endswith(".gz") else raw
    while True:
        try:
            line = stream.readline(opts.max_bytes + 2)
        except (OSError, EOFError, zlib.error) as exc:
            yield _error(path, None, "input.corrupt", f"cannot read past line {lineno}: {exc}", exc)
            return
        if not line:
            return
        lineno += 1
        if not line.endswith(b"\n") and len(line) > opts.max_bytes:
            while line and not line.endswith(b"\n"):  # skip the rest of the oversized line
                line = stream.readline(1 << 20)
            yield _too_large(path, str(lineno), opts)
            continue
        if line.strip():
            yield _jsonl_record(path, lineno, line, opts)
        tick()


def _jsonl_record(path: str, lineno: int, line: bytes, opts: ReadOptions) -> Page | ParseError:
    member = str(lineno)
    try:
        record = json.loads(line)
    except ValueError as exc:  # JSONDecodeError and UnicodeDecodeError
        return _error(path, member, "input.corrupt", f"line {lineno} is not JSON: {exc}", exc)
    if not isinstance(record, dict):
        return _error(path, member, "input.no_content", f"line {lineno} is a JSON {type(record).__name__}, not an object")
    url = record.get(opts.url_field)
    url = url if isinstance(url, str) and url else None
    for name in opts.text_fields:
        value = record.get(name)
        if isinstance(value, str):
            return _page(path, member, value, url)
    fields = ", ".join(repr(n) for n in opts.text_fields)
    return _error(path, member, "input.no_content", f"line {lineno} has no text field ({fields})", url=url)


def _read_zip(path: str, opts: ReadOptions, progress: Progress, size: int) -> Iterator[Page | ParseError]:
    import zipfile
    import zlib

    try:
        archive = zipfile.ZipFile(path)
    except (OSError, zipfile.BadZipFile, EOFError, ValueError) as exc:
        progress(size)
        yield _error(path, None, "input.corrupt", f"not a readable zip archive: {exc}", exc)
        return
    with archive:
        infos = [i for i in archive.infolist() if not i.is_dir() and _wanted(i.filename, opts)]
        done = 0
        for info in infos:
            step = max(info.compress_size, 0)
            if info.file_size > opts.max_bytes:
                yield _too_large(path, info.filename, opts)
            else:
                try:
                    with archive.open(info) as member:
                        data = member.read(opts.max_bytes + 1)
                except (OSError, zipfile.BadZipFile, EOFError, RuntimeError, NotImplementedError,
                        zlib.error, ValueError) as exc:
                    yield _error(path, info.filename, "input.corrupt", f"cannot extract: {exc}", exc)
                else:
                    yield _too_large(path, info.filename, opts) if len(data) > opts.max_bytes \
                        else _page(path, info.filename, data)
            done += step
            progress(step)
        progress(max(size - done, 0))


def _read_tar(path: str, opts: ReadOptions, progress: Progress, size: int) -> Iterator[Page | ParseError]:
    return _read_opened(_tar_members, path, opts, progress, size)


def _tar_members(path: str, opts: ReadOptions, raw: IO[bytes], tick: Callable[[], None]) -> Iterator[Page | ParseError]:
    import tarfile
    import zlib

    count = 0
    try:  # stream mode: sequential, no seeking, nothing kept per member
        archive = tarfile.open(fileobj=raw, mode="r|*")
    except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
        yield _error(path, None, "input.corrupt", f"not a readable tar archive: {exc}", exc)
        return
    with archive:
        while True:
            try:
                info = archive.next()
                if info is None:
                    return
                # tarfile keeps every TarInfo it has read: drop them or memory grows with the archive
                archive.members = []  # type: ignore[attr-defined]
                if not info.isfile() or not _wanted(info.name, opts):
                    continue
                if info.size > opts.max_bytes:
                    yield _too_large(path, info.name, opts)
                    count += 1
                    continue
                member = archive.extractfile(info)
                data = member.read(opts.max_bytes + 1) if member else b""
                count += 1
            except (tarfile.TarError, OSError, EOFError, zlib.error) as exc:
                yield _error(path, None, "input.corrupt",
                             f"archive truncated or corrupt after {count} pages: {exc}", exc)
                return
            yield _page(path, info.name, data)
            tick()


def _read_warc(path: str, opts: ReadOptions, progress: Progress, size: int) -> Iterator[Page | ParseError]:
    try:  # only to report the missing extra before opening the file; _warc_records uses them
        from warcio.archiveiterator import ArchiveIterator  # noqa: F401
        from warcio.exceptions import ArchiveLoadFailed  # noqa: F401
    except ImportError as exc:
        progress(size)
        yield _error(path, None, "input.unsupported",
                     "reading WARC files needs warcio: pip install 'wardnews[warc]'", exc)
        return
    yield from _read_opened(_warc_records, path, opts, progress, size)


def _warc_records(path: str, opts: ReadOptions, raw: IO[bytes], tick: Callable[[], None]) -> Iterator[Page | ParseError]:
    import zlib

    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    offset: int | None = None
    records = ArchiveIterator(raw, arc2warc=True)
    while True:
        try:
            record = next(records, None)
            if record is None:
                return
            item = _warc_page(path, record, records.get_record_offset, opts)
            offset = records.get_record_offset()  # after the body: asking earlier skips it
        except (ArchiveLoadFailed, OSError, EOFError, zlib.error, ValueError) as exc:
            where = f"after offset {offset}" if offset is not None else "at the start"
            yield _error(path, None, "input.corrupt", f"WARC unreadable {where}: {exc}", exc)
            return
        if item is not None:
            yield item
        tick()


def _warc_page(path: str, record: Any, offset: Callable[[], int], opts: ReadOptions) -> Page | ParseError | None:
    """A page for each HTTP 2xx HTML/text response (or resource) record; None for the rest.

    Requests, metadata, revisits and non-HTML responses (images, CSS) are not pages.
    """
    if record.rec_type not in ("response", "resource"):
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    if record.rec_type == "response":
        warc_type = (record.rec_headers.get_header("Content-Type") or "").lower()
        if record.http_headers is None:
            if "application/http" not in warc_type:
                return None  # dns:, whois: and other non-HTTP responses
            return _error(path, str(offset()), "input.empty", "WARC response record has no HTTP message", url=url)
        if not (record.http_headers.get_statuscode() or "").startswith("2"):
            return None
        ctype = record.http_headers.get_header("Content-Type") or ""
    else:
        ctype = record.rec_headers.get_header("Content-Type") or ""
    if ctype.split(";")[0].strip().lower() not in _PAGE_TYPES:
        return None
    data = record.content_stream().read(opts.max_bytes + 1)
    member = str(offset())
    if len(data) > opts.max_bytes:
        return _too_large(path, member, opts, url)
    return _page(path, member, data, url)
