"""SIPRI Arms Transfers Database, Trade Register CSV export -> one dict per deal row.

Layout: a preamble of notes (11 lines in the 2025 export: title, conventions, "Source: SIPRI Arms Transfers
Database (c) SIPRI", "Data generated: ..."), then a header line, then one line per deal. The header is found by
its column names (``SIPRI AT Database ID``, ``Supplier``, ``Recipient``), not by a fixed line count; columns are
taken by name (a few older names are accepted as aliases).

Keys of each dict: ``dataset`` ("sipri"), ``row_id`` (SIPRI AT Database ID, str: a *deal* id, repeated on each
delivery-year row of the deal), ``record_id`` ("<row_id>:<delivery_year>", unique per row), ``supplier``, ``recipient`` (names
as given), ``supplier_iso3``, ``recipient_iso3``, ``supplier_kind``, ``recipient_kind`` ("state" | "igo" |
"nonstate" | "unknown"), ``designation``, ``description``, ``category``, ``order_year`` (int | None),
``order_year_estimate`` (bool), ``numbers_delivered`` (int | None), ``numbers_delivered_estimate``,
``delivery_year`` (int | None), ``delivery_year_estimate``, ``status``, ``sipri_estimate`` (the SIPRI-estimate
column, as given), ``tiv_deal_unit`` (float | None), ``tiv_delivered`` (float | None: TIV delivery values, millions
of TIV), ``local_production`` (bool | None).

Names -> ISO3: ``sipri_names.tsv`` (SIPRI spellings: "Soviet Union" SUN, "UAE" ARE, "DR Congo" COD, "Viet Nam" VNM,
"Turkiye" TUR, ...), then SIPRI's own markers (a trailing "**" is an international organisation, "*" a non-state
actor: iso3 None), then the actor dictionary's country names; a name found nowhere gets iso3 None, kind "unknown".

Caveats
    * ``tiv_delivered`` is treated as delivered in ``delivery_year``. In the 2025 export each row is one deal's
      deliveries in one year (a deal delivered over several years has one row per year, same ``row_id``; in the shared
      file (deal id, delivery year) is unique), so summing ``tiv_delivered`` by ``delivery_year`` is sound there.
      Older or differently filtered exports may give one row per deal with a range of delivery years; the year read
      is then the first one and the whole value is dated to it. ``delivery_year_estimate`` marks years SIPRI estimated.
      To total a deal, sum its rows; never multiply ``tiv_deal_unit`` by an order count taken from one row.
    * A "0" TIV means between 0 and 0.5 million TIV; an empty value means no data (None), not zero.
    * Values marked uncertain ("?") are parsed without the mark; the "... is estimate" columns are kept as booleans.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator
from functools import lru_cache
from pathlib import Path

from realpolitik.ingest.datasets._common import (
    DatasetError,
    country_iso3,
    csv_rows,
    open_text,
    read_table,
    to_float,
    to_int,
)
from realpolitik.ingest.document import ErrorRecord

__all__ = ["read_sipri", "sipri_party", "find_sipri_header", "MAX_PREAMBLE"]

MAX_PREAMBLE = 100  # lines searched for the header

# our key -> accepted column names (first present wins)
_COLUMNS: dict[str, tuple[str, ...]] = {
    "row_id": ("SIPRI AT Database ID", "Deal ID", "tradeid"),
    "supplier": ("Supplier", "Seller"),
    "recipient": ("Recipient", "Buyer"),
    "designation": ("Designation", "Weapon designation"),
    "description": ("Description", "Weapon description"),
    "category": ("Armament category", "Weapon category"),
    "order_year": ("Order date", "Year of order", "Order year"),
    "order_year_estimate": ("Order date is estimate",),
    "numbers_delivered": ("Numbers delivered", "Number delivered"),
    "numbers_delivered_estimate": ("Numbers delivered is estimate",),
    "delivery_year": ("Delivery year", "Year(s) of delivery", "Year(s) of deliveries"),
    "delivery_year_estimate": ("Delivery year is estimate",),
    "status": ("Status",),
    "sipri_estimate": ("SIPRI estimate",),
    "tiv_deal_unit": ("TIV deal unit", "SIPRI TIV per unit"),
    "tiv_delivered": ("TIV delivery values", "SIPRI TIV of delivered weapons", "TIV delivered"),
    "local_production": ("Local production",),
}
_YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_REQUIRED = ("supplier", "recipient", "delivery_year", "tiv_delivered")
_INTS = ("order_year", "numbers_delivered", "delivery_year")
_FLOATS = ("tiv_deal_unit", "tiv_delivered")
_BOOLS = ("order_year_estimate", "numbers_delivered_estimate", "delivery_year_estimate", "local_production")


@lru_cache(maxsize=1)
def _names() -> dict[str, tuple[str | None, str]]:
    return {r["name"].casefold(): (r["iso3"] or None, r["kind"]) for r in read_table("sipri_names.tsv")}


@lru_cache(maxsize=1024)
def sipri_party(name: str) -> tuple[str | None, str]:
    """(iso3, kind) of a SIPRI supplier or recipient name; kind is state | igo | nonstate | unknown."""
    n = name.strip()
    hit = _names().get(n.casefold())
    if hit:
        return hit
    if n.endswith("**"):
        return None, "igo"
    if n.endswith("*"):
        return None, "nonstate"
    iso = country_iso3(n)
    return (iso, "state") if iso else (None, "unknown")


def _year(value: str) -> int | None:
    """A year cell: "2018", "2018?", or a list/range ("2001; 2002", "2001-2003") -> its first year."""
    v = value.strip()
    if len(v) > 5:
        m = _YEAR_RE.search(v)
        if m and (len(v) > 6 or not v[:4].isdigit()):
            return int(m.group(0))
    return to_int(v)


def _bool(value: str) -> bool | None:
    v = value.strip().casefold()
    if v in ("yes", "y", "true", "1"):
        return True
    if v in ("no", "n", "false", "0"):
        return False
    return None


def find_sipri_header(cells: list[str]) -> dict[str, int] | None:
    """Column index per key if ``cells`` is a SIPRI trade-register header line, else None."""
    names = [c.strip() for c in cells]
    index: dict[str, int] = {}
    for key, aliases in _COLUMNS.items():
        for a in aliases:
            if a in names:
                index[key] = names.index(a)
                break
    if all(k in index for k in _REQUIRED):
        return index
    return None


def _record(cells: list[str], index: dict[str, int]) -> dict:
    def cell(key: str) -> str:
        i = index.get(key)
        return cells[i].strip() if i is not None else ""

    out: dict = {"dataset": "sipri", "row_id": cell("row_id") or None, "record_id": None}
    for key in (
        "supplier",
        "recipient",
        "designation",
        "description",
        "category",
        "status",
        "sipri_estimate",
    ):
        out[key] = cell(key) or None
    if not out["supplier"] or not out["recipient"]:
        raise ValueError("empty supplier or recipient")
    for side in ("supplier", "recipient"):
        iso, kind = sipri_party(out[side])
        out[f"{side}_iso3"] = iso
        out[f"{side}_kind"] = kind
    for key in _INTS:
        try:
            out[key] = _year(cell(key)) if key.endswith("_year") else to_int(cell(key))
        except ValueError:
            raise ValueError(f"bad {key} {cell(key)!r}") from None
    for key in _FLOATS:
        try:
            out[key] = to_float(cell(key))
        except ValueError:
            raise ValueError(f"bad {key} {cell(key)!r}") from None
    for key in _BOOLS:
        out[key] = _bool(cell(key))
    if out["row_id"]:
        out["record_id"] = (
            f"{out['row_id']}:{out['delivery_year'] if out['delivery_year'] is not None else ''}"
        )
    return out


def read_sipri(path: str | Path) -> Iterator[dict | ErrorRecord]:
    """Stream the deal rows of a SIPRI Trade Register CSV export (preamble skipped, header found by name)."""
    src = str(path)
    try:
        with open_text(path) as fh:
            index = None
            header_line = 0
            width = 0
            for header_line, line in enumerate(fh, 1):  # noqa: B007
                try:
                    cells = next(csv.reader([line]))
                except (csv.Error, StopIteration):
                    cells = []
                index = find_sipri_header(cells)
                if index is not None:
                    width = len(cells)
                    break
                if header_line >= MAX_PREAMBLE:
                    break
            if index is None:
                yield ErrorRecord(
                    src, None, f"no SIPRI trade-register header in the first {header_line} lines"
                )
                return
            reader = csv.reader(fh)
            for item in csv_rows(reader, src, offset=header_line):
                if isinstance(item, ErrorRecord):
                    yield item
                    continue
                line, cells = item
                if not cells or all(not c.strip() for c in cells):
                    continue
                if len(cells) != width:
                    yield ErrorRecord(src, line, f"expected {width} columns, got {len(cells)}")
                    continue
                try:
                    yield _record(cells, index)
                except ValueError as exc:
                    yield ErrorRecord(src, line, str(exc))
    except DatasetError as exc:
        yield ErrorRecord(src, None, str(exc))
