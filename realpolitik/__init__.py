"""realpolitik: which foreign power holds the most influence in a country, how that is changing,
and why — from coded news events and structural datasets.

Public API (imported lazily, so `import realpolitik` does no work):
    analyze(paths, date=None, lang="auto") -> iterator of contract records (CONTRACTS §2)
    Store(path=None, read_only=False)      -> the DuckDB store
    Pipeline(...)                           -> read, code and store in batches
    influence(store, target=, powers=, ...) -> pandas DataFrame of scores and shares per period
    explain(store, target=, power=, period=) -> the events and deliveries behind a score
    structural(store, ...)                  -> arms-transfer bandwidth and dependence per dyad-year
    simulate(scenario, model="eu", ...)     -> bargaining-model forecast of a contest (dict)
"""

from __future__ import annotations

__version__ = "0.1.0"
__all__ = ["Pipeline", "Store", "__version__", "analyze", "explain", "influence", "simulate", "structural"]


def analyze(paths, *, date: str | None = None, lang: str = "auto", workers: int = 1):
    """Code documents and yield contract records (document, event, quote, error), no store needed."""
    from realpolitik.pipeline import Pipeline

    return Pipeline(date=date, lang=lang, workers=workers).analyze(paths)


def __getattr__(name: str):
    if name == "Store":
        from realpolitik.store import Store

        return Store
    if name in ("influence", "explain", "structural"):
        import realpolitik.index as index

        return getattr(index, name)
    if name == "simulate":
        from realpolitik.simulate import simulate

        return simulate
    if name == "Pipeline":
        from realpolitik.pipeline import Pipeline

        return Pipeline
    raise AttributeError(f"module 'realpolitik' has no attribute {name!r}")
