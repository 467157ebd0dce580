"""Scenarios (YAML or CSV), their validation, and Monte Carlo runs of the bargaining models.

    load_scenario(path, *, store=None, db=None) -> Scenario
    run(scenario, *, model="eu", rounds=10, q=1.0, t=1.0, runs=0, seed=0, ...) -> dict
    simulate(source, *, model=..., store=None, db=None, ...) -> dict     (what the CLI calls)

A value in a scenario is a number or a range ``[lo, hi]``. The forecast and its rounds use the point
value (a range's midpoint); with ``runs=N`` every ranged value is also drawn uniformly N times and the
models run on each draw, giving the distribution of the forecast. docs/methodology.md §4 has the details.
"""

from __future__ import annotations

import csv
import math
from dataclasses import dataclass, field, replace
from pathlib import Path

import numpy as np

from realpolitik.errors import UsageError
from realpolitik.simulate import models

MODELS = ("compromise", "median", "eu")
TOP_KEYS = {"issue", "description", "scale", "status_quo", "actors", "capability_from", "target",
            "powers_map", "powers", "period", "capability_scale", "notes"}
SCALE_KEYS = {"min", "max", "labels"}
ACTOR_KEYS = {"name", "position", "capability", "salience", "note"}
CSV_COLUMNS = ("Actor", "Capability", "Position", "Salience")
HIST_BINS = 20


@dataclass(frozen=True)
class Actor:
    name: str
    position: tuple[float, float]     # (lo, hi); lo == hi for a fixed value
    capability: tuple[float, float]
    salience: tuple[float, float]

    def point(self, attr: str) -> float:
        lo, hi = getattr(self, attr)
        return (lo + hi) / 2


@dataclass(frozen=True)
class Scenario:
    issue: str
    scale_min: float
    scale_max: float
    actors: tuple[Actor, ...]
    labels: dict = field(default_factory=dict)
    status_quo: float | None = None
    source: str = "<scenario>"
    capability_source: str = "scenario"

    @property
    def names(self) -> list[str]:
        return [a.name for a in self.actors]

    def bounds(self, attr: str) -> tuple[np.ndarray, np.ndarray]:
        vals = np.array([getattr(a, attr) for a in self.actors], dtype=float)
        return vals[:, 0], vals[:, 1]

    def points(self, attr: str) -> np.ndarray:
        lo, hi = self.bounds(attr)
        return (lo + hi) / 2


# -- reading and validation --------------------------------------------------------------------------
def _fail(source: str, where: str, message: str) -> UsageError:
    return UsageError(f"{source}: {where}: {message}")


def _number(value, source: str, where: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _fail(source, where, f"expected a number, got {value!r}")
    if not math.isfinite(value):
        raise _fail(source, where, f"expected a finite number, got {value!r}")
    return float(value)


def _value(value, source: str, where: str) -> tuple[float, float]:
    """A number or a range [lo, hi] -> (lo, hi)."""
    if isinstance(value, list | tuple):
        if len(value) != 2:
            raise _fail(source, where, f"a range is [lo, hi] (two numbers), got {value!r}")
        lo, hi = (_number(v, source, where) for v in value)
        if lo > hi:
            raise _fail(source, where, f"range [{lo:g}, {hi:g}] has lo > hi")
        return lo, hi
    v = _number(value, source, where)
    return v, v


def _check_actor(actor: Actor, i: int, smin: float, smax: float, source: str) -> None:
    where = f"actors[{i}] ({actor.name})"
    lo, hi = actor.position
    if lo < smin or hi > smax:
        raise _fail(source, f"{where}.position", f"{_show(actor.position)} is outside the scale [{smin:g}, {smax:g}]")
    if actor.capability[0] <= 0:
        raise _fail(source, f"{where}.capability", f"{_show(actor.capability)} must be > 0")
    if actor.salience[0] < 0 or actor.salience[1] > 1:
        raise _fail(source, f"{where}.salience", f"{_show(actor.salience)} is outside [0, 1]")


def _show(v: tuple[float, float]) -> str:
    return f"{v[0]:g}" if v[0] == v[1] else f"[{v[0]:g}, {v[1]:g}]"


def _check_actors(actors: list[Actor], smin: float, smax: float, source: str) -> None:
    if len(actors) < 2:
        raise _fail(source, "actors", f"a bargaining model needs at least two actors, got {len(actors)}")
    seen: set[str] = set()
    for i, a in enumerate(actors):
        if a.name in seen:
            raise _fail(source, f"actors[{i}].name", f"{a.name!r} appears twice")
        seen.add(a.name)
        _check_actor(a, i, smin, smax, source)
    if all(a.salience[0] <= 0 for a in actors):
        raise _fail(source, "actors", "every salience may be 0: at least one actor needs salience > 0")


def _load_csv(path: Path) -> Scenario:
    source = str(path)
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            header = [h.strip() for h in (reader.fieldnames or [])]
            if sorted(header) != sorted(CSV_COLUMNS):
                raise _fail(source, "header", f"expected the columns {','.join(CSV_COLUMNS)}, got {','.join(header) or 'none'}")
            rows = list(reader)
    except OSError as exc:
        raise UsageError(f"{source}: cannot read: {exc.strerror or exc}") from None
    actors = []
    for n, row in enumerate(rows, start=2):
        row = {(k or "").strip(): (v or "").strip() for k, v in row.items()}
        vals = {}
        for col in CSV_COLUMNS[1:]:
            try:
                vals[col] = float(row[col])
            except ValueError:
                raise _fail(source, f"line {n}.{col}", f"expected a number, got {row[col]!r}") from None
            if not math.isfinite(vals[col]):
                raise _fail(source, f"line {n}.{col}", f"expected a finite number, got {row[col]!r}")
        if not row["Actor"]:
            raise _fail(source, f"line {n}.Actor", "empty actor name")
        actors.append(Actor(row["Actor"], (vals["Position"],) * 2, (vals["Capability"],) * 2, (vals["Salience"],) * 2))
    if len(actors) >= 2:
        smin, smax = min(a.position[0] for a in actors), max(a.position[1] for a in actors)
        if smin == smax:
            raise _fail(source, "Position", f"every actor is at {smin:g}: there is nothing to bargain over")
    else:
        smin = smax = 0.0
    _check_actors(actors, smin, smax, source)
    return Scenario(issue=path.stem, scale_min=smin, scale_max=smax, actors=tuple(actors), source=source)


def _load_yaml(path: Path, store=None, db=None) -> Scenario:
    import yaml

    source = str(path)
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{source}: cannot read: {exc.strerror or exc}") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"line {mark.line + 1}" if mark is not None else "YAML"
        raise _fail(source, where, f"invalid YAML: {getattr(exc, 'problem', None) or exc}") from None
    return scenario_from_dict(data, source=source, store=store, db=db)


def scenario_from_dict(data, *, source: str = "<scenario>", store=None, db=None) -> Scenario:
    """Validate a parsed YAML document (a mapping) and build the Scenario."""
    if not isinstance(data, dict):
        raise _fail(source, "top level", "expected a mapping with issue, scale and actors")
    unknown = sorted(set(map(str, data)) - TOP_KEYS)
    if unknown:
        raise _fail(source, unknown[0], f"unknown key (allowed: {', '.join(sorted(TOP_KEYS))})")
    issue = data.get("issue")
    if not isinstance(issue, str) or not issue.strip():
        raise _fail(source, "issue", "required: a sentence naming the issue and what the scale's ends mean")
    scale = data.get("scale")
    if not isinstance(scale, dict):
        raise _fail(source, "scale", "required: a mapping {min, max, labels}")
    bad = sorted(set(map(str, scale)) - SCALE_KEYS)
    if bad:
        raise _fail(source, f"scale.{bad[0]}", "unknown key (allowed: min, max, labels)")
    if "min" not in scale or "max" not in scale:
        raise _fail(source, "scale", "needs both min and max")
    smin, smax = _number(scale["min"], source, "scale.min"), _number(scale["max"], source, "scale.max")
    if smin >= smax:
        raise _fail(source, "scale", f"min ({smin:g}) must be below max ({smax:g})")
    labels = scale.get("labels") or {}
    if isinstance(labels, list):
        labels = dict(zip(np.linspace(smin, smax, len(labels)).tolist(), labels, strict=True)) if len(labels) > 1 else {}
    if not isinstance(labels, dict):
        raise _fail(source, "scale.labels", "expected a mapping {position: label} or a list of labels")
    labels = {float(_number(k, source, f"scale.labels.{k}")): str(v) for k, v in labels.items()}
    status_quo = data.get("status_quo")
    if status_quo is not None:
        status_quo = _number(status_quo, source, "status_quo")
        if not smin <= status_quo <= smax:
            raise _fail(source, "status_quo", f"{status_quo:g} is outside the scale [{smin:g}, {smax:g}]")
    raw = data.get("actors")
    if not isinstance(raw, list):
        raise _fail(source, "actors", "required: a list of {name, position, capability, salience}")
    mapped = _mapped_actors(data, source)
    actors = []
    for i, item in enumerate(raw):
        if not isinstance(item, dict):
            raise _fail(source, f"actors[{i}]", "expected a mapping {name, position, capability, salience}")
        bad = sorted(set(map(str, item)) - ACTOR_KEYS)
        if bad:
            raise _fail(source, f"actors[{i}].{bad[0]}", f"unknown key (allowed: {', '.join(sorted(ACTOR_KEYS))})")
        name = item.get("name")
        if not isinstance(name, str) or not name.strip():
            raise _fail(source, f"actors[{i}].name", "required: a non-empty name")
        vals = {}
        for key in ("position", "capability", "salience"):
            if key not in item:
                if key == "capability" and name in mapped:
                    vals[key] = (math.nan, math.nan)
                    continue
                raise _fail(source, f"actors[{i}] ({name}).{key}", "required")
            vals[key] = _value(item[key], source, f"actors[{i}] ({name}).{key}")
        actors.append(Actor(name.strip(), vals["position"], vals["capability"], vals["salience"]))
    cap_source = "scenario"
    if mapped:
        names = {a.name for a in actors}
        missing = sorted(set(mapped) - names)
        if missing:
            raise _fail(source, f"powers_map.{missing[0]}", "is not the name of an actor in the scenario")
        actors, cap_source = _capabilities_from_index(data, actors, mapped, source, store, db)
    _check_actors(actors, smin, smax, source)
    return Scenario(issue=issue.strip(), scale_min=smin, scale_max=smax, actors=tuple(actors), labels=labels,
                    status_quo=status_quo, source=source, capability_source=cap_source)


def _mapped_actors(data: dict, source: str) -> dict[str, str]:
    cf = data.get("capability_from")
    extra = [k for k in ("target", "powers_map", "powers", "period", "capability_scale") if k in data]
    if cf is None:
        if extra:
            raise _fail(source, extra[0], "only meaningful with capability_from: influence")
        return {}
    if cf != "influence":
        raise _fail(source, "capability_from", f"the only source is 'influence', got {cf!r}")
    target = data.get("target")
    if not isinstance(target, str) or len(target.strip()) != 3:
        raise _fail(source, "target", "required with capability_from: the target country, ISO3 (e.g. MLI)")
    pm = data.get("powers_map")
    if not isinstance(pm, dict) or not pm:
        raise _fail(source, "powers_map", "required with capability_from: {actor name: ISO3}")
    for name, code in pm.items():
        if not isinstance(code, str) or len(code.strip()) != 3:
            raise _fail(source, f"powers_map.{name}", f"expected an ISO3 code, got {code!r}")
    powers = data.get("powers")
    if powers is not None and (not isinstance(powers, list) or not all(isinstance(p, str) and len(p.strip()) == 3 for p in powers)):
        raise _fail(source, "powers", f"expected a list of ISO3 codes, got {powers!r}")
    if "period" not in data:
        raise _fail(source, "period", "required with capability_from: the index period whose shares to use (e.g. 2021)")
    if "capability_scale" in data and _number(data["capability_scale"], source, "capability_scale") <= 0:
        raise _fail(source, "capability_scale", "must be > 0")
    return {str(k): str(v).strip().upper() for k, v in pm.items()}


def _capabilities_from_index(data, actors, mapped, source, store, db):
    """capability = share of influence over `target` in `period` x capability_scale, for mapped actors."""
    target, period = data["target"].strip().upper(), str(data["period"])
    factor = float(data.get("capability_scale", 1.0))
    if store is None and db is None:
        unset = [a.name for a in actors if a.name in mapped and math.isnan(a.capability[0])]
        if unset:
            raise _fail(source, "capability_from", f"capabilities of {', '.join(unset)} come from the influence "
                        "index: give a store (--db), or a fallback capability for each mapped actor")
        return actors, "scenario (fallback values: no store given)"
    from realpolitik.index import influence

    powers = [p.strip().upper() for p in data.get("powers") or []]
    powers = list(dict.fromkeys(powers + sorted(set(mapped.values()) - set(powers))))

    def compute(st):
        return influence(st, target=target, powers=powers, freq="year", start=period, end=period)

    if store is not None:
        frame = compute(store)
    else:
        from realpolitik.store import Store

        with Store(db, read_only=True) as st:
            frame = compute(st)
    if frame.empty:
        raise _fail(source, "period", f"the influence index has no period {period} for {target}")
    frame = frame[frame["period"].astype(str).str.startswith(period[:4])]
    shares = dict(zip(frame["power"], frame["share"], strict=False))
    out = []
    for a in actors:
        if a.name in mapped:
            share = float(shares.get(mapped[a.name], 0.0))
            if not share > 0:
                raise _fail(source, f"powers_map.{a.name}", f"{mapped[a.name]}'s share of influence over {target} in "
                            f"{period} is {share:g}: a capability must be > 0 (choose another period or set it by hand)")
            a = replace(a, capability=(share * factor,) * 2)
        out.append(a)
    return out, (f"influence index: share of influence over {target} among {','.join(powers)} in {period}"
                 f" x {factor:g}")


def load_scenario(path, *, store=None, db=None) -> Scenario:
    """Read a scenario: .yaml/.yml, or .csv with the columns Actor,Capability,Position,Salience.

    `store` (an open Store) or `db` (a store path, opened read-only) is needed only when the scenario
    takes capabilities from the influence index (`capability_from: influence`).
    """
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"{path}: no such scenario file")
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return _load_csv(path)
    if suffix in (".yaml", ".yml"):
        return _load_yaml(path, store=store, db=db)
    raise UsageError(f"{path}: a scenario is a .yaml/.yml or a .csv file (Actor,Capability,Position,Salience)")


# -- running -----------------------------------------------------------------------------------------
def _model_batch(model: str, x, c, s, span, rounds, q, t, offer_rule, probability):
    if model == "compromise":
        return models.compromise(x, c, s), None
    if model == "median":
        return models.weighted_median(x, c * s), None
    res = models.expected_utility_model(x, c, s, rounds=rounds, q=q, t=t, span=span,
                                        offer_rule=offer_rule, probability=probability)
    return res.forecast, res


def _distribution(values: np.ndarray, runs: int, seed, lo: float, hi: float) -> dict:
    values = np.asarray(values, dtype=float)
    p5, p50, p95 = np.percentile(values, [5, 50, 95])
    counts, edges = np.histogram(np.clip(values, lo, hi), bins=HIST_BINS, range=(lo, hi))
    return {"runs": runs, "seed": seed, "mean": float(values.mean()),
            "sd": float(values.std(ddof=1)) if runs > 1 else 0.0,
            "p5": float(p5), "p50": float(p50), "p95": float(p95),
            "histogram": {"edges": [float(e) for e in edges], "counts": [int(n) for n in counts]}}


def _draw(scenario: Scenario, runs: int, seed) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Uniform draws, in a fixed order (positions, then capabilities, then saliences), one row per run."""
    rng = np.random.default_rng(seed)
    out = []
    for attr in ("position", "capability", "salience"):
        lo, hi = scenario.bounds(attr)
        out.append(rng.uniform(lo, hi, size=(runs, len(lo))))
    return tuple(out)


def run(scenario: Scenario, *, model: str = "eu", rounds: int = 10, q: float = 1.0, t: float = 1.0,
        runs: int = 0, seed: int | None = 0, offer_rule: str = "least_move", probability: str = "scholz") -> dict:
    """Run one model (compromise, median, eu) or all of them on a scenario.

    The forecast and the rounds come from the point values (ranges at their midpoints); with runs > 0
    the distribution of the forecast over `runs` uniform draws, reproducible for a given seed.
    """
    if model != "all" and model not in MODELS:
        raise UsageError(f"model must be one of {', '.join(MODELS)} or all, got {model!r}")
    if rounds < 0:
        raise UsageError(f"rounds must be >= 0, got {rounds}")
    if runs < 0:
        raise UsageError(f"runs must be >= 0, got {runs}")
    for name, val in (("q", q), ("t", t)):
        if not 0.0 <= val <= 1.0:
            raise UsageError(f"{name} is a probability: it must lie in [0, 1], got {val}")
    if offer_rule not in models.OFFER_RULES:
        raise UsageError(f"offer rule must be one of {', '.join(models.OFFER_RULES)}, got {offer_rule!r}")
    if probability not in models.PROBABILITY_RULES:
        raise UsageError(f"probability rule must be one of {', '.join(models.PROBABILITY_RULES)}, got {probability!r}")
    names = scenario.names
    span = scenario.scale_max - scenario.scale_min
    x, c, s = (scenario.points(a) for a in ("position", "capability", "salience"))
    draws = _draw(scenario, runs, seed) if runs > 0 else None
    params = {"rounds": rounds, "q": q, "t": t, "offer_rule": offer_rule, "probability": probability}
    header = {
        "issue": scenario.issue, "source": scenario.source,
        "scale": {"min": scenario.scale_min, "max": scenario.scale_max,
                  "labels": {f"{k:g}": v for k, v in scenario.labels.items()}},
        "status_quo": scenario.status_quo, "capability_source": scenario.capability_source,
        "actors": [{"name": n, "position": float(x[i]), "capability": float(c[i]), "salience": float(s[i])}
                   for i, n in enumerate(names)],
    }

    def one(name: str) -> dict:
        forecast, res = _model_batch(name, x, c, s, span, rounds, q, t, offer_rule, probability)
        out = {"model": name, "forecast": float(forecast[0]), **header,
               "parameters": params if name == "eu" else {}, "rounds": [], "distribution": None}
        if res is not None:
            out["initial"] = {"median": float(res.initial_median[0]), "mean": float(res.initial_mean[0])}
            kinds = {1: models.CONFLICT, 2: models.COMPROMISE, 3: models.CAPITULATION}
            for k in range(len(res.median)):
                moves = {names[i]: {"kind": kinds[int(res.kind[k, 0, i])], "with": names[int(res.partner[k, 0, i])]}
                         for i in range(len(names)) if res.kind[k, 0, i]}
                out["rounds"].append({
                    "round": k + 1, "median": float(res.median[k, 0]), "mean": float(res.mean[k, 0]),
                    "positions": {n: float(res.positions[k, 0, i]) for i, n in enumerate(names)},
                    "risk": {n: float(res.risk[k, 0, i]) for i, n in enumerate(names)},
                    "moves": moves,
                })
        if draws is not None:
            values, _ = _model_batch(name, *draws, span, rounds, q, t, offer_rule, probability)
            out["distribution"] = _distribution(values, runs, seed, scenario.scale_min, scenario.scale_max)
        return out

    if model != "all":
        return one(model)
    return {"model": "all", "issue": scenario.issue, "source": scenario.source,
            "models": {name: one(name) for name in MODELS}}


def simulate(source, *, model: str = "eu", rounds: int = 10, q: float = 1.0, t: float = 1.0, runs: int = 0,
             seed: int | None = 0, store=None, db=None, offer_rule: str = "least_move",
             probability: str = "scholz") -> dict:
    """Load a scenario file (or take a Scenario) and run it: what `realpolitik simulate` calls."""
    scenario = source if isinstance(source, Scenario) else load_scenario(source, store=store, db=db)
    return run(scenario, model=model, rounds=rounds, q=q, t=t, runs=runs, seed=seed,
               offer_rule=offer_rule, probability=probability)
