"""Pick, load and cache the spaCy pipeline of a language; register the component.

Pipelines are PyPI packages (no download at run time). The best installed
pipeline wins (trf > lg > md > sm), and a user can name another one with the
`model` argument, the `--model` option or the QUOTES_MODEL_<LANG> variable.
"""
from __future__ import annotations

import importlib.util
import os
import threading
from contextlib import contextmanager
from functools import lru_cache
from typing import Iterator, Optional

import spacy
from spacy.language import Language
from spacy.symbols import ORTH
from spacy.tokens import Doc
from spacy.util import compile_infix_regex

from .lang import available, words
from .marks import QUOTE_MARK_CHARS

_LOCK = threading.Lock()


def installed_pipelines(lang: str) -> list[str]:
    """The pipeline packages of a language installed here, best first."""
    return [name for name in words(lang).SPACY_PIPELINES if importlib.util.find_spec(name) is not None]


def choose_pipeline(lang: str, model: Optional[str] = None) -> str:
    """The pipeline to load: the one asked for, else the best installed one."""
    model = model or os.environ.get(f"QUOTES_MODEL_{lang.upper()}")
    if model:
        return model
    found = installed_pipelines(lang)
    if not found:
        wanted = ", ".join(words(lang).SPACY_PIPELINES)
        raise RuntimeError(f"no spaCy pipeline installed for {lang!r}: pip install one of {wanted}")
    return found[0]


# '…audiences,"Katie Packer said' / 'said,"We will': a double mark glued to
# the words around it (a typo) is still a token of its own, and so is the
# punctuation it closes; otherwise "audiences,\"Katie" hides both the mark
# and the speaker's name from the parser.
_MARK = QUOTE_MARK_CHARS
GLUED_MARK_INFIXES = [
    rf"(?<=\w)[^\w\s{_MARK}]+(?=[{_MARK}])",  # 'audiences,' before the mark
    rf"[{_MARK}]",
    rf"(?<=[{_MARK}])[^\w\s{_MARK}]+",  # '—and' after it
]


def split_glued_marks(nlp: Language) -> Language:
    """Teach the pipeline's tokenizer to split glued quotation marks."""
    infixes = list(nlp.Defaults.infixes or []) + GLUED_MARK_INFIXES
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@contextmanager
def stock_tokenizer(nlp: Language) -> Iterator[Language]:
    """spaCy's own tokenizer for a while, without the glued-mark infixes:
    what another tool parsing with the same pipeline would get (the
    benchmarks give textacy this, so that it does not benefit from our work)."""
    ours = nlp.tokenizer.infix_finditer
    nlp.tokenizer.infix_finditer = compile_infix_regex(list(nlp.Defaults.infixes or [])).finditer
    try:
        yield nlp
    finally:
        nlp.tokenizer.infix_finditer = ours


TITLE_PIPE = "quotes_title_abbreviations"


def no_break_after_titles(doc: Doc) -> Doc:
    """Before the parser: no sentence starts at a capitalised word right
    after a title abbreviation ("Lt.", "Capt."), whose full stop the parser
    otherwise takes for a sentence end, cutting the speaker's name off its
    verb ('said Pentagon spokesman Navy Capt. Jeff Davis')."""
    if doc.lang_ not in available():
        return doc
    w = words(doc.lang_)
    titles = set(w.TITLE_ABBREVIATIONS)
    for tok in doc[1:]:
        if not tok.text[:1].isupper():
            continue
        if doc[tok.i - 1].text in titles:
            tok.is_sent_start = False
        elif tok.i > 1 and f"{doc[tok.i - 2].lower_} {doc[tok.i - 1].text}" in w.NETWORK_THEN_STOP:
            tok.is_sent_start = True  # 'wrote on X. Vivek Ramaswamy …': the network, then a new sentence
    return doc


@Language.factory(TITLE_PIPE)
def make_title_pipe(nlp: Language, name: str):
    """The pipe as a spaCy factory, so that a pipeline saved with it loads
    anywhere the package is installed (spacy_factories entry point)."""
    return no_break_after_titles


def keep_title_abbreviations(nlp: Language) -> Language:
    """Title abbreviations as single tokens, and no sentence break after one
    (the benchmarks' peer parses with this too: it can only help it)."""
    if nlp.lang not in available() or "parser" not in nlp.pipe_names:
        return nlp  # a language without a word list, a pipeline without a parser
    for abbr in words(nlp.lang).TITLE_ABBREVIATIONS:
        nlp.tokenizer.add_special_case(abbr, [{ORTH: abbr}])
    nlp.add_pipe(TITLE_PIPE, before="parser")
    return nlp


APOSTROPHE_PIPE = "quotes_straight_apostrophes"


def straight_apostrophe_norms(doc: Doc) -> Doc:
    """First in the pipeline: a curly apostrophe reads as a straight one in
    each token's NORM, the feature the model's embeddings look up, as in
    most of the text it learned from. The French model otherwise parses
    "l’ONU" as a noun "l’" and "D’après" as an adverb; the text is untouched."""
    if "’" not in doc.text:
        return doc  # (most paragraphs: no token to look at)
    for tok in doc:
        if "’" in tok.norm_:
            tok.norm_ = tok.norm_.replace("’", "'")
    return doc


@Language.factory(APOSTROPHE_PIPE)
def make_apostrophe_pipe(nlp: Language, name: str):
    """The pipe as a spaCy factory (spacy_factories entry point), as the title pipe."""
    return straight_apostrophe_norms


def read_apostrophes_straight(nlp: Language) -> Language:
    """Add the apostrophe pipe where the language's word list asks for it."""
    if nlp.lang in available() and getattr(words(nlp.lang), "STRAIGHT_APOSTROPHE_NORMS", False):
        nlp.add_pipe(APOSTROPHE_PIPE, first=True)
    return nlp


@lru_cache(maxsize=8)
def _load(name: str) -> Language:
    return read_apostrophes_straight(keep_title_abbreviations(split_glued_marks(spacy.load(name))))


def load_pipeline(lang: str, model: Optional[str] = None) -> Language:
    """A loaded, cached spaCy pipeline for `lang` (thread-safe)."""
    name = choose_pipeline(lang, model)
    with _LOCK:
        return _load(name)


# --- the spaCy component ------------------------------------------------------

if not Doc.has_extension("quotes"):
    Doc.set_extension("quotes", default=None)


class QuotesComponent:
    """`nlp.add_pipe("quotes")`: fills `doc._.quotes` with attributed Quote records."""

    def __init__(self, nlp: Language, name: str, published: Optional[str]):
        self.nlp = nlp
        self.name = name
        self.published = published

    def __call__(self, doc: Doc) -> Doc:
        from .extraction import extract_from_doc

        doc._.quotes = extract_from_doc(doc, published=self.published, nlp=self.nlp)
        return doc


@Language.factory(
    "quotes",
    default_config={"published": None},
    assigns=["doc._.quotes"],
    requires=["token.dep", "token.head", "token.lemma"],
)
def make_quotes_component(nlp: Language, name: str, published: Optional[str]) -> QuotesComponent:
    return QuotesComponent(nlp, name, published)
