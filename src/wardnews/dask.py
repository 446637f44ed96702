"""Run wardnews on Dask: the same records as ``wardnews batch``, parsed on the workers.

    >>> from distributed import Client, LocalCluster            # doctest: +SKIP
    >>> from wardnews.dask import from_inputs, to_parquet
    >>> with Client(LocalCluster(n_workers=2, threads_per_worker=1)):
    ...     report = to_parquet(from_inputs(["pages/", "crawl/"]), "out/records")

- :func:`from_inputs` — a ``dask.bag.Bag`` of table rows: each record (``Article.to_dict()``) with
  ``error`` = None, and for each page that gave no record a row with ``source`` and ``error``
  (``"code: reason"``) filled, so rows = pages in.
- :func:`to_dataframe` — that bag as a ``dask.dataframe`` with the Arrow schema's types
  (``pd.ArrowDtype`` columns) and a ``year`` column.
- :func:`to_parquet` — the Parquet dataset, partitioned by ``year`` like the Spark engine's.
- ``wardnews dask INPUT... -o OUT_DIR [--workers N] [--scheduler ADDRESS]``.

The client lists the files (as ``wardnews batch`` does) and plans partitions: each archive, WARC or
JSONL file alone, loose pages 128 at a time. Workers open the files by path, so the inputs must
be on a filesystem the workers see (local disk for a local cluster, a shared one otherwise).

The module is ``wardnews.dask``; it imports the real ``dask`` package (absolute imports), and
only inside its functions: ``import wardnews`` never imports dask.
"""
from __future__ import annotations

import os
import time
from collections.abc import Iterable
from typing import Any

from . import _engines
from ._arrow import arrow_schema
from .config import DEFAULT_TIMEOUT, Config

__all__ = ["from_inputs", "run", "to_dataframe", "to_parquet"]

YEAR = _engines.YEAR


def from_inputs(inputs: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], *, config: Config | None = None,
                pages_per_partition: int = _engines.PAGES_PER_UNIT, timeout: float | None = DEFAULT_TIMEOUT) -> Any:
    """Every page of ``inputs`` (files, folders, ``.jsonl``, ``.warc(.gz)``, ``.zip``, ``.tar.*``)
    as a ``dask.bag.Bag`` of table rows, one per page in; nothing is read until computed. A page
    that takes over ``timeout`` seconds is a ``parse.timeout`` error row, in any scheduler."""
    import dask.bag as db

    units = _engines.plan_units(_engines.list_files(inputs), pages_per_partition)
    if not units:
        return db.from_sequence([], npartitions=1)
    work = [[(f.path, f.location) for f in unit] for unit in units]
    return db.from_sequence(work, npartitions=len(work)).map_partitions(
        _parse_units, _engines.config_state(config), timeout)


def _parse_units(units: Iterable[list[tuple[str, str]]], state: dict[str, Any],
                 timeout: float | None) -> list[_engines.Row]:
    config = _engines.config_from_state(state)
    return [row for files in units for row in _engines.rows_from_files(files, config, timeout)]


def file_schema() -> Any:
    """The Arrow schema of the written dataset: the record, ``error``, and the ``year`` partition."""
    import pyarrow as pa

    return arrow_schema(True).append(pa.field(YEAR, pa.int32()))


def _frame(rows: list[_engines.Row]) -> Any:
    import pandas as pd
    import pyarrow as pa

    table = pa.Table.from_pylist(rows, schema=arrow_schema(True))
    table = table.append_column(pa.field(YEAR, pa.int32()), pa.array([_engines.year_of(r) for r in rows], pa.int32()))
    return table.to_pandas(types_mapper=pd.ArrowDtype)


def to_dataframe(bag: Any) -> Any:
    """A bag of rows (:func:`from_inputs`) as a ``dask.dataframe.DataFrame``, one partition per
    bag partition, columns typed by the Arrow schema plus ``year``."""
    import dask.dataframe as dd
    from dask import delayed

    parts = [delayed(_frame)(part) for part in bag.to_delayed()]
    return dd.from_delayed(parts, meta=_frame([]), verify_meta=False)


def to_parquet(data: Any, output: str, *, overwrite: bool = False, config: Config | None = None,
               pages_per_partition: int = _engines.PAGES_PER_UNIT, compression: str = "zstd",
               timeout: float | None = DEFAULT_TIMEOUT) -> _engines.Report:
    """Write ``data`` (a bag from :func:`from_inputs`, or inputs to read) as a Parquet dataset at
    ``output``, partitioned by ``year`` (``year=__HIVE_DEFAULT_PARTITION__`` for undated records
    and error rows); files hold exactly the Arrow schema's columns. Runs on the current Dask
    scheduler (a ``distributed.Client`` if one is active). Returns the counts read back."""
    import dask.bag as db

    started = time.monotonic()
    if os.path.isdir(output) and os.listdir(output) and not overwrite:
        raise FileExistsError(f"{output} exists and is not empty (use overwrite=True)")
    bag = data if isinstance(data, db.Bag) else from_inputs(data, config=config, timeout=timeout,
                                                            pages_per_partition=pages_per_partition)
    if "://" not in output:
        output = os.path.abspath(output)  # workers write it: their working folder is not ours
    to_dataframe(bag).to_parquet(output, partition_on=[YEAR], schema=file_schema(), write_index=False,
                                 overwrite=overwrite, compression=compression, write_metadata_file=False)
    return _count(output, started)


def _count(output: str, started: float) -> _engines.Report:
    import pyarrow.dataset as ds

    dataset = ds.dataset(output, format="parquet", schema=file_schema(), partitioning="hive")  # no inference:
    errors = dataset.to_table(columns=["error"]).column(0)  # an empty input writes no file at all
    codes: dict[str, int] = {}
    records = 0
    for message in errors.to_pylist():
        if message is None:
            records += 1
        else:
            code = _engines.error_code(message)
            codes[code] = codes.get(code, 0) + 1
    failed = sum(codes.values())
    return _engines.Report(output, records + failed, records, failed, codes, time.monotonic() - started)


def run(inputs: Iterable[str], output: str, *, workers: int | None = None, scheduler: str | None = None,
        overwrite: bool = False, config: Config | None = None,
        pages_per_partition: int = _engines.PAGES_PER_UNIT, timeout: float | None = DEFAULT_TIMEOUT) -> _engines.Report:
    """What ``wardnews dask`` does: connect to ``scheduler`` (an address), or start a local cluster
    of ``workers`` processes (one thread each), and :func:`to_parquet`."""
    from distributed import Client, LocalCluster

    if scheduler:
        client = Client(scheduler)
        cluster = None
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=":0")
        client = Client(cluster)
    try:
        return to_parquet(list(inputs), output, overwrite=overwrite, config=config,
                          pages_per_partition=pages_per_partition, timeout=timeout)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
