"""Reading articles from files: every format, every bad input as a one-line error."""
from __future__ import annotations

import codecs
import json
from pathlib import Path

import pytest

from quotes import sources
from quotes.model import Article
from quotes.sources import SourceError

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_METADATA = ROOT / "data" / "sample-metadata.jsonl"

EN_TEXT = 'Turkey will strike the regime "everywhere", the president said on Wednesday.\n'
FR_TEXT = "« Nous frapperons le régime partout », a déclaré le président de la Turquie.\n"

HTML = """<html><head><title>Erdogan warns Syria</title>
<meta property="og:url" content="https://example.com/erdogan">
<meta property="article:published_time" content="2020-02-12T10:00:00Z"></head>
<body><nav>Home | World</nav><article><h1>Erdogan warns Syria</h1>
<p>Turkey will strike the regime "everywhere" in Syria if there is another attack on its forces,
Recep Tayyip Erdogan said on Wednesday during a speech in Ankara.</p>
<p>"I declare that we will strike the regime everywhere," he said, in a rare outing against Moscow,
a key ally of the Syrian regime.</p></article><footer>Copyright</footer></body></html>"""


@pytest.fixture(autouse=True)
def no_byline(monkeypatch: pytest.MonkeyPatch) -> None:
    """The byline finder belongs to quotes.dates; these tests pin its answer."""
    monkeypatch.setattr(sources, "find_byline_date", lambda text, lang: None)


def read(*paths, **kwargs) -> list:
    return list(sources.read_sources(paths, **kwargs))


def only_article(items: list) -> Article:
    assert len(items) == 1 and isinstance(items[0], Article), items
    return items[0]


def only_error(items: list) -> SourceError:
    assert len(items) == 1 and isinstance(items[0], SourceError), items
    return items[0]


# --- formats -------------------------------------------------------------

@pytest.mark.parametrize("suffix", [".txt", ".TXT"])
def test_plain_text_is_kept_exactly(tmp_path: Path, suffix: str) -> None:
    text = "# Title\r\n\r\n" + EN_TEXT + "  trailing spaces  \n"
    path = tmp_path / f"story{suffix}"
    path.write_bytes(text.encode("utf-8"))
    article = only_article(read(path))
    assert article.text == text
    assert article.doc == "story"
    assert article.path == str(path)
    assert article.lang == "en"
    assert article.published is None and article.published_source is None


def test_language_is_detected(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FR_TEXT, "utf-8")
    assert only_article(read(tmp_path / "fr.txt")).lang == "fr"


def test_language_option_overrides_detection(tmp_path: Path) -> None:
    (tmp_path / "fr.txt").write_text(FR_TEXT, "utf-8")
    assert only_article(read(tmp_path / "fr.txt", lang="en")).lang == "en"


def test_html_main_text_and_metadata(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, "utf-8")
    article = only_article(read(tmp_path / "page.html"))
    assert article.doc == "page"
    assert article.title == "Erdogan warns Syria"
    assert article.url == "https://example.com/erdogan"
    assert (article.published, article.published_source) == ("2020-02-12", "html")
    assert '"I declare that we will strike the regime everywhere," he said' in article.text
    assert "Copyright" not in article.text and "<p>" not in article.text


def test_htm_without_article_text_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "empty.htm").write_text("<html><body><script>x()</script></body></html>", "utf-8")
    error = only_error(read(tmp_path / "empty.htm"))
    assert str(error).startswith(f"{tmp_path / 'empty.htm'}: ")


def test_jsonl_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    lines = [
        {"id": "a1", "text": EN_TEXT, "title": "T", "url": "https://x/1", "published": "2020-02-12",
         "source": "France 24", "lang": "en"},
        {"text": FR_TEXT},
        {"doc": "c3", "text": EN_TEXT + "again", "published": "2020-03-05T08:00:00+03:00"},
    ]
    path.write_text("\n".join(json.dumps(line, ensure_ascii=False) for line in lines) + "\n\n", "utf-8")
    first, second, third = read(path)
    assert (first.doc, first.text, first.title, first.url, first.outlet) == ("a1", EN_TEXT, "T", "https://x/1", "France 24")
    assert (first.published, first.published_source, first.lang) == ("2020-02-12", "metadata", "en")
    assert (second.doc, second.text, second.lang, second.published) == ("feed-2", FR_TEXT, "fr", None)
    assert (third.doc, third.published) == ("c3", "2020-03-05")


def test_jsonl_bad_lines_name_their_line_and_the_rest_loads(tmp_path: Path) -> None:
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join([
        json.dumps({"text": EN_TEXT}),
        "{not json",
        json.dumps(["a", "list"]),
        json.dumps({"title": "no text"}),
        json.dumps({"text": EN_TEXT + "!", "published": "yesterday"}),
        json.dumps({"text": FR_TEXT}),
    ]), "utf-8")
    items = read(path)
    errors = [str(i) for i in items if isinstance(i, SourceError)]
    assert [a.doc for a in items if isinstance(a, Article)] == ["feed-1", "feed-6"]
    assert [e.split(": ")[1] for e in errors] == ["line 2", "line 3", "line 4", "line 5"]
    assert all(e.startswith(f"{path}: line ") and "\n" not in e for e in errors)
    assert "invalid JSON" in errors[0] and "text" in errors[2] and "ISO date" in errors[3]


def test_csv_records(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text(
        'id,title,text,source,published,lang\r\n'
        'x1,First,"He said: ""We will strike.""\nSecond paragraph.",Le Monde,2020-02-28,fr\r\n'
        ',Second,Turkey will strike the regime everywhere the president said.,,,\r\n', "utf-8")
    first, second = read(path)
    assert first.doc == "x1" and first.text == 'He said: "We will strike."\nSecond paragraph.'
    assert (first.outlet, first.published, first.lang, first.title) == ("Le Monde", "2020-02-28", "fr", "First")
    assert second.doc == "feed-2" and second.outlet is None and second.lang == "en"


def test_who_signed_comes_from_the_record_the_metadata_or_the_page(tmp_path: Path) -> None:
    """"author", "authors" (a list joined) or "byline"; a metadata line
    wins over the record, as for the title."""
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(line) for line in [
        {"text": EN_TEXT, "author": "Jane Doe"},
        {"text": EN_TEXT + "!", "authors": ["Jane Doe", "John Roe"]},
        {"text": EN_TEXT + "?", "byline": "By Ann Lee"},
        {"text": EN_TEXT + "."},
        {"text": EN_TEXT + "!!", "author": 42},
    ]), "utf-8")
    assert [a.author for a in read(feed)] == ["Jane Doe", "Jane Doe, John Roe", "By Ann Lee", None, "42"]
    (tmp_path / "op-ed.txt").write_text(EN_TEXT, "utf-8")
    meta = tmp_path / "meta.jsonl"
    meta.write_text(json.dumps({"file": "op-ed.txt", "author": "Maria Ruiz"}) + "\n", "utf-8")
    by_name, errors = sources.load_metadata(meta)
    assert not errors and only_article(read(tmp_path / "op-ed.txt", metadata=by_name)).author == "Maria Ruiz"
    page = HTML.replace("<title>", '<meta name="author" content="Jane Doe"><title>')
    (tmp_path / "page.html").write_text(page, "utf-8")
    assert only_article(read(tmp_path / "page.html")).author == "Jane Doe"


def test_csv_without_text_column_is_one_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text("title,body\nA,B\n", "utf-8")
    error = only_error(read(path))
    assert str(error) == f"{path}: no 'text' column (columns: title, body)"


def test_csv_row_without_text_names_its_line(tmp_path: Path) -> None:
    path = tmp_path / "feed.csv"
    path.write_text('title,text\nA,"' + EN_TEXT.strip().replace('"', '""') + '"\nB,\nC,Le président a parlé\n', "utf-8")
    items = read(path)
    assert [str(i) for i in items if isinstance(i, SourceError)] == [
        f"{path}: line 3: no article text (missing or empty 'text')"]
    assert [a.doc for a in items if isinstance(a, Article)] == ["feed-1", "feed-3"]


# --- metadata and published dates ----------------------------------------

def test_sample_corpus_with_metadata() -> None:
    metadata, errors = sources.load_metadata(SAMPLE_METADATA)
    assert errors == []
    articles = {a.doc: a for a in read(SAMPLE_DIR, metadata=metadata)}
    assert sorted(articles) == sorted(p.stem for p in SAMPLE_DIR.glob("*.txt"))
    lemonde = articles["lemonde-2020-02-28-turquie-russie-idlib"]
    assert (lemonde.outlet, lemonde.lang, lemonde.published, lemonde.published_source) == (
        "Le Monde", "fr", "2020-02-28", "metadata")
    assert lemonde.title.startswith("La Turquie et la Russie")
    assert articles["voltaire-2020-02-erdogan-idlib"].published is None
    for article in articles.values():
        assert article.text == Path(article.path).read_bytes().decode("utf-8")


def test_metadata_wins_over_html_date(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, "utf-8")
    meta = {"page.html": {"file": "page.html", "published": "2020-02-13", "source": "France 24"}}
    article = only_article(read(tmp_path / "page.html", metadata=meta))
    assert (article.published, article.published_source, article.outlet) == ("2020-02-13", "metadata", "France 24")


def test_published_option_wins_over_everything(tmp_path: Path) -> None:
    (tmp_path / "page.html").write_text(HTML, "utf-8")
    meta = {"page.html": {"file": "page.html", "published": "2020-02-13"}}
    article = only_article(read(tmp_path / "page.html", metadata=meta, published="2021-01-01"))
    assert (article.published, article.published_source) == ("2021-01-01", "metadata")


def test_byline_date_is_the_last_resort(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    seen = []
    monkeypatch.setattr(sources, "find_byline_date", lambda text, lang: seen.append(lang) or "2020-02-11")
    (tmp_path / "a.txt").write_text(FR_TEXT, "utf-8")
    (tmp_path / "page.html").write_text(HTML, "utf-8")
    by_doc = {a.doc: a for a in read(tmp_path)}
    assert (by_doc["a"].published, by_doc["a"].published_source) == ("2020-02-11", "byline")
    assert seen == ["fr"]  # asked with the detected language, and never for the dated HTML
    assert by_doc["page"].published_source == "html"


def test_bad_metadata_lines_are_reported(tmp_path: Path) -> None:
    path = tmp_path / "meta.jsonl"
    path.write_text('{"file": "a.txt", "lang": "fr"}\nnope\n{"lang": "en"}\n', "utf-8")
    metadata, errors = sources.load_metadata(path)
    assert list(metadata) == ["a.txt"]
    assert [str(e) for e in errors] == [f"{path}: line 2: invalid JSON (Expecting value)",
                                        f'{path}: line 3: expected an object with a "file" name']


def test_invalid_metadata_date_is_an_error_for_that_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(EN_TEXT, "utf-8")
    error = only_error(read(tmp_path / "a.txt", metadata={"a.txt": {"published": "12/02/2020"}}))
    assert "not an ISO date" in str(error)


# --- decoding ------------------------------------------------------------

def test_utf8_bom_is_dropped(tmp_path: Path) -> None:
    (tmp_path / "bom.txt").write_bytes(codecs.BOM_UTF8 + FR_TEXT.encode("utf-8"))
    assert only_article(read(tmp_path / "bom.txt")).text == FR_TEXT


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_with_bom(tmp_path: Path, encoding: str) -> None:
    data = FR_TEXT.encode(encoding)
    if encoding != "utf-16":
        data = (codecs.BOM_UTF16_LE if encoding.endswith("le") else codecs.BOM_UTF16_BE) + data
    (tmp_path / "u16.txt").write_bytes(data)
    assert only_article(read(tmp_path / "u16.txt")).text == FR_TEXT


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b" \n\t\n", "empty file"),
        ("bom-only.txt", codecs.BOM_UTF8, "empty file"),
        ("binary.txt", b"PK\x03\x04\x00\x00binary", "binary file (contains NUL bytes)"),
        ("latin1.txt", "Le président".encode("latin-1"), "undecodable bytes at offset 5 (not UTF-8"),
        ("photo.jpg", b"\xff\xd8\xff", "unknown file type '.jpg'"),
        ("README", b"hello", "unknown file type '(none)'"),
        ("empty.jsonl", b"", "empty file"),
        ("latin1.csv", "text\nété".encode("latin-1"), "undecodable bytes at offset 5"),
    ],
)
def test_bad_files_give_one_line_naming_the_file(tmp_path: Path, name: str, data: bytes, message: str) -> None:
    (tmp_path / name).write_bytes(data)
    error = str(only_error(read(tmp_path / name)))
    assert error.startswith(f"{tmp_path / name}: {message}")
    assert "\n" not in error


def test_missing_path_is_an_error_value(tmp_path: Path) -> None:
    assert str(only_error(read(tmp_path / "nope.txt"))) == f"{tmp_path / 'nope.txt'}: no such file or directory"


def test_file_removed_mid_run_fails_alone(tmp_path: Path) -> None:
    for name in ("a.txt", "b.txt", "c.txt"):
        (tmp_path / name).write_text(EN_TEXT + name, "utf-8")
    items = []
    for path in sources.iter_files([tmp_path]):
        if path.name == "a.txt":
            (tmp_path / "b.txt").unlink()
        items.extend(sources.read_file(path))
    assert [i.doc for i in items if isinstance(i, Article)] == ["a", "c"]
    assert [str(i) for i in items if isinstance(i, SourceError)] == [
        f"{tmp_path / 'b.txt'}: file not found (removed during the run?)"]


# --- folders -------------------------------------------------------------

def test_folders_are_read_recursively_in_order_and_errors_do_not_stop_the_batch(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text(EN_TEXT, "utf-8")
    (tmp_path / "b" / "a.md").write_text(FR_TEXT, "utf-8")
    (tmp_path / "a.txt").write_text(EN_TEXT + "a", "utf-8")
    (tmp_path / "bad.txt").write_bytes(b"")
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x01")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref", "utf-8")
    items = read(tmp_path)
    names = [Path(i.path).relative_to(tmp_path).as_posix() for i in items]
    assert names == ["a.txt", "b/a.md", "b/z.txt", "bad.txt"]
    assert [type(i) for i in items] == [Article, Article, Article, SourceError]
