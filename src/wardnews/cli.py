"""Command line: ``wardnews parse FILE...``, ``wardnews batch INPUT...`` (and ``python -m wardnews``).

Output is UTF-8 JSONL, one record per input, in input order. A bad input gives one stderr line
``path: code: message`` and the others are still processed. Exit 0 when all parsed, 1 when
some inputs failed, 2 on usage errors.
"""
from __future__ import annotations

import json
import os
import sys
from collections import Counter
from typing import IO

import click

from . import __version__
from .config import DEFAULT_TIMEOUT, PAGES_PER_UNIT
from .errors import WardnewsError


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="wardnews")
def cli() -> None:
    """Turn scraped Vietnamese ward/commune/district news pages into clean JSON records."""


@cli.command("parse")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--url", help="URL of the page (dates and places often sit in it); one input only.")
@click.option("--pretty", is_flag=True, help="Indented JSON, records separated by a blank line.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write records here (JSONL) instead of standard output.")
@click.option("--summary/--no-summary", default=None,
              help="Print a summary to stderr (default: on when writing to a file).")
def parse_command(files: tuple[str, ...], url: str | None, pretty: bool, output: str, summary: bool | None) -> None:
    """Parse FILE... (text or HTML; '-' reads standard input) into one JSON record each."""
    from ._pipeline import parse, parse_file  # here, not at import: batch/spark/dask/--help start faster

    if url and len(files) > 1:
        raise click.UsageError("--url names one page; give one FILE with it")
    failed = 0
    fields: Counter[str] = Counter()
    warnings: Counter[str] = Counter()
    out: IO[str]
    with click.open_file(output, "w", encoding="utf-8", lazy=False) as out:
        for name in files:
            try:
                if name == "-":
                    article = parse(sys.stdin.buffer.read(), url=url, path="-")
                else:
                    article = parse_file(name, url=url)
            except WardnewsError as exc:
                failed += 1
                click.echo(f"{name}: {exc.code}: {exc.reason}", err=True)
                continue
            record = article.to_dict()
            if pretty:
                out.write(json.dumps(record, ensure_ascii=False, indent=2) + "\n\n")
            else:
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
            out.flush()
            for key in ("title", "date", "lead", "author", "gallery"):
                fields[key] += record[key] is not None
            fields["body"] += bool(record["body"])
            fields["counters"] += bool(record["counters"])
            warnings.update(w["code"] for w in record["warnings"])
    if summary or (summary is None and output != "-"):
        done = len(files) - failed
        click.echo(f"{len(files)} pages in, {done} records out, {failed} errors", err=True)
        if done:
            click.echo("fields: " + ", ".join(f"{k} {fields[k]}/{done}" for k in
                                              ("title", "date", "lead", "body", "author", "counters", "gallery")),
                       err=True)
        if warnings:
            click.echo("warnings: " + ", ".join(f"{k} {v}" for k, v in warnings.most_common()), err=True)
    if failed:
        raise SystemExit(1)


@cli.command("batch")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", type=click.Path(dir_okay=False, allow_dash=True), default="-",
              help="Write records here; the format follows the extension (.jsonl .json .csv .parquet). "
                   "Default: JSONL on standard output.")
@click.option("-f", "--format", "fmt", type=click.Choice(["jsonl", "json", "csv", "parquet"]),
              help="Output format when the extension does not say.")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the number of CPUs). 1 parses in this process.")
@click.option("--errors", "errors_path", type=click.Path(dir_okay=False),
              help="Write one JSON line per failed input (source, code, reason, exception) here.")
@click.option("--resume", is_flag=True,
              help="Continue an interrupted run: keep OUTPUT (and the --errors file) and skip the inputs "
                   "they already hold (same source path and sha256).")
@click.option("--ordered", is_flag=True, help="Write records in input order (default: as they finish).")
@click.option("--include", multiple=True, metavar="GLOB",
              help="Only files/members matching GLOB (repeatable); no '/' in GLOB matches the file name.")
@click.option("--exclude", multiple=True, metavar="GLOB", help="Skip files, folders and members matching GLOB.")
@click.option("--url-field", default="url", show_default=True, help="JSONL field holding the page URL.")
@click.option("--text-field", "text_fields", multiple=True, metavar="NAME",
              help="JSONL field(s) holding the page, first present wins (default: text, html, content).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS", help="Seconds one page may take; past it the page is a parse.timeout error. "
                                      "0: no limit.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar, no per-error lines, no summary.")
def batch_command(inputs: tuple[str, ...], output: str, fmt: str | None, workers: int | None,
                  errors_path: str | None, resume: bool, ordered: bool, include: tuple[str, ...],
                  exclude: tuple[str, ...], url_field: str, text_fields: tuple[str, ...], timeout: float,
                  quiet: bool) -> None:
    """Normalise INPUT... (files, folders, .jsonl[.gz], .warc[.gz], .zip, .tar[.gz]) into one record per page.

    Every page gives a record in OUTPUT or an error (stderr, or --errors): pages in = records out
    + errors. Ctrl-C stops cleanly with a valid OUTPUT; --resume then finishes the job. Exit 0 when
    every page parsed, 1 when some failed, 130 when interrupted.
    """
    import signal

    from . import batch, writers
    from ._io import ReadOptions

    fmt = writers.format_of(output, fmt)
    if fmt is None:
        raise click.UsageError(f"cannot tell the format of {output!r}: use .jsonl, .json, .csv, .parquet or --format")
    if output == "-" and (fmt == "parquet" or resume):
        raise click.UsageError("Parquet output and --resume need a file: give -o OUTPUT")
    if errors_path and output != "-" and os.path.abspath(errors_path) == os.path.abspath(output):
        raise click.UsageError("--errors must name another file than OUTPUT")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise click.UsageError("Parquet output needs pyarrow: pip install 'wardnews[parquet]'") from None
    try:
        options = ReadOptions(include, exclude, url_field, text_fields or ReadOptions().text_fields)
    except (TypeError, ValueError) as exc:
        raise click.UsageError(str(exc)) from None
    progress = not quiet and sys.stderr.isatty()
    stop = {"requested": False}

    def on_signal(signum: int, frame: object) -> None:
        if stop["requested"]:  # a second Ctrl-C: stop now (a resumed run repairs a cut-off tail)
            raise KeyboardInterrupt
        stop["requested"] = True
        if not quiet:
            click.echo("\nstopping after the pages in progress… (Ctrl-C again to stop now)", err=True)

    def on_error(error: batch.ParseError) -> None:
        if not quiet and not errors_path:
            line = f"{error.source.name}: {error.code}: {error.reason}"
            if progress:
                from tqdm import tqdm

                tqdm.write(line, file=sys.stderr)
            else:
                click.echo(line, err=True)

    previous = {s: signal.signal(s, on_signal) for s in (signal.SIGINT, signal.SIGTERM)}
    try:
        report = batch.run(list(inputs), output, fmt, workers=workers or batch.default_workers(), ordered=ordered,
                           resume=resume, errors_path=errors_path, read_options=options, progress=progress,
                           on_error=on_error, should_stop=lambda: stop["requested"], timeout=timeout)
    except writers.ResumeError as exc:
        raise click.UsageError(str(exc)) from None
    finally:
        for s, handler in previous.items():
            signal.signal(s, handler)
    if not quiet:
        for line in report.lines():
            click.echo(line, err=True)
    if report.exit_code:
        raise SystemExit(report.exit_code)


# --- scaling out: Spark and Dask (extras wardnews[spark], wardnews[dask]) ---------------------

def _need(module: str, extra: str) -> None:
    from importlib.util import find_spec

    if find_spec(module) is None:
        raise click.UsageError(f"this command needs {module}: pip install 'wardnews[{extra}]'")


def _engine_report(report: object, quiet: bool) -> None:
    if not quiet:
        for line in report.lines():  # type: ignore[attr-defined]
            click.echo(line, err=True)
    if report.exit_code:  # type: ignore[attr-defined]
        raise SystemExit(report.exit_code)  # type: ignore[attr-defined]


@cli.command("spark")
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", required=True,
              help="Output folder (or hdfs://, s3a://… URI) of the Parquet dataset.")
@click.option("--master", help="Spark master: local[2], spark://host:7077, yarn… "
                               "(default: the one spark-submit gives, else local[*]).")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists (default: fail).")
@click.option("--read", type=click.Choice(["auto", "path", "binary"]), default="auto", show_default=True,
              help="path: executors open local/shared-filesystem files; binary: Spark's binaryFile source; "
                   "auto: path when every input is local.")
@click.option("--pages-per-task", type=click.IntRange(min=1), default=PAGES_PER_UNIT, show_default=True,
              help="Loose page files per task (each archive is one task).")
@click.option("--conf", "confs", multiple=True, metavar="KEY=VALUE", help="Spark configuration (repeatable).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS", help="Seconds one page may take; past it the page is a parse.timeout error. "
                                      "0: no limit.")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def spark_command(inputs: tuple[str, ...], output: str, master: str | None, overwrite: bool, read: str,
                  pages_per_task: int, confs: tuple[str, ...], timeout: float, quiet: bool) -> None:
    """Normalise INPUT... (folders, files, .warc[.gz], .zip, .tar[.gz], .jsonl) on Apache Spark into a
    Parquet dataset at OUTPUT, partitioned by year; every page is a record row or an error row.

    Also runs under spark-submit: spark-submit --master URL "$(python -c 'import wardnews.spark as s;
    print(s.SUBMIT_SCRIPT)')" INPUT... -o OUTPUT. Exit 0 when every page parsed, 1 when some failed.
    """
    _need("pyspark", "spark")
    from . import spark as engine

    conf = {}
    for item in confs:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise click.UsageError(f"--conf takes KEY=VALUE, got {item!r}")
        conf[key] = value
    for path in inputs:
        if engine._is_local(path) and not os.path.exists(engine.local_path(path)):
            raise click.UsageError(f"input {path!r} does not exist")
    out = engine.local_path(output) if engine._is_local(output) else None
    if out and os.path.exists(out) and not overwrite:  # fail before starting a JVM
        raise click.UsageError(f"{output} already exists (use --overwrite)")
    session = engine.session(master, conf=conf)
    if not quiet:
        click.echo(f"Spark {session.version}, master {session.sparkContext.master}", err=True)
    try:
        report = engine.normalize(session, list(inputs), output, mode="overwrite" if overwrite else "errorifexists",
                                  read=read, pages_per_task=pages_per_task, timeout=timeout)
    except Exception as exc:  # noqa: BLE001 - an AnalysisException for an existing OUTPUT, a lost cluster
        if "already exists" in str(exc):
            raise click.UsageError(f"{output} already exists (use --overwrite)") from None
        raise
    finally:
        session.stop()
    _engine_report(report, quiet)


@cli.command("dask")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True))
@click.option("-o", "--output", required=True, type=click.Path(file_okay=False),
              help="Output folder of the Parquet dataset.")
@click.option("-j", "--workers", type=click.IntRange(min=1), default=None,
              help="Worker processes of the local cluster (default: the number of CPUs).")
@click.option("--scheduler", metavar="ADDRESS",
              help="Use this running cluster (tcp://host:8786) instead of a local one.")
@click.option("--overwrite", is_flag=True, help="Replace OUTPUT if it exists (default: fail).")
@click.option("--pages-per-partition", type=click.IntRange(min=1), default=PAGES_PER_UNIT, show_default=True,
              help="Loose page files per partition (each archive is one partition).")
@click.option("--timeout", type=click.FloatRange(min=0), default=DEFAULT_TIMEOUT, show_default=True,
              metavar="SECONDS", help="Seconds one page may take; past it the page is a parse.timeout error. "
                                      "0: no limit.")
@click.option("-q", "--quiet", is_flag=True, help="No summary.")
def dask_command(inputs: tuple[str, ...], output: str, workers: int | None, scheduler: str | None, overwrite: bool,
                 pages_per_partition: int, timeout: float, quiet: bool) -> None:
    """Normalise INPUT... on Dask (a local cluster of worker processes, or --scheduler) into a
    Parquet dataset at OUTPUT, partitioned by year; every page is a record row or an error row.

    Workers open the input files by path: with --scheduler they must see the same filesystem.
    Exit 0 when every page parsed, 1 when some failed.
    """
    _need("distributed", "dask")
    from . import dask as engine

    if workers and scheduler:
        raise click.UsageError("--workers sizes the local cluster; a --scheduler brings its own workers")
    if os.path.isdir(output) and os.listdir(output) and not overwrite:
        raise click.UsageError(f"{output} exists and is not empty (use --overwrite)")
    report = engine.run(list(inputs), output, workers=workers, scheduler=scheduler, overwrite=overwrite,
                        pages_per_partition=pages_per_partition, timeout=timeout)
    _engine_report(report, quiet)


def main(argv: list[str] | None = None) -> int:
    """Console entry point; returns the exit code instead of exiting (for tests and embedding)."""
    try:
        cli.main(args=argv, prog_name="wardnews", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("aborted", err=True)
        return 130
    except click.ClickException as exc:
        exc.show()
        return 2
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
