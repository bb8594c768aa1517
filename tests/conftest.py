"""Shared fixtures: spaCy pipelines are loaded once per test session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_DIR = ROOT / "data" / "sample"
SAMPLE_METADATA = ROOT / "data" / "sample-metadata.jsonl"
SEED_GOLD_DIR = Path(__file__).resolve().parent / "fixtures" / "seeds"
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
POLNEAR = SHARED_CORPUS / "polnear"


@pytest.fixture(scope="session")
def nlp_en():
    from quotes.nlp import load_pipeline

    return load_pipeline("en")


@pytest.fixture(scope="session")
def nlp_fr():
    from quotes.nlp import load_pipeline

    return load_pipeline("fr")


@pytest.fixture(scope="session")
def polnear_dir() -> Path:
    """The PolNeAR corpus from ../shared; tests that need it skip when absent."""
    if not (POLNEAR / "dev" / "quotes.gold.jsonl").exists():
        pytest.skip("../shared/corpus/polnear is absent")
    return POLNEAR


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory, nlp_en, nlp_fr) -> Path:
    """A real quotes database built from data/sample by the real ingest (treat as read-only)."""
    from quotes import store
    from quotes.extraction import extract_article
    from quotes.ingest import ingest
    from quotes.sources import load_metadata

    pipelines = {"en": nlp_en, "fr": nlp_fr}
    metadata, errors = load_metadata(SAMPLE_METADATA)
    path = tmp_path_factory.mktemp("sample-db") / "quotes.db"
    db = store.open_db(path)
    summary = ingest(db, [SAMPLE_DIR], lambda article: extract_article(article, nlp=pipelines[article.lang]),
                     metadata=metadata)
    db.close()
    assert not errors and not summary.errors, [*map(str, errors), *summary.errors]
    return path
