"""Resolve a speaker mention to a name within one article.

No coreference model: a pronoun goes to the most recent compatible person
(gender and number agreement, subjects first, the article's main subject as
a fallback); a surname goes to the fullest form of that name in the article;
"the statement" goes to the organisation that issued it.
"""
from __future__ import annotations

import bisect
import heapq
import itertools
import re
from dataclasses import dataclass, field
from functools import lru_cache
from types import ModuleType
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence, TypeVar

from spacy.tokens import Doc, Span, Token

from .acronyms import in_full, spelled_out
from .lang import lemma as lemma_of
from .lang import lemma_forms, sentence_openers, speech_verb_forms
from .lexicon import (
    after_honorific, body_nouns, census_first_names, census_gender, ending_gender, every_title, first_name_gender, fold, honorific_gender, honorifics, known_first_name, morph_gender, noun_in, person_noun, role_noun, role_titles, speaking_nouns, speech_noun,
)
from .marks import DASHES
from .mentions import ELIDED_PARTICLE, NAME_HYPHENS, doc_text, person_entity_at, whole_name_words
from .ranges import in_ranges
from .speakers import HYPHENED_PARTICLE, HYPHENED_SURNAME, POSTNOMINALS, same_person, without_particle, without_postnominals

T = TypeVar("T")

# How far back the word before a position is read (longer than any word).
WORD_REACH = 100
# An elided article or preposition glued to its word ("l'adjoint", "d'État").
ELIDED = re.compile(r"\b((?:[ldjnmtsc]|qu)['’])(?=\w)", re.IGNORECASE)
# 'David and Elena Marsh': two first names and the surname they share.
COUPLE = re.compile(r"\b([A-Z][a-z]+) (?:and|&) ([A-Z][a-z]+) ([A-Z][\w’'-]+)\b")
# A body's name: capitalised words, joined by small words ('Ministry of Health', 'Devon and Cornwall Police').
BODY_NAME = re.compile(r"(?<![\w’'.])(?:The[^\S\n]+)?([A-Z][\w’'&.-]*(?:(?:[^\S\n]+(?:of|for|and)(?:[^\S\n]+the)?)?[^\S\n]+[A-Z][\w’'&-]*)*)")


@lru_cache(maxsize=None)
def name_run(words: ModuleType) -> re.Pattern:
    """A run of capitalised words the name reader takes for a name
    ('Édouard Philippe'), with the language's lower-case particles inside it
    ('Jean-Pierre van der Berg'), never opening or closing it."""
    particles = "|".join(sorted(map(re.escape, words.NAME_PARTICLES), key=len, reverse=True))
    # (a surname may open on a particle hyphened to it, in lower case: 'Hamid al-Rashidi')
    return re.compile(rf"\b(?:[A-ZÀ-ÖØ-Þ][\w’'\-\.]*\s+(?:(?:{particles})\s+)*){{1,8}}(?:{HYPHENED_PARTICLE})?[A-ZÀ-ÖØ-Þ][\w’'\-]+")


# A description set off by commas right after a name: ', a pediatrician in Boston,'.
APPOSITION = re.compile(r",[ \u00a0]+([^,.;:!?«»“”\"()\n]{1,80}?)[ \u00a0]*[,.;]")

# The dependencies of a person who is a verb's subject (active or passive).
NOMINAL_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
CLEFT_SUBJECT_DEPS = NOMINAL_SUBJECTS | {"expl", "expl:subj"}  # "it" of "it was", « c' » of « c'est »
PERSON_INTRODUCTION = re.compile(r",\s+(?:who\b|whose\b|a\b|an\b|\d{1,3},)")
SENTENCE_OPENING_WORD = re.compile(r"(?:^|[.!?]\s+)([A-Z][\w\-]+)\b")
DOUBLE_SURNAME = re.compile(r"(?<![\w’'-])[A-ZÀ-ÖØ-Þ][\w’']+-[A-ZÀ-ÖØ-Þ][\w’']+(?![\w-])")
SURNAME_BEFORE_VERB = re.compile(r"\b([A-Z][\w\-]+)\s+([a-z]+)\b")
#: Where a sentence ends inside a stretch of the article: a stop, maybe a closing mark, a space.
SENTENCE_END = re.compile(r"[.!?][\"”’»]?\s")
#: How far after a pronoun no one before fits the person it announces may be named.
CATAPHORA_WINDOW = 200
#: How far before "il" (French) the organisation it stands for may be a subject.
BODY_PRONOUN_WINDOW = 300
#: How far before a description ("the Florida senator") the person it stands for may be named.
ROLE_WINDOW = 500
#: How far after "Clinton's campaign sent an email" a later "the email" may still be that one.
DOCUMENT_WINDOW = 1500
POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")



# Words that make capitalised words a body's name, not a person's ('Kessin General Hospital').
_BODY_WORDS = (
    r"(?:Kremlin|Ministry|Department|Agency|Council|Committee|Party|Office|House|Campaign|Court|Bank|Union|Group|Institute"
    r"|University|Times|Post|Journal|News|Press|Network|Service|Army|Forces|Front|Brigade|Company|Corp|Inc|LLC|LLP"
    r"|Technologies|Systems|Partners|Holdings|Association|Foundation|Commission|Senate|Congress|College|School|Strategies"
    r"|Associates|Hospital|Clinic|Police|Airport|Airlines|Church|Museum|Library|Center|Centre|Club|Authority|Board|Trust"
    r"|Fund|Hotel|Academy|Stadium|Station|Prison|Society|League|Federation|Coalition|Alliance|Orchestra|Theatre|Theater"
    r"|Radio|Television|TV|Watch|Magazine|Review|Daily|Herald|Tribune|Globe|Gazette|Institution|Initiative|Project"
    # (papers and firms: 'Sound Weekly', 'Natural Resources Marches', 'Harbourside Athletic', 'Kestrel Systems')
    r"|Weekly|Monthly|Quarterly|Courier|Chronicle|Telegraph|Examiner|Inquirer|Bulletin|Digest|Media|Studios|Productions"
    r"|Resources|Analytics|Networks|Solutions|Industries|Enterprises|Ventures|Consulting|Insurance|Securities"
    r"|Investments|Markets|Logistics|Freight|Airways|Motors|Pharmaceuticals|Laboratories|Labs|Mutual|Healthcare"
    r"|Inspectorate|Homes|Properties|Athletic|Rovers|Wanderers|Albion|Energy|Foods|Oil|Gas|Mining|Steel|Telecom"
    r"|Utilities|Capital|Pharma|Aerospace|Petroleum|Electric)")
#: A body's word anywhere in a name, or a place's as its last word ('the
#: ferry between Eastwater and Fennick Point'): no person is called so.
ORG_WORDS = re.compile(rf"\b{_BODY_WORDS}\b|\b(?:Point|Road|Avenue|Square|Valley|Island|Harbour|Heights|Springs|Falls|Quay|Estate)$")
#: A body's word abbreviated, whose dot is its own ('Corp.', 'Inc.', 'Co.', 'Ltd.').
ABBREVIATED_BODY = re.compile(r"(?:Corp|Inc|Co|Ltd|Bros)\.")
#: One word that names a kind of body ('Networks', 'Holdings').
BODY_WORD = re.compile(_BODY_WORDS)


# 'J.J. MacNab', 'A.B. Stoddard': initials end in a dot, no sentence ends there
INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def _first_name_gender(first: str) -> Optional[str]:
    """A first name's gender, from the languages' lists, else the census's."""
    return first_name_gender(first) or census_first_names().get(first)


#: The prepositions before whom someone works for ('a spokeswoman for X', « porte-parole chez X »).
EMPLOYER_PREPOSITIONS = frozenset("for at pour chez".split())
#: How many people back an age epithet ('the 61-year-old') looks for the one given that age.
AGE_REACH = 100
#: The word that makes a name the complement of the role before it, not its holder.
OWNER_PREPOSITIONS = frozenset("of de d' d’ du".split())
#: How far back a description of a name may start: six words written right
#: before it ('Senate Majority Leader'), more when set off by a comma
#: ('la ministre de la Santé et de l'Accès aux soins, Sophie Lambert-Kieffer').
CONTEXT_WORDS, SET_OFF_CONTEXT_WORDS = 6, 12


def place_of_a_role(tok: Token, w: ModuleType) -> bool:
    """Whether a word is what a title is of ('le bourgmestre de Jette',
    'the mayor of Tulsa'): a place or a body, whatever the NER tagged."""
    if tok.i < 2:
        return False
    of, role = tok.doc[tok.i - 1], tok.doc[tok.i - 2]
    return of.lower_ in w.ROLE_OF_WORDS and role.is_lower and role.lower_ in w.PLACE_TITLES


def _context_before(doc: Doc, start: int, w: ModuleType) -> str:
    """The words before a name that may describe it ('Florida Sen.', 'the
    city manager, Obinna Eze-Okafor'), not past a verb other than a
    participle or another person's name ('Judge Harriet Calloway told
    Denise Pruett': no judge; but 'le bourgmestre de Jette, Thierry
    Vandenhoute' with Jette tagged a person is the bourgmestre)."""
    lo = start
    first = start
    if first > 0 and doc[first - 1].is_title and known_first_name(fold(doc[first - 1].text)):
        first -= 1  # (a first name the NER left out of the name: 'd’Hicham | Aït Bouzid')
    if first > 0 and doc[first - 1].lower_ in OWNER_PREPOSITIONS:
        return ""  # ('avocat d’Hicham Aït Bouzid', 'the lawyer of John Doe': the role is someone else's)
    # (set off by a comma, a title between: ', Dr Ayesha Chaudhry')
    set_off = start > 0 and doc[start - 1].text == "," or start > 1 and doc[start - 2].text == "," and doc[start - 1].is_title
    reach = SET_OFF_CONTEXT_WORDS if set_off else CONTEXT_WORDS
    while lo > max(0, start - reach):
        tok = doc[lo - 1]
        # (a participle is part of the description: 'l'adjoint chargé des mobilités, Thomas Lebrun';
        # 'a spokeswoman for Oklahoma Forestry Services': whom one works for is no holder of the role)
        # (nor past a quotation mark or a sentence's end: '“Judge,” Brafman said' gives him no role)
        # (but a role and where it is held, set off before the name, are the name's:
        # 'the senior coroner for Inner South London, Dr Ayesha Chaudhry')
        if tok.pos_ in ("VERB", "AUX") and tok.morph.get("VerbForm") != ["Part"] \
                or tok.ent_type_ in ("PERSON", "PER") and not (set_off and place_of_a_role(tok, w)) \
                or tok.lower_ in EMPLOYER_PREPOSITIONS and not set_off \
                or tok.is_quote or tok.text in (".", "!", "?", ";"):
            break
        lo -= 1
    return ELIDED.sub(r"\1 ", doc[lo:start].text)  # ("l'adjoint": the word "adjoint")


def _described_as(doc: Doc, start: int, end: int, w: ModuleType) -> tuple[str, str]:
    """(title, context) of the name at tokens [start, end), folded: the word
    right before it ('sen', 'dr'), and the words that describe it before and
    set off after it, what "the senator", « le médecin » are read against."""
    title = fold(doc[start - 1].text) if start > 0 else ""
    return title, fold(_context_before(doc, start, w) + _description_after(doc, end, w))


def _subject_or_its_owner(root: Token) -> bool:
    """A name that is a subject, owns or qualifies one ('Brightwater Foods
    shares fell'), or names it ('The developer, Calloway Brooke Homes,
    welcomed')."""
    if root.dep_ in NOMINAL_SUBJECTS:
        return True
    return root.dep_ in ("compound", "poss", "nmod:poss", "appos") and root.head.dep_ in NOMINAL_SUBJECTS


def _description_after(doc: Doc, end: int, w: ModuleType) -> str:
    """The description set off after a name ('Keiko Albright, a spokeswoman
    for Oklahoma Forestry Services,'), opened by an article or, as French
    writes it, by the person's noun alone (« Gwenaëlle Le Bihan, infirmière
    aux urgences, »), up to the next comma; '' when none ("the spokeswoman",
    « l'infirmière » is then hers)."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return ""
    end = _past_an_age(doc, end + 1, w) - 1  # (the comma after an age first: 'Roger Baudin, 71 ans, retraité,')
    if end + 1 >= len(doc):
        return ""
    opener = doc[end + 1]
    bare = w.BARE_APPOSITIONS and opener.is_lower and role_noun(opener.lower_, w)
    if opener.pos_ != "DET" and not bare:
        return ""  # ('Dan Gross, president of the Brady Campaign,' is no "the president": English leaves the article out for a title of something else)
    stop = next((t.i for t in doc[end + 1 : end + 12] if t.is_punct and t.text not in "-'’"), None)
    if stop is None or doc[stop].text not in ",." or any(t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" for t in doc[end + 1 : stop]):
        return ""  # ('hosts Joe Scarborough and Mika Brzezinski, the Democratic candidate stated': a subject, not her description)
    return " " + doc[end + 1 : stop].text


@lru_cache(maxsize=None)
def _folded_roles(w: ModuleType) -> frozenset[str]:
    """The language's roles and titles for people, folded as the words
    before a name are ('etudiante')."""
    return frozenset(fold(word) for word in w.PERSON_ROLES | w.TITLE_WORDS)


def _apposed_subject(run) -> list[Token]:
    """The subject a name is set off after ('His company commander, Capt.
    Artem Levytskyi-Shram, listened'): the name stands for it."""
    root = next((t for t in run if not run.start <= t.head.i < run.end), None)
    if root is not None and root.dep_ == "appos" and root.head.dep_ in NOMINAL_SUBJECTS:
        return [root.head]
    return []


def _title_start(ent, w: ModuleType) -> int:
    """Where a name starts with the titles and honorifics right before it
    ('cheikh Abdallah …', 'Dr Eleni …')."""
    start = ent.start
    while start > 0 and (ent.doc[start - 1].lower_.rstrip(".") in w.TITLE_WORDS or ent.doc[start - 1].lower_ in honorifics(w)):
        start -= 1
    return start


def _subject_set_off_before(ent, w: ModuleType) -> Optional[Token]:
    """The subject a name is set off after, between commas, with its title
    ('le ministre …, cheikh Abdallah ben Nasser Al-Mahmoud, s'est voulu …'),
    when the parse hung the name elsewhere: the subject's verb comes after
    the name. None otherwise."""
    doc = ent.doc
    start = _title_start(ent, w)
    if start < 2 or ent.end >= len(doc) or doc[start - 1].text != "," or doc[ent.end].text != ",":
        return None
    subject = doc[start - 2]
    # (up the subject's own words: not from another name it lists or a clause inside it,
    # 'his wife, Nora, Bernadette left', 'Maïmouna Sy, qui incarne la grand-mère, Mina, peinait')
    while subject.dep_ not in NOMINAL_SUBJECTS and subject.head != subject:
        if subject.dep_ in ("conj", "appos") or "relcl" in subject.dep_:
            return None
        subject = subject.head
    if subject.dep_ not in NOMINAL_SUBJECTS or subject.head.i <= ent.end or subject.i >= start:
        return None
    return subject if _only_subject(subject) else None


def _only_subject(subject: Token) -> bool:
    """Whether a subject is its verb's only one: two are a parse gone wrong
    ('Maïmouna Sy, qui incarne la grand-mère, Mina, peinait')."""
    return sum(c.dep_ in NOMINAL_SUBJECTS for c in subject.head.children) == 1


def _opinion_holder(ent, w: ModuleType) -> bool:
    """Whether a name is the one a sentence opening on a preposition of
    opinion gives the view of ('Pour le chef de file de l'opposition,
    Pierre-Yves de Saint-Méloir, le compte n'y est pas'): no verb before
    it, a comma after it."""
    sent = ent.sent
    if sent[0].lower_ not in w.OPINION_PREPOSITIONS or ent.end >= sent.end or ent.doc[ent.end].text != ",":
        return False
    return not any(t.pos_ in ("VERB", "AUX") for t in ent.doc[sent.start : ent.start])


def _past_an_age(doc: Doc, at: int, w: ModuleType) -> int:
    """The token after an age set off at `at` ('71 ans,', '71,') and its
    comma, or `at` when there is none."""
    k = at
    if k < len(doc) and doc[k].like_num and len(doc[k].text) <= 3:
        k += 1
        if k < len(doc) and doc[k].lower_ in w.AGE_WORDS:
            k += 1
        if k < len(doc) and doc[k].text == ",":
            return k + 1
    return at


def _headed_by(name: str, word: str) -> bool:
    """Whether a body's name of two to six words has `word` as its head: last
    ('the State Department'), or before 'of', 'for' or 'and' ('Ministry of
    Health'); not a headline's word in title case ('Newspaper Says …')."""
    words = name.split()
    return 1 < len(words) <= 6 and any(
        w == word and (i == len(words) - 1 or words[i + 1] in ("of", "for", "and")) for i, w in enumerate(words))


def _body_with_suffix(text: str, first: str) -> Optional[str]:
    """The longest name in `text` that opens with the word `first` and
    ends, one to three capitalised words later, on a body's word ('Halden
    Networks', 'Halvorsen Freight Corp' over a headline's 'Halvorsen
    Freight'), or None."""
    longest: Optional[str] = None
    for found in re.finditer(rf"(?<![\w-]){re.escape(first)}((?:[ \u00a0]+[A-ZÀ-Þ][\w&.’'-]*){{1,3}})", text):
        if _title_case_line(text, found.start()):
            continue  # (a headline capitalises its verbs: 'Democrats Lose Court Battle')
        words = found.group(1).split()
        last = max((k for k, word in enumerate(words) if BODY_WORD.fullmatch(word.rstrip("."))), default=None)
        if last is not None and (longest is None or last + 2 > len(longest.split())):
            # (a sentence's full stop is no part of it, an abbreviation's is: 'Peabody Energy.', 'Acme Corp.')
            ending = words[last] if ABBREVIATED_BODY.fullmatch(words[last]) else words[last].rstrip(".")
            longest = " ".join([first] + words[:last] + [ending])
    return longest


def _title_case_line(text: str, at: int) -> bool:
    """Whether the line holding offset `at` capitalises most of its longer
    words, as a headline in title case does. Only 200 characters either
    side are read: a headline is short, and a one-line feed stays linear."""
    lo, hi = max(0, at - 200), min(len(text), at + 200)
    start, end = text.rfind("\n", lo, at) + 1 or lo, text.find("\n", at, hi)
    words = [w for w in text[start : end if end >= 0 else hi].split() if len(w) > 3]
    return len(words) >= 3 and sum(w[:1].isupper() for w in words) >= 0.7 * len(words)


def _body_ending_with(text: str, word: str) -> Optional[str]:
    """'Rovers accuse …' after 'Northgate Rovers have rejected': the one
    name in `text` that a body's word ends, one to three capitalised words
    before it; None when the word is no body's or ends several names."""
    if not BODY_WORD.fullmatch(word):
        return None
    names = {found.group(0) for found in re.finditer(rf"(?:[A-ZÀ-Þ][\w&’'-]*[ \u00a0]+){{1,3}}{re.escape(word)}(?![\w-])", text)}
    return names.pop() if len(names) == 1 else None


def looks_like_person(ent, particles: frozenset[str] = frozenset()) -> bool:
    """A small pipeline often tags foreign names as ORG: two to four
    capitalised proper nouns with no organisation word are a person, and so
    are they with a lower-case name particle inside ('Pieter de Vries')."""
    tokens = [t for t in ent if not t.is_punct]
    inside = tokens[1:-1]
    # (counted in words, a double surname one and particles none: 'Valentina de la Fuente-Hoxha')
    words = [word for word in ent.text.split() if word not in particles]
    return (
        2 <= len(words) <= 4
        and all(t.pos_ == "PROPN" and t.text[:1].isupper() and not t.text.isupper()
                or t in inside and t.is_lower and t.text in particles for t in tokens)
        and (tokens[0].pos_ == "PROPN" and tokens[-1].pos_ == "PROPN")
        and not ORG_WORDS.search(ent.text)
        and "&" not in ent.text  # "Wilson Sonsini Goodrich & Rosati", "McKinsey & Co."
    )


def _issuer_entity(tok, offset: int = 0, quoted: Sequence[tuple[int, int]] = ()) -> Optional[str]:
    """X of 'a press release from X' / 'X's statement', never words inside
    the quoted runs (the parse may hang a quote's words on the noun: 'From
    the report: "In general, samples …"')."""
    for child in tok.children:
        if child.dep_ in ("prep", "nmod") and child.lower_ in ("from", "of", "by", "de", "du"):
            objs = [c for c in child.children if c.dep_ in ("pobj", "obj")]
            if objs:
                obj = objs[0]
                words = [t for t in obj.subtree]
                if any(_in_quotes(t.idx + offset, quoted) for t in words):
                    return None
                return obj.doc[words[0].i : words[-1].i + 1].text
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return child.text
    return None


def _entity_text(ent, particles: frozenset[str] = frozenset()) -> str:
    """An entity's words as a name: not past a sentence end the NER ran over
    ('Barack Obama. Among Latinos'), nor a dash or small word at its edges
    ('― Jacklyn Ashley', 'Juan "Chico" Manriquez of')."""
    tokens = list(ent)
    for k, t in enumerate(tokens[1:], 1):
        # ('Deborah Jordan Reynolds - Santilli's girlfriend': a spaced dash
        # opens an apposition; a double name has none, 'Ocasio-Cortez')
        spaced_dash = t.text in DASHES and tokens[k - 1].whitespace_
        if spaced_dash and not any(p.is_alpha and p.is_title for p in tokens[:k]):
            tokens = tokens[k + 1 :]  # ('12:30 - Szabo-Quaye responds': a live blog's time before the name)
            break
        if t.is_sent_start or tokens[k - 1].text == "." or spaced_dash:
            tokens = tokens[:k]
            break
    tokens = trim_name_tokens(tokens)
    if not tokens:
        return ""
    if ent.label_ in ("PERSON", "PER") and len(tokens) == len(ent):
        tokens += _surname_left_out(tokens[-1], particles)
        lo, hi = whole_name_words(tokens[0].i, tokens[-1].i, ent.doc)
        tokens = list(ent.doc[lo : hi + 1])
    text = doc_text(ent.doc)[tokens[0].idx : tokens[-1].idx + len(tokens[-1].text)]
    # (without the nickname inside it: 'Sibusiso ‘Sbu’ Nxumalo' is Sibusiso Nxumalo)
    return QUOTED_NICKNAME.sub(" ", text) if ent.label_ in ("PERSON", "PER") else text


# A quoted nickname between a person's first name and surname.
QUOTED_NICKNAME = re.compile(r"[^\S\n]+[“\"‘'][^\W\d_][\w-]*[”\"’'][^\S\n]+")


def _surname_left_out(last, particles: frozenset[str] = frozenset()) -> list:
    """'Rui Albuquerque Matos' tagged 'Rui Albuquerque': a capitalised proper
    noun right after a person's name, tagged nothing, is the rest of it; so
    is a capitalised particle and the word after it ('Yann-Erwan Le Goff'
    tagged 'Yann-Erwan', "Le" read as an article)."""
    doc = last.doc
    nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
    if nxt is not None and nxt.text in NAME_SUFFIXES and last.whitespace_:
        return [nxt]  # ('Marcus T. Holloway Jr.': the suffix is part of the name)
    if nxt is not None and nxt.lower_ in particles and nxt.is_title and last.whitespace_ and not nxt.ent_type_ \
            and nxt.i + 1 < len(doc) and nxt.whitespace_:
        after = doc[nxt.i + 1]
        if after.is_title and after.is_alpha and not after.ent_type_:
            return [nxt, after]
    # (or its first piece: 'Guivarc'h', cut after the apostrophe)
    word = nxt is not None and (nxt.is_alpha or nxt.text[-1:] in "'’" and nxt.text[:-1].isalpha())
    # (a sentence the parse starts right after a word, no stop between, is its mistake: 'Anne-Claire | Ouédraogo')
    if nxt is None or not last.whitespace_ or nxt.ent_type_ or nxt.pos_ != "PROPN" or not (nxt.is_title and word) \
            or nxt.is_sent_start and not last.is_alpha:
        return []
    return [nxt]


#: Suffixes that are part of a name ('Martin Luther King Jr.').
NAME_SUFFIXES = frozenset("Jr. Jr Sr. Sr II III IV".split())
FOLDED_SUFFIXES = frozenset(fold(suffix) for suffix in NAME_SUFFIXES)


def trim_name_tokens(tokens: list) -> list:
    """A name's tokens without the punctuation at its edges, a small word
    after it ('― Jacklyn Ashley', 'Juan "Chico" Manriquez of') or the
    letters after a name ('Catherine van der Merwe KC'), but whole when the
    small word is glued on ('Ban Ki-moon')."""
    while len(tokens) > 1 and tokens[0].is_punct:
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1].is_punct or tokens[-1].is_lower and tokens[-2].whitespace_ or tokens[-1].text in POSTNOMINALS):
        tokens = tokens[:-1]
    if len(tokens) > 2 and headline_verb(tokens[-1]) and not tokens[-2].is_lower:
        tokens = tokens[:-1]  # (but a surname after a particle: 'Joseph Kiprono arap Sang')
    return tokens


def _bare_words(context: str) -> list[str]:
    """The words before a name, in order, without the punctuation they
    touch ('the Rovers head coach, Niamh …': "coach"; a lone mark is left
    empty)."""
    return [w.strip(",;:()'’\"“”") for w in context.split()]


def _opens_its_clause(ent) -> bool:
    """Whether a name opens a sentence: first in the paragraph, or after a
    sentence's end or a quote's closing mark."""
    if ent.start == 0:
        return True
    before = ent.doc[ent.start - 1]
    return before.is_space or before.text in (".", "!", "?", "»", "”", '"')


def _verb_follows(ent) -> bool:
    """Whether the name, grown to whole words, is followed by a verb, an
    auxiliary, or a clitic pronoun and a verb (« l'a peinte », « s'est levé »)."""
    doc = ent.doc
    hi = whole_name_words(ent.start, ent.end - 1, doc)[1]
    after = doc[hi + 1 : hi + 3]
    if not len(after):
        return False
    if after[0].pos_ in ("VERB", "AUX"):
        return True
    return after[0].pos_ == "PRON" and after[0].text.endswith(("'", "’")) and len(after) > 1 and after[1].pos_ in ("VERB", "AUX")


def _opening_participle(ent, w: ModuleType) -> bool:
    """Whether a one-word person the NER tagged is a past participle: the
    parser read it as one, or it opens its sentence with a participle's
    ending and a preposition after it ('Appuyé sur sa canne, le doyen …'),
    which a name ('Renée', a census first name) does not do."""
    word = ent[0]
    if known_first_name(fold(word.text)):
        return False
    if word.pos_ == "VERB" and word.morph.get("VerbForm") == ["Part"]:
        return True
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    return word.is_sent_start and word.text.endswith(w.PAST_PARTICIPLE_ENDINGS) and after is not None and after.pos_ == "ADP"


def _modifies_a_noun(root: Token) -> bool:
    """'the Obama administration', 'the Kyzyl-Bulak reservoir': a name set
    before a common noun it modifies, its hyphened rest included (the NER
    may tag only 'Kyzyl'), names a thing, not someone the text goes on about."""
    while root.dep_ == "compound" and root.head.pos_ == "PROPN" and root.head.i == root.i + 2 and root.nbor(1).text in NAME_HYPHENS:
        root = root.head
    return root.dep_ == "compound" and root.head.pos_ == "NOUN" and not root.head.ent_type_


def headline_verb(token) -> bool:
    """'Gina Rodriguez Questioned What It Means…', 'Maria Hinojosa Explained
    Why…': a headline capitalises the verb after the name, and the NER runs
    the name into it. A speech verb's inflected form is no surname."""
    return token.is_title and token.lower_ in speech_verb_forms(token.doc.lang_) and lemma_of(token) != token.lower_


def _main_verb(verb) -> bool:
    """Whether a verb is its sentence's root, or joined to it by "and"."""
    while verb.dep_ == "conj" and verb.head != verb:
        verb = verb.head
    return verb.dep_ == "ROOT"


def _in_fronted_participle(tok) -> bool:
    """Whether a word sits inside a participle clause that opens its sentence
    with no subject of its own ('Asked about Clinton's plan, she replied'):
    the participle's subject is the main verb's, so nobody named inside it
    is whom that subject pronoun stands for."""
    node = tok
    while node.head != node:
        node = node.head
        if (node.dep_ == "advcl" and node.i < node.head.i and _participle(node)
                and not any(c.dep_ in NOMINAL_SUBJECTS for c in node.children)):
            return True
    return False


def _participle(verb) -> bool:
    """A past or present participle, by the English tag or the UD morphology."""
    return verb.tag_ in ("VBN", "VBG") or verb.morph.get("VerbForm") == ["Part"]


def _phrase_of(head) -> str:
    """A noun's phrase up to the first comma, clause or verb after it ('Le
    ministère de l'Intérieur', not 'The group, which …')."""
    end = head.i
    for tok in head.doc[head.i + 1 : head.right_edge.i + 1]:
        if tok.is_punct or tok.pos_ in ("VERB", "AUX") or tok.dep_ in ("relcl", "acl", "acl:relcl", "appos", "cc", "conj") \
                or tok.tag_ in ("WP", "WP$", "WDT") or tok.morph.get("PronType") == ["Rel"]:
            break  # ('A Western official who has been briefed …': not the relative pronoun)
        end = tok.i
    return head.doc[head.left_edge.i : end + 1].text


#: The party and state a US legislator's name carries: "Sen. Johnny Isakson (R-Ga.)".
PARTY_LABEL = re.compile(r"\([A-Z]-\s?$")


def _dateline_place(ent) -> bool:
    """A place in capitals opening a paragraph before a comma or a dash
    ('TENGIZ-KALA, March 10 —'): the dateline, which no pronoun stands for."""
    doc = ent.doc
    return ent.start == 0 and ent.text.isupper() and ent.end < len(doc) and doc[ent.end].text in (",", "-", "—", "–")


def _party_label(ent) -> bool:
    """Whether a place is the state of a party label ('(R-Ga.)', '(D-N.Y.)'),
    which the parse may make a subject: it says where a person is from and
    is no body that "they" or "it" can stand for."""
    text = doc_text(ent.doc)
    return PARTY_LABEL.search(text, max(0, ent.start_char - 4), ent.start_char) is not None


def _in_quotes(start: int, quoted: list[tuple[int, int]]) -> bool:
    """Whether an offset falls inside one of the quoted runs (start, end):
    words there are the speaker's, not the article's."""
    return in_ranges(start, quoted)


def _main_subject(tok, cleft_subjects: frozenset = frozenset()) -> bool:
    """Whether a token is the subject of its sentence's main verb, not of a
    clause inside it ('if Sanders wins'), or the person a cleft puts first
    ('it was Trump who commanded most of the attention'; `cleft_subjects`
    are the language's empty subjects of a cleft)."""
    return (tok.dep_ in NOMINAL_SUBJECTS and _main_verb(tok.head)) or _cleft_focus(tok, cleft_subjects)


def fronted_subject_verb(tok) -> Optional[Token]:
    """'Trump, later alleging - again falsely - that Obama wanted …, said he
    would': a name opening its sentence, set off by a comma, that the small
    parser hung nowhere in particular, is the subject of the sentence's main
    verb when that verb has no subject of its own."""
    sent = tok.sent
    doc = tok.doc
    # ('And Obama, for all the progress he helped wrangle, seems to agree': a
    # coordinator may come first; so may a phrase set off, with no verb in it:
    # 'Un peu plus loin, Gérard Montagnon, 68 ans, se montre plus compréhensif')
    before = doc[sent.start : tok.left_edge.i]
    opens = all(t.dep_ == "cc" for t in before) or before[-1].text == "," and not any(t.pos_ in ("VERB", "AUX") for t in before)
    end = tok.i + 1
    while end < sent.end and doc[end].head == tok and doc[end].dep_ in ("flat", "flat:name"):
        end += 1  # (past the name's own words: French hangs 'Montagnon' on 'Gérard')
    if tok.dep_ in NOMINAL_SUBJECTS or not opens or end >= sent.end or doc[end].text != ",":
        return None
    verb = sent.root
    if verb == tok or verb == tok.head and tok.dep_ in ("flat", "flat:name", "compound"):
        # ('Kévin Marchal-Dupuy, 29 ans, comparaît depuis lundi': the name parsed the root, its verb a conjunct)
        verb = next((c for c in verb.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")), verb)
    if verb.pos_ not in ("VERB", "AUX") or verb.i <= tok.i or any(c.dep_ in NOMINAL_SUBJECTS for c in verb.children):
        return None
    return verb


def _cleft_focus(tok, cleft_subjects: frozenset) -> bool:
    """'It was Trump who …', « C'est Macron qui … »: the person a main "it
    was" puts first, with a relative clause after it, is what the sentence
    is about. English parses hang the person on the verb ("attr"); Universal
    Dependencies (French) hang the copula and its empty subject on the person."""
    if tok.dep_ not in ("attr", "ROOT") or not any(c.dep_ in ("relcl", "acl:relcl") for c in tok.children):
        return False
    if tok.dep_ == "attr":
        verb = tok.head
        main, frame = verb.dep_ == "ROOT" and lemma_of(verb) == "be", verb.children
    else:
        main, frame = tok.dep_ == "ROOT" and any(c.dep_ == "cop" for c in tok.children), tok.children
    return main and any(c.dep_ in CLEFT_SUBJECT_DEPS and c.lower_ in cleft_subjects for c in frame)




def _asked_about(noun: Token) -> bool:
    """A noun an interrogative or relative determiner opens ('which survey
    company', 'whose campaign', « quel parti »): a question, naming no one."""
    return any(c.dep_ in ("det", "poss", "nmod:poss") and (c.tag_ in ("WDT", "WP$") or c.morph.get("PronType") in (["Int"], ["Rel"]))
               for c in noun.children)




@dataclass
class Entity:
    """A person, organisation or group seen in the article, at a position."""

    name: str
    start: int
    kind: str  # person | organisation | group
    gender: Optional[str] = None  # male | female | None
    subject: bool = False  # seen as a sentence subject
    speaker: bool = False  # seen as a quote's speaker
    document: bool = False  # the issuer of a statement that is a sentence subject
    title: str = ""  # the title word written right before the name ("sen.", "president")
    context: str = ""  # the few words before the name, folded ("vermont sen.")
    oblique: bool = False  # named after a preposition ("after meeting with Putin")
    reporter: bool = False  # the subject of a speech verb ("Rick Tyler said")
    main: bool = False  # the subject of its sentence's main verb, not of a clause inside it ("if Sanders wins")
    aside: bool = False  # inside an opening participle clause ("Asked about Clinton, she said")
    owner: bool = False  # the possessor of a noun ("Donald Trump's plan")

    def __post_init__(self) -> None:
        if self.kind == "person":  # ('Imogen Tavistock-Reyes KC': the letters after a name are no part of it)
            self.name = without_postnominals(self.name)


class PeopleBefore:
    """The people named before a pronoun who could be it, read back from the
    pronoun only as far as a question needs: a transcript names thousands,
    and each pronoun weighs the last few (reading all of them for each made
    long transcripts quadratic)."""

    def __init__(self, entities: list[Entity], end: int, fits: Callable[[Entity], bool]):
        self._entities, self._next, self._fits = entities, end - 1, fits
        self._found: list[Entity] = []  # nearest first

    def _read_back(self) -> bool:
        """Read one more entity back; False when none is left."""
        if self._next < 0:
            return False
        ent = self._entities[self._next]
        self._next -= 1
        if self._fits(ent):
            self._found.append(ent)
        return True

    def back(self) -> Iterator[Entity]:
        """The people, nearest first."""
        n = 0
        while n < len(self._found) or self._read_back():
            if n < len(self._found):
                yield self._found[n]
                n += 1

    def since(self, at: int) -> list[Entity]:
        """The people named after offset `at`, in text order."""
        while self._next >= 0 and self._entities[self._next].start > at:
            self._read_back()
        return [e for e in reversed(self._found) if e.start > at]

    def last(self) -> Optional[Entity]:
        """The nearest person, if any."""
        return next(self.back(), None)

    def __bool__(self) -> bool:
        return self.last() is not None


def _group_name(noun: Token) -> str:
    """'les ministres européens', 'Senate Democrats': a plural subject with
    the words before it and the adjectives right after it, as a reader
    names the group "they" stands for (not 'ministres')."""
    last = noun
    for child in noun.rights:
        if child.i != last.i + 1 or child.dep_ != "amod":
            break
        last = child
    # ('sources close to the prime minister': an adjective takes its preposition along)
    end = adjective_phrase_end(last) if last != noun else last.i
    return doc_text(noun.doc)[noun.left_edge.idx : noun.doc[end].idx + len(noun.doc[end].text)]


def adjective_phrase_end(adjective: Token, ranges: Sequence[tuple[int, int]] = ()) -> int:
    """'a source close to the campaign', 'sources close to the mayor': the
    index where an adjective's preposition right after it ends, up to a
    comma (', who added that …' is an aside) and outside quoted `ranges`;
    the adjective's own index when no preposition follows it. (French hangs
    the complement itself on the adjective, its preposition a child of it:
    « une source proche de l'Élysée ».)"""
    prep = next((c for c in adjective.children if c.dep_ == "prep" and c.i == adjective.i + 1), None)
    if prep is None:
        prep = next((c for c in adjective.children if c.dep_ in ("obl:arg", "obl", "nmod") and c.left_edge.i == adjective.i + 1
                     and any(g.dep_ == "case" for g in c.children)), None)
    if prep is None:
        return adjective.i
    words = itertools.takewhile(lambda t: t.text != "," and not in_ranges(t.idx, ranges), prep.subtree)
    return max((t.i for t in words), default=adjective.i)




@dataclass
class ArticleEntities:
    """The people and organisations of one article, in text order."""

    words: ModuleType
    text: str = ""  # the article, where the roles a person is given are read
    entities: list[Entity] = field(default_factory=list)
    names: list[str] = field(default_factory=list)  # every PERSON name form seen
    _distinct: dict[str, None] = field(default_factory=dict, repr=False)  # the names, each once, in order first seen
    _forms: dict[str, Optional[str]] = field(default_factory=dict, repr=False)  # name_form's answers, read once
    _labels: dict[str, dict[str, int]] = field(default_factory=dict, repr=False)  # one-word entity -> label counts
    _surnames: set[str] = field(default_factory=set, repr=False)  # last words of names of two words or more, folded
    _tagged_people: set[str] = field(default_factory=set, repr=False)  # names the NER itself called people
    _whole_first: dict[tuple[str, int], bool] = field(default_factory=dict, repr=False)  # _introduced_whole's answers
    _shared: dict[tuple[str, int], bool] = field(default_factory=dict, repr=False)  # _shared_surname's answers
    _in_full: dict[str, Optional[str]] = field(default_factory=dict, repr=False)  # written_in_full's answers
    _mistaken: dict[str, bool] = field(default_factory=dict, repr=False)  # _no_one's answers, once every name is read
    _subject_pronouns: list[tuple[int, str, int, int]] = field(default_factory=list, repr=False)  # (start, gender, sentence start, sentence end)
    _issued: list[tuple[int, str, str, str]] = field(default_factory=list, repr=False)  # (start, document noun, issuer, kind)
    _bodies: list[tuple[int, str]] = field(default_factory=list, repr=False)  # (start, name) of the bodies sentences are about, in order
    _introduced: set[str] = field(default_factory=set, repr=False)  # first names a naming or kin word introduced, folded
    _described: list[tuple[int, str, Optional[str], int]] = field(default_factory=list, repr=False)  # (start, description, gender, sentence end)
    # (start, role, modifiers, sentence end, role end, sentence start)
    _role_subjects: list[tuple[int, str, list[str], int, int, int]] = field(default_factory=list, repr=False)
    _document_subjects: list[tuple[int, str, int]] = field(default_factory=list, repr=False)  # (start, noun, sentence end)
    _cited: list[tuple[int, str]] = field(default_factory=list, repr=False)  # ('Selon un diplomate européen': start, phrase)
    _windows: dict[str, list[list[str]]] = field(default_factory=dict, repr=False)  # _role_windows' answers, once every name is read
    _full: dict[tuple, str] = field(default_factory=dict, repr=False)  # full_name's answers, while no new name is seen
    _short_bodies: dict[tuple[str, Optional[str]], str] = field(default_factory=dict, repr=False)  # body_in_full's answers for a body's first word
    _indexes: dict[str, tuple[object, Any]] = field(default_factory=dict, repr=False)  # _index's (version, index) by name
    _longest: tuple[int, dict[str, int]] = field(default_factory=lambda: (-1, {}), repr=False)  # (name forms counted, most words by last word)

    def __post_init__(self) -> None:
        self._distinct = dict.fromkeys(self.names)  # (names given to the constructor)

    # --- collecting -------------------------------------------------------
    @property
    def distinct_names(self) -> Iterable[str]:
        """The name forms seen, each once, in the order first seen."""
        return self._distinct.keys()

    def tagged_person(self, name: str) -> bool:
        """Whether the NER itself called this name a person somewhere in the
        article (distinct_names also holds forms other labels looked like)."""
        return name in self._tagged_people

    def _add_name(self, name: str) -> None:
        """Record a name form seen; the distinct ones are what full_name
        searches, so a feed naming one person hundreds of times stays linear."""
        name = without_postnominals(name)
        self.names.append(name)
        self._distinct.setdefault(name, None)

    def add_doc(self, doc: Doc, offset: int, quoted: list[tuple[int, int]], tokens: Optional[list[Token]] = None) -> None:
        """Record the entities of a parsed paragraph (not those inside quotes).
        `tokens` is the Doc's tokens as a list when the caller has made one
        (ParsedParagraph.tokens): the passes below read them several times."""
        added_from = len(self.entities)
        tokens = list(doc) if tokens is None else tokens
        for ent in doc.ents:
            # (not a dateline the NER called a body: 'MONTREAL — …')
            if ent.label_ == "ORG" and _subject_or_its_owner(ent.root) and not (ent.text.isupper() and len(ent.text) > 5) \
                    and not _in_quotes(ent.start_char + offset, quoted):
                bisect.insort(self._bodies, (ent.start_char + offset, POSSESSIVE.sub("", ent.text).strip()))
            if len(ent) == 1:
                counts = self._labels.setdefault(fold(ent.text), {})
                counts[ent.label_] = counts.get(ent.label_, 0) + 1
            start = ent.start_char + offset
            if _in_quotes(start, quoted):
                continue
            text = after_honorific(POSSESSIVE.sub("", _entity_text(ent, self.words.NAME_PARTICLES)).strip(), self.words)
            if not text:
                continue
            role = self._leading_role(text)
            if role:  # ('Chef Marco Bellini has …': the role opening the sentence, capitalised)
                text, start = text[len(role) :].lstrip(), start + len(role) + 1
            root = ent.root
            if root.dep_ in ("appos", "compound", "flat", "flat:name") and root.head != root:
                root = root.head  # "President Erdoğan": the title heads the phrase
            elif root.dep_ == "nmod" and root.head.pos_ == "NOUN" and root.head.i == ent.start - 1 \
                    and not any(c.dep_ == "case" for c in root.children):
                root = root.head  # ('la sénatrice Marion Deschamps', the name parsed a modifier of the role)
            if root.dep_ not in NOMINAL_SUBJECTS:
                # ('le chansonnier gaspésien Réjean Lapointe-Boudreau, …, avait prédit', tagged without its
                # second surname, which the parse made the subject: the whole name is)
                hi = whole_name_words(ent.start, ent.end - 1, doc)[1]
                root = next((doc[i] for i in range(ent.end, hi + 1) if doc[i].dep_ in NOMINAL_SUBJECTS), root)
            fronted = fronted_subject_verb(root)
            # (or set off after the subject, which the parse made its conjunct, 'Le secrétaire général de la
            # CFDT, Gilles Marchandeau, a jugé', 'run by the charity Frontline Medical Relief, Dr Eleni …', or hung
            # elsewhere, 'le ministre d'Etat qatari …, cheikh Abdallah ben Nasser Al-Mahmoud, s'est voulu')
            conjunct = root.dep_ == "conj" and root.head.dep_ in NOMINAL_SUBJECTS and doc[max(0, _title_start(ent, self.words) - 1)].text == ","
            apposed = _subject_set_off_before(ent, self.words) or (root.head if conjunct and _only_subject(root.head) else None)
            # (or the one whose view an opening « Pour X, » gives: the sentence is about them)
            opinion = _opinion_holder(ent, self.words)
            # (or a name opening a sentence the small parser made it the root of, its verb read as a noun:
            # 'Lou-Anne Petitjean, 16 ans, compte 480 000 abonnés')
            opening = ent.label_ in ("PERSON", "PER") and root.dep_ == "ROOT" and root.pos_ in ("PROPN", "NOUN") \
                and ent.start == root.sent.start \
                and ent.end < root.sent.end and doc[ent.end].text == ","
            # (or a name opening its sentence, its verb right after it, the parse lost in its hyphen:
            # "Mourad Haddad-Perrin l'a peinte lui-même")
            opening = opening or ent.label_ in ("PERSON", "PER") and _opens_its_clause(ent) and _verb_follows(ent) \
                and fold(ent.text) not in self.words.LATTER_WORDS  # (« Celle-ci a annoncé » tagged a person: the pronoun)
            subject = root.dep_ in NOMINAL_SUBJECTS or fronted is not None or apposed is not None or opinion or conjunct or opening
            reporter = subject and lemma_of(fronted or (apposed or root).head) in self.words.SPEECH_VERBS
            main = _main_subject(apposed or root, self.words.CLEFT_SUBJECTS) or fronted is not None or opinion or opening
            if ent.label_ in ("PERSON", "PER") and ent.root.pos_ == "NOUN" and ent.root.is_lower \
                    and ent.root.lower_ not in self.words.NAME_PARTICLES:  # (a particle read as the head: 'Joseph Kiprono arap Sang')
                continue  # 'Le Premier ministre' tagged a person: a role, no name (the described subjects read it)
            if ent.label_ in ("PERSON", "PER") and len(ent) == 1 and fold(ent.text) in self.words.WEEKDAYS:
                continue  # ('Samedi, elle remonte sur scène' tagged a person: a day is no one)
            if ent.label_ in ("PERSON", "PER") and len(ent) == 1 and ent.start > 0 \
                    and doc[ent.start - 1].lower_ in self.words.INDEFINITE_ARTICLES:
                continue  # ('qui lui vaut un César', 'won a Pulitzer': an award, no one)
            if ent.label_ in ("PERSON", "PER") and len(ent) == 1 and _opening_participle(ent, self.words):
                continue  # ('Révélée en 1967 dans « La Cerisaie », elle …': a participle opening the sentence)
            if ent.label_ in ("PERSON", "PER") and self._workplace(ent):
                continue  # 'analyste chez Xerfi', 'an economist at Nomura' tagged a person: where someone works
            if ent.label_ in ("PERSON", "PER") and place_of_a_role(ent[0], self.words):
                continue  # ('le bourgmestre de Jette', 'the mayor of Tulsa' with the place tagged a person)
            if ent.label_ in ("PERSON", "PER") and self._after_body_kind(ent):
                if subject:  # ('la société Armor Habitat Promotion' tagged a person: the body its noun says)
                    self.entities.append(Entity(text, start, "organisation", None, subject))
                continue
            particles = self.words.NAME_PARTICLES
            # (a body the NER called one is no person when a body's noun says so: 'the charity Frontline Medical Relief')
            if (ent.label_ in ("PERSON", "PER") and not ORG_WORDS.search(text)) \
                    or (ent.label_ in ("ORG", "MISC") and looks_like_person(ent, particles) and not self._after_body_kind(ent)) \
                    or (ent.label_ in ("LOC", "GPE", "FAC") and looks_like_person(ent, particles)
                        and (first_name_gender(fold(ent[0].text)) is not None or text != ent.text)):
                # ('Dame Philippa Strand-Owusu' tagged a building: an honorific opens it)
                # ('le maire de Villeurbanne, Léa Garnier': a listed first name and a surname tagged a place)
                self._add_name(text)
                if ent.label_ in ("PERSON", "PER"):
                    self._tagged_people.add(text)
                if len(text.split()) > 1:
                    self._surnames.add(fold(text.split()[-1]))
                if _modifies_a_noun(ent.root):
                    continue  # 'the Obama administration', 'the Clinton campaign': no one a pronoun points at
                title, context = _described_as(doc, ent.start, ent.end, self.words)
                oblique = ent.root.dep_ in ("pobj", "obl") or ent.root.dep_.startswith("obl:") or (
                    ent.root.dep_ == "nmod" and any(c.dep_ == "case" for c in ent.root.children))  # 'sur France Inter'
                if oblique and self._source_of_speech(root):
                    oblique, reporter = False, True  # 'drew a rebuke from Sen. Lisa Murkowski': she spoke
                gender = self._gender(ent, doc)
                if gender is None and main and len(text.split()) > 1:
                    gender = self._own_pronoun_gender(root, offset, quoted)
                self.entities.append(Entity(text, start, "person", gender, subject, title=title,
                                            context=context, oblique=oblique, reporter=reporter, main=main,
                                            aside=_in_fronted_participle(root), owner=ent.root.dep_ in ("poss", "nmod:poss")))
            elif self._surname_of_someone(text):
                # "Fiorina" tagged ORG after "Carly Fiorina" was named: the person again.
                self.entities.append(Entity(text, start, "person", self.person_gender(text), subject,
                                            reporter=reporter, main=main))
            elif ent.label_ in ("ORG", "GPE", "NORP", "LOC") and subject and not _party_label(ent) and not _dateline_place(ent):
                self.entities.append(Entity(text, start, "organisation", None, subject))
        self._add_subject_pronouns(tokens, offset, quoted)
        self._add_described_subjects(tokens, offset, quoted)
        self._add_known_first_names(doc, tokens, offset, quoted)
        self._add_aged_names(doc, offset, quoted, added_from)
        self._add_untagged_reporters(tokens, offset, quoted)
        self._add_untagged_surnames(tokens, offset, quoted)
        self._add_named_first_names(doc_text(doc), offset)  # ('his wife, Jane,': the NER's "Jane" has no gender)
        self._add_couples(doc_text(doc), offset)
        self._add_issued_documents(doc, tokens, offset, quoted)
        for tok in tokens:
            if tok.dep_ in NOMINAL_SUBJECTS and noun_in(tok, self.words.SOURCE_NOUNS):
                issuer = _issuer_entity(tok, offset, quoted)
                start = tok.idx + offset
                if issuer is not None and not _in_quotes(start, quoted):
                    self.entities.append(Entity(issuer, start, "organisation", None, True, document=True,
                                                main=_main_subject(tok, self.words.CLEFT_SUBJECTS)))
                elif not _in_quotes(start, quoted) and tok.left_edge.lower_ in self.words.DEFINITE_DETERMINERS \
                        and tok.tag_ != "NNS" and tok.morph.get("Number") != ["Plur"] \
                        and not any(c.dep_ in ("poss", "nmod:poss", "compound", "nmod") for c in tok.children):
                    # ('The memo leans on polling. "…," it says': for "it" to stand for; not
                    # 'The museum's response', whose owner speaks, nor "the emails", no "it")
                    bisect.insort(self._document_subjects, (start, lemma_of(tok), tok.sent.end_char + offset))
            # (the cheap tests first: this weighs every token; "we don't know which survey company
            # fielded it" names no body a pronoun can stand for)
            if tok.dep_ not in ("nsubj", "nsubjpass") or tok.pos_ != "NOUN" or _asked_about(tok):
                continue
            plural = tok.tag_ == "NNS" or tok.morph.get("Number") == ["Plur"]  # (French tags say it in the morphology)
            if plural and not tok.ent_type_ and self._speaking_plural(tok):
                start = tok.idx + offset
                if not _in_quotes(start, quoted):
                    self.entities.append(Entity(_group_name(tok), start, "group", None, True))
            elif tok.lower_ in self.words.ORGANISATION_WORDS or tok.lower_ in self.words.BODY_WORDS:
                # 'The editorial board praised Haley. "…," they conclude', "Clinton's
                # campaign is seeking … what they call": a body "they" stands for.
                first = tok.left_edge
                start = first.idx + offset
                if not _in_quotes(start, quoted):
                    name = doc_text(doc)[first.idx : tok.idx + len(tok.text)]
                    self.entities.append(Entity(name, start, "organisation", morph_gender(tok), True))
        self._keep_in_order(added_from)

    def _add_described_subjects(self, tokens: list[Token], offset: int, quoted: list[tuple[int, int]]) -> None:
        """'A 29-year-old Berlin woman received probation after she posted
        comments. "…," she wrote': an unnamed person a sentence is about (an
        indefinite description of a person as its main subject), for a
        pronoun right after to stand for. A definite one ('Le Premier
        ministre a reçu les syndicats. « … », a-t-il assuré') only before
        anyone is named: later, the role is someone's the article named.
        (A lower-case noun is no name whatever the NER tagged: 'Premier
        ministre' is MISC to the small French model.)"""
        for tok in tokens:
            if tok.pos_ != "NOUN" or tok.ent_type_ and not tok.is_lower:
                continue
            if not _main_subject(tok):
                # ('Selon un diplomate européen, les discussions ont failli capoter. « … », a raconté ce
                # diplomate': a source the sentence rests on, described for the noun to name again)
                det = next((c for c in tok.children if c.dep_ == "det" and c.i < tok.i), None)
                if det is not None and det.lower_ in self.words.ANONYMOUS_DETERMINERS and self._according_before(det):
                    start = det.idx + offset
                    if not _in_quotes(start, quoted) and person_noun(tok.lower_, self.words, frozenset(self.words.GENDERED_NOUNS) | self.words.ANONYMOUS_HEADS):
                        phrase = _phrase_of(tok)[det.idx - tok.left_edge.idx :]  # (from its article: not "Selon")
                        bisect.insort(self._cited, (start, phrase))  # (for its noun to name again, not for a pronoun)
                continue
            first = tok.left_edge
            start = first.idx + offset
            if _in_quotes(start, quoted):
                continue
            definite = first.lower_ in self.words.DEFINITE_DETERMINERS
            if definite and (tok.lower_ in self.words.ROLE_TITLES or tok.lower_ in self.words.PERSON_ROLES):
                # ('The judge refused bail. "…," she said': the role a sentence is about)
                modifiers = [t.text for t in tok.doc[first.i + 1 : tok.i]]
                bisect.insort(self._role_subjects, (start, tok.lower_, modifiers, tok.sent.end_char + offset,
                                                    tok.idx + len(tok) + offset, tok.sent.start_char + offset))
            if not (first.lower_ in self.words.ANONYMOUS_DETERMINERS
                    or definite and self.last_person_before(start) is None):
                continue
            noun = tok.lower_
            people = frozenset(self.words.GENDERED_NOUNS) | self.words.TITLE_WORDS | self.words.ANONYMOUS_HEADS
            if not person_noun(noun, self.words, people):
                continue
            self._described.append((start, _phrase_of(tok), self.words.GENDERED_NOUNS.get(noun), tok.sent.end_char + offset))

    def _according_before(self, first: Token) -> bool:
        """Whether "according to" (« selon », « d'après ») is written right before a token."""
        before = doc_text(first.doc)[max(0, first.idx - 20) : first.idx].lower().rstrip()
        return any(before.endswith(phrase) and (len(before) == len(phrase) or not before[-len(phrase) - 1].isalpha())
                   for phrase in self.words.ACCORDING_TO)

    def described_with(self, noun: str, position: int, window: int) -> Optional[str]:
        """The last unnamed person an indefinite description made a
        sentence's subject within `window` characters before a position,
        whose description has the noun before any small word ('A police
        source', not 'a spokesman for the source'), or a source the article
        cited so ('Selon un diplomate européen, …')."""
        # (both lists in text order, read back lazily: the window stops the reading early)
        described = heapq.merge(((start, text) for start, text, _, _ in reversed(self._described)), reversed(self._cited), reverse=True)
        for start, text in described:
            if start >= position:
                continue
            if position - start > window:
                return None
            first, *rest = text.split()
            # (up to a small word, but not a capitalised one: 'A WHO official in Maputo')
            words = [fold(w) for w in itertools.takewhile(lambda word: fold(word) not in self.words.STOPWORDS or word[:1].isupper(), rest)]
            if fold(first) in self.words.ANONYMOUS_DETERMINERS and noun in words:
                return text
        return None

    def body_called(self, noun: str, position: int) -> Optional[str]:
        """The one body the article names before a position with the noun,
        capitalised, in its name ('the Ministry of Health' for "the
        ministry"); None when none or two are."""
        first, second = self._index("body names", len(self.text), self._bodies_by_head).get(noun.capitalize(), ((-1, ""), None))
        if not 0 <= first[0] <= position or second is not None and second <= position:
            return None
        if fold(first[1].split()[0]) in self.words.DEFINITE_DETERMINERS:
            return None  # ('Le Conseil constitutionnel': an English reading of capitals cuts a French name short)
        return f"the {first[1]}"

    def _bodies_by_head(self) -> dict[str, tuple[tuple[int, str], Optional[int]]]:
        """For each head word of the bodies the text names: where the first
        name ends and what it is, and where a second, different one ends
        (None if none): body_called answers by position from it, without
        reading the text again for every quote of a long feed."""
        found: dict[str, tuple[tuple[int, str], Optional[int]]] = {}
        for match in BODY_NAME.finditer(self.text):
            name = match.group(1)
            for word in set(name.split()):
                if not _headed_by(name, word):
                    continue
                if word not in found:
                    found[word] = ((match.end(), name), None)
                elif found[word][1] is None and found[word][0][1] != name:
                    found[word] = (found[word][0], match.end())
        return found

    def _role_subject_before(self, gender: str, position: int, sentence_start: int,
                             recent_speakers: list[tuple[int, str, str]]) -> Optional[str]:
        """'Prosecutor Helen Marsh addressed District Judge Ruth Kellerman. The
        judge refused bail. "…," she said': a definite role the sentence right
        before the pronoun's (or its own) is about, when no one spoke or was
        named as a subject since, stands for the person the article gave that
        role, if that person's gender fits."""
        at = bisect.bisect_left(self._role_subjects, (position,))
        if at == 0:
            return None
        start, role, modifiers, sent_end, role_end, sent_start = self._role_subjects[at - 1]
        if self._sentence_ends_between(sent_end, sentence_start):
            return None  # (only the sentence right before, or the pronoun's own)
        if recent_speakers and recent_speakers[-1][0] > start:
            return None
        # (a name inside the role's own words, 'the Ohio senator', is no one else)
        if any(e.subject and e.start >= role_end for e in itertools.takewhile(lambda e: e.start > start, self._back_from(position))):
            return None
        # ('Sen. Ana Ruiz …. Asked by …, the Ohio senator turned …': the person the
        # sentence before was about, when no one was given the role with that state)
        name = self.resolve_role(role, modifiers, start) or self.subject_before(role, start, sent_start)
        if name is None or (self.person_gender(name) or self._gender_of_named(name)) not in (None, gender):
            return None
        return name

    def _gender_of_named(self, name: str) -> Optional[str]:
        """The gender an entity of this full name was given ('Ms. …', a pronoun of its own)."""
        return next((e.gender for e in self._people_by_full_name().get(name, ()) if e.gender), None)

    def _described_since(self, gender: str, position: int, sentence_start: int, after: int) -> Optional[str]:
        """The unnamed person described last, after `after`, as the subject of
        the pronoun's sentence or of the one right before it, whom a pronoun
        of this gender can stand for."""
        found = [(end, text) for start, text, g, end in self._described
                 if after < start < position and g in (None, gender)]
        if not found:
            return None
        end, text = found[-1]
        between = self.text[end:sentence_start]
        return text if end >= sentence_start or not re.search(r"[.!?]\s", between) else None

    def _add_subject_pronouns(self, tokens: list[Token], offset: int, quoted: list[tuple[int, int]]) -> None:
        """'When the interview turned to Trump, he offered his thoughts.': the
        "he" or "she" a sentence's main verb is about, outside quotes, for a
        pronoun right after it to continue."""
        for tok in tokens:
            gender = self.words.PRONOUNS.get(tok.lower_)
            start = tok.idx + offset
            if gender not in ("male", "female") or not _main_subject(tok):
                continue
            if _in_quotes(start, quoted):
                continue
            sent = tok.sent
            self._subject_pronouns.append((start, gender, sent.start_char + offset, sent.end_char + offset))
        self._subject_pronouns.sort()

    def _add_issued_documents(self, doc: Doc, tokens: list[Token], offset: int, quoted: list[tuple[int, int]]) -> None:
        """'Clinton's campaign sent out an email …. "…," the email said':
        who sent, wrote or released a document (the named subject of the
        verb whose object it is), for a later "the email" to name."""
        for tok in tokens:
            if tok.pos_ != "NOUN":
                continue
            noun = lemma_of(tok)
            if noun not in self.words.SOURCE_NOUNS:
                continue
            author = self._written_by(tok)
            if author is not None and not _in_quotes(tok.idx + offset, quoted):
                # ('The memo, dated Feb. 27 and written by deputy manager Thad Okafor, …')
                self._issued.append((tok.idx + offset, noun, self.full_name(author), "person"))
                continue
            verb = tok.head
            if tok.dep_ in ("pobj", "obl") and verb.dep_ == "prep":
                verb = verb.head  # 'Slaughter wrote in an email'
            elif tok.dep_ not in ("dobj", "obj", "obl"):
                continue
            subject = next((c for c in verb.children if c.dep_ == "nsubj"), None) if verb.pos_ == "VERB" else None
            start = tok.idx + offset
            if subject is None or subject.pos_ in ("PRON", "NUM", "DET") or _in_quotes(start, quoted):
                continue  # ('One provided a document': no one the reader can name)
            if _in_quotes(subject.idx + offset, quoted):
                continue  # ('From the report: "… samples … produced …"': the quote's own words)
            person = person_entity_at(subject)
            if person is None:  # ("Price's attorney, Adaeze Nwosu, said in a statement": the name set off after the role)
                named = next((c for c in subject.children if c.dep_ == "appos" and c.i > subject.i), None)
                person = next((e for e in doc.ents if named is not None and e.start <= named.i < e.end
                               and (e.label_ in ("PERSON", "PER") or known_first_name(fold(e[0].text)))), None)
            if person is not None:
                self._issued.append((start, noun, self.full_name(self._entity_name(person)), "person"))
            else:
                self._issued.append((start, noun, self._body_again(subject, offset) or _phrase_of(subject), "organisation"))

    def _written_by(self, noun: Token) -> Optional[str]:
        """The person a participle on a document names as its author ('a memo
        written by X', 'the letter, dated May 2 and signed by X'), not whoever
        obtained or read it ('a memo obtained by CNN')."""
        participles = [c for c in noun.children if c.dep_ == "acl" and c.tag_ == "VBN"]
        participles += [c for p in participles for c in p.children if c.dep_ == "conj" and c.tag_ == "VBN"]
        for verb in participles:
            if lemma_of(verb) in self.words.OBTAINING_VERBS:
                continue
            for by in (c for c in verb.children if c.dep_ == "agent"):
                for obj in (c for c in by.children if c.dep_ == "pobj"):
                    person = person_entity_at(obj)
                    if person is not None:
                        return self._entity_name(person)
        return None

    def _entity_name(self, ent: Span) -> str:
        """A person's entity as a name: its particles kept, a possessive dropped."""
        return POSSESSIVE.sub("", _entity_text(ent, self.words.NAME_PARTICLES)).strip()

    def _body_again(self, subject: Token, offset: int) -> Optional[str]:
        """'Riverside General Hospital … The hospital said in a statement':
        a document's issuer that is a body named again by its noun is that
        body (naming._body_named_last reads the speakers so)."""
        first = subject.left_edge
        if subject.lower_ not in self.words.BODY_KINDS or first.lower_ not in self.words.DEFINITE_DETERMINERS:
            return None
        at = first.idx + offset
        return self.body_called(subject.lower_, at) or self.body_named_last(at)

    def issuer_of(self, noun: str, position: int) -> Optional[tuple[str, str]]:
        """(name, kind) of whoever the article last said sent or wrote a
        document of this kind, shortly before `position`."""
        found = [(name, kind) for start, issued, name, kind in self._issued
                 if issued == noun and start < position and position - start <= DOCUMENT_WINDOW]
        return found[-1] if found else None

    def _add_untagged_reporters(self, tokens: list[Token], offset: int, quoted: list[tuple[int, int]]) -> None:
        """'Pep Guardiola insisted …': a full name of two or three proper nouns
        that the NER gave no label at all, the subject of a reporting verb, is
        a person (the small models miss many names they never saw); without
        it "Guardiola" later, and the "he" after him, skip to someone else."""
        for tok in tokens:
            if tok.dep_ not in NOMINAL_SUBJECTS or tok.pos_ != "PROPN" or tok.ent_type_ or lemma_of(tok.head) not in self.words.SPEECH_VERBS:
                continue
            first = tok
            while first.i > 0 and tokens[first.i - 1].dep_ in ("compound", "flat", "flat:name") and tokens[first.i - 1].head == tok \
                    and tokens[first.i - 1].pos_ == "PROPN" and not tokens[first.i - 1].ent_type_:
                first = tokens[first.i - 1]
            words = [t.text for t in tokens[first.i : tok.i + 1]]
            start = first.idx + offset
            if not 2 <= len(words) <= 3 or not all(w[:1].isupper() and w[1:].islower() for w in words) or _in_quotes(start, quoted):
                continue
            name = " ".join(words)
            self._add_name(name)
            self.entities.append(Entity(name, start, "person", self.person_gender(name), True, reporter=True,
                                        main=_main_subject(tok, self.words.CLEFT_SUBJECTS)))

    def _add_untagged_surnames(self, tokens: list[Token], offset: int, quoted: list[tuple[int, int]]) -> None:
        """'Gorka also made the point that …': the surname alone of someone
        named before, as a sentence's subject, which the small NER left
        untagged or called an organisation. Without it a pronoun after it
        skips to whoever was named before."""
        for tok in tokens:
            if not tok.text[:1].isupper() or tok.ent_type_ in ("PERSON", "PER"):
                continue
            double = self._double_surname_opening(tok)
            if double is None and not (tok.dep_ in NOMINAL_SUBJECTS or self._verb_read_as_noun(tok)):
                continue
            start = tok.idx + offset
            if _in_quotes(start, quoted) or not self._surname_of_someone(double or tok.text):
                continue
            if double is not None:
                self.entities.append(Entity(double, start, "person", self.person_gender(double), True, main=True))
                continue
            if tok.i > 0 and tokens[tok.i - 1].text[:1].isupper() and tokens[tok.i - 1].dep_ == "compound":
                continue  # the last word of a longer name, which the name rules read whole
            reporter = lemma_of(tok.head) in self.words.SPEECH_VERBS
            self.entities.append(Entity(tok.text, start, "person", self.person_gender(tok.text), True, reporter=reporter,
                                        main=_main_subject(tok, self.words.CLEFT_SUBJECTS)))

    @staticmethod
    def _double_surname_opening(tok: Token) -> Optional[str]:
        """'Barthélémy-Soulé, lui, a préféré …': a double surname opening its
        sentence, which the French tokenizer cuts at the hyphen and the parse
        then reads as pieces of sentences of their own, as the whole word."""
        doc = tok.doc
        if tok.i > 0 and doc[tok.i - 1].text not in (".", "!", "?", "»", "”", '"') and not doc[tok.i - 1].is_space:
            return None
        hi = whole_name_words(tok.i, tok.i, doc)[1]
        return doc[tok.i : hi + 1].text if hi > tok.i else None

    def _verb_read_as_noun(self, tok: Token) -> bool:
        """'Trump brags that …' parsed as a compound noun: a sentence's first
        word before a plural noun that is a reporting verb's present form."""
        head = tok.head
        if not tok.is_sent_start or tok.dep_ != "compound" or head.i != tok.i + 1 or head.tag_ != "NNS":
            return False
        return self._speech_word(head.lower_)

    def _add_known_first_names(self, doc: Doc, tokens: list[Token], offset: int, quoted: list[tuple[int, int]]) -> None:
        """Runs of proper nouns opening with a known first name, which a small
        pipeline's NER missed ("Anne Hidalgo" tagged MISC), particles of the
        surname included ("Marine Le Pen", whose "Le" the French parser
        takes for a sentence start and "Pen" for a common noun). A census
        first name counts too when the run reports ('North Carolina's Ada
        Fisher, one of …, said', "Fisher" tagged a facility): as in
        _reporting_census_name for unparsed text."""
        i = 0
        while i < len(tokens):
            if not tokens[i].text[:1].isupper():
                i += 1  # (no name starts here: most words, spared the list lookups)
                continue
            first = fold(tokens[i].text)
            listed, census = first_name_gender(first), census_gender(first)
            # (each word whole, a hyphened first name too: 'Mei-Lin Tran-Bouvier', 'Youssef El-Amrani')
            j = whole_name_words(i, i, doc)[1] + 1 if listed or census else i
            while j > i and j < len(tokens) and self._continues_name(tokens, j):
                j = whole_name_words(i, j, doc)[1] + 1
            run = doc[i:j]
            # (a listed first name alone counts as a subject the NER missed:
            # 'LYON (AFP) - Sophie, 52 ans, infirmière, a décidé …')
            alone = len(run) == 1 and listed is not None and run[0].pos_ == "PROPN" and run[0].dep_ in NOMINAL_SUBJECTS
            # (unless the NER took the whole run: 'Le Pen' alone is no reason to lose 'Marine')
            # (words, not tokens: 'Sophie De Smet-Lacroix' is three words and five tokens)
            # (and particles no words: 'María Fernanda Ocampo de la Vega' is four)
            named = [word for word in run.text.split() if word not in self.words.NAME_PARTICLES]
            if (2 <= len(named) <= 4 and len(run) > 1 or alone) and not all(t.ent_type_ in ("PERSON", "PER") for t in run):
                start = run.start_char + offset
                # (or when set off after a person's noun: 'his rival, Ana Ruiz,', as in unparsed text)
                # (or right after a role's own noun: « l'épidémiologiste Mei-Lin Tran-Bouvier »)
                gender = listed or (census if self._reports(run) or self._set_off_after_role(doc_text(doc), run.start_char, run.end_char)
                                    or i > 0 and doc[i - 1].is_lower and role_noun(doc[i - 1].lower_, self.words) else None)
                if gender and not _in_quotes(start, quoted):
                    self._add_name(run.text)
                    heads = [t for t in run if t.dep_ in NOMINAL_SUBJECTS] or _apposed_subject(run)
                    title, context = _described_as(doc, i, j, self.words)  # ('le Dr Youssef El-Amrani': "le médecin" is him)
                    self.entities.append(Entity(run.text, start, "person", gender, bool(heads), title=title, context=context,
                                                main=any(_main_subject(t, self.words.CLEFT_SUBJECTS) for t in [*run, *heads])))
            i = max(j, i + 1)

    def _add_aged_names(self, doc: Doc, offset: int, quoted: list[tuple[int, int]], added_from: int) -> None:
        """'Harjit Sandhu, 61, a retired bus driver': a capitalised name an
        age follows is a person's, whatever the NER made of it ("Sandhu" a
        place) and whether or not a list knows the first name. (Only the
        paragraph's own entities, those from `added_from` on, can start
        where such a name does: the whole article's are not read again for
        each paragraph.)"""
        text = doc_text(doc)
        known = {e.start for e in self.entities[added_from:]}
        for match in name_run(self.words).finditer(text):
            words = match.group().split()
            while words and len(words[0]) > 1 and words[0].isupper():
                words = words[1:]  # ('a confié à l'AFP Julien, 28 ans': the agency is no part of the name)
            name = " ".join(words)
            start = match.end() - len(name) + offset
            if len(words) < 2 or start in known or _in_quotes(start, quoted) \
                    or re.match(self.words.AGE_AFTER_NAME, text[match.end() : match.end() + 24]) is None:
                continue
            span = doc.char_span(start - offset, match.end(), alignment_mode="expand")
            if span is None or any(t.ent_type_ in ("PERSON", "PER") for t in span) or fold(name.split()[0]) in sentence_openers(self.words.CODE):
                continue  # (the NER's own people are read already; 'Among Latinos' opens a sentence)
            self._add_name(name)
            self._surnames.add(fold(name.split()[-1]))
            subject = any(t.dep_ in NOMINAL_SUBJECTS for t in span)
            self.entities.append(Entity(name, start, "person", first_name_gender(fold(name.split()[0])), subject,
                                        main=any(_main_subject(t, self.words.CLEFT_SUBJECTS) for t in span)))

    def _reports(self, run) -> bool:
        """The run is the subject of a reporting verb, and no organisation's
        name nor a place's ('Virginia Gov. Terry McAuliffe announced')."""
        if any(fold(t.text) in self.words.TITLE_WORDS for t in run) or ORG_WORDS.search(run.text) \
                or fold(run[0].text) in sentence_openers(self.words.CODE):
            return False
        # (inverted right after the verb, whatever the NER made of it: '», répond Mei-Lin Tran-Bouvier.')
        before = run.doc[run.start - 1] if run.start > 0 else None
        if before is not None and before.is_lower and lemma_of(before) in self.words.SPEECH_VERBS:
            return True
        return run[0].ent_type_ not in ("GPE", "LOC", "NORP", "ORG") and any(
            t.dep_ in NOMINAL_SUBJECTS and lemma_of(t.head) in self.words.SPEECH_VERBS for t in run)

    def _continues_name(self, tokens: list[Token], j: int) -> bool:
        """Token j carries on a name begun before it: a capitalised proper
        noun, or a particle ("Le", "de", "von") followed by a capitalised word."""
        tok = tokens[j]
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            return True
        if tok.lower_ in self.words.NAME_PARTICLES and j + 2 < len(tokens) and not tok.whitespace_ \
                and tokens[j + 1].text in NAME_HYPHENS and tokens[j + 2].is_title:
            return True  # ('Hamid al-Rashidi': a particle hyphened to the surname; whole_name_words takes the rest)
        if tok.lower_ in self.words.NAME_PARTICLES and j + 1 < len(tokens):
            k = j + 1
            while k + 1 < len(tokens) and tokens[k].lower_ in self.words.NAME_PARTICLES and tokens[k].is_lower:
                k += 1  # (particles in a row: 'de la Vega', 'van der Berg', 'de los Reyes')
            nxt = tokens[k]
            # (a sentence end the parse put right after the surname, before its comma, is its mistake:
            # 'Gwenaëlle Le Bihan, infirmière' read as two sentences)
            return nxt.text[:1].isupper() and nxt.pos_ in ("PROPN", "NOUN") and (not nxt.is_sent_end or not nxt.whitespace_)
        return tok.pos_ == "NOUN" and tok.text[:1].isupper() and tokens[j - 1].lower_ in self.words.NAME_PARTICLES

    def add_names_from_text(self, text: str, offset: int = 0) -> None:
        """Capitalised runs of the unparsed paragraphs: full names for
        surnames, and people (when the first name tells) for pronouns."""
        added_from = len(self.entities)
        from .speakers import split_titles

        for match in name_run(self.words).finditer(text):
            for at, piece in self._sentence_pieces(match.group()):
                role = self._leading_role(piece)  # ('Striker Jamal Osei scored twice', 'Le Français Julien Carrère')
                titles, name = split_titles(piece[len(role) :].lstrip(), self.words.CODE)
                titles = [role.lower()] + titles if role else titles
                name = after_honorific(name, self.words)  # ('Leader of the Opposition Shri Harish Chandra Yadav')
                if at and name and fold(name.split()[0]) in sentence_openers(self.words.CODE):
                    continue  # 'Among Latinos', the sentence after 'Barack Obama.'
                if len(name.split()) < 2:
                    continue
                self._add_name(name)
                first = fold(name.split()[0])
                piece_start = match.start() + at
                gender = (first_name_gender(first) or self._introduced_as_person(first, text[piece_start + len(piece) :])
                          or self._reporting_census_name(first, name, text, piece_start, piece_start + len(piece)))
                # ('Prime Minister Keir Starmer': a first name no list knows, but a title says a person;
                # so does a person's noun the name is set off after: 'Britain's prime minister, Keir Starmer,')
                titled = bool(titles and titles[-1].split()) and fold(titles[-1].split()[-1]) in self.words.TITLE_WORDS \
                    or not titles and self._set_off_after_role(text, piece_start, piece_start + len(piece))
                if gender or titled:
                    start = offset + piece_start + piece.find(name.split()[0])
                    title = fold(titles[-1].split()[-1]) if titles and titles[-1].split() else ""
                    context = fold(text[max(0, piece_start - 30) : start - offset]) \
                        + self._description_in_text(text, piece_start + len(piece))
                    subject = self._likely_subject(text, piece_start, piece_start + len(piece))
                    main = subject and self._opens_sentence(text, piece_start)
                    self.entities.append(Entity(name, start, "person", gender, subject=subject, title=title, context=context,
                                                main=main))
        self._add_named_first_names(text, offset)
        self._add_couples(text, offset)
        self._add_known_surnames(text, offset, added_from)
        self._keep_in_order(added_from)

    def _description_in_text(self, text: str, end: int) -> str:
        """' ' and the description set off after a name in a paragraph read
        without a parse ('Jane Roe, a pediatrician in Boston, said',
        « Olivier Daoudi, pédiatre à Rennes, »), folded, as _description_after
        reads it from a parse: what "the pediatrician" is later read against.
        '' when none: a clause ('Roe, who …') opens on no article nor role."""
        found = APPOSITION.match(text, end)
        if found is None:
            return ""
        words = found.group(1).split()
        first = fold(words[0])
        w = self.words
        if first in w.INDEFINITE_ARTICLES or first in w.DEFINITE_DETERMINERS \
                or first.split("'")[0] + "'" in w.DEFINITE_DETERMINERS \
                or w.BARE_APPOSITIONS and words[0].islower() and role_noun(words[0], w):
            return " " + fold(found.group(1))
        return ""

    def _set_off_after_role(self, text: str, start: int, end: int) -> bool:
        """A name between commas right after a word for a person ('the
        opposition leader, Kemi Badenoch,'), or after the role's place ('le
        maire de Quimperlé, Erwan Le Guillou-Madec,'), read without a parse."""
        before = re.search(r"(?<![\w’'-])([^\W\d_][\w-]*)(?:\s+(?:of|de|du|d['’])\s*[A-ZÀ-Ý][\w’'-]*)?,[^\S\n]+$",
                           text[max(0, start - 60) : start])
        if before is None or not before.group(1).islower() or not re.match(r"[,.;)]", text[end : end + 1]):
            return False
        return person_noun(before.group(1), self.words, self.words.TITLE_WORDS)

    def _keep_in_order(self, added_from: int) -> None:
        """Keep the entities in text order. A paragraph's own come after the
        earlier paragraphs', so sorting them alone is enough, unless one
        falls before those (then everything is sorted, as it always was):
        sorting the whole list for each paragraph made long articles quadratic."""
        tail = sorted(self.entities[added_from:], key=lambda e: e.start)
        if added_from and tail and tail[0].start < self.entities[added_from - 1].start:
            self.entities.sort(key=lambda e: e.start)
        else:
            self.entities[added_from:] = tail

    def _add_couples(self, text: str, offset: int) -> None:
        """'David and Elena Marsh owned the bakery': two first names sharing
        one surname are two people, the first one's name written in full
        ("David Marsh") for a later 'Mr. Marsh' to find."""
        for match in COUPLE.finditer(text):
            first, name = match.group(1), f"{match.group(1)} {match.group(3)}"
            gender = _first_name_gender(fold(first))
            if gender is None or _first_name_gender(fold(match.group(2))) is None:
                continue
            self._add_name(name)
            if not any(e.start == offset + match.start(1) for e in self.entities):
                self.entities.append(Entity(name, offset + match.start(1), "person", gender, subject=False))

    def _add_named_first_names(self, text: str, offset: int) -> None:
        """'a 52-year-old resident named Caroline. … she said', 'his wife,
        Jane, offered': a first name alone, right after a naming word or set
        off by commas after a kin word, is a person a pronoun can stand for."""
        for match in re.finditer(r"\b(\w+)(\s+|,\s+)([A-Z][a-z]+)\b(,?)", text):
            word = match.group(1).lower()
            named = word in self.words.NAMING_WORDS and not match.group(2).strip()
            aside = word in self.words.KIN_WORDS and match.group(2).strip() == "," and match.group(4) == ","
            # 'His daughter Giulia, who …': a kin word someone owns, the name right after it
            possessive = self._possessive_before(text, match.start()) if word in self.words.KIN_WORDS and not match.group(2).strip() else None
            owned = possessive is not None
            if not (named or aside or owned):
                continue
            aside = aside or owned
            first = fold(match.group(3))
            gender = _first_name_gender(first) or (self.words.GENDERED_NOUNS.get(word) if owned else None)
            if gender:
                # 'But his wife, Jane, offered', "Trump's wife, Melania, is scheduled": the
                # subject, when the sentence opens with her or a verb follows her
                opening = re.split(r"[.!?]\s", text[: match.start()])[-1].split()
                follower = re.match(r"\s*([a-z]+)", text[match.end():])
                word = follower.group(1) if follower else ""
                verb_follows = word in self.words.AUXILIARY_FORMS or bool(word) and word not in self.words.STOPWORDS
                subject = aside and (len(opening) <= 3 or verb_follows)
                self._introduced.add(first)
                name = match.group(3)
                owner = re.search(r"\b([A-Z][\w\-]+)(?:'s|’s|'|’)\s+$", text[: match.start()]) if aside else None
                surname = owner.group(1) if owner is not None and self.known_person(owner.group(1)) else None
                if surname is None and possessive is not None:
                    surname = self._owner_surname(possessive, offset + match.start())
                if surname is not None:
                    name = f"{name} {surname}"  # "Trump's wife, Melania": Melania Trump; 'his daughter Giulia': Giulia Bellini
                    self._add_name(name)  # (the name her first name is then read in full as)
                self.entities.append(Entity(name, offset + match.start(3), "person", gender, subject=subject))

    def _after_body_kind(self, ent) -> bool:
        """Whether a name follows the noun of a kind of body ('la société
        Armor Habitat', 'the firm Baker Lane'): a body's name, whatever the
        NER tagged."""
        at = ent.start - 1
        # (past an adjective or two after the noun: « l'agence officielle Irna »)
        while at > 0 and ent.start - at <= 2 and ent.doc[at].pos_ == "ADJ" and ent.doc[at].is_lower:
            at -= 1
        if at < 0:
            return False
        before = ent.doc[at]
        # (an acronym too: « l'ONG Kay Nou Solidarité », 'the NGO Open Hands')
        return before.lower_ in self.words.BODY_KINDS and (before.is_lower and before.pos_ == "NOUN" or before.is_upper)

    def _workplace(self, ent) -> bool:
        """A one-word name right after a person's noun and the language's
        workplace preposition ('analyste chez Xerfi', 'an economist at
        Nomura'): a firm the NER called a person."""
        doc = ent.doc
        if len(ent) != 1 or ent.start < 2 or doc[ent.start - 1].lower_ not in self.words.WORKPLACE_PREPOSITIONS:
            return False
        noun = doc[ent.start - 2]
        return noun.pos_ in ("NOUN", "ADJ") and noun.is_lower and person_noun(noun.lower_, self.words)  # ("analyste" tagged an adjective)

    def _leading_role(self, name: str) -> str:
        """The role word a sentence opens a name with, capitalised ('Chef
        Marco Bellini', 'Striker Jamal Osei'), which the NER takes in: a
        noun for a person that is no first name, before a first name and a
        surname (a known one, unless the noun is a listed role); or an
        article and a nationality ('Le Français Julien Carrère'). Empty when
        there is none."""
        words = name.split()
        first = fold(words[0]) if words else ""
        if len(words) == 2 and words[0].istitle() and first in self.words.TITLE_WORDS and not known_first_name(first) \
                and words[1][:1].isupper() and fold(words[1]) not in self.words.TITLE_WORDS:
            return words[0]  # ('Dr MacLeod-Hendry did not dismiss …': the title and a surname, which the NER took in)
        if len(words) < 3 or not words[0].istitle():
            return ""
        if fold(words[0]) in self.words.DEFINITE_DETERMINERS and len(words) >= 4 and words[1].istitle() \
                and known_first_name(fold(words[2])):
            return " ".join(words[:2])  # ('Le Français Julien Carrère s'est imposé': an article and a nationality)
        if first in self.words.TITLE_WORDS and not known_first_name(first) and words[1].istitle():
            return words[0]  # ('Trustee Alistair Grant': a title, whatever the first name)
        # (before any capitalised name when the role is a listed one: 'Teenager Zephyrine Cole';
        # a word that only ends like one, 'Osman Abu Laban', before a known first name only)
        listed = person_noun(first, self.words, self.words.AFFILIATION_WORDS, endings=False)
        if known_first_name(first) or not person_noun(first, self.words) or not words[1].istitle() \
                or not (listed or known_first_name(fold(words[1]))):
            return ""
        return words[0]

    def _possessive_before(self, text: str, start: int) -> Optional[str]:
        """The possessive right before a position ('his', 'her', 'their' or a
        name's "'s"), or None; only the word before is read, not the text
        up to it."""
        last = re.search(r"(\S+)\s+$", text[max(0, start - WORD_REACH) : start])
        if last is None:
            return None
        word = last.group(1)
        owned = word.lower() in self.words.POSSESSIVE_PRONOUNS or POSSESSIVE.search(word) is not None and word[:1].isupper()
        return word if owned else None

    def _owner_surname(self, possessive: str, position: int) -> Optional[str]:
        """The surname of whom 'his' or 'her' right before a kin word stands
        for: the person named last before it, of that gender, with a name of
        two words or more ('Chef Marco Bellini … His daughter Giulia')."""
        gender = self.words.PRONOUNS.get(self.words.POSSESSIVE_PRONOUNS.get(possessive.lower(), ""))
        if gender not in ("male", "female"):
            return None
        last = next((e for e in self._back_from(position) if e.kind == "person"), None)
        if last is None or (last.gender or self.person_gender(last.name)) not in (None, gender):
            return None
        full = self.full_name(last.name).split()
        return full[-1] if len(full) > 1 else None

    @staticmethod
    def _opens_sentence(text: str, start: int) -> bool:
        """Without a parse: nothing but a sentence end before the position."""
        before = text[:start].rstrip()
        return not before or before[-1] in ".!?:\"”"

    def _likely_subject(self, text: str, start: int, end: int) -> bool:
        """Without a parse, a name is taken for a sentence's subject when it
        opens the sentence or a reporting verb follows it, not when it ends
        a phrase ('the conference led by the Rev. Al Sharpton')."""
        return self._opens_sentence(text, start) or self._reported_after(text, end)

    def _reported_after(self, text: str, end: int) -> bool:
        """Whether a reporting verb comes right after a position, past a comma ('Kimberley Fritts, said')."""
        after = re.match(r"\s*,?\s*([a-z]+)", text[end:])
        return bool(after) and self._speech_word(after.group(1))

    def _speech_word(self, word: str) -> bool:
        """Whether a lower-case word is a form of a reporting verb."""
        return lemma_forms(self.words.CODE).get(word, word) in self.words.SPEECH_VERBS

    def _reporting_census_name(self, first: str, name: str, text: str, start: int, end: int) -> Optional[str]:
        """The census gender of a two- or three-word name that reports or is
        set off as a person: a reporting verb right after it or right
        before it ('Kimberley Fritts, said', 'said Wayne Borders'), or an
        apposition after it when it opens a sentence ('Bob Sutton, chairman
        of …, voiced'). Not 'Orlando Republican voters were …'."""
        if not 2 <= len(name.split()) <= 3 or ORG_WORDS.search(name) or first in sentence_openers(self.words.CODE):
            return None  # ('In May 2001, Fiorina …': "In" is a census name too)
        before = re.search(r"\b([a-z]+),?\s*$", text[:start])
        reports = self._reported_after(text, end) or bool(before) and self._speech_word(before.group(1))
        set_off = self._opens_sentence(text, start) and re.match(r",\s+[a-z]", text[end:]) is not None
        return census_gender(first) if reports or set_off else None

    @staticmethod
    def _introduced_as_person(first: str, after: str) -> Optional[str]:
        """The census gender of a first name the lists don't hold, when the
        words after the run introduce a person ('Amanda Carpenter, a former
        aide', 'Phyllis Schlafly, who died', 'Sara Walker, 44,')."""
        if not PERSON_INTRODUCTION.match(after):
            return None
        return census_first_names().get(first)

    def _add_known_surnames(self, text: str, offset: int, added_from: int) -> None:
        """'Trump has record low support … He recently pitched himself': the
        surname alone of someone already named, opening a sentence of an
        unparsed paragraph, is that person again, and the sentence's subject.
        (Only the paragraph's own entities, from `added_from` on, can stand
        where it is named: the article's are not read again for each one.)"""
        known = {fold(n.split()[-1]): n for n in self.names if len(n.split()) > 1}
        speech_forms = speech_verb_forms(self.words.CODE)
        openers = [m.start(1) for m in SENTENCE_OPENING_WORD.finditer(text)]
        # ('Though empathetic with their grief, Woods said she …': or right
        # before a reporting verb, wherever in the sentence)
        reporters = [m.start(1) for m in SURNAME_BEFORE_VERB.finditer(text)
                     if m.group(2).lower() in speech_forms and self._first_named(known.get(fold(m.group(1))))]
        for at in sorted(set(openers + reporters)):
            word = re.match(r"[\w\-]+", text[at:]).group()
            end = at + len(word)
            if fold(word) not in known or (end < len(text) and text[end] in "’'"):
                continue  # not "Trump's campaign": the owner is no subject
            start = offset + at
            if not any(e.start == start for e in self.entities[added_from:]):
                self.entities.append(Entity(word, start, "person", self.person_gender(known[fold(word)]), subject=True,
                                            reporter=at in reporters))
        # ('Many more, like Vovk-Serdiuk, refuse. By Monday evening, she had …': a double
        # surname named again anywhere, no subject, is still the one a pronoun after it may be)
        doubles = {surname: name for surname, name in known.items() if "-" in surname}
        for match in DOUBLE_SURNAME.finditer(text):
            start = offset + match.start()
            if fold(match.group()) in doubles and not any(e.start <= start < e.start + len(e.name) for e in self.entities[added_from:]):
                self.entities.append(Entity(match.group(), start, "person", self.person_gender(doubles[fold(match.group())]),
                                            subject=self._likely_subject(text, match.start(), match.end())))

    @staticmethod
    def _first_named(name: Optional[str]) -> bool:
        """A full name that opens with a first name ('Dorothy Woods', not
        'York Times' cut from "The New York Times")."""
        first = fold(name.split()[0]) if name else ""
        # (or whose ending makes a first name: 'Amara Nwosu', before 'Grace Nwosu', her mother)
        return bool(first) and (first_name_gender(first) is not None or first in census_first_names() or ending_gender(first) is not None)

    def _sentence_pieces(self, run: str) -> list[tuple[int, str]]:
        """A capitalised run cut at each full stop that ends a sentence, not
        an abbreviation, with each piece's offset in the run ('Barack Obama.
        Among Latinos' → 'Barack Obama', 'Among Latinos'; 'Monday. Donald
        Trump' → 'Monday', 'Donald Trump'; 'Gov. Mike Pence', 'Robert P.
        Casey Jr.' stay whole)."""
        pieces: list[tuple[int, str]] = []
        start = 0
        for match in re.finditer(r"\S+", run):
            word = match.group()
            if match.end() < len(run.rstrip()) and word.endswith(".") and len(word) > 3 \
                    and fold(word) not in self.words.TITLE_WORDS | self.words.HONORIFICS:
                pieces.append((start, run[start : match.end() - 1]))
                start = match.end() + 1
        pieces.append((start, run[start:]))
        return [(at, piece.strip()) for at, piece in pieces if piece.strip()]

    def _gender(self, ent, doc: Doc) -> Optional[str]:
        # the honorific before the name, or inside what the NER tagged ('Mme Hidalgo')
        honorific = next((t.lower_ for t in doc[max(0, ent.start - 1) : ent.end - 1] if t.lower_ in honorifics(self.words)), "")
        if honorific:
            return honorific_gender(honorific, self.words)
        words = ent.text.split()
        while len(words) > 2 and fold(words[0]).rstrip(".") in self.words.TITLE_WORDS:
            words = words[1:]  # ('Cllr Brendan Fitzmaurice' tagged whole: the title says no gender, the first name does)
        if not words:
            return None
        first = fold(words[0])
        # A first name the lists lack ('Hank Johnson', 'Wayne Borders'): the
        # census's gender, since the NER already says a person is named.
        known = first_name_gender(first) or self._role_gender(ent, doc)
        if known is None and len(words) > 1:
            known = census_gender(first) or ending_gender(first)
        return known

    def _role_gender(self, ent, doc: Doc) -> Optional[str]:
        """'Le maire de Marseille, Benoît Payan', 'la ministre Amélie Dupont':
        the article of the role noun the name is put with says the gender
        (a noun like 'ministre' is one for both; its determiner is not).
        Only a language whose parse marks gender on determiners tells, but
        for a noun of one gender ('his daughter', 'sa fille')."""
        root = ent.root
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            role = root.head
        elif ent.start > 0 and doc[ent.start - 1].pos_ == "NOUN":
            role = doc[ent.start - 1]
        else:
            return None
        if not person_noun(role.lower_, self.words, frozenset(self.words.GENDERED_NOUNS), endings=False):
            return None
        if role.lower_ in self.words.GENDERED_NOUNS:
            return self.words.GENDERED_NOUNS[role.lower_]  # 'His daughter, Sanne de Vries': the noun says it
        det = next((c for c in role.children if c.dep_ == "det" and c.morph.get("Gender")), None)
        return morph_gender(det) if det is not None else None

    def _own_pronoun_gender(self, subject: Token, offset: int, quoted: list[tuple[int, int]]) -> Optional[str]:
        """'Ilia Calderón reacted with a letter on preparing her daughter',
        'Florent Groberg opened up about his decision': the first possessive
        in the clause whose main subject a full name is, with no one else
        named or spoken of before it, or the subject pronoun of what that
        name says ('said he had'), tells the gender of a first name the
        lists lack."""
        verb = subject.head
        for tok in verb.subtree:
            if tok.i <= subject.right_edge.i or _in_quotes(tok.idx + offset, quoted):
                continue  # (the name itself may come after its title: 'the anchor Ilia Calderón')
            gender = self.words.PRONOUNS.get(tok.lower_)
            if gender in ("male", "female") and tok.dep_ in NOMINAL_SUBJECTS and tok.head.dep_ == "ccomp" and tok.head.head == verb \
                    and lemma_of(verb) in self.words.SPEECH_VERBS:
                return gender  # 'Willem de Vries … said he had cut his loads': who says "he" of himself
            if tok.ent_type_ in ("PERSON", "PER") or tok.pos_ == "PROPN" or (tok.pos_ == "PRON" and tok.dep_ != "poss"):
                return None
            if tok.dep_ == "poss" and gender in ("male", "female"):
                return gender
        return None

    def _speaking_plural(self, noun: Token) -> bool:
        """A plural subject that can be a "they" who speaks: people, a group,
        bodies, documents ('the groups who wrote to her say'), not things
        ('the debates', 'such deals', 'their arms' were speakers' names)."""
        speaking = speaking_nouns(self.words)
        return any(word in speaking or word[:-1] in speaking or person_noun(word, self.words) for word in (lemma_of(noun), noun.lower_))

    def person_named(self, text: str) -> bool:
        """Whether the article's people include one named so in full ('Amara
        Nwosu', whom the NER called a body and the name reader a person)."""
        return len(text.split()) > 1 and not ORG_WORDS.search(text) and self.full_name(text) in self._people_by_full_name()

    def known_person(self, text: str) -> bool:
        """A one-word name that is the last word of a person named in the
        article ('Trump' after 'Donald Trump', or tagged a person elsewhere),
        or a family name of several words that ends a longer name ('Le Pen'
        after 'Marine Le Pen', 'Vargas Llosa'), whatever label the parse
        gave it here."""
        text = POSSESSIVE.sub("", text).strip()
        words = fold(text).split()
        if len(words) > 1 and all(word[:1].isupper() for word in text.split()):
            return any(fold(n).split()[-len(words) :] == words for n in self._distinct if len(n.split()) > len(words))
        return self._surname_of_someone(text, shortest=1)

    def learn_name(self, name: str) -> None:
        """A person a quote was attributed to by a rule that read the name
        where the NER did not ('Spokeswoman Haley Morris says' tagged an
        organisation, 'stated Roman Smbatyan' a nationality): later quotes by
        the surname alone complete it, as they would a tagged name."""
        if len(name.split()) > 1 and all(word[:1].isupper() for word in name.split()) and name not in self._distinct:
            self._add_name(name)

    def _surname_of_someone(self, text: str, shortest: int = 2) -> bool:
        """A one-word name that is the last word of a person already named
        (by a name of at least `shortest` words)."""
        # (or opening on a particle hyphened to it: 'al-Rashidi')
        if len(text.split()) != 1 or not (text[:1].isupper() or HYPHENED_SURNAME.match(text)) or text in POSTNOMINALS:
            return False
        return self._longest_by_surname().get(fold(text), 0) >= shortest

    def _longest_by_surname(self) -> dict[str, int]:
        """The most words of a name seen with each last word (folded), read
        on from the name forms seen since last asked (they are only ever added):
        asked for every capitalised word."""
        counted, longest = self._longest
        if counted != len(self._distinct):
            for name in itertools.islice(self._distinct, max(counted, 0), None):
                words = name.split()
                last = fold(words[-1])
                longest[last] = max(longest.get(last, 0), len(words))
                bare = without_particle(last)  # ('Assad said' after 'Bashar al-Assad')
                if bare != last:
                    longest[bare] = max(longest.get(bare, 0), len(words))
            self._longest = (len(self._distinct), longest)
        return longest

    def learn_gender(self, name: str, gender: str) -> None:
        """A pronoun resolved to a name teaches the name's gender."""
        last = fold(name.split()[-1])
        for ent in self._people_by_surname().get(last, ()):
            if ent.gender is None:
                ent.gender = gender

    def _index(self, name: str, version: object, build: Callable[[], T]) -> T:
        """The index `name` over the article's people, built again only when
        its version (the counts of what it is built from, which only grow)
        changed since: the rules ask the indexes quote after quote, while
        entities and names are still being added."""
        built = self._indexes.get(name)
        if built is None or built[0] != version:
            built = self._indexes[name] = (version, build())
        return built[1]

    def _people_by_surname(self) -> dict[str, list[Entity]]:
        """The people of the article by the folded last word of their name."""
        def build() -> dict[str, list[Entity]]:
            index: dict[str, list[Entity]] = {}
            for ent in self.entities:
                if ent.kind == "person" and ent.name.split():
                    last = fold(ent.name.split()[-1])
                    index.setdefault(last, []).append(ent)
                    if without_particle(last) != last:
                        index.setdefault(without_particle(last), []).append(ent)
            return index
        return self._index("surname", len(self.entities), build)

    # --- names ------------------------------------------------------------
    def body_in_full(self, name: str, kind: Optional[str] = None) -> tuple[str, Optional[str]]:
        """(name, kind) of a speaker named by initials ('The HPF') as the
        article spelled them out in brackets ('the Hadra Popular Forces
        (HPF)'); of a body named by its first word ('Halden said') as the
        article named it in full ('Halden Networks'), as a surname stands for
        a person's whole name, even when the word alone read as a person's
        ('Kestrel said' after 'Kestrel Systems', no one's surname); else as
        given."""
        full = in_full(name, self._index("initials", len(self.text), lambda: spelled_out(self.text, self.words)), self.words)
        if full != name or " " in name or not name[:1].isupper():
            return full, kind
        if kind == "person" and fold(name) in self._surnames:
            return name, kind  # (someone's surname: 'Trump said', whatever 'Trump Organization' the text names)
        if kind not in ("organisation", "group", "person"):
            return name, kind
        if (name, kind) not in self._short_bodies:
            # (a plural is no body's first word: 'Democrats' in 'Democrats Lose Court Battle')
            opening = _body_with_suffix(self.text, name) if kind != "group" else None
            ending = _body_ending_with(self.text, name) if kind != "person" else None
            self._short_bodies[(name, kind)] = opening or ending or name
        full = self._short_bodies[(name, kind)]
        return full, "organisation" if full != name else kind

    def full_name(self, name: str, gender: Optional[str] = None) -> str:
        """The fullest form of a person's name in the article ("Erdogan" →
        "Recep Tayyip Erdogan"): same last word, all words contained. Of two
        people sharing the surname ("Dorothy Woods, whose husband, Navy SEAL
        Ty Woods, …"), the one named first: a story names its subject early.
        A `gender` the text gives ("Mr. Obama") passes over forms whose first
        name is the other's ("Michelle Obama").
        Answers are kept until a new name is seen (the names and the people
        the NER tagged only grow): the role rules ask it of every person of
        the article for every quote, which made a feed of thousands of
        quotes on one line take minutes."""
        key = (name, gender, len(self._distinct), len(self._tagged_people))
        if key not in self._full:
            self._full[key] = self._read_full_name(name, gender)
        return self._full[key]

    def _read_full_name(self, name: str, gender: Optional[str]) -> str:
        name = POSSESSIVE.sub("", name).strip()
        words = fold(name).split()
        if not words:
            return name
        forms: list[str] = []
        for cand in self._distinct:
            form = self.name_form(cand)
            if form is None or form.split()[0].lower() in honorifics(self.words):
                continue  # 'Mme Borne' is no fuller a name than 'Borne'
            cw = fold(form).split()
            if len(cw) > 1 and cw[-1] in FOLDED_SUFFIXES and words[-1] not in FOLDED_SUFFIXES:
                cw = cw[:-1]  # ('De los Reyes' for Rodolfo de los Reyes Jr.; the fuller form is kept whole)
            if len(words) == 1 and cw[-1] != words[-1] and without_particle(cw[-1]) == words[-1]:
                cw = cw[:-1] + [words[-1]]  # ('Assad' for Bashar al-Assad, 'Haddad' the NER cut from 'el-Haddad')
            # (at most five words, particles aside: 'María Fernanda Ocampo de la Vega')
            if len(cw) > len(words) and cw[-1] == words[-1] and set(words) <= set(cw) \
                    and len([word for word in cw if word not in self.words.NAME_PARTICLES]) <= 5:
                forms.append(form)
        if not forms and len(words) == 1:
            # 'Pour Marine | Le Pen,', 'His wife, Jane,': a first name (of
            # either list) the parse cut from its surname is the one person
            # of the article so named; so is a family name written first
            # ('Mao Ning … Mao told', 'Lai Ching-te')
            forms = list(dict.fromkeys(f for f in map(self.name_form, self._distinct) if f and len(f.split()) > 1 and fold(f).split()[0] == words[0]))
            # (or a first name a kin word introduced: 'Her son Matteo' is Matteo Rossi)
            if len(forms) == 1 and (known_first_name(words[0]) or words[0] in self._introduced
                                    or self._introduced_whole(forms[0], words[0])):
                return forms[0]
            return self.written_in_full(name) or name
        if gender is not None:
            # (the census's genders too: 'Mr. Marsh' after 'David and Elena Marsh' is no Elena; but
            # 'Mr Mehmood' is Rana Tariq Mehmood, whose given names are a woman's and a man's)
            forms = [form for form in forms if _first_name_gender(fold(form).split()[0]) in (None, gender)
                     or gender in {_first_name_gender(word) for word in fold(form).split()[1:-1]}]
        if not forms:
            return name
        # a form opening with a first name over 'Team Trump', 'Absent Trump'
        forms = [form for form in forms if self._first_named(form)] or forms
        # (a form another ends with is that one cut short: 'Chandra Yadav' of 'Harish Chandra Yadav')
        forms = [form for form in forms if not any(fold(other).endswith(" " + fold(form)) for other in forms)]
        first = fold(forms[0]).split()[0]
        forms = [form for form in forms if fold(form).split()[0] == first]
        return max(forms, key=lambda form: len(form.split()))

    def written_in_full(self, surname: str) -> Optional[str]:
        """The one 'First Surname' (or 'First M. Surname') the article text
        writes, with a first name either list knows, when the NER tagged it
        no person ('Director James Comey', 'Cecile Richards' in a headline):
        "Comey" alone is no name a reader searches for. None when no such
        form, or two people share the surname ('Hillary' and 'Bill Clinton'),
        or the word is a capital that speaks for its government ('Washington
        said' with George Washington written)."""
        if not surname[:1].isupper() or " " in surname or fold(surname) in self.words.METONYM_PLACES:
            return None
        if surname not in self._in_full:
            openers = sentence_openers(self.words.CODE) | honorifics(self.words) | self.words.TITLE_WORDS | self.words.AFFILIATION_WORDS
            found: dict[str, str] = {}
            # (a nickname between quotes is left out: 'Marine John “Tig” Tiegen' is John Tiegen)
            pattern = r"\b([^\W\d_][\w’'-]+)((?: [^\W\d_]\.)?)(?: [“\"][^”\"]{1,20}[”\"])? " + re.escape(surname) + r"(?![\w-])"
            for match in re.finditer(pattern, self.text):
                first = fold(match.group(1))
                if not match.group(1)[0].isupper() or first in openers:
                    continue
                if not known_first_name(first) and not self._after_a_role(match.start(1)):
                    continue
                written = f"{match.group(1)}{match.group(2)} {surname}"
                if len(written) > len(found.get(first, "")):
                    found[first] = written
            self._in_full[surname] = next(iter(found.values())) if len(found) == 1 else None
        return self._in_full[surname]

    def _after_a_role(self, at: int) -> bool:
        """Whether the word before offset `at` is a lower-case noun for a
        person ('author Dinesh D’Souza', 'ACLU attorney Paloma Wu',
        'spokesman Murshed Zaheed'): the capitalised word after it is a first
        name, whether or not a list knows it."""
        before = re.search(r"(?<![\w’'-])([^\W\d_][\w-]*)[^\S\n]+$", self.text[max(0, at - 40) : at])
        if before is None or not before.group(1).islower() or len(before.group(1)) < 5:
            return False
        return person_noun(before.group(1), self.words, self.words.TITLE_WORDS | self.words.AFFILIATION_WORDS)

    def name_form(self, name: str) -> Optional[str]:
        """A capitalised run as a name (see _read_name_form), read once per
        article: full_name and person_gender ask it of every name seen."""
        if name not in self._forms:
            self._forms[name] = self._read_name_form(name)
        return self._forms[name]

    def _read_name_form(self, name: str) -> Optional[str]:
        """A capitalised run as a name: without the sentence opener it
        swallowed ("But Bill Skelly" → "Bill Skelly", "While Trump" →
        "Trump"), the title or party before it ("Republican Donald Trump",
        "Sanders campaign manager Jeff Weaver", "Media Research Center’s
        Bozell"), or None when it does not read as one: a sentence end inside
        ("Iowa Caucus. The Ebeling"), a rank ("Air Force 1st"), a verb form
        ("Debating Clinton"), a headline's small word inside ("Christie Is
        Over Marco Rubio")."""
        parts = name.split()
        particles = self.words.NAME_PARTICLES
        # after a possessive or a lower-case word, the name starts again
        # (a surname opening on an elided particle is capitalised: "Marguerite d'Aubigny-Rask")
        cut = max((i + 1 for i, p in enumerate(parts[:-1])
                   if POSSESSIVE.search(p) or (p[:1].islower() and fold(p) not in particles and not ELIDED_PARTICLE.match(p))), default=0)
        parts = parts[cut:]
        common = sentence_openers(self.words.CODE)
        titles = self.words.TITLE_WORDS | self.words.AFFILIATION_WORDS | self.words.DEPARTMENT_WORDS
        # 'Clinton Senior Adviser Sidney Blumenthal', 'Post Editor-in-Chief
        # Martin Baron', 'South Korean-born Monte Haines', '(Secretary of)
        # Defense Leon Panetta': the name follows its last title or portfolio word.
        cut = max((i + 1 for i, p in enumerate(parts[:-1]) if self._title_word(p, titles)), default=0)
        parts = parts[cut:]
        while len(parts) > 1 and (
            (fold(parts[0]).strip(".") in common and first_name_gender(fold(parts[0])) is None) or fold(parts[0]) in titles
            or fold(parts[0]) in speech_verb_forms(self.words.CODE) and not known_first_name(fold(parts[0]))
        ):
            parts = parts[1:]  # not "Will Doyle", nor 'Continued Stone:' (an inverted cue)
        if any(p.endswith(".") and len(p) > 3 and not INITIALS.fullmatch(p) for p in parts[:-1]) or any(c.isdigit() for c in name):
            return None
        if any(fold(p) in common and fold(p) not in particles for p in parts[1:-1]):
            return None  # but "George Will", "Al From"
        first = fold(parts[0]).strip(".")
        if not known_first_name(first) and len(first) > 4 and first.endswith(("ing", "ed")):
            return None  # ('Debating Clinton'; not 'Ed Rendell', 'Alfred Smith')
        return " ".join(parts)

    def _title_word(self, word: str, titles: frozenset) -> bool:
        """A title or calling, also inside a hyphenated compound
        ('Editor-in-Chief', 'Secretary-Treasurer', 'Oscar-winner', 'Korean-born')."""
        folded = fold(word).strip(",")
        if len(folded) <= 3 and folded in self.words.AFFILIATION_WORDS and not word.strip(",").isupper():
            return False  # ('AG Jeff Sessions', 'GOP Sen. …' in capitals; not 'Ibrahim Ag Alhassane')
        pieces = folded.split("-")
        return folded in titles or any(p in titles for p in pieces) or pieces[-1] in self.words.DESCRIPTOR_SUFFIXES

    def person_gender(self, name: str) -> Optional[str]:
        """The gender learned for a person: by the whole name when two
        people share the surname, else by the last word."""
        last = fold(name.split()[-1]) if name.split() else ""
        known = (ent for ent in reversed(self.entities) if ent.kind == "person" and ent.gender and fold(ent.name.split()[-1]) == last)
        if self._shared_surname(last):
            # 'Woods' with Dorothy and Ty Woods in the article: the one the
            # surname stands for, or no gender at all
            full = fold(self.full_name(name))
            known = (ent for ent in known if len(ent.name.split()) > 1 and (fold(ent.name).endswith(full) or full.endswith(fold(ent.name))))
        latest = next(known, None)
        return latest.gender if latest is not None else None

    def _introduced_whole(self, form: str, word: str) -> bool:
        """The article named the person in full, as a person (a name the
        NER called one, or one a description follows: 'Ban Ki-moon, the
        secretary general'), before it used the word alone: 'Mao Ning … Mao
        told' (not 'the Trump Train, I know … Trump'). Asked quote after
        quote: each form's answer is searched for in the text once (again
        only if the NER has called more names people since)."""
        key = (form, len(self._tagged_people))
        if key not in self._whole_first:
            self._whole_first[key] = self._search_introduced_whole(form)
        return self._whole_first[key]

    def _search_introduced_whole(self, form: str) -> bool:
        introduced = re.search(re.escape(form) + r",\s+(?:who|whose|a|an|the|\d{1,3},)\s", self.text)
        if form not in self._tagged_people and introduced is None:
            return False
        whole = self.text.find(form)
        rest = re.escape(form.split(None, 1)[1])
        alone = re.search(rf"\b{re.escape(form.split()[0])}\b(?!\s+{rest})", self.text)
        return whole >= 0 and (alone is None or whole < alone.start())

    def _shared_surname(self, last: str) -> bool:
        """Two people of the article bear this last name. Asked for every
        gender lookup: answered again only when new names were seen."""
        key = (last, len(self._distinct))
        if key not in self._shared:
            firsts = {fold(form).split()[0] for form in filter(None, map(self.name_form, self._distinct))
                      if len(form.split()) > 1 and fold(form).split()[-1] == last}
            self._shared[key] = len(firsts) > 1
        return self._shared[key]

    # --- pronouns ---------------------------------------------------------
    def resolve_pronoun(self, pronoun: str, position: int, sentence_start: int, recent_speakers: list[tuple[int, str, str]]) -> Optional[tuple[str, str]]:
        """(name, kind) the pronoun at `position` stands for, or None."""
        cut = bisect.bisect_left(recent_speakers, (position,))
        if cut < len(recent_speakers):
            # (a mention a later line inherits, '— …, a-t-elle résumé. / — Et … ? lui a
            # demandé un journaliste. / — …': who spoke after the pronoun is not it)
            recent_speakers = recent_speakers[:cut]
        agreement = self.words.PRONOUNS.get(pronoun.lower().lstrip("-"), self.words.PRONOUNS.get(pronoun.lower()))
        if agreement in ("male", "female"):
            person = self._resolve_person(agreement, position, sentence_start, recent_speakers)
            if person is None and agreement in self.words.THING_PRONOUN_GENDERS:
                return self._body_of_gender(agreement, position)
            return person
        if agreement in ("plural", "neuter"):
            # "they" is a body or a group, "it" a body ('The group seeks … what
            # it calls'); the subject nearest before the pronoun, in its own
            # sentence too ('Senate Democrats blocked the bill because they said').
            kinds = ("organisation", "group") if agreement == "plural" else ("organisation",)
            written = self._document_written_by(position, sentence_start) if agreement == "neuter" else None
            if written is not None:
                return written
            for ent in reversed(self.entities):
                if ent.start < position and ent.kind in kinds and ent.subject:
                    return ent.name, ent.kind
        return None

    def _document_written_by(self, position: int, sentence_start: int) -> Optional[tuple[str, str]]:
        """'The memo, written by Thad Okafor, …. The memo leans on polling.
        "…," it says': the author of a document the sentence right before
        "it" (or its own) is about."""
        at = bisect.bisect_left(self._document_subjects, (position,))
        if at == 0:
            return None
        start, noun, sent_end = self._document_subjects[at - 1]
        if self._sentence_ends_between(sent_end, sentence_start):
            return None
        return self.issuer_of(noun, start)

    def _sentence_ends_between(self, end: int, start: int) -> bool:
        """Whether another sentence ends between the end of one (`end`) and
        the start of a later one: the later is not right after it."""
        return end < start and re.search(r"[.!?][\"”’»]?\s", self.text[end:start]) is not None

    def _body_of_gender(self, gender: str, position: int) -> Optional[tuple[str, str]]:
        """'Le groupe a annoncé … Dans un communiqué, il juge': where a
        personal pronoun also stands for things and no person fits, the
        last organisation a sentence was about, close before, whose noun
        agrees (a name the NER found has no gender to disagree with)."""
        for ent in reversed(self.entities):
            if ent.start >= position:
                continue
            if position - ent.start > BODY_PRONOUN_WINDOW:
                return None
            if ent.kind == "organisation" and ent.subject and ent.gender in (None, gender):
                return ent.name, ent.kind
        return None

    def resolve_role(self, role: str, modifiers: list[str], position: int) -> Optional[str]:
        """The person "the Vermont senator" (a role noun after a definite
        article) stands for: the last one named before it with that role
        written before the name ("Vermont Sen. Bernie Sanders", "Republican
        presidential candidate Donald Trump"), its capitalised words and
        qualifiers agreeing ('the former president' is not 'Vice President
        Joe Biden'). None when nobody fits, never guessed from who was named
        last (subject_before asks whom an earlier sentence was about)."""
        role = fold(role)
        titles = self._titles_of(role)
        wanted = [self.words.MODIFIER_EQUIVALENTS.get(fold(m), fold(m)) for m in modifiers if m[:1].isupper()]
        qualifiers = {fold(m) for m in modifiers} & self.words.ROLE_QUALIFIERS
        lower = tuple(m for m in self._telling_modifiers(modifiers) if m not in wanted)

        def same_role(e: Entity) -> bool:
            context = self._context_words(e)
            # (or a title word that gives it: 'the doctor' for Dr. Ana Ruiz, « l'élu » for le maire)
            return ((e.title.rstrip(".") in titles or role in context or not titles.isdisjoint(context)) and all(m in context for m in wanted)
                    and context & self.words.ROLE_QUALIFIERS == qualifiers and not self._told_otherwise(e, role, lower))

        key = (role, tuple(wanted), frozenset(qualifiers), lower)
        answers: dict[tuple, tuple[list[Entity], list[int]]] = self._index("role holders", len(self.entities), dict)
        if key not in answers:  # (the same description, quote after quote: the holders are found once)
            found = [e for e in self.entities if e.kind == "person" and same_role(e)]
            answers[key] = (found, [e.start for e in found])
        holders, starts = answers[key]
        at = bisect.bisect_left(starts, position)
        if at:
            return self.full_name(holders[at - 1].name)
        return self._role_of_last_named(titles, wanted, qualifiers, position)

    def named_later(self, role: str, modifiers: list[str], position: int) -> Optional[str]:
        """'A federal judge in Texas on Friday blocked …, calling it "…". U.S.
        District Judge Amanda Ruiz wrote …': a lede describes someone before
        any name, and the article names them after; the one person the
        article gives that role, when no one is named before `position`."""
        if self.last_person_before(position) is not None:
            return None
        holders = {self.resolve_role(role, modifiers, e.start + 1) for e in self.entities if e.kind == "person" and e.start > position}
        holders.discard(None)
        return holders.pop() if len(holders) == 1 else None

    def subject_before(self, role: str, position: int, sentence_start: int) -> Optional[str]:
        """'Ben Carson says he is under attack. "…," the Republican presidential
        candidate told CBS': a description the article never gives anyone
        varies the name of the person an earlier sentence was about, when
        that person, its main subject, is also the last one named, close
        before. Anyone else named since (an object, a clause's subject)
        leaves the description as written, except an object titled with
        another role ('Marco Rubio responded first, ripping into President
        Barack Obama. "…," the Florida senator said')."""
        last = self._last_possible_holder(role, position)
        if last is None or position - last.start > ROLE_WINDOW or last.start >= sentence_start or self._no_one(last.name):
            return None
        name = self.full_name(last.name)
        passed = {self.full_name(e.name) for e in self.entities if last.start < e.start < position}
        if self._other_name_since(name, last, position, passed):
            return None
        # ('Maria Lopez says …': her surname read again inside the name is still her)
        same = [e for e in itertools.takewhile(lambda e: e.kind != "person" or self.full_name(e.name) == name,
                                               (e for e in reversed(self.entities) if e.start <= last.start)) if e.kind == "person"]
        main = next((e for e in same if e.main), None) or self._named_then_pronoun(last, position)
        if main is None or self._met_before_named(role, name):
            return None  # ('The judge rubbed his chin … Brafman …, the judge exclaimed': someone of their own)
        return name

    def _met_before_named(self, role: str, name: str) -> bool:
        """The article wrote 'the … <role>' before it first wrote the name's
        last word: the description is someone of its own ('The judge rubbed
        his chin … Brafman …, the judge exclaimed'), not a second name for a
        person met first ('De Blasio disbanded the unit … the Republican
        presidential candidate said' is Trump, whom the lead named)."""
        named = re.search(rf"\b{re.escape(name.split()[-1])}\b", self.text)
        before = self.text[: named.start()] if named else self.text
        return re.search(rf"\bthe\s+(?:[\w-]+\s+){{0,3}}{re.escape(role)}\b", before, re.I) is not None

    def _named_then_pronoun(self, last: Entity, position: int) -> Optional[Entity]:
        """'At the moment Chris Christie learned he had been bumped …, he was
        clocking his 44th day': a sentence whose main subject is a pronoun
        that agrees with the person named last in it, in a clause, is about
        them (or whose gender is not known: 'When Pieter de Vries drove …, he')."""
        known = last.gender or self.person_gender(last.name)
        for start, gender, sent_start, sent_end in self._subject_pronouns:
            if sent_start <= last.start < start < min(sent_end, position) and known in (None, gender):
                return last
        return None

    def _other_name_since(self, name: str, last: Entity, position: int, passed: frozenset | set = frozenset()) -> bool:
        """Whether a full name of someone else is written between a person's
        mention and a position, though no entity was made of it ('His
        campaign manager Jeff Weaver met reporters', the NER silent); the
        `passed` names were seen and weighed already."""
        between = self.text[last.start + len(last.name) : position]
        return any(" " in n and n in between and self._first_named(n) and self.full_name(n) not in passed | {name}
                   for n in self._distinct)

    def _last_possible_holder(self, role: str, position: int) -> Optional[Entity]:
        """The person named last before a position, passing over an object
        titled with another role ('ripping into President Barack Obama' is
        no senator)."""
        titles = self._titles_of(role)
        known = every_title(self.words)
        for e in reversed(self.entities):
            if e.start >= position or e.kind != "person":
                continue
            title = e.title.rstrip(".")
            if not e.subject and title in known and title not in titles:
                continue
            if (e.oblique or e.owner) and not e.subject:
                # ('In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate said';
                # 'Trump continued to question Cruz's temperament, …, said the New York businessman')
                continue
            return e
        return None

    def _titles_of(self, role: str) -> set[str]:
        """The title words that give a role ('sen', 'senator' for "senator"), without their dots."""
        role = fold(role)
        return set(role_titles(self.words).get(role, ())) or {role}

    def role_given_to_another(self, role: str, name: str, modifiers: Sequence[str] = ()) -> bool:
        """Whether the article writes the role before the name of someone
        other than `name` ('Florida Sen. Marco Rubio', before or after),
        with the description's capitalised modifiers ('the Vermont senator'
        is not Missouri Sen. Claire McCaskill)."""
        role = fold(role)
        titles = self._titles_of(role)
        wanted = self._telling_modifiers(modifiers)
        given = self._people_by_title_word()
        holders = {id(e): e for word in titles for e in given[0].get(word, ())} | {id(e): e for e in given[1].get(role, ())}
        return any(all(m in self._context_words(e) for m in wanted) and self.full_name(e.name) != name for e in holders.values())

    def _people_by_title_word(self) -> tuple[dict[str, list[Entity]], dict[str, list[Entity]]]:
        """The people of the article by their title ('sen') and by each word
        before their name."""
        def build() -> tuple[dict[str, list[Entity]], dict[str, list[Entity]]]:
            by_title: dict[str, list[Entity]] = {}
            by_context: dict[str, list[Entity]] = {}
            for e in self.entities:
                if e.kind == "person":
                    by_title.setdefault(e.title.rstrip("."), []).append(e)
                    for word in dict.fromkeys(e.context.split()):
                        by_context.setdefault(word, []).append(e)
            return by_title, by_context
        return self._index("title word", len(self.entities), build)

    def _telling_modifiers(self, modifiers: Sequence[str]) -> list[str]:
        """The words of a description that tell one holder of its role from
        another, folded: its capitalised ones ('the Vermont senator') and, in
        a language that writes them after the noun in lower case, its
        adjectives (« le ministre turc » is not « le ministre russe des
        Affaires étrangères, Sergueï Volkonski »)."""
        return [self.words.MODIFIER_EQUIVALENTS.get(fold(m), fold(m)) for m in modifiers
                if m[:1].isupper() or self.words.LOWER_CASE_MODIFIERS and m.isalpha() and m.islower() and m not in self.words.STOPWORDS]

    def known_in_another_office(self, role: str, name: str) -> bool:
        """Whether the article gives `name` another office and never this one
        ('la maire de Paris, Anne Hidalgo' is not "le ministre" that follows;
        'Gov. Chris Christie' may still be "the candidate", which is no office)."""
        role = fold(role)
        offices = role_titles(self.words)
        if role not in offices:
            return False
        titles = self._titles_of(role) | {role}
        others = {t for office, forms in offices.items() if office != role for t in (*forms, office)} - titles
        seen = self._words_before(name)
        return bool(seen & others) and not seen & titles

    def described_otherwise(self, name: str, role: str) -> bool:
        """Whether the article describes a person by another person's noun and
        never by `role` ('Léa Combaz, 19 ans, étudiante' is no "retraité"):
        the reader knows they are not the one the role stands for."""
        seen = self._words_before(name)
        return fold(role) not in seen and not seen.isdisjoint(_folded_roles(self.words))

    def _words_before(self, name: str) -> set[str]:
        """Every title and context word before any mention of a person
        (answers kept while the people by full name stay the same)."""
        people = self._people_by_full_name()
        answers: dict[str, set[str]] = self._index("words before", self._names_version(), dict)
        if name not in answers:
            answers[name] = {word for e in people.get(name, ()) for word in self._context_words(e) | {e.title.rstrip(".")}}
        return answers[name]

    def _names_version(self) -> tuple[int, int, int]:
        """What full names depend on: the entities, the name forms seen and
        the names the NER tagged people (all only grow)."""
        return len(self.entities), len(self._distinct), len(self._tagged_people)

    def _people_by_full_name(self) -> dict[str, list[Entity]]:
        """The people of the article by their full name, in text order."""
        def build() -> dict[str, list[Entity]]:
            index: dict[str, list[Entity]] = {}
            for ent in self.entities:
                if ent.kind == "person":
                    index.setdefault(self.full_name(ent.name), []).append(ent)
            return index
        return self._index("full name", self._names_version(), build)

    def _told_otherwise(self, e: Entity, role: str, adjectives: tuple[str, ...]) -> bool:
        """Whether the words before a name give its role another lower-case
        adjective than a description's (« le président sénégalais Mamadou
        Lamine Sarr » is not « le président mauritanien »): a form of the
        same word ('sénégalaise') agrees."""
        if not adjectives:
            return False
        words = _bare_words(e.context)
        after = [words[k + 1] for k in range(len(words) - 1) if words[k] == role]
        return any(a not in self.words.STOPWORDS and a.isalpha() and not any(a.startswith(m) or m.startswith(a) for m in adjectives)
                   for a in after)

    def _context_words(self, e: Entity) -> set[str]:
        """The words before a name, a party's short form read as its name
        ('GOP' as 'republican'), without the punctuation they touch ('the
        Rovers head coach, Niamh …': "coach")."""
        return {self.words.MODIFIER_EQUIVALENTS.get(w, w) for w in _bare_words(e.context) if w}

    def first_person_in(self, start: int, end: int) -> Optional[str]:
        """The fullest name of the first person named between two offsets:
        an interview's lead names its guest before anyone else."""
        for i in range(self._count_before(start), len(self.entities)):
            ent = self.entities[i]
            if ent.start >= end:
                break
            if ent.kind == "person":
                return self.full_name(ent.name)
        return None

    def body_named_last(self, position: int) -> Optional[str]:
        """The organisation the NER named last as a subject or its owner
        ('Brightwater Foods shares'), within ROLE_WINDOW characters before a
        position, not one spoken to ('told The Daily Beast'): whom 'the company
        said' stands for ('Brightwater Foods shares fell …. "…," the company
        said')."""
        at = bisect.bisect_left(self._bodies, (position, ""))
        if not at:
            return None
        start, name = self._bodies[at - 1]
        return name if position - start <= ROLE_WINDOW else None

    def former_person_before(self, position: int, gender: Optional[str] = None) -> Optional[Entity]:
        """The earlier of the last two people named before a position ('the
        former'), of that gender when given (« la première » of a woman and a
        man named together is the woman, wherever she stands)."""
        seen: list[Entity] = []
        for e in self._back_from(position):
            if e.kind != "person" or any(self.full_name(e.name) == self.full_name(s.name) for s in seen):
                continue
            seen.append(e)
            if len(seen) == 2:
                break
        fits = [e for e in seen if gender is None or self.person_gender(e.name) in (gender, None)]
        if gender is not None and len(fits) == 1:
            return fits[0]
        return seen[1] if len(seen) == 2 else None

    def person_of_age(self, youngest: int, oldest: int, position: int) -> Optional[str]:
        """'Moreau-Lindgren, 61, stood …. "…," the 61-year-old said', « Wilner
        Pierre-Louis, 63 ans, … le sexagénaire répétait »: the person the
        article gave an age between the two before, the last one if several,
        in full. Read back at most AGE_REACH people: a feed that says "the
        61-year-old" for every quote stays linear."""
        found = None
        people = (e for e in self._back_from(position) if e.kind == "person")
        for e in itertools.islice(people, AGE_REACH):
            age = self._age_given(e)
            if age is not None and youngest <= age <= oldest:
                found = e
                break
        return self.full_name(found.name) if found is not None else None

    def _age_given(self, e: Entity) -> Optional[int]:
        """The age written beside a name ('Jane Roe, 61,', '61-year-old
        farmer Jane Roe', « Jane Roe, 61 ans »), or None."""
        w = self.words
        end = e.start + len(e.name)
        if self.text[e.start : end] != e.name:
            return None
        after = re.match(w.AGE_AFTER_NAME, self.text[end : end + 24])
        before = re.search(w.AGE_BEFORE_NAME, self.text[max(0, e.start - 60) : e.start]) if w.AGE_BEFORE_NAME else None
        found = after or before
        return int(found.group("age")) if found is not None else None

    def last_person_before(self, position: int, gender: Optional[str] = None) -> Optional[Entity]:
        """The person named last before a position (of that gender, when given:
        one whose gender the article leaves unknown may be)."""
        return next((e for e in self._back_from(position) if e.kind == "person"
                     and (gender is None or self.person_gender(e.name) in (gender, None))), None)

    def _count_before(self, position: int) -> int:
        """How many entities start before `position` (they are kept in text order)."""
        starts = self._index("starts", len(self.entities), lambda: [e.start for e in self.entities])
        return bisect.bisect_left(starts, position)

    def _back_from(self, position: int) -> Iterator[Entity]:
        """The entities that start before `position`, nearest first."""
        return (self.entities[i] for i in range(self._count_before(position) - 1, -1, -1))

    def _role_of_last_named(self, titles: set[str], wanted: list[str], qualifiers: set[str], position: int) -> Optional[str]:
        """'Sen. Marco Rubio responded first. "…," the Florida senator said':
        news copy names a person, then varies the name with a description.
        The description stands for the person named last, close before it,
        when the article gives that person the role with the description's
        capitalised words and qualifiers somewhere (before a mention of the
        name, or in apposition after it). Anyone else named last keeps the
        description as written ('Sean Coit said the candidate …')."""
        last = self.last_person_before(position)
        if last is None or position - last.start > ROLE_WINDOW or self._no_one(last.name):
            return None
        name = self.full_name(last.name)
        if self._other_name_since(name, last, position):
            return None  # someone named since, whom the parse knew no gender of ('His aide Jeff Weaver')
        roles = [w for w in self._role_windows(name) if set(w) & titles and set(w) & self.words.ROLE_QUALIFIERS == qualifiers]
        if any(all(m in window for m in wanted) for window in roles):
            return name
        if roles and wanted and not last.oblique and not self._described_elsewhere(name, titles, wanted):
            # 'Sen. Bernie Sanders says …  The Vermont senator': the role is
            # written, the state is not, and nobody else is given it; not
            # someone met after a preposition ('Rubio appeared with Sen.
            # Joni Ernst, R-Iowa. The Florida senator told reporters')
            return name
        return None

    def _described_elsewhere(self, name: str, titles: set[str], wanted: list[str]) -> bool:
        """Whether another person of the article is given the role with all
        these words ('Florida Sen. Marco Rubio' against Sen. Ted Cruz; not
        'Florida primary winner Donald Trump', who is no senator)."""
        others = {self.full_name(e.name) for e in self.entities if e.kind == "person"} - {name}
        return any(set(window) & titles and all(m in window for m in wanted)
                   for other in others for window in self._role_windows(other))

    def _role_windows(self, name: str) -> list[list[str]]:
        """The folded words that describe each mention of a person in the
        article: the title and description right before the name ('Florida
        Sen. Marco Rubio', 'Republican presidential candidate Donald Trump')
        and a closed apposition after it ('Donald Trump, the Republican
        front-runner,'). A verb, a determiner or a preposition ends the
        words before ('… the candidate attacked Donald Trump' gives Trump
        no role)."""
        if name not in self._windows:
            self._windows[name] = self._read_role_windows(name)
        return self._windows[name]

    def _read_role_windows(self, name: str) -> list[list[str]]:
        surname = name.split()[-1]
        given = {fold(x) for x in name.split()[:-1]}
        windows = []
        for match in re.finditer(r"\b" + re.escape(surname) + r"(?![\w-])", self.text):
            before: list[str] = []
            preceding = self.text[max(0, match.start() - 100) : match.start()].split()
            if preceding and preceding[-1][:1].isupper() and fold(preceding[-1]) not in given and self._first_named(preceding[-1]):
                continue  # 'Jeb Bush' is no mention of George W. Bush
            for word in reversed(preceding):
                folded = fold(word).strip(",;()").rstrip(".")
                if folded in given:
                    continue
                if len(before) >= 6 or not self._describes(word, before):
                    break
                before.append(folded)
            after = re.match(r"(?:'s|’s)?\s*,\s*((?:the|a|an)\s[^,;.()]{1,90})[,.]", self.text[match.end() :])
            words = before + (fold(after.group(1)).split() if after else [])
            windows.append([self.words.MODIFIER_EQUIVALENTS.get(x, x) for x in words])
        # each description once: a feed names its one speaker thousands of times the same way
        return [list(window) for window in dict.fromkeys(map(tuple, windows))]

    def _describes(self, word: str, described: list[str]) -> bool:
        """Whether a word before a name belongs to the name's description: a
        capitalised word or abbreviation ('Florida', 'Sen.', 'GOP'), a role
        or title word, an adjective ('presidential', 'presumptive'), or "of"
        inside a title ('Secretary of State')."""
        if word[-1:] in "!?\"”:;" or (word.endswith(".") and len(word) > 4 and "." not in word[:-1]):
            return False  # the sentence before ('… said. Rubio'); 'Sen.', 'Fla.', 'U.S.' belong to the name
        bare = fold(word).strip(",()").rstrip(".")
        if word[:1].isupper():
            return True
        if bare == "of":
            return bool(described)
        w = self.words
        return (bare in w.ROLE_TITLES or bare in w.PERSON_ROLES or bare in w.ROLE_QUALIFIERS
                or "-" in bare or bare.endswith(w.DESCRIPTIVE_ENDINGS))

    def _main_of_sentence(self, pool: list[Entity]) -> Entity:
        """The last of the pool, unless it is the subject of a clause inside
        a sentence whose main subject is in the pool too ('Pence said Trump
        will be following a different schedule. "…," he said': Pence;
        'Sanders went further in trying to hold Snyder accountable. "…," he
        said': Sanders)."""
        last = pool[-1]
        if last.main:
            return last
        for ent in reversed(pool[:-1]):
            if SENTENCE_END.search(self.text[ent.start : last.start]):
                break  # another sentence
            if ent.main:
                return ent
        return last

    def _no_one(self, name: str) -> bool:
        """A one-word name the small pipeline tagged PERSON by mistake: a
        weekday ("On Thursday, he …"), a word it tags as a place or a date
        more often than as a person in the same article ("China"), or a family
        ("the Clintons")."""
        if " " in name:
            return False
        if name not in self._mistaken:
            self._mistaken[name] = self._read_no_one(name)
        return self._mistaken[name]

    def _read_no_one(self, name: str) -> bool:
        word = fold(name)
        if word in self.words.WEEKDAYS:
            return True
        if word in self._introduced:
            return False  # "Trump's wife, Melania," whatever the tags say of the word elsewhere
        if word in self._surnames or any(fold(n).split()[-1] == word and self._plain_name(n) for n in self.names):
            return False  # 'Singh', tagged GPE here and there, once 'Chandhok Jasdip Singh' is named
        counts = self._labels.get(word, {})
        person = counts.get("PERSON", 0) + counts.get("PER", 0)
        # Only places and dates outvote a person: the small pipelines tag
        # surnames ORG about as often as PERSON.
        if sum(counts.get(label, 0) for label in ("GPE", "LOC", "DATE")) > person:
            return True
        return word.endswith("s") and self._surname_of_someone(name[:-1])  # 'the Clintons'

    def _plain_name(self, name: str) -> bool:
        """Two capitalised words or more, none a small word or a possessive:
        a person's name, not a run cut from the text ('For China', "Sanders’
        California")."""
        parts = name.split()
        return len(parts) > 1 and all(
            p[:1].isupper() and fold(p) not in self.words.STOPWORDS and not POSSESSIVE.search(p) for p in parts
        )

    def _continued_pronoun(self, gender: str, position: int, sentence_start: int, before: PeopleBefore,
                           recent_speakers: list[tuple[int, str, str]]) -> Optional[tuple[str, str]]:
        """'When the interview steered Allen toward Trump, he offered his
        thoughts. "…," he said': a pronoun continues the same pronoun that is
        the main subject of its own sentence or of the sentence right before,
        when no person of its gender has been a subject since."""
        latest = None
        for start, g, sent_start, sent_end in reversed(self._subject_pronouns):
            if start >= position:
                continue
            if start < sentence_start and self.text[sent_end:sentence_start].strip():
                break  # (not the sentence right before; those before it end further back still)
            if g == gender:
                latest = (start, sent_start)
                break
        if latest is None:
            return None
        start, sent_start = latest
        # (a person who is the subject of a clause inside the sentence whose
        # main subject the pronoun continues does not take it over: 'He declared
        # that Trump would win the nomination, which he called "…"')
        inside = start >= sentence_start
        if any(e.subject and (e.main or not inside) for e in before.since(start)):
            return None
        return self._resolve_person(gender, start, sent_start, [r for r in recent_speakers if r[0] < start])

    def _set_aside_before(self, e: Entity, at: int) -> bool:
        """A name in the sentence of the mention at `at`, after a preposition
        or in an opening participle ('Interrogée sur France Inter, la ministre
        a estimé'): where the speaker spoke, not someone else who might."""
        return (e.oblique or e.aside) and not SENTENCE_END.search(self.text[e.start : at])

    def _newcomer_before(self, before: PeopleBefore, sentence_start: int,
                         recent_speakers: list[tuple[int, str, str]]) -> Optional[Entity]:
        """'Amadou Magassa, 13, sold water on Broad Street. He said …': a person
        introduced as the main subject of the sentence right before, after the
        last quote's speaker, whose gender no list knows, is who the pronoun
        goes on about; a name of known gender would be weighed by the pools."""
        last = next((e for e in before.back() if e.start < sentence_start and e.main), None)
        if last is None or last.gender or self.person_gender(last.name):
            return None
        if recent_speakers and last.start < recent_speakers[-1][0]:
            return None
        if len(SENTENCE_END.findall(self.text[last.start : sentence_start])) > 1:
            return None  # (not the sentence right before)
        if any(e.kind == "person" and not same_person(e.name, last.name) for e in before.since(last.start)):
            return None  # someone else named since
        return last

    def _anonymous(self, description: str) -> bool:
        """Whether a description hides a person who spoke ('a senior aide',
        'the source', 'the woman', 'a reporter'), unlike a role the article
        may give a name ('the Texas senator' is Ted Cruz, named earlier) or
        a thing ('the book', 'excerpts of his speech')."""
        words = fold(description).split()
        head = self._description_head(words)
        if head in self.words.ANONYMOUS_HEADS or head in self.words.GENDERED_NOUNS:
            return True
        # ('un diplomate occidental': French puts the adjective after the noun)
        if words[0] in self.words.ANONYMOUS_DETERMINERS and len(words) > 2 and words[1] in self.words.ANONYMOUS_HEADS:
            return True
        if words[0] in self.words.ANONYMOUS_DETERMINERS and (head in self.words.TITLE_WORDS or head in self.words.ROLE_TITLES):
            return True
        return self._kin_of_someone(words)

    def _kin_of_someone(self, words: list[str]) -> bool:
        """« le père de l'un des adolescents », 'the mother of one of the
        boys': a relative of someone the article leaves unnamed, unnamed too."""
        kin = {fold(k) for k in self.words.KIN_WORDS}
        at = next((i for i, word in enumerate(words) if word in kin), None)
        if at is None:
            return False
        owners = [re.sub(r"^\w['’]", "", word) for word in words[at + 1 :]]  # ("l'un": un)
        return any(word in self.words.ANONYMOUS_DETERMINERS for word in owners)

    def _description_head(self, words: list[str]) -> str:
        """The noun a description is about: its last word before a small word
        ('a spokesman for the campaign', 'un conseiller de l'Elysée')."""
        small = self.words.TITLE_SMALL_WORDS
        for k, word in enumerate(words[1:], start=1):
            elided = re.match(r"^(\w+['’])", word)
            if word in small or elided and elided.group(1).replace("’", "'") in small:
                return words[k - 1].rstrip(",")
        return words[-1].rstrip(",")

    def _source_of_speech(self, root: Token) -> bool:
        """The name is where words came from: 'a rebuke from X', 'criticism
        by X', « une réplique de X » (a speech noun, then the preposition)."""
        prep = root.head if root.dep_ == "pobj" else next((c for c in root.children if c.dep_ == "case"), None)
        if prep is None or prep.lower_ not in self.words.SPEAKER_PREPOSITIONS:
            return False
        noun = prep.head if root.dep_ == "pobj" else root.head
        if noun.pos_ in ("VERB", "AUX"):  # ('drew a rebuke from X': the verb's object is the words)
            noun = next((c for c in noun.children if c.dep_ in ("dobj", "obj")), noun)
        return speech_noun(noun, self.words)

    def _named_next(self, gender: str, position: int) -> Optional[tuple[str, str]]:
        """'« Je ne regrette rien », confie-t-elle. Sandrine Lefèvre, 52 ans,
        a quitté …': a pronoun no one before it fits opens the story of the
        person the next sentence names, a subject of the pronoun's gender,
        close after it."""
        after = [e for e in self.entities if position < e.start <= position + CATAPHORA_WINDOW and e.kind == "person"]
        first = after[0] if after else None
        if first is None or not first.subject or (first.gender or self.person_gender(first.name)) != gender:
            return None
        return self.full_name(first.name), "person"

    def _a_body(self, description: str) -> bool:
        """'La société', 'the campaign': a description of an organisation or
        a document, which "he" or "she" never stands for (French "il" and
        "elle" may: _body_of_gender)."""
        bodies = body_nouns(self.words)
        words = description.lower().split()
        # ('a senior ministry official', 'a company spokesman': a person of the body)
        return any(word in bodies for word in words) and not any(person_noun(word, self.words) for word in words)

    def _description_agrees(self, description: str, gender: str) -> bool:
        """Whether a description of a person ('the woman', 'a senior aide')
        can be a pronoun of this gender: its nouns tell it or leave it open."""
        told = {self.words.GENDERED_NOUNS.get(w) for w in fold(description).split()} - {None}
        return not told or told == {gender}

    def _resolve_person(self, gender: str, position: int, sentence_start: int, recent_speakers: list[tuple[int, str, str]]) -> Optional[tuple[str, str]]:
        def fits(ent: Entity) -> bool:
            g = ent.gender or self.person_gender(ent.name)
            return ent.kind == "person" and (g is None or g == gender) and not self._no_one(ent.name)

        last_subject = next((e for e in self._back_from(sentence_start) if e.subject), None)
        if last_subject is not None and last_subject.document and last_subject.main:
            # "A press release from the Kremlin …. …, he said": the release speaks
            # (not 'Sanders said that the comment by Dr. Paul Song "…." He writes').
            return last_subject.name, "organisation"
        role = self._role_subject_before(gender, position, sentence_start, recent_speakers)
        if role is not None:
            return role, "person"
        # (not someone named inside an opening participle of the pronoun's own
        # sentence: 'Asked whether Clinton can win, she replied')
        before = PeopleBefore(self.entities, self._count_before(position), lambda e: fits(e) and not (e.aside and e.start >= sentence_start))
        # The last quote's speaker, if no other fitting person was named since.
        if recent_speakers:
            at, name, kind = recent_speakers[-1]
            # ('"…," Obama said after meeting with Putin. He …': Putin, named
            # after a preposition, does not take the pronoun over)
            named_since = [e for e in before.since(at) if not e.oblique and not same_person(e.name, name)]
            g = self.person_gender(name)
            if kind == "person" and not named_since and (g is None or g == gender):
                return name, kind
            # ('"…," Beck called him. The rise of Bannon gave Beck new impetus to
            # oppose Trump. He said …': named again since, with no one else a subject)
            again = any(same_person(e.name, name) for e in before.since(at))
            if kind == "person" and again and not any(e.subject for e in named_since) and g == gender:
                return name, kind
            # (nor another unnamed person described as a subject since: 'A former laboratory
            # employee, who asked not to be identified, described …. "…," she said')
            if (kind == "description" and not before.since(at)
                    and (self._anonymous(name) or all(self._set_aside_before(e, at) for e in before.back()))
                    and self._description_agrees(name, gender) and not self._a_body(name)
                    and self._described_since(gender, position, sentence_start, at) in (None, name)):
                # ('"…," said a senior campaign official. "…," he added': the
                # official again, never someone the article named before; anyone
                # named since, even after a preposition, may be the one. A role
                # ('le Premier ministre') only when no one fitting was named at
                # all, but after a preposition: 'Interrogée sur France Inter, la
                # ministre a estimé … « … », a-t-elle insisté' is the minister.)
                return name, "person"
        newcomer = self._newcomer_before(before, sentence_start, recent_speakers)
        if newcomer is not None:
            return self.full_name(newcomer.name, gender), "person"
        # ('A Berlin woman received probation after she posted comments. "…," she
        # wrote': the woman, described since the last fitting name)
        nearest = before.last()
        described = self._described_since(gender, position, sentence_start,
                                          max(nearest.start if nearest else -1, recent_speakers[-1][0] if recent_speakers else -1))
        if described is not None:
            return described, "person"
        chained = self._continued_pronoun(gender, position, sentence_start, before, recent_speakers)
        if chained is not None:
            return chained
        if not before:
            return self._named_next(gender, position)
        # Nearby first: the last few sentences, else the stretch before the
        # last fitting mention.
        window = before.since(min(position, sentence_start) - 401) or before.since(before.last().start - 801)

        def known(ent: Entity) -> bool:
            return (ent.gender or self.person_gender(ent.name)) == gender

        # Agreement first (a name known to be of the pronoun's gender), then
        # grammatical salience (a subject), then recency.
        for pool in (
            # 'Feinstein said "…," she said': a subject of the pronoun's own
            # sentence, one who speaks in it first ('Cruz spokesman Rick Tyler
            # said that Cruz has "…," he said').
            [e for e in window if e.start >= sentence_start and e.reporter],
            [e for e in window if e.start >= sentence_start and e.subject],
            # the nearest subject of the pronoun's gender or subject of a
            # reporting verb ('Armstrong Williams … suggested …. "…," he told
            # the AP': a speaker whose first name no list knows still counts)
            [e for e in window if (known(e) and e.subject) or e.reporter],
            [e for e in window if known(e)],
            [e for e in window if e.subject],
            window,
        ):
            if pool:
                # (a surname two people share: the one of the pronoun's gender, 'Mr. Marsh … he')
                return self.full_name(self._main_of_sentence(pool).name, gender), "person"
        return None
