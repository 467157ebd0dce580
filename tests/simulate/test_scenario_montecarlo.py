"""Monte Carlo runs: reproducible per seed, well-formed, fast."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.simulate import MODELS, scenario_from_dict, simulate

MALI = Path(__file__).resolve().parents[2] / "examples" / "mali_security_partner.yaml"


def _toy():
    return scenario_from_dict({
        "issue": "toy", "scale": {"min": 0, "max": 100}, "status_quo": 50,
        "actors": [
            {"name": "A", "position": [0, 20], "capability": [0.5, 1.0], "salience": 0.8},
            {"name": "B", "position": 100, "capability": 1.0, "salience": [0.3, 0.9]},
            {"name": "C", "position": [40, 70], "capability": 0.5, "salience": 0.5},
        ]})


def test_scenario_montecarlo_deterministic_per_seed():
    a = simulate(_toy(), model="all", runs=200, seed=5)
    b = simulate(_toy(), model="all", runs=200, seed=5)
    c = simulate(_toy(), model="all", runs=200, seed=6)
    for m in MODELS:
        assert a["models"][m]["distribution"] == b["models"][m]["distribution"]
    assert a["models"]["compromise"]["distribution"]["mean"] != c["models"]["compromise"]["distribution"]["mean"]


def test_scenario_montecarlo_distribution_shape():
    out = simulate(_toy(), model="compromise", runs=300, seed=1)
    d = out["distribution"]
    assert d["runs"] == 300 and d["seed"] == 1
    assert d["p5"] <= d["p50"] <= d["p95"] and d["sd"] > 0
    assert len(d["histogram"]["edges"]) == len(d["histogram"]["counts"]) + 1
    assert sum(d["histogram"]["counts"]) == 300
    assert d["histogram"]["edges"][0] == 0 and d["histogram"]["edges"][-1] == 100


def test_scenario_montecarlo_point_forecast_uses_midpoints():
    out = simulate(_toy(), model="compromise")
    # A: x 10, c 0.75, s 0.8 -> w 0.6; B: x 100, c 1, s 0.6 -> w 0.6; C: x 55, w 0.25
    assert out["forecast"] == pytest.approx((10 * 0.6 + 100 * 0.6 + 55 * 0.25) / 1.45)
    assert out["distribution"] is None and out["rounds"] == []


def test_scenario_montecarlo_fixed_values_give_a_point_distribution():
    sc = scenario_from_dict({"issue": "fixed", "scale": {"min": 0, "max": 10}, "actors": [
        {"name": "A", "position": 2, "capability": 1, "salience": 1},
        {"name": "B", "position": 8, "capability": 1, "salience": 0.5}]})
    d = simulate(sc, model="median", runs=50, seed=0)["distribution"]
    assert d["sd"] == 0 and d["p5"] == d["p95"] == 2


def test_scenario_montecarlo_eu_output_rounds():
    out = simulate(_toy(), model="eu", rounds=3)
    assert [r["round"] for r in out["rounds"]] == [1, 2, 3]
    assert set(out["rounds"][0]["positions"]) == {"A", "B", "C"}
    assert out["forecast"] == out["rounds"][-1]["median"]
    assert out["parameters"]["q"] == 1.0 and out["parameters"]["offer_rule"] == "least_move"


def test_scenario_montecarlo_mali_1000_runs_all_models():
    out = simulate(MALI, model="all", runs=1000, seed=1)
    for m in MODELS:
        d = out["models"][m]["distribution"]
        assert d["runs"] == 1000 and 0 <= d["p5"] <= d["p95"] <= 100
    assert out["models"]["eu"]["capability_source"].startswith("scenario (fallback")
