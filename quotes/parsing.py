"""How paragraph texts become spaCy Docs: the one place that spends parse time.

Extraction asks for the paragraphs it needs (see extraction.paragraphs_to_parse);
this module decides how to parse them (batching, which pipes run).
"""
from __future__ import annotations

from typing import Callable, Iterable

from spacy.language import Language
from spacy.tokens import Doc

Parser = Callable[[list[str]], Iterable[Doc]]


def paragraph_parser(nlp: Language, batch_size: int = 64) -> Parser:
    """A parser of paragraph texts running the pipeline in batches."""

    def parse(texts: list[str]) -> Iterable[Doc]:
        return nlp.pipe(texts, batch_size=batch_size)

    return parse
