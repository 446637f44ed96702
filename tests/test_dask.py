"""wardnews on a real ``dask.distributed.LocalCluster`` (2 worker processes): same records as
``wardnews batch``, one row per page in, the Arrow schema on disk. Integration tests."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import _scale_inputs as data
import pytest
from conftest import FIXTURES

pytestmark = pytest.mark.integration

if not os.environ.get("CI"):  # in CI a missing engine is a failure, not a skip
    pytest.importorskip("distributed", reason="needs the dask extra: pip install 'wardnews[dask]'")

import wardnews.dask as wd
from wardnews._arrow import arrow_schema


@pytest.fixture(scope="module")
def cluster():
    from distributed import Client, LocalCluster

    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster, \
            Client(cluster) as client:
        yield cluster, client


def test_wardnews_dask_does_not_shadow_dask() -> None:
    import dask
    import dask.bag

    assert wd.__name__ == "wardnews.dask" and dask.__name__ == "dask" and hasattr(dask, "compute")
    assert dask.bag.Bag is type(wd.from_inputs(str(FIXTURES / "pages")))


def test_bag_rows_equal_batch(cluster, scale_archive: Path, scale_reference) -> None:
    records, errors, pages_in = scale_reference
    bag = wd.from_inputs([str(scale_archive)])
    assert bag.npartitions > 10  # archives alone, loose pages in groups
    rows = bag.compute()
    assert len(rows) == pages_in
    got_records, got_errors = data.split_rows(rows)
    assert data.sha_counts(got_records) == data.sha_counts(records)
    assert got_records == records and got_errors == errors
    assert all(set(r) == set(arrow_schema(True).names) for r in rows)


def test_to_parquet_equals_batch(cluster, scale_archive: Path, scale_reference, tmp_path: Path) -> None:
    records, errors, pages_in = scale_reference
    output = tmp_path / "records"
    report = wd.to_parquet(wd.from_inputs([str(scale_archive)]), str(output))
    rows, schemas = data.read_dataset(output)
    assert len(rows) == pages_in == report.rows and report.errors == sum(errors.values())
    assert schemas and all(s.equals(arrow_schema(True), check_metadata=False) for s in schemas)
    got_records, got_errors = data.split_rows(rows)
    assert got_records == records and got_errors == errors
    for row in rows:
        value = (row["date"] or {}).get("value")
        assert row["year"] == (int(value[:4]) if value else None)
    assert (output / "year=__HIVE_DEFAULT_PARTITION__").is_dir()
    with pytest.raises(FileExistsError):
        wd.to_parquet([str(scale_archive)], str(output))


def test_empty_input_gives_an_empty_dataset(cluster, tmp_path: Path) -> None:
    (tmp_path / "none").mkdir()
    report = wd.to_parquet([str(tmp_path / "none")], str(tmp_path / "out"))
    assert (report.rows, report.records, report.errors) == (0, 0, 0)


def _small_input(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(FIXTURES / "pages" / "seed-ward-meeting" / "input.txt", folder / "seed.txt")
    (folder / "image.bin").write_bytes(bytes(range(256)) * 64)
    return folder


def _run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "wardnews", "dask", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=300, check=False)


def test_cli_dask_local_cluster(tmp_path: Path) -> None:
    _small_input(tmp_path)
    proc = _run("in", "-o", "out", "--workers", "2", cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr[-3000:]  # 1: the binary file is an error row
    assert "2 pages in, 1 records out, 1 errors" in proc.stderr and "input.binary 1" in proc.stderr
    rows, _ = data.read_dataset(tmp_path / "out")
    names = sorted(r["source"]["path"] for r in rows)
    assert names == [os.path.join("in", "image.bin"), os.path.join("in", "seed.txt")]
    assert _run("in", "-o", "out", cwd=tmp_path).returncode == 2  # exists: no clobbering without --overwrite


def test_cli_dask_existing_cluster(cluster, tmp_path: Path) -> None:
    local_cluster, _ = cluster
    _small_input(tmp_path)
    before = local_cluster.scheduler.transition_counter
    proc = _run("in", "-o", "out", "--scheduler", local_cluster.scheduler_address, cwd=tmp_path)
    assert proc.returncode == 1, proc.stderr[-3000:]
    assert "2 pages in, 1 records out, 1 errors" in proc.stderr
    assert local_cluster.scheduler.transition_counter > before  # the work ran on this cluster
    assert len(data.read_dataset(tmp_path / "out")[0]) == 2
    assert _run("in", "-o", "out2", "--scheduler", local_cluster.scheduler_address, "--workers", "2",
                cwd=tmp_path).returncode == 2  # --workers sizes a local cluster only


def test_a_slow_page_is_a_timeout_row_on_dask_task_threads(tmp_path: Path, monkeypatch) -> None:
    """Dask runs tasks in threads (the threaded scheduler, distributed workers): the page limit
    holds there too, and the partition's other pages are parsed."""
    from wardnews.batch import FAULT_ENV

    folder = _small_input(tmp_path)
    slow = folder / "slow.txt"
    slow.write_text((folder / "seed.txt").read_text(encoding="utf-8") + "\nSLOW-HERE\n", encoding="utf-8")
    monkeypatch.setenv(FAULT_ENV, "sleep:SLOW-HERE")
    rows = wd.from_inputs([str(folder)], timeout=0.3).compute(scheduler="threads")
    errors = {r["source"]["path"]: r["error"] for r in rows if r["error"]}
    assert errors[str(slow)].startswith("parse.timeout: parsing took longer than 0.3 s"), errors
    assert any(r["error"] is None and r["source"]["path"].endswith("seed.txt") for r in rows)
