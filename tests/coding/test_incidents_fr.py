"""French security-incident coding on our own invented sentences (incident-report style), and the
development check against the Malilink incident list (../shared; skipped when absent)."""

import importlib
import sys
from pathlib import Path

import pytest

from realpolitik.coding.pipeline import code_batch
from realpolitik.ingest import Document

ROOT = Path(__file__).resolve().parents[2]


def events(text: str, date: str = "2017-06-15") -> list[tuple]:
    res = code_batch([Document(doc_id="t", text=text, date=date, lang="fr", origin="test")])
    return [(e["event_type"], e["cameo"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code"))
            for e in res.events]


def top(text: str, date: str = "2017-06-15") -> tuple:
    res = code_batch([Document(doc_id="t", text=text, date=date, lang="fr", origin="test")])
    assert res.events, f"no event in {text!r}"
    e = max(res.events, key=lambda e: e["confidence"])
    return e["event_type"], e["cameo"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code")


def test_incidents_fr_armed_men_are_rebels_and_no_act_of_arming():
    got = events("Des hommes armés ont tiré sur des forains.")
    assert ("ASSAULT", "193", "REB", "CVL") in got
    assert not any(e[0] == "AID" for e in got), "« armés » is a participle, not « armer » (AID)"
    assert not any(e[0] == "AID" for e in events("Des individus armés non identifiés attaquent un village."))


def test_incidents_fr_arming_with_an_object_is_still_aid():
    assert [e[:3] for e in events("Le Soudan a armé les milices.")] == [("AID", "072", "SDN")]


def test_incidents_fr_unidentified_gunmen_and_bandits():
    assert top("Des individus armés ont enlevé deux chauffeurs.") == ("ASSAULT", "181", "REB", "CVL")
    assert top("Des bandits armés ont dévalisé des commerçants sur la route de Gao.") == ("COERCE", "171", "REB", "CVL")


def test_incidents_fr_robbery_verbs_are_coerce():
    assert top("Des individus armés ont braqué un car de transport.")[:3] == ("COERCE", "171", "REB")
    assert top("Les assaillants ont dépouillé les passagers.") == ("COERCE", "171", "REB", "CVL")
    # arson destroys property: CAMEO 1712, which PLOVER's conversion table files under ASSAULT
    assert top("Les assaillants ont incendié un poste de douane.") == ("ASSAULT", "1712", "REB", "GOV")


def test_incidents_fr_killings_of_civilians():
    assert top("Des hommes armés ont abattu un chef de village.") == ("ASSAULT", "1823", "REB", "CVL")
    assert top("Des terroristes ont égorgé deux bergers.") == ("ASSAULT", "1823", "REB", "CVL")
    assert top("Des djihadistes ont exécuté sommairement trois otages.") == ("ASSAULT", "1823", "REB", "CVL")


def test_incidents_fr_repelling_attackers_is_force_not_rejection():
    assert top("Les gendarmes ont repoussé les assaillants.") == ("ASSAULT", "190", "MIL", "REB")
    assert top("Les soldats ont mis en déroute les assaillants.") == ("ASSAULT", "190", "MIL", "REB")


def test_incidents_fr_storming_and_taking_prisoners():
    assert top("La force Barkhane a pris d'assaut une base des djihadistes.")[:3] == ("ASSAULT", "190", "FRAMIL")
    assert top("Les militaires ont fait prisonniers trois combattants.") == ("ASSAULT", "181", "MIL", "REB")


def test_incidents_fr_shelling_falls_on_its_target():
    # « s'abattre sur » is shelling, not « abattre » (to kill); the shells are no actor
    assert top("Des obus se sont abattus sur le camp des casques bleus.") == ("ASSAULT", "194", None, "MIL")


def test_incidents_fr_mine_on_the_way_of_a_convoy_targets_the_convoy():
    assert top("Une mine a sauté au passage d'un convoi de la MINUSMA.") == ("ASSAULT", "1833", None, "IGOUNO")
    assert top("Des jihadistes ont posé une mine sur la route.")[:3] == ("ASSAULT", "1833", "REB")


def test_incidents_fr_nominal_clashes_between_groups():
    got = top("Combats entre le MSA et des jihadistes près de Ménaka.")
    assert got[0] == "ASSAULT" and got[2] == "MLIREB"


def test_incidents_fr_nominal_riposte_takes_its_doer_from_de():
    got = top("La riposte de l'armée malienne contre les assaillants a fait dix morts.")
    assert got[:3] == ("ASSAULT", "190", "MLIMIL")


def test_incidents_fr_security_forces_and_customs():
    assert top("Les douaniers ont interpellé deux suspects.")[:3] == ("COERCE", "173", "GOV")
    assert top("Des kamikazes se sont attaqués à une patrouille de gardes nationaux.")[0] == "ASSAULT"
    assert top("Les chasseurs dozos ont attaqué un campement.")[:3] == ("ASSAULT", "190", "REB")


def test_incidents_fr_malian_armed_movements_are_known():
    # two Malian armed groups share the code MLIREB: events.py then leaves the target empty
    assert top("Le MSA a attaqué une position du GATIA.", date="2017-03-01")[:3] == ("ASSAULT", "190", "MLIREB")
    assert top("Des combattants du MAA ont enlevé un commerçant.", date="2016-05-01")[2] == "MLIREB"


# Scores reached on ../shared/data/events/mali_incidents_fr.csv when this test was written (2026-11-29):
# coverage 0.331, type accuracy of the top event 0.284 (before the French incident vocabulary: 0.27 and
# 0.204). The floor is those values minus 0.02.
INCIDENTS_FLOOR = {"coverage": 0.31, "type_acc": 0.26}


def test_incidents_fr_malilink_development_scores(shared_data):
    path = shared_data / "events" / "mali_incidents_fr.csv"
    if not path.exists():
        pytest.skip(f"{path} is absent")
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    scores = importlib.import_module("bench.eval_incidents_fr").eval_incidents(path)
    assert scores["rows"] == 937
    for key, floor in INCIDENTS_FLOOR.items():
        assert scores[key] >= floor, (key, scores[key], floor)


def test_pipeline_adjectival_agent_reads_the_mention_head():
    # the mention's last word is a participle, its head a noun: still an actor
    assert top("Des individus armés ont incendié un entrepôt à Sévaré.")[2] in ("REB", "MLIREB")


def test_events_verb_inside_actor_mention_is_no_trigger():
    got = events("Des hommes armés ont dévalisé un commerçant près de Ségou.")
    assert not any(e[0] == "AID" for e in got)
    assert any(e[0] == "COERCE" for e in got)


def test_events_two_groups_with_one_code_are_two_actors():
    assert ("ASSAULT", "190", "MLIREB", "MLIREB") in events("Le GATIA a attaqué le MNLA au nord d'Anéfis.")


def test_events_french_noun_par_phrase_is_source_de_phrase_target():
    e = top("L'attaque du poste de douane par des individus armés a fait deux blessés.")
    assert e[0] == "ASSAULT" and e[2] in ("REB", "MLIREB") and e[3] != e[2]


def test_events_french_noun_de_phrase_holding_an_actor_is_target():
    e = top("Attaque du campement de la MINUSMA près de Tessalit")
    assert e[0] == "ASSAULT" and e[2] is None and e[3] == "IGOUNO"


def test_events_headline_noun_gets_the_main_clause_bonus():
    res = code_batch([Document(doc_id="t", text="Attaque du campement de la MINUSMA près de Tessalit",
                               date="2017-06-15", lang="fr", origin="test")])
    assert [e["confidence"] for e in res.events] == [0.5]  # 0.35 noun + 0.12 target + 0.03 headline
