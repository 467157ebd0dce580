"""Influence index: which power holds the most influence in a target country, period by period.

Two layers, combined per (period, power):
  * event layer: every event between the power's actors and the target's actors (either direction),
    scored with its Goldstein weight under a sign rule, assigned to a channel, weighted (hypothetical,
    dataset, confidence, channel) and decayed with a half-life from the event's date to the period's end;
  * structural layer: the power's share of the target's arms imports over a rolling window (structural.py).
``score = w_event * tanh(event_score / event_scale) + w_struct * security_dependence``; ``share`` is each
power's part of the positive scores in the period. docs/methodology.md gives the rules and the reasons.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from realpolitik.coding.ontology import WITHDRAWAL_MODES
from realpolitik.errors import UsageError
from realpolitik.index.settings import CHANNELS, Settings, resolve
from realpolitik.index.structural import ARMS, _codes, channel_sql

FREQS = {"year": ("year", "1 YEAR"), "quarter": ("quarter", "3 MONTH"), "month": ("month", "1 MONTH")}
COLUMNS = ["period", "power", "target", "score", "share", "channels", "structural",
           "event_score", "structural_score", "n_events", "period_start", "period_end"]


# -- dates and periods ------------------------------------------------------------------------------
def _span(value, what: str) -> tuple[date, date]:
    """(first day, last day) of "YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYYQn"/"YYYY-Qn", an int year or a date."""
    if isinstance(value, date):
        return value, value
    if isinstance(value, int):
        value = str(value)
    s = str(value).strip()
    try:
        if m := re.fullmatch(r"(\d{4})-?[Qq]([1-4])", s):
            y, q = int(m.group(1)), int(m.group(2))
            first = date(y, 3 * q - 2, 1)
            last = (date(y + 1, 1, 1) if q == 4 else date(y, 3 * q + 1, 1)) - timedelta(days=1)
            return first, last
        if re.fullmatch(r"\d{4}", s):
            return date(int(s), 1, 1), date(int(s), 12, 31)
        if re.fullmatch(r"\d{4}-\d{2}", s):
            y, mo = int(s[:4]), int(s[5:7])
            nxt = date(y + 1, 1, 1) if mo == 12 else date(y, mo + 1, 1)
            return date(y, mo, 1), nxt - timedelta(days=1)
        d = date.fromisoformat(s[:10])
        return d, d
    except ValueError:
        pass
    raise UsageError(f"{what}: {value!r} is not a date (YYYY, YYYY-MM, YYYY-MM-DD or YYYYQn)")


def check_range(start, end, names: tuple[str, str] = ("start", "end")) -> None:
    """UsageError when `start` begins after `end` ends (each a period or a date, as `_span` reads them);
    `names` are what the caller calls them (the CLI: --from, --to)."""
    lo = _span(start, names[0])[0] if start is not None else None
    hi = _span(end, names[1])[1] if end is not None else None
    if lo is not None and hi is not None and lo > hi:
        raise UsageError(f"{names[0]} {start} is after {names[1]} {end}")


# what a period label's form says about its length; a day (YYYY-MM-DD) or a date lies inside any period
_PERIOD_FORMS = (("quarter", r"\d{4}-?[Qq][1-4]"), ("month", r"\d{4}-\d{2}"), ("year", r"\d{4}"))


def period_freq(period) -> str | None:
    """The period length `period` names by its form: "2021" year, "2021Q3" quarter, "2021-09" month;
    None for a day ("2021-09-15") or a date, which lies inside a period of any length."""
    if isinstance(period, date):
        return None
    text = str(period).strip()
    return next((freq for freq, pattern in _PERIOD_FORMS if re.fullmatch(pattern, text)), None)


def resolve_period(period, freq: str | None = None,
                   names: tuple[str, str] = ("period", "freq")) -> tuple[str, str, date]:
    """(freq, label, first day) of the period `period` stands for. freq None: the period's own length
    (a day or a date: the year containing it). A freq that contradicts the period's form ("2021Q3" with
    freq "year") is a UsageError rather than a silent change of period; `names` are what the caller
    calls the two (the CLI: --period, --freq)."""
    first = _span(period, names[0])[0]
    form = period_freq(period)
    if freq is None:
        freq = form or "year"
    freq = _freq(freq)
    if form is not None and form != freq:
        raise UsageError(f"{names[0]} {period} is a {form}, but {names[1]} is {freq}: give a {freq} such as "
                         f"{period_label(period_start(first, freq), freq)}, or leave {names[1]} out")
    start = period_start(first, freq)
    return freq, period_label(start, freq), start


def period_label(d: date, freq: str) -> str:
    """The label of the period of length `freq` starting on `d`, as `influence` writes it."""
    if freq == "year":
        return f"{d.year}"
    if freq == "quarter":
        return f"{d.year}Q{(d.month - 1) // 3 + 1}"
    return f"{d.year}-{d.month:02d}"


def period_start(d: date, freq: str) -> date:
    if freq == "year":
        return date(d.year, 1, 1)
    if freq == "quarter":
        return date(d.year, 3 * ((d.month - 1) // 3) + 1, 1)
    return date(d.year, d.month, 1)


def _freq(freq: str) -> str:
    if freq not in FREQS:
        raise UsageError(f"freq must be one of {', '.join(FREQS)}, not {freq!r}")
    return freq


def period_label_sql(col: str, freq: str) -> str:
    if freq == "year":
        return f"strftime({col}, '%Y')"
    if freq == "quarter":
        return f"strftime({col}, '%Y') || 'Q' || quarter({col})"
    return f"strftime({col}, '%Y-%m')"


# -- the event layer's SQL, shared with explain.py ------------------------------------------------
# When the event happened: a day date as given; "YYYY-MM" -> the 15th; "YYYY" -> 1 July; a decade
# ("1960", precision decade) -> 1 January of its sixth year: the middle of the span, so that decay neither
# ages nor rejuvenates imprecise dates on average. An event with no date takes its document's date.
EVENT_DATE_SQL = """
    CASE
      WHEN ds IS NULL THEN NULL
      WHEN e.date_precision = 'decade' THEN make_date(TRY_CAST(substr(ds, 1, 4) AS INTEGER) + 5, 1, 1)
      WHEN length(ds) = 4 THEN make_date(TRY_CAST(ds AS INTEGER), 7, 1)
      WHEN length(ds) = 7 THEN make_date(TRY_CAST(substr(ds, 1, 4) AS INTEGER), TRY_CAST(substr(ds, 6, 2) AS INTEGER), 15)
      ELSE TRY_CAST(substr(ds, 1, 10) AS DATE)
    END"""


def events_cte(settings: Settings) -> tuple[str, dict]:
    """CTEs `ev_raw` and `ev`: one row per (event, power) between a power in $powers and $target, with
    its channel, its signed weighted value (before decay), its date, and what explain needs to show it.
    Parameters: $target, $powers and the settings' own (returned)."""
    params = {
        "hyp_w": settings.hypothetical_weight,
        "data_w": settings.dataset_weight,
        "use_conf": settings.use_confidence,
        "insurgent": list(settings.insurgent_sectors) or [""],
        "insurgent_sign": settings.insurgent_sign,
        "public": list(settings.public_sectors) or [""],
        **{f"cw_{c}": float(settings.channel_weights.get(c, 1.0)) for c in CHANNELS},
    }
    # a power pulling out (coding.ontology.WITHDRAWAL_MODES) is scored -|Goldstein|, security channel;
    # RETREAT's other modes keep Goldstein's sign
    withdrawals = ", ".join(f"'{m}'" for m in WITHDRAWAL_MODES)
    sql = f"""
    ev_raw AS (
      SELECT e.*, p.power,
             (e.source_country = p.power) AS outgoing,
             CASE WHEN e.source_country = p.power THEN e.target_sector ELSE e.source_sector END AS t_sector,
             CASE WHEN e.source_country = p.power THEN e.source_sector ELSE e.target_sector END AS p_sector,
             coalesce(e.date, CAST(d.date AS VARCHAR)) AS ds,
             d.title AS doc_title, coalesce(e.url, d.url) AS ev_url
      FROM events e
      JOIN (SELECT unnest($powers::VARCHAR[]) AS power) p
        ON (e.source_country = p.power AND e.target_country = $target)
        OR (e.source_country = $target AND e.target_country = p.power)
      LEFT JOIN documents d ON d.doc_id = e.doc_id
      WHERE NOT coalesce(e.negated, FALSE) AND p.power <> $target
    ),
    ev_typed AS (
      SELECT e.*, {EVENT_DATE_SQL} AS edate,
        list_contains($insurgent, e.t_sector) AS insurgent,
        CASE
          WHEN list_contains($insurgent, e.t_sector) THEN 'security'
          WHEN e.event_type = 'PROTEST' OR list_contains($public, e.source_sector)
               OR list_contains($public, e.target_sector) THEN 'public_opinion'
          WHEN e.event_type IN ('MOBILIZE', 'ASSAULT', 'COERCE')
               OR (e.event_type = 'RETREAT' AND (e.mode IS NULL OR e.mode IN ({withdrawals}, 'ceasefire')))
               THEN 'security'
          WHEN e.event_type = 'RETREAT' AND e.mode = 'ease' THEN 'economic'
          WHEN e.event_type IN ('AID', 'COOPERATE')
               AND (e.mode IN ('military', 'intelligence', 'protection') OR e.p_sector IN ('MIL', 'PMC'))
               THEN 'security'
          WHEN e.event_type = 'AID' OR (e.event_type = 'COOPERATE' AND e.mode = 'economic')
               OR e.source_sector = 'BUS' OR e.target_sector = 'BUS' THEN 'economic'
          ELSE 'diplomatic'
        END AS channel,
        -- sign rule: Goldstein's sign (cooperation between the power and the target, in either
        -- direction, raises the power's influence; conflict lowers it), except that a withdrawal lowers
        -- it whatever its de-escalation weight, and events with the target's insurgents are reversed
        CASE WHEN e.event_type = 'RETREAT' AND (e.mode IS NULL OR e.mode IN ({withdrawals}))
             THEN -abs(coalesce(e.goldstein, 0)) ELSE coalesce(e.goldstein, 0) END
          * CASE WHEN list_contains($insurgent, e.t_sector) THEN $insurgent_sign ELSE 1 END AS signed,
        CASE WHEN coalesce(e.hypothetical, FALSE) THEN $hyp_w ELSE 1 END
          * CASE WHEN e.dataset IS NOT NULL THEN $data_w ELSE 1 END
          * CASE WHEN $use_conf THEN coalesce(e.confidence, 1) ELSE 1 END AS weight
      FROM ev_raw e
    ),
    ev AS (
      SELECT e.*, e.signed * e.weight * CASE e.channel
               WHEN 'diplomatic' THEN $cw_diplomatic WHEN 'security' THEN $cw_security
               WHEN 'economic' THEN $cw_economic ELSE $cw_public_opinion END AS value
      FROM ev_typed e WHERE e.edate IS NOT NULL
    )"""
    return sql, params


def decay_sql(settings: Settings) -> tuple[str, dict]:
    """Decay factor of an event `e` at a period `p`'s end, and the join condition (dated up to the
    period's end, and within the horizon)."""
    factor = "pow(0.5, date_diff('day', e.edate, p.period_end) / $half_life)"
    cond = ("e.edate <= p.period_end AND date_diff('day', e.edate, p.period_end) <= $horizon_days")
    return factor, cond, {"half_life": float(settings.half_life_days),
                          "horizon_days": float(settings.half_life_days * settings.horizon_half_lives)}


def _bounds(store, settings: Settings, target: str, powers: list[str]) -> dict:
    ev_sql, ev_params = events_cte(settings)
    row = store.con.execute(
        f"""WITH {ev_sql}
        SELECT (SELECT min(edate) FROM ev), (SELECT max(edate) FROM ev),
               (SELECT min(delivery_year) FROM arms_transfers WHERE recipient_iso3 = $target),
               (SELECT max(delivery_year) FROM arms_transfers WHERE recipient_iso3 = $target),
               (SELECT max(delivery_year) FROM arms_transfers),
               (SELECT min(delivery_year) FROM arms_transfers)""",
        {**ev_params, "target": target, "powers": powers}).fetchall()[0]
    return {"ev_min": row[0], "ev_max": row[1], "arms_min": row[2], "arms_max": row[3],
            "data_last": row[4], "data_first": row[5]}


def _periods(bounds: dict, freq: str, start, end) -> tuple[date, date] | None:
    first = [d for d in (bounds["ev_min"], date(bounds["arms_min"], 1, 1) if bounds["arms_min"] else None) if d]
    last = [d for d in (bounds["ev_max"], date(bounds["arms_max"], 12, 31) if bounds["arms_max"] else None) if d]
    lo = _span(start, "start")[0] if start is not None else (min(first) if first else None)
    hi = _span(end, "end")[1] if end is not None else (max(last) if last else None)
    if lo is None or hi is None or lo > hi:
        return None
    return period_start(lo, freq), period_start(hi, freq)


def _struct_years(bounds: dict, first_year: int, last_year: int) -> list[int]:
    """Data years the structural layer needs: the periods' years, capped at the last year in the data."""
    cap = bounds["data_last"]
    if cap is None:
        return [first_year]
    return list(range(min(first_year, cap), min(last_year, cap) + 1))


def influence(store, *, target: str, powers, freq: str = "year", start=None, end=None, settings=None):
    """Influence of each of `powers` (ISO3 codes) in `target` (ISO3), per period, as a DataFrame with
    columns period, power, target, score, share, channels (dict), structural (dict) — plus event_score,
    structural_score, n_events, period_start, period_end.

    freq: year | quarter | month; periods are labelled "2021", "2021Q3", "2021-09". start / end:
    "YYYY", "YYYY-MM", "YYYY-MM-DD" (or a date); by default from the first to the last event or arms
    delivery involving the target; a start after the end is a UsageError. settings: a `Settings`
    (load_settings()), a dict of overrides, or None.

    channels: the decayed event score per channel (they sum to event_score) and, for events dated within
    the period, how many (n_events) and how many of each CAMEO QuadClass (quad_1 .. quad_4).
    structural: the arms layer for the period's year (data_year, carried = True when the period is after
    the last year in the data and that year's values are carried forward)."""
    s = resolve(settings)
    freq = _freq(freq)
    target = (target or "").strip().upper()
    if not target or target == "ALL":
        raise UsageError("target: give one ISO3 code, e.g. MLI")
    power_list = _codes(powers, "powers")
    if power_list is None:
        raise UsageError("powers: name the powers to compare (ISO3 codes), e.g. FRA RUS")
    power_list = list(dict.fromkeys(p for p in power_list if p != target))
    if not power_list:
        raise UsageError("powers: give at least one power other than the target")

    check_range(start, end)
    bounds = _bounds(store, s, target, power_list)
    span = _periods(bounds, freq, start, end)
    if span is None:
        import pandas as pd

        return pd.DataFrame(columns=COLUMNS)
    first, last = span
    step = FREQS[freq][1]
    ev_sql, ev_params = events_cte(s)
    factor, cond, decay_params = decay_sql(s)
    st_sql, st_params = channel_sql(ARMS, powers=power_list, targets=[target],
                                    years=_struct_years(bounds, first.year, last.year), window=s.window)
    label = period_label_sql("g.period_start", freq)
    channel_sums = ",\n".join(
        f"coalesce(sum(c.contribution) FILTER (WHERE c.channel = '{c}'), 0) AS ch_{c}" for c in CHANNELS)
    sql = f"""
    WITH {ev_sql},
    periods AS (
      SELECT CAST(ps AS DATE) AS period_start,
             CAST(ps + INTERVAL {step} - INTERVAL 1 DAY AS DATE) AS period_end
      FROM generate_series(CAST($first AS TIMESTAMP), CAST($last AS TIMESTAMP), INTERVAL {step}) t(ps)
    ),
    contrib AS (
      SELECT p.period_start, p.period_end, e.power, e.channel, e.edate, e.quad_class,
             e.value * {factor} AS contribution
      FROM periods p JOIN ev e ON {cond}
    ),
    layer AS (
      SELECT c.period_start, c.power, sum(c.contribution) AS event_score,
             {channel_sums},
             count(*) FILTER (WHERE c.edate >= c.period_start) AS n_events,
             {", ".join(f"count(*) FILTER (WHERE c.edate >= c.period_start AND c.quad_class = {q}) AS quad_{q}"
                        for q in (1, 2, 3, 4))}
      FROM contrib c GROUP BY ALL
    ),
    st AS ({st_sql}),
    grid AS (
      SELECT p.period_start, p.period_end, w.power,
             CAST(least(year(p.period_start), coalesce($data_last, year(p.period_start))) AS INTEGER) AS data_year,
             ($data_last IS NOT NULL AND year(p.period_start) > $data_last) AS carried
      FROM periods p CROSS JOIN (SELECT unnest($powers::VARCHAR[]) AS power) w
    ),
    scored AS (
      SELECT g.*, coalesce(l.event_score, 0) AS event_score,
             coalesce(st.security_dependence, 0) AS structural_score,
             $w_event * tanh(coalesce(l.event_score, 0) / $event_scale)
               + $w_struct * coalesce(st.security_dependence, 0) AS score,
             {{{", ".join(f"'{c}': coalesce(l.ch_{c}, 0)" for c in CHANNELS)},
               'n_events': coalesce(l.n_events, 0),
               {", ".join(f"'quad_{q}': coalesce(l.quad_{q}, 0)" for q in (1, 2, 3, 4))}}} AS channels,
             {{'data_year': g.data_year, 'carried': g.carried,
               'bandwidth': coalesce(st.bandwidth, 0), 'security_dependence': coalesce(st.security_dependence, 0),
               'tiv_year': coalesce(st.tiv_year, 0), 'tiv_total_target': coalesce(st.tiv_total_target, 0),
               'window': $window}} AS structural,
             coalesce(l.n_events, 0) AS n_events
      FROM grid g
      LEFT JOIN layer l ON l.period_start = g.period_start AND l.power = g.power
      LEFT JOIN st ON st.power = g.power AND st.year = g.data_year
    )
    SELECT {label} AS period, g.power, $target AS target, g.score,
           coalesce(greatest(g.score, 0) / nullif(sum(greatest(g.score, 0)) OVER (PARTITION BY g.period_start), 0), 0)
             AS share,
           g.channels, g.structural, g.event_score, g.structural_score, g.n_events,
           g.period_start, g.period_end
    FROM scored g
    ORDER BY g.period_start, list_position($powers, g.power)"""
    params = {**ev_params, **decay_params, **st_params, "target": target, "powers": power_list,
              "first": first, "last": last, "data_last": bounds["data_last"], "w_event": s.w_event,
              "w_struct": s.w_struct, "event_scale": s.event_scale, "window": s.window}
    return store.con.execute(sql, params).df()


__all__ = ["influence", "events_cte", "decay_sql", "check_range", "period_freq", "period_label", "period_start",
           "period_label_sql", "resolve_period", "FREQS"]
