"""Run wardnews on Apache Spark: the same records as ``wardnews batch``, parsed on the executors.

    >>> from wardnews.spark import normalize, session        # doctest: +SKIP
    >>> report = normalize(session("local[2]"), ["pages/", "crawl/"], "out/records")

- :func:`spark_schema` — the record as a Spark SQL ``StructType``, derived from the same field
  definition as the Arrow schema (:data:`wardnews._arrow.RECORD_FIELDS`).
- :func:`parse_partition` / :func:`parse_arrow` — rows of ``(path or url, content)`` → record rows,
  for ``rdd.mapPartitions`` and ``DataFrame.mapInArrow``. A page that gives no record is a row with
  ``source`` and ``error`` (``"code: reason"``) filled: never lost.
- :func:`read_inputs` — folders, files, WARC/zip/tar/JSONL as a DataFrame of files to parse.
- :func:`normalize` — read, parse, and write Parquet partitioned by the year of the article date.
- ``wardnews spark INPUT... -o OUT_DIR [--master local[2]]``; under ``spark-submit`` run
  :data:`SUBMIT_SCRIPT` (see ``docs/scaling.md``).

Reading: local and shared-filesystem paths are listed on the driver exactly as ``wardnews batch``
lists them and each executor task streams its files by path (a WARC of any size, memory flat).
Other filesystems (``hdfs://``, ``s3a://``…) go through Spark's ``binaryFile`` source, which hands
every file whole to a task as one row: files over ``max_file_bytes`` (default 1 GiB; Spark cannot
hold a row over 2 GiB) become ``input.too_large`` rows, and — as for every Spark file source —
names starting with ``_`` or ``.`` are not listed.

pyspark is imported inside the functions: ``import wardnews.spark`` alone does not start a JVM.
"""
from __future__ import annotations

import functools
import os
import sys
import time
from collections.abc import Iterable, Iterator
from typing import Any

from . import _engines
from ._arrow import INT64, STRING, FieldType, arrow_schema, record_fields
from ._io import as_inputs, kind_of, too_large
from .config import DEFAULT_TIMEOUT, Config

__all__ = ["SUBMIT_SCRIPT", "normalize", "parse_arrow", "parse_partition", "read_inputs", "session",
           "spark_schema"]

SUBMIT_SCRIPT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "_submit", "wardnews_spark.py")
"""A Python file for ``spark-submit`` (which only runs ``.py`` files): ``wardnews spark`` arguments."""

MAX_FILE_BYTES = 1 << 30
INPUT_SCHEMA = "path string, length long, content binary, location string"
YEAR = _engines.YEAR


# --- schema ------------------------------------------------------------------------------------

def spark_schema(with_error: bool = True) -> Any:
    """The record as a ``pyspark.sql.types.StructType`` (every field nullable), plus ``error``."""
    from pyspark.sql import types as T

    def convert(t: FieldType) -> Any:
        if t == STRING:
            return T.StringType()
        if t == INT64:
            return T.LongType()
        assert isinstance(t, tuple), t
        kind, inner = t
        if kind == "list":
            return T.ArrayType(convert(inner), containsNull=True)
        if kind == "struct":
            return T.StructType([T.StructField(n, convert(s), nullable=True) for n, s in inner])
        raise ValueError(f"unknown field type {t!r}")

    return T.StructType([T.StructField(n, convert(t), nullable=True) for n, t in record_fields(with_error)])


# --- parsing on the executors ------------------------------------------------------------------

def _is_local(path: str) -> bool:
    if path.startswith("file:"):
        return True
    head = path.split("/", 1)[0]
    return not (head.endswith(":") and len(head) > 2)  # "hdfs:", "s3a:"; not "C:"


def local_path(path: str) -> str:
    """``file:/a/b`` (as Spark names local files) or ``file:///a/b`` → ``/a/b``; others unchanged."""
    if path.startswith("file://"):
        return path[len("file://"):]
    if path.startswith("file:"):
        return path[len("file:"):]
    return path


def _input_rows(row: Any, config: Config, max_file_bytes: int, timeout: float | None) -> Iterator[_engines.Row]:
    fields = _as_dict(row)
    get = fields.get
    path: str | None = get("path") or None
    url: str | None = get("url") or None
    content = get("content")
    if path is None and url is None:
        return iter([_engines.unreadable("<row>", "input.no_content", "the row has neither a path nor a url")])
    name: str = local_path(path) if path else url  # type: ignore[assignment]
    if content is not None:
        rows = _engines.rows_from_bytes(name, bytes(content), config, url=url, timeout=timeout)
        return rows if path else _without_path(rows)
    if path is None:
        return iter([_engines.unreadable(name, "input.no_content", "the row has a url but no content")])
    if _is_local(path):
        return _engines.rows_from_files([(name, local_path(get("location") or path))], config, timeout)
    length = get("length")
    if length is None or length <= max_file_bytes:
        return iter([_engines.unreadable(name, "input.no_content",
                                         "the row has no content and its path is not on a local filesystem")])
    if kind_of(name) == "page":
        return iter([_engines.row_of(too_large(name, None, config.max_bytes))])
    return iter([_engines.unreadable(name, "input.too_large",
                                     f"{length} bytes is over the {max_file_bytes}-byte limit of files read through "
                                     "Spark's binaryFile source; put it on a shared filesystem and give its path")])


def _as_dict(row: Any) -> dict[str, Any]:
    if isinstance(row, dict):
        return row
    if hasattr(row, "asDict"):  # pyspark.sql.Row
        return row.asDict()  # type: ignore[no-any-return]
    if isinstance(row, (tuple, list)) and len(row) == 2:
        first, content = row
        web = isinstance(first, str) and first.startswith(("http://", "https://"))
        return {"url" if web else "path": first, "content": content}
    raise TypeError(f"a row must be a dict, a pyspark Row or a (path or url, content) pair, got {type(row).__name__}")


def _without_path(rows: Iterator[_engines.Row]) -> Iterator[_engines.Row]:
    for row in rows:
        row["source"]["path"] = None
        yield row


def parse_partition(rows: Iterable[Any], config: Config | None = None, *, max_file_bytes: int = MAX_FILE_BYTES,
                    timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[_engines.Row]:
    """Rows with ``path`` and/or ``url`` and ``content`` (bytes, or null to read ``path`` from a
    local/shared filesystem) → one record row per page (a container file gives many).

    Each output row is a dict matching :func:`spark_schema`: the record and ``error`` = None, or
    ``source`` and ``error`` set. Use as ``rdd.mapPartitions(parse_partition)``. A page that takes
    over ``timeout`` seconds is a ``parse.timeout`` error row, and the task goes on.
    """
    cfg = config or Config()
    for row in rows:
        yield from _input_rows(row, cfg, max_file_bytes, timeout)


def parse_arrow(batches: Iterable[Any], config_state: dict[str, Any] | None = None, *,
                max_file_bytes: int = MAX_FILE_BYTES, timeout: float | None = DEFAULT_TIMEOUT) -> Iterator[Any]:
    """The Arrow form of :func:`parse_partition`, for ``DataFrame.mapInArrow``::

        files = spark.read.format("binaryFile").load("hdfs:///crawl/")
        records = files.mapInArrow(parse_arrow, spark_schema())

    ``config_state`` is :func:`wardnews._engines.config_state` of a Config (bind it with
    ``functools.partial``); a Config itself does not pickle.
    """
    config = _engines.config_from_state(config_state)
    schema = arrow_schema(True)

    def rows() -> Iterator[_engines.Row]:
        for batch in batches:
            yield from parse_partition(batch.to_pylist(), config, max_file_bytes=max_file_bytes, timeout=timeout)

    yield from _engines.arrow_batches(rows(), schema)


# --- reading and writing -----------------------------------------------------------------------

def read_inputs(spark: Any, inputs: str | Iterable[str], *, read: str = "auto",
                pages_per_task: int = _engines.PAGES_PER_UNIT, max_file_bytes: int = MAX_FILE_BYTES) -> Any:
    """The files of ``inputs`` as a DataFrame ``(path, length, content, location)``, one task's work
    per partition (``location``: where executors open ``path``, absolute).

    ``read="path"``: the driver lists local/shared-filesystem inputs as ``wardnews batch`` does and
    plans tasks (each archive alone, loose pages ``pages_per_task`` at a time); ``content`` is null
    and executors open the files. ``read="binary"``: Spark's ``binaryFile`` source lists and reads
    the files (any Hadoop filesystem). ``"auto"``: path when every input is local, else binary.
    """
    from pyspark.sql import functions as F

    paths = as_inputs(inputs)
    if read not in ("auto", "path", "binary"):
        raise ValueError(f"read must be 'auto', 'path' or 'binary', got {read!r}")
    if read == "auto":
        read = "path" if all(_is_local(p) for p in paths) else "binary"
    if read == "path":
        bad = [p for p in paths if not _is_local(p)]
        if bad:
            raise ValueError(f"read='path' needs local or shared-filesystem paths, got {bad[0]!r}")
        units = _engines.plan_units(_engines.list_files([local_path(p) for p in paths]), pages_per_task)
        if not units:
            return spark.createDataFrame([], INPUT_SCHEMA)
        tuples = [[(f.path, f.size, None, f.location) for f in unit] for unit in units]
        rdd = spark.sparkContext.parallelize(tuples, len(tuples)).flatMap(lambda unit: unit)
        return spark.createDataFrame(rdd, INPUT_SCHEMA)
    files = spark.read.format("binaryFile").option("recursiveFileLookup", "true").load(paths)
    nowhere = F.lit(None).cast("string").alias("location")
    small = files.where(F.col("length") <= max_file_bytes).select("path", "length", "content", nowhere)
    large = files.where(F.col("length") > max_file_bytes).select(
        "path", "length", F.lit(None).cast("binary").alias("content"), nowhere)
    # File scans skip empty files; listed but not scanned means empty: give them their row too.
    listed = spark.createDataFrame([(_hadoop_name(uri),) for uri in files.inputFiles()], "path string")
    empty = listed.join(files.select("path"), "path", "left_anti").select(
        "path", F.lit(0).cast("long").alias("length"), F.lit("").cast("binary").alias("content"), nowhere)
    return small.unionByName(large).unionByName(empty)


def _hadoop_name(uri: str) -> str:
    """``inputFiles()`` gives ``file:///a/b%20c``; the ``path`` column says ``file:/a/b c``."""
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(uri)
    return f"{parts.scheme}:{'//' + parts.netloc if parts.netloc else ''}{unquote(parts.path)}"


def parse_files(files: Any, config: Config | None = None, *, max_file_bytes: int = MAX_FILE_BYTES,
                timeout: float | None = DEFAULT_TIMEOUT) -> Any:
    """A DataFrame of files (``path``/``url``, ``content``) → a DataFrame of record rows
    (:func:`spark_schema`), parsed on the executors; ``timeout``: seconds one page may take."""
    fn = functools.partial(parse_arrow, config_state=_engines.config_state(config), max_file_bytes=max_file_bytes,
                           timeout=timeout)
    return files.mapInArrow(fn, spark_schema(True))


def normalize(spark: Any, inputs: str | Iterable[str], output: str, *, mode: str = "errorifexists",
              read: str = "auto", config: Config | None = None, pages_per_task: int = _engines.PAGES_PER_UNIT,
              max_file_bytes: int = MAX_FILE_BYTES, compression: str = "zstd",
              timeout: float | None = DEFAULT_TIMEOUT) -> _engines.Report:
    """Parse every page of ``inputs`` and write a Parquet dataset to ``output``, partitioned by
    ``year`` (of ``date.value``; null — ``year=__HIVE_DEFAULT_PARTITION__`` — for undated records
    and error rows). Files hold exactly :func:`spark_schema` columns; rows = pages in.

    Rows are rebalanced by year before the write (a ``REBALANCE`` hint: adaptive execution splits
    a big year into files of ``spark.sql.adaptive.advisoryPartitionSizeInBytes``), so the dataset
    has about one file per year rather than one per task and year. ``mode`` is Spark's save mode
    (``errorifexists``, ``overwrite``). ``timeout``: seconds one page may take before it becomes
    a ``parse.timeout`` error row. Returns the counts, read back from what was written.
    """
    from pyspark.sql import functions as F

    started = time.monotonic()
    files = read_inputs(spark, inputs, read=read, pages_per_task=pages_per_task, max_file_bytes=max_file_bytes)
    records = parse_files(files, config, max_file_bytes=max_file_bytes, timeout=timeout)
    # Rebalanced by year before writing: one file per year (more for a big year, split by adaptive
    # execution), not one per task and year — tiny files cost the writer 5x the CPU, and readers more.
    (records.withColumn(YEAR, F.substring(F.col("date.value"), 1, 4).cast("int")).hint("rebalance", YEAR)
     .write.mode(mode).partitionBy(YEAR).option("compression", compression).parquet(output))
    written = spark_schema(True).add(YEAR, "integer")  # given, not inferred: an empty input writes no file
    counts = (spark.read.schema(written).parquet(output)
              .groupBy(F.substring_index(F.col("error"), ":", 1).alias("code")).count().collect())
    codes = {r["code"]: r["count"] for r in counts if r["code"] is not None}
    records_out = sum(r["count"] for r in counts if r["code"] is None)
    errors = sum(codes.values())
    return _engines.Report(output, records_out + errors, records_out, errors, codes, time.monotonic() - started)


def session(master: str | None = None, *, app_name: str = "wardnews", conf: dict[str, str] | None = None) -> Any:
    """A SparkSession: ``master`` (``local[2]``, ``spark://host:7077``, ``yarn``…) or the one
    ``spark-submit`` set. Local executors run this Python (``PYSPARK_PYTHON`` unless already set)."""
    from pyspark.sql import SparkSession

    if master is None and "PYSPARK_GATEWAY_PORT" not in os.environ:  # not under spark-submit
        master = "local[*]"
    if master and master.startswith("local") and "PYSPARK_PYTHON" not in os.environ:
        os.environ["PYSPARK_PYTHON"] = sys.executable
    builder = SparkSession.builder.appName(app_name)
    if master:
        builder = builder.master(master)
    for key, value in (conf or {}).items():
        builder = builder.config(key, value)
    return builder.getOrCreate()


def main(argv: list[str] | None = None) -> int:
    """``spark-submit SUBMIT_SCRIPT INPUT... -o OUT_DIR``: the ``wardnews spark`` command."""
    from .cli import main as cli_main

    return cli_main(["spark", *(sys.argv[1:] if argv is None else argv)])
