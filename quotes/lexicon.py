"""What a word tells of a speaker: whether a noun names a person, a body or
something said, what gender an honorific or a first name gives, how names
compare once folded.

Pure functions of a language's word lists (quotes/lang) and of the 1990 US
Census first names, cached per language: the rules ask them of every
subject, every name and every noun they weigh, in every module.
"""
from __future__ import annotations

import unicodedata
from functools import lru_cache
from importlib import resources
from types import ModuleType
from typing import Optional

from spacy.tokens import Token

from .lang import lemma as lemma_of

FEMALE_NAMES = frozenset("""
hillary chelsea melania ivanka kellyanne nancy elizabeth sarah michelle kamala jill hope
huma donna debbie claire susan katie megyn ann anne amy kirsten tammy tulsi marsha nikki
condoleezza madeleine angela theresa marine christine ursula valentina maria mary patricia
jennifer linda barbara margaret lisa karen betty helen sandra ashley kimberly emily laura
rebecca sharon cynthia kathleen julie heather diane alice julia grace rachel katherine
kate catherine samantha janet joan judy gloria rose emma olivia sophie anna marie nathalie
isabelle sylvie catherine christiane ségolène segolene martine anne-marie brigitte carly
kelly omarosa sheryl robin gwen paula lena chris-anne betsy susana jeanne cathy
élisabeth elisabeth valérie valerie rachida najat agnès agnes aurore clémentine clementine
""".split())
MALE_NAMES = frozenset("""
donald barack joe mike michael bill tim paul ted marco jeb john bernie chris rudy newt ben
reince sean steve jason corey mitt george jim james robert david richard
charles thomas mark william joseph daniel matthew anthony andrew kevin brian edward ronald
jeffrey gary eric stephen larry scott frank jerry raymond gregory patrick jack dennis peter
harold douglas henry carl arthur ryan roger jonathan lawrence vladimir recep tayyip dmitry
igor yury sergey sergei mevlut hulusi bashar emmanuel francois nicolas jean pierre jacques
marc alain philippe boris justin benjamin xi kim rex jared lindsey
harry mitch chuck rand rick lincoln gary evan anthony rahm pat tom dan sam al
yves luc claude françois baptiste gérald gerald édouard edouard olivier bruno gabriel
""".split())


@lru_cache(maxsize=1)
def census_first_names() -> dict[str, str]:
    """The 1990 US Census first names and their gender (quotes/lang/first_names.tsv,
    public domain), read once. Many are also words and places ("May", "Orlando"):
    a run counts as a person by them only where the text introduces a person."""
    text = (resources.files("quotes.lang") / "first_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in rows}


def census_gender(first: str) -> Optional[str]:
    """The census gender of a first name of three letters or more: a US list
    misreads short names of other languages ("Lu" Kang is a man)."""
    return census_first_names().get(first) if len(first) >= 3 else None


# A first name neither list knows, by its ending: in most European languages
# one in -na, -ka, -ia… is a woman's ('Katarina', 'Agnieszka', 'Svetlana'),
# but for these men's names and names given to both; endings Japanese and
# Arabic men's names share ('Yukiya', 'Kenta', 'Osama') say nothing.
WOMEN_ENDINGS = ("na", "ia", "ja", "ka", "la", "ra", "sa", "va", "da")
MEN_IN_A = frozenset("""
andrea luca luka nikola nicola sava kosta ivica jovica mirza nikita ilya ilia sasha misha kuba
mustafa musa isa hamza yahya zakaria attila juma costa jona joshua elia mattia garcia dana
akira yutaka shiva krishna rama vishnu ezra
""".split())


def ending_gender(first: str) -> Optional[str]:
    """The gender a (folded) first name's ending gives, or None."""
    return "female" if len(first) >= 4 and first.endswith(WOMEN_ENDINGS) and first not in MEN_IN_A else None


def first_name_gender(first: str) -> Optional[str]:
    """"female" or "male" for a known (folded) first name, else None; a
    compound first name ("jean-yves", "marie-christine") by its first part
    when every part is a first name ("mark-viverito" is a surname)."""
    parts = first.split("-")
    if len(parts) > 1 and first not in KNOWN_FIRST_NAMES:
        if all(part in KNOWN_FIRST_NAMES or part in census_first_names() for part in parts):
            first = parts[0]
    return "female" if first in FEMALE_NAMES else "male" if first in MALE_NAMES else None


def known_first_name(first: str) -> bool:
    """Whether a folded word is a first name either list knows (a language's
    own, or the census's of three letters or more)."""
    return first_name_gender(first) is not None or census_gender(first) is not None


@lru_cache(maxsize=None)
def speaking_nouns(w: ModuleType) -> frozenset[str]:
    """The common nouns of things that speak besides people: documents,
    bodies, groups, anonymous sources, titles, words for something said.
    Joined once per language: asked of subjects in every paragraph."""
    return frozenset(w.SOURCE_NOUNS | w.ORGANISATION_WORDS | w.GROUP_WORDS | w.BODY_WORDS
                     | w.ANONYMOUS_HEADS | w.TITLE_WORDS | w.SPEECH_NOUNS)


@lru_cache(maxsize=None)
def body_nouns(w: ModuleType) -> frozenset[str]:
    """Nouns of organisations, bodies and documents, joined once per language."""
    return frozenset(w.ORGANISATION_WORDS | w.BODY_WORDS | w.SOURCE_NOUNS)


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Accent- and case-insensitive form of a name, for comparisons."""
    text = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in text if not unicodedata.combining(ch)).lower()


@lru_cache(maxsize=None)
def honorifics(w: ModuleType) -> frozenset[str]:
    """A language's honorifics of either gender, or none ("mr.", "mme", "me"), joined once:
    names are read past them on every entity and every speaker."""
    return frozenset(w.HONORIFICS_MALE | w.HONORIFICS_FEMALE | w.HONORIFICS_NEUTRAL)


def honorific_gender(word: str, w: ModuleType) -> Optional[str]:
    """The gender a (lower-case) honorific gives ('mr.' male, 'mme' female), else None."""
    return "male" if word in w.HONORIFICS_MALE else "female" if word in w.HONORIFICS_FEMALE else None


def morph_gender(token: Token) -> Optional[str]:
    """"male" or "female" as the parse's morphology marks the word ('le
    groupe', 'la ministre'), or None (English marks none)."""
    gender = token.morph.get("Gender")
    return {"Masc": "male", "Fem": "female"}.get(gender[0]) if gender else None


def after_honorific(name: str, w: ModuleType) -> str:
    """'Mme Hidalgo' is Hidalgo, and 'Figaro Mme Durand' ('explique au
    Figaro Mme Durand') is Durand: an honorific opens the person's name,
    what comes before it is another word a tag ran into (the gender it
    tells is read where the name is found)."""
    parts = name.split()
    at = next((k for k, part in enumerate(parts[:-1]) if part.lower() in honorifics(w)), None)
    return " ".join(parts[at + 1 :]) if at is not None else name


def _listed_first_names(gender: str) -> frozenset[str]:
    """Every language's own first names of a gender, folded as
    first_name_gender compares them ("Léa" is "lea")."""
    from .lang import available, words

    lists = (getattr(words(code), f"{gender}_FIRST_NAMES") for code in available())
    return frozenset(fold(name) for names in lists for name in names)


def _world_first_names(gender: str) -> frozenset[str]:
    """First names of many cultures seen in international news ('Erwan',
    'Joost', 'Nkechi', 'Yusuf'), each given to one gender, that the US
    census list lacks (quotes/lang/world_first_names.tsv, compiled by
    hand), folded."""
    text = (resources.files("quotes.lang") / "world_first_names.tsv").read_text(encoding="utf-8")
    rows = (line.split("\t") for line in text.splitlines() if line and not line.startswith("#"))
    return frozenset(fold(name) for name, given in rows if given == gender)


FEMALE_NAMES = FEMALE_NAMES | _listed_first_names("FEMALE") | _world_first_names("female")
MALE_NAMES = MALE_NAMES | _listed_first_names("MALE") | _world_first_names("male")
KNOWN_FIRST_NAMES = FEMALE_NAMES | MALE_NAMES


def relation_noun(word: str, w: ModuleType) -> bool:
    """A word for kin, a companion or a gendered person ('son fils', 'sa
    voisine', 'his wife'): a name set off by commas after it is that
    person's, though the NER may have missed the name."""
    return word in w.KIN_WORDS or word in w.COMPANION_WORDS or word in w.GENDERED_NOUNS


def person_noun(word: str, w: ModuleType, more: frozenset = frozenset(), endings: bool = True) -> bool:
    """Whether a noun names a person (a role, a title, a source, an '-er'
    unless `endings` is off: 'a number' is no one), or one of `more` (groups
    and bodies, where they speak as one; gendered nouns, 'woman')."""
    people = _people(w, more)
    if "-" in word and all(part in people for part in word.split("-")):
        return True  # ('le lieutenant-colonel', 'the secretary-general': a compound of titles)
    return word in people or word.rstrip("s") in people or (
        endings and word.endswith(w.PERSON_NOUN_ENDINGS) and word.rstrip("s") not in w.THINGS_WITH_PERSON_ENDINGS)


def role_noun(word: str, w: ModuleType) -> bool:
    """A noun that names a person by a role or a title ('préfet', 'spokeswoman',
    'diplomat'), by the language's lists only, not by its ending: what a
    description of a named person opens or ends on."""
    return person_noun(word, w, w.TITLE_WORDS, endings=False)


def speech_noun(token: Token, w: ModuleType) -> bool:
    """A noun for something said ('remark', 'warning', « la menace »). Its
    form, the pipeline's lemma and the language's lemma are all asked: the
    language's table reads "warning" and « menace » as the verbs they also
    are."""
    return token.pos_ == "NOUN" and noun_in(token, w.SPEECH_NOUNS)


def noun_in(token: Token, nouns: frozenset) -> bool:
    """Whether a word is one of `nouns` by its form, the pipeline's lemma or
    the language's: the language's table, made for verbs, reads nouns that
    are also verb forms ('remarks', « note », « annonce ») as the verbs."""
    return any(form in nouns for form in (token.lower_, lemma_of(token), token.lemma_.lower()))


@lru_cache(maxsize=None)
def _people(w: ModuleType, more: frozenset) -> frozenset[str]:
    """The nouns person_noun names, built once per language and extra set
    (it is asked of every subject a rule weighs)."""
    return frozenset(w.PERSON_ROLES | set(w.ROLE_TITLES) | w.ANONYMOUS_HEADS | more)


@lru_cache(maxsize=None)
def role_titles(words: ModuleType) -> dict[str, frozenset[str]]:
    """The title words of each role, folded as the words before a name are
    (accents and dots off): « médecin » → medecin, dr, docteur."""
    return {fold(role): frozenset(fold(t).rstrip(".") for t in forms) for role, forms in words.ROLE_TITLES.items()}


@lru_cache(maxsize=None)
def every_title(words: ModuleType) -> frozenset[str]:
    """Every title word of a language's roles, without dots, read once."""
    return frozenset(t.rstrip(".") for forms in words.ROLE_TITLES.values() for t in forms)
