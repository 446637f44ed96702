"""A time limit on a block of Python code, in any thread: how a batch stops one slow page.

In the main thread of a Unix process a timer signal (``SIGALRM``) interrupts the block, even
inside a sleep. In any other thread (a Dask or Spark task thread, a web server's worker, a
library user's own pool) and where there is no timer signal, one watchdog thread per process
raises the exception in the late thread with ``PyThreadState_SetAsyncExc``. Either way the
exception arrives between two bytecodes: a single C call that never returns (a regex without
its own timeout, a blocked read) is not interrupted, which is why the batch's parent process
also kills a worker that stops answering.
"""
from __future__ import annotations

import os
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count
from typing import Any

__all__ = ["TimeLimitExceeded", "time_limit"]


class TimeLimitExceeded(BaseException):
    """Raised inside the block when its time is up. A BaseException, so that code under the
    limit that catches ``Exception`` (as ``parse()`` does to wrap failures) lets it through."""


def _raise_in_main(signum: int, frame: object) -> None:
    raise TimeLimitExceeded


def _async_raise(thread_id: int, exc: type[BaseException] | None) -> bool:
    """Make ``exc`` pending in the thread (``None`` clears a pending one); False where the
    interpreter has no such call (not CPython)."""
    try:
        import ctypes

        set_async_exc = ctypes.pythonapi.PyThreadState_SetAsyncExc
    except (ImportError, AttributeError):
        return False
    set_async_exc(ctypes.c_ulong(thread_id), ctypes.py_object(exc) if exc is not None else None)
    return True


class _Watchdog:
    """One daemon thread holding every armed deadline of the process. Arming a deadline wakes it
    only when that deadline comes before the one it already sleeps towards, so a thread parsing
    page after page with the same limit costs it no wake-up at all."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._deadlines: dict[int, tuple[float, int]] = {}  # token → (monotonic deadline, thread id)
        self._fired: set[int] = set()
        self._wake_at = float("inf")
        self._tokens = count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float) -> int:
        deadline = time.monotonic() + seconds
        with self._cond:
            token = next(self._tokens)
            self._deadlines[token] = (deadline, threading.get_ident())
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="wardnews-watchdog", daemon=True)
                self._thread.start()
            elif deadline < self._wake_at:
                self._cond.notify()
        return token

    def disarm(self, token: int) -> None:
        with self._cond:
            self._deadlines.pop(token, None)
            if token in self._fired:  # fired, maybe not yet raised: it must not escape the block
                self._fired.discard(token)
                _async_raise(threading.get_ident(), None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for token, (deadline, thread_id) in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[token]
                        self._fired.add(token)
                        _async_raise(thread_id, TimeLimitExceeded)
                self._wake_at = min((d for d, _ in self._deadlines.values()), default=float("inf"))
                self._cond.wait(None if self._wake_at == float("inf") else self._wake_at - now)


_watchdog = _Watchdog()


def _after_fork() -> None:  # the child has no watchdog thread, and its lock may be held
    global _watchdog
    _watchdog = _Watchdog()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_after_fork)


def _signal_timer() -> Any:
    """The ``signal`` module where this thread can use a real-time timer signal, else None."""
    import signal

    if hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread():
        return signal
    return None


@contextmanager
def time_limit(seconds: float | None) -> Iterator[None]:
    """Raise :class:`TimeLimitExceeded` in the block once it has run ``seconds`` (``None`` or 0:
    no limit). Blocks under a limit may nest only in different threads."""
    if not seconds:
        yield
        return
    signal = _signal_timer()
    if signal is not None:
        previous = signal.signal(signal.SIGALRM, _raise_in_main)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    watchdog = _watchdog
    token = watchdog.arm(seconds)
    try:
        yield
    finally:
        watchdog.disarm(token)
