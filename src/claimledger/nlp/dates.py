"""Dates component (minimal version; full version follows)."""
from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language

from claimledger.nlp.pipeline import ensure_extensions


@dataclass
class DateMention:
    span: tuple[int, int]
    text: str


@Language.factory("claimledger_dates")
def make_dates(nlp: Language, name: str):
    ensure_extensions()

    def dates(doc):
        doc._.cl_dates = []
        return doc

    return dates


def resolve_dates(analysis, ctx) -> None:
    return None
