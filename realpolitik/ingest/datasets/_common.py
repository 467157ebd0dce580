"""Helpers shared by the dataset readers: mapping tables, opening plain or zipped files, number parsing."""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache, lru_cache
from pathlib import Path
from typing import TextIO

from realpolitik.ingest.document import ErrorRecord
from realpolitik.tsv import read_data_tsv

_COUNTRY_RE = re.compile(r"^[A-Z]{3}$")


class DatasetError(Exception):
    """A whole input cannot be read (missing file, bad zip, no header); readers turn it into an ErrorRecord."""


@cache
def read_table(name: str) -> tuple[dict[str, str], ...]:
    """Rows of ``realpolitik/data/datasets/<name>`` as dicts; `#` and blank lines skipped, first other line is the header.

    Cached per process; callers must treat the rows as read-only.
    """
    return tuple(row for _, row in read_data_tsv("datasets", name))


@contextmanager
def open_text(path: str | Path) -> Iterator[TextIO]:
    """A text stream over ``path``: a plain file, or the single file inside a zip archive (streamed, not extracted).

    Raises DatasetError when the file is missing, unreadable, or a zip with no or several members.
    """
    p = Path(path)
    try:
        is_zip = zipfile.is_zipfile(p)
    except OSError as exc:
        raise DatasetError(f"cannot read: {exc.strerror or exc}") from exc
    if not p.is_file():
        raise DatasetError("no such file")
    if is_zip:
        try:
            zf = zipfile.ZipFile(p)
        except (OSError, zipfile.BadZipFile) as exc:
            raise DatasetError(f"bad zip archive: {exc}") from exc
        with zf:
            members = [i for i in zf.infolist() if not i.is_dir()]
            if len(members) != 1:
                raise DatasetError(f"zip archive should hold exactly one file, holds {len(members)}")
            with zf.open(members[0]) as raw:
                yield io.TextIOWrapper(raw, encoding="utf-8-sig", errors="replace", newline="")
        return
    try:
        fh = open(p, encoding="utf-8-sig", errors="replace", newline="")  # noqa: SIM115
    except OSError as exc:
        raise DatasetError(f"cannot read: {exc.strerror or exc}") from exc
    with fh:
        yield fh


def head_lines(path: str | Path, n: int) -> list[str]:
    """The first ``n`` lines of a plain or zipped file (fewer if it is shorter); [] when unreadable."""
    out: list[str] = []
    try:
        with open_text(path) as fh:
            for line in fh:
                out.append(line.rstrip("\r\n"))
                if len(out) >= n:
                    break
    except (DatasetError, OSError, zipfile.BadZipFile, UnicodeError):
        return []
    return out


def to_int(value: str) -> int | None:
    """int from a cell ("6", "6?", "2018.0"); None when empty. Raises ValueError for anything else."""
    v = value.strip().rstrip("?").strip()
    if not v:
        return None
    try:
        return int(v)
    except ValueError:
        f = float(v)
        if not f.is_integer():
            raise ValueError(f"{value!r} is not an integer") from None
        return int(f)


def to_float(value: str) -> float | None:
    """float from a cell; None when empty. Raises ValueError for anything else."""
    v = value.strip().rstrip("?").strip()
    if not v:
        return None
    return float(v)


def is_iso3(code: str) -> bool:
    return bool(_COUNTRY_RE.match(code))


@lru_cache(maxsize=4096)
def country_iso3(name: str) -> str | None:
    """ISO3 of a name that is exactly a country ("Mali", "Ivory Coast"), via the actor dictionary; else None."""
    from realpolitik.coding.actors import ActorDictionary

    name = name.strip()
    if not name:
        return None
    mentions = ActorDictionary.load().find(name)
    if len(mentions) != 1:
        return None
    m = mentions[0]
    if m.kind != "country" or m.start != 0 or m.end != len(name) or not m.actor.country:
        return None
    return m.actor.country


def csv_rows(reader, source: str, *, offset: int = 0):
    """`(line, cells)` for each row of a `csv.reader`, and an `ErrorRecord` (the stream goes on) for a
    row the csv module cannot read. `offset` is added to line numbers (lines read before the reader)."""
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield ErrorRecord(source, offset + reader.line_num, f"unreadable CSV row: {exc}")
            continue
        yield offset + reader.line_num, cells
