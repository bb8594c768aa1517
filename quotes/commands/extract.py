"""`quotes extract`: print the quotes of articles as JSON lines, storing nothing."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import click

from quotes import ingest as ingesting
from quotes import sources
from quotes.commands import options


@click.command(name="extract")
@options.paths_argument
@options.lang_option
@options.published_option
@options.metadata_option
@options.model_option
def command(paths: tuple[Path, ...], lang: Optional[str], published, metadata: Optional[Path],
            model: Optional[str]) -> None:
    """Print every quote in PATHS (files or folders) as one JSON object per line.

    Reads .txt, .md, .html, .jsonl and .csv; folders are read recursively.
    Offsets (start, end, speaker_start, ...) point into the article text as
    read. Problems are printed to stderr, one line per file, and give exit
    status 1 once every other file has been processed.

    Example:

        quotes extract data/sample --metadata data/sample-metadata.jsonl

        quotes extract article.txt --lang fr --published 2020-02-28
    """
    meta, errors = options.read_metadata(metadata)
    for error in errors:
        click.echo(str(error), err=True)
    failed = bool(errors)
    extractor = ingesting.default_extractor(model)
    for item in sources.read_sources(paths, meta, lang=lang, published=options.iso(published)):
        if isinstance(item, sources.SourceError):
            click.echo(str(item), err=True)
            failed = True
            continue
        try:
            quotes = extractor(item)
        except Exception as exc:  # one article's failure must not end the batch
            click.echo(f"{item.path or item.doc}: could not extract {item.doc!r}: {type(exc).__name__}: {exc}", err=True)
            failed = True
            continue
        for quote in quotes:
            click.echo(json.dumps(quote.to_dict(), ensure_ascii=False))
    if failed:
        raise SystemExit(1)
