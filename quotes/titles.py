"""Quoted runs that name something rather than report speech.

A title ('the book titled "…"', NBC's "Meet the Press"), an event's name, a
nickname ('Juan "Chico" Manriquez'), a label on a thing ('"Ted Cruz"
campaign pins') or a term someone coined ('what Trump calls "fake news"')
is in quotation marks without being anyone's words, or is only a word
someone used. TitleReader holds these tests; the attribution rules
(attribution.Attributor, its subclass) ask them before reading a run as
speech, and the filter (filtering.features) weighs their answer.
"""
from __future__ import annotations

import bisect
import re
from types import ModuleType
from typing import Iterator, Optional

from spacy.tokens import Span, Token

from .clauses import SENTENCE_STOPS, ClauseReader
from .lang import lemma as lemma_of
from .marks import QuoteSpan
from .mentions import Attribution, ParsedParagraph, cue_fields, quote_tops

# A quoted run after a title word ("the slogan", "called") is a name only
# when it is this short or capitalised.
TITLE_MAX_WORDS = 3
WORK_TITLE_SENTENCE_CASE_WORDS = 6  # « Le Temps des tempêtes », « Les Misérables »
WORK_TITLE_MAX_WORDS = 16  # "Backfire: Carly Fiorina's High-Stakes Battle for the Soul of Hewlett-Packard"
HYPHENS = "-\u2010\u2011"  # the hyphen-minus and Unicode's hyphens, not the dashes


def title_case(w: ModuleType, text: str, most: int = 6) -> bool:
    """1 to `most` words, each capitalised but for small words: how titles look."""
    words = [x for x in text.strip().rstrip(",.!?").split() if any(c.isalpha() for c in x)]
    if not 1 <= len(words) <= most or not words[0][:1].isupper():
        return False
    small = w.TITLE_SMALL_WORDS | w.NAME_PARTICLES  # "Los Hijos de Trump"
    return all(x[:1].isupper() or x[:1].isdigit() or x.lower() in small for x in words)


def headline_case(text: str, w: ModuleType) -> bool:
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


class TitleReader(ClauseReader):
    """Tells a title, a name or a term from speech, for the attribution rules."""

    def is_title_like(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> bool:
        """A title, name or term, not speech: 'the book titled "…"', 'known as
        "…"' (when the run is short or capitalised), a short capitalised run
        after a possessive or 'on' (NBC's "Meet the Press", on "Hannity"), an
        event's name, or the writer's words describing the speaker."""
        before = pp.text[: q.outer_start - pp.offset].rstrip(" ,").split()
        last = [re.split(r"[’']", w.lower().strip(",:([—-"))[-1] for w in before[-2:]]
        quoted = pp.text[q.start - pp.offset : q.end - pp.offset]
        # 'the program "is gaining traction"', 'whom he called "the most
        # divisive figure in 25 years"': a clause or a long phrase after a
        # title word is speech; names are short or capitalised, and a book's
        # runs longer ('in his book "Backfire: Carly Fiorina's High-Stakes …"').
        capitalised = title_case(self.w, quoted)
        namelike = len(quoted.split()) <= TITLE_MAX_WORDS or capitalised or self._sentence_case_title(q, pp, quoted) \
            or bool(last) and last[-1] in self.w.WORK_NOUNS and title_case(self.w, quoted, WORK_TITLE_MAX_WORDS)
        if last and last[-1] in self.w.TITLE_CUES and namelike and not self._names_with_subject(q, pp) \
                and self.term_user(q, pp) is None:
            return True
        if self._named_by_participle(q, pp):
            return True  # ('L'article, intitulé « Englacial drainage and rapid thinning of … »': a title, however long)
        if len(last) == 2 and " ".join(last) in self.w.TITLE_BIGRAMS and namelike and self.term_user(q, pp) is None:
            return True
        if last and last[-1] in self.w.TITLE_CASE_CUES \
                and (title_case(self.w, quoted, WORK_TITLE_MAX_WORDS) or self._sentence_case_title(q, pp, quoted)):
            return True  # ('released its report, "Microplastics in Municipal Drinking Water,"')
        if before and capitalised:
            prev = before[-1]
            chanted = len(before) > 1 and before[-2].lower().strip(",") in self.w.CHANT_NOUNS
            if prev.endswith(("'s", "’s", "s'", "s’")) or prev.lower() in self.w.TITLE_PREPOSITIONS and not chanted \
                    or self._spoken_to(q, pp):
                return True
        if capitalised and self._modifies_noun_after(q, pp):
            return True  # '“Ted Cruz” campaign pins': a label on a thing
        after = next(self._words_after(q, pp), None) if q.close_at is not None else None
        if capitalised and after is not None and after.lower_ in self.w.TITLE_FOLLOWERS:
            return True  # '“Orange is the New Black” star Selenis Leyva'
        # A book's title runs longer: its author's name after it makes it one.
        by_author = after is not None and after.lower_ in self.w.WORK_AUTHOR_PREPOSITIONS and self._author_follows(after, pp)
        if by_author and (title_case(self.w, quoted, WORK_TITLE_MAX_WORDS) or self._sentence_case(quoted)):
            return True  # '“Perfect Enough” by George Anders', « Nuit blanche à Tanger » de Karim Aït-Saïd: a work and its author
        if capitalised and len(quoted.split()) <= 2 and self._inside_a_name(q, pp):
            return True  # 'Juan "Chico" Manriquez': a nickname
        return self._names_an_event(quoted, capitalised) or self._describes_the_speaker(q, pp) or self._hyphened_on(q, pp)

    @staticmethod
    def _hyphened_on(q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'“moan”-worthy headlines': a run joined by a hyphen to the word after
        its closing mark is part of a compound the writer made (a dash with
        spaces, or an en dash, opens an aside instead)."""
        if q.close_at is None:
            return False
        after = pp.text[q.outer_end - pp.offset : q.outer_end - pp.offset + 2]
        return len(after) == 2 and after[0] in HYPHENS and after[1].isalpha()

    def _describes_the_speaker(self, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'…," said former Rep. George Miller, one of the original "big four"
        negotiators', 'said Ramos, whose new book features "rebellious"
        people': a phrase inside the description of the one an inverted verb
        names is the writer's wording about that speaker, not what the verb
        reports (a clause there is: 'said Jason Ervin, who thinks the mayor
        "need to be more collaborative"')."""
        top = quote_tops(q, pp.doc, pp)
        if not top or any(t.pos_ in ("VERB", "AUX") for t in top):
            return False
        below = top[0]
        for above in top[0].ancestors:
            if self.is_cue(above):
                return below.dep_ in ("nsubj", "nsubjpass") and below.left_edge.i == above.i + 1  # ('said X')
            below = above
        return False

    def _names_an_event(self, quoted: str, capitalised: bool) -> bool:
        """'a "Commander-in-Chief Forum" sponsored by NBC', « le « Sommet pour
        un nouveau pacte financier » »: a capitalised run that an event's or a
        programme's noun opens or closes names it. French capitalises only the
        first word, so there the run needs no more than that noun opening it
        and no sentence stop (« Nous appliquerons la loi » is speech ending in
        the noun)."""
        words = [x.strip(",.!?:;()").lower() for x in quoted.split()]
        if len(words) < 2:
            return False
        if capitalised:
            return bool({words[0], words[-1]} & self.w.EVENT_NOUNS)
        return self.w.SENTENCE_CASE_TITLES and words[0] in self.w.EVENT_NOUNS and quoted[:1].isupper() \
            and len(words) <= WORK_TITLE_SENTENCE_CASE_WORDS and not quoted.rstrip().endswith(SENTENCE_STOPS)

    def _sentence_case(self, quoted: str) -> bool:
        """A short run capitalised on its first word only, with no sentence
        stop, in a language that writes titles so (« Nuit blanche à Tanger »)."""
        return self.w.SENTENCE_CASE_TITLES and quoted[:1].isupper() and len(quoted.split()) <= WORK_TITLE_SENTENCE_CASE_WORDS \
            and not quoted.rstrip().endswith(SENTENCE_STOPS)

    def _sentence_case_title(self, q: QuoteSpan, pp: ParsedParagraph, quoted: str) -> bool:
        """'son livre « Le Temps des tempêtes »': French capitalises a title's
        first word only; right after its noun, with no comma between (not
        'dans son livre, « J'ai sous-estimé … »'), a short capitalised run
        with no sentence stop is the work's name."""
        before = pp.text[max(0, q.outer_start - pp.offset - 2) : q.outer_start - pp.offset]
        return self._sentence_case(quoted) and len(before) == 2 and before[0].isalpha() and before[1].isspace()

    def term_user(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'Clinton promised to refrain from using the phrase "illegal
        immigrant"', 'He has coined a new phrase, "…"': a person using the
        words is quoted, not naming a thing. The verb that takes the word
        for words is the cue, its subject the speaker."""
        before = [t for t in self._words_before(q, pp) if not t.is_punct]
        if not before or before[-1].lower_ not in self.w.TERM_WORDS or before[-1].head.pos_ != "VERB":
            return None
        verb = before[-1].head
        speaker = self.subject_of(verb, pp, False)
        if speaker is None or not speaker.tokens:
            return None
        head = speaker.tokens[-1]
        # ('Trump' is often tagged a common noun: a capitalised one is a name)
        if not (head.pos_ == "PROPN" or speaker.is_pronoun or head.ent_type_ in ("PERSON", "PER") or self._capitalised_name_word(head)):
            return None
        return Attribution("cue", **cue_fields(verb, pp), speaker=speaker)

    def _spoken_to(self, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'Speaking to "CBS This Morning"': whom a speaker talks to is a
        programme or a paper, not words ('asked men to "Redefine
        Masculinity"' has a "to" that leads the quoted verb)."""
        before = self._words_before(q, pp)
        if not before or before[-1].lower_ not in self.w.SPOKEN_TO_PREPOSITIONS:
            return False
        to = before[-1]
        verb = to.head.head if to.dep_ == "case" else to.head  # (UD hangs "à" on its noun, the noun on the verb)
        return verb.i < to.i and lemma_of(verb) in self.w.SPOKEN_TO_VERBS

    @staticmethod
    def _author_follows(by: Token, pp: ParsedParagraph) -> bool:
        """A name right after 'by': the one who wrote the work, not who said it."""
        nxt = pp.doc[by.i + 1] if by.i + 1 < len(pp.doc) else None
        return nxt is not None and (nxt.pos_ == "PROPN" or nxt.ent_type_ in ("PERSON", "PER", "ORG"))

    def _inside_a_name(self, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """The run sits between a first name and a surname."""
        if q.close_at is None:
            return False
        before = self._words_before(q, pp)
        after = next(self._words_after(q, pp), None)
        return (bool(before) and after is not None and before[-1].pos_ == "PROPN"
                and after.pos_ in ("PROPN", "NOUN") and after.is_title)  # ('Price' is often a NOUN)

    def _modifies_noun_after(self, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """The quoted run's words hang on a common noun right after the
        closing mark, as a compound or modifier of it."""
        if q.close_at is None:
            return False
        after = next((t for t in self._words_after(q, pp) if not t.is_punct), None)
        if after is None or after.pos_ != "NOUN" or after.text[:1].isupper():
            return False
        top = quote_tops(q, pp.doc, pp)
        return bool(top) and all(t.head.i >= after.i and t.dep_ in ("compound", "nmod", "amod", "nn") for t in top)

    @staticmethod
    def _words_before(q: QuoteSpan, pp: ParsedParagraph) -> list[Token]:
        """The tokens that end before the opening mark, without whitespace tokens."""
        return pp.words[: bisect.bisect_right(pp.word_ends, q.outer_start - pp.offset)]

    def _lead_in(self, q: QuoteSpan, pp: ParsedParagraph) -> list[Token]:
        """The words before the opening mark, without the comma or colon that
        leads into it ('she angrily said, "…"', 'her March comment that, "…"')."""
        before = self._words_before(q, pp)
        while before and before[-1].text in (",", ":"):
            before.pop()
        return before

    @staticmethod
    def _words_after(q: QuoteSpan, pp: ParsedParagraph) -> Iterator[Token]:
        """The tokens after the closing mark (the quote must have one), without whitespace tokens."""
        first = bisect.bisect_right(pp.word_starts, q.close_at - pp.offset)
        return (pp.words[i] for i in range(first, len(pp.words)))

    def _named_by_participle(self, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'a report titled "…"', « un article intitulé « … » »: a naming verb's
        participle right before the run, hung on a noun, gives a title, long
        or short ('whom fans have nicknamed "…"' has an auxiliary and is left
        to the other tests)."""
        before = [t for t in self._words_before(q, pp) if not t.is_punct]
        if not before or before[-1].lower_ not in self.w.NAME_GIVING_VERBS:
            return False
        verb = before[-1]
        participle = verb.tag_ == "VBN" or verb.morph.get("VerbForm") == ["Part"]
        return participle and not any(c.dep_ in ("aux", "aux:tense", "aux:pass", "auxpass", "nsubj") for c in verb.children) \
            and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i

    def _names_with_subject(self, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'what Gilbert called "a perception problem"': a naming verb with a
        subject of its own is someone characterising, not a title given
        ('a film called "…"' has none)."""
        before = [t for t in self._words_before(q, pp) if not t.is_punct]
        if not before or before[-1].lower_ in self.w.NAME_GIVING_VERBS:
            return False  # ('whom fans have nicknamed "the Wall"': a name given, whoever gave it)
        # 'Huckabee called the H1-B program "worse than amnesty."': the run
        # complements the verb across its object.
        tops = quote_tops(q, pp.doc, pp)
        verbs = [before[-1]] + [t.head for t in tops if t.dep_ in ("oprd", "xcomp")]
        return any(
            verb.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj",) and self._characteriser(c, verb == before[-1] or any(
                t.dep_ == "oprd" and t.head == verb for t in tops)) for c in verb.children)
            for verb in verbs
        )

    def _characteriser(self, subject: Token, named_by_verb: bool) -> bool:
        """Who can call a thing something: a name, a pronoun, or, for the verb
        right before the run or one the run complements across its object
        ('the aide called the campaign "…"'), a noun for people or a body
        ('what multiple lawmakers called "fraud"'), not a thing ('the law
        called …'); a run the parse hung on a verb as a clause ('reporters
        noted … the slogan, "Make America …"') needs a name."""
        if subject.pos_ in ("PROPN", "PRON"):
            return True
        return named_by_verb and subject.pos_ == "NOUN" and not self.mute_thing(subject)
