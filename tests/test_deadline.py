"""The per-page time limit (``wardnews._deadline``): stops a slow block in the main thread and in
any other thread, and never lets its exception escape after the block has ended."""
from __future__ import annotations

import os
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

from wardnews._deadline import TimeLimitExceeded, time_limit
from wardnews.batch import FAULT_ENV


def _spin(seconds: float) -> int:
    """Python work (no long C call), as a slow parse is."""
    until, n = time.monotonic() + seconds, 0
    while time.monotonic() < until:
        n += 1
    return n


def _stopped_after(limit: float, work: float) -> float | None:
    started = time.monotonic()
    try:
        with time_limit(limit):
            _spin(work)
    except TimeLimitExceeded:
        return time.monotonic() - started
    return None


def test_a_slow_block_is_stopped_in_the_main_thread() -> None:
    took = _stopped_after(0.2, 10)
    assert took is not None and took < 5


def test_a_slow_block_is_stopped_in_other_threads_each_on_its_own_limit() -> None:
    with ThreadPoolExecutor(4) as pool:
        slow = [pool.submit(_stopped_after, 0.2, 10) for _ in range(3)]
        fast = pool.submit(_stopped_after, 5, 0.05)
        took = [f.result(timeout=30) for f in slow]
    assert all(t is not None and t < 5 for t in took), took
    assert fast.result() is None  # finished under its limit: not stopped


@pytest.mark.parametrize("limit", [None, 0])
def test_no_limit(limit) -> None:
    assert _stopped_after(limit, 0.05) is None


def test_the_exception_never_escapes_after_the_block() -> None:
    """Blocks that end just as their time is up: the late exception is raised inside the block (or
    by its ``with`` statement) or cleared, never in the code that runs after it; and a raise that
    lands in the limit's own exit code leaves no lock held (that once hung the next block for good,
    and the interpreter's exit with it)."""
    def many() -> int:
        stopped = 0
        for i in range(400):
            try:
                with time_limit(0.001 + (i % 3) * 0.0005):
                    _spin(0.0015)
            except TimeLimitExceeded:
                stopped += 1
        _spin(0.1)  # a pending exception would be raised here, outside any block
        return stopped

    errors: list[BaseException] = []
    stopped: list[int] = []

    def run() -> None:
        try:
            stopped.append(many())
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=run, daemon=True) for _ in range(4)]  # daemon: a hang fails, not blocks exit
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert not any(t.is_alive() for t in threads), "a thread is stuck in time_limit"
    assert not errors
    assert len(stopped) == 4 and all(0 < n < 400 for n in stopped), stopped  # both endings were reached


def test_iter_parse_in_a_worker_thread_times_the_slow_page_out(tmp_path) -> None:
    """In a fresh process, so that the fault hook's environment variable stays out of this one."""
    import subprocess
    import sys

    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(4):
        (folder / f"{i}.txt").write_text(f"Tiêu đề {i}\n\nPhường tổ chức hội nghị lần thứ {i}.\n", encoding="utf-8")
    with (folder / "2.txt").open("a", encoding="utf-8") as f:
        f.write("SLOW-HERE\n")
    script = (
        "import sys, time, wardnews\n"
        "from concurrent.futures import ThreadPoolExecutor\n"
        "started = time.monotonic()\n"
        "with ThreadPoolExecutor(1) as pool:  # not the main thread: no timer signal there\n"
        "    results = pool.submit(lambda: list(wardnews.iter_parse(sys.argv[1], timeout=1.0))).result(timeout=60)\n"
        "print(round(time.monotonic() - started, 1))\n"
        "for r in results:\n"
        "    print(f'{r.source.name} {r.code}' if isinstance(r, wardnews.ParseError) else 'page article')\n"
    )
    env = {**os.environ, FAULT_ENV: "sleep:SLOW-HERE"}  # a minute of short naps inside the parse
    proc = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True,
                          timeout=120, env=env, check=False)
    assert proc.returncode == 0, proc.stderr
    took, *lines = proc.stdout.split("\n")
    assert float(took) < 20
    assert f"{folder / '2.txt'} parse.timeout" in lines
    assert sum(line.endswith(" article") for line in lines) == 3


def test_a_page_limit_times_the_page_not_the_first_loads(tmp_path) -> None:
    """In a fresh process, the first page's limit does not count the vocabulary and the HTML profiles
    loaded once (a tenth of a second or more): they are loaded before the clock runs."""
    import subprocess
    import sys

    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / "0.html").write_text("<html><body><h1>Tiêu đề</h1><p>Phường tổ chức hội nghị.</p></body></html>",
                                   encoding="utf-8")
    (folder / "1.txt").write_text("Tiêu đề\n\nPhường tổ chức hội nghị lần thứ hai.\n", encoding="utf-8")
    script = ("import sys, wardnews\n"
              "for r in wardnews.iter_parse(sys.argv[1], timeout=0.1):\n"
              "    print(type(r).__name__)\n")
    proc = subprocess.run([sys.executable, "-c", script, str(folder)], capture_output=True, text=True, timeout=120,
                          check=False)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["Article", "Article"]
