"""The loaded pipeline's tokenizer and sentence fixes (quotes/nlp.py)."""
from __future__ import annotations

from quotes.nlp import APOSTROPHE_PIPE, TITLE_PIPE


def sentences(nlp, text: str) -> list[str]:
    return [s.text for s in nlp(text).sents]


def test_no_sentence_ends_at_a_title_abbreviation(nlp_en):
    text = '"We are at war with ISIL," said Pentagon spokesman Navy Capt. Jeff Davis. He left at noon.'
    assert sentences(nlp_en, text) == [
        '"We are at war with ISIL," said Pentagon spokesman Navy Capt. Jeff Davis.', "He left at noon."]


def test_title_abbreviation_is_one_token(nlp_en):
    assert [t.text for t in nlp_en.tokenizer("said 1st Lt. Tyler Livingston")] == [
        "said", "1st", "Lt.", "Tyler", "Livingston"]


def test_title_pipe_runs_before_the_parser(nlp_en, nlp_fr):
    for nlp in (nlp_en, nlp_fr):
        names = nlp.pipe_names
        assert names.index(TITLE_PIPE) < names.index("parser")


def test_french_title_abbreviation(nlp_fr):
    text = "« Nous partons », a déclaré le Cdt. Marc Dupont. Il est parti."
    assert not any(s.text.strip().startswith("Marc") for s in nlp_fr(text).sents)


def test_curly_apostrophes_read_straight_text_untouched(nlp_fr, nlp_en):
    """The French model learned elision from "'": "l’ONU" must parse as
    "l'ONU" does, while the text and every offset stay as written."""
    curly, straight = nlp_fr("Selon l’ONU, la situation est grave."), nlp_fr("Selon l'ONU, la situation est grave.")
    assert curly.text == "Selon l’ONU, la situation est grave."
    assert [t.norm_ for t in curly][1] == "l'"
    assert [(t.dep_, t.pos_) for t in curly] == [(t.dep_, t.pos_) for t in straight]
    for nlp in (nlp_fr, nlp_en):
        assert nlp.pipe_names[0] == APOSTROPHE_PIPE
