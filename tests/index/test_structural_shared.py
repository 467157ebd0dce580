"""structural on the real SIPRI trade register (shared data): Mali's suppliers, and validation against FBIC."""

from __future__ import annotations

import pytest

from realpolitik.index import structural

pytestmark = pytest.mark.shared

SIPRI = "structural/sipri_trade_register_2000_2023.csv"
FBIC = "structural/fbic_china_russia_1960_2020.csv"


@pytest.fixture
def sipri_store(store, shared_data):
    from realpolitik.pipeline import Pipeline

    path = shared_data / SIPRI
    if not path.exists():
        pytest.skip(f"{path} not found")
    summary = Pipeline().ingest([str(path)], store)
    assert summary.rejected == 0 and store.counts()["arms_transfers"] > 10_000
    return store


def test_structural_russia_outweighs_france_in_mali_2019_2021(sipri_store):
    df = structural(sipri_store, powers=["RUS", "FRA"], targets="MLI", years=range(2019, 2022))
    dep = df.pivot(index="year", columns="power", values="security_dependence")
    assert (dep["RUS"] > dep["FRA"]).all(), dep
    assert (dep["RUS"] > 0.3).all() and (dep["FRA"] < 0.1).all()


def spearman_sql(pairs: str) -> str:
    """Spearman's rho over `pairs` (columns x, y): Pearson's r of average ranks (ties share their mean rank)."""
    return f"""
    WITH r AS (
      SELECT rank() OVER (ORDER BY x) + (count(*) OVER (PARTITION BY x) - 1) / 2.0 AS rx,
             rank() OVER (ORDER BY y) + (count(*) OVER (PARTITION BY y) - 1) / 2.0 AS ry
      FROM ({pairs}))
    SELECT corr(rx, ry) AS rho, count(*) AS n FROM r"""


@pytest.mark.slow
def test_structural_security_dependence_tracks_fbic(sipri_store, shared_data):
    """Validation (docs/methodology.md): Spearman between our security_dependence and FBIC's secd_rus /
    secd_chn over the Russia->X and China->X dyad-years 2000-2020 present in both."""
    fbic = shared_data / FBIC
    if not fbic.exists():
        pytest.skip(f"{fbic} not found")
    ours = structural(sipri_store, powers=["RUS", "CHN"], targets="all", years=range(2000, 2021))
    con = sipri_store.con
    con.register("ours_sd", ours)
    try:
        pairs = f"""
          SELECT o.power, o.year, o.security_dependence AS x,
                 CASE o.power WHEN 'RUS' THEN f.secd_rus ELSE f.secd_chn END AS y
          FROM ours_sd o JOIN read_csv('{str(fbic).replace("'", "''")}', header = true) f
            ON f.iso3 = o.target AND CAST(f.year AS INTEGER) = o.year
          WHERE (CASE o.power WHEN 'RUS' THEN f.secd_rus ELSE f.secd_chn END) IS NOT NULL"""
        rho, n = con.execute(spearman_sql(pairs)).fetchall()[0]
        by_power = {p: con.execute(spearman_sql(f"SELECT * FROM ({pairs}) WHERE power = '{p}'")).fetchall()[0]
                    for p in ("RUS", "CHN")}
        full, n_full = con.execute(spearman_sql(f"SELECT * FROM ({pairs}) WHERE year >= 2004")).fetchall()[0]
    finally:
        con.unregister("ours_sd")
    print(f"\nFBIC validation: Spearman rho = {rho:.3f} over {n} dyad-years (RUS {by_power['RUS'][0]:.3f}, "
          f"n={by_power['RUS'][1]}; CHN {by_power['CHN'][0]:.3f}, n={by_power['CHN'][1]}); "
          f"full 5-year windows only (2004-2020): {full:.3f}, n={n_full}")
    assert n > 5000
    assert rho >= 0.7
