"""Command line: ``wardnews parse FILE...`` (and ``python -m wardnews``).

Output is UTF-8 JSONL, one record per input, in input order. A bad input gives one stderr line
``path: code: message`` and the others are still processed. Exit 0 when all parsed, 1 when
some inputs failed, 2 on usage errors.
"""
from __future__ import annotations

import json
import sys
from collections import Counter
from typing import IO

import click

from . import __version__
from ._pipeline import parse, parse_file
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
                code = getattr(exc, "code", "error")
                click.echo(f"{name}: {code}: {_reason(exc, name)}", err=True)
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


def _reason(exc: Exception, name: str) -> str:
    text = str(exc)
    prefix = f"{getattr(exc, 'source', None)}: "
    return text[len(prefix):] if text.startswith(prefix) else text


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
