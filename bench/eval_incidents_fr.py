"""French development check: the coder against the Malilink incident list (../shared, dev only).

`../shared/data/events/mali_incidents_fr.csv` (937 incidents in Mali, 2013-2018, compiled from
Malilink; see ../shared/data/PROVENANCE.md) gives for each incident a short French description
(`evenement`), its type (`type_incident`), perpetrator (`auteur`) and target (`cibles`). Each
`evenement` is coded alone as a French document published on the row's `date`; the
highest-confidence event is the row's *top* event. Scores:

- `coverage`: share of rows with at least one event;
- `type_acc`: the top event's PLOVER type equals the row's mapped type (rows whose type maps);
- `type_any`: any event of the row has the mapped type (same rows);
- `source_sector_acc` / `source_country_acc`: the top event's source against `auteur`
  (rows whose perpetrator is known and maps; a row with no top event counts as wrong);
- `target_sector_acc` / `target_country_acc`: the same for the top event's target and `cibles`.
  Country is scored only where the label's party has a country (not for MINUSMA, NGOs).

This is a DEVELOPMENT set (the project brief allows it for development): it may be looked at and
tuned on, but only with general rules, never rules written for one record. It is not the held-out
benchmark and its scores are not pinned in `bench/eval_baseline.json`.

Label mappings (documented choices)
-----------------------------------
`type_incident` holds one or more labels separated by ";" or "/" (the first is the main one: "Attaque;
Incendie" is an attack that burnt houses). The row's type is the first label that maps:

- ASSAULT (CAMEO 18/19): attaque, assaut/assault, raid, affrontement, accrochage, combat, embuscade,
  riposte, frappe(s) (aériennes), tirs, massacre, assassinat and tentative d'assassinat (CAMEO 185/186),
  exécution, élimination, neutralisation (of people), attentat and tentative d'attentat, explosion,
  mine and véhicule sur mine (roadside bombing, 1833), enlèvement and tentative d'enlèvement (CAMEO 181
  "abduct, hijack, take hostage" is ASSAULT in `data/ontology/cameo.tsv`), lynchage; incendie (1712
  destroy property, which PLOVER's CAMEO2PLOVER-2021 table files under ASSAULT) when it is the main label.
- COERCE (CAMEO 17): arrestation (173), braquage / vol / pillage / enlèvement véhicule (171 seize or
  damage property).
- PROTEST: manifestation (141).
- Not scored (None): opération (a military operation of unstated kind), déminage and every mine
  found / destroyed / neutralised by deminers (no interaction between actors), accident, collision,
  crash, colis suspects, découverte de corps (the act is the secondary label when there is one), and
  secondary-only labels (convoi, campement, communauté, fosse commune).

`auteur` / `cibles` name one or more parties separated by "/", "+", ";" or " ou "; a prediction is
right when it matches ANY listed party (clashes are listed as "GATIA/CMA" on both sides). Each
party maps to (sector, country):

- AMA (Armée malienne, the list's abbreviation), FAMa, armée, gendarmerie -> MIL, MLI
- MINUSMA, casque(s) bleu(s) -> IGO (UN; no country: country not scored)
- Barkhane, Serval, Sabre -> MIL, FRA
- Civil / Civl / Civils and Civil (...) qualifiers, population, villageois, forains, étudiants,
  imam, école, hôtel, car de transport, ambulance, site, bureau de vote -> CVL, MLI;
  ONG, Croix-Rouge, CICR (also "Civil (ONG)", "Civil (CICR)") -> NGO (no country)
- armed groups -> REB, MLI: individus armés (non identifiés), présumé(s) djihadiste(s),
  djihadistes, terroriste(s), bandits armés, rebelles, milices, dozo(s) / chasseurs, poseur de bombe,
  GATIA, CMA, MNLA, MSA, MAA, CJA, Ansar Dine, EIGS, FLM / Front de Libération du Macina,
  Ganda-Izo, CMFPR, Plateforme, Al Mourabitoune, GSIM/JNIM, HCUA, assaillants, groupe d'autodéfense;
  AQMI -> REB, DZA (the project's convention in data/actors/organisations.tsv: founded in Algeria)
- maire, mairie, préfet, gouvernorat, premier ministre, député, administration -> GOV, MLI
  (but "Civil (maire)" stays CVL: the list's author chose civilian there)
- Not scored (None): ND / DN / empty (not determined), "individus non identifiés" (not said to be
  armed), communities named by ethnicity or way of life (Peuhls, Dogons, Nomades, Sédentaires,
  Bambara, Imghad, Doushak, Idourfanes: civilian or militia, undecidable), MOC (mixed patrols),
  Mixte, Suspects, Prisonniers, named individuals.

Run `python -m bench.eval_incidents_fr` for the table, `--diagnose` to list the mismatches.
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
INCIDENTS = SHARED / "data" / "events" / "mali_incidents_fr.csv"


def _fold(s: str) -> str:
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    return " ".join(s.lower().replace("’", "'").split())


# type_incident label (folded) -> PLOVER type; None: known label, not scored
_TYPE_RULES: list[tuple[str, str | None]] = [
    # order matters: the first pattern found in a label decides it
    (r"deminage|mine decouverte|destruction de mine|neutralisation de mine|colis suspect|tentative de minage",
     None),
    (r"accident|collision|crash|decouverte de corps", None),
    (r"enlevement vehicule", "COERCE"),
    (r"arrestation", "COERCE"),
    (r"braquage|vol\b|pillage", "COERCE"),
    (r"^incendie", "ASSAULT"),
    (r"manifestation", "PROTEST"),
    (r"attaque|assaut|assault|raid|affrontement|accrochage|combat|embuscade|riposte|frappe|tirs?\b|"
     r"massacre|assassinat|execution|elimination|neutralisation|attenta|explosion|mine|enlevement|"
     r"lynchage|meurtre", "ASSAULT"),
    (r"operation|convoi|campement|communaute|fosse commune|intervention", None),
]


def map_type(label: str) -> str | None:
    """PLOVER type of a `type_incident` cell: the first of its ";"-separated labels that maps."""
    for part in re.split(r"[;/]", label):
        part = _fold(part)
        if not part:
            continue
        for pat, etype in _TYPE_RULES:
            if re.search(pat, part):
                if etype is not None:
                    return etype
                break
    return None


# party label (folded) -> (sector, country); country None = not scored (IGO, NGO)
_ACTOR_RULES: list[tuple[str, tuple[str, str | None] | None]] = [
    (r"^(nd|dn|)$|non identifies \(|^individus non identifies|^mixte$|^suspects?$|^prisonniers?$|^moc$",
     None),
    (r"\b(ong|cicr|croix-rouge)\b", ("NGO", None)),
    (r"^(ama|fama|armee|gendarmerie|forces de securite)\b", ("MIL", "MLI")),
    (r"minusma|minuma|casques? bleus?", ("IGO", None)),
    (r"barkhane|serval|sabre", ("MIL", "FRA")),
    (r"^aqmi\b", ("REB", "DZA")),
    (r"individus armes|djihadiste|jihadiste|terroriste|bandits?|rebelles?|milices?|miliciens|dozo|chasseur|"
     r"poseurs? de (bombe|mine)|gatia|\bcma\b|mnla|\bmsa\b|\bmaa\b|\bcja\b|ansar ?dine|ansardine|eigs|flm|"
     r"macina|ganda|cmfpr|plateforme|mourabit|moutabit|\bgsim\b|\bjnim\b|hcua|assaillants|autodefense|"
     r"combattants?", ("REB", "MLI")),
    (r"^(civils?|civl|population|villageois|forr?ains|etudiants|imam|ecole|hotel|car de transport|"
     r"ambulance|site|bureau de vote)\b", ("CVL", "MLI")),
    (r"^(maire|mairie|prefet|gouvernorat|premier ministre|depute|administration|sg maire)\b", ("GOV", "MLI")),
    (r"^commercants?$", ("CVL", "MLI")),
    (r"peuh?ls?|dogons?|nomades|sedentaires|bambara|imghad|doushak|idourfane", None),
]


def map_party(label: str) -> tuple[str, str | None] | None:
    """(sector, country) of one party label, or None when it is unknown or not scored."""
    f = _fold(label)
    f = re.sub(r"\(presumee?s?\)", "", f).strip()
    for pat, code in _ACTOR_RULES:
        if re.search(pat, f):
            return code
    return None


def map_actor(label: str) -> list[tuple[str, str | None]]:
    """The scored parties of an `auteur` / `cibles` cell ("GATIA/CMA", "Civil + AMA"); [] if none.
    A qualifier in parentheses belongs to its party ("Civil (ONG)" is one party, an NGO)."""
    parts = re.split(r"\s*(?:/|\+|;| ou )\s*(?![^(]*\))", label)
    out = []
    for p in parts:
        code = map_party(p)
        if code is not None and code not in out:
            out.append(code)
    return out


def load_rows(path: Path = INCIDENTS) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r.get("evenement", "").strip()]


def code_rows(rows: list[dict]):
    """Code every row's `evenement` as a French document; returns {doc_id: [events]}."""
    from realpolitik.coding.pipeline import code_batch
    from realpolitik.ingest import Document

    docs = [Document(doc_id=f"incident-{i}", text=" ".join(r["evenement"].split()), lang="fr",
                     date=(r.get("date") or None), origin=str(INCIDENTS)) for i, r in enumerate(rows)]
    res = code_batch(docs)
    if res.errors:  # a broken lexicon or dictionary must not read as a low score
        raise RuntimeError(f"{len(res.errors)} documents failed to code: {res.errors[0].message}")
    by_doc: dict[str, list[dict]] = {d.doc_id: [] for d in docs}
    for e in res.events:
        by_doc[e["doc_id"]].append(e)
    return by_doc


def top_event(events: list[dict]) -> dict | None:
    """The highest-confidence event; among equals the first in text order (deterministic)."""
    return max(events, key=lambda e: e["confidence"]) if events else None


def _actor_ok(actor: dict | None, gold: list[tuple[str, str | None]]) -> tuple[bool, bool | None]:
    """(sector right, country right) against any of the gold parties. Country is judged against the
    parties of the predicted sector when there are such, else against all parties; None (not
    scored) when none of those parties has a country (MINUSMA, NGOs)."""
    sector = (actor or {}).get("sector")
    country = (actor or {}).get("country")
    same = [g for g in gold if g[0] == sector]
    countries = [c for _, c in (same or gold) if c]
    return bool(same), ((country in countries) if countries else None)


def _ratio(a: int, b: int) -> float:
    return round(a / b, 3) if b else 0.0


def eval_incidents(path: Path = INCIDENTS, diagnose: bool = False) -> dict:
    """Scores of the French coder on the incident list (see the module docstring)."""
    rows = load_rows(path)
    by_doc = code_rows(rows)
    n = covered = type_n = type_ok = type_any = 0
    src = Counter()
    tgt = Counter()
    mismatches: list[str] = []
    for i, r in enumerate(rows):
        events = by_doc[f"incident-{i}"]
        n += 1
        covered += bool(events)
        best = top_event(events)
        gold_type = map_type(r.get("type_incident", ""))
        problems = []
        if gold_type is not None:
            type_n += 1
            ok = best is not None and best["event_type"] == gold_type
            type_ok += ok
            type_any += any(e["event_type"] == gold_type for e in events)
            if not ok:
                problems.append(f"type {best['event_type'] if best else '-'}≠{gold_type}")
        for key, counter, label in (("source", src, "auteur"), ("target", tgt, "cibles")):
            gold = map_actor(r.get(label, ""))
            if not gold:
                continue
            s_ok, c_ok = _actor_ok(best[key] if best else None, gold)
            counter["sector_n"] += 1
            counter["sector_ok"] += s_ok
            if c_ok is not None:
                counter["country_n"] += 1
                counter["country_ok"] += c_ok
            if not s_ok or c_ok is False:
                got = (best or {}).get(key) or {}
                problems.append(f"{key} {got.get('code') or '-'}≠{'|'.join((c or '') + s for s, c in gold)}")
        if diagnose and (problems or not events):
            evs = "; ".join(f"{e['event_type']}({(e['source'] or {}).get('code')}→{(e['target'] or {}).get('code')},"
                            f"{e['confidence']})" for e in events) or "NO EVENT"
            mismatches.append(f"[{i}] {r['evenement']}\n     gold: {r.get('type_incident')!r} "
                              f"{r.get('auteur')!r}→{r.get('cibles')!r}\n     got:  {evs}\n     "
                              f"{', '.join(problems)}")
    if diagnose:
        print("\n".join(mismatches))
        print()
    return {
        "rows": n, "coverage": _ratio(covered, n),
        "type_rows": type_n, "type_acc": _ratio(type_ok, type_n), "type_any": _ratio(type_any, type_n),
        "source_rows": src["sector_n"], "source_sector_acc": _ratio(src["sector_ok"], src["sector_n"]),
        "source_country_acc": _ratio(src["country_ok"], src["country_n"]),
        "target_rows": tgt["sector_n"], "target_sector_acc": _ratio(tgt["sector_ok"], tgt["sector_n"]),
        "target_country_acc": _ratio(tgt["country_ok"], tgt["country_n"]),
    }


def label_counts(path: Path = INCIDENTS) -> dict[str, Counter]:
    rows = load_rows(path)
    return {c: Counter(r.get(c, "") for r in rows) for c in ("type_incident", "auteur", "cibles")}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--path", type=Path, default=INCIDENTS)
    ap.add_argument("--diagnose", action="store_true", help="list the rows where coder and labels disagree")
    ap.add_argument("--labels", action="store_true", help="print the label vocabularies and their mapping")
    args = ap.parse_args(argv)
    if not args.path.exists():
        print(f"{args.path} is absent; nothing to evaluate (skipped)")
        return 0
    if args.labels:
        for col, counts in label_counts(args.path).items():
            print(f"== {col}")
            for lab, k in counts.most_common():
                mapped = map_type(lab) if col == "type_incident" else map_actor(lab)
                print(f"{k:>5}  {lab!r:<60} -> {mapped}")
        return 0
    scores = eval_incidents(args.path, diagnose=args.diagnose)
    print(f"{'score':<22}{'value':>8}")
    for k, v in scores.items():
        print(f"{k:<22}{v:>8}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
