"""The site over HTTP: pages, escaping, Datasette's own views, and what is refused."""
from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path
from typing import Iterator
from xml.etree import ElementTree as ET

import httpx
import pytest

from web_helpers import EVIL_SPEAKER, QUOTES, SCRIPT_QUOTE, STRIKE, quote_id_of, running_server, sample_site

ATOM = "{http://www.w3.org/2005/Atom}"
SCRIPT_ID = quote_id_of(SCRIPT_QUOTE)
STRIKE_FRANCE24 = quote_id_of(STRIKE, article_id=1)
STRIKE_WIRE = quote_id_of(STRIKE, article_id=5)


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, Path]]:
    with sample_site(tmp_path_factory.mktemp("web")) as running:
        yield running


@pytest.fixture(scope="module")
def client(site: tuple[str, Path]) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=site[0], timeout=10) as http:
        yield http


def page(client: httpx.Client, path: str, status: int = 200, **params: str) -> str:
    # httpx drops a query string already in `path` when params is given, even empty.
    response = client.get(path, params=params) if params else client.get(path)
    assert response.status_code == status, response.text[:500]
    assert response.headers["content-type"].startswith("text/html")
    return response.text


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# --- pages ----------------------------------------------------------------------

def test_home_has_search_box_counts_and_speakers(client: httpx.Client) -> None:
    html = page(client, "/")
    assert '<form class="qsearch" action="/search"' in html and 'name="q"' in html
    assert f"{len(QUOTES)} quotes" in html
    assert '<a href="/speaker/1">Recep Tayyip Erdoğan</a>' in html
    assert "/quotes/who_said_phrase" in html


def test_search_ranks_and_highlights_ignoring_accents(client: httpx.Client) -> None:
    html = page(client, "/search", q="ete trahie")
    assert "La Turquie a <mark>été</mark> <mark>trahie</mark> à Idlib" in html
    html = page(client, "/search", q="everywhere")
    results = re.findall(r'<blockquote class="qtext"><a href="/quote/(\d+)">', html)
    ranked = client.get("/api/quotes", params={"q": "everywhere"}).json()["quotes"]
    assert [int(r) for r in results] == [q["id"] for q in ranked]
    assert "<mark>everywhere</mark>" in html
    assert "Most relevant first" in html


def test_search_without_q_lists_newest_first(client: httpx.Client) -> None:
    html = page(client, "/search")
    assert "Newest first" in html
    first = re.search(r'<a href="/quote/(\d+)">', html).group(1)
    assert int(first) == client.get("/api/quotes").json()["quotes"][0]["id"]


def test_search_facets_link_to_filtered_results(client: httpx.Client) -> None:
    html = page(client, "/search", q="idlib")
    for facet in ("speaker", "outlet", "lang", "month"):
        assert f'class="facet facet-{facet}"' in html
    link = re.search(r'<a href="(/search\?q=idlib&amp;lang=fr)">fr</a>', html)
    assert link, "language facet link"
    filtered = page(client, link.group(1).replace("&amp;", "&"))
    assert '<li class="selected"><a href="/search?q=idlib">fr</a>' in filtered
    assert '<a href="/search?q=idlib" title="Remove this filter">' in filtered
    ids = {int(i) for i in re.findall(r'<blockquote class="qtext"><a href="/quote/(\d+)">', filtered)}
    expected = {q["id"] for q in client.get("/api/quotes", params={"q": "idlib", "lang": "fr"}).json()["quotes"]}
    assert ids == expected and ids


def test_search_date_range_filters(client: httpx.Client) -> None:
    html = page(client, "/search", **{"from": "2020-03-01", "to": "2020-03-31"})
    ids = {int(i) for i in re.findall(r'<blockquote class="qtext"><a href="/quote/(\d+)">', html)}
    assert ids == {i for i, q in enumerate(QUOTES, 1) if (q[4] or "").startswith("2020-03")}
    assert 'type="date" name="from" value="2020-03-01"' in html


def test_search_bad_parameters_show_an_error_page(client: httpx.Client) -> None:
    html = page(client, "/search", 400, **{"from": "2020-03-01", "to": "2020-01-01"})
    assert 'class="qerror"' in html and "after" in html
    assert "is not a real date" in page(client, "/search", 400, to="2020-02-31")


def test_search_paginates(client: httpx.Client) -> None:
    html = page(client, "/search")
    assert len(QUOTES) <= 20 or 'class="next"' in html
    html = page(client, "/search", speaker="Erdogan")
    assert "Recep Tayyip Erdoğan" in html


def test_quote_page_shows_everything_about_a_quote(client: httpx.Client) -> None:
    html = page(client, f"/quote/{STRIKE_FRANCE24}")
    assert STRIKE in html
    assert '<a class="speaker" href="/speaker/1">Recep Tayyip Erdoğan</a>' in html
    assert "<dt>Cue</dt><dd>said</dd>" in html
    assert "2020-02-12" in html and "date given in the article text" in html
    assert f'<mark class="quote-mark">{STRIKE}</mark>' in html
    assert 'href="https://www.france24.com/en/20200212-erdogan"' in html
    assert "France 24" in html
    assert f'<a href="/quote/{STRIKE_WIRE}">Turkey warns Damascus</a> · Wire Service' in html


def test_quote_page_date_from_the_article(client: httpx.Client) -> None:
    html = page(client, f"/quote/{quote_id_of('We must reach a ceasefire in Idlib')}")
    assert "article&#39;s publication date" in html


def test_speaker_page(client: httpx.Client) -> None:
    html = page(client, "/speaker/1")
    assert '<h1 id="speaker-name">Recep Tayyip Erdoğan</h1>' in html
    assert "<span>President</span>" in html and "<span>Erdogan</span>" in html
    assert "<dt>Kind</dt><dd>person</dd>" in html
    count = sum(1 for q in QUOTES if q[1] == 1)
    assert f'<dd id="quote-count">{count}</dd>' in html
    svg = re.search(r"<svg class=\"month-chart\".*?</svg>", html, re.S).group(0)
    assert svg.count("<rect") == 5  # 2019-11 to 2020-03, gaps included
    february = sum(1 for q in QUOTES if q[1] == 1 and (q[4] or "").startswith("2020-02"))
    assert f"2020-02: {february} quotes" in svg
    assert html.count('<li class="quote">') == count
    assert 'type="application/atom+xml"' in html


def test_unknown_pages_are_404(client: httpx.Client) -> None:
    for path in ("/quote/999999", "/speaker/999999", "/speaker/999999.atom", "/quote/99999999999999999999999"):
        response = client.get(path)
        assert response.status_code == 404, path
        assert "No " in response.text and 'class="qsearch"' in response.text
    assert client.get("/speaker/1", params={"cursor": "junk"}).status_code == 400


def test_atom_feed(client: httpx.Client) -> None:
    response = client.get("/speaker/1.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == sum(1 for q in QUOTES if q[1] == 1)
    assert feed.find(f"{ATOM}title").text == "Quotes by Recep Tayyip Erdoğan"
    newest = client.get("/api/quotes", params={"speaker": "1", "limit": 1}).json()["quotes"][0]
    assert entries[0].find(f"{ATOM}link").get("href").endswith(newest["url"])


def test_atom_feed_escapes_markup(client: httpx.Client) -> None:
    response = client.get("/speaker/5.atom")
    assert "<script>" not in response.text
    feed = ET.fromstring(response.content)
    assert feed.find(f"{ATOM}entry/{ATOM}title").text == SCRIPT_QUOTE
    assert feed.find(f"{ATOM}title").text == f"Quotes by {EVIL_SPEAKER}"


# --- escaping -------------------------------------------------------------------

@pytest.mark.parametrize("path,params", [
    (f"/quote/{SCRIPT_ID}", {}), ("/speaker/5", {}), ("/search", {"q": "script"}), ("/search", {"q": "policy"}),
    ("/search", {"speaker": "5"}), ("/", {}), ("/search", {"q": "<script>alert(1)</script>"}),
    ("/search", {"outlet": "<script>alert(1)</script>"}),
])
def test_markup_from_articles_is_escaped(client: httpx.Client, path: str, params: dict) -> None:
    html = page(client, path, **params)
    assert "<script>alert(1)" not in html
    assert "<img src=x" not in html
    assert "<b>Bold</b>" not in html
    assert "<i>Chief</i>" not in html


def test_script_quote_is_shown_as_text(client: httpx.Client) -> None:
    html = page(client, f"/quote/{SCRIPT_ID}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt; is not a policy" in html
    assert "Mallory &lt;img src=x onerror=alert(2)&gt;" in html
    assert "&lt;b&gt;Bold&lt;/b&gt; headline &amp; co" in html
    assert 'href="https://example.org/evil?a=1&amp;b=2"' in html
    search = page(client, "/search", q="script alert")
    assert "&lt;<mark>script</mark>&gt;<mark>alert</mark>(1)&lt;/<mark>script</mark>&gt;" in search


def test_datasette_table_pages_escape_too(client: httpx.Client) -> None:
    html = page(client, f"/quotes/quotes/{SCRIPT_ID}")
    assert "<script>alert(1)" not in html and "&lt;script&gt;alert(1)" in html


# --- Datasette's own views ------------------------------------------------------

def test_datasette_json_search_finds_the_quote(client: httpx.Client) -> None:
    response = client.get("/quotes/quotes.json", params={"_search": "everywhere", "_shape": "array"})
    assert response.status_code == 200
    assert {row["id"] for row in response.json()} == {i for i, q in enumerate(QUOTES, 1) if "everywhere" in q[2]}
    accents = client.get("/quotes/quotes.json", params={"_search": "erdogan", "_shape": "array"}).json()
    assert {row["speaker_name"] for row in accents} == {"Recep Tayyip Erdoğan"}


def test_datasette_metadata_facets_and_descriptions(client: httpx.Client) -> None:
    body = client.get("/quotes/quotes.json", params={"_extra": "facet_results"}).json()
    facets = body["facet_results"]
    names = set(facets.get("results", facets))
    assert {"speaker_name", "outlet", "lang", "month", "date"} <= names
    html = page(client, "/quotes/quotes")
    assert "One row per direct quotation" in html
    assert "Quotes" in page(client, "/quotes")


def test_speaker_label_column_is_used(client: httpx.Client) -> None:
    html = page(client, "/quotes/quotes", speaker_id="1")
    assert "Recep Tayyip Erdoğan" in html


def test_canned_queries(client: httpx.Client) -> None:
    who = client.get("/quotes/who_said_phrase.json", params={"phrase": "strike the regime", "_shape": "array"}).json()
    assert {row["quote_id"] for row in who} == {STRIKE_FRANCE24, STRIKE_WIRE}
    assert client.get("/quotes/who_said_phrase.json", params={"phrase": '") OR ("', "_shape": "array"}).json() == []
    between = client.get("/quotes/speaker_between_dates.json", params={
        "speaker": "Erdogan", "from_day": "2020-02-01", "to_day": "2020-02-29", "_shape": "array"}).json()
    assert [row["date"] for row in between] == sorted(
        q[4] for q in QUOTES if q[1] == 1 and "2020-02-01" <= (q[4] or "") <= "2020-02-29")
    anonymous = client.get("/quotes/anonymous_sources_by_outlet.json", params={"outlet": "", "_shape": "array"}).json()
    assert {row["outlet"]: row["anonymous_quotes"] for row in anonymous} == {"Le Monde": 1, "The Moscow Times": 1}
    same = client.get("/quotes/same_quote_across_outlets.json", params={"_shape": "array"}).json()
    assert [row["outlets"] for row in same] == [2]


# --- what is refused ------------------------------------------------------------

@pytest.mark.parametrize("path,params", [
    ("/quotes", {"sql": "select 1"}), ("/quotes.json", {"sql": "select * from quotes"}),
    ("/quotes.csv", {"sql": "select 1"}), ("/quotes/quotes", {"_where": "1=1"}),
    ("/quotes/quotes.json", {"_where": "id > 0"}),
])
def test_arbitrary_sql_is_refused_by_default(client: httpx.Client, path: str, params: dict) -> None:
    assert client.get(path, params=params).status_code == 403


def test_whole_database_download_is_off(client: httpx.Client) -> None:
    assert client.get("/quotes.db").status_code in (403, 404)


def test_writes_are_impossible(client: httpx.Client, site: tuple[str, Path]) -> None:
    before = file_digest(site[1])
    attempts = [
        ("POST", "/quotes", {"sql": "delete from quotes"}),
        ("POST", "/quotes/quotes", {"id": "1"}),
        ("POST", "/quotes/quotes/-/insert", {"row": {"text": "x"}}),
        ("POST", "/quotes/quotes/1/-/delete", {}),
        ("POST", "/quotes/who_said_phrase", {"phrase": "x"}),
        ("POST", "/quotes/-/create", {"table": "x"}),
        ("GET", "/quotes", {"sql": "delete from quotes"}),
        ("GET", "/quotes.json", {"sql": "drop table quotes"}),
        ("DELETE", "/api/quotes/1", {}),
        ("PUT", "/api/speakers/1", {}),
    ]
    for method, path, data in attempts:
        if method == "GET":
            response = client.get(path, params=data)
        else:
            response = client.request(method, path, json=data)
        assert response.status_code >= 400, (method, path, response.status_code)
    assert file_digest(site[1]) == before
    with sqlite3.connect(site[1]) as conn:
        assert conn.execute("select count(*) from quotes").fetchone()[0] == len(QUOTES)


def test_allow_sql_turns_read_only_sql_on(tmp_path: Path, site: tuple[str, Path]) -> None:
    """The documented switch (`quotes serve --allow-sql`) allows SELECTs, never writes."""
    db_path = tmp_path / "quotes.db"
    db_path.write_bytes(site[1].read_bytes())
    before = file_digest(db_path)
    with running_server(db_path, allow_sql=True) as base_url, httpx.Client(base_url=base_url) as http:
        count = http.get("/quotes.json", params={"sql": "select count(*) as n from quotes", "_shape": "array"})
        assert count.status_code == 200 and count.json() == [{"n": len(QUOTES)}]
        for statement in ("delete from quotes", "drop table quotes", "update quotes set text = 'x'",
                          "insert into speakers (name) values ('x')", "select 1; delete from quotes"):
            assert http.get("/quotes.json", params={"sql": statement}).status_code >= 400, statement
    assert file_digest(db_path) == before


def test_speaker_names_are_highlighted_and_escaped(client: httpx.Client) -> None:
    html = page(client, "/search", q="mallory")
    assert '<a class="speaker" href="/speaker/5"><mark>Mallory</mark> &lt;img src=x onerror=alert(2)&gt;</a>' in html
    html = page(client, "/search", q="erdogan")
    assert "Recep Tayyip <mark>Erdoğan</mark>" in html


# --- the pure pieces behind the pages -------------------------------------------

def test_highlighting_never_trusts_the_text() -> None:
    from quotes.web.highlight import marked_text, quote_in_context
    from quotes.web.queries import HIGHLIGHT_CLOSE, HIGHLIGHT_OPEN

    marked = marked_text(f"<b>{HIGHLIGHT_OPEN}x{HIGHLIGHT_CLOSE}</b>", "<b>x</b>")
    assert str(marked) == "&lt;b&gt;<mark>x</mark>&lt;/b&gt;"
    assert str(marked_text(f"{HIGHLIGHT_OPEN}<i>", "<i>")) == "&lt;i&gt;"  # unbalanced marks: plain text
    assert str(quote_in_context("say <hi> now", 100, 104, 108)) == 'say <mark class="quote-mark">&lt;hi&gt;</mark> now'
    assert quote_in_context("short", 0, 3, 99) is None  # offsets outside the paragraph


def test_month_chart_keeps_gaps() -> None:
    from quotes.web.chart import month_range, monthly_bars_svg

    assert month_range("2019-11", "2020-02") == ["2019-11", "2019-12", "2020-01", "2020-02"]
    svg = str(monthly_bars_svg({"2019-11": 2, "2020-02": 1, "garbage": 9}))
    assert svg.count("<rect") == 4 and "2019-12: 0 quotes" in svg
    assert str(monthly_bars_svg({})) == ""
