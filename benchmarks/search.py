#!/usr/bin/env python3
"""Is the site fast on a big database? Latency of search and speaker pages at 1M quotes.

usage: python benchmarks/search.py [--quotes 1000000] [--db PATH] [--requests 200]

1. A seed database of real quotes: `--seed-db`, else one ingested here from
   data/sample and, when present, PolNeAR dev (../shared/corpus/polnear).
2. A big database made from it with quotes.store's schema: every seed quote
   is repeated with its words shuffled a little, a speaker drawn from a
   Zipf-like popularity curve over names recombined from the real ones, a
   date over ten years, one of 60 outlets and a synthetic article. Rows are
   bulk-inserted in one transaction (the FTS triggers fill the index).
3. A real `datasette serve` (the command `quotes serve` runs, from
   quotes.web.serve) on 127.0.0.1, and sequential timed requests to
   /api/quotes?q=..., /api/quotes?speaker=ID, /speaker/ID and Datasette's
   own table search, /DB/quotes.json?_search=...: median and p95 per route.

The big database is kept (`--db`) and reused when it already holds enough
quotes, so a rerun only measures. Every request loop is bounded.
"""
from __future__ import annotations

import argparse
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, Optional

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes import store  # noqa: E402

POLNEAR_DEV = ROOT.parent / "shared" / "corpus" / "polnear" / "dev" / "text"
DEFAULT_DB = ROOT / "db" / "bench-1m.db"
OUTLETS = [f"Outlet {n:02d}" for n in range(60)]
FIRST_DAY = 735_964  # 2016-01-01 as a proleptic ordinal
DAYS = 3_650
QUOTES_PER_ARTICLE = 40
STOPWORDS = frozenset("about after again their there these those which would could should being "
                      "where while because other people think going really".split())


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description="Build a database of many quotes from real ones, serve it with Datasette "
        "on 127.0.0.1 and report median and p95 latency of search and speaker pages.",
        epilog="example: python benchmarks/search.py --quotes 1000000 --requests 200",
    )
    parser.add_argument("--quotes", type=int, default=1_000_000, metavar="N",
                        help="quotes in the big database (default: 1,000,000)")
    parser.add_argument("--db", type=Path, default=DEFAULT_DB,
                        help=f"big database to build or reuse (default: {DEFAULT_DB.relative_to(ROOT)})")
    parser.add_argument("--seed-db", type=Path, default=None,
                        help="database of real quotes to vary (default: ingest the sample and PolNeAR dev)")
    parser.add_argument("--rebuild", action="store_true", help="build the big database again")
    parser.add_argument("--requests", type=int, default=200, metavar="R",
                        help="timed requests per route (default: 200)")
    parser.add_argument("--seed", type=int, default=7, help="random seed (default: 7)")
    return parser.parse_args(argv)


# --- the seed --------------------------------------------------------------------


def seed_database(path: Optional[Path], workdir: Path) -> Path:
    """A database of real quotes: the one given, else ingested from the sample (and dev)."""
    if path is not None:
        return path
    from quotes import ingest, sources

    seed = workdir / "seed.db"
    db = store.open_db(seed)
    metadata, _ = sources.load_metadata(ROOT / "data" / "sample-metadata.jsonl")
    paths = [ROOT / "data" / "sample"] + ([POLNEAR_DEV] if POLNEAR_DEV.is_dir() else [])
    summary = ingest.ingest(db, paths, ingest.default_extractor(), metadata=metadata,
                            jobs=ingest.default_jobs())
    db.close()
    print(f"seed: {summary.line()}", flush=True)
    return seed


@dataclass
class Seed:
    quotes: list[tuple[str, str, str]]  # text, kind, lang
    names: list[str]
    kinds: dict[str, str]
    articles: list[tuple[str, str]]  # text, lang


def read_seed(path: Path) -> Seed:
    conn = sqlite3.connect(path)
    quotes = conn.execute("SELECT text, kind, lang FROM quotes").fetchall()
    speakers = conn.execute("SELECT name, kind FROM speakers WHERE name IS NOT NULL").fetchall()
    articles = conn.execute("SELECT text, lang FROM articles").fetchall()
    conn.close()
    return Seed(quotes, [s[0] for s in speakers], {s[0]: s[1] for s in speakers}, articles)


# --- varying it --------------------------------------------------------------------


def speaker_names(seed: Seed, count: int, rng: random.Random) -> list[tuple[str, str]]:
    """`count` distinct (name, kind): the real ones, then first and last names recombined."""
    people = [n.split() for n in seed.names if seed.kinds.get(n) == "person" and len(n.split()) >= 2]
    names = {n: seed.kinds.get(n) or "person" for n in seed.names}
    firsts = sorted({p[0] for p in people}) or ["Alex"]
    lasts = sorted({p[-1] for p in people}) or ["Smith"]
    while len(names) < count:
        name = f"{rng.choice(firsts)} {rng.choice(['', 'J. ', 'A. ', 'M. '])}{rng.choice(lasts)}".replace("  ", " ")
        names.setdefault(name if name not in names else f"{name} {len(names)}", "person")
    return list(names.items())[:count]


def vary_words(text: str, rng: random.Random) -> str:
    """The same words with a few neighbours swapped: new rows, the same vocabulary."""
    words = text.split()
    for _ in range(max(1, len(words) // 6)):
        if len(words) > 2:
            i = rng.randrange(len(words) - 1)
            words[i], words[i + 1] = words[i + 1], words[i]
    return " ".join(words)


def zipf_index(rng: random.Random, size: int) -> int:
    """A popularity-skewed index: a few speakers are quoted very often, most rarely."""
    return min(int(size ** rng.random()) - 1, size - 1)


def article_rows(seed: Seed, count: int, rng: random.Random) -> Iterator[dict]:
    for n in range(count):
        text, lang = seed.articles[n % len(seed.articles)]
        day = FIRST_DAY + rng.randrange(DAYS)
        published = _iso(day)
        yield {"id": n + 1, "doc": f"synthetic-{n + 1}", "content_hash": f"synthetic-{n + 1}",
               "title": f"Synthetic article {n + 1}", "outlet": rng.choice(OUTLETS), "url": None,
               "published": published, "published_source": "metadata", "lang": lang,
               "text": text, "path": None, "ingested_at": "2026-01-01T00:00:00+00:00"}


def _iso(ordinal: int) -> str:
    from datetime import date

    return date.fromordinal(ordinal).isoformat()


def quote_rows(seed: Seed, count: int, speakers: int, articles: int, rng: random.Random) -> Iterator[tuple]:
    for n in range(count):
        text, kind, lang = seed.quotes[n % len(seed.quotes)]
        text = vary_words(text, rng) if n >= len(seed.quotes) else text
        speaker = zipf_index(rng, speakers) + 1
        day = _iso(FIRST_DAY + rng.randrange(DAYS))
        yield (rng.randrange(articles) + 1, speaker, text, kind, 0, len(text), None, "said", day,
               "text", "day", day[:7], lang, rng.choice(OUTLETS), text, 0, store.text_hash(text))


QUOTE_INSERT = ('INSERT INTO quotes (article_id, speaker_id, text, kind, start, "end", speaker_name, cue, '
                "date, date_source, date_precision, month, lang, outlet, context, context_start, text_hash) "
                "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")


def build(path: Path, seed: Seed, quotes: int, rng: random.Random) -> None:
    """The big database: quotes.store's schema, rows bulk-inserted in one transaction."""
    if path.exists():
        path.unlink()
    store.open_db(path).close()  # schema, indexes, FTS and triggers, current version
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA synchronous = OFF")
    n_speakers = max(quotes // 50, 100)
    n_articles = max(quotes // QUOTES_PER_ARTICLE, 1)
    names = speaker_names(seed, n_speakers, rng)
    began = time.perf_counter()
    with conn:
        conn.executemany(
            "INSERT INTO speakers (id, name, key, kind, titles, aliases, quote_count) VALUES (?,?,?,?,?,?,0)",
            [(i + 1, name, f"k{i + 1}", kind, "[]", "[]") for i, (name, kind) in enumerate(names)])
        rows = list(article_rows(seed, n_articles, rng))
        conn.executemany(f"INSERT INTO articles ({', '.join(rows[0])}) VALUES ({', '.join('?' * len(rows[0]))})",
                         [tuple(r.values()) for r in rows])
        # The speaker name is what the site shows when speaker_id is null; keep it filled like ingest does.
        by_id = {i + 1: name for i, (name, _) in enumerate(names)}
        batch: list[tuple] = []
        for row in quote_rows(seed, quotes, n_speakers, n_articles, rng):
            row = row[:6] + (by_id[row[1]],) + row[7:]
            batch.append(row)
            if len(batch) == 50_000:
                conn.executemany(QUOTE_INSERT, batch)
                batch.clear()
                print(f"  {conn.execute('SELECT max(id) FROM quotes').fetchone()[0]:,} quotes", flush=True)
        conn.executemany(QUOTE_INSERT, batch)
        conn.execute("UPDATE speakers SET quote_count = (SELECT count(*) FROM quotes WHERE speaker_id = speakers.id)")
    conn.execute("ANALYZE")
    conn.close()
    print(f"built {path}: {quotes:,} quotes, {n_speakers:,} speakers, {n_articles:,} articles "
          f"in {time.perf_counter() - began:.0f} s", flush=True)


def quote_count(path: Path) -> int:
    if not path.exists():
        return 0
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
    except sqlite3.Error:
        return 0
    finally:
        conn.close()


# --- serving and timing -------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    """`datasette serve` as `quotes serve` runs it, on 127.0.0.1 only."""
    from quotes.web.serve import datasette_command

    argv = datasette_command(db, host="127.0.0.1", port=port)
    return subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)


def wait_ready(client, server: subprocess.Popen, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if server.poll() is not None:
            raise RuntimeError(f"datasette exited: {server.stderr.read().decode()[-2000:]}")
        try:
            if client.get("/-/versions.json").status_code == 200:
                return
        except Exception:
            pass
        time.sleep(0.2)
    raise RuntimeError("datasette did not answer within a minute")


def search_terms(seed: Seed, count: int, rng: random.Random) -> list[str]:
    """Words a user might search: content words of real quotes, common and rare alike."""
    words = sorted({w.lower() for text, _, _ in seed.quotes for w in re.findall(r"[A-Za-z]{5,}", text)}
                   - STOPWORDS)
    return rng.sample(words, min(count, len(words)))


def time_route(client, urls: list[str]) -> tuple[float, float, float, int]:
    """(median ms, p95 ms, max ms, non-200 answers) over the URLs, one request at a time."""
    client.get(urls[0])  # warm the page cache and Datasette's connections
    times, bad = [], 0
    for url in urls:
        began = time.perf_counter()
        response = client.get(url)
        times.append((time.perf_counter() - began) * 1000)
        bad += response.status_code != 200
    times.sort()
    return statistics.median(times), times[int(0.95 * (len(times) - 1))], times[-1], bad


def routes(seed: Seed, db: Path, requests: int, rng: random.Random) -> dict[str, list[str]]:
    conn = sqlite3.connect(db)
    n_speakers = conn.execute("SELECT max(id) FROM speakers").fetchone()[0]
    conn.close()
    terms = search_terms(seed, requests, rng)
    speaker_ids = [zipf_index(rng, n_speakers) + 1 for _ in range(requests)]
    top = list(range(1, min(requests, n_speakers) + 1))  # the most quoted speakers: the worst case
    pick = lambda items: [items[i % len(items)] for i in range(requests)]  # noqa: E731
    return {
        "/api/quotes?q=TERM": pick([f"/api/quotes?q={t}" for t in terms]),
        "/api/quotes?q=TERM&outlet=O": pick([f"/api/quotes?q={t}&outlet={OUTLETS[i % 60].replace(' ', '+')}"
                                             for i, t in enumerate(terms)]),
        "/api/quotes (newest)": pick(["/api/quotes", "/api/quotes?lang=en", "/api/quotes?month=2019-05"]),
        "/api/quotes?speaker=ID": pick([f"/api/quotes?speaker={i}" for i in speaker_ids]),
        "/speaker/ID (popularity-drawn)": pick([f"/speaker/{i}" for i in speaker_ids]),
        "/speaker/ID (most quoted)": pick([f"/speaker/{i}" for i in top]),
        # Datasette's own table search; the database is named after the file (db/quotes.db -> /quotes).
        f"/{db.stem}/quotes.json?_search=TERM": pick([f"/{db.stem}/quotes.json?_search={t}" for t in terms]),
    }


def measure(db: Path, seed: Seed, requests: int, rng: random.Random) -> None:
    import httpx

    port = free_port()
    server = start_server(db, port)
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30.0) as client:
            wait_ready(client, server)
            print(f"{'route':<36} {'median ms':>9} {'p95 ms':>8} {'max ms':>8}  non-200")
            for name, urls in routes(seed, db, requests, rng).items():
                median, p95, worst, bad = time_route(client, urls)
                print(f"{name:<36} {median:9.1f} {p95:8.1f} {worst:8.1f}  {bad}", flush=True)
    finally:
        server.terminate()
        server.wait(timeout=10)


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    rng = random.Random(args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        seed = read_seed(seed_database(args.seed_db, Path(tmp)))
        if not seed.quotes:
            print("the seed database holds no quotes: nothing to vary (skipped).")
            return 0
        if args.rebuild or quote_count(args.db) < args.quotes:
            args.db.parent.mkdir(parents=True, exist_ok=True)
            build(args.db, seed, args.quotes, rng)
        else:
            store.open_db(args.db).close()  # migrate: a rerun measures with the current indexes
        print(f"database {args.db}: {quote_count(args.db):,} quotes; {args.requests} requests per route")
        measure(args.db, seed, args.requests, rng)
    return 0


if __name__ == "__main__":
    sys.exit(main())
