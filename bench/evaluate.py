"""`make eval`: the coder's accuracy gate.

Three sets, all read from ../shared at run time (their text is never copied into the project):
- development gold (`tests/fixtures/gold/dev_gold.jsonl`, annotations written for realpolitik):
  real sentences from ../shared/data/news and the founding article, identified by document id
  and a hash of the sentence text; the coder runs on the whole document and its events in the
  annotated sentences are compared with the annotations;
- the wire sets (`tests/fixtures/gold/wire_dev.jsonl`, 2458 sentences, and `wire_check.jsonl`, 320):
  single news-wire sentences written and annotated for realpolitik (text and annotation ours), scored
  like the GSR; the check set is kept out of development (only its scores are looked at);
- the French incident list (../shared/data/events/mali_incidents_fr.csv: French descriptions with
  perpetrator, target and type columns), a development set for the French coder
  (bench/eval_incidents_fr.py);
- held-out PLOVER GSR (../shared/data/benchmarks/plover_gsr/PLOVER_GSR_CAMEO.txt): report only,
  never tuned on. Each record's sentence is coded alone; the highest-confidence event is its top-1.

And the influence index (needs ../shared): the structural layer's agreement with FBIC (Spearman
rho of security dependence, Russia->X and China->X, 2000-2020), and — with the SIPRI register, the
founding article and the French Malian press in one store — Russia's mean yearly share of influence
in Mali in 2017-2021 against 2008-2012 (FRA, RUS, CHN, USA compared; a year where no power has a
positive score counts as share 0), and whether `explain` for Russia in 2019 names the defence pact
or the Mi-35M deliveries.

Scores are compared with `bench/eval_baseline.json`; the gate fails when any score is lower.
`--update-baseline` pins the current scores (only ever to record an improvement).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
GOLD = ROOT / "tests" / "fixtures" / "gold" / "dev_gold.jsonl"
WIRE = ROOT / "tests" / "fixtures" / "gold" / "wire_dev.jsonl"
WIRE_CHECK = ROOT / "tests" / "fixtures" / "gold" / "wire_check.jsonl"
GSR = SHARED / "data" / "benchmarks" / "plover_gsr" / "PLOVER_GSR_CAMEO.txt"
BASELINE = ROOT / "bench" / "eval_baseline.json"
V05 = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT", "INVESTIGATE": "ACCUSE"}
# CAMEO country codes that differ from ISO 3166-1 alpha-3
CAMEO_TO_ISO = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}
CORPORA = {
    "voa": SHARED / "data" / "news" / "voa_2025.jsonl",
    "fr_press": SHARED / "data" / "news" / "mali_press_fr.jsonl",
    "founding": ROOT / "examples" / "france_russia_mali_2021.txt",
}
FOUNDING_DATE = "2021-09-20"
# counts and descriptive values, reported but not gated (lower is not worse)
UNGATED = {"dev_sentences", "dev_unaligned", "gsr_records", "wire_records", "wire_check_records", "index_rus_share_2008_2012"}


def sentence_hash(text: str) -> str:
    """The id of a sentence in the gold file: sha1 of its whitespace-normalised text, 12 hex digits."""
    return hashlib.sha1(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def _ratio(num: int, den: int) -> float:
    return round(num / den, 3) if den else 0.0


def _code_docs(paths, date=None):
    from realpolitik.coding.pipeline import code_batch
    from realpolitik.ingest import Document, Reader

    docs = [d for d in Reader(default_date=date).read(paths) if isinstance(d, Document)]
    return code_batch(docs)


def eval_dev(gold_path: Path = GOLD) -> dict:
    """Precision/recall of (event type, source country, target country) on the development gold."""
    gold = [json.loads(line) for line in gold_path.read_text(encoding="utf-8").splitlines() if line.strip()]
    results = {}
    for corpus, path in CORPORA.items():
        if any(g["corpus"] == corpus for g in gold):
            results[corpus] = _code_docs([path], FOUNDING_DATE if corpus == "founding" else None)
    tp_type = n_pred = n_gold = 0
    src_ok = tgt_ok = matched = missing = 0
    for g in gold:
        res = results[g["corpus"]]
        sents = {(s["doc_id"], sentence_hash(s["text"])): s["sentence_index"] for s in res.sentences}
        idx = sents.get((g["doc_id"], g["sentence"]))
        if idx is None:
            missing += 1
            n_gold += len(g["events"])
            continue
        pred = [e for e in res.events if e["doc_id"] == g["doc_id"] and e["sentence_index"] == idx]
        n_pred += len(pred)
        n_gold += len(g["events"])
        free = list(pred)
        for ge in g["events"]:
            hit = next((p for p in free if p["event_type"] == ge["event_type"]), None)
            if hit is None:
                continue
            free.remove(hit)
            tp_type += 1
            matched += 1
            src_ok += _country(hit["source"]) == ge.get("source_country")
            tgt_ok += _country(hit["target"]) == ge.get("target_country")
    p, r = _ratio(tp_type, n_pred), _ratio(tp_type, n_gold)
    return {
        "dev_sentences": len(gold), "dev_unaligned": missing,
        "dev_event_precision": p, "dev_event_recall": r,
        "dev_event_f1": round(2 * p * r / (p + r), 3) if p + r else 0.0,
        "dev_source_country_acc": _ratio(src_ok, matched), "dev_target_country_acc": _ratio(tgt_ok, matched),
    }


def _country(actor: dict | None) -> str | None:
    return actor.get("country") if actor else None


def _gold_countries(actors) -> set[str]:
    out = set()
    for a in actors if isinstance(actors, list) else []:
        code = (a.get("code") or "")[:3]
        code = CAMEO_TO_ISO.get(code, code)
        if len(code) == 3 and code not in ("IGO", "NGO", "IMG", "ISM", "MNC"):
            out.add(code)
    return out


def _single_sentences(gold: list[tuple[str, str, str, set, set]], date: str, origin: str) -> dict:
    """Code each (id, text, event type, source countries, target countries) record alone; score the
    highest-confidence event (top-1), any event (any-match) and the top-1's source / target country
    (over the records whose gold names one)."""
    from realpolitik.coding.pipeline import code_batch
    from realpolitik.ingest import Document

    docs = [Document(doc_id=i, text=" ".join(t.split()), lang="en", date=date, origin=origin) for i, t, *_ in gold]
    by_doc: dict[str, list] = {}
    for e in code_batch(docs).events:
        by_doc.setdefault(e["doc_id"], []).append(e)
    top1 = anym = src_n = src_ok = tgt_n = tgt_ok = 0
    for doc_id, _, gold_type, gs, gt in gold:
        events = by_doc.get(doc_id, [])
        best = max(events, key=lambda e: e["confidence"]) if events else None
        top1 += best is not None and best["event_type"] == gold_type
        anym += any(e["event_type"] == gold_type for e in events)
        if gs:
            src_n += 1
            src_ok += best is not None and _country(best["source"]) in gs
        if gt:
            tgt_n += 1
            tgt_ok += best is not None and _country(best["target"]) in gt
    n = len(gold)
    return {"records": n, "top1": _ratio(top1, n), "any_match": _ratio(anym, n),
            "source_country_acc": _ratio(src_ok, src_n), "target_country_acc": _ratio(tgt_ok, tgt_n)}


def eval_gsr(path: Path = GSR) -> dict:
    """Held-out PLOVER GSR: top-1 and any-match event type, source/target country of the top-1."""
    records = [r for r in json.loads(path.read_text(encoding="utf-8")) if r.get("text")]
    gold = [(r["id"], r["text"], V05.get(r["event"], r["event"]), _gold_countries(r.get("source")),
             _gold_countries(r.get("target"))) for r in records]
    return {f"gsr_{k}": v for k, v in _single_sentences(gold, "2000-01-01", str(path)).items()}


def eval_wire(path: Path = WIRE, prefix: str = "wire") -> dict:
    """Our single-sentence wire-style sets (tests/fixtures/gold/wire_dev.jsonl, wire_check.jsonl),
    scored like the GSR. They need nothing from ../shared."""
    records = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    gold = [(r["id"], r["text"], r["event_type"], {r["source_country"]} - {None}, {r["target_country"]} - {None})
            for r in records]
    return {f"{prefix}_{k}": v for k, v in _single_sentences(gold, "2024-06-01", str(path)).items()}


def eval_fr_incidents() -> dict:
    """The French coder on the Malilink incident list (development set; see bench/eval_incidents_fr.py)."""
    from bench.eval_incidents_fr import eval_incidents

    r = eval_incidents()
    return {f"fr_incidents_{k}": r[k] for k in ("coverage", "type_acc", "source_sector_acc", "target_sector_acc")}


def eval_index() -> dict:
    """Validation of the influence index on real data (see the module docstring)."""
    import tempfile

    from realpolitik.index import explain, influence
    from realpolitik.index.validation import fbic_agreement
    from realpolitik.pipeline import Pipeline
    from realpolitik.store import Store

    sipri = SHARED / "data" / "structural" / "sipri_trade_register_2000_2023.csv"
    fbic = SHARED / "data" / "structural" / "fbic_china_russia_1960_2020.csv"
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "eval.duckdb") as store:
        Pipeline().ingest([sipri], store)
        Pipeline(date=FOUNDING_DATE).ingest([CORPORA["founding"], CORPORA["fr_press"]], store)
        rho = fbic_agreement(store, fbic)["rho"]
        shares = influence(store, target="MLI", powers=["FRA", "RUS", "CHN", "USA"], start="2008", end="2021")
        rus = shares[shares["power"] == "RUS"].assign(year=lambda f: f["period"].astype(int))
        early = rus[rus["year"].between(2008, 2012)]["share"].mean()
        late = rus[rus["year"].between(2017, 2021)]["share"].mean()
        why = explain(store, target="MLI", power="RUS", period="2019", limit=10)
        evidence = " ".join(str(x) for x in why["evidence"]).lower()
    names = any(w in evidence for w in ("defense pact", "defence pact", "mi-35m"))
    return {"index_fbic_spearman": round(float(rho), 3), "index_rus_share_2008_2012": round(float(early), 3),
            "index_rus_share_2017_2021": round(float(late), 3),
            "index_rus_share_rise": round(float(late - early), 3), "index_explain_names_pact": int(names)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--update-baseline", action="store_true", help="pin the current scores as the baseline")
    ap.add_argument("--dev-only", action="store_true",
                    help="development gold and wire sets only (for iterating on the coder; the gate runs everything)")
    args = ap.parse_args(argv)
    if not SHARED.is_dir():
        print(f"make eval: {SHARED} is absent; nothing to evaluate (skipped)")
        return 0
    dev = {**eval_dev(), **eval_wire(), **eval_wire(WIRE_CHECK, "wire_check")}
    scores = dev if args.dev_only else {**dev, **eval_fr_incidents(), **eval_gsr(), **eval_index()}
    baseline = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    failed = []
    print(f"{'score':<34}{'now':>8}{'baseline':>10}")
    for key, value in scores.items():
        base = baseline.get(key)
        flag = ""
        if base is not None and key not in UNGATED and value < base:
            failed.append(key)
            flag = "  ← dropped"
        print(f"{key:<34}{value:>8}{'' if base is None else base:>10}{flag}")
    if args.update_baseline and not args.dev_only:
        BASELINE.write_text(json.dumps(scores, indent=2) + "\n")
        print(f"baseline pinned in {BASELINE.relative_to(ROOT)}")
        return 0
    if failed:
        print(f"make eval FAILED: {', '.join(failed)} below the pinned baseline", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
