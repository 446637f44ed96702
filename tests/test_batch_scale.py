"""Memory stays flat: a 20,000-page batch peaks at (nearly) the RSS of a 2,000-page one.

Peak RSS is each process's VmHWM read from /proc while the batch runs — the batch process
(reading, writing) and its largest worker (parsing) separately — measured, not estimated.
"""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from _scale_inputs import descendants
from test_batch import invented_html, invented_text

pytestmark = pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads VmHWM from /proc (Linux)")

BOUND_MIB = 150  # measured ~35-45 MiB per process on CPython 3.11; a leak of one record per page breaks it
GROWTH_MIB = 20  # 10x the pages may cost this much more (allocator noise), not 10x the memory


def _hwm_mib(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


def run_measured(args: list[str]) -> tuple[int, float, float, str]:
    """Exit code, peak RSS (MiB) of the batch process and of its largest descendant, stderr."""
    proc = subprocess.Popen([sys.executable, "-m", "wardnews", *args], stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True)
    main = worker = 0.0
    while proc.poll() is None:
        main = max(main, _hwm_mib(proc.pid))
        for child in descendants(proc.pid):
            worker = max(worker, _hwm_mib(child))
        time.sleep(0.05)
    return proc.returncode, main, worker, proc.stderr.read() if proc.stderr else ""


def write_pages(path: Path, n: int) -> None:
    with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
        for i in range(n):
            if i % 1000 == 999:
                record = {"url": f"https://p.gov.vn/{i}", "text": ""}  # an empty page: an error, counted
            elif i % 10 == 9:
                record = {"url": f"https://p.gov.vn/{i}.html", "html": invented_html(i).decode("utf-8")}
            else:
                record = {"url": f"https://p.gov.vn/{i}", "text": invented_text(i)}
            f.write(json.dumps(record, ensure_ascii=False) + "\n")


def test_memory_is_flat_in_the_number_of_pages(tmp_path: Path) -> None:
    peaks = {}
    for n in (2_000, 20_000):
        pages = tmp_path / f"pages-{n}.jsonl.gz"
        write_pages(pages, n)
        out, err = tmp_path / f"out-{n}.jsonl", tmp_path / f"err-{n}.jsonl"
        rc, main, worker, stderr = run_measured(["batch", str(pages), "-o", str(out), "--errors", str(err), "-j", "2"])
        assert rc == 1, stderr  # the empty pages
        with open(out, "rb") as f:
            records = sum(1 for _ in f)
        with open(err, "rb") as f:
            errors = sum(1 for _ in f)
        assert (records, errors) == (n - n // 1000, n // 1000)
        assert f"{n} pages in, {records} records out, {errors} errors" in stderr
        assert main > 0 and worker > 0
        peaks[n] = (main, worker)
    (main_small, worker_small), (main_big, worker_big) = peaks[2_000], peaks[20_000]
    print(f"peak RSS MiB: 2k pages batch {main_small:.1f} worker {worker_small:.1f}; "
          f"20k pages batch {main_big:.1f} worker {worker_big:.1f}")
    assert main_big < BOUND_MIB and worker_big < BOUND_MIB
    assert main_big - main_small < GROWTH_MIB and worker_big - worker_small < GROWTH_MIB
