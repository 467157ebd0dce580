"""Influence-index benchmark: a yearly index over N synthetic events (default 10 million) computed by
realpolitik's `influence()` in DuckDB, next to the same computation in pandas, in the same run.

Method: one DuckDB store is filled with N synthetic events by SQL (25 countries, the 16 PLOVER types
with their Goldstein scores, dates 2000-2022, 2% negated, 5% hypothetical, sectors mixed). Then, each
in a fresh child process so peak memory is its own:
  (a) duckdb — `realpolitik.influence(store, target="MLI", powers=FRA,RUS,CHN,USA, freq="year")`, the
      real code path, reading the store file;
  (b) pandas — the same event layer written in pandas over the events loaded into a DataFrame (load time
      reported separately): filter the power-target dyads, sign and weight each event exactly as the
      index does, and sum the half-life-decayed values per power and year.
Both give each power's yearly event score; the benchmark checks they agree (max abs difference) and
reports wall time, the ratio pandas / duckdb and each process's peak RSS.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

POWERS = ["FRA", "RUS", "CHN", "USA"]
TARGET = "MLI"
TYPES = {  # PLOVER type -> a representative Goldstein score (CAMEO root averages)
    "AGREE": 3.0, "CONSULT": 1.0, "SUPPORT": 3.4, "CONCEDE": 5.0, "COOPERATE": 6.0, "AID": 7.0, "RETREAT": 9.0,
    "REQUEST": -0.1, "ACCUSE": -2.0, "REJECT": -4.0, "THREATEN": -6.0, "PROTEST": -6.5, "SANCTION": -7.0,
    "MOBILIZE": -7.2, "COERCE": -7.0, "ASSAULT": -10.0,
}


def make_store(path: Path, n: int) -> float:
    from realpolitik.store import Store

    countries = POWERS + [TARGET] + ["NER", "BFA", "TCD", "DZA", "SEN", "CIV", "GHA", "NGA", "GBR", "DEU",
                                     "ITA", "ESP", "TUR", "ARE", "EGY", "MAR", "IND", "BRA", "ZAF", "CAN"]
    types = list(TYPES)
    t0 = time.perf_counter()
    with Store(path) as store:
        store.con.execute(f"""
            INSERT INTO events (event_id, source_country, source_code, source_sector, target_country, target_code,
                                target_sector, event_type, mode, cameo, goldstein, quad_class, date, date_precision,
                                negated, hypothetical, confidence, dataset)
            SELECT 'syn:' || i,
                   {countries}[1 + CAST(hash(i, 1) % {len(countries)} AS BIGINT)],
                   NULL,
                   ['GOV', 'MIL', NULL, 'REB', 'CVL', 'BUS'][1 + CAST(hash(i, 2) % 6 AS BIGINT)],
                   {countries}[1 + CAST(hash(i, 3) % {len(countries)} AS BIGINT)],
                   NULL,
                   ['GOV', 'MIL', NULL, 'REB', 'CVL', 'BUS'][1 + CAST(hash(i, 4) % 6 AS BIGINT)],
                   {types}[1 + CAST(hash(i, 5) % {len(types)} AS BIGINT)],
                   NULL, '000', NULL, 1,
                   strftime(DATE '2000-01-01' + CAST(hash(i, 6) % 8400 AS INTEGER), '%Y-%m-%d'), 'day',
                   hash(i, 7) % 50 = 0, hash(i, 8) % 20 = 0, 0.5 + (hash(i, 9) % 50) / 100.0, 'synthetic'
            FROM range({n}) t(i)""")
        cases = " ".join(f"WHEN '{k}' THEN {v}" for k, v in TYPES.items())
        store.con.execute(f"UPDATE events SET goldstein = CASE event_type {cases} END")
    return time.perf_counter() - t0


def run_duckdb(db: str) -> dict:
    import realpolitik
    from realpolitik.store import Store

    t0 = time.perf_counter()
    with Store(db, read_only=True) as store:
        frame = realpolitik.influence(store, target=TARGET, powers=POWERS, freq="year")
    elapsed = time.perf_counter() - t0
    scores = {f"{r.period}/{r.power}": r.event_score for r in frame.itertuples()}
    return {"seconds": elapsed, "scores": scores}


def run_pandas(db: str) -> dict:
    import duckdb
    import numpy as np
    import pandas as pd

    from realpolitik.coding.ontology import WITHDRAWAL_MODES
    from realpolitik.index import load_settings

    s = load_settings()
    t0 = time.perf_counter()
    con = duckdb.connect(db, read_only=True)
    ev = con.execute("SELECT source_country, target_country, source_sector, target_sector, event_type, mode, "
                     "goldstein, date, negated, hypothetical, confidence, dataset FROM events").df()
    con.close()
    load = time.perf_counter() - t0

    t0 = time.perf_counter()
    parts = []
    for power in POWERS:
        out = (ev["source_country"] == power) & (ev["target_country"] == TARGET)
        inc = (ev["source_country"] == TARGET) & (ev["target_country"] == power)
        sel = ev[(out | inc) & ~ev["negated"].fillna(False)].copy()
        sel["outgoing"] = sel["source_country"] == power
        sel["t_sector"] = np.where(sel["outgoing"], sel["target_sector"], sel["source_sector"])
        sel["p_sector"] = np.where(sel["outgoing"], sel["source_sector"], sel["target_sector"])
        sel["power"] = power
        parts.append(sel)
    e = pd.concat(parts, ignore_index=True)
    e["edate"] = pd.to_datetime(e["date"].str.slice(0, 10))
    insurgent = e["t_sector"].isin(list(s.insurgent_sectors))
    public = e["source_sector"].isin(list(s.public_sectors)) | e["target_sector"].isin(list(s.public_sectors))
    is_retreat = e["event_type"] == "RETREAT"
    retreat = is_retreat & (e["mode"].isna() | e["mode"].isin(list(WITHDRAWAL_MODES)))
    retreat_security = retreat | (is_retreat & (e["mode"] == "ceasefire"))
    eased = is_retreat & (e["mode"] == "ease")
    security_aid = e["event_type"].isin(["AID", "COOPERATE"]) & (
        e["mode"].isin(["military", "intelligence", "protection"]) | e["p_sector"].isin(["MIL", "PMC"]))
    economic = eased | (e["event_type"] == "AID") | ((e["event_type"] == "COOPERATE") & (e["mode"] == "economic")) | \
        (e["source_sector"] == "BUS") | (e["target_sector"] == "BUS")
    channel = np.select(
        [insurgent, (e["event_type"] == "PROTEST") | public,
         e["event_type"].isin(["MOBILIZE", "ASSAULT", "COERCE"]) | retreat_security, security_aid, economic],
        ["security", "public_opinion", "security", "security", "economic"], default="diplomatic")
    gold = e["goldstein"].fillna(0.0)
    signed = np.where(retreat, -gold.abs(), gold) * np.where(insurgent, s.insurgent_sign, 1)
    weight = np.where(e["hypothetical"].fillna(False), s.hypothetical_weight, 1.0) \
        * np.where(e["dataset"].notna(), s.dataset_weight, 1.0) \
        * (e["confidence"].fillna(1.0) if s.use_confidence else 1.0)
    cw = pd.Series(channel).map(lambda c: float(s.channel_weights.get(c, 1.0))).to_numpy()
    e["value"] = signed * weight * cw
    horizon = s.half_life_days * s.horizon_half_lives
    scores = {}
    for year in range(2000, 2023):
        end = pd.Timestamp(year=year, month=12, day=31)
        age = (end - e["edate"]).dt.days
        ok = (age >= 0) & (age <= horizon)
        contrib = e["value"].where(ok, 0.0) * np.power(0.5, age / s.half_life_days)
        for power, total in contrib.groupby(e["power"]).sum().items():
            scores[f"{year}/{power}"] = float(total)
    return {"seconds": time.perf_counter() - t0, "load_seconds": load, "scores": scores}


def _child(kind: str, db: str) -> dict:
    """Run one side in a fresh process; return its result and its own peak RSS."""
    code = (f"import json, resource, sys; sys.path.insert(0, {str(Path(__file__).resolve().parent.parent)!r}); "
            f"from bench.index_bench import run_{kind}; r = run_{kind}({db!r}); "
            "r['peak_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024; print(json.dumps(r))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main(n: int = 10_000_000) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bench.duckdb")
        build = make_store(Path(db), n)
        duck = _child("duckdb", db)
        pand = _child("pandas", db)
    keys = set(duck["scores"]) & set(pand["scores"])
    diff = max((abs(duck["scores"][k] - pand["scores"][k]) for k in keys), default=float("nan"))
    return {"events": n, "build_seconds": build, "duckdb_seconds": duck["seconds"], "duckdb_peak_mb": duck["peak_mb"],
            "pandas_seconds": pand["seconds"], "pandas_load_seconds": pand["load_seconds"],
            "pandas_peak_mb": pand["peak_mb"], "ratio": pand["seconds"] / duck["seconds"],
            "max_abs_diff": diff, "compared": len(keys)}


if __name__ == "__main__":
    print(json.dumps(main(int(sys.argv[1]) if len(sys.argv) > 1 else 10_000_000), indent=2))
    print(f"parent peak RSS {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB", file=sys.stderr)
