"""Which spaCy pipeline runs: the setting names an installed package or a
model folder's path (how a larger English model, shipped as package data
by another project, is measured in docs/EVALUATION.md); the default is the
small English model; a setting that names nothing gives a clear error."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from claimledger.nlp import pipeline


def _installed_small_model() -> str:
    name = next((n for n in pipeline.PREFERRED_MODELS if importlib.util.find_spec(n) is not None), None)
    if name is None:
        pytest.skip("no small English spaCy pipeline installed (make install puts one in)")
    return name


def test_the_default_is_the_small_english_model(monkeypatch):
    monkeypatch.delenv("CLAIMLEDGER_SPACY_MODEL", raising=False)
    assert pipeline.model_name() == _installed_small_model()


def test_the_setting_takes_a_model_folder_path(monkeypatch):
    spec = importlib.util.find_spec(_installed_small_model())
    folder = next(p for p in Path(spec.origin).parent.iterdir() if p.is_dir() and (p / "meta.json").is_file())
    monkeypatch.setenv("CLAIMLEDGER_SPACY_MODEL", str(folder))
    assert pipeline.model_name() == str(folder)
    nlp = pipeline.load_model()
    doc = nlp("The ministry said two people were killed.")
    assert [t.dep_ for t in doc if t.text == "said"] == ["ROOT"]


def test_a_setting_that_names_no_pipeline_is_a_clear_error(monkeypatch, tmp_path):
    monkeypatch.setenv("CLAIMLEDGER_SPACY_MODEL", str(tmp_path / "no-such-model"))
    with pytest.raises(pipeline.ModelNotFound, match="no-such-model"):
        pipeline.load_model()
