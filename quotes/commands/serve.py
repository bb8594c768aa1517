"""`quotes serve`: publish a quotes database with Datasette and the quotes plugin.

The datasette command line itself is built by `quotes.web.serve` (owned by
the web plugin), so the settings its tests check are the ones users get;
this command only finds the files and hands over the process.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional, Sequence

import click

PACKAGE_DIR = Path(__file__).resolve().parents[1]
REPO_METADATA = PACKAGE_DIR.parent / "metadata.yml"
PACKAGED_METADATA = PACKAGE_DIR / "web" / "metadata.yml"


def find_metadata(explicit: Optional[Path] = None) -> Optional[Path]:
    """The site settings: the file asked for, the repository's, else the packaged copy."""
    for candidate in (explicit, REPO_METADATA, PACKAGED_METADATA):
        if candidate is not None and candidate.is_file():
            return candidate
    return None


def datasette_args(db: Path, host: str, port: int, metadata: Optional[Path], allow_sql: bool = False) -> list[str]:
    """The `python -m datasette serve` argv (the plugin loads via its entry point)."""
    if metadata is None:  # no site settings at all: plain Datasette still serves the data
        return [sys.executable, "-m", "datasette", "serve", str(db), "--host", host, "--port", str(port)]
    from quotes.web.serve import datasette_command, serving_metadata

    return datasette_command(db, host=host, port=port,
                             metadata_path=serving_metadata(allow_sql, path=metadata))


def run(argv: Sequence[str]) -> None:
    """Become the Datasette process, so Ctrl-C and signals reach the server directly."""
    os.execv(argv[0], list(argv))


def upgrade(db_path: Path) -> None:
    """Bring a file an older release wrote to the schema the site reads
    (in place, its data kept), or say in one line why it cannot be served."""
    import sqlite3

    from quotes import store

    try:
        store.open_db(db_path).close()
    except (sqlite3.Error, RuntimeError) as exc:
        raise click.ClickException(f"{db_path}: cannot serve it as a quotes database: {exc}")


@click.command(name="serve")
@click.option("--db", "db_path", type=click.Path(dir_okay=False, path_type=Path),
              default=Path("db/quotes.db"), show_default=True, help="Database to serve.")
@click.option("--host", default="127.0.0.1", show_default=True, help="Interface to listen on.")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535), help="Port to listen on.")
@click.option("--metadata", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Datasette metadata file (default: metadata.yml at the repository root).")
@click.option("--allow-sql", is_flag=True, help="Allow arbitrary SQL queries (for internal deployments).")
def command(db_path: Path, host: str, port: int, metadata: Optional[Path], allow_sql: bool) -> None:
    """Serve the database as a searchable website with a JSON API (Datasette).

    Example:

        quotes serve --db db/quotes.db --port 8001

    then open http://127.0.0.1:8001/ in a browser.
    """
    if not db_path.is_file():
        raise click.ClickException(
            f"no database at {db_path}; create it with: quotes ingest PATH... --db {db_path}")
    upgrade(db_path)
    chosen = find_metadata(metadata)
    if chosen is None:
        click.echo("no metadata.yml found: serving with Datasette's defaults", err=True)
    click.echo(f"Serving {db_path} at http://{host}:{port}/", err=True)
    run(datasette_args(db_path, host, port, chosen, allow_sql))
