"""explain: the events and deliveries behind a score, ranked, and adding up to it."""

from __future__ import annotations

import pytest
from index_rows import add_dataset_events, add_deliveries, add_events, delivery, event

from realpolitik.errors import UsageError
from realpolitik.index import explain, influence


@pytest.fixture
def mali(store):
    add_events(store, [event("FRA", "MLI", "CONSULT", 1.9, "2021-02-01", sentence="Le Drian visited Bamako."),
                       event("MLI", "FRA", "REJECT", -5.0, "2021-10-01", mode="agreement"),
                       event("FRA", "MLI", "AGREE", 8.0, "2020-05-01", negated=True),
                       event("FRA", "MLI", "AID", 8.3, "2020-06-15", mode="military"),
                       event("RUS", "MLI", "AID", 8.3, "2021-09-01", mode="military")],
               title="Mali report", url="https://example.org/r")
    add_dataset_events(store, [event("MLI", "FRA", "PROTEST", -6.5, "2021-05-20", src_sector="CVL")])
    add_deliveries(store, [delivery("FRA", "MLI", 2020, 2.0), delivery("RUS", "MLI", 2021, 6.0),
                           delivery("FRA", "MLI", 2014, 1.0)])
    return store


def test_explain_ranks_by_contribution_and_sums_to_event_score(mali):
    x = explain(mali, target="MLI", power="FRA", period="2021", limit=None)
    ev = x[x.kind == "event"]
    assert len(ev) == 4  # the negated one and Russia's are not there
    assert list(ev.contribution.abs()) == sorted(ev.contribution.abs(), reverse=True)
    assert list(x.score_part.abs()) == sorted(x.score_part.abs(), reverse=True)
    row = influence(mali, target="MLI", powers=["FRA", "RUS"], start="2021", end="2021").set_index("power").loc["FRA"]
    assert ev.contribution.sum() == pytest.approx(row.event_score)
    dels = x[x.kind == "delivery"]
    assert list(dels.date) == ["2020"]  # 2014 is outside the 2017-2021 window
    assert dels.contribution.sum() == pytest.approx(row.structural["security_dependence"]) == pytest.approx(0.25)
    assert x.score_part.sum() == pytest.approx(row.score)


def test_explain_shows_evidence_and_provenance(mali):
    x = explain(mali, target="MLI", power="FRA", period="2021")
    visit = x[x.event_type == "CONSULT"].iloc[0]
    assert visit.evidence == "Le Drian visited Bamako."
    assert (visit.title, visit.url, visit.channel, visit.source, visit.target) == \
        ("Mali report", "https://example.org/r", "diplomatic", "FRAGOV", "MLIGOV")
    protest = x[x.event_type == "PROTEST"].iloc[0]
    assert protest.dataset == "gdelt" and protest.evidence.startswith("GDELT ") and protest.contribution < 0
    assert protest.channel == "public_opinion"
    arms = x[x.kind == "delivery"].iloc[0]
    assert arms.dataset == "sipri" and "Mi-171Sh" in arms.evidence and arms.channel == "security"


def test_explain_limit_and_period_forms(mali):
    assert len(explain(mali, target="MLI", power="FRA", period="2021", limit=2)) == 2
    q = explain(mali, target="MLI", power="FRA", period="2021Q1", freq="quarter", limit=None)
    assert set(q[q.kind == "event"].date) == {"2021-02-01", "2020-06-15"}
    m = explain(mali, target="MLI", power="FRA", period="2021-02-10", freq="month", limit=None)
    assert set(m[m.kind == "event"].date) == {"2021-02-01", "2020-06-15"}


def test_explain_period_form_sets_the_freq(mali):
    quarter = explain(mali, target="MLI", power="FRA", period="2021Q1", limit=None)
    assert quarter.equals(explain(mali, target="MLI", power="FRA", period="2021Q1", freq="quarter", limit=None))
    assert not quarter.equals(explain(mali, target="MLI", power="FRA", period="2021", limit=None))
    assert set(quarter[quarter.kind == "event"].date) == {"2021-02-01", "2020-06-15"}  # not the year's
    month = explain(mali, target="MLI", power="FRA", period="2021-02", limit=None)
    assert month.equals(explain(mali, target="MLI", power="FRA", period="2021-02", freq="month", limit=None))


@pytest.mark.parametrize("period,freq", [("2021Q1", "year"), ("2021", "quarter"), ("2021-02", "year")])
def test_explain_freq_contradicting_the_period_is_an_error(mali, period, freq):
    with pytest.raises(UsageError, match=f"period {period} is a .*, but freq is {freq}"):
        explain(mali, target="MLI", power="FRA", period=period, freq=freq)


@pytest.mark.parametrize("power", ["RUSS", "R1S", "", "FR"])
def test_explain_malformed_power_code_is_an_error(mali, power):
    with pytest.raises(UsageError, match="power: .* is not an ISO3 country code"):
        explain(mali, target="MLI", power=power, period="2021")


def test_explain_power_without_evidence_is_empty(mali):
    assert explain(mali, target="MLI", power="xxx", period="2021").empty
    assert len(explain(mali, target="mli", power=" fra ", period="2021", limit=None)) == 5
