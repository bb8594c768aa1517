"""Find, attribute and date the direct quotations in news articles.

    >>> import quotes
    >>> [q.speaker for q in quotes.extract('"We will win," Hillary Clinton said.', lang="en")]
    ['Hillary Clinton']

The spaCy component is registered as "quotes": `nlp.add_pipe("quotes")`
fills `doc._.quotes`. spaCy is imported on first use of `extract`, so the
Datasette plugin and the CLI start fast.
"""
from typing import Any

from .model import Article, Quote

COMPONENT = "quotes"

__all__ = ["extract", "extract_article", "Article", "Quote", "COMPONENT"]


def __getattr__(name: str) -> Any:
    if name in ("extract", "extract_article"):
        from . import extraction

        return getattr(extraction, name)
    raise AttributeError(f"module 'quotes' has no attribute {name!r}")
