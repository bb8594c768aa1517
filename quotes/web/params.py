"""Validate query-string parameters into typed filters before any SQL runs.

The API promises a 400 with a readable message for every bad parameter, so
all checking happens here, once, for the JSON API, the exports and the HTML
search page alike.
"""
from __future__ import annotations

import base64
import binascii
import json
import re
from dataclasses import dataclass
from datetime import date
from typing import Iterable, Mapping, Optional, Sequence, Union

MAX_SQLITE_INT = 2**63 - 1
DAY_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
MONTH_RE = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
QUOTE_KINDS = ("full", "partial")
SPEAKER_KINDS = ("person", "organisation", "anonymous", "group")

QUOTE_FILTER_PARAMS = (
    "q", "speaker", "speaker_kind", "kind", "outlet", "lang", "month", "from", "to",
)
QUOTE_PAGE_PARAMS = QUOTE_FILTER_PARAMS + ("limit", "cursor")


class BadParameter(ValueError):
    """A client error: the message is safe to show back to the caller."""


@dataclass(frozen=True)
class QuoteFilters:
    """What the caller asked for; every field is already validated."""

    q: Optional[str] = None
    speaker: Optional[str] = None
    speaker_kind: Optional[str] = None
    kind: Optional[str] = None
    outlet: Optional[str] = None
    lang: Optional[str] = None
    month: Optional[str] = None
    date_from: Optional[str] = None
    date_to: Optional[str] = None

    def as_params(self) -> dict[str, str]:
        """The filters as query-string parameters, to build links that keep them."""
        pairs = {
            "q": self.q, "speaker": self.speaker, "speaker_kind": self.speaker_kind,
            "kind": self.kind, "outlet": self.outlet, "lang": self.lang,
            "month": self.month, "from": self.date_from, "to": self.date_to,
        }
        return {key: value for key, value in pairs.items() if value}


@dataclass(frozen=True)
class Cursor:
    """Where the previous page stopped: the sort key of its last row.

    `mode` is "date" (no q: newest first) or "rank" (q: most relevant first);
    a cursor from one ordering is refused by the other.
    """

    mode: str
    key: Union[str, float]
    id: int

    def encode(self) -> str:
        raw = json.dumps([1, self.mode, self.key, self.id], separators=(",", ":"))
        return base64.urlsafe_b64encode(raw.encode("utf-8")).decode("ascii").rstrip("=")


def decode_cursor(token: str) -> Cursor:
    """Parse an opaque cursor, refusing anything this server did not make."""
    try:
        padded = token + "=" * (-len(token) % 4)
        version, mode, key, row_id = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, TypeError, UnicodeError, binascii.Error):
        raise BadParameter("cursor is not valid: use the 'next' value of a previous page")
    valid_key = (mode == "date" and isinstance(key, str)) or (
        mode == "rank" and isinstance(key, (int, float)) and not isinstance(key, bool)
    )
    if version != 1 or not valid_key or not _is_row_id(row_id):
        raise BadParameter("cursor is not valid: use the 'next' value of a previous page")
    return Cursor(mode=mode, key=float(key) if mode == "rank" else key, id=row_id)


def _is_row_id(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= MAX_SQLITE_INT


def single_values(args: Mapping[str, Sequence[str]], allowed: Iterable[str]) -> dict[str, str]:
    """One value per parameter, unknown or repeated parameters refused.

    Empty values count as absent because HTML forms submit every field.
    `args` maps a name to all of its values, as parse_qs returns them.
    """
    allowed = tuple(allowed)
    unknown = sorted(set(args) - set(allowed))
    if unknown:
        raise BadParameter(
            "unknown parameter: {} (allowed: {})".format(", ".join(unknown), ", ".join(allowed))
        )
    values: dict[str, str] = {}
    for name, given in args.items():
        if len(given) > 1:
            raise BadParameter(f"parameter {name} given more than once")
        value = given[0].strip() if given else ""
        if "\x00" in value:
            raise BadParameter(f"parameter {name} contains a NUL character")
        if value:
            values[name] = value
    return values


def parse_day(value: Optional[str], name: str) -> Optional[str]:
    """An ISO day (YYYY-MM-DD) that exists in the calendar, or None."""
    if value is None:
        return None
    if not DAY_RE.match(value):
        raise BadParameter(f"{name} must be a date as YYYY-MM-DD, got {value!r}")
    try:
        date.fromisoformat(value)
    except ValueError:
        raise BadParameter(f"{name} is not a real date: {value!r}")
    return value


def parse_limit(value: Optional[str], default: int, maximum: int) -> int:
    """A page size between 1 and `maximum`."""
    if value is None:
        return default
    if not re.fullmatch(r"\d{1,7}", value):
        raise BadParameter(f"limit must be an integer between 1 and {maximum}, got {value!r}")
    limit = int(value)
    if not 1 <= limit <= maximum:
        raise BadParameter(f"limit must be between 1 and {maximum}, got {limit}")
    return limit


def parse_choice(value: Optional[str], name: str, choices: Sequence[str]) -> Optional[str]:
    if value is not None and value not in choices:
        raise BadParameter(f"{name} must be one of {', '.join(choices)}, got {value!r}")
    return value


def parse_month(value: Optional[str]) -> Optional[str]:
    if value is not None and not MONTH_RE.match(value):
        raise BadParameter(f"month must be YYYY-MM, got {value!r}")
    return value


def parse_filters(values: Mapping[str, str]) -> QuoteFilters:
    """Turn single values into QuoteFilters, checking each one."""
    date_from = parse_day(values.get("from"), "from")
    date_to = parse_day(values.get("to"), "to")
    if date_from and date_to and date_from > date_to:
        raise BadParameter(f"from ({date_from}) is after to ({date_to})")
    q = values.get("q")
    if q is not None and not search_terms(q):
        q = None  # punctuation only: nothing to search for, so no filter
    return QuoteFilters(
        q=q,
        speaker=values.get("speaker"),
        speaker_kind=parse_choice(values.get("speaker_kind"), "speaker_kind", SPEAKER_KINDS),
        kind=parse_choice(values.get("kind"), "kind", QUOTE_KINDS),
        outlet=values.get("outlet"),
        lang=values.get("lang"),
        month=parse_month(values.get("month")),
        date_from=date_from,
        date_to=date_to,
    )


def parse_cursor(value: Optional[str], filters: QuoteFilters) -> Optional[Cursor]:
    """Decode the cursor and check it belongs to the ordering in use."""
    if value is None:
        return None
    cursor = decode_cursor(value)
    expected = "rank" if filters.q else "date"
    if cursor.mode != expected:
        raise BadParameter("cursor does not belong to this query: start again without it")
    return cursor


TERM_RE = re.compile(r'"([^"]*)"|([^\s"]+)')
WORD_RE = re.compile(r"\w", re.UNICODE)


def search_terms(q: str) -> list[str]:
    """Phrases in double quotes and bare words; words keep a trailing * for prefixes."""
    terms = []
    for phrase, word in TERM_RE.findall(q):
        term = phrase or word
        if WORD_RE.search(term):
            terms.append(term.strip())
    return terms


def fts_match_expression(q: str) -> str:
    """Make user text a safe FTS5 query: every term a quoted string, ANDed.

    Quoting every term means operators, colons and brackets typed by a user
    are searched for as words instead of raising FTS5 syntax errors. The
    expression is still passed to SQLite as a bound parameter.
    """
    parts = []
    for term in search_terms(q):
        prefix = term.endswith("*") and " " not in term
        body = term.rstrip("*") if prefix else term
        quoted = '"' + body.replace('"', '""') + '"'
        parts.append(quoted + ("*" if prefix else ""))
    return " ".join(parts)
