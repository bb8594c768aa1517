"""The spaCy component: `nlp.add_pipe("quotes")` fills `doc._.quotes`, and spaCy
finds the factory through the package's entry point."""
from __future__ import annotations

import subprocess
import sys
from importlib.metadata import entry_points

import pytest
import spacy
from spacy.tokens import Doc

from quotes.extraction import extract
from quotes.model import Quote

ARTICLE = (
    "Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in Moscow on Thursday.\n"
    '"We will respond to any attack on our soldiers," Erdogan said.\n'
    'Kremlin spokesman Dmitry Peskov told reporters that Moscow expected "joint measures" from Ankara.\n'
    'Turkey launched operation "Spring Shield" against Syrian government forces on Sunday.\n'
)


@pytest.fixture(scope="module")
def nlp_with_quotes(nlp_en):
    """A fresh copy of the session pipeline, so the shared fixture is never mutated."""
    nlp = spacy.load(nlp_en.path)
    nlp.add_pipe("quotes", config={"published": "2020-03-05"})
    return nlp


def test_factory_is_registered():
    import quotes.nlp  # noqa: F401  (the decorator registers the factory on import)

    assert "quotes" in spacy.registry.factories
    assert "quotes" in spacy.registry.factories.get_all()


def test_entry_point_lets_spacy_find_the_factory_without_importing_quotes(tmp_path):
    """A fresh interpreter that never imports quotes: spaCy resolves "quotes"
    through the spacy_factories entry point, after which the registry holds it."""
    script = (
        "import sys, spacy\n"
        "assert 'quotes' not in sys.modules\n"
        "nlp = spacy.blank('en')\n"
        "nlp.add_pipe('quotes')\n"
        "assert 'quotes' in spacy.registry.factories\n"
        "print(nlp.pipe_names, 'quotes.nlp' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "['quotes'] True"


def test_entry_point_declared():
    points = {ep.name: ep.value for ep in entry_points(group="spacy_factories")}
    assert points.get("quotes") == "quotes.nlp:make_quotes_component"
    assert points.get("quotes_title_abbreviations") == "quotes.nlp:make_title_pipe"


def test_saved_pipeline_loads_without_importing_quotes(nlp_en, tmp_path):
    """load_pipeline adds the title-abbreviation pipe; a pipeline saved from
    it loads in a fresh interpreter through the entry point and still keeps
    'Capt. Jeff Davis' in one sentence."""
    nlp_en.to_disk(tmp_path / "pipeline")
    script = (
        "import sys, spacy\n"
        "nlp = spacy.load(sys.argv[1])\n"
        "doc = nlp('said Navy Capt. Jeff Davis. He left.')\n"
        "print(len(list(doc.sents)), 'quotes.nlp' in sys.modules)\n"
    )
    out = subprocess.run([sys.executable, "-c", script, str(tmp_path / "pipeline")], capture_output=True, text=True, cwd=tmp_path)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "2 True"


def test_add_pipe_leaves_session_fixture_alone(nlp_en, nlp_with_quotes):
    assert "quotes" in nlp_with_quotes.pipe_names
    assert nlp_with_quotes.pipe_names[-1] == "quotes"
    assert "quotes" not in nlp_en.pipe_names


def test_component_declares_what_it_assigns(nlp_with_quotes):
    meta = nlp_with_quotes.get_pipe_meta("quotes")
    assert meta.assigns == ["doc._.quotes"]
    assert Doc.has_extension("quotes")


def test_doc_quotes_are_quote_records(nlp_with_quotes):
    doc = nlp_with_quotes(ARTICLE)
    assert all(isinstance(q, Quote) for q in doc._.quotes)
    got = [(q.text, q.speaker, q.kind) for q in doc._.quotes if q.speaker]
    assert got == [
        ("We will respond to any attack on our soldiers,", "Recep Tayyip Erdogan", "full"),
        ("joint measures", "Dmitry Peskov", "partial"),
    ]


def test_doc_quote_offsets_point_into_doc_text(nlp_with_quotes):
    doc = nlp_with_quotes(ARTICLE)
    assert doc._.quotes
    for q in doc._.quotes:
        assert doc.text[q.start : q.end] == q.text
        if q.speaker_start is not None:
            assert doc.text[q.speaker_start : q.speaker_end] == q.speaker_mention
        if q.cue_start is not None:
            assert doc.text[q.cue_start : q.cue_end] == q.cue
        assert doc.char_span(q.start, q.end, alignment_mode="expand") is not None


def test_component_dates_with_its_config(nlp_with_quotes):
    doc = nlp_with_quotes(ARTICLE)
    assert [(q.date, q.date_source) for q in doc._.quotes if q.speaker] == [("2020-03-05", "article")] * 2


def test_component_agrees_with_extract(nlp_en, nlp_with_quotes):
    doc = nlp_with_quotes(ARTICLE)
    direct = extract(ARTICLE, lang="en", published="2020-03-05", nlp=nlp_en)
    fields = lambda q: (q.text, q.start, q.end, q.kind, q.speaker, q.speaker_mention, q.cue, q.date)
    assert [fields(q) for q in doc._.quotes] == [fields(q) for q in direct]


def test_doc_without_quotes_gets_an_empty_list(nlp_with_quotes):
    doc = nlp_with_quotes("The leaders of Russia and Turkey met in Moscow on Thursday.")
    assert doc._.quotes == []


def test_nlp_pipe_fills_every_doc(nlp_with_quotes):
    texts = ['"We will win," Hillary Clinton said.', "No quotation here.",
             'Bernie Sanders said: "The system is rigged."']
    docs = list(nlp_with_quotes.pipe(texts))
    assert [[(q.text, q.speaker) for q in d._.quotes] for d in docs] == [
        [("We will win,", "Hillary Clinton")],
        [],
        [("The system is rigged.", "Bernie Sanders")],
    ]
