"""Turn database rows into the clean JSON objects the API promises.

Clients see ids, names and URLs, never Datasette internals or join columns,
so the shape here is the API contract documented in docs/api.md.
"""
from __future__ import annotations

import json
from typing import Any, Mapping, Optional


def json_list(value: Optional[str]) -> list:
    """A JSON list column as a list; anything malformed reads as empty."""
    if not value:
        return []
    try:
        parsed = json.loads(value)
    except (TypeError, ValueError):
        return []
    return parsed if isinstance(parsed, list) else []


def speaker_ref(row: Mapping[str, Any]) -> Optional[dict[str, Any]]:
    """The speaker of a quote row, or None when nobody could be named."""
    if row["speaker_id"] is None and not row["speaker_name"]:
        return None
    return {"id": row["speaker_id"], "name": row["speaker_name"], "kind": row["speaker_kind"]}


def quote_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """One quote as the API returns it."""
    return {
        "id": row["id"],
        "text": row["text"],
        "kind": row["kind"],
        "speaker": speaker_ref(row),
        "mention": row["mention"],
        "cue": row["cue"],
        "date": row["date"],
        "date_source": row["date_source"],
        "lang": row["lang"],
        "article": {
            "id": row["article_id"],
            "title": row["article_title"],
            "outlet": row["outlet"],
            "url": row["article_url"],
            "published": row["published"],
            "author": row["article_author"],
        },
        "url": f"/quote/{row['id']}",
    }


def quote_detail_record(row: Mapping[str, Any], same_quote: list[Mapping[str, Any]]) -> dict[str, Any]:
    """A quote with its paragraph and the other articles carrying the same words."""
    record = quote_record(row)
    record["context"] = row["context"]
    record["date_precision"] = row["date_precision"]
    record["also_in"] = [
        {"id": other["id"], "url": f"/quote/{other['id']}", "article": quote_record(other)["article"]}
        for other in same_quote
    ]
    return record


def speaker_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """One speaker as the API returns it."""
    return {
        "id": row["id"],
        "name": row["name"],
        "kind": row["kind"],
        "titles": json_list(row["titles"]),
        "aliases": json_list(row["aliases"]),
        "quote_count": row["quote_count"],
        "url": f"/speaker/{row['id']}",
        "quotes_url": f"/api/quotes?speaker={row['id']}",
    }
