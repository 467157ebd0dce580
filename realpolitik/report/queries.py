"""The report's data: plain, JSON-ready lists and dicts read from a `Store`, shared by the HTML report
(html.py) and the dashboard's JSON API (serve.py), so that both show the same numbers.

Every function takes the store first, then keyword filters; bad filters raise `UsageError` with a message
a user can act on (the API turns it into a 422). Nothing here writes.

    check_filters(target=, powers=, start=, end=, freq=, event_types=, lang=) -> Filters
    influence_rows(store, f) / events(store, f) / quotes(store, f) / network(store, f) / arms(store, f)
    meta(store) / provenance(store)
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from datetime import date, datetime

from realpolitik.errors import UsageError

ISO3 = re.compile(r"^[A-Z]{3}$")
FREQS = ("year", "quarter", "month")
PERIOD_PATTERN = r"^\d{4}(-?[Qq][1-4]|-\d{2}(-\d{2})?)?$"
LANGS = ("en", "fr")
EVENT_LIMIT = 2000
QUOTE_LIMIT = 500
NETWORK_EDGES = 60


def plover_types() -> tuple[str, ...]:
    from realpolitik.coding.ontology import PLOVER_TYPES

    return PLOVER_TYPES


@dataclass(frozen=True)
class Filters:
    """Checked filters: ISO3 codes upper-cased, the period as (first day, last day) or None."""

    target: str
    powers: tuple[str, ...]
    start: str | None = None
    end: str | None = None
    freq: str = "year"
    event_types: tuple[str, ...] = ()
    lang: str | None = None
    first_day: date | None = field(default=None, compare=False)
    last_day: date | None = field(default=None, compare=False)

    def to_dict(self) -> dict:
        return {"target": self.target, "powers": list(self.powers), "from": self.start, "to": self.end,
                "freq": self.freq, "event_types": list(self.event_types), "lang": self.lang}


def _iso3(value: str, what: str) -> str:
    code = (value or "").strip().upper()
    if not ISO3.match(code):
        raise UsageError(f"{what}: {value!r} is not an ISO3 country code (three letters, e.g. MLI)")
    return code


def _span(value: str, what: str) -> tuple[date, date]:
    from realpolitik.index.influence import _span as span

    if not re.match(PERIOD_PATTERN, str(value).strip()):
        raise UsageError(f"{what}: {value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYYQn)")
    return span(str(value).strip(), what)


def check_filters(*, target: str, powers, start: str | None = None, end: str | None = None, freq: str = "year",
                  event_types=None, lang: str | None = None) -> Filters:
    """Validate and normalise the filters shared by every view; `UsageError` names what is wrong."""
    target = _iso3(target, "target")
    if isinstance(powers, str):
        powers = powers.split(",")
    power_list = [_iso3(p, "powers") for p in (powers or []) if str(p).strip()]
    power_list = list(dict.fromkeys(p for p in power_list if p != target))
    if not power_list:
        raise UsageError("powers: give at least one power other than the target (ISO3 codes, e.g. FRA,RUS)")
    if freq not in FREQS:
        raise UsageError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    first = _span(start, "from")[0] if start else None
    last = _span(end, "to")[1] if end else None
    if first and last and first > last:
        raise UsageError(f"from ({start}) is after to ({end})")
    if isinstance(event_types, str):
        event_types = event_types.split(",")
    types = []
    known = plover_types()
    for t in event_types or []:
        t = str(t).strip().upper()
        if not t:
            continue
        if t not in known:
            raise UsageError(f"event type {t!r} is not a PLOVER type ({', '.join(known)})")
        types.append(t)
    if lang is not None and lang not in LANGS:
        raise UsageError(f"lang must be one of {', '.join(LANGS)}, not {lang!r}")
    return Filters(target=target, powers=tuple(power_list), start=start or None, end=end or None, freq=freq,
                   event_types=tuple(dict.fromkeys(types)), lang=lang, first_day=first, last_day=last)


# -- JSON-ready values ----------------------------------------------------------------------------
def plain(obj):
    """`obj` with numpy/pandas scalars, dates and NaN turned into JSON values (NaN/inf -> None)."""
    if obj is None or isinstance(obj, (str, bool)):
        return obj
    if isinstance(obj, dict):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple, set)):
        return [plain(v) for v in obj]
    if isinstance(obj, datetime):
        return obj.date().isoformat() if obj.time() == datetime.min.time() else obj.isoformat()
    if isinstance(obj, date):
        return obj.isoformat()
    if isinstance(obj, int):
        return obj
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if hasattr(obj, "item"):  # numpy scalar
        return plain(obj.item())
    if hasattr(obj, "isoformat"):  # pandas Timestamp
        return plain(obj.to_pydatetime()) if hasattr(obj, "to_pydatetime") else obj.isoformat()
    if hasattr(obj, "tolist"):
        return plain(obj.tolist())
    return str(obj)


def _records(frame) -> list[dict]:
    return [plain(r) for r in frame.to_dict("records")]


# -- the views ------------------------------------------------------------------------------------
def influence_rows(store, f: Filters, settings=None) -> list[dict]:
    """`realpolitik.index.influence` per period and power: share, score, channels, structural."""
    from realpolitik.index import influence

    frame = influence(store, target=f.target, powers=list(f.powers), freq=f.freq,
                      start=f.first_day, end=f.last_day, settings=settings)
    return _records(frame)


def _event_where(f: Filters, params: dict) -> str:
    params.update(target=f.target, powers=list(f.powers))
    where = ["((list_contains($powers, e.source_country) AND e.target_country = $target)"
             " OR (e.source_country = $target AND list_contains($powers, e.target_country)))",
             "NOT coalesce(e.negated, FALSE)"]
    if f.event_types:
        params["types"] = list(f.event_types)
        where.append("list_contains($types, e.event_type)")
    if f.lang:
        params["lang"] = f.lang
        where.append("d.lang = $lang")
    return " AND ".join(where)


def _dated(where: str) -> str:
    from realpolitik.index.influence import EVENT_DATE_SQL

    return f"""
    WITH base AS (
      SELECT e.*, coalesce(e.date, CAST(d.date AS VARCHAR)) AS ds, d.title AS doc_title, d.lang AS doc_lang,
             coalesce(e.url, d.url) AS ev_url
      FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id
      WHERE {where}
    ),
    dated AS (SELECT e.*, {EVENT_DATE_SQL} AS edate FROM base e)"""


def _period_where(f: Filters, params: dict, col: str = "edate") -> str:
    out = [f"{col} IS NOT NULL"]
    if f.first_day:
        params["first_day"] = f.first_day
        out.append(f"{col} >= $first_day")
    if f.last_day:
        params["last_day"] = f.last_day
        out.append(f"{col} <= $last_day")
    return " AND ".join(out)


def events(store, f: Filters, limit: int = EVENT_LIMIT) -> dict:
    """Events between the powers and the target (either direction; negated ones left out), text and dataset
    events, with the sentence and document title behind each: {"total": n, "events": [...]} (the latest
    `limit`, in date order)."""
    params: dict = {}
    sql = _dated(_event_where(f, params))
    period = _period_where(f, params)
    total = store.con.execute(f"{sql} SELECT count(*) FROM dated WHERE {period}", params).fetchall()[0][0]
    rows = store.query(f"""{sql}
        SELECT * FROM (
          SELECT event_id, CAST(edate AS VARCHAR) AS date, date AS date_coded, date_precision,
                 source_name, source_code, source_country, target_name, target_code, target_country,
                 event_type, mode, cameo, goldstein, quad_class, hypothetical, confidence,
                 sentence, doc_id, doc_title AS title, doc_lang AS lang, dataset, row_id, ev_url AS url,
                 CASE WHEN source_country = $target THEN target_country ELSE source_country END AS power
          FROM dated WHERE {period}
          ORDER BY edate DESC, event_id LIMIT {int(limit)})
        ORDER BY date, event_id""", params)
    return {"total": int(total), "events": [plain(r) for r in rows]}


def quotes(store, f: Filters, limit: int = QUOTE_LIMIT) -> dict:
    """Quotations by speakers of the powers or the target, or found in documents with an event between
    them, newest first: {"total": n, "quotes": [{speaker, speaker_code, speaker_country, date, text,
    title, doc_id, lang}]}."""
    params: dict = {"target": f.target, "countries": [f.target, *f.powers], "powers": list(f.powers)}
    where = ["(list_contains($countries, q.speaker_country) OR q.doc_id IN (SELECT doc_id FROM events e "
             "WHERE e.doc_id IS NOT NULL AND ((list_contains($powers, e.source_country) AND e.target_country = $target)"
             " OR (e.source_country = $target AND list_contains($powers, e.target_country)))))"]
    if f.lang:
        params["lang"] = f.lang
        where.append("d.lang = $lang")
    if f.first_day:
        params["first_day"] = f.first_day
        where.append("d.date >= $first_day")
    if f.last_day:
        params["last_day"] = f.last_day
        where.append("d.date <= $last_day")
    base = f"FROM quotes q JOIN documents d ON d.doc_id = q.doc_id WHERE {' AND '.join(where)}"
    total = store.con.execute(f"SELECT count(*) {base}", params).fetchall()[0][0]
    rows = store.query(f"""
        SELECT coalesce(nullif(q.speaker_name, ''), nullif(q.speaker_text, ''), 'unattributed') AS speaker, q.speaker_text, nullif(q.speaker_code, '') AS speaker_code,
               q.speaker_country, CAST(d.date AS VARCHAR) AS date, q.text, d.title, q.doc_id, d.lang, d.url
        {base} ORDER BY d.date DESC NULLS LAST, q.doc_id, q.char_start LIMIT {int(limit)}""", params)
    return {"total": int(total), "quotes": [plain(r) for r in rows]}


def network(store, f: Filters, max_edges: int = NETWORK_EDGES) -> dict:
    """Who acts on whom among the powers' and the target's actors: nodes (actors, laid out on a circle,
    grouped by country) and directed edges weighted by event count (the `max_edges` heaviest)."""
    countries = [f.target, *f.powers]
    params: dict = {"countries": countries}
    where = ["list_contains($countries, e.source_country)", "list_contains($countries, e.target_country)",
             "e.source_country <> e.target_country", "NOT coalesce(e.negated, FALSE)"]
    if f.event_types:
        params["types"] = list(f.event_types)
        where.append("list_contains($types, e.event_type)")
    if f.lang:
        params["lang"] = f.lang
        where.append("d.lang = $lang")
    from realpolitik.index.influence import EVENT_DATE_SQL

    period = _period_where(f, params)
    rows = store.query(f"""
        WITH base AS (
          SELECT e.*, coalesce(e.date, CAST(d.date AS VARCHAR)) AS ds
          FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id WHERE {' AND '.join(where)}),
        dated AS (SELECT e.*, {EVENT_DATE_SQL} AS edate FROM base e)
        SELECT coalesce(source_code, source_country) AS src, any_value(coalesce(source_name, source_code)) AS src_name,
               any_value(source_country) AS src_country,
               coalesce(target_code, target_country) AS dst, any_value(coalesce(target_name, target_code)) AS dst_name,
               any_value(target_country) AS dst_country,
               count(*) AS n, avg(goldstein) AS mean_goldstein
        FROM dated WHERE {period}
        GROUP BY src, dst ORDER BY n DESC, src, dst LIMIT {int(max_edges)}""", params)
    nodes: dict[str, dict] = {}
    for r in rows:
        for key, name, country in ((r["src"], r["src_name"], r["src_country"]), (r["dst"], r["dst_name"], r["dst_country"])):
            node = nodes.setdefault(key, {"id": key, "label": name or key, "country": country, "events": 0})
            node["events"] += r["n"]
    order = sorted(nodes.values(), key=lambda n: (countries.index(n["country"]) if n["country"] in countries else 99,
                                                  -n["events"], n["id"]))
    for i, node in enumerate(order):
        angle = math.pi / 2 - 2 * math.pi * i / max(len(order), 1)
        node["x"], node["y"] = round(math.cos(angle), 4), round(math.sin(angle), 4)
    edges = [{"source": r["src"], "target": r["dst"], "count": int(r["n"]),
              "mean_goldstein": plain(r["mean_goldstein"])} for r in rows]
    return {"nodes": order, "edges": edges}


def arms(store, f: Filters, window: int | None = None) -> list[dict]:
    """The structural layer for the target: per power and year, TIV delivered (tiv_year), the rolling
    bandwidth and security dependence (`realpolitik.index.structural`), within the period when given."""
    from realpolitik.index import load_settings, structural

    (row,) = store.query("SELECT min(delivery_year) AS lo, max(delivery_year) AS hi FROM arms_transfers "
                         "WHERE recipient_iso3 = ?", [f.target])
    if row["lo"] is None:
        return []
    lo = max(row["lo"], f.first_day.year) if f.first_day else row["lo"]
    hi = min(row["hi"], f.last_day.year) if f.last_day else row["hi"]
    if lo > hi:
        return []
    frame = structural(store, powers=list(f.powers), targets=[f.target], years=range(lo, hi + 1),
                       window=window or load_settings().window)
    return _records(frame)


def meta(store) -> dict:
    """What the store holds, for the dashboard's filter choices: counts, countries with events, a default
    target and powers (the most active), event types, languages, the date range, version and settings."""
    import realpolitik
    from realpolitik.index import load_settings

    counts = store.counts()
    countries = store.query("""
        SELECT c AS code, count(*) AS n FROM (
          SELECT source_country AS c FROM events UNION ALL SELECT target_country FROM events
          UNION ALL SELECT recipient_iso3 FROM arms_transfers UNION ALL SELECT supplier_iso3 FROM arms_transfers)
        WHERE c IS NOT NULL AND length(c) = 3 GROUP BY 1 ORDER BY 2 DESC, 1""")
    (span,) = store.query("""SELECT min(TRY_CAST(substr(coalesce(e.date, CAST(d.date AS VARCHAR)), 1, 4) AS INTEGER)) AS lo,
                                    max(TRY_CAST(substr(coalesce(e.date, CAST(d.date AS VARCHAR)), 1, 4) AS INTEGER)) AS hi
                             FROM events e LEFT JOIN documents d ON d.doc_id = e.doc_id""")
    langs = [r["lang"] for r in store.query("SELECT DISTINCT lang FROM documents WHERE lang IS NOT NULL ORDER BY 1")]
    target = next(iter(store.query(
        "SELECT target_country AS c FROM events WHERE target_country IS NOT NULL GROUP BY 1 "
        "ORDER BY count(*) DESC, 1 LIMIT 1")), {"c": None})["c"]
    powers = [r["c"] for r in store.query(
        "SELECT CASE WHEN source_country = $t THEN target_country ELSE source_country END AS c FROM events "
        "WHERE (source_country = $t OR target_country = $t) AND source_country IS NOT NULL "
        "AND target_country IS NOT NULL AND source_country <> target_country "
        "GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 3", {"t": target})] if target else []
    return {"version": realpolitik.__version__, "counts": counts, "countries": plain(countries),
            "event_types": list(plover_types()), "langs": [lang for lang in langs if lang in LANGS],
            "freqs": list(FREQS), "years": [span["lo"], span["hi"]],
            "default": {"target": target, "powers": powers},
            "settings": plain(load_settings().to_dict())}


def provenance(store, settings=None) -> dict:
    """Where the numbers come from: documents (by language), dataset rows (by dataset), store path,
    realpolitik version and the index settings in force."""
    import realpolitik
    from realpolitik.index import load_settings
    from realpolitik.index.settings import resolve

    s = resolve(settings) if settings is not None else load_settings()
    by_lang = store.query("SELECT coalesce(lang, '?') AS lang, count(*) AS n FROM documents GROUP BY 1 ORDER BY 1")
    datasets = store.query("""
        SELECT dataset, n FROM (
          SELECT dataset, count(*) AS n FROM events WHERE dataset IS NOT NULL GROUP BY 1
          UNION ALL SELECT coalesce(dataset, 'sipri'), count(*) FROM arms_transfers GROUP BY 1)
        ORDER BY dataset""")
    return {"store": str(store.path), "version": realpolitik.__version__, "counts": plain(store.counts()),
            "documents_by_lang": plain(by_lang), "datasets": plain(datasets), "settings": plain(s.to_dict()),
            "generated": datetime.now().astimezone().isoformat(timespec="seconds")}


def dumps(obj) -> str:
    return json.dumps(plain(obj), ensure_ascii=False, allow_nan=False)
