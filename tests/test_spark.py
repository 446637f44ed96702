"""wardnews on a real local Spark (``local[2]``, the machine's Java): same records as ``wardnews
batch``, one row per page in, the Arrow schema on disk. Integration tests: they start a JVM."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections import Counter
from pathlib import Path

import _scale_inputs as data
import pytest
from conftest import FIXTURES

pytestmark = pytest.mark.integration

if not os.environ.get("CI"):  # in CI a missing engine is a failure, not a skip
    pytest.importorskip("pyspark", reason="needs the spark extra: pip install 'wardnews[spark]'")
    if shutil.which("java") is None and not os.environ.get("JAVA_HOME"):
        pytest.skip("needs Java for Spark", allow_module_level=True)

from wardnews import spark as ws
from wardnews._arrow import arrow_schema, record_fields

SPARK_CONF = {
    "spark.ui.enabled": "false",
    "spark.sql.shuffle.partitions": "4",
    "spark.default.parallelism": "2",
    "spark.driver.memory": "1g",
    "spark.sql.session.timeZone": "UTC",
    "spark.driver.extraJavaOptions": "-XX:TieredStopAtLevel=1",  # JIT level 1: half the JVM start-up
}


@pytest.fixture(scope="session")
def spark():
    session = ws.session("local[2]", app_name="wardnews-tests", conf=SPARK_CONF)
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


def test_spark_schema_is_derived_from_the_arrow_definition() -> None:
    from pyspark.sql.pandas.types import from_arrow_schema

    for with_error in (True, False):
        assert ws.spark_schema(with_error) == from_arrow_schema(arrow_schema(with_error))
        assert ws.spark_schema(with_error).fieldNames() == [name for name, _ in record_fields(with_error)]
    assert ws.spark_schema()["counters"].dataType.fieldNames()[:2] == ["online", "total_visits"]


def _check_dataset(output: Path, reference, *, same_paths: bool = True) -> list[dict]:
    records, errors, pages_in = reference
    rows, schemas = data.read_dataset(output)
    assert len(rows) == pages_in  # pages in = records + error rows
    assert schemas and all(s.equals(arrow_schema(True), check_metadata=False) for s in schemas)
    got_records, got_errors = data.split_rows(rows)
    assert data.sha_counts(got_records) == data.sha_counts(records)  # as sets by sha256, duplicates counted
    if same_paths:
        assert got_records == records  # whole records, field by field
        assert got_errors == errors
    assert sum(got_errors.values()) == sum(errors.values())
    for row in rows:  # partitioned by the year of the article date; errors and undated rows: null
        value = (row["date"] or {}).get("value")
        assert row["year"] == (int(value[:4]) if value else None)
        if row["error"] is not None:
            assert row["source"]["path"] and row["title"] is None and row["body"] is None
    years = {p.name for p in output.iterdir() if p.is_dir()}
    assert "year=__HIVE_DEFAULT_PARTITION__" in years and len(years) > 5
    return rows


def test_normalize_equals_batch(spark, scale_archive: Path, scale_reference, tmp_path: Path) -> None:
    output = tmp_path / "records"
    report = ws.normalize(spark, [str(scale_archive)], str(output))
    rows = _check_dataset(output, scale_reference)
    assert report.rows == len(rows) and report.errors == sum(scale_reference[1].values())
    assert report.error_codes["input.corrupt"] >= 3 and report.error_codes["input.too_large"] == 1
    with pytest.raises(Exception, match="already exists"):  # errorifexists by default: nothing clobbered
        ws.normalize(spark, [str(scale_archive)], str(output))


def test_binary_file_source_equals_batch(spark, scale_archive: Path, scale_reference, tmp_path: Path) -> None:
    """``read="binary"`` (how hdfs:// and s3a:// inputs are read): Spark's binaryFile source hands
    whole files to the executors; containers are spilled and read there. Empty files, which file
    scans skip, still get their row."""
    output = tmp_path / "records"
    files = ws.read_inputs(spark, [str(scale_archive)], read="binary")
    assert files.where("content is not null").count() == files.count()
    ws.normalize(spark, [str(scale_archive)], str(output), read="binary")
    _check_dataset(output, scale_reference)


def test_empty_input_gives_an_empty_dataset(spark, tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    for read in ("path", "binary"):
        report = ws.normalize(spark, [str(tmp_path / "none")], str(tmp_path / read), read=read)
        assert (report.rows, report.records, report.errors) == (0, 0, 0)


def test_parse_partition_takes_rows_of_path_or_url_and_bytes(spark) -> None:
    seed = (FIXTURES / "pages" / "seed-ward-meeting" / "input.txt").read_bytes()
    url = "https://truc-bach.hanoi.gov.vn/tin-tuc/2021-01-05/tong-ket.html"
    rows = [("seed.txt", seed), (url, seed), {"path": "blank.txt", "content": b" \n"},
            {"path": "dump.bin", "content": bytes(range(256)) * 8}, {"url": url}]
    out = list(ws.parse_partition(rows))
    assert [r["error"] for r in out][:2] == [None, None]
    assert out[0]["source"]["path"] == "seed.txt" and out[0]["counters"] == {"online": 460, "total_visits": 46435}
    assert out[1]["source"] == {**out[0]["source"], "path": None, "url": url}
    assert [r["error"].split(":")[0] for r in out[2:]] == ["input.empty", "input.binary", "input.no_content"]
    # the same through Spark, as rdd.mapPartitions and as mapInArrow on a DataFrame
    rdd = spark.sparkContext.parallelize(rows[:4], 2).mapPartitions(ws.parse_partition)
    df = spark.createDataFrame(rdd, ws.spark_schema())
    codes = sorted(r.error.split(":")[0] for r in df.select("error").collect() if r.error)
    assert df.count() == 4 and codes == ["input.binary", "input.empty"]
    frame = spark.createDataFrame([(r[0], r[1]) if isinstance(r, tuple) else (r["path"], r["content"])
                                   for r in rows[:4]], "path string, content binary")
    records = ws.parse_files(frame).collect()
    assert len(records) == 4 and records[0].title.startswith("Phường Trúc Bạch")


FAST_JVM = ("--conf", "spark.ui.enabled=false",
            "--conf", f"spark.driver.extraJavaOptions={SPARK_CONF['spark.driver.extraJavaOptions']}")


def _run(*args: str, cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    """Run a command; its output as one string (spark-submit sends Python's stderr to stdout)."""
    env = {**os.environ, "PYSPARK_PYTHON": sys.executable}
    proc = subprocess.run(args, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    proc.stderr = proc.stdout + proc.stderr
    return proc


def _small_input(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "pages" / "seed-ward-meeting" / "input.txt", folder / "seed.txt")
    (folder / "empty.txt").write_bytes(b"")
    return folder


def test_cli_spark_local(tmp_path: Path) -> None:
    folder = _small_input(tmp_path)
    proc = _run(sys.executable, "-m", "wardnews", "spark", "in", "-o", "out", "--master", "local[2]", *FAST_JVM,
                cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr[-3000:]  # 1: the empty page is an error row
    assert "2 pages in, 1 records out, 1 errors" in proc.stderr
    rows, _ = data.read_dataset(tmp_path / "out")
    assert Counter(r["year"] for r in rows) == {2020: 1, None: 1}
    assert {r["source"]["path"] for r in rows} == {os.path.join("in", "seed.txt"), os.path.join("in", "empty.txt")}
    again = _run(sys.executable, "-m", "wardnews", "spark", "in", "-o", "out", "--master", "local[1]", cwd=tmp_path)
    assert again.returncode == 2 and "already exists" in again.stderr
    assert folder.exists()


def test_spark_submit_runs_the_same_command(tmp_path: Path) -> None:
    _small_input(tmp_path)
    submit = Path(sys.executable).parent / "spark-submit"
    if not submit.exists():
        pytest.skip("spark-submit is not next to this Python")
    proc = _run(str(submit), "--master", "local[2]", *FAST_JVM, ws.SUBMIT_SCRIPT,
                str(tmp_path / "in"), "-o", str(tmp_path / "out"), cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "master local[2]" in proc.stderr and "2 pages in, 1 records out, 1 errors" in proc.stderr
    rows, schemas = data.read_dataset(tmp_path / "out")
    assert len(rows) == 2 and all(s.equals(arrow_schema(True), check_metadata=False) for s in schemas)


def test_import_wardnews_does_not_import_engines() -> None:
    code = ("import sys, wardnews, wardnews.spark, wardnews.dask; "
            "print(json.dumps(sorted(m for m in ('pyspark', 'dask', 'distributed', 'pyarrow') if m in sys.modules)))")
    out = subprocess.run([sys.executable, "-c", "import json; " + code], capture_output=True, text=True, check=True)
    assert json.loads(out.stdout) == []
