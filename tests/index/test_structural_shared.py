"""structural on the real SIPRI trade register (shared data): Mali's suppliers, and validation against FBIC."""

from __future__ import annotations

import pytest

from realpolitik.index import structural
from realpolitik.index.validation import fbic_agreement

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


@pytest.mark.slow
def test_structural_security_dependence_tracks_fbic(sipri_store, shared_data):
    """Validation (docs/methodology.md): Spearman between our security_dependence and FBIC's secd_rus /
    secd_chn over the Russia->X and China->X dyad-years 2000-2020 present in both."""
    fbic = shared_data / FBIC
    if not fbic.exists():
        pytest.skip(f"{fbic} not found")
    result = fbic_agreement(sipri_store, fbic)
    rho, n, by_power = result["rho"], result["n"], result["by_power"]
    print(f"\nFBIC validation: Spearman rho = {rho:.3f} over {n} dyad-years (RUS {by_power['RUS'][0]:.3f}, "
          f"n={by_power['RUS'][1]}; CHN {by_power['CHN'][0]:.3f}, n={by_power['CHN'][1]})")
    assert n > 5000
    assert rho >= 0.7
