"""Events component (minimal version; full version follows)."""
from __future__ import annotations

from spacy.language import Language

from claimledger.nlp.pipeline import ensure_extensions


@Language.factory("claimledger_events")
def make_events(nlp: Language, name: str):
    ensure_extensions()

    def events(doc):
        if doc._.cl_claims is None:
            doc._.cl_claims = []
        return doc

    return events


def finish_events(analysis, ctx) -> None:
    return None
