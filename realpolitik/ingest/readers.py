"""Readers: files, directories and standard input to a stream of `Document` / `ErrorRecord`.

Accepted inputs (CONTRACTS §1): `.txt`, `.html`/`.htm`, `.jsonl`/`.ndjson`, directories
(read recursively, hidden files skipped), and `-` for JSONL on standard input.

Everything streams: a JSONL file is read line by line, so memory stays bounded however large
the file. A bad input never stops the stream; it becomes an `ErrorRecord` naming the file and line.

Text decoding (documented fallback): UTF-8 (a BOM is dropped); UTF-16 when the data starts with
a UTF-16 BOM; otherwise the best guess of charset-normalizer (e.g. cp1252, latin-1), logged as a
warning naming the encoding; data with NUL bytes, or that no encoding fits, is rejected as binary.
"""

from __future__ import annotations

import codecs
import json
import logging
import os
import sys
from collections.abc import Iterable, Iterator
from datetime import date as _date
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from realpolitik.errors import InputError
from realpolitik.ingest.clean import clean_text, detect_lang, extract_html
from realpolitik.ingest.document import Document, ErrorRecord, text_hash

log = logging.getLogger(__name__)

TEXT_EXTENSIONS = (".txt", ".text")
HTML_EXTENSIONS = (".html", ".htm")
JSONL_EXTENSIONS = (".jsonl", ".ndjson")
LANGS = ("en", "fr")

# input key -> accepted aliases, first match wins
_ALIASES = {
    "id": ("id", "doc_id", "guid"),
    "text": ("text", "body", "content"),
    "html": ("html",),
    "date": ("date", "published", "published_at", "pubdate", "publication_date"),
    "lang": ("lang", "language"),
    "title": ("title", "headline"),
    "url": ("url", "link"),
    "source": ("source", "outlet", "publisher"),
}


def decode_bytes(data: bytes, source: str, line: int | None = None) -> str:
    """Decode input bytes with the documented fallback chain; raise InputError for binary data."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(source, f"invalid UTF-16 text ({exc.reason})", line) from exc
    if b"\x00" in data:
        raise InputError(source, "binary data (contains NUL bytes), not a text document", line)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise InputError(source, "undecodable: not UTF-8 and no other text encoding fits", line)
    where = f"{source}:{line}" if line is not None else source
    log.warning("%s: not valid UTF-8, decoded as %s", where, best.encoding)
    return str(best)


def normalize_date(value: object, source: str = "", line: int | None = None) -> str | None:
    """"YYYY-MM-DD" from an ISO date or timestamp ("2025-03-14 20:30:26Z"); None if absent or unparseable."""
    if value in (None, ""):
        return None
    if isinstance(value, str):
        text = value.strip()
        for candidate in (text[:10], text):
            try:
                return _date.fromisoformat(candidate).isoformat()
            except ValueError:
                continue
        try:
            return datetime.fromisoformat(text.replace("Z", "+00:00")).date().isoformat()
        except ValueError:
            pass
    where = f"{source}:{line}" if line is not None else source
    log.warning("%s: ignoring unparseable date %r (expected YYYY-MM-DD)", where, value)
    return None


class Reader:
    """Reads inputs into documents. `default_date` and `lang` apply to documents that carry none;
    `lang="auto"` detects the language per document."""

    def __init__(self, *, default_date: str | None = None, lang: str = "auto", stdin: BinaryIO | None = None):
        if lang not in ("auto", *LANGS):
            raise ValueError(f"lang must be auto, en or fr, not {lang!r}")
        self.default_date = normalize_date(default_date, "--date") if default_date else None
        if default_date and self.default_date is None:
            raise ValueError(f"--date must be YYYY-MM-DD, not {default_date!r}")
        self.lang = lang
        self.stdin = stdin

    # -- public ---------------------------------------------------------------------------------
    def read(self, paths: Iterable[str | os.PathLike]) -> Iterator[Document | ErrorRecord]:
        """Yield one Document or ErrorRecord per input document, in input order."""
        for path in paths:
            path = str(path)
            if path == "-":
                stream = self.stdin if self.stdin is not None else sys.stdin.buffer
                yield from self._read_jsonl_stream(stream, "<stdin>")
                continue
            p = Path(path)
            if p.is_dir():
                for f in _walk(p):
                    yield from self._read_file(f)
            elif p.exists():
                yield from self._read_file(p)
            else:
                yield ErrorRecord(path, None, "no such file or directory")

    # -- files ----------------------------------------------------------------------------------
    def _read_file(self, p: Path) -> Iterator[Document | ErrorRecord]:
        source = str(p)
        suffix = p.suffix.lower()
        if suffix in JSONL_EXTENSIONS:
            try:
                with open(p, "rb") as fh:
                    yield from self._read_jsonl_stream(fh, source)
            except OSError as exc:
                yield ErrorRecord(source, None, f"cannot read: {exc.strerror or exc}")
            return
        if suffix not in TEXT_EXTENSIONS + HTML_EXTENSIONS:
            known = ", ".join(TEXT_EXTENSIONS + HTML_EXTENSIONS + JSONL_EXTENSIONS)
            yield ErrorRecord(source, None, f"unknown file type {suffix or '(none)'!r}; expected one of {known}")
            return
        try:
            data = p.read_bytes()
            raw = decode_bytes(data, source)
            if suffix in HTML_EXTENSIONS:
                text, title = extract_html(raw)
            else:
                text, title = _split_title(clean_text(raw))
            yield self._make(text=text, title=title, record={}, source=source, line=None)
        except InputError as exc:
            yield ErrorRecord(exc.source, exc.line, exc.message)
        except OSError as exc:
            yield ErrorRecord(source, None, f"cannot read: {exc.strerror or exc}")

    def _read_jsonl_stream(self, stream: BinaryIO, source: str) -> Iterator[Document | ErrorRecord]:
        for lineno, raw in enumerate(stream, start=1):
            if not raw.strip():
                continue
            try:
                yield self._jsonl_record(raw, source, lineno)
            except InputError as exc:
                yield ErrorRecord(exc.source, exc.line, exc.message)

    def _jsonl_record(self, raw: bytes, source: str, lineno: int) -> Document:
        # Without its line ending: json.loads would otherwise skip the newline before failing on
        # a truncated line, and report "line 2, column 1" instead of the column on this line.
        line_text = decode_bytes(raw, source, lineno).rstrip("\r\n")
        try:
            record = json.loads(line_text)
        except json.JSONDecodeError as exc:
            column = exc.pos + 1  # the line holds no newline, so the offset is the column
            where = f"column {column}" if exc.msg.endswith(" at") else f"at column {column}"
            raise InputError(source, f"malformed JSON ({exc.msg} {where})", lineno) from exc
        if not isinstance(record, dict):
            raise InputError(source, f"expected a JSON object, got {type(record).__name__}", lineno)
        fields = {key: _pick(record, aliases) for key, aliases in _ALIASES.items()}
        body, html = fields["text"], fields["html"]
        if body is None and html is None:
            raise InputError(source, "no 'text' or 'html' field (aliases accepted: body, content)", lineno)
        for name, value in (("text", body), ("html", html)):
            if value is not None and not isinstance(value, str):
                raise InputError(source, f"'{name}' must be a string, got {type(value).__name__}", lineno)
        title = fields["title"] if isinstance(fields["title"], str) else None
        if body is not None and body.strip():
            text = clean_text(body)
        else:
            text, html_title = extract_html(html or "")
            title = title or html_title
        return self._make(text=text, title=title, record=record, source=source, line=lineno, fields=fields)

    # -- helpers --------------------------------------------------------------------------------
    def _make(self, *, text: str, title: str | None, record: dict, source: str, line: int | None,
              fields: dict | None = None) -> Document:
        if not text.strip():
            raise InputError(source, "no extractable text (empty, or only boilerplate/markup)", line)
        fields = fields or {}
        used = {alias for aliases in _ALIASES.values() for alias in aliases if alias in record}
        doc_id = fields.get("id")
        lang = fields.get("lang")
        lang = lang.lower()[:2] if isinstance(lang, str) and lang.lower()[:2] in LANGS else None
        if lang is None:
            lang = self.lang if self.lang != "auto" else detect_lang(text)
        return Document(
            doc_id=str(doc_id) if doc_id not in (None, "") else text_hash(text),
            text=text,
            title=title.strip() if title else None,
            date=normalize_date(fields.get("date"), source, line) or self.default_date,
            lang=lang,
            url=fields.get("url") if isinstance(fields.get("url"), str) else None,
            source=fields.get("source") if isinstance(fields.get("source"), str) else None,
            origin=source,
            line=line,
            meta={k: v for k, v in record.items() if k not in used},
        )


def _pick(record: dict, aliases: tuple[str, ...]):
    for key in aliases:
        if record.get(key) is not None:
            return record[key]
    return None


def _split_title(text: str) -> tuple[str, str | None]:
    """A plain text's first line is its title when it stands alone, is short and has no final stop."""
    first, sep, rest = text.partition("\n\n")
    if sep and "\n" not in first and len(first) <= 200 and not first.rstrip().endswith((".", "!", "?", ":", ";")):
        return rest, first.strip()
    return text, None


def _walk(root: Path) -> Iterator[Path]:
    """Files under `root`, recursively, in a stable order; hidden files and folders skipped."""
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith("."):
                yield Path(dirpath) / name


def count_inputs(paths: Iterable[str | os.PathLike]) -> int | None:
    """Cheap estimate of how many documents `paths` hold (for progress bars); None for stdin."""
    total = 0
    for path in paths:
        if str(path) == "-":
            return None
        p = Path(path)
        files = _walk(p) if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() in JSONL_EXTENSIONS:
                try:
                    with open(f, "rb") as fh:
                        total += sum(1 for ln in fh if ln.strip())
                except OSError:
                    total += 1
            else:
                total += 1
    return total
