"""`quotes ingest` on hostile input, end to end: the real CLI, the real extractor, a real SQLite file.

Each bad file gives exactly one stderr line naming the file (and the line,
for a record) and what is wrong; every good file is stored; the exit status
is 1 when anything failed; --strict stops at the first failure. The reader
rules themselves are unit-tested in test_sources.py; this file checks that
they survive the whole command path.
"""
from __future__ import annotations

import codecs
import csv
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import psutil
import pytest
import sqlite_utils
from click.testing import CliRunner

from quotes import sources
from quotes.cli import cli

ROOT = Path(__file__).resolve().parent.parent
EN = "“We will strike the regime everywhere,” Erdogan said on Wednesday.\n\nThe talks went on late.\n"
FR = "« Nous ne reculerons pas », a déclaré M. Erdogan jeudi.\n"


@pytest.fixture(autouse=True)
def warm_pipelines(nlp_en, nlp_fr):
    """The real extractor, loaded once for the session (load_pipeline is cached)."""


def ingest(*args, catch: bool = False):
    result = CliRunner().invoke(cli, ["ingest", "--jobs", "1", *map(str, args)], catch_exceptions=catch)
    return result


def stored_docs(db_path: Path) -> list[str]:
    return sorted(r["doc"] for r in sqlite_utils.Database(db_path)["articles"].rows)


def check_offsets(db_path: Path) -> None:
    db = sqlite_utils.Database(db_path)
    for row in db.query('SELECT q.text, q.start, q."end", a.text AS article FROM quotes q '
                        "JOIN articles a ON a.id = q.article_id"):
        assert row["article"][row["start"]:row["end"]] == row["text"]


def hostile_folder(folder: Path) -> dict[str, str]:
    """Good and bad files side by side; the bad ones mapped to the message their line must carry."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "good.txt").write_text(EN, "utf-8")
    (folder / "good-crlf.txt").write_bytes(EN.replace("\n", "\r\n").replace("Wednesday", "Thursday").encode())
    (folder / "utf16.txt").write_bytes(codecs.BOM_UTF16_LE + FR.encode("utf-16-le"))
    (folder / "broken.html").write_text(
        "<html><head><title>Idlib</title></head><body><article><p>“We will not retreat from Idlib,” "
        "Erdogan told parliament in Ankara on Wednesday, as the army sent more troops to the border."
        "<p>Russia said the talks would go on.<div><span><p", "utf-8")
    (folder / "feed.jsonl").write_text("\n".join([
        json.dumps({"id": "wire-1", "text": EN.replace("Erdogan", "Putin")}),
        '{"id": "wire-2", "text": "unterminated',
        json.dumps({"id": "wire-3", "text": FR.replace("jeudi", "vendredi")}),
    ]) + "\n", "utf-8")
    (folder / "surrogate.jsonl").write_text('{"id": "s", "text": "\\"Bad \\ud800,\\" he said."}\n', "utf-8")
    with (folder / "long-field.csv").open("w", encoding="utf-8", newline="") as out:
        csv.writer(out).writerows([["id", "text"], ["long", "“It is long,” Putin said.\n" + "word " * 30000]])
    bad = {
        "empty.txt": "empty file",
        "binary.txt": "binary file (contains NUL bytes)",
        "latin1.txt": "undecodable bytes at offset 5 (not UTF-8; re-encode the file as UTF-8)",
        "notext.csv": "no 'text' column (columns: id, body)",
        "nothing.html": "no article text found in the HTML",
        "feed.jsonl": "line 2: invalid JSON",
        "surrogate.jsonl": "line 1: 'text' holds an invalid character",
        "photo.png": "unknown file type '.png'",
        "frontmatter.md": "front matter is not valid YAML (line 3)",
        "only-markup.md": "no article text (the Markdown holds only markup or front matter)",
    }
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (folder / "latin1.txt").write_bytes("Le président a dit « non ».".encode("latin-1"))
    (folder / "notext.csv").write_text("id,body\n1,“Hello,” he said.\n", "utf-8")
    (folder / "nothing.html").write_text("<html><body><div", "utf-8")
    (folder / "photo.png").write_bytes(b"\x89PNG\r\n")
    (folder / "frontmatter.md").write_text("---\ntitle: Idlib\ndate: [2020-02-12\n---\n\n" + EN, "utf-8")
    (folder / "only-markup.md").write_text("---\ntitle: Idlib\n---\n\n![a photo](photo.png)\n", "utf-8")
    return bad


GOOD_DOCS = ["broken", "good", "good-crlf", "long", "utf16", "wire-1", "wire-3"]


def test_hostile_batch_one_line_per_bad_file_and_the_rest_stored(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    bad = hostile_folder(folder)
    db_path = tmp_path / "db" / "quotes.db"
    result = ingest(folder, "--db", db_path)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == len(bad), lines
    for name, message in bad.items():
        [line] = [line for line in lines if line.startswith(f"{folder / name}: ")]
        assert message in line, line
    assert "Traceback" not in result.output
    assert stored_docs(db_path) == GOOD_DOCS
    assert result.stdout.strip().startswith(f"articles: {len(GOOD_DOCS)} new, 0 skipped, {len(bad)} failed")
    check_offsets(db_path)
    db = sqlite_utils.Database(db_path)
    texts = {r["doc"]: r["text"] for r in db["articles"].rows}
    assert texts["utf16"] == FR  # BOM dropped, text exact
    assert "\r\n" in texts["good-crlf"]  # kept as given: offsets point into it
    assert len(texts["long"]) > 150_000  # a CSV field over the csv module's 128 KiB default
    quoted = {r["text"] for r in db["quotes"].rows}
    assert {"We will strike the regime everywhere,", "Nous ne reculerons pas", "It is long,"} <= quoted


def test_rerun_stores_nothing_more_and_reports_the_same_problems(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    bad = hostile_folder(folder)
    db_path = tmp_path / "quotes.db"
    first = ingest(folder, "--db", db_path)
    second = ingest(folder, "--db", db_path)
    assert second.exit_code == 1
    assert sorted(second.stderr.splitlines()) == sorted(first.stderr.splitlines())
    assert second.stdout.strip().startswith(f"articles: 0 new, {len(GOOD_DOCS)} skipped, {len(bad)} failed")


def test_strict_stops_at_the_first_bad_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    hostile_folder(folder)
    db_path = tmp_path / "quotes.db"
    result = ingest(folder, "--db", db_path, "--strict")
    assert result.exit_code == 1
    # Files go in name order: binary.txt is the first (and a bad one); nothing after it is read.
    assert result.stderr.splitlines() == [f"{folder / 'binary.txt'}: binary file (contains NUL bytes)"]
    assert "--strict" in result.stdout
    assert stored_docs(db_path) == []


def test_strict_stops_inside_a_jsonl_file(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "feed.jsonl").write_text(
        json.dumps({"id": "one", "text": EN}) + "\n{bad\n" + json.dumps({"id": "three", "text": FR}) + "\n", "utf-8")
    result = ingest(folder, "--db", tmp_path / "quotes.db", "--strict")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        f"{folder / 'feed.jsonl'}: line 2: invalid JSON (Expecting property name enclosed in double quotes)"]
    assert stored_docs(tmp_path / "quotes.db") == ["one"]


def test_only_bad_files_exit_1_with_an_empty_database(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "empty.txt").write_bytes(b"")
    result = ingest(folder, "--db", tmp_path / "quotes.db")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{folder / 'empty.txt'}: empty file"]
    assert stored_docs(tmp_path / "quotes.db") == []


def test_a_file_that_disappears_mid_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The file list is made first; b.txt is deleted while a.txt is being read (a deterministic race)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in (("a.txt", EN), ("b.txt", FR), ("c.txt", EN.replace("Erdogan", "Putin"))):
        (folder / name).write_text(text, "utf-8")
    real_read_file = sources.read_file

    def read_file_then_delete(path, *args, **kwargs):
        if path.name == "a.txt":
            (folder / "b.txt").unlink()
        return real_read_file(path, *args, **kwargs)

    monkeypatch.setattr(sources, "read_file", read_file_then_delete)
    result = ingest(folder, "--db", tmp_path / "quotes.db")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{folder / 'b.txt'}: file not found (removed during the run?)"]
    assert stored_docs(tmp_path / "quotes.db") == ["a", "c"]


def test_a_path_that_does_not_exist(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN, "utf-8")
    result = ingest(tmp_path / "a.txt", tmp_path / "gone.txt", "--db", tmp_path / "db" / "quotes.db")
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [f"{tmp_path / 'gone.txt'}: no such file or directory"]
    assert stored_docs(tmp_path / "db" / "quotes.db") == ["a"]


# --- a 50 MB file --------------------------------------------------------------------

def write_big_article(path: Path, size: int) -> int:
    """`size` bytes of one article: one paragraph per line, a quote every 500 paragraphs."""
    filler = ("The minister spoke at length about the economy, the border and the talks in Ankara "
              "while the parliament debated the budget late into the night. ")
    quotes = 0
    with path.open("w", encoding="utf-8") as out:
        written, n = 0, 0
        while written < size:
            n += 1
            if n % 500 == 0:
                line = f"“We will strike number {n} everywhere,” Erdogan said.\n"
                quotes += 1
            else:
                line = filler * 3 + "\n"
            out.write(line)
            written += len(line.encode("utf-8"))
    return quotes


@pytest.mark.slow
def test_a_50_mb_file_is_stored_in_bounded_time_and_memory(tmp_path: Path) -> None:
    """A real `quotes ingest` subprocess, its peak memory sampled while it runs."""
    folder = tmp_path / "in"
    folder.mkdir()
    quotes = write_big_article(folder / "huge.txt", 50 * 1024 * 1024)
    (folder / "small.txt").write_text(FR, "utf-8")
    db_path = tmp_path / "quotes.db"
    started = time.monotonic()
    process = subprocess.Popen([sys.executable, "-c", "from quotes.cli import cli; cli()", "ingest", str(folder), "--db", str(db_path),
                                "--jobs", "1"], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, PYTHONPATH=str(ROOT)))
    watched = psutil.Process(process.pid)
    peak = 0
    while process.poll() is None:
        try:
            peak = max(peak, sum(p.memory_info().rss for p in [watched, *watched.children(recursive=True)]))
        except psutil.Error:
            pass
        if time.monotonic() - started > 300:
            process.kill()
            pytest.fail("a 50 MB file took more than 5 minutes")
        time.sleep(0.2)
    out, err = process.communicate()
    elapsed = time.monotonic() - started
    assert process.returncode == 0, err
    assert out.strip() == f"articles: 2 new, 0 skipped, 0 failed; quotes stored: {quotes + 1}"
    assert peak < 1.5 * 1024 ** 3, f"peak RSS {peak / 1024 ** 2:.0f} MB"
    print(f"50 MB file: {elapsed:.1f} s, peak RSS {peak / 1024 ** 2:.0f} MB")
    db = sqlite_utils.Database(db_path)
    assert len(db.execute("SELECT text FROM articles WHERE doc = 'huge'").fetchone()[0]) > 50_000_000
    check_offsets(db_path)
