"""Load test: concurrent clients against a real `datasette` server serving a quotes database.

Starts the site on 127.0.0.1 (a free port, the settings `quotes serve` uses)
over --db, or over a database it first builds from data/sample with the real
`quotes ingest`; then N clients (threads, one httpx client each) send a fixed
number of requests, spread over the home page, Datasette's full-text table
search, quote and speaker pages and the JSON API. It reports throughput and
latency percentiles per kind of page, and exits 1 if any request failed or
answered 5xx. The run is bounded: a request count, a per-request timeout and
an overall deadline; the server is stopped whatever happens.

    .venv/bin/python benchmarks/load.py                       # 16 clients, 2,000 requests
    .venv/bin/python benchmarks/load.py --clients 32 --requests 5000 --db db/quotes.db
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from pathlib import Path
from typing import Optional

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.web.serve import datasette_command  # noqa: E402

KINDS = ("home", "table_search", "quote", "speaker", "api_quotes", "api_speakers")


def parse_args(argv: Optional[list[str]] = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter,
                                     epilog="Example: .venv/bin/python benchmarks/load.py --clients 16 --requests 2000")
    parser.add_argument("--db", type=Path, help="database to serve (default: build one from data/sample)")
    parser.add_argument("--sample", type=Path, default=ROOT / "data" / "sample",
                        help="articles to ingest when --db is not given (default: data/sample)")
    parser.add_argument("--clients", type=int, default=16, help="concurrent clients (default: 16)")
    parser.add_argument("--requests", type=int, default=2000, help="requests in all (default: 2000)")
    parser.add_argument("--timeout", type=float, default=30.0, help="seconds per request (default: 30)")
    parser.add_argument("--deadline", type=float, default=300.0,
                        help="stop sending after this many seconds in all (default: 300)")
    parser.add_argument("--seed", type=int, default=7, help="seed for the request mix (default: 7)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    return parser.parse_args(argv)


# --- the database and the server ---------------------------------------------------

def build_sample_db(sample: Path, folder: Path) -> Path:
    db_path = folder / "quotes.db"
    metadata = sample.parent / "sample-metadata.jsonl"
    argv = [sys.executable, "-c", "from quotes.cli import cli; cli()", "ingest", str(sample), "--db", str(db_path)]
    if metadata.exists() and sample == ROOT / "data" / "sample":
        argv += ["--metadata", str(metadata)]
    subprocess.run(argv, cwd=ROOT, check=True, stdout=subprocess.DEVNULL,
                   env=dict(os.environ, PYTHONPATH=str(ROOT)))
    return db_path


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db_path: Path) -> tuple[subprocess.Popen, str]:
    port = free_port()
    process = subprocess.Popen(datasette_command(db_path, port=port), cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, text=True, env=dict(os.environ, PYTHONPATH=str(ROOT)))
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"datasette exited with {process.returncode}: {process.stderr.read()}")
        try:
            if httpx.get(f"{base_url}/-/versions.json", timeout=1).status_code == 200:
                return process, base_url
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    process.kill()
    raise SystemExit("datasette did not start within 60 s")


def stop_server(process: subprocess.Popen) -> None:
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- the request mix ---------------------------------------------------------------

def request_plan(db_path: Path, count: int, seed: int) -> list[tuple[str, str]]:
    """(kind, path) for each request: the kinds in turn, ids and words from the database."""
    with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True) as conn:
        quote_ids = [row[0] for row in conn.execute("SELECT id FROM quotes")]
        speaker_ids = [row[0] for row in conn.execute("SELECT id FROM speakers")]
        texts = [row[0] for row in conn.execute("SELECT text FROM quotes")]
        names = [row[0] for row in conn.execute("SELECT name FROM speakers WHERE name IS NOT NULL")]
    if not quote_ids or not speaker_ids:
        raise SystemExit(f"{db_path} has no quotes or no speakers to ask for")
    words = sorted({w for text in texts for w in re.findall(r"\w{5,}", text)}) or ["regime"]
    name_words = sorted({w for name in names for w in re.findall(r"\w{3,}", name)}) or ["erdogan"]
    rng = random.Random(seed)
    plan = []
    for n in range(count):
        kind = KINDS[n % len(KINDS)]
        if kind == "home":
            path = "/"
        elif kind == "table_search":
            path = f"/quotes/quotes.json?_search={rng.choice(words)}"
        elif kind == "quote":
            path = f"/quote/{rng.choice(quote_ids)}"
        elif kind == "speaker":
            path = f"/speaker/{rng.choice(speaker_ids)}"
        elif kind == "api_quotes":
            path = f"/api/quotes?q={rng.choice(words)}"
        else:
            path = f"/api/speakers?q={rng.choice(name_words)}"
        plan.append((kind, path))
    rng.shuffle(plan)
    return plan


# --- running it --------------------------------------------------------------------

def run_load(base_url: str, plan: list[tuple[str, str]], clients: int, timeout: float,
             deadline: float) -> dict:
    latencies: dict[str, list[float]] = defaultdict(list)
    statuses: dict[str, int] = defaultdict(int)
    errors: list[str] = []
    lock = threading.Lock()
    cursor = iter(plan)
    stop_at = time.monotonic() + deadline

    def client_loop() -> None:
        with httpx.Client(base_url=base_url, timeout=timeout) as client:
            while time.monotonic() < stop_at:
                with lock:
                    item = next(cursor, None)
                if item is None:
                    return
                kind, path = item
                started = time.perf_counter()
                try:
                    response = client.get(path)
                    status = response.status_code
                except httpx.HTTPError as exc:
                    with lock:
                        errors.append(f"{path}: {type(exc).__name__}: {exc}")
                    continue
                elapsed = time.perf_counter() - started
                with lock:
                    latencies[kind].append(elapsed)
                    statuses[str(status)] += 1
                    if status >= 500 or status != 200:
                        errors.append(f"{path}: HTTP {status}")

    threads = [threading.Thread(target=client_loop, daemon=True) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=deadline + timeout + 5)
    wall = time.monotonic() - started
    every = [x for values in latencies.values() for x in values]
    return {
        "clients": clients, "planned": len(plan), "done": len(every), "seconds": round(wall, 2),
        "throughput_rps": round(len(every) / wall, 1) if wall else 0.0,
        "statuses": dict(statuses), "errors": len(errors), "first_errors": errors[:10],
        "overall_ms": summary(every),
        "by_kind_ms": {kind: summary(latencies[kind]) for kind in KINDS if latencies[kind]},
    }


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))
    return ordered[index]


def summary(values: list[float]) -> dict:
    if not values:
        return {}
    return {"n": len(values), "p50": round(percentile(values, 50) * 1000, 1),
            "p95": round(percentile(values, 95) * 1000, 1), "p99": round(percentile(values, 99) * 1000, 1),
            "mean": round(statistics.fmean(values) * 1000, 1), "max": round(max(values) * 1000, 1)}


def print_report(report: dict, db_path: Path) -> None:
    print(f"database: {db_path}")
    print(f"{report['done']}/{report['planned']} requests, {report['clients']} clients, {report['seconds']} s: "
          f"{report['throughput_rps']} requests/s; statuses {report['statuses']}; errors {report['errors']}")
    print(f"{'kind':<14}{'n':>6}{'p50 ms':>10}{'p95 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    rows = [("all", report["overall_ms"])] + list(report["by_kind_ms"].items())
    for kind, s in rows:
        if s:
            print(f"{kind:<14}{s['n']:>6}{s['p50']:>10}{s['p95']:>10}{s['p99']:>10}{s['max']:>10}")
    for error in report["first_errors"]:
        print("error:", error)


def main(argv: Optional[list[str]] = None) -> int:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="quotes-load-") as scratch:
        db_path = args.db or build_sample_db(args.sample, Path(scratch))
        if not db_path.exists():
            raise SystemExit(f"{db_path}: no such database")
        plan = request_plan(db_path, args.requests, args.seed)
        process, base_url = start_server(db_path)
        try:
            httpx.get(base_url + "/", timeout=args.timeout)  # warm up templates and caches
            report = run_load(base_url, plan, args.clients, args.timeout, args.deadline)
        finally:
            stop_server(process)
        report["database"] = str(db_path)
        if args.json:
            print(json.dumps(report, indent=2))
        else:
            print_report(report, db_path)
    return 1 if report["errors"] or report["done"] < report["planned"] else 0


if __name__ == "__main__":
    sys.exit(main())
