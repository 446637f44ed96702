"""The HTML path against trafilatura and newspaper4k, on the same pages, in one run.

For the real saved HTML pages (../shared/corpus/html, or $WARDNEWS_CORPUS/html) it prints each
extractor's field scores side by side, scored by the shared scorer's own ``score_page``
(../shared/tools/score.py), and, for every page set, pages per second with the ratio of
wardnews's speed to each other extractor's. The extractors take turns page set by page set,
round by round, so a busy machine slows them alike (each turn starts with a few untimed pages, so
that no extractor pays for the caches the previous one left behind, and each extractor has first
run once over the other page sets, so that one-time costs such as lazy imports are not charged to
a page); CPU time
(``time.process_time``) is reported beside wall time for the same reason. Without ../shared only the speed of the
committed fixture pages (fixtures/html) is measured. Extractors that are not installed are
skipped (``pip install -e '.[bench]' newspaper4k``).

    python benchmarks/bench_html.py [--repeat N] [--json OUT.json]

Mapping of the other extractors' output onto the record: trafilatura exactly as score.py maps
it (``bare_extraction(..., with_metadata=True)``: title, date, author, text as one body
paragraph); newspaper4k's ``Article.download(input_html=...)`` + ``parse()``: title,
publish_date, the first of ``authors``, ``text`` as one body paragraph. Neither reports counters,
galleries or warnings, so on those fields and on not-an-article pages they get what an empty
value scores.
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))
from _scale_inputs import CORPUS  # noqa: E402  the one definition (honours $WARDNEWS_CORPUS)

SCORER = CORPUS.parent / "tools" / "score.py"
FIELDS = ("title", "date", "author", "body", "lead", "counters", "gallery")

Extractor = Callable[[bytes, "str | None"], dict]


def load_scorer():
    if not SCORER.exists():
        return None
    spec = importlib.util.spec_from_file_location("wardnews_shared_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module


def page_sets(scorer) -> dict[str, list[tuple[dict | None, bytes, str | None]]]:
    """(label or None, page bytes, url) per page set."""
    sets: dict[str, list[tuple[dict | None, bytes, str | None]]] = {}
    corpus = CORPUS / "html"
    if scorer is not None and corpus.exists():
        sets["corpus/html"] = [(label, page, label.get("url")) for label, page in scorer.load_pages(corpus)]
    fixtures = []
    for folder in sorted((ROOT / "fixtures" / "html").glob("*/")):
        page = folder / "input.html"
        if page.exists():
            url = (folder / "url.txt").read_text("utf-8").strip() if (folder / "url.txt").exists() else None
            fixtures.append((None, page.read_bytes(), url))
    sets["fixtures/html"] = fixtures
    return sets


def run_wardnews(page: bytes, url: str | None) -> dict:
    import wardnews

    return wardnews.parse(page, url=url).to_dict()


def make_trafilatura(scorer) -> Extractor | None:
    try:
        import trafilatura
    except ImportError:
        return None
    if scorer is not None:
        return scorer.run_trafilatura  # the scorer's own mapping

    def run(page: bytes, url: str | None) -> dict:
        out = trafilatura.bare_extraction(page, url=url, with_metadata=True)
        out = out.as_dict() if out is not None else {}
        return {"title": out.get("title"), "date": {"value": out.get("date")} if out.get("date") else None,
                "lead": None, "body": [out.get("text") or ""], "author": {"name": out.get("author")}
                if out.get("author") else None, "counters": {}, "gallery": None}

    return run


def make_newspaper() -> Extractor | None:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from newspaper import Article
    except ImportError:
        return None

    def run(page: bytes, url: str | None) -> dict:
        article = Article(url or "https://example.gov.vn/", language="vi", fetch_images=False)
        article.download(input_html=page.decode("utf-8", "replace"))
        article.parse()
        date = article.publish_date.date().isoformat() if article.publish_date else None
        return {"title": article.title or None, "date": {"value": date} if date else None, "lead": None,
                "body": [article.text or ""], "author": {"name": article.authors[0]} if article.authors else None,
                "counters": {}, "gallery": None}

    return run


def scores(scorer, run: Extractor, pages) -> dict[str, tuple[int, int]]:
    tally = {f: [0, 0] for f in FIELDS}
    whole = 0
    for label, page, url in pages:
        try:
            rec = run(page, url)
        except Exception:  # an extractor that crashes scores zero on that page
            rec = {}
        got = scorer.score_page(label, rec)
        for field, ok in got.items():
            if ok is not None:
                tally[field][0] += bool(ok)
                tally[field][1] += 1
        whole += not any(v is False for v in got.values())
    result = {f: (a, b) for f, (a, b) in tally.items()}
    result["whole pages"] = (whole, len(pages))
    return result


def speed(extractors: dict[str, Extractor], pages, repeat: int, warm=()) -> dict[str, dict[str, float]]:
    """Wall and CPU seconds per extractor over ``repeat`` rounds; the extractors take turns.

    Each extractor first runs, untimed, over ``warm`` (the other page sets' pages: not these, whose
    repeats an extractor may cache) and two of these pages: one-time costs — lazy imports such as
    ftfy on the first legacy-encoded page, compiled patterns, vocabulary — are not per-page costs."""
    from wardnews._normalize import TEXT_CACHES

    totals = {name: [0.0, 0.0] for name in extractors}
    for name, run in extractors.items():
        for _, page, url in [*warm, *pages[:2]]:
            try:
                run(page, url)
            except Exception:
                pass
    for _ in range(repeat):
        for name, run in extractors.items():
            for _, page, url in pages[:3]:  # untimed: caches warmed by the previous extractor's run
                run(page, url)
            if name == "wardnews":
                for cache in TEXT_CACHES:  # every round sees the pages as new: no credit for repeats
                    cache.cache_clear()
            wall, cpu = time.perf_counter(), time.process_time()
            for _, page, url in pages:
                try:
                    run(page, url)
                except Exception:
                    pass
            totals[name][0] += time.perf_counter() - wall
            totals[name][1] += time.process_time() - cpu
    n = len(pages) * repeat
    return {name: {"pages_per_s": n / wall, "cpu_pages_per_s": n / cpu, "ms_per_page": wall / n * 1000}
            for name, (wall, cpu) in totals.items()}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--json", type=Path, help="write the figures here as JSON too")
    args = ap.parse_args(argv)
    scorer = load_scorer()
    extractors: dict[str, Extractor] = {"wardnews": run_wardnews}
    for name, make in (("trafilatura", lambda: make_trafilatura(scorer)), ("newspaper4k", make_newspaper)):
        run = make()
        if run is None:
            print(f"({name} is not installed: skipped)")
        else:
            extractors[name] = run
    report: dict[str, dict] = {}
    sets = page_sets(scorer)
    for set_name, pages in sets.items():
        if not pages:
            continue
        entry: dict[str, dict] = {}
        print(f"\n== {set_name}: {len(pages)} pages")
        if scorer is not None and all(label is not None for label, _, _ in pages):
            table = {name: scores(scorer, run, pages) for name, run in extractors.items()}
            entry["scores"] = {name: {f: list(v) for f, v in t.items()} for name, t in table.items()}
            print(f"{'field':12}" + "".join(f"{name:>16}" for name in extractors))
            for field in (*FIELDS, "whole pages"):
                cells = "".join(f"{'%d/%d' % table[name][field]:>16}" for name in extractors)
                print(f"{field:12}{cells}")
        else:
            print("(no labels here: speed only)" if scorer is not None else "(../shared is absent: speed only)")
        others = [page for name, other in sets.items() if name != set_name for page in other]
        fast = speed(extractors, pages, args.repeat, warm=others)
        entry["speed"] = fast
        base = fast["wardnews"]
        print(f"{'':12}{'pages/s':>10}{'cpu pages/s':>13}{'ms/page':>10}{'wardnews is':>14}{'(cpu)':>8}")
        for name, figures in fast.items():
            ratio = base["pages_per_s"] / figures["pages_per_s"]
            cpu_ratio = base["cpu_pages_per_s"] / figures["cpu_pages_per_s"]
            figures["wardnews_speedup"], figures["wardnews_cpu_speedup"] = ratio, cpu_ratio
            print(f"{name:12}{figures['pages_per_s']:>10.1f}{figures['cpu_pages_per_s']:>13.1f}"
                  f"{figures['ms_per_page']:>10.2f}{ratio:>13.1f}×{cpu_ratio:>7.1f}×")
        report[set_name] = entry
    if args.json:
        args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
