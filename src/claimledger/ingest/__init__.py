"""Reading reports: files, stdin and HTML become :class:`claimledger.models.Document`."""

from claimledger.ingest.reader import parse_date, read_bytes, read_path

__all__ = ["parse_date", "read_bytes", "read_path"]
