"""`realpolitik simulate` through the CLI."""

import json

from realpolitik.cli import app


def test_cli_simulate_ec_emissions_prints_rounds(runner, shared_data):
    path = shared_data / "benchmarks" / "bdm" / "ec_emissions_1994_actors.csv"
    result = runner.invoke(app, ["simulate", str(path), "--model", "eu", "--rounds", "8", "--q", "1.0",
                                 "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert out["model"] == "eu" and len(out["rounds"]) == 8
    assert abs(out["rounds"][0]["median"] - 8.4) < 0.15 and abs(out["rounds"][0]["mean"] - 7.4) < 0.15
    assert set(out["rounds"][0]["positions"]) >= {"Netherlands", "Germany"}


def test_cli_simulate_mali_scenario_all_models_with_spread(runner, tmp_path, monkeypatch, founding_article):
    monkeypatch.chdir(tmp_path)  # no ./realpolitik.duckdb here: capabilities come from the file
    scenario = str(founding_article.parent / "mali_security_partner.yaml")
    result = runner.invoke(app, ["simulate", scenario, "--model", "all",
                                 "--runs", "200", "--seed", "7", "--format", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.stdout)
    assert set(out["models"]) == {"compromise", "median", "eu"}
    for res in out["models"].values():
        d = res["distribution"]
        assert 0 <= d["p5"] <= d["p50"] <= d["p95"] <= 100
    again = runner.invoke(app, ["simulate", scenario, "--model", "all",
                                "--runs", "200", "--seed", "7", "--format", "json"])
    assert json.loads(again.stdout) == out, "same seed, same distribution"


def test_cli_simulate_bad_scenario_names_the_field(runner, tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("issue: test\nscale: {min: 0, max: 10}\nactors:\n"
                   "  - {name: A, position: 3, capability: 1, salience: 1.5}\n"
                   "  - {name: B, position: 7, capability: 1, salience: 0.5}\n")
    result = runner.invoke(app, ["simulate", str(bad)])
    assert result.exit_code == 2
    assert "salience" in result.stderr and "bad.yaml" in result.stderr
