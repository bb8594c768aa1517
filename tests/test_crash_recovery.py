"""An ingest killed with SIGKILL at a random moment leaves a sound database, and the next run completes it.

A real `quotes ingest` subprocess (its own process group, so its extraction
workers die with it, as in a power cut) runs over a corpus made of the
sample articles with varied text, and is killed several times at seeded
random delays. After each kill the file must pass PRAGMA integrity_check,
hold no article twice, and hold for each article either none of its quotes
or exactly those a clean ingest stores. A final run completes the batch to
the clean result.
"""
from __future__ import annotations

import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
COPIES = 12  # 48 articles: about 15 s of ingest
KILLS = 4
SPEAKERS = ["Vladimir Putin", "Recep Tayyip Erdoğan", "Mevlüt Çavuşoğlu", "Sergei Lavrov"]


def make_corpus(folder: Path) -> int:
    """The sample articles, each copied COPIES times with its own extra paragraphs (own hash, own quotes)."""
    folder.mkdir()
    count = 0
    for n in range(COPIES):
        for source in sorted(SAMPLE_DIR.glob("*.txt")):
            text = source.read_text("utf-8")
            french = source.name.startswith("lemonde")
            speaker = SPEAKERS[n % len(SPEAKERS)]
            extra = (f"« La variante {n} est prête », a déclaré {speaker}.\n" if french
                     else f"“Variant {n} is ready for talks,” {speaker} said.\n")
            (folder / f"{source.stem}-copy{n:02d}.txt").write_text(text + "\n" + extra * (1 + n % 3), "utf-8")
            count += 1
    return count


def frozen_code(folder: Path) -> Path:
    """A copy of the quotes package to run: the working tree may change while this test runs
    (others edit the extractor), and every run here must extract exactly alike."""
    shutil.copytree(ROOT / "quotes", folder / "quotes", ignore=shutil.ignore_patterns("__pycache__"))
    return folder


def ingest_command(corpus: Path, db_path: Path) -> list[str]:
    return [sys.executable, "-c", "from quotes.cli import cli; cli()", "ingest", str(corpus), "--db", str(db_path)]


def start_ingest(code: Path, corpus: Path, db_path: Path, **kwargs) -> subprocess.Popen:
    return subprocess.Popen(ingest_command(corpus, db_path), cwd=code, env=dict(os.environ, PYTHONPATH=str(code)),
                            **kwargs)


def run_ingest(code: Path, corpus: Path, db_path: Path) -> tuple[int, str]:
    process = start_ingest(code, corpus, db_path, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out, err = process.communicate(timeout=600)
    return process.returncode, out + err


def snapshot(db_path: Path) -> dict[str, list[tuple]]:
    """Each stored article's quotes, keyed by the article's content hash."""
    with sqlite3.connect(db_path) as conn:
        articles = dict(conn.execute("SELECT id, content_hash FROM articles").fetchall())
        quotes: dict[str, list[tuple]] = {content_hash: [] for content_hash in articles.values()}
        for row in conn.execute('SELECT article_id, text, start, "end", speaker_name, cue, date FROM quotes '
                                "ORDER BY article_id, start, id"):
            quotes[articles[row[0]]].append(row[1:])
    return quotes


def check_sound(db_path: Path, clean: dict[str, list[tuple]]) -> int:
    """Integrity, no duplicates, every article's quotes all or none; the number of articles stored."""
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        docs = Counter(row[0] for row in conn.execute("SELECT doc FROM articles"))
        assert [doc for doc, n in docs.items() if n > 1] == []
        assert conn.execute("SELECT count(*) FROM quotes WHERE article_id NOT IN (SELECT id FROM articles)"
                            ).fetchone()[0] == 0
        # The FTS index follows the quotes table exactly (its triggers ran in the same transactions).
        assert conn.execute("SELECT count(*) FROM quotes_fts").fetchone()[0] == \
            conn.execute("SELECT count(*) FROM quotes").fetchone()[0]
        conn.execute("INSERT INTO quotes_fts(quotes_fts) VALUES ('integrity-check')")
    stored = snapshot(db_path)
    for content_hash, quotes in stored.items():
        assert content_hash in clean
        assert quotes == clean[content_hash], "an article was stored with some of its quotes only"
    return len(stored)


def stored_count(db_path: Path) -> int:
    if not db_path.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=5) as conn:
            return conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # not created yet
        return 0


def wait_for_articles(db_path: Path, wanted: int, process: subprocess.Popen, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if stored_count(db_path) >= wanted:
            return
        time.sleep(0.05)


@pytest.mark.slow
def test_sigkill_at_random_moments_then_rerun(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    total = make_corpus(corpus)
    code = frozen_code(tmp_path / "code")

    clean_db = tmp_path / "clean.db"
    started = time.monotonic()
    status, output = run_ingest(code, corpus, clean_db)
    clean_seconds = time.monotonic() - started
    assert status == 0, output
    clean = snapshot(clean_db)
    assert len(clean) == total and sum(map(len, clean.values())) > total

    db_path = tmp_path / "crashed.db"
    rng = random.Random(20200212)
    progress = []
    for kill in range(KILLS):
        process = start_ingest(code, corpus, db_path, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                               start_new_session=True)
        if kill == 0:
            # Anywhere in the run: start-up, model loading, extraction, writing.
            time.sleep(rng.uniform(0.1, 0.9) * clean_seconds)
        else:
            # While it writes (workers return results in bursts): once a random number of further
            # articles is in, plus a random fraction of the time one article takes to write.
            wait_for_articles(db_path, stored_count(db_path) + rng.randint(1, 5), process, clean_seconds * 2)
            time.sleep(rng.uniform(0, 0.05))
        if process.poll() is not None:
            # The run finished before its kill (extraction got faster than the plan): the
            # database must still be sound; the other kills land mid-write (asserted below).
            progress.append(check_sound(db_path, clean))
            continue
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        progress.append(check_sound(db_path, clean) if db_path.exists() else 0)
    assert any(0 < n < total for n in progress), f"no kill landed mid-write: {progress}"

    status, output = run_ingest(code, corpus, db_path)
    assert status == 0, output
    assert check_sound(db_path, clean) == total
    assert snapshot(db_path) == clean
    print(f"articles stored after each kill: {progress}; clean run {clean_seconds:.1f} s")
