"""spaCy component ``claimledger_attribution``: quotes and reported speech."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from claimledger.nlp.pipeline import ensure_extensions


class Attribution:
    def __init__(self, nlp: Language, name: str) -> None:
        ensure_extensions()

    def __call__(self, doc: Doc) -> Doc:
        doc._.cl_claims = list(doc._.cl_claims or [])
        doc._.cl_actors = list(doc._.cl_actors or [])
        return doc


@Language.factory("claimledger_attribution")
def make_attribution(nlp: Language, name: str) -> Attribution:
    return Attribution(nlp, name)
