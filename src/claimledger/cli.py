"""The ``claimledger`` command line.

Each area registers its own commands from a module in ``claimledger.commands``
(``register(app)``); this file only assembles them and turns user mistakes
(:class:`~claimledger.errors.ClaimledgerError`) into one-line errors.
"""

from __future__ import annotations

import importlib
import sys

import typer

from claimledger.errors import ClaimledgerError

COMMAND_MODULES = (
    "claimledger.commands.analyze",
    "claimledger.commands.evaluate",
    "claimledger.commands.gazetteer",
    "claimledger.commands.ledger",
    "claimledger.commands.incidents",
    "claimledger.commands.demo",
)

app = typer.Typer(
    name="claimledger",
    help="Who claims what about incidents in armed conflict: extract, group, verify, export.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


@app.callback()
def _root() -> None:
    """claimledger: who claims what about incidents in armed conflict."""


def _register() -> None:
    for name in COMMAND_MODULES:
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError as e:
            if e.name == name:
                continue  # that area is not built yet
            raise
        module.register(app)


_register()


def fail(message: str, code: int = 1) -> None:
    """Print ``claimledger: error: message`` to stderr and exit."""
    print(f"claimledger: error: {message}", file=sys.stderr)
    raise SystemExit(code)


def main() -> None:
    try:
        app()
    except ClaimledgerError as e:
        fail(str(e))
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except BrokenPipeError:
        sys.stderr.close()
        raise SystemExit(1)


if __name__ == "__main__":
    main()
