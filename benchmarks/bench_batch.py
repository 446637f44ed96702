"""Benchmark ``wardnews batch``: pages/s with -j 1 and -j 2, and peak RSS at two archive sizes.

    python benchmarks/bench_batch.py                      # 50,000 pages; RSS also at 10,000
    python benchmarks/bench_batch.py --pages 5000 --small 1000 --kind jsonl

The archive is generated: the committed fixture pages (fixtures/pages/*/input.*) and, when the
team's corpus sits beside the checkout (../shared/corpus, or $WARDNEWS_CORPUS), its real text
and HTML pages, each copied many times with a serial number in its first line so that every
page has its own sha256. Peak RSS is each process's VmHWM, read from /proc while it runs: the
batch (reading and writing) process and the largest worker, separately.
"""
from __future__ import annotations

import argparse
import gzip
import io
import json
import os
import subprocess
import sys
import tarfile
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the page generator is shared with the tests

from _scale_inputs import CORPUS, base_pages, descendants, numbered


def generate(path: Path, n: int, kind: str) -> Path:
    pages = base_pages()
    if kind == "tar":
        path = path.with_suffix(".tar.gz")
        with tarfile.open(path, "w:gz", compresslevel=1) as tar:
            for i in range(n):
                ext, data = pages[i % len(pages)]
                info = tarfile.TarInfo(f"pages/{i:06d}{ext}")
                page = numbered(data, ext, i)
                info.size = len(page)
                tar.addfile(info, io.BytesIO(page))
    elif kind == "zip":
        path = path.with_suffix(".zip")
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
            for i in range(n):
                ext, data = pages[i % len(pages)]
                z.writestr(f"pages/{i:06d}{ext}", numbered(data, ext, i))
    elif kind == "jsonl":
        path = path.with_suffix(".jsonl.gz")
        with gzip.open(path, "wt", encoding="utf-8", compresslevel=1) as f:
            for i in range(n):
                ext, data = pages[i % len(pages)]
                text = numbered(data, ext, i).decode("utf-8", "replace")
                f.write(json.dumps({"url": f"https://example.gov.vn/tin/{i}", "text": text}, ensure_ascii=False))
                f.write("\n")
    elif kind == "warc":
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        path = path.with_suffix(".warc.gz")
        with open(path, "wb") as out:
            writer = WARCWriter(out, gzip=True)
            for i in range(n):
                ext, data = pages[i % len(pages)]
                ctype = "text/html; charset=utf-8" if ext == ".html" else "text/plain; charset=utf-8"
                headers = StatusAndHeaders("200 OK", [("Content-Type", ctype)], protocol="HTTP/1.1")
                writer.write_record(writer.create_warc_record(
                    f"https://example.gov.vn/tin/{i}", "response", payload=io.BytesIO(numbered(data, ext, i)),
                    http_headers=headers))
    else:
        raise SystemExit(f"unknown kind {kind!r}")
    return path


def _status(pid: int) -> tuple[int, float]:
    """(VmHWM in KiB, CPU seconds so far) of one process; zeros once it is gone."""
    hwm, cpu = 0, 0.0
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    hwm = int(line.split()[1])
                    break
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        cpu = (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        pass
    return hwm, cpu


def measure(cmd: list[str]) -> dict[str, float]:
    """Run ``cmd``: wall time, CPU seconds of the whole process tree, peak RSS (MiB) of the
    process itself and of its largest descendant (a worker), and the load average before it."""
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    main_peak = worker_peak = 0
    cpu: dict[int, float] = {}
    while proc.poll() is None:
        hwm, cpu[proc.pid] = _status(proc.pid)
        main_peak = max(main_peak, hwm)
        for child in descendants(proc.pid):
            hwm, seconds = _status(child)
            worker_peak = max(worker_peak, hwm)
            cpu[child] = max(cpu.get(child, 0.0), seconds)
        time.sleep(0.1)
    wall = time.perf_counter() - started
    err = proc.stderr.read().decode() if proc.stderr else ""
    if proc.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err}")
    return {"seconds": wall, "cpu_seconds": sum(cpu.values()), "load_before": load, "rc": proc.returncode,
            "main_mib": main_peak / 1024, "worker_mib": worker_peak / 1024}


def run_batch(archive: Path, workers: int, out: Path) -> dict[str, float]:
    cmd = [sys.executable, "-m", "wardnews", "batch", str(archive), "-o", str(out), "-j", str(workers), "-q"]
    result = measure(cmd)
    with open(out, "rb") as f:
        result["records"] = sum(1 for _ in f)
    return result


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pages", type=int, default=50_000)
    ap.add_argument("--small", type=int, default=10_000, help="second size for the RSS comparison")
    ap.add_argument("--kind", choices=["tar", "zip", "jsonl", "warc"], default="tar")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON too")
    args = ap.parse_args(argv)

    print(f"python {sys.version.split()[0]}, {os.cpu_count()} CPUs; base pages: {len(base_pages())} "
          f"({'with' if CORPUS.exists() else 'without'} the shared corpus)")
    figures: dict[str, object] = {"pages": args.pages, "kind": args.kind}
    with tempfile.TemporaryDirectory(prefix="wardnews-bench-") as tmp:
        big = generate(Path(tmp) / "big", args.pages, args.kind)
        small = generate(Path(tmp) / "small", args.small, args.kind)
        print(f"archive: {big.name}, {args.pages} pages, {big.stat().st_size / 2**20:.1f} MiB")
        rates = {}
        for workers in (1, 2):
            r = run_batch(big, workers, Path(tmp) / f"out-j{workers}.jsonl")
            rates[workers] = r["records"] / r["seconds"]
            figures[f"j{workers}"] = r
            print(f"-j {workers}: {r['records']:.0f} records in {r['seconds']:.1f} s = {rates[workers]:.0f} pages/s "
                  f"({r['cpu_seconds'] / r['records'] * 1000:.2f} CPU-ms/page, load before {r['load_before']:.1f}); "
                  f"peak RSS batch {r['main_mib']:.0f} MiB, largest worker {r['worker_mib']:.0f} MiB")
        ratio = rates[2] / rates[1]
        figures["speedup"] = ratio
        print(f"speed-up -j 2 / -j 1: {ratio:.2f}x (target >= 1.7x)")
        if max(figures["j1"]["load_before"], figures["j2"]["load_before"]) > 0.5:  # type: ignore[index]
            print("warning: the machine was busy before a run (load average > 0.5): wall-clock figures are low")
        s = run_batch(small, 2, Path(tmp) / "out-small.jsonl")
        figures["small_j2"] = s
        print(f"peak RSS, -j 2: {args.small} pages: batch {s['main_mib']:.0f} MiB, worker {s['worker_mib']:.0f} MiB; "
              f"{args.pages} pages: batch {figures['j2']['main_mib']:.0f} MiB, "  # type: ignore[index]
              f"worker {figures['j2']['worker_mib']:.0f} MiB")  # type: ignore[index]
    if args.json:
        print(json.dumps(figures, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
