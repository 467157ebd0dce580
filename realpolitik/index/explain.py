"""What makes up a power's influence score in one period: the events and arms deliveries behind it."""

from __future__ import annotations

import re

from realpolitik.errors import UsageError
from realpolitik.index.influence import (
    FREQS,
    decay_sql,
    events_cte,
    resolve_period,
)
from realpolitik.index.settings import resolve

COLUMNS = ["kind", "date", "event_type", "source", "target", "contribution", "channel", "evidence", "doc_id",
           "title", "url", "dataset", "row_id", "score_part"]


def _iso3(value, what: str) -> str:
    code = str(value or "").strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise UsageError(f"{what}: {value!r} is not an ISO3 country code (three letters, e.g. RUS)")
    return code


def explain(store, *, target: str, power: str, period, freq: str | None = None, settings=None,
            limit: int | None = 50):
    """The events and deliveries behind `power`'s score in `target` for `period`, largest first, as a
    DataFrame with columns kind ("event" | "delivery"), date, event_type (missing for a delivery), source,
    target, contribution, channel, evidence (the sentence, or a description of the dataset row), doc_id,
    title, url, dataset, row_id, score_part.

    period: "2021", "2021Q3" or "2021-09", whose form gives the period length when freq is None; a freq
    that contradicts it is a UsageError. A day ("2021-09-15") or a date picks the period of length freq
    (default year) containing it. target and power: ISO3 codes (UsageError otherwise).

    contribution is in its own layer's unit: for an event, its decayed, weighted, signed Goldstein value
    (the events' contributions sum to the period's event_score); for a delivery, its share of the target's
    arms imports over the window (the deliveries' contributions sum to security_dependence).
    score_part is its part of the combined score (events: w_event * tanh(S / scale) split in proportion to
    contribution; deliveries: w_struct * contribution), so all rows sum to `influence`'s score; rows are
    ordered by |score_part|, which orders events by |contribution| too. limit: rows returned (None: all)."""
    s = resolve(settings)
    target, power = _iso3(target, "target"), _iso3(power, "power")
    if power == target:
        raise UsageError("explain needs one target and one other power (ISO3 codes)")
    if limit is not None and limit < 0:
        raise UsageError("limit must be >= 0")
    freq, _, first = resolve_period(period, freq)
    ev_sql, ev_params = events_cte(s)
    factor, cond, decay_params = decay_sql(s)
    step = FREQS[freq][1]
    sql = f"""
    WITH {ev_sql},
    p AS (SELECT CAST($first AS DATE) AS period_start,
                 CAST(CAST($first AS TIMESTAMP) + INTERVAL {step} - INTERVAL 1 DAY AS DATE) AS period_end),
    evs AS (
      SELECT 'event' AS kind, coalesce(e.ds, CAST(e.edate AS VARCHAR)) AS date, e.event_type,
             coalesce(e.source_code, e.source_country) AS source, coalesce(e.target_code, e.target_country) AS target,
             e.value * {factor} AS contribution, e.channel,
             coalesce(e.sentence,
                      upper(e.dataset) || ' ' || coalesce(e.row_id, '?') || ': '
                      || coalesce(e.source_name, e.source_code, e.source_country, '?') || ' '
                      || coalesce(e.event_type, 'CAMEO ' || e.cameo, '?') || ' '
                      || coalesce(e.target_name, e.target_code, e.target_country, '?')
                      || coalesce(' (CAMEO ' || e.cameo || ', Goldstein ' || e.goldstein || ')', '')) AS evidence,
             e.doc_id, e.doc_title AS title, e.ev_url AS url, e.dataset, e.row_id
      FROM p JOIN ev e ON {cond}
    ),
    year_cap AS (SELECT CAST(least(year($first), coalesce((SELECT max(delivery_year) FROM arms_transfers),
                                                         year($first))) AS INTEGER) AS y),
    arms AS (
      SELECT a.* FROM arms_transfers a, year_cap c
      WHERE a.recipient_iso3 = $target AND a.delivery_year BETWEEN c.y - $window + 1 AND c.y
    ),
    total AS (SELECT sum(tiv_delivered) AS tot FROM arms),
    dels AS (
      SELECT 'delivery' AS kind, CAST(a.delivery_year AS VARCHAR) AS date, NULL AS event_type,
             a.supplier_iso3 AS source, a.recipient_iso3 AS target,
             coalesce(a.tiv_delivered / nullif(t.tot, 0), 0) AS contribution, 'security' AS channel,
             'SIPRI deal ' || coalesce(a.row_id, '?') || ': ' || coalesce(a.supplier, a.supplier_iso3) || ' -> '
               || coalesce(a.recipient, a.recipient_iso3) || ', '
               || coalesce(CAST(CAST(round(a.numbers_delivered) AS BIGINT) AS VARCHAR) || ' x ', '')
               || coalesce(a.designation, '?') || coalesce(' (' || a.description || ')', '')
               || ' delivered ' || a.delivery_year || ', ' || coalesce(CAST(a.tiv_delivered AS VARCHAR), '?')
               || ' of ' || round(t.tot, 2) || ' million TIV imported in ' || (c.y - $window + 1) || '-' || c.y
               AS evidence,
             NULL AS doc_id, NULL AS title, NULL AS url, a.dataset, a.row_id
      FROM arms a, total t, year_cap c WHERE a.supplier_iso3 = $power
    ),
    s AS (SELECT coalesce(sum(contribution), 0) AS es FROM evs)
    SELECT x.*,
           CASE WHEN x.kind = 'event'
                THEN $w_event * x.contribution * CASE WHEN s.es = 0 THEN 1 / $event_scale
                                                      ELSE tanh(s.es / $event_scale) / s.es END
                ELSE $w_struct * x.contribution END AS score_part
    FROM (SELECT * FROM evs UNION ALL BY NAME SELECT * FROM dels) x, s
    ORDER BY abs(score_part) DESC, x.kind, x.date, x.row_id, x.doc_id
    {"LIMIT $limit" if limit is not None else ""}"""
    params = {**ev_params, **decay_params, "target": target, "powers": [power], "power": power,
              "first": first, "window": s.window, "w_event": s.w_event, "w_struct": s.w_struct,
              "event_scale": s.event_scale}
    if limit is not None:
        params["limit"] = int(limit)
    df = store.con.execute(sql, params).df()
    return df[COLUMNS]


__all__ = ["explain"]
