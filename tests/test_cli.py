"""The command line, run as a user runs it: in a subprocess."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from conftest import FIXTURES

SEED = FIXTURES / "pages" / "seed-ward-meeting" / "input.txt"


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([sys.executable, "-m", "wardnews", *args], input=stdin, capture_output=True, timeout=120)


def test_parse_prints_one_jsonl_record_per_input() -> None:
    proc = run("parse", str(SEED), str(SEED))
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.decode("utf-8").splitlines()
    assert len(lines) == 2
    record = json.loads(lines[0])
    assert record["title"].startswith("Phường Trúc Bạch")
    assert record["counters"] == {"online": 460, "total_visits": 46435}
    assert record["source"]["path"] == str(SEED)


def test_stdin_and_url(tmp_path: Path) -> None:
    page = "Xã Yên Hoà tổ chức hội nghị\n\nSáng nay, xã Yên Hoà tổ chức hội nghị tổng kết công tác năm với nhiều nội dung.\n"
    proc = run("parse", "-", "--url", "https://yenhoa.example.gov.vn/tin/2023-01-30/hoi-nghi.html",
               stdin=page.encode("utf-8"))
    assert proc.returncode == 0, proc.stderr
    record = json.loads(proc.stdout)
    assert record["date"] == {"value": "2023-01-30", "kind": "published", "text": "2023-01-30", "source": "url"}
    assert record["source"]["url"].endswith("hoi-nghi.html")


def test_bad_file_is_reported_and_others_still_processed(tmp_path: Path) -> None:
    binary = tmp_path / "image.bin"
    binary.write_bytes(bytes(range(256)) * 64)
    missing = tmp_path / "missing.txt"
    out = tmp_path / "out.jsonl"
    proc = run("parse", str(binary), str(SEED), str(missing), "-o", str(out))
    assert proc.returncode == 1
    err = proc.stderr.decode("utf-8")
    assert f"{binary}: input.binary:" in err
    assert f"{missing}: input.unreadable:" in err
    assert "3 pages in, 1 records out, 2 errors" in err
    records = [json.loads(x) for x in out.read_text("utf-8").splitlines()]
    assert [r["title"][:12] for r in records] == ["Phường Trúc "]


def test_pretty_output_is_indented_utf8() -> None:
    proc = run("parse", "--pretty", str(SEED))
    assert proc.returncode == 0
    text = proc.stdout.decode("utf-8")
    assert '\n  "title": "Phường Trúc Bạch' in text  # letters as letters, not \\u escapes


def test_usage_errors_exit_2() -> None:
    assert run("parse").returncode == 2
    assert run("parse", "a.txt", "b.txt", "--url", "https://x.gov.vn/").returncode == 2
    assert run("no-such-command").returncode == 2


def test_console_script_main_returns_code() -> None:
    from wardnews.cli import main

    assert main(["parse", str(SEED), "-o", "-"]) == 0
    assert main(["parse"]) == 2
    assert main(["--version"]) == 0
