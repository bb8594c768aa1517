"""Answer 400, not 500, to bad `_sort`, `_sort_desc` and `_through` on table pages.

Datasette 0.65 raises a DatasetteError with its default status 500 for a
`_sort`/`_sort_desc` it cannot sort by, and lets a malformed `_through`
escape as a JSONDecodeError or KeyError (500 as well). Nothing is injected
(Datasette checks the names before building SQL), but a public site should
call a bad request a client error rather than log a server error. This ASGI
wrapper (the `asgi_wrapper` hook in plugin.py) checks those arguments the
way the table view will use them and answers 400 first; a request it does
not recognise, or one Datasette will refuse anyway (404, 403), goes through
unchanged.
"""
from __future__ import annotations

import json
import re
from typing import Any, Awaitable, Callable, MutableMapping, Optional

from datasette.utils import tilde_decode
from datasette.utils.asgi import Request, Response

Scope = MutableMapping[str, Any]
ASGIApp = Callable[[Scope, Callable[..., Awaitable[Any]], Callable[..., Awaitable[Any]]], Awaitable[None]]

# Datasette's own TableView route (app.py): names are tilde-encoded, so no "." or "/" inside them.
TABLE_PATH = re.compile(r"^/(?P<database>[^/.]+)/(?P<table>[^/.]+)(\.(?P<format>\w+))?$")
CHECKED_ARGS = ("_sort", "_sort_desc", "_through")
JSON_FORMATS = ("json", "jsono")
ECHO_LIMIT = 60  # characters of a bad argument echoed back in the error


class BadTableArgument(Exception):
    """A table argument Datasette would fail on with a 500; the message is the 400's error."""


def echo(value: str) -> str:
    """A bad value quoted on one line and cut short: the error may repeat a 5,000-character payload."""
    return json.dumps(value[:ECHO_LIMIT] + ("..." if len(value) > ECHO_LIMIT else ""), ensure_ascii=False)


def route_path(datasette: Any, scope: Scope) -> str:
    """The path as Datasette's router matches it: the raw (still %-encoded) path without base_url."""
    raw_path = scope.get("raw_path")
    path = raw_path.decode("ascii", "replace") if raw_path else scope.get("path", "")
    path = path.partition("?")[0]
    base_url = datasette.setting("base_url") or "/"
    if base_url != "/" and path.startswith(base_url):
        path = "/" + path[len(base_url):]
    return path


async def publicly_visible(datasette: Any, database: str, table: str) -> bool:
    """Whether anyone may see the table: for the others Datasette answers 403, and we say nothing."""
    visible, _private = await datasette.check_visibility(
        None, permissions=[("view-table", (database, table)), ("view-database", database), "view-instance"])
    return bool(visible)


async def sortable_columns(datasette: Any, db: Any, table: str, is_view: bool) -> set[str]:
    """What TableView.sortable_columns_for_table allows: metadata's sortable_columns or every column,
    plus rowid for a table without a primary key."""
    metadata = datasette.table_metadata(db.name, table)
    columns = set(metadata["sortable_columns"]) if "sortable_columns" in metadata else set(
        await db.table_columns(table))
    if not is_view and not await db.primary_keys(table):
        columns.add("rowid")
    return columns


async def check_sort(datasette: Any, db: Any, table: str, is_view: bool, args: Any) -> None:
    """`_sort` and `_sort_desc` (first values, as Datasette reads them) must name a sortable column."""
    sort, sort_desc = args.get("_sort"), args.get("_sort_desc")
    if sort and sort_desc:
        raise BadTableArgument("Cannot use _sort and _sort_desc at the same time")
    name = sort or sort_desc
    if name and name not in await sortable_columns(datasette, db, table, is_view):
        raise BadTableArgument(f"Cannot sort table {table} by {echo(name)}")


async def check_through(datasette: Any, db: Any, table: str, through: str) -> None:
    """One `_through`: a JSON object whose "table" has a foreign key to this table and whose
    "column" is a column of it, with a scalar "value" (filters.through_filters assumes all that)."""
    try:
        spec = json.loads(through)
    except ValueError:
        raise BadTableArgument(f"_through must be JSON, not {echo(through)}") from None
    if not isinstance(spec, dict) or not {"table", "column", "value"} <= spec.keys():
        raise BadTableArgument('_through must be a JSON object with "table", "column" and "value" keys')
    other, column, value = spec["table"], spec["column"], spec["value"]
    if not isinstance(other, str) or not isinstance(column, str):
        raise BadTableArgument('_through "table" and "column" must be strings')
    if value is not None and not isinstance(value, (str, int, float)):
        raise BadTableArgument('_through "value" must be a string or a number')
    if not await db.table_exists(other):
        raise BadTableArgument(f"_through: no table {echo(other)}")
    if not await publicly_visible(datasette, db.name, other):
        return  # Datasette answers 403 for a table the public cannot see; its columns stay unsaid
    if column not in await db.table_columns(other):
        raise BadTableArgument(f"_through: table {other} has no column {echo(column)}")
    if not any(fk["other_table"] == table for fk in await db.foreign_keys_for_table(other)):
        raise BadTableArgument(f"_through: table {other} has no foreign key to {table}")


async def check_request(datasette: Any, scope: Scope) -> Optional[tuple[str, Optional[str]]]:
    """(error, format) when a table request has a bad `_sort`, `_sort_desc` or `_through`, else None."""
    if scope.get("type") != "http" or scope.get("method") not in ("GET", "HEAD"):
        return None
    match = TABLE_PATH.match(route_path(datasette, scope))
    args = Request(scope, None).args
    if not match or not any(name in args for name in CHECKED_ARGS) or "_sort_by_desc" in args:
        return None  # (_sort_by_desc: Datasette redirects first, and the redirected request is checked)
    dbs = [db for db in datasette.databases.values() if db.route == tilde_decode(match["database"])]
    if not dbs:
        return None
    db, table = dbs[0], tilde_decode(match["table"])
    if await datasette.get_canned_query(db.name, table, None):
        return None  # a canned query by that name wins over a table, and takes no _sort
    is_view = bool(await db.get_view_definition(table))
    if not is_view and not await db.table_exists(table):
        return None
    if not await publicly_visible(datasette, db.name, table):
        return None
    try:
        await check_sort(datasette, db, table, is_view, args)
        for through in args.getlist("_through"):
            await check_through(datasette, db, table, through)
    except BadTableArgument as error:
        return str(error), match["format"]
    return None


def bad_request(error: str, format_: Optional[str]) -> Response:
    """Datasette's JSON error shape for .json, a line of plain text (never echoed as HTML) otherwise."""
    headers = {"x-content-type-options": "nosniff"}
    if format_ in JSON_FORMATS:
        return Response.json({"ok": False, "error": error, "status": 400}, status=400, headers=headers)
    return Response.text(f"Bad request: {error}\n", status=400, headers=headers)


def guard_table_args(app: ASGIApp, datasette: Any) -> ASGIApp:
    """Wrap Datasette's ASGI app so bad table arguments get a 400 before the table view sees them."""

    async def guarded(scope: Scope, receive: Callable[..., Awaitable[Any]],
                      send: Callable[..., Awaitable[Any]]) -> None:
        failure = await check_request(datasette, scope)
        if failure is None:
            await app(scope, receive, send)
        else:
            await bad_request(*failure).asgi_send(send)

    return guarded
