"""Options shared by several commands, so they read and validate the same way."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Callable, Optional

import click

from quotes import lang as languages
from quotes import sources

F = Callable[..., Any]


def paths_argument(f: F) -> F:
    return click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))(f)


def lang_option(f: F) -> F:
    return click.option(
        "--lang", type=click.Choice(languages.available()), default=None,
        help="Language of every article (default: metadata, then detection).",
    )(f)


def published_option(f: F) -> F:
    return click.option(
        "--published", type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
        help="Publication day (YYYY-MM-DD) of every article, overriding metadata.",
    )(f)


def metadata_option(f: F) -> F:
    return click.option(
        "--metadata", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
        help="JSON lines with file, source, lang, published, url, title per file name.",
    )(f)


def model_option(f: F) -> F:
    return click.option("--model", default=None, metavar="NAME",
                        help="spaCy pipeline to use instead of the language's default.")(f)


def iso(day: Optional[Any]) -> Optional[str]:
    """click.DateTime gives a datetime; sources want an ISO day."""
    return day.date().isoformat() if day is not None else None


def read_metadata(path: Optional[Path]) -> tuple[Optional[dict[str, Any]], list[sources.SourceError]]:
    if path is None:
        return None, []
    return sources.load_metadata(path)
