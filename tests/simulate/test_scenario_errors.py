"""Bad scenarios fail with a UsageError naming the file and the field."""

from __future__ import annotations

import pytest

from realpolitik.errors import UsageError
from realpolitik.simulate import load_scenario, run, scenario_from_dict

GOOD = """\
issue: test
scale: {min: 0, max: 100}
actors:
  - {name: A, position: 10, capability: 1, salience: 0.5}
  - {name: B, position: [60, 90], capability: 0.5, salience: 1}
"""


def _write(tmp_path, text, name="s.yaml"):
    p = tmp_path / name
    p.write_text(text)
    return p


def _fails(tmp_path, text, *needles, name="s.yaml"):
    p = _write(tmp_path, text, name)
    with pytest.raises(UsageError) as info:
        load_scenario(p)
    msg = str(info.value)
    assert str(p) in msg
    for needle in needles:
        assert needle in msg, msg
    return msg


def test_scenario_errors_good_file_loads(tmp_path):
    sc = load_scenario(_write(tmp_path, GOOD))
    assert sc.names == ["A", "B"] and sc.actors[1].position == (60, 90)


def test_scenario_errors_invalid_yaml(tmp_path):
    _fails(tmp_path, "issue: [unclosed\nscale: {min: 0", "invalid YAML")


def test_scenario_errors_unknown_keys(tmp_path):
    _fails(tmp_path, GOOD + "colour: blue\n", "colour", "unknown key")
    _fails(tmp_path, GOOD.replace("salience: 0.5}", "salience: 0.5, weight: 2}"), "actors[0].weight")
    _fails(tmp_path, GOOD.replace("{min: 0, max: 100}", "{min: 0, max: 100, step: 5}"), "scale.step")


def test_scenario_errors_position_outside_scale(tmp_path):
    _fails(tmp_path, GOOD.replace("position: 10", "position: 120"), "actors[0] (A).position", "outside the scale")
    _fails(tmp_path, GOOD.replace("[60, 90]", "[60, 101]"), "actors[1] (B).position")


def test_scenario_errors_non_positive_capability(tmp_path):
    _fails(tmp_path, GOOD.replace("capability: 1,", "capability: 0,"), "actors[0] (A).capability", "> 0")
    _fails(tmp_path, GOOD.replace("capability: 1,", "capability: -2,"), "actors[0] (A).capability")


def test_scenario_errors_salience_outside_unit_interval(tmp_path):
    _fails(tmp_path, GOOD.replace("salience: 0.5", "salience: 1.5"), "actors[0] (A).salience", "[0, 1]")
    _fails(tmp_path, GOOD.replace("salience: 0.5", "salience: [-0.1, 0.5]"), "actors[0] (A).salience")


def test_scenario_errors_single_actor(tmp_path):
    one = GOOD.split("  - {name: B")[0]
    _fails(tmp_path, one, "actors", "at least two actors")


def test_scenario_errors_range_lo_above_hi(tmp_path):
    _fails(tmp_path, GOOD.replace("[60, 90]", "[90, 60]"), "actors[1] (B).position", "lo > hi")
    _fails(tmp_path, GOOD.replace("[60, 90]", "[60, 70, 80]"), "actors[1] (B).position", "[lo, hi]")


def test_scenario_errors_missing_and_mistyped_fields(tmp_path):
    _fails(tmp_path, GOOD.replace("salience: 0.5}", "}").replace(", }", "}"), "actors[0] (A).salience", "required")
    _fails(tmp_path, GOOD.replace("position: 10", "position: ten"), "actors[0] (A).position", "number")
    _fails(tmp_path, GOOD.replace("issue: test\n", ""), "issue", "required")
    _fails(tmp_path, GOOD.replace("{min: 0, max: 100}", "{min: 100, max: 0}"), "scale", "below")
    _fails(tmp_path, GOOD + "status_quo: 150\n", "status_quo", "outside")
    _fails(tmp_path, GOOD.replace("name: B", "name: A"), "actors[1].name", "twice")


def test_scenario_errors_capability_from_needs_store_or_fallback(tmp_path):
    text = GOOD.replace("capability: 0.5, ", "") + "capability_from: influence\ntarget: MLI\npowers_map: {B: RUS}\nperiod: 2021\n"
    _fails(tmp_path, text, "capability_from", "--db")
    _fails(tmp_path, GOOD + "target: MLI\n", "target", "capability_from")
    _fails(tmp_path, GOOD + "capability_from: gdp\n", "capability_from", "influence")
    _fails(tmp_path, GOOD + "capability_from: influence\ntarget: MLI\npowers_map: {Z: RUS}\nperiod: 2021\n",
           "powers_map.Z")


def test_scenario_errors_csv(tmp_path):
    _fails(tmp_path, "Actor,Capability,Position\nA,1,2\n", "header", name="s.csv")
    _fails(tmp_path, "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,x,3,0.5\n", "line 3.Capability", name="s.csv")
    _fails(tmp_path, "Actor,Capability,Position,Salience\nA,1,2,0.5\n", "at least two actors", name="s.csv")
    _fails(tmp_path, "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,0,3,0.5\n", "(B).capability", name="s.csv")
    _fails(tmp_path, "Actor,Capability,Position,Salience\nA,1,2,0.5\nB,1,3,2\n", "(B).salience", name="s.csv")


def test_scenario_errors_missing_file_and_suffix(tmp_path):
    with pytest.raises(UsageError, match="no such scenario"):
        load_scenario(tmp_path / "nope.yaml")
    with pytest.raises(UsageError, match="yaml"):
        load_scenario(_write(tmp_path, GOOD, "s.txt"))


def test_scenario_errors_run_parameters():
    sc = scenario_from_dict({"issue": "x", "scale": {"min": 0, "max": 1}, "actors": [
        {"name": "A", "position": 0, "capability": 1, "salience": 1},
        {"name": "B", "position": 1, "capability": 1, "salience": 1}]})
    with pytest.raises(UsageError, match="model"):
        run(sc, model="nash")
    with pytest.raises(UsageError, match="q"):
        run(sc, q=2)
    with pytest.raises(UsageError, match="runs"):
        run(sc, runs=-1)
