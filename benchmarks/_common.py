"""Helpers the benchmark scripts share: the PolNeAR texts they measure on, and
writing a section into docs/BENCHMARKS.md between its markers."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def polnear_train_files(limit: int) -> list[Path]:
    """The first ``limit`` PolNeAR train texts from ../shared/corpus, or exit saying it is missing."""
    import sys

    sys.path.insert(0, str(ROOT / "src"))
    from claimledger import settings

    corpus = settings.corpus_dir()
    if corpus is None:
        raise SystemExit("benchmark needs ../shared/corpus (PolNeAR texts)")
    return sorted((corpus / "polnear" / "train" / "text").glob("*.txt"))[:limit]


HEADER = "# Benchmarks\n\nMeasured numbers; each section names the command that reproduces it.\n"


def write_section(block: str, mark_start: str, mark_end: str, path: Path | None = None) -> None:
    """Replace the text between ``mark_start`` and ``mark_end`` (markers included in
    ``block``) in docs/BENCHMARKS.md, or append the block when the markers are new."""
    path = path or ROOT / "docs" / "BENCHMARKS.md"
    text = path.read_text() if path.exists() else HEADER
    if mark_start in text:
        head, rest = text.split(mark_start, 1)
        text = head + block + rest.split(mark_end, 1)[1]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text)
