"""Quality measured on real corpora (``../shared/corpus``).

Each module ``claimledger.eval.<name>`` exposes ``run(corpus: Path, *,
limit=None, split=...) -> dict`` returning a flat dict of metric name → number
(plus optional detail keys starting with ``_``). ``claimledger eval NAME``
prints them; ``tests/test_eval_gate.py`` compares them with the pinned floors
in ``floors.json`` beside this file.
"""

EVALUATIONS = ("polnear", "acled", "geoparse")
