"""From article text to attributed, dated Quote records.

Finding marks is cheap and parsing is not, so the parse runs only on the
paragraphs that hold a quotation and the paragraph before each (where a
colon introducer or the antecedent of "he" usually is). An article with no
quotation mark is never parsed.
"""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from typing import Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from .attribution import WORK_TITLE_MAX_WORDS, Attributor, _title_case
from .clauses import EUPHONIC_T, FIRST_PERSON_SINGULAR, RELATIVE_CLAUSE_DEPS, SUBJECT_DEPS, body_named_after
from .filtering import features, load_filter, rules_only
from .lang import available, inner_tag, sentence_openers, words
from .lang import lemma as lemma_of
from .marks import AMBIGUOUS, DASH_CLASS, DASHES, OPENERS, Paragraph, QuoteSpan, find_quotation_spans, split_paragraphs
from .mentions import Attribution, Mention, ParsedParagraph, doc_text
from .model import Article, Quote
from .parsing import Parser, paragraph_parser
from .resolution import (
    ArticleEntities, after_honorific, fold, honorific_gender, honorifics, known_first_name, noun_in, person_noun, relation_noun, speaking_nouns, speech_noun, trim_name_tokens,
)
from .speakers import classify_kind, display_name, split_titles, titles_not_of_name

OPENING_MARKS = tuple(OPENERS) + tuple(AMBIGUOUS)  # what may open a quotation
# "the Washington Post’s Ishaan Tharoor": a body's possessive, then two or three capitalised words.
POSSESSED_NAME = re.compile(r"^(.+?)['’]s\s+([A-ZÀ-Þ][\w.’'-]*(?:\s+[A-ZÀ-Þ][\w.’'-]*){1,2})$")
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
    style; beside double marks they are headlines' scare quotes and terms."""
    if any(s.style != "single" for s in spans):
        return [s for s in spans if s.style != "single"]
    return spans


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

    for span in spans:
        wanted.add(span.paragraph)
        para = paragraphs[span.paragraph]
        opens = span.outer_start - para.start <= 3 and span.paragraph > 0
        if opens and not (text and lang and _has_cue_word(words_out(para), lang)):
            wanted.add(span.paragraph - 1)
        elif span.paragraph > 0 and text and lang and _pronoun_speaks(words_out(para), lang):
            wanted.add(span.paragraph - 1)
    return sorted(wanted)


def _pronoun_speaks(words_out: list[str], lang: str) -> bool:
    """Whether "he" or "she" (the language's personal pronouns) stands
    among a paragraph's words outside its quotes."""
    from .lang import words

    personal = {p for p, kind in words(lang).PRONOUNS.items() if kind in ("male", "female")}
    return any(word in personal for word in words_out)


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
    outside, at = [], para.start
    for span in spans:
        outside.append(text[at : span.outer_start])
        at = span.outer_end
    outside.append(text[at : para.end])
    return re.findall(r"[^\W\d_]+", " ".join(outside).lower())


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
    spans = quotation_spans(text, paragraphs, lang)
    if not spans:
        return []
    w = words(lang)
    writer = _one_signer(author, w)
    parsed = _parsed_paragraphs(text, paragraphs, spans, parse, parsed_from, lang)
    entities = _collect_entities(text, paragraphs, parsed, spans, w)
    attributor = Attributor(w)
    finder = _AttributionFinder(attributor, parsed, spans, paragraphs, text)
    # Training rows come from what the rules alone keep, so that weights
    # are reproducible whatever weights are installed.
    filt = rules_only() if collect is not None else load_filter(lang)
    quotes: list[Quote] = []
    recent: list[tuple[int, str, str]] = []
    organisations: list[str] = []
    for n, span in enumerate(spans):
        title_like = finder.title_like(n)
        # Without a filter a title-like run is nobody's; with one, it is weighed.
        att = None if title_like and filt is None else finder.find(n)
        if att is None and filt is not None:
            att = finder.fallback(n)
        if att is None:
            continue
        if span.style == "single" and att.method not in ("cue", "according", "continuation"):
            finder.found.pop(n, None)
            continue
        speaker, kind, titles = _resolve_speaker(att.speaker, entities, recent, organisations, w, finder.sentence_start(n))
        if speaker is not None and _bare_word(speaker, w):
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
        quotes.append(_quote(doc_id, text, span, att, speaker, kind, titles, lang, quote_kind))
    # the runs kept as no quotation (a show's name, a term) date nothing either
    kept = {(q.start, q.end) for q in quotes}
    other_runs = [(s.start, s.end) for s in spans if s.close_at is not None and (s.start, s.end) not in kept]
    _assign_dates(text, lang, published, quotes, other_runs)
    return quotes


def _collect_entities(text: str, paragraphs: list[Paragraph], parsed: dict[int, ParsedParagraph], spans: list[QuoteSpan], w) -> ArticleEntities:
    entities = ArticleEntities(w, text=text)
    quoted = sorted((s.outer_start, s.outer_end) for s in spans)
    starts = [start for start, _ in quoted]
    for p in paragraphs:
        if _headline_case(text[p.start : p.end], w):
            continue  # a headline's capitals run words into false names: "Gold Star Mom Corners Obama"
        if p.index in parsed:
            # the paragraph's own quotes (and the one before, should it run into it): an
            # article of thousands of quotes is not searched whole for each name
            lo, hi = bisect.bisect_left(starts, p.start), bisect.bisect_left(starts, p.end)
            near = quoted[max(0, lo - 1) : hi]
            entities.add_doc(parsed[p.index].doc, parsed[p.index].offset, near)
        else:
            entities.add_names_from_text(text[p.start : p.end], p.start)
    return entities


def _headline_case(text: str, w) -> bool:
    """Four words or more, every one capitalised but the small words: a
    headline, whose capitals run names and verbs together."""
    count = 0
    for x in text.split():
        if not any(c.isalpha() for c in x):
            continue
        if not (x.lstrip("‘'\"“(")[:1].isupper() or x.lower() in w.TITLE_SMALL_WORDS):
            return False  # (most paragraphs: said at their first or second word)
        count += 1
    return count >= 4


# '- Hillary Clinton.', '-Michelle Marks, Philadelphia.', '-President Obama,
# tweeting after the speech.': a name, then at most a short description.
BYLINE_PARAGRAPH = re.compile(r"^\s*" + DASH_CLASS + r"+\s*((?:[A-Z][\w.’'-]*\s?){1,5}?)(?:,(?:\s+[^\s,]+){1,8})?[.,]?\s*$")

# '“… have Syrian roots.” [Reuters.]', '… lifestyles.” [WaPo]': a digest's
# excerpt, then the outlet it comes from in square brackets.
BRACKETED_SOURCE = re.compile(r"[ \t\u00a0]*\[([A-Z0-9][\w&’'./ -]{0,40}?)\.?\](?=\s|$)")

#: Fewest words of a run quoted in a sentence about no one for it to go on
#: with the speaker before: shorter runs there are labels ('a "dry port"').
REPORTED_ON_MIN_WORDS = 4
# 'a "human leech …" and a "spoiled brat"': nothing between two runs but a
# coordinator; the second is said by whoever said the first.
LISTED_RUNS = re.compile(r"\s*,\s*")  # '« … », « … », ont scandé': a comma alone between two runs lists them
COORDINATED_RUNS = re.compile(r"\s*,?\s*(?:and|or)?\s*(?:a|an|the)?\s*$")


class _AttributionFinder:
    """Tries the rules in order for each quote, remembering earlier answers
    for continuations and inherited speakers."""

    def __init__(self, attributor: Attributor, parsed: dict[int, ParsedParagraph], spans: list[QuoteSpan], paragraphs: list[Paragraph], text: str):
        self.a = attributor
        self.parsed = parsed
        self.spans = spans
        self.paragraphs = paragraphs
        self.text = text
        self.units = {i: attributor.units(pp) for i, pp in parsed.items()}
        self.found: dict[int, Attribution] = {}
        self.tagged_ahead: set[int] = set()  # quotes whose tag is the next paragraph's (_continued_by)

    def unit(self, n: int) -> Optional[Span]:
        span = self.spans[n]
        return self.a.unit_of(span, self.units[span.paragraph], self.parsed[span.paragraph])

    def sentence_start(self, n: int) -> int:
        unit = self.unit(n)
        pp = self.parsed[self.spans[n].paragraph]
        return unit.start_char + pp.offset if unit is not None else self.spans[n].start

    def title_like(self, n: int) -> bool:
        unit = self.unit(n)
        if self._headline(n) or unit is not None and self.a.is_title_like(self.spans[n], unit, self.parsed[self.spans[n].paragraph]):
            return True
        return self._listed_after_a_title(n)

    def _listed_after_a_title(self, n: int) -> bool:
        """'starred in “Parks and Recreation” and “Guardians of the Galaxy,”':
        a capitalised run listed right after a title is another title."""
        if n == 0:
            return False
        prev, span = self.spans[n - 1], self.spans[n]
        if prev.paragraph != span.paragraph or COORDINATED_RUNS.match(self.text, prev.outer_end, span.outer_start) is None:
            return False
        return _title_case(self.a.w, self.text[span.start : span.end], WORK_TITLE_MAX_WORDS) and self.title_like(n - 1)

    def _headline(self, n: int) -> bool:
        """A paragraph that is only a quoted run in capitals ('“DIVISIVE,
        STUPID AND WRONG”') or a label ('"Related:"'): a headline, not speech."""
        span = self.spans[n]
        para = self.paragraphs[span.paragraph]
        if self.text[para.start : span.outer_start].strip() or self.text[span.outer_end : para.end].strip(" .\n"):
            return False
        body = self.text[span.start : span.end].strip()
        letters = [c for c in body if c.isalpha()]
        capitals = len(body.split()) >= 2 and bool(letters) and all(c.isupper() for c in letters)
        label = body.endswith(":") and len(body.split()) <= 2
        return capitals or label

    def find(self, n: int) -> Optional[Attribution]:
        """The first rule that attributes quote n (the caller decides
        whether a title-like run is asked at all)."""
        span = self.spans[n]
        pp = self.parsed[span.paragraph]
        units = self.units[span.paragraph]
        att = self._with_speaker(n, self.a.attribute(span, pp, units)) or self._listed_before_a_tag(n)
        if att is None and span.continued_from is not None and span.continued_from in self.found \
                and span.continued_from not in self.tagged_ahead:
            prev = self.found[span.continued_from]
            att = Attribution("continuation", speaker=prev.speaker, cue=prev.cue, cue_start=prev.cue_start, cue_end=prev.cue_end)
        if att is None:
            att = self.a.post_quote_tag(span, pp) or self.a.pre_quote_verb(span, pp) or self.a.verb_in_quote(span, pp) \
                or self._byline_paragraph(n) or self._bracketed_source(n)
        if att is None and (unit := self.unit(n)) is not None:
            att = self.a.colon_introducer(span, unit, pp)
        if att is None:
            att = self._resumed_after_aside(n) or self._same_sentence_as_previous(n)
        if att is None:
            att = self.a.attribute_nearest(span, pp, units)
            if att is not None and self._narrative_infinitive(att, pp):
                att = self._with_speaker(n, att)
        if att is None:
            att = self._introduced(n)
        if att is None:
            att = self._named_tag(n)
        if att is None:
            att = self._dialogue_turn(n) if span.style == "dash" else self._inherited(n)
            if span.continues:
                att = self._continued_by(n, att)
        if att is None:
            att = self.a.agent_of_sentence(span, pp, units)
        if att is None:
            att = self._reported_on(n)
        if att is not None and _speaker_holds(att, span, self.text):
            att = None
        if att is not None:
            self.found[n] = att
        return att

    def _with_speaker(self, n: int, att: Optional[Attribution]) -> Optional[Attribution]:
        """A reporting verb found with no speaker: '"…," said Skelly' with
        Skelly parsed as an adverb is the tag read by word forms; else the
        speaker of the same sentence's quote before, else whoever the
        previous sentence is about ('« … », poursuit le ministre. Et de
        conclure : « … »')."""
        if att is None or att.speaker is not None or att.method != "cue" or self.a.is_chant(att):
            return att
        span = self.spans[n]
        pp, units = self.parsed[span.paragraph], self.units[span.paragraph]
        tag = self.a.post_quote_tag(span, pp)
        unit = self.unit(n)
        if tag is not None and tag.speaker is not None:
            return tag
        if (same := self._same_sentence_as_previous(n)) is not None and same.speaker is not None:
            return same  # 'said Skelly, explaining …: "…"'
        if unit is not None:
            att.speaker = self.a.previous_subject(unit, units, pp) or self._previous_speaker(n)
        return att

    @staticmethod
    def _narrative_infinitive(att: Attribution, pp: ParsedParagraph) -> bool:
        """'Et de conclure : « … »': a reporting infinitive that is its
        sentence's main verb has no subject by grammar; it goes on with the
        speaker before (a nearest verb with no subject otherwise names no one)."""
        if att.cue_start is None:
            return False
        cue = next(iter(pp.tokens_from(att.cue_start - pp.offset)), None)
        return cue is not None and cue.idx + pp.offset == att.cue_start and cue.dep_ == "ROOT" \
            and any(c.dep_ == "mark" and c.pos_ == "ADP" for c in cue.children)

    def _continued_by(self, n: int, inherited: Optional[Attribution]) -> Optional[Attribution]:
        """'"We will invest 100 billion. ¶ "It will create jobs," he said.':
        a quote left open at its paragraph's end, reopened in the next one
        where its tag stands, is that tag's speaker's, over a speaker it
        would inherit from the sentence before ('Merkel a fait savoir … ¶
        « Nous avons fait … ¶ « Sans cela …, a prévenu Charles Michel');
        the same words for the speaker there keep the nearer mention."""
        follower = next((m for m in range(n + 1, min(n + 3, len(self.spans))) if self.spans[m].continued_from == n), None)
        if follower is None:
            return inherited
        span = self.spans[follower]
        pp = self.parsed[span.paragraph]
        att = self.a.attribute(span, pp, self.units[span.paragraph]) or self.a.post_quote_tag(span, pp)
        if att is None or att.speaker is None or att.method != "cue":
            return inherited
        if inherited is not None and inherited.speaker is not None and fold(inherited.speaker.text) == fold(att.speaker.text):
            return inherited
        self.tagged_ahead.add(n)  # (the follower reads its own tag again, not this borrowing)
        return Attribution("continuation", speaker=att.speaker, cue=att.cue, cue_start=att.cue_start, cue_end=att.cue_end)

    def _previous_speaker(self, n: int) -> Optional[Mention]:
        """'« … », martèle le ministre. Et d'ajouter : « … »': a reporting verb
        with no subject of its own, after a sentence whose subject the parse
        did not find (it stands after its verb), continues the speaker of
        that sentence's quote."""
        prev_unit, prev_pp = self._previous_unit(n)
        if prev_unit is None or prev_pp.index != self.spans[n].paragraph:
            return None
        last = self._speaker_in(n, prev_unit, prev_pp)
        return last.speaker if last is not None else None

    def _named_tag(self, n: int) -> Optional[Attribution]:
        """'"… Is Obama profiling?" reacted Trump.': a name and a verb with
        nothing after them tag the quote before, whatever the verb; checked
        before the last speaker is inherited."""
        return self.a.named_tag(self.spans[n], self.parsed[self.spans[n].paragraph])

    def fallback(self, n: int) -> Optional[Attribution]:
        """For a run no rule attributed: a name and any verb right after it,
        else the subject of its clause. Only the filter
        decides whether such a run is kept. The article's latest speaker is
        no candidate: a cue-less quote after a change of subject is nobody's
        until the text says whose (it is right one time in five on PolNeAR)."""
        span = self.spans[n]
        pp = self.parsed[span.paragraph]
        att = self.a.post_quote_verb(span, pp)
        if att is None:
            att = self.a.clause_subject(span, pp, self.units[span.paragraph])
        return att

    def _byline_paragraph(self, n: int) -> Optional[Attribution]:
        """A quote that closes its paragraph, then a paragraph that is only a
        dash and a name ('- Hillary Clinton.'), as fact-checks print them."""
        span = self.spans[n]
        para = self.paragraphs[span.paragraph]
        if span.paragraph + 1 >= len(self.paragraphs) or self.text[span.outer_end : para.end].strip(" .\n"):
            return None
        nxt = self.paragraphs[span.paragraph + 1]
        if any(s.paragraph == nxt.index for s in self.spans):
            return None  # '— Rien, a répondu le ministre.': a dialogue line, no byline
        m = BYLINE_PARAGRAPH.match(self.text[nxt.start : nxt.end])
        if m is None:
            return None
        name = m.group(1).rstrip(" .,")
        start = nxt.start + m.start(1)
        end = start + len(name)
        return Attribution("byline", speaker=Mention(start=start, end=end, text=name, head=name.split()[-1].lower()))

    def _bracketed_source(self, n: int) -> Optional[Attribution]:
        """'HOW CHINA’S DECLINE AFFECTS THE WORLD “China’s slowdown is …”
        [WaPo.]': a newsletter's excerpt, its source named in square brackets
        right after it, is that outlet's words, as 'according to' it. The
        bracket holds a name (proper nouns, an acronym), not an editor's
        note ('[Applause]', '[sic]')."""
        span = self.spans[n]
        if span.close_at is None:
            return None
        pp = self.parsed[span.paragraph]
        m = BRACKETED_SOURCE.match(self.text, span.outer_end)
        if m is None:
            return None
        start, end = m.start(1), m.start(1) + len(m.group(1).rstrip(". "))
        words = [t for t in pp.doc if start <= t.idx + pp.offset < end and t.is_alpha]
        if words and words[0].pos_ == "DET" and len(words) > 1:
            words = words[1:]  # ('[The Atlantic]', '[Le Monde]')
        if not words or not all(t.pos_ == "PROPN" or t.is_upper for t in words):
            return None
        name = self.text[start:end]
        bracket = m.group(0).strip()
        outlet = Mention(start=start, end=end, text=name, head=name.split()[-1].lower(), ent_label="ORG")
        return Attribution("according", cue=bracket, cue_start=m.end() - len(bracket), cue_end=m.end(), speaker=outlet)

    def _listed_before_a_tag(self, n: int) -> Optional[Attribution]:
        """'« On en a marre ! », « Justice pour Nahel ! », ont scandé les
        manifestants': runs listed with a comma alone between them
        share the tag written after the last one."""
        if n + 1 >= len(self.spans):
            return None
        span, nxt = self.spans[n], self.spans[n + 1]
        if nxt.paragraph != span.paragraph or LISTED_RUNS.fullmatch(self.text, span.outer_end, nxt.outer_start) is None:
            return None
        pp = self.parsed[nxt.paragraph]
        tag = self.a.post_quote_tag(nxt, pp)
        if tag is None or tag.speaker is None:
            return self._listed_before_a_tag(n + 1)
        return Attribution("inherited", speaker=tag.speaker, cue=tag.cue, cue_start=tag.cue_start, cue_end=tag.cue_end)

    def _same_sentence_as_previous(self, n: int) -> Optional[Attribution]:
        """'"…," he said, "…"': the second half of a quote split by its cue;
        and the other runs of a sentence whose first run is what its subject
        did ('Trump launched into a lament for the "…" who are "…"')."""
        if n == 0 or (n - 1) not in self.found:
            return None
        prev, span = self.spans[n - 1], self.spans[n]
        if prev.paragraph != span.paragraph or self.unit(n - 1) != self.unit(n):
            return None
        prev_att = self.found[n - 1]
        if prev_att.method not in ("cue", "continuation", "inherited", "colon", "agent"):
            return None
        return Attribution("inherited", speaker=prev_att.speaker, cue=prev_att.cue, cue_start=prev_att.cue_start, cue_end=prev_att.cue_end)

    def _resumed_after_aside(self, n: int) -> Optional[Attribution]:
        """'He said, "Trump will build the wall" - at which point the crowd
        chanted "Build the wall!" - "and restore law and order"': a run that
        opens in lower case right after an aside set off by dashes goes on
        with the quote the aside interrupted, and its speaker."""
        span = self.spans[n]
        if not self.text[span.start : span.start + 1].islower():
            return None
        for m in range(n - 1, -1, -1):
            before = self.spans[m]
            if before.paragraph != span.paragraph:
                return None
            between = self.text[before.outer_end : span.outer_start].strip(" ,\u00a0")
            if len(between) > 1 and between[0] in DASHES and between[-1] in DASHES:
                prev = self.found.get(m)
                return Attribution("inherited", speaker=prev.speaker, cue=prev.cue) if prev is not None else None
        return None

    def _dialogue_turn(self, n: int) -> Optional[Attribution]:
        """'— Et vous ? a demandé le journaliste. / — Rien, a répondu le
        ministre. / — Vraiment ?': an untagged dialogue line is a turn of
        whoever spoke two lines before, when the two lines before it are
        tagged turns of two different speakers; a line of a dialogue whose
        turns are not yet known (after a blank line, or one tagged turn
        only) is speech by nobody named."""
        turn = Attribution("inherited", speaker=None, cue=None)
        if not self._dialogue_goes_on(n) or not self._dialogue_goes_on(n - 1):
            return turn
        asker, answerer = self.found.get(n - 2), self.found.get(n - 1)
        if asker is not None and asker.speaker is not None and (answerer is None or answerer.speaker is None) \
                and self._question(n - 1) and not self._question(n):
            # '— Pourquoi … ? / — Parce que …, répond X. / — Et en 2017 ? / — Non.':
            # the unnamed interviewer asks, the one who answered answers again
            return Attribution("inherited", speaker=asker.speaker, cue=None)
        if asker is None or answerer is None or asker.speaker is None or answerer.speaker is None:
            return turn
        if fold(asker.speaker.text) == fold(answerer.speaker.text):
            return turn
        return Attribution("inherited", speaker=asker.speaker, cue=None)

    def _question(self, n: int) -> bool:
        """Quote n asks: it ends with a question mark."""
        span = self.spans[n]
        return self.text[span.start : span.end].rstrip(" .»«\"”").endswith("?")

    def _dialogue_goes_on(self, n: int) -> bool:
        """Quote n is a dialogue line on the line right after dialogue line n - 1."""
        if n < 1:
            return False
        prev, span = self.spans[n - 1], self.spans[n]
        if prev.style != "dash" or span.style != "dash" or prev.paragraph != span.paragraph - 1:
            return False
        # (a blank line between two lines starts another exchange)
        return self.text.count("\n", self.paragraphs[prev.paragraph].end, self.paragraphs[span.paragraph].start) <= 1

    def _introduced(self, n: int) -> Optional[Attribution]:
        """The sentence before introduces this one: 'X said:', 'From X:'."""
        span = self.spans[n]
        pp = self.parsed[span.paragraph]
        unit = self.unit(n)
        if unit is None:
            return None
        units = self.units[span.paragraph]
        idx = units.index(unit)
        if idx > 0:
            prev_unit, prev_pp = units[idx - 1], pp
        elif self.text[unit.start_char + pp.offset : span.outer_start].strip(" \t\n-—–"):
            # ('… for context: ¶ Sanders is not the first to reduce it to
            # “moaning.”': a paragraph that opens with the writer's own words
            # is not the text a colon before it introduces)
            return None
        elif span.paragraph - 1 in self.parsed and self.units[span.paragraph - 1]:
            prev_pp = self.parsed[span.paragraph - 1]
            prev_unit = self.units[span.paragraph - 1][-1]
            if not prev_unit.text.rstrip().endswith(":"):
                return None
        else:
            return None
        att = self.a.introducer(prev_unit, prev_pp, bare=not self._opens_its_sentence(n, unit, pp))
        if att is None and idx == 0:
            # 'Trump issued the following statement:' then the quote's paragraph.
            colon = [t for t in prev_unit if t.text == ":"]
            if colon:
                att = self.a.before_colon(prev_pp.doc[prev_unit.start : colon[-1].i], prev_pp.doc[colon[-1].i : colon[-1].i + 1], prev_pp)
                if att is not None and (att.speaker is None or self.a.w.PRONOUNS.get(att.speaker.text.lower()) == "neuter"):
                    return None  # 'Wait, it gets better:' introduces nobody
        return att

    def _opens_its_sentence(self, n: int, unit: Span, pp: ParsedParagraph) -> bool:
        """Nothing but the opening mark before quote n in its sentence: what
        any cue with nothing reported ('Sanders replied in the hall.') goes on
        to. A sentence with words of its own before the quote ('Republicans
        quickly learned that the "Solid South" …') is introduced by a bare
        report only."""
        return not self.text[unit.start_char + pp.offset : self.spans[n].outer_start].strip(" \t\n-—–")

    def _previous_unit(self, n: int) -> tuple[Optional[Span], Optional[ParsedParagraph]]:
        """The sentence right before quote n's sentence, across a paragraph break."""
        span = self.spans[n]
        return self._unit_before(self.unit(n), span.paragraph)

    def _unit_before(self, unit: Span, paragraph: int) -> tuple[Optional[Span], Optional[ParsedParagraph]]:
        """The sentence right before `unit` of `paragraph`, across a paragraph break."""
        units = self.units[paragraph]
        idx = units.index(unit)
        if idx > 0:
            return units[idx - 1], self.parsed[paragraph]
        prev_para = paragraph - 1
        if prev_para in self.parsed and self.units[prev_para]:
            return self.units[prev_para][-1], self.parsed[prev_para]
        return None, None

    def _quotes_back_in(self, n: int, unit: Span, pp: ParsedParagraph) -> Iterator[int]:
        """The quotes before quote n that start in `unit` (a sentence before
        it), latest first, looking back from n only: a transcript holds
        thousands."""
        lo, hi = unit.start_char + pp.offset, unit.end_char + pp.offset
        for m in range(n - 1, -1, -1):
            if self.spans[m].start < lo:
                return
            if self.spans[m].start < hi:
                yield m

    def _speaker_in(self, n: int, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """The attribution of the last quote before n that lies in `unit`."""
        return next((self.found[m] for m in self._quotes_back_in(n, unit, pp)
                     if m in self.found and self.found[m].speaker is not None), None)

    def _speaker_across(self, n: int, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """The attribution of the last quote in the sentence before `unit`,
        when `unit` itself (the sentence before quote n) holds no quote."""
        if next(self._quotes_back_in(n, unit, pp), None) is not None:
            return None
        before, before_pp = self._unit_before(unit, pp.index)
        return self._speaker_in(n, before, before_pp) if before is not None else None

    def _still_about_speaker(self, n: int, prev_unit: Span, prev_pp: ParsedParagraph) -> Optional[Attribution]:
        """'"…," Trump added. He then had a question for the crowd. "Who's
        going to pay for it?"': a sentence between two quotes whose subject is
        the first quote's speaker (the same name, or "he"/"she") keeps the
        floor with that speaker."""
        last = self._speaker_across(n, prev_unit, prev_pp)
        if last is None:
            return None
        subject = self.a.main_subject(prev_unit, prev_pp)
        if subject is None or not self.a.same_speaker(subject, last.speaker):
            return None
        return Attribution("inherited", speaker=self.a.noun_phrase(subject, prev_pp), cue=None)

    def _answer_to_question(self, n: int, prev_unit: Span, prev_pp: ParsedParagraph) -> Optional[Attribution]:
        """'Why was he out in 97-degree heat? "My mom says I have to save up
        for college."': the writer's question about someone, in the quote's
        own paragraph and right before it, is answered in that person's words."""
        span = self.spans[n]
        if prev_pp.index != span.paragraph or self.text[prev_unit.end_char + prev_pp.offset : span.outer_start].strip():
            return None
        outside = [t for t in prev_unit if not self.a._in_ranges(t, prev_pp.quoted) and not t.is_space]
        if not outside or outside[-1].text != "?":
            return None
        subject = self.a.main_subject(prev_unit, prev_pp)
        if subject is None or not self._someone(subject) or self.a.w.PRONOUNS.get(subject.lower_) == "first":
            return None
        return Attribution("inherited", speaker=self.a.noun_phrase(subject, prev_pp), cue=None)

    def _past_a_remark_about_nobody(self, n: int, prev_unit: Span, prev_pp: ParsedParagraph) -> Optional[Attribution]:
        """'"…," said Freddy Ortega. But the oversized Trump face beaming from
        billboards hasn't hurt interest. "It's had a marvelous result."': within
        one paragraph, a sentence of the writer's whose subjects are no one
        keeps the floor with the speaker quoted right before it. ("They" is
        someone: 'They also lie in a dead zone', the towns, reads as people.)"""
        # (the sentence before it opens no paragraph: all three are in one)
        if prev_pp.index != self.spans[n].paragraph or self.units[prev_pp.index].index(prev_unit) == 0:
            return None
        last = self._speaker_across(n, prev_unit, prev_pp)
        if last is None:
            return None
        outside = [t for t in prev_unit if not self.a._in_ranges(t, prev_pp.quoted)]
        if any(self.a.is_cue(t) or (t.dep_ in SUBJECT_DEPS and self._someone_named(t)) for t in outside):
            return None
        return Attribution("inherited", speaker=last.speaker, cue=None)

    def _someone_named(self, subject: Token) -> bool:
        """A subject that is someone, or names someone in apposition ('his
        rival Juan Perez', which the parse heads with "rival")."""
        return any(self._someone(t) for t in (subject, *(c for c in subject.children if c.dep_ == "appos")))

    def _inherited(self, n: int) -> Optional[Attribution]:
        """A quote that is a sentence of its own takes the speaker of the
        sentence right before it: an attributed quote ('"…," Allen concluded.
        "And if …"') or a reporting verb ('Lynch announced … . "We are …"').
        Anything else in between breaks the chain."""
        span = self.spans[n]
        pp = self.parsed[span.paragraph]
        unit = self.unit(n)
        if unit is None or self.a.has_narrative(span, unit, pp):
            return None
        prev_unit, prev_pp = self._previous_unit(n)
        while prev_unit is not None and prev_pp is not None and self._stage_direction(prev_unit, prev_pp):
            # ('"Well, thank you so much -." ¶ Pause. ¶ "Well, you do that!"': a
            # pause, applause or laughter passes no turn)
            prev_unit, prev_pp = self._unit_before(prev_unit, prev_pp.index)
        if prev_unit is not None and prev_pp is not None and (opened := self._bracketed_aside(prev_unit, prev_pp)) is not None:
            prev_unit, prev_pp = self._unit_before(opened, prev_pp.index)
        if prev_unit is None:
            return None
        prev = self._speaker_in(n, prev_unit, prev_pp)
        if prev is not None:
            return self._reporter_after(prev, prev_unit, prev_pp) or Attribution("inherited", speaker=prev.speaker, cue=None)
        return self.a.reporting_sentence(prev_unit, prev_pp) or self._still_about_speaker(n, prev_unit, prev_pp) \
            or self._past_a_remark_about_nobody(n, prev_unit, prev_pp) or self._answer_to_question(n, prev_unit, prev_pp)

    def _bracketed_aside(self, unit: Span, pp: ParsedParagraph) -> Optional[Span]:
        """'Richards spoke about the case. (The laws require …. The bill also
        bans …) ¶ "Roe v. Wade is the law of the land."': sentences in
        brackets that end with `unit`, opened at a sentence's start, quoting
        nothing and about no one, are the writer's aside, which passes no
        turn. Returns the aside's first sentence (the quote after it reads
        on from the sentence before that), or None for no such aside."""
        text = pp.text[: unit.end_char].rstrip()
        if not text.endswith(")"):
            return None
        opening = text.rfind("(")
        units = self.units[pp.index]
        first = next((u for u in units if u.start_char <= opening < u.end_char), None) if opening >= 0 else None
        if first is None or pp.text[first.start_char : opening].strip():
            return None  # ('… the law (which …)': a bracket inside a sentence)
        inside = [u for u in units if first.start_char <= u.start_char <= unit.start_char]
        if any(self.a._in_ranges(t, pp.quoted) for u in inside for t in u):
            return None
        if any((subject := self.a.main_subject(u, pp)) is not None and self._someone_named(subject) for u in inside):
            return None  # ('(Tom Reyes, who runs a clinic, says …)': the aside is about someone)
        return first

    def _stage_direction(self, unit: Span, pp: ParsedParagraph) -> bool:
        """A sentence of a word or two with no verb and no one in it ('Pause.',
        '(Laughter.)', 'Silence.'), outside any quote: a transcript's note."""
        words = [t for t in unit if not t.is_punct and not t.is_space]
        return 0 < len(words) <= 2 and all(t.is_alpha for t in words) and not any(
            t.pos_ in ("VERB", "AUX", "PROPN", "PRON") or self._someone(t) or self.a._in_ranges(t, pp.quoted) for t in words)

    def _reported_on(self, n: int) -> Optional[Attribution]:
        """'This makes it hard to dislodge misinformation, he said. Good
        information can still drive it out, but only when "the truth is
        sexier than the lie."': words quoted in a sentence that reports
        nothing and is about no one, right after a sentence with a speaker,
        go on with that speaker."""
        span = self.spans[n]
        pp = self.parsed[span.paragraph]
        unit = self.unit(n)
        words = self.text[span.start : span.end].split()
        if unit is None or len(words) < REPORTED_ON_MIN_WORDS or _title_case(self.a.w, " ".join(words)):
            return None  # ('a "dry port"', '"Crippled America"': a label or a title, not words said)
        ranges = pp.quoted
        if any(self.a.is_cue(t) for t in unit if not self.a._in_ranges(t, ranges)):
            return None
        prev_unit, prev_pp = self._previous_unit(n)
        if prev_unit is None:
            return None
        prev = self._speaker_in(n, prev_unit, prev_pp) or self.a.reporting_sentence(prev_unit, prev_pp)
        if prev is None or prev.speaker is None or not any(self._someone(t) for t in prev.speaker.tokens if t.dep_ not in ("prep", "pobj")):
            return None  # ('A disproportionate number of refugees have been Christian'): no one spoke before
        subjects = [t for t in unit if t.dep_ in SUBJECT_DEPS and not self.a._in_ranges(t, ranges)]
        if any(self._someone(t) and not self.a.same_speaker(t, prev.speaker) for t in subjects):
            return None  # a sentence about someone else ('When Trump wrapped up — "…"'): their deeds, not the speaker's words
        return Attribution("inherited", speaker=prev.speaker, cue=None)

    def _someone(self, token: Token) -> bool:
        """A name, a personal pronoun or a listed word for a person or body
        ('the person', 'the agency'), not any noun in '-er' ('a number')."""
        w = self.a.w
        return token.pos_ == "PROPN" or token.ent_type_ in ("PERSON", "PER", "ORG", "NORP", "GPE") \
            or w.PRONOUNS.get(token.lower_) in ("male", "female", "plural", "first") \
            or person_noun(token.lower_, w, w.ORGANISATION_WORDS | w.GROUP_WORDS, endings=False)

    def _reporter_after(self, prev: Attribution, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'"…," Ebeling said, and her husband cut in. "Don’t forget …"': a
        reporting clause after the last quote's own cue, with a subject of its
        own, hands the floor to that subject."""
        if prev.cue_start is None or prev.speaker is None:
            return None
        cue = next((t for t in unit if t.idx + pp.offset == prev.cue_start), None)
        if cue is None:
            return None
        for verb in cue.children:
            if verb.dep_ == "conj" and self.a.is_cue(verb):
                speaker = self.a.subject_of(verb, pp, False)
                if speaker is not None and speaker.start > prev.speaker.start:
                    return Attribution("inherited", speaker=speaker, cue=None)
        return None

    def kind_of(self, n: int) -> str:
        """'full' for a sentence or clause, 'partial' for a fragment."""
        span = self.spans[n]
        pp = self.parsed[span.paragraph]
        qs, qe = span.start - pp.offset, span.end - pp.offset
        quoted = pp.doc.char_span(qs, qe, alignment_mode="expand")
        inside = list(quoted) if quoted is not None else []
        body = self.text[span.start : span.end].lstrip("(['\"")
        if body[:1].isupper() and (self.text[span.start : span.end].rstrip()[-1:] in ".!?,…" or _starts_sentence(self.text, span)):
            return "full"
        if any(t.dep_ in ("nsubj", "nsubjpass", "nsubj:pass") and qs <= t.head.idx < qe and t.head.pos_ in ("VERB", "AUX") for t in inside):
            return "full"
        return "partial"


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


def _speaker_holds(att: Attribution, span: QuoteSpan, text: str) -> bool:
    """'an unaligned "Wyoming first" push, which proposed …': the run names
    the speaker (or what its relative pronoun stands for); it is not its words."""
    mentions = [att.speaker, att.speaker.antecedent] if att.speaker is not None else []
    # 'wrote the authors of the "Growth and Opportunity Project,"': the
    # comma the run keeps inside its marks is no part of the name.
    end = span.start + len(text[span.start:span.end].rstrip(" ,.;:"))
    return any(m is not None and m.start <= span.start and end <= m.end for m in mentions)


def _quoted_label(text: str) -> bool:
    """Whether a phrase ends inside quotation marks it opened ('a "paperwork
    error'): its head is a label, not a name ('Juan "Chico" Manriquez')."""
    return text.count("“") > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


def _starts_sentence(text: str, span: QuoteSpan) -> bool:
    before = text[: span.outer_start].rstrip()
    return not before or before[-1] in ".!?:\n" or before.endswith(("said", "says"))


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


def _resolve_speaker(
    mention: Optional[Mention],
    entities: ArticleEntities,
    recent: list[tuple[int, str, str]],
    organisations: list[str],
    w,
    sentence_start: int,
) -> tuple[Optional[str], Optional[str], list[str]]:
    """(name, kind, titles) for a speaker mention."""
    if mention is None:
        return None, None, []
    if mention.antecedent is not None:
        if _quoted_label(mention.antecedent.text):
            return None, None, []  # 'a "paperwork error" that was reported': a thing, no speaker
        return _resolve_speaker(mention.antecedent, entities, recent, organisations, w, sentence_start)
    if mention.is_document:
        if mention.issuer is not None:
            return _resolve_speaker(mention.issuer, entities, recent, organisations, w, sentence_start)
        owner = _owner_pronoun(mention, w)
        if owner is not None:
            # ('His comments came after …': whoever "his" stands for, as for 'Her economic plan')
            resolved = entities.resolve_pronoun(owner, mention.start, sentence_start, recent)
            return (resolved[0], resolved[1], []) if resolved else (None, None, [])
        issued = _issued_before(mention, entities, w)
        if issued is not None:
            return issued[0], issued[1], []
        if organisations and _definite(mention, w):
            # 'the statement said': the body last quoted; 'one such document, obtained by The Post': none named
            return organisations[-1], "organisation", []
        return mention.text, "organisation", []
    if mention.is_pronoun:
        if w.PRONOUNS.get(mention.text.lower().lstrip("-")) in ("first", "second", "relative"):
            return None, None, []
        resolved = entities.resolve_pronoun(mention.text, mention.start, sentence_start, recent)
        if resolved is None:
            # A pronoun right after a document source ("A press release from
            # the Kremlin …, he said") points at its issuer.
            return None, None, []
        return resolved[0], resolved[1], []
    owner = _owner_pronoun(mention, w)
    if owner is not None and not _speaks_for_itself(mention, w):
        resolved = entities.resolve_pronoun(owner, mention.start, sentence_start, recent)
        return (resolved[0], resolved[1], []) if resolved else (None, None, [])
    bare = fold(mention.text)
    if bare in w.ELLIPTICAL_SPEAKERS:
        return _elliptical_speaker(bare, mention.start, recent, w)
    if bare in w.QUANTIFIER_SPEAKERS:
        return None, None, []  # 'Some chanted', 'most said': of a group the reader knows, not a name
    role = _role_of(mention, w)
    if role is not None:
        modifiers = [t.text for t in mention.tokens[1:] if t.lower_ != role]
        named = entities.resolve_role(role, modifiers, mention.start)
        guessed = not _held_only_as_given(mention, role)
        if named is None and guessed:
            named = _role_of_speaker(role, modifiers, entities, recent, mention.start)
        if named is None and guessed:
            named = _subject_described(role, modifiers, entities, recent, mention.start, sentence_start)
        if named is not None:
            return named, "person", [_drop_article(mention.text, w)]
    again = _described_again(mention, recent, w)
    if again is not None:
        return again, "anonymous", []
    return _name_of(mention, entities, w)


def _bare_word(name: str, w) -> bool:
    """A speaker name that is one pronoun, clitic, article or preposition
    ("-elle", "s'", "Le"), or no word at all (the "-" the tokenizer cut out of
    « Celle-ci »): the contract of a quote is a resolved name, never a bare
    word. (Not every grammar word: "Will" is George Will.)"""
    if not any(c.isalnum() for c in name):
        return True
    if name.lower() == EUPHONIC_T:
        return True  # 'a-t-il qui …': a relative hung on the euphonic t
    bare = fold(name).lstrip("-")
    return " " not in bare and (bare in w.PRONOUNS or bare in w.TITLE_SMALL_WORDS or bare in w.REFLEXIVE_CLITICS)


#: How far after the last quote a role description may continue its speaker.
ROLE_SPEAKER_WINDOW = 500


def _role_of_speaker(role: str, modifiers: list[str], entities: ArticleEntities, recent: list[tuple[int, str, str]], position: int) -> Optional[str]:
    """'"…," Trump told ABC. "…," the candidate said': a role description the
    article ties to no name stands for the speaker of the quote just before,
    when that speaker is also the last person named, as a subject. The same
    reading as a pronoun's ('"…," Trump said. "…," he added'); anyone named
    in between keeps the description as written, and so does a role the
    article gives someone else ('"…," Borger asked. "…," the senator said'
    with Sen. Claire McCaskill named: not the journalist)."""
    if not recent:
        return None
    at, name, kind = recent[-1]
    if kind != "person" or position - at > ROLE_SPEAKER_WINDOW:
        return None
    last = entities.last_person_before(position)
    # (named as a subject, or in the tag of that quote: 'a déclaré à l'AFP Jean Castex', inverted)
    if last is None or not (last.subject or last.start > at) or entities.full_name(last.name) != name:
        return None
    if entities.role_given_to_another(role, name, modifiers) or entities.known_in_another_office(role, name):
        return None
    return name


def _described_again(mention: Mention, recent: list[tuple[int, str, str]], w) -> Optional[str]:
    """'said a senior European diplomat …. "…," the diplomat said': a
    definite description by the noun of the unnamed speaker just before is
    that speaker, named as the article first described them."""
    tokens = mention.tokens
    if not recent or len(tokens) != 2 or tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return None
    at, name, kind = recent[-1]
    first, *rest = fold(name).split()
    noun = tokens[1].lower_
    # (its words before any preposition: 'un diplomate européen', not 'a spokesman for the senator')
    described = list(itertools.takewhile(lambda word: word not in w.STOPWORDS, rest))
    if kind != "description" or mention.start - at > ROLE_SPEAKER_WINDOW or first not in w.ANONYMOUS_DETERMINERS \
            or fold(noun) not in described or not person_noun(noun, w, frozenset(w.GENDERED_NOUNS)):
        return None  # (a person by the same noun: not 'the discussion' after 'one Democrat familiar with the discussion')
    return name


def _subject_described(role: str, modifiers: list[str], entities: ArticleEntities, recent: list[tuple[int, str, str]],
                       position: int, sentence_start: int) -> Optional[str]:
    """'Ben Carson says he is under attack. "…," the Republican presidential
    candidate told CBS': a description the article gives no one else with
    its capitalised words ('the Florida senator' is not Florida Sen. Bill
    Nelson's when Nelson is named) varies the name an earlier sentence was about
    (ArticleEntities.subject_before), unless someone else spoke last
    ('"…," Trump told ABC. Sen. Ted Cruz disagreed. "…," the candidate said':
    either of them)."""
    named = entities.subject_before(role, position, sentence_start)
    if named is None or entities.role_given_to_another(role, named, modifiers) or entities.known_in_another_office(role, named):
        return None
    at, speaker, kind = recent[-1] if recent else (0, None, None)
    if kind in ("person", "organisation") and position - at <= ROLE_SPEAKER_WINDOW and speaker != named:
        return None  # ('Trump' is often read as an organisation)
    return named


def _definite(mention: Mention, w) -> bool:
    """'the email', 'The statement': a thing the reader already knows of."""
    return bool(mention.tokens) and mention.tokens[0].lower_ in w.DEFINITE_DETERMINERS


def _issued_before(mention: Mention, entities: ArticleEntities, w) -> Optional[tuple[str, str]]:
    """'The Cruz campaign sent a fundraising email …. "…," the email read':
    a definite document the article said someone sent is theirs."""
    if not _definite(mention, w):
        return None
    head = mention.head_token()
    return entities.issuer_of(lemma_of(head), mention.start) if head is not None else None


def _owner_pronoun(mention: Mention, w) -> Optional[str]:
    """The pronoun standing for the owner of a speaker that opens with a
    possessive ('Her economic plan', 'his campaign', 'its'), or None.
    ("her campaign's leadership" is owned through what she owns: left as written.)"""
    tokens = mention.tokens
    if not tokens or tokens[0].lower_ not in w.POSSESSIVE_PRONOUNS:
        return None
    if any(t.lower_ in ("'s", "’s") for t in tokens):
        return None
    return w.POSSESSIVE_PRONOUNS[tokens[0].lower_]


def _speaks_for_itself(mention: Mention, w) -> bool:
    """Whether what a possessive owns can speak: a person, a group or a body
    ('his wife', 'her campaign', 'their supporters'), not a thing ('Her
    economic plan calls for', 'his eyes gleaming, as if to say', 'according
    to its analysis'), through which the owner spoke."""
    if len(mention.tokens) < 2:
        return False
    last = mention.tokens[-1]
    speakers = w.GROUP_WORDS | w.BODY_WORDS | w.ORGANISATION_WORDS | w.KIN_WORDS | w.COMPANION_WORDS
    return person_noun(last.lower_, w, speakers) or last.pos_ == "PROPN"


#: How far back the description an elliptical speaker ('Another said') repeats may be.
ELLIPSIS_WINDOW = 600


def _elliptical_speaker(word: str, position: int, recent: list[tuple[int, str, str]], w) -> tuple[Optional[str], Optional[str], list[str]]:
    """'"…," one user wrote. Another said …': the noun left out is the one of
    the anonymous source quoted just before ('another user'); with none, the
    speaker is nobody named, never the bare word."""
    if recent:
        at, name, _ = recent[-1]
        first, _, rest = name.partition(" ")
        if position - at <= ELLIPSIS_WINDOW and rest and first.lower() in w.ANONYMOUS_DETERMINERS:
            return f"{word} {rest}", "anonymous", []
    return None, None, []


def _role_of(mention: Mention, w) -> Optional[str]:
    """The role noun of 'the Florida senator', 'the Republican presidential
    candidate': a definite singular description of a person, no name in it."""
    tokens = mention.tokens
    if len(tokens) < 2 or tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return None
    phrase = w.ROLE_PHRASES.get(fold(mention.text[len(tokens[0].text) :].strip()))
    if phrase is not None:
        return phrase  # 'le chef de l'Etat'
    if any(t.ent_type_ in ("PERSON", "PER") and t.lower_ not in w.TITLE_WORDS for t in tokens):
        return None  # (a title the NER called a person, 'le Premier ministre', is still a role)
    # ('the GOP front-runner': three tokens; 'le maire de Villeurbanne': the role first)
    for head in (mention.text.split()[-1].lower().strip(".,;:"), tokens[-1].lower_, mention.head):
        if head in w.ROLE_TITLES or head in w.PERSON_ROLES:
            return head
    return None


def _held_only_as_given(mention: Mention, role: str) -> bool:
    """A role only someone the article gave it holds, never guessed from who
    spoke or was named last: one written before its complement ('the former
    secretary of State', 'le maire de Villeurbanne'; not 'the Florida
    senator', nor a phrase for a role, "le chef de l'Etat"), or one
    possessed ('the former vice president's spokeswoman' is not the vice
    president)."""
    written_first = mention.head == role and role not in (mention.tokens[-1].lower_, mention.text.split()[-1].lower().strip(".,;:"))
    return written_first or any(t.tag_ == "POS" or t.lower_ in ("'s", "’s") for t in mention.tokens)


def _drop_article(text: str, w) -> str:
    """'the Florida senator' as a title: 'Florida senator'."""
    first, _, rest = text.partition(" ")
    return rest if first.lower() in w.DEFINITE_DETERMINERS and rest else text


def _person_tokens(mention: Mention, w) -> list:
    """The person name a mention rests on, as one run of tokens: the run
    holding its head word ('Sanders campaign manager Jeff Weaver' is Jeff
    Weaver), else its last ("Santilli's attorney, Thomas Coan") unless the
    name only qualifies a group or a body after it ('Sanders protesters',
    'the Biden campaign'); never words past a sentence end ('Barack Obama.
    Among Latinos') nor a trailing small word ('Juan "Chico" Manriquez of')."""
    runs: list[list] = []
    for t in mention.tokens:
        if t.ent_type_ not in ("PERSON", "PER"):
            continue
        run = runs[-1] if runs else None
        if run is None or t.i != run[-1].i + 1 or t.ent_iob_ == "B" or t.sent != run[0].sent or run[-1].text == ".":
            runs.append([t])
        else:
            run.append(t)
    if not runs:
        return []
    run = next((r for r in runs if any(t.lower_ == mention.head for t in r)), None)
    if run is None:
        head = mention.head_token()
        run = runs[-1]
        if head is not None and run[-1].i < head.i and head.pos_ == "NOUN" and head.lower_ in w.GROUP_WORDS | w.BODY_WORDS | w.ORGANISATION_WORDS:
            return []  # 'Sanders protesters', 'the Biden campaign': a group or body named after someone
        if head is not None and run[-1].i < head.i and _possessor_of(run, head, w):
            return []  # "Donald Trump's campaign manager", "Cruz's lawyers": someone else, described
        if head is not None and _serves(run, head, w):
            return []  # 'a senior Cruz adviser', 'a spokesman for Bernie Sanders': someone else, described
    if all(t.lower_ in w.TITLE_WORDS for t in run):
        return []  # 'le Premier ministre' tagged as a person: a title, no name
    # 'Emmanuel Macron' with only 'Emmanuel' tagged: the capitalised word after it is the surname
    following = {t.i: t for t in mention.tokens}
    while run[-1].i + 1 in following and run[-1].whitespace_ == " ":
        nxt = following[run[-1].i + 1]
        if not (nxt.is_title and nxt.is_alpha) or nxt.ent_type_ or nxt.lower_ in w.TITLE_WORDS and not _title_as_surname(run, nxt):
            break
        run = run + [nxt]
    return trim_name_tokens(_with_first_name_before(run, {t.i for t in mention.tokens}, w))


@lru_cache(maxsize=None)
def _not_first_names(w) -> frozenset[str]:
    """Capitalised words before a surname that are no first name: titles,
    parties and callings, bodies, portfolios, honorifics."""
    return speaking_nouns(w) | w.AFFILIATION_WORDS | w.DEPARTMENT_WORDS | honorifics(w)


def _with_first_name_before(run: list, in_mention: set[int], w) -> list:
    """'said Paloma Wu, legal director' with only 'Wu' tagged: the one
    capitalised proper noun right before a lone tagged surname, inside the
    mention, is its first name, whether or not a list knows it; not a
    title, a party, a body or a sentence opener ('Judge Wu', 'Democrat Wu',
    'But Wu')."""
    if len(run) != 1 or run[0].i - 1 not in in_mention:
        return run
    before = run[0].doc[run[0].i - 1]
    word = fold(before.text)
    if before.pos_ != "PROPN" or not (before.is_title and before.is_alpha) or before.ent_type_ not in ("", "PERSON", "PER") \
            or before.whitespace_ != " " or word in _not_first_names(w) or word in sentence_openers(w.CODE):
        return run
    return [before] + run


def _title_as_surname(run: list, nxt) -> bool:
    """'Kathryn Judge, a law professor': a title word right after a first
    name alone, ending the name, is the surname (English puts titles first)."""
    first = fold(run[0].text)
    after = nxt.doc[nxt.i + 1] if nxt.i + 1 < len(nxt.doc) else None
    return len(run) == 1 and known_first_name(first) \
        and (after is None or not after.text[:1].isupper())


def _possessor_of(run: list, head, w) -> bool:
    """Whether the name owns the head noun and that noun is a person of its
    own ("Trump's campaign manager", "Cruz's lawyers"), not a thing the name
    issued ("Hoff's letter", "Clinton's plan")."""
    last = run[-1]
    after = last.doc[last.i + 1] if last.i + 1 < len(last.doc) else None
    marks = ("'s", "’s", "'", "’")
    if last.lower_ not in marks and (after is None or after.lower_ not in marks):
        return False
    if head.pos_ != "NOUN" or noun_in(head, w.SOURCE_NOUNS) or speech_noun(head, w):
        return False
    return person_noun(head.lower_, w)


def _serves(run: list, head, w) -> bool:
    """Whether the name only says whom the head noun's person works for or
    is close to: before the head as a modifier ('a senior Cruz adviser',
    'one Clinton aide'), or after it behind a preposition ('a spokesman for
    Bernie Sanders', 'an adviser to Trump'). A name in apposition ('a top
    strategist, John Weaver'; 'Sergueï Lavrov, le chef de …') is the person."""
    # ('one Democrat familiar with the Clinton campaign': a party member is a person noun too)
    member = head.ent_type_ == "NORP" and head.text[:1].isupper()
    if not member and (head.pos_ != "NOUN" or noun_in(head, w.SOURCE_NOUNS) or not person_noun(head.lower_, w, w.TITLE_WORDS)):
        return False
    if run[-1].i < head.i:
        # ('Sergueï Lavrov, le chef de la diplomatie russe,': a name set off by a
        # comma before the words describing it is the person they describe)
        return head.doc[run[-1].i + 1].text != ","
    between = list(head.doc[head.i + 1 : run[0].i])
    at = next((k for k, t in enumerate(between) if t.pos_ == "ADP"), None)
    if at is None or between[at].lower_ in w.EXAMPLE_PREPOSITIONS:
        return False  # ('economic advisers like Gene Sperling': the name is one of them)
    # ('master of ceremonies Asab Al-Tabchi': a noun of its own before the name titles it;
    # 'a spokesman for the Kremlin, Dmitry Peskov': the name set off by a comma is in apposition)
    return not any(t.is_punct or t.pos_ == "NOUN" and not person_noun(t.lower_, w, w.TITLE_WORDS) for t in between[at + 1 :])


def _honorific_gender(mention: Mention, person: list, w) -> Optional[str]:
    """The gender an honorific right before the name gives ('Mr. Obama')."""
    before = [t for t in mention.tokens if t.i < person[0].i]
    word = fold(before[-1].text) if before else ""
    return honorific_gender(word, w)


def _titles_around(mention: Mention, person: list, w) -> list[str]:
    """The words of the mention around the name it rests on, as its title
    ('Judicial Watch President' Tom Fitton), but an honorific alone ('Mr.'
    Rubio says nothing of who he is) or another person joined by a
    coordinator ('Mark Blumenthal and Cohen', 'Mark Blumenthal and Jon Cohen')."""
    text_of_doc = doc_text(person[0].doc)
    lo, hi = person[0].idx, person[-1].idx + len(person[-1].text)
    ahead = [t for t in mention.tokens if t.i < person[0].i]
    before = text_of_doc[mention.tokens[0].idx : lo].strip(" ,")
    if fold(before) in honorifics(w) or ahead and ahead[-1].pos_ == "CCONJ":
        before = ""  # ('Mark Blumenthal and' Jon Cohen)
    rest = [t for t in mention.tokens if t.i > person[-1].i]
    after = "" if rest and rest[0].pos_ == "CCONJ" else text_of_doc[hi : mention.tokens[-1].idx + len(mention.tokens[-1].text)]
    title = _without_article((before + " " + after).strip(" ,"), w)
    return [title] if title else []


def _apposition_after(person: list, w) -> list[str]:
    """'said Maria Lopez, 52, a nurse from Phoenix, who …': what the
    apposition after the name says the person is (not the age, not a
    clause about them), as a title."""
    doc = person[-1].doc
    # (the parse hangs it on the name's last word, or on its first: 'Maud |
    # Bregeon, porte-parole du gouvernement', where "Bregeon" is flat:name)
    for child in (c for tok in person for c in tok.rights if c.i > person[-1].i):
        if not _apposed(child) or child.pos_ != "NOUN" or child.left_edge.like_num:
            continue  # ('52', « 52 ans », '52 years old': an age; another name: someone else)
        end = child.right_edge.i
        while end + 2 < len(doc) and doc[end + 1].text == "-" and not doc[end].whitespace_ and not doc[end + 1].whitespace_:
            end = doc[end + 2].right_edge.i  # ('co-founder', which the parse may cut at the hyphen)
        relatives = w.PERSON_RELATIVES | w.THING_RELATIVES
        words = []
        start = child.left_edge.i
        while start < child.i and doc[start].is_punct:
            start += 1  # (the comma the parse gave the apposition)
        for tok in doc[start : end + 1]:
            dash = tok.text in DASHES and (tok.text != "-" or bool(tok.whitespace_))  # ('Moscow-based' is one word)
            if tok.i > child.i and (tok.text in (",", ";", ".", ":", "(") or dash or tok.dep_ in RELATIVE_CLAUSE_DEPS
                                    or tok.lower_ in relatives
                                    or tok.pos_ in ("VERB", "AUX") and bool(doc[tok.i - 1].whitespace_)):
                break
            words.append(tok)
        text = doc_text(doc)[words[0].idx : words[-1].idx + len(words[-1].text)]
        if any(mark in text for mark in '"“”«»') or len(text.split()) > 12:
            return []
        title = _without_article(text, w)
        return [title] if title else []
    return []


def _apposed(noun: Token) -> bool:
    """An apposition, also a noun set off by commas that the French parse
    calls a bare nmod ('Sergueï Lavrov, chef de la diplomatie russe,') or
    a conjunct ('Marie Dupont, 52 ans, habitante du quartier,'; not the age)."""
    if noun.dep_ == "appos":
        return True
    doc, start = noun.doc, noun.left_edge.i
    opened = doc[start].text == "," or start > 0 and doc[start - 1].text == ","  # (the parse may give it its comma)
    if not opened or any(c.dep_ == "case" for c in noun.children):
        return False
    if noun.dep_ == "nmod":
        return True
    end = noun.right_edge.i
    closed = doc[end].text == "," or end + 1 < len(doc) and doc[end + 1].text == ","
    return noun.dep_ == "conj" and closed and not any(c.dep_ in ("nummod", "cc") for c in noun.children)


def _without_article(title: str, w) -> str:
    """'Le président turc' -> 'président turc', 'the head of Russian
    diplomacy' -> 'head of Russian diplomacy': a title as split_titles gives
    it, the same however the mention was read. A capitalised article before
    a capital may start a name and stays ('The Hill reporter', 'A Plus reporter')."""
    articles = w.DEFINITE_DETERMINERS | frozenset(("a", "an", "un", "une"))
    words = title.split()
    if len(words) > 1 and fold(words[0]) in articles and (words[0][:1].islower() or words[1][:1].islower()):
        words = words[1:]
    elif words and words[0][:2].lower() in ("l'", "l’") and words[0][2:3].islower():
        words[0] = words[0][2:]
    return "" if len(words) == 1 and fold(words[0]) in articles else " ".join(words)


def _name_of(mention: Mention, entities: ArticleEntities, w) -> tuple[str, str, list[str]]:
    person = _person_tokens(mention, w)
    text = re.sub(r"(?:'s|’s)$", "", mention.text).strip()
    if person:
        lo, hi = person[0].idx, person[-1].idx + len(person[-1].text)
        text_of_doc = doc_text(person[0].doc)
        name = re.sub(r"(?:'s|’s)$", "", text_of_doc[lo:hi]).strip().lstrip(DASHES)
        titles = _titles_around(mention, person, w) or _apposition_after(person, w)
        affiliated = _name_with_affiliation(name, w, entities)
        if affiliated is not None:  # 'Laura Hines de Human Rights Watch' tagged one person
            name, titles = affiliated[0], titles + [affiliated[1]]
        name = after_honorific(name, w)
        name = entities.name_form(name) or name
        full = entities.full_name(name, _honorific_gender(mention, person, w))
        # ('Recep' before the 'Tayyip Erdogan' the NER tagged: a word of the name, no title)
        return full, "person", titles_not_of_name(titles, full)
    named = next((n for n in entities.distinct_names if len(n.split()) > 1 and text.endswith(", " + n)), None)
    if named is None:
        named = _name_after_role(mention, text, w)
    if named is not None:  # 'la présidente du RN, Marine Le Pen': a name the NER missed, known to the article
        return entities.full_name(named), "person", [text[: -len(named) - 2]]
    affiliated = _name_with_affiliation(text, w, entities)
    if affiliated is not None:  # 'Meenakshi Ganguly of Human Rights Watch' the NER read as one body
        return entities.full_name(affiliated[0]), "person", [affiliated[1]]
    titles, rest = split_titles(text, w.CODE)
    first = fold(rest.split()[0]) if rest else ""
    untagged = not any(t.ent_type_ in ("PERSON", "PER") for t in mention.tokens)
    if titles and untagged and len(rest.split()) > 1 and rest in entities.distinct_names and known_first_name(first):
        return entities.full_name(rest), "person", titles  # 'Phoenix Mayor Greg Stanton' the NER called a work
    if titles and untagged and _role_then_name(titles[-1], rest, w):
        return entities.full_name(rest), "person", titles  # 'Spokeswoman Haley Morris' the NER called an organisation
    honoured = _name_after_honorific(mention, w)
    if honoured is not None:  # 'M. Retailleau sur BFMTV' the NER read as one name
        return entities.full_name(honoured), "person", []
    epithet = _known_name_after_epithet(mention, entities)
    if epithet is not None:  # 'a warm-and-fuzzy Trump said', "Trump" tagged an organisation
        return entities.full_name(epithet), "person", []
    head = mention.tokens[-1] if mention.tokens else None
    if head is not None and (head.pos_ == "PROPN" or head.text[:1].isupper()) and (entities.known_person(text) or entities.written_in_full(text)):
        # 'Trump' tagged ORG (and even a common noun) after 'Donald Trump' was
        # named: the person again; so is 'Tanden' with 'Neera Tanden' written
        # where the NER saw no person.
        return entities.full_name(after_honorific(text, w)), "person", []
    if head is not None and (head.pos_ == "PROPN" or head.is_title) and mention.ent_label in (None, "", "PERSON", "PER") and not _is_org_word(text):
        stripped = after_honorific(text, w)
        honorific = stripped != text  # ('M. Macron', 'Mme Borne': a person whatever the tags)
        if all(word[:1].isupper() for word in stripped.split()):  # 'Auto Workers Secretary-Treasurer Gary Casteel'
            stripped = entities.name_form(stripped) or stripped
        full = entities.full_name(stripped)
        if full != stripped or mention.tokens[0].pos_ == "PROPN" or honorific:
            return full, "person", []
    if _person_read_as_body(text, entities, w):  # 'Carly Fiorina threw her support …' tagged an organisation
        return entities.full_name(text), "person", []
    body = _body_named_in_apposition(mention, w)
    if body is not None:  # 'the civil rights organization the Anti-Defamation League'
        description = text[: len(text) - len(body)].strip(" ,").split(" ", 1)
        if description[0].lower() in w.DEFINITE_DETERMINERS | w.ANONYMOUS_DETERMINERS:
            description = description[1:]
        return body, "organisation", [" ".join(description)] if description else []
    return _without_relative(mention, text, w), _nominal_kind(mention, w), []


def _name_with_affiliation(text: str, w, entities: ArticleEntities) -> Optional[tuple[str, str]]:
    """(name, affiliation) of 'Meenakshi Ganguly of Human Rights Watch' or
    'the Washington Post’s Ishaan Tharoor' when the NER tagged the whole as an
    organisation or nothing: two or three capitalised words opened by a
    known first name or named as a person elsewhere in the article, before
    the language's affiliation preposition and a capitalised body, or after
    a possessive. The person is who speaks; the body is what the reader is
    told of them."""
    owned = POSSESSED_NAME.match(text)
    if owned is not None and _a_person(owned.group(2).split(), entities):
        return owned.group(2), _drop_article(owned.group(1), w)
    words = text.split()
    for k in (2, 3):
        if len(words) > k + 1 and words[k].lower() in w.AFFILIATION_PREPOSITIONS and _a_person(words[:k], entities) \
                and any(c.isupper() for c in words[k + 1]):
            return " ".join(words[:k]), " ".join(words[k + 1 :])
    return None


def _a_person(words: list[str], entities: ArticleEntities) -> bool:
    """Capitalised words, the first a first name the census knows, or the
    name of a person the article tags as one elsewhere."""
    return bool(words) and all(x[:1].isupper() for x in words) \
        and (known_first_name(fold(words[0])) or entities.tagged_person(" ".join(words)))


def _known_name_after_epithet(mention: Mention, entities: ArticleEntities) -> Optional[str]:
    """'a warm-and-fuzzy Trump', 'an angry Sanders': a person the article
    named, after an article and words that only describe the moment; the
    name is the capitalised words at the end, whatever the NER made of them."""
    tokens = [t for t in mention.tokens if not t.is_punct]
    k = len(tokens)
    while k > 0 and tokens[k - 1].pos_ == "PROPN" and tokens[k - 1].text[:1].isupper():
        k -= 1
    describing, named = tokens[:k], tokens[k:]
    if not describing or not named or not any(t.pos_ == "ADJ" for t in describing):
        return None
    if any(t.pos_ not in ("DET", "ADJ", "ADV", "CCONJ") for t in describing):
        return None
    if any(t.pos_ != "DET" and t.text[:1].isupper() for t in describing):
        return None  # (a capital is a name's; an article may open the sentence: 'An angry Hollande said')
    name = " ".join(t.text for t in named)
    return name if entities.known_person(name) else None


def _name_after_honorific(mention: Mention, w) -> Optional[str]:
    """'M. Retailleau sur BFMTV', 'Mme Hidalgo à Paris', 'M. Garnier' the
    NER called a place, 'Monde Mme Lefèvre': an honorific opens a person's
    name, which runs to the first word without a capital."""
    tokens = mention.tokens
    # (after an outlet the inverted tag ran in: 'explique au Monde Mme Lefèvre')
    at = next((k for k, t in enumerate(tokens) if t.lower_ in honorifics(w) and (k == 0 or tokens[k - 1].text[:1].isupper())), None)
    if at is None:
        return None
    name = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.is_alpha, tokens[at + 1 :]))
    return " ".join(t.text for t in name) if name else None


def _role_then_name(title: str, rest: str, w) -> bool:
    """'Spokeswoman Haley Morris', 'analyst Roman Smbatyan': a title that
    ends in a word for a person, then two or three capitalised words with a
    known first name and no organisation word, is a person named."""
    return person_noun(fold(title.split()[-1]), w, w.TITLE_WORDS) and _first_named_run(rest)


def _first_named_run(text: str) -> bool:
    """Two or three capitalised words opening with a first name either list
    knows, and no organisation word: a person's name, whatever the NER
    tagged it."""
    words = text.split()
    return 2 <= len(words) <= 3 and all(word[:1].isupper() for word in words) and not _is_org_word(text) \
        and known_first_name(fold(words[0]))


def _body_named_in_apposition(mention: Mention, w) -> Optional[str]:
    """The name of an organisation a description ends with, in apposition to
    its organisation noun: a reader searches for the name, the description
    stays as its title."""
    tokens = mention.tokens
    head = next((t for t in tokens if t.lower_ in w.ORGANISATION_WORDS and t.pos_ == "NOUN"), None)
    named = body_named_after(head, w) if head is not None else None
    if named is None or tokens[-1].i != named.i:
        return None
    first = named.left_edge
    return doc_text(named.doc)[first.idx : named.idx + len(named.text)]


NAME_AFTER_COMMA = re.compile(r",[ \u00a0]+((?:[A-ZÀ-Þ][\w'’-]+[ \u00a0]+){1,3}[A-ZÀ-Þ][\w'’-]+)$")
FIRST_NAME_AFTER_COMMA = re.compile(r",[ \u00a0]+([A-ZÀ-Þ][\w'’-]+)$")


def _name_after_role(mention: Mention, text: str, w) -> Optional[str]:
    """'le ministre syrien des Affaires étrangères, Walid Mouallem': a role,
    a comma and capitalised words end the mention; the words are the
    person's name though the NER tagged none of them (the role words it
    may even call an organisation)."""
    found = NAME_AFTER_COMMA.search(text) or FIRST_NAME_AFTER_COMMA.search(text)
    if found is None:
        return None
    role = [t for t in mention.tokens if t.idx - mention.tokens[0].idx < found.start() and t.pos_ == "NOUN"]
    if not role:
        return None
    if " " not in found.group(1):
        # ('Son fils, Hassan': a first name alone, right after a word for kin, a
        # companion or a gendered person; not 'a woman in Worcester, Massachusetts')
        before = text[: found.start()].split()
        return found.group(1) if before and relation_noun(before[-1].lower(), w) else None
    return found.group(1) if person_noun(role[0].lower_, w, w.TITLE_WORDS) else None


def _without_relative(mention: Mention, text: str, w) -> str:
    """A description without the relative clause that only adds to it ('one
    owner of a shop that sells underwear, who declined to be named' is 'one
    owner of a shop that sells underwear'): one on the head noun, or one
    set off by a comma. The mention keeps its words; the name is shorter."""
    tokens = mention.tokens
    for tok in tokens:
        if tok.dep_ not in RELATIVE_CLAUSE_DEPS:
            continue
        edge = tok.left_edge
        if w.PRONOUNS.get(edge.lower_) != "relative":
            continue  # ('Alliance to Reclaim Our Schools': a name the parse took for a clause)
        comma = edge.i > 0 and edge.doc[edge.i - 1].text == ","
        if (tok.head.lower_ == mention.head or comma) and edge.i > tokens[0].i:
            return text[: edge.idx - tokens[0].idx].rstrip(" ,") or text
    return text


def _person_read_as_body(text: str, entities: ArticleEntities, w) -> bool:
    """'Carly Fiorina' tagged an organisation: two or three capitalised words
    opening with a first name either list knows, no organisation word, whose
    last word the article also writes alone ('Fiorina, the former
    Hewlett-Packard CEO'), as it writes a person's surname and not a firm's
    second word ('Morgan Stanley' is never "Stanley")."""
    words = text.split()
    if not _first_named_run(text) or fold(words[0]) in sentence_openers(w.CODE):
        return False
    alone = re.finditer(rf"\b{re.escape(words[-1])}\b", entities.text)
    return any(not entities.text[: m.start()].rstrip().endswith(words[-2]) for m in alone)


def _a_share(tokens: list, w) -> bool:
    """A speaker that is a number or a share of people ('21 percent', '49',
    'only 23 percent of those who …'), up to any preposition."""
    head = list(itertools.takewhile(lambda t: t.pos_ != "ADP", tokens))
    return bool(head) and (head[-1].like_num or any(t.lower_ in w.SHARE_WORDS for t in head))


def _is_org_word(text: str) -> bool:
    return bool(re.search(r"\b(Kremlin|Ministry|Department|Agency|Times|Post|Journal|News|Council|Committee|Party|Office|House|Campaign|Court)\b", text))


def _nominal_kind(mention: Mention, w) -> str:
    """The kind of a speaker that is no known person's name. Proper names the
    parse did not call people are institutions ('ReganBooks', 'Fox News');
    a description is read by the same lexicon as speakers.classify_kind, so
    that 'the man' and 'the Florida senator' are people, 'one user' anonymous."""
    first = mention.tokens[0].lower_ if mention.tokens else ""
    if first in w.ANONYMOUS_DETERMINERS or first in ("des", "some", "several", "certain") or mention.head in ("source", "sources", "official", "officials", "aide", "aides"):
        return "anonymous"
    if mention.ent_label in ("ORG", "GPE", "NORP", "LOC") or _is_org_word(mention.text):
        return "organisation"
    if mention.tokens and mention.tokens[-1].tag_ in ("NNS", "NNPS"):
        return "group"
    if mention.tokens and _a_share(mention.tokens, w):
        return "group"  # '21 percent said', 'only 23 percent of those who …': part of a polled group
    if mention.tokens and mention.tokens[-1].pos_ == "PROPN":
        return "organisation"
    if mention.tokens and noun_in(mention.tokens[-1], w.SOURCE_NOUNS | w.POLL_NOUNS | w.WRITTEN_THINGS):
        return "organisation"  # 'the statement', 'the lawsuit', 'the suit': a document speaks for its issuer
    if mention.tokens and lemma_of(mention.tokens[-1]) in w.BODY_WORDS:
        return "organisation"  # 'the Clinton campaign', 'her team'
    return classify_kind(mention.text, w.CODE)


def _quote(doc_id: str, text: str, span: QuoteSpan, att: Attribution, speaker: Optional[str], kind: Optional[str], titles: list[str], lang: str, quote_kind: str) -> Quote:
    mention = att.speaker
    return Quote(
        doc=doc_id,
        text=text[span.start : span.end],
        start=span.start,
        end=span.end,
        kind=quote_kind,
        speaker=display_name(speaker),
        speaker_mention=mention.text if mention else None,
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


def _assign_dates(text: str, lang: str, published: Optional[str], quotes: list[Quote], other_runs: list[tuple[int, int]]) -> None:
    try:
        from .dates import assign_dates
    except ImportError:  # pragma: no cover - dates module is part of the package
        for q in quotes:
            q.date, q.date_source = (published, "article") if published else (None, None)
        return
    assign_dates(text, lang, published, quotes, other_runs)
