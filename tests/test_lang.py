"""The word-list modules: adding a language means adding one module that
defines what the rules look up. A name the English module defines and another
language lacks would raise AttributeError in the middle of an article."""
import pytest

from quotes.lang import available, words

# Names a language may leave out: the code checks for them first.
OPTIONAL = {
    # parsing.py maps the tagger's tags itself only where a language lists them
    "POS_OF_TAG", "AUXILIARY_FORMS", "PARTICLE_ADVERBS", "SUBORDINATORS", "PRONOUN_DETERMINERS",
    # lemma_forms() falls back to lower case without irregular forms
    "IRREGULAR_FORMS",
    # sentence_openers() adds them when present
    "NOT_NAME_WORDS",
}


def _names(code: str) -> set[str]:
    return {name for name in dir(words(code)) if name.isupper()}


@pytest.mark.parametrize("code", [c for c in available() if c != "en"])
def test_every_language_defines_what_english_defines(code):
    missing = _names("en") - OPTIONAL - _names(code)
    assert not missing, f"quotes/lang/{code}.py lacks {sorted(missing)}"


@pytest.mark.parametrize("code", available())
def test_word_lists_are_lower_case(code):
    """The rules compare lower-cased tokens against the lists."""
    module = words(code)
    for name in ("SPEECH_VERBS", "TERM_WORDS", "TITLE_FOLLOWERS", "SUBJECT_CONTROL_VERBS", "TITLE_CUES"):
        values = getattr(module, name)
        assert all(v == v.lower() for v in values), f"{code}.{name} holds capitals"
