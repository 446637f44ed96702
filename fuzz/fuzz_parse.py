"""Coverage-guided fuzz target for :func:`wardnews.parse` (atheris / libFuzzer).

One command, from the repository root::

    python fuzz/fuzz_parse.py -max_total_time=600

Every input becomes a page in one of several shapes (raw bytes, UTF-8 text, the same text
re-encoded in TCVN3 / VNI / mojibake, wrapped in HTML) and is parsed. The target fails on
anything but a record or a documented :class:`wardnews.WardnewsError`: an undocumented
exception, a record that breaks the JSON contract, or (libFuzzer's ``-timeout``, 10 s by default
here) an input that makes parse hang. Without a corpus folder on the command line the fixture
pages seed ``fuzz/corpus/`` (kept out of git), where libFuzzer stores what it finds.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["wardnews"]):
    import wardnews
    from wardnews import _legacy

ROOT = Path(__file__).resolve().parent.parent
KEYS = set(wardnews.json_schema()["required"])
SHAPES = 6


def _encode(text: str, table: str) -> bytes:
    codes = _legacy.read_table(table)
    out = bytearray()
    for ch in text:
        if ch in codes:
            out += codes[ch]
        else:
            out += ch.encode("cp1252", "replace")
    return bytes(out)


def _page(data: bytes) -> str | bytes:
    if not data:
        return data
    shape, rest = data[0] % SHAPES, data[1:]
    if shape == 0:
        return rest
    text = rest.decode("utf-8", "replace")
    if shape == 1:
        return text
    if shape == 2:
        return _encode(text, "tcvn3")
    if shape == 3:
        return _encode(text, "vni").decode("cp1252", "replace")
    if shape == 4:
        return text.encode("utf-8").decode("cp1252", "replace")
    return f"<html><head><title>{text[:80]}</title></head><body><p>{text}</p></body></html>"


def check(record: dict) -> None:
    if set(record) != KEYS:
        raise AssertionError(f"record keys {sorted(record)} differ from the schema's")
    for key in ("body", "captions", "boilerplate", "warnings"):
        if not isinstance(record[key], list):
            raise AssertionError(f"{key} is not a list")
    if not all(isinstance(p, str) and p.strip() for p in record["body"]):
        raise AssertionError("empty or non-text body paragraph")
    if not all(isinstance(v, int) and v >= 0 for v in record["counters"].values()):
        raise AssertionError(f"bad counters {record['counters']}")
    for w in record["warnings"]:
        if not w["code"].replace("_", "a").replace(".", "a").isalpha():
            raise AssertionError(f"bad warning code {w['code']!r}")
    json.loads(json.dumps(record, ensure_ascii=False))


def TestOneInput(data: bytes) -> None:
    page = _page(data)
    try:
        article = wardnews.parse(page)
    except wardnews.WardnewsError:
        return
    record = article.to_dict()
    check(record)
    if wardnews.Article.from_dict(record) != article:
        raise AssertionError("to_dict/from_dict round trip changed the record")


def main() -> None:
    args = sys.argv[1:]
    if not any(not a.startswith("-") for a in args):  # no corpus folder given: use ours
        corpus = ROOT / "fuzz" / "corpus"
        corpus.mkdir(exist_ok=True)
        args = [str(corpus), str(ROOT / "fixtures"), *args]
    if not any(a.startswith("-timeout=") for a in args):
        args.append("-timeout=10")
    if not any(a.startswith("-max_len=") for a in args):
        args.append("-max_len=65536")
    atheris.Setup([sys.argv[0], *args], TestOneInput)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
