"""Figures component (minimal version; full version follows)."""
from __future__ import annotations

from spacy.language import Language

from claimledger.nlp.pipeline import ensure_extensions


@Language.factory("claimledger_figures")
def make_figures(nlp: Language, name: str):
    ensure_extensions()

    def figures(doc):
        doc._.cl_figures = []
        return doc

    return figures
