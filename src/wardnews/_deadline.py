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
    page after page with the same limit costs it no wake-up at all.

    A raise made pending in a thread can land at any bytecode, also inside this class's own
    code as the thread leaves its block. So the threads under a limit take only a C lock with
    ``with`` (no Python frame between acquiring and the release being guaranteed): a raise that
    lands there releases the lock on its way out. ``threading.Condition.__enter__`` is Python
    code; a raise landing in it once kept the lock for good and hung every later block."""

    def __init__(self) -> None:
        self._lock = threading.Lock()  # a C lock: see above
        self._cond = threading.Condition(self._lock)  # waited on by the watchdog thread only
        self._deadlines: dict[int, tuple[float, int]] = {}  # token → (monotonic deadline, thread id)
        self._fired: dict[int, int] = {}  # thread id → token whose raise was made pending there
        self._wake_at = float("inf")
        self._tokens = count()
        self._thread: threading.Thread | None = None

    def arm(self, seconds: float) -> int:
        deadline = time.monotonic() + seconds
        thread_id = threading.get_ident()
        with self._lock:
            token = next(self._tokens)
            self._deadlines[token] = (deadline, thread_id)
            self._fired.pop(thread_id, None)  # a late raise of an earlier block of this thread landed
            if self._thread is None or not self._thread.is_alive():
                self._thread = threading.Thread(target=self._run, name="wardnews-watchdog", daemon=True)
                self._thread.start()
            elif deadline < self._wake_at:
                self._cond.notify()
        return token

    def disarm(self, token: int, thread_id: int) -> None:
        """End the block: once this returns, no raise of its deadline can be pending any more."""
        with self._lock:
            self._deadlines.pop(token, None)
            if self._fired.get(thread_id) == token:  # fired, maybe not yet landed: clear it
                del self._fired[thread_id]
                _async_raise(thread_id, None)

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for token, (deadline, thread_id) in list(self._deadlines.items()):
                    if deadline <= now:
                        del self._deadlines[token]
                        self._fired[thread_id] = token
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


class time_limit:  # lower case: used like a function, ``with time_limit(2.0): ...``
    """Raise :class:`TimeLimitExceeded` in the block once it has run ``seconds`` (``None`` or 0:
    no limit). Blocks under a limit may nest only in different threads. A raise that comes as
    the block ends surfaces from the ``with`` statement itself, never from code after it.

    A class rather than a generator context manager: its exit runs in the thread that entered,
    whereas a generator whose exit was cut short is closed later by whichever thread collects it."""

    __slots__ = ("_previous", "_signal", "_thread_id", "_token", "seconds")

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._signal: Any = None
        self._token: int | None = None

    def __enter__(self) -> None:
        if not self.seconds:
            return
        self._signal = _signal_timer()
        if self._signal is not None:
            self._previous = self._signal.signal(self._signal.SIGALRM, _raise_in_main)
            self._signal.setitimer(self._signal.ITIMER_REAL, self.seconds)
        else:
            self._thread_id = threading.get_ident()
            self._token = _watchdog.arm(self.seconds)

    def __exit__(self, *exc_info: object) -> None:
        if self._signal is not None:
            self._signal.setitimer(self._signal.ITIMER_REAL, 0)
            self._signal.signal(self._signal.SIGALRM, self._previous)
        elif self._token is not None:
            _watchdog.disarm(self._token, self._thread_id)
