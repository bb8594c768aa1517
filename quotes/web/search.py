"""Run a validated quote query: one page of rows plus the cursor for the next."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, AsyncIterator, Optional

from .database import fetch_all
from .params import Cursor, QuoteFilters
from .queries import FACET_COLUMNS, facet_sql, next_cursor, quote_page_sql

EXPORT_BATCH = 500


@dataclass
class QuotePage:
    rows: list
    next: Optional[Cursor]


async def fetch_quote_page(
    datasette: Any, filters: QuoteFilters, cursor: Optional[Cursor], limit: int
) -> QuotePage:
    """`limit` rows after `cursor`, and a cursor only if more rows exist."""
    sql, params = quote_page_sql(filters, cursor, limit)
    rows = await fetch_all(datasette, sql, params)
    if len(rows) > limit:
        rows = rows[:limit]
        return QuotePage(rows=rows, next=next_cursor(filters, rows[-1]))
    return QuotePage(rows=rows, next=None)


async def iterate_quotes(
    datasette: Any, filters: QuoteFilters, cursor: Optional[Cursor], maximum: int
) -> AsyncIterator[Any]:
    """Every matching row up to `maximum`, fetched in keyset batches for exports."""
    sent = 0
    while sent < maximum:
        page = await fetch_quote_page(datasette, filters, cursor, min(EXPORT_BATCH, maximum - sent))
        for row in page.rows:
            yield row
        sent += len(page.rows)
        if page.next is None:
            return
        cursor = page.next


async def fetch_facets(datasette: Any, filters: QuoteFilters) -> dict[str, list]:
    """For each facet column, the most common values among the matching quotes."""
    facets = {}
    for column in FACET_COLUMNS:
        sql, params = facet_sql(filters, column)
        facets[column] = await fetch_all(datasette, sql, params)
    return facets
