"""From article text to attributed, dated Quote records.

Finding marks is cheap and parsing is not, so the parse runs only on the
paragraphs that hold a quotation and the paragraph before each (where a
colon introducer or the antecedent of "he" usually is). An article with no
quotation mark is never parsed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import replace
from typing import Optional

from spacy.language import Language
from spacy.tokens import Doc

from .attribution import Attributor
from .clauses import FIRST_PERSON_SINGULAR
from .dates import assign_dates
from .filtering import features, load_filter, rules_only
from .finder import OPENING_PARAGRAPHS, AttributionFinder, announces_interview
from .lang import available, inner_tag, lemma_forms, words
from .lexicon import role_noun
from .layout import reading_view
from .marks import AMBIGUOUS, DASHES, OPENERS, Paragraph, QuoteSpan, find_quotation_spans, split_paragraphs
from .mentions import Attribution, Mention, ParsedParagraph
from .model import Article, Quote
from .naming import bare_word, resolve_speaker
from .parsing import Parser, paragraph_parser
from .resolution import ArticleEntities
from .speakers import display_name, split_titles
from .titles import headline_case
from .transcripts import asks, transcript_lines, transcript_quotes

OPENING_MARKS = tuple(OPENERS) + tuple(AMBIGUOUS)  # what may open a quotation
# "Donald Trump’s campaign manager": a person described as someone's.
POSSESSED_DESCRIPTION = re.compile(r"['’]s [a-z][\w\- ]*$")


def extract(
    text: str,
    lang: Optional[str] = None,
    published: Optional[str] = None,
    doc: str = "text",
    nlp: Optional[Language] = None,
    model: Optional[str] = None,
    author: Optional[str] = None,
) -> list[Quote]:
    """The direct quotations of a text, attributed and dated. `author`, who
    signed the text, is the speaker its own "I" names ('"…," I said').

    >>> extract('"We will win," she said.', lang="en")[0].text
    'We will win,'
    """
    article = Article(doc=doc, text=text, lang=lang, published=published, author=author)
    return extract_article(article, nlp=nlp, model=model)


def extract_article(article: Article, nlp: Optional[Language] = None, model: Optional[str] = None) -> list[Quote]:
    """The quotations of an Article, in text order."""
    from .nlp import load_pipeline

    lang = article.lang or (nlp.lang if nlp is not None else None) or _detect(article.text)
    if nlp is None:
        nlp = load_pipeline(lang, model)

    return extract_with_parser(article.text, lang, article.published, article.doc, paragraph_parser(nlp), author=article.author)


def extract_from_doc(doc: Doc, published: Optional[str] = None, nlp: Optional[Language] = None) -> list[Quote]:
    """The spaCy component's entry: the Doc is already parsed, so its
    paragraphs are sliced from it instead of parsed again."""

    lang = doc.lang_ if doc.lang_ in available() else "en"
    return _extract(doc.text, lang, published, "doc", parsed_from=doc)


def extract_with_parser(text: str, lang: str, published: Optional[str], doc_id: str, parse: Parser,
                        author: Optional[str] = None) -> list[Quote]:
    """Extraction with any parser of paragraph texts (batched, cached, remote)."""
    return _extract(text, lang, published, doc_id, parse=parse, author=author)


def _detect(text: str) -> str:
    from .langdetect import detect_language

    return detect_language(text)


# --- the steps -------------------------------------------------------------------


def primary_style_spans(spans: list[QuoteSpan]) -> list[QuoteSpan]:
    """Single marks quote speech only where an outlet uses them as its main
    style, as the British press does (‘We have had enough,’ she said), more
    often than double marks; beside double marks they are otherwise
    headlines' scare quotes and terms."""
    return spans if _singles_outnumber(spans, 1) else [s for s in spans if s.style != "single"]


def singles_are_main(spans: list[QuoteSpan]) -> bool:
    """Whether an article quotes in single marks throughout (three runs or
    more, outnumbering the others): then a single-marked run is weighed as
    any quotation is ('‘…,’ she said. ‘…’' goes on with her words). A few
    single-marked runs alone in an article are more often terms, so only a
    verb of speech or 'according to' makes them quotations."""
    return _singles_outnumber(spans, 3)


def _singles_outnumber(spans: list[QuoteSpan], least: int) -> bool:
    """Whether `least` runs or more are in single marks, more than in any other."""
    singles = sum(s.style == "single" for s in spans)
    return singles >= least and singles > len(spans) - singles


def quotation_spans(text: str, paragraphs: list[Paragraph], lang: Optional[str]) -> list[QuoteSpan]:
    """The quoted runs extraction weighs: the main style of marks, and
    dialogue-dash lines only in a language whose press prints dialogue that
    way (in English a line opened by a dash is a byline or a list item)."""
    known = lang is not None and lang in available()
    found = find_quotation_spans(text, paragraphs, inner_tag(lang), words(lang).SUBJECT_CLITICS) if known \
        else find_quotation_spans(text, paragraphs)
    spans = primary_style_spans(found)
    if known and not words(lang).DIALOGUE_DASHES:
        spans = [s for s in spans if s.style != "dash"]
    return spans


def paragraphs_to_parse(spans: list[QuoteSpan], paragraphs: list[Paragraph], text: str = "", lang: Optional[str] = None) -> list[int]:
    """Paragraphs holding a quote, and the one before a paragraph that opens
    with a quote and has no reporting verb of its own (where its introducer
    or its speaker's last mention is), or whose quote a personal pronoun tags
    ('"…," she said': whom "she" names is most often a subject of the
    paragraph before, which the NER and the parse see better than the name
    reader does). Other paragraphs are read for names only, without a parse."""
    wanted: set[int] = set()
    read: dict[int, list[str]] = {}
    by_para = _spans_by_paragraph(spans)

    def words_out(para: Paragraph) -> list[str]:  # each paragraph's words outside its quotes, read once
        if para.index not in read:
            read[para.index] = _words_outside_quotes(text, para, by_para.get(para.index, []))
        return read[para.index]

    if lang and text:
        wanted.update(_interview_announced(paragraphs, text, lang))
    for span in spans:
        wanted.add(span.paragraph)
        para = paragraphs[span.paragraph]
        opens = span.outer_start - para.start <= 3 and span.paragraph > 0
        if opens and not (text and lang and _has_cue_word(words_out(para), lang)):
            wanted.add(span.paragraph - 1)
        elif span.paragraph > 0 and text and lang and (_pronoun_speaks(words_out(para), lang) or _source_named_again(words_out(para), lang)
                                                        or _epithet_names(text, para, by_para.get(para.index, []), lang)):
            wanted.add(span.paragraph - 1)
    return sorted(wanted)


def _interview_announced(paragraphs: list[Paragraph], text: str, lang: str) -> list[int]:
    """The opening paragraphs (the headline first) that announce an
    interview ('Entretien avec …', 'Q&A with …'): whom its answers are by
    is read there (finder.AttributionFinder._interview_lead)."""
    announcing = [p.index for p in paragraphs[:OPENING_PARAGRAPHS] if announces_interview(text[p.start : p.end], words(lang))]
    # (and the headline, which may name the guest the standfirst calls 'la ministre')
    return announcing + [0] if announcing and paragraphs else announcing


def _pronoun_speaks(words_out: list[str], lang: str) -> bool:
    """Whether "he" or "she" (the language's personal pronouns) stands
    among a paragraph's words outside its quotes."""
    from .lang import words

    personal = {p for p, kind in words(lang).PRONOUNS.items() if kind in ("male", "female")}
    return any(word in personal for word in words_out)


def _source_named_again(words_out: list[str], lang: str) -> bool:
    """Whether a paragraph names a source, a role, a body or a document
    again by its noun ('the diplomat said', « la source a ajouté », 'the
    investor said', 'the company said', 'the statement said'): whom the
    paragraph before described ('A senior Western diplomat who asked not to
    be named said …') or named is read from its parse. (The role nouns take
    in the anonymous sources' heads.)"""
    w = words(lang)
    # (the words are read without their apostrophes: « l'officiel » is "l", "officiel")
    return any((a in w.DEFINITE_DETERMINERS or a + "'" in w.DEFINITE_DETERMINERS)
               and (role_noun(b, w) or b in w.BODY_KINDS or b in w.SOURCE_NOUNS)
               for a, b in zip(words_out, words_out[1:]))


def _epithet_names(text: str, para: Paragraph, spans: list[QuoteSpan], lang: str) -> bool:
    """Whether a paragraph names someone by an age or a nationality ('the
    24-year-old said', 'the 7-foot Dutchman', « le quinquagénaire »): whom
    the paragraph before was about is read from its parse."""
    hint = getattr(words(lang), "EPITHET_HINT", None)
    return hint is not None and re.search(hint, _text_outside_quotes(text, para, spans)) is not None


def _has_cue_word(words_out: list[str], lang: str) -> bool:
    """Whether a reporting verb's form stands among a paragraph's words
    outside its quotes ('"…," Trump said.'), read from the language's own
    table of forms."""
    from .lang import speech_verb_forms

    forms = speech_verb_forms(lang)
    return bool(forms) and any(word in forms for word in words_out)


def _spans_by_paragraph(spans: list[QuoteSpan]) -> dict[int, list[QuoteSpan]]:
    """Each paragraph's quotes, in text order."""
    by_para: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        by_para.setdefault(span.paragraph, []).append(span)
    return by_para


def _words_outside_quotes(text: str, para: Paragraph, spans: list[QuoteSpan]) -> list[str]:
    """The paragraph's words, lower-cased, but those inside its quotes (`spans`, its own, in order)."""
    return re.findall(r"[^\W\d_]+", _text_outside_quotes(text, para, spans).lower())


def _text_outside_quotes(text: str, para: Paragraph, spans: list[QuoteSpan]) -> str:
    """The paragraph's text but its quotes (`spans`, its own, in order), the pieces joined by a space."""
    outside, at = [], para.start
    for span in spans:
        outside.append(text[at : span.outer_start])
        at = span.outer_end
    outside.append(text[at : para.end])
    return " ".join(outside)


def _parsed_paragraphs(
    text: str,
    paragraphs: list[Paragraph],
    spans: list[QuoteSpan],
    parse: Optional[Parser],
    parsed_from: Optional[Doc],
    lang: Optional[str] = None,
) -> dict[int, ParsedParagraph]:
    indexes = paragraphs_to_parse(spans, paragraphs, text, lang)
    by_para = _spans_by_paragraph(spans)
    if parsed_from is not None:
        docs = []
        for i in indexes:
            p = paragraphs[i]
            sl = parsed_from.char_span(p.start, p.end, alignment_mode="expand")
            docs.append((sl.as_doc(), sl.start_char))
    else:
        docs = [(d, paragraphs[i].start) for d, i in zip(parse([text[paragraphs[i].start : paragraphs[i].end] for i in indexes]), indexes)]
    return {i: ParsedParagraph(d, off, i, by_para.get(i, [])) for (d, off), i in zip(docs, indexes)}


def _extract(
    text: str,
    lang: str,
    published: Optional[str],
    doc_id: str,
    parse: Optional[Parser] = None,
    parsed_from: Optional[Doc] = None,
    collect: Optional[list] = None,
    author: Optional[str] = None,
) -> list[Quote]:
    """collect, when given, receives (span, attribution, speaker, features)
    for every run the filter weighs: the training rows of filtering.py."""
    paragraphs = split_paragraphs(text)
    given, text = text, reading_view(text, paragraphs)
    spans = quotation_spans(text, paragraphs, lang)
    w = words(lang)
    transcript = transcript_lines(text, paragraphs, spans, w)
    if not spans and not transcript:
        return []
    writer = _one_signer(author, w)
    singles_main = singles_are_main(spans)
    parsed = _parsed_paragraphs(text, paragraphs, spans, parse, parsed_from, lang)
    entities = _collect_entities(text, paragraphs, parsed, spans, w)
    attributor = Attributor(w)
    finder = AttributionFinder(attributor, parsed, spans, paragraphs, text)
    # Training rows come from what the rules alone keep, so that weights
    # are reproducible whatever weights are installed.
    filt = rules_only() if collect is not None else load_filter(lang)
    quotes: list[Quote] = []
    recent: list[tuple[int, str, str]] = []
    organisations: list[str] = []
    turns = {line.start for line in transcript}  # (a quoted turn is its label's, whatever the rules would say)
    # (a title an interviewer's question quotes is no one's quotation: 'Question : « Les Rizières » s'ouvre …')
    asked = {line.paragraph for line in transcript if asks(line.label(text), w)}
    resolved: dict[tuple[int, int], tuple] = {}  # a speaker mention's reading, by its offsets
    for n, span in enumerate(spans):
        if span.start in turns or span.paragraph in asked:
            continue
        title_like = finder.title_like(n)
        # Without a filter a title-like run is nobody's; with one, it is weighed.
        att = None if title_like and filt is None else finder.find(n)
        if att is None and filt is not None:
            att = finder.fallback(n)
        if att is None:
            continue
        if span.style == "single" and not singles_main and att.method not in ("cue", "according", "continuation"):
            finder.found.pop(n, None)
            continue
        mention_at = (att.speaker.start, att.speaker.end) if att.speaker is not None else None
        earlier = resolved.get(mention_at) if mention_at is not None else None
        if earlier is not None and _read_as_before(att, span, parsed, earlier[0], w):
            speaker, kind, titles = earlier
        else:
            goes_on = _cue_verb(att) in w.GOING_ON_CUES
            speaker, kind, titles = resolve_speaker(att.speaker, entities, recent, organisations, w, finder.sentence_start(n), goes_on)
            question = _question_replied_to(att, quotes, w)
            if question is not None and display_name(speaker) == question.speaker:
                # (the one the pronoun stood for before the question was put)
                before = replace(att.speaker, start=question.start, end=question.start)
                speaker, kind, titles = resolve_speaker(before, entities, recent, organisations, w, question.start)
            speaker, kind = entities.body_in_full(speaker, kind) if speaker else (speaker, kind)
        if mention_at is not None:
            resolved[mention_at] = (speaker, kind, titles)
        if speaker is not None and bare_word(speaker, w):
            # 'D'après Le “…”', "-elle" the parse gave no pronoun's tag, or resolved to such a word
            speaker, kind, titles = None, None, []
        if att.method == "byline" and att.speaker is not None:
            signed = att.speaker.text.lstrip(DASHES + " ")
            titles, name = split_titles(signed, lang)
            speaker, kind = entities.full_name(name or signed), "person"
        by_writer = speaker is None and writer is not None and _the_writer(att.speaker, spans, text)
        if by_writer:
            speaker, kind = writer, "person"
        quote_kind = finder.kind_of(n)
        if filt is not None:
            feats = features(span, att, title_like, parsed[span.paragraph], text, w, speaker, kind, quote_kind)
            if collect is not None:
                collect.append((span, att, speaker, feats))
            if not filt.keeps(feats):
                finder.found.pop(n, None)
                continue
        if speaker and kind == "person" and att.speaker is not None and att.speaker.is_pronoun:
            gender = w.PRONOUNS.get(att.speaker.text.lower().lstrip("-"))
            if gender in ("male", "female"):
                entities.learn_gender(speaker, gender)
        if speaker and kind == "person":
            entities.learn_name(speaker)
        if speaker and not by_writer:  # (the writer is "I", never a later "she")
            recent.append((span.start, speaker, "description" if _described(speaker, w) else kind or "person"))
            if kind == "organisation":
                organisations.append(speaker)
        quotes.append(_quote(doc_id, given, span, att, speaker, kind, titles, lang, quote_kind))
    quotes += transcript_quotes(given, doc_id, lang, transcript, paragraphs, entities, w)
    quotes.sort(key=lambda q: q.start)
    # the runs kept as no quotation (a show's name, a term) date nothing either
    kept = {(q.start, q.end) for q in quotes}
    other_runs = [(s.start, s.end) for s in spans if s.close_at is not None and (s.start, s.end) not in kept]
    assign_dates(text, lang, published, quotes, other_runs)
    _headline_quotes_said_below(quotes, paragraphs, text)
    return quotes


def _headline_quotes_said_below(quotes: list[Quote], paragraphs: list[Paragraph], text: str) -> None:
    """« Lave torrentielle à Montorge : « On a tout perdu en dix minutes » »:
    a headline quotes words the story gives in full below, with their
    speaker and day; the topic before its colon says nobody. A headline
    quote takes the speaker and day of the first quote below that holds
    its words, unless it names a person the story names too ('Le
    Goff-Armand reconnaît : « … »')."""
    if not paragraphs:
        return
    headline_end = paragraphs[0].end
    body = [q for q in quotes if q.start > headline_end and q.speaker]
    for q in quotes:
        if q.end > headline_end or q.speaker_kind == "person" and _named_below(q.speaker, text, headline_end):
            continue
        words = _plain_words(q.text)
        if len(words) < 3:
            continue
        said = next((b for b in body if _holds(_plain_words(b.text), words)), None)
        if said is not None:
            q.speaker, q.speaker_kind, q.speaker_titles = said.speaker, said.speaker_kind, list(said.speaker_titles)
            q.speaker_mention, q.speaker_start, q.speaker_end = said.speaker_mention, said.speaker_start, said.speaker_end
            q.cue, q.cue_start, q.cue_end = said.cue, said.cue_start, said.cue_end
            q.date, q.date_source, q.date_precision = said.date, said.date_source, said.date_precision
            q.attribution = "repeated"


def _named_below(name: Optional[str], text: str, start: int) -> bool:
    """Whether the text after `start` writes the name's last word."""
    last = name.split()[-1] if name and name.split() else ""
    return bool(last) and re.search(rf"(?<!\w){re.escape(last)}(?!\w)", text[start:]) is not None


def _plain_words(text: str) -> list[str]:
    return re.findall(r"[^\W_]+", text.casefold())


def _holds(words: list[str], part: list[str]) -> bool:
    """Whether a run of words holds another run, word for word."""
    n = len(part)
    return any(words[i : i + n] == part for i in range(len(words) - n + 1))


def _read_as_before(att: Attribution, span: QuoteSpan, parsed: dict[int, ParsedParagraph], reading: Optional[str], w) -> bool:
    """Whether a speaker mention already read for an earlier quote keeps
    that reading: a quote run on into the next paragraph is the same
    speaker's (the quotes since would otherwise make the description someone
    else), and so is the rest of a quote its cue splits (« …, admet la
    chercheuse, … »), unless that reading left a description as written
    (the quote since may tell who 'the president' is)."""
    if att.method == "continuation":
        return True
    split_by_its_cue = att.method == "inherited" and span.paragraph in parsed \
        and parsed[span.paragraph].offset <= att.speaker.start < span.start
    return split_by_its_cue and reading is not None and reading.split()[0].lower() not in w.DEFINITE_DETERMINERS


def _collect_entities(text: str, paragraphs: list[Paragraph], parsed: dict[int, ParsedParagraph], spans: list[QuoteSpan], w) -> ArticleEntities:
    entities = ArticleEntities(w, text=text)
    quoted = sorted((s.outer_start, s.outer_end) for s in spans)
    starts = [start for start, _ in quoted]
    for p in paragraphs:
        if headline_case(text[p.start : p.end], w):
            continue  # a headline's capitals run words into false names: "Gold Star Mom Corners Obama"
        if p.index in parsed:
            # the paragraph's own quotes (and the one before, should it run into it): an
            # article of thousands of quotes is not searched whole for each name
            lo, hi = bisect.bisect_left(starts, p.start), bisect.bisect_left(starts, p.end)
            near = quoted[max(0, lo - 1) : hi]
            pp = parsed[p.index]
            entities.add_doc(pp.doc, pp.offset, near, pp.tokens)
        else:
            entities.add_names_from_text(text[p.start : p.end], p.start)
    return entities


def _described(speaker: str, w) -> bool:
    """'the Texas senator', 'the woman': a person named by what they are. A
    later pronoun looks past them for a name ('"…," the Texas senator said.
    … he said' is Ted Cruz, named earlier)."""
    first = speaker.split()[0]
    if first.lower() in w.DEFINITE_DETERMINERS | w.ANONYMOUS_DETERMINERS | w.PLURAL_DETERMINERS:
        return True
    if POSSESSED_DESCRIPTION.search(speaker):
        return True  # "Gary Johnson's doctor": described by whose they are
    return first[:1].islower() and first not in w.NAME_PARTICLES  # not 'de Blasio'



def _one_signer(author: Optional[str], w) -> Optional[str]:
    """The one person who signed the article ("By Jane Doe" is Jane Doe), or
    None: with several names ("Jane Doe and John Roe", "A. Doe, B. Roe") "I"
    is none of them for sure, and an outlet's desk says no "I"."""
    if not author:
        return None
    signed = author.split()
    if signed and signed[0].lower() in w.BYLINE_WORDS:
        signed = signed[1:]
    lowered = [x.lower() for x in signed]
    if not signed or re.search(r"[,;&/]", " ".join(signed)) or any(x in w.AUTHOR_JOINERS for x in lowered):
        return None
    if any(x in w.STAFF_BYLINE_WORDS for x in lowered):
        return None  # 'Breitbart News', 'Associated Press': an outlet's desk, whose "I" is an excerpt's
    return " ".join(signed)


def _the_writer(mention: Optional[Mention], spans: list[QuoteSpan], text: str) -> bool:
    """'"Of course I believe in the devil," I said': a first person singular
    speaker outside every quotation is the one who wrote the article; inside
    one ('"I told him: …"', or a headline's 'Richards: ‘I’m Sick Of …’' whose
    closing mark reads as an apostrophe) it is whoever is quoted."""
    if mention is None or mention.antecedent is not None or mention.text.lower().lstrip("-") not in FIRST_PERSON_SINGULAR:
        return False
    if mention.start and text[mention.start - 1] in OPENING_MARKS:
        return False  # (a mark that opens sits right against its first word; '"…," I said' has a space)
    return not any(s.outer_start <= mention.start < s.outer_end for s in spans)


def _cue_verb(att: Attribution) -> str:
    """The cue's last word without a hyphened pronoun ('a-t-elle ajouté' →
    "ajouté", 'replied'), lower-cased; "" without a cue."""
    return att.cue.split()[-1].split("-")[0].lower() if att.cue and att.cue.split() else ""


def _question_replied_to(att: Attribution, quotes: list[Quote], w) -> Optional[Quote]:
    """The question just before a reply whose speaker is a pronoun ('"Will
    you appeal?" a journalist asked. "I will go to the Supreme Court," he
    replied'), or None: who replies is not who asked. Any verb will do
    after a reporter's question ('"Has he called?" one reporter asked.
    "They speak every day," she said'): reporters ask, others answer."""
    if att.speaker is None or not att.speaker.is_pronoun or not att.cue or not quotes or quotes[-1].speaker is None:
        return None
    verb = _cue_verb(att)
    asked = quotes[-1]
    if not asked.text.rstrip(" \u00a0\u202f»”\"'’").endswith("?"):
        return None
    questioner = not w.QUESTIONER_WORDS.isdisjoint(asked.speaker.lower().split())
    return asked if questioner or lemma_forms(w.CODE).get(verb) in w.REPLY_VERBS else None


def _quote(doc_id: str, text: str, span: QuoteSpan, att: Attribution, speaker: Optional[str], kind: Optional[str], titles: list[str], lang: str, quote_kind: str) -> Quote:
    mention = att.speaker
    return Quote(
        doc=doc_id,
        text=text[span.start : span.end],
        start=span.start,
        end=span.end,
        kind=quote_kind,
        speaker=display_name(speaker),
        # (read from the article, not the parsed paragraph, whose wrapped lines are joined: 'Selon Nous \n l'Elysée')
        speaker_mention=text[mention.start : mention.end] if mention else None,
        speaker_start=mention.start if mention else None,
        speaker_end=mention.end if mention else None,
        cue=att.cue,
        cue_start=att.cue_start,
        cue_end=att.cue_end,
        lang=lang,
        speaker_kind=kind if speaker else None,
        speaker_titles=[t for t in map(display_name, titles) if t],
        attribution=att.method,
    )
