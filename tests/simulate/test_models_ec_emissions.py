"""Validation on Bueno de Mesquita's EC car-emissions case (1994), as replicated by Scholz, Calbert &
Smith (2011). Known outcome: 8.833 years. docs/methodology.md §4.5 discusses every figure asserted here."""

from __future__ import annotations

import math

import pytest

from realpolitik.simulate import load_scenario, run

pytestmark = pytest.mark.shared

# Scholz et al. (2011), EU model with Q = 1.0: median voter position and mean after rounds 1..8.
PUBLISHED_MEDIAN = [8.4, 9.9, 9.9, 9.9, 9.9, 7.4, 8.8, 9.6]
PUBLISHED_MEAN = [7.4, 7.5, 7.6, 7.3, 7.3, 7.4, 7.5, 7.6]


@pytest.fixture(scope="module")
def ec(shared_data):
    return load_scenario(shared_data / "benchmarks" / "bdm" / "ec_emissions_1994_actors.csv")


def _eu(ec, **kw):
    out = run(ec, model="eu", rounds=8, q=1.0, **kw)
    return [r["median"] for r in out["rounds"]], [r["mean"] for r in out["rounds"]]


def test_models_ec_compromise_forecast(ec):
    assert run(ec, model="compromise")["forecast"] == pytest.approx(7.39, abs=0.01)
    assert run(ec, model="compromise")["forecast"] == pytest.approx(5.003 / 0.677, abs=1e-9)


def test_models_ec_weighted_median(ec):
    # weights c*s sorted by position: 4 -> 0.248 of 0.677, 7 -> 0.341 > 0.3385: the median is 7
    assert run(ec, model="median")["forecast"] == 7.0


def test_models_ec_eu_scholz_rules_first_round_matches_published(ec):
    medians, means = _eu(ec, offer_rule="scholz")
    assert medians[0] == pytest.approx(PUBLISHED_MEDIAN[0], abs=0.15)
    assert means[0] == pytest.approx(PUBLISHED_MEAN[0], abs=0.15)


def test_models_ec_eu_scholz_rules_second_round_departs(ec):
    # Not reproduced: we give 9.611 (Belgium's position after its second compromise with France/Italy);
    # the published 9.9 needs Belgium at ~9.96 one round earlier (docs/methodology.md §4.5).
    medians, means = _eu(ec, offer_rule="scholz")
    assert medians[1] == pytest.approx(9.611, abs=1e-3)
    assert abs(medians[1] - PUBLISHED_MEDIAN[1]) > 0.15
    assert means[1] == pytest.approx(PUBLISHED_MEAN[1], abs=0.15)


def test_models_ec_eu_scholz_rules_other_rounds_match_published_truncated(ec):
    # the published medians read as truncated to one decimal: our 9.962 prints as 9.9, 7.472 as 7.4,
    # 9.671 as 9.6; every published mean is within 0.07 of ours
    medians, means = _eu(ec, offer_rule="scholz")
    trunc = [math.floor(v * 10 + 1e-9) / 10 for v in medians]
    assert [trunc[k] for k in (0, 2, 3, 4, 5, 6, 7)] == [PUBLISHED_MEDIAN[k] for k in (0, 2, 3, 4, 5, 6, 7)]
    assert means == pytest.approx(PUBLISHED_MEAN, abs=0.07)
    assert medians == pytest.approx([8.416, 9.611, 9.962, 9.962, 9.962, 7.472, 8.825, 9.671], abs=1e-3)


def test_models_ec_eu_default_least_move_rounds(ec):
    # the paper's stated rule (move least): identical for three rounds, then Belgium joins France
    medians, _ = _eu(ec)
    assert medians == pytest.approx([8.416, 9.611, 9.962, 10.0, 10.0, 10.0, 10.0, 8.179], abs=1e-3)
