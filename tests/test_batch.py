"""Batch normalisation (issue 4): every kind of input, every output format, the promise
``pages in = records out + errors``, resume after a kill, Ctrl-C, the worker pool.

Archives are generated here from fixtures/pages/*/input.* and small invented pages; nothing
binary is committed. End-to-end tests run ``python -m wardnews batch`` in a subprocess.
"""
from __future__ import annotations

import csv
import gzip
import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import tarfile
import time
import zipfile
from collections import Counter
from pathlib import Path

import pytest
from conftest import FIXTURES

import wardnews
from wardnews import _arrow, writers
from wardnews.batch import FAULT_ENV

pyarrow = pytest.importorskip("pyarrow")
warcio = pytest.importorskip("warcio")

FAULT_MARKER = "TRANG-GAY-LOI-GIA-LAP"  # a page containing it makes the parser raise (fault hook)


# --- generated inputs ---------------------------------------------------------------------------

def fixture_pages() -> list[tuple[str, bytes]]:
    pages = [(f"{p.parent.name}{p.suffix}", p.read_bytes()) for p in sorted(FIXTURES.glob("pages/*/input.*"))]
    assert pages, "fixtures/pages/*/input.* should exist"
    return pages


def invented_text(i: int) -> str:
    return (f"UBND phường Số {i % 97} tổng kết công tác năm {2015 + i % 9} (bản {i})\n\n"
            f"Ngày {1 + i % 28}/{1 + i % 12}/{2015 + i % 9}, UBND phường tổ chức hội nghị tổng kết công tác năm, "
            "đánh giá kết quả thực hiện nhiệm vụ phát triển kinh tế - xã hội trên địa bàn.\n\n"
            f"Hội nghị đã nghe báo cáo kết quả thực hiện {i % 13 + 2} chỉ tiêu chủ yếu, trong đó nhiều chỉ tiêu "
            "vượt kế hoạch đề ra; công tác an sinh xã hội được quan tâm thực hiện.\n\n"
            "Nguyễn Văn An\n\nThống kê truy cập\n\n"
            f"Đang trực tuyến: {i % 500}\nSố lượt truy cập: {10000 + i}\n")


def text_pages(folder: Path, n: int) -> Path:
    """``folder``, made, holding ``n`` invented text pages: 0.txt, 1.txt, ..."""
    folder.mkdir()
    for i in range(n):
        (folder / f"{i}.txt").write_text(invented_text(i), "utf-8")
    return folder


def invented_html(i: int) -> bytes:
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            f"<title>Phường Hòa Bình ra quân dọn vệ sinh môi trường lần {i}</title></head><body>"
            f"<h1>Phường Hòa Bình ra quân dọn vệ sinh môi trường lần {i}</h1>"
            f"<p>Ngày {1 + i % 28}/3/2023, Đoàn phường phối hợp các tổ dân phố ra quân dọn vệ sinh môi trường.</p>"
            "<p>Đã có hơn 200 đoàn viên, thanh niên và nhân dân tham gia thu gom rác thải, khơi thông cống rãnh.</p>"
            "<p>Thu Hà</p></body></html>").encode()


def html_response(writer, url: str, body: bytes, ctype: str = "text/html; charset=utf-8", status: str = "200 OK"):
    from warcio.statusandheaders import StatusAndHeaders

    headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
    return writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)


def write_warc(path: Path, pages: list[bytes], *, extras: bool = True) -> int:
    """WARC with one response per page; with ``extras``: a request, an image, a 404, a response
    with an empty body and one with no HTTP message at all. Returns how many units count as pages."""
    from warcio.warcwriter import WARCWriter

    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=path.suffix == ".gz")
        units = 0
        for i, body in enumerate(pages):
            if extras and i == 1:
                writer.write_record(writer.create_warc_record("https://phuong.gov.vn/a", "request",
                                                              payload=io.BytesIO(b"GET /a HTTP/1.1\r\n\r\n")))
                writer.write_record(html_response(writer, "https://phuong.gov.vn/logo.png", b"\x89PNG\r\n", "image/png"))
                writer.write_record(html_response(writer, "https://phuong.gov.vn/missing", b"<html>404</html>",
                                                  status="404 Not Found"))
            writer.write_record(html_response(writer, f"https://phuong.gov.vn/tin-tuc/{i}.html", body))
            units += 1
        if extras:
            writer.write_record(html_response(writer, "https://phuong.gov.vn/empty.html", b""))
            writer.write_record(writer.create_warc_record("https://phuong.gov.vn/nobody", "response",
                                                          payload=io.BytesIO(b""), length=0))
            units += 2
    return units


def build_inputs(tmp: Path) -> tuple[list[str], dict[str, str]]:
    """Inputs of every kind. Returns (paths, expected failures: source name → code); the number of
    units is checked by the caller through ``expected_units``."""
    pages = fixture_pages()
    fail: dict[str, str] = {}
    folder = tmp / "site"
    (folder / "2023" / "03").mkdir(parents=True)
    (folder / "skip").mkdir()
    for i, (name, data) in enumerate(pages):
        sub = folder / ("2023/03" if i % 2 else "")
        (sub / name).write_bytes(data)
    (folder / "2023" / "hoa-binh.html").write_bytes(invented_html(1))
    (folder / "2023" / "notes.tmp").write_text("excluded by --exclude '*.tmp'", "utf-8")
    (folder / "skip" / "x.txt").write_text("excluded with its folder", "utf-8")
    (folder / "rong.txt").write_bytes(b"")  # empty file
    fail[str(folder / "rong.txt")] = "input.empty"
    (folder / "anh.txt").write_bytes(bytes(range(256)) * 40)  # binary
    fail[str(folder / "anh.txt")] = "input.binary"
    (folder / "cp1258.txt").write_bytes(invented_text(7).encode("cp1258", "replace") + b"\xff\xfe\x81")  # not UTF-8
    os.symlink(tmp / "does-not-exist.txt", folder / "gone.txt")  # unreadable (dangling link)
    fail[str(folder / "gone.txt")] = "input.unreadable"
    (folder / "loi.txt").write_text(invented_text(3) + FAULT_MARKER + "\n", "utf-8")  # parser raises
    fail[str(folder / "loi.txt")] = "parse.failed"

    bundle_zip = tmp / "bundle.zip"
    with zipfile.ZipFile(bundle_zip, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(5):
            z.writestr(f"trang/{i}.txt", invented_text(100 + i))
        z.writestr("trang/hong.txt", invented_text(200) * 5)
        z.writestr("trang/", b"")  # a directory entry: not a page
    raw = bytearray(bundle_zip.read_bytes())
    with zipfile.ZipFile(bundle_zip) as z:  # damage one member's data: its CRC fails, the others read
        info = z.getinfo("trang/hong.txt")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    raw[start + 10: start + 20] = b"\x00" * 10
    bundle_zip.write_bytes(bytes(raw))
    fail[f"{bundle_zip}!trang/hong.txt"] = "input.corrupt"

    bundle_tgz = tmp / "bundle.tar.gz"
    with tarfile.open(bundle_tgz, "w:gz") as t:
        for i in range(4):
            data = invented_html(300 + i)
            info = tarfile.TarInfo(f"html/{i}.html")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))

    truncated = tmp / "cut.tar"  # two members read, then the archive ends mid-member
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as t:
        for i in range(3):
            data = invented_text(400 + i).encode("utf-8")
            info = tarfile.TarInfo(f"p{i}.txt")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    data = buf.getvalue()
    third = data.index(b"p2.txt")
    truncated.write_bytes(data[: third + 512 + 100])
    fail[str(truncated)] = "input.corrupt"

    broken_zip = tmp / "broken.zip"
    broken_zip.write_bytes(b"PK\x03\x04 not really a zip archive" * 3)
    fail[str(broken_zip)] = "input.corrupt"

    records = tmp / "records.jsonl"
    lines = [json.dumps({"url": f"https://xa.gov.vn/tin/{i}", "text": invented_text(500 + i)}, ensure_ascii=False)
             for i in range(4)]
    lines.append(json.dumps({"url": "https://xa.gov.vn/html", "html": invented_html(9).decode()}))
    lines.append("")  # a blank line is not a page
    lines.append("{not json")
    fail[f"{records}!7"] = "input.corrupt"
    lines.append(json.dumps({"url": "https://xa.gov.vn/no-text", "title": "x"}))
    fail[f"{records}!8"] = "input.no_content"
    records.write_text("\n".join(lines) + "\n", "utf-8")

    records_gz = tmp / "more.jsonl.gz"
    with gzip.open(records_gz, "wt", encoding="utf-8") as f:
        for i in range(3):
            f.write(json.dumps({"link": f"https://xa.gov.vn/gz/{i}", "content": invented_text(600 + i)}) + "\n")

    warc = tmp / "crawl.warc.gz"
    write_warc(warc, [invented_html(700 + i) for i in range(3)] + [pages[0][1]])
    return [str(folder), str(bundle_zip), str(bundle_tgz), str(truncated), str(broken_zip), str(records),
            str(records_gz), str(warc)], fail


# Units in build_inputs: folder pages + hoa-binh + rong + anh + cp1258 + gone + loi; zip 6; tgz 4;
# cut.tar 2 pages + 1 error; broken.zip 1; records 5 + 2 errors; more 3; warc 4 + empty + no-body.
def expected_units() -> int:
    return len(fixture_pages()) + 6 + 6 + 4 + 3 + 1 + 7 + 3 + 6


ARGS = ["--exclude", "*.tmp", "--exclude", "skip"]


def run_cli(*args: str, env: dict[str, str] | None = None, timeout: float = 120,
            **kw) -> subprocess.CompletedProcess[str]:
    full_env = {**os.environ, FAULT_ENV: f"raise:{FAULT_MARKER}", **(env or {})}
    return subprocess.run([sys.executable, "-m", "wardnews", *args], capture_output=True, text=True,
                          env=full_env, timeout=timeout, **kw)


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def by_source(records: list[dict]) -> list[dict]:
    return sorted(records, key=lambda r: (r["source"]["path"], r["source"]["sha256"] or ""))


# --- reading ------------------------------------------------------------------------------------

def test_iter_pages_reads_every_kind(tmp_path: Path) -> None:
    inputs, fail = build_inputs(tmp_path)
    items = list(wardnews.iter_pages(inputs, exclude=["*.tmp", "skip"], url_field="url"))
    assert len(items) == expected_units()
    pages = [i for i in items if isinstance(i, wardnews.Page)]
    errors = {i.source.name: i for i in items if isinstance(i, wardnews.ParseError)}
    assert {name for name, code in fail.items() if code.startswith("input.")
            and code not in ("input.empty", "input.binary")} <= set(errors)
    for page in pages:  # sha256 is what parse() will put in source.sha256
        raw = page.data if isinstance(page.data, bytes) else page.data.encode("utf-8")
        assert page.source.sha256 == hashlib.sha256(raw).hexdigest()
    names = [p.source.name for p in pages]
    assert f"{tmp_path}/bundle.zip!trang/0.txt" in names
    assert f"{tmp_path}/bundle.tar.gz!html/3.html" in names
    assert f"{tmp_path}/cut.tar!p1.txt" in names and f"{tmp_path}/cut.tar!p2.txt" not in names
    assert not any("notes.tmp" in n or "/skip/" in n for n in names)
    jsonl = {p.source.member: p for p in pages if p.source.path.endswith("records.jsonl")}
    assert sorted(jsonl) == ["1", "2", "3", "4", "5"] and jsonl["1"].source.url == "https://xa.gov.vn/tin/0"
    assert isinstance(jsonl["5"].data, str) and jsonl["5"].data.startswith("<!DOCTYPE html>")
    warc = [p for p in pages if p.source.path.endswith(".warc.gz")]
    assert [p.source.url for p in warc] == [f"https://phuong.gov.vn/tin-tuc/{i}.html" for i in range(4)] \
        + ["https://phuong.gov.vn/empty.html"]
    assert all(p.source.member.isdigit() for p in warc)
    assert errors[f"{tmp_path}/site/gone.txt"].exception == "FileNotFoundError"
    assert errors[str(tmp_path / "broken.zip")].code == "input.corrupt"


def test_iter_pages_globs_and_fields(tmp_path: Path) -> None:
    inputs, _ = build_inputs(tmp_path)
    html_only = list(wardnews.iter_pages([inputs[0], inputs[2]], include=["*.html"]))
    assert html_only and all(i.source.name.endswith(".html") for i in html_only)
    by_path = list(wardnews.iter_pages(inputs[0], include=["2023/03/*"]))
    assert by_path and all("/2023/03/" in i.source.name for i in by_path)
    gz = list(wardnews.iter_pages(tmp_path / "more.jsonl.gz", url_field="link", text_fields=["content"]))
    assert [p.source.url for p in gz] == [f"https://xa.gov.vn/gz/{i}" for i in range(3)]
    with pytest.raises(TypeError):
        list(wardnews.iter_pages(inputs, include="*.html"))


def test_oversized_pages_are_errors_not_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text(invented_text(1) * 50, "utf-8")
    with zipfile.ZipFile(tmp_path / "b.zip", "w") as z:
        z.writestr("big.txt", big.read_bytes())
    items = list(wardnews.iter_pages([big, tmp_path / "b.zip"], max_bytes=1000))
    assert [(type(i).__name__, getattr(i, "code", None)) for i in items] == [("ParseError", "input.too_large")] * 2


# --- parsing ------------------------------------------------------------------------------------

def test_iter_parse_one_result_per_page_and_workers_agree(tmp_path: Path, monkeypatch) -> None:
    inputs, fail = build_inputs(tmp_path)
    monkeypatch.setenv(FAULT_ENV, f"raise:{FAULT_MARKER}")
    serial = list(wardnews.iter_parse(inputs, exclude=ARGS[1::2]))
    assert len(serial) == expected_units()
    failures = {r.source.name: r.code for r in serial if isinstance(r, wardnews.ParseError)}
    assert {k: v for k, v in failures.items() if ".warc.gz!" not in k} == fail
    warc_failures = [v for k, v in failures.items() if ".warc.gz!" in k]
    assert warc_failures == ["input.empty", "input.empty"]  # an empty body, a record without HTTP message
    fault = next(r for r in serial if isinstance(r, wardnews.ParseError) and r.code == "parse.failed")
    assert fault.exception == "RuntimeError" and "fault injected" in fault.reason
    articles = [r for r in serial if isinstance(r, wardnews.Article)]
    assert all(a.source.path and a.source.sha256 for a in articles)
    parallel = list(wardnews.iter_parse(inputs, exclude=ARGS[1::2], workers=2, ordered=True))
    assert parallel == serial
    unordered = list(wardnews.iter_parse(inputs, exclude=ARGS[1::2], workers=2, ordered=False))
    assert Counter(map(repr, unordered)) == Counter(map(repr, serial))


def test_a_raising_parser_stage_becomes_a_typed_error(tmp_path: Path, monkeypatch) -> None:
    import wardnews._pipeline as pipeline

    real = pipeline._run

    def flaky(source, *args, **kw):
        if "BOOM" in (source if isinstance(source, str) else source.decode("utf-8", "replace")):
            raise ZeroDivisionError("simulated parser bug")
        return real(source, *args, **kw)

    monkeypatch.setattr(pipeline, "_run", flaky)
    (tmp_path / "a.txt").write_text(invented_text(1), "utf-8")
    (tmp_path / "b.txt").write_text("BOOM\n" + invented_text(2), "utf-8")
    results = list(wardnews.iter_parse(tmp_path))
    assert isinstance(results[0], wardnews.Article)
    err = results[1]
    assert isinstance(err, wardnews.ParseError)
    assert (err.code, err.exception, err.source.name) == ("parse.failed", "ZeroDivisionError", str(tmp_path / "b.txt"))
    assert err.to_dict()["source"]["sha256"] == hashlib.sha256((tmp_path / "b.txt").read_bytes()).hexdigest()


# --- the command, end to end --------------------------------------------------------------------

def test_batch_cli_accounts_for_every_page(tmp_path: Path) -> None:
    inputs, fail = build_inputs(tmp_path)
    out, err = tmp_path / "out.jsonl", tmp_path / "err.jsonl"
    proc = run_cli("batch", *inputs, *ARGS, "-o", str(out), "--errors", str(err), "-j", "2")
    assert proc.returncode == 1, proc.stderr
    records, errors = read_jsonl(out), read_jsonl(err)
    assert len(records) + len(errors) == expected_units()
    assert f"{expected_units()} pages in, {len(records)} records out, {len(errors)} errors" in proc.stderr
    got = {e["source"]["path"]: e["code"] for e in errors if ".warc.gz!" not in e["source"]["path"]}
    assert got == fail
    assert all(set(e) == {"source", "code", "reason", "exception"} for e in errors)
    import jsonschema

    validator = jsonschema.Draft202012Validator(wardnews.json_schema())
    for record in records:
        validator.validate(record)
    seed = next(r for r in records if r["source"]["path"].endswith("seed-ward-meeting.txt"))
    assert seed["counters"] == {"online": 460, "total_visits": 46435}
    assert "fields: title " in proc.stderr and "warnings: " in proc.stderr


def test_batch_exit_codes(tmp_path: Path) -> None:
    good = text_pages(tmp_path / "good", 3)
    proc = run_cli("batch", str(good), "-o", str(tmp_path / "o.jsonl"), "-j", "1")
    assert proc.returncode == 0, proc.stderr
    assert "3 pages in, 3 records out, 0 errors" in proc.stderr
    stdout = run_cli("batch", str(good), "-j", "1", "-q")  # default: JSONL on stdout, nothing on stderr
    assert stdout.returncode == 0 and len(stdout.stdout.splitlines()) == 3 and stdout.stderr == ""
    (good / "bad.txt").write_bytes(b"\x00\x01" * 1000)
    proc = run_cli("batch", str(good), "-o", str(tmp_path / "o.jsonl"))
    assert proc.returncode == 1
    assert f"{good / 'bad.txt'}: input.binary: " in proc.stderr  # one line per failed input without --errors
    for usage in (["batch", str(good), "-o", str(tmp_path / "o.xml")],
                  ["batch", str(good), "-o", "-", "--format", "parquet"],
                  ["batch", str(good), "--resume"],
                  ["batch", str(tmp_path / "missing")],
                  ["batch", str(good), "-j", "0"]):
        proc = run_cli(*usage)
        assert proc.returncode == 2, (usage, proc.stderr)


def test_every_format_holds_the_same_records(tmp_path: Path) -> None:
    inputs, fail = build_inputs(tmp_path)
    outs = {}
    for fmt in ("jsonl", "json", "csv", "parquet"):
        outs[fmt] = tmp_path / f"out.{fmt}"
        proc = run_cli("batch", *inputs, *ARGS, "-o", str(outs[fmt]), "-j", "2", "--ordered", "-q")
        assert proc.returncode == 1, proc.stderr
    jsonl = read_jsonl(outs["jsonl"])
    assert len(jsonl) == expected_units() - len(fail) - 2  # 2: the WARC's empty records
    assert json.loads(outs["json"].read_text("utf-8")) == jsonl  # --ordered: the same order in every run

    import pyarrow.parquet as pq

    table = pq.read_table(outs["parquet"])
    assert table.schema.equals(_arrow.arrow_schema())
    assert table.schema.metadata[b"wardnews.schema"] == b"wardnews.article/1"
    assert table.num_rows == len(jsonl)
    assert [_arrow.record_from_row(row) for row in table.to_pylist()] == jsonl
    assert table.column("date").type == pyarrow.struct([(n, pyarrow.string()) for n in ("value", "kind", "text", "source")])

    with open(outs["csv"], encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == _arrow.flat_columns()
    assert rows[1:] == [_arrow.flatten(r) for r in jsonl]
    header = rows[0]
    seed = next(r for r in rows[1:] if r[header.index("source.path")].endswith("seed-ward-meeting.txt"))
    assert seed[header.index("counters.online")] == "460" and seed[header.index("date.value")] == "2020-12-28"
    assert seed[header.index("body")].count("\n") >= 1  # paragraphs joined by newlines


def test_worker_crash_is_contained(tmp_path: Path) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    for i in range(150):
        (folder / f"{i:03d}.txt").write_text(invented_text(i) + ("CRASH-HERE\n" if i == 77 else ""), "utf-8")
    out = tmp_path / "out.jsonl"
    proc = run_cli("batch", str(folder), "-o", str(out), "-j", "2", "--ordered",
                   env={FAULT_ENV: "crash:CRASH-HERE"})
    assert proc.returncode == 1, proc.stderr
    assert f"{folder / '077.txt'}: parse.crashed: " in proc.stderr
    names = [r["source"]["path"] for r in read_jsonl(out)]
    assert names == [str(folder / f"{i:03d}.txt") for i in range(150) if i != 77]


def test_a_slow_page_times_out_and_the_rest_go_on(tmp_path: Path, monkeypatch) -> None:
    folder = text_pages(tmp_path / "pages", 6)
    with (folder / "2.txt").open("a", encoding="utf-8") as f:
        f.write("SLOW-HERE\n")
    monkeypatch.setenv(FAULT_ENV, "sleep:SLOW-HERE")  # a minute's sleep inside the parse
    started = time.monotonic()
    results = list(wardnews.iter_parse(folder, timeout=0.5))  # in this process: its timer signal
    assert time.monotonic() - started < 20
    errors = [(r.source.name, r.code, r.exception) for r in results if isinstance(r, wardnews.ParseError)]
    assert errors == [(str(folder / "2.txt"), "parse.timeout", "TimeoutError")]
    assert sum(isinstance(r, wardnews.Article) for r in results) == 5
    # In worker processes (a fresh CLI run: a forkserver started earlier keeps its old environment)
    out = tmp_path / "out.jsonl"
    proc = run_cli("batch", str(folder), "-o", str(out), "-j", "2", "--timeout", "0.5",
                   env={FAULT_ENV: "sleep:SLOW-HERE"}, timeout=40)
    assert proc.returncode == 1, proc.stderr
    assert f"{folder / '2.txt'}: parse.timeout: parsing took longer than 0.5 s" in proc.stderr
    assert "6 pages in, 5 records out, 1 errors" in proc.stderr and len(read_jsonl(out)) == 5


def test_a_worker_stuck_where_no_signal_reaches_is_killed(tmp_path: Path) -> None:
    folder = text_pages(tmp_path / "pages", 4)
    with (folder / "1.txt").open("a", encoding="utf-8") as f:
        f.write("HANG-HERE\n")
    out = tmp_path / "out.jsonl"
    started = time.monotonic()  # the timer signal is blocked: only the parent's watchdog can stop it
    proc = run_cli("batch", str(folder), "-o", str(out), "-j", "2", "--ordered", "--timeout", "0.5",
                   env={FAULT_ENV: "hang:HANG-HERE"})
    assert time.monotonic() - started < 45
    assert proc.returncode == 1, proc.stderr
    assert f"{folder / '1.txt'}: parse.timeout: parsing took longer than 0.5 s" in proc.stderr
    assert [r["source"]["path"] for r in read_jsonl(out)] == [str(folder / f"{i}.txt") for i in (0, 2, 3)]


@pytest.mark.parametrize("bad", [-1, "10", True])
def test_timeout_must_be_seconds(tmp_path: Path, bad) -> None:
    with pytest.raises(ValueError, match="timeout"):
        list(wardnews.iter_parse(tmp_path, timeout=bad))


def test_progress_bar_only_on_a_terminal(tmp_path: Path) -> None:
    import pty

    folder = text_pages(tmp_path / "p", 20)
    piped = run_cli("batch", str(folder), "-o", str(tmp_path / "a.jsonl"), "-j", "1")
    assert "\r" not in piped.stderr and "%|" not in piped.stderr
    import fcntl
    import struct
    import termios

    leader, follower = pty.openpty()
    fcntl.ioctl(follower, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 120, 0, 0))  # a 120-column terminal
    proc = subprocess.run([sys.executable, "-m", "wardnews", "batch", str(folder), "-o", str(tmp_path / "b.jsonl"),
                           "-j", "1"], stderr=follower, stdout=subprocess.DEVNULL, timeout=60)
    os.close(follower)
    shown = b""
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        shown += chunk
    os.close(leader)
    assert proc.returncode == 0
    assert b"100%|" in shown and b"20 pages in, 20 records out" in shown
    quiet = subprocess.run([sys.executable, "-m", "wardnews", "batch", str(folder), "-o", str(tmp_path / "c.jsonl"),
                            "-q"], capture_output=True, timeout=60)
    assert quiet.returncode == 0 and quiet.stderr == b""


# --- resume and interruption ------------------------------------------------------------------

def make_many(tmp: Path, n: int) -> list[str]:
    """n pages: a JSONL file, a tar bundle and a folder, with one duplicate page (same bytes, other
    place) and a few failing inputs, so that resume has to be exact."""
    jsonl = tmp / "many.jsonl"
    with open(jsonl, "w", encoding="utf-8") as f:
        f.writelines(json.dumps({"url": f"https://p.gov.vn/{i}", "text": invented_text(i)}, ensure_ascii=False) + "\n" for i in range(n // 2))
        f.write("{broken\n")
    tar = tmp / "many.tar"
    with tarfile.open(tar, "w") as t:
        for i in range(n // 2, n):
            data = invented_text(i).encode("utf-8")
            info = tarfile.TarInfo(f"p/{i}.txt")
            info.size = len(data)
            t.addfile(info, io.BytesIO(data))
    folder = tmp / "few"
    folder.mkdir()
    (folder / "dup.txt").write_text(invented_text(0), "utf-8")  # same bytes as many.jsonl!1
    (folder / "empty.txt").write_bytes(b"")
    return [str(jsonl), str(tar), str(folder)]


def _read_out(path: Path, fmt: str) -> list:
    if fmt == "jsonl":
        return read_jsonl(path)
    if fmt == "json":
        return json.loads(path.read_text("utf-8"))
    if fmt == "csv":
        with open(path, encoding="utf-8", newline="") as f:
            return list(csv.reader(f))[1:]
    import pyarrow.parquet as pq

    return [_arrow.record_from_row(r) for r in pq.read_table(path).to_pylist()]


@pytest.mark.parametrize(("fmt", "how"), [("jsonl", "kill"), ("json", "kill"), ("csv", "interrupt"),
                                          ("parquet", "interrupt"), ("parquet", "kill")])
def test_resume_after_interruption_gives_the_clean_run(tmp_path: Path, fmt: str, how: str) -> None:
    n = 6000
    inputs = make_many(tmp_path, n)
    clean, clean_err = tmp_path / f"clean.{fmt}", tmp_path / "clean-err.jsonl"
    proc = run_cli("batch", *inputs, "-o", str(clean), "--errors", str(clean_err), "-j", "2", "--ordered", "-q")
    assert proc.returncode == 1, proc.stderr
    out, err = tmp_path / f"out.{fmt}", tmp_path / "err.jsonl"
    cmd = [sys.executable, "-m", "wardnews", "batch", *inputs, "-o", str(out), "--errors", str(err), "-j", "2",
           "--ordered"]
    started = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    deadline = time.monotonic() + 60
    parts = Path(str(out) + writers.PARTS_SUFFIX)  # (Parquet: finished row groups, until it closes)
    while time.monotonic() < deadline and started.poll() is None:
        if fmt != "parquet" and out.exists() and out.stat().st_size > 200_000:
            break
        if fmt == "parquet" and len(writers.parquet_parts(str(out))) >= 2:
            break
        time.sleep(0.02)
    assert started.poll() is None, "the run ended before it could be interrupted"
    # Ctrl-C reaches the whole process group; a kill leaves no chance to clean up.
    os.killpg(started.pid, signal.SIGKILL if how == "kill" else signal.SIGINT)
    rc = started.wait(timeout=60)
    stderr = started.stderr.read().decode() if started.stderr else ""
    if how == "interrupt":
        assert rc == 130, stderr
        assert "interrupted" in stderr
        partial = _read_out(out, fmt)  # valid as it is: closed cleanly
        assert 0 < len(partial) < n
        assert not parts.exists()
    elif fmt == "parquet":
        assert not out.exists() and writers.parquet_parts(str(out))  # killed: only whole row groups are left
    resumed = run_cli("batch", *inputs, "-o", str(out), "--errors", str(err), "-j", "2", "--ordered", "--resume")
    assert resumed.returncode == 1, resumed.stderr
    assert "already done)" in resumed.stderr
    got, want = _read_out(out, fmt), _read_out(clean, fmt)
    assert len(want) == n + 1  # n pages and the duplicate; the empty page and the broken line fail
    assert got == want  # ordered runs: the same records in the same order
    assert read_jsonl(err) == read_jsonl(clean_err)
    again = run_cli("batch", *inputs, "-o", str(out), "--errors", str(err), "--resume")
    assert again.returncode == 0 and f"{n + 3} pages in ({n + 3} already done), 0 records out" in again.stderr
    assert _read_out(out, fmt) == want
    assert not parts.exists()


def test_resume_repairs_a_cut_off_line(tmp_path: Path) -> None:
    inputs = make_many(tmp_path, 40)
    out = tmp_path / "o.jsonl"
    assert run_cli("batch", *inputs, "-o", str(out), "-j", "1", "-q").returncode == 1
    want = by_source(read_jsonl(out))
    data = out.read_bytes()
    lines = data.splitlines(keepends=True)
    out.write_bytes(b"".join(lines[:10]) + lines[10][:50])  # killed mid-line
    assert writers.resume_keys(str(out), "jsonl").total() == 10
    assert out.read_bytes() == b"".join(lines[:10])
    assert run_cli("batch", *inputs, "-o", str(out), "-j", "2", "--resume", "-q").returncode == 1
    assert by_source(read_jsonl(out)) == want


# --- schema and writers -------------------------------------------------------------------------

def test_arrow_fields_mirror_the_json_schema() -> None:
    schema = wardnews.json_schema()
    assert [name for name, _ in _arrow.RECORD_FIELDS] == schema["required"]

    def check(spec, node) -> None:
        node = next((o for o in node.get("oneOf", []) if o.get("type") != "null"), node)
        if isinstance(spec, tuple) and spec[0] == "struct":
            assert [n for n, _ in spec[1]] == list(node["properties"]), node
            for name, sub in spec[1]:
                check(sub, node["properties"][name])
        elif isinstance(spec, tuple) and spec[0] == "list":
            assert "array" in node["type"]
            check(spec[1], node["items"])
        elif spec == "int64":
            assert node["type"] == "integer"
        else:
            assert "string" in (node["type"] if "type" in node else ["string"]) or "enum" in node or "const" in node

    for name, spec in _arrow.RECORD_FIELDS:
        check(spec, schema["properties"][name])
    assert _arrow.arrow_schema(with_error=True).names == schema["required"] + ["error"]


def test_parquet_error_rows(tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    article = wardnews.parse(invented_text(1), path="a.txt")
    err = wardnews.ParseError(wardnews.PageSource("bundle.zip", "b.txt", None, None), "input.corrupt", "bad CRC",
                              "BadZipFile")
    path = tmp_path / "rows.parquet"
    with writers.ParquetWriter(str(path), with_errors=True) as w:
        w.write(article.to_dict())
        w.write_error(err.to_dict())
    rows = pq.read_table(path).to_pylist()
    assert rows[0]["error"] is None and _arrow.record_from_row(rows[0]) == article.to_dict()
    assert rows[1]["error"] == "input.corrupt: bad CRC"
    assert rows[1]["source"] == {"path": "bundle.zip!b.txt", "url": None, "sha256": None, "format": None}
    assert rows[1]["title"] is None and rows[1]["body"] is None


def test_import_wardnews_stays_light() -> None:
    code = ("import sys, wardnews; heavy = {'pyarrow', 'warcio', 'tqdm', 'concurrent.futures', "
            "'wardnews.batch', 'wardnews._io'}; print(sorted(heavy & set(sys.modules)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
