"""The typed records that flow through the tracker: an Article in, Quotes out.

They are plain dataclasses so that they serialise to the JSON contract of
`quotes extract` (see design.md) with `dataclasses.asdict` and nothing else.
"""
from __future__ import annotations

import hashlib
from dataclasses import asdict, dataclass, field
from typing import Any, Optional


@dataclass
class Article:
    """One news article as read from a file or a record.

    `text` is exactly what every offset points into: sources must never
    normalise it after this record is made.
    """

    doc: str
    text: str
    title: Optional[str] = None
    url: Optional[str] = None
    published: Optional[str] = None  # ISO day
    published_source: Optional[str] = None  # metadata / byline / html / dateline
    outlet: Optional[str] = None
    lang: Optional[str] = None
    path: Optional[str] = None
    # Who signed it: the "I" of its own prose ('"…," I said') is this person.
    author: Optional[str] = None

    @property
    def content_hash(self) -> str:
        """Identity of an article's content: the same text is stored once."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()


@dataclass
class Quote:
    """One direct quotation, attributed and dated: the data contract."""

    doc: str
    text: str
    start: int
    end: int
    kind: str  # "full" | "partial"
    speaker: Optional[str] = None
    speaker_mention: Optional[str] = None
    speaker_start: Optional[int] = None
    speaker_end: Optional[int] = None
    cue: Optional[str] = None
    cue_start: Optional[int] = None
    cue_end: Optional[int] = None
    date: Optional[str] = None
    date_source: Optional[str] = None  # "text" | "article" | None
    lang: Optional[str] = None
    # Beyond the minimal contract: what the site and the speaker index need.
    date_precision: Optional[str] = None  # "day" | "month" | "year"
    speaker_kind: Optional[str] = None  # person | organisation | anonymous | group
    speaker_titles: list[str] = field(default_factory=list)
    # Which rule attributed it (cue, according, colon, dash, continuation,
    # inherited; repeated for a headline's words the story quotes below):
    # lets a user judge, and error analysis group, attributions.
    attribution: Optional[str] = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
