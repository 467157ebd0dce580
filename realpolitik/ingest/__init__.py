"""Stage 1 — ingest: read articles into clean `Document`s (datasets come in `datasets/`)."""

from realpolitik.ingest.document import Document, ErrorRecord
from realpolitik.ingest.readers import Reader, count_inputs

__all__ = ["Document", "ErrorRecord", "Reader", "count_inputs"]
