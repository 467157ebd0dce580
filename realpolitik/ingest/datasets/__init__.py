"""Dataset readers: GDELT 2.0 events, ACLED exports and the SIPRI Trade Register, as pure streaming functions.

Each reader takes a path and yields plain dicts (one per event or deal row) or ``ErrorRecord`` values for rejected
rows; the stream never stops on a bad row. Nothing is read at import time; mapping tables under
``realpolitik/data/datasets/`` are loaded on first use and cached per process.

>>> detect_dataset("acled_mali_2017_2020.csv")          # doctest: +SKIP
'acled'
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Literal

from realpolitik.ingest.datasets._common import head_lines
from realpolitik.ingest.datasets.acled import REQUIRED as _ACLED_REQUIRED
from realpolitik.ingest.datasets.acled import read_acled
from realpolitik.ingest.datasets.gdelt import GDELT_COLUMNS, looks_like_gdelt, read_gdelt
from realpolitik.ingest.datasets.sipri import MAX_PREAMBLE, find_sipri_header, read_sipri

__all__ = ["GDELT_COLUMNS", "detect_dataset", "read_acled", "read_dataset", "read_gdelt", "read_sipri"]

DatasetKind = Literal["gdelt", "acled", "sipri"]


def detect_dataset(path: str | Path) -> DatasetKind | None:
    """Which dataset a file is, from its first lines (plain or zipped): "gdelt", "acled", "sipri", or None.

    GDELT: a header starting with GLOBALEVENTID, or a 61-column tab-separated first line. ACLED: a header with
    event_id_cnty, event_date, event_type, sub_event_type and actor1. SIPRI: the trade-register header (found within
    the first lines, after any preamble) or a preamble naming the SIPRI Arms Transfers Database.
    """
    lines = head_lines(path, MAX_PREAMBLE)
    if not lines:
        return None
    first = lines[0]
    if looks_like_gdelt(first):
        return "gdelt"
    try:
        cells = [c.strip() for c in next(csv.reader([first]))]
    except (csv.Error, StopIteration):
        cells = []
    if all(c in cells for c in _ACLED_REQUIRED):
        return "acled"
    for line in lines:
        try:
            row = next(csv.reader([line]))
        except (csv.Error, StopIteration):
            continue
        if find_sipri_header(row) is not None:
            return "sipri"
    return None


def read_dataset(path: str | Path, kind: DatasetKind | None = None, **kwargs):
    """Read ``path`` with the reader for ``kind`` (detected when None); ValueError if it is not a known dataset."""
    kind = kind or detect_dataset(path)
    if kind == "gdelt":
        return read_gdelt(path, **kwargs)
    if kind == "acled":
        return read_acled(path)
    if kind == "sipri":
        return read_sipri(path)
    raise ValueError(f"{path}: not a GDELT, ACLED or SIPRI file")
