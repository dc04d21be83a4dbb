"""Shared fixtures. Tests that need the spaCy model use ``analyzer``; tests that
need the shared corpora use ``corpus_dir`` and skip with a reason where it is
absent."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimledger import settings
from ledger_db import db_url  # noqa: F401  (ledger tests: SQLite and PostgreSQL)

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def attribution_nlp():
    """The spaCy pipeline with only the attribution component (loaded once)."""
    from claimledger.nlp.pipeline import make_nlp

    return make_nlp(components=["claimledger_attribution"])


@pytest.fixture(scope="session")
def analyzer():
    from claimledger.nlp.pipeline import Analyzer

    return Analyzer()


@pytest.fixture(scope="session")
def analyse(analyzer):
    """``analyse(text)``: the Analysis of one text (a Document with no metadata)."""
    from claimledger.models import Document

    def run(text: str):
        return analyzer.analyze(Document(text=text))

    return run


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    c = settings.corpus_dir()
    if c is None:
        pytest.skip("../shared/corpus is absent (set CLAIMLEDGER_CORPUS to run corpus tests)")
    return c


@pytest.fixture(scope="session")
def seed_path() -> Path:
    s = settings.seed_dir()
    if s is None or not (s / "000_944f0d64b90c9dcf.txt").exists():
        pytest.skip("../shared/seed is absent: the seed-article tests need it")
    return s / "000_944f0d64b90c9dcf.txt"


@pytest.fixture(scope="session")
def seed_analysis(analyzer, seed_path):
    from claimledger.ingest import read_path

    return analyzer.analyze(read_path(seed_path, published="2016-11-21"))


@pytest.fixture
def data_dir() -> Path:
    return DATA
