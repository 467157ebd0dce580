"""The annotation files we ship are well formed, so `make eval` scores what they say."""

import json
from pathlib import Path

import pytest

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "gold"


@pytest.mark.parametrize("name", ["wire_dev.jsonl", "wire_check.jsonl"])
def test_gold_wire_records_are_well_formed(name):
    from realpolitik.coding.actors import ActorDictionary
    from realpolitik.coding.ontology import PLOVER_TYPES, Ontology

    onto, actors = Ontology.load(), ActorDictionary.load()
    records = [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines() if line.strip()]
    assert records and len({r["id"] for r in records}) == len(records)
    for r in records:
        assert r["text"].strip() and r["event_type"] in PLOVER_TYPES, r["id"]
        for key in ("source_country", "target_country"):
            assert r[key] is None or actors.country_name(r[key]), (r["id"], key, r[key])
        if "cameo" in r:
            assert onto.cameo(r["cameo"]).plover == r["event_type"], r["id"]


def test_gold_wire_scoring_counts_top1_and_countries():
    from bench.evaluate import _single_sentences

    gold = [("w1", "France signed a defence agreement with Mali.", "SUPPORT", {"FRA"}, {"MLI"}),
            ("w2", "France signed a defence agreement with Mali.", "ASSAULT", {"MLI"}, set())]
    got = _single_sentences(gold, "2020-01-01", "test")
    assert got == {"records": 2, "top1": 0.5, "any_match": 0.5, "source_country_acc": 0.5,
                   "target_country_acc": 1.0}
