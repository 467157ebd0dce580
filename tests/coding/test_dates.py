"""Tests for realpolitik.coding.dates (own news-style texts)."""

from __future__ import annotations

from pathlib import Path

import pytest

from realpolitik.coding.dates import find_dates, is_past_narration, resolve_sentence_date
from realpolitik.coding.types import DateMention

SEED = Path("/work/shared/seed/france_russia_mali_2021.txt")


def _vals(text, pub="2021-09-24", lang="en"):
    return [(m.text, m.value, m.precision) for m in find_dates(text, pub_date=pub, lang=lang)]


def _check_offsets(text, mentions):
    for m in mentions:
        assert text[m.start:m.end] == m.text


# --------------------------------------------------------------------------- explicit


def test_dates_month_day_takes_publication_year():
    text = "Paris recalled its ambassador on September 15 after the talks in Bamako."
    assert _vals(text) == [("September 15", "2021-09-15", "day")]


def test_dates_month_day_far_ahead_uses_previous_year():
    # a December date in a late-September story is last December
    text = "The junta first met Wagner envoys on December 3 in Bamako."
    assert _vals(text) == [("December 3", "2020-12-03", "day")]
    # but a date within two months after publication stays in the same year
    assert _vals("Talks are planned for October 20.") == [("October 20", "2021-10-20", "day")]


def test_dates_full_english_dates():
    text = "Troops left Kidal on October 12, 2021, and Timbuktu on 14 December 2021."
    got = _vals(text)
    assert got == [("October 12, 2021", "2021-10-12", "day"), ("14 December 2021", "2021-12-14", "day")]


def test_dates_iso_date():
    text = "The decree (ref. 2022-0417) was published 2022-02-17 in Bamako."
    assert _vals(text) == [("2022-02-17", "2022-02-17", "day")]


def test_dates_weekday_prefix_is_part_of_the_date():
    text = "Moscow denied the report on Thursday, September 16, 2021."
    assert _vals(text) == [("Thursday, September 16, 2021", "2021-09-16", "day")]


def test_dates_french_explicit_days():
    text = "Le 15 septembre 2021, Bamako a convoqué l’ambassadeur ; le 1er juillet, Paris avait suspendu sa coopération."
    got = _vals(text, lang="fr")
    assert got == [("15 septembre 2021", "2021-09-15", "day"), ("1er juillet", "2021-07-01", "day")]


def test_dates_french_weekday_and_date():
    text = "Les seize pays l’ont fait savoir ce jeudi 23 décembre 2021 dans un communiqué."
    assert _vals(text, lang="fr") == [("jeudi 23 décembre 2021", "2021-12-23", "day")]


def test_dates_month_precision():
    assert _vals("In June 2019, Bamako signed a defence accord with Moscow.") == [("June 2019", "2019-06", "month")]
    assert _vals("En juin 2019, Bamako a signé un accord.", lang="fr") == [("juin 2019", "2019-06", "month")]
    assert _vals("Russian instructors arrived in May.") == [("May", "2021-05", "month")]


def test_dates_month_name_needs_capital_or_cue_in_english():
    assert _vals("Officials may march to the palace.") == []
    assert _vals("Theresa May spoke.") == []


def test_dates_years_with_cues():
    text = "Mali has faced an insurgency since 2012. In 2016, Moscow sent helicopters, as it had in 1991."
    assert _vals(text) == [("2012", "2012", "year"), ("2016", "2016", "year"), ("1991", "1991", "year")]
    fr = "Le Mali est en guerre depuis 2012 ; en 2016, Moscou a livré deux hélicoptères."
    assert _vals(fr, lang="fr") == [("2012", "2012", "year"), ("2016", "2016", "year")]


def test_dates_numbers_that_are_not_years():
    text = (
        "Bamako bought 3,000 Kalashnikov rifles for more than € 1 million, and Paris kept "
        "2,000 troops and 1500 vehicles; 2000 soldiers stayed. The budget is 2019 euros."
    )
    assert _vals(text) == []
    assert _vals("Paris a envoyé de 2000 soldats au Sahel.", lang="fr") == []


def test_dates_year_ranges():
    assert _vals("Barkhane ran from 2014 to 2022.") == [("2014", "2014", "year"), ("2022", "2022", "year")]
    assert _vals("Entre 2013 et 2022, Paris a perdu 58 soldats.", lang="fr") == [
        ("2013", "2013", "year"),
        ("2022", "2022", "year"),
    ]


def test_dates_decades():
    text = "In the early 1960s, Modibo Keïta looked to Moscow; by the 1990s ties had faded, unlike the '70s."
    assert _vals(text) == [
        ("early 1960s", "1960", "decade"),
        ("1990s", "1990", "decade"),
        ("'70s", "1970", "decade"),
    ]
    fr = "Au début des années 1960, Bamako s’est tourné vers Moscou ; dans les années 60, l’URSS formait ses officiers."
    assert _vals(fr, lang="fr") == [("début des années 1960", "1960", "decade"), ("années 60", "1960", "decade")]


def test_dates_age_is_not_a_decade():
    assert _vals("The colonel, in his 40s, leads the junta.") == []


# --------------------------------------------------------------------------- relative


def test_dates_relative_days_english():
    text = "Yesterday the junta met Russian officers; today Paris reacted, and tomorrow the UN will meet."
    assert _vals(text, pub="2021-09-24") == [
        ("Yesterday", "2021-09-23", "day"),
        ("today", "2021-09-24", "day"),
        ("tomorrow", "2021-09-25", "day"),
    ]


def test_dates_relative_days_french():
    text = "Hier, Bamako a répondu ; aujourd’hui Paris se tait, avant-hier Moscou démentait."
    assert _vals(text, pub="2021-09-24", lang="fr") == [
        ("Hier", "2021-09-23", "day"),
        ("aujourd’hui", "2021-09-24", "day"),
        ("avant-hier", "2021-09-22", "day"),
    ]


def test_dates_relative_units():
    text = "Last week Parly visited Gao; last month the junta expelled an envoy; last year a coup took place."
    assert _vals(text, pub="2021-09-24") == [
        ("Last week", "2021-09-17", "day"),
        ("last month", "2021-08", "month"),
        ("last year", "2020", "year"),
    ]
    fr = "La semaine dernière, Parly était à Gao ; le mois dernier, l’envoyé a été expulsé ; l’an dernier, un coup d’État."
    assert _vals(fr, pub="2021-01-10", lang="fr") == [
        ("La semaine dernière", "2021-01-03", "day"),
        ("le mois dernier", "2020-12", "month"),
        ("l’an dernier", "2020", "year"),
    ]
    assert _vals("L'année dernière, Wagner est arrivé.", pub="2022-03-01", lang="fr") == [
        ("L'année dernière", "2021", "year")
    ]


def test_dates_future_expressions_resolve_forward():
    text = "This week Macron speaks; next week the ministers meet; the vote is in three days."
    assert _vals(text, pub="2021-09-24") == [
        ("This week", "2021-09-24", "day"),
        ("next week", "2021-10-01", "day"),
        ("three days", "2021-09-27", "day"),
    ]


def test_dates_ago():
    assert _vals("Two weeks ago, Russian instructors landed in Bamako.", pub="2021-12-30") == [
        ("Two weeks ago", "2021-12-16", "day")
    ]
    assert _vals("Il y a trois jours, les FAMa ont repoussé une attaque.", pub="2022-01-05", lang="fr") == [
        ("Il y a trois jours", "2022-01-02", "day")
    ]
    assert _vals("Six months ago the junta took power.", pub="2021-03-15") == [("Six months ago", "2020-09", "month")]


def test_dates_weekday_on_or_before_publication():
    # 2021-09-24 is a Friday
    assert _vals("On Thursday, Peskov denied any talks.", pub="2021-09-24") == [("Thursday", "2021-09-23", "day")]
    assert _vals("On Friday, Peskov denied any talks.", pub="2021-09-24") == [("Friday", "2021-09-24", "day")]
    assert _vals("Saturday's protest in Bamako", pub="2021-09-24") == [("Saturday", "2021-09-18", "day")]
    assert _vals("jeudi, la junte a répondu.", pub="2021-09-24", lang="fr") == [("jeudi", "2021-09-23", "day")]


def test_dates_weekday_last_and_next():
    assert _vals("Last Friday the envoy left.", pub="2021-09-24") == [("Last Friday", "2021-09-17", "day")]
    assert _vals("The summit opens next Monday.", pub="2021-09-24") == [("next Monday", "2021-09-27", "day")]
    assert _vals("Le sommet s’ouvre lundi prochain.", pub="2021-09-24", lang="fr") == [
        ("lundi prochain", "2021-09-27", "day")
    ]


def test_dates_relative_skipped_without_pub_date():
    text = "Yesterday and on Thursday, last week, two days ago, on September 15, in 2016 and June 2019."
    got = _vals(text, pub=None)
    assert got == [("2016", "2016", "year"), ("June 2019", "2019-06", "month")]
    assert _vals("Hier, le 1er juillet et en 2016.", pub=None, lang="fr") == [("2016", "2016", "year")]


def test_dates_offsets_point_into_text():
    text = (
        "On October 23, 2019, heads of state gathered in Sochi.\n\nLe 15 septembre, hier et "
        "depuis 2012, Bamako discute; yesterday Moscow replied."
    )
    for lang in ("en", "fr", "xx"):
        ms = find_dates(text, pub_date="2021-09-24", lang=lang)
        assert ms
        _check_offsets(text, ms)
        assert [m.start for m in ms] == sorted(m.start for m in ms)
        assert all(a.end <= b.start for a, b in zip(ms, ms[1:], strict=False))


def test_dates_empty_and_bad_pub_date():
    assert find_dates("", pub_date="2021-09-24") == []
    assert _vals("Yesterday in 2016.", pub="not-a-date") == [("2016", "2016", "year")]


@pytest.mark.skipif(not SEED.exists(), reason="seed article missing")
def test_dates_seed_article():
    text = SEED.read_text(encoding="utf-8")
    got = [(m.text, m.value, m.precision) for m in find_dates(text, pub_date="2021-09-24")]
    for expected in [
        ("September 15", "2021-09-15", "day"),
        ("October 23, 2019", "2019-10-23", "day"),
        ("2012", "2012", "year"),
        ("early 1960s", "1960", "decade"),
        ("1991", "1991", "year"),
        ("2016", "2016", "year"),
        ("June 2019", "2019-06", "month"),
        ("September 16", "2021-09-16", "day"),
    ]:
        assert expected in got
    values = {v for _, v, _ in got}
    assert not any(v.startswith(("3000", "2000")) for v in values)


# --------------------------------------------------------------------------- sentence date


def _m(value, precision, start):
    return DateMention(start=start, end=start + 4, text=value, value=value, precision=precision)


def test_dates_resolve_sentence_date_prefers_precise_same_period():
    ms = [_m("2019", "year", 0), _m("2019-06", "month", 10), _m("2019-06-15", "day", 20)]
    assert resolve_sentence_date(ms).value == "2019-06-15"


def test_dates_resolve_sentence_date_first_period_wins():
    ms = [_m("2016", "year", 0), _m("2021-09-15", "day", 30)]
    assert resolve_sentence_date(ms).value == "2016"
    ms = [_m("1960", "decade", 0), _m("1962", "year", 20), _m("1991", "year", 40)]
    assert resolve_sentence_date(ms).value == "1962"


def test_dates_resolve_sentence_date_empty_and_real_text():
    assert resolve_sentence_date([]) is None
    text = "In June 2019, on June 15, 2019 to be exact, Keïta signed a pact with Moscow."
    best = resolve_sentence_date(find_dates(text, pub_date="2021-09-24"))
    assert (best.value, best.precision) == ("2019-06-15", "day")


# --------------------------------------------------------------------------- past narration


def test_dates_past_narration_english():
    assert is_past_narration(
        "After the fall of the Soviet Union, Russia was in ruin. Bamako signed an accord and bought rifles.",
        lang="en",
    )
    assert is_past_narration("The USSR began its strategy and trained Malian officers.", lang="en")


def test_dates_present_reporting_is_not_past_narration():
    assert not is_past_narration(
        "France says it will keep troops in the Sahel, the minister said. Paris is worried and has warned Bamako.",
        lang="en",
    )
    assert not is_past_narration("Peskov said Moscow is not involved.", lang="en")
    assert not is_past_narration("", lang="en")


def test_dates_quoted_past_is_ignored():
    assert not is_past_narration("“We signed the deal,” Diop says, and the talks continue.", lang="en")


def test_dates_past_narration_french():
    assert is_past_narration("En 2012, le Mali a signé un accord et la France avait envoyé ses troupes.", lang="fr")
    assert is_past_narration("À l’époque, Bamako entretenait des liens étroits avec Moscou.", lang="fr")
    assert not is_past_narration("La France est inquiète et veut rester au Sahel, a déclaré le ministre.", lang="fr")
