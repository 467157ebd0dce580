"""Bargaining models with scenarios: who wins a contest over one issue, and how sure we are.

    load_scenario(path, *, store=None, db=None) -> Scenario      (YAML or CSV; ranges [lo, hi] allowed)
    run(scenario, *, model="eu", rounds=10, q=1.0, t=1.0, runs=0, seed=0,
        offer_rule="least_move", probability="scholz") -> dict
    simulate(path_or_scenario, *, model=..., store=None, db=None, ...) -> dict   (the CLI's entry point)

Models: "compromise" (capability x salience weighted mean), "median" (weighted median), "eu"
(Bueno de Mesquita's expected-utility model as unravelled by Scholz, Calbert & Smith 2011), or "all".
The models themselves, vectorised over Monte Carlo draws, are in realpolitik.simulate.models.
docs/methodology.md §4 gives the equations and every reading the code makes of the paper.
"""

from realpolitik.simulate.scenario import (
    MODELS,
    Actor,
    Scenario,
    load_scenario,
    run,
    scenario_from_dict,
    simulate,
)

__all__ = ["MODELS", "Actor", "Scenario", "load_scenario", "run", "scenario_from_dict", "simulate"]
