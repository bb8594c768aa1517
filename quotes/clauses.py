"""Who speaks in a clause: the reporting verbs of a parsed sentence, the
subject each one has, and the noun phrase that names it.

The parse of a small pipeline is noisy, so a reporting verb is found by
lemma and its speaker by climbing the parse: the verb's subject, else the
subject of the clause it is coordinated with or hangs on, else the noun
phrase an inverted cue is followed by, else the words right before the verb.
The attribution rules (attribution.Attributor) build on this reading.
"""
from __future__ import annotations

import bisect
import itertools
import re
from functools import lru_cache
from types import ModuleType
from typing import Iterator, Optional

from spacy.tokens import Doc, Span, Token

from .entity_pass import nickname_at
from .lang import lemma as lemma_of
from .lang import sentence_openers
from .lexicon import fold, known_first_name, noun_in, person_noun, relation_noun, role_noun, speaking_nouns
from .marks import DASHES, QUOTE_MARK_CHARS
from .mentions import NAME_HYPHENS, Mention, ParsedParagraph, doc_text, person_entity_at, whole_name_words
from .ranges import in_ranges
from .resolution import NOMINAL_SUBJECTS, adjective_phrase_end, fronted_subject_verb

NAME_LABELS = {"PERSON", "PER", "ORG", "NORP", "GPE", "LOC", "FAC", "MISC"}
SUBJECT_DEPS = {"nsubj", "nsubjpass", "nsubj:pass", "expl:subj", "csubj"}
EUPHONIC_T = "-t"  # the French euphonic t of "a-t-il": no word, never a speaker
NP_LEFT_DEPS = {"compound", "amod", "det", "poss", "nmod:poss", "nummod", "nn", "quantmod", "flat", "flat:name", "npadvmod", "advmod", "case"}
SENTENCE_STOPS = (".", ";", "!", "?")
RELATIVE_CLAUSE_DEPS = {"relcl", "acl:relcl"}  # English and Universal Dependencies labels
CLAUSE_DEPS = {"ccomp", "acl", "advcl", "pcomp", *RELATIVE_CLAUSE_DEPS}  # clauses with their own say (not xcomp)
NP_RIGHT_DEPS = {"flat", "flat:name", "compound", "amod", "nummod", "fixed", "case", "flat:foreign"}
FIRST_PERSON_SINGULAR = {"i", "je", "j'", "j’"}
ELISIONS = frozenset({"d'", "d’", "d", "'", "’", "l'", "l’"})  # "lors d'un", "parle d'« … »"
# Punctuation that continues the sentence before it: no sentence starts with one.
CONTINUING_PUNCT = frozenset({",", ";", ")", "]"})


#: Name particles elided before a vowel and glued to the surname ('d’Harcourt', "d'Estaing").
ELIDED_PARTICLES = frozenset({"d'", "d’"})


#: A pronoun that stresses a subject named with it: « lui-même », « elle-même », 'himself'.
EMPHATIC = re.compile(r"\w+-m[êe]mes?|\w+sel(?:f|ves)")


class ClauseReader:
    """Reads the speaker of a reporting verb in a parsed paragraph of one
    language: the verb, its subject, the noun phrase around it."""

    def __init__(self, words: ModuleType):
        self.w = words
        self.speaking_nouns = speaking_nouns(words)

    # --- small predicates -------------------------------------------------
    def is_cue(self, token: Token) -> bool:
        lemma = lemma_of(token)
        if lemma in self.w.IT_SPEECH_VERBS:
            return any(c.dep_ in ("dobj", "obj") and c.lower_ == "it" for c in token.children)
        if lemma in self.w.PHRASAL_SPEECH_VERBS:
            # ('went on to promote "…"': the verb after it does the reporting, if any)
            particle = self.w.PHRASAL_SPEECH_VERBS[lemma]
            return any(c.dep_ in ("prt", "advmod", "compound:prt") and c.lower_ == particle for c in token.children) \
                and not any(c.dep_ in ("xcomp", "advcl") and any(g.dep_ in ("aux", "mark") and g.lower_ == "to" for g in c.children)
                            for c in token.children)
        if lemma in self.w.LIGHT_SPEECH_VERBS:
            return self._light_speech(token, self.w.LIGHT_SPEECH_VERBS[lemma])
        if lemma in self.w.TOPIC_SPEECH_VERBS:
            return any(self._topic_of(c, self.w.TOPIC_SPEECH_VERBS[lemma]) for c in token.children)
        if self._light_verb_below(token) is not None:
            return True  # 'a fait savoir que' with "savoir" the root and "fait" hung on it
        if lemma not in self.w.SPEECH_VERBS and token.lower_ not in self.w.SPEECH_VERBS:
            return self._inverted_tag(token)
        if self.as_preposition(token) or self.naming_participle(token) or self.in_saying_idiom(token):
            return False
        if lemma in self.w.SPEECH_ONLY_UNREFLEXIVE and any(c.lower_ in self.w.REFLEXIVE_CLITICS for c in token.children if c.i < token.i):
            return False  # (« L'opération se poursuivra » goes on; « poursuit-il » speaks)
        if lemma in self.w.ASIDE_VERBS and any(c.dep_ in SUBJECT_DEPS and c.lower_ in FIRST_PERSON_SINGULAR for c in token.children):
            return False  # "Trump said, and I quote, …": the writer quoting, not a speaker
        if self._imperative(token):
            return False  # 'Sign up by clicking the "subscribe" button': the writer tells the reader
        if token.pos_ == "PROPN" and token.ent_iob_ == "I" and token.dep_ in ("conj", "pobj", "obj", "dobj", "appos", "obl"):
            return False  # ('the ferry between Eastwater and Fennick Point': a name's last word, no verb)
        if token.pos_ == "ADJ" and token.dep_ in ("amod", "conj") and token.head.pos_ in ("ADJ", "NOUN"):
            return False  # 'an awkward but promising transition': a describing word, no verb
        if token.i > 1 and token.doc[token.i - 1].text == "-" and token.doc[token.i - 2].lower_ in self.w.SO_CALLED_FIRST_HALVES:
            return False  # 'the so-called "…"': it names the run right after it (a title cue), reports nothing
        if token.i > 1 and token.doc[token.i - 1].text == "-" and not token.doc[token.i - 1].whitespace_ \
                and not token.doc[token.i - 2].whitespace_ and self._compound_first_half(token.doc[token.i - 2]):
            return False  # 'Trump-branded steaks', 'police-related judgments': compound adjectives
        return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB") or self._verb_by_function(token)

    def _inverted_tag(self, token: Token) -> bool:
        """« … », calcule le président », « … », soupire-t-elle », '“…,” beams
        Coach Ruiz': whatever the verb, one that follows a quote and its
        comma with its subject after it tags the quote, as only a tag does."""
        doc = token.doc
        prev = doc[token.i - 1] if token.i > 0 else None
        if prev is None or prev.text != "," and prev.text not in QUOTE_MARK_CHARS and prev.pos_ not in ("AUX", "PRON"):
            return False  # (most words: nothing but a comma, a mark or a verb's helper may stand right before)
        first = token
        while first.i > 0 and self.verb_helper(doc[first.i - 1]):
            first = doc[first.i - 1]  # ('», a calculé la trésorière')
        before = {doc[first.i - 1].text, doc[first.i - 2].text} if first.i >= 2 else set()
        if len(before) != 2 or "," not in before or not (before - {","}) <= set(QUOTE_MARK_CHARS):
            return False  # (a mark and a comma, in either order: '», ', ',” ')
        if self._hyphened_after(token) is not None:
            return True
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is None or token.pos_ != "VERB" or lemma_of(token) in self.w.STATE_VERBS:
            return False  # ('“the Saddle,” was the country’s deadliest …': a description, no tag)
        if first is token and "Fin" not in token.morph.get("VerbForm") and not token.tag_.startswith("VB"):
            return False  # (« École 2030 », présenté l'an dernier: a participle describing the run)
        if any(c.dep_ in SUBJECT_DEPS and c.i < first.i for c in token.children):
            return False  # ('the report, "…," had flagged the road': its subject is before the run)
        # (its subject right after it, someone: a name, or a determiner and a noun for a person)
        head = after.head if after.pos_ == "DET" else after
        return head.i > token.i and (head.pos_ == "PROPN" and head.text[:1].isupper() or person_noun(head.lower_, self.w))

    @staticmethod
    def _imperative(token: Token) -> bool:
        """A verb that opens its sentence in the imperative, with no subject
        ('Sign up by clicking the "subscribe" button', 'Ask yourself: "…"'):
        the writer addressing the reader reports nobody's words."""
        if not token.is_sent_start or token.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        return token.tag_ == "VB" or "Imp" in token.morph.get("Mood")

    @staticmethod
    def _verb_by_function(token: Token) -> bool:
        """A speech word the tagger made a noun that still does a verb's work
        ('Trump tweets: …'): it heads a clause with a subject, or is joined
        to a verb. 'a draft or memo' and 'Questions linger' are nouns."""
        if token.dep_ not in ("ROOT", "ccomp", "conj", "parataxis", "advcl"):
            return False
        if token.pos_ not in ("NOUN", "PROPN"):
            return True
        # ('Williamson assails …' with the name hung on the verb as a compound)
        subject = any(c.dep_ in SUBJECT_DEPS or c.dep_ == "compound" and c.pos_ == "PROPN" and c.i < token.i for c in token.children)
        return subject or token.dep_ == "conj" and token.head.pos_ in ("VERB", "AUX")

    def in_saying_idiom(self, token: Token) -> bool:
        """'Needless to say', 'easier said than done', « autant dire »: the
        verb of a set phrase (the language's SAYING_IDIOMS) says nothing."""
        if token.lower_ not in _idiom_words(self.w.SAYING_IDIOMS):
            return False
        reach = max(len(idiom) for idiom in self.w.SAYING_IDIOMS)
        lo, end = max(0, token.idx - reach), token.idx + len(token.text)
        text = doc_text(token.doc)[lo : end + reach].lower().replace("’", "'")
        start, end = token.idx - lo, end - lo
        for idiom in self.w.SAYING_IDIOMS:
            at = text.find(idiom, max(0, end - len(idiom)))
            if at != -1 and at <= start and at + len(idiom) >= end:
                return True
        return False

    @staticmethod
    def _topic_of(child: Token, prepositions: tuple[str, ...]) -> bool:
        """'spoke about the "…"', « a parlé d'un « … » »: what a verb of
        talking is about, by its preposition (English hangs it on the verb,
        French on the noun as its case)."""
        if child.dep_ == "prep":
            return child.lower_ in prepositions
        return child.dep_ in ("obl", "obl:arg", "obl:mod") and any(g.dep_ == "case" and g.lower_ in prepositions for g in child.children)

    def _compound_first_half(self, word: Token) -> bool:
        """A name or a noun before a hyphen makes the participle after it an
        adjective; "so-called" and "self-described" still name."""
        return word.text[:1].isupper() or word.pos_ == "NOUN" and word.lower_ not in self.w.SELF_WORDS

    def quoted_as_saying(self, verb: Token) -> Optional[Token]:
        """'Interfax quoted a military source as saying …', 'Erdogan was
        quoted as saying by Anadolu': whom the verb quotes said the words,
        not the medium that quotes them."""
        if lemma_of(verb) not in self.w.QUOTING_VERBS:
            return None
        if not any(c.dep_ == "prep" and c.lower_ in self.w.AS_WORDS
                   and any(g.dep_ == "pcomp" and lemma_of(g) in self.w.SPEECH_VERBS for g in c.children) for c in verb.children):
            return None
        deps = ("nsubjpass", "nsubj:pass") if is_passive(verb) else ("dobj", "obj")
        return next((c for c in verb.children if c.dep_ in deps), None)

    def _light_verb_below(self, token: Token) -> Optional[Token]:
        """The light verb the parse hung on its own complement ('a fait
        savoir que …' parsed with "savoir" as the root), or None."""
        if not any(token.lower_ in words for words in self.w.LIGHT_SPEECH_VERBS.values()):
            return None  # (asked of every word a cue is looked for in: the word list first)
        return next((c for c in token.children if c.i < token.i and lemma_of(c) in self.w.LIGHT_SPEECH_VERBS
                     and token.lower_ in self.w.LIGHT_SPEECH_VERBS[lemma_of(c)]), None)

    def _light_speech(self, verb: Token, words: frozenset[str]) -> bool:
        """'made the point that …', 'made it clear that …': a light verb
        whose complement is one of `words`, with no other object ('made the
        path clear' says nothing), and whose subject is not a thing ('these
        reasons make the best case …')."""
        complements = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd", "ccomp", "acomp", "xcomp")]
        if not any(c.lower_ in words for c in complements):
            return False
        others = [c for c in complements if c.dep_ in ("dobj", "obj") and c.lower_ not in words]
        others += [g for c in complements if c.lower_ in words for g in c.children
                   if g.dep_ in SUBJECT_DEPS and g.pos_ in ("NOUN", "PROPN", "PRON")]  # ('made the road clear')
        if any(self.w.PRONOUNS.get(t.lower_) != "neuter" for t in others):
            return False
        return not any(c.dep_ in SUBJECT_DEPS and self.mute_thing(c) for c in verb.children)

    def naming_participle(self, token: Token) -> bool:
        """'a band called Sophistafunk', 'a blog, called the "Feed"': a
        participle that gives a thing its name. Nobody is reported saying
        anything, so it is no cue for a quote nearby."""
        if token.lower_ not in self.w.NAMING_WORDS or token.dep_ != "acl" or token.head.pos_ != "NOUN":
            return False
        complements = [c for c in token.children if c.dep_ in ("oprd", "attr", "dobj", "obj", "xcomp", "ccomp")]
        if len(complements) != 1 or any(c.dep_ in SUBJECT_DEPS for c in token.children):
            return False
        name = complements[0]  # right after the participle, and nobody's ('called AP's report …' is a verdict)
        return not any(c.dep_ in ("poss", "nmod:poss") for c in name.children) \
            and all(t.is_quote or t.is_punct for t in token.doc[token.i + 1 : name.left_edge.i])

    def named_or_personal(self, token: Token) -> bool:
        """A name or a personal pronoun ("Trump", "her", "them"), not a thing ("its")."""
        return token.pos_ == "PROPN" or self.w.PRONOUNS.get(token.lower_) in ("male", "female", "plural")

    def mute_thing(self, noun: Token) -> bool:
        """A common noun for nothing that speaks ('the amendment', 'the
        meeting'), unlike a person, a group, an organisation or a document."""
        if noun.pos_ != "NOUN" or noun.ent_type_:
            return False
        # (a plural the lemma table leaves as it is: 'parents' groups')
        return not any(word in self.speaking_nouns or word.rstrip("s") in self.speaking_nouns or person_noun(word, self.w)
                       for word in (lemma_of(noun), noun.lower_))

    def as_preposition(self, token: Token) -> bool:
        """'compared to 11% of …': a reporting verb used as a preposition
        measures, it does not speak."""
        lemma = lemma_of(token)
        return lemma in self.w.PREPOSITION_USES and token.i + 1 < len(token.doc) and token.nbor().lower_ in self.w.PREPOSITION_USES[lemma]

    def is_pronoun(self, token: Token) -> bool:
        return token.lower_ in self.w.PRONOUNS

    def is_impersonal(self, token: Token) -> bool:
        """French "on", "-on" ('a-t-on appris'): nobody, unless a frame or source says who."""
        return self.w.PRONOUNS.get(token.lower_) == "impersonal"

    def hyphened_pronoun(self, token: Token) -> bool:
        """The inverted subject of 'a-t-elle ajouté', 'dit-il': a pronoun
        hyphened to its verb or auxiliary, whatever the parse tagged it."""
        return token.text.startswith("-") and token.lower_ != EUPHONIC_T and self.is_pronoun(token)

    def _hyphened_after(self, word: Token) -> Optional[Token]:
        """The subject pronoun hyphened right after a word ('juge-t-il',
        'dit-elle'), the euphonic t skipped, or None."""
        doc = word.doc
        for i in range(word.i + 1, min(word.i + 3, len(doc))):
            if doc[i].lower_ == EUPHONIC_T:
                continue
            return doc[i] if self.hyphened_pronoun(doc[i]) else None
        return None

    def verb_helper(self, token: Token) -> bool:
        """An auxiliary or a clitic of a verb ('a assuré', 's'est félicité',
        'lui demande un humanitaire'): part of the verb's group, not a word
        of its own."""
        return self.dative_clitic(token) or token.pos_ == "AUX" or token.dep_ in ("aux", "aux:tense") \
            or token.lower_ in self.w.REFLEXIVE_CLITICS

    def dative_clitic(self, token: Token) -> bool:
        """'lui demande un humanitaire': the one spoken to, right before the
        verb, which the parse makes the verb's subject."""
        following = token.nbor() if token.i + 1 < len(token.doc) else None
        return token.lower_ in self.w.DATIVE_CLITICS and following is not None and following.pos_ in ("VERB", "AUX")

    def frames_at(self, lowers: list[str]) -> Iterator[list[str]]:
        """The impersonal frames ('chez', 'du côté de', 'au') the lower-cased
        words open with, in the word list's order."""
        for frame in self.w.IMPERSONAL_FRAMES:
            words = frame.split()
            if lowers[: len(words)] == words:
                yield words

    # --- spans of the paragraph -------------------------------------------
    @staticmethod
    def _quoted(pp: ParsedParagraph) -> list[tuple[int, int]]:
        """Outer (marks included) char ranges of the paragraph's quotes, doc-relative."""
        return pp.quoted

    @staticmethod
    def _in_ranges(token: Token, ranges: list[tuple[int, int]]) -> bool:
        return in_ranges(token.idx, ranges)

    def units(self, pp: ParsedParagraph) -> list[Span]:
        """Sentences of the paragraph, merged so that no quote straddles two."""
        ranges = self._quoted(pp)
        sents = list(pp.doc.sents)
        merged: list[Span] = []
        for sent in sents:
            opening = self._mark_left_behind(merged[-1], sent, ranges) if merged else None
            if opening is not None:
                # ('… reste indéterminée. « | Une enquête … », a indiqué le parquet': the
                # opening mark goes with the sentence it opens, not the one before)
                merged[-1] = pp.doc[merged[-1].start : opening]
                merged.append(pp.doc[opening : sent.end])
            elif merged and self._straddles(merged[-1], sent, ranges):
                merged[-1] = pp.doc[merged[-1].start : sent.end]
            else:
                merged.append(sent)
        return merged

    @staticmethod
    def _mark_left_behind(left: Span, right: Span, ranges: list[tuple[int, int]]) -> Optional[int]:
        """The index of an opening quotation mark the parse left at the end of
        the sentence before the one it opens (after that sentence's full
        stop), or None."""
        boundary = right.start_char
        if not any(s < boundary < e - 1 and boundary - s <= 2 for s, e in ranges):
            return None
        k = left.end - 1
        while k > left.start and (left.doc[k].is_space or left.doc[k].is_quote or left.doc[k].text in ("«", "“", '"')):
            k -= 1
        if k == left.end - 1 or k <= left.start or left.doc[k].text not in (".", "!", "?", "…"):
            return None
        return k + 1

    @staticmethod
    def _straddles(left: Span, right: Span, ranges: list[tuple[int, int]]) -> bool:
        boundary = right.start_char
        if any(s < boundary < e - 1 for s, e in ranges):
            return True
        first = right[0]
        # "D'après l'OSDH (…) | , « … »": no sentence starts at a comma or a
        # closing bracket, whatever the parse made of it.
        if first.text in CONTINUING_PUNCT:
            return True
        # '"…," he said' split after the closing mark: a lower-case start continues.
        if first.is_lower and first.is_alpha and left.text.rstrip()[-1:] in "\"”’»,":
            return True
        # 'Pour Marine | Le Pen, « … »': no sentence ends on a word and a space
        last = left[-1]
        if last.is_alpha and bool(last.whitespace_) and "\n" not in last.whitespace_:
            return True
        return _split_at_an_initial(left, right)

    # --- noun phrases -----------------------------------------------------
    def _surname_after(self, doc: Doc, hi: int, ranges: list[tuple[int, int]]) -> int:
        """'avertit l'économiste Thomas | Piketty dans une tribune': a phrase
        that ends on a first name takes the capitalised proper nouns right
        after it, which a parse that broke the sentence there left out."""
        # (a first name the census knows, or one the NER tagged: 'le docteur Amadou | Sy';
        # or any before a double surname: 'Fatoumata Cissé-Lemaire')
        double = hi + 1 < len(doc) and doc[hi].whitespace_ == " " and whole_name_words(hi + 1, hi + 1, doc)[1] > hi + 1
        if doc[hi].pos_ != "PROPN" or not (known_first_name(fold(doc[hi].text)) or doc[hi].ent_type_ in ("PERSON", "PER") or double):
            return hi
        end = hi
        while end + 1 < len(doc) and end - hi < 2 and doc[end].whitespace_ == " ":
            nxt = doc[end + 1]
            if nxt.lower_ in ELIDED_PARTICLES and not nxt.whitespace_ and end + 2 < len(doc) and doc[end + 2].is_title:
                end += 2  # ('Guillaume d’Harcourt-Lévy': an elided particle glued to the surname)
                continue
            if not (nxt.pos_ == "PROPN" or self._particle(nxt)) or not nxt.is_title or self._in_ranges(nxt, ranges):
                break
            end += 1
        return end if not self._particle(doc[end]) else end - 1

    def _first_name_before(self, doc: Doc, lo: int, ranges: list[tuple[int, int]]) -> int:
        """'Nathalie | Le Gouill, a prévenu': a phrase that opens on a
        capitalised surname or name particle takes the known first name
        right before it, which a parse that broke the name there left out."""
        if lo == 0 or not doc[lo].is_title or not (doc[lo].pos_ == "PROPN" or self._particle(doc[lo])):
            return lo
        if lo >= 4 and nickname_at(doc, lo - 3) \
                and doc[lo - 4].pos_ == "PROPN" and doc[lo - 4].is_title and doc[lo - 4].whitespace_ == " ":
            return lo - 4  # ('Devendra “Dev” Malhotra-Quist': the first name before a nickname in marks)
        prev = doc[lo - 1]
        if prev.pos_ == "PROPN" and prev.is_title and prev.whitespace_ == " " and known_first_name(fold(prev.text)) \
                and not self._in_ranges(prev, ranges):
            return lo - 1
        return lo

    def _particle(self, tok: Token) -> bool:
        """A name particle ('Le' of 'Le Gouill', 'van' of 'van Gogh')."""
        return fold(tok.text) in self.w.NAME_PARTICLES

    def _title_before_name(self, child: Token, head: Token) -> bool:
        """'Secretary of State Antony Blinken', with the title hung on the
        name as a modifier (nmod): a title word right before the name."""
        return child.dep_ == "nmod" and child.i < head.i and head.pos_ == "PROPN" and child.pos_ == "PROPN" \
            and role_noun(child.lower_, self.w)

    @staticmethod
    def _closing_mark(doc: Doc, lo: int, hi: int) -> int:
        """The phrase's last token, taking in the closing parenthesis of a
        name it opened ('the Vox Populi (Voice of the People)'). A quotation
        mark stays out: what it closes is a quoted run, weighed on its own."""
        text = doc[lo : hi + 1].text
        if hi + 1 < len(doc) and doc[hi + 1].text == ")" and text.count("(") > text.count(")"):
            return hi + 1
        return hi

    def noun_phrase(self, head: Token, pp: ParsedParagraph) -> Mention:
        """The speaker's words around a head: titles and names, not appositions."""
        ranges = self._quoted(pp)
        keep = {head.i}
        # (a pronoun is the whole mention: '-elle' in 'avait-elle ajouté' heads
        # whatever the parse hung on it)
        frontier = [] if self.is_pronoun(head) else [head]
        addressed = next((c.i for c in head.children if self._addressee_after(c, head)), len(head.doc))
        while frontier:
            tok = frontier.pop()
            for child in tok.children:
                if self._in_ranges(child, ranges):
                    continue
                # (not an adverb before a name: 'Even China, Pyongyang's only ally, said')
                # (nor before the phrase's article: 'Even the Severnmoor Bus Operators’ Association told')
                focus = child.dep_ == "advmod" and (tok is head and head.pos_ == "PROPN"
                                                    or any(d.dep_ == "det" and d.i > child.i for d in tok.children))
                left_ok = child.i < head.i and child.dep_ in NP_LEFT_DEPS and child.dep_ != "case" and not focus \
                    or self._title_before_name(child, head)
                # ('Jean-Luc Mélenchon dénonce « … »' with the verb hung on the name as a flat)
                # ('le syndicat SNES-FSU': a name right after the noun, with no preposition, names it)
                # ('le groupe Danone', "Danone" tagged a common noun the NER calls a body)
                named = child.dep_ == "nmod" and (child.pos_ == "PROPN" or child.is_title and bool(child.ent_type_)) \
                    and child.i == max(keep) + 1 and not any(c.dep_ == "case" for c in child.children)
                # ('l'opposante Svetlana T., jointe par téléphone': an aside after a comma describes, it does not name)
                aside = child.dep_ == "amod" and child.left_edge.i > 0 and child.doc[child.left_edge.i - 1].text == "," \
                    or child.i >= addressed
                right_ok = child.i > head.i and (child.dep_ in NP_RIGHT_DEPS or named) and child.dep_ != "case" and not aside \
                    and not (child.is_lower and lemma_of(child) in self.w.SPEECH_VERBS) \
                    and child.lower_ not in self.w.RELAY_PARTICIPLES  # ('un officiel turc cité par l'AFP')
                if (left_ok or right_ok) and child.pos_ != "PUNCT":
                    keep.add(child.i)
                    frontier.append(child)
        # (a name, not a 'WORK_OF_ART' the small model ran over the verb:
        # 'Trump told The Associated Press of the prospects for peace')
        if head.ent_type_ in NAME_LABELS and head.ent_iob_ in ("B", "I"):
            ent = next((e for e in head.doc.ents if e.start <= head.i < e.end), None)
            if ent is not None:
                # (not a reporting verb the NER ran into the name: 'soupire Sophie';
                # nor an agency's acronym before a name: 'a confié à l'AFP Julien')
                acronym = [t.i for t in itertools.takewhile(lambda t: t.i < head.i and t.text.isupper() and len(t.text) > 1, ent)]
                # (nor the day the NER ran into it: 'a assuré mardi M. Garnier')
                # (nor past a comma after the head: 'a indiqué Sy, sans en préciser l'origine' tagged one entity)
                # (nor past an auxiliary the NER ran the body's name into: 'La Fédération des banques coopératives a regretté')
                comma = next((t.i for t in ent if t.i > head.i and (t.text == "," or t.pos_ == "AUX" and t.is_lower)), ent.end)
                keep.update(t.i for t in ent if t.i < comma and not (t.is_lower and lemma_of(t) in self.w.SPEECH_VERBS)
                            and not (t.i in acronym and head.is_title) and not (t.i < head.i and self._is_time_word(t)))
        named = self._named_apposition(head, ranges) or self._name_before_apposition(head, ranges)
        if named is not None and named.start < addressed:
            keep.update(range(named.start, _whole_name_end(named)))
        lo, hi = min(keep), max(keep)
        # "of the agency", "de la défense": part of a role or organisation name.
        for child in head.rights:
            if head.pos_ == "PROPN" or child.i != hi + 1 and min(t.i for t in child.subtree) != hi + 1:
                continue
            if child.dep_ == "prep" and child.lower_ in ("of", "de", "du", "des"):
                # ('an official of the ministry quoted by Reuters': the outlet that relays the source is not part of it)
                hi = max(hi, max(t.i for t in itertools.takewhile(lambda t: t.lower_ not in self.w.RELAY_PARTICIPLES, child.subtree)))
            elif child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in ("de", "du", "des", "d’", "d'") for c in child.children):
                # (up to a finite verb the parse hung there: 'un proche du président assure';
                # or to the outlet that relays the source: 'un conseiller de l'Elysée cité par l'AFP')
                # (nor past the comma of a relative clause: 'Un de ses proches, qui a requis l'anonymat,')
                words = itertools.takewhile(lambda t: t.morph.get("VerbForm") != ["Fin"] and t.lower_ not in self.w.RELAY_PARTICIPLES
                                            and t.text != ",", child.subtree)
                hi = max(hi, max((t.i for t in words if not t.is_punct), default=hi))
            elif child.dep_ == "prep" and child.lower_ in self.w.ANONYMOUS_PLACES \
                    and (self._anonymous_head(head) or self._people_at_large(head)):
                # 'someone in the audience', 'a senior official at the department':
                # where an unnamed speaker stands is all a reader learns of them
                # (up to a comma: 'Officials at Homeland Security Investigations, a division of …')
                words = itertools.takewhile(lambda t: t.text != ",", child.subtree)
                hi = max(hi, max((t.i for t in words if not t.is_punct and not self._in_ranges(t, ranges)), default=hi))
        # 'a source close to the campaign', 'one Democrat familiar with the
        # talks': an adjective after the head takes its preposition along
        last = pp.doc[hi]
        if last.pos_ == "ADJ" and last.head == head and last.i > head.i:
            hi = adjective_phrase_end(last, ranges)
        doc = pp.doc
        while hi + 2 < len(doc) and doc[hi + 1].text == "-" and not doc[hi].whitespace_ and not doc[hi + 1].whitespace_ \
                and doc[hi + 2].pos_ in ("NOUN", "PROPN"):
            hi += 2  # ('l'état-major', which the French tokenizer splits at the hyphen)
        while lo < hi and pp.doc[lo].idx < pp.dateline_end <= head.idx:
            lo += 1  # ('WELLINGTON, March 10 - New Zealand's deputy prime minister': the dateline is no part of it)
        while lo < hi and (pp.doc[lo].is_punct or pp.doc[lo].lower_ in ("'s", "’s")):
            lo += 1
        # (nor a conjunction whose conjunct the parse hung elsewhere: 'the former
        # secretary of state and current Democratic presidential nominee said')
        while hi > lo and (pp.doc[hi].is_punct or pp.doc[hi].lower_ in ("'s", "’s") or pp.doc[hi].pos_ == "CCONJ"
                           or pp.doc[hi].lower_ in self.w.REFLEXIVE_CLITICS):  # ('ce dernier s’est dit': not "s’")
            hi -= 1
        hi = self._closing_mark(pp.doc, lo, hi)
        hi = self._surname_after(pp.doc, hi, ranges)
        lo = self._first_name_before(pp.doc, lo, ranges)
        if doc[lo].is_title or doc[hi].is_title:
            lo, hi = whole_name_words(lo, hi, doc)  # ('Deleau', the parse cut from 'Vasseur-Deleau')
        while lo >= 2 and doc[lo].lower_ in ("ci", "-ci") and doc[lo - 1].text == "-" and not doc[lo - 2].whitespace_:
            lo -= 2  # ('Celle-ci a répliqué', which the tokenizer cuts in three)
        if hi < lo:
            lo = hi = head.i  # (stray marks can leave no words around the head: '‘Le said« said Putin.')
        tokens = list(pp.doc[lo : hi + 1])
        start, end = tokens[0].idx, tokens[-1].idx + len(tokens[-1].text)
        mention = Mention(
            start + pp.offset,
            end + pp.offset,
            pp.text[start:end],
            head.lower_,
            tokens,
            is_pronoun=self.is_pronoun(head) and lo == hi,
            ent_label=head.ent_type_ or None,
        )
        # (a proper noun is an outlet's name, not a document: 'the Washington Post', 'the Drudge Report')
        if noun_in(head, self.w.SOURCE_NOUNS) and head.pos_ != "PROPN":
            mention.is_document = True
            mention.issuer = self._issuer(head, pp)
        return mention

    def _addressee_after(self, child: Token, head: Token) -> bool:
        """'« … ? », a demandé un journaliste à Jean-Baptiste Le Goff-Armand':
        the phrase after the inverted subject of a verb of asking, behind
        its preposition, is whom the question went to, not part of who asked."""
        verb = head.head
        return head.i > verb.i and lemma_of(verb) in self.w.ADDRESSEE_VERBS and child.i > head.i \
            and any(c.dep_ == "case" and c.lower_ in self.w.ADDRESSEE_PREPOSITIONS for c in child.children)

    def _people_at_large(self, head: Token) -> bool:
        """'Economists at ANZ', 'analysts at Citi': a bare plural noun for
        people (no determiner), which only where they work tells apart."""
        return head.tag_ in ("NNS", "NNPS") and not any(c.dep_ in ("det", "poss", "nummod") for c in head.children) \
            and person_noun(head.lower_, self.w)

    def _anonymous_head(self, head: Token) -> bool:
        """'someone', 'a man', 'one official': a speaker the text leaves unnamed."""
        if head.lower_ in self.w.ANONYMOUS_DETERMINERS:
            return True
        return head.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ in self.w.ANONYMOUS_DETERMINERS for c in head.children)

    def _name_before_apposition(self, head: Token, ranges: list[tuple[int, int]]) -> Optional[Span]:
        """« Sergueï Lavrov, le chef de la diplomatie russe, a dénoncé » parsed
        with the title as the subject: the person named right before it, at
        the start of the sentence and set off by a comma, is the one it
        describes, and speaks."""
        if head.pos_ != "NOUN" or head.dep_ not in SUBJECT_DEPS or not role_noun(head.lower_, self.w):
            return None
        comma = head.left_edge.i - 1
        if comma < 1 or head.doc[comma].text != ",":
            return None
        ent = next((e for e in head.doc.ents if e.end == comma and e.label_ in ("PERSON", "PER")), None)
        if ent is None or ent.start != ent.sent.start or ent.root.dep_ in SUBJECT_DEPS or any(self._in_ranges(t, ranges) for t in ent):
            return None
        if all(self._is_time_word(t) for t in ent):
            return None  # ('Dimanche, la présidente déléguée du club, …' with "Dimanche" tagged a person: when, not who)
        return ent

    def _named_apposition(self, head: Token, ranges: list[tuple[int, int]]) -> Optional[Span]:
        """'le président turc Recep Tayyip Erdogan', 'La ministre des Armées,
        Florence Parly', 'Senate Majority Leader Chuck Schumer' (the title
        capitalised, a proper noun to the tagger): a title followed by the
        person's name."""
        # ('Her rival Tom Reyes said', "rival" tagged an adjective: a subject is a noun)
        # (nor 'le manager castrais, Jérôme Salvetat', "manager" tagged a verb)
        noun = head.pos_ == "NOUN" or head.pos_ in ("ADJ", "VERB") and head.dep_ in SUBJECT_DEPS
        if not noun and not (head.pos_ == "PROPN" and role_noun(head.lower_, self.w)):
            return None
        kin = self._kin_named(head)
        if kin is not None:
            return kin
        named = body_named_after(head, self.w)
        if named is not None and not self._in_ranges(named, ranges):
            ent = next((e for e in head.doc.ents if e.start <= named.i < e.end), None)
            if ent is not None:
                return ent
        for ent in head.doc.ents:
            if ent.label_ not in ("PERSON", "PER") or ent.start <= head.i or ent.start - head.i > 8:
                continue
            if head.pos_ == "PROPN" and ent.start != head.i + 1:
                continue  # (a capitalised title names the person right after it, not 'Attorneys for Clinton')
            if any(self._in_ranges(t, ranges) for t in ent):
                continue
            between = head.doc[head.i + 1 : ent.start]
            # ('a 70-year-old academic named Eric Kingson': a naming participle is no verb of its own)
            # (nor a participle the role takes as an adjective: 'la présidente déléguée du club, Joëlle …',
            # « la ministre déléguée chargée de l’Europe, Clémence … »)
            # (but the outlet after a participle that relays is no name of the role: 'a déclaré le
            # ministre, cité par l'agence officielle Irna')
            if any(t.pos_ in ("VERB", "AUX") and t.lower_ not in self.w.NAMING_WORDS and t.dep_ != "amod"
                   and not (t.dep_ == "acl" and t.morph.get("VerbForm") == ["Part"]) or t.text in (".", ";", ":")
                   or t.lower_ in self.w.RELAY_PARTICIPLES for t in between) or sum(t.text == "," for t in between) > 1:
                continue
            # ('estime pour sa part l'économiste Thomas Piketty', the name parsed
            # as the verb's subject: a role noun right before a name is its title)
            # ('a tweeté la présidente de la Commission, Ursula von der Leyen.', the
            # name parsed as a sentence of its own or hung on the verb: a role, a
            # comma, a name ending the tag)
            closing = ent.end >= len(head.doc) or head.doc[ent.end].text in (".", ",", ";") or head.doc[ent.end].is_space
            if head.doc[ent.start - 1].text == "," and ent.end < len(head.doc) and head.doc[ent.end].text in QUOTE_MARK_CHARS:
                continue  # ('selon un membre du staff, Barthélémy-Soulé « est … »': the quoted clause's subject)
            # ('le gouverneur régional Serhiy Lysenko': a title's adjectives before the name)
            # ('le lieutenant-colonel Franck …', the title cut at its hyphen by the tokenizer)
            glued = all(not t.nbor(-1).whitespace_ and (t.text in NAME_HYPHENS or t.is_lower) for t in between)
            adjacent = person_noun(head.lower_, self.w, self.w.TITLE_WORDS) and (
                not between or glued or all(t.pos_ == "ADJ" and t.is_lower for t in between)
                or all(t.text == "," for t in between[-1:]) and closing and (ent.root.dep_ == "ROOT" or ent.root.head == head.head))
            if adjacent or ent.root.head.i == head.i or any(t.head.i == head.i or t.i == head.i for t in [ent.root.head]) or ent.root.head in head.subtree or ent.root.dep_ in ("appos", "flat:name", "nmod", "compound", "dep"):
                if ent.root.dep_ in ("poss", "nmod:poss") and ent.root.head.i >= ent.end:
                    # 'several people in Clinton’s orbit': the name owns what describes them
                    return head.doc[ent.start : ent.root.head.i + 1]
                return self._with_conjuncts(ent, ranges)
        return self._proper_apposition(head, ranges) or self._first_name_set_off(head, ranges)

    def _first_name_set_off(self, head: Token, ranges: list[tuple[int, int]]) -> Optional[Span]:
        """'Le maire de Douarnenez, Corentin Le Floc'h, appelle': after a
        person's noun and its complement, a name set off by commas that opens
        with a known first name, whatever the NER and the parse made of it
        (a place, a conjunct, a common noun)."""
        if not person_noun(head.lower_, self.w, self.w.TITLE_WORDS):
            return None
        doc = head.doc
        comma = next((t.i for t in doc[head.i + 1 : head.i + 7] if t.text == "," or t.pos_ in ("VERB", "AUX")), None)
        if comma is None or doc[comma].text != "," or comma + 1 >= len(doc):
            return None
        first = doc[comma + 1]
        if not (first.is_title and first.is_alpha and known_first_name(fold(first.text))) or self._in_ranges(first, ranges):
            return None
        end = comma + 1
        while end + 1 < len(doc) and end - comma < 4 and (doc[end + 1].is_title or self._particle(doc[end + 1])) \
                and not self._in_ranges(doc[end + 1], ranges):
            end += 1
        end = whole_name_words(comma + 1, end, doc)[1]
        if end == comma + 1 or end + 1 < len(doc) and doc[end + 1].text not in (",", ".", ";"):
            return None
        return doc[comma + 1 : end + 1]

    def _with_conjuncts(self, ent: Span, ranges: list[tuple[int, int]]) -> Span:
        """'a spokesperson for Devon and Cornwall Police', "Devon" tagged a
        person: a name the preposition's object coordinates with more
        capitalised words is one body's name, whole."""
        top = ent.root
        while top.dep_ not in ("pobj", "obj") and top.head.i > top.i and top.head.pos_ == "PROPN":
            top = top.head  # ('Avon' a modifier of 'Police', the preposition's object)
        words = ent.doc[ent.start : max(ent.end, top.right_edge.i + 1)]
        if top.dep_ not in ("pobj", "obj") or not any(t.pos_ == "CCONJ" for t in words):
            return ent
        if any(t.is_punct or self._in_ranges(t, ranges) or not (t.is_title or t.pos_ == "CCONJ") for t in words):
            return ent
        return words

    def _kin_named(self, head: Token) -> Optional[Span]:
        """'Son fils, Hassan, ajoute', 'his wife, Jane, said', 'Sa voisine,
        Leïla, renchérit': a word for kin, a companion or a gendered person,
        then a name of one to three capitalised words between commas, however
        the NER tagged the name (a place, often, for a first name it lacks)."""
        if not relation_noun(head.lower_, self.w):
            return None
        doc, i = head.doc, head.i + 1
        if i >= len(doc) or doc[i].text != ",":
            return None
        run = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.text[:1].isupper(), doc[i + 1 : i + 4]))
        end = i + 1 + len(run)
        return doc[i + 1 : end] if run and end < len(doc) and doc[end].text == "," else None

    def _proper_apposition(self, head: Token, ranges: list[tuple[int, int]]) -> Optional[Span]:
        """'le ministre des Affaires étrangères, Mevlüt Çavuşoğlu,': a run of
        proper nouns in apposition to the title, which the NER left out or
        called something else than a person (not a place, not a body, unless
        it opens with a first name)."""
        for child in head.rights:
            if child.dep_ != "appos" or child.pos_ != "PROPN" or self._in_ranges(child, ranges):
                continue
            # (from the first word of the name: English hangs 'Rachel' on 'Reeves', French 'Çavuşoğlu' on 'Mevlüt')
            start = min((t.i for t in child.lefts if t.dep_ in ("compound", "flat") and t.i > head.i), default=child.i)
            run = [t for t in child.subtree if t.i >= start]
            name = list(itertools.takewhile(lambda t: t.pos_ == "PROPN" and t.text[:1].isupper(), run))
            # ('Le député LFI François Ruffin', tagged a place: a first name tells a person;
            # so does a person's noun the name is set off after: 'the opposition leader, Kemi Badenoch,')
            placed = any(t.ent_type_ in ("LOC", "GPE", "ORG", "FAC") for t in name)
            set_off = person_noun(head.lower_, self.w, self.w.TITLE_WORDS) and name and name[0].i > 0 \
                and head.doc[name[0].i - 1].text == "," and len(name) <= 3
            if 2 <= len(name) <= 4 and (not placed or set_off or known_first_name(fold(name[0].text))):
                return head.doc[name[0].i : name[-1].i + 1]
        return None

    def _issuer(self, head: Token, pp: ParsedParagraph) -> Optional[Mention]:
        """X in "a statement from X", "the report of X", "X's statement",
        "an email sent out by X", "a Times article"."""
        for child in head.children:
            if child.dep_ == "compound" and child.pos_ == "PROPN" and child.i == head.i - 1 and child.ent_type_ not in ("DATE", "TIME"):
                return self.noun_phrase(child, pp)
            if child.dep_ in ("poss", "nmod:poss") and not self.is_pronoun(child):
                return self.noun_phrase(child, pp)
            if child.dep_ in ("prep", "nmod") and child.lower_ in ("from", "of", "by", "de", "du"):
                objs = [c for c in child.children if c.dep_ in ("pobj", "obj")]
                if objs:
                    return self.noun_phrase(objs[0], pp)
            if child.dep_ in ("nmod",) and any(c.dep_ == "case" and c.lower_ in ("de", "du", "par") for c in child.children):
                return self.noun_phrase(child, pp)
            if child.dep_ == "acl" and _past_participle(child) and lemma_of(child) not in self.w.OBTAINING_VERBS:
                # 'a fundraising email sent out by Sanders' (not 'a memo obtained by CNN': its reader)
                agent = self._passive_agent(child, self._quoted(pp))
                if agent is not None:
                    return self.noun_phrase(agent, pp)
        return None

    # --- speakers of a cue ------------------------------------------------
    def subject_of(self, cue: Token, pp: ParsedParagraph, cue_after_quote: bool) -> Optional[Mention]:
        """The speaker of a reporting verb: its subject, climbing coordinated,
        participial and prepositional clauses ("…, adding that", "by calling
        him"), else the noun phrase an inverted cue is followed by ("…", said
        the Kremlin). A participle on a source noun ("a statement saying")
        makes the document the speaker."""
        ranges = self._quoted(pp)
        shown = self._shown_in_source(cue)
        if shown is not None:
            return self.noun_phrase(shown, pp)
        named = self._name_after_colon(cue, ranges)
        if named is not None:
            return self.noun_phrase(named, pp)
        if self._headline_passive(cue):
            return None  # ('Cyclist … ‘could not have been seen’, inquest told': the inquest was told)
        doer = self._relative_clause_doer(cue, ranges)
        if doer is not None:
            return self._resolve_relative(doer, pp)
        hoped = self._hoped_speech(cue, ranges)
        if hoped is not None:
            return self._resolve_relative(hoped, pp)
        owner = self._owner_of_noun_cue(cue, ranges)
        if owner is not None:
            return self._resolve_relative(owner, pp)
        if self._describing_participle(cue, ranges):
            agent = self._passive_agent(cue, ranges) or self._agent_after(cue, ranges)
            if agent is not None:
                return self.noun_phrase(agent, pp)
        verb, via, came_from = cue, "", cue
        for _ in range(6):
            quoted = self.quoted_as_saying(verb)
            if quoted is not None:
                return self._resolve_relative(quoted, pp)
            # 'Silverman was joined on stage by Franken and joked': a verb
            # coordinated with a passive shares its subject, not its agent.
            agent = self._passive_agent(verb, ranges, verb == cue) if via != "conj" else None
            if agent is not None:
                return self.noun_phrase(agent, pp)
            subj = self._subject_child(verb, ranges, near=came_from if verb != cue else None)
            if subj is None and via == "conj":
                subj = self._sibling_subject(verb, came_from, ranges)
            if subj is None and verb == cue:
                subj = self._subject_before_aside(cue, ranges)
            if subj is not None and verb != cue and self.mute_thing(subj):
                if head_climbs(verb):
                    subj = None  # 'He sent an email as the meeting began vowing to "…"': no meeting vows
                else:
                    subj = self._copula_doer(verb, came_from) or subj
            if subj is not None and self._addressee(subj):
                return None  # 'Trump was asked, "…"': he is who was asked
            if verb == cue and (subj is not None or any(c.dep_ in ("nsubjpass", "nsubj:pass") for c in cue.children)) \
                    and self._described(cue, ranges):
                # 'Duterte has been called the "…"': he is who was called it;
                # 'sending what has been described as a "…"': by no one named
                # (but 'opened up about being described as a "…"' is hers to tell)
                return None
            if subj is not None and subj.lower_ in self.w.CLEFT_SUBJECTS and verb.pos_ in ("NOUN", "PROPN") \
                    and any(c.dep_ == "cop" for c in verb.children):
                subj = verb  # ('C'est sa ministre, X, qui a répondu …, dénonçant « … »': the one the cleft puts first)
            if subj is not None:
                framed = self._impersonal_frame(subj, pp, ranges)
                if framed is not None:
                    return framed
                subj = self._object_relative_subject(subj, verb) or self._source_aside(subj, verb) \
                    or self._conjunct_after_a_clause(subj, verb) or self._held_subject(subj, verb) \
                    or self._label_after_role(subj) or subj
                return self._resolve_relative(self._name_next_to(subj, verb), pp)
            if cue_after_quote and verb == cue and cue.tag_ != "VBG" and self._right_after_quote(cue, pp, ranges):
                inverted = self._inverted_subject(verb, pp, ranges)
                if inverted is not None:
                    return inverted
            head = verb.head
            inverted = self._hyphened_after(head) if head != verb else None
            if inverted is not None:
                # '« … », juge-t-il, rappelant que … « … »' with "juge" parsed a noun:
                # the word a subject pronoun is hyphened to is a verb; the pronoun speaks
                return self.noun_phrase(inverted, pp)
            if head != verb and self._in_ranges(head, ranges) and cue.tag_ == "VBG" and verb.dep_ == "prep":
                # 'After saying her foot was "…," she was "whisked off …"': the
                # quoted verb's subject, in the narrator's words, said it.
                subj = self._subject_child(head, ranges, near=verb)
                return self._resolve_relative(subj, pp) if subj is not None else None
            if head == verb or self._in_ranges(head, ranges):
                break
            if verb.dep_ == "advcl" and verb.tag_ in ("VBD", "VBZ", "VBP") and self.is_cue(verb) and any(c.dep_ == "mark" for c in verb.children):
                break  # 'While Will acknowledges …, he sees': a finite clause's subject is its own, misparsed
            if verb.dep_ in ("acl", "acl:relcl", "relcl") and head.pos_ in ("NOUN", "PROPN"):
                if noun_in(head, self.w.SOURCE_NOUNS):
                    # "X sent a press release saying": X speaks through it.
                    if head.dep_ not in ("dobj", "obj"):
                        return self.noun_phrase(head, pp)
                    sender = self._shared_subject(head.head, ranges)
                    if sender is not None:
                        return self._resolve_relative(sender, pp)
                    return self._left_neighbour_subject(head.head, pp, ranges) or self.noun_phrase(head, pp)
            if verb.dep_ == "acl" and verb.tag_ != "VBG" and head.i == verb.i - 1 and head.pos_ == "NOUN" and self._object_and_quote(verb, ranges):
                # 'one lawmaker called Trump "the orange prince …"': a
                # clause the parse hung on its own subject.
                return self.noun_phrase(head, pp)
            if verb == cue and self._seen_speaking(cue):
                return self.noun_phrase(head, pp)
            if verb.dep_ in ("acl", "advcl") and head.i < verb.i and self._name_like(head) and self._subject_child(head, ranges) is None:
                # "O'Malley, who …, interjected to say", "Trump defended …,
                # calling": the parse made the subject the head of the clause;
                # but in 'Bannon, who Beck called "…"' Beck does the calling.
                return self.noun_phrase(self._object_relative_subject(head, verb) or head, pp)
            if verb.dep_ in ("ccomp",) and verb != cue:
                break
            controller = self._object_controller(verb, ranges)
            if controller is not None:
                return self._resolve_relative(controller, pp)
            if verb == cue and cue.tag_ == "VBG" and cue.dep_ == "advcl":
                outer = self._reporter_of_content(head)
                if outer is not None and (self._in_ranges(outer, ranges) or not self.is_cue(outer)):
                    outer = None
                if outer is not None:
                    # 'Bennett denied the notion that a shakeup is coming,
                    # explaining that …': the parse hung the participle on the
                    # reported clause; the reporter explains, not the shakeup.
                    verb, via, came_from = outer, "advcl", head
                    continue
            verb, via, came_from = head, verb.dep_, verb
        if cue.tag_ == "VBG" and self._in_ranges(cue.head, ranges):
            return self._clause_before_subject(cue, pp, ranges)
        if lemma_of(cue) in self.w.ADDRESSEE_VERBS and any(c.dep_ in ("auxpass", "aux:pass") for c in cue.children):
            return None  # 'Trump was asked' with Trump parsed elsewhere: still who was asked
        return self._left_neighbour_subject(cue, pp, ranges)

    def _headline_passive(self, cue: Token) -> bool:
        """'…, inquest told', '…, MPs told': a verb the language's headlines
        use in the passive (HEADLINE_PASSIVE_VERBS), ending its line right
        after a noun with no article, is the one told, not who told."""
        if cue.lower_ not in self.w.HEADLINE_PASSIVE_VERBS or cue.i == 0:
            return False
        before = cue.doc[cue.i - 1]
        if before.pos_ != "NOUN" or any(c.dep_ == "det" for c in before.children):
            return False
        rest = doc_text(cue.doc)[cue.idx + len(cue.text) :]
        return not rest.split("\n", 1)[0].strip(" .!?'\"’”")

    def _name_after_colon(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'La prudence de la dirigeante tranche avec son optimisme de
        l'automne : en novembre, …, Marie-Hélène Lacombe-Ravier avait promis
        « … »': a person's name right before the verb, its auxiliaries
        aside, in a clause a colon opened, is its subject, whatever the parse
        hung across the colon."""
        doc, i = cue.doc, self._before_auxiliaries(cue)
        name = doc[i]
        if i < 1 or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "PER") or self._in_ranges(name, ranges):
            return None
        colon = any(t.text == ":" and not self._in_ranges(t, ranges) for t in doc[cue.sent.start : i])
        return name if colon and not any(c.dep_ in SUBJECT_DEPS and c.i > i for c in cue.children) else None

    def _seen_speaking(self, cue: Token) -> bool:
        """'The ad ends with a woman saying: "…"', 'to see a Republican
        administration defending the idea that "…"': a participle right after
        the noun it describes, a noun for someone, makes that someone the
        speaker, not the sentence's subject; but not whom a message goes to
        ('emailed supporters saying', 'an email to supporters stating')."""
        noun = cue.head
        if cue.dep_ != "acl" or cue.tag_ != "VBG" or noun.i != cue.i - 1 or noun.pos_ != "NOUN" or self.mute_thing(noun):
            return False
        if noun.dep_ in ("pobj", "nmod"):
            return noun.head.lower_ not in self.w.ADDRESSEE_PREPOSITIONS
        return noun.dep_ in ("dobj", "obj") and not self.is_cue(noun.head)

    def _hoped_speech(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'she expects Obama to announce an "intensification"', 'Trump wants
        Congress to call the plan "…"': speech someone else is expected or
        wanted to make has not been made; the quote is in the words of whoever
        expects it (under a reporting verb, 'urged Obama to call it "…"', the
        clause is left to the rules that read object control)."""
        if cue.tag_ != "VB" or cue.dep_ not in ("ccomp", "xcomp") or not any(c.lower_ == "to" and c.dep_ == "aux" for c in cue.children):
            return None
        if self._subject_child(cue, ranges) is None or self.is_cue(cue.head) or self._in_ranges(cue.head, ranges):
            return None
        return self._subject_child(cue.head, ranges)

    @staticmethod
    def _object_relative_subject(start: Token, verb: Token) -> Optional[Token]:
        """The name right after a relative pronoun, between `start` and the
        verb ('Bannon, who Beck on Wednesday called "…"'): the verb's
        subject; the relative is its object, whatever the parse made of it."""
        between = start.doc[start.i : verb.i]
        for a, b in zip(between, between[1:]):
            if a.tag_ in ("WP", "WDT") and a.lower_ != "whose" and b.pos_ == "PROPN" and b.ent_type_ not in ("DATE", "TIME"):
                name = b
                while name.i + 1 < verb.i and name.doc[name.i + 1].pos_ == "PROPN":
                    name = name.doc[name.i + 1]
                return name
        return None

    def _source_aside(self, subj: Token, verb: Token) -> Optional[Token]:
        """'Clinton, a top aide said, "is very confident …"': an indefinite
        description the parse put in apposition to the subject, running
        into the verb with no comma to close it, is who speaks about them."""
        aside = next((c for c in subj.children if c.dep_ == "appos" and subj.i < c.i < verb.i), None)
        if aside is None or verb.i != aside.right_edge.i + 1:
            return None
        words = list(aside.subtree)
        if len(words) > 4 or any(t.pos_ in ("PROPN", "VERB", "AUX", "PUNCT") for t in words):
            return None  # 'Doug Andres, a spokesman for Paul Ryan told': a name's description, its comma missing
        first = aside.left_edge
        return aside if first.lower_ in self.w.ANONYMOUS_DETERMINERS and verb.doc[first.i - 1].text == "," else None

    def _label_after_role(self, subj: Token) -> Optional[Token]:
        """'Julien Ferrand-Morel, député Les Républicains de la Lozère, a
        fustigé': the party written right after the role noun of a name set
        off before it is part of that role, though the parse made it the
        verb's subject; the name before the role speaks."""
        doc, first = subj.doc, subj.left_edge.i
        if first < 3 or doc[first - 2].text != ",":
            return None
        role, name = doc[first - 1], doc[first - 3]
        if not (role.is_lower and role_noun(role.lower_, self.w)) or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "PER"):
            return None
        return name

    def _held_subject(self, subj: Token, verb: Token) -> Optional[Token]:
        """'they will hold banners proclaiming: "…"' parsed with the banners
        as the participle's subject: a thing right before the participle that
        says, which the clause above holds up, speaks for its holder."""
        if verb.tag_ != "VBG" or verb.dep_ not in ("ccomp", "xcomp") or subj.i != verb.i - 1 or not self.mute_thing(subj):
            return None
        holder = self._doer_of(verb.head)
        return holder if holder is not None and not self.mute_thing(holder) else None

    @staticmethod
    def _conjunct_after_a_clause(subj: Token, verb: Token) -> Optional[Token]:
        """'a group of rabbis called for a boycott, and the Anti-Defamation
        League denounced Trump and said': the parse made the first clause's
        finite verb a modifier of its subject and joined the second subject to
        it; the conjunct written after that verb, before this one, says."""
        finite = next((c for c in subj.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBZ", "VBP")), None)
        if finite is None:
            return None
        return next((c for c in subj.children if c.dep_ == "conj" and finite.i < c.i and c.right_edge.i < verb.i), None)

    def _object_and_quote(self, verb: Token, ranges: list[tuple[int, int]]) -> bool:
        """Whether the verb has an object outside the quotes and a quoted
        complement ('called Trump "…"'), unlike a name ('a man called Bob')."""
        complements = [c for c in verb.children if c.dep_ in ("dobj", "obj", "oprd")]
        outside = [c for c in complements if not self._in_ranges(c, ranges)]
        return bool(outside) and len(outside) < len(complements)

    @staticmethod
    def _reporter_of_content(clause: Token) -> Optional[Token]:
        """The verb `clause` is the content of ("said [the economy is
        failing]", "denied the notion [that …]"), else None."""
        if clause.dep_ == "ccomp" and clause.head.pos_ in ("VERB", "AUX"):
            return clause.head
        if clause.dep_ == "acl" and any(c.dep_ == "mark" and c.lower_ == "that" for c in clause.children):
            noun = clause.head
            if noun.pos_ == "NOUN" and noun.head.pos_ in ("VERB", "AUX") and noun.dep_ in ("dobj", "obj"):
                return noun.head
        return None

    def _name_next_to(self, subj: Token, verb: Token) -> Token:
        """'Sirius XM Vice President for news and talk Dave Gorab called':
        a person's name the parse hung on a title or another name as a
        conjunct or apposition, written right before the verb, is its subject."""
        if verb.i == 0:
            return subj
        doc = verb.doc
        # ('One of them, Farah Siddiqui-Barton, wrote': a name set off after a partitive is who)
        if verb.i > 1 and doc[verb.i - 1].text == "," and subj.like_num and any(c.dep_ == "prep" for c in subj.children):
            name = doc[verb.i - 2]
            if name.head == subj and name.dep_ == "appos" and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "PER"):
                return name
        if not (subj.lower_ in self.w.TITLE_WORDS or subj.ent_type_ in ("PERSON", "PER")):
            return self._person_apposed_to_body(subj, verb)
        name = doc[verb.i - 1]
        if name.head == subj and name.dep_ in ("conj", "appos") and name.pos_ == "PROPN" and name.ent_type_ in ("PERSON", "PER"):
            return name
        return subj

    @staticmethod
    def _person_apposed_to_body(subj: Token, verb: Token) -> Token:
        """'Writing in Saturday's Eastwater Courier, the critic Desmond
        Achebe-Lowry called it "…"': the parse made the paper the subject and
        the critic and his name its appositions; a person's name right
        before the verb, in apposition to the subject or to its apposition,
        is the subject."""
        name = verb.doc[verb.i - 1]
        if subj.pos_ != "PROPN" or name.pos_ != "PROPN" or name.ent_type_ not in ("PERSON", "PER") or name.dep_ != "appos":
            return subj  # (a common noun's apposition names it: 'Her rival Tom Reyes said' keeps its role)
        head = name.head
        if head != subj and head.dep_ == "appos":
            head = head.head
        return name if head == subj else subj

    def _shared_subject(self, verb: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """The verb's subject, or the subject of the first verb of its
        coordination ('the effort had sent letters …, hired lawyers and
        placed newspaper ads calling the deal "…"': the effort placed them)."""
        subj = self._subject_child(verb, ranges)
        while subj is None and verb.dep_ == "conj" and verb.head != verb:
            verb = verb.head
            subj = self._subject_child(verb, ranges)
        return subj

    def _sibling_subject(self, head: Token, verb: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'Hastily politicizing the tragedy, Trump cast the blame … and
        emphasized "…"': the parse made the opening participle the head of
        both verbs; the conjunct before the verb with a subject of its own
        lends it."""
        siblings = [c for c in head.children if c.dep_ == "conj" and c.i < verb.i and c.pos_ in ("VERB", "AUX")]
        for sibling in reversed(siblings):
            subj = self._subject_child(sibling, ranges)
            if subj is not None:
                return subj
        return None

    def _object_controller(self, verb: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'That prompted Rubio to call Trump "…"': the object of the verb an
        infinitive hangs on does what the infinitive says (not after 'promise',
        whose subject does). Only a name or a personal pronoun: in 'spend the
        weekend figuring' the object is no one."""
        if verb.dep_ != "xcomp" or lemma_of(verb.head) in self.w.SUBJECT_CONTROL_VERBS:
            return None
        return next((
            c for c in verb.head.children
            if c.dep_ in ("dobj", "obj") and c.i < verb.i and not self._in_ranges(c, ranges)
            and self.named_or_personal(c)
        ), None)

    def _relative_clause_doer(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'…, where about 50 protesters had gathered, chanting "…"', 'an ad in
        which children bash a dollhouse, yelling "…"': a participle right
        after a relative clause with a subject of its own is what that
        subject did, wherever the parse hung it."""
        if cue.tag_ != "VBG" or cue.dep_ != "advcl" or cue.i < 3 or cue.doc[cue.i - 1].text != ",":
            return None
        last = cue.doc[cue.i - 2]
        clause = next((a for a in [last, *last.ancestors] if a.dep_ in ("relcl", "acl:relcl")), None)
        if clause is None or clause.right_edge.i != last.i or cue.head == clause or cue.head.i > clause.i:
            return None
        subj = self._subject_child(clause, ranges)
        return subj if subj is not None and subj.pos_ in ("NOUN", "PROPN") else None

    def _shown_in_source(self, cue: Token) -> Optional[Token]:
        """'The ad uses footage of Hillary Clinton asking, "…"': the person a
        recording shows speaks in it, whoever uses the recording."""
        if cue.tag_ != "VBG" or cue.i == 0:
            return None
        name = cue.doc[cue.i - 1]
        # ('of Trump saying' is parsed either way: the name governed by "of", or the participle with the name its subject)
        of = cue.head if name.dep_ in SUBJECT_DEPS and name.head == cue else name.head
        if name.pos_ != "PROPN" or name.dep_ not in ("pobj", "nmod", *SUBJECT_DEPS) or of.lower_ not in ("of", "de", "du", "des"):
            return None
        return name if noun_in(of.head, self.w.SOURCE_NOUNS) else None

    def _clause_before_subject(self, cue: Token, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[Mention]:
        """'Flea shared the news, writing "…"', 'Clinton seemed ready to riff
        on it, telling the crowd, "…"': the parse hung the participle on a
        verb inside the quote, so the clause before it, or the sentence
        before when the participle opens its own ('Adding, "…"'), says who."""
        sent = cue.sent
        before = pp.doc[sent.start : cue.i]
        if not any(t.is_alpha for t in before if not self._in_ranges(t, ranges)) and sent.start > 0:
            before = pp.doc[sent.start - 1].sent
        # (or hung on a verb of the quote: 'Rubio fired back: "…," citing …' with "fired" under the quote's verb)
        tops = [t for t in before if t.pos_ in ("VERB", "AUX") and not self._in_ranges(t, ranges)
                and (t.head == t or not before.start <= t.head.i < before.end or self._in_ranges(t.head, ranges))]
        for verb in tops:
            subj = self._subject_child(verb, ranges)
            if subj is not None and not self._in_ranges(subj, ranges):
                return self._resolve_relative(subj, pp)
        return None

    def _left_neighbour_subject(self, cue: Token, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[Mention]:
        """The speaker of a reporting verb the parse left without a subject.
        The small models misparse 'a man yelled "…"' (yelled as a clause on
        'man'), 'Skelly called Braynard …' (Skelly an adverb) and 'her
        adviser, Jake Sullivan, said:' (the name an apposition of an earlier
        noun); in English and French the subject sits right before the verb,
        so the words there are read instead of the tree."""
        if cue.dep_ in ("acl", "relcl", "acl:relcl") and cue.head.i < cue.i and cue.head.pos_ in ("NOUN", "PROPN"):
            if not self._in_ranges(cue.head, ranges) and cue.head.lower_ not in self.w.STOPWORDS:
                return self.noun_phrase(cue.head, pp)
        if cue.dep_ == "amod" and cue.head.i == cue.i - 1 and cue.morph.get("VerbForm") == ["Fin"] and not self._in_ranges(cue.head, ranges):
            # 'Un proche du président assure que …': a finite verb the parse
            # made an adjective of the noun before it; the whole noun phrase speaks
            phrase = cue.head
            while phrase.dep_ in ("nmod", "nmod:poss") and phrase.head.i < phrase.i:
                phrase = phrase.head
            return self.noun_phrase(phrase, pp)
        relative = self._relative_clause_before(cue) or self._relative_aside_before(cue)
        if relative is not None and not self._in_ranges(relative, ranges):
            return self.noun_phrase(relative, pp)
        fronted = self._fronted_name(cue, ranges)
        if fronted is not None:
            return self.noun_phrase(fronted, pp)
        i = self._before_auxiliaries(cue)
        if i >= 2 and pp.doc[i].text == ")":
            # 'Sen. Elizabeth Warren (D-MA) said': read past the party and state.
            opening = next((j for j in range(i - 1, max(i - 8, 0), -1) if pp.doc[j].text == "("), None)
            if opening is not None:
                i = opening - 1
        if i >= 1 and pp.doc[i].text == "," and cue.dep_ not in ("advcl", "conj", "xcomp"):
            i -= 1  # "her adviser, Jake Sullivan, said" / "Beruff, a Scott ally, called"
            tok = pp.doc[i]
            if tok.lower_ in self.w.CONTRAST_PRONOUNS and i >= 2 and pp.doc[i - 1].text == ",":
                i -= 2  # 'Jean-Luc Mélenchon, lui, a fustigé': the name before the pronoun that sets it apart
                tok = pp.doc[i]
            if tok.pos_ == "NOUN" and tok.dep_ == "appos" and tok.head.i < tok.i and tok.head.pos_ == "PROPN":
                i = tok.head.i
            elif tok.pos_ != "PROPN" or tok.is_lower or self._after_preposition(i, pp):
                # ('… des riverains du quai, a dénoncé', "quai" tagged a proper noun;
                # '…, députée La France insoumise de la Creuse, a dénoncé': a place the role is of)
                named = self._name_before_description(i, pp, ranges)
                if named is None:
                    return self._name_opening_the_tag(cue, pp, ranges)
                i = named
        if i < 0 or self._in_ranges(pp.doc[i], ranges):
            return None
        tok = pp.doc[i]
        if tok.pos_ == "PROPN" or self._capitalised_name_word(tok):
            return self.noun_phrase(tok, pp)
        if tok.pos_ == "PRON" and self.is_pronoun(tok) and tok.lower_ not in ("it", "that", "which") and not self.verb_helper(tok):
            return self.noun_phrase(tok, pp)
        if tok.pos_ == "NOUN" and tok.dep_ == "appos" and any(c.dep_ == "det" for c in tok.children):
            return self.noun_phrase(tok, pp)  # '…, the Democratic presidential candidate stated'
        return None

    def _before_auxiliaries(self, verb: Token) -> int:
        """The index of the word right before a verb, past its auxiliaries,
        adverbs, negation and reflexive clitic (-1 when none is left), where
        English and French write the subject."""
        doc, i = verb.doc, verb.i - 1
        # (and the reflexive of « X, s’est félicitée », which the parse may leave a pronoun of its own)
        while i >= 0 and (doc[i].pos_ in ("ADV", "AUX", "PART") or doc[i].dep_ in ("aux", "neg", "advmod")
                          or doc[i].lower_ in self.w.REFLEXIVE_CLITICS):
            if self._capitalised_name_word(doc[i]) or doc[i].pos_ == "PROPN":
                break  # 'Black Lives Matter issued' with 'Matter' an adverb: the name's head
            i -= 1
        return i

    def _fronted_name(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'Trump, later alleging that Obama wanted to admit 100,000 Iraqis,
        said …': a person's name opening the sentence, set off by a comma and
        hung under the aside by the parse, is who says, not the words that
        happen to stand right before the verb."""
        sent = cue.sent
        name = None
        for tok in sent:
            if tok.ent_type_ not in ("PERSON", "PER") or self._in_ranges(tok, ranges):
                break
            name = tok
        if name is None:
            return self._set_off_name_word(cue, ranges) or self._stranded_subject(cue, ranges)
        if fronted_subject_verb(name) != cue:
            return None
        return name

    def _stranded_subject(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """« Le coureur français Romain Bardot, vainqueur d'étape, se réjouit : »
        parsed with "coureur" the subject of the apposition: a subject the
        parse hung on a noun, opening the sentence, is the subject of the
        verb left without one after the comma that closes the aside."""
        if any(c.dep_ in NOMINAL_SUBJECTS for c in cue.children):
            return None
        before = [t for t in cue.doc[cue.i - 2 : cue.i] if not self.verb_helper(t)]
        if not before or before[-1].text != ",":
            return None
        first = next((t for t in cue.sent if not t.is_punct and not t.is_space), None)
        if first is None:
            return None
        subject = first.head if first.dep_ in NP_LEFT_DEPS else first
        if subject.dep_ not in NOMINAL_SUBJECTS or subject.head.pos_ not in ("NOUN", "PROPN") or self._in_ranges(subject, ranges):
            return None
        return subject if subject.i < cue.i else None

    def _set_off_name_word(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'Dolphin, for his part, insisted …': a capitalised word opening the
        sentence, set off by commas right up to a verb left without a subject,
        is that verb's subject, though the tagger took the name for a common
        word (an adverb) and the parse hung it on the verb."""
        first = cue.doc[cue.sent.start]
        if first.i + 2 >= cue.i or cue.doc[first.i + 1].text != "," or cue.doc[cue.i - 1].text != ",":
            return None
        if first.head != cue or self._in_ranges(first, ranges) or any(c.dep_ in NOMINAL_SUBJECTS for c in cue.children):
            return None
        return first if first.pos_ == "PROPN" or self._capitalised_name_word(first) else None

    def _name_before_description(self, last: int, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[int]:
        """'"…," Gene Sperling, a top outside Clinton adviser, said': the parse
        lost the verb's subject in the quote, and the description ending at
        `last` hides the name from the neighbour reading; the name sits before
        the comma that opens the description (a determiner or 'former' opens it)."""
        doc = pp.doc
        for _ in range(2):  # ('Gérard Tessier, 68 ans, président de l'association, a dénoncé': two asides)
            j = last
            while j > self._clause_start(doc[last]) and last - j < 10 and doc[j].text != ",":
                verb = doc[j].pos_ in ("VERB", "AUX") and doc[j].dep_ != "amod" and not role_noun(doc[j].lower_, self.w)
                if verb or self._in_ranges(doc[j], ranges):
                    return None
                j -= 1
            # (or an age: 'Mathieu Quéméner, 34 ans, a répété', 'Jane Roe, 34, said'; or a role: '…, président de …,')
            opener = doc[j + 1] if j + 1 <= last else None
            age = opener is not None and opener.like_num
            role = opener is not None and opener.is_lower and role_noun(opener.lower_, self.w)
            if doc[j].text != "," or opener is None or j + 1 == last and not age or j < 1 \
                    or not (opener.pos_ == "DET" or opener.lower_ in self.w.ROLE_QUALIFIERS or age or role):
                return None
            name = doc[j - 1]
            if name.pos_ == "PROPN" and not self._in_ranges(name, ranges):
                return name.i
            last = j - 1
        return None

    @staticmethod
    def _after_preposition(last: int, pp: ParsedParagraph) -> bool:
        """Whether the proper name ending at `last` follows a preposition,
        its article aside ('de la Creuse', 'of the White House'): the
        complement of a description, never the subject set off before a verb."""
        doc = pp.doc
        k, start = last, doc[last].sent.start
        while k > start and (doc[k - 1].pos_ == "PROPN" or doc[k - 1].text in ("-", "‑")):
            k -= 1
        while k > start and doc[k - 1].pos_ == "DET":
            k -= 1
        if k == start:
            return False
        # (but a particle is the name's, capitalised or after a first name: 'le Dr Annelies De Smet-Verhoeven')
        return doc[k - 1].pos_ == "ADP" and not doc[k - 1].text[:1].isupper() and not (k > 1 and doc[k - 2].pos_ == "PROPN")

    @staticmethod
    def back_over_unstopped_breaks(doc: Doc, start: int, most: int, within_line: bool = False) -> int:
        """`start` moved back, `most` times at most, over the sentence breaks
        the small parsers put where no punctuation ends a sentence
        ('Mathilde Roux-Combaluzier, députée | La France insoumise …'), and
        not past a line end when `within_line` (a headline's own line)."""
        for _ in range(most):
            prev = doc[start - 1] if start else None
            if prev is None or prev.is_punct or prev.is_space or within_line and "\n" in prev.whitespace_:
                break
            start = prev.sent.start
        return start

    def _clause_start(self, tok: Token) -> int:
        """Where the sentence holding `tok` starts, read past two misplaced
        breaks at most: an unpunctuated run of text stays linear."""
        return self.back_over_unstopped_breaks(tok.doc, tok.sent.start, 2)

    def _name_opening_the_tag(self, cue: Token, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[Mention]:
        """'"…," Trump, the 2016 GOP frontrunner … after winning the New
        Hampshire primaries, said': a name right after the closing mark, then
        a comma and a description too long to read back through, is the
        subject of the tag's verb, when no finite verb or subject comes
        between them."""
        closes = [e for _, e in ranges if cue.sent.start_char <= e <= cue.idx]
        if not closes:
            return None
        after = [t for t in pp.doc[cue.sent.start : cue.i] if t.idx >= max(closes)]
        words = [t for t in after if not t.is_punct]
        if not words or words[0].pos_ != "PROPN":
            return None
        name = words[0]
        while name.i + 1 < cue.i and pp.doc[name.i + 1].pos_ == "PROPN":
            name = pp.doc[name.i + 1]
        if name.i + 1 >= cue.i or pp.doc[name.i + 1].text != ",":
            return None
        between = pp.doc[name.i + 1 : cue.i]
        if any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ in SUBJECT_DEPS for t in between):
            return None
        return self.noun_phrase(name, pp)

    @staticmethod
    def _relative_clause_before(cue: Token) -> Optional[Token]:
        """'a White House official who spoke anonymously to discuss internal
        strategy said': the noun whose relative clause ends right before the
        verb, where the parse hung the noun elsewhere."""
        if cue.i == 0:
            return None
        for anc in [cue.doc[cue.i - 1], *cue.doc[cue.i - 1].ancestors]:
            if anc.i >= cue.i:
                return None
            if anc.dep_ in ("relcl", "acl:relcl") and anc.right_edge.i == cue.i - 1 and anc.head.i < anc.i and anc.head.pos_ in ("NOUN", "PROPN"):
                return anc.head
        return None

    def _relative_aside_before(self, cue: Token) -> Optional[Token]:
        """'One attendee, who like others spoke on the condition of anonymity,
        said', 'Sanders, meanwhile, who sits at zero such endorsements,
        said', 'Bill Eastland, wearing a cowboy hat, said': read by the commas
        when the parse lost the relative or participle clause."""
        doc = cue.doc
        comma = cue.i - 1
        while comma > 0 and self.verb_helper(doc[comma]):
            comma -= 1  # ('…, a indiqué': past the auxiliary)
        if comma < 3 or doc[comma].text != ",":
            return None
        # (the sentence as its stops end it: the small French parser starts a new one
        # at the relative's verb, 'Un haut responsable, qui a requis l'anonymat, a indiqué')
        start = max((t.i + 1 for t in doc[: cue.i] if t.text in (".", "!", "?")), default=0)
        j = comma - 1
        while j > start and doc[j].text != ",":
            j -= 1
        opener = doc[j + 1]
        relative = self.w.PRONOUNS.get(opener.lower_) == "relative" and opener.lower_ not in ("that", "which")
        if j <= start or not (relative or opener.tag_ in ("VBG", "VBN")):
            return None  # 'Bill Eastland, wearing a cowboy hat and "Ted Cruz" pins, said'
        k = j - 1
        if doc[k].pos_ == "ADV" and k - 1 > start and doc[k - 1].text == ",":
            k -= 2  # ', meanwhile,'
        if doc[k].pos_ == "ADJ" and doc[k].dep_ == "amod" and start <= doc[k].head.i < k:
            k = doc[k].head.i  # 'Un haut responsable turc, qui …': French puts the adjective after its noun
        return doc[k] if doc[k].pos_ in ("NOUN", "PROPN") else None

    def _past_settings(self, words: list[Token]) -> list[Token]:
        """The words after an inverted verb, past where and how it was said:
        'a déclaré sur France Inter le ministre', 'a assuré dans un entretien
        au Monde la ministre', 'a affirmé lors d'un meeting Marine Le Pen',
        '"…," said in an interview Senator X'. A setting is a preposition,
        then a name (capitalised words) or lower-case words; the subject
        starts at the next determiner or name. All words when nothing is left."""
        k = 0
        while k < len(words):
            if k + 1 < len(words) and self._day_phrase(words[k], words[k + 1]):
                k += 2  # ('avait raconté le lendemain au Dauphiné la gérante': when, then where)
            elif self._is_time_word(words[k]) and k + 1 < len(words):
                k += 1  # ('a martelé dimanche soir sur LCI le premier secrétaire')
            else:
                break
        while k < len(words) and (words[k].pos_ == "ADP" or words[k].lower_ in self.w.SETTING_ADVERBS):
            k += 1
            while k < len(words) and (words[k].pos_ in ("ADP", "DET") and not words[k].is_title or words[k].lower_ in ELISIONS):
                k += 1  # "d'un", "au"
            named = k < len(words) and words[k].is_title
            while k < len(words) and not words[k].is_punct and words[k].is_title == named and (named or words[k].pos_ not in ("DET", "ADP")):
                k += 1
        return words[k:] or words

    @staticmethod
    def _up_to_comma(tag: list[Token], cue: Token) -> list[Token]:
        """The words after an inverted cue up to the first comma: '"…," said
        Skelly, explaining he …' is Skelly's, not the pronoun's."""
        out = []
        for t in tag:
            if t.i <= cue.i or t.lower_ == EUPHONIC_T:
                continue
            if t.is_punct:
                if out:
                    break
                continue
            out.append(t)
        return out

    @staticmethod
    def _name_like(tok: Token) -> bool:
        """A proper noun, or a capitalised noun the tagger missed as one
        (an entity, or the root the parse made of 'Trump defended …')."""
        return tok.pos_ == "PROPN" or (tok.text[:1].isupper() and (tok.ent_type_ in ("PERSON", "PER", "ORG") or tok.dep_ == "ROOT"))

    def _capitalised_name_word(self, tok: Token) -> bool:
        """'Skelly' tagged as an adverb: capitalised and not a word that opens
        sentences, unless it stands inside one ('Informed of …, Early
        described'). Asked only of the word right before a verb that has no
        subject, where a name is far likelier than a bare adverb."""
        # 'Will described Trump as …': a modal before a past tense is a name.
        modal_name = tok.tag_ == "MD" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ in ("VBD", "VBZ", "VBN")
        if not (tok.text[:1].isupper() and (tok.pos_ in ("ADV", "ADJ", "NOUN") or modal_name)):
            return False
        return not self._opens_sentence(tok) or tok.lower_ not in sentence_openers(self.w.CODE)

    @staticmethod
    def _opens_sentence(tok: Token) -> bool:
        """Whether a word stands where a sentence starts: first, or after
        anything but a comma or semicolon (a closing mark after a comma,
        '…,” Will described', counts as the comma)."""
        if tok.i == 0 or tok.is_sent_start:
            return True
        prev = tok.doc[tok.i - 1]
        if prev.is_quote and tok.i >= 2:
            prev = tok.doc[tok.i - 2]
        return not prev.is_alpha and prev.text not in (",", ";")

    def _owner_of_noun_cue(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'His standing improved after the shootings, and his call for "…"':
        a reporting word the parse tagged a noun (whatever it hung it on) is
        its owner's words, not a verb with a subject to climb to."""
        if cue.pos_ != "NOUN":
            return None
        return next((c for c in cue.children if c.dep_ in ("poss", "nmod:poss") and not self._in_ranges(c, ranges)), None)

    def _described(self, verb: Token, ranges: list[tuple[int, int]]) -> bool:
        """A passive reporting verb with no agent ('Duterte has been called
        the "…"', 'Priebus was said to be "…"'): its subject is who was
        described, and the text does not say by whom. ("he's said" is
        "he has said", however the parse read the "'s".)"""
        if not self._spoken_of(verb, ranges):
            return False
        if any(c.dep_ in ("auxpass", "aux:pass") and c.lower_ in ("'s", "’s") for c in verb.children):
            return False
        # ('Bornsten's missive was ridiculed for its prediction that Trump
        # would be "…"': words in a clause of their own are not what the
        # subject was called.)
        return not any(
            t.dep_ in CLAUSE_DEPS and t.pos_ in ("VERB", "AUX") and any(self._in_ranges(w, ranges) for w in t.subtree)
            for t in verb.subtree if t != verb
        )

    def _spoken_of(self, verb: Token, ranges: list[tuple[int, int]]) -> bool:
        """A passive reporting verb with no agent: its subject is who was
        criticised or described, not a speaker, so it reports no quote below it.
        (Not a reflexive the parse read as a passive: « X s’est félicitée », "est"
        taken for a passive's auxiliary.)"""
        if any(c.lower_ in self.w.REFLEXIVE_CLITICS for c in verb.children if c.i < verb.i):
            return False
        return is_passive(verb) and self._passive_agent(verb, ranges) is None

    def _subject_before_aside(self, cue: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'Teasdale, asked about the poll the day it came out, said he was
        "…"': a participle set off by commas between a subject and its verb,
        which the parse took for a clause of that subject's own."""
        doc = cue.doc
        for aside in cue.children:
            if aside.i > cue.i or aside.dep_ not in ("ccomp", "advcl") \
                    or not (aside.tag_ in ("VBN", "VBD") or aside.morph.get("VerbForm") == ["Part"]):
                continue
            subj = next((s for s in aside.children if s.dep_ in NOMINAL_SUBJECTS and s.i < aside.i), None)
            if subj is None or self._in_ranges(subj, ranges):
                continue
            end = max(t.i for t in subj.subtree if not t.is_punct)  # (the parse may hang the comma on the name)
            if doc[end + 1].text == "," and aside.i == end + 2 \
                    and aside.right_edge.i + 2 == cue.i and doc[aside.right_edge.i + 1].text == ",":
                return subj
        return None

    def _passive_agent(self, verb: Token, ranges: list[tuple[int, int]], cue: bool = True) -> Optional[Token]:
        """'was asked by host Bill Maher': the agent of a passive speech verb.
        An agent makes the cue itself passive whatever tag the parse gave it
        ('called the "…" by the citizens' tagged as a past tense); a verb
        climbed to, or joined to a passive ('Silverman was booed and shouted
        down by supporters after telling …': they did not tell), must be
        passive by its form."""
        past_participle = _past_participle(verb)
        has_agent = cue and verb.dep_ != "conj" and any(c.dep_ in ("agent", "obl:agent") for c in verb.children)
        if not is_passive(verb) and not past_participle and not has_agent:  # 'Asked by Thrush if …', 'qualifié de « … » par X'
            return None
        active = not is_passive(verb) and any(c.dep_ == "nsubj" for c in verb.children)
        for child in self._by_phrases(verb):
            objs = [c for c in child.children if c.dep_ in ("pobj", "obj")] or ([child] if child.pos_ in ("NOUN", "PROPN") else [])
            if active and objs and objs[0].pos_ == "NOUN" and not any(c.dep_ in ("det", "poss", "nmod:poss") for c in objs[0].children):
                continue  # ('Quint-Harrow replied by text message': after an active verb with its subject, how)
            if objs and not self._in_ranges(objs[0], ranges):
                return objs[0]
        return None

    def _describing_participle(self, cue: Token, ranges: list[tuple[int, int]]) -> bool:
        """'The trial, described as "historic" by lawyers', « Le procès,
        qualifié d'« historique » par les avocats »: a past participle set
        off after the noun it describes, with no object of its own, says
        what others called that thing, and its "by" phrase who. (A verb the
        tagger took for one, 'Beruff, a Scott ally, called Florida's
        standards "…"', has its object or the noun for its subject.)"""
        past = _past_participle(cue)
        # (the noun has its own place in a clause: one the parse made the
        # sentence's root has no verb but the "participle", which is its verb)
        if not (past and cue.dep_ == "acl" and cue.head.pos_ in ("NOUN", "PROPN") and cue.head.i < cue.i and cue.head.dep_ != "ROOT"):
            return False
        if cue.i == 0 or cue.doc[cue.i - 1].text != ",":
            return False
        return not any(c.dep_ in ("dobj", "obj", "ccomp") and not self._in_ranges(c, ranges) for c in cue.children)

    def _agent_after(self, verb: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """The "by"/"par" phrase after a participle's quote, where a parse
        the marks broke hung it ('qualifié d'« historique » par les avocats')."""
        for tok in verb.doc[verb.i + 1 : min(verb.i + 12, verb.sent.end)]:
            if self._in_ranges(tok, ranges):
                continue
            if tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") == ["Fin"] or tok.text in (";", ":"):
                return None
            if tok.lower_ in self.w.AUTHOR_PREPOSITIONS:
                return next((t for t in verb.doc[tok.i + 1 : tok.i + 4] if t.pos_ in ("NOUN", "PROPN") and not self._in_ranges(t, ranges)), None)
        return None

    def _by_phrases(self, verb: Token) -> list[Token]:
        """The verb's "by" phrases, also those the parse hung on its "as"
        complement ('labeled as a "witch hunt" by Democrats'). An agent the
        parse found behind another preposition is a place or an audience
        (« a-t-elle assuré devant le Parlement » after a subject it took for
        a passive's); the one that names an author names an agent."""
        def by(t: Token) -> bool:
            if t.dep_ == "obl:agent":
                return any(c.dep_ == "case" and c.lower_ in self.w.AUTHOR_PREPOSITIONS for c in t.children)
            return t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by")

        found = [c for c in verb.children if by(c)]
        for prep in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "as"):
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                found += [c for c in obj.children if by(c)]
        return found

    @staticmethod
    def _right_after_quote(cue: Token, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> bool:
        """'"…," said X' / '« … », a déclaré X': only punctuation, auxiliaries
        and adverbs between the closing mark and the cue."""
        ends = [e for s, e in ranges if e <= cue.idx]
        if not ends:
            return False
        gap = pp.doc.char_span(max(ends), cue.idx, alignment_mode="expand")
        # (the "-t-elle" of "a-t-elle ajouté" is the inverted subject, whatever its tag)
        words = [t for t in (gap or []) if not t.is_punct and not t.is_space and not t.text.startswith("-")]
        first = cue  # (the auxiliaries are the verb's: ', a indiqué un porte-parole')
        while first.i > 0 and pp.doc[first.i - 1].dep_ in ("aux", "aux:tense") and pp.doc[first.i - 1].head == cue:
            first = pp.doc[first.i - 1]
        if first.i > 0 and pp.doc[first.i - 1].text == "," and not any(t.dep_ in SUBJECT_DEPS for t in words):
            return True  # '"…" in the event of …, threatened X'
        return len(words) <= 2 and all(
            (t.pos_ in ("AUX", "ADV", "PART", "PRON") or t.dep_ in ("aux", "aux:tense", "expl:subj", "advmod"))
            and not (t.tag_ == "MD" and t.text[:1].isupper())  # '"…," Will described Trump'
            for t in words
        )

    def _addressee(self, subj: Token) -> bool:
        """The passive subject of 'ask', 'tell': who was spoken to."""
        return subj.dep_ in ("nsubjpass", "nsubj:pass") and lemma_of(subj.head) in self.w.ADDRESSEE_VERBS

    def _subject_child(self, verb: Token, ranges: list[tuple[int, int]], near: Optional[Token] = None) -> Optional[Token]:
        """The verb's subject; of two (a misparse: 'Speaking in Salem, New
        Hampshire, Trump went', 'The rejection … signals "…", said Wilders')
        the one nearest the verb; climbing from a clause `near`, the noun it
        hangs on, or the subject written before it ('Ryan, despite admitting
        that …, the victims "…"': Ryan admits)."""
        subjects = [
            child for child in verb.children
            if child.dep_ in SUBJECT_DEPS and not self._in_ranges(child, ranges)
            and child.lower_ not in self.w.NOT_SPEAKERS and child.lower_ != EUPHONIC_T
            and child.pos_ not in ("ADP", "CCONJ", "SCONJ", "PUNCT")  # 'Of Carson, Levine … said'
            and child.tag_ != "VBG"  # 'keeping him in jail will make …': an act says nothing
            and not self.dative_clitic(child)  # 'lui demande X': to whom
        ]
        # ('Dans Ouest-France, François Demay s'interroge' parsed with the paper a subject
        # and the name its conjunct: where a thing was said is no subject; its conjunct is)
        # (nor a time: 'Lundi, …, X a répété', « La semaine dernière, la CGT a promis »)
        subjects = [self._past_a_participle(child) or self._past_a_time(self._past_a_label(child)) for child in subjects]
        subjects = [self._past_a_place(child) for child in subjects if child is not None]
        subjects = [child for child in subjects if child is not None]
        if len(subjects) > 1:
            # 'said Navy Capt. Jeff Davis' parsed as two subjects: the title is not one
            starts = {c.left_edge.i for c in subjects}
            subjects = [c for c in subjects if not (c.lower_ in self.w.TITLE_WORDS and c.i + 1 in starts)]
            # (nor a pronoun that stresses the other: 'Le ministre, …, a lui-même jugé', 'the minister himself')
            subjects = [c for c in subjects if not EMPHATIC.fullmatch(c.lower_)] or subjects
        if near is not None and len(subjects) > 1:
            if near in subjects:
                return near  # 'Multiple outlets reported … the Secret Service had': the noun the clause hangs on
            # a subject before the phrase climbed from, the others after it
            # ('In declaring Trump's statements as "…", the pope' has none)
            before = [c for c in subjects if c.i < near.left_edge.i]
            if before:
                return before[-1]
        light = self._light_verb_below(verb) if not subjects else None
        if light is not None:
            return self._subject_child(light, ranges)  # 'Merkel a fait savoir': the light verb's subject
        if len(subjects) > 1:
            # ('Ludivine Sarrazy, éleveuse de canards, résumait le sentiment général :', the object
            # parsed a second subject: a thing is no speaker beside a person the NER tagged)
            people = [c for c in subjects if c.ent_type_ in ("PERSON", "PER")]
            things = [c for c in subjects if c.pos_ == "NOUN" and not person_noun(c.lower_, self.w)]
            if people and len(people) + len(things) == len(subjects) and things:
                subjects = people
        if subjects:
            return self._read_past_misparses(min(subjects, key=lambda child: abs(child.i - verb.i)))
        # ('Karen Whitlock, whose son Ethan took part, said' parsed with both
        # subjects on the relative's verb, made a clause of "said": the name
        # set off before the "whose" is the speaker)
        stolen = self._subject_taken_by_a_clause(verb, ranges)
        if stolen is not None:
            return stolen
        # '"…," Viguerie notes.' is often parsed with the name as a compound
        # of the verb: a proper noun right before it is its subject.
        left = [c for c in verb.lefts if c.i == verb.i - 1 and c.dep_ in ("compound", "npadvmod", "nmod") and c.pos_ in ("PROPN", "PRON")]
        if left and not self._in_ranges(left[0], ranges):
            return left[0]
        return self._inverted_after_clitic(verb, ranges)

    def _subject_taken_by_a_clause(self, verb: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """The first of two subjects that a clause before the verb holds,
        when it is a proper noun set off by a comma: the verb's own subject
        that the parse hung on the clause."""
        for clause in verb.lefts:
            if clause.dep_ not in ("ccomp", "advcl") or clause.pos_ not in ("VERB", "AUX"):
                continue
            subjects = [c for c in clause.children if c.dep_ in SUBJECT_DEPS]
            if len(subjects) < 2:
                continue
            first = subjects[0]
            after = first.doc[first.i + 1] if first.i + 1 < len(first.doc) else None
            if first.pos_ == "PROPN" and after is not None and after.text == "," and not self._in_ranges(first, ranges):
                return first
        return None

    @staticmethod
    def _past_a_place(subject: Token) -> Optional[Token]:
        """A subject the parse gave a preposition ('Dans Ouest-France') is
        none: its proper-noun conjunct is, if it has one."""
        if not any(c.dep_ == "case" and c.pos_ == "ADP" for c in subject.children):
            return subject
        return next((c for c in subject.children if c.dep_ == "conj" and c.pos_ == "PROPN"), None)

    def _inverted_after_clitic(self, verb: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'Comme l'a dit le général de Gaulle, « … »': a verb whose object
        is the clitic before it cannot have a second one after it; the noun
        the parse made its object there is its inverted subject."""
        objects = [c for c in verb.children if c.dep_ in ("obj", "dobj") and not self._in_ranges(c, ranges)]
        if not any(c.pos_ == "PRON" and c.i < verb.i for c in objects):
            return None
        return next((c for c in objects if c.i > verb.i and c.pos_ in ("NOUN", "PROPN")), None)

    @staticmethod
    def _copula_doer(verb: Token, participle: Token) -> Optional[Token]:
        """'The first taste the audience gets of Trump is his golden head
        speaking …, calling them "…"': of a thing that is someone doing
        something, the someone does it."""
        if participle.dep_ != "advcl" or participle.tag_ != "VBG":
            return None
        return next((c for c in verb.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")), None)

    def _read_past_misparses(self, subj: Token) -> Token:
        """The subject the parse chose, read past a dash aside, an age and a
        title shared with another before the name."""
        return self._shared_name(self._past_age(self._past_dash_aside(subj)))

    def _shared_name(self, subj: Token) -> Token:
        """'said former Pennsylvania Gov. and Democratic National Committee
        Chairman Ed Rendell': two titles joined before one name; the name,
        which the parse made the second title's conjunct, is who speaks."""
        if subj.lower_ not in self.w.TITLE_WORDS:
            return subj
        return next((c for c in subj.children if c.dep_ == "conj" and c.ent_type_ in ("PERSON", "PER")), subj)

    def _past_age(self, subj: Token) -> Token:
        """'Ahmed, 34 ans, chauffeur de taxi, ne décolère pas': an age the
        parse made the subject stands after the name it is the age of."""
        if subj.lower_ not in self.w.AGE_WORDS or not any(c.dep_ == "nummod" for c in subj.children):
            return subj
        comma = subj.left_edge.i - 1
        if comma < 1 or subj.doc[comma].text != ",":
            return subj
        name = subj.doc[comma - 1]
        return name if name.pos_ == "PROPN" or name.ent_type_ in ("PERSON", "PER") else subj

    @staticmethod
    def _past_dash_aside(subj: Token) -> Token:
        """'In the letter - addressed to the U.S. attorney, Channing D.
        Phillips - the Utah Republican asks': a name that closes an aside
        between dashes is the addressee the aside names; the noun after the
        closing dash, which the parse hung on it, is the subject."""
        doc = subj.doc
        after_dash = [c for c in subj.rights if c.dep_ == "appos" and c.left_edge.i > 0 and doc[c.left_edge.i - 1].text in DASHES]
        if not after_dash:
            return subj
        opened = sum(1 for t in subj.sent if t.i < subj.left_edge.i and t.text in DASHES)
        return after_dash[0] if opened % 2 == 1 else subj

    def _impersonal_frame(self, subj: Token, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[Mention]:
        """'Du côté de l'Elysée, on assure que …', 'Chez Renault, on indique
        que …': an impersonal subject speaks for the place or body the
        sentence opened with."""
        if not self.is_impersonal(subj):
            return None
        sent = [t for t in subj.sent if not t.is_space and t.i < subj.i]
        lowers = [t.lower_ for t in sent]
        for words in self.frames_at(lowers):
            if "," not in lowers[len(words) :]:
                continue
            comma = len(words) + lowers[len(words) :].index(",")
            head = next((t for t in sent[len(words) : comma] if t.pos_ in ("PROPN", "NOUN") and not self._in_ranges(t, ranges)), None)
            if head is not None and comma == len(sent) - 1:  # ('…, on assure': the comma right before "on")
                return self.noun_phrase(head, pp)
        return None

    def _day_phrase(self, first: Token, second: Token) -> bool:
        """'le lendemain', 'la veille': two words for a day counted from
        another (the language's DATE_ANAPHORIC), which say when, not who."""
        return f"{first.lower_} {second.lower_}" in self.w.DATE_ANAPHORIC

    def _when_set_off(self, tok: Token) -> bool:
        """'Lundi, au premier jour du procès, X a répété', « La semaine
        dernière, la CGT avait promis », parsed with the day the subject: a
        day, or a time noun set off by a comma, says when, not who."""
        if tok.lower_ in self.w.WEEKDAYS and not any(True for _ in tok.children):
            return True
        after = tok.i + 1
        while after < len(tok.doc) and tok.doc[after].dep_ == "amod" and tok.doc[after].head == tok:
            after += 1  # ('la semaine dernière')
        # (in lower case: 'Kristen Day, executive director …' is someone)
        return tok.is_lower and tok.lower_ in self.w.TIME_NOUNS and after < len(tok.doc) and tok.doc[after].text == ","

    def _past_a_participle(self, subject: Token) -> Optional[Token]:
        """« Invitée dimanche de France Inter, la ministre du Travail, Isabelle
        Marchand-Kouyaté, a affirmé » with the opening participle parsed the
        subject and the rest its conjuncts: the name among them, else the
        first, is the subject; None when the subject is no such participle."""
        if fold(subject.text) not in self.w.FRONTED_PARTICIPLES:
            return None
        conjuncts = [c for c in subject.children if c.dep_ == "conj"]
        named = [c for c in conjuncts if c.ent_type_ in ("PERSON", "PER")]
        return (named or conjuncts or [None])[0]

    @staticmethod
    def _past_a_label(subject: Token) -> Token:
        """« Rappel : hier soir, …, la porte-parole, Claire-Anne Vasseur, avait
        estimé », « L'essentiel : quatre syndicats appellent » with the label
        before the colon parsed the subject and the rest hung on it: a colon
        ends a label, so the name after it, else its conjunct, else the noun
        opening the clause after it, is the subject. A subject with none stays."""
        doc = subject.doc
        if subject.i + 1 >= len(doc) or doc[subject.i + 1].text != ":" or subject.i + 1 >= subject.head.i:
            return subject
        after = [c for c in subject.children if c.i > subject.i + 1]
        named = [c for c in after if c.ent_type_ in ("PERSON", "PER")]
        conjuncts = [c for c in after if c.dep_ == "conj"]
        opening = [c for c in after if c.left_edge.i == subject.i + 2 and c.pos_ in ("NOUN", "PROPN", "PRON")]
        return (named or conjuncts or opening or [subject])[0]

    def _past_a_time(self, subject: Token) -> Token:
        """A subject that says when (_when_set_off, or a date: « le 12
        janvier, ») is none: its conjunct is, or the name set off after it
        that the parse hung on it (« La semaine dernière, la CGT », « le 12
        janvier, Denise Tremblay avait promis »)."""
        if self._is_time_word(subject) and subject.i > 0 and subject.doc[subject.i - 1].pos_ in ("ADP", "SCONJ"):
            return None  # ('the fall since January had added': a time after its preposition, misparsed)
        if not (self._when_set_off(subject) or self._is_time_word(subject) and self._set_off_after(subject)):
            return subject
        return next((c for c in subject.children if c.dep_ == "conj"
                     or c.i > subject.i and c.ent_type_ in ("PERSON", "PER") and c.doc[c.i - 1].text == ","), None)

    @staticmethod
    def _set_off_after(tok: Token) -> bool:
        """Whether a comma closes the phrase a token heads ('le 12 janvier,')."""
        end = tok.right_edge.i + 1
        return any(t.text == "," for t in tok.doc[tok.i + 1 : min(end + 1, len(tok.doc))])

    def _is_time_word(self, tok: Token) -> bool:
        """'a déclaré vendredi matin un officiel', 'a estimé mardi 25 février
        le ministre': when, not who. (French NER tags no dates: a month in
        lower case, and a number next to a month, tell it; a capitalised
        English month alone may be a name, 'Theresa May'.)"""
        lower = tok.lower_
        if tok.ent_type_ == "DATE" and self._age(tok):
            return False  # '"…?" the 43-year-old asked': who
        if tok.ent_type_ in ("DATE", "TIME") or lower in self.w.WEEKDAYS or lower in self.w.DATE_TIME_OF_DAY:
            return True
        if lower in self.w.MONTHS:
            return not self.w.MONTHS_CAPITALISED or any(n.like_num for n in self._neighbours(tok))
        return tok.like_num and any(n.lower_ in self.w.MONTHS for n in self._neighbours(tok))

    @staticmethod
    def _neighbours(tok: Token) -> list[Token]:
        doc = tok.doc
        return [doc[i] for i in (tok.i - 1, tok.i + 1) if 0 <= i < len(doc)]

    @staticmethod
    def _age(tok: Token) -> bool:
        """Whether a DATE entity is someone's age ('the 43-year-old')."""
        ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
        return ent is not None and ent.text.lower().endswith(("-year-old", "year-old", "-years-old"))

    def _inverted_subject(self, verb: Token, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[Mention]:
        """'…, threatened Recep Tayyip Erdogan', 'a déclaré vendredi un officiel',
        'a-t-elle ajouté' (the pronoun hyphened to the auxiliary, before the verb)."""
        doc = pp.doc
        hyphened = next((t for t in doc[max(0, verb.i - 3) : verb.i] if self.hyphened_pronoun(t)), None)
        if hyphened is not None:
            return self.noun_phrase(hyphened, pp)
        i = verb.i + 1
        while i < len(doc):
            if self._is_time_word(doc[i]) or doc[i].pos_ in ("ADV", "AUX", "PART") or doc[i].lower_ in (EUPHONIC_T, "today", "tonight"):
                i += 1
            elif i + 1 < len(doc) and self._day_phrase(doc[i], doc[i + 1]):
                i += 2  # ('avait raconté le lendemain au Dauphiné la gérante': when, not who)
            elif i + 1 < len(doc) and doc[i].pos_ == "DET" and self._is_time_word(doc[i + 1]):
                i += 2  # ('assure ce mardi l’échevine', 'said this morning the minister')
            else:
                break
        if i >= len(doc) or self._in_ranges(doc[i], ranges):
            return None
        tok = doc[i]
        if self.is_pronoun(tok):
            return self.noun_phrase(tok, pp)  # 'estime-t-elle': the hyphened pronoun, whatever its tag
        if tok.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") and not tok.is_punct:
            head = tok
            # climb to the phrase head while staying after the verb and within a short distance
            for _ in range(4):
                # (never back onto the day skipped: 'ironisait mardi matin un haut fonctionnaire', the noun
                # parsed a modifier of "mardi")
                if head.head.i > tok.i and head.head != head and head.dep_ in NP_LEFT_DEPS | {"compound"}:
                    head = head.head
                else:
                    break
            # (or a person's noun the tagger took for something else: 'rappelle un agent municipal', "agent" an adverb)
            if head.pos_ in ("PROPN", "NOUN", "PRON") or head.is_lower and role_noun(head.lower_, self.w):
                return self._with_name_of_role(head, self.noun_phrase(head, pp), pp)
            named = self._name_in_title_run(tok)
            if named is not None:
                return self.noun_phrase(named, pp)
        return None

    @staticmethod
    def _name_in_title_run(first: Token) -> Optional[Token]:
        """'said Oversight ranking Democrat Elijah Cummings': a run of title
        words the parse read as a verb phrase; the last proper noun of it,
        before a comma or a preposition, heads whom it names."""
        last = None
        for tok in first.doc[first.i : first.i + 7]:
            if tok.is_punct or tok.pos_ == "ADP":
                break  # ('of Maryland', '(D-Md.)': where, not who)
            if tok.pos_ == "PROPN":
                last = tok
        return last

    def _resolve_relative(self, subj: Token, pp: ParsedParagraph) -> Mention:
        """'Caddell, who said …': the mention is "who", its antecedent the
        noun the relative clause hangs on. A subject in the dateline ('LA
        CROSSE, Wisc. — Gov. Mike Pence blamed') is the place the parse made
        of the story's opening: the person is the name it put in apposition."""
        if subj.idx < pp.dateline_end:
            named = next((t for t in subj.subtree if t.dep_ == "appos" and t.idx >= pp.dateline_end), None)
            if named is not None:
                subj = named
        if subj.lower_ in self.w.THING_RELATIVES and subj.head.dep_ in ("relcl", "acl:relcl"):
            holder = self._holder_of(subj.head.head)
            if holder is not None:
                subj = holder
        mention = self._with_name_of_role(subj, self.noun_phrase(subj, pp), pp)
        clause = subj.head
        while clause.dep_ == "conj" and clause.head != clause:  # '…, who is running and who worked the crowd'
            clause = clause.head
        if subj.lower_ in ("who", "qui", "which", "that") and clause.dep_ in ("relcl", "acl:relcl"):
            antecedent = self._named_by_apposition(clause.head)
            if subj.lower_ in self.w.PERSON_RELATIVES:
                antecedent = self._person_before_thing(antecedent)
            elif antecedent.pos_ == "NOUN" and not person_noun(antecedent.lower_, self.w) and subj.i > 0 and subj.doc[subj.i - 1].text == ",":
                # ('Une infirmière du service, qui souhaite garder l'anonymat,': a relative set off
                # after a thing that closes a person's description is about the person)
                antecedent = self._described_person(antecedent) or antecedent
            mention.antecedent = self.noun_phrase(antecedent, pp)
        elif subj.lower_ in ("who", "qui") and subj.i >= 2 and subj.doc[subj.i - 1].text == "," \
                and subj.doc[subj.i - 2].pos_ in ("PROPN", "NOUN") and not self._in_ranges(subj.doc[subj.i - 2], self._quoted(pp)):
            # ('Le chimiste Olivier Brancourt, qui n'a pas participé aux travaux, salue …', "qui" parsed
            # the subject of the main verb: the relative set off right after a name is about it)
            mention.antecedent = self.noun_phrase(subj.doc[subj.i - 2], pp)
        return mention

    def _with_name_of_role(self, head: Token, mention: Mention, pp: ParsedParagraph) -> Mention:
        """'Le maire de Villeurbanne, Léa Garnier, a qualifié': a role's name
        set off by commas, which the parse hung elsewhere, is the mention's."""
        if head.pos_ == "NOUN" and person_noun(head.lower_, self.w, self.w.TITLE_WORDS):
            return self.with_name_after(mention, pp)
        return mention

    def with_name_after(self, mention: Mention, pp: ParsedParagraph) -> Mention:
        """'« … », a réagi sur Twitter la maire de Paris, Anne Hidalgo.': a
        description, a comma, then a capitalised name of one to four words
        closing the phrase: the mention takes in the name."""
        doc = pp.doc
        # (the words after it, found by the paragraph's bisect: asked of every role a subject is)
        after = pp.words[bisect.bisect_left(pp.word_starts, mention.end - pp.offset) :]
        if len(after) < 2 or after[0].text != ",":
            return mention
        # (a double surname's hyphen is part of the name: 'Maëlys Donnadieu-Fournier')
        name = list(itertools.takewhile(lambda t: not t.is_punct or t.text in NAME_HYPHENS and not t.whitespace_
                                        and not t.doc[t.i - 1].whitespace_, after[1:]))
        closes = len(after) == len(name) + 1 or after[len(name) + 1].text in SENTENCE_STOPS + (",",)
        ranges = self._quoted(pp)
        if not (1 <= len([t for t in name if t.text not in NAME_HYPHENS]) <= 4 and closes and name[0].text[:1].isupper()
                and name[-1].text[:1].isupper()
                and all(t.lower_ in self.w.NAME_PARTICLES or t.text in NAME_HYPHENS
                        or t.pos_ in ("PROPN", "NOUN", "DET", "ADP") and t.text[:1].isupper() for t in name)
                and not any(self._in_ranges(t, ranges) for t in name)):
            return mention
        return mention.cover(doc[mention.tokens[0].i : name[-1].i + 1], pp.offset)

    def _person_before_thing(self, noun: Token) -> Token:
        """'Bundy says to Santilli on camera, who responds': "who" stands
        for a person, so when the parse hung it on a thing named right after
        one ("on camera"), it is that person; and when the thing closes a
        person's description ('one Democrat familiar with the discussion,
        who added'), it is the person the description is about."""
        if noun.pos_ != "NOUN" or noun.ent_type_ or person_noun(noun.lower_, self.w):
            return noun
        described = self._described_person(noun)
        if described is not None:
            return described
        for tok in reversed(noun.doc[noun.sent.start : noun.left_edge.i]):
            if tok.ent_type_ in ("PERSON", "PER") and tok.pos_ == "PROPN":
                return tok
            if tok.pos_ not in ("ADP", "DET", "ADJ", "NOUN", "NUM"):
                return noun
        return noun

    def _described_person(self, thing: Token) -> Optional[Token]:
        """The person whose description a thing ends ('Democrat' of 'one
        Democrat familiar with the discussion', 'aide' of 'an aide close to
        the talks'): the nearest noun above it through prepositions and
        adjectives, when it is a person (a name, a demonym, a person's noun)."""
        for above in thing.ancestors:
            if above.pos_ in ("ADP", "ADJ", "ADV"):
                continue
            person = above.ent_type_ in ("PERSON", "PER", "NORP") or above.pos_ == "NOUN" and person_noun(above.lower_, self.w)
            return above if above.pos_ in ("NOUN", "PROPN") and person else None
        return None

    @staticmethod
    def _named_by_apposition(noun: Token) -> Token:
        """'Braynard, a South Carolina native who writes …': the description
        the relative hangs on is in apposition to a name, which it stands for."""
        if noun.dep_ == "appos" and noun.pos_ == "NOUN" and noun.head.pos_ == "PROPN" and noun.head.ent_type_ in ("PERSON", "PER", ""):
            return noun.head
        return noun

    def _holder_of(self, thing: Token) -> Optional[Token]:
        """'Pelletier hoisted a sign that read "…"', 'The council voted for the
        resolution which said …': a thing that 'reads' or 'says' speaks for
        whoever holds it up, votes it or sends it, the subject of the verb
        the thing is the object of."""
        if thing.pos_ != "NOUN":
            return None
        verb = thing.head
        if thing.dep_ == "pobj" and verb.dep_ == "prep":
            verb = verb.head
        elif thing.dep_ not in ("dobj", "obj"):
            return None
        if verb.pos_ not in ("VERB", "AUX"):
            return None
        holder = self._doer_of(verb)
        if holder is None and verb.dep_ in ("advcl", "xcomp", "conj") and verb.tag_ == "VBG":
            holder = self._doer_of(verb.head)  # 'Atkinson was identified as the protester, wearing a shirt that read'
        before = verb.doc[verb.i - 1] if verb.i > 0 else None
        if holder is None and before is not None and before.pos_ == "PROPN" and before.dep_ not in ("compound",):
            holder = before  # '…, 14-year-old Aubrey Pelletier hoisted a sign' with the name parsed elsewhere
        return holder

    def _doer_of(self, verb: Token) -> Optional[Token]:
        """The verb's subject, active or passive, unless it is no one ('it')."""
        return next((c for c in verb.children if c.dep_ in NOMINAL_SUBJECTS and c.lower_ not in self.w.NOT_SPEAKERS), None)

    def _held_thing_clause(self, clause: Token, ranges: list[tuple[int, int]]) -> bool:
        """'he wants a party platform that calls for "…"': a thing's relative
        clause is no wall; the thing is held by the clause above, whose
        reporting verb ('He said … that he wants') still reports it."""
        subj = self._subject_child(clause, ranges)
        return (subj is not None and subj.lower_ in self.w.THING_RELATIVES
                and clause.head.ent_type_ == "" and self._holder_of(clause.head) is not None)


def body_named_after(noun: Token, words: ModuleType) -> Optional[Token]:
    """'the civil rights organization the Anti-Defamation League': the name of
    a body in apposition right after its organisation noun, which the mention
    keeps and a reader searches for."""
    if noun.lower_ not in words.ORGANISATION_WORDS:
        return None
    return next((c for c in noun.rights if c.dep_ == "appos" and c.ent_type_ == "ORG" and c.left_edge.i <= noun.i + 2), None)


def head_climbs(verb: Token) -> bool:
    """Whether the verb hangs on a clause above it, which may still name who
    speaks when the verb's own subject cannot."""
    return verb.head != verb and verb.dep_ in ("advcl", "xcomp", "ccomp", "conj")


def is_passive(verb: Token) -> bool:
    """Whether the parse gave the verb a passive auxiliary or subject."""
    return any(c.dep_ in ("auxpass", "aux:pass", "nsubjpass", "nsubj:pass") for c in verb.children)


def _whole_name_end(named: Span) -> int:
    """Where the person's name an apposed span opens ends: the span's end,
    or past it to the end of the name the NER tagged whole ('The chairman
    of the commission, Théodore Kabasele wa Nzambi,' read up to "Kabasele")."""
    ent = person_entity_at(named[-1])
    if ent is None or ent.end <= named.end or any(t.is_punct for t in named.doc[named.end : ent.end]):
        return named.end
    return ent.end


def _past_participle(verb: Token) -> bool:
    """'asked', 'qualifié': a past participle, by the Penn tag or by its morphology."""
    return verb.tag_ == "VBN" or verb.morph.get("VerbForm") == ["Part"] and verb.morph.get("Tense") == ["Past"]


def _split_at_an_initial(left: Span, right: Span) -> bool:
    """'… then-Fed Chair Ben S. | Bernanke of trying to "debase" …': the
    parse ended a sentence on a middle initial; a surname right after a
    first name and an initial goes on with the same sentence."""
    if len(left) < 2 or not right:
        return False
    initial, before, first = left[-1], left[-2], right[0]
    return len(initial.text) == 2 and initial.text[0].isupper() and initial.text[1] == "." \
        and before.is_title and before.is_alpha and first.is_title and first.pos_ == "PROPN"


@lru_cache(maxsize=None)
def _idiom_words(idioms: tuple[str, ...]) -> frozenset[str]:
    """Every word of a language's saying idioms: the tokens worth a look."""
    return frozenset(word for idiom in idioms for word in re.findall(r"[\w'-]+", idiom))
