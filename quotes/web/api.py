"""The JSON API: /api/quotes, /api/speakers, their single-item views and exports.

Each handler validates its parameters (params.py), runs parameterised SQL
(queries.py) and returns clean records (records.py). Every response, error
or not, carries CORS headers so newsroom tools can call it from a browser.
"""
from __future__ import annotations

import csv
import functools
import io
import json
import sqlite3
from typing import Any, Awaitable, Callable
from urllib.parse import parse_qs, quote

from datasette.database import QueryInterrupted
from datasette.utils.asgi import AsgiStream, Response

from .database import fetch_all, fetch_one
from .openapi import openapi_document
from .params import (
    MAX_SQLITE_INT,
    QUOTE_PAGE_PARAMS,
    BadParameter,
    parse_cursor,
    parse_filters,
    parse_limit,
    single_values,
)
from .queries import (
    QUOTE_BY_ID_SQL,
    SAME_QUOTE_SQL,
    SPEAKER_BY_ID_SQL,
    speaker_search_sql,
)
from .records import quote_detail_record, quote_record, speaker_record
from .search import fetch_quote_page, iterate_quotes

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "*",
    "Access-Control-Expose-Headers": "Link",
}
DEFAULT_LIMIT = 20
MAX_LIMIT = 100
EXPORT_MAX_ROWS = 100_000
CSV_FIELDS = (
    "id", "text", "kind", "speaker_id", "speaker_name", "speaker_kind", "mention", "cue",
    "date", "date_source", "lang", "article_id", "article_title", "outlet", "article_url",
    "published", "url",
)

Handler = Callable[..., Awaitable[Any]]


def json_response(body: Any, status: int = 200) -> Response:
    """JSON with readable UTF-8 (Erdoğan, not Erdo\\u011fan) and CORS headers."""
    return Response(
        json.dumps(body, ensure_ascii=False), status=status, headers=dict(CORS_HEADERS),
        content_type="application/json; charset=utf-8",
    )


def error_response(message: str, status: int) -> Response:
    return json_response({"error": message}, status=status)


def query_args(request: Any) -> dict[str, list[str]]:
    """All query-string values per name, blanks kept so repeats are seen."""
    return parse_qs(request.query_string, keep_blank_values=True)


def api_endpoint(handler: Handler) -> Handler:
    """Wrap a handler: GET only, CORS, and every failure as {"error": ...}."""

    @functools.wraps(handler)
    async def wrapped(request: Any, datasette: Any) -> Any:
        if request.method == "OPTIONS":
            return Response.text("", status=204, headers=dict(CORS_HEADERS))
        if request.method not in ("GET", "HEAD"):
            return error_response(f"method {request.method} not allowed: this API is read-only", 405)
        try:
            return await handler(request, datasette)
        except BadParameter as error:
            return error_response(str(error), 400)
        except QueryInterrupted:
            return error_response("the query took too long: narrow it with more filters", 503)
        except sqlite3.OperationalError as error:
            if "fts5" in str(error):
                return error_response("the search text could not be understood", 400)
            raise

    return wrapped


def parse_id(request: Any) -> int:
    """The {id} in the path as an integer, or a 400."""
    raw = request.url_vars["id"]
    if not raw.isdigit() or int(raw) > MAX_SQLITE_INT:
        raise BadParameter(f"id must be a positive integer, got {raw!r}")
    return int(raw)


def parse_quote_query(request: Any, max_limit: int, default_limit: int):
    """Filters, cursor and limit for /api/quotes and its exports."""
    values = single_values(query_args(request), QUOTE_PAGE_PARAMS)
    filters = parse_filters(values)
    limit = parse_limit(values.get("limit"), default_limit, max_limit)
    cursor = parse_cursor(values.get("cursor"), filters)
    return filters, cursor, limit


@api_endpoint
async def quotes_list(request: Any, datasette: Any) -> Response:
    """GET /api/quotes: a page of quotes and the cursor to the next one."""
    filters, cursor, limit = parse_quote_query(request, MAX_LIMIT, DEFAULT_LIMIT)
    page = await fetch_quote_page(datasette, filters, cursor, limit)
    token = page.next.encode() if page.next else None
    next_url = None
    if token:
        params = dict(filters.as_params(), limit=str(limit), cursor=token)
        next_url = "/api/quotes?" + "&".join(f"{key}={quote(value, safe='')}" for key, value in params.items())
    return json_response(
        {
            "quotes": [quote_record(row) for row in page.rows],
            "count": len(page.rows),
            "next": token,
            "next_url": next_url,
        }
    )


@api_endpoint
async def quote_detail(request: Any, datasette: Any) -> Response:
    """GET /api/quotes/{id}: one quote with its paragraph and copies elsewhere."""
    quote_id = parse_id(request)
    row = await fetch_one(datasette, QUOTE_BY_ID_SQL, {"id": quote_id})
    if row is None:
        return error_response(f"no quote with id {quote_id}", 404)
    same = []
    if row["text_hash"]:
        same = await fetch_all(datasette, SAME_QUOTE_SQL, {"text_hash": row["text_hash"], "id": quote_id})
    return json_response(quote_detail_record(row, same))


@api_endpoint
async def speakers_list(request: Any, datasette: Any) -> Response:
    """GET /api/speakers: speakers matching q by name or alias, accents ignored."""
    values = single_values(query_args(request), ("q", "limit"))
    limit = parse_limit(values.get("limit"), DEFAULT_LIMIT, MAX_LIMIT)
    sql, params = speaker_search_sql(values.get("q"), limit)
    rows = await fetch_all(datasette, sql, params)
    return json_response({"speakers": [speaker_record(row) for row in rows], "count": len(rows)})


@api_endpoint
async def speaker_detail(request: Any, datasette: Any) -> Response:
    """GET /api/speakers/{id}."""
    speaker_id = parse_id(request)
    row = await fetch_one(datasette, SPEAKER_BY_ID_SQL, {"id": speaker_id})
    if row is None:
        return error_response(f"no speaker with id {speaker_id}", 404)
    return json_response(speaker_record(row))


@api_endpoint
async def openapi(request: Any, datasette: Any) -> Response:
    """GET /api/openapi.json: the machine-readable description of this API."""
    single_values(query_args(request), ())
    return json_response(openapi_document())


@api_endpoint
async def not_found(request: Any, datasette: Any) -> Response:
    """Any other /api/ path: a JSON 404 rather than an HTML page."""
    return error_response(f"no such endpoint: {request.path} (see /api/openapi.json)", 404)


def export_rows_stream(datasette: Any, filters, cursor, limit: int, write_header, write_row):
    """A stream function that writes every matching row, batch by batch."""

    async def stream(writer: Any) -> None:
        header = write_header()
        if header:
            await writer.write(header)
        async for row in iterate_quotes(datasette, filters, cursor, limit):
            await writer.write(write_row(row))

    return stream


def csv_line(values: list) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\r\n").writerow(values)
    return buffer.getvalue()


def csv_row(row: Any) -> list:
    """One CSV line's values: the flat query columns plus the quote page path."""
    flat = dict(row, url=f"/quote/{row['id']}")
    return ["" if flat.get(name) is None else flat[name] for name in CSV_FIELDS]


@api_endpoint
async def export_csv(request: Any, datasette: Any) -> AsgiStream:
    """GET /api/quotes.csv: the same query as /api/quotes, every row, as CSV."""
    filters, cursor, limit = parse_quote_query(request, EXPORT_MAX_ROWS, EXPORT_MAX_ROWS)
    stream = export_rows_stream(
        datasette, filters, cursor, limit,
        lambda: csv_line(list(CSV_FIELDS)),
        lambda row: csv_line(csv_row(row)),
    )
    headers = dict(CORS_HEADERS, **{"Content-Disposition": 'attachment; filename="quotes.csv"'})
    return AsgiStream(stream, headers=headers, content_type="text/csv; charset=utf-8")


@api_endpoint
async def export_ndjson(request: Any, datasette: Any) -> AsgiStream:
    """GET /api/quotes.ndjson: one API quote object per line."""
    filters, cursor, limit = parse_quote_query(request, EXPORT_MAX_ROWS, EXPORT_MAX_ROWS)
    stream = export_rows_stream(
        datasette, filters, cursor, limit,
        lambda: "",
        lambda row: json.dumps(quote_record(row), ensure_ascii=False) + "\n",
    )
    return AsgiStream(stream, headers=dict(CORS_HEADERS), content_type="application/x-ndjson; charset=utf-8")
