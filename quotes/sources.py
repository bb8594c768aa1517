"""Read news articles from files: .txt, .md, .html/.htm, .jsonl and .csv.

Every reader yields `Article` records and `SourceError` values side by side:
one unreadable file (or one bad line) must never stop a batch of thousands,
so problems are values the caller reports, not exceptions it must catch.

The `Article.text` made here is what every quote offset points into, so the
text of a .txt file is kept exactly as decoded (newlines included); only the
byte-order mark, which is part of the encoding rather than the text, is
dropped. An HTML page gives its main text and a Markdown file its rendered
text (markdown.py): what a reader sees, not the markup.
"""
from __future__ import annotations

import codecs
import csv
import io
import json
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional, Union

from quotes.langdetect import detect_language
from quotes.model import Article

TEXT_SUFFIXES = frozenset({".txt", ".md"})
HTML_SUFFIXES = frozenset({".html", ".htm"})
RECORD_SUFFIXES = frozenset({".jsonl", ".csv"})
CSV_FIELD_LIMIT = 2**31 - 1  # the largest the csv module accepts on every platform
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | RECORD_SUFFIXES

# Fields a JSONL/CSV record or a metadata line may carry, mapped to Article fields.
RECORD_FIELDS = {"title": "title", "url": "url", "published": "published",
                 "source": "outlet", "outlet": "outlet", "lang": "lang",
                 "author": "author", "authors": "author", "byline": "author"}


@dataclass(frozen=True)
class SourceError:
    """A file (or one record of it) that could not be read, and why."""

    path: str
    message: str
    line: Optional[int] = None

    def __str__(self) -> str:
        where = f"{self.path}: line {self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"


class SourceProblem(Exception):
    """Raised inside this module only; always turned into a SourceError."""


Item = Union[Article, SourceError]


# --- finding files -------------------------------------------------------

def iter_files(paths: Iterable[Union[str, Path]]) -> Iterator[Union[Path, SourceError]]:
    """Each file named, and each file under each folder named (recursive, sorted).

    Hidden files and folders (".DS_Store", ".git") inside a folder are passed
    over: they are never articles. Anything else is yielded, even with an
    unknown extension, so that the reader can say it was not read.
    """
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if not any(part.startswith(".") for part in child.relative_to(path).parts):
                    yield child
        elif path.exists():
            yield path
        else:
            yield SourceError(str(path), "no such file or directory")


# --- metadata ------------------------------------------------------------

def load_metadata(path: Union[str, Path]) -> tuple[dict[str, dict[str, Any]], list[SourceError]]:
    """Metadata lines keyed by file name, plus one error per unusable line.

    A line is `{"file": ..., "source": ..., "lang": ..., "published": ...,
    "url": ..., "title": ..., "author": ...}`; every field but `file` may be missing.
    """
    by_name: dict[str, dict[str, Any]] = {}
    errors: list[SourceError] = []
    try:
        text = decode(Path(path).read_bytes())
    except (OSError, SourceProblem) as exc:
        return by_name, [SourceError(str(path), _describe(exc))]
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            errors.append(SourceError(str(path), f"invalid JSON ({exc.msg})", number))
            continue
        if not isinstance(record, dict) or not isinstance(record.get("file"), str):
            errors.append(SourceError(str(path), 'expected an object with a "file" name', number))
            continue
        by_name[Path(record["file"]).name] = record
    return by_name, errors


def metadata_for(path: Path, metadata: Optional[dict[str, dict[str, Any]]]) -> dict[str, Any]:
    """The metadata line for a file, matched by file name (then by name without extension)."""
    if not metadata:
        return {}
    return metadata.get(path.name) or metadata.get(path.stem) or {}


# --- decoding ------------------------------------------------------------

_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))


def decode(data: bytes) -> str:
    """Bytes to text: UTF-8, or UTF-8/UTF-16 announced by a byte-order mark.

    No silent Latin-1 guess: a wrong guess corrupts names (Erdoğan) for ever,
    while an error tells the user to re-encode the file.
    """
    if not data.strip():
        raise SourceProblem("empty file")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError as exc:
                raise SourceProblem(f"undecodable bytes at offset {exc.start} ({encoding})") from exc
    if b"\x00" in data:
        raise SourceProblem("binary file (contains NUL bytes)")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise SourceProblem(
            f"undecodable bytes at offset {exc.start} (not UTF-8; re-encode the file as UTF-8)"
        ) from exc


def read_text(path: Path) -> str:
    """A file's decoded text, or SourceProblem saying why there is none."""
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        raise SourceProblem("file not found (removed during the run?)") from exc
    except OSError as exc:
        raise SourceProblem(exc.strerror or str(exc)) from exc
    text = decode(data)
    if not text.strip():
        raise SourceProblem("empty file")
    return text


def _describe(exc: BaseException) -> str:
    if isinstance(exc, OSError):
        return exc.strerror or str(exc)
    return str(exc)


# --- normalising fields --------------------------------------------------

def iso_day(value: Any) -> Optional[str]:
    """An ISO day from "2020-02-12" or "2020-02-12T10:00:00Z"; None when empty.

    Raises SourceProblem for anything else: a wrong date would silently
    mis-date every quote of the article.
    """
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    try:
        return date.fromisoformat(str(value).strip()[:10]).isoformat()
    except ValueError as exc:
        raise SourceProblem(f"published {value!r} is not an ISO date (YYYY-MM-DD)") from exc


def fields_from(record: dict[str, Any]) -> dict[str, Any]:
    """The Article fields found in a record or metadata line (empty values dropped)."""
    fields: dict[str, Any] = {}
    for key, attribute in RECORD_FIELDS.items():
        value = record.get(key)
        if value is None or (isinstance(value, str) and not value.strip()):
            continue
        if attribute == "author" and isinstance(value, list):
            value = ", ".join(str(v).strip() for v in value if str(v).strip())  # ["A. Doe", "B. Roe"]
        elif attribute == "author" and not isinstance(value, str):
            value = str(value)  # (a number or an object: kept as written, never a crash further on)
        if attribute not in fields:
            fields[attribute] = value.strip() if isinstance(value, str) else value
    if "published" in fields:
        fields["published"] = iso_day(fields["published"])
    return fields


# --- readers, one per format ---------------------------------------------

def read_plain(path: Path) -> Iterator[Article]:
    """A .txt file: the text exactly as decoded."""
    yield Article(doc=path.stem, text=read_text(path), path=str(path))


def read_markdown(path: Path) -> Iterator[Article]:
    """A .md file: its rendered text (see markdown.py), with the title,
    date, author, URL, outlet and language of its front matter, and its
    first heading for a title when the front matter gives none."""
    from quotes import markdown

    try:
        front, body = markdown.split_front_matter(read_text(path))
    except markdown.FrontMatterError as exc:
        raise SourceProblem(str(exc)) from exc
    text, heading = markdown.render(body)
    if not text.strip():
        raise SourceProblem("no article text (the Markdown holds only markup or front matter)")
    fields = fields_from({k: v for k, v in front.items() if k in RECORD_FIELDS})
    fields.setdefault("title", heading)
    source = "metadata" if fields.get("published") else None
    yield Article(doc=path.stem, text=text, path=str(path), published_source=source, **fields)


def read_html(path: Path) -> Iterator[Article]:
    """An HTML page: trafilatura's main text, with title, URL, date and author from the page."""
    import trafilatura  # slow import, only for the runs that need it

    document = trafilatura.bare_extraction(
        read_text(path), with_metadata=True, include_comments=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    found = _as_dict(document)
    text = found.get("text") or ""
    if not text.strip():
        raise SourceProblem("no article text found in the HTML")
    published = _safe_iso_day(found.get("date"))
    yield Article(doc=path.stem, text=text, title=found.get("title") or None,
                  url=found.get("url") or None, published=published,
                  published_source="html" if published else None, path=str(path),
                  author=found.get("author") or None)


def _as_dict(document: Any) -> dict[str, Any]:
    if document is None:
        return {}
    if isinstance(document, dict):
        return document
    return document.as_dict()


def _safe_iso_day(value: Any) -> Optional[str]:
    try:
        return iso_day(value)
    except SourceProblem:
        return None


def read_jsonl(path: Path) -> Iterator[Union[Article, SourceError]]:
    """One article per line; a bad line is an error naming its line, the others load."""
    text = read_text(path)
    record_number = 0
    for line_number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        record_number += 1
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield SourceError(str(path), f"invalid JSON ({exc.msg})", line_number)
            continue
        yield _record_article(path, record, record_number, line_number)


def read_csv(path: Path) -> Iterator[Union[Article, SourceError]]:
    """One article per row, with a header naming at least a `text` column."""
    # The csv module's default cap (128 KiB a field) is less than a long article.
    csv.field_size_limit(max(csv.field_size_limit(), CSV_FIELD_LIMIT))
    reader = csv.DictReader(io.StringIO(read_text(path), newline=""))
    try:
        columns = reader.fieldnames or []
    except csv.Error as exc:
        raise SourceProblem(f"invalid CSV header ({exc})") from exc
    if "text" not in columns:
        raise SourceProblem(f"no 'text' column (columns: {', '.join(columns) or 'none'})")
    record_number = 0
    line_number = reader.line_num + 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:  # the rows before it are kept; the reader cannot resync after it
            yield SourceError(str(path), f"invalid CSV ({exc}); the rest of the file was not read", line_number)
            return
        record_number += 1
        yield _record_article(path, row, record_number, line_number)
        line_number = reader.line_num + 1


def _is_encodable(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _record_article(path: Path, record: Any, number: int, line: int) -> Union[Article, SourceError]:
    """An Article from one JSONL/CSV record, or the error that names its line."""
    if not isinstance(record, dict):
        return SourceError(str(path), "expected a JSON object", line)
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return SourceError(str(path), "no article text (missing or empty 'text')", line)
    for key, value in record.items():
        if isinstance(value, str) and not _is_encodable(value):
            # A JSON escape such as "\ud800" decodes to a lone surrogate that
            # neither the content hash nor SQLite can encode.
            return SourceError(str(path), f"'{key}' holds an invalid character (a lone UTF-16 surrogate)", line)
    doc = record.get("id") or record.get("doc") or f"{path.stem}-{number}"
    try:
        fields = fields_from(record)
    except SourceProblem as exc:
        return SourceError(str(path), str(exc), line)
    source = "metadata" if fields.get("published") else None
    return Article(doc=str(doc), text=text, path=str(path), published_source=source, **fields)


READERS = {".txt": read_plain, ".md": read_markdown, **{s: read_html for s in HTML_SUFFIXES},
           ".jsonl": read_jsonl, ".csv": read_csv}


# --- completing an article -----------------------------------------------

def complete(article: Article, meta: dict[str, Any], lang: Optional[str] = None,
             published: Optional[str] = None) -> Article:
    """Fill language and published date, in order of trust.

    Published: the command line, then the metadata file, then the record or
    HTML itself, then a byline/dateline date in the text. Language: the
    command line, then metadata, then the record, then detection.
    """
    updates: dict[str, Any] = {}
    from_meta = fields_from(meta)
    for attribute in ("title", "url", "outlet", "author"):
        if from_meta.get(attribute):
            updates[attribute] = from_meta[attribute]
    chosen_lang = lang or from_meta.get("lang") or article.lang or detect_language(article.text)
    updates["lang"] = chosen_lang
    given = published or from_meta.get("published")
    if given:
        updates.update(published=iso_day(given), published_source="metadata")
    elif not article.published:
        byline = find_byline_date(article.text, chosen_lang)
        if byline:
            updates.update(published=byline, published_source="byline")
    return replace(article, **updates)


def find_byline_date(text: str, lang: str) -> Optional[str]:
    """The article's own date line, via the dates module (owned elsewhere)."""
    from quotes.dates import find_published_date

    return find_published_date(text, lang)


# --- the public entry points ---------------------------------------------

def read_file(path: Path, metadata: Optional[dict[str, dict[str, Any]]] = None,
              lang: Optional[str] = None, published: Optional[str] = None) -> Iterator[Item]:
    """Every article of one file (or the errors that say why not)."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(SUPPORTED_SUFFIXES))
        yield SourceError(str(path), f"unknown file type {path.suffix or '(none)'!r} (known: {known})")
        return
    meta = metadata_for(path, metadata)
    try:
        for item in reader(path):
            if isinstance(item, SourceError):
                yield item
                continue
            try:
                yield complete(item, meta, lang=lang, published=published)
            except SourceProblem as exc:
                yield SourceError(str(path), str(exc))
            except Exception as exc:  # e.g. a date-finder bug: lose this article, not the file
                yield SourceError(str(path), f"could not complete {item.doc!r}: {type(exc).__name__}: {exc}")
    except SourceProblem as exc:
        yield SourceError(str(path), str(exc))
    except Exception as exc:  # a parser bug must not end the batch
        yield SourceError(str(path), f"could not read: {type(exc).__name__}: {exc}")


def read_sources(paths: Iterable[Union[str, Path]], metadata: Optional[dict[str, dict[str, Any]]] = None,
                 lang: Optional[str] = None, published: Optional[str] = None) -> Iterator[Item]:
    """Every article under the given files and folders, errors interleaved."""
    for found in iter_files(paths):
        if isinstance(found, SourceError):
            yield found
        else:
            yield from read_file(found, metadata, lang=lang, published=published)
