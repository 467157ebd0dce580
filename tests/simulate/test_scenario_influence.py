"""Capabilities taken from the influence index (capability_from: influence)."""

from __future__ import annotations

import pandas as pd
import pytest

import realpolitik.index
from realpolitik.errors import UsageError
from realpolitik.simulate import scenario_from_dict

DOC = {
    "issue": "partner", "scale": {"min": 0, "max": 100},
    "capability_from": "influence", "target": "MLI", "powers": ["FRA", "RUS", "CHN", "USA"],
    "powers_map": {"France": "FRA", "Russia": "RUS"}, "period": 2021, "capability_scale": 2.0,
    "actors": [
        {"name": "France", "position": 0, "capability": 0.1, "salience": 0.6},
        {"name": "Russia", "position": 100, "salience": 0.7},
        {"name": "junta", "position": 75, "capability": 1, "salience": 0.9},
    ],
}


@pytest.fixture
def fake_index(monkeypatch):
    calls = []

    def fake(store, *, target, powers, freq="year", start=None, end=None, settings=None):
        calls.append({"target": target, "powers": powers, "start": start, "end": end})
        return pd.DataFrame({"period": ["2021"] * 4, "power": ["FRA", "RUS", "CHN", "USA"],
                             "share": [0.08, 0.86, 0.04, 0.02]})

    monkeypatch.setattr(realpolitik.index, "influence", fake)
    return calls


def test_scenario_influence_shares_become_capabilities(fake_index):
    sc = scenario_from_dict(DOC, store=object())
    caps = {a.name: a.capability for a in sc.actors}
    assert caps["France"] == pytest.approx((0.16, 0.16)) and caps["Russia"] == pytest.approx((1.72, 1.72))
    assert caps["junta"] == (1, 1)
    assert fake_index[0] == {"target": "MLI", "powers": ["FRA", "RUS", "CHN", "USA"], "start": "2021", "end": "2021"}
    assert sc.capability_source.startswith("influence index")


def test_scenario_influence_zero_share_is_an_error(monkeypatch):
    monkeypatch.setattr(realpolitik.index, "influence", lambda store, **kw: pd.DataFrame(
        {"period": ["2021", "2021"], "power": ["FRA", "RUS"], "share": [0.0, 1.0]}))
    with pytest.raises(UsageError, match="powers_map.France.*share"):
        scenario_from_dict(DOC, store=object())


def test_scenario_influence_fallback_needs_every_mapped_capability():
    with pytest.raises(UsageError, match="Russia"):
        scenario_from_dict(DOC)
    doc = {**DOC, "actors": [dict(a, capability=a.get("capability", 0.9)) for a in DOC["actors"]]}
    assert scenario_from_dict(doc).capability_source.startswith("scenario (fallback")
