"""A generated archive of a few thousand pages for the Spark and Dask integration tests, and what
``wardnews batch`` makes of it (the reference the engines must equal).

The archive mixes every input kind — loose text and HTML pages in folders, a zip, a tar.gz, a
gzipped and a plain WARC, a JSONL export — built from the fixture pages plus invented pages, and
broken inputs: binary, empty, too large, a corrupt zip, a truncated tar.gz, a garbage WARC, a JSONL
line that is not JSON, a zip member that is binary. Deterministic: same bytes on every run.

Also what the benchmarks share with the tests: the base pages, made unique by number, and the
descendants of a process (its workers). The benchmarks import this module without pytest, so it
does not import conftest.
"""
from __future__ import annotations

import functools
import gzip
import io
import json
import os
import random
import subprocess
import sys
import tarfile
import uuid
import zipfile
from collections import Counter
from pathlib import Path
from typing import Any

from wardnews._arrow import record_from_row
from wardnews.config import DEFAULT_CONFIG

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# The labelled corpus lives beside the project in the team's checkout; a user's clone lacks it.
CORPUS = Path(os.environ.get("WARDNEWS_CORPUS", ROOT.parent / "shared" / "corpus"))

PLACES = ["phường Trúc Bạch", "xã Yên Hoà", "thị trấn Đông Anh", "phường Hoà Bình", "xã Tân Lập",
          "phường Nghĩa Đô", "xã Phú Cát", "thị trấn Sóc Sơn", "phường Quảng An", "xã Đại Thịnh"]
ORGS = ["UBND", "Đảng ủy", "UBMTTQ", "Hội Phụ nữ", "Đoàn Thanh niên", "Hội Cựu chiến binh"]
EVENTS = ["hội nghị tổng kết công tác năm", "lễ phát động phong trào thi đua", "buổi gặp mặt các gia đình chính sách",
          "chương trình ra quân vệ sinh môi trường", "hội nghị tiếp xúc cử tri", "lễ trao tặng Huy hiệu Đảng",
          "đợt tiêm chủng mở rộng", "hội thi tìm hiểu pháp luật"]
SENTENCES = [
    "Tham dự có đại diện lãnh đạo quận cùng các ban, ngành, đoàn thể và đông đảo nhân dân trên địa bàn.",
    "Năm qua, các chỉ tiêu kinh tế – xã hội cơ bản đều đạt và vượt kế hoạch đề ra.",
    "Công tác an sinh xã hội được quan tâm, các gia đình chính sách được thăm hỏi kịp thời.",
    "Phong trào toàn dân đoàn kết xây dựng đời sống văn hoá tiếp tục được đẩy mạnh.",
    "Hội nghị đã thảo luận, thống nhất các nhiệm vụ trọng tâm trong thời gian tới.",
    "Dịp này, nhiều tập thể và cá nhân có thành tích xuất sắc đã được biểu dương, khen thưởng.",
    "Lực lượng công an phối hợp với dân phòng duy trì trật tự, an toàn giao thông trên các tuyến phố.",
    "Các tổ dân phố đã tổ chức tổng vệ sinh, khơi thông cống rãnh, thu gom rác thải.",
    "Đồng chí Chủ tịch UBND đề nghị các đơn vị tiếp tục phát huy những kết quả đã đạt được.",
    "Chương trình nhận được sự hưởng ứng tích cực của cán bộ, hội viên và nhân dân.",
]
NAMES = ["Nguyễn Thị Hoa", "Trần Văn Nam", "Lê Minh Tuấn", "Phạm Thu Hà", "Hoàng Đức Long", "VĂN TỐ", "T.Long"]
ROLES = ["Chủ tịch Hội CCB phường", "Bí thư Đoàn phường", "Cán bộ Văn hoá xã", "Phó Chủ tịch UBND phường"]


def _text_page(rng: random.Random, i: int) -> str:
    place, org, event = rng.choice(PLACES), rng.choice(ORGS), rng.choice(EVENTS)
    year, month, day = rng.randint(2016, 2025), rng.randint(1, 12), rng.randint(1, 28)
    title = f"{place.capitalize()} tổ chức {event} số {i}"
    body = [" ".join(rng.sample(SENTENCES, rng.randint(2, 4))) for _ in range(rng.randint(1, 4))]
    lines = [title, ""]
    if rng.random() < 0.85:
        lines += [f"Ngày {day}/{month}/{year}, {org} {place} tổ chức {event}.", ""]
    lines += [p + "\n" for p in body]
    style = rng.random()
    if style < 0.4:
        lines += [rng.choice(NAMES), "", rng.choice(ROLES), ""]
    elif style < 0.7:
        lines += [f"Tin, ảnh: {rng.choice(NAMES)}", ""]
    if rng.random() < 0.5:
        lines += ["Thư viện hình ảnh", "", "Thống kê truy cập", f"Đang trực tuyến: {rng.randint(1, 999)}",
                  f"Số lượt truy cập: {rng.randint(1000, 999999)}"]
    return "\n".join(lines) + "\n"


def _html_page(rng: random.Random, i: int) -> str:
    text = _text_page(rng, i).split("\n")
    title, rest = text[0], [line for line in text[1:] if line.strip()]
    paragraphs = "".join(f"<p>{line}</p>\n" for line in rest)
    return (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>{title}</title></head>'
            f'<body><div class="menu"><a href="/">Trang chủ</a> <a href="/tin">Tin tức</a></div>\n'
            f'<h1 class="title">{title}</h1>\n<div class="content">\n{paragraphs}</div></body></html>\n')


def base_pages() -> list[tuple[str, bytes]]:
    """(extension, bytes) of the fixture pages and, when it is there, the shared corpus's real pages."""
    pages = [(p.suffix, p.read_bytes()) for p in sorted(FIXTURES.glob("pages/*/input.*"))]
    for pattern in ("dev/*.txt", "html/*.html"):
        pages += [(p.suffix, p.read_bytes()) for p in sorted(CORPUS.glob(pattern))]
    return pages


def numbered(page: bytes, ext: str, i: int) -> bytes:
    """The page made unique: a comment in HTML, a suffix on the first line of text."""
    if ext == ".html":
        return f"<!-- page {i} -->\n".encode() + page
    first, _, rest = page.partition(b"\n")
    return first.rstrip() + f" ({i})".encode() + b"\n" + rest


def descendants(pid: int) -> set[int]:
    """Every descendant of ``pid``, from /proc (the workers hang off the forkserver, not the batch process)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    parents[int(entry)] = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                pass
    found, frontier = set(), {pid}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


def _fixture_pages() -> list[bytes]:
    return [next(iter(sorted(d.glob("input.*")))).read_bytes()
            for d in sorted((FIXTURES / "pages").iterdir()) if any(d.glob("input.*"))]


def _warc_record(rec_type: str, uri: str, payload: bytes, content_type: str, rng: random.Random) -> bytes:
    head = [("WARC-Type", rec_type), ("WARC-Target-URI", uri), ("WARC-Date", "2024-05-01T08:00:00Z"),
            ("WARC-Record-ID", f"<urn:uuid:{uuid.UUID(int=rng.getrandbits(128))}>"),
            ("Content-Type", content_type), ("Content-Length", str(len(payload)))]
    return (b"WARC/1.0\r\n" + b"".join(f"{k}: {v}\r\n".encode() for k, v in head) + b"\r\n" + payload + b"\r\n\r\n")


def _http(status: str, ctype: str, body: bytes) -> bytes:
    return (f"HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {len(body)}\r\n\r\n").encode() + body


def _warc(pages: list[tuple[str, bytes]], rng: random.Random, gz: bool) -> bytes:
    out = io.BytesIO()
    for n, (url, body) in enumerate(pages):
        records = [_warc_record("request", url, f"GET {url} HTTP/1.1\r\nHost: x\r\n\r\n".encode(),
                                "application/http; msgtype=request", rng),
                   _warc_record("response", url, _http("200 OK", "text/html; charset=utf-8", body),
                                "application/http; msgtype=response", rng)]
        if n % 50 == 0:  # not pages: an image and a 404, which readers skip
            records.append(_warc_record("response", url + ".jpg", _http("200 OK", "image/jpeg", b"\xff\xd8\xff" * 50),
                                        "application/http; msgtype=response", rng))
            records.append(_warc_record("response", url + "?x", _http("404 Not Found", "text/html", b"<p>404</p>"),
                                        "application/http; msgtype=response", rng))
        for record in records:
            out.write(gzip.compress(record, mtime=0) if gz else record)
    return out.getvalue()


def _url(rng: random.Random, i: int) -> str:
    return (f"https://{rng.choice(['truc-bach', 'yenhoa', 'dongAnh', 'nghiado'])}.hanoi.gov.vn/tin-tuc/"
            f"{rng.randint(2016, 2025)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}/bai-{i}.html")


def make_archive(root: Path, scale: int = 1) -> Path:
    """Write the archive under ``root``/archive and return that folder (about 3,000 × scale pages)."""
    rng = random.Random(20240501)
    base = root / "archive"
    pages = base / "pages"
    fixtures = _fixture_pages()
    i = 0

    def page(html: bool | None = None) -> bytes:
        nonlocal i
        i += 1
        is_html = rng.random() < 0.25 if html is None else html
        return (_html_page(rng, i) if is_html else _text_page(rng, i)).encode("utf-8")

    for n, data in enumerate(fixtures):
        (pages / "fixtures").mkdir(parents=True, exist_ok=True)
        (pages / "fixtures" / f"{n:03d}.txt").write_bytes(data)
    for n in range(700 * scale):
        folder = pages / rng.choice(["truc-bach", "yen-hoa", "dong-anh"]) / str(2016 + n % 10)
        folder.mkdir(parents=True, exist_ok=True)
        data = page()
        (folder / f"{n:05d}.{'html' if data.startswith(b'<!DOCTYPE') else 'txt'}").write_bytes(data)
    (pages / "tin tức").mkdir()
    (pages / "tin tức" / "hội nghị tổng kết.txt").write_bytes(page(False))
    (pages / "encodings").mkdir()
    (pages / "encodings" / "utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + page(False))
    (pages / "encodings" / "utf16.txt").write_bytes(page(False).decode("utf-8").encode("utf-16"))

    with zipfile.ZipFile(base / "bundle.zip", "w", zipfile.ZIP_DEFLATED) as z:
        for n, data in enumerate(fixtures):  # duplicates of the loose fixture pages: same sha256 twice
            z.writestr(f"fixtures/{n:03d}.txt", data)
        for n in range(500 * scale):
            z.writestr(f"bai/{n:05d}.txt", page())
        z.writestr("bai/anh.jpg.txt", bytes(range(256)) * 40)  # binary member
        z.writestr("bai/rong.txt", b"")  # empty member
    with tarfile.open(base / "bundle.tar.gz", "w:gz") as t:
        for n in range(500 * scale):
            data = page()
            info = tarfile.TarInfo(f"tin/{n:05d}.txt")
            info.size, info.mtime = len(data), 0
            t.addfile(info, io.BytesIO(data))
    crawl = base / "crawl"
    crawl.mkdir()
    (crawl / "crawl-00000.warc.gz").write_bytes(
        _warc([(_url(rng, n), page(True)) for n in range(600 * scale)], rng, gz=True))
    (crawl / "crawl-00001.warc").write_bytes(
        _warc([(_url(rng, n), page()) for n in range(200 * scale)], rng, gz=False))
    with open(base / "export.jsonl", "w", encoding="utf-8") as f:
        for n in range(400 * scale):
            f.write(json.dumps({"url": _url(rng, n), "text": page(False).decode("utf-8")}, ensure_ascii=False) + "\n")
        f.write('{"url": "https://x.gov.vn/a", "text": \n')  # not JSON
        f.write('{"url": "https://x.gov.vn/b", "title": "no text field"}\n')

    broken = base / "broken"
    broken.mkdir()
    (broken / "image.bin").write_bytes(bytes(range(256)) * 64)
    (broken / "empty.txt").write_bytes(b"")
    (broken / "huge.txt").write_bytes(b"Trang qu\xc3\xa1 l\xe1\xbb\x9bn\n" * (DEFAULT_CONFIG.max_bytes // 16 + 1000))
    (broken / "corrupt.zip").write_bytes(b"PK\x03\x04" + bytes(rng.getrandbits(8) for _ in range(4000)))
    (broken / "garbage.warc.gz").write_bytes(b"\x1f\x8b\x08\x00" + bytes(rng.getrandbits(8) for _ in range(3000)))
    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as t:
        for n in range(60):
            data = page(False)
            info = tarfile.TarInfo(f"cut/{n:03d}.txt")
            info.size, info.mtime = len(data), 0
            t.addfile(info, io.BytesIO(data))
    whole = buffer.getvalue()
    (broken / "truncated.tar.gz").write_bytes(whole[: len(whole) * 3 // 5])
    return base


@functools.cache
def archive(root: str) -> Path:
    """The archive under ``root``, made once per test session (both test files share it)."""
    return make_archive(Path(root))


@functools.cache
def batch_reference(root: str) -> tuple[Counter[str], Counter[tuple[str, str]], int]:
    """``wardnews batch`` on the archive: records (canonical JSON, counted), errors
    ``(source.path, code)`` (counted), and pages in, from its own summary."""
    base = archive(root)
    out, errors = Path(root) / "batch.jsonl", Path(root) / "batch-errors.jsonl"
    proc = subprocess.run([sys.executable, "-m", "wardnews", "batch", str(base), "-o", str(out), "--errors",
                           str(errors), "-j", "2"], capture_output=True, timeout=600, check=False)
    assert proc.returncode == 1, proc.stderr.decode("utf-8", "replace")  # 1: some inputs failed, on purpose
    summary = proc.stderr.decode("utf-8").splitlines()[0]
    pages_in = int(summary.split(" pages in")[0])
    records = Counter(canonical(json.loads(line)) for line in out.read_text("utf-8").splitlines())
    failed = Counter((e["source"]["path"], e["code"]) for e in map(json.loads, errors.read_text("utf-8").splitlines()))
    assert sum(records.values()) + sum(failed.values()) == pages_in
    return records, failed, pages_in


def canonical(record: dict[str, Any]) -> str:
    return json.dumps(record, ensure_ascii=False, sort_keys=True)


def split_rows(rows: list[dict[str, Any]]) -> tuple[Counter[str], Counter[tuple[str, str]]]:
    """Table rows (read back from Parquet, or from a bag) as the reference's two multisets."""
    records: Counter[str] = Counter()
    errors: Counter[tuple[str, str]] = Counter()
    for row in rows:
        if row["error"] is None:
            records[canonical(record_from_row(row))] += 1
        else:
            errors[(row["source"]["path"], row["error"].split(":", 1)[0])] += 1
    return records, errors


def sha_counts(records: Counter[str]) -> Counter[str]:
    shas: Counter[str] = Counter()
    for record, n in records.items():
        shas[json.loads(record)["source"]["sha256"]] += n
    return shas


def read_dataset(path: str | os.PathLike[str]) -> tuple[list[dict[str, Any]], list[Any]]:
    """Rows of a year-partitioned Parquet dataset, and the schema of each of its files."""
    import pyarrow.dataset as ds
    import pyarrow.parquet as pq

    dataset = ds.dataset(str(path), format="parquet", partitioning="hive")
    schemas = [pq.read_schema(f) for f in dataset.files]
    return dataset.to_table().to_pylist(), schemas
