"""Transcripts: lines that a speaker's label opens, quoted without a mark.

A hearing, a debate or an interview is printed as 'DUNMORE: They were
reviewed.', 'Mme Girard : La piscine a cinquante ans.' or 'Q: … / A: …'.
Each such line is the labelled person's words, though no quotation mark
says so. A label counts when it names a person the article knows (the
surname of someone named, 'DUNMORE' after 'Philip Dunmore'), or is a full
name with a first name the lists know ('SEN. KAREN HOLLOWAY'); an answer
label ('A:', 'R :') is the interviewee's, the first person named in the
paragraph that leads into the transcript. Questions are the interviewer's
and are left out, as are lines whose label names no one ('UPDATE:',
'Conseil municipal de Quimper :'). A transcript has two such lines at
least: one labelled line is a heading or a note.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType
from typing import Optional

from .lang import sentence_openers
from .layout import Paragraph
from .marks import QuoteSpan
from .model import Quote
from .lexicon import census_gender, first_name_gender, fold
from .resolution import ORG_WORDS, ArticleEntities
from .speakers import display_name, split_titles
from .titles import headline_case

# 'NAME:' or, in French, 'NAME :' (a no-break space before the colon), then words.
LABEL = re.compile(r"[ \t]*(?P<label>[^\W\d_][\w'’.-]*(?:[ \t]+[\w'’.-]+){0,4}?)[ \t\u00a0\u202f]?:[ \t\u00a0\u202f]+(?=\S)")
MIN_LINES = 2
# A line closed by a bare number is a rating or a score ('DEMBÉLÉ : Insaisissable, deux buts. 9')
RATING = re.compile(r"[\s.,;:–—-]\d{1,2}(?:[.,]\d)?(?:/\d{1,2})?\s*$")
# The guest a lead names when the NER saw no one: its first run of two
# capitalised words or more past its opening word ('Interview with Lars Nilsson, …').
CAPITALISED_RUN = re.compile(r"(?<=\s)([A-ZÀ-Þ][\w'’-]+(?:\s+(?:[A-ZÀ-Þ][\w'’-]+|de|du|le|la|van|von|der|da|di|del)){0,3}\s+[A-ZÀ-Þ][\w'’-]+)")


@dataclass
class TranscriptLine:
    """One labelled line: where its label and its words are."""

    paragraph: int
    label_start: int
    label_end: int
    start: int
    end: int

    def label(self, text: str) -> str:
        """The label as written ('' for an answer to a labelled question)."""
        return text[self.label_start : self.label_end]


def asks(label: str, w: ModuleType) -> bool:
    """Whether a transcript's label is the interviewer's ('Q:', « Question : »)."""
    return label.lower() in w.QUESTION_LABELS


def transcript_lines(text: str, paragraphs: list[Paragraph], spans: list[QuoteSpan], w: ModuleType) -> list[TranscriptLine]:
    """The paragraphs that a capitalised label opens, with no quotation mark
    or quoted whole after the label, and that another such paragraph
    follows or precedes (a transcript runs
    turn after turn; 'Bernie Sanders: Win in a walk.' between paragraphs of
    prose is a list of goals), when the article has MIN_LINES of them. A
    line in headline case ('OK Gov. Fallin: Trump Is Trying …') is a title."""
    marked: dict[int, list[QuoteSpan]] = {}
    for span in spans:
        marked.setdefault(span.paragraph, []).append(span)
    found: dict[int, TranscriptLine] = {}
    for para in paragraphs:
        label = LABEL.match(text, para.start, para.end)
        if label is None or not _capitalised(label.group("label"), w):
            continue
        start, end = label.end(), para.start + len(text[para.start : para.end].rstrip())
        # (a question may quote a title: it is still asked)
        if para.index in marked and not asks(label.group("label"), w):
            # ('A: "Tired, but the good kind of tired."': a line quoted whole is the same turn)
            whole = marked[para.index]
            if len(whole) != 1 or whole[0].outer_start != label.end() or text[whole[0].outer_end : end].strip(" .") \
                    or whole[0].style == "dash":
                continue
            start, end = whole[0].start, whole[0].end
        if end - start >= 2 and not headline_case(text[start:end], w) and not RATING.search(text, start, end):
            found[para.index] = TranscriptLine(para.index, label.start("label"), label.end("label"), start, end)
    labels = {n: line.label(text) for n, line in found.items()}
    lines = [line for n, line in found.items() if n - 1 in found or n + 1 in found
             or any(_asked_between(n, n + k, labels, paragraphs) for k in (-2, 2))]
    lines = lines if len(lines) >= MIN_LINES else []
    if all(asks(labels[line.paragraph], w) for line in lines):
        return _answers_to_questions(text, paragraphs, marked, found, w)
    return lines


def _answers_to_questions(text: str, paragraphs: list[Paragraph], marked: dict[int, list[QuoteSpan]],
                          found: dict[int, TranscriptLine], w: ModuleType) -> list[TranscriptLine]:
    """'Q: Why start there? ¶ Because …' / « Question : Pourquoi ? ¶ Parce
    que … »: an interview whose questions alone are labelled; the
    paragraphs after each question, up to the next (at most
    ANSWER_PARAGRAPHS), are the guest's answer, written plain or quoted
    whole. The questions come back with them, as lines of their own (no
    one's quotation, see transcript_quotes)."""
    questions = [n for n, line in sorted(found.items()) if asks(line.label(text), w)]
    if len(questions) < MIN_LINES:
        return []
    lines = [found[n] for n in questions]
    for q in questions:
        # (after the last question, one paragraph, or one quote running on: then the article's own words, 'Propos recueillis par …')
        last = q == questions[-1]
        for n in range(q + 1, min(q + 1 + ANSWER_PARAGRAPHS, len(paragraphs))):
            if n in found or last and n > q + 1 and not (marked.get(n - 1) and marked[n - 1][-1].close_at is None):
                break
            para = paragraphs[n]
            start, end = para.start, para.start + len(text[para.start : para.end].rstrip())
            whole = marked.get(n)
            if whole:
                if len(whole) != 1 or text[para.start : whole[0].outer_start].strip():
                    break  # a paragraph of prose that quotes someone: the interview is over
                start, end = whole[0].start, whole[0].end
            if end - start >= 2:
                lines.append(TranscriptLine(n, para.start, para.start, start, end))
    return lines


def _asked_between(n: int, other: int, labels: dict[int, str], paragraphs: list[Paragraph]) -> bool:
    """'Soizic Ferrandon : Parce que … ¶ Les commerçants dénoncent … ¶ S. F. :
    Je les entends …': an interview whose questions go unlabelled, one short
    paragraph between two answers of the same person."""
    if other not in labels:
        return False
    between = paragraphs[(n + other) // 2]
    return between.end - between.start <= QUESTION_CHARS and same_label(labels[n], labels[other])


INITIALS = re.compile(r"^(?:[A-ZÀ-Þ]\.[ \t\u00a0]?){1,3}$")
QUESTION_CHARS = 300
ANSWER_PARAGRAPHS = 3  # paragraphs of one answer to a labelled question, at most


def same_label(a: str, b: str) -> bool:
    """The same person labelled twice: the same words, or a name and its
    initials ('Soizic Ferrandon', 'S. F.')."""
    return a == b or _initials_of(a, b) or _initials_of(b, a)


def _initials_of(short: str, name: str) -> bool:
    """Whether `short` is the initials of `name` ('S. F.', 'Soizic Ferrandon')."""
    return bool(INITIALS.match(short.strip())) and _letters(short) == _first_letters(name)


def _letters(initials: str) -> tuple[str, ...]:
    return tuple(c for c in initials if c.isalpha())


def _first_letters(name: str) -> tuple[str, ...]:
    return tuple(word[0] for word in name.split() if word[:1].isupper())


def _names_by_initials(labels) -> dict[tuple[str, ...], str]:
    """The transcript's labels written in full, by their initials (read once:
    a hearing may have thousands of lines)."""
    found: dict[tuple[str, ...], str] = {}
    for label in labels:
        if not INITIALS.match(label.strip()):
            found.setdefault(_first_letters(label), label)
    return found


def _capitalised(label: str, w: ModuleType) -> bool:
    """Every word of a name starts with a capital, but its particles ('Le
    Men', 'de Villiers')."""
    return all(word[:1].isupper() or word.lower() in w.NAME_PARTICLES for word in label.split())


def transcript_quotes(
    text: str, doc_id: str, lang: str, lines: list[TranscriptLine], paragraphs: list[Paragraph],
    entities: ArticleEntities, w: ModuleType,
) -> list[Quote]:
    """The quotes of the lines whose label names someone."""
    if not lines:
        return []
    lead = paragraphs[lines[0].paragraph - 1] if lines[0].paragraph > 0 else None
    interviewee = _guest(text, lead, entities, w) if lead is not None else None
    in_full = _names_by_initials(line.label(text) for line in lines)
    quotes: list[Quote] = []
    for line in lines:
        label = line.label(text)
        if asks(label, w):
            continue  # the interviewer's
        if label.lower() in w.ANSWER_LABELS or not label:  # (no label: the answer to a labelled question)
            speaker, titles = interviewee, []
        else:
            # (initials stand for the name another line gives in full: 'S. F.' for 'Soizic Ferrandon')
            full = in_full.get(_letters(label), label) if INITIALS.match(label.strip()) else label
            speaker, titles = _named(full, entities, lang)
        if speaker is None:
            continue
        quotes.append(Quote(
            doc=doc_id, text=text[line.start : line.end], start=line.start, end=line.end, kind="full",
            speaker=display_name(speaker), speaker_mention=label or None, speaker_start=line.label_start if label else None,
            speaker_end=line.label_end if label else None, lang=lang, speaker_kind="person", speaker_titles=titles,
            attribution="transcript",
        ))
    return quotes


def _guest(text: str, lead: Paragraph, entities: ArticleEntities, w: ModuleType) -> Optional[str]:
    """Who answers an interview: the first person its lead names, else the
    first run of capitalised words in it that opens with no title, no
    sentence opener and no body's word ('Interview with Lars Nilsson, chief
    executive of NordBank')."""
    named = entities.first_person_in(lead.start, lead.end)
    headline = entities.first_person_in(0, len(text.split("\n", 1)[0]))
    if headline is not None and named != headline and headline.split()[-1] in text[lead.start : lead.end]:
        return headline  # ('Linh Tran-Guézennec : « … »' heads it; the lead names her publisher first)
    if named is not None:
        return named
    for run in CAPITALISED_RUN.finditer(text, lead.start, lead.end):
        words = run.group(1).split()
        if fold(words[0]) not in w.TITLE_WORDS and fold(words[0]) not in sentence_openers(w.CODE) \
                and not ORG_WORDS.search(run.group(1)):
            return run.group(1)
    return None


def _named(label: str, entities: ArticleEntities, lang: str) -> tuple[Optional[str], list[str]]:
    """The person a label names and the titles written with it, or None:
    the article's fullest form of a name it knows, or a full name whose
    first name the lists know (learnt, so that the surname alone names the
    same person on later lines)."""
    written = label.title() if label.isupper() else label
    titles, name = split_titles(written, lang)
    if not name:
        return None, []
    words = name.split()
    if entities.person_named(name) or entities.known_person(name):
        full = entities.full_name(name)
        return (full.title() if full.isupper() else full), titles  # (the NER may have read a label's capitals)
    if len(words) >= 2 and (first_name_gender(fold(words[0])) or census_gender(fold(words[0]))) is not None:
        entities.learn_name(name)
        return name, titles
    return None, []
