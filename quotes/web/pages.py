"""The HTML pages: home, search, quote and speaker, plus the speaker's Atom feed.

Handlers gather rows and hand them to Jinja templates (autoescaped); the
only markup built in Python is the highlighting and the SVG chart, both of
which escape article text before adding tags.
"""
from __future__ import annotations

import functools
from typing import Any, Optional
from urllib.parse import urlencode

from datasette.utils.asgi import Response

from .api import query_args
from .atom import speaker_feed
from .chart import monthly_bars_svg
from .database import fetch_all, fetch_one
from .highlight import marked_name, marked_text, quote_in_context
from .params import QUOTE_PAGE_PARAMS, BadParameter, QuoteFilters, parse_cursor, parse_filters, single_values
from .queries import (
    COUNTS_SQL,
    QUOTE_BY_ID_SQL,
    SAME_QUOTE_SQL,
    SPEAKER_BY_ID_SQL,
    SPEAKER_MONTHS_SQL,
    TOP_SPEAKERS_SQL,
)
from .records import json_list
from .search import fetch_facets, fetch_quote_page

SEARCH_PAGE_SIZE = 20
SPEAKER_PAGE_SIZE = 50
FEED_SIZE = 50
FACET_LABELS = {"speaker": "Speaker", "outlet": "Outlet", "lang": "Language", "month": "Month"}
DATE_SOURCES = {"text": "date given in the article text", "article": "article's publication date"}


async def render(datasette: Any, request: Any, template: str, context: dict, status: int = 200) -> Response:
    html = await datasette.render_template(template, context, request=request)
    return Response.html(html, status=status)


class PageError(Exception):
    """A 4xx page to render: raised deep, turned into a page in one place."""

    def __init__(self, message: str, status: int = 404) -> None:
        super().__init__(message)
        self.status = status


def handles_page_errors(handler):
    """Render PageError as our own page.

    Raising Datasette's NotFound would work, but its handler prints a rich
    traceback with locals for every 404, which is slow and floods the log.
    """
    @functools.wraps(handler)
    async def wrapped(request: Any, datasette: Any) -> Response:
        try:
            return await handler(request, datasette)
        except PageError as error:
            return await render(datasette, request, "quotes_error.html",
                                {"message": str(error), "status": error.status}, status=error.status)

    return wrapped


def display_quote(row: Any) -> dict[str, Any]:
    """A quote row plus its safe, highlighted text for templates."""
    item = dict(row)
    item["html"] = marked_text(item.get("highlighted"), item["text"])
    item["speaker_html"] = marked_name(item.get("highlighted_speaker"), item["speaker_name"])
    return item


async def home(request: Any, datasette: Any) -> Response:
    """/: a search box, what the database holds, who is quoted most, the latest quotes."""
    counts = await fetch_one(datasette, COUNTS_SQL, {})
    speakers = await fetch_all(datasette, TOP_SPEAKERS_SQL, {})
    latest = await fetch_quote_page(datasette, QuoteFilters(), None, 5)
    return await render(datasette, request, "quotes_home.html", {
        "site_title": datasette.metadata("title") or "Quotes",
        "counts": counts, "speakers": speakers,
        "latest": [display_quote(row) for row in latest.rows],
    })


def search_values(request: Any) -> dict[str, str]:
    """Known parameters only: stray ones (utm_source...) must not break a shared link."""
    args = {name: values for name, values in query_args(request).items() if name in QUOTE_PAGE_PARAMS}
    return single_values(args, QUOTE_PAGE_PARAMS)


def link(params: dict[str, str], **changes: Optional[str]) -> str:
    """/search with params changed; a None value removes the parameter."""
    merged = dict(params)
    for key, value in changes.items():
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    return "/search" + ("?" + urlencode(merged) if merged else "")


def facet_groups(facets: dict[str, list], filters: QuoteFilters) -> list[dict[str, Any]]:
    """Facet values with a link that applies the value, or removes it if applied."""
    params = filters.as_params()
    groups = []
    for column, rows in facets.items():
        selected = params.get(column)
        items = [{
            "value": row["value"], "count": row["n"], "selected": str(row["value"]) == selected,
            "href": link(params, **{column: None if str(row["value"]) == selected else str(row["value"])}),
        } for row in rows]
        groups.append({"name": column, "label": FACET_LABELS[column], "items": items,
                       "clear_href": link(params, **{column: None}) if selected else None})
    return groups


async def search(request: Any, datasette: Any) -> Response:
    """/search: ranked, highlighted results with facets, date filters and paging."""
    values: dict[str, str] = {}
    try:
        values = search_values(request)
        filters = parse_filters(values)
        cursor = parse_cursor(values.get("cursor"), filters)
    except BadParameter as error:
        return await render(datasette, request, "quotes_search.html", {
            "error": str(error), "form": values, "results": [], "facets": [], "next_href": None,
        }, status=400)
    page = await fetch_quote_page(datasette, filters, cursor, SEARCH_PAGE_SIZE)
    facets = await fetch_facets(datasette, filters)
    params = filters.as_params()
    return await render(datasette, request, "quotes_search.html", {
        "error": None, "form": values, "filters": params,
        "results": [display_quote(row) for row in page.rows],
        "facets": facet_groups(facets, filters),
        "next_href": link(params, cursor=page.next.encode()) if page.next else None,
        "paged": cursor is not None,
        "api_href": "/api/quotes" + ("?" + urlencode(params) if params else ""),
        "csv_href": "/api/quotes.csv" + ("?" + urlencode(params) if params else ""),
    })


@handles_page_errors
async def quote(request: Any, datasette: Any) -> Response:
    """/quote/{id}: the quote in its paragraph, who, when, where, and copies elsewhere."""
    quote_id = int(request.url_vars["id"])
    row = await fetch_one(datasette, QUOTE_BY_ID_SQL, {"id": min(quote_id, 2**63 - 1)})
    if row is None:
        raise PageError(f"No quote with id {quote_id}.")
    same = []
    if row["text_hash"]:
        same = await fetch_all(datasette, SAME_QUOTE_SQL, {"text_hash": row["text_hash"], "id": row["id"]})
    return await render(datasette, request, "quotes_quote.html", {
        "q": dict(row),
        "in_context": quote_in_context(row["context"], row["context_start"], row["start"], row["end"]),
        "titles": json_list(row["speaker_titles"]),
        "date_source_label": DATE_SOURCES.get(row["date_source"]),
        "same": same,
    })


@handles_page_errors
async def speaker(request: Any, datasette: Any) -> Response:
    """/speaker/{id}: who they are, how often and when they are quoted, their quotes."""
    row = await _speaker_row(datasette, request)
    try:
        cursor = parse_cursor(request.args.get("cursor") or None, QuoteFilters())
    except BadParameter as error:
        raise PageError(str(error), status=400)
    filters = QuoteFilters(speaker=str(row["id"]))
    page = await fetch_quote_page(datasette, filters, cursor, SPEAKER_PAGE_SIZE)
    months = await fetch_all(datasette, SPEAKER_MONTHS_SQL, {"id": row["id"]})
    return await render(datasette, request, "quotes_speaker.html", {
        "s": dict(row), "titles": json_list(row["titles"]), "aliases": json_list(row["aliases"]),
        "chart": monthly_bars_svg({m["month"]: m["n"] for m in months}),
        "quotes": [display_quote(q) for q in page.rows],
        "next_href": f"/speaker/{row['id']}?cursor={page.next.encode()}" if page.next else None,
    })


@handles_page_errors
async def speaker_atom(request: Any, datasette: Any) -> Response:
    """/speaker/{id}.atom: the speaker's newest quotes as a feed."""
    row = await _speaker_row(datasette, request)
    page = await fetch_quote_page(datasette, QuoteFilters(speaker=str(row["id"])), None, FEED_SIZE)
    base_url = datasette.absolute_url(request, "/").rstrip("/")
    return Response(speaker_feed(row, page.rows, base_url), content_type="application/atom+xml; charset=utf-8")


async def _speaker_row(datasette: Any, request: Any) -> Any:
    speaker_id = int(request.url_vars["id"])
    row = await fetch_one(datasette, SPEAKER_BY_ID_SQL, {"id": min(speaker_id, 2**63 - 1)})
    if row is None:
        raise PageError(f"No speaker with id {speaker_id}.")
    return row
