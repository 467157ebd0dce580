"""Structural layer: what a target depends on, from dyadic flow tables (arms transfers today).

Each flow table is a `Channel`: one SQL query yielding ``power, target, year, value`` (power may be NULL
for flows from unknown, non-state or IGO senders: they count in the target's total, not as a dyad), and the
names of the four columns the channel produces. Trade or aid tables would be added as more channels with
the same shape; `channel_sql` does the rolling window and the shares for any of them.
"""

from __future__ import annotations

from dataclasses import dataclass

from realpolitik.errors import UsageError


@dataclass(frozen=True)
class Channel:
    """One structural flow: `sql` yields power, target, year, value; the rest name the output columns."""

    name: str
    sql: str
    bandwidth: str        # rolling `window`-year sum of power -> target
    dependence: str       # that sum as a share of everything the target received over the window
    year_value: str       # power -> target in the year itself
    total: str            # the target's total over the window, from every sender


# SIPRI: TIV delivered in the delivery year. An empty TIV is "no data" (NULL) and adds nothing.
ARMS = Channel(
    name="arms",
    sql="SELECT supplier_iso3 AS power, recipient_iso3 AS target, delivery_year AS year, "
        "tiv_delivered AS value FROM arms_transfers "
        "WHERE recipient_iso3 IS NOT NULL AND delivery_year IS NOT NULL",
    bandwidth="bandwidth",
    dependence="security_dependence",
    year_value="tiv_year",
    total="tiv_total_target",
)


def _codes(value, what: str) -> list[str] | None:
    """None / "all" -> None (every one); a code or an iterable of codes -> upper-cased list."""
    if value is None:
        return None
    if isinstance(value, str):
        value = [value]
    out = [str(v).strip().upper() for v in value]
    if any(v == "ALL" for v in out):
        return None
    if not out or any(not v for v in out):
        raise UsageError(f"{what}: give ISO3 codes or 'all'")
    return out


def _years(years) -> list[int] | None:
    if years is None:
        return None
    if isinstance(years, int):
        return [years]
    try:
        out = sorted({int(y) for y in years})
    except (TypeError, ValueError):
        raise UsageError(f"years: give a year, or an iterable of years (range(2000, 2021)), not {years!r}") from None
    if not out:
        if isinstance(years, range):
            raise UsageError(f"years: {years!r} holds no year (its start must come before its stop, "
                             "which is exclusive: range(2010, 2023) is 2010-2022)")
        raise UsageError("years: empty")
    return out


def channel_sql(channel: Channel, *, powers=None, targets=None, years=None, window: int = 5,
                prefix: str = "s") -> tuple[str, dict]:
    """A SELECT of power, target, year and the channel's four columns, with its named parameters
    (prefixed, so the query can sit inside a larger one).

    With `powers` given, every (power, target, year) of the grid is returned (zeros included); with
    powers None only the dyad-years that had a flow within the window. Targets None = every target in the
    table. Years None = from the table's first to its last year."""
    if window < 1:
        raise UsageError("window must be at least 1 year")
    powers, targets, years = _codes(powers, "powers"), _codes(targets, "targets"), _years(years)
    p = f"{prefix}_"
    params: dict = {f"{p}window": int(window)}
    target_filter = "TRUE"
    if targets is not None:
        target_filter = f"list_contains(${p}targets, target)"
        params[f"{p}targets"] = targets
    if years is not None:
        years_sql = f"SELECT unnest(${p}years::INTEGER[]) AS year"
        params[f"{p}years"] = years
    else:
        years_sql = "SELECT range::INTEGER AS year FROM range((SELECT min(year) FROM src), (SELECT max(year) FROM src) + 1)"
    if powers is not None:
        params[f"{p}powers"] = powers
        power_filter = f"list_contains(${p}powers, b.power)"
        tgt_list = (f"SELECT unnest(${p}targets::VARCHAR[]) AS target" if targets is not None
                    else "SELECT DISTINCT target FROM src")
        grid = (f"SELECT p.power, t.target, y.year FROM (SELECT unnest(${p}powers::VARCHAR[]) AS power) p "
                f"CROSS JOIN ({tgt_list}) t CROSS JOIN yrs y")
    else:
        power_filter = "b.power IS NOT NULL"
        grid = "SELECT power, target, year FROM dyad"
    sql = f"""
    SELECT * FROM (
      WITH src AS (SELECT power, target, CAST(year AS INTEGER) AS year, value
                   FROM ({channel.sql}) WHERE {target_filter}),
      by_year AS (SELECT power, target, year, sum(value) AS v FROM src GROUP BY ALL),
      yrs AS ({years_sql}),
      dyad AS (
        SELECT b.power, b.target, y.year, coalesce(sum(b.v), 0) AS bw,
               coalesce(sum(b.v) FILTER (WHERE b.year = y.year), 0) AS vy
        FROM yrs y JOIN by_year b ON b.year BETWEEN y.year - ${p}window + 1 AND y.year
        WHERE {power_filter}
        GROUP BY ALL),
      total AS (
        SELECT b.target, y.year, coalesce(sum(b.v), 0) AS tot
        FROM yrs y JOIN by_year b ON b.year BETWEEN y.year - ${p}window + 1 AND y.year
        GROUP BY ALL),
      grid AS ({grid})
      SELECT g.power, g.target, g.year,
             coalesce(d.bw, 0)::DOUBLE AS "{channel.bandwidth}",
             coalesce(d.bw / nullif(t.tot, 0), 0)::DOUBLE AS "{channel.dependence}",
             coalesce(d.vy, 0)::DOUBLE AS "{channel.year_value}",
             coalesce(t.tot, 0)::DOUBLE AS "{channel.total}"
      FROM grid g
      LEFT JOIN dyad d ON d.power = g.power AND d.target = g.target AND d.year = g.year
      LEFT JOIN total t ON t.target = g.target AND t.year = g.year
    )"""
    return sql, params


def structural(store, *, powers=None, targets=None, years=None, window: int = 5):
    """Arms-transfer bandwidth and security dependence per (power, target, year), as a DataFrame with
    columns power, target, year, bandwidth, security_dependence, tiv_year, tiv_total_target.

    bandwidth: TIV delivered power -> target over years y-window+1 .. y (millions of TIV);
    security_dependence: that as a share (0..1) of everything the target received over the same years,
    from every supplier (non-state and unidentified suppliers included); 0 when it received nothing;
    tiv_year: power -> target in year y alone; tiv_total_target: the target's total over the window.
    powers / targets: ISO3 code(s), or None / "all" for every one. With powers given, every combination
    with the targets and years is listed (zeros too); with powers None, only dyad-years with deliveries
    in the window. years: an int or an iterable of ints; None = the table's first to last delivery year."""
    sql, params = channel_sql(ARMS, powers=powers, targets=targets, years=years, window=window)
    return store.con.execute(f"{sql} ORDER BY power, target, year", params).df()


__all__ = ["ARMS", "Channel", "channel_sql", "structural"]
