"""One exception tree for everything a user can get wrong.

    ClaimledgerError            base: message for people, never a traceback
    ├── InputError              a file we cannot read as a report
    │   ├── EmptyInput
    │   ├── BinaryInput
    │   ├── EncodingError
    │   ├── TooLarge
    │   └── BadHTML
    ├── BadDate                 a --published or other date we cannot parse
    ├── ModelNotFound           no spaCy pipeline installed under the configured name
    ├── StoreError              the ledger database refused something
    └── GazetteerError          a gazetteer file we cannot import

The CLI catches ``ClaimledgerError`` and prints ``claimledger: error: <path>: <message>``.
"""

from __future__ import annotations


class ClaimledgerError(Exception):
    """Base class. ``str(err)`` is a one-line message for a person."""

    def __init__(self, message: str, *, path: str | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class InputError(ClaimledgerError):
    pass


class EmptyInput(InputError):
    pass


class BinaryInput(InputError):
    pass


class EncodingError(InputError):
    pass


class TooLarge(InputError):
    pass


class BadHTML(InputError):
    pass


class BadDate(ClaimledgerError):
    pass


class ModelNotFound(ClaimledgerError):
    pass


class StoreError(ClaimledgerError):
    pass


class GazetteerError(ClaimledgerError):
    pass
