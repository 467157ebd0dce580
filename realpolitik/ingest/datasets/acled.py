"""ACLED CSV export -> event dicts (CONTRACTS §2 keys plus dataset provenance).

Monadic exports (one row per actor: ``actor1``, ``assoc_actor_1``, ``inter1``; no ``actor2``) repeat each event once
per actor. Rows of one event are merged: the first row's ``actor1`` is the ``source``; the next distinct ``actor1``
of the same ``event_id_cnty`` is the ``target`` (ACLED writes an event's rows in dyadic order, actor 1 first); any
further distinct actors are kept in ``other_actors``. ``assoc_actor_1`` of each side is kept, split on ";", in
``source_assoc`` / ``target_assoc``. Exact duplicate rows are dropped. Dyadic exports (with ``actor2`` columns) are
read directly, one event per row.

Streaming: an event's rows are grouped while they are consecutive (as ACLED writes them). A row whose
``event_id_cnty`` was already emitted earlier in the file is dropped (its actor is logged, not merged); to recognise
it the reader keeps the set of emitted ids, so memory grows with the number of events (a short string each),
never with the rows.

Mapping (tables under ``realpolitik/data/datasets/``)
    * ``acled_plover.tsv``: (event_type, sub_event_type) -> PLOVER type, mode and a CAMEO code; ``goldstein`` and
      ``quad_class`` come from the ontology for that code. A sub type not listed uses the event type's fallback row;
      an event type not listed rejects the row.
    * actors: ``acled_actors.tsv`` (names with ACLED's period tag "(2013-2020)" removed), then the generic rules
      "Military Forces of X" -> X+MIL, "Police Forces of X" / "Government of X" -> X+GOV, "Civilians|Protesters|
      Rioters (X)" -> X+CVL, "... Militia (X)" / "Unidentified Armed Group (X)" -> X+REB, then the actor dictionary
      (an organisation or group it knows by that name), then ACLED's ``inter`` code for the sector (1 MIL, 2-4 REB,
      5-7 CVL) with the country only when the name itself names it "(X)". A country is never taken from the
      ``country``/``iso3`` columns (the place of an event is not an actor's nationality): ``action_country`` holds it.
    * ``date`` is ``event_date`` as "YYYY-MM-DD" ("31 December 2020" or ISO). ``date_precision`` from
      ``time_precision``: 1 -> "day", 2 (within a week) -> "day", 3 -> "month" (the date is kept as ACLED gives it).
    * ``sentence`` is ACLED's ``notes`` (the evidence text); ``url`` is None (ACLED cites outlets, in ``acled_source``).
"""

from __future__ import annotations

import csv
import logging
import re
from collections.abc import Iterator
from datetime import date as _date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

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

if TYPE_CHECKING:  # the coding stage is imported lazily, at first read
    from realpolitik.coding.ontology import Ontology

__all__ = ["read_acled", "resolve_acled_actor"]

log = logging.getLogger(__name__)

REQUIRED = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1")

_MONTHS = {
    m: i
    for i, m in enumerate(
        ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"),
        1,
    )
}  # fmt: skip
_PERIOD_RE = re.compile(r"\s*\(\d{4}\s*-\s*(?:\d{4})?\)")
_PAREN_RE = re.compile(r"\(([^()]*)\)\s*$")
_INTER_SECTOR = {"1": "MIL", "2": "REB", "3": "REB", "4": "REB", "5": "CVL", "6": "CVL", "7": "CVL"}
_PRECISION = {1: "day", 2: "day", 3: "month"}

# generic rules: (regex on the normalised name, sector)
_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"^(?:Mutiny of )?Military Forces of (?P<c>.+?)(?: (?:Gendarmerie|Special Forces|National Guard))?$", re.I), "MIL"),
    (re.compile(r"^Police Forces of (?P<c>.+?)(?: (?:Gendarmerie|Prison Guards|Forest Guards|Customs))?$", re.I), "GOV"),
    (re.compile(r"^Government of (?P<c>.+)$", re.I), "GOV"),
    (re.compile(r"^(?:Civilians|Protesters|Rioters) \((?P<c>[^()]+)\)$", re.I), "CVL"),
    (re.compile(r"^.*\bMilitia \((?P<c>[^()]+)\)$", re.I), "REB"),
    (re.compile(r"^Unidentified Armed Group \((?P<c>[^()]+)\)$", re.I), "REB"),
)  # fmt: skip


def _normalise(name: str) -> str:
    return " ".join(_PERIOD_RE.sub("", name).split())


@lru_cache(maxsize=1)
def _actor_table() -> dict[str, tuple[str, str | None, str | None]]:
    return {
        _normalise(r["name"]).casefold(): (r["code"], r["country"] or None, r["sector"] or None)
        for r in read_table("acled_actors.tsv")
    }


@lru_cache(maxsize=1)
def _plover_table() -> dict[tuple[str, str], tuple[str, str | None, str]]:
    from realpolitik.coding.ontology import Ontology

    onto = Ontology.load()
    out: dict[tuple[str, str], tuple[str, str | None, str]] = {}
    for r in read_table("acled_plover.tsv"):
        entry = onto.cameo(r["cameo"])
        if entry.plover != r["plover"] or (entry.mode or "") != r["mode"]:
            raise ValueError(
                f"acled_plover.tsv: {r['event_type']}/{r['sub_event_type']}: CAMEO {r['cameo']} is "
                f"{entry.plover}/{entry.mode}, not {r['plover']}/{r['mode'] or None}"
            )
        out[(r["event_type"].casefold(), r["sub_event_type"].casefold())] = (
            r["plover"],
            r["mode"] or None,
            r["cameo"],
        )
    return out


def resolve_acled_actor(name: str, inter: str = "") -> dict | None:
    """An ACLED actor name (and its ``inter`` code) -> Actor dict, by the rules in the module docstring."""
    name = name.strip()
    if not name:
        return None
    norm = _normalise(name)

    def actor(code: str, country: str | None, sector: str | None) -> dict:
        return {"text": name, "name": norm, "code": code, "country": country, "sector": sector}

    hit = _actor_table().get(norm.casefold())
    if hit:
        return actor(*hit)
    for rx, sector in _RULES:
        m = rx.match(norm)
        if m:
            country = country_iso3(m.group("c"))
            return actor((country or "") + sector, country, sector)
    from realpolitik.coding.actors import ActorDictionary

    mentions = ActorDictionary.load().find(norm)
    if (
        mentions
        and mentions[0].start == 0
        and mentions[0].kind in ("org", "group")
        and mentions[0].actor.code
    ):
        a = mentions[0].actor
        return actor(a.code, a.country, a.sector)
    sector = _INTER_SECTOR.get(inter.strip())
    paren = _PAREN_RE.search(norm)
    country = country_iso3(paren.group(1)) if paren else None
    return actor((country or "") + (sector or ""), country, sector)


def _parse_date(value: str) -> str:
    v = value.strip()
    try:
        return _date.fromisoformat(v[:10]).isoformat()
    except ValueError:
        pass
    parts = v.replace(",", " ").split()
    if len(parts) == 3:
        d, m, y = parts
        if m.isdigit() and d.casefold() in _MONTHS:  # "December 31 2020"
            d, m = m, d
        if d.isdigit() and m.casefold() in _MONTHS and y.isdigit():
            try:
                return _date(int(y), _MONTHS[m.casefold()], int(d)).isoformat()
            except ValueError:
                pass
    raise ValueError(f"bad event_date {value!r}")


def _split_assoc(value: str) -> list[str]:
    return [a.strip() for a in value.split(";") if a.strip()]


class _Event:
    """An event being assembled from its consecutive rows."""

    def __init__(self, row: dict[str, str], line: int):
        self.first = row
        self.line = line
        self.actors: list[tuple[str, str, list[str]]] = []  # (name, inter, assoc)
        self.rows: set[tuple] = set()

    def add(self, row: dict[str, str]) -> None:
        key = tuple(sorted(row.items()))
        if key in self.rows:
            return  # exact duplicate row
        self.rows.add(key)
        name = row.get("actor1", "").strip()
        assoc = _split_assoc(row.get("assoc_actor_1", ""))
        for i, (n, inter, a) in enumerate(self.actors):
            if n == name:
                self.actors[i] = (n, inter, a + [x for x in assoc if x not in a])
                return
        if name:
            self.actors.append((name, row.get("inter1", ""), assoc))
        if row.get("actor2", "").strip():  # dyadic export
            name2 = row["actor2"].strip()
            if all(n != name2 for n, _, _ in self.actors):
                self.actors.append((name2, row.get("inter2", ""), _split_assoc(row.get("assoc_actor_2", ""))))


def _build(ev: _Event, onto: Ontology) -> dict:
    r = ev.first
    date = _parse_date(r["event_date"])
    et, sub = r["event_type"].strip(), r["sub_event_type"].strip()
    table = _plover_table()
    hit = table.get((et.casefold(), sub.casefold())) or table.get((et.casefold(), ""))
    if hit is None:
        raise ValueError(f"unknown ACLED event_type {et!r}")
    plover, mode, cameo = hit
    entry = onto.cameo(cameo)
    try:
        tp = to_int(r.get("time_precision", ""))
    except ValueError:
        tp = None
    fatalities = []
    for row in ev.rows:
        v = dict(row).get("fatalities", "")
        try:
            n = to_int(v)
        except ValueError:
            raise ValueError(f"bad fatalities {v!r}") from None
        if n is not None:
            fatalities.append(n)
    src = ev.actors[0] if ev.actors else None
    tgt = ev.actors[1] if len(ev.actors) > 1 else None

    def num(key: str):
        try:
            return to_float(r.get(key, ""))
        except ValueError:
            return None

    eid = r["event_id_cnty"].strip()
    return {
        "kind": "event",
        "event_id": f"acled:{eid}",
        "doc_id": None,
        "sentence_index": None,
        "sentence": r.get("notes", "").strip() or None,
        "char_start": None,
        "char_end": None,
        "source": resolve_acled_actor(src[0], src[1]) if src else None,
        "target": resolve_acled_actor(tgt[0], tgt[1]) if tgt else None,
        "event_type": plover,
        "mode": mode,
        "cameo": cameo,
        "goldstein": entry.goldstein,
        "quad_class": entry.quad_class,
        "date": date,
        "date_precision": _PRECISION.get(tp, "day") if tp is not None else "day",
        "date_text": r["event_date"].strip(),
        "negated": False,
        "hypothetical": False,
        "confidence": None,
        # provenance
        "dataset": "acled",
        "row_id": eid,
        "url": None,
        "fatalities": max(fatalities) if fatalities else None,
        "time_precision": tp,
        "acled_event_type": et,
        "acled_sub_event_type": sub,
        "source_assoc": src[2] if src else [],
        "target_assoc": tgt[2] if tgt else [],
        "other_actors": [a[0] for a in ev.actors[2:]],
        "interaction": r.get("interaction", "").strip() or None,
        "action_country": (r.get("iso3", "").strip() or None),
        "location": r.get("location", "").strip() or None,
        "admin1": r.get("admin1", "").strip() or None,
        "latitude": num("latitude"),
        "longitude": num("longitude"),
        "acled_source": r.get("source", "").strip() or None,
    }


def read_acled(path: str | Path) -> Iterator[dict | ErrorRecord]:
    """Stream the events of an ACLED CSV export, one dict per event (monadic rows merged)."""
    from realpolitik.coding.ontology import Ontology

    src = str(path)
    onto = Ontology.load()
    emitted: set[str] = set()
    try:
        with open_text(path) as fh:
            reader = csv.reader(fh)
            try:
                header = [h.strip() for h in next(reader)]
            except StopIteration:
                return
            except csv.Error as exc:
                yield ErrorRecord(src, 1, f"unreadable header: {exc}")
                return
            missing = [c for c in REQUIRED if c not in header]
            if missing:
                yield ErrorRecord(src, 1, f"not an ACLED export: missing columns {', '.join(missing)}")
                return
            dyadic = "actor2" in header
            current: _Event | None = None

            def finish(ev: _Event) -> dict | ErrorRecord:
                try:
                    out = _build(ev, onto)
                except (ValueError, KeyError) as exc:
                    return ErrorRecord(src, ev.line, str(exc))
                emitted.add(out["row_id"])
                return out

            for item in csv_rows(reader, src):
                if isinstance(item, ErrorRecord):
                    yield item
                    continue
                line, cells = item
                if not cells or (len(cells) == 1 and not cells[0].strip()):
                    continue
                if len(cells) != len(header):
                    yield ErrorRecord(src, line, f"expected {len(header)} columns, got {len(cells)}")
                    continue
                row = dict(zip(header, cells, strict=True))
                eid = row["event_id_cnty"].strip()
                if not eid:
                    yield ErrorRecord(src, line, "empty event_id_cnty")
                    continue
                if current is not None and not dyadic and eid == current.first["event_id_cnty"].strip():
                    current.add(row)
                    continue
                if current is not None:
                    yield finish(current)
                    current = None
                if eid in emitted:
                    log.info("%s:%d: event %s already emitted; row not merged", src, line, eid)
                    continue
                current = _Event(row, line)
                current.add(row)
            if current is not None:
                yield finish(current)
    except DatasetError as exc:
        yield ErrorRecord(src, None, str(exc))
