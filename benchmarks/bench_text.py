"""Speed of the text path: wardnews vs trafilatura on the same pages, in the same run.

Reports, for the dev corpus (when ../shared/corpus/dev exists) and for fixtures/pages: median
and p95 parse time per page, pages per second on one core, peak memory (tracemalloc, Python
allocations during parsing), and trafilatura's figures on the same pages (text wrapped one <p>
per line, the way shared/tools/score.py feeds it) with the speed ratio. Also the cost of
``import wardnews`` in a fresh interpreter and whether dateparser got imported.

Each engine is warmed up on the other page set, then the two take turns over ``--passes``
timed passes. Before every pass both engines' per-text caches are emptied (ours, and every
``functools.lru_cache`` in trafilatura, htmldate, courlan and justext), so each pass parses every
page as if for the first time. The first pass also pays for the interpreter's own warm-up on new
code paths; a batch over an archive runs at the later passes' speed. Figures are the median pass
(ratio: the median of the passes' ratios); the first pass is printed beside them.

    python benchmarks/bench_text.py [--passes N] [--json OUT.json]
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


def text_caches(*packages: str) -> list:
    """Every ``functools.lru_cache`` at module level in the loaded modules of ``packages``."""
    found = []
    for name, module in list(sys.modules.items()):
        if module is None or name.split(".")[0] not in packages:
            continue
        found += [v for v in vars(module).values() if hasattr(v, "cache_clear") and hasattr(v, "cache_info")]
    return found


def warm_up(fn, warm: list) -> None:
    for page in warm:
        fn(page)  # imports, compiled patterns, vocabulary, lazy initialisation


def timed(fn, pages: list, caches: list) -> tuple[list[float], float]:
    """One pass over the pages, every per-text cache emptied first: trafilatura (through
    htmldate) and wardnews both keep work per string, and a repeat would time their caches."""
    for cache in caches:
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


def describe(passes: list[tuple[list[float], float]]) -> dict[str, float]:
    """Per-page median and p95 over every pass; pages/s of the median pass and of the first."""
    ordered = sorted(t for times, _ in passes for t in times)
    rates = [len(times) / total if total else 0.0 for times, total in passes]
    return {
        "median_ms": statistics.median(ordered) * 1000 if ordered else 0.0,
        "p95_ms": ordered[int(len(ordered) * 0.95) - 1] * 1000 if ordered else 0.0,
        "pages_per_s": statistics.median(rates) if rates else 0.0,
        "first_pass_pages_per_s": rates[0] if rates else 0.0,
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
    ap.add_argument("--passes", type=int, default=5, help="timed passes per engine and page set (default 5)")
    ap.add_argument("--json", type=Path)
    args = ap.parse_args()
    import wardnews
    from wardnews._normalize import TEXT_CACHES

    try:
        import trafilatura
    except ImportError:
        trafilatura = None
    report: dict[str, object] = {"import": import_cost(), "passes": args.passes}
    print(f"import wardnews: {report['import']['import_ms_median']:.1f} ms "
          f"(dateparser imported: {report['import']['dateparser_imported']})")
    sets = load_pages()

    def extract(doc: str) -> object:
        return trafilatura.bare_extraction(doc, with_metadata=True)

    for name, pages in sets.items():
        warm = [p for other, ps in sets.items() if other != name for p in ps][:40] or pages[:3]
        wrapped = [as_html(p) for p in pages]
        warm_up(wardnews.parse, warm)
        if trafilatura is not None:
            warm_up(extract, [as_html(p) for p in warm])
        theirs_caches = text_caches("trafilatura", "htmldate", "courlan", "justext")
        ours, theirs = [], []
        for _ in range(max(args.passes, 1)):  # turns: a busy machine slows both alike
            ours.append(timed(wardnews.parse, pages, list(TEXT_CACHES)))
            if trafilatura is not None:
                theirs.append(timed(extract, wrapped, theirs_caches))
        row: dict[str, object] = {"pages": len(pages), "wardnews": describe(ours),
                                  "wardnews_peak_kib": peak_memory(wardnews.parse, pages) / 1024}
        w = row["wardnews"]
        line = (f"{name}: {len(pages)} pages | wardnews median {w['median_ms']:.2f} ms, "
                f"p95 {w['p95_ms']:.2f} ms, {w['pages_per_s']:.0f} pages/s, peak {row['wardnews_peak_kib']:.0f} KiB")
        if trafilatura is not None:
            row["trafilatura"] = t = describe(theirs)
            ratios = [len(o[0]) / o[1] / (len(x[0]) / x[1]) for o, x in zip(ours, theirs)]
            row["speed_ratio"] = statistics.median(ratios)
            row["speed_ratio_first_pass"] = ratios[0]
            row["speed_ratio_range"] = [min(ratios), max(ratios)]
            line += (f" | trafilatura median {t['median_ms']:.2f} ms, {t['pages_per_s']:.0f} pages/s"
                     f" | ratio {row['speed_ratio']:.1f}x (passes {min(ratios):.1f}-{max(ratios):.1f}x,"
                     f" first {ratios[0]:.1f}x)")
        print(line)
        report[name] = row
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
