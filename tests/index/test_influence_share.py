"""Influence: the combined score, shares among the powers, the structural layer and its carry-forward."""

from __future__ import annotations

import math

import pytest
from index_rows import add_deliveries, add_events, delivery, event

from realpolitik.index import influence, load_settings


def test_influence_shares_sum_to_one_when_any_positive(store):
    add_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2020-03-01"),
                       event("RUS", "MLI", "AID", 8.3, "2020-09-01", mode="military"),
                       event("CHN", "MLI", "ACCUSE", -2.0, "2020-09-01"),
                       event("RUS", "MLI", "THREATEN", -7.0, "2021-06-01")])
    df = influence(store, target="MLI", powers=["FRA", "RUS", "CHN"], freq="quarter")
    for _, g in df.groupby("period"):
        assert g.share.between(0, 1).all()
        if (g.score > 0).any():
            assert g.share.sum() == pytest.approx(1.0)
        else:
            assert g.share.sum() == 0
    q = df[df.period == "2020Q1"].set_index("power")
    assert q.loc["FRA", "share"] == pytest.approx(1.0) and q.loc["CHN", "share"] == 0
    assert (df[df.power == "CHN"].share == 0).all()  # never positive


def test_influence_no_positive_score_means_zero_shares(store):
    add_events(store, [event("FRA", "MLI", "THREATEN", -4.4, "2020-12-31")])
    df = influence(store, target="MLI", powers=["FRA", "RUS"])
    assert list(df.share) == [0, 0] and list(df.period) == ["2020", "2020"]


def test_influence_combines_event_and_structural_layers(store):
    add_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2020-12-31")])
    add_deliveries(store, [delivery("RUS", "MLI", 2019, 30.0), delivery("FRA", "MLI", 2020, 10.0)])
    df = influence(store, target="MLI", powers=["FRA", "RUS"], start="2020", end="2020").set_index("power")
    s = load_settings()
    assert df.loc["FRA", "structural"]["security_dependence"] == pytest.approx(0.25)
    assert df.loc["FRA", "score"] == pytest.approx(s.w_event * math.tanh(8.0 / s.event_scale) + s.w_struct * 0.25)
    assert df.loc["RUS", "score"] == pytest.approx(s.w_struct * 0.75)
    assert df.share.sum() == pytest.approx(1.0)


def test_influence_carries_last_structural_year_forward(store):
    add_deliveries(store, [delivery("RUS", "MLI", 2020, 30.0), delivery("FRA", "MLI", 2020, 10.0)])
    add_events(store, [event("FRA", "MLI", "CONSULT", 1.0, "2023-06-01")])
    df = influence(store, target="MLI", powers=["FRA", "RUS"], start="2019", end="2023")
    rus = df[df.power == "RUS"].set_index("period")
    assert rus.loc["2019", "structural"]["security_dependence"] == 0  # nothing delivered yet
    assert rus.loc["2020", "structural"] == pytest.approx(
        {"data_year": 2020, "carried": False, "bandwidth": 30.0, "security_dependence": 0.75,
         "tiv_year": 30.0, "tiv_total_target": 40.0, "window": 5})
    assert rus.loc["2023", "structural"]["carried"] and rus.loc["2023", "structural"]["data_year"] == 2020
    assert rus.loc["2023", "structural_score"] == pytest.approx(0.75)


def test_influence_default_periods_span_events_and_deliveries(store):
    add_deliveries(store, [delivery("RUS", "MLI", 2017, 3.0)])
    add_events(store, [event("FRA", "MLI", "CONSULT", 1.0, "2021-03-01")])
    df = influence(store, target="MLI", powers=["FRA", "RUS"], freq="year")
    assert sorted(set(df.period)) == ["2017", "2018", "2019", "2020", "2021"]
    assert list(df.columns[:7]) == ["period", "power", "target", "score", "share", "channels", "structural"]
