"""The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json."""
from __future__ import annotations

from typing import Any

from .params import QUOTE_KINDS, SPEAKER_KINDS


def _param(name: str, description: str, schema: dict[str, Any], example: Any = None) -> dict[str, Any]:
    param = {"name": name, "in": "query", "required": False, "description": description, "schema": schema}
    if example is not None:
        param["example"] = example
    return param


DAY = {"type": "string", "format": "date", "pattern": r"^\d{4}-\d{2}-\d{2}$"}

QUOTE_FILTER_PARAMETERS = [
    _param("q", "Full-text search of quote text and speaker names; accents and case ignored. "
           'Words are ANDed; "double quotes" search a phrase; a trailing * matches a prefix. '
           "Results are then ordered by relevance.", {"type": "string"}, "strike everywhere"),
    _param("speaker", "Speaker id, or a name or alias (case ignored).", {"type": "string"}, "Erdogan"),
    _param("speaker_kind", "Kind of speaker.", {"type": "string", "enum": list(SPEAKER_KINDS)}, "anonymous"),
    _param("kind", "full (a sentence or more) or partial (a fragment).", {"type": "string", "enum": list(QUOTE_KINDS)}),
    _param("outlet", "Outlet name, exactly (case ignored).", {"type": "string"}, "France 24"),
    _param("lang", "Article language, ISO 639-1.", {"type": "string"}, "en"),
    _param("month", "Month the quote was said.", {"type": "string", "pattern": r"^\d{4}-\d{2}$"}, "2020-02"),
    _param("from", "First day (included) the quote was said.", DAY, "2020-02-01"),
    _param("to", "Last day (included) the quote was said; must not be before from.", DAY, "2020-02-29"),
    _param("cursor", "Opaque value from the `next` field of the previous page.", {"type": "string"}),
]


def _limit(default: int, maximum: int) -> dict[str, Any]:
    return _param("limit", f"Rows per page, 1 to {maximum}.",
                  {"type": "integer", "minimum": 1, "maximum": maximum, "default": default})


def _id(description: str) -> dict[str, Any]:
    return {"name": "id", "in": "path", "required": True, "description": description,
            "schema": {"type": "integer", "minimum": 0}}


def _json(schema_ref: str, description: str) -> dict[str, Any]:
    return {"description": description,
            "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{schema_ref}"}}}}


ERRORS = {
    "400": _json("Error", "A parameter is unknown, repeated or malformed (bad date, from after to, limit out of range, bad cursor)."),
}
NOT_FOUND = {"404": _json("Error", "No item with this id.")}

SCHEMAS: dict[str, Any] = {
    "Error": {"type": "object", "required": ["error"], "properties": {"error": {"type": "string"}}},
    "SpeakerRef": {
        "type": ["object", "null"],
        "properties": {"id": {"type": ["integer", "null"]}, "name": {"type": ["string", "null"]},
                       "kind": {"type": ["string", "null"], "enum": list(SPEAKER_KINDS) + [None]}},
    },
    "ArticleRef": {
        "type": "object",
        "properties": {"id": {"type": "integer"}, "title": {"type": ["string", "null"]},
                       "outlet": {"type": ["string", "null"]}, "url": {"type": ["string", "null"]},
                       "published": {"type": ["string", "null"], "format": "date"},
                       "author": {"type": ["string", "null"], "description": "Who signed the article."}},
    },
    "Quote": {
        "type": "object",
        "required": ["id", "text", "kind", "speaker", "article", "url"],
        "properties": {
            "id": {"type": "integer"},
            "text": {"type": "string", "description": "The words quoted, without quotation marks."},
            "kind": {"type": "string", "enum": list(QUOTE_KINDS)},
            "speaker": {"$ref": "#/components/schemas/SpeakerRef"},
            "mention": {"type": ["string", "null"], "description": "Words the attribution rests on."},
            "cue": {"type": ["string", "null"], "description": "Reporting words: said, told, selon..."},
            "date": {"type": ["string", "null"], "format": "date"},
            "date_source": {"type": ["string", "null"], "enum": ["text", "article", None]},
            "lang": {"type": ["string", "null"]},
            "article": {"$ref": "#/components/schemas/ArticleRef"},
            "url": {"type": "string", "description": "Path of the quote's HTML page."},
        },
    },
    "QuoteDetail": {
        "allOf": [
            {"$ref": "#/components/schemas/Quote"},
            {"type": "object", "properties": {
                "context": {"type": ["string", "null"], "description": "The paragraph around the quote."},
                "date_precision": {"type": ["string", "null"]},
                "also_in": {"type": "array", "description": "The same quote in other articles.",
                            "items": {"type": "object", "properties": {
                                "id": {"type": "integer"}, "url": {"type": "string"},
                                "article": {"$ref": "#/components/schemas/ArticleRef"}}}},
            }},
        ]
    },
    "QuotePage": {
        "type": "object",
        "required": ["quotes", "count", "next"],
        "properties": {
            "quotes": {"type": "array", "items": {"$ref": "#/components/schemas/Quote"}},
            "count": {"type": "integer"},
            "next": {"type": ["string", "null"], "description": "Pass as cursor for the next page; null on the last page."},
            "next_url": {"type": ["string", "null"]},
        },
    },
    "Speaker": {
        "type": "object",
        "properties": {
            "id": {"type": "integer"}, "name": {"type": "string"},
            "kind": {"type": ["string", "null"]},
            "titles": {"type": "array", "items": {"type": "string"}},
            "aliases": {"type": "array", "items": {"type": "string"}},
            "quote_count": {"type": "integer"},
            "url": {"type": "string"}, "quotes_url": {"type": "string"},
        },
    },
    "SpeakerList": {
        "type": "object",
        "properties": {"speakers": {"type": "array", "items": {"$ref": "#/components/schemas/Speaker"}},
                       "count": {"type": "integer"}},
    },
}


def _export(media_type: str, description: str) -> dict[str, Any]:
    return {"get": {
        "summary": description,
        "parameters": QUOTE_FILTER_PARAMETERS + [_limit(100_000, 100_000)],
        "responses": {"200": {"description": description, "content": {media_type: {"schema": {"type": "string"}}}},
                      **ERRORS},
    }}


def openapi_document() -> dict[str, Any]:
    """Built on each call: small, and never shared mutable state between requests."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Quotes API",
            "version": "1.0.0",
            "description": "Direct quotations from news articles, attributed and dated. Read-only. "
                           "Errors are {\"error\": message}; every response allows any origin (CORS).",
        },
        "paths": {
            "/api/quotes": {"get": {
                "summary": "Search and list quotes",
                "description": "Newest first (by the day the quote was said, undated last), or by "
                               "relevance when q is given. Paginate with the opaque `next` cursor.",
                "parameters": QUOTE_FILTER_PARAMETERS + [_limit(20, 100)],
                "responses": {"200": _json("QuotePage", "A page of quotes."), **ERRORS},
            }},
            "/api/quotes/{id}": {"get": {
                "summary": "One quote, with its paragraph and the same quote in other articles",
                "parameters": [_id("Quote id")],
                "responses": {"200": _json("QuoteDetail", "The quote."), **ERRORS, **NOT_FOUND},
            }},
            "/api/quotes.csv": _export("text/csv", "Every quote matching the filters, as CSV"),
            "/api/quotes.ndjson": _export("application/x-ndjson", "Every quote matching the filters, one JSON object per line"),
            "/api/speakers": {"get": {
                "summary": "Find speakers by name or alias (accents ignored, prefixes match)",
                "parameters": [_param("q", "Name or alias, or its beginning.", {"type": "string"}, "erdog"),
                               _limit(20, 100)],
                "responses": {"200": _json("SpeakerList", "Matching speakers, most quoted first without q."), **ERRORS},
            }},
            "/api/speakers/{id}": {"get": {
                "summary": "One speaker",
                "parameters": [_id("Speaker id")],
                "responses": {"200": _json("Speaker", "The speaker."), **ERRORS, **NOT_FOUND},
            }},
            "/speaker/{id}.atom": {"get": {
                "summary": "Atom feed of a speaker's newest quotes",
                "parameters": [_id("Speaker id")],
                "responses": {"200": {"description": "Atom feed",
                                      "content": {"application/atom+xml": {"schema": {"type": "string"}}}},
                              **NOT_FOUND},
            }},
            "/api/openapi.json": {"get": {
                "summary": "This document",
                "responses": {"200": {"description": "OpenAPI 3.1 document",
                                      "content": {"application/json": {"schema": {"type": "object"}}}}},
            }},
        },
        "components": {"schemas": SCHEMAS},
    }
