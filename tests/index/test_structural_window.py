"""structural: rolling arms-delivery bandwidth and security-dependence shares on a tiny arms table."""

from __future__ import annotations

import pytest
from index_rows import add_deliveries, delivery

from realpolitik.errors import UsageError
from realpolitik.index import structural


@pytest.fixture
def arms(store):
    add_deliveries(store, [
        delivery("RUS", "MLI", 2015, 10.0), delivery("RUS", "MLI", 2018, 20.0),
        delivery("FRA", "MLI", 2016, 10.0), delivery("FRA", "MLI", 2016, 5.0),
        delivery(None, "MLI", 2018, 5.0),          # an unidentified supplier: in the total, not a dyad
        delivery("CHN", "NER", 2018, 4.0), delivery("FRA", "NER", 2018, None),  # no TIV: no data
    ])
    return store


def test_structural_rolling_window_sums(arms):
    df = structural(arms, powers=["RUS", "FRA"], targets="MLI", years=range(2015, 2021), window=3)
    rus = df[df.power == "RUS"].set_index("year")
    assert list(rus.bandwidth) == [10.0, 10.0, 10.0, 20.0, 20.0, 20.0]  # 2015 leaves after 2017
    assert list(rus.tiv_year) == [10.0, 0, 0, 20.0, 0, 0]
    assert rus.loc[2018, "tiv_total_target"] == pytest.approx(15.0 + 20.0 + 5.0)
    assert rus.loc[2021 - 1, "tiv_total_target"] == pytest.approx(25.0)


def test_structural_dependence_is_share_of_target_imports(arms):
    df = structural(arms, powers=["RUS", "FRA"], targets=["MLI"], years=[2016, 2018], window=3).set_index(
        ["power", "year"])
    assert df.loc[("RUS", 2016), "security_dependence"] == pytest.approx(10 / 25)
    assert df.loc[("FRA", 2016), "security_dependence"] == pytest.approx(15 / 25)
    assert df.loc[("RUS", 2018), "security_dependence"] == pytest.approx(20 / 40)
    assert df.loc[("FRA", 2018), "security_dependence"] == pytest.approx(15 / 40)
    assert df.security_dependence.between(0, 1).all()


def test_structural_all_targets_and_sparse_without_powers(arms):
    df = structural(arms, years=[2018], window=1)
    assert set(zip(df.power, df.target, strict=True)) == {("RUS", "MLI"), ("CHN", "NER"), ("FRA", "NER")}
    ner = df[df.target == "NER"].set_index("power")
    assert ner.loc["CHN", "security_dependence"] == 1.0 and ner.loc["FRA", "security_dependence"] == 0
    grid = structural(arms, powers="CHN", targets="all", years=[2018], window=1)
    assert set(grid.target) == {"MLI", "NER"} and list(grid.columns) == [
        "power", "target", "year", "bandwidth", "security_dependence", "tiv_year", "tiv_total_target"]


def test_structural_default_years_and_empty_target(arms):
    df = structural(arms, powers=["RUS"], targets=["MLI", "BFA"], window=5)
    assert sorted(set(df.year)) == list(range(2015, 2019))
    assert (df[df.target == "BFA"].security_dependence == 0).all()


def test_structural_reversed_year_range_is_an_error(arms):
    with pytest.raises(UsageError, match=r"years: range\(2022, 2010\) holds no year"):
        structural(arms, powers=["RUS"], targets="MLI", years=range(2022, 2010))
