"""Double quote marks the statistical model reads as plain ones.

The small English pipeline's token-to-vector layer embeds four hashed
features of every word: its NORM, PREFIX, SUFFIX and SHAPE. spaCy gives curly
double quotes (“ ” „) and doubled apostrophes ('' as a quote mark, the New
York Times' house style) the plain mark's NORM, but their shape, prefix and
suffix stay the glyphs themselves, so the tagger and parser see a different
word for each style of the same quote mark. This component, placed first,
gives every word written with such marks the shape, prefix and suffix of the
plain mark ("): ``''No,''`` and ``“No,”`` are then read as ``"No,"`` is.
Guillemets (« », in statements translated from Russian, Ukrainian or French)
are double marks too: the model had read "»" as a proper noun and the
subject of the verb after it. Only those three lexeme features change; the
text, the NORM, ``is_quote`` and every offset stay as they were. Single
curly marks (‘ ’) are left alone: to the model the plain "'" is an
apostrophe, and they tell a quote inside a quote from one.

Measured on PolNeAR train (``claimledger.eval.polnear.run``): source F1
0.7672 -> 0.7684 (docs/EVALUATION.md, thirty-second round). Mapping the
marks to the Penn Treebank's ``````/``''`` instead, or also dashes to
``--`` or ``-``, did no better.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

_PLAIN = str.maketrans({"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"'})
_DOUBLED = frozenset({"''", "``"})
_MARKED = re.compile("[" + "".join(map(chr, _PLAIN)) + "]|" + "|".join(_DOUBLED))


def plain_form(word: str) -> str:
    """``word`` written with plain double quote marks (itself when it has none).
    Single curly marks stay: "‘" and "’" tell a quote inside a quote from an
    apostrophe, which the plain "'" does not."""
    return '"' if word in _DOUBLED else word.translate(_PLAIN)


@Language.component("claimledger_quote_marks")
def plain_quote_marks(doc: Doc) -> Doc:
    if _MARKED.search(doc.text) is None:
        return doc
    vocab = doc.vocab
    for orth in set(doc.to_array("ORTH").tolist()):
        word = vocab.strings[orth]
        plain = plain_form(word)
        if plain == word:
            continue
        lex, ref = vocab[orth], vocab[plain]
        if lex.shape != ref.shape or lex.prefix != ref.prefix or lex.suffix != ref.suffix:
            lex.shape, lex.prefix, lex.suffix = ref.shape, ref.prefix, ref.suffix
    return doc
