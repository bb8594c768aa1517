"""A database of the first schema (version 0, the committed fixture) is upgraded in place at open."""
from __future__ import annotations

import importlib.util
import shutil
import sqlite3
from pathlib import Path

import pytest
import sqlite_utils

from quotes import store
from quotes.model import Article, Quote

FIXTURES = Path(__file__).resolve().parent / "fixtures"
V0 = FIXTURES / "schema_v0.db"
V0_COLUMNS = {
    "articles": ["id", "doc", "content_hash", "title", "outlet", "url", "published", "lang", "text", "path"],
    "speakers": ["id", "name", "key", "kind", "titles", "aliases"],
    "quotes": ["id", "article_id", "speaker_id", "text", "kind", "start", "end", "speaker_name", "speaker_mention",
               "speaker_start", "speaker_end", "cue", "cue_start", "cue_end", "date", "date_source", "lang",
               "context"],
}


def rows(path: Path, table: str, columns: list[str]) -> list[tuple]:
    with sqlite3.connect(path) as conn:
        listed = ", ".join(f'"{c}"' for c in columns)
        return conn.execute(f"SELECT {listed} FROM {table} ORDER BY id").fetchall()


@pytest.fixture
def v0_copy(tmp_path: Path) -> Path:
    """The committed v0 file, copied: tests must never change the fixture."""
    path = tmp_path / "old.db"
    shutil.copyfile(V0, path)
    return path


def test_fixture_is_version_0() -> None:
    with sqlite3.connect(f"file:{V0}?mode=ro", uri=True) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        assert tables == {"articles", "speakers", "quotes"}
        assert conn.execute("SELECT count(*) FROM quotes").fetchone()[0] == 4


def test_fixture_matches_the_script_that_builds_it(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("make_schema_v0", FIXTURES / "make_schema_v0.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    rebuilt = module.build(tmp_path / "rebuilt.db")
    with sqlite3.connect(V0) as committed, sqlite3.connect(rebuilt) as fresh:
        assert list(committed.iterdump()) == list(fresh.iterdump())


def test_open_upgrades_in_place_keeping_every_row(v0_copy: Path) -> None:
    before = {table: rows(v0_copy, table, columns) for table, columns in V0_COLUMNS.items()}
    db = store.open_db(v0_copy)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    assert db.journal_mode == "wal"
    db.close()
    for table, columns in V0_COLUMNS.items():
        after = rows(v0_copy, table, columns)
        if table == "quotes":  # a context the old file lacked is filled in; every other value is kept
            before[table] = [old[:-1] + ((old[-1] or new[-1]),) for old, new in zip(before[table], after)]
        assert after == before[table], table
    with sqlite3.connect(v0_copy) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_upgraded_file_has_the_current_schema(v0_copy: Path, tmp_path: Path) -> None:
    store.open_db(v0_copy).close()
    fresh = store.open_db(tmp_path / "new.db")
    upgraded = sqlite_utils.Database(v0_copy)
    for table in ("articles", "speakers", "quotes"):
        assert set(upgraded[table].columns_dict) == set(fresh[table].columns_dict), table
    assert set(fresh.table_names()) <= set(upgraded.table_names())
    assert {i.name for i in fresh["quotes"].indexes} <= {i.name for i in upgraded["quotes"].indexes}
    assert {t.name for t in fresh.triggers} == {t.name for t in upgraded.triggers}


def test_new_columns_are_filled_from_the_old_data(v0_copy: Path) -> None:
    db = store.open_db(v0_copy)
    quotes = {q["id"]: q for q in db.query(
        "SELECT q.*, a.text AS article, a.outlet AS article_outlet FROM quotes q JOIN articles a ON a.id = q.article_id")}
    for quote in quotes.values():
        assert quote["month"] == (quote["date"][:7] if quote["date"] else None)
        assert quote["outlet"] == quote["article_outlet"]
        assert quote["text_hash"] == store.text_hash(quote["text"])
        assert quote["speaker_titles"] == "[]"
        offset = quote["context_start"]
        assert quote["context"][quote["start"] - offset:quote["end"] - offset] == quote["text"]
        assert quote["article"][offset:offset + len(quote["context"])] == quote["context"]
    # A context the old file held is kept as it was; a missing one is made.
    assert quotes[1]["context"].startswith("“We will strike")
    assert quotes[2]["context"] == "“There will be no retreat,” he added. Officials declined to comment."
    counts = {s["name"]: s["quote_count"] for s in db["speakers"].rows}
    assert counts == {"Recep Tayyip Erdoğan": 3, "un diplomate": 0}


def test_old_rows_are_searchable(v0_copy: Path) -> None:
    db = store.open_db(v0_copy)
    hits = db.execute("SELECT rowid FROM quotes_fts WHERE quotes_fts MATCH 'reculerons'").fetchall()
    assert hits == [(3,)]
    assert db.execute("SELECT rowid FROM speakers_fts WHERE speakers_fts MATCH 'erdogan'").fetchall() == [(1,)]


def test_upgraded_file_takes_new_articles_and_skips_old_ones(v0_copy: Path) -> None:
    db = store.open_db(v0_copy)
    old_text = db["articles"].get(1)["text"]
    assert store.store_article(db, Article(doc="again", text=old_text), []).new is False
    text = '"Talks went well," Putin said.\n'
    quote = Quote(doc="moscow", text="Talks went well,", start=1, end=17, kind="full", speaker="Vladimir Putin",
                  date="2020-03-05", lang="en")
    stored = store.store_article(db, Article(doc="moscow", text=text, outlet="The Moscow Times", lang="en"), [quote])
    assert stored.new and stored.quotes == 1
    row = db.execute("SELECT month, outlet, text_hash FROM quotes WHERE text = 'Talks went well,'").fetchone()
    assert row == ("2020-03", "The Moscow Times", store.text_hash("Talks went well,"))
    assert db.execute("SELECT count(*) FROM quotes_fts WHERE quotes_fts MATCH 'talks'").fetchone()[0] == 1


def test_second_open_changes_nothing(v0_copy: Path) -> None:
    store.open_db(v0_copy).close()
    with sqlite3.connect(v0_copy) as conn:
        first = list(conn.iterdump())
    db = store.open_db(v0_copy)
    assert store.schema_version(db) == store.SCHEMA_VERSION
    db.close()
    with sqlite3.connect(v0_copy) as conn:
        assert list(conn.iterdump()) == first


def test_a_crash_mid_upgrade_leaves_version_0_to_retry(v0_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = {table: rows(v0_copy, table, columns) for table, columns in V0_COLUMNS.items()}

    def crash(db, added):
        raise RuntimeError("power cut")

    monkeypatch.setattr(store, "_backfill_v0_columns", crash)
    with pytest.raises(RuntimeError, match="power cut"):
        store.open_db(v0_copy)
    with sqlite3.connect(v0_copy) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 0
        assert "month" not in {r[1] for r in conn.execute("PRAGMA table_info(quotes)")}
        assert not conn.execute("SELECT name FROM sqlite_master WHERE name LIKE '%_fts%'").fetchall()
    for table, columns in V0_COLUMNS.items():
        assert rows(v0_copy, table, columns) == before[table]
    monkeypatch.undo()
    assert store.schema_version(store.open_db(v0_copy)) == store.SCHEMA_VERSION


def test_a_file_missing_a_required_column_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "odd.db"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE quotes (id INTEGER PRIMARY KEY, body TEXT)")
    with pytest.raises(RuntimeError, match="cannot upgrade table quotes: it has no article_id, end, start, text"):
        store.open_db(path)
