"""Bodies named by their initials: 'the Hadra Popular Forces (HPF)' first,
then 'The HPF said'.

Wire copy spells a body out once, with its initials in brackets, and quotes
it by the initials after that. A reader searching the quotes of the Hadra
Popular Forces expects those credited to "the HPF" too, so a speaker that is
only initials takes the name the article spelled out for them. The long form
must give the initials itself, word by word (small words such as 'of' or
« de » may be skipped): 'Rapid Support Forces (RSF)', « Forces de soutien
rapide (FSR) », « Agence internationale de l'énergie atomique (AIEA) ».
Initials of another language's name ('le Bureau de coordination des
affaires humanitaires (Ocha)') match nothing and stay as written.
"""
from __future__ import annotations

import re
import unicodedata
from types import ModuleType
from typing import Optional

#: Initials in brackets right after a name: '(HPF)', '(AIEA)', '(Ocha)'.
BRACKETED = re.compile(r"\(([A-Z][A-Za-z]{1,7})\)")
#: The words a long form may take, up to ten before the brackets.
WORDS_BEFORE = 10
#: An elided article or preposition glued to the next word: « l'énergie », "d'Ivoire".
ELISION = re.compile(r"^[A-Za-z]['’]")


def initials_only(name: str) -> bool:
    """Whether a name is initials alone ('HPF', 'AIEA', 'Ocha'): one word of
    two to eight letters with at least two capitals."""
    return bool(re.fullmatch(r"[A-Z][A-Za-z]{1,7}", name)) and sum(c.isupper() for c in name) >= 2


def _initial(word: str) -> str:
    """The folded first letter of a word, past an elided article ('l'énergie' → 'e')."""
    word = ELISION.sub("", word)
    return unicodedata.normalize("NFD", word[:1])[:1].casefold()


def _long_form(before: str, initials: str, w: ModuleType) -> Optional[str]:
    """The words at the end of `before` whose initials, read back, are
    `initials`, small words skipped; None when a word fits no letter."""
    words = before.split()[-WORDS_BEFORE:]
    letters = initials.casefold()
    k = len(letters)
    start = None
    for i in range(len(words) - 1, -1, -1):
        if k == 0:
            break
        word = words[i].strip(",;:")
        if _initial(word) == letters[k - 1]:
            k, start = k - 1, i
        elif word.casefold() not in w.STOPWORDS:
            return None
    if k or start is None or not words[start][:1].isupper() and not ELISION.match(words[start]):
        return None
    first = words[start]
    if ELISION.match(first) and first[:2].casefold() in w.DEFINITE_DETERMINERS:
        first = first[2:]  # (« L'Agence internationale … » is the Agence's name)
    return " ".join([first, *words[start + 1 :]]).strip(",;:")


def spelled_out(text: str, w: ModuleType) -> dict[str, str]:
    """Initials -> the long form the text gave them in brackets, first one kept."""
    table: dict[str, str] = {}
    for match in BRACKETED.finditer(text):
        initials = match.group(1)
        if initials in table or not initials_only(initials):
            continue
        line_start = text.rfind("\n", 0, match.start()) + 1
        long = _long_form(text[line_start : match.start()], initials, w)
        if long is not None:
            table[initials] = long
    return table


def in_full(name: str, table: dict[str, str], w: ModuleType) -> str:
    """A speaker that is initials alone, after an article ('The HPF', « les
    FSR », « l'AIEA »), as the article spelled them out; else as given."""
    bare = ELISION.sub("", name) if name[:2].casefold() in ("l'", "l’") else name
    first, _, rest = bare.partition(" ")
    if rest and first.casefold() in w.DEFINITE_DETERMINERS:
        bare = rest
    return table.get(bare, name) if initials_only(bare) else name
