"""Ingest: batches with bad files, idempotent re-runs, per-article failures, --strict."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import sqlite_utils

from quotes import ingest, sources, store
from quotes.model import Article, Quote

EN = 'Turkey will strike "everywhere", Erdogan said. "We are determined," he added.\n'
ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_METADATA = ROOT / "data" / "sample-metadata.jsonl"
FR = "« Nous frapperons partout », a déclaré le président. Le régime est prévenu.\n"


def fake_extract(article: Article) -> list[Quote]:
    """Every double-quoted or guillemet run, said by Erdogan: enough to exercise storage."""
    return [Quote(doc=article.doc, text=m.group(1), start=m.start(1), end=m.end(1), kind="full",
                  speaker="Recep Tayyip Erdoğan", date=article.published, lang=article.lang)
            for m in re.finditer(r'["«]\s?([^"»]+?)\s?["»]', article.text)]


@pytest.fixture
def no_byline(monkeypatch: pytest.MonkeyPatch) -> None:
    """Pins quotes.dates' byline finder for the fake-extractor tests (not for the session sample_db)."""
    monkeypatch.setattr(sources, "find_byline_date", lambda text, lang: None)


@pytest.fixture
def db(tmp_path: Path, no_byline: None) -> sqlite_utils.Database:
    database = store.open_db(tmp_path / "db" / "quotes.db")  # kept out of the folders ingested
    yield database
    database.close()


@pytest.fixture
def batch(tmp_path: Path) -> Path:
    """Three good articles (one a JSONL pair) and one of each kind of bad file."""
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(EN, "utf-8")
    (folder / "sub" / "b.md").write_text(FR, "utf-8")
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "j1", "text": EN + "Later.", "source": "Wire"}) + "\n{oops\n"
        + json.dumps({"text": "No quote here at all, the minister said."}) + "\n", "utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    (folder / "latin1.txt").write_bytes("président".encode("latin-1"))
    (folder / "photo.png").write_bytes(b"\x89PNG")
    (folder / "nocol.csv").write_text("title\nx\n", "utf-8")
    return folder


def articles_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    return folder


def run(db: sqlite_utils.Database, *paths, **kwargs) -> ingest.Summary:
    kwargs.setdefault("extractor", fake_extract)
    return ingest.ingest(db, paths, **kwargs)


def test_batch_with_bad_files(db: sqlite_utils.Database, batch: Path) -> None:
    reported: list[str] = []
    summary = run(db, batch, report=reported.append)
    assert (summary.new, summary.skipped, summary.failed, summary.quotes) == (4, 0, 6, 5)
    assert reported == summary.errors
    assert sorted(e.split(": ")[0] for e in reported) == sorted(
        str(batch / n) for n in ("binary.txt", "empty.txt", "feed.jsonl", "latin1.txt", "nocol.csv", "photo.png"))
    assert f"{batch / 'feed.jsonl'}: line 2: invalid JSON" in "\n".join(reported)
    assert sorted(r["doc"] for r in db["articles"].rows) == ["a", "b", "feed-3", "j1"]
    assert store.counts(db) == {"articles": 4, "speakers": 1, "quotes": 5}
    assert summary.line() == "articles: 4 new, 0 skipped, 6 failed; quotes stored: 5"


def test_reingest_adds_nothing(db: sqlite_utils.Database, batch: Path) -> None:
    run(db, batch)
    before = list(db.query("SELECT * FROM quotes ORDER BY id"))
    summary = run(db, batch)
    assert (summary.new, summary.skipped, summary.quotes) == (0, 4, 0)
    assert list(db.query("SELECT * FROM quotes ORDER BY id")) == before


def test_same_text_under_another_name_is_skipped(db: sqlite_utils.Database, tmp_path: Path) -> None:
    tmp_path = articles_dir(tmp_path)
    (tmp_path / "one.txt").write_text(EN, "utf-8")
    (tmp_path / "copy.txt").write_text(EN, "utf-8")
    summary = run(db, tmp_path / "one.txt", tmp_path / "copy.txt")
    assert (summary.new, summary.skipped) == (1, 1)


def test_extraction_failure_fails_that_article_only(db: sqlite_utils.Database, tmp_path: Path) -> None:
    tmp_path = articles_dir(tmp_path)
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    (tmp_path / "b.txt").write_text(FR, "utf-8")

    def fragile(article: Article) -> list[Quote]:
        if article.doc == "a":
            raise ValueError("parser exploded")
        return fake_extract(article)

    summary = run(db, tmp_path, extractor=fragile)
    assert (summary.new, summary.failed) == (1, 1)
    assert summary.errors == [f"{tmp_path / 'a.txt'}: could not extract or store 'a': ValueError: parser exploded"]
    assert [r["doc"] for r in db["articles"].rows] == ["b"]
    assert run(db, tmp_path).new == 1  # a later run completes the batch


def test_strict_stops_at_the_first_error(db: sqlite_utils.Database, tmp_path: Path) -> None:
    tmp_path = articles_dir(tmp_path)
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    (tmp_path / "c.txt").write_text(FR, "utf-8")
    summary = run(db, tmp_path, strict=True)
    assert (summary.new, summary.failed, summary.stopped) == (1, 1, True)
    assert [r["doc"] for r in db["articles"].rows] == ["a"]


def test_strict_stops_inside_a_jsonl_file(db: sqlite_utils.Database, tmp_path: Path) -> None:
    tmp_path = articles_dir(tmp_path)
    lines = [json.dumps({"text": EN}), "oops", json.dumps({"text": FR})]
    (tmp_path / "feed.jsonl").write_text("\n".join(lines), "utf-8")
    summary = run(db, tmp_path, strict=True)
    assert (summary.new, summary.failed) == (1, 1)


def test_metadata_reaches_the_database(db: sqlite_utils.Database, tmp_path: Path) -> None:
    tmp_path = articles_dir(tmp_path)
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    meta = {"a.txt": {"file": "a.txt", "source": "France 24", "published": "2020-02-12", "title": "T"}}
    run(db, tmp_path, metadata=meta)
    article = db["articles"].get(1)
    assert (article["outlet"], article["published"], article["published_source"], article["lang"]) == (
        "France 24", "2020-02-12", "metadata", "en")
    assert {r["outlet"] for r in db["quotes"].rows} == {"France 24"}
    assert {r["month"] for r in db["quotes"].rows} == {"2020-02"}


# --- end to end, with the real extractor ------------------------------------

def test_sample_corpus_end_to_end(sample_db: Path) -> None:
    db = sqlite_utils.Database(sample_db)
    assert db["articles"].count == 4
    assert {r["lang"] for r in db["articles"].rows} == {"en", "fr"}
    for row in db.query("SELECT q.text, q.start, q.\"end\", a.text AS article FROM quotes q JOIN articles a ON a.id = q.article_id"):
        assert row["article"][row["start"]:row["end"]] == row["text"]
    hits = list(db.query(
        "SELECT q.speaker_name, q.date FROM quotes_fts JOIN quotes q ON q.id = quotes_fts.rowid "
        "WHERE quotes_fts MATCH 'everywhere' AND q.text LIKE 'I declare%'"))
    assert len(hits) == 1
    assert "Erdogan" in hits[0]["speaker_name"] or "Erdoğan" in hits[0]["speaker_name"]
    assert hits[0]["date"] == "2020-02-12"


def test_sample_reingest_adds_nothing(sample_db: Path, tmp_path: Path) -> None:
    copy = tmp_path / "copy.db"
    sqlite_utils.Database(sample_db).execute(f"VACUUM INTO '{copy}'")
    db = store.open_db(copy)
    before = store.counts(db)

    def must_not_run(article: Article) -> list[Quote]:
        raise AssertionError(f"{article.doc} was extracted again")

    metadata, _ = sources.load_metadata(SAMPLE_METADATA)
    summary = run(db, SAMPLE_DIR, extractor=must_not_run, metadata=metadata)
    assert (summary.new, summary.skipped, summary.failed) == (0, 4, 0)
    assert store.counts(db) == before
