"""Ingest: read articles, extract their quotes, store both; count what happened.

Extraction (the slow part) runs outside any transaction; storing an article
is one short transaction in `store.store_article`. An article already in the
database (same content hash) is skipped before extraction, so a re-run after
a crash only does the work that is missing.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional, Union

import sqlite_utils

from quotes import sources, store
from quotes.model import Article, Quote

Extractor = Callable[[Article], list[Quote]]
Report = Callable[[str], None]


@dataclass
class Summary:
    """The outcome of an ingest, as printed at the end of `quotes ingest`."""

    new: int = 0
    skipped: int = 0
    failed: int = 0
    quotes: int = 0
    errors: list[str] = field(default_factory=list)
    stopped: bool = False  # --strict ended the run at the first error

    def line(self) -> str:
        return (f"articles: {self.new} new, {self.skipped} skipped, {self.failed} failed; "
                f"quotes stored: {self.quotes}")


def default_extractor(model: Optional[str] = None) -> Extractor:
    """extract_article, with the article's language pipeline (or the --model one)."""
    from quotes.extraction import extract_article

    return lambda article: extract_article(article, model=model)


class Ingester:
    """Feeds articles and source errors into a database, keeping the Summary."""

    def __init__(self, db: sqlite_utils.Database, extractor: Extractor,
                 report: Report = lambda message: None, strict: bool = False,
                 resolve_speaker: store.SpeakerResolver = store.default_speaker_resolver):
        self.db = db
        self.extractor = extractor
        self.report = report
        self.strict = strict
        self.resolve_speaker = resolve_speaker
        self.summary = Summary()

    def fail(self, message: str) -> None:
        self.summary.failed += 1
        self.summary.errors.append(message)
        self.report(message)
        if self.strict:
            self.summary.stopped = True

    def add(self, item: Union[Article, sources.SourceError]) -> None:
        """Store one article (or count one error); never raises for bad input."""
        if isinstance(item, sources.SourceError):
            self.fail(str(item))
            return
        if store.find_article(self.db, item.content_hash) is not None:
            self.summary.skipped += 1
            return
        try:
            quotes = self.extractor(item)
            stored = store.store_article(self.db, item, quotes, self.resolve_speaker)
        except Exception as exc:  # one article's failure must not end the batch
            self.fail(f"{item.path or item.doc}: could not extract or store {item.doc!r}: {type(exc).__name__}: {exc}")
            return
        if stored.new:
            self.summary.new += 1
            self.summary.quotes += stored.quotes
        else:
            self.summary.skipped += 1

    def add_file(self, path: Union[Path, sources.SourceError], metadata: Optional[dict[str, Any]] = None,
                 lang: Optional[str] = None, published: Optional[str] = None) -> None:
        """Every article of one file (a file is the unit of progress)."""
        if isinstance(path, sources.SourceError):
            self.add(path)
            return
        for item in sources.read_file(path, metadata, lang=lang, published=published):
            self.add(item)
            if self.summary.stopped:
                return


def ingest(db: sqlite_utils.Database, paths: Iterable[Union[str, Path]], extractor: Extractor,
           metadata: Optional[dict[str, Any]] = None, lang: Optional[str] = None,
           published: Optional[str] = None, strict: bool = False,
           report: Report = lambda message: None) -> Summary:
    """Ingest files and folders without a progress bar (the library entry point)."""
    ingester = Ingester(db, extractor, report=report, strict=strict)
    for path in sources.iter_files(paths):
        ingester.add_file(path, metadata, lang=lang, published=published)
        if ingester.summary.stopped:
            break
    return ingester.summary
