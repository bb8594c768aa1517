"""The SQLite database: its schema, its migrations and every write to it.

One place owns the schema so that the web plugin, the speaker index and the
people who query the file (see db/README.md) can rely on exact names. The
only other writer is `quotes.speaker_index`, for the rows of `speakers`.

Writes are per article and atomic: the article row and all of its quotes go
in one transaction, so an interrupted ingest never leaves half an article,
and the unique content hash makes re-running an ingest a no-op.
"""
from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Callable, Optional, Sequence, Union

import sqlite_utils

from quotes.model import Article, Quote

SCHEMA_VERSION = 3
FTS_TOKENIZE = "unicode61 remove_diacritics 2"
CONTEXT_LIMIT = 1200  # characters of paragraph kept around a quote

SpeakerResolver = Callable[[sqlite_utils.Database, Quote, int], Optional[int]]

SCHEMA_V1 = """
CREATE TABLE IF NOT EXISTS articles (
    id INTEGER PRIMARY KEY,
    doc TEXT,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    outlet TEXT,
    url TEXT,
    published TEXT,
    published_source TEXT,
    lang TEXT,
    text TEXT NOT NULL,
    path TEXT,
    ingested_at TEXT
);
CREATE TABLE IF NOT EXISTS speakers (
    id INTEGER PRIMARY KEY,
    name TEXT,
    key TEXT UNIQUE,
    kind TEXT,
    titles TEXT,
    aliases TEXT,
    quote_count INTEGER
);
CREATE TABLE IF NOT EXISTS quotes (
    id INTEGER PRIMARY KEY,
    article_id INTEGER NOT NULL REFERENCES articles(id),
    speaker_id INTEGER REFERENCES speakers(id),
    text TEXT NOT NULL,
    kind TEXT,
    start INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    speaker_name TEXT,
    speaker_mention TEXT,
    speaker_start INTEGER,
    speaker_end INTEGER,
    speaker_titles TEXT,
    cue TEXT,
    cue_start INTEGER,
    cue_end INTEGER,
    date TEXT,
    date_source TEXT,
    date_precision TEXT,
    month TEXT,
    lang TEXT,
    outlet TEXT,
    context TEXT,
    context_start INTEGER,
    text_hash TEXT
);
CREATE INDEX IF NOT EXISTS idx_quotes_speaker_id ON quotes(speaker_id);
CREATE INDEX IF NOT EXISTS idx_quotes_article_id ON quotes(article_id);
CREATE INDEX IF NOT EXISTS idx_quotes_date ON quotes(date);
CREATE INDEX IF NOT EXISTS idx_quotes_outlet ON quotes(outlet);
CREATE INDEX IF NOT EXISTS idx_quotes_lang ON quotes(lang);
CREATE INDEX IF NOT EXISTS idx_quotes_month ON quotes(month);
CREATE INDEX IF NOT EXISTS idx_quotes_text_hash ON quotes(text_hash);
CREATE INDEX IF NOT EXISTS idx_articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS idx_articles_outlet ON articles(outlet);
"""


# --- opening and migrating -----------------------------------------------

def open_db(path: Union[str, Path]) -> sqlite_utils.Database:
    """Open (creating if needed) a quotes database, migrated to the current schema."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(path)
    db.execute("PRAGMA foreign_keys = ON")
    db.enable_wal()
    migrate(db)
    return db


def schema_version(db: sqlite_utils.Database) -> int:
    return db.execute("PRAGMA user_version").fetchone()[0]


def create_v1(db: sqlite_utils.Database) -> None:
    """Version 1: articles, speakers, quotes, their indexes and FTS5 tables.

    Version 0 is the prototype's file (user_version 0, see
    tests/fixtures/make_schema_v0.py): the three tables without the columns
    the site needs (month, outlet, text_hash, context_start, ...) and no FTS.
    This step upgrades such a file in place as well as making a new one.
    """
    added = _add_missing_v1_columns(db)
    db.executescript(SCHEMA_V1)
    _backfill_v0_columns(db, added)
    if not db["quotes_fts"].exists():
        db["quotes"].enable_fts(["text", "speaker_name"], create_triggers=True, tokenize=FTS_TOKENIZE)
    if not db["speakers_fts"].exists():
        db["speakers"].enable_fts(["name", "aliases"], create_triggers=True, tokenize=FTS_TOKENIZE)


def _v1_columns() -> dict[str, dict[str, str]]:
    """Column name -> declared type of each v1 table, read from SCHEMA_V1 itself."""
    import sqlite3

    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(SCHEMA_V1)
        return {table: {row[1]: row[2] for row in conn.execute(f"PRAGMA table_info({table})")}
                for table in ("articles", "speakers", "quotes")}
    finally:
        conn.close()


# Columns a version-0 table must already have: SQLite cannot add them later
# (NOT NULL without a default, UNIQUE) and nothing could fill them in.
_REQUIRED_V0 = {"articles": {"id", "content_hash", "text"}, "speakers": {"id"},
                "quotes": {"id", "article_id", "text", "start", "end"}}


def _add_missing_v1_columns(db: sqlite_utils.Database) -> dict[str, set[str]]:
    """Add to existing (version-0) tables the v1 columns they lack; what was added."""
    added: dict[str, set[str]] = {}
    for table, columns in _v1_columns().items():
        if not db[table].exists():
            continue
        have = set(db[table].columns_dict)
        lacking = _REQUIRED_V0[table] - have
        if lacking:
            raise RuntimeError(f"cannot upgrade table {table}: it has no {', '.join(sorted(lacking))} column")
        for name, declared in columns.items():
            if name not in have:
                db.execute(f'ALTER TABLE [{table}] ADD COLUMN "{name}" {declared}')
                added.setdefault(table, set()).add(name)
    return added


def _backfill_v0_columns(db: sqlite_utils.Database, added: dict[str, set[str]]) -> None:
    """Fill the columns just added to a version-0 file from the data it already holds."""
    quotes_added = added.get("quotes", set())
    if "month" in quotes_added:
        db.execute("UPDATE quotes SET month = substr(date, 1, 7) WHERE date IS NOT NULL")
    if "outlet" in quotes_added:
        db.execute("UPDATE quotes SET outlet = (SELECT outlet FROM articles WHERE articles.id = quotes.article_id)")
    if "speaker_titles" in quotes_added:
        db.execute("UPDATE quotes SET speaker_titles = '[]'")
    if quotes_added & {"text_hash", "context", "context_start"}:
        rows = db.execute('SELECT q.id, q.text, q.start, q."end", q.context, a.text FROM quotes q '
                          "JOIN articles a ON a.id = q.article_id").fetchall()
        for quote_id, quote_text, start, end, context, article_text in rows:
            context_start = _context_offset(article_text, context, start, end)
            if context_start is None:  # no old context, or one that does not hold the quote
                context, context_start = paragraph_around(article_text, start, end)
            db.execute("UPDATE quotes SET text_hash = ?, context = ?, context_start = ? WHERE id = ?",
                       [text_hash(quote_text), context, context_start, quote_id])
    if "quote_count" in added.get("speakers", set()):
        db.execute("UPDATE speakers SET quote_count = "
                   "(SELECT count(*) FROM quotes WHERE quotes.speaker_id = speakers.id)")


def _context_offset(article_text: str, context: Optional[str], start: int, end: int) -> Optional[int]:
    """Where a stored context sits in its article, if it surrounds text[start:end]."""
    if not context:
        return None
    at = article_text.rfind(context, 0, start + 1)
    return at if at != -1 and at + len(context) >= end else None


# Version 2: indexes shaped like the site's queries (quotes/web/queries.py),
# so that a page of a million-quote database reads a few index entries
# instead of sorting every row (benchmarks/search.py measures them).
SCHEMA_V2 = """
CREATE INDEX IF NOT EXISTS idx_quotes_newest ON quotes(coalesce(date, ''), id);
CREATE INDEX IF NOT EXISTS idx_quotes_speaker_newest ON quotes(speaker_id, coalesce(date, ''), id);
CREATE INDEX IF NOT EXISTS idx_quotes_speaker_month ON quotes(speaker_id, month);
CREATE INDEX IF NOT EXISTS idx_quotes_month_newest ON quotes(month, coalesce(date, ''), id);
CREATE INDEX IF NOT EXISTS idx_quotes_lang_nocase ON quotes(lang COLLATE NOCASE);
"""


def create_v2(db: sqlite_utils.Database) -> None:
    """Version 2: the composite and expression indexes the site's queries use.

    Statement by statement: executescript would commit the migration's
    transaction half way.
    """
    for statement in filter(str.strip, SCHEMA_V2.split(";")):
        db.execute(statement)


def create_v3(db: sqlite_utils.Database) -> None:
    """Version 3: who signed each article (`articles.author`), the name its
    own "I" is given; articles stored before have none."""
    if "author" not in db["articles"].columns_dict:
        db.execute("ALTER TABLE articles ADD COLUMN author TEXT")
    db.execute("CREATE INDEX IF NOT EXISTS idx_articles_author ON articles(author)")


# Each step upgrades a database from version N-1 to N, in place, keeping data.
MIGRATIONS: dict[int, Callable[[sqlite_utils.Database], None]] = {1: create_v1, 2: create_v2, 3: create_v3}


def migrate(db: sqlite_utils.Database) -> int:
    """Bring a database up to SCHEMA_VERSION, one step per transaction; the new version.

    A step and its version bump commit together, so a crash mid-migration
    leaves the database at the previous version, ready to retry.
    """
    current = schema_version(db)
    target = max(MIGRATIONS)
    if current > target:
        raise RuntimeError(f"database schema version {current} is newer than this tool ({target}); upgrade quotes")
    for version in range(current + 1, target + 1):
        with db.atomic():
            MIGRATIONS[version](db)
            db.execute(f"PRAGMA user_version = {int(version)}")
    return schema_version(db)


# --- rows ----------------------------------------------------------------

def normalise_quote_text(text: str) -> str:
    """Quote text reduced to what survives re-typing: letters and digits, no accents or case."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.findall(r"\w+", stripped))


def text_hash(text: str) -> str:
    """Same quote, same hash, whichever article or typography it came from."""
    return hashlib.sha1(normalise_quote_text(text).encode("utf-8")).hexdigest()


def paragraph_around(text: str, start: int, end: int, limit: int = CONTEXT_LIMIT) -> tuple[str, int]:
    """The paragraph(s) holding text[start:end], and the offset where it begins.

    Paragraphs end at newlines. A paragraph longer than `limit` (a record with
    no line breaks) is cut to a window around the quote, on word boundaries.
    """
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right == -1 else right
    if right - left > limit:
        spare = max(limit - (end - start), 0) // 2
        new_left = max(left, start - spare)
        new_right = min(right, end + spare)
        if new_left > left:
            space = text.find(" ", new_left, start)
            new_left = space + 1 if space != -1 else new_left
        if new_right < right:
            space = text.rfind(" ", end, new_right)
            new_right = space if space != -1 else new_right
        left, right = new_left, new_right
    while left < start and text[left].isspace():
        left += 1
    while right > end and text[right - 1].isspace():
        right -= 1
    return text[left:right], left


def article_row(article: Article) -> dict[str, Any]:
    return {
        "doc": article.doc, "content_hash": article.content_hash, "title": article.title,
        "outlet": article.outlet, "url": article.url, "published": article.published,
        "published_source": article.published_source, "lang": article.lang, "author": article.author,
        "text": article.text, "path": article.path,
        "ingested_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
    }


def quote_row(quote: Quote, article: Article, article_id: int, speaker_id: Optional[int]) -> dict[str, Any]:
    context, context_start = paragraph_around(article.text, quote.start, quote.end)
    return {
        "article_id": article_id, "speaker_id": speaker_id, "text": quote.text,
        "kind": quote.kind, "start": quote.start, "end": quote.end,
        "speaker_name": quote.speaker, "speaker_mention": quote.speaker_mention,
        "speaker_start": quote.speaker_start, "speaker_end": quote.speaker_end,
        "speaker_titles": json.dumps(list(quote.speaker_titles or []), ensure_ascii=False),
        "cue": quote.cue, "cue_start": quote.cue_start, "cue_end": quote.cue_end,
        "date": quote.date, "date_source": quote.date_source,
        "date_precision": quote.date_precision, "month": quote.date[:7] if quote.date else None,
        "lang": quote.lang or article.lang, "outlet": article.outlet,
        "context": context, "context_start": context_start, "text_hash": text_hash(quote.text),
    }


# --- writes --------------------------------------------------------------

@dataclass(frozen=True)
class Stored:
    """What storing one article did."""

    article_id: int
    new: bool
    quotes: int


def find_article(db: sqlite_utils.Database, content_hash: str) -> Optional[int]:
    """The id of the article with this content, if it is already stored."""
    row = db.execute("SELECT id FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
    return row[0] if row else None


def default_speaker_resolver(db: sqlite_utils.Database, quote: Quote, article_id: int) -> Optional[int]:
    from quotes.speaker_index import upsert_speaker

    return upsert_speaker(db, quote, article_id)


def store_article(db: sqlite_utils.Database, article: Article, quotes: Sequence[Quote],
                  resolve_speaker: SpeakerResolver = default_speaker_resolver) -> Stored:
    """Store an article and its quotes in one transaction; a no-op when already stored."""
    with db.atomic():
        existing = find_article(db, article.content_hash)
        if existing is not None:
            return Stored(existing, new=False, quotes=0)
        article_id = db["articles"].insert(article_row(article)).last_pk
        rows = [quote_row(q, article, article_id, resolve_speaker(db, q, article_id)) for q in quotes]
        if rows:
            db["quotes"].insert_all(rows)
    return Stored(article_id, new=True, quotes=len(rows))


def counts(db: sqlite_utils.Database) -> dict[str, int]:
    """Rows per main table, for summaries and tests."""
    return {name: db[name].count for name in ("articles", "speakers", "quotes")}
