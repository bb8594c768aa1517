"""Datasette hook implementations: routes for the site and API, templates, and an ASGI wrapper.

Registered through the `datasette` entry point `quotes_web` in pyproject.toml.
"""
from __future__ import annotations

from pathlib import Path
from typing import Any

from datasette import hookimpl
from jinja2 import ChoiceLoader, FileSystemLoader

from . import api, pages
from .fold import SQL_FUNCTION, fold
from .table_args import guard_table_args

TEMPLATES = Path(__file__).parent / "templates"


@hookimpl
def register_routes(datasette: Any) -> list[tuple[str, Any]]:
    """Plugin routes are matched before Datasette's own, so "/" becomes our home."""
    return [
        (r"^/$", pages.home),
        (r"^/search$", pages.search),
        (r"^/quote/(?P<id>\d+)$", pages.quote),
        (r"^/speaker/(?P<id>\d+)\.atom$", pages.speaker_atom),
        (r"^/speaker/(?P<id>\d+)$", pages.speaker),
        (r"^/api/openapi\.json$", api.openapi),
        (r"^/api/quotes\.csv$", api.export_csv),
        (r"^/api/quotes\.ndjson$", api.export_ndjson),
        (r"^/api/quotes$", api.quotes_list),
        (r"^/api/quotes/(?P<id>[^/]+)$", api.quote_detail),
        (r"^/api/speakers$", api.speakers_list),
        (r"^/api/speakers/(?P<id>[^/]+)$", api.speaker_detail),
        (r"^/api(/.*)?$", api.not_found),
    ]


@hookimpl
def asgi_wrapper(datasette: Any) -> Any:
    """Bad _sort/_sort_desc/_through on a table page are 400s, not Datasette's 500s (table_args.py)."""

    def wrap(app: Any) -> Any:
        return guard_table_args(app, datasette)

    return wrap


@hookimpl
def prepare_jinja2_environment(env: Any, datasette: Any) -> None:
    """Make our templates findable however the plugin was loaded.

    Datasette only finds a plugin's templates/ for packages loaded from an
    entry point; appending a loader also works with --plugins-dir, and keeps
    --template-dir overrides first.
    """
    env.loader = ChoiceLoader([env.loader, FileSystemLoader(str(TEMPLATES))])


@hookimpl
def menu_links(datasette: Any, actor: Any, request: Any) -> list[dict[str, str]]:
    return [
        {"href": "/search", "label": "Search quotes"},
        {"href": "/quotes", "label": "Browse the tables"},
        {"href": "/api/openapi.json", "label": "JSON API (OpenAPI)"},
    ]


@hookimpl
def prepare_connection(conn: Any) -> None:
    """quotes_fold() lets speaker filters ignore case and accents beyond ASCII."""
    conn.create_function(SQL_FUNCTION, 1, fold, deterministic=True)
