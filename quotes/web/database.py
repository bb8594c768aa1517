"""Find the quotes database inside a Datasette instance and read from it."""
from __future__ import annotations

from typing import Any, Mapping, Optional

from datasette.database import Database

DATABASE_NAME = "quotes"


def quotes_database(datasette: Any) -> Database:
    """The database named "quotes" (db/quotes.db), else the first one served.

    The fallback lets someone serve a copy under another file name.
    """
    try:
        return datasette.get_database(DATABASE_NAME)
    except KeyError:
        return datasette.get_database()


async def fetch_all(datasette: Any, sql: str, params: Mapping[str, Any]) -> list:
    """All rows of a read query, as sqlite3.Row objects."""
    results = await quotes_database(datasette).execute(sql, dict(params))
    return list(results.rows)


async def fetch_one(datasette: Any, sql: str, params: Mapping[str, Any]) -> Optional[Any]:
    rows = await fetch_all(datasette, sql, params)
    return rows[0] if rows else None
