"""Influence event layer: decay with the half-life, negation, hypothetical and dataset weights, dates."""

from __future__ import annotations

import pytest
from index_rows import add_dataset_events, add_events, event

from realpolitik.index import influence

NO_ARMS = {"w_struct": 0.0}


def _scores(store, freq="year", **kw):
    df = influence(store, target="MLI", powers=["FRA"], freq=freq, **kw)
    return dict(zip(df.period, df.event_score, strict=True))


def test_influence_decay_halves_weight_after_one_half_life(store):
    # 2020-01-01 -> 2020-12-31 (the 2020 period's end) is 365 days, the default half-life
    add_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2020-01-01")])
    sc = _scores(store, start="2020", end="2021", settings=NO_ARMS)
    assert sc["2020"] == pytest.approx(4.0)
    assert sc["2021"] == pytest.approx(2.0)  # 730 days: two half-lives
    sc = _scores(store, start="2020", end="2020", settings={**NO_ARMS, "half_life_days": 730})
    assert sc["2020"] == pytest.approx(8.0 * 0.5 ** 0.5)


def test_influence_decay_uses_period_end_and_no_future_events(store):
    add_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2020-06-15")])
    sc = _scores(store, freq="month", start="2020-05", end="2020-07", settings=NO_ARMS)
    assert sc["2020-05"] == 0  # not yet happened
    assert sc["2020-06"] == pytest.approx(8.0 * 0.5 ** (15 / 365))
    assert sc["2020-07"] == pytest.approx(8.0 * 0.5 ** (46 / 365))


def test_influence_horizon_drops_very_old_events(store):
    add_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2000-06-15")])
    sc = _scores(store, start="2000", end="2020", settings={**NO_ARMS, "horizon_half_lives": 5})
    assert sc["2004"] > 0 and sc["2006"] == 0


def test_influence_excludes_negated_events(store):
    add_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2020-12-31", negated=True),
                       event("FRA", "MLI", "CONSULT", 1.0, "2020-12-31")])
    assert _scores(store, settings=NO_ARMS) == {"2020": pytest.approx(1.0)}


def test_influence_weights_hypothetical_events(store):
    add_events(store, [event("FRA", "MLI", "RETREAT", 9.0, "2020-12-31", mode="withdraw", hypothetical=True)])
    assert _scores(store, settings=NO_ARMS)["2020"] == pytest.approx(-9.0 * 0.25)
    assert _scores(store, settings={**NO_ARMS, "hypothetical_weight": 0})["2020"] == 0


def test_influence_weights_dataset_events_and_confidence(store):
    add_dataset_events(store, [event("FRA", "MLI", "AGREE", 8.0, "2020-12-31")], dataset="gdelt")
    add_events(store, [event("FRA", "MLI", "CONSULT", 2.0, "2020-12-31", confidence=0.5)])
    assert _scores(store, settings=NO_ARMS)["2020"] == pytest.approx(8.0 * 0.5 + 2.0 * 0.5)
    assert _scores(store, settings={**NO_ARMS, "dataset_weight": 1.0, "use_confidence": False})["2020"] == \
        pytest.approx(10.0)


def test_influence_dates_imprecise_and_missing_at_midpoint_or_document(store):
    # "2020" counts from 1 July 2020; no date -> the document's date
    add_events(store, [event("FRA", "MLI", "CONSULT", 1.0, "2020")])
    add_events(store, [event("FRA", "MLI", "CONSULT", 2.0, None)], doc_date="2020-02-10")
    sc = _scores(store, freq="quarter", start="2020Q1", end="2020Q3", settings={**NO_ARMS, "half_life_days": 1e9})
    assert sc == {"2020Q1": pytest.approx(2.0), "2020Q2": pytest.approx(2.0), "2020Q3": pytest.approx(3.0)}
