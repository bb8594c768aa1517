"""Find, attribute and date the direct quotations in news articles.

    >>> import quotes
    >>> [q.speaker for q in quotes.extract('"We will win," Hillary Clinton said.', lang="en")]
    ['Hillary Clinton']

The spaCy component is registered as "quotes": `nlp.add_pipe("quotes")`
fills `doc._.quotes`.
"""
from .extraction import extract, extract_article
from .model import Article, Quote

COMPONENT = "quotes"

__all__ = ["extract", "extract_article", "Article", "Quote", "COMPONENT"]
