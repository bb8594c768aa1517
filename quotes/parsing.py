"""How paragraph texts become spaCy Docs: the one place that spends parse time.

Extraction asks for the paragraphs it needs (see extraction.paragraphs_to_parse);
this module decides how to parse them (batching, which pipes run).

Where the time goes (PolNeAR train, en_core_web_sm 3.8, one core, see
benchmarks/README.md): about 80% of extraction is the spaCy pipeline on the
paragraphs that hold a quotation and the ones before them (64% of the words);
of the pipeline, `ner` (which has its own tok2vec) is the largest part, then
the shared tok2vec, the parser and the attribute_ruler's matcher. `ner` runs
apart, without the middles of long quoted runs (entity_pass). Every pipe
is read by attribution or resolution (ent_type_, dep_/head, tag_/pos_,
sents) but the lemmatizer: English lists the forms of the words its rules
look up (quotes.lang.lemma_forms), so it is parsed without one.
What is left to win without changing a single Doc is overhead: spaCy pays
per call and per batch, and an article has only a few paragraphs to parse.
So `extract_batch` parses the paragraphs of many articles in one `nlp.pipe`
call, then hands each article's extraction its Docs from that batch.
"""
from __future__ import annotations

from typing import Callable, Iterable, Optional, Sequence, Union

from spacy.language import Language
from spacy.tokens import Doc

from .entity_pass import NER, trims_quotes, whole_person_names, with_entities
from .layout import reading_view
from .marks import split_paragraphs
from .mentions import DOC_TEXT_KEY
from .model import Article, Quote

Parser = Callable[[list[str]], Iterable[Doc]]
PipelineFor = Callable[[str], Language]

#: Docs per `nlp.pipe` batch when parsing ahead: large enough that spaCy's
#: per-batch cost vanishes, small enough to keep memory flat.
PARSE_BATCH = 256


def pipes_not_needed(nlp: Language) -> list[str]:
    """Pipes whose output the rules don't read: the lemmatizer, for a language
    whose word list carries every form its rules look up (OWN_LEMMAS), and
    the attribute_ruler, for one that maps its tags itself (POS_OF_TAG)."""
    from .lang import available, lemma_forms, words

    if nlp.lang not in available():
        return []
    skip = []
    if getattr(words(nlp.lang), "OWN_LEMMAS", False) and lemma_forms(nlp.lang) and "lemmatizer" in nlp.pipe_names:
        skip.append("lemmatizer")
        if hasattr(words(nlp.lang), "POS_OF_TAG") and "attribute_ruler" in nlp.pipe_names and "tagger" in nlp.pipe_names:
            skip.append("attribute_ruler")
    return skip


def _pipe(nlp: Language, texts: Iterable[str], batch_size: int) -> Iterable[Doc]:
    """nlp.pipe without the pipes the rules don't read, `ner` run apart on
    what the rules read of each paragraph (entity_pass), coarse tags restored,
    each Doc's text kept as given (spaCy's tokenizer loses no character, and
    joining the tokens again on every `doc.text` costs more than the rules
    that read it)."""
    skip = pipes_not_needed(nlp)
    texts = list(texts)
    apart = trims_quotes(nlp, skip)
    docs: Iterable[Doc] = nlp.pipe(texts, batch_size=batch_size, disable=skip + [NER] if apart else skip)
    if apart:
        docs = with_entities(nlp, docs, texts, batch_size)
    restore = "attribute_ruler" in skip
    return (_with_text(whole_person_names(coarse_tags(doc) if restore else doc), text) for doc, text in zip(docs, texts))


def _with_text(doc: Doc, text: str) -> Doc:
    doc.user_data[DOC_TEXT_KEY] = text
    return doc


def coarse_tags(doc: Doc) -> Doc:
    """Coarse part-of-speech tags from fine ones, as the attribute_ruler sets them."""
    from .lang import words

    w = words(doc.lang_)
    table = w.POS_OF_TAG
    for token in doc:
        tag, lower = token.tag_, token.lower_
        pos = table.get(tag, "X")
        if (tag.startswith("VB") and lower in w.AUXILIARY_FORMS) or tag == "MD":
            pos = "AUX"
        elif tag == "RB" and lower in w.PARTICLE_ADVERBS:
            pos = "PART"
        elif tag == "IN" and lower in w.SUBORDINATORS:
            pos = "SCONJ"
        elif tag == "DT" and lower in w.PRONOUN_DETERMINERS and (token.i + 1 == len(doc) or not doc[token.i + 1].is_alpha):
            pos = "PRON"
        token.pos_ = pos
    return doc


def paragraph_parser(nlp: Language, batch_size: int = 64) -> Parser:
    """A parser of paragraph texts running the pipeline in batches."""

    def parse(texts: list[str]) -> Iterable[Doc]:
        return _pipe(nlp, texts, batch_size)

    return parse


def texts_to_parse(text: str, lang: Optional[str] = None) -> list[str]:
    """The paragraph texts extraction will ask to parse, in its order (none without a quote)."""
    from .extraction import paragraphs_to_parse, quotation_spans  # extraction imports this module

    paragraphs = split_paragraphs(text)
    text = reading_view(text, paragraphs)
    spans = quotation_spans(text, paragraphs, lang)
    if not spans:
        return []
    return [text[paragraphs[i].start : paragraphs[i].end] for i in paragraphs_to_parse(spans, paragraphs, text, lang)]


class ParsedAhead:
    """A Parser answering from Docs parsed in one earlier batch.

    Each parsed Doc is handed out once (an article gets Docs of its own, as
    with a fresh parse); a text that was not parsed ahead (extraction asked
    for something else) is parsed on the spot, so answers never depend on
    the guess being right.
    """

    def __init__(self, nlp: Language, docs: dict[str, list[Doc]]):
        self.nlp = nlp
        self.docs = docs
        self.misses = 0

    def __call__(self, texts: list[str]) -> list[Doc]:
        found: list[Optional[Doc]] = [self._take(t) for t in texts]
        missing = [t for t, d in zip(texts, found) if d is None]
        if missing:
            self.misses += len(missing)
            fresh = iter(_pipe(self.nlp, missing, PARSE_BATCH))
            found = [d if d is not None else next(fresh) for d in found]
        return found  # type: ignore[return-value]

    def _take(self, text: str) -> Optional[Doc]:
        waiting = self.docs.get(text)
        return waiting.pop(0) if waiting else None


def parse_ahead(nlp: Language, texts: Sequence[str], batch_size: int = PARSE_BATCH) -> ParsedAhead:
    """Parse many paragraph texts in one pipeline run; a Parser that hands them out."""
    docs: dict[str, list[Doc]] = {}
    for text, doc in zip(texts, _pipe(nlp, texts, batch_size)):
        docs.setdefault(text, []).append(doc)
    return ParsedAhead(nlp, docs)


# --- many articles at once ----------------------------------------------------------


class ExtractionFailed:
    """Why one article of a batch could not be extracted (picklable, unlike some exceptions)."""

    def __init__(self, kind: str, message: str):
        self.kind = kind
        self.message = message

    @classmethod
    def of(cls, exc: BaseException) -> "ExtractionFailed":
        return cls(type(exc).__name__, str(exc))

    def __str__(self) -> str:
        return f"{self.kind}: {self.message}"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, ExtractionFailed) and (self.kind, self.message) == (other.kind, other.message)


Outcome = Union[list[Quote], ExtractionFailed]


def article_lang(article: Article) -> str:
    """The language extract_article would use for this article."""
    if article.lang:
        return article.lang
    from .langdetect import detect_language

    return detect_language(article.text)


def extract_batch(articles: Sequence[Article], pipeline_for: PipelineFor) -> list[Outcome]:
    """The quotes of each article (or why not), parsing all their paragraphs together.

    Same answers as `extract_article` one by one: the same paragraphs go
    through the same pipeline; only the batching differs. One article's
    failure is its own outcome and never costs the others theirs.
    """
    outcomes: list[Optional[Outcome]] = [None] * len(articles)
    by_lang: dict[str, list[int]] = {}
    for n, article in enumerate(articles):
        try:
            by_lang.setdefault(article_lang(article), []).append(n)
        except Exception as exc:
            outcomes[n] = ExtractionFailed.of(exc)
    for lang, members in by_lang.items():
        for n, outcome in zip(members, _extract_one_language([articles[m] for m in members], lang, pipeline_for)):
            outcomes[n] = outcome
    return outcomes  # type: ignore[return-value]


def _extract_one_language(articles: list[Article], lang: str, pipeline_for: PipelineFor) -> list[Outcome]:
    from .extraction import extract_with_parser

    try:
        nlp = pipeline_for(lang)
    except Exception as exc:  # no pipeline for this language: each of its articles fails
        return [ExtractionFailed.of(exc) for _ in articles]
    try:
        parser: Parser = parse_ahead(nlp, [t for a in articles for t in texts_to_parse(a.text, lang)])
    except Exception:  # the batch would not parse: article by article, so only a bad one fails
        parser = paragraph_parser(nlp)
    outcomes: list[Outcome] = []
    for article in articles:
        try:
            outcomes.append(extract_with_parser(article.text, lang, article.published, article.doc, parser, author=article.author))
        except Exception as exc:
            outcomes.append(ExtractionFailed.of(exc))
    return outcomes
