"""The name shown for a speaker: from the words the attribution rests on
to a name a reader can search.

A mention is what the text says ("he", "the Florida senator", "Turkish
President Recep Tayyip Erdogan", "a senior official", "the statement"); the
quote record needs a name ("Marco Rubio", "Recep Tayyip Erdogan"), the kind
of speaker and the titles the article gives them. Pronouns, surnames and
documents go through `resolution.ArticleEntities` (what the article names);
roles, descriptions, possessives and elliptical speakers ("Another said")
are read here, and whatever cannot be resolved is kept as written, never
as a bare "he".
"""
from __future__ import annotations

import itertools
import re
from functools import lru_cache
from typing import Optional

from spacy.tokens import Token

from .clauses import EUPHONIC_T, RELATIVE_CLAUSE_DEPS, body_named_after
from .entity_pass import nickname_at
from .lang import lemma as lemma_of
from .lang import sentence_openers
from .lexicon import (
    after_honorific, first_name_gender, fold, honorific_gender, honorifics, known_first_name, morph_gender, noun_in, person_noun, relation_noun, role_noun, speaking_nouns, speech_noun,
)
from .marks import DASHES
from .mentions import NAME_HYPHENS, Mention, doc_text, whole_name_words
from .resolution import ORG_WORDS, ArticleEntities, headline_verb, trim_name_tokens
from .speakers import classify_kind, split_titles, titles_not_of_name, without_postnominals

# "the Washington Post’s Ishaan Tharoor": a body's possessive, then two or three capitalised words.
POSSESSED_NAME = re.compile(r"^(.+?)['’]s\s+([A-ZÀ-Þ][\w.’'-]*(?:\s+[A-ZÀ-Þ][\w.’'-]*){1,2})$")


def _quoted_label(text: str) -> bool:
    """Whether a phrase ends inside quotation marks it opened ('a "paperwork
    error'): its head is a label, not a name ('Juan "Chico" Manriquez')."""
    return text.count("“") > text.count("”") or text.count("«") > text.count("»") or text.count('"') % 2 == 1


def resolve_speaker(
    mention: Optional[Mention],
    entities: ArticleEntities,
    recent: list[tuple[int, str, str]],
    organisations: list[str],
    w,
    sentence_start: int,
    goes_on: bool = False,
) -> tuple[Optional[str], Optional[str], list[str]]:
    """(name, kind, titles) for a speaker mention. `goes_on`: its cue says the
    speaker goes on ('added', « a ajouté »), so a role after it may be the
    last speaker's however it is written."""
    if mention is None:
        return None, None, []
    if mention.antecedent is not None:
        if _quoted_label(mention.antecedent.text):
            return None, None, []  # 'a "paperwork error" that was reported': a thing, no speaker
        return resolve_speaker(mention.antecedent, entities, recent, organisations, w, sentence_start)
    if mention.is_document:
        if mention.issuer is not None:
            return resolve_speaker(mention.issuer, entities, recent, organisations, w, sentence_start)
        owner = _owner_pronoun(mention, w)
        if owner is not None:
            # ('His comments came after …': whoever "his" stands for, as for 'Her economic plan')
            resolved = entities.resolve_pronoun(owner, mention.start, sentence_start, recent)
            return (resolved[0], resolved[1], []) if resolved else (None, None, [])
        issued = _issued_before(mention, entities, w)
        if issued is not None:
            return issued[0], issued[1], []
        noun = fold(mention.text).split()[-1] if mention.text.split() else ""
        bodies = [o for o in organisations if not _a_document(o, w) or fold(o).split()[-1] == noun]
        if bodies and _definite(mention, w):
            # 'the statement said': the body last quoted; 'one such document, obtained by The Post': none named
            # (nor another kind of document: 'the letter read …. the complaint states' is no letter)
            return bodies[-1], "organisation", []
        return mention.text, "organisation", []
    if fold(mention.text) in w.LATTER_WORDS:
        # ('Celle-ci a répliqué', 'the latter said': the person named last, of that gender)
        named = entities.last_person_before(mention.start, w.LATTER_WORDS[fold(mention.text)])
        if named is None or _person_described_since(entities.text[named.start + len(named.name) : mention.start], w):
            return mention.text, "person", []  # ('a lancé le conseiller au maire. Ce dernier …': the mayor, unnamed)
        return entities.full_name(named.name), "person", []
    if fold(mention.text) in w.FORMER_WORDS:
        # ('deux ingénieurs, Linh Tran et Yacine Belkacem. « … », explique la première': the first of the two)
        former = entities.former_person_before(mention.start, w.FORMER_WORDS[fold(mention.text)])
        return (entities.full_name(former.name), "person", []) if former is not None else (mention.text, "person", [])
    if mention.is_pronoun:
        if w.PRONOUNS.get(mention.text.lower().lstrip("-")) in ("first", "second", "relative"):
            return None, None, []
        resolved = entities.resolve_pronoun(mention.text, mention.start, sentence_start, recent)
        if resolved is None:
            # A pronoun right after a document source ("A press release from
            # the Kremlin …, he said") points at its issuer.
            return None, None, []
        if resolved[0].split()[0].lower() in w.ANONYMOUS_DETERMINERS:
            return resolved[0], "anonymous", []  # ('a top aide said … she added': still a source the reporter does not name)
        return resolved[0], resolved[1], []
    owner = _owner_pronoun(mention, w)
    if owner is not None and not _speaks_for_itself(mention, w):
        resolved = entities.resolve_pronoun(owner, mention.start, sentence_start, recent)
        return (resolved[0], resolved[1], []) if resolved else (None, None, [])
    body = _body_quoted_before(mention, recent, w) or _body_named_before(mention, entities, w) or _body_named_last(mention, entities, w)
    if body is not None:
        return body, "organisation", []
    bare = fold(mention.text)
    if bare in w.ELLIPTICAL_SPEAKERS:
        return _elliptical_speaker(bare, mention.start, recent, w)
    if bare in w.QUANTIFIER_SPEAKERS:
        return None, None, []  # 'Some chanted', 'most said': of a group the reader knows, not a name
    if _definite(mention, w) and _unnamed_by_choice(mention, w):
        # ('A person familiar with the talks said …. "…," said the person, who declined to be named': as first described)
        again = _source_described_before(mention, recent, entities, w)
        if again is not None:
            return again, "anonymous", []
        name, _, titles = name_of(mention, entities, w)
        return name, "anonymous", titles  # ('the tournament director, who declined to give her name,')
    role = _role_of(mention, w)
    if role is not None:
        # (a phrase for a role is the role whole: « la représentante de l'Etat » asks no "Etat" of the préfète)
        # (its qualifying words apart: 'le chef du gouvernement' is the Premier ministre, « le chef de l'État
        # libanais » the Lebanese president)
        phrase = _role_phrase(mention, w)
        modifiers = phrase[1] if phrase else [t.text for t in mention.tokens[1:] if t.lower_ != role]
        named = entities.resolve_role(role, modifiers, mention.start)
        # (not who questions the one described: 'Le président … a interrogé l'accusé')
        # ('« … », a martelé Olivier Quéméner. Le député du Finistère a ajouté : « … »': the one going on)
        guessed = _guessable_role(role, w) and (goes_on or not _held_only_as_given(mention, role)) and not _questioned(mention, w)
        if named is None and guessed:
            # ('A Democratic strategist who requested anonymity described …. "…," the strategist
            # said': the unnamed one just described, before anyone the role might be guessed for)
            again = _source_described_before(mention, recent, entities, w)
            if again is not None:
                return again, "anonymous", []
        if named is None and guessed:
            named = _role_of_speaker(role, modifiers, entities, recent, mention.start)
        if named is None and guessed:
            named = _subject_described(role, modifiers, entities, recent, mention.start, sentence_start,
                                       unlike_last=bool(recent) and _gender_disagrees(mention, recent[-1][1], w))
        if named is None and "\n" not in entities.text[: mention.start]:
            # ('Montclar : le maire dénonce « une cabale »': a headline's role is the one the story names so)
            named = entities.named_later(role, modifiers, mention.start)
        if named is not None and _gender_disagrees(mention, named, w):
            named = None  # ('la maire' is no Yannick: the article of the role says whom it may be)
        if named is not None:
            return named, "person", [_drop_article(mention.text, w)]
    headline = _headline_role(mention, w) if "\n" not in entities.text[: mention.start] else None
    if headline is not None:
        # ('Pemberton chairman vows …': a headline's role, with the body it serves, is the one the story names so)
        named = entities.named_later(headline[0], headline[1], mention.start)
        if named is not None:
            return named, "person", [mention.text]
    title = _bare_title(mention, w)
    if title is not None and not entities.known_person(mention.text):  # ('King' may be Jean King)
        # ('Mayor calls budget "dead on arrival"': a headline's title alone is the one the story names so)
        named = entities.resolve_role(title, [], mention.start) or entities.named_later(title, [], mention.start)
        if named is not None:
            return named, "person", [mention.text]
    lede = _indefinite_role(mention, w)
    if lede is not None:
        named = entities.named_later(lede, [t.text for t in mention.tokens[1:] if t.lower_ != lede], mention.start)
        if named is not None:
            return named, "person", []
    epithet = _epithet_of(mention, w)
    if epithet is not None:
        named = _person_of_age(epithet, entities, mention.start, w) or _role_of_speaker(epithet, [], entities, recent, mention.start) \
            or _subject_described(epithet, [], entities, recent, mention.start, sentence_start, epithet=True)
        if named is not None and not _gender_disagrees(mention, named, w):
            return named, "person", []
    again = _source_described_before(mention, recent, entities, w)
    if again is not None:
        return again, "anonymous", []
    name, kind, titles = name_of(mention, entities, w)
    if owner is not None:
        name = _owner_named(name, mention, owner, entities, recent, w, sentence_start)
    return name, kind, titles


def _owner_named(
    name: str, mention: Mention, owner: str, entities: ArticleEntities, recent: list[tuple[int, str, str]], w, sentence_start: int,
) -> str:
    """'"…," her spokesman said': the possessive written out as the person
    or body it stands for ("Maria Okafor's spokesman"), the way the article
    reads, so that the quote is found under the owner's name. Left as
    written when the pronoun resolves to no one, or the language has no
    form for it (POSSESSED_FORM), or the thing holds a name ('his friend
    Mahamat Saleh Oumar', which the NER missed). Only a person's "his" or
    "her": what "its" and "their" stand for is too often guessed wrong
    ('Uber … its senior vice president' is no earlier body's)."""
    form = w.POSSESSED_FORM
    first, _, thing = name.partition(" ")
    if form is None or not thing or fold(first) != fold(mention.tokens[0].text) or any(c.isupper() for c in thing):
        return name
    if w.PRONOUNS.get(owner) not in ("male", "female"):
        return name
    resolved = entities.resolve_pronoun(owner, mention.start, sentence_start, recent)
    if resolved is None or resolved[1] != "person":
        return name
    return form.format(owner=resolved[0], thing=thing)


@lru_cache(maxsize=None)
def _age_pattern(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _epithet_of(mention: Mention, w) -> Optional[str]:
    """'"…," the Spaniard told reporters', 'the 53-year-old said', 'the
    47-year-old dairy farmer said': a definite
    description by nationality (a capitalised word the NER calls one) or by
    age alone names no role; like a role, it varies the name of the person
    the article was just about. The word, or None (also for one the text
    goes on to narrow: 'the Republican from Alabama')."""
    tokens = mention.tokens
    if len(tokens) < 2 or tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return None
    rest = mention.text[len(tokens[0].text) :].strip()
    for pattern in w.AGE_EPITHETS:
        age = _age_pattern(pattern).fullmatch(rest)
        # ('the 47-year-old dairy farmer', « le technicien de 48 ans »: an age and what anyone may be)
        if age is not None and (not age.groupdict().get("noun") or person_noun(age.group("noun"), w)):
            return fold(age.group("age"))
    noun = mention.head_token()
    described = tokens[1 : noun.i - tokens[0].i] if noun is not None else []
    if noun is not None and noun.pos_ == "NOUN" and noun.lower_ in w.GENDERED_NOUNS and not _guessable_role(noun.lower_, w) \
            and described and all(t.pos_ == "ADJ" for t in described) and (noun == tokens[-1] or noun.lower_ not in w.KIN_WORDS):
        # ('X, 27 ans, a repris la ferme. « … », raconte la jeune femme': what anyone of that sex and
        # age may be; not a bare 'the man', most often someone unnamed just described, nor 'the
        # mother of the victim', someone's kin)
        return noun.lower_
    head = tokens[-1]
    doc = head.doc
    if any(c.i > head.i and c.dep_ in ("prep", "nmod", "acl", "relcl", "acl:relcl", "appos") and doc[c.left_edge.i - 1].text != ","
           for c in head.children):
        return None  # ('the Republican from Alabama'; not 'the Italian, who refuses …', set off)
    # ('the Dutchman', 'the 6-foot-10 Dutchman': what the words before it say, lower case, anyone may be)
    if head.text[:1].isupper() and _demonym(head, w) and not any(t.text[:1].isupper() for t in tokens[1:-1]):
        return fold(head.text)
    return None


def _demonym(head: Token, w) -> bool:
    """A capitalised word for a nationality: the NER's, or one of the
    language's demonym endings ('Dutchman') that is no title ('Chairman')."""
    if head.ent_type_ in ("NORP", "MISC"):
        return True
    if head.ent_type_ == "ORG":
        return False  # (« Le Parisien », the paper)
    lower = head.lower_
    return lower.endswith(w.DEMONYM_ENDINGS) and not role_noun(lower, w)  # (role_noun holds the titles and roles)


def _of_age(epithet: str, w) -> Optional[tuple[int, int]]:
    """The ages an epithet says ('the 61-year-old': 61 to 61, « le
    sexagénaire »: 60 to 69), or None (an epithet by nationality)."""
    age = re.search(r"\d{1,3}", epithet)
    if age is not None:
        return int(age.group()), int(age.group())
    decade = next((first for word, first in w.DECADE_WORDS.items() if fold(word) == fold(epithet)), None)
    return (decade, decade + 9) if decade is not None else None


def _person_of_age(epithet: str, entities: ArticleEntities, position: int, w) -> Optional[str]:
    """'the 61-year-old', « le sexagénaire »: the person the article gave
    such an age, or None."""
    ages = _of_age(epithet, w)
    return entities.person_of_age(ages[0], ages[1], position) if ages is not None else None


@lru_cache(maxsize=None)
def _anonymity_clause(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _unnamed_by_choice(mention: Mention, w) -> bool:
    """Whether the words after a description say the source chose not to be
    named ('who asked not to be named', 'speaking on condition of
    anonymity', « qui a requis l'anonymat »): someone other than anyone named."""
    if not mention.tokens:
        return False
    last = mention.tokens[-1]
    after = doc_text(last.doc)[last.idx + len(last.text) : last.idx + len(last.text) + 120]
    return _anonymity_clause(w.ANONYMITY_CLAUSE).match(after) is not None


def bare_word(name: str, w) -> bool:
    """A speaker name that is one pronoun, clitic, article or preposition
    ("-elle", "s'", "Le"), or no word at all (the "-" the tokenizer cut out of
    « Celle-ci »): the contract of a quote is a resolved name, never a bare
    word. (Not every grammar word: "Will" is George Will.)"""
    if not any(c.isalnum() for c in name):
        return True
    if name.lower() == EUPHONIC_T:
        return True  # 'a-t-il qui …': a relative hung on the euphonic t
    bare = fold(name).lstrip("-")
    # (nor a day, nor a participle opening the sentence the parse took for a name: 'Lundi', « Joint par téléphone, X »)
    return " " not in bare and (bare in w.PRONOUNS or bare in w.TITLE_SMALL_WORDS or bare in w.REFLEXIVE_CLITICS
                                or bare in w.WEEKDAYS or bare in w.FRONTED_PARTICIPLES)


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
    # (named as a subject, or in the tag of that quote: 'a déclaré à l'AFP Jean Castex', inverted;
    # or of the first of that speaker's quotes since: '« … », a reconnu le chef de la diplomatie
    # turque, Hakan Yıldıztekin. Selon lui, … « … ». « … », a ajouté le ministre turc')
    if last is None or not (last.subject or _named_during_their_run(recent, last.start)) or entities.full_name(last.name) != name:
        return None
    if entities.role_given_to_another(role, name, modifiers) or entities.known_in_another_office(role, name):
        return None
    return name


def _named_during_their_run(recent: list[tuple[int, str, str]], named_at: int) -> bool:
    """Whether a name at `named_at` comes after one of the quotes in a row
    credited to the last speaker. Read back from the last quote, it stops at
    the first such quote: a transcript's run of one speaker may hold
    thousands, and reading the whole run for each description made it
    quadratic."""
    name = recent[-1][1]
    for at, who, _kind in reversed(recent):
        if who != name:
            return False
        if at < named_at:
            return True
    return False


def _definite_noun(mention: Mention, w) -> Optional[str]:
    """The noun of a two-word definite description ('the ministry', « le
    diplomate »), lower-cased, or None: what the rules that name such a
    description again look up."""
    tokens = mention.tokens
    if len(tokens) != 2 or tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return None
    return tokens[1].lower_


def _definite_body_noun(mention: Mention, w) -> Optional[str]:
    """The last word of a definite description of a body with up to two
    lower-case words before it ('the company', 'the engineering firm'), or
    None: the kind of body it names when that word is one."""
    tokens = mention.tokens
    if not 2 <= len(tokens) <= 4 or tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return None
    if not all(t.is_lower and t.is_alpha for t in tokens[1:]):
        return None
    return tokens[-1].lower_


def _body_quoted_before(mention: Mention, recent: list[tuple[int, str, str]], w) -> Optional[str]:
    """'Apple said it "strongly disagrees". "…," the company said': a
    definite description by a word for a body stands for the organisation
    quoted just before, as a role stands for the person (_role_of_speaker),
    unless that body's name calls it something else ('the commission'
    after 'the Illinois Board of Elections' is another body)."""
    noun = _definite_noun(mention, w)
    if not recent or noun is None or noun not in w.ORGANISATION_WORDS | w.BODY_WORDS or noun in w.PLACE_BODY_WORDS:
        return None
    at, name, kind = recent[-1]
    if kind != "organisation" or mention.start - at > ROLE_SPEAKER_WINDOW:
        return None
    called = {fold(word) for word in name.split()} & (w.ORGANISATION_WORDS | w.BODY_WORDS)
    return name if not called or noun in called else None


def _body_named_before(mention: Mention, entities: ArticleEntities, w) -> Optional[str]:
    """'The Ministry of Health on Monday rejected claims …. "…," the
    ministry said': a definite body's noun stands for the one body the
    article named before with that word in its name."""
    noun = _definite_noun(mention, w)
    if noun is None or noun not in w.ORGANISATION_WORDS or noun in w.PLACE_BODY_WORDS:
        return None
    return entities.body_called(noun, mention.start)


def _body_named_last(mention: Mention, entities: ArticleEntities, w) -> Optional[str]:
    """'Brightwater Foods shares fell 4 percent. "…," the company said': a
    definite body of a kind (a company, an agency, a union) stands for the
    body named last, close before it."""
    noun = _definite_body_noun(mention, w)
    if noun is None or noun not in w.BODY_KINDS:
        return None
    # ('Riverside General Hospital said …. "…," the hospital said': its name holds the noun)
    called = entities.body_called(noun, mention.start)
    if called is not None:
        return called
    last = entities.body_named_last(mention.start)
    if last is not None and " " not in last and entities.known_person(last):
        return None  # (a surname the NER called a body: 'Sanders suggests …' is no "rights group")
    return last


def _subject_described_again(mention: Mention, entities: ArticleEntities, w) -> Optional[str]:
    """'A police source said the suspect was known to officers. "…," the
    source said': a definite description by the noun of an unnamed person a
    sentence just before was about is that person, as the article first
    described them (_described_again, for one who did not speak in quotes)."""
    noun = _definite_noun(mention, w)
    if noun is None or not person_noun(noun, w, frozenset(w.GENDERED_NOUNS) | w.ANONYMOUS_HEADS):
        return None
    return entities.described_with(noun, mention.start, ROLE_SPEAKER_WINDOW)


def _source_described_before(mention: Mention, recent: list[tuple[int, str, str]], entities: ArticleEntities, w) -> Optional[str]:
    """An unnamed source named again by its noun ('the diplomat'), as the
    article first described it: the speaker of the quote just before, or a
    sentence's subject just before."""
    return _described_again(mention, recent, w) or _subject_described_again(mention, entities, w)


def _described_again(mention: Mention, recent: list[tuple[int, str, str]], w) -> Optional[str]:
    """'said a senior European diplomat …. "…," the diplomat said': a
    definite description by the noun of the unnamed speaker just before is
    that speaker, named as the article first described them."""
    noun = _definite_noun(mention, w)
    if not recent or noun is None:
        return None
    at, name, kind = recent[-1]
    first, *rest = fold(name).split()
    # (its words before any preposition: 'un diplomate européen', not 'a spokesman for the senator')
    described = list(itertools.takewhile(lambda word: word not in w.STOPWORDS, rest))
    if kind != "description" or mention.start - at > ROLE_SPEAKER_WINDOW or first not in w.ANONYMOUS_DETERMINERS \
            or fold(noun) not in described or not person_noun(noun, w, frozenset(w.GENDERED_NOUNS) | w.COMPANION_WORDS):
        return None  # (a person by the same noun: not 'the discussion' after 'one Democrat familiar with the discussion')
    return name


def _subject_described(role: str, modifiers: list[str], entities: ArticleEntities, recent: list[tuple[int, str, str]],
                       position: int, sentence_start: int, epithet: bool = False, unlike_last: bool = False) -> Optional[str]:
    """'Ben Carson says he is under attack. "…," the Republican presidential
    candidate told CBS': a description the article gives no one else with
    its capitalised words ('the Florida senator' is not Florida Sen. Bill
    Nelson's when Nelson is named) varies the name an earlier sentence was about
    (ArticleEntities.subject_before), unless someone else spoke last
    ('"…," Trump told ABC. Sen. Ted Cruz disagreed. "…," the candidate said':
    either of them; `unlike_last` when the description's gender is not the
    last speaker's)."""
    named = entities.subject_before(role, position, sentence_start)
    if named is None or entities.role_given_to_another(role, named, modifiers) or entities.known_in_another_office(role, named):
        return None
    at, speaker, kind = recent[-1] if recent else (0, None, None)
    last = entities.last_person_before(position)
    # (nor can the one who spoke last be it when the article describes them otherwise only:
    # 'Léa Combaz, 19 ans, étudiante, … soupirait-elle. Gérard Montagnon, 68 ans, se montre
    # plus compréhensif. « … », estime le retraité')
    # (nor when the description's gender is not theirs: 'Son homologue ukrainienne, Oleksandra …,
    # … a-t-elle affirmé. … le ministre d'Etat qatari …, cheikh Abdallah ben Nasser Al-Mahmoud,
    # s'est voulu plus optimiste. « … », a souligné le diplomate qatari')
    not_theirs = epithet or unlike_last or speaker is not None and entities.described_otherwise(speaker, role)
    named_since = not_theirs and last is not None and last.start > at and entities.full_name(last.name) == named
    if kind in ("person", "organisation") and position - at <= ROLE_SPEAKER_WINDOW and speaker != named and not named_since:
        # ('Trump' is often read as an organisation; but an age or a nationality, which no
        # role shares, is the one named since the last quote: 'Son homologue, Bruno Dessaix,
        # savourait. « … », s'est félicité le technicien de 48 ans')
        return None
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
    issued = entities.issuer_of(lemma_of(head), mention.start) if head is not None else None
    if issued is None:
        return None
    # (a person as the article names them, titles apart and in full, whatever the NER made of the
    # words: 'House Speaker Lorenzo DiMarco-Feld … said in a written statement', 'Ogunleye-Ajayi said in a statement')
    name = after_honorific(split_titles(issued[0], w.CODE)[1] or issued[0], w)
    if issued[1] == "person" or entities.known_person(name) or entities.person_named(name):
        return entities.full_name(name), "person"
    return issued


def _a_document(name: str, w) -> bool:
    """A speaker named by a document's noun ('the letter', 'the complaint'), no body."""
    words = fold(name).split()
    return bool(words) and words[-1] in w.SOURCE_NOUNS | w.WRITTEN_THINGS


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


def _role_phrase(mention: Mention, w) -> Optional[tuple[str, list[str]]]:
    """The role a definite phrase stands for as a whole ('le chef de l'Etat',
    « la représentante de l'Etat », « le chef du gouvernement »: "Premier
    ministre") and the words that qualify it (the role's own before its
    noun, "Premier"; a nationality after the phrase, « le chef de l'État
    libanais »), or None."""
    tokens = mention.tokens
    if len(tokens) < 2 or tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return None
    phrase = fold(mention.text[len(tokens[0].text) :].strip())
    qualifiers: list[str] = []
    if phrase not in w.ROLE_PHRASES and tokens[-1].is_lower and tokens[-1].pos_ == "ADJ" and len(tokens) > 2:
        phrase, qualifiers = phrase.rsplit(" ", 1)[0], [tokens[-1].text]
    # (a phrase that opens on a qualifier: « l'ancien chef du gouvernement »)
    if phrase not in w.ROLE_PHRASES and phrase.split(" ", 1)[0] in w.ROLE_QUALIFIERS and " " in phrase:
        qualifier, phrase = phrase.split(" ", 1)
        qualifiers.append(qualifier)
    role = w.ROLE_PHRASES.get(phrase)
    if role is None:
        return None
    *own, noun = role.split()
    return noun, own + qualifiers


def _role_of(mention: Mention, w) -> Optional[str]:
    """The role noun of 'the Florida senator', 'the Republican presidential
    candidate': a definite singular description of a person, no name in it."""
    tokens = mention.tokens
    if len(tokens) < 2 or tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return None
    phrase = _role_phrase(mention, w)
    if phrase is not None:
        return phrase[0]  # 'le chef de l'Etat'
    if any(t.ent_type_ in ("PERSON", "PER") and t.lower_ not in w.TITLE_WORDS for t in tokens):
        return None  # (a title the NER called a person, 'le Premier ministre', is still a role)
    if _name_after_head(mention, w):
        return None  # ('the critic Ruairí Mac Con Iomaire', the NER's body and place: a name, titled)
    # ('the GOP front-runner': three tokens; 'le maire de Villeurbanne': the role first)
    for head in (mention.text.split()[-1].lower().strip(".,;:"), tokens[-1].lower_, mention.head):
        if _guessable_role(head, w) or _title_role(head, w):
            return head
    return None


def _title_right_before(text: str, name: str, w) -> bool:
    """Whether a title word stands right before the name that ends a
    mention ('le Pr Diop'; not 'A spokesman for Trump')."""
    before = text[: -len(name)].split() if text.endswith(name) else []
    return bool(before) and fold(before[-1]) in w.TITLE_WORDS


def _name_after_head(mention: Mention, w) -> bool:
    """Whether capitalised words follow a mention's lower-case head noun
    to its end, two at least ('the critic Ruairí Mac Con Iomaire'): a
    name the role word titles, not a role standing for someone."""
    head = mention.head_token()
    if head is None or not head.is_lower:
        return False
    after = [t for t in mention.tokens if t.i > head.i]
    # (two capitalised words at least: « le ministre du Travail » is a role, its particle no name)
    return sum(t.text[:1].isupper() for t in after) >= 2 \
        and all(t.text[:1].isupper() or t.lower_ in w.NAME_PARTICLES or t.text in NAME_HYPHENS for t in after)


def _gender_disagrees(mention: Mention, name: str, w) -> bool:
    """Whether a description's gender (its noun's, 'the chairwoman', or its
    article's, « la maire ») is not the one the person's first name tells
    (the first name, not a pronoun the article was read to give them: those
    are guessed)."""
    told = {w.GENDERED_NOUNS.get(t.lower_) for t in mention.tokens} - {None}
    told |= {morph_gender(t) for t in mention.tokens[:1] if t.pos_ == "DET"} - {None}
    known = first_name_gender(fold(name.split()[0])) if name.split() else None
    return len(told) == 1 and known is not None and known not in told


def _guessable_role(role: str, w) -> bool:
    """A role the rules may give the person an earlier sentence was about
    even where the article never wrote it before their name ('the
    candidate', 'the Florida senator')."""
    return role in w.ROLE_TITLES or role in w.PERSON_ROLES


def _title_role(role: str, w) -> bool:
    """A title word that is a role ('the commissioner' for Police
    Commissioner Linda Kowalczyk, « le préfet »): only the person the
    article gave it holds it. Not an abbreviation, nor the noun of an
    anonymous source ('the official', 'the diplomat': whom a description
    named, see _described_again)."""
    if "-" in role and all(part in w.TITLE_WORDS for part in role.split("-")):
        return True  # ('le lieutenant-colonel')
    return role in w.TITLE_WORDS and not role.endswith(".") and len(role) > 3 and role not in w.ANONYMOUS_HEADS


def _bare_title(mention: Mention, w) -> Optional[str]:
    """The title word of a mention that is only that word, capitalised, with
    no article ('Mayor calls …' in a headline), or None."""
    text = mention.text.strip()
    return fold(text) if " " not in text and text[:1].isupper() and fold(text) in w.TITLE_WORDS else None


def _headline_role(mention: Mention, w) -> Optional[tuple[str, list[str]]]:
    """(role, capitalised modifiers) of a headline's subject written without
    an article, capitalised words before a role ('Pemberton chairman'), or None."""
    tokens = mention.tokens
    if len(tokens) < 2 or tokens[0].lower_ in w.DEFINITE_DETERMINERS | w.INDEFINITE_ARTICLES:
        return None
    role, before = tokens[-1], tokens[:-1]
    if not role.is_lower or not (role.lower_ in w.TITLE_WORDS or _guessable_role(role.lower_, w)):
        return None
    return (role.lower_, [t.text for t in before]) if all(t.text[:1].isupper() for t in before) else None


def _indefinite_role(mention: Mention, w) -> Optional[str]:
    """The role noun of 'a federal judge in Texas', « un juge fédéral »: an
    indefinite description of a person by a role, no name in it."""
    tokens = mention.tokens
    if len(tokens) < 2 or tokens[0].lower_ not in w.INDEFINITE_ARTICLES or any(t.ent_type_ in ("PERSON", "PER") for t in tokens):
        return None
    return mention.head if mention.head in w.ROLE_TITLES or mention.head in w.PERSON_ROLES else None


def _questioned(mention: Mention, w) -> bool:
    """Whether a description is the object of a verb of questioning ('Le
    président de la cour … a interrogé l'accusé'): the one who asked, the
    last person named, is the one it is not."""
    head = mention.head_token()
    return head is not None and head.dep_ in ("dobj", "obj", "xcomp") and lemma_of(head.head) in w.QUESTIONING_VERBS


def _held_only_as_given(mention: Mention, role: str) -> bool:
    """A role only someone the article gave it holds, never guessed from who
    spoke or was named last: one written before its complement ('the former
    secretary of State', 'le maire de Villeurbanne'; not 'the Florida
    senator', nor a phrase for a role, "le chef de l'Etat"), or one
    possessed ('the former vice president's spokeswoman' is not the vice
    president)."""
    written_first = mention.head == role and role not in (mention.tokens[-1].lower_, mention.text.split()[-1].lower().strip(".,;:"))
    # ('l'attaquant français': an adjective after the noun, as French writes
    # it, narrows no more than 'the French striker' does)
    complement = any(t.pos_ == "ADP" for t in itertools.dropwhile(lambda t: t.lower_ != role, mention.tokens))
    return written_first and complement or any(t.tag_ == "POS" or t.lower_ in ("'s", "’s") for t in mention.tokens)


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
        if t.ent_type_ not in ("PERSON", "PER") or t.lower_ in w.WEEKDAYS:
            continue  # ('Dimanche, la présidente' with "Dimanche" tagged a person: a day is no one)
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
        if head is not None and run[-1].i < head.i and head.pos_ in ("NOUN", "PROPN") \
                and head.lower_ in w.GROUP_WORDS | w.BODY_WORDS | w.ORGANISATION_WORDS:
            # 'Sanders protesters', 'the Biden campaign': a group or body named after someone
            # ("Kastrovia's Ministry of Agriculture", the country tagged a person: the ministry)
            return []
        if head is not None and run[-1].i < head.i and _possessor_of(run, head, w):
            return []  # "Donald Trump's campaign manager", "Cruz's lawyers": someone else, described
        if head is not None and _serves(run, head, w):
            return []  # 'a senior Cruz adviser', 'a spokesman for Bernie Sanders': someone else, described
    if all(t.lower_ in w.TITLE_WORDS for t in run):
        return []  # 'le Premier ministre' tagged as a person: a title, no name
    if len(run) > 2 and speech_noun(run[0], w) and run[1].lower_ in w.OWNER_PREPOSITIONS:
        run = run[2:]  # ("Réponse d'Hélène Marchand-Vidal" tagged whole: the answer is hers)
    while len(run) > 2 and run[1].text[:1].isupper() and (run[0].lower_ in w.TITLE_WORDS or run[0].is_title and not known_first_name(fold(run[0].text))
                                                 and person_noun(run[0].lower_, w, w.AFFILIATION_WORDS, endings=False)):
        run = run[1:]  # ('Trustee Alistair Grant', 'Teenager Zephyrine Cole' tagged whole: the role is no part of the name)
    # 'Emmanuel Macron' with only 'Emmanuel' tagged: the capitalised word after it is the surname
    # (after a particle, whatever the NER made of it: 'Ursula von der' tagged a person, 'Leyen' a place)
    following = {t.i: t for t in mention.tokens}
    nickname = _nickname(run, following)  # ('Thomas “Tommy” Reyes': not part of the name, the surname after it is)
    run = [t for t in run if t.i not in nickname]
    while (after := _next_word(run[-1], following, nickname)) is not None and (run[-1].whitespace_ == " " or nickname):
        nxt = following[after]
        # (a capitalised one after a first name too: 'Patricia Le Men', 'Men' tagged a place)
        particle = run[-1].lower_ in w.NAME_PARTICLES and (run[-1].is_lower or len(run) > 1) or bool(nickname) and len(run) == 1
        if not _surname_word(nxt) or nxt.ent_type_ and not particle \
                or nxt.lower_ in w.TITLE_WORDS and not _title_as_surname(run, nxt):
            break
        run = run + [nxt]
    run = trim_name_tokens(_with_first_name_before(run, {t.i for t in mention.tokens}, w))
    lo, hi = whole_name_words(run[0].i, run[-1].i, run[0].doc)
    return [following[i] for i in range(lo, hi + 1)] if all(i in following for i in range(lo, hi + 1)) else run


# 'O’Donoghue', "D'Amato", 'N’Diaye': a surname whose apostrophe joins a
# one- or two-letter prefix to a capitalised rest.
ELIDED_SURNAME = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]?['’][A-ZÀ-Þ][^\W\d_]+")


def _surname_word(tok: Token) -> bool:
    """Whether a token may be the surname after a first name: a capitalised
    word, its elided prefix included ('O’Donoghue', which the parse may tag
    a common noun once the copy's quote marks are curly singles)."""
    return tok.is_title and tok.is_alpha or ELIDED_SURNAME.fullmatch(tok.text) is not None


def _next_word(token, tokens: dict, skipped: frozenset[int] = frozenset()) -> Optional[int]:
    """The index of the word after a token among `tokens`, past the
    whitespace a wrapped line leaves ('Dr. Samuel⏎  Otieno') and the
    `skipped` tokens, or None."""
    at = token.i + 1
    while at in tokens and (tokens[at].is_space or at in skipped):
        at += 1
    return at if at in tokens else None


def _nickname(run: list, tokens: dict) -> frozenset[int]:
    """The quoted nickname right after the first name of a run, marks
    included ('Thomas “Tommy” Reyes'), as token indices; empty when none."""
    first = run[0].i
    if all(first + k in tokens for k in (1, 2, 3)) and nickname_at(run[0].doc, first + 1):
        return frozenset({first + 1, first + 2, first + 3})
    return frozenset()


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
    at = run[0].i - 1
    while at in in_mention and run[0].doc[at].is_space:
        at -= 1  # (the indent of a wrapped line: 'Dr. Samuel⏎  Otieno')
    if len(run) != 1 or at not in in_mention:
        return run
    before = run[0].doc[at]
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
    if not member and (head.pos_ != "NOUN" or noun_in(head, w.SOURCE_NOUNS)
                       or not person_noun(head.lower_, w, w.TITLE_WORDS | w.COMPANION_WORDS)):
        return False  # (a neighbour, a friend, is a person too: 'A neighbour in Cerne Pelham')
    if run[-1].i < head.i:
        # ('Sergueï Lavrov, le chef de la diplomatie russe,': a name set off by a
        # comma before the words describing it is the person they describe)
        return head.doc[run[-1].i + 1].text != ","
    between = list(head.doc[head.i + 1 : run[0].i])
    if between and between[-1].pos_ == "PROPN" and between[-1].ent_type_ in ("LOC", "GPE"):
        return False  # ('le député des Landes Aurélien de Saint-Phalle': the place's deputy, named)
    at = next((k for k, t in enumerate(between) if t.pos_ == "ADP"), None)
    if at is None or between[at].lower_ in w.EXAMPLE_PREPOSITIONS:
        return False  # ('economic advisers like Gene Sperling': the name is one of them)
    if between[at].lower_ in w.WORKPLACE_PREPOSITIONS and not any(t.is_punct for t in between[at + 1 :]):
        return True  # ('a former controller at the collapsed crypto lender Brightvault': where they work)
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
    # (nor the headline verb the NER ran the name into: 'Gina Rodriguez Questioned')
    after = "" if rest and (rest[0].pos_ == "CCONJ" or len(rest) == 1 and headline_verb(rest[0])) else text_of_doc[hi : mention.tokens[-1].idx + len(mention.tokens[-1].text)]
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


def name_of(mention: Mention, entities: ArticleEntities, w) -> tuple[str, str, list[str]]:
    """(name, kind, titles) of a mention that is neither a pronoun nor a
    role: the person's words in it completed to the article's fullest form
    ("Comey" → "James Comey"), their titles apart; else a person's name the
    tagger missed or called a body ('Spokeswoman Haley Morris'); else the
    mention as written, a body, a group or an anonymous source."""
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
        # (the honorific's gender, inside the name the NER tagged too: 'Mrs O'Halloran' of Margaret and Dennis)
        gender = _honorific_gender(mention, person, w) or honorific_gender(fold(name.split()[0]), w)
        name = after_honorific(name, w)
        name = entities.name_form(name) or name
        full = entities.full_name(name, gender)
        # ('Recep' before the 'Tayyip Erdogan' the NER tagged: a word of the name, no title)
        return full, "person", titles_not_of_name(titles, full)
    named = next((n for n in entities.distinct_names if len(n.split()) > 1 and text.endswith(", " + n)), None)
    if named is None:
        named = _name_after_role(mention, text, w)
    if named is not None:  # 'la présidente du RN, Marine Le Pen': a name the NER missed, known to the article
        own_titles, rest = split_titles(named, w.CODE)  # (and its own title apart: ', Chief Emeka Obi-Nwankwo')
        return entities.full_name(rest or named), "person", [text[: -len(named) - 2], *own_titles]
    affiliated = _name_with_affiliation(text, w, entities, _called_who(mention, w))
    if affiliated is not None:  # 'Meenakshi Ganguly of Human Rights Watch' the NER read as one body
        return entities.full_name(affiliated[0]), "person", [affiliated[1]]
    titles, rest = split_titles(text, w.CODE)
    first = fold(rest.split()[0]) if rest else ""
    untagged = not any(t.ent_type_ in ("PERSON", "PER") for t in mention.tokens)
    if titles and untagged and len(rest.split()) > 1 and rest in entities.distinct_names and known_first_name(first):
        return entities.full_name(rest), "person", titles  # 'Phoenix Mayor Greg Stanton' the NER called a work
    if titles and untagged and _role_then_name(titles[-1], rest, w):
        return entities.full_name(rest), "person", titles  # 'Spokeswoman Haley Morris' the NER called an organisation
    if titles and untagged and len(rest.split()) == 1 and entities.known_person(rest) and _title_right_before(text, rest, w):
        return entities.full_name(rest), "person", titles  # ('le Pr Diop' after 'le Pr Mamadou Lamine Diop')
    described = _name_after_person_noun(mention, entities, w)
    if described is not None:  # 'Concord resident Whit Symms' the NER read as a body
        return entities.full_name(described[1]), "person", [described[0]]
    honoured = _name_after_honorific(mention, w)
    if honoured is not None:  # 'M. Retailleau sur BFMTV' the NER read as one name
        return entities.full_name(*honoured), "person", []
    epithet = _known_name_after_epithet(mention, entities)
    if epithet is not None:  # 'a warm-and-fuzzy Trump said', "Trump" tagged an organisation
        return entities.full_name(epithet), "person", []
    head = mention.tokens[-1] if mention.tokens else None
    if head is not None and (head.pos_ == "PROPN" or head.text[:1].isupper()) and (
            entities.known_person(text) or entities.written_in_full(text) or entities.person_named(text)):
        # 'Trump' tagged ORG (and even a common noun) after 'Donald Trump' was
        # named: the person again; so is 'Tanden' with 'Neera Tanden' written
        # where the NER saw no person.
        return entities.full_name(without_postnominals(after_honorific(text, w))), "person", []
    syntactic = mention.head_token()
    serving = head is not None and syntactic is not None and syntactic.pos_ == "NOUN" and syntactic.is_lower and syntactic.i < head.i
    if head is not None and (head.pos_ == "PROPN" or head.is_title) and mention.ent_label in (None, "", "PERSON", "PER") \
            and not _is_org_word(text) and not serving:
        # (not a name the head noun's person serves: 'A spokesman for Mr Ruggiero' is the spokesman)
        stripped = without_postnominals(after_honorific(text, w))
        honorific = stripped != text  # ('M. Macron', 'Mme Borne': a person whatever the tags)
        if all(word[:1].isupper() for word in stripped.split()):  # 'Auto Workers Secretary-Treasurer Gary Casteel'
            stripped = entities.name_form(stripped) or stripped
        full = entities.full_name(stripped)
        if full != stripped or mention.tokens[0].pos_ == "PROPN" or honorific:
            return full, "person", []
    if len(mention.tokens) == 1 and known_first_name(fold(text)) and _age_after(mention):
        return entities.full_name(text), "person", []  # 'lance Fatima, 54 ans,' tagged a place
    if _person_read_as_body(text, entities, w):  # 'Carly Fiorina threw her support …' tagged an organisation
        return entities.full_name(text), "person", []
    body = _body_named_in_apposition(mention, w)
    if body is not None:  # 'the civil rights organization the Anti-Defamation League'
        description = text[: len(text) - len(body)].strip(" ,").split(" ", 1)
        if description[0].lower() in w.DEFINITE_DETERMINERS | w.ANONYMOUS_DETERMINERS:
            description = description[1:]
        return body, "organisation", [" ".join(description)] if description else []
    return _without_relative(mention, text, w), _nominal_kind(mention, w), []


def _name_with_affiliation(text: str, w, entities: ArticleEntities, a_person: bool = False) -> Optional[tuple[str, str]]:
    """(name, affiliation) of 'Meenakshi Ganguly of Human Rights Watch' or
    'the Washington Post’s Ishaan Tharoor' when the NER tagged the whole as an
    organisation or nothing: two or three capitalised words opened by a
    known first name or named as a person elsewhere in the article, before
    the language's affiliation preposition and a capitalised body, or after
    a possessive; any two capitalised words when `a_person` (the grammar
    says the mention is someone). The person is who speaks; the body is what
    the reader is told of them."""
    owned = POSSESSED_NAME.match(text)
    if owned is not None and _a_person(owned.group(2).split(), entities):
        return owned.group(2), _drop_article(owned.group(1), w)
    words = text.split()
    for k in (2, 3):
        named = _a_person(words[:k], entities) or a_person and k == 2 and all(x[:1].isupper() for x in words[:k])
        if len(words) > k + 1 and words[k].lower() in w.AFFILIATION_PREPOSITIONS and named \
                and any(c.isupper() for c in words[k + 1]):
            return " ".join(words[:k]), " ".join(words[k + 1 :])
    return None


def _name_after_person_noun(mention: Mention, entities: ArticleEntities, w) -> Optional[tuple[str, str]]:
    """(description, name) of 'Concord resident Whit Symms' or 'longtime
    voter Ana Ruiz': a noun for a person right before two or three
    capitalised words that are a person's name (a first name the census
    knows, or a person the article names elsewhere) describes that person."""
    tokens = [t for t in mention.tokens if not t.is_space]
    k = len(tokens)
    # (a hyphened name is one word of it: 'l'épidémiologiste Mei-Lin Tran-Bouvier', five tokens)
    while k > 0 and (tokens[k - 1].pos_ == "PROPN" and tokens[k - 1].is_title and tokens[k - 1].is_alpha
                     or tokens[k - 1].text in NAME_HYPHENS and k < len(tokens) and not tokens[k - 1].whitespace_ and k > 1
                     and not tokens[k - 2].whitespace_):
        k -= 1
    text = doc_text(tokens[0].doc) if tokens else ""
    named = text[tokens[k].idx : tokens[-1].idx + len(tokens[-1].text)].split() if k < len(tokens) else []
    if k >= 1 and len(named) == 1 and tokens[k - 1].pos_ == "NOUN" and tokens[k - 1].is_lower \
            and relation_noun(tokens[k - 1].lower_, w) and known_first_name(fold(named[0])):
        # (a known first name alone after a word for kin or a companion: « Son amie Maëlys »)
        return _without_article(text[tokens[0].idx : tokens[k - 1].idx + len(tokens[k - 1].text)], w), named[0]
    if k < 1 or mention.head_token() not in tokens[k - 1 :] or not 2 <= len(named) <= 3 or not tokens[k - 1].is_lower \
            or tokens[k - 1].pos_ != "NOUN" \
            or not person_noun(tokens[k - 1].lower_, w) \
            or not (_a_person(named, entities) or entities.person_named(" ".join(named))
                    or role_noun(tokens[k - 1].lower_, w) and all(x[:1].isupper() for x in named)):
        return None  # (a role's own noun names whoever it is put before: « l'épidémiologiste Mei-Lin Tran-Bouvier »)
    return _without_article(text[tokens[0].idx : tokens[k - 1].idx + len(tokens[k - 1].text)], w), " ".join(named)


#: The description set off right after a name, up to its closing comma or stop (or a relative).
SET_OFF_DESCRIPTION = re.compile(r"^[^\S\n]*,[^,.;\n]*?(?:[,.;]|(?=\s+(?:qui|who)\b))")


def _person_described_since(between: str, w) -> bool:
    """Whether a person's noun ('au maire', 'the senator') comes after the
    last name: then "the latter" may be that person, whom no name tells.
    (Not « la première » of a pair, which points at a name itself, nor
    the description set off right after the name, which is that person's:
    « Anne-Laure de Kervénoaël, conseillère d'opposition, … Celle-ci ».)"""
    between = SET_OFF_DESCRIPTION.sub("", between, count=1)
    words = re.findall(r"[^\W\d_]+", between.lower())
    pair = {**w.LATTER_WORDS, **w.FORMER_WORDS}
    # (one person: not a plural, 'ont réuni les comédiens')
    return any(role_noun(word, w) and not (word.endswith("s") and role_noun(word[:-1], w))
               and not (k and fold(f"{words[k - 1]} {word}") in pair) for k, word in enumerate(words))


def _called_who(mention: Mention, w) -> bool:
    """'Meenakshi Ganguly of Human Rights Watch, who observed voting': a
    relative clause the language opens only for people ('who', not
    'which') says the mention is someone, whatever the NER made of it; the
    parse may hang it on the mention's last word ('Watch, who')."""
    return any(c.dep_ in RELATIVE_CLAUSE_DEPS and c.left_edge.lower_ in w.PERSON_RELATIVES
               for t in mention.tokens for c in t.rights)


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


def _name_after_honorific(mention: Mention, w) -> Optional[tuple[str, Optional[str]]]:
    """'M. Retailleau sur BFMTV', 'Mme Hidalgo à Paris', 'M. Garnier' the
    NER called a place, 'Monde Mme Lefèvre': an honorific opens a person's
    name, which runs to the first word without a capital. The name, and the
    gender the honorific gives ('Mme Ferreira' of Ana and Rui Ferreira)."""
    tokens = mention.tokens
    # (after an outlet the inverted tag ran in: 'explique au Monde Mme Lefèvre')
    at = next((k for k, t in enumerate(tokens) if t.lower_ in honorifics(w) and (k == 0 or tokens[k - 1].text[:1].isupper())), None)
    if at is None:
        return None
    name = list(itertools.takewhile(lambda t: t.text[:1].isupper() and t.is_alpha, tokens[at + 1 :]))
    if name:  # (each word whole: 'Mr Lathbury-Noakes', cut at the hyphen by the tokenizer)
        doc = name[0].doc
        hi = min(whole_name_words(name[-1].i, name[-1].i, doc)[1], tokens[-1].i)
        name = list(doc[name[0].i : hi + 1])
    after = tokens[at + 1 + len(name)] if at + 1 + len(name) < len(tokens) else None
    if after is not None and after.lower_ in ("'s", "’s", "'", "’"):
        return None  # ("Mr. Starmer's spokesman" is the spokesman, not Mr. Starmer)
    if not name:
        return None
    return doc_text(name[0].doc)[name[0].idx : name[-1].idx + len(name[-1].text)], honorific_gender(fold(tokens[at].text), w)


def _role_then_name(title: str, rest: str, w) -> bool:
    """'Spokeswoman Haley Morris', 'analyst Roman Smbatyan': a title that
    ends in a word for a person, then two or three capitalised words with a
    known first name and no organisation word, is a person named."""
    if fold(title) in w.TITLE_WORDS and 2 <= len(rest.split()) <= 4 and not _is_org_word(rest) \
            and all(word[:1].isupper() or word in w.NAME_PARTICLES for word in rest.split()):
        return True  # ('Dr Saoirse Ní Bhraonáin' tagged a body: a person's title alone before the name)
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
    # (a capitalised title too: 'The President of the Flour Milling Association, Chief Emeka Obi-Nwankwo')
    role = [t for t in mention.tokens if t.idx - mention.tokens[0].idx < found.start()
            and (t.pos_ == "NOUN" or t.pos_ == "PROPN" and t.lower_ in w.TITLE_WORDS)]
    if not role:
        return None
    if " " not in found.group(1):
        # ('Son fils, Hassan': a first name alone, right after a word for kin, a
        # companion or a gendered person; not 'a woman in Worcester, Massachusetts')
        before = text[: found.start()].split()
        return found.group(1) if before and relation_noun(before[-1].lower(), w) else None
    # (the role's own noun, wherever it stands: 'le ministre … des Affaires étrangères', 'the opposition leader';
    # or a word for kin or a neighbour: 'corrige sa voisine, Christelle Yao-Brou')
    return found.group(1) if any(person_noun(t.lower_, w, w.TITLE_WORDS) or relation_noun(t.lower_, w) for t in role) else None


AGE_AFTER = re.compile(r",\s+\d{1,3}(?:\s+(?:ans|years?\s+old))?\s*(?:[,.;]|$)")


def _age_after(mention: Mention) -> bool:
    """Whether an age follows the mention ('Fatima, 54 ans,', 'Sara, 44,'):
    only a person is introduced so."""
    last = mention.tokens[-1]
    end = last.idx + len(last.text)
    return AGE_AFTER.match(doc_text(last.doc), end) is not None


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
    second word ('Morgan Stanley' is never "Stanley"), or with a name
    particle inside ('Nathalie Le Gouill', which firms do not have)."""
    words = text.split()
    if not _first_named_run(text) or fold(words[0]) in sentence_openers(w.CODE):
        return False
    if any(fold(x) in w.NAME_PARTICLES for x in words[1:-1]):
        return True
    alone = re.finditer(rf"\b{re.escape(words[-1])}\b", entities.text)
    return any(not entities.text[: m.start()].rstrip().endswith(words[-2]) for m in alone)


def _a_share(tokens: list, w) -> bool:
    """A speaker that is a number or a share of people ('21 percent', '49',
    'only 23 percent of those who …'), up to any preposition."""
    head = list(itertools.takewhile(lambda t: t.pos_ != "ADP", tokens))
    return bool(head) and (head[-1].like_num or any(t.lower_ in w.SHARE_WORDS for t in head))


def _is_org_word(text: str) -> bool:
    return bool(ORG_WORDS.search(text))


def _one_described(mention: Mention, head: Optional[Token], w) -> bool:
    """'the former secretary of State', 'the Wisconsin Republican', 'the
    chairman of the Senate committee': a definite description whose head is
    one person (a title, a person's noun, a party's member in the singular)
    is a person, whatever proper noun its complement or modifier holds."""
    if head is None or not mention.tokens or mention.tokens[0].lower_ not in w.DEFINITE_DETERMINERS:
        return False
    article = mention.tokens[0]
    if article.text[:1].isupper() and not article.is_sent_start:
        return False  # 'according to The Federalist': an article capitalised inside a sentence opens a title
    if head.tag_ in ("NNS", "NNPS") or head.morph.get("Number") == ["Plur"]:
        return False
    if head.ent_type_ == "NORP":
        return True
    # (a lower-case word is a common noun, whatever the tagger says: 'the prime minister' as PROPN)
    common = head.pos_ == "NOUN" or head.pos_ == "PROPN" and head.is_lower
    return common and (head.lower_ in w.ROLE_TITLES or head.lower_ in w.PERSON_ROLES)


def _nominal_kind(mention: Mention, w) -> str:
    """The kind of a speaker that is no known person's name. Proper names the
    parse did not call people are institutions ('ReganBooks', 'Fox News');
    a description is read by the same lexicon as speakers.classify_kind, so
    that 'the man' and 'the Florida senator' are people, 'one user' anonymous."""
    first = mention.tokens[0].lower_ if mention.tokens else ""
    if first in w.ANONYMOUS_DETERMINERS or mention.head in ("source", "sources", "official", "officials", "aide", "aides"):
        return "anonymous"
    if first in w.PLURAL_DETERMINERS:
        # ('des experts militaires turcs', 'some Republicans': a category the reader can picture;
        # 'several officials' is hidden, as speakers.classify_kind decides)
        return "anonymous" if mention.head in w.ANONYMOUS_HEADS else "group"
    head = mention.head_token()
    if head is not None and len(mention.tokens) > 1 and head.i == mention.tokens[1].i and head.lower_ in w.ORGANISATION_WORDS \
            and any(t.i > head.i and t.is_title for t in mention.tokens):
        return "organisation"  # ('Le groupe Danone': a body's word, then its name)
    if _one_described(mention, head, w):
        return "person"
    if head is not None and head.ent_type_ == "NORP" and head.tag_ in ("NNS", "NNPS"):
        return "group"  # 'Democrats', 'Catholic Republicans', 'the Saudis': people of a party or a nation
    if head is not None and head.tag_ == "NNS" and head.i == mention.tokens[0].i and person_noun(head.lower_, w):
        return "group"  # 'Economists at ANZ': people, wherever they work
    # ('Kessin General Hospital'; not 'the Senate minority leader', a person whose head is no name)
    if mention.ent_label in ("ORG", "GPE", "NORP", "LOC") or _is_org_word(mention.text) and not (
            head is not None and head.is_lower and person_noun(head.lower_, w)):
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
