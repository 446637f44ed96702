"""Batch normalisation: many pages in, one record or one typed error out for each, in parallel.

:func:`iter_parse` is the library API; :func:`run` is what ``wardnews batch`` calls. Pages are
read in this process (they are cheap to read, dear to parse), sent to a process pool in chunks,
and the results come back as records already encoded for the output format, so this process
only reads, writes and counts. At most a few chunks are in flight, which keeps memory flat
whatever the number of pages; a chunk is held back until its turn when the output is ordered.

A worker that dies (a crash in a C extension, the OOM killer) does not take the batch down:
the chunks in flight are re-run one page at a time in a fresh worker, and the page that kills
it again is reported as ``parse.crashed``.

A page may take ``timeout`` seconds (:data:`DEFAULT_TIMEOUT`): past that its parse is stopped
and it is reported as ``parse.timeout``. Inside the parse a time limit stops it, in a worker or
in this process, in any thread (:mod:`._deadline`); a worker stuck where no such limit reaches
(inside one C call) is killed by the parent, which then finds the page as it finds a crash.
"""
from __future__ import annotations

import os
import time
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from ._deadline import TimeLimitExceeded, time_limit
from ._io import DEFAULT_TEXT_FIELDS, Page, PageSource, ParseError, ReadOptions, as_inputs, read_inputs, read_options
from .config import DEFAULT_CONFIG, DEFAULT_TIMEOUT, Config
from .model import Article

__all__ = ["BatchReport", "Page", "PageSource", "ParseError", "iter_parse", "run"]

FIELD_NAMES = ("title", "date", "lead", "body", "captions", "author", "gallery", "counters", "boilerplate")
"""The fields the closing summary counts (a record "has" a field when it is not null/[]/{})."""

CHUNK_PAGES = 32
CHUNK_BYTES = 1 << 20
FAULT_ENV = "WARDNEWS_FAULT_INJECT"
"""Test hook: ``raise:MARKER`` makes the parse of a page containing MARKER raise, ``crash:MARKER``
kills the worker process, ``sleep:MARKER`` sleeps for a minute, and ``hang:MARKER`` does too with
the timer signal blocked (a C call no signal interrupts); it lets tests prove the ``pages in =
records out + errors`` promise."""


@dataclass(frozen=True, slots=True)
class Done:
    """A parsed page as it travels back from a worker: the encoded record and its tallies."""

    payload: Any
    source: PageSource
    fields: int  # bit i set: FIELD_NAMES[i] present
    warnings: tuple[str, ...]


Result = Any  # Article | Done | ParseError


# --- the work done for each page (in a worker, or in this process with one worker) ------------

def _inject_fault(data: bytes | str) -> None:
    spec = os.environ.get(FAULT_ENV)
    if not spec:
        return
    action, _, marker = spec.partition(":")
    needle: bytes | str = marker.encode("utf-8") if isinstance(data, bytes) else marker
    if marker and needle in data:  # type: ignore[operator]
        if action == "crash":
            os._exit(70)
        if action == "hang":
            import signal

            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(60)
        if action == "sleep":  # in short naps, like a slow parse: a time limit can stop it between two
            until = time.monotonic() + 60
            while time.monotonic() < until:
                time.sleep(0.01)
        raise RuntimeError(f"fault injected for pages containing {marker!r}")


def _timed_out(source: PageSource, seconds: float) -> ParseError:
    return ParseError(source, "parse.timeout", f"parsing took longer than {seconds:g} s", "TimeoutError")


def parse_page(page: Page | ParseError, config: Config = DEFAULT_CONFIG,
               timeout: float | None = None) -> Article | ParseError:
    """One page to an :class:`Article`, or a :class:`ParseError` naming the page — never raises.

    ``timeout``: seconds the parse may take (see :mod:`wardnews._deadline` for what it can stop).
    """
    from ._pipeline import parse
    from .errors import WardnewsError

    if isinstance(page, ParseError):
        return page
    data = page.data
    if not data.strip():
        return ParseError(page.source, "input.empty", "the page is empty")
    if timeout is not None:
        _warm_up(config)
    try:
        with time_limit(timeout):
            _inject_fault(data)
            return parse(data, url=page.source.url, path=page.source.name, config=config)
    except TimeLimitExceeded:
        return _timed_out(page.source, timeout or 0)
    except WardnewsError as exc:
        cause = exc.__cause__ or exc
        return ParseError(page.source, exc.code, exc.reason, type(cause).__name__)
    except Exception as exc:  # noqa: BLE001 - the batch promise: one result per page, always
        return ParseError(page.source, "parse.failed", f"{type(exc).__name__}: {exc}", type(exc).__name__)


_WARMED: set[object] = set()  # the vocabularies this process has loaded for a timed parse
_WARM_PAGES = ("Tiêu đề\n\nPhường tổ chức hội nghị.",
               "<html><body><h1>Tiêu đề</h1><p>Phường tổ chức hội nghị.</p></body></html>")


def _warm_up(config: Config) -> None:
    """What the first page would load once (its vocabulary and patterns, the HTML platforms' profiles,
    lxml) loaded before any page's clock runs: a page's limit times the page, not the process's start."""
    from ._pipeline import parse

    key = config.vocabulary_key()
    if key in _WARMED:
        return
    _WARMED.add(key)
    for page in _WARM_PAGES:
        try:
            parse(page, config=config)
        except Exception:  # noqa: BLE001,S112 - a warm-up only: the real pages report their own failures
            continue


def _encoded(page: Page | ParseError, fmt: str, config: Config, timeout: float | None) -> Done | ParseError:
    from .writers import encode

    result = parse_page(page, config, timeout)
    if isinstance(result, ParseError):
        return result
    record = result.to_dict()
    mask = 0
    for i, name in enumerate(FIELD_NAMES):
        if record[name]:
            mask |= 1 << i
    return Done(encode(fmt, record), page.source, mask, tuple(w["code"] for w in record["warnings"]))


def _work(task: str, items: list[Page | ParseError], config: Config, timeout: float | None) -> list[Result]:
    """Run one chunk: ``task`` is ``"article"`` or an output format name."""
    if task == "article":
        return [parse_page(item, config, timeout) for item in items]
    return [_encoded(item, task, config, timeout) for item in items]


_WORKER_CONFIG: Config = DEFAULT_CONFIG
_WORKER_TIMEOUT: float | None = None


def _init_worker(config: Config, timeout: float | None) -> None:
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent decides when to stop
    global _WORKER_CONFIG, _WORKER_TIMEOUT
    _WORKER_CONFIG = config  # a Config pickles: frozen, its vocabulary stored as tuples
    _WORKER_TIMEOUT = timeout


def _work_in_worker(task: str, items: list[Page | ParseError]) -> list[Result]:
    return _work(task, items, _WORKER_CONFIG, _WORKER_TIMEOUT)


# --- chunks and the pool ------------------------------------------------------------------------

def _size(item: Page | ParseError) -> int:
    return len(item.data) if isinstance(item, Page) else 64


def _chunks(items: Iterable[Page | ParseError], max_pages: int) -> Iterator[list[Page | ParseError]]:
    chunk: list[Page | ParseError] = []
    size = 0
    for item in items:
        chunk.append(item)
        size += _size(item)
        if len(chunk) >= max_pages or size >= CHUNK_BYTES:
            yield chunk
            chunk, size = [], 0
    if chunk:
        yield chunk


def default_workers() -> int:
    """CPUs this process may use (affinity-aware where the platform says)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # pragma: no cover - macOS, Windows
        return os.cpu_count() or 1


_GRACE = 5.0  # seconds on top of the page limit before the parent kills a worker (start-up, pickling)


class _Pool:
    """A process pool fed a bounded number of chunks; rebuilt when a worker dies or hangs."""

    def __init__(self, workers: int, task: str, config: Config, timeout: float | None = None) -> None:
        self.workers, self.task, self.config, self.timeout = workers, task, config, timeout
        self.executor = self._new(workers)

    def _new(self, workers: int) -> Any:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        # forkserver: workers start from a clean, single-threaded parent (fork under threads is unsafe)
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
        return ProcessPoolExecutor(workers, mp_context=context, initializer=_init_worker,
                                   initargs=(self.config, self.timeout))

    def _stall(self, chunks: Iterable[list[Page | ParseError]]) -> float | None:
        """How long the pool may go without finishing a chunk: every page of the longest chunk
        at its limit. A worker's own timer stops a slow page well before; only a worker stuck
        where no signal reaches it lets this pass."""
        if not self.timeout:
            return None
        return self.timeout * max(len(chunk) for chunk in chunks) + _GRACE

    @staticmethod
    def _kill(executor: Any) -> None:
        for process in list((getattr(executor, "_processes", None) or {}).values()):
            process.kill()  # its futures then fail with BrokenProcessPool: the crash path takes over

    def run(self, chunks: Iterator[list[Page | ParseError]], ordered: bool) -> Iterator[list[Result]]:
        from concurrent.futures import FIRST_COMPLETED, wait
        from concurrent.futures.process import BrokenProcessPool

        pending: deque[tuple[Any, list[Page | ParseError]]] = deque()
        window = self.workers * 3
        exhausted = False
        try:
            while True:
                while not exhausted and len(pending) < window:
                    chunk = next(chunks, None)
                    if chunk is None:
                        exhausted = True
                    else:
                        pending.append((self.executor.submit(_work_in_worker, self.task, chunk), chunk))
                if not pending:
                    return
                waiting = [pending[0]] if ordered else list(pending)
                done, _ = wait([f for f, _ in waiting], timeout=self._stall(c for _, c in waiting),
                               return_when=FIRST_COMPLETED)
                if not done:  # a worker is stuck: kill the pool, then find the page as for a crash
                    self._kill(self.executor)
                    done, _ = wait([f for f, _ in waiting], return_when=FIRST_COMPLETED)
                ready = [p for p in waiting if p[0] in done]
                for entry in ready:
                    future, chunk = entry
                    try:
                        results = future.result()
                    except BrokenProcessPool:
                        yield from self._recover(pending, start=entry)
                        pending.clear()
                        break
                    except Exception as exc:  # noqa: BLE001 - e.g. a result that cannot be pickled
                        results = [_failed(item, exc) for item in chunk]
                    pending.remove(entry)
                    yield results
        finally:
            self.executor.shutdown(wait=True, cancel_futures=True)

    def _recover(self, pending: deque[tuple[Any, list[Page | ParseError]]],
                 start: tuple[Any, list[Page | ParseError]]) -> Iterator[list[Result]]:
        """A worker died or hung: re-run the chunks in flight one page at a time to find the culprit."""
        from concurrent.futures import TimeoutError as FutureTimeout
        from concurrent.futures.process import BrokenProcessPool

        self.executor.shutdown(wait=True, cancel_futures=True)
        chunks = [start[1]] + [entry[1] for entry in pending if entry is not start]
        single = self._new(1)
        limit = self.timeout + _GRACE if self.timeout else None
        try:
            for chunk in chunks:
                for item in chunk:
                    try:
                        result = single.submit(_work_in_worker, self.task, [item]).result(timeout=limit)
                    except (BrokenProcessPool, FutureTimeout) as exc:
                        hung = isinstance(exc, FutureTimeout)
                        if hung:
                            self._kill(single)
                        result = [_timed_out(item.source, self.timeout or 0) if hung and isinstance(item, Page)
                                  else _failed(item, exc, code="parse.crashed",
                                               reason="the worker process died while parsing this page")]
                        single.shutdown(wait=True)
                        single = self._new(1)
                    yield result
        finally:
            single.shutdown(wait=True)
        self.executor = self._new(self.workers)


def _failed(item: Page | ParseError, exc: BaseException, code: str = "parse.failed",
            reason: str | None = None) -> ParseError:
    if isinstance(item, ParseError):
        return item
    return ParseError(item.source, code, reason or f"{type(exc).__name__}: {exc}", type(exc).__name__)


def _results(items: Iterable[Page | ParseError], task: str, workers: int, ordered: bool,
             config: Config, timeout: float | None) -> Iterator[list[Result]]:
    if workers <= 1:  # in this process: no start-up cost, easy to debug, same code path per page
        for chunk in _chunks(items, 1):
            yield _work(task, chunk, config, timeout)
        return
    yield from _Pool(workers, task, config, timeout).run(_chunks(items, CHUNK_PAGES), ordered)


def _check_timeout(timeout: float | None) -> float | None:
    if timeout is not None and (isinstance(timeout, bool) or not isinstance(timeout, (int, float)) or timeout < 0):
        raise ValueError(f"timeout must be a number of seconds >= 0 or None, got {timeout!r}")
    return float(timeout) if timeout else None  # 0: no limit


def iter_parse(
    inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    workers: int = 1,
    ordered: bool = True,
    config: Config | None = None,
    include: Iterable[str] = (),
    exclude: Iterable[str] = (),
    url_field: str = "url",
    text_fields: Iterable[str] = DEFAULT_TEXT_FIELDS,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> Iterator[Article | ParseError]:
    """Parse every page in ``inputs`` (see :func:`wardnews.iter_pages`): one :class:`Article` or
    one :class:`ParseError` per page, never an exception for a bad page.

    ``workers > 1`` parses in that many processes (call it under ``if __name__ == "__main__":``
    in scripts, as for any process pool); ``ordered=False`` yields results as they finish.
    ``timeout``: seconds one page may take before it becomes a ``parse.timeout`` error (``None``
    or 0: no limit), in any thread; see :mod:`wardnews._deadline` for what it cannot stop.
    """
    if not isinstance(workers, int) or workers < 1:
        raise ValueError(f"workers must be a positive int, got {workers!r}")
    limit = _check_timeout(timeout)
    cfg = config or DEFAULT_CONFIG
    pages = read_inputs(as_inputs(inputs), read_options(include, exclude, url_field, text_fields, cfg.max_bytes))
    for results in _results(pages, "article", workers, ordered, cfg, limit):
        yield from results


# --- the batch command ----------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class BatchReport:
    """What a batch did. ``pages_in == skipped + records_out + errors + unfinished`` always;
    ``unfinished`` is non-zero only for an interrupted run (read, not yet written)."""

    pages_in: int
    skipped: int
    records_out: int
    errors: int
    unfinished: int
    error_codes: dict[str, int]
    warnings: dict[str, int]
    fields: dict[str, int]
    seconds: float
    workers: int
    interrupted: bool

    @property
    def exit_code(self) -> int:
        return 130 if self.interrupted else 1 if self.errors else 0

    def lines(self) -> list[str]:
        """The closing summary, for people."""
        rate = (self.records_out + self.errors) / self.seconds if self.seconds > 0 else 0.0
        skipped = f" ({self.skipped} already done)" if self.skipped else ""
        out = [(f"{self.pages_in} pages in{skipped}, {self.records_out} records out, {self.errors} errors"
                f" — {self.seconds:.1f} s, {rate:.0f} pages/s, {self.workers} worker(s)")]
        if self.interrupted:
            out.append(f"interrupted: {self.unfinished} pages read but not written; "
                       "run again with --resume to finish")
        if self.error_codes:
            out.append("errors: " + ", ".join(f"{k} {v}" for k, v in _by_count(self.error_codes)))
        if self.warnings:
            out.append("warnings: " + ", ".join(f"{k} {v}" for k, v in _by_count(self.warnings)))
        if self.records_out:
            out.append("fields: " + ", ".join(f"{k} {self.fields.get(k, 0)}/{self.records_out}"
                                              for k in FIELD_NAMES))
        return out


def _by_count(counts: dict[str, int]) -> list[tuple[str, int]]:
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


@dataclass
class _Tally:
    read: int = 0
    skipped: int = 0
    records: int = 0
    errors: int = 0
    error_codes: Counter[str] = field(default_factory=Counter)
    warnings: Counter[str] = field(default_factory=Counter)
    fields: Counter[str] = field(default_factory=Counter)


def run(
    inputs: list[str],
    output: str,
    fmt: str,
    *,
    workers: int,
    ordered: bool = False,
    resume: bool = False,
    errors_path: str | None = None,
    read_options: ReadOptions | None = None,
    config: Config = DEFAULT_CONFIG,
    progress: bool = False,
    on_error: Callable[[ParseError], None] | None = None,
    should_stop: Callable[[], bool] = lambda: False,
    timeout: float | None = DEFAULT_TIMEOUT,
) -> BatchReport:
    """Read, parse and write every page of ``inputs`` to ``output``; see ``wardnews batch --help``.

    Raises :class:`~wardnews.writers.ResumeError` before any work when ``resume`` cannot continue
    the existing output.
    """
    from . import writers

    limit = _check_timeout(timeout)
    started = time.monotonic()
    read_options = read_options or ReadOptions(max_bytes=config.max_bytes)  # read and parse to one limit
    done: Counter[writers.Key] = Counter()
    done_errors: Counter[writers.Key] = Counter()
    if resume:
        done = writers.resume_keys(output, fmt)
        if errors_path:
            done_errors = writers.resume_keys(errors_path, "jsonl")
    writer = writers.open_writer(output, fmt, append=resume and bool(done), has_records=bool(done))
    err_writer = writers.JsonlWriter(errors_path, append=resume) if errors_path else None
    tally = _Tally()
    bar = _progress_bar(inputs, read_options) if progress else None

    def advance(nbytes: int) -> None:
        if bar is not None:
            bar.update(nbytes)

    def todo() -> Iterator[Page | ParseError]:
        for item in read_inputs(inputs, read_options, advance):
            tally.read += 1
            if done or done_errors:  # a page that failed to parse before is in the errors file
                key = writers.key_of(item.source.name, item.source.sha256)
                ledger = done_errors if isinstance(item, ParseError) or done[key] <= 0 else done
                if ledger[key] > 0:
                    ledger[key] -= 1
                    tally.skipped += 1
                    continue
            yield item

    interrupted = False
    last_postfix = 0.0
    try:
        for results in _results(todo(), fmt, workers, ordered, config, limit):
            for result in results:
                if isinstance(result, ParseError):
                    tally.errors += 1
                    tally.error_codes[result.code] += 1
                    if err_writer is not None:
                        err_writer.write_encoded(writers.encode("jsonl", result.to_dict()))
                    if on_error is not None:
                        on_error(result)
                else:
                    writer.write_encoded(result.payload)
                    tally.records += 1
                    tally.warnings.update(result.warnings)
                    if result.fields:
                        tally.fields.update(n for i, n in enumerate(FIELD_NAMES) if result.fields >> i & 1)
            if bar is not None and time.monotonic() - last_postfix > 0.5:
                last_postfix = time.monotonic()
                rate = (tally.records + tally.errors) / max(last_postfix - started, 1e-9)
                bar.set_postfix_str(f"{tally.records + tally.errors + tally.skipped} pages, {rate:.0f} pages/s",
                                    refresh=False)
            if should_stop():
                interrupted = True
                break
    finally:
        if bar is not None:
            bar.close()
        try:
            writer.close()
        finally:
            if err_writer is not None:
                err_writer.close()
    unfinished = tally.read - tally.skipped - tally.records - tally.errors
    return BatchReport(tally.read, tally.skipped, tally.records, tally.errors, unfinished,
                       dict(tally.error_codes), dict(tally.warnings), dict(tally.fields),
                       time.monotonic() - started, workers, interrupted)


def _progress_bar(inputs: list[str], opts: ReadOptions) -> Any:
    """A tqdm bar over input bytes (the only total known before reading archives) with pages/s."""
    import sys

    from tqdm import tqdm

    from ._io import input_bytes

    return tqdm(total=input_bytes(inputs, opts), unit="B", unit_scale=True, unit_divisor=1024,
                file=sys.stderr, dynamic_ncols=True, mininterval=0.25,
                bar_format="{percentage:3.0f}%|{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}{postfix}]")
