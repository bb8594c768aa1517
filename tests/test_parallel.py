"""`quotes ingest --jobs N`: worker processes extract, one writer stores in order.

The promise checked here: the database does not depend on the number of
workers (same articles, speakers and quotes, with the same ids).
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from quotes import ingest, sources, store
from quotes.cli import cli
from quotes.model import Article, Quote
from quotes.parsing import ExtractionFailed
from parallel_helpers import database_rows

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_METADATA = ROOT / "data" / "sample-metadata.jsonl"


@pytest.fixture
def one_article_chunks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Four sample articles would fit one chunk: make each its own task, so both workers work."""
    monkeypatch.setattr(ingest, "CHUNK_SIZE", 1)


def run_cli(db: Path, *args: str) -> str:
    result = CliRunner().invoke(cli, ["ingest", str(SAMPLE_DIR), "--metadata", str(SAMPLE_METADATA),
                                      "--db", str(db), *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_two_jobs_give_the_same_database_as_one(tmp_path: Path, one_article_chunks: None, nlp_en, nlp_fr) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    out_one = run_cli(one, "--jobs", "1")
    out_two = run_cli(two, "--jobs", "2")
    assert out_one.splitlines()[-1] == out_two.splitlines()[-1]
    assert "articles: 4 new" in out_two
    rows = database_rows(two)
    assert rows == database_rows(one)
    assert rows["quotes"] and rows["speakers"]


def test_reingest_with_jobs_extracts_nothing(tmp_path: Path, one_article_chunks: None, nlp_en, nlp_fr) -> None:
    db = tmp_path / "q.db"
    run_cli(db, "--jobs", "2")
    before = database_rows(db)
    assert "articles: 0 new, 4 skipped" in run_cli(db, "--jobs", "2")
    assert database_rows(db) == before


def test_batched_extraction_gives_the_quotes_of_extract_article(nlp_en, nlp_fr) -> None:
    from quotes.extraction import extract_article

    metadata, _ = sources.load_metadata(SAMPLE_METADATA)
    articles = [a for a in sources.read_sources([SAMPLE_DIR], metadata) if isinstance(a, Article)]
    pipelines = {"en": nlp_en, "fr": nlp_fr}
    one_by_one = [extract_article(a, nlp=pipelines[a.lang]) for a in articles]
    assert ingest.DefaultExtractor().extract_many(articles) == one_by_one


def test_an_unknown_language_fails_its_article_only() -> None:
    outcomes = ingest.DefaultExtractor().extract_many(
        [Article(doc="x", text='"Hallo," sagte er.', lang="xx"), Article(doc="y", text="No quotes.", lang="en")])
    assert isinstance(outcomes[0], ExtractionFailed) and outcomes[1] == []


# --- the writer's bookkeeping, with a fake extractor in worker processes ----------

EN = 'Turkey will strike "everywhere", Erdogan said. "We are determined," he added.\n'


def picklable_fake(article: Article) -> list[Quote]:
    """A module-level function, so worker processes can run it."""
    if "explode" in article.text:
        raise ValueError("parser exploded")
    start = article.text.index('"') + 1
    end = article.text.index('"', start)
    return [Quote(doc=article.doc, text=article.text[start:end], start=start, end=end, kind="full",
                  speaker="Recep Tayyip Erdoğan", lang=article.lang)]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(sources, "find_byline_date", lambda text, lang: None)
    folder = tmp_path / "in"
    folder.mkdir()
    for n in range(7):
        (folder / f"a{n}.txt").write_text(EN.replace("everywhere", f"everywhere {n}"), "utf-8")
    (folder / "a3.txt").write_text(EN + ' "explode" ', "utf-8")
    (folder / "a5.txt").write_bytes(b"")
    shutil.copy(folder / "a1.txt", folder / "copy.txt")
    return folder


@pytest.mark.parametrize("strict", [False, True])
def test_failures_and_duplicates_count_as_with_one_job(tmp_path: Path, folder: Path, strict: bool,
                                                       one_article_chunks: None) -> None:
    summaries = {}
    for jobs in (1, 2):
        db = store.open_db(tmp_path / f"{jobs}-{strict}.db")
        summaries[jobs] = ingest.ingest(db, [folder], picklable_fake, lang="en", jobs=jobs, strict=strict)
        db.close()
    assert summaries[2] == summaries[1]
    assert database_rows(tmp_path / f"2-{strict}.db") == database_rows(tmp_path / f"1-{strict}.db")
    if strict:
        assert (summaries[2].new, summaries[2].failed, summaries[2].stopped) == (3, 1, True)
    else:
        assert (summaries[2].new, summaries[2].skipped, summaries[2].failed) == (5, 1, 2)
