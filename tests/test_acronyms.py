"""Bodies named by their initials take the name the article spelled out."""
import pytest

from quotes.acronyms import in_full, initials_only, spelled_out
from quotes.lang import words


@pytest.mark.parametrize("text, initials, long", [
    ("Fighters of the Hadra Popular Forces (HPF) held the bridge.", "HPF", "Hadra Popular Forces"),
    ("Les Forces de soutien rapide (FSR) ont démenti.", "FSR", "Forces de soutien rapide"),
    ("L'Agence internationale de l'énergie atomique (AIEA) a publié son rapport.", "AIEA",
     "Agence internationale de l'énergie atomique"),
])
def test_initials_read_back_from_the_words_before_the_brackets(text, initials, long):
    lang = "fr" if "(HPF)" not in text else "en"
    assert spelled_out(text, words(lang)) == {initials: long}


@pytest.mark.parametrize("text", [
    "ISTANBUL (AFP) - Talks resumed on Tuesday.",  # a dateline's agency spells nothing out
    "le Bureau de coordination des affaires humanitaires (Ocha) s'est dit alarmé",  # another language's initials
    "Sen. Tom Reyes (D-Ill.) spoke first.",  # a party label
])
def test_brackets_that_do_not_spell_the_words_out_give_nothing(text):
    assert spelled_out(text, words("en")) == {}


def test_a_speaker_by_initials_after_an_article_is_named_in_full():
    table = {"HPF": "Hadra Popular Forces", "AIEA": "Agence internationale de l'énergie atomique"}
    assert in_full("The HPF", table, words("en")) == "Hadra Popular Forces"
    assert in_full("HPF", table, words("en")) == "Hadra Popular Forces"
    assert in_full("l'AIEA", table, words("fr")) == "Agence internationale de l'énergie atomique"
    assert in_full("The WHO", table, words("en")) == "The WHO"  # never spelled out: as written
    assert in_full("Tom Reyes", table, words("en")) == "Tom Reyes"


def test_initials_are_one_short_word_with_two_capitals():
    assert initials_only("HPF") and initials_only("AIEA") and initials_only("DfE")
    assert not initials_only("Ocha") and not initials_only("Reyes") and not initials_only("H")
