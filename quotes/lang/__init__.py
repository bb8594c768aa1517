"""Per-language word lists. Adding a language means adding one module here.

Each module defines the same names (see `en.py`); `words(code)` returns it.
"""
from __future__ import annotations

import importlib
import pkgutil
import re
from functools import lru_cache
from types import ModuleType


@lru_cache(maxsize=None)
def words(code: str) -> ModuleType:
    """The word-list module for a language code such as "en" or "fr"."""
    if code not in available():
        raise ValueError(f"no word list for language {code!r}; known: {', '.join(available())}")
    return importlib.import_module(f"{__name__}.{code}")


@lru_cache(maxsize=None)
def available() -> tuple[str, ...]:
    """Language codes that have a word-list module."""
    return tuple(sorted(m.name for m in pkgutil.iter_modules(__path__) if len(m.name) == 2))


@lru_cache(maxsize=None)
def sentence_openers(code: str) -> frozenset[str]:
    """Words that open a sentence and are never part of a name ("But",
    "While", "the"): a language's STOPWORDS and NOT_NAME_WORDS, joined once."""
    module = words(code)
    return module.STOPWORDS | getattr(module, "NOT_NAME_WORDS", frozenset())


@lru_cache(maxsize=None)
def lemma_forms(code: str) -> dict[str, str]:
    """form -> lemma for the words a language's rules look up, when the
    language conjugates its own verbs (its `verb_forms`, with the forms no
    rule gives in IRREGULAR_FORMS); else empty."""
    module = words(code)
    if not hasattr(module, "IRREGULAR_FORMS"):
        return {}
    table: dict[str, str] = {}
    verbs = (module.SPEECH_VERBS | module.OBJECT_BUSY_VERBS | module.WEAK_SPEECH_VERBS | module.IT_SPEECH_VERBS | module.CHANT_VERBS
             | module.QUOTING_VERBS | module.OBTAINING_VERBS)
    for verb in sorted(verbs | set(module.PHRASAL_SPEECH_VERBS) | set(module.TOPIC_SPEECH_VERBS) | set(module.LIGHT_SPEECH_VERBS) | module.STATE_VERBS):
        for form in module.verb_forms(verb):
            table.setdefault(form, verb)
    for noun in module.SOURCE_NOUNS:
        table.setdefault(noun, noun)
        table.setdefault(noun + ("es" if noun.endswith(("s", "sh", "ch", "x")) else "s"), noun)
    table.update(module.IRREGULAR_FORMS)
    return table


@lru_cache(maxsize=None)
def speech_verb_forms(code: str) -> frozenset[str]:
    """Every listed form of a reporting verb ('said', 'says', 'told'), from
    lemma_forms: what the rules look for in text they do not parse."""
    speech = words(code).SPEECH_VERBS
    return frozenset(form for form, lemma_ in lemma_forms(code).items() if lemma_ in speech)


@lru_cache(maxsize=None)
def inner_tag(code: str) -> "re.Pattern[str] | None":
    """A tag printed inside the quotation marks, as the French press does
    (« Nous partirons, a dit Marie Dupont, dès demain. »), or None for a
    language that closes the marks first. The tag opens with a reporting
    verb before its subject (', a dit Marie', ', a-t-il ajouté', ', dit-elle',
    ', s'est indigné le ministre'): a verb after its subject is speech. Group
    "stop" is the comma or full stop that ends it, with more quoted words
    after; a tag that ends the quoted run has none (« Nous partirons, a dit
    Marie. », searched up to the closing mark)."""
    w = words(code)
    if not getattr(w, "INCISES_INSIDE_MARKS", False):
        return None
    inverted = rf"(?:-t)?-(?:{_one_of(w.INVERTED_PRONOUNS)})"
    verb = rf"(?:(?:{_one_of(w.INCISE_REFLEXIVES)})[ \u00a0]*)?(?:(?:{_one_of(w.INCISE_AUXILIARIES)})(?:{inverted})?[ \u00a0]+)?" \
        rf"(?:{_one_of(speech_verb_forms(code))})(?:{inverted})?(?![\w'’-])"
    word = rf"(?:{_one_of(w.TITLE_ABBREVIATIONS)}|[^,.;:!?«»“”\"\n])"
    # a role and the name in apposition to it: ', a réagi le maire, Jean Dupont.'
    # (its particles in lower case: ', a assuré la secrétaire générale, Marie-Hélène de La Tour, tenir …')
    particle = rf"(?:(?:{_one_of(w.NAME_PARTICLES)})[ \u00a0]+)"
    name = rf"[A-ZÀ-Þ][\w'’.-]*(?:[ \u00a0]+{particle}{{0,2}}[A-ZÀ-Þ][\w'’.-]*){{0,3}}"
    # (the role ends in a lower-case word or an acronym: 'le secrétaire général de l'ONU, António Guterres')
    # (a lookbehind has one length: one per length of acronym, two to five letters)
    acronym = "|".join(rf"(?<=[^\w][A-Z]{{{n}}})" for n in range(2, 6))
    subject = rf"(?:[ \u00a0]+{word}{{1,80}}?(?:(?:(?<=[^\W\d_A-ZÀ-Þ])|{acronym}),[ \u00a0]+{name})?)?"
    according = rf"(?:{_one_of(w.ACCORDING_TO)})[ \u00a0]+(?:{_one_of(w.STRESSED_PRONOUNS)})"  # ', selon lui,'
    ends = r"[ \u00a0]*(?:(?P<stop>[,.!?…])[ \u00a0]+(?=\S)|[.!?…]?[ \u00a0]*$)"
    return re.compile(rf",[ \u00a0]+(?:{verb}{subject}|{according}){ends}")


def _one_of(items) -> str:
    """A regular-expression alternation of literal words, longest first."""
    return "|".join(re.escape(x) for x in sorted(items, key=len, reverse=True))


def lemma(token) -> str:
    """A token's lemma: the language's own table for the words its rules
    look up, else the pipeline's when it ran, else the lower case. The
    table wins over the pipeline because the small French model lemmatises
    "estime" and "annonce" as the nouns, which would hide the verbs."""
    table = lemma_forms(token.doc.lang_)
    if token.lower_ in table or not token.lemma_:
        return table.get(token.lower_, token.lower_)
    return token.lemma_.lower()
