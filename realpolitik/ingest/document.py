"""The document record every reader yields, and the error record for inputs that fail."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


@dataclass
class Document:
    """One cleaned input document. `text` is what every offset downstream refers to."""

    doc_id: str
    text: str
    title: str | None = None
    date: str | None = None  # publication date, "YYYY-MM-DD"
    lang: str = "en"
    url: str | None = None
    source: str | None = None  # outlet / publisher
    origin: str = ""  # the file the document came from ("<stdin>" for standard input)
    line: int | None = None  # its line in a JSONL input
    meta: dict = field(default_factory=dict)  # unknown input keys, kept as metadata


@dataclass(frozen=True)
class ErrorRecord:
    """An input that was rejected; emitted on the output stream as `kind: "error"`."""

    source: str
    line: int | None
    message: str

    def to_dict(self) -> dict:
        return {"kind": "error", "source": self.source, "line": self.line, "message": self.message}

    @classmethod
    def for_document(cls, doc: Document, message: str) -> ErrorRecord:
        return cls(doc.origin, doc.line, message)

    def __str__(self) -> str:
        where = f"{self.source}:{self.line}" if self.line is not None else self.source
        return f"{where}: {self.message}"


def text_hash(text: str) -> str:
    """Stable id for a document without an input id: a hash of its cleaned text."""
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]
