"""`quotes ingest`: read articles, extract their quotes and store them in SQLite."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import click

from quotes import sources, store
from quotes.commands import options
from quotes import ingest as ingesting

DEFAULT_DB = Path("db/quotes.db")


@click.command(name="ingest")
@options.paths_argument
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path), default=DEFAULT_DB,
              show_default=True, help="SQLite database to create or add to.")
@options.metadata_option
@options.lang_option
@options.published_option
@options.model_option
@click.option("--strict", is_flag=True, help="Stop at the first file or article that fails.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes extracting quotes (default: the number of cores).")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Extract on a Dask cluster (tcp://host:8786); this process still writes the database.")
def command(paths: tuple[Path, ...], db_path: Path, metadata: Optional[Path], lang: Optional[str],
            published, model: Optional[str], strict: bool, jobs: Optional[int],
            dask_address: Optional[str]) -> None:
    """Store the articles in PATHS, their speakers and quotes in a SQLite database.

    Articles already stored (same text) are skipped, so running it again adds
    nothing; each article is written in one transaction. Problems are printed
    one line per file; the exit status is 1 if any file failed.

    Quotes are extracted in --jobs worker processes (or on a Dask cluster
    with --dask) while this process alone writes, in input order: the
    database is the same whatever the number of workers.

    Examples:

        quotes ingest data/sample --metadata data/sample-metadata.jsonl --db db/quotes.db

        quotes ingest articles/ --jobs 4

        quotes ingest articles/ --dask tcp://scheduler:8786
    """
    meta, meta_errors = options.read_metadata(metadata)
    db = store.open_db(db_path)
    report = lambda message: click.echo(message, err=True)  # noqa: E731
    extractor = ingesting.default_extractor(model)
    client = connect_dask(dask_address)
    try:
        with ingesting.extraction_workers(extractor, jobs or ingesting.default_jobs(), client) as (submit, in_flight):
            ingester = ingesting.Ingester(db, extractor, report=report, strict=strict,
                                          submit=submit, in_flight=in_flight)
            for error in meta_errors:
                ingester.add(error)
            files = [f for f in sources.iter_files(paths) if not is_database_file(f, db_path)]
            if not ingester.summary.stopped:
                with progress(files) as bar:
                    for path in bar:
                        ingester.add_file(path, meta, lang=lang, published=options.iso(published))
                        if ingester.summary.stopped:
                            break
            summary = ingester.finish()
    finally:
        if client is not None:
            client.close()
    click.echo(summary.line() + (" (stopped at the first error: --strict)" if summary.stopped else ""))
    db.close()
    if summary.failed:
        raise SystemExit(1)


def connect_dask(address: Optional[str]):
    """The Dask client for --dask, or None; a scheduler that cannot be reached is a usage error."""
    if address is None:
        return None
    from quotes.distributed import connect

    try:
        return connect(address)
    except (OSError, TimeoutError) as exc:
        raise click.ClickException(f"cannot reach the Dask scheduler at {address}: {exc}") from exc


def is_database_file(found, db_path: Path) -> bool:
    """The database itself (and its -wal/-shm files) when it sits in a folder being ingested."""
    if not isinstance(found, Path):
        return False
    db_file = db_path.resolve()
    return found.resolve().parent == db_file.parent and found.name.startswith(db_file.name)


def progress(files: list):
    """A progress bar on a terminal; elsewhere (logs, pipes, tests) nothing to clutter."""
    return click.progressbar(files, label="Ingesting", file=sys.stderr,
                             hidden=not sys.stderr.isatty(), item_show_func=_file_label)


def _file_label(item) -> Optional[str]:
    if item is None:
        return None
    return item.name if isinstance(item, Path) else item.path
