"""Pages/s of the scale-out engines against the plain batch, on the same generated input.

    python benchmarks/bench_spark.py                 # 20,000 pages: batch -j1/-j2, Spark local[1]/[2], Dask 1/2
    python benchmarks/bench_spark.py --pages 5000 --no-dask

The input is half loose page files in folders, half pages in WARC.gz files (one Spark task /
Dask partition each), cycling through the committed fixture pages and, when the team's corpus
sits beside the checkout (../shared/corpus or $WARDNEWS_CORPUS), its real text and HTML pages;
each copy is numbered so that every page has its own sha256.

Each engine runs in its own process. "job" is the parse-and-write time after the engine is up
(Spark: the JVM and a first small job have run, so Python workers are warm; Dask: the cluster is
up); "end to end" adds start-up, as a user of the command sees it. Batch is ``wardnews.iter_parse``
(no output file); the engines write their Parquet dataset, so they do a little more. "CPU" is the
user + system time of the run's whole process tree, start-up included: unlike wall time it barely
changes when other work shares the machine (the 1-minute load average is printed after each run).
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))  # the page generator is shared with the tests

from _scale_inputs import base_pages, numbered

WARCS = 8


def _warc_response(url: str, body: bytes, i: int) -> bytes:
    http = (f"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: {len(body)}\r\n\r\n"
            ).encode() + body
    head = (f"WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: {url}\r\nWARC-Date: 2024-05-01T08:00:00Z\r\n"
            f"WARC-Record-ID: <urn:uuid:{uuid.UUID(int=i)}>\r\nContent-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http)}\r\n\r\n").encode()
    return gzip.compress(head + http + b"\r\n\r\n", compresslevel=1, mtime=0)


def generate(root: Path, n: int) -> Path:
    pages = base_pages()
    base = root / "input"
    loose = n // 2
    for i in range(loose):
        ext, data = pages[i % len(pages)]
        folder = base / "pages" / f"{i // 1000:03d}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{i:06d}{ext}").write_bytes(numbered(data, ext, i))
    (base / "crawl").mkdir(parents=True)
    warcs: list[list[bytes]] = [[] for _ in range(WARCS)]
    for i in range(loose, n):
        ext, data = pages[i % len(pages)]
        warcs[i % WARCS].append(_warc_response(f"https://phuong.example.gov.vn/tin/{i}.html", numbered(data, ext, i), i))
    for w, records in enumerate(warcs):
        (base / "crawl" / f"crawl-{w:05d}.warc.gz").write_bytes(b"".join(records))
    return base


def run_batch(inputs: str, workers: int) -> dict:
    import wardnews

    started = time.monotonic()
    count = sum(1 for _ in wardnews.iter_parse(inputs, workers=workers, ordered=False))
    seconds = time.monotonic() - started
    return {"pages": count, "job": seconds, "total": seconds}


def run_spark(inputs: str, master: str, out: str) -> dict:
    from wardnews import spark as ws

    started = time.monotonic()
    session = ws.session(master, conf={"spark.ui.enabled": "false", "spark.sql.shuffle.partitions": "4"})
    session.sparkContext.setLogLevel("ERROR")
    warm = ROOT / "fixtures" / "pages"
    ws.normalize(session, [str(warm)], out + "-warmup", mode="overwrite")  # JVM, codegen, Python workers
    up = time.monotonic()
    report = ws.normalize(session, [inputs], out, mode="overwrite")
    done = time.monotonic()
    session.stop()
    return {"pages": report.rows, "job": done - up, "total": done - started}


def run_dask(inputs: str, workers: int, out: str) -> dict:
    from distributed import Client, LocalCluster

    from wardnews import dask as wd

    started = time.monotonic()
    with LocalCluster(n_workers=workers, threads_per_worker=1, dashboard_address=":0") as cluster, Client(cluster):
        up = time.monotonic()
        report = wd.to_parquet(wd.from_inputs([inputs]), out, overwrite=True)
        done = time.monotonic()
    return {"pages": report.rows, "job": done - up, "total": done - started}


def child(args: argparse.Namespace) -> None:
    if args.child == "batch":
        result = run_batch(args.inputs, args.n)
    elif args.child == "spark":
        result = run_spark(args.inputs, f"local[{args.n}]", args.out)
    else:
        result = run_dask(args.inputs, args.n, args.out)
    print("RESULT " + json.dumps(result), flush=True)


def _tree_cpu(root: int, seen: dict[int, float]) -> None:
    """Add the CPU seconds (user + system) so far of ``root`` and all its descendants to ``seen``."""
    tick = os.sysconf("SC_CLK_TCK")
    children: dict[int, list[int]] = {}
    stats: dict[int, float] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except OSError:
            continue
        children.setdefault(int(fields[1]), []).append(int(entry))
        stats[int(entry)] = (int(fields[11]) + int(fields[12])) / tick
    todo = [root]
    while todo:
        pid = todo.pop()
        if pid in stats:
            seen[pid] = max(seen.get(pid, 0.0), stats[pid])
        todo += children.get(pid, [])


def measure(engine: str, n: int, inputs: Path, out: Path) -> dict:
    """Run one engine in a child process; CPU seconds are summed over the child's whole process
    tree (JVM, Python workers, Dask nannies and workers), sampled every 0.1 s from /proc."""
    proc = subprocess.Popen([sys.executable, __file__, "--child", engine, "--n", str(n), "--inputs", str(inputs),
                             "--out", str(out / f"{engine}-{n}")], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    seen: dict[int, float] = {}
    while proc.poll() is None:
        _tree_cpu(proc.pid, seen)
        time.sleep(0.1)
    stdout, stderr = proc.communicate()
    for line in stdout.splitlines():
        if line.startswith("RESULT "):
            return {**json.loads(line[len("RESULT "):]), "cpu": sum(seen.values())}
    raise RuntimeError(f"{engine} {n} failed:\n{stdout[-2000:]}\n{stderr[-4000:]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=20_000)
    parser.add_argument("--no-dask", action="store_true")
    parser.add_argument("--child", choices=["batch", "spark", "dask"], help=argparse.SUPPRESS)
    parser.add_argument("--n", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--inputs", help=argparse.SUPPRESS)
    parser.add_argument("--out", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args)
        return
    with tempfile.TemporaryDirectory(prefix="wardnews-bench-") as tmp:
        inputs = generate(Path(tmp), args.pages)
        size = sum(f.stat().st_size for f in inputs.rglob("*") if f.is_file())
        print(f"input: {args.pages} pages ({args.pages // 2} loose files, {args.pages - args.pages // 2} in "
              f"{WARCS} WARC.gz files), {size / 2**20:.0f} MiB, {len(base_pages())} distinct base pages; "
              f"{os.cpu_count()} CPUs", flush=True)
        runs = [("batch", 1, "batch -j 1"), ("batch", 2, "batch -j 2"),
                ("spark", 1, "spark local[1]"), ("spark", 2, "spark local[2]")]
        if not args.no_dask:
            runs += [("dask", 1, "dask 1 worker"), ("dask", 2, "dask 2 workers")]
        for engine, n, label in runs:
            r = measure(engine, n, inputs, Path(tmp))
            assert r["pages"] == args.pages, r
            print(f"{label:16} job {r['job']:6.1f} s {r['pages'] / r['job']:6.0f} pages/s | end to end "
                  f"{r['total']:6.1f} s {r['pages'] / r['total']:6.0f} pages/s | CPU {r['cpu']:6.1f} s "
                  f"{1000 * r['cpu'] / r['pages']:5.2f} s/1000 pages | load {os.getloadavg()[0]:.1f}", flush=True)


if __name__ == "__main__":
    main()
