"""The SQLite schema, its migrations, and atomic per-article writes."""
from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from quotes import store
from quotes.model import Article, Quote

TEXT = ('Turkey will strike the regime "everywhere", President Recep Tayyip Erdoğan said.\n\n'
        '"I declare that we will strike the regime everywhere," he said on Wednesday.\n')


def make_article(text: str = TEXT, **kwargs) -> Article:
    return Article(doc="france24", text=text, outlet="France 24", lang="en", published="2020-02-12", **kwargs)


def make_quotes(text: str = TEXT) -> list[Quote]:
    full = "I declare that we will strike the regime everywhere,"
    start = text.index(full)
    return [
        Quote(doc="france24", text="everywhere", start=31, end=41, kind="partial",
              speaker="Recep Tayyip Erdoğan", speaker_titles=["President"], date="2020-02-12",
              date_source="article", lang="en"),
        Quote(doc="france24", text=full, start=start, end=start + len(full), kind="full",
              speaker="Recep Tayyip Erdoğan", speaker_mention="he", cue="said", date="2020-02-12",
              date_source="text", date_precision="day", lang="en"),
    ]


def fake_speakers(db: sqlite_utils.Database, quote: Quote, article_id: int):
    """Stands in for quotes.speaker_index: one row per name, written in the caller's transaction."""
    if quote.speaker is None:
        return None
    row = db.execute("SELECT id FROM speakers WHERE key = ?", [quote.speaker.lower()]).fetchone()
    if row:
        return row[0]
    return db["speakers"].insert({"name": quote.speaker, "key": quote.speaker.lower(), "kind": "person",
                                  "titles": "[]", "aliases": f'["{quote.speaker}"]', "quote_count": 0}).last_pk


@pytest.fixture
def db(tmp_path: Path) -> sqlite_utils.Database:
    database = store.open_db(tmp_path / "db" / "quotes.db")
    yield database
    database.close()


# --- schema --------------------------------------------------------------

def test_new_database_is_current_and_in_wal_mode(db: sqlite_utils.Database) -> None:
    assert store.schema_version(db) == store.SCHEMA_VERSION == 3
    assert db.journal_mode == "wal"
    assert {"articles", "speakers", "quotes", "quotes_fts", "speakers_fts"} <= set(db.table_names())


@pytest.mark.parametrize("table", ["articles", "speakers", "quotes"])
def test_integer_primary_keys(db: sqlite_utils.Database, table: str) -> None:
    assert db[table].pks == ["id"]
    assert db[table].columns_dict["id"] is int
    assert not db[table].use_rowid


def test_columns_match_the_contract(db: sqlite_utils.Database) -> None:
    assert list(db["articles"].columns_dict) == [
        "id", "doc", "content_hash", "title", "outlet", "url", "published", "published_source",
        "lang", "text", "path", "ingested_at", "author"]
    assert list(db["speakers"].columns_dict) == [
        "id", "name", "key", "kind", "titles", "aliases", "quote_count"]
    assert list(db["quotes"].columns_dict) == [
        "id", "article_id", "speaker_id", "text", "kind", "start", "end", "speaker_name",
        "speaker_mention", "speaker_start", "speaker_end", "speaker_titles", "cue", "cue_start",
        "cue_end", "date", "date_source", "date_precision", "month", "lang", "outlet", "context",
        "context_start", "text_hash"]


def test_foreign_keys(db: sqlite_utils.Database) -> None:
    keys = {(fk.column, fk.other_table, fk.other_column) for fk in db["quotes"].foreign_keys}
    assert keys == {("article_id", "articles", "id"), ("speaker_id", "speakers", "id")}
    with pytest.raises(sqlite3.IntegrityError):
        db.execute('INSERT INTO quotes (article_id, text, start, "end") VALUES (999, "x", 0, 1)')


def test_indexes_on_filter_columns(db: sqlite_utils.Database) -> None:
    def indexed(table: str) -> set[str]:
        return {index.columns[0] for index in db[table].indexes}

    assert {"speaker_id", "article_id", "date", "outlet", "lang", "month", "text_hash"} <= indexed("quotes")
    assert {"published", "outlet", "content_hash"} <= indexed("articles")
    assert "key" in indexed("speakers")


def test_unique_content_hash(db: sqlite_utils.Database) -> None:
    row = store.article_row(make_article())
    db["articles"].insert(row)
    with pytest.raises(sqlite3.IntegrityError):
        db["articles"].insert(row)


def test_fts_tokenizer_ignores_accents(db: sqlite_utils.Database) -> None:
    assert "remove_diacritics 2" in db["quotes_fts"].schema
    assert "remove_diacritics 2" in db["speakers_fts"].schema
    store.store_article(db, make_article(), make_quotes(), fake_speakers)
    hits = db.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'erdogan AND declare'").fetchall()
    assert len(hits) == 1
    assert db.execute("SELECT count(*) FROM speakers_fts WHERE speakers_fts MATCH 'erdogan'").fetchone()[0] == 1
    assert [r["text"] for r in db["quotes"].search("everywhere")] == [q.text for q in make_quotes()]


def test_fts_triggers_follow_updates(db: sqlite_utils.Database) -> None:
    store.store_article(db, make_article(), make_quotes(), fake_speakers)
    db.execute("UPDATE quotes SET text = 'partout' WHERE kind = 'partial'")
    assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'partout'").fetchone()[0] == 1


# --- migrations ----------------------------------------------------------

def test_open_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "q.db"
    store.open_db(path).close()
    db = store.open_db(path)
    assert store.schema_version(db) == store.SCHEMA_VERSION


def test_migrate_upgrades_in_place(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store.open_db(tmp_path / "q.db")
    store.store_article(db, make_article(), make_quotes(), fake_speakers)

    def add_sentiment(database: sqlite_utils.Database) -> None:
        database["quotes"].add_column("sentiment", float)

    following = store.SCHEMA_VERSION + 1
    monkeypatch.setitem(store.MIGRATIONS, following, add_sentiment)
    assert store.migrate(db) == following
    assert "sentiment" in db["quotes"].columns_dict
    assert db["quotes"].count == 2 and db["articles"].count == 1
    assert store.migrate(db) == following  # nothing left to do


def test_a_version_2_file_gains_the_author_column_and_keeps_its_rows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Version 3 adds `articles.author` to a file an older release wrote; the
    rows it held stay, with no author, and new articles store theirs."""
    path = tmp_path / "q.db"
    monkeypatch.setattr(store, "MIGRATIONS", {v: m for v, m in store.MIGRATIONS.items() if v <= 2})
    row = store.article_row
    monkeypatch.setattr(store, "article_row", lambda article: {k: v for k, v in row(article).items() if k != "author"})
    old = store.open_db(path)
    store.store_article(old, make_article(), make_quotes(), fake_speakers)
    assert store.schema_version(old) == 2 and "author" not in old["articles"].columns_dict
    old.close()
    monkeypatch.undo()
    db = store.open_db(path)
    assert store.schema_version(db) == 3
    assert [(r["doc"], r["author"]) for r in db["articles"].rows] == [("france24", None)]
    assert db["quotes"].count == 2
    store.store_article(db, make_article(TEXT + " Again.", author="Jane Doe"), [], fake_speakers)
    assert [r["author"] for r in db["articles"].rows] == [None, "Jane Doe"]


def test_failed_migration_keeps_the_previous_version(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = store.open_db(tmp_path / "q.db")

    def broken(database: sqlite_utils.Database) -> None:
        database["quotes"].add_column("half_done", str)
        raise RuntimeError("crash mid-migration")

    monkeypatch.setitem(store.MIGRATIONS, store.SCHEMA_VERSION + 1, broken)
    with pytest.raises(RuntimeError):
        store.migrate(db)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert "half_done" not in db["quotes"].columns_dict


def test_newer_database_is_refused(tmp_path: Path) -> None:
    db = sqlite_utils.Database(tmp_path / "q.db")
    db.execute("PRAGMA user_version = 99")
    with pytest.raises(RuntimeError, match="newer"):
        store.migrate(db)


# --- writes --------------------------------------------------------------

def test_store_article_and_quotes(db: sqlite_utils.Database) -> None:
    stored = store.store_article(db, make_article(path="data/x.txt"), make_quotes(), fake_speakers)
    assert stored == store.Stored(article_id=1, new=True, quotes=2)
    article = db["articles"].get(1)
    assert (article["doc"], article["outlet"], article["published"], article["path"]) == (
        "france24", "France 24", "2020-02-12", "data/x.txt")
    assert article["text"] == TEXT and article["ingested_at"]
    partial, full = db["quotes"].rows_where(order_by="id")
    assert TEXT[full["start"]:full["end"]] == full["text"]
    assert (full["speaker_id"], full["speaker_name"], full["outlet"], full["month"]) == (1, "Recep Tayyip Erdoğan", "France 24", "2020-02")
    assert full["context"] == TEXT.split("\n\n")[1].strip()
    assert TEXT[full["context_start"]:].startswith(full["context"])
    assert partial["speaker_titles"] == '["President"]'
    assert partial["context_start"] == 0 and partial["context"] == TEXT.split("\n\n")[0]


def test_same_article_is_stored_once(db: sqlite_utils.Database) -> None:
    store.store_article(db, make_article(), make_quotes(), fake_speakers)
    again = store.store_article(db, make_article(), make_quotes(), fake_speakers)
    assert (again.new, again.quotes) == (False, 0)
    assert store.counts(db) == {"articles": 1, "speakers": 1, "quotes": 2}


def test_a_crash_leaves_no_half_article(db: sqlite_utils.Database) -> None:
    calls = []

    def crash_on_second(database, quote, article_id):
        calls.append(quote)
        if len(calls) == 2:
            raise RuntimeError("speaker index crashed")
        return fake_speakers(database, quote, article_id)

    store.store_article(db, make_article(text="Earlier article."), [], fake_speakers)
    with pytest.raises(RuntimeError):
        store.store_article(db, make_article(), make_quotes(), crash_on_second)
    assert store.counts(db) == {"articles": 1, "speakers": 0, "quotes": 0}
    assert store.store_article(db, make_article(), make_quotes(), fake_speakers).new  # the re-run completes it


def test_quote_without_speaker(db: sqlite_utils.Database) -> None:
    quote = Quote(doc="x", text="everywhere", start=31, end=41, kind="partial")
    store.store_article(db, make_article(), [quote], fake_speakers)
    row = next(db["quotes"].rows)
    assert (row["speaker_id"], row["speaker_name"], row["month"], row["lang"]) == (None, None, None, "en")


# --- derived columns -----------------------------------------------------

def test_text_hash_finds_the_same_quote_in_other_typography() -> None:
    assert store.text_hash("We will strike the régime, everywhere!") == store.text_hash("we will  strike the REGIME everywhere")
    assert store.text_hash("we will strike") != store.text_hash("we will not strike")


@pytest.mark.parametrize(
    ("text", "quote", "expected"),
    [
        ("First para.\nHe said “yes” today.\nLast.", "yes", "He said “yes” today."),
        ("Only line with “yes” here", "yes", "Only line with “yes” here"),
        ("A.\n\n  Indented “yes”.  \n\nB.", "yes", "Indented “yes”."),
    ],
)
def test_paragraph_around(text: str, quote: str, expected: str) -> None:
    start = text.index(quote)
    context, offset = store.paragraph_around(text, start, start + len(quote))
    assert context == expected
    assert text[offset:offset + len(context)] == context


def test_long_paragraph_is_cut_around_the_quote() -> None:
    text = "word " * 1000 + "“the quote itself” " + "word " * 1000
    start = text.index("the quote")
    context, offset = store.paragraph_around(text, start, start + 16, limit=200)
    assert len(context) <= 200 and "the quote itself" in context
    assert text[offset:offset + len(context)] == context
    assert context.startswith("word") and context.endswith(("word", "”"))
