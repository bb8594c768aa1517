"""Find the cue and the speaker mention of each quotation in a parsed paragraph.

The rules follow how reporters attribute speech: a reporting verb whose
clause holds the quote ("Obama said he is "surprised""), a cue after, before
or inside the quote, "according to X", a colon introducer, a dash byline, a
source document ("the statement added"). The parse of a small pipeline is
noisy, so each rule asks as little of it as it can: the cue is found by
lemma, the speaker by the subject, else by the noun phrase that follows an
inverted cue.
"""
from __future__ import annotations

import bisect
import itertools
import re
from types import ModuleType
from typing import Callable, Iterator, Optional

from spacy.tokens import Span, Token

from .clauses import ELISIONS, EUPHONIC_T, NP_LEFT_DEPS, RELATIVE_CLAUSE_DEPS, SENTENCE_STOPS, SUBJECT_DEPS, is_passive
from .lang import lemma as lemma_of
from .lang import lemma_forms
from .lexicon import fold, noun_in, person_noun, role_noun, speech_noun
from .marks import DASH_CLASS, DASHES, QuoteSpan, in_markup
from .mentions import Attribution, Mention, ParsedParagraph, cue_fields, quote_tops
from .titles import TitleReader

# '… - Carl Bialik: ' right before a quote: a newsletter's byline.
DASH_BYLINE_COLON = re.compile(r"\s" + DASH_CLASS + r"\s*[A-Z][\w.’' ]{1,60}:\s*$")
# Where a tag after a quote ends: a sentence stop, or the next quote's mark.
QUOTE_MARKS = ("\"", "“", "”", "«", "»")
# The words a tag after a quote may run to; more when it opens with its verb,
# which where and how it was said may part from the speaker ('a assuré dans
# un entretien au Monde la ministre des Armées').
TAG_WORDS = 8
INVERTED_TAG_WORDS = 12
# The words of when or where something was said ('saying during the debate last week').
ADVERBIAL_DEPS = frozenset({"prep", "pobj", "npadvmod", "advmod", "obl", "obl:mod", "nmod"})
# What a bare report ('Erdogan is warning.') may hold besides its verb:
# who, its auxiliaries, negation, adverbs, punctuation (en and fr parses).
BARE_REPORT_DEPS = frozenset({
    "nsubj", "nsubjpass", "nsubj:pass", "aux", "auxpass", "aux:tense", "aux:pass", "neg", "advmod", "npadvmod", "punct",
    "expl:comp", "expl:pv",
})

# How far after a closing mark the words that take a quote up are looked for
# (the longest of WORDS_TAKEN_UP, and the stops and spaces before it).
TAKEN_UP_REACH = 60
# A quote inside a verb's subject is what the sentence talks about, not what
# the verb reports ('this CNN "reporter" has revealed her bias').
SUBJECT_DEP_PREFIXES = ("nsubj", "csubj")


class Attributor(TitleReader):
    """Applies the attribution rules of one language to parsed paragraphs."""

    def __init__(self, words: ModuleType):
        super().__init__(words)
        # ("d'après" is two tokens to spaCy's French tokenizer: "d'" "après")
        self.according = list(dict.fromkeys(
            variant for p in words.ACCORDING_TO for variant in (tuple(p.split()), tuple(re.findall(r"\w+['’]|[^\s'’]+", p)))
        ))

    # --- the rules --------------------------------------------------------
    def governing_cue(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Token]:
        """The reporting verb whose clause holds the quote.

        The outermost one wins: in "Clinton said Trump is … and accused him of
        "…"" or "the leaders urged "…", he said" the quote is the outer
        speaker's report; but a verb the parse left without a speaker is no
        report ('When asked why, Sembler responded: "…"', 'He pledged to be
        "…" and cast doubt on …, suggested that …')."""
        chain = self.governing_cues(q, unit, pp)
        spoken = [cue for cue in chain if self._spoken_by_someone(cue, pp)]
        # ('Interrogée par l'AFP, la PDG a défendu un plan « … »', the participle
        # parsed as the root: who asked is no speaker when another verb reports)
        spoken = [cue for cue in spoken if not _fronted_participle(cue)] or spoken
        if spoken:
            return spoken[-1]
        return next((cue for cue in reversed(chain) if cue.tag_ != "VBN"), chain[-1] if chain else None)

    def _spoken_by_someone(self, cue: Token, pp: ParsedParagraph) -> bool:
        """The cue has a speaker, and not a thing that cannot speak ('que les
        blocages continueraient « … »': blockades go on, they say nothing)."""
        mention = self.subject_of(cue, pp, False)
        if mention is None:
            return False
        head = mention.head_token()
        if head is None or lemma_of(cue) not in self.w.WEAK_SPEECH_VERBS:
            return True
        # ('Small groups of protesters continued to call for …': people, whatever the head noun)
        people = self.w.GROUP_WORDS | self.w.BODY_WORDS | self.w.ORGANISATION_WORDS
        nouns = [t for t in head.subtree if t.pos_ in ("NOUN", "PROPN", "PRON")]
        return not all(t.pos_ == "NOUN" and self.mute_thing(t) and not person_noun(t.lower_, self.w, people) for t in nouns)

    def governing_cues(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> list[Token]:
        """The reporting verbs whose clauses hold the quote, innermost first.
        A relative clause is a wall: in "critics who say he should call them
        "…"" the critics speak, not whoever rebuked them; so is a clause with
        its own subject after a preposition ('denied it, with Lewandowski
        taking to Twitter to call Fields "…"')."""
        ranges = self._quoted(pp)
        qs, qe = q.start - pp.offset, q.end - pp.offset
        chain: list[Token] = []
        for tok in unit:
            if not (qs <= tok.idx < qe) or qs <= tok.head.idx < qe:
                continue
            anc, child = tok.head, tok
            links: set[str] = set()  # the relations climbed since the last cue
            for _ in range(10):
                if not (unit.start <= anc.i < unit.end):
                    break
                if chain and child.dep_ in ("relcl", "acl:relcl", "acl") and not self._held_thing_clause(child, ranges) \
                        and not self._nobody_speaks(chain, pp):
                    break
                if chain and child.dep_ == "pcomp" and child not in chain and self._subject_child(child, ranges) is not None:
                    break  # 'with Lewandowski taking to Twitter to call Fields "…"'
                if chain and child.dep_ == "advcl" and child in chain and self._subject_child(child, ranges) is not None:
                    break  # 'After Scalia said … "…", Trump said: …': Scalia's words
                if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") and self._subject_child(child, ranges) is not None:
                    break  # 'Clinton proposed a debate - but the Sanders campaign rejected it as "…"'
                links.add(child.dep_)
                about = child.dep_.startswith(SUBJECT_DEP_PREFIXES) and _talks_about(anc, q.outer_start - pp.offset, qe)
                if not self._in_ranges(anc, ranges) and self.is_cue(anc) and anc not in chain and not about:
                    if chain and self._spoken_of(anc, ranges):
                        break  # 'Obama has been criticized …, though he used stronger language, saying "…"'
                    if (not self._busy_weak(anc, ranges) or self._attached(tok, anc)) and not self._busy_with_a_phrase(anc, tok, ranges):
                        if chain and self._speaks_for_itself(chain[-1], links, ranges, pp):
                            break
                        chain.append(anc)
                        links = set()
                if anc.head == anc:
                    break
                anc, child = anc.head, anc
            if chain:
                break
        return chain

    def _nobody_speaks(self, chain: list[Token], pp: ParsedParagraph) -> bool:
        """'He notes the limitation that you can't yell "fire"', 'Frazier said
        the amendment was a gesture intended to highlight "…"': reporting
        verbs whose subjects are no one (a generic "you") or a thing that
        cannot speak are no wall: the clause is the outer reporter's words."""
        ranges = self._quoted(pp)
        for cue in chain:
            mention = self.subject_of(cue, pp, False)
            if mention is not None and not self._no_one_speaks(mention, self._subject_child(cue, ranges) is None):
                return False
        return True

    def _no_one_speaks(self, mention: Mention, borrowed: bool) -> bool:
        """A generic "you", or a thing the verb borrowed as its subject from
        a clause above ('a gesture intended to highlight'); a thing that is
        the verb's own subject ('an FBI investigation said') speaks."""
        head = mention.head_token()
        if head is None:
            return False
        if self.is_impersonal(head) or self.w.PRONOUNS.get(head.lower_) == "second":
            return True
        return borrowed and self.mute_thing(head)

    def _subordinate_cue(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Token]:
        """'After Scalia said that students might do better at "…," Trump
        said: …': a reporting verb with its own subject in the subordinate
        clause that holds the quote reports it, not the tag after it."""
        opening = q.outer_start - pp.offset
        if not any(_opens_subordinate(t) and t.idx < opening for t in unit):
            return None  # (no subordinate clause opens before the quote: spare the climb)
        chain = self.governing_cues(q, unit, pp)
        inner = chain[0] if chain else None
        if inner is None or inner.idx > opening:
            return None
        if not any(_opens_subordinate(c) for c in inner.children):
            return None
        return inner if self._subject_child(inner, self._quoted(pp)) is not None else None

    @staticmethod
    def _open_to_a_tag(q: QuoteSpan, pp: ParsedParagraph, after: int) -> bool:
        """A quote that ends in a comma, '?' or '!' (inside or right after its
        closing mark) leaves its sentence open for a tag: '"…," he said'."""
        # ('"She said that ‘I want the House,’" McDermott said': past the inner mark)
        body = pp.text[q.start - pp.offset : q.end - pp.offset].rstrip().rstrip("’'”\"»")
        if q.close_at is not None and pp.text[q.close_at - pp.offset] == ",":
            return True  # « …, a réagi X, … »: a piece cut before the tag inside the marks
        return body[-1:] in ",!?" or pp.text[after:].lstrip().startswith(",")

    def _bare_tag_sentence(self, pp: ParsedParagraph, after: int) -> bool:
        """'"… the 30,000 emails that are missing." Trump said.': a sentence
        that is only a name and a reporting verb (or the verb first) can only
        be the tag of the quote before it, whose writer ended it with a stop."""
        words: list[Token] = []
        for t in pp.tokens_from(after):
            if t.is_punct or t.lower_ in self.w.TAG_CLAUSE_OPENERS:
                if t.text not in (".", "!") and t.lower_ not in self.w.TAG_CLAUSE_OPENERS:
                    return False  # '… He added, "…"': it opens the next quote
                break
            words.append(t)
        cues = [i for i, t in enumerate(words) if self.is_cue(t) and t.tag_ in ("VBD", "VBZ", "VBP")]
        if not words or len(words) > 5 or len(cues) != 1:
            return False
        others = words[: cues[0]] + words[cues[0] + 1 :]
        return bool(others) and all(t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADV", "AUX") for t in others)

    def tag_cue(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Token]:
        """The reporting verb of a tag right after the quote: '"…," Trump
        said, after Quick said …' is Trump's whatever the parse hung where.
        The quote must end in a comma, '?' or '!', and the tag be a subject
        and its verb, or the verb first ('"…," said Wilders')."""
        if q.close_at is None:
            return None
        ranges = self._quoted(pp)
        after = q.outer_end - pp.offset
        if not self._open_to_a_tag(q, pp, after):
            return None
        words = [t for t in unit if t.idx >= after and not t.is_punct][:6]
        # ('"…," as a memo put it': the aside "as" opens is the quote's own tag)
        lead = 1 if len(words) > 1 and words[0].lower_ in self.w.AS_WORDS and words[0].dep_ == "mark" else 0
        for tok in words[lead : lead + 5]:
            if self._in_ranges(tok, ranges):
                return None
            if self.is_cue(tok):
                # a finite verb ('adding', 'claiming' speak for their clause)
                # whose subject is the first word after the quote, or right after it
                subject = self._subject_child(tok, ranges)
                if tok.tag_ not in ("VBD", "VBZ", "VBP") or subject is None or self._says_its_object(tok, ranges):
                    return None
                first = subject.left_edge if subject.i < tok.i else tok
                return tok if first == words[lead] else None
        return None

    def _says_its_object(self, verb: Token, ranges: list[tuple[int, int]]) -> bool:
        """'as Trump went on about "…," Melanie said yes, yes': a verb of
        saying with an object of its own outside quotes reports that object,
        not the quote before it (an addressee, 'told reporters', is no such object)."""
        if lemma_of(verb) in self.w.ADDRESSEE_VERBS:
            return False
        framed = lemma_of(verb) in self.w.IT_SPEECH_VERBS  # ('as Vulture put it': "it" is the quote)
        return any(c.dep_ in ("dobj", "obj") and not self._in_ranges(c, ranges) and not c.is_punct
                   and not (framed and self.w.PRONOUNS.get(c.lower_) == "neuter") for c in verb.children)

    def _speaks_for_itself(
        self, inner: Token, links: set[str], ranges: list[tuple[int, int]], pp: ParsedParagraph
    ) -> bool:
        """A coordinated or adverbial reporting clause with a subject of its
        own is its own report: in 'Trump called it "…", but he also noted
        the "…"' and 'he said …, although he tweeted that he "…"' the quote
        belongs to the inner clause. A complement clause ('X said the leaders
        urged "…"') stays the outer speaker's report, unless it is the tag
        right after a quote: in 'Comey cannot say that "…," Lewandowski
        added, saying it should be "…"' the parse hung the tag under the
        verb it reports."""
        subject = self._subject_child(inner, ranges)
        if subject is None:
            return False
        if links & {"conj", "advcl"}:
            return True
        if "pcomp" in links and not self.is_pronoun(subject):
            return True  # 'Amid what the Times called a "…", Politico says' (but 'a deterrence to what it called "…"')
        closes = [e for _, e in ranges if e <= subject.left_edge.idx]
        return inner.i > subject.i and bool(closes) and not pp.text[max(closes) : subject.left_edge.idx].strip(" ,")

    def _attached(self, tok: Token, verb: Token) -> bool:
        """The quote hangs on the verb itself, or through 'as': 'called it
        "…"', 'described him as a "…" and "…"' (the second run a conjunct of
        the first)."""
        for _ in range(4):
            if tok.head == verb or (tok.head.head == verb and tok.head.lower_ in self.w.AS_WORDS):
                return True
            if tok.dep_ != "conj" or tok.head == tok:
                return False
            tok = tok.head
        return False

    def nearest_cues(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> list[Token]:
        """The reporting verbs of the quote's sentence, outside quotes, nearest
        first. A weak verb with an object of its own ("concluded an
        agreement") is not reporting anything, nor is a verb that reports
        only what it governs ("found"), nor is a relative clause on the
        run or a noun after it ('… the "right direction" compared to only 24
        percent who said otherwise': they said the opposite)."""
        ranges = self._quoted(pp)
        qs, qe = q.start - pp.offset, q.end - pp.offset
        cues = [
            t for t in unit
            if not self._in_ranges(t, ranges) and self.is_cue(t) and not self._busy_weak(t, ranges)
            and lemma_of(t) not in self.w.GOVERNING_ONLY_VERBS
            and not (t.dep_ in ("relcl", "acl:relcl") and t.head.idx >= qs and not self._misparsed_tag(t, qs, qe))
            and not self._aside_elsewhere(t, q, pp)
            and not (t.idx >= qe and self._subordinate_clause(t))
            and not _talks_about(t, q.outer_start - pp.offset, qe)
        ]
        return sorted(cues, key=lambda t: min(abs(t.idx - qs), abs(t.idx - qe)))

    @staticmethod
    def _misparsed_tag(verb: Token, qs: int, qe: int) -> bool:
        """'"… it intends to search them for records" that would respond to
        requests, trial counsel Caroline Wolverton wrote in a filing': a
        name and its verb after a comma, which the parse hung on a noun
        inside the quote as a relative clause, are the sentence's tag."""
        if not qs <= verb.head.idx < qe or verb.idx < qe:
            return False
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is None or subject.pos_ != "PROPN" or subject.i > verb.i:
            return False
        before = subject.left_edge.i - 1
        return before >= 0 and subject.doc[before].text == ","

    def _subordinate_clause(self, verb: Token) -> bool:
        """'a "pre-agreement" because some governments did not agree', 'more
        than "ooooh, whoooa" when Clinton accused him': a verb after the run in
        a clause that says when or why (not 'as X suggested') tells of
        something else than who said the words."""
        while verb.dep_ == "xcomp" and verb.head is not verb:
            verb = verb.head  # ('after Clinton refused to say')
        return any(c.lower_ not in self.w.AS_WORDS for c in _clause_openers(verb))

    def _as_clause(self, verb: Token) -> bool:
        """A verb heading an adverbial clause opened by "as" ('as he put it')."""
        return any(c.lower_ in self.w.AS_WORDS for c in _clause_openers(verb))

    def _aside_elsewhere(self, verb: Token, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'he thought that "…" and that the result, as he later explained,
        was an "…"': an aside opened by "as" speaks for the clause it hangs
        on, not for a quote in another clause of the sentence."""
        if not self._as_clause(verb):
            return False
        opening = q.outer_start - pp.offset
        if verb.idx < opening and not pp.text[verb.idx + len(verb.text) : opening].strip(" ,:"):
            return False  # ('his eyes gleaming, as if to say, “…”': it introduces the quote)
        clause = verb.head
        while clause.pos_ not in ("VERB", "AUX") and clause.head != clause:
            clause = clause.head  # ('the outcome, as Garcia later explained, was': the clause of "was")
        return not self._governs(clause, q, pp) and not self._governs(verb, q, pp)

    def _busy_weak(self, verb: Token, ranges: list[tuple[int, int]]) -> bool:
        if lemma_of(verb) not in self.w.OBJECT_BUSY_VERBS:
            return False
        return any(c.dep_ in ("dobj", "obj") and not self._in_ranges(c, ranges) for c in verb.children)

    def _busy_with_a_phrase(self, verb: Token, top: Token, ranges: list[tuple[int, int]]) -> bool:
        """'Russia would continue its "special military operation"': a verb
        that reports only without an object of its own ('"…," he continued')
        has one when the run's word it governs is its object, opened by a
        determiner or possessive before the run: the term is inside the
        object the writer built, not the words continued. (Only a weak
        reporting verb: 'should add back the "Golden Week"' may still be the
        words of whoever argues it.)"""
        lemma = lemma_of(verb)
        if lemma not in self.w.OBJECT_BUSY_VERBS or lemma not in self.w.WEAK_SPEECH_VERBS or top.head != verb or top.dep_ not in ("dobj", "obj"):
            return False
        first = next((t for t in top.subtree if not t.is_punct), top)
        return first.i < top.i and not self._in_ranges(first, ranges) and first.dep_ in ("det", "poss", "nmod:poss")

    def according_to(self, unit: Span, pp: ParsedParagraph) -> Optional[tuple[Span, Optional[Mention]]]:
        """'according to X' / 'selon X' outside the quotes of a sentence."""
        ranges = self._quoted(pp)
        lowers = [t.lower_ for t in unit]
        for pattern in self.according:
            n = len(pattern)
            for i in range(len(lowers) - n + 1):
                if tuple(lowers[i : i + n]) != pattern or self._in_ranges(unit[i], ranges):
                    continue
                cue = unit[i : i + n]
                after = i + n
                if after >= len(unit):
                    continue
                if pattern[-1] in self.w.ANONYMOUS_HEADS:  # « De source proche du ministère, on précise »: the source itself
                    return cue, self.noun_phrase(unit[i + n - 1], pp)
                target = self._phrase_head_after(unit, after, ranges)
                if (target is not None and n == 1 and target.pos_ not in ("PROPN", "PRON")
                        and not any(c.dep_ in ("det", "poss", "nmod:poss", "nummod") for c in target.children)):
                    continue  # '$5 per hour': a rate, not a source ('per the party's bylaws' is one)
                if n == 1 and i > 0 and unit[i - 1].like_num:
                    continue  # ('41 per cent': a share, whatever the parse hung on "cent")
                if target is not None and self._unowned_words(target):
                    continue  # 'Selon des propos rapportés par Le Parisien, la ministre a qualifié': whose words, the clause says
                if target is not None and target.lower_ in self.w.INTERPRETER_NOUNS:
                    continue  # 'Guccifer said, per a translator, that': the subject speaks through them
                if target is not None and self._writers_own(target):
                    return cue, None  # 'Selon nos informations': the paper's own reporting names no speaker
                if target is not None:
                    return cue, self._with_antecedent(self.noun_phrase(target, pp), target, unit[i], pp)
        return self._opinion_of(unit, pp, ranges)

    def _writers_own(self, target: Token) -> bool:
        """'our sources', « nos informations »: what the writer knows."""
        possessives = self.w.WRITER_POSSESSIVES
        return target.lower_ in possessives or any(c.lower_ in possessives and c.i < target.i for c in target.children)

    def _unowned_words(self, noun: Token) -> bool:
        """Words said, with no owner, that a medium relayed ('des propos
        rapportés par Le Parisien', 'remarks reported by the Guardian'): they
        say where the words were read, not who said them (unlike 'a civil
        complaint', a document that speaks for whoever filed it)."""
        if not speech_noun(noun, self.w):
            return False
        if any(c.dep_ in ("poss", "nmod:poss") or c.lower_ in self.w.POSSESSIVE_PRONOUNS or c.morph.get("Poss") == ["Yes"]
               for c in noun.children):
            return False
        return any(c.dep_ in ("acl", "amod") and (lemma_of(c) in self.w.RELAY_VERBS or c.lower_ in self.w.RELAY_PARTICIPLES)
                   for c in noun.children)

    def _said_closer(self, source: Span, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> bool:
        """A reporting verb nearer the quote than 'according to X' says who
        spoke: one whose reported clause holds the source phrase ('Win Htein
        said that according to its analysis the party has won, but "…"'), or
        a passive one with its agent ('called the "…" by the citizens, …,
        according to Politico'), or any one with a subject when X is a
        recording of what was said (a transcript, a video)."""
        cue = self.governing_cue(q, unit, pp)
        if cue is None and self._a_recording(source):
            return self.colon_introducer(q, unit, pp) is not None  # (« Selon un enregistrement, X a lancé : « … » »)
        if cue is None or cue.i in range(source.start, source.end):
            return False
        if self._passive_agent(cue, self._quoted(pp)) is not None:
            return True
        if self._subject_child(cue, self._quoted(pp)) is None:
            return False
        # ('According to a transcript of the call, Ocasio-Cortez told supporters:
        # "…"': a recording holds the words of whoever the verb says spoke them)
        return self._in_reported_clause(source, cue, q, pp) or self._a_recording(source) \
            or self._after_a_relative_clause(source, q, pp)

    @staticmethod
    def _after_a_relative_clause(source: Span, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """Whether 'according to X' follows a relative clause on a noun after
        the quote, whose claim it sources ('promised to "defend every metre",
        a day after clashes that killed nine people, according to an official
        count'), not the quote's words."""
        after = q.outer_end - pp.offset
        return any(t.dep_ in ("relcl", "acl:relcl") and t.head.idx >= after and t.idx >= after
                   for t in pp.doc if t.idx < source.start_char)

    def _a_recording(self, source: Span) -> bool:
        """Whether 'according to' / « selon » names a recording ('a transcript
        of the call', « un enregistrement »): its object, or the noun it marks."""
        nouns = [c for t in source for c in t.children if c.dep_ in ("pobj", "obj")]
        if source.root.dep_ == "case":
            nouns.append(source.root.head)
        return any(n.lower_ in self.w.RECORDING_NOUNS for n in nouns)

    @staticmethod
    def _in_reported_clause(source: Span, cue: Token, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """Whether 'according to X' sits in a clause the cue reports, between
        the cue and the quote, not on the cue itself ('According to
        ProPublica, Clinton praised "…"'); one after the quote ('Trump said he
        was "…" that Khan won, according to The New York Times') names the
        medium wherever the parse hung it."""
        return (cue.i < source.start and source.end_char <= q.outer_start - pp.offset
                and source.root.head != cue and cue in source.root.ancestors)

    def in_own_words(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[tuple[Span, Mention]]:
        """'because, in Forbes' words, "…"', 'in the paper's own words: "…"':
        the owner of the words right before the quote, read from the word forms
        (the parse often takes the possessive mark after a name for a
        closing quotation mark)."""
        doc, ranges = pp.doc, self._quoted(pp)
        for tok in unit:
            if tok.lower_ not in self.w.OWN_WORDS_NOUNS or self._in_ranges(tok, ranges):
                continue
            before = q.outer_start - pp.offset
            if tok.idx >= before or pp.text[tok.idx + len(tok.text) : before].strip(" ,:\u00a0"):
                continue  # the words of whoever is quoted right after the phrase only
            j = tok.i - 1
            if j > unit.start and doc[j].lower_ in self.w.OWN_WORDS_INTENSIFIERS:
                j -= 1
            if j <= unit.start or not (doc[j].tag_ == "POS" or doc[j].text in ("’", "'")):
                continue  # ('in her words' stands for the clause's subject, which the cue rules find)
            j -= 1  # "Forbes’ words", "the paper's words"
            owner = doc[j]
            k = j
            while k > unit.start and k > j - 6 and doc[k - 1].pos_ in ("PROPN", "NOUN", "DET", "ADJ"):
                k -= 1
            if k > unit.start and doc[k - 1].lower_ in self.w.OWN_WORDS_PREPOSITIONS:
                return doc[k - 1 : tok.i + 1], self.noun_phrase(owner, pp)
        return None

    def _with_antecedent(self, mention: Mention, target: Token, cue: Token, pp: ParsedParagraph) -> Mention:
        """'un conseiller, selon qui « … »', 'Le texte, selon lequel « … »': a
        relative after the cue stands for the noun phrase right before the cue."""
        if self.w.PRONOUNS.get(target.lower_) != "relative":
            return mention
        before = [t for t in pp.doc[: cue.i] if not t.is_punct and not t.is_space]
        if before and before[-1].pos_ in ("NOUN", "PROPN"):
            head = before[-1]
            while head.dep_ in ("flat", "flat:name", "compound", "amod") and head.head.i < head.i:
                head = head.head
            mention.antecedent = self.noun_phrase(head, pp)
        return mention

    def _opinion_of(self, unit: Span, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[tuple[Span, Mention]]:
        """'Pour le ministre, Gérald Darmanin, il s'agit d'un « acte
        terroriste »', 'Pour lui, « … »', 'To Sharp, Trump is the “…”': a
        sentence, or a clause after a conjunction ('because to him, liberals
        pose …'), that opens with "pour" / "to" and a person or a body, then
        a comma, gives that person's or that body's view."""
        words = [t for t in unit if not t.is_space and not (t.is_punct and t.text in DASHES)]
        for k, word in enumerate(words[:-2]):
            if word.lower_ not in self.w.OPINION_PREPOSITIONS or self._in_ranges(word, ranges):
                continue
            if k > 0 and words[k - 1].pos_ not in ("SCONJ", "CCONJ"):
                continue
            holder = self._view_holder(word, unit, ranges)
            if holder is not None:
                return unit[word.i - unit.start : word.i - unit.start + 1], self.noun_phrase(holder, pp)
        return None

    def _view_holder(self, prep: Token, unit: Span, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """Who the phrase "pour X," / "to X," names: a person, a body or a
        pronoun for one, with nothing but its own words before the comma
        ('Pour Marine Le Pen,')."""
        target = self._phrase_head_after(unit, prep.i + 1 - unit.start, ranges)
        if target is None or any(t.pos_ in ("VERB", "AUX") for t in unit.doc[prep.i + 1 : target.i]):
            return None  # ('But to give you the tenor of the interview,': a purpose)
        bodies = self.w.TITLE_WORDS | self.w.ORGANISATION_WORDS | self.w.GROUP_WORDS
        # ('To me,' is the writer's view, and 'To that,' no one's)
        personal = self.is_pronoun(target) and self.w.PRONOUNS.get(target.lower_) in ("male", "female", "plural")
        if not (target.pos_ == "PROPN" or target.ent_type_ in ("PERSON", "PER") or personal or person_noun(target.lower_, self.w, bodies)
                or self._named_apposition(target, ranges) is not None):  # 'Pour l'opposante Svetlana T.,'
            return None
        rest = [t for t in unit if t.i > target.i and not t.is_space]
        comma = next((k for k, t in enumerate(rest) if t.text == ","), None)
        if comma is None or comma > 6 or any(t.pos_ in ("VERB", "AUX") for t in rest[:comma]):
            return None
        return target

    def _phrase_head_after(self, unit: Span, i: int, ranges: list[tuple[int, int]]) -> Optional[Token]:
        tok = unit[i]
        if self._in_ranges(tok, ranges):
            return None
        # The first noun or pronoun after the cue, then up to its phrase head.
        for j in range(i, min(i + 6, len(unit))):
            cand = unit[j]
            if (cand.pos_ in ("PROPN", "NOUN", "PRON") or self._mistagged_person(cand)) and cand.lower_ != EUPHONIC_T \
                    and cand.lower_ not in self.w.REFLEXIVE_CLITICS and not self._in_ranges(cand, ranges):
                head = cand
                while head.head != head and head.head.i > cand.i - 1 and head.head.i < unit.end and head.dep_ in ("compound", "flat", "flat:name", "amod", "nmod", "poss", "nmod:poss") and head.head.pos_ in ("PROPN", "NOUN"):
                    if head.dep_ == "nmod" and any(c.dep_ == "case" for c in head.children):
                        break
                    if head.dep_ in ("poss", "nmod:poss") and not self._speaks_for_owner(head.head):
                        break  # 'according to its analysis', 'Farley's account': the owner's; 'his spokesman': the spokesman's
                    head = head.head
                return head
        return None

    def _mistagged_person(self, tok: Token) -> bool:
        """A name or a person's noun the small French tagger called something
        else: 'a raconté Diakhaté au micro', "Diakhaté" an adjective tagged a
        person; 'rappelle un agent municipal', "agent" an adverb after its article."""
        if tok.ent_type_ in ("PERSON", "PER") and tok.is_title:
            return True
        return tok.is_lower and tok.i > 0 and tok.nbor(-1).pos_ == "DET" \
            and role_noun(tok.lower_, self.w)

    def _speaks_for_owner(self, noun: Token) -> bool:
        """A person or a body someone has ('his spokesman', 'her lawyers',
        'Reagan's former education secretary William J. Bennett'), who speaks
        in their own right, unlike the owner's analysis or account."""
        bodies = self.w.TITLE_WORDS | self.w.ORGANISATION_WORDS | self.w.GROUP_WORDS
        return noun.pos_ == "PROPN" or person_noun(noun.lower_, self.w, bodies)

    def dash_speaker(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[tuple[Token, Mention]]:
        """'"…" — Commissioner X': a dash byline right after the closing mark."""
        if q.close_at is None:
            return None
        after = q.close_at + 1 - pp.offset
        rest = pp.text[after:]
        stripped = rest.lstrip(" ,\u00a0")
        if not stripped or stripped[0] not in DASHES:
            return None
        dash_at = after + (len(rest) - len(stripped))
        dash = next((t for t in pp.doc if t.idx <= dash_at < t.idx + len(t.text)), None)  # '”―' may be one token
        if dash is None or dash.i + 1 >= len(pp.doc):
            return None
        head = self._phrase_head_after(pp.doc[dash.i + 1 :], 0, self._quoted(pp))
        if head is None or head.pos_ != "PROPN":
            return None
        # A byline closes its paragraph: '"…" — Commissioner Jane Smith.'
        tail = [t for t in pp.doc[dash.i + 1 :] if not t.is_punct]
        if len(tail) > 8 or any(t.pos_ in ("VERB", "AUX") for t in tail):
            return None
        return dash, self.noun_phrase(head, pp)

    def introducer(self, unit: Span, pp: ParsedParagraph, bare: bool = False) -> Optional[Attribution]:
        """A sentence that introduces the next one: 'X said:', 'From Chairwoman X:',
        'Erdogan is warning.' (a reporting verb with nothing reported). `bare`
        asks for a sentence that is only that verb, its subject and when:
        what may introduce a sentence with words of its own before the quote
        ('Erdogan is warning. Turkey will strike the regime "everywhere"'),
        where 'Latino voters responded to the cuts.' or a verb inside a
        clause ('ever since it was proposed') introduces nothing."""
        ranges = self._quoted(pp)
        outside = [t for t in unit if not self._in_ranges(t, ranges) and not t.is_space]
        if not outside:
            return None
        ends_colon = outside[-1].text in (":",) or (len(outside) > 1 and outside[-1].is_punct and outside[-2].text == ":")
        cues = [t for t in outside if self.is_cue(t)]
        if ends_colon and not cues and outside[0].lower_ in self.w.INTRODUCER_PREPOSITIONS:
            head = self._phrase_head_after(unit, 1, ranges)
            if head is not None:
                return Attribution("intro", cue=outside[0].text, cue_start=outside[0].idx + pp.offset, cue_end=outside[0].idx + len(outside[0].text) + pp.offset, speaker=self.noun_phrase(head, pp))
        for cue in reversed(cues):
            reported = [c for c in cue.children if c.dep_ in ("ccomp", "dobj", "obj", "xcomp") and not self._in_ranges(c, ranges)]
            if ends_colon or not reported:
                if not ends_colon and any(self._in_ranges(t, ranges) for t in unit):
                    continue
                if not ends_colon and any(a in cues for a in cue.ancestors):
                    continue  # ('She said futures now pointed to one cut.': a verb inside what she reported)
                if bare and not (ends_colon or self._only_said(cue)):
                    continue
                return Attribution("colon" if ends_colon else "intro", **cue_fields(cue, pp), speaker=self.subject_of(cue, pp, False))
        return None

    def narrative_lead(self, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'À la sortie du tunnel, Didier Mangin-Roussel n'a pas esquivé. « … »',
        'Luis Ferreira was savouring it. "…"': a sentence about a person, its
        subject, right before a whole quoted sentence that nothing tags, in
        the same paragraph: the words are that person's."""
        ranges = self._quoted(pp)
        root = unit.root
        if self._in_ranges(root, ranges):
            return None
        subject = self._subject_child(root, ranges) if root.pos_ in ("VERB", "AUX", "ADJ") else None
        if subject is None:
            # (the small parser lost the subject: 'Sébastien Caradec-Morin n'a pas fui' with "fui"
            # an adjective; the first person the sentence names, not after a preposition, is it)
            subject = next((e.root for e in pp.doc.ents if unit.start <= e.start and e.end <= unit.end and e.label_ in ("PERSON", "PER")
                            and not self._in_ranges(e.root, ranges) and not any(c.dep_ in ("case", "prep") for c in e.root.children)
                            and e.root.head.pos_ != "ADP"), None)
        if subject is None or subject.i < unit.start or self.is_impersonal(subject):
            return None
        person = subject.ent_type_ in ("PERSON", "PER") or self.w.PRONOUNS.get(subject.lower_) in ("male", "female") \
            or subject.pos_ == "NOUN" and person_noun(subject.lower_, self.w)
        return Attribution("intro", speaker=self.noun_phrase(subject, pp)) if person else None

    def _only_said(self, cue: Token) -> bool:
        """'Erdogan is warning.', 'Sanders replied Tuesday.', « Le ministre a
        prévenu mardi. »: the sentence's own verb with nothing but who, when
        and how, so that what it reports can only be the sentence after."""
        return cue.dep_ == "ROOT" and all(
            c.dep_ in BARE_REPORT_DEPS or self._is_time_word(c) and not (c.n_lefts or c.n_rights) for c in cue.children)


    def attribute(self, q: QuoteSpan, pp: ParsedParagraph, units: list[Span]) -> Optional[Attribution]:
        """The attribution the quote's own sentence gives by syntax, or None."""
        unit = self.unit_of(q, units, pp)
        if unit is None or self.is_title_like(q, unit, pp):
            return None
        chant = self.chanted(q, pp)  # a crowd's words, whoever reports the scene
        if chant is not None:
            return chant
        according = self.according_to(unit, pp) or self.in_own_words(q, unit, pp)
        if according is not None and self._said_closer(according[0], q, unit, pp):
            according = None
        writers = None  # 'according to our sources': no one, unless a verb in the sentence says who
        if according is not None and according[1] is None:
            writers, according = according[0], None
        if according is not None:
            span, mention = according
            return Attribution("according", **cue_fields(span, pp), speaker=mention)
        claimed = self._owned_content_clause(q, unit, pp) or self._said_by_owner_before(q, pp)
        if claimed is not None:
            return claimed
        if DASH_BYLINE_COLON.search(pp.text[: q.outer_start - pp.offset]):
            # 'Pollsters agree - Carl Bialik: "…"': the name after the dash.
            byline = self.colon_introducer(q, unit, pp)
            if byline is not None:
                return byline
        cue = self.tag_cue(q, unit, pp)
        if cue is not None:
            cue = self._subordinate_cue(q, unit, pp) or cue
        if cue is None:
            cue = self.governing_cue(q, unit, pp)
            lead = self.lead_in_cue(q, pp) or self.shown_saying(q, pp)
            if lead is not None and (cue is None or cue.idx >= q.outer_end - pp.offset or self._own_clause(lead, cue, pp)):
                # 'as she angrily said, "…" about her record, Sanders jabbed';
                # 'Cruz said as the heckler yelled: "…"'
                cue = lead
        aside = self.parenthetical_cue(q, unit, pp)
        if aside is not None and (cue is None or aside.head == cue or self._subject_child(cue, self._quoted(pp)) is None):
            cue = aside  # 'CNN, Cruz said, called the announcement "…"'
        if cue is not None:
            cue = self._cue_before_dashes(cue, q, unit, pp)
        if cue is not None:
            return self._later_colon_clause(cue, q, unit, pp) or self.relayed_by(cue, q, unit, pp) or self.from_cue(cue, q, pp)
        if writers is not None:
            return Attribution("according", **cue_fields(writers, pp))
        owned = self.owned_words(q, unit, pp) or self.term_user(q, pp) or self.named_participle(q, pp)
        if owned is not None:
            return owned
        dash = self.dash_speaker(q, pp)
        if dash is not None:
            tok, mention = dash
            return Attribution("dash", **cue_fields(tok, pp), speaker=mention)
        return None

    def _cue_before_dashes(self, cue: Token, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Token:
        """'O'Malley lamented her tendency to commit gaffes - "…?" - Democrats
        … said they were unfazed': a quote set off by dashes is an aside on
        the clause before it; a verb after the closing dash, which the parse
        may hang it on, does not report it."""
        before, after = pp.text[: q.outer_start - pp.offset].rstrip(), pp.text[q.outer_end - pp.offset :].lstrip(" ,")
        if cue.idx < q.outer_end - pp.offset or not (before[-1:] in DASHES and after[:1] in DASHES):
            return cue
        earlier = [c for c in self.nearest_cues(q, unit, pp) if c.idx < q.outer_start - pp.offset]
        return earlier[0] if earlier else cue

    def _later_colon_clause(self, cue: Token, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'Reid said both are "…," but he gave the Texan a back-handed
        compliment: "…"': a quote opened by a colon belongs to the clause
        right before the colon when that clause, with a subject of its own,
        comes after the reporting verb the parse hung the quote on."""
        colon = self.colon_introducer(q, unit, pp)  # (None unless a colon opens the quote)
        if colon is None or colon.speaker is None or colon.cue in (None, ":"):
            return None
        if self._trailing_participle(cue, q, pp):
            return colon  # 'Rubio fired back: "…," referencing the Cuban vote': the participle comments, Rubio said it
        if colon.cue_start - pp.offset <= cue.idx:
            return None
        verb = pp.doc.char_span(colon.cue_start - pp.offset, colon.cue_end - pp.offset, alignment_mode="expand")
        if verb is None:
            return None
        # (not a clause the cue reports: 'the source recalled, adding that
        # Grayson said of his fiancée: "…"' is the source's report)
        # ('Bundy says to Santilli, who responds: "…"': a relative clause is
        # about its noun, never what the verb above it reports)
        ranges = self._quoted(pp)
        for a in verb.root.ancestors if verb.root.dep_ not in RELATIVE_CLAUSE_DEPS else ():
            if self._in_ranges(a, ranges):
                break
            if a == cue:
                return None
        return colon

    def _trailing_participle(self, cue: Token, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """A participle with no subject right after the quote ('"…," citing
        the polls'): it says why or about what, never who spoke."""
        if cue.tag_ != "VBG" or cue.idx < q.outer_end - pp.offset:
            return False
        return not pp.text[q.outer_end - pp.offset : cue.idx].strip(" ,") and self._subject_child(cue, self._quoted(pp)) is None

    def chanted(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'their chants of "Ted! Ted!"', 'greeted with chants of "Bobby!"':
        a crowd's words, said by the chant's owner when the text names one,
        else by a crowd it does not name; never by the one the crowd greets."""
        before, ranges = self._lead_in(q, pp), self._quoted(pp)
        # 'the crowd reprised the chant "…"': a chant named by its words, right before them
        named = bool(before) and before[-1].lower_ in self.w.CHANT_NOUNS and before[-1].pos_ == "NOUN"
        if named:
            noun = before[-1]
        elif len(before) > 1 and before[-1].lower_ in self.w.CHANT_LINKS and before[-2].lower_ in self.w.CHANT_NOUNS:
            noun = before[-2]
        else:
            return None
        owner = self._possessor(noun, ranges) or self._chanting_subject(noun, ranges)
        if named and owner is None:
            return None  # (a crowd's only when the text says whose: not 'le slogan « … »')
        return Attribution("cue", **cue_fields(noun, pp), speaker=self.noun_phrase(owner, pp) if owner is not None else None)

    def _chanting_subject(self, noun: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """'supporters responded with chants of', 'activists joined in a chant
        of': the subject of an active verb the chant comes with chants it
        ('was met with chants of' is the one chanted at)."""
        while noun.dep_ == "conj" or noun.head.lower_ in self.w.CHANT_LINKS and noun.head.head.pos_ == "NOUN":
            noun = noun.head if noun.dep_ == "conj" else noun.head.head  # 'a chorus of booing and loud chants of'
        # English hangs the noun on its preposition; UD hangs the preposition
        # on the noun ('répondu avec des chants': case child).
        if noun.dep_ in ("dobj", "obj") and lemma_of(noun.head) in self.w.CHANT_VERBS:
            verb = noun.head  # 'the crowd reprised the chant', 'la foule a entonné le chant'
        else:
            on_prep = noun.head.pos_ == "ADP"
            prep = noun.head if on_prep else next((c for c in noun.children if c.dep_ == "case"), None)
            verb = prep.head if on_prep else noun.head
            if prep is None or prep.lower_ not in self.w.CHANT_PREPOSITIONS:
                return None
        if verb.pos_ != "VERB":
            return None
        if any(c.dep_ in ("nsubjpass", "nsubj:pass", "auxpass", "aux:pass") for c in verb.children):
            return None
        return self._subject_child(verb, ranges)

    def is_chant(self, att: Attribution) -> bool:
        """The attribution rests on a word for a crowd's words."""
        return att.cue is not None and att.cue.lower() in self.w.CHANT_NOUNS

    def named_participle(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'footage of Trump saying, "…"' with "Trump saying" parsed as a
        compound noun: the name right before a reporting participle says it,
        read by word forms when the parse lost the verb."""
        before = self._lead_in(q, pp)
        if len(before) < 2:
            return None
        verb, name = before[-1], before[-2]
        if not verb.lower_.endswith(self.w.PARTICIPLE_SUFFIX) or lemma_of(verb) not in self.w.SPEECH_VERBS or self.is_cue(verb):
            return None
        if not self.named_or_personal(name):
            return None
        return Attribution("cue", **cue_fields(verb, pp), speaker=self.noun_phrase(name, pp))

    def _own_clause(self, lead: Token, cue: Token, pp: ParsedParagraph) -> bool:
        """Whether the lead-in verb is a subordinate clause after the
        governing verb with a speaker of its own ('Cruz said as the heckler
        yelled: "…"'), or the one a recording shows speaking: what follows
        its colon or comma is that speaker's."""
        if lead.i > cue.i and self._shown_in_source(lead) is not None:
            return True
        return lead.i > cue.i and lead.dep_ == "advcl" and self._subject_child(lead, self._quoted(pp)) is not None

    def shown_saying(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Token]:
        """'The spot concludes with footage of Trump saying during the debate
        last week, "…"': the reporting participle of the person a recording
        shows, when only when or where it was said stands between it and the
        quote (the parse hangs the quote on the verb of the whole sentence)."""
        before = self._lead_in(q, pp)
        if not before:
            return None
        tok = before[-1]
        while tok.dep_ in ADVERBIAL_DEPS and tok.head.i < tok.i and not self.is_cue(tok):
            tok = tok.head
        if tok.tag_ != "VBG" or tok.right_edge != before[-1] or not self.is_cue(tok):
            return None
        return tok if self._shown_in_source(tok) is not None else None

    def lead_in_cue(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Token]:
        """A reporting verb with a subject right before the opening mark (a
        comma or colon between): 'she angrily said, "…"'."""
        before = self._lead_in(q, pp)
        if not before:
            return None
        tok = before[-1]
        if tok.pos_ != "VERB" or not self.is_cue(tok) or self._in_ranges(tok, self._quoted(pp)):
            return None
        subject = self._subject_child(tok, self._quoted(pp))
        return tok if subject is not None and subject.dep_ == "nsubj" else None

    def parenthetical_cue(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Token]:
        """'Vice President Joe Biden, Rubio said, had been in the Senate for
        "a thousand years"', 'no different, he said, from Bush calling …
        "voodoo economics"', 'CNN, Cruz said, called it "…"': a reporting
        clause set off by commas inside the sentence reports the clause it
        sits in; another clause's reporting verb with a subject of its own
        keeps its quote ('she said, … she laughed and admitted "…"')."""
        ranges = self._quoted(pp)
        for tok in unit:
            if self._in_ranges(tok, ranges) or not self.is_cue(tok):
                continue
            if self._as_aside(tok, q, pp, ranges):
                return tok
            if tok.dep_ != "parataxis":
                continue
            closed = tok.i + 1 < len(pp.doc) and pp.doc[tok.i + 1].text == ","
            subject = self._subject_child(tok, ranges)
            opened = subject is not None and subject.left_edge.i > 0 and pp.doc[subject.left_edge.i - 1].text == ","
            reports = any(c.dep_ in ("ccomp", "dobj", "obj") for c in tok.children)
            if closed and opened and not reports:
                return tok
        return None

    def _as_aside(self, verb: Token, q: QuoteSpan, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> bool:
        """'as he puts it, "the best thing …" is that', 'As Marcus puts it,
        Obama is trying to make Republicans "…"': a reporting clause opened
        by "as", with a subject and nothing reported of its own, speaks the
        clause it hangs on, which holds the quote."""
        if not self._as_clause(verb):
            return False
        if self._subject_child(verb, ranges) is None or any(
            c.dep_ in ("ccomp", "xcomp") or (c.dep_ in ("dobj", "obj") and c.lower_ != "it") for c in verb.children
        ):
            return False  # 'As Trump attacked Clinton, the attendees chanted'
        if verb.right_edge.i + 1 >= len(pp.doc) or pp.doc[verb.right_edge.i + 1].text != ",":
            return False  # '"…," Rubio said as the crowd roared.'
        qs, qe = q.start - pp.offset, q.end - pp.offset
        return any(qs <= t.idx < qe for t in verb.head.subtree if not t.is_punct)

    def relayed_by(self, cue: Token, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'"…," said Kristen Day, …, reports USA Today.', 'Richards noted that
        …, reported the Washington Examiner': a report verb closing the
        sentence after the quote and its cue names the source the words
        come through."""
        ranges = self._quoted(pp)
        after = [t for t in unit if t.i > cue.i and t.idx >= q.outer_end - pp.offset and not self._in_ranges(t, ranges)]
        relay = next((t for t in after if lemma_of(t) in self.w.RELAY_VERBS and t.pos_ == "VERB" and _finite(t)
                      and t.dep_ not in ("relcl", "acl", "acl:relcl", "amod")), None)
        if relay is None:
            # '"…?" O'Malley said at a press conference, according to the Las
            # Vegas Sun': the tag's own 'according to' is the medium.
            according = self.according_to(unit, pp)
            if according is not None and according[1] is not None and according[0].start > cue.i and unit.start <= cue.i \
                    and not self._in_reported_clause(according[0], cue, q, pp) and self._passive_agent(cue, ranges) is None \
                    and not self._after_a_relative_clause(according[0], q, pp):
                return Attribution("according", **cue_fields(according[0], pp), speaker=according[1])
            return None
        words = [t for t in unit if t.i > relay.i and not t.is_punct and not t.is_space]
        if len(words) > 6:
            return None  # not the end of the sentence
        speaker = self._subject_child(relay, ranges)
        mention = self._resolve_relative(speaker, pp) if speaker is not None else self._inverted_subject(relay, pp, ranges)
        if mention is None:
            return None
        return Attribution("cue", **cue_fields(relay, pp), speaker=mention)

    def owned_words(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'her remark that "…"', 'Donald Trump's claim that Obama "founded
        ISIS"', 'his calls to end the "rigged economy"': a noun for something
        said holds the quote, and its owner said it, whoever the sentence's
        verb is about. Asked only when no reporting verb governs the quote
        ('Clinton blasted Trump's call for a "…"' is Clinton's report); a
        clause with a subject of its own on the way up is someone else's."""
        ranges = self._quoted(pp)
        qs = q.start - pp.offset
        top = next(iter(quote_tops(q, unit, pp)), None)
        anc = top.head if top is not None and top.head != top else None
        for _ in range(6):
            if anc is None or self._in_ranges(anc, ranges):
                return None
            if anc.pos_ in ("VERB", "AUX") and (self.is_cue(anc) or self._subject_child(anc, ranges) is not None):
                return self._owned_right_before(q, pp) or self._claim_is_that(anc, pp, ranges)
            if anc.lower_ in self.w.AS_WORDS:
                return None  # 'declaring Trump's statements as "…"': a judgement of them
            if anc.idx < qs and speech_noun(anc, self.w):
                owner = self._possessor(anc, ranges)
                if owner is not None:
                    return Attribution("cue", **cue_fields(anc, pp), speaker=self.noun_phrase(owner, pp))
            if anc.head == anc:
                return None
            anc = anc.head
        return None

    def _owned_content_clause(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'blamed the media for making an issue out of Trump's claim that Obama
        "founded ISIS"', "Trump's accusation that Clinton is playing the
        "woman's card"": the quote is in what the owner of a word for
        something said claims, so the owner said it, whoever reports it."""
        ranges = self._quoted(pp)
        top = next(iter(quote_tops(q, unit, pp)), None)
        clause = top
        for _ in range(4):
            if clause is None or clause.head == clause:
                return None
            if clause.pos_ in ("VERB", "AUX") and not self._in_ranges(clause, ranges) and self.is_cue(clause):
                return None  # a reporting verb inside the clause reports it
            if clause.dep_ in ("acl", "ccomp") and clause.pos_ in ("VERB", "AUX") and any(c.lower_ in self.w.THAT_WORDS and c.dep_ == "mark" for c in clause.children):
                break
            clause = clause.head
        else:
            return None
        noun = clause.head
        if not speech_noun(noun, self.w) or noun.idx >= q.outer_start - pp.offset:
            return None
        owner = self._possessor(noun, ranges)
        if owner is None or not self.named_or_personal(owner):
            return None  # ('ridiculed for its prediction that …': the missive's, a thing's)
        return Attribution("cue", **cue_fields(noun, pp), speaker=self.noun_phrase(owner, pp))

    def _said_by_owner_before(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'she came under fire over her assertion during the debate that
        "…"': a person's word for something said, right before "that" and the
        quote, is theirs whatever the sentence's verbs report."""
        owned = self._owned_right_before(q, pp)
        if owned is None or owned.speaker is None:
            return None
        head = owned.speaker.head_token()
        return owned if head is not None and self.named_or_personal(head) else None

    def _claim_is_that(self, verb: Token, pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[Attribution]:
        """'Podliska's most explosive claim is that the committee is a "…"',
        'The senator's answer was that "…"': the owner of the words the
        copula equates with the clause says it."""
        # (the copula itself, or the one above the clause the quote sits in;
        # the parse may hang the copula under the next clause: '… was that "…,"
        # so government should help')
        copulas = [verb, verb.head] if verb.dep_ == "ccomp" else [verb]
        subj = next((s for s in (self._speech_noun_subject(c, ranges) for c in copulas) if s is not None), None)
        if subj is None:
            return None
        owner = self._possessor(subj, ranges)
        if owner is None:
            return None
        return Attribution("cue", **cue_fields(subj, pp), speaker=self.noun_phrase(owner, pp))

    def _speech_noun_subject(self, copula: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """The subject of 'is', 'was' as the main verb when it is a word for
        something said ('answer', 'claim')."""
        if copula.pos_ != "AUX":
            return None
        subj = self._subject_child(copula, ranges)
        return subj if subj is not None and speech_noun(subj, self.w) else None

    def _possessor(self, noun: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """Whose the noun is ('her remark', "Obama's word", 'comments from
        Leon Panetta'), outside quotes."""
        owner = next((c for c in noun.children if c.dep_ in ("poss", "nmod:poss") and not self._in_ranges(c, ranges)), None)
        return owner if owner is not None else self._owner_after(noun, ranges)

    def _owner_after(self, noun: Token, ranges: list[tuple[int, int]]) -> Optional[Token]:
        """The one a preposition names as the words' owner ('a claim by the
        Pentagon', « la déclaration de Gérald Darmanin »): a name, a person or
        a body, not a thing ('l'accusation de trahison')."""
        for child in noun.children:
            if child.i < noun.i or self._in_ranges(child, ranges):
                continue
            if child.dep_ == "prep" and child.lower_ in self.w.OWNER_PREPOSITIONS:
                owner = next((c for c in child.children if c.dep_ == "pobj"), None)
            elif child.dep_ == "nmod" and any(c.dep_ == "case" and c.lower_ in self.w.OWNER_PREPOSITIONS for c in child.children):
                owner = child
            else:
                continue
            if owner is not None and (self.named_or_personal(owner) or (owner.pos_ == "NOUN" and not self.mute_thing(owner))):
                return owner
        return None

    def _owned_right_before(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'Trump stood by his comment Monday that "Islam hates us"', 'her
        assertion during the debate that "…"': the parse hung the quote
        elsewhere, but the words right before the mark are a possessed word
        for something said, a date or a phrase on where it was said maybe,
        and "that"."""
        before = self._lead_in(q, pp)
        if len(before) < 3 or before[-1].lower_ not in self.w.THAT_WORDS:
            return None
        i = len(before) - 2
        while i > 0 and (self._is_time_word(before[i]) or before[i].dep_ == "npadvmod"):
            i -= 1
        noun = self._speech_noun_before_phrase(before[: i + 1])
        if noun is None:
            return None
        owner = self._possessor(noun, self._quoted(pp))
        if owner is None:
            return None
        return Attribution("cue", **cue_fields(noun, pp), speaker=self.noun_phrase(owner, pp))

    def _speech_noun_before_phrase(self, words: list[Token]) -> Optional[Token]:
        """The word for something said that ends `words`, or that a short
        prepositional phrase follows ('her comments before a House
        committee'), or None."""
        for i in range(len(words) - 1, max(-1, len(words) - 9), -1):
            tok = words[i]
            if speech_noun(tok, self.w):
                phrase = words[i + 1 :]
                return tok if not phrase or phrase[0].pos_ == "ADP" else None
            if tok.pos_ not in ("ADP", "DET", "ADJ", "NOUN", "PROPN", "NUM"):
                return None
        return None

    def post_quote_tag(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'"…," the two write.' / '"…," said the Kremlin.': a short reporting
        tag right after the closing mark, read by word forms when the parse
        has lost it."""
        if q.close_at is None and q.style != "dash":
            return None
        after = (q.close_at + 1 if q.close_at is not None else q.end) - pp.offset
        if not self._open_to_a_tag(q, pp, after) and not self._bare_tag_sentence(pp, after):
            return None
        tokens = self._without_apposition(list(pp.tokens_from(after)))
        tag: list[Token] = []
        for t in tokens:
            if t.text in SENTENCE_STOPS or t.text in QUOTE_MARKS or len(tag) > INVERTED_TAG_WORDS:
                break
            tag.append(t)
        if not self._opens_with_verb(tag):
            tag = tag[: TAG_WORDS + 1]
        words = [t for t in tag if not t.is_punct and t.lower_ != EUPHONIC_T]
        found_in = self._impersonal_source(words, pp)
        if found_in is not None:
            return found_in
        cues = [i for i, t in enumerate(words) if (lemma_of(t) in self.w.SPEECH_VERBS or t.lower_ in self.w.SPEECH_VERBS or self._framed_cue(t))
                and not self.as_preposition(t)]
        # '"…!" a message on the website reads', '"…," the email read': a
        # noun that is also a reporting verb is the speaker; the verb is the
        # word tagged as one, else the last.
        # (or one right after its auxiliary: '« … », a répondu Kanouté, avant de promettre', "répondu" a noun)
        verbal = [i for i in cues if words[i].pos_ in ("VERB", "AUX") or words[i].tag_.startswith("VB")
                  or i > 0 and words[i - 1].pos_ == "AUX"]
        cues = verbal[:1] or cues[-1:]
        # A long sentence is no tag, unless its verb, or its subject and verb,
        # come first ('"Too forced?" He tweeted when Clinton ended a debate …',
        # '"…!" US Senator Jeff Sessions said as he launched the process',
        # '« … », a assuré dans un entretien au Monde la ministre des Armées').
        if not cues or len(words) > TAG_WORDS and not (cues[0] <= 3 or self._all_name(words[: cues[0]])):
            return None
        i = cues[0]
        if self._headline_passive(words[i]):
            return None  # ('‘…’, inquest told': the inquest was told)
        # (not the reflexive of 's’est félicité', 's’est indigné')
        before = [t for t in words[:i] if not self.verb_helper(t)]
        if any(t.pos_ == "VERB" for t in before):
            return None  # '"Mr. D’Souza?" I had prepared a short statement to read': a clause, no tag
        if any(t.tag_ == "WRB" or t.dep_ == "mark" for t in before):
            return None  # '"is it over?" headlines when early state results came in': a noun the verb's clause hangs on
        if not before and words[i].tag_ == "VBG":
            # '… of "New York values," saying the city …': a participle
            # speaks for the clause it hangs on, never for the words after it.
            return self.from_cue(words[i], q, pp)
        # "dit-elle", "a-t-il déclaré", "avait-elle ajouté": the pronoun after
        # the verb, or hyphened to its auxiliary before it.
        pronouns = [t for t in words[i + 1 : i + 2] if self.is_pronoun(t) and not (t.dep_ in ("dobj", "obj") and t.head == words[i])] or [
            t for t in words[:i] if self.hyphened_pronoun(t)
        ]
        if pronouns:
            return Attribution("cue", **cue_fields(words[i], pp), speaker=self.noun_phrase(pronouns[0], pp))
        speaker_words = before if before else self._past_settings(self._up_to_comma(tag, words[i]))
        speaker_words = [t for t in speaker_words if (t.pos_ in ("PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM") or t.is_title
                                                      or self._mistagged_person(t))
                         and not self._is_time_word(t) and not self._addressed(t)]
        if not speaker_words:
            return None
        if words[i].pos_ == "NOUN" and any(t.pos_ in ("VERB", "AUX") and t.lower_ not in self.w.INCISE_AUXILIARIES for t in words[:i]):
            # '"…," had no such praise': a noun some verb before it takes, no
            # tag (but '— Difficile, a répondu X' with "répondu" tagged a
            # noun: the auxiliary of an incise)
            return None
        if before:  # '"…," the two write': the words before the verb, as they are
            mention = self.noun_phrase(speaker_words[-1], pp).cover(pp.doc[speaker_words[0].i : speaker_words[-1].i + 1], pp.offset)
        else:  # '"…," said the Kremlin'
            # (a personal pronoun, not a clitic the parse made of an article: 'sur X le leader';
            # an adjective right after its article is a noun the tagger missed: 'écrit l'intersyndicale dans un communiqué')
            head = next((t for t in speaker_words if t.pos_ in ("PROPN", "NOUN") or t.pos_ == "PRON" and self.is_pronoun(t)
                         or self._mistagged_person(t)
                         or t.pos_ == "ADJ" and t.i > 0 and pp.doc[t.i - 1].pos_ == "DET" and t.dep_ not in NP_LEFT_DEPS),
                        speaker_words[0])
            while head.head.i > head.i and head.head.i <= speaker_words[-1].i and head.dep_ in NP_LEFT_DEPS:
                head = head.head
            if head.pos_ not in ("PROPN", "NOUN", "PRON"):
                head = self._name_in_title_run(speaker_words[0]) or head  # ('said Oversight ranking Democrat Elijah Cummings')
            mention = self.with_name_after(self._whole_name(self.noun_phrase(head, pp), pp), pp)
        att = self.relayed_by(words[i], q, words[i].sent, pp) or Attribution("cue", **cue_fields(words[i], pp), speaker=mention)
        return None if self._relative_on_the_run(att, q, pp) else att

    def words_taken_up(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'« Je ne serai pas candidat. » C'est par ces mots que le maire, X,
        a annoncé …', '"I will not run." With those words, Mayor X
        announced …': a quote that closes its sentence, then a sentence that
        opens by pointing back at the words (the language's WORDS_TAKEN_UP)
        and has a reporting verb: that verb's subject said them."""
        if q.close_at is None:
            return None
        after = pp.text[q.close_at + 1 - pp.offset : q.close_at + 1 - pp.offset + TAKEN_UP_REACH]
        body = pp.text[q.start - pp.offset : q.end - pp.offset].rstrip()
        if not (body[-1:] in ".!?…" or after.lstrip()[:1] in (".", "!", "?")):
            return None
        opening = fold(after.lstrip(" .!?\u00a0"))
        if not opening.startswith(tuple(self.w.WORDS_TAKEN_UP)):
            return None
        ranges = self._quoted(pp)
        start = pp.tokens_from(q.close_at + 1 - pp.offset)
        sent = next((t.sent for t in start if not t.is_punct and not t.is_space), None)
        if sent is None:
            return None
        for tok in sent:
            if self._in_ranges(tok, ranges) or not self.is_cue(tok):
                continue
            speaker = self.subject_of(tok, pp, True)
            if speaker is not None:
                return Attribution("cue", **cue_fields(tok, pp), speaker=speaker)
        return None

    def pre_quote_verb(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'Le ministre dénonce « une provocation »': a noun phrase and a
        reporting verb right before the opening mark, read by word forms
        when the parse took the verb for a noun (the small French model does
        so with a present tense before a mark) and so found no speaker."""
        before = pp.words[: bisect.bisect_left(pp.word_starts, q.outer_start - pp.offset)]
        while before and before[-1].lower_ in ELISIONS | self.w.INTRODUCER_PREPOSITIONS:
            before = before[:-1]  # 'parle d'« humiliation »' ("d" "'" to the tokenizer)
        if len(before) > 1 and before[-1].pos_ == "DET":
            before = before[:-1]  # 'Le Figaro évoque un « coup de semonce »': the article left outside the marks
        while len(before) > 1 and before[-1].pos_ == "ADV" and before[-1].morph.get("Polarity") != ["Neg"] \
                and before[-1].dep_ != "neg" and lemma_of(before[-1]) not in self.w.SPEECH_VERBS:
            before = before[:-1]  # 'évoque toutefois « … »' (not 'dénoncent' the parse calls an adverb)
        before = self._without_aside_at_end(before)  # 'dénoncent pour leur part « … »'
        # the clause opening the sentence, or after a comma, up to the mark
        opener = self._clause_opener(before)
        clause = before[opener:]
        if len(clause) == 1 and opener >= 2 and before[opener - 1].text == ",":
            # 'Les ONG, elles, dénoncent « … »', 'Une source, au ministère,
            # évoque « … »': an aside between commas sets off the subject
            comma = self._clause_opener(before[: opener - 1]) - 1
            aside = before[comma + 1 : opener - 1]
            if comma >= 1 and before[comma].text == "," and aside and (
                    aside[0].pos_ == "ADP" or len(aside) == 1 and aside[0].lower_ in self.w.STRESSED_PRONOUNS):
                clause = before[self._clause_opener(before[:comma]) : comma] + clause
        if not 2 <= len(clause) <= 8:
            return None
        verb, subject = clause[-1], clause[:-1]
        if verb.pos_ in ("VERB", "AUX") or lemma_of(verb) not in self.w.SPEECH_VERBS:
            return None  # (a verb the parse saw is the other rules' to read)
        # a noun phrase: names, nouns, their determiners and adjectives (a
        # name the same parse may tag as anything: 'Emmanuel Macron' as an adverb)
        # ('L'entourage du ministre évoque': the small words inside a role)
        # ('Le parquet national financier évoque': adjectives may close it)
        if not all(t.pos_ in ("PROPN", "NOUN", "DET", "ADJ") or t.is_title or k and t.lower_ in self.w.TITLE_SMALL_WORDS
                   for k, t in enumerate(subject)):
            return None
        head = next((t for t in reversed(subject) if t.pos_ in ("PROPN", "NOUN") or t.is_title and t.pos_ != "DET"), None)
        if head is None or any(t.pos_ != "ADJ" for t in subject[subject.index(head) + 1 :]):
            return None
        mention = self.noun_phrase(head, pp).cover(pp.doc[subject[0].i : subject[-1].i + 1], pp.offset)
        return Attribution("cue", **cue_fields(verb, pp), speaker=mention)

    def _without_aside_at_end(self, words: list[Token]) -> list[Token]:
        """`words` without a discourse aside that ends them ('pour leur part',
        'de son côté'), and the commas around it."""
        lowers = [t.lower_ for t in words]
        end = len(lowers) - (1 if lowers and lowers[-1] == "," else 0)
        for phrase in self.w.DISCOURSE_ASIDES:
            parts = phrase.split()
            if end > len(parts) and lowers[end - len(parts) : end] == parts:
                cut = end - len(parts)
                return words[: cut - 1] if words[cut - 1].text == "," else words[:cut]
        return words

    @staticmethod
    def _clause_opener(words: list[Token]) -> int:
        """Where the last clause of `words` opens: after their last punctuation, else at 0."""
        return next((j + 1 for j in range(len(words) - 1, -1, -1) if words[j].is_punct), 0)

    def verb_in_quote(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'l'Élysée a « condamné fermement » l'attaque', 'The White House
        "strongly condemned" the attack': the quote opens with the main
        reporting verb itself (after one adverb at most); its subject, outside
        the marks, said it."""
        ranges = self._quoted(pp)
        inside = [t for t in itertools.islice(pp.tokens_from(q.start - pp.offset), 4)
                  if t.idx < q.end - pp.offset and not t.is_punct and not t.is_space][:2]
        if not inside:
            return None
        verb = inside[1] if inside[0].pos_ == "ADV" and len(inside) > 1 else inside[0]
        for tag in (c for c in verb.children if c.dep_ == "conj"):
            quoted = self.quoted_as_saying(tag)
            if quoted is not None:
                # 'Turkey will "retaliate" …, Erdogan was quoted as saying by Anadolu': the tag says whose words
                return Attribution("cue", **cue_fields(tag, pp), speaker=self._resolve_relative(quoted, pp))
        # (the main verb only: 'challenged the assertion that Grayson had ever
        # "attacked" Clinton' is the challenger's report)
        if lemma_of(verb) not in self.w.SPEECH_VERBS or verb.pos_ not in ("VERB", "AUX") or verb.dep_ != "ROOT":
            return None
        subject = self._subject_child(verb, ranges)
        if subject is None or subject.pos_ not in ("PROPN", "NOUN", "PRON") or self.mute_thing(subject):
            return None
        if any(t.lower_ in self.w.SHARE_WORDS for t in subject.subtree):
            return None  # 'Thirty percent of whites "strongly agree"': a survey's wording, not theirs
        return Attribution("cue", **cue_fields(verb, pp), speaker=self._resolve_relative(subject, pp))

    def _opens_with_verb(self, tag: list[Token]) -> bool:
        """A tag whose first word, past auxiliaries and clitics, reports: 'a
        assuré …', 's'est félicité …', 'said …'."""
        first = next((t for t in tag if not t.is_punct and t.lower_ != EUPHONIC_T and not self.verb_helper(t)), None)
        return first is not None and lemma_of(first) in self.w.SPEECH_VERBS

    @staticmethod
    def _all_name(words: list[Token]) -> bool:
        """Words that are one proper name with its titles ('US Senator Jeff Sessions')."""
        return bool(words) and all(t.pos_ == "PROPN" for t in words)

    @staticmethod
    def _name_head(tok: Token) -> Token:
        """The last word of the proper name a word opens or continues ('Donald' in 'Donald Hartley')."""
        while tok.head.i > tok.i and tok.head.pos_ == "PROPN" and tok.dep_ in NP_LEFT_DEPS:
            tok = tok.head
        return tok

    def _framed_cue(self, token: Token) -> bool:
        """'"…?" Trump went on', '"…," as a memo put it', '« … », a fait savoir
        l'Élysée': a verb that reports only in its frame (a particle, "it", a
        topic, the complement of a light verb, read by word forms too)."""
        lemma = lemma_of(token)
        if lemma in self.w.LIGHT_SPEECH_VERBS:
            after = [t for t in token.doc[token.i + 1 : token.i + 3] if t.pos_ != "DET"][:1]
            if after and after[0].lower_ in self.w.LIGHT_SPEECH_VERBS[lemma]:
                return True
        framed = lemma in self.w.PHRASAL_SPEECH_VERBS or lemma in self.w.IT_SPEECH_VERBS or lemma in self.w.TOPIC_SPEECH_VERBS
        return framed and self.is_cue(token)

    def _impersonal_source(self, words: list[Token], pp: ParsedParagraph) -> Optional[Attribution]:
        """'« … », lit-on dans le communiqué', 'peut-on lire dans le rapport',
        'a-t-on appris auprès de l'Elysée': "on" reads or learns, and the
        words are those of the document or body after the preposition."""
        on = next((k for k, t in enumerate(words) if self.is_impersonal(t)), None)
        if on is None:
            return None
        verb = next((t for t in words if lemma_of(t) in self.w.IMPERSONAL_SOURCE_VERBS), None)
        prep = next((k for k, t in enumerate(words) if t.lower_ in self.w.SOURCE_PREPOSITIONS), None)
        if verb is None or prep is None:
            return self._impersonal_place(words, on, pp)
        return self._body_after(verb, words[prep + 1 :], pp)

    def _impersonal_place(self, words: list[Token], on: int, pp: ParsedParagraph) -> Optional[Attribution]:
        """'« … », souligne-t-on à l'Élysée', 'indique-t-on au Quai d'Orsay':
        "on" speaks for the body right after it, framed as at the start of a
        sentence ('Chez Renault, on indique …')."""
        verb = next((t for t in words[:on] if lemma_of(t) in self.w.SPEECH_VERBS), None)
        frame = next(self.frames_at([t.lower_ for t in words[on + 1 :]]), None)
        if verb is None or frame is None:
            return None
        return self._body_after(verb, words[on + 1 + len(frame) :], pp)

    def _body_after(self, verb: Token, words: list[Token], pp: ParsedParagraph) -> Optional[Attribution]:
        """The cue `verb`, spoken for by the first noun phrase of `words` (the
        document or body after "on" and its preposition or frame)."""
        head = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
        if head is None:
            return None
        return Attribution("cue", **cue_fields(verb, pp), speaker=self.noun_phrase(head, pp))

    def _addressed(self, tok: Token) -> bool:
        """A word of the phrase the speech was addressed to: 'a indiqué à
        l'AFP une source proche du dossier' (the source speaks, not the AFP)."""
        phrase = tok if tok.pos_ in ("NOUN", "PROPN", "PRON") else tok.head
        return any(c.dep_ == "case" and c.lower_ in self.w.ADDRESSEE_PREPOSITIONS for c in phrase.children)

    def _whole_name(self, mention: Mention, pp: ParsedParagraph) -> Mention:
        """'tranche Emmanuel Macron dans un entretien': a capitalised word
        right after a proper name goes on the name, whatever the tagger
        called it ('Macron' tagged an adverb), unless it tells a time."""
        doc = pp.doc
        last = mention.tokens[-1] if mention.tokens else None
        if last is None or last.pos_ != "PROPN":
            return mention
        end = last.i + 1
        # (a proper noun after a name particle is the rest of the name: 'Yann Le | Bris')
        while (end < len(doc) and end - last.i <= 2 and doc[end].is_title and doc[end].is_alpha
               and (doc[end].pos_ not in ("PROPN", "VERB", "AUX") or doc[end].pos_ == "PROPN" and self._particle(doc[end - 1]))
               and not self._is_time_word(doc[end]) and doc[end - 1].whitespace_ == " "):
            end += 1
        return mention if end == last.i + 1 else mention.cover(doc[mention.tokens[0].i : end], pp.offset)

    def _without_apposition(self, tokens: list[Token]) -> list[Token]:
        """'"…?" Miller, a retired worker from a nuclear plant, said': the
        tag's name and verb, without the apposition between them that
        would make the tag too long to read as one."""
        name = 0
        while name < min(len(tokens), 4) and tokens[name].pos_ == "PROPN":
            name += 1
        if not name or name >= len(tokens) or tokens[name].text != ",":
            return tokens
        for k in range(name + 1, min(len(tokens) - 1, name + 16)):
            if tokens[k].text in SENTENCE_STOPS or tokens[k].text in QUOTE_MARKS:
                return tokens
            if tokens[k].text == ",":
                return tokens[:name] + tokens[k + 1 :] if self.is_cue(tokens[k + 1]) else tokens
        return tokens

    def post_quote_verb(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'"You know, it happens, right?" Trump went on' / '…!" Murphy
        tweeted': a name or pronoun and a verb right after a quote that ends
        in a comma, '?' or '!', whatever the verb. Weaker than post_quote_tag,
        so only the filter decides whether the run is kept."""
        if q.close_at is None:
            return None
        after = q.close_at + 1 - pp.offset
        if not self._open_to_a_tag(q, pp, after):
            return None
        words = [t for t in pp.tokens_from(after) if not t.is_punct][:5]
        verb_at = next((i for i, t in enumerate(words) if t.pos_ == "VERB"), None)
        if verb_at is None or verb_at > 3:
            return None
        before = [t for t in words[:verb_at] if t.pos_ in ("PROPN", "PRON", "NOUN")]
        if before and (before[-1].pos_ == "PROPN" or self.is_pronoun(before[-1])):
            return Attribution("tag", **cue_fields(words[verb_at], pp), speaker=self.noun_phrase(before[-1], pp))
        after_verb = [t for t in words[verb_at + 1 : verb_at + 3] if t.pos_ == "PROPN"]
        if not before and after_verb:
            return Attribution("tag", **cue_fields(words[verb_at], pp), speaker=self.noun_phrase(self._name_head(after_verb[0]), pp))
        return None

    def named_tag(self, q: QuoteSpan, pp: ParsedParagraph) -> Optional[Attribution]:
        """'"…?" reacted Trump.', '"…!" beamed Donald Hartley of Madison': a
        finite verb and a proper name right after a quote left open for a
        tag, the verb taking no object, whatever the verb: the verb is the
        tag's cue, a rule's finding (post_quote_verb's weaker reading,
        "tag", is left to the filter)."""
        if q.close_at is None:
            return None
        after = q.close_at + 1 - pp.offset
        if not self._open_to_a_tag(q, pp, after):
            return None
        ranges = self._quoted(pp)
        words: list[Token] = []
        for t in pp.tokens_from(after):
            if self._in_ranges(t, ranges) or t.text in SENTENCE_STOPS:
                break
            if not t.is_punct:
                words.append(t)
        verb_at = next((i for i, t in enumerate(words[:4]) if t.pos_ == "VERB"), None)
        if verb_at is None or words[verb_at].tag_ not in ("VBD", "VBZ", "VBP"):
            return None
        verb = words[verb_at]
        names = words[:verb_at] if verb_at else words[1:2]
        if not self._all_name(names):
            return None
        head = self._name_head(names[-1] if verb_at else names[0])
        # (an object before the verb is the quote itself: '"…," Hannity started.')
        if any(c.dep_ in ("dobj", "obj", "ccomp", "xcomp", "conj") and c != head and c.i > verb.i for c in verb.children):
            return None  # 'Clinton unveiled a $275 billion plan', 'Trump grinned and a guard …': a clause of its own
        return Attribution("cue", **cue_fields(verb, pp), speaker=self.noun_phrase(head, pp))

    def agent_of_sentence(self, q: QuoteSpan, pp: ParsedParagraph, units: list[Span]) -> Optional[Attribution]:
        """A quote with no reporting verb in a sentence about what a person
        did ("Trump later defended his comments as "sarcastic"") is that
        person's words: the subject of the verb that governs it, when the
        subject is a person, an organisation or a personal pronoun."""
        quoted = pp.text[q.start - pp.offset : q.end - pp.offset]
        if quoted[:1].isupper() and len(quoted.split()) < 5:
            return None  # a capitalised name or title: "Asia again", "Mustafa Kırımoğlu"
        if len(quoted.split()) <= 2 and self._modifies_noun_after(q, pp):
            return None  # 'the GOP's "establishment" candidate': the reporter's label
        return self._governing_subject(q, pp, units, "agent", self._human, self._doing)

    def _doing(self, verb: Token) -> bool:
        """'Trump became the first candidate to buy a "promoted trend"',
        'Giuliani wore a hat reading "…"': what the subject is, wears or
        leads is the reporter's label, not the subject's words."""
        return lemma_of(verb) not in self.w.STATE_VERBS

    @staticmethod
    def _described_subject(q: QuoteSpan, verb: Token, pp: ParsedParagraph) -> bool:
        """'the Israeli Air Force is "the best in the world"', 'Mosad was
        being treated for a "…"': the quote says what the subject is or
        undergoes; someone else's words about it."""
        if is_passive(verb):
            return True
        if verb.pos_ != "AUX":
            return False
        # 'Trump is the "kind-hearted" man': inside the attribute, however deep.
        for t in quote_tops(q, pp.doc, pp):
            while t.head != verb and t.head != t:
                t = t.head
            if t.head == verb and t.dep_ in ("attr", "acomp"):
                return True
        return False

    def clause_subject(self, q: QuoteSpan, pp: ParsedParagraph, units: list[Span]) -> Optional[Attribution]:
        """The last resort for a run no rule attributed: the subject of the
        nearest verb above it, whatever the verb and the subject. Whether the
        run is speech at all is left to the filter (see filtering.py)."""
        return self._governing_subject(q, pp, units, "subject", lambda subj: subj.pos_ in ("PROPN", "NOUN", "PRON"))

    def _governing_subject(
        self, q: QuoteSpan, pp: ParsedParagraph, units: list[Span], method: str, accept: Callable[[Token], bool],
        verb_ok: Callable[[Token], bool] = lambda verb: True,
    ) -> Optional[Attribution]:
        """Climb from the quote's root to the first verb (at most six steps,
        never into another quoted run) and attribute the quote to that verb's
        subject when accept(subject) and verb_ok(verb) hold, unless the quote
        only says what the subject is or undergoes."""
        unit = self.unit_of(q, units, pp)
        if unit is None:
            return None
        ranges = self._quoted(pp)
        tok = next(iter(quote_tops(q, unit, pp)), None)
        anc = tok.head if tok is not None else None
        for _ in range(6):
            if anc is None or self._in_ranges(anc, ranges):
                return None
            if anc.pos_ in ("VERB", "AUX"):
                subj = self._subject_child(anc, ranges)
                if subj is not None and accept(subj) and not self._addressee(subj):
                    if self._described_subject(q, anc, pp) or not verb_ok(anc):
                        return None
                    return Attribution(method, **cue_fields(anc, pp), speaker=self._resolve_relative(subj, pp))
            if anc.head == anc:
                return None
            anc = anc.head
        return None

    def _human(self, tok: Token) -> bool:
        if self.is_pronoun(tok):
            kind = self.w.PRONOUNS.get(tok.lower_)
            # 'That makes her "…"': a demonstrative "that" names no one; a
            # relative one stands for the noun its clause hangs on.
            return kind in ("male", "female", "plural") or kind == "relative" and tok.head.dep_ in RELATIVE_CLAUSE_DEPS
        return tok.ent_type_ in ("PERSON", "PER", "ORG", "NORP") and tok.pos_ == "PROPN"

    def attribute_nearest(self, q: QuoteSpan, pp: ParsedParagraph, units: list[Span]) -> Optional[Attribution]:
        """The fallback: the nearest reporting verb of the sentence."""
        unit = self.unit_of(q, units, pp)
        if unit is None or self.is_title_like(q, unit, pp):
            return None
        # 'Sanders was asked by host Bill Maher, who … has previously
        # dismissed the story, "…"': the nearest verb with a speaker.
        cues = [cue for cue in self.nearest_cues(q, unit, pp) if not self._reports_its_own_run(cue, q, pp)]
        found = [self.from_cue(cue, q, pp) for cue in cues]
        found = [att for att in found if not self._relative_on_the_run(att, q, pp)]
        return next((att for att in found if att.speaker is not None), found[0] if found else None)

    def _reports_its_own_run(self, cue: Token, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'stripping out a call for "…" and replacing it with softer
        language calling for "…"': a participle after the quote, hung on a
        noun, that governs a run written after itself reports that run, not
        an earlier one."""
        if cue.dep_ != "acl" or cue.idx < q.outer_end - pp.offset or self._governs(cue, q, pp):
            return False
        return any(r.start - pp.offset > cue.idx and self._governs(cue, r, pp) for r in pp.quotes if r.start > q.start)

    def _relative_on_the_run(self, att: Attribution, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        """'… support for Clinton's "public option", which would allow …': a
        relative right after the run is about what the run names, however the
        parse hung its verb; that verb says nothing of who said the words."""
        mention = att.speaker
        if mention is None or mention.antecedent is not None or mention.text.lower() not in self.w.THING_RELATIVES:
            return False
        return not pp.text[q.end - pp.offset : mention.start - pp.offset].strip(" ,\"“”»«'’")

    def from_cue(self, cue: Token, q: QuoteSpan, pp: ParsedParagraph) -> Attribution:
        after = q.outer_end - pp.offset <= cue.idx
        speaker = self.subject_of(cue, pp, after)
        if speaker is not None and speaker.is_pronoun:
            speaker = self._topic_named(speaker, pp) or speaker
        if speaker is not None and any(t.lower_ in self.w.SHARE_WORDS for t in speaker.tokens):
            # 'In a CNN/ORC poll, 31% of Republicans said they were "…"': the
            # poll reports its respondents.
            poll = next((t for t in cue.sent if t.i < cue.i and lemma_of(t) in self.w.POLL_NOUNS and t.pos_ == "NOUN"), None)
            if poll is not None:
                speaker = self.noun_phrase(poll, pp)
        return Attribution("cue", **cue_fields(cue, pp), speaker=speaker)

    def _topic_named(self, pronoun: Mention, pp: ParsedParagraph) -> Optional[Mention]:
        """'Quant à Olivier Faure, il a estimé que « … »', 'As for Faure, he
        said …': a sentence that opens on a topic frame (the language's
        TOPIC_FRAMES) and a name, then a comma and the pronoun, is about that
        name, whoever spoke before it."""
        tok = pronoun.head_token()
        if tok is None:
            return None
        sent = tok.sent
        words = [t for t in sent if not t.is_space]
        while words and words[0].pos_ == "CCONJ":
            words = words[1:]  # ('Et quant à …')
        lowers = [t.lower_ for t in words]
        frame = next((f.split() for f in self.w.TOPIC_FRAMES if lowers[: len(f.split())] == f.split()), None)
        if frame is None or len(words) <= len(frame):
            return None
        ranges = self._quoted(pp)
        head = self._phrase_head_after(sent, words[len(frame)].i - sent.start, ranges)
        if head is None or head.i >= tok.i or tok.i < 2 or pp.doc[tok.i - 1].text != ",":
            return None
        if any(t.text == "," or t.pos_ in ("VERB", "AUX") for t in pp.doc[head.i + 1 : tok.i - 1] if t.dep_ != "appos"):
            return None  # (the comma right before the pronoun closes the frame's phrase)
        phrase = self.noun_phrase(head, pp)
        first = words[len(frame)]
        if phrase.tokens and phrase.tokens[0].i < first.i:
            phrase = phrase.cover(pp.doc[first.i : phrase.tokens[-1].i + 1], pp.offset)  # (not the frame's "au")
        return phrase

    def _governs(self, cue: Token, q: QuoteSpan, pp: ParsedParagraph) -> bool:
        qs, qe = q.start - pp.offset, q.end - pp.offset
        return any(qs <= t.idx < qe for t in cue.subtree)

    def unit_of(self, q: QuoteSpan, units: list[Span], pp: ParsedParagraph) -> Optional[Span]:
        qs = q.start - pp.offset
        for unit in units:
            if unit.start_char <= qs < unit.end_char:
                return unit
        return None

    def reporting_sentence(self, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """A sentence whose reporting verb has a speaker: it introduces the
        quote that follows it."""
        ranges = self._quoted(pp)
        for cue in unit:
            if self._in_ranges(cue, ranges) or not self.is_cue(cue) or self._busy_weak(cue, ranges):
                continue
            speaker = self.subject_of(cue, pp, False)
            if speaker is not None and not self._thing_goes_on(cue, speaker):
                return Attribution("inherited", speaker=speaker, cue=None)
        return None

    def _thing_goes_on(self, cue: Token, speaker: Mention) -> bool:
        """'Le débat continue.', 'The meeting concluded.': a verb that reports
        only without an object, said of a thing; no one's words follow."""
        head = speaker.head_token()
        return lemma_of(cue) in self.w.OBJECT_BUSY_VERBS and head is not None and head.is_lower and self.mute_thing(head)

    def colon_introducer(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'Trump leaned in and boomed: "…"', 'Frank Newport and Jim Harter: "…"':
        whoever the clause before the colon is about introduces the quote."""
        before = pp.text[: q.outer_start - pp.offset].rstrip()
        if not before.endswith(":"):
            return None
        colon = pp.doc.char_span(len(before) - 1, len(before), alignment_mode="expand")
        if colon is None:
            return None
        start = unit.start if unit.start < colon.start else next((u.start for u in pp.doc.sents if u.start <= colon.start < u.end), 0)
        # (back over a sentence break with no stop before it: 'Odile Ferrand-Lacoste quitte | l’Alliance
        # centrale : « … »', a headline the parse cut after its verb)
        start = self.back_over_unstopped_breaks(pp.doc, start, len(pp.doc), within_line=True)
        return self.before_colon(pp.doc[start : colon.start], colon, pp)

    def before_colon(self, words: Span, colon: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """Whoever the words before a colon are about: the subject of their
        last verb that has one, a byline after a dash, or a bare noun phrase."""
        ranges = self._quoted(pp) + in_markup(pp.text, 0, len(pp.text))
        # ('Sarah Kent (UK):', 'Maria Okafor (D-Ill.):': a bracket closing the words, closed
        # by the colon's token or not, says where the speaker is from; it is no speaker)
        opening = next((t for t in reversed(words) if t.text == "("), None)
        if opening is not None and opening.i > words.start and not any(t.text == ")" for t in words if t.i > opening.i and t.i < words.end - 1):
            words = pp.doc[words.start : opening.i]
        clause = [t for t in words if not self._in_ranges(t, ranges)]
        if not clause:
            return None
        # a dash alone, or glued to the next word ('… all along -More from Blumenthal and Cohen:')
        # (not a hyphen inside a name: 'Quint-Harrow replied by text message:')
        dashes = [t for t in clause if t.text[:1] in DASHES and (len(t.text) == 1 or t.text[1:].isalpha())
                  and (t.i == 0 or t.doc[t.i - 1].whitespace_ or t.whitespace_)]
        if dashes and 0 < colon.start - dashes[-1].i - 1 <= 6:
            # "… problematic - Pew Research: "…"": a byline after a dash.
            name = pp.doc[dashes[-1].i + 1 : colon.start]
            source = [t for t in name if t.lower_ in self.w.INTRODUCER_PREPOSITIONS]
            if source and source[-1].i + 1 < colon.start:  # '- More from Jones:', '- More from the report:'
                name = pp.doc[source[-1].i + 1 : colon.start]
            if name[0].text[:1].isupper() or source and name.root.pos_ in ("NOUN", "PROPN"):  # 'Carl Bialik', 'HuffPollster'
                # the name as written after the dash, not the phrase the parse joined it to
                return _at_colon(colon, pp, self.noun_phrase(name.root, pp).cover(name, pp.offset))
        named = self._presented(clause, colon, pp) or self._owner_of_words(clause, pp, ranges)
        if named is not None:
            return named
        verbs = [t for t in clause if (t.pos_ in ("VERB", "AUX") or self._verb_tagged_noun(t)) and (
            t.dep_ in ("ROOT", "conj", "ccomp", "advcl", "xcomp", "pcomp")
            # 'Bundy says to Santilli, who responds enthusiastically: "…"' (an
            # aside after a comma tells what happened next; 'a candidate who
            # promised deportation:' only says which candidate)
            or t.dep_ in RELATIVE_CLAUSE_DEPS and self.is_cue(t) and t.right_edge.i >= colon.start - 1
            and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",")]
        for verb in reversed(verbs):
            # 'he suggested Curiel was from Mexico:': the reporting verb, not
            # the clause it reports.
            # (climbing only inside the clause: 'but he gave the Texan a compliment:
            # "…"' parsed under the quote's verb is not what "Reid said")
            if verb.dep_ not in RELATIVE_CLAUSE_DEPS:
                verb = next((a for a in self._ancestors_within(verb, clause) if self.is_cue(a)), verb)
            speaker = self.subject_of(verb, pp, False)
            head = speaker.head_token() if speaker is not None else None
            if head is not None and verb != verbs[0] and not self.is_cue(verb) and self.mute_thing(head):
                continue  # '… content that the deal he pushed for happened on his watch:': a deal tells nothing
            if head is not None and head.tag_ in ("WP", "WDT") and head.lower_.endswith("ever") and verb != verbs[0]:
                continue  # ('Holloway had one request for whoever knocks on her door:': no one yet)
            if speaker is not None:
                speaker = self._person_before_colon(speaker, colon, pp)
                return Attribution("colon", **cue_fields(verb, pp), speaker=None if self._the_words_said(speaker) else speaker)
        if not verbs:
            misread = self._source_verb_read_as_noun(clause, colon, pp) or self._verb_read_as_name(clause, pp) \
                or self._verb_hung_on_name(clause, colon, pp)
            if misread is not None:
                return misread
            nouns = [t for t in clause if t.pos_ in ("PROPN", "NOUN") and t.head.i >= colon.start - 1 or t.dep_ == "ROOT" and t.pos_ in ("PROPN", "NOUN")]
            # 'Then, later that month on CNN:' says when, not who.
            nouns = [t for t in nouns if (t.dep_ not in ("npadvmod", "obl:tmod") or t.ent_type_ in ("PERSON", "PER"))
                     and not self._is_time_word(t)]
            source = [c for c in clause[0].children if c.dep_ in ("pobj", "obj")] if clause[0].lower_ in self.w.INTRODUCER_PREPOSITIONS else []
            if source:
                # "From Bush's Facebook post:": the post's owner speaks.
                owner = next((c for c in source[0].children if c.dep_ in ("poss", "nmod:poss")), None)
                nouns = [owner if owner is not None and noun_in(source[0], self.w.SOURCE_NOUNS) else source[0]]
            if nouns:
                mention = self.noun_phrase(nouns[-1], pp)
                return _at_colon(colon, pp, None if self._the_words_said(mention) else mention)
        return None

    def _the_words_said(self, mention: Mention) -> bool:
        """'The reply came fast:', « Réplique cinglante : »: a word for what
        is said, not a document that speaks for its issuer, introduces the
        words, not who said them."""
        head = mention.head_token()
        if head is None or noun_in(head, self.w.SOURCE_NOUNS):
            return False
        if any(t.pos_ not in ("DET", "ADJ") for t in mention.tokens if t.i != head.i):
            return False  # ('Témoignage de Gwenola Kerguelen'h :': whose words, the phrase says)
        # (opening its sentence, capitalised, the small tagger may call it a name: « Réplique cinglante : »)
        return speech_noun(head, self.w) or head.is_sent_start and head.lower_ in self.w.SPEECH_NOUNS

    def _verb_hung_on_name(self, clause: list[Token], colon: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'Odile Ferrand-Lacoste quitte l’Alliance centrale : « … »': a
        headline's finite verb the parse hung on the name before it as an
        adjective; the name is its subject."""
        for tok in clause:
            head = tok.head
            if tok.pos_ == "VERB" and tok.dep_ in ("amod", "acl") and tok.morph.get("VerbForm") == ["Fin"] \
                    and head.i < tok.i and head.ent_type_ in ("PERSON", "PER"):
                name = pp.doc[head.left_edge.i : tok.i]
                return Attribution("colon", **cue_fields(tok, pp), speaker=self.noun_phrase(head, pp).cover(name, pp.offset))
        return None

    def _source_verb_read_as_noun(self, clause: list[Token], colon: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """'The statement from her office read:' parsed as a statement from
        "her office read", one noun: a reporting verb's form tagged a noun
        right before the colon, closing the phrase after a document's "from",
        is the verb, and the words of its phrase before it say whose
        document speaks."""
        last = clause[-1]
        if last.i != colon.start - 1 or last.pos_ != "NOUN" or last.dep_ not in ("pobj", "obj"):
            return None
        if lemma_forms(self.w.CODE).get(last.lower_) not in self.w.SPEECH_VERBS or not noun_in(last.head.head, self.w.SOURCE_NOUNS):
            return None
        owner = next((c for c in last.children if c.dep_ == "compound" and c.i == last.i - 1), None)
        if owner is None:
            return None
        words = pp.doc[last.left_edge.i : last.i]
        return Attribution("colon", **cue_fields(last, pp), speaker=self.noun_phrase(owner, pp).cover(words, pp.offset))

    def _verb_read_as_name(self, clause: list[Token], pp: ParsedParagraph) -> Optional[Attribution]:
        """'Un diplomate européen, sous couvert d'anonymat, résume :', 'Elle a
        lu un texte :' with the verb tagged a proper noun: a word in lower
        case is no name. Read as the verb, its subject speaks, or the noun
        phrase the clause opens with when the parse gave it none."""
        verb = next((t for t in reversed(clause) if t.pos_ == "PROPN" and t.dep_ == "ROOT" and t.text.islower()), None)
        if verb is None:
            return None
        subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None) or next(
            (t for t in clause if t.i < verb.i and t.pos_ in ("NOUN", "PROPN", "PRON") and t.dep_ in ("ROOT", *SUBJECT_DEPS)), None)
        if subject is None:
            return None
        return Attribution("colon", **cue_fields(verb, pp), speaker=self.noun_phrase(subject, pp))

    @staticmethod
    def _verb_tagged_noun(tok: Token) -> bool:
        """'Son collègue Marc, aide-soignant, partage sa colère :' with
        "partage" tagged a noun: a root noun with a subject is a verb."""
        return tok.pos_ == "NOUN" and tok.dep_ == "ROOT" and any(c.dep_ in ("nsubj", "nsubj:pass") for c in tok.children)

    @staticmethod
    def _ancestors_within(tok: Token, clause: list[Token]) -> Iterator[Token]:
        """The token's ancestors up to the first one outside the clause."""
        inside = {t.i for t in clause}
        for a in tok.ancestors:
            if a.i not in inside:
                return
            yield a

    def _presented(self, clause: list[Token], colon: Span, pp: ParsedParagraph) -> Optional[Attribution]:
        """"Here's Clinton in December 1992:": whoever is presented speaks."""
        if clause[0].lower_ not in self.w.PRESENTATIVES:
            return None
        shown = next((t for t in clause[1:] if t.pos_ in ("PROPN", "NOUN") and not self._is_time_word(t)), None)
        return _at_colon(colon, pp, self.noun_phrase(shown, pp)) if shown is not None else None

    def _owner_of_words(self, clause: list[Token], pp: ParsedParagraph, ranges: list[tuple[int, int]]) -> Optional[Attribution]:
        """'… a cultish blind faith in Obama's word:': the named owner of the
        words the colon opens says them."""
        last = clause[-1]
        if not speech_noun(last, self.w):
            return None
        owner = self._possessor(last, ranges)
        if owner is None or owner.pos_ != "PROPN":
            return None
        return Attribution("colon", **cue_fields(last, pp), speaker=self.noun_phrase(owner, pp))

    def _person_before_colon(self, speaker: Mention, colon: Span, pp: ParsedParagraph) -> Mention:
        """'The timing of Sanders’ surge doesn’t surprise Republican pollster
        Daron Shaw: "…"': when the clause's subject is no one, the person
        named right before the colon speaks."""
        if any(t.ent_type_ in ("PERSON", "PER") or self.is_pronoun(t) for t in speaker.tokens):
            return speaker
        last = pp.doc[colon.start - 1] if colon.start > 0 else None
        if last is None or last.ent_type_ not in ("PERSON", "PER") or last.dep_ not in ("dobj", "obj", "appos"):
            return speaker
        return self.noun_phrase(last, pp)

    def previous_subject(self, unit: Span, units: list[Span], pp: ParsedParagraph) -> Optional[Mention]:
        """The subject of the sentence before: who 'Adding: "…"' continues."""
        idx = units.index(unit) if unit in units else -1
        if idx <= 0:
            return None
        subj = self.main_subject(units[idx - 1], pp)
        return self._resolve_relative(subj, pp) if subj is not None else None

    def main_subject(self, unit: Span, pp: ParsedParagraph) -> Optional[Token]:
        """The subject of a sentence's main verb, outside quotes."""
        return self._subject_child(unit.root, self._quoted(pp))

    def same_speaker(self, subject: Token, speaker: Mention) -> bool:
        """Whether a sentence's subject is surely the speaker just quoted: a
        singular personal pronoun, or the same last name (a name the parse
        tagged a noun, but a person, too: 'which Mozloom thinks')."""
        gender = self.w.PRONOUNS.get(subject.lower_)
        if gender in ("male", "female"):
            if speaker.is_pronoun:
                return self.w.PRONOUNS.get(speaker.text.lower()) == gender
            return any(t.ent_type_ in ("PERSON", "PER") for t in speaker.tokens)
        names = {t.lower_ for t in subject.subtree if t.pos_ == "PROPN" or t.ent_type_ in ("PERSON", "PER")}
        return bool(names) and bool(speaker.tokens) and names <= {t.lower_ for t in speaker.tokens}

    def has_narrative(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> bool:
        """Whether the quote's sentence says anything outside its quotes but
        a linking word ('Then, "…"', 'And "…"'). After the quote only a verb
        with a subject of its own tells something new: '"…" to support him',
        '"The government is alleging that …" were provoking violence' go on
        with the quoted words."""
        ranges = self._quoted(pp)
        outside = [t for t in unit if not self._in_ranges(t, ranges) and t.is_alpha and t.lower_ not in self.w.LINKING_WORDS]
        before = [t for t in outside if t.idx < q.outer_start - pp.offset]
        if before and self._bare_lead_in(q, unit, pp):
            before = []
        # '"…" - increasing his name recognition': a fragment after the quote
        # with no clause of its own says nothing of who spoke.
        return bool(before) or any(
            t.pos_ in ("VERB", "AUX") and t.tag_ not in ("VBG", "VBN") and self._subject_child(t, ranges) is not None
            for t in outside
        )

    def _bare_lead_in(self, q: QuoteSpan, unit: Span, pp: ParsedParagraph) -> bool:
        """'Then, later that month on CNN: "…"', '… devant la presse. Puis,
        plus bas : « … »': a colon after words of the quote's own sentence
        that name no one and do nothing only says when or how; whoever spoke
        last speaks on."""
        words = self._words_before(q, pp)
        if not words or words[-1].text != ":":
            return False
        lead = [t for t in self._lead_in(q, pp) if not t.is_punct and t.i >= unit.start]
        return bool(lead) and not any(
            t.pos_ in ("VERB", "AUX", "PRON") or t.ent_type_ in ("PERSON", "PER", "NORP") for t in lead
        )


def _fronted_participle(verb: Token) -> bool:
    """A past participle opening its sentence ('Interrogée par l'AFP, …',
    'Asked about the deal, …'): a clause about the one who then speaks."""
    first = next((t for t in verb.sent if not t.is_punct and not t.is_space), None)
    return first is not None and first.i == verb.i and (verb.tag_ == "VBN" or verb.morph.get("VerbForm") == ["Part"])


def _talks_about(verb: Token, opening: int, qe: int) -> bool:
    """The quote (from its opening mark to qe, paragraph offsets) lies
    inside the verb's subject, which opens before it: 'this CNN "reporter"
    has revealed her bias' is about the words, the verb does not report
    them (a subject that opens on the quote, or a second subject after the
    verb, is a misparsed tag: '… signals "…" for the EU, said Wilders')."""
    subjects = [c for c in verb.children if c.dep_.startswith(SUBJECT_DEP_PREFIXES)]
    if len(subjects) != 1 or subjects[0].i > verb.i:
        return False
    subject = subjects[0]
    return subject.left_edge.idx < opening and qe <= subject.right_edge.idx + len(subject.right_edge)


def _opens_subordinate(tok: Token) -> bool:
    """The word that opens an adverbial clause: 'After' (a mark), or 'When'
    (which the English parser hangs as an adverb of the clause's verb, and at
    times makes that verb the root: 'When someone shouted, "…," Beck joked')."""
    if tok.dep_ == "mark":
        return tok.head.dep_ == "advcl"
    if tok.dep_ != "advmod" or tok.tag_ != "WRB" or tok.i > tok.head.i:
        return False
    return tok.head.dep_ == "advcl" or (tok.head.dep_ == "ROOT" and tok.is_sent_start)




def _at_colon(colon: Span, pp: ParsedParagraph, speaker: Optional[Mention]) -> Attribution:
    """An attribution whose cue is the colon itself (only the mark, when the
    tokenizer glued something to it)."""
    at = colon.start_char + max(colon.text.rfind(":"), 0)
    return Attribution("colon", cue=":", cue_start=at + pp.offset, cue_end=at + 1 + pp.offset, speaker=speaker)


def _clause_openers(verb: Token) -> list[Token]:
    """The words that open the adverbial clause a verb heads ("as", "because",
    "after"; "when", which the English parse makes a WH adverb, not a mark)."""
    if verb.dep_ != "advcl":
        return []
    return [c for c in verb.children
            if c.dep_ == "mark" or c.dep_ == "advmod" and c.tag_ == "WRB" and c.i == verb.left_edge.i]




def _finite(tok: Token) -> bool:
    """A finite verb, by the Penn tag (English pipelines run without the
    attribute_ruler that sets morphology) or by its morphology."""
    return tok.tag_ in ("VBZ", "VBD", "VBP") or "Fin" in tok.morph.get("VerbForm")
