"""Toponyms: the spaCy component ``claimledger_places`` and the document stage
``resolve_places`` (minimal version: writes an empty list)."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from claimledger.models import Analysis


@Language.factory("claimledger_places")
def make_places(nlp: Language, name: str) -> "PlacesComponent":
    return PlacesComponent()


class PlacesComponent:
    def __call__(self, doc: Any) -> Any:
        doc._.cl_places = []
        return doc


def resolve_places(analysis: Analysis, ctx: Any) -> None:
    return None
