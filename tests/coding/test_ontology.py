"""Ontology tables: cameo.tsv / plover.tsv consistency and the verb dictionaries' agreement with them."""

from __future__ import annotations

import pytest

from realpolitik.coding.events import VerbLexicon
from realpolitik.coding.ontology import PLOVER_TYPES, Ontology, map_v05_label, quad_class_for


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


def test_ontology_has_sixteen_plover_types():
    assert len(PLOVER_TYPES) == 16 and len(set(PLOVER_TYPES)) == 16
    assert Ontology.PLOVER_TYPES == PLOVER_TYPES


def test_ontology_load_is_cached(onto):
    assert Ontology.load() is onto


def test_ontology_cameo_lookup(onto):
    e = onto.cameo("057")
    assert (e.plover, e.mode, e.goldstein, e.quad_class) == ("SUPPORT", "sign", 8.0, 1)  # CAMEO2PLOVER-2021
    assert onto.cameo("190").quad_class == 4
    with pytest.raises(KeyError):
        onto.cameo("999")


def test_ontology_covers_all_cameo_roots_and_many_codes(onto):
    codes = set(onto.codes())
    assert {f"{r:02d}" for r in range(1, 21)} <= codes
    assert len(codes) >= 280
    assert any(len(c) == 4 for c in codes)


def test_ontology_goldstein_in_range_and_quad_class_matches_root(onto):
    for code in onto.codes():
        e = onto.cameo(code)
        assert -10.0 <= e.goldstein <= 10.0, code
        assert e.quad_class == quad_class_for(code), code
        assert e.plover is None or e.plover in PLOVER_TYPES


def test_ontology_every_type_has_a_default(onto):
    for t in PLOVER_TYPES:
        e = onto.for_type(t)
        assert e.plover == t


def test_ontology_for_type_with_mode_and_fallback(onto):
    assert onto.for_type("CONSULT", "visit").cameo == "042"
    assert onto.for_type("AID", "military").cameo == "072"
    assert onto.for_type("AID", "no-such-mode").cameo == onto.for_type("AID").cameo
    assert "visit" in onto.modes("CONSULT")


def test_ontology_map_v05_labels():
    assert map_v05_label("DEMAND") == "REQUEST"
    assert map_v05_label("DISAPPROVE") == "ACCUSE"
    assert map_v05_label("FIGHT") == "ASSAULT"
    assert map_v05_label("INVESTIGATE") == "ACCUSE"
    assert map_v05_label("agree") == "AGREE"
    with pytest.raises(ValueError):
        map_v05_label("DANCE")


def test_ontology_v05_label_accepted_by_for_type(onto):
    assert onto.for_type("FIGHT").plover == "ASSAULT"


def test_ontology_rejects_bad_rows_naming_the_line():
    good = [
        (
            10,
            {
                "cameo": "057",
                "description": "x",
                "goldstein": "8.0",
                "quad_class": "1",
                "plover": "AGREE",
                "mode": "sign",
            },
        )
    ]
    bad_q = [(11, {**good[0][1], "quad_class": "3"})]
    with pytest.raises(ValueError, match=r"cameo.tsv:11"):
        Ontology.from_rows(bad_q, [])
    bad_g = [(12, {**good[0][1], "goldstein": "11"})]
    with pytest.raises(ValueError, match=r"cameo.tsv:12"):
        Ontology.from_rows(bad_g, [])
    bad_p = [
        (
            7,
            {
                "event_type": "AGREE",
                "mode": "",
                "cameo": "190",
                "goldstein": "8.0",
                "quad_class": "1",
                "description": "",
            },
        )
    ]
    with pytest.raises(ValueError, match=r"plover.tsv:7"):
        Ontology.from_rows(good, bad_p)
    with pytest.raises(ValueError, match="no default row"):
        Ontology.from_rows(
            good,
            [
                (
                    3,
                    {
                        "event_type": "AGREE",
                        "mode": "",
                        "cameo": "057",
                        "goldstein": "8.0",
                        "quad_class": "1",
                        "description": "",
                    },
                )
            ],
        )


@pytest.mark.parametrize("lang,minimum", [("en", 200), ("fr", 150)])
def test_ontology_verb_patterns_agree_with_cameo(onto, lang, minimum):
    lex = VerbLexicon.load(lang)
    assert len([p for p in lex.patterns if not p.noun]) >= minimum
    for p in lex.patterns:
        assert onto.has_cameo(p.cameo), (lang, p.line, p.pattern)
        e = onto.cameo(p.cameo)
        assert e.plover == p.event_type, (lang, p.line, p.pattern)
        if p.mode:
            assert p.mode in onto.modes(p.event_type), (lang, p.line, p.pattern, p.mode)


def test_ontology_verb_lexicon_rejects_bad_lines():
    hdr = "# src\npattern\tevent_type\tmode\tcameo\tnotes\n"
    with pytest.raises(ValueError, match=r"x.tsv:3"):
        VerbLexicon.from_text("en", hdr + "sign\tSIGN\t\t057\t\n", "x.tsv")
    with pytest.raises(ValueError, match=r"x.tsv:4"):
        VerbLexicon.from_text("en", hdr + "sign\tAGREE\t\t057\t\nsign\tAGREE\t\t057\t\n", "x.tsv")
    with pytest.raises(ValueError):
        VerbLexicon.load("de")
