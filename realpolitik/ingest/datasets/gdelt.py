"""GDELT 2.0 events export -> event dicts (CONTRACTS §2 keys plus dataset provenance).

Accepted layouts
    * the raw export: 61 tab-separated columns, no header, plain (``*.export.CSV``) or zipped
      (``*.export.CSV.zip``, one CSV inside, streamed from the archive, never extracted);
    * a CSV with a header line naming the columns (e.g. gdeltPyR's sample, comma-separated and with an extra
      ``CAMEOCodeDescription`` column): columns are then taken by name, extra columns ignored.

Mapping (tables under ``realpolitik/data/datasets/``)
    * ``source``/``target`` from Actor1*/Actor2*: ``country`` from ``Actor*CountryCode`` (CAMEO country codes are
      ISO 3166-1 alpha-3 except those in ``gdelt_countries.tsv``: CAMEO spellings such as ROM -> ROU, USR -> SUN, and
      regional codes such as AFR, WST, which give no country); ``sector`` from the first of ``Actor*Type1Code`` ..
      ``Type3Code`` that ``gdelt_types.tsv`` maps; IGOs get ``"IGO"`` + their CAMEO known-group code
      (``gdelt_groups.tsv``: EEC -> IGOEU), no country. ``code`` = country + sector; a sector alone when there is no
      country (the actors.py convention for bare agents); ``""`` when neither is known. ``text``/``name`` are GDELT's
      ``Actor*Name`` as given. An actor with neither code nor name is ``None``.
    * ``event_type``/``mode`` from the CAMEO ``EventCode`` via the ontology; a code the ontology lacks falls back to
      the 3-digit base code, then to the root. Plain statements (CAMEO 01x) have no PLOVER type: ``event_type`` is
      ``None`` for them.
    * ``cameo``, ``goldstein`` and ``quad_class`` are GDELT's own values (``EventCode``, ``GoldsteinScale``,
      ``QuadClass``), not the ontology's: GDELT's weights differ from ours for a few codes (e.g. 0874).
    * ``action_country`` is ``ActionGeo_CountryCode`` (FIPS 10-4) mapped to ISO3 with ``fips_iso3.tsv``.
    * ``date`` is SQLDATE as "YYYY-MM-DD", ``date_precision`` "day".

Rejected rows (wrong column count, bad SQLDATE, missing id, unknown CAMEO code, non-numeric Goldstein/QuadClass)
become ``ErrorRecord(path, line, message)`` and the stream goes on; a file that cannot be opened gives one
``ErrorRecord`` with ``line=None``.
"""

from __future__ import annotations

import csv
import itertools
from collections.abc import Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from realpolitik.ingest.datasets._common import (
    DatasetError,
    csv_rows,
    is_iso3,
    open_text,
    read_table,
    to_float,
    to_int,
)
from realpolitik.ingest.document import ErrorRecord

if TYPE_CHECKING:  # the coding stage is imported lazily, at first read
    from realpolitik.coding.ontology import CameoEntry, Ontology

__all__ = ["GDELT_COLUMNS", "read_gdelt", "looks_like_gdelt"]

# GDELT 2.0 Event table, in file order (GDELT 2.0 Event Codebook; gdelt2_events_columns.csv).
GDELT_COLUMNS: tuple[str, ...] = (
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
)  # fmt: skip

_INDEX = {name: i for i, name in enumerate(GDELT_COLUMNS)}


class _Tables:
    """The GDELT mapping tables, loaded once per process."""

    def __init__(self) -> None:
        self.countries = {r["cameo"]: (r["iso3"] or None) for r in read_table("gdelt_countries.tsv")}
        self.types = {r["cameo"]: (r["sector"] or None) for r in read_table("gdelt_types.tsv")}
        self.groups = {r["group"]: (r["code"], r["sector"] or None) for r in read_table("gdelt_groups.tsv")}
        self.fips = {r["fips"]: r["iso3"] for r in read_table("fips_iso3.tsv")}

    def country(self, cameo: str) -> str | None:
        if cameo in self.countries:
            return self.countries[cameo]
        return cameo if is_iso3(cameo) else None


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    return _Tables()


def looks_like_gdelt(first_line: str) -> bool:
    """True for a GDELT events header line or a 61-column tab-separated data line."""
    if first_line.startswith("GLOBALEVENTID"):
        return True
    cells = first_line.split("\t")
    return len(cells) == len(GDELT_COLUMNS) and cells[0].isdigit() and cells[1].isdigit()


def _cameo_entry(onto: Ontology, code: str, base: str, root: str) -> CameoEntry | None:
    for c in (code, base or code[:3], root or code[:2]):
        if c and onto.has_cameo(c):
            return onto.cameo(c)
    return None


def _actor(cell, prefix: str, t: _Tables) -> dict | None:
    raw = cell(prefix + "Code")
    name = cell(prefix + "Name")
    if not raw and not name:
        return None
    country = t.country(cell(prefix + "CountryCode"))
    sector = None
    for k in ("Type1Code", "Type2Code", "Type3Code"):
        s = t.types.get(cell(prefix + k))
        if s:
            sector = s
            break
    group = cell(prefix + "KnownGroupCode")
    gcode, gsector = t.groups.get(group, (None, None))
    if sector is None and gsector:
        sector = gsector
    if sector == "IGO":
        if gcode:
            code = gcode
        elif group:
            code = "IGO" + group
        else:
            code = raw if raw.startswith("IGO") else "IGO"
        country = None
    else:
        code = (country or "") + (sector or "")
    text = name or raw
    return {"text": text, "name": text, "code": code, "country": country, "sector": sector}


def _date(value: str) -> str:
    return datetime.strptime(value, "%Y%m%d").date().isoformat()


def _timestamp(value: str) -> str | None:
    if not value:
        return None
    try:
        return datetime.strptime(value, "%Y%m%d%H%M%S").strftime("%Y-%m-%dT%H:%M:%SZ")
    except ValueError:
        return None


def _event(cell, onto: Ontology, t: _Tables) -> dict:
    """One row -> event dict; raises ValueError with a message naming the bad field."""
    gid = cell("GLOBALEVENTID")
    if not gid.isdigit():
        raise ValueError(f"bad GLOBALEVENTID {gid!r}")
    sqldate = cell("SQLDATE")
    try:
        date = _date(sqldate)
    except ValueError:
        raise ValueError(f"bad SQLDATE {sqldate!r}") from None
    code = cell("EventCode")
    entry = _cameo_entry(onto, code, cell("EventBaseCode"), cell("EventRootCode"))
    if entry is None:
        raise ValueError(f"unknown CAMEO EventCode {code!r}")
    try:
        goldstein = float(cell("GoldsteinScale"))
        quad = int(cell("QuadClass"))
    except ValueError:
        raise ValueError(
            f"bad GoldsteinScale/QuadClass {cell('GoldsteinScale')!r}/{cell('QuadClass')!r}"
        ) from None
    if quad not in (1, 2, 3, 4):
        raise ValueError(f"QuadClass {quad} outside 1..4")

    def num(name: str, conv):
        try:
            return conv(cell(name))
        except ValueError:
            return None

    return {
        "kind": "event",
        "event_id": f"gdelt:{gid}",
        "doc_id": None,
        "sentence_index": None,
        "sentence": None,
        "char_start": None,
        "char_end": None,
        "source": _actor(cell, "Actor1", t),
        "target": _actor(cell, "Actor2", t),
        "event_type": entry.plover,
        "mode": entry.mode,
        "cameo": code,
        "goldstein": goldstein,
        "quad_class": quad,
        "date": date,
        "date_precision": "day",
        "date_text": None,
        "negated": False,
        "hypothetical": False,
        "confidence": None,
        # provenance
        "dataset": "gdelt",
        "row_id": gid,
        "url": cell("SOURCEURL") or None,
        "num_mentions": num("NumMentions", to_int),
        "num_sources": num("NumSources", to_int),
        "num_articles": num("NumArticles", to_int),
        "avg_tone": num("AvgTone", to_float),
        "is_root_event": cell("IsRootEvent") == "1",
        "source_raw_code": cell("Actor1Code") or None,
        "target_raw_code": cell("Actor2Code") or None,
        "action_country": t.fips.get(cell("ActionGeo_CountryCode")),
        "location": cell("ActionGeo_FullName") or None,
        "latitude": num("ActionGeo_Lat", to_float),
        "longitude": num("ActionGeo_Long", to_float),
        "date_added": _timestamp(cell("DATEADDED")),
    }


def read_gdelt(path: str | Path, *, ontology: Ontology | None = None) -> Iterator[dict | ErrorRecord]:
    """Stream the events of a GDELT 2.0 events file (plain, zipped, or a CSV with a header)."""
    from realpolitik.coding.ontology import Ontology

    src = str(path)
    onto = ontology or Ontology.load()
    t = _tables()
    try:
        with open_text(path) as fh:
            first = fh.readline()
            if not first:
                return
            header = first.startswith("GLOBALEVENTID")
            delim = "\t" if "\t" in first else ","
            if not header and delim == ",":
                yield ErrorRecord(src, 1, "not a GDELT events file: no header and not tab-separated")
                return
            quoting = csv.QUOTE_NONE if delim == "\t" else csv.QUOTE_MINIMAL
            reader = csv.reader(itertools.chain([first], fh), delimiter=delim, quoting=quoting)
            index = _INDEX
            width = len(GDELT_COLUMNS)
            for item in csv_rows(reader, src):
                if isinstance(item, ErrorRecord):
                    yield item
                    continue
                line, row = item
                if header and line == 1:
                    cols = [c.strip() for c in row]
                    missing = [c for c in GDELT_COLUMNS if c not in cols]
                    if missing:
                        yield ErrorRecord(src, 1, f"GDELT header lacks columns: {', '.join(missing[:5])}")
                        return
                    index = {c: cols.index(c) for c in GDELT_COLUMNS}
                    width = len(cols)
                    continue
                if not row or (len(row) == 1 and not row[0].strip()):
                    continue  # blank line
                if len(row) != width:
                    yield ErrorRecord(src, line, f"expected {width} columns, got {len(row)}")
                    continue

                def cell(name: str, _row=row, _index=index) -> str:
                    return _row[_index[name]].strip()

                try:
                    yield _event(cell, onto, t)
                except ValueError as exc:
                    yield ErrorRecord(src, line, str(exc))
    except DatasetError as exc:
        yield ErrorRecord(src, None, str(exc))
