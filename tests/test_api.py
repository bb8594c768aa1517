"""The JSON API over HTTP against a real `datasette` subprocess and a real quotes.db."""
from __future__ import annotations

import base64
import csv
import io
import json
import re
import sqlite3
from pathlib import Path
from typing import Iterator

import httpx
import pytest

from web_helpers import QUOTES, SPEAKERS, STRIKE, quote_id_of, sample_site

STRIKE_FRANCE24 = quote_id_of(STRIKE, article_id=1)
STRIKE_WIRE = quote_id_of(STRIKE, article_id=5)
PUTIN_CEASEFIRE = quote_id_of("We must reach a ceasefire in Idlib")
HOPE_CEASEFIRE = quote_id_of("We hope to reach a ceasefire everywhere in Idlib")
QUOTE_KEYS = {"id", "text", "kind", "speaker", "mention", "cue", "date", "date_source", "lang", "article", "url"}


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    with sample_site(tmp_path_factory.mktemp("api")) as running:
        yield running


@pytest.fixture(scope="module")
def client(site: tuple[str, Path]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site[0], timeout=10) as http:
        yield http


def ids(response: httpx.Response) -> list[int]:
    assert response.status_code == 200, response.text
    return [quote["id"] for quote in response.json()["quotes"]]


def expected_ids(keep=lambda quote: True) -> list[int]:
    """Sample quote ids in API order without q: date desc (undated last), id desc."""
    rows = [(index, quote) for index, quote in enumerate(QUOTES, 1) if keep(quote)]
    rows.sort(key=lambda pair: (pair[1][4] or "", pair[0]), reverse=True)
    return [index for index, _ in rows]


def fts_ids(db_path: Path, match: str) -> list[int]:
    """Ids in bm25 order straight from SQLite, to check the API's relevance order."""
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute(
            "select rowid from quotes_fts where quotes_fts match ? order by rank, rowid", (match,)
        ).fetchall()
    return [row[0] for row in rows]


def walk_pages(client: httpx.Client, params: dict) -> list[int]:
    """Follow `next` cursors to the end, collecting ids."""
    collected: list[int] = []
    params = dict(params)
    for _ in range(100):
        response = client.get("/api/quotes", params=params)
        collected += ids(response)
        token = response.json()["next"]
        if token is None:
            return collected
        params["cursor"] = token
    raise AssertionError("pagination did not end")


def assert_error(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/json")
    assert response.headers["access-control-allow-origin"] == "*"
    body = response.json()
    assert set(body) == {"error"} and body["error"]
    return body["error"]


# --- shape, order, CORS ---------------------------------------------------------

def test_quote_objects_have_the_documented_shape(client: httpx.Client) -> None:
    quote = client.get("/api/quotes", params={"limit": 100}).json()["quotes"][0]
    assert set(quote) == QUOTE_KEYS
    assert set(quote["speaker"]) == {"id", "name", "kind"}
    assert set(quote["article"]) == {"id", "title", "outlet", "url", "published", "author"}
    assert quote["url"] == f"/quote/{quote['id']}"


def test_default_order_is_newest_first_undated_last(client: httpx.Client) -> None:
    response = client.get("/api/quotes", params={"limit": 100})
    assert ids(response) == expected_ids()
    assert response.json()["quotes"][-1]["date"] is None
    assert response.json()["next"] is None


def test_unattributed_quote_has_null_speaker(client: httpx.Client) -> None:
    quote_id = quote_id_of("Idlib est une catastrophe humanitaire")
    assert client.get(f"/api/quotes/{quote_id}").json()["speaker"] is None


def test_cors_header_on_every_api_response(client: httpx.Client) -> None:
    for path in ("/api/quotes", "/api/quotes/1", "/api/speakers", "/api/speakers/1", "/api/openapi.json",
                 "/api/quotes.csv", "/api/quotes.ndjson", "/api/quotes?limit=0", "/api/quotes/999999",
                 "/api/nothing-here"):
        assert client.get(path).headers["access-control-allow-origin"] == "*", path
    preflight = client.options("/api/quotes")
    assert preflight.status_code == 204
    assert preflight.headers["access-control-allow-origin"] == "*"


def test_default_limit_is_20_and_limit_is_honoured(client: httpx.Client) -> None:
    assert len(ids(client.get("/api/quotes"))) == min(20, len(QUOTES))
    assert len(ids(client.get("/api/quotes", params={"limit": 3}))) == 3
    assert len(ids(client.get("/api/quotes", params={"limit": 100}))) == len(QUOTES)
    assert len(ids(client.get("/api/quotes", params={"limit": 1}))) == 1


# --- filters --------------------------------------------------------------------

def test_q_is_full_text_and_ignores_accents_and_case(client: httpx.Client) -> None:
    accented = ids(client.get("/api/quotes", params={"q": "Erdoğan"}))
    assert accented == ids(client.get("/api/quotes", params={"q": "ERDOGAN"}))
    assert set(accented) == {i for i, quote in enumerate(QUOTES, 1) if quote[1] == 1}
    assert ids(client.get("/api/quotes", params={"q": "ete trahie"})) == [quote_id_of("La Turquie a été trahie à Idlib")]


def test_q_phrase_prefix_and_and(client: httpx.Client) -> None:
    assert set(ids(client.get("/api/quotes", params={"q": '"strike the regime"'}))) == {STRIKE_FRANCE24, STRIKE_WIRE}
    assert ids(client.get("/api/quotes", params={"q": '"regime the strike"'})) == []
    assert set(ids(client.get("/api/quotes", params={"q": "ceasefi*"}))) == {PUTIN_CEASEFIRE, HOPE_CEASEFIRE}
    assert set(ids(client.get("/api/quotes", params={"q": "ceasefire everywhere"}))) == {HOPE_CEASEFIRE}


def test_q_orders_by_relevance(client: httpx.Client, site: tuple[str, Path]) -> None:
    for q, match in (("everywhere", '"everywhere"'), ("idlib", '"idlib"'), ("erdogan", '"erdogan"')):
        assert ids(client.get("/api/quotes", params={"q": q, "limit": 100})) == fts_ids(site[1], match)


def test_q_of_punctuation_only_is_no_filter(client: httpx.Client) -> None:
    assert ids(client.get("/api/quotes", params={"q": "!!! ---", "limit": 100})) == expected_ids()


@pytest.mark.parametrize("speaker", ["1", "Recep Tayyip Erdoğan", "recep tayyip erdogan", "Erdogan", "ERDOĞAN",
                                     "President Erdoğan"])
def test_speaker_by_id_name_or_alias(client: httpx.Client, speaker: str) -> None:
    got = ids(client.get("/api/quotes", params={"speaker": speaker, "limit": 100}))
    assert got == expected_ids(lambda quote: quote[1] == 1)


def test_unknown_speaker_gives_no_quotes(client: httpx.Client) -> None:
    assert ids(client.get("/api/quotes", params={"speaker": "Nobody Atall"})) == []
    assert ids(client.get("/api/quotes", params={"speaker": "424242"})) == []


def test_speaker_kind_and_outlet(client: httpx.Client) -> None:
    anonymous = {s["id"] for s in SPEAKERS if s["kind"] == "anonymous"}
    got = ids(client.get("/api/quotes", params={"speaker_kind": "anonymous", "limit": 100}))
    assert got == expected_ids(lambda quote: quote[1] in anonymous)
    le_monde = ids(client.get("/api/quotes", params={"speaker_kind": "anonymous", "outlet": "le monde"}))
    assert le_monde == [quote_id_of("Ankara joue avec le feu")]


def test_kind_lang_month(client: httpx.Client) -> None:
    assert ids(client.get("/api/quotes", params={"kind": "partial"})) == [quote_id_of("no plans")]
    french = ids(client.get("/api/quotes", params={"lang": "fr", "limit": 100}))
    assert french == expected_ids(lambda quote: quote[0] == 2)
    february = ids(client.get("/api/quotes", params={"month": "2020-02", "limit": 100}))
    assert february == expected_ids(lambda quote: (quote[4] or "").startswith("2020-02"))


def test_date_range_is_inclusive(client: httpx.Client) -> None:
    got = ids(client.get("/api/quotes", params={"from": "2020-02-12", "to": "2020-02-28", "limit": 100}))
    assert got == expected_ids(lambda quote: quote[4] is not None and "2020-02-12" <= quote[4] <= "2020-02-28")
    same_day = ids(client.get("/api/quotes", params={"from": "2020-03-04", "to": "2020-03-04"}))
    assert same_day == [quote_id_of("no plans")]
    only_from = ids(client.get("/api/quotes", params={"from": "2020-03-05", "limit": 100}))
    assert only_from == expected_ids(lambda quote: (quote[4] or "") >= "2020-03-05")


def test_filters_combine_with_q(client: httpx.Client) -> None:
    got = ids(client.get("/api/quotes", params={"q": "everywhere", "outlet": "Wire Service"}))
    assert got == [STRIKE_WIRE]


def test_empty_values_are_ignored(client: httpx.Client) -> None:
    got = ids(client.get("/api/quotes?q=&speaker=&outlet=&lang=&from=&to=&limit=100"))
    assert got == expected_ids()


# --- pagination -----------------------------------------------------------------

def test_cursor_walks_every_quote_once_without_q(client: httpx.Client) -> None:
    assert walk_pages(client, {"limit": 2}) == expected_ids()


def test_cursor_walks_ranked_results_once_with_q(client: httpx.Client) -> None:
    full = ids(client.get("/api/quotes", params={"q": "idlib", "limit": 100}))
    assert len(full) >= 4
    assert walk_pages(client, {"q": "idlib", "limit": 1}) == full
    # Tied scores (the same words in two articles) are split by id.
    assert walk_pages(client, {"q": "everywhere", "limit": 1}) == ids(
        client.get("/api/quotes", params={"q": "everywhere"}))


def test_cursor_keeps_filters(client: httpx.Client) -> None:
    assert walk_pages(client, {"speaker": "Erdogan", "limit": 3}) == expected_ids(lambda quote: quote[1] == 1)


def test_next_url_continues(client: httpx.Client) -> None:
    first = client.get("/api/quotes", params={"speaker": "Erdogan", "limit": 2}).json()
    second = client.get(first["next_url"]).json()
    assert [q["id"] for q in first["quotes"] + second["quotes"]] == expected_ids(lambda quote: quote[1] == 1)[:4]


def test_cursor_from_one_ordering_is_refused_by_the_other(client: httpx.Client) -> None:
    dated = client.get("/api/quotes", params={"limit": 1}).json()["next"]
    ranked = client.get("/api/quotes", params={"q": "idlib", "limit": 1}).json()["next"]
    assert "cursor" in assert_error(client.get("/api/quotes", params={"q": "idlib", "cursor": dated}), 400)
    assert "cursor" in assert_error(client.get("/api/quotes", params={"cursor": ranked}), 400)


def _token(value: object) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


@pytest.mark.parametrize("cursor", [
    "not-a-cursor", "%%%", "e30", _token({"a": 1}), _token([1, "date", 5, 1]), _token([1, "date", "2020", -1]),
    _token([2, "date", "2020-01-01", 1]), _token([1, "rank", "x", 1]), _token([1, "date", "2020", 2**70]),
    _token([1, "rank", True, 1]),
])
def test_bad_cursors_are_400(client: httpx.Client, cursor: str) -> None:
    assert "cursor" in assert_error(client.get("/api/quotes", params={"cursor": cursor}), 400)


# --- parameter errors -----------------------------------------------------------

@pytest.mark.parametrize("params", [
    {"from": "2020-13-01"}, {"from": "2020-02-30"}, {"to": "20200201"}, {"to": "yesterday"},
    {"from": "2020-2-1"}, {"from": "2020-03-01", "to": "2020-02-01"},
    {"limit": "0"}, {"limit": "101"}, {"limit": "-1"}, {"limit": "abc"}, {"limit": "1.5"}, {"limit": "99999999999"},
    {"month": "2020-13"}, {"month": "2020"}, {"speaker_kind": "robot"}, {"kind": "whole"},
    {"sort": "date"}, {"_search": "x"}, {"sql": "select 1"},
])
def test_bad_parameters_are_400(client: httpx.Client, params: dict) -> None:
    assert_error(client.get("/api/quotes", params=params), 400)


def test_messages_name_the_problem(client: httpx.Client) -> None:
    assert "from" in assert_error(client.get("/api/quotes", params={"from": "2020-03-01", "to": "2020-02-01"}), 400)
    assert "limit" in assert_error(client.get("/api/quotes", params={"limit": "500"}), 400)
    assert "unknown parameter: colour" in assert_error(client.get("/api/quotes", params={"colour": "red"}), 400)


def test_repeated_parameter_is_400(client: httpx.Client) -> None:
    assert "more than once" in assert_error(client.get("/api/quotes?lang=en&lang=fr"), 400)


def test_only_get_is_allowed(client: httpx.Client) -> None:
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        assert_error(client.request(method, "/api/quotes"), 405)
        assert_error(client.request(method, "/api/quotes/1"), 405)


# --- single items ---------------------------------------------------------------

def test_quote_detail(client: httpx.Client) -> None:
    body = client.get(f"/api/quotes/{STRIKE_FRANCE24}").json()
    assert QUOTE_KEYS <= set(body)
    assert body["text"] == STRIKE
    assert body["speaker"] == {"id": 1, "name": "Recep Tayyip Erdoğan", "kind": "person"}
    assert body["article"]["outlet"] == "France 24" and body["article"]["url"].startswith("https://")
    assert STRIKE in body["context"]
    assert [other["id"] for other in body["also_in"]] == [STRIKE_WIRE]
    assert body["also_in"][0]["article"]["outlet"] == "Wire Service"


@pytest.mark.parametrize("path,status", [
    ("/api/quotes/999999", 404), ("/api/quotes/0", 404), ("/api/quotes/abc", 400), ("/api/quotes/-1", 400),
    ("/api/quotes/1.5", 400), ("/api/quotes/99999999999999999999999", 400), ("/api/quotes/1%20OR%201=1", 400),
    ("/api/speakers/999999", 404), ("/api/speakers/abc", 400), ("/api/speakers/1;drop", 400),
    ("/api/nothing-here", 404),
])
def test_unknown_or_bad_ids(client: httpx.Client, path: str, status: int) -> None:
    assert_error(client.get(path), status)


def test_speaker_detail(client: httpx.Client) -> None:
    body = client.get("/api/speakers/1").json()
    assert body == {
        "id": 1, "name": "Recep Tayyip Erdoğan", "kind": "person", "titles": ["President"],
        "aliases": ["Erdogan", "Erdoğan", "President Erdoğan"],
        "quote_count": sum(1 for quote in QUOTES if quote[1] == 1),
        "url": "/speaker/1", "quotes_url": "/api/quotes?speaker=1",
    }


@pytest.mark.parametrize("q,expected", [
    ("erdogan", {1}), ("Erdoğan", {1}), ("erdo", {1}), ("putin", {2}), ("kremlin", {4}), ("diplomat", {3, 6}), ("western", {3}),
    ("diplomate occidental", {6}), ("nobody", set()),
])
def test_speaker_search_by_name_or_alias(client: httpx.Client, q: str, expected: set) -> None:
    body = client.get("/api/speakers", params={"q": q}).json()
    assert {speaker["id"] for speaker in body["speakers"]} == expected
    assert body["count"] == len(expected)


def test_speakers_without_q_most_quoted_first(client: httpx.Client) -> None:
    speakers = client.get("/api/speakers").json()["speakers"]
    counts = [speaker["quote_count"] for speaker in speakers]
    assert counts == sorted(counts, reverse=True) and speakers[0]["id"] == 1
    assert len(client.get("/api/speakers", params={"limit": 2}).json()["speakers"]) == 2


@pytest.mark.parametrize("params", [{"limit": "0"}, {"limit": "x"}, {"name": "x"}, {"q": ["a", "b"]}])
def test_speaker_search_errors(client: httpx.Client, params: dict) -> None:
    assert_error(client.get("/api/speakers", params=params), 400)


# --- exports --------------------------------------------------------------------

def test_csv_export_has_every_matching_row(client: httpx.Client) -> None:
    response = client.get("/api/quotes.csv", params={"speaker": "Erdogan"})
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(response.text)))
    assert [int(row["id"]) for row in rows] == expected_ids(lambda quote: quote[1] == 1)
    assert rows[0]["speaker_name"] == "Recep Tayyip Erdoğan" and rows[0]["url"] == f"/quote/{rows[0]['id']}"


def test_csv_export_keeps_awkward_text_intact(client: httpx.Client) -> None:
    rows = list(csv.DictReader(io.StringIO(client.get("/api/quotes.csv", params={"q": "script"}).text)))
    assert [row["text"] for row in rows] == ["<script>alert(1)</script> is not a policy"]


def test_ndjson_export_matches_the_api(client: httpx.Client) -> None:
    response = client.get("/api/quotes.ndjson", params={"q": "idlib"})
    assert response.headers["content-type"].startswith("application/x-ndjson")
    lines = [json.loads(line) for line in response.text.splitlines()]
    assert lines == client.get("/api/quotes", params={"q": "idlib", "limit": 100}).json()["quotes"]


def test_exports_take_limit_and_cursor(client: httpx.Client) -> None:
    assert len(client.get("/api/quotes.ndjson", params={"limit": 3}).text.splitlines()) == 3
    token = client.get("/api/quotes", params={"limit": 4}).json()["next"]
    rest = [json.loads(line)["id"] for line in client.get("/api/quotes.ndjson", params={"cursor": token}).text.splitlines()]
    assert rest == expected_ids()[4:]


@pytest.mark.parametrize("path", ["/api/quotes.csv", "/api/quotes.ndjson"])
def test_exports_validate_like_the_api(client: httpx.Client, path: str) -> None:
    assert_error(client.get(path, params={"from": "bad"}), 400)
    assert_error(client.get(path, params={"limit": "0"}), 400)
    assert_error(client.get(path, params={"nope": "1"}), 400)


# --- OpenAPI --------------------------------------------------------------------

def test_openapi_describes_every_endpoint_and_parameter(client: httpx.Client) -> None:
    document = client.get("/api/openapi.json").json()
    assert document["openapi"].startswith("3.1")
    assert {"/api/quotes", "/api/quotes/{id}", "/api/quotes.csv", "/api/quotes.ndjson", "/api/speakers",
            "/api/speakers/{id}", "/speaker/{id}.atom", "/api/openapi.json"} <= set(document["paths"])
    names = {p["name"] for p in document["paths"]["/api/quotes"]["get"]["parameters"]}
    assert names == {"q", "speaker", "speaker_kind", "kind", "outlet", "lang", "month", "from", "to", "limit", "cursor"}
    refs = json.dumps(document)
    for name in ("Quote", "QuotePage", "Speaker", "Error"):
        assert f"#/components/schemas/{name}" in refs and name in document["components"]["schemas"]


# --- SQL injection --------------------------------------------------------------

PAYLOADS = [
    "' OR 1=1 --", "1; DROP TABLE quotes", "\" OR \"\"=\"", "1 UNION SELECT sql FROM sqlite_master",
    "') or ('a'='a", "*", "NEAR(a b)", "text:secret", "\\", "%", "2020-01-01' OR '1'='1",
]
PARAMETERS = ["q", "speaker", "speaker_kind", "kind", "outlet", "lang", "month", "from", "to", "limit", "cursor"]


@pytest.mark.parametrize("name", PARAMETERS)
def test_injection_through_every_parameter_is_harmless(client: httpx.Client, site: tuple[str, Path], name: str) -> None:
    for payload in PAYLOADS:
        for path in ("/api/quotes", "/api/quotes.ndjson"):
            response = client.get(path, params={name: payload})
            assert response.status_code in (200, 400), (name, payload, response.text)
            if response.status_code == 200 and path == "/api/quotes":
                # q of punctuation alone ("*", "%") searches for nothing, so it filters nothing.
                punctuation_only = name == "q" and not re.search(r"\w", payload)
                expected = ids(client.get("/api/quotes")) if punctuation_only else []
                assert ids(response) == expected, (name, payload)
    speakers = client.get("/api/speakers", params={"q": PAYLOADS[0]})
    assert speakers.status_code == 200 and speakers.json()["speakers"] == []
    with sqlite3.connect(site[1]) as conn:
        assert conn.execute("select count(*) from quotes").fetchone()[0] == len(QUOTES)
