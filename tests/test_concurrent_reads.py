"""The site keeps answering while an ingest writes to the same database (WAL mode).

A real `datasette` server (tests/web_helpers.py's) serves a quotes.db while a
real `quotes ingest` subprocess writes into it; clients poll the Datasette
JSON, the plugin's API and its pages throughout. No request may fail or
return a 5xx, and the site must see the new quotes as they are committed.
"""
from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import httpx
import pytest

from quotes import store
from test_crash_recovery import make_corpus
from web_helpers import running_server

ROOT = Path(__file__).resolve().parent.parent
PATHS = [
    "/quotes/quotes.json?_size=5",
    "/quotes/quotes.json?_search=erdogan&_size=5",
    "/quotes/quotes.json?_facet=speaker_name&_size=0",
    "/quotes/speakers.json?_size=5",
    "/api/quotes?limit=5",
    "/api/quotes?q=regime",
    "/api/quotes?speaker=Erdogan&limit=3",
    "/api/speakers?q=putin",
    "/search?q=idlib",
    "/",
]


def quote_count(client: httpx.Client) -> int:
    response = client.get("/quotes/quotes.json", params={"_size": 1})
    assert response.status_code == 200, response.text[:300]
    return response.json()["filtered_table_rows_count"]


@pytest.mark.slow
def test_site_answers_throughout_an_ingest(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    make_corpus(corpus)
    db_path = tmp_path / "site" / "quotes.db"
    store.open_db(db_path).close()  # the schema exists before the server starts, as with `quotes serve`

    with running_server(db_path) as base_url:
        statuses: Counter = Counter()
        failures: list[str] = []
        counts: list[int] = []
        stop = threading.Event()

        def poll(offset: int) -> None:
            with httpx.Client(base_url=base_url, timeout=15) as client:
                n = offset
                while not stop.is_set():
                    path = PATHS[n % len(PATHS)]
                    n += 1
                    try:
                        response = client.get(path)
                    except httpx.HTTPError as exc:
                        failures.append(f"{path}: {type(exc).__name__}: {exc}")
                        continue
                    statuses[response.status_code] += 1
                    if response.status_code != 200:
                        failures.append(f"{path}: {response.status_code} {response.text[:200]}")

        pollers = [threading.Thread(target=poll, args=(i,)) for i in range(4)]
        for thread in pollers:
            thread.start()
        ingest = subprocess.Popen(
            [sys.executable, "-c", "from quotes.cli import cli; cli()", "ingest", str(corpus), "--db", str(db_path)],
            cwd=ROOT, env=dict(os.environ, PYTHONPATH=str(ROOT)), stdout=subprocess.PIPE, stderr=subprocess.PIPE,
            text=True)
        try:
            with httpx.Client(base_url=base_url, timeout=15) as client:
                while ingest.poll() is None:
                    counts.append(quote_count(client))
                    time.sleep(0.2)
                time.sleep(0.5)
                counts.append(quote_count(client))
        finally:
            if ingest.poll() is None:
                ingest.kill()
            stop.set()
            for thread in pollers:
                thread.join(timeout=30)
        out, err = ingest.communicate()

    assert ingest.returncode == 0, err
    assert failures == [], failures[:10]
    assert sum(statuses.values()) > 50 and set(statuses) == {200}, statuses
    stored = int(out.split("quotes stored: ")[1].split()[0])
    assert counts[0] == 0 and counts[-1] == stored > 0
    assert counts == sorted(counts), "the site saw the quote count go down"
    assert len(set(counts)) > 2, f"the site never saw the ingest half way: {sorted(set(counts))}"
    print(f"{sum(statuses.values())} requests during the ingest, statuses {dict(statuses)}; "
          f"quote counts seen: {sorted(set(counts))}")
