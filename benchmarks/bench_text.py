"""Speed of the text path: wardnews vs trafilatura on the same pages, in the same run.

Reports, for the dev corpus (when ../shared/corpus/dev exists) and for fixtures/pages: median
and p95 parse time per page, pages per second on one core, peak memory (tracemalloc, Python
allocations during parsing), and trafilatura's figures on the same pages (text wrapped one <p>
per line, the way shared/tools/score.py feeds it) with the speed ratio. Also the cost of
``import wardnews`` in a fresh interpreter and whether dateparser got imported.

    python benchmarks/bench_text.py [--json OUT.json]
"""
from __future__ import annotations

import argparse
import gc
import html
import json
import statistics
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from _scale_inputs import CORPUS  # noqa: E402  the one definition (honours $WARDNEWS_CORPUS)

DEV = CORPUS / "dev"


def load_pages() -> dict[str, list[str]]:
    sets: dict[str, list[str]] = {}
    if DEV.exists():
        sets["dev corpus"] = [p.read_text("utf-8") for p in sorted(DEV.glob("*.txt"))]
    fixtures = sorted((ROOT / "fixtures" / "pages").glob("*/input.txt"))
    sets["fixtures"] = [p.read_text("utf-8") for p in fixtures]
    return sets


def as_html(page: str) -> str:
    """The same wrapping score.py uses for trafilatura: first line <h1>, one <p> per line."""
    lines = [ln for ln in page.splitlines() if ln.strip()]
    head = f"<h1>{html.escape(lines[0])}</h1>" if lines else ""
    paras = "".join(f"<p>{html.escape(ln)}</p>" for ln in lines[1:])
    title = html.escape(lines[0]) if lines else ""
    return f"<html><head><title>{title}</title></head><body><article>{head}{paras}</article></body></html>"


def timed(fn, pages: list, warm: list) -> tuple[list[float], float]:
    """One pass over pages the engine has not seen, after a warm-up on other pages.

    Each page is parsed once: trafilatura (through htmldate) caches work per document string,
    so timing the same pages again measures its caches, not its parsing. Our own per-text caches
    are emptied for the same reason.
    """
    from wardnews._normalize import TEXT_CACHES

    for page in warm:
        fn(page)  # imports, compiled patterns, vocabulary, lazy initialisation
    for cache in TEXT_CACHES:
        cache.cache_clear()
    times: list[float] = []
    gc.collect()
    gc.disable()  # as timeit does, for both engines: a collection landing in one run is noise
    try:
        start = time.perf_counter()
        for page in pages:
            t0 = time.perf_counter()
            fn(page)
            times.append(time.perf_counter() - t0)
        total = time.perf_counter() - start
    finally:
        gc.enable()
    return times, total


def peak_memory(fn, pages: list) -> int:
    tracemalloc.start()
    for page in pages:
        fn(page)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak


def describe(times: list[float], total: float) -> dict[str, float]:
    ordered = sorted(times)
    return {
        "median_ms": statistics.median(ordered) * 1000,
        "p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000 if ordered else 0.0,
        "pages_per_s": len(times) / total if total else 0.0,
    }


def import_cost() -> dict[str, object]:
    code = ("import time,sys;t=time.perf_counter();import wardnews;"
            "print((time.perf_counter()-t)*1000, 'dateparser' in sys.modules)")
    runs = []
    for _ in range(5):
        out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
        runs.append(float(out[0]))
        loaded = out[1] == "True"
    return {"import_ms_median": statistics.median(runs), "dateparser_imported": loaded}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    import wardnews

    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    report: dict[str, object] = {"import": import_cost()}
    print(f"import wardnews: {report['import']['import_ms_median']:.1f} ms "
          f"(dateparser imported: {report['import']['dateparser_imported']})")
    sets = load_pages()
    for name, pages in sets.items():
        warm = [p for other, ps in sets.items() if other != name for p in ps][:40] or pages[:3]
        ours, total = timed(wardnews.parse, pages, warm)
        row: dict[str, object] = {"pages": len(pages), "wardnews": describe(ours, total),
                                  "wardnews_peak_kib": peak_memory(wardnews.parse, pages) / 1024}
        line = (f"{name}: {len(pages)} pages | wardnews median {row['wardnews']['median_ms']:.2f} ms, "
                f"p95 {row['wardnews']['p95_ms']:.2f} ms, {row['wardnews']['pages_per_s']:.0f} pages/s, "
                f"peak {row['wardnews_peak_kib']:.0f} KiB")
        if trafilatura is not None:
            wrapped = [as_html(p) for p in pages]
            theirs, ttotal = timed(lambda d: trafilatura.bare_extraction(d, with_metadata=True), wrapped,
                                   [as_html(p) for p in warm])
            row["trafilatura"] = describe(theirs, ttotal)
            row["speed_ratio"] = row["wardnews"]["pages_per_s"] / max(row["trafilatura"]["pages_per_s"], 1e-9)
            line += (f" | trafilatura median {row['trafilatura']['median_ms']:.2f} ms, "
                     f"{row['trafilatura']['pages_per_s']:.0f} pages/s | ratio {row['speed_ratio']:.1f}x")
        print(line)
        report[name] = row
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
