"""The word-list modules: adding a language means adding one module that
defines what the rules look up. A name the English module defines and another
language lacks would raise AttributeError in the middle of an article."""
import pytest

from quotes.lang import available, words

# Names a language may leave out: the code checks for them first.
OPTIONAL = {
    # parsing.py maps the tagger's tags itself only where a language lists them
    "POS_OF_TAG", "PARTICLE_ADVERBS", "SUBORDINATORS", "PRONOUN_DETERMINERS",
    # lemma_forms() falls back to lower case without irregular forms
    "IRREGULAR_FORMS",
    # sentence_openers() adds them when present
    "NOT_NAME_WORDS",
    # read only by the language's own verb_forms()
    "IRREGULAR_PAST_ONLY",
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


# --- verb forms: each language conjugates the verbs its rules look up ---------

@pytest.mark.parametrize("form, lemma_", [
    ("estime", "estimer"), ("estimait", "estimer"), ("estimé", "estimer"), ("estimant", "estimer"),
    ("annonça", "annoncer"), ("jugeait", "juger"), ("répète", "répéter"), ("appelle", "appeler"),
    ("rappellera", "rappeler"), ("martèle", "marteler"), ("indigne", "indigner"), ("exclame", "exclamer"),
    ("dit", "dire"), ("reconnaît", "reconnaître"), ("prévient", "prévenir"), ("réagit", "réagir"),
])
def test_french_forms_of_reporting_verbs(form, lemma_):
    from quotes.lang import lemma_forms

    assert lemma_forms("fr")[form] == lemma_


def test_french_forms_leave_other_words_to_the_pipeline():
    """Only the listed verbs are conjugated; "maintenant" (now) is no form of maintenir."""
    from quotes.lang import lemma_forms

    table = lemma_forms("fr")
    assert "maintenant" not in table and "est" not in table and "ministre" not in table


def test_english_forms_are_english_conjugation():
    from quotes.lang import lemma_forms

    table = lemma_forms("en")
    assert table["said"] == "say" and table["slammed"] == "slam" and table["denies"] == "deny"


def test_the_table_wins_over_the_french_lemmatizer(nlp_fr):
    """The small French model lemmatises "estime" as the noun: the rules must see the verb."""
    from quotes.lang import lemma

    doc = nlp_fr("« C'est inacceptable », estime le député.")
    estime = next(t for t in doc if t.text == "estime")
    assert lemma(estime) == "estimer"
    assert lemma(next(t for t in doc if t.text == "député")) == next(t for t in doc if t.text == "député").lemma_.lower()


def test_the_french_lemmatizer_still_runs(nlp_fr):
    """French lists only its reporting verbs: unlike English, the pipeline's lemmatizer is kept."""
    from quotes.parsing import pipes_not_needed

    assert "lemmatizer" not in pipes_not_needed(nlp_fr)


@pytest.mark.parametrize("first, gender", [
    ("jean-yves", "male"), ("marie-christine", "female"), ("mark-viverito", None), ("jean", "male"),
])
def test_compound_first_names(first, gender):
    from quotes.lexicon import first_name_gender

    assert first_name_gender(first) == gender


# --- nouns for people: an ending is a guess, with its exceptions listed --------

@pytest.mark.parametrize("code, word, is_person", [
    ("en", "reporter", True), ("en", "spokeswoman", True), ("en", "columnists", True),
    ("en", "cover", False), ("en", "banners", False), ("en", "checklist", False), ("en", "border", False),
    ("fr", "sénateur", True), ("fr", "journaliste", True), ("fr", "historienne", True),
    ("fr", "secteur", False), ("fr", "liste", False), ("fr", "entretien", False), ("fr", "couleurs", False),
])
def test_a_person_ending_is_not_enough_for_a_thing(code, word, is_person):
    """'The magazine ran a cover saying "…"': a cover ends like "reporter" but
    only displays words; whoever ran it speaks."""
    from quotes.lexicon import person_noun

    assert person_noun(word, words(code)) is is_person
