"""The NER pass run without the middles of long quoted runs (quotes/entity_pass.py)."""
from __future__ import annotations

import spacy

from quotes.entity_pass import EDGE, kept_tokens, trims_quotes
from quotes.parsing import _pipe, paragraph_parser

LONG_QUOTE = (
    '"I met Angela Merkel in Berlin and we talked about Greece, about Italy, about the banks of '
    'Frankfurt and about what Brussels asks of Athens every single week," Senator Elizabeth Warren '
    "of Massachusetts told CNN on Tuesday in Washington."
)
FRENCH = (
    "« Nous avons rencontré les dirigeants de Berlin et de Rome pour parler de la Grèce et de l'Italie, "
    "a déclaré Emmanuel Macron à Bruxelles, et nous continuerons à le faire chaque semaine avec eux »."
)


def entities(doc, outside_of: tuple[int, int] = (0, 0)) -> list[tuple[str, str]]:
    start, end = outside_of
    return [(e.text, e.label_) for e in doc.ents if e.end_char <= start or e.start_char >= end]


def test_long_run_keeps_its_edges_only(nlp_en):
    doc = nlp_en.make_doc(LONG_QUOTE)
    close = LONG_QUOTE.index('," ')
    kept = kept_tokens(doc, [(1, close)])
    inside = [t.i for t in doc if 1 <= t.idx and t.idx + len(t) <= close]
    assert [i for i in inside if i in kept] == inside[:EDGE] + inside[-EDGE:]
    assert all(t.i in kept for t in doc if t.i not in inside)


def test_short_run_is_read_whole(nlp_en):
    text = '"Greece can wait," Angela Merkel said.'
    doc = nlp_en.make_doc(text)
    assert kept_tokens(doc, [(1, text.index(',"'))]) == list(range(len(doc)))


def test_entities_outside_runs_are_those_of_the_whole_paragraph(nlp_en):
    """The speaker after a long run, and every name outside it, come out as
    the full pipeline finds them; names deep inside the run are not read."""
    close = LONG_QUOTE.index('," ')
    whole = nlp_en(LONG_QUOTE)
    (apart,) = list(_pipe(nlp_en, [LONG_QUOTE], 8))
    assert ("Elizabeth Warren", "PERSON") in entities(apart)
    assert entities(apart, (0, close)) == entities(whole, (0, close))
    assert "Frankfurt" in [e.text for e in whole.ents] and "Frankfurt" not in [e.text for e in apart.ents]
    assert [t.dep_ for t in apart] == [t.dep_ for t in whole]


def test_entities_keep_to_the_parser_sentences(nlp_fr):
    """No entity crosses a sentence start the parser set, in the pass as in
    the pipeline (here the small French parser starts one at "Hidalgo")."""
    text = "Anne Hidalgo a inauguré la nouvelle piste cyclable lundi. « Paris doit respirer », dit-elle."
    (apart,) = list(_pipe(nlp_fr, [text], 8))
    assert entities(apart) == entities(nlp_fr(text))


def test_french_incise_inside_the_marks_is_read(nlp_fr):
    """« …, a déclaré Emmanuel Macron, … »: the tag printed inside the marks
    cuts the run, so the speaker's name is never left out."""
    (doc,) = list(paragraph_parser(nlp_fr)([FRENCH]))
    assert "Emmanuel Macron" in [e.text for e in doc.ents]


LISTENING_NER = {
    "@architectures": "spacy.TransitionBasedParser.v2", "state_type": "ner", "hidden_width": 64,
    "maxout_pieces": 2, "use_upper": True, "tok2vec": {"@architectures": "spacy.Tok2VecListener.v1", "width": 96},
}


def test_only_a_last_ner_with_its_own_tok2vec_runs_apart(nlp_en):
    assert trims_quotes(nlp_en, ["lemmatizer", "attribute_ruler"])
    assert not trims_quotes(spacy.blank("en"))
    own = spacy.blank("en")
    own.add_pipe("ner")  # spaCy's default ner embeds its own tok2vec
    assert trims_quotes(own)
    shared = spacy.blank("en")
    shared.add_pipe("tok2vec")
    shared.add_pipe("ner", config={"model": LISTENING_NER})
    assert not trims_quotes(shared)
    own.add_pipe("entity_ruler")  # a pipe after ner reads its entities
    assert not trims_quotes(own)
    assert trims_quotes(own, ["entity_ruler"])


def test_two_people_side_by_side_are_one_name():
    # ('María Teresa' and 'Echeverri Gómez de Castro' tagged apart: one judge; not across a comma)
    import spacy
    from spacy.tokens import Doc, Span
    from quotes.entity_pass import whole_person_names
    words = ["Judge", "María", "Teresa", "Echeverri", "Gómez", "de", "Castro", "said", "Obama", ",", "Putin", "agreed"]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=[True] * 8 + [False, True, True, False])
    doc.ents = [Span(doc, 1, 3, "PERSON"), Span(doc, 3, 7, "PERSON"), Span(doc, 8, 9, "PERSON"), Span(doc, 10, 11, "PERSON")]
    assert [e.text for e in whole_person_names(doc).ents] == ["María Teresa Echeverri Gómez de Castro", "Obama", "Putin"]


def test_a_first_name_its_nickname_and_a_surname_tagged_otherwise_are_one_name():
    # ('Teodoro' a person, '“Teddy” Villalobos-Marsh' a work of art: one governor)
    import spacy
    from spacy.tokens import Doc, Span
    from quotes.entity_pass import whole_person_names
    words = ["Gov.", "Teodoro", "“", "Teddy", "”", "Villalobos", "-", "Marsh", "keeps", "a", "pail"]
    spaces = [True, True, False, False, True, False, False, True, True, True, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces)
    doc.ents = [Span(doc, 1, 2, "PERSON"), Span(doc, 3, 8, "WORK_OF_ART")]
    assert [(e.text, e.label_) for e in whole_person_names(doc).ents] == [("Teodoro “Teddy” Villalobos-Marsh", "PERSON")]
