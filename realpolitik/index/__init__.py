"""Influence index: event layer (influence.py), structural layer (structural.py), what moved a score
(explain.py), and the settings behind them (settings.py, data/index_settings.toml).

    influence(store, *, target, powers, freq="year", start=None, end=None, settings=None) -> DataFrame
    explain(store, *, target, power, period, freq="year", settings=None, limit=50) -> DataFrame
    structural(store, *, powers=None, targets=None, years=None, window=5) -> DataFrame
    load_settings(path=None, **overrides) -> Settings
"""

from realpolitik.index.explain import explain
from realpolitik.index.influence import influence
from realpolitik.index.settings import Settings, load_settings
from realpolitik.index.structural import structural

__all__ = ["Settings", "explain", "influence", "load_settings", "structural"]
