"""The `quotes` command line, run through click's CliRunner on real files."""
from __future__ import annotations

import json
import re
import socket
import subprocess
import time
import urllib.request
from pathlib import Path

import click
import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes import ingest, sources, store
from quotes.cli import COMMAND_MODULES, cli, register_commands
from quotes.commands import serve
from quotes.model import Article, Quote

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_METADATA = ROOT / "data" / "sample-metadata.jsonl"
EN = 'Turkey will strike "everywhere", Erdogan said. "We are determined," he added.\n'
FR = "« Nous frapperons partout », a déclaré le président. Le régime est prévenu.\n"


def fake_extract(article: Article) -> list[Quote]:
    return [Quote(doc=article.doc, text=m.group(1), start=m.start(1), end=m.end(1), kind="full",
                  speaker="Recep Tayyip Erdoğan", date=article.published, lang=article.lang)
            for m in re.finditer(r'["«]\s?([^"»]+?)\s?["»]', article.text)]


@pytest.fixture
def fake(monkeypatch: pytest.MonkeyPatch) -> list[Article]:
    """Replace the real extractor (and byline finder); collect the articles it was given."""
    seen: list[Article] = []
    monkeypatch.setattr(sources, "find_byline_date", lambda text, lang: None)
    monkeypatch.setattr(ingest, "default_extractor",
                        lambda model=None: lambda article: seen.append(article) or fake_extract(article))
    return seen


@pytest.fixture
def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text(EN, "utf-8")
    (folder / "b.md").write_text(FR, "utf-8")
    return folder


def invoke(*args: str):
    return CliRunner().invoke(cli, [str(a) for a in args], catch_exceptions=False)


# --- help -------------------------------------------------------------------

def test_every_listed_module_is_a_command() -> None:
    # click's convention: a module train_filter.py is the command train-filter.
    assert {name.replace("_", "-") for name in COMMAND_MODULES} <= set(cli.commands)


@pytest.mark.parametrize("name", sorted(cli.commands))
def test_every_command_has_help_with_an_example(name: str) -> None:
    result = invoke(name, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output and f"quotes {name}" in result.output


def test_group_help_lists_the_commands() -> None:
    result = invoke("--help")
    assert result.exit_code == 0 and "Example" in result.output
    for name in cli.commands:
        assert name in result.output


def test_a_missing_command_module_is_loud() -> None:
    with pytest.raises(ModuleNotFoundError):
        register_commands(click.Group(), ("no_such_command",))


# --- extract ----------------------------------------------------------------

def test_extract_prints_json_lines(fake: list[Article], articles: Path) -> None:
    result = invoke("extract", articles)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["doc"], r["text"]) for r in rows] == [
        ("a", "everywhere"), ("a", "We are determined,"), ("b", "Nous frapperons partout")]
    for row in rows:
        text = (articles / "a.txt" if row["doc"] == "a" else articles / "b.md").read_text("utf-8")
        assert text[row["start"]:row["end"]] == row["text"]
    assert set(rows[0]) >= {"doc", "text", "start", "end", "kind", "speaker", "cue", "date", "date_source", "lang"}
    assert [a.lang for a in fake] == ["en", "fr"]


def test_extract_options_reach_the_article(fake: list[Article], articles: Path) -> None:
    result = invoke("extract", articles / "b.md", "--lang", "en", "--published", "2020-02-28")
    assert result.exit_code == 0
    assert (fake[0].lang, fake[0].published, fake[0].published_source) == ("en", "2020-02-28", "metadata")
    assert json.loads(result.stdout.splitlines()[0])["date"] == "2020-02-28"


def test_extract_with_metadata(fake: list[Article]) -> None:
    result = invoke("extract", SAMPLE_DIR, "--metadata", SAMPLE_METADATA)
    assert result.exit_code == 0
    assert {a.outlet for a in fake} == {"France 24", "Le Monde", "The Moscow Times", "Voltaire Network"}


def test_extract_reports_bad_files_and_goes_on(fake: list[Article], articles: Path) -> None:
    (articles / "0-empty.txt").write_bytes(b"")
    result = invoke("extract", articles, articles / "missing.txt")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{articles / '0-empty.txt'}: empty file",
                                          f"{articles / 'missing.txt'}: no such file or directory"]
    assert len(result.stdout.splitlines()) == 3


@pytest.mark.parametrize("args", [["--lang", "xx"], ["--published", "12/02/2020"], []])
def test_extract_rejects_bad_options(articles: Path, args: list[str]) -> None:
    result = CliRunner().invoke(cli, ["extract", *args] + ([str(articles)] if args else []))
    assert result.exit_code == 2


def test_extract_real_pipeline(nlp_en) -> None:
    result = invoke("extract", SAMPLE_DIR / "france24-2020-02-12-erdogan-strike-regime.txt",
                    "--metadata", SAMPLE_METADATA)
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    text = (SAMPLE_DIR / "france24-2020-02-12-erdogan-strike-regime.txt").read_text("utf-8")
    assert rows and all(text[r["start"]:r["end"]] == r["text"] for r in rows)
    declare = [r for r in rows if r["text"].startswith("I declare")]
    assert len(declare) == 1 and "Erdogan" in (declare[0]["speaker"] or "")


def test_an_op_ed_s_i_is_its_author_from_record_to_database(nlp_en, tmp_path: Path) -> None:
    """The record's "author" reaches the article row, and the writer's own
    quote is stored under that name, a speaker one can search."""
    feed = tmp_path / "op-eds.jsonl"
    text = ('She became upset, so I had to change my answer: "Of course I believe in the devil. I was just kidding." '
            "She calmed down.")
    feed.write_text(json.dumps({"id": "devil", "text": text, "author": "By Jane Doe", "lang": "en"}) + "\n", "utf-8")
    extracted = invoke("extract", feed)
    assert extracted.exit_code == 0, extracted.stderr
    assert [json.loads(line)["speaker"] for line in extracted.stdout.splitlines()] == ["Jane Doe"]
    db_path = tmp_path / "quotes.db"
    assert invoke("ingest", feed, "--db", db_path).exit_code == 0
    db = sqlite_utils.Database(db_path)
    assert [r["author"] for r in db["articles"].rows] == ["By Jane Doe"]
    assert [(r["speaker_name"], r["text"]) for r in db["quotes"].rows] == [
        ("Jane Doe", "Of course I believe in the devil. I was just kidding.")]
    assert [r["name"] for r in db["speakers"].rows] == ["Jane Doe"]


# --- ingest -----------------------------------------------------------------

def test_ingest_then_reingest(fake: list[Article], articles: Path, tmp_path: Path) -> None:
    db_path = tmp_path / "db" / "quotes.db"
    first = invoke("ingest", articles, "--db", db_path)
    assert first.exit_code == 0, first.output
    assert first.stdout.strip() == "articles: 2 new, 0 skipped, 0 failed; quotes stored: 3"
    assert "Ingesting" not in first.output  # no progress bar when stderr is not a terminal
    second = invoke("ingest", articles, "--db", db_path)
    assert second.stdout.strip() == "articles: 0 new, 2 skipped, 0 failed; quotes stored: 0"
    assert store.counts(sqlite_utils.Database(db_path)) == {"articles": 2, "speakers": 1, "quotes": 3}


def test_ingest_failures_exit_1_with_the_summary(fake: list[Article], articles: Path, tmp_path: Path) -> None:
    (articles / "bad.csv").write_text("title\nx\n", "utf-8")
    (articles / "c.txt").write_bytes("é".encode("latin-1"))
    result = invoke("ingest", articles, "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{articles / 'bad.csv'}: no 'text' column (columns: title)",
        f"{articles / 'c.txt'}: undecodable bytes at offset 0 (not UTF-8; re-encode the file as UTF-8)"]
    assert result.stdout.strip() == "articles: 2 new, 0 skipped, 2 failed; quotes stored: 3"


def test_ingest_strict_stops_at_the_first_error(fake: list[Article], articles: Path, tmp_path: Path) -> None:
    (articles / "a0.txt").write_bytes(b"")
    result = invoke("ingest", articles, "--db", tmp_path / "q.db", "--strict")
    assert result.exit_code == 1
    assert "articles: 1 new, 0 skipped, 1 failed" in result.stdout and "--strict" in result.stdout
    assert [a.doc for a in fake] == ["a"]


def test_ingest_passes_over_its_own_database(fake: list[Article], articles: Path) -> None:
    invoke("ingest", articles, "--db", articles / "quotes.db")
    result = invoke("ingest", articles, "--db", articles / "quotes.db")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "articles: 0 new, 2 skipped, 0 failed; quotes stored: 0"


def test_ingest_with_metadata(fake: list[Article], tmp_path: Path) -> None:
    db_path = tmp_path / "q.db"
    result = invoke("ingest", SAMPLE_DIR, "--metadata", SAMPLE_METADATA, "--db", db_path)
    assert result.exit_code == 0, result.output
    db = sqlite_utils.Database(db_path)
    assert {r["outlet"] for r in db["articles"].rows} == {"France 24", "Le Monde", "The Moscow Times", "Voltaire Network"}


def test_ingest_reports_bad_metadata_lines(fake: list[Article], articles: Path, tmp_path: Path) -> None:
    meta = tmp_path / "meta.jsonl"
    meta.write_text('{"file": "a.txt", "source": "Wire"}\n{broken\n', "utf-8")
    result = invoke("ingest", articles, "--metadata", meta, "--db", tmp_path / "q.db")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{meta}: line 2: invalid JSON (Expecting property name enclosed in double quotes)"]
    assert "2 new" in result.stdout


# --- serve ------------------------------------------------------------------

def test_serve_without_a_database(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["serve", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1
    assert "no database at" in result.output and "quotes ingest" in result.output


def test_serve_hands_over_to_datasette(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "quotes.db"
    store.open_db(db_path).close()
    calls: list[list[str]] = []
    monkeypatch.setattr(serve, "run", calls.append)
    result = invoke("serve", "--db", db_path, "--port", "8123")
    assert result.exit_code == 0, result.output
    (argv,) = calls
    assert argv[1:5] == ["-m", "datasette", "serve", str(db_path)]
    assert argv[argv.index("--port") + 1] == "8123" and argv[argv.index("--host") + 1] == "127.0.0.1"
    assert argv[argv.index("--metadata") + 1] == str(ROOT / "metadata.yml")


def test_serve_upgrades_an_older_file_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The site reads `articles.author`: a file an older release wrote gains
    it before Datasette opens it, its rows kept."""
    db_path = tmp_path / "quotes.db"
    with monkeypatch.context() as patch:
        patch.setattr(store, "MIGRATIONS", {v: m for v, m in store.MIGRATIONS.items() if v <= 2})
        store.open_db(db_path).close()
    monkeypatch.setattr(serve, "run", lambda argv: None)
    assert invoke("serve", "--db", db_path).exit_code == 0
    assert "author" in sqlite_utils.Database(db_path)["articles"].columns_dict


def test_serve_refuses_a_file_that_is_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db_path = tmp_path / "quotes.db"
    db_path.write_text("not a database", "utf-8")
    monkeypatch.setattr(serve, "run", lambda argv: pytest.fail("served a file that is no database"))
    result = invoke("serve", "--db", db_path)
    assert result.exit_code == 1
    assert result.output.count("\n") == 1 and str(db_path) in result.output and "cannot serve" in result.output


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_serve_command_line_really_serves(tmp_path: Path) -> None:
    db_path = tmp_path / "quotes.db"
    store.open_db(db_path).close()
    port = free_port()
    argv = serve.datasette_args(db_path, "127.0.0.1", port, serve.find_metadata())
    process = subprocess.Popen(argv, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/quotes.json", timeout=2) as response:
                    assert response.status == 200
                    break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"datasette did not start: {process.stderr.read().decode()[-2000:]}")
                time.sleep(0.2)
    finally:
        process.terminate()
        process.wait(timeout=10)
