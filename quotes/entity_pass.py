"""The named-entity pass, run on what the rules read of it.

`ner` is the costliest pipe of the small pipelines (it has a tok2vec of its
own), and a third of the words it reads in the paragraphs we parse sit in
the middle of long quoted runs, where no rule looks for a speaker. So the
pass runs on each paragraph without those middles: a run keeps EDGE tokens
at each end, and the entities found are set back on the paragraph's Doc.
The tok2vec that `ner` reads sees four tokens either side of a word (four
window-1 layers), so no word outside a run, nor its marks, loses a feature:
the entities there are the ones the whole paragraph gives. Measured on
PolNeAR train and dev (benchmarks/README.md): the pass takes about 27% less
time and every quote, speaker and date extracted is unchanged.

Only a pipeline whose `ner` reads its own tok2vec and comes last is run
this way; any other keeps the one-pass parse.
"""
from __future__ import annotations

from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.util import minibatch

NER = "ner"
# The marks a nickname stands in between a first name and a surname ('Thomas “Tommy” Reyes').
NICKNAME_MARKS = ("“", "”", '"', "‘", "’", "'")
#: Tokens kept at each end of a quoted run: the reach of the NER's tok2vec.
EDGE = 4
#: Styles of run whose middles are left out: paired double marks, whose
#: insides the rules treat as quoted. Single marks can be apostrophes, and a
#: dialogue line holds its own incise.
TRIMMED_STYLES = ("double", "guillemet")


def trims_quotes(nlp: Language, disabled: Iterable[str] = ()) -> bool:
    """Whether the pipeline's `ner` can run apart: it reads its own tok2vec
    (not a listener on the shared one) and no pipe after it runs."""
    if NER not in nlp.pipe_names:
        return False
    running = [name for name in nlp.pipe_names if name not in set(disabled)]
    if not running or running[-1] != NER:
        return False
    tok2vec = nlp.get_pipe(NER).model.get_ref("tok2vec")  # type: ignore[attr-defined]
    return "listener" not in tok2vec.name


def with_entities(nlp: Language, docs: Iterable[Doc], texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """The Docs (parsed without `ner`) with the entities of their text
    outside the middles of long quoted runs, in order, batch by batch."""
    ner = nlp.get_pipe(NER)
    for batch in minibatch(zip(docs, texts), batch_size):
        kept = [kept_tokens(doc, _quoted_runs(text, nlp.lang)) for doc, text in batch]
        # (a paragraph with no long run is read whole, as the pipeline would)
        read = (doc if len(keep) == len(doc) else _shortened(doc, keep) for (doc, _), keep in zip(batch, kept))
        for (doc, _), keep, tagged in zip(batch, kept, ner.pipe(read, batch_size=batch_size)):  # type: ignore[attr-defined]
            if tagged is not doc:
                doc.ents = _entities_back(doc, keep, tagged)
            yield doc


PERSON_LABELS = ("PERSON", "PER")


def whole_person_names(doc: Doc) -> Doc:
    """'Catherine van der' and 'Merwe KC' tagged two people, 'Margriet'
    a nationality, 'van der' nothing and 'Westhuizen KC' a person: a
    person's name the NER cut at its particle ('van der', 'de la', 'af') is
    one name. Two entities are joined when only particles stand between
    them, a particle ends the first, opens the second or stands between,
    and one is a person's (the other a person's too, or one capitalised
    word: 'Laura Hines de Human Rights Watch' stays a person and a body)."""
    from .lang import available, words

    ents = list(doc.ents)
    if not ents or doc.lang_ not in available():
        return doc
    w = words(doc.lang_)
    joined: list[Span] = []
    for ent in ents:
        last = joined[-1] if joined else None
        if last is not None and _one_name(last, ent, w):
            joined[-1] = Span(doc, last.start, ent.end, label="PERSON" if "PERSON" in (last.label_, ent.label_) else "PER")
        else:
            joined.append(ent)
    grown = [_with_first_name_before(ent, joined[k - 1].end if k else 0, w) for k, ent in enumerate(joined)]
    grown = [_over_nickname(ent, grown[k + 1].start if k + 1 < len(grown) else len(doc)) for k, ent in enumerate(grown)]
    if len(joined) < len(ents) or grown != joined:
        doc.ents = grown
    return doc


#: How many capitalised words the NER may leave untagged inside one name.
UNTAGGED_NAME_WORDS = 2


def _one_name(first: Span, second: Span, w) -> bool:
    """Whether two entities the NER cut are one name: only particles between
    them ('Catherine van der | Merwe'), one opening the second ('Joseph
    Kiprono | arap Sang') or closing the first; two people's entities side
    by side, one of two words or more; or, between two people's
    entities, at most two capitalised words it tagged nothing that are no
    title or role ('Shri Raghunandan | Prasad | Tiwari-Bhatt', 'R. Sai |
    Ganesh | Iyer-Krishnan')."""
    doc = first.doc
    between = doc[first.end : second.start]
    if first.label_ in PERSON_LABELS and len(first) == 1 and second.start == first.end + 1 and nickname_at(doc, first.end) \
            and second.end > first.end + 3 and doc[first.end + 3 : second.end].text[:1].isupper():
        return True  # ('Teodoro' a person, '“Teddy” Villalobos-Marsh' a title: a first name, its nickname, the surname)
    if not _person_and_name(first, second):
        return False
    if _nickname_before(doc, second.start) and first.start == second.start - 4:
        return True  # ('Sibusiso ‘Sbu' and 'Nxumalo' tagged apart: a first name, its nickname, the surname)
    if len(between) <= 3 and all(t.lower_ in w.NAME_PARTICLES and t.is_lower for t in between) \
            and (between or first[-1].lower_ in w.NAME_PARTICLES or second[0].lower_ in w.NAME_PARTICLES):
        return True
    people = first.label_ in PERSON_LABELS and second.label_ in PERSON_LABELS
    if people and not between and first[-1].whitespace_ and max(len(first), len(second)) > 1:
        return True  # ('María Teresa | Echeverri Gómez de Castro': given names and surnames tagged apart)
    return people and 0 < len(between) <= UNTAGGED_NAME_WORDS and all(_untagged_name_word(t, w) for t in between) \
        and all(t.whitespace_ for t in (first[-1], *between))


def nickname_at(doc: Doc, at: int) -> bool:
    """Whether a quoted nickname, one capitalised word between two marks,
    opens at token `at` ('Thomas “Tommy” Reyes', 'Sibusiso ‘Sbu’ Nxumalo')."""
    return 0 <= at and at + 2 < len(doc) and doc[at].text in NICKNAME_MARKS and doc[at + 2].text in NICKNAME_MARKS \
        and doc[at + 1].is_title


def _nickname_before(doc: Doc, at: int) -> bool:
    """Whether a quoted nickname, its marks glued to it, ends right before
    token `at` ('Sibusiso ‘Sbu’ | Nxumalo')."""
    return nickname_at(doc, at - 3) and not doc[at - 3].whitespace_ and not doc[at - 2].whitespace_


def _over_nickname(ent: Span, ceiling: int) -> Span:
    """A person's entity of one first name grown over the quoted nickname
    after it and the surname the NER left untagged ('Thabiso ‘Tibz' tagged,
    '’ Mokoena' not), up to the next entity."""
    doc = ent.doc
    surname = ent.start + 4  # (the first name, the nickname's two marks and word)
    if ent.label_ not in PERSON_LABELS or ent.end > surname or surname >= min(len(doc), ceiling + 1):
        return ent
    word = doc[surname]
    if _nickname_before(doc, surname) and word.is_title and word.is_alpha and not word.ent_type_:
        return Span(doc, ent.start, surname + 1, label=ent.label_)
    return ent


def _untagged_name_word(token, w) -> bool:
    """A capitalised proper noun the NER tagged nothing, that is no title,
    role, party or courtesy word ('Prasad', not 'Minister' nor 'Republican')."""
    from .lexicon import role_noun

    lowered = token.lower_
    return token.pos_ == "PROPN" and token.is_title and token.is_alpha and not token.ent_type_ \
        and lowered not in w.AFFILIATION_WORDS and lowered not in w.HONORIFICS and not role_noun(lowered, w)


def _with_first_name_before(ent: Span, floor: int, w) -> Span:
    """A person's entity grown over the known first name right before it
    that the NER left out ('Ana | Lúcia Bettencourt-Moura', 'Abdulrahman |
    Idris Gwandu'), and over the particle between them ('Rhian ap |
    Dafydd'), not into the entity before it."""
    from .lexicon import fold, known_first_name

    if ent.label_ not in PERSON_LABELS or ent.start <= floor or ent[0].is_sent_start:
        return ent  # (a sentence the parse starts inside a name is left to the name reader: 'Marine | Le Pen')
    start, particle = ent.start - 1, ent.doc[ent.start - 1]
    # (a particle no sentence uses otherwise, unlike « de », names whatever capitalised word comes before it)
    unambiguous = particle.is_lower and particle.lower_ in w.NAME_PARTICLES and particle.lower_ not in w.STOPWORDS
    if unambiguous and start - 1 >= floor and not particle.is_sent_start:
        start -= 1
    before = ent.doc[start]
    if not (before.whitespace_ and _untagged_name_word(before, w) and (unambiguous or known_first_name(fold(before.text)))):
        return ent
    return Span(ent.doc, start, ent.end, label=ent.label_)


def _person_and_name(first: Span, second: Span) -> bool:
    """Both a person's, or one a person's and the other one capitalised word."""
    people = [e.label_ in PERSON_LABELS for e in (first, second)]
    if all(people):
        return True
    other = second if people[0] else first
    return any(people) and len(other) == 1 and other[0].is_title


def _quoted_runs(text: str, lang: Optional[str]) -> list[tuple[int, int]]:
    """The paragraph's quoted runs closed inside it, as extraction finds them
    (its marks, its language's tags printed inside a run cut out)."""
    from .extraction import quotation_spans  # extraction imports parsing, which imports this module
    from .marks import split_paragraphs

    spans = quotation_spans(text, split_paragraphs(text), lang)
    return [(s.start, s.end) for s in spans if s.style in TRIMMED_STYLES and s.close_at is not None]


def kept_tokens(doc: Doc, runs: list[tuple[int, int]], edge: int = EDGE) -> list[int]:
    """Indices of the tokens the entity pass reads: all but those more than
    `edge` tokens inside a run (character ranges of the Doc's text)."""
    dropped: set[int] = set()
    for start, end in runs:
        inside = [t.i for t in doc.char_span(start, end, alignment_mode="contract") or ()]
        dropped.update(inside[edge:-edge])
    return [i for i in range(len(doc)) if i not in dropped]


def _shortened(doc: Doc, keep: list[int]) -> Doc:
    """The kept tokens as a Doc of their own, with the norms the pipeline
    gave them (the apostrophe pipe rewrites some) and the parser's sentence
    starts, which no entity crosses."""
    tokens = [doc[i] for i in keep]
    spaces = [bool(t.whitespace_) or (n + 1 < len(keep) and keep[n + 1] != t.i + 1) for n, t in enumerate(tokens)]
    short = Doc(doc.vocab, words=[t.text for t in tokens], spaces=spaces, sent_starts=[bool(t.is_sent_start) for t in tokens])
    for token, kept in zip(short, tokens):
        if token.norm_ != kept.norm_:
            token.norm_ = kept.norm_
    return short


def _entities_back(doc: Doc, keep: list[int], tagged: Doc) -> list[Span]:
    """The shortened Doc's entities on the whole one; one that would run
    across a left-out middle (none has, measured) is dropped."""
    found = []
    for ent in tagged.ents:
        first, last = keep[ent.start], keep[ent.end - 1]
        if last - first == ent.end - 1 - ent.start:
            found.append(Span(doc, first, last + 1, label=ent.label_))
    return found
