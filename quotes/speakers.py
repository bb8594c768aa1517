"""Who a speaker is, from the words of a mention: pure functions, no database.

The attribution step hands over a mention ("Turkish President Recep Tayyip
Erdogan", "M. Erdogan", "a Western diplomat"); these functions pull the name
apart from its titles, make a spelling-proof key for it, say what kind of
speaker it is, and decide whether two names can be the same person.
`quotes.speaker_index` builds the cross-article speakers table on top of them.

Kinds (the decision, so that every module agrees):
- ``person``: a named or namable individual ("Erdogan", "the spokesman", "he").
- ``organisation``: an institution speaking as one ("the Kremlin", "the newspaper",
  "le ministère turc de la défense", and a capital or country standing for its
  government: "Moscow").
- ``anonymous``: a source the reporter does not name: an indefinite singular
  ("a Western diplomat", "un officiel turc", "a source", and "she" standing
  for one) or a source-like head without a definite article ("sources",
  "officials", "Turkish officials").
- ``group``: several people speaking together, named by their category ("the
  soldiers", "les manifestants", "des experts militaires turcs", "Democrats",
  "the Saudis"). An indefinite
  plural is a group, not anonymous, unless its head is a source word: "des
  experts" are a category the reader can picture, "des sources" are hidden.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from quotes.lang import available, words

KINDS = ("person", "organisation", "anonymous", "group")

# NFKD leaves these letters whole; map them so "Erdoğan" and "Erdogan" share a key.
_FOLD = str.maketrans({"ı": "i", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th",
                       "æ": "ae", "œ": "oe", "ß": "ss", "ŀ": "l"})
_APOSTROPHES = "'’`´"
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$", re.IGNORECASE)
# Pronouns are resolved by attribution; here they only must not pass for titles.
_PRONOUNS = frozenset("he she it they him her them i we you il elle ils elles on lui nous je".split())
# Possessive determiners of every language: "her office" is someone's, never a name.
_POSSESSIVES = frozenset("his her its their son sa ses leur leurs".split())
_RELATIVES = frozenset("who whom whose which that qui que dont lequel laquelle".split())
_PERSON_LABELS = {"PERSON", "PER"}
_ORGANISATION_LABELS = {"ORG", "GPE", "LOC", "FAC"}
_GROUP_LABELS = {"NORP"}


@dataclass(frozen=True)
class _Lexicon:
    """The speaker word lists of one language, or of all of them merged."""

    honorifics: frozenset
    title_words: frozenset
    department_words: frozenset
    organisation_words: frozenset
    metonym_places: frozenset
    anonymous_determiners: frozenset
    anonymous_heads: frozenset
    plural_determiners: frozenset
    definite_determiners: frozenset
    group_words: frozenset
    particles: frozenset


_FIELDS = {
    "honorifics": "HONORIFICS", "title_words": "TITLE_WORDS", "department_words": "DEPARTMENT_WORDS",
    "organisation_words": "ORGANISATION_WORDS", "metonym_places": "METONYM_PLACES",
    "anonymous_determiners": "ANONYMOUS_DETERMINERS", "anonymous_heads": "ANONYMOUS_HEADS",
    "plural_determiners": "PLURAL_DETERMINERS", "definite_determiners": "DEFINITE_DETERMINERS",
    "group_words": "GROUP_WORDS", "particles": "NAME_PARTICLES",
}


@lru_cache(maxsize=None)
def _lexicon(lang: Optional[str]) -> _Lexicon:
    """Word lists for `lang`; None (or an unknown code) merges every language,
    because a key or a cross-article comparison must not depend on which
    outlet spelled the name."""
    codes = (lang,) if lang in available() else available()
    merged = {}
    for field_name, constant in _FIELDS.items():
        merged[field_name] = frozenset().union(
            *(getattr(words(code), constant, frozenset()) for code in codes)
        )
    return _Lexicon(**merged)


# --- small text helpers ---------------------------------------------------

@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lower case without accents: the form word lists are compared in.

    Cached: the speaker index folds the same few thousand words millions of
    times per ingest (it was half of the single writer's time).
    """
    text = unicodedata.normalize("NFKD", text.lower().translate(_FOLD))
    return "".join(c for c in text if not unicodedata.combining(c)).translate(_FOLD)


def _strip_possessive(text: str) -> str:
    """"Erdoğan's" speaks as "Erdoğan"."""
    return _POSSESSIVE.sub("", text.strip())


#: A surname opening on a particle hyphened to it, in lower case: 'al-Rashidi', 'el-Amrani'.
HYPHENED_PARTICLE = r"(?:al|el)-"
HYPHENED_SURNAME = re.compile(HYPHENED_PARTICLE + r"[A-ZÀ-Þ]")


def without_particle(surname: str) -> str:
    """A folded surname without the particle hyphened to it ('al-assad' →
    'assad'): how the article writes it again, or how the NER cuts it."""
    head, hyphen, rest = surname.partition("-")
    return rest if rest and re.fullmatch(HYPHENED_PARTICLE, head + hyphen) else surname


def _is_capitalised(token: str) -> bool:
    """A word that may be part of a name: capitalised, or a surname on a
    hyphened particle ('Idris el-Amrani')."""
    bare = token.lstrip("\"'“‘(")
    return bare[:1].isupper() or HYPHENED_SURNAME.match(bare) is not None


@lru_cache(maxsize=256)
def _folded_set(values: frozenset) -> frozenset:
    return frozenset(fold(v) for v in values)


def _is_word_in(token: str, values: frozenset) -> bool:
    return fold(token).strip(",;:") in _folded_set(values)


def _drop_leading(tokens: list[str], values: frozenset) -> list[str]:
    while tokens and _is_word_in(tokens[0], values):
        tokens = tokens[1:]
    return tokens


def _split_elision(text: str) -> str:
    """"l'armée" → "l' armée", so the determiner is a token of its own."""
    return re.sub(r"\b([lLdD][’'])(?=\w)", r"\1 ", text)


# --- split_titles ---------------------------------------------------------

def split_titles(mention: str, lang: Optional[str] = None) -> tuple[list[str], str]:
    """Split a mention into its titles and the bare name.

    Titles are kept (they are facts about the speaker: "Turkish President",
    "Kremlin spokesman"); honorifics ("Mr.", "M.", "Mme") and possessives are
    dropped because they say nothing about who speaks. The name is the trailing
    run of capitalised words that are not title words; an apposition after a
    comma ("Yury Barmin, a Middle East analyst at ...") is a title too. The
    name is "" when the mention names nobody ("the president").
    """
    lex = _lexicon(lang)
    text = _strip_possessive(" ".join(mention.split()))
    head, _, apposition = text.partition(",")
    titles, name = _split_head(head, lex)
    if apposition.strip():
        tail_titles, tail_name = _split_head(apposition.strip(" ,"), lex)
        if name:
            titles += _apposition_titles(apposition, lex)
        elif tail_name:  # "the spokesman, Dmitry Peskov"
            titles, name = titles + tail_titles, tail_name
    return titles, name


def _apposition_titles(apposition: str, lex: _Lexicon) -> list[str]:
    tokens = _split_elision(apposition.strip(" ,")).split()
    if tokens and fold(tokens[0]) in _RELATIVES:
        return []  # "Peskov, who spoke to reporters, ...": a clause, not a title
    tokens = _drop_leading(tokens, lex.anonymous_determiners | lex.definite_determiners
                           | frozenset({"a", "an", "un", "une"}))
    text = " ".join(tokens).rstrip(" ,")
    return [text] if text else []


#: Letters written after a name for an honour, a degree or the bar, no part of it.
POSTNOMINALS = frozenset("KC QC SC MP MSP MEP MLA MBE OBE CBE KBE DBE FRS PhD MD Esq Esq.".split())


def without_postnominals(name: str) -> str:
    """A name without the letters after it ('Imogen Tavistock-Reyes KC')."""
    tokens = name.split()
    return " ".join(tokens[: _postnominals_start(tokens)])


def _postnominals_start(tokens: list[str]) -> int:
    """Where the letters after a name begin in its words (their count when
    there are none); the first word is never one."""
    end = len(tokens)
    while end > 1 and tokens[end - 1] in POSTNOMINALS:
        end -= 1
    return end


def _split_head(text: str, lex: _Lexicon) -> tuple[list[str], str]:
    """Titles and name of a mention with no comma in it. Letters after the
    name ('Imogen Tavistock-Reyes KC') are a title too."""
    tokens = _split_elision(text).split()
    tokens = _drop_leading(tokens, lex.definite_determiners)
    tokens = [t for t in tokens if not _is_word_in(t, lex.honorifics)]
    end = _postnominals_start(tokens)
    tokens, after = tokens[:end], tokens[end:]
    cut = _name_start(tokens, lex)
    name = " ".join(tokens[cut:])
    title = " ".join(_drop_leading(tokens[:cut], lex.definite_determiners)).strip(" ,")
    if fold(title) in _PRONOUNS:
        title = ""  # "he" is a mention with neither a name nor a title
    return [t for t in (title, " ".join(after)) if t], name


def _name_start(tokens: list[str], lex: _Lexicon) -> int:
    """Index where the name begins: walk left from the end over capitalised
    non-title words (and particles inside a name: "Charles de Gaulle")."""
    start = len(tokens)
    i = len(tokens) - 1
    while i >= 0:
        token = tokens[i]
        if _is_word_in(token, lex.particles) and not _is_capitalised(token) and start < len(tokens):
            i -= 1  # tentatively part of the name; kept only if a name word precedes it
            continue
        if not _is_capitalised(token):
            break
        # A title, portfolio or institution word ends the name ("Kremlin spokesman
        # Dmitry Peskov", "porte-parole du Kremlin Dmitri Peskov"); alone it names nobody.
        if _is_word_in(token, lex.title_words | lex.department_words | lex.organisation_words):
            break
        start = i
        i -= 1
    # 'le député LFI François Ruffin', 'GOP nominee …': a party's or a body's
    # acronym before a first and a last name is a title ("JD Vance" keeps his initials)
    while len(tokens) - start > 2 and _is_acronym(tokens[start]) and not _is_acronym(tokens[start + 1]):
        start += 1
    return start


def _is_acronym(token: str) -> bool:
    """'LFI', 'GOP', 'RN': two capitals or more, no dots (initials keep theirs)."""
    return len(token) >= 2 and token.isalpha() and token.isupper()


# --- display ---------------------------------------------------------------

_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
_PAIRED_MARKS = (("“", "”"), ("«", "»"))


def display_name(name: Optional[str]) -> Optional[str]:
    """A speaker's name as readers and searches should see it: the copy's
    typography gone (no-break spaces, soft hyphens: "Doug \\xadAndres" is
    "Doug Andres"), and a quotation mark the mention cut off from its pair
    dropped ('the authors of the “Growth and Opportunity Project')."""
    if name is None:
        return None
    repaired = _repair_mojibake(unicodedata.normalize("NFC", name))  # ('Ã' may come as 'A' and a tilde)
    text = " ".join(unicodedata.normalize("NFC", repaired).translate(_INVISIBLE).split())
    text = _NICKNAME.sub(" ", text)  # ('Ana "Ace" Petrovic': the name, not the nickname inside it)
    if text.count('"') % 2:
        text = text.replace('"', "")
    for opening, closing in _PAIRED_MARKS:
        if text.count(opening) != text.count(closing) and "„" not in text:  # („…“ pairs its own way)
            text = text.replace(opening, "").replace(closing, "")
    return " ".join(text.split()) or None


# A nickname in quotation marks between a first name and a surname.
_NICKNAME = re.compile(r"(?<=\w) +[\"“‘'][^\"“”‘’']{1,30}[\"”’'] +(?=[A-ZÀ-Þ])")
_MOJIBAKE = re.compile("[ÃÂ][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc\u2013-\u203a\u20ac\u2122]")


def _repair_mojibake(text: str) -> str:
    """UTF-8 read as Windows-1252, once or twice over ("FranÃ§ois Hollande"
    is "François Hollande"): undone while the bytes decode, else left alone."""
    for _ in range(2):
        if not _MOJIBAKE.search(text):
            break
        try:
            text = text.encode("cp1252").decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            try:
                text = text.encode("latin-1").decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                break
    return text


# --- name_key -------------------------------------------------------------

def name_key(name: str) -> str:
    """A spelling-proof key: "Erdoğan", "ERDOGAN", "M. Erdogan", "Erdogan's"
    all give "erdogan". Leading determiners go too, so "the Kremlin" and
    "Kremlin" are one organisation."""
    lex = _lexicon(None)
    text = _strip_possessive(" ".join(name.split()))
    tokens = _drop_leading(_split_elision(text).split(), lex.definite_determiners)
    tokens = _drop_leading(tokens, lex.honorifics)
    text = fold(" ".join(tokens))
    text = re.sub(f"[{_APOSTROPHES}]", "", text)  # "O'Brien" → "obrien"
    return " ".join(re.findall(r"\w+", text))


def titles_not_of_name(titles: list[str], name: str) -> list[str]:
    """Drop "titles" made only of words of the name itself: an entity span cut
    short upstream ("Recep" | "Tayyip Erdogan") must not make "Recep" a title."""
    words = set(name_key(name).split())
    return [t for t in titles if not set(name_key(t).split()) <= words]


# --- classify_kind --------------------------------------------------------

def owned_by_a_pronoun(name: str) -> bool:
    """Whether a speaker name opens on a possessive ('her office', 'son
    avocat'): whose it is, the article alone tells."""
    first = name.split(maxsplit=1)[0] if name.strip() else ""
    return fold(first) in _POSSESSIVES


def classify_kind(mention: str, lang: Optional[str] = None, ent_label: Optional[str] = None) -> str:
    """person / organisation / anonymous / group for a mention (see module doc).

    An indefinite singular wins over a named-entity label: spaCy calls "a
    Western diplomat" nothing useful, and "a Reuters reporter" is still hidden.
    An empty mention names nobody, so it is anonymous.
    """
    lex = _lexicon(lang)
    tokens = [fold(t).strip(",;:") for t in _split_elision(_strip_possessive(mention)).split()]
    if not tokens:
        return "anonymous"
    first, head = tokens[0], _head(tokens, lex, lang)
    definite = first in _folded_set(lex.definite_determiners)
    if first in _folded_set(lex.anonymous_determiners):
        return "anonymous"
    if head in _folded_set(lex.anonymous_heads) and not definite:
        return "anonymous"
    if ent_label:
        label = ent_label.upper()
        if label in _PERSON_LABELS:
            return "person"
        if label in _ORGANISATION_LABELS:
            return "organisation"
        if label in _GROUP_LABELS:
            return "group"
    titles, name = split_titles(mention, lang)
    if name and not _all_in(name, lex.organisation_words | lex.metonym_places):
        return "person"
    if head in _folded_set(lex.organisation_words):
        return "organisation"
    if head in _folded_set(lex.title_words) and not _plural(head, first, lex):
        return "person"  # "the spokesman", "le porte-parole": an unresolved individual
    if _plural(head, first, lex):
        return "group"
    if _all_in(" ".join(tokens), lex.metonym_places):
        return "organisation"
    return "person"


def _head(tokens: list[str], lex: _Lexicon, lang: Optional[str]) -> str:
    """The head noun, roughly: the last word before a preposition ("officials
    at the ministry" → "officials"); French puts adjectives after the noun, so
    there the first word after the determiners ("experts militaires turcs")."""
    stops = {"of", "at", "from", "in", "with", "for", "de", "du", "des", "d'", "d’", "a", "à", "au", "aux"}
    body = list(tokens)
    while body and body[0] in _folded_set(lex.definite_determiners | lex.anonymous_determiners
                                          | lex.plural_determiners):
        body = body[1:]
    for i, token in enumerate(body):
        if i and token in stops:
            body = body[:i]
            break
    if not body:
        return ""
    nouns = [t for t in body if t in _folded_set(lex.anonymous_heads | lex.group_words
                                                 | lex.organisation_words | lex.title_words)]
    if not nouns:
        return body[-1]
    return nouns[0] if lang == "fr" else nouns[-1]


def _plural(head: str, first: str, lex: _Lexicon) -> bool:
    if head in _folded_set(lex.group_words):
        return True
    if first in _folded_set(lex.plural_determiners) or first in {"les", "ces", "these", "those"}:
        return True
    return first == "the" and len(head) > 3 and head.endswith("s") and not head.endswith(("ss", "us", "is"))


def _any_in(tokens: list[str], values: frozenset) -> bool:
    folded = _folded_set(values)
    return any(t in folded for t in tokens)


def _all_in(text: str, values: frozenset) -> bool:
    folded = _folded_set(values)
    tokens = [fold(t) for t in text.split()]
    return bool(tokens) and all(t in folded for t in tokens)


# --- same_person ----------------------------------------------------------

def name_tokens(name: str) -> list[str]:
    """The key's words, titles first removed: what same_person compares."""
    _, bare = split_titles(name)
    return name_key(bare or name).split()


def same_person(a: str, b: str) -> bool:
    """Can these two names belong to one person? Titles and honorifics are
    ignored; the surnames must agree; every other word of the shorter name
    must appear, in order, in the longer one (an initial matches a word
    starting with it). So "Erdogan" ~ "Recep Tayyip Erdoğan" and "Tayyip
    Erdogan" ~ "Recep Tayyip Erdogan", but "Emine Erdogan" ≁ "Recep Tayyip
    Erdogan". Whether a bare surname is unambiguous is the index's business.
    """
    short, long_ = sorted((name_tokens(a), name_tokens(b)), key=len)
    if not short or short[-1] != long_[-1]:
        return False
    rest = iter(long_[:-1])
    return all(any(_word_matches(word, other) for other in rest) for word in short[:-1])


def _word_matches(word: str, other: str) -> bool:
    if len(word) == 1 or len(other) == 1:
        return word[0] == other[0]
    return word == other


def fullest(a: str, b: str) -> str:
    """The fuller of two spellings of one name: more words wins, then
    accents (the outlet that kept "Erdoğan" spelled it right), then `a`."""
    ka, kb = name_tokens(a), name_tokens(b)
    if len(kb) != len(ka):
        return a if len(ka) > len(kb) else b
    accents_a, accents_b = (sum(1 for c in s if not c.isascii()) for s in (a, b))
    return b if accents_b > accents_a else a
