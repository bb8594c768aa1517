"""The SQL behind the site and the API, always with bound parameters.

User input never reaches SQL text: filters become fixed clauses with
named parameters, and search text becomes a quoted FTS5 expression that is
itself bound. Orderings are keyset-paginated so deep pages stay cheap and
stable while an ingest adds rows.
"""
from __future__ import annotations

from typing import Any, Optional

from .fold import fold
from .params import Cursor, QuoteFilters, fts_match_expression, search_terms

HIGHLIGHT_OPEN = "\ue000"
HIGHLIGHT_CLOSE = "\ue001"

QUOTE_COLUMNS = """
    quotes.id as id, quotes.text as text, quotes.kind as kind,
    quotes.speaker_id as speaker_id,
    coalesce(speakers.name, quotes.speaker_name) as speaker_name,
    speakers.kind as speaker_kind,
    quotes.speaker_mention as mention, quotes.cue as cue,
    quotes.date as date, quotes.date_source as date_source,
    quotes.date_precision as date_precision, quotes.month as month,
    quotes.lang as lang, quotes.article_id as article_id,
    articles.title as article_title,
    coalesce(quotes.outlet, articles.outlet) as outlet,
    articles.url as article_url, articles.published as published, articles.author as article_author,
    quotes.text_hash as text_hash
"""

JOINS = """
    left join speakers on speakers.id = quotes.speaker_id
    left join articles on articles.id = quotes.article_id
"""

SPEAKER_CLAUSE = """(
    quotes.speaker_id in (
        select s.id from speakers s
        where quotes_fold(s.name) = :speaker
           or s.key = :speaker_raw
           or exists (
               select 1 from json_each(
                   case when json_valid(s.aliases) then s.aliases else '[]' end
               ) where quotes_fold(value) = :speaker
           )
    )
    or (quotes.speaker_id is null and quotes_fold(quotes.speaker_name) = :speaker)
)"""


def filter_clauses(filters: QuoteFilters) -> tuple[list[str], dict[str, Any]]:
    """WHERE clauses (ANDed) and their parameters for everything but q."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if filters.speaker:
        if filters.speaker.isdigit():
            clauses.append("quotes.speaker_id = :speaker_id")
            params["speaker_id"] = min(int(filters.speaker), 2**63 - 1)
        else:
            clauses.append(SPEAKER_CLAUSE)
            params["speaker"] = fold(filters.speaker)
            params["speaker_raw"] = filters.speaker
    simple = {
        "speaker_kind": ("speakers.kind = :speaker_kind", filters.speaker_kind),
        "kind": ("quotes.kind = :kind", filters.kind),
        "outlet": ("coalesce(quotes.outlet, articles.outlet) = :outlet collate nocase", filters.outlet),
        "lang": ("quotes.lang = :lang collate nocase", filters.lang),
        "month": ("quotes.month = :month", filters.month),
        "date_from": ("quotes.date >= :date_from", filters.date_from),
        "date_to": ("quotes.date <= :date_to", filters.date_to),
    }
    for name, (clause, value) in simple.items():
        if value:
            clauses.append(clause)
            params[name] = value
    return clauses, params


def matching_quotes_sql(
    filters: QuoteFilters, columns: str, extra_clauses: tuple[str, ...] = ()
) -> tuple[str, dict[str, Any]]:
    """A SELECT over the quotes matching the filters, without order or limit.

    With q the FTS table leads the join, so `bm25(quotes_fts)` and
    `highlight()` are available to the caller's column list and clauses.
    """
    clauses, params = filter_clauses(filters)
    clauses.extend(extra_clauses)
    if filters.q:
        source = "quotes_fts join quotes on quotes.id = quotes_fts.rowid"
        clauses.insert(0, "quotes_fts match :match")
        params["match"] = fts_match_expression(filters.q)
    else:
        source = "quotes"
    where = ("where " + "\n  and ".join(clauses)) if clauses else ""
    return f"select {columns} from {source} {JOINS} {where}", params


def quote_page_sql(
    filters: QuoteFilters, cursor: Optional[Cursor], limit: int
) -> tuple[str, dict[str, Any]]:
    """One page of quotes, one row more than `limit` to know if more follow.

    Without q: newest first (undated quotes last), then id descending.
    With q: best bm25 score first (lower is better in SQLite), then id.
    """
    if filters.q:
        columns = QUOTE_COLUMNS + (
            ", bm25(quotes_fts) as sort_key"
            f", highlight(quotes_fts, 0, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}') as highlighted"
            f", highlight(quotes_fts, 1, '{HIGHLIGHT_OPEN}', '{HIGHLIGHT_CLOSE}') as highlighted_speaker"
        )
        order = "order by sort_key, id"
        after = "(bm25(quotes_fts), quotes.id) > (:cursor_key, :cursor_id)"
    else:
        columns = QUOTE_COLUMNS + (
            ", coalesce(quotes.date, '') as sort_key, null as highlighted, null as highlighted_speaker"
        )
        order = "order by sort_key desc, id desc"
        after = "(coalesce(quotes.date, ''), quotes.id) < (:cursor_key, :cursor_id)"
    extra = (after,) if cursor is not None else ()
    sql, params = matching_quotes_sql(filters, columns, extra)
    if cursor is not None:
        params.update(cursor_key=cursor.key, cursor_id=cursor.id)
    params["limit"] = limit + 1
    return f"{sql} {order} limit :limit", params


def next_cursor(filters: QuoteFilters, last_row: Any) -> Cursor:
    """The cursor that continues after `last_row` in the current ordering."""
    mode = "rank" if filters.q else "date"
    return Cursor(mode=mode, key=last_row["sort_key"], id=last_row["id"])


def facet_sql(filters: QuoteFilters, column: str, limit: int = 10) -> tuple[str, dict[str, Any]]:
    """Counts of the matching quotes per value of one facet column.

    `column` comes from FACET_COLUMNS, never from the request.
    """
    expression = FACET_COLUMNS[column]
    inner, params = matching_quotes_sql(filters, f"{expression} as value")
    sql = (
        f"select value, count(*) as n from ({inner}) where value is not null "
        "group by value order by n desc, value limit :facet_limit"
    )
    params["facet_limit"] = limit
    return sql, params


FACET_COLUMNS = {
    "speaker": "coalesce(speakers.name, quotes.speaker_name)",
    "outlet": "coalesce(quotes.outlet, articles.outlet)",
    "lang": "quotes.lang",
    "month": "quotes.month",
}

QUOTE_BY_ID_SQL = f"""
select {QUOTE_COLUMNS}, quotes.context as context, quotes.context_start as context_start,
    quotes.start as start, quotes."end" as "end", quotes.speaker_titles as speaker_titles,
    quotes.cue as cue
from quotes {JOINS}
where quotes.id = :id
"""

SAME_QUOTE_SQL = f"""
select {QUOTE_COLUMNS}
from quotes {JOINS}
where quotes.text_hash = :text_hash and quotes.id != :id
order by coalesce(articles.published, '') desc, quotes.id
limit 50
"""

SPEAKER_BY_ID_SQL = """
select speakers.id, speakers.name, speakers.key, speakers.kind, speakers.titles,
    speakers.aliases,
    (select count(*) from quotes where quotes.speaker_id = speakers.id) as quote_count
from speakers where speakers.id = :id
"""

SPEAKER_MONTHS_SQL = """
select month, count(*) as n from quotes
where speaker_id = :id and month is not null
group by month order by month
"""

SPEAKER_LIST_COLUMNS = """
speakers.id, speakers.name, speakers.kind, speakers.titles, speakers.aliases,
(select count(*) from quotes where quotes.speaker_id = speakers.id) as quote_count
"""


def speaker_search_sql(q: Optional[str], limit: int) -> tuple[str, dict[str, Any]]:
    """Speakers whose name or aliases match q (accent-blind, prefix), else the most quoted."""
    if q:
        match = " ".join(
            '"' + term.rstrip("*").replace('"', '""') + '"*' for term in search_terms(q)
        )
        sql = (
            f"select {SPEAKER_LIST_COLUMNS} from speakers_fts "
            "join speakers on speakers.id = speakers_fts.rowid "
            "where speakers_fts match :match order by bm25(speakers_fts), quote_count desc, speakers.id "
            "limit :limit"
        )
        return sql, {"match": match, "limit": limit}
    sql = f"select {SPEAKER_LIST_COLUMNS} from speakers order by quote_count desc, speakers.id limit :limit"
    return sql, {"limit": limit}


COUNTS_SQL = """
select
    (select count(*) from quotes) as quotes,
    (select count(*) from speakers) as speakers,
    (select count(*) from articles) as articles,
    (select count(distinct coalesce(outlet, '')) from articles) as outlets
"""

TOP_SPEAKERS_SQL = f"""
select {SPEAKER_LIST_COLUMNS} from speakers
where speakers.kind is null or speakers.kind != 'anonymous'
order by quote_count desc, speakers.id limit 12
"""
