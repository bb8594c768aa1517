"""What test_api.py and test_web.py leave out: injection through the HTML pages, Datasette's own
table parameters and the canned queries; result-size caps; the SQL time limit.

A real `datasette` subprocess over a real quotes.db (tests/web_helpers.py).
"""
from __future__ import annotations

import hashlib
import sqlite3
import time
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from quotes.web.serve import SETTINGS
from web_helpers import QUOTES, running_server, sample_site

PAYLOADS = [
    "' OR 1=1 --", "1; DROP TABLE quotes", '" OR ""="', "1 UNION SELECT sql FROM sqlite_master",
    "') or ('a'='a", "*", "NEAR(a b)", "text:secret", "\\", "%", "\x00", "quotes_fts MATCH '*'",
    "a" * 5000,
]


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    with sample_site(tmp_path_factory.mktemp("security")) as running:
        yield running


@pytest.fixture(scope="module")
def client(site: tuple[str, Path]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site[0], timeout=15) as http:
        yield http


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def unharmed(db_path: Path) -> None:
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == len(QUOTES)
        assert {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")} >= {
            "articles", "speakers", "quotes", "quotes_fts", "speakers_fts"}


@pytest.mark.parametrize("path,name", [
    ("/search", "q"), ("/search", "speaker"), ("/search", "outlet"), ("/search", "lang"), ("/search", "from"),
    ("/search", "month"), ("/search", "cursor"), ("/speaker/1", "cursor"), ("/speaker/1", "month"),
])
def test_injection_through_page_parameters(client: httpx.Client, site: tuple[str, Path], path: str, name: str) -> None:
    for payload in PAYLOADS:
        response = client.get(path, params={name: payload})
        assert response.status_code in (200, 400), (path, name, payload[:40], response.status_code)
        if response.status_code == 200:
            assert "CREATE TABLE" not in response.text  # the payload is echoed, the schema never
    unharmed(site[1])


@pytest.mark.parametrize("param", [
    "text__contains", "text__exact", "speaker_name__startswith", "id__gt", "date__lt", "lang__in",
    "outlet__notlike", "_search", "_search_text",
])
def test_injection_through_datasette_table_filters(client: httpx.Client, site: tuple[str, Path], param: str) -> None:
    for payload in PAYLOADS:
        response = client.get("/quotes/quotes.json", params={param: payload, "_shape": "objects"})
        assert response.status_code in (200, 400), (param, payload[:40], response.status_code, response.text[:200])
        if response.status_code == 200:
            rows = response.json()["rows"]
            assert all(set(row) >= {"id", "text"} for row in rows), "a payload changed the shape of the rows"
            if param.endswith("__exact"):
                assert rows == [], (param, payload[:40])
            # (__contains "%" matches every row: a LIKE wildcard in a public table's filter, not an injection)
    unharmed(site[1])


@pytest.mark.parametrize("params", [
    {"_sort": "text; DROP TABLE quotes"}, {"_sort_desc": "id) UNION SELECT 1 --"}, {"_facet": "nope'"},
    {"_col": "sql FROM sqlite_master --"}, {"_search_mode": "raw", "_search": '"unterminated'},
    {"_search_mode": "raw", "_search": "NEAR("}, {"_search_mode": "raw", "_search": "text:"},
    {"_size": "1; DROP TABLE quotes"}, {"_size": "-1"}, {"_next": "' OR 1=1"}, {"_where": "1=1"},
    {"_through": '{"table": "sqlite_master"}'},
])
def test_malformed_datasette_parameters_are_client_errors(client: httpx.Client, site: tuple[str, Path],
                                                          params: dict) -> None:
    response = client.get("/quotes/quotes.json", params=params)
    assert 400 <= response.status_code < 500 or (
        response.status_code == 200 and response.json()["rows"] == []), (params, response.status_code,
                                                                          response.text[:300])
    unharmed(site[1])


BAD_TABLE_ARGS = [
    {"_sort": "text; DROP TABLE quotes"}, {"_sort_desc": "id) UNION SELECT 1 --"}, {"_sort": "text"},
    {"_sort": "date", "_sort_desc": "id"}, {"_through": '{"table": "sqlite_master"}'}, {"_through": "not json"},
    {"_through": "[1, 2]"},
    {"_through": '{"table": "nope", "column": "id", "value": 1}'},
    {"_through": '{"table": "quotes", "column": "nope", "value": 1}'},
    {"_through": '{"table": "quotes", "column": "id", "value": {"a": 1}}'},
]


@pytest.mark.parametrize("table", ["quotes", "speakers", "articles"])
def test_bad_sort_and_through_are_400s_on_every_table(client: httpx.Client, site: tuple[str, Path], table: str) -> None:
    # Datasette 0.65 answers 500 to these; quotes/web/table_args.py turns them into one-line 400s.
    for params in BAD_TABLE_ARGS:
        response = client.get(f"/quotes/{table}.json", params=params)
        assert response.status_code == 400, (table, params, response.status_code, response.text[:300])
        body = response.json()
        assert body["ok"] is False and body["status"] == 400 and "\n" not in body["error"], body
        page = client.get(f"/quotes/{table}", params=params)
        assert page.status_code == 400, (table, params, page.status_code, page.text[:300])
    unharmed(site[1])


def test_valid_sort_and_through_still_work(client: httpx.Client) -> None:
    for table, column in (("quotes", "date"), ("speakers", "quote_count"), ("articles", "published")):
        for key in ("_sort", "_sort_desc"):
            assert client.get(f"/quotes/{table}", params={key: column}).status_code == 200, (table, key)
            rows = client.get(f"/quotes/{table}.json", params={key: column, "_shape": "objects"}).json()["rows"]
            values = [row[column] for row in rows if row[column] is not None]
            assert values == sorted(values, reverse=key == "_sort_desc"), (table, key, values)
    assert client.get("/quotes/quotes.json", params={"_sort": "", "_shape": "objects"}).status_code == 200
    # speakers <-> articles is a many-to-many through quotes (quotes.speaker_id references speakers.id)
    through = '{"table": "quotes", "column": "article_id", "value": 3}'
    response = client.get("/quotes/speakers.json", params={"_through": through, "_shape": "objects"})
    assert response.status_code == 200, response.text[:300]
    assert {row["id"] for row in response.json()["rows"]} == {quote[1] for quote in QUOTES if quote[0] == 3}
    assert client.get("/quotes/speakers", params={"_through": through}).status_code == 200


@pytest.mark.parametrize("query,name", [
    ("who_said_phrase", "phrase"), ("speaker_between_dates", "speaker"), ("speaker_between_dates", "from_day"),
    ("anonymous_sources_by_outlet", "outlet"),
])
def test_injection_through_canned_query_parameters(client: httpx.Client, site: tuple[str, Path], query: str,
                                                   name: str) -> None:
    base = {"phrase": "x", "speaker": "Erdogan", "from_day": "2000-01-01", "to_day": "2030-01-01", "outlet": ""}
    needed = {"who_said_phrase": ["phrase"], "speaker_between_dates": ["speaker", "from_day", "to_day"],
              "anonymous_sources_by_outlet": ["outlet"]}[query]
    everything = client.get(f"/quotes/{query}.json",
                            params={key: base[key] for key in needed} | {"_shape": "array"}).json()
    for payload in PAYLOADS:
        params = {key: base[key] for key in needed} | {name: payload, "_shape": "array"}
        response = client.get(f"/quotes/{query}.json", params=params)
        assert response.status_code in (200, 400), (query, name, payload[:40], response.status_code)
        if response.status_code == 200:
            # A payload is a value: it can narrow the rows (a day compares as a string), never widen them.
            assert all(row in everything for row in response.json()), (query, name, payload[:40])
            if name in ("phrase", "speaker", "outlet"):
                assert response.json() == [], (query, name, payload[:40])
    unharmed(site[1])


def test_canned_queries_refuse_to_write(client: httpx.Client, site: tuple[str, Path]) -> None:
    before = digest(site[1])
    for method in ("POST", "PUT", "DELETE"):
        response = client.request(method, "/quotes/who_said_phrase", data={"phrase": "x"})
        assert response.status_code >= 400, (method, response.status_code)
    for path in ("/-/permissions", "/-/allow-debug", "/-/patterns", "/quotes/-/create",
                 "/quotes/quotes/-/upsert", "/quotes/quotes/-/drop", "/quotes/speakers/1/-/update"):
        assert client.post(path, json={"row": {"text": "x"}}).status_code >= 400, path
    assert digest(site[1]) == before
    unharmed(site[1])


# --- limits ---------------------------------------------------------------------

def test_page_sizes_are_capped(client: httpx.Client) -> None:
    maximum = int(SETTINGS["max_returned_rows"])
    too_big = client.get("/quotes/quotes.json", params={"_size": maximum + 1})
    assert too_big.status_code == 400
    assert client.get("/quotes/quotes.json", params={"_size": "max"}).status_code == 200
    assert client.get("/api/quotes", params={"limit": 101}).status_code == 400
    assert client.get("/api/speakers", params={"limit": 10**6}).status_code == 400
    default = client.get("/quotes/articles.json").json()
    assert len(default["rows"]) <= int(SETTINGS["default_page_size"])


def test_very_long_query_strings_are_refused_or_answered_fast(client: httpx.Client) -> None:
    for path, name in (("/api/quotes", "q"), ("/search", "q"), ("/quotes/quotes.json", "_search")):
        started = time.monotonic()
        response = client.get(path, params={name: "erdogan " * 1000})
        assert response.status_code in (200, 400, 414), (path, response.status_code)
        assert time.monotonic() - started < 5, path


@pytest.mark.slow
def test_sql_time_limit_interrupts_a_slow_query(tmp_path: Path, site: tuple[str, Path]) -> None:
    """Even where read-only SQL is allowed (`quotes serve --allow-sql`), a runaway query is cut off."""
    db_path = tmp_path / "quotes.db"
    db_path.write_bytes(site[1].read_bytes())
    slow = ("with recursive n(i) as (select 1 union all select i + 1 from n) "
            "select count(*) from n where i < 1000000000")
    limit_seconds = int(SETTINGS["sql_time_limit_ms"]) / 1000
    with running_server(db_path, allow_sql=True) as base_url, httpx.Client(base_url=base_url, timeout=30) as http:
        started = time.monotonic()
        response = http.get("/quotes.json", params={"sql": slow})
        elapsed = time.monotonic() - started
    assert response.status_code == 400, response.text[:300]
    assert "interrupted" in response.text.lower() or "time limit" in response.text.lower()
    assert elapsed < limit_seconds + 5
