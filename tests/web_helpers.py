"""A small real quotes.db and a real `datasette` server over it, for web tests.

The database is written by quotes.store (its schema, FTS5 tables and WAL
mode), so the tests exercise the real file the tool makes, and the real
plugin in a `datasette` subprocess, over HTTP.
"""
from __future__ import annotations

import contextlib
import importlib.metadata
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path
from typing import Iterator, Optional

import httpx

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quotes.web.serve import datasette_command  # noqa: E402

SCRIPT_QUOTE = "<script>alert(1)</script> is not a policy"
EVIL_SPEAKER = "Mallory <img src=x onerror=alert(2)>"

ARTICLES = [
    {"id": 1, "doc": "france24-erdogan", "title": "Erdogan threatens to strike the Syrian regime everywhere",
     "outlet": "France 24", "url": "https://www.france24.com/en/20200212-erdogan", "published": "2020-02-12",
     "lang": "en"},
    {"id": 2, "doc": "lemonde-idlib", "title": "Turquie et Russie : l'impasse d'Idlib", "outlet": "Le Monde",
     "url": "https://www.lemonde.fr/international/idlib", "published": "2020-02-28", "lang": "fr"},
    {"id": 3, "doc": "moscowtimes-talks", "title": "Putin, Erdogan seek to ease Syria tensions",
     "outlet": "The Moscow Times", "url": "https://www.themoscowtimes.com/2020/03/05/talks",
     "published": "2020-03-05", "lang": "en"},
    {"id": 4, "doc": "evil", "title": "<b>Bold</b> headline & co", "outlet": "Evil Gazette",
     "url": "https://example.org/evil?a=1&b=2", "published": "2020-01-20", "lang": "en"},
    {"id": 5, "doc": "wire-erdogan", "title": "Turkey warns Damascus", "outlet": "Wire Service",
     "url": "https://wire.example/turkey", "published": "2020-02-13", "lang": "en"},
]

SPEAKERS = [
    {"id": 1, "name": "Recep Tayyip Erdoğan", "key": "recep tayyip erdogan", "kind": "person",
     "titles": ["President"], "aliases": ["Erdogan", "Erdoğan", "President Erdoğan"]},
    {"id": 2, "name": "Vladimir Putin", "key": "vladimir putin", "kind": "person",
     "titles": ["President"], "aliases": ["Putin"]},
    {"id": 3, "name": "a Western diplomat", "key": "a western diplomat", "kind": "anonymous",
     "titles": [], "aliases": []},
    {"id": 4, "name": "the Kremlin", "key": "the kremlin", "kind": "organisation", "titles": [], "aliases": ["Kremlin"]},
    {"id": 5, "name": EVIL_SPEAKER, "key": "mallory", "kind": "person", "titles": ["<i>Chief</i>"], "aliases": []},
    {"id": 6, "name": "un diplomate occidental", "key": "un diplomate occidental", "kind": "anonymous",
     "titles": [], "aliases": []},
]

# (article id, speaker id or None, quote text, kind, date, date_source, mention, cue)
_QUOTES = [
    (1, 1, "We will strike the regime forces everywhere if a single soldier is hurt", "full",
     "2020-02-12", "text", "Erdogan", "said"),
    (2, 1, "Nous ne reculerons pas d'un pouce", "full", "2020-02-27", "text", "M. Erdogan", "a déclaré"),
    (3, 2, "We must reach a ceasefire in Idlib", "full", "2020-03-05", "article", "Putin", "told"),
    (3, 3, "The talks are very difficult and everyone knows it", "full", "2020-03-05", "article",
     "a Western diplomat", "said"),
    (3, 4, "no plans", "partial", "2020-03-04", "text", "the Kremlin", "said"),
    (4, 5, SCRIPT_QUOTE, "full", "2020-01-20", "article", "Mallory", "said"),
    (5, 1, "We will strike the regime forces everywhere if a single soldier is hurt", "full",
     "2020-02-12", "text", "Erdogan", "said"),
    (2, None, "Idlib est une catastrophe humanitaire", "full", None, None, None, None),
    (2, 6, "Ankara joue avec le feu", "full", "2020-02-28", "article", "un diplomate occidental", "selon"),
    (1, 1, "Turkey will not allow a new wave of refugees", "full", "2019-11-20", "text", "he", "said"),
    (1, 1, "The regime is committing massacres", "full", "2019-12-03", "text", "Erdogan", "said"),
    (1, 1, "We are determined to push them back", "full", "2020-02-01", "text", "the president", "said"),
    (3, 1, "We hope to reach a ceasefire everywhere in Idlib", "full", "2020-03-05", "article", "Erdoğan", "said"),
    (2, 1, "La Turquie a été trahie à Idlib", "full", "2020-02-28", "article", "le président turc", "a affirmé"),
]
# The store inserts an article's quotes together, so ids follow this order.
QUOTES = sorted(_QUOTES, key=lambda quote: quote[0])
STRIKE = "We will strike the regime forces everywhere if a single soldier is hurt"


def article_texts() -> dict[int, str]:
    """Each article's text: one paragraph per quote, with a lead paragraph first."""
    paragraphs: dict[int, list[str]] = {article["id"]: [f"{article['title']}."] for article in ARTICLES}
    for article_id, _, text, kind, _, _, mention, cue in QUOTES:
        who = mention or "Someone"
        if kind == "partial":
            paragraphs[article_id].append(f"{who} {cue or 'said'} it had “{text}” for now.")
        else:
            paragraphs[article_id].append(f"“{text},” {who} {cue or 'wrote'}. Reporters noted it.")
    return {article_id: "\n\n".join(parts) for article_id, parts in paragraphs.items()}


def build_db(path: Path) -> Path:
    """Write the sample quotes.db at `path` through quotes.store (schema, FTS, WAL).

    Speakers are inserted by hand with fixed ids (in the tool they come from
    quotes.speaker_index); articles and quotes go through store_article.
    """
    from quotes.model import Article
    from quotes.store import open_db, store_article

    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        leftover.unlink(missing_ok=True)
    db = open_db(path)
    counts = {s["id"]: sum(1 for quote in QUOTES if quote[1] == s["id"]) for s in SPEAKERS}
    for speaker in SPEAKERS:
        db["speakers"].insert(dict(
            speaker, titles=json.dumps(speaker["titles"], ensure_ascii=False),
            aliases=json.dumps(speaker["aliases"], ensure_ascii=False), quote_count=counts[speaker["id"]],
        ))
    texts = article_texts()
    names = {speaker["name"]: speaker["id"] for speaker in SPEAKERS}
    for meta in ARTICLES:
        text = texts[meta["id"]]
        article = Article(doc=meta["doc"], text=text, title=meta["title"], url=meta["url"],
                          published=meta["published"], published_source="metadata", outlet=meta["outlet"],
                          lang=meta["lang"], path=f"data/{meta['doc']}.txt")
        quotes = [sample_quote(article, quote) for quote in QUOTES if quote[0] == meta["id"]]
        stored = store_article(db, article, quotes, lambda _db, quote, _aid: names.get(quote.speaker))
        assert stored.article_id == meta["id"]
    db.conn.close()
    return path


def sample_quote(article, quote: tuple):
    """A Quote record for one QUOTES row, with real offsets into the article text."""
    from quotes.model import Quote

    _, speaker_id, text, kind, day, source, mention, cue = quote
    speaker = SPEAKERS[speaker_id - 1] if speaker_id else None
    start = article.text.index(text)
    mention_start = article.text.find(mention, start) if mention else None
    cue_start = article.text.find(cue, mention_start) if cue and mention_start is not None else None
    return Quote(
        doc=article.doc, text=text, start=start, end=start + len(text), kind=kind,
        speaker=speaker["name"] if speaker else None, speaker_mention=mention,
        speaker_start=mention_start, speaker_end=mention_start + len(mention) if mention else None,
        cue=cue, cue_start=cue_start, cue_end=cue_start + len(cue) if cue_start is not None else None,
        date=day, date_source=source, lang=article.lang, date_precision="day" if day else None,
        speaker_kind=speaker["kind"] if speaker else None,
        speaker_titles=list(speaker["titles"]) if speaker else [],
    )


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def plugin_is_installed() -> bool:
    """True when the `quotes_web` entry point is installed (pip install -e .)."""
    return any(ep.name == "quotes_web" for ep in importlib.metadata.entry_points(group="datasette"))


def plugin_args(workdir: Path) -> tuple[str, ...]:
    """Load the plugin from a --plugins-dir shim when the package is not installed."""
    if plugin_is_installed():
        return ()
    shim_dir = workdir / "plugins"
    shim_dir.mkdir(exist_ok=True)
    (shim_dir / "quotes_web_shim.py").write_text("from quotes.web.plugin import *  # noqa: F401,F403\n")
    return ("--plugins-dir", str(shim_dir))


def wait_until_up(base_url: str, process: subprocess.Popen, log: Path, timeout: float = 60.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"datasette exited with {process.returncode}: {log.read_text()[-3000:]}")
        try:
            if httpx.get(f"{base_url}/-/versions.json", timeout=1).status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.1)
    raise RuntimeError(f"datasette did not start in time: {log.read_text()[-3000:]}")


@contextlib.contextmanager
def running_server(db_path: Path, allow_sql: bool = False) -> Iterator[str]:
    """Start `datasette serve` on a free port, yield its base URL, stop it."""
    port = free_port()
    argv = datasette_command(db_path, port=port, allow_sql=allow_sql,
                             extra_args=plugin_args(db_path.parent))
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    # A file, not a pipe: a pipe nobody reads fills up and blocks the server.
    log = db_path.with_name(f"datasette-{port}.log")
    with log.open("w") as log_file:
        process = subprocess.Popen(argv, cwd=str(ROOT), env=env, stdout=log_file, stderr=subprocess.STDOUT)
    base_url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(base_url, process, log)
        yield base_url
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@contextlib.contextmanager
def sample_site(tmp_dir: Path, allow_sql: bool = False) -> Iterator[tuple[str, Path]]:
    """A fresh sample quotes.db served by datasette: (base URL, db path)."""
    db_path = build_db(tmp_dir / "quotes.db")
    with running_server(db_path, allow_sql=allow_sql) as base_url:
        yield base_url, db_path


def quote_id_of(text: str, article_id: Optional[int] = None) -> int:
    """The id build_db gives a sample quote (ids follow QUOTES order)."""
    for index, quote in enumerate(QUOTES, 1):
        if quote[2] == text and (article_id is None or quote[0] == article_id):
            return index
    raise KeyError(text)
