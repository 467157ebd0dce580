"""Validation of the structural layer against FBIC (Formal Bilateral Influence Capacity).

FBIC's `secd_<power>` is a security-dependence measure of the receiver on the power; ours is the
power's share of the receiver's arms imports over a rolling window (structural.py). Agreement is
Spearman's rho over the dyad-years present in both.
"""

from __future__ import annotations

import os

from realpolitik.index.structural import structural

FBIC_COLUMNS = {"RUS": "secd_rus", "CHN": "secd_chn"}


def spearman_sql(pairs: str) -> str:
    """Spearman's rho over `pairs` (columns x, y): Pearson's r of average ranks (ties share their mean rank)."""
    return f"""
    WITH r AS (
      SELECT rank() OVER (ORDER BY x) + (count(*) OVER (PARTITION BY x) - 1) / 2.0 AS rx,
             rank() OVER (ORDER BY y) + (count(*) OVER (PARTITION BY y) - 1) / 2.0 AS ry
      FROM ({pairs}))
    SELECT corr(rx, ry) AS rho, count(*) AS n FROM r"""


def fbic_agreement(store, fbic_csv: str | os.PathLike, *, powers=("RUS", "CHN"), years=range(2000, 2021),
                   window: int = 5) -> dict:
    """Spearman's rho between our security dependence and FBIC's, overall and per power:
    `{"rho": float, "n": int, "by_power": {"RUS": (rho, n), ...}}`."""
    ours = structural(store, powers=list(powers), targets="all", years=years, window=window)
    case = " ".join(f"WHEN '{p}' THEN f.{FBIC_COLUMNS[p]}" for p in powers)
    path = str(fbic_csv).replace("'", "''")
    pairs = f"""
      SELECT o.power, o.year, o.security_dependence AS x, CASE o.power {case} END AS y
      FROM _rp_ours o JOIN read_csv('{path}', header = true) f
        ON f.iso3 = o.target AND CAST(f.year AS INTEGER) = o.year
      WHERE (CASE o.power {case} END) IS NOT NULL"""
    con = store.con
    con.register("_rp_ours", ours)
    try:
        rho, n = con.execute(spearman_sql(pairs)).fetchall()[0]
        by_power = {p: tuple(con.execute(spearman_sql(f"SELECT * FROM ({pairs}) WHERE power = '{p}'")).fetchall()[0])
                    for p in powers}
    finally:
        con.unregister("_rp_ours")
    return {"rho": rho, "n": n, "by_power": by_power}
