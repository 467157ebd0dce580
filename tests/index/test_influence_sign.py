"""Influence event layer: the sign rule (who gains from what) and the channels."""

from __future__ import annotations

import pytest
from index_rows import add_events, event

from realpolitik.index import influence

NO_ARMS = {"w_struct": 0.0}  # event layer only: score = 0.5 * tanh(event_score / 20)


def _one(store, power="FRA", period="2020", **kw):
    df = influence(store, target="MLI", powers=[power, "RUS"], start="2020", end="2020", **kw)
    return df[(df.power == power) & (df.period == period)].iloc[0]


def test_influence_cooperation_raises_and_conflict_lowers(store):
    add_events(store, [event("FRA", "MLI", "SUPPORT", 8.0, "2020-12-31", mode="sign"),
                       event("RUS", "MLI", "THREATEN", -4.4, "2020-12-31")])
    df = influence(store, target="MLI", powers=["FRA", "RUS"], start="2020", end="2020", settings=NO_ARMS)
    by = df.set_index("power")
    assert by.loc["FRA", "event_score"] == pytest.approx(8.0)
    assert by.loc["RUS", "event_score"] == pytest.approx(-4.4)
    assert by.loc["FRA", "score"] > 0 > by.loc["RUS", "score"]
    assert by.loc["FRA", "score"] == pytest.approx(0.5 * __import__("math").tanh(8.0 / 20))


def test_influence_target_request_counts_for_the_power_asked(store):
    # Mali asks Russia for help: cooperation in the T -> P direction raises Russia's score, not France's
    add_events(store, [event("MLI", "RUS", "REQUEST", 3.4, "2020-12-31", mode="aid")])
    rus, fra = _one(store, "RUS", settings=NO_ARMS), _one(store, "FRA", settings=NO_ARMS)
    assert rus.event_score == pytest.approx(3.4) and rus.score > 0
    assert fra.event_score == 0 and fra.score == 0


def test_influence_protest_against_power_counts_against_it(store):
    add_events(store, [event("MLI", "FRA", "PROTEST", -6.5, "2020-12-31", src_sector="CVL", mode="demonstrate")])
    fra = _one(store, settings=NO_ARMS)
    assert fra.event_score == pytest.approx(-6.5)
    assert fra.channels["public_opinion"] == pytest.approx(-6.5)


def test_influence_withdrawal_lowers_despite_positive_goldstein(store):
    add_events(store, [event("FRA", "MLI", "RETREAT", 9.0, "2020-12-31", mode="withdraw")])
    fra = _one(store, settings=NO_ARMS)
    assert fra.event_score == pytest.approx(-9.0)
    assert fra.channels["security"] == pytest.approx(-9.0)


def test_influence_easing_access_and_ceasefire_keep_their_positive_sign(store):
    # PLOVER files these under RETREAT too, but they are no pulling out
    add_events(store, [event("FRA", "MLI", "RETREAT", 7.0, "2020-12-31", mode="ease"),
                       event("FRA", "MLI", "RETREAT", 9.0, "2020-12-31", mode="access"),
                       event("FRA", "MLI", "RETREAT", 9.0, "2020-12-31", mode="ceasefire")])
    fra = _one(store, settings=NO_ARMS)
    assert fra.event_score == pytest.approx(25.0)
    assert fra.channels["economic"] == pytest.approx(7.0)
    assert fra.channels["diplomatic"] == pytest.approx(9.0)
    assert fra.channels["security"] == pytest.approx(9.0)


def test_influence_fighting_target_insurgents_is_security_support(store):
    # Wagner (a Russian PMC: the country decides) fighting jihadists in Mali counts for Russia
    add_events(store, [event("RUS", "MLI", "ASSAULT", -10.0, "2020-12-31", src_sector="PMC", tgt_sector="REB")])
    assert _one(store, "RUS", settings=NO_ARMS).channels["security"] == pytest.approx(10.0)
    assert _one(store, "RUS", settings={"w_struct": 0.0, "insurgent_sign": 1.0}).event_score == pytest.approx(-10.0)
    assert _one(store, "RUS", settings={"w_struct": 0.0, "insurgent_sign": 0.0}).event_score == 0


def test_influence_assigns_channels(store):
    add_events(store, [
        event("FRA", "MLI", "CONSULT", 1.9, "2020-12-31", mode="visit"),         # diplomatic
        event("FRA", "MLI", "AID", 8.3, "2020-12-31", mode="military"),          # security
        event("FRA", "MLI", "AID", 7.4, "2020-12-31", mode="economic"),          # economic
        event("MLI", "FRA", "ACCUSE", -2.0, "2020-12-31", src_sector="MED"),     # public opinion
        event("FRA", "MLI", "SANCTION", -4.0, "2020-12-31"),                     # diplomatic
    ])
    ch = _one(store, settings=NO_ARMS).channels
    assert ch["diplomatic"] == pytest.approx(1.9 - 4.0)
    assert ch["security"] == pytest.approx(8.3)
    assert ch["economic"] == pytest.approx(7.4)
    assert ch["public_opinion"] == pytest.approx(-2.0)
    assert ch["n_events"] == 5 and (ch["quad_1"], ch["quad_2"], ch["quad_3"], ch["quad_4"]) == (1, 2, 1, 1)


def test_influence_ignores_events_not_between_power_and_target(store):
    add_events(store, [event("FRA", "NER", "AGREE", 8.0, "2020-12-31"),
                       event("FRA", "FRA", "AGREE", 8.0, "2020-12-31"),
                       event("MLI", None, "REQUEST", 3.0, "2020-12-31", tgt_sector="IGO")])
    assert _one(store, settings=NO_ARMS).event_score == 0


def test_influence_rejects_bad_arguments(store):
    from realpolitik.errors import UsageError

    with pytest.raises(UsageError, match="freq"):
        influence(store, target="MLI", powers=["FRA"], freq="week")
    with pytest.raises(UsageError, match="powers"):
        influence(store, target="MLI", powers="all")
    with pytest.raises(UsageError, match="not a date"):
        influence(store, target="MLI", powers=["FRA"], start="last year")
    assert influence(store, target="MLI", powers=["FRA"]).empty  # nothing in the store
