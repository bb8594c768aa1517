"""Who said each quoted run of an article, and by which rule.

The rules of `attribution.Attributor` read one run in one parsed paragraph;
an article's runs also lean on each other: a paragraph that reopens a quote
goes on with its speaker, a cue-less quote right after an attributed one
inherits it unless someone else took the floor in between, a run listed
after another ("a "human leech" and a "spoiled brat"") shares its speaker,
and a digest's excerpt or a letter's dash byline is attributed after the
run. AttributionFinder walks the runs in order, tries the rules on each and
remembers what it found, so these carried-over attributions read its earlier
answers instead of parsing again.
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from types import ModuleType
from typing import Iterator, Optional

from spacy.tokens import Span, Token

from .attribution import Attributor
from .clauses import SUBJECT_DEPS
from .lang import lemma as lemma_of
from .lexicon import fold, person_noun
from .marks import DASH_CLASS, DASHES, Paragraph, QuoteSpan
from .mentions import Attribution, Mention, ParsedParagraph, cue_fields
from .titles import WORK_TITLE_MAX_WORDS, title_case

# '- Hillary Clinton.', '-Michelle Marks, Philadelphia.', '-President Obama,
# tweeting after the speech.': a name, then at most a short description.
BYLINE_PARAGRAPH = re.compile(r"^\s*" + DASH_CLASS + r"+\s*((?:[A-Z][\w.’'-]*\s?){1,5}?)(?:,(?:\s+[^\s,]+){1,8})?[.,]?\s*$")

# '“… have Syrian roots.” [Reuters.]', '… lifestyles.” [WaPo]': a digest's
# excerpt, then the outlet it comes from in square brackets.
BRACKETED_SOURCE = re.compile(r"[ \t\u00a0]*\[([A-Z0-9][\w&’'./ -]{0,40}?)\.?\](?=\s|$)")

#: Fewest words of a run quoted in a sentence about no one for it to go on
#: with the speaker before: shorter runs there are labels ('a "dry port"').
REPORTED_ON_MIN_WORDS = 4
LEAD_NAME_REACH = 16  # tokens of an interview's lead searched for its guest's name
OPENING_PARAGRAPHS = 3  # the headline and the paragraphs after it, where an interview is announced
# 'a "human leech …" and a "spoiled brat"': nothing between two runs but a
# coordinator; the second is said by whoever said the first.
LISTED_RUNS = re.compile(r"\s*,\s*")  # '« … », « … », ont scandé': a comma alone between two runs lists them
COORDINATED_RUNS = re.compile(r"\s*,?\s*(?:and|or)?\s*(?:a|an|the)?\s*$")


def announces_interview(paragraph: str, w: ModuleType) -> bool:
    """A paragraph opening with one of the language's INTERVIEW_LEADS
    ('Entretien avec …', 'Q&A with …'), or saying anywhere in it that an
    interview follows (INTERVIEW_WORDS: « Entretien réalisé lundi », « la
    nouvelle ministre était l'invitée de Radio Cité »)."""
    folded = fold(paragraph.replace("’", "'"))
    return folded.lstrip().startswith(tuple(w.INTERVIEW_LEADS)) or any(word in folded for word in w.INTERVIEW_WORDS)


class AttributionFinder:
    """Tries the rules in order for each quote, remembering earlier answers
    for continuations and inherited speakers."""

    def __init__(self, attributor: Attributor, parsed: dict[int, ParsedParagraph], spans: list[QuoteSpan], paragraphs: list[Paragraph], text: str):
        self.a = attributor
        self.parsed = parsed
        self.spans = spans
        self.paragraphs = paragraphs
        self.text = text
        self.units = {i: attributor.units(pp) for i, pp in parsed.items()}
        self._dialogue_starts: Optional[list[int]] = None  # _dialogue_start's answers, made on first ask
        self._leads: dict[int, Optional[ParsedParagraph]] = {}  # _interview_lead's answers, by dialogue start
        self._asking_turns: dict[int, Optional[int]] = {}  # _asking_parity's answers, by dialogue start
        self._questioners: dict[int, tuple[Optional[Mention], Optional[Mention]]] = {}  # _questioning's answers, by lead offset
        self._answered: Optional[set[int]] = None  # _plain_answers, made on first ask
        self.found: dict[int, Attribution] = {}
        self.tagged_ahead: set[int] = set()  # quotes whose tag is the next paragraph's (_continued_by)

    def unit(self, n: int) -> Optional[Span]:
        """The sentence (or clause unit) of the paragraph that holds run n."""
        span = self.spans[n]
        return self.a.unit_of(span, self.units[span.paragraph], self.parsed[span.paragraph])

    def sentence_start(self, n: int) -> int:
        """Where run n's sentence starts in the article (the run's own start
        when the paragraph was not parsed): pronouns look back from there."""
        unit = self.unit(n)
        pp = self.parsed[self.spans[n].paragraph]
        return unit.start_char + pp.offset if unit is not None else self.spans[n].start

    def title_like(self, n: int) -> bool:
        """Whether run n names something (a headline, a title, a term, or a
        title listed after one) rather than reports speech."""
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
        return title_case(self.a.w, self.text[span.start : span.end], WORK_TITLE_MAX_WORDS) and self.title_like(n - 1)

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
        if span.style == "dash" and self._interview_lead(n) is not None and self._asks(n):
            # an interviewer's question: no one's quotation, unless the lead names
            # who questions ('Le président de la cour, X, a interrogé l'accusé')
            asker = self._questioning(self._interview_lead(n))[0]
            if asker is None:
                return None
            self.found[n] = Attribution("inherited", speaker=asker, cue=None)
            return self.found[n]
        pp = self.parsed[span.paragraph]
        units = self.units[span.paragraph]
        att = self._with_speaker(n, self.a.attribute(span, pp, units)) or self._listed_before_a_tag(n)
        if att is None and span.continued_from is not None and span.continued_from in self.found \
                and span.continued_from not in self.tagged_ahead:
            prev = self.found[span.continued_from]
            att = Attribution("continuation", speaker=prev.speaker, cue=prev.cue, cue_start=prev.cue_start, cue_end=prev.cue_end)
        if att is None:
            att = self.a.post_quote_tag(span, pp) or self.a.pre_quote_verb(span, pp) or self.a.verb_in_quote(span, pp) \
                or self._byline_paragraph(n) or self._bracketed_source(n) or self.a.words_taken_up(span, pp)
        if att is None and (unit := self.unit(n)) is not None:
            att = self.a.colon_introducer(span, unit, pp)
        if att is None:
            att = self._resumed_after_aside(n) or self._same_sentence_as_previous(n)
        if att is None:
            att = self.a.attribute_nearest(span, pp, units)
            if att is not None and self._narrative_infinitive(att, pp):
                att = self._with_speaker(n, att)
        if att is None:
            att = self._introduced(n) or self._named_after(n)
        if att is None:
            att = self._named_tag(n)
        if att is None:
            att = self._dialogue_turn(n) if span.style == "dash" else self._inherited(n)
            if span.continues:
                att = self._continued_by(n, att)
        if att is None:
            att = self.a.agent_of_sentence(span, pp, units)
        if att is None:
            att = self._reported_on(n) or self._led_by_narrative(n)
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
        turn = Attribution("inherited", speaker=self._interviewee(n), cue=None)
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

    def _interviewee(self, n: int) -> Optional[Mention]:
        """'Entretien avec la navigatrice Camille Brevet. / — Comment … ? /
        — Avec humilité.': the person named in an interview's lead (a
        paragraph opening with one of the language's INTERVIEW_LEADS, right
        before the first line of the dialogue) says its lines that ask
        nothing; the interviewer who asks is not named, and the questions
        are no one's quotation (see find)."""
        lead = self._interview_lead(n)
        if lead is None or self._asks(n):
            return None
        asked = self._questioned_subject(lead) or self._questioning(lead)[1]
        if asked is not None:
            return asked
        person = next((e for e in lead.doc.ents if e.label_ in ("PERSON", "PER")), None)
        root = person.root if person is not None else self._guest_subject(lead) or self._capitalised_name(lead)
        if root is None and lead.index < OPENING_PARAGRAPHS:
            return self._headline_person()
        return self.a.noun_phrase(root, lead) if root is not None else None

    def _headline_person(self) -> Optional[Mention]:
        """The person a headline names, or who says its quote ('Véronique
        Stassart-Mbala : « … »' over 'la ministre répond aux critiques.
        Entretien réalisé lundi'): the guest of the interview it heads."""
        headline = self.parsed.get(0)
        if headline is None:
            return None
        person = next((e for e in headline.doc.ents if e.label_ in ("PERSON", "PER")), None)
        if person is not None:
            return self.a.noun_phrase(person.root, headline)
        # (the headline's runs open the article's: read them only, not every quote found so far)
        headline_runs = itertools.takewhile(lambda k: self.spans[k].paragraph == 0, range(len(self.spans)))
        said = next((self.found[k] for k in headline_runs if k in self.found), None)
        return said.speaker if said is not None else None

    def _questioning(self, lead: ParsedParagraph) -> tuple[Optional[Mention], Optional[Mention]]:
        """(who asks, who answers) in a lead whose verb is one of questioning
        ('Le président de la cour, Jean-Marc Dufresne-Lavallée, a longuement
        interrogé l'accusé'): its subject and its object; (None, None) else.
        Read once per lead: every line of its dialogue asks it."""
        if lead.offset not in self._questioners:
            self._questioners[lead.offset] = self._read_questioning(lead)
        return self._questioners[lead.offset]

    def _read_questioning(self, lead: ParsedParagraph) -> tuple[Optional[Mention], Optional[Mention]]:
        verb = next((t for t in lead.doc if t.pos_ == "VERB" and lemma_of(t) in self.a.w.QUESTIONING_VERBS), None)
        if verb is None:
            return None, None
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "nsubj:pass")), None)
        # (an object with its article, whatever the parse made of it: « interrogé l'accusé », "accusé" a verb)
        asked = next((c for c in verb.children if c.dep_ in ("dobj", "obj")
                      or c.dep_ == "xcomp" and any(d.dep_ == "det" and d.i < c.i for d in c.children)), None)
        if subject is None or asked is None or verb.dep_ in ("nsubjpass", "nsubj:pass"):
            return None, None
        return self.a.noun_phrase(subject, lead), self.a.noun_phrase(asked, lead)

    def _asks(self, n: int) -> bool:
        """Dialogue line n is the asking side's turn: it ends with a question
        mark, or it stands, untagged, where the dialogue's questions all
        stand, every other line ('— Vous confirmez pourtant la fermeture de
        quatorze magasins…' between two answers)."""
        if self._question(n):
            return True
        start = self._dialogue_start(n)
        if start not in self._asking_turns:  # (weighed once per dialogue: an interview may hold hundreds of lines)
            self._asking_turns[start] = self._asking_parity(start)
        parity = self._asking_turns[start]
        if parity is None or (n - start) % 2 != parity:
            return False
        span = self.spans[n]
        # (a line with its incise says who speaks: '— Il ne fallait pas …, rétorque la présidente.')
        return not self.text[span.end : self.paragraphs[span.paragraph].end].strip(" \t\u00a0\u202f.…!?»”\"\n")

    def _asking_parity(self, start: int) -> Optional[int]:
        """The parity, counted from the dialogue's first line, of the lines
        that ask: the one all its questions stand on when two or more ask;
        the first line's when it asks and the lead names who questions."""
        end = start
        while end < len(self.spans) and self._dialogue_start(end) == start:
            end += 1
        asked = [k for k in range(start, end) if self._question(k)]
        if len(asked) >= 2:
            parities = {(k - start) % 2 for k in asked}
            return parities.pop() if len(parities) == 1 else None
        lead = self._interview_lead(start)
        return 0 if asked == [start] and lead is not None and self._questioning(lead)[0] is not None else None

    def _questioned_subject(self, lead: ParsedParagraph) -> Optional[Mention]:
        """'Interrogé par la présidente de la cour, Catherine Aubry-Mansour,
        l'accusé a livré …': a lead whose opening participle names who asks
        (after "par", "by") answers with its subject, not with that name."""
        first = next((t for t in lead.doc if not t.is_punct), None)
        if first is None or first.morph.get("VerbForm") != ["Part"] and first.tag_ != "VBN":
            return None
        if not any(t.lower_ in self.a.w.PASSIVE_AGENT_WORDS for t in first.subtree):
            return None
        main = first.head if first.head != first else None
        subject = next((c for c in main.children if c.dep_ in ("nsubj", "nsubj:pass", "nsubjpass")), None) if main is not None else None
        if subject is None or subject.i < first.right_edge.i:
            return None
        return self.a.noun_phrase(subject, lead)

    def _interview_lead(self, n: int) -> Optional[ParsedParagraph]:
        """The paragraph right before the dialogue of line n, when it opens
        with one of the language's INTERVIEW_LEADS ('Entretien avec …'), or
        when the dialogue opens with an untagged question (the interviewer's:
        'Présidente de la fédération, Agnès Perrotin … nous a reçus. / —
        Trente fermetures en un an, c'est un record ?')."""
        start = self._dialogue_start(n)
        if start not in self._leads:  # (asked of every line of the dialogue: the attribution is weighed once)
            self._leads[start] = self._lead_before(start)
        return self._leads[start]

    def _lead_before(self, start: int) -> Optional[ParsedParagraph]:
        """_interview_lead for the dialogue opening with line `start`: the
        paragraph before it, or the headline or an opening paragraph that
        announces the interview ('Entretien avec Nolwenn Keraudren, …' then
        a standfirst naming others) when the dialogue opens with a question."""
        lead = self.parsed.get(self.spans[start].paragraph - 1)
        if lead is not None and self._announces_interview(lead):
            return lead
        opening = next((self.parsed[i] for i in range(min(OPENING_PARAGRAPHS, self.spans[start].paragraph))
                        if i in self.parsed and self._announces_interview(self.parsed[i])), None)
        if start in self._plain_answers():
            return opening  # ('Entretien réalisé lundi …' above questions printed plain, each answered by a line)
        untagged_question = self._question(start) and self.a.attribute(
            self.spans[start], self.parsed[self.spans[start].paragraph], self.units[self.spans[start].paragraph]) is None
        if not untagged_question:
            return None
        return opening or lead

    def _plain_answers(self) -> set[int]:
        """The dialogue lines that answer a question printed plain, with no
        mark ('Vous avez fixé une date butoir ? / – Fin avril.'): a line
        right after a paragraph of the writer's own that ends on a question
        mark or an ellipsis, or that stands between two such answers ('Les
        écologistes estiment … / – C'est un débat des années 2000.'). Found
        for every line at once, on first ask."""
        if self._answered is None:
            quoted = {span.paragraph for span in self.spans}
            self._answered = set()
            for i, span in enumerate(self.spans):
                before = span.paragraph - 1
                if span.style != "dash" or before < 0:
                    continue
                para = self.paragraphs[before]
                # (a question may quote what it asks about: '… parlé d'« un hiver à haut risque ». Il exagère ?')
                ending = self.text[para.start : para.end].rstrip()
                asked = ending.endswith("?") or ending.endswith(("…", "...")) and before not in quoted
                prev = self.spans[i - 1] if i else None
                if asked or prev is not None and i - 1 in self._answered and prev.paragraph == before - 1:
                    self._answered.add(i)
        return self._answered

    def _announces_interview(self, pp: ParsedParagraph) -> bool:
        return announces_interview(pp.text, self.a.w)

    def _guest_subject(self, lead: ParsedParagraph) -> Optional[Token]:
        """The person a lead naming no one makes the subject of its last
        sentence ('Ce mardi matin, la nouvelle ministre était l'invitée de
        Radio Cité. Extraits.'): a noun for a person, which the speaker's
        resolution then reads as any description (the minister named before)."""
        for sent in reversed(list(lead.doc.sents)):
            # (or, where the parse found no subject, a definite noun for a person outside any
            # prepositional phrase: the parse may hang 'la nouvelle ministre' on a noun before it)
            subject = next((t for t in sent if t.dep_ in SUBJECT_DEPS), None) or next(
                (t for t in sent if t.pos_ == "NOUN" and person_noun(t.lower_, self.a.w)
                 and any(c.dep_ == "det" for c in t.children) and not any(c.dep_ == "case" for c in t.children)), None)
            if subject is not None:
                return subject if subject.pos_ == "NOUN" and person_noun(subject.lower_, self.a.w) else None
        return None

    def _capitalised_name(self, lead: ParsedParagraph) -> Optional[Token]:
        """The last word of the first run of two capitalised words or more in
        an interview's lead, when the NER tagged no person there ('Entretien
        avec la navigatrice Marion Le Dantec', read as a noun and a place)."""
        run: list[Token] = []
        for tok in list(lead.doc)[1:LEAD_NAME_REACH]:
            if tok.is_title and tok.is_alpha or run and tok.lower_ in self.a.w.NAME_PARTICLES:
                run.append(tok)
            elif len(run) >= 2:
                break
            else:
                run = []
        while run and run[-1].lower_ in self.a.w.NAME_PARTICLES:
            run.pop()
        return run[-1] if len(run) >= 2 else None

    def _dialogue_start(self, n: int) -> int:
        """The first line of the run of dialogue lines, one per paragraph,
        that line n belongs to (found for every line at once, on first ask,
        so that a long interview is read once)."""
        if self._dialogue_starts is None:
            starts: list[int] = []
            for i, span in enumerate(self.spans):
                prev = self.spans[i - 1] if i else None
                joined = prev is not None and prev.style == span.style == "dash" and prev.paragraph == span.paragraph - 1
                starts.append(starts[-1] if joined else i)
            self._dialogue_starts = starts
        return self._dialogue_starts[n]

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

    def _named_after(self, n: int) -> Optional[Attribution]:
        """'“Whoever has it, please leave it somewhere safe.” The plea came
        from the retired violinist Ilse Brandauer', '« Elle a été refusée. »
        C'est ce qu'a affirmé jeudi Grégoire Saint-Amand': a quote that is a
        sentence of its own, then a sentence that opens by pointing back at
        it (the language's BACK_REFERENCES) and names who said it, as the
        object of the opener's last preposition or the subject of the verb
        after the opener."""
        span = self.spans[n]
        para = self.paragraphs[span.paragraph]
        before = self.text[para.start : span.outer_start].rstrip()
        if span.close_at is None or before and before[-1] not in ".!?…»”\"":
            return None
        opener = back_reference(self.a.w).match(self.text, span.outer_end, para.end)
        if opener is None:
            return None
        pp = self.parsed[span.paragraph]
        words = [t for t in pp.tokens_from(opener.end() - pp.offset) if not t.is_space]
        words = words[: next((i for i, t in enumerate(words) if t.text in (".", "!", "?")), len(words))]
        if fold(opener.group().split()[-1]) in self.a.w.BACK_REFERENCE_PREPOSITIONS:
            head = next((t for t in words if t.pos_ in ("NOUN", "PROPN")), None)
            while head is not None and head.dep_ in ("poss", "nmod:poss", "compound", "amod") and head.head in words:
                head = head.head  # ('from Marchetti's former teacher, …': the teacher)
            # ('…, the retired violinist Ilse Brandauer': the person named, set off after the noun)
            clause = words[: next((i for i, t in enumerate(words) if t.tag_ in ("VBD", "VBZ", "VBP")), len(words))]
            named = next((t for t in clause if t.ent_type_ in ("PERSON", "PER")), None)
            head = named or head
            return Attribution("intro", speaker=self.a.noun_phrase(head, pp)) if head is not None else None
        verb = next((t for t in words if t.pos_ in ("VERB", "AUX") and t.dep_ not in ("aux", "aux:tense", "cop")), None)
        if verb is None:
            return None
        subject = self.a._subject_child(verb, self.a._quoted(pp))
        if subject is None:  # ('qu'a affirmé jeudi le promoteur X': the subject after its verb)
            subject = next((t for t in words if t.i > verb.i and (t.pos_ == "PROPN" or person_noun(t.lower_, self.a.w))), None)
        if subject is None or self.a.is_pronoun(subject):
            return None
        return Attribution("intro", **cue_fields(verb, pp), speaker=self.a.noun_phrase(subject, pp))

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

    def _led_by_narrative(self, n: int) -> Optional[Attribution]:
        """A whole quoted sentence no rule tagged, right after a sentence of
        its paragraph about a person: that person's words (Attributor.narrative_lead)."""
        span, unit = self.spans[n], self.unit(n)
        pp = self.parsed[span.paragraph]
        if unit is None or not self._opens_its_sentence(n, unit, pp) or self.title_like(n):
            return None
        if self.text[span.outer_end : unit.end_char + pp.offset].strip(" \t\n.!?…"):
            return None  # (a sentence of its own, not a title it opens: '“Lilyhammer” follows a mobster')
        units = self.units[span.paragraph]
        idx = units.index(unit)
        return self.a.narrative_lead(units[idx - 1], pp) if idx > 0 else None

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
        if unit is None or len(words) < REPORTED_ON_MIN_WORDS or title_case(self.a.w, " ".join(words)):
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



@lru_cache(maxsize=None)
def back_reference(w: ModuleType) -> "re.Pattern[str]":
    """A language's BACK_REFERENCES as one pattern, past the quote's closing
    punctuation, compiled once."""
    return re.compile(r"[\s.!?…»”\"]*(?:" + "|".join(w.BACK_REFERENCES) + ")", re.I)


def _speaker_holds(att: Attribution, span: QuoteSpan, text: str) -> bool:
    """'an unaligned "Wyoming first" push, which proposed …': the run names
    the speaker (or what its relative pronoun stands for); it is not its words."""
    mentions = [att.speaker, att.speaker.antecedent] if att.speaker is not None else []
    # 'wrote the authors of the "Growth and Opportunity Project,"': the
    # comma the run keeps inside its marks is no part of the name.
    end = span.start + len(text[span.start:span.end].rstrip(" ,.;:"))
    return any(m is not None and m.start <= span.start and end <= m.end for m in mentions)


def _starts_sentence(text: str, span: QuoteSpan) -> bool:
    """Whether a run opens its sentence (nothing before it, a sentence stop,
    a colon, or a bare "said" right before): what makes it a full quote."""
    before = text[: span.outer_start].rstrip()
    return not before or before[-1] in ".!?:\n" or before.endswith(("said", "says"))
